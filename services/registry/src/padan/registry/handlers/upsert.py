"""The one way a registry aggregate changes: compare, bump the version, store state + event together
(the repository makes the read-compare-write safe against other writers, whatever the store)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository, VersionIndex, Write
from padan.registry.domain.aggregates import Kind, changed_fields, content_hash
from padan.shared.events import Event
from padan.shared.outbox import pending_event

SOURCE = "/padan/registry"

EventBuilder = Callable[[dict[str, Any], int, datetime], Event]


@dataclass(frozen=True)
class Prepared:
    """A validated submission, ready to be compared with what is stored."""

    kind: Kind
    aggregate_id: str
    fields: dict[str, Any]
    build_event: EventBuilder
    if_new: dict[str, Any] = field(default_factory=dict)
    """Fields stored only when the aggregate is created (e.g. a new supplier's verification state), so an
    update never changes them by accident."""


@dataclass(frozen=True)
class UpsertResult:
    aggregate_id: str
    version: int
    created: bool
    changed: bool


def _write(prepared: Prepared, current: dict[str, Any] | None, correlation_id: str | None) -> Write | None:
    """(id, expected version, fields to store, [outbox entry]), or None when nothing changes."""
    version = int(current["version"]) if current else 0
    if current is not None and not changed_fields(current, prepared.fields):
        return None
    now = datetime.now(UTC)
    submitted = prepared.fields if current is not None else {**prepared.if_new, **prepared.fields}
    event = prepared.build_event({**(current or {}), **submitted}, version + 1, now)
    entry = pending_event(event, source=SOURCE, correlation_id=correlation_id)
    fields = {**submitted, "content_hash": content_hash(prepared.fields), "updated_at": now}
    return prepared.aggregate_id, version, fields, [entry]


async def apply_upsert(
    repository: RegistryRepository,
    prepared: Prepared,
    *,
    correlation_id: str | None = None,
    only_if_absent: bool = False,
) -> UpsertResult:
    """Idempotent: submitting what is already stored changes nothing and emits nothing. With
    `only_if_absent`, an aggregate that exists already is left as it is (decided in the repository's
    read-compare-write, so two concurrent creations cannot both win)."""

    def decide(current: dict[str, Any] | None) -> Write | None:
        if current is not None and only_if_absent:
            return None
        return _write(prepared, current, correlation_id)

    current, written = await repository.change(prepared.kind, prepared.aggregate_id, decide)
    if written is None:
        return UpsertResult(prepared.aggregate_id, int(current["version"]) if current else 0, False, False)
    return UpsertResult(prepared.aggregate_id, written[1] + 1, created=current is None, changed=True)


async def apply_upsert_batch(
    repository: RegistryRepository, batch: Sequence[Prepared], index: VersionIndex
) -> list[UpsertResult]:
    """Many submissions of one kind in one bulk write, deciding new / unchanged / changed from `index`
    (no read per batch; the submitted fields are the whole state, so the event needs no stored document).
    Only an aggregate stored without a content hash is read, by `_id`. Ids must be distinct in the batch;
    one someone else changed between the decision and the write is applied again on its own."""
    if not batch:
        return []
    kind = batch[0].kind
    results: dict[str, UpsertResult] = {}

    async def decide() -> list[Write]:
        writes = []
        for prepared in batch:
            known = index.get(prepared.aggregate_id)
            current: dict[str, Any] | None = None
            if known is not None:
                stored_hash, version = known
                if stored_hash == content_hash(prepared.fields):
                    results[prepared.aggregate_id] = UpsertResult(prepared.aggregate_id, version, False, False)
                    continue
                current = {"version": version}
                if stored_hash is None:  # written before hashes were stored: compare with the document
                    current = await repository.get(kind, prepared.aggregate_id) or current
            write = _write(prepared, current, None)
            if write is None:
                results[prepared.aggregate_id] = UpsertResult(
                    prepared.aggregate_id, int(current["version"]) if current else 0, False, False
                )
                continue
            writes.append(write)
            results[prepared.aggregate_id] = UpsertResult(prepared.aggregate_id, write[1] + 1, current is None, True)
        return writes

    retry = set(await repository.change_many(kind, decide))
    for prepared in batch:
        if prepared.aggregate_id in retry:
            results[prepared.aggregate_id] = await apply_upsert(repository, prepared)
    return [results[p.aggregate_id] for p in batch]
