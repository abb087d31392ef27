"""Bad input on every consumed topic, against all four services as processes on the real stack: malformed,
truncated, oversized, header-less and wrong-version messages go to `<topic>.dlq` with a reason, and no
consumer stalls — a good event sent after them still takes effect."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from padan.cli.kafka_probe import publish_events
from padan.cli.testing import StackEndpoints, unique, wait_until
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import MODEL_BY_TOPIC, NeedUpserted, ProductUpserted, SupplierUpserted
from padan.shared.kafka import MAX_EVENT_BYTES
from tests.harness import platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
NOW = datetime.now(UTC)
KINDS = ("not_json", "truncated", "oversized", "no_headers", "wrong_version", "wrong_shape")


def _bad_messages(topic: str, tag: str) -> list[tuple[str, bytes, list[tuple[str, bytes]]]]:
    model = MODEL_BY_TOPIC[topic]
    headers = Envelope.new(event_type=model.event_type, source="/padan/tests/bad").to_headers()
    good_headers = [(k, v.encode()) for k, v in headers.items()]
    v2 = [(k, (v.replace(".v1", ".v2") if k == "ce_type" else v).encode()) for k, v in headers.items()]
    body = json.dumps({"version": 1, "occurred_at": NOW.isoformat(), "name": "x" * 64})
    return [
        (f"{tag}-not_json", b"{this is not json", good_headers),
        (f"{tag}-truncated", body[: len(body) // 2].encode(), good_headers),
        (f"{tag}-oversized", json.dumps({"padding": "x" * (MAX_EVENT_BYTES + 1)}).encode(), good_headers),
        (f"{tag}-no_headers", body.encode(), []),
        (f"{tag}-wrong_version", body.encode(), v2),
        (f"{tag}-wrong_shape", json.dumps({"version": "one", "occurred_at": 5}).encode(), good_headers),
    ]


async def _publish_raw(bootstrap: str, messages: list[tuple[str, str, bytes, list[tuple[str, bytes]]]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=2 * MAX_EVENT_BYTES)
    await producer.start()
    try:
        for topic, key, value, headers in messages:
            await producer.send_and_wait(topic, value, key=key.encode(), headers=headers)
    finally:
        await producer.stop()


async def _dead_letters(bootstrap: str, tag: str, timeout: float) -> dict[tuple[str, str], dict[str, str]]:
    """(source topic, key) -> headers of its DLQ copies, keyed by consumer."""
    dlqs = [topics.dlq_topic(spec.name) for spec in topics.TOPICS]
    consumer = AIOKafkaConsumer(*dlqs, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    found: dict[tuple[str, str], dict[str, str]] = {}
    wanted = len(topics.TOPICS) * len(KINDS)
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline and len(found) < wanted:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    key = record.key.decode() if record.key else ""
                    if key.startswith(tag):
                        headers = {k: v.decode() for k, v in record.headers}
                        found.setdefault((headers["dlq_source_topic"], key), {})[headers["dlq_consumer"]] = headers[
                            "dlq_reason"
                        ]
    finally:
        await consumer.stop()
    return found


def test_bad_messages_are_parked_with_a_reason_and_consumers_go_on(real_stack: StackEndpoints) -> None:
    tag = unique("bad")
    with platform(LOGS) as running:
        messages = [(t.name, *bad) for t in topics.TOPICS for bad in _bad_messages(t.name, tag)]
        asyncio.run(_publish_raw(real_stack.kafka_bootstrap, messages))

        # Good events after the bad ones, on the topics that end in a visible effect.
        supplier = SupplierUpserted(
            supplier_id=f"sup-{tag}", nib="1234567890123", name="IKM", region_code="18.71", scale="kecil",
            version=1, occurred_at=NOW,
        )  # fmt: skip
        product = ProductUpserted(
            product_id=f"pro-{tag}", supplier_id=supplier.supplier_id, name=f"Kain tapis {tag}", price_idr=1_000,
            version=1, occurred_at=NOW,
        )  # fmt: skip
        need = NeedUpserted(
            need_id=f"ned-{tag}", kode_rup="1", buyer_id="buy-1", satker_code="1", package_name=f"Belanja tapis {tag}",
            pagu_idr=10_000_000, procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026,
            region_code="18.71", version=1, occurred_at=NOW,
        )  # fmt: skip
        asyncio.run(publish_events(real_stack.kafka_bootstrap, [supplier, product, need]))

        def matched() -> list[dict[str, Any]]:
            response = httpx.get(
                f"{running.url('matcher')}/api/v1/matches", params={"need_id": need.need_id}, timeout=30
            )
            return list(response.json()["items"])

        wait_until(matched, 180, what="the good need after the bad messages to be matched")

        parked = asyncio.run(_dead_letters(real_stack.kafka_bootstrap, tag, timeout=180))
        missing = [(t.name, k) for t in topics.TOPICS for k in KINDS if (t.name, f"{tag}-{k}") not in parked]
        assert not missing, f"not dead-lettered: {missing}"
        for (topic, key), reasons in parked.items():
            assert all(reason.strip() for reason in reasons.values()), (topic, key, reasons)
        reasons = {key.rsplit("-", 1)[1]: next(iter(r.values())) for (_, key), r in parked.items()}
        assert reasons["oversized"].startswith("oversized")
        assert "ce_type" in reasons["wrong_version"]
        # Every consumer of the needs topic parked its own copy.
        assert {"matcher", "reporting"} <= set(parked[(topics.NEEDS, f"{tag}-not_json")])
