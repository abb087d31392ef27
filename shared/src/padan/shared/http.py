"""HTTP pieces every service's FastAPI app shares: health, readiness, metrics, traces, bilingual validation
errors, a request body limit, and for server-rendered pages CSRF protection and security headers
(`install_web_security`)."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from enum import Enum
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from padan.shared import metrics as padan_metrics
from padan.shared.pages import DOCS_CSP, DOCS_PATHS, install_pages, validation_error_page
from padan.shared.tracing import server_span

ReadinessCheck = Callable[[], Awaitable[None]]
#: The JSON APIs' request body limit unless a service's PADAN_<SVC>_MAX_REQUEST_BYTES says otherwise.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024

# Indonesian wording for pydantic's error types; English stays pydantic's own message.
_MESSAGES_ID: dict[str, str] = {
    "missing": "wajib diisi",
    "string_too_short": "terlalu pendek",
    "string_too_long": "terlalu panjang",
    "string_pattern_mismatch": "formatnya tidak sesuai",
    "int_parsing": "harus berupa bilangan bulat",
    "int_type": "harus berupa bilangan bulat",
    "float_parsing": "harus berupa angka",
    "greater_than_equal": "nilainya terlalu kecil",
    "greater_than": "nilainya terlalu kecil",
    "less_than_equal": "nilainya terlalu besar",
    "less_than": "nilainya terlalu besar",
    "enum": "pilihan tidak dikenal",
    "literal_error": "pilihan tidak dikenal",
    "bool_parsing": "harus ya/tidak (true/false)",
    "date_from_datetime_parsing": "tanggal tidak valid (YYYY-MM-DD)",
    "date_parsing": "tanggal tidak valid (YYYY-MM-DD)",
    "json_invalid": "JSON tidak valid",
    "value_error": "nilai tidak valid",
    "extra_forbidden": "kolom tidak dikenal",
    "model_attributes_type": "harus berupa objek",
    "list_type": "harus berupa daftar",
    "string_type": "harus berupa teks",
}


def field_errors(errors: Any) -> list[dict[str, str]]:
    """Pydantic errors as {field, message_id, message_en}, one per field problem."""
    result = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
        message_en = str(error.get("msg", "invalid"))
        message_id = _MESSAGES_ID.get(str(error.get("type")), "nilai tidak valid")
        if str(error.get("type")) == "value_error":
            message_id = message_en.removeprefix("Value error, ")
        result.append({"field": ".".join(location) or "(body)", "message_id": message_id, "message_en": message_en})
    return result


async def _validation_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    page = validation_error_page(request, exc)
    if page is not None:  # a web page's link or form: a page that says which field, not JSON
        return page
    return JSONResponse(
        status_code=422,
        content={
            "detail": "Data tidak valid / Invalid data",
            "errors": field_errors(exc.errors()),
        },
    )


# Probes and scrapes are frequent and say nothing about users: no spans, no request metrics for them.
_OPERATIONS_PATHS = ("/health", "/ready", "/metrics")


def query_filters(**values: Any) -> dict[str, Any]:
    """A list endpoint's query parameters as a store filter: those given (an empty or absent one filters
    nothing), an enum by its value."""
    return {key: value.value if isinstance(value, Enum) else value for key, value in values.items() if value}


def _route_template(request: Request) -> str:
    """The path template (`/api/v1/needs/{need_id}`), never the raw path: bounded label values."""
    for route in request.scope["app"].router.routes:
        match, _ = route.matches(request.scope)
        if match is Match.FULL:
            return str(getattr(route, "path", "other"))
    return "unmatched"


def install_common(
    app: FastAPI,
    checks: Mapping[str, ReadinessCheck],
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    body_limits: Mapping[str, int] | None = None,
) -> None:
    """Health (liveness), readiness (every dependency answers), Prometheus metrics, request metrics and
    OpenTelemetry spans, error format, the request body limit (`body_limits`: another limit for some
    exact paths, e.g. a file upload); offline API docs, favicon and error pages (padan.shared.pages)."""
    router = APIRouter(tags=["operations"])

    @router.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/ready")
    async def ready() -> JSONResponse:
        results: dict[str, str] = {}
        for name, check in checks.items():
            try:
                await check()
                results[name] = "ok"
            except Exception as exc:
                results[name] = f"unavailable: {type(exc).__name__}"
        ok = all(value == "ok" for value in results.values())
        return JSONResponse(status_code=200 if ok else 503, content={"ready": ok, "checks": results})

    @router.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(router)
    install_pages(app)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes, limits=dict(body_limits or {}))
    app.add_middleware(RequestObservability)


# ---------------------------------------------------------------- request body limit


def _body_too_large_message(limit: int) -> str:
    shown = f"{limit:,}".replace(",", ".")
    return f"Isi permintaan terlalu besar (batas {shown} bita) / request body too large (limit {shown} bytes)"


class BodyTooLarge(HTTPException):
    """Raised from `receive` when the streamed body passes the limit. An HTTPException, so that FastAPI's
    body parsing lets it through (it turns other errors into a 400) and it is answered as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=_body_too_large_message(limit))


class BodyLimitMiddleware:
    """Pure ASGI: a request whose Content-Length passes the limit is answered 413 before a byte of its body
    is read; one without (chunked) is counted as it streams in and stopped at the limit. Either way nothing
    is parsed: a 10 MB JSON body no longer costs its parse before the 422. Per-path `limits` (exact paths)
    let a file upload stream more."""

    def __init__(self, app: ASGIApp, max_bytes: int, limits: Mapping[str, int] | None = None) -> None:
        self.app = app
        self._max = max_bytes
        self._limits = dict(limits or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limits.get(str(scope["path"]).rstrip("/") or "/", self._max)
        declared = Request(scope).headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, send, limit)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, send: Send, limit: int) -> None:
        # Connection: close, since the rest of the body is never read.
        response = JSONResponse(
            {"detail": _body_too_large_message(limit)}, status_code=413, headers={"connection": "close"}
        )
        await response(scope, _replay(b""), send)


class RequestObservability:
    """Pure ASGI middleware: a SERVER span per request (continuing the caller's W3C `traceparent`) and the
    request metrics. Written out instead of OpenTelemetry's FastAPI instrumentation, which made the
    registry's feed import about 9x slower here (its demo-load test: 170-206 s against 19-23 s)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _OPERATIONS_PATHS:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        started = time.perf_counter()
        route = _route_template(request)
        with server_span(request.method, route, dict(request.headers)) as span:
            try:
                await self.app(scope, receive, send_status)
            finally:
                span.set_attribute("http.response.status_code", status)
                service = padan_metrics.service()
                padan_metrics.HTTP_REQUESTS.labels(service, request.method, route, str(status)).inc()
                padan_metrics.HTTP_SECONDS.labels(service, route).observe(time.perf_counter() - started)


# ---------------------------------------------------------------- pages: CSRF and security headers

CSRF_COOKIE = "padan_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_MAX_FORM_BYTES = 2 * 1024 * 1024
# Pages carry their CSS inline and no scripts; nothing may frame them, forms post only to the same origin.
PAGE_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_REFUSED_PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Permintaan ditolak</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>Permintaan ditolak</h1><p id="csrf-error">{reason_id} Muat ulang halaman formulir, lalu kirim lagi.</p>
<p lang="en">Request refused: {reason_en} Reload the form page and submit again.</p></body></html>"""


class _CsrfState:
    """The request's token; the cookie is (re)issued only when a page actually used a new token."""

    def __init__(self, token: str, *, new: bool) -> None:
        self.token, self.new, self.used = token, new, False


def csrf_token(request: Request) -> str:
    """The token a form must send back in its hidden `csrf_token` field (or the `X-CSRF-Token` header)."""
    state: _CsrfState = request.scope["padan_csrf"]
    state.used = True
    return state.token


class CSRFMiddleware:
    """Signed double-submit token: a random value signed with the service secret (itsdangerous) lives in an
    HttpOnly SameSite=Strict cookie, and every unsafe request to a page must carry the same value in its
    form (or header). A forged cross-site post cannot read the cookie to copy it, and without the secret
    cannot mint a cookie of its own. JSON APIs under `exempt_prefixes` authenticate with headers (API key,
    bearer token), which a browser never adds by itself, so they are not CSRF targets."""

    def __init__(
        self,
        app: ASGIApp,
        secret: str,
        *,
        exempt_prefixes: Sequence[str] = ("/api/",),
        max_age_seconds: int = 12 * 3600,
        https_only: bool = False,
    ) -> None:
        self.app = app
        self._signer = URLSafeTimedSerializer(secret, salt="padan-csrf")
        self._exempt = tuple(exempt_prefixes)
        self._max_age = max_age_seconds
        self._https_only = https_only

    def _valid(self, token: str | None) -> bool:
        if not token:
            return False
        try:
            self._signer.loads(token, max_age=self._max_age)
        except BadSignature:  # also SignatureExpired
            return False
        return True

    @staticmethod
    async def _check(scope: Scope, body: bytes | None, cookie: str | None) -> HTMLResponse | None:
        """None when the request carries the cookie's token; else the refusal to send."""
        if body is None:
            return _refusal(413, "formulir terlalu besar.", "form too large.")
        submitted = await _submitted_token(scope, body)
        if not submitted:
            return _refusal(403, "token keamanan formulir (CSRF) tidak ada.",
                            "the form's security (CSRF) token is missing.")  # fmt: skip
        if cookie is None or not hmac.compare_digest(submitted, cookie):
            return _refusal(403, "token keamanan formulir (CSRF) tidak sah atau kedaluwarsa.",
                            "the form's security (CSRF) token is invalid or expired.")  # fmt: skip
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookie = Request(scope).cookies.get(CSRF_COOKIE)
        valid = self._valid(cookie)
        if valid and cookie:
            state = _CsrfState(cookie, new=False)
        else:
            state = _CsrfState(self._signer.dumps(secrets.token_hex(16)), new=True)
        scope["padan_csrf"] = state
        if scope["method"] in _UNSAFE_METHODS and not str(scope["path"]).startswith(self._exempt):
            body = await _read_body(receive)
            refusal = await self._check(scope, body, cookie if valid else None)
            if refusal is not None:
                await refusal(scope, _replay(b""), send)
                return
            receive = _replay(body or b"")

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and state.new and state.used:
                response = Response()
                response.set_cookie(CSRF_COOKIE, state.token, max_age=self._max_age, httponly=True,
                                    samesite="strict", secure=self._https_only)  # fmt: skip
                MutableHeaders(scope=message).append("set-cookie", response.headers["set-cookie"])
            await send(message)

        await self.app(scope, receive, send_with_cookie)


async def _read_body(receive: Receive) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > _MAX_FORM_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _submitted_token(scope: Scope, body: bytes) -> str:
    request = Request(scope, receive=_replay(body))
    if header := request.headers.get(CSRF_HEADER):
        return header
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        return ""
    try:
        form = await request.form()
    except Exception:  # a malformed body has no token in it
        return ""
    value = form.get(CSRF_FIELD)
    await form.close()
    return value if isinstance(value, str) else ""


def _refusal(status: int, reason_id: str, reason_en: str) -> HTMLResponse:
    page = _REFUSED_PAGE.format(reason_id=f"Permintaan ditolak: {reason_id}", reason_en=reason_en)
    return HTMLResponse(page, status_code=status)


class SecurityHeadersMiddleware:
    """CSP (with frame-ancestors), X-Content-Type-Options, Referrer-Policy and X-Frame-Options on every
    response; the API docs pages get theirs (padan.shared.pages.DOCS_CSP: scripts from this origin only)."""

    def __init__(self, app: ASGIApp, *, csp: str = PAGE_CSP, docs_paths: Sequence[str] = DOCS_PATHS) -> None:
        self.app = app
        self._csp = csp
        self._docs = tuple(docs_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if str(scope["path"]).startswith(self._docs) else self._csp

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("content-security-policy", csp)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "same-origin")
                headers.setdefault("x-frame-options", "DENY")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_web_security(
    app: FastAPI,
    secret: str,
    *,
    csp: str = PAGE_CSP,
    exempt_prefixes: Sequence[str] = ("/api/",),
    https_only: bool = False,
) -> None:
    """CSRF tokens on every page form (templates put `csrf_token(request)` in a hidden `csrf_token` field)
    and security headers on every response."""
    app.add_middleware(CSRFMiddleware, secret=secret, exempt_prefixes=exempt_prefixes, https_only=https_only)
    app.add_middleware(SecurityHeadersMiddleware, csp=csp)
