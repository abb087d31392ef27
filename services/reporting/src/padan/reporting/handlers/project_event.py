"""Which handler projects which event, and a batch of events at once: what the live consumer and the rebuild
share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.store import Documents
from padan.reporting.handlers.deal_changed import deal_changed
from padan.reporting.handlers.match_changed import match_changed
from padan.reporting.handlers.meeting_changed import meeting_changed
from padan.reporting.handlers.need_unmatched import need_unmatched
from padan.reporting.handlers.need_upserted import need_upserted
from padan.reporting.handlers.realisation_recorded import realisation_recorded
from padan.reporting.handlers.registry_upserted import buyer_upserted, product_upserted, supplier_upserted
from padan.reporting.handlers.settle import settle_unsettled
from padan.shared import topics
from padan.shared.events import Event

Handler = Callable[[Documents, Any], Awaitable[None]]
HANDLERS: dict[str, Handler] = {
    topics.SUPPLIERS: supplier_upserted,
    topics.PRODUCTS: product_upserted,
    topics.BUYERS: buyer_upserted,
    topics.NEEDS: need_upserted,
    topics.MATCHES: match_changed,
    topics.MEETINGS: meeting_changed,
    topics.DEALS: deal_changed,
    topics.REALISATIONS: realisation_recorded,
    topics.UNMATCHED_NEEDS: need_unmatched,
}


async def project_event(store: Documents, event: Event) -> None:
    await HANDLERS[event.topic](store, event)


async def project_batch(store: BatchStore, events: Iterable[Event]) -> int:
    """Fold the events in memory, settle each touched package and supplier once, then write each changed
    document once; returns how many were written. On any failure nothing of the batch is kept in memory:
    the batch is applied again (whatever of it landed is rewritten with the same values)."""
    try:
        for event in events:
            await project_event(store, event)
        await settle_unsettled(store)
        return await store.flush()
    except BaseException:
        store.discard()
        raise
