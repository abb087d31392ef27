"""subscribe_batch's rules: bad messages parked one by one, the rest handled; a killed batch comes again."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from faststream.kafka import KafkaBroker, TestKafkaBroker
from faststream.kafka.annotations import KafkaMessage
from pymongo.errors import ConnectionFailure

from padan.cli.testing import StackEndpoints, unique, wait_until_async
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted
from padan.shared.kafka import end_offsets, make_broker, subscribe_batch
from padan.shared.mongo import make_mongo_client
from padan.shared.vocabulary import BuyerKind


def _buyer(buyer_id: str) -> bytes:
    event = BuyerUpserted(
        buyer_id=buyer_id,
        kind=BuyerKind.PERANGKAT_DAERAH,
        satker_code="1.01",
        name=f"Dinas Uji {buyer_id}",
        region_code="18.71",
        version=1,
        occurred_at=datetime.now(UTC),
    )
    return event.model_dump_json().encode()


def _headers() -> dict[str, str]:
    return Envelope.new(event_type=BuyerUpserted.event_type, source="/padan/test").to_headers()


def _raw_body(message: Any) -> bytes:
    return bytes(message.body)


def _dlq_collector(broker: KafkaBroker) -> list[tuple[bytes, str]]:
    parked: list[tuple[bytes, str]] = []

    @broker.subscriber(topics.dlq_topic(topics.BUYERS), decoder=_raw_body)  # type: ignore[misc,untyped-decorator]
    async def on_dlq(message: KafkaMessage) -> None:
        parked.append((bytes(message.body), message.headers["dlq_reason"]))

    return parked


async def test_invalid_messages_of_a_batch_are_parked_and_the_rest_handled_in_order() -> None:
    broker = KafkaBroker()
    batches: list[list[str]] = []

    async def handle(events: Sequence[tuple[Any, Envelope]]) -> None:
        batches.append([event.buyer_id for event, _ in events])

    subscribe_batch(broker, [topics.BUYERS], handle, service="test", group_id="test-batch")
    parked = _dlq_collector(broker)
    async with TestKafkaBroker(broker) as test_broker:
        bodies = [_buyer("b1"), b'{"buyer_id": 42, "trunc', _buyer("b2"), b"x" * (300 * 1024), _buyer("b3")]
        await test_broker.publish_batch(*bodies, topic=topics.BUYERS, headers=_headers())

    assert batches == [["b1", "b2", "b3"]]
    assert [body for body, _ in parked] == [bodies[1], bodies[3]]
    assert parked[0][1].startswith("invalid event") and parked[1][1].startswith("oversized")


async def test_a_failing_event_is_found_one_by_one_and_parked_while_the_others_are_applied() -> None:
    broker = KafkaBroker()
    applied: list[str] = []

    async def handle(events: Sequence[tuple[Any, Envelope]]) -> None:
        if any(event.buyer_id == "poison" for event, _ in events):
            raise RuntimeError("cannot apply poison")
        applied.extend(event.buyer_id for event, _ in events)

    subscribe_batch(broker, [topics.BUYERS], handle, service="test", group_id="test-batch")
    parked = _dlq_collector(broker)
    async with TestKafkaBroker(broker) as test_broker:
        bodies = [_buyer("b1"), _buyer("poison"), _buyer("b2")]
        await test_broker.publish_batch(*bodies, topic=topics.BUYERS, headers=_headers())

    assert applied == ["b1", "b2"]
    assert [body for body, _ in parked] == [bodies[1]]
    assert "RuntimeError: cannot apply poison" in parked[0][1]


async def test_without_a_group_a_batch_is_handled_with_its_trace_contexts_and_its_progress_told() -> None:
    """The groupless reader (a catalog read whole by every replica) commits nothing, reports the last offset
    per partition, and hands each event its producer's trace context."""
    broker = KafkaBroker()
    handled: list[tuple[str, dict[str, str]]] = []
    progress: list[tuple[str, int, int]] = []

    async def handle(events: Sequence[tuple[Any, Envelope]]) -> None:
        handled.extend((event.buyer_id, envelope.trace) for event, envelope in events)

    subscribe_batch(
        broker,
        [topics.BUYERS],
        handle,
        service="test",
        group_id=None,
        on_progress=lambda *where: progress.append(where),
    )
    traceparent = f"00-{'ab' * 16}-{'cd' * 8}-01"
    async with TestKafkaBroker(broker) as test_broker:
        await test_broker.publish_batch(
            _buyer("b1"), _buyer("b2"), topic=topics.BUYERS, headers={**_headers(), "traceparent": traceparent}
        )

    assert handled == [("b1", {"traceparent": traceparent}), ("b2", {"traceparent": traceparent})]
    assert len(progress) == 1 and progress[0][0] == topics.BUYERS


@pytest.mark.integration
async def test_on_the_real_stack_a_bad_message_is_parked_once_and_a_killed_batch_is_applied_once(
    real_stack: StackEndpoints,
) -> None:
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("batch_test")]
    group = unique("group")
    prefix = unique("buyer")
    ids = [f"{prefix}-{i}" for i in range(4)]
    bad_body = b'{"buyer_id": 42, "trunc'
    deliveries: list[list[str]] = []

    async def apply(events: Sequence[tuple[Any, Envelope]]) -> None:
        """The effect, idempotent as a handler must be: one document per buyer, set by `_id`."""
        ours = [event.buyer_id for event, _ in events if event.buyer_id.startswith(prefix)]
        deliveries.append(ours)
        for buyer_id in ours:
            await db.effects.update_one({"_id": buyer_id}, {"$set": {"name": buyer_id}}, upsert=True)

    producer = AIOKafkaProducer(bootstrap_servers=real_stack.kafka_bootstrap)
    await producer.start()
    try:
        for body in [_buyer(ids[0]), _buyer(ids[1]), bad_body, _buyer(ids[2]), _buyer(ids[3])]:
            headers = [(k, v.encode()) for k, v in _headers().items()]
            await producer.send_and_wait(topics.BUYERS, body, key=prefix.encode(), headers=headers)
    finally:
        await producer.stop()

    # 1. The consumer writes part of the batch's effect and is killed before it commits.
    killed = KafkaBroker(real_stack.kafka_bootstrap, graceful_timeout=1.0)
    halfway = asyncio.Event()

    async def apply_then_die(events: Sequence[tuple[Any, Envelope]]) -> None:
        ours = [event.buyer_id for event, _ in events if event.buyer_id.startswith(prefix)]
        if not ours:
            return
        await apply([pair for pair in events if pair[0].buyer_id in ids][:1])
        halfway.set()
        await asyncio.Event().wait()  # never returns: the process dies here

    subscribe_batch(killed, [topics.BUYERS], apply_then_die, service="batch-test", group_id=group)
    await killed.start()
    try:
        await asyncio.wait_for(halfway.wait(), timeout=120)
    finally:
        await killed.stop()

    # 2. Its replacement in the same group first fails transiently (database away), then applies the batch.
    failures = 0

    async def flaky(events: Sequence[tuple[Any, Envelope]]) -> None:
        nonlocal failures
        if failures == 0 and any(event.buyer_id.startswith(prefix) for event, _ in events):
            failures += 1
            raise ConnectionFailure("database away")
        await apply(events)

    broker = make_broker(real_stack.kafka_bootstrap, "batch-test")
    subscribe_batch(broker, [topics.BUYERS], flaky, service="batch-test", group_id=group, max_attempts=1)
    await broker.start()
    try:
        await wait_until_async(lambda: sum(map(len, deliveries)) >= 5, timeout=120, what="the redelivered batch")
        applied = sorted([doc["_id"] async for doc in db.effects.find({})])
        assert applied == ids  # every event's effect, each once
        ours = [d for d in deliveries if d]
        assert ours[0] == ids[:1]  # what the killed consumer applied
        # Then from the first uncommitted message again (the topic's history may split ours over batches).
        assert ours[1][0] == ids[0] and sorted({i for delivery in ours[1:] for i in delivery}) == ids
        assert failures == 1
        parked = await _parked(real_stack.kafka_bootstrap, prefix)
        assert [record.value for record in parked] == [bad_body]  # parked once, not once per delivery
        assert "invalid event" in dict(parked[0].headers)["dlq_reason"].decode()
    finally:
        await broker.stop()
        await mongo.drop_database(db.name)
        await mongo.close()

    # 3. The batch is committed: the group is at the end of what was sent.
    ends = await end_offsets(real_stack.kafka_bootstrap, [topics.BUYERS])
    reader = AIOKafkaConsumer(bootstrap_servers=real_stack.kafka_bootstrap, group_id=group, enable_auto_commit=False)
    await reader.start()
    try:
        committed = {key: await reader.committed(TopicPartition(*key)) for key in ends}
    finally:
        await reader.stop()
    assert all(committed[key] in (end, None) for key, end in ends.items())
    assert any(committed[key] == end for key, end in ends.items())


async def _parked(bootstrap: str, key: str) -> list[Any]:
    """The DLQ records with `key`, read to the end of the DLQ topic."""
    dlq = AIOKafkaConsumer(
        topics.dlq_topic(topics.BUYERS),
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        group_id=unique("dlq"),
    )
    await dlq.start()
    try:
        found: list[Any] = []
        while batch := await dlq.getmany(timeout_ms=3000):
            found.extend(r for records in batch.values() for r in records if r.key == key.encode())
        return found
    finally:
        await dlq.stop()


async def test_an_empty_poll_is_followed_by_the_next_poll_not_by_a_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that arrives just after an empty poll is fetched by the next poll at once (aiokafka's getmany
    waits for data itself); FastStream's own batch poll would first sleep `batch_timeout_ms`."""
    import anyio

    broker = KafkaBroker("127.0.0.1:1")

    async def handler(batch: Sequence[tuple[Any, Envelope]]) -> None:
        return None

    subscribe_batch(broker, [topics.BUYERS], handler, service="test", group_id="g", batch_timeout_ms=250)
    (subscriber,) = broker.subscribers

    async def no_sleep(seconds: float) -> None:
        raise AssertionError(f"slept {seconds} s after an empty poll")

    monkeypatch.setattr(anyio, "sleep", no_sleep)

    class Consumer:
        def __init__(self) -> None:
            self.polls: list[tuple[int, int]] = []
            self.answers: list[dict[TopicPartition, list[str]]] = [
                {},
                {TopicPartition(topics.BUYERS, 0): ["a", "b"], TopicPartition(topics.BUYERS, 1): ["c"]},
            ]

        async def getmany(self, *, timeout_ms: int, max_records: int) -> dict[TopicPartition, list[str]]:
            self.polls.append((timeout_ms, max_records))
            return self.answers.pop(0)

    consumer = Consumer()
    assert await subscriber.get_msg(consumer) == ()
    assert await subscriber.get_msg(consumer) == ("a", "b", "c")
    assert consumer.polls == [(250, 500), (250, 500)]  # each poll waits up to batch_timeout_ms for a record
