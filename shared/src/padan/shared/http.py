"""HTTP pieces every service's FastAPI app shares: health, readiness, metrics, traces, bilingual validation errors."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.routing import Match

from padan.shared import metrics as padan_metrics

ReadinessCheck = Callable[[], Awaitable[None]]

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


async def _validation_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(
        status_code=422,
        content={
            "detail": "Data tidak valid / Invalid data",
            "errors": field_errors(exc.errors()),
        },
    )


# Probes and scrapes are frequent and say nothing about users: no spans, no request metrics for them.
_OPERATIONS_PATHS = ("/health", "/ready", "/metrics")


def _route_template(request: Request) -> str:
    """The path template (`/api/v1/needs/{need_id}`), never the raw path: bounded label values."""
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match is Match.FULL:
            return str(getattr(route, "path", "other"))
    return "unmatched"


def install_common(app: FastAPI, checks: Mapping[str, ReadinessCheck]) -> None:
    """Health (liveness), readiness (every dependency answers), Prometheus metrics, request metrics and
    OpenTelemetry spans (FastAPI instrumentation), error format."""
    router = APIRouter(tags=["operations"])

    @app.middleware("http")
    async def request_metrics(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.url.path in _OPERATIONS_PATHS:
            return await call_next(request)
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            route = _route_template(request)
            padan_metrics.HTTP_REQUESTS.labels(padan_metrics.service(), request.method, route, str(status)).inc()
            padan_metrics.HTTP_SECONDS.labels(padan_metrics.service(), route).observe(time.perf_counter() - started)

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
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    FastAPIInstrumentor.instrument_app(app, excluded_urls=",".join(_OPERATIONS_PATHS))
