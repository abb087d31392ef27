"""What observability costs per event on the hot path, CPU only (no broker, no store):

- the trace work of one Kafka hop: `pending_event` (stores the trace context), the relay's PRODUCER span
  with header injection, the consumer's CONSUMER span with header extraction, the metric updates of
  `subscribe`, and one structlog line carrying the trace id;
- measured first with no tracer provider installed (OpenTelemetry's no-op API), then with the SDK provider
  the services install (spans recorded, not exported);
- and the size and time of one /metrics scrape with every topic and partition labelled.

    uv run python -m bench.observability              # 20k events per mode
    uv run python -m bench.observability --events 100000

Prints microseconds per event and writes bench/results/observability.json.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import structlog
from prometheus_client import generate_latest

from padan.shared import metrics, topics
from padan.shared.events import BuyerUpserted
from padan.shared.logging import configure_logging, get_logger
from padan.shared.outbox import pending_event
from padan.shared.tracing import configure_tracing, consume_span, publish_span
from padan.shared.vocabulary import BuyerKind

RESULTS = Path(__file__).parent / "results" / "observability.json"


def _event(index: int) -> BuyerUpserted:
    return BuyerUpserted(
        buyer_id=f"b-{index}",
        kind=BuyerKind.PERANGKAT_DAERAH,
        satker_code="1.01",
        name="Dinas Bench",
        region_code="18.71",
        version=1,
        occurred_at=datetime.now(UTC),
    )


def one_hop(events: list[BuyerUpserted]) -> float:
    """Seconds per event for the observability work of publish + consume (the event models are built before)."""
    log = get_logger("bench")
    started = time.perf_counter()
    for index, event in enumerate(events):
        entry = pending_event(event, source="/padan/bench")
        with publish_span(entry["topic"], entry["trace"], entry["id"], entry["key"]) as trace_headers:
            headers: dict[str, Any] = {"ce_id": entry["id"], **trace_headers}
        with consume_span(topics.BUYERS, headers, index % 6, index, "bench"):
            with metrics.HANDLER_SECONDS.labels("bench", topics.BUYERS).time():
                pass
            metrics.EVENTS_CONSUMED.labels("bench", topics.BUYERS, "ok").inc()
            metrics.CONSUMER_LAG.labels("bench", topics.BUYERS, str(index % 6)).set(0)
            log.info("event_applied")
        metrics.OUTBOX_PUBLISHED.labels("bench", topics.BUYERS).inc()
    return (time.perf_counter() - started) / len(events)


def scrape() -> dict[str, float]:
    for service in ("registry", "matcher", "notifier", "reporting"):
        for spec in topics.TOPICS:
            for partition in range(spec.partitions):
                metrics.CONSUMER_LAG.labels(service, spec.name, str(partition)).set(0)
            metrics.HANDLER_SECONDS.labels(service, spec.name).observe(0.01)
            metrics.EVENTS_CONSUMED.labels(service, spec.name, "ok").inc()
    started = time.perf_counter()
    body = generate_latest()
    return {"scrape_ms": (time.perf_counter() - started) * 1000, "scrape_kib": len(body) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    configure_logging("bench")
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(io.StringIO()))  # format, don't print
    events = [_event(i) for i in range(args.events)]
    one_hop(events[:1000])  # warm-up
    no_op = one_hop(events)
    configure_tracing("bench")
    one_hop(events[:1000])
    sdk = one_hop(events)
    result = {
        "events": args.events,
        "us_per_event_tracing_api_no_op": round(no_op * 1e6, 1),
        "us_per_event_tracing_sdk_recording": round(sdk * 1e6, 1),
        **{key: round(value, 2) for key, value in scrape().items()},
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    for key, value in result.items():
        print(f"{key}: {value}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
