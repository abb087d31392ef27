"""Fault injection on the real stack: a steady feed of needs (and deals agreed and contracted on a sample
of their matches) while every service is killed with SIGKILL at random moments and the Kafka broker and
the database server are restarted; afterwards every need is matched exactly once, every change is on the
wire under one event id, every notification is recorded once per party and arrives (e-mails at a real SMTP
server, signed webhooks of deal changes at a downstream system's HTTP receiver), every need, match and deal is
counted once on the dashboard, and every consumer group has read to the end.

Run with `make test-fault` (pytest -m fault). The seed is printed so a failing run can be replayed
(PADAN_FAULT_SEED); the size with PADAN_FAULT_NEEDS, PADAN_FAULT_RATE, PADAN_FAULT_DEAL_EVERY (one need in N
gets a deal), PADAN_FAULT_KILLS and PADAN_FAULT_RESTARTS.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from padan.cli import stack
from padan.cli.testing import StackEndpoints, wait_until
from padan.cli.webhook_receiver import Receiver, webhook_receiver
from padan.matcher.domain.match import match_id
from padan.registry.domain.aggregates import Kind, aggregate_id
from tests.fault.deals import DealDriver
from tests.fault.effects import Expected, consumer_lag, lost_and_duplicated, measure, settled
from tests.fault.mailbox import smtp_mailbox
from tests.fault.wire import message_counts
from tests.harness import OPERATOR_KEY, Platform, platform

pytestmark = [pytest.mark.integration, pytest.mark.fault]
LOGS = Path(__file__).resolve().parents[2] / ".padan" / "test-logs"
NEEDS = int(os.environ.get("PADAN_FAULT_NEEDS", "4200"))  # ~10,300 events on the wire, ~10,000 e-mails (README)
DEAL_EVERY = int(os.environ.get("PADAN_FAULT_DEAL_EVERY", "10"))
RATE = float(os.environ.get("PADAN_FAULT_RATE", "20"))  # needs per second fed to the registry
KILLS = int(os.environ.get("PADAN_FAULT_KILLS", "2"))  # SIGKILLs per service
RESTARTS = int(os.environ.get("PADAN_FAULT_RESTARTS", "1"))  # restarts of the broker and of the store
SERVICES = ("registry", "matcher", "notifier", "reporting")
SERVERS = ("kafka", "ferretdb")
CHUNK = 500
#: Every e-mail of the run goes to the same supplier and buyer, so the per-recipient limit (30 a minute by
#: default, there to spare a person a flood) would set the pace: 60 e-mails a minute, most of a default run.
ONE_SUPPLIER_ONE_BUYER = {"PADAN_NOTIFIER_EMAIL_RATE_PER_MINUTE": "6000", "PADAN_NOTIFIER_EMAIL_BURST": "100"}
#: seconds for the whole run; past it the test fails with the figures it has (CI: make test + this < 90 min)
BUDGET = int(os.environ.get("PADAN_FAULT_BUDGET_SECONDS", "2400"))
SEED = int(os.environ.get("PADAN_FAULT_SEED", str(random.SystemRandom().randrange(1_000_000))))


def _rows(token: str, satker: str, start: int, count: int) -> bytes:
    rows = [
        {
            "kd_rup": str(start + i), "nama_paket": f"Belanja {token} {token}x", "pagu": 50_000_000,
            "kd_satker": satker, "metode_pengadaan": "E-Purchasing", "jenis_pengadaan": "Barang",
            "tahun_anggaran": 2023, "kd_lokasi": "18.71",
        }
        for i in range(count)
    ]  # fmt: skip
    return "\n".join(json.dumps(row) for row in rows).encode()


def _submit(running: Platform, body: bytes, name: str) -> str | None:
    try:
        response = httpx.post(
            f"{running.url('registry')}/api/v1/imports",
            params={"kind": "rup"},
            files={"file": (name, body)},
            headers={"X-API-Key": OPERATOR_KEY},
            timeout=30,
        )
    except httpx.HTTPError:
        return None
    return str(response.json()["run_id"]) if response.status_code == 202 else None


def _run_status(running: Platform, run_id: str) -> str:
    try:
        url = f"{running.url('registry')}/api/v1/imports/{run_id}"
        return str(httpx.get(url, headers={"X-API-Key": OPERATOR_KEY}, timeout=10).json()["status"])
    except (httpx.HTTPError, KeyError, ValueError):
        return "unknown"


def _fault(real_stack: StackEndpoints, running: Platform, target: str) -> None:
    if target in ("kafka", "ferretdb"):
        assert real_stack.local is not None
        stack.restart(real_stack.local, target)
    else:
        running.kill(target)
        running.start(target)


def _all_alive(running: Platform) -> None:
    """Only the test kills services (and starts them again at once): one that ended by itself is a crash."""
    assert not running.exited(), f"services ended on their own (exit codes): {running.exited()}; logs in {LOGS}"


def _allow(receiver: Receiver) -> dict[str, str]:
    """The downstream receiver is on loopback: the notifier reaches it only through the allow-list."""
    return {"PADAN_OUTBOUND_ALLOW": json.dumps([f"127.0.0.1:{receiver.port}"])}


def _subscribe_downstream(notifier: httpx.Client, receiver: Receiver) -> str:
    """A downstream system (an operator's subscription: every party) that takes every deal change."""
    response = notifier.post(
        "/api/v1/subscriptions",
        json={"url": receiver.url, "event_types": ["deal.changed"], "description": "sistem hilir uji gangguan"},
    )
    response.raise_for_status()
    receiver.secrets.append(response.json()["secret"])
    return str(response.json()["subscription_id"])


def _work_until(deals: DealDriver, moment: float) -> None:
    """Drive the deals until `moment` (the feed's pace); rest a second when they wait for the matcher."""
    while (now := time.monotonic()) < moment:
        if not (deals.pending and deals.advance(budget_seconds=moment - now)):
            time.sleep(min(1.0, moment - now))


@pytest.mark.timeout(BUDGET + 600)  # a hard stop only if the budget's own waits hang
def test_no_effect_is_lost_or_duplicated_under_kills_and_restarts(real_stack: StackEndpoints) -> None:
    if real_stack.local is None:
        pytest.skip("restarting the broker and the store needs the project's local stack")
    rng = random.Random(SEED)
    print(f"\nfault seed {SEED}, needs {NEEDS}, a deal on one need in {DEAL_EVERY}, feed {RATE} needs/s")
    token = f"fault{uuid.uuid4().hex[:8]}"
    base = rng.randrange(10**8, 9 * 10**8)
    satker = f"18.f{uuid.uuid4().hex[:5]}"
    faults = [*SERVICES * KILLS, *SERVERS * RESTARTS]
    rng.shuffle(faults)
    survived: dict[str, int] = {}
    messages_before = asyncio.run(message_counts(real_stack.kafka_bootstrap))
    started = time.monotonic()

    with (
        webhook_receiver() as receiver,
        smtp_mailbox() as (mailbox, smtp_settings),
        platform(
            LOGS, settings={"notifier": {**smtp_settings, **ONE_SUPPLIER_ONE_BUYER, **_allow(receiver)}}
        ) as running,
        running.client("registry") as registry,
        running.client("notifier") as notifier,
    ):
        downstream = _subscribe_downstream(notifier, receiver)
        nib = str(uuid.uuid4().int)[:13]
        registry.post("/api/v1/suppliers", json={"nib": nib, "name": "IKM Uji Gangguan", "region_code": "18.71",
                                                  "scale": "kecil", "email": "ikm@example.id"}).raise_for_status()  # fmt: skip
        registry.post("/api/v1/buyers", json={"satker_code": satker, "kind": "perangkat_daerah", "name": "Dinas Uji",
                                               "region_code": "18.71", "email": "dinas@example.id"}).raise_for_status()  # fmt: skip
        product = registry.post("/api/v1/products", json={"supplier_nib": nib, "sku": "F1", "name": f"Produk {token} {token}x",
                                                          "price_idr": 1_000_000})  # fmt: skip
        product.raise_for_status()
        product_id = product.json()["id"]
        need_ids = [aggregate_id(Kind.NEED, str(base + i)) for i in range(NEEDS)]
        match_ids = [match_id(need, product_id) for need in need_ids]
        dealt = match_ids[::DEAL_EVERY]
        deals = DealDriver(running)

        # Enough chunks that every fault falls between two of them, at a random moment of the feed.
        size = max(1, min(CHUNK, NEEDS // (2 * len(faults))))
        chunks = {index: _rows(token, satker, base + start, min(size, NEEDS - start))
                  for index, start in enumerate(range(0, NEEDS, size))}  # fmt: skip
        fault_at = dict(zip(sorted(rng.sample(range(1, len(chunks)), k=len(faults))), faults, strict=True))
        runs: dict[int, str | None] = {}
        submitted_in: dict[int, int] = {}
        epoch = 0  # bumped whenever imports in flight die with the registry or lose their store
        feed_started = time.monotonic()
        for index, body in chunks.items():
            runs[index] = _submit(running, body, f"chunk{index}.jsonl")
            submitted_in[index] = epoch
            deals.add(dealt[: (index * size + size + DEAL_EVERY - 1) // DEAL_EVERY])
            due = feed_started + (index + 1) * size / RATE  # the steady rate: the next chunk's time
            fault_moment = time.monotonic() + rng.uniform(0.0, max(0.0, due - time.monotonic()))
            target = fault_at.get(index)
            _work_until(deals, fault_moment if target else due)
            _all_alive(running)
            if target:
                _fault(real_stack, running, target)
                survived[target] = survived.get(target, 0) + 1
                print(f"{time.monotonic() - started:7.1f}s chunk {index}/{len(chunks)}: {target} "
                      f"{'restarted' if target in SERVERS else 'killed (SIGKILL) and started'}", flush=True)  # fmt: skip
                if target in ("registry", "ferretdb"):
                    epoch += 1
        feed_seconds = time.monotonic() - feed_started

        # An import cut by a registry kill or a store restart is submitted again, as an operator would:
        # re-importing the same rows is idempotent.
        def all_imported() -> bool:
            _all_alive(running)
            done = True
            for index, run_id in runs.items():
                status = _run_status(running, run_id) if run_id else "missing"
                stale = status == "running" and submitted_in[index] < epoch
                if status in ("failed", "missing", "unknown") or stale:
                    runs[index] = _submit(running, chunks[index], f"chunk{index}-again.jsonl")
                    submitted_in[index] = epoch
                done = done and status == "completed"
            return done

        def left() -> float:
            return max(60.0, started + BUDGET - time.monotonic())

        wait_until(all_imported, timeout=left(), interval=2.0, what="every chunk imported")
        wait_until(deals.all_contracted, timeout=left(), interval=1.0, what="every deal contracted")
        expected = Expected(need_ids, match_ids, dealt)
        latest: dict[str, Any] = {}

        def caught_up() -> bool:
            _all_alive(running)
            # The full count scans collections of the shared store: only once the consumers read to the end.
            if sum(asyncio.run(consumer_lag(running, real_stack.kafka_bootstrap)).values()):
                return False
            latest.update(
                asyncio.run(
                    measure(
                        running, real_stack.kafka_bootstrap, expected, mailbox.arrivals(), receiver.arrival_counts()
                    )
                )
            )
            return settled(latest)

        try:
            wait_until(
                caught_up, timeout=left(), interval=10.0, what="every effect to arrive and every consumer to catch up"
            )
        except AssertionError as timed_out:
            print("not settled:", timed_out)
            latest.update(asyncio.run(measure(running, real_stack.kafka_bootstrap, expected, mailbox.arrivals(),
                                              receiver.arrival_counts())))  # fmt: skip

    messages_after = asyncio.run(message_counts(real_stack.kafka_bootstrap))
    messages = {name: messages_after[name] - messages_before.get(name, 0) for name in messages_after}
    lost, duplicated = lost_and_duplicated(latest)
    figures = {
        "seed": SEED, "needs": NEEDS, "deal_every": DEAL_EVERY, "feed_needs_per_second": RATE,
        "feed_seconds": round(feed_seconds, 1), "seconds": round(time.monotonic() - started, 1),
        "kills": {s: survived.get(s, 0) for s in SERVICES}, "restarts": {s: survived.get(s, 0) for s in SERVERS},
        "deal_api_calls": deals.calls, "deal_api_calls_repeated": deals.retried,
        "messages_per_topic": {name: n for name, n in messages.items() if not name.endswith(".dlq")},
        "events_on_the_wire": sum(n for name, n in messages.items() if not name.endswith(".dlq")),
        "notifications_sent": latest.get("notifications", {}).get("sent"),
        "webhook_subscription": downstream, "webhooks_rejected": receiver.rejected,
        "dlq_messages": {name: n for name, n in messages.items() if name.endswith(".dlq")},
        "lost": lost, "duplicated": duplicated, **latest,
    }  # fmt: skip
    print("fault figures:", json.dumps(figures, indent=2))
    results = Path(__file__).resolve().parents[2] / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "fault_injection.json").write_text(json.dumps(figures, indent=2) + "\n")
    assert settled(latest), "not every effect arrived or not every consumer caught up; see the figures above"
    assert (lost, duplicated) == (0, 0)
    assert latest["reporting"]["value_difference_idr"] == 0
    assert sum(figures["dlq_messages"].values()) == 0, figures["dlq_messages"]
    assert receiver.rejected == 0, "a webhook failed its signature check"
