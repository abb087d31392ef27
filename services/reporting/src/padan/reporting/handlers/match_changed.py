from __future__ import annotations

from padan.reporting.handlers.links import load, set_link, take_event
from padan.reporting.handlers.settle import SettlingStore, settle_need, settle_supplier
from padan.shared.events import MatchChanged


async def match_changed(store: SettlingStore, event: MatchChanged) -> None:
    """A match moves its need along the funnel and counts its supplier as reached."""
    match = await load(store, "matches", event.match_id)
    if take_event(match, event):
        await store.put("matches", match)
    link = {"status": event.status.value}
    need = await load(store, "needs", event.need_id)
    set_link(need, "matches", event.match_id, event.version, {**link, "supplier_id": event.supplier_id})
    await settle_need(store, need)
    supplier = await load(store, "suppliers", event.supplier_id)
    set_link(supplier, "reach_matches", event.match_id, event.version, link)
    await settle_supplier(store, supplier)
