"""The Prometheus metrics every service exposes on /metrics (see padan.shared.http).

They are recorded where the shared plumbing runs (subscribe, the outbox relay, the HTTP layer), so every
service has them without code of its own; `deploy/grafana/padan.json` charts them and a test checks that
each name the dashboard uses is exposed. Each process runs one service: `service` labels come from
`set_service`, which the service runtime calls at construction.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

_service = "padan"

# Handlers are database writes plus a little logic: milliseconds normally, seconds when the store is slow.
_HANDLER_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

EVENTS_CONSUMED = Counter(
    "padan_events_consumed_total",
    "Events handled by a consumer, by outcome: ok, invalid (to the DLQ), failed (to the DLQ), retry",
    ["service", "topic", "outcome"],
)
HANDLER_SECONDS = Histogram(
    "padan_handler_seconds", "Event handler latency (retries included)", ["service", "topic"], buckets=_HANDLER_BUCKETS
)
HANDLER_ERRORS = Counter(
    "padan_handler_errors_total",
    "Handler failures by exception type (transient ones are redelivered, the others dead-lettered)",
    ["service", "topic", "error"],
)
DEAD_LETTERED = Counter("padan_events_dead_lettered_total", "Messages parked on <topic>.dlq", ["service", "topic"])
CONSUMER_LAG = Gauge(
    "padan_consumer_lag",
    "Messages between the last one handled and the partition's end, as the consumer last fetched it",
    ["service", "topic", "partition"],
)
OUTBOX_PUBLISHED = Counter("padan_outbox_published_total", "Events published by the outbox relay", ["service", "topic"])
OUTBOX_BACKLOG = Gauge(
    "padan_outbox_backlog",
    "Outbox events the relay has read or been told about and not yet published",
    ["service"],
)
OUTBOX_FAILURES = Counter(
    "padan_outbox_relay_failures_total", "Relay passes that failed (events stay pending and are retried)", ["service"]
)
DELIVERIES = Counter(
    "padan_deliveries_total",
    "Notifications sent to people and systems, by channel (email, webhook) and outcome (sent, retry, failed)",
    ["service", "channel", "outcome"],
)
HTTP_REQUESTS = Counter(
    "padan_http_requests_total",
    "HTTP requests by route template and status code",
    ["service", "method", "route", "status"],
)
HTTP_SECONDS = Histogram("padan_http_request_seconds", "HTTP request latency", ["service", "route"])


def set_service(name: str) -> None:
    """Name this process's service in every metric it records."""
    global _service  # noqa: PLW0603 - one service per process, set once at wiring time
    _service = name


def service() -> str:
    return _service


def record_delivery(channel: str, outcome: str) -> None:
    """Count one notification attempt (the notifier calls it per email or webhook attempt)."""
    DELIVERIES.labels(_service, channel, outcome).inc()
