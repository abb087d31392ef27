"""Kafka subscriptions of the notifier (consumer group `notifier`): registrations, matches, meetings, deals.

A handler only records deliveries (and schedules them); the offset is committed after that, and the
worker sends. So a kill at any point loses nothing: unrecorded events are redelivered, recorded ones are
in the schedule.
"""

from __future__ import annotations

from typing import Any

from faststream.kafka import KafkaBroker

from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.notify_event import notify_event
from padan.notifier.handlers.party_registered import buyer_upserted, supplier_upserted
from padan.notifier.settings import Settings
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.kafka import subscribe


def register(broker: KafkaBroker, settings: Settings, ctx: NotifierContext) -> None:
    async def on_supplier(event: Any, envelope: Envelope) -> None:
        await supplier_upserted(ctx, event, envelope)

    async def on_buyer(event: Any, envelope: Envelope) -> None:
        await buyer_upserted(ctx, event, envelope)

    async def on_event(event: Any, envelope: Envelope) -> None:
        await notify_event(ctx, event, envelope)

    subscribe(
        broker,
        {
            topics.SUPPLIERS: on_supplier,
            topics.BUYERS: on_buyer,
            topics.MATCHES: on_event,
            topics.MEETINGS: on_event,
            topics.DEALS: on_event,
        },
        service="notifier",
        group_id=settings.group_id,
    )
