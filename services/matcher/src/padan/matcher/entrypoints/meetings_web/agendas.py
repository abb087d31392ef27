"""/acara/{id}/agenda/{side}/{party_id} (+ .ics): a participant's agenda and calendar file;
/acara/{id}/meja/{n}: one table's agenda."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response

from padan.matcher.domain.agenda.ics import agenda_ics
from padan.matcher.domain.agenda.meeting import OUTCOME_LABELS, STATUS_LABELS
from padan.matcher.domain.agenda.views import for_participant, for_table
from padan.matcher.entrypoints.agenda_deps import AgendaDep
from padan.matcher.entrypoints.meetings_web.pages import page, rows_of
from padan.matcher.handlers.agenda.common import load_event
from padan.shared.vocabulary import MeetingStatus, Side

router = APIRouter()


# Before the agenda page, whose {party_id} would take "x.ics" too.
@router.get("/acara/{event_id}/agenda/{side}/{party_id}.ics")
async def calendar_file(agenda: AgendaDep, event_id: str, side: Side, party_id: str) -> Response:
    event = await load_event(agenda.repository, event_id)
    rows = for_participant(await rows_of(agenda, event), side, party_id)
    return Response(
        agenda_ics(event, rows, side),
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="agenda-{event_id}.ics"'},
    )


@router.get("/acara/{event_id}/agenda/{side}/{party_id}", response_class=HTMLResponse)
async def participant_agenda(
    request: Request, agenda: AgendaDep, event_id: str, side: Side, party_id: str
) -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    if (participant := await agenda.repository.get_participant(event_id, side, party_id)) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Peserta tidak terdaftar / participant not registered")
    name = agenda.names.name(side, party_id, participant.get("name"))
    rows = for_participant(await rows_of(agenda, event), side, party_id)
    waiting = sum(
        1
        for m in await agenda.repository.list_meetings(event_id)
        if m.status is MeetingStatus.ACCEPTED and m.party(side) == party_id
    )
    return page(
        request, "agenda.html", title=f"Agenda {name}", event=event, heading=f"Agenda {name}", rows=rows,
        other_label="Pembeli" if side is Side.SUPPLIER else "Penyedia", other=lambda r: r.counterpart(side),
        ics=f"/acara/{event_id}/agenda/{side.value}/{party_id}.ics", waiting=waiting,
        status_labels=STATUS_LABELS, outcome_labels=OUTCOME_LABELS,
    )  # fmt: skip


@router.get("/acara/{event_id}/meja/{table}", response_class=HTMLResponse)
async def table_agenda(request: Request, agenda: AgendaDep, event_id: str, table: int) -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    if not 1 <= table <= event.tables:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Meja tidak ada / no such table")
    return page(
        request, "agenda.html", title=f"Meja {table}", event=event, heading=f"Agenda meja {table}",
        rows=for_table(await rows_of(agenda, event), table), other_label="Penyedia × pembeli",
        other=lambda r: f"{r.supplier_name} × {r.buyer_name}", ics=None, waiting=0,
        status_labels=STATUS_LABELS, outcome_labels=OUTCOME_LABELS,
    )  # fmt: skip
