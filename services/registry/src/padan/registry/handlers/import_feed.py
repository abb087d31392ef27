"""Import a SIRUP or e-katalog feed: streamed, batched, idempotent, resumable, bad rows reported."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from padan.registry.adapters.import_runs import MAX_STORED_ERRORS, MongoImportRuns
from padan.registry.adapters.repository import RegistryRepository, VersionIndex
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertNeed, UpsertProduct
from padan.registry.domain.feeds import FeedKind, RowError, UnreadableRow, ekatalog_to_command, rup_to_command
from padan.registry.handlers.upsert import Prepared, apply_upsert_batch
from padan.registry.handlers.upsert_need import prepare_need
from padan.registry.handlers.upsert_product import prepare_product

BATCH_SIZE = 500


@dataclass
class ImportTotals:
    rows_read: int = 0
    accepted: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_STORED_ERRORS; counts stay exact

    def as_counts(self) -> dict[str, int]:
        return {
            "rows_read": self.rows_read,
            "accepted": self.accepted,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
        }


async def import_feed(
    repository: RegistryRepository,
    runs: MongoImportRuns,
    rows: Iterable[dict[str, Any] | UnreadableRow],
    kind: FeedKind,
    *,
    run_id: str,
    source: str,
    on_change: Callable[[str, Sequence[str]], None] = lambda collection, ids: None,
    on_progress: Callable[[int], None] = lambda _: None,
    batch_size: int = BATCH_SIZE,
) -> ImportTotals:
    """Every accepted change becomes exactly one event (through the outbox); a re-import of the same rows
    changes nothing and emits nothing. A run with the same id resumes after its last checkpoint.

    Whether a row is new, unchanged or changed comes from an in-memory index of the stored (content hash,
    version) per id, built by the repository once per process and kept current by every write; batches
    then cost one bulk write and no read. `on_change(collection, ids)` names the
    aggregates each batch wrote, so the outbox relay fetches just those."""
    record = await runs.start(run_id, kind.value, source)
    resume_after = int(record.get("checkpoint", 0))
    stored_errors = len(record.get("errors", []))
    totals = ImportTotals()
    batch: list[tuple[int, UpsertNeed | UpsertProduct]] = []
    batch_totals = ImportTotals()
    last_row = resume_after
    convert = rup_to_command if kind is FeedKind.RUP else ekatalog_to_command

    target = Kind.NEED if kind is FeedKind.RUP else Kind.PRODUCT

    async def flush(index: VersionIndex, suppliers: VersionIndex | None) -> None:
        nonlocal batch_totals, stored_errors
        written = await _apply(repository, batch, batch_totals, index, suppliers)
        if written:
            on_change(target.collection, written)
        keep = batch_totals.errors[: max(0, MAX_STORED_ERRORS - stored_errors)]
        stored_errors += len(keep)
        await runs.checkpoint(run_id, last_row, batch_totals.as_counts(), keep)
        for name, value in batch_totals.as_counts().items():
            setattr(totals, name, getattr(totals, name) + value)
        totals.errors.extend(batch_totals.errors[: max(0, MAX_STORED_ERRORS - len(totals.errors))])
        on_progress(batch_totals.rows_read)
        batch.clear()
        batch_totals = ImportTotals()
        # Let waiting requests take the (single) Mongo connection before the next batch grabs it again:
        # without this yield, API reads stall until the whole import is done.
        await asyncio.sleep(0)

    try:
        index = await repository.version_index(target)
        suppliers = await repository.version_index(Kind.SUPPLIER) if kind is FeedKind.EKATALOG else None
        for number, row in enumerate(rows, start=1):
            if number <= resume_after:
                continue
            last_row = number
            batch_totals.rows_read += 1
            command = _convert(convert, row, number)
            if isinstance(command, list):
                batch_totals.rejected += 1
                batch_totals.errors.extend(command)
            else:
                batch.append((number, command))
            if batch_totals.rows_read >= batch_size:
                await flush(index, suppliers)
        await flush(index, suppliers)
    except Exception as exc:
        await runs.finish(run_id, "failed", f"{type(exc).__name__}: {exc}")
        raise
    await runs.finish(run_id, "completed")
    return totals


def _convert(
    convert: Callable[[dict[str, Any], int], UpsertNeed | UpsertProduct | list[RowError]], row: Any, number: int
) -> UpsertNeed | UpsertProduct | list[RowError]:
    if isinstance(row, UnreadableRow):
        return [RowError(number, "(row)", row.reason)]
    if not isinstance(row, dict):
        return [RowError(number, "(row)", "bukan objek / not an object")]
    return convert(row, number)


async def _apply(
    repository: RegistryRepository,
    batch: list[tuple[int, UpsertNeed | UpsertProduct]],
    totals: ImportTotals,
    index: VersionIndex,
    suppliers: VersionIndex | None,
) -> list[str]:
    """Apply one batch; returns the ids written (each with exactly one new event)."""
    prepared: list[Prepared] = []
    seen: dict[str, int] = {}
    for number, command in batch:
        if isinstance(command, UpsertProduct):
            if suppliers is None or suppliers.get(aggregate_id(Kind.SUPPLIER, command.supplier_nib)) is None:
                totals.rejected += 1
                totals.errors.append(
                    RowError(number, "supplier_nib", "penyedia belum terdaftar / supplier not registered")
                )
                continue
            item = prepare_product(command)
        else:
            item = prepare_need(command)
        if item.aggregate_id in seen:  # the same key twice in one batch: the later row wins
            prepared[seen[item.aggregate_id]] = item
            totals.unchanged += 1
            continue
        seen[item.aggregate_id] = len(prepared)
        prepared.append(item)
    written = []
    for result in await apply_upsert_batch(repository, prepared, index):
        if result.changed:
            totals.accepted += 1
            written.append(result.aggregate_id)
        else:
            totals.unchanged += 1
    return written
