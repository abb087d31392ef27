"""Business-matching pages in Bahasa Indonesia (usable on a phone; inline CSS, no CDN), one module per
resource: `events` (/acara/{id}, /acara/{id}/cetak), `registration` (/acara/{id}/daftar), `agendas` (a
participant's agenda and calendar file, a table's agenda); `pages` holds their templates. Their
collaborators (`agenda_deps.Agenda`) are bound once by `build_meetings_web_router`.
"""

from __future__ import annotations

from fastapi import APIRouter

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.entrypoints.agenda_deps import AGENDA, Agenda
from padan.matcher.entrypoints.meetings_web import agendas, events, registration
from padan.shared.auth import AuthSettings


def build_meetings_web_router(
    repository: MeetingsRepository, auth: AuthSettings, names: PartyNames | None = None
) -> APIRouter:
    """The pages' resource routers, given their collaborators (`Depends(AGENDA)` in each route)."""
    router = APIRouter(
        include_in_schema=False, dependencies=[AGENDA.bind(Agenda(repository, auth, names or PartyNames()))]
    )
    for resource in (events.router, registration.router, agendas.router):
        router.include_router(resource)
    return router
