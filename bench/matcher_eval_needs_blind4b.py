# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind4b, a held-out matcher evaluation set of central-government buyers, with the labeller's graded intent.

Sources (public GitHub repositories, read with the search tools and a fetched snapshot; SOURCES.md, section
"blind4b"):

* SPSE tender announcements (lelang) of the LPSE hosted in Daerah Istimewa Yogyakarta, dumped as a MySQL
  export in Ariq139/LPSE-Winner-Parser (`pkl.sql`: tables bantul, gunungkidul, jogjakota, jogjaprov,
  kulonprogo, sleman, ugm; columns ID, Nama Lelang, Tipe, Instansi, Pemenang). Only rows whose Instansi is a
  central-government buyer were used: vertical offices of kementerian/lembaga (Kanwil Kemenkumham DIY and its
  lapas/rutan, Polda DIY and polres, Kanwil BPN, BATAN, Kemenkes UPT such as BBKPM and LPFK Surakarta and
  BP2 GAKI Magelang, BBVet Wates, BPDAS Serayu Opak Progo, KLHK, Kemendagri and Kemensetneg offices, KPU,
  BKKBN, LPMP, PPPPTK, BPK training centre, Kopertis, Kemenristekdikti) and state universities, polytechnics
  and a BLU hospital (UGM, UNY, ISI Yogyakarta, UIN Sunan Kalijaga, STPN, Poltekkes Kemenkes Yogyakarta,
  RSUP Dr. Sardjito). The export holds no pagu and no fiscal year: the years are read from the package names
  and the tender ids (TA 2011-2018), grouped into three keys; the pagu is the labeller's estimate of a
  plausible value for a goods/works tender of that kind (lelang, so mostly above Rp200 juta), not a value
  from the source.
* ISB exports (SPSE tender and non-tender announcements, `dtender_dtp*`, `dntender_dntp*`, `pntender*`) of the
  LPSE of Provinsi Kalimantan Barat and its regencies, kept in the history of blogramadhan/dashukpbj
  (`data/ITKP/<LPSE>/*.csv.gz`: nama_klpd, nama_satker, nama_paket, pagu, kategori/metode pengadaan,
  lokasi_pekerjaan). Only rows whose KLPD is a kementerian/lembaga were used (IPDN Kampus Kalbar, RRI Sintang
  and Entikong, Kejaksaan Negeri Landak, and Tugas Pembantuan satker of Kementan, KLHK, Kemenpora, Kemendag,
  Kemendes and KemenPUPR), TA 2020-2022; the pagu here is near the source's pagu (a few per cent off).

No package name below appears in bench/matcher_eval_needs.py, bench/matcher_eval_needs_blind2.py or
bench/matcher_eval_needs_blind3.py (checked programmatically on normalised names). Every row is my own
record made from one real package name, reworded lightly (other paket, tahap, angkatan, semester, month and
year numbers, another faculty or building where it did not change the goods), the noise of the original kept:
ALL CAPS, typos ("Pengadaaan", "Pengadan", "belnaj", "Mebelaii GedunG", "Mebeleir", "Keseniaan",
"Pengadaan1 Unit", "AlatTulis", "Outsourching", "Whell Chair", "Invetarisasi", "Kalimanan"), stray dashes and
several items in one name. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are
its MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked
these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# LPSE tenders in DIY (Ariq139/LPSE-Winner-Parser), central-government and state-university buyers, TA 2011-2013 (key year 2013).
DIY_2013 = """
34.01|POLRES KULON PROGO|Pengadaan Meubelair Polres Kulon Progo 2013|b|t|265000000|||||MEBEL
34|BIDDOKKES POLDA DIY|Pengadaan Obat dan Bahan Medis Habis Pakai DPK bulan Januari - Maret TA 2013 Rumkit Bhayangkara|b|t|395000000|||||obat:3 bmhp:3 reagen_tes:1
34|BIDDOKKES POLDA DIY|Pengadaan obat dan alkes / bahan habis pakai DPK bulan Juli - September TA. 2013 Biddokkes Polda DIY|b|t|420000000|||||obat:3 bmhp:3 alkes:2 reagen_tes:1
34.03|KEJAKSAAN NEGERI WONOSARI|BELANJA MODAL PERALATAN DAN MESIN TA 2013|b|t|218000000|||||pc_desktop:1 laptop:1 genset:1 ac:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bahan Makanan Kering Pasien Klas Periode Bulan Mei s/d Desember 2013|b|t|1240000000|||beras, gula, minyak, tepung, kacang hijau|beras:3 minyak_goreng:3 kopi_teh_gula:2 sembako:2 susu:1 telur:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bahan Makanan Kelompok Daging, Tahu, Tempe dan Olahan untuk Pasien Periode Bulan Juni - Desember 2013|b|t|1560000000|||||lauk_segar:3 lauk_segar/Sayur:1 lauk_segar/Buah:1 telur:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bahan Makanan Kelompok Ayam, Telur (telur asin, telur negeri, telur kampung, putih telur), ikan, udang dan Bumbu untuk Pasien Periode Bulan Juni – Desember 2013|b|t|1390000000|||||telur:3 lauk_segar:3 lauk_segar/Sayur:1 lauk_segar/Buah:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bahan Makanan Paket Sayur dan Buah Pasien Bulan Juni – Desember 2013|b|t|1080000000|||||lauk_segar/Sayur:3 lauk_segar/Buah:3 lauk_segar:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Sound System Ruang Sidang Senat Universitas Negeri Yogyakarta tahun 2013|b|t|455000000|||||sound_system/Conference:3 sound_system:2 sewa_acara/Sound:0
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Buku Panduan UNY Tahun 2013|b|t|296000000|||buku panduan akademik full color|cetak_buku:3 cetak_brosur/Booklet:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|PENGADAAN BAHAN REPRODUKSI BUKU MKU UNIVERSITAS NEGERI YOGYAKARTA TAHUN 2013|b|t|372000000|||kertas, tinta, bahan cetak buku ajar|cetak_buku:2 kertas_a4:2 fotokopi:1 tinta_printer:1
34.04|ULP UNIVERSITAS GADJAH MADA|PENGADAAN JASA AUDIT UNTUK AUDIT LAPORAN KEUANGAN UNIVERSITAS GADJAH MADA TAHUN 2013|ks|s|720000000|||||
34.71|POLRESTA YOGYAKARTA|Pengadaan Makanan Siap Saji Petugas Jaga Mako Polresta Yogyakarta Tahun 2013|b|t|286000000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|Pengadaan Bahan Makanan Narapidana/ tahanan Lapas Narkotika Klas IIA Yogyakarta Triwulan II|b|t|1385000000|||beras, lauk pauk, sayur, bumbu untuk WBP|beras:3 lauk_segar:3 telur:2 minyak_goreng:2 sembako:2 makanan_pasien/Warga:2 kopi_teh_gula:1
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|Pengadan Bahan Makanan Narapidana/Tahanan Rutan Kelas IIB Wonosari|b|t|612000000|||||beras:3 lauk_segar:3 telur:2 minyak_goreng:2 sembako:2 makanan_pasien/Warga:2
34.02|RUMAH TAHANAN NEGARA KELAS IIB BANTUL|pengadaan bahan makanan tahanan dan narapidana pada rumah tahanan negara bantul tahun 2013|b|t|745000000|||||beras:3 lauk_segar:3 telur:2 minyak_goreng:2 sembako:2 makanan_pasien/Warga:2
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|PENGADAAN BAHAN MAKANAN NARAPIDANA TAHANAN LEMBAGA PEMASYARAKATAN KELAS IIB SLEMAN|b|t|980000000|||||beras:3 lauk_segar:3 telur:2 minyak_goreng:2 sembako:2 makanan_pasien/Warga:2
34.04|POLRES SLEMAN|Pengadaan Makan Siap Saji Tahanan Polres Sleman dan Polsek Jajaran TA 2013|jl|t|318000000|||makan 3 kali sehari tahanan|makanan_pasien/Warga:3 nasi_box:2 nasi_box/Bungkus:2 makanan_pasien:1 prasmanan/Harian:1
34|DIREKTORAT RESKRIMUM POLDA DIY|Pengadaan Makan Siap Saji Petugas Jaga / Piket Ditreskrimum Polda D.I.Yogyakarta|b|t|264000000|||makan petugas piket|nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
34|DIREKTORAT SABHARA POLDA DIY|Pengadaaan Makan Satwa Anjing K9 Direktorat Sabhara Polda DIY|b|t|236000000|||pakan anjing pelacak dan suplemen||
34|SATBRIMOBDA DIY|Pengadaan Bahan Makanan Siap Saji Penjagaan Satbrimobda DIY|b|t|289000000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2
34.02|POLRES BANTUL|Pengadaan makanan siap saji tahanan polres bantul|jl|t|224000000|||||makanan_pasien/Warga:3 nasi_box:2 nasi_box/Bungkus:2 makanan_pasien:1
34.01|POLRES KULON PROGO|Pengadaan Makanan siap saji Petugas Jaga Polres Kulon Progo TA. 2013|jl|t|212000000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2
34.02|SEKOLAH POLISI NEGARA SELOPAMIORO|Pengadaan makan dan ekstra fooding siswa Diktuk Brigadir Polri TA. 2013 SPN Selopamioro Polda DIY|jl|t|2950000000|||makan 3 kali sehari dan extra fooding siswa|makanan_pasien/Siswa:3 pmt/Extra:2 prasmanan/Harian:2 makanan_pasien:1 susu:1
34|BIRO SARPRAS POLDA DIY|Pengadaan Meubelair Gedung Ditreskrimsus, Dittahti dan Ditpamobvit Polda DIY|b|t|1140000000|||||MEBEL
34|BIRO SARPRAS POLDA DIY|Pengadaan Jasa Konsultansi Pembangunan Gedung Ditreskrimsus, Dittahti, Ditpamobvit T.2352 ( 4 Lantai )|ks|s|515000000|||||
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|PENGADAAN ALAT TULIS KANTOR (ATK) KANWIL KEMENTERIAN HUKUM DAN HAM DIY TAHUN ANGGARAN 2013|b|t|246000000|||||ATK
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|PENGADAAN PAKAIAN DINAS PEGAWAI JAJARAN KANWIL KEMENTERIAN HUKUM DAN HAM DIY|b|t|690000000|||PDH/PDL pegawai kanwil dan UPT|DINAS
34|KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM DIY|Pengadaan Perlengkapan Kantor Berupa Genset Pada Kantor Imigrasi Kelas I Yogyakarta|b|t|410000000|||||genset/Perkins:3 genset/Honda:2 genset/Cummins:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Meubeler Kampus Jurusan Kebidanan|b|t|520000000|||||MEBEL mebel_sekolah:2
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Alat Pengolah Data|b|t|385000000|||komputer, laptop, printer|pc_desktop:3 laptop:3 printer:2 scanner:1 ups_listrik:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Pakaian Dinas karyawan|b|t|298000000|||||DINAS
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan AC Ruangan|b|t|312000000|||AC split ruang kuliah|ac:3 ac/Standing:1 kipas_angin:1 service_ac:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Kendaraan Operasional Bus Mahasiswa|b|t|1180000000|||||mobil/Hiace:1 mobil:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Alat Multimedia ( LCD projektor dan kamera)|b|t|236000000|||||proyektor:3 kamera_cctv/Mirrorless:3 proyektor/Layar:2 tv_display:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Alat Kesehatan Laboratorium Jurusan Gizi|b|t|870000000|||||alkes:2 alat_lab:1 bed_pasien:1
34.04|POLITEKNIK KESEHATAN KEMENKES YOGYAKARTA|Pengadaan Sound system aula|b|t|226000000|||||sound_system:3 sound_system/Conference:1 sewa_acara/Sound:0
34|LEMBAGA PENJAMINAN MUTU PENDIDIKAN (LPMP) PROV DIY|Pengadaan AC Ruang Diklat|b|t|268000000|||||ac:3 ac/Standing:2 service_ac:1
34|LEMBAGA PENJAMINAN MUTU PENDIDIKAN (LPMP) PROV DIY|Pengadaan Mebeleir Gedung Diklat|b|t|610000000|||||MEBEL mebel_sekolah:2
34|LEMBAGA PENJAMINAN MUTU PENDIDIKAN (LPMP) PROV DIY|Pengadaan generator set (genset)|b|t|445000000|||||genset/Perkins:3 genset/Honda:2 genset:1
34|LEMBAGA PENJAMINAN MUTU PENDIDIKAN (LPMP) PROV DIY|Pengadaan Kit Peserta Pelatihan Implementasi Kurikulum 2013 Gelombang II|b|t|1260000000||||tas, ATK, modul untuk peserta|ATK:1 tas_seminar:3 cetak_buku/Modul:2 pulpen:2 buku_tulis:2
34|PENGADILAN TINGGI AGAMA YOGYAKARTA|Pengadaan Alat Pengolah Data Kepaniteraan|b|t|248000000|||||pc_desktop:3 laptop:3 printer:2 scanner:2
34|PENGADILAN TINGGI AGAMA YOGYAKARTA|Pengadaan Genset Gedung Kantor|b|t|238000000|||||genset/Perkins:3 genset/Honda:2
34|PENGADILAN TINGGI AGAMA YOGYAKARTA|Pengadaan Peralatan Kantor/ Inventaris|b|t|214000000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 elektronik_rt/Penghancur:1 printer:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|PENGADAAN BIBIT PENGHIJAUAN LINGKUNGAN GUNUNGKIDUL-BANTUL|b|t|540000000|||bibit tanaman kayu dan MPTS polybag|bibit_tanaman/Mahoni:3 bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 bibit_tanaman/Kopi:1 bibit_tanaman/Tanaman_Hias:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|Pengadaan Bibit Penghijauan Lingkungan Purbalingga-Banyumas-Cilacap|b|t|615000000|||||bibit_tanaman/Mahoni:3 bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 bibit_tanaman/Kopi:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|Pengadaan Bibit RHL Kawasan Pantai Kebumen|b|t|472000000|||cemara udang, mangrove, ketapang|bibit_tanaman/Mahoni:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|Pengadaan Souvenir KBR|b|t|205000000|||cenderamata kebun bibit rakyat|souvenir:3 plakat:1 tas_seminar:1 kaos:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|Pengadaan Peralatan dan Perlengkapan Persemaian Permanen|b|t|690000000|||sprinkler, polybag, media tanam, shading net|alat_tani:1 tangki_air:1
34.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI SERAYU OPAK PROGO|Pengadaan Peralatan Elektronik Kantor|b|t|226000000|||||tv_display:2 proyektor:2 kamera_cctv/Mirrorless:2 laptop:2 printer:1
33.08|BP2 GAKI MAGELANG|Pengadaan Bahan dan Perlengkapan Pengambilan Sampel Penelitian Kesehatan|b|t|348000000|||tabung sampel, spuit, sarung tangan, cool box|bmhp:2 bmhp/Spuit:2 bmhp/Sarung:2 reagen_tes:1 sarana_ikan/Cool_Box:1
33.08|BP2 GAKI MAGELANG|Pengadaan Alat Kesehatan Penelitian GAKI|b|t|410000000|||||alkes:2 bmhp:1
34.01|BALAI BESAR VETERINER WATES|Pengadaan Bahan (obat-obatan) Penanggulangan Gangguan Reproduksi Paket 3|b|t|455000000|||hormon, vitamin ADE, antibiotik ternak|obat_hewan:2 obat:0
34.01|BALAI BESAR VETERINER WATES|Pengadaan Neck Tag Dan Tali Kalung Neck Tag|b|t|262000000|||penanda ternak sapi|id_card/Tali:1
34.01|BALAI BESAR VETERINER WATES|PENGADAAN GENSET 1 UNIT|b|t|395000000|1|unit|||genset/Perkins:3 genset/Honda:2 genset:1
34.01|KEJAKSAAN NEGERI WATES|Pengadaan Genset dan Instalasi beserta Pemasangannya|b|t|232000000|||||genset/Perkins:2 genset/Honda:2 genset:1
34.02|RUMAH TAHANAN NEGARA KELAS IIB BANTUL|Pengadaan Peralatan dan Mesin Alat Bengkel Kerja pada Rumah Tahanan Negara Bantul Tahun Anggaran 2013|b|t|215000000|||mesin las, bor, gerinda untuk pembinaan|mesin_jahit:0
34.04|PTAPB BATAN YOGYAKARTA|Pengadaan Makanan/minuman Penambah Daya tahan Tubuh Karyawan Pekerja Radiasi|b|t|495000000|||susu, kacang hijau, telur untuk pekerja radiasi|pmt/Extra:3 susu:2 minuman_kemasan/Kacang:2 telur:1 pmt:1
34.04|PTAPB BATAN YOGYAKARTA|Pengadaan Generator set 150 KVA Silent|b|t|540000000|||||genset/Perkins:1 genset/Cummins:1
34.04|PTAPB BATAN YOGYAKARTA|pengadaan Fire Alarm Gedung Akselerator|b|t|276000000|||||apar:1
34.04|PTAPB BATAN YOGYAKARTA|Pengadaan OS Windows 10 Profesional dan lain-lain|b|t|214000000|||lisensi sistem operasi dan aplikasi perkantoran|perangkat_lunak/Office:2 perangkat_lunak:1
34.04|PTAPB BATAN YOGYAKARTA|Pengadaan Outsourching Tenaga Pengaman|jl|t|880000000|||||
34.04|SEKOLAH TINGGI TEKNOLOGI NUKLIR BATAN|Pengadaan Peralatan Laboratorium Kimia|b|t|735000000|||gelas kimia, neraca analitik, hot plate, spektrofotometer|alat_lab/Gelas:2 alat_lab/Timbangan:2 alat_lab:1
34.04|PUSAT PENDIDIKAN DAN PELATIHAN BPK RI|Pengadaan Jasa Penyediaan Konsumsi Kegiatan Kediklatan Tahap II Tahun 2013 di Balai Diklat BPK RI Yogyakarta|jl|t|1580000000|||fullboard konsumsi peserta diklat|prasmanan:3 prasmanan/Fullday:3 snack_box:2 nasi_box:2 makanan_pasien/Asrama:2
34.04|PUSAT PENDIDIKAN DAN PELATIHAN BPK RI|Penyediaan Jasa Catering Service Diklat Prajabatan Golongan III (Angkatan VII,VIII) di Balai Diklat BPK|jl|t|690000000|||||prasmanan:3 prasmanan/Fullday:3 makanan_pasien/Asrama:2 nasi_box:2 snack_box:2
34.04|PUSAT PENDIDIKAN DAN PELATIHAN BPK RI|Pengadaan Peralatan Laboratorium Komputer di Balai Diklat BPK RI Yogyakarta Tahun Anggaran 2013|b|t|1320000000|||PC lab, switch, UPS|pc_desktop:3 laptop:2 jaringan:2 ups_listrik:2 meja_kantor/Komputer:1
34.04|SEKOLAH TINGGI MULTI MEDIA MMTC YOGYAKARTA|Pengadaan Pekerjaan Jasa Boga (Catering Service) untuk Mahasiswa Program Kedinasan|jl|t|2380000000|||makan asrama mahasiswa 3 kali sehari|makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:1 makanan_pasien:1
34.04|SEKOLAH TINGGI MULTI MEDIA MMTC YOGYAKARTA|Pengadaan Jasa Layanan Kebersihan (Cleaning Service) Kampus|jl|t|740000000|||tenaga kebersihan 12 bulan termasuk bahan|BERSIH:1
34.04|SEKOLAH TINGGI MULTI MEDIA MMTC YOGYAKARTA|Pekerjaan Pengadaan Alat Studio dan Komunikasi|b|t|1870000000|||kamera broadcast, switcher, lighting studio|kamera_cctv/Mirrorless:1 sound_system:1
34.04|SEKOLAH TINGGI MULTI MEDIA MMTC YOGYAKARTA|Pengadaan Mebelair Kampus|b|t|495000000|||||MEBEL
34.71|SEKOLAH MENENGAH KEJURUAN SMTI YOGYAKARTA|PENGADAAN KOMPUTER DESKTOP LAB|b|t|396000000|||||pc_desktop:3 pc_desktop/Workstation:2 laptop:2
34.71|KOPERTIS WILAYAH V YOGYAKARTA|Pengadaan Barang Inventaris/Perabot Kantor Kopertis Wilayah V Yogyakarta|b|t|378000000|||||MEBEL
34.71|KOPERTIS WILAYAH V YOGYAKARTA|Pengadaan Komputer dan Perlengkapannya Hibah PP-PTS|b|t|2150000000|||||pc_desktop:3 laptop:3 printer:2 proyektor:2 ups_listrik:1
34.71|KOPERTIS WILAYAH V YOGYAKARTA|Pengadaan Peralatan Laboratorium Mikrobiologi Hibah PP-PTS|b|t|1120000000|||||alat_lab/Mikroskop:2 reagen_tes/Media:2 alat_lab:1
34.71|KOMISI PEMILIHAN UMUM KOTA YOGYAKARTA|Barang Kelengkapan di TPS dan PPK Pemilukada|b|t|420000000|||tinta, segel, alat coblos, sampul|ATK:1
34.71|KOMISI PEMILIHAN UMUM KOTA YOGYAKARTA|Pengadaan Barang Cetakan Surat Suara,  Gambar Pasangan Calon dan Contoh Surat Suara|jl|t|385000000|||||cetak_blanko:1 cetak_brosur/Poster:1
34.71|KEMENTERIAN LINGKUNGAN HIDUP DAN KEHUTANAN|Pengadaan Sarana Prasarana Pengelolaan Sampah Skala Rumah Tangga|b|t|1740000000|||tempat sampah terpilah, komposter, gerobak|tempat_sampah/Terpilah:3 tempat_sampah/Gerobak:3 tempat_sampah:2 biostarter:1
34.71|KEMENTERIAN LINGKUNGAN HIDUP DAN KEHUTANAN|Pengadaan sarana prasarana integrasi bank sampah dan 3 R dalam pengelolaan sampah|b|t|1280000000|||||tempat_sampah:2 tempat_sampah/Gerobak:2 tempat_sampah/Terpilah:2
34.02|BALAI BESAR TEKNIK KESEHATAN LINGKUNGAN DAN PENGENDALIAN PENYAKIT YOGYAKARTA|Pengadaan Bahan Laboratorium|b|t|735000000|||media, reagen, bahan kimia uji|reagen_tes/Media:3 reagen_tes:2 reagen_tes/Narkoba:1 reagen_tes/Gula:1 alat_lab/Gelas:1 bmhp:1
34.02|BALAI BESAR TEKNIK KESEHATAN LINGKUNGAN DAN PENGENDALIAN PENYAKIT YOGYAKARTA|Pengadaan Peralatan Penunjang Pelayanan (Pengadaan dan Instalasi Genset)|b|t|490000000|||||genset/Perkins:2 genset:1
34.71|SATKER PENGEMBANGAN LLAJ DIY|Pemasangan LED High Flux (termasuk Housing) Traffic Light|b|t|680000000|||||lampu_listrik:1 rambu:1
34.71|SATKER PENGEMBANGAN LLAJ DIY|Rehabilitasi Fasilitas Keselamatan LLAJ Ruas Nasional|jl|t|940000000|||rambu, marka, guardrail, paku jalan|rambu:3 rambu/Cone:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Snack Pasien dan Petugas Bulan Oktober – Desember 2013|b|t|465000000|||||snack_box:3 snack_box/Tradisional:3 makanan_pasien:1 minuman_kemasan:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bahan Makanan dan Susu, Enteral Bulan Desember 2013|b|t|498000000|||susu formula, enteral, bahan makanan|susu:3 beras:2 lauk_segar:2 telur:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Obat Generik Semester I Tahun 2013|b|t|4850000000|||||obat:3 obat/Lidocaine:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi Alat Non Medis TA 2013 (Kursi kerja, Kursi bar+sandaran, Kursi beroda dll.)|b|t|420000000|||||kursi_kantor:3 kursi_lipat:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan jas Almamater dan kaos mahasiswa Baru UNY tahun 2013|b|t|2150000000|||jas almamater dan kaos 6.500 mahasiswa baru|kaos/Cotton:3 kaos:2 pdh/Jas:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Tas KKN-PPL Tahun 2013 Universitas Negeri Yogyakarta|b|t|395000000|||||tas_seminar/Ransel:3 tas_seminar:2 tas_laptop:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Mesin Cetak (UPP) Universitas Negeri Yogyakarta Tahun 2013|b|t|1950000000|||mesin cetak offset|mesin_fotokopi:1 printer:0
34.04|ULP UNIVERSITAS GADJAH MADA|JASA PERJALANAN WISATA FAMILY GATHERING  FAKULTAS EKONOMIKA DAN BISNIS UGM 2013|jl|t|465000000|||||
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Alat Tulis Kantor Tahun 2013|b|t|226000000|||||ATK
"""

# The same export, TA 2014-2015 (key year 2015).
DIY_2015 = """
34|KOMISI PEMILIHAN UMUM DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Sampul dan Formulir Pemilu Presiden dan Wakil Presiden Tahun 2015|jl|t|1430000000|||||CETAK:1 cetak_blanko:3 amplop:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Bumbu Bulan Juli s/d Desember 2015|b|t|236000000|||bumbu kering dan basah instalasi gizi|kopi_teh_gula/Gula:1 lauk_segar/Sayur:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Kebutuhan Susu dan Enteral Tahun 2015 Dana APBN|b|t|880000000|||||susu:2 pmt/Biskuit:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Barang Penunjang Pelayanan (ATK) Tahun 2015|b|t|1450000000|||||ATK
34.04|ULP RSUP DR. SARDJITO|Pengadaan Barang Penunjang Pelayanan (ART) Tahun 2015|b|t|1190000000|||sabun, pembersih lantai, tisu, kantong sampah|BERSIH alat_mandi:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Barang Bahan Komputer Tahun 2015|b|t|540000000|||||KOMP
34.04|ULP RSUP DR. SARDJITO|Pengadaan Tissue Dinding ( Kebutuhan 12 bulan)|b|t|402000000|||tissue towel dispenser dinding|tisu:2 tisu/Toilet:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan ember sampah non medis, Bak sampah Vol.90 ltr, Safety Box dll|b|t|298000000|||||tempat_sampah/Injak:3 tempat_sampah/Terpilah:2 tempat_sampah/Kantong:1 tempat_sampah/Gerobak:1
34.04|ULP RSUP DR. SARDJITO|Trolly Linen Instalasi Binatu|b|t|238000000|||||
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi Peralatan Non Medis : Mesin Cuci Instalasi Binatu|b|t|1850000000|||washer extractor kapasitas 100 kg|elektronik_rt/Mesin_Cuci:1
34.04|ULP RSUP DR. SARDJITO|Bahan / Kain Seragam Perawat, Non Medis, Kemenkes dan Korpri|b|t|985000000|||kain seragam dan kain batik korpri pegawai|batik_seragam/Korpri:3 batik_seragam/Kain:2 pdh:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Phenytoin Inj 50 mg/ml – 2 ml dll|b|t|620000000|||||obat:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Tensimeter dan Thermometer|b|t|276000000|||tensimeter digital dan termometer inframerah ruang rawat|alkes/Tensimeter:3 alkes/Termometer:3 alkes:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi  Peralatan  Medik : Bed Pasien 3 Crank dll|b|t|1760000000|||||bed_pasien/3_Crank:3 bed_pasien/1_Crank:2 bed_pasien/Meja:1 bed_pasien/Lemari:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Alat   Medis : Kursi  Kemoterapi|b|t|640000000|||||kursi_roda:1 bed_pasien:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi Alat Non Medis Mebeler (Almari Arsip dll)|b|t|535000000|||||lemari_arsip:3 rak_buku:2 meja_kantor:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Mobile File System ( Roll O Pack ) Instalasi Rekam Medis|b|t|780000000|||||lemari_arsip/Roll:3 lemari_arsip:2 rak_buku:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi Peralatan Non Medik : Dispenser dll|b|t|246000000|||dispenser, kulkas, microwave ruang perawat|alat_dapur/Dispenser:3 elektronik_rt/Kulkas:2 alat_dapur:1 air_galon:0
34.04|ULP RSUP DR. SARDJITO|Pengadaan Barang Non Medis (TV 32”, Kulkas dll)|b|t|458000000|||||elektronik_rt/Kulkas:3 tv_display/Smart_TV:2 tv_display/Monitor:1 alat_dapur/Dispenser:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Investasi Peralatan  Non Medik : Rice Cooker Kettles di Instalasi Gizi|b|t|365000000|||steam kettle masak nasi kapasitas besar|alat_dapur/Rice:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan  AC Split untuk ICCU, IMCC dan Bangsal Anggrek II|b|t|498000000|||||ac/Split:3 ac:2 service_ac/Bongkar:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan UPS untuk Irjan dan Ruang OK di IGD|b|t|760000000|||UPS online 10 kVA|ups_listrik/UPS:1
34.04|ULP RSUP DR. SARDJITO|Perangkat Pengolah Data & Komunikasi : PC dan Mesin Printer Validasi untuk Counter Rajal|b|t|590000000|||||pc_desktop:3 printer:2 kertas_thermal:0
34.04|ULP RSUP DR. SARDJITO|Pengadaan Camera Bagian  Hukmas dll|b|t|214000000|||kamera mirrorless, lensa, tripod untuk humas|kamera_cctv/Mirrorless:3 kamera_cctv:0 dokumentasi:0
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan ATK (Alat Tulis Kantor) Kebutuhan Fakultas Teknik Universitas Negeri Yogyakarta|b|t|318000000|||||ATK
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Belanja Barang ATK dan Kebutuhan Kantor Fakultas Teknik UNY|b|t|286000000|||||ATK
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Habis Pakai Kelompok ATK (Alat Tulis Kantor) Kebutuhan Fakultas Ekonomi Universitas Negeri Yogyakarta|b|t|242000000|||||ATK
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Habis Pakai Kelompok Suplis Komputer|b|t|274000000|||||KOMP
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Barang Habis Pakai Kebutuhan Rumah Tangga FMIPA Universitas Negeri Yogyakarta|b|t|208000000|||||BERSIH
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Kebutuhan Kerumahtanggaan Gedung Training Center|b|t|254000000|||sabun, tisu, handuk, sprei kamar tamu|BERSIH:2 alat_mandi:2 selimut_kasur/Sprei:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Personal Komputer FISE UNY|b|t|465000000|||||pc_desktop:3 laptop:2 pc_desktop/Workstation:2 ups_listrik:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan peralatan komputer penunjang dikjar kebutuhan FMIPA UNY|b|t|720000000|||||pc_desktop:3 laptop:3 printer:2 proyektor:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan AC Perpus dan LPM|b|t|330000000|||||ac:3 ac/Standing:2 service_ac:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan LCD Projector Kebutuhan Fakultas Bahasa dan Seni Universitas Negeri Yogyakarta|b|t|268000000|||||proyektor/Proyektor:3 proyektor/Layar:2 tv_display/Interactive:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|PENGADAAN  MEBELAIR UNTUK RUSUNAWA UNY KAMPUS WATES|b|t|1150000000|||tempat tidur susun, lemari, meja belajar|ranjang:3 selimut_kasur/Kasur:2 meja_kantor:1 lemari_arsip:1 kursi_kantor:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Mebelair Ruang Sidang Universitas Negeri Yogyakarta|b|t|415000000|||||meja_rapat:3 kursi_kantor/Rapat:3 kursi_kantor:2 sofa:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Belanja Modal Peralatan dan Mesin berupa Mebelaii GedunG Akademik Fakultas Teknik Universitas Negeri Yogyakarta|b|t|890000000|||||MEBEL mebel_sekolah:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Generator Set (Genset)  untuk Keperluan Fakultas Teknik  Universitas Negeri Yogyakarta|b|t|455000000|||||genset/Perkins:3 genset/Honda:2 genset:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Penggandaan Modul/Materi PLPG Sertifikasi Guru Rayon 11|b|t|1480000000|||||cetak_buku/Modul:3 fotokopi:3 cetak_buku:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Praktikum Kelompok Bahan Pangan Kebutuhan Fakultas Teknik Universitas Negeri Yogyakarta|b|t|348000000|||bahan praktik boga|beras:2 telur:2 minyak_goreng:2 lauk_segar:2 kopi_teh_gula:1 susu:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Praktikum Kelompok Busana/Konveksi Kebutuhan Fakultas Teknik Universitas Negeri Yogyakarta|b|t|296000000|||kain, benang, kancing, resleting|mesin_jahit:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Praktikum Kelompok Suku Cadang Motor Kebutuhan Fakultas Teknik Universitas Negeri Yogyakarta|b|t|412000000|||||sepeda_motor:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Lelang Ulang Belanja Barang berupa Bahan Praktikum untuk Sub Bidang Suku Cadang Komputer|b|t|385000000|||RAM, harddisk, keyboard, mouse, kabel UTP|aksesori_komputer:2 flashdisk:2 jaringan/Kabel:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan bahan praktikum Kelompok bahan Bangunan/Logam  Kebutuhan Fakultas Teknik Universitas Negeri Yogyakarta|b|t|326000000|||semen, besi, plat, elektroda las|semen:2 material_bangunan/Besi:2 material_bangunan:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Bahan Habis Pakai Kelompok Alat/Peralatan OR|b|t|236000000|||bola, net, raket, cone latihan|alat_olahraga/Bola:3 alat_olahraga/Net:3 alat_olahraga:2 rambu/Cone:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Belanja Modal Peralatan untuk Pembelajaran berupa Peralatan Kelompok Alat Rias & Kecantikan Universitas Negeri Yogyakarta|b|t|318000000|||||peralatan_usaha/Rias:3 peralatan_usaha:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Belanja Modal Peralatan dan Mesin berupa Alat Laboratorium Busana Universitas Negeri Yogyakarta|b|t|545000000|||mesin jahit high speed, obras|mesin_jahit:3
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Gamelan Kebutuhan FBS UNY|b|t|390000000|||||alat_musik/Gamelan_Jawa:3 alat_musik/Talo:1 alat_musik:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Piano Kebutuhan Fakultas Bahasa dan Seni Universitas Negeri Yogyakarta|b|t|640000000|||grand piano ruang konser|alat_musik:0
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Barang dalam rangka peningkatan layanan wifi Rektorat dan Fakultas/Pascasarjana/lembaga/unit di lingkungan UNY|b|t|1680000000|||||jaringan/Access_Point:3 jaringan:2
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Belanja Modal Peralatan dan Mesin Berupa Server SNMPTN dan SBMPTN|b|t|1240000000|||rack server dan storage|pc_desktop/Workstation:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Bahan Komputer Tahun 2015 (CD-R Plus GT-Pro + Casing, DVD-R GT-Pro + Casing, dll.)|b|t|305000000|||||tinta_printer:2 toner:2 flashdisk:2 aksesori_komputer:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Tas Paket Mandi Pasien Tahun 2015|b|t|365000000|||tas berisi sabun, sikat gigi, pasta gigi, sampo|alat_mandi/Paket:3 alat_mandi:2 tas_seminar/Spunbond:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Pakaian Kerja Non Medis  Tahun 2015|b|t|540000000|||wearpack teknisi, seragam cleaning service, seragam satpam|pdh/Seragam_Kerja:3 pdh:2 kaos/Polo:1 sepatu/Safety:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan  3 Way Stopcock  Buntut  dll, tahun 2015|b|t|710000000|||||bmhp:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan ATK (Alat Tulis Kantor) Penunjang Pembelajaran  Kebutuhan Rektorat Universitas Negeri Yogyakarta Tahun 2015|b|t|612000000|||||ATK
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan ATK Kebutuhan Rektorat Universitas Negeri Yogyakarta Semester II|b|t|452000000|||||ATK
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Komputer Kebutuhan Program Pasca Sarjana (PPS) Universitas Negeri Yogyakarta|b|t|615000000|||||pc_desktop:3 laptop:2 ups_listrik:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Peralatan Mebeler untuk gedung ICC|b|t|1240000000|||meja kerja, kursi, lemari arsip, sofa ruang tunggu|MEBEL kursi_lipat/Tunggu:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Linen Semester I TA 2015 Instalasi Binatu|b|t|1290000000|||sprei, sarung bantal, stik laken, selimut|selimut_kasur/Sprei:3 selimut_kasur/Selimut:2 selimut_kasur/Bantal:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Kaos dan Jas Almamater Mahasiswa Baru Universitas Negeri Yogyakarta 2015|b|t|2080000000|||||kaos/Cotton:3 kaos:2 pdh/Jas:1
"""

# The same export, TA 2016-2018 (key year 2017).
DIY_2017 = """
34|BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL DIY|PENGADAAN BLANKO PETA, KUPON DAN STIKER PENDATAAN KELUARGA 2017|jl|t|356000000|||formulir pendataan, kupon, stiker rumah|CETAK:1 cetak_blanko:3 stiker_label:3 cetak_brosur:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Bahan Makanan Lauk Pauk Bulan Oktober-Desember Th. 2017|b|t|1120000000|||||lauk_segar:3 telur:3 lauk_segar/Sayur:1 lauk_segar/Buah:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan  Bahan Makanan Buah, Sayuran dan Bumbu Basah Bulan Januari-Maret 2017|b|t|690000000|||||lauk_segar/Sayur:3 lauk_segar/Buah:3 lauk_segar:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Spare Part dan Bahan Komputer Semester II Tahun 2017|b|t|615000000|||||KOMP:2 aksesori_komputer:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Linen Semester II Tahun 2017|b|t|1340000000|||sprei, sarung bantal, selimut, baju pasien|selimut_kasur/Sprei:3 selimut_kasur/Selimut:2 selimut_kasur/Bantal:1 alat_mandi/Handuk:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Pakaian Dinas : Seragam Perawat 2017|b|t|1260000000|||seragam perawat dan bidan (jahit)|pdh:1 batik_seragam:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan AMHP - Alkes  Tahun 2017 : Masker N95 dll|b|t|560000000|||masker N95, masker bedah, sarung tangan|apd_kerja/N95:3 bmhp/Masker:3 bmhp/Sarung:2 bmhp:2
34.04|ULP RSUP DR. SARDJITO|Pengadaan Cetakan Paket I Tahun 2017|b|t|690000000|||formulir rekam medis, blanko resep, map pasien|cetak_blanko:3 cetak_brosur:2 stiker_label:1 map_ordner:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Belanja Modal Peralatan dan Mesin Berupa Alat Laboratorium Boga Universitas Negeri Yogyakarta Tahun 2017|b|t|478000000|||kompor, oven, peralatan masak praktik|alat_dapur:2 kitchen_set:1 peralatan_usaha:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Toner Printer untuk Keperluan Kantor Pusat Universitas Gadjah Mada|b|t|415000000|||||toner:3 tinta_printer:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Personal Komputer Fakultas Psikologi Universitas Gadjah Mada|b|t|388000000|||||pc_desktop:3 laptop:2 ups_listrik:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan komputer, monitor dan server untuk Program Diploma Teknik Mesin|b|t|530000000|||||pc_desktop:3 pc_desktop/Workstation:2 tv_display/Monitor:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan AC Untuk Inventaris Kantor Universitas Gadjah Mada|b|t|362000000|||||ac:3 ac/Standing:2 service_ac:1
34.04|ULP UNIVERSITAS GADJAH MADA|Peralatan Pengkondisian Udara/Air Conditioner untuk Inventaris Kantor Fakultas Ekonomika dan Bisnis UGM|b|t|298000000|||||ac:3 ac/Standing:2 kipas_angin:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Alat Kantor Untuk Fakultas Kedokteran Universitas Gadjah Mada|b|t|326000000|||mesin penghancur kertas, printer, scanner, mesin fotokopi|elektronik_rt/Penghancur:2 printer:2 scanner:2 mesin_fotokopi:2 MEBEL:1
34.04|ULP UNIVERSITAS GADJAH MADA|ALAT KOMUNIKASI UNTUK INVENTARIS KANTOR PPTIK UNIVERSITAS GADJAH MADA|b|t|245000000|||HT, IP phone, headset|elektronik_rt/Handy:2 aksesori_komputer/Headset:2 jaringan:1
34.04|ULP UNIVERSITAS GADJAH MADA|PENGADAAN PERALATAN IT UNTUK PEREMAJAAN INFRASTRUKTUR JARINGAN INHERENT UNIVERSITAS GADJAH MADA|b|t|1480000000|||router, switch, access point|jaringan:3 jaringan/Kabel:2
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Peralatan Untuk Computer Based Test (CBT) Centre|b|t|2250000000|||PC ujian, UPS, switch, meja komputer|pc_desktop:3 ups_listrik:2 jaringan:2 meja_kantor/Komputer:2 laptop:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Furniture Pengisian Gedung Perkuliahan Program S1 untuk Fakultas MIPA UGM|b|t|1360000000|||meja kursi kuliah, meja dosen, papan tulis|MEBEL:1 mebel_sekolah:2 mebel_sekolah/Whiteboard:2 kursi_lipat:2
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Alat Bahan Medis Habis Pakai Tahap III untuk RS UGM|b|t|1150000000|||||bmhp:3 obat:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan AMHP BMHP Pelayanan Hemodialisa RS UGM Tahap II|b|t|980000000|||dialiser, blood line, fistula|bmhp:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Map Wisuda untuk Keperluan Wisuda Universitas Gadjah Mada Periode II|jl|t|372000000|||map ijazah hardcover logo UGM|cetak_blanko/Map:2 map_ordner/Batik:2 map_ordner:1
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Seragam Mahasiswa KKN-PPM Universitas Gadjah Mada|jl|t|1320000000|||jaket/rompi dan kaos KKN|kaos/Rompi:3 kaos/Polo:2 kaos:2 topi_atribut:1
34.04|ULP UNIVERSITAS GADJAH MADA|PENGADAAN GPS LAB GEOFISIKA  FAKULTAS MIPA  UNIVERSITAS GADJAH MADA|b|t|690000000|||||
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Perangkat Lunak Pendukung UGM|jl|t|1650000000|||lisensi aplikasi perkantoran dan antivirus|perangkat_lunak:2
34.04|ULP UNIVERSITAS GADJAH MADA|Pengadaan Sistem CCTV, Perangkat Pendukung Dan Revitalisasi Data Center UGM|jl|t|3950000000|||||kamera_cctv/Paket:2 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
34.04|ULP UNIVERSITAS GADJAH MADA|RENOVASI GEDUNG ASRAMA MAHASISWA CEMARA LIMA UNIVERSITAS GADJAH MADA|k|t|2480000000|||||semen:1
34.04|UIN SUNAN KALIJAGA|Pengadaan Meubelair UIN Sunan Kalijaga Yogyakarta Gedung Multipurpose|b|t|1560000000|||||MEBEL
34.04|UIN SUNAN KALIJAGA|Pengadaan Buku-Buku Perpustakaan Pusat|b|t|890000000|||||buku_bacaan:1
34.04|UIN SUNAN KALIJAGA|Pengadaan Peralatan Tanggap Darurat Bencana Alam (Paket C)|b|t|468000000|||tenda, tandu, pelampung, genset portable|sar/Tenda:2 sar/Tandu:2 sar:2 genset/Honda:1
34.04|UIN SUNAN KALIJAGA|Pengadaan Perlengkapan Rawat Darurat Medis Tanggap Bencana|b|t|412000000|||tandu, kit P3K, tensimeter, oksigen portable|sar/Tandu:2 alkes:2 bmhp:1
34.04|UIN SUNAN KALIJAGA|Pengadaan Sarana dan Prasarana Teknologi Informasi UIN Sunan Kalijaga Yogyakarta|b|t|2640000000|||||pc_desktop:2 jaringan:2 laptop:2 proyektor:1
34.04|SEKOLAH TINGGI PERTANAHAN NASIONAL|Pengadaan Barang/Jasa Berupa Meubel Asrama Taruna Baru|b|t|685000000|||tempat tidur susun, lemari, meja belajar asrama|ranjang:3 selimut_kasur/Kasur:2 meja_kantor:1 lemari_arsip:1
34.04|SEKOLAH TINGGI PERTANAHAN NASIONAL|Pengadaan Barang/Jasa 2 unit Kendaraan  Bermotor Roda 4 (empat)|b|t|905000000|2|unit|||mobil/Innova:3 mobil/Double:2 mobil/Hiace:1 mobil/Golf:0
34.04|SEKOLAH TINGGI PERTANAHAN NASIONAL|Pengadaan Pakaian Seragam Mahasiswa Taruna|b|t|780000000|||kemeja, celana, PDL taruna|pdh:2 pdh/Kemeja:2 sepatu/PDH:1 topi_atribut:1
34.04|SEKOLAH TINGGI PERTANAHAN NASIONAL|Pengadaan Peralatan Praktikum Pengukuran|b|t|1120000000|||total station, GPS geodetik, waterpass|
34|KANWIL BPN PROPINSI DI YOGYAKARTA|Belanja Modal Pengadaan Komputer Kantah Jajaran|b|t|445000000|||||pc_desktop:3 laptop:2 printer:1
34|KANWIL BPN PROPINSI DI YOGYAKARTA|Belanja Modal Peralatan Penyimpanan Arsip Warkah|b|t|525000000|||||lemari_arsip/Roll:3 lemari_arsip:3 rak_buku:2 map_ordner/Box_Arsip:1
34|KANWIL BPN PROPINSI DI YOGYAKARTA|Belanja Modal Peralatan dan Mesin Pengadaan Peralatan Ruangan|b|t|285000000|||||MEBEL:2 ac:1
34|KANWIL BPN PROPINSI DI YOGYAKARTA|Belanja Modal Peralatan dan Mesin Berupa Genset Kantah Kulon Progo|b|t|232000000|||||genset/Perkins:2 genset/Honda:2
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Alat Pendidikan FSP ISI Yogyakarta, berupa Gamelan Jawa Gaya Yogyakarta|b|t|880000000|||||alat_musik/Gamelan_Jawa:3 alat_musik/Kendang:1 alat_musik/Talo:1
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Alat Musik "Marching Band" ISI Yogyakarta|b|t|455000000|||||alat_musik:1 kostum/Marching:1
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Alat Pendidikan FSP ISI Yogyakarta, berupa Wayang Prodo Mas Gaya Yogyakarta|b|t|395000000|||||souvenir:0
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Peralatan Fungsional Pendidikan ISI Yogyakarta berupa Mebelair|b|t|640000000|||||MEBEL mebel_sekolah:2
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Belanja Modal Alat Pendidikan Pengadaan Komputer|b|t|980000000|||||pc_desktop:3 laptop:2 pc_desktop/Workstation:2
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan AC Floor Standing dan Proyektor System ISI Yogyakarta|b|t|1380000000|||||ac/Standing:3 proyektor:3 ac:1 proyektor/Layar:2
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Genset di lingkungan ISI Yogyakarta|b|t|520000000|||||genset/Perkins:3 genset/Honda:2 genset:1
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Peralatan (Audio Video Conference System) Gedung Pascasarjana|b|t|1240000000|||||sound_system/Conference:3 tv_display/Interactive:2 aksesori_komputer/Webcam:2 kamera_cctv/PTZ:1
34.02|INSTITUT SENI INDONESIA YOGYAKARTA|Pengadaan Bahan Praktikum Perkuliahan Fakultas Seni Rupa|b|t|276000000|||cat, kanvas, kuas, tanah liat|material_bangunan/Cat:1 kertas_foto/Karton:1
34.71|ISTANA KEPRESIDENAN YOGYAKARTA|Pengadaan 33 (tiga puluh tiga) set Tempat Tidur VIP Wisma Negara|b|t|715000000|33|set|||ranjang/Kayu:2 selimut_kasur/Kasur:1 ranjang/Susun:0
34.71|ISTANA KEPRESIDENAN YOGYAKARTA|Pengadaan1 Unit Mobil Dinas VIP|b|t|1150000000|1|unit|||mobil/Innova:1 mobil:1
34.71|ISTANA KEPRESIDENAN YOGYAKARTA|Perawatan Koleksi Lukisan di Istana Kepresidenan Yogyakarta|jl|t|485000000|||||
34.71|KEMENTERIAN SEKRETARIAT NEGARA|-    Pengadaan dan Pemasangan Gordyn Gedung Induk Istana|b|t|785000000|||||
34.71|KEMENTERIAN SEKRETARIAT NEGARA|Pengadaan Karpet / permadani  Ruang garuda, ruang makan VVIP dan ruang sudirman|b|t|1120000000|||||selimut_kasur/Tikar:1
34.71|KEMENTERIAN SEKRETARIAT NEGARA|Pengadaan Meubelair Wisma Sawojajar|b|t|940000000|||||MEBEL sofa:3 ranjang/Kayu:2 meja_makan:2
34.71|PUSAT PENGEMBANGAN SDM REGIONAL YOGYAKARTA KEMENDAGRI|Pengadaan 30 unit A.C Inverter 1PK dan 6 unit A.C Inverter 2 PK untuk gedung asrama dan kantor|b|t|318000000|36|unit|||ac/1_PK:3 ac/2_PK:3 ac/Gree:1 ac/Standing:0
34.71|PUSAT PENGEMBANGAN SDM REGIONAL YOGYAKARTA KEMENDAGRI|PEKERJAAN PENGADAAN FURNITURE PUSDIKLAT KEMENDAGRI REGIONAL YOGYAKARTA|b|t|1080000000|||||MEBEL ranjang:2
34.04|PPPPTK MATEMATIKA YOGYAKARTA|Pengadaan Bantuan Peralatan ICT untuk MGMP Matematika|b|t|1840000000|||laptop, proyektor, printer untuk MGMP|laptop:3 proyektor:3 printer:2 pc_desktop:2
34.04|PPPPTK MATEMATIKA YOGYAKARTA|Pengadaan Perlengkapan Kelas Diklat|b|t|395000000|||meja kursi peserta, whiteboard, layar|mebel_sekolah/Whiteboard:2 kursi_lipat:2 mebel_sekolah:1 proyektor/Layar:2
34.04|PPPPTK MATEMATIKA YOGYAKARTA|Pengadaan dan Pemasangan Genset 412 KVA|b|t|1380000000|||||genset/Cummins:2 genset/Perkins:1
34.71|BALAI PEMBERDAYAAN MASYARAKAT DESA YOGYAKARTA|Pengadaan Mebel Ruang Kelas dan Asrama|b|t|495000000|||||ranjang:3 mebel_sekolah:2 kursi_lipat:2 meja_kantor:1 selimut_kasur/Kasur:1
34.71|BALAI PEMBERDAYAAN MASYARAKAT DESA YOGYAKARTA|Pengadaan Alat Pengolah Data Balai PMD|b|t|226000000|||||pc_desktop:3 laptop:3 printer:2
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Bahan Penunjang Medis|b|t|385000000|||||bmhp:2 reagen_tes:1 obat:1
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Barang Cetakan Rekam Medis|b|t|232000000|||||CETAK cetak_blanko:3
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan AlatTulis kantor|b|t|218000000|||||ATK
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan  Reagen Laboratorium Tahap II|b|t|645000000|||||reagen_tes/Reagen:2 reagen_tes:1
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Penambah Daya Tahan Tubuh Pegawai|b|t|276000000|||susu, kacang hijau, telur|pmt/Extra:3 susu:2 minuman_kemasan/Kacang:2 telur:1
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Alat Rumah Tangga|b|t|205000000|||||BERSIH:2 alat_dapur:2
33.72|BALAI BESAR KESEHATAN PARU MASYARAKAT SURAKARTA|Pengadaan Meubelair Gedung Kantor|b|t|440000000|||||MEBEL
33.72|LPFK SURAKARTA|Pengadaan Bahan Film dan Pengolah Film Badge|b|t|312000000|||||kertas_foto:0
33.72|LPFK SURAKARTA|Pengadaan Bahan Habis Pakai Laboratorium Kalibrasi|b|t|238000000|||||reagen_tes:1 alat_lab/Gelas:1 bmhp:1
34.71|POLITEKNIK LPP YOGYAKARTA|PENGADAAN PERALATAN LABORATORIUM SIMULASI KOMPUTER|b|t|735000000|||||pc_desktop:3 pc_desktop/Workstation:2 meja_kantor/Komputer:1
34.71|MUSEUM BENTENG VREDEBURG YOGYAKARTA|Pengadaan Fasilitas Perkantoran Sebanyak 288 Unit|b|t|1240000000|||meja, kursi, lemari, rak|MEBEL:2
34.71|BALAI PELESTARIAN NILAI BUDAYA YOGYAKARTA|Pengadaan Dan Pemasangan 1 (Satu) Paket Perangkat Video Teleconference Dan Mesin Absensi Biometrik|b|t|365000000|||||aksesori_komputer/Webcam:2 tv_display:2 sound_system/Conference:1 kamera_cctv/PTZ:1
34.04|AKADEMI TEKNOLOGI KULIT YOGYAKARTA|Pengadaan Komputer Lab Desain Kulit|b|t|298000000|||||pc_desktop:3 pc_desktop/Workstation:2 laptop:2
34.04|UNIVERSITAS PEMBANGUNAN NASIONAL VETERAN YOGYAKARTA|Pengadaan Jaket Almamater UPN Veteran Yogyakarta|b|t|1180000000|||jaket almamater mahasiswa baru|pdh/Jas:1 kaos/Rompi:1
64.72|KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI|Pengadaan Meubelair ISBI Kalimantan Timur|b|t|1450000000|||||MEBEL mebel_sekolah:2
64.72|KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI|Pengadaan Alat Pendidikan Keseniaan ISBI Kalimantan Timur|b|t|1980000000|||gamelan, alat musik tradisional, kostum tari|alat_musik:2 kostum/Tari:2 alat_musik/Gamelan:2
34.04|KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI|belnaj barang berupa bahan habis pakai praktikum kelompok suku Cadang komputer Kebutuhan Fakultas Teknik|b|t|356000000|||||aksesori_komputer:2 flashdisk:2 jaringan/Kabel:2
34.04|KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI|Pengadaan Peralatan Praktikum Menggambar Mesin dan Menggambar Elektro|b|t|745000000|||meja gambar, PC CAD|pc_desktop/Workstation:2 meja_kantor:1
34.71|KODIM 0734 YOGYAKARTA|Pengadaan Bahan Material Pembangunan Talud TMMD Tahap II|b|t|248000000|||semen, pasir, batu kali|semen:3 material_bangunan:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Nasi Box Bulan Ramadhan 2017|b|t|318000000|||nasi box berbuka dan sahur pegawai jaga|nasi_box:3 snack_box:1 prasmanan/Harian:1
34.04|ULP RSUP DR. SARDJITO|Pengadaan Perlengkapan dan BHP SIMETRIS Semester 1 Th 2017|b|t|730000000|||kertas thermal antrian, label barcode, tinta|kertas_thermal:2 stiker_label:2 tinta_printer:2 toner:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Kertas HVS Plano Keperluan Cetak Naskah Soal Ujian SBMPTN Tahun 2017|b|t|2350000000|||kertas HVS plano 60 gr 65x100|kertas_a3:1 kertas_a4:1
34.04|UNIVERSITAS NEGERI YOGYAKARTA|Pengadaan Roller Blind Motorized Gedung Digital Library Universitas Negeri Yogyakarta 2017|b|t|690000000|||||
34.04|UNIVERSITAS GADJAH MADA|Pengadaan Reagen RS UGM 2017|b|t|1470000000|||reagen hematologi dan kimia klinik|reagen_tes/Hematologi:3 reagen_tes:2
34.04|KEMENTERIAN RISET, TEKNOLOGI, DAN PENDIDIKAN TINGGI|Belanja Barang Berupa Jas Almamater dan Kaos Mahasiswa Baru Universitas Negeri Yogyakarta Tahun 2017|b|t|2380000000|||||kaos/Cotton:3 kaos:2 pdh/Jas:1
"""

# ISB SPSE tender/non-tender exports of LPSE in Kalimantan Barat (blogramadhan/dashukpbj), K/L rows, TA 2020.
KALBAR_2020 = """
61.03|KEJAKSAAN NEGERI LANDAK|Pengadaan Kendaraan Bermotor Operasional|b|pl|73500000|||||sepeda_motor:2 mobil:1
61.03|KEJAKSAAN NEGERI LANDAK|Pengadaan Whell Chair Roda Racing Layanan Disabilitas|b|pl|2100000|||||kursi_roda/Standar:2 kursi_roda:1
61.04|IPDN KALBAR|Belanja Langganan Air Bersih IPDN Kampus Kalimantan Barat|jl|t|812000000|||suplai air bersih dengan mobil tangki 12 bulan|air_galon:1 tangki_air:1
61.04|IPDN KALBAR|Pengadaan Bahan Makanan Praja IPDN Kampus Kalimantan Barat Semester II|jl|tc|1742000000|||bahan makanan dapur praja|beras:3 lauk_segar:3 telur:3 minyak_goreng:2 sembako:2 makanan_pasien/Siswa:2
61.04|IPDN KALBAR|Pengadaan Pakaian Dinas Praja|jl|t|291000000|||PDH, PDL dan pakaian olahraga praja|DINAS:2 pdh:3 pdh/Seragam_Kerja:3 kaos/Olahraga:2
61.04|IPDN KALBAR|PENGADAAN PERANGKAT PENGOLAH DATA DAN KOMUNIKASI|b|tc|604000000|||komputer, laptop, printer, switch|pc_desktop:3 laptop:3 printer:2 jaringan:2 scanner:1
61.04|IPDN KALBAR|PENGADAAN PERALATAN FASILITAS PERKANTORAN KAMPUS|b|tc|431000000|||||MEBEL:2 ac:1
61.04|IPDN KALBAR|Pengadaan Bahan Makanan Praja dengan Pola Catering|jl|t|389000000|||catering 3 kali sehari praja|makanan_pasien/Siswa:3 prasmanan/Harian:2 nasi_box:1 makanan_pasien:1
61.04|IPDN KALBAR|Pekerjaan Lanjutan Pembangunan Gedung IPDN KAMPUS KALBAR TA 2020|k|t|1205000000|||||semen:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Pembuatan sekat kanal kontraktual KHG Sungai Punggur Besar - Sungai Kapuas (Desa Limbung Kec. Sungai Raya)|k|t|396000000|||||
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Pengadaan Peralatan Operasional FLOATING PUMP Pemadaman Karhutla|b|tc|640000000|||pompa apung untuk pembasahan gambut|alsintan/Pompa:1 alat_tani/Power_Sprayer:1
61.01|DINAS KOPERASI USAHA KECIL MENENGAH PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN SAMBAS|Belanja Modal Pengadaan Baju Kreasi Tenun Lunggi ( Fashion Festival )|b|pl|48500000|||busana kreasi kain tenun lunggi|tenun_tradisional:1 kostum/Adat:1
"""

# The same exports, TA 2021.
KALBAR_2021 = """
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROV KALIMANTAN BARAT TP TANPANG|Bantuan Benih Padi Inbrida di Kabupaten Sambas (10.800 Ha)|b|pn|2890000000|||benih padi inbrida bersertifikat 25 kg/ha|benih_pangan/Padi:3 benih_pangan:1 beras:0
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROV KALIMANTAN BARAT TP TANPANG|BANTUAN BENIH PADI INBRIDA DI KABUPATEN MEMPAWAH (3.000 HA) DAN KOTA SINGKAWANG (1.100 HA)|b|pn|1075000000|||||benih_pangan/Padi:3 benih_pangan:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROV KALIMANTAN BARAT TP HORTI|Bantuan Sarana Produksi Cabai Rawit di Kabupaten Sambas dan Kabupaten Sanggau|b|t|562000000|||benih cabai, pupuk, pestisida, mulsa|bibit_tanaman/Cabai:2 pupuk:2 pestisida:2 alat_tani/Sprayer:1
61|DINAS PANGAN PETERNAKAN DAN KESEHATAN HEWAN PROVINSI KALIMANTAN BARAT TP NAK|Fasilitasi Alat IB (Inseminasi Buatan)|b|pl|40200000|||gun IB, plastic sheath, gloves|obat_hewan:1 bmhp/Sarung:1
61|DINAS PANGAN PETERNAKAN DAN KESEHATAN HEWAN PROVINSI KALIMANTAN BARAT TP NAK|Pengadaan Kontainer N2 Cair|b|pl|44500000|||container nitrogen cair 35 liter|
61.04|IPDN KALBAR|JASA KONSULTANSI PENGAWASAN KONSTRUKSI PEMBANGUNAN GEDUNG IPDN KAMPUS KALBAR TA 2021|ks|s|760000000|||||
61.04|IPDN KALBAR|PENGADAAN PAKAIAN DINAS PRAJA TA 2021|jl|t|262500000|||PDH praja putra putri|DINAS:2 pdh:3 topi_atribut/Atribut:2
61.04|IPDN KALBAR|PEKERJAAN INFRASTRUKTUR FIBER OPTIK IPDN KAMPUS KALBAR|jl|tc|358000000|||penarikan kabel FO antar gedung|jaringan/Kabel:1 jaringan:1
61|DINAS KEPEMUDAAN OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Pengadaan Konsumsi Atlet Pusat Pendidikan dan Latihan Olahraga Pelajar provinsi (PPLP) Kalimanan Barat|jl|t|431000000|||makan 3 kali sehari dan extra fooding atlet asrama|makanan_pasien/Siswa:3 prasmanan/Harian:2 pmt/Extra:2 susu:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Pembangunan Sekat Kanal Permanen Kabupaten Kubu Raya|k|t|7290000000|||||semen:1
61|DITJEN PPKTRANS DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI KALIMANTAN BARAT|Belanja Jasa Konsultan/ Invetarisasi Kepemilikan Lahan Lokasi Desa Satai Lestari SP.3 Kabupaten Kayong Utara|ks|pl|98500000|||||
61.71|DINAS KOPERASI USAHA MIKRO DAN PERDAGANGAN KOTA PONTIANAK|- 2 Konsultan Pengawasan Pasar Rakyat Parwasal|ks|pl|97000000|||||
61.01|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR WS.KAPUAS, WS.JELAI-KENDAWANGAN PROVINSI KALIMANTAN BARAT|Pembangunan Sarana dan Prasarana Air Baku Kabupaten Sambas Lanjutan (Ruas Sekura); Kalimantan Barat; Kab. Sambas; 8 km; 0.025 m3/det|k|t|9650000000|||||material_bangunan/Pipa:1
61.01|DINAS KOPERASI USAHA KECIL MENENGAH PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN SAMBAS|Belanja Persediaan  untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkan kepada Masyarakat|b|pl|195500000|||||sembako:1 beras:1
61.05|RRI ENTIKONG|Pengadaan Kendaraan Dinas Roda 4 LPP RRI Entikong|b|tc|319000000||||kendaraan operasional liputan perbatasan|mobil/Double:2 mobil/Innova:2 mobil:1 mobil/Golf:0
61.07|RRI SINTANG|Pengadaan AC Pemancar dan Kebutuhan Peralatan Studio Siaran|b|pl|192000000|||AC ruang pemancar, mic, headphone studio|ac:2 sound_system/Mic:2 aksesori_komputer/Headset:1
61.07|RRI SINTANG|Laptop / PC LPP RRI Sintang|b|pl|19800000|||||laptop:3 pc_desktop:3 tas_laptop:1
61.07|BADAN PENGELOLA PERBATASAN DAERAH KABUPATEN SINTANG|Pembangunan Kantor Desa Idai Kecamatan Ketungau Hulu|k|t|726000000|||||semen:1
"""

# The same exports, TA 2022.
KALBAR_2022 = """
61.04|IPDN KALBAR|Pengadaan Bahan Makanan Praja dengan Pola Catering Di Lingkungan IPDN Kampus Kalbar|jl|t|1915000000|||||makanan_pasien/Siswa:3 prasmanan/Harian:2 nasi_box:1 makanan_pasien:1
61|DINAS KEPEMUDAAN OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT| Konsumsi Atlet Pusat Pendidikan dan Latihan Olahraga  Pelajar  (PPLP) Prov Kalbar|jl|t|705000000|||||makanan_pasien/Siswa:3 prasmanan/Harian:2 pmt/Extra:2
61.01|DINAS KOPERASI USAHA KECIL MENENGAH PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN SAMBAS|Belanja Hibah Barang kepada Badan dan Lembaga Nirlaba, Sukarela Bersifat Sosial Kemasyarakatan (Peralatan Industri Olahan Kopi)|b|pl|98000000|||mesin sangrai, grinder, sealer untuk kelompok|peralatan_usaha/Barista:1
61.01|DINAS KOPERASI UKM PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN SAMBAS|Jasa Konsultansi Pengawasan Pembangunan Pasar Temajuk|ks|s|236000000|||||
61.07|RRI SINTANG|Pengadaan Laptop/PC LPP RRI Sintang|b|pl|49000000|||||laptop:3 pc_desktop:3 tas_laptop:1
61.07|RRI SINTANG|Rehab Gedung Aula Kantor RRI Sintang|k|pl|197000000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); keys starting with "inaproc" are APBN (central government).
    "inaprocb4b1": (
        "LPSE DIY tenders of K/L and state universities, TA 2011-2013 (Ariq139/LPSE-Winner-Parser)",
        2013,
        False,
        DIY_2013,
    ),
    "inaprocb4b2": (
        "LPSE DIY tenders of K/L and state universities, TA 2014-2015 (Ariq139/LPSE-Winner-Parser)",
        2015,
        False,
        DIY_2015,
    ),
    "inaprocb4b3": (
        "LPSE DIY tenders of K/L and state universities, TA 2016-2018 (Ariq139/LPSE-Winner-Parser)",
        2017,
        False,
        DIY_2017,
    ),
    "inaprocb4b4": (
        "Kalimantan Barat SPSE tender/non-tender, K/L rows, TA 2020 (blogramadhan/dashukpbj)",
        2020,
        False,
        KALBAR_2020,
    ),
    "inaprocb4b5": (
        "Kalimantan Barat SPSE tender/non-tender, K/L rows, TA 2021 (blogramadhan/dashukpbj)",
        2021,
        False,
        KALBAR_2021,
    ),
    "inaprocb4b6": (
        "Kalimantan Barat SPSE tender/non-tender, K/L rows, TA 2022 (blogramadhan/dashukpbj)",
        2022,
        False,
        KALBAR_2022,
    ),
}
