"""Importing the realisation datasets (fixtures made from LKPP's Kab. Bandung 2025 exports) on in-memory
fakes: recognised by their fields, one RealisationRecorded per purchase, nothing on a re-import, the winner
resolved to a registered supplier, contracts joined to their RUP package through the SPSE package rows,
and a contract never taken back by its award."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from registry_fakes import FakeRegistryRepository, FakeRuns

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.domain.datasets import Target, dataset_named, recognise
from padan.registry.handlers.import_feed import ImportTotals, import_feed
from padan.registry.handlers.upsert_supplier import upsert_supplier

FIXTURES = Path(__file__).parent / "fixtures" / "lkpp" / "realisation"
FILES = sorted(path.name for path in FIXTURES.iterdir() if path.suffix in (".json", ".csv"))


def _rows(name: str) -> list[dict[str, Any]]:
    path = FIXTURES / name
    return [row for row in iter_rows(path, path.suffix[1:]) if isinstance(row, dict)]


async def _import(repository: FakeRegistryRepository, name: str, run_id: str | None = None) -> ImportTotals:
    dataset = name.rsplit(".", 1)[0]
    return await import_feed(repository, FakeRuns(), _rows(name), dataset, run_id=run_id or name, source=name)


def _events(repository: FakeRegistryRepository) -> list[dict[str, Any]]:
    return [entry["payload"] for entry in repository.outbox if entry["topic"] == "registry.realisations.v1"]


@pytest.mark.parametrize("name", FILES)
def test_every_realisation_file_is_recognised_by_its_fields(name: str) -> None:
    dataset = recognise(_rows(name)[0])
    assert dataset.name == name.rsplit(".", 1)[0] and dataset.target is Target.REALISATIONS
    assert dataset_named(dataset.name) is dataset


async def test_orders_become_realisations_once_and_name_the_supplier_the_registry_knows(
    repository: FakeRegistryRepository,
) -> None:
    first = _rows("Ecat-PaketEPurchasingV6.json")[0]
    registered = UpsertSupplier(
        nib="3204000000009", name="CV Sinar Tinta", region_code="32.04", scale="mikro",
        ekatalog_vendor_id=first["kd_penyedia_v6"],
    )  # fmt: skip
    supplier = await upsert_supplier(repository, registered)

    imported = await _import(repository, "Ecat-PaketEPurchasingV6.json")
    assert (imported.accepted, imported.unchanged, imported.rejected) == (8, 0, 0)
    events = _events(repository)
    assert len(events) == 8 and {e["version"] for e in events} == {1}
    order = next(e for e in events if e["order_number"] == first["kd_paket"])
    assert order["realisation_id"] == aggregate_id(Kind.REALISATION, f"epurchasing:{first['kd_paket']}")
    assert (order["kode_rup"], order["need_id"]) == (first["kd_rup"], aggregate_id(Kind.NEED, first["kd_rup"]))
    assert (order["supplier_id"], order["supplier_scale"], order["value_idr"]) == (
        supplier.aggregate_id,
        "mikro",
        27_682_000,
    )
    assert sum(e["supplier_id"] is not None for e in events) == 1, "the other winners are not registered"

    again = await _import(repository, "Ecat-PaketEPurchasingV6.json", run_id="again")
    assert (again.accepted, again.unchanged) == (0, 8) and len(_events(repository)) == 8, "a re-import emits nothing"

    csv = await _import(repository, "Ecat-PaketEPurchasingV6.csv")
    assert (csv.accepted, csv.rejected) == (5, 0)


async def test_a_winner_registered_later_is_named_by_the_next_import_as_a_new_version(
    repository: FakeRegistryRepository,
) -> None:
    await _import(repository, "SPSE-TenderSelesaiNilai.json")
    award = _rows("SPSE-TenderSelesaiNilai.json")[0]
    registered = UpsertSupplier(
        nib="3204000000010", name="Sinar Tinta Mandiri, CV", region_code="32.04", scale="kecil",
        npwp=award["npwp_penyedia"].replace(".", "").replace("-", ""),
    )  # fmt: skip
    supplier = await upsert_supplier(repository, registered)
    by_name = UpsertSupplier(
        nib="3204000000011", name="Cipta Karya Parahyangan (PT)", region_code="32.04", scale="besar"
    )
    named = await upsert_supplier(repository, by_name)

    again = await _import(repository, "SPSE-TenderSelesaiNilai.json", run_id="again")

    assert again.accepted == 2
    latest = {e["source_id"]: e for e in _events(repository)[-2:]}
    assert (latest[str(award["kd_tender"])]["supplier_id"], latest[str(award["kd_tender"])]["version"]) == (
        supplier.aggregate_id,
        2,
    ), "by NPWP (its 15-digit spelling)"
    assert {e["supplier_id"] for e in latest.values()} == {supplier.aggregate_id, named.aggregate_id}, "and by name"


async def test_contracts_wait_for_their_package_rows_and_then_supersede_the_award(
    repository: FakeRegistryRepository,
) -> None:
    early = await _import(repository, "SPSE-TenderEkontrak-2Kontrak.json")
    assert (early.accepted, early.rejected) == (0, 5)
    assert early.errors[0].field == "kd_tender" and "SPSE-TenderSelesai" in early.errors[0].reason

    links = await _import(repository, "SPSE-TenderSelesai.json")
    assert (links.accepted, links.rejected) == (4, 0) and _events(repository) == [], "links publish nothing"
    awards = await _import(repository, "SPSE-TenderSelesaiNilai.json")
    assert (awards.accepted, awards.rejected) == (4, 1), "one award has no winner or value yet"

    contracts = await _import(repository, "SPSE-TenderEkontrak-2Kontrak.json", run_id="after")
    assert (contracts.accepted, contracts.rejected) == (4, 1), "one contract's package is in neither file"
    by_stage = [(e["source_id"], e["stage"], e["version"]) for e in _events(repository)]
    upgraded = [key for key, stage, version in by_stage if stage == "contract" and version == 2]
    assert len(upgraded) == 1, "the tender with an award: its contract is the award's next version"
    contract = next(e for e in _events(repository) if e["source_id"] == upgraded[0] and e["version"] == 2)
    award = next(e for e in _events(repository) if e["source_id"] == upgraded[0] and e["version"] == 1)
    assert contract["realisation_id"] == award["realisation_id"] and contract["kode_rup"] == award["kode_rup"]
    assert contract["contract_number"] and contract["value_idr"] == award["value_idr"]

    published = len(_events(repository))
    back = await _import(repository, "SPSE-TenderSelesaiNilai.json", run_id="award-again")
    assert (back.accepted, back.unchanged) == (0, 4) and len(_events(repository)) == published, "no step back"


async def test_nontender_awards_link_their_contracts_and_recorded_purchases_count_each_payment(
    repository: FakeRegistryRepository,
) -> None:
    assert (await _import(repository, "SPSE-NonTenderSelesai.json")).accepted == 6
    contracts = await _import(repository, "SPSE-NonTenderEkontrak-2Kontrak.json")
    assert (contracts.accepted, contracts.rejected) == (4, 0)
    assert [e["stage"] for e in _events(repository)].count("contract") == 4
    assert (await _import(repository, "SPSE-NonTenderPengumuman.json")).accepted == 3

    for name in ("SPSE-PencatatanNonTenderRealisasi.json", "SPSE-PencatatanNonTenderRealisasi.csv"):
        purchases = await _import(repository, name)
        assert (purchases.accepted, purchases.rejected) == (6, 0), name
    blank = [e for e in _events(repository) if e["method"] == "pencatatan" and not e["supplier_name"]]
    assert blank and all(e["supplier_id"] is None and e["supplier_npwp"] is None for e in blank)
