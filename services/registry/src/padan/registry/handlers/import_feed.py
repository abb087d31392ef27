"""Import one LKPP dataset: streamed, batched, idempotent, resumable, bad rows reported, and joined with
what earlier imports of the other datasets left (a package's locations, a product's supplier).

Each dataset's rows become records (`domain/datasets.py`); a batch of records is applied by the
dataset's target here. Every accepted change is exactly one event (through the outbox); a re-import of
the same rows changes nothing and emits nothing."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from padan.registry.adapters.import_runs import MAX_STORED_ERRORS, MongoImportRuns
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertBuyer, UpsertNeed
from padan.registry.domain.datasets import (
    CatalogProduct,
    CatalogSupplier,
    Dataset,
    Package,
    PackageBudgetLine,
    PackageLocation,
    Record,
    RegionAlias,
    Target,
    dataset_named,
)
from padan.registry.domain.feeds import FeedKind, RowError, UnreadableRow
from padan.registry.domain.references import (
    PackageParts,
    PartsRun,
    funding_source,
    main_region,
    name_alias,
    provisional_supplier_id,
    regional_prices,
)
from padan.registry.handlers.record_realisations import apply_realisations
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert_batch
from padan.registry.handlers.upsert_buyer import prepare_buyer
from padan.registry.handlers.upsert_need import prepare_need
from padan.registry.handlers.upsert_product import prepare_catalog_product
from padan.registry.handlers.upsert_supplier import prepare_catalog_supplier
from padan.shared.regions import find_region

BATCH_SIZE = 500
OnChange = Callable[[str, Sequence[str]], None]


@dataclass
class ImportTotals:
    rows_read: int = 0
    accepted: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_STORED_ERRORS; counts stay exact
    also: Counter[str] = field(default_factory=Counter)  # other aggregates written: {"buyers": 3}
    notes: Counter[str] = field(default_factory=Counter)  # quirks kept, not rejected: {NOTE code: rows}

    def as_counts(self) -> dict[str, int]:
        counts = {"rows_read": self.rows_read, "accepted": self.accepted, "unchanged": self.unchanged,
                  "rejected": self.rejected}  # fmt: skip
        counts |= {f"also.{name}": value for name, value in self.also.items()}
        counts |= {f"notes.{code}": value for code, value in self.notes.items()}
        return counts

    def add(self, other: ImportTotals) -> None:
        for name in ("rows_read", "accepted", "unchanged", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.also.update(other.also)
        self.notes.update(other.notes)
        self.errors.extend(other.errors[: max(0, MAX_STORED_ERRORS - len(self.errors))])


NOTES = {
    "supplier_pending": "penyedia belum dikenal; produk ditautkan saat data penyedia masuk / supplier not known yet; "
    "linked when it arrives",
    "price_region_unknown": "harga: id wilayah e-katalog belum dikenal, impor Ecat-MasterKabKota dulu / e-katalog "
    "region id not known yet, import Ecat-MasterKabKota first",
}
"""Quirks a run keeps and counts (row not rejected), by code."""


def resolve_dataset(dataset: Dataset | FeedKind | str) -> Dataset:
    if isinstance(dataset, Dataset):
        return dataset
    return dataset_named(dataset.value if isinstance(dataset, FeedKind) else dataset)


def parse_row(dataset: Dataset, row: Any, number: int) -> Record | list[RowError]:
    """The same reading for the import and the dry run."""
    if isinstance(row, UnreadableRow):
        return [RowError(number, "(row)", row.reason)]
    if not isinstance(row, dict):
        return [RowError(number, "(row)", "bukan objek / not an object")]
    return dataset.parse(row, number)


async def import_feed(
    repository: RegistryRepository,
    runs: MongoImportRuns,
    rows: Iterable[dict[str, Any] | UnreadableRow],
    dataset: Dataset | FeedKind | str,
    *,
    run_id: str,
    source: str,
    on_change: OnChange = lambda collection, ids: None,
    on_progress: Callable[[int], None] = lambda _: None,
    batch_size: int = BATCH_SIZE,
) -> ImportTotals:
    """A run with the same id resumes after its last checkpoint. Whether a row is new, unchanged or changed
    comes from the repository's in-memory (content hash, version) index, so a batch costs one bulk write
    and no read; `on_change(collection, ids)` names the aggregates each batch wrote, so the outbox relay
    fetches just those."""
    chosen = resolve_dataset(dataset)
    record = await runs.start(run_id, chosen.name, source)
    # A run of location or budget rows is gathered in memory and applied when it ends (see PartsRun): it
    # checkpoints once, at the end, so a run cut short is read again from its first row.
    parts_run = _PARTS_RUNS.get(chosen.target)
    gathered = PartsRun(parts_run) if parts_run else None
    resume_after = 0 if gathered else int(record.get("checkpoint", 0))
    stored_errors = len(record.get("errors", []))
    applier = _APPLIERS[chosen.target]
    totals, batch_totals = ImportTotals(), ImportTotals()
    batch: list[tuple[int, Record]] = []
    last_row = resume_after

    async def flush() -> None:
        nonlocal batch_totals, stored_errors
        await applier(repository, batch, batch_totals, gathered, on_change)
        if gathered is None:
            keep = batch_totals.errors[: max(0, MAX_STORED_ERRORS - stored_errors)]
            stored_errors += len(keep)
            await runs.checkpoint(run_id, last_row, batch_totals.as_counts(), keep)
        totals.add(batch_totals)
        on_progress(batch_totals.rows_read)
        batch.clear()
        batch_totals = ImportTotals()
        # Let waiting requests take the (single) Mongo connection before the next batch grabs it again.
        await asyncio.sleep(0)

    try:
        for number, row in enumerate(rows, start=1):
            if number <= resume_after:
                continue
            last_row = number
            batch_totals.rows_read += 1
            parsed = parse_row(chosen, row, number)
            if isinstance(parsed, list):
                batch_totals.rejected += 1
                batch_totals.errors.extend(parsed)
            else:
                batch.append((number, parsed))
            if batch_totals.rows_read >= batch_size:
                await flush()
        await flush()
        if gathered is not None:
            await _finish_parts(repository, gathered, totals, on_change)
            await runs.checkpoint(
                run_id, last_row, totals.as_counts(), totals.errors[: max(0, MAX_STORED_ERRORS - stored_errors)]
            )
    except Exception as exc:
        await runs.finish(run_id, "failed", f"{type(exc).__name__}: {exc}")
        raise
    await runs.finish(run_id, "completed")
    return totals


Applier = Callable[
    [RegistryRepository, list[tuple[int, Any]], ImportTotals, "PartsRun | None", OnChange], Awaitable[None]
]
_PARTS_RUNS = {Target.NEED_LOCATIONS: "regions", Target.NEED_BUDGETS: "sources"}


async def _write(
    repository: RegistryRepository, kind: Kind, prepared: list[Prepared], on_change: OnChange
) -> list[UpsertResult]:
    """One bulk write of distinct aggregates (the later of two submissions of one id wins)."""
    distinct = list({item.aggregate_id: item for item in prepared}.values())
    results = await apply_upsert_batch(repository, distinct, await repository.version_index(kind))
    written = [result.aggregate_id for result in results if result.changed]
    if written:
        on_change(kind.collection, written)
    return results


def _count(totals: ImportTotals, results: list[UpsertResult], rows: int) -> None:
    """Rows that changed an aggregate are accepted; the others (the same state, or the same key again in
    one batch) are unchanged."""
    changed = sum(result.changed for result in results)
    totals.accepted += changed
    totals.unchanged += rows - changed


# ---- SIRUP -----------------------------------------------------------------------------------------------


def _need_with_parts(need: UpsertNeed, explicit_region: bool, parts: PackageParts | None) -> UpsertNeed:
    """The package with what its other datasets say: its locations' regions (unless the row names a
    Kemendagri region itself) and its budget lines' funding sources."""
    if parts is None:
        return need
    update: dict[str, Any] = {}
    if parts.regions:
        update["region_codes"] = list(parts.regions)
        if not explicit_region:
            update["region_code"] = main_region(parts.regions, need.region_code)
    if parts.sources:
        update["funding_source"] = funding_source(parts.sources)
    return need.model_copy(update=update) if update else need


def _prepared_need(need: UpsertNeed, explicit_region: bool) -> Prepared:
    prepared = prepare_need(need)
    if explicit_region:  # remembered, so a later location row does not override a region the row named
        prepared.fields["region_explicit"] = True
    return prepared


async def _apply_packages(
    repository: RegistryRepository,
    batch: list[tuple[int, Package]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    parts = await repository.package_parts()
    buyers = await repository.version_index(Kind.BUYER)
    needs: list[Prepared] = []
    new_buyers: dict[str, Prepared] = {}
    for _, package in batch:
        need = _need_with_parts(package.need, package.explicit_region, parts.get(package.need.kode_rup))
        needs.append(_prepared_need(need, package.explicit_region))
        buyer = package.buyer
        if buyer is not None and buyers.get(aggregate_id(Kind.BUYER, buyer.satker_code)) is None:
            new_buyers.setdefault(buyer.satker_code, prepare_buyer(buyer))
    _count(totals, await _write(repository, Kind.NEED, needs, on_change), len(batch))
    if new_buyers:
        created = await _write(repository, Kind.BUYER, list(new_buyers.values()), on_change)
        totals.also["buyers"] += sum(result.created for result in created)


async def _apply_locations(
    repository: RegistryRepository,
    batch: list[tuple[int, PackageLocation]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    assert run is not None
    parts, aliases = await repository.package_parts(), await repository.region_aliases()
    for number, location in batch:
        region = (
            location.region_code
            or aliases.get(f"sirup:kabkota:{location.sirup_regency}")
            or aliases.get(f"sirup:provinsi:{location.sirup_province}")
        )
        if region is None:
            totals.rejected += 1
            totals.errors.append(
                RowError(number, "kab_kota", "wilayah tidak dikenal; impor RUP-MasterKabKota / unknown region")
            )
            continue
        if run.add(location.kode_rup, region, parts.get(location.kode_rup)):
            totals.accepted += 1
        else:
            totals.unchanged += 1


async def _apply_budget_lines(
    repository: RegistryRepository,
    batch: list[tuple[int, PackageBudgetLine]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    assert run is not None
    parts = await repository.package_parts()
    for _, line in batch:
        if run.add(line.kode_rup, line.funding_source, parts.get(line.kode_rup)):
            totals.accepted += 1
        else:
            totals.unchanged += 1


async def _finish_parts(
    repository: RegistryRepository, run: PartsRun, totals: ImportTotals, on_change: OnChange
) -> None:
    """At the end of a run of locations or budget lines: its changes are stored, and every stored need whose
    parts changed is rewritten (one read by `_id`, one event each)."""
    parts = await repository.package_parts()
    changed = run.changes(parts)
    await repository.save_package_parts(changed)
    needs = await repository.version_index(Kind.NEED)
    stored = [kode for kode in changed if needs.get(aggregate_id(Kind.NEED, kode)) is not None]
    for start in range(0, len(stored), BATCH_SIZE):
        codes = stored[start : start + BATCH_SIZE]
        documents = await repository.get_many(Kind.NEED, [aggregate_id(Kind.NEED, kode) for kode in codes])
        prepared = []
        for kode in codes:
            document = documents.get(aggregate_id(Kind.NEED, kode))
            if document is None:
                continue
            fields = {name: document[name] for name in UpsertNeed.model_fields if name in document}
            explicit = bool(document.get("region_explicit"))
            need = _need_with_parts(UpsertNeed.model_validate(fields), explicit, parts[kode])
            prepared.append(_prepared_need(need, explicit))
        results = await _write(repository, Kind.NEED, prepared, on_change)
        totals.also["needs"] += sum(result.changed for result in results)
        await asyncio.sleep(0)


async def _apply_buyers(
    repository: RegistryRepository,
    batch: list[tuple[int, UpsertBuyer]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    prepared = [prepare_buyer(buyer) for _, buyer in batch]
    _count(totals, await _write(repository, Kind.BUYER, prepared, on_change), len(batch))


async def _apply_regions(
    repository: RegistryRepository,
    batch: list[tuple[int, RegionAlias]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    known = await repository.region_aliases()
    changed: dict[str, dict[str, Any]] = {}
    for number, alias in batch:
        code = alias.region_code
        if code is None and alias.province_key is not None and (province := known.get(alias.province_key)):
            code = find_region(alias.name, province=province)
        if code is None:
            totals.rejected += 1
            totals.errors.append(RowError(number, "nama", f"nama wilayah tidak dikenal / unknown region: {alias.name}"))
            continue
        if known.get(alias.key) == code:
            totals.unchanged += 1
            continue
        changed[alias.key] = {"region_code": code, "name": alias.name, "province_key": alias.province_key}
        totals.accepted += 1
    await repository.save_region_aliases(changed)


# ---- e-katalog -------------------------------------------------------------------------------------------


async def _apply_products(
    repository: RegistryRepository,
    batch: list[tuple[int, CatalogProduct]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    directory, aliases = await repository.supplier_directory(), await repository.region_aliases()
    reserved: dict[str, str] = {}
    prepared = []
    for _, product in batch:
        alias = f"nib:{product.supplier_nib}" if product.supplier_nib else name_alias(product.supplier_name or "")
        if alias is None:  # a name of punctuation only: the product still needs a supplier id
            alias = f"name:{product.supplier_name}"
        supplier_id = directory.get(alias)
        if supplier_id is None and product.supplier_nib and product.supplier_name:
            supplier_id = directory.get(name_alias(product.supplier_name) or "")
        if supplier_id is None:
            supplier_id = reserved[alias] = directory.reserve(alias, provisional_supplier_id(alias))
            totals.notes["supplier_pending"] += 1
        mapping = regional_prices(((p.province_id, p.regency_id, p.price_idr) for p in product.prices), aliases)
        if mapping.unmapped:
            totals.notes["price_region_unknown"] += 1
        prepared.append(prepare_catalog_product(product, supplier_id, mapping.prices))
    await repository.reserve_supplier_aliases(reserved)
    _count(totals, await _write(repository, Kind.PRODUCT, prepared, on_change), len(batch))


async def _apply_suppliers(
    repository: RegistryRepository,
    batch: list[tuple[int, CatalogSupplier]],
    totals: ImportTotals,
    run: PartsRun | None,
    on_change: OnChange,
) -> None:
    directory, stored = await repository.supplier_directory(), await repository.version_index(Kind.SUPPLIER)
    prepared, linked = [], 0
    reserved: dict[str, str] = {}

    def taken(supplier_id: str) -> bool:  # a catalog supplier is stored under this id already
        return stored.get(supplier_id) is not None and not directory.is_registered(supplier_id)

    for _, supplier in batch:
        supplier_id = _supplier_id(supplier, directory.get, taken)
        if directory.is_registered(supplier_id):
            # The supplier registered itself (with its NIB): its own data stands; the catalog row only
            # tells which e-katalog id is the same supplier.
            reserved[f"ekatalog:{supplier.ekatalog_vendor_id}"] = supplier_id
            linked += 1
            continue
        prepared.append(prepare_catalog_supplier(supplier, supplier_id))
    await repository.reserve_supplier_aliases(reserved)
    results = await _write(repository, Kind.SUPPLIER, prepared, on_change)
    _count(totals, results, len(batch) - linked)
    totals.unchanged += linked
    if linked:
        totals.also["linked_to_registered_suppliers"] += linked


def _supplier_id(supplier: CatalogSupplier, known: Callable[[str], str | None], taken: Callable[[str], bool]) -> str:
    """The supplier this catalog row is: by e-katalog id, NPWP, NIB; else by name, the supplier registered
    under that name or the id products that came first reserved for it (unless another catalog supplier
    holds that name already); else a new id from its e-katalog id."""
    for alias in (f"ekatalog:{supplier.ekatalog_vendor_id}", f"npwp:{supplier.npwp}", f"nib:{supplier.nib}"):
        if (found := known(alias)) is not None:
            return found
    name = name_alias(supplier.name)
    if name is not None and (found := known(name)) is not None and not taken(found):
        return found
    return provisional_supplier_id(f"ekatalog:{supplier.ekatalog_vendor_id}")


_APPLIERS: dict[Target, Applier] = {
    Target.NEEDS: _apply_packages,
    Target.NEED_LOCATIONS: _apply_locations,
    Target.NEED_BUDGETS: _apply_budget_lines,
    Target.BUYERS: _apply_buyers,
    Target.REGIONS: _apply_regions,
    Target.PRODUCTS: _apply_products,
    Target.SUPPLIERS: _apply_suppliers,
    Target.REALISATIONS: apply_realisations,
}
