"""Event builders for the reporting tests (unit and integration): small, explicit, hand-checkable."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from padan.shared.events import (
    BuyerUpserted,
    DealChanged,
    MatchChanged,
    MatchExplanation,
    MeetingChanged,
    NeedUpserted,
    SupplierUpserted,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def buyer(buyer_id: str, kind: str, region: str, version: int = 1, name: str | None = None) -> BuyerUpserted:
    return BuyerUpserted(
        buyer_id=buyer_id, kind=kind, satker_code=buyer_id, name=name or f"Pembeli {buyer_id}",
        region_code=region, version=version, occurred_at=NOW,
    )  # fmt: skip


def supplier(
    supplier_id: str, region: str, scale: str = "kecil", coop: bool = False, version: int = 1
) -> SupplierUpserted:
    return SupplierUpserted(
        supplier_id=supplier_id, nib="9" * 13, name=f"IKM {supplier_id}", region_code=region, scale=scale,
        is_cooperative=coop, version=version, occurred_at=NOW,
    )  # fmt: skip


def need(
    need_id: str, buyer_id: str, name: str, pagu: int, year: int, region: str, version: int = 1, **extra: Any
) -> NeedUpserted:
    return NeedUpserted(
        need_id=need_id, kode_rup=need_id, buyer_id=buyer_id, satker_code=buyer_id,
        package_name=name, pagu_idr=pagu, procurement_method="e_purchasing", procurement_type="barang",
        fiscal_year=year, region_code=region, version=version, occurred_at=NOW, **extra,
    )  # fmt: skip


def match(match_id: str, need_id: str, supplier_id: str, buyer_id: str, status: str, version: int) -> MatchChanged:
    return MatchChanged(
        match_id=match_id, need_id=need_id, product_id=f"pro-{supplier_id}", supplier_id=supplier_id,
        buyer_id=buyer_id, status=status, score=0.8, explanation=MatchExplanation(), package_name="paket",
        product_name="produk", pagu_idr=1, region_code="18.71", version=version, occurred_at=NOW,
    )  # fmt: skip


def deal(
    deal_id: str,
    match_id: str,
    need_id: str,
    supplier_id: str,
    buyer_id: str,
    status: str,
    value: int,
    version: int,
    tkdn: float | None = None,
    scale: str | None = "kecil",
    coop: bool = False,
) -> DealChanged:
    contracted = status == "contracted"
    return DealChanged(
        deal_id=deal_id, match_id=match_id, need_id=need_id, product_id=f"pro-{supplier_id}", supplier_id=supplier_id,
        buyer_id=buyer_id, status=status, value_idr=value, tkdn_percent=tkdn, supplier_scale=scale,
        supplier_is_cooperative=coop, contract_number=f"SPK-{deal_id}" if contracted else None,
        contract_date=date(2023, 6, 1) if contracted else None, version=version, occurred_at=NOW,
    )  # fmt: skip


def meeting(
    meeting_id: str, event_id: str, match_id: str | None, supplier_id: str, buyer_id: str, status: str, version: int
) -> MeetingChanged:
    return MeetingChanged(
        meeting_id=meeting_id, matching_event_id=event_id, match_id=match_id, supplier_id=supplier_id,
        buyer_id=buyer_id, status=status, version=version, occurred_at=NOW,
    )  # fmt: skip
