"""Progress of long steps (downloads, builds, start-ups) for a person watching a terminal.

A first `make demo` spends minutes fetching Kafka and building FerretDB; without a word on screen that looks
like a hang. Each step prints when it starts and how long it took; in a terminal a spinner with the elapsed
time runs meanwhile, and in a log (no terminal) a line every `heartbeat_seconds` says it is still running.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Protocol

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


class Steps(Protocol):
    """Reports a step: `with steps("building FerretDB"): ...`."""

    def __call__(self, what: str, hint: str = "") -> contextlib.AbstractContextManager[None]: ...


@contextlib.contextmanager
def quiet(what: str, hint: str = "") -> Iterator[None]:
    """No output (tests, benchmarks)."""
    yield


class ConsoleSteps:
    """Steps on a rich console. Thread-safe: provisioning runs the Kafka download and the FerretDB build at
    the same time, so two steps may be open at once."""

    def __init__(self, console: Console, heartbeat_seconds: float = 30.0) -> None:
        self.console = console
        self.heartbeat_seconds = heartbeat_seconds
        self._lock = threading.Lock()
        self._open = 0
        self._live: Progress | None = None

    @contextlib.contextmanager
    def __call__(self, what: str, hint: str = "") -> Iterator[None]:
        started = time.monotonic()
        self.console.print(f"[cyan]…[/cyan] {what}" + (f" [dim]({hint})[/dim]" if hint else ""))
        with self._tracking(what, started):
            try:
                yield
            except BaseException:
                self.console.print(f"[red]✗[/red] {what} [dim]gagal / failed after {_seconds(started)}[/dim]")
                raise
        self.console.print(f"[green]✓[/green] {what} [dim]{_seconds(started)}[/dim]")

    @contextlib.contextmanager
    def _tracking(self, what: str, started: float) -> Iterator[None]:
        if self.console.is_terminal:
            with self._lock:
                if self._live is None:
                    self._live = Progress(
                        SpinnerColumn(),
                        TextColumn("{task.description}"),
                        TimeElapsedColumn(),
                        console=self.console,
                        transient=True,
                    )
                    self._live.start()
                live = self._live
                task = live.add_task(what)
                self._open += 1
            try:
                yield
            finally:
                with self._lock:
                    live.remove_task(task)
                    self._open -= 1
                    if self._open == 0:
                        live.stop()
                        self._live = None
            return
        done = threading.Event()

        def heartbeat() -> None:
            while not done.wait(self.heartbeat_seconds):
                self.console.print(f"  [dim]masih berjalan / still running: {what} ({_seconds(started)})[/dim]")

        beat = threading.Thread(target=heartbeat, name="progress-heartbeat", daemon=True)
        beat.start()
        try:
            yield
        finally:
            done.set()
            beat.join()


def _seconds(started: float) -> str:
    elapsed = time.monotonic() - started
    if elapsed < 60:
        return f"{elapsed:.1f} s".replace(".", ",")
    minutes, seconds = divmod(round(elapsed), 60)
    return f"{minutes} min {seconds} s"
