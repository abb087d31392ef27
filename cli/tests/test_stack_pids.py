"""The local stack stops its servers by the pid it recorded; a recorded pid now used by another process
(the server died, the number was reused) must not be signalled."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from padan.cli import stack
from padan.cli.testing import wait_until


def _cfg(tmp_path: Path) -> stack.StackConfig:
    return stack.StackConfig.from_env(home=tmp_path, kafka_port=1, mongo_port=2)


def test_a_recorded_server_is_found_and_stopped(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    pid = stack.spawn(cfg, "kafka", [sys.executable, "-c", "import time; time.sleep(60)"])
    assert stack.read_pid(cfg, "kafka") == pid
    assert stack.stop_process(cfg, "kafka")
    assert stack.read_pid(cfg, "kafka") is None


def test_a_pid_reused_by_another_process_is_left_alone(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    try:
        cfg.run_dir.mkdir(parents=True, exist_ok=True)
        # what a server that started at another moment and died left behind, its number now the stranger's
        (cfg.run_dir / "kafka.pid").write_text(f"{stranger.pid} 1")
        assert stack.read_pid(cfg, "kafka") is None
        assert not stack.stop_process(cfg, "kafka")
        assert stranger.poll() is None
    finally:
        stranger.kill()
        stranger.wait()


def test_a_server_that_died_while_starting_is_reported_not_waited_for(tmp_path: Path) -> None:
    """A child that ended is a zombie until reaped, and a zombie answers signal 0 like a live process: a
    Kafka that could not bind its port was waited for until the deadline, then reported "not healthy"."""
    cfg = _cfg(tmp_path)
    pid = stack.spawn(cfg, "kafka", [sys.executable, "-c", "print('port in use'); raise SystemExit(1)"])
    wait_until(lambda: Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z", what="a zombie")
    assert stack.read_pid(cfg, "kafka") is None
    with pytest.raises(stack.StackError, match=r"exited during start-up(.|\n)*port in use"):
        asyncio.run(stack._wait("Kafka", _never, 5.0, cfg, "kafka"))


async def _never() -> bool:
    return False
