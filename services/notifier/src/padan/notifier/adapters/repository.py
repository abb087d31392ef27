"""The notifier's own database: contacts (from registry events), preferences, webhook subscriptions,
deliveries (the log), the retry schedule and digest buckets.

Hot paths read and write by `_id` only: FerretDB scans a collection for any other filter (`$in` on `_id`
included). Its updates and deletes, even by `_id`, read the whole table (time grows with the collection's
bytes: an update by `_id` took 18 ms at 500 deliveries and 176 ms at 2,000), while inserts and reads by
`_id` stay a few milliseconds. So the hot path inserts where it can: the bodies of a delivery (email text
and HTML, webhook body) go once into `messages` and the `deliveries` document that is updated stays small,
and the start of each attempt is an insert into `attempt_starts`, not an update. The collections that are
scanned or deleted from, `schedule` and `digests`, hold only work still to do.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from padan.notifier.domain.deliveries import OPEN, NewDelivery, Status
from padan.notifier.domain.planning import Contact
from padan.notifier.domain.preferences import DEFAULT_PREFERENCE, Preference
from padan.notifier.domain.subscriptions import Subscription

Document = dict[str, Any]
DUPLICATE_KEY = 11000
CACHE_ENTRIES = 50_000


class NotifierRepository(Protocol):
    """What the notifier's handlers and entrypoints keep and find. Every store behind it (MongoDB in
    production, FerretDB locally, the in-memory fake of the unit tests) gives each method the same meaning;
    how a store makes it fast is its own business."""

    # Contacts: who can be reached where, from the registry's events.
    async def remember_contact(self, contact: Contact, version: int) -> None:
        """Keep the contact unless a version as new or newer is known already."""

    async def contacts(self, party_ids: list[str]) -> dict[str, Contact]:
        """The known contacts among `party_ids` (unknown parties are left out)."""

    # Preferences (per recipient key, e.g. `supplier:<id>`).
    async def preference(self, key: str) -> Preference:
        """The recipient's e-mail preference; the default when none was set."""

    async def set_preference(self, key: str, preference: Preference, at: datetime) -> None: ...

    # Webhook subscriptions.
    async def subscriptions(self) -> list[Subscription]: ...
    async def subscription(self, subscription_id: str) -> Document | None: ...
    async def save_subscription(self, document: Document) -> None: ...
    async def delete_subscription(self, subscription_id: str) -> bool: ...

    async def cancel_open(self, channel: str, party_id: str, at: datetime, reason: str) -> list[str]:
        """Cancel the deliveries of `party_id` on `channel` that still had a try to come (OPEN states), take
        them off the schedule; their ids."""

    # Deliveries (the log).
    async def insert_deliveries(self, deliveries: Sequence[NewDelivery]) -> dict[str, Document]:
        """Record each delivery with its bodies, once: those recorded before are left as they are and
        returned (as stored, without bodies) by id."""

    async def delivery(self, delivery_id: str) -> Document | None:
        """A delivery without its bodies (the log and the state machine need no more)."""

    async def delivery_with_bodies(self, delivery_id: str) -> Document | None: ...

    async def with_bodies(self, delivery: Document) -> Document:
        """`delivery` (as read by `delivery`) with its bodies joined back under its channel."""

    async def deliveries(self, delivery_ids: list[str]) -> list[Document]:
        """The deliveries among the ids that exist, without bodies."""

    async def start_attempt(self, delivery_id: str, sequence: int, at: datetime) -> bool:
        """Note that try number `sequence` begins. False when it was noted before (a try whose outcome
        was never recorded: the process died mid-send)."""

    async def update_delivery(
        self, delivery_id: str, fields: Document, attempt: Document | None = None, unset: tuple[str, ...] = ()
    ) -> None:
        """Set `fields`, append `attempt` to the attempt log, remove the `unset` fields, in one write."""

    async def find(self, filters: Document, limit: int) -> list[Document]:
        """Deliveries whose fields equal `filters`, newest (`created_at`) first."""

    # The schedule: what is still to be sent, and when.
    async def schedule(self, delivery_id: str, due_at: datetime, action: str = "send") -> None:
        """Add the entry, or move it to `due_at` with `action` (`send` or `dlq`)."""

    async def schedule_many(self, delivery_ids: list[str], due_at: datetime) -> None:
        """`schedule` for each, to be sent."""

    async def unschedule(self, delivery_id: str) -> None: ...

    def unschedule_soon(self, delivery_id: str) -> None:
        """Unschedule a sent delivery at the latest with the next `due` (a stale entry costs only a read:
        the worker finds the delivery settled)."""

    async def due(self, now: datetime, limit: int) -> list[Document]:
        """Entries (`_id`, `due_at`, `action`) due at `now`, earliest first."""

    # Digest buckets: per recipient, the deliveries waiting for the next digest.
    async def add_to_digest(self, recipient: str, delivery_ids: list[str]) -> None:
        """Add the ids (each once) and count the change in the bucket's `seq`."""

    async def digest_buckets(self) -> list[Document]:
        """Every bucket: `_id` (the recipient key), `items`, `seq`."""

    async def remove_from_digest(self, recipient: str, seq: int, remaining: list[str]) -> bool:
        """Leave `remaining` in the bucket if nothing changed it since `seq` was read; False otherwise."""

    async def digest_ran(self, day: str) -> bool: ...
    async def mark_digest_ran(self, day: str, at: datetime) -> None: ...


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
    # Cached with their version, a party nobody registered as None: this process is their only writer.
    async def remember_contact(self, contact: Contact, version: int) -> None:
        known = await self._contact(contact.party_id)
        if known is not None and known[1] >= version:
            return  # a newer version is already known (topics are redelivered, registrations re-sent)
        await self._db.recipients.update_one(
            {"_id": contact.party_id},
            {"$set": {"party": contact.party, "email": contact.email, "name": contact.name, "version": version}},
            upsert=True,
        )
        self._contacts.remember(contact.party_id, (contact, version))

    async def contacts(self, party_ids: list[str]) -> dict[str, Contact]:
        found = {party_id: await self._contact(party_id) for party_id in dict.fromkeys(party_ids)}
        return {party_id: known[0] for party_id, known in found.items() if known is not None}

    async def _contact(self, party_id: str) -> tuple[Contact, int] | None:
        """One read by `_id` per party not seen yet (`$in` would scan the whole directory on FerretDB)."""
        if party_id not in self._contacts:
            d = await self._db.recipients.find_one({"_id": party_id})
            contact = Contact(d.get("party", ""), d["_id"], d.get("email"), d.get("name", "")) if d else None
            self._contacts.remember(party_id, (contact, int(d.get("version", 0))) if d else None)
        found: tuple[Contact, int] | None = self._contacts[party_id]
        return found

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
        return [Subscription.from_document(d) async for d in self._db.subscriptions.find({})]

    async def subscription(self, subscription_id: str) -> Document | None:
        return await self._db.subscriptions.find_one({"_id": subscription_id})

    async def save_subscription(self, document: Document) -> None:
        await self._db.subscriptions.replace_one({"_id": document["_id"]}, document, upsert=True)

    async def delete_subscription(self, subscription_id: str) -> bool:
        return (await self._db.subscriptions.delete_one({"_id": subscription_id})).deleted_count == 1

    async def cancel_open(self, channel: str, party_id: str, at: datetime, reason: str) -> list[str]:
        """A scan of the log, but this is seldom asked (a webhook subscription deleted)."""
        open_states = sorted(status.value for status in OPEN)
        found = self._db.deliveries.find(
            {"channel": channel, "party_id": party_id, "status": {"$in": open_states}}, {"_id": 1}
        )
        ids = [document["_id"] async for document in found]
        if ids:
            await self._db.deliveries.update_many(
                {"_id": {"$in": ids}, "status": {"$in": open_states}},
                {"$set": {"status": Status.CANCELLED.value, "cancelled_at": at, "last_error": reason}},
            )
            await self._db.schedule.delete_many({"_id": {"$in": ids}})
        return ids

    # Deliveries -----------------------------------------------------------------------------------------
    async def insert_deliveries(self, deliveries: Sequence[NewDelivery]) -> dict[str, Document]:
        """Its bodies into `messages` (`{_id, <channel>: bodies}`), then the rest into `deliveries`, one bulk
        insert each (a delivery never exists without its bodies)."""
        if not deliveries:
            return {}
        messages = [{"_id": d.document["_id"], d.channel: d.bodies} for d in deliveries if d.bodies]
        await self._insert_new(self._db.messages, messages)
        duplicates = await self._insert_new(self._db.deliveries, [d.document for d in deliveries])
        return {d: found for d in duplicates if (found := await self.delivery(d)) is not None}

    async def _insert_new(self, collection: Any, documents: list[Document]) -> list[str]:
        """Insert those not stored yet; the `_id`s that were."""
        if not documents:
            return []
        try:
            await collection.insert_many(documents, ordered=False)
        except BulkWriteError as exc:
            errors = exc.details["writeErrors"]
            if any(e["code"] != DUPLICATE_KEY for e in errors):
                raise
            return [documents[e["index"]]["_id"] for e in errors]
        return []

    async def delivery(self, delivery_id: str) -> Document | None:
        """Without its bodies (what the log and the state machine need)."""
        return await self._db.deliveries.find_one({"_id": delivery_id})

    async def delivery_with_bodies(self, delivery_id: str) -> Document | None:
        delivery = await self.delivery(delivery_id)
        if delivery is None:
            return None
        return await self.with_bodies(delivery)

    async def with_bodies(self, delivery: Document) -> Document:
        """Deliveries recorded before the bodies moved out have no `messages` document: they are whole."""
        message = await self._db.messages.find_one({"_id": delivery["_id"]}) or {}
        joined = dict(delivery)
        for channel, bodies in message.items():
            if channel != "_id" and isinstance(bodies, dict):
                joined[channel] = {**(delivery.get(channel) or {}), **bodies}
        return joined

    async def deliveries(self, delivery_ids: list[str]) -> list[Document]:
        found = [await self.delivery(i) for i in delivery_ids]  # `$in` would scan every delivery
        return [d for d in found if d is not None]

    async def start_attempt(self, delivery_id: str, sequence: int, at: datetime) -> bool:
        """Note that try number `sequence` of a delivery begins (an insert: constant time, where marking
        the delivery would rewrite it in a table scan). False when that try had begun before and its
        outcome was never recorded: the process died mid-send, and this is a resend in doubt."""
        try:
            await self._db.attempt_starts.insert_one({"_id": f"{delivery_id}:{sequence}", "at": at})
        except DuplicateKeyError:
            return False
        return True

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
        """Remove a sent delivery's entry with the next flush, many in one round trip. An entry left behind
        by a crash only costs a read: its delivery is found sent and skipped."""
        self._finished.append(delivery_id)

    async def due(self, now: datetime, limit: int) -> list[Document]:
        if self._finished:
            finished, self._finished = self._finished, []
            await self._db.schedule.delete_many({"_id": {"$in": finished}})  # one scan for them all
        return await self._db.schedule.find({"due_at": {"$lte": now}}).sort("due_at", 1).limit(limit).to_list(limit)

    # Digest buckets: per recipient, the deliveries waiting for the next digest -----------------------
    async def add_to_digest(self, recipient: str, delivery_ids: list[str]) -> None:
        await self._db.digests.update_one(
            {"_id": recipient}, {"$addToSet": {"items": {"$each": delivery_ids}}, "$inc": {"seq": 1}}, upsert=True
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
