"""Kafka subscriptions of the notifier (consumer group `notifier`)."""

from __future__ import annotations

from typing import Any

from faststream.kafka import KafkaBroker

from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.notifier.handlers.match_changed import match_changed
from padan.notifier.handlers.party_registered import buyer_upserted, supplier_upserted
from padan.notifier.settings import Settings
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.kafka import subscribe


def register(broker: KafkaBroker, settings: Settings, repository: MongoNotifierRepository) -> None:
    async def on_supplier(event: Any, _: Envelope) -> None:
        await supplier_upserted(repository, event)

    async def on_buyer(event: Any, _: Envelope) -> None:
        await buyer_upserted(repository, event)

    async def on_match(event: Any, envelope: Envelope) -> None:
        await match_changed(repository, event, envelope)

    subscribe(
        broker,
        {topics.SUPPLIERS: on_supplier, topics.BUYERS: on_buyer, topics.MATCHES: on_match},
        service="notifier",
        group_id=settings.group_id,
    )
