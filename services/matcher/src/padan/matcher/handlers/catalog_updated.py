"""registry.products.v1 and registry.suppliers.v1: keep the in-memory catalog; score changed products
against the open needs of the partitions this replica owns."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match
from padan.matcher.domain.scoring import score_pair
from padan.matcher.handlers.owned_needs import OwnedNeeds
from padan.shared.events import ProductUpserted, SupplierUpserted


async def supplier_upserted(
    catalog: Catalog, owned: OwnedNeeds, repository: MatchRepository, min_score: float, event: SupplierUpserted
) -> list[str]:
    """Keep the supplier; its products are scored again, since the rules and the score read the supplier
    (scale, region, track record). The two catalog topics are not ordered with each other: a product may
    arrive, and be found unfit, before its supplier is known."""
    if not catalog.upsert_supplier(event):
        return []
    made: list[str] = []
    for product_id in catalog.products_of(event.supplier_id):
        owned.scored.pop(product_id, None)
        if not owned.ready.is_set():
            owned.arrived_during_catch_up.add(product_id)
            continue
        made += await score_product(catalog, owned, repository, min_score, product_id)
    return made


async def product_upserted(
    catalog: Catalog, owned: OwnedNeeds, repository: MatchRepository, min_score: float, event: ProductUpserted
) -> list[str]:
    """Index the product and propose it to the open needs it fits; returns the ids of the new matches.

    While this replica is taking over partitions the product is only indexed; the catch-up scores it.
    """
    if not catalog.upsert_product(event):
        return []
    if not owned.ready.is_set():
        owned.arrived_during_catch_up.add(event.product_id)
        return []
    return await score_product(catalog, owned, repository, min_score, event.product_id)


async def score_product(
    catalog: Catalog, owned: OwnedNeeds, repository: MatchRepository, min_score: float, product_id: str
) -> list[str]:
    """Score the catalog's current version of the product where it has not been scored yet (a replayed
    catalog at start costs an index rebuild, not a re-match)."""
    indexed = catalog.products.get(product_id)
    if indexed is None:
        return []
    partitions = owned.unscored(product_id, indexed.version)
    if not partitions:
        return []
    product = indexed.product
    fitting = []
    if product.active:
        supplier = catalog.suppliers.get(product.supplier_id)
        now = datetime.now(UTC)
        for need in owned.needs.sharing_terms(indexed.terms, partitions):
            scored = score_pair(need, indexed, supplier)
            if scored is not None and scored.score >= min_score and scored.explanation.matched_terms:
                fitting.append(proposed_match(need, scored, None, now))
    owned.record_scored(product_id, product.version, partitions)
    if not fitting:
        # Nothing to store: rescoring it after a restart is an in-memory lookup, so no write is spent here.
        return []
    made = await repository.add_matches_if_absent(fitting)
    catalog.count_held(match for match in fitting if match.match_id in set(made))
    await repository.mark_product_scored(product_id, product.version, partitions)
    return made
