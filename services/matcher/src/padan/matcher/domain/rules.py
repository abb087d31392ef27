"""Hard eligibility rules for a (need, product, supplier) triple, each with its legal source.

Every rule returns a RuleCheck with a reason in Bahasa Indonesia. Two rules depend on the other offers
for the same need, as the regulation does: the reservation for small businesses yields when no small
business or cooperative can supply the package, and the domestic-content obligation only binds when a
product that meets the TKDN thresholds is on offer. The ranker works that out over the offers that
genuinely fit and passes it in as a NeedContext; a pair scored alone assumes the reservation binds and no
TKDN-qualified alternative is known.

Those two rules order offers; they remove none. Whether the preferred offers really meet the package (the
reservation's exception, Pasal 65 ayat 4, turns on what small businesses can supply) is the buyer's
judgement, and the ranker's reading of "genuinely fits" errs too often to hide an eligible offer on its
strength. So an offer they put after others passes, its detail saying which offers come first and when
it may be chosen, and the ranker lists it after them (`scoring.DEFERRED_TIER`). The other rules are facts
of the pair alone (type, price within pagu, capacity, region) and do remove.

The same thresholds drive the vectorised pre-selection in `scoring.py`; these functions have the last
word on every match that is proposed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Protocol

from padan.shared.events import NeedUpserted, RegionalPrice, RuleCheck, SupplierUpserted
from padan.shared.money import format_rupiah
from padan.shared.pricing import price_for_region
from padan.shared.regions import province_of, region_name
from padan.shared.vocabulary import BusinessScale, ProcurementType

DEFERRED_NOTE = "diurutkan setelah penawaran yang diutamakan"
"""What the detail of a rule that orders an offer after others says of it (the module docstring)."""
RESERVED_PAGU_IDR = 15_000_000_000
TKDN_MIN_PERCENT = 25.0
TKDN_BMP_MIN_PERCENT = 40.0
DELIVERY_MONTHS = 3
"""Months of production a supplier may use to deliver a package's volume (a typical e-purchasing delivery
window; the regulation sets none, so this is Padan's working assumption, shown in the rule's detail)."""

CATALOG_TYPES = frozenset({ProcurementType.BARANG, ProcurementType.JASA_LAINNYA})
RESERVATION_TYPES = frozenset({ProcurementType.BARANG, ProcurementType.JASA_LAINNYA, ProcurementType.KONSTRUKSI})
SMALL_SCALES = frozenset({BusinessScale.MIKRO, BusinessScale.KECIL})


class Scope(StrEnum):
    KABKOTA = "kabkota"
    PROVINSI = "provinsi"


@dataclass(frozen=True)
class NeedContext:
    """What the other offers for the same need show (see the module docstring)."""

    small_business_available: bool = True
    tkdn_qualified_available: bool = False


NO_CONTEXT = NeedContext()
"""A pair scored alone: the reservation binds, no TKDN-qualified alternative is known."""


class Offer(Protocol):
    """What the rules read of a product: a ProductUpserted, or the ranker's view of one from the catalog's
    columns (`catalog.Offer`), which spares reading the whole product back."""

    @property
    def price_idr(self) -> int: ...
    @property
    def monthly_capacity(self) -> int | None: ...
    @property
    def tkdn_percent(self) -> float | None: ...
    @property
    def bmp_percent(self) -> float | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def active(self) -> bool: ...
    @property
    def regional_prices(self) -> Sequence[RegionalPrice]: ...


@lru_cache(maxsize=65_536)
def _check(rule: str, passed: bool, detail: str) -> RuleCheck:
    """One check, made once per distinct result: the explanations of many matches share it (a RuleCheck is
    never changed once made). Validated rather than `model_construct`ed: pydantic-core is the faster."""
    return RuleCheck(rule=rule, passed=passed, detail=detail)


_rupiah = lru_cache(maxsize=65_536)(format_rupiah)


def procurement_type(need: NeedUpserted) -> RuleCheck:
    """Jenis pengadaan: Perpres 16/2018 jo. Perpres 12/2021 Pasal 3 ayat (1) divides procurement into
    barang, pekerjaan konstruksi, jasa konsultansi and jasa lainnya. Catalog products (e-katalog,
    bought by e-purchasing, Pasal 38 ayat (1)) serve barang and jasa lainnya; construction works and consultancy are
    procured by tender or selection, not from a product listing."""
    passed = need.procurement_type in CATALOG_TYPES
    detail = (
        f"jenis pengadaan {need.procurement_type.value.replace('_', ' ')} dapat dipenuhi produk katalog"
        if passed
        else f"jenis pengadaan {need.procurement_type.value} tidak dipenuhi dari katalog produk"
    )
    return _check(rule="procurement_type", passed=passed, detail=detail)


def product_active(product: Offer) -> RuleCheck:
    """Only a product its supplier still offers can be proposed (operational rule, no legal source)."""
    detail = "produk masih ditawarkan" if product.active else "produk sudah tidak ditawarkan"
    return _check(rule="product_active", passed=product.active, detail=detail)


ACTIVE = _check(rule="product_active", passed=True, detail="produk masih ditawarkan")
"""The check of every product still offered (one object, shared by the explanations that show it)."""


def offer_total(need: NeedUpserted, product: Offer) -> int | None:
    """Price of the package's volume (one unit when the package states no volume) at the product's price
    for the need's region; None when the catalog does not offer the product there."""
    price = price_for_region(product, need.region_code)
    return None if price is None else price * max(need.volume or 1, 1)


def price_within_pagu(need: NeedUpserted, product: Offer) -> RuleCheck:
    """Harga vs pagu: the pagu anggaran set for the package when it is planned and announced in the RUP
    (Perpres 16/2018 jo. 12/2021, perencanaan pengadaan) is its ceiling; the HPS (Pasal 26) and the
    contract stay within it. An offer whose unit price times the package volume exceeds the pagu cannot
    be contracted. The unit price is the catalog's price for the buyer's region (e-katalog prices a
    product per region it delivers to; padan.shared.pricing); a product with no price there is not
    offered there."""
    price = price_for_region(product, need.region_code)
    if price is None:
        detail = f"produk tidak ditawarkan di katalog untuk {region_name(need.region_code)}"
        return _check(rule="price_within_pagu", passed=False, detail=detail)
    return _price_check(need.volume, need.unit, price, need.pagu_idr)


# The checks are pure functions of a few numbers and words, cached: a ranking explains every product it
# proposes, and offers repeat their prices, capacities and TKDN figures.
@lru_cache(maxsize=65_536)
def _price_check(volume: int | None, unit: str | None, price: int, pagu: int) -> RuleCheck:
    total = price * max(volume or 1, 1)
    passed = total <= pagu
    shown = f"{volume} {unit or 'unit'} x " if volume else ""
    detail = (
        f"{shown}{_rupiah(price)} = {_rupiah(total)} {'tidak melebihi' if passed else 'melebihi'} pagu {_rupiah(pagu)}"
    )
    return _check(rule="price_within_pagu", passed=passed, detail=detail)


def capacity_covers_volume(need: NeedUpserted, product: Offer) -> RuleCheck:
    """Kapasitas vs volume: a supplier must meet the qualification for the goods procured (Perpres 16/2018
    jo. 12/2021 Pasal 17 ayat (2)), which for goods includes being able to deliver the volume. A product
    whose monthly capacity times DELIVERY_MONTHS is below the package volume fails; an unstated volume or
    capacity cannot be checked and passes with that said."""
    return _capacity_check(need.volume, need.unit, product.monthly_capacity, product.unit)


@lru_cache(maxsize=65_536)
def _capacity_check(volume: int | None, unit: str | None, capacity: int | None, product_unit: str) -> RuleCheck:
    if not volume or capacity is None:
        missing = "volume paket" if not volume else "kapasitas produksi"
        return _check(rule="capacity_covers_volume", passed=True, detail=f"{missing} tidak dicantumkan")
    can_make = capacity * DELIVERY_MONTHS
    passed = can_make >= volume
    detail = (
        f"kapasitas {capacity}/bulan x {DELIVERY_MONTHS} bulan = {can_make} "
        f"{'mencukupi' if passed else 'tidak mencukupi'} volume {volume} {unit or product_unit}"
    )
    return _check(rule="capacity_covers_volume", passed=passed, detail=detail)


_DOMICILE = re.compile(
    r"(?:ber)?(?:domisili|kedudukan|berkedudukan)\s+(?:di\s+)?(?:wilayah\s+)?(kabupaten|kab\b|kota|provinsi|prov\b)"
)
_LOCAL = re.compile(
    r"\b(?:penyedia|produk|ikm|umkm|usaha|pelaku usaha)\s+(?:lokal|setempat)\b|katalog (?:elektronik )?lokal"
)


def required_scope(need: NeedUpserted) -> Scope | None:
    """The region a package restricts suppliers to, read from its name and specification: an explicit
    domicile requirement ("penyedia berdomisili di Kabupaten ...") or a local-supplier / local e-catalogue
    clause, which binds to the buyer's own region."""
    return _scope_of(need.package_name, need.specification, "." in need.region_code)


@lru_cache(maxsize=10_000)
def _scope_of(package_name: str, specification: str, regency_level: bool) -> Scope | None:
    text = f"{package_name} {specification}".lower()
    explicit = _DOMICILE.search(text)
    if explicit:
        # A province-level buyer naming a kabupaten/kota cannot be checked finer than its province.
        regency = not explicit.group(1).startswith("prov") and regency_level
        return Scope.KABKOTA if regency else Scope.PROVINSI
    if _LOCAL.search(text):
        return Scope.KABKOTA if regency_level else Scope.PROVINSI
    return None


def region_requirement(need: NeedUpserted, supplier: SupplierUpserted | None) -> RuleCheck:
    """Syarat wilayah: when a package restricts suppliers to a region (a domicile requirement in the RUP
    specification, or a purchase from the pemda's katalog elektronik lokal under Peraturan LKPP 9/2021
    on Toko Daring dan Katalog Elektronik), a supplier outside it is not eligible. Packages without such
    a clause are open nationally; locality then only ranks."""
    scope = required_scope(need)
    if scope is None:
        return _check(rule="region_requirement", passed=True, detail="paket tidak membatasi wilayah penyedia")
    if supplier is None:
        return _check(rule="region_requirement", passed=False, detail="domisili penyedia belum diketahui")
    if scope is Scope.KABKOTA:
        passed = supplier.region_code == need.region_code
        where = region_name(need.region_code)
    else:
        passed = province_of(supplier.region_code) == province_of(need.region_code)
        where = region_name(province_of(need.region_code))
    detail = f"penyedia {'berdomisili' if passed else 'tidak berdomisili'} di {where} sesuai syarat paket"
    return _check(rule="region_requirement", passed=passed, detail=detail)


def is_reserved(need: NeedUpserted) -> bool:
    """A package reserved for small businesses and cooperatives (see small_business_reservation)."""
    if need.procurement_type not in RESERVATION_TYPES:
        return False
    return need.is_umk or need.pagu_idr <= RESERVED_PAGU_IDR


def is_small_or_cooperative(supplier: SupplierUpserted | None) -> bool:
    return supplier is not None and (supplier.scale in SMALL_SCALES or supplier.is_cooperative)


def small_business_reservation(
    need: NeedUpserted, supplier: SupplierUpserted | None, context: NeedContext = NO_CONTEXT
) -> RuleCheck:
    """Pencadangan paket untuk usaha kecil dan koperasi: Perpres 12/2021 Pasal 65 ayat (4) reserves
    packages of barang, pekerjaan konstruksi and jasa lainnya worth at most Rp 15.000.000.000 for usaha
    kecil (micro included, PP 7/2021) and koperasi, except packages that demand technical capability
    usaha kecil and koperasi cannot meet. SIRUP's UMK flag reserves a package of any value. Here the
    exception applies when no micro/small business or cooperative can supply the need (NeedContext).
    Consultancy is outside the reservation."""
    scale = None if supplier is None else supplier.scale.value
    cooperative = supplier is not None and supplier.is_cooperative
    return _reservation_check(
        reserved=is_reserved(need),
        reservable=need.procurement_type in RESERVATION_TYPES,
        pagu=need.pagu_idr,
        scale=scale,
        cooperative=cooperative,
        small=is_small_or_cooperative(supplier),
        available=context.small_business_available,
    )


@lru_cache(maxsize=4_096)
def _reservation_check(
    *, reserved: bool, reservable: bool, pagu: int, scale: str | None, cooperative: bool, small: bool, available: bool
) -> RuleCheck:
    if not reserved:
        detail = f"pagu {format_rupiah(pagu)} di atas batas pencadangan usaha kecil"
        if not reservable:
            detail = "jenis pengadaan tidak termasuk pencadangan usaha kecil"
        return _check(rule="small_business_reservation", passed=True, detail=detail)
    if small:
        who = "koperasi" if cooperative else f"usaha {scale}"
        return _check(
            rule="small_business_reservation",
            passed=True,
            detail=f"paket dicadangkan untuk usaha kecil; penyedia {who}",
        )
    if not available:
        return _check(
            rule="small_business_reservation",
            passed=True,
            detail="paket dicadangkan untuk usaha kecil, tetapi tidak ada usaha kecil/koperasi yang mampu memenuhinya",
        )
    who = "skala usaha penyedia belum diketahui" if scale is None else f"penyedia usaha {scale}"
    return _check(
        rule="small_business_reservation",
        passed=True,
        detail=f"paket dicadangkan untuk usaha kecil/koperasi (pagu {format_rupiah(pagu)}); {who}: "
        f"{DEFERRED_NOTE}, dapat dipilih hanya bila usaha kecil/koperasi tidak mampu memenuhi paket (Pasal 65 ayat 4)",
    )


def tkdn_qualifies(tkdn_percent: float | None, bmp_percent: float | None) -> bool:
    """TKDN at least 25% and TKDN + BMP at least 40% (the thresholds of Perpres 12/2021 Pasal 66)."""
    if tkdn_percent is None:
        return False
    return tkdn_percent >= TKDN_MIN_PERCENT and tkdn_percent + (bmp_percent or 0.0) >= TKDN_BMP_MIN_PERCENT


def domestic_content(need: NeedUpserted, product: Offer, context: NeedContext = NO_CONTEXT) -> RuleCheck:
    """Kewajiban penggunaan produk dalam negeri: Perpres 16/2018 jo. 12/2021 Pasal 66 obliges K/L/PD to use
    domestic products, binding where a product with TKDN + BMP of at least 40% is offered whose TKDN is at
    least 25% (also the P3DN chapter of PP 29/2018 on Pemberdayaan Industri; TKDN and BMP measured under
    Permenperin 16/2011 and its replacement Permenperin 46/2022). So when a qualifying product is on offer
    for the need, products that do not qualify are not eligible; when none is, other domestic products
    remain eligible. A package SIRUP does not flag as PDN is outside the obligation."""
    return _domestic_check(
        need.is_pdn, product.tkdn_percent, product.bmp_percent or 0.0, context.tkdn_qualified_available
    )


def _percent(value: float) -> str:
    """84.72 -> "84,72%": a decimal comma, as Indonesian writes it."""
    return f"{value:g}".replace(".", ",") + "%"


@lru_cache(maxsize=65_536)
def _domestic_check(is_pdn: bool, tkdn: float | None, bmp: float, available: bool) -> RuleCheck:
    if tkdn is None:
        shown = "tanpa sertifikat TKDN"
    else:
        shown = f"TKDN {_percent(tkdn)} + BMP {_percent(bmp)} = {_percent(round(tkdn + bmp, 2))}"
    if not is_pdn:
        return _check(rule="domestic_content", passed=True, detail=f"paket tidak ditandai PDN; produk {shown}")
    if tkdn_qualifies(tkdn, bmp):
        return _check(
            rule="domestic_content", passed=True, detail=f"produk {shown} memenuhi TKDN >= 25% dan TKDN+BMP >= 40%"
        )
    if available:
        return _check(
            rule="domestic_content",
            passed=True,
            detail=f"produk {shown}; tersedia produk lain dengan TKDN >= 25% dan TKDN+BMP >= 40% yang wajib "
            f"diutamakan: {DEFERRED_NOTE}, dapat dipilih hanya bila produk ber-TKDN itu tidak memenuhi kebutuhan",
        )
    return _check(
        rule="domestic_content",
        passed=True,
        detail=f"produk {shown}; belum ada produk dengan TKDN >= 25% dan TKDN+BMP >= 40% untuk paket ini",
    )


def check_all(
    need: NeedUpserted,
    product: Offer,
    supplier: SupplierUpserted | None,
    context: NeedContext = NO_CONTEXT,
) -> list[RuleCheck]:
    """Every hard rule, in the order the explanation lists them."""
    return [
        procurement_type(need),
        product_active(product),
        price_within_pagu(need, product),
        capacity_covers_volume(need, product),
        region_requirement(need, supplier),
        small_business_reservation(need, supplier, context),
        domestic_content(need, product, context),
    ]
