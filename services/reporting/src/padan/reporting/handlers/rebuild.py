"""Rebuild the read models from the topics, and check that a rebuild gives the live numbers.

The replay goes topic by topic with effects before causes (deals first, suppliers last): the opposite of
the order things happen, so a rebuild that matches the live figures shows the projection does not depend
on the order events arrive in.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.replay import replay_topic
from padan.reporting.adapters.store import Document, MongoStore
from padan.reporting.handlers.project_event import project_batch
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.models import Filters
from padan.reporting.views.realisation import realisation_section
from padan.shared import topics

REPLAY_ORDER = (
    topics.REALISATIONS, topics.DEALS, topics.MEETINGS, topics.MATCHES, topics.NEEDS, topics.BUYERS,
    topics.PRODUCTS, topics.SUPPLIERS,
)  # fmt: skip


@dataclass
class RebuildStats:
    events: dict[str, int] = field(default_factory=dict)
    documents_written: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.events.values())

    @property
    def events_per_second(self) -> float:
        return self.total / self.seconds if self.seconds else 0.0


async def rebuild(
    db: AsyncDatabase[Document],
    bootstrap: str,
    *,
    batch: int = 2000,
    on_batch: Callable[[str, int], None] | None = None,
) -> RebuildStats:
    """Drop the read models of `db` and replay every topic into it (the live consumer must not be writing
    to `db` meanwhile: stop the service, or rebuild into another database)."""
    mongo = MongoStore(db)
    await mongo.drop_all()
    await mongo.ensure_indexes()
    store = BatchStore(mongo)
    stats = RebuildStats()
    started = time.perf_counter()
    for topic in REPLAY_ORDER:
        stats.events[topic] = 0
        async for events in replay_topic(bootstrap, topic, batch):
            stats.documents_written += await project_batch(store, events)
            stats.events[topic] += len(events)
            if on_batch is not None:
                on_batch(topic, stats.events[topic])
    stats.seconds = time.perf_counter() - started
    return stats


async def figures(db: AsyncDatabase[Document], filters: Filters | None = None) -> dict[str, Any]:
    """Every figure of the dashboard (for the given filters), as plain data."""
    store, chosen = MongoStore(db), filters or Filters()
    board = await dashboard(store, chosen)
    realised = await realisation_section(store, chosen)
    return {**board.model_dump(mode="json", exclude={"options", "filters"}), "realisation": realised.model_dump()}


def differences(left: Any, right: Any, path: str = "") -> list[str]:
    """Where two figure trees differ, as readable paths."""
    if isinstance(left, dict) and isinstance(right, dict):
        return [
            d
            for key in sorted(set(left) | set(right))
            for d in differences(left.get(key), right.get(key), f"{path}.{key}")
        ]
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [d for i, (a, b) in enumerate(zip(left, right, strict=True)) for d in differences(a, b, f"{path}[{i}]")]
    return [] if left == right else [f"{path}: {left!r} != {right!r}"]
