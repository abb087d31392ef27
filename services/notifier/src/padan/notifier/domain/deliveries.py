"""The identity and life of a delivery: one per (event, recipient, channel), whatever the redeliveries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    PENDING = "pending"  # recorded, not tried yet
    SENDING = "sending"  # written before tries were noted in `attempt_starts`: found so, a resend is in doubt
    RETRYING = "retrying"  # failed, next try scheduled
    SENT = "sent"
    DEAD = "dead"  # every try failed: parked in the DLQ topic, re-drivable
    SKIPPED = "skipped"  # nothing to send (preference off, no address, channel off)
    DIGEST_WAITING = "digest_waiting"  # waits for the recipient's daily digest
    IN_DIGEST = "in_digest"  # carried by a digest delivery
    CANCELLED = "cancelled"  # its webhook subscription was deleted: never sent, never retried


#: States a redelivered event must leave alone.
SETTLED = frozenset(
    {Status.SENT, Status.DEAD, Status.SKIPPED, Status.DIGEST_WAITING, Status.IN_DIGEST, Status.CANCELLED}
)
#: States with a try still to come (a deleted subscription cancels its deliveries in these).
OPEN = frozenset({Status.PENDING, Status.SENDING, Status.RETRYING})


@dataclass(frozen=True)
class Recipient:
    party: str  # "supplier" | "buyer" | "operator" | "system" (a webhook subscription)
    party_id: str
    address: str | None  # where the channel reaches them: an e-mail address, a webhook URL
    name: str = ""


@dataclass(frozen=True)
class Notice:
    """Who hears about an event (on the channel that planned it), and which of the channel's messages
    (an e-mail template; "" when the channel has one kind)."""

    recipient: Recipient
    template: str = ""


@dataclass(frozen=True)
class NewDelivery:
    """A delivery about to be recorded: its document (the state and log, changed as it is tried; the
    channel's small fields under the channel's name) and its bodies (the large parts of the channel's
    message, e.g. an e-mail's text and HTML, written once and never changed)."""

    document: dict[str, Any]
    bodies: dict[str, Any] = field(default_factory=dict)

    @property
    def channel(self) -> str:
        return str(self.document["channel"])

    def whole(self) -> dict[str, Any]:
        """The document with its bodies, as the sender needs it."""
        if not self.bodies:
            return self.document
        return {**self.document, self.channel: {**(self.document.get(self.channel) or {}), **self.bodies}}


def delivery_id(event_id: str, recipient_key: str, channel: str) -> str:
    """Deterministic id: the same event for the same recipient and channel always lands on one document."""
    return hashlib.sha256(f"{event_id}\x1f{recipient_key}\x1f{channel}".encode()).hexdigest()[:32]


def recipient_key(recipient: Recipient) -> str:
    return f"{recipient.party}:{recipient.party_id}"


def digest_id(party_key: str, item_ids: list[str]) -> str:
    """A digest is identified by whom and what it carries, so a rerun after a crash rebuilds the same one."""
    return hashlib.sha256("\x1f".join(["digest", party_key, *sorted(item_ids)]).encode()).hexdigest()[:32]
