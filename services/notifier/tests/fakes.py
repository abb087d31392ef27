"""In-memory stand-ins for the notifier's unit tests: the repository (padan.notifier.adapters.repository.
NotifierRepository, with the same meaning as the MongoDB adapter), a sender that can be told to fail, and
the dead-letter topic. No I/O: the integration tests run the real store and real receivers."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from padan.notifier.adapters.senders import SendFailed, Sent
from padan.notifier.channels.spec import ChannelDeps, ChannelFactory, ChannelSpec, Composed, Draft
from padan.notifier.domain.deliveries import OPEN, NewDelivery, Notice, Recipient, Status
from padan.notifier.domain.planning import Contact, EventFacts
from padan.notifier.domain.preferences import DEFAULT_PREFERENCE, Preference
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.retry import RetryPolicy
from padan.notifier.domain.subscriptions import Subscription
from padan.shared.events import Event

Document = dict[str, Any]


class Crash(Exception):
    """The process dies at this write."""


class InMemoryNotifierRepository:
    """Counts reads of deliveries and the writes of the consumer's path (`crash_at`: the n-th of them, from
    1, raises Crash once, as if the process died there)."""

    def __init__(self) -> None:
        self.reads = 0
        self.writes = 0
        self.crash_at: int | None = None
        self.docs: dict[str, Document] = {}
        self.messages: dict[str, Document] = {}  # delivery id -> {channel: bodies}
        self.starts: set[str] = set()
        self.schedule_: dict[str, tuple[datetime, str]] = {}
        self.prefs: dict[str, Preference] = {}
        self.contacts_: dict[str, tuple[Contact, int]] = {}
        self.subscription_docs: dict[str, Document] = {}
        self.buckets: dict[str, Document] = {}
        self.digest_runs: dict[str, datetime] = {}

    def _write(self) -> None:
        self.writes += 1
        if self.writes == self.crash_at:
            raise Crash(self.writes)

    def add_contact(self, contact: Contact, version: int = 1) -> None:
        self.contacts_[contact.party_id] = (contact, version)

    # Contacts
    async def remember_contact(self, contact: Contact, version: int) -> None:
        self._write()
        known = self.contacts_.get(contact.party_id)
        if known is None or known[1] < version:
            self.contacts_[contact.party_id] = (contact, version)

    async def contacts(self, party_ids: list[str]) -> dict[str, Contact]:
        return {i: self.contacts_[i][0] for i in party_ids if i in self.contacts_}

    # Preferences
    async def preference(self, key: str) -> Preference:
        return self.prefs.get(key, DEFAULT_PREFERENCE)

    async def set_preference(self, key: str, preference: Preference, at: datetime) -> None:
        self.prefs[key] = preference

    # Webhook subscriptions
    async def subscriptions(self) -> list[Subscription]:
        return [Subscription.from_document(d) for d in self.subscription_docs.values()]

    async def subscription(self, subscription_id: str) -> Document | None:
        found = self.subscription_docs.get(subscription_id)
        return copy.deepcopy(found) if found else None

    async def save_subscription(self, document: Document) -> None:
        self.subscription_docs[document["_id"]] = copy.deepcopy(document)

    async def delete_subscription(self, subscription_id: str) -> bool:
        return self.subscription_docs.pop(subscription_id, None) is not None

    async def cancel_open(self, channel: str, party_id: str, at: datetime, reason: str) -> list[str]:
        ids = [
            i
            for i, d in self.docs.items()
            if d["channel"] == channel and d["party_id"] == party_id and d["status"] in OPEN
        ]
        for i in ids:
            self.docs[i].update(status=Status.CANCELLED.value, cancelled_at=at, last_error=reason)
            self.schedule_.pop(i, None)
        return ids

    # Deliveries
    async def insert_deliveries(self, deliveries: Sequence[NewDelivery]) -> dict[str, Document]:
        self._write()
        existing = {
            d.document["_id"]: self.docs[d.document["_id"]] for d in deliveries if d.document["_id"] in self.docs
        }
        for new in deliveries:
            document = new.document
            if document["_id"] in existing:
                continue
            # Stored as a store would: a copy (datetimes as text, but `created_at` kept for sorting).
            self.docs[document["_id"]] = json.loads(json.dumps(document, default=str)) | {
                "created_at": document["created_at"]
            }
            if new.bodies:
                self.messages[document["_id"]] = {new.channel: dict(new.bodies)}
        return existing

    async def delivery(self, delivery_id: str) -> Document | None:
        self.reads += 1
        return self.docs.get(delivery_id)

    async def delivery_with_bodies(self, delivery_id: str) -> Document | None:
        delivery = await self.delivery(delivery_id)
        return None if delivery is None else await self.with_bodies(delivery)

    async def with_bodies(self, delivery: Document) -> Document:
        joined = dict(delivery)
        for channel, bodies in self.messages.get(delivery["_id"], {}).items():
            joined[channel] = {**(delivery.get(channel) or {}), **bodies}
        return joined

    async def deliveries(self, delivery_ids: list[str]) -> list[Document]:
        return [self.docs[i] for i in delivery_ids if i in self.docs]

    async def start_attempt(self, delivery_id: str, sequence: int, at: datetime) -> bool:
        key = f"{delivery_id}:{sequence}"
        first = key not in self.starts
        self.starts.add(key)
        return first

    async def update_delivery(
        self, delivery_id: str, fields: Document, attempt: Document | None = None, unset: tuple[str, ...] = ()
    ) -> None:
        doc = self.docs[delivery_id]
        doc.update(fields)
        if attempt is not None:
            doc.setdefault("attempts", []).append(attempt)
        for name in unset:
            doc.pop(name, None)

    async def find(self, filters: Document, limit: int) -> list[Document]:
        found = [d for d in self.docs.values() if all(d.get(k) == v for k, v in filters.items())]
        return sorted(found, key=lambda d: d["created_at"], reverse=True)[:limit]

    # The schedule
    async def schedule(self, delivery_id: str, due_at: datetime, action: str = "send") -> None:
        self.schedule_[delivery_id] = (due_at, action)

    async def schedule_many(self, delivery_ids: list[str], due_at: datetime) -> None:
        self._write()
        for delivery_id in delivery_ids:
            self.schedule_[delivery_id] = (due_at, "send")

    async def unschedule(self, delivery_id: str) -> None:
        self.schedule_.pop(delivery_id, None)

    def unschedule_soon(self, delivery_id: str) -> None:
        self.schedule_.pop(delivery_id, None)

    async def due(self, now: datetime, limit: int) -> list[Document]:
        due = sorted((at, i, action) for i, (at, action) in self.schedule_.items() if at <= now)
        return [{"_id": i, "due_at": at, "action": action} for at, i, action in due[:limit]]

    # Digest buckets
    async def add_to_digest(self, recipient: str, delivery_ids: list[str]) -> None:
        self._write()
        bucket = self.buckets.setdefault(recipient, {"_id": recipient, "items": [], "seq": 0})
        bucket["items"] += [i for i in delivery_ids if i not in bucket["items"]]
        bucket["seq"] += 1

    async def digest_buckets(self) -> list[Document]:
        return [dict(b, items=list(b["items"])) for b in self.buckets.values()]

    async def remove_from_digest(self, recipient: str, seq: int, remaining: list[str]) -> bool:
        if self.buckets[recipient]["seq"] != seq:
            return False
        self.buckets[recipient].update(items=remaining, seq=seq + 1)
        return True

    async def digest_ran(self, day: str) -> bool:
        return day in self.digest_runs

    async def mark_digest_ran(self, day: str, at: datetime) -> None:
        self.digest_runs[day] = at


class FakeSender:
    """Sends into a list; `failures` (one per try, in order) or `failure` (every try) make it fail."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.received: list[Document] = []
        self.failure: SendFailed | None = None
        self.failures: list[SendFailed] = []

    async def send(self, delivery: Document) -> Sent:
        if self.failures:
            raise self.failures.pop(0)
        if self.failure is not None:
            raise self.failure
        self.sent.append(delivery["_id"])
        self.received.append(delivery)
        return Sent("250 OK")


class FakeDeadLetters:
    def __init__(self) -> None:
        self.published: list[str] = []
        self.bodies: list[Document] = []

    async def publish(self, delivery_id: str, body: Document) -> None:
        self.published.append(delivery_id)
        self.bodies.append(body)


def pager_channel(sender: FakeSender, retry: RetryPolicy, numbers: Mapping[str, str]) -> ChannelFactory:
    """A dummy channel, whole in one spec: a pager reaching the parties of an event at the numbers given
    (party id -> number), with its own message, pace, retries, log field and dead-letter field."""

    def plan(event: Event, facts: EventFacts, contacts: Mapping[str, Contact]) -> list[Notice]:
        known = [contacts[party] for party in facts.parties if party in contacts]
        return [Notice(Recipient(c.party, c.party_id, numbers.get(c.party_id), c.name), "pager") for c in known]

    async def compose(draft: Draft) -> Composed:
        if not draft.notice.recipient.address:
            return Composed.skipped("tidak ada nomor / no number")
        text = f"Padan: {draft.facts.event_type} untuk {draft.notice.recipient.name}"
        return Composed(
            subject=draft.facts.event_type, fields={"page_id": draft.delivery_id[:8]}, bodies={"text": text}
        )

    def build(deps: ChannelDeps) -> ChannelSpec:
        return ChannelSpec(
            name="pager",
            sender=sender,
            plan=plan,
            compose=compose,
            rate_limit=TokenBuckets(100.0, 100),
            limit_key=lambda delivery: str(delivery["address"]),
            retry=retry,
            log_fields={"page_id": "page_id"},
            dead_letter_fields=lambda part: {"pager_text": part.get("text")},
        )

    return build
