# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind6a, a sixth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Sources (public GitHub repositories not listed in SOURCES.md before this set, read with the search tools and fetched
snapshots; SOURCES.md, section "blind6a"):

* blogramadhan/bun-tarik-data, LKPP ISB exports of Provinsi Kalimantan Barat (KLPD D197):
  `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet` and `.../2024/data.parquet` (SiRUP paket penyedia
  terumumkan: satker, nama paket, pagu, metode, jenis pengadaan, status UKM/PDN, volume, uraian and spesifikasi
  pekerjaan), and `data/spse/97/SPSE-NonTenderPengumuman/2023|2024/data.json`, `SPSE-PencatatanNonTender/2023|2024`,
  `SPSE-TenderPengumuman/2023` (LPSE 97, the LPSE of Provinsi Kalimantan Barat; every row of these files is a satker of
  KLPD D197, no central-government satker). The TA 2025 files were not used (blind4a took Kalbar RUP 2025 rows from
  another repository).
* vaskoyudha/Phase3_LPSE-x, `downloads/ocds/ocds_2024_tender_upload_sample_ready.csv` (OCDS tender sample of Kota
  Surabaya, KLPD D181, TA 2024): three works and consultancy tenders.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py, and no source name it was made
from appears there either (checked programmatically on names normalised to lowercase alphanumerics). Every row is my
own record made from one real package name, reworded lightly (other tahap, triwulan, semester, angkatan, MAK
sub-kegiatan codes, desa, kecamatan, kabupaten, school and room names), the noise of the original kept: typos
("Penialaian", "Herbsida", "Pengadaaan", "Mebei", "Periengkapan", "Priter", "Glokosa", "Urid", "Penydiaan",
"danMesin", "KegiatanKoordinasi", "Diserahkankepada", "obot nyamuk"), MAK codes (5.02.01.1.07.0006, 0007KTPG-...),
"[ #", a leading "]" or ",", double spaces, several items in one name. Pagu is a few per cent off the real
package's pagu. Type (b, jl, k, ks) and method (ep, pl, t, tc, s) are the export's jenis and metode pengadaan; the
flags follow the RUP export (u where status_ukm is UKM, n where status_pdn is Non-PDN; the SPSE and OCDS exports have
no such fields, so their rows are unflagged). The specification is a short rewording of the RUP row's uraian /
spesifikasi pekerjaan (or, for SPSE rows, of what the name states); the volume is set only where the source gives a
count in the catalog's unit. Region codes: province offices 61; UPT with a known seat get that Kemendagri code (UPT
PPD Pontianak 61.71, Ketapang 61.04, Sintang 61.05, Singkawang 61.72, Sanggau 61.03; KPH Bengkayang 61.07, Kapuas
Hulu 61.06, Kubu Raya 61.12, Sanggau Barat 61.03, Sekadau 61.09, Sintang Timur 61.05, Sambas 61.01; RSUD dr.
Soedarso and UPT Klinik Utama Sungai Bangkong 61.71; RSJ Provinsi and UPT Perikanan Budidaya Air Payau dan Laut
61.72); Kota Surabaya 35.78. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the
macros are its MACROS. The grades were written by reading each package name (and its stated specification) against
the catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has
ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Barat (KLPD D197), SiRUP RUP paket penyedia terumumkan, TA 2024 (blogramadhan/bun-tarik-data,
# data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet).
KALBAR_RUP_2024 = """
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover-Pelaksanaan Penialaian dan Evaluasi Kinerja Aparatur Tahap II|b|ep|3695700|||u|HVS 75 gr A4 dan F4|kertas_a4:3 kertas_f4:3 kertas_a3:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor-Pengelolaan Pemberian Penghargaan bagi Pegawai Semester II|b|ep|5634500|||u|seminar kit (tas, pulpen, buku agenda), map plastik kancing, ballpoint AE7|ATK:1 pulpen:3 map_ordner:2 map_ordner/Map_Plastik:3 tas_seminar:2 tas_seminar/Seminar_Kit:3 buku_tulis/Notebook:3
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer-Evaluasi Disiplin ASN Triwulan III|b|ep|6532700|||u|tinta printer 5000 Y/C/M, 6000BK dan toner|tinta_printer:3 toner:3 flashdisk:1 aksesori_komputer:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak-Evaluasi Data, Informasi dan Sistem Informasi Kepegawaian (Cetak Modul)|b|ep|3276000|||u|cetak modul|cetak_buku:2 cetak_buku/Modul:3 fotokopi:2 cetak_blanko:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer kegiatan Fasilitasi Pelayanan Verifikasi SKT dan Keberadaan Ormas Tahap 2|b|ep|6230400|||u|tinta printer 664 black, cyan, magenta, yellow|tinta_printer:2 tinta_printer/664:3 toner:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD|b|pl|2575000|||u|materai 10000|
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata  sub kegiatan Monitoring, evaluasi dan Pelaporan dibidang Kewaspadaan dini, Kerjasama Intelijen, Pemantauan Orang Asing|b|ep|8910000|||u|parcel / tumbler|souvenir:2 souvenir/Tumbler:3 plakat:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas kegiatan Seleksi Calon Paskibraka Tingkat Provinsi|b|ep|2151300|||u|nametag; pakaian batik untuk penerima penghargaan|id_card/Name_Tag:3 id_card:2 batik_seragam:3 topi_atribut/Atribut:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor kegiatan Seleksi Calon Paskibraka Tingkat Provinsi|b|ep|3503600|||u|handuk mandi|alat_mandi:1 alat_mandi/Handuk:3
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Pakaian Olahraga kegiatan Pelatihan Paskibraka Angkatan 2 |b|ep|57222000|||u|baju kaos, celana training, kaos kaki, sepatu olahraga, topi|kaos:2 kaos/Olahraga:3 sepatu/Olahraga:3 topi_atribut/Topi:2
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Pakaian Paskibraka kegiatan pelatihan Paskibraka Tahun 2024|b|ep|90415000|||u|peci, atribut, kendit, kaos kaki PDL, pakaian upacara bendera, sarung tangan|pdh:1 topi_atribut:1 sepatu/PDH:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.01.1.01.0002|b|ep|20923000|||u|cartridge, tinta printer, refill kit, mouse, flashdisk|KOMP aksesori_komputer/Mouse:3
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan Printer dan scanner Bidang Aset|b|ep|217625000|||u|printer 19 unit, scanner 1 unit|printer:3 printer/Kartu:1 scanner:3
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan sofa ruang tunggu|b|ep|28057000|||u|sofa 2 unit|sofa:3 kursi_lipat/Tunggu:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|pengadaan PC All In One Tahap 2|b|ep|697308000|28|unit|u|PC all in one core i7, RAM 16 GB, SSD|pc_desktop:2 pc_desktop/All_in_One:3 laptop:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan Meja Rapat Lantai 2|b|ep|26126000|||u|meja rapat 1 unit|meja_rapat:3 kursi_kantor/Rapat:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan AC Ruang Kerja|b|ep|46381000|||u|AC 2 PK 3 unit, AC 3 PK 1 unit|ac:2 ac/Sharp:3 service_ac:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan LCD Monitor 27 inch|b|ep|51520000|||u|monitor LED 27 inch 9 unit, 34 inch 1 unit|tv_display/Monitor:2 pc_desktop:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan peralatan jaringan dan server|b|ep|49980000|||u|hub 2 unit, server 1 unit|jaringan:2 jaringan/Switch:3 pc_desktop/Workstation:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan Gorden Ruang Rapat|b|ep|62400000|||u|gorden 40 m2|
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|pengadaan LCD Projector dan HT Bidang Anggaran|b|ep|20287000|||u|lcd projector, handy talky|proyektor:3 proyektor/Layar:2 elektronik_rt/Handy_Talky:3
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor (5.02.01.1.06.0001 Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor) TW II|b|ep|35441000|||u|fitting plafon, isolasi, kabel NYM/NYY, lampu|lampu_listrik:3 lampu_listrik/PJU:1 lampu_listrik/Floodlight:1 lakban/Isolasi:1
61|BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI KALIMANTAN BARAT|Sapi (Kab. Landak)|b|ep|28215000|||u|sapi jantan|ternak/Sapi:2
61|BIRO PEREKONOMIAN SETDA PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat, Fasilitasi Pengelolaan Kebijakan Ekonomi Makro Triwulan IV|b|ep|34663000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (Kegiatan Seleksi Anggota Dewan Pendidikan)|b|ep|17258000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|BIRO PEREKONOMIAN SETDA PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak, Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pertanian, Kehutanan, Kelautan, dan Perikanan II|b|ep|4216200|||u|cetak kulit dan jilid 21 x 32 cm, fotokopi hitam putih|fotokopi:3 cetak_blanko:1 cetak_buku:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Cool Box/Box Fiber Nelayan KUB Nelayan Kec. Paloh Kab. Sambas|b|pl|62201000|||u|cool box / box fiber untuk nelayan|sarana_ikan/Cool_Box:3
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Freezer dan Cool Box Nelayan|b|ep|228384000|||u|freezer -18 s.d. -26 C 318 L 18 unit; cool box 38 unit|sarana_ikan/Cool_Box:3 elektronik_rt/Lemari_Es:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Gill Net Tiansi dan Kelengkapannya KUB Nelayan Kel. Setapuk Kecil Kec. Singkawang Utara Kota Singkawang|b|pl|180768000|||u|gill net tiansi dan kelengkapannya|sarana_ikan/Jaring:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT| Pengadaan Fish Finder dan Kelengkapannya KUB Nelayan Kec. Sungai Raya Kepulauan|b|pl|113300000|||u|fish finder untuk nelayan|
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Bantuan Pakan dan Bibit Ikan di Dusun emparu satu Desa Emparu Kecamatan Dedai Kabupaten Sintang|b|pl|92070000|||u|pakan dan bibit ikan|pakan_ikan:3 benih_ikan:3 sarana_ikan:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Mobil Dinas Pimpinan Tinggi Pratama|b|ep|703485000|1|unit|u|minibus bensin 2000 cc|mobil:1 mobil/Innova:3
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan PC, Laptop, Tablet dan Printer Bidang Perikanan Tangkap|b|ep|144161000|||u|PC 3 unit, laptop 6 set, tablet, printer 2 unit|pc_desktop:3 laptop:3 printer:3 tas_laptop:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Penampungan Air Bersih (PAH) di Kec. Sungai Pinyuh, Kab. Mempawah|b|pl|178500000|||u|pengadaan PAH|tangki_air:3
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Sarana Budidaya Ikan Laut di Kabupaten Bengkayang|b|pl|68600000|||u|benih ikan laut, pakan dan peralatan pendukung|benih_ikan:1 pakan_ikan:2 sarana_ikan:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang Perpustakaan SMK Negeri (DAK) Tahun 2024|b|ep|113003000|||u|spesifikasi di KAK|rak_buku:2 rak_buku/Perpustakaan:3 mebel_sekolah:1 meja_kantor:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang Laboratorium Komputer SMA Negeri (DAK) Tahun 2024|b|ep|111877000|||u|spesifikasi di KAK|meja_kantor/Komputer:3 kursi_kantor:1 kursi_kantor/Staff:2 mebel_sekolah:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Ruang Guru SMA Negeri (DAK) Tahun 2024|b|ep|187300000|||u|spesifikasi di KAK|mebel_sekolah/Guru:3 meja_kantor/Staff:2 kursi_kantor/Staff:2 lemari_arsip:2 meja_rapat:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Rehabilitasi Ruang Kepala Sekolah SMK Negeri (DAK) Tahun 2024|b|ep|44102000|||u|spesifikasi di KAK|meja_kantor:2 meja_kantor/Pejabat:3 kursi_kantor:2 kursi_kantor/Pejabat:3 sofa:2 lemari_arsip:2 meja_rapat:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Pembangunan Asrama Siswa SMA Negeri (DAK) Tahun 2024|b|ep|90294000|||u|spesifikasi di KAK|ranjang:2 ranjang/Susun:3 selimut_kasur/Kasur:2 lemari_arsip/Kayu:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Praktik Utama SMK Negeri (DAK) Tahun 2024|b|ep|27477190000||||alat praktik utama SMK|alat_peraga/Trainer:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Teknologi, Informasi dan Komunikasi SLB Negeri (DAK) Tahun 2024|b|ep|357000000|||u|spesifikasi di KAK|laptop:3 pc_desktop:2 proyektor:2 printer:2 tv_display/Interactive:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Penambahan Mebel SMK Negeri Pada Daerah 3T Tahap II di Provinsi Kalimantan Barat|b|ep|1875112000|||u|meja kursi guru dan siswa untuk unit sekolah baru|mebel_sekolah/Guru:3 mebel_sekolah/SMP:2 mebel_sekolah/SD:1 mebel_sekolah/Papan_Tulis:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Spanduk Rakor|b|ep|1101400|17|m2|u|spanduk digital printing|cetak_spanduk:2 cetak_spanduk/Flexi:3 cetak_spanduk/Baliho:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Rakor DAK SMK|b|ep|6480000|||u|kertas dan cover|kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Pakaian Dinas Beserta Atributnya Pejabat Struktural|b|ep|247461000|||u|PSL model jas wool, PDH khaki lengan panjang, pakaian olahraga|pdh:2 pdh/Jas:3 pdh/PDH:3 kaos/Olahraga:3 topi_atribut/Atribut:2 batik_seragam:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakan Layer Ternak Unggas Kelompok Sambas|b|ep|132858000|||u|pakan layer 12.830 kg|obat_hewan/Multivitamin:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Ternak Babi Kelompok Tani Ternak|b|ep|39542000|10|ekor|u|jantan betina 15-20 kg|ternak:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Ternak Kambing Perah 1 Kelompok Landak|b|ep|97970000|||u|kambing perah|ternak/Kambing:3 ternak/Domba:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Ternak Kambing 1 Kelompok Kab. Kubu Raya|b|ep|196222000|||u|ternak kambing untuk kelompok|ternak/Kambing:3 ternak/Domba:2 obat_hewan:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Sapi 1 kelompok Bengkayang|b|ep|82736000|||u|ternak sapi untuk kelompok|ternak:1 ternak/Sapi:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Desinfektan dan Obat Ternak Kambing dan Sapi Kab. Sanggau|b|ep|74048000|||u|desinfektan dan obat ternak|obat_hewan:3 obat_hewan/Multivitamin:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk Pengembangan Kebun Kopi Rakyat Kabupaten Landak (15 Ha) |b|ep|37440000|2600|kg|u|pupuk NPK 2.600 kg|pupuk:2 pupuk/NPK:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pemeliharaan Kebun Kopi Rakyat Kabupaten Sintang (40 Ha)|b|ep|109180000|||u|pupuk NPK 6.000 kg, herbisida 40 liter, insektisida 40 liter|pupuk:2 pupuk/NPK:3 pestisida/Herbisida:3 pestisida/Insektisida:3
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Premix Mineral Unggas Kelompok Sintang|b|ep|98010|||u|mineral unggas 9 kg|obat_hewan/Multivitamin:2
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Susu Ternak Ruminansia Pedet|b|ep|303000|||u|susu ternak ruminansia 10 kg|obat_hewan/Multivitamin:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Benih Alpukat di Kabupaten Sambas dan Landak|b|ep|194000000|2000|batang|u|label biru, benih sebar, sambung pucuk, tinggi minimal 40 cm|bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Benih Jagung Hibrida Kabupaten Mempawah|b|ep|220162000|2250|kg|u|daya berkecambah minimal 85%, kadar air maksimal 12%|benih_pangan:1 benih_pangan/Jagung:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Pengadaan Benih Padi Dalam Rangka Pengembangan Tanaman Pangan Tahap II|b|ep|318500000|25000|kg|u|benih padi inbrida bersertifikat|benih_pangan:1 benih_pangan/Padi:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Bibit Keladi/Talas Kabupaten Sanggau|b|ep|108160000|32500|batang|u|bibit bersertifikat, anakan tinggi minimal 10 cm|bibit_tanaman:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Cabai Rawit Polybag di Jl. Tani Kel. Sungai Jawi Dalam Kec. Pontianak Barat Kota Pontianak|b|ep|374400000|7800|batang|u|tanaman cabe rawit dalam polybag umur 2,5 bulan|bibit_tanaman/Cabai:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Handtraktor Kabupaten Sekadau|b|ep|36050000|1|unit||traktor roda 2, mesin diesel 4 langkah 1 silinder|alsintan:1 alsintan/Hand_Traktor:3 alsintan/Cultivator:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Alat dan Mesin Pertanian Handsprayer Kabupaten Melawi|b|ep|18513000|17|unit|u|kapasitas tangki 17 liter, pompa elektrik|alat_tani/Hand_Sprayer:3 alat_tani/Power:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Pupuk dan Herbisida Mendukung Tanaman Pangan untuk Kec. Teluk Keramat Kab. Sambas|b|ep|200020000|||u|pupuk organik cair 570 liter, herbisida sistemik 500 liter|pestisida/Herbisida:3 pupuk/Organik:2 biostarter/EM4:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Pupuk NPK untuk Kecamatan Kayan Hulu Kabupaten Sintang|b|ep|121250000|5000|kg|u|pupuk NPK 15-15-15|pupuk:1 pupuk/NPK:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP_Pengadaan Herbsida untuk Kecamatan Kayan Hulu Kabupaten Sintang|b|ep|45492000|223|liter|u|herbisida sistemik|pestisida:1 pestisida/Herbisida:3
61|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan/Bibit Tanaman Sub Kegiatan Penyediaan Peralatan Rumah Tangga Kantor |b|pl|3332000|||u|monstera, calathea dalam pot|bibit_tanaman/Tanaman_Hias:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaaan Alat Listrik Alat/Komponen Listrik Dinas (SEKRT) Tahap 2|b|ep|54675000|||u|bola lampu LED, MCB, fitting, stop kontak, saklar|lampu_listrik:2 lampu_listrik/LED_Bulb:3 lampu_listrik/Bola_Lampu:3 lampu_listrik/Stop_Kontak:3 lampu_listrik/PJU:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Kebersihan Kantor (Ex-Diklat Pertanian) (SEKRT) TW II|b|ep|16265000|||u|tong sampah pedal, ember, sapu ijuk, keset, pel lantai, pembersih kaca, karbol|BERSIH
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Perabot Kantor Alat Rumah Tangga Terkait Implementasi RB ASN PRIMA Semester II|b|ep|10471000|||u|hand soap, facial tissue, tissue box, alat pel dan lap|sabun_detergen:2 sabun_detergen/Cuci_Tangan:3 tisu:3 kain_pel:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan dan Mesin Lainnya (Filling Cabinet, Lcd Projector, Mesin Absensi, Alat Penghancur Kertas, Meja Kerja, A.C. Split, Kursi Kantor, PC Unit, Tablet, Priter, Scanner, UPS) (SEKRT) Tahap 2|b|ep|260286000|||u|filling cabinet, AC split 1 PK, AC floor standing 2,5 PK, PC core i5|lemari_arsip/Filing:3 proyektor:3 elektronik_rt/Penghancur:3 meja_kantor:3 ac:3 kursi_kantor:3 pc_desktop:3 printer:3 scanner:3 ups_listrik:3 laptop:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Makanan dan Minuman Penyelenggaraan Senam Jumat (SEKRT)|b|ep|35552000|||u|snack/minum aktivitas lapangan|snack_box:3 air_gelas:2 air_botol:2 nasi_box:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Kelengkapan Komputer Bidang Hortikultura Tahap II|b|ep|5422300|||u|tinta printer 003 dan 664 black/cyan/magenta/yellow|tinta_printer:2 tinta_printer/003:3 tinta_printer/664:3 toner:1 flashdisk:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Alat/Bahan untuk Kegiatan Kantor Lainnya (SEKRT) TW III|b|ep|255000|||u|bendera merah putih|bendera/Merah_Putih:3 bendera/Umbul:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Informasi Budidaya Tanaman AKABI) Tahap 2|b|ep|3185000|500|lembar|u|[ # ] Informasi Budidaya Tanaman AKABI [ - ] leaflet|cetak_brosur:2 cetak_brosur/Leaflet:3 fotokopi:1
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Pengadaan Televisi-KegiatanKoordinasi, Sinkronisasi dan Pelaksanaan Pengamanan Hutan|b|ep|10563000|||u|televisi LCD|tv_display:2 tv_display/Smart_TV:3 tv_display/Interactive:1
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Alat Pengolahan Tanah dan Tanaman Persemaian|b|ep|62880000|4250|batang|u|bibit belian/ulin, kopi liberika, tengkawang siap tanam bersertifikat|bibit_tanaman/Kopi:2 bibit_tanaman/Mahoni:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU UTARA|Belanja Bibit Tanaman, Pupuk Kandang/Kompos dan Mulsa Plastik Tahap II|b|ep|60255000|||u|mulsa plastik hitam perak, bibit langsat 6-8 bulan, pupuk kandang/kompos|pupuk/Kompos:3 pupuk/Organik:2 bibit_tanaman:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU UTARA|Pengadaan Kertas HVS|b|pl|647500|7|rim|u|HVS 75 gr A4 dan F4|kertas_a4:3 kertas_f4:3
61.12|UPT KESATUAN PENGELOLAAN HUTAN KUBU RAYA|Belanja Modal Personal Computer-Tablet PC Patroli|b|ep|33328000|||un|tablet PC iPad / tablet android 2 unit|laptop:1 pc_desktop:1
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU BARAT|Tiang Bendera Kantor Stainless|b|ep|9700000|||u|tiang bendera kantor|bendera/Tiang:3 bendera/Merah_Putih:1
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU BARAT|Rak Penyimpanan Alat Perkantoran Ruang Arsip|b|ep|10200000|||u|rak penyimpanan alat perkantoran (lemari penyimpanan)|lemari_arsip/Lemari:2 rak_buku:2
61.09|UPT KESATUAN PENGELOLAAN HUTAN SEKADAU|Ordner Folio |b|ep|299900|9|pcs|u|ordner|map_ordner:1 map_ordner/Ordner:3 map_ordner/Box_File:2
61.09|UPT KESATUAN PENGELOLAAN HUTAN SEKADAU|Cutter Kecil|b|ep|11440|||u|cutter kecil|stapler:1
61.09|UPT KESATUAN PENGELOLAAN HUTAN SEKADAU|Tinta Printer Refill|b|ep|406100|||u|200 ml black/warna 3 box|tinta_printer:2 tinta_printer/Refill:3
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG TIMUR|Belanja Baju kaos 30 stell|b|ep|3605000|||u|baju kaos lapangan|kaos:2 kaos/Kegiatan:3 kaos/Rompi:1
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG TIMUR|Kipas Angin Berdiri|b|ep|3207600|4|unit|u|stand fan 16 inch|kipas_angin:1 kipas_angin/Berdiri:3 kipas_angin/Dinding:2
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Modal Perlengkapan Kebakaran Hutan dan Lahan|b|ep|5908500|||u|jet shooter (pompa punggung) 15 liter|alat_tani/Hand_Sprayer:1 apar:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU SELATAN| Kendaraan Bermotor Beroda Dua Lapangan|b|ep|87300000|2|unit|un|kendaraan roda dua lapangan|sepeda_motor:2 sepeda_motor/Trail:3
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Modal Electric Generating Set (5.02.01.1.07.0006 Pengadaan Peralatan dan Mesin Lainnya) Kantor Samsat|b|ep|166403000|||u|generator set|genset:1 genset/Honda:2
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Natura dan Pakan-Natura-Makan Minum, Telur Ayam (5.02.04.1.01.0010 Penagihan Pajak Daerah)|b|ep|133006000|||u|minuman; makanan; telur ayam|telur:3 nasi_box:2 snack_box:2 air_botol:1 minuman_kemasan:1
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Modal Mebel (5.02.01.1.07.0005 Pengadaan Mebei) Ruang Pelayanan|b|ep|107765000|||u|kursi tunggu wajib pajak|kursi_lipat:1 kursi_lipat/Tunggu:3 sofa:1
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer (5.02.01.1.06.0002 Penyediaan Peralatan dan Periengkapan Kantor) TW II|b|ep|79981000|||u|tinta printer 664, mouse, pita printer|tinta_printer:2 tinta_printer/664:3 aksesori_komputer/Mouse:3 toner:1
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover (5.02.01.1.06.0002 Penyediaan Peralatan dan Periengkapan Kantor) TW II|b|ep|87486000|||u|HVS 70 gr A4/F4, kertas termal 57x50 mm, NCR, continuous form|kertas_a4:3 kertas_f4:3 kertas_thermal:3 kertas_a3:1
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Modal Alat Pendingin (0007KTPG-5.02.01.1.07.0006 Pengadaan Peralatan dan Mesin Lainnya) II|b|ep|50500000|||u|AC split 3/4 PK; AC standing 5 PK|ac:3 ac/Standing:3 kipas_angin:1
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor (0007KTPG-5.02.01.1.06.0003 Penyediaan Peralatan Rumah Tangga) TW III|b|ep|28563000|||u|hand soap refill 3,7 liter; tissue 250 sheets|sabun_detergen:2 sabun_detergen/Cuci_Tangan:3 tisu:3
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik (0007KTPG-5.02.01.1.06.0001 Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor ) TW III|b|ep|20628000|||u|kabel NYY, lampu LED 20W, saklar, steker, stop kontak, fitting|lampu_listrik:3 lampu_listrik/PJU:1 lampu_listrik/Floodlight:1
61.72|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINGKAWANG|Belanja Modal Alat Pemadam Kebakaran (5.02.01.1.07.0006 Pengadaan Peralatan dan Mesin Lainnya) Samsat|b|ep|14204000|||u|APAR ABC dry chemical powder|apar:1 apar/Powder:3 apar/CO2:2
61.05|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINTANG|Belanja Modal Alat Penyimpan Perlengkapan Kantor ( 5.02.01.1.07.0005 Pengadaan Mebel) Tahap 2|b|ep|58800000|||u|lemari berbahan besi/metal|lemari_arsip:2 lemari_arsip/Lemari_Arsip_Besi:3 lemari_arsip/Brankas:1
61.05|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINTANG|Belanja Suku Cadang-Suku Cadang Alat Laboratorium (5.02.01.1.06.0003 Penyediaan Peralatan Rumah Tangga) Semester I|b|ep|1248000|||u|masker bedah earloop 50 pcs/box|bmhp/Masker:3 apd_kerja/Masker:1
61.03|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SANGGAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Persediaan Dokumen/Administrasi Tender (5.02.01.1.06.0005 Penyediaan Barang Cetakan dan Penggandaan) TW I|b|ep|10479000|||u|amplop dinas berlambang kecil, sedang, besar|amplop:2 amplop/Cetak:3 cetak_blanko:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Alat/Bahan untuk Kegiatan Kantor - Bahan Cetak - Spanduk / Roll Baner / Stiker/ Profil Tahap II|b|ep|212180000|||u|spanduk, roll banner, stiker, buku profil|cetak_spanduk:3 stiker_label:3 cetak_buku/Profil:3 cetak_brosur:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak - Cetakan (Labeling) Instalasi Farmasi|b|ep|148500000|||u|cetakan label|stiker_label:3 cetak_blanko:2 kertas_thermal:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Kedokteran Umum - Tempat Tidur Pasien Elektrik|b|ep|686800000|14|unit|u|tempat tidur pasien 3 motor|bed_pasien/Crank:2
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Kendaraan Bermotor Khusus -  Ambulance Transport|b|ep|1164000000|2|unit|u|ambulance transport standar 4x2 dan 4x4 double gardan|kendaraan_khusus/Ambulans:3 mobil:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Bahan-Isi Tabung Pemadam Kebakaran - Refill Gas Pemadam Kebakaran Gedung|b|pl|51000000|||u|refill gas pemadam kebakaran|apar:1 apar/Isi_Ulang:3
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Alat/Bahan untuk Kegiatan Kantor- Perabot Kantor - Alat/Bahan Pembersih dan  Kebersihan Ruang Rawat|b|ep|784000000|||u|alat/bahan pembersih dan kebersihan|BERSIH
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Makanan dan  Minuman Jamuan Tamu - Jamuan Tamu Direksi|b|ep|31200000|||u|jamuan tamu|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Pakaian Dinas Lapangan (PDL) - Pakaian Kerja Lapangan (Expo) II|b|ep|13056000|||u|pakaian kerja lapangan|pdh:1 pdh/PDL:3 kaos/Polo:2 kaos/Rompi:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Pakaian Olah Raga - Pakaian Olah Raga Pegawai|b|ep|5150000|||u|pakaian olah raga|kaos:2 kaos/Olahraga:3 sepatu/Olahraga:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Bahan-Isi Tabung Gas - Isi Tabung Gas Medis/N2O Tahap 2|b|ep|8213548000|||u|isi tabung gas medis N2O|
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Natura dan  Pakan-Natura - Bahan Makanan dan  Minuman Pasien Tahap 2|b|ep|7024875000|||u|bahan makanan dan minuman pasien|PANGAN makanan_pasien/Diet:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Natura dan  Pakan-Natura - Belanja Makanan dan Minuman Penyadapan Darah (Pendonor UTDRS) TW III|b|ep|197880000|||u|makanan dan minuman pendonor darah|snack_box:3 nasi_box:2 susu:2 minuman_kemasan/Kacang_Hijau:2 telur:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - UPS Mesin X-Ray Mobile|b|ep|886395000|||u|UPS mesin X-ray|ups_listrik:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat  Paket Sembako Peserta Paket Sembako Peserta  Pemeriksaan Deteksi Dini Kanker Leher RahimDan Payudara Bagi Wanita 30 - 50 Tahun|b|ep|39200000|||u|paket sembako peserta|sembako:3 beras:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Obat-Obatan-Obat Sub Kegiatan 1.02.02.1.02.0002 Pengelolaan Pelayanan Kesehatan bagi Penduduk pada Kondisi Kejadian Luar Biasa (KLB) Tahap II|b|ep|187954000|||u|multivitamin suplemen 30 tablet; generik tablet/kapsul 500 mg (azitromisin); obat cair|obat:2 obat/Vitamin:3 obat/Amoxicillin:2
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Kimia Sub Kegiatan  1.02.02.1.01.0027 Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai,, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan Tahap 2|b|ep|31296000|||u|hand sanitizer 500 ml, alkohol 70%, hand wash|sabun_detergen:1 sabun_detergen/Cuci_Tangan:3 bmhp/Alcohol:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Suku Cadang-Suku Cadang Alat Kedokteran Berupa  Blood Glokosa Test Strip, Cholesterol Test Strip, Urid Acid Test Strip Rapid Diagnosa Test Combo (NS1,IgG, IgM)|b|ep|23928000|||u|test strip gula darah, kolesterol, asam urat; RDT combo|reagen_tes:1 reagen_tes/Gula_Darah:3 alkes:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Pendingin Sub Kegiatan 1.02.01.1.07.06 Pengadaan Peralatan dan Mesin Lainnya Berupa Air Conditioner (AC) Ruang Server|b|ep|13193000|2|unit|u|air conditioner 2 unit|ac:3 ac/Standing:1 kipas_angin:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Sub Kegiatan  1.02.02.1.03.0002 Pengelolaan Sistem Informasi Kesehatan Tahun 2024|b|ep|34088000|||u|cetak buku profil kesehatan, booklet, spanduk, jilid laporan|cetak_buku/Profil:3 cetak_buku:2 cetak_brosur/Booklet:3 cetak_spanduk:3 fotokopi:2
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 1.02.02.1.02.0011 Pengelolaan Pelayanan Kesehatan Penyakit Menular dan Tidak Menular II|b|ep|32645000|||u|ballpoint, ordner, seminar kit, binder clip, map, pensil|ATK tas_seminar/Seminar_Kit:3
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Belanja modal alat rumah tangga (portable speaker wireless )|b|ep|5002100|1|unit|u|speaker wireless portabel|sound_system/Portable:3 sound_system/Mic:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Belanja Pakaian KORPRI Pegawai|b|ep|5390000|||u|korpri lengan panjang/pendek|batik_seragam:1 batik_seragam/Korpri:3
61|UPT PANTI SOSIAL ANAK PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Sosial Tahun 2024|b|ep|911040000|||u|bahan makanan anak asuh panti|PANGAN makanan_pasien/Warga:2 makanan_pasien:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Bantuan Mobil Ambulance Desa - Desa Sungai Kunyit Laut Kab. Mempawah|b|ep|229292000|1|unit|u|ambulance desa|kendaraan_khusus/Ambulans:3 mobil:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Persediaan untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkankepada Masyarakat (Pakaian Kegiatan Bulan Bhakti Gotong Royong Masyarakat Ke-21)|b|ep|72100000|||u|pakaian kegiatan BBGRM|kaos:2 kaos/Kegiatan:3 kaos/Rompi:1 topi_atribut/Topi:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Kegiatan Bulan Bhakti Gotong Royong Masyarakat Ke-21) |b|ep|21151000|||u|blanko undangan berkop, jilid, fotokopi, spanduk, amplop dinas berlambang|cetak_blanko:3 fotokopi:3 cetak_spanduk:3 amplop/Cetak:3 cetak_brosur:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Sewa Mebel (Kegiatan Hari Kesatuan Gerak PKK) |b|ep|3030000|||u|meja/kursi dengan sarung|sewa_acara:1 sewa_acara/Kursi:3 kursi_lipat:1
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Diserahkan kepada Masyarakat Berupa Peralatan Set Alat Oven, Peralatan Set Alat Pijit, Peralatan Set Alat Cukur; Peralatan Set Alat Make Up dan Peralatan Set Alat Masak untuk 60 Peserta|b|ep|184785000|||u|60 set peralatan usaha|peralatan_usaha:1 peralatan_usaha/Rias:3 alat_dapur:2
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Listrik Kegiatan Menumbuhkembangkan UMKM untuk Menjadi Usaha yang Tangguh dan Mandiri|b|ep|3762800|||u|baterai AA isi 6|
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Tulis Kantor Kegiatan Peningkatan Pemahaman dan Pengetahuan UMKM serta Kapasitas dan Kompetensi SDM UMKM|b|ep|178525000|||u|seminar kit, map, stabilo, lakban, amplop, ordner, penggaris, pensil, label nama|ATK tas_seminar/Seminar_Kit:3 spidol/Stabilo:3 id_card:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|] Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga Askab PSSI Kubu Raya berupa Pengadaan Bola Kaki|b|ep|205920000|||u|bola kaki|alat_olahraga:1 alat_olahraga/Bola_Sepak:3
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan Sarana dan Prasarana Olahraga Volly di Kelurahan Kedamin Hilir, Kecamatan Putussibau Selatan Kab. Kapuas Hulu|b|ep|182681000|||u|bantuan barang untuk masyarakat|alat_olahraga:1 alat_olahraga/Voli:3 alat_olahraga/Net_Voli:3
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan Sarana dan Prasarana Olahraga Silat di Kec. Tebas Kab. Sambas|b|ep|94031000|||u|bantuan barang untuk masyarakat|alat_olahraga:1 alat_olahraga/Matras:3 kostum:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Modal Mebel : Tempat Sampah Kawasan Wisata|b|ep|29700000|30|pcs|u|tempat sampah|tempat_sampah:1 tempat_sampah/Injak:3 tempat_sampah/Terpilah:3
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Studio Video dan Film : Videotron Bandara Supadio|b|ep|202000000|1|unit|u|videotron bandara|videotron:3 tv_display:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Bahan Pakaian untuk Kegiatan Kantor Pendukung Olahraga Pada Pekan Olahraga Pelajar Daerah  (POPDA) Kalimantan Barat Tahun 2024|b|ep|38558000|265|pcs|u|kaos kegiatan|kaos:2 kaos/Kegiatan:3 kaos/Olahraga:3 kaos/Rompi:1
61|SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT|Belanja Pakaian Sipil Resmi (PSR) Pejabat|b|ep|43350000|||u|pakaian sipil resmi|pdh/Jas:3 pdh/Sipil:2
61|SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Rp4.720.000 [ #|b|ep|4714200|||u|hand soap, kapur barus, toilet ball, obat nyamuk, pembersih|sabun_detergen:3 pengharum:3 pembersih_lantai:2
61|DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer  Kegiatan Pengadaan Peralatan danMesin Lainnya Bidang Transmigrasi|b|ep|15188000|||u|all in one PC intel core i5|pc_desktop:2 pc_desktop/All_in_One:3
61|UPT PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) Penyediaan Peralatan Rumah Tangga Asrama|b|ep|36355000|||u|dispenser hot & cool; gorden blackout|alat_dapur:1 alat_dapur/Dispenser:3
61|UPT PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja Berdasarkan Klaster Kompetensi Angkatan II|b|ep|25297000|||u|spidol, buku tulis, cutter, ballpoint, binder clip, buku kwitansi|ATK
61|UPT PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA|Belanja Makanan dan Minuman Rapat Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari kerja Berdasarkan Klaster Kompetensi Angkatan II|b|ep|88415000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Belanja Barang untuk Dijual/diserahkan Kepada Masyarakat berupa Bantuan Pangan (Anggaran BTT) dalam rangka Pengendalian Inflasi, Masyarakat Rawan Pangan/Gizi, Bencana Alam serta Penangganan Stunting|b|ep|1010000000|5000|paket|u|1 paket: beras 5 kg, gula 1 kg, minyak goreng 1 liter, bubur bayi, susu bubuk bayi, tepung|sembako:3 beras:2 susu:1 pmt:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Natura dan Pakan-Natura Sub Kegiatan Penyediaan Pangan Berbasis Sumber Daya Lokal (Gerakan B2SA)|b|pl|38111000|||u|labu kuning, ubi, jeruk, nanas, kue jajanan pasar, mie sagu|lauk_segar/Buah:3 lauk_segar/Sayur:2 snack_box/Tradisional:2
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Perabot Kantor untuk bahan promosi ketahanan pangan keluarga Tahap 2 |b|ep|12240000|100|pcs|u|tumbler minum|souvenir:1 souvenir/Tumbler:3
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Koordinasi Penyelenggaraan Cadangan Pangan Pemerintah Provinsi Tahap 2|b|ep|11871000|||u|cutter, map file, isi staples, stopmap, seminar kit, sticky note, lem, lakban, isolasi, double tape|ATK tas_seminar/Seminar_Kit:3
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Aktivitas Lapangan kegiatan Pembinaan Politik bagi Pemilih Pemula Angkatan II|b|ep|18720000|||u|nasi box dan snack box 100 box|nasi_box:3 snack_box:3 air_gelas:2
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (5.02.04.1.01.0011 Penyelesaian Keberatan Pajak Daerah) II|b|ep|13824000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (5.02.04.1.01.0013 Pembinaan dan Pengawasan Pengelolaan Pajak Daerah dan Retribusi Daerah) Tahap 2|b|ep|14555000|||u|cetak kulit dan jilid spiral, fotokopi hitam putih|fotokopi:3 cetak_blanko:1 cetak_buku:1
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Kegiatan Administrasi Umum Perangkat Daerah Sub. Keg. Penyediaan Barang Cetakan dan Penggandaan) TW II|b|ep|179395000|||u|amplop dinas berkop ukuran kecil|amplop:2 amplop/Cetak:3 cetak_blanko:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak - Blangko Scoring OPT, Gerakan Pengendalian (Gerdal) OPT, Penerapan Pengendalian Hama Terpadu (PPHT), Pertemuan Teknis|b|ep|12401000|||u|fotokopi, spanduk, jilid laporan, blanko pemeriksaan lapangan NCR 3 rangkap|cetak_blanko:3 fotokopi:3 cetak_spanduk:2
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|pembuatan kanopi parkir gedung BKAD Prov Kalbar|b|ep|190568000|||u|pembangunan kanopi|material_bangunan:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Mesin Perahu Motor Nelayan KUB Nelayan Kec. Batu Ampar Kab. Kubu Raya|b|pl|91178000|||u|mesin perahu motor nelayan|
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Drone dan Underwater Camera KKP3K Kendawangan|b|ep|205800000|||u|drone beserta kelengkapannya dan kamera underwater|kamera_cctv/Mirrorless:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Penempatan Material Transplantasi Karang di Kabupaten Kayong Utara|b|pl|140400000|||u|konkrit beton 60 x 60 x 10 cm dengan tiang ikatan karang|material_bangunan:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Drumband SMA Negeri Tahun 2024|b|ep|48000000|||u|peralatan drumband|alat_musik:1 kostum/Marching:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Vaksin Rabies Tahap II|b|ep|46474000|||u|vaksin rabies untuk hewan penular rabies|obat_hewan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Combine Harvester Besar di Kabupaten Kubu Raya|b|ep|425700000|1|unit||combine harvester besar|alsintan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Waring Untuk Kabupaten Landak|b|ep|20604000|||u|waring 40 roll|
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU TIMUR|Belanja Modal Alat Komunikasi Telephone Resort|b|ep|23306000|||u|handphone OS android|elektronik_rt/Handy:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Pendingin - Pengadaan AHU Ruang Operasi|b|ep|1162158000|||un|air handling unit|ac:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Obat-Obatan-Obat-Obatan Lainnya Sub Kegiatan 1.02.02.1.02.0019 Pembinaan Pelaksanaan Upaya Pelayanan Kesehatan (Hipafix)|b|ep|4155200|||u|leukoplast hypafix 5 cm x 1 m|bmhp:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Pengadaan Alat Transportasi Air Speed Boat  Desa Nanga Kalis, Kec. Kalis Kab. Kapuas Hulu|b|pl|142216000|||u|speed boat|sar/Perahu:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan/Penyediaan Bantuan Sarana dan Prasarana Olahraga KONI Kabupaten Sambas berupa Treadmill|b|ep|190080000|||u|treadmill|alat_olahraga:1
61|UPT PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA|Belanja Bahan-Isi Tabung Gas Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja Berdasarkan Klaster Kompetensi Angkatan III|b|ep|3708000|||u|refill gas LPG 12 kg, acetylene, oksigen|
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - Setrika Laundry|b|ep|376200000|||u|setrika laundry rumah sakit|
"""

# Provinsi Kalimantan Barat (KLPD D197), SiRUP RUP paket penyedia terumumkan, TA 2023 (blogramadhan/bun-tarik-data,
# data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet).
KALBAR_RUP_2023 = """
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Pakaian Batik Tradisional Pegawai|b|ep|20604000|||u|atasan dan bawahan batik tradisional|batik_seragam:3 tenun_tradisional:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Pakaian Sipil Harian (PSH) Staf Ahli|b|ep|75966000|||u|lengan pendek lapis, bahan maxima|pdh:2 pdh/Sipil:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Natura dan Pakan-Natura Rumah Jabatan|b|ep|8296300|||u|gula pasir, biskuit, minuman kemasan botol 330 ml dan 600 ml, teh, kopi|kopi_teh_gula:3 air_botol:3 minuman_kemasan:2 snack_box:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Penyimpan Perlengkapan Kantor Biro Umum|b|ep|15350000|||u|filing cabinet besi 4 laci|lemari_arsip:2 lemari_arsip/Filing:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Pompa Air Rumah Jabatan|b|ep|5720000|||u|mesin pompa tahan panas, body tahan karat, daya hisap 9 meter|alsintan/Pompa:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Kursi Hadap Depan Meja Kerja Pejabat Eselon II|b|ep|3595800|||u|kursi hadap, bahan kayu/besi/metal/plastik|kursi_kantor:1 kursi_kantor/Rapat:2 kursi_kantor/Staff:2
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) Rumah Jabatan|b|ep|205027000|||u|karpet, tangki air, dispenser hot & cold, TV 43 inch, smart TV 55 inch|alat_dapur/Dispenser:3 tv_display:2 tv_display/Smart_TV:3 tangki_air:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Obat-Obatan-Obat-Obatan Lainnya Rumah Jabatan|b|ep|2133600|||u|obot nyamuk cair|pestisida/Insektisida:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Peralatan Studio Audio Ruang Rapat|b|ep|93973000|||u|wireless mic, professional sound system paket multi fungsi dan paket meeting kecil|sound_system:3 sound_system/Conference:2 sewa_acara/Sound:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Rambu-Rambu Lalu Lintas Darat Lainnya Kompleks Kantor Gubernur|b|ep|14187000|8|unit|u|rambu lalu lintas|rambu:2 rambu/Rambu:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Pakaian Dinas Harian (PDH) Biro Umum|b|ep|59149000|||u|PDH khaki lengan panjang/pendek bahan wool, hitam putih|pdh:2 pdh/PDH:3 pdh/Kemeja_Putih:2 topi_atribut/Atribut:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Pakaian Olahraga Pegawai Setda|b|ep|9834900|||u|pakaian olahraga|kaos:2 kaos/Olahraga:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Kantor Lainnya (CCTV)|b|ep|42405000|||u|kamera 5 MP, DVR 16 channel, HDD 2 TB, instalasi kabel outdoor|kamera_cctv/Paket:3 kamera_cctv/IP:2 kamera_cctv/Harddisk:2
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Peralatan Jaringan Ruang Rapat|b|ep|2016000|||un|kabel HDMI|jaringan:1 aksesori_komputer:1
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Modal Meja Kerja Pejabat Eselon II|b|ep|4366500|1|unit|u|meja kerja pejabat eselon II|meja_kantor:2 meja_kantor/Pejabat:3
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Pengadaan Lemari Arsip Kayu|b|ep|29700000|2|unit|u|bahan multiplek tebal, HPL, tacon|lemari_arsip:2 lemari_arsip/Kayu:3
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Pengadaan AC Split 1 PK Ruang Lab|b|ep|5559800|1|unit|u|AC split 1 PK|ac:2 ac/Daikin:3
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Pengadaan Laptop Core i7|b|ep|77903000|6|unit|u|Intel Core i7|laptop:2 laptop/Core_i7:3 tas_laptop:1
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Modal Mesin Fotocopy, Paper Shredder, UPS, PC All in One dan Printer Bidang Metrologi|b|ep|81813000|||un|mesin fotocopy, paper shredder, UPS 1400 VA, PC all in one, printer print/scan/copy|mesin_fotokopi:3 elektronik_rt/Penghancur:3 ups_listrik:3 pc_desktop:2 pc_desktop/All_in_One:3 printer:3
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Modal Alat Laboratorium Kimia UPT Pengujian|b|ep|491960000|||un|oven aging chamber, cuvet spektrofotometer, desikator, bottle top dispenser|alat_lab:1 alat_lab/Gelas:2
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Suku Cadang-Suku Cadang Alat Kedokteran Laboratorium|b|ep|5647200|||u|hand wash 250 ml; sarung tangan nitril|sabun_detergen/Cuci_Tangan:3 bmhp/Sarung_Tangan:2
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata Tamu Dinas|b|ep|21840000|||u|karangan bunga; plakat akrilik + box|plakat:2 plakat/Akrilik:3 souvenir:1
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Tahap II|b|ep|22284000|||u|pendorong air, pengharum ruangan spray/gel/otomatis, kapur barus, hand soap|BERSIH:2 pengharum:3 sabun_detergen/Cuci_Tangan:3
"""

# LPSE Provinsi Kalimantan Barat (kode LPSE 97; every row is a satker of KLPD D197), SPSE non-tender pengumuman,
# pencatatan non-tender and tender pengumuman, TA 2023 (blogramadhan/bun-tarik-data, data/spse/97/SPSE-*/2023/data.json).
KALBAR_SPSE_2023 = """
61|BADAN KEUANGAN DAN ASET DAERAH|Pembuatan video pendek profil aset daerah|jl|pl|84150000||||video pendek|dokumentasi:2 dokumentasi/Video_Profil:3
61|BADAN KEPEGAWAIAN DAERAH|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin Kantor BKD|b|pl|58479000||||pemeliharaan AC|service_ac:3 ac:1
61|BADAN PENDAPATAN DAERAH|Belanja Jasa Pencucian Pakaian, Alat Kesenian dan Kebudayaan, serta Alat Rumah Tangga Kantor Bapenda|jl|pl|4850000||||jasa cuci pakaian dan alat rumah tangga|laundry:3
61|BADAN KESATUAN BANGSA DAN POLITIK|Paket Meeting Halfday Rapat FKUB tanggal 14 november 2023|jl|pl|16575000||||paket meeting halfday 65 orang|prasmanan/Fullday:2 snack_box:1
61|BADAN PENDAPATAN DAERAH|Penyediaan Surat Ketetapan Pajak Daerah (SKPD)    (5.02.01.1.06.05 Penyediaan Barang Cetakan dan Penggandaan  ) TA 2023|b|tc|1224020000||||blanko SKPD kendaraan bermotor|cetak_blanko:2
61|DINAS KETAHANAN PANGAN|Pengadaan dan Cetak Kemasan Beras Cadangan Pangan Pemerintah Daerah Tahun 2023|b|pl|145600000||||karung kemasan beras bercetak|
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Normalisasi Sungai/Saluran DUSUN MELATI, Kab. Bengkayang|k|pl|182400000|||||
61|DINAS PENDIDIKAN DAN KEBUDAYAAN|Jasa Konstruksi Pembangunan Ruang Kelas Baru SMKN 1 Sanggau Ledo|k|t|2060000000||||pembangunan ruang kelas baru|semen:1 material_bangunan:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|SURVEY KONDISI JALAN PROVINSI KALIMANTAN BARAT TAHAP II|ks|s|1485000000|||||
61|DINAS PENDIDIKAN DAN KEBUDAYAAN|Konsultan Perencanaan Pembangunan (DAU) SMAN 12 Pontianak (Konsolidasi)|ks|pl|111100000|||||
"""

# LPSE Provinsi Kalimantan Barat (kode LPSE 97; every row is a satker of KLPD D197), SPSE non-tender pengumuman and
# pencatatan non-tender, TA 2024 (blogramadhan/bun-tarik-data, data/spse/97/SPSE-*/2024/data.json).
KALBAR_SPSE_2024 = """
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU UTARA|Penggandaan (Photocopy) Dokumen RPHJP|jl|pl|291000||||fotokopi dokumen|fotokopi:3
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat berupa alat bantu pelaksanaan kegiatan rehsos dasar penyandang disabilitas terlantar didalam panti program rehsos 2024|b|pl|177582000||||alat bantu penyandang disabilitas|kursi_roda:3
61.72|RUMAH SAKIT JIWA PROVINSI KALIMANTAN BARAT|Belanja Obat-Obatan (BLUD) B Escitalopram 10 mg, dan Cefoperazone 1 Gram Tahap II|b|pl|117600000||||obat BLUD|obat:1
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pembangunan Bak Pendederan Unit Sedau|k|pl|207994000||||pembangunan bak pendederan|sarana_ikan/Kolam_Terpal:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pembangunan Lapangan Volly Dusun Jeruju Desa Temajuk, Kab. Sambas|k|pl|163457000||||pembangunan lapangan voli|alat_olahraga/Net_Voli:1
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|Pekerjaan Pemasangan Marka Jalan di Jalan Batas Kota Pontianak - Rasau Jaya|k|pl|190550000||||pemasangan marka jalan|rambu:1
61.72|RUMAH SAKIT JIWA PROVINSI KALIMANTAN BARAT|Belanja Modal  Rehabilitasi/Peningkatan Rumah Ibadah (Masjid) Rumah Sakit|k|pl|284130000||||rehabilitasi masjid|semen:1 material_bangunan:1
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|,Perencanaan Pembangunan Lapangan Volly Dusun Tekalong Desa Gandis Hulu Kec. Dedai Kab. Sintang|ks|pl|11510000|||||
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Kajian Kelembagaan Sistem Penydiaan Air Minum (SPAM) Lintas Kabupaten/ Kota Provinsi Kalimantan Barat Tahap II|ks|pl|69452000|||||
61.03|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SANGGAU|Belanja Jasa Tenaga Kebersihan (5.02.01.1.08.0004 Penyediaan Jasa Pelayanan Umum Kantor) Samsat Sanggau|jl|pl|17007000||||tenaga kebersihan kantor|
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Jasa  Kalibrasi Peralatan Kesehatan Pada Sarana Pelayanan Kesehatan Tahun 2024|jl|pl|98087000||||kalibrasi alat kesehatan|
"""

# Kota Surabaya (KLPD D181), OCDS tender sample of TA 2024 (vaskoyudha/Phase3_LPSE-x,
# downloads/ocds/ocds_2024_tender_upload_sample_ready.csv).
SURABAYA_OCDS_2024 = """
35.78|PEMERINTAH DAERAH KOTA SURABAYA|Pembangunan Saluran U-Ditch 200/200 dengan Cover, Gandar 10 ton (JL. KERTAJAYA SISI UTARA)|k|t|8208460000||||saluran U-ditch 200/200 dengan cover|material_bangunan/U-Ditch:1
35.78|PEMERINTAH DAERAH KOTA SURABAYA|Bangunan Bertingkat 3 Lantai Keatas (SMP NEGERI 25)|k|t|4795020000|||||
35.78|PEMERINTAH DAERAH KOTA SURABAYA|Survey Kinerja Lalu Lintas Tahap II|ks|s|530759000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); no key starts with "inaproc": all needs are APBD (regional government).
    "b6a1": (
        "Provinsi Kalimantan Barat SiRUP RUP paket penyedia 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_RUP_2024,
    ),
    "b6a2": (
        "Provinsi Kalimantan Barat SiRUP RUP paket penyedia 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_RUP_2023,
    ),
    "b6a3": (
        "Provinsi Kalimantan Barat SPSE LPSE 97 non-tender/pencatatan/tender 2023 (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_SPSE_2023,
    ),
    "b6a4": (
        "Provinsi Kalimantan Barat SPSE LPSE 97 non-tender/pencatatan 2024 (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_SPSE_2024,
    ),
    "b6a5": (
        "Kota Surabaya OCDS tender sample 2024 (vaskoyudha/Phase3_LPSE-x)",
        2024,
        False,
        SURABAYA_OCDS_2024,
    ),
}
