"""Kafka subscriptions of the matcher: the catalog read whole by every replica, the needs shared by group."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from faststream.kafka import KafkaBroker

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.entrypoints.catalog_gate import CatalogGate
from padan.matcher.handlers.catalog_updated import product_upserted, supplier_upserted
from padan.matcher.handlers.need_upserted import need_upserted
from padan.matcher.settings import Settings
from padan.shared import topics
from padan.shared.envelope import Envelope
from padan.shared.kafka import subscribe

CATALOG_TOPICS = (topics.SUPPLIERS, topics.PRODUCTS)


def register(
    broker: KafkaBroker,
    settings: Settings,
    catalog: Catalog,
    repository: MatchRepository,
    *,
    gate: CatalogGate,
    on_match: Callable[[list[str]], None],
) -> None:
    async def on_supplier(event: Any, _: Envelope) -> None:
        await supplier_upserted(catalog, event)

    async def on_product(event: Any, _: Envelope) -> None:
        if made := await product_upserted(catalog, repository, settings.min_score, event):
            on_match(made)

    async def on_need(event: Any, _: Envelope) -> None:
        await gate.wait()
        if made := await need_upserted(catalog, repository, settings.top_k, settings.min_score, event):
            on_match(made)

    # No group for the catalog: every replica reads all of it from the start into its own index.
    subscribe(
        broker,
        {topics.SUPPLIERS: on_supplier, topics.PRODUCTS: on_product},
        service="matcher",
        group_id=None,
        on_progress=gate.consumed,
    )
    subscribe(broker, {topics.NEEDS: on_need}, service="matcher", group_id=settings.group_id)
