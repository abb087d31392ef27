"""Signing in on the web (Bahasa Indonesia): suppliers and buyers with their account's e-mail and password at
/masuk, or with a one-time link from an e-mail at /masuk/tautan; both open a `web` session in the `padan_web`
cookie (padan.shared.web_sessions) and lead to the person's pages at the matcher ("Peluang untuk Anda" for a
supplier, "Usulan penyedia lokal" for a buyer). /keluar (web.py) ends it everywhere.

Sign-in attempts are throttled by the same LoginThrottle as the API's /api/v1/auth/login (one instance per
process), so the form is no way around its limits. A one-time link is shown as a page with a button (a
POST): mail scanners that fetch every link in a message must not spend it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind
from padan.registry.entrypoints.accounts_api import LoginThrottle
from padan.registry.entrypoints.auth import Guards
from padan.registry.entrypoints.web_sessions import start_web_session
from padan.registry.handlers.log_in import authenticate
from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, principal_of
from padan.shared.auth import (
    WEB_TTL_SECONDS,
    AuthSettings,
    Principal,
    Role,
    count_bad_credential,
    refuse_if_throttled,
)
from padan.shared.http import PAGE_CSP
from padan.shared.ratelimit import Backoff, client_address
from padan.shared.security_log import security_event
from padan.shared.web_sessions import (
    LINK_PATH,
    SIGNIN_PATH,
    WEB_COOKIE,
    InvalidLink,
    is_local_path,
    read_signin_link,
    web_principal,
)

HOME = {Role.SUPPLIER: "/peluang", Role.BUYER: "/usulan"}
WRONG = "Email atau kata sandi salah."
THROTTLED = "Terlalu banyak percobaan. Tunggu {seconds} detik, lalu coba lagi."
LINK_REFUSED = (
    "Tautan masuk ini tidak berlaku: sudah dipakai, kedaluwarsa, atau rusak. Silakan masuk dengan email dan kata sandi."
)
UNSIGNED = "Masuk belum tersedia: PADAN_AUTH_SIGNING_SECRET belum diatur."


def build_signin_web_router(
    accounts: AccountStore,
    repository: RegistryRepository,
    *,
    guards: Guards,
    throttle: LoginThrottle | None,
    page: Callable[..., HTMLResponse],
    pages_base_url: str,
) -> APIRouter:
    """`pages_base_url`: where the signed-in pages are served ("" behind one public host, else the matcher's
    web address, e.g. http://127.0.0.1:8102 locally)."""
    router = APIRouter(include_in_schema=False)
    auth = guards.settings
    base = pages_base_url.rstrip("/")
    if throttle is None:
        throttle = LoginThrottle("20/15 minutes", Backoff(free=3, base=1.0, cap=900.0), "50/hour")

    def landing(role: Role, wanted: str = "") -> str:
        return base + (wanted if wanted and is_local_path(wanted) else HOME.get(role, "/peluang"))

    csp = _form_csp(base)

    def with_csp(response: HTMLResponse) -> HTMLResponse:
        response.headers["content-security-policy"] = csp
        return response

    def form(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
        signed_in = web_principal(auth, request)
        return with_csp(page(request, "signin.html", status_code, title="Masuk", signed_in=signed_in,
                             home=landing(signed_in.role) if signed_in else "", **context))  # fmt: skip

    async def open_web_session(principal: Principal, target: str) -> Response:
        response = RedirectResponse(target, status_code=303)
        started = await start_web_session(
            accounts, auth, response, cookie=WEB_COOKIE, principal=principal, ttl=WEB_TTL_SECONDS, samesite="lax"
        )
        return response if started else RedirectResponse(f"{SIGNIN_PATH}?galat=rahasia", status_code=303)

    @router.get(SIGNIN_PATH, response_class=HTMLResponse)
    async def sign_in_form(request: Request, lanjut: str = "", galat: str = "", keluar: str = "") -> HTMLResponse:
        errors = [{"field": "email", "message_id": UNSIGNED}] if galat == "rahasia" else []
        return form(request, 503 if errors else 200, next_path=lanjut if is_local_path(lanjut) else "", errors=errors,
                    notice="Anda sudah keluar." if keluar else "")  # fmt: skip

    @router.post(SIGNIN_PATH, response_class=HTMLResponse)
    async def sign_in(request: Request) -> Response:
        fields = await request.form()
        email, password = str(fields.get("email", "")).strip(), str(fields.get("password", ""))
        wanted = str(fields.get("lanjut", ""))
        next_path = wanted if is_local_path(wanted) else ""
        address, account = client_address(request), email.lower()
        values = {"email": email, "next_path": next_path}
        if not email or not password or len(email) > 320 or len(password) > 256:
            return form(request, 422, errors=[{"field": "email", "message_id": "isi email dan kata sandi"}], **values)
        if (refusal := throttle.refusal(account, address)) is not None:
            seconds = refusal.headers.get("retry-after", "60")
            return form(request, 429, errors=[{"field": "email", "message_id": THROTTLED.format(seconds=seconds)}],
                        **values)  # fmt: skip
        try:
            found = await authenticate(accounts, email, password)
        except InvalidCredentials:
            throttle.failed(account, address)
            return form(request, 401, errors=[{"field": "email", "message_id": WRONG}], **values)
        throttle.succeeded(account, address)
        security_event("web_signed_in", actor=account, address=address, role=found.role.value)
        return await open_web_session(principal_of(found), landing(found.role, next_path))

    @router.get("/keluar", response_class=HTMLResponse)
    async def sign_out_form(request: Request) -> HTMLResponse:
        """The other services' pages link here (a form may post only to its own origin); web.py ends it."""
        return page(request, "signout.html", title="Keluar")

    _add_link_routes(router, accounts, repository=repository, auth=auth, page=page, with_csp=with_csp,
                     open_web_session=open_web_session, base=base)  # fmt: skip
    return router


def _add_link_routes(
    router: APIRouter,
    accounts: AccountStore,
    *,
    repository: RegistryRepository,
    auth: AuthSettings,
    page: Callable[..., HTMLResponse],
    with_csp: Callable[[HTMLResponse], HTMLResponse],
    open_web_session: Callable[[Principal, str], Awaitable[Response]],
    base: str,
) -> None:
    @router.get(LINK_PATH, response_class=HTMLResponse)
    async def link_page(request: Request, t: str = "") -> HTMLResponse:
        """The link's own page: who it signs in and one button (the POST redeems it)."""
        try:
            link = read_signin_link(auth, t)
        except InvalidLink:
            return page(request, "signin_link.html", 410, title="Tautan masuk", link=None, token="",
                        errors=[{"field": "link", "message_id": LINK_REFUSED}])  # fmt: skip
        return with_csp(page(request, "signin_link.html", title="Tautan masuk", link=link, token=t))

    @router.post(LINK_PATH, response_class=HTMLResponse)
    async def redeem_link(request: Request) -> Response:
        fields = await request.form()
        token, address = str(fields.get("t", "")), client_address(request)
        refuse_if_throttled(auth, address, "link")  # like every credential: 429 past the failures allowed
        try:
            link = read_signin_link(auth, token)
        except InvalidLink as exc:
            count_bad_credential(auth, address, "link", str(exc))
            return _refused(request, page)
        if not await _still_the_partys_contact(repository, accounts, link.principal()):
            security_event("signin_link_refused", actor=link.email, address=address, reason="not the party's contact")
            return _refused(request, page)
        if not await accounts.redeem_link(link.link_id, link.email, link.expires_at):
            security_event("signin_link_refused", actor=link.email, address=address, reason="replayed")
            return _refused(request, page)
        security_event("web_signed_in", actor=link.email, address=address, role=link.role.value, channel="link")
        return await open_web_session(link.principal(), base + link.next_path)


def _form_csp(pages_base_url: str) -> str:
    """The page policy, but the forms here may answer with a redirect to the pages' host, which
    `form-action 'self'` would block when that is another origin (the matcher's port, locally)."""
    parts = urlsplit(pages_base_url)
    if not parts.netloc:
        return PAGE_CSP
    return PAGE_CSP.replace("form-action 'self'", f"form-action 'self' {parts.scheme}://{parts.netloc}")


async def _still_the_partys_contact(repository: RegistryRepository, accounts: AccountStore, who: Principal) -> bool:
    """The link was sent to the party's contact address: it signs in only while that is still so, and not for
    an account that was disabled or belongs to another party."""
    kind = Kind.SUPPLIER if who.role is Role.SUPPLIER else Kind.BUYER
    party = await repository.get(kind, str(who.organisation_id))
    if party is None or str(party.get("email", "")).strip().lower() != who.subject.strip().lower():
        return False
    account = await accounts.get(who.subject.strip().lower())
    return account is None or (not account.disabled and account.organisation_id == who.organisation_id)


def _refused(request: Request, page: Callable[..., HTMLResponse]) -> HTMLResponse:
    return page(request, "signin_link.html", 410, title="Tautan masuk", link=None, token="",
                errors=[{"field": "link", "message_id": LINK_REFUSED}])  # fmt: skip
