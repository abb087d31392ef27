"""Offline API docs, favicon and error pages (padan.shared.pages), installed by install_common."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
import uvicorn
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse
from fastapi.testclient import TestClient

from padan.cli.testing import free_port, wait_until
from padan.shared.http import install_common
from padan.shared.pages import DOCS_ASSETS

if TYPE_CHECKING:
    from playwright.sync_api import Browser


def _app() -> FastAPI:
    app = FastAPI(title="Padan test")
    install_common(app, {})

    @app.get("/halaman", response_class=HTMLResponse)
    async def page(token: str = Query(...)) -> str:
        return f"<p>{token}</p>"

    @app.get("/barang/{item_id}", response_class=HTMLResponse)
    async def item(item_id: str) -> str:
        raise HTTPException(404, "Barang tidak ditemukan / item not found")

    @app.get("/rusak", response_class=HTMLResponse)
    async def broken() -> str:
        raise RuntimeError("boom")

    @app.get("/api/v1/things/{thing_id}")
    async def thing(thing_id: int) -> dict[str, int]:
        raise HTTPException(404, "Tidak ada / not found")

    return app


def test_every_docs_asset_is_shipped_by_the_package() -> None:
    for name, (path, _) in DOCS_ASSETS.items():
        assert path.stat().st_size > 500, name  # real files, not pointers to a CDN


def test_docs_pages_load_nothing_from_another_origin() -> None:
    client = TestClient(_app())
    for url in ("/docs", "/redoc"):
        response = client.get(url)
        assert response.status_code == 200
        assert "cdn" not in response.text and "https://" not in response.text
        csp = response.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
    bundle = client.get("/static/docs/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and bundle.headers["content-type"].startswith("text/javascript")
    assert client.get("/static/docs/../pages.py").status_code == 404
    assert client.get("/static/docs/favicon.png").status_code == 404  # only the listed files


def test_favicon_on_every_service() -> None:
    client = TestClient(_app())
    ico = client.get("/favicon.ico")
    assert ico.status_code == 200 and ico.headers["content-type"] == "image/x-icon"
    assert ico.content[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert client.get("/favicon.svg").text.startswith("<svg")


def test_page_errors_are_pages_in_bahasa_indonesia() -> None:
    client = TestClient(_app(), raise_server_exceptions=False)
    missing = client.get("/tidak-ada", headers={"accept": "text/html"})
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "Halaman tidak ditemukan" in missing.text and "Page not found" in missing.text

    item = client.get("/barang/x", headers={"accept": "text/html"})
    assert item.status_code == 404 and "Barang tidak ditemukan" in item.text

    incomplete = client.get("/halaman", headers={"accept": "text/html"})
    assert incomplete.status_code == 422 and "Isian tidak lengkap" in incomplete.text
    assert "token" in incomplete.text and "wajib diisi" in incomplete.text

    broken = client.get("/rusak", headers={"accept": "text/html"})
    assert broken.status_code == 500 and "terjadi kesalahan" in broken.text and "boom" not in broken.text


def test_json_apis_keep_json_errors() -> None:
    client = TestClient(_app(), raise_server_exceptions=False)
    assert client.get("/api/v1/things/1", headers={"accept": "text/html"}).json() == {"detail": "Tidak ada / not found"}
    invalid = client.get("/api/v1/things/abc")
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["field"] == "thing_id"
    assert client.get("/halaman", headers={"accept": "application/json"}).json()["errors"][0]["field"] == "token"
    assert client.get("/rusak", headers={"accept": "application/json"}).json()["detail"].startswith("Kesalahan")


@pytest.fixture(scope="module")
def docs_server() -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: server.started, timeout=30, what="docs server started")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize(("path", "operation"), [("/docs", ".opblock"), ("/redoc", "[data-section-id]")])
def test_docs_render_operations_offline_in_chromium(
    docs_server: str, browser: Browser, path: str, operation: str
) -> None:
    """Chromium with every request off this host refused, as on a laptop without internet; the page
    still lists the API's operations, and nothing broke the CSP."""
    page = browser.new_page()
    elsewhere: list[str] = []
    violations: list[str] = []

    def only_this_host(route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        if urlsplit(request.url).netloc == urlsplit(docs_server).netloc:
            route.continue_()  # type: ignore[attr-defined]
        else:
            elsewhere.append(request.url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", only_this_host)
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(docs_server + path)
    page.wait_for_selector(operation, timeout=30_000)
    assert page.locator(operation).count() >= 2  # the test API's operations
    assert "/halaman" in page.content()
    assert elsewhere == []
    # ReDoc's sidebar credits its maker with a logo from its CDN; the CSP blocks it and nothing else.
    assert [v for v in violations if "cdn.redoc.ly/redoc/logo-mini.svg" not in v] == []
    page.close()
