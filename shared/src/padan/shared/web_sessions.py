"""Signed-in pages across services: the `web` session cookie every service reads, and one-time sign-in links.

The registry signs people in (/masuk with e-mail and password, or a one-time link from an e-mail) and sets
`padan_web`: a `web` token (padan.shared.auth) in an HttpOnly cookie. Cookies belong to a host, not to a
port, so the matcher's pages on the same host read the same cookie and check it with the same signing
secret; behind one public host (a reverse proxy routing paths to the services) nothing changes.

The cookie is SameSite=Lax, not Strict: a person following a link from an e-mail or a chat arrives signed
in (a top-level GET), while a cross-site form post never carries it. Every page form also carries the CSRF
token (padan.shared.http), so Lax costs nothing against forged posts.

A one-time link is a `link` token naming the person's e-mail address, role and organisation (the party the
e-mail was sent to) and the page to open. It lives LINK_TTL_SECONDS (hours, not days), is redeemed only at
the registry, which records its id so that a second use is refused, and checks there that the address is
still the party's contact before it opens a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from fastapi import HTTPException, Request

from padan.shared.auth import LINK_TTL_SECONDS, AuthSettings, Principal, Role, decode_token, issue_token

WEB_COOKIE = "padan_web"
SIGNIN_PATH = "/masuk"
LINK_PATH = "/masuk/tautan"
NEXT_CLAIM = "nxt"
EMAIL_CLAIM = "eml"


class InvalidLink(Exception):
    """A link that is forged, damaged, expired or of another kind."""


@dataclass(frozen=True)
class SigninLink:
    link_id: str
    email: str
    role: Role
    organisation_id: str
    next_path: str
    expires_at: datetime

    def principal(self) -> Principal:
        return Principal(subject=self.email, role=self.role, organisation_id=self.organisation_id)


def is_local_path(path: str) -> bool:
    """A path on this host ("/peluang"), never another site ("//evil.example", "https://...", "/\\evil")."""
    return path.startswith("/") and not path.startswith("//") and "\\" not in path and "\n" not in path


def web_principal(settings: AuthSettings, request: Request) -> Principal | None:
    """The person signed in on this browser (the `padan_web` cookie), or None: missing, forged, expired, or
    a session ended by logout (the registry's revocations, followed by every service)."""
    token = request.cookies.get(WEB_COOKIE)
    if not token:
        return None
    try:
        return decode_token(settings, token, kind="web")[0]
    except (HTTPException, RuntimeError):
        return None


def signin_link(
    settings: AuthSettings,
    base_url: str,
    *,
    email: str,
    role: Role,
    organisation_id: str,
    next_path: str,
    ttl: int = LINK_TTL_SECONDS,
) -> str:
    """The URL of a one-time sign-in link at the registry (`base_url`), opening `next_path` once signed in."""
    if not is_local_path(next_path):
        raise ValueError(f"next_path must be a path on this host, not {next_path!r}")
    principal = Principal(subject=email, role=role, organisation_id=organisation_id)
    token, _ = issue_token(settings, principal, kind="link", ttl=ttl, extra={NEXT_CLAIM: next_path, EMAIL_CLAIM: email})
    return f"{base_url.rstrip('/')}{LINK_PATH}?t={quote(token)}"


def read_signin_link(settings: AuthSettings, token: str) -> SigninLink:
    """The link's content if it is a valid, unexpired link token; InvalidLink otherwise. Whether it was used
    already is the redeemer's record, not the token's."""
    try:
        principal, claims = decode_token(settings, token, kind="link")
    except (HTTPException, RuntimeError) as exc:
        raise InvalidLink(str(getattr(exc, "detail", exc))) from exc
    next_path, link_id = str(claims.get(NEXT_CLAIM, "")), str(claims.get("jti", ""))
    if principal.role not in (Role.SUPPLIER, Role.BUYER) or not principal.organisation_id:
        raise InvalidLink("a link signs in a supplier or a buyer")
    if not is_local_path(next_path) or not link_id:
        raise InvalidLink("a link names a page on this host and has an id")
    return SigninLink(
        link_id=link_id,
        email=principal.subject,
        role=principal.role,
        organisation_id=principal.organisation_id,
        next_path=next_path,
        expires_at=datetime.fromtimestamp(int(claims["exp"]), UTC),
    )
