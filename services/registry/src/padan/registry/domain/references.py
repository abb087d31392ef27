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

    def get(self, alias: str) -> str | None:
        return self._ids.get(alias)

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
            else:
                self._ids.setdefault(alias, supplier_id)

    def reserve(self, alias: str, supplier_id: str) -> str:
        """The id `alias` names, reserving `supplier_id` for it when it names none yet."""
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
    """A package's regions (PaketPenyediaLokasi) and funding sources (PaketAnggaranPenyedia), each with the
    run that last set it: a newer run's rows replace an older run's. `applied_*` is what the stored need
    was last built with, so a need is rewritten only when its parts really changed."""

    locations_run: str = ""
    regions: tuple[str, ...] = ()
    budget_run: str = ""
    sources: tuple[str, ...] = ()
    applied_regions: tuple[str, ...] | None = None
    applied_sources: tuple[str, ...] | None = None
    prior_regions: tuple[str, ...] = ()  # what the run before `locations_run` said
    prior_sources: tuple[str, ...] = ()

    def with_region(self, run_id: str, region: str) -> PackageParts:
        if self.locations_run != run_id:  # a newer run: its rows replace the older run's
            return replace(self, locations_run=run_id, regions=(region,), prior_regions=self.regions)
        return replace(self, regions=tuple(dict.fromkeys((*self.regions, region))))

    def with_source(self, run_id: str, source: str) -> PackageParts:
        if self.budget_run != run_id:
            return replace(self, budget_run=run_id, sources=(source,) if source else (), prior_sources=self.sources)
        return replace(self, sources=tuple(dict.fromkeys((*self.sources, source))) if source else self.sources)

    def knew_region(self, run_id: str, region: str) -> bool:
        """The package had this region before run `run_id` (its row brings nothing new)."""
        return region in (self.prior_regions if self.locations_run == run_id else self.regions)

    def knew_source(self, run_id: str, source: str) -> bool:
        return source in (self.prior_sources if self.budget_run == run_id else self.sources)

    def applied(self) -> PackageParts:
        return replace(self, applied_regions=self.regions, applied_sources=self.sources)

    @property
    def stale(self) -> bool:
        """The stored need was built with other regions or sources than these."""
        return self.applied_regions != self.regions or self.applied_sources != self.sources

    def as_document(self) -> dict[str, Any]:
        return {
            "locations_run": self.locations_run, "regions": list(self.regions), "budget_run": self.budget_run,
            "sources": list(self.sources),
            "applied_regions": None if self.applied_regions is None else list(self.applied_regions),
            "applied_sources": None if self.applied_sources is None else list(self.applied_sources),
            "prior_regions": list(self.prior_regions), "prior_sources": list(self.prior_sources),
        }  # fmt: skip

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> PackageParts:
        def optional(name: str) -> tuple[str, ...] | None:
            value = document.get(name)
            return None if value is None else tuple(value)

        return cls(
            str(document.get("locations_run", "")), tuple(document.get("regions", ())),
            str(document.get("budget_run", "")), tuple(document.get("sources", ())),
            optional("applied_regions"), optional("applied_sources"), tuple(document.get("prior_regions", ())),
            tuple(document.get("prior_sources", ())),
        )  # fmt: skip


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
