"""The daily digest: per recipient who chose it, one email carrying every delivery that waited.

Crash-safe without transactions: the digest's id is derived from whom and what it carries, its items are
marked `in_digest` after it is recorded, and only then leave the bucket (compare-and-set). A rerun
rebuilds the same digest (same id, no second email) or drops items already carried.
"""

from __future__ import annotations

from typing import Any

from padan.notifier.channels.spec import DigestComposer
from padan.notifier.domain.deliveries import NewDelivery, Status, digest_id
from padan.notifier.handlers.context import NotifierContext
from padan.shared.logging import get_logger

log = get_logger(__name__)


async def send_digests(ctx: NotifierContext) -> int:
    """Returns the number of digests recorded for sending."""
    made = 0
    for bucket in await ctx.repository.digest_buckets():
        items: list[str] = list(bucket.get("items") or [])
        if not items:
            continue
        waiting = [d for d in await ctx.repository.deliveries(items) if d["status"] == Status.DIGEST_WAITING]
        by_channel: dict[str, list[dict[str, Any]]] = {}
        for delivery in waiting:
            by_channel.setdefault(delivery["channel"], []).append(delivery)
        kept: list[str] = []
        for channel, deliveries in by_channel.items():
            spec = ctx.channels.get(channel)
            compose = spec.compose_digest if spec else None
            if compose is None:  # its channel is not installed (any more): they wait for it
                log.warning("digest_channel_unavailable", channel=channel, items=len(deliveries))
                kept += [d["_id"] for d in deliveries]
                continue
            await _digest(ctx, channel, compose, bucket["_id"], deliveries)
            made += 1
        # Everything read is now in a digest, was never waiting, or waits for its channel; keep that, and
        # what arrived meanwhile.
        await ctx.repository.remove_from_digest(bucket["_id"], bucket.get("seq", 0), kept)
    return made


async def _digest(
    ctx: NotifierContext, channel: str, compose: DigestComposer, key: str, waiting: list[dict[str, Any]]
) -> None:
    waiting.sort(key=lambda d: d["created_at"])
    ids = [d["_id"] for d in waiting]
    did = digest_id(key, ids)
    newest = waiting[-1]  # its name and address are the current ones
    composed = compose(key, did, waiting)
    now = ctx.clock()
    document: dict[str, Any] = {
        "_id": did,
        "event_id": f"digest:{did}",
        "event_type": "digest",
        "match_id": None,
        "party": newest["party"],
        "party_id": newest["party_id"],
        "name": newest.get("name", ""),
        "address": newest["address"],
        "channel": channel,
        "status": Status.PENDING.value,
        "attempt_count": 0,
        "attempts": [],
        "created_at": now,
        "items": ids,
        "subject": composed.subject,
        channel: composed.fields,
    }
    await ctx.repository.insert_deliveries([NewDelivery(document, composed.bodies)])
    for item in ids:
        await ctx.repository.update_delivery(item, {"status": Status.IN_DIGEST.value, "digest_id": did})
    await ctx.repository.schedule(did, now)
    ctx.wakeups.wake([did])
    log.info("digest_recorded", delivery_id=did, items=len(ids))
