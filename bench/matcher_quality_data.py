# ruff: noqa: E501  (template and grading tables read better one entry per line)
"""Generator of the matcher's labeled quality set: bench/data/matcher_quality.json.

    uv run python -m bench.matcher_quality_data            # rewrites the JSON (deterministic: same seed, same bytes)

What it makes (seed SEED, Python's random.Random, no other input):
- 240 suppliers: most in Lampung's kab/kota, some in Java (a national catalog); scale mikro/kecil/menengah/
  besar, some cooperatives, completed contracts 0-12.
- 2,865 products of 65 product types (PRODUCT_TYPES), written as e-katalog listings are: a name from the
  type's name templates with brands, sizes, motifs and materials filled in; a description from its
  description templates plus generic listing filler ("Cocok untuk kegiatan kantor, seminar dan acara
  instansi", "Pengiriman ke seluruh kabupaten/kota di Provinsi Lampung") that misleads keyword search;
  price, unit, monthly capacity, KBKI code; TKDN/BMP (80% certified).
  The types include the hard negatives keyword search confuses: kain pel / kain lap beside kain tapis,
  mesin fotokopi / mesin jahit / mesin kopi beside mesin pertanian, first-aid kits, rapid-test kits, tool
  kits and science kits beside seminar kits, toy tractors, motorcycle tyres and helmets ("roda dua")
  beside two-wheel tractors, a farming handbook and fertiliser ("pertanian") beside farm machines, a
  laptop backpack "cocok untuk seminar" beside seminar bags, and copy paper ("kertas fotokopi").
- 215 needs (RUP packages) from 36 intents (INTENTS): package names as SIRUP lists them ("Belanja
  Cenderamata Kegiatan Rakor Provinsi", "Pengadaan Seminar Kit Bimtek Aparatur Desa", "Belanja Modal Alat
  Pertanian Traktor Roda Dua"), half with a specification, a volume, a pagu sized from the typical price,
  a region; some with a tight pagu, some with a domicile clause, some non-UMK or non-PDN.

How every (need, product) pair is graded, by these rules, written before the ranker was tuned and never
changed to suit it:
1. relevance from the intent's hand-written sets: 3 if the product's type is in the intent's `grade3`
   types (what the package asks for), 2 if in `grade2` (an acceptable substitute), 1 if in `grade1`
   (related, a buyer would glance at it), else 0.
2. the grade is 0 when the law or the package rules the product out, whatever its relevance:
   a. unit price x volume above the pagu;
   b. monthly capacity x 3 months below the volume;
   c. a domicile clause in the package and a supplier outside the required province;
   d. a reserved package (pagu <= Rp 15 miliar or UMK-flagged) and a menengah/besar non-cooperative
      supplier, when some micro/small/cooperative supplier offers a product of relevance >= 2 that passes
      a-c (Perpres 12/2021 Pasal 65(4));
   e. a PDN package and a product without TKDN >= 25% and TKDN+BMP >= 40%, when some product of
      relevance >= 2 that passes a-d meets them (Perpres 12/2021 Pasal 66).
Both numbers are stored per pair: `relevance` (rule 1) and `grade` (rules 1-2).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEED = 20260511
OUT = Path(__file__).parent / "data" / "matcher_quality.json"
LAMPUNG = ["18.01", "18.02", "18.03", "18.04", "18.05", "18.06", "18.07", "18.08", "18.09", "18.10", "18.11",
           "18.12", "18.13", "18.71", "18.72"]  # fmt: skip
ELSEWHERE = ["32.73", "33.74", "35.78", "31.71", "16.71"]
TKDN_MIN, TKDN_BMP_MIN, RESERVED_PAGU, DELIVERY_MONTHS = 25.0, 40.0, 15_000_000_000, 3


@dataclass(frozen=True)
class ProductType:
    names: tuple[str, ...]
    descriptions: tuple[str, ...]
    category: str
    kbki: str
    price: tuple[int, int]
    unit: str = "buah"
    count: int = 45
    capacity: tuple[int, ...] = (50, 100, 300, 1000)


def _t(names: str, descriptions: str, category: str, kbki: str, price: tuple[int, int], **kw: Any) -> ProductType:
    return ProductType(tuple(names.split(" || ")), tuple(descriptions.split(" || ")), category, kbki, price, **kw)


SLOTS: dict[str, list[str]] = {
    "motif": ["Pucuk Rebung", "Siger", "Kapal", "Gajah", "Bunga Cengkeh", "Sasab", "Jung Sarat", "Tajuk Ayun"],
    "ikm": ["Jejama", "Ruwa Jurai", "Sai Bumi", "Nuwo Balak", "Pesagi", "Gunung Betung", "Sekala Brak", "Way Halim"],
    "size": ["30x40 cm", "40x60 cm", "50x70 cm", "60x90 cm", "100x200 cm"],
    "color": ["Hitam", "Merah", "Biru Dongker", "Hijau", "Cokelat", "Putih", "Marun"],
    "material": ["Kanvas", "Blacu", "Spunbond 75 gsm", "Dinir", "Goni", "Kulit Sintetis"],
    "brand_atk": ["Standard", "Snowman", "Kenko", "Joyko", "Faber-Castell", "Deli", "Bantex"],
    "brand_office": ["Canon", "Kyocera", "Fuji Xerox", "Sharp", "Ricoh"],
    "brand_pc": ["ASUS", "Lenovo", "Acer", "HP", "Axioo", "Advan"],
    "brand_agri": ["Quick", "Yanmar", "Kubota", "G-Tech", "Sinjai", "Maksindo", "Agrindo"],
    "hp": ["5,5 HP", "7 HP", "8,5 HP", "9 HP", "13 HP", "16 HP"],
    "vol": ["250 gr", "500 gr", "1 kg"],
    "ml": ["500 ml", "800 ml", "1 liter", "4 liter", "5 liter"],
}

PRODUCT_TYPES: dict[str, ProductType] = {
    # ---- Lampung crafts and textiles
    "tapis_kain": _t(
        "Kain Tapis Motif {motif} || Tapis Lampung Motif {motif} Benang Emas || Kain Tapis {ikm} {motif} || Sarung Tapis {motif} Tenun Ikat",
        "Kain tapis tenun tangan sulam benang emas motif {motif}, ukuran {size}. || Tapis asli Lampung dengan sulaman benang emas dan kaca, motif {motif}, ukuran {size}. || Kain tenun tapis khas Lampung untuk busana adat dan pajangan, motif {motif}.",
        "tekstil tradisional", "2661", (750_000, 6_500_000), unit="lembar", capacity=(10, 20, 40)),
    "tapis_hiasan": _t(
        "Hiasan Dinding Tapis Bingkai Kayu {size} || Pajangan Tapis Motif {motif} Berbingkai || Lukisan Tapis {motif} Bingkai Jati",
        "Dekorasi dinding dari kain tapis motif {motif} dengan bingkai kayu, ukuran {size}. || Hiasan ruangan tapis berbingkai kaca, cocok untuk ruang tamu dan kantor.",
        "dekorasi", "3899", (350_000, 2_500_000), capacity=(10, 30, 60)),
    "tapis_tas": _t(
        "Tas Tapis Wanita Motif {motif} || Clutch Tapis {motif} || Dompet Tapis {color}",
        "Tas wanita dengan aksen kain tapis motif {motif}, warna {color}. || Tas pesta tapis Lampung dengan tali rantai, warna {color}.",
        "fashion", "2922", (150_000, 850_000), capacity=(30, 60, 120)),
    "sulam_usus": _t(
        "Taplak Meja Sulam Usus {color} || Kebaya Sulam Usus {color} || Selendang Sulam Usus Motif {motif}",
        "Kerajinan sulam usus khas Lampung warna {color}, dikerjakan tangan. || Sulaman usus satin warna {color} untuk busana dan dekorasi meja.",
        "tekstil tradisional", "2799", (200_000, 1_500_000), capacity=(20, 40, 80)),
    "batik": _t(
        "Kain Batik Lampung Motif {motif} || Batik Tulis Lampung {motif} {color} || Kemeja Batik Motif {motif}",
        "Batik tulis motif {motif} warna {color}, bahan katun primisima. || Kain batik cap motif khas Lampung, ukuran 2 x 1,15 m.",
        "tekstil", "2662", (150_000, 1_200_000), unit="lembar", capacity=(50, 100, 200)),
    "anyaman": _t(
        "Tas Anyaman Pandan {color} || Keranjang Anyaman Bambu {size} || Kotak Anyaman Rotan Serbaguna",
        "Kerajinan anyaman tangan dari pandan/bambu, warna {color}. || Anyaman bambu halus karya pengrajin desa, ukuran {size}.",
        "kerajinan", "3193", (35_000, 350_000), capacity=(100, 200, 500)),
    # ---- souvenirs
    "gantungan_kunci": _t(
        "Gantungan Kunci Siger Akrilik || Gantungan Kunci Motif Tapis || Ganci Logo Custom Karet || Gantungan Kunci Kayu Ukir Lampung",
        "Cenderamata gantungan kunci bentuk siger, cetak dua sisi. || Souvenir gantungan kunci custom logo instansi, minimal pesan 100. || Oleh-oleh khas Lampung berupa gantungan kunci motif tapis.",
        "souvenir", "3899", (5_000, 35_000), capacity=(500, 1000, 3000)),
    "plakat": _t(
        "Plakat Kayu Ukir Logo Instansi || Plakat Akrilik Custom {size} || Plakat Siger Kuningan Kotak Beludru || Vandel Kayu Jati Grafir",
        "Plakat penghargaan kayu jati dengan grafir logo dan tulisan, kotak beludru. || Cenderamata plakat akrilik full print untuk tamu kehormatan. || Plakat siger berlapis kuningan sebagai tanda mata khas Lampung.",
        "souvenir", "3899", (150_000, 1_200_000), capacity=(50, 100, 200)),
    "miniatur": _t(
        "Miniatur Siger Kuningan || Miniatur Rumah Adat Nuwo Sesat || Miniatur Kapal Jung Kayu || Pajangan Meja Siger Mini",
        "Souvenir miniatur siger lapis kuningan dengan kotak mika. || Miniatur rumah adat Lampung dari kayu, cocok sebagai kenang-kenangan.",
        "souvenir", "3899", (75_000, 650_000), capacity=(50, 150, 300)),
    "tumbler": _t(
        "Tumbler Stainless Custom Logo 500 ml || Mug Keramik Sablon Logo || Botol Minum Plastik Custom {color} || Tumbler Bambu Grafir",
        "Tumbler stainless tahan panas dingin, bisa cetak logo instansi, warna {color}. || Mug keramik putih cetak full color untuk merchandise kegiatan.",
        "merchandise", "4299", (25_000, 150_000), capacity=(300, 1000, 2000)),
    # ---- seminar kits
    "seminar_kit": _t(
        "Seminar Kit Tas {material} + Notes + Pulpen || Tas Seminar Kit {material} Sablon Logo || Paket Seminar Kit Lengkap Motif Tapis || Seminar Kit Map Resleting {color}",
        "Paket seminar kit berisi tas {material}, notes, pulpen dan map, sablon logo kegiatan. || Tas seminar bahan {material} warna {color} dengan sablon logo instansi, isi block note dan pulpen.",
        "seminar kit", "2922", (35_000, 185_000), unit="paket", capacity=(300, 1000, 2000)),
    "goodie_bag": _t(
        "Goodie Bag {material} Sablon 1 Warna || Goody Bag Tali Kur {color} || Tas Goodie Bag Lipat {material} || Goodie Bag Batik Tapis",
        "Goodie bag bahan {material} ukuran 30x40 cm, sablon logo, untuk acara dan seminar. || Tas jinjing {material} warna {color}, sablon logo, cocok untuk goodie bag peserta.",
        "seminar kit", "2922", (6_000, 75_000), capacity=(500, 2000, 5000)),
    "map_seminar": _t(
        "Map Seminar Jaring Resleting Sablon || Map Peserta Kulit Sintetis {color} || Map Seminar Motif Tapis || Folder Seminar Kancing Logo",
        "Map seminar untuk peserta dengan sablon logo acara, warna {color}. || Map peserta kegiatan dengan slot pulpen dan kartu nama.",
        "seminar kit", "3229", (8_000, 60_000), capacity=(500, 1000, 3000)),
    "lanyard": _t(
        "Lanyard Tali ID Card Printing 2 cm + Casing || Tali ID Card Custom {color} || Name Tag Peserta Akrilik",
        "Lanyard printing full color dua sisi dengan stopper dan casing ID card. || Tanda pengenal peserta kegiatan, cetak nama dan logo.",
        "seminar kit", "2799", (5_000, 30_000), capacity=(1000, 3000)),
    # ---- ATK
    "pulpen": _t(
        "Pulpen Gel {brand_atk} 0,5 mm (1 lusin) || Bolpoin {brand_atk} {color} (isi 12) || Pena Ballpoint {brand_atk} Hitam || Pulpen Tinta Cair {brand_atk}",
        "Pulpen gel tinta {color}, ujung 0,5 mm, isi 12 batang per kotak. || Bolpoin untuk keperluan kantor dan sekolah, merek {brand_atk}.",
        "alat tulis kantor", "3891", (15_000, 60_000), unit="kotak", capacity=(500, 2000)),
    "kertas": _t(
        "Kertas HVS A4 70 gsm Sinar Dunia (1 rim) || Kertas F4 80 gsm PaperOne (1 rim) || Kertas HVS Folio 70 gsm || Kertas Fotokopi A4 75 gsm (1 rim)",
        "Kertas HVS putih 500 lembar per rim untuk printer dan mesin fotokopi. || Kertas fotokopi A4 berkualitas, tidak mudah macet di printer.",
        "alat tulis kantor", "3212", (42_000, 65_000), unit="rim", capacity=(1000, 5000)),
    "map_atk": _t(
        "Map Plastik Kancing Folio {brand_atk} || Stopmap Kertas Diamond {color} || Ordner {brand_atk} 1450 Folio || Box File {brand_atk} {color}",
        "Map plastik kancing ukuran folio untuk arsip kantor, warna {color}. || Ordner bindex folio untuk menyimpan dokumen arsip.",
        "alat tulis kantor", "3229", (2_500, 45_000), capacity=(1000, 3000)),
    "stapler": _t(
        "Stapler Max HD-10 || Stapler {brand_atk} Besar HD-50 || Isi Staples No.10 {brand_atk} (1 kotak)",
        "Stapler untuk menjepit kertas hingga 20 lembar. || Isi staples nomor 10, 1 kotak isi 20 pak.",
        "alat tulis kantor", "4299", (3_000, 95_000), capacity=(500, 2000)),
    "spidol": _t(
        "Spidol Whiteboard {brand_atk} BG-12 {color} || Stabilo Boss Highlighter || Spidol Permanen {brand_atk} (1 lusin)",
        "Spidol papan tulis warna {color}, mudah dihapus. || Spidol permanen tinta tahan air untuk kantor.",
        "alat tulis kantor", "3891", (8_000, 95_000), capacity=(500, 2000)),
    "buku": _t(
        "Buku Tulis Sidu 38 Lembar (1 pak) || Buku Agenda Kulit {color} || Block Note A5 Logo Custom || Buku Folio Bergaris 100 Lembar",
        "Buku tulis bergaris untuk catatan kantor dan sekolah. || Buku agenda sampul kulit sintetis warna {color}, bisa cetak logo.",
        "alat tulis kantor", "3229", (5_000, 85_000), capacity=(500, 2000)),
    "amplop": _t(
        "Amplop Coklat Folio (1 pak) || Amplop Putih Kop Instansi 110 || Amplop Jaya 104 Putih (1 kotak)",
        "Amplop untuk surat dinas, bisa cetak kop instansi. || Amplop coklat ukuran folio untuk dokumen.",
        "alat tulis kantor", "3229", (15_000, 75_000), unit="pak", capacity=(500, 2000)),
    # ---- office machines and computers
    "fotokopi": _t(
        "Mesin Fotokopi {brand_office} iR 2625 || Mesin Fotocopy {brand_office} Multifungsi A3 || Mesin Foto Kopi {brand_office} Digital 30 ppm",
        "Mesin fotokopi multifungsi untuk kantor: copy, print, scan, kecepatan 25-30 lembar per menit. || Mesin fotocopy A3/A4 dengan duplex otomatis dan garansi servis.",
        "mesin kantor", "4519", (18_000_000, 95_000_000), unit="unit", capacity=(2, 5, 10)),
    "printer": _t(
        "Printer Epson L3210 || Printer Laser {brand_pc} Mono || Printer Inkjet {brand_pc} Multifungsi || Printer {brand_office} Pixma G2020",
        "Printer tinta isi ulang untuk kebutuhan cetak kantor. || Printer laser monokrom cepat untuk dokumen kantor.",
        "mesin kantor", "4521", (1_800_000, 6_500_000), unit="unit", capacity=(10, 30)),
    "tinta": _t(
        "Tinta Epson 003 {color} || Toner {brand_pc} 85A || Tinta Refill Printer 100 ml {color} || Cartridge {brand_office} PG-810",
        "Tinta printer original untuk hasil cetak tajam. || Toner printer laser, hasil cetak hingga 1.600 halaman.",
        "bahan komputer", "3514", (65_000, 1_200_000), capacity=(100, 500)),
    "laptop": _t(
        "Laptop {brand_pc} 14 inci Core i5 || Notebook {brand_pc} Ryzen 5 8 GB || Laptop {brand_pc} Core i3 SSD 512 GB",
        "Laptop untuk operasional kantor, RAM 8 GB, SSD 512 GB, Windows 11. || Notebook ringan layar 14 inci, baterai tahan lama, TKDN tersertifikasi.",
        "komputer", "4521", (6_500_000, 18_000_000), unit="unit", capacity=(20, 50, 100)),
    "komputer": _t(
        "PC Desktop {brand_pc} Core i5 || Komputer All in One {brand_pc} 24 inci || PC Rakitan Kantor Core i3",
        "Komputer desktop lengkap monitor, keyboard dan mouse untuk kantor. || PC all in one layar 24 inci untuk administrasi.",
        "komputer", "4521", (5_500_000, 16_000_000), unit="unit", capacity=(20, 50)),
    "tas_laptop": _t(
        "Tas Laptop Ransel {color} 15 inci || Tas Ransel Kerja {material} Anti Air || Backpack Laptop Eiger {color}",
        "Tas ransel laptop 15 inci bahan {material}, cocok untuk kerja, seminar dan perjalanan dinas. || Ransel punggung banyak kantong untuk laptop dan dokumen.",
        "tas", "2922", (150_000, 650_000), capacity=(100, 300)),
    # ---- furniture and appliances
    "meja": _t(
        "Meja Kerja Kantor 1/2 Biro || Meja Rapat Kayu 240 cm || Meja Tulis Kayu Jati {color}",
        "Meja kerja kantor bahan kayu olahan dengan laci kunci. || Meja rapat untuk 8 orang, finishing melamin.",
        "mebel", "3811", (850_000, 6_500_000), unit="unit", capacity=(10, 30)),
    "kursi": _t(
        "Kursi Kantor Hidrolik {color} || Kursi Lipat Chitose || Kursi Kerja Staf Jaring",
        "Kursi kerja kantor dengan sandaran jaring dan roda. || Kursi lipat besi untuk ruang rapat dan acara.",
        "mebel", "3811", (250_000, 2_500_000), unit="unit", capacity=(20, 50, 100)),
    "ac": _t(
        "AC Split 1 PK {brand_pc} || AC Split 2 PK Inverter || Air Conditioner 1,5 PK Low Watt",
        "Pendingin ruangan hemat listrik untuk kantor, termasuk pemasangan. || AC split inverter dengan freon R32.",
        "elektronik", "4471", (3_200_000, 9_500_000), unit="unit", capacity=(10, 30)),
    # ---- cleaning
    "kain_pel": _t(
        "Kain Pel Microfiber Refill || Alat Pel Lantai Putar (Spin Mop) || Kain Pel Katun Tebal {color} || Tongkat Pel dan Kain Pel Set",
        "Kain pel untuk membersihkan lantai kantor, bahan microfiber menyerap air. || Alat pel lantai dengan ember pemeras, kain pel bisa diganti.",
        "alat kebersihan", "2799", (25_000, 250_000), capacity=(200, 500, 1000)),
    "kain_lap": _t(
        "Kain Lap Microfiber 40x40 cm || Serbet Kain Katun (1 lusin) || Kain Majun Perca (5 kg)",
        "Kain lap serbaguna untuk membersihkan meja dan kaca. || Serbet kain katun menyerap air untuk dapur dan kantor.",
        "alat kebersihan", "2799", (10_000, 120_000), capacity=(300, 1000)),
    "sapu": _t(
        "Sapu Ijuk Gagang Kayu || Sapu Lidi Kelapa || Sapu Lantai Nilon {color}",
        "Sapu untuk membersihkan lantai kantor dan halaman. || Sapu ijuk kuat dan awet, gagang kayu.",
        "alat kebersihan", "3899", (15_000, 60_000), capacity=(200, 500)),
    "pembersih": _t(
        "Cairan Pembersih Lantai {ml} || Karbol Sereh {ml} || Pembersih Kaca Semprot {ml}",
        "Cairan pembersih lantai wangi, membunuh kuman. || Karbol wangi sereh untuk lantai dan kamar mandi.",
        "bahan kebersihan", "3532", (12_000, 95_000), capacity=(500, 2000)),
    "sabun": _t(
        "Sabun Cuci Tangan Cair {ml} || Sabun Cair Antiseptik Refill {ml} || Deterjen Bubuk 1,8 kg",
        "Sabun cuci tangan cair lembut di tangan. || Sabun antiseptik refill untuk wastafel kantor.",
        "bahan kebersihan", "3532", (15_000, 120_000), capacity=(500, 2000)),
    # ---- agricultural machinery (alsintan)
    "traktor_roda_dua": _t(
        "Traktor Tangan {brand_agri} {hp} || Hand Tractor {brand_agri} G1000 Boxer || Traktor Roda Dua {hp} Bajak Singkal || Traktor Tangan (Hand Tractor) {brand_agri} Diesel",
        "Traktor roda dua untuk olah tanah sawah dan lahan kering, mesin diesel {hp}, lengkap bajak dan gelebek. || Hand tractor bermesin diesel {hp} untuk pengolahan tanah kelompok tani.",
        "alat dan mesin pertanian", "4413", (18_000_000, 38_000_000), unit="unit", capacity=(2, 4, 8, 15)),
    "traktor_roda_empat": _t(
        "Traktor Roda Empat {brand_agri} 40 HP || Traktor 4 Roda {brand_agri} L4018 || Traktor Roda 4 Mini 25 HP",
        "Traktor roda empat untuk pengolahan lahan luas, dilengkapi rotary. || Traktor 4 roda bermesin diesel dengan implemen bajak piringan.",
        "alat dan mesin pertanian", "4413", (180_000_000, 420_000_000), unit="unit", capacity=(1, 2, 4)),
    "kultivator": _t(
        "Kultivator Mini Tiller {brand_agri} {hp} || Cultivator {brand_agri} Bensin {hp}",
        "Kultivator untuk menggemburkan tanah kebun dan sawah, mesin bensin {hp}. || Mini tiller ringan untuk lahan hortikultura.",
        "alat dan mesin pertanian", "4413", (6_500_000, 16_000_000), unit="unit", capacity=(4, 8, 15)),
    "perontok": _t(
        "Mesin Perontok Padi Power Thresher {brand_agri} || Thresher Multiguna {hp} || Perontok Padi {brand_agri} Diesel",
        "Mesin perontok gabah bermesin diesel kapasitas 1 ton per jam. || Power thresher untuk merontokkan padi dan kedelai.",
        "alat dan mesin pertanian", "4414", (12_000_000, 28_000_000), unit="unit", capacity=(2, 5, 10)),
    "pencacah": _t(
        "Mesin Pencacah Rumput (Chopper) {hp} || Mesin Pencacah Hijauan Pakan Ternak {brand_agri} || Chopper Rumput Gajah {hp}",
        "Mesin pencacah rumput untuk pakan ternak kapasitas 1 ton per jam. || Chopper hijauan pakan sapi dan kambing, mesin {hp}.",
        "alat dan mesin pertanian", "4414", (6_000_000, 18_000_000), unit="unit", capacity=(3, 6, 12)),
    "pengupas_kopi": _t(
        "Mesin Pengupas Kopi (Huller) {brand_agri} || Mesin Pulper Kopi Basah {hp} || Huller Kopi Kering 300 kg/jam",
        "Mesin pengupas kulit kopi robusta kapasitas 300 kg per jam. || Pulper kopi untuk mengupas kulit buah kopi basah petani.",
        "alat dan mesin pertanian", "4414", (9_000_000, 32_000_000), unit="unit", capacity=(2, 5, 10)),
    "pompa_air": _t(
        "Pompa Air Irigasi 3 Inci {brand_agri} || Pompa Alkon 2 Inci Bensin || Water Pump Irigasi {hp}",
        "Pompa air untuk irigasi sawah, mesin bensin {hp}, debit 1.000 liter per menit. || Mesin pompa air alkon untuk mengairi lahan pertanian.",
        "alat dan mesin pertanian", "4321", (2_500_000, 9_000_000), unit="unit", capacity=(5, 10, 30)),
    "sprayer": _t(
        "Hand Sprayer Elektrik 16 Liter || Knapsack Sprayer {brand_agri} Manual || Power Sprayer {hp}",
        "Alat semprot hama tanaman kapasitas 16 liter dengan baterai. || Sprayer gendong untuk penyemprotan pestisida.",
        "alat dan mesin pertanian", "4414", (250_000, 4_500_000), unit="unit", capacity=(20, 50, 100)),
    "transplanter": _t(
        "Rice Transplanter 4 Baris {brand_agri} || Mesin Tanam Padi {brand_agri} Walking Type",
        "Mesin tanam padi 4 baris untuk mempercepat penanaman. || Rice transplanter bermesin bensin, jarak tanam dapat diatur.",
        "alat dan mesin pertanian", "4413", (55_000_000, 120_000_000), unit="unit", capacity=(1, 2, 4), count=25),
    "combine": _t(
        "Combine Harvester Mini {brand_agri} || Mesin Panen Padi {brand_agri} Crawler",
        "Mesin panen padi yang memotong, merontokkan dan membersihkan gabah sekaligus. || Combine harvester untuk panen padi lahan sawah.",
        "alat dan mesin pertanian", "4414", (250_000_000, 480_000_000), unit="unit", capacity=(1, 2), count=20),
    "mesin_potong_rumput": _t(
        "Mesin Potong Rumput Gendong {brand_agri} {hp} || Brush Cutter {brand_agri} 2 Tak || Mesin Pemotong Rumput Dorong",
        "Mesin pemotong rumput untuk taman kantor dan halaman. || Brush cutter gendong untuk merapikan rumput liar.",
        "peralatan taman", "4412", (1_200_000, 5_500_000), unit="unit", capacity=(10, 30)),
    # ---- keyword look-alikes of farm machines
    "mainan_traktor": _t(
        "Mainan Traktor Anak Die Cast || Mainan Traktor Sawah Remote Control || Miniatur Traktor Pertanian Mainan",
        "Mainan traktor pertanian untuk edukasi anak, bahan plastik ABS. || Mainan anak traktor sawah dengan remote control, baterai isi ulang.",
        "mainan", "3852", (45_000, 350_000), capacity=(100, 300)),
    "ban_motor": _t(
        "Ban Sepeda Motor Roda Dua IRC 80/90-17 || Ban Luar Motor {color} Tubeless || Ban Dalam Sepeda Motor 2,50-17",
        "Ban kendaraan roda dua tubeless untuk motor dinas. || Ban sepeda motor tahan bocor, kembangan semi trail.",
        "suku cadang kendaraan", "3611", (120_000, 650_000), capacity=(50, 200)),
    "helm": _t(
        "Helm Sepeda Motor Roda Dua SNI {color} || Helm Proyek Safety {color} || Helm Full Face {color}",
        "Helm pengendara roda dua berstandar SNI. || Helm keselamatan kerja untuk proyek dan lapangan.",
        "perlengkapan keselamatan", "3899", (85_000, 650_000), capacity=(50, 200)),
    "mesin_jahit": _t(
        "Mesin Jahit Portable Butterfly || Mesin Jahit Industri High Speed || Mesin Obras Benang 4",
        "Mesin jahit untuk pelatihan menjahit dan UMKM konveksi. || Mesin jahit industri kecepatan tinggi dengan motor servo.",
        "mesin industri", "4461", (1_500_000, 8_500_000), unit="unit", capacity=(5, 20)),
    "buku_pertanian": _t(
        "Buku Panduan Budidaya Pertanian Organik || Buku Teknik Pertanian Modern || Buku Saku Penyuluh Pertanian",
        "Buku panduan pertanian untuk penyuluh dan kelompok tani, 180 halaman. || Buku teknik budidaya padi dan mekanisasi pertanian.",
        "buku", "3220", (45_000, 150_000), capacity=(200, 1000)),
    "pupuk": _t(
        "Pupuk Organik Cair untuk Pertanian 1 Liter || Pupuk NPK Mutiara 16-16-16 (50 kg) || Pupuk Kompos Kelompok Tani (25 kg)",
        "Pupuk organik cair untuk tanaman pertanian dan hortikultura. || Pupuk majemuk NPK untuk padi, jagung dan sayuran.",
        "sarana produksi pertanian", "3463", (35_000, 850_000), capacity=(200, 1000)),
    # ---- the other senses of "kit"
    "p3k": _t(
        "Kotak P3K Dinding Lengkap (First Aid Kit) || Kit P3K Kendaraan || Tas P3K Lapangan Isi Lengkap",
        "Kotak P3K berisi perban, plester, antiseptik dan gunting, sesuai standar kantor. || First aid kit untuk kendaraan dinas dan kegiatan lapangan.",
        "alat kesehatan", "4817", (95_000, 650_000), capacity=(50, 200)),
    "rapid_test": _t(
        "Rapid Test Kit Antigen (25 test) || Alat Tes Cepat Antigen Swab || Test Kit Gula Darah (50 strip)",
        "Rapid test antigen dengan hasil 15 menit, izin edar Kemenkes. || Test kit untuk pemeriksaan cepat di puskesmas.",
        "alat kesehatan", "3526", (150_000, 1_500_000), unit="kotak", capacity=(100, 500)),
    "tool_kit": _t(
        "Tool Kit Set 108 pcs Krisbow || Kunci Set Bengkel 46 pcs || Kotak Perkakas Lengkap {color}",
        "Tool kit lengkap untuk bengkel dan perawatan kendaraan dinas. || Perkakas kunci pas, obeng dan tang dalam satu koper.",
        "perkakas", "4292", (250_000, 2_500_000), capacity=(20, 100)),
    "kit_praktikum": _t(
        "Kit Praktikum IPA SD || Alat Peraga Sains SMP || Kit Praktikum Fisika Dasar",
        "Kit praktikum IPA untuk sekolah dasar, sesuai kurikulum. || Alat peraga pembelajaran sains lengkap dengan panduan.",
        "alat peraga pendidikan", "3899", (850_000, 6_500_000), unit="paket", capacity=(10, 50)),
    # ---- coffee and food
    "kopi_robusta": _t(
        "Kopi Robusta Lampung Bubuk {vol} || Biji Kopi Robusta Sangrai {vol} || Kopi Robusta Lampung Barat Premium {vol}",
        "Kopi robusta pilihan dari Lampung Barat, sangrai medium. || Kopi bubuk robusta murni tanpa campuran, kemasan {vol}.",
        "kopi", "2391", (35_000, 220_000), capacity=(200, 1000, 3000)),
    "kopi_arabika": _t(
        "Kopi Arabika Gayo {vol} || Biji Kopi Arabika Java Preanger {vol}",
        "Kopi arabika specialty dengan aroma buah. || Biji kopi arabika sangrai light roast.",
        "kopi", "2391", (65_000, 320_000), capacity=(100, 500), count=30),
    "mesin_kopi": _t(
        "Mesin Kopi Espresso Semi Otomatis || Coffee Maker Listrik 12 Cangkir || Mesin Espresso Dua Grup",
        "Mesin kopi espresso untuk pantry kantor dan kafe. || Coffee maker untuk menyeduh kopi di ruang rapat.",
        "elektronik rumah tangga", "4482", (850_000, 45_000_000), unit="unit", capacity=(5, 20)),
    "keripik": _t(
        "Keripik Pisang Cokelat Khas Lampung {vol} || Keripik Pisang Aneka Rasa {vol} || Kerupuk Kemplang Lampung {vol}",
        "Keripik pisang renyah oleh-oleh khas Lampung, kemasan {vol}. || Camilan khas Lampung untuk buah tangan tamu.",
        "makanan ringan", "2139", (18_000, 95_000), capacity=(500, 2000)),
    "snack_box": _t(
        "Snack Box Rapat Isi 3 Kue || Nasi Kotak Ayam Bakar || Paket Kudapan Rapat",
        "Snack box untuk rapat dan kegiatan kantor, isi 3 kue dan air mineral. || Nasi kotak lengkap untuk konsumsi rapat.",
        "makanan dan minuman", "2399", (15_000, 55_000), unit="kotak", capacity=(500, 2000, 5000)),
    # ---- apparel
    "seragam": _t(
        "Seragam PDH {color} Bahan American Drill || Kemeja Seragam Dinas Lengan Panjang || Pakaian Dinas Lapangan (PDL) {color}",
        "Seragam pakaian dinas harian bahan american drill, jahit sesuai ukuran. || Kemeja seragam kerja instansi dengan bordir logo.",
        "pakaian", "2822", (125_000, 450_000), capacity=(200, 500, 1000)),
    "kaos": _t(
        "Kaos Polo Bordir Logo {color} || Kaos Sablon Event Cotton Combed || Kaos Oblong Custom {color}",
        "Kaos katun combed 30s sablon logo kegiatan. || Kaos polo kerah dengan bordir logo instansi.",
        "pakaian", "2821", (45_000, 150_000), capacity=(500, 1000, 3000)),
    "pakaian_adat": _t(
        "Baju Adat Lampung Set Lengkap || Pakaian Adat Pengantin Lampung || Busana Adat Lampung Anak",
        "Pakaian adat Lampung lengkap dengan aksesori siger. || Busana adat untuk upacara dan penyambutan tamu.",
        "pakaian", "2829", (650_000, 4_500_000), unit="set", capacity=(10, 30)),
    "peci": _t(
        "Peci Hitam Aksen Tapis || Kopiah Beludru Hitam || Peci Tapis Lampung",
        "Peci hitam dengan aksen kain tapis untuk seragam adat. || Kopiah beludru nasional untuk upacara.",
        "pakaian", "2829", (45_000, 175_000), capacity=(100, 500)),
}  # fmt: skip


@dataclass(frozen=True)
class Intent:
    names: tuple[str, ...]
    specs: tuple[str, ...]
    grade3: frozenset[str]
    grade2: frozenset[str] = field(default_factory=frozenset)
    grade1: frozenset[str] = field(default_factory=frozenset)
    volume: tuple[int, int] = (1, 10)
    count: int = 6


def _i(names: str, specs: str, g3: str, g2: str = "", g1: str = "", **kw: Any) -> Intent:
    return Intent(
        tuple(names.split(" || ")), tuple(s for s in specs.split(" || ") if s), frozenset(g3.split()),
        frozenset(g2.split()), frozenset(g1.split()), **kw,
    )  # fmt: skip


ALSINTAN = "traktor_roda_dua traktor_roda_empat kultivator perontok pencacah pengupas_kopi pompa_air sprayer transplanter combine"
ATK = "pulpen kertas map_atk stapler spidol buku amplop"
CLEANING = "kain_pel kain_lap sapu pembersih sabun"
SOUVENIRS = "gantungan_kunci plakat miniatur"
CONTEXTS = [
    "Kegiatan Rakor Provinsi", "Bimtek Aparatur Desa", "Sekretariat DPRD", "Dinas Pariwisata TA 2024",
    "untuk Tamu Daerah", "Kegiatan Festival Krakatau", "Rapat Koordinasi Teknis", "Kegiatan Sosialisasi P3DN",
    "pada Biro Umum Setda", "Tahun Anggaran 2024", "Kantor Wilayah", "Kegiatan Seminar Nasional",
]  # fmt: skip

INTENTS: dict[str, Intent] = {
    "cenderamata": _i(
        "Belanja Cenderamata {ctx} || Belanja Souvenir untuk Tamu Daerah || Pengadaan Suvenir Khas Lampung {ctx} || Belanja Kenang-kenangan Delegasi {ctx} || Belanja Cinderamata Peserta {ctx} || Pengadaan Merchandise Promosi Pariwisata",
        "Cenderamata khas daerah untuk tamu kehormatan, dikemas dalam kotak || Souvenir dengan logo instansi || ",
        SOUVENIRS, "tapis_hiasan tumbler tapis_kain tapis_tas sulam_usus keripik", "seminar_kit goodie_bag kaos batik anyaman peci",
        volume=(20, 200), count=10),
    "seminar_kit": _i(
        "Pengadaan Seminar Kit {ctx} || Belanja Seminar Kit Rapat Koordinasi || Belanja Goodie Bag Peserta {ctx} || Pengadaan Perlengkapan Peserta Workshop || Belanja Tas Peserta Diklat || Belanja Kit Seminar {ctx} || Belanja Seminarkit Bimtek Aparatur Desa",
        "Tas bahan kanvas atau blacu dengan sablon logo kegiatan, berisi map, notes dan pulpen || Seminar kit untuk peserta kegiatan || ",
        "seminar_kit goodie_bag", "map_seminar lanyard", "tumbler gantungan_kunci pulpen buku tas_laptop",
        volume=(50, 400), count=12),
    "goodie_bag": _i(
        "Belanja Goodie Bag Kegiatan {ctx} || Pengadaan Goody Bag Spunbond Sablon Logo",
        "Tas spunbond atau kanvas sablon 1 warna || ",
        "goodie_bag", "seminar_kit", "map_seminar tumbler", volume=(100, 500), count=5),
    "tapis": _i(
        "Belanja Kain Tapis untuk Cenderamata Tamu || Pengadaan Kain Tapis Lampung Motif {motif} || Belanja Tapis untuk Pakaian Adat Upacara || Belanja Kain Tapis {ctx} || Pengadaan Tapis Tenun Benang Emas",
        "Kain tapis tenun tangan benang emas ukuran minimal 2 meter || Tapis asli buatan pengrajin Lampung || ",
        "tapis_kain", "tapis_hiasan tapis_tas sulam_usus", "batik pakaian_adat peci", volume=(2, 30), count=10),
    "sulam_usus": _i(
        "Belanja Taplak Meja Sulam Usus {ctx} || Pengadaan Kerajinan Sulam Usus untuk Ruang Tamu",
        "Sulam usus khas Lampung || ",
        "sulam_usus", "tapis_kain tapis_hiasan", "batik anyaman", volume=(2, 20), count=5),
    "hiasan_tapis": _i(
        "Belanja Hiasan Dinding Tapis Ruang Kantor || Pengadaan Pajangan Dinding Motif Tapis {ctx}",
        "Hiasan dinding kain tapis berbingkai || ",
        "tapis_hiasan", "tapis_kain", "miniatur plakat anyaman", volume=(2, 20), count=5),
    "alsintan": _i(
        "Belanja Modal Alat Pertanian Kelompok Tani || Pengadaan Alsintan Bantuan Poktan || Belanja Hibah Alat dan Mesin Pertanian || Pengadaan Mesin Pertanian untuk Gapoktan {ctx} || Belanja Barang untuk Diserahkan kepada Masyarakat Alsintan",
        "Alat dan mesin pertanian pra panen dan pasca panen untuk kelompok tani || Bantuan alsintan sesuai CPCL || ",
        ALSINTAN, "", "mesin_potong_rumput", volume=(1, 10), count=10),
    "traktor_roda_dua": _i(
        "Belanja Modal Alat Pertanian Traktor Roda Dua || Pengadaan Traktor Tangan Bantuan Kelompok Tani || Pengadaan Hand Tractor untuk Poktan {ctx} || Belanja Alsintan Traktor Roda 2 || Belanja Hibah Traktor Roda Dua Gapoktan",
        "Traktor roda dua mesin diesel minimal 8 HP lengkap bajak singkal || Hand tractor untuk olah tanah sawah || ",
        "traktor_roda_dua", "kultivator", "traktor_roda_empat", volume=(1, 10), count=10),
    "traktor_roda_empat": _i(
        "Pengadaan Traktor Roda Empat Brigade Alsintan || Belanja Modal Traktor Roda 4",
        "Traktor roda empat minimal 40 HP dengan implemen rotary || ",
        "traktor_roda_empat", "", "traktor_roda_dua kultivator", volume=(1, 3), count=4),
    "perontok": _i(
        "Pengadaan Mesin Perontok Padi Kelompok Tani || Belanja Power Thresher Bantuan Poktan || Belanja Alsintan Pasca Panen Perontok Padi",
        "Perontok padi bermesin diesel kapasitas minimal 1 ton/jam || ",
        "perontok", "combine", "traktor_roda_dua pengupas_kopi pencacah", volume=(1, 8), count=6),
    "pompa_air": _i(
        "Pengadaan Pompa Air Irigasi Kelompok Tani || Belanja Pompa Alkon untuk Petani || Belanja Modal Pompa Air Irigasi Sawah",
        "Pompa air 3 inci mesin bensin untuk irigasi || ",
        "pompa_air", "", "sprayer traktor_roda_dua", volume=(2, 20), count=6),
    "pengupas_kopi": _i(
        "Pengadaan Mesin Pengupas Kopi Robusta || Belanja Huller Kopi untuk Kelompok Tani Kopi || Belanja Mesin Pulper Kopi Petani Lampung Barat",
        "Mesin pengupas kulit kopi kapasitas 300 kg/jam || ",
        "pengupas_kopi", "", "perontok pencacah", volume=(1, 6), count=6),
    "pencacah": _i(
        "Pengadaan Mesin Pencacah Rumput Pakan Ternak || Belanja Chopper Hijauan Kelompok Ternak",
        "Mesin pencacah rumput kapasitas 1 ton/jam || ",
        "pencacah", "", "perontok mesin_potong_rumput", volume=(1, 8), count=5),
    "sprayer": _i(
        "Belanja Hand Sprayer untuk Petani || Pengadaan Alat Semprot Hama Kelompok Tani",
        "Sprayer elektrik 16 liter || ",
        "sprayer", "", "pompa_air", volume=(5, 50), count=5),
    "atk": _i(
        "Belanja Alat Tulis Kantor {ctx} || Belanja ATK Sekretariat || Pengadaan Alat Tulis Kantor Triwulan I || Belanja Alat-alat Tulis {ctx} || Belanja ATK Kegiatan Seminar Nasional",
        "Pulpen, kertas HVS, map, stapler dan spidol || Alat tulis kantor untuk kebutuhan administrasi || ",
        ATK, "", "tinta map_seminar", volume=(10, 200), count=10),
    "kertas": _i(
        "Belanja Kertas HVS A4 dan F4 || Pengadaan Kertas Fotokopi {ctx} || Belanja Kertas HVS 70 gram",
        "Kertas HVS 70-80 gsm ukuran A4 dan F4 || ",
        "kertas", "", "map_atk buku amplop", volume=(20, 400), count=6),
    "pulpen": _i(
        "Belanja Pulpen dan Pena Kantor || Pengadaan Bolpoin untuk Pelayanan {ctx}",
        "Pulpen gel tinta hitam dan biru || ",
        "pulpen", "spidol", "buku", volume=(10, 200), count=5),
    "map": _i(
        "Belanja Map dan Ordner Arsip || Pengadaan Map Plastik Kancing {ctx}",
        "Map plastik dan ordner untuk arsip || ",
        "map_atk", "map_seminar", "amplop", volume=(20, 300), count=4),
    "fotokopi": _i(
        "Pengadaan Mesin Fotokopi Kantor || Belanja Modal Mesin Fotocopy {ctx} || Belanja Modal Peralatan Kantor Mesin Fotokopi",
        "Mesin fotokopi multifungsi A3 kecepatan minimal 25 ppm || ",
        "fotokopi", "", "printer", volume=(1, 3), count=6),
    "printer": _i(
        "Belanja Modal Printer {ctx} || Pengadaan Printer untuk Pelayanan Administrasi",
        "Printer tinta isi ulang atau laser || ",
        "printer", "", "fotokopi tinta", volume=(1, 10), count=5),
    "tinta": _i(
        "Belanja Tinta Printer dan Toner || Belanja Bahan Komputer Tinta {ctx}",
        "Tinta printer original dan toner || ",
        "tinta", "", "printer kertas", volume=(5, 80), count=5),
    "laptop": _i(
        "Pengadaan Laptop untuk Operasional {ctx} || Belanja Modal Notebook Pegawai || Belanja Modal Laptop",
        "Laptop core i5 RAM 8 GB SSD 512 GB || ",
        "laptop", "komputer", "", volume=(1, 20), count=6),
    "komputer": _i(
        "Pengadaan Komputer PC {ctx} || Belanja Modal Komputer All in One",
        "PC desktop lengkap monitor || ",
        "komputer", "laptop", "printer", volume=(1, 20), count=4),
    "kebersihan": _i(
        "Belanja Alat Kebersihan Kantor || Belanja Bahan Pembersih dan Alat Kebersihan {ctx} || Belanja Alat dan Bahan Kebersihan",
        "Sapu, kain pel, cairan pembersih lantai dan sabun cuci tangan || ",
        CLEANING, "", "", volume=(10, 200), count=7),
    "kain_pel": _i(
        "Belanja Kain Pel dan Alat Pel Lantai || Pengadaan Alat Pel Kantor {ctx}",
        "Kain pel microfiber dan tongkat pel || ",
        "kain_pel", "", "kain_lap sapu pembersih", volume=(10, 100), count=5),
    "kopi_robusta": _i(
        "Belanja Kopi Robusta Lampung untuk Jamuan Tamu || Pengadaan Kopi Bubuk Robusta {ctx} || Belanja Kopi Khas Lampung Barat",
        "Kopi robusta bubuk kemasan || ",
        "kopi_robusta", "kopi_arabika", "keripik", volume=(20, 300), count=6),
    "oleh_oleh": _i(
        "Belanja Oleh-oleh Khas Lampung untuk Tamu Daerah || Pengadaan Makanan Khas Daerah untuk Delegasi",
        "Keripik pisang dan makanan khas Lampung dalam kemasan || ",
        "keripik", "kopi_robusta", "kopi_arabika gantungan_kunci", volume=(20, 300), count=5),
    "mamin": _i(
        "Belanja Makanan dan Minuman Rapat {ctx} || Belanja Makan Minum Kegiatan Rakor || Belanja Snack Rapat",
        "Snack box dan nasi kotak untuk peserta rapat || ",
        "snack_box", "", "keripik kopi_robusta", volume=(50, 500), count=6),
    "seragam": _i(
        "Belanja Pakaian Dinas Harian (PDH) || Pengadaan Seragam Dinas Pegawai {ctx} || Belanja Pakaian Dinas Lapangan",
        "Seragam bahan american drill dengan bordir logo || ",
        "seragam", "", "kaos batik", volume=(20, 300), count=6),
    "kaos": _i(
        "Belanja Kaos Kegiatan Jalan Sehat || Pengadaan Kaos Sablon {ctx}",
        "Kaos cotton combed 30s sablon logo || ",
        "kaos", "", "seragam", volume=(50, 500), count=4),
    "pakaian_adat": _i(
        "Belanja Pakaian Adat dan Peci untuk Upacara || Pengadaan Busana Adat Lampung {ctx}",
        "Pakaian adat Lampung lengkap || ",
        "pakaian_adat peci", "tapis_kain", "batik sulam_usus", volume=(5, 40), count=5),
    "p3k": _i(
        "Belanja Kotak P3K Kantor || Pengadaan First Aid Kit Kendaraan Dinas",
        "Kotak P3K lengkap isi || ",
        "p3k", "", "", volume=(5, 50), count=4),
    "tool_kit": _i(
        "Pengadaan Tool Kit Bengkel {ctx} || Belanja Perkakas Kunci Set Pemeliharaan Kendaraan",
        "Tool kit set lengkap || ",
        "tool_kit", "", "", volume=(1, 10), count=4),
    "kit_praktikum": _i(
        "Pengadaan Kit Praktikum IPA Sekolah Dasar || Belanja Alat Peraga Sains SMP",
        "Kit praktikum sesuai kurikulum || ",
        "kit_praktikum", "", "buku_pertanian", volume=(5, 40), count=4),
    "mebel": _i(
        "Pengadaan Meja dan Kursi Kerja {ctx} || Belanja Modal Mebel Kantor || Belanja Modal Meja Rapat",
        "Meja kerja dan kursi staf || ",
        "meja kursi", "", "", volume=(5, 60), count=5),
    "ac": _i(
        "Pengadaan Pendingin Ruangan (AC) {ctx} || Belanja Modal AC Split Ruang Rapat",
        "AC split 1-2 PK termasuk pemasangan || ",
        "ac", "", "", volume=(1, 20), count=4),
}  # fmt: skip

# Clauses some packages carry, with the rule that reads them (grading rule 2c).
DOMICILE = "Penyedia berdomisili di Provinsi Lampung."


def _fill(template: str, rng: random.Random) -> str:
    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        return rng.choice(CONTEXTS) if name == "ctx" else rng.choice(SLOTS[name])

    return re.sub(r"\{(\w+)\}", slot, template)


def _tkdn(rng: random.Random) -> tuple[float | None, float | None]:
    roll = rng.random()
    if roll < 0.2:
        return None, None
    if roll < 0.3:  # certified but under the thresholds
        return round(rng.uniform(10, 24.9), 2), round(rng.uniform(0, 10), 2)
    return round(rng.uniform(25, 90), 2), round(rng.uniform(0, 15), 2)


def generate(seed: int = SEED) -> dict[str, Any]:
    rng = random.Random(seed)
    suppliers: list[dict[str, Any]] = []
    for index in range(240):
        region = rng.choice(LAMPUNG) if rng.random() < 0.8 else rng.choice(ELSEWHERE)
        scale = rng.choices(["mikro", "kecil", "menengah", "besar"], weights=[40, 35, 18, 7])[0]
        suppliers.append({
            "supplier_id": f"sup-{index:04d}", "nib": f"{9100000000000 + index:013d}",
            "name": f"IKM {rng.choice(SLOTS['ikm'])} {index}", "region_code": region, "scale": scale,
            "is_cooperative": rng.random() < 0.08, "completed_contracts": rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12]),
        })  # fmt: skip
    products: list[dict[str, Any]] = []
    filler = [
        "Cocok untuk kegiatan kantor, seminar dan acara instansi.", "Produk IKM Lampung bersertifikat TKDN.",
        "Dapat dipesan dalam jumlah besar untuk kebutuhan pemerintah daerah.", "Tersedia custom logo instansi.",
        "Pengiriman ke seluruh kabupaten/kota di Provinsi Lampung.", "Garansi resmi 1 tahun.",
        "Melayani pesanan dinas, sekolah dan kelompok tani.", "Kualitas ekspor harga bersaing.", "",
    ]  # fmt: skip
    for type_key, spec in PRODUCT_TYPES.items():
        for number in range(spec.count):
            supplier = rng.choice(suppliers)
            low, high = spec.price
            price = int(rng.uniform(low, high)) // 500 * 500
            tkdn, bmp = _tkdn(rng)
            products.append({
                "product_id": f"prd-{type_key}-{number:03d}", "supplier_id": supplier["supplier_id"],
                "name": _fill(rng.choice(spec.names), rng),
                "description": " ".join(filter(None, [_fill(rng.choice(spec.descriptions), rng), rng.choice(filler)])),
                "category": spec.category, "kbki_code": f"{spec.kbki}{rng.randrange(100):03d}" if rng.random() < 0.7 else None,
                "unit": spec.unit, "price_idr": max(price, 1000), "monthly_capacity": rng.choice(spec.capacity),
                "tkdn_percent": tkdn, "bmp_percent": bmp, "type": type_key,
            })  # fmt: skip
    needs: list[dict[str, Any]] = []
    for intent_key, intent in INTENTS.items():
        typical = sorted(p["price_idr"] for p in products if p["type"] in intent.grade3)
        median = typical[len(typical) // 2]
        for number in range(intent.count):
            volume = rng.randint(*intent.volume)
            roll = rng.random()
            factor = rng.uniform(0.6, 1.0) if roll < 0.15 else rng.uniform(1.2, 3.0)  # some tight pagu
            pagu = max(int(median * volume * factor) // 1000 * 1000, 1000)
            specification = _fill(rng.choice(intent.specs), rng) if intent.specs and rng.random() < 0.6 else ""
            if rng.random() < 0.1:
                specification = f"{specification} {DOMICILE}".strip()
            needs.append({
                "need_id": f"need-{intent_key}-{number:02d}", "kode_rup": f"{60_000_000 + len(needs)}",
                "buyer_id": f"buyer-{rng.randrange(20):02d}", "satker_code": f"18.{rng.randrange(600):03d}",
                "package_name": _fill(intent.names[number % len(intent.names)], rng), "pagu_idr": pagu,
                "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2024,
                "region_code": rng.choice(LAMPUNG), "is_pdn": rng.random() < 0.9, "is_umk": rng.random() < 0.7,
                "specification": specification, "volume": volume, "unit": None, "intent": intent_key,
            })  # fmt: skip
    qrels = {need["need_id"]: grade(need, products, {s["supplier_id"]: s for s in suppliers}) for need in needs}
    for product in products:
        product.pop("type")
    return {
        "generator": "bench/matcher_quality_data.py", "seed": seed, "grading": GRADING_SUMMARY,
        "suppliers": suppliers, "products": products, "needs": needs, "qrels": qrels,
    }  # fmt: skip


GRADING_SUMMARY = (
    "relevance: 3 asked-for type, 2 substitute, 1 related, 0 other (hand-written per intent); grade: relevance, "
    "or 0 when price x volume > pagu, capacity x 3 < volume, supplier outside a required province, a reserved "
    "package (pagu <= Rp 15 miliar or UMK) and a non-small non-cooperative supplier while a small one offers a "
    "relevance >= 2 product, or a PDN package and a product under TKDN 25% / TKDN+BMP 40% while a qualifying "
    "relevance >= 2 product is offered. qrels[need][product] = [relevance, grade], pairs with relevance 0 omitted."
)


def _qualifies(product: dict[str, Any]) -> bool:
    tkdn = product["tkdn_percent"]
    return tkdn is not None and tkdn >= TKDN_MIN and tkdn + (product["bmp_percent"] or 0) >= TKDN_BMP_MIN


def grade(need: dict[str, Any], products: list[dict[str, Any]], suppliers: dict[str, Any]) -> dict[str, list[int]]:
    """The grading rules of the module docstring, for one need against every product."""
    intent = INTENTS[need["intent"]]

    def relevance(product: dict[str, Any]) -> int:
        kind = product["type"]
        return 3 if kind in intent.grade3 else 2 if kind in intent.grade2 else 1 if kind in intent.grade1 else 0

    def passes_package(product: dict[str, Any]) -> bool:
        supplier = suppliers[product["supplier_id"]]
        if product["price_idr"] * need["volume"] > need["pagu_idr"]:
            return False
        if product["monthly_capacity"] * DELIVERY_MONTHS < need["volume"]:
            return False
        return not (DOMICILE in need["specification"] and not supplier["region_code"].startswith("18."))

    def small(product: dict[str, Any]) -> bool:
        supplier = suppliers[product["supplier_id"]]
        return supplier["scale"] in ("mikro", "kecil") or supplier["is_cooperative"]

    scored = [(p, relevance(p)) for p in products]
    scored = [(p, r) for p, r in scored if r > 0]
    passing = [(p, r) for p, r in scored if passes_package(p)]
    reserved = need["is_umk"] or need["pagu_idr"] <= RESERVED_PAGU
    small_offers = any(r >= 2 and small(p) for p, r in passing)
    after_reservation = [(p, r) for p, r in passing if not (reserved and small_offers and not small(p))]
    tkdn_offered = need["is_pdn"] and any(r >= 2 and _qualifies(p) for p, r in after_reservation)
    eligible = {p["product_id"] for p, _ in after_reservation if not (tkdn_offered and not _qualifies(p))}
    return {p["product_id"]: [r, r if p["product_id"] in eligible else 0] for p, r in scored}


def main() -> None:
    data = generate()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    graded = sum(1 for q in data["qrels"].values() for r, g in q.values() if g >= 2)
    print(f"{len(data['needs'])} needs, {len(data['products'])} products, {len(data['suppliers'])} suppliers, "
          f"{graded} eligible pairs of grade >= 2 -> {OUT}")  # fmt: skip


if __name__ == "__main__":
    main()
