# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind8b, an eighth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind8b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json`, read from the fetched snapshot; fields Nama Instansi,
Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana, Total Nilai). Only APBN rows of satker
that no earlier needs file uses, seated in Sulawesi (Utara, Tengah, Selatan, Tenggara, Barat), Gorontalo, Nusa
Tenggara Barat, Nusa Tenggara Timur, Maluku, Maluku Utara, Papua, Papua Barat, Papua Selatan, Jawa Barat and DKI
Jakarta (Polri units and hospitals, TNI Kodim and Rumkit, courts, Kejaksaan, Kemenimipas lapas/rutan/kantor
imigrasi, BPN offices, BPOM, Badan Karantina, BMKG stations, KKP and Kementan balai and politeknik, universities,
politeknik and madrasah, Kemenag offices, Kemenhub ports, airports and BPTD, PU balai and satker, BNN, BKKBN, BPK
and BPKP, KPU and Bawaslu, Basarnas, RRI, Sentra of Kemensos). hikaridha/sirup-downloader and
Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind8a).

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics), and no two rows share a name. Names with a difflib ratio of 0.88 or
more to an earlier name of the same goods were dropped. Every row is my own record made from one real package name,
reworded lightly where the name gives something to change (other tahap, paket, lokasi, polsek, madrasah, sungai,
pelabuhan, bulan, MAK sub-code and counts, e.g. "Tahap 1" -> "Tahap 2", "POLSEK TOWEA" -> "POLSEK LASALEPA", "MIN 5
- MIN 5" -> "MIN 3 - MIN 3", "74 ORG x 2 STEL" -> "72 ORG x 2 STEL", "Bulan Januari Dan Pebruari" -> "Bulan Maret
Dan April", "(212 pegawai)" -> "(208 pegawai)", "FAG.001 (401)" -> "FAG.001 (402)"), the noise of the original
kept: ALL CAPS, typos ("Pengadaaan", "meubellair", "Meubeleir", "worstasion",
"piminan", "Custumer", "Suplies", "Agg"), MAK codes ("3165.PDD.001.054.052.A.521811",
"7971.QAA.U05.051.A.521811", "3165.BDC.001.051.E.521211", "WA.4485.EBA.994.002.0A", "(C 521211)"), a leading
space, double spaces, several items in one name. The pagu is 1-4.5% above the export's realisation value (Total
Nilai). Type and method are the export's Jenis and Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa
Konsultansi Badan Usaha ..." as konsultansi). No row is flagged (the export has no UMK/PDN status). The volume is
set only where the name states a count in the catalog's unit (144 stel, 3 unit). Region codes are the Kemendagri
codes of the satker's seat (province code alone for provincial offices: Kanwil, Polda directorates, Biddokkes,
SPN, BPTD, Balai Karantina, Perwakilan BPK/BPKP/BKKBN, provincial KPU and Bawaslu, PJN/BBPJN/BWS/Cipta
Karya/Prasarana Strategis satker, Staklim, BP2JK). Rows have exactly the format of bench/matcher_eval_needs.py (see
its docstring); the macros are its MACROS. The grades were written by reading each package name against the
catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has
ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Sulawesi Utara, Sulawesi Tengah, Sulawesi Selatan, Sulawesi Tenggara,
# Gorontalo and Sulawesi Barat, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
SULAWESI = """
71|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN SULAWESI UTARA|Pengadaan Sepatu Dinas Harian Pegawai|b|ep|67363600|||||sepatu/Pantofel:2 sepatu/PDH:3 sepatu/PDL:1
71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH SULAWESI UTARA|Televisi Ruang Rapat|b|ep|12724500|||||tv_display/Smart_TV:3 tv_display:1
71|KANTOR WILAYAH KEMENTERIAN HUKUM SULAWESI UTARA|Pengadaan Belanja Modal Peralatan dan Mesin (SoundSystem - Studio Podcast) untuk Kegiatan Pengadaan Peralatan Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Sulawesi Utara Tahun Anggaran 2026|b|ep|32955000|||||sound_system:2 aksesori_komputer/Headset:1
74|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI SULAWESI TENGGARA|Sewa Laptop Kemenhaj Muna|jl|ep|31476000|||||laptop:1
71.01|KANTOR PERTANAHAN KAB. BOLAANG MONGONDOW|Belanja Barang Persediaan Barang Konsumsi ; Box Arsip Inaktif|b|ep|52940500|||||map_ordner/Box:2 map_ordner/Box_Arsip:3 map_ordner:1
71.05|KANTOR UNIT PENYELENGGARA PELABUHAN AMURANG|Pakaian Dinas Harian Pegawai UPP|b|ep|22145700|||||DINAS
71.05|PENGADILAN NEGERI AMURANG|Pengadaan meubellair dan fasilitas perkantoran|b|ep|204999800|||||MEBEL
71.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN MANADO|BAHAN HABIS PAKAI PENGUJIAN MIKOTOKSIN|b|ep|128632600|||||reagen_tes:1
71.71|RRI MANADO|Keperluan Sehari hari kantor (ATK) RRI Manado|b|ep|6544300|||||ATK
71.71|RUMAH DETENSI IMIGRASI MANADO|Pengadaan Belanja Modal Peralatan dan Mesin Berupa Kursi Besi Metal pada Rumah Detensi Imigrasi Manado - Sulawesi Utara Tahun Anggaran 2026|b|ep|53025000|||||kursi_lipat:2 kursi_lipat/Tunggu:2 kursi_lipat/Plastik:1 kursi_kantor:1 kursi_kantor/Besi:2
71.72|DISTRIK NAVIGASI MANADO/BITUNG|Pengadaan Lampu Pelampung Marine Lantern 6 Nm (5 Unit)|b|ep|305214100|||||
71.72|PANGKALAN PENJAGAAN LAUT DAN PANTAI BITUNG|Pengadaan Bahan Makanan ABK Aktif dan ABK Cadangan Bulan Mei|b|pl|84546800|||||PANGAN
72|18 KANWIL SULAWESI TENGAH BSK|Pengadaan Belanja Bahan Berupa Konsumsi Makan dan Kudapan Kegiatan Monitoring dan Evaluasi Survei Persepsi Anti Korupsi (SPAK) dan Survei Persepsi Kualitas Pelayanan (SPKP) pada Kantor Wilayah Kementerian Hukum Sulawesi Tengah Tahun Anggaran 2026|b|pl|1238600|||||MAMIN
72|KANWIL KEMENTERIAN AGAMA PROP. SULAWESI TENGAH|Pengadaan Meubelair/Peralatan dan Mesin Gedung Laboratorium  Perpustakaan Tipe 2 (Tahap 3)|b|ep|436874300|||||rak_buku:3 rak_buku/Display:1 meja_rapat:2 kursi_kantor:2 meja_kantor:2 mebel_sekolah:2 kursi_lipat:1 pc_desktop:1
72|PELAKSANAAN PRASARANA STRATEGIS SULAWESI TENGAH|Pengadaan Perangkat Pengolah Data dan Komunikasi Satker Pelaksanaan Prasarana Strategis Sulawesi Tengah|b|ep|51104800|||||laptop:3 pc_desktop:3 printer:2 jaringan:2 scanner:1
72|SEKRETARIAT BAWASLU PROVINSI SULAWESI TENGAH|Belanja Barang Operasional Lainnya (Pakaian Dinas Bawaslu Banggai Laut)|b|ep|48014600|||||DINAS
72.02|LOKA POM DI KABUPATEN BANGGAI|PENGADAAN PERLENGKAPAN SARANA GEDUNG|b|ep|8598800|||||lampu_listrik:1 tempat_sampah:1 apar:1
72.03|POLITEKNIK INDUSTRI LOGAM MOROWALI|Solar Genset|b|pl|79563500|||||
72.04|PENGADILAN AGAMA POSO|Pengadaan Pakaian Dinas Hakim, PNS dan PPPK|b|ep|48100900|||||DINAS
72.05|KANTOR KEMENTERIAN AGAMA KAB. DONGGALA|ATK dan Bahan Persediaan Lainnya|b|ep|7717200|||||ATK
72.06|RRI TOLI-TOLI|ATK,ART dan BAHAN CETAKAN|b|ep|8077200|||||ATK BERSIH:2 CETAK:2
72.08|POLRES PARIGI MOUTONG POLDA SULTENG|PENGADAAN KONSUMSI TAHANAN POLRES PARIGI MOUTONG T.A 2026|jl|t|274151500|||||makanan_pasien/Warga_Binaan:3 makanan_pasien:2 nasi_box/Bungkus:2 nasi_box:1
72.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH XVI PALU|Pengadaan Genset Silent 30KVA|b|ep|217330800|||||genset/Honda:1 genset/Perkins:2 genset/Cummins:1
72.71|BALAI POM DI PALU|PENYELIDIKAN TANAH (BORING DAN GEOLISTRIK ) BPOM DI PALU|ks|pl|100953900|||||
73|19 KANWIL SULAWESI SELATAN AHU|Pengadaan ATK dan Komputer Suplies Kegiatan Laporan Pemantauan dan Evaluasi Pada Kantor Wilayah Kementrian Hukum Sulawesi Selatan Tahun Anggaran 2026|b|pl|3387900|||||ATK KOMP
73|19 KANWIL SULAWESI SELATAN KI|Pengadaan ATK, Backdrop dan Seminar Kit Kegiatan Pendampingan Pengajuan Permohonan Kekayaan Intelektual di Wilayah Pada Kantor Wilayah Kementrian Hukum Sulawesi Selatan Tahun Anggaran 2026|b|pl|5548000|||||ATK cetak_spanduk:2 cetak_spanduk/Backdrop:3 tas_seminar:2 tas_seminar/Seminar_Kit:3
73|19 KANWIL SULAWESI SELATAN SETJEN|Pengadaan Konsumsi Makan Kegiatan Pelantikan dan Pengambilan Sumpah Jabatan pada Kantor Wilayah Kementerian Hukum Sulawesi Selatan Tahun Anggaran 2026|b|pl|14263400|||||nasi_box:3 prasmanan:3 snack_box:1 air_botol:1 air_gelas:1
73|693826/BALAI BESAR PELAKSANAAN JALAN NASIONAL SULAWESI SELATAN|PEKERJAAN KEBERSIHAN DAN KEAMANAN GEDUNG BALAI BESAR PELAKSANAAN JALAN NASIONAL SULAWESI SELATAN|jl|tc|864641800|||||
73|BALAI BESAR KARANTINA HEWAN, IKAN, DAN TUMBUHAN SULAWESI SELATAN|Pakaian Dinas Pegawai/Perawat (Sulawesi  Selatan)|b|ep|133898300|||||DINAS
73|BALAI PENGELOLA KERETA API SULAWESI SELATAN|Pengadaan Peralatan Meubelair dan Air Conditioner Stasiun|b|ep|74190400|||||MEBEL ac:3 kursi_lipat/Tunggu:3
73|DITLANTAS POLDA SULSEL|HAR AC|jl|pl|7576200|||||service_ac:3
73|PELAKSANAAN PRASARANA STRATEGIS SULAWESI SELATAN|Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Sulawesi Selatan 8|b|ep|3864865500|||||mebel_sekolah:3 MEBEL:2
73|PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI SULAWESI SELATAN|Meja Dan Kursi Kantor|b|ep|11086600|||||meja_kantor:3 kursi_kantor:3
73|SPN POLDA SULSEL|BELANJA PENGADAAN CETAK HANJAR SISWA DIKTUK BINTARA POLRI BERKERAMPILAN BRIMOB TAHUN AJARAN 2026|jl|ep|601719300|||||cetak_buku/Modul:3 cetak_buku:2 fotokopi:1
73.02|KANTOR KEMENTERIAN AGAMA KAB. BULUKUMBA|MIN 3 - MIN 3 - PENYEDIAAN BEBAN OPERASIONAL MADRASAH (ATK, Listrik, Telp, Air, Keamanan, Kebersihan, dll)|b|ep|6934000|||||ATK:2 BERSIH:1
73.04|KPU KABUPATEN JENEPONTO|Pengadaan AC, Meubelair, dan Lain-lain|b|ep|28446100|||||ac:3 MEBEL
73.06|PENGADILAN AGAMA SUNGGUMINASA|Pakaian dinas pegawai, Pakaian Kerja CPNS dan PPPK 72 ORG x 2 STEL|b|ep|70307200|144|stel|||DINAS
73.07|PENGADILAN NEGERI SINJAI|PENGADAAN GENSET|b|ep|505500000|||||genset:2 genset/Perkins:3 genset/Cummins:2
73.13|PENGADILAN NEGERI SENGKANG|Kursi Penerima Layanan PTSP|b|ep|17382600|||||kursi_lipat/Tunggu:3 kursi_lipat:1 kursi_kantor:1
73.17|PENGADILAN NEGERI BELOPA|Paket Pengadaan Barang Belanja Modal Meubelair Pengadilan Negeri Belopa Tahun Anggaran 2026|b|ep|151348500|||||MEBEL
73.24|KEJAKSAAN NEGERI LUWU TIMUR|Belanja ATK, Materai dan Barang Persediaan Konsumsi Lainnya|b|ep|1076200|||||ATK
73.24|UNIT PENYELENGGARA PELABUHAN MALILI|Langganan Internet dan CCTV (3 Lokasi)|jl|ep|521788800|||||jaringan:1 kamera_cctv:1
73.71|BALAI PENGELOLAAN LAHAN DAN IRIGASI PERTANIAN MAKASSAR|Konstruksi Cetak Sawah|k|ep|4540353200|||||
73.71|BALAI PENGEMBANGAN KOMPETENSI PERDAGANGAN MAKASSAR|Sewa Kendaraan Dinas Pejabat Selaku Kepala Satker Bapekomdag Makassar (Maret s.d. Desember 2026)|jl|ep|59609500|||||mobil:1
73.71|BALAI PENYULUHAN DAN PELATIHAN KEHUTANAN MAKASSAR - 693695|AIR CONDITIONER 2 PK|b|ep|11264000|||||ac:2 ac/2_PK:3 ac/Gree:1 ac/Standing:1
73.71|POLITEKNIK ILMU PELAYARAN MAKASSAR|Belanja Kebutuhan Pakaian Seragam Custumer Service|b|pl|100316900|||||pdh:3 batik_seragam:2 kaos/Polo:1
73.71|SEKOLAH MENENGAH KEJURUAN-SMAK MAKASSAR|Belanja ATK kegiatan belajar mengajar Semester Genap Tahun 2025/2026|b|ep|42882100|||||ATK
73.73|BALAI POM DI PALOPO| Pengadaan Reagen/Media/Alat Gelas|b|ep|19652100|||||reagen_tes:1 reagen_tes/Media:3 alat_lab:1 alat_lab/Gelas:3
74|BALAI PENGELOLA TRANSPORTASI DARAT KELAS II SULAWESI TENGGARA|Pengadaan Pakaian Dinas Pegawai BPTD Kelas II Sulawesi Tenggara|b|pl|127065800|||||DINAS
74|DITPAMOBVIT POLDA SULAWESI TENGGARA|PENGADAAN ATK ADMIN PENGAMANAN OBJEK VITAL|b|ep|310184900|||||ATK
74|ROLOG POLDA SULTRA|PENGADAAN MEUBELAIR GEDUNG KANTOR POLSEK LASALEPA, TIPE 170, T.A. 2026|b|ep|109629900|||||MEBEL
74.11|POLRES KOLAKA TIMUR|PENGADAAN ALAT TULIS KANTOR POLRES DAN POLSEK POLRES KOLAKA TIMUR|b|ep|37730000|||||ATK
74.02|PENGADILAN AGAMA UNAAHA|Paket CCTV|b|ep|12755400|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
74.05|PENGADILAN NEGERI ANDOOLO|Pengadaan Kursi PTSP dan Kursi Staf|b|ep|34173500|||||kursi_kantor:3 kursi_lipat/Tunggu:3 kursi_lipat:1
74.05|BANDAR UDARA HALUOLEO KENDARI|AC Cassette|b|pl|178975300|||||ac:2 ac/Standing:1
74.71|DISTRIK NAVIGASI KENDARI|Pengadaan Bahan Makanan Untuk Petugas Operasional Paket 2|b|pl|165181700|||||PANGAN
74.71|INSTITUT AGAMA ISLAM NEGERI (IAIN) KENDARI|Pengadaan Sarana Bidang TIK (PNBP) Pengadan Komputer PC |b|ep|635388900|||||pc_desktop:3 pc_desktop/Workstation:2 laptop:2
74.71|KANTOR IMIGRASI KELAS I KENDARI|Pengadaan Belanja Barang Perlengkapan Atribut Seragam untuk Layanan Umum pada Kantor Imigrasi Kelas I TPI Kendari Tahun Anggaran 2026|b|ep|73967800|||||topi_atribut/Atribut:3 topi_atribut:2 pdh:1
74.71|PENGADILAN TINGGI AGAMA KENDARI|Pengadaan Kursi CPNS PTA Kendari Tahun Anggaran 2026|b|ep|6763500|||||kursi_kantor:3 kursi_kantor/Pejabat:1
74.72|BALAI POM DI BAU-BAU|Belanja Jasa Lainnya|jl|ep|404321100|||||
75|31 KANWIL GORONTALO PP|Pengadaan Konsumsi Kegiatan Pelaksanaan Harmonisasi Rancangan Produk Hukum Daerah   pada Kantor Wilayah Gorontalo Tahun Anggaran 2026|b|pl|26542300|||||MAMIN
75.71|BALAI POM DI GORONTALO|Pemeriksaan Kesehatan ASN Balai Besar POM di Gorontalo|jl|pl|86070300|||||
75|KANWIL KEMENTERIAN AGAMA GORONTALO|ATK Tim Kerja Umum dan BMN|b|ep|4799700|||||ATK
75|SATBRIMOB POLDA GORONTALO|KONSUMSI LATIHAN JUNGLE WARFARE|jl|ep|31260000|||||nasi_box/Bungkus:3 nasi_box:2 air_botol:2 snack_box:1
76|34 KANWIL SULAWESI BARAT SETJEN|Pengadaan Belanja Barang Operasional Lainnya berupa pakaian dinas satpam, supir, pramubakti pada Kantor Wilayah Kementerian Hukum Sulawesi Barat Tahun Anggaran 2026|b|pl|19437000|||||pdh:3 pdh/PDL:2 kaos/Polo:2 topi_atribut:1
76|KANWIL DITJEN IMIGRASI SULAWESI BARAT|Pengadaan Belanja Modal Peralatan dan Mesin CCTV dan Rak Server Peralatan dan Fasilitas Perkantoran Kantor Wilayah Direktorat Jenderal Imigrasi Sulawesi Barat TA 2026|b|ep|32303000|||||kamera_cctv/Paket:3 kamera_cctv:2 jaringan:1
76|ROLOG POLDA SULBAR|PERLENGKAPAN DAN PERALATAN KEBERSIHAN|jl|ep|186419000|||||BERSIH
76.02|BALAI POM DI MAMUJU|Belanja Keperluan Perkantoran|b|pl|23836400|||||ATK:2 BERSIH:2
76.02|RUMKIT BHAYANGKARA TK. IV HOEGENG IMAN SANTOSO MAMUJU|PENGADAAN NON ALKES|b|ep|281662500|||||ATK:1 BERSIH:1 bmhp:1
76.04|KANTOR PERTANAHAN KAB. POLEWALI|Belanja Barang Persediaan Barang Konsumsi  (521811 Rapat Kerja Nasional TU)|b|ep|5069600|||||ATK:1 MAMIN:1
"""

# Vertical offices of kementerian/lembaga in Nusa Tenggara Barat and Nusa Tenggara Timur, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
NUSA_TENGGARA = """
52|23 KANWIL NUSA TENGGARA BARAT KI|ATK mendorong daya saing produk unggulan melalui Kekayaan Intelektual DIPA KI Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Tahun Anggaran 2026|b|pl|454600|||||ATK
52|23 KANWIL NUSA TENGGARA BARAT SETJEN|Pengadaan Belanja Jasa Lainnya Advertorial Cetak dan Online (DIPA SETJEN) Pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Tahun Anggaran 2026|jl|pl|18033900|||||
52|693848/PERENCANAAN DAN PENGAWASAN JALAN NASIONAL PROVINSI NUSA TENGGARA BARAT|PENGAWASAN TEKNIK PRESERVASI JALAN DAN JEMBATAN PADA SATKER PJN WILAYAH I DAN SKPD PROVINSI NTB TA. 2026|ks|pn|1500883200|||||
52|BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA (BP3MI) NUSA TENGGARA BARAT|Konsumsi OPP di MPP Mataram|b|ep|27967500|||||MAMIN
52|BALAI PENGELOLA TRANSPORTASI DARAT NUSA TENGGARA BARAT|Pengadaan Meubeleir Gedung Kantor Pelayanan|b|ep|1971197500|||||MEBEL sofa:3 kursi_lipat/Tunggu:2
52|BIDDOKKES POLDA NTB|PENGADAAN ALKES FKTP DENTAL UNIT BIDDOKKES POLDA NTB TA 2026|b|pl|64910000|||||alkes:1
52|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI NUSA TENGGARA BARAT|Pengadaan Konsumsi PPIH Embarkasi Masa Pemulangan|jl|ep|205096900|||||nasi_box:3 snack_box:2 prasmanan:2 air_botol:1 air_gelas:1
52|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI NUSA TENGGARA BARAT|BMHP|b|ep|391737700|||||bmhp:3 obat:1
52.02|PENGADILAN AGAMA PRAYA|Lemari arsip|b|ep|45157500|||||lemari_arsip:3 lemari_arsip/Roll:2 lemari_arsip/Brankas:1
52.02|POLRES LOMBOK TENGAH|PENGADAAN JASA KETERING KONSUMSI TAHANAN POLRES LOMBOK TENGAH T.A. 2026|jl|ep|631875000|||||makanan_pasien/Warga_Binaan:3 makanan_pasien:2 nasi_box/Bungkus:2 nasi_box:1
52.03|PENGADILAN NEGERI SELONG|Ac Split 1,5 Pk|b|ep|78971600|||||ac:2 ac/Gree:1 ac/Standing:0
52.71|KANTOR PENCARIAN DAN PERTOLONGAN MATARAM|Pengadaan Pakaian Dinas Pegawai/ Tenaga Teknis Lainnya|b|ep|152476300|||||DINAS pdh/PDL:3
52.71|PENGADILAN TINGGI MATARAM|Pengadaan Meja dan Kursi CPNS pada Pengadilan Tinggi Nusa Tenggara Barat Tahun 2026|b|ep|20507900|||||meja_kantor:3 kursi_kantor:3
52.71|RRI MATARAM|ATK Filler|b|ep|156000|||||ATK:2 spidol/Refill:3 stapler/Isi:3
52.71|RUMKIT TK. IV 09.07.02 WIRA BHAKTI MATARAM KESDAM IX/UDY|Belanja Barang Persediaan Barang Konsumsi, Bekal Kesehatan, BPJS|b|ep|566500|||||obat:2 bmhp:2
53|24 KANWIL NUSA TENGGARA TIMUR SETJEN|Pengadaan Poliklinik obat-obatan pegawai Kegiatan Dukungan Penyelenggaraan Tugas dan Fungsi Unit Layanan Umum pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Timur Tahun Anggaran 2026|b|pl|4043700|||||obat:3 bmhp:1
53|BIDDOKKES POLDA NTT|Pengadaan Obat-obatan PPGD/ KesLap Rutin Tahun 2026|b|ep|2340900|||||obat:3 bmhp:2
53|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI NUSA TENGGARA TIMUR|Auto Disable Syringe BMHP|b|ep|30572400|||||bmhp:1 bmhp/Syringe:3
53|ROLOG POLDA NTT|PENGADAAN KAPOR POLRI DAN PNS POLRI POLDA NTT T.A. 2026 BERUPA SEPATU DISHAR POLRI DAN PNS POLRI|b|ep|8949541900|||||sepatu/PDH:3 sepatu/Pantofel:3 sepatu/PDL:2 sepatu:1
53.04|BANDAR UDARA AA BERE TALLO ATAMBUA|Pengadaan dan Pengiriman Kursi Ruang tunggu Terminal 4 Seat|b|pl|97375000|||||kursi_lipat/Tunggu:2 kursi_lipat:1
53.06|PENGADILAN NEGERI LARANTUKA|Pengadaan Meubelair  (Rak Arsip)|b|ep|25802700|||||lemari_arsip/Rak:3 lemari_arsip:2 rak_buku/Besi:2 rak_buku:1
53.07|IM22 KANTOR IMIGRASI KELAS II TPI MAUMERE|Pengadaan Sepatu Pegawai Layanan Umum dan Rumah Tangga Kantor Imigrasi Kelas II TPI Maumere - Provinsi Nusa Tenggara Timur TA 2026|b|pl|37164300|||||sepatu/PDH:3 sepatu/Pantofel:3 sepatu/PDL:2 sepatu/Safety:1
53.08|BALAI POM DI ENDE|PENGADAAN GLASSWARE|b|ep|24612000|||||alat_lab/Gelas:3 alat_lab:1
53.08|RRI ENDE|Personal Komputer, Lap Top dan Notebook|jl|pl|380000|||||laptop:1 pc_desktop:1
53.09|BANDAR UDARA SOA DI BAJAWA|Pengawasan Pekerjaan Renovasi Gedung Terminal Termasuk Meubelair|ks|pl|86815300|||||
53.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I KUPANG|Pengadaan Printer 3 unit|b|ep|23529600|3|unit|||printer:3 printer/Kartu:0
53.71|RUMAH SAKIT UMUM PUSAT DR. BEN MBOI KUPANG|Obat|b|ep|20328200|||||obat:3
53.71|RUMKIT TK. III 09.06.01 WIRASAKTI KUPANG KESDAM IX/UDY|Bekal Kesehatan Pasien (Laboratorium dan Obat)|b|ep|56031900|||||obat:3 reagen_tes/Hematologi:2 reagen_tes:1 bmhp:1
"""

# Vertical offices of kementerian/lembaga in Maluku, Maluku Utara, Papua, Papua Barat, Papua Selatan, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
MALUKU_PAPUA = """
82|28 KANWIL MALUKU UTARA AHU|Pengadaan Belanja Bahan berupa Penggandaan dan Penjilidan, Konsumsi Makan, dan Spanduk untuk Kegiatan Pelantikan Notaris pada Kantor Wilayah Kementerian Hukum Maluku Utara Tahun Anggaran 2026|b|pl|1967500|||||fotokopi:3 nasi_box:3 prasmanan:2 cetak_spanduk:3
82|28 KANWIL MALUKU UTARA BSK|Pengadaaan Belanja Bahan berupa ATK, Komputer Supplies, Konsumsi dan Kudapan Rapat Kegiatan Analisis Strategi Kebijakan di Wilayah pada Kantor Wilayah Kementerian Hukum Maluku Utara Tahun Anggaran 2026|b|pl|4266200|||||ATK KOMP MAMIN
82|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN MALUKU UTARA|Belanja Barang Persediaan Barang Konsumsi (Bahan Laboratorium KT)|b|ep|51973700|||||reagen_tes/Media:2 reagen_tes:1 alat_lab/Gelas:1
81|DITRESKRIMUM POLDA MALUKU|PENGADAAN PERALATAN / PERLENGKAPAN KANTOR (ATK) SATKER DIT RESKRIMUM POLDA MALUKU T.A. 2026|b|ep|144659300|||||ATK
81|KANTOR WILAYAH KEMENTERIAN HUKUM MALUKU|Pengadaan Laptop, Meja Bundar, Meja Audio, dan Brankas pada Kantor Wilayah Kementerian Hukum Maluku Tahun Anggaran 2026|b|ep|68120000|||||laptop:3 meja_rapat:2 lemari_arsip/Brankas:3 meja_kantor:1
81|KANWIL DITJEN PEMASYARAKATAN MALUKU|Pengadaan Sewa Meubeler berupa Sewa Meja Kerja Pimpinan, Sewa Meja kerja Kursi, Sewa Meja Kursi Lobi, Sewa Sofa Tamu Pimpinan Pada Kanwil Ditjen Pemasyarakatan Maluku Tahun Anggaran 2026|b|ep|323216500|||||MEBEL:1 sofa:1
81|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI MALUKU|obat anestesi|b|ep|6912800|||||obat/Lidocaine:3 obat:1
81.03|LOKA POM DI KABUPATEN KEPULAUAN TANIMBAR|Belanja Barang Persediaan Barang Konsumsi (3165.PDD.001.054.052.A.521811)|b|ep|25304700|||||ATK:1
81.71|BALAI POM DI AMBON|SEWA RUMAH DINAS|b|pn|67015000|||||
81.71|LAPAS PEREMPUAN KELAS III AMBON|PENGADAAN BAHAN MAKANAN TAHANAN DAN NARAPIDANA LAPAS PEREMPUAN KELAS III AMBON-MALUKU TAHUN ANGGARAN 2026|b|ep|721416000|||||PANGAN makanan_pasien/Warga_Binaan:1
81.71|POLITEKNIK NEGERI AMBON|Pengadaan  Kursi untuk perkuliahan tahun 2026|b|ep|278577800|||||kursi_lipat:2 kursi_lipat/Tunggu:0 mebel_sekolah/Siswa:1 kursi_kantor/Rapat:1
81.72|KANTOR IMIGRASI KELAS II TUAL|Pengadaan CCTV Pada Kantor Imigrasi Kelas II TPI Tual - Maluku Tahun Anggaran 2026|b|ep|104232400|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:2 kamera_cctv:1
81.72|PANGKALAN PENJAGAAN LAUT DAN PANTAI KELAS II TUAL|Pengadaan Bahan Makanan ABK Dan Rescue Team Bulan Maret Dan April 2026|b|pl|143887500|||||PANGAN
82.01|UNIT PENYELENGGARA PELABUHAN JAILOLO|Pengadaan dan Pemasangan CCTV Pelabuhan Pemantauan Angkutan Lebaran, Natal dan Tahun Baru|b|pl|152277300|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:3 kamera_cctv:1
82.02|KANTOR UNIT PENYELENGGARA PELABUHAN KELAS II WEDA|Rehabilitasi Lampu Penerang Pelabuhan Sagea|k|ep|240332000|||||lampu_listrik/PJU:1 lampu_listrik/Floodlight:1
82.07|LOKA POM DI KABUPATEN PULAU MOROTAI|HARDWARE|b|ep|39349800|||||laptop:2 pc_desktop:2 printer:1 jaringan:1
82.71|LAPAS KELAS II A TERNATE|Pengadaan Pakaian Dinas Pegawai Pada Lembaga Pemasyarakatan Kelas IIA Ternate Maluku Utara - Tahun Anggaran 2026|b|ep|63301100|||||DINAS
82.71|LOKA MONITOR SPEKTRUM FREKUENSI RADIO TERNATE|Pengadaan Laptop Operasional Pegawai|b|ep|96916300|||||laptop:3
82|SNVT PELAKSANAAN JARINGAN SUMBER AIR MALUKU PROVINSI MALUKU UTARA|Pembangunan Tanggul dan Perbaikan Sungai Akelamo; 1 Km; 40 Ha; F; K; SYC|k|ep|15062191500|||||
91|25 KANWIL PAPUA AHU|Belanja Bahan Berupa Barang KONSUMSI PELANTIKAN (KUDAPAN) ,KONSUMSI PELANTIKAN (MAKAN),SPANDUK, PENGGANDAAN, ATK, Pada kegiatan pelantikan PPNS di Kanwil KemenHukum Papua TA 2026|b|pl|655800|||||MAMIN cetak_spanduk:3 fotokopi:3 ATK
91|25 KANWIL PAPUA KI|Belanja barang berupa Bahan ATK, GOODIE BAG DLL pada Kegiatan pelaksanaan sosialisasi kekayaan intelektual Kanwil KemenHukum Papua TA 2026|b|pl|10712000|||||ATK souvenir/Goodie:3 tas_seminar:2
92|33 KANWIL PAPUA BARAT SETJEN|Pengadaan Jasa Konsultansi Konstruksi Pengawas Pembangunan Rumah Genset pada Kantor Wilayah Kementerian Hukum Papua Barat - Papua Barat Tahun Anggaran 2026|ks|pl|36640500|||||
92|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH PAPUA BARAT|Pengadaan Belanja Modal Laptop dan Printer|b|ep|24602500|||||laptop:3 printer:3
91|BALAI PENGELOLA TRANSPORTASI DARAT PAPUA|AC (Bade)|b|ep|9670900|||||ac:3 ac/Standing:1
93.01|BANDAR UDARA KIMAAM PAPUA|Pengadaan dan Pemasangan Lampu Jalan Solar Cell|b|pl|192090000|||||lampu_listrik/PJU:1
91|DITPAMOBVIT POLDA PAPUA|Belanja Modal Peralatan dan Mesin berupa Laptop dan Printer Dit Pamobvit Polda Papua T.A. 2026|b|pl|128761800|||||laptop:3 printer:3
91|DITRESSIBER POLDA PAPUA|Pengadaan Barang Konsumsi berupa ATK Ditressiber Polda Papua T.A. 2026|b|pl|131914100|||||ATK
91.71|IPDN KAMPUS PAPUA|Belanja Modal Peralatan dan Mesin (Pengadaan Komputer IPDN Kampus Papua) Tahun 2026|b|ep|191941800|||||pc_desktop:3 laptop:2
91|KANTOR WILAYAH KEMENTERIAN HUKUM PAPUA|Belanja Modal Peralatan dan Mesin berupa AC Sentral Dll pada kegiatan layanan sarana internal pada Kanwil Kemenhukum Papua, TA, 2026|b|ep|1873909300|||||ac:1
92|KANTOR WILAYAH KEMENTERIAN HUKUM PAPUA BARAT|Pengadaan Belanja Modal Peralatan dan Mesin berupa Kursi kerja jft/jfu, worstasion, kursi kerja piminan, meja kerja pimpinan, filling cabinet, lemari, dan rak kayu untuk kegiatan Pengadaan Peralatan Fasilitas Perkantoran  pada Kantor Wilayah Kementerian Hukum Papua Barat Tahun Anggaran 2026|b|ep|720896000|||||kursi_kantor:3 meja_kantor:3 lemari_arsip:3 lemari_arsip/Roll:2 lemari_arsip/Brankas:1 rak_buku:2 rak_buku/Kayu:3 rak_buku/Display:1
91|KANWIL DITJEN PERBENDAHARAAN PROVINSI PAPUA|Pengadaan Jasa Ongkos Angkut Beras ASN Distrik Pedalaman Provinsi Papua dan Provinsi Papua Tengah|jl|t|63385476100|||||
92|PERWAKILAN BPKP PROVINSI PAPUA BARAT|FAG.001 (402) Belanja Barang Persediaan Barang Konsumsi 2026|b|pl|7200300|||||ATK:1
93.02|POLRES BOVEN DIGOEL POLDA PAPUA|Pengadaan Barang Konsumsi berupa ATK Polsek Jajaran Polres Boven Digoel Polda Papua T.A. 2026|b|pl|79024500|||||ATK
92.02|RUMKIT BHAYANGKARA TK IV POLDA PAPUA BARAT|Pembelian Alkes dan BHP Laboratorium RS Bhayangkara TK IV Polda Papua Barat T.A 2026|b|pl|103722500|||||reagen_tes:2 bmhp:2 alkes:2 alat_lab:1
91|SPN POLDA PAPUA|Pengadaan Bahan Makanan dan Extra Fooding Dikbangspes, Pelatihan Polda Papua T.A. 2026|jl|ep|1687910400|||||PANGAN pmt/Extra:2 susu:2 makanan_pasien/Taruna:1
91.06|STASIUN PENGAWASAN SUMBERDAYA KELAUTAN DAN PERIKANAN BIAK|,Pengadaan Seragam Loreng AKP/Pengawas Perikanan/Seragam Olahraga|b|pl|271262000|||||pdh/PDL:2 kaos/Olahraga:3 pdh:1
91.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN JAYAPURA|3165.PDD.001.054.B. DUKUNGAN KEGIATAN PENGUJIAN, Perlengkapan K3.|b|ep|42596300|||||apd_kerja:3 apar:1 bmhp/Masker:1
91.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH X JAYAPURA|Pengadaan Bahan Pencetakan dan Penggandaan Peta Kerja/Hasil Seksi SDH BPKH X Jayapura|b|ep|10420200|||||fotokopi/Print_Warna:3 fotokopi:2 kertas_a3:1
91.71|KANTOR IMIGRASI KELAS I JAYAPURA|Pengadaan Sice, Portable Air Conditioner, Meja Rapat, Kursi Besi Metal, Kasur, Tempat Tidur Kayu dan Dispenser pada Kantor Imigrasi Kelas I TPI Jayapura - Papua Tahun Aggaran 2026|b|ep|164978100|||||meja_rapat:3 ranjang/Kayu:3 selimut_kasur/Kasur:3 alat_dapur/Dispenser:3 sofa:2 kursi_lipat:2 kursi_lipat/Plastik:1 kursi_kantor/Besi:2 ac:1
91.71|KODIM 1701 / JAYAPURA|PENGAKHIRAN LATORSAR TER ATK (C 521211)|b|ep|1555500|||||ATK
91|STASIUN KLIMATOLOGI JAYAPURA|Sukucadang Pendukung ARG Provinsi Papua|b|ep|137933000|||||
"""

# Vertical offices and central units of kementerian/lembaga in Jawa Barat and DKI Jakarta, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
JABAR_DKI = """
31|01 KANWIL JAKARTA AHU|Pengadaan Belanja Bahan untuk Kegiatan Pelantikan Notaris pada Kantor Wilayah Kementerian Hukum Daerah Khusus Jakarta Tahun Anggaran 2026|b|pl|5183700|||||MAMIN:2 cetak_spanduk:2 ATK:1
31.71|ARSIP NASIONAL RI JAKARTA|Pengembangan Aplikasi SRIKANDI Tahun 2026|ks|s|1271817200|||||perangkat_lunak:1
31|BALAI BESAR PENGAWAS OBAT DAN MAKANAN JAKARTA|Langganan Private Networking|jl|ep|319800000|||||jaringan:1
31|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH DKI JAKARTA|Pengadaan Air Conditioner|b|ep|14031900|||||ac:3 ac/Standing:1
31|BALAI TEKNIK PERKERETAAPIAN KELAS I JAKARTA|PERAWATAN SISTEM TATA UDARA (AIR CONDITIONER) DI WILAYAH BALAI TEKNIK PERKERETAAPIAN KELAS I JAKARTA|jl|ep|670353700|||||service_ac:3
31|BPK PERWAKILAN PROVINSI DAERAH KHUSUS JAKARTA|Persediaan Bahan dan Alat Kebersihan Gedung|b|ep|87247500|||||BERSIH
31|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA DK JAKARTA|Pengadaan ATK Rutin dan Bahan Komputer Pada Kantor Wilayah Kementerian HAM DK Jakarta Tahun Anggaran 2026|b|ep|52902900|||||ATK KOMP
31|KANWIL KEMENTERIAN AGAMA D.K.I JAKARTA RAYA|Belanja Peralatan dan Mesin Pembangunan Gedung Lab Perpus Tipe 2 MTs Pada MTsN 41 Jakarta|b|ep|563635800|||||alat_peraga:2 rak_buku:2 pc_desktop:2 alat_lab:2 meja_rapat:1
31.73|POLITEKNIK STIA LAN JAKARTA|Pengadaan Meubeler Politeknik STIA LAN Jakarta|b|ep|67835800|||||MEBEL
31.75|RUMAH SAKIT PENYAKIT INFEKSI PROF.DR.SULIANTI SAROSO JAKARTA|Pengadaan Obat - obatan e Catalog|b|ep|22363500|||||obat:3
31.72|RUMAH SAKIT UMUM ADHYAKSA JAKARTA|Belanja Alat Rumah Tangga BLU (RS Adhyaksa Jakarta)|b|ep|62427800|||||BERSIH:2 alat_dapur:2 elektronik_rt:1
31.71|KANTOR IMIGRASI KELAS I KHUSUS JAKARTA SELATAN|Pengadaan Pakaian Dinas Harian Pegawai Kantor Imigrasi Jakarta Selatan|b|ep|137244500|||||DINAS
31.71|MADRASAH TSANAWIYAH NEGERI 2 JAKARTA SELATAN|Pengadaan Meja Kursi Siswa MTsN 3 Jakarta (OPR)|b|ep|49296600|||||mebel_sekolah/Siswa:2 mebel_sekolah/Siswa_SMP:3 mebel_sekolah:1
31.72|MADRASAH ALIYAH NEGERI 15 JAKARTA TIMUR|Pengadaan Meja dan Kursi Peserta Didik|b|ep|167873900|||||mebel_sekolah/Siswa:2 mebel_sekolah/Siswa_SMP:2 mebel_sekolah:1
31.74|BAPAS KELAS I JAKARTA BARAT|Pengadaan Belanja Barang Persediaan Barang Konsumsi berupa ATK pada Bapas Kelas I Jakarta Barat Tahun anggaran 2026|b|ep|16842100|||||ATK
32|02 KANWIL JAWA BARAT SETJEN|Pengadaan Belanja Barang Persediaan Obat-Obatan Kegiatan Layanan Umum pada Kantor Wilayah Kementerian Hukum Jawa Barat Tahun Anggaran 2026|b|pl|19824600|||||obat:3 bmhp:1
32|694037/PELAKSANAAN CIPTA KARYA WILAYAH II PROVINSI JAWA BARAT|Penyediaan Mobil Pick Up Tahap 2 untuk Sarana Pengumpulan Sampah di Hulu di Kota Cimahi dan Kabupaten Indramayu|b|t|11199600000|||||mobil:1
31|BALAI BESAR PELAKSANAAN JALAN NASIONAL DKI JAKARTA - JAWA BARAT|Layanan Data dan Penggolongan Kendaraan Otomatis Berbasis Kecerdasan Artifisial di BBPJN DKI Jakarta  Jawa Barat|ks|ep|443700100|||||
32|BIDDOKKES POLDA JABAR|PENGADAAN ALKES DAN BAHAN HABIS PAKAI OTOPSI DI DALAM DAN LUAR KOTA T.A. 2026 DI BIDDOKKES POLDA JABAR|b|pl|7125600|||||bmhp:2 alkes:1
32|BPK RI PERWAKILAN PROVINSI JAWA BARAT|Perbaikan Toilet Lobby Utama Gedung Kantor BPK Perwakilan Provinsi Jawa Barat|k|pl|82492100|||||
32|DITSAMAPTA POLDA JABAR|PENGADAAN HARWAT KENDARAAN BERMOTOR RODA 4/6 DITSAMAPTA POLDA JABAR T.A. 2026|jl|ep|1034050600|||||
32|KANWIL DITJEN PEMASYARAKATAN JAWA BARAT|Pengadaan Sewa Peralatan/Mesin pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan - Jawa Barat Tahun Anggaran 2026|jl|ep|222682600|||||mesin_fotokopi:1 printer:1
32|STASIUN KLIMATOLOGI JAWA BARAT|SUKU CADANG ALOPTAMA|b|ep|218129700|||||
32.01|MADRASAH ALIYAH NEGERI 2 BOGOR KAB. BOGOR|Pengadaan Buku Mata Pelajaran Siswa|b|ep|127140100|||||buku_bacaan/Teks:3 buku_bacaan:1 cetak_buku:1
32.02|BADAN NARKOTIKA NASIONAL KABUPATEN SUKABUMI|Pengadaan Alat Tes Urine 7 Parameter|b|ep|26992500|||||reagen_tes/Narkoba:2
32.02|KANTOR PERTANAHAN KAB. SUKABUMI|Belanja Barang Konsumsi Penerbitan Sertipikat|b|ep|100237800|||||ATK:1
32.03|KANTOR PERTANAHAN KAB. CIANJUR|7971.QAA.U05.051.A.521811 ATK dan Penunjang Komputer|b|ep|58704600|||||ATK KOMP
32.03|RUMAH SAKIT BHAYANGKARA TINGKAT IV CIANJUR POLDA JAWA BARAT|PENGADAAN BELANJA JASA LAINNYA BERUPA JASA LAUNDRY LINEN SUMBER ANGGARAN PNBP RUMKIT BHAYANGKARA CIANJUR TA 2026|jl|ep|250800600|||||laundry/Linen:3 laundry:2
32.05|POLRES GARUT|PEMENUHAN ALAT MATERIAL TEKNOLOGI INFORMASI|b|ep|312300000|||||laptop:2 pc_desktop:2 printer:2 jaringan:2
32.07|BADAN NARKOTIKA NASIONAL KABUPATEN CIAMIS|Belanja Barang Persediaan Barang Konsumsi Rapid Test Layanan IBM|b|ep|1010000|||||reagen_tes/Narkoba:3
32.07|LAPAS KELAS II B CIAMIS|Pengadaan Obat-Obatan, Suplemen Multivitamin bagi Pegawai pada Lapas Kelas IIB Ciamis-Jawa Barat TA 2026|b|ep|85572000|||||obat:3 obat/Vitamin:3
32.07|MADRASAH ALIYAH NEGERI 2 CIAMIS KAB. CIAMIS|PC|b|ep|458131100|||||pc_desktop:3 laptop:1
32.08|KANTOR PERTANAHAN KAB. KUNINGAN|Kendaraan Operasional Kantor dan/atau Lapangan (1 Unit x 12 Bulan)|jl|ep|35108600|||||mobil:1
32.08|MADRASAH TSANAWIYAH NEGERI 3 KUNINGAN 416867|Pengadaan Buku Teks Pelajaran MTsN 2 Kuningan|b|pl|72621900|||||buku_bacaan/Teks:3 buku_bacaan:1 cetak_buku:1
31|693578 BALAI KONSERVASI SUMBER DAYA ALAM JAKARTA|Cetakan segel peredaran TSL|b|pl|62217700|||||stiker_label:2 cetak_blanko:1
31|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA KOMUNIKASI DAN DIGITAL|Biaya Rapat Pengadaan Pencetakan Pengadaan Seragam dll Periode Apr (WA.4485.EBA.994.002.0A)|b|pl|47592900|||||MAMIN:2 CETAK:2 DINAS:2
31.71|DIREKTORAT BINA TEKNIK SUMBER DAYA AIR|Langganan Sewa Mesin Printer Direktorat Bina Teknik SDA Tahun 2026|jl|ep|330402000|||||printer:1
31.71|PUSAT PELATIHAN SUMBER DAYA MANUSIA|Belanja Bahan (Kertas Stiker Label 24MM untuk mencetak NUP) Penatausahaan Barang Milik Negara (BMN) [Perencanaan, Penatausahaan, dan Penghapusan BMN] Pusat Pelatihan SDM ANRI|b|ep|3291700|||||stiker_label:1
31.72|PUSAT PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Modal Peralatan dan Mesin Berupa Pengadaan Air Conditioner|b|pl|73868300|||||ac:3 ac/Standing:1
32.73|PUSAT SUMBER DAYA MINERAL, BATUBARA, DAN PANAS BUMI|Pakaian Kerja ASN (208 pegawai)|b|ep|343821500|||||pdh/PDL:3 pdh:2 kaos/Polo:1
31|SEKRETARIAT BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PERHUBUNGAN| Alat Kesehatan|b|ep|100525900|||||alkes:3 bed_pasien:1
31.73|SEKRETARIAT JENDERAL KEMENTERIAN ENERGI DAN SUMBER DAYA MINERAL|Bahan dan Perlengkapan Peralatan Analisis|b|ep|61698600|||||reagen_tes:1 alat_lab/Gelas:1
32.12|MADRASAH TSANAWIYAH NEGERI 8 INDRAMAYU KAB. INDRAMAYU|PENGADAAN BUKU PADA MADRASAH TSANAWIYAH NEGERI 6 KAB.INDRAMAYU|b|ep|8133800|||||buku_bacaan/Teks:2 buku_bacaan:2
32.12|POLRES INDRAMAYU|PENGADAAN ATK POLSEK TYPE C JAJARAN POLRES INDRAMAYU POLDA JABAR T.A. 2026|b|ep|421480700|||||ATK
32.15|BALAI LAYANAN USAHA PRODUKSI PERIKANAN BUDIDAYA KARAWANG|Bahan Bakar Minyak Non Subsidi (BLU)|b|pl|139837500|||||
32.15|POLITEKNIK KELAUTAN DAN PERIKANAN KARAWANG|Full Mission Bridge Simulator 360 Degree|b|t|17452061000|||||
32.16|KANTOR PERTANAHAN KAB. BEKASI|Pelayanan Informasi Buku Tanah melalui SKPT|b|ep|5116000|||||
32.18|POLITEKNIK KELAUTAN DAN PERIKANAN PANGANDARAN (POLTEK KP PANGANDARAN)|Belanja Barang Persediaan Barang Konsumsi Penyelenggaraan Praktek Pendidikan Vokasi KP|b|ep|131279800|||||pakan_ikan:1 benih_ikan:1
32.71|BALAI PENGUJIAN MUTU DAN SERTIFIKASI PRODUK HEWAN BOGOR|Pengadaan Bahan Kimia, Biologi dan Penunjang Pengujian Residu Obat dan AMR (pnbp)|b|ep|1332700|||||reagen_tes/Media:1
32.71|ISTANA KEPRESIDENAN BOGOR|PENGADAAN LAMPU KRISTAL GEDUNG INDUK|b|ep|8030781200|||||lampu_listrik:1
32.71|POLITEKNIK AKA BOGOR|Pengadaan Alat Gelas Reguler|b|ep|220001100|||||alat_lab/Gelas:3 alat_lab:1
32.01|SENTRA "GALIH PAKUAN" DI BOGOR|Paket Bantuan Sosial berupa Alat Bantu Disabilitas|b|ep|15804100|||||kursi_roda:3 kursi_roda/Kruk:3 kursi_roda/Elektrik:1
32.72|BALAI BESAR PERIKANAN BUDIDAYA AIR TAWAR SUKABUMI|Bahan Baku Pakan Ikan Mandiri|b|ep|88300600|||||pakan_ikan:1
32.72|KANTOR IMIGRASI KELAS I NON TPI SUKABUMI|Pengadaan Belanja Barang berupa Tinta / Toner Pada Kantor Imigrasi Kelas I Non TPI Sukabumi-Jawa Barat TA 2026|b|ep|72857100|||||tinta_printer:3 toner:3
32.73|BALAI BESAR PENGAWAS OBAT DAN MAKANAN BANDUNG|3165.BDC.001.051.E.521211 Perlengkapan Peserta Pemberdayaan Masyarakat melalui KIE Obat dan Makanan|b|ep|38745200|||||tas_seminar:3 ATK:2 id_card:1 kaos:1
32.73|RUMKIT BHAYANGKARA BANDUNG|Pengadaan Alat Tulis Kantor dan Cetak (BLU) di RS Bhayangkara Tk II Sartika Asih Bandung|b|ep|33497200|||||ATK CETAK
32.73|UNIVERSITAS ISLAM NEGERI SUNAN GUNUNG JATI BANDUNG|Belanja Modal Peralatan dan Mesin - BLU - FST|b|ep|81438500|||||pc_desktop:1 laptop:1 alat_lab:1
32.74|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN CIREBON|PENGADAAN PERALATAN PENUNJANG PELAYANAN|b|ep|37478000|||||kursi_lipat:1 tv_display:1
32.75|KPU KOTA BEKASI|Pengadaan Barang Cetakan |b|ep|26959000|||||CETAK
32.76|KANTOR IMIGRASI KELAS I NON TPI DEPOK|Pengadaan Mobil Unit Penerangan Pada Kantor Imigrasi Kelas I Non TPI Depok-Jawa Barat Tahun Anggaran 2026|b|ep|356991000|||||kendaraan_khusus/Penerangan:3 mobil:1 kendaraan_khusus:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb8b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Sulawesi Utara/Tengah/Selatan/Tenggara/Barat and Gorontalo (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI,
    ),
    "inaprocb8b2": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat and Nusa Tenggara Timur (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA,
    ),
    "inaprocb8b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        MALUKU_PAPUA,
    ),
    "inaprocb8b4": (
        "FALLBACK INAPROC realisasi K/L 2026, Jawa Barat and DKI Jakarta (agitkasep/inaprocdata)",
        2026,
        False,
        JABAR_DKI,
    ),
}
