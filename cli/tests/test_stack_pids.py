"""The local stack stops its servers by the pid it recorded; a recorded pid now used by another process
(the server died, the number was reused) must not be signalled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from padan.cli import stack


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
