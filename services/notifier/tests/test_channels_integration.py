"""A dummy channel on the real stack: the notifier app (in this process) with a pager channel registered
beside e-mail and webhooks, real events through Kafka, deliveries in the real store: the pages are sent,
one after a transient failure, and the delivery log shows both tries."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from padan.cli.kafka_probe import skip_history
from padan.cli.testing import StackEndpoints, free_port, unique, wait_until
from padan.notifier.adapters.senders import SendFailed
from padan.notifier.bootstrap import create_app
from padan.notifier.channels.installed import INSTALLED
from padan.notifier.domain.retry import RetryPolicy
from padan.notifier.entrypoints.consumers import TOPICS
from padan.notifier.settings import Settings
from padan.shared import runtime
from padan.shared.auth import DEV_OPERATOR_KEY
from padan.shared.events import BuyerUpserted, MatchChanged, MatchExplanation, SupplierUpserted
from padan.shared.vocabulary import BusinessScale, BuyerKind, MatchStatus
from services.notifier.tests.fakes import FakeSender, pager_channel

pytestmark = pytest.mark.integration
NOW = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
OPERATOR = {"X-API-Key": DEV_OPERATOR_KEY}


def _events(supplier_id: str, buyer_id: str) -> list[Any]:
    return [
        SupplierUpserted(
            version=1, occurred_at=NOW, supplier_id=supplier_id, nib="9120001234567", name="Tapis Siger Lampung",
            region_code="18.71", scale=BusinessScale.MIKRO, contact_name="Ibu Rahma", email=None,
        ),
        BuyerUpserted(
            version=1, occurred_at=NOW, buyer_id=buyer_id, kind=BuyerKind.PERANGKAT_DAERAH, satker_code="1.18.01",
            name="Dinas Perindustrian dan Perdagangan Provinsi Lampung", region_code="18", email=None,
        ),
        MatchChanged(
            version=1, occurred_at=NOW, match_id=f"m-{supplier_id}", need_id="need-0", product_id="prod-tapis",
            supplier_id=supplier_id, buyer_id=buyer_id, status=MatchStatus.PROPOSED, score=0.87, rank=1,
            explanation=MatchExplanation(), package_name="Pengadaan Kain Tapis", product_name="Kain Tapis Motif Siger",
            pagu_idr=23_000_000_000, region_code="18.71",
        ),
    ]  # fmt: skip


def test_a_dummy_channel_is_delivered_and_retried_on_the_real_stack(
    real_stack: StackEndpoints, publish_events: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "true")
    # The app runs in this process: its runtime must not configure logging for the rest of the session
    # (loggers cached on this test's captured stream would stay there; test_flows reads the log lines).
    monkeypatch.setattr(runtime, "configure_logging", lambda *_args, **_kwargs: None)
    token = uuid.uuid4().hex[:8]
    supplier_id, buyer_id = f"sup-{token}", f"buy-{token}"
    numbers = {supplier_id: "+62 812-0000-0001", buyer_id: "+62 812-0000-0002"}
    pager = FakeSender()
    pager.failures = [SendFailed("gateway HTTP 503", 503)]  # the first try fails, then the gateway is back
    database, group = unique("notifier_channels"), unique("notifier_channels")
    asyncio.run(skip_history(real_stack.kafka_bootstrap, group, TOPICS))  # only this test's events
    settings = Settings(
        mongo_database=database, group_id=group, http_port=free_port(), worker_poll_seconds=0.2, batch_timeout_ms=50
    )
    retry = RetryPolicy(max_attempts=4, base_seconds=0.5, max_seconds=1.0)
    app = create_app(settings, channels=(*INSTALLED, pager_channel(pager, retry, numbers)))
    with TestClient(app) as client:
        wait_until(lambda: client.get("/ready").status_code == 200, timeout=60, what="the notifier ready")
        publish_events(real_stack.kafka_bootstrap, _events(supplier_id, buyer_id))
        wait_until(lambda: len(pager.sent) >= 4, timeout=90, what="four pages (two welcomes, two matches)")

        def log() -> list[dict[str, Any]]:
            response = client.get("/api/v1/deliveries", params={"channel": "pager", "limit": 50}, headers=OPERATOR)
            assert response.status_code == 200
            return list(response.json()["items"])

        entries = wait_until(lambda: len(found := log()) == 4 and {e["status"] for e in found} == {"sent"} and found,
                             timeout=30, what="the pages logged as sent")  # fmt: skip
    assert sorted(pager.sent) == sorted(e["delivery_id"] for e in entries)  # each once
    tries = sorted([a["result"] for a in e["attempts"]] for e in entries)
    assert tries == [["failed", "sent"], ["sent"], ["sent"], ["sent"]]
    assert {e["event_type"] for e in entries} == {"supplier.registered", "buyer.registered", "match.changed"}
    assert all(e["page_id"] == e["delivery_id"][:8] for e in entries)
