"""registry.needs.v1: keep the need and propose the best products of the whole catalog."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match
from padan.matcher.domain.scoring import need_terms, score_pair
from padan.matcher.handlers.owned_needs import OwnedNeeds, need_partition
from padan.shared.events import NeedUpserted


async def need_upserted(
    catalog: Catalog,
    owned: OwnedNeeds,
    repository: MatchRepository,
    event: NeedUpserted,
    *,
    top_k: int,
    min_score: float,
) -> list[str]:
    """Returns the ids of the new matches (none for an older version or a redelivery already done)."""
    if not await repository.save_need_if_current(event):
        return []
    owned.needs.put(event, need_partition(event.need_id))
    if not event.open:
        return []
    scored = []
    for product_id in catalog.candidates(need_terms(event)):
        indexed = catalog.products[product_id]
        result = score_pair(event, indexed, catalog.suppliers.get(indexed.product.supplier_id))
        if result is not None and result.score >= min_score:
            scored.append(result)
    scored.sort(key=lambda item: (-item.score, item.product.product.product_id))
    now = datetime.now(UTC)
    ranked = [proposed_match(event, item, rank, now) for rank, item in enumerate(scored[:top_k], start=1)]
    return await repository.add_matches_if_absent(ranked)
