"""Rate limits: a moving window per caller, in the process's memory (the `limits` library).

Writes by suppliers, buyers and anonymous callers are limited per caller (token subject, else client
address); operators' integrations are not. Each replica counts on its own, so N replicas admit up to N
times the limit: the limits are a guard against abuse and runaway scripts, not a quota.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from padan.shared.auth import AuthSettings, Role, principal_from_request

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class RateLimiter:
    def __init__(self, limit: str) -> None:
        self.item: RateLimitItem = parse(limit)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, *key: str) -> bool:
        """Count one request; False when the caller is over the limit."""
        return bool(self._limiter.hit(self.item, *key))

    def allowed(self, *key: str) -> bool:
        """Would one more be admitted? (does not count)."""
        return bool(self._limiter.test(self.item, *key))

    def retry_after(self, *key: str) -> int:
        reset, _ = self._limiter.get_window_stats(self.item, *key)
        return max(1, int(reset - time.time()))

    def clear(self, *key: str) -> None:
        self._limiter.clear(self.item, *key)


def too_many(seconds: int) -> JSONResponse:
    return JSONResponse(
        status_code=429,
        content={
            "detail": "Terlalu banyak permintaan, coba lagi nanti / too many requests",
            "retry_after_seconds": seconds,
        },
        headers={"Retry-After": str(seconds)},
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def install_write_rate_limit(
    app: FastAPI, auth: AuthSettings, limit: str, exempt_prefixes: tuple[str, ...] = ("/api/v1/auth/",)
) -> None:
    """Limit data-changing requests per caller (e.g. limit="120/minute"). Sign-in and session endpoints
    have limits of their own and are exempt."""
    limiter = RateLimiter(limit)

    @app.middleware("http")
    async def limit_writes(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.method not in WRITE_METHODS or request.url.path.startswith(exempt_prefixes):
            return await call_next(request)
        try:
            principal = principal_from_request(request, auth)
        except HTTPException:
            principal = None  # the endpoint itself answers 401; count it against the address
        if principal is not None and principal.role is Role.OPERATOR:
            return await call_next(request)
        caller = f"sub:{principal.subject}" if principal else f"ip:{client_address(request)}"
        if not limiter.hit("write", caller):
            return too_many(limiter.retry_after("write", caller))
        return await call_next(request)
