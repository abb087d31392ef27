"""One try of one recorded delivery, driven by the worker. The state is written before and after the
send, by `_id`, so a crash leaves the delivery either settled or visibly in doubt (status `sending`)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from prometheus_client import Counter, Histogram

from padan.notifier.adapters.senders import Cancelled, SendFailed
from padan.notifier.domain.deliveries import SETTLED, Status
from padan.notifier.domain.retry import RetryPolicy
from padan.notifier.handlers.context import NotifierContext
from padan.shared.logging import get_logger
from padan.shared.metrics import record_delivery

log = get_logger(__name__)

SEND_SECONDS = Histogram("padan_notifier_send_seconds", "Time to send one delivery", ["channel"])
RATE_LIMITED = Counter("padan_notifier_rate_limited_total", "Deliveries deferred by a rate limit", ["channel"])
#: A delivery recorded on a channel this process does not have (removed from channels/installed.py).
UNKNOWN_CHANNEL = "kanal tidak terpasang / channel not installed"
#: Nothing to retry on: it is dead at once, and can be re-driven once its channel is back.
NO_RETRIES = RetryPolicy(max_attempts=1, base_seconds=1.0, max_seconds=1.0)


async def attempt_delivery(
    ctx: NotifierContext, delivery_id: str, action: str = "send", recorded: dict[str, Any] | None = None
) -> None:
    """`recorded`: the document as the consumer just inserted it, with its bodies (pending, never tried),
    which spares the reads; the worker passes it only for a first try it dispatches itself (see the worker)."""
    repository = ctx.repository
    if action == "dlq":
        await publish_dead_letter(ctx, delivery_id)
        return
    delivery = recorded if recorded is not None else await repository.delivery(delivery_id)
    if delivery is None or delivery["status"] in SETTLED:
        await repository.unschedule(delivery_id)
        return
    channel = delivery["channel"]
    now = ctx.clock()
    spec = ctx.channels.get(channel)
    if spec is None:
        failure = SendFailed(f"{UNKNOWN_CHANNEL}: {channel}", permanent=True)
        number = int(delivery.get("attempt_count", 0)) + 1
        await _failed(ctx, delivery, NO_RETRIES, _SendTry(number, in_doubt=False, elapsed=0.0), failure)
        return
    wait = spec.rate_limit.take(spec.limit_key(delivery), time.monotonic())
    if wait > 0:
        RATE_LIMITED.labels(channel).inc()
        await repository.schedule(delivery_id, now + timedelta(seconds=wait))
        return
    number = int(delivery.get("attempt_count", 0)) + 1
    # Each try is noted before it is sent, under the number of entries in the attempt log (which only
    # grows, also across a re-drive). Noted already: a previous try began and its outcome was never
    # recorded (the process died). The receiver may or may not have it; resending keeps the delivery
    # (same Message-ID / webhook-id). `sending` is how deliveries recorded before this marker show it.
    first = await repository.start_attempt(delivery_id, len(delivery.get("attempts") or []) + 1, now)
    in_doubt = delivery["status"] == Status.SENDING or not first
    content = recorded if recorded is not None else await repository.with_bodies(delivery)
    started = time.perf_counter()
    try:
        sent = await spec.sender.send(content)
    except Cancelled as cancelled:
        await _cancelled(ctx, delivery, number=number, reason=cancelled.reason)
        return
    except SendFailed as failure:
        elapsed = time.perf_counter() - started
        await _failed(ctx, delivery, spec.retry, _SendTry(number, in_doubt, elapsed), failure)
        return
    elapsed = time.perf_counter() - started
    SEND_SECONDS.labels(channel).observe(elapsed)
    record_delivery(channel, "sent")
    attempt = _SendTry(number, in_doubt, elapsed).log_entry(ctx, "sent", sent.detail, sent.status_code)
    await repository.update_delivery(
        delivery_id, {"status": Status.SENT.value, "sent_at": ctx.clock(), "attempt_count": number}, attempt
    )
    repository.unschedule_soon(delivery_id)
    log.info("delivery_sent", delivery_id=delivery_id, channel=channel, attempt=number, in_doubt=in_doubt)


async def _failed(
    ctx: NotifierContext,
    delivery: dict[str, Any],
    retry: RetryPolicy,
    this_try: _SendTry,
    failure: SendFailed,
) -> None:
    delivery_id, channel, number = delivery["_id"], delivery["channel"], this_try.number
    attempt = this_try.log_entry(ctx, "failed", failure.reason, failure.status_code)
    if retry.exhausted(number) or failure.permanent:
        record_delivery(channel, "failed")  # no try left (or none could help): dead, to the DLQ
        await ctx.repository.update_delivery(
            delivery_id,
            {
                "status": Status.DEAD.value,
                "attempt_count": number,
                "dead_at": ctx.clock(),
                "last_error": failure.reason,
            },
            attempt,
        )
        await ctx.repository.schedule(delivery_id, ctx.clock(), action="dlq")
        log.warning("delivery_dead", delivery_id=delivery_id, channel=channel, attempts=number, error=failure.reason)
        await publish_dead_letter(ctx, delivery_id)
        return
    record_delivery(channel, "retry")
    delay = retry.delay(number)
    next_at = ctx.clock() + timedelta(seconds=delay)
    await ctx.repository.update_delivery(
        delivery_id,
        {
            "status": Status.RETRYING.value,
            "attempt_count": number,
            "next_attempt_at": next_at,
            "last_error": failure.reason,
        },
        attempt,
    )
    await ctx.repository.schedule(delivery_id, next_at)
    log.warning(
        "delivery_failed_will_retry",
        delivery_id=delivery_id,
        channel=channel,
        attempt=number,
        error=failure.reason,
        retry_in_seconds=round(delay, 1),
    )


async def _cancelled(ctx: NotifierContext, delivery: dict[str, Any], *, number: int, reason: str) -> None:
    """Its subscription is gone: the delivery ends here, without a retry (and without a dead letter)."""
    delivery_id = delivery["_id"]
    record_delivery(delivery["channel"], "cancelled")
    attempt = {"number": number, "at": ctx.clock(), "result": "cancelled", "detail": reason}
    await ctx.repository.update_delivery(
        delivery_id, {"status": Status.CANCELLED.value, "cancelled_at": ctx.clock(), "last_error": reason}, attempt
    )
    await ctx.repository.unschedule(delivery_id)
    log.info("delivery_cancelled", delivery_id=delivery_id, channel=delivery["channel"], reason=reason)


async def publish_dead_letter(ctx: NotifierContext, delivery_id: str) -> None:
    """Publish, then mark and unschedule: a crash between republishes with the same key (at-least-once)."""
    delivery = await ctx.repository.delivery_with_bodies(delivery_id)
    if delivery is None or delivery["status"] != Status.DEAD or delivery.get("dlq_published_at"):
        await ctx.repository.unschedule(delivery_id)
        return
    await ctx.dead_letters.publish(delivery_id, ctx.channels.dead_letter(delivery))
    await ctx.repository.update_delivery(delivery_id, {"dlq_published_at": ctx.clock()})
    await ctx.repository.unschedule(delivery_id)


@dataclass(frozen=True)
class _SendTry:
    """One try at a send: its number, whether the receiver may have it already (a resend in doubt), and
    how long the send took (seconds)."""

    number: int
    in_doubt: bool
    elapsed: float

    def log_entry(self, ctx: NotifierContext, result: str, detail: str, status_code: int | None) -> dict[str, object]:
        """The try's entry in the delivery's attempt log."""
        return {
            "number": self.number,
            "at": ctx.clock(),
            "result": result,
            "detail": detail,
            "status_code": status_code,
            "duration_ms": round(self.elapsed * 1000, 1),
            "in_doubt_resend": self.in_doubt,
        }
