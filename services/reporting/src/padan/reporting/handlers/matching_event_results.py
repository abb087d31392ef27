"""Store a business-matching event's document and its dashboard row."""

from __future__ import annotations

from padan.reporting.adapters.store import Document, Documents
from padan.reporting.domain.matching_events import event_row

MATCHING_EVENTS = "matching_events"
MATCHING_EVENT_ROWS = "matching_event_rows"


async def store_results(store: Documents, results: Document, changed: bool) -> None:
    """The row is written whether or not the document changed: after a crash between the two writes, the
    redelivered event changes nothing in the document but still repairs the row (the batch store skips a
    write that changes nothing)."""
    if changed:
        await store.put(MATCHING_EVENTS, results)
    await store.put(MATCHING_EVENT_ROWS, event_row(results))
