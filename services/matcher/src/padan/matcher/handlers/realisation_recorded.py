"""registry.realisations.v1: LKPP recorded a purchase on a RUP package; its matches learn how it ended.

See padan.matcher.domain.realisation for the rules. Writes, each idempotent on its own, in an order a
crash can stop anywhere: the winner's deal (state, event and the realisations behind it in one write),
then the winner match, then the other matches. A redelivery finds the deal already holding the
realisation and each match already moved, and writes nothing more.

A realisation of a package this matcher never received (no need stored) is left alone: there is no match
to close, and reporting counts the purchase from the realisation itself. A need that arrives later is
matched as usual (see services/registry/README.md, Realisation, for the order of imports).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from padan.matcher.domain import lifecycle
from padan.matcher.domain.realisation import DealState, choose_winner, closed_match, contracted_match, realised_deal
from padan.matcher.handlers.lifecycle_context import LifecycleContext
from padan.shared.events import DealChanged, MatchChanged, RealisationRecorded
from padan.shared.logging import get_logger

log = get_logger(__name__)


@dataclass
class RealisationEffect:
    """What one realisation changed (for logs and tests)."""

    need_known: bool = False
    deal: DealChanged | None = None
    matches: list[MatchChanged] = field(default_factory=list)


async def realisation_recorded(context: LifecycleContext, realisation: RealisationRecorded) -> RealisationEffect:
    effect = RealisationEffect()
    need = await context.matches.get_need(realisation.need_id)
    if need is None:
        log.info("realisation_of_unknown_need", kode_rup=realisation.kode_rup, realisation=realisation.realisation_id)
        return effect
    effect.need_known = True
    matches = await context.matches.matches_of_need(need.need_id)
    states: dict[str, DealState] = {}
    for match in matches:
        if match.supplier_id == realisation.supplier_id and (state := await _deal_state(context, match.match_id)):
            states[match.match_id] = state
    winner = choose_winner(realisation, matches, states)
    if winner is not None:
        async with context.locked(winner.match_id) as match:
            state = await _deal_state(context, match.match_id)
            indexed = context.catalog.products.get(match.product_id)
            supplier = context.catalog.suppliers.get(match.supplier_id)
            product = indexed.product if indexed else None
            now = context.clock()
            deal, realised = realised_deal(
                realisation, match, state, need=need, product=product, supplier=supplier, now=now
            )
            if deal is not None:
                await context.deals.save_deal_change(deal, realised)
                context.on_written("deals", [deal.deal_id])
                effect.deal = deal
            elif realised is not None and state is not None:
                await context.deals.save_realised(state.deal.deal_id, realised)
            contracted = contracted_match(match, deal or (state.deal if state else None), realisation, now)
            await _save_match(context, contracted, effect)
    for candidate in matches:
        if winner is not None and candidate.match_id == winner.match_id:
            continue
        if closed_match(candidate, realisation, context.clock()) is None:
            continue  # not open (as read above): nothing to lock for
        async with context.locked(candidate.match_id) as match:
            await _save_match(context, closed_match(match, realisation, context.clock()), effect)
    log.info(
        "realisation_applied",
        kode_rup=realisation.kode_rup,
        realisation=realisation.realisation_id,
        deal=effect.deal.deal_id if effect.deal else None,
        matches_changed=len(effect.matches),
    )
    return effect


async def _deal_state(context: LifecycleContext, match_id: str) -> DealState | None:
    found = await context.deals.get_realised(lifecycle.deal_id(match_id))
    return DealState(*found) if found else None


async def _save_match(context: LifecycleContext, match: MatchChanged | None, effect: RealisationEffect) -> None:
    if match is None:
        return
    await context.matches.save_match_change(match)
    context.on_written("matches", [match.match_id])
    effect.matches.append(match)
