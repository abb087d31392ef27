"""`padan registry`: import LKPP datasets into the running registry, check a file without a server
(`import --dry-run`), and pull ISB URLs on a schedule (`sync`), each followed with a progress bar.

Imports run inside the registry service (not in this process), so the service stays the only writer of
its database and the outbox relay publishes every accepted change. The dry run reads and validates every
row with the same code as the real import, and writes nothing.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

import httpx
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from padan.registry.adapters.feed_sources import FeedFormatError, choose_dataset, detect_format, iter_rows
from padan.registry.domain.datasets import DATASETS, Dataset, Target, UnknownDataset, dataset_named
from padan.registry.domain.feeds import FeedKind, RowError
from padan.registry.handlers.import_feed import parse_row

app = typer.Typer(help="Registry: LKPP dataset imports (SIRUP, e-katalog).", no_args_is_help=True)
console = Console(stderr=True)
DEFAULT_URL = "http://127.0.0.1:8101"


def _client(registry_url: str, api_key: str) -> httpx.Client:
    key = api_key or os.environ.get("PADAN_DEMO_API_KEY", "padan-dev-operator-key")
    return httpx.Client(base_url=registry_url, headers={"X-API-Key": key}, timeout=120)


@app.command("datasets")
def datasets() -> None:
    """The LKPP datasets the registry imports, with the fields that recognise each."""
    for dataset in DATASETS:
        aliases = f" (alias: {', '.join(dataset.aliases)})" if dataset.aliases else ""
        typer.echo(f"{dataset.name}{aliases} -> {dataset.target.value}: {', '.join(sorted(dataset.signature))}")


@app.command("scaled-demo")
def scaled_demo(
    directory: Path = typer.Argument(..., file_okay=False, help="Where the feed files are written"),
    *,
    products: int = typer.Option(100_000, min=1, max=10_000_000, help="e-katalog products (up to millions)"),
    needs: int = typer.Option(100_000, min=1, max=10_000_000, help="SIRUP RUP packages"),
    file_format: str = typer.Option("json", "--format", help="json or csv"),
    load: bool = typer.Option(False, help="Also import every dataset into the registry"),
    registry_url: str = typer.Option(DEFAULT_URL, envvar="PADAN_REGISTRY_URL"),
    api_key: str = typer.Option("", envvar="PADAN_OPERATOR_API_KEY", help="Operator API key (dev default if empty)"),
) -> None:
    """Scalable demo data in LKPP's real shape: N products (with their suppliers) and N RUP packages (with
    their location rows), streamed in constant memory; with --load, imported dataset by dataset."""
    from padan.registry.demo import write_scaled_feeds

    if file_format not in ("json", "csv"):
        raise typer.BadParameter("json atau csv / json or csv", param_hint="--format")
    directory.mkdir(parents=True, exist_ok=True)
    paths = write_scaled_feeds(directory, products, needs, file_format)
    console.print(f"ditulis / written: {', '.join(str(p) for p in paths.values())}")
    if load:
        for name, path in paths.items():
            upload(path, dataset_named(name), registry_url, api_key)


def dry_run(path: Path, dataset: Dataset) -> dict[str, Any]:
    """Read and validate every row as the import would; nothing is written."""
    counts: Counter[str] = Counter()
    rows = accepted = 0
    for number, row in enumerate(iter_rows(path, detect_format(path.name)), start=1):
        rows += 1
        parsed = parse_row(dataset, row, number)
        if isinstance(parsed, list):
            counts.update(f"{error.field}: {error.reason}" for error in _distinct_fields(parsed))
        else:
            accepted += 1
    return {"dataset": dataset.name, "rows": rows, "accepted": accepted, "rejected": rows - accepted,
            "reasons": dict(counts.most_common())}  # fmt: skip


def _distinct_fields(errors: list[RowError]) -> list[RowError]:
    return list({(error.field, error.reason): error for error in errors}.values())


@app.command("import")
def import_file(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV, JSON or JSON Lines as LKPP publishes it"),
    *,
    dataset: str = typer.Option(
        "", help="LKPP dataset name (padan registry datasets); default: from the file name or its fields"
    ),
    kind: FeedKind | None = typer.Option(None, help="Old name: rup (packages) or ekatalog (products)"),
    check: bool = typer.Option(False, "--dry-run", help="Only read and validate every row; no server needed"),
    as_json: bool = typer.Option(False, "--json", help="With --dry-run: the counts as one JSON object"),
    registry_url: str = typer.Option(DEFAULT_URL, envvar="PADAN_REGISTRY_URL"),
    api_key: str = typer.Option("", envvar="PADAN_OPERATOR_API_KEY", help="Operator API key (dev default if empty)"),
) -> None:
    """Import a dataset file into the running registry (prints the run record as JSON), or with --dry-run
    check it here: rows, accepted, rejected and why."""
    name = dataset or (kind.value if kind else None)
    try:
        chosen = choose_dataset(path, detect_format(path.name), name, path.name)
    except (UnknownDataset, FeedFormatError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if check:
        _print_dry_run(dry_run(path, chosen), as_json)
        return
    upload(path, chosen, registry_url, api_key)


def upload(path: Path, chosen: Dataset, registry_url: str, api_key: str) -> None:
    """Send the file to the registry's import endpoint and follow the run; prints the run record."""
    with _client(registry_url, api_key) as client:
        with path.open("rb") as handle:
            response = client.post(
                "/api/v1/imports", params={"dataset": chosen.name}, files={"file": (path.name, handle)}
            )
        if response.status_code != 202:
            console.print(f"[red]ditolak / refused ({response.status_code}): {response.text}[/red]")
            raise typer.Exit(1)
        run = _follow(client, response.json()["run_id"], f"impor {path.name}")
    for error in run.get("errors", [])[:20]:
        console.print(f"[yellow]baris {error['row']}[/yellow] {error['field']}: {error['reason']}")
    typer.echo(json.dumps({k: v for k, v in run.items() if k != "errors"}, default=str))
    if run["status"] != "completed":
        raise typer.Exit(1)


def _print_dry_run(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(f"dataset {result['dataset']}: {result['rows']} baris / rows, {result['accepted']} diterima / "
               f"accepted, {result['rejected']} ditolak / rejected")  # fmt: skip
    for reason, count in result["reasons"].items():
        typer.echo(f"  {count:>7}  {reason}")


def _follow(client: httpx.Client, run_id: str, label: str) -> dict[str, Any]:
    """Poll a run with a progress bar until it completes or fails."""
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed} baris"),
                  TimeElapsedColumn(), console=console) as bar:  # fmt: skip
        task = bar.add_task(label, total=None)
        while True:
            run: dict[str, Any] = client.get(f"/api/v1/imports/{run_id}").json()
            bar.update(task, completed=run["rows_read"])
            if run["status"] in ("completed", "failed"):
                return run
            time.sleep(0.5)


# ---- sync: ISB URL templates on a schedule ----------------------------------------------------------------

SYNC_ORDER = (Target.REGIONS, Target.BUYERS, Target.SUPPLIERS, Target.NEEDS, Target.NEED_LOCATIONS,
              Target.NEED_BUDGETS, Target.PRODUCTS, Target.REALISATIONS)  # fmt: skip
"""Reference data first, so the datasets that name regions and suppliers find them; realisations last, and
among them the contracts after the SPSE rows that link their tenders to a kode RUP."""


@dataclass(frozen=True)
class SyncSource:
    dataset: Dataset
    template: str  # "https://isb.example/api/.../RUP-PaketPenyedia-Terumumkan/tipe/4:12/parameter/{year}:{klpd}"

    def urls(self, years: list[int], klpds: list[str]) -> list[str]:
        if "{klpd}" not in self.template:
            klpds = [""]
        if "{year}" not in self.template:
            years = [0]
        return [self.template.format(year=year, klpd=klpd) for year, klpd in product(years, klpds)]


def parse_sources(specs: list[str]) -> list[SyncSource]:
    """`NAME=URL-TEMPLATE` pairs, in dependency order (masters before the datasets that use them)."""
    sources = []
    for spec in specs:
        name, sep, template = spec.partition("=")
        if not sep or not template.startswith(("http://", "https://")):
            raise typer.BadParameter(f"pakai NAMA=URL / use NAME=URL: {spec}", param_hint="--source")
        try:
            sources.append(SyncSource(dataset_named(name), template))
        except UnknownDataset as exc:
            raise typer.BadParameter(str(exc), param_hint="--source") from exc
    return sorted(
        sources, key=lambda source: (SYNC_ORDER.index(source.dataset.target), "Ekontrak" in source.dataset.name)
    )


class SyncState:
    """Which URLs of the current cycle are done and which run each started, in a small JSON file, so a
    sync stopped half-way continues where it stopped (and follows a run it had started)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        data = json.loads(path.read_text()) if path.exists() else {}
        self.cycle: str = data.get("cycle", "")
        self.runs: dict[str, str] = data.get("runs", {})
        self.done: set[str] = set(data.get("done", []))

    def start_cycle(self, cycle: str) -> None:
        if cycle != self.cycle:
            self.cycle, self.runs, self.done = cycle, {}, set()
            self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"cycle": self.cycle, "runs": self.runs, "done": sorted(self.done)}
        self.path.with_suffix(".tmp").write_text(json.dumps(body, indent=1))
        self.path.with_suffix(".tmp").replace(self.path)


def sync_once(client: httpx.Client, sources: list[SyncSource], years: list[int], klpds: list[str],
              state: SyncState) -> list[dict[str, Any]]:  # fmt: skip
    """Pull every URL of the cycle not yet done, one after the other, through the registry's URL import."""
    finished = []
    for source in sources:
        for url in source.urls(years, klpds):
            if url in state.done:
                continue
            run_id = state.runs.get(url)
            if run_id is not None:
                current = client.get(f"/api/v1/imports/{run_id}")
                if current.status_code == 200 and current.json()["status"] == "failed":
                    if client.post(f"/api/v1/imports/{run_id}/resume").status_code != 202:
                        run_id = None  # its download is gone: pull again
                elif current.status_code != 200:
                    run_id = None
            if run_id is None:
                response = client.post("/api/v1/imports/url", json={"dataset": source.dataset.name, "url": url})
                response.raise_for_status()
                run_id = state.runs[url] = response.json()["run_id"]
                state.save()
            run = _follow(client, run_id, f"{source.dataset.name} {url.rsplit('/', 1)[-1]}")
            finished.append(run)
            if run["status"] == "completed":
                state.done.add(url)
                state.save()
            else:
                console.print(f"[red]{source.dataset.name}: {run.get('message', '')}[/red]")
    return finished


@app.command("sync")
def sync(
    *,
    source: list[str] = typer.Option(..., "--source", help="NAME=URL template with {year} and {klpd} (repeatable)"),
    year: list[int] = typer.Option(..., "--year", help="Fiscal year (repeatable)"),
    klpd: list[str] = typer.Option([], "--klpd", help="KLPD code such as D107 (repeatable)"),
    every: float = typer.Option(0, help="Minutes between cycles; 0 pulls once"),
    state_file: Path = typer.Option(Path(".padan/sync-state.json"), "--state", help="Where progress is kept"),
    registry_url: str = typer.Option(DEFAULT_URL, envvar="PADAN_REGISTRY_URL"),
    api_key: str = typer.Option("", envvar="PADAN_OPERATOR_API_KEY", help="Operator API key (dev default if empty)"),
) -> None:
    """Pull LKPP's datasets from their ISB URLs into the registry: masters first, then suppliers, packages,
    locations, budget lines and products. A re-pull of unchanged data changes nothing and emits nothing;
    a stopped sync continues where it stopped."""
    sources = parse_sources(source)
    state = SyncState(state_file)
    with _client(registry_url, api_key) as client:
        while True:
            # A cycle left half-done (the sync was stopped) goes on; a finished one is followed by a new one.
            cycle = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}"
            state.start_cycle(state.cycle if state.cycle and len(state.done) < _total(sources, year, klpd) else cycle)
            runs = sync_once(client, sources, year, klpd or [""], state)
            failed = [run for run in runs if run["status"] != "completed"]
            typer.echo(json.dumps({"cycle": state.cycle, "runs": len(runs), "failed": len(failed),
                                   "accepted": sum(int(run.get("accepted", 0)) for run in runs)}))  # fmt: skip
            if not every:
                if failed:
                    raise typer.Exit(1)
                return
            time.sleep(every * 60)


def _total(sources: list[SyncSource], years: list[int], klpds: list[str]) -> int:
    return sum(len(source.urls(years, klpds or [""])) for source in sources)
