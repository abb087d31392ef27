"""registry.products.v1 and registry.suppliers.v1: keep the in-memory catalog; score changed products."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match
from padan.matcher.domain.scoring import score_pair
from padan.shared.events import ProductUpserted, SupplierUpserted


async def supplier_upserted(catalog: Catalog, event: SupplierUpserted) -> None:
    catalog.upsert_supplier(event)


async def product_upserted(
    catalog: Catalog, repository: MatchRepository, min_score: float, event: ProductUpserted
) -> list[str]:
    """Index the product and propose it to the open needs it fits; returns the ids of the new matches.

    Scoring is skipped for a product version already scored, so replaying the compacted catalog at start
    costs an index rebuild, not a re-match.
    """
    if not catalog.upsert_product(event) or not event.active:
        return []
    if await repository.product_scored_version(event.product_id) >= event.version:
        return []
    indexed = catalog.products[event.product_id]
    supplier = catalog.suppliers.get(event.supplier_id)
    made: list[str] = []
    async for need in repository.open_needs():
        scored = score_pair(need, indexed, supplier)
        if scored is not None and scored.score >= min_score and scored.explanation.matched_terms:
            match = proposed_match(need, scored, None, datetime.now(UTC))
            if await repository.add_match_if_absent(match):
                catalog.held[match.supplier_id] += 1
                made.append(match.match_id)
    await repository.mark_product_scored(event.product_id, event.version)
    return made
