"""In-memory stand-in for the registry's Mongo repository, for fast tests of the handlers' logic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from padan.registry.adapters.repository import TEXT_FIELDS, ConcurrentChange
from padan.registry.domain.aggregates import Kind


class FakeRegistryRepository:
    def __init__(self) -> None:
        self.documents: dict[tuple[Kind, str], dict[str, Any]] = {}
        self.outbox: list[dict[str, Any]] = []

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        document = self.documents.get((kind, aggregate_id))
        return dict(document) if document else None

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None:
        current = self.documents.get((kind, aggregate_id))
        if (current["version"] if current else 0) != expected_version:
            raise ConcurrentChange(aggregate_id)
        self.documents[(kind, aggregate_id)] = {**(current or {}), **fields, "version": expected_version + 1}
        self.outbox.extend(events)

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        fields = TEXT_FIELDS[kind]
        found = [
            doc
            for (k, _), doc in sorted(self.documents.items())
            if k is kind
            and all(doc.get(name) == value for name, value in (equals or {}).items())
            and (not text or any(text.lower() in str(doc.get(name, "")).lower() for name in fields))
        ]
        return found[skip : skip + limit]

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {i: dict(self.documents[(kind, i)]) for i in aggregate_ids if (kind, i) in self.documents}

    async def save_many(self, kind: Kind, writes: Sequence[Any]) -> list[str]:
        conflicts = []
        for aggregate_id, expected, fields, events in writes:
            try:
                await self.save(kind, aggregate_id, expected, fields, events)
            except ConcurrentChange:
                conflicts.append(aggregate_id)
        return conflicts


@pytest.fixture
def repository() -> FakeRegistryRepository:
    return FakeRegistryRepository()
