"""Who is asking: operators (API keys, hashed at rest), suppliers and buyers (short-lived JWTs).

The registry owns accounts and signs tokens; every service verifies them with the same settings and
checks role and ownership at each data-changing endpoint: a supplier changes only its own data, a buyer
only its own needs and deals, an operator anything.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, HTTPException, Request, status
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_SECRET_BYTES = 32
DEV_SECRET = "padan-dev-only-signing-secret-change-me"  # noqa: S105 - refused outside dev mode
DEV_OPERATOR_KEY = "padan-dev-operator-key"
ACCESS_TTL_SECONDS = 15 * 60
REFRESH_TTL_SECONDS = 14 * 24 * 3600
_ALGORITHM = "HS256"
_passwords = PasswordHasher()


class Role(StrEnum):
    OPERATOR = "operator"
    SUPPLIER = "supplier"
    BUYER = "buyer"


class AuthSettings(BaseSettings):
    """Shared by every service (env prefix PADAN_AUTH_). Dev mode is the local default; production sets
    PADAN_AUTH_DEV_MODE=false, a signing secret and operator key hashes, or the service refuses to start."""

    model_config = SettingsConfigDict(env_prefix="PADAN_AUTH_", extra="ignore")

    dev_mode: bool = True
    signing_secret: SecretStr = Field(default=SecretStr(""))
    operator_key_hashes: list[str] = Field(default_factory=list, description="sha256 hex of each operator key")

    def secret(self) -> str:
        value = self.signing_secret.get_secret_value()
        if value:
            # HS256 wants a key at least as long as its hash (RFC 7518 §3.2); shorter ones are guessable.
            if len(value.encode()) < MIN_SECRET_BYTES:
                raise RuntimeError(f"PADAN_AUTH_SIGNING_SECRET must be at least {MIN_SECRET_BYTES} bytes long")
            return value
        if self.dev_mode:
            return DEV_SECRET
        raise RuntimeError("PADAN_AUTH_SIGNING_SECRET must be set when PADAN_AUTH_DEV_MODE is false")

    def operator_hashes(self) -> list[str]:
        if self.operator_key_hashes:
            return self.operator_key_hashes
        return [hash_api_key(DEV_OPERATOR_KEY)] if self.dev_mode else []


@dataclass(frozen=True)
class Principal:
    subject: str
    role: Role
    organisation_id: str | None = None  # supplier id or buyer id

    def owns(self, role: Role, organisation_id: str) -> bool:
        return self.role is Role.OPERATOR or (self.role is role and self.organisation_id == organisation_id)


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def verify_api_key(key: str, hashes: Iterable[str]) -> bool:
    digest = hash_api_key(key)
    return any(hmac.compare_digest(digest, known) for known in hashes)


def hash_password(password: str) -> str:
    return _passwords.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    try:
        return _passwords.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(
    settings: AuthSettings, principal: Principal, *, kind: str = "access", ttl: int | None = None
) -> tuple[str, str]:
    """A signed token and its id (the id lets the registry revoke refresh tokens on logout)."""
    token_id = uuid.uuid4().hex
    now = int(time.time())
    lifetime = ttl or (ACCESS_TTL_SECONDS if kind == "access" else REFRESH_TTL_SECONDS)
    claims: dict[str, Any] = {
        "sub": principal.subject,
        "role": principal.role.value,
        "org": principal.organisation_id,
        "typ": kind,
        "jti": token_id,
        "iat": now,
        "exp": now + lifetime,
    }
    return jwt.encode(claims, settings.secret(), algorithm=_ALGORITHM), token_id


def decode_token(settings: AuthSettings, token: str, kind: str = "access") -> tuple[Principal, dict[str, Any]]:
    try:
        claims = jwt.decode(token, settings.secret(), algorithms=[_ALGORITHM], options={"require": ["exp", "sub"]})
    except jwt.ExpiredSignatureError as exc:
        raise _unauthorized("Sesi berakhir, silakan masuk lagi / token expired") from exc
    except jwt.PyJWTError as exc:
        raise _unauthorized("Token tidak valid / invalid token") from exc
    if claims.get("typ") != kind:
        raise _unauthorized("Jenis token salah / wrong token type")
    try:
        principal = Principal(subject=str(claims["sub"]), role=Role(claims["role"]), organisation_id=claims.get("org"))
    except (KeyError, ValueError) as exc:
        raise _unauthorized("Token tidak valid / invalid token") from exc
    return principal, claims


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message, headers={"WWW-Authenticate": "Bearer"})


def forbidden(message: str = "Anda tidak berhak mengubah data ini / not allowed") -> HTTPException:
    return HTTPException(status.HTTP_403_FORBIDDEN, detail=message)


def principal_from_request(request: Request, settings: AuthSettings) -> Principal | None:
    """The caller, from `X-API-Key` (operator) or `Authorization: Bearer <access token>`; None if anonymous."""
    api_key = request.headers.get("x-api-key")
    if api_key:
        if not verify_api_key(api_key, settings.operator_hashes()):
            raise _unauthorized("Kunci API tidak dikenal / unknown API key")
        return Principal(subject="operator", role=Role.OPERATOR)
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token:
        return decode_token(settings, token)[0]
    return None


def authenticated(settings: AuthSettings) -> Callable[[Request], Principal]:
    """A FastAPI dependency that requires a caller."""

    def dependency(request: Request) -> Principal:
        principal = principal_from_request(request, settings)
        if principal is None:
            raise _unauthorized("Silakan masuk terlebih dahulu / authentication required")
        return principal

    return dependency


def requires(settings: AuthSettings, *roles: Role) -> Any:
    """`Depends(...)` that admits only the given roles (operators are always admitted)."""
    check = authenticated(settings)

    # A default, not Annotated: annotations are strings here and `check` is local to this call.
    def dependency(principal: Principal = Depends(check)) -> Principal:
        if principal.role is not Role.OPERATOR and principal.role not in roles:
            raise forbidden()
        return principal

    return Depends(dependency)
