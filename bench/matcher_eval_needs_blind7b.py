# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind7b, a seventh held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind7b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json`, read from the fetched snapshot; fields Nama Instansi,
Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana, Total Nilai). Only APBN rows of satker
that no earlier needs file uses, seated in Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten, Bali, Kalimantan Barat,
Kalimantan Tengah, Kalimantan Selatan and Lampung (Polri and TNI units and their hospitals, courts, Kemenimipas
lapas/rutan/kantor imigrasi, Kejaksaan, BPN offices, BPOM, Badan Karantina, BMKG stations, KKP and Kementan balai,
universities, politeknik and madrasah, Kemenag offices, Kemenhub and PU balai and satker, BNN, BKKBN, BPK and BPKP,
KPU, Sentra of Kemensos). blogramadhan/bun-tarik-data was left to the parallel labeller (blind7a).

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics), and no two rows share a name. Names with a difflib ratio of 0.88 or
more to an earlier name of the same goods were dropped. Every row is my own record made from one real package name,
reworded lightly (other tahap, lokasi, polsek, kategori, ruas, desa and kecamatan, room, school and kabupaten names
or numbers, e.g. "Tahap I" -> "Tahap II", "POLSEK LAWANG" -> "POLSEK SINGOSARI", "[13 ORG x 342 HR]" -> "[14 ORG x
335 HR]", "MIN 6 Jembrana" -> "MIN 3 Jembrana"), the noise of the original kept: ALL CAPS, typos ("Pemiliharaan",
"Tungal", "PEMELIHARAN", "Kalimanan", "Persedian", "Out sourching", "KONTRUKSI", "Meubelair",
"BarangTerlarang"), MAK codes ("CS.7971.BAH.003.052.0A.521811", "PDD.001.053.A", "3165.QIA.002.055.A", "6413.BAH.001.
052"), a leading ",", "[ ... ]" counts, double spaces, several items in one name. The pagu is 1-4.5% above the
export's realisation value (Total Nilai). Type and method are the export's Jenis and Metode Pengadaan ("Pengadaan
Barang" read as barang). No row is flagged (the export has no UMK/PDN
status). The volume is set only where the name states a count in the catalog's unit (92 stel, 4 unit). Region
codes are the Kemendagri codes of the satker's seat (province code alone for provincial offices: Kanwil, Polda
directorates, BPTD, Balai Karantina, BPKP/BPK/BKKBN representatives, provincial KPU, SNVT/PJN satker). Rows have
exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The grades were
written by reading each package name against the catalog's kinds (bench/matcher_eval_catalog.py), before and
without any ranking system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Vertical offices of kementerian/lembaga in Jawa Tengah and DI Yogyakarta, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
JATENG_DIY = """
33|03 KANWIL JAWA TENGAH KI|Pengadaan Belanja Bahan (ATK, Backdrop/Spanduk/Banner, Seminar Kit, Penggandaan dan Penjilidan) Kegiatan Mendorong Daya Saing Produk Unggulan Pada Kantor Wilayah Kementerian Hukum Jawa Tengah Tahun Anggaran 2026|b|pl|3228200|||||ATK cetak_spanduk:3 tas_seminar/Seminar_Kit:3 fotokopi:3
33|03 KANWIL JAWA TENGAH SETJEN|Pengadaan Belanja Bahan (Konsumsi Kudapan dan Konsumsi Makan) Kegiatan Pelantikan Sumpah Jabatan Pada Kantor Wilayah Kementerian Hukum Jawa Tengah Tahun Anggaran 2026|b|pl|4179400|||||MAMIN
33|BALAI KONSERVASI SUMBER DAYA ALAM JAWA TENGAH|Belanja Modal Peralatan dan Mesin|b|ep|17202000|||||laptop:1 pc_desktop:1 printer:1
33|BALAI PENGELOLA TRANSPORTASI DARAT JAWA TENGAH|PENGADAAN DAN PEMASANGAN APJ KONVENSIONAL RUAS JALAN NASIONAL KAB REMBANG|b|ep|1521918000|||||lampu_listrik/PJU:2 lampu_listrik:1
33|KANTOR WILAYAH KEMENTERIAN HUKUM JAWA TENGAH|Pengadaan Belanja Sewa (Billboard/Videotron) Kegiatan Penyebarluasan Informasi Kekayaan Intelektual Pada Kantor Wilayah Kementerian Hukum Jawa Tengah Tahun Anggaran 2026|jl|ep|66256000|||||videotron:1 cetak_spanduk/Baliho:1
33|KPU PROVINSI JAWA TENGAH|Pakaian Dinas PDH dan PDL|jl|ep|133567000|||||pdh:3 pdh/PDL:3
33|PELAKSANAAN JALAN NASIONAL WILAYAH III PROVINSI JAWA TENGAH|PENGADAAN RANGKA BANGUNAN ATAS JEMBATAN GANTUNG KALIGESING|b|ep|2791380000|||||material_bangunan/Besi:1
33|STASIUN KLIMATOLOGI JAWA TENGAH|Suku Cadang Peralatan Rekayasa Aloptama Klimatologi di Provinsi Jawa Tengah|b|ep|4004900|||||
33.01|DISTRIK NAVIGASI CILACAP|Pengadaan Barang Bahan Suku Cadang Untuk Pemeliharaan SBNP|b|pl|153648000|||||
33.01|KANTOR IMIGRASI KELAS I TPI CILACAP|Pengadaan Seragam PNS, PPNPN dan PPPK pada Kantor Imigrasi Kelas I TPI Cilacap TA 2026|b|ep|140076000|||||DINAS
33.01|KANTOR KEMENTERIAN AGAMA KAB. CILACAP|Belanja Sewa Seksi PD. Pontren|jl|ep|8190600|||||sewa_acara:1
33.01|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS II CILACAP|Pengadaan dan Pemasangan CCTV|jl|pl|195294000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:3 kamera_cctv:2
33.01|KEJAKSAAN NEGERI CILACAP|Pengadaan Seragam Tenaga Pramubhakti, Petugas PTSP, Pengemudi, Satpam, dan Cleaning Service Kejaksaan Negeri Cilacap|b|ep|14936000|||||pdh:3 kaos/Polo:2 pdh/PDL:2 topi_atribut:1
33.01|PAS13 LAPAS KELAS I BATU NUSAKAMBANGAN|Pengadaan Penyediaan makanan/minuman bagi petugas jaga malam pada  Lembaga Pemasyarakatan Kelas I Batu  Nusakambangan - Jawa Tengah  Tahun Anggaran 2026|b|pl|7543300|||||nasi_box:3 snack_box:2 nasi_box/Bungkus:3 kopi_teh_gula:1
33.01|POLRESTA CILACAP|PENGADAAN ATK PELAYANAN SKCK DAN PERIJINAN POLRESTA CILACAP T.A. 2026|b|ep|122558000|||||ATK kertas_foto:2
33.02|BAPAS KELAS II PURWOKERTO|Pengadaan Sewa Kendaraan Operasional Bapas Purwokerto|jl|ep|56309000|||||mobil:1
33.02|UNIVERSITAS JENDERAL SOEDIRMAN|Pengadaan Meubelair Ruang Aula Lantai 2  Gedung C Fakultas Peternakan|b|ep|38843000|||||kursi_lipat:3 meja_rapat:2 MEBEL:2 sofa:1
33.05|MADRASAH TSANAWIYAH NEGERI 3 KEBUMEN KAB. KEBUMEN|Pengadaan Sewa Komputer MTsN 2 Kebumen|jl|ep|101675000|||||pc_desktop:1 laptop:1
33.05|RUMAH TAHANAN NEGARA KELAS IIB KEBUMEN|Pengadaan Perlengkapan Makan Minum untuk kegiatan pemenuhan kebutuhan Warga Binaan Pemasyarakatan Pada Rumah Tahanan Negara Kelas IIB Kebumen - Jawa Tengah Tahun Anggaran 2026|b|ep|8769100|||||alat_dapur/Set_Peralatan_Makan:3 alat_dapur:1
33.06|POLRES PURWOREJO POLDA JATENG|PEMELIHARAN DAN PERAWATAN PC/LAPTOP POLRES PURWOREJO TAHUN ANGGARAN 2026|jl|pl|157151000|||||
33.06|RUTAN KELAS II B PURWOREJO|Pengadaan Peralatan Makan Minum Bagi Warga Binaan Pemasyarakatan pada Rumah Tahanan Negara Kelas IIB Purworejo - Jawa Tengah Tahun Anggaran 2026|b|ep|19250000|||||alat_dapur/Set_Peralatan_Makan:3 alat_dapur:1
33.07|KANTOR IMIGRASI KELAS II NON TPI WONOSOBO|Pengadaan Mobil Unit Penerangan Darat Kegiatan Layanan Sarana Internal Kendaraan Bermotor pada Kantor Imigrasi Kelas II Non TPI Wonosobo Jawa Tengah Tahun Anggaran 2026|b|ep|369757000|||||kendaraan_khusus/Penerangan:3 mobil:1 kendaraan_khusus:1
33.08|PENGADILAN AGAMA MAGELANG|Pengadaan Mebeler CPNS|b|ep|15280000|||||meja_kantor:3 kursi_kantor:3 lemari_arsip:2
33.08|POLITEKNIK PEMBANGUNAN PERTANIAN (POLBANGTAN)YOGYAKARTA - MAGELANG KAMPUS MAGELANG|Konsumsi kegiatan PENAS|jl|ep|185576000|||||MAMIN prasmanan:3
33.11|KANTOR PERTANAHAN KAB. SUKOHARJO|Pengadaan ATK dan Bahan Penunjang Komputer|b|ep|15180000|||||ATK KOMP
33.18|PENGADILAN AGAMA PATI|Pengadaan AC Split|b|ep|27589000|||||ac:3 ac/Standing:1 service_ac:1
33.18|SENTRA "MARGO LARAS" DI PATI|Alat Bantu Aksesibilitas Penyandang Disabilitas|b|ep|157843000|||||kursi_roda:3 kursi_roda/Kruk:3 kursi_roda/Elektrik:2
33.20|BALAI BESAR PERIKANAN BUDIDAYA AIR PAYAU JEPARA|Pengadaan Pakan Komersial Bantuan Benih Udang|b|ep|262062000|||||pakan_ikan/Udang:3 pakan_ikan:2
33.20|KANTOR PERTANAHAN KAB. JEPARA|Penyelenggaraan Perpustakaan /Kearsipan/Dokumentasi|b|ep|58804000|||||map_ordner/Box_Arsip:1 map_ordner:1 lemari_arsip:1
33.20|KEJAKSAAN NEGERI JEPARA|PENGADAAN TENAGA CLEANING SERVICE, PRAMUBAKTI, SOPIR, PTSP, DAN PENGAWAS KEJAKSAAN NEGERI JEPARA|jl|ep|497869000|||||
33.20|PAS13 RUTAN KELAS II B JEPARA|Pengadaan Kebutuhan Obat-Obatan bagi Warga Binaan Pemasyarakatan pada Rumah Tahanan Negara Kelas IIB Jepara-Jawa Tengah Tahun Anggaran 2026|b|pl|34146000|||||obat:3 bmhp:1
33.22|BALAI BESAR PENERAPAN MODERNISASI PERTANIAN JAWA TENGAH|Belanja Sewa kegiatan UPBS Padi|jl|pl|397267000|||||alsintan:1
33.22|KANTOR PERTANAHAN KAB. SEMARANG|Seragam Pegawai (M)|b|ep|79378000|||||DINAS
33.24|PAS13 LAPAS TERBUKA KELAS II B KENDAL|Pengadaan Barang Perlengkapan Mandi bagi Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan Terbuka Kelas II B Kendal Jawa Tengah Tahun Anggaran 2026|b|pl|234400|||||alat_mandi:3 alat_mandi/Handuk:2 sabun_detergen/Sabun_Cuci_Tangan:1 sabun_detergen:1
33.27|KANTOR PERTANAHAN KAB. PEMALANG|Sewa Parfum (PT. Calmic)|b|ep|15041000|||||pengharum/Matic:1 pengharum:1
33.28|PENGADILAN NEGERI KABUPATEN TEGAL DI SLAWI|Mobile File|b|ep|56993000|||||lemari_arsip/Roll:3 lemari_arsip:1
33.29|MADRASAH ALIYAH NEGERI 2 BREBES KAB. BREBES|SMART TV|b|ep|228695000|||||tv_display/Smart_TV:3 tv_display/Interactive:2 tv_display:1
33.71|PENGADILAN NEGERI MAGELANG|Pengadaan Kursi dan Meja CPNS|b|ep|10361500|||||meja_kantor:3 kursi_kantor:3
33.72|BALAI POM DI SURAKARTA|HPLC|b|ep|1024934000|||||alat_lab:1
33.72|KANTOR IMIGRASI KELAS I TPI SURAKARTA|Pengadaan Belanja Modal Peralatan dan Mesin Berupa Kendaraan Bermotor Kegiatan Layanan Sarana Internal Pada Kantor Imigrasi Kelas I TPI Surakarta - Jawa Tengah TA 2026|b|ep|596233000|||||sepeda_motor:2 mobil:2
33.72|OPERASI DAN PEMELIHARAAN SUMBER DAYA AIR BENGAWAN SOLO|Pemeliharaan Berkala Sungai Avour Kening Desa Tlogowaru, Kec. Kerek, Kab. Tuban|b|ep|355834000|||||
33.72|SENTRA TERPADU "PROF. DR. SOEHARSO" DI SURAKARTA|Pengadaan Bantuan Sosial Paket ATENSI bagi PPKS ODHIV di Kabupaten Sukoharjo berupa pemenuhan hidup layak dan bantuan kewirausahaan|b|ep|53491000|||||sembako:2 peralatan_usaha:2 susu:1
33.73|KANTOR PERTANAHAN KOTA SALATIGA|6413.BAH.001. 052 Bahan Habis Pakai Lapangan|b|ep|2433600|||||kaos/Rompi:1 apd_kerja:1 ATK:1
33.74|BALAI BESAR PENGAWAS OBAT DAN MAKANAN SEMARANG|Media Mikro Pengujian Laboratorium Sampel Obat (RM)|b|ep|130585000|||||reagen_tes/Media:3 reagen_tes:1
33.74|BALAI BESAR POM DI SEMARANG|Pengadaan Sampel Pangan Fortifikasi dan Perlengkapan|b|pl|495500|||||minyak_goreng:1 beras:1
33.74|BALAI PENDIDIKAN DAN PELATIHAN HUKUM JAWA TENGAH|Pengadaan  Jasa Alih Daya ( Out sourching) pada Balai Pendidikan dan Pelatihan Hukum Jawa Tengah Tahun Anggaran 2026|jl|ep|758525000|||||
33.74|BALAI TEKNIK PERKERETAAPIAN KELAS I SEMARANG|Pengadaan Laptop|b|ep|96783000|||||laptop:3 tas_laptop:0
33.74|KANTOR IMIGRASI KELAS I KHUSUS TPI SEMARANG|Pengadaan Tinta/Toner kegiatan Operasional dan Pemeliharan kantor pada Kantor Imigrasi Kelas I Khusus TPI Semarang Jawa Tengah Tahun Anggaran 2026|b|ep|96125000|||||tinta_printer:3 toner:3
33.74|KANTOR KEMENTERIAN AGAMA KOTA SEMARANG|Pengadaan Buku Bimwin Bimbingan Perkawinan Kementerian Agama Kota Semarang|b|ep|50433000|||||cetak_buku:3 cetak_buku/ISBN:2 buku_bacaan:1
33.74|MADRASAH TSANAWIYAH NEGERI 2 KOTA SEMARANG KOTA SEMARANG|Pengadaan Peralatan dan Mesin MTsN 02 Kota Semarang|b|ep|114837000|||||laptop:1 pc_desktop:1 proyektor:1 printer:1 ac:1
33.74|PAS13 LAPAS KELAS I SEMARANG|Perbaikan Struktur Bangunan Tembok Keliling Dalam Pada Lembaga Pemasyarakatan Kelas I Semarang - Jawa Tengah Tahun Anggaran 2026|k|pl|340609000|||||material_bangunan:1
33.74|RUMAH DETENSI IMIGRASI SEMARANG|Pengadaan Peralatan dan Fasilitas Perkantoran Berupa Mesin Cuci (Untuk Deteni), Mesin Pengering Pakaian (Untuk Deteni) dan Coffee Maker Layanan Sarana Internal pada Rudenim Semarang Jawa Tengah TA 2026|b|ep|64458000|||||elektronik_rt/Mesin_Cuci:3 alat_dapur:1 elektronik_rt:1
33.74|RUMKIT BHAYANGKARA SEMARANG|PENGADAAN OBAT-OBATAN SUMBER ANGGARAN BLU RUMKIT BHAYANGKARA SEMARANG TA. 2026|b|ep|18930000|||||obat:3 bmhp:1
33.75|UNIVERSITAS ISLAM NEGERI K.H. ABDURRAHMAN WAHID PEKALONGAN|BERLANGGANAN DATABASE PROQUEST RESEARCH LIBRARY|jl|ep|111428000|||||
33.76|POLITEKNIK KESELAMATAN TRANSPORTASI JALAN|Belanja Barang berupa Layanan Laundry Taruna|jl|ep|592998000|||||laundry:3 laundry/Linen:1
34|BALAI PENGELOLA TRANSPORTASI DARAT YOGYAKARTA|Pengadaan dan Pemasangan Rambu Lalu Lintas Jalan Uk 75cm x 75cm - Daerah Rawan|b|ep|69250000|||||rambu/Rambu_Lalu_Lintas:2 rambu:1
34|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH V YOGYAKARTA|Kamera PTZ|b|ep|9405100|||||kamera_cctv/PTZ:3 kamera_cctv:1
34|PELAKSANAAN JALAN NASIONAL WILAYAH PROVINSI D.I. YOGYAKARTA|PRESERVASI JALAN PRAMBANAN-KALASAN-YOGYAKARTA-TEMPEL|k|ep|23324771000|||||material_bangunan:1
34|PERWAKILAN BPKP D.I. YOGYAKARTA|Scanner|b|ep|7129000|||||scanner:3
34.04|POLRESTA SLEMAN|PENGADAAN MAKAN TAHANAN POLRESTA SLEMAN T.A. 2026|jl|ep|441101000|||||makanan_pasien/Warga_Binaan:3 nasi_box/Bungkus:2
34.04|SEKOLAH TINGGI PERTANAHAN NASIONAL YOGYAKARTA|Belanja Seragam KKNP DIY-Jatim|b|ep|211062000|||||kaos:2 pdh/PDL:2 topi_atribut:1 kaos/Rompi:2
34.71|BALAI BESAR PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI YOGYAKARTA|Belanja Alat Pengolah Data berupa Kamera dan Mic Wireless|b|ep|26488000|||||kamera_cctv/Mirrorless:3 sound_system/Mic_Wireless:3 kamera_cctv:1 sound_system:1
34.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN YOGYAKARTA|Pengadaan Media Mikro Sampel Obat, Obat Bahan Alam, Kosmetik dan Suplemen Kesehatan Balai Besar POM di Yogyakarta TA 2026|b|ep|54249000|||||reagen_tes/Media:3 reagen_tes:1 alat_lab/Gelas:1
34.71|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA YOGYAKARTA|Pengadaan Konsumsi Diklat Peningkatan Keterampilan SDM|jl|ep|58550000|||||MAMIN prasmanan:3 prasmanan/Fullday:3
"""

# Vertical offices of kementerian/lembaga in Jawa Timur, TA 2026 (agitkasep/inaprocdata, the same exports; FALLBACK).
JATIM = """
35|BALAI KARANTINA HEWAN|Pengadaan Bahan Laboratorium Karantina Hewan|b|ep|33021000|||||reagen_tes:1 reagen_tes/Media:2 bmhp:1
35|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) JAWA TIMUR|Kendaraan P4MI Situbondo|jl|ep|75893000|||||mobil:1
35|BALAI PENGELOLA TRANSPORTASI DARAT JAWA TIMUR|Pengadaan CCTV beserta Peralatan penunjangnya di TTA Tanjung Perak|b|ep|6724200|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:3 kamera_cctv:2
35|DINAS KOPERASI DAN UKM PROVINSI JAWA TIMUR|Belanja Makanan dan Minuman Dukungan Pelaksanaan Dekonsentrasi|b|ep|3509000|||||MAMIN
35|DITPAMOBVIT POLDA JAWA TIMUR|PENGADAAN SARANA KONTAK HIMBAUAN MASYARAKAT PENGAMANAN EMCL TUBAN TAHUN ANGGARAN 2026|b|ep|85518000|||||cetak_spanduk:2 cetak_brosur:2 souvenir:1 kaos:1
35|DITSAMAPTA POLDA JATIM|PENGADAAN MAKAN LATKATPUAN 7 KEMAMPUAN SAMAPTA DAN BINTRA BAJA LULUS DIKTUKBA POLRI TAHUN 2025|jl|ep|59054000|||||nasi_box:3 prasmanan:2 snack_box:2 nasi_box/Bungkus:2
35|KANTOR WILAYAH KEMENTERIAN HUKUM JAWA TIMUR|Pengadaan Belanja Bahan ATK, Barang Cetakan dan Alat Rumah Tangga Kegiatan Belanja Barang Persediaan Barang Konsumsi pada Kantor Wilayah Hukum Jawa Timur Tahun Anggaran |b|ep|4656900|||||ATK CETAK sabun_detergen:2 tisu:2 pembersih_lantai:2
35|KANWIL KEMENTERIAN AGAMA PROV. JAWA TIMUR|Pengadaan Mebelair dan peralatan mesin Gedung Balai Nikah dan Layanan Keagamaan KUA Wlingi Kab. Blitar tahun 2026|b|ep|97770000|||||MEBEL lemari_arsip:3 pc_desktop:2 laptop:2 printer:2
35|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI JAWA TIMUR|Obat Suntik KB Kombinasi|b|ep|715840000|||||obat:1
35.02|KANTOR PERTANAHAN KAB. PONOROGO|Bahan; Belanja Bahan; Keperluan Sehari- Hari Perkantoran|b|ep|4278000|||||air_galon:2 kopi_teh_gula:2 air_botol:1 tisu:1 sabun_detergen:1
35.02|MADRASAH ALIYAH NEGERI 2 PONOROGO|Pengadaan Peralatan IT MAN 1 Ponorogo Tahun 2026 |b|ep|202720000|||||laptop:3 pc_desktop:3 printer:2 proyektor:2 jaringan:2
35.03|PAS15 RUTAN KELAS II B TRENGGALEK|Pengadaan Belanja ATK Pada Rumah Tahanan Negara Kelas IIB Trenggalek - Jawa Timur Tahun Anggaran 2026|b|pl|4366400|||||ATK
35.04|RUMKIT BHAYANGKARA TULUNGAGUNG|PENGADAAN ALKES|b|ep|131043000|||||alkes:3 bed_pasien:1 bmhp:1
35.06|PENGADILAN NEGERI KAB. KEDIRI|Pengadaan peralatan fasilitas perkantoran berupa Pengadaan Meja dan Kursi CPNS 3 set|b|ep|10221400|||||meja_kantor:3 kursi_kantor:3
35.07|BALAI BESAR PENERAPAN MODERNISASI PERTANIAN JAWA TIMUR|Belanja Barang Persediaan bahan baku Pengelolaan Kebun Percobaan dan Laboratorium|b|ep|7909700|||||pupuk:2 pestisida:2 benih_pangan:1
35.07|POLRES MALANG|pengadaan bahan makan jaga kawal / ulp non organik POLSEK SINGOSARI ta 2026|jl|ep|5822400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
35.09|BALAI POM DI JEMBER|PDD.001.053.A.Belanja Barang Persediaan Barang Konsumsi|b|ep|1251300|||||kertas_a4:1 pulpen:1
35.09|POLITEKNIK NEGERI JEMBER|Pengadaan Kalender dan Buku Profil|b|ep|89967000|||||cetak_brosur/Kalender:3 cetak_buku/Profil:3 cetak_brosur:1
35.09|RUMKIT TK. III 05.06.02 BALADIKA HUSADA JEMBER KESDAM V/BRW|Belanja Bekal Kesehatan|b|ep|9679100|||||obat:3 bmhp:3 alkes:1
35.10|AKADEMI PENERBANG INDONESIA BANYUWANGI|Perlengkapan Taruna Diklat Pembentukan|b|ep|95828000|||||pdh:2 topi_atribut/Atribut:2 sepatu/PDH:2 kaos:1 selimut_kasur:1
35.11|RUMKIT BHAYANGKARA BONDOWOSO|BIAYA PENGADAAN PERALATAN KESEHATAN DANA BLU|b|ep|61685000|||||alkes:3 bed_pasien:2 kursi_roda:1
35.12|BALAI PERIKANAN BUDIDAYA AIR PAYAU SITUBONDO|Pengadaan Pakan, Vitamin ,Obat-obatan dan Benih Udang untuk kegiatan Pembesaran Udang Vaname|b|ep|1698922000|||||pakan_ikan/Udang:3 pakan_ikan:2 benih_ikan:1 obat_hewan:1
35.15|LAPAS KELAS II A SIDOARJO|Pengadaan Belanja Barang Kegiatan penyediaan perlengkapan khusus kelompok rentan Pada Lembaga Pemasyarakatan Kelas IIA Sidoarjo - Jawa Timur Tahun Anggaran 2026|b|ep|23568000||||lansia dan disabilitas|kursi_roda:2 kursi_roda/Kruk:2 alat_mandi:1 selimut_kasur:1
35.15|POLRESTA SIDOARJO|PENGADAAN ALAT TULIS KANTOR PERSEDIAAN POLRESTA SIDOARJO DAN 17 POLSEK JAJARAN POLRESTA SIDOARJO T.A. 2026|b|ep|278965000|||||ATK
35.15|PUSAT PENGENDALIAN LUMPUR SIDOARJO|Pengadaan Peralatan CCTV|b|ep|44272000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:3 kamera_cctv:2 kamera_cctv/Mirrorless:0
35.18|RUMKIT BHAYANGKARA NGANJUK|PENGADAAN OBAT DAN ALAT KESEHATAN HABIS PAKAI|b|ep|7511700|||||obat:3 bmhp:3
35.19|KANTOR PERTANAHAN KAB. MADIUN|Belanja ATK dan Bahan Penunjang Komputer Penyampaian Relaas Laporan Hasil Sidang Perkara Pertanahan - Daerah|b|ep|3564100|||||ATK KOMP
35.20|KANTOR PERTANAHAN KAB. MAGETAN|Barang Persediaan Barang Konsumsi SHAT PTSL ASN Kategori 4 Pengumpulan Data (alat bukti hak/alas hak)|b|ep|1536700|||||kertas_a4:2 kertas_f4:2 map_ordner:2 pulpen:1
35.26|KANTOR PERTANAHAN KAB. BANGKALAN|Bahan Habis Pakai Lapang (Sepatu, Baju Lapang, Celana Lapang, Topi Lapang, Rompi Lapang, Tas Lapang)|b|ep|632100|||||pdh/PDL:3 sepatu/PDL:3 topi_atribut/Lapangan:3 kaos/Rompi:2 apd_kerja/Rompi:2 tas_seminar/Ransel:1
35.28|KANTOR PERTANAHAN KAB. PAMEKASAN|Belanja Barang Persediaan Barang Konsumsi ATK Pemeriksaan Tanah Tahap II|b|ep|71734000|||||ATK
35.29|PENGADILAN AGAMA SUMENEP|Pengadaan Pakaian Dinas Pegawai Pengadilan Agama Sumenep TA 2026|b|ep|40225000|||||DINAS
35.29|RRI SUMENEP|Alat Tulis Kantor (ATK ) (RRI Sumenep|b|ep|323200|||||ATK
35.71|KANTOR IMIGRASI KELAS II NON TPI KEDIRI|Pengadaan Tas Dosier Pegawai Pada Kantor Imigrasi Kelas II Non TPI Kediri - Jawa Timur Tahun Anggaran 2026|b|ep|10406300|||||tas_laptop/Selempang:2 tas_laptop:1 tas_seminar:1
35.71|KANTOR PERTANAHAN KOTA KEDIRI|ATK|b|ep|2073800|||||ATK
35.73|BALAI BESAR PEMERINTAHAN DESA MALANG|Belanja Konsumsi (Makan dan Snack) Peserta, Pengajar Dalam, dan Panitia Pelatihan Tata Kelola Pemerintahan Desa Dalam Mendukung Koperasi Desa Merah Putih di Provinsi Gorontalo|jl|ep|50231000|||||MAMIN prasmanan/Fullday:3
35.73|IM15 KANTOR IMIGRASI KELAS I TPI MALANG|,Pengadaan Pekerjaan Jasa Konsultansi Perencana Renovasi Gedung dan Atap pada Kantor Imigrasi Kelas I TPI Malang-Jawa Timur Tahun Anggaran 2026|ks|s|158468000|||||
35.73|KANTOR IMIGRASI KELAS I TPI MALANG|Pengadaan Tablet PC pada Kantor Imigrasi Kelas I TPI Malang - Jawa Timur Tahun Anggaran 2026|b|ep|365324000|||||laptop:1
35.73|LAPAS PEREMPUAN KELAS II A MALANG|Pengadaan Extra Fooding (Makanan Tambahan) Bulan Puasa Pada Lembaga Pemasyarakatan Perempuan Kelas IIA Malang - Jawa Timur Tahun Anggaran 2026|b|ep|68487000|||||snack_box:2 minuman_kemasan:2 susu:1 air_gelas:1 kopi_teh_gula:1
35.77|BAPAS KELAS II MADIUN|Pengadaan ATK Rutin Satker Balai Pemasyarakatan Kelas II Madiun Kanwil Jawa Timur TA 2026|b|ep|41492000|||||ATK
35.78|BALAI BESAR PENGAWAS OBAT DAN MAKANAN SURABAYA|Perlengkapan uji Sterilitas PDD.001.053.A.521811.PNP|b|ep|19042000|||||alat_lab:1 bmhp:1
35.78|BALAI HARTA PENINGGALAN SURABAYA|Pengadaan PC Desktop dan Laptop pada BHP Surabaya - Jawa Timur Tahun Anggaran 2026|b|ep|258674000|||||pc_desktop:3 laptop:3
35.78|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH VI SURABAYA|Pengadaan Belanja Modal Printer/Scanner|b|ep|17951000|||||printer:3 scanner:3 printer/Kartu:0
35.78|BALAI TEKNIK PERKERETAAPIAN KELAS I SURABAYA|PEKERJAAN PERAWATAN 24 LOKASI PALANG PINTU PERKERETAAPIAN DI WILAYAH JAWA TIMUR|k|ep|1240844000|||||
35.78|MADRASAH ALIYAH NEGERI KOTA SURABAYA|Pengadaan meja dan kursi baca perpustakaan|b|ep|1933000|||||meja_kantor:2 kursi_kantor/Rapat:2 mebel_sekolah:2 kursi_lipat:1 rak_buku:1
35.78|PANGKALAN PENJAGAAN LAUT DAN PANTAI SURABAYA|Pemeliharaan Kapal Patroli|b|ep|73707000|||||
35.78|PENGADILAN MILITER TINGGI III DI SURABAYA|Pengadaan Sewa Mesin Fotocopy Sewilayah Pengadilan Militer Tinggi III Surabaya Tahun Anggaran 2026|jl|ep|617136000|||||mesin_fotokopi:1
35.78|PENGADILAN TINGGI TATA USAHA NEGARA SURABAYA|Pengadaan AC Standing|b|ep|36909000|||||ac/Standing:3 ac:2
35.78|POLRESTABES SURABAYA|PENGADAAN BANNER UNTUK OPS KESELAMATAN SEMERU POLRESTABES SURABAYA TA 2026|b|ep|20347000|||||cetak_spanduk:3 cetak_spanduk/Roll:2
35.79|BALAI BESAR PELATIHAN PETERNAKAN BATU|Pakan Ayam (starter/grower/layer)|b|ep|29542000|||||pakan_ikan:1
35.79|RUMKIT BHAYANGKARA HASTA BRATA BATU|Belanja Makan Pasien|b|ep|77228000|||||makanan_pasien/Pasien:3 nasi_box:1
"""

# Vertical offices of kementerian/lembaga in Banten, Bali, Kalimantan Barat, Kalimantan Tengah, Kalimantan Selatan and
# Lampung, TA 2026 (agitkasep/inaprocdata, the same exports; FALLBACK).
BANTEN_BALI_KALIMANTAN_LAMPUNG = """
18|BALAI BESAR WILAYAH SUNGAI MESUJI - SEKAMPUNG|Belanja Langganan Daya dan Jasa Lainnya|jl|ep|458798000|||||
18|BALAI KARANTINA HEWAN|Bahan Pemeriksaan Laboratorium Karantina Tumbuhan|b|ep|5565800|||||reagen_tes:1 reagen_tes/Media:2 alat_lab/Gelas:1
18|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH LAMPUNG|Pengadaan Telepon Genggam untuk Mendukung Digitalisasi Pendataan BMN BP2JK Wilayah Lampung|b|ep|5032500|||||elektronik_rt/Handy:0
18|BALAI PENATAAN BANGUNAN|Pengadaan Seragam Personel Satgas Tanggap Darurat|b|ep|22540000|||||pdh/PDL:3 kaos/Rompi:2 topi_atribut/Lapangan:2 jas_hujan:1
18|BALAI PENGELOLA TRANSPORTASI DARAT LAMPUNG|Pengadaan Dan Pemasangan Alat Penerangan Jalan Kab Pesisir Barat|b|ep|1992636000|||||lampu_listrik/PJU:2 lampu_listrik:1
18|DITBINMAS POLDA LAMPUNG|PENGADAAN JASA LAINNYA MEETING PACKAGE FSK DITBINMAS POLDA LAMPUNG T.A 2026|jl|ep|298744000|||||prasmanan/Fullday:3 prasmanan:2 snack_box:1 nasi_box:1
18|DITRESKRIMUM POLDA LAMPUNG|Pengadaan ULP Non Organik Ditreskrimum Polda Lampung TA. 2026|jl|ep|208836000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
18|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. LAMPUNG|Pengadaan Paket Fullday Meeting Pelaksanaan Kegiatan Pembinaan dan Pengawasan PPAT Wilayah Tahun Anggaran 2026|b|ep|27976000|||||prasmanan/Fullday:3 prasmanan:2 snack_box:1 nasi_box:1
18|KANWIL DITJEN IMIGRASI LAMPUNG|Pengadaan Belanja Modal Peralatan dan Mesin (Laptop Editing, Laptop, Kursi Pegawai dan Kursi Struktural) pada Kantor Wilayah Ditjen Imigrasi Lampung Tahun Anggaran 2026|b|ep|221562000|||||laptop:3 kursi_kantor:3 kursi_kantor/Pejabat:3 laptop/ProBook:3
18|KANWIL KEMENTERIAN AGAMA PROP LAMPUNG 418576|Konsultan Perencana|ks|pl|56517000|||||
18|PERWAKILAN BPKP PROVINSI LAMPUNG|Sewa Fotokopi Astragraphia|jl|pl|11242000|||||mesin_fotokopi:1 fotokopi:1
18|RORENA POLDA LAMPUNG|Pengadaan Snack Kegiatan Bakti Kesehatan Hari Bhayangkara Ke-80 Polda Lampung T.A.2026|jl|ep|8138300|||||snack_box:3 nasi_box:1 air_gelas:1
18.01|BADAN NARKOTIKA NASIONAL KABUPATEN LAMPUNG SELATAN|Tes urine parameter 7|b|ep|22256000|||||reagen_tes/Narkoba:2 reagen_tes:1
18.03|POLRES LAMPUNG UTARA|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR POLRES DAN POLSEK ( POLRES LAMPUNG UTARA ) TA. 2026|b|ep|360121000|||||kertas_a4:2 kertas_f4:2 tinta_printer:2 toner:2 pulpen:2 map_ordner:2 meja_kantor:1 kursi_kantor:1 lemari_arsip:1
18.03|RUTAN KELAS II B KOTABUMI|Pengadaan Extravoeding Bulan Puasa untuk Warga Binaan pada Rumah Tahanan Negara Kelas IIB Kotabumi - Lampung Tahun Anggaran 2026|b|ep|44207000|||||snack_box:2 minuman_kemasan:2 susu:1 kopi_teh_gula:1
18.09|BALAI BESAR PERIKANAN BUDIDAYA LAUT LAMPUNG|Bantuan Sarana dan Prasarana Budidaya Ikan Sistem Bioflok|b|ep|440942000|||||sarana_ikan/Kolam:3 sarana_ikan/Aerator:3 benih_ikan/Lele:2 pakan_ikan:2 sarana_ikan/Jaring:1
18.71|KANTOR IMIGRASI KELAS I BANDAR LAMPUNG|Pengadaan Videowall/Videotron dan AC Central pada Kantor Imigrasi Kelas I TPI Bandar Lampung - Lampung Tahun Anggaran 2026|b|ep|320823000|||||videotron:3 tv_display:1 ac:1
18.71|LAPAS NARKOTIKA KELAS II A BANDAR LAMPUNG|Pengadaan Belanja Barang Persediaan Barang Konsumsi Berupa Kebutuhan Sandang WBP pada Lembaga Pemasyarakatan Narkotika Kelas IIA Bandar Lampung - Lampung Tahun Anggaran 2026|b|ep|110017000||||baju, celana, sarung, sandal WBP|kaos:2 alat_mandi:1 selimut_kasur:1
18.71|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II BANDAR LAMPUNG|Pengadaan Peralatan Makan Minum Anak pada Lembaga Pembinaan Khusus Anak Klas II Bandar Lampung - Lampung Tahun Anggaran 2026|b|ep|102288000||||piring, gelas, sendok untuk anak binaan|alat_dapur/Set_Peralatan_Makan:3 alat_dapur:1 meja_makan:1
18.71|RUMKIT BHAYANGKARA BANDAR LAMPUNG|Pengadaan Belanja Alkes Habis Pakai|b|ep|62085000||||alkes habis pakai rawat inap dan IGD|bmhp:3 obat:1 alkes:1
18.72|BADAN NARKOTIKA NASIONAL KOTA METRO|Test urine|b|ep|7251700|||||reagen_tes/Narkoba:3 reagen_tes:1
18.72|LAPAS KELAS II A METRO|PENGADAAN KEBUTUHAN SANDANG WARGA BINAAN PEMASYARAKATAN PADA LEMBAGA PEMASYARAKATAN KELAS IIA METRO - LAMPUNG TAHUN ANGGARAN 2026|b|ep|116814000|||||kaos:2 alat_mandi:1 selimut_kasur:1
36|BALAI KARANTINA HEWAN|Heat block / Dry Block Heater (KI Satpel Merak)|b|ep|7878700|||||alat_lab:1
36|BALAI PENGELOLA TRANSPORTASI DARAT BANTEN|Penambah Daya Tahan Tubuh UPPKB Balaraja|b|ep|40610000|||||susu:2 telur:1 obat/Vitamin:2 minuman_kemasan/Kacang:2 oleh_keripik/Madu:1
36|BID. DOKKES POLDA BANTEN|pengadaan obat obatan bpjs biddokkes polda banten|b|ep|8376700|||||obat:3
36|DIT.INTELKAM POLDA BANTEN|PENGADAAN KOMPUTER POLRES JAJARAN DITINTELKAM POLDA BANTEN|b|ep|84046000|||||pc_desktop:3 laptop:2
36|PELAKSANAAN CIPTA KARYA PROVINSI BANTEN|Penyediaan Mobil Pick Up Tahap 3 Sarana Pengumpulan Sampah di Hulu di Kota Cilegon|b|t|4471958000|||||mobil/Triton:1 tempat_sampah/Gerobak:1
36|PERWAKILAN BKKBN PROVINSI BANTEN|Jamuan Tamu dan Mitra kerja|b|pl|2523300|||||snack_box:3 prasmanan/Jamuan:3 nasi_box:2 kopi_teh_gula:2 air_botol:2
36|RORENA POLDA BANTEN|PENGADAAN ATK RORENA POLDA BANTEN|b|ep|43704000|||||ATK
36.03|POLITEKNIK PELAYARAN BANTEN|BELANJA KEGIATAN LAUNDRY TARUNA MANDIRI TH 2025 DAN 2026 PERIODE FEBRUARI S.D. DESEMBER TA 2026 (BLU)|b|ep|1815655000|||||laundry:3 laundry/Linen:1
36.03|POLITEKNIK PENERBANGAN INDONESIA CURUG|PERLENGKAPAN TEMPAT TIDUR ASRAMA DELTA T.A 2026|b|ep|389065000||||kasur, bantal, sprei, selimut asrama taruna|selimut_kasur:3 ranjang:1 alat_mandi/Handuk:1
36.04|KEJAKSAAN NEGERI SERANG|PAKET PEKERJAAN PENGADAAN JASA KONTRUKSI RENOVASI GEDUNG UTAMA KEJAKSAAN NEGERI SERANG MENGUNAKAN DANA PNBP TAHAP II DI TRIWULAN I I|k|pl|180593000|||||
36.71|BALAI POM DI TANGERANG|RAB.001.051. A Pengadaan Alat Laboratorium|b|ep|54611000|||||alat_lab:3 alat_lab/Gelas:3
36.71|LAPAS PEMUDA KELAS II A TANGERANG|Pengadaan Peralatan Makan bagi Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Pemuda Kelas IIA Tangerang - Banten Tahun Anggaran 2026|b|ep|232492000|||||alat_dapur/Set_Peralatan_Makan:3 alat_dapur:1
36.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN BANTEN|Tinta Buku Pelaut|b|ep|101238000|||||tinta_printer:1
36.72|LAPAS KELAS II A CILEGON|Pengadaan Belanja Sewa Kendaraan Operasional Roda 4 pada Lembaga Pemasyarakatan Kelas IIA Cilegon-Banten Tahun Anggaran 2026|b|ep|139449000|||||mobil:1
36.72|POLITEKNIK INDUSTRI PETROKIMIA BANTEN|Sewa Sistem Informasi Akademik|jl|ep|87878000|||||perangkat_lunak:1
36.73|PENGADILAN NEGERI SERANG|Pakaian Dinas Pegawai Non Hakim (46 ORG x 2 STEL)|b|ep|65718000|92|stel|||pdh:3 batik_seragam:2 pdh/Kemeja:2
36.73|POLRES SERANG KOTA|PENGADAAN PEMELIHARAAN KENDARAAN RODA 4 DAN RODA 6 SATLANTAS POLRESTA SERANG KOTA T.A. 2026|jl|ep|181204000|||||
36.73|RUMKIT BHAYANGKARA TK. IV BANTEN|pengadaan bahan habis pakai|b|ep|2049000|||||bmhp:3 obat:1
51|BALAI PENATAAN BANGUNAN|Pengadaan Peralatan Pendukung Sarana Perkantoran Berupa Laptop|b|ep|36191000|||||laptop:3
51|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA BALI|Pengadaan Mesin Pintu dan Mesin Check In Wisma|b|pl|75233000|||||
51|BALAI WILAYAH SUNGAI BALI-PENIDA|Pengadaan Komputer|b|ep|55872000|||||pc_desktop:3 laptop:2
51|BIDDOKKES POLDA BALI|PENGADAAN ALAT KESEHATAN FKTP BIDDOKKES POLDA BALI TA.2026|b|ep|202340000|||||alkes:3 bed_pasien:2 bmhp:1
51|DITBINMAS POLDA BALI|PENGADAAN NASI KOTAK DAN SNACK KOTAK DALAM RANGKA PEMBINAAN TIGA PILAR|b|ep|5889900|||||nasi_box:3 snack_box:3
51|DITSAMAPTA POLDA BALI|PENGADAAN TAPEL DAN PENAPELAN, PAKU TAPEL, DAN SERBUK UNTUK KUDA DITSAMAPTA T.A 2026|b|ep|71701000|||||obat_hewan:0 ternak:0
51|PELAKSANAAN CIPTA KARYA PROVINSI BALI|Penyediaan Motor Sampah Tahap 2 Sarana Pengumpulan Sampah di Hulu di Kabupaten Badung|b|t|1874419000|||||sepeda_motor:1 tempat_sampah/Gerobak:1
51|ROLOG POLDA BALI|PENGADAAN MAKAN DAN SNACK KONFERENSI PERS BIDHUMAS POLDA BALI|b|ep|118195000|||||nasi_box:3 snack_box:3 prasmanan:2
51|RUMAH DETENSI IMIGRASI DENPASAR|Pengadaan Alat Detektor BarangTerlarang/X Ray Pada Rumah Detensi Imigrasi Denpasar_Bali TA 2026|b|ep|3021838000|||||
51.01|KANTOR KEMENTERIAN AGAMA KAB. JEMBRANA|Pengadaan 4 Unit Komputer/PC Unit MIN 3 Jembrana|b|ep|34408000|4|unit|||pc_desktop:3 laptop:1
51.01|POLRES JEMBRANA|PENGADAAN KONSUMSI TAHANAN POLRES JEMBRANA T.A.2026|b|ep|8224600|||||makanan_pasien/Warga_Binaan:3 nasi_box/Bungkus:2
51.02|KPU KABUPATEN TABANAN|Belanja Keperluan Kantor Berupa ATK, Jamuan Makan/Konsumsi, Alat Rumah Tangga, Barang Cetak, Langganan koran/majalah dan Air Minum pegawai dalam Rangka Pelayanan Operasional Kantor dan Dukungan Sarana Prasarana di KPU Kabupaten Tabanan|b|ep|1048800|||||ATK CETAK air_galon:2 snack_box:1 nasi_box:1 sabun_detergen:1
51.02|POLITEKNIK TRANSPORTASI DARAT BALI|Pengadaan Jasa Permakanan Mahasiswa|jl|ep|299330000|||||makanan_pasien/Taruna:3 prasmanan/Katering_Harian:2 nasi_box:1
51.02|POLRES TABANAN|Makan jaga kawal Polsek Marga T.A. 2026|jl|ep|146208000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
51.02|SENTRA "MAHATMIYA" DI BALI|Alat Bantu Disabilitas|b|ep|47367000|||||kursi_roda:3 kursi_roda/Kruk:3 kursi_roda/Elektrik:2
51.07|PAS20 LAPAS KELAS II B KARANGASEM|Pemenuhan Perlengkapan Mandi Warga Binaan Pemasyarakatan pada Lapas Kelas II B Karangasem TA 2026|b|pl|8029900|||||alat_mandi:3 alat_mandi/Handuk:2 sabun_detergen:1
51.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI DENPASAR|Lemari Kayu|b|ep|26899000|||||lemari_arsip/Kayu:3 lemari_arsip:2 kitchen_set/Lemari_Dapur:1
51.71|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) BALI|Laptop, LED Pelayanan|b|ep|28112000|||||laptop:3 tv_display:3 tv_display/Monitor:2
51.71|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA (BDPKN) BALI|Training Kit Diklat Teknis Pemeriksaan Keuangan Negara|b|ep|23611000|||||tas_seminar/Seminar_Kit:3 tas_seminar:2 buku_tulis/Notebook:2 pulpen:1
51.71|IM20 KANTOR IMIGRASI KELAS I TPI DENPASAR|Pengadaan Spanduk Tim PORA pada Kantor Imigrasi Kelas I TPI Denpasar-Bali TA 2026|b|pl|151900|||||cetak_spanduk:3 cetak_brosur/Poster:1
51.71|INSTITUT SENI INDONESIA BALI|Pengadaan ATK Persedian FSRD|b|ep|29639000|||||ATK
51.71|PUSAT PENGENDALIAN LINGKUNGAN HIDUP WILAYAH BALI DAN NUSA TENGGARA|Pengadaan Bahan Kimia, Pengangkutan, dan Uji Profisiensi|b|ep|60795000|||||reagen_tes:1 alat_lab:1
51.71|RUMKIT BHAYANGKARA DENPASAR|BELANJA BAHAN MAKANAN RUMKIT BHAYANGKARA DENPASAR T.A 2026|b|ep|707078000|||||lauk_segar:3 beras:3 telur:3 minyak_goreng:3 sembako:1 makanan_pasien/Pasien:2
51.71|RUMKIT TK.II UDAYANA KESDAM IX/UDY|Belanja Barang Persediaan Barang Konsumsi BLU untuk Pengadaan Bekal Kesehatan Pasien Medical Suplay Thermal Label 65 x 50 (Putih) _ Maret 2026|b|ep|26482000|||||kertas_thermal:1 stiker_label:1
61|13 KANWIL KALIMANTAN BARAT BPHN|Biaya Pembelian ATK pada kegiatan Belanja Penerangan Hukum Nasional Kantor Wilayah Hukum Kalimantan Barat Tahun Anggaran 2026|b|pl|1850100|||||ATK
61|13 KANWIL KALIMANTAN BARAT PP|Pengadaan Belanja Bahan Piagam Rakor pelaksanaan harmonisasi rancangan produk hukum daerah pada Kantor Wilayah Kementerian Hukum Kalimantan Barat Tahun Anggaran 2026|b|pl|965600|||||cetak_blanko/Piagam:3 plakat:1
61|BALAI PENGELOLA TRANSPORTASI DARAT KALIMANTAN BARAT|Pemiliharaan Perlengkapan Jalan Alat Penerangan Jalan Tenaga Surya Lengan Tungal Ruas 024 Ngabang - Sp Tiga Serimbang|b|ep|814791000|||||lampu_listrik/PJU:1
61|BPK PERWAKILAN PROVINSI KALIMANTAN BARAT|Pengadaan Lemari Es|b|ep|16469000|||||elektronik_rt/Lemari_Es:3 lemari_arsip:0
61|KANTOR WILAYAH KEMENTERIAN HUKUM KALIMANTAN BARAT|Pengadaan Laptop dan PC Pada Kantor Wilayah Kementerian Hukum Kalimantan Barat Tahun Anggaran 2026|b|ep|594909000|||||laptop:3 pc_desktop:3
61.01|KANTOR IMIGRASI KELAS II TPI SAMBAS|Pengadaan Belanja Modal Kendaraan Roda 2 (Sepeda Motor Patroli) pada Kantor Imigrasi Kelas II TPI Sambas-Kalimantan Barat TA 2026|b|ep|290639000|||||sepeda_motor/Trail:3 sepeda_motor:2
61.02|RUTAN KELAS II B MEMPAWAH|Pengadaan Bahan Makanan Tahanan, Anak, Narapidana, Anak Binaan dan Anak Bawaan Pada Rumah Tahanan Negara Kelas IIB Mempawah-Kalimantan Barat Tahun Anggaran 2026|b|ep|5760410000|||||beras:3 lauk_segar:3 telur:2 minyak_goreng:2 makanan_pasien/Warga_Binaan:2 sembako:1
61.03|KANTOR IMIGRASI KELAS II TPI SANGGAU|Pengadaan Perlengkapan dan Atribut pada Kantor Imigrasi Kelas II TPI Sanggau Kalimantan Barat Tahun Anggaran 2026|b|ep|29735000|||||topi_atribut/Atribut:3 topi_atribut:2 pdh:1
61.11|POLRES KAYONG UTARA|MAKANAN TAHANAN POLRES KAYONG UTARA POLDA KALBAR T.A. 2026 [14 ORG x 335 HR]|jl|ep|172854000|||||makanan_pasien/Warga_Binaan:3 nasi_box/Bungkus:2
61.11|UNIT PENYELENGGARA PELABUHAN KELAS III TELUK BATANG|CCTV untuk Dermaga|b|ep|258410000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:3 kamera_cctv:2 kamera_cctv/Mirrorless:0
61.71|PENGADILAN TINGGI PONTIANAK|Pengadaan Genset Tahun Anggaran 2026|b|ep|680985000|||||genset/Perkins:3 genset/Cummins:2 genset/Honda:1
62|KANWIL DITJEN IMIGRASI KALIMANTAN TENGAH|Pengadaan Perlengkapan, Atribut Seragam dan Sepatu Pegawai Pada Kantor Wilayah Direktorat Jenderal Imigrasi Kalimanan Tengah  Tahun Anggaran 2026|b|ep|141941000|||||topi_atribut/Atribut:3 sepatu/PDH:3 pdh:2 sepatu:2 topi_atribut:2
62.03|POLRES KAPUAS|Belanja Barang Persediaan Barang Konsumsi (ATK) Satbinmas Polres Kapuas T.A.2026|b|ep|13141000|||||ATK
62.71|PENGADILAN TINGGI PALANGKARAYA|Pengadaan Kursi Kerja|b|ep|3399600|||||kursi_kantor:3 kursi_kantor/Pejabat:2 kursi_lipat:1 kursi_roda:0
62.71|RUMKIT BHAYANGKARA PALANGKARAYA|Pengadaan ATK/percetakan Rumkit Bhayangkara TK III Palangka Raya Polda Kalteng|b|ep|20789000|||||ATK CETAK
63|15 KANWIL KALIMANTAN SELATAN KI|Pengadaan Belanja Bahan berupa konsumsi Snack, konsumsi makan, Penggandaan dan Penjilidan kegiatan Koordinasi Layanan Kekayaan Intelektual Pada Kantor Wilayah Kementerian Hukum Kalimantan Selatan Tahun Anggaran 2026|b|pl|224200|||||MAMIN fotokopi:3
63|BALAI PENGELOLA TRANSPORTASI DARAT KELAS II KALIMANTAN SELATAN|Supervisi Pemeliharaan Alat Penerangan Jalan Wilayah II (Tapin, Hulu Sungai Selatan, Hulu Sungai Tengah, Balangan)|ks|pl|103126000|||||
63|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. KALIMANTAN SELATAN|Kegiatan Layanan Pengukuran Bidang Tanah Luas 25 sampai 1000 Ha (Kanwil) (6413.BAH.002.052,H) - Alat Tulis Kantor|b|ep|89000|||||ATK
63|KANTOR WILAYAH KEMENTERIAN HUKUM KALIMANTAN SELATAN|Pengadaan Barang Leaflet/Poster/Spanduk/Brosur/Kalender/Map/Dsb Kegiatan Publikasi, Pameran dan Helpdesk Pada Kantor Wilayah Kementerian Hukum Kalimantan Selatan Tahun Anggaran 2026|b|ep|5361500|||||cetak_brosur:3 cetak_spanduk:3 cetak_blanko/Map:3 map_ordner/Map_Batik:2 cetak_brosur/Kalender:3
63|PERWAKILAN BPKP PROVINSI KALIMANTAN SELATAN|Genset|b|ep|235506000|||||genset/Perkins:2 genset:1
63.01|POLITEKNIK NEGERI TANAH LAUT|Pengadaan Printer Pembelajaran|b|ep|94949000|||||printer:3 printer/Kartu:1
63.09|BALAI POM DI TABALONG|Pengadaan Alat Pengolah Data dan Komunikasi untuk Pengawasan/Pemeriksaan, Pelayanan Publik dan KIE/Penyuluhan Obat dan Makanan|b|ep|71496000|||||laptop:3 pc_desktop:3 printer:2 tv_display:1 elektronik_rt/Handy:1
63.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN BANJARMASIN|Belanja Modal Pengadaan Kursi susun dan Lemari Kabinet|b|pl|151664000|||||kursi_lipat:3 lemari_arsip/Filing:3 lemari_arsip:2 kursi_kantor/Rapat:2
63.71|RUMKIT BHAYANGKARA BANJARMASIN|Pengadaan Biaya Bahan Basah Rumkit Bhayangkara Tk III Banjarmasin TA. 2026|b|ep|15765000||||sayur, daging, ikan untuk dapur gizi|lauk_segar:3 telur:2 beras:1 minyak_goreng:1 makanan_pasien/Pasien:1
63.72|BALAI BESAR POM DI BANJARBARU|3165.QIA.002.055.A  REAGENSIA PENGUJIAN LABORATORIUM SAMPEL OBAT, OBAT TRADISIONAL, KOSMETIK, DAN SUPLEMEN KESEHATAN|b|ep|87954000|||||reagen_tes:1
63.72|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI BARITO|Belanja Bahan Produksi PPLA|b|ep|20515000|||||pupuk:2 bibit_tanaman:1 biostarter:1
63.72|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI BANJARBARU|Pengadaan Makanan/Minuman Penambah Daya Tahan Tubuh|b|ep|27418000|||||susu:3 minuman_kemasan/Kacang:3 telur:2 oleh_keripik/Madu:2 obat/Vitamin:1
63.72|KANTOR REGIONAL VIII BADAN KEPEGAWAIAN NEGARA BANJARBARU|Pengadaan Sewa Sarana Prasarana Kegiatan Seleksi PHTC SDM KDKMP dan KNMP|jl|ep|47261000|||||sewa_acara:2
63.72|POLRES BANJARBARU|PENGADAAN KONSUMSI TAHANAN POLRES|jl|ep|602415000|||||makanan_pasien/Warga_Binaan:3 nasi_box/Bungkus:2
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb7b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Jawa Tengah and DI Yogyakarta (agitkasep/inaprocdata)",
        2026,
        False,
        JATENG_DIY,
    ),
    "inaprocb7b2": (
        "FALLBACK INAPROC realisasi K/L 2026, Jawa Timur (agitkasep/inaprocdata)",
        2026,
        False,
        JATIM,
    ),
    "inaprocb7b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Banten, Bali, Kalimantan Barat/Tengah/Selatan, Lampung (agitkasep/inaprocdata)",
        2026,
        False,
        BANTEN_BALI_KALIMANTAN_LAMPUNG,
    ),
}
