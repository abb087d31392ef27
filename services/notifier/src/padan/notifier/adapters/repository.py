"""Deliveries and the recipient directory (built from registry events) in the notifier's own database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.notifier.domain.deliveries import PlannedDelivery


class MongoNotifierRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db.deliveries.create_index("event_id")
        await self._db.deliveries.create_index("match_id")

    async def remember_contact(self, party_id: str, email: str | None, version: int) -> None:
        try:
            await self._db.recipients.update_one(
                {"_id": party_id, "version": {"$lt": version}},
                {"$set": {"email": email, "version": version}},
                upsert=True,
            )
        except DuplicateKeyError:
            return  # a newer version is already known

    async def directory(self, party_ids: list[str]) -> dict[str, str | None]:
        found = self._db.recipients.find({"_id": {"$in": party_ids}})
        return {document["_id"]: document.get("email") async for document in found}

    async def record(self, delivery: PlannedDelivery, match_id: str | None) -> bool:
        """Insert once; the unique id makes a redelivered event a no-op."""
        try:
            await self._db.deliveries.insert_one(
                {
                    "_id": delivery.delivery_id,
                    "event_id": delivery.event_id,
                    "match_id": match_id,
                    "party": delivery.recipient.party,
                    "party_id": delivery.recipient.party_id,
                    "address": delivery.recipient.email,
                    "channel": delivery.channel,
                    "subject": delivery.subject,
                    "status": "queued" if delivery.recipient.email else "no_address",
                    "attempts": [],
                    "created_at": datetime.now(UTC),
                }
            )
        except DuplicateKeyError:
            return False
        return True

    async def find(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]:
        return await self._db.deliveries.find(filters).sort("created_at", -1).limit(limit).to_list(limit)
