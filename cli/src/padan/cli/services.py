"""How the CLI finds and runs each service: its FastAPI factory and its settings."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

SERVICES = ("registry", "matcher", "notifier", "reporting")
DEFAULT_PORTS = {"registry": 8101, "matcher": 8102, "notifier": 8103, "reporting": 8104}


@dataclass(frozen=True)
class ServiceEntry:
    name: str

    def settings(self) -> Any:
        module = importlib.import_module(f"padan.{self.name}.settings")
        return module.Settings()

    def app(self, settings: Any) -> Any:
        module = importlib.import_module(f"padan.{self.name}.bootstrap")
        return module.create_app(settings)


def run_service(name: str) -> None:
    """Run one service in this process (HTTP API, consumers and outbox relay) until SIGTERM/Ctrl-C."""
    import uvicorn

    entry = ServiceEntry(name)
    settings = entry.settings()
    app = entry.app(settings)
    _tune_garbage_collector()
    uvicorn.run(
        app,
        host=settings.http_host,
        port=settings.http_port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=20,
    )


def _tune_garbage_collector() -> None:
    """A consumer batch holds thousands of young objects until it is handled. At CPython's default threshold
    (700) they are collected while still alive and promoted, and every so often a full collection walks the
    whole heap: that was a fifth of the matcher's catalog replay (profiled at 300k records). At 50,000 most
    die first. The objects made at start (modules, schemas, the app) are frozen out of later collections."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
