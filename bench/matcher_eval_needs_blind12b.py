# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind12b, a twelfth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind12b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json` and `Preview_Web/public/data/*/*.json`, read from the
fetched snapshot; fields Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana,
Total Nilai). Only APBN rows of satker that no earlier needs file uses (checked programmatically against every
bench/matcher_eval_needs*.py up to blind11a/blind11b, on satker names without their numeric codes), one row per
satker, spread over all 38 provinces, leaning to instansi earlier sets have few of (instansi counts of the earlier
files' satker taken from the export) and to the instansi the brief named: Kemenag (Kanwil for a KUA, UIN Jember),
Kemenkum kanwil (AHU, BPHN, BSK, PP, KI, Setjen satker), Kemenimipas (Kanim, Kanwil Imigrasi, Rudenim, lapas, rutan,
LPKA, Bapas), Kemenhan (Kodim, Korem, Kodaeral), Polri (Polres, Polda directorates, Biddokkes, Rumkit Bhayangkara,
Bidlabfor), Kejaksaan (Kejari), Kemenkeu (Kanwil DJPb), BPN (Kantah, Kanwil), Kementan (Polbangtan), KKP (PPN,
PSDKP, BLUPPB, Poltek AUP), Kemenhut (BKSDA, BPHL, BPKH), PU (BPJN, PJN, BP2JK, Prasarana Strategis, BPPW, OP SDA,
Bapekom), Kemenhub (BPTD, Disnav, bandara, Balai Teknik Perkeretaapian), Kemendikti (Unimed, Polman Bandung, AKN
Blitar), BMKG (stasiun klimatologi), Basarnas, BPOM, BNN, BPK, Kemenperin (BSPJI), Kemensos (sentra), Mahkamah Agung (PN, PA), RRI, KPU and
Kemen ESDM. Rows of outsourcing, vehicle rental and maintenance and internet subscriptions (much of the unused
satker's rows) were kept to a few. blogramadhan/bun-tarik-data and Ariq139/LPSE-Winner-Parser were left to the
parallel labeller (blind12a); hikaridha/sirup-downloader was not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics, also after cutting trailing "Tahap/TA/Tahun/Bulan/Triwulan/Semester/
Paket/Anggaran/TW ..." words and a trailing satker name), and no two rows share a name or a satker. Names with a
difflib ratio of 0.92 or more to an earlier name were dropped. Every row is my own record made from one real package
name, reworded lightly where the name gives something to change ("Operasi Ketupat" -> "Operasi Lilin", "Polres
Bintan" -> "Polres Lingga", "3 (tiga) Unit" -> "2 (dua) Unit", "16 Org x 2 Stell" -> "15 Org x 2 Stell", "Runway
Tahap 2" -> "Runway Tahap 3", "TW 1" -> "TW 2", "58 BP x 18 org" -> "56 BP x 18 org", "KAB. SERUYAN" -> "KAB.
SUKAMARA", "BENTANG 60 M" -> "BENTANG 54 M", "Makan jaga" -> "Makan jaga piket", "Ekshaust Fan" -> "Ekshaust Fan
dan Kipas", a "(Tahap 2)", "(Tahap II)" or "TAHAP II" added, "Tripod" added to a list of cameras), the noise of the
original kept: ALL CAPS, typos ("pemsyarakatan pda", "Tahuan Anggaran", "Tahun Anggaran 20226", "Komsumsi",
"Pengadaaan", "Ekshaust", "Komputer suplies", "SurveI", "rekomedasi", "Meubelair"), MAK and RUP codes
("QIA.001.053 A", "66181242", "(693017)"), a doubled "PENGADAAN PENGADAAN", leading and trailing spaces, double
spaces, several items in one name. The pagu is 1-4.5% above the export's realisation value (Total Nilai). Type and
method are the export's Jenis and Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi ..." as
konsultansi), also where the export types a service as barang (satpam and cleaners of a court, a food-sample
laboratory test). No row is flagged (as in blind9b and blind10b: the export has no UMK status, and its Nilai PDN was
not turned into a flag). The volume is set only where the name states a count in the catalog's unit (15 org x 2
stell = 30 stel of pakaian dinas). Region codes are the Kemendagri codes of the satker's seat (province code alone
for provincial offices: Kanwil, Polda units, BKSDA, BPTD, BPJN, Stasiun Klimatologi, Perwakilan BPK, Prasarana
Strategis). Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its
MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked these
needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Vertical offices of kementerian/lembaga in Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and
# Kepulauan Riau, TA 2026 (agitkasep/inaprocdata, Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SUMATERA = """
11|06 KANWIL ACEH PP|Pengadaan Belanja Perjalanan Dinas Biasa Dukungan Penyelenggaraan dan Fungsi kegiatan Inventarisasi serta Monitoring dan Evaluasi Propemperda pada Kantor Wilayah Aceh Tahun Anggaran 2026|jl|dk|4648700|||||
11|BALAI KONSERVASI SUMBER DAYA ALAM ACEH|Perlengkapan rompi lapangan|b|ep|74349300|||||kaos/Rompi:3 apd_kerja/Rompi:2 pdh/PDL:1
11|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH ACEH|Tab dan Kamera Zoom|b|ep|27542700|||||aksesori_komputer/Webcam:2 laptop:1 kamera_cctv/Mirrorless:1
11|BIDDOKKES POLDA ACEH|BELANJA OBAT/BAHAN HABIS PAKAI|b|ep|17257500|||||obat:3 bmhp:3
11|KANWIL DITJEN IMIGRASI ACEH,KANTOR WILAYAH DIREKTORAT JENDERAL IMIGRASI DIACEH|Pengadaan Pakaian Dinas Seragam PDU I dan PDH I pada Kantor Wilayah Direktorat Jenderal Imigrasi Aceh - Aceh Tahun Anggaran 2026|b|ep|107393100|||||pdh/PDH:3 pdh/Jas:2 pdh:1 batik_seragam:1 topi_atribut/Atribut:1
11.02|KANTOR PERTANAHAN KAB. ACEH TENGGARA|Pengadaan Box Arsip|b|ep|15243600|||||map_ordner/Box_Arsip:3 map_ordner/Box_File:2 map_ordner:1 stiker_label/Box:1
11.74|KANTOR IMIGRASI KELAS II TPI LANGSA|Pengadaan Tinta/Toner Layanan Belanja Barang Persediaan Barang Konsumsi pada Kantor Imigrasi Kelas II TPI Langsa - Provinsi Aceh Tahun Anggaran 2026|b|ep|14819900|||||tinta_printer:3 toner:3
12|693584 BALAI BESAR KONSERVASI SUMBER DAYA ALAM SUMATERA UTARA|Fisik Renovasi Bangunan Kantor Seksi KSDA Wilayah 2 Stabat dan Resor perlindungan pengamanan mangrove SM Karang Gading Langkat Timur Laut|k|pl|297730100|||||semen:1 material_bangunan:1
12|BIDLABFOR POLDA SUMUT|Bantuan Teknik Penyelidikan dan Penyidikan Tindak Pidana Pengadaan Reagen Consumable Riksa DNA TA. 2026|b|t|2345142700|||||reagen_tes:1
12|DITLANTAS POLDA SUMUT|Pengadaan Meubelair Gedung Pelayanan BPKB Prototype Ditlantas|b|t|3415626500|||||MEBEL kursi_lipat/Tunggu:2 sofa:2
12.71|UNIVERSITAS NEGERI MEDAN|Pengadaan Bahan Praktikum Mahasiswa Jurusan PKU Fakultas Ilmu Keolahragaan Universitas Negeri Medan|b|pl|197606700|||||alat_olahraga:2 alkes:1
12.73|DISTRIK NAVIGASI SIBOLGA|Pengadaan 2 (dua) Unit Lampu Menara Suar|b|ep|2510876400|||||lampu_listrik:1
12.73|PELABUHAN PERIKANAN NUSANTARA SIBOLGA| Laptop/ PC|b|ep|20733700|||||laptop:3 pc_desktop:3 tas_laptop:1
13|08 KANWIL SUMATERA BARAT AHU|Pengadaan Belanja Bahan Berupa Konsumsi Kegiatan Koordinasi Instansi Terkait Pada Kantor Wilayah Kementerian Hukum Sumatera Barat Tahun 2026|b|pl|971100|||||MAMIN
13|08 KANWIL SUMATERA BARAT BPHN|Pengadaan Konsumsi Rapat kegiatan Pengelolaan anggota JDIHN di wilayah Pada Kantor Wilayah Kementerian Hukum Sumatera Barat Tahun 2026|b|pl|784500|||||MAMIN
13|BIDDOKKES POLDA SUMBAR|Belanja Peralatan dan Mesin-Ekstrakomptabel (Alkes)|b|ep|62886600|||||alkes:3 bmhp:1 bed_pasien/Instrumen:1
13|DINAS PERKEBUNAN TANAMAN PANGAN DAN HORTIKULTURA PROVINSI SUMATERA BARAT TP DITJEN LIP|Dokumen Persiapan Rancang Bangun (Padang Pariaman)|ks|pl|41852900|||||
13.04|POLRES TANAH DATAR|Makan/Uang Makan Pelaksanaan Operasi Lilin tahun 2026 |b|ep|47590700|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
13.74|KPU KOTA PADANG PANJANG|Belanja Barang Operasional Lainnya Pakaian Dinas Layanan Perkantoran|b|ep|35380400|||||DINAS
14|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI RIAU|PRESERVASI JALAN SP. GEMAR MENABUNG (PEKANBARU) - SP. KUBANG (PEKANBARU), SP. KH. NASUTION (PASIR PUTIH) - SP. KAYU ARA (PEKANBARU)|k|ep|2682860300|||||
14|KANTOR WILAYAH KEMENTERIAN HUKUM RIAU|Pengadaan Belanja Modal Peralatan dan Mesin untuk Pengadaan Peralatan Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Riau Tahun Anggaran 2026|b|ep|248552400|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
14.03|IM04 KANTOR IMIGRASI KELAS II TPI BENGKALIS|Pengadaan Barang Tinta/Toner Layanan Perkantoran pada Kantor Imigrasi Kelas II TPI Bengkalis Prov Riau Tahun Anggaran 2026|b|pl|42936100|||||tinta_printer:3 toner:3
14.04|KANTOR PERTANAHAN KAB. INDRAGIRI HILIR|Penyelenggaraan Perpustakaan/Kearsipan|b|ep|111535400|||||map_ordner/Box_Arsip:2 map_ordner:1 lemari_arsip:1 rak_buku:1
14.71|KANTOR IMIGRASI KELAS I TPI PEKANBARU,KANTOR IMIGRASI KELAS I TPI PEKAN BARU|Pengadaan Belanja Modal Peralatan dan Mesin Perangkat Pengolah Data dan Komunikasi ( Drone, PC Unit AIO, PC Editing, Lensa Camera, Camera Digital, Tripod) pada Kantor Imigrasi Kelas I TPI Pekanbaru - Riau TA. 2026|b|ep|30817200|||||pc_desktop:3 pc_desktop/Workstation:3 kamera_cctv/Mirrorless:3 laptop:1 flashdisk/Harddisk:1
14.71|RUTAN KELAS I PEKANBARU|Pengadaan Barang Kegiatan  Penyediaan ATK Rutin Pada Rumah Tahanan Negara Kelas 1 Pekanbaru-Riau Tahuan Anggaran 2026|b|ep|26001600|||||ATK
15.01|KANTOR IMIGRASI KELAS II NON TPI KERINCI|Belanja Modal Peralatan dan Mesin Pekerjaan Pengadaan Peralatan dan Fasilitas Perkantoran|b|ep|23816300|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
15.01|KPU KABUPATEN KERINCI|Pengadaan Belanja Keperluan Perkantoran berupa Map KPU Kabupaten Kerinci Tahun Anggaran 2026|b|ep|5932300|||||map_ordner:3 cetak_blanko/Map:3 map_ordner/Map_Batik:2
15.71|BALAI PENGAWAS OBAT DAN MAKANAN JAMBI|QIA.001.053 A Pengujian laboratorium sampel makanan|b|ep|6661000|||||reagen_tes:1
15.71|BALAI PENGELOLAAN HUTAN LESTARI WILAYAH IV JAMBI|Pemeliharaan Rumah Dinas BPHL Wilayah IV Jambi Tahun 2026 (Tahap II)|k|ep|23226600|||||semen:1 material_bangunan:1
15.71|KODIM 0415/JAMBI|ATK Sisfopers Penilaian Kinerja Individu Belanja Bahan|b|ep|518600|||||ATK
16|DITLANTAS POLDA SUMSEL|Pengadaan Makan jaga piket Ditlantas Polda Sumsel TA. 2026|b|ep|257769100|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
16|STASIUN KLIMATOLOGI SUMATERA SELATAN|Suku Cadang Peralatan Iklim Mikro|b|ep|35643100|||||
16.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH II PALEMBANG|Pengadaan Konsumsi Rapat (SBM Sumatera Selatan)|b|ep|13812600|||||MAMIN
16.71|BALAI TEKNIK PERKERETAAPIAN KELAS II PALEMBANG|Pengadaan Alat Tulis Kantor kegiatan Penyusunan Manajemen Risiko Balai Teknik Perkeretaapian Kelas II Palembang|b|ep|2674700|||||ATK
16.71|DISTRIK NAVIGASI PALEMBANG|Pengadaan Suku Cadang Pelampung Suar|b|pl|187001900|||||sar/Pelampung:1
17|26 KANWIL BENGKULU SETJEN|Pengadaan Belanja Barang Persediaan Barang Konsumsi Kegiatan Kebutuhan Dasar Perkantoran pada Kantor Wilayah Kementerian Hukum Bengkulu Tahun ANggaran 2026|b|pl|36638600|||||kertas_a4:2 kertas_f4:2 pulpen:2 map_ordner:2 tinta_printer:2 toner:2 tisu:2 sabun_detergen:2 pembersih_lantai:2 air_galon:2 kopi_teh_gula:2
17|SATBRIMOB POLDA BENGKULU|Pengadaan Pemeliharaan Kendaraan Khusus Jajaran Satuan Brimob Polda Bengkulu T.A. 2026|jl|t|563229100|||||
17.71|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II BENGKULU|pengadaan bahan makanan warga binaan pemsyarakatan pda lembaga pembinaan khusus anak  bengkulu TA 2026|b|ep|791488700|||||PANGAN makanan_pasien/Binaan:2
17.71|PENGADILAN AGAMA BENGKULU|Pengadaan Meubelair meja kursi CPNS|b|ep|15401400|||||meja_kantor:3 kursi_kantor:3 meja_rapat:1 kursi_lipat:1
17.71|STASIUN KLIMATOLOGI BENGKULU|Suku Cadang Peralatan ARG di Provinsi Bengkulu|b|ep|69572700|||||
18|BADAN NARKOTIKA NASIONAL PROVINSI LAMPUNG|Urine Test Pascarehabilitasi|b|ep|8817200|||||reagen_tes/Narkoba:3 reagen_tes:1
18|BIDDOKKES POLDA LAMPUNG|Pengadaan Obat Keslap Rutin Biddokkes Polda Lampung TA 2026|b|ep|1481000|||||obat:3 bmhp:2
18|PELAKSANAAN JALAN NASIONAL WILAYAH II PROVINSI LAMPUNG|PENGADAAN STRUKTUR BANGUNAN ATAS JEMBATAN GANTUNG PEJALAN KAKI WAY PENGUBUAN LAMPUNG TENGAH (BENTANG 54 M)|b|ep|2273368700|||||material_bangunan/Besi:1
18|RO SDM POLDA LAMPUNG|PENGADAAN PEMERIKSAAN KESEHATAN DALAM KEGIATAN PENERIMAAN CALON BINTARA POLRI POLDA LAMPUNG TA 2026|jl|ep|170986800|||||
18.01|POLRES LAMPUNG SELATAN|Pengadaan Peralatan/perlengkapan Kantor Polres Lampung Selatan|b|ep|175485000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
18.05|BALAI POM DI TULANG BAWANG|TERSEDIANYA PERALATAN/PERLENGKAPAN KANTOR|b|ep|129636000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
19|30 KANWIL BABEL AHU|Pengadaan Belanja Barang ATK Untuk Kegiatan Layanan AHU di Wilayah Pada Kantor Wilayah Kementerian Hukum Bangka Belitung Tahun Anggaran 2026|b|pl|7087500|||||ATK
19|30 KANWIL BABEL SETJEN|Pengadaan Belanja Barang Persediaan Barang Konsumsi Untuk kegiatan Layanan Umum Pengelolaan Rumah Tangga pada Kantor Wilayah Kementerian Hukum Kepulauan Bangka Belitung Tahun Anggaran 2026|b|pl|203200|||||BERSIH
19|RUMAH SAKIT BHAYANGKARA TINGKAT IV POLDA KEPULAUAN BANGKA BELITUNG|PENGADAAN ALAT KESEHATAN|b|ep|137623900|||||alkes:3 bed_pasien:2 kursi_roda:1 meja_operasi:1
19.02|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR BANGKA BELITUNG|Pengadaan Alat Tulis Kantor (ATK) SNVT PJPA Bangka Belitung|b|ep|2029400|||||ATK
19.71|PAS07 LAPAS PEREMPUAN KELAS III PANGKALPINANG|Pengadaan Barang Berupa Belanja Barang Persediaan Barang Konsumsi untuk Kegiatan Pengadaan Obat-obatan Bagi WBP pada Lembaga Pemasyarakatan Perempuan Kelas III Pangkalpinang - Provinsi Kepulauan Bangka Belitung Tahun Anggaran 2026|b|pl|2044000|||||obat:3 bmhp:1
21|32 KANWIL KEPRI SETJEN|Pengadaan Belanja Barang Persediaan Barang Konsumsi Kegiatan Pengelolaan Kesehatan Pegawai pada Kantor Wilayah Kementerian Hukum Kepulauan Riau Tahun Anggaran 2026|b|pl|7467700|||||obat/Vitamin:3 obat:2 bmhp:2 alkes:1
21|DITPOLAIRUD POLDA KEPRI|PEMELIHARAAN DAN PERAWATAN GEDUNG DAN BANGUNAN DITPOLAIRUD POLDA KEPRI T.A 2026|k|pl|257117900|||||semen:1 material_bangunan:1
21|PELAKSANAAN PRASARANA STRATEGIS KEPULAUAN RIAU|Pengadaan Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Kepulauan Riau 5|b|ep|3019160000|||||mebel_sekolah:3 meja_kantor:1 kursi_kantor:1 lemari_arsip:1 rak_buku:1
21|RORENA POLDA KEPRI|Pengadaan peralatan dan mesin kantor Polres Lingga Tahun Anggaran 20226 sumber Hibah|b|ep|47234600|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
21.02|KPU KABUPATEN KARIMUN|Pakaian Dinas 15 Org x 2 Stell|b|ep|20316500|30|stel|||DINAS
21.03|KPU KABUPATEN NATUNA|Belanja Bahan Dukungan Fasilitasi Desain Surat Suara , Dokumentasi, Daerah Pemilihan dan Alokasi Kursi |b|ep|863500|||||kertas_a4:2 fotokopi:2 snack_box:1
"""

# Vertical offices in DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali, TA 2026 (agitkasep/inaprocdata; FALLBACK).
JAWA_BALI = """
31|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI JAKARTA|Laptop Multi Media|b|ep|20128900|||||laptop:3 pc_desktop/Workstation:1 tas_laptop:1
31|DITJEN MINERAL DAN BATUBARA DKI JAKARTA|Pengadaan Pakaian Dinas Pegawai Ditjen Minerba|b|ep|16730200|||||DINAS
31|DITRESKRIMUM POLDA METRO JAYA|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR DITRESKRIMUM DAN DITTAHTI POLDA METRO JAYA TAHUN ANGGARAN 2026|b|ep|173918800|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
31|KANTOR PENCARIAN DAN PERTOLONGAN JAKARTA|General Overhaul Auxiliary Engine KN SAR Ganesha Kantor Pencarian dan Pertolongan Jakarta|jl|ep|277992000|||||
31|KODIM 0503 / JAKARTA BARAT|Duk ATK PENYIAPAN SATUAN PERBANTUAN|b|ep|128600|||||ATK
31|POLITEKNIK AHLI USAHA PERIKANAN (POLTEK AUP) JAKARTA|Pengadaan Peralatan Welding Bawah Air|b|ep|210667700|||||
31|RORENA POLDA METRO JAYA|PENGADAAN PENGADAAN  MAKANAN/MINUMAN PENAMBAH DAYA TAHAN TUBUH/UANG MAKAN PNS BIRO RENA POLDA METRO JAYA TAHUN ANGGARAN 2026|b|pl|60448500|||||pmt/Extra_Voeding:2 susu:2 nasi_box:2 prasmanan/Katering_Harian:2 telur:1
32|BALAI BESAR KONSERVASI SUMBER DAYA ALAM JAWA BARAT|Pengadaan laptop pengolahan data|b|ep|19450300|||||laptop:3 pc_desktop/Workstation:2 pc_desktop:1 tas_laptop:1
32|KANTOR WILAYAH KEMENTERIAN HUKUM JAWA BARAT|Pengadaan Peralatan Fasilitas Perkantoran Kegiatan Layanan Sarana dan Prasarana Internal pada Kantor Wilayah Kementerian Hukum Jawa Barat Tahun Anggaran 2026|b|ep|358689800|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
32.02|SENTRA "PHALAMARTHA" DI SUKABUMI|Pengadaan Bahan Permakanan PPKS Residensial Bulan April s.d Juni 2026|b|ep|132336800|||||PANGAN makanan_pasien:2
32.15|BALAI LAYANAN USAHA PRODUKSI PERIKANAN BUDIDAYA (BLUPPB) KARAWANG|Pakan Buatan Benih Air Payau |b|ep|139570200|||||pakan_ikan/Udang:3 pakan_ikan:2
32.16|POLRES METRO BEKASI|PENGADAAN MAKAN PIKET POLRES DAN POLSEK JAJARAN POLRES METRO BEKASI T.A 2026|b|ep|1648032100|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
32.73|POLITEKNIK MANUFAKTUR NEGERI BANDUNG|Pengadaan Perlengkapan Praktek Mahasiswa|b|ep|207475200|||||apd_kerja:2 sepatu/Safety:2 pdh/PDL:1
33.08|LAPAS KELAS II A MAGELANG,LEMBAGA PEMASYARAKATAN KELAS IIA MAGELANG|Pengadaan Obat-obatan bagi Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Kelas IIA Magelang - Jawa Tengah Tahun Anggaran 2026|b|ep|38567300|||||obat:3 bmhp:1
33.17|KANTOR PERTANAHAN KAB. REMBANG|Pengadaan ATK dan Bahan Penunjang Komputer Pengukuran Lapangan dalam Rangka Pengukuran dan Pemetaan Bidang Tanah Layanan Pengukuran Bidang Tanah Luas kurang dari 25 Ha (Kantah) Tahun Anggaran 2026|b|ep|16294700|||||ATK KOMP
33.28|POLRES TEGAL POLDA JATENG|PENGADAAN ATK RUTIN POLSEK JAJARAN POLRES TEGAL T.A. 2026|b|pl|78015400|||||ATK
33.72|KEJAKSAAN NEGERI SURAKARTA|PENGADAAN SERAGAM ALIH DAYA TA 2026|b|ep|17686000|||||pdh:2 kaos/Polo:2 kaos:1 topi_atribut:1 sepatu:1
33.74|RUMAH DETENSI IMIGRASI SEMARANG,RUDENIM SEMARANG|Pengadaan Sepeda Motor Kegiatan Kendaraan Bermotor Layanan Sarana Internal pada Rudenim Semarang Jawa Tengah TA 2026|b|ep|345202900|||||sepeda_motor:3 sepeda_motor/Trail:2
34|KANWIL KEMENTERIAN AGAMA D.I. YOGYAKARTA|Belanja Modal Peralatan dan Mesin KUA Piyungan |b|ep|116576100|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
34|SPRIPIM POLDA DIY|PENGADAAN BARANG KONSUMSI BERUPA ALAT TULIS KANTOR SPRIPIM POLDA DIY TA 2026|b|ep|60141800|||||ATK
34.71|BALAI PENGELOLA TRANSPORTASI DARAT KELAS II DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Meubelair dan Peralatan Pendukung Lainnya|b|pl|77153700|||||MEBEL
34.71|POLITEKNIK PEMBANGUNAN PERTANIAN (POLBANGTAN)YOGYAKARTA - MAGELANG KAMPUS YOGYAKARTA|Perlengkapan kegiatan   56 BP x 18 org|b|ep|133328100|||||tas_seminar:2 kaos:2 topi_atribut:1 pulpen:1 buku_tulis:1
35|YANMA POLDA JATIM|MAKAN JAGA KAWAL YANMA POLDA JATIM TA. 2026|jl|ep|574616400|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
35.09|BAPAS KELAS II JEMBER|Pengadaan Belanja Barang Persediaan Barang Konsumsi untuk Pengadaan ATK  pada Balai Pemasyarakatan Kelas II Jember - Jawa Timur Tahun Anggaran 2026|b|ep|16219900|||||ATK
35.09|UNIVERSITAS ISLAM NEGERI KIAI HAJI ACHMAD SIDDIQ JEMBER|Pengadaan Peralatan/Perlengkapan Kantor (Alat Tulis Kantor)|b|ep|8751100|||||ATK
35.71|KPU KOTA KEDIRI|Belanja Barang Operasional Lainnya (Pengadaan Seragam Dinas Pegawai)|b|ep|19238400|||||DINAS
35.72|AKADEMI KOMUNITAS NEGERI PUTRA SANG FAJAR BLITAR|Mesin cetak kode kemasan|b|ep|1128900|||||printer:1 stempel:1
36|29 KANWIL BANTEN KI|66181242 Pengadaan Belanja Bahan Konsumsi Makan untuk Kegiatan Pelaksanaan Sosialisasi dan Edukasi Kekayaan Intelektual di Wilayah pada Kantor Wilayah Kementerian Hukum Banten KI (693017) Tahun Anggaran 2026|b|pl|4224800|||||nasi_box:3 prasmanan:2 snack_box:2
36|STASIUN KLIMATOLOGI BANTEN|Suku Cadang Pendukung Peralatan AWS/AAWS di Provinsi Banten dan DKI Jakarta|b|ep|372170900|||||
36.02|POLRES LEBAK|PENGADAAN ATK POLRES LEBAK 2026|b|ep|131269000|||||ATK
36.03|KANTOR IMIGRASI KELAS I KHUSUS NON TPI TANGERANG|Pengadaan Langganan Internet - Kegiatan Dukungan Operasional Unit Layanan Keimigrasian Pada Kantor Imigrasi Kelas I Khusus Non TPI Tangerang (692932) - Banten Tahun Anggaran 2026|jl|ep|55791600|||||jaringan:1
36.04|KODIM 0602 / SERANG|Kodim 0602/Serang (penyusunan laporan dallakrenbang satker)|b|ep|588600|||||kertas_a4:2 fotokopi:2 tinta_printer:1 map_ordner:1
36.72|POLRES CILEGON|PENGADAAN ULP MAKAN JAGA KAWAL POLSEK ANYER T.A 2026|b|ep|93615800|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
51|22 KANWIL BALI PP|Pengadaan Belanja Bahan berupa ATK dan Komsumsi untuk Kegiatan Dukungan Penyelenggaraan Tugas dan Fungsi Unit Pemantauan dan Evaluasi Rancangan Produk Hukum Daerah pada Kantor Wilayah Kementerian Hukum Bali Tahun Anggaran 2026|b|pl|992600|||||ATK MAMIN
51|ROOPS POLDA BALI|PENGADAAN ALAT TULIS KANTOR/BEKAL KANTOR (ROOPS) BIROOPS POLDA BALI T.A. 2026|b|ep|63468800|||||ATK
51.06|PAS20 RUTAN KELAS II B BANGLI|Pengadaan Obat-obatan bagi WBP Untuk Perlengkapan Medis Poliklinik pada Rutan Kelas II B Bangli - Bali Tahun Anggaran 2026|b|pl|18492500|||||obat:3 bmhp:2
"""

# Vertical offices in Nusa Tenggara Barat/Timur and the Kalimantan provinces, TA 2026 (agitkasep/inaprocdata; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52|23 KANWIL NUSA TENGGARA BARAT BPHN|Belanja Bahan Fasilitasi dan Pembinaan Masyarakat melalui Penyuluhan Hukum di Daerah DIPA BPHN pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Tahun Anggaran 2026|b|pl|2560000|||||snack_box:2 nasi_box:2 cetak_spanduk:2 cetak_brosur:1
52|KANWIL DITJEN IMIGRASI NUSA TENGGARA BARAT|Pengadaan Peralatan dan Fasilitas Perkantoran pada Kanwil Ditjen Imigrasi NTB TA. 2026|b|ep|152434700|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
52.05|KEJAKSAAN NEGERI DOMPU|Pembangunan / Renovasi Gedung dan Bangunan yang bersumber dari PNBP|k|t|933351900|||||semen:1 material_bangunan:1
52.71|PENGADILAN NEGERI MATARAM|Pengadaan Satpam dan Petugas Kebersihan|b|ep|593516600|||||
53|24 KANWIL NUSA TENGGARA TIMUR BSK|Pengadaan ATK dan Komputer suplies Kegiatan Penyusunan Rekomendasi Kebijakan Hasil Monitoring dan Evaluasi Survei Persepsi Anti Korupsi (SPAK) dan Survei Persepsi Kualitas Pelayanan (SPKP) pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur Tahun Anggaran 2026|b|pl|133000|||||ATK KOMP
53|BPK RI PERWAKILAN PROVINSI NUSA TENGGARA TIMUR|Pengadaan Pemeliharaan Atap dan Kamar Mandi Rumah Negara|k|pl|393472400|||||semen:1 material_bangunan:1
53.01|LAPAS PEREMPUAN KELAS II B KUPANG|Pengadaan Kebutuhan Sandang WBP (Tahap 2) pada Lembaga Pemasyarakatan Perempuan Kelas IIB Kupang Provinsi Nusa Tenggara Timur Tahun Anggaran 2026|b|ep|21760200|||||kaos:2 selimut_kasur:1 alat_mandi:1
53.08|PENGADILAN NEGERI ENDE|Pengadaan Peralatan Fasilitas dan Perkantoran|b|ep|113408000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
61|13 KANWIL KALIMANTAN BARAT BSK|Pengadaan Belanja Bahan Konsumsi Kudapan Analisis Strategi Kebijakan di Wilayah/Analisis Implementasi Evaluasi Kebijakan pada Kantor Wilayah Kementerian Hukum Kalimantan Barat Tahun Anggaran 2026|b|pl|345100|||||snack_box:3 nasi_box:1 air_gelas:1
61.02|PENGADILAN NEGERI MEMPAWAH 01|Jasa Konsultansi Perencanaan Peningkatan Halaman Gedung Kantor|ks|pl|101776900|||||
61.03|KPU KABUPATEN SANGGAU|Pakaian Dinas ASN, Satpam, Sopir, Kebersihan/Pramubakti|b|ep|16805500|||||DINAS
61.07|BADAN NARKOTIKA NASIONAL KABUPATEN BENGKAYANG|Belanja Barang Persediaan Barang Konsumsi Layanan Rehabilitasi Rawat Jalan|b|ep|4142300|||||reagen_tes/Narkoba:1 obat:1
61.71|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PONTIANAK|Pengadaan Peralatan Laboratorium|b|ep|254452000|||||alat_lab:3 reagen_tes:1
62|14 KANWIL KALIMANTAN TENGAH AHU|Pengadaan Belanja Bahan Publikasi dan Pameran (Leaflet/Poster/Spanduk/Brosur) Layanan AHU pada Kantor Wilayah Kementerian Hukum Kalimantan Tengah Tahun Anggaran 2026|b|pl|3042400|||||cetak_brosur:3 cetak_spanduk:3
62|BALAI PENGELOLA TRANSPORTASI DARAT KALIMANTAN TENGAH|PENGADAAN DAN PEMASANGAN RAMBU LALU LINTAS BANTUAN TEKNIS PERLENGKAPAN JALAN DI KAB. SUKAMARA|b|ep|199447700|||||rambu/Rambu_Lalu:3 rambu:1
62|DITRESNARKOBA POLDA KALTENG|PENGADAAN TEST KIT URINE NARKOBA DITRESNARKOBA POLDA KALTENG T.A. 2026|b|ep|98948900|||||reagen_tes/Narkoba:3 reagen_tes:1
62.08|POLRES SUKAMARA POLDA KALTENG|PENGADAAN ATK POLRES SUKAMARA T.A. 2026|b|pl|117823500|||||ATK
63|15 KANWIL KALIMANTAN SELATAN PP|Pengadaan Konsumsi Makan Direktorat Jenderal Peraturan Perundang - Undangan pada Kantor Wilayah Kementerian Hukum Kalimantan Selatan Tahun Anggaran 2026|b|pl|4277200|||||nasi_box:3 prasmanan:2 snack_box:1
63|693825/BALAI PELAKSANAAN JALAN NASIONAL KALIMANTAN SELATAN|Inspeksi (Survey) Data Kondisi Jaringan Jalan Provinsi Kalimantan Selatan TA 2026|ks|s|1956950500|||||
63|KANWIL KEMENTERIAN AGAMA PROP. KALIMANTAN SELATAN|Pengadaan Alat dan Perlengkapan Pembelajaran/Gedung (Kontraktual)|b|ep|1146089500|||||mebel_sekolah:2 alat_peraga:2 proyektor:1 tv_display/Interactive:1
63.06|POLRES HULU SUNGAI SELATAN|MAKAN JAGA PIKET POLRES|b|ep|466856600|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
64|BALAI PENGELOLA TRANSPORTASI DARAT KALIMANTAN TIMUR|PENGADAAN DAN PEMASANGAN PERLENGKAPAN JALAN PROVINSI KALIMANTAN TIMUR TAHAP II|b|ep|4140389700|||||rambu:3 lampu_listrik/PJU:1
64|DITLANTAS POLDA KALTIM|Uang Makan Turwali|b|ep|284845000|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
64.71|KANTOR IMIGRASI KELAS I TPI BALIKPAPAN|Pengadaan Belanja Modal berupa Mobil Layanan Sarana Internal pada Kantor Imigrasi Kelas I TPI Balikpapan - Kalimantan Timur Tahun Anggaran 2026|b|ep|744779500|||||mobil:3 mobil/Golf:1 kendaraan_khusus:1
65|BALAI PELAKSANAAN JALAN NASIONAL KALIMANTAN UTARA|PENGADAAN PERALATAN DAN FASILITAS PERKANTORAN BPJN KALIMANTAN UTARA|b|ep|8240400|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
65|KOREM 092 / MAHARAJALILA (KALTARA)|Kodim  Dukungan Kegiatan Satker/Sub Satker|b|ep|5177000|||||kertas_a4:1
65.71|KANTOR PERTANAHAN KOTA TARAKAN|Pengadaaan ATK untuk Layanan Pengecekan Sertipikat|b|ep|3643500|||||ATK
"""

# Vertical offices in the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces, TA 2026 (agitkasep/inaprocdata;
# FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. SULAWESI UTARA|keperluan Sehari-hari Perkantoran lebih dari 40 Pegawai (Sulawesi Utara); Belanja Keperluan Perkantoran |jl|ep|25283300|||||kertas_a4:2 pulpen:2 tisu:2 sabun_detergen:2 pembersih_lantai:2 kopi_teh_gula:2 air_galon:2
71.71|KODAERAL VIII MANADO TNI AL|Bekal Makan Non Organik/Jaga Kodaeral VIII|b|pn|174675300|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 snack_box:1
71.72|KANTOR IMIGRASI KELAS II TPI BITUNG|Pengadaan Mobil Patroli pada Kantor Imigrasi Kelas II TPI Bitung Tahun Anggaran 2026|b|ep|909475600|||||mobil:2 kendaraan_khusus:1
72|BALAI KONSERVASI SUMBER DAYA ALAM SULAWESI TENGAH|Pengadaan Peralatan Pendukung Operasional Resor|b|ep|163832200|||||sar/Tenda_Dome:2 elektronik_rt/Handy_Talky:2 genset/Honda:1 jas_hujan:1
72|KANTOR WILAYAH KEMENTERIAN HUKUM SULAWESI TENGAH|Pengadaan Peralatan Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Sulawesi Tengah Tahun Anggaran 2026|b|ep|2156917500|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
72.02|BANDAR UDARA KASIGUNCU DI POSO|Pemeliharaan Runway Tahap 3|k|pl|307616400|||||
72.02|RUTAN KELAS II B POSO|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Rumah Tahanan Negara Kelas IIB Poso - Sulawesi Tengah Tahun Anggaran 2026|b|ep|4511294700|||||PANGAN makanan_pasien/Binaan:2
72.04|UNIT PENYELENGGARA BANDAR UDARA SULTAN BANTILAN TOLITOLI|Suku Cadang Peralatan Elektronika bandara, keamanan, komunikasi dan listrik penerbangan|b|pl|266387900|||||
73.03|RUTAN KELAS II B BANTAENG|Pengadaan ATK Rutin Pada Rumah Tahanan Negara Kelas IIB Bantaeng - Sulawesi Selatan Tahun Anggaran 2026|b|ep|51751700|||||ATK
73.18|KEJAKSAAN NEGERI TANA TORAJA|KONSULTAN PENGAWASAN RENOVASI/PERLUASAN GEDUNG KANTOR KEJAKSAAN NEGERI TANA TORAJA|ks|pl|101101100|||||
73.71|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH VIII MAKASSAR|PENGADAAN PERALATAN KOMUNIKASI DAN PENGOLAH DATA |b|ep|19513100|||||laptop:2 pc_desktop:2 printer:1 jaringan:1 elektronik_rt/Handy_Talky:1
73.71|RUDENIM MAKASSAR,RUMAH DETENSI IMIGRASI MAKASSAR|Pengadaan Peralatan dan Fasilitas Perkantoran Ekshaust Fan dan Kipas pada Rumah Detensi Imigrasi Makassar - Sulawesi Selatan Tahun Anggaran 2026|b|ep|10875200|||||kipas_angin/Exhaust:3 kipas_angin:1
74|20 KANWIL SULAWESI TENGGARA SETJEN|Pengadaan Konsumsi Makan untuk kegiatan Layanan BMN pada kantor Wilayah Kementerian Hukum Sulawesi Tenggara Tahun Anggaran 2026|b|pl|486300|||||nasi_box:3 prasmanan:2 snack_box:1
74|693596 BALAI KONSERVASI SUMBER DAYA ALAM SULAWESI TENGGARA|Pembuatan Sumur Bor di Kantor Resort|k|pl|26586200|||||material_bangunan:1
74.03|POLRES MUNA|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR POLRES DAN POLSEK JAJARAN POLRES MUNA T.A. 2026|b|ep|353072000|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 ac:1 laptop:1 pc_desktop:1 printer:1
74.71|PAS27 LAPAS KELAS II A KENDARI|Pengadaan Extravoeding untuk buka puasa warga binaan pada Lembaga Pemasyarakatan Kelas IIA Kendari - kanwil direktorat Jenderal Pemasyarakatan Sulawesi Tenggara|b|pl|141708200|||||snack_box:3 pmt/Extra_Voeding:2 minuman_kemasan:1 susu:1
74.71|RUMKIT BHAYANGKARA KENDARI|Belanja Pengadaan ATK BLU|b|ep|50772300|||||ATK
75|31 KANWIL GORONTALO BSK|Pengadaan Belanja Bahan Kegiatan Monitoring dan Evaluasi SurveI Persepsi Anti Korupsi (SPAK) pada Kantor Wilayah Kementerian Hukum Gorontalo Tahun Anggaran 2026|b|pl|355900|||||kertas_a4:2 pulpen:2 snack_box:2 fotokopi:1
75|ROLOG POLDA GORONTALO|PEMELIHARAAN KENDARAAN BERMOTOR RODA 4 / 6 / 10 BIRO LOGISTIK POLDA GORONTALO T.A 2026|jl|ep|102147900|||||
76|34 KANWIL SULAWESI BARAT AHU|Pengadaan Belanja Barang Berupa belanja bahan kegiatan Pelantikan PPNS pada Kantor Wilayah Kementerian Hukum Sulawesi Barat Tahun Anggaran 2026|b|pl|3254800|||||snack_box:2 nasi_box:2 cetak_spanduk/Backdrop:2 cetak_spanduk:1
76.02|RRI MAMUJU|Belanja Peralatan dan Mesin - Ekstrakomptabel|b|ep|972000|||||aksesori_komputer:1
76.04|KEJAKSAAN NEGERI POLEWALI MANDAR|Renovasi Gedung dan Bangunan|k|ep|470289500|||||semen:1 material_bangunan:1
81|21 KANWIL MALUKU BSK|Pengadaan Biaya Transportasi ke Kab. Seram Bagian Barat untuk Kegiatan Monitoring dan Evaluasi Survei Persepsi Anti Korupsi (SPAK) dan Survei Persepsi Kepuasan Pelayanan (SPKP) pada Kantor Wilayah Kementerian Hukum Maluku Tahun Anggaran 2026|jl|pl|1740300|||||
81.71|STASIUN PSDKP AMBON|Pengadaan Perlengkapan Kapal Pengawas|b|ep|31937100|||||sar/Life_Jacket:2 sar/Ring_Buoy:2 sar:1 apar:1
81.72|PANGKALAN PENGAWASAN SDKP TUAL|Pengadaan Suku Cadang dan Perlengkapan Speedboat Pengawas Napoleon 042|b|ep|147074600|||||sar:1
82|28 KANWIL MALUKU UTARA SETJEN|Pengadaan Belanja Bahan untuk Kegiatan Layanan Penyelenggaraan Kearsipan pada Kantor Wilayah Kementerian Hukum Maluku Utara Tahun Anggaran 2026|b|pl|515200|||||map_ordner/Box_Arsip:2 map_ordner:2 stiker_label/Box:1 kertas_a4:1
82|KANWIL DITJEN PERBENDAHARAAN PROVINSI MALUKU UTARA|Pemeliharaan Kecil Gedung TW 2|jl|pl|38011700|||||
91|25 KANWIL PAPUA BSK|Belanja Bahan berupa ATK, konsumsi rapat (makan), konsumsi rapat (kudapan) pada Kegiatan penyusunan rekomedasi kebijakan hasil analisis implementasi dan evaluasi kebijakan hukum di wilayah Kanwil KemenHukum Papua TA 2026|b|pl|333300|||||ATK MAMIN
91|25 KANWIL PAPUA SETJEN|Belanja Barang berupa Pengadaan Penjilidan, ATK, Konsumsi dll pada Kegiatan Penyusunan Laporan Kinerja Instansi Pemerintah (LKJLP) Kanwil KemenHukum Papua TA 2026|b|pl|1543400|||||fotokopi/Jilid:3 ATK MAMIN
91.03|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH IX JAYAPURA|Pengadaan Sarana Olahraga|b|ep|45044300|||||alat_olahraga:3 kaos/Olahraga:1
91.03|LAPAS NARKOTIKA KELAS II A JAYAPURA|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Narkotika Kelas IIA Jayapura-Papua Tahun Anggaran 2026|b|ep|6589316800|||||PANGAN makanan_pasien/Binaan:2
91.03|RUMKIT BHAYANGKARA JAYAPURA|PENGADAAN BAHAN MAKAN PIKET JAGA FUNGSI RUMKIT BHAYANGKARA JAYAPURA|b|ep|124705300|||||nasi_box/Bungkus:3 nasi_box:2 prasmanan/Katering_Harian:2 beras:1 lauk_segar:1
91.11|POLRES KEEROM|PENGADAAN KONSUMSI TAHANAN POLRES KEEROM - POLDA PAPUA|jl|ep|300880400|||||makanan_pasien/Binaan:3 nasi_box/Bungkus:2 nasi_box:1
92|694021/BALAI PENATAAN BANGUNAN PRASARANA DAN KAWASAN PAPUA BARAT|Tenaga Perencanaan Wilayah dan Kota|ks|pl|61846600|||||
93.01|BANDAR UDARA OKABA MERAUKE|Peralatan pemenuhan Kategori PKP-PK|b|pl|468841100|||||apar:1 kendaraan_khusus/Pemadam:1 apd_kerja:1
93.01|OPERASI DAN PEMELIHARAAN SUMBER DAYA AIR PAPUA MERAUKE|Sewa Alat Berat (Excavator) Pemeliharaan Sungai Bouwer Kab. Merauke|jl|ep|708009400|||||alat_berat/Excavator:1
94|BPK PERWAKILAN PROVINSI PAPUA TENGAH|Pengadaan Cleaning Service Tahun 2026|jl|ep|392193900|||||
95.02|POLRES PEGUNUNGAN BINTANG POLDA PAPUA|Pemeliharaan dan Perawatan Gedung Kantor Polres Pegunungan Bintang Polda Papua T.A. 2026|k|pl|721285900|||||semen:1 material_bangunan:1
96.01|IM31 KANTOR IMIGRASI KELAS II TPI SORONG|Pengadaan Belanja Barang Non Operasional Lainnya dalam rangka Pengelolaan Informasi dan Komunikasi Keimigrasian untuk kegiatan Layanan Data dan Informasi Pada Kantor Imigrasi Kelas II TPI Sorong-Papua Barat Daya Tahun Anggaran 2026|jl|pl|19228500|||||cetak_brosur:1 cetak_spanduk:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb12b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh and the Sumatera provinces, Lampung, Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb12b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb12b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb12b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
