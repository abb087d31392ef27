"""Command: end a session: its refresh token is revoked and every service refuses its access tokens."""

from __future__ import annotations

from fastapi import HTTPException

from padan.registry.handlers.sessions import AccountStore, end_session
from padan.shared.auth import AuthSettings, decode_token


async def log_out(store: AccountStore, auth: AuthSettings, refresh_token: str) -> str | None:
    """The ended session's id, or None when the token ends none (logging out stays harmless)."""
    try:
        _, claims = decode_token(auth, refresh_token, kind="refresh")
    except HTTPException:
        return None
    await store.revoke_refresh(str(claims.get("jti")))
    session_id = str(claims["sid"])
    await end_session(store, auth, session_id)
    return session_id
