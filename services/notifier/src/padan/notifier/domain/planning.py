"""Who hears what. Pure: from an event, the known contacts and the operators (e-mail) or the subscriptions
(webhooks), the notices (recipient, template) of each channel. Preferences are applied later, per
recipient, when the channel composes the message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from padan.notifier.domain.deliveries import Notice, Recipient
from padan.notifier.domain.subscriptions import Subscription
from padan.shared.events import BuyerUpserted, DealChanged, Event, MatchChanged, MeetingChanged, SupplierUpserted
from padan.shared.vocabulary import MatchStatus, MeetingStatus


@dataclass(frozen=True)
class Contact:
    party: str
    party_id: str
    email: str | None
    name: str = ""


@dataclass(frozen=True)
class EventFacts:
    """What the planner needs to know about any event."""

    event_type: str  # short webhook type, e.g. "deal.changed"
    parties: tuple[str, ...]  # supplier/buyer ids the event concerns
    match_id: str | None


def facts(event: Event) -> EventFacts | None:
    """None for events nobody is told about (e.g. a registration update after the first version)."""
    if isinstance(event, MatchChanged):
        return EventFacts("match.changed", (event.supplier_id, event.buyer_id), event.match_id)
    if isinstance(event, MeetingChanged):
        return EventFacts("meeting.changed", (event.supplier_id, event.buyer_id), event.match_id)
    if isinstance(event, DealChanged):
        return EventFacts("deal.changed", (event.supplier_id, event.buyer_id), event.match_id)
    if isinstance(event, SupplierUpserted) and event.version == 1:
        return EventFacts("supplier.registered", (event.supplier_id,), None)
    if isinstance(event, BuyerUpserted) and event.version == 1:
        return EventFacts("buyer.registered", (event.buyer_id,), None)
    return None


def email_notices(event: Event, contacts: Mapping[str, Contact], operator_emails: list[str]) -> list[Notice]:
    """The parties told by e-mail (with the address known for them, or None), then the operators."""
    parties, operator_template = _email_audience(event)
    notices = []
    for party, party_id, template in parties:
        contact = contacts.get(party_id)
        recipient = Recipient(party, party_id, contact.email if contact else None, contact.name if contact else "")
        notices.append(Notice(recipient, template))
    if operator_template:
        notices += [Notice(Recipient("operator", e, e, "Tim P3DN"), operator_template) for e in operator_emails]
    return notices


def webhook_notices(known: EventFacts, subscriptions: list[Subscription]) -> list[Notice]:
    """The subscriptions that asked for the event's type (and, when owned by a party, are about it)."""
    return [
        Notice(Recipient("system", s.subscription_id, s.url))
        for s in subscriptions
        if s.wants(known.event_type, known.parties)
    ]


def _email_audience(event: Event) -> tuple[list[tuple[str, str, str]], str]:
    """(party, party id, template) per person told by email, and the operators' template ("" = not told)."""
    if isinstance(event, MatchChanged):
        # A new match is news for both sides; later steps are told by meetings and deals.
        if event.status is not MatchStatus.PROPOSED:
            return [], ""
        return [("supplier", event.supplier_id, "match_supplier"), ("buyer", event.buyer_id, "match_buyer")], ""
    if isinstance(event, MeetingChanged):
        told = [("supplier", event.supplier_id, "meeting"), ("buyer", event.buyer_id, "meeting")]
        if event.status is MeetingStatus.REQUESTED and event.requested_by is not None:
            # An invitation is news for the side invited; the side that asked knows it already.
            told = [audience for audience in told if audience[0] != event.requested_by.value]
        return told, ""
    if isinstance(event, DealChanged):
        return [("supplier", event.supplier_id, "deal"), ("buyer", event.buyer_id, "deal")], "deal"
    if isinstance(event, SupplierUpserted | BuyerUpserted):
        party = "supplier" if isinstance(event, SupplierUpserted) else "buyer"
        return [(party, event.aggregate_id(), "welcome")], "registration_operator"
    return [], ""
