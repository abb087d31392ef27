"""Command: the buyer records the signed contract or e-purchasing order of a deal."""

from __future__ import annotations

from datetime import date

from padan.matcher.domain import lifecycle
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.shared.auth import Principal, Role
from padan.shared.events import DealChanged


async def record_contract(
    context: LifecycleContext,
    principal: Principal,
    deal_id: str,
    *,
    value_idr: int,
    contract_date: date,
    contract_number: str | None,
    order_number: str | None,
) -> DealChanged:
    deal = await context.deals.get_deal(deal_id)
    if deal is None:
        raise NotFound(deal_id)
    if not principal.owns(Role.BUYER, deal.buyer_id):
        raise NotAllowed("only the buyer records the contract")
    async with context.locked(deal.match_id) as match:
        deal = await context.deals.get_deal(deal_id) or deal  # re-read under the lock
        changed_match, changed_deal = lifecycle.record_contract(
            deal,
            match,
            value_idr=value_idr,
            contract_date=contract_date,
            contract_number=contract_number,
            order_number=order_number,
            now=context.clock(),
        )
        await context.save(changed_match, changed_deal)
        return changed_deal or deal
