"""Command: end a session by revoking its refresh token (the short-lived access token runs out by itself)."""

from __future__ import annotations

from fastapi import HTTPException

from padan.registry.handlers.sessions import AccountStore
from padan.shared.auth import AuthSettings, decode_token


async def log_out(store: AccountStore, auth: AuthSettings, refresh_token: str) -> None:
    try:
        _, claims = decode_token(auth, refresh_token, kind="refresh")
    except HTTPException:
        return  # an invalid or expired token ends no session; logging out stays harmless
    await store.revoke_refresh(str(claims.get("jti")))
