"""Signing in on the web over fakes: the /masuk form (the `web` cookie, the API's throttle, no open redirect),
one-time links from e-mails (once, bound to the party's contact, expiring), and /keluar."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from registry_fakes import FakeAccounts, FakeClaims, FakeRegistryRepository

from padan.registry.domain.accounts import Account
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.entrypoints.accounts_api import LoginThrottle, build_accounts_router
from padan.registry.entrypoints.api import build_router
from padan.registry.entrypoints.auth import Guards
from padan.registry.entrypoints.web import build_web_router
from padan.registry.settings import Settings
from padan.shared.auth import Principal, Role, decode_token, hash_password, issue_token
from padan.shared.http import install_web_security
from padan.shared.ratelimit import Backoff
from padan.shared.web_sessions import WEB_COOKIE, signin_link

OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
PASSWORD = "kain-tapis-siger-2026"
NIB = "8120000000007"
SUPPLIER_ID = aggregate_id(Kind.SUPPLIER, NIB)
EMAIL = "rohana@tapis.example.id"
PAGES = "http://pages.example"


def _ignore(_: str, __: Any) -> None:
    return None


class Site:
    def __init__(self) -> None:
        self.repository = FakeRegistryRepository()
        self.accounts = FakeAccounts()
        self.guards = Guards(Settings())
        self.auth = self.guards.settings
        throttle = LoginThrottle("20/15 minutes", Backoff(free=3, base=1.0, cap=900.0), "50/hour")
        self.app = FastAPI()
        install_web_security(self.app, self.auth.secret())
        self.app.include_router(build_router(self.repository, self.guards, _ignore))
        self.app.include_router(build_accounts_router(self.accounts, self.repository, self.guards, throttle=throttle))
        self.app.include_router(
            build_web_router(
                self.repository,
                self.guards,
                _ignore,
                claims=FakeClaims(),
                sessions=self.accounts,
                login_throttle=throttle,
                pages_base_url=PAGES,
            )
        )
        self.client = TestClient(self.app, follow_redirects=False)
        profile = {"nib": NIB, "name": "Tapis Jejama", "region_code": "18.71", "scale": "kecil", "email": EMAIL}
        assert self.client.post("/api/v1/suppliers", json=profile, headers=OPERATOR).status_code == 200
        self.accounts.accounts[EMAIL] = Account(
            email=EMAIL, password_hash=hash_password(PASSWORD), role=Role.SUPPLIER, organisation_id=SUPPLIER_ID
        )

    def csrf(self, path: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', self.client.get(path).text)
        assert found is not None
        return found.group(1)

    def sign_in(self, email: str, password: str, lanjut: str = "") -> Any:
        form = {"csrf_token": self.csrf("/masuk"), "email": email, "password": password, "lanjut": lanjut}
        return self.client.post("/masuk", data=form)

    def link(self, next_path: str = "/peluang#mat-1", email: str = EMAIL, ttl: int | None = None) -> str:
        extra = {} if ttl is None else {"ttl": ttl}
        url = signin_link(
            self.auth, "http://registry.example", email=email, role=Role.SUPPLIER, organisation_id=SUPPLIER_ID,
            next_path=next_path, **extra,
        )  # fmt: skip
        return unquote(url.split("?t=", 1)[1])

    def redeem(self, token: str) -> Any:
        return self.client.post("/masuk/tautan", data={"csrf_token": self.csrf("/masuk"), "t": token})


@pytest.fixture
def site() -> Site:
    return Site()


def test_the_form_signs_in_with_a_web_cookie_and_leads_to_the_suppliers_opportunities(site: Site) -> None:
    wrong = site.sign_in(EMAIL, "salah-sekali-kata-sandinya")
    assert wrong.status_code == 401 and "Email atau kata sandi salah" in wrong.text
    assert WEB_COOKIE not in site.client.cookies

    done = site.sign_in(EMAIL.upper(), PASSWORD)
    assert done.status_code == 303 and done.headers["location"] == f"{PAGES}/peluang"
    cookie = done.headers["set-cookie"]
    assert f"{WEB_COOKIE}=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    token = site.client.cookies[WEB_COOKIE]
    principal, _ = decode_token(site.auth, token, kind="web")
    assert (principal.role, principal.organisation_id) == (Role.SUPPLIER, SUPPLIER_ID)
    with pytest.raises(HTTPException):
        decode_token(site.auth, token, kind="access")  # a page cookie is never a bearer token
    assert site.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    # The form page lets the pages' host receive the redirect (form-action), and says who is signed in.
    page = site.client.get("/masuk")
    assert "form-action 'self' http://pages.example" in page.headers["content-security-policy"]
    assert 'id="signed-in"' in page.text


def test_the_form_returns_to_the_page_asked_for_but_never_to_another_site(site: Site) -> None:
    assert site.sign_in(EMAIL, PASSWORD, "/peluang?status=berminat").headers["location"] == (
        f"{PAGES}/peluang?status=berminat"
    )
    assert site.sign_in(EMAIL, PASSWORD, "//evil.example/x").headers["location"] == f"{PAGES}/peluang"
    assert site.sign_in(EMAIL, PASSWORD, "https://evil.example").headers["location"] == f"{PAGES}/peluang"


def test_the_form_shares_the_apis_throttle(site: Site) -> None:
    for _ in range(4):  # three free failures, then each one makes the next wait
        assert site.client.post("/api/v1/auth/login", json={"email": EMAIL, "password": "x"}).status_code == 401
    refused = site.sign_in(EMAIL, PASSWORD)
    assert refused.status_code == 429 and "Terlalu banyak percobaan" in refused.text


def test_a_one_time_link_signs_in_once_and_refuses_a_replay(site: Site) -> None:
    token = site.link()
    shown = site.client.get("/masuk/tautan", params={"t": token})
    assert shown.status_code == 200 and EMAIL in shown.text and "Masuk dan lanjutkan" in shown.text
    assert WEB_COOKIE not in site.client.cookies, "opening the link (a mail scanner may) does not spend it"

    first = site.redeem(token)
    assert first.status_code == 303 and first.headers["location"] == f"{PAGES}/peluang#mat-1"
    principal, _ = decode_token(site.auth, site.client.cookies[WEB_COOKIE], kind="web")
    assert (principal.subject, principal.organisation_id) == (EMAIL, SUPPLIER_ID)

    site.client.cookies.clear()
    replay = site.redeem(token)
    assert replay.status_code == 410 and "sudah dipakai" in replay.text
    assert WEB_COOKIE not in site.client.cookies


def test_a_link_is_refused_when_expired_forged_or_no_longer_the_partys_contact(site: Site) -> None:
    assert site.redeem(site.link(ttl=-60)).status_code == 410
    assert site.redeem(site.link()[:-4] + "AAAA").status_code == 410
    assert site.redeem(site.link(email="someone-else@example.id")).status_code == 410
    web, _ = issue_token(site.auth, Principal(EMAIL, Role.SUPPLIER, SUPPLIER_ID), kind="web")
    assert site.redeem(web).status_code == 410, "a session token is not a link"
    assert site.client.get("/masuk/tautan", params={"t": "rusak"}).status_code == 410
    with pytest.raises(ValueError, match="next_path"):
        site.link(next_path="https://evil.example/")


def test_signing_out_ends_the_web_session(site: Site) -> None:
    site.sign_in(EMAIL, PASSWORD)
    token = site.client.cookies[WEB_COOKIE]
    session_id = decode_token(site.auth, token, kind="web")[0].session_id
    assert 'id="signout-form"' in site.client.get("/keluar").text
    out = site.client.post("/keluar", data={"csrf_token": site.csrf("/keluar")})
    assert out.status_code == 303 and out.headers["location"] == "/masuk?keluar=1"
    assert site.accounts.sessions[str(session_id)]["revoked"] is True
    with pytest.raises(HTTPException):
        decode_token(site.auth, token, kind="web")
    assert "Anda sudah keluar" in site.client.get("/masuk?keluar=1").text
