"""Business-matching events as JSON (/api/v1/matching-events), one module per resource: `events` (the
event, its schedule and agenda), `participants`, `meetings`; `views` shapes what each reader may see.
Their collaborators (`agenda_deps.Agenda`) are bound once by `build_meetings_router`.

Who may do what: operators (X-API-Key) manage events, propose meetings, plan the agenda and may act for
anyone; a supplier or buyer (Bearer token) registers itself, asks for, accepts, declines or cancels its
own meetings, checks itself in and records the outcome of its own meetings. Reads are public for the
event, its participants' names and the agenda; who attends for a participant (its representative) and its
free hours only for the participant and operators; a meeting's value and outcome note only for its two
sides and operators (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI, Request, status
from fastapi.responses import JSONResponse, Response

from padan.matcher.adapters.meetings_repository import ConcurrentChange, MeetingsRepository
from padan.matcher.domain.agenda.meeting import MeetingRuleError
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.entrypoints.agenda_deps import AGENDA, Agenda
from padan.matcher.entrypoints.meetings_api import events, meetings, participants
from padan.matcher.handlers.agenda.common import NotAllowed, NotFound
from padan.matcher.handlers.agenda.record_outcome import DealAgreedHook
from padan.matcher.handlers.agenda.register_participant import InvalidRegistration
from padan.shared.auth import AuthSettings
from padan.shared.pages import error_page, wants_page


def build_meetings_router(
    repository: MeetingsRepository,
    auth: AuthSettings,
    deal_hooks: Sequence[DealAgreedHook] = (),
    *,
    names: PartyNames | None = None,
) -> APIRouter:
    """The API's resource routers, given their collaborators (`Depends(AGENDA)` in each route)."""
    agenda = Agenda(repository, auth, names or PartyNames(), tuple(deal_hooks))
    router = APIRouter(tags=["business matching"], dependencies=[AGENDA.bind(agenda)])
    for resource in (events.router, participants.router, meetings.router):
        router.include_router(resource)
    return router


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
