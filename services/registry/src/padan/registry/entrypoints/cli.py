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
