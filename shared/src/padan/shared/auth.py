"""Who is asking: operators and downstream systems (API keys, hashed at rest), suppliers and buyers
(short-lived JWTs).

The registry owns accounts and signs tokens; every service verifies them with the same settings and
checks role and ownership at each data-changing endpoint: a supplier changes only its own data, a buyer
only its own needs and deals, an integration (a downstream system an operator gave a key) only what it
created, an operator anything.

Tokens come in four kinds, each with its own `typ` and audience, and one kind is never accepted for
another: `access` (the API's `Authorization: Bearer`), `refresh` (traded at the registry for a new pair),
`web` (a page session in an HttpOnly cookie, never a bearer token) and `link` (a one-time sign-in link in
an e-mail, redeemed once at the registry for a `web` session: padan.shared.web_sessions). Every token names its session
(`sid`); a session ended by logout is refused by every service, which learns of it from the registry's
`registry.sessions.v1` topic (padan.shared.sessions). Credentials that fail (API keys, tokens) are counted
per client address, and an address past the limit is answered 429 before its next credential is checked.

Dev mode (a known signing secret and operator key, for `make demo` and the tests) is off unless
PADAN_AUTH_DEV_MODE=true. Outside it the settings refuse to load, and so the service to start, without a
signing secret of at least 32 bytes that is not a published default, or with the dev operator key among
the keys (`padan secrets init` generates them; docs/security.md, "Secrets").

See docs/security.md for the whole model.
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
from pydantic import Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from padan.shared.ratelimit import RateLimiter, client_address
from padan.shared.security_log import security_event

MIN_SECRET_BYTES = 32
#: A secret of 32 bytes drawn from fewer characters than this is a pattern, not a secret.
MIN_SECRET_DISTINCT_CHARACTERS = 8
DEV_SECRET = "padan-dev-only-signing-secret-change-me"  # noqa: S105 - refused outside dev mode
DEV_OPERATOR_KEY = "padan-dev-operator-key"
#: Secrets that were ever published with Padan (source, docs, manifests): refused outside dev mode.
PUBLISHED_SECRETS = frozenset({DEV_SECRET, "padan-local-signing-secret-not-for-production"})
ACCESS_TTL_SECONDS = 15 * 60
REFRESH_TTL_SECONDS = 14 * 24 * 3600
WEB_TTL_SECONDS = 2 * 3600
LINK_TTL_SECONDS = 12 * 3600
TTL_SECONDS = {
    "access": ACCESS_TTL_SECONDS,
    "refresh": REFRESH_TTL_SECONDS,
    "web": WEB_TTL_SECONDS,
    "link": LINK_TTL_SECONDS,
}
AUDIENCES = {"access": "padan-api", "refresh": "padan-refresh", "web": "padan-web", "link": "padan-signin-link"}
"""A token is checked against the audience of the kind the caller expects, so a page cookie (`web`) can
never pass as an API bearer token, nor a refresh token as either."""
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


class RevokedSessions:
    """Sessions ended before their tokens expire: each is refused until its last token would have expired
    anyway, then forgotten (so the list stays as small as the logouts of the last few hours)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._until: dict[str, float] = {}
        self._clock = clock
        self._added = 0

    def revoke(self, session_id: str, until: float) -> None:
        self._until[session_id] = max(until, self._until.get(session_id, 0.0))
        self._added += 1
        if self._added % 1000 == 0:
            now = self._clock()
            for expired in [sid for sid, end in self._until.items() if end < now]:
                del self._until[expired]

    def is_revoked(self, session_id: str) -> bool:
        until = self._until.get(session_id)
        return until is not None and until >= self._clock()

    def __len__(self) -> int:
        return len(self._until)


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
    bad_credential_limit: str = Field(
        default="60/15 minutes",
        description="Failed credentials (API keys, bearer/refresh tokens) per client address before 429",
    )

    # Runtime state shared by every check made with these settings, in this process: the sessions ended
    # by logout (fed from Kafka) and the count of failed credentials per address.
    _revoked: RevokedSessions = PrivateAttr(default_factory=RevokedSessions)
    _throttle: RateLimiter | None = PrivateAttr(default=None)

    @property
    def revoked_sessions(self) -> RevokedSessions:
        return self._revoked

    @property
    def credential_throttle(self) -> RateLimiter:
        if self._throttle is None:
            self._throttle = RateLimiter(self.bad_credential_limit)
        return self._throttle

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
    session_id: str | None = None  # the `sid` of the token it came from (None for an API key)

    def owns(self, role: Role, organisation_id: str) -> bool:
        return self.role is Role.OPERATOR or (self.role is role and self.organisation_id == organisation_id)


def operator_principal(key: str) -> Principal:
    """An operator known by an API key: the subject names the key by a short fingerprint (never the key),
    so the security log tells operators apart."""
    return Principal(subject=f"operator:{hash_api_key(key)[:8]}", role=Role.OPERATOR)


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
    settings: AuthSettings,
    principal: Principal,
    *,
    kind: str = "access",
    ttl: int | None = None,
    session_id: str | None = None,
    extra: dict[str, str] | None = None,
) -> tuple[str, str]:
    """A signed token and its id. Tokens of one sign-in share its session id (`sid`; a new one when not
    given), so ending the session ends all of them. `extra` adds claims (e.g. a web session's claim id)."""
    if kind not in AUDIENCES:
        raise ValueError(f"unknown token kind {kind!r}")
    token_id = uuid.uuid4().hex
    now = int(time.time())
    lifetime = ttl or TTL_SECONDS[kind]
    claims: dict[str, Any] = {
        **(extra or {}),
        "sub": principal.subject,
        "role": principal.role.value,
        "org": principal.organisation_id,
        "typ": kind,
        "aud": AUDIENCES[kind],
        "sid": session_id or principal.session_id or uuid.uuid4().hex,
        "jti": token_id,
        "iat": now,
        "exp": now + lifetime,
    }
    return jwt.encode(claims, settings.secret(), algorithm=_ALGORITHM), token_id


def decode_token(settings: AuthSettings, token: str, kind: str = "access") -> tuple[Principal, dict[str, Any]]:
    """The token's principal and claims, if it is a valid, unexpired token of this kind whose session has
    not ended; else 401."""
    if kind not in AUDIENCES:
        raise ValueError(f"unknown token kind {kind!r}")
    try:
        claims = jwt.decode(
            token,
            settings.secret(),
            algorithms=[_ALGORITHM],
            audience=AUDIENCES[kind],
            options={"require": ["exp", "sub", "aud", "sid"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise _unauthorized("Sesi berakhir, silakan masuk lagi / token expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise _unauthorized("Jenis token salah / wrong token type") from exc
    except jwt.PyJWTError as exc:
        raise _unauthorized("Token tidak valid / invalid token") from exc
    if claims.get("typ") != kind:
        raise _unauthorized("Jenis token salah / wrong token type")
    if settings.revoked_sessions.is_revoked(str(claims["sid"])):
        raise _unauthorized("Sesi sudah diakhiri, silakan masuk lagi / session ended")
    try:
        principal = Principal(
            subject=str(claims["sub"]),
            role=Role(claims["role"]),
            organisation_id=claims.get("org"),
            session_id=str(claims["sid"]),
        )
    except (KeyError, ValueError) as exc:
        raise _unauthorized("Token tidak valid / invalid token") from exc
    if principal.role is Role.INTEGRATION:  # downstream systems authenticate with their API key only
        raise _unauthorized("Token tidak valid / invalid token")
    return principal, claims


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message, headers={"WWW-Authenticate": "Bearer"})


def forbidden(message: str = "Anda tidak berhak mengubah data ini / not allowed") -> HTTPException:
    return HTTPException(status.HTTP_403_FORBIDDEN, detail=message)


def throttled(seconds: int) -> HTTPException:
    return HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        detail="Terlalu banyak percobaan gagal, coba lagi nanti / too many failed attempts",
        headers={"Retry-After": str(seconds)},
    )


def refuse_if_throttled(settings: AuthSettings, address: str, credential: str) -> None:
    """429 when the address has failed too many credentials lately: said before the credential is checked,
    so guessing gains nothing (a right guess is refused alike)."""
    limiter = settings.credential_throttle
    if not limiter.allowed("bad-credential", address):
        seconds = limiter.retry_after("bad-credential", address)
        security_event("credential_throttled", actor=None, address=address, credential=credential, retry_after=seconds)
        raise throttled(seconds)


def count_bad_credential(settings: AuthSettings, address: str, credential: str, reason: str) -> None:
    settings.credential_throttle.hit("bad-credential", address)
    security_event("credential_refused", actor=None, address=address, credential=credential, reason=reason)


def check_api_key(settings: AuthSettings, address: str, key: str, *, integrations: bool = False) -> Principal | None:
    """The operator (or, with `integrations`, the downstream system) an API key names; None for an unknown
    key. Throttled per address: past the limit, 429 before the key is looked at. Page forms ask for
    operators only."""
    refuse_if_throttled(settings, address, "api_key")
    if verify_api_key(key, settings.operator_hashes()):
        return operator_principal(key)
    if integrations and verify_api_key(key, settings.integration_key_hashes):
        # The key's digest names the system (what it created is recorded under it), never the key.
        return Principal(subject=f"integration:{hash_api_key(key)[:16]}", role=Role.INTEGRATION)
    count_bad_credential(settings, address, "api_key", "unknown key")
    return None


def check_token(settings: AuthSettings, address: str, token: str, kind: str = "access") -> Principal:
    """`decode_token` with the failed-credential throttle of `address` (429 past it, else 401 on failure)."""
    refuse_if_throttled(settings, address, kind)
    try:
        return decode_token(settings, token, kind)[0]
    except HTTPException as exc:
        count_bad_credential(settings, address, kind, str(exc.detail))
        raise


def principal_from_request(request: Request, settings: AuthSettings) -> Principal | None:
    """The caller, from `X-API-Key` (operator or integration) or `Authorization: Bearer <access token>`;
    None if anonymous. Worked out once per request (middlewares and the endpoint ask alike, and a failure
    counts once)."""
    known = getattr(request.state, "padan_principal", None)
    if known is not None:
        principal, error = known
        if error is not None:
            raise error
        return principal  # type: ignore[no-any-return]
    try:
        principal = _principal(request, settings)
    except HTTPException as exc:
        request.state.padan_principal = (None, exc)
        raise
    request.state.padan_principal = (principal, None)
    return principal


def _principal(request: Request, settings: AuthSettings) -> Principal | None:
    api_key = request.headers.get("x-api-key")
    if api_key:
        principal = check_api_key(settings, client_address(request), api_key, integrations=True)
        if principal is None:
            raise _unauthorized("Kunci API tidak dikenal / unknown API key")
        return principal
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token:
        return check_token(settings, client_address(request), token)
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
