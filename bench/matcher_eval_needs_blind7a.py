# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind7a, a seventh held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

FALLBACK source: rows never used of a repository blind6a used (SOURCES.md, section "blind7a"):

* blogramadhan/bun-tarik-data, LKPP ISB exports of Provinsi Kalimantan Barat (KLPD D197), read from a fetched
  snapshot: `data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet`, `.../2024/data.parquet` and
  `.../2025/data.parquet` (SiRUP paket penyedia terumumkan: satker, nama paket, pagu, metode, jenis pengadaan, status
  UKM/PDN, volume, uraian and spesifikasi pekerjaan); `data/spse/97/SPSE-NonTenderPengumuman/2025/data.parquet` and
  `data/spse/97/SPSE-TenderPengumuman/2024|2025/data.parquet` (LPSE 97, the LPSE of Provinsi Kalimantan Barat; every
  row a satker of KLPD D197). blind6a took 190 RUP 2023/2024 rows and 21 SPSE 2023/2024 rows of this repository;
  the rows below are other rows, and no package name below (nor the source name it was made from) appears in
  bench/matcher_eval_needs.py or any _blind*.py (checked programmatically on names normalised to lowercase
  alphanumerics). blind4a took 80 Kalbar RUP 2025 rows from another repository; the 2025 rows here were checked the
  same way against every needs file.

Rows were drawn at random per satker from the active, announced RUP rows (methods other than dikecualikan; tagihan,
iuran, honorarium, pajak, asuransi and tenaga rows left out), preferring satker that blind6a does not have (UPT KPH,
UPT PPD, UPT laboratories, clinics, panti, museum, Biro Organisasi, Inspektorat, Diskominfo ...), then the real
mix kept (mostly goods bought by e-purchasing, some works, consultancy and services). Every row is my own record
made from one real package name, reworded lightly (other tahap, triwulan, semester, MAK sub-kegiatan codes, desa,
dusun, kecamatan, kabupaten, road and room names, a few words added such as the room or the unit), the noise of the
original kept: typos ("danMesin", "KegiatanKoordinasi", "InstalasiListrik", "Loundry", "stell"), MAK codes
(5.02.01.1.07.0007, 0007KTPG-..., KTPG-5.02.04.01.0008, (06.0006)), double spaces, trailing spaces, ALL CAPS works
names, several items in one name. Pagu is a few per cent off the real package's pagu. Type (b, jl, k, ks) and method (ep, pl, pn,
t, tc, s) are the export's jenis and metode pengadaan as given (a few rows the export files as Barang although they
are services or hotel meeting packages are kept so); the flags follow the RUP export (u where
status_ukm is UKM, n where status_pdn is Non-PDN; the SPSE exports have no such fields, so their rows are
unflagged). The specification is a short rewording of the RUP row's uraian / spesifikasi pekerjaan (or, for SPSE
rows, of what the name states); the volume is set only where the source gives a count in the catalog's unit.
Region codes: province offices 61; UPT with a known seat get that Kemendagri code (UPT PPD Ketapang 61.04,
Sintang 61.05, Mempawah 61.02, Putussibau 61.06, Singkawang 61.72, Sanggau 61.03, Pontianak Wilayah I 61.71; KPH
Sambas 61.01, Mempawah 61.02, Sanggau Barat 61.03, Ketapang Utara 61.04, Sintang Utara/Timur 61.05,
Kapuas Hulu Selatan/Utara/Timur 61.06, Bengkayang 61.07, Landak 61.08, Sekadau 61.09, Melawi 61.10, Kayong 61.11,
Kubu Raya 61.12; UPT Klinik Utama Sungai Bangkong and RSUD dr. Soedarso 61.71; RSJ Provinsi and UPT Perikanan
Budidaya Air Payau dan Laut 61.72); other UPT 61. Rows have exactly the format of bench/matcher_eval_needs.py (see
its docstring); the macros are its MACROS. The grades were written by reading each package name (and its stated
specification) against the catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking
system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Barat (KLPD D197), SiRUP RUP paket penyedia terumumkan, TA 2024 (blogramadhan/bun-tarik-data,
# data/rup/D197/RUP-PaketPenyedia-Terumumkan/2024/data.parquet); rows blind6a did not use.
KALBAR_RUP_2024 = """
61|DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata Tahap II|b|ep|1455000|||u|plakat|plakat:3 souvenir:2 trofi:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bahan-Bahan Bakar dan Pelumas 5.02.03.1.01.0011|b|ep|23110000|||u|BBM pertamax dan dexlite satu tahun|
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Natura dan Pakan-Natura-Pengelolaan Assessment Center Tahap 2|b|ep|3520000|||u|air mineral kemasan 600 ml|air_botol:3 air_gelas:2 air_galon:1
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Natura dan Pakan-Natura Pasien Rawat Inap|b|ep|243500000|||u|bahan makanan dan minuman pasien rumah sakit|makanan_pasien/Pasien:3 makanan_pasien:2 beras:2 lauk_segar:2 telur:2 susu:1
61|SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT|Belanja Pakaian Sipil Resmi (PSR) Pejabat|b|ep|41800000|||u|pakaian sipil resmi|pdh/Sipil:2 pdh/Jas:2 pdh:1 batik_seragam:1
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Obat-Obatan-Obat-Obatan Lainnya Berupa  Glucose Strip, Uric Acid Strip dan Serum Anti Rabies (SAR); Vaksin Anti Rabies (VAR); Sub Kegiatan 1.02.02.1.02.0012 Pengelolaan Pelayanan Kesehatan Penyakit Menular dan Tidak Menular|b|ep|335600000|||u|aquadest steril, SAR, VAR, strip glukosa dan asam urat|reagen_tes/Gula:2 reagen_tes:1 obat:1 bmhp:1
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Makanan dan Minuman Rapat (0007KTPG-5.02.01.1.06.0005 Penyediaan Bahan Logistik Kantor )|b|ep|8470000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Bahan-Isi Tabung Gas Tahap II|b|ep|680000|||u|gas elpiji refill 5,5 kg|
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH|Belanja Bahan-Bahan Lainnya B|b|ep|104200000|||u|media tanam arang kayu dan lumut, paranet 75-80%, pot plastik kecil/sedang, dolomit|pupuk:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Aktivitas Lapangan (Kegiatan Bulan Bhakti Gotong Royong Masyarakat Tahap II) |b|ep|29400000|||u|snack/minum dan makan minum aktivitas lapangan|nasi_box:3 nasi_box/Bungkus:3 snack_box:3 air_gelas:2 air_botol:2 prasmanan:1
61|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat Sub Kegiatan Pendataan Penduduk Non Permanen dan Rentan Administrasi Kependudukan Lintas Kabupaten/Kota dalam Satu Provinsi Triwulan III|b|ep|1170000|||u|makan minum rapat; snack/minum rapat|MAMIN
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Jasa Pencucian Pakaian, Alat Kesenian dan Kebudayaan, serta Alat Rumah Tangga Semester II|b|ep|1440000|||u|pencucian pakaian dan alat rumah tangga|laundry/Kiloan:3 laundry:2
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG UTARA|Belanja Bahan-Bahan Kimia Persemaian|b|ep|2210000|||u|fungisida hexakonazol, pestisida|pestisida:3 pestisida/Fungisida:3
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Modal Personal Computer  (0007KTPG-5.02.01.1.07.0007 Pengadaan Peralatan dan Mesin Lainnya)|b|ep|149800000|||u|All in One PC core i7 dan i3, laptop core i3 dan i5|pc_desktop/All_in_One:3 laptop:3 pc_desktop:2
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU SELATAN|Bahan-Bahan Bakar dan Pelumas Tahap 2|b|ep|9120000|||u|BBM dexlite 600 liter, DBH SDA kehutanan|
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Dinamo Elektro Motor (Pengadaan Sarana dan Peralatan Produksi Unit Sedau II (DAK))|b|pl|9850000|1|unit|u|elektro motor 7,5 kW 3 phase 380 V|
61|UPT LABORATORIUM KESEHATAN|Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai,, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan Tahap 2|b|ep|1041500000|||u|bahan kimia, bahan lainnya, autoclave disposal biohazard bag|reagen_tes:2 bmhp:2 obat:1 alat_lab:1
61.12|UPT KESATUAN PENGELOLAAN HUTAN KUBU RAYA|Belanja Modal Peralatan Studio Video dan Film (Drone)|b|ep|58700000|||u|drone dan kelengkapannya|kamera_cctv/Mirrorless:1
61.71|UPT KLINIK UTAMA SUNGAI BANGKONG|Belanja Bahan-Bahan Kimia Drug Test Multi parameter Tahap II|b|ep|263000000||||rapid test narkoba urin 6 parameter (multi drug 6 in 1)|reagen_tes/Narkoba:3 reagen_tes:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Pompa Air Gedung|b|ep|12700000|2|unit|u|pompa air gedung kantor|alsintan/Pompa:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Dapur Pantry|b|ep|1890000|||u|kompor gas 2 tungku, rice cooker 1,8 liter|alat_dapur/Kompor:3 alat_dapur/Rice:3 alat_dapur:2
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU BARAT|Belanja Modal Bangunan Gedung Tempat Kerja Lainnya (DPT)|b|pl|195700000|||u|pembangunan dinding penahan tanah turap batu kali|semen:1 material_bangunan:1
61|DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK PROVINSI KALIMANTAN BARAT|Belanja Pakaian Olahraga Pegawai|b|ep|6100000|||u|pakaian olahraga|kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
61|DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Pendingin Kegiatan Pengadaan Peralatan danMesin Lainnya Tahap 2|b|ep|20900000|||u|air conditioner (AC)|ac:3 kipas_angin:1 service_ac:1
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor Gedung Layanan|b|ep|22350000|||u|fitting broco, kabel listrik NYM 3 x 2,5, sadel no. 8, lampu|lampu_listrik:3 lampu_listrik/PJU:1 lampu_listrik/Floodlight:1 lakban/Isolasi:1
61.05|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINTANG|Belanja Modal Personal Computer (5.02.01.1.07.0007 Pengadaan Peralatan dan Mesin Lainnya)|b|ep|14380000|1|unit|u|All in One PC core i5 gen 11|pc_desktop/All_in_One:3 pc_desktop:2 laptop:1
61|UPT MUSEUM|Belanja Bahan-Bahan Bangunan dan Konstruksi Ruang Pamer|b|ep|7300000|||u|cat akhir interior, paku campuran 1-5 inci, kayu olahan triplek|material_bangunan/Cat:3 material_bangunan:1
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Masker - Gerakan Pengendalian (Gerdal) OPT Tahap 2|b|ep|410000|||u|masker bedah earloop 50 pcs/box|bmhp/Masker:3 apd_kerja/Masker:2 bmhp:1
61|UPT LABORATORIUM KESEHATAN KERJA|Paket Meeting di Luar Kantor Fullboard Pembinaan K3|b|ep|40650000|||u|paket meeting fullboard setingkat eselon II, 20 orang x 3 hari|prasmanan/Fullday:2 snack_box:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU UTARA|Pengadaan Tablet Android Patroli Hutan|b|ep|58800000|4|unit|u|tablet android + charger + keyboard|laptop:1 pc_desktop:1
61|UPT PANTI SOSIAL REHABILITASI LANJUT USIA DAN REHABILITASI PENYANDANG DISABILITAS MULIA DHARMA|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Sosial Tahap II|b|ep|861000000|||u|bahan makanan anak asuhan/jompo panti|makanan_pasien/Warga:3 makanan_pasien:2 beras:2 lauk_segar:2 telur:2 minyak_goreng:1 sembako:1
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Pengadaan Televisi-KegiatanKoordinasi, Sinkronisasi dan Pelaksanaan Pengamanan Hutan|b|ep|9950000|||u|televisi LCD|tv_display/Smart_TV:3 tv_display:2
61|UPT PELATIHAN KESEHATAN|Penyediaan Peralatan Rumah Tangga Asrama|b|ep|27800000|||u|hand soap pump 410 ml, bahan pembersih dan perabot|sabun_detergen:3 BERSIH
61|UPT LABORATORIUM KESEHATAN|Penyediaan Peralatan dan Perlengkapan Kantor Semester II|b|ep|51900000|||u|tinta 003, kertas, amplop polos 90, staples nomor 10|ATK KOMP
61|DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Hadiah yang Bersifat Perlombaan Pekan K3|b|ep|5850000|||u|hadiah lomba juara 1, 2, 3 perorangan|trofi:1
61|SATUAN POLISI PAMONG PRAJA PROVINSI KALIMANTAN BARAT|Belanja Perlengkapan Pendukung Olahraga Anggota|b|ep|12300000|||u|pakaian olahraga PATAKA|kaos/Olahraga:3 kaos:2 alat_olahraga:1
61.10|UPT KESATUAN PENGELOLAAN HUTAN MELAWI|Belanja Modal Personal Computer-Sarana Prasarana Administrasi Tahap 2|b|ep|36400000|||u|laptop Intel/AMD/M3|laptop:3 pc_desktop:1 tas_laptop:1
61.72|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINGKAWANG|Belanja Makanan dan Minuman Rapat (5.02.01.1.06.0005 Penyediaan Bahan Logistik Kantor)|b|ep|10800000|||u|makan minum rapat; snack/minum rapat|MAMIN
61.09|UPT KESATUAN PENGELOLAAN HUTAN SEKADAU|Tinta Printer Seksi Perencanaan|b|ep|436000|||u|tinta printer 200 ml black/warna, 3 box|tinta_printer:3 toner:1
61.02|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH MEMPAWAH|Belanja Modal Alat Pendingin (5.02.01.1.07.0007 Pengadaan Peralatan dan Mesin Lainnya)|b|ep|7500000|1|unit|u|AC split 2 PK|ac/2_PK:3 ac:2 service_ac/Bongkar:1
61|BADAN PENGELOLA PERBATASAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Pakaian Batik Tradisional Pegawai |b|ep|28600000|33|stel|u|pakaian batik tradisional|batik_seragam:3 batik_seragam/Tulis:1 tenun_tradisional:1
61.02|UPT KESATUAN PENGELOLAAN HUTAN MEMPAWAH|Koordinasi dan Penyusunan DPA-SKPD Tahap II|b|ep|6770000|||u|ATK, kertas dan cover, bahan cetak, bahan komputer|ATK KOMP CETAK:2
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG TIMUR|Belanja Baju kaos 45 stell|b|ep|4350000|45|pcs|u|baju kaos kegiatan 45 stel|kaos:3 kaos/Polo:2 kaos/Rompi:1
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH PERKEBUNAN|Beban Penggandaan Laporan|b|ep|465000|1500|lembar|u|fotokopi hitam putih A4/F4|fotokopi:3
61.09|UPT KESATUAN PENGELOLAAN HUTAN SEKADAU|Ordner Arsip|b|ep|298000|9|pcs|u|ordner|map_ordner/Ordner:3 map_ordner:2 lemari_arsip:0
61.11|UPT KESATUAN PENGELOLAAN HUTAN KAYONG|Belanja Modal Alat Pembersih Halaman|b|ep|4100000|||u|mesin pemotong rumput (wilayah Kayong Utara)|alat_tani:1 alsintan/Pencacah:0
61|UPT PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA|Belanja Bahan-Bahan Lainnya Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan Bagi Pencari Kerja Berdasarkan Klaster Kompetensi Otomotif|b|ep|62600000|||u|car wash sponge, adhesive remover, tar remover, glass cleaner setara 3M|pembersih_lantai/Kaca:1 kain_pel/Lap:1
61.02|UPT KESATUAN PENGELOLAAN HUTAN MEMPAWAH|Koordinasi dan Penyusunan Dokumen RKA- SKPD Perubahan|b|ep|5280000|||u|ATK, kertas cover, bahan cetak, bahan komputer|ATK KOMP CETAK:2
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Normalisasi/Restorasi Sungai Dusun 2 Sejahtera Desa Sungai Besar Kec. Matan Hilir Selatan Kab. Ketapang|k|pl|187000000|||u|normalisasi/restorasi sungai|
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pengawasan Penyediaan Prasarana, Sarana, dan Utilitas Umum di Permukiman untuk Menunjang Fungsi Permukiman Kabupaten Landak Wilayah XII|ks|pl|57800000|||u|jasa konsultansi pengawasan|
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gudang Logistik|jl|ep|41200000|||u|pengecatan tembok lama, perlindungan suhu dan kelembaban|material_bangunan/Cat:1
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Sewa Kendaraan Bermotor Angkutan Barang Pasar Murah|jl|ep|216000000|||u|sewa pick up 2 ton|
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Bangunan Kesehatan-Konsultan Perancangan Renovasi Laboratorium Patologi Klinik|ks|pl|39900000|||u|konsultan perancangan renovasi laboratorium|
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja sewa alat kantor lainnya Pengembangan kelembagaan distribusi pangan Tahap II|jl|ep|10300000|||u|sewa tenda|sewa_acara/Tenda:3 sewa_acara:1
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Paket Meeting di Luar Kantor Kegiatan Inkubator Bisnis Koperasi dan UKM Angkatan II|jl|ep|25600000|||u|paket meeting halfday setingkat eselon II, 50 orang x 2 kegiatan|prasmanan/Fullday:2 snack_box:1
61|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI KALIMANTAN BARAT|Paket Meeting Luar Kota Sub Kegiatan Koordinasi Berkala antar Lembaga Pemerintah dan Lembaga Non Pemerintah Kewenangan Provinsi Tahap 2|jl|ep|28400000|||u|paket meeting fullday setingkat eselon II, 100 orang|prasmanan/Fullday:2 snack_box:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (2.18.02.1.01.0005)|jl|ep|2460000|||u|snack/minum rapat; makan minum rapat|MAMIN
61|BIRO PENGADAAN BARANG DAN JASA SETDA PROVINSI KALIMANTAN BARAT|Belanja Paket Meeting Dalam Kota Fullday Rakor UKPBJ Tahap II|jl|ep|48700000|||u|paket meeting fullday untuk 150 orang|prasmanan/Fullday:2 snack_box:1
61|UPT PELATIHAN KESEHATAN|Jasa Loundry Asrama|jl|ep|46900000|||u|pencucian pakaian dan alat rumah tangga satu tahun|laundry:3
61|DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT|Belanja Jasa Konsultansi Berorientasi Layanan-Jasa Khusus Tata Kelola SPBE|ks|s|196000000|||u|jasa konsultansi|
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Bahan Lainnya ( Baju Kaos Lapangan Peserta Diklat )|b|ep|16400000|||u|pakaian lapangan peserta diklat|kaos:3 kaos/Kegiatan:3 pdh/PDL:1 topi_atribut:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat 5.02.03.1.01.0004|b|ep|5230000|||u|makan minum rapat; snack/minum rapat|MAMIN
61.72|RUMAH SAKIT JIWA PROVINSI KALIMANTAN BARAT|Belanja Modal Buku Umum Perpustakaan|b|ep|16600000|||u|buku umum|buku_bacaan:2 cetak_buku:0
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan Sarana dan Prasarana Olahraga Silat di Kec. Tebas Kab. Sambas|b|ep|89500000|||u|sarana olahraga pencak silat, barang persediaan diserahkan kepada masyarakat|alat_olahraga/Matras:3 alat_olahraga:1 kostum:0
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bahan-Isi Tabung Pemadam Kebakaran 5.02.01.1.06.0004|b|ep|9300000|||u|refill gas pemadam kebakaran|apar/Refill:3 apar:1
61.02|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH MEMPAWAH|Belanja Modal Peralatan Personal Computer (5.02.01.1.07.0007 Pengadaan Peralatan dan Mesin Lainnya) Printer|b|ep|54100000|||u|printer|printer:3 printer/Kartu:1 scanner:1
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Belanja Modal Mebel-kursi kantor Bidang Perumahan|b|ep|24600000|12|unit|u|kursi kantor 12 unit|kursi_kantor:3 kursi_kantor/Direktur:1 kursi_lipat:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan dan Mesin  Bidang Kehutanan|b|ep|119800000|||u|laptop intel core i7, printer dan peralatan komputer|laptop:3 printer:3 pc_desktop:1 aksesori_komputer:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Pakaian Olah Raga - Pakaian Olah Raga Pegawai|b|ep|5120000|||u|pakaian olah raga|kaos/Olahraga:3 kaos:2
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Natura dan Pakan-Natura-Makan Minum, Telur Ayam (5.02.04.1.01.0008 Penetapan Wajib Pajak Daerah)|b|ep|132900000|||u|minuman, makanan, telur ayam untuk wajib pajak|telur:3 nasi_box:2 snack_box:2 air_botol:1 air_gelas:1
61|INSPEKTORAT PROVINSI KALIMANTAN BARAT|Belanja Natura dan Pakan-Pakan Kolam Kantor|b|ep|750000|||u|pelet ikan grower protein min. 25%|pakan_ikan:3 pakan_ikan/Udang:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Pakaian Dinas Harian (PDH) Putih Hitam|b|ep|178000000|200|stel|u|PDH putih hitam 200 stel|pdh/Kemeja_Putih:3 pdh:2 batik_seragam:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Ternak Ayam Buras/ Pullet 1 Kelompok Melawi|b|ep|183500000|||u|ayam buras pullet, persediaan diserahkan kepada masyarakat|ternak/Ayam:2 obat_hewan/Multivitamin:1
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Alat Penangkap Ikan (API) Ramah Lingkungan KUB Nelayan Desa Sungai Besar Kec. Matan Hilir Selatan Kab. Ketapang|b|pl|81900000|||u|alat penangkap ikan ramah lingkungan untuk nelayan|sarana_ikan/Jaring:2 sarana_ikan:1
61.71|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - Mesin Cuci dan Setrika Instalasi Laundry|b|ep|1841000000|2|unit|u|mesin cuci dan setrika (laundry rumah sakit)|elektronik_rt/Mesin_Cuci:1 laundry:0
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH|Pengadaan Alat Laboratorium Pertanian Sub Lab (DAK)|b|ep|376500000|||u|cawan aluminium, humidifier, termocouple, autoclave, thermohygrograph digital|alat_lab:1
"""

# Provinsi Kalimantan Barat (KLPD D197), SiRUP RUP paket penyedia terumumkan, TA 2023 (blogramadhan/bun-tarik-data,
# data/rup/D197/RUP-PaketPenyedia-Terumumkan/2023/data.parquet); rows blind6a did not use.
KALBAR_RUP_2023 = """
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Suku Cadang-Suku Cadang Alat Angkutan Kendaraan Pimpinan|b|ep|3050000|||u|busi; ban luar 215/45 R17|
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Rambu-Rambu Lalu Lintas Darat Lainnya Kawasan Kantor Gubernur|b|ep|14980000|8|unit|u|rambu lalu lintas|rambu/Rambu:3 rambu:2
"""

# Provinsi Kalimantan Barat (KLPD D197), SiRUP RUP paket penyedia terumumkan, TA 2025 (blogramadhan/bun-tarik-data,
# data/rup/D197/RUP-PaketPenyedia-Terumumkan/2025/data.parquet); names in no needs file.
KALBAR_RUP_2025 = """
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Komputer Monitoring dan Evaluasi Triwulan II (SEKRT)|b|ep|2030000|||u|tinta printer 664 cyan, yellow, black, magenta|tinta_printer/664:3 tinta_printer:2 toner:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat - Koordinasi dan Penyusunan Laporan Keuangan Semester SKPD|b|ep|1230000|||u|snack; makan minum rapat biasa|MAMIN
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Snack Rapat Evaluasi Kelembagaan|b|ep|8440000|500|kotak|u|snack rapat biasa 500 orang|snack_box:3 nasi_box:1 air_gelas:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Kertas NCR|b|ep|310000|||u|kertas NCR isi 100 set, 3 buku|cetak_blanko:1 buku_tulis/Kwitansi:1 kertas_a4:1
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Bantuan Barang Yang Diserahkan Kepada Masyarakat Korban Bencana|b|ep|146500000|||u|barang persediaan 30 paket|sembako:1 selimut_kasur:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Kertas dan Cover Penyusunan RKA SKPD Murni (SEKRT)|b|ep|1760000|||u|HVS 75 gr A4|kertas_a4:3 kertas_f4:2 kertas_a3:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk NPK dan Herbisida Kegiatan Pengembangan Kebun Kelapa Sawit Rakyat di Desa Sibau Hilir Kec. Putussibau Utara Kab. Kapuas Hulu (30 Ha) |b|ep|77600000|||u|pupuk NPK kemasan 50 kg 4.500 kg; herbisida sistemik 60 liter|pupuk/NPK:3 pestisida/Herbisida:3 pupuk:2 pestisida:1
61|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Penyimpan Perlengkapan Kantor (Lemari Besi)|b|ep|8550000|||u|lemari besi/metal|lemari_arsip/Besi:3 lemari_arsip:2 rak_buku:1
61|SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bimbingan Teknis Anggota|b|ep|121500000|||u|biaya bimtek, uang harian, transportasi dan uang representasi|
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Modal Peralatan Studio Audio Laboratorium|b|ep|31700000|||u|wireless mic; professional sound system paket meeting kecil|sound_system:3 sound_system/Conference:1 sewa_acara/Sound:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Belanja bahan kimia  cek point lalu lintas ternak|b|ep|11950000|||u|desinfektan, handwash, hand sanitiser|obat_hewan/Desinfektan:3 sabun_detergen/Cuci_Tangan:3 sabun_detergen:1 pembersih_lantai/Karbol:1
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Makanan dan Minuman Rapat (POKTAN KPH SAMBAS) Tahap 2|b|pl|4080000|||u|makan minum; snack rapat biasa|MAMIN
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Makan dan Minum Tamu|b|ep|4510000|||u|makan dan minum tamu 100 porsi|nasi_box:3 prasmanan:3 snack_box:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Pakaian Dinas Lapangan (PDL) Polhut|b|ep|6610000|||u|PDL lengan panjang/pendek|pdh/PDL:3 pdh:2 sepatu/PDL:1 topi_atribut/Rimba:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Fasilitasi Kunjungan Tamu Pimpinan|b|ep|9140000|||u|makanan dan minuman jamuan tamu, snack, makan dan minum|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1 air_botol:1
61|UPT PENILAIAN KOMPETENSI APARATUR SIPIL NEGARA PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Kantor Lainnya - Pengadaan Peralatan dan Mesin Lainnya Ruang Asesmen|b|ep|10400000|||u|proyektor; papan tulis white board|proyektor/Proyektor:3 mebel_sekolah/Whiteboard:3 proyektor:2 papan_nama/Tulis:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Pakaian Dinas Harian (PDH) Sub Kegiatan Pengadaan Pakaian Dinas Beserta Atribut Tahap II|b|ep|74100000|||u|PDH lengan panjang/pendek|DINAS
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian Semester II|b|ep|8320000|||u|ATK (binder clip, ordner 401), HVS 75 gr A4, fotocopy hitam putih|ATK fotokopi:3
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Modal Mesin Hitung/Mesin Jumlah (5.02.01.1.07.0007 Pengadaan Peralatan dan Mesin Lainnya)|b|ep|1760000|||u|mesin penghitung uang|elektronik_rt:0
61.02|UPT KESATUAN PENGELOLAAN HUTAN MEMPAWAH|Belanja Modal Alat Pengolahan Tanah dan Tanaman Persemaian|b|ep|3290000|||u|mesin tebas|alat_tani:1 alsintan/Cultivator:1
61.06|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH PUTUSSIBAU|Belanja Makanan dan Minuman Jamuan Tamu (5.02.01.1.06.0005 Penyediaan Bahan Logistik Kantor)|b|ep|3150000|||u|makan dan minum tamu|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Penyediaan Bahan Logistik Kantor Triwulan III|b|ep|36600000|||u|makan minum dan snack rapat biasa|MAMIN
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Bahan-Bahan Kimia Laboratorium (DAK)|b|ep|55300000|||un|acetonitril, ammonium acetate, asam florida, asam format, EDTA, indikator; pengujian kratom dan mineral tambang|reagen_tes/Media:1 alat_lab:1
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Gula Putih Anjungan|b|ep|2290000|||u|gula pasir 93 kg|kopi_teh_gula/Gula:3 kopi_teh_gula:1 sembako:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD Semester I|b|ep|19500000|||u|HVS 80 gr A4, cover 21 x 32 cm, tinta 003 black, pembatas dan penanda|kertas_a4:3 tinta_printer/003:3 tinta_printer:2 kertas_foto/Karton:2 cetak_buku:1 map_ordner:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (Analisis kondisi daerah, permasalahan & isu strategis pemb. daerah) Tahap II|b|ep|70500000|||u|snack dan makan minum rapat biasa|MAMIN
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Penerbitan Bibliografi Daerah Edisi II|b|ep|15650000|||u|HVS 80 gr F4, tinta 664 black/cyan/magenta, rapat biasa|kertas_f4:3 tinta_printer/664:3 tinta_printer:2 cetak_buku:2 snack_box:1 nasi_box:1
61|INSPEKTORAT PROVINSI KALIMANTAN BARAT|Pengadaan Kendaraan Dinas Operasional atau Lapangan Irban|b|ep|467000000|1|unit|u|kendaraan roda empat jenis SUV|mobil/Innova:2 mobil:1
61|DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Jaringan Data Center|b|ep|321500000|||u|routerboard, video wall, mikrotik, switch managable|jaringan/Router:3 jaringan/Switch:3 jaringan:2 videotron:1 tv_display:1
61|UPT KLINIK PRATAMA PROVINSI KALIMANTAN BARAT|Penyediaan Barang Cetakan dan Penggandaan Triwulan II|b|ep|41500000|||u|bahan cetak, leaflet, banner, fotocopy hitam putih, blanko HVS 60 gr|CETAK fotokopi:3 cetak_spanduk:3
61|INSPEKTORAT PROVINSI KALIMANTAN BARAT|Materai Pemeriksaan|b|ep|7850000|||u|materai 10000|
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU TIMUR|Belanja Modal Meja Kerja Pejabat Resort|b|ep|4690000|1|unit|u|meja kerja|meja_kantor/Pejabat:3 meja_kantor:2 meja_rapat:1
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Pengembangan Perpustakaan Deposit Tahap II|b|ep|35900000|||u|fotocopy A4/F4, rapat biasa, HVS 70 gr F4, naphthalene (kamper)|fotokopi:3 kertas_f4:3 pengharum/Kamper:3 snack_box:1 nasi_box:1
61.11|UPT KESATUAN PENGELOLAAN HUTAN KAYONG|Belanja Modal Kendaraan Bermotor Beroda Dua Patroli|b|ep|25500000|1|unit|u|sepeda motor 4 langkah SOHC satu silinder, fuel injection, 5 tingkat kecepatan|sepeda_motor/Trail:3 sepeda_motor:2 sepeda_motor/Listrik:1
61|UPT PANTI SOSIAL ANAK PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan dan Mesin Lainnya Belanja Modal Alat Pendingin Asrama|b|ep|20900000|3|unit|u|AC split 1 PK dan 2 PK, 3 unit|ac:3 ac/Standing:1 kipas_angin:1
61|DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer Kegiatan Pengadaan Peralatan dan Mesin Lainnya Tahap II|b|ep|93900000|||u|laptop core i7; All in One PC core i5 gen 11|laptop:3 pc_desktop/All_in_One:3 pc_desktop:2
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Air Mineral Anjungan|b|ep|8930000|115|dus|u|air mineral kemasan 330 ml|air_botol/330:3 air_botol:2 air_gelas:1
61.72|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINGKAWANG|Belanja Bahan-Bahan Kimia (5.02.01.1.06.0004 Penyediaan Peralatan Rumah Tangga)|b|ep|1540000|||u|hand sanitizer|sabun_detergen/Cuci_Tangan:1 bmhp/Alcohol:1
61|UPT PENILAIAN KOMPETENSI APARATUR SIPIL NEGARA PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - Pengadaan Peralatan dan Mesin Lainnya Aula|b|ep|7020000|||u|microphone; speaker portable|sound_system/Speaker:3 sound_system/Mic:3 sound_system:1 sewa_acara/Sound:0
61|UPT KLINIK PRATAMA PROVINSI KALIMANTAN BARAT|Koordinasi dan Penyusunan Perubahan DPA- SKPD Klinik|b|ep|345000|||u|HVS 75 gr A4, fotocopy, win jeller folio, no.107|ATK fotokopi:3
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Bahan Kimia Cair Pengendalian OPT|b|ep|19200000|||u|pestisida nabati cair 250 botol|pestisida:2 biostarter:1
61.06|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH PUTUSSIBAU|Belanja Suku Cadang-Suku Cadang Lainnya (5.02.01.1.09.0007 Pemeliharaan Peralatan dan Mesin Lainnya)|b|ep|5900000|||u|sparepart printer|toner/Drum:2 toner:1 printer:0
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG UTARA|Belanja Bahan-Bahan/Bibit Tanaman Rehabilitasi|b|ep|13800000|||u|bibit kopi robusta siap tanam; benih coklat kering; benih pinang|bibit_tanaman/Kopi:3 bibit_tanaman:1 benih_pangan:0
61.08|UPT KESATUAN PENGELOLAAN HUTAN LANDAK|Belanja Modal Perlengkapan Kebakaran Hutan Brigdalkarhut|b|ep|7150000|2|unit|u|nozzle gun 1,5 inch|apar:1
61|INSPEKTORAT PROVINSI KALIMANTAN BARAT|Pengadaan Mebel Ruang Arsip|b|ep|25100000|||u|belanja modal alat penyimpan: lemari besi/metal filling cabinet|lemari_arsip/Filing:3 lemari_arsip:2 rak_buku:1
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU TIMUR|Belanja Modal Peralatan Studio Pemetaan/Peralatan Ukur Tanah Resort|b|ep|17100000|||u|GPS map 2 unit|
61.03|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SANGGAU|Belanja Modal Peralatan Personal Computer (5.02.01.1.07 Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah) Printer|b|ep|5850000|||u|printer (peralatan personal komputer)|printer:3 printer/Kartu:0 scanner:1
61|BIRO PENGADAAN BARANG DAN JASA SETDA PROVINSI KALIMANTAN BARAT|Paket Meeting di Luar Kantor Halfday Setingkat Eselon II Penyelenggaraan Sosialisasi Kebijakan /Peraturan PBJP Tahap II|b|ep|33600000|||u|halfday setingkat eselon II 125 orang/paket|prasmanan/Fullday:2 snack_box:1
61.05|UPT KESATUAN PENGELOLAAN HUTAN SINTANG UTARA|Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan Kelompok Tani Hutan|b|pl|4100000|||u|ikan nila 8-12 cm|benih_ikan/Nila:3 benih_ikan:2 pakan_ikan:1
61|UPT LABORATORIUM KESEHATAN|Penyediaan Belanja Pakaian Dinas Harian (PDH) Pegawai Laboratorium|b|ep|30900000|||u|PDH lengan panjang/pendek|DINAS
61|UPT PELAYANAN KESEHATAN HEWAN, KESEHATAN MASYARAKAT VETERINER DAN KLINIK HEWAN|Belanja Obat-Obatan-Obat Sub Kegiatan Pemberantasan Penyakit Hewan Menular dan Zoonosis dalam 1 (satu) Daerah Provinsi Tahap II|b|ep|7610000|||u|ivermectin injeksi, epinephrine, levamisol, mebendazol tablet 500 mg, multivitamin|obat_hewan:3 obat_hewan/Multivitamin:2 obat:1
61|BIRO PEMERINTAHAN SETDA PROVINSI KALIMANTAN BARAT|Belanja Sewa Alat Kantor Lainnya Rakor Kepala Daerah|b|ep|39200000|||u|sewa tenda|sewa_acara/Tenda:3 sewa_acara:1
61|UPT PELABUHAN PERIKANAN|Belanja Bahan-Isi Tabung Pemadam Kebakaran Dermaga|b|pl|5650000|||u|refill gas pemadam kebakaran|apar/Refill:3 apar:1
61|BADAN PENANGGULANGAN BENCANA DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Permainan Pegawai|b|ep|7400000|1|unit|u|meja ping pong|alat_olahraga/Pingpong:3 alat_olahraga:1
61|BIRO PEMERINTAHAN SETDA PROVINSI KALIMANTAN BARAT|Belanja Sewa Mebel Rakor Kepala Daerah|b|ep|13550000|||u|meja/kursi dengan sarung, meja jati dengan taplak|sewa_acara/Kursi:3 sewa_acara:1 kursi_lipat:1
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Bahan-Bahan Lainnya (BRIGADE KPH SAMBAS) Tahap II|b|ep|6800000|||u|sepatu kerja lapangan|sepatu/PDL:3 sepatu/Safety:2 sepatu:1
61.04|UPT KESATUAN PENGELOLAAN HUTAN KETAPANG UTARA|Belanja Modal Pompa Persemaian|b|ep|5650000|1|unit|u|mesin pompa tahan panas, body tahan karat, daya hisap 9 meter|alsintan/Pompa:2
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|operasi dan pemeliharaan jaringan irigasi rawa DIR. Sungai Kunyit DESA SUNGAI KUNYIT HULU KEC. SUNGAI KUNYIT KAB MEMPAWAH|k|pl|187500000|||u|operasi dan pemeliharaan jaringan irigasi rawa|
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Jasa Penyelenggaraan Acara Gebyar Seni Pelajar|jl|ep|432000000|||u|event organizer, pengiring musik/organ tunggal|sewa_acara:1
61|BIRO PENGADAAN BARANG DAN JASA SETDA PROVINSI KALIMANTAN BARAT|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan Kegiatan PBJ|jl|ep|44100000|||u|dokumentasi/publikasi|dokumentasi:3 cetak_spanduk:1
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT| Pekerjaan Pengadaan dan Pemasangan Penerangan Jalan Umum (PJU) di Ruas Jalan Simpang Silat - Nanga Suhaid Kab. Kapuas Hulu|k|ep|172500000|6|unit|u|pengadaan pemasangan PJU tenaga surya|lampu_listrik/PJU:2
61|BADAN PENGELOLA PERBATASAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Sewa Peralatan Studio Audio Rakor Perbatasan|jl|pl|9800000|||u|sewa sound system|sewa_acara/Sound:3 sound_system:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover (pelaksanaan monitoring & evaluasi penyusunan dokumen perencanaan pembangunan PD bidang Pemerintahan|b|ep|705000|||u|HVS 80 gr A4 dan F4|kertas_a4:3 kertas_f4:3 kertas_a3:1
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Modal Personal Computer-Koordinasi, Sinkronisasi dan Pelaksanaan Pengamanan Hutan|b|ep|26400000|||u|laptop AMD Ryzen 7|laptop:3 pc_desktop:1 tas_laptop:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Pengadaan Benih Padi dalam rangka Pengembangan Tanaman Pangan Tahap II|b|ep|106500000|7500|kg|u|benih unggul nasional 300 ha x 25 kg|benih_pangan/Padi:3 benih_pangan:1 pupuk:0
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Alat Tulis Kantor - Penyediaan Peralatan dan Perlengkapan Kantor Semester II|b|ep|31400000|||u|ATK menunjang peralatan dan perlengkapan kantor, spesifikasi di KAK|ATK
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Bahan-Bahan/Bibit Tanaman-Pembangunan Penghijauan Lingkungan di Luar Kawasan Hutan Negara Tahap 2|b|ep|64700000|||u|bibit tanaman hutan & MPTS: mangga 6-8 bulan, kopi liberika, durian 6-8 bulan|bibit_tanaman/Durian:3 bibit_tanaman/Kopi:2 bibit_tanaman/Alpukat:2 bibit_tanaman/Mahoni:1 bibit_tanaman:1
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (koordinasi penyusunan dokumen perencanaan pembangunan daerah bidang infrastruktur)|b|ep|47900000|||u|snack dan makan minum rapat biasa|MAMIN
61|UPT PANTI SOSIAL REHABILITASI LANJUT USIA DAN REHABILITASI PENYANDANG DISABILITAS MULIA DHARMA|Belanja Obat-Obatan-Obat-Obatan Lainnya Lansia|b|ep|8290000|||u|plester luka box isi 100, minyak angin, betadine cair, minyak urut GPU, blood lancet no. 28|bmhp:2 obat:2 reagen_tes/Gula:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat-Penatausahaan Barang Milik Daerah pada SKPD Semester II|b|ep|2460000|||u|snack; makan minum rapat biasa|MAMIN
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Modal Alat Penyimpan Perlengkapan Kantor (MEBEL KPH SAMBAS) Tahap II|b|ep|5520000|||u|lemari arsip besi|lemari_arsip/Besi:3 lemari_arsip:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Pakaian Dinas Harian (PDH) Pegawai (SEKRT)|b|ep|147600000|||u|PDH lengan panjang/pendek|DINAS
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Aktivitas Lapangan - Fasilitasi Lembaga Profesi ASN Tahap 2|b|ep|3120000|||u|snack aktivitas lapangan|snack_box:3 nasi_box:1 air_gelas:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Komputer - Penyediaan Peralatan dan Perlengkapan Kantor Semester II|b|ep|42500000|||u|bahan komputer, spesifikasi di KAK|KOMP
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Modal Personal Computer (CCTV KULKAS LAPTOP KPH SAMBAS) Resort|b|ep|26100000|||u|laptop intel core i9|laptop:3 kamera_cctv/CCTV:2 elektronik_rt/Kulkas:2 pc_desktop:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Perlengkapan Personil KTPA di Kabupaten Mempawah |b|ep|52800000|||u|helm pengaman, kaca mata pelindung, masker gas full face, sabuk kopel, sarung tangan tahan panas, 15 pcs|apd_kerja/Helm:3 apd_kerja:2 sar:1 pdh/PDL:0
61|DINAS PERPUSTAKAAN DAN KEARSIPAN PROVINSI KALIMANTAN BARAT|Belanja Modal Bahan Perpustakaan Tercetak Lainnya Koleksi Terjemahan|b|ep|43200000|||u|buku terjemahan ukuran sedang|buku_bacaan:3 cetak_buku:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat Sub Kegiatan Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD Tahap II|b|ep|4980000|||u|snack; makan minum rapat biasa|MAMIN
61.06|UPT KESATUAN PENGELOLAAN HUTAN KAPUAS HULU SELATAN|Belanja Modal Lemari dan Arsip Pejabat Resort|b|ep|2460000|1|unit|u|lemari arsip|lemari_arsip:3 rak_buku:1
61.71|UPT PELAYANAN PENDAPATAN DAERAH PONTIANAK WILAYAH I|Belanja Makanan dan Minuman Jamuan Tamu  (5.02.01.1.06.0009 Fasilitasi Kunjungan Tamu)|b|ep|7050000|||u|makan dan minum, snack tamu|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal CCTV - Camera Control Television System (5.02.04.1.01.0005)|b|ep|3150000|||u|CCTV|kamera_cctv/CCTV:3 kamera_cctv/Harddisk:1 kamera_cctv/Mirrorless:0
61|UPT PENILAIAN KOMPETENSI APARATUR SIPIL NEGARA PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer - Pengadaan Peralatan dan Mesin Lainnya Ruang CAT|b|ep|76800000|||u|komputer AIO core i3 gen 13 SSD 2 TB; All in One PC core i5|pc_desktop/All_in_One:3 pc_desktop:2 laptop:1
61|UPT KLINIK PRATAMA PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Senam Pegawai|b|ep|19300000|||u|treadmill elektrik|alat_olahraga:1
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Bahan Cetak (06.0006)|b|ep|133000000|||u|cetak map dinas, blanko SPPD hal I dan II lambang Akcaya warna, barang cetakan|cetak_blanko:3 CETAK
61.72|UPT PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT|Pengadaan Pakan Induk Ikan Unit Sedau Tahap 2|b|pl|14450000|30|karung|u|pakan induk ikan protein min. 25%, butiran terapung, kemasan 30 kg|pakan_ikan/Apung:3 pakan_ikan:2 pakan_ikan/Udang:1
61|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI KALIMANTAN BARAT|Penyediaan Komponen InstalasiListrik/Penerangan Bangunan Kantor Gedung Pelayanan|b|ep|13350000|||u|stop kontak, kabel gulung 15 m, baterai AA/AAA, lampu LED 20 dan 24 watt|lampu_listrik:3 lampu_listrik/PJU:1
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Natura dan Pakan- Natura (KTPG-5.02.04.01.0008 Penetapan Wajib Pajak Daerah)|b|ep|15700000|||u|lunch box; aneka kue jajanan pasar pangan lokal|nasi_box:3 snack_box/Tradisional:3 snack_box:2
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Tinta Printer Bagian Kelembagaan|b|ep|505000|3|botol|u|tinta 001 black|tinta_printer:3 toner:1
61|BADAN KESATUAN BANGSA DAN POLITIK PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan dan Mesin Lainnya Sekretariat|b|ep|6200000|||u|AC split 1 PK, PC core i5 gen 11|ac/Daikin:3 ac:2 pc_desktop:3 laptop:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Belanja Modal Personal Computer Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya Tahap II|b|ep|106500000|||u|PC unit core i5, printer multifunction wifi, laptop core i7|pc_desktop:3 printer:3 laptop:3 printer/Kartu:0
61|BADAN PENGHUBUNG DAERAH PROVINSI KALIMANTAN BARAT|Cetak Buku Data Anjungan|b|ep|340000|4|eksemplar|u|isi art paper 120 gr, cover 230 gr laminating doff, A4 50-100 hal|cetak_buku/Laporan:3 cetak_buku:2 cetak_brosur/Booklet:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Pakaian Batik Tradisional Pegawai DPMD|b|ep|45900000|||u|pakaian batik lengan panjang/pendek|batik_seragam:3 batik_seragam/Tulis:1
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Cetak Kulit dan Jilid Laporan|b|ep|520000|||u|cetak kulit dan jilid 21 x 32 cm, 13 buku|fotokopi/Jilid_Hard:3 fotokopi/Jilid:2 cetak_buku:1
"""

# Provinsi Kalimantan Barat, LPSE 97, SPSE non-tender pengumuman TA 2025 (blogramadhan/bun-tarik-data,
# data/spse/97/SPSE-NonTenderPengumuman/2025/data.parquet).
KALBAR_SPSE_2025 = """
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Peningkatan Kualitas Permukiman Jalan Komodor Yos Sudarso Gang Pala 6 Kelurahan Sungai Beliung Kecamatan Pontianak Barat, Kota Pontianak|k|pl|98500000||||peningkatan kualitas permukiman jalan gang|
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Saprodi Sub Kegiatan Peningkatan Ketahanan Pangan Keluarga di Kabupaten Kapuas Hulu, Kabupaten Landak, Kabupaten Kubu Raya, dan Kota Pontianak|b|pl|1650000||||sarana produksi pertanian pekarangan untuk keluarga rawan pangan|pupuk:2 bibit_tanaman/Cabai:2 benih_pangan:1 pestisida:1 alat_tani:1
61|DINAS KETAHANAN PANGAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Saprodi Pertanian Kegiatan Intervensi Penanganan Kerawanan Pangan di Kab. Sambas, Sekadau dan Melawi|b|pl|195500000||||sarana produksi pertanian untuk desa rawan pangan|pupuk:2 bibit_tanaman/Cabai:2 benih_pangan:1 pestisida:1 alat_tani:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Penerapan Aplikasi SIAP-BMD di lingkungan Pemerintah Provinsi Kalimantan Barat Tahap II|ks|pl|97500000||||jasa konsultansi penerapan aplikasi BMD|perangkat_lunak:0
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|PENIMBUNAN HALAMAN KANTOR DAN REHAB MESS UPT KPH WILAYAH SAMBAS TAHAP II|k|pl|64500000||||penimbunan halaman dan rehab mess|
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Pemeliharaan Aset Tidak Berwujud-Software (Pemeliharaan Server SAMSAT Keliling)|jl|pl|196000000||||pemeliharaan server dan software SAMSAT|
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Pemasangan Instalasi dan Penyambungan Listrik Gratis Untuk Rumah Tangga Belum Berlistrik/Menyalur di Kabupaten Bengkayang Tahun 2025|jl|pl|191000000||||instalasi listrik rumah tangga dan penyambungan|lampu_listrik/Kabel:1 lampu_listrik/Bulb:1
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|Pekerjaan Pengawasan dan Perencanaan Pengadaan Pemasangan Zona Selamat Sekolah (ZoSS) di SMP N 3 Pontianak Kec. Pontianak Selatan Kota Pontianak|ks|pl|14700000||||pengawasan dan perencanaan ZoSS|rambu:0
61|DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT|Belanja Modal Mebel  Pengadaan Meja Kerja Pegawai|jl|pl|191500000||||meja kerja pegawai|meja_kantor:3 meja_kantor/Lipat:1 meja_rapat:1
"""

# Provinsi Kalimantan Barat, LPSE 97, SPSE tender pengumuman TA 2025 (blogramadhan/bun-tarik-data,
# data/spse/97/SPSE-TenderPengumuman/2025/data.parquet).
KALBAR_TENDER_2025 = """
61.72|RUMAH SAKIT JIWA PROVINSI KALIMANTAN BARAT|Belanja Modal Bangunan Kesehatan  Rehabilitasi Gedung Bangunan Rumah Sakit Bangsal Rawat Inap Rajawali|k|t|2295000000||||rehabilitasi gedung bangsal rawat inap|bed_pasien:0
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|PENINGKATAN JALAN TUMBANG TITI  TANJUNG BARU|k|t|15700000000||||peningkatan jalan provinsi|
"""

# Provinsi Kalimantan Barat, LPSE 97, SPSE tender pengumuman TA 2024 (blogramadhan/bun-tarik-data,
# data/spse/97/SPSE-TenderPengumuman/2024/data.parquet).
KALBAR_TENDER_2024 = """
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pembangunan Asrama Siswa (DAU) SMAN 1 Nanga Pinoh|k|t|785000000||||pembangunan asrama siswa|ranjang:0
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); no key starts with "inaproc": all needs are APBD (regional government).
    "b7a1": (
        "Provinsi Kalimantan Barat SiRUP RUP paket penyedia 2024, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_RUP_2024,
    ),
    "b7a2": (
        "Provinsi Kalimantan Barat SiRUP RUP paket penyedia 2023, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2023,
        False,
        KALBAR_RUP_2023,
    ),
    "b7a3": (
        "Provinsi Kalimantan Barat SiRUP RUP paket penyedia 2025, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_RUP_2025,
    ),
    "b7a4": (
        "Provinsi Kalimantan Barat SPSE LPSE 97 non-tender 2025, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_SPSE_2025,
    ),
    "b7a5": (
        "Provinsi Kalimantan Barat SPSE LPSE 97 tender 2025, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2025,
        False,
        KALBAR_TENDER_2025,
    ),
    "b7a6": (
        "Provinsi Kalimantan Barat SPSE LPSE 97 tender 2024, FALLBACK: rows never used of a repository blind6a used (blogramadhan/bun-tarik-data)",
        2024,
        False,
        KALBAR_TENDER_2024,
    ),
}
