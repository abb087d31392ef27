"""The delivery state machine on in-memory fakes: record once, send, retry, DLQ, in-doubt resend, rate
limits, re-drive, digests, rendering, and no secret in any log line."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import structlog
from prometheus_client import REGISTRY

from padan.cli.testing import wait_until_async
from padan.notifier.adapters.senders import Cancelled, SendFailed
from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.channels.email import email_channel
from padan.notifier.channels.spec import ChannelDeps, Channels
from padan.notifier.channels.webhook import webhook_channel
from padan.notifier.domain.planning import Contact
from padan.notifier.domain.preferences import Preference
from padan.notifier.entrypoints.worker import DeliveryWorker
from padan.notifier.handlers.attempt_delivery import attempt_delivery
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.notify_event import notify_event, notify_events
from padan.notifier.handlers.redrive import NotRedrivable, redrive
from padan.notifier.handlers.send_digests import send_digests
from padan.notifier.settings import Settings
from padan.shared.envelope import Envelope
from padan.shared.events import MatchChanged, MatchExplanation, RuleCheck, SupplierUpserted
from padan.shared.logging import configure_logging
from padan.shared.metrics import service
from padan.shared.outbound import OutboundPolicy
from padan.shared.vocabulary import BusinessScale, MatchStatus
from services.notifier.tests.fakes import Crash, FakeDeadLetters, FakeSender, InMemoryNotifierRepository

T0 = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
SECRET = "whsec_c2VjcmV0LXRoYXQtbXVzdC1uZXZlci1iZS1sb2dnZWQ="


SETTINGS = Settings(smtp_host="127.0.0.1", max_attempts=3, email_burst=2, email_rate_per_minute=60)


@pytest.fixture
async def ctx() -> NotifierContext:
    return await _context(SETTINGS)


async def _context(settings: Settings) -> NotifierContext:
    repository = InMemoryNotifierRepository()
    await repository.save_subscription(
        {"_id": "sub1", "url": "https://erp.example/hook?token=query-token-XYZ", "event_types": ["*"], "secret": SECRET}
    )
    subscriptions = SubscriptionCache(repository)
    await subscriptions.reload()
    repository.add_contact(Contact("supplier", "s1", "rahma@example.id", "Ibu Rahma"))
    repository.add_contact(Contact("buyer", "b1", "dinas@example.id", "Disperindag"))
    deps = ChannelDeps(settings, repository, subscriptions, "unsub-secret", OutboundPolicy())
    return NotifierContext(
        settings=settings,
        repository=repository,
        subscriptions=subscriptions,
        channels=Channels([email_channel(deps, FakeSender()), webhook_channel(deps, FakeSender())]),
        dead_letters=FakeDeadLetters(),
        unsubscribe_secret="unsub-secret",
        clock=lambda: T0,
    )


def _match(package: str = "Seminar kit <tapis> & sulam usus") -> MatchChanged:
    return MatchChanged(
        version=1,
        occurred_at=T0,
        match_id="m1",
        need_id="n1",
        product_id="p1",
        supplier_id="s1",
        buyer_id="b1",
        status=MatchStatus.PROPOSED,
        score=0.87,
        rank=2,
        explanation=MatchExplanation(
            rules=[RuleCheck(rule="price_within_pagu", passed=True, detail="harga satuan tidak melebihi pagu paket")],
            matched_terms=["tapis"],
            components={"relevance": 0.93, "fit": 1.0, "text": 0.9},
        ),
        package_name=package,
        product_name="Tas tapis",
        pagu_idr=23_000_000_000,
        region_code="18.71",
    )


ENVELOPE = Envelope.new(event_type=MatchChanged.event_type, source="/matcher", event_id="evt-1", time=T0)


def repo(ctx: NotifierContext) -> InMemoryNotifierRepository:
    return ctx.repository  # type: ignore[return-value]


def sender(ctx: NotifierContext, channel: str) -> FakeSender:
    spec = ctx.channels.get(channel)
    assert spec is not None
    return spec.sender  # type: ignore[return-value]


async def test_record_once_then_send_each_delivery_once(ctx: NotifierContext) -> None:
    assert await notify_event(ctx, _match(), ENVELOPE) == 3
    assert await notify_event(ctx, _match(), ENVELOPE) == 0  # Kafka redelivered it
    assert len(repo(ctx).schedule_) == 3
    for delivery_id in list(repo(ctx).schedule_):
        await attempt_delivery(ctx, delivery_id)
    for delivery_id in list(repo(ctx).docs):
        await attempt_delivery(ctx, delivery_id)  # a stale schedule entry: already sent, skipped
    assert len(sender(ctx, "email").sent) == 2 and len(sender(ctx, "webhook").sent) == 1
    assert {d["status"] for d in repo(ctx).docs.values()} == {"sent"}
    assert repo(ctx).schedule_ == {}
    await notify_event(ctx, _match(), ENVELOPE)  # redelivered after sending: no new send
    assert repo(ctx).schedule_ == {}


async def test_email_content_is_indonesian_with_rupiah_reasons_links_and_escaped_html(ctx: NotifierContext) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    supplier_id = next(i for i, d in repo(ctx).docs.items() if d["party"] == "supplier")
    supplier = await repo(ctx).delivery_with_bodies(supplier_id)
    assert supplier is not None
    email = supplier["email"]
    assert email["subject"] == "Peluang pengadaan: Seminar kit <tapis> & sulam usus (Rp 23 miliar)"
    assert "Pagu paket: Rp 23.000.000.000" in email["text"]
    assert (
        "harga satuan tidak melebihi pagu paket" in email["text"] and "Kesesuaian teks: 0,90" in email["text"]
    )  # a decimal comma
    # every part of the score in Bahasa Indonesia, none by its field name
    assert "Relevansi dengan paket: 0,93" in email["text"] and "Kesesuaian jenis barang: 1,00" in email["text"]
    assert "relevance" not in email["text"] and "fit:" not in email["text"]
    assert "http://127.0.0.1:8102/kecocokan/m1" in email["text"]  # the matcher serves the match page
    assert "/berhenti-langganan?token=" in email["text"] and "Berhenti berlangganan" in email["html"]
    assert "&lt;tapis&gt; &amp; sulam usus" in email["html"] and "<tapis>" not in email["html"]
    assert email["message_id"] == f"<{supplier['_id']}@padan.local>"
    webhook_id = next(i for i, d in repo(ctx).docs.items() if d["channel"] == "webhook")
    webhook = await repo(ctx).delivery_with_bodies(webhook_id)
    assert webhook is not None
    body = json.loads(webhook["webhook"]["body"])
    assert body["type"] == "match.changed" and body["data"]["pagu_idr"] == 23_000_000_000
    assert webhook["webhook"]["webhook_id"] == "evt-1"  # the event id is the receiver's idempotency key


async def test_failures_back_off_then_go_dead_to_the_dlq_and_can_be_redriven(ctx: NotifierContext) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    hook = next(d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "webhook")
    sender(ctx, "webhook").failure = SendFailed("HTTP 503", 503)
    await attempt_delivery(ctx, hook)
    doc = repo(ctx).docs[hook]
    assert doc["status"] == "retrying" and doc["attempt_count"] == 1
    due, action = repo(ctx).schedule_[hook]
    assert action == "send" and T0 + timedelta(seconds=15) <= due <= T0 + timedelta(seconds=30)
    await attempt_delivery(ctx, hook)
    await attempt_delivery(ctx, hook)
    assert doc["status"] == "dead" and [a["result"] for a in doc["attempts"]] == ["failed"] * 3
    assert ctx.dead_letters.published == [hook]  # type: ignore[attr-defined]
    assert hook not in repo(ctx).schedule_
    with pytest.raises(NotRedrivable):
        await redrive(ctx, next(d for d in repo(ctx).docs if d != hook), "operator")
    sender(ctx, "webhook").failure = None
    await redrive(ctx, hook, "operator")
    await attempt_delivery(ctx, hook)
    assert doc["status"] == "sent"
    assert [a["result"] for a in doc["attempts"]] == ["failed", "failed", "failed", "redriven", "sent"]


def _deliveries_counted(channel: str, outcome: str) -> float:
    labels = {"service": service(), "channel": channel, "outcome": outcome}
    return REGISTRY.get_sample_value("padan_deliveries_total", labels) or 0.0


async def test_every_attempt_is_counted_by_channel_and_outcome_for_the_deliveries_panel(ctx: NotifierContext) -> None:
    outcomes = ("sent", "retry", "failed")
    before = {(c, o): _deliveries_counted(c, o) for c in ("email", "webhook") for o in outcomes}
    await notify_event(ctx, _match(), ENVELOPE)
    hook = next(d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "webhook")
    emails = [d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "email"]
    sender(ctx, "webhook").failure = SendFailed("HTTP 503", 503)
    for _ in range(3):  # two retries, then dead
        await attempt_delivery(ctx, hook)
    for email in emails:
        await attempt_delivery(ctx, email)
    after = {key: _deliveries_counted(*key) - count for key, count in before.items()}
    assert after == {
        ("webhook", "sent"): 0, ("webhook", "retry"): 2, ("webhook", "failed"): 1,
        ("email", "sent"): len(emails), ("email", "retry"): 0, ("email", "failed"): 0,
    }  # fmt: skip


async def test_a_delivery_found_sending_after_a_crash_is_resent_and_flagged(ctx: NotifierContext) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    email = next(d["_id"] for d in repo(ctx).docs.values() if d["party"] == "buyer")
    repo(ctx).docs[email]["status"] = "sending"  # the process died between the send and recording it
    await attempt_delivery(ctx, email)
    assert repo(ctx).docs[email]["attempts"][-1]["in_doubt_resend"] is True
    assert repo(ctx).docs[email]["status"] == "sent"


async def test_a_try_that_began_and_never_recorded_its_outcome_is_resent_in_doubt(ctx: NotifierContext) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    hook = next(d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "webhook")
    await repo(ctx).start_attempt(hook, 1, T0)  # the process died after noting the try, before its outcome
    await attempt_delivery(ctx, hook)
    assert [a["in_doubt_resend"] for a in repo(ctx).docs[hook]["attempts"]] == [True]
    # After failures and a re-drive the tries go on numbering from the log: none is taken for a resend.
    sender(ctx, "webhook").failure = SendFailed("HTTP 503", 503)
    repo(ctx).docs[hook].update(status="pending", attempt_count=0)
    for _ in range(3):
        await attempt_delivery(ctx, hook)
    await redrive(ctx, hook, "operator")
    sender(ctx, "webhook").failure = None
    await attempt_delivery(ctx, hook)
    attempts = repo(ctx).docs[hook]["attempts"]
    assert [a["result"] for a in attempts] == ["sent", "failed", "failed", "failed", "redriven", "sent"]
    assert [a.get("in_doubt_resend") for a in attempts] == [True, False, False, False, None, False]


async def test_rate_limit_defers_instead_of_dropping(ctx: NotifierContext) -> None:
    for n in range(3):
        envelope = Envelope.new(event_type=MatchChanged.event_type, source="/m", event_id=f"evt-{n}", time=T0)
        await notify_event(ctx, _match(), envelope)
    emails = [d["_id"] for d in repo(ctx).docs.values() if d["party"] == "supplier"]
    for delivery_id in emails:
        await attempt_delivery(ctx, delivery_id)
    statuses = [repo(ctx).docs[i]["status"] for i in emails]
    assert statuses == ["sent", "sent", "pending"]  # a burst of 2, then 1 a second
    assert repo(ctx).schedule_[emails[2]][0] > T0


async def test_preferences_off_and_digest(ctx: NotifierContext) -> None:
    repo(ctx).prefs = {"supplier:s1": Preference.DIGEST, "buyer:b1": Preference.OFF}
    for n in range(2):
        envelope = Envelope.new(event_type=MatchChanged.event_type, source="/m", event_id=f"evt-{n}", time=T0)
        await notify_event(ctx, _match(f"Paket {n}"), envelope)
    by_party = {d["party"]: d["status"] for d in repo(ctx).docs.values()}
    assert by_party == {"supplier": "digest_waiting", "buyer": "skipped", "system": "pending"}
    assert await send_digests(ctx) == 1
    assert await send_digests(ctx) == 0  # nothing waits any more
    digest_id = next(i for i, d in repo(ctx).docs.items() if d["event_type"] == "digest")
    digest = await repo(ctx).delivery_with_bodies(digest_id)
    assert digest is not None
    assert "2 kabar" in digest["subject"] and "Paket 0" in digest["email"]["text"]
    assert digest["_id"] in repo(ctx).schedule_


# --- Batches ------------------------------------------------------------------------------------------
def _registration(supplier_id: str) -> SupplierUpserted:
    return SupplierUpserted(
        version=1, occurred_at=T0, supplier_id=supplier_id, nib="1", name="Tapis Baru", region_code="18.71",
        scale=BusinessScale.MIKRO, email=f"{supplier_id}@example.id",
    )  # fmt: skip


def _batch(count: int, supplier_id: str = "s1") -> list[tuple[Any, Envelope]]:
    batch: list[tuple[Any, Envelope]] = []
    for n in range(count):
        event = _match(f"Paket {n}").model_copy(update={"match_id": f"m{n}", "supplier_id": supplier_id})
        batch.append((event, Envelope.new(event_type=MatchChanged.event_type, source="/m", event_id=f"e{n}", time=T0)))
    return batch


async def test_a_batch_records_every_delivery_once_and_a_redelivered_batch_nothing(ctx: NotifierContext) -> None:
    batch = _batch(5)
    assert await notify_events(ctx, batch) == 15  # supplier, buyer, webhook per match
    assert await notify_events(ctx, batch) == 0
    assert len(repo(ctx).docs) == 15 and len(repo(ctx).schedule_) == 15
    assert repo(ctx).writes == 4  # per batch: one insert of the deliveries, one of the schedule


async def test_a_registration_in_the_same_batch_gives_its_match_an_address(ctx: NotifierContext) -> None:
    registration = Envelope.new(event_type=SupplierUpserted.event_type, source="/r", event_id="reg", time=T0)
    # Registry and matcher topics are not ordered with each other: the match may come first in a batch.
    await notify_events(ctx, [*_batch(1, supplier_id="s-new"), (_registration("s-new"), registration)])
    to_supplier = [d for d in repo(ctx).docs.values() if d["party_id"] == "s-new" and d["channel"] == "email"]
    assert {d["event_type"]: d["status"] for d in to_supplier} == {"match.changed": "pending",
                                                                    "supplier.registered": "pending"}  # fmt: skip


@pytest.mark.parametrize("crash_at", [1, 2, 3])
async def test_a_crash_at_any_write_of_a_batch_is_repaired_by_its_redelivery(
    ctx: NotifierContext, crash_at: int
) -> None:
    repo(ctx).prefs = {"buyer:b1": Preference.DIGEST}  # the digest bucket is one more write
    batch = _batch(4)
    repo(ctx).crash_at = crash_at
    with pytest.raises(Crash):
        await notify_events(ctx, batch)
    await notify_events(ctx, batch)  # the offsets were not committed: the whole batch comes again
    await notify_events(ctx, batch)  # and once more, after a crash before the commit
    assert len(repo(ctx).docs) == 12
    pending = {i for i, d in repo(ctx).docs.items() if d["status"] == "pending"}
    waiting = {i for i, d in repo(ctx).docs.items() if d["status"] == "digest_waiting"}
    assert len(pending) == 8 and set(repo(ctx).schedule_) == pending
    assert sorted(repo(ctx).buckets["buyer:b1"]["items"]) == sorted(waiting) and len(waiting) == 4


# --- The worker -------------------------------------------------------------------------------------------
async def _drain(ctx: NotifierContext, worker: DeliveryWorker, sent: int) -> None:
    def all_sent() -> bool:
        return len(sender(ctx, "email").sent) + len(sender(ctx, "webhook").sent) >= sent and not worker._tasks

    await wait_until_async(all_sent, timeout=10, interval=0.01, what="every delivery sent")


LOOSE = SETTINGS.model_copy(update={"email_burst": 1000, "email_rate_per_minute": 60_000})


async def test_the_worker_sends_just_recorded_deliveries_without_reading_them_back() -> None:
    ctx = await _context(LOOSE)
    worker = DeliveryWorker(ctx)
    worker.start()
    try:
        await notify_events(ctx, _batch(10))
        await _drain(ctx, worker, 30)
        assert repo(ctx).reads == 0
        assert {d["status"] for d in repo(ctx).docs.values()} == {"sent"}
        assert await notify_events(ctx, _batch(10)) == 0  # redelivered after sending: nothing to do
    finally:
        await worker.stop()
    assert len(sender(ctx, "email").sent) == 20 and len(sender(ctx, "webhook").sent) == 10


async def test_a_batch_redelivered_before_its_sends_is_read_back_and_sent_once() -> None:
    ctx = await _context(LOOSE)
    worker = DeliveryWorker(ctx)
    await notify_events(ctx, _batch(10))
    assert await notify_events(ctx, _batch(10)) == 0  # e.g. the commit failed: the batch came again
    worker.start()
    try:
        await _drain(ctx, worker, 30)
    finally:
        await worker.stop()
    assert repo(ctx).reads == 30  # woken again by id: each read when its turn came, not sent from memory
    assert len(set(sender(ctx, "email").sent)) == len(sender(ctx, "email").sent) == 20


async def test_a_scan_does_not_overtake_a_delivery_waiting_in_the_wake_queue(ctx: NotifierContext) -> None:
    worker = DeliveryWorker(ctx)
    loop = asyncio.get_running_loop()
    document = {"_id": "d1", "status": "pending"}
    ctx.wakeups.wake_recorded([document])
    assert not await worker._dispatch("d1", "send", loop.time())  # from a scan: the queue will send it
    ctx.wakeups.wake(["d1"])  # woken again by id (a redelivered batch): read from the store when its turn comes
    delivery_id, _, recorded = ctx.wakeups.pop()
    assert delivery_id == "d1" and recorded is None and not ctx.wakeups


async def test_a_refused_delivery_goes_dead_at_once_without_retries(ctx: NotifierContext) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    hook = next(d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "webhook")
    sender(ctx, "webhook").failure = SendFailed(
        "alamat tujuan tidak diizinkan / destination not allowed", permanent=True
    )
    await attempt_delivery(ctx, hook)
    doc = repo(ctx).docs[hook]
    assert (
        doc["status"] == "dead"
        and doc["attempt_count"] == 1
        and doc["last_error"].startswith("alamat tujuan tidak diizinkan")
    )
    assert ctx.dead_letters.published == [hook]  # type: ignore[attr-defined]


async def test_a_delivery_of_a_deleted_subscription_is_cancelled_and_never_retried(
    ctx: NotifierContext,
) -> None:
    await notify_event(ctx, _match(), ENVELOPE)
    hook = next(d["_id"] for d in repo(ctx).docs.values() if d["channel"] == "webhook")
    sender(ctx, "webhook").failure = SendFailed("tujuan tidak dapat dihubungi / destination unreachable")
    await attempt_delivery(ctx, hook)
    assert repo(ctx).docs[hook]["status"] == "retrying" and hook in repo(ctx).schedule_
    sender(ctx, "webhook").failure = Cancelled("langganan dihapus / subscription deleted")
    await attempt_delivery(ctx, hook)
    doc = repo(ctx).docs[hook]
    assert doc["status"] == "cancelled" and hook not in repo(ctx).schedule_
    assert [a["result"] for a in doc["attempts"]] == ["failed", "cancelled"]
    assert ctx.dead_letters.published == []  # type: ignore[attr-defined]
    sender(ctx, "webhook").failure = None
    await attempt_delivery(ctx, hook)  # a stale wake-up or scan: the settled delivery is left alone
    assert sender(ctx, "webhook").sent == [] and doc["status"] == "cancelled"


# Last: it configures logging onto pytest's captured stream, which the loggers cache (a later attempt
# would log onto the closed stream).
async def test_no_secret_in_any_log_line(ctx: NotifierContext, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("notifier", "DEBUG", json=True)
    try:
        await notify_event(ctx, _match(), ENVELOPE)
        for channel in ("webhook", "email"):
            sender(ctx, channel).failure = SendFailed("HTTP ConnectError")
        for delivery_id in list(repo(ctx).schedule_):
            for _ in range(3):
                await attempt_delivery(ctx, delivery_id)
    finally:
        structlog.reset_defaults()
        logging.getLogger().handlers.clear()
    output = capsys.readouterr().err
    assert "delivery_dead" in output and "delivery_failed_will_retry" in output
    assert SECRET not in output and SECRET[6:] not in output and "query-token-XYZ" not in output
    assert "unsub-secret" not in output
