# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind9a, a ninth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

FALLBACK sources: rows never used of a repository earlier sets used (SOURCES.md, section "blind9a"):

* hikaridha/sirup-downloader, `PAKET_RUP_KALSEL_2026.xlsx` sheet "Penyedia" (SiRUP paket penyedia of Provinsi
  Kalimantan Selatan, TA 2026: Kode RUP, Satuan Kerja, Nama Paket, Pagu, Metode Pemilihan, Sumber Dana, Waktu
  Pemilihan; 20,669 rows; `rup_kalsel_2026.xlsx` holds the same rows under numeric headers), and
  `PAKET_RUP_KALSEL_2025.xlsx` sheet "Penyedia" (TA 2025, 21,474 rows), read from a fetched snapshot. blind5a
  (key b5a1) used rows of the 2026 file, blind4a (kalselb4a) and blind8a (b8a1) rows of the 2025 file. Every row
  below is of one of the 13 satker of these files that no bench/matcher_eval_needs*.py holds (checked
  programmatically on the upper-cased satker name, _blind8a.py and _blind8b.py included): UPPD Tanjung, Kotabaru,
  Martapura and Rantau (samsat units), Kesatuan Pengelolaan Hutan Balangan and Kayu Tangi, Biro Organisasi, Biro
  Perekonomian, Balai Pengawasan Ketenagakerjaan Daerah Wilayah I, III and IV, Balai Pendidikan dan Pelatihan
  Industri Kayu dan Logam, UPTD Terminal Type B. The files have no kabupaten/kota satker (they are the province's RUP).

Selection: every row of those satker, leaving out method Dikecualikan and tagihan, iuran, honorarium, pajak,
asuransi, tenaga/petugas layanan/perorangan/PPPK, "Belanja Jasa N (Manual Dini)", perjalanan dinas, langganan,
BBM, sewa gedung, paket/pengiriman and penambahan daya rows; a name repeated within one satker across the two years
was taken once (the 2026 row); of the 24 vehicle-maintenance rows 12 were kept (seeded draw) so that about a quarter
of the needs have no fitting product. Each row is my own record made from one real package name, reworded lightly:
a suffix naming the satker, samsat, resort, wilayah, tahap, triwulan, semester or year is appended to the original
name (the SiRUP names of these satker are mostly the generic SIPD account names, so the suffix also keeps every name
of this set distinct from every name in bench/matcher_eval_needs*.py and from each other: checked programmatically
on names normalised to lowercase alphanumerics); the noise of the original is kept ("Rapa" for Rapat,
"InstalasiListrik", "Pemerintahdengan", "- Bahan Cetak" spacing, "Lainnya(AC)", double spaces). The files have no
jenis pengadaan, UKM/PDN status, volume or specification: type is read from the name (b, jl, k, ks), method is the
file's Metode Pemilihan (E-Purchasing ep, Pengadaan Langsung pl), pagu is a few per cent off the real pagu (seeded), rows are unflagged with no specification and no
volume. Region codes: province offices, Biro and Balai 63 (the Balai Pengawasan Ketenagakerjaan wilayah seats are
not stated in the file), UPPD Tanjung 63.09, UPPD Kotabaru 63.02, UPPD Martapura 63.03, UPPD Rantau 63.05, KPH
Balangan 63.11, KPH Kayu Tangi 63.03. Rows have exactly the format of bench/matcher_eval_needs.py (see its
docstring); the macros are its MACROS. The grades were written by reading each package name against the catalog's
kinds (bench/matcher_eval_catalog.py), one grading per kind of SIPD account name applied to every row of that name,
before and without any ranking system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Selatan, SiRUP RUP paket penyedia TA 2026 (hikaridha/sirup-downloader,
# PAKET_RUP_KALSEL_2026.xlsx sheet "Penyedia"); rows of satker no needs file holds, never used by blind5a.
KALSEL_RUP_2026 = """
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua BDI Kayu dan Logam|jl|ep|11689000|||||
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Bahan-Bahan Lainnya Triwulan III|b|ep|30771000|||||
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover BDI Kayu dan Logam|b|ep|6217000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Natura dan Pakan-Natura Tahap I|b|ep|35999000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Triwulan III|b|ep|13988000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor BDI Kayu dan Logam|b|ep|4182000|||||ATK
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Balai Diklat Industri Kayu dan Logam|b|ep|11165000|||||CETAK fotokopi:3
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Modal Peralatan Komputer Lainnya Tahap II|b|ep|7473000|||||ups_listrik:2 aksesori_komputer:2 flashdisk/Harddisk:2 jaringan:2 scanner:2 printer:1 pc_desktop:1 laptop:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Balai Diklat Industri Kayu dan Logam|b|ep|5378000|||||KOMP
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat Tahap I|b|ep|6369000|||||bibit_tanaman:1 souvenir:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Tahap II|jl|ep|9018000|||||service_ac:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Makanan dan Minuman Rapat BDI Kayu dan Logam|b|ep|17953000|||||MAMIN
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik Tahap I|b|ep|12055000|||||lampu_listrik:3 ups_listrik:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang Balai Diklat Industri Kayu dan Logam|jl|ep|34500000|||||
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor TA 2026|b|ep|9949000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Tahap II|b|ep|4394000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya(AC) Wilayah I|jl|ep|3673000|||||service_ac:3 ac:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang Tahap I|jl|ep|34785000|||||
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik BPKD Wilayah I Tahap II|b|ep|1784000|||||lampu_listrik:3 ups_listrik:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua Tahap II|jl|ep|7824000|||||
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Natura dan Pakan-Natura Wilayah I|b|ep|31860000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Balai Wasnaker Wil. I|b|ep|4386000|||||ATK
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya(Printer) Balai Wasnaker Wil. I|jl|ep|1989000|||||tinta_printer:1 toner:1 printer:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Makanan dan Minuman Jamuan Tamu BPKD Wilayah I Tahap II|b|ep|1594000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Makanan dan Minuman Rapat Tahap I|b|ep|3601000|||||MAMIN
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Triwulan II|b|ep|667400|||||CETAK fotokopi:3
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya (Laptop) Balai Wasnaker Wil. I|jl|ep|4433000|||||aksesori_komputer:1 laptop:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor BPKD Wilayah III Tahap II|b|ep|917100|||||ATK
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Natura dan Pakan-Natura Balai Wasnaker Wil. III|b|ep|30196000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Triwulan II|b|ep|2735000|||||KOMP
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya BPKD Wilayah III Tahap II|jl|ep|7224000|||||service_ac:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Triwulan II|b|ep|811800|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Balai Wasnaker Wil. III|b|ep|3323000|||||CETAK fotokopi:3
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Balai Wasnaker Wil. III|b|ep|4754000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Wilayah IV|b|ep|613900|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak BPKD Wilayah IV Tahap II|b|ep|34800|||||CETAK fotokopi:3
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Makanan dan Minuman Rapat BPKD Wilayah IV Tahap II|b|ep|630500|||||MAMIN
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor BPKD Wilayah IV Tahap II|b|ep|990400|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Modal Meja Rapat Pejabat Triwulan II|b|ep|23202000|||||meja_rapat:3 meja_kantor:1 kursi_kantor/Rapat:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Angkutan Barang Balai Wasnaker Wil. IV|jl|ep|37832000|||||
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Balai Wasnaker Wil. IV|b|ep|4500|||||ATK
63|BIRO ORGANISASI|Belanja Makanan dan Minuman Jamuan Tamu Triwulan I|b|ep|18178000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63|BIRO ORGANISASI|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Biro Organisasi Setda Prov. Kalsel|b|ep|4068000|||||KOMP
63|BIRO ORGANISASI|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Tahap I|b|ep|4217000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BIRO ORGANISASI|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Biro Organisasi|b|ep|21301000|||||CETAK fotokopi:3
63|BIRO ORGANISASI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Triwulan I|b|ep|3556000|||||ATK
63|BIRO ORGANISASI|Belanja Makanan dan Minuman Rapat pada Biro Organisasi|b|ep|32387000|||||MAMIN
63|BIRO ORGANISASI|Belanja Natura dan Pakan-Natura Tahap II|b|ep|78362000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BIRO ORGANISASI|Belanja Jasa Penyelenggaraan Acara Biro Organisasi Setda Prov. Kalsel|jl|pl|20210000|||||sewa_acara:2 dokumentasi:1 cetak_spanduk:1
63|BIRO PEREKONOMIAN|Belanja Makanan dan Minuman Rapat Triwulan IV|b|ep|30589000|||||MAMIN
63|BIRO PEREKONOMIAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Tahap I|b|ep|3048000|||||KOMP
63|BIRO PEREKONOMIAN|Belanja Natura dan Pakan-Natura Triwulan IV|b|ep|65299000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BIRO PEREKONOMIAN|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Tahap I|jl|ep|10154000|||||service_ac:1
63|BIRO PEREKONOMIAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Triwulan I|b|ep|3108000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|BIRO PEREKONOMIAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor TA 2026|b|ep|2646000|||||ATK
63|BIRO PEREKONOMIAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak pada Biro Perekonomian|b|ep|11629000|||||CETAK fotokopi:3
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Sewa Kendaraan Bermotor Angkutan Barang Tahap II|jl|ep|23811000|||||mobil:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Triwulan II|jl|pl|4036000|||||service_ac:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Bahan-Bahan/Bibit Tanaman Tahap I|b|ep|4206000|||||bibit_tanaman:2 bibit_tanaman/Mahoni:3 bibit_tanaman/Tanaman_Hias:0 bibit_tanaman/Cabai:1 pupuk:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover pada KPH Balangan|b|ep|2615000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik TA 2026|b|ep|2575000|||||lampu_listrik:3 ups_listrik:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat KPH Balangan|b|ep|4586000|||||bibit_tanaman:1 souvenir:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Natura dan Pakan-Natura KPH Balangan|b|ep|58725000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Resort KPH Balangan|b|ep|3189000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Modal Peralatan Komputer Lainnya Triwulan II|b|ep|1959000|||||ups_listrik:2 aksesori_komputer:2 flashdisk/Harddisk:2 jaringan:2 scanner:2 printer:1 pc_desktop:1 laptop:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer pada KPH Balangan|b|ep|438900|||||KOMP
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Bahan-Bahan Kimia pada KPH Balangan|b|ep|7670000|||||pestisida:2 pupuk:2 biostarter:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Angkutan Barang TA 2026|jl|pl|36122000|||||
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak KPH Balangan|b|pl|103700|||||CETAK fotokopi:3
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Bahan-Bahan Lainnya Resort KPH Balangan|b|ep|2068000|||||
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Triwulan II|b|pl|119600|||||ATK
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Makanan dan Minuman Rapat TA 2026|b|ep|2991000|||||MAMIN
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Natura dan Pakan-Natura KPH Kayu Tangi Tahap II|b|ep|48245000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua KPH Kayu Tangi Tahap II|jl|pl|20182000|||||
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat Triwulan II|b|ep|716200|||||bibit_tanaman:1 souvenir:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik pada KPH Kayu Tangi|b|ep|1348000|||||lampu_listrik:3 ups_listrik:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Makanan dan Minuman Rapat Triwulan II|b|ep|1219000|||||MAMIN
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor pada KPH Kayu Tangi|b|ep|3962000|||||ATK
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Bahan-Bahan/Bibit Tanaman Belanja Bahan-bahan Kimia Triwulan II|b|ep|3220000|||||bibit_tanaman:2 bibit_tanaman/Mahoni:3 bibit_tanaman/Tanaman_Hias:0 pupuk:2 pestisida:2 biostarter:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Resort KPH Kayu Tangi|jl|pl|11886000|||||service_ac:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor pada KPH Kayu Tangi|b|ep|8878000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover TA 2026|b|ep|71000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Bahan-Bahan/Bibit Tanaman Triwulan II|b|ep|28716000|||||bibit_tanaman:2 bibit_tanaman/Mahoni:3 bibit_tanaman/Tanaman_Hias:0 bibit_tanaman/Cabai:1 pupuk:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan Untuk Kegiatan Kantor-Bahan Cetak Resort KPH Kayu Tangi|b|pl|277600|||||CETAK fotokopi:3
63.02|UPPD KOTABARU|Beban Jasa Penyelenggaraan Acara Tahap I|jl|pl|24617000|||||sewa_acara:2 dokumentasi:1 cetak_spanduk:1
63.02|UPPD KOTABARU|Belanja Kursus Singkat/Pelatihan Pelayanan PKB Kotabaru|jl|pl|69304000|||||
63.02|UPPD KOTABARU|Belanja Natura dan Pakan-Natura Semester II|b|ep|89351000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Tahap II|b|ep|28533000|||||KOMP
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Kantor Samsat Kotabaru|b|ep|18134000|||||ATK
63.02|UPPD KOTABARU|Belanja Makanan dan Minuman Aktivitas Lapangan Triwulan III|b|ep|87727000|||||nasi_box:3 snack_box:2 air_botol:2 air_gelas:2 prasmanan:1
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik Semester II|b|ep|19072000|||||lampu_listrik:3 ups_listrik:1
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor UPPD Kotabaru|b|ep|30520000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.02|UPPD KOTABARU|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gudang Samsat Kotabaru|k|pl|14211000|||||material_bangunan:1 semen:1
63.02|UPPD KOTABARU|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gudang(perencanaan) TA 2026|ks|pl|17402000|||||
63.02|UPPD KOTABARU|Belanja Makanan dan Minuman Rapat Pelayanan PKB Kotabaru|b|ep|14491000|||||MAMIN
63.02|UPPD KOTABARU|Penyediaan Barang Cetakan dan Penggandaan Tahap I|b|ep|21942000|||||CETAK fotokopi:3
63.02|UPPD KOTABARU|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor UPPD Kotabaru|k|pl|164910000|||||material_bangunan:1 semen:1
63.02|UPPD KOTABARU|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Pelayanan PKB Kotabaru|jl|ep|33975000|||||service_ac:1
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover pada UPPD Kotabaru TA 2026|b|ep|94458000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.02|UPPD KOTABARU|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak TA 2026|b|ep|1684000|||||CETAK fotokopi:3
63.02|UPPD KOTABARU|Belanja Makanan dan Minuman Jamuan Tamu UPPD Kotabaru|b|ep|7088000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63.03|UPPD MARTAPURA|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan Semester II|jl|pl|2029000|||||dokumentasi:2 cetak_spanduk:1 cetak_brosur:1
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Triwulan III|b|pl|50335000|||||KOMP
63.03|UPPD MARTAPURA|Belanja Kursus Singkat/Pelatihan Triwulan III|jl|pl|14803000|||||
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Samsat Martapura|b|pl|8811000|||||CETAK fotokopi:3
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor (Samsat Keliling Martapura)|b|pl|47743000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Tahap I|b|pl|27000|||||ATK
63.03|UPPD MARTAPURA|Belanja Makanan dan Minuman Rapat Tahap II|b|pl|6932000|||||MAMIN
63.03|UPPD MARTAPURA|Belanja Natura dan Pakan-Natura (Samsat Keliling Martapura)|b|ep|55144000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Pelayanan PKB Martapura|b|pl|86247000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.03|UPPD MARTAPURA|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin Samsat Martapura|jl|pl|4427000|||||service_ac:3 ac:1
63.03|UPPD MARTAPURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik Samsat Martapura|b|pl|11751000|||||lampu_listrik:3 ups_listrik:1
63.03|UPPD MARTAPURA|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya (Samsat Keliling Martapura)|jl|pl|28303000|||||service_ac:1
63.03|UPPD MARTAPURA|Belanja Makanan dan Minuman Aktivitas Lapangan (Samsat Keliling Martapura)|b|pl|279528000|||||nasi_box:3 snack_box:2 air_botol:2 air_gelas:2 prasmanan:1
63.03|UPPD MARTAPURA|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor Kantor Samsat Martapura|k|pl|309988000|||||material_bangunan:1 semen:1
63.03|UPPD MARTAPURA|Belanja Sewa Aset Tidak Berwujud-Software Kantor Samsat Martapura|jl|pl|2414000|||||perangkat_lunak:2
63.03|UPPD MARTAPURA|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat Triwulan I|b|pl|11836000|||||bibit_tanaman:1 souvenir:1
63.03|UPPD MARTAPURA|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Angkutan Barang Samsat Martapura|jl|pl|36344000|||||
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Triwulan I|b|ep|12033000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Pelayanan PKB Rantau|b|ep|62621000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.05|UPPD RANTAU|Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya Pelayanan PKB Rantau|k|pl|98243000|||||material_bangunan:1 semen:1
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya Samsat Rantau|b|ep|7298000|||||ATK:1 tisu:1 lampu_listrik/Stop_Kontak:1 BERSIH:1
63.05|UPPD RANTAU|Belanja Makanan dan Minuman Aktivitas Lapangan Kantor Samsat Rantau|b|ep|181491000|||||nasi_box:3 snack_box:2 air_botol:2 air_gelas:2 prasmanan:1
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer TA 2026|b|ep|8918000|||||KOMP
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Semester II|b|ep|19030000|||||ATK
63.05|UPPD RANTAU|Penyediaan Komponen InstalasiListrik/Penerangan Bangunan Kantor (Samsat Keliling Rantau)|b|ep|17006000|||||lampu_listrik:3 ups_listrik:1
63.05|UPPD RANTAU|Belanja Natura dan Pakan-Natura Triwulan III|b|ep|132215000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.05|UPPD RANTAU|Penyediaan Barang Cetakan dan Penggandaan (Samsat Keliling Rantau)|b|ep|12936000|||||CETAK fotokopi:3
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Kantor Samsat Rantau|b|ep|20645000|||||CETAK fotokopi:3
63.09|UPPD TANJUNG|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya TA 2026|jl|pl|66009000|||||service_ac:1
63.09|UPPD TANJUNG|Belanja Bahan-Isi Tabung Pemadam Kebakaran Tahap II|b|ep|298300|||||apar/Refill:3 apar:1
63.09|UPPD TANJUNG|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan Tahap II|jl|pl|8124000|||||dokumentasi:2 cetak_spanduk:1 cetak_brosur:1
63.09|UPPD TANJUNG|Belanja Makanan dan Minuman Aktivitas Lapangan (Samsat Keliling Tanjung)|b|ep|32010000|||||nasi_box:3 snack_box:2 air_botol:2 air_gelas:2 prasmanan:1
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Pelayanan PKB Tanjung|b|ep|51326000|||||CETAK fotokopi:3
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover UPPD Tanjung|b|ep|51924000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer UPPD Tanjung|b|ep|26304000|||||KOMP
63.09|UPPD TANJUNG|Belanja Makanan dan Minuman Rapat (Samsat Keliling Tanjung)|b|ep|24035000|||||MAMIN
63.09|UPPD TANJUNG|Belanja Makanan dan Minuman Jamuan Tamu Pelayanan PKB Tanjung|b|ep|7070000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63.09|UPPD TANJUNG|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Angkutan Barang Tahap II|jl|pl|36633000|||||
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik Kantor Samsat Tanjung|b|ep|7863000|||||lampu_listrik:3 ups_listrik:1
63.09|UPPD TANJUNG|Belanja Natura dan Pakan-Natura Triwulan I|b|ep|30302000|||||prasmanan/Harian:3 nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63.09|UPPD TANJUNG|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin Kantor Samsat Tanjung|jl|pl|2325000|||||service_ac:3 ac:1
63.09|UPPD TANJUNG|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor TA 2026|k|pl|97928000|||||material_bangunan:1 semen:1
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor pada UPPD Tanjung TA 2026|b|ep|23932000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63.09|UPPD TANJUNG|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang Triwulan III|jl|pl|173339000|||||
63.09|UPPD TANJUNG|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor UPPD Tanjung|b|ep|9915000|||||ATK
"""

# Provinsi Kalimantan Selatan, SiRUP RUP paket penyedia TA 2025 (hikaridha/sirup-downloader,
# PAKET_RUP_KALSEL_2025.xlsx sheet "Penyedia"); rows of the same unused satker, never used by blind4a or blind8a.
KALSEL_RUP_2025 = """
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pakaian Batik Tradisional Tahap II|b|ep|5349000|||||batik_seragam:3 tenun_tradisional/Sasirangan:2 pdh:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pemeliharaan Alat Bengkel dan Alat Ukur-Alat Bengkel Bermesin-Perkakas Bengkel Kayu Triwulan III|jl|ep|8076000|||||
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Modal Kursi Tamu di Ruangan Pejabat Balai Diklat Industri Kayu dan Logam|b|ep|13936000|||||sofa:3 kursi_kantor/Pejabat:1 kursi_kantor:1
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Modal Compressor BDI Kayu dan Logam|b|ep|7391000|||||
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Pemeliharaan Alat Bengkel dan Alat Ukur-Alat Bengkel Bermesin-Perkakas Pengangkat Bermesin Balai Diklat Industri Kayu dan Logam|jl|ep|8039000|||||
63|BALAI PENDIDIKAN DAN PELATIHAN INDUSTRI KAYU DAN LOGAM|Belanja Modal Peralatan Studio Video dan Film Triwulan III|b|ep|14918000|||||kamera_cctv/Mirrorless:3 sound_system:1 tv_display:1 proyektor:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Modal Alat Pendingin Wilayah I|b|ep|4462000|||||ac:3 elektronik_rt/Lemari_Es:1 kipas_angin:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer BPKD Wilayah I Tahap II|jl|ep|4250000|||||aksesori_komputer:1 pc_desktop:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Modal Alat Studio Lainnya Balai Wasnaker Wil. I|b|ep|12192000|||||sound_system:2 kamera_cctv/Mirrorless:2 tv_display:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH I|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya Balai Wasnaker Wil. I|jl|ep|5167000|||||service_ac:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Makanan dan Minuman Rapat Wilayah III|b|ep|8984000|||||MAMIN
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH III|Belanja Modal Peralatan Komputer Lainnya Balai Wasnaker Wil. III|b|ep|63301000|||||ups_listrik:2 aksesori_komputer:2 flashdisk/Harddisk:2 jaringan:2 scanner:2 printer:1 pc_desktop:1 laptop:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH IV|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer TA 2025|b|ep|1460000|||||KOMP
63|BIRO ORGANISASI|Belanja Jasa Penyelenggara Acara Biro Organisasi|jl|ep|25103000|||||sewa_acara:2 dokumentasi:1 cetak_spanduk:1
63|BIRO ORGANISASI|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya pada Biro Organisasi|jl|ep|49685000|||||service_ac:1
63|BIRO ORGANISASI|Belanja Pakaian Olahraga Biro Organisasi|b|ep|14511000|||||kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
63|BIRO ORGANISASI|Belanja Modal Personal Computer Biro Organisasi|b|ep|38000000|||||pc_desktop:3 laptop:2 pc_desktop/Workstation:2 aksesori_komputer:1
63|BIRO ORGANISASI|Belanja Modal Peralatan Studio Video dan Film Biro Organisasi|b|ep|34393000|||||kamera_cctv/Mirrorless:3 sound_system:1 tv_display:1 proyektor:1
63|BIRO ORGANISASI|Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas pada Biro Organisasi|b|ep|51586000|||||topi_atribut/Atribut:3 topi_atribut:1 id_card:1 DINAS:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas Triwulan II|b|ep|6511000|||||topi_atribut/Atribut:3 topi_atribut:1 id_card:1 DINAS:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Modal Perlengkapan Kebakaran Hutan Tahap II|b|ep|506000|||||apd_kerja:2 apar:1 sepatu/Boots:1 topi_atribut/Rimba:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Modal Alat Pemadam Kebakaran TA 2025|b|ep|55068000|||||apar:2 alsintan/Pompa:1 apd_kerja:1
63.11|KESATUAN PENGELOLAAN HUTAN BALANGAN|Belanja Modal Alat Studio Lainnya Tahap II|b|ep|24451000|||||sound_system:2 kamera_cctv/Mirrorless:2 tv_display:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Bahan-Bahan Lainnya KPH Kayu Tangi Tahap II|b|ep|3391000|||||
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor KPH Kayu Tangi Tahap II|k|pl|48886000|||||material_bangunan:1 semen:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Makanan dan Minuman Rapa KPH Kayu Tangi|b|ep|809500|||||MAMIN
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Modal Alat Pemadam Kebakaran KPH Kayu Tangi|b|ep|53340000|||||apar:2 alsintan/Pompa:1 apd_kerja:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer pada KPH Kayu Tangi|b|ep|3011000|||||KOMP
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Pakaian Siaga Triwulan II|b|ep|5082000|||||pdh/PDL:3 pdh:2 kaos/Rompi:1 topi_atribut/Rimba:1 sepatu/PDL:1
63.03|KESATUAN PENGELOLAAN HUTAN KAYU TANGI|Belanja Modal Peralatan Komputer Lainnya pada KPH Kayu Tangi|b|ep|107558000|||||ups_listrik:2 aksesori_komputer:2 flashdisk/Harddisk:2 jaringan:2 scanner:2 printer:1 pc_desktop:1 laptop:1
63.02|UPPD KOTABARU|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Tempat Kerja Lainnya (rumah dinas) Tahap II|k|ep|7410000|||||material_bangunan:1 semen:1
63.02|UPPD KOTABARU|Belanja Pemeliharaan Bangunan Gedung-Bangunan  Gedung Kantor dan Rumah Dinas Samsat Kotabaru|k|pl|171335000|||||material_bangunan:1 semen:1
63.02|UPPD KOTABARU|Penyediaan Komponen InstalasiListrik/Penerangan Bangunan Kantor pada UPPD Kotabaru TA 2025|b|ep|13977000|||||lampu_listrik:3 ups_listrik:1
63.02|UPPD KOTABARU|Penyediaan Peralatan dan Perlengkapan Kantor TA 2025|b|ep|123134000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 laptop:2 pc_desktop:2 printer:2 ac:1 ATK:1
63.02|UPPD KOTABARU|Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD Tahap I|jl|pl|13697000|||||perangkat_lunak:1 jaringan:1
63.02|UPPD KOTABARU|Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya Tahap I|k|ep|31335000|||||material_bangunan:1 semen:1
63.02|UPPD KOTABARU|Belanja Jasa Penyelenggaraan Acara EXPO Samsat Kotabaru|jl|pl|24868000|||||sewa_acara:2 dokumentasi:1 cetak_spanduk:1
63.03|UPPD MARTAPURA|Belanja Pemeliharaan Bangunan Gedung-Bangunan Tempat Kerja-Bangunan Gedung Kantor Triwulan I|k|pl|83028000|||||material_bangunan:1 semen:1
63.05|UPPD RANTAU|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan (Samsat Keliling Rantau)|jl|pl|1988000|||||dokumentasi:2 cetak_spanduk:1 cetak_brosur:1
63.05|UPPD RANTAU|Belanja Makanan dan Minuman Jamuan Tamu (Samsat Keliling Rantau)|b|pl|6740000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63.05|UPPD RANTAU|Belanja Pemeliharaan Bangunan Gedung-Bangunan Gedung Tempat Kerja-Bangunan Gedung Kantor Triwulan I|k|pl|123686000|||||material_bangunan:1 semen:1
63.05|UPPD RANTAU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik pada UPPD Rantau TA 2025|b|ep|6019000|||||lampu_listrik:3 ups_listrik:1
63.05|UPPD RANTAU|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin pada UPPD Rantau TA 2025|jl|pl|6589000|||||service_ac:3 ac:1
63.05|UPPD RANTAU|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga Pelayanan PKB Rantau|jl|pl|6725000|||||service_ac:1
63.05|UPPD RANTAU|Belanja Makanan dan Minuman Rapat Samsat Rantau|b|pl|18488000|||||MAMIN
63.05|UPPD RANTAU|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang (Samsat Keliling Rantau)|jl|pl|182803000|||||
63.05|UPPD RANTAU|Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Beroda Dua Triwulan III|jl|pl|25591000|||||
63.09|UPPD TANJUNG|Belanja Jasa Pengelolaan BMD yang Tidak Menghasilkan Pendapatan Tahap I|jl|ep|8074000|||||
63.09|UPPD TANJUNG|Belanja Kursus Singkat/Pelatihan Tahap II|jl|ep|30989000|||||
63|UPTD TERMINAL TYPE B|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor Terminal Tipe B|b|ep|47889000|||||sapu:2 kain_pel:2 tempat_sampah:2 pengharum:1 tisu:1 alat_dapur:1 sabun_detergen:1
63|UPTD TERMINAL TYPE B|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya TA 2025|jl|pl|15594000|||||service_ac:1
63|UPTD TERMINAL TYPE B|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Terminal Tipe B|b|ep|36109000|||||CETAK fotokopi:3
63|UPTD TERMINAL TYPE B|Belanja Jasa Konsultansi Pengawasan Rekayasa-Jasa Pengawas Pekerjaan Konstruksi Bangunan Gedung Triwulan II|ks|pl|75314000|||||
63|UPTD TERMINAL TYPE B|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik Triwulan II|b|ep|50704000|||||lampu_listrik:3 ups_listrik:1
63|UPTD TERMINAL TYPE B|Belanja Pakaian Olahraga UPTD Terminal|b|ep|37726000|||||kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
63|UPTD TERMINAL TYPE B|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Terminal Tipe B|b|ep|23090000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto/Karton:3 kertas_foto:1
63|UPTD TERMINAL TYPE B|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor TA 2025|b|ep|27120000|||||ATK
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); no key starts with "inaproc": all needs are APBD (regional government).
    "b9a1": (
        "Provinsi Kalimantan Selatan SiRUP RUP paket penyedia 2026, FALLBACK: rows never used of a repository earlier sets used (hikaridha/sirup-downloader)",
        2026,
        False,
        KALSEL_RUP_2026,
    ),
    "b9a2": (
        "Provinsi Kalimantan Selatan SiRUP RUP paket penyedia 2025, FALLBACK: rows never used of a repository earlier sets used (hikaridha/sirup-downloader)",
        2025,
        False,
        KALSEL_RUP_2025,
    ),
}
