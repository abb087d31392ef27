"""Transactional outbox without multi-document transactions.

A state change and the events it causes are one single-document update: the events are pushed onto the
aggregate's own `outbox` array in the same `update_one` that changes its state. The relay publishes pending
events in order and then removes them. A crash before removal republishes the same event ids, which the
consumers' idempotence absorbs: at-least-once on the wire, exactly-once in effect.

Queue collections are for stores where an update costs a pass over a large collection (FerretDB on SQLite
scans for every updated document, even by `_id`; inserts and `_id` reads stay cheap): a writer inserts a
queue document carrying the events beside its insert-only state, and the relay deletes the queue document
once its events are out, so the big collection is never updated (and the queue, small, is read and
cleared a batch at a time). A queue document keeps its events as one compressed JSON value
(`queue_document`): FerretDB converts a document field by field on insert, read and delete, and a batch's
events are a thousand nested ones, 1.7 MB of JSON (zlib's fastest level: 140 KB in 8 ms). The queue's
`confirm(doc)` says which of the document's events are due (the writer's state may not have landed), or
None to leave it for later: the relay looks at a left document again a few seconds on.
"""

from __future__ import annotations

import asyncio
import contextlib
import zlib
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from bson import Binary
from faststream.kafka import KafkaBroker
from pydantic_core import from_json, to_json
from pymongo.asynchronous.database import AsyncDatabase

from padan.shared.envelope import Envelope
from padan.shared.events import Event
from padan.shared.logging import get_logger
from padan.shared.metrics import OUTBOX_BACKLOG, OUTBOX_FAILURES, OUTBOX_PUBLISHED
from padan.shared.tracing import current_context_headers, publish_span

log = get_logger(__name__)

PENDING_FLAG = "outbox_pending"
QUEUED_EVENTS = "events"
# A scan for pending documents costs a pass over the collection on FerretDB (no index use), so it runs at
# start, when a writer asks without naming documents, and then only this often as a safety net.
FULL_SCAN_SECONDS = 30.0

Confirm = Callable[[dict[str, Any]], Awaitable[list[dict[str, Any]] | None]]
"""A queue's check of one queue document: the events to publish now (the document is deleted after), or
None to keep the document for a later pass."""


def pending_event(
    event: Event, *, source: str, correlation_id: str | None = None, trace: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """An outbox entry for `event`, with its CloudEvents id fixed now so a republish keeps it, and the trace
    context of the request or handler that caused it (the relay publishes later, from another task): the
    current span's, or `trace` when the cause was one event of a batch written together with others."""
    envelope = Envelope.new(
        event_type=event.event_type,
        source=source,
        subject=event.aggregate_id(),
        correlation_id=correlation_id,
    )
    return {
        "id": envelope.id,
        "topic": event.topic,
        "key": event.aggregate_id(),
        "type": envelope.type,
        "source": envelope.source,
        "time": envelope.time,
        "correlation_id": envelope.correlation_id,
        "payload": event.model_dump(mode="json"),
        "trace": dict(trace) if trace is not None else current_context_headers(),
    }


def queue_document(doc_id: str, entries: Sequence[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """A queue document carrying `entries` (from `pending_event`) as one binary value; `fields` are the
    writer's own (what its `confirm` needs)."""
    return {"_id": doc_id, QUEUED_EVENTS: Binary(zlib.compress(to_json(entries), 1)), PENDING_FLAG: True, **fields}


def queued_events(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The events of a queue document, as `pending_event` made them (`time` as an ISO 8601 string)."""
    events: list[dict[str, Any]] = from_json(zlib.decompress(doc[QUEUED_EVENTS]))
    return events


def with_outbox(update: dict[str, Any], events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Merge the outbox push into a Mongo update document, so state and events land in one write."""
    if not events:
        return update
    merged = {op: dict(fields) for op, fields in update.items()}
    merged.setdefault("$push", {})["outbox"] = {"$each": list(events)}
    merged.setdefault("$set", {})[PENDING_FLAG] = True
    merged.setdefault("$inc", {})["outbox_seq"] = 1
    return merged


async def _let_others_in() -> None:
    """Yield to the event loop between the relay's many small store operations. PyMongo's pool is not
    fair: a coroutine that returns the connection and asks again at once gets it back before a waiting
    request does, so with a pool of one, requests would stall while the relay works through a backlog."""
    await asyncio.sleep(0)


def _headers(entry: dict[str, Any]) -> dict[str, str]:
    time = entry["time"]
    if isinstance(time, str):  # from a queue document's JSON
        time = datetime.fromisoformat(time)
    elif time.tzinfo is None:  # BSON dates come back naive
        time = time.replace(tzinfo=UTC)
    return Envelope(
        id=entry["id"],
        type=entry["type"],
        source=entry["source"],
        time=time,
        correlation_id=entry["correlation_id"],
        subject=entry["key"],
    ).to_headers()


class OutboxNotices:
    """What the writers tell the relay: the ids of the documents they just wrote, or that it should scan.
    Made before both, so each takes it at construction: a writer whose queue the relay confirms and that
    relay need not know each other."""

    def __init__(self) -> None:
        self.hints: dict[str, set[str]] = {}
        self.full_scan_due = True  # at start: events left pending by a previous process
        self.wake = asyncio.Event()

    def notify(self, collection: str | None = None, ids: Iterable[str] = ()) -> None:
        """Tell the relay there is something to publish now. With the ids of the documents just written it
        fetches only those (by `_id`, cheap on every store); without, it scans for pending documents."""
        hinted = list(ids)
        if collection is not None and hinted:
            self.hints.setdefault(collection, set()).update(hinted)
        else:
            self.full_scan_due = True
        self.wake.set()


class OutboxRelay:
    """Publishes the pending events of the given collections, oldest write first."""

    def __init__(
        self,
        db: AsyncDatabase[dict[str, Any]],
        collections: Sequence[str],
        broker: KafkaBroker,
        poll_seconds: float = 0.2,
        batch_size: int = 500,
        *,
        write_lock: asyncio.Lock | None = None,
        service: str = "padan",
        queues: Mapping[str, Confirm] | None = None,
        full_scan_seconds: float | None = FULL_SCAN_SECONDS,
        deferred_retry_seconds: float = 5.0,
        notices: OutboxNotices | None = None,
    ) -> None:
        """`full_scan_seconds=None`: scan for pending documents only at start and when a writer names none
        (for writers that always name their documents, where a scan of a large collection would stall
        them; events of a failed pass stay named and are retried). `deferred_retry_seconds`: how soon a
        queue document its confirm left for later is read again. `notices`: where the writers tell it what they
        wrote (its own when not given)."""
        self._db = db
        self._full_scan_seconds = full_scan_seconds
        self._deferred_retry_seconds = deferred_retry_seconds
        self._write_lock = write_lock
        self._queues = dict(queues or {})
        self._collections = tuple(collections) + tuple(name for name in self._queues if name not in collections)
        self._broker = broker
        self._poll_seconds = poll_seconds
        self._batch_size = batch_size
        self._service = service
        self._notices = notices or OutboxNotices()
        for name in self._collections:
            self._notices.hints.setdefault(name, set())
        self._last_full_scan = 0.0
        #: queue documents their confirm left for later -> when to look again (loop time)
        self._deferred: dict[str, dict[str, float]] = {name: {} for name in self._queues}

    def notify(self, collection: str | None = None, ids: Iterable[str] = ()) -> None:
        """`OutboxNotices.notify` of this relay's notices."""
        self._notices.notify(collection, ids)

    async def ensure_indexes(self) -> None:
        for name in self._collections:
            await self._db[name].create_index(PENDING_FLAG, sparse=True)

    async def drain(self) -> int:
        """Publish everything pending (a full scan); returns how many events went out."""
        total = 0
        for name in self._collections:
            while published := await self._drain_batch(name):
                total += published
        return total

    async def drain_hinted(self) -> int:
        """Publish the pending events of the documents named by `notify`; returns how many went out."""
        total = 0
        for name, hinted in list(self._notices.hints.items()):  # a writer may name a new collection meanwhile
            while hinted:
                ids = [hinted.pop() for _ in range(min(len(hinted), self._batch_size))]
                try:
                    total += await self._publish_hinted(name, ids)
                except BaseException:
                    hinted.update(ids)  # named again for the next pass
                    raise
        return total

    async def _publish_hinted(self, name: str, ids: list[str]) -> int:
        # One read by `_id` each, queues too: FerretDB answers `$in` by decoding every document of the
        # collection, and a queue document carries a whole batch's events.
        docs = []
        for doc_id in ids:
            doc = await self._db[name].find_one({"_id": doc_id}, self._fields(name))
            if doc is not None and (name in self._queues or doc.get("outbox")):
                docs.append(doc)
            await _let_others_in()
        return await self._publish(name, docs)

    def _fields(self, name: str) -> dict[str, int] | None:
        return None if name in self._queues else {"outbox": 1, "outbox_seq": 1}  # a queue's confirm reads all

    async def _drain_batch(self, name: str) -> int:
        collection = self._db[name]
        # Skips the documents left for later: they are looked at again when due (`_revisit_deferred`).
        skip = list(self._deferred.get(name, ()))
        query: dict[str, Any] = {PENDING_FLAG: True, "_id": {"$nin": skip}} if skip else {PENDING_FLAG: True}
        docs = await collection.find(query, self._fields(name)).to_list(self._batch_size)
        return await self._publish(name, docs)

    def _revisit_deferred(self) -> None:
        """Name again the queue documents whose confirm left them for later and whose time has come."""
        now = asyncio.get_running_loop().time()
        for name, deferred in self._deferred.items():
            due = [doc_id for doc_id, at in deferred.items() if at <= now]
            for doc_id in due:
                del deferred[doc_id]
            self._notices.hints[name].update(due)

    async def _publish(self, name: str, docs: list[dict[str, Any]]) -> int:
        if not docs:
            return 0
        collection = self._db[name]
        confirm = self._queues.get(name)
        if confirm is not None:
            return await self._publish_queue(collection, docs, confirm)
        entries = [entry for doc in docs for entry in doc.get("outbox", [])]
        await self._send(entries)
        for doc in docs:
            sent = {entry["id"] for entry in doc.get("outbox", [])}
            if self._write_lock is not None:
                await self._remove_sent_locked(collection, doc["_id"], sent)
            else:
                await self._remove_sent(collection, doc, sent)
            await _let_others_in()
        return len(entries) or len(docs)

    async def _publish_queue(self, collection: Any, docs: list[dict[str, Any]], confirm: Confirm) -> int:
        """Publish the confirmed events of queue documents, then delete those documents (a crash in between
        republishes them: at-least-once on the wire, like the embedded outbox)."""
        done, entries = [], []
        deferred = self._deferred[collection.name]
        retry_at = asyncio.get_running_loop().time() + self._deferred_retry_seconds
        for doc in docs:
            due = await confirm(doc)
            if due is None:
                deferred[doc["_id"]] = retry_at
            else:
                deferred.pop(doc["_id"], None)
                done.append(doc["_id"])
                entries.extend(due)
        await self._send(entries)
        for doc_id in done:  # by `_id` alone: FerretDB scans, decoding every queue document, for `$in`
            await collection.delete_one({"_id": doc_id})
        return len(entries) or len(done)

    async def _send(self, entries: list[dict[str, Any]]) -> None:
        backlog = OUTBOX_BACKLOG.labels(self._service)
        backlog.set(len(entries) + self._hinted())  # stays up if publishing fails, until a pass succeeds
        futures = []
        for entry in entries:
            with publish_span(entry["topic"], entry.get("trace") or {}, entry["id"], entry["key"]) as trace_headers:
                futures.append(
                    await self._broker.publish(
                        to_json(entry["payload"]),  # pydantic-core's encoder: json.dumps was 20% of the relay
                        entry["topic"],
                        key=entry["key"].encode(),
                        headers={**_headers(entry), **trace_headers},
                        correlation_id=entry["correlation_id"],
                        no_confirm=True,
                    )
                )
        await asyncio.gather(*futures)
        for entry in entries:
            OUTBOX_PUBLISHED.labels(self._service, entry["topic"]).inc()
        backlog.set(self._hinted())

    async def _remove_sent_locked(self, collection: Any, doc_id: Any, sent: set[str]) -> None:
        """With the writers' lock (a service whose one process is the only writer of its database): re-read
        and rewrite by `_id` alone, which FerretDB serves from its index; a filter on `outbox_seq` too would
        scan the whole collection."""
        assert self._write_lock is not None
        async with self._write_lock:
            doc = await collection.find_one({"_id": doc_id}, {"outbox": 1})
            if doc is None:
                return
            remaining = [entry for entry in doc.get("outbox", []) if entry["id"] not in sent]
            await collection.update_one({"_id": doc_id}, {"$set": {"outbox": remaining, PENDING_FLAG: bool(remaining)}})

    def _hinted(self) -> int:
        return sum(len(ids) for ids in self._notices.hints.values())

    @staticmethod
    async def _remove_sent(collection: Any, doc: dict[str, Any], sent: set[str]) -> None:
        """Compare-and-set on `outbox_seq` (every write that adds events bumps it), so events written while
        we were publishing survive. (`$pull` with a condition would be simpler, but FerretDB ignores it.)"""
        while doc is not None:
            remaining = [entry for entry in doc.get("outbox", []) if entry["id"] not in sent]
            result = await collection.update_one(
                {"_id": doc["_id"], "outbox_seq": doc.get("outbox_seq")},
                {"$set": {"outbox": remaining, PENDING_FLAG: bool(remaining)}},
            )
            if result.matched_count:
                return
            doc = await collection.find_one({"_id": doc["_id"]}, {"outbox": 1, "outbox_seq": 1})

    async def run(self) -> None:
        """Relay until cancelled. Failures are logged and retried; pending events stay in the store."""
        while True:
            try:
                self._revisit_deferred()
                await self.drain_hinted()
                now = asyncio.get_running_loop().time()
                periodic = self._full_scan_seconds is not None and now - self._last_full_scan > self._full_scan_seconds
                if self._notices.full_scan_due or periodic:
                    self._notices.full_scan_due = False
                    self._last_full_scan = now
                    try:
                        await self.drain()
                    except BaseException:
                        self._notices.full_scan_due = True  # a failed scan is retried on the next pass
                        raise
                OUTBOX_BACKLOG.labels(self._service).set(self._hinted())  # a whole pass went through
            except asyncio.CancelledError:
                raise
            except Exception:
                OUTBOX_FAILURES.labels(self._service).inc()
                log.warning("outbox_relay_failed_will_retry", exc_info=True)
                await asyncio.sleep(1.0)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._notices.wake.wait(), timeout=self._poll_seconds)
            self._notices.wake.clear()
