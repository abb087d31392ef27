"""`padan demo`: the whole product on one machine with the Lampung business-matching data.

Starts the local stack, a local SMTP sink (the demo mailbox) and the four services as child processes, loads
the demo data through the registry's public import API (so it flows through Kafka like production data),
prints the pages to open, and on Ctrl-C (or SIGTERM) stops every process it started, leaving nothing behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from rich.console import Console

from padan.cli import stack
from padan.cli.mail_sink import mail_sink
from padan.cli.progress import ConsoleSteps
from padan.cli.services import DEFAULT_PORTS, SERVICES
from padan.shared.logging import configure_logging

console = Console(stderr=True)
DEFAULT_SMTP_PORT = 1025  # where local mail sinks usually listen
EXAMPLE_MATCH_WAIT_SECONDS = 90.0


@dataclass(frozen=True)
class Link:
    what: str
    url: str


class DemoProcesses:
    def __init__(self, cfg: stack.StackConfig) -> None:
        self.cfg = cfg
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, extra_env: dict[str, str] | None = None) -> None:
        port = int(os.environ.get(f"PADAN_{name.upper()}_HTTP_PORT", DEFAULT_PORTS[name]))
        env = {
            # The demo is the one place (besides the tests) that runs in dev mode: known operator key
            # "padan-dev-operator-key" and signing secret. PADAN_AUTH_DEV_MODE=false runs it with real ones.
            "PADAN_AUTH_DEV_MODE": "true",
            **os.environ,
            "PADAN_KAFKA_BOOTSTRAP": self.cfg.kafka_bootstrap,
            "PADAN_MONGO_URL": self.cfg.mongo_url,
            f"PADAN_{name.upper()}_HTTP_PORT": str(port),
            **(extra_env or {}),
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


def _api_key() -> str:
    # The registry accepts this development key only in its dev mode (the local default); see README.
    return os.environ.get("PADAN_DEMO_API_KEY", "padan-dev-operator-key")


def _load_demo_data() -> dict[str, int]:
    from padan.registry.demo import load_lampung_demo

    return asyncio.run(load_lampung_demo(service_url("registry"), _api_key()))


def _smtp_port() -> int:
    wanted = int(os.environ.get("PADAN_DEMO_SMTP_PORT", DEFAULT_SMTP_PORT))
    if not stack.port_open(wanted):
        return wanted
    from padan.cli.testing import free_port

    return free_port()


def mailbox_env(mailbox: Path, smtp_port: int) -> dict[str, str]:
    """The notifier sends through the demo's SMTP sink and shows what it received (in `mailbox`) at
    /kotak-surat."""
    return {
        "PADAN_NOTIFIER_SMTP_HOST": "127.0.0.1",
        "PADAN_NOTIFIER_SMTP_PORT": str(smtp_port),
        "PADAN_NOTIFIER_SMTP_STARTTLS": "false",
        "PADAN_NOTIFIER_SMTP_USE_TLS": "false",
        "PADAN_NOTIFIER_DEMO_MAILBOX_DIR": str(mailbox),
    }


def mailbox_dir(cfg: stack.StackConfig) -> Path:
    return cfg.home / "mailbox"


def example_match_url(timeout: float = EXAMPLE_MATCH_WAIT_SECONDS) -> str | None:
    """The page of one match of the seed's first tapis package, once it is made. Asked of the reporting
    read model (one read by `_id`), not of the matcher's list by package, which FerretDB answers by reading
    every match while the matcher is busiest."""
    from padan.registry.demo import lampung_demo
    from padan.registry.domain.aggregates import Kind, aggregate_id
    from padan.reporting.domain.product_groups import ProductGroup, classify

    need = next(n for n in lampung_demo().needs if classify(n["package_name"]) is ProductGroup.TAPIS)
    need_id = aggregate_id(Kind.NEED, need["kode_rup"])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError, KeyError, ValueError):
            response = httpx.get(f"{service_url('reporting')}/api/v1/needs/{need_id}", timeout=10.0)
            if response.status_code == 200 and (matches := response.json().get("matches")):
                return f"{service_url('matcher')}/kecocokan/{next(iter(matches))}"
        time.sleep(1.0)
    return None


def dev_mode() -> bool:
    """The demo runs in dev mode unless PADAN_AUTH_DEV_MODE says otherwise (then: no demo mailbox, which the
    notifier refuses outside dev mode)."""
    return os.environ.get("PADAN_AUTH_DEV_MODE", "true").strip().lower() in ("1", "true", "yes", "on")


def pages(match_url: str | None, mailbox: bool = True) -> list[Link]:
    registry, reporting, notifier = service_url("registry"), service_url("reporting"), service_url("notifier")
    links = [
        Link("Beranda (penyedia, produk, kebutuhan)", f"{registry}/"),
        Link("Daftar sebagai penyedia IKM/UMKM", f"{registry}/daftar-penyedia"),
        Link("Dasbor P3DN", f"{reporting}/"),
        Link("Paket RUP dan tahapnya", f"{reporting}/paket"),
    ]
    if mailbox:
        links.append(Link("Kotak surat demo (e-mail terkirim)", f"{notifier}/kotak-surat"))
        links.append(Link("Masuk lewat tautan di e-mail kecocokan", f"{service_url('matcher')}/peluang"))
    if match_url:
        links.append(Link("Contoh kecocokan dan alasannya", match_url))
    return links


def api_docs() -> list[Link]:
    return [Link(f"API {name} (ReDoc: /redoc)", f"{service_url(name)}/docs") for name in SERVICES]


def run_demo(cfg: stack.StackConfig, fresh: bool = True, exit_after_load: bool = False) -> int:
    stop_requested = threading.Event()
    # Both signals explicitly: a shell that starts the demo in the background sets SIGINT to "ignore".
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, lambda *_: stop_requested.set())
    configure_logging("demo", "WARNING", json=False)  # the steps below say what happens; no INFO lines between
    steps = ConsoleSteps(console)
    processes = DemoProcesses(cfg)
    started_stack = stack.read_pid(cfg, "kafka") is None or stack.read_pid(cfg, "ferretdb") is None
    started = time.monotonic()
    with contextlib.ExitStack() as running:
        try:
            if fresh:
                with steps("data lama dihapus / starting from empty data"):
                    stack.reset(cfg)
                    shutil.rmtree(mailbox_dir(cfg), ignore_errors=True)
            stack.up(cfg, steps=steps)
            notifier_env: dict[str, str] | None = None
            if dev_mode():
                smtp_port = _smtp_port()
                with steps(f"kotak surat demo: SMTP 127.0.0.1:{smtp_port} / demo mailbox"):
                    running.enter_context(mail_sink(mailbox_dir(cfg), smtp_port))
                notifier_env = mailbox_env(mailbox_dir(cfg), smtp_port)
            with steps(f"layanan {', '.join(SERVICES)}: menyala / starting services"):
                for name in SERVICES:
                    processes.start(name, notifier_env if name == "notifier" else None)
                processes.wait_ready()
            with steps("data demo Lampung: dimuat lewat API impor / loading the Lampung data"):
                counts = _load_demo_data()
            console.print(
                f"  {counts['suppliers']} penyedia, {counts['products']} produk, {counts['buyers']} pembeli, "
                f"{counts['needs']} paket RUP"
            )
            with steps("pencocokan pertama / first matches"):
                match_url = example_match_url()
            _print_where_to_look(cfg, match_url, time.monotonic() - started, mailbox=notifier_env is not None)
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
    return 0  # pragma: no cover - every path above returns


def _print_where_to_look(cfg: stack.StackConfig, match_url: str | None, elapsed: float, mailbox: bool) -> None:
    """Full URLs, never cut: a table on a wide terminal, else each page on two lines."""
    out = Console()
    out.print(f"\n[bold green]Padan siap[/bold green] dalam {elapsed:.0f} detik / ready. Buka di peramban / open:")
    for title, links in (("Halaman / pages", pages(match_url, mailbox)), ("Dokumentasi API / API docs", api_docs())):
        out.print(f"[bold]{title}[/bold]")
        what_width = max(len(link.what) for link in links)
        if out.width >= what_width + max(len(link.url) for link in links) + 4:
            for link in links:
                out.print(f"  {link.what.ljust(what_width)}  {link.url}", soft_wrap=True, highlight=False)
        else:
            for link in links:
                out.print(f"  {link.what}\n    {link.url}", soft_wrap=True, highlight=False)
    out.print(f"Log (JSON, satu berkas per proses): {cfg.log_dir}", soft_wrap=True, highlight=False)
    if match_url is None:
        out.print("Kecocokan pertama belum ada; lihat nanti di dasbor atau /kotak-surat.")
