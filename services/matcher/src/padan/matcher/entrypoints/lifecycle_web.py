"""The pages the notifier's emails link to (Bahasa Indonesia, usable on a phone):

- /kecocokan/{match_id}: a match with its reasons (rules, matched words, score parts) and its deals; the
  supplier or buyer responds (seen / interested / decline) with its access token;
- /kesepakatan/{deal_id}: a deal and its contract (its value before the contract only for its parties and
  operators, who open the page with their token, as the e-mails' links do: ?token=...);
- /temu-bisnis/{meeting_id}: one business-matching meeting, its time and table.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain import labels
from padan.matcher.domain.agenda.meeting import OUTCOME_LABELS, STATUS_LABELS
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.lifecycle import LifecycleError
from padan.matcher.entrypoints.lifecycle_api import value_visible
from padan.matcher.entrypoints.page_token import page_principal
from padan.matcher.handlers.agenda.common import load_event
from padan.matcher.handlers.decline_match import decline_match
from padan.matcher.handlers.express_interest import express_interest
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.matcher.handlers.mark_match_viewed import mark_match_viewed
from padan.shared.auth import AuthSettings, Principal
from padan.shared.events import MatchChanged
from padan.shared.money import format_number, format_percent, format_rupiah
from padan.shared.pages import page_templates
from padan.shared.vocabulary import Side

TEMPLATES = page_templates(Path(__file__).parent / "templates")
TEMPLATES.env.filters["rupiah"] = format_rupiah
TEMPLATES.env.filters["persen"] = format_percent
TEMPLATES.env.filters["angka"] = format_number
Action = Callable[[LifecycleContext, Principal, str], Awaitable[MatchChanged]]
ACTIONS: dict[str, tuple[Action, str]] = {
    "view": (mark_match_viewed, "Tercatat: Anda sudah melihat kecocokan ini."),
    "interest": (express_interest, "Minat Anda tercatat. Pihak lain akan diberi tahu."),
    "decline": (decline_match, "Kecocokan ini Anda tolak."),
}
NOT_A_PARTY = "Hanya penyedia atau pembeli kecocokan ini yang dapat menanggapi / only the two parties may respond"
ACCESS_REFUSED = "Token akses tidak valid atau kedaluwarsa / invalid or expired token"


def build_lifecycle_web_router(
    context: LifecycleContext, meetings: MeetingsRepository, auth: AuthSettings, names: PartyNames | None = None
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    directory = names or PartyNames()

    def page(request: Request, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
        values = {"labels": labels, "event": None, "wide": False, "errors": [], "notice": "", **values}
        return TEMPLATES.TemplateResponse(request, f"lifecycle/{template}", values, status_code=status_code)

    async def match_page(request: Request, match: MatchChanged, status_code: int = 200, **values: Any) -> HTMLResponse:
        deals = await context.deals.find_deals({"match_id": match.match_id}, 20)
        viewer = page_principal(auth, str(values.get("token", "")), request)
        visible = {deal.deal_id for deal in deals if value_visible(deal, viewer)}
        return page(request, "match.html", status_code, title=match.package_name, match=match, deals=deals,
                    visible=visible, **values)  # fmt: skip

    async def existing_match(match_id: str) -> MatchChanged:
        match = await context.matches.get_match(match_id)
        if match is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Kecocokan tidak ditemukan / match not found")
        return match

    @router.get("/kecocokan/{match_id}", response_class=HTMLResponse)
    async def show_match(request: Request, match_id: str, token: str = "") -> HTMLResponse:
        return await match_page(request, await existing_match(match_id), token=token)

    @router.post("/kecocokan/{match_id}", response_class=HTMLResponse)
    async def respond(request: Request, match_id: str) -> HTMLResponse:
        match = await existing_match(match_id)
        form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
        token, chosen = form.get("token", ""), ACTIONS.get(form.get("action", ""))
        principal = page_principal(auth, token, request)
        if chosen is None:
            return await match_page(request, match, 422, token=token, errors=["Pilih tanggapan / choose a response"])
        if principal is None:
            return await match_page(request, match, 403, token=token, errors=[ACCESS_REFUSED])
        action, done = chosen
        try:
            changed = await action(context, principal, match_id)
        except NotAllowed:
            return await match_page(request, match, 403, token=token, errors=[NOT_A_PARTY])
        except NotFound as exc:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Kecocokan tidak ditemukan / match not found") from exc
        except LifecycleError as exc:
            return await match_page(request, match, 409, token=token, errors=[exc.message_id])
        return await match_page(request, changed, token=token, notice=done)

    @router.get("/kesepakatan/{deal_id}", response_class=HTMLResponse)
    async def show_deal(request: Request, deal_id: str, token: str = "") -> HTMLResponse:
        deal = await context.deals.get_deal(deal_id)
        if deal is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Kesepakatan tidak ditemukan / deal not found")
        shown = value_visible(deal, page_principal(auth, token, request))
        return page(request, "deal.html", title=f"Kesepakatan {deal.package_name or deal.deal_id}", deal=deal,
                    value_shown=shown)  # fmt: skip

    @router.get("/temu-bisnis/{meeting_id}", response_class=HTMLResponse)
    async def show_meeting(request: Request, meeting_id: str) -> HTMLResponse:
        meeting = await meetings.get_meeting(meeting_id)
        if meeting is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Pertemuan tidak ditemukan / meeting not found")
        event = await load_event(meetings, meeting.event_id)
        slots = event.slots()
        slot = slots[meeting.slot] if meeting.slot is not None and meeting.slot < len(slots) else None
        names = directory.of(await meetings.list_participants(meeting.event_id), [meeting])
        return page(
            request, "meeting.html", title="Pertemuan bisnis", event=event, meeting=meeting, slot=slot,
            supplier=names[(Side.SUPPLIER, meeting.supplier_id)], buyer=names[(Side.BUYER, meeting.buyer_id)],
            status_labels=STATUS_LABELS, outcome_labels=OUTCOME_LABELS,
        )  # fmt: skip

    return router
