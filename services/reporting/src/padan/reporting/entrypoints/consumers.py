"""Reporting reads every topic (consumer group `reporting`), one event at a time, writing through."""

from __future__ import annotations

from typing import Any

from faststream.kafka import KafkaBroker

from padan.reporting.adapters.store import Store
from padan.reporting.handlers.project_event import HANDLERS, project_event
from padan.reporting.settings import Settings
from padan.shared.envelope import Envelope
from padan.shared.kafka import EventHandler, subscribe


def register(broker: KafkaBroker, settings: Settings, store: Store) -> None:
    async def project(event: Any, _: Envelope) -> None:
        await project_event(store, event)

    handlers: dict[str, EventHandler] = dict.fromkeys(HANDLERS, project)
    subscribe(broker, handlers, service="reporting", group_id=settings.group_id)
