"""Accounts and sessions (/api/v1/accounts, /api/v1/auth/...): operators open accounts for registered
suppliers and buyers; those sign in for short-lived access tokens, refresh them, and sign out."""

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
from padan.registry.handlers.sessions import AccountStore, InvalidCredentials, Session
from padan.shared.auth import Principal, Role, authenticated
from padan.shared.ratelimit import RateLimiter, client_address, too_many


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


def _unauthorized() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="Email atau kata sandi salah, atau sesi tidak berlaku / invalid credentials or session",
        headers={"WWW-Authenticate": "Bearer"},
    )


def build_accounts_router(
    store: AccountStore,
    registry: RegistryRepository,
    guards: Guards,
    *,
    login_attempts: str = "20/15 minutes",
    login_failures: str = "5/15 minutes",
) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["accounts"])
    auth = guards.settings
    attempts_per_address = RateLimiter(login_attempts)
    failures_per_account = RateLimiter(login_failures)

    @router.post("/accounts", status_code=status.HTTP_201_CREATED, summary="Buka akun / open an account")
    async def open_account(body: AccountIn, _: Principal = guards.operator) -> dict[str, Any]:
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
        return {"email": account.email, "role": account.role.value, "organisation_id": account.organisation_id}

    @router.post("/auth/login", summary="Masuk / sign in", response_model=None)
    async def login(body: LoginIn, request: Request) -> dict[str, Any] | JSONResponse:
        address, account = client_address(request), body.email.strip().lower()
        if not attempts_per_address.hit("login", address):
            return too_many(attempts_per_address.retry_after("login", address))
        if not failures_per_account.allowed("failed", account):
            return too_many(failures_per_account.retry_after("failed", account))
        try:
            session = await log_in(store, auth, body.email, body.password)
        except InvalidCredentials:
            failures_per_account.hit("failed", account)
            raise _unauthorized() from None
        failures_per_account.clear("failed", account)
        return _session(session)

    @router.post("/auth/refresh", summary="Perbarui token / refresh")
    async def refresh(body: RefreshIn) -> dict[str, Any]:
        try:
            return _session(await refresh_session(store, auth, body.refresh_token))
        except InvalidCredentials:
            raise _unauthorized() from None

    @router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Keluar / sign out")
    async def logout(body: RefreshIn) -> None:
        await log_out(store, auth, body.refresh_token)

    caller = authenticated(auth)

    @router.get("/auth/me", summary="Siapa saya / who am I")
    async def me(request: Request) -> dict[str, Any]:
        principal = caller(request)
        return {"subject": principal.subject, "role": principal.role, "organisation_id": principal.organisation_id}

    return router


def _session(session: Session) -> dict[str, Any]:
    return asdict(session)
