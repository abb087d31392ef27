"""Conflict-free agenda: accepted meetings to (slot, table), maximising the total match value held.

Constraints: a participant sits in at most one meeting per slot and only in slots it is available; a slot
holds at most `tables` meetings (one per table). Tables are interchangeable, so the optimisation is over
slots and tables are numbered afterwards; kept placements (already published, held) are fixed and only
the capacity they leave is planned, which makes re-planning after a cancellation incremental.

Three solvers, all from OR-Tools or plain Python: a greedy (highest value first, earliest common free
slot) for any size; the LP relaxation (GLOP), whose optimum is an upper bound and whose values, rounded
greedily, give a plan (on the Lampung and fair benchmarks the LP optimum was integral, so the rounded plan
was proven optimal); and CP-SAT (exact, time-limited) when a gap remains. The gap is reported against the
tightest bound proven: LP, CP-SAT, or a combinatorial bound.
"""

from __future__ import annotations

import heapq
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ortools.linear_solver import pywraplp  # type: ignore[import-untyped]
from ortools.sat.python import cp_model

SCALE = 1000  # CP-SAT wants integer weights; match scores are 0..1
#: Above this many (meeting, slot) candidates CP-SAT is skipped unless asked for: on a large two-day fair it
#: neither beat the greedy nor proved a useful bound in its time limit (docs/performance.md, scheduler).
CP_SAT_MAX_CANDIDATES = 50_000
#: Above this many the LP is skipped too: building it in Python grows with every candidate.
LP_MAX_CANDIDATES = 1_000_000


@dataclass(frozen=True)
class Request:
    meeting_id: str
    supplier: str  # participant keys, see participant.participant_key
    buyer: str
    value: float


@dataclass(frozen=True)
class Placement:
    slot: int
    table: int  # 1-based


@dataclass
class Problem:
    slot_count: int
    tables: int
    requests: Sequence[Request]  # accepted meetings to place
    available: Mapping[str, Iterable[int]]  # participant key -> slots it can meet in
    fixed: Mapping[str, tuple[Request, Placement]] = field(default_factory=dict)  # kept as they are
    usable_slots: frozenset[int] | None = None  # e.g. only slots still ahead on the day


@dataclass
class Plan:
    placements: dict[str, Placement]  # meeting id -> place, for the requests (fixed ones not repeated)
    value: float  # total value of the placed requests
    bound: float  # no plan of these requests can exceed this value
    method: str  # "cp-sat", "greedy"
    status: str  # "optimal", "feasible"
    seconds: float
    requests: int

    @property
    def gap(self) -> float:
        """Relative optimality gap: (bound - value) / bound, 0 when proven optimal."""
        return 0.0 if self.bound <= 0 else max(0.0, (self.bound - self.value) / self.bound)

    @property
    def placed_share(self) -> float:
        return len(self.placements) / self.requests if self.requests else 1.0


def weight(value: float) -> int:
    return max(1, round(value * SCALE))


class _Space:
    """Candidate slots per request, after availability, kept placements and the usable window."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        usable = problem.usable_slots if problem.usable_slots is not None else frozenset(range(problem.slot_count))
        busy: dict[str, set[int]] = defaultdict(set)
        self.used_tables: dict[int, set[int]] = defaultdict(set)
        for request, place in problem.fixed.values():
            busy[request.supplier].add(place.slot)
            busy[request.buyer].add(place.slot)
            self.used_tables[place.slot].add(place.table)
        self.capacity = {s: problem.tables - len(self.used_tables[s]) for s in range(problem.slot_count)}
        free = {key: (set(slots) & usable) - busy[key] for key, slots in problem.available.items()}
        self.candidates: dict[str, list[int]] = {}
        for request in problem.requests:
            common = free.get(request.supplier, set()) & free.get(request.buyer, set())
            self.candidates[request.meeting_id] = sorted(s for s in common if self.capacity[s] > 0)

    def size(self) -> int:
        return sum(len(slots) for slots in self.candidates.values())

    def number_tables(self, slots: Mapping[str, int]) -> dict[str, Placement]:
        """Lowest free table numbers per slot, in meeting-id order (stable across runs)."""
        taken = {s: set(tables) for s, tables in self.used_tables.items()}
        result: dict[str, Placement] = {}
        for meeting_id in sorted(slots):
            slot = slots[meeting_id]
            used = taken.setdefault(slot, set())
            table = next(t for t in range(1, self.problem.tables + 1) if t not in used)
            used.add(table)
            result[meeting_id] = Placement(slot, table)
        return result


def greedy(problem: Problem) -> Plan:
    started = time.perf_counter()
    space = _Space(problem)
    slots = _greedy_slots(problem, space)
    bound = combinatorial_bound(problem, space)
    return _plan(problem, space, slots, bound=bound, method="greedy", status="feasible", started=started)


def _greedy_slots(problem: Problem, space: _Space) -> dict[str, int]:
    """Highest value first (fewest options first among equals), each into its earliest feasible slot."""
    chosen: dict[str, int] = {}
    _fill(problem, space, chosen, dict(space.capacity), defaultdict(set))
    return chosen


def _fill(
    problem: Problem, space: _Space, chosen: dict[str, int], capacity: dict[int, int], busy: dict[str, set[int]]
) -> None:
    """Place the requests not yet chosen, highest value first, each in its earliest slot that still fits."""
    order = sorted(problem.requests, key=lambda r: (-weight(r.value), len(space.candidates[r.meeting_id])))
    for request in order:
        if request.meeting_id in chosen:
            continue
        for slot in space.candidates[request.meeting_id]:
            if capacity[slot] > 0 and slot not in busy[request.supplier] and slot not in busy[request.buyer]:
                capacity[slot] -= 1
                busy[request.supplier].add(slot)
                busy[request.buyer].add(slot)
                chosen[request.meeting_id] = slot
                break


def combinatorial_bound(problem: Problem, space: _Space) -> float:
    """An upper bound cheap enough for any size: the least of (a) all placeable values, (b) per supplier
    and (c) per buyer the best values that fit its free slots, (d) the best values that fit the tables."""
    placeable = [r for r in problem.requests if space.candidates[r.meeting_id]]
    total = sum(weight(r.value) for r in placeable)
    bounds = [total, _top_by(placeable, space, "supplier"), _top_by(placeable, space, "buyer")]
    seats = sum(space.capacity[s] for s in {s for slots in space.candidates.values() for s in slots})
    bounds.append(sum(heapq.nlargest(seats, (weight(r.value) for r in placeable))))
    return min(bounds) / SCALE


def _top_by(requests: Sequence[Request], space: _Space, side: str) -> int:
    groups: dict[str, list[Request]] = defaultdict(list)
    for request in requests:
        groups[getattr(request, side)].append(request)
    total = 0
    for members in groups.values():
        reachable = len({s for r in members for s in space.candidates[r.meeting_id]})
        total += sum(heapq.nlargest(reachable, (weight(r.value) for r in members)))
    return total


def cp_sat(problem: Problem, time_limit: float = 10.0, workers: int = 2, start: Plan | None = None) -> Plan:
    """Exact model: x[m, s] = meeting m in slot s, started from `start` (default: the greedy plan) as a
    hint. Returns the better of the two plans, with the tightest bound known."""
    started = time.perf_counter()
    space = _Space(problem)
    model = cp_model.CpModel()
    x: dict[tuple[str, int], cp_model.IntVar] = {}
    by_participant_slot: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    objective = []
    for request in problem.requests:
        options = []
        for slot in space.candidates[request.meeting_id]:
            var = model.new_bool_var(f"x_{request.meeting_id}_{slot}")
            x[request.meeting_id, slot] = var
            options.append(var)
            by_participant_slot[request.supplier, slot].append(var)
            by_participant_slot[request.buyer, slot].append(var)
            by_slot[slot].append(var)
            objective.append(weight(request.value) * var)
        if len(options) > 1:
            model.add_at_most_one(options)
    for group in by_participant_slot.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    for slot, group in by_slot.items():
        if len(group) > space.capacity[slot]:
            model.add(sum(group) <= space.capacity[slot])
    model.maximize(sum(objective))
    first = {m: p.slot for m, p in start.placements.items()} if start else _greedy_slots(problem, space)
    for (meeting_id, slot), var in x.items():
        model.add_hint(var, first.get(meeting_id) == slot)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = 7
    status = solver.solve(model)
    bound = min(combinatorial_bound(problem, space), start.bound if start else float("inf"))
    method = start.method if start else "greedy"
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _plan(problem, space, first, bound=bound, method=method, status="feasible", started=started)
    bound = min(bound, solver.best_objective_bound / SCALE)
    chosen = {meeting_id: slot for (meeting_id, slot), var in x.items() if solver.boolean_value(var)}
    label = "optimal" if status == cp_model.OPTIMAL else "feasible"
    if _total(problem, first) > _total(problem, chosen):
        return _plan(problem, space, first, bound=bound, method=method, status=label, started=started)
    return _plan(problem, space, chosen, bound=bound, method="cp-sat", status=label, started=started)


def lp_rounded(problem: Problem, time_limit: float = 60.0) -> Plan:
    """LP relaxation (GLOP): its optimum bounds every plan; its values, highest first, are placed while
    they fit, then the greedy fills what is left. When the LP optimum is integral this is an optimal plan."""
    started = time.perf_counter()
    space = _Space(problem)
    solver = pywraplp.Solver.CreateSolver("GLOP")
    solver.SetTimeLimit(int(time_limit * 1000))
    objective = solver.Objective()
    x: dict[tuple[str, int], pywraplp.Variable] = {}
    rows: dict[tuple[str, int], list[pywraplp.Variable]] = defaultdict(list)
    per_slot: dict[int, list[pywraplp.Variable]] = defaultdict(list)
    by_id = {r.meeting_id: r for r in problem.requests}
    for request in problem.requests:
        options = []
        for slot in space.candidates[request.meeting_id]:
            var = solver.NumVar(0.0, 1.0, "")
            x[request.meeting_id, slot] = var
            options.append(var)
            rows[request.supplier, slot].append(var)
            rows[request.buyer, slot].append(var)
            per_slot[slot].append(var)
            objective.SetCoefficient(var, weight(request.value))
        _at_most(solver, options, 1)
    for group in rows.values():
        _at_most(solver, group, 1)
    for slot, group in per_slot.items():
        _at_most(solver, group, space.capacity[slot])
    objective.SetMaximization()
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        plan = greedy(problem)
        plan.seconds = time.perf_counter() - started
        return plan
    # Weights are integers, so no plan exceeds the LP optimum rounded down.
    bound = min(combinatorial_bound(problem, space), int(objective.Value() + 1e-6) / SCALE)
    ranked = sorted(((var.solution_value(), key) for key, var in x.items()), key=lambda item: -item[0])
    capacity = dict(space.capacity)
    busy: dict[str, set[int]] = defaultdict(set)
    chosen: dict[str, int] = {}
    for value, (meeting_id, slot) in ranked:
        request = by_id[meeting_id]
        if value < 1e-6:
            break
        if meeting_id in chosen or capacity[slot] <= 0 or {slot} & (busy[request.supplier] | busy[request.buyer]):
            continue
        capacity[slot] -= 1
        busy[request.supplier].add(slot)
        busy[request.buyer].add(slot)
        chosen[meeting_id] = slot
    _fill(problem, space, chosen, capacity, busy)
    label = "optimal" if _total(problem, chosen) >= round(bound * SCALE) else "feasible"
    return _plan(problem, space, chosen, bound=bound, method="lp-rounding", status=label, started=started)


def _at_most(solver: pywraplp.Solver, variables: list[pywraplp.Variable], limit: int) -> None:
    if len(variables) > limit:
        row = solver.Constraint(0.0, float(limit))
        for var in variables:
            row.SetCoefficient(var, 1.0)


def _total(problem: Problem, slots: Mapping[str, int]) -> int:
    return sum(weight(r.value) for r in problem.requests if r.meeting_id in slots)


def _plan(
    problem: Problem, space: _Space, slots: Mapping[str, int], *, bound: float, method: str, status: str, started: float
) -> Plan:
    value = _total(problem, slots) / SCALE
    return Plan(
        placements=space.number_tables(slots),
        value=value,
        bound=max(bound, value),
        method=method,
        status=status,
        seconds=time.perf_counter() - started,
        requests=len(problem.requests),
    )


def schedule(problem: Problem, time_limit: float = 10.0, exact: bool | None = None) -> Plan:
    """The LP-rounded plan when the LP fits, then CP-SAT from it when a gap remains and the model is of a
    size CP-SAT can work on (or `exact` forces it); the greedy alone beyond. The time limit bounds each
    solver, not the model building."""
    size = _Space(problem).size()
    if size > LP_MAX_CANDIDATES and not exact:
        return greedy(problem)
    plan = lp_rounded(problem, time_limit)
    if plan.status == "optimal" or (exact is None and size > CP_SAT_MAX_CANDIDATES) or exact is False:
        return plan
    return cp_sat(problem, time_limit, start=plan)
