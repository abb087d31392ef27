"""Where registry aggregates live: MongoDB, one collection per kind, outbox embedded in each document."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
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
    """The aggregate was created by someone else between our read and our write; the caller retries."""


class VersionIndex:
    """(content hash, version) of every stored aggregate of one kind, keyed by id.

    On FerretDB any filter but `_id` equality scans the whole collection, so an import cannot ask the
    store "which of these 500 ids exist, at which version" per batch. The repository builds this index
    once per kind and process (one projection scan) and keeps it current with every write it makes, as
    the registry process is the only writer of its database. Entries are packed (id digest as bytes,
    hash and version in one int: about 120 bytes each, 12 MB per 100k aggregates)."""

    def __init__(self) -> None:
        self._entries: dict[bytes | str, int] = {}

    @staticmethod
    def _key(aggregate_id: str) -> bytes | str:
        prefix, _, digest = aggregate_id.partition("-")
        try:
            return prefix.encode() + bytes.fromhex(digest)
        except ValueError:
            return aggregate_id

    def get(self, aggregate_id: str) -> tuple[str | None, int] | None:
        """(content hash, or None for a document stored without one; version), or None when absent."""
        packed = self._entries.get(self._key(aggregate_id))
        if packed is None:
            return None
        if packed < 0:
            return None, -packed
        return f"{packed >> 32:016x}", packed & 0xFFFFFFFF

    def set(self, aggregate_id: str, content_hash: str | None, version: int) -> None:
        self._entries[self._key(aggregate_id)] = (int(content_hash, 16) << 32 | version) if content_hash else -version

    def set_if_absent(self, aggregate_id: str, content_hash: str | None, version: int) -> None:
        if self._key(aggregate_id) not in self._entries:
            self.set(aggregate_id, content_hash, version)

    def __len__(self) -> int:
        return len(self._entries)


class RegistryRepository(Protocol):
    def exclusive(self) -> AbstractAsyncContextManager[Any]:
        """Held around every read-compare-write: the registry process is the only writer of its database,
        so writes need no version filter (which FerretDB cannot serve from its `_id` index)."""
        ...

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None: ...

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None: ...

    async def version_index(self, kind: Kind) -> VersionIndex: ...

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]: ...

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]: ...


Write = tuple[str, int, dict[str, Any], Sequence[dict[str, Any]]]  # id, expected version, fields, events


class MongoRegistryRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]], lock: asyncio.Lock | None = None) -> None:
        """`lock` is shared with the outbox relay, so its `_id`-only rewrites cannot interleave with ours."""
        self._db = db
        self._lock = lock or asyncio.Lock()
        self._indexes: dict[Kind, VersionIndex] = {}
        self._building = {kind: asyncio.Lock() for kind in Kind}

    def exclusive(self) -> asyncio.Lock:
        return self._lock

    async def ensure_indexes(self) -> None:
        await self._db[Kind.SUPPLIER.collection].create_index("nib", unique=True)
        await self._db[Kind.BUYER.collection].create_index("satker_code", unique=True)
        await self._db[Kind.NEED.collection].create_index("kode_rup", unique=True)
        await self._db[Kind.PRODUCT.collection].create_index("supplier_id")
        await self._db[Kind.NEED.collection].create_index("satker_code")

    async def mark_legacy_suppliers_verified(self) -> int:
        """Suppliers stored before verification existed count as verified, as their events read (the
        SupplierUpserted default); from now on every write states it. Run once at start: on FerretDB the
        filter scans the collection, and afterwards it finds nothing."""
        async with self._lock:
            result = await self._db[Kind.SUPPLIER.collection].update_many(
                {"verified": {"$exists": False}}, {"$set": {"verified": True}}
            )
        return int(result.modified_count)

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
        """State and events in one single-document write, addressed by `_id` only (see `exclusive`)."""
        collection = self._db[kind.collection]
        if expected_version == 0:
            try:
                await collection.insert_one(_new_document(aggregate_id, fields, events))
            except DuplicateKeyError as exc:
                raise ConcurrentChange(aggregate_id) from exc
        else:
            await collection.update_one({"_id": aggregate_id}, _update(expected_version, fields, events))
        self._indexed(kind, aggregate_id, expected_version + 1, fields)

    async def version_index(self, kind: Kind) -> VersionIndex:
        """The kind's index, built on first use by one projection scan. Writes go on meanwhile: they land
        in the index from the start, and the scan fills only the ids no write has touched."""
        async with self._building[kind]:
            index = self._indexes.get(kind)
            if index is not None:
                return index
            index = self._indexes[kind] = VersionIndex()
            try:
                cursor = self._db[kind.collection].find({}, {"content_hash": 1, "version": 1}, batch_size=1000)
                async for document in cursor:
                    index.set_if_absent(document["_id"], document.get("content_hash"), int(document.get("version", 0)))
                    if len(index) % 1000 == 0:
                        await asyncio.sleep(0)  # between batches, let waiting requests use the connection
            except BaseException:
                del self._indexes[kind]
                raise
            return index

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]:
        """One unordered bulk write addressed by `_id`; returns the ids not written (an insert whose id
        someone else created meanwhile), for the caller to retry one by one."""
        operations = [_operation(*write) for write in writes]
        failed: set[int] = set()
        try:
            await self._db[kind.collection].bulk_write(operations, ordered=False)
        except BulkWriteError as exc:
            failed = {int(error["index"]) for error in exc.details.get("writeErrors", [])}
        for position, (aggregate_id, expected, fields, _) in enumerate(writes):
            if position not in failed:
                self._indexed(kind, aggregate_id, expected + 1, fields)
        return [writes[position][0] for position in sorted(failed)]

    def _indexed(self, kind: Kind, aggregate_id: str, version: int, fields: dict[str, Any]) -> None:
        if (index := self._indexes.get(kind)) is not None:
            index.set(aggregate_id, fields.get("content_hash"), version)

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


def _new_document(aggregate_id: str, fields: dict[str, Any], events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    document = {"_id": aggregate_id, **fields, "version": 1, "outbox": list(events)}
    return document | {"outbox_pending": bool(events), "outbox_seq": 1}


def _update(expected_version: int, fields: dict[str, Any], events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return with_outbox({"$set": {**fields, "version": expected_version + 1}}, events)


def _operation(
    aggregate_id: str, expected_version: int, fields: dict[str, Any], events: Sequence[dict[str, Any]]
) -> InsertOne[dict[str, Any]] | UpdateOne:
    """The insert of a new aggregate or the `_id`-addressed update of a stored one, with its events."""
    if expected_version == 0:
        return InsertOne(_new_document(aggregate_id, fields, events))
    return UpdateOne({"_id": aggregate_id}, _update(expected_version, fields, events))
