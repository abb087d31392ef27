"""Command: either party turns the match down."""

from __future__ import annotations

from padan.matcher.domain.lifecycle import decline
from padan.matcher.handlers.lifecycle_context import LifecycleContext, change_as_party
from padan.shared.auth import Principal
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import Side


async def decline_match(
    context: LifecycleContext, principal: Principal, match_id: str, side: Side | None = None
) -> MatchChanged:
    return await change_as_party(context, principal, match_id, side, decline)
