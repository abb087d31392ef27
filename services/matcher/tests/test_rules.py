"""Every hard rule at its legal edges (rules.py names the sources)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from padan.matcher.domain import rules
from padan.matcher.domain.rules import NeedContext
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def need(**overrides: Any) -> NeedUpserted:
    base: dict[str, Any] = {
        "need_id": "n1", "kode_rup": "1", "buyer_id": "b1", "satker_code": "18.001",
        "package_name": "Belanja kain tapis untuk cenderamata", "pagu_idr": 50_000_000,
        "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2024,
        "region_code": "18.71", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return NeedUpserted.model_validate(base | overrides)


def product(product_id: str = "p1", name: str = "Kain tapis motif siger", **overrides: Any) -> ProductUpserted:
    base: dict[str, Any] = {
        "product_id": product_id, "supplier_id": "s1", "name": name, "price_idr": 1_000_000,
        "tkdn_percent": 60.0, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return ProductUpserted.model_validate(base | overrides)


def supplier(
    supplier_id: str = "s1", region: str = "18.71", scale: str = "kecil", **overrides: Any
) -> SupplierUpserted:
    base: dict[str, Any] = {
        "supplier_id": supplier_id, "nib": supplier_id, "name": f"IKM {supplier_id}", "region_code": region,
        "scale": scale, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return SupplierUpserted.model_validate(base | overrides)


AVAILABLE = NeedContext(small_business_available=True, tkdn_qualified_available=True)
NONE_AVAILABLE = NeedContext(small_business_available=False, tkdn_qualified_available=False)


@pytest.mark.parametrize(
    ("kind", "passed"), [("barang", True), ("jasa_lainnya", True), ("konstruksi", False), ("konsultansi", False)]
)
def test_procurement_type_catalog_serves_goods_and_other_services(kind: str, passed: bool) -> None:
    check = rules.procurement_type(need(procurement_type=kind))
    assert check.passed is passed and check.rule == "procurement_type" and check.detail


def test_price_times_volume_may_equal_the_pagu_but_not_exceed_it() -> None:
    assert rules.price_within_pagu(need(pagu_idr=10_000_000, volume=10), product(price_idr=1_000_000)).passed
    over = rules.price_within_pagu(need(pagu_idr=10_000_000, volume=10), product(price_idr=1_000_001))
    assert not over.passed and "melebihi pagu Rp 10.000.000" in over.detail
    assert rules.price_within_pagu(need(pagu_idr=1_000_000), product(price_idr=1_000_000)).passed, "no volume: one unit"


def test_capacity_over_the_delivery_window_must_cover_the_volume() -> None:
    assert rules.capacity_covers_volume(need(volume=300), product(monthly_capacity=100)).passed  # 100 x 3 = 300
    short = rules.capacity_covers_volume(need(volume=301), product(monthly_capacity=100))
    assert not short.passed and "tidak mencukupi" in short.detail
    assert rules.capacity_covers_volume(need(volume=None), product(monthly_capacity=1)).passed
    unknown = rules.capacity_covers_volume(need(volume=5000), product(monthly_capacity=None))
    assert unknown.passed and "tidak dicantumkan" in unknown.detail


def test_region_rule_binds_only_when_the_package_says_so() -> None:
    open_package = need()
    assert rules.region_requirement(open_package, supplier(region="33.01")).passed
    province = need(specification="Penyedia berdomisili di Provinsi Lampung.")
    assert rules.required_scope(province) is rules.Scope.PROVINSI
    assert rules.region_requirement(province, supplier(region="18.05")).passed
    assert not rules.region_requirement(province, supplier(region="33.01")).passed
    assert not rules.region_requirement(province, None).passed, "an unknown domicile cannot satisfy a domicile clause"
    regency = need(specification="Syarat: penyedia berkedudukan di Kota Bandar Lampung", region_code="18.71")
    assert rules.required_scope(regency) is rules.Scope.KABKOTA
    assert rules.region_requirement(regency, supplier(region="18.71")).passed
    assert not rules.region_requirement(regency, supplier(region="18.72")).passed
    provincial_buyer = need(specification="penyedia berdomisili di kabupaten", region_code="18")
    assert rules.required_scope(provincial_buyer) is rules.Scope.PROVINSI
    local = need(package_name="Belanja souvenir produk lokal", region_code="18.72")
    assert rules.required_scope(local) is rules.Scope.KABKOTA
    assert (
        rules.required_scope(need(package_name="Belanja souvenir produk lokal", region_code="18"))
        is rules.Scope.PROVINSI
    )


def test_reservation_threshold_is_inclusive_at_rp_15_miliar() -> None:
    assert rules.is_reserved(need(pagu_idr=15_000_000_000))
    assert not rules.is_reserved(need(pagu_idr=15_000_000_001))
    assert rules.is_reserved(need(pagu_idr=40_000_000_000, is_umk=True)), "SIRUP's UMK flag reserves any value"
    assert not rules.is_reserved(need(pagu_idr=1_000_000, procurement_type="konsultansi"))
    assert rules.is_reserved(need(pagu_idr=1_000_000, procurement_type="konstruksi"))


@pytest.mark.parametrize(
    ("scale", "cooperative", "preferred"),
    [("mikro", False, True), ("kecil", False, True), ("menengah", False, False), ("besar", False, False),
     ("menengah", True, True)],
)  # fmt: skip
def test_reserved_package_puts_small_businesses_and_cooperatives_first(
    scale: str, cooperative: bool, preferred: bool
) -> None:
    """The reservation orders the offers and removes none: another firm's offer is listed after theirs,
    choosable only when they cannot supply the package (Pasal 65 ayat 4)."""
    check = rules.small_business_reservation(need(), supplier(scale=scale, is_cooperative=cooperative), AVAILABLE)
    assert check.passed and "dicadangkan" in check.detail
    assert (rules.DEFERRED_NOTE in check.detail) is not preferred
    if not preferred:
        assert f"usaha {scale}" in check.detail and "Pasal 65 ayat 4" in check.detail


def test_reservation_yields_when_no_small_business_can_supply() -> None:
    check = rules.small_business_reservation(need(), supplier(scale="besar"), NONE_AVAILABLE)
    assert check.passed and "tidak ada usaha kecil" in check.detail and rules.DEFERRED_NOTE not in check.detail
    unknown = rules.small_business_reservation(need(), None, AVAILABLE)
    assert rules.DEFERRED_NOTE in unknown.detail and "skala usaha penyedia belum diketahui" in unknown.detail
    big_package = need(pagu_idr=20_000_000_000)
    above = rules.small_business_reservation(big_package, supplier(scale="besar"), AVAILABLE)
    assert above.passed and "di atas batas pencadangan" in above.detail


@pytest.mark.parametrize(
    ("tkdn", "bmp", "qualifies"),
    [(25.0, 15.0, True), (40.0, None, True), (24.99, 30.0, False), (30.0, 9.99, False), (None, 50.0, False)],
)
def test_tkdn_thresholds_25_and_40_are_inclusive(tkdn: float | None, bmp: float | None, qualifies: bool) -> None:
    assert rules.tkdn_qualifies(tkdn, bmp) is qualifies


def test_domestic_content_obliges_only_when_a_qualifying_product_is_offered() -> None:
    low = product(tkdn_percent=20.0, bmp_percent=5.0)
    deferred = rules.domestic_content(need(), low, AVAILABLE)
    assert deferred.passed and "wajib diutamakan" in deferred.detail and rules.DEFERRED_NOTE in deferred.detail
    alone = rules.domestic_content(need(), low, NONE_AVAILABLE)
    assert alone.passed and rules.DEFERRED_NOTE not in alone.detail
    qualified = rules.domestic_content(need(), product(tkdn_percent=25.0, bmp_percent=15.0), AVAILABLE)
    assert rules.DEFERRED_NOTE not in qualified.detail and "memenuhi" in qualified.detail
    assert rules.DEFERRED_NOTE in rules.domestic_content(need(), product(tkdn_percent=None), AVAILABLE).detail
    outside = rules.domestic_content(need(is_pdn=False), low, AVAILABLE)
    assert "tidak ditandai PDN" in outside.detail, "a non-PDN package is outside Pasal 66"


def test_check_all_lists_every_rule_once_in_order() -> None:
    names = [check.rule for check in rules.check_all(need(), product(), supplier())]
    assert names == [
        "procurement_type", "product_active", "price_within_pagu", "capacity_covers_volume", "region_requirement",
        "small_business_reservation", "domestic_content",
    ]  # fmt: skip
    assert not rules.product_active(product(active=False)).passed
