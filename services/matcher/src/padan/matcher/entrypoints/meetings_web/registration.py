"""/acara/{id}/daftar: registration with available hours, for a supplier or buyer with its access token
(the invitation link may carry it as ?token=), or an operator with the API key."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, status
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.participant import RegisterParticipant
from padan.matcher.entrypoints.agenda_deps import Agenda, AgendaDep
from padan.matcher.entrypoints.meetings_web.pages import page
from padan.matcher.entrypoints.page_token import page_principal
from padan.matcher.handlers.agenda.common import NotAllowed, load_event
from padan.matcher.handlers.agenda.register_participant import InvalidRegistration, register_participant
from padan.shared.http import field_errors
from padan.shared.vocabulary import Side

router = APIRouter()
TITLE = "Pendaftaran peserta"


def _registration(event: MatchingEvent, form: dict[str, str]) -> dict[str, Any]:
    available = [
        {"day": day, "start": form.get(f"start{day}", ""), "end": form.get(f"end{day}", "")}
        for day in range(1, event.days + 1)
        if form.get(f"day{day}")
    ]
    fields = ("side", "party_id", "name", "representative")
    return {**{key: form[key].strip() for key in fields if form.get(key, "").strip()}, "available": available}


def _invited(agenda: Agenda, token: str, request: Request) -> dict[str, str]:
    """An invitation link carries the party's token: the form then knows who registers, by its registry name."""
    principal = page_principal(agenda.auth, token, request) if token else None
    if principal is None or not principal.organisation_id or principal.role.value not in ("supplier", "buyer"):
        return {}
    side = Side(principal.role.value)
    return {
        "side": side.value,
        "party_id": principal.organisation_id,
        "name": agenda.names.name(side, principal.organisation_id),
    }


@router.get("/acara/{event_id}/daftar", response_class=HTMLResponse)
async def registration_form(request: Request, agenda: AgendaDep, event_id: str, token: str = "") -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    form = _invited(agenda, token, request)
    return page(request, "register.html", title=TITLE, event=event, token=token, form=form)


@router.post("/acara/{event_id}/daftar", response_class=HTMLResponse)
async def registration_submit(request: Request, agenda: AgendaDep, event_id: str) -> HTMLResponse:
    event = await load_event(agenda.repository, event_id)
    form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    token = form.pop("token", "")
    errors: list[dict[str, str]] = []
    try:
        command = RegisterParticipant.model_validate(_registration(event, form))
    except ValidationError as exc:
        errors = field_errors(exc.errors())
    principal = page_principal(agenda.auth, token, request)
    if principal is None:
        errors.append({"field": "token", "message_id": "token tidak valid atau kedaluwarsa",
                       "message_en": "invalid or expired token"})  # fmt: skip
    if not errors:
        try:
            assert principal is not None
            slots = await register_participant(agenda.repository, event_id, command, principal)
            return page(request, "register.html", title=TITLE, event=event, saved=command,
                        slot_count=len(slots), token=token)  # fmt: skip
        except (NotAllowed, InvalidRegistration) as exc:
            errors.append({"field": "available" if isinstance(exc, InvalidRegistration) else "token",
                           "message_id": str(exc).split(" / ")[0], "message_en": str(exc)})  # fmt: skip
    code = status.HTTP_403_FORBIDDEN if any(e["field"] == "token" for e in errors) else 422
    return page(request, "register.html", code, title=TITLE, event=event, form=form, errors=errors,
                token=token)  # fmt: skip
