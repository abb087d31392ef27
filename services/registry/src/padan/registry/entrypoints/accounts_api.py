"""Accounts and sessions (/api/v1/accounts, /api/v1/auth/...): operators open accounts for registered
suppliers and buyers; those sign in for short-lived access tokens, refresh them, and sign out.

Guessing is slowed, never turned into a lock-out: sign-in attempts are limited per client address, and
failures back off exponentially per account *and* address (3 free, then 1 s, 2 s, 4 s ... up to 15
minutes), so an attacker's failures delay the attacker while the owner, from another address, signs in
with the right password. Failures spread over many addresses are logged (`login_failures_spread`) for the
operators. Bad refresh tokens count against the address like bad API keys (429 past the limit)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, EmailStr, Field, model_validator

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.accounts import AccountError
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.entrypoints.auth import Guards
from padan.registry.handlers.log_in import log_in
from padan.registry.handlers.log_out import log_out
from padan.registry.handlers.refresh_session import refresh_session
from padan.registry.handlers.register_account import register_account
from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, Session, end_session
from padan.shared.auth import Principal, Role, authenticated, count_bad_credential, refuse_if_throttled
from padan.shared.ratelimit import Backoff, RateLimiter, client_address, too_many
from padan.shared.security_log import security_event


class AccountIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str = Field(min_length=1, max_length=256)
    role: Literal["supplier", "buyer"]
    nib: str | None = Field(default=None, pattern=r"^\d{13}$", description="For a supplier: its NIB")
    satker_code: str | None = Field(default=None, min_length=1, max_length=40, description="For a buyer")

    @model_validator(mode="after")
    def _key_for_role(self) -> AccountIn:
        if (self.role == "supplier") != (self.nib is not None) or (self.role == "buyer") != bool(self.satker_code):
            raise ValueError("penyedia memakai nib, pembeli memakai satker_code")
        return self


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=256)


class RefreshIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str = Field(min_length=10, max_length=4096)


class LogoutIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str | None = Field(
        default=None, min_length=10, max_length=4096, description="Or send the access token as Bearer"
    )


def _unauthorized() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="Email atau kata sandi salah, atau sesi tidak berlaku / invalid credentials or session",
        headers={"WWW-Authenticate": "Bearer"},
    )


class LoginThrottle:
    """Sign-in limits: attempts per address, exponential backoff per account and address, and a log line
    when one account's failures come from many addresses."""

    def __init__(self, attempts: str, backoff: Backoff, spread_alert: str) -> None:
        self.attempts_per_address = RateLimiter(attempts)
        self.backoff = backoff
        self.failures_per_account = RateLimiter(spread_alert)  # only noticed and logged, never a lock

    def refusal(self, account: str, address: str) -> JSONResponse | None:
        if not self.attempts_per_address.hit("login", address):
            seconds = self.attempts_per_address.retry_after("login", address)
            security_event("login_throttled", actor=account, address=address, scope="address", retry_after=seconds)
            return too_many(seconds)
        if wait := self.backoff.wait(f"{account}|{address}"):
            security_event("login_throttled", actor=account, address=address, scope="account", retry_after=wait)
            return too_many(wait)
        return None

    def failed(self, account: str, address: str) -> None:
        failures = self.backoff.failed(f"{account}|{address}")
        security_event("login_failed", actor=account, address=address, failures=failures)
        if not self.failures_per_account.hit("failed", account):
            security_event("login_failures_spread", actor=account, address=address, level="warning")

    def succeeded(self, account: str, address: str) -> None:
        self.backoff.succeeded(f"{account}|{address}")
        security_event("login_succeeded", actor=account, address=address)


def build_accounts_router(
    store: AccountStore,
    registry: RegistryRepository,
    guards: Guards,
    *,
    login_attempts: str = "20/15 minutes",
    login_backoff: Backoff | None = None,
    spread_alert: str = "50/hour",
    throttle: LoginThrottle | None = None,
) -> APIRouter:
    """`throttle`: the sign-in limits, shared with the web form (/masuk) when given."""
    router = APIRouter(prefix="/api/v1", tags=["accounts"])
    auth = guards.settings
    if throttle is None:
        throttle = LoginThrottle(login_attempts, login_backoff or Backoff(free=3, base=1.0, cap=900.0), spread_alert)

    @router.post("/accounts", status_code=status.HTTP_201_CREATED, summary="Buka akun / open an account")
    async def open_account(body: AccountIn, principal: Principal = guards.operator) -> dict[str, Any]:
        kind = Kind.SUPPLIER if body.role == "supplier" else Kind.BUYER
        natural_key = body.nib if kind is Kind.SUPPLIER else body.satker_code
        assert natural_key is not None
        try:
            account = await register_account(
                store,
                registry,
                email=body.email,
                password=body.password,
                role=Role(body.role),
                organisation_id=aggregate_id(kind, natural_key),
            )
        except AccountError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc
        security_event(
            "account_opened", actor=principal.subject, account=account.email, role=account.role.value,
            organisation_id=account.organisation_id,
        )  # fmt: skip
        return {"email": account.email, "role": account.role.value, "organisation_id": account.organisation_id}

    @router.post("/auth/login", summary="Masuk / sign in", response_model=None)
    async def login(body: LoginIn, request: Request) -> dict[str, Any] | JSONResponse:
        address, account = client_address(request), body.email.strip().lower()
        if (refusal := throttle.refusal(account, address)) is not None:
            return refusal
        try:
            session = await log_in(store, auth, body.email, body.password)
        except InvalidCredentials:
            throttle.failed(account, address)
            raise _unauthorized() from None
        throttle.succeeded(account, address)
        return _session(session)

    @router.post("/auth/refresh", summary="Perbarui token / refresh")
    async def refresh(body: RefreshIn, request: Request) -> dict[str, Any]:
        address = client_address(request)
        refuse_if_throttled(auth, address, "refresh")
        try:
            return _session(await refresh_session(store, auth, body.refresh_token))
        except InvalidCredentials:
            count_bad_credential(auth, address, "refresh", "invalid or used refresh token")
            raise _unauthorized() from None

    caller = authenticated(auth)

    @router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Keluar / sign out")
    async def logout(request: Request, body: LogoutIn | None = None) -> None:
        """Ends the session of the refresh token (or of the Bearer access token): every service refuses
        its tokens from then on."""
        address = client_address(request)
        if body is not None and body.refresh_token:
            refuse_if_throttled(auth, address, "refresh")
            session_id = await log_out(store, auth, body.refresh_token)
            if session_id is None:
                count_bad_credential(auth, address, "refresh", "logout with an invalid refresh token")
            security_event("logout", actor=None, address=address, session_id=session_id)
            return
        principal = caller(request)
        if principal.session_id is None:  # an operator's API key has no session to end
            raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="Tidak ada sesi / no session to end")
        await end_session(store, auth, principal.session_id)
        security_event("logout", actor=principal.subject, address=address, session_id=principal.session_id)

    @router.get("/auth/me", summary="Siapa saya / who am I")
    async def me(request: Request) -> dict[str, Any]:
        principal = caller(request)
        return {"subject": principal.subject, "role": principal.role, "organisation_id": principal.organisation_id}

    return router


def _session(session: Session) -> dict[str, Any]:
    return asdict(session)
