"""Registry feed-import throughput: N e-katalog products and N SIRUP packages, streamed from LKPP-shaped
files through the same importer the service runs (batched bulk writes with the outbox fields).

    uv run python -m bench.registry_import                 # 100k products + 100k needs
    uv run python -m bench.registry_import --rows 20000    # quicker
    uv run python -m bench.registry_import --format csv

Starts its own Kafka + FerretDB stack under .padan/bench-registry (ports 29193/27138, or
PADAN_BENCH_KAFKA_PORT / PADAN_BENCH_MONGO_PORT) unless PADAN_MONGO_URL is set. Prints rows/s and peak
RSS, writes bench/results/registry_import.json. The outbox relay is not running: this measures the import
(store writes, one Mongo connection as in the service); events are published afterwards by the service's
relay. A second pass re-imports the same file (idempotent: no writes, no events). Each pass includes the
projection scan that builds the importer's in-memory (hash, version) index.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from pymongo import AsyncMongoClient

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.adapters.import_runs import MongoImportRuns
from padan.registry.adapters.repository import MongoRegistryRepository
from padan.registry.demo import (
    EKATALOG_COLUMNS,
    RUP_COLUMNS,
    scaled_needs,
    scaled_products,
    scaled_suppliers,
    write_rows,
)
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.domain.feeds import FeedKind
from padan.registry.handlers.import_feed import import_feed
from padan.registry.handlers.upsert import apply_upsert_batch
from padan.registry.handlers.upsert_supplier import prepare_supplier

RESULTS = Path(__file__).parent / "results" / "registry_import.json"


class Tenths:
    """Throughput of each tenth of a run: flat figures show the import does not slow down as the
    collection grows."""

    def __init__(self, rows: int) -> None:
        self.step, self.done, self.mark = max(1, rows // 10), 0, time.perf_counter()
        self.next = self.step
        self.rates: list[int] = []

    def progress(self, rows: int) -> None:
        self.done += rows
        if self.done >= self.next:
            now = time.perf_counter()
            self.rates.append(round(self.step / (now - self.mark)))
            self.mark, self.next = now, self.next + self.step


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(mongo_url: str, rows: int, file_format: str, workdir: Path) -> dict[str, Any]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, maxPoolSize=1)
    build = await client.admin.command("buildInfo")
    store = f"FerretDB {build['ferretdbVersion']}" if "ferretdbVersion" in build else f"MongoDB {build['version']}"
    db = client[f"bench_registry_{uuid.uuid4().hex[:8]}"]
    repository, runs = MongoRegistryRepository(db), MongoImportRuns(db)
    await repository.ensure_indexes()
    supplier_count = max(1, rows // 50)
    suppliers = [
        prepare_supplier(UpsertSupplier.model_validate(s), verified=True) for s in scaled_suppliers(supplier_count)
    ]
    index = await repository.version_index(Kind.SUPPLIER)
    for start in range(0, len(suppliers), 500):
        await apply_upsert_batch(repository, suppliers[start : start + 500], index)

    files = {
        FeedKind.EKATALOG: workdir / f"ekatalog.{file_format}",
        FeedKind.RUP: workdir / f"rup.{file_format}",
    }
    write_rows(files[FeedKind.EKATALOG], scaled_products(rows, supplier_count), EKATALOG_COLUMNS)
    write_rows(files[FeedKind.RUP], scaled_needs(rows), RUP_COLUMNS)
    figures: dict[str, Any] = {"store": store}
    for kind, path in files.items():
        for attempt in ("first", "repeat"):
            tenths = Tenths(rows)
            started = time.perf_counter()
            totals = await import_feed(
                repository, runs, iter_rows(path, file_format), kind, run_id=f"bench-{kind}-{attempt}",
                source=str(path), on_progress=tenths.progress,
            )  # fmt: skip
            seconds = time.perf_counter() - started
            figures[f"{kind.value}_{attempt}"] = {
                "rows": totals.rows_read, "accepted": totals.accepted, "unchanged": totals.unchanged,
                "rejected": totals.rejected, "seconds": round(seconds, 2),
                "rows_per_second": round(totals.rows_read / seconds, 1), "peak_rss_mib": round(peak_rss_mib(), 1),
                "rows_per_second_by_tenth": tenths.rates, "load_average": os.getloadavg()[0],
            }  # fmt: skip
            print(f"{kind.value:9s} {attempt:6s} {totals.rows_read:>8,} rows  {seconds:7.1f} s  "
                  f"{totals.rows_read / seconds:8.0f} rows/s  accepted {totals.accepted:,}  "
                  f"unchanged {totals.unchanged:,}  rejected {totals.rejected:,}  peak RSS {peak_rss_mib():.0f} MiB",
                  flush=True)  # fmt: skip
            print(f"          rows/s by tenth of the file: {tenths.rates}", flush=True)
    # A restarted service rebuilds the importer's index with one projection scan per kind (documents
    # still carry their unpublished outbox here: the relay is not running, the worst case for the scan).
    for target in (Kind.PRODUCT, Kind.NEED):
        started = time.perf_counter()
        index = await MongoRegistryRepository(db).version_index(target)
        seconds = time.perf_counter() - started
        figures[f"index_build_{target.value}"] = {"entries": len(index), "seconds": round(seconds, 2)}
        print(f"index build {target.value:9s} {len(index):>8,} entries {seconds:7.1f} s", flush=True)
    await client.drop_database(db.name)
    await client.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="products and needs each (default 100k)")
    parser.add_argument("--format", choices=["json", "csv"], default="json")
    args = parser.parse_args()
    mongo_url = os.environ.get("PADAN_MONGO_URL")
    cfg = None
    if not mongo_url:
        from padan.cli import stack

        cfg = stack.StackConfig.from_env(
            home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-registry")),
            kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29193")),
            mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27138")),
        )
        stack.up(cfg)
        mongo_url = cfg.mongo_url
    try:
        with tempfile.TemporaryDirectory(prefix="padan-bench-") as directory:
            figures = asyncio.run(run(mongo_url, args.rows, args.format, Path(directory)))
    finally:
        if cfg is not None:
            from padan.cli import stack

            stack.down(cfg)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    result = {"rows": args.rows, "format": args.format, "store": figures.pop("store"),
              "cpus": os.cpu_count(), "python": platform.python_version(), "figures": figures}  # fmt: skip
    RESULTS.write_text(json.dumps(result, indent=2))
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
