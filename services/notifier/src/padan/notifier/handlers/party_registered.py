"""registry.suppliers.v1 / registry.buyers.v1: keep the directory of who can be reached where. Whom a first
registration concerns (the registrant, the operators, subscribed systems) is planned like any event."""

from __future__ import annotations

from collections.abc import Iterable

from padan.notifier.domain.planning import Contact
from padan.notifier.handlers.context import NotifierContext
from padan.shared.events import BuyerUpserted, Event, SupplierUpserted


async def remember_contacts(ctx: NotifierContext, events: Iterable[Event]) -> None:
    """In the order given; an older version than the one known changes nothing."""
    for event in events:
        if isinstance(event, SupplierUpserted):
            contact = Contact("supplier", event.supplier_id, event.email, event.contact_name or event.name)
            await ctx.repository.remember_contact(contact, event.version)
        elif isinstance(event, BuyerUpserted):
            contact = Contact("buyer", event.buyer_id, event.email, event.name)
            await ctx.repository.remember_contact(contact, event.version)
