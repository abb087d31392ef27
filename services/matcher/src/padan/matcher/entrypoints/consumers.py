"""Kafka subscriptions of the matcher: the catalog read whole by every replica, the needs shared by group."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from aiokafka import ConsumerRebalanceListener, TopicPartition
from faststream.kafka import KafkaBroker

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.catalog import Catalog
from padan.matcher.entrypoints.catalog_gate import CatalogGate
from padan.matcher.handlers.agenda.buyer_upserted import buyers_upserted
from padan.matcher.handlers.catalog_updated import catalog_upserted, score_product
from padan.matcher.handlers.lifecycle_context import LifecycleContext
from padan.matcher.handlers.need_upserted import needs_upserted
from padan.matcher.handlers.owned_needs import OwnedNeeds, catch_up, load
from padan.matcher.handlers.realisation_recorded import realisation_recorded
from padan.matcher.settings import Settings
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.events import RealisationRecorded
from padan.shared.kafka import subscribe, subscribe_batch
from padan.shared.logging import get_logger

CATALOG_TOPICS = (topics.SUPPLIERS, topics.PRODUCTS)
log = get_logger(__name__)


class NeedsPartitionsListener(ConsumerRebalanceListener):  # type: ignore[misc]
    """Follows the partitions of registry.needs.v1 this replica is given, and takes each new set over
    (its open needs, then a catch-up of unscored products) in the background, once the catalog is loaded."""

    def __init__(self, take_over: Callable[[set[int]], Any]) -> None:
        self._take_over = take_over
        self._task: asyncio.Task[None] | None = None

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._cancel()

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        await self._cancel()
        partitions = {tp.partition for tp in assigned if tp.topic == topics.NEEDS}
        self._task = asyncio.create_task(self._take_over(partitions), name="needs-take-over")

    async def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def register(
    broker: KafkaBroker,
    settings: Settings,
    catalog: Catalog,
    repository: MatchRepository,
    *,
    gate: CatalogGate,
    owned: OwnedNeeds,
    names: PartyNames | None = None,
) -> None:
    """New matches are announced to the outbox relay by the repository (its queue documents). `names` learns
    the buyers' names (the agenda pages show them; the suppliers' come from the catalog)."""

    async def score(product_id: str) -> None:
        await score_product(catalog, owned, repository, settings.min_score, product_id)

    async def take_over(partitions: set[int]) -> None:
        owned.ready.clear()
        owned.partitions = set()
        await gate.wait()
        for attempt in itertools.count(1):
            try:
                await load(owned, repository, partitions)
                await catch_up(owned, catalog, score)
                return
            except Exception:  # the store is away: products stay buffered until it is back
                log.warning("needs_take_over_failed_will_retry", attempt=attempt, exc_info=True)
                await asyncio.sleep(min(30.0, 0.5 * 2**attempt))

    async def on_catalog(batch: Sequence[tuple[Any, Envelope]]) -> None:
        await catalog_upserted(catalog, owned, repository, settings.min_score, [event for event, _ in batch])

    async def on_needs(batch: Sequence[tuple[Any, Envelope]]) -> None:
        await gate.wait()
        events = [event for event, _ in batch]
        traces = {event.need_id: envelope.trace for event, envelope in batch}  # the last version's, as `events`
        await needs_upserted(
            catalog, owned, repository, events, top_k=settings.top_k, min_score=settings.min_score, traces=traces
        )

    # No group for the catalog: every replica reads all of it from the start into its own index. In batches:
    # a replay of the whole catalog costs the indexing, not a consumer round (and span) per product.
    subscribe_batch(
        broker,
        CATALOG_TOPICS,
        on_catalog,
        service="matcher",
        group_id=None,
        max_records=settings.catalog_batch,
        on_progress=gate.consumed,
    )
    if names is not None:

        async def on_buyers(batch: Sequence[tuple[Any, Envelope]]) -> None:
            buyers_upserted(names, [event for event, _ in batch])

        # Like the catalog: every replica reads every buyer from the start (a name each, a few thousand).
        subscribe_batch(broker, [topics.BUYERS], on_buyers, service="matcher", group_id=None)
    # Needs in batches: a batch's needs and matches are stored in a few writes and committed once.
    subscribe_batch(
        broker,
        [topics.NEEDS],
        on_needs,
        service="matcher",
        group_id=settings.group_id,
        max_records=settings.needs_batch,
        listener=NeedsPartitionsListener(take_over),
    )


def register_realisations(
    broker: KafkaBroker, settings: Settings, lifecycle: LifecycleContext, gate: CatalogGate
) -> None:
    """LKPP realisations close the loop on matches (handlers/realisation_recorded.py), one at a time: they
    are few next to the needs, and each touches a few matches and deals. A group of their own, so their
    consumers never set off a rebalance of the needs (and its take-over)."""

    async def on_realisation(event: RealisationRecorded, _: Envelope) -> None:
        await gate.wait()  # new deals take the product's TKDN and the supplier's scale from the catalog
        await realisation_recorded(lifecycle, event)

    subscribe(
        broker,
        {topics.REALISATIONS: on_realisation},
        service="matcher",
        group_id=settings.realisations_group(),
    )
