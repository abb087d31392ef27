"""A channel is one ChannelSpec: a dummy channel (a pager, reaching parties by a number the test keeps),
registered beside the installed ones with nothing else changed, is planned, delivered by the worker,
retried after a transient failure, shown in the delivery log and dead-lettered like e-mail and webhooks.
On the in-memory repository; the real stack: test_channels_integration.py."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from padan.notifier.adapters.senders import SendFailed
from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.channels.installed import INSTALLED, build_channels
from padan.notifier.channels.spec import ChannelDeps, Channels, ChannelSpec, Composed, Draft
from padan.notifier.domain.deliveries import delivery_id
from padan.notifier.domain.planning import Contact
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.retry import RetryPolicy
from padan.notifier.entrypoints.api import build_router
from padan.notifier.handlers.attempt_delivery import attempt_delivery
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.notify_event import notify_events
from padan.notifier.settings import Settings
from padan.shared.auth import DEV_OPERATOR_KEY, AuthSettings
from padan.shared.envelope import Envelope
from padan.shared.events import MatchChanged, MatchExplanation
from padan.shared.outbound import OutboundPolicy
from padan.shared.vocabulary import MatchStatus
from services.notifier.tests.fakes import FakeDeadLetters, FakeSender, InMemoryNotifierRepository, pager_channel

T0 = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
PAGERS = {"s1": "+62 812-0000-0001", "b1": "+62 812-0000-0002"}
SRC = Path(__file__).resolve().parents[1] / "src" / "padan" / "notifier"


def _match() -> tuple[MatchChanged, Envelope]:
    match = MatchChanged(
        version=1, occurred_at=T0, match_id="m1", need_id="n1", product_id="p1", supplier_id="s1", buyer_id="b1",
        status=MatchStatus.PROPOSED, score=0.87, explanation=MatchExplanation(), package_name="Kain tapis",
        product_name="Tas tapis", pagu_idr=150_000_000, region_code="18.71",
    )  # fmt: skip
    return match, Envelope.new(event_type=MatchChanged.event_type, source="/matcher", event_id="evt-pager", time=T0)


async def _context(pager: FakeSender, retry: RetryPolicy, settings: Settings) -> NotifierContext:
    repository = InMemoryNotifierRepository()
    repository.add_contact(Contact("supplier", "s1", "rahma@example.id", "Ibu Rahma"))
    repository.add_contact(Contact("buyer", "b1", "dinas@example.id", "Disperindag"))
    subscriptions = SubscriptionCache(repository)
    deps = ChannelDeps(settings, repository, subscriptions, "unsub-secret", OutboundPolicy())
    # The one registration line a new channel needs, here made in the test.
    channels = build_channels(deps, (*INSTALLED, pager_channel(pager, retry, PAGERS)))
    return NotifierContext(
        settings=settings,
        repository=repository,
        subscriptions=subscriptions,
        channels=channels,
        dead_letters=FakeDeadLetters(),
        unsubscribe_secret="unsub-secret",
    )


async def test_a_dummy_channel_is_delivered_retried_after_a_transient_failure_and_logged() -> None:
    pager = FakeSender()
    pager.failures = [SendFailed("gateway HTTP 503", 503)]  # the first try fails, then the gateway is back
    # No SMTP host: the e-mails are recorded as skipped; the pager still hears.
    clock = [T0]
    ctx = await _context(pager, RetryPolicy(max_attempts=3, base_seconds=60.0, max_seconds=120.0), Settings())
    ctx.clock = lambda: clock[0]
    match, envelope = _match()
    assert await notify_events(ctx, [(match, envelope)]) == 4  # e-mail and pager, for supplier and buyer
    assert [d for d, _, _ in _drain(ctx)] and not ctx.wakeups  # both were handed to the worker

    async def run_due() -> None:  # what the worker does with the schedule
        for entry in await ctx.repository.due(clock[0], 10):
            await attempt_delivery(ctx, entry["_id"], entry["action"])

    await run_due()
    assert len(pager.sent) == 1
    clock[0] += timedelta(seconds=29)
    await run_due()  # not due yet: the pager's own backoff (30 to 60 s after the first failure)
    assert len(pager.sent) == 1
    clock[0] += timedelta(seconds=31)
    await run_due()
    assert len(pager.sent) == 2 and await ctx.repository.due(clock[0] + timedelta(days=1), 10) == []
    pages = {
        delivery_id("evt-pager", f"{party}:{pid}", "pager") for party, pid in (("supplier", "s1"), ("buyer", "b1"))
    }
    assert set(pager.sent) == pages
    assert {d["pager"]["text"] for d in pager.received} == {"Padan: match.changed untuk Ibu Rahma",
                                                             "Padan: match.changed untuk Disperindag"}  # fmt: skip

    client = TestClient(_api(ctx))
    log = client.get("/api/v1/deliveries", params={"channel": "pager"}, headers={"X-API-Key": DEV_OPERATOR_KEY})
    assert log.status_code == 200
    entries = {e["delivery_id"]: e for e in log.json()["items"]}
    assert set(entries) == pages and {e["status"] for e in entries.values()} == {"sent"}
    results = sorted([a["result"] for a in e["attempts"]] for e in entries.values())
    assert results == [["failed", "sent"], ["sent"]]  # one of them failed once and was retried
    retried = next(e for e in entries.values() if len(e["attempts"]) == 2)
    assert retried["attempts"][0]["detail"] == "gateway HTTP 503" and retried["attempts"][0]["status_code"] == 503
    assert retried["page_id"] == retried["delivery_id"][:8] and retried["address"].startswith("+62")
    one = client.get(f"/api/v1/deliveries/{retried['delivery_id']}", headers={"X-API-Key": DEV_OPERATOR_KEY}).json()
    assert one["pager"]["text"].startswith("Padan: match.changed") and one["email"] is None
    emails = client.get("/api/v1/deliveries", params={"channel": "email"}, headers={"X-API-Key": DEV_OPERATOR_KEY})
    assert {e["status"] for e in emails.json()["items"]} == {"skipped"}


async def test_a_dummy_channel_out_of_tries_is_dead_lettered_with_its_fields() -> None:
    pager = FakeSender()
    pager.failure = SendFailed("gateway HTTP 503", 503)
    settings = Settings()
    ctx = await _context(pager, RetryPolicy(max_attempts=2, base_seconds=30.0, max_seconds=60.0), settings)
    match, envelope = _match()
    await notify_events(ctx, [(match, envelope)])
    page = delivery_id("evt-pager", "supplier:s1", "pager")
    await attempt_delivery(ctx, page)
    repository: InMemoryNotifierRepository = ctx.repository  # type: ignore[assignment]
    assert repository.docs[page]["status"] == "retrying"
    await attempt_delivery(ctx, page)  # its own retry policy: two tries, not the settings' eight
    assert repository.docs[page]["status"] == "dead"
    dead: FakeDeadLetters = ctx.dead_letters  # type: ignore[assignment]
    assert dead.published == [page]
    (letter,) = dead.bodies
    assert letter["channel"] == "pager" and letter["pager_text"].startswith("Padan: match.changed")
    assert letter["email_subject"] is None and letter["webhook_body"] is None  # every channel's fields


async def test_a_delivery_of_a_channel_no_longer_installed_is_dead_not_lost() -> None:
    pager = FakeSender()
    ctx = await _context(pager, RetryPolicy(3, 30.0, 60.0), Settings())
    match, envelope = _match()
    await notify_events(ctx, [(match, envelope)])
    page = delivery_id("evt-pager", "buyer:b1", "pager")
    without_pager = Channels(spec for spec in ctx.channels if spec.name != "pager")
    after_restart = NotifierContext(
        settings=ctx.settings, repository=ctx.repository, subscriptions=ctx.subscriptions, channels=without_pager,
        dead_letters=ctx.dead_letters, unsubscribe_secret="unsub-secret",
    )  # fmt: skip
    await attempt_delivery(after_restart, page)
    stored = await ctx.repository.delivery(page)
    assert stored is not None and stored["status"] == "dead" and "pager" in stored["last_error"]
    assert pager.sent == []


def test_a_channel_name_is_registered_once() -> None:
    spec = ChannelSpec(
        name="pager", sender=FakeSender(), plan=lambda *_: [], compose=_never, rate_limit=TokenBuckets(1.0, 1),
        limit_key=lambda d: "", retry=RetryPolicy(1, 1.0, 1.0),
    )  # fmt: skip
    with pytest.raises(ValueError, match="twice"):
        Channels([spec, spec])


async def _never(draft: Draft) -> Composed:
    raise AssertionError("not composed")


def test_no_handler_names_a_channel() -> None:
    """Channel names live in their channel modules: the handlers and the worker work with the specs."""
    named: list[str] = []
    for path in [*(SRC / "handlers").glob("*.py"), SRC / "entrypoints" / "worker.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and node.value in ("email", "webhook"):
                named.append(f"{path.name}:{node.lineno}")
    assert named == []


def _drain(ctx: NotifierContext) -> list[tuple[str, float, dict[str, Any] | None]]:
    taken = []
    while ctx.wakeups:
        taken.append(ctx.wakeups.pop())
    return taken


def _api(ctx: NotifierContext) -> FastAPI:
    app = FastAPI()
    app.include_router(build_router(ctx, AuthSettings(dev_mode=True)))
    return app
