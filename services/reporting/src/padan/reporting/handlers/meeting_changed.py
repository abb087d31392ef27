from __future__ import annotations

from padan.reporting.adapters.store import Documents
from padan.reporting.handlers.links import load, set_link, take_event
from padan.reporting.handlers.matching_event_results import MATCHING_EVENTS, store_results
from padan.shared.events import MeetingChanged


async def meeting_changed(store: Documents, event: MeetingChanged) -> None:
    """A business-matching meeting: its event's results count it, and the deals of its match (whichever
    of the meeting and the deal came first)."""
    meeting = await load(store, "meetings", event.meeting_id)
    if take_event(meeting, event):
        await store.put("meetings", meeting)
    results = await load(store, MATCHING_EVENTS, event.matching_event_id)
    changed = set_link(
        results,
        "meetings",
        event.meeting_id,
        event.version,
        {
            "status": event.status.value,
            "supplier_id": event.supplier_id,
            "buyer_id": event.buyer_id,
            "match_id": event.match_id,
        },
    )
    if event.match_id:
        match = await load(store, "matches", event.match_id)
        if event.matching_event_id not in match.setdefault("meeting_events", []):
            match["meeting_events"].append(event.matching_event_id)
            await store.put("matches", match)
        for deal_key, link in match.get("deals", {}).items():
            current = results.setdefault("deals", {}).get(deal_key)
            if current is None or int(current["v"]) < int(link["v"]):
                results["deals"][deal_key] = link
                changed = True
    await store_results(store, results, changed)
