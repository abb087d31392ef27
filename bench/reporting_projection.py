"""Reporting: projection throughput (events/s) and dashboard response times.

    uv run python -m bench.reporting_projection                       # 2,000 needs, 200 deals (minutes)
    uv run python -m bench.reporting_projection --needs 20000 --deals 2000
    uv run python -m bench.reporting_projection --needs 1000000 --deals 100000   # national size (hours here)

Generates a deterministic event stream (suppliers, buyers, needs in their buyer's kab/kota, two matches per
need, deals with their meetings), publishes it to Kafka, then measures:
1. live projection: the service's own consumer (entrypoints/consumers.py: subscribe_batch, each batch folded
   in memory and written once) reading every topic from the start in its own consumer group, until it has
   committed the end of every partition: events/s (--batch sets max_records);
2. rebuild: the same topics replayed into an empty database (`padan reporting rebuild`), events/s; then
   every dashboard figure of the live database is compared with the rebuilt one (live == rebuild);
3. response times of the dashboard (HTML with charts, JSON, filtered, drill-down, XLSX export) through the
   service's own routes (in-process ASGI, the median of --repeat calls) on the live database.

Starts its own Kafka + FerretDB under .padan/bench-reporting (ports 29293/27238, wiped first) unless
PADAN_KAFKA_BOOTSTRAP and PADAN_MONGO_URL are set. Prints figures and writes bench/results/reporting_projection.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import statistics
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from pymongo import AsyncMongoClient

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.store import MongoStore
from padan.reporting.entrypoints import consumers
from padan.reporting.entrypoints.api import build_router
from padan.reporting.entrypoints.web import build_web_router
from padan.reporting.handlers.project_event import HANDLERS
from padan.reporting.handlers.rebuild import rebuild
from padan.reporting.settings import Settings
from padan.reporting.views.figures import differences, figures
from padan.shared.envelope import Envelope
from padan.shared.events import (
    BuyerUpserted,
    DealChanged,
    Event,
    MatchChanged,
    MatchExplanation,
    MeetingChanged,
    NeedUpserted,
    SupplierUpserted,
)
from padan.shared.kafka import end_offsets, ensure_topics, make_broker
from padan.shared.regions import LAMPUNG_REGENCIES

RESULTS = Path(__file__).parent / "results" / "reporting_projection.json"
AT = datetime(2026, 1, 5, tzinfo=UTC)
NAMES = [
    "Belanja cenderamata kain tapis",
    "Pengadaan seminar kit rapat",
    "Belanja hiasan dinding tapis",
    "Pengadaan traktor tangan kelompok tani",
    "Belanja alat tulis kantor",
    "Pengadaan pompa air irigasi",
    "Belanja makanan dan minuman rapat",
    "Pengadaan laptop operasional",
]
KINDS = ["perangkat_daerah", "instansi_vertikal", "bumn", "bumd"]


def stream(needs: int, deals: int, seed: int = 7) -> Iterator[Event]:
    rng = random.Random(seed)
    regions = sorted(LAMPUNG_REGENCIES)
    suppliers, buyers = max(20, needs // 20), max(20, min(600, needs // 30))
    for i in range(suppliers):
        yield SupplierUpserted(
            supplier_id=f"bs-{i}",
            nib=f"{8 * 10**12 + i}",
            name=f"IKM {i}",
            region_code=rng.choice(regions),
            scale=rng.choice(["mikro", "kecil", "menengah"]),
            is_cooperative=i % 9 == 0,
            version=1,
            occurred_at=AT,
        )
    buyer_regions = [rng.choice(regions) for _ in range(buyers)]
    for i in range(buyers):
        yield BuyerUpserted(
            buyer_id=f"bb-{i}",
            kind=KINDS[i % 4],
            satker_code=f"18.{i:03d}",
            name=f"Satker {i}",
            region_code=buyer_regions[i],
            version=1,
            occurred_at=AT,
        )
    deal_every = max(1, needs // max(1, deals))
    for i in range(needs):
        need_id, buyer_id = f"bn-{i}", f"bb-{i % buyers}"
        pagu = rng.randrange(5, 5_000) * 1_000_000
        yield NeedUpserted(
            need_id=need_id,
            kode_rup=str(60_000_000 + i),
            buyer_id=buyer_id,
            satker_code=f"18.{i % buyers:03d}",
            package_name=rng.choice(NAMES),
            pagu_idr=pagu,
            procurement_method="e_purchasing",
            procurement_type="barang",
            fiscal_year=2025 + i % 2,
            region_code=buyer_regions[i % buyers],  # a satker buys for its own kab/kota
            version=1,
            occurred_at=AT,
        )
        with_deal = i % deal_every == 0 and i // deal_every < deals
        for m in range(2):
            supplier_id = f"bs-{rng.randrange(suppliers)}"
            status = "contracted" if with_deal and m == 0 else rng.choice(["proposed", "viewed", "interested"])
            yield MatchChanged(
                match_id=f"bm-{i}-{m}",
                need_id=need_id,
                product_id=f"bp-{supplier_id}",
                supplier_id=supplier_id,
                buyer_id=buyer_id,
                status=status,
                score=0.5,
                explanation=MatchExplanation(),
                package_name="p",
                product_name="q",
                pagu_idr=pagu,
                region_code="18.71",
                version=1,
                occurred_at=AT,
            )
            if status == "contracted":
                yield MeetingChanged(
                    meeting_id=f"bmt-{i}",
                    matching_event_id=f"temu-{i % 5}",
                    match_id=f"bm-{i}-{m}",
                    supplier_id=supplier_id,
                    buyer_id=buyer_id,
                    status="held",
                    version=1,
                    occurred_at=AT,
                )
                yield DealChanged(
                    deal_id=f"bd-{i}",
                    match_id=f"bm-{i}-{m}",
                    need_id=need_id,
                    product_id="bp",
                    supplier_id=supplier_id,
                    buyer_id=buyer_id,
                    status="contracted",
                    value_idr=pagu * 9 // 10,
                    tkdn_percent=rng.uniform(25, 90),
                    supplier_scale=rng.choice(["mikro", "kecil", "menengah"]),
                    version=2,
                    occurred_at=AT,
                )


async def publish(bootstrap: str, events: list[Event]) -> float:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=20)
    await producer.start()
    started = time.perf_counter()
    try:
        for event in events:
            headers = Envelope.new(event_type=event.event_type, source="/bench").to_headers()
            await producer.send(
                event.topic,
                event.model_dump_json().encode(),
                key=event.aggregate_id().encode(),
                headers=[(k, v.encode()) for k, v in headers.items()],
            )
        await producer.flush()
    finally:
        await producer.stop()
    return time.perf_counter() - started


async def timed(client: httpx.AsyncClient, path: str, repeat: int) -> dict[str, Any]:
    samples, size = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = await client.get(path)
        samples.append(time.perf_counter() - started)
        response.raise_for_status()
        size = len(response.content)
    return {
        "path": path,
        "median_ms": round(1000 * statistics.median(samples), 1),
        "max_ms": round(1000 * max(samples), 1),
        "bytes": size,
    }


async def committed_offsets(bootstrap: str, group: str) -> dict[tuple[str, int], int]:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
        return {(tp.topic, tp.partition): meta.offset for tp, meta in offsets.items()}
    finally:
        await admin.close()


async def live(bootstrap: str, db: Any, group: str, batch: int, total: int) -> dict[str, Any]:
    """The reporting consumer, as the service wires it, from offset 0 until it committed every end offset."""
    ends = {key: end for key, end in (await end_offsets(bootstrap, HANDLERS)).items() if end > 0}
    broker = make_broker(bootstrap, "bench-reporting")
    consumers.register(broker, Settings(group_id=group, batch_max_records=batch), BatchStore(MongoStore(db)))
    started = time.perf_counter()
    await broker.start()
    try:
        while True:
            await asyncio.sleep(0.5)
            committed = await committed_offsets(bootstrap, group)
            if all(committed.get(key, -1) >= end for key, end in ends.items()):
                break
        seconds = time.perf_counter() - started
    finally:
        await broker.stop()
    print(f"live projection : {total:>9,} events {seconds:8.1f} s {total / seconds:8.1f} events/s", flush=True)
    return {"events": total, "seconds": round(seconds, 1), "events_per_second": round(total / seconds, 1)}


async def run(bootstrap: str, mongo_url: str, needs: int, deals: int, batch: int, repeat: int) -> dict[str, Any]:
    events = list(stream(needs, deals))
    figures_: dict[str, Any] = {
        "events": len(events),
        "needs": needs,
        "deals": sum(isinstance(e, DealChanged) for e in events),
    }
    print(f"stream: {len(events):,} events ({needs:,} needs, {figures_['deals']:,} deals)", flush=True)
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, maxPoolSize=1)
    run_id = uuid.uuid4().hex[:8]

    await ensure_topics(bootstrap)
    publish_seconds = await publish(bootstrap, events)
    print(f"published       : {len(events):>9,} events {publish_seconds:8.1f} s", flush=True)
    print(f"load average    : {os.getloadavg()[0]:.1f}", flush=True)

    live_db = client[f"bench_reporting_live_{run_id}"]
    await MongoStore(live_db).ensure_indexes()
    figures_["live"] = await live(bootstrap, live_db, f"bench-reporting-{run_id}", batch, len(events))
    figures_["live"]["max_records"] = batch
    figures_["live"]["load_average_1m"] = round(os.getloadavg()[0], 1)

    rebuilt_db = client[f"bench_reporting_rebuilt_{run_id}"]
    stats = await rebuild(rebuilt_db, bootstrap, batch=5000)
    figures_["rebuild"] = {
        "events": stats.total,
        "seconds": round(stats.seconds, 1),
        "events_per_second": round(stats.events_per_second, 1),
        "documents_written": stats.documents_written,
        "load_average_1m": round(os.getloadavg()[0], 1),
    }
    print(
        f"rebuild (replay): {stats.total:>9,} events {stats.seconds:8.1f} s {stats.events_per_second:8.1f} events/s",
        flush=True,
    )
    differ = differences(await figures(live_db), await figures(rebuilt_db))
    figures_["live_equals_rebuild"] = not differ
    print(f"live == rebuild : {not differ} {differ[:5] if differ else ''}", flush=True)
    await client.drop_database(rebuilt_db.name)

    app = FastAPI()
    store = MongoStore(live_db)
    settings = Settings()
    app.include_router(build_router(store, settings))
    app.include_router(build_web_router(store, settings))
    paths = [
        "/api/v1/dashboard",
        "/",
        "/?fiscal_year=2025&region_code=18.71",
        "/api/v1/dashboard?buyer_kind=bumn&group=tapis",
        "/paket?group=mesin_alat_pertanian&region_code=18.05",
        "/kesepakatan?fiscal_year=2025&region_code=18.71",
        "/ekspor/pembeli.xlsx",
        "/api/v1/ocds/releases",
    ]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=600) as http:
        figures_["responses"] = [await timed(http, path, repeat) for path in paths]
    figures_["responses_load_average_1m"] = round(os.getloadavg()[0], 1)
    for row in figures_["responses"]:
        timing = f"median {row['median_ms']:8.1f} ms  max {row['max_ms']:8.1f} ms"
        print(f"GET {row['path']:58s} {timing}  {row['bytes']:>9,} B", flush=True)
    figures_["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    await client.drop_database(live_db.name)
    await client.close()
    return figures_


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--needs", type=int, default=2_000, help="RUP packages (default 2,000; national: 1,000,000)")
    parser.add_argument("--deals", type=int, default=200, help="contracted deals (default 200; national: 100,000)")
    parser.add_argument("--batch", type=int, default=500, help="max records per consumer batch (default 500)")
    parser.add_argument("--repeat", type=int, default=5, help="calls per timed page")
    args = parser.parse_args()
    bootstrap, mongo_url = os.environ.get("PADAN_KAFKA_BOOTSTRAP"), os.environ.get("PADAN_MONGO_URL")
    cfg = None
    if not (bootstrap and mongo_url):
        from padan.cli import stack

        cfg = stack.StackConfig.from_env(
            home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-reporting")),
            kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29293")),
            mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27238")),
        )
        stack.reset(cfg)
        stack.up(cfg)
        bootstrap, mongo_url = cfg.kafka_bootstrap, cfg.mongo_url
    try:
        figures = asyncio.run(run(bootstrap, mongo_url, args.needs, args.deals, args.batch, args.repeat))
    finally:
        if cfg is not None:
            from padan.cli import stack

            stack.down(cfg)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "needs": args.needs,
        "deals": args.deals,
        "store": "FerretDB v1 (SQLite)" if cfg else mongo_url.split("@")[-1],
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "python": platform.python_version(),
        "figures": figures,
    }
    RESULTS.write_text(json.dumps(result, indent=2))
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
