"""Command: either party turns the match down."""

from __future__ import annotations

from padan.matcher.domain.lifecycle import decline
from padan.matcher.handlers.lifecycle_context import LifecycleContext, acting_side
from padan.shared.auth import Principal
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import Side


async def decline_match(
    context: LifecycleContext, principal: Principal, match_id: str, side: Side | None = None
) -> MatchChanged:
    async with context.locked(match_id) as match:
        acting_side(principal, match, side)
        changed = decline(match, context.clock())
        await context.save(changed)
        return changed or match
