"""Business-matching pages in Bahasa Indonesia (usable on a phone; inline CSS, no CDN):

- /acara/{id}: the event, its participants and links; /acara/{id}/daftar: registration with available
  hours, for a supplier or buyer with its access token (the invitation link may carry it as ?token=), or
  an operator with the API key;
- /acara/{id}/agenda/{side}/{party_id} (+ .ics): a participant's agenda and calendar file;
- /acara/{id}/meja/{n}: one table's agenda; /acara/{id}/cetak: the whole grid, with print CSS.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.ics import agenda_ics
from padan.matcher.domain.agenda.meeting import OUTCOME_LABELS, STATUS_LABELS
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.agenda.participant import RegisterParticipant
from padan.matcher.domain.agenda.views import AgendaRow, agenda_rows, for_participant, for_table, grid
from padan.matcher.entrypoints.page_token import page_principal
from padan.matcher.handlers.agenda.common import NotAllowed, load_event
from padan.matcher.handlers.agenda.register_participant import InvalidRegistration, register_participant
from padan.shared.auth import AuthSettings
from padan.shared.http import field_errors
from padan.shared.vocabulary import MeetingStatus, Side

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
LABELS = {
    "side": "Pihak", "party_id": "ID penyedia/pembeli", "name": "Nama usaha / instansi",
    "representative": "Nama yang hadir", "available": "Waktu luang", "token": "Token akses",
}  # fmt: skip


def _registration(event: MatchingEvent, form: dict[str, str]) -> dict[str, Any]:
    available = [
        {"day": day, "start": form.get(f"start{day}", ""), "end": form.get(f"end{day}", "")}
        for day in range(1, event.days + 1)
        if form.get(f"day{day}")
    ]
    fields = ("side", "party_id", "name", "representative")
    return {**{key: form[key].strip() for key in fields if form.get(key, "").strip()}, "available": available}


def _invited(auth: AuthSettings, names: PartyNames, token: str, request: Request) -> dict[str, str]:
    """An invitation link carries the party's token: the form then knows who registers, by its registry name."""
    principal = page_principal(auth, token, request) if token else None
    if principal is None or not principal.organisation_id or principal.role.value not in ("supplier", "buyer"):
        return {}
    side = Side(principal.role.value)
    return {
        "side": side.value,
        "party_id": principal.organisation_id,
        "name": names.name(side, principal.organisation_id),
    }


def build_meetings_web_router(
    repository: MeetingsRepository, auth: AuthSettings, names: PartyNames | None = None
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    directory = names or PartyNames()

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context = {"labels": LABELS, "errors": [], "form": {}, "wide": False, **context}
        return TEMPLATES.TemplateResponse(request, f"agenda/{template}", context, status_code=status_code)

    async def rows_of(event: MatchingEvent) -> list[AgendaRow]:
        meetings = await repository.list_meetings(event.event_id)
        return agenda_rows(event, meetings, directory.of(await repository.list_participants(event.event_id), meetings))

    @router.get("/acara/{event_id}", response_class=HTMLResponse)
    async def overview(request: Request, event_id: str) -> HTMLResponse:
        event = await load_event(repository, event_id)
        participants = directory.named(await repository.list_participants(event_id))
        meetings = await repository.list_meetings(event_id)
        placed = {MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW}
        return page(
            request,
            "event.html",
            title=event.name,
            event=event,
            participants=participants,
            suppliers=sum(1 for p in participants if p["side"] == Side.SUPPLIER and not p.get("withdrawn")),
            buyers=sum(1 for p in participants if p["side"] == Side.BUYER and not p.get("withdrawn")),
            scheduled=sum(1 for m in meetings if m.status in placed),
            accepted=sum(1 for m in meetings if m.status in placed | {MeetingStatus.ACCEPTED}),
        )

    @router.get("/acara/{event_id}/daftar", response_class=HTMLResponse)
    async def registration_form(request: Request, event_id: str, token: str = "") -> HTMLResponse:
        event = await load_event(repository, event_id)
        form = _invited(auth, directory, token, request)
        return page(request, "register.html", title="Pendaftaran peserta", event=event, token=token, form=form)

    @router.post("/acara/{event_id}/daftar", response_class=HTMLResponse)
    async def registration_submit(request: Request, event_id: str) -> HTMLResponse:
        event = await load_event(repository, event_id)
        form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
        token = form.pop("token", "")
        errors: list[dict[str, str]] = []
        try:
            command = RegisterParticipant.model_validate(_registration(event, form))
        except ValidationError as exc:
            errors = field_errors(exc.errors())
        principal = page_principal(auth, token, request)
        if principal is None:
            errors.append({"field": "token", "message_id": "token tidak valid atau kedaluwarsa",
                           "message_en": "invalid or expired token"})  # fmt: skip
        if not errors:
            try:
                assert principal is not None
                slots = await register_participant(repository, event_id, command, principal)
                return page(request, "register.html", title="Pendaftaran peserta", event=event, saved=command,
                            slot_count=len(slots), token=token)  # fmt: skip
            except (NotAllowed, InvalidRegistration) as exc:
                errors.append({"field": "available" if isinstance(exc, InvalidRegistration) else "token",
                               "message_id": str(exc).split(" / ")[0], "message_en": str(exc)})  # fmt: skip
        code = status.HTTP_403_FORBIDDEN if any(e["field"] == "token" for e in errors) else 422
        return page(request, "register.html", code, title="Pendaftaran peserta", event=event, form=form,
                    errors=errors, token=token)  # fmt: skip

    @router.get("/acara/{event_id}/agenda/{side}/{party_id}.ics")
    async def calendar_file(event_id: str, side: Side, party_id: str) -> Response:
        event = await load_event(repository, event_id)
        rows = for_participant(await rows_of(event), side, party_id)
        return Response(
            agenda_ics(event, rows, side),
            media_type="text/calendar; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="agenda-{event_id}.ics"'},
        )

    @router.get("/acara/{event_id}/agenda/{side}/{party_id}", response_class=HTMLResponse)
    async def participant_agenda(request: Request, event_id: str, side: Side, party_id: str) -> HTMLResponse:
        event = await load_event(repository, event_id)
        if (participant := await repository.get_participant(event_id, side, party_id)) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Peserta tidak terdaftar / participant not registered")
        name = directory.name(side, party_id, participant.get("name"))
        rows = for_participant(await rows_of(event), side, party_id)
        waiting = sum(
            1
            for m in await repository.list_meetings(event_id)
            if m.status is MeetingStatus.ACCEPTED and m.party(side) == party_id
        )
        return page(
            request, "agenda.html", title=f"Agenda {name}", event=event, heading=f"Agenda {name}", rows=rows,
            other_label="Pembeli" if side is Side.SUPPLIER else "Penyedia", other=lambda r: r.counterpart(side),
            ics=f"/acara/{event_id}/agenda/{side.value}/{party_id}.ics", waiting=waiting,
            status_labels=STATUS_LABELS, outcome_labels=OUTCOME_LABELS,
        )  # fmt: skip

    @router.get("/acara/{event_id}/meja/{table}", response_class=HTMLResponse)
    async def table_agenda(request: Request, event_id: str, table: int) -> HTMLResponse:
        event = await load_event(repository, event_id)
        if not 1 <= table <= event.tables:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Meja tidak ada / no such table")
        return page(
            request, "agenda.html", title=f"Meja {table}", event=event, heading=f"Agenda meja {table}",
            rows=for_table(await rows_of(event), table), other_label="Penyedia × pembeli",
            other=lambda r: f"{r.supplier_name} × {r.buyer_name}", ics=None, waiting=0,
            status_labels=STATUS_LABELS, outcome_labels=OUTCOME_LABELS,
        )  # fmt: skip

    @router.get("/acara/{event_id}/cetak", response_class=HTMLResponse)
    async def printable(request: Request, event_id: str) -> HTMLResponse:
        event = await load_event(repository, event_id)
        rows = await rows_of(event)
        return page(request, "print.html", title=f"Jadwal {event.name}", event=event, lines=grid(event, rows),
                    count=len(rows), wide=True)  # fmt: skip

    return router
