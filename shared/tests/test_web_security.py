"""CSRF tokens and security headers for server-rendered pages (padan.shared.http.install_web_security)."""

from __future__ import annotations

import re

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.testclient import TestClient

from padan.shared.http import CSRF_COOKIE, CSRF_FIELD, csrf_token, install_web_security

SECRET = "test-secret-for-csrf"


def _app(secret: str = SECRET) -> FastAPI:
    app = FastAPI()
    install_web_security(app, secret)

    @app.get("/form", response_class=HTMLResponse)
    async def form(request: Request) -> str:
        return f'<form method="post"><input type="hidden" name="{CSRF_FIELD}" value="{csrf_token(request)}"></form>'

    @app.post("/form", response_class=PlainTextResponse)
    async def submit(request: Request) -> str:
        data = await request.form()
        return f"ok {data.get('name')}"

    @app.post("/api/v1/things")
    async def api() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/plain")
    async def plain() -> dict[str, bool]:
        return {"ok": True}

    return app


def _token(client: TestClient) -> str:
    page = client.get("/form")
    match = re.search(r'value="([^"]+)"', page.text)
    assert match is not None
    return match.group(1)


def test_a_page_form_round_trips_with_its_token() -> None:
    client = TestClient(_app())
    token = _token(client)
    assert client.cookies.get(CSRF_COOKIE) == token
    answer = client.post("/form", data={CSRF_FIELD: token, "name": "Tapis"})
    assert (answer.status_code, answer.text) == (200, "ok Tapis")
    multipart = client.post("/form", data={CSRF_FIELD: token, "name": "Kopi"}, files={"f": ("a.txt", b"x")})
    assert (multipart.status_code, multipart.text) == (200, "ok Kopi")
    assert client.post("/form", data={"name": "Tapis"}, headers={"X-CSRF-Token": token}).status_code == 200
    assert _token(client) == token, "a valid cookie is kept, not re-issued"


def test_a_post_without_a_token_is_refused_in_indonesian() -> None:
    client = TestClient(_app())
    _token(client)
    answer = client.post("/form", data={"name": "Tapis"})
    assert answer.status_code == 403
    assert "token keamanan formulir (CSRF) tidak ada" in answer.text
    assert "Muat ulang halaman formulir" in answer.text and 'lang="id"' in answer.text


def test_a_bad_or_forged_token_is_refused() -> None:
    client = TestClient(_app())
    token = _token(client)
    wrong = client.post("/form", data={CSRF_FIELD: token[:-2] + "xx", "name": "Tapis"})
    assert wrong.status_code == 403 and "tidak sah atau kedaluwarsa" in wrong.text
    # An attacker who sets both cookie and field to a value of its own, without the secret, fails too.
    forger = TestClient(_app())
    forger.cookies.set(CSRF_COOKIE, "forged-value")
    forged = forger.post("/form", data={CSRF_FIELD: "forged-value"})
    assert forged.status_code == 403 and "tidak sah" in forged.text
    # A well-formed token signed with another secret is not accepted either.
    elsewhere = _token(TestClient(_app("another-secret")))
    stranger = TestClient(_app())
    stranger.cookies.set(CSRF_COOKIE, elsewhere)
    assert stranger.post("/form", data={CSRF_FIELD: elsewhere}).status_code == 403
    assert client.post("/form", data={CSRF_FIELD: token}).status_code == 200


def test_json_apis_are_exempt_and_cookies_are_only_issued_to_forms() -> None:
    client = TestClient(_app())
    assert client.post("/api/v1/things", json={}).status_code == 200
    assert CSRF_COOKIE not in client.get("/plain").headers.get("set-cookie", "")


def test_security_headers_on_every_response() -> None:
    client = TestClient(_app())
    headers = client.get("/form").headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]  # default-src 'none' forbids scripts
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"
    cookie = headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    docs_csp = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self'" in docs_csp and "frame-ancestors 'none'" in docs_csp
    assert "unsafe-inline" not in docs_csp.split("script-src")[1].split(";")[0]  # no inline scripts on the docs
