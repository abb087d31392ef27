"""Command: the parties agree a deal on a match (value in Rupiah)."""

from __future__ import annotations

from padan.matcher.domain import lifecycle
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotFound, acting_side
from padan.shared.auth import Principal
from padan.shared.events import DealChanged
from padan.shared.vocabulary import Side


async def agree_deal(
    context: LifecycleContext, principal: Principal, match_id: str, value_idr: int, side: Side | None = None
) -> DealChanged:
    async with context.locked(match_id) as match:
        acting_side(principal, match, side)
        existing = await context.deals.get_deal(lifecycle.deal_id(match_id))
        if existing is not None:
            lifecycle.existing_deal_agreed(existing)
            # the deal may have been written without its match (a crash between the two): finish the job
            await context.save(lifecycle.deal_agreed_on(match, context.clock()))
            return existing
        need = await context.matches.get_need(match.need_id)
        if need is None:
            raise NotFound(match.need_id)
        indexed = context.catalog.products.get(match.product_id)
        changed, deal = lifecycle.agree_deal(
            match,
            need,
            indexed.product if indexed else None,
            context.catalog.suppliers.get(match.supplier_id),
            value_idr=value_idr,
            now=context.clock(),
        )
        await context.save(changed, deal)
        return deal
