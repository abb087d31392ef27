"""What an LKPP realisation does to the matches and deals of its RUP package (domain rules + handler, on
in-memory stores): the matched winner's match is contracted with one deal event, other open matches are
closed as bought elsewhere, and a redelivery (or a crash half-way and a redelivery) publishes nothing twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from padan.matcher.domain import lifecycle, realisation
from padan.matcher.domain.catalog import Catalog
from padan.matcher.handlers.lifecycle_context import LifecycleContext
from padan.matcher.handlers.realisation_recorded import realisation_recorded
from padan.shared.events import (
    MatchChanged,
    MatchExplanation,
    NeedUpserted,
    ProductUpserted,
    RealisationRecorded,
    SupplierUpserted,
)
from padan.shared.vocabulary import DealStatus, MatchStatus
from services.matcher.tests.fakes import FakeDealRepository, FakeMatchRepository

NOW = datetime(2025, 8, 27, 9, 0, tzinfo=UTC)
PAGU = 30_000_000
NEED = NeedUpserted(
    need_id="ned-1", kode_rup="60608395", buyer_id="buy-1", satker_code="5.03.5.04.0.00.29.0000",
    package_name="Belanja Alat Tulis Kantor", pagu_idr=PAGU, procurement_method="e_purchasing",
    procurement_type="barang", fiscal_year=2025, region_code="32.04", version=1, occurred_at=NOW,
)  # fmt: skip

SUPPLIER = SupplierUpserted(
    supplier_id="sup-a", nib="9120000000001", name="CV Sinar Tinta", region_code="32.04", scale="kecil",
    version=1, occurred_at=NOW,
)  # fmt: skip
PRODUCT = ProductUpserted(
    product_id="pa", supplier_id="sup-a", name="Kertas HVS A4", price_idr=55_000, tkdn_percent=45.5,
    version=1, occurred_at=NOW,
)  # fmt: skip


def _match(product: str, supplier: str, score: float, status: MatchStatus = MatchStatus.PROPOSED) -> MatchChanged:
    return MatchChanged(
        match_id=f"mat-{product}", need_id="ned-1", product_id=product, supplier_id=supplier, buyer_id="buy-1",
        status=status, score=score, explanation=MatchExplanation(), package_name=NEED.package_name,
        product_name=f"Produk {product}", pagu_idr=PAGU, region_code="32.04", version=1, occurred_at=NOW,
    )  # fmt: skip


def _realisation(supplier_id: str | None, **changes: Any) -> RealisationRecorded:
    fields: dict[str, Any] = {
        "realisation_id": "rea-order-1", "kode_rup": "60608395", "need_id": "ned-1",
        "dataset": "Ecat-PaketEPurchasingV6", "source_id": "01K32QD12XPKKTQMJ6E33ADS47", "method": "e_purchasing",
        "stage": "order", "order_number": "01K32QD12XPKKTQMJ6E33ADS47", "supplier_id": supplier_id,
        "supplier_name": "CV Sinar Tinta", "value_idr": 28_578_060, "realised_on": date(2025, 8, 27),
        "status": "ON_PROCESS", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return RealisationRecorded.model_validate({**fields, **changes})


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _context(*matches: MatchChanged) -> tuple[LifecycleContext, FakeMatchRepository, FakeDealRepository]:
    repository, deals = FakeMatchRepository(), FakeDealRepository()
    repository.needs[NEED.need_id] = NEED
    repository.matches.update((m.match_id, m) for m in matches)
    catalog = Catalog()
    catalog.upsert_supplier(SUPPLIER)
    catalog.upsert_product(PRODUCT)
    return LifecycleContext(repository, deals, catalog, clock=Clock()), repository, deals  # type: ignore[arg-type]


async def test_the_matched_winner_is_contracted_with_one_deal_and_the_others_are_bought_elsewhere() -> None:
    context, matches, deals = _context(_match("pa", "sup-a", 0.7), _match("pb", "sup-b", 0.9))

    await realisation_recorded(context, _realisation("sup-a"))

    [deal] = deals.published
    assert deal.deal_id == lifecycle.deal_id("mat-pa") and deal.version == 1
    assert deal.status is DealStatus.CONTRACTED and deal.value_idr == 28_578_060
    assert deal.order_number == "01K32QD12XPKKTQMJ6E33ADS47" and deal.contract_date == date(2025, 8, 27)
    assert deal.kode_rup == "60608395" and deal.tkdn_percent == 45.5 and deal.supplier_scale == "kecil"
    won, lost = matches.matches["mat-pa"], matches.matches["mat-pb"]
    assert won.status is MatchStatus.CONTRACTED and won.outcome == realisation.REALISED and won.version == 2
    assert won.realisation is not None and won.realisation.source_id == "01K32QD12XPKKTQMJ6E33ADS47"
    assert lost.status is MatchStatus.CANCELLED and lost.outcome == realisation.BOUGHT_ELSEWHERE
    assert lost.realisation is not None and lost.realisation.supplier_name == "CV Sinar Tinta"

    await realisation_recorded(context, _realisation("sup-a"))  # redelivered

    assert len(deals.published) == 1 and len(matches.published) == 2, "a redelivery publishes nothing"


async def test_a_winner_padan_did_not_match_closes_every_open_match_but_leaves_an_agreed_deal() -> None:
    agreed = _match("pc", "sup-c", 0.5, MatchStatus.DEAL_AGREED)
    context, matches, deals = _context(_match("pa", "sup-a", 0.7), _match("pb", "sup-b", 0.9), agreed)

    await realisation_recorded(context, _realisation(None, supplier_name="PT Lain Sekali"))

    assert deals.published == []
    assert {m.match_id: m.outcome for m in matches.published} == {
        "mat-pa": realisation.BOUGHT_ELSEWHERE,
        "mat-pb": realisation.BOUGHT_ELSEWHERE,
    }
    assert matches.matches["mat-pc"].status is MatchStatus.DEAL_AGREED


async def test_a_deal_agreed_by_hand_is_contracted_by_its_suppliers_order_in_one_event() -> None:
    match = _match("pa", "sup-a", 0.2, MatchStatus.INTERESTED)
    sibling = _match("pa2", "sup-a", 0.9)
    context, matches, deals = _context(match, sibling)
    agreed_match, agreed = lifecycle.agree_deal(match, NEED, None, None, value_idr=29_000_000, now=NOW)
    await context.save(agreed_match, agreed)
    deals.published.clear()

    await realisation_recorded(context, _realisation("sup-a"))

    [contracted] = deals.published
    assert contracted.deal_id == agreed.deal_id and contracted.version == 2
    assert contracted.status is DealStatus.CONTRACTED and contracted.value_idr == 28_578_060
    assert matches.matches["mat-pa"].status is MatchStatus.CONTRACTED, (
        "the match with the deal wins over a better score"
    )
    assert matches.matches["mat-pa2"].outcome == realisation.BOUGHT_WITH_OTHER_PRODUCT


async def test_several_orders_of_the_winner_add_up_and_a_changed_value_is_a_new_deal_version() -> None:
    context, _, deals = _context(_match("pa", "sup-a", 0.7))
    await realisation_recorded(context, _realisation("sup-a"))
    second = _realisation(
        "sup-a", realisation_id="rea-order-2", source_id="01K4468ZA7", order_number="01K4468ZA7",
        value_idr=1_000_000, realised_on=date(2025, 9, 3),
    )  # fmt: skip
    await realisation_recorded(context, second)
    await realisation_recorded(context, second)  # redelivered
    await realisation_recorded(context, _realisation("sup-a", version=2, value_idr=20_000_000))  # corrected

    assert [(d.version, d.value_idr) for d in deals.published] == [(1, 28_578_060), (2, 29_578_060), (3, 21_000_000)]
    assert deals.published[-1].order_number == "01K32QD12XPKKTQMJ6E33ADS47", "numbers of the earliest order"

    await realisation_recorded(context, _realisation("sup-a", version=1))  # an older version, late
    assert len(deals.published) == 3


async def test_a_cancelled_order_takes_its_value_out_and_the_last_one_cancels_the_deal() -> None:
    context, matches, deals = _context(_match("pa", "sup-a", 0.7))
    await realisation_recorded(context, _realisation("sup-a"))
    await realisation_recorded(context, _realisation("sup-a", version=2, cancelled=True, status="CANCELLED"))

    assert [d.status for d in deals.published] == [DealStatus.CONTRACTED, DealStatus.CANCELLED]
    assert deals.published[-1].cancel_reason == realisation.CANCELLED_AT_LKPP
    assert matches.matches["mat-pa"].status is MatchStatus.CANCELLED


async def test_a_match_bought_elsewhere_is_contracted_when_its_supplier_gets_a_later_order() -> None:
    context, matches, deals = _context(_match("pa", "sup-a", 0.7))
    await realisation_recorded(context, _realisation("sup-x", supplier_name="Toko Lain"))
    assert matches.matches["mat-pa"].outcome == realisation.BOUGHT_ELSEWHERE

    await realisation_recorded(context, _realisation("sup-a", realisation_id="rea-order-2", source_id="O2"))

    assert matches.matches["mat-pa"].status is MatchStatus.CONTRACTED
    assert [d.status for d in deals.published] == [DealStatus.CONTRACTED]


async def test_unknown_packages_unnamed_winners_and_cancelled_orders_close_nothing() -> None:
    context, matches, deals = _context(_match("pa", "sup-a", 0.7))

    effect = await realisation_recorded(context, _realisation("sup-a", need_id="ned-unknown"))
    assert not effect.need_known
    await realisation_recorded(context, _realisation(None, supplier_name=" "))
    await realisation_recorded(context, _realisation("sup-x", cancelled=True))

    assert matches.published == [] and deals.published == []


async def test_a_crash_between_the_deal_and_its_match_is_finished_by_the_redelivery_without_a_second_deal() -> None:
    context, matches, deals = _context(_match("pa", "sup-a", 0.7), _match("pb", "sup-b", 0.9))
    save = matches.save_match_change

    async def crash(match: MatchChanged) -> None:
        raise ConnectionError("store away")

    matches.save_match_change = crash  # type: ignore[method-assign]
    with pytest.raises(ConnectionError):
        await realisation_recorded(context, _realisation("sup-a"))
    matches.save_match_change = save  # type: ignore[method-assign]

    await realisation_recorded(context, _realisation("sup-a"))

    assert len(deals.published) == 1
    assert matches.matches["mat-pa"].status is MatchStatus.CONTRACTED
    assert matches.matches["mat-pb"].outcome == realisation.BOUGHT_ELSEWHERE


def test_a_match_whose_deal_its_parties_cancelled_is_not_the_winner() -> None:
    match = _match("pa", "sup-a", 0.7, MatchStatus.INTERESTED)
    agreed_match, agreed = lifecycle.agree_deal(match, NEED, None, None, value_idr=1_000, now=NOW)
    cancelled_match, cancelled = lifecycle.cancel_deal(agreed, agreed_match, "batal", NOW)
    assert cancelled_match is not None and cancelled is not None
    states = {"mat-pa": realisation.DealState(cancelled, {})}
    other = _match("pa2", "sup-a", 0.1)

    assert realisation.choose_winner(_realisation("sup-a"), [cancelled_match, other], states) == other
    assert realisation.choose_winner(_realisation("sup-a"), [cancelled_match], states) is None
