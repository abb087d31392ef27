"""The one way a registry aggregate changes: compare, bump the version, store state + event together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from padan.registry.adapters.repository import ConcurrentChange, RegistryRepository
from padan.registry.domain.aggregates import Kind, changed_fields
from padan.shared.events import Event
from padan.shared.outbox import pending_event

SOURCE = "/padan/registry"
_ATTEMPTS = 5


@dataclass(frozen=True)
class UpsertResult:
    aggregate_id: str
    version: int
    created: bool
    changed: bool


EventBuilder = Callable[[dict[str, Any], int, datetime], Event]


async def apply_upsert(
    repository: RegistryRepository,
    kind: Kind,
    aggregate_id: str,
    fields: dict[str, Any],
    build_event: EventBuilder,
    *,
    correlation_id: str | None = None,
) -> UpsertResult:
    """Idempotent: submitting what is already stored changes nothing and emits nothing."""
    for _ in range(_ATTEMPTS):
        current = await repository.get(kind, aggregate_id)
        version = int(current["version"]) if current else 0
        if current is not None and not changed_fields(current, fields):
            return UpsertResult(aggregate_id, version, created=False, changed=False)
        now = datetime.now(UTC)
        state = {**(current or {}), **fields}
        event = build_event(state, version + 1, now)
        entry = pending_event(event, source=SOURCE, correlation_id=correlation_id)
        try:
            await repository.save(kind, aggregate_id, version, {**fields, "updated_at": now}, [entry])
        except ConcurrentChange:
            continue
        return UpsertResult(aggregate_id, version + 1, created=current is None, changed=True)
    raise ConcurrentChange(aggregate_id)
