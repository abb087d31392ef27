"""Reporting at national size: projection throughput and dashboard response times at 1M needs / 100k deals.

    uv run python -m bench.reporting_scale                                  # 1,000,000 needs, 100,000 deals
    uv run python -m bench.reporting_scale --needs 50000 --deals 5000       # quick (minutes)

Pushing 3M+ events through Kafka into FerretDB would take days here (bench/reporting_projection.py measures
that path at small sizes), so this bench splits the work the projection does:
1. fold: a deterministic event stream (the registry's scalable generator and its own SIRUP mapping for
   suppliers, buyers and RUP packages; two matches per package; deals agreed then mostly contracted, with
   value, TKDN and supplier scale; a business-matching meeting per deal) is folded through the real
   projection (handlers/project_event.project_batch over BatchStore) with an in-memory backing, in large
   batches: events/s and CPU-seconds of the projection logic alone, no store;
2. load: the read-model documents the fold produced (all but the last --slice events) are bulk-inserted
   into a fresh reporting database (MongoStore.insert_many): documents/s per collection;
3. pages: the reporting API and pages (the service's own routers, served by uvicorn over a pooled
   connection of 1 as in bootstrap.py) timed with httpx: dashboard JSON and HTML, filtered, drill-down,
   CSV/XLSX exports, the OCDS release package;
4. live: the last --slice events are applied on top through BatchStore over MongoStore in batches of
   --live-batch (what the service's consumer does at that size), events/s; then every dashboard figure of
   the database is compared with the in-memory fold of the whole stream (they must be equal).

Starts its own FerretDB under .padan/bench-reporting-scale (port PADAN_BENCH_MONGO_PORT, default 27239;
home PADAN_BENCH_HOME; wiped first) unless PADAN_MONGO_URL is set. Prints figures and writes
bench/results/reporting_scale.json (or --results).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import socket
import statistics
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from padan.registry.demo import scaled_needs, scaled_suppliers
from padan.registry.domain.commands import UpsertBuyer, UpsertSupplier
from padan.registry.domain.datasets import Package, parse_package
from padan.registry.handlers.upsert_buyer import prepare_buyer
from padan.registry.handlers.upsert_need import prepare_need
from padan.registry.handlers.upsert_supplier import prepare_supplier
from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.cached_store import CachedStore
from padan.reporting.adapters.store import READ_MODELS, Document, MongoStore
from padan.reporting.domain.view_models import Filters
from padan.reporting.entrypoints.api import build_router
from padan.reporting.entrypoints.web import build_web_router
from padan.reporting.handlers.ocds_releases import PAGE
from padan.reporting.handlers.project_event import project_batch
from padan.reporting.settings import Settings
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.figures import differences
from padan.shared.events import (
    DealChanged,
    Event,
    MatchChanged,
    MatchExplanation,
    MeetingChanged,
    NeedUpserted,
)
from padan.shared.mongo import make_mongo_client
from padan.shared.regions import LAMPUNG_REGENCIES

RESULTS = Path(__file__).parent / "results" / "reporting_scale.json"
AT = datetime(2026, 1, 5, tzinfo=UTC)
YEARS = (2023, 2024)
KINDS = ("perangkat_daerah", "instansi_vertikal", "bumn", "bumd")
BUYERS = 600  # the satkers of the registry's scalable generator (kd_satker 18.000 .. 18.599)
CONTRACTED_SHARE = 0.8  # of the deals agreed, those that go on to a contract
DEALS_PER_MATCHING_EVENT = 200


def satker(index: int, buyers: int) -> str:
    return f"18.{index:03d}" if buyers == BUYERS else f"18.{index:05d}"


def scale_stream(needs: int, deals: int, buyers: int = BUYERS, seed: int = 11) -> Iterator[Event]:
    """The events the registry and the matcher would publish for `needs` RUP packages and `deals` deals, in
    the order they happen (a package, then its matches, then its meeting and deal). Lazy: any size."""
    rng = random.Random(seed)
    regions = sorted(LAMPUNG_REGENCIES)
    suppliers: list[tuple[str, str]] = []
    for index, row in enumerate(scaled_suppliers(max(20, needs // 20), seed)):
        prepared = prepare_supplier(
            UpsertSupplier.model_validate({**row, "is_cooperative": index % 9 == 0}), verified=True
        )
        suppliers.append((prepared.aggregate_id, row["scale"]))
        yield prepared.build_event(prepared.fields, 1, AT)
    buyer_regions = [rng.choice(regions) for _ in range(buyers)]
    for index in range(buyers):
        code = satker(index, buyers)
        prepared = prepare_buyer(
            UpsertBuyer(
                satker_code=code, kind=KINDS[index % 4], name=f"Satker {code}", region_code=buyer_regions[index]
            )  # type: ignore[arg-type]
        )
        yield prepared.build_event(prepared.fields, 1, AT)
    deal_every = max(1, needs // max(1, deals))
    matching_events = max(1, deals // DEALS_PER_MATCHING_EVENT)
    for index, row in enumerate(scaled_needs(needs, seed)):
        buyer = index % buyers
        # A satker buys for its own kab/kota; two fiscal years, so the year filter has something to do.
        row.update(kd_satker=satker(buyer, buyers), kd_lokasi=buyer_regions[buyer], tahun_anggaran=rng.choice(YEARS))
        package = parse_package(row, index + 1)
        assert isinstance(package, Package), package
        prepared = prepare_need(package.need)
        need: NeedUpserted = prepared.build_event(prepared.fields, 1, AT)  # type: ignore[assignment]
        yield need
        deal_number = index // deal_every
        with_deal = index % deal_every == 0 and deal_number < deals
        for m in range(2):
            supplier = rng.randrange(len(suppliers))
            supplier_id, scale = suppliers[supplier]
            match_id = f"mat-{need.need_id}-{m}"
            contracted = rng.random() < CONTRACTED_SHARE
            if with_deal and m == 0:
                status = "contracted" if contracted else "deal_agreed"
            else:
                status = rng.choice(["proposed", "viewed", "interested", "declined"])
            yield MatchChanged(
                match_id=match_id, need_id=need.need_id, product_id=f"prd-{supplier_id}", supplier_id=supplier_id,
                buyer_id=need.buyer_id, status=status, score=round(rng.uniform(0.3, 0.95), 3),  # type: ignore[arg-type]
                rank=m + 1, explanation=MatchExplanation(), package_name=need.package_name,
                product_name=f"Produk {supplier_id}", pagu_idr=need.pagu_idr, region_code=need.region_code,
                version=1, occurred_at=AT,
            )  # fmt: skip
            if not (with_deal and m == 0):
                continue
            yield MeetingChanged(
                meeting_id=f"mtg-{need.need_id}", matching_event_id=f"temu-{deal_number % matching_events:04d}",
                match_id=match_id, supplier_id=supplier_id, buyer_id=need.buyer_id, status="held",  # type: ignore[arg-type]
                version=1, occurred_at=AT,
            )  # fmt: skip
            deal = {
                "deal_id": f"dl-{need.need_id}", "match_id": match_id, "need_id": need.need_id,
                "kode_rup": need.kode_rup, "product_id": f"prd-{supplier_id}", "supplier_id": supplier_id,
                "buyer_id": need.buyer_id, "value_idr": need.pagu_idr * rng.randrange(70, 99) // 100,
                "tkdn_percent": round(rng.uniform(25, 90), 2), "supplier_scale": scale,
                "supplier_is_cooperative": supplier % 9 == 0, "region_code": need.region_code,
                "fiscal_year": need.fiscal_year, "package_name": need.package_name, "pagu_idr": need.pagu_idr,
                "occurred_at": AT,
            }  # fmt: skip
            yield DealChanged.model_validate({**deal, "status": "agreed", "version": 1})
            if contracted:
                yield DealChanged.model_validate({
                    **deal, "status": "contracted", "version": 2, "order_number": f"EP-{need.kode_rup}",
                    "contract_date": date(need.fiscal_year, 3, 1) + timedelta(days=deal_number % 270),
                })  # fmt: skip


class MemoryBacking:
    """BatchStore's Backing on dicts: the projection without a store. Documents are kept as BatchStore
    hands them over (it never changes a document it wrote; handlers change copies), so nothing is copied."""

    def __init__(self) -> None:
        self.collections: dict[str, dict[str, Document]] = {name: {} for name in READ_MODELS}

    async def get(self, collection: str, doc_id: str) -> Document | None:
        return self.collections.setdefault(collection, {}).get(doc_id)

    async def put(self, collection: str, document: Document) -> None:
        self.collections.setdefault(collection, {})[document["_id"]] = document

    async def ids(self, collection: str) -> set[str]:
        return set(self.collections.setdefault(collection, {}))

    async def insert_many(self, collection: str, documents: Sequence[Document]) -> None:
        for document in documents:
            await self.put(collection, document)

    # What the dashboard view reads (cells, buyers, matching events), to compare figures with the database.
    async def find(
        self,
        collection: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sequence[tuple[str, int]] = (),
        skip: int = 0,
        limit: int = 0,
    ) -> list[Document]:
        assert not skip and not limit and set(filters or {}) <= {"version"}, "only what the dashboard asks"
        found = [
            d
            for d in self.collections.get(collection, {}).values()
            if not filters or int(d.get("version") or 0) >= filters["version"]["$gte"]
        ]
        for name, direction in reversed(list(sort)):
            found.sort(key=lambda d: d[name], reverse=direction < 0)
        return found

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int:
        return len(await self.find(collection, filters))

    def snapshot(self) -> dict[str, dict[str, Document]]:
        return {name: dict(documents) for name, documents in self.collections.items()}


@dataclass
class Fold:
    backing: MemoryBacking = field(default_factory=MemoryBacking)
    events: int = 0
    documents_written: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def __post_init__(self) -> None:
        self.store = BatchStore(self.backing)

    async def apply(self, events: Sequence[Event]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        self.documents_written += await project_batch(self.store, events)
        self.seconds += time.perf_counter() - started
        self.cpu_seconds += time.process_time() - cpu
        self.events += len(events)

    def figures(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "seconds": round(self.seconds, 1),
            "cpu_seconds": round(self.cpu_seconds, 1),
            "events_per_second": round(self.events / self.seconds) if self.seconds else None,
            "documents_written": self.documents_written,
        }


async def fold_stream(
    events: Iterable[Event], batch: int, tail: int, progress: int = 0
) -> tuple[Fold, dict[str, dict[str, Document]], list[Event]]:
    """Fold every event but the last `tail` in batches; returns the fold, a snapshot of the read models at
    that point and the last `tail` events (not folded yet)."""
    fold, pending, kept = Fold(), [], deque[Event]()
    for event in events:
        kept.append(event)
        if len(kept) > tail:
            pending.append(kept.popleft())
        if len(pending) >= batch:
            await fold.apply(pending)
            pending = []
            if progress and fold.events % progress < batch:
                print(f"  folded {fold.events:>10,} events  {fold.events / fold.seconds:8.0f} events/s", flush=True)
    if pending:
        await fold.apply(pending)
    return fold, fold.backing.snapshot(), list(kept)


async def load(
    store: MongoStore, snapshot: Mapping[str, Mapping[str, Document]], names: Iterable[str]
) -> dict[str, Any]:
    """Bulk-insert read models into the (empty) database, collection by collection."""
    rows: dict[str, Any] = {}
    total_docs, total_seconds = 0, 0.0
    for name in names:
        documents = snapshot[name]
        if not documents:
            continue
        started = time.perf_counter()
        await store.insert_many(name, list(documents.values()))
        seconds = time.perf_counter() - started
        rows[name] = {
            "documents": len(documents),
            "seconds": round(seconds, 1),
            "per_second": round(len(documents) / seconds),
        }
        total_docs, total_seconds = total_docs + len(documents), total_seconds + seconds
        print(
            f"  loaded {name:24s} {len(documents):>10,} docs {seconds:8.1f} s {len(documents) / seconds:8.0f} docs/s",
            flush=True,
        )
    started = time.perf_counter()
    await store.ensure_indexes()
    return {
        "collections": rows,
        "documents": total_docs,
        "seconds": round(total_seconds, 1),
        "documents_per_second": round(total_docs / total_seconds),
        "index_seconds": round(time.perf_counter() - started, 1),
        "load_average_1m": round(os.getloadavg()[0], 1),
    }


async def live(store: MongoStore, events: Sequence[Event], batch: int) -> dict[str, Any]:
    """The last events through BatchStore over the database, as the live consumer folds its batches. The
    first batch also reads every `_id` of the collections it touches (what a consumer does once at start)."""
    projection = BatchStore(store)
    seconds: list[float] = []
    cpu = time.process_time()
    for start in range(0, len(events), batch):
        started = time.perf_counter()
        await project_batch(projection, events[start : start + batch])
        seconds.append(time.perf_counter() - started)
    first, rest = seconds[0], seconds[1:]
    steady_events = len(events) - min(batch, len(events))
    figures = {
        "events": len(events),
        "batch": batch,
        "seconds": round(sum(seconds), 1),
        "cpu_seconds": round(time.process_time() - cpu, 1),
        "first_batch_seconds": round(first, 1),
        "events_per_second_after_first_batch": round(steady_events / sum(rest), 1) if rest else None,
        "events_per_second": round(len(events) / sum(seconds), 1),
        "load_average_1m": round(os.getloadavg()[0], 1),
    }
    print(
        f"live slice      : {len(events):>9,} events {sum(seconds):8.1f} s {figures['events_per_second']:8.1f} events/s"
        f" (first batch, reading the ids: {first:.1f} s; then"
        f" {figures['events_per_second_after_first_batch']} events/s)",
        flush=True,
    )
    return figures


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def timed(client: httpx.AsyncClient, path: str, repeat: int, slow: float) -> dict[str, Any]:
    """The first call, and the median of `repeat` calls; a page slower than `slow` seconds is called once.
    The pages remember what they read until the projection writes again (adapters/cached_store.py), so the
    first call is what a page costs after a change, the median what it costs when nothing changed."""
    samples: list[float] = []
    row: dict[str, Any] = {"path": path}
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            response = await client.get(path)
        except httpx.TimeoutException:
            row["timeout_s"] = client.timeout.read
            break
        samples.append(time.perf_counter() - started)
        response.raise_for_status()
        row["bytes"] = len(response.content)
        if samples[-1] > slow:
            break
    if samples:
        row.update(
            calls=len(samples),
            first_ms=round(1000 * samples[0], 1),
            median_ms=round(1000 * statistics.median(samples), 1),
            max_ms=round(1000 * max(samples), 1),
        )
    row["load_average_1m"] = round(os.getloadavg()[0], 1)
    return row


DASHBOARD_PAGES = [  # read the cells, buyers and matching events only
    ("dashboard JSON", "/api/v1/dashboard"),
    ("dashboard HTML + 4 SVG charts", "/"),
    ("dashboard HTML, filtered", "/?fiscal_year=2024&region_code=18.71"),
    ("dashboard JSON, filtered", "/api/v1/dashboard?buyer_kind=bumn&group=tapis"),
    ("CSV export (buyers)", "/ekspor/pembeli.csv"),
    ("XLSX export (buyers)", "/ekspor/pembeli.xlsx"),
    ("XLSX export (whole dashboard)", "/ekspor/dasbor.xlsx"),
]
# Collections each group of pages reads, loaded in this order (matches and meetings, read by no page, last).
# The generation token first: without it the pages remember nothing (adapters/cached_store.py).
DASHBOARD_COLLECTIONS = ("generations", "buyers", "need_cells", "supplier_cells", "matching_event_rows")
DRILL_COLLECTIONS = ("deals", "suppliers", "needs", "need_cells_members", "supplier_cells_members")


def drill_pages(sample_buyer: str, sample_need: str, last_deal: str) -> list[tuple[str, str]]:
    return [
        ("drill-down: total -> packages", "/paket"),
        ("drill-down: cell -> packages", "/paket?fiscal_year=2024&region_code=18.71&group=tapis"),
        ("drill-down: buyer -> packages", f"/paket?buyer_id={sample_buyer}"),
        ("drill-down: deals", "/kesepakatan?fiscal_year=2024&region_code=18.71"),
        ("one package", f"/paket/{sample_need}"),
        ("XLSX export (packages, 500)", "/ekspor/paket.xlsx?fiscal_year=2024&group=mesin_alat_pertanian"),
        ("OCDS releases, a page (1,000)", "/api/v1/ocds/releases"),
        ("OCDS releases, the last page", f"/api/v1/ocds/releases?after={last_deal}"),
        ("OCDS releases, all in one", "/api/v1/ocds/releases?limit=1000000"),
    ]


async def serve_and_time(
    mongo_url: str,
    database: str,
    args: argparse.Namespace,
    rows: list[dict[str, Any]],
    measured: Callable[[], None],
    *,
    dashboard_pages: bool = True,
    drill_down: bool = True,
) -> None:
    """The service's routers over their own single pooled connection and cache (as bootstrap.py wires the
    pages), served by uvicorn; timed over HTTP, each row appended to `rows` and saved as soon as it is measured."""
    client = make_mongo_client(mongo_url, 1)
    mongo = MongoStore(client[database])
    store = CachedStore(mongo)
    settings = Settings()
    app = FastAPI()
    app.include_router(build_router(store, settings))
    app.include_router(build_web_router(store, settings))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve())
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if task.done() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            await asyncio.sleep(0.05)
        paths = list(DASHBOARD_PAGES) if dashboard_pages else []
        if drill_down:
            sample_buyer = (await mongo.find("buyers", limit=1))[0]["_id"]
            sample_need = (await mongo.find("deals", limit=1))[0]["need_id"]
            # The last page of the OCDS list starts after this deal (ids sort as strings).
            deal_ids = sorted(d["_id"] for d in await mongo.find("deals"))
            paths += drill_pages(sample_buyer, sample_need, deal_ids[-min(PAGE, len(deal_ids))])
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=args.timeout) as http:
            for label, path in paths:
                row = {"page": label, **await timed(http, path, args.repeat, args.slow)}
                rows.append(row)
                measured()
                timing = (
                    f"first {row['first_ms'] / 1000:8.2f} s, "
                    f"median {row['median_ms'] / 1000:8.2f} s ({row['calls']} calls)"
                    if "median_ms" in row
                    else f"timed out after {row['timeout_s']:.0f} s"
                )
                print(
                    f"  {label:32s} {timing}  {row.get('bytes', 0):>11,} B  load {row['load_average_1m']}", flush=True
                )
    finally:
        server.should_exit = True
        await task
        await client.close()


def save(path: Path, result: Mapping[str, Any]) -> None:
    """Written after every phase, so a long run that is stopped still leaves what it measured."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**result, "measured_at": datetime.now(UTC).isoformat(timespec="seconds")}, indent=2))


async def run(args: argparse.Namespace, mongo_url: str, result: dict[str, Any]) -> None:
    figures: dict[str, Any] = result.setdefault("figures", {})
    if args.database:  # only the pages, on a database an earlier run kept
        figures["responses"] = []
        await serve_and_time(mongo_url, args.database, args, figures["responses"], lambda: save(args.results, result))
        return
    print(f"fold: {args.needs:,} needs, {args.deals:,} deals (batches of {args.batch:,}) ...", flush=True)
    started = time.perf_counter()
    stream = scale_stream(args.needs, args.deals, args.buyers)
    fold, snapshot, tail = await fold_stream(stream, args.batch, args.slice, progress=args.batch * 50)
    prefix = fold.figures()
    for start in range(0, len(tail), args.batch):
        await fold.apply(tail[start : start + args.batch])
    total_seconds = time.perf_counter() - started
    figures["fold"] = {
        **fold.figures(),
        "batch": args.batch,
        "generate_and_fold_seconds": round(total_seconds, 1),
        "load_average_1m": round(os.getloadavg()[0], 1),
        "documents": {name: len(docs) for name, docs in fold.backing.collections.items()},
        "deals": {
            status: sum(1 for d in fold.backing.collections["deals"].values() if d["status"] == status)
            for status in ("agreed", "contracted")
        },
    }
    print(
        f"fold            : {fold.events:>9,} events {fold.seconds:8.1f} s {fold.events / fold.seconds:8.0f} events/s "
        f"({fold.cpu_seconds:.1f} CPU-s; generating them took {total_seconds - fold.seconds:.1f} s more)",
        flush=True,
    )
    print(f"  documents: {figures['fold']['documents']}", flush=True)
    figures["peak_rss_mib_after_fold"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    save(args.results, result)

    client = make_mongo_client(mongo_url, 1)
    database = f"bench_reporting_scale_{uuid.uuid4().hex[:8]}"
    store = MongoStore(client[database])
    try:
        # Loaded and timed in the order that gets the pages measured soonest: the dashboard reads only the
        # cells, buyers and matching events; the drill-down pages and OCDS read the rest but matches and meetings.
        await store.drop_all()
        figures["responses"] = []
        rest = [n for n in snapshot if n not in (*DASHBOARD_COLLECTIONS, *DRILL_COLLECTIONS)]
        for phase, names, dashboard_pages in (
            ("dashboard", DASHBOARD_COLLECTIONS, True),
            ("drill_down", DRILL_COLLECTIONS, False),
            ("rest", rest, False),
        ):
            print(
                f"load into {database}: {', '.join(names)} ({prefix['events']:,} events' read models) ...", flush=True
            )
            figures.setdefault("load", {})[phase] = loaded = await load(store, snapshot, names)
            print(
                f"load            : {loaded['documents']:>9,} docs {loaded['seconds']:8.1f} s "
                f"{loaded['documents_per_second']:8.0f} docs/s (indexes {loaded['index_seconds']} s)",
                flush=True,
            )
            save(args.results, result)
            if phase != "rest":
                print("pages ...", flush=True)
                await serve_and_time(
                    mongo_url,
                    database,
                    args,
                    figures["responses"],
                    lambda: save(args.results, result),
                    dashboard_pages=dashboard_pages,
                    drill_down=not dashboard_pages,
                )
        del snapshot
        figures["live"] = await live(store, tail, args.live_batch)
        save(args.results, result)
        in_memory = (await dashboard(fold.backing, Filters())).model_dump(mode="json", exclude={"options", "filters"})  # type: ignore[arg-type]
        stored = (await dashboard(store, Filters())).model_dump(mode="json", exclude={"options", "filters"})
        differ = differences(in_memory, stored)
        figures["database_equals_fold"] = not differ
        figures["totals"] = stored["totals"]
        print(f"database == fold: {not differ} {differ[:5] if differ else ''}", flush=True)
    finally:
        if not args.keep:
            await client.drop_database(database)
        await client.close()
    figures["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"peak RSS        : {figures['peak_rss_mib']:,} MiB", flush=True)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--needs", type=int, default=1_000_000, help="RUP packages (default 1,000,000)")
    parser.add_argument(
        "--deals", type=int, default=100_000, help="deals agreed, 80%% then contracted (default 100,000)"
    )
    parser.add_argument(
        "--buyers", type=int, default=BUYERS, help=f"satkers (default {BUYERS}, the registry generator's)"
    )
    parser.add_argument("--batch", type=int, default=10_000, help="events per in-memory fold batch")
    parser.add_argument("--slice", type=int, default=20_000, help="last events applied through the database")
    parser.add_argument("--live-batch", type=int, default=500, help="events per live batch (the consumer's default)")
    parser.add_argument("--repeat", type=int, default=3, help="calls per timed page")
    parser.add_argument("--slow", type=float, default=30.0, help="a page slower than this (s) is called once")
    parser.add_argument("--timeout", type=float, default=1800.0, help="give up on a page after this many seconds")
    parser.add_argument("--keep", action="store_true", help="keep the database (and the stack) afterwards")
    parser.add_argument("--database", help="only time the pages, on this database kept by an earlier --keep run")
    parser.add_argument("--results", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main() -> None:
    args = parse()
    mongo_url = os.environ.get("PADAN_MONGO_URL")
    cfg = None
    if not mongo_url:
        from padan.cli import stack

        cfg = stack.StackConfig.from_env(
            home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-reporting-scale")),
            mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27239")),
        )
        if not args.database:
            stack.reset(cfg)
        stack.restart(cfg, "ferretdb")  # starts it (no Kafka needed) and waits until it answers
        mongo_url = cfg.mongo_url
    result: dict[str, Any] = json.loads(args.results.read_text()) if args.database else {}
    result |= {
        "needs": args.needs,
        "deals": args.deals,
        "buyers": args.buyers,
        "store": "FerretDB 1.24 (SQLite)" if cfg else mongo_url.split("@")[-1],
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }
    try:
        asyncio.run(run(args, mongo_url, result))
    finally:
        if cfg is not None and not args.keep:
            from padan.cli import stack

            stack.down(cfg)
    save(args.results, {**result, "load_average_1m": round(os.getloadavg()[0], 1)})
    print(f"written {args.results}")


if __name__ == "__main__":
    main()
