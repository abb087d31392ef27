"""Which handler projects which event: the one table the live consumer and the rebuild share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from padan.reporting.adapters.store import Store
from padan.reporting.handlers.deal_changed import deal_changed
from padan.reporting.handlers.match_changed import match_changed
from padan.reporting.handlers.meeting_changed import meeting_changed
from padan.reporting.handlers.need_upserted import need_upserted
from padan.reporting.handlers.registry_upserted import buyer_upserted, product_upserted, supplier_upserted
from padan.shared import topics
from padan.shared.events import Event

Handler = Callable[[Store, Any], Awaitable[None]]
HANDLERS: dict[str, Handler] = {
    topics.SUPPLIERS: supplier_upserted,
    topics.PRODUCTS: product_upserted,
    topics.BUYERS: buyer_upserted,
    topics.NEEDS: need_upserted,
    topics.MATCHES: match_changed,
    topics.MEETINGS: meeting_changed,
    topics.DEALS: deal_changed,
}


async def project_event(store: Store, event: Event) -> None:
    await HANDLERS[event.topic](store, event)
