"""What the business-matching pages share: their templates and labels, and an event's agenda rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.views import AgendaRow, agenda_rows
from padan.matcher.entrypoints.agenda_deps import Agenda
from padan.shared.pages import page_templates

TEMPLATES = page_templates(Path(__file__).parent.parent / "templates")
LABELS = {
    "side": "Pihak", "party_id": "ID penyedia/pembeli", "name": "Nama usaha / instansi",
    "representative": "Nama yang hadir", "available": "Waktu luang", "token": "Token akses",
}  # fmt: skip


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context = {"labels": LABELS, "errors": [], "form": {}, "wide": False, **context}
    return TEMPLATES.TemplateResponse(request, f"agenda/{template}", context, status_code=status_code)


async def rows_of(agenda: Agenda, event: MatchingEvent) -> list[AgendaRow]:
    meetings = await agenda.repository.list_meetings(event.event_id)
    participants = await agenda.repository.list_participants(event.event_id)
    return agenda_rows(event, meetings, agenda.names.of(participants, meetings))
