"""`padan registry import`: send a feed file to the running registry and follow the run with a progress bar.

The import runs inside the registry service (not in this process), so the service stays the only writer
of its database and the outbox relay publishes every accepted change.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import httpx
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from padan.registry.domain.feeds import FeedKind

app = typer.Typer(help="Registry: feed imports (SIRUP RUP packages, e-katalog products).", no_args_is_help=True)
console = Console(stderr=True)


@app.command("scaled-demo")
def scaled_demo(
    directory: Path = typer.Argument(..., file_okay=False, help="Where the feed files are written"),
    *,
    products: int = typer.Option(100_000, min=1, max=10_000_000, help="e-katalog products (up to millions)"),
    needs: int = typer.Option(100_000, min=1, max=10_000_000, help="SIRUP RUP packages"),
    file_format: str = typer.Option("json", "--format", help="json or csv"),
    load: bool = typer.Option(False, help="Also register the suppliers and import both feeds into the registry"),
    registry_url: str = typer.Option("http://127.0.0.1:8101", envvar="PADAN_REGISTRY_URL"),
    api_key: str = typer.Option("", envvar="PADAN_OPERATOR_API_KEY", help="Operator API key (dev default if empty)"),
) -> None:
    """Scalable demo data: write N products and N RUP packages in LKPP's shape (streamed, constant memory),
    and with --load register their suppliers and import the feeds (each with a progress bar)."""
    from padan.registry.demo import write_scaled_feeds

    if file_format not in ("json", "csv"):
        raise typer.BadParameter("json atau csv / json or csv", param_hint="--format")
    directory.mkdir(parents=True, exist_ok=True)
    paths = write_scaled_feeds(directory, products, needs, file_format)
    console.print(f"ditulis / written: {', '.join(str(p) for p in paths.values())}")
    if not load:
        return
    key = api_key or os.environ.get("PADAN_DEMO_API_KEY", "padan-dev-operator-key")
    client = httpx.Client(base_url=registry_url, headers={"X-API-Key": key}, timeout=120)
    with client, paths["suppliers"].open(encoding="utf-8") as handle:
        for line in handle:
            client.post("/api/v1/suppliers", json=json.loads(line)).raise_for_status()
    for kind, name in ((FeedKind.EKATALOG, "ekatalog"), (FeedKind.RUP, "rup")):
        import_file(paths[name], kind, registry_url, api_key)


@app.command("import")
def import_file(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV, JSON or JSON Lines in LKPP's shape"),
    kind: FeedKind = typer.Option(..., help="rup (SIRUP packages) or ekatalog (products)"),
    registry_url: str = typer.Option("http://127.0.0.1:8101", envvar="PADAN_REGISTRY_URL"),
    api_key: str = typer.Option("", envvar="PADAN_OPERATOR_API_KEY", help="Operator API key (dev default if empty)"),
) -> None:
    """Import a feed file; prints the run record (counts and the first rejected rows) as JSON."""
    key = api_key or os.environ.get("PADAN_DEMO_API_KEY", "padan-dev-operator-key")
    with httpx.Client(base_url=registry_url, headers={"X-API-Key": key}, timeout=120) as client:
        with path.open("rb") as handle:
            response = client.post("/api/v1/imports", params={"kind": kind.value}, files={"file": (path.name, handle)})
        if response.status_code != 202:
            console.print(f"[red]ditolak / refused ({response.status_code}): {response.text}[/red]")
            raise typer.Exit(1)
        run_id = response.json()["run_id"]
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed} baris"),
                      TimeElapsedColumn(), console=console) as bar:  # fmt: skip
            task = bar.add_task(f"impor {path.name}", total=None)
            while True:
                run = client.get(f"/api/v1/imports/{run_id}").json()
                bar.update(task, completed=run["rows_read"])
                if run["status"] in ("completed", "failed"):
                    break
                time.sleep(0.5)
    for error in run.get("errors", [])[:20]:
        console.print(f"[yellow]baris {error['row']}[/yellow] {error['field']}: {error['reason']}")
    typer.echo(json.dumps({k: v for k, v in run.items() if k != "errors"}, default=str))
    if run["status"] != "completed":
        raise typer.Exit(1)
