"""Products of the independent matcher evaluation catalog, grouped by kind of goods.

Each block is one kind (my own label, used only to write the graded labels; it is not part of the event
payloads). Rows read `name | unit price in Rupiah | description`; names follow how e-katalog listings are
written (brand, type, size, packaging), made up by hand, not copied from a listing. Kinds that share words
with other kinds are deliberate hard negatives (kain pel / kain tapis, tinta printer / printer, kursi roda /
kursi kantor, tas laptop / laptop, meja operasi / meja kantor, brand names that are also words: Teh Kotak,
Kapal Api, Tiga Roda, Cap Bendera). A few products cost more than any realistic package can pay.
"""

from __future__ import annotations

from typing import NamedTuple

# TKDN (tkdn %, bmp %) assigned to a kind's products in turn; None = no TKDN certificate.
Tkdn = tuple[float, float] | None
NO_TKDN: tuple[Tkdn, ...] = (None,)
UMKM_TKDN: tuple[Tkdn, ...] = (None, None, (43.5, 0.0), None, (26.0, 10.0))
MIX_TKDN: tuple[Tkdn, ...] = ((42.7, 15.2), None, (28.0, 12.5), (19.8, 0.0), (55.3, 15.0), None)
HIGH_TKDN: tuple[Tkdn, ...] = ((68.4, 15.0), (81.2, 15.0), None, (47.5, 12.0))
IT_TKDN: tuple[Tkdn, ...] = ((40.1, 15.2), (25.3, 15.0), (15.0, 0.0), None, (26.0, 10.0), (42.7, 10.0))


class Kind(NamedTuple):
    kind: str
    group: str  # matches SupplierRow.groups
    category: str  # e-katalog style category path
    unit: str
    kbki: str | None  # KBKI (CPC 2 based) subclass where a listing carries one
    tkdn: tuple[Tkdn, ...]
    capacity: tuple[int | None, ...]  # monthly capacity in `unit`, assigned in turn
    rows: str


def K(
    kind: str,
    group: str,
    category: str,
    unit: str,
    kbki: str | None,
    tkdn: tuple[Tkdn, ...],
    capacity: tuple[int | None, ...],
    rows: str,
) -> Kind:
    return Kind(kind, group, category, unit, kbki, tkdn, capacity, rows)


KINDS: tuple[Kind, ...] = (
    # ------------------------------------------------------------------ ATK
    K(
        "kertas_a4",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "rim",
        "32129",
        MIX_TKDN,
        (2000, None, 500, 8000),
        """
Kertas HVS A4 70 gsm Sinar Dunia (SiDu) 1 Rim | 52500 | 500 lembar, putih, untuk printer laser/inkjet dan fotokopi
Kertas HVS A4 80 gram PaperOne 1 Rim | 64000 | 500 lembar, 80 gsm, brightness tinggi, kemasan rim
Kertas Fotokopi A4 75gsm Bola Dunia | 57000 | 1 rim isi 500 lembar, kertas HVS untuk kantor
HVS A4 70gr Copy Paper Natural White per Rim | 49800 | produk lokal, 500 sheet
Kertas A4 80 gsm IK Copy (1 box isi 5 rim) | 318000 | satuan box 5 rim, kertas cetak dokumen
""",
    ),
    K(
        "kertas_f4",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "rim",
        "32129",
        MIX_TKDN,
        (1500, None, 400),
        """
Kertas HVS F4 / Folio 70 gsm Sinar Dunia 1 Rim | 58500 | ukuran 215 x 330 mm, 500 lembar
Kertas HVS Folio F4 80gr PaperOne | 71000 | 500 lembar per rim, untuk dokumen dinas
Kertas F4 75 gsm Bola Dunia | 61000 | 500 lembar, kertas fotokopi ukuran folio
""",
    ),
    K(
        "kertas_a3",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "rim",
        "32129",
        NO_TKDN,
        (300,),
        """
Kertas HVS A3 80 gsm PaperOne 1 Rim | 128000 | 297 x 420 mm, 500 lembar, untuk cetak peta dan gambar
""",
    ),
    K(
        "kertas_thermal",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "roll",
        None,
        NO_TKDN,
        (5000, None),
        """
Kertas Thermal 80x80 mm (struk/antrian) per Roll | 8500 | kertas termal untuk printer kasir dan mesin antrian
Kertas Thermal 57x48 mm isi 100 roll | 310000 | untuk EDC dan printer struk portabel
""",
    ),
    K(
        "kertas_foto",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "pak",
        None,
        NO_TKDN,
        (600,),
        """
Kertas Foto Glossy A4 230 gsm isi 20 lembar | 42000 | photo paper untuk printer inkjet
Kertas Karton Linen / Buffalo A4 isi 100 | 39000 | kertas cover dan sertifikat
""",
    ),
    K(
        "pulpen",
        "atk",
        "Alat Tulis Kantor > Alat Tulis",
        "pak",
        None,
        UMKM_TKDN,
        (1000, None, 300),
        """
Pulpen Standard AE7 Hitam 1 Pak isi 12 | 24000 | ballpoint 0.5 mm tinta hitam
Ballpoint Pilot BPT-P Fine Biru per Lusin | 42000 | pena ballpoint 0,7 mm
Pulpen Gel Joyko GP-265 Hitam isi 12 | 33000 | gel pen 0,5 mm
Ballpen Kenko K-1 Hitam (1 pak 12 pcs) | 21500 | pulpen murah untuk kegiatan dan pelatihan
Bolpoin Promosi Sablon Logo Instansi (min. 100 pcs) | 3500 | pulpen plastik cetak logo, harga per pcs
""",
    ),
    K(
        "spidol",
        "atk",
        "Alat Tulis Kantor > Alat Tulis",
        "pak",
        None,
        UMKM_TKDN,
        (800, None),
        """
Spidol Whiteboard Snowman BG-12 Hitam isi 12 | 84000 | spidol papan tulis dapat dihapus
Spidol Permanent Snowman Kecil isi 12 | 90000 | marker permanen hitam
Stabilo Boss Highlighter isi 10 warna | 85000 | penanda teks warna-warni
Spidol Whiteboard Refill Tinta Snowman 30 ml | 12500 | isi ulang tinta spidol whiteboard
""",
    ),
    K(
        "map_ordner",
        "atk",
        "Alat Tulis Kantor > Pengarsipan",
        "pcs",
        None,
        UMKM_TKDN,
        (5000, None, 1200),
        """
Ordner Bantex Folio 7 cm Biru | 32000 | lever arch file untuk arsip dokumen
Map Plastik Kancing (Snelhecter) Folio isi 12 | 24000 | map plastik transparan
Box File Plastik Bantex Folio | 25000 | kotak arsip dokumen
Stopmap Kertas Folio Diamond isi 50 | 45000 | map kertas batik/polos
Map Batik Cetak Logo Instansi | 6500 | map jinjing cetak custom, harga per pcs
Box Arsip Karton Gelombang (Arsip Inaktif) | 18500 | kardus arsip standar ANRI
""",
    ),
    K(
        "stapler",
        "atk",
        "Alat Tulis Kantor > Alat Tulis",
        "pcs",
        None,
        NO_TKDN,
        (600, None),
        """
Stapler Max HD-10 | 18000 | hekter kecil untuk 20 lembar
Isi Staples Max No. 10 (1 box isi 20 pak) | 32000 | refill hekter
Stapler Besar Kenko HD-50 | 62000 | hekter besar 30 lembar
Paper Clip Joyko No.3 isi 10 kotak | 25000 | penjepit kertas
Binder Clip Joyko 155 isi 12 | 15000 | klip kertas hitam
""",
    ),
    K(
        "amplop",
        "atk",
        "Alat Tulis Kantor > Kertas",
        "box",
        None,
        UMKM_TKDN,
        (400, None),
        """
Amplop Putih Paperline 104 Polos isi 100 | 30000 | amplop surat dinas ukuran 110 x 230 mm
Amplop Coklat Folio isi 100 | 72000 | amplop besar untuk dokumen
Amplop Cetak Kop Dinas (min. 1 box) | 68000 | amplop putih dicetak kop instansi
""",
    ),
    K(
        "buku_tulis",
        "atk",
        "Alat Tulis Kantor > Buku",
        "pak",
        None,
        UMKM_TKDN,
        (900, None),
        """
Buku Tulis Sinar Dunia 38 lembar isi 10 | 38000 | buku tulis bergaris
Buku Agenda Surat Masuk/Keluar Folio 100 lbr | 27000 | buku register kantor
Buku Ekspedisi Kecil | 6500 | buku tanda terima surat
Buku Kwitansi Paperline Besar isi 10 | 45000 | kuitansi rangkap
Notebook Hardcover A5 Cetak Logo (Agenda Kegiatan) | 35000 | agenda bersampul kulit sintetis, per pcs
""",
    ),
    K(
        "lakban",
        "atk",
        "Alat Tulis Kantor > Perekat",
        "roll",
        None,
        NO_TKDN,
        (3000,),
        """
Lakban Coklat Daimaru 48 mm x 90 yard | 12500 | selotip packing coklat
Isolasi Bening Nachi 1/2 inch | 5000 | selotip kecil
Double Tape Nachi 24 mm | 9000 | perekat dua sisi
Lem Kertas Glukol 150 ml | 6500 | lem cair kertas
""",
    ),
    K(
        "flashdisk",
        "atk",
        "Alat Tulis Kantor > Bahan Komputer",
        "pcs",
        None,
        NO_TKDN,
        (500, None),
        """
Flashdisk SanDisk Cruzer Blade 32GB | 75000 | USB 2.0
Flashdisk Kingston DataTraveler 64GB USB 3.2 | 115000 | penyimpanan data portabel
Harddisk Eksternal WD Elements 1TB USB 3.0 | 850000 | hardisk portable 2,5 inch
""",
    ),
    K(
        "tinta_printer",
        "atk",
        "Alat Tulis Kantor > Bahan Komputer",
        "botol",
        None,
        UMKM_TKDN,
        (1500, None, 400),
        """
Tinta Printer Epson 003 Black Original 65 ml | 85000 | tinta botol untuk printer Epson L3110/L3210
Tinta Epson 664 Cyan/Magenta/Yellow Original | 82000 | tinta printer Epson seri L
Tinta Refill Compatible Canon GI-790 Hitam 135 ml | 32000 | tinta isi ulang printer Canon G-series
Tinta Printer Brother BT-D60 Black | 98000 | untuk printer Brother DCP-T series
Tinta Refill Printer Universal Dye 1 Liter | 145000 | tinta curah untuk isi ulang printer inkjet
""",
    ),
    K(
        "toner",
        "atk",
        "Alat Tulis Kantor > Bahan Komputer",
        "pcs",
        None,
        (None, (26.0, 10.0)),
        (200, None),
        """
Toner Cartridge HP 85A (CE285A) Original | 1150000 | toner printer laser HP LaserJet P1102
Toner Compatible HP 85A / Canon 325 | 210000 | toner isi ulang printer laser
Toner Fotokopi Canon NPG-59 Black | 680000 | toner mesin fotokopi Canon iR
Drum Unit Brother DR-2355 | 750000 | drum printer laser Brother
""",
    ),
    K(
        "stempel",
        "atk",
        "Alat Tulis Kantor > Stempel",
        "pcs",
        None,
        NO_TKDN,
        (300, None),
        """
Stempel Flash Otomatis Custom Logo Instansi | 150000 | stempel warna sekali cetak, desain sesuai permintaan
Stempel Karet Gagang Kayu Custom | 60000 | stempel tanggal/nomor/jabatan
Tinta Stempel Artline Biru 50 ml | 22000 | isi ulang bantalan stempel
Bantalan Stempel (Stamp Pad) Kenko No.2 | 17000 | stamp pad ungu/biru
""",
    ),
    # ------------------------------------------------------------------ cetak & penggandaan (jasa lainnya)
    K(
        "cetak_spanduk",
        "cetak",
        "Percetakan > Media Promosi",
        "m2",
        None,
        NO_TKDN,
        (3000, None, 800),
        """
Cetak Spanduk / Banner Flexi 280 gr per m2 | 25000 | digital printing outdoor, finishing mata ayam
Cetak Baliho 4 x 6 meter Flexi Korea + Pemasangan | 1250000 | harga per titik, termasuk pasang di rangka
Roll Banner 60 x 160 cm + Cetak Albatros | 175000 | stand banner gulung portabel
X-Banner 60 x 160 cm Full Print | 95000 | tiang x banner dan cetak
Cetak Backdrop Kegiatan 3 x 2 meter | 285000 | backdrop panggung bahan flexi
""",
    ),
    K(
        "cetak_brosur",
        "cetak",
        "Percetakan > Barang Cetakan",
        "lembar",
        None,
        NO_TKDN,
        (50000, None, 10000),
        """
Cetak Brosur / Leaflet A4 Full Color Art Paper 120 gr | 1500 | cetak offset/digital, lipat 3
Cetak Booklet A5 24 halaman Full Color | 15000 | cetak buku saku sosialisasi, harga per eksemplar
Cetak Poster A3 Art Paper 150 gr | 4500 | poster sosialisasi full color
Cetak Kalender Dinding 6 lembar | 35000 | kalender instansi, per eksemplar
""",
    ),
    K(
        "cetak_blanko",
        "cetak",
        "Percetakan > Barang Cetakan",
        "rim",
        None,
        NO_TKDN,
        (300, None),
        """
Cetak Blanko / Formulir HVS 1 Warna per Rim | 250000 | formulir pelayanan, kartu kendali, per rim 500 lembar
Cetak Kop Surat Full Color HVS 80 gr per Rim | 350000 | kertas kop surat dinas
Cetak Map Folder Dinas Art Carton 260 gr | 6500 | map cetak logo per lembar
Cetak Piagam / Sertifikat Art Carton | 5000 | sertifikat pelatihan full color, per lembar
Cetak Buku Register / Buku Induk Hardcover | 185000 | buku register kantor custom
""",
    ),
    K(
        "fotokopi",
        "cetak",
        "Jasa Penggandaan",
        "lembar",
        None,
        NO_TKDN,
        (100000, None, 20000),
        """
Jasa Fotokopi / Penggandaan Dokumen A4 per Lembar | 300 | hitam putih, kertas HVS 70 gr
Jasa Fotokopi F4 Bolak Balik | 450 | penggandaan dokumen per lembar
Jasa Jilid Soft Cover / Spiral | 7500 | penjilidan laporan per buku
Jasa Jilid Hard Cover Laporan | 45000 | jilid buku laporan tahunan per buku
Print Warna A4 per Lembar | 1500 | cetak dokumen berwarna
""",
    ),
    K(
        "cetak_buku",
        "cetak",
        "Percetakan > Buku",
        "eksemplar",
        None,
        NO_TKDN,
        (5000, None),
        """
Cetak Buku Modul Pelatihan A4 100 halaman | 35000 | soft cover, isi HVS 70 gr, per eksemplar
Cetak Buku Laporan / Profil Instansi Full Color | 125000 | hard cover, art paper
Penerbitan dan Cetak Buku ber-ISBN 150 halaman | 65000 | layout, ISBN, cetak per eksemplar
""",
    ),
    K(
        "stiker_label",
        "cetak",
        "Percetakan > Stiker",
        "lembar",
        None,
        NO_TKDN,
        (20000, None),
        """
Cetak Stiker Vinyl Label Aset / Inventaris | 1500 | stiker nomor inventaris barang milik daerah, per pcs
Cetak Stiker Label Box Arsip A3 | 6500 | stiker cromo per lembar A3
Stiker Kendaraan Dinas Cutting Sticker | 45000 | cutting stiker logo pintu mobil
""",
    ),
    K(
        "id_card",
        "cetak",
        "Percetakan > Kartu",
        "pcs",
        None,
        NO_TKDN,
        (5000, None),
        """
Cetak ID Card PVC + Tali Lanyard Printing | 12000 | kartu identitas pegawai 2 sisi
Name Tag Akrilik Pin / Magnet | 25000 | papan nama dada pegawai
Tali Lanyard Printing 2 cm + Stopper | 7000 | tali id card cetak logo
""",
    ),
    # ------------------------------------------------------------------ souvenir, plakat, bendera
    K(
        "plakat",
        "souvenir",
        "Suvenir > Plakat",
        "pcs",
        None,
        UMKM_TKDN,
        (300, None),
        """
Plakat Akrilik Custom Logo Instansi 20 cm | 250000 | plakat penghargaan, cetak UV, kotak beludru
Plakat Kayu Jati Ukir Logo Daerah | 375000 | plakat kenang-kenangan kayu jati
Plakat Kuningan Etsa | 550000 | plakat logam untuk tamu kehormatan
""",
    ),
    K(
        "trofi",
        "souvenir",
        "Suvenir > Trofi",
        "pcs",
        None,
        NO_TKDN,
        (200, None),
        """
Piala Trofi Kejuaraan Tinggi 60 cm | 450000 | piala lomba, termasuk grafir
Medali Kejuaraan Emas/Perak/Perunggu + Tali | 35000 | medali lomba per pcs
Piala Bergilir Bupati 1 meter | 1750000 | piala bergilir besar
""",
    ),
    K(
        "souvenir",
        "souvenir",
        "Suvenir > Cendera Mata",
        "pcs",
        None,
        UMKM_TKDN,
        (1000, None, 300),
        """
Tas Goodie Bag Batik Motif Daerah | 65000 | suvenir tas kain batik printing
Gantungan Kunci Akrilik Logo Custom | 8000 | suvenir kegiatan per pcs
Miniatur Rumah Adat (Nuwo Sesat) | 250000 | cendera mata kerajinan kayu
Tumbler Stainless Custom Grafir 500 ml | 55000 | suvenir seminar
Payung Promosi Cetak Logo | 65000 | payung lipat custom
Kain Sulam Usus Lampung (Selendang Suvenir) | 185000 | cendera mata khas Lampung
""",
    ),
    K(
        "tas_seminar",
        "souvenir",
        "Suvenir > Tas",
        "pcs",
        None,
        UMKM_TKDN,
        (2000, None),
        """
Tas Seminar Kit Bahan Dinier + Sablon Logo | 45000 | tas kegiatan/pelatihan
Tas Ransel Seminar Premium Custom Bordir | 125000 | tas peserta kegiatan
Tas Jinjing Spunbond Sablon (Tas Belanja) | 5500 | tas kain ramah lingkungan, per pcs
""",
    ),
    K(
        "bendera",
        "souvenir",
        "Perlengkapan Upacara > Bendera",
        "pcs",
        None,
        UMKM_TKDN,
        (1000, None),
        """
Bendera Merah Putih Bahan Katun 120 x 180 cm | 75000 | bendera kantor/upacara, jahit rapi
Umbul-umbul Kain Satin 5 meter | 45000 | umbul-umbul HUT RI per lembar
Tiang Bendera Stainless 7 meter + Katrol | 4500000 | tiang bendera halaman kantor terpasang
Bendera Negara ASEAN Meja Set | 350000 | bendera meja kegiatan internasional
""",
    ),
    # ------------------------------------------------------------------ makan & minum
    K(
        "nasi_box",
        "makan",
        "Makanan > Katering",
        "kotak",
        None,
        NO_TKDN,
        (3000, 800, None, 6000),
        """
Nasi Kotak Ayam Bakar + Sayur + Buah | 35000 | nasi box untuk rapat dan kegiatan, minimal pesan 20 kotak
Nasi Box Paket Hemat Ayam Goreng | 25000 | nasi, ayam goreng, tumis, sambal, kerupuk
Nasi Kotak Rendang Padang | 40000 | nasi kotak masakan Padang lengkap
Nasi Box Ikan Bakar Khas Kalimantan | 38000 | nasi kotak lauk ikan patin/nila bakar
Paket Makan Siang Rapat (Nasi Kotak Premium) | 45000 | nasi, 2 lauk, sayur, buah, air mineral
Nasi Bungkus Konsumsi Lapangan | 18000 | nasi bungkus untuk petugas lapangan
""",
    ),
    K(
        "snack_box",
        "makan",
        "Makanan > Kue & Snack",
        "kotak",
        None,
        NO_TKDN,
        (5000, 1000, None),
        """
Snack Box Rapat isi 3 Kue + Air Mineral | 15000 | kue kotak untuk rapat, 2 kue basah 1 kue kering
Kue Kotak Tradisional (Lemper, Risoles, Dadar Gulung) | 12500 | snack tradisional per kotak
Snack Box Premium isi 4 + Buah | 22500 | kudapan rapat pimpinan
Coffee Break Kue Basah per Pax | 17500 | kudapan rapat dan pelatihan
""",
    ),
    K(
        "prasmanan",
        "makan",
        "Makanan > Katering",
        "pax",
        None,
        NO_TKDN,
        (4000, None, 1000),
        """
Katering Prasmanan Menu Nusantara per Pax | 65000 | buffet 2 lauk utama, sayur, buah, minuman
Paket Prasmanan Jamuan Tamu VIP | 125000 | menu lengkap dan dessert
Katering Harian Karyawan (Makan Siang) | 28000 | rantang/katering harian per porsi
Fullday Meeting Package Konsumsi (2 Coffee Break + Makan Siang) | 95000 | paket konsumsi rapat sehari tanpa ruang
""",
    ),
    K(
        "makanan_pasien",
        "makan",
        "Makanan > Katering Institusi",
        "porsi",
        None,
        NO_TKDN,
        (9000, None),
        """
Katering Makanan Pasien Diet Rumah Sakit | 32000 | makanan pasien sesuai diet (biasa, lunak, cair), per porsi
Penyediaan Makan Warga Binaan (3x sehari) | 21000 | katering institusi lapas/rutan per orang per hari
Katering Makan Siswa Asrama / Taruna | 27500 | makan asrama per porsi
""",
    ),
    K(
        "air_gelas",
        "minum",
        "Minuman > Air Mineral",
        "dus",
        "24410",
        HIGH_TKDN,
        (5000, 600, None),
        """
Air Mineral Gelas 240 ml Aqua 1 Dus isi 48 | 38000 | AMDK cup untuk rapat
Air Mineral Cup 220 ml Le Minerale 1 Karton | 31000 | air minum dalam kemasan gelas
Air Minum Kemasan Gelas Lokal Tirta Kahayan 240 ml | 22000 | AMDK produksi daerah, 48 cup
""",
    ),
    K(
        "air_botol",
        "minum",
        "Minuman > Air Mineral",
        "dus",
        "24410",
        HIGH_TKDN,
        (4000, None, 700),
        """
Air Mineral Botol 600 ml Aqua 1 Dus isi 24 | 58000 | AMDK botol
Air Mineral 330 ml Le Minerale isi 24 | 44000 | botol kecil untuk rapat
Air Minum Botol 600 ml Merek Lokal | 39000 | AMDK lokal, 24 botol
""",
    ),
    K(
        "air_galon",
        "minum",
        "Minuman > Air Mineral",
        "galon",
        "24410",
        HIGH_TKDN,
        (3000, 900),
        """
Air Mineral Galon 19 Liter Aqua (isi ulang, tukar galon) | 22000 | untuk dispenser kantor
Air Minum Isi Ulang Galon 19 L (depot higienis) | 7000 | air isi ulang antar ke kantor
Galon Kosong + Tutup 19 Liter | 45000 | galon polikarbonat baru
""",
    ),
    K(
        "minuman_kemasan",
        "minum",
        "Minuman > Minuman Kemasan",
        "dus",
        None,
        NO_TKDN,
        (2000,),
        """
Teh Kotak Sosro 200 ml 1 Dus isi 24 | 72000 | minuman teh melati dalam kemasan kotak
Minuman Sari Kacang Hijau Kemasan 250 ml isi 24 | 65000 | minuman kemasan untuk konsumsi kegiatan
""",
    ),
    K(
        "kopi_teh_gula",
        "pangan",
        "Bahan Makanan > Minuman Seduh",
        "pak",
        None,
        UMKM_TKDN,
        (2000, None, 500),
        """
Kopi Bubuk Kapal Api Special 380 gr | 32000 | kopi bubuk untuk jamuan tamu
Teh Celup Sariwangi isi 25 | 8500 | teh celup untuk keperluan rapat
Gula Pasir Gulaku 1 kg | 18500 | gula kemasan
Krimer Kental Manis dan Kopi Sachet (Paket Pantry Kantor) | 275000 | paket keperluan dapur kantor bulanan
""",
    ),
    K(
        "kopi_umkm",
        "oleh",
        "Oleh-oleh > Kopi",
        "pak",
        None,
        UMKM_TKDN,
        (600, None),
        """
Kopi Robusta Lampung Bubuk 250 gr Kemasan Standing Pouch | 45000 | kopi produksi UMKM, petik merah
Kopi Robusta Biji Sangrai (Roast Bean) 1 kg | 160000 | untuk coffee shop dan pelatihan barista
Kopi Luwak Liwa 100 gr | 175000 | kopi khas Lampung Barat, cendera mata
""",
    ),
    K(
        "beras",
        "pangan",
        "Bahan Makanan > Beras",
        "kg",
        "23161",
        UMKM_TKDN,
        (30000, 5000, None, 100000),
        """
Beras Premium Pandan Wangi Kemasan 5 kg (harga per kg) | 15500 | beras putih premium
Beras Medium SPHP per kg | 12500 | beras medium curah/karung 50 kg
Beras Premium Lokal Lampung Karung 25 kg (per kg) | 14200 | beras kemasan karung
Beras Organik Merah 1 kg | 28000 | beras sehat produksi koperasi tani
""",
    ),
    K(
        "telur",
        "pangan",
        "Bahan Makanan > Telur",
        "kg",
        "02910",
        NO_TKDN,
        (8000, None, 1500),
        """
Telur Ayam Ras Segar per kg | 29000 | telur ayam negeri, per kg (16-17 butir)
Telur Ayam Ras 1 Peti (15 kg) | 420000 | telur per peti untuk dapur umum
""",
    ),
    K(
        "minyak_goreng",
        "pangan",
        "Bahan Makanan > Minyak",
        "liter",
        None,
        (None, (35.0, 10.0)),
        (10000, None),
        """
Minyak Goreng Sawit Kemasan Pouch 2 Liter (per liter) | 19000 | minyak goreng kemasan
Minyak Goreng Curah Jerigen 18 Liter (per liter) | 16500 | untuk dapur institusi
""",
    ),
    K(
        "sembako",
        "pangan",
        "Bahan Makanan > Paket Sembako",
        "paket",
        None,
        NO_TKDN,
        (5000, None, 1000),
        """
Paket Sembako (Beras 5 kg, Minyak 2 L, Gula 1 kg, Telur 1 kg, Mie) | 215000 | paket bantuan sosial
Paket Sembako Hemat | 150000 | beras 5 kg, minyak 1 L, gula 1 kg
""",
    ),
    K(
        "lauk_segar",
        "pangan",
        "Bahan Makanan > Bahan Segar",
        "kg",
        None,
        NO_TKDN,
        (5000, None, 1000),
        """
Daging Ayam Broiler Segar per kg | 40000 | ayam potong karkas
Ikan Nila Segar per kg | 38000 | ikan segar untuk dapur
Sayur Mayur Campur (Bahan Makanan Basah) per kg | 15000 | sayuran segar harian untuk dapur institusi
Daging Sapi Segar per kg | 140000 | daging sapi lokal
Tempe dan Tahu (Paket Lauk Nabati) per kg | 14000 | lauk nabati harian
Buah Segar Campur (Pisang, Jeruk, Pepaya) per kg | 22000 | buah untuk makanan pasien/warga binaan
""",
    ),
    K(
        "pmt",
        "pangan",
        "Bahan Makanan > Makanan Tambahan",
        "paket",
        None,
        (None, (44.0, 0.0)),
        (4000, None, 800),
        """
Paket PMT Lokal Balita Gizi Kurang (Menu 1 Hari) | 15000 | makanan tambahan berbahan lokal: bubur, telur, buah
Biskuit PMT Ibu Hamil 1 Dus | 58000 | makanan tambahan ibu hamil KEK
Paket PMT Penyuluhan Posyandu (Bubur Kacang Hijau + Telur) | 9500 | per porsi
Extra Voeding (Susu + Kacang Hijau + Telur) per Orang | 12000 | makanan tambahan petugas/warga binaan
""",
    ),
    K(
        "susu",
        "pangan",
        "Bahan Makanan > Susu",
        "dus",
        None,
        NO_TKDN,
        (3000, None),
        """
Susu UHT Full Cream 200 ml isi 24 | 120000 | susu cair kemasan kotak
Susu Kental Manis Cap Bendera 370 gr | 13500 | susu kental manis kaleng
Susu Bubuk Pertumbuhan 800 gr | 115000 | susu formula anak 1-3 tahun
""",
    ),
    K(
        "oleh_keripik",
        "oleh",
        "Oleh-oleh > Makanan Ringan",
        "pak",
        None,
        UMKM_TKDN,
        (800, None),
        """
Keripik Pisang Cokelat Khas Lampung 250 gr | 20000 | makanan ringan produksi UMKM
Kerupuk Amplang Ikan Pipih 200 gr | 30000 | oleh-oleh khas Kalimantan
Madu Hutan Asli 500 ml | 95000 | madu produksi kelompok tani hutan
""",
    ),
    # ------------------------------------------------------------------ kebersihan & rumah tangga
    K(
        "sabun_detergen",
        "bersih",
        "Bahan Pembersih > Sabun",
        "pcs",
        None,
        UMKM_TKDN,
        (3000, None, 800),
        """
Sabun Cuci Piring Mama Lemon 800 ml | 15000 | sabun cair pencuci piring
Detergen Bubuk Rinso 1,8 kg | 45000 | sabun cuci pakaian
Sabun Cuci Tangan Cair Lifebuoy Refill 450 ml | 25000 | hand soap antibakteri
Sabun Cair Serbaguna Produksi UMKM Jerigen 5 Liter | 65000 | sabun cuci piring/tangan curah
""",
    ),
    K(
        "pembersih_lantai",
        "bersih",
        "Bahan Pembersih > Pembersih Lantai",
        "pcs",
        None,
        UMKM_TKDN,
        (2000, None),
        """
Pembersih Lantai Super Pell 800 ml | 18000 | cairan pel lantai
Karbol Wangi Sereh Jerigen 5 Liter | 75000 | pembersih lantai curah
Porstex Pembersih Kloset 700 ml | 16500 | pembersih toilet
Pembersih Kaca Cling 500 ml | 14000 | cairan pembersih kaca
""",
    ),
    K(
        "kain_pel",
        "bersih",
        "Alat Kebersihan > Alat Pel",
        "pcs",
        None,
        UMKM_TKDN,
        (1500, None),
        """
Kain Pel Katun Tebal + Gagang | 35000 | alat pel lantai tradisional
Alat Pel Mop Spin Bolde Super Mop | 165000 | mop putar dengan ember
Refill Kain Pel Microfiber Mop | 25000 | kain pel pengganti
Kain Lap Majun / Kain Perca 1 kg | 18000 | lap serbaguna bengkel dan kebersihan
""",
    ),
    K(
        "sapu",
        "bersih",
        "Alat Kebersihan > Sapu & Sikat",
        "pcs",
        None,
        UMKM_TKDN,
        (2000, None),
        """
Sapu Ijuk Garut Gagang Kayu | 30000 | sapu lantai produksi pengrajin Garut
Sapu Lidi Aren Bergagang | 12000 | sapu halaman
Sikat WC + Serokan Sampah Set | 27000 | alat kebersihan kamar mandi
Kemoceng Bulu Ayam | 25000 | pembersih debu
""",
    ),
    K(
        "tisu",
        "bersih",
        "Alat Rumah Tangga > Tisu",
        "pak",
        None,
        (None, (52.0, 15.0)),
        (3000, None),
        """
Tisu Wajah Paseo 250 sheets | 12000 | tissue facial 2 ply
Tisu Toilet Roll Nice isi 10 | 28000 | tissue gulung
Tisu Makan / Napkin isi 100 | 9500 | tisu meja untuk konsumsi
""",
    ),
    K(
        "pengharum",
        "bersih",
        "Alat Rumah Tangga > Pengharum",
        "pcs",
        None,
        NO_TKDN,
        (1000,),
        """
Pengharum Ruangan Stella Matic Refill 225 ml | 30000 | pewangi otomatis
Pengharum Ruangan Gel Glade 70 gr | 15000 | pewangi gel kamar mandi
Kamper Bola (Kapur Barus) 1 pak | 11000 | pewangi toilet
""",
    ),
    K(
        "tempat_sampah",
        "bersih",
        "Alat Kebersihan > Tempat Sampah",
        "pcs",
        None,
        UMKM_TKDN,
        (500, None),
        """
Tempat Sampah Plastik Injak 60 Liter | 185000 | tong sampah kantor
Tempat Sampah Terpilah 3 Warna (Organik/Anorganik/B3) | 1650000 | tong sampah fiber 3 kompartemen dengan tiang
Kantong Plastik Sampah Hitam 90 x 120 isi 10 | 20000 | trash bag besar
Gerobak Sampah Dorong Plat Besi 1 m3 | 3250000 | gerobak sampah lingkungan
""",
    ),
    K(
        "alat_mandi",
        "bersih",
        "Alat Rumah Tangga > Perlengkapan Mandi",
        "paket",
        None,
        NO_TKDN,
        (3000, None),
        """
Paket Perlengkapan Mandi (Sabun, Sikat Gigi, Pasta Gigi, Sampo) | 45000 | paket kebutuhan mandi per orang
Handuk Mandi Katun 70 x 140 cm | 40000 | handuk terry
Pasta Gigi Pepsodent 190 gr | 14500 | pasta gigi
""",
    ),
    K(
        "alat_dapur",
        "bersih",
        "Alat Rumah Tangga > Alat Dapur",
        "pcs",
        None,
        NO_TKDN,
        (300, None),
        """
Kompor Gas 2 Tungku Rinnai | 650000 | kompor gas rumah tangga
Dispenser Air Panas Dingin Sanken | 1500000 | dispenser galon
Rice Cooker 1,8 L Miyako | 450000 | penanak nasi
Set Peralatan Makan Stainless (Piring, Sendok, Gelas) 12 orang | 850000 | perlengkapan jamuan
""",
    ),
    # ------------------------------------------------------------------ pakaian & tekstil
    K(
        "pdh",
        "garmen",
        "Pakaian > Pakaian Dinas",
        "stel",
        None,
        UMKM_TKDN,
        (1500, 300, None, 5000),
        """
Pakaian Dinas Harian (PDH) Khaki Pemda Bahan Drill Japan | 475000 | jahit ukur badan, lengkap atribut, per stel
Seragam Kerja PDL Lapangan Bahan Ripstop | 385000 | pakaian dinas lapangan kemeja + celana
Pakaian Sipil Harian (PSH) Bahan Wool Lokal | 650000 | jahit ukur, per stel
Kemeja Putih Lengan Panjang Pegawai | 185000 | kemeja katun untuk PNS
Jas / Safari Pria Bahan Wool Premium | 950000 | pakaian sipil resmi, jahit ukur
""",
    ),
    K(
        "batik_seragam",
        "garmen",
        "Pakaian > Batik",
        "stel",
        None,
        UMKM_TKDN,
        (2000, 400, None),
        """
Seragam Batik Printing Motif Daerah (Kain + Jahit) | 265000 | batik korpri/instansi, jahit ukur
Kemeja Batik Cap Lengan Panjang | 325000 | batik cap katun primisima
Kain Batik Tulis Lasem 2,25 m | 1250000 | batik tulis halus, untuk cendera mata atau seragam pimpinan
Kain Batik Korpri 2 meter | 145000 | kain seragam batik korpri
""",
    ),
    K(
        "kaos",
        "garmen",
        "Pakaian > Kaos",
        "pcs",
        None,
        UMKM_TKDN,
        (5000, 800, None),
        """
Kaos Kegiatan Cotton Combed 30s + Sablon 2 Sisi | 75000 | t-shirt kegiatan, min. 24 pcs
Kaos Olahraga Dry Fit Custom Printing | 95000 | jersey olahraga full print
Kaos Polo Bordir Logo Instansi | 120000 | polo shirt lacoste PE
Rompi Relawan / Vest Kegiatan Bordir | 150000 | rompi taslan dengan reflektor
""",
    ),
    K(
        "seragam_sekolah",
        "garmen",
        "Pakaian > Seragam Sekolah",
        "stel",
        None,
        UMKM_TKDN,
        (3000, 600, None),
        """
Seragam Sekolah SD Merah Putih (Kemeja + Celana/Rok) | 125000 | bahan tetoron, per stel
Seragam Sekolah SMP Biru Putih | 145000 | per stel
Seragam Pramuka Siaga/Penggalang | 150000 | lengkap dengan kacu
""",
    ),
    K(
        "topi_atribut",
        "garmen",
        "Pakaian > Atribut",
        "pcs",
        None,
        UMKM_TKDN,
        (3000, None),
        """
Topi Rimba / Topi Lapangan Bordir | 45000 | topi kegiatan lapangan
Topi Baseball Custom Bordir Logo | 35000 | topi kegiatan
Atribut PDH (Papan Nama, Lambang, Pangkat) per Set | 85000 | atribut pakaian dinas
""",
    ),
    K(
        "jas_hujan",
        "garmen",
        "Pakaian > Jas Hujan",
        "pcs",
        None,
        NO_TKDN,
        (1000, None),
        """
Jas Hujan Setelan Axio (Baju + Celana) | 135000 | jas hujan karet PVC
Jas Hujan Ponco Plastik Tebal | 65000 | ponco lapangan
""",
    ),
    K(
        "kostum",
        "garmen",
        "Pakaian > Pakaian Adat & Kesenian",
        "stel",
        None,
        NO_TKDN,
        (200, None),
        """
Kostum Tari Tradisional Anak Lengkap Aksesoris | 750000 | baju tari daerah per stel
Pakaian Adat Pengantin / Duta Wisata Lengkap | 2500000 | baju adat untuk duta budaya
Baju Marching Band Custom | 650000 | kostum drum band per stel
""",
    ),
    K(
        "selimut_kasur",
        "garmen",
        "Alat Rumah Tangga > Perlengkapan Tidur",
        "pcs",
        None,
        UMKM_TKDN,
        (1000, None),
        """
Selimut Polar Fleece 150 x 200 cm | 90000 | selimut pengungsi/asrama
Kasur Busa Inoac 90 x 200 x 15 cm | 650000 | kasur busa single untuk asrama
Bantal + Guling Dakron | 85000 | set bantal guling
Sprei Single Katun + Sarung Bantal | 120000 | sprei asrama
Tikar Plastik / Karpet Lipat 2 x 3 m | 95000 | tikar untuk posko pengungsian
""",
    ),
    K(
        "tenun_tradisional",
        "tenun",
        "Kerajinan > Kain Tradisional",
        "lembar",
        None,
        UMKM_TKDN,
        (40, 15, None),
        """
Kain Tapis Lampung Motif Pucuk Rebung Benang Emas | 2750000 | kain tapis tulis tangan pengrajin Negeri Katon
Kain Tapis Lampung Sulam Semi Modern 2 m | 1450000 | tapis untuk seragam dan cendera mata
Kain Songket Palembang Benang Sutra | 3250000 | songket tenun tangan
Kain Tenun Ikat NTT Motif Sumba 2 m | 1800000 | tenun ikat pewarna alam
Selendang Tapis Mini (Suvenir) | 350000 | selendang tapis untuk kenang-kenangan
Kain Tenun Sasirangan Banjar 2 m | 325000 | kain sasirangan khas Kalimantan Selatan
""",
    ),
    K(
        "sepatu",
        "sepatu",
        "Pakaian > Sepatu",
        "pasang",
        None,
        (None, (46.0, 12.0), (24.5, 15.0)),
        (1200, 200, None),
        """
Sepatu PDH Kulit Sapi Pria Pantofel | 450000 | sepatu dinas harian hitam
Sepatu PDL Lapangan Kulit (Boots) | 575000 | sepatu dinas lapangan
Safety Shoes Kings KWD 805 | 525000 | sepatu keselamatan kerja ujung baja
Sepatu Safety Boots Karet AP Boots | 165000 | sepatu boot karet lapangan/kebersihan
Sepatu Pantofel Wanita Kulit | 385000 | sepatu dinas pegawai wanita
Sepatu Olahraga Lari Lokal | 325000 | sepatu sport produksi dalam negeri
""",
    ),
    # ------------------------------------------------------------------ mebel
    K(
        "meja_kantor",
        "mebel",
        "Mebel > Meja",
        "unit",
        "38120",
        MIX_TKDN,
        (300, 60, None),
        """
Meja Kerja Staff 1/2 Biro 120 cm Olympic | 1350000 | meja kantor laci satu sisi
Meja Kerja Pejabat Eselon III Kayu Jati 160 cm | 4500000 | meja kerja pimpinan
Meja Kantor Besi Lion 1 Biro | 2850000 | meja kerja laci penuh
Meja Komputer Minimalis 100 cm | 950000 | meja PC dengan laci keyboard
Meja Kerja Ulin Solid Handmade | 3200000 | meja kayu ulin produksi pengrajin lokal
Meja Lipat Banquet 180 x 60 cm | 1150000 | meja lipat untuk acara/rapat
""",
    ),
    K(
        "kursi_kantor",
        "mebel",
        "Mebel > Kursi",
        "unit",
        "38110",
        MIX_TKDN,
        (500, 80, None),
        """
Kursi Kerja Staff Chitose Yamato | 850000 | kursi kantor putar dengan sandaran tangan
Kursi Direktur / Pejabat High Back Kulit | 3200000 | kursi pimpinan
Kursi Kerja Ergonomis Mesh | 1450000 | kursi kantor jaring
Kursi Rapat Kaki Besi Chitose | 650000 | kursi rapat tanpa roda
Kursi Kerja Rotan Sintetis | 1100000 | kursi produksi pengrajin rotan
""",
    ),
    K(
        "kursi_lipat",
        "mebel",
        "Mebel > Kursi",
        "unit",
        "38110",
        MIX_TKDN,
        (1000, None),
        """
Kursi Lipat Futura Chitose | 385000 | kursi lipat untuk acara
Kursi Tunggu Bandara 3 Dudukan Stainless | 2100000 | kursi antrian pelayanan
Kursi Plastik Napolly Sandaran | 95000 | kursi plastik tamu
""",
    ),
    K(
        "lemari_arsip",
        "mebel",
        "Mebel > Lemari",
        "unit",
        "38120",
        MIX_TKDN,
        (200, 40, None),
        """
Lemari Arsip Besi 2 Pintu Brother | 3800000 | lemari dokumen kunci
Filing Cabinet 4 Laci Lion | 3200000 | lemari arsip laci folio
Lemari Arsip Kayu Sliding Door | 2750000 | lemari dokumen kaca geser
Rak Arsip Besi Mobile File (Roll O'Pack) 1 Bay | 28000000 | lemari arsip bergerak untuk ruang arsip
Brankas Ichiban Digital | 6500000 | safe deposit kantor
""",
    ),
    K(
        "meja_rapat",
        "mebel",
        "Mebel > Meja",
        "unit",
        "38120",
        MIX_TKDN,
        (50, None),
        """
Meja Rapat Oval 10 Orang Finishing HPL | 12000000 | meja meeting kantor
Meja Rapat Modular 240 x 120 cm | 6500000 | meja rapat kecil
""",
    ),
    K(
        "sofa",
        "mebel",
        "Mebel > Sofa",
        "set",
        None,
        MIX_TKDN,
        (40, None),
        """
Sofa Tamu Kantor 3-1-1 + Meja | 7500000 | sofa ruang tamu pejabat
Sofa Lobby Modular Fabric | 9800000 | sofa ruang tunggu pelayanan
""",
    ),
    K(
        "mebel_sekolah",
        "mebel",
        "Mebel > Mebel Sekolah",
        "set",
        None,
        MIX_TKDN,
        (400, 100, None),
        """
Meja Kursi Siswa SD 1 Set (1 Meja 2 Kursi) Kayu | 850000 | mebel kelas standar Kemendikbud
Meja Kursi Siswa SMP Besi Kombinasi Kayu | 750000 | per set
Meja Kursi Guru Kayu | 1650000 | meja guru + kursi
Papan Tulis Whiteboard 120 x 240 cm | 1250000 | papan tulis kelas
""",
    ),
    K(
        "rak_buku",
        "mebel",
        "Mebel > Rak",
        "unit",
        None,
        MIX_TKDN,
        (150, None),
        """
Rak Buku Perpustakaan Besi 2 Muka | 2900000 | rak buku double face
Rak Buku Kayu 5 Susun | 1800000 | rak kayu minimalis
Rak Display Produk UMKM | 1400000 | rak pamer kayu
""",
    ),
    K(
        "ranjang",
        "mebel",
        "Mebel > Tempat Tidur",
        "unit",
        None,
        MIX_TKDN,
        (200, None),
        """
Ranjang Susun Besi Asrama 2 Tingkat | 2400000 | tempat tidur tingkat untuk asrama/lapas
Tempat Tidur Kayu Single 90 x 200 | 1600000 | dipan asrama
""",
    ),
    K(
        "meja_makan",
        "mebel",
        "Mebel > Meja",
        "set",
        None,
        MIX_TKDN,
        (60,),
        """
Meja Makan Kayu Jati 6 Kursi | 6500000 | set ruang makan
Meja Makan Kantin Stainless 8 Orang | 4800000 | meja makan dapur umum/asrama
""",
    ),
    K(
        "kitchen_set",
        "mebel",
        "Mebel > Dapur",
        "set",
        None,
        MIX_TKDN,
        (30,),
        """
Kitchen Set Pantry Kantor HPL 3 meter (Atas + Bawah) | 15000000 | lemari dapur terpasang
Lemari Dapur Kayu 2 Pintu | 1900000 | lemari perabot dapur
""",
    ),
    # ------------------------------------------------------------------ TIK
    K(
        "laptop",
        "it",
        "Peralatan TIK > Laptop",
        "unit",
        "45220",
        IT_TKDN,
        (300, 50, None, 1000),
        """
Laptop Axioo Hype 5 AMD Ryzen 5 8GB 512GB SSD 14 inch Win 11 | 7950000 | laptop produksi dalam negeri
Laptop Lenovo IdeaPad Slim 3 Core i5 16GB 512GB | 11450000 | notebook untuk kantor
Laptop Asus Vivobook 14 Core i3 8GB 256GB | 7250000 | notebook siswa/staf
Notebook ADVAN Workpro Core i5 Gen 11 16GB 512GB | 9650000 | laptop lokal TKDN
Laptop HP ProBook 440 G10 Core i7 16GB 512GB | 18500000 | laptop pejabat/eksekutif
Laptop Zyrex Sky 232 Chromebook 4GB 32GB (Pendidikan) | 4250000 | chromebook sekolah
""",
    ),
    K(
        "pc_desktop",
        "it",
        "Peralatan TIK > Komputer",
        "unit",
        "45230",
        IT_TKDN,
        (200, 40, None),
        """
PC Desktop Lenovo ThinkCentre neo 50s Core i5 + Monitor 22 | 12850000 | komputer kantor lengkap
All in One PC Axioo Mybook Pro Core i5 24 inch | 11900000 | PC AIO produksi dalam negeri
PC Rakitan Core i3 8GB SSD 256GB + Monitor 19 | 6750000 | komputer administrasi
PC Workstation Core i7 32GB RTX (Desain / GIS) | 28500000 | komputer grafis pemetaan
""",
    ),
    K(
        "printer",
        "it",
        "Peralatan TIK > Printer",
        "unit",
        "45260",
        IT_TKDN,
        (200, 50, None),
        """
Printer Epson EcoTank L3210 Print Scan Copy | 2850000 | printer ink tank multifungsi
Printer Canon PIXMA G2020 All in One | 2500000 | printer tinta isi ulang
Printer Laser HP LaserJet Pro M211dw | 3900000 | printer laser monokrom
Printer Epson L14150 A3 WiFi Duplex | 8500000 | printer A3 untuk peta dan dokumen
Printer Kartu ID Fargo DTC1250e | 27500000 | printer kartu PVC
Printer Brother DCP-T720DW Multifungsi | 3450000 | print scan copy ADF
""",
    ),
    K(
        "scanner",
        "it",
        "Peralatan TIK > Scanner",
        "unit",
        "45260",
        IT_TKDN,
        (100, None),
        """
Scanner Dokumen Fujitsu fi-800R ADF | 12000000 | pemindai dokumen arsip kecepatan tinggi
Scanner Epson Perfection V39 Flatbed | 1750000 | scanner A4
Scanner Canon DR-C230 | 8750000 | scanner dokumen duplex
""",
    ),
    K(
        "proyektor",
        "it",
        "Peralatan TIK > Proyektor",
        "unit",
        None,
        IT_TKDN,
        (100, None),
        """
Proyektor Epson EB-X500 3600 Lumens | 6500000 | LCD projector ruang rapat
Layar Proyektor Tripod 70 inch | 1200000 | screen projector berdiri
Proyektor Short Throw Epson EB-530 | 11500000 | untuk kelas
""",
    ),
    K(
        "tas_laptop",
        "it",
        "Aksesoris TIK > Tas",
        "pcs",
        None,
        UMKM_TKDN,
        (1000, None),
        """
Tas Laptop Ransel Bodypack 15,6 inch | 325000 | backpack laptop anti air
Tas Laptop Selempang Kulit 14 inch | 450000 | tas jinjing notebook
Sleeve Case Laptop 14 inch | 95000 | sarung pelindung laptop
""",
    ),
    K(
        "ups_listrik",
        "it",
        "Peralatan TIK > UPS",
        "unit",
        None,
        IT_TKDN,
        (200, None),
        """
UPS APC Back-UPS 1200VA | 1650000 | uninterruptible power supply
UPS Prolink Pro 1201SFC | 1150000 | UPS komputer
Stabilizer Listrik Matsunaga 3000VA | 1350000 | stavolt
""",
    ),
    K(
        "jaringan",
        "it",
        "Peralatan TIK > Jaringan",
        "unit",
        None,
        IT_TKDN,
        (150, None),
        """
Router Mikrotik RB4011 | 3200000 | router jaringan kantor
Switch Hub TP-Link 24 Port Gigabit | 1850000 | switch jaringan LAN
Access Point Ubiquiti UniFi U6 Lite | 2100000 | wifi kantor
Kabel UTP Cat6 Belden 1 Box 305 m | 2900000 | kabel jaringan
""",
    ),
    K(
        "aksesori_komputer",
        "it",
        "Aksesoris TIK",
        "pcs",
        None,
        NO_TKDN,
        (1000, None),
        """
Keyboard + Mouse Wireless Logitech MK235 | 285000 | combo keyboard mouse
Mouse Wireless Logitech M170 | 95000 | mouse
Webcam Logitech C920 Full HD | 1150000 | kamera rapat daring
Headset USB untuk Call Center | 450000 | headset dengan mikrofon
""",
    ),
    K(
        "perangkat_lunak",
        "it",
        "Perangkat Lunak",
        "lisensi",
        None,
        NO_TKDN,
        (None,),
        """
Lisensi Microsoft Office Home & Business 2021 | 4250000 | lisensi perpetual per perangkat
Lisensi Antivirus Kaspersky Endpoint 1 Tahun (per device) | 325000 | perlindungan endpoint
""",
    ),
    # ------------------------------------------------------------------ elektronik
    K(
        "tv_display",
        "elektronik",
        "Elektronik > Televisi & Display",
        "unit",
        None,
        IT_TKDN,
        (200, None),
        """
Smart TV LED 55 inch 4K Polytron | 7950000 | televisi untuk ruang rapat/pelayanan
Smart TV 65 inch Samsung Crystal UHD | 14500000 | TV ruang pimpinan
Interactive Flat Panel 75 inch (Smart Board) | 45000000 | layar sentuh interaktif untuk kelas/rapat
Monitor LED 24 inch Dashboard Antrian | 2150000 | monitor untuk display informasi
""",
    ),
    K(
        "videotron",
        "elektronik",
        "Elektronik > Videotron",
        "unit",
        None,
        IT_TKDN,
        (5, None),
        """
Videotron LED Indoor P2.5 Ukuran 3 x 2 m Terpasang | 165000000 | layar LED ruang rapat/aula
Videotron Outdoor P5 Ukuran 4 x 6 m + Konstruksi | 985000000 | billboard LED outdoor
Videotron Indoor P3 per m2 | 25000000 | modul LED indoor per meter persegi
""",
    ),
    K(
        "kamera_cctv",
        "elektronik",
        "Elektronik > Kamera & CCTV",
        "unit",
        None,
        IT_TKDN,
        (100, None),
        """
Paket CCTV 8 Kamera Hikvision 2MP + DVR + HDD 2TB | 9500000 | terpasang, termasuk kabel
Kamera Mirrorless Sony A6400 + Lensa Kit | 14250000 | kamera dokumentasi kegiatan
Harddisk CCTV WD Purple 4TB | 1650000 | hardisk surveillance untuk DVR/NVR
Kamera CCTV IP Outdoor PTZ | 4750000 | kamera pemantau jalan/kawasan
""",
    ),
    K(
        "ac",
        "elektronik",
        "Elektronik > Pendingin Ruangan",
        "unit",
        None,
        IT_TKDN,
        (300, 60, None),
        """
AC Split Daikin 1 PK Standard Inverter | 5250000 | air conditioner termasuk pasang standar
AC Split Sharp 2 PK | 8900000 | pendingin ruangan
AC Split Gree 1/2 PK | 3150000 | AC ruang kecil
AC Standing Floor 5 PK Panasonic | 32500000 | AC aula
""",
    ),
    K(
        "kipas_angin",
        "elektronik",
        "Elektronik > Kipas Angin",
        "unit",
        None,
        MIX_TKDN,
        (500, None),
        """
Kipas Angin Dinding Maspion 16 inch | 450000 | wall fan
Kipas Angin Berdiri Cosmos 18 inch | 550000 | stand fan
Exhaust Fan 10 inch | 325000 | kipas hisap
""",
    ),
    K(
        "sound_system",
        "elektronik",
        "Elektronik > Audio",
        "unit",
        None,
        IT_TKDN,
        (60, None),
        """
Paket Sound System Aula (Mixer, 2 Speaker Aktif 15 inch, 4 Mic) | 18500000 | sound system terpasang
Speaker Portable Meeting Wireless 15 inch | 3500000 | speaker salon baterai
Mic Wireless Shure Double Handheld | 2650000 | mikrofon nirkabel
Conference Mic System 20 Delegasi | 42000000 | microphone rapat sidang
""",
    ),
    K(
        "lampu_listrik",
        "elektronik",
        "Elektronik > Lampu & Alat Listrik",
        "pcs",
        None,
        MIX_TKDN,
        (3000, None, 500),
        """
Lampu LED Bulb Philips 18 Watt | 45000 | bohlam LED
Lampu PJU LED 100 Watt Lengkap Bracket | 2800000 | penerangan jalan umum
Floodlight LED 120 Watt Outdoor | 1650000 | lampu sorot
Kabel Listrik NYM 3 x 2,5 mm (per roll 50 m) | 850000 | kabel instalasi
Stop Kontak Kabel Roll 10 meter | 125000 | kabel rol
Bola Lampu Hemat Energi 25 Watt | 35000 | lampu CFL
""",
    ),
    K(
        "elektronik_rt",
        "elektronik",
        "Elektronik > Rumah Tangga",
        "unit",
        None,
        MIX_TKDN,
        (150, None),
        """
Lemari Es / Kulkas 2 Pintu Sharp 300 L | 4500000 | lemari pendingin makanan
Water Heater Listrik Ariston 30 L | 2800000 | pemanas air
Mesin Cuci 2 Tabung 9 kg | 2650000 | mesin cuci
Handy Talky Motorola XiR C1200 | 3750000 | radio komunikasi HT
Mesin Penghancur Kertas (Paper Shredder) Secure | 3850000 | alat penghancur kertas dokumen
""",
    ),
    K(
        "mesin_fotokopi",
        "elektronik",
        "Peralatan Kantor > Mesin Fotokopi",
        "unit",
        None,
        NO_TKDN,
        (10, None),
        """
Mesin Fotokopi Canon imageRUNNER 2625i Multifungsi | 85000000 | copier A3 digital
Mesin Fotokopi Warna Canon iR-ADV C3530 | 165000000 | fotocopy warna
""",
    ),
    K(
        "genset",
        "genset",
        "Mesin > Genset",
        "unit",
        None,
        (None, (34.5, 8.0)),
        (20, None),
        """
Genset Honda 5 kVA Silent | 22000000 | generator set portabel
Genset Perkins 100 kVA Silent Type + ATS | 385000000 | generator set gedung
Genset Cummins 500 kVA | 1950000000 | genset rumah sakit
""",
    ),
    # ------------------------------------------------------------------ kesehatan
    K(
        "obat",
        "medis",
        "Obat > Obat Generik",
        "box",
        None,
        (None, (57.0, 0.0), (38.0, 0.0)),
        (2000, None, 300),
        """
Paracetamol 500 mg Tablet Box 10 x 10 | 25000 | obat generik analgetik antipiretik
Amoxicillin 500 mg Kapsul Box 10 x 10 | 45000 | antibiotik generik
Vitamin C 50 mg Tablet Box 100 | 18000 | suplemen daya tahan tubuh
Tablet Tambah Darah (Fe) Box 100 | 22000 | suplemen ibu hamil/remaja putri
Oralit 200 ml Sachet Box 100 | 65000 | cairan rehidrasi oral
Obat Gigi Lidocaine Injeksi Box 100 Ampul | 385000 | anestesi lokal untuk poli gigi
""",
    ),
    K(
        "bmhp",
        "medis",
        "Alat Kesehatan > BMHP",
        "box",
        None,
        (None, (48.0, 15.0)),
        (2000, None, 400),
        """
Masker Medis 3 Ply Earloop isi 50 | 35000 | masker bedah
Sarung Tangan Latex Non Steril isi 100 | 95000 | handscoen pemeriksaan
Spuit / Disposable Syringe 3 cc Box 100 | 145000 | alat suntik sekali pakai
Kasa Steril 16 x 16 cm Box 16 | 25000 | perban kasa medis
Alcohol Swab isi 100 | 30000 | kapas alkohol
Kain Kasa Gulung (Verban) 4 m | 8500 | pembalut luka
""",
    ),
    K(
        "reagen_tes",
        "medis",
        "Alat Kesehatan > Reagen & Tes",
        "test",
        None,
        (None, (30.0, 5.0)),
        (5000, None),
        """
Rapid Test Narkoba Urin 6 Parameter (per test) | 45000 | tes urin AMP/MET/THC/MOP/COC/BZO
Reagen Hematologi Analyzer 3 Diff (per kit) | 3500000 | reagen laboratorium
Media Mikrobiologi Plate Count Agar 500 g | 1850000 | media uji sampel makanan
Test Kit Formalin dan Boraks (per 50 test) | 850000 | uji cepat keamanan pangan
Stik Tes Gula Darah + Alat GCU | 350000 | tes glukosa, kolesterol, asam urat
""",
    ),
    K(
        "alkes",
        "medis",
        "Alat Kesehatan > Diagnostik",
        "unit",
        None,
        (None, (44.0, 10.0), (21.5, 0.0)),
        (300, None),
        """
Tensimeter Digital Omron HEM-7156 | 650000 | alat ukur tekanan darah
Stetoskop Littmann Classic III | 1950000 | stetoskop
Timbangan Bayi Digital GEA | 1250000 | untuk posyandu
Antropometri Kit Posyandu Standar Kemenkes | 3850000 | timbangan, alat ukur panjang/tinggi, pita LILA
Termometer Inframerah | 275000 | termometer dahi
""",
    ),
    K(
        "kursi_roda",
        "medis",
        "Alat Kesehatan > Alat Bantu",
        "unit",
        None,
        (None, (41.0, 10.0)),
        (150, None),
        """
Kursi Roda Standar GEA FS809 | 1450000 | kursi roda lipat pasien
Kursi Roda Elektrik | 9850000 | kursi roda bermotor untuk penyandang disabilitas
Kursi Roda Anak Cerebral Palsy (CP) | 3900000 | kursi roda khusus
Kruk / Tongkat Ketiak Aluminium | 275000 | alat bantu jalan
""",
    ),
    K(
        "bed_pasien",
        "medis",
        "Alat Kesehatan > Mebel Medis",
        "unit",
        None,
        (None, (40.5, 10.0)),
        (60, None),
        """
Tempat Tidur Pasien 3 Crank Manual + Kasur | 12500000 | hospital bed ABS
Tempat Tidur Pasien 1 Crank | 6000000 | ranjang pasien puskesmas
Meja Instrumen Stainless 2 Rak | 3200000 | meja alat medis
Lemari Obat Stainless | 5500000 | lemari penyimpanan obat
""",
    ),
    K(
        "meja_operasi",
        "medis",
        "Alat Kesehatan > Kamar Operasi",
        "unit",
        None,
        NO_TKDN,
        (5, None),
        """
Meja Operasi Hidrolik Universal | 145000000 | operating table elektrohidrolik
Lampu Operasi LED Ceiling Double Dome | 235000000 | operating lamp
""",
    ),
    K(
        "alat_lab",
        "medis",
        "Alat Laboratorium",
        "unit",
        None,
        NO_TKDN,
        (50, None),
        """
Timbangan Analitik Ohaus 0,0001 g | 18500000 | neraca analitik laboratorium
Set Gelas Laboratorium (Beaker, Erlenmeyer, Gelas Ukur) | 850000 | alat gelas borosilikat
Mikroskop Binokuler Olympus CX23 | 24500000 | mikroskop laboratorium
""",
    ),
    # ------------------------------------------------------------------ pertanian
    K(
        "benih_pangan",
        "tani",
        "Pertanian > Benih",
        "kg",
        None,
        UMKM_TKDN,
        (20000, 3000, None),
        """
Benih Padi Inpari 32 Bersertifikat Label Ungu (per kg) | 14000 | benih padi unggul 5 kg/kantong
Benih Jagung Hibrida Bisi 18 (per kg) | 95000 | benih jagung
Benih Kedelai Anjasmoro Bersertifikat (per kg) | 18000 | benih kedelai
""",
    ),
    K(
        "bibit_tanaman",
        "tani",
        "Pertanian > Bibit",
        "batang",
        None,
        UMKM_TKDN,
        (20000, 3000, None),
        """
Bibit Alpukat Miki Okulasi 60 cm | 25000 | bibit buah sambung pucuk
Bibit Durian Musang King Okulasi | 35000 | bibit buah
Bibit Pohon Mahoni / Trembesi Polybag | 5000 | bibit penghijauan
Tanaman Hias Pot Besar (Puring/Sansevieria) Terpasang | 150000 | tanaman pot taman kantor
Bibit Kopi Robusta Sambung Pucuk | 6000 | bibit kopi bersertifikat
Bibit Cabai / Tomat Semai Tray | 500 | bibit sayur per batang
""",
    ),
    K(
        "pupuk",
        "tani",
        "Pertanian > Pupuk",
        "kg",
        None,
        (None, (52.0, 10.0)),
        (50000, 8000, None),
        """
Pupuk Organik Granul Petroganik (per kg) | 2500 | pupuk organik karung 40 kg
Pupuk NPK Phonska Non Subsidi (per kg) | 14000 | pupuk majemuk
Pupuk ZA Amonium Sulfat Non Subsidi (per kg) | 4500 | pupuk nitrogen
Pupuk KNO3 Kalium Nitrat (per kg) | 28000 | pupuk daun/tembakau
Pupuk Kompos Curah Produksi Kelompok Tani (per kg) | 1200 | kompos matang
""",
    ),
    K(
        "pestisida",
        "tani",
        "Pertanian > Pestisida",
        "liter",
        None,
        NO_TKDN,
        (3000, None),
        """
Insektisida Decis 25 EC 1 Liter | 265000 | pengendali hama
Herbisida Gramoxone 1 Liter | 120000 | pembasmi gulma
Fungisida Antracol 1 kg | 135000 | pengendali penyakit jamur
""",
    ),
    K(
        "biostarter",
        "tani",
        "Pertanian > Bahan Hayati",
        "liter",
        None,
        UMKM_TKDN,
        (4000, None),
        """
Bioaktivator EM4 Pertanian 1 Liter | 25000 | mikroorganisme pengurai kompos
Bakteri Pengurai Septic Tank / Lumpur Tinja 1 Liter | 85000 | biostarter pengolahan limbah
""",
    ),
    K(
        "alat_tani",
        "tani",
        "Pertanian > Alat",
        "unit",
        None,
        UMKM_TKDN,
        (500, None),
        """
Hand Sprayer Elektrik 16 Liter | 450000 | alat semprot baterai
Power Sprayer Mesin 4 Tak | 2800000 | alat semprot bermesin
Cangkul Baja + Gagang | 85000 | alat tani manual
""",
    ),
    K(
        "alsintan",
        "alsintan",
        "Pertanian > Alsintan",
        "unit",
        None,
        (None, (43.0, 15.0), (31.0, 12.0)),
        (30, 8, None),
        """
Hand Traktor Quick G1000 Boxer | 28500000 | traktor roda dua untuk olah tanah
Power Thresher Mesin Perontok Padi | 22500000 | perontok multiguna
Cultivator Mini 7 HP | 15500000 | mesin olah tanah kecil
Pompa Air Irigasi 3 inch | 4500000 | pompa air pertanian
Mesin Pencacah Rumput / Chopper | 12500000 | pencacah pakan ternak
""",
    ),
    # ------------------------------------------------------------------ perikanan
    K(
        "pakan_ikan",
        "ikan",
        "Perikanan > Pakan",
        "karung",
        None,
        (None, (61.0, 10.0)),
        (3000, 400, None),
        """
Pakan Ikan Pelet Apung PF 800 30 kg | 385000 | pakan benih/pembesaran lele dan nila
Pakan Ikan Pelet Tenggelam Udang 25 kg | 545000 | pakan udang vaname
Pakan Ikan Mandiri Produksi Pokdakan 30 kg | 255000 | pakan alternatif buatan kelompok
""",
    ),
    K(
        "benih_ikan",
        "ikan",
        "Perikanan > Benih",
        "ekor",
        None,
        NO_TKDN,
        (500000, 80000, None),
        """
Benih Ikan Nila Merah Ukuran 5-7 cm (per ekor) | 350 | benih untuk restoking dan budidaya
Benih Ikan Lele Sangkuriang 7-9 cm (per ekor) | 250 | benih lele
Benih Ikan Patin 2 inch (per ekor) | 400 | benih patin
Benih Ikan Gabus Haruan (per ekor) | 1500 | benih gabus
""",
    ),
    K(
        "sarana_ikan",
        "ikan",
        "Perikanan > Sarana Budidaya",
        "unit",
        None,
        UMKM_TKDN,
        (30, 5, None),
        """
Keramba Jaring Apung (KJA) HDPE 1 Unit 4 Lubang | 12500000 | karamba budidaya ikan
Kolam Terpal Bulat Diameter 3 m + Rangka | 1100000 | kolam budidaya lele
Jaring Ikan / Jala Tebar Nilon | 450000 | alat tangkap
Aerator Blower Kolam | 1350000 | pompa udara
Cool Box Ikan 100 Liter | 1250000 | kotak pendingin hasil tangkapan
""",
    ),
    # ------------------------------------------------------------------ peternakan
    K(
        "ternak",
        "ternak",
        "Peternakan > Ternak",
        "ekor",
        None,
        NO_TKDN,
        (100, 20, None),
        """
Domba Garut Betina Bibit Umur 1 Tahun | 2500000 | bantuan ternak domba per ekor
Kambing Peranakan Etawa Betina | 3250000 | bibit kambing
Sapi Bali Betina Bibit | 15500000 | bibit sapi
Ayam KUB DOC (per ekor) | 12000 | ayam kampung unggul
""",
    ),
    K(
        "obat_hewan",
        "ternak",
        "Peternakan > Obat Hewan",
        "botol",
        None,
        NO_TKDN,
        (1000, None),
        """
Obat Cacing Ternak Oral Albendazole 1 Liter | 245000 | untuk domba/kambing/sapi
Multivitamin Serbuk Unggas 250 gr | 35000 | vitamin ayam
Antibiotik Injeksi Hewan Oxytetracycline 100 ml | 95000 | obat hewan
Desinfektan Kandang 1 Liter | 75000 | biosecurity
""",
    ),
    # ------------------------------------------------------------------ mesin usaha kecil
    K(
        "mesin_jahit",
        "mesin_umkm",
        "Mesin > Mesin Jahit",
        "unit",
        None,
        (None, (27.0, 15.0)),
        (100, None),
        """
Mesin Jahit High Speed Typical GC6150 | 4500000 | mesin jahit industri untuk pelatihan konveksi
Mesin Jahit Portable Singer 8280 | 2450000 | mesin jahit rumah tangga
Mesin Obras Benang 4 | 3250000 | mesin obras
""",
    ),
    K(
        "peralatan_usaha",
        "mesin_umkm",
        "Mesin > Peralatan Usaha",
        "paket",
        None,
        NO_TKDN,
        (50, None),
        """
Paket Alat Barista (Mesin Espresso 1 Group, Grinder, V60, Timbangan) | 14500000 | peralatan pelatihan barista
Paket Peralatan Tata Rias / MUA Kit | 2850000 | make up kit pelatihan
Paket Usaha Gorengan (Gerobak, Kompor, Wajan, Etalase) | 3800000 | bantuan usaha ekonomi produktif
Paket Alat Servis HP (Solder, Multimeter, Obeng Set) | 1650000 | peralatan pelatihan servis HP
""",
    ),
    # ------------------------------------------------------------------ bahan bangunan
    K(
        "semen",
        "bangunan",
        "Bahan Bangunan > Semen",
        "sak",
        "37440",
        HIGH_TKDN,
        (10000, 1500, None),
        """
Semen Tiga Roda 50 kg | 72000 | semen portland
Semen Gresik PCC 40 kg | 61000 | semen serbaguna
Semen Padang 50 kg | 74000 | semen portland komposit
""",
    ),
    K(
        "material_bangunan",
        "bangunan",
        "Bahan Bangunan",
        "unit",
        None,
        MIX_TKDN,
        (5000, None, 800),
        """
Besi Beton Ulir 10 mm x 12 m | 85000 | besi tulangan SNI
Cat Tembok Avian 25 kg | 1150000 | cat dinding interior/eksterior
Pipa PVC Rucika 4 inch x 4 m | 185000 | pipa air
Paving Block Segi Enam K-300 (per m2) | 95000 | paving cetak mesin
Buis Beton U-Ditch 60 x 60 x 120 | 650000 | saluran beton pracetak
Buis Beton Sumur Diameter 80 cm + Tutup | 450000 | gorong-gorong beton
""",
    ),
    K(
        "tangki_air",
        "bangunan",
        "Bahan Bangunan > Tangki",
        "unit",
        None,
        MIX_TKDN,
        (100, None),
        """
Tangki Air Penguin 1.050 Liter | 2650000 | toren air
Tangki Air Stainless 2.000 Liter + Kaki | 7850000 | tandon air
""",
    ),
    # ------------------------------------------------------------------ lalu lintas, papan nama
    K(
        "rambu",
        "lalin",
        "Perlengkapan Jalan > Rambu",
        "unit",
        None,
        UMKM_TKDN,
        (500, None),
        """
Rambu Lalu Lintas Plat Aluminium Diameter 60 cm + Tiang | 1250000 | rambu jalan terpasang
Traffic Cone 70 cm Reflektif | 150000 | kerucut lalu lintas
Road Barrier Plastik Water Barrier | 650000 | pembatas jalan
Guardrail / Pagar Pengaman Jalan per meter | 850000 | pengaman tepi jalan
Paku Jalan / Road Stud Solar | 185000 | marka reflektor jalan
""",
    ),
    K(
        "papan_nama",
        "lalin",
        "Perlengkapan Kantor > Papan Nama",
        "unit",
        None,
        UMKM_TKDN,
        (200, None),
        """
Papan Nama Kantor Huruf Timbul Stainless | 3500000 | papan nama gedung terpasang
Plang Proyek / Papan Informasi Kegiatan | 750000 | papan proyek besi
Papan Struktur Organisasi Akrilik | 1850000 | papan informasi dinding
Papan Tulis Pengumuman Kaca Aluminium | 1450000 | papan informasi kaca
""",
    ),
    # ------------------------------------------------------------------ keselamatan & kebencanaan
    K(
        "apar",
        "safety",
        "Peralatan Keselamatan > APAR",
        "tabung",
        None,
        (None, (35.0, 10.0)),
        (500, None),
        """
APAR Powder 3 kg + Bracket | 650000 | alat pemadam api ringan ABC
APAR CO2 6,8 kg | 2150000 | pemadam untuk ruang server
Isi Ulang / Refill APAR Powder (per kg) | 65000 | jasa pengisian ulang tabung pemadam
Fire Blanket / Selimut Api | 350000 | selimut pemadam
""",
    ),
    K(
        "apd_kerja",
        "safety",
        "Peralatan Keselamatan > APD",
        "pcs",
        None,
        NO_TKDN,
        (3000, None),
        """
Helm Safety Proyek SNI | 60000 | helm keselamatan kerja
Rompi Safety Reflektor | 45000 | rompi petugas lapangan
Sarung Tangan Kerja Katun Bintik | 12000 | glove kerja
Masker Respirator N95 | 25000 | masker partikel
""",
    ),
    K(
        "sar",
        "safety",
        "Peralatan SAR & Kebencanaan",
        "unit",
        None,
        NO_TKDN,
        (40, None),
        """
Pelampung / Life Jacket SOLAS | 375000 | jaket pelampung
Perahu Karet Rescue 8 Orang + Mesin 15 PK | 95000000 | perahu evakuasi banjir
Tenda Pleton Dinas 6 x 14 m | 18000000 | tenda pengungsian
Tenda Dome Kapasitas 4 Orang | 1100000 | tenda kemah
Tandu Lipat Aluminium | 1350000 | tandu evakuasi
Ring Buoy Pelampung Lingkar | 285000 | pelampung penolong
""",
    ),
    # ------------------------------------------------------------------ pendidikan, olahraga, seni
    K(
        "buku_bacaan",
        "didik",
        "Buku > Buku Bacaan",
        "eksemplar",
        None,
        UMKM_TKDN,
        (5000, None),
        """
Buku Bacaan Anak Cerita Rakyat Nusantara (SD) | 55000 | buku bacaan perpustakaan sekolah
Buku Pengayaan Pertanian Praktis | 65000 | buku bacaan perpustakaan desa
Buku Peraturan Perundang-undangan Pengadaan Barang/Jasa (Kompilasi) | 125000 | buku referensi
Buku Teks Pelajaran Kurikulum Merdeka Kelas 4 | 45000 | buku pelajaran siswa
""",
    ),
    K(
        "ape_paud",
        "didik",
        "Pendidikan > Alat Permainan Edukatif",
        "set",
        None,
        UMKM_TKDN,
        (200, None),
        """
APE Outdoor PAUD Paket (Ayunan, Perosotan, Jungkat-jungkit) | 25000000 | alat permainan luar TK/PAUD
APE Indoor Balok Kayu Pembangun isi 100 | 750000 | mainan edukatif kayu
Puzzle Kayu Edukatif Set 10 | 450000 | alat permainan dalam ruang
Mobil-mobilan Kayu Edukatif | 95000 | mainan anak PAUD
""",
    ),
    K(
        "alat_peraga",
        "didik",
        "Pendidikan > Alat Peraga",
        "set",
        None,
        UMKM_TKDN,
        (100, None),
        """
Alat Peraga IPA SD Kit Lengkap | 6500000 | KIT IPA sekolah dasar
Torso Anatomi Manusia 85 cm | 4500000 | alat peraga biologi
Globe / Bola Dunia Diameter 30 cm | 285000 | alat peraga geografi
Peralatan Praktik Lab Komputer SMK (Trainer Jaringan) | 18500000 | alat praktik jurusan TKJ
""",
    ),
    K(
        "alat_olahraga",
        "olahraga",
        "Olahraga > Peralatan",
        "unit",
        None,
        UMKM_TKDN,
        (300, None),
        """
Bola Sepak Mikasa Ukuran 5 | 450000 | bola sepak
Bola Voli Mikasa MVA 200 | 550000 | bola voli
Net Voli Standar Pertandingan | 350000 | jaring voli
Meja Pingpong / Tenis Meja Standar | 6500000 | meja tenis meja lengkap net
Matras Senam / Pencak Silat 1 x 2 m | 1500000 | matras olahraga
Tongkat Estafet & Alat Atletik Set | 2750000 | perlengkapan atletik sekolah
""",
    ),
    K(
        "alat_musik",
        "seni",
        "Kesenian > Alat Musik Tradisional",
        "set",
        None,
        UMKM_TKDN,
        (10, None),
        """
Gamelan Jawa Pelog Slendro Perunggu 1 Set | 185000000 | gamelan lengkap untuk sanggar
Angklung Set Diatonis 31 Buah | 7500000 | angklung bambu sekolah
Kendang Sunda / Jaipong Set | 3500000 | kendang kulit
Talo Balak (Gamelan Lampung) Set | 45000000 | alat musik tradisional Lampung
""",
    ),
    # ------------------------------------------------------------------ jasa lainnya
    K(
        "laundry",
        "jasa",
        "Jasa > Laundry",
        "kg",
        None,
        NO_TKDN,
        (3000, None),
        """
Jasa Laundry Kiloan Cuci Setrika | 8000 | laundry linen dan pakaian per kg
Jasa Laundry Linen Rumah Sakit (per kg) | 12000 | cuci linen infeksius dan non infeksius
""",
    ),
    K(
        "service_ac",
        "jasa",
        "Jasa > Pemeliharaan Alat",
        "unit",
        None,
        NO_TKDN,
        (400, None),
        """
Jasa Service / Cuci AC Split per Unit | 85000 | pemeliharaan berkala AC
Jasa Isi Freon AC R32 | 250000 | tambah freon
Jasa Bongkar Pasang AC | 350000 | relokasi AC
""",
    ),
    K(
        "sewa_acara",
        "jasa",
        "Jasa > Sewa Perlengkapan Acara",
        "paket",
        None,
        NO_TKDN,
        (60, None),
        """
Sewa Tenda Sarnafil 5 x 5 m per Hari | 750000 | tenda acara termasuk pasang
Sewa Kursi Futura + Sarung (per kursi per hari) | 6000 | kursi acara
Sewa Sound System Acara 5.000 Watt per Hari | 2500000 | termasuk operator
Sewa Panggung Rigging 6 x 4 m | 3500000 | panggung acara
""",
    ),
    K(
        "dokumentasi",
        "jasa",
        "Jasa > Dokumentasi",
        "kegiatan",
        None,
        NO_TKDN,
        (30, None),
        """
Jasa Dokumentasi Foto dan Video Kegiatan (1 Hari) | 1500000 | fotografer + videografer, file digital
Jasa Pembuatan Video Profil / Film Dokumenter | 35000000 | produksi video profil instansi
Jasa Live Streaming Kegiatan Multi Kamera | 7500000 | siaran langsung acara
""",
    ),
    # ------------------------------------------------------------------ kendaraan & alat berat
    K(
        "sepeda_motor",
        "kendaraan",
        "Kendaraan > Roda Dua",
        "unit",
        None,
        (None, (40.1, 0.0)),
        (50, None),
        """
Sepeda Motor Honda Beat CBS 110 cc | 19450000 | kendaraan roda dua operasional
Sepeda Motor Trail Honda CRF150L | 37500000 | motor dinas lapangan
Sepeda Motor Listrik Gesits G1 | 28500000 | motor listrik produksi dalam negeri
""",
    ),
    K(
        "mobil",
        "kendaraan",
        "Kendaraan > Roda Empat",
        "unit",
        None,
        (None, (40.0, 0.0)),
        (20, None),
        """
Mobil Toyota Kijang Innova Zenix 2.0 G | 425000000 | kendaraan dinas roda empat
Mobil Double Cabin Mitsubishi Triton 4x4 | 525000000 | kendaraan operasional lapangan
Mobil Minibus Toyota Hiace Commuter | 615000000 | bus operasional 15 penumpang
Kendaraan Listrik Golf Car 6 Seater | 285000000 | kendaraan kawasan
""",
    ),
    K(
        "kendaraan_khusus",
        "kendaraan",
        "Kendaraan > Kendaraan Khusus",
        "unit",
        None,
        NO_TKDN,
        (5, None),
        """
Mobil Ambulans Transport 4x2 Lengkap Peralatan | 780000000 | ambulans puskesmas
Mobil Pemadam Kebakaran 5.000 Liter | 3950000000 | fire truck
Mobil Penerangan / Pelayanan Keliling | 695000000 | kendaraan pelayanan keliling
""",
    ),
    K(
        "alat_berat",
        "kendaraan",
        "Alat Berat",
        "unit",
        None,
        NO_TKDN,
        (3, None),
        """
Excavator Mini 3,5 Ton | 1250000000 | alat berat galian
Dump Truck 6 Roda 8 m3 | 850000000 | truk angkut sampah/material
Motor Grader | 3650000000 | alat berat perataan jalan
""",
    ),
)
