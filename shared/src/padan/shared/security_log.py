"""The security log: who signed in, who failed, who was throttled, whose session ended, who changed roles,
ownership or verification, and every operator write — one structured line each, on the logger
`padan.security`, so an operator can filter them out of the service log (`"logger": "padan.security"`).

Every line names the actor (an account's email, `operator:<key fingerprint>`, or null for an unknown
caller) and the client address where there is one. Secrets never appear: callers pass no password, token or
key, and the shared redaction (padan.shared.logging) masks any field whose name says it is one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, HTTPException, Request, Response

from padan.shared.logging import get_logger

if TYPE_CHECKING:
    from padan.shared.auth import AuthSettings

LOGGER = "padan.security"

_log = get_logger(LOGGER)


def security_event(event: str, *, actor: str | None, level: str = "info", **fields: Any) -> None:
    """One security log line: `event` (e.g. `login_failed`), the actor, and the facts of the case."""
    emit = _log.warning if level == "warning" else _log.info
    emit(event, logger=LOGGER, actor=actor, **fields)


def install_operator_write_log(app: FastAPI, auth: AuthSettings) -> None:
    """Log every data-changing request an operator makes (API key), with its outcome."""
    from padan.shared.auth import Role, principal_from_request  # auth logs through this module

    @app.middleware("http")
    async def log_operator_writes(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.method not in {"POST", "PUT", "PATCH", "DELETE"} or "x-api-key" not in request.headers:
            return await call_next(request)
        try:
            principal = principal_from_request(request, auth)
        except HTTPException:
            principal = None  # refused: the refusal is logged where it is decided
        response = await call_next(request)
        if principal is not None and principal.role is Role.OPERATOR:
            security_event(
                "operator_write", actor=principal.subject, method=request.method, path=request.url.path,
                status=response.status_code, address=request.client.host if request.client else None,
            )  # fmt: skip
        return response
