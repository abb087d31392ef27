"""Shared by the session commands: the account store's shape and how a token pair is issued.

A sign-in opens a session (its id is every token's `sid`); refreshing keeps the session, logging out ends
it. Ending a session is recorded with a `SessionRevoked` event in the same write, so every service learns
that the session's access tokens are void (padan.shared.sessions)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from padan.registry.domain.accounts import Account
from padan.shared.auth import (
    ACCESS_TTL_SECONDS,
    REFRESH_TTL_SECONDS,
    WEB_TTL_SECONDS,
    AuthSettings,
    Principal,
    issue_token,
)
from padan.shared.events import SessionRevoked
from padan.shared.outbox import pending_event

SOURCE = "/padan/registry"
SESSION_TOKENS_OUTLIVE_SECONDS = max(ACCESS_TTL_SECONDS, WEB_TTL_SECONDS)
"""A revoked session's tokens are refused this long after the revocation: the longest a token issued
before it can still be valid."""


class AccountStore(Protocol):
    async def add(self, account: Account) -> None: ...
    async def get(self, email: str) -> Account | None: ...
    async def set_password_hash(self, email: str, password_hash: str) -> None: ...
    async def remember_refresh(self, token_id: str, email: str, expires_at: datetime) -> None: ...
    async def refresh_usable(self, token_id: str) -> bool: ...
    async def revoke_refresh(self, token_id: str) -> bool: ...
    async def open_session(self, session_id: str, subject: str, kind: str, expires_at: datetime) -> None: ...
    async def session_active(self, session_id: str) -> bool: ...
    async def redeem_link(self, link_id: str, email: str, expires_at: datetime) -> bool:
        """Record a one-time sign-in link as used; False if it was used before."""
        ...

    async def end_session(self, session_id: str, event: dict[str, Any]) -> bool:
        """Mark the session ended, with `event` in its outbox, in one write; False if unknown or ended."""
        ...


class InvalidCredentials(Exception):
    """Wrong email or password, a disabled account, or a refresh token that is no longer valid."""


@dataclass(frozen=True)
class Session:
    access_token: str
    refresh_token: str
    expires_in: int = ACCESS_TTL_SECONDS
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret


def principal_of(account: Account) -> Principal:
    return Principal(subject=account.email, role=account.role, organisation_id=account.organisation_id)


def new_session_id() -> str:
    return uuid.uuid4().hex


async def open_session(
    store: AccountStore, auth: AuthSettings, account: Account, session_id: str | None = None
) -> Session:
    """A token pair; a new session unless `session_id` continues one (a refresh)."""
    principal = principal_of(account)
    now = datetime.now(UTC)
    if session_id is None:
        session_id = new_session_id()
        await store.open_session(session_id, account.email, "api", now + timedelta(seconds=REFRESH_TTL_SECONDS))
    access, _ = issue_token(auth, principal, session_id=session_id)
    refresh, refresh_id = issue_token(auth, principal, kind="refresh", session_id=session_id)
    await store.remember_refresh(refresh_id, account.email, now + timedelta(seconds=REFRESH_TTL_SECONDS))
    return Session(access_token=access, refresh_token=refresh)


async def end_session(store: AccountStore, auth: AuthSettings, session_id: str, reason: str = "logout") -> bool:
    """End the session everywhere: refused here at once, elsewhere once the event arrives."""
    now = datetime.now(UTC)
    expires_at = now + timedelta(seconds=SESSION_TOKENS_OUTLIVE_SECONDS)
    auth.revoked_sessions.revoke(session_id, expires_at.timestamp())
    event = SessionRevoked(session_id=session_id, expires_at=expires_at, reason=reason, version=1, occurred_at=now)
    return await store.end_session(session_id, pending_event(event, source=SOURCE))
