"""The other side accepts or declines a request; either side (or an operator) cancels a meeting, and the
freed place goes to a waiting meeting at once."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.handlers.agenda.common import acting_side, ensure_party, load_event, load_meeting, write
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import Principal
from padan.shared.vocabulary import MeetingStatus, Side


async def accept_meeting(
    repository: MeetingsRepository, event_id: str, meeting_id: str, principal: Principal, side: Side | None = None
) -> Meeting:
    event = await load_event(repository, event_id)
    meeting = await load_meeting(repository, event_id, meeting_id)
    accepted = meeting.accept(acting_side(meeting, principal, side))
    if accepted == meeting:
        return meeting
    return (await write(repository, event, accepted))[0]


async def decline_meeting(
    repository: MeetingsRepository, event_id: str, meeting_id: str, principal: Principal, side: Side | None = None
) -> Meeting:
    event = await load_event(repository, event_id)
    meeting = await load_meeting(repository, event_id, meeting_id)
    declined, _ = await write(repository, event, meeting.decline(acting_side(meeting, principal, side)))
    return declined


async def cancel_meeting(
    repository: MeetingsRepository, event_id: str, meeting_id: str, principal: Principal
) -> Meeting:
    """Cancel; a scheduled meeting's place is re-planned incrementally (placed meetings stay put)."""
    event = await load_event(repository, event_id)
    meeting = await load_meeting(repository, event_id, meeting_id)
    ensure_party(meeting, principal)
    cancelled, _ = await write(repository, event, meeting.cancel())
    if meeting.status is MeetingStatus.SCHEDULED:
        await schedule_event(repository, event_id, incremental=True, now=datetime.now(UTC))
    return cancelled
