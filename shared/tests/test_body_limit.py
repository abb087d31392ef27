"""The request body limit (padan.shared.http.BodyLimitMiddleware, installed by install_common): a 10 MB
JSON body is answered 413 before it is read or parsed, whether it declares its length or streams in
chunks; bodies within the limit are untouched; an exact path may have its own, larger limit."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, field_validator

from padan.shared.http import DEFAULT_MAX_BODY_BYTES, install_common

TEN_MB = 10 * 1024 * 1024
CHUNK = 64 * 1024


class Supplier(BaseModel):
    name: str

    @field_validator("name")
    @classmethod
    def _seen(cls, value: str) -> str:
        parsed_lengths.append(len(value))
        return value


parsed_lengths: list[int] = []


def _app(**limits: Any) -> FastAPI:
    app = FastAPI()
    install_common(app, {}, **limits)

    @app.post("/api/v1/suppliers")
    async def create(supplier: Supplier) -> dict[str, int]:
        return {"length": len(supplier.name)}

    @app.post("/api/v1/imports")
    async def upload(supplier: Supplier) -> dict[str, int]:
        return {"length": len(supplier.name)}

    return app


class Exchange:
    """Drives the ASGI app directly: counts how much of the body the app asked for, keeps what it sent."""

    def __init__(self, body_size: int, *, declare_length: bool) -> None:
        self.remaining = body_size
        self.receive_calls = 0
        self.sent: list[dict[str, Any]] = []
        headers = [(b"content-type", b"application/json")]
        if declare_length:
            headers.append((b"content-length", str(body_size).encode()))
        self.scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": "/api/v1/suppliers",
            "raw_path": b"/api/v1/suppliers",
            "query_string": b"",
            "root_path": "",
            "headers": headers,
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 8101),
        }

    async def receive(self) -> dict[str, Any]:
        self.receive_calls += 1
        size = min(CHUNK, self.remaining)
        self.remaining -= size
        body = (b'{"name": "' + b"a" * (size - 10)) if self.receive_calls == 1 else b"a" * size
        return {"type": "http.request", "body": body, "more_body": self.remaining > 0}

    async def send(self, message: dict[str, Any]) -> None:
        self.sent.append(message)

    @property
    def status(self) -> int:
        return int(next(m for m in self.sent if m["type"] == "http.response.start")["status"])

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")


async def test_a_10_mb_body_with_its_length_is_refused_before_a_byte_is_read() -> None:
    parsed_lengths.clear()
    exchange = Exchange(TEN_MB, declare_length=True)
    await _app()(exchange.scope, exchange.receive, exchange.send)
    assert exchange.status == 413 and exchange.receive_calls == 0 and parsed_lengths == []
    assert b"terlalu besar" in exchange.body and b"too large" in exchange.body


async def test_a_10_mb_chunked_body_is_cut_off_at_the_limit_and_never_parsed() -> None:
    parsed_lengths.clear()
    exchange = Exchange(TEN_MB, declare_length=False)
    await _app()(exchange.scope, exchange.receive, exchange.send)
    assert exchange.status == 413 and parsed_lengths == []
    # Read no further than the limit plus one chunk, not the 160 chunks of the whole body.
    assert exchange.receive_calls <= DEFAULT_MAX_BODY_BYTES // CHUNK + 1


def test_bodies_within_the_limit_are_read_and_parsed_as_before() -> None:
    parsed_lengths.clear()
    client = TestClient(_app())
    name = "Tapis Siger " * 80_000  # 960 KB
    assert client.post("/api/v1/suppliers", json={"name": name}).json() == {"length": len(name)}
    assert parsed_lengths == [len(name)]
    refused = client.post("/api/v1/suppliers", json={"name": name * 2})
    assert refused.status_code == 413 and refused.json()["detail"].startswith("Isi permintaan terlalu besar")


def test_the_limit_is_settable_and_an_exact_path_may_have_its_own() -> None:
    client = TestClient(_app(max_body_bytes=4096, body_limits={"/api/v1/imports": 64 * 1024}))
    body = {"name": "x" * 10_000}
    assert client.post("/api/v1/suppliers", json=body).status_code == 413
    assert client.post("/api/v1/imports", json=body).status_code == 200
    assert client.post("/api/v1/imports", json={"name": "x" * 70_000}).status_code == 413
