"""An event's participants: a supplier or buyer registers itself (or an operator for it), checks in and
withdraws; the list is public, who attends and the free hours only for the participant and operators."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, status

from padan.matcher.domain.agenda.participant import RegisterParticipant
from padan.matcher.entrypoints.agenda_deps import AgendaDep, Caller
from padan.matcher.entrypoints.meetings_api.views import PREFIX, participant_json
from padan.matcher.handlers.agenda.common import load_event
from padan.matcher.handlers.agenda.register_participant import check_in, register_participant, withdraw_participant
from padan.shared.auth import principal_from_request
from padan.shared.vocabulary import Side

router = APIRouter(prefix=PREFIX)


@router.post("/{event_id}/participants", status_code=status.HTTP_201_CREATED)
async def register(agenda: AgendaDep, event_id: str, command: RegisterParticipant, principal: Caller) -> dict[str, Any]:
    slots = await register_participant(agenda.repository, event_id, command, principal)
    return {"side": command.side, "party_id": command.party_id, "available_slots": sorted(slots)}


@router.get("/{event_id}/participants")
async def participants(agenda: AgendaDep, event_id: str, request: Request) -> dict[str, Any]:
    await load_event(agenda.repository, event_id)
    viewer = principal_from_request(request, agenda.auth)
    return {"items": [participant_json(p, viewer) for p in await agenda.repository.list_participants(event_id)]}


@router.post("/{event_id}/participants/{side}/{party_id}/check-in")
async def arrive(agenda: AgendaDep, event_id: str, side: Side, party_id: str, principal: Caller) -> dict[str, Any]:
    return {"checked_in_at": await check_in(agenda.repository, event_id, side, party_id, principal)}


@router.post("/{event_id}/participants/{side}/{party_id}/withdraw")
async def withdraw(agenda: AgendaDep, event_id: str, side: Side, party_id: str, principal: Caller) -> dict[str, Any]:
    cancelled = await withdraw_participant(agenda.repository, event_id, side, party_id, principal)
    return {"cancelled_meetings": cancelled}
