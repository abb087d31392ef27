"""What the importer remembers between datasets so it can join what LKPP publishes apart (pure, no I/O):
which supplier each known identity names, each package's locations and budget lines, and the Kemendagri
code of each SIRUP / e-katalog region id. The repository keeps these in memory, loaded once per process
and kept current by its writes, like its VersionIndex."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.values import company_key
from padan.shared.regions import PROVINCES, REGENCIES, province_of

# ---- supplier identities ----------------------------------------------------------------------------------


def supplier_aliases(fields: Mapping[str, Any]) -> list[str]:
    """Every identity a supplier's fields carry, strongest first: NIB, e-katalog id, NPWP, name."""
    aliases = []
    if (nib := fields.get("nib")) and len(str(nib)) == 13:
        aliases.append(f"nib:{nib}")
    if vendor := fields.get("ekatalog_vendor_id"):
        aliases.append(f"ekatalog:{vendor}")
    if npwp := fields.get("npwp"):
        aliases.append(f"npwp:{npwp}")
    if (name := fields.get("name")) and (key := company_key(str(name))):
        aliases.append(f"name:{key}")
    return aliases


def name_alias(name: str) -> str | None:
    key = company_key(name)
    return f"name:{key}" if key else None


class SupplierDirectory:
    """Identity -> supplier id. A supplier registered with its NIB (the API, the registration form) owns
    the identities it states; a catalog supplier takes those still free. A name a product named before
    its supplier was known is reserved for an id the supplier adopts when it arrives."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}
        self._registered: set[str] = set()
        self._ambiguous: set[str] = set()

    def get(self, alias: str) -> str | None:
        """The supplier `alias` names; None when none, or when two registered suppliers share the name
        (a product naming it cannot be linked to either)."""
        return None if alias in self._ambiguous else self._ids.get(alias)

    def is_registered(self, supplier_id: str) -> bool:
        """Registered by the supplier itself (NIB path), not made from a catalog row."""
        return supplier_id in self._registered

    def learn(self, supplier_id: str, fields: Mapping[str, Any]) -> None:
        registered = fields.get("source", "registration") != "ekatalog"
        if registered:
            self._registered.add(supplier_id)
        for alias in supplier_aliases(fields):
            if registered and not alias.startswith("name:"):
                self._ids[alias] = supplier_id
                continue
            holder = self._ids.setdefault(alias, supplier_id)
            if holder != supplier_id and registered and holder in self._registered:
                self._ambiguous.add(alias)

    def reserve(self, alias: str, supplier_id: str) -> str:
        """The id `alias` names, reserving `supplier_id` for it when it names none yet (an ambiguous name
        keeps naming no one: `supplier_id` is returned, not kept)."""
        if alias in self._ambiguous:
            return supplier_id
        return self._ids.setdefault(alias, supplier_id)

    def __len__(self) -> int:
        return len(self._ids)


def provisional_supplier_id(alias: str) -> str:
    """The id a supplier known only by `alias` (a name, a NIB) gets, so its products link at once."""
    if alias.startswith("nib:"):
        return aggregate_id(Kind.SUPPLIER, alias.removeprefix("nib:"))
    return aggregate_id(Kind.SUPPLIER, alias)


# ---- package parts (SIRUP splits a package over several datasets) -----------------------------------------


@dataclass(frozen=True)
class PackageParts:
    """A package's regions (PaketPenyediaLokasi) and funding sources (PaketAnggaranPenyedia). A run of one
    of those datasets replaces, for each package it names, what an earlier run said."""

    regions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def as_document(self) -> dict[str, Any]:
        return {"regions": list(self.regions), "sources": list(self.sources)}

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> PackageParts:
        return cls(tuple(document.get("regions", ())), tuple(document.get("sources", ())))


class PartsRun:
    """What one run of location or budget rows says, gathered in memory and applied when the run ends: a
    package whose rows span batches changes once, and a re-import of the same rows changes nothing."""

    def __init__(self, field_name: str) -> None:
        self.field = field_name  # "regions" or "sources"
        self.values: dict[str, list[str]] = {}

    def add(self, kode_rup: str, value: str, before: PackageParts | None) -> bool:
        """Note a row; True when it says something the package's parts did not say before the run."""
        values = self.values.setdefault(kode_rup, [])
        if value and value not in values:
            values.append(value)
        return value not in getattr(before or PackageParts(), self.field)

    def changes(self, known: Mapping[str, PackageParts]) -> dict[str, PackageParts]:
        """The packages whose parts this run changes, with their new parts."""
        changed = {}
        for kode_rup, values in self.values.items():
            before = known.get(kode_rup) or PackageParts()
            after = replace(before, **{self.field: tuple(values)})
            if after != before:
                changed[kode_rup] = after
        return changed


def main_region(regions: Iterable[str], fallback: str) -> str:
    """The region matching uses for a package with these locations: the one kab/kota; the province when
    its locations span several kab/kota of one province; the first location's otherwise (a package
    delivered across provinces); `fallback` (the KLPD's region) when there is no location."""
    codes = list(dict.fromkeys(regions))
    if not codes:
        return fallback
    if len(codes) == 1:
        return codes[0]
    provinces = {province_of(code) for code in codes}
    return provinces.pop() if len(provinces) == 1 else codes[0]


def funding_source(sources: Iterable[str]) -> str:
    return ", ".join(dict.fromkeys(s for s in sources if s))[:60]


# ---- regional prices ---------------------------------------------------------------------------------------


@dataclass
class PriceMapping:
    prices: list[dict[str, Any]] = field(default_factory=list)  # [{"region_code", "price_idr"}]
    unmapped: int = 0


_REGENCIES_BY_PROVINCE: dict[str, frozenset[str]] = {
    province: frozenset(code for code in REGENCIES if province_of(code) == province) for province in PROVINCES
}


def regional_prices(
    entries: Iterable[tuple[str | None, str | None, int]], aliases: Mapping[str, str], source: str = "ekatalog"
) -> PriceMapping:
    """Kemendagri-coded regional prices from (province id, kab/kota id, price) under the source's own ids.

    A kab/kota price needs its id in the aliases (imported Ecat-MasterKabKota), a province-wide price its
    province id (Ecat-MasterProvinsi); entries that cannot be placed are counted, not kept. The list is
    then made short: a province whose every kab/kota has the same price becomes one province entry, and a
    product with one price in every province becomes no entry at all (one price everywhere)."""
    by_region: dict[str, int] = {}
    unmapped = 0
    for province_id, regency_id, price in entries:
        code = aliases.get(f"{source}:kabkota:{regency_id}") if regency_id else None
        if code is None and not regency_id and province_id:
            code = aliases.get(f"{source}:provinsi:{province_id}")
        if code is None:
            unmapped += 1
            continue
        by_region[code] = min(price, by_region.get(code, price))
    collapsed: dict[str, int] = {}
    for province, regencies in _REGENCIES_BY_PROVINCE.items():
        own = {code: price for code, price in by_region.items() if province_of(code) == province}
        whole = own.pop(province, None)
        if regencies and set(own) == regencies and len(set(own.values())) == 1 and whole in (None, *own.values()):
            collapsed[province] = next(iter(own.values()))
            continue
        if whole is not None:
            collapsed[province] = whole
        collapsed.update(own)
    if set(collapsed) == set(PROVINCES) and len(set(collapsed.values())) == 1:
        collapsed = {}
    prices = [{"region_code": code, "price_idr": price} for code, price in sorted(collapsed.items())]
    return PriceMapping(prices, unmapped)
