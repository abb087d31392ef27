"""The price of a product for a buyer's region: regional e-katalog prices, and where a product is not sold."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from padan.shared.events import ProductUpserted
from padan.shared.pricing import price_for_region


def product(prices: list[tuple[str, int]], price_idr: int = 1_000) -> ProductUpserted:
    body: dict[str, Any] = {
        "product_id": "p", "supplier_id": "s", "name": "Kain tapis", "price_idr": price_idr, "version": 1,
        "occurred_at": datetime.now(UTC), "regional_prices": [{"region_code": c, "price_idr": p} for c, p in prices],
    }  # fmt: skip
    return ProductUpserted.model_validate(body)


def test_a_product_without_regional_prices_costs_the_same_everywhere() -> None:
    assert price_for_region(product([]), "32.04") == price_for_region(product([]), "") == 1_000


def test_the_kab_kota_price_then_the_province_price() -> None:
    item = product([("32.04", 1_200), ("32", 1_100), ("18.71", 900)], price_idr=900)
    assert price_for_region(item, "32.04") == 1_200
    assert price_for_region(item, "32.73") == 1_100, "a kab/kota without its own price takes its province's"
    assert price_for_region(item, "18.71") == 900


def test_a_province_takes_its_lowest_price_and_an_unknown_region_the_lowest_anywhere() -> None:
    item = product([("32.04", 1_200), ("32.73", 1_050), ("18.71", 900)], price_idr=900)
    assert price_for_region(item, "32") == 1_050
    assert price_for_region(item, "") == 900


def test_a_product_is_not_offered_where_the_catalog_lists_no_price() -> None:
    item = product([("32.04", 1_200), ("18", 800)], price_idr=800)
    assert price_for_region(item, "33.74") is None and price_for_region(item, "33") is None
    assert price_for_region(item, "18.02") == 800
