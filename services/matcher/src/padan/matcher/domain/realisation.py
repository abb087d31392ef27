"""What LKPP's record of a purchase (a realisation: e-purchasing order, award, contract, recorded purchase)
does to the matches of its RUP package. Pure functions; the handler reads, locks and writes.

- The winner is a supplier Padan matched to the package (same registry supplier id): one of its matches
  (`choose_winner`) becomes contracted, with a deal contracted from the realisation (created when nobody
  agreed one by hand). The deal's value is the sum of the live realisations of that match (a package
  bought in several orders from the same supplier), its numbers and date those of the earliest one.
- Every other open match of the package is closed (cancelled) with outcome `bought_elsewhere`, or
  `bought_with_other_product` when its supplier is the winner. A match with a deal agreed by hand is left
  alone: its parties cancel it, or a realisation of its own supplier contracts it.
- A match closed as bought elsewhere becomes contracted when a later realisation of the same package names
  its supplier (packages are often bought in several orders, from several suppliers).
- A realisation whose winner is not named at all (no id, name, NPWP or vendor code) closes nothing: the
  winner might be the matched supplier.
- A cancelled realisation only takes its value out of the deal it contracted; a deal left with no live
  realisation is cancelled.

Idempotence: the deal keeps the realisations it was contracted from (id -> version and figures), so a
redelivered realisation finds itself there and changes no deal; the match transitions change nothing
once done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from padan.matcher.domain import lifecycle
from padan.matcher.domain.lifecycle import OPEN, next_version
from padan.shared.events import (
    DealChanged,
    MatchChanged,
    MatchRealisation,
    NeedUpserted,
    ProductUpserted,
    RealisationRecorded,
    SupplierUpserted,
)
from padan.shared.vocabulary import DealStatus, MatchStatus

REALISED = "realised"
BOUGHT_ELSEWHERE = "bought_elsewhere"
BOUGHT_WITH_OTHER_PRODUCT = "bought_with_other_product"
CANCELLED_AT_LKPP = "Pesanan/kontrak dibatalkan menurut data LKPP (order or contract cancelled at LKPP)"

Realised = dict[str, dict[str, Any]]
"""A deal's realisations: realisation id -> {version, value_idr, cancelled, order_number, contract_number,
realised_on (ISO date or None), dataset, source_id, supplier_name}."""


@dataclass(frozen=True)
class DealState:
    """A stored deal and the realisations it was contracted from."""

    deal: DealChanged
    realised: Realised


def winner_named(realisation: RealisationRecorded) -> bool:
    return bool(
        realisation.supplier_id
        or realisation.supplier_name.strip()
        or realisation.supplier_npwp
        or realisation.supplier_kd_penyedia
        or realisation.supplier_vendor_v6
    )


def reference(realisation: RealisationRecorded) -> MatchRealisation:
    return MatchRealisation(
        realisation_id=realisation.realisation_id,
        dataset=realisation.dataset,
        source_id=realisation.source_id,
        supplier_id=realisation.supplier_id,
        supplier_name=realisation.supplier_name,
        value_idr=realisation.value_idr,
        realised_on=realisation.realised_on,
    )


def choose_winner(
    realisation: RealisationRecorded, matches: list[MatchChanged], deals: Mapping[str, DealState]
) -> MatchChanged | None:
    """The winner's match to contract (None when the winner is no matched supplier of the package): the one
    whose deal already holds this realisation, then a contracted one, one with a deal agreed, an open one,
    one closed by an earlier realisation or declined; the best scored among equals. A match whose deal was
    cancelled by its parties stays cancelled. Deals: by match id."""
    if realisation.supplier_id is None:
        return None

    def rank(match: MatchChanged) -> tuple[int, float, str]:
        state = deals.get(match.match_id)
        if state is not None and realisation.realisation_id in state.realised:
            order = 0
        elif match.status is MatchStatus.CONTRACTED:
            order = 1
        elif match.status is MatchStatus.DEAL_AGREED:
            order = 2
        elif match.status in OPEN:
            order = 3
        else:
            order = 4
        return order, -match.score, match.match_id

    eligible = [
        match
        for match in matches
        if match.supplier_id == realisation.supplier_id
        and not _cancelled_by_hand(match, deals.get(match.match_id), realisation)
    ]
    return min(eligible, key=rank, default=None)


def _cancelled_by_hand(match: MatchChanged, state: DealState | None, realisation: RealisationRecorded) -> bool:
    if state is not None and state.deal.status is DealStatus.CANCELLED:
        return realisation.realisation_id not in state.realised  # cancelled by its parties: final
    return match.status is MatchStatus.CANCELLED and match.outcome is None


def realised_deal(
    realisation: RealisationRecorded,
    match: MatchChanged,
    state: DealState | None,
    *,
    need: NeedUpserted,
    product: ProductUpserted | None,
    supplier: SupplierUpserted | None,
    now: datetime,
) -> tuple[DealChanged | None, Realised | None]:
    """The winner match's deal after `realisation`: (its next event or None, its realisations or None when
    they did not change). A redelivery, or an older version, changes nothing."""
    realised = dict(state.realised) if state else {}
    known = realised.get(realisation.realisation_id)
    if known is not None and int(known["version"]) >= realisation.version:
        return None, None
    realised[realisation.realisation_id] = _entry(realisation)
    live = [entry for entry in realised.values() if not entry["cancelled"]]
    deal = state.deal if state else None
    if not live:
        if deal is None or deal.status is DealStatus.CANCELLED:
            return None, realised
        return next_version(deal, now, status=DealStatus.CANCELLED, cancel_reason=CANCELLED_AT_LKPP), realised
    first = min(live, key=lambda entry: (entry["realised_on"] or "9999-12-31", entry["source_id"]))
    figures: dict[str, Any] = {
        "status": DealStatus.CONTRACTED,
        "value_idr": sum(int(entry["value_idr"]) for entry in live),
        "order_number": first["order_number"],
        "contract_number": first["contract_number"],
        "contract_date": date.fromisoformat(first["realised_on"]) if first["realised_on"] else None,
        "cancel_reason": None,
    }
    if deal is None:
        return _new_deal(
            match, need, realisation, product=product, supplier=supplier, now=now, figures=figures
        ), realised
    if all(getattr(deal, name) == value for name, value in figures.items()):
        return None, realised
    return next_version(deal, now, **figures), realised


def contracted_match(
    match: MatchChanged, deal: DealChanged | None, realisation: RealisationRecorded, now: datetime
) -> MatchChanged | None:
    """The winner match once its deal is settled: contracted (outcome realised, with the realisation that
    first contracted it) while the deal is, cancelled when the deal is."""
    if deal is None:
        return None
    if deal.status is DealStatus.CANCELLED:
        if match.status is MatchStatus.CANCELLED:
            return None
        return next_version(match, now, status=MatchStatus.CANCELLED)
    if match.status is MatchStatus.CONTRACTED and match.outcome == REALISED:
        return None  # later orders of the same supplier add to the deal, not to the match
    return next_version(match, now, status=MatchStatus.CONTRACTED, outcome=REALISED, realisation=reference(realisation))


def closed_match(match: MatchChanged, realisation: RealisationRecorded, now: datetime) -> MatchChanged | None:
    """An open match of a package bought from someone else, or through another match of the same supplier."""
    if match.status not in OPEN or realisation.cancelled or not winner_named(realisation):
        return None
    same_supplier = realisation.supplier_id is not None and match.supplier_id == realisation.supplier_id
    outcome = BOUGHT_WITH_OTHER_PRODUCT if same_supplier else BOUGHT_ELSEWHERE
    return next_version(match, now, status=MatchStatus.CANCELLED, outcome=outcome, realisation=reference(realisation))


def _entry(realisation: RealisationRecorded) -> dict[str, Any]:
    return {
        "version": realisation.version,
        "value_idr": realisation.value_idr,
        "cancelled": realisation.cancelled,
        "order_number": realisation.order_number,
        "contract_number": realisation.contract_number,
        "realised_on": realisation.realised_on.isoformat() if realisation.realised_on else None,
        "dataset": realisation.dataset,
        "source_id": realisation.source_id,
        "supplier_name": realisation.supplier_name,
    }


def _new_deal(
    match: MatchChanged,
    need: NeedUpserted,
    realisation: RealisationRecorded,
    *,
    product: ProductUpserted | None,
    supplier: SupplierUpserted | None,
    now: datetime,
    figures: dict[str, Any],
) -> DealChanged:
    """A deal nobody agreed by hand, contracted from the start (version 1): LKPP recorded the purchase."""
    return lifecycle.new_deal(
        match,
        need,
        product,
        supplier,
        now=now,
        **(
            {}
            if supplier
            else {
                "supplier_scale": realisation.supplier_scale,
                "supplier_is_cooperative": realisation.supplier_is_cooperative,
            }
        ),
        **figures,
    )
