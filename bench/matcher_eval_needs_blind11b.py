# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind11b, an eleventh held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind11b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json` and `Preview_Web/public/data/*/*.json`, read from the
fetched snapshot; fields Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana,
Total Nilai). Only APBN rows of satker that no earlier needs file uses (checked programmatically against every
bench/matcher_eval_needs*.py, blind10a and blind10b included, on satker names without their numeric codes), one row
per satker, spread over all 38 provinces, leaning to instansi earlier sets have few of (instansi counts of the
earlier files' satker taken from the export): Kementerian Agama (Kankemenag for a MIN,
Kanwil for a MI and a KUA, a MAN, a MTsN, UIN), Kemendikti (Politeknik, ISI, Universitas), Kemenperin (SMK-SMTI,
Politeknik), Kemenhub (Bandar Udara, KSOP, Disnav, UPP, BPTD), KKP (PSDKP, BUSKIPM), Kemenkum and Kemen HAM
kanwil, Kemenimipas (Kanim, Kanwil Imigrasi and Ditjenpas, lapas, rutan, bapas, LPKA, rudenim), Kemenhan
(Kodim), Polri (Polres, Polresta, Polrestabes, Polda directorates, Satbrimob, SPN, Biddokkes, RS Bhayangkara), Kejaksaan, Mahkamah Agung
courts, BPN (Kanwil, Kantah), PU (BPPW, PJN/BPJN, SNVT, Prasarana Strategis, BPK PU, Cipta Karya), Kemen PKP,
Kementrans, BMKG, BPOM, BNN, BKKBN, BPKP, BKN, Komdigi (balmon, BPSDMP), TVRI and RRI, a Kemensos sentra,
BP3MI, Bawaslu and KPU. Rows of outsourcing, vehicle rental and maintenance, internet, consultancy and
works (most of the unused satker's rows) were kept to about one per province.
blogramadhan/bun-tarik-data and Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind11a);
hikaridha/sirup-downloader was not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics, also after cutting trailing "Tahap/TA/Tahun/Bulan/Triwulan/Semester/
Paket/Anggaran ..." words), and no two rows share a name. Names with a difflib ratio of 0.92 or more to an earlier
name were not drawn. Every row is my own record made from one real package name, reworded lightly where the name
gives something to change ("(PAKET 3)" -> "(PAKET 2)", "Provinsi Lampung 2" -> "Provinsi Lampung 3", "MIN 2
Belitung" -> "MIN 3 Belitung", "MTsN 4 Sukabumi" -> "MTsN 3 Sukabumi", "(16 PPNPN" -> "(15 PPNPN", "KUA Kecamatan
Pulo Ampel" -> "KUA Kecamatan Bojonegara", "per Maret 2026" -> "per April 2026", "18 FKTP" -> "17 FKTP", "17 Orang"
-> "16 Orang", "PTSL Tahap II" -> "PTSL Tahap III", "MIN 1 KARANGASEM" -> "MIN 2 KARANGASEM"), the noise of the
original kept: ALL CAPS, typos ("Pratikum", "Peralan Mesin", "Failisitas", "Fungisional", "Transkip", "Nerkoba",
"Meubeulair", "REHABILTASI"-style spellings of the export), a leading comma (",PENGADAAN ATK ..."), MAK codes
("3701.FAG.005 (501)"), the export's mis-decoded dash "â", double spaces, leading and trailing spaces, several items
in one name. The pagu is 1-4.5% above the export's realisation value (Total Nilai). Type and method are the export's
Jenis and Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi ..." as konsultansi), also where
the export types a service or works as barang or goods as jasa lainnya. No row is flagged (as in blind9b: the export
has no UMK status, and its Nilai PDN was not turned into a flag). No volume is set (no name states a count in the
catalog's unit). Region codes are the Kemendagri codes of the satker's seat (province code alone for provincial
offices: Kanwil, Perwakilan BKKBN/BPKP, provincial KPU and Bawaslu, Polda directorates and units, Balai Karantina,
Stasiun Klimatologi, PU satker named after a province). Rows have exactly the format of bench/matcher_eval_needs.py
(see its docstring); the macros are its MACROS. The grades were written by reading each package name against the
catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has
ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and
# Kepulauan Riau, TA 2026 (agitkasep/inaprocdata, Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SUMATERA = """
11|BALAI PENATAAN BANGUNAN, PRASARANA DAN KAWASAN ACEH|Pengadaan Laptop/ Note Book|b|ep|24495000|||||laptop:3 tas_laptop:1
11|DITSAMAPTA POLDA ACEH|ATK PERKANTORAN DAN BEKAL RUMAH TANGGA|b|ep|16834200|||||ATK BERSIH:2 kopi_teh_gula:1
11.08|SEKRETARIAT BAWASLU KABUPATEN ACEH UTARA|Sewa Kendaraan Operasional|jl|ep|79904500|||||mobil:1
11.08|KPU KABUPATEN ACEH UTARA|Belanja Barang Operasional Lainnya/Pakaian Dinas ASN KIP Kabupaten Aceh Utara|jl|pl|31120400|||||DINAS
11.73|POLITEKNIK NEGERI LHOKSEUMAWE|Pengadaan Kendaraan Dinas Jabatan Wakil Direktur|b|ep|1791048900|||||mobil:1 mobil/Innova:3 mobil/Golf:0
11.73|POLRES LHOKSEUMAWE|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR POLRES LHOKSEUMAWE TA. 2026|b|ep|101697300|||||ATK:2 KOMP:1 meja_kantor:1 kursi_kantor:1 lemari_arsip:1
12|PELAKSANAAN JALAN NASIONAL WILAYAH III PROVINSI SUMATERA UTARA|PENGADAAN KENDARAAN DINAS FUNGSIONAL|b|ep|1292165000|||||mobil/Double:3 mobil/Innova:2 mobil/Hiace:1 mobil/Golf:0 sepeda_motor:1
12|SEKRETARIAT BAWASLU PROVINSI SUMATERA UTARA|Belanja Barang Operasional Lainnya - Pakaian Dinas Ketua/Anggota, PNS,PPPK Pada Sekretariat Bawaslu Provinsi Sumatera Utara Tahun Anggaran 2026|jl|ep|193197700|||||DINAS
12.06|KPU KABUPATEN TANAH KARO|Belanja Pakaian Dinas Pegawai KPU Kabupaten Karo Tahun 2026|b|ep|38921400|||||DINAS
12.06|BADAN NARKOTIKA NASIONAL KABUPATEN KARO|Layanan Pascarehabilitasi|b|ep|3641600|||||reagen_tes/Narkoba:1
12.71|POLRESTABES MEDAN POLDA SUMUT|Pengadaan Peralatan/Perlengkapan Kantor (Polsek) T.A. 2026|b|t|261303700|||||ATK:2 KOMP:1 meja_kantor:1 kursi_kantor:1 lemari_arsip:1
12.71|POLITEKNIK TEKNOLOGI KIMIA INDUSTRI MEDAN|Pencetakan Transkip |b|ep|30297800|||||cetak_blanko:1 cetak_blanko/Piagam:2 fotokopi/Print:1
12.78|RRI GUNUNG SITOLI|Rak Filing Cabinet|b|pl|5098600|||||lemari_arsip/Filing:3 lemari_arsip:2 rak_buku:1 lemari_arsip/Roll:1 lemari_arsip/Brankas:0
13|693839 / PERENCANAAN DAN PENGAWASAN JALAN NASIONAL PROVINSI SUMATERA BARAT|PENGAWASAN TEKNIS SATKER PJN I PROVINSI SUMATERA BARAT|ks|s|2595839500|||||
13|SATBRIMOB POLDA SUMBAR|Pengadaan Makan Jaga/ Piket (ULP Non Organik) Mako Yon B Por Satbrimob Polda Sumbar|b|ep|186297300|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
13.05|SEKRETARIAT BAWASLU KABUPATEN PADANG PARIAMAN|Pengadaan Pakaian Dinas Bawaslu Kabupaten Padang Pariaman|b|ep|59569800|||||DINAS
13.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN PADANG|Pengujian Laboratorium Sampel Obat, OT, Kosmetik, PK, Pangan, Kemasan pangan  PKRT|b|ep|140851700|||||reagen_tes:1
13.71|PENGADILAN TINGGI AGAMA PADANG|Pakaian Dinas|b|ep|91325200|||||DINAS
13.74|INSTITUT SENI INDONESIA PADANGPANJANG|Pengadaan Peralatan Audio Visual dan Meubelair|b|ep|440070500|||||sound_system:2 proyektor:2 tv_display:2 MEBEL:2 kamera_cctv/Mirrorless:1
13.75|BAPAS KELAS II BUKITTINGGI|Pengadaan Pakaian Dinas Pegawai pada Balai Pemasyarakatan Kelas II Bukittinggi- Sumatera Barat Tahun Anggaran 2026|b|ep|43998100|||||DINAS
14|BALAI PENATAAN BANGUNAN, PRASARANA DAN KAWASAN RIAU|Pengadaan Kendaraan Dinas Operasional Trail|b|ep|75599300|||||sepeda_motor/Trail:3 sepeda_motor:1
14|DITLANTAS POLDA RIAU|Pengadaan Makan Jaga Piket Fungsi Ditlantas Polda Riau T.A. 2026|jl|ep|452446400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
14.03|PENGADILAN NEGERI BENGKALIS|Petugas Kebersihan|jl|ep|161088000|||||
14.08|KANTOR KEMENTERIAN AGAMA KABUPATEN SIAK|Belanja Peralatan dan Mesin - Ekstrakomptabel MIN SIAK MINAS|b|ep|10442100|||||printer:1 aksesori_komputer:1 kipas_angin:1
14.71|POLRESTA PEKANBARU POLDA RIAU|,PENGADAAN ATK POLRESTA PEKANBARU TA 2026|b|pl|87079700|||||ATK
14.72|KANTOR IMIGRASI KELAS I TPI DUMAI|Pengadaan Belanja Modal Peralatan dan Mesin Berupa Pengadaan Kendaraan Dinas Listrik Jabatan Untuk Kendaraan Bermotor Layanan Sarana Internal Pada Kantor Imigrasi Kelas I TPI Dumai Tahun Anggaran 2026|b|ep|571782700|||||mobil/Innova:2 mobil:1 mobil/Golf:0 sepeda_motor:0
14.72|DISTRIK NAVIGASI DUMAI|Pengadaan Bahan Makanan Keluarga PMS TMS,Pengadaan Bahan Makanan TMS PMS,Pengadaan Bahan Makanan SROP dan VTS,Pengadaan Bahan Makanan Bengkel,Pengadaan Bahan Makanan Pengamatan Laut,Pengadaan Bahan Makanan ABK Aktif|b|pl|162053100|||||PANGAN
14.72|RUTAN KELAS II B DUMAI|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Rumah Tahanan Negara Kelas IIB Dumai - Riau Tahun Anggaran 2026|b|ep|10395798900|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
15|DITPAMOBVIT POLDA JAMBI|Pengadaan Makan Piket Jaga ULP Non Organik Jaga Fungsi Ditpamobvit Tahun Anggaran 2026|jl|ep|131450800|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
15|KPU PROVINSI JAMBI|Pakaian Dinas ASN/OB/Pamdal/Driver|b|ep|126489800|||||pdh:3 pdh/PDL:2 batik_seragam:2 kaos/Polo:1 topi_atribut:1
15|UNIVERSITAS JAMBI|Pengadaan Peralatan Perkantoran FKIP Universitas Jambi Tahun Anggaran 2026|b|ep|149174800|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 laptop:1 printer:1 ac:1
15|LAPAS PEREMPUAN KELAS II B JAMBI|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan Perempuan Kelas IIB Jambi â Jambi Tahun Anggaran 2026|b|ep|2000423900|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
15|DITPOLAIRUD POLDA JAMBI|Pengadaan Makan Tahanan Ditpolairud Polda Jambi TA 2026|jl|ep|164500|||||makanan_pasien/Warga_Binaan:3 nasi_box:2 nasi_box/Bungkus:2
15.02|KANTOR PERTANAHAN KAB. MERANGIN|Seragam Pengemudi|b|ep|1837600|||||pdh:2 kaos/Polo:1 topi_atribut:1
15.71|BADAN NARKOTIKA NASIONAL KOTA JAMBI|Pengadaan Seragam Dinas Kantor|jl|ep|39898600|||||DINAS
16|ROLOG POLDA SUMSEL|PENGADAAN PAKAIAN PDL 1 POLRI & PAKAIAN PDH ASN POLDA SUMSEL T.A. 2026 (PAKET 2)|b|ep|2346111100|||||pdh:1 pdh/PDL:3 pdh/PDH:3 batik_seragam:1 topi_atribut:1
16|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA SUMATERA SELATAN|Pengadaan Belanja Bahan untuk Kegiatan Pelaksanaan Penguatan Kapasitas HAM Bagi Masyarakat Luring pada Kanwil Kementerian Hak Asasi Manusia Sumatera Selatan - Sumatera Selatan Tahun Anggaran 2026|b|ep|6717700|||||ATK:2 cetak_spanduk:1 fotokopi:1 snack_box:1
16|BALAI PENGELOLA TRANSPORTASI DARAT KELAS II SUMATERA SELATAN|Belanja Bahan Bakar Minyak Kendaraan Dinas Operasional Roda 4 (Empat) Terminal Tipe A Karya Jaya|b|pl|7745500|||||
16|ROOPS POLDA SUMSEL|PENGADAAN MAKAN JAGA PIKET SPKT POLDA SUMSEL TA. 2026|jl|ep|184611400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
16.04|PENGADILAN NEGERI LAHAT|Pengadaan Meubelair CPNS Tahun Anggaran 2026|b|ep|25406500|||||meja_kantor:3 kursi_kantor:3 lemari_arsip:1
16.71|LAPAS KELAS I PALEMBANG|Pengadaan Bahan Makanan Bagi Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Kelas I Palembang - Sumatera Selatan Tahun Anggaran 2026|b|ep|14977028600|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
16.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS I PALEMBANG|Pengadaan Genset Kantor 100 Kva|b|ep|512708700|||||genset/Perkins:3 genset:1
17|PERWAKILAN BPKP PROVINSI BENGKULU|3701.FAG.005 (501) Rekomendasi Hasil Pengawasan Atas Akuntabilitas Pelaksanaan Pembangunan Nasional dan Daerah|b|pl|2066600|||||ATK:1
17|KANTOR WILAYAH KEMENTERIAN HUKUM BENGKULU|Belanja Modal Peralatan dan Mesin kegiatan Layanan Sarana Internal pada Kantor Wilayah Kementerian Hukum Bengkulu TA 2026|b|ep|51344100|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
17|BALAI PENGAWAS OBAT DAN MAKANAN BENGKULU|Pengadaan Reagensia|b|ep|42436800|||||reagen_tes:2 reagen_tes/Narkoba:1 reagen_tes/Gula:1
17|KANWIL DITJEN IMIGRASI BENGKULU,KANTOR WILAYAH DIREKTORAT JENDERAL IMIGRASI BENGKULU|Pengadaan Pakaian Dinas Upacara (PDU I dan IV) pada Kantor Wilayah Direktorat Jenderal Imigrasi Bengkulu - Bengkulu Tahun Anggaran 2026|b|ep|144122400|||||pdh:1
17.05|KPU KABUPATEN SELUMA|Belanja Barang Operasional Lainnya Berupa Belanja Pakaian Dinas ASN|b|ep|37703900|||||DINAS
18|PELAKSANAAN PRASARANA STRATEGIS LAMPUNG|Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Lampung 3|b|ep|3948851000|||||mebel_sekolah:3 rak_buku:2 lemari_arsip:2 meja_kantor:1 kursi_kantor:1 papan_nama:0
18|694035/PELAKSANAAN CIPTA KARYA PROVINSI LAMPUNG|Pembangunan Jaringan Perpipaan dan Sambungan Rumah SPAM KPBU Kota Bandar Lampung|k|t|13628296900|||||
18.05|POLRES TULANG BAWANG|PENGADAAN ALAT TULIS KANTOR ( ATK ) POLRES TULANG BAWANG DAN POLSEK JAJARAN T.A. 2026|b|ep|254138400|||||ATK
18.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN BANDAR LAMPUNG|PENGADAAN REAGENSIA DAN MEDIA MIKROBIOLOGI SAMPEL NON-RUTIN|b|ep|15612800|||||reagen_tes/Media:3 reagen_tes:1
19|STASIUN KLIMATOLOGI BANGKA BELITUNG|Pemeliharaan Peralatan ARWS dan HVAS|b|ep|28576400|||||
19|KANWIL KEMENTERIAN AGAMA BANGKA BELITUNG|Pengadaan Meubelair dan Peralan Mesin Gedung Ruang Kelas MI Tipe 1 Pada MIN 3 Belitung|b|ep|284569700|||||mebel_sekolah:3 rak_buku:1 lemari_arsip:1 kipas_angin:1 ac:1 proyektor:1
19|SNVT PELAKSANAAN JARINGAN SUMBER AIR BANGKA BELITUNG|Pengadaan Alat Tulis Kantor ( Layanan Pendukung Internal Satker PJSA Bangka Belitung )|b|ep|3944000|||||ATK
19|KANTOR WILAYAH KEMENTERIAN HUKUM KEPULAUAN BANGKA BELITUNG|Pengadaan Belanja Modal Peralatan dan Mesin Kegiatan Layanan Sarana Internal Pengadaan Peralatan Fasilitas  Perkantoran Pada Kanwil Kemenkum Kepulauan Bangka Belitung Tahun Anggaran 2026 |b|ep|67018200|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
21|PERWAKILAN BKKBN PROVINSI KEPULAUAN RIAU|Biaya Pekerjaan Jasa Konsultansi Perancangan Konstruksi : Jasa Konsultansi Perancangan Pemeliharaan Dan Perawatan Gedung Kantor Perwakilan BKKBN Provinsi Kepulauan Riau TA. 2026|ks|pl|58844200|||||
21.04|POLRES LINGGA|PENGADAAN MAKAN JAGA KAWAL POLSEK SENAYANG T.A 2026|jl|ep|105988300|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
21.71|KODIM 0316/BATAM|ATK PENGAKHIRAN LATORSAR TER|b|ep|1020000|||||ATK
21.71|PANGKALAN PSDKP BATAM|Pengadaan Perlengkapan Pendukung Speedboat Pengawas|b|ep|85069400|||||sar/Pelampung:2 sar/Perahu:1
21.71|PENGADILAN NEGERI BATAM|Pengadaan Pakaian Dinas Hakim dan ASN Pengadilan Negeri Batam Tahun 2026|b|ep|59886500|||||DINAS
21.71|POLITEKNIK NEGERI BATAM|Pengadaan Peralatan Pratikum Pembelajaran Jurusan Teknik Mesin Politeknik Negeri Batam Tahun 2026|b|ep|863417600|||||alat_peraga/Praktik:1
"""

# Vertical offices in DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten and Bali, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
JAWA_BALI = """
31|SENTRA "HANDAYANI" DI JAKARTA|ATENSI Disabilitas|b|ep|33827800|||||kursi_roda:3 alkes:1 alat_mandi:1 sembako:1
31|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I JAKARTA|Pengadaan Tinta Toner Balmon Jakarta Balmon Jakarta|b|ep|21595200|||||tinta_printer:3 toner:3 printer:0
31|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH III JAKARTA|LCD Proyektor|b|ep|5444700|||||proyektor:3 proyektor/Layar:1
31|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) DAERAH KHUSUS IBUKOTA JAKARTA|Konsumsi OPP|b|ep|171621400|||||MAMIN
31|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II JAKARTA|Pengadaan Alat Tulis Kantor Pada Lembaga Pembinaan Khusus Anak Kelas II Jakarta-DK Jakarta Tahun 2026|b|ep|42104300|||||ATK
32|DITPAMOBVIT POLDA JAWA BARAT|PENGADAAN MAKAN JAGA FUNGSI DITPAMOBVIT POLDA JABAR T.A. 2026|jl|ep|90790500|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
32.02|MADRASAH TSANAWIYAH NEGERI 4 SUKABUMI KAB. SUKABUMI|Pengadaan alat kesenian dan buku Penunjang Kegiatan belajar MTsN 3 Sukabumi|b|ep|6952500|||||buku_bacaan:2 buku_bacaan/Peraturan:0 buku_bacaan/Pertanian:1 alat_musik:2 alat_musik/Gamelan:1 alat_musik/Talo:1
32.03|LAPAS KELAS II B CIANJUR|Pengadaan Extra Voeding bagi WBP selama Bulan Puasa pada Lembaga Pemasyarakatan Kelas II B Cianjur - Jawa Barat Tahun Anggaran 2026|b|ep|110647000|||||pmt/Extra:3 susu:2 snack_box:1 telur:1
32.13|KPU KABUPATEN SUBANG|Belanja Modal Peralatan dan Mesin di KPU Kabupaten Subang|b|ep|14652500|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
32.13|LAPAS KELAS II A SUBANG|Pengadaan Alat Tulis Kantor (ATK) untuk Kegiatan Keperluan Perkantoran Pada Lembaga Pemasyarakatan Kelas IIA Subang - Jawa Barat Tahun Anggaran 2026|b|ep|50980900|||||ATK
32.76|KANTOR PERTANAHAN KOTA DEPOK|Pengadaan Belanja Keperluan Perkantoran untuk Pakaian Dinas Pegawai|b|ep|95466100|||||DINAS
33|PELAKSANAAN JALAN NASIONAL WILAYAH II PROVINSI JAWA TENGAH|PENGADAAN RANGKA BANGUNAN ATAS JEMBATAN GANTUNG LANGKAP - KRAMAT|b|ep|4581676200|||||material_bangunan/Besi:1
33|03 BALAI PELATIHAN HUKUM JAWA TENGAH|Pengadaan Penggantian Lampu Jalan Lampu Gedung  Kran serta Kabel Listrik pada Balai Pelatihan Hukum Semarang - Jawa Tengah Tahun Anggaran 2026|b|pl|16175800|||||lampu_listrik:3 lampu_listrik/Floodlight:2 lampu_listrik/Stop_Kontak:1
33.04|PAS13 RUTAN KELAS II B BANJARNEGARA|Pengadaan Obat-obatan untuk Kegiatan Kesehatan Pegawai Pada  Rumah Tahanan Negara Kelas IIB Banjarnegara - Jawa Tengah Tahun 2026|b|pl|55391300|||||obat:3 bmhp:1 alkes:1
33.10|POLRES KLATEN|Pengadaan Alat Tulis Kantor Polsek Jajaran Polres Klaten TA. 2026|b|ep|605323000|||||ATK
33.15|KEJAKSAAN NEGERI GROBOGAN|Pengadaan ATK dan alat Kebersihan TA 2026|b|ep|3491900|||||ATK BERSIH
33.19|POLRES KUDUS POLDA JATENG|Jasa Konsultan Perencanaan Pembangunan Gedung BPKB Prototype Dan Fasum Polres Kudus T.A. 2026|ks|s|1433826300|||||
34|BID TIK POLDA DIY|PENGADAAN ALAT KANTOR BERUPA TV MONITOR SATKER BID TIK POLDA DIY (DANA SAMSAT)|b|ep|25723300|||||tv_display:3 tv_display/Monitor:2 tv_display/Interactive:1
34|KANTOR REGIONAL I BADAN KEPEGAWAIAN NEGARA YOGYAKARTA|Snack Rapat Biasa D.I. Yogyakarta|b|pl|492600|||||snack_box:3 kopi_teh_gula:1 air_gelas:1
34|RS BHAYANGKARA TK IV YOGYAKARTA|Obat - Obatan dan AMBHP|b|ep|2240900|||||obat:3 bmhp:3 alkes:1
34|LAPAS KELAS II A YOGYAKARTA|Pengadaan belanja barang berupa Pakaian Dinas Pegawai Pada Lapas Kelas IIA Yogyakarta Tahun Anggaran 2026|b|ep|110834300|||||DINAS
34.71|KANTOR PERTANAHAN KOTA YOGYAKARTA|Belanja Modal Peralatan dan Mesin Pengadaan Perangkat Pengolah Data dan Komunikasi|b|ep|15582000|||||laptop:3 pc_desktop:3 printer:1 scanner:1
35|DITLANTAS POLDA JATIM|PENGADAAN MAKAN JAGA KAWAL ANGGOTA PIKET PJR JATIM VI DITLANTAS POLDA JATIM T.A. 2026|b|ep|46064700|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
35.08|BADAN NARKOTIKA NASIONAL KABUPATEN LUMAJANG|Urine Tes Nerkoba (Layanan Pascarehabilitasi)|b|ep|2560000|||||reagen_tes/Narkoba:3 reagen_tes:1
35.10|KANTOR PERTANAHAN KAB. BANYUWANGI|Belanja Barang Persediaan Barang Konsumsi ATK Kegiatan Penerbitan SK Hak/Pengesahan Data Fisik dan Yuridis|b|ep|36621900|||||ATK
35.26|PENGADILAN NEGERI BANGKALAN|MEUBELAIR CPNS|b|ep|5093600|||||meja_kantor:3 kursi_kantor:3 lemari_arsip:1
35.28|LAPAS KELAS II A PAMEKASAN|Pengadaan Belanja Bahan kegiatan Pemberian Extra Fooding bagi Warga Binaan Pemasyarakatan selama bulan puasa pada Lembaga Pemasyarakatan Kelas IIA Pamekasan Jawa Timur Tahun Anggaran 2026|b|ep|58905500|||||pmt/Extra:3 susu:2 snack_box:1 telur:1
35.29|KANTOR PERTANAHAN KAB. SUMENEP|Belanja Barang Persediaan Barang Konsumsi Pemeriksaan Tanah PTSL Tahap III Tahun 2026|b|ep|82988700|||||ATK:1 cetak_blanko:1
36|KANWIL KEMENTERIAN AGAMA BANTEN|Pengadaan Peralatan dan Meubeulair Gedung Balai Nikah dan Layanan Keagamaan KUA Kecamatan Bojonegara Kabupaten Serang Melalui Dana SBSN|b|ep|6359800|||||MEBEL:2 kursi_lipat:2 sound_system:1 ac:1
36|KANTOR WILAYAH KEMENTERIAN HUKUM BANTEN|Pengadaan Belanja Modal berupa Kursi Besi Metal untuk Kegiatan Pengadaan Peralatan Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Banten Sekretariat Jenderal (692031) Tahun Anggaran 2026|b|ep|52706700|||||kursi_kantor:1 kursi_kantor/Rapat:3 kursi_lipat:2 kursi_lipat/Plastik:0 kursi_roda:0
36|PERWAKILAN BPKP PROVINSI BANTEN|FAG Belanja Barang Persediaan Barang Konsumsi per April 2026|b|pl|3033300|||||ATK:2
36|DITRESNARKOBA POLDA BANTEN|PENGADAAN ATK DITRESNARKOBA T.A 2026|b|ep|46249200|||||ATK
36|ITWASDA POLDA BANTEN|PENGADAAN ALAT TULIS KANTOR/ATK|b|ep|46105500|||||ATK
36|KANWIL DITJEN PEMASYARAKATAN BANTEN|Pengadaan ATK Rutin Tahap 2 pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten Tahun Anggaran 2026 |b|ep|41619000|||||ATK
51|SPRIPIM POLDA BALI|PENGADAAN ATK SATKER SPRIPIM DAN SETUM POLDA BALI T.A 2026|b|ep|110333300|||||ATK
51|BALAI PENATAAN BANGUNAN, PRASARANA DAN KAWASAN BALI|Pengadaan ATK dan Supplies Komputer SIMSPAN Provinsi Bali|b|ep|11204300|||||ATK KOMP
51.07|KANTOR KEMENTERIAN AGAMA KAB. KARANGASEM|Belanja Barang Persediaan Barang Konsumsi MIN 2 KARANGASEM |b|ep|2469100|||||ATK:2 BERSIH:1
51.08|LOKA POM DI KABUPATEN BULELENG|PENGADAAN LAPTOP PEGAWAI|b|ep|70008900|||||laptop:3 tas_laptop:1
51.71|BAPAS KELAS I DENPASAR|Pengadaan Barang  persediaan barang konsumsi  ATK Rutin untuk Kegiatan  keperluan perkantoran pada  Balai Pemasyarakatan Kelas  I Denpasar Tahun Anggaran  2026 |b|ep|25387600|||||ATK
51.71|IM20 RUMAH DETENSI IMIGRASI DENPASAR|Pengadaan Makan Rapat Biasa Kegiatan Pengelolaan Kepegawaian Pada Rumah Detensi Imigrasi Denpasar-Bali TA 2026|b|pl|3713600|||||nasi_box:3 snack_box:2 prasmanan:2
"""

# Vertical offices in Nusa Tenggara Barat, Nusa Tenggara Timur and the five Kalimantan provinces, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52|BADAN NARKOTIKA NASIONAL PROVINSI NUSA TENGGARA BARAT|Layanan Rehabilitasi Rawat Jalan|b|ep|22254600|||||reagen_tes/Narkoba:1 obat:1
52|PERWAKILAN BPKP PROVINSI NUSA TENGGARA BARAT|Belanja Peralatan dan Mesin|b|pl|1033000|||||aksesori_komputer:1
52|PELAKSANAAN JALAN NASIONAL WILAYAH III PROVINSI NTB|PERALATAN DAN FASILITAS PERKANTORAN|b|ep|62437600|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
52|SNVT PELAKSANAAN JARINGAN SUMBER AIR NUSA TENGGARA I PROVINSI NUSA TENGGARA BARAT|Pembangunan Pengendali Banjir Sungai Pelaparado di Kabupaten Bima; 1 Km; 5 Ha; F; K; SYC|k|ep|22252455700|||||
52.01|LAPAS KELAS II A LOMBOK BARAT|Pengadaan Barang berupa Bahan Makanan bagi Warga Binaan Pemasyarakatan pada Lapas Kelas IIA Lombok Barat - Nusa Tenggara Barat Tahun Anggaran 2026|b|ep|16430359700|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
53|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR NUSA TENGGARA II PROVINSI NUSA TENGGARA TIMUR|Rehabilitasi Jaringan Irigasi D.I. Mena di Kab. TTU; 11 Km; 1117 Ha; F; K; SYC|k|ep|32095167300|||||
53|KANTOR WILAYAH KEMENTERIAN HUKUM NUSA TENGGARA TIMUR|Pengadaan Peralatan dan Mesin untuk Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur Tahun Anggaran 2026|b|ep|902719400|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1 ac:1
53.05|POLRES ALOR POLDA NTT|PENGADAAN MAKAN NON ORGANIK/ JAGA KAWAL POLRES ALOR TAHUN ANGGARAN 2026|jl|t|440401500|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
53.13|PAS22 LAPAS KELAS III LEMBATA|Pengadaan Pembiayaan Listrik pada Lembaga Pemasyarakatan Kelas III Lembata Provinsi Nusa Tenggara Timur Tahun Anggaran 2026|b|pl|7168100|||||
53.14|PENGADILAN NEGERI ROTE NDAO01|Pengadaan Meubelair berupa Meja dan Kursi Kerja|b|pl|58694200|||||meja_kantor:3 kursi_kantor:3 meja_kantor/Lipat:1 kursi_kantor/Rapat:1
53.15|DINAS TENAGA KERJA TRANSMIGRASI KOPERASI DAN UKM KABUPATEN MANGGARAI BARAT|Rehabilitasi MTs Hidayatullah Mburak di Kawasan Komodo Sanonggoang|k|pl|178058700|||||semen:1 material_bangunan:1
61|BIDDOKKES POLDA KALBAR|DUKUNGAN BELANJA OBAT DAN BHP 17 FKTP POLDA KALBAR|b|ep|204947400|||||obat:3 bmhp:3 alkes:1
61|KPU PROVINSI KALIMANTAN BARAT| Belanja Modal Peralatan dan Mesin Fasilitasi Pelaksanaan Hubungan Antar Lembaga|b|ep|246193500|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
61|TVRI STASIUN KALIMANTAN BARAT|Pengadaan Peralatan Teknik Studio (PNBP)|b|ep|56392900|||||sound_system:1 kamera_cctv/Mirrorless:1
61|SEKRETARIAT BAWASLU PROVINSI KALIMANTAN BARAT|Pengadaan Pakaian Dinas Bawaslu Provinsi Kalimantan Barat|jl|ep|124429500|||||DINAS
61.01|POLRES SAMBAS|PENGADAAN KONSUMSI MAKAN TAHANAN POLRES SAMBAS T.A. 2026|jl|ep|620004300|||||makanan_pasien/Warga_Binaan:3 nasi_box:2 nasi_box/Bungkus:2 prasmanan/Katering_Harian:2
61.72|KANTOR IMIGRASI KELAS I TPI SINGKAWANG|Pengadaan Barang Persediaan Barang Konsumsi Berupa Map Permohonan Keimigrasian Terkait Layanan Penerbitan Dokumen Perjalanan RI Pada Kantor Imigrasi Kelas I TPI Singkawang - Kalimantan Barat Tahun Anggaran 2026|b|ep|226991400|||||cetak_blanko/Map:3 map_ordner/Map:2 map_ordner:1
62|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI KALIMANTAN TENGAH|Belanja Barang Bantuan Lainnya Untuk Diserahkan Kepada Masyarakat/Pemda|b|ep|2481995800|||||ape_paud:1 alkes/Antropometri:1
62|DITINTELKAM POLDA KALTENG|Pengadaan Laptop Unit Intelkam Polsek Jajaran Polda Kalteng T.A. 2026|b|ep|1030136300|||||laptop:3 tas_laptop:1
62.03|RUTAN KELAS II B KUALA KAPUAS|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Rutan Kelas IIB Kuala Kapuas Tahun  Anggaran 2026|b|ep|3445193600|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
62.06|POLRES KATINGAN POLDA KALTENG|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR (ATK) POLRES KATINGAN TAHUN 2026|b|pl|174676700|||||ATK
63|BALAI PENGELOLA TRANSPORTASI DARAT KALIMANTAN SELATAN|PENGADAAN DAN PEMASANGAN APJ TENAGA SURYA LENGAN TUNGGAL TIANG 7M DAN LAMPU PERINGATAN TENAGA SURYA (WARNING LIGHT SOLAR) TIANG SIKU RUAS 006 BTS. KOTA PELAIHARI - KP. ASAM-ASAM (48,92 KM)|b|ep|583804600|||||lampu_listrik/PJU:2 rambu/Paku:1
63.11|KPU KABUPATEN BALANGAN|Belanja Barang Operasional Lainnya (Pakaian Satpam,Pakaian Sopir/ Kebersihan/Pramubakti,Pakaian Dinas )|b|ep|26341000|||||pdh:3 pdh/PDL:2 batik_seragam:1 kaos/Polo:1 topi_atribut:1
63.71|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH VII BANJARMASIN|Pengadaan Peralatan Audio Visual dan Dokumentasi dalam Rangka Menunjang Pengembangan Kompetensi|b|ep|29410800|||||kamera_cctv/Mirrorless:3 sound_system:2 proyektor:2 tv_display:2 dokumentasi:0
63.71|PENGADILAN AGAMA BANJARMASIN|Belanja Keperluan Perkantoran berupa Pakaian Dinas|b|ep|44818200|||||DINAS
64|KANTOR WILAYAH KEMENTERIAN HUKUM KALIMANTAN TIMUR|Pengadaan Belanja Modal Peralatan dan Mesin pada Kantor Wilayah Kementerian Hukum Kalimantan Timur Tahun Anggaran 2026|b|ep|273430300|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
64|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. KALIMANTAN TIMUR|Pakaian Dinas Pegawai/Perawat (Kalimantan  Timur)|b|ep|65689700|||||DINAS
64|SATBRIMOB POLDA KALTIM|Pengadaan Makan jaga Makosat, Den Gegana, Yon A, Yon C dan Posko SAR|jl|ep|369689300|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
64.71|PENGADILAN NEGERI BALIKPAPAN 03|Pengadaan Jasa Konsultansi Pos Bantuan Hukum (Posbakum) Pada Pengadilan Negeri Balikpapan TA 2026|ks|pl|62151400|||||
64.71|RUMAH DETENSI IMIGRASI BALIKPAPAN|Belanja Modal Peralatan dan Mesin - Peralatan dan Fasilitas Perkantoran dalam Kegiatan Layanan Sarana Internal di Lingkungan Rumah Detensi Imigrasi Balikpapan Tahun Anggaran 2026|b|ep|61503200|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
64.72|MADRASAH ALIYAH NEGERI 2 SAMARINDA KOTA SAMARINDA|Pengadaan Meja Kursi Siswa, Tenaga Pendidik dan Kependidikan|b|ep|81472700|||||mebel_sekolah/Siswa:2 mebel_sekolah/Guru:3 mebel_sekolah/Papan:0 meja_kantor:2 kursi_kantor:2
65|PERWAKILAN BPKP PROVINSI KALIMANTAN UTARA|Pekerjaan Konstruksi Pembuatan Pagar Failisitas Pendukung Gedung|b|pl|378439400|||||semen:1 material_bangunan:1
65|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI KALIMANTAN UTARA|PRESERVASI JALAN DAN JEMBATAN LINGKAR PULAU SEBATIK|k|ep|5450233400|||||
65.71|BANDAR UDARA JUWATA DI TARAKAN|Pengadaan dan Pengiriman Kendaraan ARFF Foam Tender Tipe II beserta kelengkapan|b|t|16800924700|||||kendaraan_khusus/Pemadam:1
"""

# Vertical offices in the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71.06|KANTOR PERTANAHAN KAB. MINAHASA UTARA PROV. SULAWESI UTARA|Belanja Barang Non Operasional Lainnya Kegiatan Pelayanan Umum, Pelayanan Rumah Tangga dan Perlengkapan|b|ep|36619600|||||BERSIH:1 ATK:1
71.08|KPU KAB. BOLAANG MONGONDOW UTARA|Belanja Modal Peralatan dan Mesin KPU Bolaang Mongondow Utara|b|ep|38397600|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
71.72|POLRES BITUNG|PENGADAAN PERALATAN / PERLENGKAPAN KANTOR (POLRES)|b|ep|161519800|||||ATK:2 KOMP:1 meja_kantor:1 kursi_kantor:1 lemari_arsip:1
71.72|SEKRETARIAT BAWASLU KOTA BITUNG|Pengadaan Pakaian Dinas Harian Pegawai Bawaslu Kota Bitung Tahun Anggaran 2026|jl|ep|46785300|||||DINAS
71.74|KANTOR IMIGRASI KELAS III NON TPI KOTAMOBAGU,KANTOR IMIGRASI KELAS II NON TPI KOTAMOBAGU|Pengadaan Belanja Modal Peralatan dan Mesin berupa Hardisk pada Kantor Imigrasi Kelas II Non TPI Kotamobagu Sulawesi Utara Tahun Anggaran 2026|b|ep|4927900|||||flashdisk/Harddisk:3 kamera_cctv/Harddisk:2 flashdisk:1
72|BALAI PELAKSANAAN JALAN NASIONAL SULAWESI TENGAH|PENGADAAN KENDARAAN DINAS JABATAN|b|ep|470749500|||||mobil/Innova:3 mobil/Double:1 mobil/Hiace:1 mobil/Golf:0
72|KANWIL DITJEN PEMASYARAKATAN SULAWESI TENGAH|Pengadaan Belanja Barang Berupa Alat Tulis Kantor pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Sulawesi Tengah - Sulawesi Tengah Tahun Anggaran 2026|b|ep|32602300|||||ATK
72|ROOPS POLDA SULTENG|PENGADAAN MAKAN ULP NON ORGANIK RO OPS/SPKT POLDA SULTENG|jl|t|291368900|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
72.01|UNIT PENYELENGGARA PELABUHAN BANGGAI|PENGADAAN PERALATAN PENGOLAH DATA|b|ep|248460000|||||laptop:3 pc_desktop:3 printer:1 scanner:1
72.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II PALU|Pengadaan Perlengkapan Sarana Gedung Balmon Palu|b|ep|45352900|||||meja_kantor:1 kursi_kantor:1 ac:1 tempat_sampah:1 papan_nama:1 apar:1
73|PELAKSANAAN JALAN NASIONAL WILAYAH III PROVINSI SULAWESI SELATAN|Pengadaan Kendaraan Dinas Fungisional|b|ep|845937500|||||mobil/Double:3 mobil/Innova:2 mobil/Hiace:1 mobil/Golf:0 sepeda_motor:1
73.12|PENGADILAN AGAMA WATAN SOPPENG|Belanja Keperluan Perkantoran Pakaian Dinas Pegawai|b|ep|54006800|||||DINAS
73.24|KPU KABUPATEN LUWU TIMUR|Belanja Perjalanan Dinas Biasa Fasilitasi Pendidikan Pemilih Pemula, Kelompok Rentan, dan Marjinal KPU Kabupaten Luwu Timur Tahun 2026|b|pl|6701600|||||
73.71|KODIM 1408 / MAKASSAR|Dukungan Kegiatan Satker/Sub Satker Koramil (Kapten)|b|ep|1301900|||||ATK:1
73.71|SEKOLAH MENENGAH KEJURUAN-SMTI MAKASSAR|KEGIATAN PENDIDIKAN PENGAJARAN DAN PRAKTEK|b|ep|167614500|||||alat_peraga:1 ATK:1 alat_lab:1
73.72|KANTOR PERTANAHAN KOTA PARE PARE|Bahan Teknis dan Penunjang Komputer|b|ep|156100|||||KOMP
74|DITINTELKAM POLDA SULTRA|Harwat ATK Rutin Satker Ditintelkam Polda Sultra TA. 2026|b|ep|78696100|||||ATK
74|BALAI PELAKSANAAN JALAN NASIONAL SULAWESI TENGGARA|PENGADAAN KENDARAAN PETUGAS LAPANGAN|b|ep|515382500|||||mobil/Double:3 sepeda_motor/Trail:2 sepeda_motor:1 mobil/Innova:1 mobil/Hiace:1 mobil/Golf:0
74|DITSAMAPTA POLDA SULTRA|PELAYANAN MAKAN SATWA DITSAMAPTA POLDA SULTRA TA. 2026|jl|ep|200003200|||||
74.09|KPU KAB. KONAWE UTARA|Pengadaan Pakaian Dinas Aparatur Sipil Negara (ASN) KPU Kabupaten Konawe Utara Tahun 2026|b|ep|22022300|||||DINAS
74.12|KPU KABUPATEN KONAWE KEPULAUAN|Pengadaan Pakaian Dinas Aparatur Sipil Negara (ASN) KPU Kabupaten Konawe Kepulauan Tahun  2026|b|ep|19657900|||||DINAS
75|SEKRETARIAT BAWASLU PROVINSI GORONTALO|Pakaian Dinas Bawaslu Kota Gorontalo|b|ep|45296000|||||DINAS
75|PELAKSANAAN PRASARANA STRATEGIS GORONTALO|Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Gorontalo 2|b|ep|4047485400|||||mebel_sekolah:3 rak_buku:2 lemari_arsip:2 meja_kantor:1 kursi_kantor:1 papan_nama:0
75|693996/BALAI PENATAAN BANGUNAN PRASARANA DAN KAWASAN GORONTALO|TENAGA AHLI AIR MINUM|ks|pl|97333200|||||
76|PERWAKILAN BKKBN PROVINSI SULAWESI BARAT|Seminar Kit Kegiatan Rakorda|b|pl|9486500|||||tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card:1 ATK:1
76|BALAI PENGELOLA TRANSPORTASI DARAT SULAWESI BARAT|Perbaikan Lokasi Rawan Kecelakaan (LRK) Prioritas Jalan Nasional Provinsi Sulawesi Barat|b|ep|604244100|||||rambu:2
76.02|PENGADILAN AGAMA MAMUJU|Langganan Internet|jl|ep|197918500|||||
81|SPN POLDA MALUKU|PENGADAAN MAKAN JAGA FUNGSI/ULP NON ORGANIK SPN POLDA MALUKU T.A.2026|b|pl|183288400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
81.02|POLRES MALUKU TENGGARA POLDA MALUKU|Pengadaan Makan Jaga Kawal / ULP Non Organik Polres Maluku Tenggara dan Polsek Jajaran T.A. 2026|jl|t|662213200|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
81.71|KODIM 1504 / AMBON|Belanja Pengadaan Bahan Makanan pada Uang Makan Prophilaxis|b|ep|8927000|||||PANGAN
81.72|BANDAR UDARA KAREL SADSUITUBUN TUAL|Belanja Keperluan Perkantoran (Pakaian Dinas Pegawai/Perawat) Maluku|b|pl|50490800|||||DINAS
82|03 PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI MALUKU UTARA|Review DED Perencanaan Penanganan Permukiman Kumuh Kawasan Sidangoli Kabupaten Halmahera Barat|ks|pl|102470800|||||
82|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI MALUKU UTARA|Lidocaine (Obat Anastesi) 2%|b|ep|69530800|||||obat/Lidocaine:2 bmhp/Spuit:1
82|KANTOR WILAYAH DIREKTORAT JENDERAL IMIGRASI MALUKU UTARA,KANWIL DITJEN IMIGRASI MALUKU UTARA|Pengadaan Belanja Peralatan Alat Fitnes pada Kantor Imigrasi Kelas I TPI Ternate - Maluku Utara Tahun Anggaran 2026|b|ep|70672100|||||alat_olahraga:1
82|DIT INTELKAM POLDA MALUKU UTARA|ULP NON ORGANIK / MAKAN JAGA DIT INTELKAM POLDA MALUT T.A. 2026|jl|ep|181380200|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
91|04 PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI PAPUA|Manajemen Konstruksi Lanjutan Pembangunan Rumah Susun Sekolah Yayasan Mitra Misi Baptis Jayawijaya|ks|s|415781800|||||
91|DITLANTAS POLDA PAPUA|Pengadaan Peralatan Mesin Kantor Ditlantas Polda Papua T.A. 2026|b|pl|176004700|||||laptop:2 pc_desktop:2 printer:2 scanner:1 mesin_fotokopi:1 elektronik_rt/Penghancur:2 ac:1
92|KANWIL DITJEN PEMASYARAKATAN PAPUA BARAT|Pengadaan ATK Rutin pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Papua Barat Tahun Anggaran 2026|b|ep|10270200|||||ATK
92.02|LAPAS PEREMPUAN KELAS III MANOKWARI|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan  Perempuan Kelas III Manokwari Papua Barat Tahun Anggaran 2026|b|ep|486140600|||||beras:3 lauk_segar:3 minyak_goreng:3 telur:3 sembako:2 kopi_teh_gula:1 makanan_pasien/Warga_Binaan:1
93.01|BANDAR UDARA MOPAH DI MERAUKE|Suku Cadang Peralatan Keamanan Penerbangan|b|pl|156011200|||||
93.03|POLRES MAPPI POLDA PAPUA|Pengadaan Barang Konsumsi berupa ATK Polsek dan Polres Mappi Polda Papua T.A. 2026|jl|pl|239355400|||||ATK
94|KPU PROVINSI PAPUA TENGAH|Belanja Sewa Kendaraan|jl|ep|363880000|||||mobil:1
94|BALAI KARANTINA HEWAN IKAN DAN TUMBUHAN PAPUA TENGAH|Perlengkapan Pemeriksaan Fisik Karantina Tumbuhan|b|pl|2015000|||||alat_lab:1 bmhp/Sarung_Tangan:1 bmhp/Masker:1
95|KPU PROVINSI PAPUA PEGUNUNGAN|Sewa Kendaraan Eselon II|jl|ep|972774400|||||mobil:1
96.01|LOKA POM DI KABUPATEN SORONG|PENGADAAN OUTSOURCING PIHAK KE 3|jl|ep|62570500|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb11b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh and the Sumatera provinces, Lampung, Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb11b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb11b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb11b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
