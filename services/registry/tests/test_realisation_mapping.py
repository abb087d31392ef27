"""Realisation datasets row by row (padan.registry.domain.realisations), on fixtures made from LKPP's real
exports (tests/fixtures/lkpp/realisation/SOURCES.md), read as the importer reads files (JSON and CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.domain import realisations as mapping
from padan.registry.domain.realisations import PackageLink, RealisationRow, RecordRealisation, RowProblem

FIXTURES = Path(__file__).parent / "fixtures" / "lkpp" / "realisation"


def _rows(name: str) -> list[dict[str, Any]]:
    path = FIXTURES / name
    rows = list(iter_rows(path, "csv" if path.suffix == ".csv" else "json"))
    assert all(isinstance(row, dict) for row in rows)
    return rows  # type: ignore[return-value]


def _mapped(mapper: mapping.Mapper, name: str) -> list[RealisationRow | list[RowProblem]]:
    return [mapper(row) for row in _rows(name)]


def _realisation(result: RealisationRow | list[RowProblem]) -> RecordRealisation:
    assert isinstance(result, RealisationRow) and result.realisation is not None, result
    return result.realisation


def test_an_epurchasing_order_is_one_realisation_of_its_rup_package() -> None:
    results = _mapped(mapping.epurchasing_order, "Ecat-PaketEPurchasingV6.json")
    first = _realisation(results[0])
    assert first.purchase_key == "epurchasing:11521PQ047R5JBNP10M738BH94"
    assert first.model_dump(include={"kode_rup", "value_idr", "method", "stage", "dataset"}) == {
        "kode_rup": "40991841",
        "value_idr": 27_682_000,
        "method": "e_purchasing",
        "stage": "order",
        "dataset": "Ecat-PaketEPurchasingV6",
    }
    assert first.order_number == first.source_id and first.contract_number is None
    assert first.realised_on == date(2025, 8, 27) and first.status == "ON_PROCESS" and not first.cancelled
    assert first.supplier_vendor_v6 == "46RR4P2JY345SM593EG08BM816" and first.supplier_kd_penyedia == "2862014"
    assert first.supplier_name == "", "e-purchasing orders name the supplier by id only"
    realisations = [_realisation(r) for r in results]
    assert len({r.purchase_key for r in realisations}) == len(realisations), "one order, one realisation"
    assert all(isinstance(r.value_idr, int) and r.value_idr > 0 for r in realisations)
    assert any(r.supplier_kd_penyedia is None for r in realisations), "kd_penyedia_sikap 0 is no id"
    assert all(r.fiscal_year == 2025 and r.satker_code for r in realisations)


def test_the_csv_export_of_orders_reads_the_same_way() -> None:
    realisations = [_realisation(r) for r in _mapped(mapping.epurchasing_order, "Ecat-PaketEPurchasingV6.csv")]
    assert len(realisations) == 5
    assert realisations[0].value_idr == 142_251_800 and realisations[0].realised_on == date(2025, 9, 18)
    assert {r.status for r in realisations} >= {"ON_PROCESS", "PAYMENT_OUTSIDE_SYSTEM"}
    assert not any(r.cancelled for r in realisations)


def test_a_tender_award_is_a_realisation_and_links_its_tender_to_the_rup_package() -> None:
    results = _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai.json")
    first = results[0]
    assert isinstance(first, RealisationRow) and first.realisation is not None
    assert first.link == PackageLink(f"tender:{first.realisation.source_id}", first.realisation.kode_rup or "")
    assert first.realisation.stage == "award" and first.realisation.method == "tender"
    assert first.realisation.value_idr == 1_136_070_005, "1136070004.91 rounded to the Rupiah"
    assert first.realisation.supplier_npwp == "0527315812452570"
    assert first.realisation.realised_on is not None
    assert results[1] == [RowProblem("nilai_kontrak", "wajib diisi / required")], "no winner or value yet"


def test_the_csv_awards_take_null_as_missing_and_fall_back_to_the_negotiated_value() -> None:
    results = _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai.csv")
    award = _realisation(results[0])
    assert award.value_idr == 1_213_404_758 and award.supplier_kd_penyedia == "813672"
    assert award.supplier_npwp == "0648238665623438", "both NPWP spellings name one NPWP"
    assert results[2] == [RowProblem("nilai_kontrak", "wajib diisi / required")]


def test_a_tender_contract_is_the_same_realisation_as_its_award_and_waits_for_its_package_link() -> None:
    awards = {
        _realisation(r).source_id: _realisation(r)
        for r in _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai.json")
        if isinstance(r, RealisationRow)
    }
    contracts = [_realisation(r) for r in _mapped(mapping.tender_contract, "SPSE-TenderEkontrak-2Kontrak.json")]
    assert all(c.kode_rup is None and c.package == f"tender:{c.source_id}" for c in contracts)
    assert all(c.stage == "contract" and c.contract_number for c in contracts)
    [(contract, award)] = [(c, awards[c.source_id]) for c in contracts if c.source_id in awards]
    assert contract.purchase_key == award.purchase_key
    assert (contract.value_idr, contract.supplier_npwp) == (award.value_idr, award.supplier_npwp)
    assert mapping.STAGE_RANK[contract.stage] > mapping.STAGE_RANK[award.stage]
    assert contracts[2].value_idr == 5_278_167_411 and contracts[0].realised_on is not None


def test_package_rows_give_the_links_contracts_are_joined_by() -> None:
    links = [r.link for r in _mapped(mapping.package_link, "SPSE-TenderSelesai.json") if isinstance(r, RealisationRow)]
    contracts = [_realisation(r) for r in _mapped(mapping.tender_contract, "SPSE-TenderEkontrak-2Kontrak.json")]
    known = {link.package: link.kode_rup for link in links if link is not None}
    awards = [r for r in _mapped(mapping.tender_award, "SPSE-TenderSelesaiNilai.json") if isinstance(r, RealisationRow)]
    known.update((a.link.package, a.link.kode_rup) for a in awards if a.link is not None)
    assert [c.package in known for c in contracts] == [True, True, True, True, False]
    for name in ("SPSE-TenderPengumuman.json", "SPSE-NonTenderPengumuman.json"):
        results = _mapped(mapping.package_link, name)
        assert all(isinstance(r, RealisationRow) and r.realisation is None and r.link is not None for r in results)
    nontender = _mapped(mapping.package_link, "SPSE-NonTenderPengumuman.json")[0]
    assert isinstance(nontender, RealisationRow) and nontender.link is not None
    assert nontender.link.package.startswith("nontender:")
    assert mapping.package_link({"kd_nontender": 1, "kd_rup": "60832782;45828523"}) == [
        RowProblem("kd_rup", "bukan satu kode RUP / not one RUP code")
    ]


def test_a_nontender_award_and_its_contract_are_one_purchase() -> None:
    awards = [_realisation(r) for r in _mapped(mapping.nontender_award, "SPSE-NonTenderSelesai.json")]
    contracts = [_realisation(r) for r in _mapped(mapping.nontender_contract, "SPSE-NonTenderEkontrak-2Kontrak.json")]
    by_key = {a.purchase_key: a for a in awards}
    assert all(c.purchase_key in by_key for c in contracts), "every contract's award is in the fixture"
    for contract in contracts:
        award = by_key[contract.purchase_key]
        assert (contract.value_idr, contract.supplier_name) == (award.value_idr, award.supplier_name)
        assert contract.method == award.method == "non_tender"
    assert contracts[0].status in ("Kontrak Selesai", "Kontrak Sedang Berjalan")


@pytest.mark.parametrize("name", ["SPSE-PencatatanNonTenderRealisasi.json", "SPSE-PencatatanNonTenderRealisasi.csv"])
def test_recorded_purchases_keep_blank_suppliers_and_a_repeated_receipt_apart(name: str) -> None:
    realisations = [_realisation(r) for r in _mapped(mapping.recorded_purchase, name)]
    assert len({r.purchase_key for r in realisations}) == len(realisations)
    assert all(r.method == "pencatatan" and r.stage == "payment" and r.kode_rup for r in realisations)
    if name.endswith(".json"):
        assert [r.supplier_name == "" and r.supplier_npwp is None for r in realisations][-2:] == [True, True]
    else:
        assert realisations[0].supplier_npwp is None, "0000000000000000 is no NPWP"
        assert realisations[1].contract_number == realisations[2].contract_number, "one receipt number, two payments"


def test_rows_lacking_what_makes_them_a_purchase_are_refused_with_the_lkpp_field() -> None:
    assert mapping.epurchasing_order({"kd_paket": "X1", "total_harga": 10}) == [
        RowProblem("kd_rup", "wajib diisi / required")
    ]
    refused = mapping.epurchasing_order({"kd_paket": "X1", "kd_rup": "123", "total_harga": "sepuluh"})
    assert isinstance(refused, list) and refused[0].field == "total_harga"
    assert mapping.tender_contract({"kd_tender": 1, "nilai_kontrak": 5}) == [
        RowProblem("no_kontrak", "wajib diisi / required")
    ]
    cancelled = _realisation(
        mapping.nontender_contract(
            {"kd_nontender": 7, "no_kontrak": "K/1", "nilai_kontrak": 5, "status_kontrak": "Kontrak Dibatalkan"}
        )
    )
    assert cancelled.cancelled and cancelled.status == "Kontrak Dibatalkan"
