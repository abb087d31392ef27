"""Command: a party opened the match."""

from __future__ import annotations

from padan.matcher.domain.lifecycle import mark_viewed
from padan.matcher.handlers.lifecycle_context import LifecycleContext, acting_side
from padan.shared.auth import Principal
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import Side


async def mark_match_viewed(
    context: LifecycleContext, principal: Principal, match_id: str, side: Side | None = None
) -> MatchChanged:
    async with context.locked(match_id) as match:
        acting_side(principal, match, side)
        changed = mark_viewed(match, context.clock())
        await context.save(changed)
        return changed or match
