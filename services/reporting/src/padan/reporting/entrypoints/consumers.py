"""Reporting reads every topic (consumer group `reporting`)."""

from __future__ import annotations

from typing import Any

from faststream.kafka import KafkaBroker

from padan.reporting.adapters.projections import MongoProjections
from padan.reporting.handlers.event_projected import READ_MODEL_BY_TOPIC, event_projected
from padan.reporting.settings import Settings
from padan.shared.envelope import Envelope
from padan.shared.kafka import EventHandler, subscribe


def register(broker: KafkaBroker, settings: Settings, projections: MongoProjections) -> None:
    handlers = {topic: _projector(projections, topic) for topic in READ_MODEL_BY_TOPIC}
    subscribe(broker, handlers, service="reporting", group_id=settings.group_id)


def _projector(projections: MongoProjections, topic: str) -> EventHandler:
    async def project(event: Any, _: Envelope) -> None:
        await event_projected(projections, topic, event)

    return project
