"""Signed webhooks per the Standard Webhooks convention, signed with the `standardwebhooks` library.

Headers: `webhook-id` (the event id: the receiver's idempotency key, equal on every retry),
`webhook-timestamp` (seconds, the time of this attempt) and `webhook-signature` (`v1,<base64 HMAC-SHA256
of "id.timestamp.body">`, key = base64-decoded part of the `whsec_...` secret).
"""

from __future__ import annotations

from datetime import UTC, datetime
from math import floor
from typing import Any

import httpx
from standardwebhooks.webhooks import Webhook

from padan.notifier.adapters.senders import SendFailed, Sent


def signed_headers(secret: str, webhook_id: str, body: str, at: datetime) -> dict[str, str]:
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(floor(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(webhook_id, at, body),
        "content-type": "application/json",
        "user-agent": "padan-notifier/1",
    }


class WebhookSender:
    def __init__(self, secrets: Any, timeout: float) -> None:
        """`secrets(subscription_id) -> str | None` looks up the signing secret at send time, so a rotated
        secret is used from the next attempt on and no secret is ever stored with a delivery."""
        self._secrets = secrets
        self._client = httpx.AsyncClient(timeout=timeout, follow_redirects=False)

    async def send(self, delivery: dict[str, Any]) -> Sent:
        secret = await self._secrets(delivery["party_id"])
        if secret is None:
            raise SendFailed("subscription deleted")
        body = delivery["webhook"]["body"]
        headers = signed_headers(secret, delivery["webhook"]["webhook_id"], body, datetime.now(UTC))
        try:
            response = await self._client.post(delivery["address"], content=body.encode(), headers=headers)
        except httpx.HTTPError as exc:
            raise SendFailed(f"HTTP {type(exc).__name__}") from None
        if not response.is_success:
            raise SendFailed(f"HTTP {response.status_code}", response.status_code)
        return Sent(detail=f"HTTP {response.status_code}", status_code=response.status_code)

    async def close(self) -> None:
        await self._client.aclose()
