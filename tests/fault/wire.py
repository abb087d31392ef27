"""What the broker holds, read the way a downstream system would: message counts per topic, the events of
a topic with their CloudEvents ids, and how far a consumer group is behind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from padan.shared import topics

PARTITIONS = {spec.name: spec.partitions for spec in topics.ALL_TOPICS}


def _partitions(topic: str) -> list[TopicPartition]:
    return [TopicPartition(topic, p) for p in range(PARTITIONS[topic])]


@dataclass(frozen=True)
class WireEvent:
    event_id: str  # ce_id: the same on a republish of one change, new for every change
    payload: dict[str, Any]


async def message_counts(bootstrap: str) -> dict[str, int]:
    """Messages ever written to each topic and DLQ (end offsets summed over partitions)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        counts = {}
        for name in PARTITIONS:
            counts[name] = sum((await consumer.end_offsets(_partitions(name))).values())
        return counts
    finally:
        await consumer.stop()


async def read_topic(bootstrap: str, topic: str) -> list[WireEvent]:
    """Every message of `topic` from its first offset to its end offset now."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, max_poll_records=2000)
    await consumer.start()
    try:
        partitions = _partitions(topic)
        ends = await consumer.end_offsets(partitions)
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        events: list[WireEvent] = []
        remaining = {tp for tp in partitions if ends[tp] > 0}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=5000)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < ends[tp]:
                        headers = {key: value.decode() for key, value in record.headers}
                        events.append(WireEvent(headers.get("ce_id", ""), json.loads(record.value or b"{}")))
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
        return events
    finally:
        await consumer.stop()


async def group_lag(bootstrap: str, group_id: str, subscribed: tuple[str, ...]) -> int:
    """Messages of `subscribed` the group has not committed yet (a partition never committed counts whole)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(group_id)
        partitions = [tp for topic in subscribed for tp in _partitions(topic)]
        ends = await consumer.end_offsets(partitions)
        return sum(end - (committed[tp].offset if tp in committed else 0) for tp, end in ends.items())
    finally:
        await consumer.stop()
        await admin.close()
