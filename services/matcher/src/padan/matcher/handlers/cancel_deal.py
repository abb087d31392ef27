"""Command: either party (or an operator) cancels a deal, with a reason."""

from __future__ import annotations

from padan.matcher.domain import lifecycle
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.shared.auth import Principal, Role
from padan.shared.events import DealChanged


async def cancel_deal(context: LifecycleContext, principal: Principal, deal_id: str, reason: str) -> DealChanged:
    deal = await context.deals.get_deal(deal_id)
    if deal is None:
        raise NotFound(deal_id)
    if not (principal.owns(Role.BUYER, deal.buyer_id) or principal.owns(Role.SUPPLIER, deal.supplier_id)):
        raise NotAllowed("not a party to this deal")
    async with context.locked(deal.match_id) as match:
        deal = await context.deals.get_deal(deal_id) or deal
        changed_match, changed_deal = lifecycle.cancel_deal(deal, match, reason, context.clock())
        await context.save(changed_match, changed_deal)
        return changed_deal or deal
