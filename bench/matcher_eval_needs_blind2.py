# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind2, a second held-out matcher evaluation set, with the labeller's graded intent.

Sources (public GitHub repositories, read with the search tools; SOURCES.md, section "blind2"):

* INAPROC realisasi paket TA 2025 (data.inaproc.id), as summarised per winning supplier in
  `prediksi_nama_vendor.csv` of jidiyosua/Potensial-segmen-Inaproc-2025: one example package name
  (Contoh_Paket) per supplier, with its satker and instansi, for central-government offices (K/L) and
  regional governments in every island group (Sumatera, Jawa, Kalimantan, Sulawesi, Bali-Nusa Tenggara,
  Maluku-Papua). The file gives a supplier's total pagu and package count, not the package's own pagu: the
  pagu here is that average, rounded and capped at a plausible size for the package.
* INAPROC realisasi tender TA 2025 of Kota Bandung, Jawa Barat (`checkpoint_scraping.jsonl` of
  tryfatur/data-inaproc-scrapping): Nama Tender, Satuan Kerja, Nilai Pagu, Kategori. Mostly works and
  consultancy, so they measure abstention.
* FALLBACK (not a new source): 50 rows of agitkasep/inaprocdata (INAPROC realisasi paket K/L TA 2026), the
  repository the main set's INAPROC needs came from, only where the package name is not in
  bench/matcher_eval_needs.py; the two new sources hold too few goods packages for 160+ needs with a
  realistic 20-25% share of needs the catalog cannot serve. Key `inaprocfb`, so blind2 can be scored
  without them.

Every row is my own record made from one real package name (reworded lightly: other numbers, places,
paket numbers; the noise of the original kept: ALL CAPS, typos such as "Pengadan", "Balanja", a missing
first letter, MAK-like codes, "(DAK)", "(OTSUS)", several items in one name). Rows have exactly the format of
bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The grades were written by
reading the package name against the catalog's kinds (bench/matcher_eval_catalog.py), before and without
any ranking system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Central-government satker (K/L, APBN) in INAPROC realisasi 2025, jidiyosua/Potensial-segmen-Inaproc-2025.
INAPROC_KL = """
16.71|POLITEKNIK KESEHATAN PALEMBANG|Pengadaan Bandwith Internet Poltekkes Kemenkes Palembang Tahun 2025|jl|ep|820000000|||langganan bandwidth kampus 12 bulan|jaringan:1
63.71|UNIVERSITAS LAMBUNG MANGKURAT|Biaya aplikasi anti plagiat di Universitas|jl|ep|165000000|||lisensi anti-plagiarisme 1 tahun|perangkat_lunak:1
11.15|KANTOR PERTANAHAN KAB NAGAN RAYA DI PROP NANGGROE ACEH DARUSSALAM|Lisensi Autocad|b|ep|43000000|2|lisensi|||perangkat_lunak:1
81.08|BANDAR UDARA JOHN BECKER PULAU KISAR|Pengadaan dan Pemasangan Peralatan X-Ray Bagasi Single View dengan Aplikasi TIP dan Automatic Threat Detection (MOA)|b|t|1650000000|1|unit|n|mesin x-ray bagasi terpasang|kamera_cctv:0
36.03|BADAN PUSAT STATISTIK KAB TANGERANG|Biaya Paket Data susenas maret 2025|jl|pl|17500000|||paket data petugas pencacah||
51.71|UNIVERSITAS UDAYANA|Pengadaan Obat dan BMHP Klinik Kampus|b|ep|980000000|||obat dan bahan medis habis pakai poliklinik|obat:3 bmhp:3 alkes:1
36.71|RSUP DR SITANALA TANGERANG|Pengadaan Obat|b|ep|4800000000|||obat generik dan paten e-katalog|obat:3 bmhp:1
31.71|RUMAH SAKIT UMUM DR CIPTO MANGUN KUSUMO JAKARTA|Pengadaan Sediaan Farmasi , Alat Kesehatan dan Bahan Medis Habis Pakai E_Catalogue TA 2025|b|ep|2300000000|||||obat:3 bmhp:3 alkes:2 reagen_tes:1
34.04|RUMAH SAKIT UMUM DR SARDJITO YOGYAKARTA|Pengadaan Obat Farmasi tahun 2025 E-Kat|b|ep|9800000000|||||obat:3 bmhp:1
32.73|RUMAH SAKIT UMUM DR HASAN SADIKIN BANDUNG|Obat Fornas e-Katalog Semester II|b|ep|3350000000|||obat formularium nasional|obat:3
33.73|RS PARU DR ARIO WIRAWAN SALATIGA|Pengadaan BMHP Farmasi|b|ep|2650000000|||||bmhp:3 obat:1 reagen_tes:1
11.71|BALAI LABORATORIUM KESEHATAN MASYARAKAT BANDA ACEH|Belanja Barang Persediaan Barang Konsumsi Giat Pengadaan Reagen Surveilans Pengendalian Diabetes Mellitus BLKM Banda Aceh TA 2025|b|ep|1900000000|||strip tes gula darah dan reagen surveilans DM|reagen_tes/Gula_Darah:3 reagen_tes:1 alkes:1
12.71|RUMAH SAKIT UMUM H ADAM MALIK MEDAN|Pengadaan Obat di RS Adam Malik|b|ep|9500000000|||||obat:3
12.71|RUMAH SAKIT UMUM H ADAM MALIK MEDAN|Pengadaan Mesin Anastesi Neonatus / dewasa|b|ep|1050000000|2|unit|n|anesthesia workstation|meja_operasi:1
31.74|RUMAH SAKIT FATMAWATI JAKARTA|Pengadaan Belanja Barang Persediaan Cefoperazone inj BLU RSF TA 2025 (Obat-Obatan)|b|ep|970000000|||cefoperazone 1 g injeksi|obat:1 obat/Amoxicillin:1
31.74|RUMAH SAKIT FATMAWATI JAKARTA|Pengadaan Belanja Barang Persediaan Isoflurane 250 ml BLU RSF TA 2025 (Obat-Obatan)|b|ep|1200000000|||obat anestesi inhalasi|obat/Lidocaine:1
33.74|RSU DR KARIADI SEMARANG|Pengadaan Obat Ecatalog Tahun 2025 (Non Konsolidasi)|b|ep|1300000000|||||obat:3
13.75|RUMAH SAKIT OTAK DR Drs M HATTA BUKITTINGGI|Pengadaan BHP Pelayanan Paket RJ Dan RI e-Cataloque TW 3 TA 2025|b|ep|1200000000|||bahan habis pakai rawat jalan dan rawat inap|bmhp:3 obat:1
35.12|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN PANARUKAN|Peningkatan Fasilitas Pelabuhan Panarukan|k|t|24500000000|||||
62.71|SNVT PELAKSANAAN PRASARANA PERMUKIMAN KALIMANTAN TENGAH|Pengadaan Meubelair Renovasi Sekolah Rakyat Tahap Ib Kota Palangka Raya|b|ep|5400000000|||meja kursi kelas, ranjang susun asrama, lemari|mebel_sekolah:3 ranjang/Susun:3 ranjang:2 lemari_arsip:1 meja_kantor:1 kursi_lipat:1 selimut_kasur/Kasur:1
18.71|POLITEKNIK KESEHATAN TANJUNGKARANG|Pengadaan barang persediaan administrasi akademik|b|ep|3400000000|||blanko ijazah, transkrip, map wisuda|cetak_blanko/Piagam:3 cetak_blanko:3 cetak_blanko/Map:2 map_ordner:1 kertas_a4:1
31.71|DITJEN PENDIDIKAN ISLAM|Bantuan Peralatan Pembelajaran MDT|b|ep|1400000000|||peralatan pembelajaran madrasah diniyah takmiliyah|laptop:2 proyektor:2 printer:2 alat_peraga:1 buku_bacaan:1
64.71|INSTITUT TEKNOLOGI KALIMANTAN|Pengadaan Blanko Ijazah|b|pl|185000000|||blanko ijazah berpengaman|cetak_blanko/Piagam:2 cetak_blanko:1
63.71|POLITEKNIK KESEHATAN BANJARMASIN|Jas Almamater Mahasiswa Baru|b|ep|780000000|1200|pcs||jas almamater bordir logo|pdh/Jas:2 pdh:1 kaos/Polo:1
73.71|POLITEKNIK ATI MAKASSAR|Sewa Kendaraan Operasional Pejabat|jl|ep|780000000|||sewa mobil pejabat 12 bulan termasuk pengemudi|mobil:1
15.71|POLITEKNIK KESEHATAN JAMBI|Kursi Sofa dan Meja|b|ep|960000000|||sofa dan meja ruang tamu pimpinan dan lobby|sofa:3 meja_rapat:1 meja_kantor:1 kursi_kantor:1 kursi_lipat/Tunggu:1
31.71|POLITEKNIK KESEHATAN JAKARTA II|Pembelian Barang Kebutuhan Asrama Mahasiswa|b|ep|1500000000|||tempat tidur, kasur, lemari, perlengkapan asrama|ranjang:3 selimut_kasur/Kasur:3 selimut_kasur:2 lemari_arsip/Kayu:1 alat_mandi:1 meja_kantor:1
19.71|KGTK PROVINSI KEPULAUAN BANGKA BELITUNG|Jasa Tenaga Kebersihan dan Keamanan Kantor|jl|ep|1070000000|||||
53.71|KANWIL KEMENTERIAN AGAMA PROP NUSA TENGGARA TIMUR|Pengadaan Perangkat Pengolah Data|b|ep|1280000000|||komputer dan laptop KUA dan madrasah|pc_desktop:3 laptop:3 printer:1 ups_listrik:1
31.71|ROLOG POLDA METRO JAYA|PAKET VII TUTUP KAKI (SEPATU DISLAP DAN DISHAR) (E-PURCHASING)|b|ep|12400000000|||sepatu dinas lapangan dan dinas harian personel|sepatu/PDL:3 sepatu/PDH:3 sepatu:2 sepatu/Safety:1 sepatu/Olahraga:1
31.74|SLOG POLRI|PAKET 48 KAPOR DIKTUK BINTARA DAN TAMTAMA TA.2025 BERUPA PDL II TWO TONE|b|ep|5800000000|||pakaian dinas lapangan siswa diktuk|pdh/PDL:3 pdh:2 kaos:1 topi_atribut:1
31.74|SLOG POLRI|PAKET 17 KAPOR POLRI TA. 2025 BERUPA SEPATU DISLAP INTELKAM TACTICAL DLL 3 ITEM|b|ep|19400000000|||sepatu tactical dinas lapangan|sepatu/PDL:3 sepatu:2 sepatu/Safety:1
75.71|ROLOG POLDA GORONTALO|PENGADAAN KAPOR POLRI PAKET III (TIGA) BIRO LOGISTIK POLDA GORONTALO T.A 2025|b|ep|7600000000|||kaporlap: pakaian dinas, sepatu, atribut, jas hujan|pdh:3 sepatu/PDL:3 sepatu/PDH:3 topi_atribut:3 jas_hujan:3 kaos:1
91.71|BIDDOKKES POLDA PAPUA|Pengadaan Obat - obatan Poliklinik|b|ep|13900000000|||||obat:3 bmhp:1
31.74|SLOG POLRI|PAKET 55 KAPOR DIKTUK BINTARA DAN TAMTAMA TA.2025 BERUPA TRAININGPACK W/MERAH MARON|b|ep|4900000000|||trainingpack (jaket dan celana olahraga)|kaos/Olahraga:2 kaos:1 sepatu/Olahraga:1
31.74|SLOG POLRI|PAKET 7 KAPOR POLRI TA. 2025 BERUPA PDH PNS PRIA DLL 3 ITEM|b|ep|4500000000|||PDH PNS pria, kemeja putih, atribut|pdh/PDH:3 pdh/Kemeja:3 pdh:2 topi_atribut/Atribut:2 batik_seragam:1
31.74|BALITBANG KEMHAN|Biaya Pemeliharaan Gedung/Bangunan Dalam Negeri (Layanan Perkantoran)|jl|t|7500000000|||pemeliharaan gedung kantor 12 bulan|material_bangunan/Cat:1
31.71|ROLOG POLDA METRO JAYA|PAKET XII ROMPI (E-PURCHASING)|b|ep|7400000000|||rompi lalu lintas reflektif|apd_kerja/Rompi:3 kaos/Rompi:2 apd_kerja:1
36.73|ROLOG POLDA BANTEN|PAKET 1 (TUTUP BADAN PDU I POLRI PRIA|b|ep|6600000000|||||pdh:2 pdh/Jas:2 batik_seragam:1
63.71|ROLOG POLDA KALSEL|Pengadan Baju Olahraga|b|ep|5200000000|||baju olahraga personel|kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
31.75|SATKOMLEK TNI MB TNI|Kegiatan Bintal Tahap I|b|pl|22000000|||||MAMIN:1 ATK:1
32.04|PUSDIK BINMAS POLRI|Belanja Pengadaan Bahan Makanan Siswa Diktuk|b|ep|2050000000|||bahan makanan kering dan basah dapur siswa|PANGAN makanan_pasien:1
32.17|PUSDIKKOWAD KODIKLATAD TNI AD|Laporan Evaluasi (Jianbangdik) Dikba Hap Pengakhiran|b|pl|8100000|||penggandaan dan penjilidan laporan evaluasi|fotokopi:3 cetak_buku:2 kertas_a4:1
35.79|PUSDIKARHANUD PUSSENARHANUD TNI AD|Snack (Rapat - Rapat) Tahap Pelaksanaan Dikbangspesba|b|pl|27500000|||||snack_box:3 nasi_box:1 kopi_teh_gula:1 air_gelas:1
32.75|KODIM 0507 KOTA BEKASI DAM JAYA TNI AD|KODIM 0507 KOTA BEKASI BELANJA BAHAN PENYUSUNAN LAPORAN EVALUASI PROGJAGAR SATKER|b|pl|48500000|||ATK, kertas, tinta dan penjilidan laporan|ATK fotokopi:2 KOMP:2
31.75|KANTOR PELAYANAN KEKAYAAN NEGARA DAN LELANG JAKARTA V|Pengadaan Pakaian Dinas Pegawai, Pramubakti, dan Pengemudi|b|ep|590000000|||||DINAS pdh/PDL:2 kaos/Polo:1
35.78|KANTOR PELAYANAN PAJAK PRATAMA SURABAYA GENTENG|Pengadaan BBM Genset pada KPP Pratama Surabaya Genteng|b|dk|55000000|||solar untuk genset kantor|genset:0
35.78|KANTOR PELAYANAN PAJAK PRATAMA SURABAYA GENTENG|Pengadaan Meterai Tempel pada KPP Pratama Surabaya Genteng|b|dk|48000000|||meterai tempel 10.000|stempel:0 stiker_label:0
73.71|KANTOR PENGOLAHAN DATA DAN DOKUMEN PERPAJAKAN MAKASSAR|Belanja Sewa Mesin Fotokopi pada KPDDP Makassar TA 2025|jl|ep|77000000|||sewa mesin fotokopi multifungsi termasuk toner|mesin_fotokopi:1 fotokopi:1 toner/Fotokopi:1
33.74|KANTOR PELAYANAN PAJAK MADYA DUA SEMARANG|Pengadaan obat-obatan|b|pl|62000000|||obat-obatan P3K kantor dan klinik pegawai|obat:3 bmhp:2
33.11|KANTOR PELAYANAN PAJAK PRATAMA SUKOHARJO|Belanja Langganan Air (Bertahap)|jl|pl|25000000|||langganan air PDAM|air_galon:0
81.71|RUMAH SAKIT UMUM PUSAT RSUP Dr J LEIMENA AMBON|Pengadaan APD_RM|b|ep|1100000000|||masker, sarung tangan, gaun dan penutup kepala|bmhp/Masker:3 bmhp/Sarung:3 bmhp:2 apd_kerja/Masker:2 apd_kerja/Sarung:1
81.71|RUMAH SAKIT UMUM PUSAT RSUP Dr J LEIMENA AMBON|Pengadaan Obat - RM|b|ep|283000000|||||obat:3 bmhp:1
81.71|RUMAH SAKIT UMUM PUSAT RSUP Dr J LEIMENA AMBON|EKG (1 Unit)|b|ep|264000000|1|unit|n|elektrokardiograf 12 channel|alkes:1
75|SNVT PELAKSANAAN PRASARANA PERMUKIMAN GORONTALO|Pengadaan Meubelair Madrasah Provinsi Gorontalo 2|b|ep|3900000000|||meja kursi siswa dan guru, lemari kelas|mebel_sekolah:3 lemari_arsip:1 rak_buku:1 meja_kantor:1
74.71|UNIVERSITAS HALU OLEO|Pengadaan Peralatan Pendukung Pembelajaran (FKIP)|b|ep|700000000|||peralatan pembelajaran ruang kelas dan microteaching|proyektor:2 tv_display/Interactive:2 laptop:2 sound_system:1 alat_peraga:1 kamera_cctv:1
"""

# Regional governments (pemda, APBD) in the same INAPROC realisasi 2025 file.
INAPROC_PEMDA = """
36.71|UPT RUMAH SAKIT UMUM DAERAH BENDA|Pengadaan PABX dan HT|b|ep|1180000000|||PABX 64 extension dan handy talky petugas|elektronik_rt/Handy:3 jaringan:1
35.04|DINAS KELUARGA BERENCANA, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK|Belanja Kawat/Faksimili/Internet/TV Berlangganan sub kegiatan Pemantauan Data dan Informasi Keluarga Berisiko Stunting (Termasuk remaja Calon Pengantin/Calon PUS, Ibu Hamil, Pasca salin/kelahiran, Baduta/Balita)|jl|ep|440000000|||||jaringan:1
33.04|Dinas Pemberdayaan Masyarakat dan Desa, Pengendalian Penduduk dan Keluarga Berencana|Belanja Modal Peralatan Mini Computer|b|ep|137000000|||mini PC untuk pelayanan desa|pc_desktop:2 laptop:1
16.71|Rumah Sakit Ernaldi Bahar|Belanja Modal Peralatan Komputer Lainnya|b|ep|109000000|||||aksesori_komputer:2 ups_listrik:2 scanner:2 printer:2 jaringan:1 pc_desktop:1
35.27|DINAS KESEHATAN DAN KELUARGA BERENCANA|Belanja Modal Personal Computer Puskesmas Banyuates|b|ep|58000000|4|unit|||pc_desktop:3 laptop:2 printer:1
33.22|Dinas Pendidikan, Kebudayaan, Kepemudaan dan Olahraga|Pengadaan Personal Computer SMP Negeri 3 Ungaran|b|ep|141000000|||PC laboratorium komputer|pc_desktop:3 laptop:2 meja_kantor/Komputer:1 ups_listrik:1
33.76|Dinas Komunikasi dan Informatika|Belanja Switch SFP Data Center|b|ep|125000000|||switch core SFP+ 10G|jaringan/Switch:2 jaringan:1
35.15|Dinas Komunikasi dan Informatika|Call Center 112|jl|ep|202000000|||layanan call center kedaruratan 12 bulan|aksesori_komputer/Headset:1
34.02|Dinas Komunikasi dan Informatika|Lisensi Antivirus Endpoint|b|ep|115000000|||lisensi antivirus perangkat OPD 1 tahun|perangkat_lunak/Antivirus:3 perangkat_lunak:1
35.13|Dinas Komunikasi, Informatika, Statistik dan Persandian|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya Dinas Komunikasi, Informatika, Statistik dan Persandian|b|ep|52000000|||||KOMP
32.78|Dinas Koperasi, Usaha Mikro Kecil Menengah, Perindustrian dan Perdagangan|Belanja Modal Peralatan Personal Computer|b|ep|75000000|||||pc_desktop:3 laptop:2
33.13|DINAS KOMUNIKASI DAN INFORMATIKA|Belanja Modal Peralatan Komputer Lainnya|b|ep|58000000|||perangkat pendukung komputer (UPS, scanner, aksesoris)|ups_listrik:3 scanner:3 aksesori_komputer:3 printer:1
35.01|Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|14300000|||||KOMP
35.14|BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|5000000|||||KOMP
35.75|BADAN PERENCANAAN PEMBANGUNAN PENELITIAN DAN PENGEMBANGAN DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer (Tinta dan Toner)|b|pl|2100000|||||tinta_printer:3 toner:3 flashdisk:1 kertas_a4:1
33.11|Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah|Penyusunan Dokumen Perencanaan Perangkat Daerah - Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|2200000|||||KOMP
61.02|FKTP Rawat Jalan Puskesmas Takong|Belanja Modal Personal Computer|b|pl|23000000|2|unit|||pc_desktop:3 laptop:2
71|UPTD BALAI PENGEMBANGAN BIBIT TERNAK DAN BENIH PERTANIAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|ep|38000000|||||KOMP
73.01|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Modal Personal Computer|b|pl|12700000|1|unit|||pc_desktop:3 laptop:2
71.06|Dinas Pertanian|Belanja Modal Peralatan Komputer Lainnya-Pengadaan Peralatan Komputer-Penyediaan Peralatan dan Perlengkapan Kantor|b|ep|27000000|||||ups_listrik:2 scanner:2 aksesori_komputer:2 printer:2 pc_desktop:1
75|Dinas Pendidikan dan Kebudayaan|Wireless Video Transmitter|b|ep|27000000|||wireless video transmitter untuk siaran sekolah|kamera_cctv:1
71.74|Badan Kepegawaian Pendidikan dan Pelatihan|Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer|jl|pl|10500000|||servis dan penggantian suku cadang PC|aksesori_komputer:1
75|UPTD Pelabuhan Perikanan Gentuma|Alat dan Bahan Komputer (UPTD PP Gentuma)|b|pl|6300000|||||KOMP
71|DINAS PERKEBUNAN|Belanja Bahan Komputer|b|pl|2600000|||||KOMP
71.09|Dinas Pekerjaan Umum dan Penataan Ruang Perumahan dan Kawasan Pemukiman|Belanja Bahan Komputer|b|pl|3500000|||||KOMP
73.24|Dinas Pendidikan Dan Kebudayaan|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|2400000|||||KOMP
21.71|DINAS KETAHANAN PANGAN DAN PERTANIAN|Belanja Modal Personal Computer|b|ep|177000000|||||pc_desktop:3 laptop:2
16.10|Dinas ketahanan pangan dan Pertanian|Belanja Modal Personal Computer (Laptop)|b|ep|85000000|||||laptop:3 pc_desktop:1 tas_laptop:0
13.77|Dinas Pendidikan, Pemuda Dan Olahraga|Pengadaan Perlengkapan PAUD (Laptop)|b|ep|200000000|||laptop untuk guru PAUD|laptop:3 laptop/Chromebook:3 ape_paud:0 tas_laptop:0
12.15|DINAS PENDIDIKAN|Belanja Modal Peralatan Personal Computer|b|ep|77000000|||||pc_desktop:3 laptop:2
12.17|Dinas Kebudayaan dan Pariwisata|Belanja Modal Personal Computer|b|ep|34000000|||||pc_desktop:3 laptop:2
13.02|Dinas Pertanian|Belanja Modal Personal Computer|b|ep|47000000|||||pc_desktop:3 laptop:2
12.17|Dinas Kebudayaan dan Pariwisata|Belanja Modal Peralatan Komputer Lainnya|b|pl|9200000|||||aksesori_komputer:2 ups_listrik:2 scanner:2 printer:2
15.71|Dinas Pendidikan|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|2800000|||||KOMP
21|Dinas Pendidikan|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|2200000|||||KOMP
52.04|Rumah Sakit Umum Daerah|Belanja Modal Personal Computer-Belanja Modal Pengadaan Personal Komputer|b|ep|26600000|||||pc_desktop:3 laptop:2
51.07|Dinas Pemberdayaan Masyarakat Dan Desa|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|11800000|||||KOMP
51.06|Dinas Pendidikan, Pemuda dan Olahraga|Belanja Modal Personal Computer|b|ep|21000000|||||pc_desktop:3 laptop:2
51.05|UPTD Puskesmas Banjarangkan II|Belanja Sewa Aset Tidak Berwujud-Software|jl|ep|11900000|||sewa aplikasi SIMPUS 12 bulan|perangkat_lunak:1
52.04|Dinas Kesehatan|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|2700000|||||KOMP
51.08|Dinas Pariwisata|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|7300000|||||KOMP
51|Dinas Kesehatan|Belanja Obat Program Gizi|b|ep|2900000000|||tablet tambah darah, vitamin A, obat gizi|obat/Tambah_Darah:3 obat/Vitamin:2 obat:1 pmt:1
51.07|UPTD Puskesmas Manggis I|Belanja Obat-Obatan-Obat|b|ep|285000000|||||obat:3 bmhp:1
51.04|RSUD Sanjiwani|Belanja Modal Alat Kedokteran Umum|b|ep|1250000000|||alat kedokteran umum IGD dan rawat inap|alkes:2 bed_pasien:1 kursi_roda:1 sar/Tandu:1
51.06|Puskesmas Kintamani VI|Belanja Modal Peralatan dan Mesin BLUD Termometer Suhu Ruangan (UPT Puskesmas Kintamani VI)|b|pl|3500000|||termometer dan higrometer ruang penyimpanan obat|alkes/Termometer:1
52|Rumah Sakit Mandalika|Alat Kesehatan Umum Lainnya|b|ep|4400000000|||||alkes:2 bed_pasien:1 kursi_roda:1
51.02|DINAS KESEHATAN|Belanja Bahan-Bahan Lainnya (Penyediaan BMHP Thermal paper untuk EKG dan Gel untuk EKG)_Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai,, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan_Dikes|b|ep|1080000000|||kertas EKG dan gel EKG|kertas_thermal:1 bmhp:1
51.06|Dinas Kesehatan|Belanja Suku Cadang-Suku Cadang Alat Kedokteran-BMHP HIV|b|ep|640000000|||reagen dan rapid test HIV|reagen_tes:1 bmhp:1
53.12|DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAH RAGA|Pengadaan Alat Laboratorium IPA SMP Kristen Lamboya|b|ep|440000000|||alat laboratorium IPA SMP|alat_lab/Mikroskop:3 alat_lab/Gelas:3 alat_lab/Timbangan:2 alat_peraga/IPA:2 alat_peraga/Torso:2 alat_peraga:1
51.02|PUSKESMAS KEDIRI 3|Belanja pengisian tabung O2 (UPTD PUSKESMAS KEDIRI III- 1.02.01.2.10.01)|b|pl|9500000|||isi ulang oksigen medis|apar/Isi_Ulang:0
51.08|Dinas Kesehatan|Belanja Modal Alat Kedokteran Gawat Darurat|b|ep|1150000000|||alat gawat darurat puskesmas|sar/Tandu:2 alkes:1 kendaraan_khusus/Ambulans:0
52|Rumah Sakit Umum Daerah Provinsi|belanja Obat-obatan|b|ep|2700000000|||||obat:3
51.05|Dinas Kesehatan|Microscope Slide Prosted|b|ep|310000000|||kaca objek frosted untuk pemeriksaan malaria/TB|alat_lab/Mikroskop:1 alat_lab/Gelas:1
51.06|Puskesmas Susut II|Belanja Barang dan Jasa BLUD ( Belanja Persediaan Obat Obatan dan Obat ) UPT Puskesmas Susut II|b|ep|160000000|||||obat:3 bmhp:1
52|Rumah Sakit Jiwa Mutiara Sukma Provinsi|Belanja Modal Kendaraan Bermotor Khusus|b|ep|1180000000|1|unit||ambulans|kendaraan_khusus/Ambulans:3 kendaraan_khusus:1 mobil:1
53.15|Dinas Pendidikan, Kepemudaan dan Olahraga|Pengadaan peralatan Teknologi, Informasi dan Komunikasi (TIK) DAK SD|b|ep|660000000|||chromebook, proyektor dan access point sekolah dasar|laptop/Chromebook:3 proyektor:3 jaringan/Access_Point:3 laptop:2 pc_desktop:1 tv_display/Interactive:1
52|Dinas Pemberdayaan Masyarakat, Pemerintahan Desa, Kependudukan dan Pencatatan Sipil|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat|b|ep|1900000000|||||
61.02|Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana|Belanja Bahan Lainnya ( FARMASI )|b|ep|3600000000|||vaksin, obat dan bahan farmasi|obat:2 bmhp:2
32.15|Rumah Sakit Umum Daerah Jatisari|Belanja Modal Alat Kedokteran Jantung-Belanja Modal Alat Kesehatan Umum - Alat Kesehatan Umum (DAK Fisik)|b|ep|7800000000|||||alkes:2 alkes/Stetoskop:2 bed_pasien:1
12.09|UPTD Rumah Sakit Umum Daerah H. Abdul Manan Simatupang|Patient Monitor|b|ep|840000000|4|unit|n||alkes:1
33.09|Rumah Sakit Umum Daerah Pandan Arang|Pengadaan Bahan Lainnya Laboratorium (Reagen Laborat)|b|ep|2900000000|||reagen hematologi, kimia klinik dan media|reagen_tes:3 alat_lab:1
31|DINAS BINA MARGA|Pengadaan Bahan Kerja Hotmix|b|ep|4800000000|||aspal hotmix AC-WC untuk pemeliharaan swakelola|material_bangunan:1 semen:0
33.12|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Alat Peraga Praktik Sekolah Lainnya - Pengadaan Alat Praktik dan Peraga Peserta Didik SD|b|ep|1030000000|||alat peraga IPA, matematika, IPS untuk SD|alat_peraga/IPA:3 alat_peraga/Globe:3 alat_peraga:2 alat_peraga/Trainer:1 ape_paud:1
35.76|DINAS PENDIDIKAN DAN KEBUDAYAAN|Printer|b|ep|890000000|||printer sekolah SD dan SMP|printer:3 printer/Kartu:1 tinta_printer:0 mesin_fotokopi:1
32.13|BADAN PENDAPATAN DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak|b|ep|985000000|||cetak SPPT PBB, formulir dan amplop|CETAK amplop/Cetak:2
34.71|Badan Perencanaan Pembangunan Daerah|Belanja Jasa Konsultansi Berorientasi Layanan-Jasa Khusus Pemajuan, Perlindungan, dan Pemenuhan Hak-hak Penyandang Disabilitas|ks|s|470000000|||||
35.25|DINAS KOMUNIKASI DAN INFORMATIKA|B.1.SBU.128-Iuran As Number|jl|pl|545000000|||||
31.01|SUKU DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI, USAHA KECIL DAN MENENGAH KABUPATEN - KEP. SERIBU|Penyediaan Belanja Alat Sarpras Produksi Penumbuhan WUIB (Mixer, Vacum Sealer, Chopper dan Mesin Jahit)|b|ep|1100000000|||sarana produksi wirausaha industri baru|mesin_jahit:3 alat_dapur:1 peralatan_usaha:1 alsintan/Chopper:0
31.73|SUKU DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI, USAHA KECIL DAN MENENGAH KOTA - JAKBAR|Penyediaan Fasilitas Sarana Produksi dalam Penyelenggaraan Penumbuhan Wirausaha Industri Baru Wilayah Jakarta Barat (Vacuum Sealer)|b|ep|1900000000|||mesin vacuum sealer untuk peserta WUB|peralatan_usaha:1
31.73|SUKU DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI, USAHA KECIL DAN MENENGAH KOTA - JAKBAR|Pengadaan Peralatan dan Mesin Lainnya - Belanja Modal Alat Penyimpan Perlengkapan Kantor|b|ep|149000000|||lemari arsip, filing cabinet, brankas|lemari_arsip:3 rak_buku:2 meja_kantor:1
32|Dinas Energi dan Sumber Daya Mineral|Spanduk/Baliho/Backdrop/X-banner/Roll-Banner/Sticker|b|pl|121000000|||media sosialisasi hemat energi|cetak_spanduk:3 stiker_label:3 cetak_brosur/Poster:1
62.05|Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan|embangunan Saluran Drainase Kawasan Permukiman Kumuh Kel. Melayu|k|t|3600000000|||||material_bangunan/U-Ditch:1
62.05|Dinas Pekerjaan Umum dan Penataan Ruang|Pengadaan Tangki Septik Biofil|b|ep|410000000|30|unit||tangki septik biofil kapasitas 1,5 m3 untuk rumah warga|tangki_air:1 biostarter/Septic:1
61.02|Dinas Perumahan, Kawasan Permukiman dan Pertanahan|Jl. A. Hamid HS (Desa Pasir Palembang)|k|pl|195000000|||||
82.06|Rumah Sakit Umum Daerah|Belanja Obat-Obatan-Obat|b|ep|2350000000|||||obat:3 bmhp:1
82.71|RUMAH SAKIT PRIMA TERNATE|PENGADAAN OBAT E-CATALOG RS PRIMA TERNATE|b|ep|2800000000|||||obat:3
91.11|Dinas Kesehatan|Belanja Obat-obatan RSUD Kwaingga (OTSUS)|b|ep|1450000000|||||obat:3 bmhp:1
82.72|DINAS KESEHATAN|Pengadaan CO Analyzer|b|ep|1200000000|||alat ukur kadar CO pernapasan (CO analyzer) puskesmas|alat_lab:0
93.01|Rumah Sakit Umum Daerah|Belanja Modal Alat Kedokteran ICU (DAK)|b|ep|3600000000|||bed ICU, ventilator, monitor|bed_pasien:2 alkes:1
94.04|RSUD MIMIKA (BLUD)|Belanja Obat-Obatan BLUD|b|ep|2300000000|||||obat:3 bmhp:1
82.04|Dinas Pendidikan|Pengadaan Peralatan Teknologi, Informasi dan Komunikasi (TIK) SD Negeri 87 Halmahera Selatan|b|ep|1900000000|||laptop siswa, proyektor, jaringan|laptop/Chromebook:3 proyektor:3 jaringan/Access_Point:3 laptop:2 pc_desktop:1
82.06|Dinas Pemberdayaan Masyarakat dan Desa|Belanja Modal Kendaraan Bermotor Beroda Tiga|b|ep|1100000000|6|unit||motor roda tiga pengangkut sampah desa|sepeda_motor:1 semen/Tiga_Roda:0 tempat_sampah/Gerobak:0
82.04|Rumah Sakit Umum Labuha|Pengadaan E- Catalog Alat Kesehatan Gawat Darurat|b|ep|790000000|||||sar/Tandu:2 alkes:1
82.02|Dinas Perikanan|Pengadaan Motor Operasional Kantor 125 cc|b|ep|400000000|16|unit||sepeda motor matic 125 cc|sepeda_motor/Beat:2 sepeda_motor/Listrik:1 sepeda_motor/Trail:1
82.02|Dinas Perikanan|Belanja Modal Printer|b|pl|40000000|8|unit|||printer:3 printer/Kartu:1 tinta_printer:0
75.02|Dinas Pendidikan dan Kebudayaan|Pengadaan TIK SMKN 1 Mananggu|b|ep|690000000|||komputer, laptop, proyektor, jaringan|pc_desktop:3 laptop:3 proyektor:2 jaringan:2 printer:2
75|Dinas Pendidikan dan Kebudayaan|Peralatan Praktik Kejuruan Konsentrasi Keahlian Asisten Keperawatan dan Caregiver (Peralatan Asisten Keperawatan) (DAK)|b|ep|1850000000|||manekin, tempat tidur pasien, alat kesehatan dasar, kursi roda|alat_peraga/Torso:3 bed_pasien/Tempat_Tidur:3 kursi_roda:3 alkes:3 bmhp:1
74.71|Dinas Pekerjaan Umum dan Penataan Ruang|PAVING BLOK GRIYA RAFASYA KEL. ANAWAI|k|pl|195000000|||||material_bangunan/Paving:2 semen:1
72.71|DINAS PENDIDIKAN DAN KEBUDAYAAN|Peralatan Teknologi, Informasi dan Komunikasi (TIK) SD|b|ep|505000000|||||laptop/Chromebook:3 laptop:3 proyektor:3 jaringan/Access_Point:2 pc_desktop:2 tv_display/Interactive:1
73.07|DINAS PENDIDIKAN|Belanja Pengadaan Alat Permainan Edukatif (APE) Dalam Ruangan|b|ep|540000000|||APE indoor TK/PAUD|ape_paud/Indoor:3 ape_paud/Puzzle:3 ape_paud/Mobil:3 ape_paud/Outdoor:1 alat_peraga:1
72.01|Dinas Tanaman Pangan, Holtikultura dan Perkebunan|Pengadaan Handtraktor|b|ep|560000000|18|unit||hand traktor bantuan kelompok tani|alsintan/Hand_Traktor:3 alsintan/Cultivator:2 alsintan:1 alat_tani:0
73.24|Dinas Perikanan|Persediaan untuk Dijual/Diserahkan Kepada Masyarakat - Peningkatan Jalan Produksi Kelompok Sipatuo Desa Bahari|k|pl|420000000|||||
15.71|Dinas Pekerjaan Umum dan Penataan Ruang|Belanja Modal Alat Kantor Lainnya|b|ep|1080000000|||whiteboard, mesin penghancur kertas, brankas|elektronik_rt/Penghancur:3 lemari_arsip/Brankas:3 mebel_sekolah/Papan_Tulis:3 papan_nama/Papan_Tulis:2 lemari_arsip:1
13.76|Dinas Pendidikan|Pengadaan Alat Permainan Edukatif (APE), Perlengkapan dan Bahan Pembelajaran PAUD|b|ep|560000000|||APE indoor/outdoor dan bahan belajar PAUD|ape_paud:3 buku_bacaan/Cerita:2 alat_peraga:1 ATK:1
18.11|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Alat Laboratorium Pendidikan|b|ep|440000000|||alat laboratorium IPA SMP|alat_lab:3 alat_peraga/IPA:2 alat_peraga/Torso:2
"""

# FALLBACK, not a new source: rows of agitkasep/inaprocdata (INAPROC realisasi paket K/L TA 2026), the
# repository the tune/held-out INAPROC needs came from, taken only where the package name is not in
# bench/matcher_eval_needs.py. Added because the two new sources hold too few goods packages; kept under their
# own key so blind2 can also be scored without them.
INAPROC_FALLBACK = """
12.71|PENGADILAN TINGGI AGAMA MEDAN|AC 1,5 PK Ruang Sidang|b|ep|9600000|1|unit|||ac/Split:2 ac/Gree:1 ac/Standing:1 kipas_angin:1 service_ac:0
33.05|KEJAKSAAN NEGERI KEBUMEN|PENGADAAN SERAGAM PPNPN TAHUN 2026|b|ep|10900000|||seragam tenaga PPNPN|pdh:3 kaos/Polo:2 batik_seragam:2 topi_atribut:1
63.71|KPU PROVINSI KALIMANTAN SELATAN|Pengadaan Konsumsi dan Seminar Kit Pelatihan Dasar CPNS KPU Provinsi Kalimantan Selatan|b|ep|28100000|||||MAMIN tas_seminar:3 buku_tulis/Notebook:2 pulpen:2
62.11|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN PULANG PISAU|Pengadaaan CCTV|b|ep|185000000|||CCTV area dermaga dan kantor|kamera_cctv/Paket_CCTV:3 kamera_cctv/IP:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:0
13.12|PENGADILAN AGAMA TALU|Pengadaan peralatan fasilitas perkantoran berupa Meja dan Kursi Hakim|b|ep|27900000|||meja kerja dan kursi hakim|meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor:2 kursi_kantor:2 meja_rapat:1
31.74|KOMISI PEMBERANTASAN KORUPSI (KPK)|Pengadaan Tinta Paket 2|b|ep|390000000|||tinta printer berbagai merek 1 tahun|tinta_printer:3 toner:2 stempel/Tinta:1 spidol/Refill:1
32.78|KANTOR IMIGRASI KELAS I NON TPI TASIKMALAYA|Pengadaan Map Permohonan Keimigrasian (termasuk fotocopy perdim) Kegiatan Layanan Penerbitan Dokumen Perjalanan RI|b|ep|99700000|||map permohonan paspor berlogo dan fotokopi formulir|map_ordner/Cetak:3 cetak_blanko/Map:3 fotokopi:3 map_ordner:1
34.71|BPK PERWAKILAN DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Printer Laser Jet|b|ep|24400000|6|unit|||printer/Laser:3 printer:2 toner:0 tinta_printer:0
31.71|KANTOR PUSAT TVRI|Pengadaan PC Deskop Dan Laptop Editing Media Baru LPP TVRI Pusat|b|ep|458000000|||workstation dan laptop untuk editing video|pc_desktop/Workstation:3 laptop/Core_i7:3 pc_desktop:2 laptop:2
35.78|BPK PERWAKILAN PROVINSI JAWA TIMUR|Pengadaan Kamera dan Lensa Kamera pada BPK Perwakilan Provinsi Jawa Timur|b|ep|45000000|||kamera mirrorless dan lensa tambahan|kamera_cctv/Mirrorless:3 kamera_cctv/CCTV:0
19.71|PERWAKILAN BPKP PROVINSI KEPULAUAN BANGKA BELITUNG|Peralatan dan Fasilitas Perkantoran ( Kursi Ruang Rapat, Rak Arsip)|b|ep|190000000|||||kursi_kantor/Rapat:3 lemari_arsip/Rak:3 rak_buku:2 kursi_kantor:2 lemari_arsip:2
33.29|KANTOR PERTANAHAN KAB. BREBES|ATK Layanan Manajemen Keuangan|b|ep|1420000|||||ATK
64.03|KANTOR IMIGRASI KELAS III NON TPI TANJUNG REDEB|Pengadaan Belanja Modal Peralatan dan Fasilitas Perkantoran (AC Split 2 pk, AC Standing, Pantry Kitchen Set Kantor, Kursi Kerja, Mesin Antrian)|b|ep|342000000|||||ac/2_PK:3 ac/Gree:2 ac/Standing:3 kitchen_set/Pantry:3 kursi_kantor:3 ac:2 kitchen_set:2 tv_display/Antrian:1
82.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI AKE MALAMO|Belanja Modal Peralatan dan Mesin (Scanner, Tablet, Laptop)|b|ep|22900000|||||scanner:3 laptop:3
31.75|MAKOPASSUS|ATK SETUM KOPASSUS|b|ep|2760000|||||ATK
71.71|BALAI BESAR PERBENIHAN DAN PROTEKSI TANAMAN PERKEBUNAN MANADO|Belanja Pupuk dalam rangka Peremajaan Tanaman Kelapa Dalam Kab. Minahasa Selatan (6.700 Ha)|b|ep|1370000000|||pupuk NPK dan organik untuk peremajaan kelapa|pupuk:3 pestisida:1 biostarter:1
31.74|LEMBAGA PENGELOLA DANA BERGULIR KUMKM|Stopmap Berlogo|b|ep|11250000|||stopmap folio cetak logo|map_ordner/Stopmap:3 map_ordner/Map_Batik:2 cetak_blanko/Map:2 map_ordner:1
35.28|BIDDOKKES POLDA JATIM|PENGADAAN ATK RS BHAYANGKARA TK. IV PAMEKASAN TA 2026|b|ep|34300000|||||ATK
31.71|KEMENTERIAN LINGKUNGAN HIDUP/BPLH|Belanja Barang Pakaian Lapangan Biro Humas KLH/BPLH|b|ep|234000000|||rompi, kemeja lapangan dan topi|pdh/PDL:3 kaos/Rompi:2 topi_atribut/Rimba:2 sepatu/PDL:1
52.71|UNIVERSITAS MATARAM|Belanja bahan habis pakai medis dan formularium obat rumah sakit|b|ep|48500000|||||bmhp:3 obat:3 reagen_tes:1
35.15|BALAI PEMBERDAYAAN INDUSTRI PERSEPATUAN INDONESIA|Belanja Modal Sarana Bidang Teknologi Informasi dan Komunikasi Berupa Laptop untuk Administratif|b|ep|49000000|||||laptop:3 pc_desktop:1 sepatu:0
31.71|SEKRETARIAT UTAMA BMKG|Pakaian Seragam Pegawai|b|ep|19250000|||||DINAS
51.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI UNDA ANYAR|Bahan dan Benih Produksi Bibit Aren 8.000 Btg|b|ep|4500000|||biji aren, polybag dan media tanam|bibit_tanaman/Mahoni:1 pupuk/Kompos:1 benih_pangan:0
31.71|PERWAKILAN BPKP PROVINSI KEPULAUAN RIAU|meja kerja staf (meja diklat)|b|ep|144000000|||meja kerja staf untuk kelas diklat|meja_kantor/Staff:3 meja_kantor/Lipat:2 meja_kantor:2 mebel_sekolah/Siswa:1
36.73|UIN SULTAN MAULANA HASANUDDIN BANTEN|Kursi Kuliah|b|ep|32000000|||kursi kuliah dengan meja lipat|kursi_lipat/Futura:2 kursi_lipat:1 mebel_sekolah/Siswa:2 kursi_kantor:1
12.71|BALAI HARTA PENINGGALAN MEDAN|Pengadaan Tabung Pemadam Api Peralatan Fasilitas Perkantoran pada Balai Harta Peninggalan Medan - Sumatera Utara Tahun Anggaran 2026|b|ep|16650000|||||apar:3 apar/Isi_Ulang:1 apar/Blanket:1
14.07|SEKRETARIAT BAWASLU PROVINSI RIAU|Pengadaan Pakaian Dinas Bawaslu Kabupaten Rokan Hilir|b|ep|51000000|||||DINAS
61.01|SEKRETARIAT BADAN NASIONAL PENGELOLA PERBATASAN|Pengadaan Tempat Sampah dan Kursi Roda PLBN Aruk|b|ep|38000000|||||tempat_sampah:3 kursi_roda/Standar:3 kursi_roda:2 tempat_sampah/Gerobak:1 tempat_sampah/Kantong:1 kursi_kantor:0
35.24|PELABUHAN PERIKANAN NUSANTARA BRONDONG|53_Pengadaan laptop dan Televisi Operasional PNBP SDA|b|ep|7400000|||||laptop:3 tv_display:3 tv_display/Interactive:1
31.74|BADAN KEAMANAN LAUT|PENGADAAN KAOS KAKI PDL, KAOS KAKI PDH DAN KAOS KAKI PDU BADAN KEAMANAN LAUT T.A. 2026|b|ep|409000000|||kaos kaki dinas|kaos:0 sepatu:1
31.74|BADAN KEAMANAN LAUT|PENGADAAN SEPATU PDL T.A. 2026|b|ep|3050000000|||||sepatu/PDL:3 sepatu:2 sepatu/Safety:1
31.74|BADAN KEAMANAN LAUT|PENGADAAN PAKAIAN DINAS HARIAN (PDH) PEGAWAI, TANDA PANGKAT DAN NAMETAG SERTA MUTZ DAN EMBLEM T.A. 2026|b|ep|2710000000|||||pdh/PDH:3 topi_atribut/Atribut:3 topi_atribut:2 id_card/Name_Tag:2 pdh:2
31.71|KEMENTERIAN KOORDINATOR BIDANG PEMBERDAYAAN MASYARAKAT|Biaya Jamuan makanan/minum tamu menteri|b|ep|77000000|||||prasmanan/Jamuan:3 snack_box:2 nasi_box:2 kopi_teh_gula:1 minuman_kemasan:1
31.74|MENTERI NEGARA PENDAYAGUNAAN APARATUR NEGARA|BUK Pengadaan Lampu Penerangan Gedung dan Luar Gedung|b|ep|46300000|||||lampu_listrik/Bulb:3 lampu_listrik/Floodlight:3 lampu_listrik/PJU:2 lampu_listrik:2
31.71|KEMENTERIAN KOORDINATOR BIDANG POLITIK DAN KEAMANAN|TV 86 Inch|b|ep|70000000|1|unit|||tv_display/Samsung:2 tv_display:2 tv_display/Interactive:1 videotron:1
31.71|KEMENTERIAN DALAM NEGERI|Pengadaan peralatan fasilitasi kegiatan kementerian berupa Mic Tabel|b|ep|172600000|||microphone meja untuk rapat|sound_system/Conference:3 sound_system/Mic:2 sound_system:1
31.74|SEKRETARIAT BADAN NASIONAL SERTIFIKASI PROFESI|Pencetakan Blanko Sertifikat Kompetensi|b|ep|976000000|||||cetak_blanko/Piagam:3 cetak_blanko:2
32.11|PUSAT PEMBELAJARAN DAN STRATEGI KEBIJAKAN TALENTA APARATUR|Pengadaan Alat Pendingin Berupa Lemari Es Di Pusjar SKTAN|b|ep|25200000|||||elektronik_rt/Kulkas:3 elektronik_rt:1
36|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI BANTEN|Konsumsi Panitia Embarkasi dan Debarkasi|b|ep|878000000|||||nasi_box:3 snack_box:3 prasmanan:2 air_gelas:2 air_botol:2
33.71|RS JIWA PROF. DR. SOEROYO MAGELANG|Pengadaan Reagen Laboratorium E-Katalog Tahap 3 Tahun 2026|b|ep|14400000|||||reagen_tes:3 alat_lab:1
31.75|BADAN KEPEGAWAIAN NEGARA KANTOR PUSAT JAKARTA|Pengadaan Bahan Komputer|b|ep|176000000|||||KOMP
73.71|KANTOR PENGAWASAN DAN PELAYANAN BC MAKASSAR|Pengadaan Peralatan dan Fasiltas Perkantoran berupa Meja, Kursi, dan Sofa|b|ep|147500000|||||meja_kantor:3 kursi_kantor:3 sofa:3 meja_rapat:1
31.71|PERPUSTAKAAN NASIONAL RI JAKARTA|RFID Tag Buku|b|ep|581000000|||label RFID untuk koleksi buku|stiker_label:1
31.71|SEKRETARIAT JENDERAL DPD RI|Pembelian Obat-obatan dan Vitamin dalam Rangka Pelayanan Kegiatan Poliklinik|b|ep|16000000|||||obat:3 obat/Vitamin:3 bmhp:1
31.71|DIREKTORAT JENDERAL INFORMASI DAN DIPLOMASI PUBLIK|Infocus, microwave, vidcon dan printer|b|ep|6900000|||||proyektor:3 printer:3 aksesori_komputer/Webcam:2 elektronik_rt:1
64.74|KANTOR PENGAWASAN DAN PELAYANAN BC BONTANG|Pengadaan Kursi Kantor|b|ep|92500000|||||kursi_kantor:3 kursi_lipat:1
31.71|SEKRETARIAT WAKIL PRESIDEN RI|Pengadaan Kaos Desain Dalam Rangka Kunjungan Kerja Wakil Presiden|b|ep|495000000|||kaos sablon desain khusus|kaos/Cotton:3 kaos:2 topi_atribut/Baseball:1
31.71|BADAN STANDARDISASI NASIONAL|Pengadaan Tisu dan Handsoap|b|ep|60000000|||||tisu:3 sabun_detergen/Cuci_Tangan:3 sabun_detergen:2 pengharum:1
16.71|KANTOR WILAYAH KEMENTERIAN HUKUM SUMATERA SELATAN|Pengadaan Belanja Bahan Kegiatan Sosialisasi dan Edukasi KI berupa ATK, Backdrop, Goodie bag, Konsumsi, dan Penggandaan|b|ep|1470000|||||cetak_spanduk/Backdrop:3 souvenir/Goodie:3 MAMIN fotokopi:3 ATK:2 tas_seminar:2
31.71|PUSAT PELAPORAN DAN ANALISIS TRANSAKSI KEUANGAN|Pengadaan Alat Tulis Kantor pada PPATK Tahun Anggaran 2026|b|ep|64000000|||||ATK
"""

# Kota Bandung, Jawa Barat: INAPROC realisasi tender TA 2025 (tryfatur/data-inaproc-scrapping).
KOTA_BANDUNG = """
32.73|DINAS SUMBER DAYA AIR DAN BINA MARGA|Pembangunan Rumah Pompa Pasar Gedebage|k|t|2480000000|||rumah pompa pengendali banjir|alsintan/Pompa:1
32.73|DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG|Fisik Rumah Kompos TPU Cikadut|k|t|256000000|||bangunan rumah kompos pengolah sampah organik|pupuk/Kompos:0 biostarter:1
32.73|DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG|Belanja Jasa Konsultansi Entry Data Base Arsip|ks|s|666000000|||alih media dan entri database arsip|map_ordner/Box_Arsip:0 scanner:0
32.73|DINAS SUMBER DAYA AIR DAN BINA MARGA|Pembangunan Kolam Retensi Cibodas|k|t|4200000000|||||sarana_ikan/Kolam:0
32.73|RSUD BANDUNG KIWARI|BELANJA MODAL JARINGAN DISTRIBUSI-PENGADAAN JARINGAN DISTRIBUSI LISTRIK|k|t|5180000000|||jaringan distribusi listrik gedung baru|lampu_listrik/Kabel:1 genset:1
32.73|DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG|Penataan Taman di TPU Pandu (Penataan Pasteur)|k|t|587000000|||||bibit_tanaman/Tanaman_Hias:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); keys starting with "inaproc" are APBN (central government).
    "inaprocb2": (
        "INAPROC realisasi 2025 K/L, contoh paket per penyedia (jidiyosua/Potensial-segmen-Inaproc-2025)",
        2025,
        False,
        INAPROC_KL,
    ),
    "pemdab2": (
        "INAPROC realisasi 2025 pemda, contoh paket per penyedia (jidiyosua/Potensial-segmen-Inaproc-2025)",
        2025,
        False,
        INAPROC_PEMDA,
    ),
    "inaprocfb": (
        "INAPROC realisasi paket K/L 2026, FALLBACK rows not in the main set (agitkasep/inaprocdata)",
        2026,
        False,
        INAPROC_FALLBACK,
    ),
    "kotabdgb2": (
        "Kota Bandung realisasi tender 2025 (tryfatur/data-inaproc-scrapping)",
        2025,
        False,
        KOTA_BANDUNG,
    ),
}
