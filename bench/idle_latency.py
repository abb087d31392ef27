"""Idle latency: how long a buyer's new need takes to show its matches, on a stack that is doing nothing else.

    uv run python -m bench.idle_latency                     # the Lampung demo loaded, then 50 needs at 1/s
    uv run python -m bench.idle_latency --needs 20 --no-demo

What a person meets on `make demo`: the stack is up, the demo data is in and matched, and then one buyer posts
one need. The bench starts the four services as processes (`padan run <service>`, as the demo does) on a
stack of its own, loads the Lampung demo through the registry's import API, waits until the stack is idle
(the dashboard's figures stop moving), then posts `--needs` needs through the registry's JSON API at
`--rate` needs per second and times, for each, from the moment its POST is sent:

- need on Kafka: the registry's outbox relay published it (registry.needs.v1);
- match on Kafka: the matcher stored its matches and published the first (matcher.matches.v1), the moment
  `/kecocokan/{id}` and the notifier's e-mail can show it;
- on the package page: reporting's read model of the package lists a match (`GET /api/v1/needs/{id}`, what
  `/paket/{id}` shows), i.e. visible to the buyer and to the P3DN team.

The bench watches the topics with its own consumer and asks reporting by `_id` (cheap on every store); it never
asks the matcher for "the matches of this need", which FerretDB answers by reading every match and which,
on the service's one store connection, holds up the matching it is waiting for. Also measured: the CPU the
services burn while idle (30 s with nothing to do), to show the latency is not bought by tighter polling.

Starts its own Kafka + FerretDB under .padan/bench-idle (ports PADAN_BENCH_KAFKA_PORT / PADAN_BENCH_MONGO_PORT,
default 29196 / 27141, home PADAN_BENCH_HOME; wiped first). Prints figures and writes
bench/results/idle_latency.json, with the machine's load average.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer

from padan.cli import stack
from padan.cli.testing import ServiceProcess, free_port
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.shared import topics
from padan.shared.auth import DEV_OPERATOR_KEY

RESULTS = Path(__file__).parent / "results" / "idle_latency.json"
SERVICES = ("registry", "matcher", "notifier", "reporting")
#: What the buyer posts: a package the demo's tapis and souvenir IKM can supply.
PACKAGE_NAMES = (
    "Belanja cenderamata kain tapis untuk tamu daerah",
    "Pengadaan seminar kit kegiatan rapat koordinasi",
    "Belanja souvenir khas Lampung untuk delegasi",
    "Pengadaan traktor tangan untuk kelompok tani",
)


@dataclass
class Timing:
    kode_rup: str
    need_id: str
    sent: float
    need_on_kafka: float | None = None
    match_on_kafka: float | None = None
    on_package_page: float | None = None

    def seconds(self, moment: float | None) -> float | None:
        return None if moment is None else moment - self.sent


@dataclass
class Watcher:
    """Reads registry.needs.v1 and matcher.matches.v1 from their ends and stamps the timings it knows."""

    bootstrap: str
    timings: dict[str, Timing] = field(default_factory=dict)
    consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        self.consumer = AIOKafkaConsumer(
            topics.NEEDS, topics.MATCHES, bootstrap_servers=self.bootstrap, auto_offset_reset="latest",
            fetch_max_wait_ms=50, enable_auto_commit=False,
        )  # fmt: skip
        await self.consumer.start()
        while not self.consumer.assignment():
            await self.consumer.getmany(timeout_ms=200)
        await self.consumer.seek_to_end()
        for partition in self.consumer.assignment():
            await self.consumer.position(partition)

    async def run(self) -> None:
        assert self.consumer is not None
        while True:
            batches = await self.consumer.getmany(timeout_ms=200)
            now = time.monotonic()
            for partition, records in batches.items():
                for record in records:
                    key = (record.key or b"").decode()
                    if partition.topic == topics.NEEDS and key in self.timings:
                        timing = self.timings[key]
                        timing.need_on_kafka = timing.need_on_kafka or now
                    elif partition.topic == topics.MATCHES:
                        need_id = json.loads(record.value or b"{}").get("need_id", "")
                        if need_id in self.timings:
                            timing = self.timings[need_id]
                            timing.match_on_kafka = timing.match_on_kafka or now

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()


def start_services(home: Path) -> dict[str, ServiceProcess]:
    home.mkdir(parents=True, exist_ok=True)
    processes = {}
    for name in SERVICES:
        processes[name] = ServiceProcess(name, free_port(), log_path=home / f"{name}.log").start()
    return processes


async def load_demo(registry: str) -> dict[str, int]:
    from padan.registry.demo import load_lampung_demo

    return await load_lampung_demo(registry, DEV_OPERATOR_KEY)


async def wait_idle(reporting: str, quiet_seconds: float, timeout: float) -> float:
    """Until the dashboard's figures stayed the same for `quiet_seconds` (the matching and the projection of
    the demo load are done); returns how long that took."""
    started = time.monotonic()
    last: Any = None
    since = time.monotonic()
    async with httpx.AsyncClient(timeout=60) as client:
        while time.monotonic() - started < timeout:
            figures = (await client.get(f"{reporting}/api/v1/dashboard")).json()["totals"]
            if figures != last:
                last, since = figures, time.monotonic()
            elif time.monotonic() - since >= quiet_seconds:
                return time.monotonic() - started
            await asyncio.sleep(1.0)
    raise TimeoutError(f"the stack did not settle in {timeout:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its threads so far (/proc/<pid>/stat, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def idle_cpu(processes: dict[str, ServiceProcess], seconds: float) -> dict[str, float]:
    """CPU share of each service (percent of one core) over `seconds` with nothing to do."""
    pids = {name: p.process.pid for name, p in processes.items() if p.process is not None}
    before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    await asyncio.sleep(seconds)
    return {name: round(100 * (cpu_seconds(pid) - before[name]) / seconds, 2) for name, pid in pids.items()}


async def post_needs(registry: str, reporting: str, watcher: Watcher, count: int, rate: float) -> list[Timing]:
    run = uuid.uuid4().int % 10**6
    headers = {"X-API-Key": DEV_OPERATOR_KEY}
    timings: list[Timing] = []

    async def on_package_page(client: httpx.AsyncClient, timing: Timing) -> None:
        deadline = timing.sent + 30
        while time.monotonic() < deadline:
            response = await client.get(f"{reporting}/api/v1/needs/{timing.need_id}")
            if response.status_code == 200 and response.json().get("matches"):
                timing.on_package_page = time.monotonic()
                return
            await asyncio.sleep(0.01)

    async with httpx.AsyncClient(timeout=30) as client:
        watchers = []
        for index in range(count):
            kode_rup = f"{70_000_000 + run * 100 + index}"
            body = {
                "kode_rup": kode_rup, "satker_code": "18.001",
                "package_name": PACKAGE_NAMES[index % len(PACKAGE_NAMES)],
                "pagu_idr": 150_000_000 + index * 1_000_000, "procurement_method": "e_purchasing",
                "procurement_type": "barang", "fiscal_year": 2023, "region_code": "18.71", "is_umk": True,
            }  # fmt: skip
            timing = Timing(kode_rup, aggregate_id(Kind.NEED, kode_rup), time.monotonic())
            watcher.timings[timing.need_id] = timing
            timings.append(timing)
            response = await client.post(f"{registry}/api/v1/needs", json=body, headers=headers)
            response.raise_for_status()
            watchers.append(asyncio.create_task(on_package_page(client, timing)))
            await asyncio.sleep(max(0.0, timing.sent + 1 / rate - time.monotonic()))
        await asyncio.gather(*watchers)
    return timings


async def handler_seconds(processes: dict[str, ServiceProcess]) -> dict[str, tuple[float, float]]:
    """(sum, count) of padan_handler_seconds per service and topic label, from each service's /metrics."""
    found: dict[str, tuple[float, float]] = {}
    async with httpx.AsyncClient(timeout=30) as client:
        for name, process in processes.items():
            text = (await client.get(f"{process.url}/metrics")).text
            for line in text.splitlines():
                if line.startswith(("padan_handler_seconds_sum{", "padan_handler_seconds_count{")):
                    labels, value = line.rsplit(" ", 1)
                    topic = labels.split('topic="', 1)[1].split('"', 1)[0]
                    key = f"{name} {topic}"
                    total, count = found.get(key, (0.0, 0.0))
                    if line.startswith("padan_handler_seconds_sum"):
                        found[key] = (total + float(value), count)
                    else:
                        found[key] = (total, count + float(value))
    return found


def handler_ms(before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]]) -> dict[str, Any]:
    """Mean handler time per batch (ms) and batches, per service and topic, between two snapshots."""
    result = {}
    for key, (total, count) in after.items():
        earlier_total, earlier_count = before.get(key, (0.0, 0.0))
        if count > earlier_count:
            batches = count - earlier_count
            result[key] = {"batches": int(batches), "mean_ms": round(1000 * (total - earlier_total) / batches, 1)}
    return result


def summary(values: list[float]) -> dict[str, float | int]:
    if not values:
        return {"count": 0}
    ordered = sorted(values)

    def percentile(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]

    return {
        "count": len(values),
        "p50_ms": round(1000 * statistics.median(ordered), 1),
        "p90_ms": round(1000 * percentile(90), 1),
        "p99_ms": round(1000 * percentile(99), 1),
        "max_ms": round(1000 * ordered[-1], 1),
    }


async def measure(args: argparse.Namespace, home: Path, bootstrap: str) -> dict[str, Any]:
    processes = start_services(home)
    try:
        registry, reporting = processes["registry"].url, processes["reporting"].url
        result: dict[str, Any] = {}
        if args.demo:
            started = time.monotonic()
            result["demo_loaded"] = await load_demo(registry)
            result["demo_load_seconds"] = round(time.monotonic() - started, 1)
        result["settle_seconds"] = round(await wait_idle(reporting, args.quiet, args.settle_timeout), 1)
        result["idle_cpu_percent"] = await idle_cpu(processes, args.idle_seconds)
        watcher = Watcher(bootstrap)
        await watcher.start()
        watching = asyncio.create_task(watcher.run())
        try:
            before = await handler_seconds(processes)
            timings = await post_needs(registry, reporting, watcher, args.needs, args.rate)
            await asyncio.sleep(1.0)  # the last matches' events
            result["handlers"] = handler_ms(before, await handler_seconds(processes))
        finally:
            watching.cancel()
            await watcher.stop()
        result["needs"] = len(timings)
        for name in ("need_on_kafka", "match_on_kafka", "on_package_page"):
            values = [t.seconds(getattr(t, name)) for t in timings]
            result[name] = summary([v for v in values if v is not None])
            result[name]["missing"] = sum(1 for v in values if v is None)
        return result
    finally:
        for process in processes.values():
            process.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=50)
    parser.add_argument("--rate", type=float, default=1.0, help="needs per second")
    parser.add_argument("--no-demo", dest="demo", action="store_false", help="skip the Lampung demo load")
    parser.add_argument("--quiet", type=float, default=15.0, help="seconds without change that count as idle")
    parser.add_argument("--settle-timeout", type=float, default=1800.0)
    parser.add_argument("--idle-seconds", type=float, default=30.0, help="how long the idle CPU is measured")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()

    cfg = stack.StackConfig.from_env(
        home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-idle")),
        kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29196")),
        mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27141")),
    )
    stack.reset(cfg)
    stack.up(cfg)
    os.environ["PADAN_KAFKA_BOOTSTRAP"] = cfg.kafka_bootstrap
    os.environ["PADAN_MONGO_URL"] = cfg.mongo_url
    try:
        load_before = os.getloadavg()
        result = asyncio.run(measure(args, cfg.home / "services", cfg.kafka_bootstrap))
        load_after = os.getloadavg()
    finally:
        stack.down(cfg)
    result = {
        "bench": "idle_latency",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
        },
        "rate_per_second": args.rate,
        **result,
    }
    print(
        f"idle latency, {result['needs']} needs at {args.rate:g}/s (load {load_before[0]:.1f} -> {load_after[0]:.1f}):"
    )
    for name in ("need_on_kafka", "match_on_kafka", "on_package_page"):
        s = result[name]
        print(
            f"  {name:16} p50 {s.get('p50_ms')} ms  p90 {s.get('p90_ms')} ms  p99 {s.get('p99_ms')} ms  "
            f"max {s.get('max_ms')} ms  (missing {s['missing']})"
        )
    print(f"  idle CPU (% of a core): {result['idle_cpu_percent']}")
    print(f"  handlers while measuring (mean per batch): {result['handlers']}")
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
