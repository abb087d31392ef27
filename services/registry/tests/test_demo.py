"""The Lampung data set reproduces the seed figures, is deterministic, and its files in LKPP's real shape go
through the same importers as a real export and give back the same needs and products."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path
from typing import Any

import pytest
from registry_fakes import FakeRegistryRepository, FakeRuns

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.demo import (
    DEMO_DATASETS,
    P3DN_PACKAGES,
    P3DN_POTENTIAL,
    TOTAL_PAGU,
    lampung_demo,
    scaled_catalog,
    scaled_packages,
    write_lampung_feeds,
    write_scaled_feeds,
)
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.commands import UpsertBuyer, UpsertSupplier
from padan.registry.domain.datasets import Package, dataset_named, recognise
from padan.registry.handlers.import_feed import import_feed
from padan.registry.handlers.upsert_buyer import upsert_buyer
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared.regions import LAMPUNG_REGENCIES


def test_the_data_set_reproduces_the_seed_figures() -> None:
    data = lampung_demo()
    assert len(data.suppliers) == 20 and len(data.needs) == 1_836 and len(data.products) == 80
    assert len(data.buyers) == 22
    assert sum(1 for s in data.suppliers if "13912" in s["kbli"]) == 16  # tapis
    assert sum(1 for s in data.suppliers if "28210" in s["kbli"]) == 4  # alsintan
    assert sum(n["pagu_idr"] for n in data.needs) == TOTAL_PAGU == 298_700_000_000
    assert sum(n["pagu_idr"] for n in data.needs[:P3DN_PACKAGES]) == P3DN_POTENTIAL == 23_000_000_000
    assert all(n["procurement_method"] == "e_purchasing" and n["pagu_idr"] > 0 for n in data.needs)
    assert {b["kind"] for b in data.buyers} == {"perangkat_daerah", "instansi_vertikal", "bumn", "bumd"}
    assert all(s["region_code"] in LAMPUNG_REGENCIES for s in data.suppliers)
    for supplier in data.suppliers:
        UpsertSupplier.model_validate(supplier)
    for buyer in data.buyers:
        UpsertBuyer.model_validate(buyer)
    assert lampung_demo() == data
    assert lampung_demo(seed=1) != data


async def _load(
    repository: FakeRegistryRepository, paths: dict[str, Path], file_format: str, load: int = 1
) -> dict[str, Any]:
    """What `load_lampung_demo` does through the API, on the fakes: registrations, then every dataset."""
    data = lampung_demo()
    for supplier in data.suppliers:
        await upsert_supplier(repository, UpsertSupplier.model_validate(supplier), verified_if_new=True)
    for buyer in data.buyers:
        await upsert_buyer(repository, UpsertBuyer.model_validate(buyer))
    runs: dict[str, Any] = {}
    for name in DEMO_DATASETS:
        rows = iter_rows(paths[name], file_format)
        run_id = f"{name}-{load}"  # every import is a run of its own
        runs[name] = await import_feed(repository, FakeRuns(), rows, name, run_id=run_id, source=paths[name].name)
    return runs


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_the_feed_files_import_into_the_same_needs_and_products(tmp_path: Path, file_format: str) -> None:
    data = lampung_demo()
    paths = write_lampung_feeds(tmp_path, file_format)
    for name in DEMO_DATASETS:
        if name.endswith("MasterProvinsi"):  # SIRUP's and e-katalog's province lists look alike: named
            continue
        first = next(row for row in iter_rows(paths[name], file_format) if isinstance(row, dict))
        assert recognise(first).name == name, name
    repository = FakeRegistryRepository()
    runs = asyncio.run(_load(repository, paths, file_format))
    assert all(run.rejected == 0 for run in runs.values()), {n: r.errors[:3] for n, r in runs.items()}
    assert runs["Ecat-PenyediaDetail"].also["linked_to_registered_suppliers"] == 20, "the IKM registered themselves"
    stored = {kind: [d for (k, _), d in repository.documents.items() if k is kind] for kind in Kind}
    assert [len(stored[kind]) for kind in Kind] == [20, 80, 22, 1_836, 0]
    needs = {need["kode_rup"]: need for need in stored[Kind.NEED]}
    for need in data.needs:
        assert {name: needs[need["kode_rup"]][name] for name in need} == need
        assert needs[need["kode_rup"]]["region_codes"] == [need["region_code"]]
    assert sum(n["pagu_idr"] for n in stored[Kind.NEED]) == TOTAL_PAGU
    suppliers = {d["name"]: i for (k, i), d in repository.documents.items() if k is Kind.SUPPLIER}
    products = {p["ekatalog_product_id"]: p for p in stored[Kind.PRODUCT]}
    for product in data.products:
        imported = products[product["ekatalog_product_id"]]
        same = ("name", "description", "category", "unit", "price_idr", "tkdn_percent")
        assert {name: imported[name] for name in same} == {name: product[name] for name in same}
        assert imported["regional_prices"] == [{"region_code": "18", "price_idr": product["price_idr"]}]
        supplier = next(s for s in data.suppliers if s["nib"] == product["supplier_nib"])
        assert imported["supplier_id"] == suppliers[supplier["name"]], "linked by name to the registered IKM"
    # The events: one per aggregate, none for the catalog rows of suppliers who registered themselves.
    assert len(repository.outbox) == 20 + 22 + 80 + 1_836


def test_a_second_load_changes_nothing(tmp_path: Path) -> None:
    paths = write_lampung_feeds(tmp_path, "json")
    repository = FakeRegistryRepository()
    asyncio.run(_load(repository, paths, "json"))
    events = len(repository.outbox)
    again = asyncio.run(_load(repository, paths, "json", load=2))
    assert len(repository.outbox) == events
    assert all(run.accepted == 0 for run in again.values())


def test_the_scalable_mode_is_lazy_and_in_lkpp_shape() -> None:
    packages = scaled_packages(10**9)  # a generator: nothing is built up front
    parse = dataset_named("RUP-PaketPenyedia-Terumumkan").parse
    sample = list(itertools.islice(packages, 500))
    parsed = [parse(package, n) for n, (package, _) in enumerate(sample, start=1)]
    assert all(isinstance(p, Package) for p in parsed)
    assert {type(package["pagu"]) for package, _ in sample} == {int, float}
    locations = [location for _, location in sample]
    assert all(recognise(location).name == "RUP-PaketPenyediaLokasi" for location in locations[:5])
    products = dataset_named("Ecat-ProdukDetail").parse
    assert all(not isinstance(products(row, n), list) for n, (row, _) in enumerate(scaled_catalog(500, 10)))


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_the_scaled_feed_files_import_cleanly(tmp_path: Path, file_format: str) -> None:
    paths = write_scaled_feeds(tmp_path, products=300, needs=200, file_format=file_format)
    repository = FakeRegistryRepository()

    async def load() -> dict[str, Any]:
        return {
            name: await import_feed(repository, FakeRuns(), iter_rows(path, file_format), name, run_id=name, source="")
            for name, path in paths.items()
        }

    runs = asyncio.run(load())
    assert {name: (run.rows_read, run.rejected) for name, run in runs.items()} == {
        "Ecat-MasterProvinsi": (1, 0), "Ecat-MasterKabKota": (15, 0), "Ecat-PenyediaDetail": (6, 0),
        "Ecat-ProdukDetail": (300, 0), "RUP-PaketPenyediaLokasi": (200, 0), "RUP-PaketPenyedia-Terumumkan": (200, 0),
    }  # fmt: skip
    products = [d for (k, _), d in repository.documents.items() if k is Kind.PRODUCT]
    suppliers = {aggregate_id for kind, aggregate_id in repository.documents if kind is Kind.SUPPLIER}
    assert {p["supplier_id"] for p in products} == suppliers and len(suppliers) == 6
