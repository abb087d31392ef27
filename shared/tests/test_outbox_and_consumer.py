"""The delivery rules on the real stack: outbox relay -> Kafka -> subscribe; bad input -> DLQ."""

from __future__ import annotations

import asyncio
import contextlib
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from padan.cli.testing import StackEndpoints, unique, wait_until_async
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted
from padan.shared.kafka import make_broker, subscribe
from padan.shared.mongo import make_mongo_client
from padan.shared.outbox import OutboxRelay, pending_event, queue_document, queued_events, with_outbox
from padan.shared.vocabulary import BuyerKind

pytestmark = pytest.mark.integration


def _buyer(buyer_id: str, version: int = 1) -> BuyerUpserted:
    return BuyerUpserted(
        buyer_id=buyer_id,
        kind=BuyerKind.PERANGKAT_DAERAH,
        satker_code="1.01",
        name=f"Dinas Uji {buyer_id}",
        region_code="18.71",
        version=version,
        occurred_at=datetime.now(UTC),
    )


async def test_outbox_event_reaches_a_subscriber_once_and_bad_input_goes_to_dlq(
    real_stack: StackEndpoints,
) -> None:
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("shared_test")]
    broker = make_broker(real_stack.kafka_bootstrap, "shared-test")
    buyer_id = unique("buyer")
    seen: list[tuple[BuyerUpserted, Envelope]] = []

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        if event.buyer_id == buyer_id:
            seen.append((event, envelope))

    subscribe(broker, {topics.BUYERS: on_buyer}, service="shared-test", group_id=unique("group"))
    relay = OutboxRelay(db, ["buyers"], broker, poll_seconds=0.1)
    await broker.start()
    try:
        await relay.ensure_indexes()
        event = _buyer(buyer_id)
        entry = pending_event(event, source="/padan/test", correlation_id="corr-1")
        await db.buyers.update_one({"_id": buyer_id}, with_outbox({"$set": {"name": event.name}}, [entry]), upsert=True)
        assert await relay.drain() == 1
        assert await relay.drain() == 0  # nothing left pending
        await wait_until_async(lambda: len(seen) >= 1, timeout=60, what="the buyer event")
        received, envelope = seen[0]
        assert received == event
        assert envelope.id == entry["id"] and envelope.correlation_id == "corr-1"
        doc = await db.buyers.find_one({"_id": buyer_id})
        assert doc is not None and doc["outbox"] == [] and doc["outbox_pending"] is False

        # An unreadable message is parked with its reason and original bytes; the next good one still flows.
        producer = AIOKafkaProducer(bootstrap_servers=real_stack.kafka_bootstrap)
        await producer.start()
        bad_body = b'{"buyer_id": 42, "truncated'
        await producer.send_and_wait(topics.BUYERS, bad_body, key=buyer_id.encode(), headers=[("ce_id", b"x")])
        await producer.stop()
        second = _buyer(buyer_id, version=2)
        await db.buyers.update_one(
            {"_id": buyer_id},
            with_outbox({"$set": {"name": "v2"}}, [pending_event(second, source="/padan/test")]),
        )
        await relay.drain()
        await wait_until_async(lambda: len(seen) >= 2, timeout=60, what="the event after the bad one")
        assert [e.version for e, _ in seen] == [1, 2]

        dlq = AIOKafkaConsumer(
            topics.dlq_topic(topics.BUYERS),
            bootstrap_servers=real_stack.kafka_bootstrap,
            auto_offset_reset="earliest",
            group_id=unique("dlq-reader"),
        )
        await dlq.start()
        try:
            parked = None
            async with asyncio.timeout(30):
                async for record in dlq:
                    if record.key == buyer_id.encode():
                        parked = record
                        break
            assert parked is not None
            headers = {k: v.decode() for k, v in parked.headers}
            assert parked.value == bad_body
            assert headers["dlq_source_topic"] == topics.BUYERS
            assert "invalid event" in headers["dlq_reason"]
        finally:
            await dlq.stop()
    finally:
        await broker.stop()
        await mongo.drop_database(db.name)
        await mongo.close()


def test_pending_event_payload_is_json_ready() -> None:
    entry = pending_event(_buyer("b-1"), source="/padan/test")
    json.dumps(entry["payload"])
    assert entry["key"] == "b-1" and entry["topic"] == topics.BUYERS


async def test_a_queue_document_left_for_later_is_published_when_its_confirm_allows(
    real_stack: StackEndpoints,
) -> None:
    """A queue document found at start whose writer may still be at work is left, read again a little later
    without anyone naming it, and then published as written and deleted."""
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("outbox_queue")]
    broker = make_broker(real_stack.kafka_bootstrap, "shared-test")
    buyer_id = unique("buyer")
    seen: list[tuple[BuyerUpserted, Envelope]] = []
    writer_done = asyncio.Event()
    confirms = 0

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        if event.buyer_id == buyer_id:
            seen.append((event, envelope))

    async def confirm(doc: dict[str, Any]) -> list[dict[str, Any]] | None:
        nonlocal confirms
        confirms += 1
        return queued_events(doc) if writer_done.is_set() else None

    subscribe(broker, {topics.BUYERS: on_buyer}, service="shared-test", group_id=unique("group"))
    relay = OutboxRelay(db, [], broker, poll_seconds=0.1, queues={"jobs": confirm}, deferred_retry_seconds=0.3)
    events = [pending_event(_buyer(buyer_id, version), source="/padan/test") for version in (1, 2)]
    await db.jobs.insert_one(queue_document("batch-1", events))
    await broker.start()
    task = asyncio.create_task(relay.run())
    try:
        await wait_until_async(lambda: confirms >= 2, timeout=30, what="the document read again")
        assert not seen and await db.jobs.count_documents({}) == 1, "left alone while its writer is at work"
        writer_done.set()
        await wait_until_async(lambda: len(seen) >= 2, timeout=60, what="the queued events")
        assert [(e.version, envelope.id) for e, envelope in seen] == [(1, events[0]["id"]), (2, events[1]["id"])]
        assert seen[0][1].time == events[0]["time"], "the event time survives the document's JSON"
        assert await db.jobs.count_documents({}) == 0
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await broker.stop()
        await mongo.drop_database(db.name)
        await mongo.close()


async def test_events_written_while_the_relay_publishes_are_kept(real_stack: StackEndpoints) -> None:
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("outbox_race")]
    try:
        first = pending_event(_buyer("b-race"), source="/padan/test")
        await db.buyers.update_one({"_id": "b-race"}, with_outbox({"$set": {"v": 1}}, [first]), upsert=True)
        seen_by_relay = await db.buyers.find_one({"_id": "b-race"})
        second = pending_event(_buyer("b-race", version=2), source="/padan/test")
        await db.buyers.update_one({"_id": "b-race"}, with_outbox({"$set": {"v": 2}}, [second]))
        assert seen_by_relay is not None
        await OutboxRelay._remove_sent(db.buyers, seen_by_relay, {first["id"]})
        doc = await db.buyers.find_one({"_id": "b-race"})
        assert doc is not None
        assert [entry["id"] for entry in doc["outbox"]] == [second["id"]]
        assert doc["outbox_pending"] is True
    finally:
        await mongo.drop_database(db.name)
        await mongo.close()


async def test_with_the_writers_lock_removal_is_by_id_and_keeps_later_events(real_stack: StackEndpoints) -> None:
    """A single-writer service hands the relay its write lock: the relay then re-reads and rewrites by `_id`
    alone (no `outbox_seq` filter, which FerretDB serves by a collection scan), still keeping events written
    after it fetched the document."""
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("outbox_locked")]
    lock = asyncio.Lock()
    relay = OutboxRelay(db, ["buyers"], make_broker(real_stack.kafka_bootstrap, "test"), write_lock=lock)
    try:
        first = pending_event(_buyer("b-lock"), source="/padan/test")
        await db.buyers.update_one({"_id": "b-lock"}, with_outbox({"$set": {"v": 1}}, [first]), upsert=True)
        second = pending_event(_buyer("b-lock", version=2), source="/padan/test")
        await db.buyers.update_one({"_id": "b-lock"}, with_outbox({"$set": {"v": 2}}, [second]))
        await relay._remove_sent_locked(db.buyers, "b-lock", {first["id"]})
        doc = await db.buyers.find_one({"_id": "b-lock"})
        assert doc is not None and [entry["id"] for entry in doc["outbox"]] == [second["id"]]
        assert doc["outbox_pending"] is True
        await relay._remove_sent_locked(db.buyers, "b-lock", {second["id"]})
        doc = await db.buyers.find_one({"_id": "b-lock"})
        assert doc is not None and doc["outbox"] == [] and doc["outbox_pending"] is False
        assert not lock.locked()
    finally:
        await mongo.drop_database(db.name)
        await mongo.close()
