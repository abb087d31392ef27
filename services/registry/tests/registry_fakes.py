"""In-memory stand-ins for the registry's Mongo repository and import-run records, for fast tests of the
handlers' logic."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from padan.registry.adapters.repository import TEXT_FIELDS, ConcurrentChange, VersionIndex
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.feeds import RowError


class FakeRegistryRepository:
    def __init__(self) -> None:
        self.documents: dict[tuple[Kind, str], dict[str, Any]] = {}
        self.outbox: list[dict[str, Any]] = []
        self.reads = 0
        self._lock = asyncio.Lock()
        self._indexes: dict[Kind, VersionIndex] = {}

    def exclusive(self) -> asyncio.Lock:
        return self._lock

    async def version_index(self, kind: Kind) -> VersionIndex:
        if kind not in self._indexes:
            index = self._indexes[kind] = VersionIndex()
            for (k, aggregate_id), document in self.documents.items():
                if k is kind:
                    index.set(aggregate_id, document.get("content_hash"), document["version"])
        return self._indexes[kind]

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        self.reads += 1
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
        if kind in self._indexes:
            self._indexes[kind].set(aggregate_id, fields.get("content_hash"), expected_version + 1)

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

    async def save_many(self, kind: Kind, writes: Sequence[Any]) -> list[str]:
        conflicts = []
        for aggregate_id, expected, fields, events in writes:
            try:
                await self.save(kind, aggregate_id, expected, fields, events)
            except ConcurrentChange:
                conflicts.append(aggregate_id)
        return conflicts


class FakeRuns:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    async def start(self, run_id: str, kind: str, source: str) -> dict[str, Any]:
        record = self.records.setdefault(
            run_id, {"_id": run_id, "kind": kind, "source": source, "checkpoint": 0, "errors": [], "rows_read": 0}
        )
        record["status"] = "running"
        return dict(record)

    async def checkpoint(self, run_id: str, row: int, counts: dict[str, int], errors: list[RowError]) -> None:
        record = self.records[run_id]
        record["checkpoint"] = row
        for name, value in counts.items():
            record[name] = record.get(name, 0) + value
        record["errors"] += [asdict(e) for e in errors]

    async def finish(self, run_id: str, status: str, message: str = "") -> None:
        self.records[run_id] |= {"status": status, "message": message}
