"""registry.needs.v1: keep the need and propose the best products of the whole catalog."""

from __future__ import annotations

from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match
from padan.matcher.domain.scoring import rank_need
from padan.matcher.handlers.owned_needs import OwnedNeeds
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
    owned.keep(event)
    if not event.open:
        return []
    scored = [item for item in rank_need(catalog, event, top_k) if item.score >= min_score]
    now = datetime.now(UTC)
    ranked = [proposed_match(event, item, rank, now) for rank, item in enumerate(scored, start=1)]
    made = await repository.add_matches_if_absent(ranked)
    catalog.count_held(match for match in ranked if match.match_id in set(made))
    return made
