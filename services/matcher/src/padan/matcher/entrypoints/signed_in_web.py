"""The signed-in pages (Bahasa Indonesia, phone first), for the person in the `padan_web` cookie the registry
set at sign-in (padan.shared.web_sessions):

- /peluang: a supplier's "Peluang untuk Anda": the packages matched to its products, newest first, with pagu,
  buyer, deadline and the reasons, one-click *Saya berminat* / *Tolak*, and filters (status, region,
  deadline soon);
- /usulan: a buyer's packages with how many local suppliers were proposed for each, and the finding
  "belum ada penyedia lokal" for those the matcher left without proposals;
- /usulan/{need_id}: one package's proposed suppliers with the reasons, and one click to invite a supplier to
  the next business-matching event (temu bisnis); the supplier accepts or declines on /peluang, and both
  are told by e-mail (the MeetingChanged on matcher.meetings.v1). Without an open event, one click to
  express interest instead.

Every read is by key: the party lists the repository keeps (`supplier:<id>`, `buyer:<id>`, `need:<id>`),
then each match and need by `_id`; never a scan of the matches. A page shows the newest LIST_LIMIT entries.
The responses are POSTs with the CSRF token (install_web_security); whoever is not signed in is sent to
the registry's /masuk, and back here after."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.adapters.repository import buyer_list, need_list, supplier_list
from padan.matcher.domain import labels
from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.invitation import Invitation
from padan.matcher.domain.agenda.meeting import MeetingRuleError
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.lifecycle import LifecycleError
from padan.matcher.domain.opportunities import (
    STATUS_FILTERS,
    Filters,
    Opportunity,
    deadline_soon,
    proposals_best_first,
    regions,
    select,
)
from padan.matcher.handlers.agenda.invite_supplier import NoOpenEvent, answer_invitation, invitations, invite_supplier
from padan.matcher.handlers.decline_match import decline_match
from padan.matcher.handlers.express_interest import express_interest
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.shared.auth import AuthSettings, Principal, Role
from padan.shared.events import MatchChanged, NeedUpserted
from padan.shared.http import csrf_token
from padan.shared.money import format_number, format_rupiah, format_rupiah_short
from padan.shared.pages import page_templates
from padan.shared.regions import region_name
from padan.shared.vocabulary import MatchStatus, Side
from padan.shared.web_sessions import web_principal

TEMPLATES = page_templates(Path(__file__).parent / "templates")
TEMPLATES.env.filters["rupiah"] = format_rupiah
TEMPLATES.env.filters["rupiah_singkat"] = format_rupiah_short
TEMPLATES.env.filters["angka"] = format_number
TEMPLATES.env.globals["csrf_token"] = csrf_token
TEMPLATES.env.globals["region_name"] = region_name
LIST_LIMIT = 200
Action = Callable[[LifecycleContext, Principal, str], Awaitable[MatchChanged]]
ACTIONS: dict[str, tuple[Action, str]] = {
    "minat": (express_interest, "Minat Anda tercatat. Pihak lain akan diberi tahu."),
    "tolak": (decline_match, "Peluang ini Anda tolak."),
}
NOTICES = {key: notice for key, (_, notice) in ACTIONS.items()} | {
    "undang": "Undangan temu bisnis terkirim. Penyedia diberi tahu lewat email.",
    "sudah-diundang": "Penyedia ini sudah diundang; undangan tidak dikirim dua kali.",
    "terima": "Undangan Anda terima. Waktu dan meja menyusul setelah agenda acara disusun.",
    "tolak-undangan": "Undangan temu bisnis Anda tolak.",
}
INVITE_ERRORS: dict[type[Exception], tuple[int, str]] = {
    NotAllowed: (403, "Hanya pembeli paket ini yang dapat mengundang, dan hanya penyedia yang diundang yang menjawab."),
    NotFound: (404, "Undangan atau kecocokan tidak ditemukan."),
    NoOpenEvent: (409, "Belum ada acara temu bisnis yang dibuka."),
}
#: Matches no invitation is offered for.
CLOSED = frozenset({MatchStatus.DECLINED, MatchStatus.CANCELLED})
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip


def tanggal(value: Any) -> str:
    """A date as Indonesians write it: "31 Desember 2025"."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else "-"


def words(terms: list[str]) -> list[str]:
    """Matched terms as words: a concept the vocabulary knows ("konsep:tapis") shows as its word."""
    return list(dict.fromkeys(term.rsplit(":", 1)[-1] for term in terms))


TEMPLATES.env.filters["tanggal"] = tanggal
TEMPLATES.env.filters["kata"] = words


class _Pages:
    """What the supplier's and the buyer's pages share: rendering, who is signed in, reads by key."""

    def __init__(
        self,
        context: LifecycleContext,
        auth: AuthSettings,
        names: PartyNames,
        signin: str,
        meetings: MeetingsRepository | None,
    ) -> None:
        self.context, self.auth, self.names, self.signin, self.meetings = context, auth, names, signin, meetings
        self.repository = context.matches

    def page(self, request: Request, template: str, status_code: int = 200, **values: Any) -> HTMLResponse:
        values = {"labels": labels, "event": None, "wide": False, "errors": [], "notice": "",
                  "signin": self.signin, **values}  # fmt: skip
        return TEMPLATES.TemplateResponse(request, f"signed_in/{template}", values, status_code=status_code)

    def signed_in(self, request: Request, role: Role) -> Principal | Response:
        """The person in the cookie, if of this role; else the way to the sign-in page (and back here)."""
        principal = web_principal(self.auth, request)
        if principal is None:
            back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"{self.signin}/masuk?{urlencode({'lanjut': back})}", status_code=303)
        if principal.role is not role or not principal.organisation_id:
            which = "penyedia" if role is Role.SUPPLIER else "pembeli"
            return self.page(request, "wrong_role.html", 403, title="Bukan halaman Anda", which=which, who=principal)
        return principal

    async def needs_of(self, ids: list[str]) -> dict[str, NeedUpserted | None]:
        return {need_id: await self.repository.get_need(need_id) for need_id in dict.fromkeys(ids)}

    async def matches_of(self, key: str, newest_first: bool) -> list[MatchChanged]:
        ids = await self.repository.listed(key)
        ids = list(reversed(ids))[:LIST_LIMIT] if newest_first else ids[:LIST_LIMIT]
        return [m for m in [await self.repository.get_match(i) for i in ids] if m is not None]

    async def invitations(self, matches: list[MatchChanged]) -> dict[str, Any]:
        """The template values of the business-matching invitations: the open event and each match's."""
        found: tuple[MatchingEvent | None, dict[str, Invitation]] = (None, {})
        if self.meetings is not None:
            found = await invitations(self.meetings, matches, self.context.clock().date())
        return {"acara": found[0], "invitations": found[1]}

    async def invite(self, who: Principal, match_id: str, accept: bool | None) -> tuple[int, str] | str:
        """The buyer invites (accept None) or the supplier answers; the notice's key, or the error to show."""
        if self.meetings is None:
            return 404, "Temu bisnis tidak tersedia di layanan ini."
        try:
            if accept is None:
                _, made = await invite_supplier(self.context, self.meetings, self.names, who, match_id)
                return "undang" if made else "sudah-diundang"
            await answer_invitation(self.context, self.meetings, self.names, who, match_id, accept=accept)
            return "terima" if accept else "tolak-undangan"
        except (NotAllowed, NotFound, NoOpenEvent) as exc:
            return INVITE_ERRORS[type(exc)]
        except (LifecycleError, MeetingRuleError) as exc:
            return 409, exc.message_id if isinstance(exc, LifecycleError) else str(exc).split(" / ")[0]


def build_signed_in_web_router(
    context: LifecycleContext,
    auth: AuthSettings,
    names: PartyNames,
    *,
    signin_base_url: str,
    meetings: MeetingsRepository | None = None,
) -> APIRouter:
    """`meetings`: the business-matching store, for the invitations (None: the pages go without them)."""
    router = APIRouter(include_in_schema=False)
    pages = _Pages(context, auth, names, signin_base_url.rstrip("/"), meetings)
    _add_supplier_pages(router, pages)
    _add_buyer_pages(router, pages)
    return router


def _add_supplier_pages(router: APIRouter, pages: _Pages) -> None:
    names = pages.names

    async def opportunities_of(supplier_id: str) -> list[Opportunity]:
        matches = await pages.matches_of(supplier_list(supplier_id), newest_first=True)
        needs = await pages.needs_of([m.need_id for m in matches])
        return [Opportunity(m, needs[m.need_id], names.name(Side.BUYER, m.buyer_id)) for m in matches]

    async def opportunities_page(
        request: Request, who: Principal, filters: Filters, notice: str = "", status_code: int = 200, **values: Any
    ) -> HTMLResponse:
        everything = await opportunities_of(str(who.organisation_id))
        today = datetime.now(UTC).date()
        shown = select(everything, filters, today)
        invited = await pages.invitations([item.match for item in shown])
        return pages.page(request, "opportunities.html", status_code, title="Peluang untuk Anda", who=who,
                          supplier=names.name(Side.SUPPLIER, str(who.organisation_id)), items=shown,
                          total=len(everything), filters=filters, statuses=STATUS_FILTERS,
                          regions=regions(everything), today=today, soon=deadline_soon, notice=notice,
                          side=Side.SUPPLIER, **invited, **values)  # fmt: skip

    @router.get("/peluang", response_class=HTMLResponse)
    async def opportunities(
        request: Request, status: str = "", wilayah: str = "", segera: str = "", catatan: str = ""
    ) -> Response:
        who = pages.signed_in(request, Role.SUPPLIER)
        if not isinstance(who, Principal):
            return who
        return await opportunities_page(request, who, Filters.parse(status, wilayah, segera), NOTICES.get(catatan, ""))

    async def reply(request: Request, who: Principal, match_id: str, done: tuple[int, str] | str) -> Response:
        """After an answer: the page with the error, or back to the list with its filters and the notice."""
        form = await request.form()
        filters = Filters.parse(str(form.get("status", "")), str(form.get("wilayah", "")), str(form.get("segera", "")))
        if isinstance(done, tuple):
            return await opportunities_page(request, who, filters, status_code=done[0], errors=[done[1]])
        query = _query(filters) | {"catatan": done}
        return RedirectResponse(f"/peluang?{urlencode(query)}#{match_id}", status_code=303)

    @router.post("/peluang/{match_id}", response_class=HTMLResponse)
    async def respond(request: Request, match_id: str) -> Response:
        who = pages.signed_in(request, Role.SUPPLIER)
        if not isinstance(who, Principal):
            return who
        key = str((await request.form()).get("aksi", ""))
        error = await _act(pages.context, who, match_id, key)
        return await reply(request, who, match_id, key if error is None else error)

    @router.post("/peluang/{match_id}/undangan", response_class=HTMLResponse)
    async def answer(request: Request, match_id: str) -> Response:
        """*Terima* / *Tolak* of a buyer's invitation to a business-matching meeting."""
        who = pages.signed_in(request, Role.SUPPLIER)
        if not isinstance(who, Principal):
            return who
        choice = {"terima": True, "tolak": False}.get(str((await request.form()).get("aksi", "")))
        done = (422, "Pilih Terima atau Tolak.") if choice is None else await pages.invite(who, match_id, choice)
        return await reply(request, who, match_id, done)


def _add_buyer_pages(router: APIRouter, pages: _Pages) -> None:
    repository, names = pages.repository, pages.names

    @router.get("/usulan", response_class=HTMLResponse)
    async def packages(request: Request) -> Response:
        who = pages.signed_in(request, Role.BUYER)
        if not isinstance(who, Principal):
            return who
        ids = list(reversed(await repository.listed(buyer_list(str(who.organisation_id)))))[:LIST_LIMIT]
        rows = []
        for need in (n for n in (await pages.needs_of(ids)).values() if n is not None):
            proposed = len(await repository.listed(need_list(need.need_id)))
            finding = None if proposed else await repository.get_unmatched(need.need_id, need.version)
            rows.append({"need": need, "proposed": proposed, "finding": finding})
        return pages.page(request, "packages.html", title="Usulan penyedia lokal", who=who, rows=rows,
                          buyer=names.name(Side.BUYER, str(who.organisation_id)))  # fmt: skip

    async def package_page(
        request: Request, who: Principal, need_id: str, notice: str = "", status_code: int = 200, **values: Any
    ) -> HTMLResponse:
        need = await repository.get_need(need_id)
        if need is None or need.buyer_id != who.organisation_id:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Paket tidak ditemukan / package not found")
        matches = proposals_best_first(await pages.matches_of(need_list(need_id), newest_first=False))
        finding = None if matches else await repository.get_unmatched(need.need_id, need.version)
        suppliers = {m.supplier_id: names.name(Side.SUPPLIER, m.supplier_id) for m in matches}
        items = [Opportunity(m, need, "") for m in matches]
        return pages.page(request, "package.html", status_code, title=need.package_name, who=who, need=need,
                          items=items, suppliers=suppliers, finding=finding, notice=notice, side=Side.BUYER,
                          closed=CLOSED, **await pages.invitations(matches), **values)  # fmt: skip

    @router.get("/usulan/{need_id}", response_class=HTMLResponse)
    async def package(request: Request, need_id: str, catatan: str = "") -> Response:
        who = pages.signed_in(request, Role.BUYER)
        if not isinstance(who, Principal):
            return who
        return await package_page(request, who, need_id, NOTICES.get(catatan, ""))

    @router.post("/usulan/{need_id}/{match_id}", response_class=HTMLResponse)
    async def invite(request: Request, need_id: str, match_id: str) -> Response:
        who = pages.signed_in(request, Role.BUYER)
        if not isinstance(who, Principal):
            return who
        key = str((await request.form()).get("aksi", ""))
        match = await repository.get_match(match_id)
        if match is None or match.need_id != need_id:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Kecocokan tidak ditemukan / match not found")
        error = await _act(pages.context, who, match_id, key)
        if error is not None:
            return await package_page(request, who, need_id, status_code=error[0], errors=[error[1]])
        return RedirectResponse(f"/usulan/{need_id}?{urlencode({'catatan': key})}#{match_id}", status_code=303)

    @router.post("/usulan/{need_id}/{match_id}/undang", response_class=HTMLResponse)
    async def invite_to_meeting(request: Request, need_id: str, match_id: str) -> Response:
        """*Undang ke temu bisnis*: idempotent; another buyer's match is refused (403)."""
        who = pages.signed_in(request, Role.BUYER)
        if not isinstance(who, Principal):
            return who
        match = await repository.get_match(match_id)
        if match is None or match.need_id != need_id:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Kecocokan tidak ditemukan / match not found")
        done = await pages.invite(who, match_id, None)
        if isinstance(done, tuple):
            if done[0] == status.HTTP_403_FORBIDDEN:  # the package page is its buyer's only
                raise HTTPException(done[0], done[1])
            return await package_page(request, who, need_id, status_code=done[0], errors=[done[1]])
        return RedirectResponse(f"/usulan/{need_id}?{urlencode({'catatan': done})}#{match_id}", status_code=303)


async def _act(context: LifecycleContext, who: Principal, match_id: str, key: str) -> tuple[int, str] | None:
    """Apply the chosen response; None when done, else the status and the message to show."""
    chosen = ACTIONS.get(key)
    if chosen is None:
        return 422, "Pilih tanggapan: Saya berminat atau Tolak."
    try:
        await chosen[0](context, who, match_id)
    except NotAllowed:
        return 403, "Hanya penyedia atau pembeli kecocokan ini yang dapat menanggapi."
    except NotFound:
        return 404, "Kecocokan tidak ditemukan."
    except LifecycleError as exc:
        return 409, exc.message_id
    return None


def _query(filters: Filters) -> dict[str, str]:
    query = {"status": filters.status}
    if filters.region:
        query["wilayah"] = filters.region
    if filters.soon:
        query["segera"] = "1"
    return query
