"""Every LKPP dataset the registry imports, on fixtures made from ISB's real records (tests/fixtures/lkpp,
see SOURCES.md): recognised by its fields, at least 96% of rows accepted, JSON and CSV read alike, each
mapping checked field by field, and the joins (locations, budget lines, satker, supplier names, region ids)
giving the same needs whatever order the files arrive in."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from registry_fakes import FakeRegistryRepository, FakeRuns

from padan.registry.adapters.feed_sources import csv_rows, iter_rows
from padan.registry.domain import values
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertBuyer
from padan.registry.domain.datasets import (
    DATASETS,
    CatalogProduct,
    CatalogSupplier,
    Package,
    PackageBudgetLine,
    PackageLocation,
    RegionAlias,
    UnknownDataset,
    dataset_named,
    guess_from_filename,
    recognise,
)
from padan.registry.domain.feeds import UnreadableRow
from padan.registry.domain.references import regional_prices
from padan.registry.entrypoints.cli import dry_run
from padan.registry.handlers.import_feed import import_feed, parse_row
from padan.registry.handlers.upsert_product import catalog_product_id

FIXTURES = Path(__file__).parent / "fixtures" / "lkpp"
NAMES = [dataset.name for dataset in DATASETS]
IMPORT_ORDER = [
    "RUP-MasterProvinsi", "RUP-MasterKabKota", "Ecat-MasterProvinsi", "Ecat-MasterKabKota", "RUP-MasterSatker",
    "Ecat-PenyediaDetail", "RUP-PaketPenyedia-Terumumkan", "RUP-PaketPenyediaLokasi", "RUP-PaketAnggaranPenyedia",
    "Ecat-ProdukDetail",
]  # fmt: skip


def rows(name: str, file_format: str = "json") -> list[Any]:
    return list(iter_rows(FIXTURES / f"{name}.{file_format}", file_format))


def parsed(name: str, file_format: str = "json") -> list[Any]:
    dataset = dataset_named(name)
    return [parse_row(dataset, row, number) for number, row in enumerate(rows(name, file_format), start=1)]


@pytest.mark.parametrize("name", NAMES)
def test_each_dataset_is_recognised_and_imports_at_least_96_percent(name: str) -> None:
    first = rows(name)[0]
    if name.endswith("MasterProvinsi"):  # SIRUP's and e-katalog's province lists have the same fields
        with pytest.raises(UnknownDataset):
            recognise(first)
    else:
        assert recognise(first).name == name
    assert guess_from_filename(f"21_1018_{name}.json") == dataset_named(name)
    for file_format in ("json", "csv"):
        results = parsed(name, file_format)
        accepted = [r for r in results if not isinstance(r, list)]
        assert len(results) == 25 and len(accepted) / len(results) >= 0.96, [r for r in results if isinstance(r, list)]


@pytest.mark.parametrize("name", NAMES)
def test_json_and_csv_of_a_dataset_read_the_same(name: str) -> None:
    assert parsed(name, "json") == parsed(name, "csv")


def test_a_package_field_by_field() -> None:
    first = parsed("RUP-PaketPenyedia-Terumumkan")[0]
    assert isinstance(first, Package) and not first.explicit_region
    assert first.need.model_dump(mode="json") == {
        "kode_rup": "61200002", "satker_code": "512339",
        "package_name": "Belanja Jasa Pelatihan Kursus Singkat/Pelatihan Tata Boga (PKS) Epokir",
        "pagu_idr": first.need.pagu_idr, "procurement_method": "pengadaan_langsung", "procurement_type": "jasa_lainnya",
        "funding_source": "", "fiscal_year": 2025, "selection_start": "2025-01-01", "selection_end": "2025-01-01",
        "region_code": "32.04", "is_pdn": True, "is_umk": True, "specification": first.need.specification,
        "volume": 1, "unit": "paket", "open": True, "volume_text": "1 Paket", "region_codes": [],
    }  # fmt: skip
    raw = rows("RUP-PaketPenyedia-Terumumkan")[0]
    assert first.need.pagu_idr == raw["pagu"] and first.need.specification.startswith(raw["urarian_pekerjaan"])
    assert first.need.specification.endswith(raw["spesifikasi_pekerjaan"]), "both texts, once each"
    assert first.buyer == UpsertBuyer(
        satker_code="512339", kind="perangkat_daerah", name="DINAS TENAGA KERJA", region_code="32.04"
    )


def test_package_quirks_are_kept_and_only_a_missing_pagu_is_refused() -> None:
    results = parsed("RUP-PaketPenyedia-Terumumkan")
    packages = {n: r for n, r in enumerate(results, start=1) if isinstance(r, Package)}
    assert isinstance(packages[2].need.pagu_idr, int), "pagu 100000000.0 is Rp 100.000.000"
    assert (packages[5].need.is_umk, packages[7].need.is_pdn) == (False, False)
    assert (packages[10].need.open, packages[11].need.open, packages[1].need.open) == (False, False, True)
    volumes = {n: (p.need.volume, p.need.unit, p.need.volume_text) for n, p in packages.items()}
    assert volumes[14] == (None, None, "Sesuai kebutuhan")
    assert volumes[15][1] == "orang/kali" and volumes[18][1] == "lembar", "'10116 Lembar\\t' is a count of sheets"
    assert len(packages[23].need.package_name) == 500
    assert [(e.row, e.field) for e in results[20]] == [(21, "pagu_idr")]  # type: ignore[union-attr]


def test_locations_budget_lines_and_satker_field_by_field() -> None:
    locations = parsed("RUP-PaketPenyediaLokasi")
    assert locations[0] == PackageLocation("61200002", "32.04", "40773", "112")
    assert locations[18].region_code == "32.17", "Bandung Barat (Kab.)"
    assert locations[21] == PackageLocation(locations[21].kode_rup, None, "40775", "112"), "ids only"
    lines = parsed("RUP-PaketAnggaranPenyedia")
    assert lines[0] == PackageBudgetLine("61200002", "APBD", lines[0].pagu_idr) and lines[20].funding_source == "BLUD"
    satker = parsed("RUP-MasterSatker")
    assert satker[0] == UpsertBuyer(satker_code="512339", kind="perangkat_daerah", name="DINAS TENAGA KERJA",
                                    region_code="32.04")  # fmt: skip
    assert (satker[5].kind, satker[5].region_code) == ("instansi_vertikal", ""), "a ministry's satker"  # type: ignore[union-attr]


def test_region_masters_map_each_system_s_ids_and_names() -> None:
    sirup = {r.key: r.region_code for r in parsed("RUP-MasterKabKota") if isinstance(r, RegionAlias)}
    assert sirup["sirup:kabkota:40773"] == "32.04" and sirup["sirup:kabkota:40774"] == "32.17"
    assert sirup["sirup:kabkota:40775"] == "32.77", "Cimahi (Kota)"
    assert sirup["sirup:kabkota:40990"] is None, "Sangihe Talaud (Kab.) no longer exists"
    provinces = {r.key: r.region_code for r in parsed("Ecat-MasterProvinsi") if isinstance(r, RegionAlias)}
    assert provinces["ekatalog:provinsi:201"] == "11" and provinces["ekatalog:provinsi:218"] == "52"  # NAD, NTB
    ekatalog = {r.key: r.region_code for r in parsed("Ecat-MasterKabKota") if isinstance(r, RegionAlias)}
    assert ekatalog["ekatalog:kabkota:3186"] == "32.04" and ekatalog["ekatalog:kabkota:3188"] == "32.73"


def test_a_product_and_a_supplier_field_by_field() -> None:
    product = parsed("Ecat-ProdukDetail")[1]
    assert isinstance(product, CatalogProduct)
    raw = rows("Ecat-ProdukDetail")[1]
    prices = json.loads(raw["harga"])
    assert product.model_dump(exclude={"prices", "tkdn_percent", "bmp_percent", "kbki_code"}) == {
        "ekatalog_product_id": str(raw["kd_produk"]), "name": "Paket Rapat Kudapan dan Makan Siang",
        "supplier_name": "CV. DAPUR KUDAPAN", "supplier_nib": None, "description": "Makanan dan Minuman\nMakanan\nKudapan",
        "category": "Nasi Kotak", "unit": "Paket", "price_idr": min(p["harga"] for p in prices), "monthly_capacity": None,
        "tkdn_certificate": None, "active": True,
    }  # fmt: skip
    assert [(p.province_id, p.regency_id, p.price_idr) for p in product.prices] == [
        (str(p["provinsiId"]), str(p["kabupatenId"]), p["harga"]) for p in prices
    ]
    certified = parsed("Ecat-ProdukDetail")[0]
    assert isinstance(certified, CatalogProduct) and certified.tkdn_certificate == "1000/SJ-IND.8/TKDN/2024"
    assert certified.tkdn_percent == float(rows("Ecat-ProdukDetail")[0]["tkdn_produk"])
    assert [p.active for p in parsed("Ecat-ProdukDetail")[3:6]] == [False, True, False]  # type: ignore[union-attr]
    suppliers = parsed("Ecat-PenyediaDetail")
    first = suppliers[0]
    assert isinstance(first, CatalogSupplier) and (first.scale, first.scale_known) == ("besar", False)
    assert first.npwp is not None and len(first.npwp) == 16, "npwp_16 preferred when present"
    assert (suppliers[1].region_code, suppliers[1].scale, suppliers[1].kbli) == ("32.04", "kecil", [])  # type: ignore[union-attr]
    assert suppliers[2].kbli == ["46100", "47111"]  # type: ignore[union-attr]
    assert suppliers[4].email is None, "a malformed email is dropped, the supplier kept"  # type: ignore[union-attr]
    assert suppliers[5].is_cooperative  # type: ignore[union-attr]
    assert suppliers[7].npwp == "943500868445000"  # type: ignore[union-attr]


def test_regional_prices_collapse_and_say_what_they_could_not_place() -> None:
    aliases = {f"ekatalog:kabkota:{k}": code for k, code in ((1, "32.04"), (2, "32.73"), (3, "18.71"))}
    mapping = regional_prices([("12", "1", 900), ("12", "2", 950), ("10", "3", 800), ("12", "9", 999)], aliases)
    assert mapping.unmapped == 1
    assert mapping.prices == [{"region_code": "18.71", "price_idr": 800}, {"region_code": "32.04", "price_idr": 900},
                              {"region_code": "32.73", "price_idr": 950}]  # fmt: skip
    from padan.shared.regions import LAMPUNG_REGENCIES, REGENCIES

    everywhere = {f"ekatalog:kabkota:{n}": code for n, code in enumerate(REGENCIES)}
    assert regional_prices([(None, str(n), 500) for n in range(len(REGENCIES))], everywhere).prices == []
    lampung = {f"ekatalog:kabkota:{n}": code for n, code in enumerate(LAMPUNG_REGENCIES)}
    one_price = regional_prices([(None, str(n), 700) for n in range(len(lampung))], lampung)
    assert one_price.prices == [{"region_code": "18", "price_idr": 700}]


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [("1 Paket", 1, "paket"), ("6133 Lembar", 6133, "lembar"), ("30 Orang / Kali", 30, "orang/kali"),
     ("1.500 Eksemplar", 1500, "eksemplar"), ("10116 Lembar\t", 10116, "lembar"), ("12", 12, None),
     ("Sesuai kebutuhan", None, None), ("2,5 Ton", None, None), ("", None, None)],
)  # fmt: skip
def test_free_text_volumes(text: str, quantity: int | None, unit: str | None) -> None:
    assert values.volume(text) == values.Volume(quantity, unit)


@pytest.mark.parametrize(
    ("raw", "amount"),
    [(79691100, 79691100), (100000000.0, 100000000), ("1.250.000", 1250000), ("Rp 1.250.000,00", 1250000),
     ("1250000.00", 1250000), ("43,5", 43.5), ("banyak", "banyak"), ("nan", "nan")],
)  # fmt: skip
def test_amounts_as_ints_floats_or_indonesian_text(raw: Any, amount: Any) -> None:
    assert values.amount(raw) == amount


def test_one_supplier_under_its_many_spellings() -> None:
    keys = {values.company_key(name) for name in ("PT.INET GLOBAL INDO", "PT Inet Global Indo", "INET GLOBAL INDO, PT",
                                                  "P.T. INET GLOBAL INDO")}  # fmt: skip
    assert keys == {"pt inet global indo"}
    assert values.company_key("CV Inet Global Indo") != values.company_key("PT Inet Global Indo")


async def _import_all(order: list[str], file_format: str = "json") -> tuple[FakeRegistryRepository, dict[str, Any]]:
    repository, totals = FakeRegistryRepository(), {}
    for name in order:
        source = iter_rows(FIXTURES / f"{name}.{file_format}", file_format)
        totals[name] = await import_feed(repository, FakeRuns(), source, name, run_id=f"{name}-1", source=name)
    return repository, totals


def _stored(repository: FakeRegistryRepository, kind: Kind) -> dict[str, dict[str, Any]]:
    return {i: {k: v for k, v in d.items() if k not in ("updated_at",)} for (k, i), d in repository.documents.items()
            if k is kind}  # fmt: skip


def test_the_fixtures_join_into_needs_buyers_suppliers_and_products() -> None:
    repository, totals = asyncio.run(_import_all(IMPORT_ORDER))
    needs = _stored(repository, Kind.NEED)
    need = needs[aggregate_id(Kind.NEED, "61200002")]
    assert (need["region_code"], need["region_codes"], need["funding_source"]) == ("32.04", ["32.04"], "APBD, BLUD")
    assert need["buyer_id"] == aggregate_id(Kind.BUYER, "512339")
    two_places = needs[aggregate_id(Kind.NEED, str(rows("RUP-PaketPenyedia-Terumumkan")[2]["kd_rup"]))]
    assert (two_places["region_code"], two_places["region_codes"]) == ("32", ["32.04", "32.17"])
    assert len(needs) == 24 and sum(not n["open"] for n in needs.values()) == 2
    buyers = _stored(repository, Kind.BUYER)
    assert len(buyers) == 25, "the master's 25 satker; the packages' three are among them"
    assert totals["RUP-PaketPenyedia-Terumumkan"].also["buyers"] == 0
    suppliers = _stored(repository, Kind.SUPPLIER)
    products = _stored(repository, Kind.PRODUCT)
    assert len(suppliers) == 23 and len(products) == 25
    media = products[catalog_product_id(str(rows("Ecat-ProdukDetail")[12]["kd_produk"]))]
    named = {s["name"]: i for i, s in suppliers.items()}
    assert media["supplier_id"] == named["PT MEDIA DATA SOLUSINDO"], "'PT Media Data Solusindo' is the same supplier"
    unknown = products[catalog_product_id(str(rows("Ecat-ProdukDetail")[22]["kd_produk"]))]
    assert unknown["supplier_id"] not in suppliers and unknown["supplier_name"] == "CV BARU BELUM TERDAFTAR"
    assert totals["Ecat-ProdukDetail"].notes == {"supplier_pending": 1, "price_region_unknown": 1}
    kabel = products[catalog_product_id(str(rows("Ecat-ProdukDetail")[9]["kd_produk"]))]
    assert kabel["regional_prices"] == [{"region_code": "32.04", "price_idr": 187_000}], "the unknown id is left out"
    vsat = products[catalog_product_id(str(rows("Ecat-ProdukDetail")[0]["kd_produk"]))]
    assert {p["region_code"][:2] for p in vsat["regional_prices"]} == {"11", "32"}
    # One event per aggregate written: 24 needs (each written once: locations and budget lines came after
    # the packages and rewrote 18 + 20 of them), 25 buyers, 23 suppliers, 25 products.
    assert len(repository.outbox) == 24 + 18 + 20 + 25 + 23 + 25


def test_a_re_import_emits_nothing_and_the_order_of_the_files_does_not_matter() -> None:
    repository, _ = asyncio.run(_import_all(IMPORT_ORDER))
    events = len(repository.outbox)

    async def again() -> dict[str, Any]:
        return {name: await import_feed(repository, FakeRuns(), rows(name, "csv"), name, run_id=f"{name}-2", source="")
                for name in IMPORT_ORDER}  # fmt: skip

    totals = asyncio.run(again())
    assert len(repository.outbox) == events and all(t.accepted == 0 for t in totals.values()), totals
    parts_first = [n for n in IMPORT_ORDER if "Paket" not in n] + [
        "RUP-PaketPenyediaLokasi", "RUP-PaketAnggaranPenyedia", "RUP-PaketPenyedia-Terumumkan"]  # fmt: skip
    other, _ = asyncio.run(_import_all(parts_first))
    shape = {"content_hash", "version"}  # the order changes how many versions, not the state
    assert {i: {k: v for k, v in d.items() if k not in shape} for i, d in _stored(other, Kind.NEED).items()} == {
        i: {k: v for k, v in d.items() if k not in shape} for i, d in _stored(repository, Kind.NEED).items()
    }
    assert len(other.outbox) == 24 + 25 + 23 + 25, "parts first: each need written once"


def test_a_newer_export_changes_only_what_changed() -> None:
    repository, _ = asyncio.run(_import_all(IMPORT_ORDER))
    events = len(repository.outbox)
    newer = [dict(row) for row in rows("RUP-PaketPenyedia-Terumumkan")]
    for row in newer:
        row["_event_date"] = "2025-11-01"  # a newer export of the same content
    newer[0]["pagu"] = newer[0]["pagu"] + 1_000_000
    newer[3]["status_delete_rup"] = True

    async def reimport() -> Any:
        name = "RUP-PaketPenyedia-Terumumkan"
        return await import_feed(repository, FakeRuns(), newer, name, run_id="newer", source="")

    totals = asyncio.run(reimport())
    assert (totals.accepted, totals.unchanged, totals.rejected) == (2, 22, 1)
    fresh = repository.outbox[events:]
    assert [(e["payload"]["kode_rup"], e["payload"]["version"]) for e in fresh] == [
        (str(newer[0]["kd_rup"]), 4),
        (str(newer[3]["kd_rup"]), 4),
    ]
    assert fresh[1]["payload"]["open"] is False, "a deleted package retires its need"


def test_the_dry_run_counts_what_the_import_would(tmp_path: Path) -> None:
    result = dry_run(FIXTURES / "RUP-PaketPenyedia-Terumumkan.csv", dataset_named("RUP-PaketPenyedia-Terumumkan"))
    assert result == {"dataset": "RUP-PaketPenyedia-Terumumkan", "rows": 25, "accepted": 24, "rejected": 1,
                      "reasons": {"pagu_idr: wajib diisi / Field required": 1}}  # fmt: skip


def test_a_csv_with_broken_quotes_reports_each_broken_line_and_the_count_adds_up() -> None:
    header = ["tahun_anggaran", "kd_rup", "nama_paket", "pagu", "metode_pengadaan", "jenis_pengadaan", "kd_satker"]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow(header)
    for index in range(100_000):
        writer.writerow([2025, 60_000_000 + index, f"Belanja bahan, kegiatan {index}", 1_500_000, "E-Purchasing",
                         "Barang", 512302])  # fmt: skip
    lines = buffer.getvalue().splitlines(keepends=True)
    broken = sorted(random.Random(19).sample(range(1, len(lines)), 20))
    for number in broken:  # an unterminated quote: it would swallow the lines after it
        lines[number] = lines[number].replace('"E-Purchasing"', '"E-Purchasing', 1)
    read = list(csv_rows(io.StringIO("".join(lines), newline="")))
    assert len(read) == 100_000
    assert [n for n, row in enumerate(read, start=1) if isinstance(row, UnreadableRow)] == broken
    dataset = dataset_named("rup")
    results = [parse_row(dataset, row, n) for n, row in enumerate(read, start=1)]
    assert sum(isinstance(r, list) for r in results) == 20 and sum(isinstance(r, Package) for r in results) == 99_980
