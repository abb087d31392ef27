"""The price of a catalog product for a buyer's region.

e-katalog lists a product's price per region it delivers to (ProductUpserted.regional_prices); a product
with no regional prices costs `price_idr` everywhere. The matcher's "price within pagu" rule and the price
it shows both read the price for the need's region through `price_for_region`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from padan.shared.events import RegionalPrice
from padan.shared.regions import province_of


class Priced(Protocol):
    """A ProductUpserted, or any view of one that keeps its prices (the matcher's catalog offers)."""

    @property
    def price_idr(self) -> int: ...
    @property
    def regional_prices(self) -> Sequence[RegionalPrice]: ...


def price_for_region(product: Priced, region_code: str) -> int | None:
    """The product's price for a buyer in `region_code`, or None when the catalog does not offer it there.

    - no regional prices: `price_idr`;
    - a kab/kota ("32.04"): its own price, else its province's ("32");
    - a province ("32"): its own price, else the lowest of its kab/kota;
    - an unknown region (""): `price_idr`, the lowest price anywhere."""
    if not product.regional_prices:
        return product.price_idr
    entries = [(entry.region_code, entry.price_idr) for entry in product.regional_prices]
    return regional_price(entries, product.price_idr, region_code)


def regional_price(entries: Iterable[tuple[str, int]], default: int, region_code: str) -> int | None:
    """`price_for_region` on (region code, price) pairs, for callers that keep them packed (the matcher's
    catalog)."""
    prices = list(entries)
    if not prices or not region_code:
        return default
    province = province_of(region_code)
    exact = [price for code, price in prices if code == region_code]
    if exact:
        return min(exact)
    if "." in region_code:
        whole = [price for code, price in prices if code == province]
        return min(whole) if whole else None
    inside = [price for code, price in prices if province_of(code) == province]
    return min(inside) if inside else None
