"""The match and deal lifecycle as pure transitions."""

from datetime import UTC, date, datetime

import pytest

from padan.matcher.domain import lifecycle
from padan.matcher.domain.lifecycle import LifecycleError
from padan.shared.events import (
    DealChanged,
    MatchChanged,
    MatchExplanation,
    NeedUpserted,
    ProductUpserted,
    SupplierUpserted,
)
from padan.shared.vocabulary import DealStatus, MatchStatus, Side

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PAGU = 50_000_000


def _match(status: MatchStatus = MatchStatus.PROPOSED, interested: tuple[Side, ...] = ()) -> MatchChanged:
    return MatchChanged(
        match_id="mat-1", need_id="n1", product_id="p1", supplier_id="s1", buyer_id="b1", status=status,
        score=0.8, explanation=MatchExplanation(), package_name="Belanja kain tapis", product_name="Kain tapis",
        pagu_idr=PAGU, region_code="18.71", interested=list(interested), version=3, occurred_at=NOW,
    )  # fmt: skip


NEED = NeedUpserted(
    need_id="n1", kode_rup="40123", buyer_id="b1", satker_code="1.01", package_name="Belanja kain tapis",
    pagu_idr=PAGU, procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026,
    region_code="18.71", version=1, occurred_at=NOW,
)  # fmt: skip
PRODUCT = ProductUpserted(
    product_id="p1", supplier_id="s1", name="Kain tapis", price_idr=1_000_000, tkdn_percent=62.5, version=1,
    occurred_at=NOW,
)  # fmt: skip
SUPPLIER = SupplierUpserted(
    supplier_id="s1", nib="1", name="IKM", region_code="18.71", scale="mikro", is_cooperative=True, version=1,
    occurred_at=NOW,
)  # fmt: skip


def _deal(value: int = 40_000_000) -> tuple[MatchChanged, DealChanged]:
    return lifecycle.agree_deal(_match(MatchStatus.INTERESTED), NEED, PRODUCT, SUPPLIER, value_idr=value, now=NOW)


def test_viewing_moves_only_a_fresh_proposal_and_bumps_the_version() -> None:
    viewed = lifecycle.mark_viewed(_match(), NOW)
    assert viewed is not None and viewed.status is MatchStatus.VIEWED and viewed.version == 4
    assert lifecycle.mark_viewed(viewed, NOW) is None, "a repeated view changes nothing"
    assert lifecycle.mark_viewed(_match(MatchStatus.INTERESTED), NOW) is None


def test_interest_records_each_side_once() -> None:
    first = lifecycle.express_interest(_match(MatchStatus.VIEWED), Side.BUYER, NOW)
    assert first is not None and first.status is MatchStatus.INTERESTED and first.interested == [Side.BUYER]
    both = lifecycle.express_interest(first, Side.SUPPLIER, NOW)
    assert both is not None and both.interested == [Side.BUYER, Side.SUPPLIER] and both.version == first.version + 1
    assert lifecycle.express_interest(both, Side.SUPPLIER, NOW) is None
    in_meeting = lifecycle.express_interest(_match(MatchStatus.MEETING), Side.BUYER, NOW)
    assert in_meeting is not None and in_meeting.status is MatchStatus.MEETING, "interest does not undo a meeting"


def test_declined_or_cancelled_matches_take_no_interest_and_deals_cannot_be_declined() -> None:
    for status in (MatchStatus.DECLINED, MatchStatus.CANCELLED):
        with pytest.raises(LifecycleError):
            lifecycle.express_interest(_match(status), Side.BUYER, NOW)
    with pytest.raises(LifecycleError, match="cancel the deal"):
        lifecycle.decline(_match(MatchStatus.DEAL_AGREED), NOW)
    declined = lifecycle.decline(_match(MatchStatus.VIEWED), NOW)
    assert declined is not None and declined.status is MatchStatus.DECLINED
    assert lifecycle.decline(declined, NOW) is None


def test_a_deal_carries_what_downstream_systems_and_reports_need() -> None:
    match, deal = _deal()
    assert match.status is MatchStatus.DEAL_AGREED
    assert deal.deal_id == lifecycle.deal_id("mat-1") and deal.version == 1 and deal.status is DealStatus.AGREED
    assert (deal.kode_rup, deal.value_idr, deal.pagu_idr, deal.fiscal_year) == ("40123", 40_000_000, PAGU, 2026)
    assert (deal.tkdn_percent, deal.supplier_scale, deal.supplier_is_cooperative) == (62.5, "mikro", True)


def test_a_deal_above_the_pagu_or_on_a_closed_match_is_refused() -> None:
    with pytest.raises(LifecycleError, match="pagu"):
        _deal(value=PAGU + 1)
    with pytest.raises(LifecycleError):
        lifecycle.agree_deal(_match(MatchStatus.DECLINED), NEED, PRODUCT, SUPPLIER, value_idr=1, now=NOW)


def test_contract_needs_a_number_and_is_idempotent_for_the_same_data() -> None:
    match, deal = _deal()
    args = {"value_idr": 39_500_000, "contract_date": date(2026, 12, 1), "order_number": "EP-1", "now": NOW}
    with pytest.raises(LifecycleError, match="number"):
        lifecycle.record_contract(deal, match, **{**args, "order_number": None}, contract_number=None)
    contracted_match, contracted = lifecycle.record_contract(deal, match, contract_number=None, **args)
    assert contracted_match is not None and contracted_match.status is MatchStatus.CONTRACTED
    assert contracted is not None and contracted.status is DealStatus.CONTRACTED and contracted.version == 2
    assert contracted.value_idr == 39_500_000
    assert lifecycle.record_contract(contracted, contracted_match, contract_number=None, **args) == (None, None)
    with pytest.raises(LifecycleError, match="different data"):
        lifecycle.record_contract(contracted, contracted_match, contract_number=None, **{**args, "value_idr": 1})


def test_cancelling_closes_deal_and_match_once() -> None:
    match, deal = _deal()
    cancelled_match, cancelled = lifecycle.cancel_deal(deal, match, "anggaran direvisi", NOW)
    assert cancelled_match is not None and cancelled_match.status is MatchStatus.CANCELLED
    assert cancelled is not None and cancelled.cancel_reason == "anggaran direvisi"
    assert lifecycle.cancel_deal(cancelled, cancelled_match, "lagi", NOW) == (None, None)
    with pytest.raises(LifecycleError, match="cancelled"):
        lifecycle.existing_deal_agreed(cancelled)
    with pytest.raises(LifecycleError):
        lifecycle.record_contract(
            cancelled, cancelled_match, value_idr=1, contract_date=date(2026, 12, 1), contract_number="K-1",
            order_number=None, now=NOW,
        )  # fmt: skip
