"""Shared by the session commands: the account store's shape and how a token pair is issued."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from padan.registry.domain.accounts import Account
from padan.shared.auth import ACCESS_TTL_SECONDS, REFRESH_TTL_SECONDS, AuthSettings, Principal, issue_token


class AccountStore(Protocol):
    async def add(self, account: Account) -> None: ...
    async def get(self, email: str) -> Account | None: ...
    async def set_password_hash(self, email: str, password_hash: str) -> None: ...
    async def remember_refresh(self, token_id: str, email: str, expires_at: datetime) -> None: ...
    async def refresh_usable(self, token_id: str) -> bool: ...
    async def revoke_refresh(self, token_id: str) -> bool: ...


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


async def open_session(store: AccountStore, auth: AuthSettings, account: Account) -> Session:
    principal = principal_of(account)
    access, _ = issue_token(auth, principal)
    refresh, refresh_id = issue_token(auth, principal, kind="refresh")
    expires = datetime.now(UTC) + timedelta(seconds=REFRESH_TTL_SECONDS)
    await store.remember_refresh(refresh_id, account.email, expires)
    return Session(access_token=access, refresh_token=refresh)
