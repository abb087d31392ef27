"""The daily digest: per recipient who chose it, one email carrying every delivery that waited.

Crash-safe without transactions: the digest's id is derived from whom and what it carries, its items are
marked `in_digest` after it is recorded, and only then leave the bucket (compare-and-set). A rerun
rebuilds the same digest (same id, no second email) or drops items already carried.
"""

from __future__ import annotations

from typing import Any

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
        if waiting:
            await _digest(ctx, bucket["_id"], waiting)
            made += 1
        # Everything read is now either in a digest or was never waiting; keep only what arrived meanwhile.
        await ctx.repository.remove_from_digest(bucket["_id"], bucket.get("seq", 0), [])
    return made


async def _digest(ctx: NotifierContext, key: str, waiting: list[dict[str, Any]]) -> None:
    waiting.sort(key=lambda d: d["created_at"])
    ids = [d["_id"] for d in waiting]
    did = digest_id(key, ids)
    first = waiting[-1]  # the newest: its name and address are the current ones
    unsubscribe = ctx.unsubscribe_url(key)
    entries = [{"subject": d["subject"], "link": d["email"]["link"]} for d in waiting]
    rendered = ctx.renderer.render(
        "digest", {"e": {}, "items": entries, "name": first.get("name", ""), "unsubscribe_url": unsubscribe}
    )
    now = ctx.clock()
    await ctx.repository.insert_deliveries(
        [
            NewDelivery(
                {
                    "_id": did,
                    "event_id": f"digest:{did}",
                    "event_type": "digest",
                    "match_id": None,
                    "party": first["party"],
                    "party_id": first["party_id"],
                    "name": first.get("name", ""),
                    "address": first["address"],
                    "channel": "email",
                    "status": Status.PENDING.value,
                    "attempt_count": 0,
                    "attempts": [],
                    "created_at": now,
                    "items": ids,
                    "subject": rendered.subject,
                    "email": {
                        "subject": rendered.subject,
                        "link": ctx.settings.web_base_url,
                        "unsubscribe_url": unsubscribe,
                        "message_id": f"<{did}@{ctx.settings.message_id_domain}>",
                    },
                },
                {"text": rendered.text, "html": rendered.html},
            )
        ]
    )
    for item in ids:
        await ctx.repository.update_delivery(item, {"status": Status.IN_DIGEST.value, "digest_id": did})
    await ctx.repository.schedule(did, now)
    ctx.wake([did])
    log.info("digest_recorded", delivery_id=did, items=len(ids))
