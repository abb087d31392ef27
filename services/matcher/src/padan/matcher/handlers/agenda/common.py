"""What the agenda handlers share: their errors, loading with checks, and writing a meeting change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.domain.agenda.participant import may_act_for
from padan.shared.auth import Principal, Role
from padan.shared.events import MeetingChanged
from padan.shared.vocabulary import Side


class NotFound(LookupError):
    """Unknown event, participant or meeting; the message is bilingual."""


class NotAllowed(PermissionError):
    """The caller may not act for this side; the message is bilingual."""


async def load_event(repository: MeetingsRepository, event_id: str) -> MatchingEvent:
    event = await repository.get_event(event_id)
    if event is None:
        raise NotFound(f"Acara {event_id} tidak ditemukan / event not found")
    return event


async def load_meeting(repository: MeetingsRepository, event_id: str, meeting_id: str) -> Meeting:
    meeting = await repository.get_meeting(meeting_id)
    if meeting is None or meeting.event_id != event_id:
        raise NotFound(f"Pertemuan {meeting_id} tidak ditemukan / meeting not found")
    return meeting


def acting_side(meeting: Meeting, principal: Principal, side: Side | None = None) -> Side:
    """The side the caller speaks for in this meeting: its own, or the one an operator names."""
    if principal.role is Role.OPERATOR:
        if side is None:
            raise NotAllowed("Operator harus menyebut pihak (side) / an operator must name the side")
        return side
    for candidate in (Side.SUPPLIER, Side.BUYER):
        if side in (None, candidate) and may_act_for(principal, candidate, meeting.party(candidate)):
            return candidate
    raise NotAllowed("Anda bukan peserta pertemuan ini / you are not a party to this meeting")


def ensure_party(meeting: Meeting, principal: Principal) -> None:
    """Operators, or either side of the meeting."""
    if principal.role is not Role.OPERATOR:
        acting_side(meeting, principal)


async def write(
    repository: MeetingsRepository, event: MatchingEvent, changed: Meeting
) -> tuple[Meeting, MeetingChanged]:
    """Advance the version and store the change with its MeetingChanged (one write, outbox); returns both."""
    advanced = replace(changed, version=changed.version + 1)
    slots = event.slots()
    slot = slots[advanced.slot] if advanced.slot is not None and advanced.slot < len(slots) else None
    message = advanced.to_event(slot, datetime.now(UTC))
    await repository.save_meeting(advanced, message)
    return advanced, message
