"""Every consumed topic lands in its read model the same way: latest version per aggregate."""

from __future__ import annotations

from padan.reporting.adapters.projections import MongoProjections
from padan.shared import topics
from padan.shared.events import Event

READ_MODEL_BY_TOPIC = {
    topics.SUPPLIERS: "suppliers",
    topics.PRODUCTS: "products",
    topics.BUYERS: "buyers",
    topics.NEEDS: "needs",
    topics.MATCHES: "matches",
    topics.MEETINGS: "meetings",
    topics.DEALS: "deals",
}


async def event_projected(projections: MongoProjections, topic: str, event: Event) -> bool:
    return await projections.apply(READ_MODEL_BY_TOPIC[topic], event)
