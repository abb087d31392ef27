"""Create or change a business-matching event (operators only; checked at the edge)."""

from __future__ import annotations

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.event import MatchingEvent


async def save_event(repository: MeetingsRepository, event: MatchingEvent) -> MatchingEvent:
    """Upsert by event id. Changing slots or tables after planning needs a new full plan (the operator's
    schedule call), since placed meetings keep the slot numbers they were given."""
    await repository.save_event(event)
    return event
