"""Importing the realisation datasets (fixtures made from LKPP's Kab. Bandung 2025 exports, 25 rows each)
on in-memory fakes: one RealisationRecorded per purchase, nothing on a re-import (JSON or CSV), the winner
resolved to a registered supplier, contracts joined to their RUP package through the SPSE package rows, and
a contract never taken back by its award."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from registry_fakes import FakeRegistryRepository, FakeRuns

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.domain.values import company_key
from padan.registry.handlers.import_feed import ImportTotals, import_feed
from padan.registry.handlers.upsert_supplier import upsert_supplier

FIXTURES = Path(__file__).parent / "fixtures" / "lkpp"


def _rows(name: str, file_format: str = "json") -> list[dict[str, Any]]:
    return [row for row in iter_rows(FIXTURES / f"{name}.{file_format}", file_format) if isinstance(row, dict)]


async def _import(
    repository: FakeRegistryRepository, name: str, file_format: str = "json", run_id: str | None = None
) -> ImportTotals:
    rows = _rows(name, file_format)
    return await import_feed(repository, FakeRuns(), rows, name, run_id=run_id or f"{name}.{file_format}", source=name)


def _events(repository: FakeRegistryRepository) -> list[dict[str, Any]]:
    return [entry["payload"] for entry in repository.outbox if entry["topic"] == "registry.realisations.v1"]


def _counts(totals: ImportTotals) -> tuple[int, int, int]:
    return totals.accepted, totals.unchanged, totals.rejected


async def test_orders_become_realisations_once_and_name_the_supplier_the_registry_knows(
    repository: FakeRegistryRepository,
) -> None:
    rows = _rows("Ecat-PaketEPurchasingV6")
    vendor = rows[0]["kd_penyedia_v6"]
    registered = UpsertSupplier(
        nib="3204000000009", name="CV Sinar Tinta", region_code="32.04", scale="mikro", ekatalog_vendor_id=vendor
    )
    supplier = await upsert_supplier(repository, registered, verified_if_new=True)

    assert _counts(await _import(repository, "Ecat-PaketEPurchasingV6")) == (25, 0, 0)
    events = _events(repository)
    assert len(events) == 25 and {e["version"] for e in events} == {1}
    order = next(e for e in events if e["order_number"] == rows[0]["kd_paket"])
    assert order["realisation_id"] == aggregate_id(Kind.REALISATION, f"epurchasing:{rows[0]['kd_paket']}")
    assert (order["kode_rup"], order["need_id"]) == (rows[0]["kd_rup"], aggregate_id(Kind.NEED, rows[0]["kd_rup"]))
    assert (order["supplier_id"], order["supplier_scale"], order["value_idr"]) == (
        supplier.aggregate_id,
        "mikro",
        27_682_000,
    )
    ours = sum(row["kd_penyedia_v6"] == vendor for row in rows)
    assert sum(e["supplier_id"] == supplier.aggregate_id for e in events) == ours
    assert all(e["supplier_id"] is None for e in events if e["supplier_vendor_v6"] != vendor)

    assert _counts(await _import(repository, "Ecat-PaketEPurchasingV6", run_id="again")) == (0, 25, 0)
    assert _counts(await _import(repository, "Ecat-PaketEPurchasingV6", "csv")) == (0, 25, 0), "the CSV: the same"
    assert len(_events(repository)) == 25, "re-imports emit nothing"


async def test_a_winner_registered_later_is_named_by_the_next_import_as_a_new_version(
    repository: FakeRegistryRepository,
) -> None:
    await _import(repository, "SPSE-TenderSelesaiNilai")
    rows = _rows("SPSE-TenderSelesaiNilai")
    by_npwp = UpsertSupplier(
        nib="3204000000010", name="Nama Lain Sekali", region_code="32.04", scale="kecil",
        npwp=rows[0]["npwp_penyedia"].replace(".", "").replace("-", ""),
    )  # fmt: skip
    by_name = UpsertSupplier(
        nib="3204000000011", name="Cipta Karya Parahyangan (PT)", region_code="32.04", scale="besar"
    )
    first = await upsert_supplier(repository, by_npwp, verified_if_new=True)
    named = await upsert_supplier(repository, by_name, verified_if_new=True)
    published = len(_events(repository))

    again = await _import(repository, "SPSE-TenderSelesaiNilai", run_id="again")

    key = company_key("PT. CIPTA KARYA PARAHYANGAN")
    expected = [
        row for row in rows
        if row["npwp_penyedia"] == rows[0]["npwp_penyedia"] or company_key(row["nama_penyedia"] or "") == key
    ]  # fmt: skip
    assert again.accepted == len(expected) >= 2
    latest = _events(repository)[published:]
    assert {e["supplier_id"] for e in latest} == {first.aggregate_id, named.aggregate_id}
    assert all(e["version"] == 2 for e in latest)
    assert next(e for e in latest if e["source_id"] == str(rows[0]["kd_tender"]))["supplier_id"] == first.aggregate_id


async def test_contracts_wait_for_their_package_rows_and_then_supersede_the_award(
    repository: FakeRegistryRepository,
) -> None:
    early = await _import(repository, "SPSE-TenderEkontrak-2Kontrak")
    assert _counts(early) == (0, 0, 25)
    assert early.errors[0].field == "kd_tender" and "SPSE-TenderSelesai" in early.errors[0].reason

    assert _counts(await _import(repository, "SPSE-TenderSelesai")) == (24, 0, 1), "one names three packages"
    assert _events(repository) == [], "links publish nothing"
    awards = await _import(repository, "SPSE-TenderSelesaiNilai")
    assert (awards.accepted + awards.unchanged, awards.rejected) == (24, 1)
    award_events = {e["source_id"]: e for e in _events(repository)}

    contracts = await _import(repository, "SPSE-TenderEkontrak-2Kontrak", run_id="after-links")
    assert _counts(contracts) == (21, 0, 4)
    announced = await _import(repository, "SPSE-TenderPengumuman")
    assert _counts(announced) == (11, 13, 1), "13 tenders linked already by their finished or awarded rows"
    late = await _import(repository, "SPSE-TenderEkontrak-2Kontrak", run_id="after-more-links")
    assert _counts(late) == (1, 21, 3), "the announcement of one more tender was the missing link"

    contract_events = [e for e in _events(repository) if e["stage"] == "contract"]
    assert len(contract_events) == 22
    upgraded = [e for e in contract_events if e["source_id"] in award_events]
    assert upgraded and all(e["version"] == 2 for e in upgraded), "a contract is its award's next version"
    for contract in upgraded:
        award = award_events[contract["source_id"]]
        assert (contract["realisation_id"], contract["kode_rup"]) == (award["realisation_id"], award["kode_rup"])
        assert contract["value_idr"] == award["value_idr"] and contract["contract_number"]

    published = len(_events(repository))
    back = await _import(repository, "SPSE-TenderSelesaiNilai", run_id="award-again")
    assert _counts(back) == (0, 24, 1) and len(_events(repository)) == published, "no step back to the award"


async def test_nontender_awards_link_their_contracts_and_recorded_purchases_count_each_payment(
    repository: FakeRegistryRepository,
) -> None:
    selesai = await _import(repository, "SPSE-NonTenderSelesai")
    assert _counts(selesai) == (24, 1, 0), "one package twice (two pulls of the dataset, the same figures)"
    assert _counts(await _import(repository, "SPSE-NonTenderEkontrak-2Kontrak")) == (20, 0, 5)
    assert [e["stage"] for e in _events(repository)].count("contract") == 20
    assert _counts(await _import(repository, "SPSE-NonTenderPengumuman")) == (25, 0, 0)

    assert _counts(await _import(repository, "SPSE-PencatatanNonTenderRealisasi")) == (25, 0, 0)
    assert _counts(await _import(repository, "SPSE-PencatatanNonTenderRealisasi", "csv")) == (0, 25, 0)
    purchases = [e for e in _events(repository) if e["method"] == "pencatatan"]
    blank = [e for e in purchases if not e["supplier_name"]]
    assert len(purchases) == 25 and len(blank) == 16
    assert all(e["supplier_id"] is None and e["supplier_npwp"] is None for e in blank)
