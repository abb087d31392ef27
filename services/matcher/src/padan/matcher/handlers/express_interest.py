"""Command: the supplier or the buyer wants to go on with this match."""

from __future__ import annotations

from padan.matcher.domain import lifecycle
from padan.matcher.handlers.lifecycle_context import LifecycleContext, acting_side
from padan.shared.auth import Principal
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import Side


async def express_interest(
    context: LifecycleContext, principal: Principal, match_id: str, side: Side | None = None
) -> MatchChanged:
    async with context.locked(match_id) as match:
        changed = lifecycle.express_interest(match, acting_side(principal, match, side), context.clock())
        await context.save(changed)
        return changed or match
