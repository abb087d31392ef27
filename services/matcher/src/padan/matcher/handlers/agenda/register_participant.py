"""A supplier or buyer registers for an event (itself), or an operator registers it; and withdraws."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.domain.agenda.participant import RegisterParticipant, available_slots, may_act_for
from padan.matcher.handlers.agenda.common import NotAllowed, NotFound, load_event, write
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import Principal
from padan.shared.vocabulary import MeetingStatus, Side

ACTIVE = {MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED}


class InvalidRegistration(ValueError):
    """Registration data that fits no slot of the event; the message is bilingual."""


async def _check_caller(
    repository: MeetingsRepository, event_id: str, side: Side, party_id: str, principal: Principal
) -> dict[str, object] | None:
    if not may_act_for(principal, side, party_id):
        raise NotAllowed("Anda hanya dapat mendaftarkan diri sendiri / you can only register yourself")
    return await repository.get_participant(event_id, side, party_id)


async def _change_meetings(
    repository: MeetingsRepository,
    event_id: str,
    event: MatchingEvent,
    side: Side,
    party_id: str,
    *,
    concerned: Callable[[Meeting], bool],
    change: Callable[[Meeting], Meeting],
) -> int:
    """Apply `change` to each meeting of the participant that is `concerned`, then give the freed capacity to
    waiting meetings (incrementally). Returns how many meetings changed."""
    changed = 0
    for meeting in await repository.list_meetings(event_id):
        if meeting.party(side) == party_id and concerned(meeting):
            await write(repository, event, change(meeting))
            changed += 1
    if changed:
        await schedule_event(repository, event_id, incremental=True, now=datetime.now(UTC))
    return changed


async def register_participant(
    repository: MeetingsRepository, event_id: str, command: RegisterParticipant, principal: Principal
) -> set[int]:
    """Store the registration; returns the slots the participant can meet in. A change of hours takes
    the participant's meetings out of slots it no longer has and re-plans the free capacity."""
    event = await load_event(repository, event_id)
    existing = await _check_caller(repository, event_id, command.side, command.party_id, principal)
    if any(window.day > event.days for window in command.available):
        raise InvalidRegistration(f"Acara hanya {event.days} hari / the event lasts {event.days} day(s)")
    slots = available_slots(event, command.available)
    if not slots:
        raise InvalidRegistration("Waktu luang tidak mencakup satu slot pun / the hours given cover no slot")
    await repository.save_participant(event_id, command)
    if existing is not None:
        await _change_meetings(
            repository,
            event_id,
            event,
            command.side,
            command.party_id,
            concerned=lambda meeting: meeting.status is MeetingStatus.SCHEDULED and meeting.slot not in slots,
            change=Meeting.unplace,
        )
    return slots


async def withdraw_participant(
    repository: MeetingsRepository, event_id: str, side: Side, party_id: str, principal: Principal
) -> int:
    """Withdraw from the event: every open meeting of the participant is cancelled and the freed capacity
    is given to waiting meetings. Returns how many meetings were cancelled."""
    event = await load_event(repository, event_id)
    if await _check_caller(repository, event_id, side, party_id, principal) is None:
        raise NotFound("Peserta tidak terdaftar / participant not registered")
    await repository.set_participant_flags(event_id, side, party_id, {"withdrawn": True})
    return await _change_meetings(
        repository,
        event_id,
        event,
        side,
        party_id,
        concerned=lambda meeting: meeting.status in ACTIVE,
        change=Meeting.cancel,
    )


async def check_in(
    repository: MeetingsRepository, event_id: str, side: Side, party_id: str, principal: Principal
) -> datetime:
    """Arrival at the registration desk (by the operator there, or the participant on its phone)."""
    await load_event(repository, event_id)
    if await _check_caller(repository, event_id, side, party_id, principal) is None:
        raise NotFound("Peserta tidak terdaftar / participant not registered")
    at = datetime.now(UTC)
    await repository.set_participant_flags(event_id, side, party_id, {"checked_in_at": at})
    return at
