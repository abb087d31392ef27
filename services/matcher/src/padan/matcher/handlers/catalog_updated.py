"""registry.products.v1 and registry.suppliers.v1: keep the in-memory catalog; score changed products
against the open needs of the partitions this replica owns."""

from __future__ import annotations

from collections.abc import Sequence
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
    """One supplier event (see `catalog_upserted`)."""
    return await catalog_upserted(catalog, owned, repository, min_score, [event])


async def product_upserted(
    catalog: Catalog, owned: OwnedNeeds, repository: MatchRepository, min_score: float, event: ProductUpserted
) -> list[str]:
    """One product event (see `catalog_upserted`)."""
    return await catalog_upserted(catalog, owned, repository, min_score, [event])


async def catalog_upserted(
    catalog: Catalog,
    owned: OwnedNeeds,
    repository: MatchRepository,
    min_score: float,
    events: Sequence[SupplierUpserted | ProductUpserted],
) -> list[str]:
    """A batch of both catalog topics (offset order per partition): every event goes into the index first,
    then each product the batch touched is proposed once to the open needs it fits. Returns the ids of the
    new matches.

    A changed supplier's products are scored again, since the rules and the score read the supplier
    (scale, region, track record): the two topics are not ordered with each other, and a product may
    arrive, and be found unfit, before its supplier is known. While this replica is taking over partitions
    the products are only indexed; the catch-up scores them.

    Scoring is skipped per product version already scored, so a batch that comes again (a transient
    failure after part of it was scored) scores just what the first try did not reach, although the index
    no longer sees its events as changes.
    """
    touched: dict[str, None] = {}  # product ids, in order, once each
    for event in events:
        if isinstance(event, SupplierUpserted):
            changed = catalog.upsert_supplier(event)
            for product_id in catalog.products_of(event.supplier_id):
                if changed:
                    owned.forget_scored(product_id)
                touched[product_id] = None
        else:
            catalog.upsert_product(event)
            touched[event.product_id] = None
    if not owned.ready.is_set():
        owned.arrived_during_catch_up.update(touched)
        return []
    made: list[str] = []
    for product_id in touched:
        made += await score_product(catalog, owned, repository, min_score, product_id)
    return made


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
    if product.active and catalog.proposable(product.supplier_id):  # an unverified supplier's products wait
        supplier = catalog.suppliers.get(product.supplier_id)
        now = datetime.now(UTC)
        for need in owned.needs.sharing_terms(indexed.terms, partitions):
            scored = score_pair(need, indexed, supplier)
            if scored is not None and scored.score >= min_score and scored.explanation.matched_terms:
                fitting.append(proposed_match(need, scored, None, now))
    if not fitting:
        # Nothing to store: rescoring it after a restart is an in-memory lookup, so no write is spent here.
        owned.record_scored(product_id, product.version, partitions)
        return []
    made = await repository.add_matches_if_absent(fitting)
    catalog.count_held(match for match in fitting if match.match_id in set(made))
    await repository.mark_product_scored(product_id, product.version, partitions)
    owned.record_scored(product_id, product.version, partitions)  # only now: a failed write is scored again
    return made
