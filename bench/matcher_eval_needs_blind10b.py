# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind10b, a tenth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind10b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json` and `Preview_Web/public/data/*/*.json`, read from the
fetched snapshot; fields Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana,
Total Nilai). Only APBN rows of satker that no earlier needs file uses (checked programmatically against every
bench/matcher_eval_needs*.py on satker names without their numeric codes), one row per satker, spread over all 38
provinces, leaning to instansi earlier sets have few of (instansi counts of the earlier files' satker taken from the
export): BKKBN, BMKG (stasiun klimatologi, meteorologi, geofisika, GAW), Badan Karantina, BNN, BPK and BPKP
perwakilan, Komdigi balai/loka monitor SFR, Kemenhan (Kodim, Rumkit), Kemensos sentra, Kementan balai and
politeknik, KKP (PSDKP, PPS), Kemenhut (BPHL, BPKH, BKSDA), Basarnas, TVRI/RRI, BP3MI, BKN kantor regional,
Kemenkeu (KPPBC), Kemenkes (RSUP), Kemendikti (universitas, politeknik), Kemendikdasmen (BBGTK), Kemenperin
(BSPJI, politeknik, SMK), Kemenag (Kankemenag for a MIN, a MAN), Kemenkum and Kemen HAM kanwil, Kemenimipas
(Kanim, Kanwil Ditjenpas, a lapas), Kemenhub (KSOP, Politeknik Pelayaran), Kemenhaj, KLH (Pusdal LH), Kemen PKP,
Kementrans, BPOM, Bawaslu and KPU, Polri (Polres, Polresta, Rolog Polda), PU and BPN offices.
Most of these satker buy goods through e-purchasing; rows of outsourcing, vehicle rental and internet
subscriptions (the bulk of the unused satker's rows) were kept to a few. blogramadhan/bun-tarik-data and
Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind10a); hikaridha/sirup-downloader was not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics, also after cutting trailing "Tahap/TA/Tahun/Bulan/Triwulan/Paket ..."
words), and no two rows share a name. Names with a difflib ratio of 0.92 or more to an earlier name were dropped.
Every row is my own record made from one real package name, reworded lightly where the name gives something to
change ("(Tahap 1)" -> "(Tahap 2)", "65 ORG x 2 KL" -> "60 ORG x 2 KL", "(582 m2)" -> "(560 m2)", "Tahap I" ->
"Tahap II", "TAHAP PERSIAPAN" -> "TAHAP PELAKSANAAN", "Semester I" -> "Semester II", "UPT BKN Jambi" -> "UPT BKN
Bengkulu", "SP1 Werianggi" -> "SP2 Werianggi", "(25.000 Batang)" -> "(24.000 Batang)", "Tahap Id" -> "Tahap
Ic", "75 orangx2kegx30harix3kl" -> "70 orangx2kegx30harix3kl"), the noise of the original kept: ALL CAPS, typos ("Pengadaaan",
"Aksesbilitas", "Pengelolah", "Suplies", "Test Urit Kit", "dab Fungsi"), MAK and RUP codes ("EBB.951.056.A",
"5527.EBA.994.002.K.", "DR.3165.BMB.001.051.A.521811.", "63149677"),
a stray "a" with circumflex from the export's encoding, leading and trailing spaces, double spaces, several items
in one name. The pagu is 1-4.5% above the export's realisation value (Total Nilai). Type and method are the export's
Jenis and Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi Badan Usaha ..." as konsultansi),
also where the export types a service or works as barang. No row is flagged (as in blind9b: the export has no UMK
status, and its Nilai PDN was not turned into a flag). The volume is set only where the name states a count in the catalog's unit
(24,000 batang of seedlings). Region codes are the Kemendagri codes of the satker's seat (province code alone for provincial offices:
Kanwil, Perwakilan BKKBN/BPK/BPKP, provincial BNN, Bawaslu and KPU, Balai Karantina, Stasiun Klimatologi, Polda
units, PU and Perkim satker). Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the
macros are its MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked these
needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and
# Kepulauan Riau, TA 2026 (agitkasep/inaprocdata, Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SUMATERA = """
11|BADAN PENGELOLA MIGAS ACEH|ATS Microsoft Office 365|b|ep|249547300|||||perangkat_lunak/Microsoft:2 perangkat_lunak:1
11|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) ACEH|Kursi Tunggu|b|ep|2560700|||||kursi_lipat/Tunggu:3 kursi_lipat:1 kursi_kantor:1 kursi_roda:0
11|05 PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI ACEH|Pelaksanaan Penanganan Kawasan Permukiman Kumuh Kota Lintang Kecamatan Kota Kuala Simpang|k|t|8837637600|||||semen:1 material_bangunan:1
11|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN NANGROE ACEH DARUSSALAM|Belanja Pengadaan Alat Laboratorium|b|ep|103714500|||||alat_lab:3 reagen_tes:1
11|STASIUN KLIMATOLOGI ACEH|Suku Cadang Peralatan ARG dan AWS/AAWS di Provinsi Aceh|b|ep|165344000|||||
11|PERWAKILAN BPKP ACEH|Kursi rapat|b|ep|222288700|||||kursi_kantor/Rapat:3 kursi_kantor:2 kursi_lipat:1 meja_rapat:1
11|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI KRUENG ACEH|- Penyediaan Bibit Produktif (24.000 Batang)|b|ep|302939400|24000|batang|||bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:3 bibit_tanaman/Kopi:2 bibit_tanaman/Mahoni:1 bibit_tanaman/Cabai:0 bibit_tanaman/Tanaman_Hias:0
11.71|BADAN NARKOTIKA NASIONAL KOTA BANDA ACEH|Pengadaan Alat Test Urine SKHPN |b|ep|16253900|||||reagen_tes/Narkoba:3 reagen_tes:1
12|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) SUMATERA UTARA|Pengadaan Pakaian Dinas PPPK|b|ep|13722100|||||DINAS
12|BALAI BESAR KARANTINA HEWAN IKAN DAN TUMBUHAN SUMATERA UTARA|Bahan Pakaian Dinas Harian Karantina|b|pl|186689300|||||pdh:2 batik_seragam:1
12.71|BALAI VETERINER MEDAN|Bahan Kimia, Biologi dan Penunjang Pengujian Cemaran Mikroba|b|ep|14611100|||||reagen_tes/Media:3 reagen_tes:2 alat_lab:1 bmhp:1
12.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I MEDAN|Pengadaan  Power Station|b|ep|102043900|||||ups_listrik:1 genset/Honda:1
12.71|BALAI BESAR PENGEMBANGAN SUMBER DAYA MANUSIA DAN PENELITIAN KOMUNIKASI DAN INFORMATIKA MEDAN|Belanja Barang Persediaan Barang Konsumsi (Seminar Kit Peserta Microskill )|b|ep|14249300|||||tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card:1 ATK:1
12.72|BADAN NARKOTIKA NASIONAL KOTA PEMATANG SIANTAR|Belanja Barang Persediaan Barang Konsumsi Test Urit Kit|b|ep|40480200|||||reagen_tes/Narkoba:3 reagen_tes:1
13|IPDN KAMPUS SUMATERA BARAT|Perawatan Kendaraan Bermotor Roda 6|b|ep|55728300|||||
13.06|SEKRETARIAT BAWASLU KABUPATEN AGAM|Belanja Barang Operasional Lainnya (Pakaian Dinas)|b|ep|61151100|||||DINAS
13.10|KPU KABUPATEN DHARMAS RAYA|Pengadaan Map dan amplop Dinas KPU Kabupaten Dharmasraya Tahun 2026|b|ep|3532400|||||map_ordner:3 amplop:3 cetak_blanko/Map:3 map_ordner/Map_Batik:2
13.71|RUMKIT TK. III 01.06.01 DR. REKSODIWIRYO PADANG KESDAM XX/TUANKU IMAM BONJOL|Bekal Kesehatan|b|ep|5153800|||||obat:3 bmhp:3 alkes:1
13.71|BALAI PELATIHAN APARATUR PERDAGANGAN PADANG|Sewa Kendaraan Roda 4 Pejabat 1 Unit x 12 Bln|b|ep|81525700|||||mobil:1
13.71|KODIM 0312 / KOTA PADANG|BELANJA KEPERLUAN PERKANTORAN UANG MAKAN JAGA MILITER|b|ep|8411600|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
13.71|POLITEKNIK ATI PADANG|Belanja Barang Persediaan Barang Konsumsi-Purchasing|b|ep|189884000|||||ATK:1
14|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI RIAU|Laptop Operasional|b|ep|27443700|||||laptop:3 tas_laptop:1
14|BPK PERWAKILAN PROVINSI RIAU|Pengadaan Peralatan dan Mesin Kantor BPK Perwakilan Provinsi Riau|b|ep|149997100|||||printer:2 scanner:2 laptop:2 pc_desktop:2 lemari_arsip:2 elektronik_rt/Penghancur:2 mesin_fotokopi:1 ac:1
14|STASIUN KLIMATOLOGI KELAS IV RIAU|Poliklinik/obat-obatan|b|pl|7409100|||||obat:3 bmhp:2 alkes:1
14.71|BADAN NARKOTIKA NASIONAL KOTA PEKANBARU|Belanja Barang Persediaan Barang Konsumsi - Layanan SKHPN|b|ep|16281600|||||reagen_tes/Narkoba:2 reagen_tes:1
14.71|UNIVERSITAS RIAU|Pengadaan lampu operasi RSP Unri|b|ep|142538200|||||meja_operasi/Lampu:3 meja_operasi:1 lampu_listrik:0
14.71|BALAI PENGELOLAAN HUTAN LESTARI WILAYAH III PEKANBARU|Pengadaan Kendaraan Roda 4/Minibus Operasional Kantor dan/atau Lapangan (Riau)|b|ep|425987900|||||mobil/Innova:3 mobil/Hiace:2 mobil/Double:2 mobil:1
14.72|SEKRETARIAT BAWASLU KOTA DUMAI|Pengadaan Pakaian Dinas di Lingkungan Bawaslu Kota Dumai TA 2026|b|ep|74121000|||||DINAS
15|DINAS KETAHANAN PANGAN PROVINSI JAMBI|Pengadaan rapid test kit|b|ep|14132600|||||reagen_tes/Formalin:3 reagen_tes:1 reagen_tes/Narkoba:0
15|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA JAMBI|Pengadaan Barang Berupa ATK Kantor Kegiatan Layanan Perkantoran Untuk Operasional dan Pemeliharaan Kantor Pada Kantor Wilayah Kementerian Hak Asasi Manusia Jambi â Tahun Anggaran 2026|b|ep|18797000|||||ATK
15|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN JAMBI|Bahan Laboratorium Karantina Hewan|b|ep|20060500|||||reagen_tes:3 bmhp:2 alat_lab:1
15|PERWAKILAN BPKP PROVINSI JAMBI|Printer Wifi|b|ep|10514200|||||printer:3 printer/Kartu:1
15|10 KANWIL JAMBI SETJEN|Pengadaan Belanja Barang Non Operasional Lainnya Pada Kegiatan Layanan Umum Berupa Plakat/Cinderamata di Kantor Wilayah Kementerian Hukum Jambi TA 2026|b|pl|937900|||||plakat:3 souvenir:3 trofi:1
15.02|KPU KABUPATEN MERANGIN|Belanja Barang Operasional Lainnya untuk Pakaian Dinas Harian ASN dan Pakaian Dinas Lapangan Pengamanan Dalam|b|ep|37240300|||||pdh:3 pdh/PDL:3 batik_seragam:1 topi_atribut:2 sepatu/PDL:1
15.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II JAMBI|Pengadaan Alat Pengolah Data  Balai Monitor SFR Kelas II Jambi|b|ep|17637000|||||laptop:3 pc_desktop:3 printer:1 scanner:1
15.71|SENTRA "ALYATAMA" DI JAMBI|Belanja Bantuan Sosial Untuk Rehabilitasi Sosial Dalam Bentuk Barang (ATENSI DISABILITAS)|b|ep|209041200|||||kursi_roda:3 alkes:1 alat_mandi:1 sembako:1
16|DINAS PEMUDA DAN OLAH RAGA PROVINSI SUMATERA SELATAN|Konsumsi|b|ep|203988500|||||MAMIN
16|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN SUMATERA SELATAN|Pengadaan Alat Laboratorium Kantor BKHIT Sumsel|b|ep|466119900|||||alat_lab:3 reagen_tes:1
16|PERWAKILAN BPKP PROVINSI SUMATERA SELATAN|Pengadaan Kursi Kerja Staf Perwakilan BPKP Provinsi Sumatera Selatan|b|ep|263720000|||||kursi_kantor:3 kursi_kantor/Direktur:1 kursi_kantor/Rapat:2 kursi_lipat:1
16|BPK RI PERWAKILAN PROVINSI SUMATERA SELATAN|Pekerjaan Renovasi Lantai Parkir Kendaraan Roda 2|k|pl|403497500|||||semen:1 material_bangunan:1
16.71|POLITEKNIK PARIWISATA PALEMBANG|Pengadaan Portable Stage Gedung Convention Hall|b|ep|1105212000|||||sewa_acara/Panggung:1
16.71|KANTOR REGIONAL VII BADAN KEPEGAWAIAN NEGARA PALEMBANG|Pemeliharaan Toilet UPT BKN Bengkulu|k|pl|12359500|||||semen:1 material_bangunan:1
16.71|KANTOR PENGAWASAN DAN PELAYANAN BC PALEMBANG|Pemeliharaan Gedung Bertingkat (dilaksanakan secara bertahap)|k|pl|51589300|||||semen:1 material_bangunan:1
16.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I PALEMBANG|Pengadaan Meubelair/Fasilitas Perkantoran Coworking Space Balmon SFR Kelas I Palembang|b|ep|20605200|||||MEBEL sofa:2 meja_rapat:2
17|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN BENGKULU|JAMUAN TAMU|b|ep|25126800|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
17|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI BENGKULU|Pembelian ATK|b|ep|4572100|||||ATK
17|BADAN NARKOTIKA NASIONAL PROVINSI BENGKULU|Pengadaan Rapid Test Urine 7 Parameter Layanan SKHPN Tahun 2026|b|ep|10547400|||||reagen_tes/Narkoba:2 reagen_tes:1
17|BPK PERWAKILAN PROVINSI BENGKULU|Pengadaan Meubelair Kantor|b|ep|12434300|||||MEBEL
17.71|SENTRA "DHARMA GUNA" DI BENGKULU|Pengadaan Bantuan Sosial Asistensi Rehabilitasi Sosial Pemenuhan Hidup Layak bagi Pemerlu ATENSI Sosial kelompok Penyandang Disabilitas di wilayah kerja Sentra “Dharma Guna” di Bengkulu TA. 2026.|b|ep|137692400|||||kursi_roda:3 alkes:1 alat_mandi:1 sembako:1
17.71|TVRI STASIUN BENGKULU|Pengadaan Peralatan Teknik|b|ep|52937600|||||sound_system:1 kamera_cctv/Mirrorless:1
17.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II BENGKULU|Pengadaan Alat Pengolah Data Balai Monitor SFR Kelas II Bengkulu (TV)|b|pl|63910400|||||tv_display:3 tv_display/Interactive:1 laptop:1 pc_desktop:1
17.71|693600 BALAI KONSERVASI SUMBER DAYA ALAM BENGKULU|Konsumsi Pertemuan   Pembentukan Kelompok dan Penyusunan Rencana Kerja Desa Binaan di SKW I|b|pl|1871700|||||snack_box:3 nasi_box:3 air_gelas:1 air_botol:1
18|BALAI PEMERINTAHAN DESA LAMPUNG|Makan dan Snack Peserta dan Panitia kegiatan Pelatihan Tata Kelola Pemerintahan Desa dalam Mendukung KDMP Tahun 2026 di Provinsi Aceh|jl|ep|37175700|||||MAMIN
18|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II LAMPUNG|PENGADAAN FASILITAS PERKANTORAN|b|ep|117554300|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1
18|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN LAMPUNG|Komputer Supplies|b|ep|25658000|||||KOMP
18|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI LAMPUNG|Pengadaan Persediaan ATK dan Komputer Supplies|b|ep|13902300|||||ATK KOMP
18|BPK PERWAKILAN PROVINSI LAMPUNG|Pengadaan Belanja Modal AC Cassette|b|ep|108402900|||||ac:2 service_ac:1
18.06|POLRES TANGGAMUS|PENGADAAN ULP NON ORGANIK MAKAN PIKET JAGA FUNGSI POLRES DAN POLSEK JAJARAN POLRES TANGGAMUS TA. 2026|jl|ep|879865600|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
18.71|RRI BANDAR LAMPUNG|ATK RRI Bandar Lampung|b|ep|4165700|||||ATK
18.71|SEKOLAH MENENGAH KEJURUAN-SMTI BANDAR LAMPUNG|Pengadaan Meja dan Kursi Guru/Pegawai|b|ep|48436000|||||mebel_sekolah/Guru:3 meja_kantor:2 kursi_kantor:2 mebel_sekolah:1
19|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA KEPULAUAN BANGKA BELITUNG|Pengadaan Belanja Perjalanan Dinas Paket Meeting Dalam Kota Penyiapan Kebijakan Penilaian HAM bagi Masyarakat, Komunitas dan Pelaku Usaha pada DIPA PDK Kanwil HAM Babel TA 2026|jl|ep|8708800|||||prasmanan/Fullday:2 prasmanan:1 snack_box:1
19|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN KEPULAUAN BANGKA BELITUNG|Pengadaan ATK Komputer Suplies|b|ep|16115700|||||ATK KOMP
19|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI BANGKA BELITUNG|Pengadaan Sarana Prasarana TIK|b|ep|81477500|||||laptop:3 pc_desktop:3 printer:3 proyektor:2 scanner:2 jaringan:2 tv_display:1 ups_listrik:1
19.02|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH BANGKA BELITUNG|Pengadaan Laptop BP2JK Wilayah Bangka Belitung|b|ep|17522800|||||laptop:3 tas_laptop:1
19.03|KANTOR PERTANAHAN KABUPATEN BANGKA SELATAN|ATK dan penunjang komputer|b|ep|7013300|||||ATK KOMP
19.71|STASIUN METEOROLOGI KELAS I DEPATI AMIR PANGKAL PINANG|Pemeliharaan Gedung Kantor|k|pn|101891600|||||semen:1 material_bangunan:1
21|PERWAKILAN BPKP PROVINSI KEPULAUAN RIAU|set kursi tamu eselon II|b|ep|18138000|||||sofa:3 kursi_kantor/Direktur:1
21|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN KEPULAUAN RIAU|Bahan Pengujian Biomolekuler|b|ep|15260600|||||reagen_tes:1 bmhp:1 alat_lab:1
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM 984423|Belanja Keperluan Sehari-hari Perkantoran|b|ep|5684800|||||ATK:2 BERSIH:2 kopi_teh_gula:2 air_galon:2 air_botol:1
21.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II BATAM|Pengadaan Sound System|b|ep|30496900|||||sound_system:3 sewa_acara:0
21.72|KANTOR PENCARIAN DAN PERTOLONGAN TANJUNG PINANG|Pengadaan ATK|b|ep|30019700|||||ATK
21.72|RRI TANJUNG PINANG|Keperluan Sehari-hari Perkantoran (ATK) RRI Tanjungpinang|b|ep|10858000|||||ATK
"""

# Vertical offices in DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten and Bali, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
JAWA_BALI = """
31|PERWAKILAN BPKP PROVINSI DKI JAKARTA|Pengadaan Meja Kerja Staf|b|ep|80359200|||||meja_kantor:3 meja_kantor/Pejabat:2 meja_kantor/Komputer:2 meja_kantor/Lipat:1 meja_rapat:1
31.71|KODIM 0501 / JAKARTA PUSAT|Sun Laporan Kinerja (LKJ) Satker|b|ep|6241000|||||cetak_buku/Laporan:2 fotokopi:2 ATK:1
31.72|KODIM 0502 / JAKARTA UTARA|PENGADAAN ALINS ALONGINS|b|ep|515300|||||ATK:2 spidol:3 mebel_sekolah/Papan:1
31.72|BADAN NARKOTIKA NASIONAL KOTA JAKARTA UTARA|Alat tes urine|b|pl|6664500|||||reagen_tes/Narkoba:3 reagen_tes:1
31.72|PENGADILAN AGAMA JAKARTA UTARA|Pengadaan Meja dan Kursi CPNS|b|ep|15088200|||||meja_kantor:3 kursi_kantor:3 kursi_kantor/Direktur:2 meja_kantor/Lipat:1 kursi_lipat:1
31.72|KANTOR IMIGRASI KELAS I TPI JAKARTA UTARA|Pengadaan Map Permohonan Keimigrasian WNI Pada Kantor Imigrasi Kelas I TPI Jakarta Utara Tahun Anggaran 2026|b|ep|154886700|||||cetak_blanko/Map:3 map_ordner/Map:2 map_ordner:1
31.74|KANTOR KEMENTERIAN AGAMA KOTA JAKARTA SELATAN|Belanja Barang Persediaan (ATK dan Obat2an) MIN 8 Jakarta (BOS)|b|ep|20201400|||||ATK obat:3 bmhp:2 alkes:1
31.75|MADRASAH ALIYAH NEGERI 2 JAKARTA TIMUR|Pengadaan Kursi Siswa|b|ep|77927800|||||mebel_sekolah/Siswa:2 kursi_lipat:1 kursi_kantor:1
32|PERWAKILAN BPKP PROVINSI JAWA BARAT|Snack Rapat Biasa JAWA  BARAT|b|pl|3449800|||||snack_box:3 kopi_teh_gula:1 air_gelas:1
32.03|BADAN NARKOTIKA NASIONAL KABUPATEN CIANJUR|Belanja barang persediaan barang konsumsi keperluan sehari-hari perkantoran|b|ep|9577700|||||ATK:2 BERSIH:2 kopi_teh_gula:2 air_galon:2 air_botol:1
32.71|POLITEKNIK PEMBANGUNAN PERTANIAN (POLBANGTAN) BOGOR|Belanja Peralatan dan Mesin - Ekstrakomptabel Fasilitasi Asrama|b|ep|33515600|||||selimut_kasur:2 kipas_angin:2 alat_dapur/Dispenser:2 ranjang:1 elektronik_rt:1
32.73|POLITEKNIK ENERGI DAN PERTAMBANGAN BANDUNG|Pengajuan Belanja Bahan Perkuliahan ( Perlengkapan Mahasiswa Baru)|b|ep|217699500|||||kaos:2 topi_atribut:2 tas_seminar:2 id_card:2 pdh/Jas:1
32.73|SENTRA "WYATA GUNA" DI BANDUNG|Pengadaan alat bantu aksesbilitas penyandang disabilitas|b|ep|1005843500|||||kursi_roda:3 alkes:1
32.73|KANTOR REGIONAL III BADAN KEPEGAWAIAN NEGARA BANDUNG|Pengadaan Jamuan Seleksi PHCT SDM Koperasi Desa/Kampung Nelayan Merah Putih Lokasi Ujian Bandung 1 dan Bandung 2|jl|ep|87975400|||||MAMIN
33|KANTOR WILAYAH JAWA TENGAH|Pengadaan Pemeliharaan Gedung untuk pemeliharaan Rumah Dinas Pada Kanwil KemenHAM Jateng T.A 2026|k|pl|19645800|||||semen:1 material_bangunan:1
33|DINAS PERTANIAN DAN PETERNAKAN PROVINSI JAWA TENGAH|ATK dan Bahan Komputer|b|ep|1247400|||||ATK KOMP
33|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI JAWA TENGAH|Pengadaaan Sarana dan Prasarana TIK|b|ep|24242900|||||laptop:3 pc_desktop:3 printer:3 proyektor:2 scanner:2 jaringan:2 tv_display:1 ups_listrik:1
33|BADAN NARKOTIKA NASIONAL PROVINSI JAWA TENGAH|Tablet|b|ep|16424300|||||laptop:1 tv_display:0
33|PERWAKILAN BPKP PROVINSI JAWA TENGAH|Kursi kerja eselon II|b|ep|4765500|||||kursi_kantor/Direktur:3 kursi_kantor:2 kursi_kantor/Rapat:1 sofa:0
33.74|RUMKIT TK. III 04.06.02 BHAKTI WIRA TAMTAMA SEMARANG KESDAM IV/DIP|Bahan Medis Habis Pakai (BMHP)|b|ep|2638600|||||bmhp:3 obat:1
33.76|SEKOLAH USAHA PERIKANAN MENENGAH TEGAL|Belanja Keperluan Perkantoran (Pakaian dinas)|b|pl|54771600|||||DINAS
34.01|BALAI BESAR VETERINER WATES YOGYAKARTA|Peralatan dan Mesin-Centrifuge|b|ep|292944400|||||alat_lab:1
34.01|KANTOR PERTANAHAN KAB. KULON PROGO|5527.EBA.994.002.K. Keperluan Sehari-hari Perkantoran (Consumable Tinta) |b|ep|93343600|||||tinta_printer:3 toner:3 printer:0
34.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I YOGYAKARTA|Pengadaan Perangkat Pengolah Data UPT_Balmon Jogja|b|ep|118881400|||||laptop:3 pc_desktop:3 pc_desktop/Workstation:2 printer:1
34.71|KPU DI YOGYAKARTA|Belanja Bahan Pakaian Dinas ASN, Pengemudi, Pramubakti, dan Satpam|b|ep|65355900|||||pdh:3 batik_seragam:2 topi_atribut:1 kaos:1
34.71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH DI YOGYAKARTA|Pengadaan Smart TV 43 inch|b|ep|5111800|||||tv_display/Smart_TV:2 tv_display:1
35|BBGTK PROVINSI JAWA TIMUR|Pemeliharaan Atap Gedung Proklamasi Pada Kantor BBGTK Provinsi Jawa Timur|b|pl|178903100|||||semen:1 material_bangunan:1
35|SEKRETARIAT BAWASLU PROVINSI JAWA TIMUR|Belanja Modal Peralatan dan Mesin Bawaslu Provinsi Jawa Timur T.A 2026|b|ep|165400200|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
35|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN JAWA TIMUR|Belanja Modal Peralatan dan Mesin Berupa Alat Laboratorium|b|ep|175883400|||||alat_lab:3 reagen_tes:1
35|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI JAWA TIMUR|Konsumsi Makan dan Snack PPIH dan Pendukung Debarkasi Surabaya 1447H/2026M|jl|ep|554018200|||||MAMIN
35.77|RRI MADIUN|Belanja Pemeliharaan AC|b|ep|3418000|||||service_ac:3 ac:0
35.78|RUMAH SAKIT UMUM PUSAT SURABAYA|Bahan CSSD|b|ep|52724700|||||bmhp:1
35.78|BALAI BESAR PERBENIHAN DAN PROTEKSI TANAMAN PERKEBUNAN (BBP2TP) SURABAYA|Pengadaan Produksi Benih Pala Siap Salur Kabupaten Kolaka Utara|b|ep|409698700|||||bibit_tanaman:1
35.79|BALAI BESAR PELATIHAN PETERNAKAN BATU, MALANG JAWA TIMUR|Ember literan susu|b|ep|7674400|||||alat_dapur:0
36|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI BANTEN|OBAT KB SUNTIK 3 BULANAN 1 CC (PROGESTIN) |b|ep|1835062000|||||obat:1 bmhp:0
36|29 KANWIL BANTEN BPHN|63149677 Pengadaan Belanja Bahan berupa Biaya Konsumsi Kudapan Rapat untuk Kegiatan Dukungan Penyelenggaraan Tugas dan Fungsi Unit pada Kantor Wilayah Kementerian Hukum Banten BPHN (693119) Tahun Anggaran 2026|b|pl|2489400|||||snack_box:3 kopi_teh_gula:1 air_gelas:1 nasi_box:1
36|29 KANWIL BANTEN SETJEN|63363832 Pengadaan Belanja Bahan berupa Konsumsi Makan untuk Kegiatan Dukungan Penyelenggaraan Tugas dan Fungsi Unit pada Kantor Wilayah Kementerian Hukum Banten Sekretariat Jenderal (692031) Tahun Anggaran 2026|b|pl|5071900|||||nasi_box:3 prasmanan:2 snack_box:1
36|PELAKSANAAN PRASARANA STRATEGIS BANTEN|Pengadaan Mebel Renovasi Sekolah Rakyat Tahap Ic Kabupaten Tangerang (BP3 Curug)|b|ep|2646238500|||||mebel_sekolah:3 ranjang/Susun:3 ranjang:2 meja_makan:2 rak_buku:1 lemari_arsip:1 kursi_lipat:1
36.03|KANTOR PERTANAHAN KAB. TANGERANG|Pengadaan Pakaian Dinas Pegawai/Sopir/Petugas Kebersihan/Satpam/Tenaga Teknis Lainnya|b|ep|171543600|||||pdh:3 pdh/PDL:2 batik_seragam:2 kaos/Polo:1 topi_atribut:1
36.71|BADAN NARKOTIKA NASIONAL KOTA TANGERANG|Pengadaaan Alat Olah Data dan Komunikasi|b|ep|5153300|||||laptop:2 pc_desktop:2 elektronik_rt/Handy:2 aksesori_komputer:1
51|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI BALI|Pengadaan AC|b|ep|33030900|||||ac:3 service_ac:1 kipas_angin:0
51|BPK PERWAKILAN PROVINSI BALI|Pengadaan Peralatan Fasilitas Perkantoran -  Scanner|b|ep|46671400|||||scanner:3 printer:0
51.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I DENPASAR|Pengadaan Display Digital ( monitor ) 50|b|ep|106346900|||||tv_display:3 tv_display/Monitor:2 tv_display/Interactive:1 videotron:1
51.71|KANTOR REGIONAL X BADAN KEPEGAWAIAN NEGARA DENPASAR|Belanja Pemeliharaan Peralatan dan Mesin - Pemeliharaan Kursi Kerja Pegawai|jl|pl|3982600|||||kursi_kantor:1
51.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH VIII DENPASAR|Bahan Komputer|b|ep|30581500|||||KOMP
"""

# Vertical offices in Nusa Tenggara Barat, Nusa Tenggara Timur and the five Kalimantan provinces, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52|TVRI STASIUN NUSA TENGGARA BARAT|Peralatan Teknik Produksi dan Penyiaran (RM)|b|ep|84644600|||||sound_system:1 kamera_cctv/Mirrorless:1
52|PERWAKILAN BKKBN PROVINSI NUSA TENGGARA BARAT|Belanja Bahan (Penguatan dan Sinergitas Kemitraan Program TAMASYA)|b|pl|2042300|||||ATK:2 cetak_spanduk:2 snack_box:1
52|KANTOR WILAYAH KEMENTERIAN HUKUM NUSA TENGGARA BARAT|Pengadaan Laptop pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Tahun Anggaran 2026|b|ep|313988300|||||laptop:3 tas_laptop:1
52.71|POLRESTA MATARAM|PENGADAAN KONSUMSI TAHANAN POLRESTA MATARAM TA 2026|jl|ep|829811200|||||makanan_pasien/Warga_Binaan:2 nasi_box:1 prasmanan/Katering_Harian:1
52.72|KPU KOTA BIMA|Belanja Pemeliharaan Gedung dan Bangunan Pembuatan Logo KPU|b|ep|22532700|||||papan_nama/Huruf:2 papan_nama:1 stiker_label:0
53|BPK PERWAKILAN PROVINSI NUSA TENGGARA TIMUR|Pengadaan Perangkat Pengelolah Data dan Komunikasi|b|ep|77485600|||||laptop:3 pc_desktop:3 printer:1 elektronik_rt/Handy:1
53.71|POLITEKNIK PERTANIAN NEGERI KUPANG|Pengadaan Bahan Perkuliahan dan Praktikum  Case Method dan bahan praktek Non PBL Tahap I dan II|b|ep|183213600|||||pupuk:1 benih_pangan:1 alat_lab:1 ATK:1
53.71|RRI KUPANG|Pemeliharaan Komputer|jl|pl|4910700|||||aksesori_komputer:1
53.71|BALAI BESAR POM DI KUPANG|Pengujian laboratorium sampel obat, obat bahan alam, kosmetika, suplemen kesehatan|b|ep|1365300|||||reagen_tes:1
61|PERWAKILAN BPKP PROVINSI KALIMANTAN BARAT;PERWAKILAN BPKP PROVINSI KALIMANTAN TENGAH|Procurement of Developing Smart Workshop: Civil Works (Perwakilan BPKP Provinsi Kalimantan Tengah dan Provinsi Kalimantan Barat) Itemized Tender - Pra DIPA|k|t|921993800|||||semen:1 material_bangunan:1
61.71|BALAI PROTEKSI TANAMAN PERKEBUNAN PONTIANAK|Belanja Barang Fisik Lainnya Untuk Diserahkan Kepada Masyarakat/Pemda|b|ep|1555500|||||pestisida:1 alat_tani:1
61.71|STASIUN PENGAWASAN SDKP PONTIANAK|Pengadaan Seragam PDL Lengan Panjang Stasiun PSDKP Pontianak Tahun 2026|b|ep|105263200|||||pdh/PDL:3 pdh:2 topi_atribut:1 sepatu/PDL:1
61.71|KPU KOTA PONTIANAK|Belanja Keperluan Perkantoran (ATK, Jamuan Makan/Konsumsi, Alat Rumah Tangga, Barang Cetak, Langganan Koran/Majalah dan Air Minum Pegawai)|b|pl|1684300|||||ATK air_galon:3 snack_box:2 nasi_box:2 cetak_blanko:2 kopi_teh_gula:2 sapu:1
62|BPK PERWAKILAN PROVINSI KALIMANTAN TENGAH|Melaksanakan Pengadaan Peralatan Fasilitas Perkantoran|b|ep|363589700|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
62.05|KPU KABUPATEN BARITO UTARA|Belanja Pakaian dinas PNS|b|ep|20485900|||||DINAS
62.09|KPU KABUPATEN LAMANDAU|Pakaian dinas kantor|b|ep|50419200|||||DINAS
62.11|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN PULANG PISAU|Pengadaaan CCTV|b|ep|191081200|||||kamera_cctv:3 kamera_cctv/Mirrorless:0 kamera_cctv/Harddisk:2
62.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II PALANGKARAYA|Pengadaan Transceiver dan Pengadaan Digital Voice Receiver |b|ep|124826900|||||elektronik_rt/Handy:1
62.71|LAPAS PEREMPUAN KELAS II A PALANGKARAYA|Pengadaan Alat Tulis Kantor pada Lembaga Pemasyarakatan Perempuan Kelas IIA Palangka Raya Tahun Anggaran 2026|b|ep|13527100|||||ATK
63|TVRI STASIUN KALIMANTAN SELATAN|Pengadaan Kendaraan Dinas Roda 2|b|ep|24986500|||||sepeda_motor:3 sepeda_motor/Trail:2
63|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI KALIMANTAN SELATAN|Pengadaan Sewa Laptop|b|ep|322126500|||||laptop:1 tas_laptop:0
63|15 KANWIL KALIMANTAN SELATAN BPHN|Pengadaan Belanja Bahan berupa Spanduk, ATK, konsumsi Snack, konsumsi makan, penggandaan dan penjilidan untuk kegiatan Layanan Pendampingan Pembentukan Pos Bantuan Hukum Desa/Kelurahan pada Kantor Wilayah Kementerian Hukum Kalimantan Selatan Tahun Anggaran 2026|b|pl|7872100|||||cetak_spanduk:3 ATK snack_box:3 nasi_box:3 fotokopi:3
63|15 KANWIL KALIMANTAN SELATAN SETJEN|Pengadaan Belanja Bahan berupa Konsumsi Kudapan Rapat , ATK, Bahan Komputer dan Penggandaan Penjilidan untuk kegiatan Layanan Reformasi Kinerja kungan Penyelenggaraan Tugas dan Fungsi Unit pada Kantor Wilayah Kementerian Hukum Kalimantan Selatan Tahun Anggaran 2026|b|pl|1781100|||||snack_box:3 ATK KOMP fotokopi:3
63.10|LOKA POM DI KABUPATEN TANAH BUMBU|DR.3165.BMB.001.051.A.521811.BELANJA BARANG PERSEDIAAN BARANG KONSUMSI (PUBLIKASI)|jl|ep|1517500|||||cetak_brosur:2 cetak_spanduk:2 stiker_label:1
63.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II BANJARMASIN|Pengadaan Radio Rig|b|ep|28984100|||||elektronik_rt/Handy:1
63.72|SENTRA "BUDI LUHUR" DI BANJARBARU|Pengadaan Alat Bantu Aksesbilitas|b|ep|5851700|||||kursi_roda:3 alkes:1
64|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI KALIMANTAN TIMUR|Pengadaan Alokon berupa BMHP TA 2026|b|ep|27763700|||||bmhp:2 obat:0
64|BADAN NARKOTIKA NASIONAL PROVINSI KALIMANTAN TIMUR|Tes Urine 60 ORG x 2 KL|b|ep|18137900|||||reagen_tes/Narkoba:3 reagen_tes:1
64|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI KALIMANTAN TIMUR|Konsumsi/makan (70 orangx2kegx30harix3kl)|jl|ep|693855000|||||nasi_box:3 prasmanan:3 snack_box:2 makanan_pasien:1
64|BPK PERWAKILAN PROVINSI KALIMANTAN TIMUR|Lampu Penerangan Jalan Umum|b|ep|81474200|||||lampu_listrik/PJU:3 lampu_listrik/Floodlight:1 lampu_listrik:1
64|16 KANWIL KALIMANTAN TIMUR SETJEN|Pengadaan Belanja Bahan Advertorial Cetak untuk Kegiatan Dukungan Penyelenggaraan Tugas dab Fungsi pada Kantor Wilayah Kementerian Hukum Kalimantan Timur Tahun Anggaran 2026|jl|pl|7256000|||||cetak_brosur:1
64.71|STASIUN GEOFISIKA BALIKPAPAN|Suku Cadang Persediaan Pemeliharaan Peralatan Teropong Hilal (Laptop, dll)|b|ep|45889100|||||laptop:2 aksesori_komputer:1
64.71|BALAI POM DI BALIKPAPAN|d Kamera CCTV|b|ep|6102600|||||kamera_cctv:3 kamera_cctv/Mirrorless:0 kamera_cctv/Harddisk:1
64.72|POLITEKNIK PERTANIAN NEGERI SAMARINDA|Meja dan Kursi Kuliah|b|ep|262388600|||||mebel_sekolah/Siswa:2 mebel_sekolah:1 kursi_lipat:1 meja_kantor:1
65|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN KALIMANTAN UTARA|PEMERIKSAAN LABORATORIUM KARANTINA HEWAN (PNBP)|b|ep|3863300|||||reagen_tes:2 bmhp:2 alat_lab:1
65|KEJAKSAAN TINGGI KALIMANTAN UTARA|Pekerjaan Konstruksi Gedung/Kantor CKN Nunukan di Sebatik|k|ep|5214712600|||||semen:1 material_bangunan:1
65|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) KALIMANTAN UTARA|Makan PMI Deportasi / Pemulangan ke Dasal|jl|ep|222838200|||||nasi_box:3 prasmanan/Katering_Harian:2 makanan_pasien:1 snack_box:1
65.01|KODIM 0903/BULUNGAN|BELANJA BAHAN Giat Persami KKRI Semester II TA 2026|b|ep|14396700|||||snack_box:1 nasi_box:1 ATK:1 cetak_spanduk:1 sar/Tenda:1
65.02|KANTOR PERTANAHAN KAB. MALINAU|Pengadaan Foto Tegak PTSL (Pemotretan Drone)|b|ep|187651300|||||kamera_cctv:0 dokumentasi:0
"""

# Vertical offices in the Sulawesi provinces, Maluku, Maluku Utara and the six Papua provinces, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI UTARA|Pengadaan sarana dan prasarana TIK Provinsi|b|ep|5088100|||||laptop:3 pc_desktop:3 printer:3 proyektor:2 scanner:2 jaringan:2 tv_display:1 ups_listrik:1
71|BALAI BESAR PENERAPAN MODERNISASI PERTANIAN SULAWESI UTARA|Belanja Peralatan Dan Mesin Untuk Diserahkan Kepada Masyarakat/Pemda|b|ep|564489800|||||alsintan:2 alat_tani:1
71|POLITEKNIK PELAYARAN SULAWESI UTARA|Penggantian AC Gedung Refectory Tahun 2026|b|ep|333826200|||||ac:3 ac/Standing:2 service_ac:1
71.72|STASIUN METEOROLOGI MARITIM BITUNG|Suku cadang AWS Maritim Bitung di Stasiun Meteorologi Maritim Bitung|b|ep|43610200|||||
71.72|KANTOR PERTANAHAN KOTA BITUNG|Box Arsip Kecil; Belanja Barang Persediaan Barang Konsumsi; Penyelenggaraan Perpustakaan/Kearsipan;Operasional dan Pemeliharaan Kantor|b|ep|22278600|||||map_ordner/Box_Arsip:3 map_ordner/Box:2 map_ordner:1 stiker_label/Arsip:1
72|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI SULAWESI TENGAH|Perencanaan Revitalisasi dan Pembangunan Pusat Layanan Haji dan Umrah Terpadu Kab. Poso|ks|pl|102695900|||||
72|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN SULAWESI TENGAH|Pengadaan Bahan Laboratorium  Karantina Tumbuhan|b|ep|37036600|||||reagen_tes:3 bmhp:2 alat_lab:1
72|18 KANWIL SULAWESI TENGAH PP|Pengadaan Belanja Bahan Berupa ATK & Konsumsi Rapat Makan Kegiatan Inventarisasi serta Monitoring dan Evaluasi Propemperda pada Kantor Wilayah Kementerian Hukum Sulawesi Tengah Tahun Anggaran 2026|b|pl|1764900|||||ATK MAMIN
72.71|KANTOR KEMENTERIAN HAJI DAN UMRAH KOTA PALU|JASA OUTSORCING|jl|ep|98475000|||||
72.71|SEKRETARIAT BAWASLU KOTA PALU|Pengadaan Fingerprint (Mesin Absensi) Bawaslu Kota Palu Tahun Anggaran 2026|b|ep|1729800|||||aksesori_komputer:1
73|19 KANWIL SULAWESI SELATAN PP|Pengadaan Konsumsi Makan dan Kudapan Kegiatan Mediasi dan Konsultasi Peraturan Daerah Pada Kantor Wilayah Kementrian Hukum Sulawesi Selatan Tahun Anggaran 2026|b|pl|6868700|||||nasi_box:3 snack_box:3 prasmanan:2
73.06|SEKRETARIAT BAWASLU KABUPATEN GOWA|Pengadaan Pakaian Dinas Harian Pegawai Bawaslu Kabupaten Gowa|b|ep|57073100|||||DINAS
73.71|BALAI BESAR PENDIDIKAN DAN PELATIHAN KESEJAHTERAAN SOSIAL (BBPPKS) DI MAKASSAR|Pengadaan Bahan Kebutuhan Arsip|b|ep|4585700|||||map_ordner/Box_Arsip:3 map_ordner:2 stiker_label/Arsip:2 lakban:1
73.71|STASIUN METEOROLOGI KELAS I SULTAN HASANUDDIN MAKASSAR|Pemeliharaan Gedung Kantor (Bertingkat)|k|pl|193847400|||||semen:1 material_bangunan:1
73.71|POLITEKNIK ATI MAKASSAR|Pengadaan Plakat Politeknik ATI Makassar|b|ep|6199500|||||plakat:3 trofi:1 souvenir:1
74|BADAN NARKOTIKA NASIONAL PROVINSI SULAWESI TENGGARA|Layanan SKHPN|b|ep|28177000|||||reagen_tes/Narkoba:2 reagen_tes:1
74|BPK PERWAKILAN PROVINSI SULAWESI TENGGARA|Tempat Tidur No 3|b|ep|100547800|||||ranjang/Tempat_Tidur:3 ranjang:2 selimut_kasur/Kasur:1 bed_pasien:0
74|BALAI KONSERVASI SUMBER DAYA ALAM SULAWESI TENGGARA|Pengadaan kendaraan roda 2|b|ep|79165000|||||sepeda_motor:3
74.71|PELABUHAN PERIKANAN SAMUDERA KENDARI|Pompa Pump It|b|ep|30725100|||||alsintan/Pompa:2
75|PERWAKILAN BPKP PROVINSI GORONTALO|Pengadaan Peralatan dan Fasilitas Perkantoran|b|ep|271791600|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
75|PENGADILAN TINGGI AGAMA GORONTALO|Kamera Webcam|b|ep|30929900|||||aksesori_komputer/Webcam:3 aksesori_komputer:1 kamera_cctv:0
75.71|KODIM 1304/GORONTALO KOREM 133/NW KODAM XII/MDK|PENGADAAN ALINS ALONGINS TAHAP PELAKSANAAN Latorsar Ter|b|ep|2291400|||||ATK:2 spidol:3 mebel_sekolah/Papan:1
76|SEKRETARIAT BAWASLU PROVINSI SULAWESI BARAT|Pengadaan Pakaian Dinas Bawaslu Provinsi Sulawesi Barat Tahun Anggaran 2026|b|ep|97213600|||||DINAS
76.02|LOKA MONITOR SPEKTRUM FREKUENSI RADIO MAMUJU|Pengadaan Perangkat Pengolah Data Loka Monitor SFR Mamuju|b|ep|134408900|||||laptop:3 pc_desktop:3 printer:1
81|BALAI PENATAAN BANGUNAN, PRASARANA DAN KAWASAN MALUKU|Pengadaan KDO (sepeda motor) Sesuai Ijin RKBMN TA 2026|jl|ep|82468400|||||sepeda_motor:3
81|BALAI WILAYAH SUNGAI MALUKU|Pengadaan CCTV|b|ep|77565700|||||kamera_cctv:3 kamera_cctv/Mirrorless:0 kamera_cctv/Harddisk:2
81.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT DESA DAN DAERAH TERTINGGAL AMBON|Perlengkapan Peserta Pelatihan|b|ep|137931500|||||tas_seminar:3 ATK:2 kaos:2 id_card:2 topi_atribut:1
81.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN AMBON|Pakaian Dinas Harian|b|pl|110302200|||||DINAS
82|BADAN NARKOTIKA NASIONAL PROVINSI MALUKU UTARA|Pengadaan Rapid Tes Urine Narkoba|b|ep|110937800|||||reagen_tes/Narkoba:3 reagen_tes:1
82|KANTOR WILAYAH KEMENTERIAN HUKUM MALUKU UTARA|Pengadaan Belanja Modal Peralatan dan Mesin pada Kantor Wilayah Kementerian Hukum Maluku Utara Tahun Anggaran 2025|b|ep|285240900|||||laptop:2 pc_desktop:2 printer:2 scanner:1 proyektor:1 ac:1
82|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. MALUKU UTARA|Pengadaan Pakaian Dinas Pegawai (ASN)|b|ep|49952100|||||DINAS
82.02|KEJAKSAAN NEGERI HALMAHERA TENGAH|RENOVASI/REHABILITASI GEDUNG DAN BANGUNAN|k|t|1017841800|||||semen:1 material_bangunan:1
82.71|KODIM 1501 / TERNATE|Belanja Bahan pada kegiatan Publikasi Kegiatan TNI AD satuan SINTELDIM 1501/TERNATE|b|ep|1543500|||||cetak_spanduk:2 cetak_brosur:2 stiker_label:1
91|PUSAT PENGENDALIAN LINGKUNGAN HIDUP WILAYAH PAPUA|EBB.951.056.A Pembelian Peralatan Elektronik Tahap II Tahun 2026|b|ep|106922300|||||laptop:2 pc_desktop:2 printer:2 tv_display:2 proyektor:2 kamera_cctv:1
91|PELAKSANAAN PRASARANA STRATEGIS PAPUA|Pengadaan Peralatan dan Fasilitas Perkantoran Satker Pelaksanaan Prasarana Strategis Papua|b|ep|55579400|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 sofa:1 laptop:1
91|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR PAPUA PROVINSI PAPUA|Pembangunan Sumur Air Tanah untuk Air Baku di DOB Provinsi Papua Tengah|k|ep|1824792200|||||tangki_air:1 material_bangunan/Sumur:1
91.10|POLRES SARMI|Pengadaan Makan Piket Jaga Fungsi Polres Sarmi Polda Papua T.A. 2026|jl|ep|829895600|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:3 snack_box:1
92|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN PAPUA BARAT|Bahan Laboratorium KI|b|ep|7849800|||||reagen_tes:3 bmhp:2 alat_lab:1
92|KANTOR WILAYAH BPN PROV PAPUA BARAT|Pengadaan Konsultan Perorangan NPGT Regional Tahun 2026 (III)|ks|pl|34590000|||||
92|PELAKSANAAN PRASARANA STRATEGIS PAPUA BARAT|Meubelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Papua Barat dan Papua Barat Daya 2|b|ep|1149771700|||||mebel_sekolah:3 rak_buku:2 lemari_arsip:2 meja_kantor:1 kursi_kantor:1 papan_nama:0
92.02|BALAI PENGAWAS OBAT DAN MAKANAN DI MANOKWARI|Pengadaan Reagen dan Media Mikrobiologi QIA|b|ep|122421800|||||reagen_tes/Media:3 reagen_tes:2 bmhp:1 alat_lab:1
92.02|IM31 KANTOR IMIGRASI KELAS I NON TPI MANOKWARI|Pengadaan laptop dan tablet pc Perangkat pengolah Data dan Komunikasi pada Kantor Imigrasi Kelas I Non TPI Manokwari-Papua Barat Tahun Anggaran 2026|b|pl|235122200|||||laptop:3 tas_laptop:1
93|BPK PERWAKILAN PROVINSI PAPUA SELATAN|Pengadaan Kendaraan Operasional Roda Dua BPK Perwakilan Provinsi Papua Selatan TA 2026|b|ep|87395700|||||sepeda_motor:3
93|KPU PROVINSI PAPUA SELATAN|Kendaraan R4 Eselon I/II|jl|ep|1058502900|||||mobil:1
93|PELAKSANAAN JALAN NASIONAL WILAYAH II PROVINSI PAPUA SELATAN|PENGADAAN PERALATAN PERKANTORAN|b|ep|54549900|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1
93.01|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II MERAUKE|Pengadaan Fasilitas Perkantoran Balai Monitor Spektrum Frekuensi Radio Kelas II Merauke|b|ep|13073600|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1
94|691632 / BALAI PELAKSANAAN JALAN NASIONAL PAPUA TENGAH|KONSULTAN MANAJEMEN PROYEK BPJN PAPUA TENGAH|ks|s|1937506000|||||
94|ROLOG POLDA PAPUA TENGAH|PENGADAAN KAPORLAP POLDA PAPUA TENGAH TA. 2026|b|ep|4014973600|||||pdh/PDL:3 sepatu/PDL:3 jas_hujan:2 topi_atribut:2 tas_seminar/Ransel:1 kaos:1
94.04|LOKA POM DI KABUPATEN MIMIKA|Vortex Mixer|b|ep|8275200|||||alat_lab:1
95|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI PAPUA PEGUNUNGAN|PENANGANAN LONGSORAN JALAN WAMENA - HABEMA|k|ep|3929693200|||||
96|BPK PERWAKILAN PROVINSI PAPUA BARAT DAYA|Pengadaan Personal Computer|b|ep|218498400|||||pc_desktop:3 pc_desktop/Workstation:2 laptop:1
96|ROLOG POLDA PAPUA BARAT DAYA|PENGADAAN KAPORLAP (TUTUP KAKI)|b|ep|1745409800|||||sepatu:2 sepatu/PDH:3 sepatu/PDL:3 sepatu/Pantofel_Wanita:2 sepatu/Safety:1 sepatu/Olahraga:1 sepatu/Karet:1
96|DINAS TENAGA KERJA TRANSMIGRASI ENERGI DAN SUMBER DAYA MINERAL PROVINSI PAPUA BARAT DAYA|Rehabilitasi Pustu/Polindes di Kawasan Transmigrasi Klamono-Segun|k|pl|205349800|||||semen:1 material_bangunan:1
96.71|STASIUN PEMANTAU ATMOSFER GLOBAL PUNCAK VIHARA KLADEMAK| Pengadaan Suku Cadang Peralatan ARWS dan HVAS ((Relay Driven Board, Motor, Carbon brush, seal)|b|ep|29548000|||||
96.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN SORONG|Pengadaan Kompresor Selam|b|ep|120115600|||||sar:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb10b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh and the Sumatera provinces, Lampung, Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb10b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb10b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb10b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
