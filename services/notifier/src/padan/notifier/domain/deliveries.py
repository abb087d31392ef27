"""Who hears what, and the identity of a delivery: one per (event, recipient, channel)."""

from __future__ import annotations

from dataclasses import dataclass

from padan.shared.events import MatchChanged
from padan.shared.vocabulary import MatchStatus


@dataclass(frozen=True)
class Recipient:
    party: str  # "supplier" | "buyer"
    party_id: str
    email: str | None


@dataclass(frozen=True)
class PlannedDelivery:
    event_id: str
    recipient: Recipient
    channel: str
    subject: str

    @property
    def delivery_id(self) -> str:
        return f"{self.event_id}:{self.recipient.party}:{self.recipient.party_id}:{self.channel}"


def plan_match_deliveries(
    event_id: str, match: MatchChanged, directory: dict[str, str | None]
) -> list[PlannedDelivery]:
    """A new match is news for both sides; later lifecycle changes are for the issue that owns them."""
    if match.status is not MatchStatus.PROPOSED:
        return []
    subject = f"Peluang pengadaan: {match.package_name}"
    return [
        PlannedDelivery(
            event_id, Recipient("supplier", match.supplier_id, directory.get(match.supplier_id)), "email", subject
        ),
        PlannedDelivery(event_id, Recipient("buyer", match.buyer_id, directory.get(match.buyer_id)), "email", subject),
    ]
