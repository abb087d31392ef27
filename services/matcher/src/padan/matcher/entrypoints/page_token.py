"""Who is acting on a page form: the access token pasted into (or carried by the link to) the form.

The token travels in the form body (or the link's query), never in a cookie, so a cross-site form post
cannot borrow it. Wrong tokens and keys count against the client address like any credential
(padan.shared.auth): past the limit, even a right one is not looked at."""

from __future__ import annotations

from fastapi import HTTPException, Request

from padan.shared.auth import AuthSettings, Principal, check_api_key, check_token
from padan.shared.ratelimit import client_address


def page_principal(auth: AuthSettings, token: str, request: Request) -> Principal | None:
    """A supplier's or buyer's access token, or the operator API key; None when missing, wrong, expired,
    of an ended session, or from an address throttled for failed credentials."""
    token = token.strip()
    if not token:
        return None
    known: dict[str, Principal | None] | None = getattr(request.state, "padan_page_principals", None)
    if known is None:
        known = request.state.padan_page_principals = {}
    if token not in known:  # once per request: a page asks again when it renders, a failure counts once
        known[token] = _check(auth, token, client_address(request))
    return known[token]


def _check(auth: AuthSettings, token: str, address: str) -> Principal | None:
    try:
        if token.startswith("eyJ") and token.count(".") == 2:  # a JWT: base64url JSON header, three parts
            return check_token(auth, address, token)
        return check_api_key(auth, address, token)
    except HTTPException:
        return None
