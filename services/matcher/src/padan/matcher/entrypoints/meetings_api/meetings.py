"""An event's meetings: proposed by an operator, asked for by a participant, accepted, declined or
cancelled by its sides, marked held or missed, and their outcome recorded."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Query, Request, status

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.entrypoints.agenda_deps import Agenda, AgendaDep, Caller, Operator
from padan.matcher.entrypoints.meetings_api.views import PREFIX, meeting_json, meeting_view
from padan.matcher.handlers.agenda.common import load_event
from padan.matcher.handlers.agenda.record_outcome import RecordOutcome, mark_held, record_outcome
from padan.matcher.handlers.agenda.request_meeting import (
    ProposeMeetings,
    RequestMeeting,
    propose_meetings,
    request_meeting,
)
from padan.matcher.handlers.agenda.respond_to_meeting import accept_meeting, cancel_meeting, decline_meeting
from padan.shared.auth import Principal, principal_from_request
from padan.shared.vocabulary import MeetingStatus, Side

router = APIRouter(prefix=PREFIX)
MEETING = "/{event_id}/meetings/{meeting_id}"
Answer = Callable[[MeetingsRepository, str, str, Principal, Side | None], Awaitable[Meeting]]


async def _answered(agenda: Agenda, event_id: str, meeting: Meeting) -> dict[str, Any]:
    """A meeting just answered, with its slot's times (the event is read after the answer is stored)."""
    return meeting_json(meeting, (await load_event(agenda.repository, event_id)).slots())


async def _answer(
    answer: Answer, agenda: Agenda, event_id: str, meeting_id: str, principal: Principal, *, side: Side | None
) -> dict[str, Any]:
    """A side accepts or declines the meeting (`answer`): the meeting as answered."""
    return await _answered(agenda, event_id, await answer(agenda.repository, event_id, meeting_id, principal, side))


@router.post("/{event_id}/proposals")
async def propose(
    agenda: AgendaDep, event_id: str, _: Operator, command: ProposeMeetings | None = None
) -> dict[str, Any]:
    return {"created": await propose_meetings(agenda.repository, event_id, command or ProposeMeetings())}


@router.post("/{event_id}/meetings", status_code=status.HTTP_201_CREATED)
async def ask(agenda: AgendaDep, event_id: str, command: RequestMeeting, principal: Caller) -> dict[str, Any]:
    event = await load_event(agenda.repository, event_id)
    return meeting_json(await request_meeting(agenda.repository, event_id, command, principal), event.slots())


@router.get("/{event_id}/meetings")
async def meetings(
    agenda: AgendaDep,
    event_id: str,
    request: Request,
    status_: MeetingStatus | None = Query(None, alias="status"),
    party_id: str | None = None,
) -> dict[str, Any]:
    event = await load_event(agenda.repository, event_id)
    slots = event.slots()
    viewer = principal_from_request(request, agenda.auth)
    found = [
        m
        for m in await agenda.repository.list_meetings(event_id)
        if (status_ is None or m.status is status_) and party_id in (None, m.supplier_id, m.buyer_id)
    ]
    return {"items": [meeting_view(m, slots, viewer) for m in found]}


@router.post(MEETING + "/accept")
async def accept(
    agenda: AgendaDep, event_id: str, meeting_id: str, principal: Caller, side: Side | None = None
) -> dict[str, Any]:
    return await _answer(accept_meeting, agenda, event_id, meeting_id, principal, side=side)


@router.post(MEETING + "/decline")
async def decline(
    agenda: AgendaDep, event_id: str, meeting_id: str, principal: Caller, side: Side | None = None
) -> dict[str, Any]:
    return await _answer(decline_meeting, agenda, event_id, meeting_id, principal, side=side)


@router.post(MEETING + "/cancel")
async def cancel(agenda: AgendaDep, event_id: str, meeting_id: str, principal: Caller) -> dict[str, Any]:
    return await _answered(agenda, event_id, await cancel_meeting(agenda.repository, event_id, meeting_id, principal))


@router.post(MEETING + "/held")
async def held(agenda: AgendaDep, event_id: str, meeting_id: str, principal: Caller) -> dict[str, Any]:
    return (await mark_held(agenda.repository, event_id, meeting_id, principal, held=True)).model_dump(mode="json")


@router.post(MEETING + "/no-show")
async def no_show(agenda: AgendaDep, event_id: str, meeting_id: str, principal: Caller) -> dict[str, Any]:
    return (await mark_held(agenda.repository, event_id, meeting_id, principal, held=False)).model_dump(mode="json")


@router.post(MEETING + "/outcome")
async def outcome(
    agenda: AgendaDep, event_id: str, meeting_id: str, command: RecordOutcome, principal: Caller
) -> dict[str, Any]:
    """Returns the published MeetingChanged; 'deal_agreed' also goes to the deal hooks."""
    published = await record_outcome(
        agenda.repository, event_id, meeting_id, command, principal, deal_hooks=agenda.deal_hooks
    )
    return published.model_dump(mode="json")
