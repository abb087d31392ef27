"""In-memory stand-in for the registry's Mongo repository, for fast tests of the handlers' logic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from padan.registry.adapters.repository import ConcurrentChange
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

    async def list(self, kind: Kind, skip: int, limit: int) -> list[dict[str, Any]]:
        return [doc for (k, _), doc in sorted(self.documents.items()) if k is kind][skip : skip + limit]


@pytest.fixture
def repository() -> FakeRegistryRepository:
    return FakeRegistryRepository()
