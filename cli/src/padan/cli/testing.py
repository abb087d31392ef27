"""pytest plugin: the real stack for integration and end-to-end tests (no mocks of the broker or store).

Which stack, in order:
1. `PADAN_TEST_KAFKA_BOOTSTRAP` and `PADAN_TEST_MONGO_URL` set: use those servers as they are.
2. A Docker engine answers and testcontainers is installed: official apache/kafka and mongo images
   (the Docker path, what production-like CI with Docker runs).
3. Otherwise the project's own local stack (Kafka from Maven Central, FerretDB from the Go module proxy)
   under `.padan/test` on its own ports (PADAN_TEST_KAFKA_PORT / PADAN_TEST_MONGO_PORT / PADAN_TEST_HOME),
   wiped at the start of the session so every run begins from empty topics and databases.

Every test that takes `real_stack` runs once per store profile (padan.shared.mongo.StoreProfile):
`[ferretdb]` on the stack above, and `[mongodb]` on the MongoDB server named by PADAN_TEST_MONGODB_URI
(with the same Kafka), skipped with the reason when that variable is not set. The profile is exported as
PADAN_STORE_PROFILE, so services and clients the tests create use it.

Also `browser`: headless Chromium (Debian's /usr/bin/chromium, or PADAN_TEST_CHROMIUM) through Playwright,
one per test module, for the page tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from padan.cli import stack

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@dataclass(frozen=True)
class StackEndpoints:
    kafka_bootstrap: str
    mongo_url: str
    #: The local stack's config when this session runs it (fault tests restart its servers), else None.
    local: stack.StackConfig | None = None
    #: The store profile the services use on this stack (PADAN_STORE_PROFILE).
    store_profile: str = "ferretdb"


#: A MongoDB server for the `mongodb` store profile's run of the integration tests (opt-in).
MONGODB_URI_ENV = "PADAN_TEST_MONGODB_URI"


def _docker_engine() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        info = subprocess.run(
            [shutil.which("docker") or "docker", "info"], capture_output=True, timeout=10, check=False
        )
        return info.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("PADAN_TEST_CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session", params=["ferretdb", "mongodb"])
def real_stack(request: pytest.FixtureRequest) -> Iterator[StackEndpoints]:
    if request.param == "mongodb":
        yield from _mongodb_profile_stack()
        return
    external_kafka = os.environ.get("PADAN_TEST_KAFKA_BOOTSTRAP")
    external_mongo = os.environ.get("PADAN_TEST_MONGO_URL")
    if external_kafka and external_mongo:
        yield _export(StackEndpoints(external_kafka, external_mongo))
        return
    if os.environ.get("PADAN_TEST_DOCKER", "auto") != "no" and _docker_engine():
        yield from _docker_stack()
        return
    yield from _local_stack()


def _mongodb_profile_stack() -> Iterator[StackEndpoints]:
    """The `mongodb` profile's run: the MongoDB at PADAN_TEST_MONGODB_URI, Kafka as for the other run
    (PADAN_TEST_KAFKA_BOOTSTRAP, else the local stack's broker)."""
    uri = os.environ.get(MONGODB_URI_ENV)
    if not uri:
        pytest.skip(
            f"store profile mongodb: no MongoDB server here; set {MONGODB_URI_ENV}=mongodb://host:port to run "
            "these tests against one"
        )
    external_kafka = os.environ.get("PADAN_TEST_KAFKA_BOOTSTRAP")
    if external_kafka:
        yield _export(StackEndpoints(external_kafka, uri, store_profile="mongodb"))
        return
    for endpoints in _local_stack():
        yield _export(StackEndpoints(endpoints.kafka_bootstrap, uri, local=endpoints.local, store_profile="mongodb"))


def _local_stack() -> Iterator[StackEndpoints]:
    cfg = stack.StackConfig.from_env(
        home=Path(os.environ.get("PADAN_TEST_HOME", stack.repo_root() / ".padan" / "test")),
        kafka_port=int(os.environ.get("PADAN_TEST_KAFKA_PORT", "29092")),
        mongo_port=int(os.environ.get("PADAN_TEST_MONGO_PORT", "27037")),
    )
    stack.reset(cfg)
    stack.up(cfg)
    try:
        yield _export(StackEndpoints(cfg.kafka_bootstrap, cfg.mongo_url, local=cfg))
    finally:
        stack.down(cfg)


def _docker_stack() -> Iterator[StackEndpoints]:
    from testcontainers.kafka import KafkaContainer  # type: ignore[import-not-found]
    from testcontainers.mongodb import MongoDbContainer  # type: ignore[import-not-found]

    from padan.shared.kafka import ensure_topics

    with KafkaContainer("apache/kafka:4.1.1").with_kraft() as kafka, MongoDbContainer("mongo:8.0") as mongo:
        endpoints = StackEndpoints(kafka.get_bootstrap_server(), mongo.get_connection_url())
        asyncio.run(ensure_topics(endpoints.kafka_bootstrap))
        yield _export(endpoints)


def _export(endpoints: StackEndpoints) -> StackEndpoints:
    """Make the services' default settings point at the test stack, with its store profile."""
    os.environ["PADAN_KAFKA_BOOTSTRAP"] = endpoints.kafka_bootstrap
    os.environ["PADAN_MONGO_URL"] = endpoints.mongo_url
    os.environ["PADAN_STORE_PROFILE"] = endpoints.store_profile
    return endpoints


def unique(prefix: str) -> str:
    """A name no other test uses (database, consumer group, natural key)."""
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def unique_word(prefix: str) -> str:
    """Like `unique`, but a word the matcher's text analysis keeps as a term, to tie a test's need to its own
    products in a catalog shared with other tests: letters only, since a tag of digits alone is dropped as a
    number (1 hex tag in ~100), and the need then ranked other tests' products above its own."""
    return prefix + uuid.uuid4().hex[:10].translate(str.maketrans("0123456789", "ghijklmnop"))


def free_port() -> int:
    """A loopback port nobody listens on now, for a service a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_server_ports(count: int) -> int:
    """The first of `count` consecutive loopback ports nobody uses now, below the range the kernel hands out
    to outgoing connections (a Kafka needs its port and the next one, for its controller): a port from that
    range can be taken by any client's connection between this choice and the server's start."""
    rng = random.SystemRandom()
    for _ in range(200):
        first = rng.randrange(20_000, 32_000 - count)
        try:
            with contextlib.ExitStack() as held:
                for port in range(first, first + count):
                    sock = held.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {count} consecutive free ports between 20000 and 32000 on 127.0.0.1")


class _Polls:
    """The deadline of a wait and what the condition last gave, for `wait_until` and `wait_until_async`."""

    def __init__(self, timeout: float, what: str) -> None:
        self.timeout, self.what = timeout, what
        self.deadline = time.monotonic() + timeout
        self.last: Any = None

    def __iter__(self) -> Iterator[None]:
        while time.monotonic() < self.deadline:
            yield

    def met(self, value: Any) -> bool:
        self.last = value
        return bool(value)

    def failure(self) -> AssertionError:
        return AssertionError(f"timed out after {self.timeout}s waiting for {self.what} (last value: {self.last!r})")


def wait_until(
    condition: Callable[[], Any], timeout: float = 30.0, interval: float = 0.2, what: str = "condition"
) -> Any:
    """Poll `condition` until it returns a truthy value; fail with `what` after `timeout` seconds."""
    polls = _Polls(timeout, what)
    for _ in polls:
        if polls.met(condition()):
            return polls.last
        time.sleep(interval)
    raise polls.failure()


async def wait_until_async(
    condition: Callable[[], Any], timeout: float = 30.0, interval: float = 0.2, what: str = "condition"
) -> Any:
    """`wait_until` for a condition that may be a coroutine function, waiting without blocking the loop."""
    polls = _Polls(timeout, what)
    for _ in polls:
        last = condition()
        if polls.met(await last if asyncio.iscoroutine(last) else last):
            return polls.last
        await asyncio.sleep(interval)
    raise polls.failure()


_RUNNING: set[ServiceProcess] = set()


def _kill_running(signum: int, _frame: Any) -> None:
    """A test run ended by SIGTERM (a CI or `timeout` limit) runs no fixture teardown; the services it
    started in their own sessions would outlive it, so they are killed here."""
    for process in list(_RUNNING):
        process.kill()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


#: Tests run in dev mode (padan.shared.auth): the known operator key and signing secret; nothing else does.
#: And they call out only to what they allow-list themselves on loopback: no public destination, not even a
#: DNS lookup of one (padan.shared.outbound), whatever URL a test or the API fuzzer makes up.
TEST_ENVIRONMENT = {"PADAN_AUTH_DEV_MODE": "true", "PADAN_OUTBOUND_ALLOW_PUBLIC": "false"}


def pytest_configure(config: pytest.Config) -> None:
    for name, value in TEST_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _kill_running)


@dataclass(eq=False)
class ServiceProcess:
    """One service run as a real OS process (`padan run <service>`), for end-to-end tests."""

    service: str
    port: int
    env: dict[str, str] = field(default_factory=dict)
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_timeout: float = 180.0) -> ServiceProcess:
        prefix = f"PADAN_{self.service.upper()}_"
        env = {**TEST_ENVIRONMENT, **os.environ, f"{prefix}HTTP_PORT": str(self.port), **self.env}
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "padan.cli.main", "run", self.service],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        _RUNNING.add(self)
        wait_until(self._ready, timeout=ready_timeout, what=f"{self.service} ready on {self.url}")
        return self

    def _ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"{self.service} exited with {self.process.returncode}; log: {self.log_path}")
        try:
            return httpx.get(f"{self.url}/ready", timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, as a crash would be."""
        _RUNNING.discard(self)
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        _RUNNING.discard(self)
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
