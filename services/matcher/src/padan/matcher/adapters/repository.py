"""The matcher's own store: the open needs it was given, the matches it made, the product versions scored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.shared.events import MatchChanged, NeedUpserted
from padan.shared.outbox import pending_event, with_outbox

SOURCE = "/padan/matcher"
OUTBOX_COLLECTIONS = ("matches", "deals")
_INTERNAL = {"outbox": 0, "outbox_pending": 0, "outbox_seq": 0}


class MatchRepository(Protocol):
    async def save_need_if_current(self, need: NeedUpserted) -> bool: ...
    def open_needs(self) -> AsyncIterator[NeedUpserted]: ...
    async def add_match_if_absent(self, match: MatchChanged) -> bool: ...
    async def product_scored_version(self, product_id: str) -> int: ...
    async def mark_product_scored(self, product_id: str, version: int) -> None: ...
    async def find_matches(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]: ...
    async def get_match(self, match_id: str) -> MatchChanged | None: ...
    async def save_match_change(self, match: MatchChanged) -> None: ...
    async def get_need(self, need_id: str) -> NeedUpserted | None: ...


class MongoMatchRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db.matches.create_index([("need_id", 1), ("product_id", 1)], unique=True)
        await self._db.matches.create_index("supplier_id")
        await self._db.matches.create_index("buyer_id")
        await self._db.needs.create_index("open")

    async def save_need_if_current(self, need: NeedUpserted) -> bool:
        """Store the need unless we hold a newer version. The same version again is still current: it is
        a redelivery after a crash, and its matching must be finished (match inserts are idempotent)."""
        document = {"version": need.version, "open": need.open, "need": need.model_dump(mode="json")}
        try:
            await self._db.needs.update_one(
                {"_id": need.need_id, "version": {"$lte": need.version}}, {"$set": document}, upsert=True
            )
        except DuplicateKeyError:
            return False  # a newer version is stored
        return True

    async def open_needs(self) -> AsyncIterator[NeedUpserted]:
        async for document in self._db.needs.find({"open": True}):
            yield NeedUpserted.model_validate(document["need"])

    async def add_match_if_absent(self, match: MatchChanged) -> bool:
        document = {
            "_id": match.match_id,
            **match.model_dump(mode="json", exclude={"match_id"}),
            "outbox": [pending_event(match, source=SOURCE)],
            "outbox_pending": True,
            "outbox_seq": 1,
        }
        try:
            await self._db.matches.insert_one(document)
        except DuplicateKeyError:
            return False
        return True

    async def product_scored_version(self, product_id: str) -> int:
        document = await self._db.scored_products.find_one({"_id": product_id})
        return int(document["version"]) if document else 0

    async def mark_product_scored(self, product_id: str, version: int) -> None:
        await self._db.scored_products.update_one({"_id": product_id}, {"$max": {"version": version}}, upsert=True)

    async def find_matches(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]:
        cursor = self._db.matches.find(filters, _INTERNAL)
        return await cursor.sort("score", -1).limit(limit).to_list(limit)

    async def get_match(self, match_id: str) -> MatchChanged | None:
        document = await self._db.matches.find_one({"_id": match_id}, _INTERNAL)
        return MatchChanged.model_validate({**document, "match_id": document["_id"]}) if document else None

    async def save_match_change(self, match: MatchChanged) -> None:
        """State and its event in one write. Filtered by _id alone (FerretDB scans on any other field);
        the lifecycle handlers serialise changes of one match within the process."""
        fields = match.model_dump(mode="json", exclude={"match_id"})
        update = with_outbox({"$set": fields}, [pending_event(match, source=SOURCE)])
        await self._db.matches.update_one({"_id": match.match_id}, update)

    async def get_need(self, need_id: str) -> NeedUpserted | None:
        document = await self._db.needs.find_one({"_id": need_id})
        return NeedUpserted.model_validate(document["need"]) if document else None
