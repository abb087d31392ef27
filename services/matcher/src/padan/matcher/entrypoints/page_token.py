"""Who is acting on a page form: the access token pasted into (or carried by the link to) the form.

The token travels in the form body, never in a cookie, so a cross-site form post cannot borrow it."""

from __future__ import annotations

from fastapi import HTTPException

from padan.shared.auth import AuthSettings, Principal, Role, decode_token, verify_api_key


def page_principal(auth: AuthSettings, token: str) -> Principal | None:
    """A supplier's or buyer's JWT, or the operator API key; None when missing, wrong or expired."""
    token = token.strip()
    if not token:
        return None
    if verify_api_key(token, auth.operator_hashes()):
        return Principal(subject="operator", role=Role.OPERATOR)
    try:
        return decode_token(auth, token)[0]
    except HTTPException:
        return None
