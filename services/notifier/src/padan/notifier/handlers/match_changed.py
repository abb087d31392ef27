"""matcher.matches.v1: record one delivery per recipient and channel (sent by the delivery worker)."""

from __future__ import annotations

from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.notifier.domain.deliveries import plan_match_deliveries
from padan.shared.envelope import Envelope
from padan.shared.events import MatchChanged


async def match_changed(repository: MongoNotifierRepository, event: MatchChanged, envelope: Envelope) -> int:
    directory = await repository.directory([event.supplier_id, event.buyer_id])
    recorded = 0
    for delivery in plan_match_deliveries(envelope.id, event, directory):
        recorded += await repository.record(delivery, event.match_id)
    return recorded
