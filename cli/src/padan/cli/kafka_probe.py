"""Talk to the real broker from tests and benchmarks: publish events as a service's outbox would, and
read back what a service published."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from padan.shared.envelope import Envelope
from padan.shared.events import Event
from padan.shared.kafka import end_offsets, ensure_topics


async def publish_events(bootstrap: str, events: Iterable[Event], source: str = "/padan/tests") -> None:
    """Each event with its CloudEvents headers, keyed by its aggregate, in order."""
    await ensure_topics(bootstrap)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        for event in events:
            envelope = Envelope.new(event_type=event.event_type, source=source, subject=event.aggregate_id())
            await producer.send_and_wait(
                event.topic,
                event.model_dump_json().encode(),
                key=event.aggregate_id().encode(),
                headers=[(k, v.encode()) for k, v in envelope.to_headers().items()],
            )
    finally:
        await producer.stop()


async def read_events(
    bootstrap: str, topic: str, keys: set[str], expected: int, *, timeout: float = 60.0, grace: float = 2.0
) -> list[dict[str, Any]]:
    """Every event on `topic` whose key is in `keys` (payload plus `headers`), waiting until `expected`
    have arrived, then `grace` seconds more so an extra (duplicate) one would be seen too."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    found: list[dict[str, Any]] = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        grace_until: float | None = None
        while loop.time() < (grace_until or deadline):
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    if record.key and record.key.decode() in keys and record.value:
                        headers = {k: v.decode() for k, v in record.headers}
                        found.append({"headers": headers, **json.loads(record.value)})
            if len(found) >= expected and grace_until is None:
                grace_until = loop.time() + grace
    finally:
        await consumer.stop()
    return found


async def skip_history(bootstrap: str, group_id: str, topic_names: Iterable[str]) -> None:
    """Commit `group_id`'s offsets at the current end of the topics, so a service started with that group
    reads only what is published from now on. A test's fresh group on the session's shared broker would
    otherwise first work through every earlier test's events (the Lampung demo's 1,836 needs among them)."""
    await ensure_topics(bootstrap)
    ends = await end_offsets(bootstrap, topic_names)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        offsets = {TopicPartition(topic, partition): end for (topic, partition), end in ends.items()}
        consumer.assign(list(offsets))  # aiokafka commits only for assigned partitions
        await consumer.commit(offsets)
    finally:
        await consumer.stop()
