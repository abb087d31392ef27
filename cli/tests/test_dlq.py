"""`padan dlq list|redrive` on the real broker: a handler's failure parks the event, the fix, the re-drive."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from padan.cli import dlq
from padan.cli.testing import StackEndpoints, unique, wait_until_async
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted
from padan.shared.kafka import make_broker, subscribe
from padan.shared.vocabulary import BuyerKind

pytestmark = pytest.mark.integration


async def _publish(bootstrap: str, event: BuyerUpserted) -> Envelope:
    envelope = Envelope.new(event_type=event.event_type, source="/padan/test", subject=event.buyer_id)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(
            topics.BUYERS,
            event.model_dump_json().encode(),
            key=event.buyer_id.encode(),
            headers=[(name, value.encode()) for name, value in envelope.to_headers().items()],
        )
    finally:
        await producer.stop()
    return envelope


async def _parked_for(bootstrap: str, key: str) -> list[dlq.Parked]:
    return [record for record in await dlq.list_parked(bootstrap, topics.BUYERS, limit=10_000) if record.key == key]


async def test_a_parked_event_is_listed_then_redriven_once_after_the_fix(real_stack: StackEndpoints) -> None:
    bootstrap = real_stack.kafka_bootstrap
    service, buyer_id, redrive_group = unique("dlq-svc"), unique("buyer"), unique("redrive")
    fixed = False
    applied: list[str] = []

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        if event.buyer_id != buyer_id:
            return
        if not fixed:
            raise RuntimeError("bug: cannot apply this buyer")  # not transient: parked on the DLQ
        applied.append(envelope.id)

    broker = make_broker(bootstrap, "dlq-test")
    subscribe(broker, {topics.BUYERS: on_buyer}, service=service, group_id=unique("group"))
    await broker.start()
    try:
        event = BuyerUpserted(
            buyer_id=buyer_id,
            kind=BuyerKind.PERANGKAT_DAERAH,
            satker_code="1.02",
            name="Dinas Uji DLQ",
            region_code="18.71",
            version=1,
            occurred_at=datetime.now(UTC),
        )
        envelope = await _publish(bootstrap, event)
        parked = await wait_until_async(lambda: _parked_for(bootstrap, buyer_id), timeout=90, what="the parked event")
        (record,) = parked
        assert record.headers["dlq_consumer"] == service
        assert record.headers["dlq_source_topic"] == topics.BUYERS
        assert "handler failed: RuntimeError: bug" in record.reason
        assert record.headers["ce_id"] == envelope.id  # original headers kept

        # The CLI shows it (JSON lines), from the topic's name.
        cli = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "padan.cli.main", "dlq", "list", topics.BUYERS, "--json", "--limit", "10000"),
            stdout=asyncio.subprocess.PIPE,
        )
        stdout, _ = await asyncio.wait_for(cli.communicate(), timeout=120)
        assert cli.returncode == 0
        rows = [json.loads(line) for line in stdout.decode().splitlines() if line.startswith("{")]
        assert [row["event_id"] for row in rows if row["key"] == buyer_id] == [envelope.id]

        dry = await dlq.redrive(bootstrap, topics.BUYERS, group=redrive_group, dry_run=True)
        assert dry.dry_run and [r.key for r in dry.records].count(buyer_id) == 1
        assert applied == []

        fixed = True
        done = await dlq.redrive(bootstrap, f"{topics.BUYERS}.dlq", group=redrive_group)
        assert done.topic == topics.BUYERS and [r.key for r in done.records].count(buyer_id) == 1
        await wait_until_async(lambda: applied, timeout=90, what="the re-driven event applied")
        assert applied == [envelope.id]  # the same CloudEvents id: consumers' idempotence still holds

        # Each parked record is re-driven once per group. (Other tests' unreadable records that this re-drive
        # republished are parked again, as new records, by this test's consumer: those may be re-driven.)
        again = await dlq.redrive(bootstrap, topics.BUYERS, group=redrive_group)
        assert buyer_id not in [r.key for r in again.records]
    finally:
        await broker.stop()
    assert applied == [envelope.id]
