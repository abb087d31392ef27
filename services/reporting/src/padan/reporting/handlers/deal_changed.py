from __future__ import annotations

from padan.reporting.handlers.links import load, set_link, take_event
from padan.reporting.handlers.matching_event_results import MATCHING_EVENTS, store_results
from padan.reporting.handlers.settle import SettlingStore, settle_need, settle_supplier
from padan.shared.events import DealChanged


async def deal_changed(store: SettlingStore, event: DealChanged) -> None:
    """A deal agreed, contracted or cancelled: its value goes to its need's cell, its supplier's reach, and
    the results of every business-matching event where its match was met."""
    deal = await load(store, "deals", event.deal_id)
    if take_event(deal, event):
        await store.put("deals", deal)
    link = {
        "status": event.status.value,
        "value_idr": event.value_idr,
        "tkdn_percent": event.tkdn_percent,
        "supplier_scale": event.supplier_scale.value if event.supplier_scale else None,
        "supplier_is_cooperative": event.supplier_is_cooperative,
        "supplier_id": event.supplier_id,
        "match_id": event.match_id,
    }
    need = await load(store, "needs", event.need_id)
    set_link(need, "deals", event.deal_id, event.version, link)
    await settle_need(store, need)
    supplier = await load(store, "suppliers", event.supplier_id)
    set_link(supplier, "reach_deals", event.deal_id, event.version, link)
    await settle_supplier(store, supplier)
    match = await load(store, "matches", event.match_id)
    if set_link(match, "deals", event.deal_id, event.version, link):
        await store.put("matches", match)
    for matching_event_id in match.get("meeting_events", []):
        results = await load(store, MATCHING_EVENTS, matching_event_id)
        await store_results(store, results, set_link(results, "deals", event.deal_id, event.version, link))
