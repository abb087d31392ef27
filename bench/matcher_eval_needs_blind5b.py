# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind5b, a held-out matcher evaluation set of central-government buyers, with the labeller's graded intent.

Source (public GitHub repository, read with the search tools and a fetched snapshot; SOURCES.md, section
"blind5b"):

* FALLBACK, not a new source. INAPROC "realisasi paket" exports of the central government (kementerian/lembaga,
  their vertical offices, state universities and polytechnics, BLU hospitals, Polri and TNI units) mirrored in
  agitkasep/inaprocdata (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`, `Preview_Web/Data_Lokal/K*.json`:
  Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana, Total Nilai),
  TA 2026. The main set (keys `inaproc`, `inaproc2`) and blind2 (`inaprocfb`) already took rows from this
  repository; a real search for a new repository with package-level APBN data found none with enough rows
  (see SOURCES.md), so only rows with Sumber Dana APBN were used whose package name is in no existing needs
  file (exact match on normalised names, and no name with a difflib ratio above 0.8 to an existing one) and
  whose satker does not appear in any existing needs file, from instansi and satker the earlier sets did not
  cover (BIG, Badan Karantina, BMKG, BNN, Basarnas, BPOM, Bawaslu, BPKP, BP Batam/Karimun, BPJPH, BRIN, BSSN,
  LMAN, DPD, MPR, Kemenag and state Islamic universities, Kanwil BPN, BP BUMN, Kemendes, Kemenekraf, ESDM,
  Kemenhaj, KemenHAM, Kemenkum, Kemenimipas lapas/rutan, Kebudayaan, Kehutanan, KKP, BKKBN, Kemenkes
  hospitals, Kemenkeu offices, Komdigi monitoring stations, Kemenko, LPDB, Kemlu, Kemenpar polytechnics, PU
  BP2JK, KP2MI, KemenPPPA, Kemendikdasmen, state universities, Kemendag, Bappenas, Kemenhub, Kemenperin, TNI
  AD, Kementan, Kementerian PKP, KemenUMKM, Polri, KPU, KY, LAN, LKPP, Lemhannas, TVRI, RRI, Mahkamah Agung
  courts, OIKN, PPATK).

Every row is my own record made from one real package name, reworded lightly (other paket, tahap, triwulan,
angkatan, semester, month and person counts, another kabupaten or school where the goods stay the same), the
noise of the original kept: ALL CAPS, typos ("PAKAIN", "Pakian", "Pengadaaan", "Pengadan", "Bantua",
"Peratan", "Rasond"), MAK codes (BL.8037..., 6375.QAA...), "[25 ORG x 2 KL]",
tab characters and several items in one name. Rows have exactly the format of bench/matcher_eval_needs.py (see
its docstring); the macros are its MACROS. Total Nilai is a realisation value, not the RUP pagu: the pagu here
is a few per cent off it (mostly 2-4% above). The volume is given only where the name states a count in the catalog's units
(stel, test). The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked
these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# FALLBACK: INAPROC realisasi paket 2026 (agitkasep/inaprocdata), vertical offices of kementerian/lembaga, state universities
# and polytechnics outside the head offices.
VERTIKAL = """
51.71|BALAI BESAR KARANTINA HEWAN, IKAN, DAN TUMBUHAN BALI|Pencetakan (Amplop, Kop Surat, Spanduk, Map, Formulir, Disposisi dll)|b|ep|14950000||||amplop kop, kop surat, spanduk, map, formulir|amplop/Cetak:3 cetak_blanko/Kop:3 cetak_blanko/Formulir:3 cetak_spanduk/Spanduk:3 map_ordner/Cetak:3 cetak_blanko/Map:3 amplop:2 cetak_blanko:2 stiker_label:1
51.71|BALAI BESAR KARANTINA HEWAN, IKAN, DAN TUMBUHAN BALI|Pemeliharaan Gedung Tempat Pelayanan Benoa (NUP : 4010101012;14)|k|pl|13690000|||||semen:1 material_bangunan/Cat:1
52.71|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN NUSA TENGGARA BARAT|Belanja barang persediaan barang konsumsi  (Tindakan Karantina Hewan)|b|ep|27350000||||bahan tindakan karantina: desinfektan, sarung tangan, masker|obat_hewan/Desinfektan:2 bmhp/Sarung:2 bmhp/Masker:2 apd_kerja/Sarung:1 bmhp:1
64.71|BALAI BESAR KARANTINA HEWAN, IKAN, DAN TUMBUHAN KALIMANTAN TIMUR|Belanja Barang Persediaan Barang Konsumsi Pemeriksaan Laboratorium Karantina Hewan|b|ep|15790000|||||reagen_tes/Media:2 reagen_tes:1 alat_lab/Gelas:1 bmhp:1
96.71|STASIUN METEOROLOGI DOMINE EDUARD OSOK|Bahan Operasional Pengamatan Udara Atas Rasond 2x Sehari|b|ep|194500000||||balon dan radiosonde pengamatan udara atas|
72.02|STASIUN PEMANTAU ATMOSFER GLOBAL LORE LINDU BARIRI|Pengadaan Suku Cadang Peralatan HVAS|b|ep|19150000||||suku cadang high volume air sampler|
12.23|BADAN NARKOTIKA NASIONAL KABUPATEN LABUHANBATU UTARA|Layanan Rehabilitasi Rawat Jalan Tes Urine [25 ORG x 2 KL]|jl|ep|5150000|50|test||rapid test urine narkoba|reagen_tes/Narkoba:3 reagen_tes:1
18.06|BADAN NARKOTIKA NASIONAL KABUPATEN TANGGAMUS|Layanan Pascarehabilitasi-Urine Test|b|ep|6180000|||||reagen_tes/Narkoba:3 reagen_tes:1
32.01|BALAI BESAR REHABILITASI BADAN NARKOTIKA NASIONAL|Pengadaan Matkes (Tabung, Spluit dll) 	BL.8037.BAA.U02.052.0A.521811|b|pl|3850000||||tabung sampel, spuit, alkohol swab|bmhp/Spuit:3 bmhp/Alcohol:2 bmhp:2 reagen_tes:1
21.71|LOKA REHABILITASI NARKOBA BNN, BATAM KEPULAUAN RIAU|Pengadaan Makanan dan Snack Klien Lanjutan Tingkat Keparahan Sedang|jl|ep|1396000000||||makan 3 kali sehari dan snack klien rehabilitasi rawat inap|makanan_pasien/Warga:3 makanan_pasien:2 snack_box:2 prasmanan/Harian:2 nasi_box:1
65.71|BADAN NARKOTIKA NASIONAL KOTA TARAKAN|Tenaga Alih Daya Bidang Kesehatan Layanan Rehabilitasi (Tenaga Medis/Dokter) 1 ORG x 12 BLN|jl|ep|49400000|||||
81.71|KANTOR PENCARIAN DAN PERTOLONGAN AMBON|Pengadaan Pakaian Dinas PNS, CPNS dan PPPK Kantor Pencarian dan Pertolongan Ambon|b|ep|165000000|||||DINAS pdh/PDL:3
81.71|KANTOR PENCARIAN DAN PERTOLONGAN AMBON|Pembangunan Pagar Pembatas Tanah Kantor Pencarian dan Pertolongan Ambon|k|ep|1005000000|||||material_bangunan:1 semen:1
34.04|KANTOR PENCARIAN DAN PERTOLONGAN YOGYAKARTA|Pakaian Dinas Harian ASN|b|ep|113800000|||||DINAS
12.78|KANTOR PENCARIAN DAN PERTOLONGAN NIAS|Pakaian Dinas Pegawai (2 Stel x 96 Orang)|b|ep|162900000|192|stel|||DINAS pdh/PDL:3
71|DINAS KETAHANAN PANGAN DAERAH PROVINSI SULAWESI UTARA|Belanja Barang Persediaan Barang Konsumsi (Rapid Test Kit dan ATK) Kegiatan Pengawasan Keamanan dan Mutu Pangan Segar Provinsi|b|ep|14400000||||test kit formalin/boraks dan ATK pengawasan pangan segar|reagen_tes/Formalin:3 reagen_tes:1 ATK:2
32|DINAS KETAHANAN PANGAN DAN PETERNAKAN PROVINSI JAWA BARAT|Belanja Pengadaan rapid test kit dalam rangka Pengawasan Keamanan dan Mutu Pangan Segar Provinsi |b|ep|14350000|||||reagen_tes/Formalin:3 reagen_tes/Narkoba:0 reagen_tes:1
19|BPK PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG|Pengadaan Printer, UPS & Stabilizer Pada BPK Perwakilan Provinsi Kepulauan Bangka Belitung|b|ep|29100000|||||printer:3 ups_listrik:3 printer/Kartu:0 tinta_printer:1
65|BPK PERWAKILAN PROVINSI KALIMANTAN UTARA|Pengadaan Peralatan dan Mesin berupa Kursi Besi Metal|b|ep|87600000||||kursi besi untuk ruang rapat dan ruang tunggu|kursi_lipat/Tunggu:2 kursi_kantor/Rapat:2 kursi_lipat/Futura:2 kursi_kantor:1 kursi_roda:0
65|BPK PERWAKILAN PROVINSI KALIMANTAN UTARA|Pengadaan Peralatan dan Mesin berupa Printer dan Scanner|b|ep|37100000|||||printer:3 scanner:3 printer/Kartu:1 tinta_printer:1
17.02|LOKA POM DI KABUPATEN REJANG LEBONG|PENGADAAN ALAT (Persediaan bahan konsumsi: Reagen)|b|ep|13350000||||reagen uji cepat pangan/obat|reagen_tes/Formalin:2 reagen_tes/Media:2 reagen_tes:1 alat_lab/Gelas:1
61.03|BALAI POM DI SANGGAU|Lemari Sepatu|b|ep|1550000|||||rak_buku:1 lemari_arsip:1
12.74|BALAI POM DI TANJUNGBALAI|Pengadaan Reagen Pengujian RAPID TES (Test Kit) Komoditi Obat|b|ep|2220000||||test kit bahan kimia obat dalam obat tradisional|reagen_tes/Formalin:1 reagen_tes:1
62.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI PALANGKARAYA|PENGADAAN MEDIA MIKROBIOLOGI PENGUJIAN SAMPEL MAKANAN|b|ep|7490000|||||reagen_tes/Media:3 reagen_tes:1 alat_lab/Gelas:1
13.07|SEKRETARIAT BAWASLU KABUPATEN LIMA PULUH KOTA|Belanja Barang Operasional Lainnya Pengadaan Pakaian Dinas (UKM) Bawaslu Kabupaten Lima Puluh Kota tahun 2026|b|ep|62300000|||||DINAS
63|SEKRETARIAT BAWASLU PROVINSI KALIMANTAN SELATAN|Pengadaan Pakaian Dinas/Kerja Bawaslu Kab.Hulu Sungai Utara|jl|ep|53950000|||||DINAS pdh/Seragam_Kerja:3
62|PERWAKILAN BPKP PROVINSI KALIMANTAN TENGAH|Kursi Kerja dan Kursi Rapat|b|ep|185400000|||||kursi_kantor:3 kursi_kantor/Pejabat:2 kursi_lipat:1 meja_rapat:1 kursi_roda:0
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Blanko dan Barang Cetakan Pelayanan |b|ep|43000000|||||cetak_blanko:3 CETAK stiker_label:1
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Pengadaan Pompa Distribusi Cadangan|b|ep|704500000||||pompa distribusi air bersih kapasitas besar|alsintan/Pompa:1
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Pemeliharaan Gedung Kantor Pelabuhan (Penggantian Lampu Penerangan)|jl|pl|70900000||||penggantian lampu LED gedung pelabuhan|lampu_listrik/Bulb:2 lampu_listrik/Bola:2 lampu_listrik/Floodlight:1 lampu_listrik:1
21.02|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS KARIMUN|Cetak Laporan (Sosialisasi Laporan Kegiatan Penanaman Modal (LKPM) dan Permasalahan Investasi di Kawasan PBPB Karimun)|jl|ep|755000|||||cetak_buku/Laporan:3 fotokopi:2 fotokopi/Jilid:2 cetak_buku:2
21.02|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS KARIMUN|Cetak Brosur Promosi / Booklet|jl|ep|24000000|||||cetak_brosur:3 cetak_brosur/Kalender:1 cetak_buku:1
35.20|KANTOR KEMENTERIAN AGAMA KAB. MAGETAN|Pengadaan Komputer (PC) dan Printer KUA Kemenag Kab. Magetan Tahun 2026|b|ep|84150000|||||pc_desktop:3 printer:3 laptop:2 printer/Kartu:0 ups_listrik:1
33.74|UNIVERSITAS ISLAM NEGERI WALISONGO SEMARANG|Sarana Penunjang pada bagian OKH(BLU) Berupa Pencacah Kertas|b|ep|16200000|||||elektronik_rt/Penghancur:3 elektronik_rt:0 alsintan/Pencacah:0
13.71|UIN IMAM BONJOL PADANG|Pengadaan Cetak Map Ijazah Wisudawan UIN Imam Bonjol Padang Tahun 2026 |b|ep|70600000|||||cetak_blanko/Map:3 map_ordner/Cetak:2 cetak_blanko/Piagam:1 map_ordner:1
33.07|KANTOR PERTANAHAN KAB. WONOSOBO|ATK Layanan Pengecekkan Sertipikat Pengecekkan SHAT|b|ep|5010000|||||ATK
65|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROVINSI KALIMANTAN UTARA|Lemari Kerja Pimpinan|b|ep|2970000|||||lemari_arsip/Kayu:2 lemari_arsip/2_Pintu:2 lemari_arsip/Filing:2 lemari_arsip/Brankas:1 rak_buku:1
35|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. JAWA TIMUR|Bahan Penunjang Komputer; Belanja Modal Bahan Baku Aset Tetap Lainnya/ Aset Lainnya|b|ep|27650000|||||KOMP
32.73|MUSEUM GEOLOGI|Pengadaan Pencetakan Tiket Museum|b|ep|103200000||||tiket masuk museum bernomor seri|cetak_blanko:2 stiker_label:1 kertas_thermal:1 cetak_brosur:1
32.73|MUSEUM GEOLOGI|Pengadaan Konsumsi Kegiatan Pojok Kolaborasi Triwulan III 2026|b|ep|20100000|||||MAMIN
32.73|BALAI BESAR PENGUJIAN MINERAL DAN BATUBARA TEKMIRA|Pengadaan Bahan-bahan Keperluan Listrik, Telepon, Air (Lampu LED Philips, Photocell Selcon, Lampu Anak Tangga LED, dll 43 item)|b|pl|191700000|||||lampu_listrik/Bulb:3 lampu_listrik/Bola:2 lampu_listrik/Kabel:2 lampu_listrik/Stop_Kontak:2 lampu_listrik:1
12|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI SUMATERA UTARA|Pengadaan Konsumsi dan Snack Petugas Haji di Embarkasi Medan masa Pemberangkatan Jamaah Haji TA 2026|jl|ep|482000000||||nasi kotak dan snack petugas embarkasi|nasi_box:3 snack_box:3 prasmanan/Harian:2 air_gelas:1 air_botol:1
13|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA SUMATERA BARAT|Pengadaan Belanja Bahan berupa Snack Rapat Sumatera Barat Kegiatan Pelaksanaan Penguatan Kapasitas HAM Bagi Masyarakat Luring di Wilayah pada DIPA Instrumen dan Penguatan Kantor Wilayah Kementerian Hak Asasi Manusia Sumatera Barat Tahun Anggaran 2026|b|ep|6180000|||||snack_box:3 snack_box/Tradisional:3 nasi_box:1 air_gelas:1
64|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA KALIMANTAN TIMUR|Makan dan Kudapan Rapat Kegiatan Kapasitas HAM|b|ep|76200000|||||MAMIN
33.74|BALAI HARTA PENINGGALAN SEMARANG|Pengadaan Belanja Modal Peralatan dan Mesin berupa Laptop Lap Top Balai Harta Peninggalan Semarang Tahun Anggaran 2026|b|ep|18850000|||||laptop:3 laptop/Chromebook:1 tas_laptop:1 pc_desktop:1
21|BALAI PELATIHAN HUKUM KEPULAUAN RIAU|Pengadaan Belanja Barang Operasional Lainnya berupa Pakaian Seragam TAD Pada Balai Pendidikan dan Pelatihan Hukum Kepulauan Riau - Kepulauan Riau|b|pl|16350000||||seragam tenaga alih daya (satpam, pramubakti, pengemudi)|pdh/Seragam_Kerja:2 pdh:2 kaos/Polo:2 topi_atribut/Atribut:1 sepatu/PDL:1
16|KANWIL KEMENTERIAN HUKUM SUMATERA SELATAN|Pengadaan Belanja Bahan Kegiatan Layanan Humas Masyarakat dan Informasi berupa ATK, Penggandaan dan Penjilidan, Konsumsi Makan, Konsumsi Kudapan, Backdrop, Banner, Leaflet, Flyer|b|pl|3940000|||||ATK:2 fotokopi:2 nasi_box:2 snack_box:2 cetak_spanduk/Backdrop:2 cetak_spanduk:2 cetak_brosur:2
17.71|BALAI KONSERVASI SUMBER DAYA ALAM BENGKULU|Pengadaan ATK Kantor Balai KSDA Bengkulu|b|ep|32900000|||||ATK
73.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH VII MAKASSAR|Bahan pencetakan dan penggandaan peta kerja/hasil keg. Inventarisasi Hutan Nasional|b|ep|4120000||||kertas A3/A4 dan tinta plotter/printer|kertas_a3:2 tinta_printer:2 kertas_a4:2 fotokopi:2 toner:1
32.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI CITARUM CILIWUNG|Pengadaan Obat - obatan Untuk Kegiatan Produksi Bibit di Persemaian Rumpin Tahun 2026|b|ep|108200000||||insektisida, fungisida, pupuk daun untuk persemaian|pestisida:3 pupuk:2 biostarter:1 obat:0 obat_hewan:0
52.71|BALAI TAMAN NASIONAL GUNUNG RINJANI|Pengadaan Shelter Jalur Pendakian Torean|k|pl|205600000|||||sar/Tenda:0
21.71|BALAI PERIKANAN BUDIDAYA LAUT BATAM|Pakan kerang|b|pl|49200000||||pakan alami/fitoplankton untuk induk kerang|pakan_ikan:1
81.71|BALAI PERIKANAN BUDIDAYA LAUT AMBON|Bantua sarpras bioflok|b|ep|761400000||||kolam bulat, aerator, blower untuk budidaya bioflok|sarana_ikan/Kolam:2 sarana_ikan/Aerator:2 sarana_ikan:1 pakan_ikan:1 benih_ikan:1
71.06|BALAI PERIKANAN BUDIDAYA AIR TAWAR TATELU|Pengadaan Pakan Buatan Benih Ikan Air Tawar yang disalurkan ke masyarakat|b|ep|417100000|||||pakan_ikan:3 pakan_ikan/Udang:1 benih_ikan:1
51.07|BALAI PRODUKSI INDUK UDANG UNGGUL DAN KEKERANGAN KARANGASEM|Bahan Kimia Kultur Pakan Alami|b|pl|6590000||||pupuk kultur fitoplankton (walne), vitamin|biostarter:1 pupuk:1
61|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI KALIMANTAN BARAT|Pengadaan Plester Steril Perwakilan BKKBN Provinsi Kalimantan Barat|b|ep|12100000||||plester steril untuk pelayanan implan|bmhp/Kasa:1 bmhp:1
76|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI BARAT|Pengadaan Suntik KB Kombinasi|b|ep|316200000||||kontrasepsi suntik 1 bulanan|obat:1 bmhp/Spuit:1
33.72|RUMAH SAKIT UMUM PUSAT SURAKARTA|Pengadaaan Obat-obatan E-catalog RSUP Surakarta Tahun Anggaran 2026|b|ep|2820000|||||obat:2 obat/Paracetamol:2 bmhp:1
13.71|RUMAH SAKIT UMUM DR M JAMIL PADANG|Suku Cadang Pemeliharaan Medik|b|ep|13720000||||suku cadang alat medis (sensor, kabel, baterai)|alkes:1
35.15|KANTOR PENGAWASAN DAN PELAYANAN BC SIDOARJO|Pengadaan Konsumsi Kegiatan Sosialisasi KPPBC TMP B Sidoarjo (dilaksanakan secara bertahap)|b|pl|2380000|||||MAMIN
21.02|PANGKALAN SARANA OPERASI DJBC TANJUNG BALAI KARIMUN|Pengadaan Peta Laut Kapal Patroli BC|b|ep|272100000||||peta laut navigasi kapal patroli|
21.02|PANGKALAN SARANA OPERASI DJBC TANJUNG BALAI KARIMUN|Pengadaan Bahan Pelapis Permukaan Material Dasar Lambung Kapal Patroli BC Tahap III|b|ep|394400000||||cat antifouling dan primer lambung kapal|material_bangunan/Cat:1
32.73|KANTOR PELAYANAN PAJAK MADYA DUA BANDUNG|Pengadaan Pakaian Dinas Pegawai E-Purchasing|b|ep|91700000|||||DINAS
74.71|LOKA MONITOR SPEKTRUM FREKUENSI RADIO KENDARI|PENGADAAN KENDARAAN FUNGSIONAL MONITORING LOKA MONITOR SPEKTRUM FREKUENSI RADIO KENDARI|b|ep|539000000||||kendaraan monitoring frekuensi radio|kendaraan_khusus:1 mobil/Double:1 mobil:1
33.74|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I SEMARANG|LED TV Touchscreen Monitoring |b|ep|48600000|||||tv_display/Interactive:3 tv_display/Smart_TV:1 tv_display/Monitor:1 proyektor:0
51.71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH BALI|Pengadaan CCTV di BP2JK Wilayah Bali TA 2026|b|ep|3370000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
81.71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH MALUKU|Pengadaan Tripod Kamera|b|ep|1900000|||||kamera_cctv/Mirrorless:1 proyektor/Tripod:0
13.71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH SUMATERA BARAT|Pengadan Lensa Kamera untuk Kegiatan Kehumasan|b|ep|26100000||||lensa tele untuk kamera mirrorless|kamera_cctv/Mirrorless:1
32.73|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) JAWA BARAT|Konsumsi OPP P4MI Bekasi|b|ep|27800000||||konsumsi orientasi pra pemberangkatan|nasi_box:3 snack_box:3 prasmanan:2 air_gelas:1
13.71|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) SUMATERA BARAT|Pengadaan Lemari Besi|b|ep|2930000|||||lemari_arsip/2_Pintu:3 lemari_arsip/Filing:2 lemari_arsip/Brankas:1 lemari_arsip/Kayu:1
18.71|UNIVERSITAS LAMPUNG|Kegiatan Pengadaan AC Pendukung Pembelajaran (TU FISIP)|b|ep|197100000|||||ac:3 ac/Standing:2 kipas_angin:1 service_ac:1
32.17|POLITEKNIK NEGERI BANDUNG|PAKET PENGADAAN JAS ALMAMATER MAHASISWA Politeknik Negeri Bandung Tahun Anggaran 2026|b|ep|497600000||||jas almamater mahasiswa baru|pdh/Jas:1 kaos/Rompi:1
13.71|POLITEKNIK NEGERI PADANG|Pengadaan Speaker Aktif Portable Politeknik Negeri Padang|b|pl|20000000|||||sound_system/Portable:3 sound_system/Paket:2 sound_system/Mic:1 sewa_acara/Sound:0
35.78|POLITEKNIK ELEKTRONIKA NEGERI SURABAYA|Pengadaan Peralatan dan Meubelair Perkantoran|b|ep|132700000|||||MEBEL
17.71|UNIVERSITAS BENGKULU|Pengadaan Komputer Lab FT UNIB 2026|b|ep|720300000|||||pc_desktop:3 pc_desktop/Workstation:3 laptop:2 meja_kantor/Komputer:1 ups_listrik:1
33.74|POLITEKNIK NEGERI SEMARANG|Pengadaan Bahan Praktikum Mahasiswa Jurusan Teknik Elektro Prodi Teknik Elektronika Polines|b|pl|147300000||||komponen elektronika, PCB, solder, IC|peralatan_usaha/Servis:1 lampu_listrik/Kabel:1
35.09|UNIVERSITAS JEMBER|Pengadaan Laptop Pendukung Perkantoran Program Pascasarjana Universitas Jember Tahun 2026  ID-6591|b|ep|43900000|||||laptop:3 laptop/Chromebook:1 tas_laptop:1 pc_desktop:2
21.72|DISTRIK NAVIGASI TANJUNG PINANG|Pengadaan Bahan Makanan TMS/PMS Periode April-Juni 2026|b|pl|71200000||||bahan makanan awak kapal negara|PANGAN
35.78|POLITEKNIK PENERBANGAN SURABAYA|Pengadaan dan Penggantian Alat Kesehatan Poliklinik T.A. 2026|b|ep|3430000|||||alkes:2 alkes/Tensimeter:2 alkes/Termometer:2 bmhp:1
64.72|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI SAMARINDA|Belanja Barang Persediaan Barang Konsumsi - BLU - Kertas saring bahan kimia dan Certified Reference Material (CRM) (Bahan Kimia)|b|ep|21700000|||||alat_lab/Gelas:1 kertas_a4:0 reagen_tes:1
81.71|BALAI BESAR PERBENIHAN DAN PROTEKSI TANAMAN PERKEBUNAN (BBP2TP) AMBON|Produksi Benih Kakao Seedling Kab. Halmahera Timur (500 Ha)|b|ep|5640000000||||benih kakao polybag siap salur|bibit_tanaman/Kopi:1 bibit_tanaman:1
32.01|BALAI EMBRIO TERNAK CIPELANG|Bahan Pakan Konsentrat |b|ep|2326000000||||konsentrat sapi perah dan sapi potong|pakan_ikan:0 ternak:0
16|PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI SUMATERA SELATAN|Pengadaan Kursi Tunggu|b|ep|2000000|||||kursi_lipat/Tunggu:3 kursi_lipat/Napolly:1 kursi_lipat/Futura:1
74|KPU PROVINSI SULAWESI TENGGARA|Belanja Pakaian Dinas Operasional Kantor|b|ep|102200000|||||DINAS
53.20|KPU KABUPATEN SABU RAIJUA|Belanja Pakian Dinas KPU Kabupaten Sabu Raijua|b|ep|23580000|||||DINAS
51|KPU PROVINSI BALI|Belanja Barang Persediaan Barang Konsumsi berupa ATK/Box Arsip dalam Rangka Dukungan Layanan Perkantoran|b|ep|9370000|||||ATK map_ordner/Box:3
33.13|KPU KABUPATEN KARANGANYAR|Pengadaan Cetak Buku 40 Hari Menuju Pemilu|b|ep|7980000|||||cetak_buku:3 cetak_buku/ISBN:2 cetak_brosur/Booklet:2 fotokopi/Jilid:1
15.08|KPU KABUPATEN BUNGO|Belanja Pakaian Dinas Pegawai Sekretariat|b|ep|28340000|||||DINAS
32.73|POLITEKNIK STIA LAN BANDUNG|Pengadaan PC Komputer untuk Laboratorium Komputer Politeknik STIA LAN Bandung  Tahun  2026|b|ep|153200000|||||pc_desktop:3 pc_desktop/Workstation:2 laptop:2 meja_kantor/Komputer:1
13.71|TVRI STASIUN SUMATERA BARAT|Pengadaan Baju Promo Off Air Piala Dunia 2026 TVRI Sumatera Barat|b|ep|24430000||||kaos promo sablon logo|kaos:3 kaos/Olahraga:3 kaos/Polo:2 topi_atribut/Baseball:1
13.71|TVRI STASIUN SUMATERA BARAT|Pengadaan Sarana dan Prasarana Aktivitas Acara Fun Walk Bola Gembira TVRI (Promo Off Air Piala Dunia)|b|ep|35770000||||kaos peserta, topi, bola, doorprize|kaos:2 topi_atribut/Baseball:2 alat_olahraga/Bola:2 souvenir:1 cetak_spanduk:1 sewa_acara:1
18.71|TVRI STASIUN LAMPUNG|TV MONITOR 43"|b|ep|17300000|||||tv_display/Smart_TV:2 tv_display/Monitor:2 tv_display/Interactive:0
81.71|TVRI STASIUN MALUKU|PENGADAAN LAPTOP UNTUK KMB TVRI MALUKU 2026|b|ep|19780000|||||laptop:3 tas_laptop:1 pc_desktop:1
72.71|RRI PALU|Alat Tulis Kantor RRI Palu|b|ep|7630000|||||ATK
36.73|RRI BANTEN|Konsumsi Nasi|b|pl|335000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan:1 snack_box:1
73.71|KANTOR REGIONAL IV BADAN KEPEGAWAIAN NEGARA MAKASSAR|Pemeliharaan Gedung Bangunan Kantor Regional IV BKN Makassar berupa Perbaikan Atap Gedung Arsip|k|pl|25340000|||||semen:1 material_bangunan:1
19|KANWIL KEMENTERIAN AGAMA PROVINSI BANGKA BELITUNG|Pengawasan Pembangunan Gedung Ruang Kelas MI Tipe 1 Pada MIN 3 Belitung|ks|pl|97800000|||||
35.10|STASIUN METEOROLOGI BANYUWANGI|Pemeliharaan Printer / Scanner|jl|ep|2060000||||servis printer dan scanner kantor|tinta_printer:1 printer:1
32.08|BADAN NARKOTIKA NASIONAL KABUPATEN KUNINGAN|Sewa Kendaraan R 4|b|ep|70100000||||sewa mobil operasional 12 bulan|mobil:1
"""

# FALLBACK: the same exports, head offices and central units (Jakarta, Bogor, Depok, Tangerang Selatan) and OIKN.
PUSAT = """
31.74|ARSIP NASIONAL RI|Pengadaan Makanan/Minuman Penambah Daya Tahan Tubuh di Arsip Nasional RI Tahun 2026|b|ep|59700000||||susu, kacang hijau, telur untuk pegawai depot arsip|pmt/Extra:3 susu:2 minuman_kemasan/Kacang:2 telur:1 pmt:1
31.74|ARSIP NASIONAL RI|Pengadaan Bahan Perlengkapan Komputer|b|ep|44600000|||||KOMP
31.74|ARSIP NASIONAL RI|Pengadaan Kebutuhan Air Minum di Arsip Nasional RI|b|ep|24300000|||||air_galon/Air:3 air_botol:2 air_gelas:2 air_galon:1 alat_dapur/Dispenser:1
31.74|ARSIP NASIONAL RI|Belanja Barang Persediaan Pemeliharaan Gedung dan Bangunan Persediaan Sanitair, Alat-Alat Listrik, dan Bahan Kebersihan |b|ep|74300000|||||BERSIH:2 lampu_listrik/Bulb:2 lampu_listrik/Stop_Kontak:2 lampu_listrik:1
31.74|ARSIP NASIONAL RI|Pengadaan Jasa Lainnya Penyediaan Jasa Keamanan di Pusat Data Informasi dan Jasa Teknis Kearsipan Tahun 2026|jl|ep|646700000|||||
32.01|BADAN INFORMASI GEOSPASIAL|Pengadaan Pakaian Kerja Petugas Kebersihan Selasar, Gedung, Halaman dan Taman Kantor Badan Informasi Geospasial|b|ep|59000000|||||pdh/Seragam_Kerja:2 kaos/Polo:2 pdh:2 topi_atribut/Topi:1 sepatu/Boots:1
32.01|BADAN INFORMASI GEOSPASIAL|Pengadaan Peralatan Pendukung Stasiun Ina-CORS|b|ep|2444000000||||receiver GNSS, antena, perangkat komunikasi stasiun CORS|ups_listrik:1 jaringan:1
32.01|BADAN INFORMASI GEOSPASIAL|Pengadaan Bahan dan Perlengkapan Kebersihan Selasar, Gedung, Halaman dan Taman Kantor Badan Informasi Geospasial|b|ep|372300000|||||BERSIH alat_tani/Cangkul:1
32.01|BADAN INFORMASI GEOSPASIAL|Pengadaan Sparepart Stasiun Pasang Surut|b|ep|13580000|||||
32.01|BADAN INFORMASI GEOSPASIAL|Pakaian Kerja Satuan Pengamanan Melalui Pihak Ketiga|b|ep|103700000||||PDL satpam, topi, sepatu, atribut|pdh:2 pdh/Seragam_Kerja:2 topi_atribut:2 sepatu/PDL:2 DINAS:1
32.01|BADAN INFORMASI GEOSPASIAL|Sewa Leased Line Internet|jl|pn|2999000000|||||jaringan:1
31.71|BADAN NASIONAL PENANGGULANGAN TERORISME|Pemeliharaan, Perawatan dan Perbaikan CCTV Area Lapas, Gedung Baladika dan Gedung BLK Badan Nasional Penanggulangan Terorisme Tahun Anggaran 2026|jl|ep|616700000|||||kamera_cctv:1
31.71|BADAN S.A.R NASIONAL (BASARNAS)|BELANJA BARANG PAKAIN DINAS PEGAWAI KANTOR PUSAT BADAN NASIONAL PENCARIAN DAN PERTOLONGAN TAHUN ANGGARAN 2026|b|ep|898300000|||||DINAS pdh/PDL:3
31.71|BADAN PEMERIKSA KEUANGAN PUSAT|Pengadaan Lanyard Gantungan Kalung Tali ID Card Holder|b|ep|14580000|||||id_card/Lanyard:3 id_card:2 id_card/Name_Tag:1
31.75|BADAN PENYELENGGARA JAMINAN PRODUK HALAL|Fasilitasi Tugas dan Fungsi Laboratorium Halal|b|ep|20580000||||bahan dan peralatan penunjang laboratorium halal|alat_lab:1 reagen_tes:1
36.74|DEPUTI BIDANG INFRASTRUKTUR RISET DAN INOVASI BRIN|Pengadaan Peralatan Fasilitas Tempat Pengolahan Sampah Terpadu di KST BJ Habibie Serpong|b|ep|8848000000||||mesin pemilah, pencacah dan insinerator sampah|tempat_sampah:1
31.71|SEKRETARIAT UTAMA BRIN|Konsumsi Rapat untuk Pelantikan, evaluasi, penerimaan CPNS dll|b|pl|162300000|||||MAMIN
32.01|BADAN SIBER DAN SANDI NEGARA|Pengadaan Pakaian Seragam Napak Tilas Politeknik Siber dan Sandi Negara Tahun 2026|b|pl|96670000||||kaos, celana lapangan, topi rimba taruna napak tilas|kaos:2 pdh/Seragam_Kerja:2 topi_atribut/Rimba:2 topi_atribut:1 sepatu/Olahraga:1
32.76|BADAN SIBER DAN SANDI NEGARA|Pengadaan Konsumsi Pelatihan Pusbang SDM Bulan Juni Tahun 2026|jl|pl|124700000||||konsumsi peserta pelatihan (makan, coffee break)|prasmanan:3 prasmanan/Fullday:3 nasi_box:2 snack_box:2 makanan_pasien/Asrama:2
31.71|PENGELOLAAN, PENGEMBANGAN, DAN PENGAWASAN BUN|Pengadaan ATK untuk Peserta Pelatihan Klasikal Pusdiklat Anggaran dan Perbendaharaan TA 2026 (DIPA P3BUN)|b|ep|15080000|||||ATK buku_tulis/Notebook:3 tas_seminar:1
31.71|LEMBAGA MANAJEMEN ASET NEGARA|Pengadaan Kendaraan Pemadam Kebakaran untuk Kawasan Kilang LNG Arun (Community Site)|b|ep|80300000|||||kendaraan_khusus/Pemadam:2 kendaraan_khusus:1 apar:1
31.71|LEMBAGA MANAJEMEN ASET NEGARA|Pengadaan Furniture Apartemen Puri Casablanca Unit C6.08, C17.08, A29.06|b|ep|52980000||||tempat tidur, sofa, meja makan, lemari|ranjang/Kayu:3 sofa:3 meja_makan:3 selimut_kasur/Kasur:2 ranjang:2 lemari_arsip/Kayu:1 kitchen_set:1
31.71|LEMBAGA MANAJEMEN ASET NEGARA|Pengadaan Furniture Apartemen Taman Kemang Jaya|b|ep|12550000|||||ranjang/Kayu:3 sofa:3 meja_makan:3 selimut_kasur/Kasur:2 ranjang:2 kitchen_set:1
31.71|PENGELOLAAN, PENGEMBANGAN, DAN PENGAWASAN BUN|Pengadaan Konsumsi Pelatihan Fasilitator Pemanfaatan Data Analitik dalam Perbendaharaan Negara TA 2026|jl|ep|88000000|||||prasmanan:3 prasmanan/Fullday:3 nasi_box:2 snack_box:3
31.71|DEWAN PERWAKILAN DAERAH|Pekerjaan Pengadaan Spanduk/Backdrop pada Kegiatan Diseminasi BULD DPD RI|b|pl|5140000|||||cetak_spanduk/Spanduk:3 cetak_spanduk/Backdrop:3 cetak_spanduk:2 cetak_brosur/Poster:1
31.71|BADAN PENGATURAN BADAN USAHA MILIK NEGARA|Peremajaan Perangkat UPS|b|ep|1166000000||||UPS modular ruang server 2 x 60 kVA|ups_listrik/UPS:1 genset:0
31.71|BADAN PENGATURAN BADAN USAHA MILIK NEGARA|Pengadaan Perpanjangan Garansi Laptop Tahun 2026|b|ep|176500000|||||laptop:1
31.71|BADAN PENGATURAN BADAN USAHA MILIK NEGARA|Pengadaan Alat Dokumentasi Kehumasan Tahun 2026|b|ep|84100000||||kamera, lensa, mic wireless, tripod|kamera_cctv/Mirrorless:3 sound_system/Mic:2 flashdisk/Harddisk:1 kamera_cctv/PTZ:0
31.71|DEWAN KEHORMATAN PENYELENGGARA PEMILU|Pengadaan Seragam Pegawai DKPP|jl|ep|250100000|||||DINAS batik_seragam:3
31.74|DIREKTORAT JENDERAL PEMBANGUNAN DESA DAN PERDESAAN|ATK Sekretariat|b|ep|64850000|||||ATK
31.74|INSPEKTORAT JENDERAL KEMENTERIAN DESA DAN PEMBANGUNAN DAERAH TERTINGGAL|Pengadaan Kursi Pimpinan|b|ep|10290000|||||kursi_kantor/Pejabat:3 kursi_kantor:2 kursi_kantor/Ergonomis:2
31.71|SEKRETARIAT UTAMA KEMENTERIAN EKONOMI KREATIF/BADAN EKONOMI KREATIF|Pengadaan Souvenir Ekonomi Kreatif|b|pl|152400000||||cenderamata produk kreatif lokal untuk tamu|souvenir:3 tas_seminar:2 tenun_tradisional:2 kopi_umkm:2 plakat:1 batik_seragam/Kain:1
31.74|DIREKTORAT JENDERAL MINYAK DAN GAS BUMI|Pengadaan Lampu Gedung Ibnu Sutowo|b|pl|65980000|||||lampu_listrik/Bulb:3 lampu_listrik/Bola:3 lampu_listrik:1 lampu_listrik/PJU:0
31.74|DIREKTORAT JENDERAL MINYAK DAN GAS BUMI DKI JAKARTA RAYA|Belanja Barang Non Operasional Lainnya (Pakaian Dinas ASN Ditjen Migas dan Tenaga Ahli Menteri ESDM)|b|ep|751500000|||||DINAS
31.71|KEMENTERIAN HAJI DAN UMRAH|Starter Kit Peserta Pendidikan dan Pelatihan PPIH Arab Saudi|b|ep|438100000||||tas ransel, rompi, topi, kaos, buku saku petugas haji|tas_seminar/Ransel:3 kaos/Rompi:3 topi_atribut:2 kaos:2 id_card:2 buku_tulis/Notebook:1
36|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA BANTEN|Pengadaan ATK untuk Kegiatan Pemantauan dan Pelaporan Pembentukan Kampung Redam di Wilayah pada Kanwil Kementerian Hak  Asasi Manusia Banten Tahun Anggaran 2026|b|ep|9020000|||||ATK
31.71|MUSEUM DAN CAGAR BUDAYA|Pengadaan Sistem Keamanan Ruang Pamer Museum Nasional Indonesia|b|ep|1119500000||||sensor gerak, alarm vitrin, CCTV analitik terintegrasi|kamera_cctv:1
31.71|PUSAT STANDARDISASI DAN SERTIFIKASI SUMBER DAYA MANUSIA KELAUTAN DAN PERIKANAN|Pengadaan Pakaian Dinas Pegawai 34 Org x 2 Pcs|b|ep|21290000|68|stel|||DINAS
31.71|SEKRETARIAT DIREKTORAT JENDERAL PENGAWASAN SUMBER DAYA KELAUTAN DAN PERIKANAN|Pengadaan Suku Cadang Mesin Induk MTU|b|ep|699300000||||suku cadang mesin induk kapal pengawas|
31.73|RUMAH SAKIT JANTUNG HARAPAN KITA JAKARTA|Belanja Bahan Medis Habis Pakai Litbang : Pengadaan Labmol dan Stem Cell di Clinical Research (E-Catalog)|b|ep|29040000||||kit ekstraksi DNA, media kultur sel, pipet tip|bmhp:1 reagen_tes:1 alat_lab/Gelas:1
31.71|KANTOR PELAYANAN KEKAYAAN NEGARA DAN LELANG JAKARTA IV|Makan Rapat Sosialisasi di Bidang Lelang|b|pl|5870000|||||nasi_box:3 snack_box:2 prasmanan:2
31.74|KANTOR PELAYANAN PAJAK MADYA JAKARTA SELATAN I|Perlengkapan Fotokopi/Komputer|b|pl|1087000|||||KOMP toner/Fotokopi:3 kertas_a4:2
31.74|BADAN PENDIDIKAN DAN PELATIHAN KEUANGAN|Pengadaan Pakaian Dinas Harian (PDH) Pegawai Pusdiklat Keuangan Publik Tahun Anggaran 2026|b|ep|69550000|||||DINAS pdh/PDH:3
31.71|KEMENTERIAN KOORDINATOR BIDANG HUKUM, HAM, IMIGRASI DAN PEMASYARAKATAN|Pengadaan Paket Meeting Fullboard Kegiatan Penyusunan Rekomendasi kebijakan capaian kinerja dan penyelesaian permasalahan lintas K/L terkait materi hukum dan keadilan restoratif|b|ep|151000000||||paket fullboard hotel (kamar, ruang rapat, konsumsi)|prasmanan/Fullday:1
31.71|MENKO BIDANG PEREKONOMIAN|Pengadaan Plakat Juni 2026|b|ep|1980000|||||plakat:3 trofi:1 souvenir:1
31.71|MENKO BIDANG PEREKONOMIAN|Konsumsi Rapat , Percetakan Dokumen dan Seminar Kit Asdep Transisi Energi|b|pl|65840000|||||MAMIN fotokopi:3 cetak_buku:2 tas_seminar:3 buku_tulis/Notebook:2 pulpen:2
31.71|MENKO BIDANG PEREKONOMIAN|Sewa Meubelair|jl|ep|1005700000||||sewa meja kursi kantor 12 bulan|MEBEL:1 sewa_acara/Kursi:1
31.71|MENKO BIDANG PEREKONOMIAN|CCTV Ruang Kerja Deputi III|jl|ep|9390000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
31.71|MENKO BIDANG PEREKONOMIAN|Belanja Bahan (Percetakan)|b|ep|1890000|||||CETAK fotokopi:3
31.74|LEMBAGA PENGELOLA DANA BERGULIR KOPERASI DAN USAHA MIKRO, KECIL DAN MENENGAH (LPDB-KUMKM)|Konsumsi Rapat Rutin Pegawai|b|ep|22520000|||||MAMIN
31.74|LEMBAGA PENGELOLA DANA BERGULIR KOPERASI DAN USAHA MIKRO, KECIL DAN MENENGAH (LPDB-KUMKM)|Pengadaan Obat-Obatan, Vitamin, dan Peralatan Medis|b|ep|40800000|||||obat:3 obat/Vitamin:3 alkes:2 bmhp:2
31.74|LEMBAGA PENGELOLA DANA BERGULIR KOPERASI DAN USAHA MIKRO, KECIL DAN MENENGAH (LPDB-KUMKM)|Cetak Jurnal Dana Bergulir|b|ep|77200000|||||cetak_buku:3 cetak_buku/ISBN:3 cetak_brosur/Booklet:1
31.74|LEMBAGA PENGELOLA DANA BERGULIR KOPERASI DAN USAHA MIKRO, KECIL DAN MENENGAH (LPDB-KUMKM)|Pencetakan Buku Pedoman|b|ep|14860000|||||cetak_buku:3 cetak_brosur/Booklet:2 fotokopi/Jilid:1
31.71|DITJEN ASIA PASIFIK DAN AFRIKA|Sewa PC dan Laptop|b|ep|79200000|||||laptop:1 pc_desktop:1
31.71|SEKRETARIAT KEMENTERIAN PARIWISATA|Pengadaan Laptop Biro Komunikasi|b|ep|192000000|||||laptop:3 tas_laptop:1 pc_desktop:1
12.71|POLITEKNIK PARIWISATA MEDAN|Pengadaan Tanaman dan Vegetasi untuk Pekerjaan Lanskap Laboratorium Terpadu Wings Hotel ATH (Lanjutan)|b|ep|851000000||||pohon peneduh, tanaman hias, rumput lanskap|bibit_tanaman/Tanaman_Hias:2 bibit_tanaman/Mahoni:1 bibit_tanaman:1
51.03|POLITEKNIK PARIWISATA BALI|Pengadaan Bahan Praktikum Fruit and Vegetable Prodi SKU Semester Gasal 2026-2027 di Politeknik Pariwisata Bali|b|ep|289600000|||||lauk_segar/Sayur:3 lauk_segar/Buah:3 lauk_segar:1
52.02|POLITEKNIK PARIWISATA LOMBOK|Pengadaan Meubelair Poltekpar Lombok 2026 (E-Purchasing). Belanja Modal Peralatan dan Mesin Pengadaan Sarana pengajaran|b|ep|1337000000|||||MEBEL mebel_sekolah:3 kursi_lipat:2
31.74|DIREKTORAT JENDERAL PEMBERDAYAAN KP2MI|Barang cetakan rutin (amplop, map ditjen, map satker, dos arsip, dll)|b|ep|14240000|||||amplop/Cetak:3 map_ordner/Cetak:3 cetak_blanko/Map:3 map_ordner/Box_Arsip:3 amplop:2 CETAK:2
31.74|DIREKTORAT JENDERAL PEMBERDAYAAN KP2MI|Paket Pengadaan Belanja Modal Laptop dan Perlengkapan Zoom meeting Sesditjen Pemberdayaan|b|ep|41600000|||||laptop:3 aksesori_komputer/Webcam:3 sound_system/Portable:2 aksesori_komputer/Headset:2 tv_display:1
31.71|BIRO UMUM DAN PENGADAAN BARANG DAN JASA KEMENDIKDASMEN|Pembelian Kendaraan Roda Dua|b|ep|60970000||||sepeda motor operasional kurir|sepeda_motor:3 sepeda_motor/Beat:3 sepeda_motor/Listrik:2 sepeda_motor/Trail:1
31.71|BIRO HUKUM KEMENTERIAN PERDAGANGAN|Biaya ATK dan Komputer Supplies kegiatan Pengelolaan Arsip Biro Hukum|b|pl|3710000|||||ATK KOMP map_ordner/Box:2
31.71|KANTOR MENTERI NEGARA PPN / BAPPENAS|Pengadaan Meubelair Armrests Kursi Kerja Staf Menara Bappenas|b|ep|331500000||||penggantian sandaran tangan kursi kerja|kursi_kantor:1
31.74|DIREKTORAT JENDERAL KETAHANAN, PERWILAYAHAN DAN AKSES INDUSTRI INTERNASIONAL|Furniture Rumah Dinas Dirjen KPAII|b|ep|43770000||||sofa, tempat tidur, meja makan|sofa:3 ranjang/Kayu:3 meja_makan:3 selimut_kasur/Kasur:2 lemari_arsip/Kayu:1
31.74|POLITEKNIK APP JAKARTA|Pengadaaan Laptop Operasional Pendidikan|b|ep|22970000|||||laptop:3 laptop/Chromebook:2 tas_laptop:1
31.74|DIREKTORAT JENDERAL PRASARANA DAN SARANA PERTANIAN|Pengadaan Vertikal Dryer Padi  Bangunan Kap 30 Ton/Proses|b|ep|6183000000|||||alsintan:1 alsintan/Thresher:1
31.71|INSPEKTORAT JENDERAL KEMENTERIAN PERUMAHAN DAN KAWASAN PERMUKIMAN|Pengadaan Scanner, Printer, In Focus, TV 50 Inch (Perangkat Pengolah Data dan Komunikasi)|b|pl|187700000|||||scanner:3 printer:3 proyektor:3 tv_display/Smart_TV:2 proyektor/Layar:1
31.74|SEKRETARIAT KEMENTERIAN USAHA MIKRO, KECIL DAN MENENGAH|CANON Battery Pack LPE6P, DJI Mic 3 (2TX+1RX+Case), Kamera Sony ZV-E10 Kit 16-50mm f/3.5-5.6 OSS II Black, Lensa Sony E 16-70mm f/4 ZA OSS Vario-Tessar T, Synology Plus HAT3320 Series NAS HDD 16 TB, WD external harddisk Mybook 8 TB|b|ep|73200000|||||kamera_cctv/Mirrorless:2 flashdisk/Harddisk:2 sound_system/Mic:1 kamera_cctv/Harddisk:1
31.74|KORLANTAS POLRI|PENGADAAN BAN LENGAN PETUGAS PATROLI JALAN RAYA KORLANTAS POLRI TAHUN ANGGARAN 2026|b|ep|1772000000||||ban lengan PJR reflektif|topi_atribut/Atribut:1 apd_kerja/Rompi:1
31.74|STIK LEMDIKLAT POLRI|PENGADAAN BAHAN MAKAN DAN EXTRAFOODING MAHASISWA S2 STIK LEMDIKLAT POLRI T.A 2026|jl|ep|1453000000||||makan 3 kali sehari dan extra fooding mahasiswa asrama|makanan_pasien/Siswa:3 pmt/Extra:3 prasmanan/Harian:2 susu:2 makanan_pasien:1
31.71|KOMISI YUDISIAL RI|Pengadaan Sewa Peralatan Seleksi Kualitas Calon Hakim Agung dan Ad Hoc di Mahkamah Agung TA 2026|b|ep|184600000||||sewa laptop, printer, CCTV dan perlengkapan ujian|laptop:1 printer:1
31.71|PUSAT PEMBELAJARAN DAN STRATEGI KEBIJAKAN MANAJEMEN PEMERINTAHAN LAN|Pengadaan Jasa Konsumsi Peserta Pelatihan dasar CPNS angkatan I- XXXII|jl|t|468100000||||konsumsi peserta latsar 3 kali makan dan 2 coffee break|prasmanan:3 prasmanan/Fullday:3 makanan_pasien/Asrama:3 nasi_box:2 snack_box:2
31.71|LEMBAGA ADMINISTRASI NEGARA JAKARTA|Pengadaan Konsumsi Pelatihan Kepemimpinan Nasional Tk. II Angkatan XIX |jl|ep|156300000|||||prasmanan:3 prasmanan/Fullday:3 makanan_pasien/Asrama:2 nasi_box:2 snack_box:2
31.74|LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH|Souvenir Pelatihan|b|ep|2580000|||||souvenir:3 tas_seminar:2 plakat:1
31.74|LEMBAGA KEBIJAKAN PENGADAAN BARANG/JASA PEMERINTAH|Perangkat Access Switch Jaringan Gedung LKPP|b|ep|228700000||||access switch managed 48 port PoE|jaringan/Switch:2 jaringan:1
31.71|LEMBAGA KETAHANAN NASIONAL REPUBLIK INDONESIA|Pengadaan Barang Persediaan Obat-obatan Umum dan UGD T.A. 2026|b|ep|10150000|||||obat:3 bmhp:2 alkes:1
31.71|LEMBAGA KETAHANAN NASIONAL REPUBLIK INDONESIA|Pengadaan MIC Audio CCTV Ruang Rapat dan Kelas|b|ep|247000000||||mikrofon ceiling terintegrasi rekaman CCTV ruang kelas|sound_system/Conference:2 sound_system/Mic:2 kamera_cctv:1
31.71|LEMBAGA KETAHANAN NASIONAL REPUBLIK INDONESIA|Penambahan Koleksi Judul Buku|b|ep|55600000||||buku koleksi perpustakaan (geopolitik, ketahanan nasional)|buku_bacaan:2 buku_bacaan/Peraturan:1
31.71|LEMBAGA KETAHANAN NASIONAL REPUBLIK INDONESIA|Penggandaan Buku Transformasi Lemhannas RI|b|ep|115500000|||||cetak_buku:3 cetak_buku/Profil:3 fotokopi:2
31.71|LEMBAGA KETAHANAN NASIONAL REPUBLIK INDONESIA|Pelayanan Kesiapan Konsumsi Peserta P3N XXVII dan P4N LXIX & LXX|b|ep|4523000000||||konsumsi peserta pendidikan berasrama|prasmanan:3 makanan_pasien/Asrama:3 prasmanan/Harian:2 snack_box:2 nasi_box:1
31.71|MAJELIS PERMUSYAWARATAN RAKYAT|Trophy, Sertifikat, ID Card Seleksi LKBB|b|ep|175000000|||||trofi:3 cetak_blanko/Piagam:3 id_card:3 plakat:1
31.71|MAJELIS PERMUSYAWARATAN RAKYAT|Pengadaan Toner kegiatan FGD dengan Perguruan Tinggi|b|ep|12070000|||||toner:3 toner/Fotokopi:2 tinta_printer:1
31.71|MAJELIS PERMUSYAWARATAN RAKYAT|Pencetakan dan Penjilidan Materi|jl|ep|22100000|||||fotokopi:3 cetak_buku:3 fotokopi/Jilid:3 cetak_blanko:1
64.09|DEPUTI LINGKUNGAN HIDUP, SUMBER DAYA ALAM, SOSIAL BUDAYA DAN PEMBERDAYAAN MASYARAKAT OIKN|Sewa Tenda Set Expo UMKM|jl|ep|234400000||||sewa tenda sarnafil, kursi dan panggung expo|sewa_acara/Tenda:3 sewa_acara:2 sar/Tenda:0
64.09|SEKRETARIAT DAN UNIT KERJA HUKUM DAN KEPATUHAN OIKN|Pengadaan Belanja Souvenir IKN|b|ep|243400000|||||souvenir:3 plakat:2 tas_seminar:2 tenun_tradisional/Sasirangan:1 kaos:1
64.09|DEPUTI PENGENDALIAN PEMBANGUNAN, TRANSFORMASI HIJAU DAN DIGITAL OIKN|PENGADAAN ALAT KOMUNIKASI HANDY TALKY HT BERBASIS P25|b|ep|409900000||||HT digital standar P25 dengan enkripsi|elektronik_rt/Handy:2
64.09|PENGELOLAAN INFRASTRUKTUR OIKN|Pengadaan Kendaraan Pembersih Jalan di Ibu Kota Nusantara|b|ep|2527000000||||road sweeper truck|kendaraan_khusus:1 alat_berat:1
64.09|DEPUTI LINGKUNGAN HIDUP, SUMBER DAYA ALAM, SOSIAL BUDAYA DAN PEMBERDAYAAN MASYARAKAT OIKN|Belanja Modal Peratan dan Mesin Berupa Alat Pemantauan Kualitas Lingkungan Hidup dan Peralatan Pendukungnya|b|ep|85200000||||sensor kualitas air dan udara portabel|alat_lab:1
64.09|SEKRETARIAT DAN UNIT KERJA HUKUM DAN KEPATUHAN OIKN|Pengadaan Alat Tulis Kantor Otorita Ibu Kota Nusantara|b|ep|106200000|||||ATK
32.76|PENDIDIKAN DAN PELATIHAN ANTI PENCUCIAN UANG PPATK|Pengadaan Obat-obatan, bahan-bahan dan persediaan klinik pada Pusdiklat APU PPT TA 2026|b|pl|20960000|||||obat:3 bmhp:3 alkes:1
32.76|PUSDIKLAT ANTI PENCUCIAN UANG DAN PENCEGAHAN PENDANAAN TERORISME|Pengadaan Laptop Pegawai Pada Pusdiklat APUPPT Tahun Anggaran 2026|b|ep|561500000|||||laptop:3 tas_laptop:1 pc_desktop:1
"""

# FALLBACK: the same exports, Polri, TNI, Kemenimipas (lapas, rutan, LPKA), Kejaksaan and courts.
HUKAM = """
35.78|KESDAM V/BRW|Mesin Scanner Epson Klinik Brawijaya Lawang Dana Kapitasi BPJS Denkesyah Malang|b|ep|10800000|||||scanner/Epson:3 scanner:2 printer:1
62.71|KOREM-102/PJG|BELANJA BAHAN UANG MAKAN JAGA MILITER KOREM 102/PANJU PANJUNG|b|ep|30800000||||makan petugas jaga|nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
76|DITRESKRIMUM POLDA SULBAR|PENGADAAN KONSUMSI TAHANAN DIT TAHTI POLDA SULBAR|jl|ep|778000000||||makan 3 kali sehari tahanan|makanan_pasien/Warga:3 makanan_pasien:1 nasi_box:2 nasi_box/Bungkus:2
61.04|POLRES KETAPANG|PENGADAAN MAKAN PIKET JAGA / KAWAL POLRES KETAPANG T.A 2026|jl|ep|467600000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
75.71|RUMAH SAKIT BHAYANGKARA TK.IV POLDA GORONTALO|PENGADAAN MAKAN PASIEN RUMKIT BHAYANGKARA TK. IV POLDA GORONTALO T.A. 2026|jl|ep|1285000000|||||makanan_pasien/Diet:3 makanan_pasien:2 prasmanan/Harian:1
35|SATBRIMOB POLDA JATIM|Pengadaan makan dan extrafooding pelatihan peningkatan kemampuan Den 45 satker Satbrimob Polda Jatim Tahun Anggaran 2026|jl|ep|320800000||||makan 3 kali dan extra fooding peserta latihan|nasi_box:3 makanan_pasien/Siswa:2 prasmanan/Harian:2 pmt/Extra:3 susu:2 nasi_box/Bungkus:2
75|DITRESKRIMSUS POLDA GORONTALO|PENGADAAN BEKAL KANTOR / ATK T.A 2026|b|ep|13600000|||||ATK KOMP:1
51|DITRESSIBER POLDA BALI|PENGADAAN ALAT TULIS KANTOR DITRESIBER T.A 2026|b|ep|112400000|||||ATK
35.16|POLRES MOJOKERTO|PENGADAAN MAKAN SATWA (K9) POLRES MOJOKERTO T.A. 2026|b|ep|101800000||||dry food dan suplemen anjing pelacak|
19.01|PENGADILAN NEGERI SUNGAI LIAT|Pakaian Dinas ASN|b|ep|31350000|||||DINAS
33.29|PENGADILAN NEGERI BREBES|Meubelair Ruang Sidang|b|ep|102700000||||meja majelis, kursi hakim, kursi pengunjung sidang|meja_rapat:2 kursi_kantor/Pejabat:2 kursi_kantor:2 kursi_lipat/Tunggu:2 meja_kantor:2 MEBEL:1
31|PENGADILAN TINGGI AGAMA JAKARTA|Kursi Besi/Metal|b|ep|85500000|||||kursi_lipat/Tunggu:2 kursi_kantor/Rapat:2 kursi_lipat/Futura:2 kursi_kantor:1
33.16|RUTAN KELAS II B BLORA|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Rumah Tahanan Negara Kelas IIB Blora Jawa Tengah TA 2026|b|ep|1498000000||||bahan makanan WBP 12 bulan|PANGAN makanan_pasien/Warga:3 lauk_segar/Sayur:2
35.29|RUTAN KELAS II B SUMENEP|Pengadaan ATK Rutin pada Rumah Tahanan Negara Kelas IIB Sumenep - Jawa Timur Tahun Anggaran 2026|b|ep|14790000|||||ATK
12.05|LAPAS NARKOTIKA KELAS II A LANGKAT|PENGADAAN BAHAN MAKANAN WARGABINAAN PADA LAPAS NARKOTIKA KELAS IIA LANGKAT SUMATERA UTARA TAHUN ANGGARAN 2026|b|ep|12390000000|||||PANGAN makanan_pasien/Warga:3
93.02|LAPAS KELAS III TANAH MERAH|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan Kelas III Tanah Merah Papua Selatan Tahun Anggaran 2026|b|ep|568500000|||||PANGAN makanan_pasien/Warga:3
73.14|RUTAN KELAS II B SIDENRENG RAPANG|Penyediaan  Peralatan Makan Minum Pada Rumah Tahanan Negara kelas IIB Sidenreng Rappang - Sulawesi Selatan Tahun Anggaran 2026|b|ep|47500000||||ompreng, gelas, sendok stainless untuk WBP|alat_dapur/Set_Peralatan:3 alat_dapur:1 alat_dapur/Rice:1
35.72|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS I BLITAR|Pengadaan Extra Voeding bagi Anak Binaan Pada Lembaga Pembinaan Khusus Anak Kelas I Blitar-Jawa Timur Tahun Anggaran 2026|b|ep|22250000|||||pmt/Extra:3 susu:3 telur:2 minuman_kemasan/Kacang:2 pmt:2
61.72|LAPAS KELAS II B SINGKAWANG|Pengadaan Pakaian Dinas Taktikal (PDL Taktikal) pada Lembaga Pemasyarakatan Kelas II B Singkawang - Kalimantan Barat Tahun Anggaran 2026|b|ep|108000000||||PDL taktikal petugas pengamanan|pdh/PDL:3 pdh:2 sepatu/PDL:1 topi_atribut:1
32|KEJAKSAAN TINGGI JAWA BARAT|Konsultan Manajemen Konstruksi Pembangunan Gedung Kantor Kejaksaan Negeri Sumedang|ks|s|456500000|||||
53.05|KEJAKSAAN NEGERI ALOR|Pengawasan Konstruksi Rehabilitasi Gedung Aula|ks|pl|25300000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); keys starting with "inaproc" are APBN (central government).
    "inaprocb5b1": (
        "FALLBACK INAPROC realisasi K/L 2026, vertical offices and universities (agitkasep/inaprocdata)",
        2026,
        False,
        VERTIKAL,
    ),
    "inaprocb5b2": (
        "FALLBACK INAPROC realisasi K/L 2026, head offices and central units (agitkasep/inaprocdata)",
        2026,
        False,
        PUSAT,
    ),
    "inaprocb5b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Polri, TNI, Kemenimipas, Kejaksaan, courts (agitkasep/inaprocdata)",
        2026,
        False,
        HUKAM,
    ),
}
