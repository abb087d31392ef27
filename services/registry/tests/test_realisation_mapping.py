"""Realisation datasets row by row (padan.registry.domain.realisations), on fixtures made from LKPP's real
exports (tests/fixtures/lkpp, SOURCES.md), read as the importer reads files. Recognition, the share of rows
accepted and JSON = CSV are checked for every dataset by test_lkpp_datasets.py; here, what each row means."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.domain import realisations as mapping
from padan.registry.domain.realisations import PackageLink, RealisationRow, RecordRealisation, RowProblem

FIXTURES = Path(__file__).parent / "fixtures" / "lkpp"


def _rows(name: str, file_format: str = "json") -> list[dict[str, Any]]:
    rows = list(iter_rows(FIXTURES / f"{name}.{file_format}", file_format))
    assert all(isinstance(row, dict) for row in rows)
    return rows  # type: ignore[return-value]


def _mapped(mapper: mapping.Mapper, name: str, file_format: str = "json") -> list[RealisationRow | list[RowProblem]]:
    return [mapper(row) for row in _rows(name, file_format)]


def _realisation(result: RealisationRow | list[RowProblem]) -> RecordRealisation:
    assert isinstance(result, RealisationRow) and result.realisation is not None, result
    return result.realisation


def test_an_epurchasing_order_is_one_realisation_of_its_rup_package() -> None:
    results = _mapped(mapping.epurchasing_order, "Ecat-PaketEPurchasingV6")
    first = _realisation(results[0])
    assert first.model_dump(exclude={"package_name", "satker_code"}) == {
        "purchase_key": "epurchasing:11521PQ047R5JBNP10M738BH94", "kode_rup": "40991841", "package": None,
        "dataset": "Ecat-PaketEPurchasingV6", "source_id": "11521PQ047R5JBNP10M738BH94", "method": "e_purchasing",
        "stage": "order", "order_number": "11521PQ047R5JBNP10M738BH94", "contract_number": None,
        "supplier_name": "", "supplier_npwp": None, "supplier_kd_penyedia": "2862014",
        "supplier_vendor_v6": "46RR4P2JY345SM593EG08BM816", "value_idr": 27_682_000,
        "realised_on": date(2025, 8, 27), "status": "ON_PROCESS", "cancelled": False, "fiscal_year": 2025,
    }  # fmt: skip
    assert first.satker_code == "5.03.5.04.0.00.29.0000" and first.package_name.startswith("Belanja")
    realisations = [_realisation(r) for r in results]
    assert len({r.purchase_key for r in realisations}) == 25, "one order, one realisation"
    assert sum(r.supplier_kd_penyedia is None for r in realisations) == 18, "kd_penyedia_sikap 0 is no id"
    assert {r.status for r in realisations} == {"ON_PROCESS", "PAYMENT_OUTSIDE_SYSTEM"}
    assert not any(r.cancelled for r in realisations)


def test_a_tender_award_is_a_realisation_and_links_its_tender_to_the_rup_package() -> None:
    results = _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai")
    first = results[0]
    assert isinstance(first, RealisationRow) and first.realisation is not None
    assert first.link == PackageLink("tender:46318035000", "49876532")
    award = first.realisation
    assert (award.purchase_key, award.kode_rup, award.stage, award.method) == (
        "tender:46318035000",
        "49876532",
        "award",
        "tender",
    )
    assert (award.value_idr, award.supplier_npwp, award.supplier_kd_penyedia) == (
        1_352_369_700,
        "0851256101822025",
        "3729014",
    )
    assert award.realised_on == date(2025, 4, 11) and award.supplier_name == "CV. SINAR TINTA MANDIRI"
    assert _realisation(results[3]).value_idr == 581_365_037, "581365037.44 rounded to the Rupiah"
    assert results[2] == [RowProblem("kd_rup_paket", "bukan satu kode RUP / not one RUP code")], "a;b;c"
    assert results[4] == RealisationRow(None, PackageLink("tender:36010944000", "23727066")), "no winner yet"


def test_the_csv_awards_read_null_as_missing() -> None:
    assert _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai", "csv")[4] == RealisationRow(
        None, PackageLink("tender:36010944000", "23727066")
    )


def test_a_nontender_award_without_a_contract_value_takes_the_negotiated_one() -> None:
    results = _mapped(mapping.nontender_award, "SPSE-NonTenderSelesai")
    assert [_realisation(results[i]).value_idr for i in (21, 22)] == [71_414_100, 163_551_112]
    assert isinstance(results[20], RealisationRow) and results[20].realisation is None, "nothing negotiated yet"
    first = _realisation(results[0])
    assert (first.purchase_key, first.kode_rup, first.supplier_name) == (
        "nontender:55860601000",
        "98426966",
        "Toko Alat Tulis Citarum",
    )


def test_a_contract_is_the_same_purchase_as_its_award_and_waits_for_its_package_link() -> None:
    awards = {
        a.purchase_key: a
        for r in _mapped(mapping.nontender_award, "SPSE-NonTenderSelesai")
        if isinstance(r, RealisationRow) and (a := r.realisation) is not None
    }
    contracts = [_realisation(r) for r in _mapped(mapping.nontender_contract, "SPSE-NonTenderEkontrak-2Kontrak")]
    assert all(c.kode_rup is None and c.package == c.purchase_key for c in contracts)
    assert sum(c.purchase_key in awards for c in contracts) == 20
    first = contracts[0]
    assert (first.stage, first.contract_number, first.realised_on) == (
        "contract",
        "605.6/185/S6232/2983",
        date(2025, 2, 24),
    )
    assert (first.value_idr, first.supplier_name) == (awards[first.purchase_key].value_idr, "Toko Alat Tulis Citarum")
    assert mapping.STAGE_RANK[first.stage] > mapping.STAGE_RANK[awards[first.purchase_key].stage]
    tenders = [_realisation(r) for r in _mapped(mapping.tender_contract, "SPSE-TenderEkontrak-2Kontrak")]
    assert tenders[2].value_idr == 4_824_732_652 and tenders[0].status == "Kontrak Sedang Berjalan"
    assert tenders[0].supplier_npwp == "1181186998363317"


def test_package_rows_link_a_tender_to_its_rup_package_unless_it_names_several() -> None:
    for name in ("SPSE-TenderSelesai", "SPSE-TenderPengumuman", "SPSE-NonTenderPengumuman"):
        results = _mapped(mapping.package_link, name)
        links = [r.link for r in results if isinstance(r, RealisationRow) and r.link and r.realisation is None]
        refused = [r for r in results if isinstance(r, list)]
        assert len(links) + len(refused) == 25 and len(refused) <= 1, name
        assert all(link.package.startswith(("tender:", "nontender:")) for link in links)
    assert mapping.package_link({"kd_nontender": 1, "kd_rup": "60832782;45828523"}) == [
        RowProblem("kd_rup", "bukan satu kode RUP / not one RUP code")
    ]


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_recorded_purchases_keep_blank_suppliers_no_npwp_and_a_repeated_receipt_apart(file_format: str) -> None:
    realisations = [
        _realisation(r) for r in _mapped(mapping.recorded_purchase, "SPSE-PencatatanNonTenderRealisasi", file_format)
    ]
    assert len({r.purchase_key for r in realisations}) == 25
    assert all(r.method == "pencatatan" and r.stage == "payment" and r.kode_rup for r in realisations)
    assert sum(r.supplier_name == "" for r in realisations) == 16, "the supplier is often left blank"
    zeros, first, second = realisations[-3:]
    assert zeros.supplier_npwp is None, "0000000000000000 is no NPWP"
    assert first.contract_number == second.contract_number and (first.value_idr, second.value_idr) == (
        7_094_300,
        5_999_700,
    )


def test_rows_lacking_what_makes_them_a_purchase_are_refused_with_the_lkpp_field() -> None:
    assert mapping.epurchasing_order({"kd_paket": "X1", "total_harga": 10}) == [
        RowProblem("kd_rup", "wajib diisi / required")
    ]
    refused = mapping.epurchasing_order({"kd_paket": "X1", "kd_rup": "123", "total_harga": "sepuluh"})
    assert isinstance(refused, list) and refused[0].field == "total_harga" and " / " in refused[0].reason
    assert mapping.tender_contract({"kd_tender": 1, "nilai_kontrak": 5}) == [
        RowProblem("no_kontrak", "wajib diisi / required")
    ]
    cancelled = _realisation(
        mapping.nontender_contract(
            {"kd_nontender": 7, "no_kontrak": "K/1", "nilai_kontrak": 5, "status_kontrak": "Kontrak Dibatalkan"}
        )
    )
    assert cancelled.cancelled and cancelled.status == "Kontrak Dibatalkan"
