"""Accounts and sessions with an in-memory store: passwords, sign-in, rotation of refresh tokens, sign-out."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest

from padan.registry.domain.accounts import Account, AccountError, check_password
from padan.registry.handlers.log_in import log_in
from padan.registry.handlers.log_out import log_out
from padan.registry.handlers.refresh_session import refresh_session
from padan.registry.handlers.sessions import InvalidCredentials
from padan.shared.auth import AuthSettings, Role, decode_token, hash_password

AUTH = AuthSettings()


class FakeAccounts:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.refresh: dict[str, bool] = {}  # token id -> revoked

    async def add(self, account: Account) -> None:
        self.accounts[account.email] = account

    async def get(self, email: str) -> Account | None:
        return self.accounts.get(email)

    async def set_password_hash(self, email: str, password_hash: str) -> None:
        raise NotImplementedError

    async def remember_refresh(self, token_id: str, email: str, expires_at: datetime) -> None:
        self.refresh[token_id] = False

    async def refresh_usable(self, token_id: str) -> bool:
        return self.refresh.get(token_id) is False

    async def revoke_refresh(self, token_id: str) -> bool:
        if self.refresh.get(token_id) is not False:
            return False
        self.refresh[token_id] = True
        return True


@pytest.fixture
def store() -> FakeAccounts:
    accounts = FakeAccounts()
    accounts.accounts["tapis@example.id"] = Account(
        email="tapis@example.id", password_hash=hash_password("kain-tapis-siger-2026"), role=Role.SUPPLIER,
        organisation_id="sup-123",
    )  # fmt: skip
    return accounts


@pytest.mark.parametrize("password", ["pendek", "aaaaaaaaaaaa", "tapis-rahasia-sekali"])
def test_weak_passwords_are_refused_with_a_reason(password: str) -> None:
    with pytest.raises(AccountError, match="/"):
        check_password(password, "tapis@example.id")


def test_sign_in_gives_tokens_for_the_accounts_organisation(store: FakeAccounts) -> None:
    session = asyncio.run(log_in(store, AUTH, " Tapis@Example.id ", "kain-tapis-siger-2026"))
    principal, _ = decode_token(AUTH, session.access_token)
    assert (principal.role, principal.organisation_id, principal.subject) == (
        Role.SUPPLIER,
        "sup-123",
        "tapis@example.id",
    )
    for email, password in [("tapis@example.id", "salah-sandi-12345"), ("nobody@example.id", "kain-tapis-siger-2026")]:
        with pytest.raises(InvalidCredentials):
            asyncio.run(log_in(store, AUTH, email, password))


def test_a_refresh_token_works_once_and_not_after_sign_out(store: FakeAccounts) -> None:
    first = asyncio.run(log_in(store, AUTH, "tapis@example.id", "kain-tapis-siger-2026"))
    second = asyncio.run(refresh_session(store, AUTH, first.refresh_token))
    with pytest.raises(InvalidCredentials):
        asyncio.run(refresh_session(store, AUTH, first.refresh_token))
    with pytest.raises(InvalidCredentials):
        asyncio.run(refresh_session(store, AUTH, second.access_token))  # an access token is not a refresh token
    asyncio.run(log_out(store, AUTH, second.refresh_token))
    with pytest.raises(InvalidCredentials):
        asyncio.run(refresh_session(store, AUTH, second.refresh_token))
    asyncio.run(log_out(store, AUTH, "not-a-token"))  # harmless
