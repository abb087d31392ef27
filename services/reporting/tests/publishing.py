"""Publish events to the real Kafka broker as the services' outbox relays do (CloudEvents headers, key =
aggregate id, idempotent producer), and start a reporting service process of the test's own."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiokafka import AIOKafkaProducer

from padan.cli.testing import ServiceProcess, free_port, unique
from padan.shared.envelope import Envelope
from padan.shared.events import Event

LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"


async def publish_async(bootstrap: str, events: Iterable[Event]) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5)
    await producer.start()
    count = 0
    try:
        sends = []
        for event in events:
            envelope = Envelope.new(
                event_type=event.event_type, source="/tests/reporting", subject=event.aggregate_id()
            )
            sends.append(
                await producer.send(
                    event.topic,
                    event.model_dump_json().encode(),
                    key=event.aggregate_id().encode(),
                    headers=[(k, v.encode()) for k, v in envelope.to_headers().items()],
                )
            )
            count += 1
        await asyncio.gather(*sends)
    finally:
        await producer.stop()
    return count


def publish(bootstrap: str, events: Iterable[Event]) -> int:
    """From sync code, including code under Playwright's sync API (which runs an event loop of its own)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, publish_async(bootstrap, list(events))).result()


def start_reporting(name: str, **env: str) -> ServiceProcess:
    """A reporting process with its own database and consumer group (it reads every topic from the start)."""
    LOGS.mkdir(parents=True, exist_ok=True)
    run = unique(name)
    process = ServiceProcess(
        "reporting",
        free_port(),
        env={"PADAN_REPORTING_MONGO_DATABASE": run, "PADAN_REPORTING_GROUP_ID": run, **env},
        log_path=LOGS / f"{run}.log",
    )
    return process.start(ready_timeout=120)
