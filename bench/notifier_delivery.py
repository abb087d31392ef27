"""Notifier delivery throughput, end to end: events published to Kafka, consumed by the notifier running
as a real process (`padan run notifier`), recorded in its store, sent by its worker to local receivers —
a real SMTP server (aiosmtpd) and an HTTP receiver that verifies every Standard Webhooks signature.

    uv run python -m bench.notifier_delivery                       # 500 webhooks, 500 emails
    uv run python -m bench.notifier_delivery --webhooks 2000 --emails 2000 --concurrency 16

Starts its own Kafka + FerretDB stack under .padan/bench-notifier (ports from PADAN_BENCH_KAFKA_PORT /
PADAN_BENCH_MONGO_PORT, default 29195 / 27140) unless PADAN_KAFKA_BOOTSTRAP and PADAN_MONGO_URL are set.
Prints deliveries/s per channel (from the first event published to the last delivery received) and
writes bench/results/notifier_delivery.json, with the machine's load average (the figures are bound by the
store's per-operation latency: one MongoDB connection per process on FerretDB, see the README). Use a
fresh stack: a new consumer group reads every topic from the start, so earlier runs' events add work.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import threading
import time
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer
from aiosmtpd.controller import Controller
from standardwebhooks.webhooks import Webhook

from padan.cli.testing import ServiceProcess, free_port, wait_until
from padan.shared.envelope import Envelope
from padan.shared.events import BuyerUpserted, Event, MatchChanged, MatchExplanation, SupplierUpserted
from padan.shared.vocabulary import BusinessScale, BuyerKind, MatchStatus

RESULTS = Path(__file__).parent / "results" / "notifier_delivery.json"
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "bench-logs"
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
NOW = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)


class Arrivals:
    """Thread-safe arrival times by id (Message-ID or webhook-id), raw and first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.first: dict[str, float] = {}
        self.raw = 0

    def add(self, key: str) -> None:
        with self.lock:
            self.raw += 1
            self.first.setdefault(key, time.perf_counter())


class MailSink:
    def __init__(self, arrivals: Arrivals) -> None:
        self.arrivals = arrivals

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for line in envelope.content.split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                self.arrivals.add(line.split(b":", 1)[1].strip().decode())
                break
        return "250 OK"


def start_receiver(port: int, secret: list[str], arrivals: Arrivals) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: the notifier's client reuses connections

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            Webhook(secret[0]).verify(body, headers)  # raises on a bad signature -> connection error
            arrivals.add(headers["webhook-id"])
            self.send_response(204)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def people(tag: str) -> tuple[list[Event], str, str]:
    supplier_id, buyer_id = f"bench-sup-{tag}", f"bench-buy-{tag}"
    events: list[Event] = [
        SupplierUpserted(
            version=1, occurred_at=NOW, supplier_id=supplier_id, nib="1", name="Tapis Bench", region_code="18.71",
            scale=BusinessScale.MIKRO, email=f"{supplier_id}@example.id",
        ),
        BuyerUpserted(
            version=1, occurred_at=NOW, buyer_id=buyer_id, kind=BuyerKind.PERANGKAT_DAERAH, satker_code="1",
            name="Dinas Bench", region_code="18", email=f"{buyer_id}@example.id",
        ),
    ]  # fmt: skip
    return events, supplier_id, buyer_id


def matches(supplier_id: str, buyer_id: str, count: int, status: MatchStatus) -> list[Event]:
    return [
        MatchChanged(
            version=1, occurred_at=NOW, match_id=f"{supplier_id}-m{n}", need_id=f"n{n}", product_id="p",
            supplier_id=supplier_id, buyer_id=buyer_id, status=status, score=0.8, explanation=MatchExplanation(),
            package_name=f"Paket bench {n}", product_name="Tas tapis", pagu_idr=150_000_000, region_code="18.71",
        )
        for n in range(count)
    ]  # fmt: skip


async def publish(bootstrap: str, events: list[Event]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5)
    await producer.start()
    try:
        futures = []
        for event in events:
            envelope = Envelope.new(event_type=event.event_type, source="/bench", subject=event.aggregate_id())
            futures.append(
                await producer.send(
                    event.topic,
                    event.model_dump_json().encode(),
                    key=event.aggregate_id().encode(),
                    headers=[(k, v.encode()) for k, v in envelope.to_headers().items()],
                )
            )
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def phase(
    name: str, bootstrap: str, events: list[Event], arrivals: Arrivals, expected: int, timeout: float
) -> dict[str, Any]:
    before = len(arrivals.first)
    started = time.perf_counter()
    asyncio.run(publish(bootstrap, events))
    wait_until(lambda: len(arrivals.first) - before >= expected, timeout=timeout, interval=0.05, what=name)
    last = max(arrivals.first.values())
    seconds = last - started
    figures = {
        "deliveries": expected,
        "seconds": round(seconds, 2),
        "deliveries_per_second": round(expected / seconds, 1),
        "raw_arrivals": arrivals.raw,
    }
    print(f"{name:9s} {expected:>6,} deliveries  {seconds:7.2f} s  {expected / seconds:8.1f} deliveries/s", flush=True)
    return figures


def run(bootstrap: str, webhooks: int, emails: int, concurrency: int) -> dict[str, Any]:
    LOGS.mkdir(parents=True, exist_ok=True)
    mail, hooks = Arrivals(), Arrivals()
    smtp_port, receiver_port = free_port(), free_port()
    controller = Controller(MailSink(mail), hostname="127.0.0.1", port=smtp_port)
    controller.start()
    secret: list[str] = [""]
    receiver = start_receiver(receiver_port, secret, hooks)
    run_id = uuid.uuid4().hex[:8]
    notifier = ServiceProcess(
        "notifier",
        free_port(),
        env={
            "PADAN_NOTIFIER_MONGO_DATABASE": f"bench_notifier_{run_id}",
            "PADAN_NOTIFIER_GROUP_ID": f"bench_notifier_{run_id}",
            "PADAN_NOTIFIER_SMTP_HOST": "127.0.0.1",
            "PADAN_NOTIFIER_SMTP_PORT": str(smtp_port),
            "PADAN_NOTIFIER_SMTP_STARTTLS": "false",
            "PADAN_NOTIFIER_WORKER_CONCURRENCY": str(concurrency),
            "PADAN_NOTIFIER_EMAIL_RATE_PER_MINUTE": "10000000",
            "PADAN_NOTIFIER_EMAIL_BURST": "1000000",
            "PADAN_NOTIFIER_WEBHOOK_RATE_PER_SECOND": "1000000",
            "PADAN_NOTIFIER_WEBHOOK_BURST": "1000000",
            "PADAN_NOTIFIER_LOG_LEVEL": "INFO",
            "PADAN_OUTBOUND_ALLOW": json.dumps([f"127.0.0.1:{receiver_port}"]),  # the loopback receiver
        },
        log_path=LOGS / f"bench_notifier_{run_id}.log",
    )
    notifier.start(ready_timeout=120)
    figures: dict[str, Any] = {}
    try:
        _, hook_supplier, hook_buyer = people(f"wh{run_id}")
        response = httpx.post(
            f"{notifier.url}/api/v1/subscriptions",
            json={"url": f"http://127.0.0.1:{receiver_port}/hook", "event_types": ["match.changed"],
                  "party_id": hook_supplier},
            headers=OPERATOR,
        )  # fmt: skip
        response.raise_for_status()
        secret[0] = response.json()["secret"]
        # Webhooks only: later match steps (viewed) send no email; the supplier's contact is unknown.
        figures["webhook"] = phase(
            "webhooks", bootstrap, matches(hook_supplier, hook_buyer, webhooks, MatchStatus.VIEWED), hooks, webhooks,
            timeout=60 + webhooks,
        )  # fmt: skip
        mail_people, mail_supplier, mail_buyer = people(f"em{run_id}")
        asyncio.run(publish(bootstrap, mail_people))
        wait_until(lambda: len(mail.first) >= 2, timeout=120, what="the welcome emails")
        figures["email"] = phase(
            "emails", bootstrap, matches(mail_supplier, mail_buyer, emails // 2, MatchStatus.PROPOSED), mail,
            2 * (emails // 2), timeout=60 + emails,
        )  # fmt: skip
        figures["email"]["raw_arrivals"] -= 2  # the welcomes
    finally:
        notifier.stop()
        controller.stop()
        receiver.shutdown()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--webhooks", type=int, default=500)
    parser.add_argument("--emails", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8, help="PADAN_NOTIFIER_WORKER_CONCURRENCY")
    args = parser.parse_args()
    bootstrap, mongo_url = os.environ.get("PADAN_KAFKA_BOOTSTRAP"), os.environ.get("PADAN_MONGO_URL")
    cfg = None
    if not (bootstrap and mongo_url):
        from padan.cli import stack

        cfg = stack.StackConfig.from_env(
            home=Path(os.environ.get("PADAN_BENCH_HOME", stack.repo_root() / ".padan" / "bench-notifier")),
            kafka_port=int(os.environ.get("PADAN_BENCH_KAFKA_PORT", "29195")),
            mongo_port=int(os.environ.get("PADAN_BENCH_MONGO_PORT", "27140")),
        )
        stack.reset(cfg)
        stack.up(cfg)
        bootstrap, mongo_url = cfg.kafka_bootstrap, cfg.mongo_url
        os.environ["PADAN_KAFKA_BOOTSTRAP"], os.environ["PADAN_MONGO_URL"] = bootstrap, mongo_url
    try:
        figures = run(bootstrap, args.webhooks, args.emails, args.concurrency)
    finally:
        if cfg is not None:
            from padan.cli import stack

            stack.down(cfg)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "webhooks": args.webhooks, "emails": args.emails, "concurrency": args.concurrency,
        "store": "FerretDB v1 (SQLite)" if cfg else "external", "cpus": os.cpu_count(),
        "python": platform.python_version(), "load_average_1_5_15": [round(x, 1) for x in os.getloadavg()],
        "figures": figures,
    }  # fmt: skip
    RESULTS.write_text(json.dumps(result, indent=2))
    print(f"written {RESULTS}")


if __name__ == "__main__":
    main()
