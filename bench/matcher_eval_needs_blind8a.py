# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind8a, an eighth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

FALLBACK sources: rows never used of repositories earlier sets used (SOURCES.md, section "blind8a"):

* hikaridha/sirup-downloader, `PAKET_RUP_KALSEL_2025.xlsx` sheet "Penyedia" (SiRUP paket penyedia of Provinsi
  Kalimantan Selatan, TA 2025: Kode RUP, Satuan Kerja, Nama Paket, Pagu, Metode Pemilihan, Sumber Dana, Waktu
  Pemilihan; 21,474 rows), read from a fetched snapshot. blind4a (key kalselb4a) took 80 rows of this file and blind5a
  (key b5a1) rows of the 2026 file; every row below is of a satker that no bench/matcher_eval_needs*.py holds
  (checked programmatically on the upper-cased satker name): UPPD units, KPH units, provincial Balai/UPTD/UPT
  (Bapelkes, Balai Pelatihan Koperasi, Balai Benih TPH, BPSB TPH, BPTPH, Balai Perbenihan Tanaman Hutan, Balai
  Penerapan Mutu Hasil Perikanan, Balai Kesehatan Olahraga Masyarakat, Laboratorium Kesehatan, Laboratorium Bahan
  Konstruksi, UPT Laboratorium Lingkungan, UPTD TPA Regional Banjarbakula, UPTD Krisis Kesehatan, UPTD PPA,
  Perikanan Budidaya Air Payau dan Laut Kotabaru) and province offices not used before (BPKAD, BPBD, BRIDA, Biro
  Hukum, Biro Administrasi Pimpinan, Dinas Kehutanan, Koperasi UKM, Perdagangan, Perindustrian, ESDM, DP3AKB).
  The file has no kabupaten/kota satker (it is the province's RUP).
* Ariq139/LPSE-Winner-Parser, `pkl.sql` (MySQL dump of SPSE tender announcements in DI Yogyakarta: ID, Nama Lelang,
  Tipe, Instansi, Pemenang), tables bantul, gunungkidul, jogjakota, jogjaprov, kulonprogo and sleman, rows whose
  Instansi is a regional government (Pemprov DIY and its ULP, Pemkab Bantul, Gunungkidul, Kulon Progo, Sleman, Pemkot
  Yogyakarta). blind4b used only the central-government and university rows of this dump.

No package name below (nor the source name it was made from) appears in bench/matcher_eval_needs.py or any
_blind*.py, including _blind7a.py and _blind7b.py (checked programmatically on names normalised to lowercase
alphanumerics). Kalsel rows were drawn at random per satker (seeded) from the rows of unused satker, leaving out
method Dikecualikan and tagihan, iuran, honorarium, pajak, asuransi, tenaga, perjalanan dinas, langganan and BBM rows,
then a second seeded draw of goods-like names from the same satker; DIY rows were drawn at random (seeded) from the
regional-government rows, mostly Pengadaan Barang, some works, consultancy and Jasa Lainnya kept as no-fit. Every row
is my own record made from one real package name, reworded lightly (other tahap, angkatan, edisi, paket and gedung
numbers, a year moved to the key's year, a few words added naming the room, field or occasion), the noise of the
original kept: typos ("InstalasiListrik", "Survilance", "EPEDEMI", "Biara" for Biaya, "Penestrasi",
"Perlatan", "Profesiensi", "Pned"), "Rp0,00" and single-letter suffixes (P) inside names, mojibake ("â"), double
spaces, ALL CAPS names, several items in one name. The Kalsel file has no jenis pengadaan, UKM/PDN status, volume
or specification: type is read from the name (b, jl, k, ks), method is the file's Metode Pemilihan (ep, pl, pn, t),
pagu is a few per cent off the real pagu, and rows are unflagged with no specification and no volume. The DIY dump
has tender names only: type is its Tipe (Pengadaan Barang b, Pekerjaan Konstruksi k, Jasa Konsultansi ks, Jasa
Lainnya jl; one construction name filed as Pengadaan Barang is kept as b), method t (s for consultancy), **the pagu
is the labeller's estimate** of a plausible value for a tender of that kind, volume only where the name states a
count (90.000 zak semen, one fire engine), no flags. Region codes: Kalsel province offices and Balai 63; UPT with a
known seat get its Kemendagri code (UPPD Banjarmasin I/II 63.71, Banjarbaru 63.72, Marabahan 63.04,
Barabai 63.07, Paringin 63.11; KPH Tanah Laut 63.01, KPH Cantung, Sengayam, Pulau Laut Sebuku and Perikanan Budidaya
Air Payau dan Laut Kotabaru 63.02; UPTD TPA Regional Banjarbakula 63.72); DIY: Pemprov 34, Kulon Progo 34.01, Bantul
34.02, Gunungkidul 34.03, Sleman 34.04, Kota Yogyakarta 34.71. Rows have exactly the format of
bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The grades were written by reading each
package name against the catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's
output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Selatan, SiRUP RUP paket penyedia TA 2025 (hikaridha/sirup-downloader,
# PAKET_RUP_KALSEL_2025.xlsx sheet "Penyedia"); rows of satker no needs file holds, never used by blind4a or blind5a.
KALSEL_RUP_2025 = """
63.72|UPTD PENGELOLAAN TEMPAT PEMROSESAN AKHIR SAMPAH DAN LIMBAH BAHAN BERBAHAYA DAN BERACUN REGIONAL BANJARBAKULA|Belanja Bahan-Bahan Lainnya Tahap II|b|ep|354169900|||||
63|BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH|Belanja Jasa Konversi Aplikasi/Sistem Informasi Aset|jl|pl|176800000|||||
63|BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya|b|ep|4704000|||||ATK:1 tisu:1 lampu_listrik/Stop_Kontak:1
63|BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH|Pemeliharaan Ruang Sub Bagian PKA dan Ruang Arsip|k|pn|240844800|||||material_bangunan:1
63|BADAN RISET DAN INOVASI DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas|b|ep|1200500|||||topi_atribut/Atribut:3 topi_atribut:1 id_card:1
63|BADAN RISET DAN INOVASI DAERAH|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan|jl|ep|28910000|||||dokumentasi:2 cetak_spanduk:1 cetak_brosur:1
63|BIRO ADMINISTRASI PIMPINAN|Belanja Makanan dan Minuman Jamuan Tamu|b|ep|6560100|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
63|BIRO ADMINISTRASI PIMPINAN|Belanja Natura dan Pakan-Natura|b|ep|112167000|||||nasi_box:2 prasmanan:2 snack_box:2 air_botol:1 air_gelas:1 kopi_teh_gula:1
63|BIRO ADMINISTRASI PIMPINAN|Belanja Pakaian Batik Tradisional|b|ep|49000000|||||batik_seragam:3 tenun_tradisional/Sasirangan:2 pdh:1
63|DINAS KOPERASI, USAHA KECIL DAN MENENGAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor|b|ep|8780200|||||tempat_sampah:2 alat_dapur:1 sapu:1 kain_pel:1 kipas_angin:1 lampu_listrik:1
63|BALAI PELATIHAN KESEHATAN|Belanja Makanan dan Minuman Pelatihan Manajemen Pelayanan Rawat Inap Bagi Kepala Unit / Ruang di Rumah Sakit Angkatan II|b|pl|37587500|||||MAMIN
63|BALAI PELATIHAN KESEHATAN|Pengadaan Pakaian Dinas Harian Pegawai|b|ep|27648000|||||DINAS
63|BALAI PELATIHAN KESEHATAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor Evaluasi Pasca Diklat|b|ep|279400|||||ATK
63|BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Bahan-Bahan Kimia|b|ep|57696000|||||reagen_tes:1 alat_lab/Gelas:1
63|UPTD PERLINDUNGAN PEREMPUAN DAN ANAK|Belanja Jasa Audit/Survilance ISO|jl|ep|43650000|||||
63.02|PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT KOTABARU|Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan|b|ep|10098000|||||benih_ikan:2 pakan_ikan:1
63.07|UPPD BARABAI|Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer|jl|pl|18980000|||||aksesori_komputer:1 pc_desktop:1
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik|b|ep|5475600|||||lampu_listrik:3 ups_listrik:1
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Modal Alat Komunikasi Telephone|b|ep|12480000|||||elektronik_rt/Handy:1 aksesori_komputer/Headset:1
63|DINAS KEHUTANAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (fotocopy/penggandaan) Bidang PDAS|b|pl|397400|||||fotokopi:3 cetak_blanko:1
63.72|UPPD BANJARBARU|Pemeliharaan Gedung Kantor Permanen 3 UPPD Banjarbaru|k|pl|171790100|||||material_bangunan:1 semen:1
63.02|KESATUAN PENGELOLAAN HUTAN CANTUNG|Belanja Modal Meja Kerja Pejabat|b|ep|1976000|||||meja_kantor/Pejabat:3 meja_kantor:2 meja_kantor/Lipat:1 meja_kantor/Komputer:1 meja_rapat:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya berupa proyektor dan sound sistem|b|ep|31040000|||||proyektor:3 sound_system:3 tv_display:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Jasa Konsultansi Perencanaan Arsitektur-Jasa Arsitektur Lainnya berupa Perencanaan Pemeliharaan  Bangunan Tahun 2025|ks|pl|15600000|||||
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Pengendalian OPT Tanaman Pangan|b|ep|15239000|||||KOMP
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Sub Kegiatan Pengawasan Mutu dan Peredaran Benih Hortikultura, Tanaman Pangan, dan Perkebunan|b|ep|51294000|||||KOMP
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Mebel Sub Kegiatan  Pengadaan Mebel|b|ep|65475000|||||MEBEL
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Sub Kegiatan Pengawasan Mutu dan Peredaran Benih Hortikultura, Tanaman Pangan, dan Perkebunan|b|ep|92538000|||||CETAK
63|BALAI KESEHATAN OLAHRAGA MASYARAKAT|Belanja Modal Alat Kesehatan Umum Lainnya|b|ep|9456800|||||alkes:2 kursi_roda:1 bed_pasien:1
63|BALAI KESEHATAN OLAHRAGA MASYARAKAT|Belanja Obat-Obatan-Obat-Obatan Lainnya|b|ep|42625100|||||obat:3 bmhp:1
63.04|UPPD MARABAHAN|Penyediaan Komponen InstalasiListrik/Penerangan Bangunan Kantor|b|ep|18992900|||||lampu_listrik:3
63.04|UPPD MARABAHAN|Belanja Makanan dan Minuman Aktivitas Lapangan|b|ep|190659000|||||nasi_box:3 nasi_box/Bungkus:3 snack_box:3 air_gelas:2 air_botol:2 prasmanan:1
63|DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA|Belanja Modal Alat Komunikasi Radio UHF P|b|ep|8320000|||||elektronik_rt/Handy:3
63|LABORATORIUM KESEHATAN|Pengadaan Alat Laboratorium Mobile Safety Food|b|ep|24149200|||||reagen_tes/Formalin:2 reagen_tes:1 alat_lab:1
63|LABORATORIUM KESEHATAN|Pengadaan Alat Ion Cromatography Analyzer|b|ep|3417000000|||||alat_lab:1
63|LABORATORIUM KESEHATAN|Pengadaan Video Wall Untuk Ruang Aula Lantai 2|b|ep|73500000|||||videotron/Indoor:2 tv_display:1
63|BALAI PERBENIHAN TANAMAN HUTAN|Bahan/Bibit Tanaman|b|ep|19600000|||||bibit_tanaman/Mahoni:2 bibit_tanaman:1 pupuk:1
63|BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Perbanyakan dan Pemeliharaan Tanaman Hortikultura (Sarana Produksi)|b|ep|615932700|||||pupuk:3 pestisida:3 biostarter:2 alat_tani:1 bibit_tanaman/Cabai:1
63|BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Alat Studio|b|ep|44100000|||||kamera_cctv/Mirrorless:2 sound_system:1
63|BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Penggandaan/Fotokopi Dokumen, Laporan, Surat-Surat Dinas dan Penjilidan|b|ep|7497000|||||fotokopi:3 cetak_buku:1
63|BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Perbanyakan dan Pemeliharaan Tanaman Hortikultura (Benih/Bibit)|b|ep|241405200|||||bibit_tanaman/Cabai:3 bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 bibit_tanaman:1 benih_pangan:1
63|BIRO HUKUM|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (P3)|b|ep|17468400|||||ATK
63|BIRO HUKUM|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata|b|ep|16320000|||||souvenir:3 plakat:2 tas_seminar:2 tenun_tradisional/Sasirangan:2 oleh_keripik/Amplang:1
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Belanja Modal Alat Kantor Lainnya|b|ep|24250000|||||elektronik_rt/Penghancur:1 lemari_arsip/Brankas:1 papan_nama/Papan_Tulis:1 mesin_fotokopi:1
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Penyediaan Barang Penggandaan|b|ep|21404500|||||fotokopi:3 cetak_blanko:1 cetak_buku:1
63|DINAS ENERGI DAN SUMBER DAYA MINERAL|Konsultansi Pengawasan Pekerjaan Pengadaan dan Pemasangan Instalasi Listrik untuk Rumah Tangga Miskin Tahap 2|ks|pl|33950000|||||
63|DINAS ENERGI DAN SUMBER DAYA MINERAL|Belanja Bantuan Sosial Barang yang Direncanakan kepada Keluarga|b|t|875500000|||||
63|DINAS PERINDUSTRIAN|Belanja Sewa Stand Pameran Kalsel Expo 2025|jl|pl|40800000|||||sewa_acara:1
63|DINAS PERINDUSTRIAN|Belanja Jasa Penyelenggaraan Acara Borneo Sasirangan & Craft Festival|jl|t|533500000|||||sewa_acara:2 dokumentasi:1 sound_system:1
63.11|UPPD PARINGIN|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin|jl|ep|2160000|||||service_ac:3 service_ac/Bongkar:1
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Makanan dan Minuman Sosialisasi Layanan Kemasan|b|ep|11950400|||||MAMIN
63|BALAI PENERAPAN MUTU HASIL PERIKANAN|Belanja Modal Alat Rumah Tangga Lainnya (Home Use)|b|ep|22660000|||||alat_dapur:3 elektronik_rt:2 kipas_angin:1
63|BALAI PENERAPAN MUTU HASIL PERIKANAN|Belanja Penambah Daya Tahan Tubuh|b|ep|82692500|||||susu:3 telur:2 pmt/Extra_Voeding:2 oleh_keripik/Madu:1 obat/Vitamin:1
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (konsolidasi)|b|ep|12267300|||||ATK
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor (P)|b|ep|165100|||||tempat_sampah:2 sapu:2 kain_pel:1
63.02|KESATUAN PENGELOLAAN HUTAN PULAU LAUT SEBUKU|Belanja Bahan-Bahan/Bibit Tanaman|b|ep|2182500|||||bibit_tanaman/Mahoni:3 bibit_tanaman/Durian:1 bibit_tanaman/Alpukat:1 bibit_tanaman/Kopi:1
63.02|KESATUAN PENGELOLAAN HUTAN PULAU LAUT SEBUKU|Belanja Modal Lemari dan Arsip Pejabat|b|ep|2550000|||||lemari_arsip:3 rak_buku:1
63.02|KESATUAN PENGELOLAAN HUTAN PULAU LAUT SEBUKU|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer (Usb/Flash Disk, Mouse Wireless/Mouse Kabel)|b|ep|441000|||||flashdisk/Flashdisk:3 flashdisk:1 aksesori_komputer/Mouse:3 aksesori_komputer:1
63.01|KESATUAN PENGELOLAAN HUTAN TANAH LAUT|Belanja Modal Peralatan Studio Video dan Film|b|ep|9700000|||||kamera_cctv/Mirrorless:2
63.71|UPPD BANJARMASIN I|Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pembersih|jl|ep|62400000|||||BERSIH:1
63|DINAS PERDAGANGAN|Belanja Sewa Alat Kantor Lainnya|jl|ep|35131200|||||mesin_fotokopi:1 printer:1
63|DINAS PERDAGANGAN|Belanja Jasa Penyelenggaraan Acara Pasar Murah|jl|ep|41600000|||||sewa_acara:2 dokumentasi:1
63|LABORATORIUM BAHAN KONSTRUKSI|Belanja Modal Alat Laboratorium Bahan Bangunan Konstruksi|b|ep|1048577000|||||alat_lab:1
63|UPT LABORATORIUM LINGKUNGAN|Belanja bahan kimia pembelian berupa Solvent|b|ep|41200000|||||
63.72|UPTD TEMPAT PEMROSESAN AKHIR SAMPAH REGIONAL BANJARBAKULA|Belanja Modal Alat Bengkel Bermesin Lainnya|b|ep|154500000|||||genset:1
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Peralatan Komputer Lainnya Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya|b|ep|21560000|||||printer:2 scanner:2 ups_listrik:2 flashdisk/Harddisk:2 jaringan:1 laptop:1 pc_desktop:1
63|LABORATORIUM KESEHATAN|Pengadaan Penambah Daya Tahan Tubuh Pegawai Laboratorium Kesehatan|b|ep|506880000|||||susu:3 telur:2 pmt/Extra_Voeding:2 oleh_keripik/Madu:1 obat/Vitamin:1
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Belanja Alat/bahan Untuk Kegiatan Kantor-Kertas Cover|b|ep|350700|||||kertas_foto/Karton:3 kertas_a4:1 kertas_f4:1
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Pakaian Olahraga|b|ep|38073000|||||kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover PPDPI|b|ep|4191200|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:2 kertas_foto:2
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Belanja Pakan Natura|b|ep|73728000|||||makanan_pasien/Asrama:2 prasmanan:2 nasi_box:2 snack_box:1
63|BALAI PERBENIHAN TANAMAN HUTAN|Lemari dan Arsip Pejabat|b|ep|10200000|||||lemari_arsip:3 rak_buku:1
63|BALAI PELATIHAN KESEHATAN|Penyediaan Barang Cetakan dan Penggandaan|b|pl|60164500|||||CETAK fotokopi:3
63.02|KESATUAN PENGELOLAAN HUTAN SENGAYAM|Belanja Makanan dan Minuman Rapat Rp0,00|b|ep|1404000|||||MAMIN
63|DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA|Belanja Pakaian Dinas Lapangan (PDL)|b|ep|20160000|||||pdh/PDL:3 pdh:2 sepatu/PDL:1 topi_atribut:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Bahan-Bahan/Bibit Tanaman Pengendalian OPT berupa Kaji Terap Hortikultura|b|ep|4996600|||||bibit_tanaman/Cabai:3 bibit_tanaman:1 benih_pangan:1
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Makanan dan Minuman Rapat|b|ep|275216000|||||MAMIN
63|DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA|Belanja Penghargaan atas Suatu Prestasi P|b|ep|1552000|||||trofi:2 plakat:2 cetak_blanko/Piagam:1
63|BALAI PELATIHAN KESEHATAN|Pengadaan Lemari|b|ep|14245500|||||lemari_arsip:2 kitchen_set/Lemari:1 bed_pasien/Lemari:1 rak_buku:1
63|DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA|Belanja Makanan dan Minuman Rapat (DAK)|b|ep|96365400|||||MAMIN
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Modal Alat Pemadam Kebakaran (P)|b|ep|42140000|||||apar:2 alat_tani/Sprayer:1 alsintan/Pompa:1
63|LABORATORIUM KESEHATAN|Pengadaan Makanan dan Minuman Rapat Kegiatan Akreditasi Laboratorium Kesehatan|b|ep|23900800|||||MAMIN
63|DINAS KEHUTANAN|Belanja Modal Peralatan Studio Gambar|b|ep|13706200|||||pc_desktop/Workstation:1 printer/A3:1
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Belanja Modal Alat Reproduksi|b|ep|335712000|||||mesin_fotokopi:3 printer:1
63.72|UPTD PENGELOLAAN TEMPAT PEMROSESAN AKHIR SAMPAH DAN LIMBAH BAHAN BERBAHAYA DAN BERACUN REGIONAL BANJARBAKULA|Belanja Modal Alat Timbangan/Biara|b|ep|6417400|||||alat_lab/Timbangan:1 alkes/Timbangan:1
63|BALAI PELATIHAN KESEHATAN|Pengadaan Kursi Roda|b|ep|5695500|||||kursi_roda:3 kursi_roda/Elektrik:2 kursi_roda/Kruk:1
63.01|KESATUAN PENGELOLAAN HUTAN TANAH LAUT|Belanja Modal Peralatan Studio Pemetaan/Peralatan Ukur Tanah|b|ep|7140000|||||
63|BALAI PELATIHAN KESEHATAN|Belanja Makanan dan Minuman Pengkajian Kebutuhan Pelatihan|b|pl|15866100|||||MAMIN
63|BALAI PELATIHAN KESEHATAN|Belanja Obat-Obatan-Obat-Obatan Lainnya Pelatihan Basic Trauma Cardiac Life Support (BTCLS) Angkatan II|b|pl|876800|||||bmhp:2 obat:2
63|DINAS KOPERASI, USAHA KECIL DAN MENENGAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Komputer|b|ep|192000|||||KOMP
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Modal Peralatan Komputer Lainnya (P)|b|ep|29120000|||||printer:2 scanner:2 ups_listrik:2 flashdisk/Harddisk:2 jaringan:1 laptop:1 pc_desktop:1
63|DINAS KEHUTANAN|Belanja Modal Komputer (Komputer Unit dan Peralatan Komputer)|b|ep|527823500|||||pc_desktop:3 laptop:3 printer:2 scanner:2 ups_listrik:1
63|BALAI KESEHATAN OLAHRAGA MASYARAKAT|Belanja Modal Peralatan Olahraga Lainnya|b|ep|282240000|||||alat_olahraga:2
63|BALAI PENERAPAN MUTU HASIL PERIKANAN|Belanja Modal Alat Laboratorium Kimia|b|ep|110725000|||||alat_lab:3
63|BALAI PERBENIHAN TANAMAN HUTAN|Alat Tulis Kantor|b|ep|8635400|||||ATK
63|BALAI PELATIHAN KESEHATAN|Belanja Makan Minum Pegawai Bapelkes|b|ep|79027200|||||prasmanan/Harian:3 nasi_box:2 snack_box:1 makanan_pasien:1
63|BALAI PENGAWASAN KETENAGAKERJAAN DAERAH WILAYAH II|Belanja Pakaian Dinas Harian (PDH)|b|ep|7200000|||||DINAS
63|LABORATORIUM KESEHATAN|Pengadaan Alat Kebersihan dan Bahan Pembersih Laboratorium Kesehatan|b|ep|104654700|||||BERSIH
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Modal Alat Penyimpan Perlengkapan Kantor|b|ep|12367500|||||lemari_arsip:3 rak_buku:2
63|BALAI PELATIHAN KESEHATAN|Penyediaan Cetakan Map Kedinasan|b|ep|14152500|||||cetak_blanko/Map:3 map_ordner/Logo:2 map_ordner:1
63|BALAI PENGELOLAAN SARANA DAN PRASARANA TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Meja Rapat Pejabat|b|ep|34560000|||||meja_rapat:3 meja_kantor/Pejabat:1 kursi_kantor/Rapat:1
63|DINAS PERDAGANGAN|Belanja Modal Kendaraan Bermotor Beroda Dua|b|ep|43155200|||||sepeda_motor:3
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Pengadaan Peralatan Komputer Lainnya berupa Pengadaan Tablet|b|ep|24720000|||||laptop/Chromebook:1 laptop:1
63|DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata P|b|ep|1746000|||||souvenir:3 plakat:2 tas_seminar:2 tenun_tradisional/Sasirangan:1
63.02|PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT KOTABARU|Belanja Modal Alat Produksi Perikanan|b|ep|4900000|||||sarana_ikan:2
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Penyediaan Peralatan Rumah Tangga|b|ep|4441000|||||alat_dapur:2 sapu:2 kain_pel:2 tempat_sampah:2 tisu:1 sabun_detergen:1
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Belanja Modal Peralatan Komputer Lainnya - PC Laptop Printer|b|ep|95060000|||||pc_desktop:3 laptop:3 printer:3
63|DINAS KEHUTANAN|Belanja Modal Perlengkapan Kebakaran Hutan|b|ep|500240000|||||apar:1 alsintan/Pompa:1 alat_tani/Sprayer:1 sar/Tenda:1
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor - Tisu|b|ep|3719100|||||tisu:3
63|BALAI PELATIHAN KESEHATAN|Pengadaan Televisi|b|ep|27705600|||||tv_display/Smart_TV:3 tv_display:1
63|DINAS KEHUTANAN|Belanja Modal Alat Pasca Panen|b|ep|122720000|||||alsintan/Thresher:1 alsintan:1
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Pakaian Siaga|b|ep|12875000|||||pdh/PDL:3 pdh:2 kaos/Rompi:2 topi_atribut:1 jas_hujan:1
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Modal Alat Pemadam Kebakaran (selang pemadam)|b|ep|12240000|||||apar:1 alsintan/Pompa:1
63|BALAI PELATIHAN KESEHATAN|Cetak Bulletin Balai Pelatihan Kesehatan Edisi II|b|ep|71928000|||||cetak_brosur/Booklet:3 cetak_buku:2 cetak_brosur:2
63|BALAI PENERAPAN MUTU HASIL PERIKANAN|Belanja Modal Alat Laboratorium Biologi Perairan|b|ep|11640000|||||alat_lab:2 alat_lab/Mikroskop:3
63|DINAS KEHUTANAN|Belanja Makanan dan Minuman Natura, Rapat dan Jamuan Tamu|b|ep|490672000|||||MAMIN
63|DINAS KEHUTANAN|Belanja Modal Alat Pengolahan Tanah dan Tanaman|b|ep|17654000|||||alsintan/Cultivator:3 alsintan/Traktor:2 alsintan:1 alat_tani:2
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Belanja Modal Kendaraan Beroda Dua|b|ep|60916800|||||sepeda_motor:3
63.71|UPPD BANJARMASIN II|Konsolidasi Belanja Makanan dan Minuman untuk Rapat dan Jamuan Tamu|b|ep|216535800|||||MAMIN
63|BIRO HUKUM|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer (P3)|b|ep|41960800|||||KOMP
63|LABORATORIUM KESEHATAN|Pengadaan Bahan Habis Pakai Pengujian Laboratorium Kesehatan|b|ep|3749759000|||||reagen_tes:2 bmhp:2 alat_lab/Gelas:1
63|BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH|Belanja Modal Kendaraan Bermotor Penumpang|b|ep|348840000|||||mobil/Innova:3 mobil:2 mobil/Golf:0
63|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Modal Alat Besar Apung Lainnya|b|ep|247200000|||||sar/Perahu:1
63|DINAS ENERGI DAN SUMBER DAYA MINERAL|Pengadaan dan Pemasangan Instalasi Listrik untuk Rumah Tangga Miskin di Kab. Kotabaru|k|pl|405562500|||||lampu_listrik/Kabel:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Modal Alat Laboratorium Pertanian berupa Refrigerator|b|ep|15680000|||||elektronik_rt/Kulkas:2 alat_lab:1
63|DINAS KEHUTANAN|Belanja Bahan/Bibit Tanaman|b|ep|46452000|||||bibit_tanaman/Mahoni:3 bibit_tanaman/Durian:2 bibit_tanaman/Alpukat:2 bibit_tanaman/Kopi:1 bibit_tanaman:1
63|BALAI PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Bahan-Bahan/Bibit Tanaman berupa Bahan Laboratorium PHP|b|ep|7488400|||||reagen_tes/Media:2 alat_lab/Gelas:1
63.02|PERIKANAN BUDIDAYA AIR PAYAU DAN LAUT KOTABARU|Belanja Modal Pompa|b|ep|980000|||||alsintan/Pompa:2
63|BALAI PENERAPAN MUTU HASIL PERIKANAN|Belanja Modal Alat Dapur|b|ep|9700000|||||alat_dapur:3 kitchen_set/Lemari:1
63|LABORATORIUM KESEHATAN|Pengadaan Baju Olahraga Laboratorium Kesehatan|b|ep|41600000|||||kaos/Olahraga:3 kaos:2
63|KESATUAN PENGELOLAAN HUTAN HULU SUNGAI|Belanja Natura dan Pakan-Natura (PL)|b|pl|4651200|||||nasi_box:2 snack_box:2 air_botol:1 air_gelas:1
63.02|KESATUAN PENGELOLAAN HUTAN PULAU LAUT SEBUKU|Belanja Modal Alat Pemadam Kebakaran (Mesin Pompa Pemadam Kebakaran, Jet Shooter/pompa gendong, Selang Pemadam Kebakaran)|b|ep|59280000|||||alsintan/Pompa:2 alat_tani/Hand_Sprayer:2 apar:1
63.72|UPTD PENGELOLAAN TEMPAT PEMROSESAN AKHIR SAMPAH DAN LIMBAH BAHAN BERBAHAYA DAN BERACUN REGIONAL BANJARBAKULA|Belanja Modal Alat Pendingin - AC Standing|b|ep|25500000|||||ac/Standing:3 ac:2
63|UPT LABORATORIUM LINGKUNGAN|Belanja Modal Alat Laboratorium Kualitas Udara berupa Alat Sampling Partikulat Emisi Sumber Tidak Bergerak dan High Volume Air Sampler.|b|ep|403200000|||||alat_lab:1
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover Sub Kegiatan Penilaian Kultivar SDG Tumbuhan dan Mikroorganisme|b|ep|42467700|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:2
63|BALAI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Bahan-Bahan/Bibit Tanaman (Benih/Bibit)|b|ep|37154000|||||benih_pangan:3 bibit_tanaman/Cabai:2 bibit_tanaman:1
63.02|KESATUAN PENGELOLAAN HUTAN PULAU LAUT SEBUKU|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Ballpoint Gel)|b|ep|116400|||||pulpen/Gel:3 pulpen:2
63|UPTD UNIT PELAYANAN KRISIS DAN EPEDEMI KESEHATAN|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - Kulkas Dispenser|b|ep|11985000|||||elektronik_rt/Kulkas:3 alat_dapur/Dispenser:3 elektronik_rt:1 alat_dapur:1
63|BALAI PELATIHAN KOPERASI DAN USAHA KECIL|Belanja Alat/bahan Kantor-Alat Listrik|b|ep|45155300|||||lampu_listrik:3
63|LABORATORIUM KESEHATAN|Pengadaan Bahan Uji Profesiensi Laboratorium Kimia Kesehatan|b|ep|100009700|||||reagen_tes:1
63|BALAI PERBENIHAN TANAMAN HUTAN|Belanja Modal Alat Rumah Tangga|b|ep|56650000|||||alat_dapur:2 elektronik_rt:2 ac:1 kipas_angin:1
63|LABORATORIUM KESEHATAN|Pengadaan Refrigerator 2 - 8 ° C Laboratorium Kesehatan|b|ep|117810000|||||elektronik_rt/Kulkas:1 alat_lab:1
63|UPT LABORATORIUM LINGKUNGAN|Belanja Bahan Kimia Pembelian Berupa Iddex|b|ep|77760000|||||reagen_tes/Media:2 reagen_tes:1
63.72|UPPD BANJARBARU|Belanja Natura dan Pakan-Natura dan Pakan Lainnya|b|ep|16484000|||||nasi_box:2 snack_box:2 air_botol:1 air_gelas:1
"""

# Daerah Istimewa Yogyakarta, SPSE tender announcements of regional-government buyers (Ariq139/LPSE-Winner-Parser,
# pkl.sql tables bantul, gunungkidul, jogjakota, jogjaprov, kulonprogo, sleman); blind4b used only the
# central-government and university rows. Pagu: the labeller's estimate (the dump has none).
DIY_SPSE = """
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|Pengadaan Peralatan Lab. Bahasa SMP (DAK SMP 2014)|b|t|640000000|||||aksesori_komputer/Headset:1 pc_desktop:1 alat_peraga/Komputer:1
34.04|PEMERINTAH DAERAH KABUPATEN SLEMAN|Pengadaan obat paket 4 (Lelang)|b|t|1150000000|||||obat:3 bmhp:1
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengadaan Bahan Untuk Perbanyakan Induk Unggul Lele di BAT Wonocatur dan Bejiharjo|b|t|245000000|||||benih_ikan/Lele:2 pakan_ikan:2 sarana_ikan:1
34.01|PEMERINTAH KABUPATEN KULON PROGO|Belanja Barang Fisik Lainnya untuk Diserahkan kepada Masyarakat (Pengembangan Budidaya Kambing Perah â Penambahan Target â Penambahan Anggaran)|b|t|415000000|||||ternak/Kambing:3 ternak/Domba:1 obat_hewan:1
34.04|PEMERINTAH KABUPATEN SLEMAN|Pengadaan aspal Penestrasi 60/70 dalam kemasan (drum)|b|t|1480000000|||||
34.71|PEMERINTAH DAERAH KOTA YOGYAKARTA|Belanja Modal Pengadaan Audio Visual Theatre|b|t|1750000000|||||sound_system:2 proyektor:2 tv_display:1 videotron:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Komputer, Printer dan Peripheral RS Jiwa Grhasia|b|t|920000000|||||pc_desktop:3 printer:3 laptop:2 aksesori_komputer:2 ups_listrik:2 scanner:1
34.04|PEMERINTAH DAERAH KABUPATEN SLEMAN|Pengadaan MCB, Kabel, Kapasitor dan Ignitor PJU|b|t|345000000|||||lampu_listrik/Kabel:2 lampu_listrik:1
34.03|PEMERINTAH DAERAH KABUPATEN GUNUNG KIDUL|Pengadaan Buku Koleksi Perpustakaan SD  dari dana DAK SILVA SD|b|t|520000000|||||buku_bacaan/Anak:3 buku_bacaan:2 buku_bacaan/Teks:1
34.04|PEMERINTAH KABUPATEN SLEMAN|Paket Demfarm Budidaya Nila di Kolam|b|t|290000000|||||benih_ikan/Nila:3 pakan_ikan:3 sarana_ikan/Kolam:2 sarana_ikan/Aerator:2 benih_ikan:1
34.04|PEMERINTAH KABUPATEN SLEMAN|PENGADAAN KENDARAAN BERMOTOR RODA 3|b|t|410000000|||||sepeda_motor:1
34.01|PEMERINTAH KABUPATEN KULON PROGO|Belanja Barang Fisik Lainnya untuk Diserahkan kepada Masyarakat - Pengadaan Ternak Sapi Potong|b|t|1380000000|||||ternak/Sapi:3 ternak:1 obat_hewan:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Bibit dan Ajir Kegiatan Rehabilitasi Hutan Konservasi|b|t|355000000|||||bibit_tanaman/Mahoni:3 bibit_tanaman/Durian:1 bibit_tanaman/Alpukat:1
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengadaan Pakaian Dinas dan Atributnya pada Sekretariat DPRD DIY Tahun 2014|b|t|790000000|||||DINAS topi_atribut/Atribut:3
34.01|PEMERINTAH KABUPATEN KULON PROGO|Pengadaan Alat Peraga dan Praktik Siswa (SMP Negeri)  berupa Alat Peraga IPA, IPS, Matematika dan Pendidikan Jasmani Olah Raga dan Kesehatan|b|t|1520000000|||||alat_peraga:2 alat_peraga/Torso:3 alat_peraga/Globe:3 alat_olahraga:2
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Bahan Percontohan Sarana Pelayanan dan Sarana KIE|b|t|255000000|||||cetak_brosur:1 alkes:1
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Pakaian Dinas beserta Kelengkapannya|b|t|610000000|||||DINAS topi_atribut/Atribut:3
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|BELANJA SERAGAM SATLINMAS BESERTA PERLENGKAPANNYA|b|t|715000000|||||pdh/PDL:3 pdh:2 topi_atribut:2 sepatu/PDL:2 jas_hujan:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Susu Cair|b|t|395000000|||||susu/UHT:3 susu:1 pmt/Extra_Voeding:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Sarana Prasarana, Peralatan dan Inventaris kantor BBI dalam Rangka Optimalisasi Unit Prosesing Benih|b|t|505000000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 alsintan/Thresher:1
34.01|PEMERINTAH KABUPATEN KULON PROGO|Belanja Barang yang akan diserahkan Kepada Masyarakat (Pengadaan Terpal, Jaring Keramba, Bibit dan Pakan Ikan)|b|t|460000000|||||sarana_ikan/Kolam_Terpal:3 sarana_ikan/Jaring:3 benih_ikan:3 pakan_ikan:3
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Perlatan pendukung pengolahan sampah di IPST Kecamatan Ngawen dan Semin Kab. Gunung Kidul Lokasi Kabupaten Gunung Kidul|b|t|390000000|||||tempat_sampah/Gerobak:2 alsintan/Pencacah:2 tempat_sampah:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|PENGADAAN TANAMAN BUAH|b|t|305000000|||||bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:3 bibit_tanaman:1
34.04|UNIT LAYANAN PENGADAAN KABUPATEN SLEMAN|Belanja Modal Pengadaan Alat AMP|b|t|2100000000|||||alat_berat:1
34.04|PEMERINTAH KABUPATEN SLEMAN|Pengadaan Genset|b|t|385000000|||||genset:3
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Belanja Bahan/Bibit Tanaman|b|t|245000000|||||bibit_tanaman:2 benih_pangan:1
34.04|PEMERINTAH KABUPATEN SLEMAN|Pengadaan Printer dan Scanner|b|t|310000000|||||printer:3 scanner:3
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|PENGADAAN MATERIAL SUMUR PERESAPAN AIR HUJAN|b|t|590000000|||||material_bangunan/Sumur:3 material_bangunan/Pipa:2 semen:2 material_bangunan:1
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|BELANJA PENGADAAN SEPATU DAN KOPEL RIM SAT. LINMAS|b|t|245000000|||||sepatu/PDL:3 sepatu/PDH:2 sepatu:1 topi_atribut:1
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|Pengadaan saprodi Untuk Teknologi Bioflok|b|t|295000000|||||sarana_ikan/Kolam:3 sarana_ikan/Aerator:3 pakan_ikan:3 benih_ikan/Lele:3 benih_ikan:2 biostarter:2
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Reagen / Bahan Kimia|b|t|810000000|||||reagen_tes:2 reagen_tes/Hematologi:2
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Peralatan Sound System|b|t|405000000|||||sound_system:3 sewa_acara/Sound:0
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Bibit Tanaman Untuk Rehabilitasi Lahan / Ekosistem Gunung - DIY|b|t|430000000|||||bibit_tanaman/Mahoni:3 bibit_tanaman/Durian:1 bibit_tanaman/Alpukat:1 bibit_tanaman/Kopi:1
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Mobil Pemadam Kebakaran|b|t|3150000000|1|unit|||kendaraan_khusus/Pemadam:3 kendaraan_khusus:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Alat Kedokteran|b|t|1450000000|||||alkes:2 bed_pasien:1 meja_operasi:1
34.04|UNIT LAYANAN PENGADAAN KABUPATEN SLEMAN|Pengadaan Bibit Tanaman Hias|b|t|255000000|||||bibit_tanaman/Tanaman_Hias:3 bibit_tanaman:1
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengadaan Mesin Aktivasi / Top Up EDC|b|t|495000000|||||
34.04|PEMERINTAH KABUPATEN SLEMAN|Pengadaan AC (Air Conditioner)|b|t|405000000|||||ac:3 ac/Standing:2
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pekerjaan konstruksi Pembangunan gedung perpustakaan (Tahap 2)|b|t|2350000000|||||semen:1 material_bangunan:1
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Komputer PC|b|t|505000000|||||pc_desktop:3 laptop:1
34.02|PEMERINTAH KABUPATEN BANTUL|Pengadaan Alat-alat Kedokteran Umum(Alat Puskesmas Pned)|b|t|790000000|||||alkes:3 bed_pasien:2 kursi_roda:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Pengadaan Belanja ATK|b|t|295000000|||||ATK
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|Pengadaan Obat dan Perbekalan Kesehatan (DAK)|b|t|1950000000|||||obat:3 bmhp:3
34.01|PEMERINTAH KABUPATEN KULON PROGO|Pengadaan Alat dan Mesin Pertanian|b|t|1480000000|||||alsintan:3 alat_tani:2
34.01|PEMERINTAH DAERAH KABUPATEN KULON PROGO|Belanja Modal Aset Tetap Lainnya - Pengadaan Buku Ilmu Pengetahuan Umum, Pengadaan Koleksi Perpustakaan Paket C|b|t|390000000|||||buku_bacaan:3 buku_bacaan/Teks:1
34.04|PEMERINTAH KABUPATEN SLEMAN|Pengadaan Perangkat Wireless pada Kegiatan Perbaikan online sistem desa|b|t|305000000|||||jaringan/Access_Point:3 jaringan:2
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengadaan Bahan Makanan BPRSW|b|t|590000000|||||PANGAN makanan_pasien:1
34.04|UNIT LAYANAN PENGADAAN KABUPATEN SLEMAN|Pengadaan alat mesin perkebunan|b|t|495000000|||||alsintan:2 alat_tani:2
34.71|PEMERINTAH DAERAH KOTA YOGYAKARTA|Belanja Modal Pengadaan Komputer|b|t|780000000|||||pc_desktop:3 laptop:3
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Belanja Modal Pengadaan Rak Gudang|b|t|255000000|||||rak_buku:1 lemari_arsip/Rak_Arsip:1
34.02|UNIT LAYANAN PENGADAAN PEMERINTAH KABUPATEN BANTUL|Belanja Modal Pengadaan Buku Perpustakaan|b|t|410000000|||||buku_bacaan:3
34.03|PEMERINTAH KABUPATEN GUNUNGKIDUL|Pengadaan Semen sebanyak 90.000 zak|b|t|5750000000|90000|sak|||semen:3
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Belanja Hibah Barang/Jasa yang Diserahkan Kepada Masyarakat/Pihak Ketiga (Bantuan Sarana Penangkapan Ikan)|b|t|985000000|||||sarana_ikan/Jaring:2 sarana_ikan/Cool_Box:2 sar/Pelampung:1
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengawasan Teknik Rehabilitasi/Pemeliharaan Ruas Jalan Sentolo - Brosot - Toyan|ks|s|240000000|||||
34.04|UNIT LAYANAN PENGADAAN KABUPATEN SLEMAN|Pengadaan dan Pemasangan LPJU dan Meterisasi (Tridadi)|k|t|450000000|||||lampu_listrik/PJU:2 lampu_listrik/Kabel:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pembinaan dan Pengembangan Museum (Konstruksi Museum Wayang Kekayon)|k|t|2800000000|||||
34.71|PEMERINTAH DAERAH KOTA YOGYAKARTA|Pengangkutan Sampah Kawasan Malioboro|jl|t|870000000|||||tempat_sampah:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Penyediaan Jasa Konsumsi Peserta dan Panitia Diklat Kepemimpinan Tingkat IV Angkatan 1 Sampai Dengan Angkatan 4 di Badan Diklat Daerah Istimewa Yogyakarta|jl|t|1150000000|||||prasmanan:3 nasi_box:3 snack_box:3 makanan_pasien/Asrama:2 air_botol:1 air_gelas:1
34.04|PEMERINTAH DAERAH KABUPATEN SLEMAN|Belanja Bahan Makanan Pasien (Makanan Siap Saji Pasien) Tahap III|jl|t|940000000|||||makanan_pasien/Pasien:3 makanan_pasien:1 nasi_box:1
34|PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Blangko Surat Ketetapan Pajak Daerah (SKPD) KPPD Provinsi DIY Di kabupaten Bantul TA 2014|jl|t|265000000|||||cetak_blanko:3 cetak_blanko/Kop:1 kertas_f4:1
34|PEMERINTAH DAERAH PROVINSI D. I. YOGYAKARTA|Pengadaan Jasa Keamanan Kantor BKD DIY|jl|t|480000000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); no key starts with "inaproc": all needs are APBD (regional government).
    "b8a1": (
        "Provinsi Kalimantan Selatan SiRUP RUP paket penyedia 2025, FALLBACK: rows never used of a repository earlier sets used (hikaridha/sirup-downloader)",
        2025,
        False,
        KALSEL_RUP_2025,
    ),
    "b8a2": (
        "Daerah Istimewa Yogyakarta SPSE tender announcements of Pemda, APBD, FALLBACK: rows never used of a repository earlier sets used (Ariq139/LPSE-Winner-Parser)",
        2014,
        False,
        DIY_SPSE,
    ),
}
