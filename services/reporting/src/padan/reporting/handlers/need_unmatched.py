"""matcher.unmatched_needs.v1: the matcher proposed no product for a need; kept on the need, so the
dashboard's cells count the packages for which no local supplier was found yet (a P3DN finding)."""

from __future__ import annotations

from padan.reporting.handlers.links import load
from padan.reporting.handlers.settle import SettlingStore, settle_need
from padan.shared.events import NeedUnmatched


async def need_unmatched(store: SettlingStore, event: NeedUnmatched) -> None:
    """The latest finding per need wins (a redelivery or an older version changes nothing); the need counts
    as unmatched only while no match of it is alive (funnel.need_vector)."""
    need = await load(store, "needs", event.need_id)
    current = need.get("unmatched")
    if current is None or int(current["need_version"]) < event.need_version:
        need["unmatched"] = {"need_version": event.need_version, "outcome": event.outcome, "reason": event.reason}
    await settle_need(store, need)
