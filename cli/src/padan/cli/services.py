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
    uvicorn.run(
        entry.app(settings),
        host=settings.http_host,
        port=settings.http_port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=20,
    )
