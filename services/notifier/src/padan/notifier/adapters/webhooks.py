"""Signed webhooks per the Standard Webhooks convention, signed with the `standardwebhooks` library.

Headers: `webhook-id` (the event id: the receiver's idempotency key, equal on every retry),
`webhook-timestamp` (seconds, the time of this attempt) and `webhook-signature` (`v1,<base64 HMAC-SHA256
of "id.timestamp.body">`, key = base64-decoded part of the `whsec_...` secret).
"""

from __future__ import annotations

from datetime import UTC, datetime
from math import floor
from typing import Any

import httpcore
from standardwebhooks.webhooks import Webhook

from padan.notifier.adapters.senders import Cancelled, SendFailed, Sent
from padan.shared.logging import get_logger
from padan.shared.outbound import OutboundClient, OutboundError, OutboundPolicy, OutboundRefused

log = get_logger(__name__)


def signed_headers(secret: str, webhook_id: str, body: str, at: datetime) -> dict[str, str]:
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(floor(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(webhook_id, at, body),
        "content-type": "application/json",
        "user-agent": "padan-notifier/1",
    }


#: A receiver's answer is not used, only its status: at most this much of it is read.
MAX_RESPONSE_BYTES = 64 * 1024
UNREACHABLE = "tujuan tidak dapat dihubungi / destination unreachable"
REFUSED = "alamat tujuan tidak diizinkan / destination not allowed"


class WebhookSender:
    def __init__(
        self,
        secrets: Any,
        timeout: float,
        policy: OutboundPolicy | None = None,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        """`secrets(subscription_id) -> str | None` looks up the signing secret at send time, so a rotated
        secret is used from the next attempt on and no secret is ever stored with a delivery. Every POST goes
        through the outbound-URL policy (padan.shared.outbound): the URL, checked when the subscription was
        made, is checked again now, and the connection goes to the address that was checked. Redirects are
        not followed (a 3xx is a failed attempt)."""
        self._secrets = secrets
        self._client = OutboundClient(
            policy or OutboundPolicy.from_settings(),
            timeout=timeout,
            max_response_bytes=MAX_RESPONSE_BYTES,
            max_redirects=0,
            deadline_seconds=timeout,
            user_agent="padan-notifier/1",
            network_backend=network_backend,
        )

    async def send(self, delivery: dict[str, Any]) -> Sent:
        secret = await self._secrets(delivery["party_id"])
        if secret is None:
            raise Cancelled("langganan dihapus / subscription deleted")
        body = delivery["webhook"]["body"]
        headers = signed_headers(secret, delivery["webhook"]["webhook_id"], body, datetime.now(UTC))
        try:
            async with self._client.stream("POST", delivery["address"], content=body.encode(), headers=headers) as r:
                status_code = r.status_code
        except OutboundRefused as exc:
            # The detail (address, reason) is for the operator's log; the delivery log, which the
            # subscription's owner may read, says only that the destination is not allowed.
            log.warning("webhook_refused", delivery_id=delivery["_id"], detail=exc.detail)
            raise SendFailed(REFUSED, permanent=True) from None
        except OutboundError as exc:
            log.warning("webhook_unreachable", delivery_id=delivery["_id"], detail=exc.detail)
            raise SendFailed(UNREACHABLE) from None
        if not 200 <= status_code < 300:
            raise SendFailed(f"HTTP {status_code}", status_code)
        return Sent(detail=f"HTTP {status_code}", status_code=status_code)

    async def close(self) -> None:
        await self._client.aclose()
