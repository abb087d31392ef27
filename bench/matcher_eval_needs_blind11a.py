# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind11a, an eleventh held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Sources (SOURCES.md, section "blind11a"): FALLBACK rows never used of two repositories earlier sets used, no new
repository. blogramadhan/bun-tarik-data (blind6a, blind7a, blind10a): SiRUP paket penyedia terumumkan of Provinsi
Kalimantan Barat (KLPD D197), `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023|2024|2025/data.parquet` (TA 2023-2025;
fields nama_satker, nama_paket, pagu, jenis_pengadaan, metode_pengadaan, status_ukm, status_pdn, volume_pekerjaan,
urarian_pekerjaan, spesifikasi_pekerjaan), read with pyarrow from the fetched snapshot. Ariq139/LPSE-Winner-Parser
(blind4b, blind8a, blind10a): SPSE tender announcements of the LPSE in DI Yogyakarta, MySQL dump `pkl.sql` (tables
bantul, gunungkidul, jogjakota, jogjaprov, kulonprogo, sleman; columns Nama Lelang, Tipe, Instansi; TA 2010-2017, no
year in the dump, key year 2014), regional-government rows only (Pemprov DIY and its ULP, Pemkab Bantul and its ULP,
Gunungkidul, Kulon Progo, Sleman, Pemkot Yogyakarta; RSUP Dr. Sardjito, universities, BPDAS and other K/L rows left
out). agitkasep/inaprocdata (the parallel labeller's) and hikaridha/sirup-downloader were not used; the SPSE files
under data/spse/97/ were not needed.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (blind10a and blind10b
included), nor after removing trailing words such as Tahap/Triwulan/Semester/TA/Tahun/Paket/Bulan (checked
programmatically on names normalised to lowercase alphanumerics), and no two rows share a name. Rows whose name is an
earlier name with only a trailing MAK code, sub-kegiatan, unit or satker name added or cut ("Cutter" / "Cutter
Kecil", "Gula Putih" / "Gula Putih Anjungan", "Belanja Modal Personal Computer - <sub kegiatan>", "Belanja ATK
<kegiatan>", "Belanja Bahan-Isi Tabung Gas (...)") were dropped too. Source rows were drawn (seeded) from rows whose
source name passed these checks and whose difflib ratio to every earlier name is below 0.8; then every row was compared
(ratio 0.72 and more) with every earlier need, and the pairs of the same satker were read: the source holds a row for
each of the other names (e.g. one "Sapi (Kab. ...)" row per kabupaten, both "Belanja Bahan Promosi ..." and "Belanja
Perabot Kantor untuk bahan promosi ..."), so none of the rows kept is an earlier set's row under another name. Every
row is my own record made from one real package name, reworded lightly where the name gives something to change
(other desa, kelurahan, kecamatan, kabupaten, unit, school and kelompok tani names, counts, years, DAK years, tahap,
MAK sub-kegiatan codes: "Kab. Sambas" -> "Kab. Bengkayang", "Unit Sebangkau" -> "Unit Anjongan", "SMKN 2
Putussibau" -> "SMKN 1", "Poktan Kanda Permai" -> "Karya Permai", "Akseptor 5 ekor" -> "4 ekor", "37.500 buah" ->
"35.000 buah", "Sebanyak 4 (Empat) Ekor" -> "3 (Tiga)", "DAK TA 2012" -> "DAK TA 2013", "Paket BTL 4" -> "Paket BTL
5", "Tahap II" -> "Tahap III", "5.02.01.1.08.0004" -> ".0005"), the noise of the original kept: ALL CAPS names,
typos ("Tresher", "Pengadaaan", "Pengadan", "Pedangan", "Kelliling", "RumahTidak",
"DisiplinPegawai", "SAPRODIPENGEMBANGAN", "Bilboard", "Kontruksi"), "[HORTI]", "(SEKRT)", "TP-"/"TP_" prefixes,
MAK codes, double, leading and trailing spaces, several items in one name. Kalimantan Barat pagu is 1-4% off the real
pagu (seeded); the DIY dump has no pagu, so the pagu of the b11a4 needs is the labeller's estimate for a tender of
that kind. Type and method are the export's (Kalbar: all rows Barang as the export files them, e-purchasing or
pengadaan langsung), for DIY the dump's Tipe with method tender (seleksi for consultancy). Flags: `u` where status_ukm
is UKM, `n` where status_pdn is Non-PDN (Kalbar rows); DIY rows are unflagged. The specification is a short rewording
of the RUP row's uraian/spesifikasi pekerjaan (none for DIY); the volume is set only where the source gives a count in
the catalog's unit. Region codes: Kalbar province offices and their provincial UPT 61, RSUD dr. Soedarso 61.71, UPT
Perikanan Budidaya Air Payau dan Laut 61.72, UPT KPH Kapuas Hulu Selatan 61.06, UPT KPH Sanggau Barat 61.03; DIY:
Pemprov DIY and its ULP 34, Kulon Progo 34.01, Bantul and its ULP 34.02, Gunungkidul 34.03, Sleman 34.04, Kota
Yogyakarta 34.71. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its
MACROS. The grades were written by reading each package name (and the specification it states) against the catalog's
kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked
these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2024, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet; FALLBACK).
KALBAR_2024 = """
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang Kepala Sekolah/Pimpinan SMA (DAK) Tahun 2025|b|ep|85922700|||u|mebel ruang kepala sekolah, spesifikasi di KAK|meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor:2 kursi_kantor:2 sofa:2 lemari_arsip:2 rak_buku:1 meja_rapat:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Kincir Air|b|pl|33407600|3|unit|u|kincir air 1 HP 3 phase, gear box reducer, 2 baling|sarana_ikan/Aerator:2 sarana_ikan:1 alsintan/Pompa:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|API Ramah Lingkungan dan Kelengkapannya KUB Nelayan Kab. Bengkayang|b|pl|147816500|||u|alat penangkapan ikan ramah lingkungan|sarana_ikan/Jaring:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Cabai Rawit Polybag di Desa Sungai Ambangah dan Desa Teluk Kapuas Kec. Sungai Raya Kab. Kubu Raya|b|ep|402507900|7800|batang|u|tanaman cabe rawit dalam polybag umur 2,5 bulan|bibit_tanaman/Cabai:2 bibit_tanaman:1
61|BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI KALIMANTAN BARAT|Sapi (Kab. Sintang)|b|ep|27494100|||u|sapi jantan|ternak/Sapi:1 ternak:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakan Kambing 1 Kelompok (Kota Singkawang)|b|ep|108424400|||u|persediaan diserahkan kepada masyarakat|ternak/Kambing:1 obat_hewan:1 pakan_ikan:0
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU SELATAN|Personal Computer|b|ep|56048200|4|unit|u|All in One PC Intel Core i5, 4 unit|pc_desktop/All_in_One:3 pc_desktop:2 laptop:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Kapal Motor Nelayan di Jalan Kom Yos Sudarso RT.003/RW.001 Kel. Kuala Kec. Singkawang Barat Kota Singkawang|b|pl|189085900|||u|kapal motor nelayan|sar/Perahu:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer dan Belanja Modal Peralatan Jaringan Sub kegiatan 1.02.01.1.07.0006 Pengadaan Peralatan dan Mesin Lainnya Berupa Personal Computer , dan Switch 8 Port|b|ep|37273000|||u|PC dan switch 8 port|pc_desktop:3 jaringan/Switch:2 laptop:1 jaringan:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Bantuan Peralatan Kerja Bagi Masyarakat Kel. Batu Layang, |b|ep|176568900|||u|bantuan peralatan kerja masyarakat Kec. Pontianak Utara|peralatan_usaha:2 mesin_jahit:1 alat_tani:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Saprodi Intervensi Penanganan Kerawanan Pangan Keg. Koordinasi dan Sinkronisasi Penanganan Kerawanan Pangan dan Gizi Kabupaten |b|pl|145627800|||u|barang persediaan|pupuk:2 benih_pangan:2 bibit_tanaman:1 alat_tani:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Power Tresher Multiguna Kabupaten Landak|b|ep|30925200|1|unit|u|bahan bakar solar, 6,5 HP|alsintan/Thresher:3 alsintan:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Bantuan Mobil Ambulance Desa - Desa Sejegi Kec. Mempawah Timur Kab. Mempawah untuk kegiatan Penyediaan Prasarana Dan Sarana Pelayanan Pemerintahan Desa|b|ep|232834400|1|unit|u|ambulance|kendaraan_khusus/Ambulans:3 mobil:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Herbisida untuk Poktan Karya Permai Dusun Nanga Tubuk Desa Nanga Tubuk Kec. Kalis Kab. Kapuas Hulu|b|ep|35052300|170|liter|u|herbisida sistemik|pestisida/Herbisida:3 pestisida:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Bahan Promosi ketahanan pangan keluarga|b|ep|9757200|100|pcs|u|baju kaos|kaos/Kegiatan:3 kaos:2
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Penyediaan Peralatan dan Perlengkapan Kantor (5.02.01.1.06.0002 Penyediaan Peralatan dan Perlengkapan Kantor)|b|ep|29195800|||u|kertas F4, isi staples, jilid spiral, tinta BT5000, binder clip, pulpen gel|ATK KOMP fotokopi/Jilid:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Baju Lapangan|b|ep|5664900|20|stel|u|baju petugas lapangan|pdh/PDL:3 pdh:2 kaos:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Penyediaan Permakanan|b|ep|60797300|||u|permakanan anak asuhan/jompo di panti|makanan_pasien/Warga_Binaan:3 makanan_pasien:2 prasmanan/Katering_Harian:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Calon Induk Ikan Baung, Gurame, Jelawat dan Patin (DAK 2025)|b|pl|86246200|||u||pakan_ikan:3 pakan_ikan/Udang:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan Sarana Olahraga Desa Sekulat,Kec.Selimbau,Kab.Kapuas Hulu|b|ep|196413200|||u|persediaan untuk diserahkan kepada masyarakat|alat_olahraga:3
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Alat Kualitas Air (Portable Hand Held Refraktometer dan Watertestkit Portabel) Untuk Kelompok Pembudidaya|b|pl|47448200|||u|water test kit portabel, DO meter, refraktometer handheld|alat_lab:1 sarana_ikan:1
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Belanja Persediaan Dalam Proses-Persediaan Dalam Proses Lainnya|b|ep|3699900|||u|botol Duran 1000 ml, wadah HDPE, blender|alat_lab/Gelas:2 alat_dapur:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Penyediaan Pangan B2SA di Sekolah Sub Kegiatan Koordinasi dan Sinkronisasi Pelaksanaan Advokasi, Edukasi, dan Sosialisasi Konsumsi Pangan Beragam, Bergizi, Seimbang dan Aman (B2SA) di Kota Pontianak, Kabupaten Bengkayang, Landak, Sekadau, Sintang, Melawi, dan Kapuas Hulu|b|pl|67842000|||u|penyediaan pangan B2SA di sekolah, 7 kabupaten/kota|nasi_box:2 snack_box:2 pmt:1 lauk_segar:1
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU BARAT|Pendingin Ruangan|b|ep|14288300|2|unit|u||ac:3 ac/Standing:1 kipas_angin:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Obat-Obatan - Obat - Obat-obatan|b|ep|47916426900||||obat-obatan rumah sakit|obat:3 bmhp:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Pembayaran Pelayanan Kesehatan di luar cakupan Layanan BPJS sub kegiatan Pembentukan Paskibraka|b|pl|7853500|||u|obat-obatan untuk peserta Paskibraka|obat:2 bmhp:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Laboratorium Pengendalian Rabies|b|ep|11442600|||u|spuit 3 ml isi 100, masker earloop isi 50|bmhp/Syringe:3 bmhp/Masker:3 bmhp:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Sampul Rapor Siswa Jenjang SLB Tahun 2025|b|ep|14314600|||u|cetak sampul rapor, 220 buku|cetak_blanko:2 cetak_buku:1 map_ordner/Cetak:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Kertas|b|ep|560200|9|rim|u|HVS 70 gr A4|kertas_a4:3 kertas_f4:1
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Pengadaan Camera dan Kelengkapannya|b|ep|26914200|||u|kamera dan kelengkapannya|kamera_cctv/Mirrorless:3 kamera_cctv:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Personal Computer - Uninterruptible Power Supply (UPS)|b|ep|15541400|||u|UPS|ups_listrik/UPS:3 ups_listrik:2
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Bahan-Bahan Bangunan dan Kontruksi - Belanja Bahan Bangunan|b|ep|207396200|||u|bahan bangunan|semen:2 material_bangunan:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Ternak Kambing 5 Kelompok, Mempawah (1), Sambas (3), Kubu Raya (1)|b|ep|438518000|||u||ternak/Kambing:3 ternak/Domba:2 ternak:1 obat_hewan:0
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Seminar Kit Pelatihan Pemetaan Provinsi Kalimantan Barat|b|ep|11707200|||u|tas, pulpen, buku agenda, tanda pengenal|tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card:2
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT| Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga KONI Sambas, berupa Kostum, Jaket dan Peralatan Olahraga|b|ep|198981600|||u|kostum, jaket dan peralatan olahraga KONI|kaos/Olahraga:3 alat_olahraga:3 kaos:1 sepatu/Olahraga:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Bantuan Pakan dan Bibit Ikan di Desa Nanga Ketungau Kecamatan Kayan Hilir Kabupaten Sintang|b|pl|91053200|||u|pakan dan bibit ikan|pakan_ikan:3 benih_ikan:3 sarana_ikan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Combine harvester besar|b|ep|439091700|1|unit||diesel 100 hp, 0,5 ha/jam|alsintan/Thresher:1 alsintan:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaaan Bantuan Saprodi kegiatan pekarangan pangan keluarga|b|ep|560355300|||u|bantuan saprodi pekarangan pangan keluarga|bibit_tanaman/Cabai:2 pupuk:2 bibit_tanaman:1 alat_tani:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat/Komponen Listrik Ex-Diklat Pertanian (SEKRT)|b|ep|36243000|||u|kabel NYM 2x2,5 mm, lampu LED kapsul, MCB, saklar, stop kontak|lampu_listrik/Kabel:3 lampu_listrik:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Spanduk Kantor (SEKRT)|b|ep|9183300|||u||cetak_spanduk:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pelumas untuk Operasional Citrus Center |b|ep|790900|10|liter|u||
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Dedak Kambing|b|ep|38989100|||u||pakan_ikan:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Buku Koleksi Perpustakaan SMK (DAK) Tahun 2025|b|ep|97231700|||u|spesifikasi di KAK|buku_bacaan:2 buku_bacaan/Teks:1
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Cetak Stiker Kalibrasi|b|ep|1973000|||u|stiker perak hologram|stiker_label:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan Dalam Rangka Gerakan Tanam Komoditas Strategis Hortikultura|b|ep|14490900|150|pcs|u|baju kaos|kaos/Kegiatan:3 kaos:2
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Perlengkapan Pendukung Olahraga kegiatan Pelatihan Paskibraka |b|ep|7395500|||u|training|kaos/Olahraga:2 sepatu/Olahraga:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakan Suplemen, HPT dan Obat Ternak (Melawi - 1 kelompok)|b|ep|102605900|||u||obat_hewan:2 obat_hewan/Multivitamin:2 pakan_ikan:0
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT| Pengadaan Perlengkapan Olahraga Tenis Kota Pontianak|b|ep|93955800|||u|persediaan diserahkan kepada masyarakat|alat_olahraga:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bahan untuk kegiatan Kantor (Kertas) Bidang Hortikultura|b|ep|2438000|||u|HVS 75 gr A4 dan F4, kertas NCR|kertas_a4:3 kertas_f4:3 buku_tulis/Kwitansi:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Konsumsi Pertemuan Penyusunan Analisa Usaha Tani Tanaman Pangan|b|ep|2345800|||u|makan minum rapat dan snack rapat|MAMIN
61|UPT PELATIHAN KESEHATAN|Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/Semesteran SKPD|b|ep|1217100|||u|karton BC, HVS F4 dan A4, fotokopi hitam putih|kertas_a4:3 kertas_f4:3 fotokopi:3 kertas_foto/Karton:2
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Penatausahaan Barang Milik Daerah pada SKPD|b|ep|12983900|||u|karton buffalo, kertas HVS F4, tinta 664, pulpen gel, kertas NCR, fotokopi, makan minum rapat|ATK KOMP MAMIN kertas_foto/Karton:2 tinta_printer/664:3 fotokopi:2
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Pelayanan Kesehatan persediaan Obat sub kegiatan Pembentukan Paskibraka|b|ep|1809800|||u|minyak kayu putih, sarung tangan non steril, sprayer oksigen, alkohol|bmhp/Sarung:3 bmhp/Alcohol:2 obat:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Alat Pencuci Waring|b|pl|7576600|2|unit|u|mesin 4 tak bensin 5,5 HP, power sprayer, selang hisap dan overflow|alat_tani/Power_Sprayer:2 alat_tani:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Printer, Uninterruptible Power Supply (UPS)|b|ep|72743700|||u|printer, UPS dan scanner ScanSnap iX, 8 unit|printer:3 ups_listrik:3 scanner:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakan Ternak Babi|b|ep|75778000|||u|pakan konsentrat 5.000 kg|pakan_ikan:0
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Alat Kesenian|b|ep|3541000|||u|alat musik|alat_musik:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pertemuan Percepatan Kegiatan AKABI Tahun 2024|b|ep|5118200|50|pcs|u|tas, pulpen, buku agenda, tanda pengenal|tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Radiodiagnostic - Alat Kedokteran Radiologi|b|ep|3669578800|||un|USG dan mobile X-ray analog|alkes:1
"""


# The same SiRUP export, TA 2025 (.../2025/data.parquet; FALLBACK).
KALBAR_2025 = """
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja Alat Listrik Cek Point|b|ep|3720400|||u|baterai, lampu emergency, lampu listrik untuk pos cek point|lampu_listrik/Bulb:3 lampu_listrik/Bola:2 lampu_listrik:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Snack|b|ep|1480800|85|kotak|u|snack rapat biasa|snack_box:3 nasi_box:1 air_gelas:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Jilid Laporan dan Penggandaan Kegiatan Koordinasi dan Sinkronisasi Pengawasan Peredaran Sarana Peternakan|b|ep|367400|||u|fotokopi hitam putih A4/F4 dan jilid 5 buku|fotokopi:3 cetak_buku:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Tabung Test Tube 16x150mm|b|ep|2492000|||u|tabung reaksi 16x150 mm, 2 box|alat_lab/Gelas:1 alat_lab:0
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Alat Perekat|b|ep|88200|||u|pembatas dan penanda bahan kertas/plastik|lakban:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Sapi Potong (Akseptor 4 ekor)|b|ep|72708900|4|ekor|u||ternak/Sapi:3 ternak:1 obat_hewan:0
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Moisture Tester|b|ep|4069700|||u|moisture meter digital LCD, probe stainless|alat_lab:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Cetak Keperluan Kesamsatan |b|ep|24760600|||u|kertas NCR folio 3 ply, 1 buku 100 set|cetak_blanko:3 buku_tulis/Kwitansi:1 fotokopi:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bibit Alpukat, Mangga, Lengkeng di Kabupaten Kayong Utara (HORTI)|b|ep|193124000|2830|batang|u|label biru, sambung pucuk, tinggi minimal 40 cm|bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:1 bibit_tanaman:1
61|UPT PANTI SOSIAL ANAK PROVINSI KALIMANTAN BARAT|Penyediaan Sandang (GEPENG)|b|ep|13372900|||u|perlengkapan dinas dan olah raga (sandang) penerima layanan|kaos:2 pdh/Kemeja:1 alat_mandi:1 selimut_kasur:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Box Dinamis|b|ep|657200|35|pcs|u|karton tebal 21 x 33 cm|map_ordner/Karton:3 map_ordner/Box:2 map_ordner:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Tinta|b|ep|163500|||u|BT5000 (Magenta)|tinta_printer/Brother:2 tinta_printer:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Cetak Amplop|b|ep|1805800|2|box|u|amplop dinas berlambang ukuran besar|amplop/Cetak:3 amplop:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Spanduk Kegiatan  Pengendalian OPT Perkebunan|b|ep|916700|3|m2|u||cetak_spanduk/Spanduk:3 cetak_spanduk:2
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Penutup Kepala|b|ep|2109400|||u|kacamata goggle|topi_atribut:1 apd_kerja:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kantor Lainnya - Media Informasi Dan Bilboard|b|ep|150765300|||u|media informasi dan billboard|papan_nama:2 videotron:1 cetak_spanduk/Baliho:1 tv_display:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Gerobak Sorong untuk Kelompok Tani Maju Bersama jalan Darma Putra Dalam Kelurahan Siantan Hilir Kecamatan Pontianak Utara|b|ep|22768400|26|unit|u|bahan logam, diserahkan kepada kelompok tani|tempat_sampah/Gerobak:1 alat_tani:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Sofa Ruang Sekretaris Dinas|b|ep|18873600|1|set|u||sofa:3 kursi_kantor:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja sampel obat hewan|b|ep|1528400|||u|pembelian sampel obat hewan|obat_hewan:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Binder Clip|b|ep|102200|||u|binder clip no.200, 5 lusin|stapler/Binder:3 stapler:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Saprodi Unit Sungai Kunyit|b|pl|23789100|||u|sarana produksi|pakan_ikan/Udang:2 pakan_ikan:1 biostarter:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|KIT IPA (Pengadaan Alat Praktik Utama SMK) SMKN 1 Putussibau|b|ep|775561300|1|set|u|set lengkap|alat_peraga/IPA:2 alat_peraga:1 alat_lab:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Modal Buku Umum_Pengadaaan Alat Praktik dan Peraga Peserta Didik|b|pl|185411300|||u|standar acuan SNI|buku_bacaan:2 buku_bacaan/Teks:1 alat_peraga:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Benur Udang Vannamei Unit Anjongan|b|pl|28125500|240000|ekor|u|benur F-1 sehat lincah|benih_ikan:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Gula pasir|b|ep|105700|6|pak|u|1 kg/bungkus|kopi_teh_gula/Gula:3 kopi_teh_gula:1
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pembangunan/Rehab WC/Jamban Kab.Sanggau|b|pl|472506200|||u|persediaan untuk diserahkan kepada masyarakat|semen:1 material_bangunan:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Stabilo|b|ep|41000|||u||spidol/Stabilo:3 spidol:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kantor Lainnya - Running Text dan Neon Box|b|ep|299854200|||u|running text dan neon box|papan_nama:1 videotron:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Perlengkapan Pendukung Olahraga 5.02.01.1.08.0005|b|ep|43440100|||u|sepatu bola, baju dan celana futsal|kaos/Olahraga:3 sepatu/Olahraga:2 alat_olahraga/Bola_Sepak:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja Termometer|b|ep|1794100|||u|termometer air raksa|alkes/Termometer:2 alat_lab:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Peningkatan Sarana dan Prasarana DisiplinPegawai|b|ep|10738600|||u|kertas A4, tinta 003, ID card, isi staples, stapler, lakban|ATK KOMP id_card:2
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Bedah - Alat Kedokteran Uronefrologi|b|ep|4893770300|||u|alat kedokteran uronefrologi|alkes:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Penutup Tangan - Kegiatan Gerakan Pengendalian (GerDal) OPT|b|ep|986300|||u|sarung tangan safety bintik, 2 lusin x 7 unit|apd_kerja/Sarung:3 apd_kerja:1 bmhp/Sarung:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Gunting|b|ep|24300|||u||stapler:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Staples|b|ep|319900|||u|nomor 10, 18 buah|stapler/Isi_Staples:3 stapler:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Lem Stick|b|ep|33000|||u|lem stick 8 box|lakban/Lem:2 lakban:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Penyediaan Bahan Logistik Kantor (Penyediaan Bahan Logistik Kantor)|b|ep|183126200|||u|air mineral gelas 220 ml, isi ulang galon, kopi, teh celup, gula, buah jeruk, makan minum rapat|air_gelas:3 air_galon:3 kopi_teh_gula:3 snack_box:2 nasi_box:2 lauk_segar/Buah:2 minuman_kemasan:1
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Minuman|b|ep|10651700|650|galon|u|isi ulang air galon|air_galon:3
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Perabot Kantor - Penyediaan Peralatan Rumah Tangga|b|ep|31718100|||u|spesifikasi di KAK|alat_dapur:2 elektronik_rt:2 kipas_angin:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Spidol - ATK Penerapan Pengendalian Hama Terpadu Hortikultura 3 Unit Aktifitas Lapangan|b|ep|48800|4|pak|u|spidol permanen|spidol/Permanent:3 spidol:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat Pendingin (SEKRT)|b|ep|15034000|||u||ac:3 elektronik_rt/Kulkas:1 kipas_angin:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Penjepit Kertas|b|ep|337200|||u|clip no. 155, 4 lusin|stapler/Binder_Clip:3 stapler/Paper_Clip:2 stapler:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Laboratorium berupa Peralatan Pengujian Sampel Pangan Segar Sub Kegiatan Penyediaan Sarana dan Prasarana Pengujian Keamanan dan Mutu Pangan Segar Asal Tumbuhan|b|ep|27526300|||u|sarung tangan free powder|bmhp/Sarung:2 bmhp:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|PENGADAAN UNTUK PENGEMBANGAN KAWASAN BAWANG MERAH DI KABUPATEN KETAPANG ( 1 Ha) DAN KAPUAS HULU (1HA) [HORTI]|b|ep|143221300|||u|NPK 16-16-16, mulsa plastik hitam perak, dolomit, benih umbi bawang merah|pupuk/NPK:2 pupuk:1 pestisida:1
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Ballpoint|b|ep|232900|||u|gel point 0.5, 12 buah|pulpen/Gel:3 pulpen:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Cultivator|b|ep|52747200|3|unit|u|motor bensin 4 langkah 6,5 HP|alsintan/Cultivator:3 alsintan/Traktor:1 alsintan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Cetak Kemasan Beras|b|ep|33780800|||u|cetak kemasan beras 5.000 lembar|stiker_label:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadan memori external dan  tablet android/ipad|b|ep|83630500|||u|memori eksternal dan tablet|flashdisk/Harddisk:2 flashdisk:1 laptop:1
61|DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT|Belanja Meja Kerja |b|pl|188998800|||u|meja kerja|meja_kantor:3 meja_rapat:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Buku Tulis - ATK Penerapan Pengendalian Hama Terpadu (PPHT) Hortikultura 3 unit Aktifitas Lapangan|b|ep|195900|||u|buku tulis 38 lembar, 40 pcs|buku_tulis/Buku_Tulis:3 buku_tulis:1
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Kendaraan Roda Dua|b|ep|24335000|1|unit|u|4 langkah SOHC satu silinder, injeksi|sepeda_motor/Beat:3 sepeda_motor:2
61|INSPEKTORAT PROVINSI KALIMANTAN BARAT|Belanja Modal Bangunan Gedung Kantor|b|ep|184815900|||u|bangunan gedung kantor 1 lantai|semen:1 material_bangunan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Shreeder/ Mesin Pencacah|b|ep|128822700|||u|shredder/mesin pencacah|alsintan/Chopper:2 alsintan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Barang Kegiatan Pengendalian OPT Lada di Kab. Bengkayang |b|ep|47815500|||u|fungisida asam fosfit, kapur dolomit, kuas, gunting stek, Trichoderma, hand sprayer 16 liter baterai|alat_tani/Hand_Sprayer:3 pestisida/Fungisida:2 pestisida:1 pupuk:1 alat_tani:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Pendataan dan Pengolahan AdministrasiKepegawaian|b|ep|7189900|||u|kertas HVS A4, jilid spiral, tinta 673, isi staples, klip no.155, pembatas kertas|ATK KOMP fotokopi/Jilid:2
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Sofa Eselon II |b|ep|31825400|1|set|u|sofa|sofa:3 kursi_kantor:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Kelengkapan Komputer Kegiatan Budidaya Tanaman Akabi|b|ep|2024200|||u|tinta printer 003 hitam, cyan, magenta, kuning|tinta_printer/003:3 tinta_printer:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Cartridge|b|ep|563600|3|pcs|u|black|toner:2 tinta_printer:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Potato Dextrose Agar (PDA)|b|ep|2753700|||u|PDA 500 gram, 2 botol|reagen_tes/Media:2 reagen_tes:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Double Tape|b|ep|30800|6|roll|u|1/2 inci|lakban/Double_Tape:3 lakban:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Kertas Manila - ATK Penerapan Pengendalian Hama Terpadu Hortikultura 3 Unit Aktifitas Lapangan|b|ep|44900|||u|kertas manila 4 box|kertas_foto/Karton:2 kertas_a4:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Correction Pen|b|ep|37900|||u||pulpen:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Pembesaran Ikan Nila Salin|b|pl|26873300|56|karung|u|pakan apung protein minimal 25%, kemasan 30 kg|pakan_ikan/Apung:3 pakan_ikan:2 pakan_ikan/Udang:0
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Flash Disk|b|ep|406600|4|pcs|u||flashdisk/Flashdisk:3 flashdisk:1
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Cetak Buku Profil|b|ep|691200|4|eksemplar|u|isi art paper 120 gr, cover 230 gr laminasi doff, A4 150-200 halaman|cetak_buku/Profil:3 cetak_buku:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Isi Staples|b|ep|261800|||u|no.10, 6 kotak|stapler/Isi_Staples:3 stapler:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Kertas HVS Kegiatan Koordinasi dan Sinkronisasi Pengawasan Peredaran Sarana Pertanian|b|ep|473200|5|rim|u|80 gr A4|kertas_a4/80:3 kertas_a4:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Amplop|b|ep|135800|6|box|u|polos 104|amplop/Polos:3 amplop:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Sampul Raport Siswa SMK|b|ep|1335823300|||u|HVS 60 gr 27,5 x 21,5 cm|cetak_blanko:2 cetak_buku:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|PENGADAAN SAPRODIPENGEMBANGAN KAWASAN NANAS DAN PISANG DI KABUPATEN SAMBAS DAN BENGKAYANG [HORTI]|b|ep|27254500|||u|Roundup 486 SL 1 liter, NPK 16-16-16, dolomit|pestisida/Herbisida:3 pupuk/NPK:3 pupuk:1 pestisida:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakaian Batik pada Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat|b|ep|132100700|160|stel|u|spesifikasi di KAK|batik_seragam:3 pdh:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Banner|b|ep|10163100|||u|roll up banner 20 buah|cetak_spanduk/Roll_Banner:3 cetak_spanduk/X-Banner:2 cetak_spanduk:1
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|All in One PC|b|ep|14521300|1|unit|u|Intel Core i5 gen 11|pc_desktop/All_in_One:3 pc_desktop:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Desinfektan/Vitamin/Obat|b|ep|2415500|||u|desinfektan, vitamin dan obat ternak|obat_hewan:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Pompa Air|b|ep|33021800|1|unit|u|4 inch, diesel 4 langkah 6 HP, debit 1 m3/menit|alsintan/Pompa:2 alsintan:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Pembenah Tanah Majemuk - Penerapan Pengendalian Hama Terpadu (PPHT) Tanaman Pangan 5 Unit|b|ep|191200|12|kg|u|pembenah tanah majemuk|pupuk/Organik:2 pupuk/Kompos:2 pupuk:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Kursi Kantor untuk Staf|b|ep|27250500|25|unit|u||kursi_kantor/Staff:3 kursi_kantor:2 kursi_kantor/Pejabat:1
"""


# The same SiRUP export, TA 2023 (.../2023/data.parquet; FALLBACK).
KALBAR_2023 = """
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pengadaan Bahan Bangunan Perbaikan RumahTidak Layak Huni dalam KawasanPermukiman dengan Luas 10 Ha sampai dengan dibawah 15 Kabupaten Mempawah|b|pl|202115400|||u|bahan bangunan perbaikan rumah tidak layak huni|semen:2 material_bangunan/Besi:2 material_bangunan/Cat:2 material_bangunan:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Suku Cadang-Suku Cadang Alat Besar|b|ep|6189900|||u|aki 12 volt 120 ampere|
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal System/Power Supply|b|ep|4473500|||u|4 unit|ups_listrik:1 aksesori_komputer:1
"""


# Daerah Istimewa Yogyakarta, SPSE tender announcements of the LPSE (Ariq139/LPSE-Winner-Parser, pkl.sql; no year in
# the dump, key year 2014), regional-government rows no earlier set used (FALLBACK); pagu is the labeller's estimate.
DIY = """
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Bahan/Material Untuk Pemeliharaan Rutin Jalan dan Jembatan di Kab. Bantul|b|t|860000000|||||material_bangunan:1 semen:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Gerobak Sampah|b|t|315000000|||||tempat_sampah/Gerobak:3 tempat_sampah:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Pakaian Dinas Pegawai Negeri Sipil,Tenaga Kontrak/GTT, dan Perangkat Desa beserta atributnya.|b|t|2350000000|||||DINAS topi_atribut/Atribut:3
34.04|Pemerintah Kabupaten Sleman|Pengadaan Alat Pendidikan Ilmu Pengetahuan Sosial SD (DAK TA 2013)|b|t|1450000000|||||alat_peraga/Globe:2 alat_peraga:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Pemberian Tambahan Makanan dan Vitamin|b|t|480000000|||||pmt:3 obat/Vitamin:2 susu:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Bahan Makanan Bagi LUT Tidak Potensial|b|t|310000000|||||PANGAN makanan_pasien/Warga_Binaan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan dan Penanaman Bibit Mangrove 35.000 buah di Kab. Bantul|b|t|380000000|35000|batang|||bibit_tanaman/Mahoni:1 bibit_tanaman:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Paket BTL 5 Pengadaan Bahan Bangunan utk RTLH di Kec. Pleret 48 unit rmh|b|t|720000000|||||semen:2 material_bangunan/Besi:2 material_bangunan/Cat:2 material_bangunan:1
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Belanja bantuan sosial barang yang diserahkan kepada pihak ketiga/masyarakat (Bantuan Peralatan Pedangan Kaki Lima)|b|t|300000000|||||peralatan_usaha/Gorengan:3 peralatan_usaha:2 alat_dapur:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Buku Penunjang Pendidikan Keaksaraan Dasar|b|t|275000000|||||buku_bacaan:2 cetak_buku/Modul:1 cetak_buku:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Gamelan Besi Pencu Kuningan Laras Pelog Slendro|b|t|345000000|||||alat_musik/Jawa:2 alat_musik:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Komputer dan Alat-Alat Studio|b|t|650000000|||||pc_desktop:3 laptop:2 kamera_cctv/Mirrorless:2 sound_system:2 pc_desktop/Workstation:2
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Bahan Kimia / Reagensia|b|t|420000000|||||reagen_tes:2 alat_lab:0
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Modal Pengadaan Ternak Sapi Bull Sebanyak 3 (Tiga) Ekor|b|t|215000000|3|ekor|||ternak/Sapi:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Bahan Baku Bangunan Pembuatan Kandang|b|t|230000000|||||semen:2 material_bangunan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan belanja bahan makanan di Panti Sosial Pamardi Putra (PSPP)|b|t|290000000|||||PANGAN makanan_pasien/Warga_Binaan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Belanja Makanan untuk 90orang Panti Sosial Bina Remaja Yogyakarta|b|t|520000000|||||makanan_pasien/Warga_Binaan:3 makanan_pasien:2 prasmanan/Katering_Harian:2 nasi_box:1
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan Hardware ruang datacenter|b|t|1250000000|||||jaringan:2 ups_listrik:2 pc_desktop/Workstation:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN ALAT PANTAU ASAP ROKOK|b|t|260000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Barang benih padi dan pupuk organik  pada Kegiatan Reklamasi dan Rehabilitasi Lahan Sawah|b|t|410000000|||||benih_pangan/Padi:3 pupuk/Organik:3 pupuk/Kompos:2 benih_pangan:1 pupuk:1
34.03|Pemerintah Kabupaten Gunungkidul|Pembangunan  Ruang Perinatal Tahap III   ,|b|t|1350000000|||||semen:1 material_bangunan:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Peralatan Perbekalan untuk Calon Transmigran|b|t|480000000|||||alat_tani:2 alat_dapur:2 selimut_kasur:1
34.02|Pemerintah Kabupaten Bantul|Pengadaan Kendaraan Skylift Telescopic|b|t|1650000000|||||kendaraan_khusus:1 alat_berat:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Sarpras Gedung Baru BPPM|b|t|780000000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:2 ac:1 sofa:1
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Belanja modal peralatan dan mesin - pengadaan alat kalibrasi (Pembinaan, Pengendalian dan Pengawasan Kemetrologian)|b|t|480000000|||||alat_lab/Timbangan:1
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan Pupuk Organik|b|t|640000000|||||pupuk/Organik:3 pupuk/Kompos:2 pupuk:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Obat, bahan gigi, reagen, dan alkes|b|t|1850000000|||||obat:3 obat/Lidocaine:3 bmhp:2 reagen_tes:2 alkes:2
34.02|Pemerintah Kabupaten Bantul|Belanja Modal Pengadaan Sarana TIK Pendidikan SD  ( Dana DAK )|b|t|2150000000|||||laptop:3 laptop/Chromebook:3 proyektor:3 pc_desktop:2 printer:2 tv_display/Interactive:2
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Komputer PC, Notebook dan Printer|b|t|820000000|||||pc_desktop:3 laptop:3 printer:3 scanner:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Alat-Alat Kedokteran dan Alat-Alat  Laboratorium|b|t|1150000000|||||alkes:2 alat_lab:2 bed_pasien:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Ternak Kambing PE dan Sarana Penunjang|b|t|560000000|||||ternak/Kambing:3 ternak:1 obat_hewan:1
34.02|Pemerintah Kabupaten Bantul|Pengadaan Alat Uji Logam Berat|b|t|690000000|||||alat_lab:1
34.03|Pemerintah Kabupaten Gunungkidul|Belanja Barang yang akan diserahkan pada Masyarakat (Lemari Pengasapan, dll)(DAK)|b|t|330000000|||||sarana_ikan/Cool_Box:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Modal Pengadaan Alat Laboratorium Umum (Belanja Modal Sarana Kesenian)|b|t|410000000|||||alat_musik:2 kostum:1 alat_lab:0
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Belanja Modal Peralatan dan Mesin – Pengadaan Bidang Pendidikan/ Keterampilan Lain-lain dan Belanja Barang Yang Akan Diserahkan Kepada Pihak Ketiga (alat Olah Raga)|b|t|360000000|||||alat_olahraga:3
34.71|Pemerintah Daerah Kota Yogyakarta|Pengadaan Mebelair Perpustakaan Sekolah|b|t|390000000|||||rak_buku/Perpustakaan:3 rak_buku:2 mebel_sekolah:1 meja_kantor:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Modul Paket C Kelas 2 Setara SMA Kelas XI|b|t|310000000|||||cetak_buku/Modul:3 buku_bacaan/Teks:2 cetak_buku:1
34.01|Pemerintah Kabupaten Kulon Progo|PENGADAAN PERALATAN KEDOKTERAN DAN KESEHATAN APBN-P 2013|b|t|1750000000|||||alkes:2 bed_pasien:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengembangan Kawasan Sapi Potong|b|t|720000000|||||ternak/Sapi:3 ternak:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Bahan Pembangunan SPAM Dusun Ngandong, Desa Sidoharjo, Kec. Tepus DAK (Swakelola)|b|t|395000000|||||material_bangunan/Pipa:2 semen:1 tangki_air:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan PMT (Pemberian Makanan Tambahan) Ibu Hamil KEK ( Kurang Energi Kronis)|b|t|585000000|||||pmt/Ibu_Hamil:3 pmt:2 susu:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Bahan Obat-obatan dalam Rangka Pencegahan dan Pengendalian Penyakit Hewan Menular Strategis|b|t|455000000|||||obat_hewan:3 obat:0
34.71|Pemerintah Daerah Kota Yogyakarta|Belanja Cetak Stiker, Tanda Samping, Buku Uji dan Tanda Uji|b|t|235000000|||||stiker_label:3 stiker_label/Kendaraan:2 cetak_blanko/Buku:2 cetak_buku:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Tanah Urug – Sanitary Land Fill PAKET 2|b|t|440000000|||||
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Mobil Unit Pelayanan (MUYAN) KB Kelliling|b|t|760000000|1|unit|||kendaraan_khusus/Pelayanan_Keliling:3 kendaraan_khusus:1 mobil:1
34.03|Pemerintah Kabupaten Gunungkidul|Paket Budidaya Lele dan Paket pengembangan budidaya lele KSPP (DAK)|b|t|520000000|||||benih_ikan/Lele:3 pakan_ikan:3 sarana_ikan/Kolam:3 benih_ikan:1 sarana_ikan:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|material jaringan irigasi tersier|b|t|360000000|||||semen:2 material_bangunan/U-Ditch:2 material_bangunan:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Jasa Konsultansi Penyusunan Naskah Akademik Raperda Inisiatif DPRD DIY ttg tata cara penyusunan program pembentukan perda|ks|s|235000000|||||
34.04|Pemerintah Daerah Kabupaten Sleman|Pembangunan Kantor Kecamatan Ngemplak|k|t|3450000000|||||semen:1 material_bangunan:1
34.01|Pemerintah Daerah Kabupaten Kulon Progo|Pembangunan Gedung Ruang Operasi|k|t|4800000000|||||meja_operasi:0
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Perencanaan Ruang terbuka hijau di kawasan  JJLS|ks|s|420000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengawasan Teknik Peningkatan Ruas Jalan Siluk - Kretek|ks|s|310000000|||||
34.02|Pemerintah Kabupaten Bantul|Rehabilitasi Afvour Buntung|k|t|560000000|||||
34.03|Pemerintah Kabupaten Gunungkidul|Intensifikasi Ubi kayu|jl|t|290000000|||||pupuk:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "b11a1": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_2024,
    ),
    "b11a2": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2025 (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_2025,
    ),
    "b11a3": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_2023,
    ),
    "b11a4": (
        "FALLBACK rows never used of a repository earlier sets used: SPSE tender announcements of the LPSE in DI Yogyakarta, regional government (Ariq139/LPSE-Winner-Parser)",
        2014,
        False,
        DIY,
    ),
}
