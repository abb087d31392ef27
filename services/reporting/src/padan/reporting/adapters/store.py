"""The reporting database, document by document (all writes by `_id`; reporting is its only writer).

Two modes:
- write-through (the live consumer): every `put` is written at once, in the order the handler makes them,
  which is what keeps the handlers' crash ordering (see handlers/settle.py). Because this process is the
  only writer of its database, what it last wrote is what the database holds: documents are remembered
  (bounded LRU) so a read is a round trip only the first time, and a `put` of an unchanged document is
  skipped. One reporting process per database, then (see README).
- batched (rebuild): documents are read once, kept in memory while a batch of events is applied, and
  written together at `flush()`. A rebuild that stops half-way is simply run again from empty.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase

Document = dict[str, Any]

READ_MODELS = (
    "needs", "matches", "deals", "suppliers", "products", "buyers", "meetings", "matching_events",
    "need_cells", "need_cells_members", "supplier_cells", "supplier_cells_members",
)  # fmt: skip


class Store(Protocol):
    async def get(self, collection: str, doc_id: str) -> Document | None: ...

    async def put(self, collection: str, document: Document) -> None: ...

    async def find(
        self,
        collection: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sequence[tuple[str, int]] = (),
        skip: int = 0,
        limit: int = 0,
    ) -> list[Document]: ...

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int: ...


class MongoStore:
    def __init__(self, db: AsyncDatabase[Document], *, batched: bool = False, remember: int = 200_000) -> None:
        self.db = db
        self.batched = batched
        self.remember = remember
        self._cache: OrderedDict[tuple[str, str], Document | None] = OrderedDict()
        self._dirty: dict[tuple[str, str], None] = {}

    async def get(self, collection: str, doc_id: str) -> Document | None:
        key = (collection, doc_id)
        if key not in self._cache:
            self._cache[key] = await self.db[collection].find_one({"_id": doc_id})
        if self.batched:
            return self._cache[key]
        self._cache.move_to_end(key)
        self._forget_oldest()
        # A copy: the caller changes it, and the remembered one must stay what the database holds.
        return copy.deepcopy(self._cache[key])

    async def put(self, collection: str, document: Document) -> None:
        key = (collection, document["_id"])
        if self.batched:
            self._cache[key] = document
            self._dirty[key] = None
            return
        if self._cache.get(key) == document:
            return
        try:
            await self.db[collection].replace_one({"_id": document["_id"]}, document, upsert=True)
        except Exception:
            self._cache.pop(key, None)  # it may or may not have landed: read it again next time
            raise
        self._cache[key] = copy.deepcopy(document)
        self._cache.move_to_end(key)
        self._forget_oldest()

    def _forget_oldest(self) -> None:
        while len(self._cache) > self.remember:
            self._cache.popitem(last=False)

    async def flush(self) -> int:
        """Write the batch's changed documents (batched mode); returns how many."""
        # One replace per document, not bulk_write: FerretDB 1.24 stalled on bulk upserts of these documents.
        for collection, doc_id in self._dirty:
            document = self._cache[(collection, doc_id)]
            assert document is not None
            await self.db[collection].replace_one({"_id": doc_id}, document, upsert=True)
        written = len(self._dirty)
        self._dirty.clear()
        self._cache.clear()
        return written

    async def find(
        self,
        collection: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sequence[tuple[str, int]] = (),
        skip: int = 0,
        limit: int = 0,
    ) -> list[Document]:
        cursor = self.db[collection].find(dict(filters or {}))
        if sort:
            cursor = cursor.sort(list(sort))
        if skip:
            cursor = cursor.skip(skip)
        if limit:
            cursor = cursor.limit(limit)
        return [document async for document in cursor]

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int:
        return await self.db[collection].count_documents(dict(filters or {}))

    async def drop_all(self) -> None:
        """Empty read models. Created up front, so no write has to create one."""
        for collection in READ_MODELS:
            await self.db.drop_collection(collection)
            await self.db.create_collection(collection)

    async def ensure_indexes(self) -> None:
        """Drill-down filters. FerretDB scans anyway; on MongoDB these keep the drill-down pages fast."""
        await self.db.needs.create_index([("group", 1), ("fiscal_year", 1), ("region_code", 1)])
        await self.db.needs.create_index([("buyer_id", 1)])
        await self.db.deals.create_index([("need_id", 1)])
        await self.db.matches.create_index([("need_id", 1)])
