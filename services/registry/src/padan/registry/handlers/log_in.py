"""Command: a supplier or buyer signs in with email and password and gets a token pair (the API) or a page
session (the web form, which checks the password with `authenticate` and opens its own `web` session)."""

from __future__ import annotations

from padan.registry.domain.accounts import Account, normalise_email
from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, Session, open_session
from padan.shared.auth import AuthSettings, hash_password, verify_password

# Verified when the email is unknown, so a wrong email costs the same time as a wrong password.
_DUMMY_HASH = hash_password("padan-timing-equaliser")


async def log_in(store: AccountStore, auth: AuthSettings, email: str, password: str) -> Session:
    return await open_session(store, auth, await authenticate(store, email, password))


async def authenticate(store: AccountStore, email: str, password: str) -> Account:
    """The enabled account with this email and password; InvalidCredentials otherwise."""
    account = await store.get(normalise_email(email))
    if account is None:
        verify_password(password, _DUMMY_HASH)
        raise InvalidCredentials
    if not verify_password(password, account.password_hash) or account.disabled:
        raise InvalidCredentials
    return account
