"""registry.needs.v1: keep the need and propose the best products of the whole catalog."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match
from padan.matcher.domain.scoring import rank_need
from padan.shared.events import NeedUpserted


async def need_upserted(
    catalog: Catalog, repository: MatchRepository, top_k: int, min_score: float, event: NeedUpserted
) -> list[str]:
    """Returns the ids of the new matches (none for an older version or a redelivery already done)."""
    if not await repository.save_need_if_current(event) or not event.open:
        return []
    scored = [item for item in rank_need(catalog, event, top_k) if item.score >= min_score]
    now = datetime.now(UTC)
    made: list[str] = []
    for rank, item in enumerate(scored, start=1):
        match = proposed_match(event, item, rank, now)
        if await repository.add_match_if_absent(match):
            catalog.held[match.supplier_id] += 1
            made.append(match.match_id)
    return made
