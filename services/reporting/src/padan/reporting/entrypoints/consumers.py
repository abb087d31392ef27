"""Reporting reads every topic (consumer group `reporting`) in batches: each batch is folded in memory and
each changed document written once (handlers/project_event.py: project_batch)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from faststream.kafka import KafkaBroker

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.handlers.project_event import HANDLERS, project_batch
from padan.reporting.settings import Settings
from padan.shared.envelope import Envelope
from padan.shared.kafka import subscribe_batch


def register(broker: KafkaBroker, settings: Settings, store: BatchStore) -> None:
    async def project(events: Sequence[tuple[Any, Envelope]]) -> None:
        await project_batch(store, [event for event, _ in events])

    subscribe_batch(
        broker, HANDLERS, project, service="reporting", group_id=settings.group_id, **settings.batch_limits()
    )
