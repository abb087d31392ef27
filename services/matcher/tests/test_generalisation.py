"""What made the matcher fail on data it had never seen (issue 18), one class per test group: rules judged
over loose neighbours, typos and joined or split words, procurement shorthand, concepts too broad, and no
abstention."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from padan.matcher.domain import rules, text
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import Outcome, need_query, proposals, rank_need, rank_need_explained
from padan.matcher.entrypoints.cli import app as matcher_cli
from padan.matcher.handlers.need_upserted import needs_upserted
from padan.matcher.handlers.owned_needs import OwnedNeeds
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted
from padan.shared.vocabulary import SCORE_PART_LABELS
from services.matcher.tests.fakes import FakeMatchRepository

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def need(name: str, **overrides: Any) -> NeedUpserted:
    base: dict[str, Any] = {
        "need_id": "n1", "kode_rup": "1", "buyer_id": "b1", "satker_code": "32.04.1", "package_name": name,
        "pagu_idr": 100_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
        "fiscal_year": 2026, "region_code": "32.04", "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return NeedUpserted.model_validate(base | overrides)


def product(product_id: str, name: str, supplier_id: str = "small", **overrides: Any) -> ProductUpserted:
    base: dict[str, Any] = {
        "product_id": product_id, "supplier_id": supplier_id, "name": name, "price_idr": 1_000_000,
        "tkdn_percent": 45.0, "bmp_percent": 10.0, "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return ProductUpserted.model_validate(base | overrides)


def supplier(supplier_id: str, scale: str) -> SupplierUpserted:
    return SupplierUpserted(
        supplier_id=supplier_id, nib=supplier_id, name=supplier_id, region_code="32.04", scale=scale, version=1,
        occurred_at=NOW,
    )  # fmt: skip


def build(*products: ProductUpserted) -> Catalog:
    catalog = Catalog()
    catalog.upsert_supplier(supplier("small", "mikro"))
    catalog.upsert_supplier(supplier("large", "besar"))
    for item in products:
        catalog.upsert_product(item)
    return catalog


def ids(catalog: Catalog, wanted: NeedUpserted) -> list[str]:
    return [item.product.product.product_id for item in rank_need(catalog, wanted, 10)]


# ---- 1. rules judged over the offers that genuinely fit ---------------------------------------------------


def test_the_reservation_yields_when_no_small_business_offers_the_goods_whatever_shares_a_word() -> None:
    catalog = build(
        product("ink", "Tinta Printer Epson 664 Hitam", "small", price_idr=90_000, category="Bahan Komputer"),
        product("printer", "Printer Epson EcoTank L3210", "large", price_idr=2_500_000, category="Printer"),
    )
    ranking = rank_need_explained(catalog, need("Pengadaan Printer untuk KUA"), 10)
    assert [item.product.product.product_id for item in ranking.matches] == ["printer"]
    [reservation] = [c for c in ranking.matches[0].explanation.rules if c.rule == "small_business_reservation"]
    assert reservation.passed and "tidak ada usaha kecil/koperasi yang mampu memenuhinya" in reservation.detail


def test_the_reservation_puts_a_small_business_offering_the_goods_first() -> None:
    """Ordered, not removed: whether the small business's offer meets the package is the buyer's call."""
    catalog = build(
        product("large-printer", "Printer Epson EcoTank L3210", "large", price_idr=2_000_000),
        product("small-printer", "Printer Canon PIXMA G2020", "small", price_idr=2_300_000),
    )
    ranking = rank_need_explained(catalog, need("Pengadaan Printer"), 10)
    assert [item.product.product.product_id for item in ranking.matches] == ["small-printer", "large-printer"]
    [reservation] = [c for c in ranking.matches[1].explanation.rules if c.rule == "small_business_reservation"]
    assert reservation.passed and rules.DEFERRED_NOTE in reservation.detail
    above = rank_need_explained(catalog, need("Pengadaan Printer", pagu_idr=20_000_000_000), 10)
    assert above.matches[0].product.product.product_id == "large-printer", "no reservation above Rp 15 miliar"


def test_the_pdn_obligation_is_judged_over_the_fitting_offers_that_survive_the_reservation() -> None:
    """A certified offer from a large firm the reservation defers does not defer the small firm's
    uncertified offer: it comes first, the large firm's after it."""
    catalog = build(
        product("small-plain", "Kain Tapis Lampung Motif Siger", "small", tkdn_percent=None, bmp_percent=None),
        product("large-certified", "Kain Tapis Lampung Motif Kapal", "large", tkdn_percent=60.0),
    )
    ranking = rank_need_explained(catalog, need("Belanja Kain Tapis"), 10)
    assert [item.product.product.product_id for item in ranking.matches] == ["small-plain", "large-certified"]
    [pdn] = [c for c in ranking.matches[0].explanation.rules if c.rule == "domestic_content"]
    assert pdn.passed and "belum ada produk dengan TKDN" in pdn.detail


def test_the_pdn_obligation_binds_per_kind_of_goods() -> None:
    catalog = build(
        product("paper", "Kertas HVS A4 70 gsm", tkdn_percent=45.0, price_idr=50_000),
        product("ink", "Tinta Printer Refill 100 ml", tkdn_percent=None, bmp_percent=None, price_idr=30_000),
    )
    assert sorted(ids(catalog, need("Belanja Kertas dan Tinta Printer"))) == ["ink", "paper"]


def test_when_the_rules_remove_every_fitting_offer_the_reason_names_the_rule_and_the_offers() -> None:
    catalog = build(product("tractor", "Traktor Roda Dua Quick G1000", price_idr=30_000_000))
    ranking = rank_need_explained(catalog, need("Pengadaan Hand Traktor", pagu_idr=20_000_000), 10)
    assert ranking.matches == [] and ranking.outcome is Outcome.RULES_REMOVED_ALL
    assert "melebihi pagu Rp 20.000.000" in ranking.reason and "tractor" in ranking.reason


# ---- 2. typos, joined and split words -----------------------------------------------------------------------


def test_a_doubled_or_dropped_letter_is_forgiven() -> None:
    catalog = build(product("ganci", "Gantungan Kunci Siger", price_idr=15_000), product("paper", "Kertas HVS A4"))
    assert ids(catalog, need("Belanja Sovenir Rakor")) == ["ganci"]
    assert ids(catalog, need("Belanja Kerttas Fotokopi")) == ["paper"]


def test_joined_and_split_words_are_taken_apart_and_put_together() -> None:
    catalog = build(
        product("tractor", "Hand Tractor Quick G1000", price_idr=25_000_000),
        product("ganci", "Gantungan Kunci Siger", price_idr=15_000),
    )
    assert ids(catalog, need("Pengadaan Handtraktor Kelompok Tani")) == ["tractor"]
    assert ids(catalog, need("Belanja Cindera Mata Tamu")) == ["ganci"]
    assert catalog.lexicon.normalize(("handtraktor",)) == ("hand", "traktor")


def test_a_word_of_another_meaning_two_letters_away_is_not_corrected() -> None:
    catalog = build(product("copy", "Jasa Penggandaan Dokumen A4", category="Jasa Penggandaan"))
    assert catalog.lexicon.correct("penggandaan") is None
    assert ids(catalog, need("Belanja Penggandaan Dokumen")) == ["copy"]


def test_a_word_of_the_language_is_never_corrected_into_a_catalog_word() -> None:
    catalog = build(
        product("stamp", "Stempel Flash Otomatis Custom", price_idr=150_000, category="ATK > Stempel"),
        product("money", "Celengan Uang Kaleng", price_idr=20_000),
    )
    # "tempel" (to stick) is one letter from "stempel", "ruang" (room) one from "uang" (money)
    assert catalog.lexicon.normalize(("meterai", "tempel")) == ("meterai", "tempel")
    assert catalog.lexicon.normalize(("ruang", "rapat")) == ("ruang", "rapat")
    assert ids(catalog, need("Pengadaan Meterai Tempel")) == []


def test_every_part_of_a_matchs_score_has_an_indonesian_label() -> None:
    catalog = build(product("ganci", "Gantungan Kunci Siger", price_idr=15_000))
    ranking = rank_need_explained(catalog, need("Belanja Souvenir Rakor"), 10)
    parts = {name for scored in ranking.matches for name in scored.explanation.components}
    assert parts and parts <= set(SCORE_PART_LABELS)


# ---- 3. procurement shorthand ------------------------------------------------------------------------------


def test_rup_shorthand_names_the_goods() -> None:
    catalog = build(
        product("snack", "Snack Box Premium isi 4", price_idr=25_000, category="Makanan > Kue & Snack"),
        product("rice", "Nasi Box Paket Hemat Ayam Goreng", price_idr=30_000, category="Makanan > Nasi Kotak"),
        product("copy", "Fotokopi Dokumen A4 per Lembar", price_idr=300, category="Jasa Penggandaan"),
        product("gauze", "Kasa Steril 16 x 16 cm", price_idr=40_000, category="Alat Kesehatan > BMHP"),
    )
    assert set(ids(catalog, need("Belanja Mamin Rapat Koordinasi"))) == {"snack", "rice"}
    assert ids(catalog, need("Belanja Nasi Box Kegiatan"))[0] == "rice", "a rice box, not a snack box"
    assert ids(catalog, need("Belanja Penggandaan dan Jilid Laporan")) == ["copy"]
    assert ids(catalog, need("Pengadaan BMHP Puskesmas")) == ["gauze"]
    assert set(ids(catalog, need("Konsumsi Peserta Pelatihan Angkatan II"))) == {"snack", "rice"}, "konsumsi: meals"
    assert ids(catalog, need("Belanja Barang Persediaan Barang Konsumsi")) == [], "barang konsumsi: consumables"


def test_meal_accounts_of_the_budget_name_meals() -> None:
    """ "Makan" alone is a meal in a package name ("Makan Rapat", "Makan dan Minum Petugas", "Makan Piket
    Jaga"), and "Penambah Daya Tahan Tubuh" the extra fooding of staff (milk, mung beans, eggs); a dining
    table or tableware stays furniture and household goods."""
    catalog = build(
        product("box", "Nasi Kotak Ayam Bakar + Sayur", price_idr=35_000, category="Makanan > Nasi Kotak"),
        product("extra", "Extra Voeding (Susu + Kacang Hijau + Telur)", price_idr=30_000, category="Makanan > PMT"),
        product("table", "Meja Makan Kayu Jati 6 Kursi", price_idr=9_000_000, category="Mebel > Meja"),
    )
    assert ids(catalog, need("Makan Rapat Sosialisasi di Bidang Lelang"))[0] == "box"
    assert ids(catalog, need("Makan dan Minum Petugas Samsat"))[0] == "box"
    assert ids(catalog, need("PENGADAAN MAKAN PIKET JAGA / KAWAL POLRES"))[0] == "box"
    assert ids(catalog, need("Belanja Penambah Daya Tahan Tubuh Pegawai"))[0] == "extra"
    assert ids(catalog, need("Pengadaan Meja Makan Rumah Jabatan")) == ["table"]


def test_budget_accounts_of_sportswear_and_tableware_name_those_goods() -> None:
    """ "Belanja Pakaian Olahraga" (a Permendagri 90/2019 account) is sportswear, not any clothing; "Peralatan
    Makan Minum" is tableware, not any household goods."""
    catalog = build(
        product("jersey", "Kaos Olahraga Dry Fit Custom Printing", price_idr=95_000, category="Pakaian > Kaos"),
        product("uniform", "Pakaian Dinas Harian (PDH) Khaki", price_idr=250_000, category="Pakaian > Pakaian Dinas"),
        product("plates", "Set Peralatan Makan Stainless (Piring, Sendok, Gelas)", category="Rumah Tangga > Dapur"),
        product("tissue", "Tisu Toilet Roll isi 10", price_idr=40_000, category="Rumah Tangga > Tisu"),
        product("polo", "Kaos Polo Bordir Logo Instansi", price_idr=120_000, category="Pakaian > Kaos"),
        product("stove", "Kompor Gas 2 Tungku Rinnai", price_idr=400_000, category="Elektronik > Dapur"),
    )
    assert ids(catalog, need("Belanja Pakaian Olahraga Pelatihan Dasar CPNS")) == ["jersey", "polo", "uniform"]
    assert "stove" not in ids(catalog, need("Penyediaan Peralatan Makan Minum Rumah Tahanan"))


def test_national_asset_names_of_computers_urine_tests_and_school_desks() -> None:
    """ "Alat Pengolah Data" is the asset class of computers (PC, laptop), not of every TIK device; a urine test
    is a rapid test kit; "meja belajar" a pupil's desk, not an office desk."""
    catalog = build(
        product("laptop", "Laptop Asus Vivobook 14 Core i3", price_idr=7_000_000, category="Peralatan TIK > Laptop"),
        product("printer", "Printer Epson EcoTank L3210", price_idr=2_500_000, category="Peralatan TIK > Printer"),
        product("kit", "Rapid Test Narkoba Urin 6 Parameter", price_idr=40_000, category="Alat Kesehatan > Tes"),
        product("pupil", "Meja Kursi Siswa SD 1 Set Kayu", price_idr=900_000, category="Mebel > Mebel Sekolah"),
        product("office", "Meja Kerja Staff 1/2 Biro", price_idr=1_500_000, category="Mebel > Meja"),
    )
    assert ids(catalog, need("Alat Pengolah Data Balmon Manado 2026"))[0] == "laptop", "a printer only after it"
    assert ids(catalog, need("Pengadaan alat test urine layanan Pascarehabilitasi")) == ["kit"]
    assert ids(catalog, need("Pengadaan Meja Belajar Kelas"))[0] == "pupil"


def test_supply_and_install_packages_ask_for_the_goods() -> None:
    """ "Pengadaan dan Pemasangan CCTV" buys CCTV, installed: the installing is part of the package, not a
    service that no offer is for; a mobile file is a roll-o'-pack archive rack."""
    catalog = build(
        product("cctv", "Paket CCTV 8 Kamera Hikvision 2MP + DVR", price_idr=9_000_000, category="Elektronik > CCTV"),
        product("ac-job", "Jasa Bongkar Pasang AC", price_idr=350_000, category="Jasa > Servis AC"),
        product("rack", "Rak Arsip Besi Mobile File (Roll O'Pack)", price_idr=25_000_000, category="Mebel > Rak"),
    )
    assert ids(catalog, need("Pengadaan dan Pemasangan CCTV")) == ["cctv"]
    assert ids(catalog, need("Mobile File")) == ["rack"]


def test_office_shorthand_of_ministries_names_the_goods() -> None:
    catalog = build(
        product("ink", "Tinta Refill Canon GI-790 Hitam", price_idr=90_000, category="Bahan Komputer > Tinta"),
        product("webcam", "Webcam Logitech C920 Full HD", price_idr=1_200_000, category="Peralatan TIK > Aksesori"),
        product("pc", "PC Desktop Lenovo ThinkCentre", price_idr=9_000_000, category="Peralatan TIK > PC"),
    )
    assert ids(catalog, need("Komputer Supplies Penyusunan Laporan Bulanan")) == ["ink"]
    assert ids(catalog, need("Kamera Video Conference Ruang Rapat"))[0] == "webcam"
    assert "pc" in ids(catalog, need("Pengadaan Perangkat Pengolah Data")), "the national account name of computers"
    assert ids(catalog, need("Belanja Modal Peralatan Mini PC"))[0] == "pc"


def test_procurement_noise_and_dotted_abbreviations_do_not_hide_the_goods() -> None:
    catalog = build(
        product("ac", "AC Split Daikin 1 PK Inverter", category="Elektronik > AC"),
        product("desk", "Meja Kerja Staff 1/2 Biro", category="Mebel > Meja"),
        product("mop", "Refill Kain Pel Microfiber", category="Kebersihan > Alat Pel"),
        product("cabinet", "Lemari Arsip Besi 2 Pintu", category="Mebel > Lemari"),
    )
    assert ids(catalog, need("Pengadaan 30 unit A.C Inverter 1PK Gedung Kuliah"))[0] == "ac", "A.C is one word"
    assert ids(catalog, need("PEKERJAAN PENGADAAN FURNITURE PUSDIKLAT"))[0] == "desk", "'pekerjaan' is no goods"
    assert ids(catalog, need("Perlengkapan Cleaning Service"))[0] == "mop", "the janitors' supplies"
    assert ids(catalog, need("Pengadaan Almari Arsip"))[0] == "cabinet", "almari: a spelling of lemari"


# ---- 4. kinds of goods kept apart --------------------------------------------------------------------------


def test_a_shared_head_word_does_not_make_another_kind_of_goods() -> None:
    catalog = build(
        product("office-chair", "Kursi Kerja Staff Hidrolik", category="Mebel > Kursi"),
        product("wheelchair", "Kursi Roda Standar", category="Alat Kesehatan > Alat Bantu"),
        product("fridge", "Lemari Es 2 Pintu 300 L", category="Elektronik > Rumah Tangga"),
        product("cabinet", "Lemari Arsip Besi 4 Laci", category="Mebel > Lemari"),
    )
    # other furniture may follow as related goods (same shelf), never another kind sharing a word
    assert ids(catalog, need("Pengadaan Kursi Kerja Pejabat")) == ["office-chair", "cabinet"]
    assert ids(catalog, need("Pengadaan Kursi Roda untuk Panti")) == ["wheelchair"]
    assert ids(catalog, need("Belanja Modal Lemari Arsip")) == ["cabinet", "office-chair"]


def test_cupboards_safes_and_ovens_are_kinds_of_their_own() -> None:
    catalog = build(
        product("safe", "Brankas Digital 40 kg", category="Mebel > Lemari"),
        product("cabinet", "Lemari Arsip Besi 2 Pintu", category="Mebel > Lemari"),
        product("stove", "Kompor Gas 2 Tungku", category="Alat Rumah Tangga > Dapur"),
        product("rice-cooker", "Rice Cooker 1,8 L", category="Alat Rumah Tangga > Dapur"),
    )
    assert "safe" not in ids(catalog, need("Pengadaan Lemari Pakaian Asrama")), "a wardrobe is no safe"
    assert ids(catalog, need("Pengadaan Filing Cabinet"))[0] == "cabinet"
    assert ids(catalog, need("Pengadaan Oven Laboratorium")) == [], "an oven is no stove"
    assert ids(catalog, need("Pengadaan Kompor Gas Dapur Asrama"))[0] == "stove"


def test_national_account_names_ask_for_the_narrower_goods_they_mean() -> None:
    """Kepmendagri 050-5889/2021 sub-activity and account names, the same in every region's RUP."""
    catalog = build(
        product("notebook", "Buku Ekspedisi Kecil", category="Alat Tulis Kantor > Buku"),
        product("reader", "Buku Bacaan Cerita Rakyat Nusantara", category="Buku > Buku Bacaan"),
        product(
            "motorbike", "Sepeda Motor Bebek 110 cc", "large", price_idr=18_000_000, category="Kendaraan > Roda Dua"
        ),
        product("sedan", "Mobil Sedan 1.500 cc", "large", price_idr=400_000_000, category="Kendaraan > Roda Empat"),
        product("cabinet", "Lemari Arsip Besi 4 Laci", category="Mebel > Lemari"),
        product("desk", "Meja Kerja Staff 1/2 Biro", category="Mebel > Meja"),
    )
    reading = need("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan")
    assert ids(catalog, reading) == ["reader"], "an expedition book is stationery, not reading matter"
    assert ids(catalog, need("Belanja Modal Alat Penyimpan Perlengkapan Kantor")) == ["cabinet", "desk"]
    passenger = need("Belanja Modal Kendaraan Dinas Bermotor Perorangan", pagu_idr=900_000_000)
    assert ids(catalog, passenger)[0] == "sedan", "a passenger vehicle is no motorcycle first"


def test_goods_named_in_the_name_and_again_in_the_specification_are_one_kind() -> None:
    catalog = build(product("tent", "Tenda Pleton Regu", category="Perlengkapan Lapangan > Tenda"))
    wanted = need("Pengadaan Tenda Pleton", specification="tenda pleton untuk posko")
    query = need_query(catalog, wanted)
    assert len(query.text.phrases) == 2, "the name's phrase and the specification's"
    assert [phrase.head for phrase in query.phrases] == ["c:tenda"], "fitted once"
    assert ids(catalog, wanted) == ["tent"]


def test_a_brand_or_a_qualifier_is_not_the_kind_of_goods() -> None:
    catalog = build(
        product("coffee", "Kopi Bubuk Kapal Api Special 380 gr"),
        product("sleeve", "Sleeve Case Laptop 14 inch", category="Aksesoris TIK > Tas"),
        product("laptop", "Laptop ASUS Vivobook 14", "large", price_idr=8_000_000, category="Peralatan TIK > Laptop"),
    )
    assert ids(catalog, need("Pengadaan Perlengkapan Kapal Pengawas")) == []
    assert ids(catalog, need("Pengadaan Laptop Operasional")) == ["laptop"], "the sleeve is no laptop"
    assert text.product_kinds("Kopi Bubuk Kapal Api Special", "Minuman Seduh") >= {"c:kopi"}
    assert "kapal" not in text.product_kinds("Kopi Bubuk Kapal Api Special", "")


def test_a_rental_or_a_repair_is_not_the_goods_it_is_for() -> None:
    catalog = build(
        product("car", "Mobil Minibus Toyota Hiace", "large", price_idr=600_000_000, category="Kendaraan > Roda Empat"),
        product("stage", "Sewa Panggung Rigging 6 x 4 m", category="Jasa > Sewa Perlengkapan Acara"),
    )
    assert ids(catalog, need("Belanja Sewa Kendaraan Operasional", pagu_idr=900_000_000)) == []
    assert ids(catalog, need("Pemeliharaan Kendaraan Dinas Roda 4", pagu_idr=900_000_000)) == []
    assert ids(catalog, need("Belanja Sewa Panggung Acara")) == ["stage"]


def test_a_service_for_something_no_offer_of_that_service_is_for_gets_no_proposal() -> None:
    catalog = build(
        product("stage", "Sewa Panggung Rigging 6 x 4 m", category="Jasa > Sewa Perlengkapan Acara"),
        product("ac-service", "Jasa Service / Cuci AC Split per Unit", category="Jasa > Perawatan AC"),
        product("ac", "AC Split 1 PK", "large", price_idr=4_000_000, category="Elektronik > AC"),
    )
    assert ids(catalog, need("Belanja Sewa Hotel Rapat Teknis", procurement_type="jasa_lainnya")) == []
    assert ids(catalog, need("Pemeliharaan Gedung Kantor", procurement_type="jasa_lainnya")) == []
    assert ids(catalog, need("Perbaikan AC Ruang Rapat", procurement_type="jasa_lainnya")) == ["ac-service"]


def test_a_size_stated_in_the_need_keeps_other_sizes_below_it() -> None:
    catalog = build(
        product("small-genset", "Genset Honda 5 kVA Silent", price_idr=20_000_000, category="Elektronik > Genset"),
        product("big-genset", "Genset Perkins 150 kVA Silent", price_idr=90_000_000, category="Elektronik > Genset"),
    )
    wanted = need("Pengadaan Generator Set 150 KVA Silent", pagu_idr=500_000_000)
    assert ids(catalog, wanted) == ["big-genset", "small-genset"], "the size asked for first, the other after"
    assert text.measures("AC split 3/4 PK; 1,5 PK") == {"pk": frozenset({0.75, 1.5})}
    assert text.measures("Smart TV 98 inch, UPS 10 kVA") == {"inch": frozenset({98.0}), "kva": frozenset({10.0})}


def test_a_service_named_after_the_goods_does_not_head_the_need() -> None:
    catalog = build(product("ac-service", "Jasa Service / Cuci AC Split per Unit", category="Jasa > Perawatan AC"))
    assert ids(catalog, need("Pengadaan Bahan Habis Pakai Laboratorium Kalibrasi")) == [], "materials, no service"


# ---- 5. abstention and calibrated scores -------------------------------------------------------------------


def test_a_need_naming_no_goods_or_goods_nobody_offers_gets_no_proposal_and_says_why() -> None:
    catalog = build(product("map", "Map Plastik Kancing isi 12", category="Alat Tulis Kantor"))
    generic = rank_need_explained(catalog, need("Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Lainnya"), 10)
    assert generic.matches == [] and generic.outcome is Outcome.NO_GOODS_NAMED
    absent = rank_need_explained(catalog, need("Pengadaan Isi Tabung Gas Elpiji"), 10)
    assert absent.matches == [] and absent.outcome is Outcome.NO_FITTING_PRODUCT
    assert "tabung gas elpiji" in absent.reason


def test_scores_are_calibrated_so_the_threshold_cuts_weak_fits_for_every_need() -> None:
    catalog = build(
        product("exact", "Kain Tapis Lampung", description="kain tapis tenun benang emas"),
        product("weak", "Selendang Tenun", description="selendang berhias kain tapis"),
    )
    ranking = rank_need_explained(catalog, need("Belanja Kain Tapis"), 10)
    assert ranking.matches and all(0.0 < item.score <= 1.0 for item in ranking.matches)
    best = ranking.matches[0].score
    below = proposals(ranking, best + 0.01)
    assert below.matches == [] and below.outcome is Outcome.BELOW_MIN_SCORE and "di bawah ambang" in below.reason


def test_a_need_left_without_proposals_is_recorded_for_reporting() -> None:
    async def scenario() -> FakeMatchRepository:
        repository, owned = FakeMatchRepository(), OwnedNeeds()
        owned.ready.set()
        catalog = build(product("tapis", "Kain Tapis Lampung"))
        batch = [need("Belanja Kain Tapis", need_id="n-found"), need("Pengadaan Genset 100 kVA", need_id="n-none")]
        await needs_upserted(catalog, owned, repository, batch, top_k=10, min_score=0.2)
        await needs_upserted(catalog, owned, repository, batch, top_k=10, min_score=0.2)  # redelivered
        return repository

    repository = asyncio.run(scenario())
    assert list(repository.unmatched) == ["n-none@1"]
    finding = repository.unmatched["n-none@1"]
    assert finding.outcome == "no_fitting_product" and "genset" in finding.reason
    assert {m.need_id for m in repository.matches.values()} == {"n-found"}


# ---- the offline entry point -------------------------------------------------------------------------------


def test_padan_matcher_rank_prints_each_need_s_proposals_or_why_none(tmp_path: Path) -> None:
    payload = {
        "suppliers": [supplier("small", "mikro").model_dump(mode="json", exclude={"version", "occurred_at"})],
        "products": [product("tapis", "Kain Tapis Lampung").model_dump(mode="json", exclude={"version", "occurred_at"})],
        "needs": [
            need("Belanja Kain Tapis", need_id="n-found").model_dump(mode="json", exclude={"version", "occurred_at"}),
            need("Pengadaan Genset", need_id="n-none").model_dump(mode="json", exclude={"version", "occurred_at"}),
        ],
    }  # fmt: skip
    path = tmp_path / "set.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(matcher_cli, ["rank", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "n-found" in shown.output and "tapis" in shown.output and "lulus small_business_reservation" in shown.output
    assert "belum ada penyedia lokal yang cocok" in shown.output
    as_json = runner.invoke(matcher_cli, ["rank", str(path), "--json", "--top", "1"])
    result = json.loads(as_json.stdout)
    found, none = result["needs"]
    assert [m["product_id"] for m in found["matches"]] == ["tapis"] and len(found["matches"][0]["rules"]) == 7
    assert none["matches"] == [] and none["outcome"] == "no_fitting_product"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    refused = runner.invoke(matcher_cli, ["rank", str(broken)])
    assert refused.exit_code != 0 and "tidak dapat dibaca" in refused.output
