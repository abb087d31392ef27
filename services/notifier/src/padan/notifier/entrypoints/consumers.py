"""Kafka subscriptions of the notifier (consumer group `notifier`): registrations, matches, meetings, deals.

One batch consumer for all five topics: a handler only records deliveries (and schedules them); the
offsets are committed after that, and the worker sends. So a kill at any point loses nothing: unrecorded
events are redelivered (the whole batch, whose recorded part lands on the same delivery ids), recorded
ones are in the schedule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from faststream.kafka import KafkaBroker

from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.notify_event import notify_events
from padan.notifier.settings import Settings
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.kafka import subscribe_batch

TOPICS = (topics.SUPPLIERS, topics.BUYERS, topics.MATCHES, topics.MEETINGS, topics.DEALS)


def register(broker: KafkaBroker, settings: Settings, ctx: NotifierContext) -> None:
    async def on_batch(batch: Sequence[tuple[Any, Envelope]]) -> None:
        await notify_events(ctx, batch)

    subscribe_batch(broker, TOPICS, on_batch, service="notifier", group_id=settings.group_id, **settings.batch_limits())
