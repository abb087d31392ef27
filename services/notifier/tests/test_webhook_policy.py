"""The webhook sender under the outbound-URL policy: a refused destination is never connected to and its
failure is permanent (no retries toward it); a delivery whose subscription is gone is cancelled. What the
state machine makes of both: test_flows.py."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpcore
import pytest

from padan.notifier.adapters.senders import Cancelled, SendFailed
from padan.notifier.adapters.webhooks import REFUSED, WebhookSender
from padan.shared.outbound import OutboundPolicy

SECRET = "whsec_c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQ="


class NoConnections(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.attempts: list[tuple[str, int]] = []

    async def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self.attempts.append((host, port))
        pytest.fail(f"connected to {host}:{port}; the policy must refuse first")


def _delivery(url: str, party_id: str = "sub1") -> dict[str, Any]:
    return {
        "_id": "d1",
        "party_id": party_id,
        "address": url,
        "webhook": {"webhook_id": "evt-1", "body": '{"type": "match.changed"}'},
    }


@pytest.mark.parametrize(
    ("url", "answer"),
    [
        ("https://erp.example.id/hooks", ["169.254.169.254"]),
        ("https://erp.example.id/hooks", ["10.0.0.8"]),
        ("https://erp.example.id/hooks", ["::ffff:127.0.0.1"]),
        ("http://127.0.0.1:8101/api/v1/suppliers", []),
        ("http://[fd00::1]/", []),
    ],
)
async def test_a_refused_destination_is_never_connected_to_and_the_failure_is_permanent(
    url: str, answer: list[str]
) -> None:
    async def resolver(host: str, port: int) -> Sequence[str]:
        return answer

    async def secrets(subscription_id: str) -> str:
        return SECRET

    backend = NoConnections()
    webhooks = WebhookSender(secrets, 5.0, OutboundPolicy(resolver=resolver), network_backend=backend)
    try:
        with pytest.raises(SendFailed) as failed:
            await webhooks.send(_delivery(url))
    finally:
        await webhooks.close()
    assert failed.value.permanent and failed.value.reason == REFUSED and backend.attempts == []


async def test_a_deleted_subscription_cancels_instead_of_failing() -> None:
    async def gone(subscription_id: str) -> None:
        return None

    webhooks = WebhookSender(gone, 5.0, OutboundPolicy(), network_backend=NoConnections())
    try:
        with pytest.raises(Cancelled):
            await webhooks.send(_delivery("https://erp.example.id/hooks"))
    finally:
        await webhooks.close()
