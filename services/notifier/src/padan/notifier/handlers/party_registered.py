"""registry.suppliers.v1 / registry.buyers.v1: keep the directory of who can be reached where, then tell
whom a first registration concerns (the registrant, the operators, subscribed systems)."""

from __future__ import annotations

from padan.notifier.domain.planning import Contact
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.notify_event import notify_event
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted, SupplierUpserted


async def supplier_upserted(ctx: NotifierContext, event: SupplierUpserted, envelope: Envelope) -> None:
    contact = Contact("supplier", event.supplier_id, event.email, event.contact_name or event.name)
    await ctx.repository.remember_contact(contact, event.version)
    await notify_event(ctx, event, envelope)


async def buyer_upserted(ctx: NotifierContext, event: BuyerUpserted, envelope: Envelope) -> None:
    await ctx.repository.remember_contact(Contact("buyer", event.buyer_id, event.email, event.name), event.version)
    await notify_event(ctx, event, envelope)
