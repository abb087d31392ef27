"""`padan`: the local stack, the services, the demo, the event schemas."""

from __future__ import annotations

import asyncio
import json
import time

import typer
from rich.console import Console
from rich.table import Table

from padan.cli import stack as local_stack
from padan.cli.services import SERVICES, run_service
from padan.registry.entrypoints.cli import app as registry_cli
from padan.reporting.entrypoints.cli import app as reporting_cli

app = typer.Typer(help="Padan: P3DN business matching (IKM/UMKM x pembeli pemerintah).", no_args_is_help=True)
stack_app = typer.Typer(help="The local Kafka + FerretDB stack (no Docker needed).", no_args_is_help=True)
schemas_app = typer.Typer(help="JSON Schemas of the events.", no_args_is_help=True)
dlq_app = typer.Typer(help="Dead-letter queues <topic>.dlq: list and re-drive (docs/RUNBOOK.md).", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(schemas_app, name="schemas")
app.add_typer(dlq_app, name="dlq")
app.add_typer(registry_cli, name="registry")
app.add_typer(reporting_cli, name="reporting")
console = Console(stderr=True)


def _config() -> local_stack.StackConfig:
    try:
        return local_stack.StackConfig.from_env()
    except local_stack.StackError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


@stack_app.command("up")
def stack_up(timeout: float = typer.Option(180.0, help="Seconds to wait for health")) -> None:
    """Provision (first time only), start, and wait until Kafka and FerretDB are healthy."""
    cfg = _config()
    started = time.monotonic()
    try:
        local_stack.up(cfg, timeout=timeout)
    except local_stack.StackError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    console.print(
        f"[green]stack up[/green] in {time.monotonic() - started:.1f}s: "
        f"Kafka {cfg.kafka_bootstrap}, MongoDB-wire (FerretDB) {cfg.mongo_url}, data in {cfg.home}"
    )


@stack_app.command("down")
def stack_down() -> None:
    """Stop Kafka and FerretDB (by process id)."""
    stopped = local_stack.down(_config())
    console.print(f"stopped: {', '.join(stopped) or 'nothing was running'}")


@stack_app.command("status")
def stack_status() -> None:
    table = Table("server", "state")
    for name, state in local_stack.status(_config()).items():
        table.add_row(name, state)
    Console().print(table)


@stack_app.command("reset")
def stack_reset(yes: bool = typer.Option(False, "--yes", help="Do not ask")) -> None:
    """Stop the stack and delete its data (topics, databases). The download cache is kept."""
    if not yes:
        typer.confirm("Hapus semua data lokal (Kafka + FerretDB)? / Delete all local data?", abort=True)
    local_stack.reset(_config())
    console.print("local data deleted")


@app.command("run")
def run(service: str = typer.Argument(..., help=f"One of: {', '.join(SERVICES)}")) -> None:
    """Run one service (HTTP API + Kafka consumers + outbox relay) in the foreground."""
    if service not in SERVICES:
        console.print(f"[red]unknown service {service!r}; choose one of {', '.join(SERVICES)}[/red]")
        raise typer.Exit(2)
    run_service(service)


@app.command("demo")
def demo(
    keep_data: bool = typer.Option(False, help="Keep the data of an earlier demo instead of starting fresh"),
    exit_after_load: bool = typer.Option(False, help="Stop everything once the data is loaded (smoke test)"),
) -> None:
    """Start the stack and all four services, load the Lampung demo data, and run until Ctrl-C."""
    from padan.cli.demo import run_demo

    raise typer.Exit(run_demo(_config(), fresh=not keep_data, exit_after_load=exit_after_load))


@schemas_app.command("generate")
def schemas_generate() -> None:
    """Write the JSON Schema of every event into shared/schemas/ and its page into docs/events/ (commit both)."""
    from padan.shared.event_docs import write_event_docs
    from padan.shared.schemas import write_schemas

    for path in [*write_schemas(), *write_event_docs()]:
        console.print(f"wrote {path}")


def _bootstrap(bootstrap: str | None) -> str:
    from padan.shared.settings import default_kafka_bootstrap

    return bootstrap or default_kafka_bootstrap()


@dlq_app.command("list")
def dlq_list(
    topic: str = typer.Argument(..., help="The topic (registry.needs.v1) or its DLQ (registry.needs.v1.dlq)"),
    limit: int = typer.Option(100, min=1, help="Show at most this many records"),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line"),
    bootstrap: str | None = typer.Option(None, help="Kafka bootstrap servers (default: PADAN_KAFKA_BOOTSTRAP)"),
) -> None:
    """Show what is parked on <topic>.dlq: where it came from, which consumer parked it and why."""
    from padan.cli import dlq

    parked = asyncio.run(dlq.list_parked(_bootstrap(bootstrap), topic, limit))
    if as_json:
        for record in parked:
            typer.echo(json.dumps(record.as_dict(), ensure_ascii=False))
        return
    title = f"{dlq.source_topic(topic)}.dlq"
    table = Table("dlq offset", "key", "from", "consumer", "event", "reason", title=title)
    for record in parked:
        row = record.as_dict()
        table.add_row(
            f"{record.partition}:{record.offset}",
            record.key or "",
            f"{row['source_partition']}:{row['source_offset']}",
            row["consumer"] or "",
            row["event_type"] or "",
            record.reason[:160],
        )
    Console().print(table)
    console.print(f"{len(parked)} parked record(s)")


@dlq_app.command("redrive")
def dlq_redrive(
    topic: str = typer.Argument(..., help="The topic to republish to (or its DLQ name)"),
    limit: int | None = typer.Option(None, min=1, help="Re-drive at most this many records"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Count what would be re-driven; publish nothing"),
    group: str = typer.Option("padan-dlq-redrive", help="Consumer group that remembers what was re-driven"),
    bootstrap: str | None = typer.Option(None, help="Kafka bootstrap servers (default: PADAN_KAFKA_BOOTSTRAP)"),
) -> None:
    """Republish the records parked on <topic>.dlq to <topic>, once each (fix the cause first)."""
    from padan.cli import dlq

    result = asyncio.run(dlq.redrive(_bootstrap(bootstrap), topic, group=group, limit=limit, dry_run=dry_run))
    verb = "would re-drive" if result.dry_run else "re-drove"
    console.print(f"{verb} {result.redriven} record(s) from {result.topic}.dlq to {result.topic}")


if __name__ == "__main__":
    app()
