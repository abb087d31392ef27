"""Kafka plumbing every service shares: the broker, topic provisioning, and the consumer wrapper.

The wrapper is where the delivery rules of docs/ARCHITECTURE.md live: an offset is committed only after the handler's
effect; a message that cannot be read goes to `<topic>.dlq` with its reason and original bytes; a
transient failure (database or broker away) is retried and never committed, so nothing is lost.
`subscribe` hands events over one at a time; `subscribe_batch` hands over the valid events of a fetched
batch at once, for consumers whose effect is cheaper per batch than per event (same rules, per batch).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from faststream import AckPolicy
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from pydantic import ValidationError
from pymongo.errors import ConnectionFailure
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter

from padan.shared.envelope import Envelope, EnvelopeError
from padan.shared.events import MODEL_BY_TOPIC, Event
from padan.shared.logging import correlation, get_logger
from padan.shared.metrics import CONSUMER_LAG, DEAD_LETTERED, EVENTS_CONSUMED, HANDLER_ERRORS, HANDLER_SECONDS
from padan.shared.topics import ALL_TOPICS, TopicSpec, dlq_topic
from padan.shared.tracing import consume_batch_span, consume_span

log = get_logger(__name__)

EventHandler = Callable[[Any, Envelope], Awaitable[None]]
# Gets the valid events of a batch, in offset order per partition; must be idempotent (a batch may come again).
BatchHandler = Callable[[Sequence[tuple[Any, Envelope]]], Awaitable[None]]

# Failures that mean "try again later", never "this message is bad".
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionFailure,
    KafkaError,
    asyncio.TimeoutError,
    OSError,
)

# No event is near this; a bigger one is a bug or an attack, parked before it is parsed.
MAX_EVENT_BYTES = 256 * 1024

# Headers `dead_letter` adds to a parked message (the original headers are kept beside them); `padan dlq`
# reads them to list and re-drive.
DLQ_HEADERS = ("dlq_reason", "dlq_source_topic", "dlq_partition", "dlq_offset", "dlq_consumer")


class PermanentEventError(Exception):
    """A handler's verdict that this event can never be applied (it goes to the DLQ)."""


def make_broker(bootstrap: str, client_id: str) -> KafkaBroker:
    """Idempotent producer, acks from all in-sync replicas."""
    return KafkaBroker(
        bootstrap,
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        graceful_timeout=15.0,
        log_level=20,
    )


async def ensure_topics(bootstrap: str, specs: Iterable[TopicSpec] = ALL_TOPICS, replication: int = 1) -> None:
    """Create the topics that do not exist yet (idempotent; safe to call from every service at start)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="padan-topic-provisioner")
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name=spec.name,
                num_partitions=spec.partitions,
                replication_factor=replication,
                topic_configs={"cleanup.policy": "compact"} if spec.compacted else {},
            )
            for spec in specs
            if spec.name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another service won the race
                await admin.create_topics(missing)
            log.info("topics_created", topics=[t.name for t in missing])
    finally:
        await admin.close()


async def dead_letter(broker: KafkaBroker, message: Any, topic: str, consumer: str, reason: str) -> None:
    """Park an unreadable message with its reason and its original bytes, headers and key."""
    raw = message.raw_message
    headers = {k: v for k, v in (message.headers or {}).items() if isinstance(v, str)}
    headers.update(
        {
            "dlq_reason": reason[:2000],
            "dlq_source_topic": topic,
            "dlq_partition": str(getattr(raw, "partition", "")),
            "dlq_offset": str(getattr(raw, "offset", "")),
            "dlq_consumer": consumer,
        }
    )
    await broker.publish(message.body, dlq_topic(topic), key=getattr(raw, "key", None), headers=headers)
    DEAD_LETTERED.labels(consumer, topic).inc()
    log.warning("event_dead_lettered", topic=topic, reason=reason[:300], offset=headers["dlq_offset"])


def parse_event(topic: str, headers: dict[str, Any], body: bytes) -> tuple[Event, Envelope]:
    """Read one message of `topic`; raises EnvelopeError or ValidationError when it is not a valid event."""
    model = MODEL_BY_TOPIC[topic]
    envelope = Envelope.from_headers({k: v for k, v in headers.items() if isinstance(v, str)})
    if envelope.type != model.event_type:
        raise EnvelopeError(f"ce_type {envelope.type!r} is not {model.event_type!r} expected on {topic}")
    return model.model_validate_json(body), envelope


def subscribe(
    broker: KafkaBroker,
    handlers: Mapping[str, EventHandler],
    *,
    service: str,
    group_id: str | None,
    max_attempts: int = 5,
    on_progress: Callable[[str, int, int], None] | None = None,
    **subscriber_options: Any,
) -> None:
    """Register `handler(event, envelope)` per topic, all on ONE consumer (one group member per service
    instance, so a start does not set off a rebalance per topic).

    `group_id=None` means every replica reads the whole topics from the start (used for the catalog).
    `on_progress(topic, partition, offset)` is told after each message is dealt with.
    """
    topic_names = tuple(handlers)

    # Acknowledgement is explicit: commit after the effect (or after parking the message in the DLQ), seek
    # back on a transient failure. A groupless subscriber (whole-topic reader) has nothing to commit.
    # The body reaches `consume` undecoded: FastStream's own JSON decoding would fail on a malformed body
    # before our code runs and skip the message without a trace; parse_event decides and dead-letters.
    @broker.subscriber(  # type: ignore[misc,untyped-decorator]
        *topic_names,
        group_id=group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        decoder=_undecoded,
        title=f"{service}:{'+'.join(topic_names)}",
        **subscriber_options,
    )
    async def consume(message: KafkaMessage) -> None:
        raw: Any = message.raw_message
        topic = raw.topic
        with consume_span(topic, message.headers or {}, raw.partition, raw.offset, group_id):
            try:
                done = await _process(topic, message)
            except Exception:
                log.warning("event_not_processed_will_redeliver", topic=topic, exc_info=True)
                done = False
        if not done:
            _record_lag(service, message, raw, handled=False)  # a stuck partition shows its lag growing
            await asyncio.sleep(1.0)  # back off before the redelivery
            await message.nack()
            return
        if group_id is not None:
            await message.ack()
        if on_progress is not None:
            on_progress(topic, raw.partition, raw.offset)
        _record_lag(service, message, raw, handled=True)

    async def _process(topic: str, message: Any) -> bool:
        """True when the message is dealt with (applied, or parked in the DLQ); False to redeliver it."""
        if not message.body and not message.headers.get("ce_id"):
            return True  # a compaction tombstone: nothing to apply
        if len(message.body) > MAX_EVENT_BYTES:
            EVENTS_CONSUMED.labels(service, topic, "invalid").inc()
            await dead_letter(broker, message, topic, service, f"oversized: {len(message.body)} bytes")
            return True
        try:
            event, envelope = parse_event(topic, message.headers, message.body)
        except (EnvelopeError, ValidationError, ValueError) as exc:
            EVENTS_CONSUMED.labels(service, topic, "invalid").inc()
            await dead_letter(broker, message, topic, service, f"invalid event: {exc}")
            return True
        with correlation(envelope.correlation_id, event_id=envelope.id, topic=topic):
            try:
                with HANDLER_SECONDS.labels(service, topic).time():
                    await _with_retries(functools.partial(handlers[topic], event, envelope), max_attempts)
            except TRANSIENT_ERRORS as exc:
                EVENTS_CONSUMED.labels(service, topic, "retry").inc()
                HANDLER_ERRORS.labels(service, topic, type(exc).__name__).inc()
                log.warning("event_handler_transient_failure_will_redeliver", exc_info=True)
                return False
            except Exception as exc:  # a bug or a permanent verdict: park it, keep the partition moving
                EVENTS_CONSUMED.labels(service, topic, "failed").inc()
                HANDLER_ERRORS.labels(service, topic, type(exc).__name__).inc()
                log.error("event_handler_failed", exc_info=True)
                await dead_letter(broker, message, topic, service, f"handler failed: {type(exc).__name__}: {exc}")
                return True
        EVENTS_CONSUMED.labels(service, topic, "ok").inc()
        return True


@dataclass
class _Record:
    """One message of a batch, shaped as `dead_letter` reads a FastStream message."""

    raw_message: Any
    headers: dict[str, Any]
    body: bytes


@dataclass
class _Valid:
    record: _Record
    event: Any
    envelope: Envelope

    @property
    def topic(self) -> str:
        return str(self.record.raw_message.topic)


def subscribe_batch(
    broker: KafkaBroker,
    topic_names: Iterable[str],
    handler: BatchHandler,
    *,
    service: str,
    group_id: str | None,
    max_records: int = 500,
    batch_timeout_ms: int = 200,
    max_attempts: int = 5,
    on_progress: Callable[[str, int, int], None] | None = None,
    **subscriber_options: Any,
) -> None:
    """Register `handler(events)` for batches of up to `max_records` messages of `topic_names`, on ONE consumer.

    Per batch: a message that is unreadable, oversized or not a valid event is parked in the DLQ with its
    reason (once the others are applied), and the others are still handled; the handler gets the valid
    (event, envelope) pairs in offset order (per partition; a batch may hold several partitions and
    topics); the offsets are committed after the handler returns. A transient failure (still failing after
    `max_attempts` tries) rewinds every partition of the batch to its first message, so the whole batch
    comes again. Any other failure: the batch's events are handed over one at a time, and those that fail
    alone go to the DLQ (the others are applied; the handler is idempotent, so what it did before the
    failure is harmless to do again).
    `group_id=None`: every replica reads the whole topics from the start, and nothing is committed (as in
    `subscribe`); a failed batch is still read again from its first message.
    `on_progress(topic, partition, offset)` is told the last offset per partition once a batch is dealt with.
    Each event's envelope carries its producer's trace context (`Envelope.trace`), for a handler that
    follows one event's trace inside the batch span (`padan.shared.tracing.event_span`).
    """
    names = tuple(topic_names)
    batches = _BatchConsumer(broker, handler, service, max_attempts)

    @broker.subscriber(  # type: ignore[call-overload,misc,untyped-decorator]
        *names,
        group_id=group_id,
        auto_offset_reset="earliest",
        ack_policy=AckPolicy.MANUAL,
        batch=True,
        max_records=max_records,
        batch_timeout_ms=batch_timeout_ms,
        decoder=_undecoded_batch,
        title=f"{service}:{'+'.join(names)}:batch",
        **subscriber_options,
    )
    async def consume(message: KafkaMessage) -> None:
        raws: tuple[Any, ...] = message.raw_message
        records = [
            _Record(raw, headers, body)
            for raw, headers, body in zip(raws, message.batch_headers, message.body, strict=True)
        ]
        with consume_batch_span(names, [r.headers for r in records], len(records), group_id):
            try:
                done = await batches.process(records)
            except Exception:
                log.warning("batch_not_processed_will_redeliver", size=len(records), exc_info=True)
                done = False
        last = _last_offsets(raws)
        if not done:
            for (topic, partition), offset in last.items():  # a stuck batch shows its partitions' lag growing
                _record_lag_at(service, message, topic, partition, offset, handled=False)
            await asyncio.sleep(1.0)  # back off before the redelivery
            await message.nack()  # rewinds each partition to the batch's first message
            return
        if group_id is not None:
            await message.ack()
        for (topic, partition), offset in last.items():
            if on_progress is not None:
                on_progress(topic, partition, offset)
            _record_lag_at(service, message, topic, partition, offset, handled=True)


class _BatchConsumer:
    """What `subscribe_batch` does with one fetched batch (see there).

    Bad messages are parked only once the batch's effect is done: a batch that comes again after a transient
    failure does not park them twice.
    """

    def __init__(self, broker: KafkaBroker, handler: BatchHandler, service: str, max_attempts: int) -> None:
        self.broker = broker
        self.handler = handler
        self.service = service
        self.max_attempts = max_attempts

    async def process(self, records: list[_Record]) -> bool:
        """True when every message is dealt with (applied, or parked in the DLQ); False to redeliver them all."""
        valid: list[_Valid] = []
        to_park: list[tuple[_Record, str, str]] = []  # (message, outcome, reason)
        for record in records:
            if not record.body and not record.headers.get("ce_id"):
                continue  # a compaction tombstone: nothing to apply
            if len(record.body) > MAX_EVENT_BYTES:
                to_park.append((record, "invalid", f"oversized: {len(record.body)} bytes"))
                continue
            try:
                event, envelope = parse_event(record.raw_message.topic, record.headers, record.body)
            except (EnvelopeError, ValidationError, ValueError) as exc:
                to_park.append((record, "invalid", f"invalid event: {exc}"))
                continue
            valid.append(_Valid(record, event, envelope))
        if valid:
            failed = await self._handle(valid)
            if failed is None:
                return False
            to_park.extend((v.record, "failed", reason) for v, reason in failed)
        for record, outcome, reason in to_park:
            topic = record.raw_message.topic
            EVENTS_CONSUMED.labels(self.service, topic, outcome).inc()
            await dead_letter(self.broker, record, topic, self.service, reason)
        return True

    async def _handle(self, valid: list[_Valid]) -> list[tuple[_Valid, str]] | None:
        """Apply the valid events; returns the ones that fail alone (with why), or None to redeliver the batch."""
        batch_topics = "+".join(sorted({v.topic for v in valid}))
        events = [(v.event, v.envelope) for v in valid]
        started = time.perf_counter()
        try:
            await _with_retries(functools.partial(self.handler, events), self.max_attempts)
        except TRANSIENT_ERRORS as exc:
            self._count(valid, "retry")
            HANDLER_ERRORS.labels(self.service, batch_topics, type(exc).__name__).inc()
            log.warning("batch_handler_transient_failure_will_redeliver", size=len(valid), exc_info=True)
            return None
        except Exception as exc:  # a bug or a permanent verdict on some event: find it, one event at a time
            HANDLER_ERRORS.labels(self.service, batch_topics, type(exc).__name__).inc()
            log.error("batch_handler_failed_retrying_one_by_one", size=len(valid), exc_info=True)
            return await self._one_by_one(valid)
        finally:
            HANDLER_SECONDS.labels(self.service, batch_topics).observe(time.perf_counter() - started)
        self._count(valid, "ok")
        return []

    def _count(self, valid: list[_Valid], outcome: str) -> None:
        """Once per topic, not per event: the label lookups were 5% of replaying a million-product catalog."""
        for topic, count in Counter(v.topic for v in valid).items():
            EVENTS_CONSUMED.labels(self.service, topic, outcome).inc(count)

    async def _one_by_one(self, valid: list[_Valid]) -> list[tuple[_Valid, str]] | None:
        failed: list[tuple[_Valid, str]] = []
        for v in valid:
            with correlation(v.envelope.correlation_id, event_id=v.envelope.id, topic=v.topic):
                try:
                    await _with_retries(functools.partial(self.handler, [(v.event, v.envelope)]), self.max_attempts)
                except TRANSIENT_ERRORS:
                    EVENTS_CONSUMED.labels(self.service, v.topic, "retry").inc()
                    log.warning("event_handler_transient_failure_will_redeliver", exc_info=True)
                    return None
                except Exception as exc:
                    HANDLER_ERRORS.labels(self.service, v.topic, type(exc).__name__).inc()
                    log.error("event_handler_failed", exc_info=True)
                    failed.append((v, f"handler failed: {type(exc).__name__}: {exc}"))
                    continue
            EVENTS_CONSUMED.labels(self.service, v.topic, "ok").inc()
        return failed


def _undecoded_batch(message: Any) -> list[bytes]:
    return [bytes(body) for body in message.body]


def _last_offsets(raws: Iterable[Any]) -> dict[tuple[str, int], int]:
    last: dict[tuple[str, int], int] = {}
    for raw in raws:
        key = (raw.topic, raw.partition)
        last[key] = max(last.get(key, -1), raw.offset)
    return last


def _undecoded(message: Any) -> bytes:
    return bytes(message.body)


def _record_lag(service: str, message: Any, raw: Any, *, handled: bool) -> None:
    _record_lag_at(service, message, raw.topic, raw.partition, raw.offset, handled=handled)


def _record_lag_at(service: str, message: Any, topic: str, partition: int, offset: int, *, handled: bool) -> None:
    """Messages of this partition not yet dealt with (the one at `offset` included unless `handled`), from the
    high-water mark of the consumer's last fetch."""
    highwater = getattr(message.consumer, "highwater", None)
    if highwater is None:  # FastStream's in-memory test broker has no real consumer
        return
    from aiokafka import TopicPartition

    end = highwater(TopicPartition(topic, partition))
    if end is not None:
        CONSUMER_LAG.labels(service, topic, str(partition)).set(max(end - offset - int(handled), 0))


async def end_offsets(bootstrap: str, topic_names: Iterable[str]) -> dict[tuple[str, int], int]:
    """The next offset to be written per (topic, partition): what a reader must reach to be caught up."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [
            TopicPartition(topic, partition)
            for topic in topic_names
            for partition in sorted(consumer.partitions_for_topic(topic) or await _partitions(consumer, topic))
        ]
        offsets = await consumer.end_offsets(partitions)
        return {(tp.topic, tp.partition): offset for tp, offset in offsets.items()}
    finally:
        await consumer.stop()


async def _partitions(consumer: Any, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()
    return set(consumer.partitions_for_topic(topic) or ())


async def _with_retries(call: Callable[[], Awaitable[None]], attempts: int) -> None:
    """Run `call` again on a transient failure, with backoff, up to `attempts` tries in all."""
    async for attempt in AsyncRetrying(
        retry=retry_if_exception_type(TRANSIENT_ERRORS),
        stop=stop_after_attempt(attempts),
        wait=wait_exponential_jitter(multiplier=0.1, max=5.0),
        reraise=True,
    ):
        with attempt:
            await call()
