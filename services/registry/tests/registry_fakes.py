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
from padan.registry.domain.references import PackageParts, SupplierDirectory


class FakeRegistryRepository:
    def __init__(self) -> None:
        self.documents: dict[tuple[Kind, str], dict[str, Any]] = {}
        self.outbox: list[dict[str, Any]] = []
        self.reads = 0
        self._lock = asyncio.Lock()
        self._indexes: dict[Kind, VersionIndex] = {}
        self.parts: dict[str, PackageParts] = {}
        self.regions: dict[str, str] = {}
        self.region_documents: dict[str, dict[str, Any]] = {}
        self.aliases: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self._directory: SupplierDirectory | None = None

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
        if kind is Kind.SUPPLIER and self._directory is not None:
            self._directory.learn(aggregate_id, fields)

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {i: d for i in aggregate_ids if (d := await self.get(kind, i)) is not None}

    async def supplier_directory(self) -> SupplierDirectory:
        if self._directory is None:
            self._directory = SupplierDirectory()
            for (kind, aggregate_id), document in self.documents.items():
                if kind is Kind.SUPPLIER:
                    self._directory.learn(aggregate_id, document)
            for alias, supplier_id in self.aliases.items():
                self._directory.reserve(alias, supplier_id)
        return self._directory

    async def reserve_supplier_aliases(self, aliases: dict[str, str]) -> None:
        directory = await self.supplier_directory()
        for alias, supplier_id in aliases.items():
            self.aliases.setdefault(alias, supplier_id)
            directory.reserve(alias, supplier_id)

    async def package_parts(self) -> dict[str, PackageParts]:
        return self.parts

    async def save_package_parts(self, parts: dict[str, PackageParts]) -> None:
        self.parts.update(parts)

    async def package_links(self) -> dict[str, str]:
        return self.links

    async def save_package_links(self, links: dict[str, str]) -> None:
        self.links.update(links)

    async def region_aliases(self) -> dict[str, str]:
        return self.regions

    async def save_region_aliases(self, aliases: dict[str, dict[str, Any]]) -> None:
        for key, value in aliases.items():
            self.region_documents[key] = dict(value)
            if value.get("region_code"):
                self.regions[key] = value["region_code"]

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
