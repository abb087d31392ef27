"""Product groups of the P3DN dashboard, derived from a package's or a product's own words.

The Lampung seeds speak of three groups of potential spend: tapis (the province's gold-thread woven cloth
and its sulam usus cousin), souvenirs and seminar kits, and machinery and agricultural tools (alsintan).
Everything else is "lainnya". The classifier is deliberately small and readable:

1. a KBKI code starting with 441 (CPC 441, agricultural or forestry machinery) is machinery;
2. otherwise the first group whose keywords occur in the text wins, checked in this order:
   machinery, souvenir & seminar kit, tapis. Machinery first, because "mesin pengupas kopi" is a machine
   whatever else the text says; souvenirs before tapis, because "cenderamata kain tapis" and "seminar kit
   bermotif tapis" are bought as souvenirs / kits (the tapis is their decoration);
3. "mesin" alone is not enough (a photocopier is a mesin too): machinery needs an agricultural word.
"""

from __future__ import annotations

import re
from enum import StrEnum


class ProductGroup(StrEnum):
    TAPIS = "tapis"
    SOUVENIR = "souvenir_seminar_kit"
    MACHINERY = "mesin_alat_pertanian"
    OTHER = "lainnya"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS: dict[ProductGroup, str] = {
    ProductGroup.TAPIS: "Tapis & sulam usus",
    ProductGroup.SOUVENIR: "Suvenir & seminar kit",
    ProductGroup.MACHINERY: "Mesin & alat pertanian",
    ProductGroup.OTHER: "Lainnya",
}

#: The seed's three groups of potential spend, as the dashboard's headline names them.
P3DN_GROUPS: tuple[ProductGroup, ...] = (ProductGroup.TAPIS, ProductGroup.SOUVENIR, ProductGroup.MACHINERY)
HEADLINE_NAMES: dict[ProductGroup, str] = {
    ProductGroup.TAPIS: "tapis",
    ProductGroup.SOUVENIR: "suvenir/seminar kit",
    ProductGroup.MACHINERY: "alat mesin pertanian",
}

KEYWORDS: tuple[tuple[ProductGroup, tuple[str, ...]], ...] = (
    (
        ProductGroup.MACHINERY,
        (
            "alsintan", "traktor", "tractor", "perontok", "thresher", "pengupas kopi", "huller", "pencacah",
            "chopper", "pompa air", "mesin pertanian", "alat pertanian", "alat dan mesin pertanian",
            "combine harvester", "rice transplanter", "penggiling padi", "pengering gabah", "cultivator",
        ),
    ),
    (
        ProductGroup.SOUVENIR,
        (
            "souvenir", "suvenir", "cenderamata", "cinderamata", "seminar kit", "goodie bag", "goody bag",
            "map seminar", "gantungan kunci", "plakat", "merchandise",
        ),
    ),
    (ProductGroup.TAPIS, ("tapis", "sulam usus", "kain tenun lampung")),
)  # fmt: skip

_SPACES = re.compile(r"\s+")


def classify(*texts: str | None, kbki_code: str | None = None) -> ProductGroup:
    """The group of a package (name + specification) or a product (name, description, category, KBKI)."""
    if kbki_code and kbki_code.replace(".", "").startswith("441"):
        return ProductGroup.MACHINERY
    text = _SPACES.sub(" ", " ".join(t for t in texts if t).lower())
    for group, words in KEYWORDS:
        if any(word in text for word in words):
            return group
    return ProductGroup.OTHER
