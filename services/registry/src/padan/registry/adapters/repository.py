"""Where registry aggregates live: MongoDB, one collection per kind, outbox embedded in each document."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from pymongo import InsertOne, UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from padan.registry.domain.aggregates import Kind
from padan.shared.outbox import with_outbox

COLLECTIONS = tuple(kind.collection for kind in Kind)
TEXT_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.SUPPLIER: ("name", "address"),
    Kind.PRODUCT: ("name", "description", "category"),
    Kind.BUYER: ("name",),
    Kind.NEED: ("package_name", "specification"),
}


class ConcurrentChange(Exception):
    """Someone else changed the aggregate between our read and our write; the caller retries."""


class RegistryRepository(Protocol):
    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None: ...

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None: ...

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]: ...

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]: ...

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]: ...


Write = tuple[str, int, dict[str, Any], Sequence[dict[str, Any]]]  # id, expected version, fields, events


class MongoRegistryRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db[Kind.SUPPLIER.collection].create_index("nib", unique=True)
        await self._db[Kind.BUYER.collection].create_index("satker_code", unique=True)
        await self._db[Kind.NEED.collection].create_index("kode_rup", unique=True)
        await self._db[Kind.PRODUCT.collection].create_index("supplier_id")
        await self._db[Kind.NEED.collection].create_index("satker_code")

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        return await self._db[kind.collection].find_one({"_id": aggregate_id}, {"outbox": 0})

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None:
        """State and events in one single-document write, guarded by the version we read."""
        collection = self._db[kind.collection]
        new_version = expected_version + 1
        if expected_version == 0:
            document = {"_id": aggregate_id, **fields, "version": new_version, "outbox": list(events)}
            document |= {"outbox_pending": bool(events), "outbox_seq": 1}
            try:
                await collection.insert_one(document)
            except DuplicateKeyError as exc:
                raise ConcurrentChange(aggregate_id) from exc
            return
        update = with_outbox({"$set": {**fields, "version": new_version}}, events)
        result = await collection.update_one({"_id": aggregate_id, "version": expected_version}, update)
        if result.matched_count == 0:
            raise ConcurrentChange(aggregate_id)

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        cursor = self._db[kind.collection].find({"_id": {"$in": list(aggregate_ids)}}, {"outbox": 0})
        return {document["_id"]: document async for document in cursor}

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]:
        """One unordered bulk write; returns the ids that someone else changed meanwhile (not written)."""
        operations: list[Any] = []
        for aggregate_id, expected, fields, events in writes:
            if expected == 0:
                document = {"_id": aggregate_id, **fields, "version": 1, "outbox": list(events)}
                operations.append(InsertOne(document | {"outbox_pending": bool(events), "outbox_seq": 1}))
            else:
                update = with_outbox({"$set": {**fields, "version": expected + 1}}, events)
                operations.append(UpdateOne({"_id": aggregate_id, "version": expected}, update))
        try:
            result = await self._db[kind.collection].bulk_write(operations, ordered=False)
        except BulkWriteError:  # duplicate inserts are races; found below like lost updates
            pass
        else:
            if result.inserted_count + result.modified_count == len(operations):
                return []  # every write landed on the version it expected: no re-read needed
        stored = await self.get_many(kind, [w[0] for w in writes])
        return [w[0] for w in writes if stored.get(w[0], {}).get("version") != w[1] + 1 or not _has(stored[w[0]], w[2])]

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """A page in id order; `text` matches words case-insensitively in the kind's text fields (a plain
        substring match, escaped), `equals` filters on exact field values."""
        query: dict[str, Any] = dict(equals or {})
        if text:
            pattern = re.escape(text.strip())
            query["$or"] = [{name: {"$regex": pattern, "$options": "i"}} for name in TEXT_FIELDS[kind]]
        cursor = self._db[kind.collection].find(query, {"outbox": 0}).sort("_id", 1).skip(skip).limit(limit)
        return await cursor.to_list(limit)


def _has(document: dict[str, Any], fields: dict[str, Any]) -> bool:
    return all(document.get(name) == value for name, value in fields.items() if name != "updated_at")
