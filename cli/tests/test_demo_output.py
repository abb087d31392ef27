"""What `make demo` tells a person: each step with its time, a heartbeat in a log, and every page's URL whole."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from rich.console import Console

from padan.cli import demo, stack
from padan.cli.progress import ConsoleSteps
from padan.cli.testing import wait_until


def _console(width: int = 80) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=width, force_terminal=False, color_system=None), out


def test_each_step_says_when_it_starts_and_how_long_it_took() -> None:
    console, out = _console()
    steps = ConsoleSteps(console)
    with steps("FerretDB v1.24.2: kompilasi Go / go build", "sekali saja / once"):
        pass
    with pytest.raises(stack.StackError), steps("Kafka: format penyimpanan / formatting storage"):
        raise stack.StackError("formatting Kafka storage failed")
    lines = out.getvalue().splitlines()
    assert lines[0] == "… FerretDB v1.24.2: kompilasi Go / go build (sekali saja / once)"
    assert lines[1].startswith("✓ FerretDB v1.24.2: kompilasi Go / go build ") and lines[1].endswith(" s")
    assert lines[3].startswith("✗ Kafka: format penyimpanan / formatting storage gagal / failed after ")


def test_a_long_step_in_a_log_says_it_is_still_running() -> None:
    console, out = _console()
    steps = ConsoleSteps(console, heartbeat_seconds=0.05)
    done = threading.Event()

    def build() -> None:
        with steps("FerretDB v1.24.2: kompilasi Go / go build"):
            done.wait(30)

    worker = threading.Thread(target=build)
    worker.start()
    wait_until(lambda: "masih berjalan / still running: FerretDB" in out.getvalue(), timeout=10, interval=0.02)
    done.set()
    worker.join(10)
    assert out.getvalue().splitlines()[-1].startswith("✓ FerretDB")


@pytest.mark.parametrize("width", [60, 80, 200])
def test_the_closing_list_has_every_page_and_full_urls(
    width: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    console, out = _console(width)
    monkeypatch.setattr(demo, "Console", lambda: console)
    cfg = stack.StackConfig(root=tmp_path, home=tmp_path, kafka_port=19092, controller_port=19093,
                            mongo_port=27027, cache=tmp_path)  # fmt: skip
    match = "http://127.0.0.1:8102/kecocokan/mat-62fe01fa7de1d282f60e77a5"
    demo._print_where_to_look(cfg, match, 29.4, mailbox=True)
    text = out.getvalue()
    for url in (
        "http://127.0.0.1:8101/", "http://127.0.0.1:8101/daftar-penyedia", "http://127.0.0.1:8104/",
        "http://127.0.0.1:8104/paket", "http://127.0.0.1:8103/kotak-surat", match, "http://127.0.0.1:8101/docs",
        "http://127.0.0.1:8104/docs",
    ):  # fmt: skip
        assert any(line.rstrip().endswith(url) for line in text.splitlines()), url
    assert "…" not in text  # nothing cut
    assert all(len(line) <= width or "http" in line or line.startswith("Log ") for line in text.splitlines())
