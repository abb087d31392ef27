"""Rate limits: a moving window per caller, in the process's memory (the `limits` library), and an
exponential backoff per key for repeated failures (sign-in).

Writes by suppliers, buyers and anonymous callers are limited per caller (token subject, else client
address); operators' integrations are not. Each replica counts on its own, so N replicas admit up to N
times the limit: the limits are a guard against abuse and runaway scripts, not a quota.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

if TYPE_CHECKING:
    from padan.shared.auth import AuthSettings

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


class Backoff:
    """Failures per key with an exponential wait: the first `free` failures cost nothing, then each one
    doubles the wait (base, 2 x base, ...) up to `cap` seconds. A success clears the key. Unlike a lock,
    the wait is short at first and applies only to the key that failed (an account from one address), so
    an attacker's failures do not keep the owner out.

    Keys are kept in a bounded LRU: a flood of made-up keys evicts the oldest, it cannot exhaust memory."""

    def __init__(
        self, free: int = 3, base: float = 1.0, cap: float = 900.0, max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self.free, self.base, self.cap, self.max_keys = free, base, cap, max_keys
        self._clock = clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()  # key -> (count, last failure)

    def _delay(self, count: int) -> float:
        if count <= self.free:
            return 0.0
        return float(min(self.cap, self.base * 2 ** (count - self.free - 1)))

    def wait(self, key: str) -> int:
        """Seconds the key must still wait before its next attempt (0: go ahead)."""
        entry = self._failures.get(key)
        if entry is None:
            return 0
        count, last = entry
        remaining = last + self._delay(count) - self._clock()
        if remaining <= 0 and self._clock() - last > self.cap:  # quiet for a whole cap: forget the key
            self._failures.pop(key, None)
        return max(0, int(remaining + 0.999))

    def failed(self, key: str) -> int:
        """Count a failure; returns the key's failures so far."""
        count = self._failures.pop(key, (0, 0.0))[0] + 1
        self._failures[key] = (count, self._clock())
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)
        return count

    def failures(self, key: str) -> int:
        return self._failures.get(key, (0, 0.0))[0]

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)


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
    """The caller's address as the server sees it (uvicorn puts a trusted proxy's X-Forwarded-For here:
    FORWARDED_ALLOW_IPS names the proxies; by default only 127.0.0.1)."""
    return request.client.host if request.client else "unknown"


def install_write_rate_limit(
    app: FastAPI, auth: AuthSettings, limit: str, exempt_prefixes: tuple[str, ...] = ("/api/v1/auth/",)
) -> None:
    """Limit data-changing requests per caller (e.g. limit="120/minute"). Sign-in and session endpoints
    have limits of their own and are exempt."""
    from padan.shared.auth import Role, principal_from_request  # auth uses this module's limiters

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
