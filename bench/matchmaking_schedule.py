"""Business-matching agenda: time to schedule, share of accepted requests placed, optimality gap.

    uv run python -m bench.matchmaking_schedule                    # Lampung-sized event + large fair
    uv run python -m bench.matchmaking_schedule --lampung-only
    uv run python -m bench.matchmaking_schedule --time-limit 60 --large-exact   # also CP-SAT on the fair

Each scenario runs the greedy, the LP relaxation with LP-guided rounding (GLOP), and CP-SAT from the
greedy hint (Lampung always; the large fair with --large-exact). Scenarios (the scheduler of
padan.matcher.domain.agenda, in memory; the store is not timed):
- Lampung: 20 IKM (16 tapis, 4 alsintan), 60 buyers, one day 08.00-16.00 of 20-minute slots with a
  12.00-13.00 break (21 slots), 10 tables; each buyer has 4 accepted requests, drawn by supplier
  popularity (a few IKM are wanted by many), values = match scores 0.15-1.0.
- Large fair: 500 suppliers, 1,000 buyers, two days of the same slots (42), 150 tables, 6 accepted
  requests per buyer.
Availability: 70% of participants all day(s), the rest a random window of at least two hours per day.
Then 5% of the scheduled meetings are cancelled and the agenda is re-planned incrementally (placed
meetings stay; freed capacity goes to waiting meetings). Prints figures, writes
bench/results/matchmaking_schedule.json.

With --mongo-url (e.g. a running `padan stack up`: mongodb://127.0.0.1:27027) the Lampung event also
runs through the service's handlers and Mongo store: 240 accepted meetings planned and written (one
write per meeting with its outbox event), then one cancellation and its incremental re-plan.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import random
import time
import uuid
from dataclasses import asdict, replace
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

from pymongo import AsyncMongoClient

from padan.matcher.adapters.meetings_repository import MongoMeetingsRepository
from padan.matcher.domain.agenda.event import Break, MatchingEvent
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.domain.agenda.participant import Availability, RegisterParticipant, available_slots
from padan.matcher.domain.agenda.scheduler import Plan, Problem, Request, cp_sat, greedy, lp_rounded, schedule
from padan.matcher.handlers.agenda.respond_to_meeting import cancel_meeting
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import Principal, Role
from padan.shared.vocabulary import MeetingStatus, Side

RESULTS = Path(__file__).parent / "results" / "matchmaking_schedule.json"


def make_event(days: int, tables: int) -> MatchingEvent:
    return MatchingEvent(
        event_id="bench", name="Business Matching P3DN", venue="Hotel Emersia", date=date(2023, 5, 11), days=days,
        start=clock(8), end=clock(16), slot_minutes=20, tables=tables,
        breaks=[Break(start=clock(12), end=clock(13), label="Ishoma")],
    )  # fmt: skip


def availability(rnd: random.Random, days: int) -> list[Availability]:
    if rnd.random() < 0.7:
        return []
    windows = []
    for day in range(1, days + 1):
        start = rnd.randrange(8 * 60, 14 * 60, 20)
        end = rnd.randrange(start + 120, 16 * 60 + 1, 20)
        windows.append(Availability(day=day, start=clock(start // 60, start % 60), end=clock(end // 60, end % 60)))
    return windows


def make_problem(suppliers: int, buyers: int, days: int, tables: int, per_buyer: int, seed: int) -> Problem:
    rnd = random.Random(seed)
    event = make_event(days, tables)
    slots = event.slots()
    available: dict[str, set[int]] = {}
    for key in [f"supplier|s{i}" for i in range(suppliers)] + [f"buyer|b{i}" for i in range(buyers)]:
        available[key] = available_slots(event, availability(rnd, days), slots)
    popularity = [1.0 / (rank + 1) ** 0.6 for rank in range(suppliers)]  # a few IKM are wanted by many
    requests = []
    for b in range(buyers):
        chosen: set[int] = set()
        while len(chosen) < min(per_buyer, suppliers):
            chosen.add(rnd.choices(range(suppliers), weights=popularity)[0])
        for s in sorted(chosen):
            requests.append(Request(f"m-{s}-{b}", f"supplier|s{s}", f"buyer|b{b}", round(rnd.uniform(0.15, 1.0), 3)))
    return Problem(len(slots), tables, requests, available)


def figures(plan: Plan) -> dict[str, Any]:
    return {
        "method": plan.method,
        "status": plan.status,
        "seconds": round(plan.seconds, 3),
        "accepted_requests": plan.requests,
        "placed": len(plan.placements),
        "placed_share": round(plan.placed_share, 4),
        "value": round(plan.value, 3),
        "bound": round(plan.bound, 3),
        "gap": round(plan.gap, 4),
    }


def replan_after_cancellations(
    problem: Problem, plan: Plan, share: float, seed: int, time_limit: float
) -> dict[str, Any]:
    """Cancel `share` of the placed meetings; keep the rest fixed; place waiting meetings in the gaps."""
    rnd = random.Random(seed)
    by_id = {r.meeting_id: r for r in problem.requests}
    placed = sorted(plan.placements)
    cancelled = set(rnd.sample(placed, max(1, int(len(placed) * share))))
    fixed = {m: (by_id[m], plan.placements[m]) for m in placed if m not in cancelled}
    waiting = [r for r in problem.requests if r.meeting_id not in plan.placements]
    incremental = Problem(problem.slot_count, problem.tables, waiting, problem.available, fixed)
    started = time.perf_counter()
    again = schedule(incremental, time_limit)
    return {
        "cancelled": len(cancelled),
        "waiting_before": len(waiting),
        "refilled": len(again.placements),
        "method": again.method,
        "seconds": round(time.perf_counter() - started, 3),
        "gap": round(again.gap, 4),
    }


def scenario(name: str, args: argparse.Namespace, sizes: dict[str, int], exact: bool) -> dict[str, Any]:
    problem = make_problem(seed=args.seed, **sizes)
    best = greedy(problem)
    result: dict[str, Any] = {
        "scenario": name,
        **sizes,
        "slots": problem.slot_count,
        "capacity": problem.slot_count * problem.tables,
        "greedy": figures(best),
    }
    best = lp_rounded(problem, args.time_limit)
    result["lp_rounding"] = figures(best)
    if exact:
        exact_plan = cp_sat(problem, args.time_limit)  # from the greedy hint, to compare the solvers
        result["cp_sat"] = {**figures(exact_plan), "time_limit": args.time_limit}
        best = exact_plan if exact_plan.value > best.value else best
    result["replan"] = replan_after_cancellations(problem, best, 0.05, args.seed, min(args.time_limit, 10.0))
    return result


async def through_store(mongo_url: str, seed: int, time_limit: float) -> dict[str, Any]:
    """The Lampung event through the handlers and the Mongo store (one connection, as the service)."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, maxPoolSize=1, tz_aware=True)
    db_name = f"bench_meetings_{uuid.uuid4().hex[:8]}"
    repository = MongoMeetingsRepository(client[db_name], on_write=lambda ids: None)
    try:
        await repository.ensure_indexes()
        rnd = random.Random(seed)
        event = make_event(1, 10)
        await repository.save_event(event)
        problem = make_problem(20, 60, 1, 10, 4, seed)
        for key in problem.available:
            side, party = key.split("|")
            await repository.save_participant(event.event_id, RegisterParticipant.model_validate(
                {"side": side, "party_id": party, "name": party, "available": availability(rnd, 1)}))  # fmt: skip
        for request in problem.requests:
            supplier, buyer = request.supplier.split("|")[1], request.buyer.split("|")[1]
            meeting = Meeting.request(event.event_id, supplier, buyer, value=request.value, match_id=None, by=None)
            accepted = replace(meeting, accepted_by=frozenset(Side), status=MeetingStatus.ACCEPTED, version=1)
            await repository.add_meeting_if_absent(accepted, accepted.to_event(None, datetime.now()))
        started = time.perf_counter()
        full = await schedule_event(repository, event.event_id, incremental=False, time_limit=time_limit)
        full_seconds = time.perf_counter() - started
        scheduled = [m for m in await repository.list_meetings(event.event_id) if m.status is MeetingStatus.SCHEDULED]
        operator = Principal("operator", Role.OPERATOR)
        started = time.perf_counter()
        await cancel_meeting(repository, event.event_id, scheduled[0].meeting_id, operator)
        cancel_seconds = time.perf_counter() - started
        return {
            "meetings": len(problem.requests),
            "full_plan_seconds": round(full_seconds, 3),
            "full_plan": asdict(full),
            "cancel_and_replan_seconds": round(cancel_seconds, 3),
        }
    finally:
        await client.drop_database(db_name)
        await client.close()


def show(result: dict[str, Any]) -> None:
    print(f"\n{result['scenario']}: {result['suppliers']} suppliers, {result['buyers']} buyers, "
          f"{result['slots']} slots x {result['tables']} tables = {result['capacity']} places")  # fmt: skip
    for key in ("greedy", "lp_rounding", "cp_sat"):
        if key in result:
            f = result[key]
            print(f"  {key:11} {f['seconds']:8.2f} s  placed {f['placed']}/{f['accepted_requests']} "
                  f"({f['placed_share']:.1%})  value {f['value']:.1f}  bound {f['bound']:.1f}  gap {f['gap']:.2%}  "
                  f"[{f['status']}]")  # fmt: skip
    r = result["replan"]
    print(f"  re-plan after {r['cancelled']} cancellations: {r['refilled']} of {r['waiting_before']} waiting placed "
          f"in {r['seconds']:.2f} s ({r['method']}, gap {r['gap']:.2%})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--time-limit", type=float, default=30.0, help="CP-SAT / LP time limit per solve (s)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--lampung-only", action="store_true")
    parser.add_argument("--large-exact", action="store_true", help="also run CP-SAT on the large fair")
    parser.add_argument("--large-suppliers", type=int, default=500)
    parser.add_argument("--large-buyers", type=int, default=1000)
    parser.add_argument("--large-tables", type=int, default=150)
    parser.add_argument("--mongo-url", help="also run the Lampung event through the handlers and this store")
    args = parser.parse_args()
    results = [scenario("lampung", args, {"suppliers": 20, "buyers": 60, "days": 1, "tables": 10, "per_buyer": 4},
                        exact=True)]  # fmt: skip
    if not args.lampung_only:
        large = {"suppliers": args.large_suppliers, "buyers": args.large_buyers, "days": 2,
                 "tables": args.large_tables, "per_buyer": 6}  # fmt: skip
        results.append(scenario("large_fair", args, large, exact=args.large_exact))
    for result in results:
        show(result)
    store: dict[str, Any] | None = None
    if args.mongo_url:
        store = asyncio.run(through_store(args.mongo_url, args.seed, args.time_limit))
        print(f"\nLampung through the store ({args.mongo_url}): plan + {store['full_plan']['changed']} meeting writes "
              f"{store['full_plan_seconds']:.2f} s (solver {store['full_plan']['seconds']:.2f} s, "
              f"{store['full_plan']['method']}); one cancellation + incremental re-plan "
              f"{store['cancel_and_replan_seconds']:.2f} s")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "benchmark": "matchmaking_schedule", "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "cp_sat_workers": 2},
        "results": results, "through_store": store,
    }, indent=2))  # fmt: skip
    print(f"\nwritten to {RESULTS}")


if __name__ == "__main__":
    main()
