"""Command: trade a refresh token for a new pair; the old refresh token is revoked (rotation), so a
stolen one works at most once and its reuse is refused. The session goes on (same `sid`) unless it ended."""

from __future__ import annotations

from fastapi import HTTPException

from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, Session, end_session, open_session
from padan.shared.auth import AuthSettings, decode_token
from padan.shared.security_log import security_event


async def refresh_session(store: AccountStore, auth: AuthSettings, refresh_token: str) -> Session:
    try:
        principal, claims = decode_token(auth, refresh_token, kind="refresh")
    except HTTPException as exc:
        raise InvalidCredentials from exc
    session_id = str(claims["sid"])
    if not await store.session_active(session_id):
        raise InvalidCredentials
    if not await store.revoke_refresh(str(claims.get("jti"))):
        # A refresh token used twice was copied: whoever holds the newer one may be the thief, so the
        # whole session ends (RFC 6819 §5.2.2.3) and its owner signs in again.
        await end_session(store, auth, session_id, reason="refresh_reused")
        security_event("refresh_token_reused", actor=principal.subject, session_id=session_id, level="warning")
        raise InvalidCredentials
    account = await store.get(principal.subject)
    if account is None or account.disabled:
        raise InvalidCredentials
    return await open_session(store, auth, account, session_id=session_id)
