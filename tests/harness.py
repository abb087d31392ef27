"""The whole platform as real processes on the real stack, for end-to-end and fault-injection tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from padan.cli.services import SERVICES
from padan.cli.testing import ServiceProcess, free_port, unique

OPERATOR_KEY = "padan-dev-operator-key"


@dataclass
class Platform:
    """Four services with their own databases and consumer groups, so tests do not see each other's state."""

    log_dir: Path
    run_id: str = field(default_factory=lambda: unique("e2e"))
    #: more settings per service (e.g. the notifier's SMTP server)
    settings: dict[str, dict[str, str]] = field(default_factory=dict)
    processes: dict[str, ServiceProcess] = field(default_factory=dict)
    #: ports chosen ahead (`reserve_ports`), so services can be told each other's addresses before they start
    ports: dict[str, int] = field(default_factory=dict)

    def reserve_ports(self, *services: str) -> dict[str, str]:
        """Pick the ports of `services` now; returns their base URLs."""
        for service in services:
            self.ports.setdefault(service, free_port())
        return {service: f"http://127.0.0.1:{self.ports[service]}" for service in services}

    def env_for(self, service: str) -> dict[str, str]:
        prefix = f"PADAN_{service.upper()}_"
        return {
            f"{prefix}MONGO_DATABASE": f"{self.run_id}_{service}",
            f"{prefix}GROUP_ID": f"{self.run_id}_{service}",
            f"{prefix}LOG_LEVEL": "INFO",
            **self.settings.get(service, {}),
        }

    def start(self, *services: str) -> Platform:
        for service in services or SERVICES:
            process = self.processes.get(service) or ServiceProcess(
                service=service,
                port=self.ports.get(service) or free_port(),
                env=self.env_for(service),
                log_path=self.log_dir / f"{self.run_id}_{service}.log",
            )
            self.processes[service] = process.start()
        return self

    def url(self, service: str) -> str:
        return self.processes[service].url

    def client(self, service: str) -> httpx.Client:
        return httpx.Client(base_url=self.url(service), timeout=30.0, headers={"X-API-Key": OPERATOR_KEY})

    def exited(self) -> dict[str, int]:
        """Services whose process ended although nobody stopped it: service → exit code."""
        return {
            name: code
            for name, process in self.processes.items()
            if process.process is not None and (code := process.process.poll()) is not None
        }

    def kill(self, service: str) -> None:
        self.processes[service].kill()

    def stop(self) -> None:
        for process in self.processes.values():
            process.stop()


@contextmanager
def platform(log_dir: Path, *services: str, settings: dict[str, dict[str, str]] | None = None) -> Iterator[Platform]:
    log_dir.mkdir(parents=True, exist_ok=True)
    running = Platform(log_dir=log_dir, settings=settings or {})
    try:
        yield running.start(*services)
    finally:
        running.stop()
