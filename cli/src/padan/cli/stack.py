"""The local stack without Docker: Apache Kafka (KRaft, from Maven Central) and FerretDB (SQLite backend,
built from the Go module proxy), started as child processes with data under `.padan/`.

Downloads and builds are cached (`.padan/cache`, plus Maven's and Go's own caches), so only the first start
is slow. Processes are tracked by pid files and stopped by process id.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from padan.cli.progress import Steps, quiet
from padan.shared.settings import DEFAULT_KAFKA_PORT, DEFAULT_MONGO_PORT

KAFKA_VERSION = "4.1.1"
FERRETDB_VERSION = "v1.24.2"
FERRETDB_MODULE = "github.com/FerretDB/FerretDB"
#: Our changes to FerretDB's SQLite backend, so that work by `_id` uses the `_id` index. It found, updated
#: and deleted by `_id` with the expression `->'$._id'`, which its own unique `_id` index (`->"_id"`) does
#: not serve (EXPLAIN QUERY PLAN: SCAN), so every update or delete read the whole table; with the index's
#: expression SQLite searches the index; both select the same value.
#: And a filter on `_id` AND other fields (a compare-and-set such as {_id, version: {$lt: n}}) now reads the
#: one row by `_id` too: FerretDB's handler applies the whole filter again to what the backend returns.
#: (path in the module, text, replacement, occurrences)
FERRETDB_PATCHES = (
    (
        "internal/backends/sqlite/metadata/metadata.go",
        "IDColumn = DefaultColumn + \"->'$._id'\"",
        'IDColumn = DefaultColumn + `->"_id"`',
        1,
    ),
    ("internal/backends/sqlite/collection.go", "if params.Filter.Len() == 1 {", "if params.Filter.Len() > 0 {", 2),
    #: An `update` command kept every statement's query open until the whole command ended (a `defer` in the
    #: loop), one SQLite connection each: a command of more than 100 statements (the pool's size) waited for
    #: a connection it held itself, and every later request on that database waited behind it, for good.
    #: Padan's party lists are written as one bulk of $addToSet, a statement per list. Now each statement's
    #: query is closed when the statement is done.
    ("internal/handler/msg_update.go", "\t\tdefer closer.Close()\n", "", 1),
    (
        "internal/handler/msg_update.go",
        'result, err := common.UpdateDocument(ctx, c, "update", iter, &u)\n',
        'result, err := common.UpdateDocument(ctx, c, "update", iter, &u)\n\t\tcloser.Close()\n',
        1,
    ),
)
FERRETDB_BUILD = f"{FERRETDB_VERSION}-padan3"  # bump when the patch changes, so cached binaries are rebuilt


class StackError(RuntimeError):
    """Something the operator must fix (a missing tool, a port in use); the message says what."""


def repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in (Path.cwd(), *here.parents):
        if (parent / "deploy" / "local" / "kafka" / "pom.xml").exists():
            return parent
    raise StackError("cannot find the Padan checkout (deploy/local/kafka/pom.xml); run from inside it")


@dataclass(frozen=True)
class StackConfig:
    root: Path
    home: Path
    kafka_port: int
    controller_port: int
    mongo_port: int
    cache: Path

    @classmethod
    def from_env(
        cls, home: Path | None = None, kafka_port: int | None = None, mongo_port: int | None = None
    ) -> StackConfig:
        root = repo_root()
        kafka = kafka_port or int(os.environ.get("PADAN_KAFKA_PORT", DEFAULT_KAFKA_PORT))
        return cls(
            root=root,
            home=(home or Path(os.environ.get("PADAN_HOME", root / ".padan"))).resolve(),
            kafka_port=kafka,
            controller_port=int(os.environ.get("PADAN_KAFKA_CONTROLLER_PORT", kafka + 1))
            if kafka_port is None
            else kafka + 1,
            mongo_port=mongo_port or int(os.environ.get("PADAN_MONGO_PORT", DEFAULT_MONGO_PORT)),
            # Downloads and builds are shared by every stack home (demo, tests) on the machine.
            cache=Path(os.environ.get("PADAN_CACHE", root / ".padan" / "cache")).resolve(),
        )

    @property
    def kafka_bootstrap(self) -> str:
        return f"127.0.0.1:{self.kafka_port}"

    @property
    def mongo_url(self) -> str:
        return f"mongodb://127.0.0.1:{self.mongo_port}"

    @property
    def run_dir(self) -> Path:
        return self.home / "run"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"


# ---------------------------------------------------------------- processes


def _pid_file(cfg: StackConfig, name: str) -> Path:
    return cfg.run_dir / f"{name}.pid"


def _stat_fields(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name (field 3 on); None without /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()  # the command name in (...) may hold spaces


def _start_time(pid: int) -> str | None:
    """When the process began (clock ticks after boot, /proc/<pid>/stat field 22); None without /proc."""
    fields = _stat_fields(pid)
    return fields[19] if fields else None


def _ended_child(pid: int) -> bool:
    """A child of ours that ended and was not reaped yet (a zombie answers signal 0 like a live process):
    reaped here, so a server that died while starting is reported as such, not waited for."""
    fields = _stat_fields(pid)
    if not fields or fields[0] != "Z":
        return False
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    return True


def read_pid(cfg: StackConfig, name: str) -> int | None:
    """The pid of our server if it still runs. The file also holds the process's start time: a pid of a
    server that died is reused by some other process sooner or later (another stack's service, say), and
    signalling that one's process group would kill a stranger."""
    path = _pid_file(cfg, name)
    if not path.exists():
        return None
    try:
        pid_text, _, started = path.read_text().strip().partition(" ")
        pid = int(pid_text)
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        path.unlink(missing_ok=True)
        return None
    except PermissionError:
        return pid
    if (started and _start_time(pid) not in (started, None)) or _ended_child(pid):
        path.unlink(missing_ok=True)
        return None
    return pid


def spawn(cfg: StackConfig, name: str, argv: list[str], env: dict[str, str] | None = None) -> int:
    """Start a detached child (own session, so Ctrl-C in a terminal does not reach it) and record its pid."""
    cfg.run_dir.mkdir(parents=True, exist_ok=True)
    cfg.log_dir.mkdir(parents=True, exist_ok=True)
    with open(cfg.log_dir / f"{name}.log", "ab") as log:
        process = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, **(env or {})},
            cwd=cfg.home,
        )
    _pid_file(cfg, name).write_text(f"{process.pid} {_start_time(process.pid) or ''}".strip())
    return process.pid


def stop_process(cfg: StackConfig, name: str, timeout: float = 20.0) -> bool:
    """SIGTERM the process group, then SIGKILL after `timeout`. Returns whether something was running."""
    pid = read_pid(cfg, name)
    if pid is None:
        return False
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                reaped, _ = os.waitpid(pid, os.WNOHANG)
                if reaped == pid:
                    break
            except ChildProcessError:
                pass
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            continue
        break
    _pid_file(cfg, name).unlink(missing_ok=True)
    return True


def port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _needs_starting(cfg: StackConfig, name: str, port: int, port_variable: str) -> bool:
    """False when our `name` runs already; True when it is to be started, which its port must allow
    (StackError when another program listens there)."""
    if read_pid(cfg, name) is not None:
        return False
    if port_open(port):
        raise StackError(f"port {port} is in use by another program; set {port_variable} to a free port")
    return True


def _require_tool(tool: str, purpose: str, hint: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise StackError(f"'{tool}' is not installed; it is needed to {purpose}. {hint}")
    return path


def _run(argv: list[str], what: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        argv, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise StackError(f"{what} failed (exit {result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


# ---------------------------------------------------------------- Kafka


def kafka_libs(cfg: StackConfig, steps: Steps = quiet) -> Path:
    """The broker's jars, resolved by Maven from Maven Central once and cached."""
    libs = cfg.cache / f"kafka-{KAFKA_VERSION}" / "libs"
    marker = libs / ".complete"
    if marker.exists():
        return libs
    _require_tool(
        "java", "run the Kafka broker", "Install a JDK 17+ (Debian: apt-get install openjdk-17-jre-headless)."
    )
    mvn = _require_tool("mvn", "fetch Kafka from Maven Central", "Install Maven (Debian: apt-get install maven).")
    libs.mkdir(parents=True, exist_ok=True)
    with steps(f"Kafka {KAFKA_VERSION}: unduh dari Maven Central / fetching from Maven Central", "sekali saja / once"):
        _run(
            [
                mvn, "-B", "-q", "-f", str(cfg.root / "deploy/local/kafka/pom.xml"),
                f"-Dkafka.version={KAFKA_VERSION}", "dependency:copy-dependencies",
                f"-DoutputDirectory={libs}", "-DincludeScope=runtime",
            ],
            "resolving Kafka with Maven",
        )  # fmt: skip
    marker.touch()
    return libs


def _kafka_uuid() -> str:
    """A cluster id as Kafka makes them: never starting with '-', which the storage tool reads as an option
    (1 start in 64 failed with "argument --cluster-id: expected one argument")."""
    while (value := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"):
        pass
    return value


def _write_kafka_config(cfg: StackConfig) -> Path:
    kafka_home = cfg.home / "kafka"
    kafka_home.mkdir(parents=True, exist_ok=True)
    (kafka_home / "log4j2.properties").write_text(
        "rootLogger.level = WARN\nrootLogger.appenderRef.stdout.ref = STDOUT\n"
        "appender.stdout.type = Console\nappender.stdout.name = STDOUT\n"
        "appender.stdout.layout.type = PatternLayout\nappender.stdout.layout.pattern = [%d] %p %m (%c)%n\n"
        "logger.kafka.name = kafka\nlogger.kafka.level = INFO\n"
        "logger.server.name = org.apache.kafka.server\nlogger.server.level = INFO\n"
    )
    properties = kafka_home / "server.properties"
    properties.write_text(
        "\n".join(
            [
                "process.roles=broker,controller",
                "node.id=1",
                f"controller.quorum.bootstrap.servers=127.0.0.1:{cfg.controller_port}",
                f"listeners=PLAINTEXT://127.0.0.1:{cfg.kafka_port},CONTROLLER://127.0.0.1:{cfg.controller_port}",
                f"advertised.listeners=PLAINTEXT://127.0.0.1:{cfg.kafka_port}",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                f"log.dirs={kafka_home / 'data'}",
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                # Local data is kept for replays (reporting rebuilds its read models from the topics).
                "log.retention.ms=-1",
                "log.segment.bytes=67108864",
                "",
            ]
        )
    )
    return properties


def _java_argv(cfg: StackConfig, libs: Path, main: str, *args: str) -> list[str]:
    java = _require_tool(
        "java", "run the Kafka broker", "Install a JDK 17+ (Debian: apt-get install openjdk-17-jre-headless)."
    )
    return [
        java, "-Xms256m", "-Xmx1g", "-XX:+UseG1GC", "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={cfg.home / 'kafka' / 'log4j2.properties'}",
        "-cp", f"{libs}/*", main, *args,
    ]  # fmt: skip


def start_kafka(cfg: StackConfig, steps: Steps = quiet) -> None:
    if not _needs_starting(cfg, "kafka", cfg.kafka_port, "PADAN_KAFKA_PORT"):
        return
    libs = kafka_libs(cfg, steps)
    properties = _write_kafka_config(cfg)
    data = cfg.home / "kafka" / "data"
    if not (data / "meta.properties").exists():
        with steps("Kafka: format penyimpanan / formatting storage"):
            _run(
                _java_argv(cfg, libs, "kafka.tools.StorageTool", "format", "--standalone",
                           "-t", _kafka_uuid(), "-c", str(properties)),
                "formatting Kafka storage",
            )  # fmt: skip
    spawn(cfg, "kafka", _java_argv(cfg, libs, "kafka.Kafka", str(properties)))


async def _kafka_ready(bootstrap: str) -> bool:
    import logging

    from aiokafka.admin import AIOKafkaAdminClient

    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # refused connections are expected while starting

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
    try:
        await admin.start()
        await admin.list_topics()
        return True
    except Exception:
        return False
    finally:
        await admin.close()


# ---------------------------------------------------------------- FerretDB


def _patch_ferretdb(source: Path) -> None:
    for path, old, new, occurrences in FERRETDB_PATCHES:
        text = (source / path).read_text()
        if text.count(old) != occurrences:
            raise StackError(f"FerretDB {FERRETDB_VERSION} source differs from what our patch expects ({path})")
        (source / path).write_text(text.replace(old, new))


def ferretdb_binary(cfg: StackConfig, steps: Steps = quiet) -> Path:
    """FerretDB v1 built once from the Go module proxy with the module pinned in deploy/local/ferretdb."""
    binary = cfg.cache / f"ferretdb-{FERRETDB_BUILD}" / "ferretdb"
    if binary.exists():
        return binary
    go = _require_tool("go", "build FerretDB", "Install Go 1.24+ (https://go.dev/dl or Debian's golang package).")
    build = cfg.cache / "ferretdb-build"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    for name in ("go.mod", "go.sum"):
        shutil.copy(cfg.root / "deploy/local/ferretdb" / name, build / name)
    env = {"GOFLAGS": "-mod=mod", "CGO_ENABLED": "0"}
    with steps(f"FerretDB {FERRETDB_VERSION}: unduh modul Go / fetching Go modules", "sekali saja / once"):
        _run([go, "mod", "vendor"], "fetching FerretDB from the Go module proxy", cwd=build, env=env)
    # Module sources carry no version stamp (upstream writes it at release); FerretDB refuses to start without.
    (build / "vendor" / FERRETDB_MODULE / "build/version/version.txt").write_text(f"{FERRETDB_VERSION}\n")
    _patch_ferretdb(build / "vendor" / FERRETDB_MODULE)
    binary.parent.mkdir(parents=True, exist_ok=True)
    with steps(f"FerretDB {FERRETDB_VERSION}: kompilasi Go / go build", "sekali saja, beberapa menit / once, minutes"):
        _run(
            [go, "build", "-mod=vendor", "-o", str(binary), f"{FERRETDB_MODULE}/cmd/ferretdb"],
            "building FerretDB",
            cwd=build,
            env={"CGO_ENABLED": "0"},
        )
    shutil.rmtree(build, ignore_errors=True)
    return binary


def start_ferretdb(cfg: StackConfig, steps: Steps = quiet) -> None:
    if not _needs_starting(cfg, "ferretdb", cfg.mongo_port, "PADAN_MONGO_PORT"):
        return
    binary = ferretdb_binary(cfg, steps)
    data = cfg.home / "ferretdb" / "data"
    data.mkdir(parents=True, exist_ok=True)
    spawn(
        cfg,
        "ferretdb",
        [
            str(binary), "--handler=sqlite", f"--sqlite-url=file:{data}/",
            f"--listen-addr=127.0.0.1:{cfg.mongo_port}", "--debug-addr=-",
            f"--state-dir={cfg.home / 'ferretdb'}", "--telemetry=disable", "--log-level=warn",
        ],
    )  # fmt: skip


async def _mongo_ready(url: str) -> bool:
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, object]] = AsyncMongoClient(url, serverSelectionTimeoutMS=1000)
    try:
        await client.admin.command("ping")
        return True
    except Exception:
        return False
    finally:
        await client.close()


# ---------------------------------------------------------------- the stack


async def _wait(what: str, probe: object, deadline_seconds: float, cfg: StackConfig, name: str) -> None:
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if await probe():  # type: ignore[operator]
            return
        if read_pid(cfg, name) is None:
            raise StackError(f"{what} exited during start-up; {_log_tail(cfg, name)}")
        await asyncio.sleep(0.3)
    raise StackError(f"{what} did not become healthy in {deadline_seconds:.0f}s; {_log_tail(cfg, name)}")


def _log_tail(cfg: StackConfig, name: str, lines: int = 15) -> str:
    """Where the server's log is and how it ends: on a CI machine the log is gone with the machine."""
    path = cfg.log_dir / f"{name}.log"
    try:
        tail = path.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return f"no log at {path}"
    return f"see {path}, which ends:\n" + "\n".join(f"    {line}" for line in tail)


def provision(cfg: StackConfig, steps: Steps = quiet) -> None:
    """Fetch Kafka and build FerretDB if the cache lacks them. Both at once: the Maven download mostly waits
    on the network while Go compiles."""
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="provision") as pool:
        futures = [pool.submit(kafka_libs, cfg, steps), pool.submit(ferretdb_binary, cfg, steps)]
        for future in futures:
            future.result()


def up(cfg: StackConfig, timeout: float = 120.0, steps: Steps = quiet) -> None:
    """Provision (first time), start and wait for both servers; then create the topics."""
    from padan.shared.kafka import ensure_topics

    provision(cfg, steps)
    start_ferretdb(cfg, steps)
    start_kafka(cfg, steps)

    async def wait_all() -> None:
        await asyncio.gather(
            _wait("FerretDB", lambda: _mongo_ready(cfg.mongo_url), timeout, cfg, "ferretdb"),
            _wait("Kafka", lambda: _kafka_ready(cfg.kafka_bootstrap), timeout, cfg, "kafka"),
        )
        await ensure_topics(cfg.kafka_bootstrap)

    with steps(f"Kafka {cfg.kafka_bootstrap} + FerretDB {cfg.mongo_url}: menyala / starting"):
        asyncio.run(wait_all())


def restart(cfg: StackConfig, name: str, timeout: float = 120.0) -> None:
    """Stop one server (SIGTERM, then SIGKILL) and start it again with its data; wait until healthy."""
    stop_process(cfg, name)
    if name == "kafka":
        start_kafka(cfg)
        asyncio.run(_wait("Kafka", lambda: _kafka_ready(cfg.kafka_bootstrap), timeout, cfg, "kafka"))
    else:
        start_ferretdb(cfg)
        asyncio.run(_wait("FerretDB", lambda: _mongo_ready(cfg.mongo_url), timeout, cfg, "ferretdb"))


def down(cfg: StackConfig) -> list[str]:
    return [name for name in ("kafka", "ferretdb") if stop_process(cfg, name)]


def status(cfg: StackConfig) -> dict[str, str]:
    def state(name: str, port: int) -> str:
        pid = read_pid(cfg, name)
        if pid is None:
            return "stopped"
        return f"running (pid {pid}, port {port}{'' if port_open(port) else ', not listening yet'})"

    return {"kafka": state("kafka", cfg.kafka_port), "ferretdb": state("ferretdb", cfg.mongo_port)}


def reset(cfg: StackConfig) -> None:
    """Stop and delete all local data (keeps the download cache)."""
    down(cfg)
    for name in ("kafka", "ferretdb"):
        shutil.rmtree(cfg.home / name, ignore_errors=True)
