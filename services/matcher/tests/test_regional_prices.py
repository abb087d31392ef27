"""Regional catalog prices (e-katalog lists a product's price per region it delivers to): the rule "price
within pagu", the price it shows and the vectorised pre-selection all use the price for the need's region."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from padan.matcher.domain import rules
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import rank_need, score_pair
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def need(**overrides: Any) -> NeedUpserted:
    base: dict[str, Any] = {
        "need_id": "n1", "kode_rup": "1", "buyer_id": "b1", "satker_code": "180001",
        "package_name": "Belanja kain tapis untuk cenderamata", "pagu_idr": 50_000_000,
        "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2024,
        "region_code": "18.71", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return NeedUpserted.model_validate(base | overrides)


def product(product_id: str, name: str, **overrides: Any) -> ProductUpserted:
    base: dict[str, Any] = {
        "product_id": product_id, "supplier_id": "s1", "name": name, "price_idr": 1_000_000,
        "tkdn_percent": 60.0, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return ProductUpserted.model_validate(base | overrides)


def build(products: list[ProductUpserted]) -> Catalog:
    catalog = Catalog()
    catalog.upsert_supplier(
        SupplierUpserted(
            supplier_id="s1", nib="s1", name="IKM s1", region_code="18.71", scale="kecil", version=1, occurred_at=NOW
        )
    )
    for item in products:
        catalog.upsert_product(item)
    return catalog


PRICES = [{"region_code": "18.71", "price_idr": 900_000}, {"region_code": "18", "price_idr": 1_100_000},
          {"region_code": "32.04", "price_idr": 2_000_000}]  # fmt: skip


def tapis(product_id: str = "p1", **overrides: Any) -> Any:
    return product(product_id, "Kain tapis motif siger", regional_prices=PRICES, price_idr=900_000, **overrides)


def test_the_rule_uses_the_price_for_the_buyer_s_region() -> None:
    item = tapis()
    in_kota = rules.price_within_pagu(need(region_code="18.71", pagu_idr=1_000_000), item)
    in_province = rules.price_within_pagu(need(region_code="18.02", pagu_idr=1_000_000), item)
    assert in_kota.passed and "Rp 900.000" in in_kota.detail
    assert not in_province.passed and "Rp 1.100.000" in in_province.detail, "Lampung Tengah takes Lampung's price"
    elsewhere = rules.price_within_pagu(need(region_code="33.74", pagu_idr=10_000_000), item)
    assert not elsewhere.passed and "tidak ditawarkan" in elsewhere.detail


def test_ranking_and_pair_scoring_agree_with_the_rule() -> None:
    catalog = build([tapis("p1"), product("p2", "Kain tapis sulam usus", price_idr=1_000_000)])
    cheap_here = need(region_code="18.71", pagu_idr=950_000)
    assert [r.product.product.product_id for r in rank_need(catalog, cheap_here, 5)] == ["p1"]
    in_bandung = need(region_code="32.04", pagu_idr=1_500_000)
    assert [r.product.product.product_id for r in rank_need(catalog, in_bandung, 5)] == ["p2"]
    assert score_pair(in_bandung, catalog.products["p1"], catalog.suppliers["s1"]) is None
    assert score_pair(cheap_here, catalog.products["p1"], catalog.suppliers["s1"]) is not None


def test_a_new_version_without_regional_prices_costs_the_same_everywhere() -> None:
    catalog = build([tapis("p1")])
    catalog.upsert_product(product("p1", "Kain tapis motif siger", price_idr=900_000, version=2))
    assert [
        r.product.product.product_id for r in rank_need(catalog, need(region_code="33.74", pagu_idr=950_000), 5)
    ] == ["p1"]
