"""Browser sessions of the registry's pages: a signed `web` token in an HttpOnly, SameSite=Strict cookie.

A web token has its own type and audience, so it is never accepted as an API bearer token (an API call
needs an account's access token). Each web session is recorded like an API session, so ending it (the
"Keluar" button) revokes it in every service.

- `padan_supplier`: after a self-registration, the claimant's browser may edit that supplier (its claim
  must still own the supplier: a rejected or superseded claim loses it);
- `padan_operator`: an operator signed in on /operator/masuk with an API key (the claims queue);
- `padan_web` (padan.shared.web_sessions): a supplier or buyer signed in on /masuk (e-mail and password, or
  a one-time link from an e-mail); SameSite=Lax so that links from e-mails arrive signed in, read by the
  matcher's pages too (signin_web.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import Request, Response
from fastapi.exceptions import HTTPException

from padan.registry.handlers.sessions import AccountStore, end_session, new_session_id
from padan.shared.auth import AuthSettings, Principal, decode_token, issue_token
from padan.shared.web_sessions import WEB_COOKIE

SUPPLIER_COOKIE = "padan_supplier"
OPERATOR_COOKIE = "padan_operator"
SUPPLIER_TTL = 2 * 3600
OPERATOR_TTL = 3600
CLAIM_CLAIM = "clm"  # the JWT claim naming the self-registration claim a supplier session speaks for


async def start_web_session(
    store: AccountStore,
    auth: AuthSettings,
    response: Response,
    *,
    cookie: str,
    principal: Principal,
    ttl: int,
    extra: dict[str, str] | None = None,
    samesite: Literal["strict", "lax"] = "strict",
) -> bool:
    """Sign the session into `cookie`; False (no cookie) when there is no signing secret (production without
    PADAN_AUTH_SIGNING_SECRET): the page still works, the follow-up pages need an operator."""
    session_id = new_session_id()
    try:
        token, _ = issue_token(auth, principal, kind="web", ttl=ttl, session_id=session_id, extra=extra)
    except RuntimeError:
        return False
    await store.open_session(session_id, principal.subject, "web", datetime.now(UTC) + timedelta(seconds=ttl))
    response.set_cookie(cookie, token, max_age=ttl, httponly=True, samesite=samesite)
    return True


def web_session(auth: AuthSettings, request: Request, cookie: str) -> tuple[Principal, dict[str, Any]] | None:
    """The page session in `cookie`, or None (missing, forged, expired or ended)."""
    token = request.cookies.get(cookie)
    if not token:
        return None
    try:
        return decode_token(auth, token, kind="web")
    except (HTTPException, RuntimeError):
        return None


async def end_web_sessions(store: AccountStore, auth: AuthSettings, request: Request, response: Response) -> list[str]:
    """End the sessions of this browser's cookies and drop the cookies; returns the ended session ids."""
    ended = []
    for cookie in (SUPPLIER_COOKIE, OPERATOR_COOKIE, WEB_COOKIE):
        session = web_session(auth, request, cookie)
        if session is not None and session[0].session_id:
            await end_session(store, auth, session[0].session_id)
            ended.append(session[0].session_id)
        response.delete_cookie(cookie, httponly=True, samesite="lax" if cookie == WEB_COOKIE else "strict")
    return ended
