"""Read whole topics from the first offset to the end they had when the replay began (no consumer group,
nothing committed): what a rebuild of the read models consumes."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence

from aiokafka import AIOKafkaConsumer, TopicPartition

from padan.shared.events import Event
from padan.shared.kafka import end_offsets, parse_event


async def replay_topic(bootstrap: str, topic: str, batch: int = 2000) -> AsyncIterator[Sequence[Event]]:
    """Batches of the topic's valid events, partition by partition in offset order. Unreadable messages
    (those the live consumer parks in the DLQ) and compaction tombstones are skipped."""
    ends = {tp: offset for tp, offset in (await end_offsets(bootstrap, [topic])).items() if offset > 0}
    if not ends:
        return
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, max_poll_records=batch)
    await consumer.start()
    try:
        partitions = [TopicPartition(t, p) for t, p in ends]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        remaining = {TopicPartition(t, p): end for (t, p), end in ends.items()}
        while remaining:
            polled = await consumer.getmany(*remaining, timeout_ms=1000, max_records=batch)
            events: list[Event] = []
            for partition, records in polled.items():
                for record in records:
                    if record.offset >= remaining.get(partition, -1):
                        continue
                    headers = {key: value.decode() for key, value in record.headers}
                    if record.value:
                        # Invalid input is skipped: the live consumer parked it in <topic>.dlq.
                        with contextlib.suppress(ValueError):
                            events.append(parse_event(topic, headers, record.value)[0])
                    if record.offset + 1 >= remaining[partition]:
                        del remaining[partition]
            for partition in list(remaining):
                if await consumer.position(partition) >= remaining[partition]:
                    del remaining[partition]
            if events:
                yield events
    finally:
        await consumer.stop()
