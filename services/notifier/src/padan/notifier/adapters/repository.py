"""The notifier's own database: contacts (from registry events), preferences, webhook subscriptions,
deliveries (the log), the retry schedule and digest buckets.

Hot paths read and write by `_id` only (FerretDB scans a collection for any other filter). The two
collections that are scanned, `schedule` and `digests`, hold only work still to do, so they stay small.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from padan.notifier.domain.planning import Contact
from padan.notifier.domain.preferences import DEFAULT_PREFERENCE, Preference
from padan.notifier.domain.subscriptions import Subscription

Document = dict[str, Any]
DUPLICATE_KEY = 11000
CACHE_ENTRIES = 50_000


class _Lru(OrderedDict[str, Any]):
    """A bounded read-through cache. Safe because this process is the only writer of its database and
    writes through it (one notifier replica; see the README)."""

    def remember(self, key: str, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > CACHE_ENTRIES:
            self.popitem(last=False)


class MongoNotifierRepository:
    def __init__(self, db: AsyncDatabase[Document]) -> None:
        self._db = db
        self._contacts = _Lru()
        self._preferences = _Lru()
        self._finished: list[str] = []

    async def ensure_indexes(self) -> None:
        await self._db.deliveries.create_index("event_id")
        await self._db.deliveries.create_index("match_id")
        await self._db.schedule.create_index("due_at")

    # Contacts (the directory of who can be reached where) -------------------------------------------
    async def remember_contact(self, contact: Contact, version: int) -> None:
        try:
            await self._db.recipients.update_one(
                {"_id": contact.party_id, "version": {"$lt": version}},
                {"$set": {"party": contact.party, "email": contact.email, "name": contact.name, "version": version}},
                upsert=True,
            )
        except DuplicateKeyError:
            return  # a newer version is already known

    async def contacts(self, party_ids: list[str]) -> dict[str, Contact]:
        found = self._db.recipients.find({"_id": {"$in": party_ids}})
        return {d["_id"]: Contact(d.get("party", ""), d["_id"], d.get("email"), d.get("name", "")) async for d in found}

    # Preferences --------------------------------------------------------------------------------------
    async def preference(self, key: str) -> Preference:
        if key not in self._preferences:
            document = await self._db.preferences.find_one({"_id": key})
            self._preferences.remember(key, Preference(document["email"]) if document else DEFAULT_PREFERENCE)
        return Preference(self._preferences[key])

    async def set_preference(self, key: str, preference: Preference, at: datetime) -> None:
        await self._db.preferences.update_one(
            {"_id": key}, {"$set": {"email": preference.value, "updated_at": at}}, upsert=True
        )
        self._preferences.remember(key, preference)

    # Webhook subscriptions -------------------------------------------------------------------------
    async def subscriptions(self) -> list[Subscription]:
        return [_subscription(d) async for d in self._db.subscriptions.find({})]

    async def subscription(self, subscription_id: str) -> Document | None:
        return await self._db.subscriptions.find_one({"_id": subscription_id})

    async def save_subscription(self, document: Document) -> None:
        await self._db.subscriptions.replace_one({"_id": document["_id"]}, document, upsert=True)

    async def delete_subscription(self, subscription_id: str) -> bool:
        return (await self._db.subscriptions.delete_one({"_id": subscription_id})).deleted_count == 1

    # Deliveries -----------------------------------------------------------------------------------------
    async def insert_deliveries(self, documents: list[Document]) -> dict[str, Document]:
        """Insert each once, in one round trip. Returns the stored documents of those already recorded."""
        if not documents:
            return {}
        try:
            await self._db.deliveries.insert_many(documents, ordered=False)
        except BulkWriteError as exc:
            duplicates = [
                documents[e["index"]]["_id"] for e in exc.details["writeErrors"] if e["code"] == DUPLICATE_KEY
            ]
            if len(duplicates) != len(exc.details["writeErrors"]):
                raise
            return {d: found for d in duplicates if (found := await self.delivery(d)) is not None}
        return {}

    async def delivery(self, delivery_id: str) -> Document | None:
        return await self._db.deliveries.find_one({"_id": delivery_id})

    async def deliveries(self, delivery_ids: list[str]) -> list[Document]:
        return await self._db.deliveries.find({"_id": {"$in": delivery_ids}}).to_list(None)

    async def update_delivery(
        self, delivery_id: str, fields: Document, attempt: Document | None = None, unset: tuple[str, ...] = ()
    ) -> None:
        update: Document = {"$set": fields}
        if attempt is not None:
            update["$push"] = {"attempts": attempt}
        if unset:
            update["$unset"] = dict.fromkeys(unset, "")
        await self._db.deliveries.update_one({"_id": delivery_id}, update)

    async def find(self, filters: Document, limit: int) -> list[Document]:
        return await self._db.deliveries.find(filters).sort("created_at", -1).limit(limit).to_list(limit)

    # Retry schedule: what is still to be sent, and when --------------------------------------------------
    async def schedule(self, delivery_id: str, due_at: datetime, action: str = "send") -> None:
        await self._db.schedule.update_one(
            {"_id": delivery_id}, {"$set": {"due_at": due_at, "action": action}}, upsert=True
        )

    async def schedule_many(self, delivery_ids: list[str], due_at: datetime) -> None:
        """Schedule new deliveries in one round trip (an entry that exists already is moved to `due_at`)."""
        if not delivery_ids:
            return
        try:
            await self._db.schedule.insert_many(
                [{"_id": i, "due_at": due_at, "action": "send"} for i in delivery_ids], ordered=False
            )
        except BulkWriteError as exc:
            for error in exc.details["writeErrors"]:
                if error["code"] != DUPLICATE_KEY:
                    raise
                await self.schedule(delivery_ids[error["index"]], due_at)

    async def unschedule(self, delivery_id: str) -> None:
        await self._db.schedule.delete_one({"_id": delivery_id})

    def unschedule_soon(self, delivery_id: str) -> None:
        """Remove a sent delivery's entry with the next read of the schedule, many in one round trip. An
        entry left behind by a crash only costs a read: its delivery is found sent and skipped."""
        self._finished.append(delivery_id)

    async def due(self, now: datetime, limit: int) -> list[Document]:
        if self._finished:
            finished, self._finished = self._finished, []
            await self._db.schedule.delete_many({"_id": {"$in": finished}})
        return await self._db.schedule.find({"due_at": {"$lte": now}}).sort("due_at", 1).limit(limit).to_list(limit)

    async def scheduled_action(self, delivery_id: str) -> str | None:
        document = await self._db.schedule.find_one({"_id": delivery_id})
        return str(document["action"]) if document else None

    # Digest buckets: per recipient, the deliveries waiting for the next digest -----------------------
    async def add_to_digest(self, recipient: str, delivery_id: str) -> None:
        await self._db.digests.update_one(
            {"_id": recipient}, {"$addToSet": {"items": delivery_id}, "$inc": {"seq": 1}}, upsert=True
        )

    async def digest_buckets(self) -> list[Document]:
        return await self._db.digests.find({}).to_list(None)

    async def remove_from_digest(self, recipient: str, seq: int, remaining: list[str]) -> bool:
        """Compare-and-set on `seq`, so an item added meanwhile is not lost (FerretDB ignores a conditional
        $pull, so the remaining list is written whole)."""
        result = await self._db.digests.update_one(
            {"_id": recipient, "seq": seq}, {"$set": {"items": remaining}, "$inc": {"seq": 1}}
        )
        return result.modified_count == 1

    async def digest_ran(self, day: str) -> bool:
        return await self._db.digest_runs.find_one({"_id": day}) is not None

    async def mark_digest_ran(self, day: str, at: datetime) -> None:
        await self._db.digest_runs.update_one({"_id": day}, {"$set": {"at": at}}, upsert=True)


def _subscription(document: Document) -> Subscription:
    return Subscription(
        subscription_id=document["_id"],
        url=document["url"],
        event_types=tuple(document.get("event_types", ())),
        secret=document["secret"],
        party_id=document.get("party_id"),
        active=document.get("active", True),
    )
