"""How a package name is read (issue 18, second round): account paths and families of goods, several items
in one name, related goods after the goods asked for."""

from __future__ import annotations

from padan.matcher.domain import text
from padan.matcher.domain.scoring import rank_need_explained
from services.matcher.tests.test_generalisation import build, ids, need, product

# Products several tests put in their catalogs.
SNACK_BOX = product("snack", "Snack Box Rapat isi 3 Kue + Air Mineral", price_idr=20_000, category="Makanan > Snack")
RICE_BOX = product("rice", "Nasi Kotak Ayam Bakar + Sayur + Buah", price_idr=35_000, category="Makanan > Nasi Kotak")
PDH_UNIFORM = product("pdh", "Pakaian Dinas Harian (PDH) Khaki", price_idr=475_000, category="Pakaian > Pakaian Dinas")
LAPTOP = product("laptop", "Laptop Asus Vivobook 14 Core i3 8GB", price_idr=8_000_000, category="Komputer > Laptop")
STAFF_DESK = product("desk", "Meja Kerja Staff 1/2 Biro 120 cm", price_idr=1_900_000, category="Mebel > Meja")
CEMENT = product("cement", "Semen Tiga Roda 50 kg", price_idr=75_000, category="Bahan Bangunan > Semen")
ARCHIVE_BOX = product(
    "box", "Box Arsip Karton Gelombang (Arsip Inaktif)", price_idr=25_000, category="ATK > Pengarsipan"
)
CULTURE_MEDIUM = product(
    "agar", "Media Mikrobiologi Plate Count Agar 500 g", price_idr=1_800_000, category="Alat Kesehatan"
)

# ---- account paths and families ----------------------------------------------------------------------------


def test_clauses_know_the_joint_before_them() -> None:
    joints = [
        (" ".join(words), joint.value)
        for words, joint in text.joined_clauses(
            "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Roll Banner, X-Banner), Kaos"
        )
    ]
    assert joints == [
        ("belanja alat / bahan untuk kegiatan kantor", "start"),
        ("alat tulis kantor", "path"),
        ("roll banner", "item"),
        ("xbanner", "item"),
        ("kaos", "other"),
    ]


def test_an_account_path_before_the_item_names_no_goods_of_its_own() -> None:
    catalog = build(
        product("banner", "Roll Banner 60 x 160 cm + Cetak", category="Percetakan > Media Promosi"),
        product("paper", "Kertas HVS A4 70 gsm", category="Alat Tulis Kantor > Kertas"),
    )
    named = need("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Roll Banner)")
    assert ids(catalog, named) == ["banner"]
    assert sorted(ids(catalog, need("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"))) == ["paper"]


def test_a_family_followed_by_its_member_asks_for_the_member_and_the_rules_are_judged_on_it() -> None:
    """The small firm's sprayer is agricultural equipment but no hand tractor: it neither is proposed nor
    keeps the reservation binding against the only hand tractor on offer."""
    catalog = build(
        product("tractor", "Hand Traktor Quick G1000", "large", price_idr=28_000_000, category="Pertanian > Alsintan"),
        product("sprayer", "Hand Sprayer Elektrik 16 Liter", "small", price_idr=600_000, category="Pertanian > Alat"),
    )
    ranking = rank_need_explained(catalog, need("Belanja Modal Alat Pertanian - Hand Traktor Bantuan Poktan"), 10)
    tractor, *related = ranking.matches
    assert tractor.product.product.product_id == "tractor"
    assert [item.product.product.product_id for item in related] == ["sprayer"], "same shelf, related goods"
    assert related[0].score < 0.5 < tractor.score


def test_the_goods_named_after_a_family_account_are_what_it_buys_though_of_another_family() -> None:
    """SIPD's "Alat Rumah Tangga Lainnya (Home Use)" account holds TVs and bins: the item after it is the
    goods, whether in parentheses or as the next step of the path; tissue is household goods, not asked."""
    catalog = build(
        product("bin", "Tempat Sampah Terpilah 3 Warna", category="Perlengkapan Kantor > Kebersihan"),
        product("tv", "Smart TV LED 43 inch Polytron", price_idr=4_000_000, category="Elektronik > Televisi"),
        product("tissue", "Tisu Toilet Roll isi 10", price_idr=40_000, category="Rumah Tangga > Tisu"),
    )
    assert ids(catalog, need("Alat Rumah Tangga Lainnya (Tempat sampah Terpilah)")) == ["bin"]
    assert ids(catalog, need('Belanja Modal Alat Rumah Tangga Lainnya - TV 43"')) == ["tv"]


def test_a_list_of_goods_is_no_account_and_its_item() -> None:
    """Commas list goods of one rank ("Pakaian Kerja, Sepatu"): clothing is asked for beside the shoes."""
    catalog = build(
        product("shirt", "Pakaian Kerja Lapangan Bahan Drill", category="Pakaian > Pakaian Kerja"),
        product("shoes", "Sepatu Kerja Safety Kulit", category="Pakaian > Sepatu"),
    )
    assert sorted(ids(catalog, need("Pengadaan Pakaian Kerja, Sepatu Kerja"))) == ["shirt", "shoes"]
    assert "shirt" in ids(catalog, need("Belanja Modal Meja Rapat (Pengadaan Pakaian Kerja)")), "a broader item"


def test_an_item_in_parentheses_that_is_no_member_leaves_the_goods_before_it() -> None:
    catalog = build(
        product(
            "thresher", "Power Thresher Mesin Perontok Padi", price_idr=20_000_000, category="Pertanian > Alsintan"
        ),
        product("print", "Cetak Spanduk Flexi per m2", price_idr=30_000, category="Percetakan > Media Promosi"),
    )
    assert "thresher" in ids(catalog, need("Pengadaan Power Thresher (Cetak Sawah)"))


# ---- substitutes after the goods asked for -----------------------------------------------------------------


def test_a_product_of_another_kind_naming_the_goods_comes_after_them_and_is_no_genuine_fit() -> None:
    """A talo balak is a Lampung instrument set whose listing names the gamelan it is one of: it may follow the
    gamelan sets, never lead them, and a small firm offering it does not keep the reservation binding against
    them."""
    catalog = build(
        product("gamelan", "Gamelan Jawa Pelog Slendro 1 Set", "large", category="Kesenian > Alat Musik Tradisional"),
        product("talo", "Talo Balak (Gamelan Lampung) Set", "small", category="Kesenian > Alat Musik Tradisional"),
        product("tapis", "Kain Tapis Lampung", "small", category="Kerajinan > Kain Tradisional"),
    )
    ranking = rank_need_explained(catalog, need("Pengadaan Gamelan untuk Sanggar Binaan"), 10)
    assert [item.product.product.product_id for item in ranking.matches] == ["gamelan", "talo"]
    gamelan, talo = ranking.matches
    assert talo.score < gamelan.score and talo.explanation.components["fit"] <= 0.7


def test_goods_named_in_another_clause_of_a_listing_make_it_a_substitute_not_a_qualifier() -> None:
    catalog = build(
        product("box", "Nasi Kotak Ayam Bakar + Buah", price_idr=30_000, category="Makanan > Katering"),
        product(
            "lunch", "Paket Makan Siang Rapat (Nasi Kotak Premium)", price_idr=45_000, category="Makanan > Katering"
        ),
        product("ink", "Tinta Printer Epson 664", price_idr=90_000, category="Bahan Komputer"),
        product("printer", "Printer Epson EcoTank L3210", price_idr=2_500_000, category="Peralatan TIK > Printer"),
    )
    assert ids(catalog, need("Belanja Nasi Kotak Rapat")) == ["box", "lunch"]
    assert ids(catalog, need("Pengadaan Printer")) == ["printer"], "ink names a printer only as a qualifier"
    assert text.named_goods("Talo Balak (Gamelan Lampung) Set") >= {"talo", "gamelan"}


def test_a_printed_item_is_the_item_printed() -> None:
    assert {"c:cetak", "c:lanyard"} <= text.product_kinds("Cetak ID Card PVC + Tali Lanyard", "Percetakan > Kartu")
    assert {"c:cetak", "kalender"} <= text.product_kinds("Cetak Kalender Dinding 6 Lembar", "Percetakan")
    assert "c:kendaraan" not in text.product_kinds("Sewa Mobil Minibus per Hari", "Jasa > Sewa")


def test_goods_of_the_same_shelf_follow_only_goods_asked_for_that_pass_the_rules() -> None:
    catalog = build(
        PDH_UNIFORM,
        product("batik", "Kain Batik Korpri 2 meter", price_idr=145_000, category="Pakaian > Batik"),
        product("jas", "Jas / Safari Pria Bahan Wool", price_idr=2_500_000, category="Pakaian > Jas"),
        product("paper", "Kertas HVS A4 70 gsm", price_idr=50_000, category="Alat Tulis Kantor > Kertas"),
    )
    assert catalog.shelves("c:pakaian_dinas") == [("shelf:pakaian", 1.0)]
    ranked = ids(catalog, need("Belanja Pakaian Dinas Harian"))
    assert ranked[0] == "pdh" and set(ranked[1:]) == {"batik", "jas"}, "the shelf follows, no paper"
    safari = rank_need_explained(catalog, need("Belanja Pakaian Jas/Safari", pagu_idr=1_000_000), 10)
    assert safari.matches == [] and "melebihi pagu" in safari.reason, "no batik for a safari suit out of reach"


def test_the_words_an_alias_adds_to_a_shorter_alias_of_its_concept_still_qualify_it() -> None:
    """ "benih padi" names the concept seed as "benih" does, and says which seed: rice, not soybean."""
    catalog = build(
        product("rice", "Benih Padi Inpari 32 Bersertifikat", "small", tkdn_percent=None, category="Pertanian > Benih"),
        product("soy", "Benih Kedelai Anjasmoro Bersertifikat", "small", category="Pertanian > Benih"),
    )
    [phrase] = text.analyse_need("Pengadaan Benih Padi Bersertifikat").phrases
    assert [item.term for item in phrase][:2] == ["c:benih", "padi"]
    assert text.phrase_label(phrase) == "benih padi bersertifikat"
    ranking = rank_need_explained(catalog, need("Pengadaan Benih Padi Bersertifikat"), 10)
    assert ranking.matches[0].product.product.product_id == "rice"
    [pdn] = [check for check in ranking.matches[0].explanation.rules if check.rule == "domestic_content"]
    assert pdn.passed, "certified soybean seed is no rice seed: the PDN obligation does not bind on it"


def test_a_family_named_after_its_member_is_the_member_too() -> None:
    catalog = build(
        product("wormer", "Obat Cacing Ternak Albendazole 1 Liter", category="Peternakan > Obat Hewan"),
        product("paracetamol", "Paracetamol 500 mg Tablet", category="Obat > Obat Generik"),
    )
    wanted = need("Belanja Obat Hewan. Obat Cacing Oral Domba Kambing (1 Liter)")
    assert ids(catalog, wanted) == ["wormer"]


def test_related_goods_of_a_kind_closer_to_the_goods_asked_for_come_first() -> None:
    catalog = build(
        product("sport", "Kaos Olahraga Dry Fit Custom Printing", price_idr=95_000, category="Pakaian > Kaos"),
        product("safari", "Jas / Safari Pria Bahan Wool", price_idr=900_000, category="Pakaian > Jas"),
        product("shoes", "Sepatu Pantofel Wanita Kulit", price_idr=350_000, category="Pakaian > Sepatu"),
        product(
            "polo", "Kaos Polo Bordir Logo Instansi", price_idr=85_000, category="Pakaian > Kaos", tkdn_percent=None
        ),
    )
    ranked = ids(catalog, need("Belanja Pakaian Olahraga Pegawai", is_pdn=False))
    assert ranked[:2] == ["sport", "polo"], "a polo shirt is a kaos, as sportswear is: closer than a suit or shoes"
    assert set(ranked[2:]) == {"safari", "shoes"}, "the rest of the shelf still follows"


def test_natura_is_food_given_in_kind_and_its_account_names_no_animal_feed() -> None:
    catalog = build(
        product("meals", "Katering Harian Karyawan (Makan Siang)", price_idr=35_000, category="Makanan > Katering"),
        product("feed", "Pakan Ikan Pelet Apung 30 kg", price_idr=300_000, category="Perikanan > Pakan"),
        product("eggs", "Telur Ayam Ras Segar per kg", price_idr=30_000, category="Bahan Makanan > Telur"),
    )
    assert ids(catalog, need("Belanja Natura dan Pakan-Natura Tahap I"))[0] == "meals", "staff meals in kind"
    assert "feed" not in ids(catalog, need("Belanja Natura dan Pakan-Natura Pasien Rawat Inap"))
    assert "eggs" in ids(catalog, need("Belanja Natura dan Pakan-Natura-Telur Ayam"))
    steps = [words for words, _ in text.joined_clauses("Belanja Natura dan Pakan-Natura-Telur Ayam")]
    assert steps == [("belanja", "natura", "dan", "pakan"), ("natura",), ("telur", "ayam")], "every dash of a chain"
    assert ids(catalog, need("Belanja Natura dan Pakan-Pakan Ikan")) == ["feed"]


def test_the_consumables_account_perabot_kantor_buys_cleaning_goods_not_furniture() -> None:
    catalog = build(
        product("broom", "Sapu Ijuk Garut Gagang Kayu", price_idr=35_000, category="Kebersihan > Alat Kebersihan"),
        STAFF_DESK,
    )
    for name in ("Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Triwulan III",
                 "Belanja Alat/Bahan untuk Kegiatan Kantor - Perabot Kantor"):  # fmt: skip
        assert ids(catalog, need(name))[0] == "broom", name
    assert ids(catalog, need("Pengadaan Perabot Kantor Ruang Kepala Dinas"))[0] == "desk", "furniture elsewhere"


def test_a_korpri_uniform_is_the_korpri_batik() -> None:
    catalog = build(
        PDH_UNIFORM,
        product("korpri", "Kain Batik Korpri 2 meter", price_idr=145_000, category="Pakaian > Batik"),
    )
    assert ids(catalog, need("Belanja Pakaian KORPRI Pegawai"))[0] == "korpri"
    assert ids(catalog, need("Belanja Pakaian Dinas Harian"))[0] == "pdh"


def test_a_meeting_package_is_its_own_kind_of_goods_and_fullboard_is_no_meal() -> None:
    catalog = build(
        product("package", "Fullday Meeting Package Konsumsi (2 Coffee Break + Makan Siang)", price_idr=95_000),
        product("box", "Nasi Kotak Ayam Bakar + Sayur + Buah", price_idr=35_000, category="Makanan > Nasi Kotak"),
    )
    assert ids(catalog, need("Belanja Paket Meeting Dalam Kota Fullday Rakor UKPBJ Tahap II"))[0] == "package"
    assert ids(catalog, need("Paket Meeting Halfday Rapat FKUB"))[0] == "package"
    assert ids(catalog, need("Biaya Kegiatan Rapat di Luar Kantor Fullboard")) == [], "lodging: not a meals product"


def test_a_product_of_the_kind_lacking_the_qualifiers_is_a_variant_below_those_holding_them() -> None:
    catalog = build(
        product("chief", "Meja Kerja Pejabat Eselon III Kayu Jati", price_idr=9_500_000, category="Mebel > Meja"),
        product("staff", "Meja Kerja Staff 1/2 Biro 120 cm", price_idr=1_900_000, category="Mebel > Meja"),
    )
    assert ids(catalog, need("Belanja Modal Meja Kerja Pejabat Eselon II Jati")) == ["chief", "staff"]
    out_of_reach = need("Belanja Modal Meja Kerja Pejabat Eselon II Jati", pagu_idr=4_366_500)
    assert ids(catalog, out_of_reach) == ["staff"], "the desk asked for is out of reach: its variant, not nothing"
    [variant] = rank_need_explained(catalog, out_of_reach, 10).matches
    assert variant.explanation.components["fit"] < 0.75, "a variant is no genuine fit for the rules' context"


def test_an_analgesic_is_a_medicine() -> None:
    catalog = build(product("pcm", "Paracetamol 500 mg Tablet Box 10 x 10", price_idr=45_000, category="Obat > Tablet"))
    assert ids(catalog, need("Analgetik", specification="analgetik untuk pelayanan KB")) == ["pcm"]


def test_berupa_says_what_the_account_before_it_buys() -> None:
    catalog = build(
        product(
            "projector", "Proyektor Epson EB-X51 3800 Lumens", price_idr=6_500_000, category="Elektronik > Proyektor"
        ),
        product(
            "sound",
            "Paket Sound System Aula (Mixer, Speaker, Mic)",
            price_idr=15_000_000,
            category="Elektronik > Audio",
        ),
        CEMENT,
    )
    wanted = need(
        "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya berupa proyektor dan sound sistem"
    )
    assert set(ids(catalog, wanted)) == {"projector", "sound"}
    assert [c for c, _ in text.joined_clauses("Sarana Gedung berupa Proyektor")][1:] == [("proyektor",)]


def test_account_names_of_the_regulation_name_their_goods() -> None:
    catalog = build(
        product("copier", "Mesin Fotokopi Canon imageRUNNER 2625i", price_idr=45_000_000, category="Peralatan Kantor"),
        product(
            "camera", "Kamera Mirrorless Sony A6400 + Lensa Kit", price_idr=14_000_000, category="Elektronik > Kamera"
        ),
        product("ht", "Handy Talky Motorola XiR C1200", price_idr=4_500_000, category="Elektronik > Rumah Tangga"),
        product(
            "syringe", "Spuit / Disposable Syringe 3 cc Box 100", price_idr=150_000, category="Alat Kesehatan > BMHP"
        ),
        product("gloves", "Sarung Tangan Latex Non Steril isi 100", price_idr=95_000, category="Alat Kesehatan > BMHP"),
    )
    assert ids(catalog, need("Belanja Modal Alat Reproduksi")) == ["copier"]
    assert ids(catalog, need("Belanja Modal Alat Studio"))[0] == "camera", "a camera is studio equipment"
    assert ids(catalog, need("Belanja Modal Alat Komunikasi Radio UHF"))[0] == "ht"
    assert ids(catalog, need("Auto Disable Syringe BMHP"))[0] == "syringe"


def test_a_clause_opening_with_untuk_after_the_goods_is_their_purpose() -> None:
    catalog = build(
        product("sound", "Paket Sound System Aula (Mixer, Speaker, Mic)", price_idr=15_000_000, category="Elektronik"),
        product("chair", "Kursi Kerja Staff Chitose Yamato", price_idr=1_200_000, category="Mebel > Kursi"),
    )
    wanted = need(
        "Pengadaan Belanja Modal Peralatan dan Mesin (Sound System) untuk Kegiatan Pengadaan Peralatan Fasilitas"
        " Perkantoran pada Kantor Wilayah"
    )
    assert ids(catalog, wanted) == ["sound"], "the activity the goods are for is no second kind of goods"
    assert ids(catalog, need("Pengadaan Peralatan dan Fasilitas Perkantoran")) == ["chair"]


def test_central_government_output_and_account_names_name_their_goods() -> None:
    catalog = build(
        LAPTOP,
        product("sofa", "Sofa Tamu Kantor 3-1-1 + Meja", price_idr=12_000_000, category="Mebel > Sofa"),
        product("meeting", "Fullday Meeting Package Konsumsi (2 Coffee Break + Makan Siang)", price_idr=250_000),
        product("marker", "Stabilo Boss Highlighter isi 10 warna", price_idr=85_000, category="ATK > Alat Tulis"),
        product("urine", "Rapid Test Narkoba Urin 6 Parameter (per test)", price_idr=45_000, category="Alat Kesehatan"),
    )
    assert ids(catalog, need("Pengadaaan Alat Olah Data dan Komunikasi")) == ["laptop"]
    assert ids(catalog, need("Pengadaan Perangkat Pengelolah Data dan Komunikasi")) == ["laptop"]
    assert ids(catalog, need("set kursi tamu eselon II")) == ["sofa"], "a guest-room chair set is a sofa set"
    assert ids(catalog, need("Pengadaan Belanja Perjalanan Dinas Paket Meeting Dalam Kota Penyiapan Kebijakan")) == [
        "meeting"
    ]
    assert ids(catalog, need("PENGADAAN ALINS ALONGINS")) == ["marker"], "TNI instruction aids are stationery"
    assert ids(catalog, need("Belanja Barang Persediaan Barang Konsumsi - Layanan SKHPN")) == ["urine"]


def test_laboratory_materials_event_services_and_guard_meals_name_their_goods() -> None:
    catalog = build(
        CULTURE_MEDIUM,
        product("photo", "Jasa Dokumentasi Foto dan Video Kegiatan (1 Hari)", price_idr=2_500_000, category="Jasa"),
        product("tent", "Sewa Tenda Sarnafil 5 x 5 m per Hari", price_idr=750_000, category="Jasa > Sewa"),
        RICE_BOX,
        product("boots", "Sepatu PDL Lapangan Kulit (Boots)", price_idr=650_000, category="Pakaian > Sepatu"),
    )
    assert ids(catalog, need("Pengadaan Bahan Laboratorium Karantina Hewan")) == ["agar"]
    assert ids(catalog, need("Media Mikro Pengujian Laboratorium Sampel Obat")) == ["agar"]
    services = {"procurement_type": "jasa_lainnya"}
    assert ids(catalog, need("Belanja Jasa Iklan/Reklame, Film, dan Pemotretan Semester II", **services))[0] == "photo"
    assert ids(catalog, need("Belanja Jasa Penyelenggaraan Acara", **services))[0] == "tent"
    assert ids(catalog, need("PENGADAAN ULP NON ORGANIK MAKAN PIKET JAGA FUNGSI POLRES")) == ["rice"]
    assert ids(catalog, need("PENGADAAN KAPORLAP (TUTUP KAKI)")) == ["boots"], "police speak for footwear"


def test_a_sub_activity_named_after_the_goods_is_their_purpose_and_the_police_stationery_account_is_read_whole() -> (
    None
):
    catalog = build(
        product("toner", "Toner Cartridge HP 85A (CE285A) Original", price_idr=850_000, category="Komputer > Toner"),
        product("paper", "Kertas HVS A4 70 gsm Sinar Dunia", price_idr=52_000, category="ATK > Kertas"),
        product("pen", "Pulpen Gel Joyko GP-265 Hitam", price_idr=35_000, category="ATK > Alat Tulis"),
    )
    computer = need("Pengadaan Bahan Komputer - Penyediaan Peralatan dan Perlengkapan Kantor Semester II")
    assert ids(catalog, computer) == ["toner"], "the sub-activity after the goods asks for no stationery"
    assert set(ids(catalog, need("Penyediaan Peralatan dan Perlengkapan Kantor Semester II"))) == {"paper", "pen"}
    police = need("PENGADAAN PERALATAN/PERLENGKAPAN KANTOR POLRES LHOKSEUMAWE TA. 2026")
    assert set(ids(catalog, police)) == {"paper", "pen"}


def test_regional_names_of_goods_reach_their_kind() -> None:
    catalog = build(
        product("aerator", "Aerator Blower Kolam", price_idr=2_400_000, category="Perikanan > Sarana Budidaya"),
        ARCHIVE_BOX,
        CULTURE_MEDIUM,
        CEMENT,
        product("compost", "Pupuk Kompos Curah (per kg)", price_idr=2_500, category="Pertanian > Pupuk"),
    )
    assert ids(catalog, need("Pengadaan Kincir Air")) == ["aerator"], "a paddle wheel aerates a pond"
    assert ids(catalog, need("Box Dinamis", specification="karton tebal 21 x 33 cm")) == ["box"]
    assert ids(catalog, need("Belanja Potato Dextrose Agar (PDA)")) == ["agar"]
    assert ids(catalog, need("Pengadaan Bahan Baku Bangunan Pembuatan Kandang")) == ["cement"]
    assert ids(catalog, need("Belanja Pembenah Tanah Majemuk")) == ["compost"]


def test_a_unit_in_parentheses_is_no_item_of_the_account_and_a_product_keeps_the_words_of_its_concept() -> None:
    catalog = build(
        RICE_BOX,
        SNACK_BOX,
        product("buffet", "Katering Prasmanan Menu Nusantara per Pax", price_idr=85_000, category="Jasa > Katering"),
        product("van", "Mobil Penerangan / Pelayanan Keliling", price_idr=95_000_000, category="Kendaraan > Khusus"),
    )
    meeting = need("Belanja Makanan dan Minuman Rapat (Samsat Keliling Tanjung)", pagu_idr=24_035_000)
    assert set(ids(catalog, meeting)) == {"rice", "snack"}, "a Samsat unit is where, not what"
    assert text.analyse_need(meeting.package_name).specified_by[0] == (), "the unit leaves the meals asked for"
    printing = text.analyse_need("Penyediaan Barang Cetakan dan Penggandaan (Samsat Keliling Rantau)")
    assert printing.specified_by[0] == (), "an account's item is goods the vocabulary knows, not a unit"
    kept = dict(text.document_terms("Nasi Kotak Ayam Bakar"))
    assert kept["c:nasi_kotak"] == 1.0 and kept["nasi"] == text.ALIAS_WORD_WEIGHT, "boxed rice still says 'nasi'"
    guard = need("PENGADAAN MAKAN JAGA KAWAL POLSEK SENAYANG T.A 2026")
    assert ids(catalog, guard)[0] == "rice", "police guard meals come as boxed rice"


def test_more_names_of_goods_from_real_packages() -> None:
    catalog = build(
        product("moth", "Kamper Bola (Kapur Barus) 1 pak", price_idr=15_000, category="Alat Rumah Tangga > Pengharum"),
        product("trophy", "Piala Trofi Kejuaraan Tinggi 60 cm", price_idr=450_000, category="Souvenir > Piala"),
        product("ap", "Access Point Ubiquiti UniFi U6 Lite", price_idr=2_100_000, category="Peralatan TIK > Jaringan"),
        product("pju", "Lampu PJU LED 100 Watt Lengkap Bracket", price_idr=1_750_000, category="Elektronik > Lampu"),
        product(
            "shelf", "Rak Arsip Besi Mobile File (Roll O'Pack) 1 Bay", price_idr=28_000_000, category="Mebel > Rak"
        ),
        product("vest", "Pelampung / Life Jacket SOLAS", price_idr=650_000, category="Peralatan SAR"),
    )
    assert ids(catalog, need("Kapur Barus", specification="kapur barus pengharum lemari")) == ["moth"]
    assert ids(catalog, need("Belanja Hadiah yang Bersifat Perlombaan Pekan K3")) == ["trophy"]
    assert ids(catalog, need("Pengadaan Peralatan Link UPTD (Wireless LAN)")) == ["ap"]
    assert ids(catalog, need("Pengadaan Armatur, Fotocel dan Kontaktor")) == ["pju"]
    assert ids(catalog, need("Pengadaan Material PJU, Panel Jaringan dan Hias"))[0] == "pju"
    assert ids(catalog, need("Pengadaan compaq rolling shelving")) == ["shelf"]
    assert ids(catalog, need("Pengadaan Perlengkapan Kapal Pengawas")) == ["vest"]


def test_a_school_setting_asks_for_school_furniture_first_but_its_other_rooms_for_their_own() -> None:
    catalog = build(
        STAFF_DESK,
        product("pupil", "Meja Kursi Siswa SD 1 Set (1 Meja 2 Kursi)", price_idr=1_100_000, category="Mebel > Sekolah"),
    )
    assert ids(catalog, need("Pengadaan Mebel SMK (DAK) Tahun 2025"))[0] == "pupil"
    assert ids(catalog, need("Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Lampung 3"))[0] == "pupil"
    head_room = need("Pengadaan Mebel Rehabilitasi Ruang Kepala Sekolah SMK Negeri (DAK)")
    assert "c:mebel_sekolah" not in text.analyse_need(head_room.package_name).weights, "a head's office is an office"
    assert set(ids(catalog, need("Pengadaan Meubelair Kantor"))) == {"desk", "pupil"}, "no setting: the family"


def test_supplementary_feeding_written_the_other_way_round() -> None:
    catalog = build(product("pmt", "Biskuit PMT Ibu Hamil 1 Dus", price_idr=95_000, category="Makanan > PMT"))
    assert ids(catalog, need("Pengadaan Pemberian Tambahan Makanan dan Vitamin")) == ["pmt"]


def test_names_of_goods_from_the_thirteenth_blind_set() -> None:
    catalog = build(
        LAPTOP,
        product("truck", "Dump Truck 6 Roda 8 m3", price_idr=650_000_000, category="Kendaraan > Truk"),
        ARCHIVE_BOX,
        product("net", "Net Voli Standar Pertandingan", price_idr=450_000, category="Olahraga > Voli"),
        product("fungicide", "Fungisida Antracol 1 kg", price_idr=180_000, category="Pertanian > Pestisida"),
        product("rice", "Beras Premium Lokal 25 kg", price_idr=350_000, category="Bahan Makanan > Beras"),
        product("paper", "Kertas HVS F4 / Folio 70 gsm Sinar Dunia", price_idr=55_000, category="ATK > Kertas"),
    )
    assert ids(catalog, need("Pengadaan Note Book (DAK )")) == ["laptop"]
    assert ids(catalog, need("Belanja Modal Pengadaan Alat angkutan Darat Bermotor Dump Truck", pagu_idr=10**9)) == [
        "truck"
    ]
    assert ids(catalog, need("Pengadaan Dus Arsip Tahun 2026"))[0] == "box"
    assert ids(catalog, need("Pengadaan Peralatan Penjaskes (Sisa DAK 2012)")) == ["net"]
    assert ids(catalog, need("Pengadaan Bahan dan Sarana Pengendalian OPT Hortikultura")) == ["fungicide"]
    assert ids(catalog, need("Paket Pengadaan Subsidi Bahan Pokok Distribusi Pangan"))[0] == "rice"
    police = need("PENGADAAN PARALATAN / PERLENGKAPAN KANTOR POLRES OKU TIMUR TA. 2026")
    assert set(ids(catalog, police)) == {"paper", "box"}, "a misspelt stationery account is still one"


def test_detainee_and_guard_meals_and_chilli_seedlings() -> None:
    catalog = build(
        product("inmates", "Penyediaan Makan Warga Binaan (3x sehari)", price_idr=45_000, category="Jasa > Katering"),
        SNACK_BOX,
        product("chilli", "Bibit Cabai / Tomat Semai Tray", price_idr=500, category="Pertanian > Bibit"),
        product("coffee", "Bibit Kopi Robusta Sambung Pucuk", price_idr=5_500, category="Pertanian > Bibit"),
    )
    assert ids(catalog, need("PENGADAAN KONSUMSI TAHANAN POLRES JEMBRANA T.A.2026"))[0] == "inmates"
    assert ids(catalog, need("Pengadaan Bibit Cabe Rawit"))[0] == "chilli", "cabe is cabai"
