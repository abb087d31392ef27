"""Dead-letter queues: list what `padan.shared.kafka.subscribe` parked on `<topic>.dlq`, and re-drive it.

A parked message keeps its original key, body and headers (CloudEvents `ce_*`, `correlation_id`,
`traceparent`), plus `dlq_reason`, `dlq_source_topic`, `dlq_partition`, `dlq_offset`, `dlq_consumer`.
Re-driving republishes key, body and original headers to the source topic (idempotent producer, acks=all)
with `dlq_redriven_from` naming the DLQ record, so every consumer group of that topic sees the event again:
their idempotence absorbs it where it was already applied. The re-drive reads the DLQ under a consumer group
(`padan-dlq-redrive` by default) and commits after each publish, so a record is re-driven once per group, and
it stops at the DLQ's end as it was at the start, so a record that fails again is not looped over.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition

from padan.shared.kafka import DLQ_HEADERS
from padan.shared.topics import dlq_topic

REDRIVE_GROUP = "padan-dlq-redrive"
REDRIVEN_FROM = "dlq_redriven_from"


def source_topic(topic: str) -> str:
    """Accept either the original topic or its DLQ name."""
    return topic.removesuffix(".dlq")


@dataclass(frozen=True)
class Parked:
    partition: int
    offset: int
    key: str | None
    headers: dict[str, str]
    body: bytes

    @property
    def reason(self) -> str:
        return self.headers.get("dlq_reason", "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "partition": self.partition,
            "offset": self.offset,
            "key": self.key,
            "source_topic": self.headers.get("dlq_source_topic"),
            "source_partition": self.headers.get("dlq_partition"),
            "source_offset": self.headers.get("dlq_offset"),
            "consumer": self.headers.get("dlq_consumer"),
            "reason": self.reason,
            "event_id": self.headers.get("ce_id"),
            "event_type": self.headers.get("ce_type"),
            "redriven_from": self.headers.get(REDRIVEN_FROM),
            "body_bytes": len(self.body),
        }


def _parked(record: ConsumerRecord[bytes, bytes]) -> Parked:
    headers = {name: value.decode(errors="replace") for name, value in record.headers or ()}
    key = record.key.decode(errors="replace") if record.key is not None else None
    return Parked(record.partition, record.offset, key, headers, record.value or b"")


async def _read_until_end(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> AsyncIterator[Any]:
    """Records of the assigned partitions up to the end offsets taken at the start."""
    remaining = {tp: end for tp, end in ends.items() if end > await consumer.position(tp)}
    while remaining:
        batches = await consumer.getmany(timeout_ms=1000)
        for tp, records in batches.items():
            for record in records:
                if tp in remaining and record.offset < remaining[tp]:
                    yield record
        for tp in list(remaining):
            if await consumer.position(tp) >= remaining[tp]:
                del remaining[tp]


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    partitions = consumer.partitions_for_topic(topic)
    if not partitions:
        await consumer._client.force_metadata_update()  # aiokafka has no public "refresh metadata"
        partitions = consumer.partitions_for_topic(topic) or set()
    return [TopicPartition(topic, p) for p in sorted(partitions)]


async def list_parked(bootstrap: str, topic: str, limit: int = 100) -> list[Parked]:
    """The parked records of `<topic>.dlq` from the start (no consumer group; nothing is committed)."""
    dlq = dlq_topic(source_topic(topic))
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = await _partitions(consumer, dlq)
        if not partitions:
            return []
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        found: list[Parked] = []
        async for record in _read_until_end(consumer, ends):
            found.append(_parked(record))
            if len(found) >= limit:
                break
        return found
    finally:
        await consumer.stop()


@dataclass(frozen=True)
class RedriveResult:
    topic: str
    records: list[Parked]  # re-driven (or, in a dry run, that would be)
    dry_run: bool

    @property
    def redriven(self) -> int:
        return len(self.records)


async def redrive(
    bootstrap: str, topic: str, *, group: str = REDRIVE_GROUP, limit: int | None = None, dry_run: bool = False
) -> RedriveResult:
    """Republish what `<topic>.dlq` holds (not yet re-driven by `group`) to `topic`."""
    target = source_topic(topic)
    dlq = dlq_topic(target)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await consumer.start()
    await producer.start()
    done: list[Parked] = []
    try:
        partitions = await _partitions(consumer, dlq)
        if not partitions:
            return RedriveResult(target, [], dry_run)
        consumer.assign(partitions)
        committed = {tp: await consumer.committed(tp) for tp in partitions}
        for tp, offset in committed.items():
            if offset is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, offset)
        ends = await consumer.end_offsets(partitions)
        async for record in _read_until_end(consumer, ends):
            if limit is not None and len(done) >= limit:
                break
            parked = _parked(record)
            if not dry_run:
                dropped = (*DLQ_HEADERS, REDRIVEN_FROM)
                headers = [(n, v.encode()) for n, v in parked.headers.items() if n not in dropped]
                headers.append((REDRIVEN_FROM, f"{dlq}/{record.partition}/{record.offset}".encode()))
                await producer.send_and_wait(target, record.value, key=record.key, headers=headers)
                tp = TopicPartition(dlq, record.partition)
                await consumer.commit({tp: record.offset + 1})
            done.append(parked)
        return RedriveResult(target, done, dry_run)
    finally:
        await producer.stop()
        await consumer.stop()
