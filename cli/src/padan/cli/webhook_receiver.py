"""A real HTTP receiver of the notifier's signed webhooks, for tests: it verifies each request with the
`standardwebhooks` library and processes each webhook-id once, as the README tells integrators to."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from padan.cli.testing import free_port


@dataclass
class Receiver:
    """Verifies every request with the subscription's secret; processes each webhook-id once (idempotent
    receiver, as the README tells integrators to be) and remembers every raw arrival."""

    port: int
    secrets: list[str] = field(default_factory=list)
    fail_with: int | None = None  # answer this status instead of 2xx
    arrivals: list[dict[str, Any]] = field(default_factory=list)
    processed: dict[str, dict[str, Any]] = field(default_factory=dict)
    rejected: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/padan?token=query-secret-token-ABC"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                payload = None
                for secret in receiver.secrets:
                    try:
                        payload = Webhook(secret).verify(body, headers)
                        break
                    except WebhookVerificationError:
                        continue
                with receiver.lock:
                    if payload is None:
                        receiver.rejected += 1
                        status = 401
                    else:
                        receiver.arrivals.append({"id": headers["webhook-id"], "payload": payload, "headers": headers})
                        status = receiver.fail_with or 204
                        if status < 300:
                            receiver.processed.setdefault(headers["webhook-id"], payload)
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def arrivals_of(self, webhook_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [a for a in self.arrivals if a["id"] == webhook_id]

    def arrival_counts(self) -> Counter[str]:
        """webhook-id → how many times it arrived verified (a resend after a kill keeps its id)."""
        with self.lock:
            return Counter(a["id"] for a in self.arrivals)


@contextmanager
def webhook_receiver() -> Iterator[Receiver]:
    """A started receiver on a free local port, stopped afterwards."""
    started = Receiver(free_port()).start()
    try:
        yield started
    finally:
        started.stop()
