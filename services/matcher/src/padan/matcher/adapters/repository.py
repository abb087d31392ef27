"""The matcher's own store: the open needs it was given, the matches it made, the product versions scored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError

from padan.shared.events import MatchChanged, NeedUpserted
from padan.shared.outbox import pending_event, with_outbox

SOURCE = "/padan/matcher"
OUTBOX_COLLECTIONS = ("matches", "deals")
DUPLICATE_KEY = 11000
_INTERNAL = {"outbox": 0, "outbox_pending": 0, "outbox_seq": 0}


class MatchRepository(Protocol):
    async def save_need_if_current(self, need: NeedUpserted) -> bool: ...
    def open_needs(self) -> AsyncIterator[NeedUpserted]: ...
    async def add_matches_if_absent(self, matches: list[MatchChanged]) -> list[str]: ...
    async def mark_product_scored(self, product_id: str, version: int, partitions: set[int]) -> None: ...
    async def scored_versions(self) -> dict[str, dict[int, int]]: ...
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
        stored = await self._db.needs.find_one({"_id": need.need_id}, {"version": 1})
        if stored is not None and stored["version"] > need.version:
            return False
        # By _id alone (FerretDB scans on any other filter field): a need's versions arrive in order on
        # one partition, handled by one replica at a time, so nobody else writes this document meanwhile.
        document = {"version": need.version, "open": need.open, "need": need.model_dump(mode="json")}
        await self._db.needs.update_one({"_id": need.need_id}, {"$set": document}, upsert=True)
        return True

    async def open_needs(self) -> AsyncIterator[NeedUpserted]:
        async for document in self._db.needs.find({"open": True}):
            yield NeedUpserted.model_validate(document["need"])

    async def add_matches_if_absent(self, matches: list[MatchChanged]) -> list[str]:
        """Insert the matches not stored yet (one round trip); returns the ids inserted now. The _id is
        the pair's deterministic id, so a redelivered need or product cannot store a match twice."""
        if not matches:
            return []
        documents = [
            {
                "_id": match.match_id,
                **match.model_dump(mode="json", exclude={"match_id"}),
                "outbox": [pending_event(match, source=SOURCE)],
                "outbox_pending": True,
                "outbox_seq": 1,
            }
            for match in matches
        ]
        try:
            await self._db.matches.insert_many(documents, ordered=False)
        except BulkWriteError as error:
            failed = {documents[e["index"]]["_id"] for e in error.details.get("writeErrors", [])}
            if any(e.get("code") != DUPLICATE_KEY for e in error.details.get("writeErrors", [])):
                raise
            return [m.match_id for m in matches if m.match_id not in failed]
        return [match.match_id for match in matches]

    async def mark_product_scored(self, product_id: str, version: int, partitions: set[int]) -> None:
        versions = {f"p{partition}": version for partition in partitions}
        await self._db.scored_products.update_one({"_id": product_id}, {"$max": versions}, upsert=True)

    async def scored_versions(self) -> dict[str, dict[int, int]]:
        return {
            document["_id"]: {int(key[1:]): int(value) for key, value in document.items() if key != "_id"}
            async for document in self._db.scored_products.find({})
        }

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
