"""A business-matching meeting ended with 'deal agreed': its match moves to the meeting stage, where the
parties record the deal's value (POST /api/v1/matches/{id}/deal) and then the contract."""

from __future__ import annotations

from padan.matcher.domain.lifecycle import hold_meeting
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotFound
from padan.shared.events import MeetingChanged


async def meeting_outcome_recorded(context: LifecycleContext, meeting: MeetingChanged) -> None:
    if meeting.match_id is None:
        return  # a meeting asked for by the parties, not born of a match
    try:
        async with context.locked(meeting.match_id) as match:
            await context.save(hold_meeting(match, context.clock()))
    except NotFound:
        return
