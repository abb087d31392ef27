"""The operators' pages (Bahasa Indonesia): sign in with an API key (/operator/masuk), then the queue of
claims on NIBs (/operator/klaim) with a verify and a reject button per claim.

The API key is typed once into a form; the browser then holds an operator page session (web_sessions.py),
never the key. Every form carries the CSRF token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from padan.registry.adapters.claims_repository import ClaimStore
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.claims import KIND_LABELS, STATUS_LABELS, ClaimError, ClaimStatus
from padan.registry.entrypoints.auth import Guards, Principal, Role
from padan.registry.entrypoints.web_sessions import OPERATOR_COOKIE, OPERATOR_TTL, start_web_session, web_session
from padan.registry.handlers.claims import OnChange, UnknownClaim, reject_claim, verify_claim
from padan.registry.handlers.sessions import AccountStore
from padan.shared.auth import check_api_key
from padan.shared.ratelimit import client_address
from padan.shared.security_log import security_event


def build_operator_web_router(
    repository: RegistryRepository,
    claims: ClaimStore,
    sessions: AccountStore,
    *,
    guards: Guards,
    on_change: OnChange,
    page: Callable[..., HTMLResponse],
) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    auth = guards.settings

    def operator_of(request: Request) -> Principal | None:
        session = web_session(auth, request, OPERATOR_COOKIE)
        return session[0] if session is not None and session[0].role is Role.OPERATOR else None

    @router.get("/operator/masuk", response_class=HTMLResponse)
    async def sign_in_form(request: Request) -> HTMLResponse:
        return page(request, "operator_login.html", title="Masuk operator")

    @router.post("/operator/masuk", response_class=HTMLResponse)
    async def sign_in(request: Request) -> Response:
        form = await request.form()
        key = str(form.get("api_key", ""))
        address = client_address(request)
        try:
            operator = check_api_key(auth, address, key)
        except HTTPException as exc:
            return page(request, "operator_login.html", 429, title="Masuk operator",
                        errors=[{"field": "api_key", "message_id": str(exc.detail)}])  # fmt: skip
        if operator is None:
            return page(request, "operator_login.html", 401, title="Masuk operator",
                        errors=[{"field": "api_key", "message_id": "kunci API tidak dikenal"}])  # fmt: skip
        response = RedirectResponse("/operator/klaim", status_code=303)
        started = await start_web_session(
            sessions, auth, response, cookie=OPERATOR_COOKIE, principal=operator, ttl=OPERATOR_TTL
        )
        if not started:
            unsigned = "PADAN_AUTH_SIGNING_SECRET belum diatur"
            return page(request, "operator_login.html", 503, title="Masuk operator",
                        errors=[{"field": "api_key", "message_id": unsigned}])  # fmt: skip
        security_event("operator_signed_in", actor=operator.subject, address=address, channel="web")
        return response

    async def queue_page(request: Request, status_code: int = 200, **context: Any) -> HTMLResponse:
        wanted = request.query_params.get("status", ClaimStatus.PENDING.value)
        chosen = ClaimStatus(wanted) if wanted in {s.value for s in ClaimStatus} else ClaimStatus.PENDING
        found = await claims.find(chosen, None, 200)
        current = {c.supplier_id: await repository.get(Kind.SUPPLIER, c.supplier_id) for c in found}
        return page(request, "claims.html", status_code, title="Antrean klaim NIB", claims=found, current=current,
                    chosen=chosen, statuses=list(ClaimStatus), status_labels=STATUS_LABELS,
                    kind_labels=KIND_LABELS, **context)  # fmt: skip

    @router.get("/operator/klaim", response_class=HTMLResponse)
    async def queue(request: Request) -> Response:
        if operator_of(request) is None:
            return RedirectResponse("/operator/masuk", status_code=303)
        return await queue_page(request)

    @router.post("/operator/klaim/{claim_id}/{decision}", response_class=HTMLResponse)
    async def decide(request: Request, claim_id: str, decision: str) -> Response:
        operator = operator_of(request)
        if operator is None:
            return RedirectResponse("/operator/masuk", status_code=303)
        form = await request.form()
        reason = str(form.get("reason", "")).strip()[:500]
        try:
            if decision == "verifikasi":
                await verify_claim(repository, claims, claim_id, actor=operator.subject, on_change=on_change)
                notice = "Klaim diverifikasi."
            elif decision == "tolak" and len(reason) >= 3:
                await reject_claim(
                    repository, claims, claim_id, actor=operator.subject, reason=reason, on_change=on_change
                )
                notice = "Klaim ditolak."
            else:
                return await queue_page(
                    request, 422, errors=[{"field": "reason", "message_id": "isi alasan penolakan"}]
                )
        except UnknownClaim:
            return await queue_page(request, 404, errors=[{"field": "claim", "message_id": "klaim tidak ditemukan"}])
        except ClaimError as exc:
            return await queue_page(request, 409, errors=[_error("claim", str(exc))])
        return await queue_page(request, notice=notice)

    return router


def _error(field: str, message: str) -> dict[str, str]:
    return {"field": field, "message_id": message}
