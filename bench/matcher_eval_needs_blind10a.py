# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind10a, a tenth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Sources (SOURCES.md, section "blind10a"): FALLBACK rows never used of two repositories earlier sets used, no new
repository. blogramadhan/bun-tarik-data (blind6a, blind7a): SiRUP paket penyedia terumumkan of Provinsi Kalimantan
Barat (KLPD D197), `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023|2024|2025/data.parquet` (TA 2023-2025; fields
nama_satker, nama_paket, pagu, jenis_pengadaan, metode_pengadaan, status_ukm, status_pdn, volume_pekerjaan,
urarian_pekerjaan, spesifikasi_pekerjaan), read with pyarrow from the fetched snapshot. Ariq139/LPSE-Winner-Parser
(blind4b, blind8a): SPSE tender announcements of the LPSE in DI Yogyakarta, MySQL dump `pkl.sql` (tables bantul,
gunungkidul, jogjakota, jogjaprov, kulonprogo, sleman; columns Nama Lelang, Tipe, Instansi; TA 2010-2017, no year in
the dump, key year 2014), regional-government rows only (Pemprov DIY and its ULP, Pemkab Bantul, Gunungkidul, Kulon
Progo, Sleman, Pemkot Yogyakarta and its BLU; RSUP Dr. Sardjito, universities and other K/L rows left out).
agitkasep/inaprocdata and hikaridha/sirup-downloader were not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py, nor after removing trailing
words such as Tahap/Triwulan/Semester/TA/Tahun/Paket (checked programmatically on names normalised to lowercase
alphanumerics), and no two rows share a name. Source rows were drawn (seeded) from rows whose source name passed the
same check; then every row was compared (difflib ratio 0.72 and more) with every earlier need, and rows whose source
row an earlier set had evidently taken under a reworded name (same satker and the only source row of that name, e.g.
"Belanja Pakaian Sipil Resmi (PSR) Pejabat", "Pengadaan Benih Alpukat di Kabupaten Sambas dan Landak", "Belanja
Modal Mebel-kursi kantor", "Pengadaan Tablet Android", an UPPD genset, an UPPD fire extinguisher) were dropped.
Every row is my own record made from one real package name, reworded lightly where the name gives something to change
(other tahap, triwulan, semester, MAK sub-kegiatan codes, desa, kecamatan, kabupaten, unit, room and school names,
counts and years, e.g. "Desa Parit Baru" -> "Desa Kuala Dua", "Unit Anjongan" -> "Unit Sebangkau", "SMKN 1 Badau" ->
"SMKN 1 Embaloh Hulu", "5.02.03.1.01.0009" -> ".0010", "Sebanyak 40 Ekor" -> "Sebanyak 36 Ekor", "Gamelan 5 ( Lima )
Perangkat" -> "4 ( Empat )", "DAK 2011" -> "DAK 2012", "Tahun 2024" -> "Tahun 2025"), the noise of the original kept:
ALL CAPS names, typos ("Pengdaan", "Lngkungan", "danMesin", "Diserahkankepada", "Chanel"), double spaces,
trailing spaces, MAK codes, "[HORTI]",
"(SEKRT)", several items in one name. Kalimantan Barat pagu is 0-4% off the real pagu (seeded; the hybrid-maize row
kept 2% above it, as the real pagu is exactly 2,250 kg at the catalog's price); the DIY dump has no pagu, so the pagu
of the b10a4 needs is the labeller's estimate for a tender of that kind. Type and method are the export's (jenis and
metode pengadaan; Kalbar rows the export files as Barang kept as barang, also a supervision and a consultancy
service), for DIY the dump's Tipe with method tender (seleksi for consultancy). Flags: `u` where status_ukm is UKM,
`n` where status_pdn is Non-PDN (Kalbar rows); DIY rows are unflagged. The specification is a short rewording of the
RUP row's uraian/spesifikasi pekerjaan (none for DIY); the volume is set only where the source gives a count in the
catalog's unit. Region codes: Kalbar province offices 61, UPT at their seat (RSUD dr. Soedarso, UPT Klinik Utama
Sungai Bangkong 61.71, RSJ Provinsi, UPT PPD Singkawang and UPT Perikanan Budidaya Air Payau dan Laut
61.72, KPH Bengkayang 61.07, KPH Sanggau Barat 61.03, KPH Mempawah 61.02, KPH Kapuas Hulu Selatan 61.06, UPT PPD
Ketapang 61.04); DIY: Pemprov DIY and its ULP 34 (KPPD
Sleman 34.04, RS Khusus Paru Respira 34.02), Kulon Progo 34.01, Bantul and its ULP 34.02, Gunungkidul 34.03, Sleman 34.04, Kota
Yogyakarta 34.71. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are
its MACROS. The grades were written by reading each package name (and the specification it states) against the
catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever
ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2024, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet; FALLBACK).
KALBAR_2024 = """
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pengadaan Bahan Bangunan Perbaikan Rumah Tidak Layak Huni dalam Kawasan Permukiman Kabupaten Sanggau|b|pl|192231400|||u|bahan bangunan perbaikan 10 unit rumah tidak layak huni|semen:2 material_bangunan/Besi:2 material_bangunan/Cat:2 material_bangunan:1
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan |b|ep|15100500|||u|vacum TENS 12 channel (fisioterapi)|alkes:1
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Pengadaan Buret Digital Laboratorium|b|ep|50343600|||un|buret digital 0,01-99,99 mL, 2 pcs|alat_lab/Gelas:1 alat_lab:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Rumah Dinas Guru SMA (DAK) Tahun 2025|b|ep|23714100|||u|mebel rumah dinas guru|sofa:3 ranjang:3 meja_makan:3 lemari_arsip:1 meja_kantor:1 kursi_kantor:1 selimut_kasur/Kasur:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|(2) Pengadaan Cabai Rawit Polybag di Desa Punggur Kecil Kec. Sungai Kakap Kabupaten Kubu Raya|b|ep|200024800|3900|batang|u|tanaman cabai rawit dalam polybag umur 2,5 bulan, 3900 batang|bibit_tanaman/Cabai:2 bibit_tanaman:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Desinfektan dan Obat Ternak Kambing Kelompok Sintang|b|ep|60748700|||u||obat_hewan:3 obat_hewan/Multivitamin:1
61|DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Personal Computer Kegiatan Pengadaan Peralatan danMesin Lainnya|b|ep|4974700|||u|printer (peralatan personal komputer)|printer:3 pc_desktop:1 tinta_printer:0
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Peningkatan Sarana Prasarana Pembelajaran (Mebel Sekolah) SMA Negeri Tahun 2025|b|ep|11992105100|||u|meja kursi guru dan siswa SMA|mebel_sekolah:3 mebel_sekolah/Papan:1 meja_kantor:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Benih Buah dan Sayuran Dalam Rangka Pengembangan Pekarangan Pangan Lestari|b|ep|24338900|||u|benih bayam, buncis, cabai rawit, kangkung, terong, tomat kemasan sachet|bibit_tanaman/Cabai:1 benih_pangan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Pengendalian OPT Tanaman Karet Kabupaten Sekadau|b|ep|78270500|||u|herbisida sistemik, pupuk NPK 15-15-15 kemasan 50 kg, hand sprayer|pestisida/Herbisida:3 pupuk/NPK:3 alat_tani/Hand_Sprayer:3 pestisida:2 pupuk:1 alat_tani:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Paket Meeting di Luar Kantor kegiatan Sinkronisasi Perencanaan Perangkat Daerah Tahap II|b|ep|25573400|||u|paket fullday setingkat eselon II, 75 orang|prasmanan/Fullday:3 prasmanan:2 snack_box:1 nasi_box:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel USB SLB Negeri Tahun 2025|b|ep|196732600|||u|meja kursi guru dan siswa dan perabot lainnya|mebel_sekolah:3 meja_kantor:1 lemari_arsip:1 rak_buku:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Bantuan Pakan dan Bibit Ikan di Desa Umin Jaya RT 03 Kec. Dedai Kab Sintang|b|pl|200140100|||u|pakan dan bibit ikan|pakan_ikan:3 benih_ikan:3 sarana_ikan:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pompa Centrifugal (Pengadaan Sarana dan Peralatan Produksi Unit Sebangkau (DAK))|b|pl|32736200|1|unit|u|pompa centrifugal outlet 2,5 inch, motor 7,5 kW|alsintan/Pompa:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Karpet dan Gorden Ruang Pelayanan|b|ep|44715100|||u|karpet 35 m2|selimut_kasur/Tikar:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Anak Ruang Perinatologi|b|ep|6296368500||||ambu bag dewasa/anak/baby, tensimeter anak, lemari obat berkunci|alkes:1 alkes/Tensimeter:2 bed_pasien:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer- All in One PC Bidang Bina Marga|b|ep|146776500|6|unit|u|all in one PC 6 unit|pc_desktop/All_in_One:3 pc_desktop:2 laptop:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Kimia-Penyediaan Peralatan Rumah Tangga Triwulan III|b|ep|1989900|||u|hand sanitizer 500 ml|sabun_detergen/Cuci_Tangan:1 bmhp/Alcohol:1
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH|Belanja Bahan-Bahan Kimia (Gadu)|b|ep|43617500|||u|herbisida, moluskisida Bentan 60 WP|pestisida/Herbisida:3 pestisida:2
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Kimia Berupa Larvasida Padat dan Insektisida untuk Fogging 1.02.02.1.02.0012 Pengelolaan Pelayanan Kesehatan Penyakit Menular dan Tidak Menular|b|ep|508220400|||u|larvasida padat (abate) dan insektisida fogging DBD|pestisida/Insektisida:1
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU BARAT|Tiang Bendera Halaman Kantor|b|ep|9778500|1|pcs|u|tiang bendera kantor 1 buah|bendera/Tiang:3 bendera:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Obat-Obatan-Obat-obatan lainnya - Bahan Habis Pakai Medis Instalasi Farmasi|b|ep|18501205300||||bahan habis pakai medis|bmhp:3 obat:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Laboratorium Kimia SMK (DAK) Tahun 2025|b|ep|469794900|||u||mebel_sekolah:2 meja_kantor:1 lemari_arsip:1 alat_peraga:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Lainnya Penyediaan Peralatan Rumah Tangga Kantor|b|ep|3150900|||u|sarung tangan, hand sprayer, ember plastik, pisau mesin tebas|alat_tani/Hand_Sprayer:2 apd_kerja/Sarung:2 alat_tani:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Pendidikan SLB (DAK) Tahun  2025|b|ep|254669200|||u||alat_peraga:2 ape_paud:1 alat_olahraga:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan Kepala Bappeda|b|ep|699175600|1|unit||kendaraan bermotor perorangan sesuai Perpres 53/2023|mobil/Innova:3 mobil/Double:2 mobil:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Handtraktor Kabupaten Melawi|b|ep|47647500|1|unit|u|motor diesel 4 langkah 1 silinder 10 HP|alsintan/Hand_Traktor:3 alsintan/Cultivator:1 alsintan:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Mebel - Mebelair Gedung Rawat Inap|b|ep|800675700|||u||MEBEL
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Kertas untuk Peningkatan ketahanan pangan keluarga Tahap II|b|ep|1278600|||u|kertas F4, A4, buffalo, NCR|kertas_a4:3 kertas_f4:3 kertas_foto/Buffalo:2 kertas_foto:1 cetak_blanko:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - PMT Balita Stunting Tahap II|b|ep|37560600|||u||pmt:3 pmt/Biskuit:2 susu:1 telur:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Pupuk dan Herbisida Mendukung Tanaman Pangan untuk Desa Sungai Bakau Kec. Mempawah Hilir Kab. Mempawah|b|ep|192703500|||u|pupuk organik cair 570 liter dan herbisida|pestisida/Herbisida:3 pupuk/Organik:2 pupuk:1 biostarter:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengdaan Benih Bawang Merah di Kabupaten Sambas dan Sanggau|b|ep|107048000|||u|label biru, kelas sebar, umbi, karung waring 25 kg, 2000 kg|benih_pangan:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Udang Unit Sebangkau|b|pl|140526100|||u||pakan_ikan/Udang:3 pakan_ikan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Penggandaan Pertemuan PIP Hortikultura Tahap II|b|ep|372300|1200|lembar|u|fotokopi hitam putih A4/F4, 1200 lembar|fotokopi:3 fotokopi/Jilid:1
61.72|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINGKAWANG|Belanja Bahan-Bahan Lainnya (5.02.01.1.06.0004 Penyediaan Peralatan Rumah Tangga)|b|ep|1026100|||u|masker|bmhp/Masker:3 apd_kerja/Masker:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Root Blower Unit Sebangkau|b|pl|59914100|1|unit|u|root blower 7,5 HP 5,5 kW discharge 4 inch|sarana_ikan/Aerator:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Dedak Ternak Unggas Kelompok Landak|b|ep|33142300|||u|dedak|pakan_ikan:0
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Suku Cadang-Suku Cadang Alat Pertanian-Pembangunan Penghijauan Lingkungan di Luar Kawasan Hutan Negara Tahap II|b|ep|974800|||u|pupuk NPK mutiara|pupuk/NPK:3 pupuk:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Studio, Komunikasi, dan Pemancar Jogging Track|b|ep|2556900|||u|LCD monitor CCTV jogging track|tv_display/Monitor:2 kamera_cctv:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Jasa Konsultansi Perencanaan Pembangunan SMKN 1 Embaloh Hulu (DAK)|ks|pl|98191300|||u||
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|TEKNIS JALAN DAN JEMBATAN SUNGAI DURIAN - KUBU (DAK) |k|t|14508604700|||u|pekerjaan jalan dan penggantian jembatan|semen:0 material_bangunan:0
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Pengelolaan Aset dan Kinerja Sistem Irigasi (ePaksi) D.I. Rawa|ks|pl|40729600|||u||
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.02.1.04.0005|b|ep|7024200|||u|cartridge 93A|toner:2 toner/Compatible:2 tinta_printer:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Bantuan PAH Bagi Masyarakat Desa Kuala Dua, Kec. Sungai Raya, Kab. Kubu Raya |b|ep|186810400|||u|bantuan penampungan air hujan|tangki_air:2 material_bangunan/Pipa:1
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor Triwulan III|b|ep|32012800|||u|isi cutter, sticky note, lem stick, lakban hitam, alat perekat|ATK lakban:3
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Sub Kegiatan Koordinasi dan Sinkronisasi Pemantauan dan Evaluasi Konsumsi per Kapita per Tahun Tahap II|b|ep|3031500|||u|seminar kit: tas, pulpen, buku agenda, tanda pengenal|tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card/Name_Tag:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Makanan dan Minuman Jamuan Tamu Bahan Logistik Kantor (SEKRT) Triwulan II|b|ep|60570300|||u|makan minum tamu KDH/WKDH|prasmanan/Jamuan:3 prasmanan:2 snack_box:2 nasi_box:2 air_botol:1 air_gelas:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan 5.02.03.1.01.0010|b|ep|10009900|||u|dokumentasi/publikasi|dokumentasi/Foto:3 dokumentasi:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Piagam/Sertifikat dan Cetak Blanko Registrasi Kebun Buah|b|ep|606500|||u|piagam kertas linen tebal, blanko pemeriksaan permohonan 15 buah|cetak_blanko/Piagam:3 cetak_blanko:3
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.03.1.01.0002|b|ep|3456600|||u|tinta printer 673 (black, cyan, magenta, yellow, light cyan, light magenta)|tinta_printer:3 toner:1
61|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD Tahap II|b|ep|1682600|||u|kertas photo glossy, HVS 80 gr dan 75 gr A4|kertas_foto/Glossy:3 kertas_a4:3 kertas_foto:2
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer (Fasilitasi Pemerintah Dalam Pemanfaatan Teknologi Tepat Guna) Tahap II|b|ep|1507100|||u|tinta printer 790 (black, magenta, yellow, cyan)|tinta_printer:3 toner:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.02.1.04.0003|b|ep|11595700|||u|tinta printer, cartridge 93A, cooling pad, flashdisk|KOMP aksesori_komputer:2
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 5.02.02.1.03.0002.6|b|ep|2591000|||u|map, ordner, penjepit kertas, spidol, isi staples, ballpoint, pensil|ATK
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Sewa Kendaraan Bermotor Angkutan Barang 5.02.03.1.01.0008|b|ep|39236700|||u|sewa mobil derek|alat_berat/Dump:0
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak-Fasilitasi Lembaga Profesi ASN Tahap II|jl|ep|2041100|||u|penggandaan, spanduk|fotokopi:3 cetak_spanduk:3
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Pemeliharaan Bangunan Gedung Kantor Belakang  (5.02.01.1.09.0010)|k|pl|102763500|||u||material_bangunan:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Renovasi Asrama Mahasiswa Kalbar di Bandung Tahap 3 (Luncuran TA.2023)|k|pl|200388700|||u||material_bangunan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Bahan Kegiatan Bidang Hortikultura Tahap II|b|ep|523900|||u|tinta printer 003 (black, cyan, magenta, yellow)|tinta_printer:3 toner:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Penyusunan Laporan Kegiatan Serealia Tahap II|b|ep|520400|11|eksemplar|u|penyusunan laporan kegiatan serealia, 11 buku|cetak_buku:3 fotokopi/Jilid:2 fotokopi:2
61.02|UPT KESATUAN PENGELOLAAN HUTAN MEMPAWAH|Koordinasi dan Penyusunan Dokumen RKA- SKPD Tahap II|b|ep|5220700|||u|ATK, kertas cover, bahan cetak, bahan komputer|ATK KOMP fotokopi:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Fasilitasi Kunjungan Tamu Tahap II|b|ep|71732400|||u|perabot kantor isi 50 pcs, air mineral kemasan 330 ml, snack tamu|snack_box:3 air_botol:3 kopi_teh_gula:2 prasmanan/Jamuan:2 tisu:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Benda Pos (SEKRT) Triwulan I|b|ep|10320700|||u|meterai 10000|
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Kimia 5.02.02.1.04.0012|b|ep|361800|||u|hand sanitizer 500 ml|sabun_detergen/Cuci_Tangan:1 bmhp/Alcohol:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU SELATAN|Peralatan Personal Computer Resort|b|ep|14221800|2|unit|u|printer 2 unit, DBH sumber daya alam|printer:3 pc_desktop:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Kantin Sekolah SLB (DAK) Tahun 2025|b|ep|144358900|||u||meja_makan/Kantin:3 meja_makan:2 kursi_lipat/Plastik:1 mebel_sekolah:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Kandang Kambing 1 kelompok (Melawi)|b|ep|190944100|||u||material_bangunan:1 semen:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Sukucadang Alat Laboratorium Sub Kegiatan  1.02.02.1.02.0002 Pengelolaan Pelayanan Kesehatan bagi Penduduk Terdampak Krisis Kesehatan Akibat Bencana dan/atau Berpotensi Bencana|b|ep|34277100|||u||bmhp:1 alat_lab:1
61|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Kimia Sub Kegiatan Penyelenggaraan Pemanfaatan Data Kependudukan Tahap II|b|ep|63100|||u|hand wash Antis|sabun_detergen/Cuci_Tangan:1 bmhp/Alcohol:1
"""


# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2025, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2025/data.parquet; FALLBACK).
KALBAR_2025 = """
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Induk Ikan Unit Sebangkau|b|pl|76978300|165|karung|u|pakan induk ikan protein minimal 25%, butiran terapung, 165 zak|pakan_ikan:3 pakan_ikan/Udang:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Benda Pos Penyediaan Peralatan dan Perlengkapan Kantor (SEKRT) Semester II|b|ep|6940300|||u|meterai 10000|
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Belanja Obat-Obatan-Obat Sub Kegiatan Penanggulangan Daerah Terdampak Wabah Penyakit Hewan Menular Tahap II|b|ep|39331400|||un|vaksin, oxytocin, tolfenic acid injeksi, multivitamin, obat tetes|obat_hewan:2 obat_hewan/Multivitamin:2 obat:0
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Modal Alat Kedokteran Gigi Poli Gigi|b|ep|7400000|||u|dental citoject|obat/Lidocaine:1 bmhp/Spuit:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Handsprayer elektrik untuk Kelompok Tani Sinar Harapan Kelurahan Siantan Hulu Kecamatan Pontianak Utara|b|ep|55551800|50|unit|u|handsprayer elektrik tangki 17 liter, 50 unit|alat_tani/Hand_Sprayer:3 alat_tani/Power:1 alat_tani:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Barang Untuk Dijual/Diserahkan Kepada Masyarakat-Gerakan Orang Tua Asuh (Penurunan Stunting)|b|pl|50749700|||u||pmt:2 susu:2 telur:1 sembako:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Ballpoint - Kegiatan Penerapan Pengendalian Hama Terpadu (PPHT) Tanaman Pangan 4 Unit Aktifitas Lapangan|b|ep|291400|||u|ballpoint peserta lapangan|ATK:1 pulpen:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Perlengkapan Dinas Lapangan (SEKRT)|b|ep|683100|||u|sepatu boot|sepatu/Boots:3 sepatu:1 pdh/PDL:0
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Kendaraan Dinas Bermotor Perorangan atau kendaraan Dinas Jabatan Kepala Badan|b|ep|3668995000|2|unit|u|kendaraan dinas jabatan, 2 unit|mobil/Innova:3 mobil/Double:1 mobil/Hiace:1 mobil/Golf:0 kendaraan_khusus:0
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Cetak Map Pengesahan/Perpanjangan BBN Mutasi|b|ep|392419700|||u|map pengesahan ukuran 24 x 35,5 cm|cetak_blanko/Map:3 map_ordner/Map:2 cetak_blanko:2 map_ordner:1
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Belanja Bahan-Bahan Kimia Sub Kegiatan Penanggulangan Daerah Terdampak Wabah Penyakit Hewan Menular Tahap II|b|ep|180575100|||un|primer PMK, ELISA PMK NSP, kit ekstraksi, methanol|reagen_tes:1 alat_lab:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Benih Karet Siap Tanam Kegiatan Pengembangan Kebun Karet Rakyat Di Kabupaten Sanggau ( 10 Ha )|b|ep|87053400|5000|batang|u|benih karet siap tanam (OPAS)|bibit_tanaman:1 bibit_tanaman/Kopi:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|PERLENGKAPAN GERAKAN TANAM/PANEN KOMODITAS STRATEGIS HORTIKULTURA [HORTI] TAHAP II|b|ep|15077500|||u|baju kaos|kaos:3 kaos/Polo:2 kaos/Rompi:1 topi_atribut:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk NPK Kegiatan Pengembangan Kebun Kopi Rakyat di Kabupaten Kapuas Hulu ( 10 Ha )|b|ep|30002500|||u|pupuk NPK 15-15-15|pupuk/NPK:3 pupuk:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Pembesaran Udang Vaname Unit Sedau|b|pl|88004700|||u|pakan udang|pakan_ikan/Udang:3 pakan_ikan:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Sarana Kearsipan Standing File System Biro|b|ep|1786800|||u|standing file ref 24, 20 lembar|map_ordner/Box:2 map_ordner:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk NPK dan Herbisida Kegiatan Pengembangan Kebun Kelapa Sawit Rakyat di Desa Periangan Kec. Jelai Hulu Kab. Ketapang ( 25 Ha ) |b|ep|83598600|||u|pupuk NPK kemasan 50 kg 4500 kg; herbisida sistemik 90 liter|pupuk/NPK:3 pestisida/Herbisida:3 pupuk:1 pestisida:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Mesin Pemotong Rumput Wilayah Sambas|b|ep|12338000|||u|mesin pemotong rumput 3 unit|alsintan/Pencacah:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Laboratorium Sub Kegiatan (1.02.02.1.02.0018)  Pembinaan Pelaksanaan Upaya Pelayanan Kesehatan|b|ep|1846500|||u|sarung tangan nitril|bmhp/Sarung:2 bmhp:1 apd_kerja/Sarung:0
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Umum - Alat Kedokteran Umum Rawat Inap|b|ep|12639009800|||u||alkes:2 bed_pasien:1 kursi_roda:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor Samsat|b|ep|17812300|||u|kabel listrik 2x1,5 mm, baterai AAA, stop kontak, obeng|lampu_listrik/Kabel:3 lampu_listrik/Stop_Kontak:3 lampu_listrik:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja alat laboratorium cek point Tahap II|b|ep|5506700|||u|sarung tangan nitril|bmhp/Sarung:2 bmhp:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bibit Tanaman Dalam Rangka Koleksi/Kawasan Buah/Lahan Pekarangan (HORTI) Tahap II|b|ep|29003000|||u|lengkeng diamond, mangga harum manis, jambu biji seedless|bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 bibit_tanaman:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Untuk Pengembangan Cabai Rawit di Kabupaten Sambas (3 Ha) [HORTI]|b|ep|64961900|||u|NPK 16-16-16, mulsa plastik hitam perak, dolomit, bibit cabai rawit|pupuk/NPK:3 bibit_tanaman/Cabai:2 pupuk:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Jasa Konsultasi Berorientasi Layanan-Jasa Khusus (Analisis Kondisi Daerah, Permasalahan, dan Isu Strategis Pembangunan Daerah) Tahap II|b|pl|101872300|||u||
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja perlengkapan cek point Tahap II|b|ep|7931800|||u|pakaian dinas lapangan, kaos lapangan|pdh/PDL:3 kaos:3 pdh:1 topi_atribut/Rimba:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Persediaan untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkankepada Masyarakat (Pengadaan paket Sembako) Tahap II|b|ep|19213600|||u||sembako:3 beras:1 minyak_goreng:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Kedokteran Sub kegiatan (1.02.02.1.02.0012) Pengelolaan Pelayanan Kesehatan Penyakit Menular dan Tidak Menular  |b|ep|16482900|||u|vaginal speculum ukuran S, M, L|alkes:1 bmhp:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja spanduk dalam rangka pertemuan peningkatan kapasitas brigade pengendalian kebakaran lahan dan kebun Tahap II|b|ep|311600|||u|spanduk 1 lembar|cetak_spanduk:3 cetak_spanduk/Baliho:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat Penyimpan Perlengkapan Kantor (SEKRT) Tahap II|b|ep|5722700|||u|filing cabinet|lemari_arsip/Filing:3 lemari_arsip:2 lemari_arsip/Roll:1 lemari_arsip/Brankas:0
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Bahan-Bahan Kimia Laboratorium Kimia Darah dan Hematologi|b|ep|321586900||||drug test multi parameter, cell clean, cell pack, reagen hematologi|reagen_tes/Narkoba:3 reagen_tes/Hematologi:3 reagen_tes:1 bmhp:0
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Modal Mebel (KTPG-5.02.01.1.07.0006 Pengadaan Mebel)|b|ep|18226300|||u|kursi kantor|kursi_kantor:3 kursi_lipat:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Suvenir/Cendera Mata - Penyediaan Barang Cetakan dan Penggandaan Tahap II|b|ep|12147600|||u|parcel, karangan bunga, plakat|plakat:3 souvenir:2 trofi:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Aset Tetap Lainnya - Software - PACS Radiologi|b|ep|3484464700|||un||perangkat_lunak:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Handsprayer elektrik Kelompok Tani|b|ep|5452200|5|unit|u|handsprayer elektrik 17 liter, 5 unit|alat_tani/Hand_Sprayer:3 alat_tani:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) Sub Kegiatan (1.02.02.1.03.0003) Pengelolaan Sistem Informasi Kesehatan  |b|ep|32833700|||u|televisi 85 inch|tv_display/Smart_TV:2 tv_display/Interactive:1 tv_display:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Pendingin Showcase Pantry|b|ep|2277300|||u|lemari es 1 pintu|elektronik_rt/Lemari_Es:2
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Lainnya  berupa Sarana Pendukung Pengawasan Keamanan Pangan Sub Kegiatan Rekomendasi Keamanan dan Mutu Pangan Segar Asal Tumbuhan Lintas Daerah Kabupaten/Kota Tahap II|b|ep|2173300|||u|masker|bmhp/Masker:3 apd_kerja/Masker:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Penghargaan atas Suatu Prestasi_Pembinaan Minat, Bakat dan Kreativitas Siswa SMA|b|ep|9551600|||u|tanda penghargaan atas prestasi|trofi:2 plakat:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Pihak Ketiga/Pihak Lain  Sub Kegiatan (1.02.03.1.02.0003) Pembinaan dan Pengawasan Sumber Daya Manusia Kesehatan  |b|ep|189453200|||u|tablet dan laptop untuk nakes teladan|laptop:3 tas_laptop:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Normalisasi/ Restorasi Sungai / Saluran desa seret ayon kec tebas kab sambas|k|pl|182830200|||u||
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|PERENCANAAN TEKNIS PENANGANAN LONGSOR RUAS JALAN SANGGAU - BATAS KABUPATEN SEKADAU/SANGGAU|ks|pl|93806700|||u|jasa konsultansi bidang bina marga|
61.72|RUMAH SAKIT JIWA PROVINSI KALIMANTAN BARAT|Belanja Modal Jasa Konsultansi Pengawasan Rehab Peningkatan Bangsal Kenari|ks|pl|77000900|||u||
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor Triwulan II|b|ep|18953000|||u|continuous form 4 ply, HVS 80 gr A4, kertas NCR, kertas buffalo warna|kertas_a4:3 kertas_f4:2 kertas_foto/Buffalo:2 cetak_blanko:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Tricoderma - Eksplorasi dan Perbanyakan Agen Hayati Tahap II|b|ep|16611800|||u|trichoderma|biostarter:1 pestisida/Fungisida:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik (Penyediaan Komponen Instalasi Listrik) Tahap II|b|ep|14710700|||u|steker, isolasi, stop kontak 4 lubang, lampu senter, baterai AAA|lampu_listrik/Stop_Kontak:2 lampu_listrik:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Natura dan Pakan-Natura berupa Sampel Pangan Segar untuk diuji Sub Kegiatan Rekomendasi Keamanan dan Mutu Pangan Segar Asal Tumbuhan Lintas Daerah Kabupaten/Kota Tahap II|b|pl|40321100|||u|sayur lobak, wortel, beras lokal 5 kg, apel, buah segar, hasil perikanan|lauk_segar:3 beras:3 sembako:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Fasilitasi/evaluasi Dok. perencanaan pembangunan daerah Kab/Kota) Tahap II|b|ep|2759400|||u|cetak spanduk, fotocopy hitam putih A4/F4, jilid tebal karton|fotokopi:3 cetak_spanduk:3 fotokopi/Jilid:3
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Peralatan Studio Audio - Pengembangan PKRS TV Chanel dan Audio Paging System Gedung Poli|b|ep|83346300|||u||sound_system:1 tv_display:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Perlengkapan Sekolah Siswa Tidak Mampu SMA|b|ep|7773141700|||u|seragam, tas, buku tulis, sepatu|seragam_sekolah:2 buku_tulis:2 tas_seminar/Ransel:1 sepatu:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Babi Kelompok Sanggau|b|ep|233925700|||u||ternak:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Pupuk Organik Cair - Penerapan Pengendalian Hama Terpadu (PPHT) Hortikultura 2 Unit|b|ep|1431600|||u|pupuk organik cair 500 ml, 14 liter|pupuk/Organik:2 pupuk:1 biostarter:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.01.1.09.0011|b|ep|772100|||u|flashdisk|flashdisk:3 flashdisk/Harddisk:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Makanan dan Minuman Rapat Pelaksanaan Reformasi Birokrasi (SEKRT) Tahap II|b|ep|13903700|||u|snack dan makan minum rapat biasa|MAMIN
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (koordinasi penyusunan dokumen perencanaan pembangunan daerah bidang infrastruktur)|b|ep|36992200|||u|stapler, isi staples, map, ordner, seminar kit|ATK tas_seminar:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja ATK Pengembangan Kompetensi Pegawai|b|ep|239000|||u|ballpoint, kertas F4, A4 dan stopmap folio|ATK
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (Pelaksanaan Musrenbang RKPD Provinsi)|b|ep|74194400|||u|makan minum dan snack rapat biasa|MAMIN
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak Pakaian Dinas Harian (PDH) ASN (SEKRT) Tahap II|b|ep|151400|||u|fotocopy hitam putih A4/F4|fotokopi:3 pdh:0
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Pembinaan & pemanfaatan data & informasi perencanaan pembangunan PD) Tahap II|b|ep|663200|||u|spanduk|cetak_spanduk:3 cetak_spanduk/Baliho:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel SMA Tahap II|b|ep|1451660900|||u|meja kursi guru dan siswa|mebel_sekolah:3 mebel_sekolah/Papan:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Lainnya Sub Kegiatan (1.02.02.1.02.0012)  Pengelolaan Pelayanan Kesehatan Penyakit Menular dan Tidak Menular  |b|ep|1730100|||u|spuit 1 cc isi 100, sarung tangan nitril|bmhp/Spuit:2 bmhp/Sarung:2 bmhp:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Pemulangan Pegawai yang Pensiun Tahap II|b|ep|6937300|||u|map, HVS 75 gr A4, jilid spiral, tinta 673, parcel|map_ordner:2 kertas_a4:2 fotokopi/Jilid:2 tinta_printer:2 souvenir:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Bahan Evaluasi Kinerja Perangkat Daerah Tahap II|b|ep|761500|||u|kertas 75 gr F4 dan A4, fotocopy hitam putih|kertas_f4:3 kertas_a4:3 fotokopi:3
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Perlengkapan Siswa Tidak Mampu SLB Tahap II|b|ep|147759900|||u|perlengkapan siswa tidak mampu SLB|seragam_sekolah:2 buku_tulis:2 tas_seminar/Ransel:1 sepatu:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Makan Minum Rapat - Penyediaan Bahan Logistik Kantor Tahap II|b|ep|61529600|||u|makan minum dan snack rapat|MAMIN
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Peningkatan Sarana Prasana SMA - III|b|ep|107978800|||u|pengadaan meja kursi|mebel_sekolah:3 mebel_sekolah/Papan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Spanduk Kegiatan Penanganan Dampak Perubahan Iklim Tanaman Perkebunan Tahap II|b|ep|303200|||u|spanduk|cetak_spanduk:3 cetak_spanduk/Baliho:1
61|UPT PANTI SOSIAL ANAK PROVINSI KALIMANTAN BARAT| Pemberian Bimbingan Keterampilan Dasar Tahap II|b|ep|11673400|||u|bahan-bahan lainnya: ATK bimbingan keterampilan|ATK
"""


# Provinsi Kalimantan Barat (KLPD D197), SiRUP paket penyedia terumumkan TA 2023, rows no earlier set used
# (blogramadhan/bun-tarik-data, data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet; FALLBACK).
KALBAR_2023 = """
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Suku Cadang-Suku Cadang Alat Kedokteran Bidang Metrologi|b|ep|5424300|||u|hand wash 250 ml, sarung tangan nitril|sabun_detergen/Cuci_Tangan:3 bmhp/Sarung:2
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Makanan dan Minuman Aktivitas Lapangan (Dana DID & BTT) Tahap II|b|ep|108344200|||u|snack/minuman dan makanan/minuman aktivitas lapangan|nasi_box/Bungkus:3 snack_box:3 nasi_box:2 air_botol:2 air_gelas:2
"""


# Regional-government buyers of Daerah Istimewa Yogyakarta, SPSE tender announcements (Ariq139/LPSE-Winner-Parser,
# pkl.sql tables bantul, gunungkidul, jogjakota, jogjaprov, kulonprogo, sleman), rows blind8a did not use; pagu
# estimated by the labeller (the dump has none); FALLBACK.
DIY = """
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Barang Bercorak Tradisi untuk Masyarakat (APBD Perubahan) Kegiatan Fasilitasi Barang Bercorak Tradisi Untuk Masyarakat Tahap II|b|t|465000000|||||alat_musik:1 kostum:1 batik_seragam:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pembelian Peralatan SAR di Pantai Samas Bantul|b|t|345000000|||||sar:3 sar/Perahu:2
34.02|Pemerintah Kabupaten Bantul|Pengadaan Material Pembangunan Sanitasi Komunal Jetis III|b|t|178000000|||||semen:2 material_bangunan/Pipa:2 material_bangunan:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Pipa Dan Water Meter ( Pendamping Propinsi ) Tahap II|b|t|395000000|||||material_bangunan/Pipa:2
34.03|Pemerintah Kabupaten Gunungkidul|Belanja Barang yang Akan Diserahkan Kepada Masyarakat Berupa Sapi Sebanyak 36 Ekor|b|t|640000000|36|ekor|||ternak/Sapi:3 ternak:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Pakaian Dinas dan Perlengkapannya bagi Pegawai di Lngkungan Pemerintah Daerah  Daerah Istimewa Yogyakarta Tahap II|b|t|1180000000|||||DINAS sepatu/PDH:2 topi_atribut/Atribut:3
34.03|Pemerintah Kabupaten Gunungkidul|Pembibitan Sapi Potong Kelompok Ternak|b|t|520000000|||||ternak/Sapi:3 ternak:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Alat Penghubung Filling Sealing Pada Kegiatan Pengembangan Produksi Semen Beku Sapi Tahap II|b|t|310000000|||||
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan bahan/barang untuk Pembangunan SANIMAS Wonosari|b|t|215000000|||||semen:2 material_bangunan/Pipa:2 material_bangunan:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Blanko Surat Ketetapan Pajak Daerah Tahap II|b|t|260000000|||||cetak_blanko/Blanko:3 cetak_blanko:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Benih Tanaman Sayuran dan Sarana Perbanyakan Benih Sayur Tahap II|b|t|205000000|||||bibit_tanaman/Cabai:2 alat_tani:1 pupuk:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Bahan Pendukung Air Minum Spamdes untuk Pamaskarta Kab. Sleman, Kab. Bantul dan Kab. Gunung Kidul|b|t|290000000|||||material_bangunan/Pipa:1 tangki_air:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Alat Peraga Edukatif (APE) TK Negeri|b|t|410000000|||||ape_paud:3
34.71|RSUD Kota Yogyakarta (BLU Pemerintah Kota Yogyakarta)|Pengadaan Alat-Alat Kedokteran Bedah/IBS Tahap II|b|t|2450000000|||||meja_operasi:2 bed_pasien/Instrumen:2 alkes:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Bahan Pakaian Dinas Anggota DPRD Kabupaten Sleman Tahun 2014|b|t|148000000|||||pdh:2 batik_seragam/Kain:2 batik_seragam:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan aspal padat pertamina penetrasi 60/70 untuk pemeliharaan berkala jalan (DAU)|b|t|790000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Modal Pengadaan GPS type Geodetic Real Time Kinematic Tahap II|b|t|420000000|||||
34.71|Pemerintah Daerah Kota Yogyakarta|Pembelian Reagen Pemeriksaan Napza Tahap II|b|t|152000000|||||reagen_tes/Narkoba:3 reagen_tes:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Sarana Produksi Pengembangan Kawasan Salak Pondoh|b|t|305000000|||||pupuk:2 pestisida:1 alat_tani:1 bibit_tanaman:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Generator/Genset 80 KVA Gedung Arsip|b|t|425000000|1|unit|||genset/Perkins:2 genset:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Obat-obatan Rumah Sakit Tahap II|b|t|3050000000|||||obat:3 bmhp:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Gamelan  4 ( Empat ) Perangkat  Kegiatan Pengadaan Sarana Kesenian  ke Sekolah|b|t|880000000|4|set|||alat_musik/Gamelan:3 alat_musik:1
34.01|Pemerintah Kabupaten Kulon Progo|Pengadaan Barang Yang Akan Diserahkan Kepada Masyarakat ( Pengadaan Beras Miskin ) Tahap II|b|t|615000000|||||beras/Medium:3 beras:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Alat bantu penangkapan ikan kapal 30 GT (Rumpon) 3 unit|b|t|455000000|||||sarana_ikan:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Belanja Bahan Makanan Ikan di Unit Kerja Budidaya Air Payau|b|t|245000000|||||pakan_ikan:3 pakan_ikan/Udang:2
34.04|Pemerintah Kabupaten Sleman|Pengadaan Alat Peraga dan Sarana Penunjang SD TA 2014 (Sisa DAK 2012)|b|t|690000000|||||alat_peraga/IPA:3 alat_peraga:2 alat_peraga/Trainer:0 mebel_sekolah/Papan:1 alat_olahraga:1
34.04|Pemerintah Daerah Kabupaten Sleman|Belanja Pengadaan Buku Referensi, Buku Pengayaan dan Buku Panduan Pendidik SD (DAK)|b|t|1350000000|||||buku_bacaan:2 buku_bacaan/Pengayaan:3 buku_bacaan/Cerita:3 buku_bacaan/Peraturan:1 cetak_buku:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja alat-alat/perlengkapan LKS dalam rangka kegiatan pembinaan SMK Tahap II|b|t|275000000|||||alat_peraga/Trainer:1
34.01|Pemerintah Kabupaten Kulon Progo|BELANJA BAHAN BAKU BANGUNAN PENYEDIAAN SARANA SANITASI DASAR DESA KEDUNGSARI, KEC. PENGASIH|b|t|165000000|||||semen:2 material_bangunan:2 material_bangunan/Pipa:2
34.01|Pemerintah Kabupaten Kulon Progo|Belanja barang yang akan diserahkan kepada pihak ketiga sarana pembelajaran APE Dalam TK|b|t|320000000|||||ape_paud/Indoor:3 ape_paud/Puzzle:3 ape_paud/Mobil:3 ape_paud/Outdoor:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Modal Pengadaan Lift dan Pemasangannya Gedung DPRD|b|t|1650000000|||||
34.04|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja Modal Pengadaan Generator Set/Genset di KPPD Sleman|b|t|118000000|1|unit|||genset:2
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Belanja bahan pupuk tanaman pangan|b|t|205000000|||||pupuk:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN BANTUAN PERALATAN USAHA KEGIATAN PEMBINAAN DAN PENGEMBANGAN TENAGA KERJA MANDIRI SEKTOR INFORMAL (TKMSI) TAHAP II|b|t|470000000|||||peralatan_usaha:2 mesin_jahit:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Buku Referensi SMA (DAK TA.2014)|b|t|780000000|||||buku_bacaan:1 buku_bacaan/Teks:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Bahan Makanan Untuk 120 Anak Panti Sosial Asuhan Anak|b|t|410000000|||||PANGAN makanan_pasien:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN OBAT HORMON PADA KEGIATAN OPTIMALISASI INSEMINASI BUATAN TAHAP II|b|t|185000000|||||obat_hewan:1 obat:0
34.02|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Genset Rumah Sakit Khusus Paru Respira Tahap II|b|t|530000000|1|unit|||genset:2
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Belanja hibah Gamelan Perunggu Laras Pelog Slendro Kelompok Seni|b|t|198000000|1|set|||alat_musik/Gamelan:3 alat_musik:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Komputer Sekretariat Dewan Perwakilan Rakyat Daerah Provinsi Daerah Istimewa Yogyakarta Tahap II|b|t|520000000|||||pc_desktop:3 laptop:2 printer:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Bantuan Sarana Produksi Budidaya Ikan Konsumsi  220 Paket|b|t|560000000|||||benih_ikan:3 pakan_ikan:3 sarana_ikan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|PENGADAAN PERALATAN GEDUNG KANTOR (KOMPUTER, NOTEBOOK, PRINTER) TAHAP II|b|t|640000000|||||pc_desktop:3 laptop:3 printer:3 tas_laptop:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Peralatan Laboratorium Balai|b|t|500000000|||||alat_lab:2
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Belanja Modal Gamelan Type 1 dan Type 3|b|t|560000000|||||alat_musik/Gamelan:3 alat_musik:1
34.02|Pemerintah Kabupaten Bantul|Pengadaan Pakaian Dinas dan Kelengkapannya Pegawai|b|t|720000000|||||DINAS sepatu/PDH:2 topi_atribut/Atribut:3
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Sarana dan Prasarana untuk Penanaman dan Pengembangan Tanaman Pakan Ternak Berkualitas Tahap II|b|t|285000000|||||alsintan/Pencacah:2 pupuk:1 alat_tani/Cangkul:1
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan pupuk kandang dan pupuk an organik kegiatan Rehabilitasi Hutan Konservasi Tahap II|b|t|235000000|||||pupuk:3 pupuk/Kompos:3 pupuk/Organik:3
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Barang Bahan Bangunan RTLH di Kec. Pandak  Kab. Bantul|b|t|395000000|||||semen:2 material_bangunan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Belanja Pakaian TAGANA Kabupaten/Kota|b|t|275000000|||||pdh/PDL:3 topi_atribut/Rimba:2 kaos/Rompi:1 pdh:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Bahan Pembangunan SLBM Desa Kemiri (Kawasan Pantai Baron) Kecamatan Tanjungsari|b|t|230000000|||||semen:2 material_bangunan:2
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Pengadaan Pupuk PMLT dan Pupuk Kandang Kegiatan Optimalisasi Tegakan Kayu Putih Tahap II|b|t|310000000|||||pupuk:3
34.02|Pemerintah Kabupaten Bantul|Pengadaan Alat Penangkapan Ikan Nelayan|b|t|350000000|||||sarana_ikan/Jaring:2 sarana_ikan:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Sarana dan Prasarana Teknologi Pertanian Tahap II|b|t|480000000|||||alsintan:2 alat_tani:2
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Alat Lab. Bahasa SMP DAK 2012|b|t|560000000|||||aksesori_komputer/Headset:1 pc_desktop:1
34.03|Pemerintah Kabupaten Gunungkidul|Pengadaan Peralatan Pendidikan Seni Kebudayaan dan Ketrampilan SD DAK 2013|b|t|620000000|||||alat_musik:2 alat_musik/Angklung:3 alat_peraga:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Ternak Kambing Perah, Kambing Bligon dan Domba Tahap II|b|t|495000000|||||ternak/Kambing:3 ternak/Domba:3 ternak:1
34.01|Pemerintah Kabupaten Kulon Progo|PENGADAAN  BARANG  YANG  AKAN DISERAHKAN KEPADA  MASYARAKAT ( ALAT BANTU DAN KERJA ) TAHAP II|b|t|270000000|||||kursi_roda:2 peralatan_usaha:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pengadaan Bahan Makanan untuk 220 Klien selama 12 Bulan|b|t|930000000|||||PANGAN makanan_pasien:1
34.02|Pemerintah Kabupaten Bantul|Pengadaan Komputer Notebook Bagian Umum|b|t|315000000|||||laptop:3 tas_laptop:1
34.04|Pemerintah Kabupaten Sleman|Pengadaan Bibit Sapi Perah Kelompok Ternak|b|t|450000000|||||ternak/Sapi:1
34|Pemerintah Daerah Provinsi D. I. Yogyakarta|Pembangunan Halte Trans Jogja Design Baru Tahap II|k|t|690000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Perencanaan Rehab Museum Sonobudoyo Unit II|ks|s|240000000|||||
34.01|Pemerintah Kabupaten Kulon Progo|Rehabilitasi Jembatan Semawung II|k|t|1850000000|||||
34|ULP Pemerintah Daerah Daerah Istimewa Yogyakarta|Angkutan Transmigran dan Barang Bawaannya dari Embarkasi ke Debarkasi Tahap II|jl|t|385000000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "b10a1": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_2024,
    ),
    "b10a2": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2025 (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_2025,
    ),
    "b10a3": (
        "FALLBACK rows never used of a repository earlier sets used: SiRUP paket penyedia Provinsi Kalimantan Barat TA 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_2023,
    ),
    "b10a4": (
        "FALLBACK rows never used of a repository earlier sets used: SPSE tender announcements of regional government in DI Yogyakarta (Ariq139/LPSE-Winner-Parser)",
        2014,
        False,
        DIY,
    ),
}
