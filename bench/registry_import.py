"""Registry import throughput on LKPP's real shape: N RUP packages (RUP-PaketPenyedia-Terumumkan) and their
location rows (RUP-PaketPenyediaLokasi), streamed from files through the importer the service runs
(batched bulk writes with the outbox fields, the joins of padan.registry.handlers.import_feed).

    uv run python -m bench.registry_import                  # 100k packages + 100k location rows
    uv run python -m bench.registry_import --rows 20000     # quicker
    uv run python -m bench.registry_import --format csv

Two orders, each in a database of its own:
- locations first: the location rows are kept as package parts, then each package is written once with its
  region (no read per row);
- packages first: each package is written with its KLPD's region, then the location run rewrites every
  need whose region changed (one read by `_id` and one write per need: the costly order);
and a re-import of both files (unchanged: no write, no event).

Starts its own Kafka + FerretDB stack under .padan/bench-registry (ports 29193/27138, or
PADAN_BENCH_KAFKA_PORT / PADAN_BENCH_MONGO_PORT) unless PADAN_MONGO_URL is set. Prints rows/s (whole run and
per tenth of the file) and peak RSS, writes bench/results/registry_import.json. The outbox relay is not
running: this measures the import; events are published afterwards by the service's relay.
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
from padan.registry.demo import scaled_packages, write_rows
from padan.registry.handlers.import_feed import import_feed

RESULTS = Path(__file__).parent / "results" / "registry_import.json"
PACKAGES, LOCATIONS = "RUP-PaketPenyedia-Terumumkan", "RUP-PaketPenyediaLokasi"


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


async def _pass(
    repository: MongoRegistryRepository, runs: MongoImportRuns, path: Path, dataset: str, label: str, rows: int
) -> dict[str, Any]:
    file_format = path.suffix.lstrip(".")
    tenths = Tenths(rows)
    started = time.perf_counter()
    totals = await import_feed(
        repository, runs, iter_rows(path, file_format), dataset, run_id=f"bench-{label}-{uuid.uuid4().hex[:6]}",
        source=str(path), on_progress=tenths.progress,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    figures = {
        "rows": totals.rows_read, "accepted": totals.accepted, "unchanged": totals.unchanged,
        "rejected": totals.rejected, "needs_rewritten": totals.also.get("needs", 0), "seconds": round(seconds, 2),
        "rows_per_second": round(totals.rows_read / seconds, 1), "peak_rss_mib": round(peak_rss_mib(), 1),
        "rows_per_second_by_tenth": tenths.rates, "load_average": round(os.getloadavg()[0], 2),
    }  # fmt: skip
    print(f"{label:34s} {totals.rows_read:>8,} rows {seconds:7.1f} s {totals.rows_read / seconds:7.0f} rows/s  "
          f"accepted {totals.accepted:,} unchanged {totals.unchanged:,} rejected {totals.rejected:,} "
          f"needs rewritten {figures['needs_rewritten']:,}  peak RSS {peak_rss_mib():.0f} MiB", flush=True)  # fmt: skip
    print(f"{'':34s} rows/s by tenth: {tenths.rates}", flush=True)
    return figures


async def run(mongo_url: str, rows: int, file_format: str, workdir: Path) -> dict[str, Any]:
    files = {PACKAGES: workdir / f"{PACKAGES}.{file_format}", LOCATIONS: workdir / f"{LOCATIONS}.{file_format}"}
    write_rows(files[PACKAGES], (package for package, _ in scaled_packages(rows)))
    write_rows(files[LOCATIONS], (location for _, location in scaled_packages(rows)))
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, maxPoolSize=1)
    build = await client.admin.command("buildInfo")
    store = f"FerretDB {build['ferretdbVersion']}" if "ferretdbVersion" in build else f"MongoDB {build['version']}"
    figures: dict[str, Any] = {"store": store}
    for order in ((LOCATIONS, PACKAGES), (PACKAGES, LOCATIONS)):
        db = client[f"bench_registry_{uuid.uuid4().hex[:8]}"]
        repository, runs = MongoRegistryRepository(db), MongoImportRuns(db)
        await repository.ensure_indexes()
        prefix = "locations_first" if order[0] == LOCATIONS else "packages_first"
        for dataset in order:
            name = "packages" if dataset == PACKAGES else "locations"
            figures[f"{prefix}.{name}"] = await _pass(
                repository, runs, files[dataset], dataset, f"{prefix}: {name}", rows
            )
        if prefix == "packages_first":
            for dataset in order:
                name = "packages" if dataset == PACKAGES else "locations"
                label = f"re-import (unchanged): {name}"
                figures[f"reimport.{name}"] = await _pass(repository, runs, files[dataset], dataset, label, rows)
        await client.drop_database(db.name)
    await client.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="packages, and as many location rows (default 100k)")
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
