"""/acara/{id}: the event, its participants and links; /acara/{id}/cetak: the whole grid, with print CSS."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from padan.matcher.domain.agenda.views import grid
from padan.matcher.entrypoints.agenda_deps import AgendaDep
from padan.matcher.entrypoints.meetings_web.pages import page, rows_of
from padan.matcher.handlers.agenda.common import load_event
from padan.shared.vocabulary import MeetingStatus, Side

router = APIRouter()
PLACED = {MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW}


@router.get("/acara/{event_id}", response_class=HTMLResponse)
async def overview(request: Request, agenda: AgendaDep, event_id: str) -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    participants = agenda.names.named(await agenda.repository.list_participants(event_id))
    meetings = await agenda.repository.list_meetings(event_id)
    return page(
        request,
        "event.html",
        title=event.name,
        event=event,
        participants=participants,
        suppliers=sum(1 for p in participants if p["side"] == Side.SUPPLIER and not p.get("withdrawn")),
        buyers=sum(1 for p in participants if p["side"] == Side.BUYER and not p.get("withdrawn")),
        scheduled=sum(1 for m in meetings if m.status in PLACED),
        accepted=sum(1 for m in meetings if m.status in PLACED | {MeetingStatus.ACCEPTED}),
    )


@router.get("/acara/{event_id}/cetak", response_class=HTMLResponse)
async def printable(request: Request, agenda: AgendaDep, event_id: str) -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    rows = await rows_of(agenda, event)
    return page(request, "print.html", title=f"Jadwal {event.name}", event=event, lines=grid(event, rows),
                count=len(rows), wide=True)  # fmt: skip
