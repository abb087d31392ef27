"""`padan reporting rebuild` and `padan reporting check`: the read models from the topics, again."""

from __future__ import annotations

import asyncio
import time

import typer
from pymongo import AsyncMongoClient
from rich.console import Console

from padan.reporting.handlers.rebuild import rebuild
from padan.reporting.settings import Settings
from padan.reporting.views.figures import differences, figures

app = typer.Typer(help="Reporting: rebuild the read models by replaying every topic.", no_args_is_help=True)
console = Console(stderr=True)


async def _rebuild(settings: Settings, database: str) -> None:
    client: AsyncMongoClient[dict] = AsyncMongoClient(  # type: ignore[type-arg]
        settings.mongo_url.get_secret_value(), maxPoolSize=settings.store.max_pool_size
    )
    try:
        stats = await rebuild(
            client[database],
            settings.kafka_bootstrap,
            on_batch=lambda topic, count: console.print(f"  {topic}: {count} events", highlight=False),
        )
    finally:
        await client.close()
    console.print(
        f"[green]rebuilt[/green] {database}: {stats.total} events in {stats.seconds:.1f} s "
        f"({stats.events_per_second:.0f} events/s), {stats.documents_written} documents written"
    )


@app.command("rebuild")
def rebuild_command(
    database: str = typer.Option("", help="Database to rebuild (default: the service's own)"),
    yes: bool = typer.Option(False, "--yes", help="Do not ask"),
) -> None:
    """Drop the read models and replay every topic from the start. Stop the reporting service first when
    rebuilding its own database; its consumer group then resumes where it was (events are idempotent)."""
    settings = Settings()
    target = database or settings.mongo_database
    if not yes:
        typer.confirm(f"Bangun ulang / rebuild {target} (reporting service stopped)?", abort=True)
    asyncio.run(_rebuild(settings, target))


async def _check(settings: Settings, live: str) -> list[str]:
    client: AsyncMongoClient[dict] = AsyncMongoClient(  # type: ignore[type-arg]
        settings.mongo_url.get_secret_value(), maxPoolSize=settings.store.max_pool_size
    )
    scratch = f"{live}_check_{int(time.time())}"
    try:
        stats = await rebuild(client[scratch], settings.kafka_bootstrap)
        console.print(f"replayed {stats.total} events into {scratch} in {stats.seconds:.1f} s")
        return differences(await figures(client[live]), await figures(client[scratch]))
    finally:
        await client.drop_database(scratch)
        await client.close()


@app.command("check")
def check_command(database: str = typer.Option("", help="Live database (default: the service's own)")) -> None:
    """Replay every topic into a scratch database and compare every dashboard figure with the live one.
    Exit code 1 when any figure differs (while events are still flowing, a difference can be just lag)."""
    settings = Settings()
    found = asyncio.run(_check(settings, database or settings.mongo_database))
    for line in found[:50]:
        console.print(f"[red]{line}[/red]", highlight=False)
    if found:
        raise typer.Exit(1)
    console.print("[green]same figures[/green]: replay == live")
