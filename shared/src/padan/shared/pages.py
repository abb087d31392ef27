"""What every service shows a person, besides its own pages: API docs that work offline, a favicon, and
error pages in Bahasa Indonesia.

- `/docs` (Swagger UI) and `/redoc` (ReDoc) load their scripts and styles from this service
  (`/static/docs/...`, the assets the `fastapi-offline` package ships), never from a CDN, so they render on a
  laptop without internet, and their CSP (`DOCS_CSP`) allows scripts from this origin only.
- `/favicon.ico` and `/favicon.svg`: the Padan mark, so no page logs a 404 for it.
- `page_templates`: a service's page templates, which extend the one layout of every Padan page
  (`templates/padan/layout.html`: the head, the favicon, the base CSS; shipped with this package).
- Errors of web pages (404, 422, 500, ...) are a page on that layout (`templates/padan/error.html`) that says
  what happened and where to go, in Bahasa Indonesia with an English line for operators; the JSON APIs
  (`/api/...`) and JSON clients keep JSON errors.
"""

from __future__ import annotations

from html import escape
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from padan.shared.logging import get_logger

log = get_logger(__name__)

STATIC = Path(__file__).parent / "static"
#: Where "padan/layout.html" is, the layout a service's base.html extends.
LAYOUTS = Path(__file__).parent / "templates"
_VENDOR = Path(str(files("fastapi_offline") / "static"))
DOCS_ASSETS_PATH = "/static/docs"
#: name -> (file, media type): the only files served under DOCS_ASSETS_PATH.
DOCS_ASSETS: dict[str, tuple[Path, str]] = {
    "swagger-ui-bundle.js": (_VENDOR / "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": (_VENDOR / "swagger-ui.css", "text/css; charset=utf-8"),
    "redoc.standalone.js": (_VENDOR / "redoc.standalone.js", "text/javascript; charset=utf-8"),
    "swagger-init.js": (STATIC / "swagger-init.js", "text/javascript; charset=utf-8"),
}
DOCS_PATHS = ("/docs", "/redoc", DOCS_ASSETS_PATH)
# Scripts only from this origin (the vendored bundles and our init file); ReDoc styles itself with injected
# <style> elements (styled-components) and runs its search in a worker made from a blob, hence those two.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; form-action 'none'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_JSON_PATHS = ("/api/", "/health", "/ready", "/metrics", "/openapi.json")

_SWAGGER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · API</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{assets}/swagger-ui.css"></head>
<body><div id="swagger-ui" data-openapi-url="{openapi}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script><script src="{assets}/swagger-init.js"></script></body></html>"""
_REDOC_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · API</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body style="margin:0"><redoc spec-url="{openapi}"></redoc><script src="{assets}/redoc.standalone.js"></script>
</body></html>"""

_ERRORS: dict[int, tuple[str, str, str]] = {
    400: ("Permintaan tidak valid", "Alamat atau isian yang dikirim tidak dapat dibaca.", "Bad request."),
    401: ("Perlu masuk terlebih dahulu", "Halaman ini hanya untuk pengguna yang sudah masuk.", "Sign-in required."),
    403: ("Akses ditolak", "Anda tidak berhak membuka atau mengubah data ini.", "Forbidden."),
    404: (
        "Halaman tidak ditemukan",
        "Alamat ini tidak ada, atau datanya sudah dihapus. Periksa tautannya, atau mulai dari beranda.",
        "Page not found.",
    ),
    405: ("Cara akses tidak didukung", "Halaman ini tidak menerima permintaan seperti itu.", "Method not allowed."),
    409: ("Tidak dapat diproses sekarang", "Data ini sedang dalam keadaan lain; muat ulang halamannya.", "Conflict."),
    413: ("Kiriman terlalu besar", "Isian atau berkas yang dikirim melebihi batas.", "Payload too large."),
    422: (
        "Isian tidak lengkap atau tidak valid",
        "Beberapa isian kurang atau formatnya tidak sesuai. Periksa tautan atau formulirnya, lalu coba lagi.",
        "Unprocessable request: some fields are missing or invalid.",
    ),
    429: ("Terlalu banyak permintaan", "Tunggu sebentar, lalu coba lagi.", "Too many requests."),
    500: (
        "Maaf, terjadi kesalahan di server",
        "Permintaan Anda tidak selesai. Coba lagi beberapa saat lagi; bila terus terjadi, hubungi tim P3DN.",
        "Internal server error; the operators can find it in the service's log.",
    ),
    503: ("Layanan belum siap", "Layanan sedang dimulai atau dipelihara. Coba lagi sebentar lagi.", "Unavailable."),
}


def page_templates(directory: Path) -> Jinja2Templates:
    """A service's page templates in `directory`, which find the shared layout as "padan/layout.html"."""
    return Jinja2Templates(directory=[directory, LAYOUTS])


_LAYOUT = Jinja2Templates(directory=LAYOUTS)  # the error page: the layout of every page, in any service


def wants_page(request: Request) -> bool:
    """A person's browser on a web page, not a JSON client: the API paths always answer JSON; elsewhere a
    client that asks for JSON and not HTML gets JSON."""
    if request.url.path.startswith(_JSON_PATHS):
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept or "application/json" not in accept


def error_page(status: int, *, detail: str = "", fields: list[dict[str, str]] | None = None) -> HTMLResponse:
    title, explanation, english = _ERRORS.get(
        status,
        ("Permintaan tidak dapat diproses", "Coba lagi, atau mulai dari beranda.", "The request failed."),
    )
    page = _LAYOUT.env.get_template("padan/error.html").render(
        status=status, title=title, explanation=explanation, detail=detail, fields=fields or [], english=english
    )
    return HTMLResponse(page, status_code=status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if not wants_page(request):
        return await http_exception_handler(request, exc)
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != _default_phrase(exc.status_code) else ""
    response = error_page(exc.status_code, detail=detail)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


def _default_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def validation_error_page(request: Request, exc: RequestValidationError) -> HTMLResponse | None:
    """The 422 page for a web page's request, or None for a JSON client."""
    from padan.shared.http import field_errors

    if not wants_page(request):
        return None
    return error_page(422, fields=field_errors(exc.errors()))


async def _server_error(request: Request, exc: Exception) -> Response:
    log.error("unhandled_error", path=request.url.path, error=type(exc).__name__, exc_info=exc)
    if wants_page(request):
        return error_page(500)
    return JSONResponse({"detail": "Kesalahan server / Internal server error"}, status_code=500)


class DocsHeaders:
    """The docs pages' CSP (and the usual hardening headers) on every service, also those without
    `install_web_security`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope["path"]).startswith(DOCS_PATHS):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                from starlette.datastructures import MutableHeaders

                headers = MutableHeaders(scope=message)
                headers["content-security-policy"] = DOCS_CSP
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "same-origin")
                headers.setdefault("x-frame-options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _without_cdn_docs(app: FastAPI) -> list[BaseRoute]:
    cdn_paths = {app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url}
    return [route for route in app.router.routes if not (isinstance(route, Route) and route.path in cdn_paths)]


def install_pages(app: FastAPI) -> None:
    """Offline API docs, the favicon and the error pages (called by `install_common`)."""
    docs_url, redoc_url = app.docs_url or "/docs", app.redoc_url or "/redoc"
    openapi_url = app.openapi_url or "/openapi.json"
    app.router.routes[:] = _without_cdn_docs(app)
    title = escape(app.title)

    @app.get(docs_url, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(_SWAGGER_PAGE.format(title=title, openapi=openapi_url, assets=DOCS_ASSETS_PATH))

    @app.get(redoc_url, include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return HTMLResponse(_REDOC_PAGE.format(title=title, openapi=openapi_url, assets=DOCS_ASSETS_PATH))

    @app.get(DOCS_ASSETS_PATH + "/{name}", include_in_schema=False)
    async def docs_asset(name: str) -> FileResponse:
        if name not in DOCS_ASSETS:
            raise StarletteHTTPException(404, "Berkas tidak ada / no such file")
        path, media_type = DOCS_ASSETS[name]
        return FileResponse(path, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon_ico() -> FileResponse:
        return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon", headers=_ICON_CACHE)

    @app.get("/favicon.svg", include_in_schema=False)
    async def favicon_svg() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml", headers=_ICON_CACHE)

    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _server_error)
    app.add_middleware(DocsHeaders)


_ICON_CACHE = {"Cache-Control": "public, max-age=604800"}
