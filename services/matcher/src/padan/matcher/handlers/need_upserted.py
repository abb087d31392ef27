"""registry.needs.v1: keep the need and propose the best products of the whole catalog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.match import proposed_match, unmatched_need
from padan.matcher.domain.scoring import proposals, rank_need_explained
from padan.matcher.handlers.owned_needs import OwnedNeeds
from padan.shared import topics
from padan.shared.events import MatchChanged, NeedUnmatched, NeedUpserted
from padan.shared.tracing import current_context_headers, event_span


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
    return await needs_upserted(catalog, owned, repository, [event], top_k=top_k, min_score=min_score)


async def needs_upserted(
    catalog: Catalog,
    owned: OwnedNeeds,
    repository: MatchRepository,
    events: Sequence[NeedUpserted],
    *,
    top_k: int,
    min_score: float,
    traces: Mapping[str, Mapping[str, str]] | None = None,
) -> list[str]:
    """A batch of needs (in offset order): each kept and ranked as if alone, their matches stored in one
    write. Returns the ids of the new matches.

    `traces` (need id -> the trace context its event came with): each need is ranked in a span of its own
    trace, and its matches' events continue it, though the batch is written at once."""
    latest = {event.need_id: event for event in events}  # a later version in the batch supersedes
    current = await repository.save_needs_if_current(list(latest.values()))
    ranked: list[MatchChanged] = []
    unmatched: list[NeedUnmatched] = []
    match_traces: dict[str, dict[str, str]] = {}
    now = datetime.now(UTC)
    for event in current:
        owned.keep(event)
        if not event.open:
            continue
        with event_span(topics.NEEDS, (traces or {}).get(event.need_id, {})):
            ranking = proposals(rank_need_explained(catalog, event, top_k), min_score)
            proposed = [proposed_match(event, item, rank, now) for rank, item in enumerate(ranking.matches, start=1)]
            context = current_context_headers()
        if not proposed:
            unmatched.append(unmatched_need(event, ranking.outcome.value, ranking.reason, now))
        match_traces.update((match.match_id, context) for match in proposed)
        catalog.count_held(proposed)  # the next need of the batch sees this one's exposure, as if alone
        ranked.extend(proposed)
    await repository.add_unmatched_if_absent(unmatched)
    made = set(await repository.add_matches_if_absent(ranked, match_traces))
    catalog.uncount_held(match for match in ranked if match.match_id not in made)
    return [match.match_id for match in ranked if match.match_id in made]
