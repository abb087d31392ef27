"""Business-matching events as JSON (/api/v1/matching-events).

Who may do what: operators (X-API-Key) manage events, propose meetings, plan the agenda and may act for
anyone; a supplier or buyer (Bearer token) registers itself, asks for, accepts, declines or cancels its
own meetings, checks itself in and records the outcome of its own meetings. Reads are public for the
event, its participants' names and the agenda; who attends for a participant (its representative) and its
free hours only for the participant and operators; a meeting's value and outcome note only for its two
sides and operators (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request, status
from fastapi.responses import JSONResponse, Response

from padan.matcher.adapters.meetings_repository import ConcurrentChange, MeetingsRepository
from padan.matcher.domain.agenda.event import MatchingEvent, Slot
from padan.matcher.domain.agenda.meeting import Meeting, MeetingRuleError
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.agenda.participant import RegisterParticipant, may_act_for
from padan.matcher.domain.agenda.views import agenda_rows, for_participant, for_table
from padan.matcher.handlers.agenda.common import NotAllowed, NotFound, load_event
from padan.matcher.handlers.agenda.manage_event import save_event
from padan.matcher.handlers.agenda.record_outcome import DealAgreedHook, RecordOutcome, mark_held, record_outcome
from padan.matcher.handlers.agenda.register_participant import (
    InvalidRegistration,
    check_in,
    register_participant,
    withdraw_participant,
)
from padan.matcher.handlers.agenda.request_meeting import (
    ProposeMeetings,
    RequestMeeting,
    propose_meetings,
    request_meeting,
)
from padan.matcher.handlers.agenda.respond_to_meeting import accept_meeting, cancel_meeting, decline_meeting
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import AuthSettings, Principal, Role, authenticated, principal_from_request, requires
from padan.shared.pages import error_page, wants_page
from padan.shared.vocabulary import MeetingStatus, Side


class PlanMode(StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"


def meeting_json(meeting: Meeting, slots: Sequence[Slot]) -> dict[str, Any]:
    slot = slots[meeting.slot] if meeting.slot is not None and meeting.slot < len(slots) else None
    return {
        "meeting_id": meeting.meeting_id,
        "matching_event_id": meeting.event_id,
        "supplier_id": meeting.supplier_id,
        "buyer_id": meeting.buyer_id,
        "match_id": meeting.match_id,
        "value": meeting.value,
        "requested_by": meeting.requested_by,
        "accepted_by": sorted(meeting.accepted_by),
        "status": meeting.status,
        "slot": meeting.slot,
        "table": meeting.table,
        "starts_at": slot.starts_at.isoformat() if slot else None,
        "ends_at": slot.ends_at.isoformat() if slot else None,
        "outcome": meeting.outcome,
        "note": meeting.note,
        "version": meeting.version,
    }


PARTICIPANT_PRIVATE = ("representative", "available")
MEETING_PRIVATE = ("value", "note")


def participant_json(document: dict[str, Any], viewer: Principal | None = None) -> dict[str, Any]:
    hidden = {"_id", "event_id"}
    if viewer is None or not may_act_for(viewer, Side(document["side"]), str(document["party_id"])):
        hidden.update(PARTICIPANT_PRIVATE)
    return {key: value for key, value in document.items() if key not in hidden}


def meeting_view(meeting: Meeting, slots: Sequence[Slot], viewer: Principal | None) -> dict[str, Any]:
    """`meeting_json` as `viewer` may read it: value and note only for the meeting's sides and operators."""
    view = meeting_json(meeting, slots)
    party = viewer is not None and (
        viewer.owns(Role.SUPPLIER, meeting.supplier_id) or viewer.owns(Role.BUYER, meeting.buyer_id)
    )
    if not party:
        for name in MEETING_PRIVATE:
            view.pop(name, None)
    return view


def install_agenda_errors(app: FastAPI) -> None:
    """Domain errors to HTTP, with the bilingual messages the handlers give."""

    def handler(code: int) -> Any:
        async def respond(request: Request, exc: Exception) -> Response:
            if wants_page(request):  # an agenda page (/acara/...): a page in Bahasa Indonesia, not JSON
                return error_page(code, detail=str(exc))
            return JSONResponse(status_code=code, content={"detail": str(exc)})

        return respond

    app.add_exception_handler(NotFound, handler(status.HTTP_404_NOT_FOUND))
    app.add_exception_handler(NotAllowed, handler(status.HTTP_403_FORBIDDEN))
    app.add_exception_handler(MeetingRuleError, handler(status.HTTP_409_CONFLICT))
    app.add_exception_handler(InvalidRegistration, handler(422))
    app.add_exception_handler(ConcurrentChange, handler(status.HTTP_409_CONFLICT))


def build_meetings_router(
    repository: MeetingsRepository,
    auth: AuthSettings,
    deal_hooks: Sequence[DealAgreedHook] = (),
    *,
    names: PartyNames | None = None,
) -> APIRouter:
    router = APIRouter(prefix="/api/v1/matching-events", tags=["business matching"])
    directory = names or PartyNames()
    operator = requires(auth, Role.OPERATOR)
    anyone = Depends(authenticated(auth))

    @router.post("", status_code=status.HTTP_201_CREATED)
    async def put_event(event: MatchingEvent, _: Principal = operator) -> dict[str, Any]:
        saved = await save_event(repository, event)
        return {**saved.model_dump(mode="json"), "slots": len(saved.slots())}

    @router.get("/{event_id}")
    async def get_event(event_id: str) -> dict[str, Any]:
        event = await load_event(repository, event_id)
        slots = [
            {"slot": s.index, "day": s.day + 1, "starts_at": s.starts_at, "ends_at": s.ends_at} for s in event.slots()
        ]
        return {**event.model_dump(mode="json"), "slots": slots}

    @router.post("/{event_id}/participants", status_code=status.HTTP_201_CREATED)
    async def register(event_id: str, command: RegisterParticipant, principal: Principal = anyone) -> dict[str, Any]:
        slots = await register_participant(repository, event_id, command, principal)
        return {"side": command.side, "party_id": command.party_id, "available_slots": sorted(slots)}

    @router.get("/{event_id}/participants")
    async def participants(event_id: str, request: Request) -> dict[str, Any]:
        await load_event(repository, event_id)
        viewer = principal_from_request(request, auth)
        return {"items": [participant_json(p, viewer) for p in await repository.list_participants(event_id)]}

    @router.post("/{event_id}/participants/{side}/{party_id}/check-in")
    async def arrive(event_id: str, side: Side, party_id: str, principal: Principal = anyone) -> dict[str, Any]:
        return {"checked_in_at": await check_in(repository, event_id, side, party_id, principal)}

    @router.post("/{event_id}/participants/{side}/{party_id}/withdraw")
    async def withdraw(event_id: str, side: Side, party_id: str, principal: Principal = anyone) -> dict[str, Any]:
        return {"cancelled_meetings": await withdraw_participant(repository, event_id, side, party_id, principal)}

    @router.post("/{event_id}/proposals")
    async def propose(event_id: str, command: ProposeMeetings | None = None, _: Principal = operator) -> dict[str, Any]:
        created = await propose_meetings(repository, event_id, command or ProposeMeetings())
        return {"created": created}

    @router.post("/{event_id}/meetings", status_code=status.HTTP_201_CREATED)
    async def ask(event_id: str, command: RequestMeeting, principal: Principal = anyone) -> dict[str, Any]:
        event = await load_event(repository, event_id)
        return meeting_json(await request_meeting(repository, event_id, command, principal), event.slots())

    @router.get("/{event_id}/meetings")
    async def meetings(
        event_id: str,
        request: Request,
        status_: MeetingStatus | None = Query(None, alias="status"),
        party_id: str | None = None,
    ) -> dict[str, Any]:
        event = await load_event(repository, event_id)
        slots = event.slots()
        viewer = principal_from_request(request, auth)
        found = [
            m
            for m in await repository.list_meetings(event_id)
            if (status_ is None or m.status is status_) and party_id in (None, m.supplier_id, m.buyer_id)
        ]
        return {"items": [meeting_view(m, slots, viewer) for m in found]}

    @router.post("/{event_id}/meetings/{meeting_id}/accept")
    async def accept(
        event_id: str, meeting_id: str, side: Side | None = None, principal: Principal = anyone
    ) -> dict[str, Any]:
        meeting = await accept_meeting(repository, event_id, meeting_id, principal, side)
        return meeting_json(meeting, (await load_event(repository, event_id)).slots())

    @router.post("/{event_id}/meetings/{meeting_id}/decline")
    async def decline(
        event_id: str, meeting_id: str, side: Side | None = None, principal: Principal = anyone
    ) -> dict[str, Any]:
        meeting = await decline_meeting(repository, event_id, meeting_id, principal, side)
        return meeting_json(meeting, (await load_event(repository, event_id)).slots())

    @router.post("/{event_id}/meetings/{meeting_id}/cancel")
    async def cancel(event_id: str, meeting_id: str, principal: Principal = anyone) -> dict[str, Any]:
        meeting = await cancel_meeting(repository, event_id, meeting_id, principal)
        return meeting_json(meeting, (await load_event(repository, event_id)).slots())

    @router.post("/{event_id}/meetings/{meeting_id}/held")
    async def held(event_id: str, meeting_id: str, principal: Principal = anyone) -> dict[str, Any]:
        return (await mark_held(repository, event_id, meeting_id, principal, held=True)).model_dump(mode="json")

    @router.post("/{event_id}/meetings/{meeting_id}/no-show")
    async def no_show(event_id: str, meeting_id: str, principal: Principal = anyone) -> dict[str, Any]:
        return (await mark_held(repository, event_id, meeting_id, principal, held=False)).model_dump(mode="json")

    @router.post("/{event_id}/meetings/{meeting_id}/outcome")
    async def outcome(
        event_id: str, meeting_id: str, command: RecordOutcome, principal: Principal = anyone
    ) -> dict[str, Any]:
        """Returns the published MeetingChanged; 'deal_agreed' also goes to the deal hooks."""
        published = await record_outcome(repository, event_id, meeting_id, command, principal, deal_hooks=deal_hooks)
        return published.model_dump(mode="json")

    @router.post("/{event_id}/schedule")
    async def plan(
        event_id: str,
        mode: PlanMode = PlanMode.FULL,
        time_limit: float = Query(10.0, gt=0, le=300),
        _: Principal = operator,
    ) -> dict[str, Any]:
        report = await schedule_event(
            repository,
            event_id,
            incremental=mode is PlanMode.INCREMENTAL,
            now=datetime.now(UTC),
            time_limit=time_limit,
        )
        return asdict(report)

    @router.get("/{event_id}/agenda")
    async def agenda(
        event_id: str, request: Request, side: Side | None = None, party_id: str | None = None, table: int | None = None
    ) -> dict[str, Any]:
        event = await load_event(repository, event_id)
        viewer = principal_from_request(request, auth)
        meetings = await repository.list_meetings(event_id)
        rows = agenda_rows(event, meetings, directory.of(await repository.list_participants(event_id), meetings))
        if side is not None and party_id is not None:
            rows = for_participant(rows, side, party_id)
        if table is not None:
            rows = for_table(rows, table)
        return {
            "items": [
                {
                    **meeting_view(row.meeting, event.slots(), viewer),
                    "supplier_name": row.supplier_name,
                    "buyer_name": row.buyer_name,
                }
                for row in rows
            ]
        }

    return router
