"""Kafka plumbing every service shares: the broker, topic provisioning, and the consumer wrapper.

The wrapper is where the delivery rules of DESIGN.md live: an offset is committed only after the handler's
effect; a message that cannot be read goes to `<topic>.dlq` with its reason and original bytes; a
transient failure (database or broker away) is retried and never committed, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable, Mapping
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
from padan.shared.tracing import consume_span

log = get_logger(__name__)

EventHandler = Callable[[Any, Envelope], Awaitable[None]]

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
                    await _handle_with_retries(handlers[topic], event, envelope, max_attempts)
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


def _undecoded(message: Any) -> bytes:
    return bytes(message.body)


def _record_lag(service: str, message: Any, raw: Any, *, handled: bool) -> None:
    """Messages of this partition not yet dealt with (this one included unless `handled`), from the
    high-water mark of the consumer's last fetch."""
    highwater = getattr(message.consumer, "highwater", None)
    if highwater is None:  # FastStream's in-memory test broker has no real consumer
        return
    from aiokafka import TopicPartition

    end = highwater(TopicPartition(raw.topic, raw.partition))
    if end is not None:
        CONSUMER_LAG.labels(service, raw.topic, str(raw.partition)).set(max(end - raw.offset - int(handled), 0))


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


async def _handle_with_retries(handler: EventHandler, event: Event, envelope: Envelope, attempts: int) -> None:
    async for attempt in AsyncRetrying(
        retry=retry_if_exception_type(TRANSIENT_ERRORS),
        stop=stop_after_attempt(attempts),
        wait=wait_exponential_jitter(multiplier=0.1, max=5.0),
        reraise=True,
    ):
        with attempt:
            await handler(event, envelope)
