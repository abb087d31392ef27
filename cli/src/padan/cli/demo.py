"""`padan demo`: the whole product on one machine with the Lampung business-matching data.

Starts the local stack and the four services as child processes, loads the demo data through the
registry's public import API (so it flows through Kafka like production data), prints where to look, and
on Ctrl-C (or SIGTERM) stops every process it started, leaving nothing behind.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
from rich.console import Console
from rich.table import Table

from padan.cli import stack
from padan.cli.progress import ConsoleSteps
from padan.cli.services import DEFAULT_PORTS, SERVICES

console = Console(stderr=True)

PAGES = {
    "registry": ("/docs", "Pendaftaran penyedia, produk, kebutuhan (registry API)"),
    "matcher": ("/docs", "Kecocokan & kesepakatan (matcher API)"),
    "notifier": ("/docs", "Notifikasi & webhook (notifier API)"),
    "reporting": ("/api/v1/summary", "Ringkasan P3DN (reporting)"),
}


class DemoProcesses:
    def __init__(self, cfg: stack.StackConfig) -> None:
        self.cfg = cfg
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str) -> None:
        port = int(os.environ.get(f"PADAN_{name.upper()}_HTTP_PORT", DEFAULT_PORTS[name]))
        env = {
            **os.environ,
            "PADAN_KAFKA_BOOTSTRAP": self.cfg.kafka_bootstrap,
            "PADAN_MONGO_URL": self.cfg.mongo_url,
            f"PADAN_{name.upper()}_HTTP_PORT": str(port),
        }
        self.cfg.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.cfg.log_dir / f"{name}.log", "ab") as log:
            self.children[name] = subprocess.Popen(
                [sys.executable, "-m", "padan.cli.main", "run", name],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        pending = set(self.children)
        while pending and time.monotonic() < deadline:
            for name in list(pending):
                child = self.children[name]
                if child.poll() is not None:
                    raise stack.StackError(
                        f"{name} exited ({child.returncode}); see {self.cfg.log_dir / (name + '.log')}"
                    )
                try:
                    if httpx.get(f"{service_url(name)}/ready", timeout=2.0).status_code == 200:
                        pending.discard(name)
                except httpx.HTTPError:
                    pass
            time.sleep(0.3)
        if pending:
            raise stack.StackError(
                f"not ready in {timeout:.0f}s: {', '.join(sorted(pending))}; logs in {self.cfg.log_dir}"
            )

    def stop(self) -> None:
        for child in self.children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in self.children.values():
            try:
                child.wait(timeout=25)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(timeout=5)
        self.children.clear()


def service_url(name: str) -> str:
    return f"http://127.0.0.1:{int(os.environ.get(f'PADAN_{name.upper()}_HTTP_PORT', DEFAULT_PORTS[name]))}"


def _load_demo_data() -> dict[str, int]:
    from padan.registry.demo import load_lampung_demo

    # The registry accepts this development key only in its dev mode (the local default); see README.
    api_key = os.environ.get("PADAN_DEMO_API_KEY", "padan-dev-operator-key")
    return asyncio.run(load_lampung_demo(service_url("registry"), api_key))


def run_demo(cfg: stack.StackConfig, fresh: bool = True, exit_after_load: bool = False) -> int:
    stop_requested = threading.Event()
    # Both signals explicitly: a shell that starts the demo in the background sets SIGINT to "ignore".
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, lambda *_: stop_requested.set())
    processes = DemoProcesses(cfg)
    started_stack = stack.read_pid(cfg, "kafka") is None or stack.read_pid(cfg, "ferretdb") is None
    try:
        if fresh:
            console.print("menyiapkan data baru / starting from empty data ...")
            stack.reset(cfg)
        started = time.monotonic()
        stack.up(cfg, steps=ConsoleSteps(console))
        console.print(
            f"[green]stack up[/green] in {time.monotonic() - started:.1f}s "
            f"(Kafka {cfg.kafka_bootstrap}, FerretDB {cfg.mongo_url})"
        )
        for name in SERVICES:
            processes.start(name)
        processes.wait_ready()
        counts = _load_demo_data()
        console.print(f"[green]data demo Lampung dimuat[/green]: {counts}")
        _print_where_to_look(cfg)
        if exit_after_load:
            return 0
        console.print("Tekan Ctrl-C untuk berhenti / press Ctrl-C to stop.")
        while not stop_requested.is_set():
            stop_requested.wait(1.0)
            for name, child in processes.children.items():
                if child.poll() is not None:
                    console.print(
                        f"[red]{name} stopped unexpectedly ({child.returncode}); "
                        f"see {cfg.log_dir / (name + '.log')}[/red]"
                    )
                    return 1
        return 0
    except KeyboardInterrupt:
        return 0
    except stack.StackError as exc:
        console.print(f"[red]{exc}[/red]")
        return 1
    finally:
        console.print("menghentikan layanan / stopping services ...")
        processes.stop()
        if started_stack or fresh:
            stack.down(cfg)
        console.print("selesai / done: no Padan process left running")


def _print_where_to_look(cfg: stack.StackConfig) -> None:
    table = Table("layanan / service", "alamat / URL", "isi / what")
    for name in SERVICES:
        path, what = PAGES[name]
        table.add_row(name, f"{service_url(name)}{path}", what)
    table.add_row("logs", str(cfg.log_dir), "structlog JSON, one file per process")
    Console().print(table)
