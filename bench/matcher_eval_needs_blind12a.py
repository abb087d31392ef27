# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind12a, a twelfth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Sources (SOURCES.md, section "blind12a"): FALLBACK rows never used of two repositories earlier sets used, no new
repository. blogramadhan/bun-tarik-data (blind6a, blind7a, blind10a, blind11a): SiRUP paket penyedia terumumkan of
Provinsi Kalimantan Barat (KLPD D197), `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023|2024|2025/data.parquet` (TA
2023-2025; fields nama_satker, nama_paket, pagu, jenis_pengadaan, metode_pengadaan, status_ukm, status_pdn,
volume_pekerjaan, urarian_pekerjaan, spesifikasi_pekerjaan), read with pyarrow from the fetched snapshot; the SPSE files
under data/spse/97/ were not needed. Ariq139/LPSE-Winner-Parser (blind4b, blind8a, blind10a, blind11a): SPSE tender
announcements of the LPSE in DI Yogyakarta, MySQL dump `pkl.sql` (tables bantul, gunungkidul, jogjakota, jogjaprov,
kulonprogo, sleman; columns Nama Lelang, Tipe, Instansi; TA 2010-2017, no year in the dump, key year 2014),
regional-government rows only (Pemprov DIY and its ULP, Pemkab Bantul and its ULP, Gunungkidul, Kulon Progo, Sleman
and its ULP, Pemkot Yogyakarta; RSUP Dr. Sardjito, universities, sekolah tinggi, pengadilan, Polres, BATAN/STTN, BPDAS
and other K/L or BUMD rows left out). agitkasep/inaprocdata (the parallel labeller's) and hikaridha/sirup-downloader
were not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (blind11a and blind11b
included), nor after removing trailing words such as Tahap/Triwulan/Semester/TA/Tahun/Paket/Bulan and roman or arabic
numbers (checked programmatically on names normalised to lowercase alphanumerics, over all 4,243 earlier rows including
the ten-field rows of the base file), and no two rows share a name. Source rows were drawn (seeded) from rows whose
source name passed these checks and whose difflib ratio to every earlier name is below 0.8; after rewording every row
was compared again with every earlier need (ratio 0.8 or more dropped), and every row whose normalised name begins or
ends with a whole earlier name, or is the beginning or end of one, was read: rows that are an earlier name with only a
MAK code, sub-kegiatan, kegiatan, unit, satker or place added or cut were dropped ("Belanja Alat/Bahan untuk Kegiatan
Kantor-Bahan Komputer <sub kegiatan>", "... -Alat Tulis Kantor <kegiatan>", "Belanja Bahan-Bahan Lainnya <sub
kegiatan>", "Belanja Natura dan Pakan-Natura <sub kegiatan>", "Belanja Makanan dan Minuman Rapat <kegiatan>",
"Belanja Modal Personal Computer-<sub kegiatan>", "Belanja ATK Idul Adha", "Alat Tulis Kantor Kegiatan ...",
"Belanja Modal Alat Rumah Tangga Lainnya (Home Use) (...)", "Belanja Modal Alat Kedokteran Umum (DAK)", "Pengadaan
Saprodi", "Pengadaan Pakan Udang", "Pengadaan Premix Mineral Unggas", "Pengadaan UPS", "Meja Kerja staf", "Air
Mineral", "Makan Minum", "Ordner", "Stopmap", "Stopmap Berkop", "Jilid Laporan", "Barang Cetakan", "Belanja Sewa
Mebel", "Belanja Sewa Alat Musik", "Belanja Modal Mebel (Kursi Kantor)", "Pengadaan Obat Non E-katalog ...", the
Kulon Progo "Laboratorium Bahasa SMP" tender, "Belanja Modal Aset Tetap Lainnya- Pengadaan Buku Ilmu Pengetahuan
Umum"); the rows kept of that kind add goods to a short earlier name ("Belanja Modal Personal Computer dan Alat
Kantor Lainnya", "Kertas HVS Kegiatan ...", "Belanja Modal Pengadaan Mesin Genset", "Pengadaan ATK dan Peralatan
Pemungutan ...", "Pengadaan Komputer PC, Komputer Note book, Printer, Scaner, UPS ..."). Every row is my own record
made from one real package name, reworded lightly where the name gives something to change (desa, dusun, kelurahan,
kabupaten, kecamatan, kelompok tani, school names, RT, counts, years, DAK years, paket: "Kabupaten Mempawah" ->
"Kabupaten Landak", "Maju Jaya" -> "Tunas Jaya", "Desa Sebubus" -> "Desa Temajuk", "Kel. Tanjung Hilir" -> "Kel.
Tanjung Hulu", "Kab Sanggau" -> "Kab Sekadau", "Landak dan Sanggau" -> "Sanggau dan Sekadau", "Sintang - 1 Paket" ->
"Melawi - 1 Paket", "KAPUAS KECIL 1" -> "KAPUAS KECIL 3", "paket IV" -> "paket V", "Tahun 2024" -> "Tahun 2025",
"SISA DAK TA 2011" -> "TA 2012", "Paket BTL 7 ... Kec. Kasihan" -> "Paket BTL 9 ... Kec. Sedayu", "SLM-2" ->
"SLM-3", "104 paket dan Pompa Air 39 unit" -> "96 paket ... 36 unit", "Caturtunggal" -> "Condongcatur",
"Cangkringan" -> "Pakem", "SMAN 1 Sewon" -> "SMAN 2 Sewon"), the noise of the original kept: ALL CAPS names, typos
("Pengaadaan", "Penilaiaan", "bagiAparatur", "Derah", "ligthing", "Scaner", "Kepanitian"), "[HORTI]", "(HORTI)",
"(SEKRT)", "TP-"/"TP_" prefixes, MAK and sub-kegiatan codes, double, leading and trailing spaces, several items in one
name. Kalimantan
Barat pagu is 1-4% off the real pagu (seeded); the DIY dump has no pagu, so the pagu of the b12a4 needs is the
labeller's estimate for a tender of that kind. Type and method are the export's (Kalbar: jenis_pengadaan and
metode_pengadaan, mostly Barang by e-purchasing or pengadaan langsung, a few konstruksi, konsultansi and jasa lainnya
rows kept for the real mix); for DIY the dump's Tipe with method tender (seleksi for consultancy). Flags: `u` where
status_ukm is UKM, `n` where status_pdn is Non-PDN (Kalbar rows); DIY rows are unflagged. The specification is a short
rewording of the RUP row's uraian/spesifikasi pekerjaan (none for DIY); the volume is set only where the source gives a
count in the catalog's unit. Region codes: Kalbar province offices and their provincial UPT 61, RSUD dr. Soedarso 61.71,
UPT Perikanan Budidaya Air Payau dan Laut 61.72, UPT KPH Sintang Utara 61.05, Bengkayang 61.07, Landak 61.08; DIY: Pemprov DIY and its
ULP 34, Kulon Progo 34.01, Bantul and its ULP 34.02, Gunungkidul 34.03, Sleman and its ULP 34.04, Kota Yogyakarta
34.71. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The
grades were written by reading each package name (and the specification it states) against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked these
needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2024, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet; FALLBACK).
KALBAR_2024 = """
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Rehabilitasi Ruang Perpustakaan SLB (DAK) Tahun 2025|b|ep|8611100|||u||rak_buku/Perpustakaan:3 rak_buku/Kayu:2 meja_kantor:1 kursi_kantor:1 mebel_sekolah:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengaadaan Alat Tulis Kantor Penyusunan Perubahan DPA-SKPD (SEKRT)|b|ep|697800|||u|penjepit kertas No. 5|stapler/Clip:3 stapler:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Cabai Rawit Polybag di Kelurahan Naram dan Sungai Garam Hilir Kec. Singkawang Utara Kota Singkawang|b|ep|396166700|7800|batang|u|tanaman cabe rawit dalam polybag umur 2,5 bulan|bibit_tanaman/Cabai:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Penggandaan Kegiatan Hortikultura|b|ep|1231|4|lembar|u|fotocopy hitam putih A4/F4|fotokopi:3
61.08|UPT KESATUAN PENGELOLAAN HUTAN LANDAK|Belanja Jasa Konsultansi Pengawasan Arsitektur|b|pl|14502700|||u|jasa konsultansi pengawasan arsitektur|
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Induk Udang Windu dan pakan paket V (DAK)|b|pl|62653400|||u||pakan_ikan/Udang:2 benih_ikan:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Penghargaan atas Suatu Prestasi kegiatan Pembentukan Paskibraka|b|ep|1947200|||u|hadiah cinderamata penerima penghargaan|souvenir:2 plakat:2 trofi:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT| Belanja Hadiah yang Bersifat Perlombaan Penilaiaan Lingkungan Bersih Sehat dan STBM Sub Kegiatan  1.02.02.1.02.0008 Pengelolaan Pelayanan Kesehatan Lingkungan |b|pl|24579800|||u|hadiah lomba juara 1-3 beregu dan perorangan|trofi:2 plakat:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Kertas dan Cover Sarana Kearsipan (SEKRT)|b|ep|96061900|||u|HVS 60 gr F4, HVS 75 gr, NCR 4 ply, kertas manila, continuous form|kertas_f4:3 kertas_a4:2 kertas_foto/Karton:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Pihak Ketiga/Pihak Lain - Pengadaan Speedboat Ambulans - Desa Punggur Besar Kec. Sungai Kakap, Kab. Kubu Raya untuk kegiatan Penyediaan Prasarana Dan Sarana Pelayanan Pemerintahan Desa|b|ep|197269200|1|unit|u|speedboat ambulans desa|kendaraan_khusus/Ambulans:1 sar/Perahu:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bangunan Kandang Ayam Buras (Melawi - 1 Paket)|b|ep|174978100|||u|bangunan kandang ayam buras diserahkan ke masyarakat|ternak:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Ternak Pengadaan Kambing 5 Kelompok, Sambas (2), Pontianak (2), Sintang (1)|b|ep|370932800|||u|ternak kambing untuk 5 kelompok|ternak/Kambing:3 ternak/Domba:2 ternak:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Sarana dan Peralatan Produksi Unit Anjungan (DAK)|b|pl|197149500|||u|sarana dan peralatan produksi perbenihan|sarana_ikan:2 pakan_ikan:1 alsintan/Pompa:1
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG UTARA|Belanja Modal Sumber Tenaga|b|ep|23209600|||u|solar cell 900-1500 watt|genset:1
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Evaluasi Kinerja Perangkat Daerah|b|ep|10798200|||u|bahan cetak, bahan komputer, mamin rapat|CETAK:2 KOMP:2 MAMIN:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Tinta Printer - Diseminasi|b|ep|251100|2|botol|u|tinta printer 003 magenta|tinta_printer/003:3 tinta_printer:2
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga PSSI Provinsi Kalimantan Barat berupa Alat Terapi untuk Atlet|b|ep|205467500|||u|alat terapi untuk atlet|alat_olahraga:1 alkes:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Benih Jagung Hibrida Kab. Sambas|b|ep|208889100|2250|kg|u|benih jagung hibrida, daya kecambah min. 85%|benih_pangan/Jagung:3 benih_pangan:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Biaya Pendukung Pembangunan Mess Pegawai Kejaksaan Tinggi Kalimantan Barat sub kegiatan Pelaksanaan Forum Koordinasi Pimpinan Daerah|b|ep|33940400|||u|snack rapat, cetak dan penggandaan, ATK, bahan komputer, kertas|snack_box:2 fotokopi:2 ATK:2 KOMP:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Penyediaan Perlengkapan Sekolah Siswa Tidak Mampu Jenjang SMK Tahun 2025|b|ep|10557195900|||u|perlengkapan sekolah siswa tidak mampu SMK|seragam_sekolah:2 tas_seminar/Ransel:1 sepatu:1 buku_tulis:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Spanduk Rapat Pengelolaan Pelaksanaan Pembiayaan Tanaman Pangan dan Hortikultura|b|ep|918900|||u|spanduk rapat|cetak_spanduk/Spanduk:3 cetak_spanduk:2
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|ATK untuk Kegiatan Koordinasi Timdu Penanganan Konflik Sosial, Pembinaan Tim TKDD dan Rakor Pelaksanaan kewaspadaan dini |b|ep|496300|||u|map, isi staples, penjepit kertas|map_ordner:3 stapler:3
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Souvenir/Cinderamata FGD Peningkatan Stabilitas Daerah |b|ep|27989500|||u|parcel untuk peserta 55 orang x 5 kegiatan|souvenir:2 sembako:1 oleh_keripik:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT| Bantuan Alat dan Mesin Pertanian RMU Mini|b|ep|112279600|5|unit|u|RMU mini|alsintan/Thresher:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Penyediaan Sarana Budidaya dan Kelengkapannya di Kabupaten Sanggau|b|pl|51076500|||u|sarana budidaya ikan dan kelengkapannya|sarana_ikan:2 pakan_ikan:1 benih_ikan:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Pihak Ketiga/Pihak Lain - Pengadaan Alat Transportasi Air - Desa Kedamin Hilir Kec. Putussibau Selatan, Kab. Kapuas Hulu untuk kegiatan Penyediaan Prasarana Dan Sarana Pelayanan Pemerintahan Desa|b|ep|88660300|1|unit|u|alat transportasi air desa|sar/Perahu:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Perabot Kantor (06.0003)|b|ep|5274700|||u|garpu, handuk mandi, tissue, gelas mug, pengharum ruangan|alat_dapur/Set:2 alat_mandi/Handuk:3 tisu:3 pengharum:3
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan API Gill Net KUB Nelayan Desa Temajuk Kec. Paloh Kab. Sambas|b|pl|59986400|||u|API gill net untuk nelayan|sarana_ikan/Jaring:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Desinfektan dan Pakan Ternak Babi 1 Kelompok Ternak Babi Ambawang Kubu Raya|b|ep|25373300|||u|desinfektan dan pakan ternak babi|obat_hewan/Desinfektan:2 obat_hewan:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Normalisasi/Restorasi Sungai DESA SEBAYAN KECAMATAN SAMBAS KABUPATEN SAMBAS|k|pl|182764000|||u|normalisasi sungai|
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Paket Meeting di Luar Kantor kegiatan Dialog P4GN-PN dengan Generasi Muda Milenial dan Element Masyarakat|jl|ep|34436200|||u|paket meeting di luar kantor|prasmanan/Fullday:2 prasmanan:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Bantuan Peralatan Kerja Bagi Masyarakat Kel. Tanjung Hulu, Kec. Pontianak Timur, Kota Pontianak|b|ep|174206800|||u|bantuan peralatan kerja masyarakat Kec. Pontianak Timur|peralatan_usaha:2 mesin_jahit:1 alat_tani:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Laboratorium (5.02.01.1.06.0010 Penatausahaan Arsip Dinamis pada SKPD)|b|ep|437600|||u|masker N95|apd_kerja/N95:3 bmhp/Masker:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Sarana Produksi Kawasan Jahe di kab Landak|b|ep|57007600|||u|paranet, NPK, dolomit, pupuk organik padat pabrikan|pupuk:2 pupuk/NPK:3 pupuk/Organik:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Tinta Printer Pertemuan PIP Hortikultura|b|ep|1070400|8|botol|u|tinta printer 003 empat warna, 2 botol masing-masing|tinta_printer/003:3 tinta_printer:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel SMK (DAK) Tahun 2025|b|ep|6063246800|||u|perabot sekolah penerima DAK|mebel_sekolah:3 lemari_arsip:1 rak_buku:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Pengadaan Barang Milik Derah Penunjang Urusan Pemerintah Provinsi - Pengadaan Mebel|b|ep|652792000|||u|meja kerja, meja kerja pejabat, kursi|meja_kantor:3 MEBEL:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Pengembangan Kawasan Bawang Merah di Kabupaten Sanggau dan Sekadau |b|ep|215616500|||u|bibit bawang merah, NPK, mulsa plastik|pupuk/NPK:2 pupuk:1
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Persediaan Penelitian-Persediaan Penelitian Lainnya-Pembangunan Penghijauan Lingkungan di Luar Kawasan Hutan Negara|b|ep|230800|||u|hand sprayer|alat_tani/Hand_Sprayer:3 alat_tani/Power:2 alat_tani:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Pelayanan PPID, SKM dan Ombudsman (SEKRT)|b|ep|765400|||u|fotocopy dan jilid laporan|fotokopi:3 cetak_buku:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Pemasangan Sticker Asset, Pengamanan Barang Milik Daerah SKPD (SEKRT)|b|ep|1045000|||u|stiker aset dan penggandaan|stiker_label/Aset:3 stiker_label:1 fotokopi:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Pupuk dan Herbisida Mendukung Tanaman Pangan Kab. Mempawah|b|ep|514800900|||u|POC 1.140 liter dan herbisida 1.500 liter|pestisida/Herbisida:3 pestisida:1 pupuk:1 biostarter:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Aplikasi/Software|b|pl|11573100|||u|aplikasi/software|perangkat_lunak:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Laporan Kinerja, Laporan Tahunan, LPPD dan LKPJ (SEKRT)|b|ep|1269500|||u|cetak kulit dan jilid laporan|fotokopi/Jilid:3 cetak_buku:2 fotokopi:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Saprodi Pemanfaatan Pekarangan Sub Kegiatan Peningkatan Ketahanan Pangan Keluarga di Kabupaten Sambas, Bengkayang dan Kayong Utara|b|pl|115552500|||u|bantuan saprodi pekarangan 3 kelompok|pupuk:2 bibit_tanaman:2 alat_tani:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Koordinasi dan Pelaksanaan Akuntansi SKPD (SEKRT)|b|ep|2224500|||u|jilid spiral plastik dan fotocopy|fotokopi:3 cetak_buku:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Mamin Tamu kegiatan Gerakan Nasional Revolusi Mental|b|ep|10418100|||u|snack dan nasi box 85 porsi x 2 rapat|nasi_box:3 snack_box:3
"""

# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2025, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2025/data.parquet; FALLBACK).
KALBAR_2025 = """
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bibit Durian di Kabupaten Landak (HORTI)|b|ep|20644300|450|batang|u|bibit durian bangkong label biru umur 6-8 bulan|bibit_tanaman/Durian:3 bibit_tanaman/Alpukat:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Expanding Map File|b|ep|391300|10|pcs|u|expanding file|map_ordner/Kancing:2 map_ordner:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Map|b|ep|371000|||u|map plastik|map_ordner:3
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Peningkatan Kualitas Pelayanan Publik bagiAparatur dan Masyarakat|b|ep|572657900|||u|isi tabung gas, bahan lainnya, perabot kantor|alat_dapur:1 BERSIH:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|KIT IPA (Pengadaan Alat Praktik Utama SMK) - Dana Alokasi Khusus|b|ep|28206328700|||u|alat praktik utama SMK, set lengkap|alat_peraga/SMK:2 alat_peraga/IPA:1 alat_lab:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Penatausahaan Arsip Dinamis pada SKPD|b|ep|7519700|||u|ATK, kertas dan cover, bahan cetak arsip|ATK:2 map_ordner:3 kertas_a4:3 kertas_f4:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Penyusunan DPA-SKPD (SEKRT)|b|ep|3126800|||u|jilid spiral besi dan fotocopy|fotokopi:3 cetak_buku:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Kelengkapan Komputer Kegiatan Pengadaan Padi dan Jagung|b|ep|4780100|||u|tinta printer 003 empat warna|tinta_printer/003:3 tinta_printer:2 toner:1
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Persediaan Penelitian-Persediaan Penelitian Lainnya|b|ep|2077800|||u|sarung tangan nitrile|bmhp/Sarung_Tangan:2 apd_kerja/Sarung_Tangan:1
61|UPT KLINIK PRATAMA PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer dan Alat Kantor Lainnya|b|ep|113993600|||u|laptop Core i7 dan proyektor|laptop:3 proyektor/Epson:3 proyektor/Layar:1 pc_desktop:1 tas_laptop:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Dokumen Keeper|b|ep|201600|3|pcs|u|dokumen keeper bening 20 lembar|map_ordner/Kancing:2 map_ordner:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bibit Cabai Rawit Polybag untuk Kelompok Tani Tunas Jaya Desa Teluk Batang Kecamatan Teluk Batang Kabupaten Kayong Utara [HORTI]|b|ep|201916200|3960|batang|u|tanaman cabe rawit dalam polybag umur 2,5 bulan|bibit_tanaman/Cabai:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat Komponen Instalasi Listrik (SEKRT)|b|ep|28522900|||u|MCB, saklar, lampu, stop kontak, kabel, baterai, fitting|lampu_listrik:3 lampu_listrik/PJU:1 lampu_listrik/Floodlight:1
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Belanja Suku Cadang-Suku Cadang Alat Laboratorium Sub Kegiatan Pemberantasan Penyakit Hewan Menular dan Zoonosis dalam 1 (satu) Daerah Provinsi|b|ep|3429900|||u|sarung tangan, plastik steril|bmhp/Sarung_Tangan:2 bmhp:1 alat_lab:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Pengadaan Benih Tanaman Pangan Dalam Rangka Kegiatan Pengembangan Aneka Umbi dan Keladi dalam Mendukung Desa Mandiri|b|ep|491782400|||u|bibit keladi/talas bersertifikat|benih_pangan:1 bibit_tanaman:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Kertas HVS Kegiatan Survey dan Pemetaan Kondisi Eksisting Komoditi Karet|b|ep|394300|||u|HVS 80 gr A4|kertas_a4/80:3 kertas_a4:2 kertas_f4:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Persediaan Dokumen/Administrasi Tender (SEKRT)|b|ep|3974700|||u|box file dan pita printer|map_ordner/Box:3 map_ordner:2 tinta_printer:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|KEGIATAN REGISTRASI KEBUN HORTIKULTURA & UJI SAMPEL PRODUK HORTIKULTURA [HORTI]|b|ep|8590800|||u|masker 3 ply, keranjang, papan tanda registrasi, gunting stek, sarung tangan nitril|bmhp/Masker:2 bmhp/Sarung_Tangan:2 papan_nama/Plang:1 alat_tani:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Aset Tetap Lainnya - Software - Belanja Pengembangan Modul  Pendukung SIMRS |b|ep|256085900|||u|pengembangan modul pendukung SIMRS|perangkat_lunak:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Uji Sampel Beras|b|ep|70642200|||u|jasa laboratorium uji sampel beras|beras:0 reagen_tes:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Ayam Layer|b|ep|78891200|||u|ayam layer untuk kelompok|ternak/Ayam:2
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG UTARA|Belanja Modal Rambu Bersuar|b|ep|6730400|||u|lampu jalan tenaga surya|lampu_listrik/PJU:2 rambu:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Kertas dan Cover Rapat Koordinasi Teknis Kementerian Pertanian (SEKRT)|b|ep|502400|||u|HVS 80 gr A4|kertas_a4/80:3 kertas_a4:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Mesin Pelet|b|ep|59096900|2|unit|u|mesin pelet|alsintan/Chopper:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|OPERASIONAL MESIN TEBAS DAN KENDARAAN RODA TIGA DI CITRUS CENTER [HORTI]|b|ep|942500|12|liter|u|minyak pelumas/oli|
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja Kertas NKV|b|ep|1526700|||u|kertas HVS A4, F4, NCR|kertas_a4:3 kertas_f4:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Power Thresher|b|ep|26173300|1|unit|u|power thresher|alsintan/Thresher:3 alsintan:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Sheet Protector|b|ep|752700|40|pcs|u|sheet protector|map_ordner:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran|b|ep|9175800|||u|ATK, kertas, bahan cetak|ATK:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Logistik Kantor Natura dan Pakan-Natura (SEKRT)|b|ep|3482600|||u|minuman kemasan gelas 220 ml, isi ulang air galon|air_gelas:3 air_galon/Isi_Ulang:3 air_galon:2 air_botol:2
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Cetak Surat Ketetapan Pajak Daerah (SKPD PKB/BBN-KB DAN SWDKLLJ)|b|ep|1075696400|||u|blanko SKPD PKB/BBN-KB 76,5 x 210 mm|cetak_blanko:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Sewa Mebel - Fasilitasi Lembaga Profesi ASN|b|ep|4694900|||u|sewa meja/kursi dengan sarung, meja jati dengan taplak|sewa_acara/Kursi:3 sewa_acara:1
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Pemberian Penghargaan kepada Penerbit dan Produsen Karya Rekam yang Aktif dalam Melaksanakan Serah Simpan Karya Cetak dan Karya Rekam|b|ep|9635000|||u|ATK, bahan cetak, penghargaan|plakat:2 cetak_blanko/Piagam:2 ATK:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Mesin/Barang di Kabupaten Sambas [HORTI]|b|ep|38843400|1|unit|u|kendaraan tiga roda daya angkut 700 kg|sepeda_motor:1 semen:0
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT| Pengadaan Perahu Karet ( Kab Sekadau ) |b|ep|88596300|||u|perahu karet diserahkan kepada masyarakat|sar/Perahu_Karet:3 sar/Pelampung:1 sar:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Spidol|b|ep|46300|4|pcs|u|spidol permanen|spidol/Permanent:3 spidol:2
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Saprodi Sub Kegiatan Koordinasi dan Sinkronisasi Pelaksanaan Advokasi, Edukasi, dan Sosialisasi Konsumsi Pangan Beragam, Bergizi, Seimbang, dan Aman (B2SA) di Kabupaten Kayong Utara, Kabupaten Kapuas Hulu, Kabupaten Sambas dan Kota Singkawang|b|pl|97667300|||u|saprodi pemanfaatan pekarangan 4 kelompok|pupuk:2 bibit_tanaman/Cabai:2 benih_pangan:1 alat_tani:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Kapur Barus|b|ep|99100|2|pcs|u|kapur barus pengharum lemari|pengharum/Kamper:3 pengharum:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|REHABILITASI JARINGAN IRIGASI RAWA DIR. KAPUAS KECIL 3 SALURAN DUSUN KARYA UTAMA RW 1, DESA JERUJU BESAR, KEC. SEI. KAKAP, KAB. KUBURAYA, PROVINSI KALIMANTAN BARAT|k|pl|197231000|||u|rehabilitasi saluran irigasi rawa|semen:1 material_bangunan:1
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pengawasan Pembangunan/Rehab WC/Jamban Kabupaten Sekadau|ks|pl|48563000|||u|pengawasan rehab WC/jamban|
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|Pekerjaan Pengadaan dan Pemasangan Zona Selamat Sekolah (ZoSS) di Madrasah Tsanawiyah Islamiyah Pontianak Jl. Imam Bonjol Kota Pontianak|k|ep|142084000|||u|pengadaan dan pemasangan rambu dan marka ZoSS|rambu/Rambu:2 rambu:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Jasa Penyelenggaraan Acara (Sewa Alat Musik Kegiatan BBGRM)|jl|ep|5172500|||u|sewa alat musik acara BBGRM|sewa_acara/Sound:1 alat_musik:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Kursi Rapat  5.02.01.1.07.0005|b|ep|123776000|||u|kursi beroda sandaran tinggi 10 unit, meja rapat 2 unit, kursi kerja pimpinan 2 unit|kursi_kantor:2 kursi_kantor/Pejabat:3 meja_rapat:3
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Saprodi Pembesaran Udang Vaname|b|pl|14753400|||u|sarana produksi budidaya udang vaname|pakan_ikan/Udang:3 pakan_ikan:1 sarana_ikan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Kelengkapan Komputer Kegiatan PPHH [HORTI]|b|ep|1052200|4|botol|u|tinta printer 003 yellow, magenta, cyan, black|tinta_printer/003:3 tinta_printer:2
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Benih Ikan Unit Anjongan|b|pl|20671100|61|karung|u|pakan benih butiran kecil protein min. 25%, 10 kg per karung|pakan_ikan/PF:3 pakan_ikan:2 pakan_ikan/Udang:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Perjanjian Kinerja (SEKRT)|b|ep|614800|||u|cetak kulit dan jilid, penggandaan|fotokopi/Jilid:3 fotokopi:2 cetak_buku:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT| Pengadaan Fasilitas Operasional KTPA Kabupaten Kubu Raya |b|ep|24339400|||u|camlock, coupling machino, jet nozzle, pompa|alsintan/Pompa:2 alat_tani/Power:1
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Penerbitan Katalog Induk Daerah|b|ep|15633800|||u|bahan cetak dan bahan komputer katalog induk|cetak_buku:3 KOMP:1
"""

# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2023, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet; FALLBACK).
KALBAR_2023 = """
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Peningkatan Kualitas Permukiman Jalan Pendidikan RT.04 Dusun Tanjung Kuda Desa Padua Mendalam Kecamatan Putussibau Utara, Kabupaten Kapuas Hulu|k|pl|177540900|||u|peningkatan kualitas permukiman, jalan lingkungan|semen:1 material_bangunan:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Fasilitasi Penataan Wilayah|b|ep|26380000000|||u|kendaraan bermotor beroda dua, kendaraan lapangan|sepeda_motor/Trail:3 sepeda_motor:2
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Modal Alat Kalibrasi|b|ep|176200000|2|unit|un|thermometer PT 100 dan thermohygrometer untuk kalibrasi suhu dan kelembaban|alkes/Termometer:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Software|b|ep|49700000|||u|pembelian aplikasi/software sistem informasi multi-platform|perangkat_lunak:2
"""

# DI Yogyakarta, SPSE tender announcements of the regional governments (Ariq139/LPSE-Winner-Parser, pkl.sql;
# FALLBACK), rows no earlier set used; pagu estimated by the labeller.
DIY = """
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Lighting Equipment untuk Taman Budaya Yogyakarta|b|t|1420000000|||||lampu_listrik/Floodlight:1
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Pengadaan Sarana Produksi Pengembangan Pepaya Unggul|b|t|186000000|||||pupuk:2 pestisida:2 bibit_tanaman:1 alat_tani:1
34.04|Unit Layanan Pengadaan|Pengadaan Dukungan Pakan Dalam Pengembangan Kawasan Sapi Perah|b|t|415000000|||||alsintan/Chopper:1 pakan_ikan:0
34.04|Pemerintah Kabupaten Sleman|PENGADAAN ALAT LABORATORIUM IPA SMP (SISA DAK TA 2012)|b|t|1380000000|||||alat_peraga/IPA:2 alat_lab:2 alat_peraga/Torso:2 alat_peraga:1
34.04|Unit Layanan Pengadaan|Pengadaan Armatur, Fotocel dan Kontaktor|b|t|385000000|||||lampu_listrik/PJU:2 lampu_listrik:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Peralatan Link UPTD (Wireless LAN)|b|t|265000000|||||jaringan/Access_Point:3 jaringan:2
34.04|Pemerintah Kabupaten Sleman|PENGADAAN PIPA TERSIER DIAMETER 50-75 mm|b|t|318000000|||||material_bangunan/Pipa:2 material_bangunan:0
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan keranda dan perlengkapan pengurusan jenazah|b|t|212000000|||||sar/Tandu:1
34.04|Unit Layanan Pengadaan|Pengadaan Perlengkapan Data Center Paket 3 (UPS dan Instalasinya)|b|t|470000000|||||ups_listrik/UPS:2 ups_listrik:1 jaringan:1
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Modal Pengadaan Mesin Genset|b|t|365000000|1|unit|||genset:3
34.04|Pemerintah Kabupaten Sleman|Pengadaan Peralatan dan Perbekalan Kesehatan Termasuk Obat Generik Esensial|b|t|2150000000|||||obat:3 bmhp:2 alkes:2 reagen_tes:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Sarana TIK dan Multimedia SD (Sisa DAK TA.2012)|b|t|1760000000|||||laptop:2 pc_desktop:2 proyektor:2 tv_display:1 printer:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Paket BTL 9 Pengadaan Bahan Bangunan di Kec. Sedayu|b|t|640000000|||||semen:2 material_bangunan/Besi:2 material_bangunan/Cat:2 material_bangunan:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Alat-alat Perlengkapan berupa Tas Punggung dan Jaket|b|t|268000000|||||tas_seminar/Ransel:3 tas_laptop/Ransel:2 pdh:1 kaos:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Bahan Baku Bangunan Pembangunan Sanimas/SLBM di Condongcatur|b|t|420000000|||||semen:2 material_bangunan:2 biostarter/Septic:1
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Hibah Barang dan Belanja Modal Pengadaan Gamelan|b|t|470000000|||||alat_musik:1 alat_musik/Gamelan:2 alat_musik/Jawa:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN BENIH PADI DAN PUPUK ORGANIK PADA KEGIATAN PENGEMBANGAN PERTANIAN ORGANIK|b|t|355000000|||||benih_pangan:1 pupuk:1 benih_pangan/Padi:3 pupuk/Organik:3 pupuk/Kompos:3
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Hibah Peralatan Usaha yang Diserahkan Kepada Masyarakat|b|t|480000000|||||peralatan_usaha:2 mesin_jahit:1 alat_dapur:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Ternak Sapi Potong pada Kegiatan Pengembangan Budidaya Sapi Potong|b|t|940000000|||||ternak:1 ternak/Sapi:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Modal Pengadaan Minibus/Microbus Untuk Samsat Keliling|b|t|1280000000|2|unit|||kendaraan_khusus/Pelayanan:3 mobil/Hiace:2 mobil:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan PMT Pemulihan Balita Gizi Buruk dan Kurang, PMT pemulihan Ibu hamil KEK dan belanja MP- ASI balita ( 6-24 Bulan ) dari Gakin|b|t|620000000|||||pmt:3 pmt/Biskuit:3 susu:2 telur:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Bahan/Material-Pengadaan Ajir dan Pupuk Kandang Kegiatan Rehabilitasi Tegakan Kayu Putih|b|t|215000000|||||pupuk:1 pupuk/Kompos:2 pupuk/Organik:2
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Cetak Non Security Printing|b|t|560000000|||||CETAK
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Ajir, Bibit Tanaman, dan Pupuk Kandang|b|t|330000000|||||bibit_tanaman:2 pupuk:1 pupuk/Kompos:2 pupuk/Organik:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Paket SLM-3 (ABT) Pengadaan Bahan Bangunan untuk PSU di Kec. Kalasan,Prambanan,Berbah & Depok|b|t|720000000|||||semen:2 material_bangunan:2
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Sarana Produksi Tembakau Lokal dan Tembakau Vike|b|t|310000000|||||pupuk:2 pupuk/ZA:3 pupuk/KNO3:3 pestisida:1
34.01|Pemerintah Kabupaten Kulon Progo|Belanja Bahan Pakaian Dinas Harian (PDH) Batik Dinas Pendidikan Kabupaten Kulon Progo|b|t|590000000|||||batik_seragam:2 batik_seragam/Kain:3 pdh:1
34.01|Pemerintah Kabupaten Kulon Progo|Belanja Alat Tulis Kantor berupa Pengadaan Tas Punggung dan Goodie Bag|b|t|235000000|||||tas_seminar:3 souvenir/Goodie:3 tas_laptop/Ransel:1
34.71|Pemerintah Daerah Kota Yogyakarta|Pekerjaan Pengadaan Konstruksi Jalan Perangkat APILL Tersebar Se Kota Yogyakarta|b|t|1650000000|||||rambu:1
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Belanja Hibah Barang/Jasa Yang Diserahkan Masyarakat/Pihak Ketiga - Belanja Hibah Berupa Domba Ekor Gemuk, Itik, Bahan Pakan Itik Dan Kambing Bligon|b|t|445000000|||||ternak:1 ternak/Domba:3 ternak/Kambing:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|BELANJA BAHAN PAKAN KONSENTRAT KEGIATAN PENGEMBANGAN PRODUKSI SEMEN BEKU SAPI|b|t|265000000|||||semen:0 pakan_ikan:0
34.71|Pemerintah Daerah Kota Yogyakarta|Pembelian Obat Non E-Katalog|b|t|470000000|||||obat:2 bmhp:1
34.01|Pemerintah Kabupaten Kulon Progo|Belanja Barang Yang Akan Diserahkan Kepada Masyarakat ( Mesin PMT, Casco, Jaring Millenium, Jaring Serang, Jaring Pintur, Pancing Senggol, Gillnet Inkamina)|b|t|520000000|||||sarana_ikan/Jaring:1 sarana_ikan:1 pmt:0
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan Material PJU, Panel Jaringan dan Hias|b|t|690000000|||||lampu_listrik:2 lampu_listrik/PJU:3
34.04|Unit Layanan Pengadaan|Pengadaan ATK dan Peralatan Pemungutan dan Penghitungan Suara Pilkades|b|t|385000000|||||ATK:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Komputer PC, Komputer Note book, Printer, Scaner, UPS Dalam Rangka Belanja Modal Pengadaan Peralatan Kantor|b|t|1240000000|||||pc_desktop:3 laptop:3 printer:3 scanner:3 ups_listrik/UPS:3 ups_listrik:1
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Pengadaan Alat untuk Pelaku Usaha Mikro Kecil.|b|t|340000000|||||peralatan_usaha:2 mesin_jahit:1
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan Belanja Barang yang akan diserahkan ke Masyarakat (Alat Peraga Edukatif/APE PAUD)|b|t|585000000|||||ape_paud:3 alat_peraga:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan alat mesin pertanian, material rumah kompos, benih dan pupuk organik  pada kegiatan pengembangan pengembangan tanaman pangan terpadu.|b|t|880000000|||||alsintan:2 pupuk/Organik:2 pupuk/Kompos:2 benih_pangan:2
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan peralatan laboratorium SMAN 1 Bantul, SMAN 2 Sewon, SMAN 1 Bambanglipuro|b|t|960000000|||||alat_lab:2 alat_peraga:1
34.04|Pemerintah Daerah Kabupaten Sleman|Pengadaan Material Peningkatan Kualitas (PK) Rumah Swadaya bagi Masyarakat Berpenghasilan Rendah (MBR) Kecamatan Pakem|b|t|1450000000|||||semen:2 material_bangunan:2
34.03|Pemerintah Kabupaten Gunungkidul|Pekerjaan Pengadaan Kostum Kontingen dan Kepanitian|b|t|245000000|||||kaos:2 pdh:1 kostum:1 topi_atribut:1
34.04|Unit Layanan Pengadaan|Pengadaan compaq rolling shelving|b|t|410000000|||||lemari_arsip:1 lemari_arsip/Roll:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Sarana Prasarana Peralatan laboratorium BPSBTPH|b|t|690000000|||||alat_lab:2 benih_pangan:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan sarana benih dan pakan 96 paket dan Pompa Air 36 unit|b|t|1180000000|||||benih_ikan:2 pakan_ikan:2 alsintan/Pompa:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGAWASAN PENGERUKAN KOLAM PELABUHAN TANJUNG ADIKARTO|ks|s|480000000|||||
34.71|Pemerintah Daerah Kota Yogyakarta|Pemeliharaan Marka Jalur Sepeda, Ruang Tunggu Sepeda dan Marka ZOSS|k|t|410000000|||||rambu:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja sewa perlengkapan lain : sewa ligthing, sewa soundsystem, sewa panggung rigging|jl|t|395000000|||||sewa_acara:2 sewa_acara/Sound:3 sewa_acara/Panggung:3 sound_system:1
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan Cetak Media Info Kota|jl|t|285000000|||||cetak_brosur:2 cetak_buku:2
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Distribusi PMT Ibu Hamil KEK dan Balita Kurus|jl|t|340000000|||||pmt:1
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Modal Pengadaan Software  (Redesain Website)|ks|s|225000000|||||perangkat_lunak:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pemantapan Situs Warisan Budaya Dunia(- Jasa Penyelenggaraan Sosialisasi Sadar Budaya)|jl|t|460000000|||||sewa_acara:1 MAMIN:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Penyediaan Jasa Kebersihan Kantor Biro Umum dan Protokol  Setda DIY|jl|t|1150000000|||||BERSIH:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pencetakan dan Pengiriman Majalah Candra, Tabloid Gembira dan Tabloid Bias|jl|t|780000000|||||cetak_buku:2 cetak_brosur:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pembuatan Digester Biogas|k|t|560000000|||||
34.71|Pemerintah Daerah Kota Yogyakarta|Pemeliharaan PJU Lingkungan habis waktu pakai tahun 2008/2009 sektor 2 & 3|k|t|890000000|||||lampu_listrik/PJU:2 lampu_listrik:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|DED Embung Wukirsari di Kec. Imogiri|ks|s|275000000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "b12a1": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_2024,
    ),
    "b12a2": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2025 (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_2025,
    ),
    "b12a3": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_2023,
    ),
    "b12a4": (
        "FALLBACK rows never used of a repository earlier sets used: SPSE tender announcements of the LPSE in DI Yogyakarta, regional government (Ariq139/LPSE-Winner-Parser)",
        2014,
        False,
        DIY,
    ),
}
