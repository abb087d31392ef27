"""Suppliers of the independent matcher evaluation catalog (bench/data/matcher_eval/catalog.json).

Invented businesses (names, NIB and contacts are made up), spread over Kemendagri regions of several
provinces, of every scale, some of them koperasi. `groups` says which kinds of goods each one lists; the
products themselves are in bench/matcher_eval_catalog.py. Written by hand from how e-katalog and SIKaP
penyedia read; see bench/data/matcher_eval/SOURCES.md.
"""

from __future__ import annotations

from typing import NamedTuple


class SupplierRow(NamedTuple):
    supplier_id: str
    name: str
    scale: str  # mikro | kecil | menengah | besar
    cooperative: bool
    region_code: str
    address: str
    kbli: tuple[str, ...]
    groups: tuple[str, ...]
    completed_contracts: int


S = SupplierRow

SUPPLIERS: tuple[SupplierRow, ...] = (
    # --- ATK, cetak, souvenir
    S("sup-01", "CV Sumber Ilmu Stationery", "kecil", False, "18.71", "Jl. Raden Intan No. 118, Tanjung Karang",
      ("47611",), ("atk",), 41),
    S("sup-02", "PT Graha Kertas Nusantara", "besar", False, "31.74", "Jl. Daan Mogot Km 14, Cengkareng",
      ("46491",), ("atk",), 212),
    S("sup-03", "Toko Buku & ATK Barokah", "mikro", False, "62.71", "Jl. Tjilik Riwut Km 2, Palangka Raya",
      ("47611",), ("atk", "didik"), 9),
    S("sup-04", "Koperasi Pegawai Republik Indonesia Praja Mandiri", "kecil", True, "35.78",
      "Jl. Jimerto No. 25-27, Surabaya", ("47111", "47611"), ("atk", "bersih", "minum"), 57),
    S("sup-05", "CV Mitra Office Solusindo", "menengah", False, "32.73", "Jl. Soekarno-Hatta No. 590, Bandung",
      ("46491", "46511"), ("atk", "it"), 96),
    S("sup-06", "Percetakan Aksara Jaya", "kecil", False, "18.72", "Jl. AH Nasution No. 40, Metro",
      ("18111",), ("cetak",), 63),
    S("sup-07", "CV Digital Printing Borneo", "mikro", False, "64.72", "Jl. Juanda No. 9, Samarinda",
      ("18111",), ("cetak", "souvenir"), 18),
    S("sup-08", "PT Percetakan Negeri Raya Grafika", "besar", False, "31.73", "Jl. Percetakan Negara No. 21",
      ("18111",), ("cetak",), 305),
    S("sup-09", "UD Kreasi Plakat Mandiri", "mikro", False, "33.72", "Jl. Slamet Riyadi No. 301, Surakarta",
      ("32909",), ("souvenir",), 22),
    S("sup-10", "Fotocopy & Jilid Mahasiswa", "mikro", False, "73.71", "Jl. Perintis Kemerdekaan Km 10, Makassar",
      ("82190",), ("cetak",), 15),
    # --- makanan & minuman
    S("sup-11", "Katering Dapur Bunda Rahayu", "mikro", False, "18.71", "Jl. Pagar Alam Gg. Mawar No. 3, Kedaton",
      ("56210",), ("makan",), 34),
    S("sup-12", "CV Rasa Nusantara Catering", "kecil", False, "32.04", "Jl. Raya Soreang Km 17, Soreang",
      ("56210",), ("makan",), 77),
    S("sup-13", "PT Boga Prima Jasaboga", "besar", False, "31.71", "Jl. TB Simatupang Kav. 8, Jakarta Selatan",
      ("56210",), ("makan",), 188),
    S("sup-14", "Rumah Makan Padang Salero Minang", "mikro", False, "13.71", "Jl. Khatib Sulaiman No. 12, Padang",
      ("56101",), ("makan",), 12),
    S("sup-15", "Koperasi Wanita Srikandi Kue", "mikro", True, "33.02", "Jl. Overste Isdiman No. 7, Purwokerto",
      ("10710",), ("makan", "pangan"), 26),
    S("sup-16", "UD Tirta Kahayan", "kecil", False, "62.71", "Jl. RTA Milono Km 3, Palangka Raya",
      ("11050",), ("minum",), 19),
    S("sup-17", "PT Tirta Sejuk Abadi", "besar", False, "36.03", "Kawasan Industri Cikupa Blok C-5, Tangerang",
      ("11050",), ("minum",), 140),
    S("sup-18", "Koperasi Produsen Pangan Lestari", "kecil", True, "35.07", "Jl. Raya Kepanjen No. 55, Malang",
      ("46311", "10612"), ("pangan",), 48),
    S("sup-19", "CV Sembako Makmur Sentosa", "kecil", False, "64.71", "Jl. MT Haryono No. 88, Balikpapan",
      ("46311",), ("pangan",), 31),
    S("sup-20", "PT Sinar Pangan Distribusi", "besar", False, "35.78", "Jl. Rungkut Industri III No. 12, Surabaya",
      ("46311",), ("pangan",), 166),
    S("sup-21", "UMKM Keripik Pisang Mbok Sum", "mikro", False, "18.71", "Jl. Pagar Alam (Gg. PU), Bandar Lampung",
      ("10793",), ("oleh",), 6),
    S("sup-22", "Dapur Gizi Sehat Mandiri", "kecil", False, "53.71", "Jl. El Tari No. 14, Kupang",
      ("56210",), ("makan", "pangan"), 21),
    # --- kebersihan & rumah tangga
    S("sup-23", "CV Bersih Jaya Abadi", "kecil", False, "16.71", "Jl. Kolonel Atmo No. 70, Palembang",
      ("46693",), ("bersih",), 37),
    S("sup-24", "PT Cleanindo Prima Supply", "menengah", False, "36.71", "Jl. MH Thamrin No. 5, Kota Tangerang",
      ("46693",), ("bersih",), 90),
    S("sup-25", "UD Sapu Ijuk Garut Makmur", "mikro", False, "32.05", "Kp. Cibodas RT 02, Garut",
      ("32901",), ("bersih",), 8),
    # --- garmen, tekstil, sepatu
    S("sup-26", "Konveksi Mandiri Garment", "kecil", False, "32.04", "Jl. Raya Majalaya No. 211, Majalaya",
      ("14111",), ("garmen",), 59),
    S("sup-27", "PT Sandang Prima Indonesia", "besar", False, "33.74", "Kawasan Industri Wijayakusuma, Semarang",
      ("14111",), ("garmen",), 230),
    S("sup-28", "Koperasi Pengrajin Tapis Sai Bumi", "mikro", True, "18.03", "Desa Negeri Katon, Lampung Selatan",
      ("13912",), ("tenun",), 14),
    S("sup-29", "Sanggar Tenun Ikat Ina Ndao", "mikro", False, "53.71", "Jl. Timor Raya Km 6, Kupang",
      ("13912",), ("tenun",), 7),
    S("sup-30", "CV Batik Tulis Lasem Sekar", "kecil", False, "33.17", "Jl. Jatirogo No. 4, Lasem, Rembang",
      ("13134",), ("garmen", "tenun", "souvenir"), 25),
    S("sup-31", "UD Sepatu Kulit Cibaduyut", "mikro", False, "32.73", "Jl. Sentra Sepatu Cibaduyut No. 18, Bandung",
      ("15201",), ("sepatu",), 17),
    S("sup-32", "PT Langkah Safety Indonesia", "besar", False, "36.03", "Jl. Industri Raya No. 9, Balaraja",
      ("15201",), ("sepatu", "safety"), 121),
    S("sup-33", "Penjahit Seragam Sekolah Ananda", "mikro", False, "64.72", "Jl. Pahlawan No. 50, Samarinda",
      ("14111",), ("garmen",), 11),
    # --- mebel
    S("sup-34", "CV Jati Mulya Furniture", "kecil", False, "33.20", "Jl. Jepara-Kudus Km 4, Tahunan, Jepara",
      ("31001",), ("mebel",), 52),
    S("sup-35", "PT Prima Office Furnindo", "besar", False, "36.03", "Jl. Raya Serang Km 24, Cikupa",
      ("31001",), ("mebel",), 201),
    S("sup-36", "Koperasi Pengrajin Rotan Amuntai", "mikro", True, "63.08", "Desa Sungai Banar, Amuntai",
      ("31009",), ("mebel",), 10),
    S("sup-37", "UD Mebel Besi Sejahtera", "kecil", False, "35.78", "Jl. Kenjeran No. 420, Surabaya",
      ("31001",), ("mebel",), 29),
    S("sup-38", "CV Kayu Ulin Borneo Craft", "mikro", False, "62.01", "Jl. Iskandar No. 31, Pangkalan Bun",
      ("31001",), ("mebel",), 5),
    # --- TIK & elektronik
    S("sup-39", "PT Datacomm Solusi Integra", "besar", False, "31.71", "Jl. Gatot Subroto Kav. 52, Jakarta Selatan",
      ("46511", "62019"), ("it", "elektronik"), 287),
    S("sup-40", "CV Lampung Komputer Center", "kecil", False, "18.71", "Jl. Kartini No. 60, Tanjung Karang",
      ("47411",), ("it",), 66),
    S("sup-41", "Toko Elektronik Kencana Jaya", "kecil", False, "12.71", "Jl. Gatot Subroto No. 132, Medan",
      ("47421",), ("elektronik",), 44),
    S("sup-42", "PT Layar Visual Teknologi", "menengah", False, "32.73", "Jl. Peta No. 200, Bandung",
      ("46522",), ("elektronik",), 58),
    S("sup-43", "CV Sinar Teknik Pendingin", "kecil", False, "73.71", "Jl. Urip Sumoharjo No. 77, Makassar",
      ("43221", "95210"), ("elektronik", "jasa"), 39),
    S("sup-44", "PT Mesin Daya Nusantara", "besar", False, "35.78", "Jl. Margomulyo Indah Blok C-9, Surabaya",
      ("46591",), ("genset",), 140),
    S("sup-45", "CV Anugerah Audio Pro", "mikro", False, "51.71", "Jl. Cokroaminoto No. 45, Denpasar",
      ("47421", "77299"), ("elektronik", "jasa"), 13),
    S("sup-46", "Koperasi Karyawan Mitra Digital", "kecil", True, "34.71", "Jl. Mataram No. 18, Yogyakarta",
      ("47411",), ("it", "atk"), 35),
    # --- kesehatan
    S("sup-47", "PT Medika Husada Sentosa", "besar", False, "31.75", "Jl. Yos Sudarso No. 28, Jakarta Utara",
      ("46691", "46693"), ("medis",), 256),
    S("sup-48", "CV Sehat Farma Lestari", "kecil", False, "13.71", "Jl. Sudirman No. 12, Padang",
      ("46693",), ("medis",), 40),
    S("sup-49", "PT Alkesindo Multi Prima", "menengah", False, "33.74", "Jl. Majapahit No. 199, Semarang",
      ("46691",), ("medis",), 81),
    S("sup-50", "UD Mandiri Alat Kesehatan", "mikro", False, "94.71", "Jl. Raya Abepura No. 15, Jayapura",
      ("46691",), ("medis",), 9),
    # --- pertanian, perikanan, peternakan
    S("sup-51", "Kelompok Usaha Tani Sri Makmur (KUD Tani Jaya)", "kecil", True, "18.05",
      "Desa Seputih Raman, Lampung Tengah", ("01121", "46201"), ("tani",), 33),
    S("sup-52", "PT Agro Sarana Nusantara", "besar", False, "31.72", "Jl. Pemuda No. 98, Jakarta Timur",
      ("46530", "46201"), ("tani", "alsintan"), 175),
    S("sup-53", "CV Bibit Unggul Nusantara", "mikro", False, "32.04", "Jl. Raya Ciwidey No. 3, Pasirjambu",
      ("01301",), ("tani",), 20),
    S("sup-54", "KUD Mina Bahari Kalteng", "kecil", True, "62.01", "Jl. Pangeran Antasari, Kumai",
      ("03221", "46209"), ("ikan",), 27),
    S("sup-55", "CV Akuakultur Sejahtera", "kecil", False, "35.12", "Jl. Raya Situbondo No. 9, Panarukan",
      ("03221", "10801"), ("ikan",), 30),
    S("sup-56", "Koperasi Peternak Domba Garut Mandiri", "mikro", True, "32.05", "Desa Sukawargi, Cisurupan, Garut",
      ("01441",), ("ternak",), 16),
    S("sup-57", "PT Indo Alsintan Makmur", "menengah", False, "35.78", "Jl. Tanjungsari No. 77, Surabaya",
      ("28210",), ("alsintan", "mesin_umkm"), 72),
    S("sup-58", "UD Poultry Shop Sumber Ternak", "mikro", False, "18.72", "Jl. Imam Bonjol No. 12, Metro",
      ("46209",), ("ternak",), 11),
    # --- bahan bangunan, lalu lintas, keselamatan
    S("sup-59", "TB Sinar Bangunan Jaya", "kecil", False, "62.71", "Jl. G. Obos No. 40, Palangka Raya",
      ("46632",), ("bangunan",), 28),
    S("sup-60", "PT Beton Prima Cetak", "menengah", False, "32.04", "Jl. Raya Banjaran No. 450, Banjaran",
      ("23953",), ("bangunan",), 64),
    S("sup-61", "CV Rambu Lalin Mandiri", "kecil", False, "33.74", "Jl. Kaligawe Km 5, Semarang",
      ("25999",), ("lalin",), 37),
    S("sup-62", "CV Pemadam Api Sentosa", "kecil", False, "12.71", "Jl. Sisingamangaraja No. 201, Medan",
      ("46599", "33190"), ("safety",), 33),
    S("sup-63", "PT Rescue Equipment Indonesia", "besar", False, "31.75", "Jl. Danau Sunter Utara Blok G, Jakarta",
      ("46599",), ("safety",), 98),
    # --- pendidikan, olahraga, seni
    S("sup-64", "CV Edukasi Kreatif Nusantara", "kecil", False, "34.04", "Jl. Kaliurang Km 9, Sleman",
      ("32400",), ("didik",), 46),
    S("sup-65", "PT Sarana Peraga Pendidikan", "menengah", False, "31.74", "Jl. Kebon Jeruk Raya No. 27",
      ("32400",), ("didik",), 112),
    S("sup-66", "Toko Olahraga Garuda Sport", "mikro", False, "52.71", "Jl. Pejanggik No. 60, Mataram",
      ("47641",), ("olahraga",), 14),
    S("sup-67", "Sanggar Gamelan Mulyo Laras", "mikro", False, "33.72", "Kp. Wirun, Mojolaban, Sukoharjo",
      ("32200",), ("seni",), 8),
    # --- jasa lainnya
    S("sup-68", "Laundry Bersih Wangi", "mikro", False, "62.71", "Jl. Yos Sudarso No. 3, Palangka Raya",
      ("96200",), ("jasa",), 10),
    S("sup-69", "CV Tenda Pesta Barokah", "mikro", False, "32.04", "Jl. Raya Banjaran No. 12, Banjaran",
      ("77299",), ("jasa",), 23),
    S("sup-70", "Studio Foto Cahaya Dokumentasi", "mikro", False, "18.71", "Jl. Teuku Umar No. 7, Kedaton",
      ("74201",), ("jasa",), 19),
    # --- kendaraan & alat berat
    S("sup-71", "PT Astra Motor Dealer Nusantara", "besar", False, "18.71", "Jl. Sultan Agung No. 14, Way Halim",
      ("45401",), ("kendaraan",), 154),
    S("sup-72", "PT Karoseri Siaga Utama", "besar", False, "36.71", "Jl. Gatot Subroto Km 7, Kota Tangerang",
      ("29200",), ("kendaraan",), 87),
    S("sup-73", "PT Traktor Berat Indonesia", "besar", False, "31.72", "Jl. Raya Bekasi Km 22, Cakung",
      ("46530",), ("kendaraan",), 60),
    # --- UMKM serba ada / oleh-oleh
    S("sup-74", "Rumah Kreatif BUMN Lampung (Koperasi Gerai UMKM)", "kecil", True, "18.71",
      "Jl. Wolter Monginsidi No. 182, Teluk Betung", ("47190",), ("oleh", "souvenir", "tenun"), 38),
    S("sup-75", "CV Kopi Lampung Robusta Jaya", "mikro", False, "18.06", "Jl. Lintas Sumatera, Kotabumi",
      ("10761",), ("oleh",), 12),
    S("sup-76", "CV Mesin Jahit Sentosa", "kecil", False, "32.73", "Jl. Kebon Jati No. 180, Bandung",
      ("46591",), ("mesin_umkm",), 24),
    S("sup-77", "Toko Alat Listrik Terang Abadi", "mikro", False, "61.71", "Jl. Gajah Mada No. 90, Pontianak",
      ("47521",), ("elektronik", "bangunan"), 15),
    S("sup-78", "PT Sentra Lab Scientific", "menengah", False, "32.73", "Jl. Pasteur No. 44, Bandung",
      ("46691",), ("medis", "didik"), 70),
)
