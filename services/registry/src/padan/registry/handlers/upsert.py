"""The one way a registry aggregate changes: compare, bump the version, store state + event together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from padan.registry.adapters.repository import ConcurrentChange, RegistryRepository
from padan.registry.domain.aggregates import Kind, changed_fields
from padan.shared.events import Event
from padan.shared.outbox import pending_event

SOURCE = "/padan/registry"
_ATTEMPTS = 5

EventBuilder = Callable[[dict[str, Any], int, datetime], Event]


@dataclass(frozen=True)
class Prepared:
    """A validated submission, ready to be compared with what is stored."""

    kind: Kind
    aggregate_id: str
    fields: dict[str, Any]
    build_event: EventBuilder


@dataclass(frozen=True)
class UpsertResult:
    aggregate_id: str
    version: int
    created: bool
    changed: bool


def _write(
    prepared: Prepared, current: dict[str, Any] | None, correlation_id: str | None
) -> tuple[int, dict[str, Any], dict[str, Any]] | None:
    """(expected version, fields to store, outbox entry), or None when nothing changes."""
    version = int(current["version"]) if current else 0
    if current is not None and not changed_fields(current, prepared.fields):
        return None
    now = datetime.now(UTC)
    event = prepared.build_event({**(current or {}), **prepared.fields}, version + 1, now)
    entry = pending_event(event, source=SOURCE, correlation_id=correlation_id)
    return version, {**prepared.fields, "updated_at": now}, entry


async def apply_upsert(
    repository: RegistryRepository, prepared: Prepared, *, correlation_id: str | None = None
) -> UpsertResult:
    """Idempotent: submitting what is already stored changes nothing and emits nothing."""
    for _ in range(_ATTEMPTS):
        current = await repository.get(prepared.kind, prepared.aggregate_id)
        write = _write(prepared, current, correlation_id)
        if write is None:
            return UpsertResult(prepared.aggregate_id, int(current["version"]) if current else 0, False, False)
        version, fields, entry = write
        try:
            await repository.save(prepared.kind, prepared.aggregate_id, version, fields, [entry])
        except ConcurrentChange:
            continue
        return UpsertResult(prepared.aggregate_id, version + 1, created=current is None, changed=True)
    raise ConcurrentChange(prepared.aggregate_id)


async def apply_upsert_batch(repository: RegistryRepository, batch: Sequence[Prepared]) -> list[UpsertResult]:
    """Many submissions of one kind in two round trips (one read, one bulk write); an aggregate changed by
    someone else meanwhile is retried on its own. Ids must be distinct within the batch."""
    if not batch:
        return []
    kind = batch[0].kind
    current = await repository.get_many(kind, [p.aggregate_id for p in batch])
    results: dict[str, UpsertResult] = {}
    writes = []
    for prepared in batch:
        stored = current.get(prepared.aggregate_id)
        write = _write(prepared, stored, None)
        if write is None:
            results[prepared.aggregate_id] = UpsertResult(
                prepared.aggregate_id, int(stored["version"]) if stored else 0, False, False
            )
            continue
        version, fields, entry = write
        writes.append((prepared.aggregate_id, version, fields, [entry]))
        results[prepared.aggregate_id] = UpsertResult(prepared.aggregate_id, version + 1, stored is None, True)
    conflicts: set[str] = set(await repository.save_many(kind, writes)) if writes else set()
    for prepared in batch:
        if prepared.aggregate_id in conflicts:
            results[prepared.aggregate_id] = await apply_upsert(repository, prepared)
    return [results[p.aggregate_id] for p in batch]
