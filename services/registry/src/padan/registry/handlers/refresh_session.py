"""Command: trade a refresh token for a new pair; the old refresh token is revoked (rotation), so a
stolen one works at most once and its reuse is refused."""

from __future__ import annotations

from fastapi import HTTPException

from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, Session, open_session
from padan.shared.auth import AuthSettings, decode_token


async def refresh_session(store: AccountStore, auth: AuthSettings, refresh_token: str) -> Session:
    try:
        principal, claims = decode_token(auth, refresh_token, kind="refresh")
    except HTTPException as exc:
        raise InvalidCredentials from exc
    if not await store.revoke_refresh(str(claims.get("jti"))):
        raise InvalidCredentials
    account = await store.get(principal.subject)
    if account is None or account.disabled:
        raise InvalidCredentials
    return await open_session(store, auth, account)
