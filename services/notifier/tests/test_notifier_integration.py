"""The notifier as a real process on the real stack (Kafka + MongoDB-wire store), with a real SMTP server
(aiosmtpd) and a real HTTP receiver that verifies Standard Webhooks signatures."""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from padan.cli.kafka_probe import skip_history
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, wait_until
from padan.cli.webhook_receiver import webhook_receiver
from padan.notifier.domain.deliveries import delivery_id
from padan.shared import topics
from padan.shared.auth import AuthSettings, Principal, Role, hash_api_key, issue_token
from padan.shared.events import BuyerUpserted, DealChanged, MatchChanged, MatchExplanation, RuleCheck, SupplierUpserted
from padan.shared.vocabulary import BusinessScale, BuyerKind, DealStatus, MatchStatus
from padan.shared.web_sessions import read_signin_link

pytestmark = pytest.mark.integration
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
NOTIFIER_TOPICS = (topics.SUPPLIERS, topics.BUYERS, topics.MATCHES, topics.MEETINGS, topics.DEALS)
NOW = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
DLQ_TOPIC = "notifier.deliveries.dlq"


class People:
    """One test's supplier, buyer and operator, with addresses no other test uses."""

    def __init__(self) -> None:
        token = uuid.uuid4().hex[:8]
        self.supplier_id = f"sup-{token}"
        self.buyer_id = f"buy-{token}"
        self.supplier_email = f"tapis-{token}@example.id"
        self.buyer_email = f"perindag-{token}@example.id"
        self.operator_email = f"p3dn-{token}@example.id"

    @property
    def parties(self) -> set[str]:
        """The supplier's and buyer's addresses. (The operator also hears about every other test's
        registrations and deals still in the topics, which a fresh consumer group reads again.)"""
        return {self.supplier_email, self.buyer_email}

    def registrations(self) -> list[Any]:
        return [
            SupplierUpserted(
                version=1,
                occurred_at=NOW,
                supplier_id=self.supplier_id,
                nib="9120001234567",
                name="Tapis Siger Lampung",
                region_code="18.71",
                scale=BusinessScale.MIKRO,
                contact_name="Ibu Rahma",
                email=self.supplier_email,
            ),
            BuyerUpserted(
                version=1,
                occurred_at=NOW,
                buyer_id=self.buyer_id,
                kind=BuyerKind.PERANGKAT_DAERAH,
                satker_code="1.18.01",
                name="Dinas Perindustrian dan Perdagangan Provinsi Lampung",
                region_code="18",
                email=self.buyer_email,
            ),
        ]

    def match(self, n: int = 0) -> MatchChanged:
        return MatchChanged(
            version=1,
            occurred_at=NOW,
            match_id=f"m-{self.supplier_id}-{n}",
            need_id=f"need-{n}",
            product_id="prod-tapis",
            supplier_id=self.supplier_id,
            buyer_id=self.buyer_id,
            status=MatchStatus.PROPOSED,
            score=0.87,
            rank=1,
            explanation=MatchExplanation(
                rules=[
                    RuleCheck(rule="price_within_pagu", passed=True, detail="harga satuan tidak melebihi pagu paket")
                ],
                matched_terms=["tapis", "seminar"],
                components={"text": 0.9, "locality": 1.0},
            ),
            package_name=f"Pengadaan Kain Tapis untuk Seminar Kit {n}",
            product_name="Kain Tapis Motif Siger",
            pagu_idr=23_000_000_000,
            region_code="18.71",
        )

    def deal(self) -> DealChanged:
        return DealChanged(
            version=1,
            occurred_at=NOW,
            deal_id=f"deal-{self.supplier_id}",
            match_id=f"m-{self.supplier_id}-0",
            need_id="need-0",
            kode_rup="41234567",
            product_id="prod-tapis",
            supplier_id=self.supplier_id,
            buyer_id=self.buyer_id,
            status=DealStatus.CONTRACTED,
            value_idr=1_250_000_000,
            contract_number="027/SPK/DISPERINDAG/2026",
        )


@pytest.fixture
def start_notifier(real_stack: StackEndpoints, receiver: Any) -> Iterator[Callable[..., ServiceProcess]]:
    LOGS.mkdir(parents=True, exist_ok=True)
    started: list[ServiceProcess] = []
    database, group = unique("notifier_it"), unique("notifier_it")
    # From the end: earlier tests' matches on the shared broker would come first, each a delivery to record.
    asyncio.run(skip_history(real_stack.kafka_bootstrap, group, NOTIFIER_TOPICS))

    def start(smtp_port: int, people: People, **extra: str) -> ServiceProcess:
        env = {
            "PADAN_NOTIFIER_MONGO_DATABASE": database,
            "PADAN_NOTIFIER_GROUP_ID": group,
            "PADAN_NOTIFIER_SMTP_HOST": "127.0.0.1",
            "PADAN_NOTIFIER_SMTP_PORT": str(smtp_port),
            "PADAN_NOTIFIER_SMTP_STARTTLS": "false",
            "PADAN_NOTIFIER_SMTP_USERNAME": "padan-relay",
            "PADAN_NOTIFIER_SMTP_PASSWORD": "smtp-pass-Sangat-Rahasia-42",
            "PADAN_NOTIFIER_OPERATOR_EMAILS": json.dumps([people.operator_email]),
            "PADAN_NOTIFIER_RETRY_BASE_SECONDS": "0.5",
            "PADAN_NOTIFIER_RETRY_MAX_SECONDS": "2",
            "PADAN_NOTIFIER_MAX_ATTEMPTS": "4",
            "PADAN_NOTIFIER_WORKER_POLL_SECONDS": "0.3",
            "PADAN_NOTIFIER_EMAIL_RATE_PER_MINUTE": "6000",
            "PADAN_NOTIFIER_EMAIL_BURST": "100",
            "PADAN_NOTIFIER_DIGEST_HOUR_WIB": "0",
            "PADAN_NOTIFIER_LOG_LEVEL": "INFO",
            # The test's receiver is on loopback: reachable only through the allow-list, on its port alone.
            "PADAN_OUTBOUND_ALLOW": json.dumps([f"127.0.0.1:{receiver.port}"]),
            **extra,
        }
        process = ServiceProcess("notifier", free_port(), env=env, log_path=LOGS / f"{database}.log")
        started.append(process.start(ready_timeout=120))
        return process

    yield start
    for process in started:
        process.stop()


def _deliveries(notifier: ServiceProcess, **params: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{notifier.url}/api/v1/deliveries", params={"limit": 500, **params}, headers=OPERATOR)
    response.raise_for_status()
    return list(response.json()["items"])


def _subscribe(notifier: ServiceProcess, url: str, party_id: str) -> dict[str, Any]:
    response = httpx.post(
        f"{notifier.url}/api/v1/subscriptions",
        json={"url": url, "event_types": ["*"], "party_id": party_id, "description": "ERP uji"},
        headers=OPERATOR,
    )
    assert response.status_code == 201, response.text
    body = dict(response.json())
    assert body["secret"].startswith("whsec_")
    return body


def _assert_no_secret_in_log(process: ServiceProcess, *secrets: str) -> None:
    assert process.log_path is not None
    text = process.log_path.read_text(errors="replace")
    assert "delivery_sent" in text  # the log was captured at all
    for secret in secrets:
        assert secret not in text


def test_good_path_email_and_signed_webhooks(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people)
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    event_ids = publish_events(real_stack.kafka_bootstrap, people.registrations())
    wait_until(lambda: smtp_server.mailbox.to(people.buyer_email), timeout=90, what="the buyer's welcome")
    event_ids += publish_events(real_stack.kafka_bootstrap, [people.match(), people.deal()])
    registered_supplier, registered_buyer, match_id, deal_id = event_ids

    # Emails: 2 welcomes, 2 match emails, 2 deal emails; the operator hears of both registrations and the deal.
    mails = wait_until(
        lambda: len(smtp_server.mailbox.for_addresses(people.parties)) >= 6 and smtp_server.mailbox,
        timeout=120,
        what="six emails",
    )
    assert len(mails.for_addresses(people.parties)) == 6
    operator_key = f"operator:{people.operator_email}"
    expected = {
        f"<{delivery_id(e, operator_key, 'email')}@padan.local>"
        for e in (registered_supplier, registered_buyer, deal_id)
    }
    wait_until(
        lambda: expected <= {m["Message-ID"] for m in mails.to(people.operator_email)}, timeout=60, what="operator"
    )
    operator_ids = [m["Message-ID"] for m in mails.to(people.operator_email)]
    assert all(operator_ids.count(i) == 1 for i in expected)
    assert set(smtp_server.mailbox.logins) == {"padan-relay"}  # AUTH was used
    to_supplier = smtp_server.mailbox.to(people.supplier_email)
    match_mail = next(m for m in to_supplier if "Peluang pengadaan" in str(m["Subject"]))
    text = match_mail.get_body(preferencelist=("plain",)).get_content()
    html = match_mail.get_body(preferencelist=("html",)).get_content()
    assert "Rp 23.000.000.000" in text and "Rp 23.000.000.000" in html
    assert "harga satuan tidak melebihi pagu paket" in text and "tapis, seminar" in text
    # The supplier's link signs it in once and opens its "Peluang untuk Anda" at this match.
    signin = re.search(r"Lihat dan tanggapi: (\S+)", text)
    assert signin is not None and "/masuk/tautan?t=" in signin.group(1)
    link = read_signin_link(AuthSettings(), unquote(signin.group(1).split("t=", 1)[1]))
    assert (link.email, link.organisation_id) == (people.supplier_email, people.supplier_id)
    assert link.next_path == f"/peluang#m-{people.supplier_id}-0"
    unsubscribe = re.search(r"Berhenti berlangganan: (\S+)", text)
    assert unsubscribe is not None and "List-Unsubscribe" in match_mail

    # Webhooks for the supplier's subscription: its registration, the match and the deal, each verified.
    wait_until(lambda: len(receiver.processed) == 3, timeout=120, what="three webhooks")
    assert set(receiver.processed) == {registered_supplier, match_id, deal_id}
    assert receiver.rejected == 0
    deal = receiver.processed[deal_id]
    assert deal["type"] == "deal.changed" and deal["data"]["value_idr"] == 1_250_000_000

    # The log: every delivery sent, with its attempt; the Message-ID derives from the delivery id.
    log = _deliveries(notifier, match_id=f"m-{people.supplier_id}-0")
    assert {(d["party"], d["channel"], d["status"]) for d in log} >= {
        ("supplier", "email", "sent"),
        ("buyer", "email", "sent"),
        ("system", "webhook", "sent"),
    }
    supplier_delivery = next(d for d in log if d["party"] == "supplier" and d["event_id"] == match_id)
    assert match_mail["Message-ID"] == supplier_delivery["message_id"]
    assert supplier_delivery["delivery_id"] in supplier_delivery["message_id"]
    assert supplier_delivery["attempts"][0]["result"] == "sent"

    # Unsubscribe through the link (one-click POST), then a new match for the supplier is not emailed.
    assert httpx.get(unsubscribe.group(1)).status_code == 200
    assert httpx.post(unsubscribe.group(1), data={"choice": "off"}).status_code == 200
    (second,) = publish_events(real_stack.kafka_bootstrap, [people.match(1)])
    skipped = wait_until(
        lambda: [d for d in _deliveries(notifier, event_id=second) if d["party"] == "supplier"],
        timeout=60,
        what="the second match's supplier delivery",
    )
    assert skipped[0]["status"] == "skipped"
    _assert_no_secret_in_log(notifier, "smtp-pass-Sangat-Rahasia-42", subscription["secret"], "query-secret-token")


def test_receiver_down_then_up_is_retried_until_delivered(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people, PADAN_NOTIFIER_MAX_ATTEMPTS="30")
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    receiver.stop()  # down: connection refused
    (match_id,) = publish_events(real_stack.kafka_bootstrap, [people.match()])

    def webhook() -> dict[str, Any] | None:
        found = [d for d in _deliveries(notifier, event_id=match_id) if d["channel"] == "webhook"]
        return found[0] if found else None

    # Between attempts the delivery waits as "retrying"; during one it is "sending", so wait for the former.
    wait_until(
        lambda: (w := webhook()) and w["attempt_count"] >= 2 and w["status"] == "retrying",
        timeout=90,
        what="two failed attempts, waiting to retry",
    )
    receiver.start()  # up again, same port
    delivered = wait_until(lambda: (w := webhook()) and w["status"] == "sent" and w, timeout=90, what="delivery")
    results = [a["result"] for a in delivered["attempts"]]
    assert results[-1] == "sent" and results.count("failed") >= 2
    assert len(receiver.arrivals_of(match_id)) == 1


def test_permanent_failure_goes_to_the_dlq_and_is_redriven(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people, PADAN_NOTIFIER_MAX_ATTEMPTS="3")
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    receiver.fail_with = 500
    (match_id,) = publish_events(real_stack.kafka_bootstrap, [people.match()])

    def webhook() -> dict[str, Any]:
        return next(d for d in _deliveries(notifier, event_id=match_id) if d["channel"] == "webhook")

    wait_until(lambda: _deliveries(notifier, event_id=match_id), timeout=60, what="the deliveries")
    dead = wait_until(lambda: (w := webhook())["status"] == "dead" and w, timeout=90, what="a dead delivery")
    assert dead["attempt_count"] == 3 and dead["last_error"] == "HTTP 500"
    assert len(receiver.arrivals_of(match_id)) == 3
    wait_until(lambda: webhook().get("dlq_published_at"), timeout=30, what="the DLQ publication")
    parked = _read_dlq(real_stack.kafka_bootstrap, dead["delivery_id"])
    assert parked["event_id"] == match_id and parked["attempts"] == 3 and parked["last_error"] == "HTTP 500"
    assert "query-secret-token" not in json.dumps(parked)  # the URL query may hold a token

    receiver.fail_with = None  # the receiver is fixed; the operator re-drives
    forbidden = httpx.post(f"{notifier.url}/api/v1/deliveries/{dead['delivery_id']}/redrive")
    assert forbidden.status_code == 401
    response = httpx.post(f"{notifier.url}/api/v1/deliveries/{dead['delivery_id']}/redrive", headers=OPERATOR)
    assert response.status_code == 200, response.text
    sent = wait_until(lambda: (w := webhook())["status"] == "sent" and w, timeout=60, what="the re-driven delivery")
    assert [a["result"] for a in sent["attempts"]] == ["failed", "failed", "failed", "redriven", "sent"]
    assert set(receiver.processed) == {match_id}
    again = httpx.post(f"{notifier.url}/api/v1/deliveries/{dead['delivery_id']}/redrive", headers=OPERATOR)
    assert again.status_code == 409


def _read_dlq(bootstrap: str, delivery_id: str) -> dict[str, Any]:
    async def read() -> dict[str, Any]:
        consumer = AIOKafkaConsumer(
            DLQ_TOPIC, bootstrap_servers=bootstrap, group_id=unique("dlq"), auto_offset_reset="earliest"
        )
        await consumer.start()
        try:
            for _ in range(60):
                batch = await consumer.getmany(timeout_ms=500)
                for records in batch.values():
                    for record in records:
                        if record.key == delivery_id.encode():
                            return dict(json.loads(record.value))
        finally:
            await consumer.stop()
        raise AssertionError(f"no DLQ message for {delivery_id}")

    return asyncio.run(read())


def test_sigkill_mid_batch_sends_no_duplicate_and_loses_nothing(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    smtp_server.mailbox.delay_seconds = 0.05  # slow enough that the kill lands mid-batch
    notifier = start_notifier(smtp_server.port, people, PADAN_NOTIFIER_WORKER_CONCURRENCY="2")
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    publish_events(real_stack.kafka_bootstrap, people.registrations())
    wait_until(lambda: len(smtp_server.mailbox.for_addresses(people.parties)) >= 2, timeout=90, what="welcomes")
    batch = 20
    event_ids = publish_events(real_stack.kafka_bootstrap, [people.match(n) for n in range(batch)])
    wait_until(lambda: len(smtp_server.mailbox.to(people.supplier_email)) >= 4, timeout=90, what="the batch to start")
    notifier.kill()  # SIGKILL mid-batch: offsets, schedule and sends wherever they were
    sent_before = len(smtp_server.mailbox.for_addresses(people.parties))
    restarted = start_notifier(smtp_server.port, people, PADAN_NOTIFIER_WORKER_CONCURRENCY="2")
    expected_mails = 2 + 2 * batch

    wait_until(
        lambda: len({m["Message-ID"] for m in smtp_server.mailbox.for_addresses(people.parties)}) >= expected_mails,
        timeout=180,
        what="every email",
    )
    wait_until(lambda: set(event_ids) <= set(receiver.processed), timeout=180, what="every webhook")
    mails = smtp_server.mailbox.for_addresses(people.parties)
    assert sent_before < expected_mails  # the kill really was mid-batch

    # Exactly once in effect: one Message-ID per (event, recipient); a raw repeat only for a delivery whose
    # log shows an in-doubt resend (the process died between the server's 250 and recording it).
    log = [d for e in event_ids for d in _deliveries(restarted, event_id=e)]
    assert len(log) == 3 * batch and {d["status"] for d in log} == {"sent"}
    in_doubt = {
        d.get("message_id") or d.get("webhook_id") for d in log if any(a["in_doubt_resend"] for a in d["attempts"])
    }
    message_ids = [m["Message-ID"] for m in mails]
    assert len(set(message_ids)) == expected_mails
    repeated = {m for m in message_ids if message_ids.count(m) > 1}
    assert repeated <= in_doubt, (repeated, in_doubt)
    arrivals = [a["id"] for a in receiver.arrivals]
    repeated_hooks = {i for i in arrivals if arrivals.count(i) > 1}
    assert repeated_hooks <= in_doubt
    assert len(repeated) + len(repeated_hooks) <= 2  # at most the in-flight ones (concurrency 2)


def test_sigkill_while_a_batch_is_recorded_loses_and_duplicates_nothing(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    """The kill lands while batches of events are being recorded (some deliveries in, the offsets not
    committed): the redelivered batches land on the same deliveries, and each is sent once."""
    people = People()
    # Small batches, many of them: the kill, as soon as the first is recorded, lands among the others.
    batched = {"PADAN_NOTIFIER_BATCH_MAX_RECORDS": "10", "PADAN_NOTIFIER_WORKER_CONCURRENCY": "2"}
    notifier = start_notifier(smtp_server.port, people, **batched)
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    publish_events(real_stack.kafka_bootstrap, people.registrations())
    wait_until(lambda: len(smtp_server.mailbox.for_addresses(people.parties)) >= 2, timeout=90, what="welcomes")
    count = 200
    event_ids = publish_events(real_stack.kafka_bootstrap, [people.match(n) for n in range(count)])
    wait_until(lambda: _stored(real_stack, notifier, event_ids[0]), timeout=90, interval=0.02, what="the first batch")
    notifier.kill()
    recorded_before = sum(1 for e in event_ids if _stored(real_stack, notifier, e))
    restarted = start_notifier(smtp_server.port, people, **batched)
    expected_mails = 2 + 2 * count

    wait_until(
        lambda: len({m["Message-ID"] for m in smtp_server.mailbox.for_addresses(people.parties)}) >= expected_mails,
        timeout=300,
        what="every email",
    )
    wait_until(lambda: set(event_ids) <= set(receiver.processed), timeout=180, what="every webhook")
    assert recorded_before < count  # the kill really came before every event was recorded
    log = [d for e in event_ids for d in _deliveries(restarted, event_id=e)]
    assert len(log) == 3 * count and len({d["delivery_id"] for d in log}) == 3 * count
    wait_until(
        lambda: {d["status"] for e in event_ids for d in _deliveries(restarted, event_id=e)} == {"sent"},
        timeout=60,
        what="every delivery marked sent",
    )
    in_doubt = {
        d.get("message_id") or d.get("webhook_id") for d in log if any(a["in_doubt_resend"] for a in d["attempts"])
    }
    message_ids = [m["Message-ID"] for m in smtp_server.mailbox.for_addresses(people.parties)]
    assert len(set(message_ids)) == expected_mails
    assert {m for m in message_ids if message_ids.count(m) > 1} <= in_doubt
    arrivals = [a["id"] for a in receiver.arrivals]
    assert {i for i in arrivals if arrivals.count(i) > 1} <= in_doubt


def _stored(real_stack: StackEndpoints, notifier: ServiceProcess, event_id: str) -> bool:
    """Whether the killed notifier had recorded this event's deliveries (read from its database)."""
    from pymongo import MongoClient

    database = notifier.env["PADAN_NOTIFIER_MONGO_DATABASE"]
    client: MongoClient[dict[str, Any]]
    with MongoClient(real_stack.mongo_url, serverSelectionTimeoutMS=5000) as client:
        return client[database].deliveries.find_one({"event_id": event_id}) is not None


def test_digest_mode_sends_one_email_for_the_day(
    start_notifier: Any, smtp_server: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people)
    response = httpx.put(
        f"{notifier.url}/api/v1/preferences/supplier/{people.supplier_id}", json={"email": "digest"}, headers=OPERATOR
    )
    assert response.status_code == 200 and response.json()["email"] == "digest"
    assert (
        httpx.put(
            f"{notifier.url}/api/v1/preferences/supplier/{people.supplier_id}",
            json={"email": "weekly"},
            headers=OPERATOR,
        ).status_code
        == 422
    )
    # Contacts first: a match whose supplier the notifier has never heard of has no address to use.
    event_ids = publish_events(real_stack.kafka_bootstrap, people.registrations())
    wait_until(lambda: smtp_server.mailbox.to(people.buyer_email), timeout=90, what="the buyer's welcome")
    event_ids += publish_events(real_stack.kafka_bootstrap, [people.match(n) for n in range(3)])

    def supplier_log() -> list[dict[str, Any]]:
        return [d for e in event_ids for d in _deliveries(notifier, event_id=e) if d["party"] == "supplier"]

    wait_until(lambda: len(supplier_log()) == 4, timeout=90, what="four supplier deliveries")
    assert {d["status"] for d in supplier_log()} == {"digest_waiting"}
    wait_until(lambda: len(smtp_server.mailbox.to(people.buyer_email)) == 4, timeout=90, what="buyer emails")
    assert smtp_server.mailbox.to(people.supplier_email) == []  # the buyer is immediate, the supplier waits

    run = httpx.post(f"{notifier.url}/api/v1/digests/run", headers=OPERATOR)
    assert run.status_code == 200 and run.json()["digests"] == 1
    (digest,) = wait_until(lambda: smtp_server.mailbox.to(people.supplier_email), timeout=60, what="the digest")
    assert "Ringkasan harian" in str(digest["Subject"]) and "4 kabar" in str(digest["Subject"])
    text = digest.get_body(preferencelist=("plain",)).get_content()
    for n in range(3):
        assert f"Seminar Kit {n}" in text
    assert {d["status"] for d in supplier_log()} == {"in_digest"}
    assert httpx.post(f"{notifier.url}/api/v1/digests/run", headers=OPERATOR).json()["digests"] == 0
    wait_until(
        lambda: _deliveries(notifier, event_id=f"digest:{supplier_log()[0]['digest_id']}")[0]["status"] == "sent",
        timeout=60,
        what="the digest marked sent",
    )
    assert len(smtp_server.mailbox.to(people.supplier_email)) == 1


def test_repository_records_once_on_the_real_store(real_stack: StackEndpoints) -> None:
    """The bulk paths a redelivered event takes (duplicate keys inside insert_many) on the real server."""
    from padan.notifier.adapters.repository import MongoNotifierRepository
    from padan.notifier.domain.deliveries import NewDelivery
    from padan.notifier.domain.planning import Contact
    from padan.shared.mongo import make_mongo_client

    async def check() -> None:
        client = make_mongo_client(real_stack.mongo_url, 1)
        try:
            repository = MongoNotifierRepository(client[unique("notifier_repo")])
            first = [
                NewDelivery({"_id": "a", "channel": "email", "status": "sent", "created_at": NOW}),
                NewDelivery({"_id": "b", "channel": "email", "status": "pending"}),
            ]
            assert await repository.insert_deliveries(first) == {}
            again = [
                NewDelivery({"_id": "a", "channel": "email", "status": "pending"}),
                NewDelivery({"_id": "c", "channel": "email", "status": "pending"}),
            ]
            existing = await repository.insert_deliveries(again)
            assert list(existing) == ["a"] and existing["a"]["status"] == "sent"
            assert {d["_id"] for d in await repository.deliveries(["a", "b", "c"])} == {"a", "b", "c"}
            await repository.schedule_many(["b", "c"], NOW)
            await repository.schedule_many(["c"], NOW.replace(hour=5))  # already scheduled: moved
            due = await repository.due(NOW.replace(hour=4), 10)
            assert [d["_id"] for d in due] == ["b"]
            repository.unschedule_soon("b")  # sent: leaves with the next read of the schedule
            assert [d["_id"] for d in await repository.due(NOW.replace(hour=6), 10)] == ["c"]

            # Bodies are stored once beside the delivery and joined back for sending, the API and the DLQ.
            small = {"subject": "S", "message_id": "<e@padan.local>"}
            mail = NewDelivery(
                {"_id": "e", "channel": "email", "status": "pending", "attempts": [], "email": small},
                {"text": "teks", "html": "<p>teks</p>"},
            )
            hook = NewDelivery(
                {"_id": "w", "channel": "webhook", "status": "pending", "webhook": {"webhook_id": "x"}}, {"body": "{}"}
            )
            assert await repository.insert_deliveries([mail, hook]) == {}
            stored = await repository.delivery("e")
            assert stored is not None and stored["email"] == small
            assert await repository.delivery_with_bodies("e") == mail.whole()
            assert mail.whole()["email"] == {**small, "text": "teks", "html": "<p>teks</p>"}
            assert await repository.delivery_with_bodies("w") == hook.whole()
            assert list(await repository.insert_deliveries([mail])) == ["e"]  # again: nothing new
            # A delivery recorded whole (before bodies moved out) is read whole.
            await repository.insert_deliveries(
                [NewDelivery({"_id": "old", "channel": "webhook", "webhook": {"body": "{}"}})]
            )
            assert await repository.delivery_with_bodies("old") == {
                "_id": "old",
                "channel": "webhook",
                "webhook": {"body": "{}"},
            }

            # A try noted twice is a try that began before and never recorded its outcome.
            assert await repository.start_attempt("e", 1, NOW) is True
            assert await repository.start_attempt("e", 1, NOW) is False
            assert await repository.start_attempt("e", 2, NOW) is True

            # Contacts: an older version changes nothing, also for a fresh process (cache empty).
            await repository.remember_contact(Contact("supplier", "s1", "baru@example.id", "Baru"), 2)
            await repository.remember_contact(Contact("supplier", "s1", "lama@example.id", "Lama"), 1)
            fresh = MongoNotifierRepository(repository._db)
            await fresh.remember_contact(Contact("supplier", "s1", "lama@example.id", "Lama"), 1)
            assert (await fresh.contacts(["s1", "nobody"]))["s1"].email == "baru@example.id"
            assert list(await fresh.contacts(["nobody"])) == []

            await repository.add_to_digest("supplier:s1", ["a", "b"])
            await repository.add_to_digest("supplier:s1", ["b", "c"])
            (bucket,) = await repository.digest_buckets()
            assert bucket["items"] == ["a", "b", "c"] and bucket["seq"] == 2
        finally:
            await client.close()

    asyncio.run(check())


# --- Outbound-URL policy and subscriptions (SSRF) ---------------------------------------------------------
def _subscribe_as(notifier: ServiceProcess, headers: dict[str, str], url: str, **extra: Any) -> httpx.Response:
    body = {"url": url, "event_types": ["*"], "description": "ERP uji", **extra}
    return httpx.post(f"{notifier.url}/api/v1/subscriptions", json=body, headers=headers)


def test_suppliers_cannot_subscribe_and_internal_destinations_are_refused_when_subscribing(
    start_notifier: Any, smtp_server: Any, receiver: Any
) -> None:
    people = People()
    integration_key = "erp-dinas-" + uuid.uuid4().hex
    notifier = start_notifier(
        smtp_server.port, people, PADAN_AUTH_INTEGRATION_KEY_HASHES=json.dumps([hash_api_key(integration_key)])
    )
    # The reported attack: a supplier's own token subscribes the notifier to an address of its choice.
    token, _ = issue_token(AuthSettings(), Principal(people.supplier_id, Role.SUPPLIER, people.supplier_id))
    supplier = {"Authorization": f"Bearer {token}"}
    assert _subscribe_as(notifier, supplier, "http://169.254.169.254/latest/meta-data/").status_code == 403
    assert _subscribe_as(notifier, supplier, receiver.url).status_code == 403

    with webhook_receiver() as internal:  # a real service on loopback, not on the allow-list
        for url in (
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://10.20.30.40:8080/hooks",
            "http://[::1]:27027/",
            "http://[::ffff:127.0.0.1]:8101/api/v1/suppliers",
            f"http://127.0.0.1:{internal.port}/hooks",
            f"http://localhost:{internal.port}/hooks",
            "http://operator:rahasia@example.id/hooks",
            "ftp://example.id/hooks",
        ):
            refused = _subscribe_as(notifier, OPERATOR, url)
            assert refused.status_code == 422, (url, refused.text)
            assert refused.json()["errors"][0]["field"] == "url"
        allowed = _subscribe(notifier, receiver.url, people.supplier_id)["subscription_id"]
        changed = httpx.patch(
            f"{notifier.url}/api/v1/subscriptions/{allowed}",
            json={"url": f"http://127.0.0.1:{internal.port}/hooks"},
            headers=OPERATOR,
        )
        assert changed.status_code == 422
        assert internal.arrivals == [] and internal.rejected == 0  # nothing was ever sent there

    # A downstream system with an integration key subscribes, and sees only its own subscriptions.
    erp = {"X-API-Key": integration_key}
    own = _subscribe_as(notifier, erp, receiver.url)
    assert own.status_code == 201, own.text
    listed = httpx.get(f"{notifier.url}/api/v1/subscriptions", headers=erp).json()["items"]
    assert [s["subscription_id"] for s in listed] == [own.json()["subscription_id"]]
    everyone = httpx.get(f"{notifier.url}/api/v1/subscriptions", headers=OPERATOR).json()["items"]
    assert len(everyone) == 2
    # The supplier sees the subscription about itself, may not change it, and may end it.
    about_me = next(s for s in everyone if s["party_id"] == people.supplier_id)["subscription_id"]
    assert httpx.get(f"{notifier.url}/api/v1/subscriptions/{about_me}", headers=supplier).status_code == 200
    assert (
        httpx.patch(
            f"{notifier.url}/api/v1/subscriptions/{about_me}", json={"url": receiver.url}, headers=supplier
        ).status_code
        == 403
    )
    assert httpx.get(f"{notifier.url}/api/v1/subscriptions/{about_me}", headers=erp).status_code == 404
    assert httpx.delete(f"{notifier.url}/api/v1/subscriptions/{about_me}", headers=supplier).status_code == 204


def test_a_destination_no_longer_allowed_is_refused_at_delivery_and_not_retried(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people)
    subscription = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(subscription["secret"])
    notifier.stop()
    # The operator takes the receiver off the allow-list: the stored subscription is checked again at delivery.
    restarted = start_notifier(smtp_server.port, people, PADAN_OUTBOUND_ALLOW="[]", PADAN_NOTIFIER_MAX_ATTEMPTS="8")
    (match_id,) = publish_events(real_stack.kafka_bootstrap, [people.match()])

    def webhook() -> dict[str, Any] | None:
        found = [d for d in _deliveries(restarted, event_id=match_id) if d["channel"] == "webhook"]
        return found[0] if found else None

    dead = wait_until(lambda: (w := webhook()) and w["status"] == "dead" and w, timeout=90, what="a refused delivery")
    assert dead["attempt_count"] == 1  # no retries toward a refused destination
    assert dead["last_error"] == "alamat tujuan tidak diizinkan / destination not allowed"
    assert receiver.arrivals == [] and receiver.rejected == 0


def test_a_deleted_subscription_ends_its_retries(
    start_notifier: Any, smtp_server: Any, receiver: Any, publish_events: Any, real_stack: StackEndpoints
) -> None:
    people = People()
    notifier = start_notifier(smtp_server.port, people, PADAN_NOTIFIER_MAX_ATTEMPTS="30")
    doomed = _subscribe(notifier, receiver.url, people.supplier_id)
    sentinel = _subscribe(notifier, receiver.url, people.supplier_id)
    receiver.secrets.append(sentinel["secret"])  # only the sentinel's webhooks verify at the receiver
    receiver.stop()  # down: connection refused, both subscriptions' deliveries retry
    (match_id,) = publish_events(real_stack.kafka_bootstrap, [people.match()])

    def hook(subscription: dict[str, Any]) -> dict[str, Any] | None:
        found = _deliveries(notifier, event_id=match_id, party_id=subscription["subscription_id"])
        return found[0] if found else None

    wait_until(
        lambda: (d := hook(doomed)) and d["attempt_count"] >= 2 and d["status"] == "retrying",
        timeout=90,
        what="the doomed subscription's delivery retrying",
    )
    deleted = httpx.delete(f"{notifier.url}/api/v1/subscriptions/{doomed['subscription_id']}", headers=OPERATOR)
    assert deleted.status_code == 204
    cancelled = wait_until(lambda: (d := hook(doomed)) and d["status"] == "cancelled" and d, timeout=30, what="cancel")
    assert not _scheduled(real_stack, notifier, cancelled["delivery_id"])  # no retry is left in the schedule

    receiver.start()  # up again: the sentinel's retries now succeed, the doomed one's never come
    wait_until(lambda: (d := hook(sentinel)) and d["status"] == "sent", timeout=90, what="the sentinel's delivery")
    # The worker went on (it sent the sentinel's retry); the doomed delivery, settled and off the schedule,
    # was never tried again.
    final = hook(doomed)
    assert final is not None and final["status"] == "cancelled"
    assert final["attempt_count"] == cancelled["attempt_count"] and len(final["attempts"]) == len(cancelled["attempts"])
    assert len(receiver.arrivals_of(match_id)) == 1 and receiver.rejected == 0


def _scheduled(real_stack: StackEndpoints, notifier: ServiceProcess, delivery_id: str) -> bool:
    from pymongo import MongoClient

    database = notifier.env["PADAN_NOTIFIER_MONGO_DATABASE"]
    client: MongoClient[dict[str, Any]]
    with MongoClient(real_stack.mongo_url, serverSelectionTimeoutMS=5000) as client:
        return client[database].schedule.find_one({"_id": delivery_id}) is not None
