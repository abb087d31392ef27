"""Manual re-drive of a dead delivery (operator): back to pending with a fresh budget of tries; its past
attempts stay in the log."""

from __future__ import annotations

from typing import Any

from padan.notifier.domain.deliveries import Status
from padan.notifier.handlers.context import NotifierContext


class NotRedrivable(Exception):
    pass


async def redrive(ctx: NotifierContext, delivery_id: str, by: str) -> dict[str, Any]:
    delivery = await ctx.repository.delivery(delivery_id)
    if delivery is None:
        raise KeyError(delivery_id)
    if delivery["status"] != Status.DEAD:
        raise NotRedrivable(delivery["status"])
    now = ctx.clock()
    marker = {"number": delivery.get("attempt_count", 0), "at": now, "result": "redriven", "detail": f"by {by}"}
    await ctx.repository.update_delivery(
        delivery_id,
        {"status": Status.PENDING.value, "attempt_count": 0, "redriven_at": now},
        marker,
        unset=("dlq_published_at", "dead_at"),
    )
    await ctx.repository.schedule(delivery_id, now)
    ctx.wakeups.wake([delivery_id])
    return await ctx.repository.delivery(delivery_id) or delivery
