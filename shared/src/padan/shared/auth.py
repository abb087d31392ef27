"""Who is asking: operators and downstream systems (API keys, hashed at rest), suppliers and buyers
(short-lived JWTs).

The registry owns accounts and signs tokens; every service verifies them with the same settings and
checks role and ownership at each data-changing endpoint: a supplier changes only its own data, a buyer
only its own needs and deals, an integration (a downstream system an operator gave a key) only what it
created, an operator anything.

Dev mode (a known signing secret and operator key, for `make demo` and the tests) is off unless
PADAN_AUTH_DEV_MODE=true. Outside it the settings refuse to load, and so the service to start, without a
signing secret of at least 32 bytes that is not a published default, or with the dev operator key among
the keys (`padan secrets init` generates them; docs/security.md, "Secrets").
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
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_SECRET_BYTES = 32
#: A secret of 32 bytes drawn from fewer characters than this is a pattern, not a secret.
MIN_SECRET_DISTINCT_CHARACTERS = 8
DEV_SECRET = "padan-dev-only-signing-secret-change-me"  # noqa: S105 - refused outside dev mode
DEV_OPERATOR_KEY = "padan-dev-operator-key"
#: Secrets that were ever published with Padan (source, docs, manifests): refused outside dev mode.
PUBLISHED_SECRETS = frozenset({DEV_SECRET, "padan-local-signing-secret-not-for-production"})
ACCESS_TTL_SECONDS = 15 * 60
REFRESH_TTL_SECONDS = 14 * 24 * 3600
_ALGORITHM = "HS256"
_passwords = PasswordHasher()


class Role(StrEnum):
    OPERATOR = "operator"
    SUPPLIER = "supplier"
    BUYER = "buyer"
    #: A downstream system with an API key an operator issued (e.g. to subscribe to webhooks).
    INTEGRATION = "integration"


class InsecureSettings(RuntimeError):
    """Outside dev mode, a missing, short or published secret, or the dev operator key: refuse to start."""


class AuthSettings(BaseSettings):
    """Shared by every service (env prefix PADAN_AUTH_). Dev mode only when PADAN_AUTH_DEV_MODE=true (the
    demo and the tests set it); otherwise a signing secret is required, checked when the settings load."""

    model_config = SettingsConfigDict(env_prefix="PADAN_AUTH_", extra="ignore")

    dev_mode: bool = False
    signing_secret: SecretStr = Field(default=SecretStr(""))
    operator_key_hashes: list[str] = Field(default_factory=list, description="sha256 hex of each operator key")
    integration_key_hashes: list[str] = Field(
        default_factory=list, description="sha256 hex of each downstream system's API key (role integration)"
    )

    @model_validator(mode="after")
    def _refuse_insecure(self) -> AuthSettings:
        if not self.dev_mode:
            problems = insecure_setting_problems(self)
            if problems:
                raise InsecureSettings(
                    "Pengaturan keamanan tidak aman, layanan tidak dijalankan / insecure settings, not starting: "
                    + "; ".join(problems)
                    + ". Buat rahasia dengan `padan secrets init` / generate them with `padan secrets init` "
                    "(docs/security.md), atau PADAN_AUTH_DEV_MODE=true hanya untuk pengembangan lokal / "
                    "or PADAN_AUTH_DEV_MODE=true for local development only."
                )
        return self

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


def insecure_setting_problems(settings: AuthSettings) -> list[str]:
    """What makes these settings unfit outside dev mode (English, for the operator's log)."""
    problems = []
    secret = settings.signing_secret.get_secret_value()
    if not secret:
        problems.append("PADAN_AUTH_SIGNING_SECRET is not set")
    elif secret in PUBLISHED_SECRETS:
        problems.append("PADAN_AUTH_SIGNING_SECRET is a published default")
    elif len(secret.encode()) < MIN_SECRET_BYTES:
        problems.append(f"PADAN_AUTH_SIGNING_SECRET is shorter than {MIN_SECRET_BYTES} bytes")
    elif len(set(secret)) < MIN_SECRET_DISTINCT_CHARACTERS:
        problems.append("PADAN_AUTH_SIGNING_SECRET is a repeated pattern")
    dev_key = hash_api_key(DEV_OPERATOR_KEY)
    for name, hashes in (
        ("PADAN_AUTH_OPERATOR_KEY_HASHES", settings.operator_key_hashes),
        ("PADAN_AUTH_INTEGRATION_KEY_HASHES", settings.integration_key_hashes),
    ):
        if dev_key in hashes:
            problems.append(f"{name} contains the dev operator key")
        if any(len(h) != 64 or h.strip("0123456789abcdef") for h in hashes):
            problems.append(f"{name} must hold lower-case sha256 hex digests")
    return problems


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
    if principal.role is Role.INTEGRATION:  # downstream systems authenticate with their API key only
        raise _unauthorized("Token tidak valid / invalid token")
    return principal, claims


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message, headers={"WWW-Authenticate": "Bearer"})


def forbidden(message: str = "Anda tidak berhak mengubah data ini / not allowed") -> HTTPException:
    return HTTPException(status.HTTP_403_FORBIDDEN, detail=message)


def principal_from_request(request: Request, settings: AuthSettings) -> Principal | None:
    """The caller, from `X-API-Key` (operator or integration) or `Authorization: Bearer <access token>`;
    None if anonymous."""
    api_key = request.headers.get("x-api-key")
    if api_key:
        if verify_api_key(api_key, settings.operator_hashes()):
            return Principal(subject="operator", role=Role.OPERATOR)
        if verify_api_key(api_key, settings.integration_key_hashes):
            # The key's digest names the system (what it created is recorded under it), never the key.
            return Principal(subject=f"integration:{hash_api_key(api_key)[:16]}", role=Role.INTEGRATION)
        raise _unauthorized("Kunci API tidak dikenal / unknown API key")
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
