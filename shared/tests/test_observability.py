"""Metrics, traces and logs of the shared plumbing: one trace id across publish -> consume on the real broker."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import structlog
from aiokafka.partitioner import DefaultPartitioner
from fastapi import FastAPI
from fastapi.testclient import TestClient
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from padan.cli.testing import StackEndpoints, unique, wait_until_async
from padan.shared import metrics as padan_metrics
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted
from padan.shared.http import install_common
from padan.shared.kafka import make_broker, subscribe
from padan.shared.logging import configure_logging, get_logger
from padan.shared.mongo import make_mongo_client
from padan.shared.outbox import OutboxRelay, pending_event, with_outbox
from padan.shared.tracing import (
    configure_tracing,
    consume_batch_span,
    current_context_headers,
    current_trace_ids,
    event_span,
)
from padan.shared.vocabulary import BuyerKind

EXPECTED_FAMILIES = {
    "padan_events_consumed",
    "padan_handler_seconds",
    "padan_handler_errors",
    "padan_events_dead_lettered",
    "padan_consumer_lag",
    "padan_outbox_published",
    "padan_outbox_backlog",
    "padan_outbox_relay_failures",
    "padan_deliveries",
    "padan_http_requests",
    "padan_http_request_seconds",
}


@pytest.fixture(scope="module")
def spans() -> InMemorySpanExporter:
    """The process's tracer provider (as a service configures it) with an in-memory exporter added."""
    exporter = InMemorySpanExporter()
    configure_tracing("observability-test").add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


def _app() -> FastAPI:
    app = FastAPI()

    async def fine() -> None:
        return None

    install_common(app, {"always": fine})

    @app.get("/api/v1/things/{thing_id}")
    async def thing(thing_id: str) -> dict[str, str]:
        return {"id": thing_id, **current_trace_ids()}

    return app


def _sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_endpoint_exposes_every_padan_metric() -> None:
    with TestClient(_app()) as client:
        body = client.get("/metrics").text
    families = {family.name for family in text_string_to_metric_families(body)}
    assert families >= EXPECTED_FAMILIES


def test_requests_are_counted_by_route_template_and_traced(spans: InMemorySpanExporter) -> None:
    labels = {
        "service": padan_metrics.service(),
        "method": "GET",
        "route": "/api/v1/things/{thing_id}",
        "status": "200",
    }
    before = _sample("padan_http_requests_total", labels)
    with TestClient(_app()) as client:
        answer = client.get("/api/v1/things/t-1", headers={"traceparent": f"00-{'ab' * 16}-{'cd' * 8}-01"}).json()
        client.get("/health")
    assert _sample("padan_http_requests_total", labels) == before + 1
    # The caller's trace continues in the service (W3C traceparent), and probes are not traced.
    assert answer["trace_id"] == "ab" * 16
    traced = [span for span in spans.get_finished_spans() if span.context.trace_id == int("ab" * 16, 16)]
    assert any(span.kind is SpanKind.SERVER for span in traced)
    ours = [span for span in spans.get_finished_spans() if span.instrumentation_scope.name == "padan"]
    assert not any("/health" in span.name for span in ours)


def test_log_lines_carry_the_trace_id_and_hide_secrets(spans: InMemorySpanExporter) -> None:
    out = io.StringIO()
    configure_logging("observability-test")
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(out), cache_logger_on_first_use=False)
    try:
        with trace.get_tracer("test").start_as_current_span("work") as span:
            get_logger("t").info("did_work", smtp_password="hunter2")
        line = json.loads(out.getvalue().strip().splitlines()[-1])
    finally:
        structlog.reset_defaults()
        structlog.contextvars.unbind_contextvars("service")  # configure_logging binds it process-wide
    assert line["trace_id"] == format(span.get_span_context().trace_id, "032x")
    assert line["service"] == "observability-test" and line["smtp_password"] == "***"


def test_an_event_of_a_batch_continues_its_own_trace_in_a_span_linked_to_the_batch(
    spans: InMemorySpanExporter,
) -> None:
    """A batch has one span (many parents); a handler that must carry one event's trace on (a need to its
    matches) opens that event's span from its envelope, and what it writes inside continues the trace."""
    producer = {"traceparent": f"00-{'12' * 16}-{'34' * 8}-01"}
    with consume_batch_span([topics.NEEDS], [producer], 2, "matcher") as batch:
        with event_span(topics.NEEDS, producer):
            inside = current_trace_ids()
            carried = current_context_headers()
        with event_span(topics.NEEDS, {}):
            orphan = current_trace_ids()

    assert inside["trace_id"] == "12" * 16 and carried["traceparent"].split("-")[1] == "12" * 16
    [span] = [s for s in spans.get_finished_spans() if s.context.trace_id == int("12" * 16, 16)]
    assert span.kind is SpanKind.CONSUMER and span.name == f"process {topics.NEEDS}"
    assert span.parent is not None and span.parent.span_id == int("34" * 8, 16)
    assert [link.context.span_id for link in span.links] == [batch.get_span_context().span_id]
    assert orphan["trace_id"] == format(batch.get_span_context().trace_id, "032x"), "no producer: under the batch"


def _buyer(buyer_id: str) -> BuyerUpserted:
    return BuyerUpserted(
        buyer_id=buyer_id,
        kind=BuyerKind.PERANGKAT_DAERAH,
        satker_code="1.01",
        name=f"Dinas Uji {buyer_id}",
        region_code="18.71",
        version=1,
        occurred_at=datetime.now(UTC),
    )


@pytest.mark.integration
async def test_one_trace_follows_an_event_over_two_kafka_hops(
    real_stack: StackEndpoints, spans: InMemorySpanExporter
) -> None:
    """request span -> outbox -> relay (send) -> Kafka -> subscribe (process) -> handler writes the next event
    to its outbox -> relay (send) -> Kafka -> subscribe (process): one trace id all the way."""
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("trace_test")]
    broker = make_broker(real_stack.kafka_bootstrap, "trace-test")
    service = unique("trace-svc")
    first_id, second_id = unique("buyer"), unique("buyer")
    relay = OutboxRelay(db, ["buyers"], broker, poll_seconds=0.1, service=service)
    seen: dict[str, tuple[str, Envelope]] = {}

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        if event.buyer_id not in (first_id, second_id):
            return
        seen[event.buyer_id] = (current_trace_ids()["trace_id"], envelope)
        if event.buyer_id == first_id:  # the effect of the first event causes the second (as the matcher does)
            entry = pending_event(_buyer(second_id), source="/padan/test")
            await db.buyers.update_one({"_id": second_id}, with_outbox({"$set": {"v": 1}}, [entry]), upsert=True)
            relay.notify("buyers", [second_id])

    subscribe(broker, {topics.BUYERS: on_buyer}, service=service, group_id=unique("group"))
    await broker.start()
    try:
        await relay.ensure_indexes()
        with trace.get_tracer("test").start_as_current_span("POST /api/v1/buyers", kind=SpanKind.SERVER) as root:
            entry = pending_event(_buyer(first_id), source="/padan/test")
        await db.buyers.update_one({"_id": first_id}, with_outbox({"$set": {"v": 1}}, [entry]), upsert=True)
        relay.notify("buyers", [first_id])
        relay_task = asyncio.create_task(relay.run())
        try:
            await wait_until_async(lambda: second_id in seen, timeout=90, what="the second hop")
        finally:
            relay_task.cancel()
    finally:
        await broker.stop()
        await mongo.drop_database(db.name)
        await mongo.close()

    trace_id = root.get_span_context().trace_id
    hex_id = format(trace_id, "032x")
    assert seen[first_id][0] == hex_id and seen[second_id][0] == hex_id
    in_trace: list[ReadableSpan] = [s for s in spans.get_finished_spans() if s.context.trace_id == trace_id]
    kinds = [(span.kind, span.name) for span in in_trace]
    assert kinds.count((SpanKind.PRODUCER, f"send {topics.BUYERS}")) == 2
    assert kinds.count((SpanKind.CONSUMER, f"process {topics.BUYERS}")) >= 2
    # Each consume span is the child of a send span (the context came through the Kafka headers).
    sends = {span.context.span_id for span in in_trace if span.kind is SpanKind.PRODUCER}
    assert all(s.parent is not None and s.parent.span_id in sends for s in in_trace if s.kind is SpanKind.CONSUMER)

    # The same path counted in the metrics, labelled with the service.
    assert _sample("padan_outbox_published_total", {"service": service, "topic": topics.BUYERS}) == 2
    handled = {"service": service, "topic": topics.BUYERS}
    assert _sample("padan_handler_seconds_count", handled) >= 2
    assert _sample("padan_events_consumed_total", {**handled, "outcome": "ok"}) >= 2
    lags = [
        _sample("padan_consumer_lag", {**handled, "partition": str(p)})
        for p in range(6)
        if REGISTRY.get_sample_value("padan_consumer_lag", {**handled, "partition": str(p)}) is not None
    ]
    assert lags and all(lag >= 0 for lag in lags)
    assert _sample("padan_outbox_backlog", {"service": service}) == 0


@pytest.mark.integration
async def test_outbox_backlog_stays_up_while_the_broker_is_away_and_clears_after(real_stack: StackEndpoints) -> None:
    mongo = make_mongo_client(real_stack.mongo_url)
    db = mongo[unique("backlog_test")]
    broker = make_broker(real_stack.kafka_bootstrap, "backlog-test")  # not started yet: publishing fails
    service = unique("backlog-svc")
    relay = OutboxRelay(db, ["buyers"], broker, poll_seconds=0.1, service=service)
    buyer_id = unique("buyer")
    backlog = {"service": service}
    task = None
    try:
        await relay.ensure_indexes()
        entry = pending_event(_buyer(buyer_id), source="/padan/test")
        await db.buyers.update_one({"_id": buyer_id}, with_outbox({"$set": {"v": 1}}, [entry]), upsert=True)
        task = asyncio.create_task(relay.run())
        await wait_until_async(
            lambda: _sample("padan_outbox_relay_failures_total", backlog) >= 1, timeout=60, what="a failed pass"
        )
        assert _sample("padan_outbox_backlog", backlog) == 1
        await broker.start()
        await wait_until_async(
            lambda: _sample("padan_outbox_published_total", {**backlog, "topic": topics.BUYERS}) == 1,
            timeout=90,
            what="the event published once the broker is there",
        )
        await wait_until_async(lambda: _sample("padan_outbox_backlog", backlog) == 0, timeout=30, what="backlog 0")
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await broker.stop()
        await mongo.drop_database(db.name)
        await mongo.close()


@pytest.mark.integration
async def test_lag_shows_a_partition_stuck_on_a_transient_failure(real_stack: StackEndpoints) -> None:
    broker = make_broker(real_stack.kafka_bootstrap, "lag-test")
    service, buyer_id = unique("lag-svc"), unique("buyer")
    store_back = False
    applied: list[str] = []

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        if event.buyer_id != buyer_id:
            return
        if not store_back:
            raise OSError("store away")  # transient: never parked, redelivered
        applied.append(envelope.id)

    subscribe(broker, {topics.BUYERS: on_buyer}, service=service, group_id=unique("group"), max_attempts=1)
    await broker.start()
    try:
        await broker.publish(
            _buyer(buyer_id).model_dump_json().encode(),
            topics.BUYERS,
            key=buyer_id.encode(),
            headers=Envelope.new(event_type=BuyerUpserted.event_type, source="/padan/test").to_headers(),
        )

        # The producer's default partitioner (murmur2 of the key) says which partition the event is on.
        partition = DefaultPartitioner()(buyer_id.encode(), list(range(6)), list(range(6)))
        labels = {"service": service, "topic": topics.BUYERS}

        def lag() -> float:
            return _sample("padan_consumer_lag", {**labels, "partition": str(partition)})

        await wait_until_async(
            lambda: _sample("padan_handler_errors_total", {**labels, "error": "OSError"}) >= 1,
            timeout=90,
            what="a transient failure",
        )
        await wait_until_async(lambda: lag() >= 1, timeout=30, what="lag while stuck")
        assert applied == []
        store_back = True
        await wait_until_async(lambda: applied, timeout=60, what="the event applied once the store is back")
        await wait_until_async(lambda: lag() == 0, timeout=30, what="lag back to 0")
    finally:
        await broker.stop()
