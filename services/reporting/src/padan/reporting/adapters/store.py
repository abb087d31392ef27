"""The reporting database, document by document (all writes by `_id`; reporting is its only writer).

`MongoStore` reads and writes straight through (the pages and the API read with it). The projection writes
through `BatchStore` (adapters/batch_store.py), which folds a batch of events in memory and, at the end of
the batch, inserts the new documents in bulk and replaces the changed ones.

What reads cost on FerretDB, the local store (it uses no secondary index: a query on any field but `_id`
decodes every document of the collection), and so why the views read as they do: a read by `_id` ~1 ms, a
document of a full pass ~0.7 ms; a drill-down's packages found by one query read all of them (18 s at 50k
packages, bench/reporting_scale.py), so a drill-down into a few hundred cells reads their members and then
the packages by `_id` (views/tables.py); the demo's 86 cells' members: 1.4 s by `_id`, 0.4 s in one pass;
500 business-matching events of 200 meetings: 16 s to read every meeting and deal, hence one small result
row per event (domain/matching_events.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypedDict, Unpack

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError

from padan.shared.mongo import READ_BATCH

Document = dict[str, Any]
DUPLICATE_KEY = 11000

READ_MODELS = (
    "needs", "matches", "deals", "suppliers", "products", "buyers", "meetings",
    "matching_events", "matching_event_rows",
    "need_cells", "need_cells_parts", "need_cells_members",
    "supplier_cells", "supplier_cells_parts", "supplier_cells_members", "generations",
    "realisations", "realisation_totals", "realisation_totals_parts", "realisation_totals_members",
)  # fmt: skip
#: (collection, `_id`) of the token the projection renews after each write (adapters/cached_store.py).
GENERATION = ("generations", "read_models")


class Documents(Protocol):
    """What the projection needs: documents by `_id`."""

    async def get(self, collection: str, doc_id: str) -> Document | None: ...

    async def put(self, collection: str, document: Document) -> None: ...


class Window(TypedDict, total=False):
    """Which documents of a query `find` returns: in `sort` order (none: the store's), `limit` (0: all) from
    `skip`."""

    sort: Sequence[tuple[str, int]]
    skip: int
    limit: int


class Store(Documents, Protocol):
    """What the pages need besides: queries."""

    async def find(
        self, collection: str, filters: Mapping[str, Any] | None = None, **window: Unpack[Window]
    ) -> list[Document]: ...

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int: ...


class MongoStore:
    # Inserts in chunks: one round trip per chunk. Only inserts: on FerretDB 1.24 an insert is far cheaper
    # than an upsert of a new document or a replace of an existing one (bulk or not), and bulk upserts of a
    # few hundred documents stalled it (figures: docs/performance.md, reporting projection).
    chunk = 200

    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self.db = db

    async def get(self, collection: str, doc_id: str) -> Document | None:
        return await self.db[collection].find_one({"_id": doc_id})

    async def put(self, collection: str, document: Document) -> None:
        await self.db[collection].replace_one({"_id": document["_id"]}, document, upsert=True)

    async def ids(self, collection: str) -> set[str]:
        """Every `_id` of the collection (one scan)."""
        return {document["_id"] async for document in self.db[collection].find({}, {"_id": 1}, batch_size=READ_BATCH)}

    async def insert_many(self, collection: str, documents: Sequence[Document]) -> None:
        """Insert new documents, a chunk per round trip; one that is there already is replaced instead."""
        for start in range(0, len(documents), self.chunk):
            chunk = documents[start : start + self.chunk]
            try:
                await self.db[collection].insert_many(chunk, ordered=False)
            except BulkWriteError as exc:
                errors = exc.details.get("writeErrors", [])
                if any(error.get("code") != DUPLICATE_KEY for error in errors):
                    raise
                for error in errors:
                    await self.put(collection, chunk[error["index"]])

    async def find(
        self, collection: str, filters: Mapping[str, Any] | None = None, **window: Unpack[Window]
    ) -> list[Document]:
        cursor = self.db[collection].find(dict(filters or {}), batch_size=READ_BATCH)
        if sort := window.get("sort", ()):
            cursor = cursor.sort(list(sort))
        if skip := window.get("skip", 0):
            cursor = cursor.skip(skip)
        if limit := window.get("limit", 0):
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
        """Drill-down filters and order. FerretDB scans anyway (so a narrow drill-down goes by the cells, see
        views/tables.py); on MongoDB these keep the wide drill-down pages fast too."""
        await self.db.needs.create_index([("group", 1), ("fiscal_year", 1), ("region_code", 1)])
        await self.db.needs.create_index([("buyer_id", 1)])
        await self.db.needs.create_index([("pagu_idr", -1), ("_id", 1)])
        await self.db.deals.create_index([("need_id", 1)])
        await self.db.matches.create_index([("need_id", 1)])
