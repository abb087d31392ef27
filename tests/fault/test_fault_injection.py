"""Fault injection on the real stack: a steady feed of needs while every service is killed with SIGKILL at
random moments and the Kafka broker and the database server are restarted; afterwards every need is
matched exactly once, every notification recorded exactly once, every match counted exactly once.

Run with `make test-fault` (pytest -m fault). The seed is printed so a failing run can be replayed
(PADAN_FAULT_SEED); the size with PADAN_FAULT_NEEDS (default 10,000).
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
from aiokafka import AIOKafkaConsumer, TopicPartition

from padan.cli import stack
from padan.cli.testing import StackEndpoints, wait_until
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.shared import topics
from padan.shared.mongo import make_mongo_client
from tests.harness import OPERATOR_KEY, Platform, platform

pytestmark = [pytest.mark.integration, pytest.mark.fault]
LOGS = Path(__file__).resolve().parents[2] / ".padan" / "test-logs"
NEEDS = int(os.environ.get("PADAN_FAULT_NEEDS", "10000"))
CHUNK = 500
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
        return str(httpx.get(f"{running.url('registry')}/api/v1/imports/{run_id}", timeout=10).json()["status"])
    except (httpx.HTTPError, KeyError, ValueError):
        return "unknown"


def _restart_service(running: Platform, service: str) -> None:
    running.kill(service)
    running.start(service)


async def _dlq_counts(bootstrap: str) -> dict[str, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        result = {}
        for spec in topics.TOPICS:
            name = topics.dlq_topic(spec.name)
            partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or {0}]
            result[name] = sum((await consumer.end_offsets(partitions)).values())
        return result
    finally:
        await consumer.stop()


@pytest.mark.timeout(3600)
def test_no_effect_is_lost_or_duplicated_under_kills_and_restarts(real_stack: StackEndpoints) -> None:
    if real_stack.local is None:
        pytest.skip("restarting the broker and the store needs the project's local stack")
    rng = random.Random(SEED)
    print(f"\nfault seed {SEED}, needs {NEEDS}")
    token = f"fault{uuid.uuid4().hex[:8]}"
    base = rng.randrange(10**8, 9 * 10**8)
    satker = f"18.f{uuid.uuid4().hex[:5]}"
    kills: dict[str, int] = {}
    restarts: dict[str, int] = {}
    dlq_before = asyncio.run(_dlq_counts(real_stack.kafka_bootstrap))
    started = time.monotonic()

    with platform(LOGS) as running, running.client("registry") as registry:
        nib = str(uuid.uuid4().int)[:13]
        registry.post("/api/v1/suppliers", json={"nib": nib, "name": "IKM Uji Gangguan", "region_code": "18.71",
                                                  "scale": "kecil", "email": "ikm@example.id"}).raise_for_status()  # fmt: skip
        registry.post("/api/v1/buyers", json={"satker_code": satker, "kind": "perangkat_daerah", "name": "Dinas Uji",
                                               "region_code": "18.71", "email": "dinas@example.id"}).raise_for_status()  # fmt: skip
        product = registry.post("/api/v1/products", json={"supplier_nib": nib, "sku": "F1", "name": f"Produk {token} {token}x",
                                                          "price_idr": 1_000_000})  # fmt: skip
        product.raise_for_status()
        product_id = product.json()["id"]

        chunks = {index: _rows(token, satker, base + index * CHUNK, min(CHUNK, NEEDS - index * CHUNK))
                  for index in range((NEEDS + CHUNK - 1) // CHUNK)}  # fmt: skip
        runs: dict[int, str | None] = {}
        submitted_in: dict[int, int] = {}
        epoch = 0  # bumped whenever imports in flight die with the registry or lose their store
        faults = ["registry", "matcher", "notifier", "reporting"] * 2 + ["kafka", "ferretdb"]
        rng.shuffle(faults)
        fault_at = sorted(rng.sample(range(1, len(chunks)), k=min(len(faults), len(chunks) - 1)))
        for index, body in chunks.items():
            runs[index] = _submit(running, body, f"chunk{index}.jsonl")
            submitted_in[index] = epoch
            if fault_at and index == fault_at[0]:
                fault_at.pop(0)
                target = faults.pop()
                time.sleep(rng.uniform(0.0, 2.0))
                if target in ("kafka", "ferretdb"):
                    stack.restart(real_stack.local, target)
                    restarts[target] = restarts.get(target, 0) + 1
                else:
                    _restart_service(running, target)
                    kills[target] = kills.get(target, 0) + 1
                if target in ("registry", "ferretdb"):
                    epoch += 1
            time.sleep(0.5)

        # An import cut by a registry kill or a store restart is submitted again, as an operator would:
        # re-importing the same rows is idempotent.
        def all_imported() -> bool:
            done = True
            for index, run_id in runs.items():
                status = _run_status(running, run_id) if run_id else "missing"
                stale = status == "running" and submitted_in[index] < epoch
                if status in ("failed", "missing", "unknown") or stale:
                    runs[index] = _submit(running, chunks[index], f"chunk{index}-again.jsonl")
                    submitted_in[index] = epoch
                done = done and status == "completed"
            return done

        wait_until(all_imported, timeout=900, interval=2.0, what="every chunk imported")
        need_ids = [aggregate_id(Kind.NEED, str(base + i)) for i in range(NEEDS)]
        counts = _converge(running, need_ids, product_id)

    dlq_after = asyncio.run(_dlq_counts(real_stack.kafka_bootstrap))
    dlq_new = {name: dlq_after[name] - dlq_before.get(name, 0) for name in dlq_after}
    figures = {
        "seed": SEED, "needs": NEEDS, "seconds": round(time.monotonic() - started, 1), "kills": kills,
        "restarts": restarts, **counts, "dlq_new_messages": dlq_new,
    }  # fmt: skip
    print("fault figures:", json.dumps(figures))
    results = Path(__file__).resolve().parents[2] / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "fault_injection.json").write_text(json.dumps(figures, indent=2))
    assert counts["lost_matches"] == 0 and counts["duplicate_matches"] == 0
    assert counts["lost_deliveries"] == 0 and counts["duplicate_deliveries"] == 0
    assert counts["reporting_missing"] == 0 and counts["reporting_extra"] == 0
    assert sum(dlq_new.values()) == 0, dlq_new


def _converge(running: Platform, need_ids: list[str], product_id: str) -> dict[str, Any]:
    async def measure() -> dict[str, Any]:
        client = make_mongo_client(os.environ["PADAN_MONGO_URL"], max_pool_size=4)
        try:
            matcher = client[running.env_for("matcher")["PADAN_MATCHER_MONGO_DATABASE"]]
            notifier = client[running.env_for("notifier")["PADAN_NOTIFIER_MONGO_DATABASE"]]
            reporting = client[running.env_for("reporting")["PADAN_REPORTING_MONGO_DATABASE"]]
            matches = await matcher.matches.find({"product_id": product_id}, {"need_id": 1}).to_list(None)
            matched_needs = [m["need_id"] for m in matches]
            match_ids = [m["_id"] for m in matches]
            deliveries = await notifier.deliveries.find(
                {"match_id": {"$in": match_ids}}, {"match_id": 1, "party": 1}
            ).to_list(None)
            per_match: dict[str, int] = {}
            for delivery in deliveries:
                per_match[delivery["match_id"]] = per_match.get(delivery["match_id"], 0) + 1
            counted = await reporting.matches.count_documents({"product_id": product_id})
            return {
                "matches": len(matches),
                "lost_matches": len(set(need_ids) - set(matched_needs)),
                "duplicate_matches": len(matched_needs) - len(set(matched_needs)),
                "deliveries": len(deliveries),
                "lost_deliveries": sum(1 for m in match_ids if per_match.get(m, 0) < 2),
                "duplicate_deliveries": sum(1 for m in match_ids if per_match.get(m, 0) > 2),
                "reporting_counted": counted,
                "reporting_missing": max(0, len(match_ids) - counted),
                "reporting_extra": max(0, counted - len(match_ids)),
            }
        finally:
            await client.close()

    def settled() -> dict[str, Any] | None:
        counts = asyncio.run(measure())
        done = counts["lost_matches"] == 0 and counts["lost_deliveries"] == 0 and counts["reporting_missing"] == 0
        return counts if done else None

    try:
        return wait_until(settled, timeout=1200, interval=5.0, what="every effect to arrive")  # type: ignore[no-any-return]
    except AssertionError:
        return asyncio.run(measure())
