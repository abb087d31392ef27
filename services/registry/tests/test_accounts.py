"""Accounts and sessions with an in-memory store: passwords, sign-in, rotation of refresh tokens, sign-out."""

from __future__ import annotations

import asyncio

import pytest
from fastapi import HTTPException
from registry_fakes import FakeAccounts

from padan.registry.domain.accounts import Account, AccountError, check_password
from padan.registry.handlers.log_in import log_in
from padan.registry.handlers.log_out import log_out
from padan.registry.handlers.refresh_session import refresh_session
from padan.registry.handlers.sessions import InvalidCredentials
from padan.shared.auth import AuthSettings, Role, decode_token, hash_password

AUTH = AuthSettings()


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


def test_reusing_a_rotated_refresh_token_ends_the_whole_session(store: FakeAccounts) -> None:
    auth = AuthSettings()
    first = asyncio.run(log_in(store, auth, "tapis@example.id", "kain-tapis-siger-2026"))
    second = asyncio.run(refresh_session(store, auth, first.refresh_token))
    with pytest.raises(InvalidCredentials):
        asyncio.run(refresh_session(store, auth, first.refresh_token))  # stolen copy of the old one
    with pytest.raises(InvalidCredentials):
        asyncio.run(refresh_session(store, auth, second.refresh_token))  # so the newer one dies too
    with pytest.raises(HTTPException) as refused:
        decode_token(auth, second.access_token)
    assert refused.value.status_code == 401
    assert [event["payload"]["reason"] for event in store.outbox] == ["refresh_reused"]


def test_sign_out_publishes_the_end_of_the_session_and_refuses_its_tokens_here_at_once(store: FakeAccounts) -> None:
    auth = AuthSettings()
    session = asyncio.run(log_in(store, auth, "tapis@example.id", "kain-tapis-siger-2026"))
    principal, _ = decode_token(auth, session.access_token)
    assert asyncio.run(log_out(store, auth, session.refresh_token)) == principal.session_id
    with pytest.raises(HTTPException, match="session ended"):
        decode_token(auth, session.access_token)
    (event,) = store.outbox
    assert (event["topic"], event["payload"]["session_id"]) == ("registry.sessions.v1", principal.session_id)
    assert "tapis@example.id" not in str(event), "the event carries no personal data"
    assert asyncio.run(log_out(store, auth, session.refresh_token)) is None, "its refresh token is void too"
    assert len(store.outbox) == 1, "ending an ended session publishes nothing more"
