"""Read models: the latest version of each aggregate seen on the topics, so every count is idempotent."""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.shared.events import Event

READ_MODELS = ("needs", "matches", "deals", "suppliers", "products", "buyers", "meetings")


class MongoProjections:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def apply(self, read_model: str, event: Event) -> bool:
        """Keep `event` if it is newer than what we hold; an older or repeated event changes nothing."""
        document = {**event.model_dump(mode="json"), "version": event.version}
        try:
            result = await self._db[read_model].update_one(
                {"_id": event.aggregate_id(), "version": {"$lt": event.version}}, {"$set": document}, upsert=True
            )
        except DuplicateKeyError:
            return False
        return result.upserted_id is not None or result.modified_count == 1

    async def count(self, read_model: str, filters: dict[str, Any]) -> int:
        return await self._db[read_model].count_documents(filters)
