"""One trace across processes: a need posted to the registry with a W3C traceparent is followed, through the
outbox and Kafka, into the matcher and on to the match it publishes. Both services run as real processes and
export their spans over OTLP/HTTP to a small receiver in this test (the exporter the services ship with)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.trace.v1.trace_pb2 import Span

from padan.cli.testing import StackEndpoints, free_port, wait_until
from tests.harness import platform
from tests.test_thin_slice_e2e import _post_need, _register_buyer, _register_supplier_and_product

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"

# (service.name, span name, span kind, trace id hex) of every span received
Received = list[tuple[str, str, int, str]]


@pytest.fixture
def otlp_receiver() -> Iterator[tuple[str, Received]]:
    received: Received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = ExportTraceServiceRequest()
            request.ParseFromString(self.rfile.read(int(self.headers["Content-Length"])))
            for resource_spans in request.resource_spans:
                attributes = {a.key: a.value.string_value for a in resource_spans.resource.attributes}
                for scope_spans in resource_spans.scope_spans:
                    for span in scope_spans.spans:
                        received.append((attributes.get("service.name", ""), span.name, span.kind, span.trace_id.hex()))
            body = ExportTraceServiceResponse().SerializeToString()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


def test_a_need_is_one_trace_from_the_registry_api_to_the_match(
    real_stack: StackEndpoints, otlp_receiver: tuple[str, Received], monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoint, received = otlp_receiver
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "200")  # export every 0.2 s instead of 5 s
    token = f"jejak{uuid.uuid4().hex[:8]}"
    trace_id = uuid.uuid4().hex
    with platform(LOGS, "registry", "matcher") as running, running.client("registry") as registry:
        _register_supplier_and_product(registry, token)
        satker = _register_buyer(registry)
        registry.headers["traceparent"] = f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"
        _post_need(registry, satker, token)

        def hops() -> set[tuple[str, str, int]]:
            return {(service, name, kind) for service, name, kind, tid in list(received) if tid == trace_id}

        expected = {
            ("padan-registry", "send registry.needs.v1", Span.SPAN_KIND_PRODUCER),
            ("padan-matcher", "process registry.needs.v1", Span.SPAN_KIND_CONSUMER),
            ("padan-matcher", "send matcher.matches.v1", Span.SPAN_KIND_PRODUCER),
        }
        seen = wait_until(lambda: hops() >= expected and hops(), timeout=180, what="the need's spans in both services")
    assert any(service == "padan-registry" and kind == Span.SPAN_KIND_SERVER for service, _, kind in seen)
