"""Webhook subscriptions of downstream systems, and the event types they can ask for."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Event types a subscription may name ("*" = all). Short names, stable across topic versions.
EVENT_TYPES = ("match.changed", "meeting.changed", "deal.changed", "supplier.registered", "buyer.registered")
ALL_TYPES = "*"


@dataclass(frozen=True)
class Subscription:
    subscription_id: str
    url: str
    event_types: tuple[str, ...]
    secret: str
    party_id: str | None = None  # an owner (supplier/buyer) hears only about itself; None = operator's, all
    active: bool = True

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> Subscription:
        """The subscription as stored (its document in the `subscriptions` collection)."""
        return cls(
            subscription_id=document["_id"],
            url=document["url"],
            event_types=tuple(document.get("event_types", ())),
            secret=document["secret"],
            party_id=document.get("party_id"),
            active=document.get("active", True),
        )

    def wants(self, event_type: str, parties: tuple[str, ...]) -> bool:
        if not self.active or (ALL_TYPES not in self.event_types and event_type not in self.event_types):
            return False
        return self.party_id is None or self.party_id in parties


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` + base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def masked(secret: str) -> str:
    return secret[:6] + "…" + secret[-4:] if len(secret) > 12 else "***"
