# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind14a, a fourteenth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Sources (SOURCES.md, section "blind14a"): FALLBACK rows never used of two repositories earlier sets used, no new
repository. blogramadhan/bun-tarik-data (blind6a, blind7a, blind10a-blind13a): SiRUP paket penyedia terumumkan of
Provinsi Kalimantan Barat (KLPD D197), `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023|2024|2025/data.parquet` (TA
2023-2025; fields nama_satker, nama_paket, pagu, jenis_pengadaan, metode_pengadaan, status_ukm, status_pdn,
volume_pekerjaan, urarian_pekerjaan, spesifikasi_pekerjaan), and the SPSE files of LPSE 97 (Provinsi Kalimantan Barat,
kd_klpd D197 rows only) `data/spse/97/SPSE-NonTenderPengumuman/2023/data.parquet` and
`data/spse/97/SPSE-PencatatanNonTender/2023/data.parquet` (nama_paket, pagu, kategori_pengadaan/jenis_pengadaan,
mtd_pemilihan, lokasi_pekerjaan), read with pyarrow from the fetched snapshot. Ariq139/LPSE-Winner-Parser (blind4b,
blind8a, blind10a-blind13a): SPSE tender announcements of the LPSE in DI Yogyakarta, MySQL dump `pkl.sql` (tables
bantul, gunungkidul, jogjakota, jogjaprov, kulonprogo, sleman; columns Nama Lelang, Tipe, Instansi; TA 2010-2017, no
year in the dump, key year 2014), regional-government rows only (Pemprov DIY and its ULP, Pemkab Bantul and its ULP,
Gunungkidul, Kulon Progo, Sleman and its ULP, Pemkot Yogyakarta; universities, RSUP Dr. Sardjito, K/L and "Instansi
Vertikal" rows and the table ugm left out). agitkasep/inaprocdata (the parallel labeller's) and hikaridha/sirup-downloader
were not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (blind13a and blind13b
included), nor after removing trailing words such as Tahap/Triwulan/Semester/TA/Tahun/Paket/Bulan/Anggaran and roman or
arabic numbers (checked programmatically on names normalised to lowercase alphanumerics, over all 4,892 earlier rows),
no normalised name begins or ends with a whole earlier name of 6 or more characters (nor is the beginning or end of
one), and no two rows share a name. After rewording every row was also compared with every earlier name by difflib
ratio: 16 of my reworded names turned out to be exactly an earlier set's reworded name (the same source row reworded
the same way, e.g. "Sintang" -> "Melawi"), one was an earlier name with a kabupaten added; these and 46 rows whose
closest earlier name (ratio >= 0.8) is the same goods with only a place, school, count, account or unit changed
(Power Tresher per kabupaten, Handsprayer, Bibit Durian, Benih Jagung, Cool Box, Gill Net, Mebel Ruang Guru / Perpustakaan,
Kursi / Meja Eselon II, Benur / Pakan per Unit, Suvenir, Perabot Kantor, Komponen Instalasi Listrik ...) were
dropped, as were five names that are an earlier name with only a MAK code or sub-kegiatan added or cut ("Belanja
Suku Cadang ... Sub Kegiatan 1.02.02.1.01.0027 Pengadaan Obat, Bahan Habis Pakai, ..." against the earlier sub-kegiatan
name, "... Perlengkapan Pendukung Olahraga_Pembinaan Minat ..." and "... - Fasilitasi Lembaga Profesi ASN" against an
earlier "... Perlengkapan Pendukung Olahraga 5.02.01.1.08.0005", "Belanja Alat dan Bahan ATK, ... Sub Kegiatan
1.02.01.1.01.0006 Koordinasi dan Penyusunan Laporan Capaian Kinerja ...", "Pemenuhan Kebutuhan Sumber Daya Manusia
Kesehatan (1.02.03.1.01.0001) Belanja Makanan dan Minuman Rapat; ... Kertas dan Cover" against an earlier "Belanja
Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover"). Four kept names begin or end with an earlier name once that
name's trailing Tahap/TA words are removed, because they name goods or a purpose the earlier name lacks: "Pengadaan
Kertas - Penyediaan Peralatan dan Perlengkapan Kantor", "Belanja Modal Alat Kedokteran Lainnya - Alat Laboratorium",
"Belanja Bibit Ikan untuk Restoking", "Pengadaan Bahan Baku Bangunan Paket IV". Rows kept although their ratio to an earlier
name is 0.8 or more name other goods or another room than that name (e.g. "Belanja Spidol - ... PPHT" against an
earlier "Belanja Ballpoint - ... PPHT", "Pengadaan Mebel Pembangunan Ruang OSIS SMA" against "... Ruang Guru SMA
Negeri", "PENGADAAN BELANJA CCTV" against "Pengadaan Belanja ATK", "Stapler" against "Staples"). Twenty-five Kalbar rows
(Pensil, Isi Cutter, Isi Tabung Gas Oksigen, Pengadaan Mebelair ... KPH, Belanja Bibit Tanaman Hias ..., Makan Minum
Rapat biasa, a Cool Box row, veterinary drugs, ...) come from a second draw of rows whose source name has ratio below 0.8 to every earlier name; they keep their
source wording. Templates the export repeats (Cabai Rawit Polybag, Sapi per kabupaten, Bantuan Peralatan Kerja,
Paket Meeting, Angkutan Mudik, RTLH) were taken at most once or left out.

Every row is my own record made from one real package name, reworded lightly where the name gives something to
change ("Kec. Pemangkat" -> "Kec. Tebas", "Kec. Salatiga" -> "Kec. Selakau", "Desa Lemukutan" -> "Desa Karimunting",
"Kelompok Tani Makmur Bersama ... Siantan Hilir" -> "Makmur Jaya ... Siantan Tengah", "Kabupaten Sambas" ->
"Sekadau"/"Bengkayang", "Kayong Utara" -> "Ketapang", "Landak dan Sanggau" -> "Landak dan Bengkayang", "Kapuas Hulu"
-> "Sintang", "Kecamatan Galing" -> "Tebas", "Sanggau (3) - Sintang (2)" -> "Sanggau (2) - Sintang (3)", "PPHT ... 3/5
Unit" -> "4 Unit", "Kelas X" -> "Kelas XI", "Idul Adha" -> "Idul Fitri", "(roda4)" -> "(roda 4)"; DIY: "Paket GK 3 ...
Kec. Playen 80 unit" -> "Paket GK 4 ... Kec. Patuk 75 unit", "Paket SLM - 3" -> "SLM - 5", "Paket GK-2 ... Karangmojo,
Ponjong, Gedangsari" -> "GK-3 ... Semanu, Ponjong, Rongkop", "Nglipar,Patuk" -> "Semin,Ngawen", "untuk Rehabilitasi"
-> "untuk Restoking", "Paket II" -> "Paket IV", "Tahap II" -> "Tahap III", "Sleman Timur" -> "Sleman Barat", "Desa
Dlingo" -> "Desa Mangunan", DAK years +1, "214 orang" -> "220 orang", "55 unit" -> "50 unit", "Untuk Bupati" -> "Untuk
Wakil Bupati", "simpang 4" -> "simpang 3", "Giriharjo" -> "Wonokerto", "Sistem Karangsari, Kec. Semin" -> "Sistem
Bedoyo, Kec. Ponjong", "Pajak Kendaraan Bermotor" -> "Bea Balik Nama Kendaraan Bermotor", "Moyudan" -> "Minggir",
"Paket III (... Cangkringan)" -> "Paket IV (... Pakem)", "SD/MI" -> "SMP/MTs", "Sektor Kranggan" -> "Sektor
Gondomanan", "karcis obyek" -> "karcis obyek wisata"), the noise of the original kept: ALL CAPS names, typos
("Olahara", "Pengdaan", "Tresher", "Alai", "Suvernir", "Kompute", "Belnaja", "Pengadaaan", "Insfrastruktur",
"Reginal", "Chanel", "Bandwith", "ALat", "KegiatanKoordinasi"), a leading "] ", "(SEKRT)", "[HORTI]", "TP-"/"TP_"
prefixes, MAK and sub-kegiatan codes, double, leading and trailing spaces, several items in one name. Kalimantan Barat
pagu is 1-4% off the real pagu (seeded); the DIY dump has no pagu, so the pagu of the b14a5 needs is the labeller's
estimate for a tender of that kind. Type and method are the export's (Kalbar: jenis_pengadaan and metode_pengadaan or
mtd_pemilihan, all Barang, by e-purchasing, pengadaan langsung, penunjukan langsung or dikecualikan, works-like and
service-like Barang rows kept for the real mix); for DIY the dump's Tipe with method tender (seleksi for consultancy).
Flags: `u` where status_ukm is UKM, `n` where status_pdn is Non-PDN (SiRUP rows); SPSE and DIY rows are unflagged. The
specification is a short rewording of the RUP row's uraian/spesifikasi pekerjaan (of the SPSE row's name and location for SPSE
rows; none for DIY); the volume is set only where the source gives a count in the catalog's unit. Region codes: Kalbar
province offices and their provincial UPT 61, RSUD dr. Soedarso 61.71, UPT Perikanan Budidaya Air Payau dan Laut 61.72;
DIY: Pemprov DIY and its ULP 34, Kulon Progo 34.01, Bantul and its ULP 34.02, Gunungkidul 34.03, Sleman and its ULP
34.04, Kota Yogyakarta 34.71. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros
are its MACROS. The grades were written by reading each package name (and the specification it states) against the
catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever
ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2024, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet; FALLBACK).
KALBAR_2024 = """
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang OSIS SMA (DAK) Tahun 2024|b|ep|31228000|||u|mebel ruang OSIS, spesifikasi di KAK|meja_kantor:2 kursi_kantor:2 meja_rapat:2 lemari_arsip:2 rak_buku:1 mebel_sekolah:1 kursi_lipat:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Alat Penangkap Ikan (API) Ramah Lingkungan KUB Nelayan Kec. Tebas Kab. Sambas|b|pl|80074000|||u|alat penangkap ikan untuk nelayan|sarana_ikan/Jaring:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Bibit Dalam Rangka Gerakan Tanam Komoditas Strategis Hortikultura|b|ep|8998300|||u|benih cabe rawit sachet 10 gr 50 sachet; alpukat sambung pucuk label biru 50 batang|bibit_tanaman/Alpukat:3 bibit_tanaman/Cabai:2 bibit_tanaman:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Calon Induk Ikan Baung, Gurame, Jelawat dan Patin (DAK)|b|pl|192042900|||u|calon induk ikan air tawar|benih_ikan/Patin:1 benih_ikan:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Rehabilitasi Ruang Laboratorium Komputer SMA (DAK) Tahun 2024|b|ep|10799100|||u|mebel laboratorium komputer, spesifikasi di KAK|meja_kantor/Komputer:3 kursi_kantor:2 meja_kantor:1 mebel_sekolah:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Teknologi, Informasi dan Komunikasi SMA (DAK) Tahun 2024|b|ep|291688900|||u|peralatan TIK SMA, spesifikasi di KAK|laptop:3 proyektor:2 printer:2 pc_desktop:2 laptop/Chromebook:2 jaringan:1 tv_display/Interactive:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Root Blower (Pengadaan Sarana dan Peralatan Produksi Unit Sedau (DAK))|b|pl|61093400|1|unit|u|root blower 7,5 HP, discharge 4 inch|sarana_ikan/Aerator:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Kertas Pelatihan Pemetaan Provinsi Kalimantan Barat|b|ep|798700|||u|HVS 80 gr F4|kertas_f4:3 kertas_a4:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang Kelas Baru SMA (DAK) Tahun 2024|b|ep|304618100|||u|mebel ruang kelas baru, spesifikasi di KAK|mebel_sekolah:3 mebel_sekolah/Guru:2 meja_kantor:1 kursi_kantor:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|] Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga PSSI Provinsi Kalimantan Barat berupa Pengadaan Bola Kaki|b|ep|194875400|||u|bola kaki diserahkan kepada masyarakat|alat_olahraga/Bola_Sepak:3 alat_olahraga:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Suku Cadang-Suku Cadang Alat Kedokteran - Consumable HD|b|ep|6315742700||||consumable hemodialisa|bmhp:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Perlengkapan POKMASWAS|b|ep|96520600|||u|sarana perlengkapan pokmaswas 4 paket|kaos/Rompi:1 sar:1 elektronik_rt/Handy:1
61|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Pengadaan Drone-KegiatanKoordinasi, Sinkronisasi dan Pelaksanaan Perlindungan Hutan|b|ep|26359300|||u|drone beserta kelengkapannya|kamera_cctv/Mirrorless:0
61|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH MEMPAWAH|Belanja Suku Cadang-Suku Cadang Alat Angkutan (5.02.01.1.09.0002 Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan)|b|ep|18694900|||u|ban luar 185/70 R14|
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan BBM untuk Operasional Kendaraan Dinas (SEKRT)|b|dk|27142500|1500|liter|u|pertamax|minyak_goreng:0
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Sampul Rapor Siswa Kelas XI Jenjang SMA Tahun 2024|b|ep|1028658200|||u|cetak sampul rapor 14.926 buku|cetak_blanko/Map_Folder:2 map_ordner/Map_Batik:1 cetak_buku:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Ikan|b|pl|78986300|||u|pakan ikan|pakan_ikan:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Alat Angkut Pertanian|b|ep|35682700|1|unit|u|kendaraan roda 3, mesin 4 stroke silinder tunggal|sepeda_motor:1 alsintan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Pelatihan Pemetaan Provinsi Kalimantan Barat|b|ep|3539800|||u|jilid spiral plastik; fotocopy hitam putih A4/F4; spanduk digital printing|fotokopi:3 cetak_spanduk:3
61|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Pengadaan Laptop-KegiatanKoordinasi, Sinkronisasi dan Pelaksanaan Perlindungan Hutan|b|ep|26216400|||u|laptop|laptop:3 tas_laptop:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Kimia bahan antisipasi penyebaran covid-19 (SEKRT)|b|ep|10339400|||u|hand sanitizer 500 ml|sabun_detergen/Tangan:1 bmhp/Alcohol:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga PSSI Provinsi Kalimantan Barat berupa Treadmill|b|ep|194057900|||u|treadmill diserahkan kepada masyarakat|alat_olahraga:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel USB SMA Negeri Tahun 2024|b|ep|2316591700|||u|meja kursi guru dan siswa unit sekolah baru|mebel_sekolah:3 mebel_sekolah/Guru:3 meja_kantor:1 kursi_kantor:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Lainnya - Alat Laboratorium|b|ep|445802200|||n|alat laboratorium|alat_lab:3 reagen_tes:1 alkes:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Kincir Air (Pengadaan Sarana dan Peralatan Produksi Unit Sedau (DAK))|b|pl|32455100|3|unit|u|kincir air 1 HP 3 phase, 2 baling|sarana_ikan/Aerator:2
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pompa Celup 6 Inch (Pengadaan Sarana dan Peralatan Produksi Unit Sedau (DAK))|b|pl|27606500|1|unit|u|pompa celup outlet 6 inch 3,7 kW, casing stainless|alsintan/Pompa:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Pengembangan Kawasan Bawang Merah di Kabupaten Landak dan Bengkayang |b|ep|205317900|||u|bawang merah 3000 kg; NPK 16-16-16 750 kg; mulsa plastik hitam perak 30 roll; dolomit 3000 kg|pupuk/NPK:3 pupuk:2 benih_pangan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Kelengkapan Komputer Kegiatan Tanaman Serealia|b|ep|4801700|||u|kelengkapan komputer kegiatan tanaman serealia|tinta_printer:3 toner:1 flashdisk:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Mata|b|ep|2708353600|||n|biometri IOL, LCD chart, topografi|alkes:0
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Sewa Mebel (Kegiatan Bulan Bhakti Gotong Royong Masyarakat) |b|ep|3041900|||u|meja/kursi dengan sarung|sewa_acara/Kursi:3 sewa_acara:1 kursi_lipat:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakan, Desinfektan dan Obat Ternak Babi 5 Kelompok Sanggau (2) - Sintang (3)|b|ep|155268700|||u|pakan, desinfektan dan obat ternak diserahkan kepada 5 kelompok|obat_hewan/Desinfektan:3 obat_hewan:2
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Surat Ketetapan Pajak Daerah (SKPD)|b|ep|1213646600|||u|SKPD 76,5 x 210 mm, 1.200.000 set|cetak_blanko:3 kertas_thermal:0
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Cultivator Kabupaten Sintang|b|ep|22527300|1|unit|u|motor bensin 4 langkah|alsintan/Cultivator:3 alsintan:1
61|SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Kendaraan Dinas Bermotor Perorangan|b|ep|763639800|||u|kendaraan dinas operasional|mobil/Innova:3 mobil:2 mobil/Golf:0
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Rehabilitasi Ruang Tata Usaha SMK (DAK) Tahun 2024|b|ep|64665800|||u|mebel ruang tata usaha, spesifikasi di KAK|meja_kantor:3 kursi_kantor:3 lemari_arsip:3 rak_buku:1 mebel_sekolah:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Persediaan Dokumen/Administrasi Tender-Fasilitasi Pengembangan Karir dalam Jabatan Fungsional|b|ep|4510300|||u|HVS 70 gr F4; HVS 70 gr A4; HVS 80 gr F4|kertas_f4:3 kertas_a4:3 fotokopi:1
61|DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Kompute Kegiatan Pembinaan Operasionalisasi Pelayanan Penempatan Tenaga Kerja AKAD (Antar Kerja Antar Daerah) dan AKL (Antar Kerja Lokal)|b|ep|311100|||u|flashdisk|flashdisk:3 tinta_printer:1
61|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan (Operasional Pelayanan Rumah Sakit)|b|ep|306200|||u|fotocopy hitam putih A4/F4; cetak kulit dan jilid spiral besi|fotokopi:3 cetak_buku:1
61|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Pengadaan Mebelair-Penyediaan dan Pemeliharaan Sarana Prasarana Operasionalisasi KPH|b|ep|21416300|||u|kursi kantor, meja kerja dan sofa, 4 paket|kursi_kantor:3 meja_kantor:3 sofa:3 lemari_arsip:1 meja_rapat:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Bibit Tanaman Hias Dalam Rangka Pengembangan/Pemeliharaan Tanaman Di Pendopo Dan Kebun Koleksi Dinas|b|ep|4647300|||u|sri rejeki 20 pot; philodendron 20 pot|bibit_tanaman/Tanaman_Hias:2 bibit_tanaman:1
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Isi Tabung Gas Oksigen|b|dk|144700|||u|pengisian tabung oksigen 1,5 m3, 3 tabung|apar/Refill:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Percontohan Budidaya Lobster di Kabupaten Ketapang|b|pl|193003200|||u|benih lobster, pakan dan peralatan pendukung|sarana_ikan:1 pakan_ikan:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Bantuan sarana dan kelengkapannya di Kabupaten Kapuas Hulu|b|pl|76821200|||u|persediaan diserahkan kepada masyarakat|sarana_ikan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Belanja Bahan-Bahan Kimia (Dalam Rangka Pengembangan/Pemeliharaan Kebun Koleksi Tanaman Pangan)|b|ep|2474800|||u|[ # ] kebun koleksi aneka kacang dan umbi; [ - ] tanaman serealia (padi dan jagung)|pestisida:2 pupuk:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Konsumsi Kegiatan FGD Pemasaran Produk Hortikultura|b|ep|2326800|||u|makan minum rapat; snack/minum rapat|nasi_box:3 snack_box:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Kertas dan Cover Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD (SEKRT)|b|ep|1437700|||u|HVS 75 gr F4; HVS 75 gr kwarto|kertas_f4:3 kertas_a4:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pemeliharaan Sarana Kantor|b|ep|25173500|||u|pemeliharaan personal computer/notebook/laptop 44 unit per tahun|aksesori_komputer:0
61|UPT LABORATORIUM KESEHATAN|Pemeliharaan Jaringan Instalasi Listrik|b|ep|147609600|||u|pemeliharaan jaringan listrik, genset dan sarana kantor|genset:0 lampu_listrik:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Premix Mineral Kambing|b|ep|200100|||u|premix mineral kambing 25 kg|obat_hewan/Multivitamin:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Penyediaan Sarana Budidaya Kepiting Bakau di Kabupaten Kubu Raya|b|pl|79156800|1|unit|u|sarana budidaya kepiting bakau|sarana_ikan:1
"""

# The same SiRUP export, TA 2025 (.../2025/data.parquet; FALLBACK).
KALBAR_2025 = """
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Pemeliharaan Alat Pendingin|b|ep|9525000|16|unit|u|pemeliharaan AC split 16 unit|service_ac/Cuci:3 service_ac:2 ac:0
61|BIRO PENGADAAN BARANG DAN JASA SETDA PROVINSI KALIMANTAN BARAT|Belanja Perjalanan Dinas Paket Meeting Dalam Kota  Bimtek Pengadaan Barang/Jasa |b|ep|42737500|||u|paket meeting luar kantor bimtek PBJ 120 orang|prasmanan/Fullday:2 prasmanan:1 nasi_box:1 snack_box:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Paranet untuk Kelompok Tani Makmur Jaya jalan Darma Putra Dalam Kelurahan Siantan Tengah Kecamatan Pontianak Utara|b|ep|16931600|||u|anyaman jaring plastik polietilen hitam 100 m x 3 m kerapatan 60-80%, 10 roll|sarana_ikan/Jaring:0
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Pupuk Organik (Pabrikan) - Penerapan Pengendalian Hama Terpadu (PPHT) Tanaman Pangan 4 Unit|b|ep|2454700|||u|pupuk organik cair pabrikan, NPK dan unsur mikro 500 ml, 21 liter|pupuk/Organik:2 pupuk/Kompos:1 pupuk:1 biostarter:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Pakan Ternak Babi|b|ep|30990400|||u|pakan ternak babi diserahkan kepada 2 kelompok|pakan_ikan:0
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Penggaris|b|ep|14300|||u|penggaris L 30 cm 2 buah|stapler:0
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Map - ATK Penerapan Pengendalian Hama Terpadu Hortikultura 4 Unit-Aktifitas Lapangan|b|ep|284300|||u|map plastik jepit, 4 box|map_ordner/Map_Plastik:2 map_ordner:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Suku Cadang-Suku Cadang Alat Pertanian - Paenibacillus|b|ep|22681700|||u|Paenibacillus polymyxa 500 liter|biostarter:1 pestisida:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Spidol - Kegiatan Penerapan Pengendalian Hama Terpadu (PPHT) Tanaman Pangan 4 Unit Aktifitas Lapangan|b|ep|69500|||u|spidol permanen 6 pcs|spidol/Permanent:3 spidol:2
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Kertas Manila - Kegiatan Penerapan Pengendalian Hama Terpadu (PPHT) Tanaman Pangan 4 Unit Aktifitas Lapangan|b|ep|65000|||u|kertas manila 6 box|kertas_foto/Karton:1 kertas_a4:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Oli/Pelumas Kendaraan Operasional (roda 4) dan (roda 2)|b|ep|43474400|||u|minyak pelumas/oli kendaraan dinas|
61|BIRO PENGADAAN BARANG DAN JASA SETDA PROVINSI KALIMANTAN BARAT|Pemeliharaan Kendaraan (Jasa Pemeliharaan, Biaya Pemeliharaan atau Kendaraan Dinas Jabatan)|b|ep|20610300|||u|pemeliharaan kendaraan dinas pejabat eselon II termasuk bahan bakar|
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Perlengkapan Dinas Penyediaan Peralatan dan Perlengkapan Kantor (SEKRT)|b|ep|687100|||u|sepatu boot|sepatu/Boots:3 sepatu:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Suku Cadang-Suku Cadang Alat Pertanian - Pupuk PGPR|b|ep|22890400|500|liter|u|PGPR zat pengatur tumbuh|biostarter:2 pupuk:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Pupuk Kandang - Penerapan Pengendalian Hama Terpadu (PPHT) Hortikultura 4 Unit|b|ep|1116300|||u|pupuk kandang 40 karung|pupuk/Kompos:2 pupuk/Organik:2 pupuk:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Makanan dan Minuman Rapat Penyusunan Perubahan DPA-SKPD|b|ep|1051400|||u|snack; makan minum rapat biasa|nasi_box:3 snack_box:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk NPK Kegiatan Pengembangan Kebun Karet Rakyat di Kabupaten Sekadau ( 12 Ha )|b|ep|37258800|||u|pupuk NPK 15-15-15|pupuk/NPK:3 pupuk:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Itik|b|ep|102304300|||u|ternak itik diserahkan kepada 1 kelompok|ternak/Ayam:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Makan Minum Idul Fitri|b|ep|5334300|||u|makan minum dan snack|nasi_box:3 snack_box:3 prasmanan:2
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Lemari arsip 5.02.01.1.07.0005|b|ep|4095700|1|unit|u|lemari arsip 1 buah|lemari_arsip:3 rak_buku:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel SLB|b|ep|563104600|||u|meja kursi guru dan siswa SLB, spesifikasi di KAK|mebel_sekolah:3 mebel_sekolah/Guru:3 meja_kantor:1 kursi_kantor:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Peraga Praktek Sekolah Bidang Studi:IPA Atas_Pengadaaan Alat Praktik dan Peraga Peserta Didik|b|pn|588646900|||u|KIT IPA set lengkap|alat_peraga/IPA:2 alat_lab:2 alat_peraga:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Kertas - Penyediaan Peralatan dan Perlengkapan Kantor|b|ep|123500900|||u|kertas penunjang kantor, spesifikasi di KAK|kertas_a4:3 kertas_f4:3 kertas_a3:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Bahan Cetak Idul Fitri|b|ep|18971800|||u|penggandaan, cetak leaflet, cetak spanduk, 4 paket|fotokopi:3 cetak_brosur/Leaflet:3 cetak_spanduk:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Spanduk) (SEKRT)|b|ep|8668500|||u|spanduk|cetak_spanduk/Spanduk:3 cetak_spanduk:2
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Laboratorium berupa Sarana Pendukung Pengawasan Keamanan Pangan Sub Kegiatan Rekomendasi Keamanan dan Mutu Pangan Segar Asal Tumbuhan Lintas Daerah Kabupaten/Kota|b|ep|3234700|||u|sarung tangan nitril ukuran M isi 100 pcs/kotak|bmhp/Sarung:3 apd_kerja/Sarung:1
61|SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Rumah Negara Golongan I|b|ep|2551717500|||u|rehabilitasi sedang rumah negara tipe B dan konsultan pengawasan|
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Alat Kualitas Air Untuk Kelompok Pembudidaya|b|pl|81451800|||u|refraktometer portable hand held dan water test kit portabel|alat_lab:1 reagen_tes:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja makan minum rapat dalam rangka pertemuan peningkatan kapasitas brigade pengendalian kebakaran lahan dan kebun|b|ep|2611800|||u|30 porsi makan dan 60 porsi snack|nasi_box:3 snack_box:3
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Stopmap Berkop|b|ep|781200|100|pcs|u|kertas BC Leces berwarna|map_ordner/Stopmap:2 cetak_blanko/Map_Folder:2 map_ordner/Map_Batik:1 amplop/Kop:0
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Stapler|b|ep|83000|4|pcs|u|HD 10|stapler/HD-10:3 stapler:2
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan  (analisis kondisi daerah, permasalahan dan isu strategis Pembangunan Daerah)|b|ep|797900|||u|tinta printer 664 magenta, cyan, yellow, black|tinta_printer:3 toner:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan Untuk Kegiatan Kantor- Bahan Kantor|b|ep|6922300|||u|mouse; tinta printer 003 black, cyan, magenta, yellow|tinta_printer:3 aksesori_komputer/Mouse:3 toner:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Jasa Pemasangan Instalasi Telepon, Air, dan Listrik 5.02.01.1.06.0001|b|ep|24560900|||u|jasa pemasangan instalasi listrik|lampu_listrik:0
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat/Bahan untuk Kegiatan Kantor Lainnya Penyediaan Peralatan dan Perlengkapan Kantor (SEKRT)|b|ep|379100|||u|bendera merah putih|bendera/Merah_Putih:3 bendera:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Pemeliharaan Gedung Kantor Dinas (SEKRT)|b|ep|144000|||u|fotocopy hitam putih A4/F4|fotokopi:3
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Makan Minum Rapat biasa|b|ep|5232300|||u|makan dan minum rapat 30 orang|nasi_box:3 snack_box:3 prasmanan:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Pensil|b|ep|95300|||u|pensil 2B, 11 kotak|pulpen:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja perlengkapan tim idul adha|b|ep|166000|||u|perlengkapan dinas|topi_atribut:1 kaos:1 apd_kerja:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Makanan dan Minuman Rapat Laporan Kinerja, LPPD dan LKPJ, Realisasi dan Capaian Perjanjian Kinerja (SEKRT)|b|ep|3995000|||u|makan minum dan snack rapat biasa|nasi_box:3 snack_box:3
61|UPT PANTI SOSIAL ANAK PROVINSI KALIMANTAN BARAT|ALat Peraga Pemberian Bimbingan Aktivitas Hidup Sehari-Hari (GEPENG)|b|ep|9696400|||u|alat peraga bimbingan aktivitas hidup sehari-hari, 20 paket|alat_peraga:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Isi Cutter|b|ep|41200|||u|isi cutter L-150, 4 pcs|stapler:0
"""

# The same SiRUP export, TA 2023 (.../2023/data.parquet; FALLBACK).
KALBAR_2023 = """
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Modal Alat Pelindung Lainnya|b|ep|2024300|||u|sarung tangan pelindung elektrik kelas 2 20 kV|apd_kerja/Sarung:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Makan Minum snack kegiatan|b|ep|128788500|||u|paket meeting di luar kantor fullday setingkat eselon II|prasmanan/Fullday:3 prasmanan:2 nasi_box:1 snack_box:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Sewa Alat Reproduksi (Penggandaan)|b|ep|58310800|||u|sewa mesin fotokopi|mesin_fotokopi:1 fotokopi:1
"""

# SPSE of LPSE Provinsi Kalimantan Barat (kode LPSE 97), non-tender announcements and non-tender records TA 2023
# (blogramadhan/bun-tarik-data, data/spse/97/SPSE-NonTenderPengumuman/2023/ and SPSE-PencatatanNonTender/2023/; FALLBACK).
KALBAR_SPSE = """
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Rawai Ikan dan Kelengkapannya KUB Nelayan Kec. Selakau Kab. Sambas|b|pl|72242300||||rawai ikan dan kelengkapannya|sarana_ikan/Jaring:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Mesin Perahu Motor Nelayan KUB Nelayan Desa Karimunting Kecamatan Sungai Raya Kepulauan Kab. Bengkayang|b|pl|92023500||||mesin perahu motor nelayan|sar/Perahu:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Penyediaan Sarana Kampung Perikanan Budidaya beserta Kelengkapannya di Kabupaten Bengkayang|b|pl|98827400||||sarana kampung perikanan budidaya dan kelengkapannya|sarana_ikan:2 benih_ikan:1 pakan_ikan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Belanja Bahan-Bahan Kimia Kegiatan Penerapan Persayaratan Teknis Sertifikasi Zona / Kompartemen Bebas Penyakit dan Unit Usaha Produk Hewan, Sub Kegiatan Pengujian Laboratorium Kesehatan Hewan dan Kesehatan Masyarakat Veteriner|b|pl|142132800||||bahan kimia laboratorium kesehatan hewan|reagen_tes:2 alat_lab:1 obat_hewan:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Trammel Net dan Kelengkapannya KUB Nelayan Padang Tikar Kecamatan Batu Ampar Kab. Kubu Raya|b|pl|87385700||||trammel net dan kelengkapannya|sarana_ikan/Jaring:2 sarana_ikan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Bibit Jeruk Untuk Kecamatan Tebas, Kab. Sambas|b|pl|70871100||||bibit jeruk|bibit_tanaman:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Paket Bantuan Sarana Budidaya Rumput Laut Spesifikasi : Bibit rumput laut lokal Eucheuma Cottonii, Sistem long line Serta Peralatan Pendukung di Kabupaten Ketapang|b|pl|204340500||||bibit rumput laut, sistem long line dan peralatan pendukung|sarana_ikan:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Bantuan Saprodi Intervensi Daerah Rawan Pangan|b|pl|102657400||||sarana produksi pertanian di Kab. Sambas dan Kapuas Hulu|pupuk:2 benih_pangan:2 bibit_tanaman:1 pestisida:1 alat_tani:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Belanja Obat-Obatan-Obat Kegiatan Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular Lintas Daerah Kabupaten/Kota|b|pl|46428500||||obat-obatan hewan untuk UPT Pelayanan Kesehatan Hewan, Kesmavet dan Klinik Hewan|obat_hewan:3 obat:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Cool Box/Box Fiber KUB Nelayan Desa Parit Baru Kec. Selakau Kab. Sambas|b|pl|49075900||||cool box/box fiber untuk nelayan|sarana_ikan/Cool_Box:3 sarana_ikan:1
"""

# SPSE tender announcements of the LPSE in DI Yogyakarta, regional-government rows no earlier set used
# (Ariq139/LPSE-Winner-Parser, pkl.sql; FALLBACK). No pagu in the dump: pagu is the labeller's estimate.
DIY = """
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN BANTUAN PERALATAN USAHA KEGIATAN PEMBENTUKAN WIRA USAHA BARU (WUB) MELALUI PENDAYAGUNAAN TENAGA KERJA MANDIRI TERDIDIK (TKMT)|b|t|640000000|||||peralatan_usaha:2 mesin_jahit:1 alat_dapur:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Paket GK 4 Pengadaan Bahan Bangunan utk RTLH di Kec. Patuk 75 unit rmh|b|t|1120000000|||||semen:3 material_bangunan:3
34.02|Pemerintah Kabupaten Bantul|Pengadaan Alat-Alat Instalasi Air Limbah|b|t|285000000|||||material_bangunan/Pipa:1 biostarter/Septic:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Belanja modal pengadaan peralatan kedokteran|b|t|1250000000|||||alkes:2 bed_pasien:1 alat_lab:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Barang Bahan Bangunan untuk Perbaikan RTLH Kabupaten Sleman ( Paket SLM - 5)|b|t|870000000|||||semen:3 material_bangunan:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Rain shelter mendukung Budidaya Cabe luar Musim|b|t|360000000|||||material_bangunan:1 bibit_tanaman/Cabai:0
34.04|Pemerintah Kabupaten Sleman|Pengadaan Bahan Bangunan Dalam Rangka Rehabilitasi Jaringan Irigasi|b|t|420000000|||||semen:3 material_bangunan:2 material_bangunan/U-Ditch:2
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Belanja Hibah Barang yang Diserahkan Kepada Masyarakat/ Pihak Ketiga - Pengadaan Perahu (kasko), Mesin PMT, Jaring Eret 2 inchi, Jaring Eret 3,5 inchi, Jaring Eret 5,5 inchi, Jaring Eret 7 inchi, dan|b|t|480000000|||||sarana_ikan/Jaring:2 sar/Perahu:1 sarana_ikan:1
34.04|Pemerintah Daerah Kabupaten Sleman|Pengadaan Sarana Produksi Cabai Rawit|b|t|310000000|||||pupuk:2 pestisida:2 bibit_tanaman/Cabai:2 alat_tani:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaaan Meja dan Kursi Siswa SD di UPT TK SD Kec. Semin,Ngawen dan Gedangsari|b|t|520000000|||||mebel_sekolah/SD:3 mebel_sekolah:1
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Modal Pengadaan Mesin Pemindai|b|t|240000000|||||scanner:3 printer:0
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Pengadaan Sarana dan Prasarana Pengkayaan Hutan Rakyat|b|t|380000000|||||bibit_tanaman/Mahoni:2 bibit_tanaman:1 pupuk:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Bibit Ikan untuk Restoking|b|t|210000000|||||benih_ikan:3 pakan_ikan:0
34.04|Pemerintah Kabupaten Sleman|PENGADAAN ALAT PENDIDIKAN IPA SD (DAK TA 2013)|b|t|1350000000|||||alat_peraga/IPA:3 alat_peraga:1 alat_lab:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Wireless|b|t|230000000|||||jaringan:2 jaringan/Access_Point:3 elektronik_rt/Handy:0
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Alat Peraga/Praktek Sekolah|b|t|950000000|||||alat_peraga:3 alat_lab:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Paket GK-3 (ABT) Pengadaan Bahan Bangunan utk PSU di Kec. Semanu, Ponjong, Rongkop & Wonosari|b|t|760000000|||||semen:3 material_bangunan:3
34.04|Pemerintah Kabupaten Sleman|Pengadaan Komponen LPJU untuk Pemeliharaan Rutin (MCB, Kabel,Kapasitor dan Ignitor)|b|t|245000000|||||lampu_listrik/Kabel:2 lampu_listrik:1
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan Bahan Baku Bangunan Paket IV|b|t|450000000|||||semen:3 material_bangunan:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN BELANJA CCTV|b|t|420000000|||||kamera_cctv/Paket_CCTV:3 kamera_cctv/Kamera_CCTV:3 kamera_cctv/Harddisk:1 kamera_cctv/Mirrorless:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Kendaraan Roda 4 (empat) Berupa Mobil Ambulan|b|t|820000000|1|unit|||kendaraan_khusus/Ambulans:3 kendaraan_khusus:1 mobil:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Belanja Modal Buku Perpustakaan Tahap III|b|t|350000000|||||buku_bacaan:3 cetak_buku:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Mebelair Pabrikan|b|t|480000000|||||MEBEL mebel_sekolah:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Paket Percontohan Budidaya Nila|b|t|260000000|||||benih_ikan/Nila:3 pakan_ikan:2 sarana_ikan/Kolam_Terpal:2 sarana_ikan:1
34.04|Pemerintah Daerah Kabupaten Sleman|Budidaya ikan dengan padi (Minapadi) Sleman Barat|b|t|275000000|||||benih_ikan/Nila:2 benih_ikan:2 pakan_ikan:1 benih_pangan:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Gamelan Perunggu Desa Mangunan|b|t|230000000|||||alat_musik/Gamelan:3 alat_musik:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Peralatan IPS, Matematika dan IPA SD (DAK SD 2011)|b|t|1800000000|||||alat_peraga:3 alat_peraga/Globe:3 alat_peraga/IPA:3
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan mebeulair sekolah|b|t|560000000|||||mebel_sekolah:3 meja_kantor:1 kursi_kantor:1
34.04|Pemerintah Kabupaten Sleman|PENGADAAN PIPA TRANSMISI DIAMETER 100-15 mm|b|t|690000000|||||material_bangunan/Pipa:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Rak Buku Perpustakaan Desa/Kelurahan|b|t|410000000|||||rak_buku/Perpustakaan:3 rak_buku:2 lemari_arsip:0
34.04|Pemerintah Kabupaten Sleman|Pengadaan Sarana Produksi Pertanian Dalam Rangka Reklamasi Lahan Sawah dan Rehabilitasi Tanaman  Salak|b|t|520000000|||||pupuk:2 pestisida:1 bibit_tanaman:1 alat_tani:1
34.03|Pemerintah Daerah Kabupaten Gunung Kidul|Pengadaan Media Pendidikan SD  dari dana DAK 2017|b|t|1450000000|||||alat_peraga:3 alat_peraga/IPA:2 laptop:1 proyektor:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Pengadaan Alat Permainan Edukatif (APE) Outdoor TK|b|t|380000000|||||ape_paud/Outdoor:3 ape_paud:1
34.02|Pemerintah Kabupaten Bantul|Belanja Modal Pengadaan Printer E-KTP|b|t|195000000|||||printer/Kartu:3 printer:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Belanja Bahan Makanan Ikan di BAT BPTKP|b|t|260000000|||||pakan_ikan:3
34.03|Pemerintah Kabupaten Gunungkidul|Belanja Generator Set|b|t|480000000|||||genset:3 ups_listrik:0
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Bibit Tanaman Buah, Pupuk Kandang dan Benih Tanaman Sela|b|t|430000000|||||bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 pupuk/Kompos:2 pupuk/Organik:2 benih_pangan:2 bibit_tanaman:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Peralatan Olahraga dan/atau Kesenian DAK 2016|b|t|1100000000|||||alat_olahraga:3 alat_musik:2
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan Alat-Alat Peraga/Praktik Sekolah Sarana Peningkatan Mutu Pendidikan SMP Dana Alokasi Khusus (DAK) Tahun Anggaran 2012|b|t|2300000000|||||alat_peraga:3 alat_lab:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Belanja Bahan Makanan  untuk 220 orang Panti Sosial Tresna Werdha (PSTW)  Yogyakarta|b|t|1350000000|||||beras:3 lauk_segar:3 telur:3 minyak_goreng:2 sembako:2 susu:1 makanan_pasien/Warga_Binaan:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Tanah Urug TPA Piyungan|b|t|290000000|||||material_bangunan:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Ternak Kambing Perah dan Sarana Penunjang   untuk Pengembangan Budidaya Kambing Perah|b|t|540000000|||||ternak/Kambing:3 ternak/Domba:1 obat_hewan:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan belanja alat-alat perlengkapan berupa komputer sebanyak 50 unit|b|t|720000000|50|unit|||pc_desktop:3 laptop:2 pc_desktop/Workstation:1
34.01|Pemerintah Kabupaten Kulon Progo|Bantuan Peralatan Produksi IKM Olahan Pangan|b|t|330000000|||||peralatan_usaha:2 alat_dapur:2
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Modal Pengadaan Genset, Tabung Pemadam Kebakaran, Monitor Pengawas CCTV dan Intercom di UPTD BPSDMP|b|t|380000000|||||genset:3 apar:3 kamera_cctv:2 tv_display/Monitor:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Kendaraan Perorangan Dinas Untuk Wakil Bupati|b|t|640000000|1|unit|||mobil/Innova:2 mobil:2 mobil/Golf:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Buku Pedoman dan Media Promosi Gizi|b|t|310000000|||||cetak_buku:3 cetak_brosur:3 cetak_spanduk:1
34.02|Pemerintah Kabupaten Bantul|Pengadaan Bahan Bangunan Fisik Kegiatan Padat Karya Insfrastruktur/Produktif|b|t|640000000|||||semen:3 material_bangunan:3
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan Alat Peraga SD|b|t|870000000|||||alat_peraga:3 ape_paud:0
34.04|Pemerintah Daerah Kabupaten Sleman|Pengadaan Traffic Light simpang 3.|b|t|460000000|||||rambu:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Pengadaan Calon Induk Sapi Perah untuk Kelompok Ternak Sapi Perah di Wonokerto|b|t|720000000|||||ternak/Sapi:1 ternak:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Bahan Peningkatan SR Untuk MBR Sistem Bedoyo, Kec. Ponjong DAK|b|t|390000000|||||material_bangunan/Pipa:2 material_bangunan:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Pemenuhan Alkes Penunjang RS Rujukan Regional dan RS Rujukan Jejaring Reginal|b|t|3200000000|||||alkes:3 bed_pasien:2 meja_operasi:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Surat Ketetapan Pajak Daerah Bea Balik Nama Kendaraan Bermotor|b|t|610000000|||||cetak_blanko:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Modal Pengadaan Alat-alat Laboratorium Peternakan|b|t|460000000|||||alat_lab:3 reagen_tes:1
34.03|Pemerintah Kabupaten Gunungkidul|Pembelian Sarana dan Prasarana Petugas Lapangan KB (DAK)|b|t|560000000|||||sepeda_motor:2 laptop:1 alkes:1 tas_seminar:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Penerangan Jalan untuk Kabupaten|k|t|1450000000|||||lampu_listrik/PJU:2 lampu_listrik:1
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Penyusunan Kajian Lingkungan Hidup Strategis Kecamatan Minggir|ks|s|260000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PEMBUATAN BUKU KOLEKSI UNGGULAN|jl|t|240000000|||||cetak_buku/Profil:3 cetak_buku:2 dokumentasi:0
34.04|Unit Layanan Pengadaan Kabupaten Sleman|Pengadaan Makanan Kudapan Anak Sekolah Paket IV (Wilayah Kecamatan Pakem)|jl|t|480000000|||||pmt:2 snack_box:2 susu:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Penggandaan Soal Ujian dalam rangka penyelenggaraan Ujian SMP/MTs Dinas Dikpora DIY|jl|t|620000000|||||fotokopi:3 cetak_blanko:1
34.71|Pemerintah Daerah Kota Yogyakarta|Jasa Pembersihan Jalan Sektor Gondomanan (11 bln)|jl|t|420000000|||||sapu:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Makanan dan Minuman Harian Umum Pelatihan MTU|jl|t|340000000|||||nasi_box:3 prasmanan/Harian:2 snack_box:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Extrafooding Rumah Sakit Khusus Paru Respira|jl|t|260000000|||||pmt/Extra_Voeding:3 susu:2 telur:1
34.04|Pemerintah Daerah Kabupaten Sleman|Pengadaan cetak karcis obyek wisata|jl|t|310000000|||||cetak_blanko:3 kertas_thermal:1
34.04|Pemerintah Daerah Kabupaten Sleman|Tambahan Makanan Anak Sekolah|jl|t|1150000000|||||pmt:3 snack_box:2 susu:2
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "b14a1": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_2024,
    ),
    "b14a2": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2025 (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_2025,
    ),
    "b14a3": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_2023,
    ),
    "b14a4": (
        "FALLBACK rows never used of a repository earlier sets used: SPSE non-tender announcements and records of LPSE Provinsi Kalimantan Barat TA 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_SPSE,
    ),
    "b14a5": (
        "FALLBACK rows never used of a repository earlier sets used: SPSE tender announcements of the LPSE in DI Yogyakarta, regional government (Ariq139/LPSE-Winner-Parser)",
        2014,
        False,
        DIY,
    ),
}
