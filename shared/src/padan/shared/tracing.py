"""OpenTelemetry traces that follow one need across the Kafka hops.

The W3C trace context (`traceparent`, `tracestate`) travels in three places:
- in the outbox entry: `pending_event` stores the context of the request or handler that caused the event,
  because the relay publishes later, from another task (HTTP requests get a SERVER span continuing the
  caller's `traceparent`: `padan.shared.http`);
- in the Kafka headers: the relay publishes inside a PRODUCER span that is a child of the stored context and
  injects that span's context next to the CloudEvents headers;
- in `subscribe`: the handler runs inside a CONSUMER span whose parent is extracted from the headers, so the
  events it writes to its own outbox continue the same trace. `subscribe_batch` runs a batch in one
  CONSUMER span linked to every message's context (a batch has many parents); a batch handler that must
  carry one event's trace on (a need to its matches) opens an `event_span` for it from `Envelope.trace`.

Export: OTLP over HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) is set,
else nothing leaves the process; trace ids are still made, propagated and written in the logs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache

from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import Span, SpanKind

_TRACER = "padan"
_exporting = False
_MAX_LINKS = 128  # the SDK's default span link limit


def otlp_endpoint() -> str:
    return os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or ""


def configure_tracing(service: str) -> TracerProvider:
    """Install the SDK tracer provider once per process (idempotent) and the OTLP exporter if configured."""
    global _exporting  # noqa: PLW0603 - the provider and its exporter are process-wide by OTel's design
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        name = os.environ.get("OTEL_SERVICE_NAME") or f"padan-{service}"
        provider = TracerProvider(resource=Resource.create({"service.name": name, "service.namespace": "padan"}))
        trace.set_tracer_provider(provider)
    if otlp_endpoint() and not _exporting:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        _exporting = True
    return provider


@cache
def _tracer() -> trace.Tracer:
    """Looked up once (it was 12% of the outbox relay's publishing); before a provider is set it is
    OpenTelemetry's proxy, which follows the provider once one is."""
    return trace.get_tracer(_TRACER)


def current_context_headers() -> dict[str, str]:
    """The current span's context as W3C headers (empty when no span is recording)."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier


@contextmanager
def publish_span(topic: str, parent: Mapping[str, str], event_id: str, key: str) -> Iterator[dict[str, str]]:
    """A PRODUCER span under `parent` (the context stored with the outbox entry); yields the headers to send."""
    attributes = {
        "messaging.system": "kafka",
        "messaging.operation.type": "send",
        "messaging.destination.name": topic,
        "messaging.message.id": event_id,
        "messaging.kafka.message.key": key,
    }
    with _tracer().start_as_current_span(
        f"send {topic}", context=propagate.extract(dict(parent)), kind=SpanKind.PRODUCER, attributes=attributes
    ):
        yield current_context_headers()


@contextmanager
def consume_span(
    topic: str, headers: Mapping[str, object], partition: int, offset: int, group: str | None
) -> Iterator[Span]:
    """A CONSUMER span whose parent is the context the producer put in the message headers."""
    carrier = {name: value for name, value in headers.items() if isinstance(value, str)}
    attributes: dict[str, str | int] = {
        "messaging.system": "kafka",
        "messaging.operation.type": "process",
        "messaging.destination.name": topic,
        "messaging.destination.partition.id": str(partition),
        "messaging.kafka.offset": offset,
        "messaging.message.id": carrier.get("ce_id", ""),
    }
    if group:
        attributes["messaging.consumer.group.name"] = group
    with _tracer().start_as_current_span(
        f"process {topic}", context=propagate.extract(carrier), kind=SpanKind.CONSUMER, attributes=attributes
    ) as span:
        yield span


@contextmanager
def consume_batch_span(
    topics: Sequence[str], headers: Sequence[Mapping[str, object]], size: int, group: str | None
) -> Iterator[Span]:
    """One CONSUMER span for a batch, linked to each message's producer context (OpenTelemetry's batch rule)."""
    links = []
    for message_headers in headers[:_MAX_LINKS]:
        carrier = {name: value for name, value in message_headers.items() if isinstance(value, str)}
        context = trace.get_current_span(propagate.extract(carrier)).get_span_context()
        if context.is_valid:
            links.append(trace.Link(context))
    attributes: dict[str, str | int] = {
        "messaging.system": "kafka",
        "messaging.operation.type": "process",
        "messaging.destination.name": ",".join(topics),
        "messaging.batch.message_count": size,
    }
    if group:
        attributes["messaging.consumer.group.name"] = group
    with _tracer().start_as_current_span(
        f"process {','.join(topics)}", kind=SpanKind.CONSUMER, attributes=attributes, links=links
    ) as span:
        yield span


@contextmanager
def event_span(topic: str, producer: Mapping[str, str]) -> Iterator[Span]:
    """A CONSUMER span for one event of a batch (`producer`: its `Envelope.trace`): the child of its
    producer's context (so what the handler writes for this event continues the event's trace), linked to the
    batch span it runs in."""
    batch = trace.get_current_span().get_span_context()
    attributes = {
        "messaging.system": "kafka",
        "messaging.operation.type": "process",
        "messaging.destination.name": topic,
    }
    with _tracer().start_as_current_span(
        f"process {topic}",
        context=propagate.extract(dict(producer)) if producer else None,  # without one: under the batch span
        kind=SpanKind.CONSUMER,
        attributes=attributes,
        links=[trace.Link(batch)] if batch.is_valid else [],
    ) as span:
        yield span


@contextmanager
def server_span(method: str, route: str, headers: Mapping[str, str]) -> Iterator[Span]:
    """A SERVER span for one HTTP request, child of the caller's `traceparent` when it sent one."""
    attributes = {"http.request.method": method, "http.route": route}
    with _tracer().start_as_current_span(
        f"{method} {route}", context=propagate.extract(dict(headers)), kind=SpanKind.SERVER, attributes=attributes
    ) as span:
        yield span


def current_trace_ids() -> dict[str, str]:
    """trace_id / span_id of the current span, hex as in `traceparent`, for log lines (empty outside a span)."""
    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return {}
    return {"trace_id": format(context.trace_id, "032x"), "span_id": format(context.span_id, "016x")}
