# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind5a, a fifth held-out matcher evaluation set (regional government, APBD), with the labeller's graded intent.

Source (public GitHub repository, read with the search tools and a fetched snapshot; SOURCES.md, section "blind5a"):

* FALLBACK, not a new repository: SiRUP paket penyedia of Provinsi Kalimantan Selatan, TA 2026,
  `PAKET_RUP_KALSEL_2026.xlsx` (sheet "Penyedia": Kode RUP, Satuan Kerja, Nama Paket, Pagu, Metode Pemilihan,
  Sumber Dana, Waktu Pemilihan) in hikaridha/sirup-downloader. blind4a used 80 rows of the TA 2025 file of the
  same repository (`PAKET_RUP_KALSEL_2025.xlsx`); the TA 2026 file had not been used by any set. A search of
  the stored public repositories for package-level regional data of other provinces in a repository not yet
  used found scrapers, dashboards and schema dumps without data (SOURCES.md says which), so the brief's
  fallback was taken.

No package name below appears in bench/matcher_eval_needs.py, _blind2.py, _blind3.py, _blind4a.py or
_blind4b.py, and no source name it was made from appears there either (checked programmatically on names
normalised to lowercase alphanumerics). Every row is my own record made from one real package name, reworded
lightly (other tahap, angkatan, bulan, triwulan, semester, ruang, school, segment and kabupaten names or
numbers), the noise of the original kept: ALL CAPS, typos and run-together words ("Mirroles", "Angktan",
"Pengadan", "filmKamera", "soundsystem"), export debris ("&quot;"), MAK-like codes (1.05.01.1.07.0005),
"[ # ]", "(DAK NF)", "(KS)", several items in one name. Pagu is a few per cent off the real package's pagu.
The export has no volume and no procurement type, so the volume is left empty and the type (b, jl, k, ks) is
read from the name; the method is the export's Metode Pemilihan. Region codes: province offices get the
province code 63; UPT whose seat the satker name or its known location gives (UPPD, KPH, pelabuhan perikanan,
Tahura, hospitals, Balai Inseminasi Buatan, Kebun Raya, museum, Taman Budaya) the Kemendagri code of that
seat. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its
MACROS. The specification is empty, as the export has none. The grades were written by reading each package
name against the catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's
output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Selatan, SiRUP RUP paket penyedia, TA 2026 (FALLBACK source, see the docstring).
KALSEL_RUP_2026 = """
63.01|UPPD PELAIHARI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor III|b|ep|2140000|||||ATK
63|INSTALASI FARMASI|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Konsolidasi) Tahap II|b|ep|43650000|||||ATK
63|LABORATORIUM KESEHATAN DAN KESELAMATAN KERJA|Belanja Barang dan Jasa BLUD (Belanja Alat Tulis Kantor (Kertas Alat Tulis Kantor II))|b|ep|16420000|||||ATK:1 kertas_a4:3 kertas_f4:3 kertas_a3:1
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Konsolidasi ATK dan Kertas Cover Bid. Ekosda Tahap II|b|ep|64900000|||||ATK kertas_foto/Karton:3
63|UPTD TERMINAL TIPE B DAN TRANS PERKOTAAN|Belanja ATK, Materai dan Tinta Printer Semester II|b|ep|19950000|||||ATK tinta_printer:3
63|SEKRETARIAT DAERAH|Tinta Hitam ; Tinta Warna Tahap 2|b|ep|10150000|||||tinta_printer:3 toner:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Tinta Printer - Rutin 03|b|ep|8750000|||||tinta_printer:3 toner:1
63.01|UPPD PELAIHARI|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer IV|b|ep|5350000|||||KOMP
63.01|UPPD PELAIHARI|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover IV|b|ep|3120000|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:1
63|BIRO UMUM|Bahan Cetak (Penggandaan/Fotokopi Warna) Triwulan III|b|ep|18900000|||||CETAK:1 fotokopi:2 fotokopi/Print_Warna:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Cetak Map Kedinasan (350 Lembar) Agustus|b|ep|5400000|||||cetak_blanko/Map:3 map_ordner/Map_Batik:2 map_ordner/Stopmap:1
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH PERKEBUNAN|Cetak Map/Amplop/NCR Tahap 2|b|ep|4290000|||||cetak_blanko:1 cetak_blanko/Blanko:2 cetak_blanko/Map:3 amplop/Cetak:3 map_ordner/Map_Batik:2
63|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA|Piagam Pemenang Lomba Posyandu 6 SPM Prov.Kalsel Tahap II|b|ep|745000|||||cetak_blanko/Piagam:3 plakat:1
63|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA|Belanja Piala Lomba Kader Posyandu Prov.Kalsel|b|ep|7450000|||||trofi/Piala:3 trofi/Medali:2 plakat:2
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata Bidang KP (Seksi Distribusi dan Keanekaragaman Pangan) goodie bag 4|b|ep|2420000|||||souvenir:1 tas_seminar:2 souvenir/Goodie:3 tas_seminar/Spunbond:2
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Souvenir Tas Spunbond Angkatan 11|b|ep|2310000|||||tas_seminar:2 tas_seminar/Spunbond:3 souvenir/Goodie:2
63|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata (Pelatihan Kepemimpinan Administrator Angkatan II)|b|ep|16900000|||||souvenir:3 plakat:2 tas_seminar:1
63|DINAS PERPUSTAKAAN DAN KEARSIPAN|Biaya Cetak Spanduk Kegiatan Pengembangan Literasi Berbasis Inklusi Tahap 2|b|ep|3150000|||||cetak_spanduk:3 cetak_spanduk/Baliho:1
63.10|UPPD BATULICIN|Bahan Cetak Spanduk Sosialisasi Pajak Kendaraan|b|ep|13600000|||||cetak_spanduk:3 cetak_spanduk/Baliho:2
63|DINAS PERPUSTAKAAN DAN KEARSIPAN|Belanja Buku Pengetahuan Umum Tahap II|b|ep|97500000|||||buku_bacaan:2 cetak_buku:1
63.71|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Belanja Barang dan Jasa BLUD - Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya - Papan/Plang Nama Ruangan|b|ep|4620000|||||papan_nama:2 papan_nama/Plang:3 papan_nama/Huruf_Timbul:3 stiker_label:1
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat (Pengadaan Papan Seruan Pokmaswas)|b|ep|24300000|||||papan_nama:1 papan_nama/Plang:2 rambu:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Kaos Lengan Panjang (Sablon) Kegiatan Festival Budaya Meratus Tahap II|b|ep|18900000|||||kaos:2 kaos/Kegiatan:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Kain Sasirangan Kegiatan Meratus Geopark Culture Carnival|b|ep|11700000|||||tenun_tradisional:1 tenun_tradisional/Sasirangan:3 batik_seragam/Kain:1
63|DINAS KELAUTAN DAN PERIKANAN|KEGIATAN PENAS XVII TAHUN 2026 PROVINSI GORONTALO (KTNA) - (BAJU SASIRANGAN KTNA )|b|ep|34200000|||||batik_seragam:2 tenun_tradisional:1 tenun_tradisional/Sasirangan:2
63|BADAN KESATUAN BANGSA DAN POLITIK|Belanja Pakaian Batik Tradisional (KEG. SELEKSI CALON PASKIBRAKA KAB/KOTA)|b|ep|14600000|||||batik_seragam:3 batik_seragam/Korpri:1 tenun_tradisional/Sasirangan:1
63|DINAS PARIWISATA|Belanja Pakaian Olahraga Keg. Promosi di TMII (Agustus 2026)|b|ep|43800000|||||kaos:2 kaos/Olahraga:3 sepatu/Olahraga:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Sepatu Olahraga Untuk Klien/Siswa Remaja Angktan 11 dan ABH|b|ep|24300000|||||sepatu:1 sepatu/Olahraga:3
63|DINAS KESEHATAN|Belanja Peralatan dan Mesin-Alat Keselamatan Kerja-Alat Pelindung-Sepatu Lapangan Surveilans|b|ep|5650000|||||apd_kerja:1 sepatu/Boots:2 sepatu/Safety:2 sepatu/PDL:3
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Permohonan Pengadaan Pakaian Kerja dan Alat Pelindung Diri (APD) Instalasi Sanitasi Tahap II|b|ep|20400000|||||apd_kerja:3 pdh/PDL:2 sepatu/Safety:2 bmhp/Masker:1 bmhp/Sarung:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Persediaan Untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkan Kepada Masyarakat (Pakaian Dalam Klien)|b|ep|38400000|||||
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Persediaan Untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkan Kepada Masyarakat (Sendal Jepit)|b|ep|13100000|||||sepatu:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Selimut Klien|b|ep|9300000|||||selimut_kasur:1 selimut_kasur/Selimut:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja Bahan-Bahan Lainnya (Kasur busa dan Ember Besar)|b|ep|12300000|||||selimut_kasur:1 selimut_kasur/Kasur:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal Tempat Tidur Asrama|b|ep|48500000|||||ranjang:3 selimut_kasur/Kasur:1
63|BIRO UMUM|Mebel (Tempat Tidur 120x200) Rumah Jabatan|b|ep|291000000|||||ranjang:2 ranjang/Susun:1 selimut_kasur/Kasur:1
63|BIRO UMUM|Mebel (Kursi Lipat) Gedung Mahligai|b|ep|289500000|||||kursi_lipat:1 kursi_lipat/Futura:3 kursi_lipat/Plastik:1
63|BIRO UMUM|Belanja Mebel Sofa Ruang Tamu Pimpinan|b|ep|121000000|||||sofa:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal Sofa Ruang Tamu|b|ep|7250000|||||sofa:3
63|BIRO UMUM|Meja Kerja Pejabat Eselon II|b|ep|218000000|||||meja_kantor:2 meja_kantor/Pejabat:3 meja_kantor/Lipat:0 meja_rapat:1
63|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Belanja Modal Meja Kerja Pejabat Eselon IV|b|ep|985000|||||meja_kantor:2 meja_kantor/Pejabat:3 meja_kantor/Komputer:1 meja_kantor/Lipat:0
63|UPTD TERMINAL TIPE B DAN TRANS PERKOTAAN|Belanja Modal Meja dan Kursi Kerja Pejabat Kepala UPTD|b|ep|24400000|||||meja_kantor:2 kursi_kantor:2 meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor/Lipat:0
63|BIRO UMUM|Kursi Kerja Pejabat Eselon III|b|ep|43700000|||||kursi_kantor:2 kursi_kantor/Pejabat:3 kursi_kantor/Rapat:1
63|BADAN KESATUAN BANGSA DAN POLITIK|Belanja Modal Kursi Rapat Pejabat Ruang Rapat Kaban|b|ep|20600000|||||kursi_kantor:2 kursi_kantor/Rapat:3 kursi_lipat:1
63|SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN|Belanja Modal Meja Rapat Pejabat (1.05.01.1.07.0005 - Pengadaan Mebel) Ruang Kasatpol|b|ep|25700000|||||meja_rapat:3 meja_kantor:1
63|BIRO UMUM|Lemari dan Arsip Pejabat (Filing Cabinet Besi 4 Laci)|b|ep|34100000|||||lemari_arsip:2 lemari_arsip/Filing:3 lemari_arsip/Rak_Arsip:1 lemari_arsip/Brankas:1
63|BIRO UMUM|Lemari dan Arsip Pejabat (Rak Arsip Mobile)|b|ep|103000000|||||lemari_arsip:1 lemari_arsip/Rak_Arsip:3 rak_buku:1
63|UPTD TERMINAL TIPE B DAN TRANS PERKOTAAN|Belanja Modal Kursi Gandeng Ruang Tunggu Terminal|b|ep|29200000|||||kursi_lipat:1 kursi_lipat/Tunggu:3
63|BIRO UMUM|Mebel (Meja Makan Besar) Rumah Jabatan Gubernur|b|ep|243000000|||||meja_makan:2 meja_makan/Jati:3 meja_rapat:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Kursi Kerja (Pengawas Sekolah)|b|ep|46200000|||||kursi_kantor:3 kursi_kantor/Pejabat:2 kursi_kantor/Rapat:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Meubelair Ruang Tata Usaha Sekolah Luar Biasa di Provinsi Kalimantan Selatan Tahap II|b|ep|640000000|||||MEBEL mebel_sekolah:1 mebel_sekolah/Guru:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Mebel Sekolah SMA/SMK|b|ep|1795000000|||||mebel_sekolah:2 mebel_sekolah/SD:1
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja Modal pengadaan meubel kantor pengelola|b|ep|78000000|||||MEBEL:2
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja Modal Mebel (Asrama Klien Putri)|b|ep|57800000|||||ranjang:2 selimut_kasur/Kasur:1 kursi_lipat/Plastik:1 meja_kantor:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Modal Alat Rumah Tangga (Home Use) lemari kayu pakaian klien Wisma|b|ep|21800000|||||lemari_arsip/Kayu:1 kitchen_set/Lemari:1
63|BIRO UMUM|Pengadaan Alat Rumah Tangga Lainnya (Lemari Es) Rumah Jabatan|b|ep|136000000|||||elektronik_rt/Kulkas:3
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Modal Alat Pendingin/Freezer box Dapur|b|ep|20600000|||||elektronik_rt/Kulkas:1 sarana_ikan/Cool_Box:1
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Pengadaan Alat Kantor Lainnya; Dispenser otomatis galon bawah 2|b|ep|12900000|||||alat_dapur/Dispenser:2
63|BIRO UMUM|Pengadaan Alat Rumah Tangga Lainnya (Dispenser) Gedung Kantor|b|ep|104500000|||||alat_dapur/Dispenser:3
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Pengadaan Alat Pendingin; AC Split/Casette/Stand 4|b|ep|33000000|||||ac:3
63|BIRO UMUM|Pengadaan Alat Pendingin (AC Split) Gedung Setda|b|ep|412000000|||||ac:2 ac/Split:3 service_ac/Bongkar:1
63|BIRO UMUM|Pengadaan Alat Pendingin (AC Ducting) Ruang Aula|b|ep|437000000|||||ac/Standing:1 ac/Split:1
63|BIRO UMUM|Pengadaan Alat Pendingin (Kipas Angin) Tahap II|b|ep|20400000|||||kipas_angin:3 kipas_angin/Exhaust:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal Kipas Angin Asrama|b|ep|1540000|||||kipas_angin:3 kipas_angin/Exhaust:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal Smart TV Ruang Aula|b|ep|24100000|||||tv_display/Smart_TV:3
63|BIRO UMUM|Peralatan Studio Video dan Film (Televisi 43&quot;) Rumah Dinas|b|ep|132000000|||||tv_display/Smart_TV:2 tv_display/Monitor:1
63|BIRO UMUM|Peralatan Studio Video dan Film (Televisi 65&quot;) Gedung Mahligai|b|ep|388000000|||||tv_display/55:2 tv_display/65:3 tv_display/Interactive:1
63.72|BALAI INSEMINASI BUATAN|Belanja Modal Proyektor Ruang Pertemuan|b|ep|24300000|||||proyektor:3 proyektor/Layar:1
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Peralatan Personal Computer : Scanner 7|b|ep|97000000|||||scanner:3
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Pengadaan Peralatan Komputer Lainnya : Komputer PC, Printer dan Laptop Bidang PPM|b|ep|192000000|||||pc_desktop:3 printer:3 laptop:3 printer/Kartu:1 tas_laptop:1
63|BIRO ADMINISTRASI PEMBANGUNAN|Belanja Modal Peralatan Komputer Lainnya Sub kegiatan Penyediaan Peralatan dan Perlengkapan Kantor   (Laptop) II|b|ep|24400000|||||laptop:3 tas_laptop:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Peralatan Studio Gambar ( Kamera Mirroles) Bidang Kebudayaan|b|ep|118000000|||||kamera_cctv/Mirrorless:3
63|UPTD LABORATORIUM LINGKUNGAN|Belanja Modal Alat Studio video dan filmKamera digital Lapangan|b|ep|29100000|||||kamera_cctv/Mirrorless:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Kamera Pengawas TKA SMA|b|ep|488000000|||||kamera_cctv/Paket_CCTV:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal CCTV Asrama|b|ep|38700000|||||kamera_cctv/Paket_CCTV:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja Modal soundsystem indoor pendopo|b|ep|10300000|||||sound_system:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Sound System Aula SMA|b|ep|790000000|||||sound_system:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Videotron Ruang Command Centre Dinas|b|ep|194000000|||||videotron:3 tv_display/Interactive:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Genset SMA Banua|b|ep|339000000|||||genset:2 genset/Honda:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Alat Musik SMA Negeri|b|ep|1520000000|||||alat_musik:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Mesin Fotocopy (Bidang SMA)|b|ep|101000000|||||mesin_fotokopi:3 toner/Fotokopi:1
63|UPTD TERMINAL TIPE B DAN TRANS PERKOTAAN|Belanja Modal alat penghancur kertas dan Printer Loket|b|ep|10300000|||||elektronik_rt/Penghancur:3 printer:3 printer/Kartu:1
63|BIRO UMUM|Pengadaan Modal Peralatan Personal Computer (Mikrotik) Jaringan Setda|b|ep|63000000|||||jaringan:2 jaringan/Mikrotik:3
63|BALAI TEKNOLOGI INFORMASI DAN KOMUNIKASI PENDIDIKAN|Belanja Modal Mesin Ketik Tahap II|b|ep|4150000|||||
63|DINAS PERPUSTAKAAN DAN KEARSIPAN|Biaya Pengadaan Kursi Pijat Elektrik|b|ep|97500000|||||
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Modal Alat Rumah Tangga (Home Use) Gorden untuk Wisma Lansia|b|ep|46500000|||||
63|BIRO UMUM|Alat Rumah Tangga Lainnya (Karpet 300x400) Ruang Rapat|b|ep|36900000|||||selimut_kasur/Tikar:1
63|BIRO UMUM|Pengadaan Alat Dapur (Mesin Kopi) Pantry Pimpinan|b|ep|195000000|||||peralatan_usaha/Barista:2 alat_dapur:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Modal Alat Dapur Asrama|b|ep|26000000|||||alat_dapur:3 kitchen_set:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Alat Rumah Tangga Tempat Sampah (SLBN 1 Banjarbaru)|b|ep|20500000|||||tempat_sampah:3 tempat_sampah/Kantong:1 tempat_sampah/Gerobak:1
63|BIRO UMUM|Alat Rumah Tangga Lainnya (Tempat sampah Terpilah)|b|ep|63000000|||||tempat_sampah:2 tempat_sampah/Terpilah:3 tempat_sampah/Kantong:1 tempat_sampah/Gerobak:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja makan dan minum pada fasilitas urusan pelayanan sosial Klien panti berupa (Beras) bulan Januari|b|ep|4550000|||||beras:3 sembako:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja makan dan minum pada fasilitas urusan pelayanan sosial Klien panti berupa (Lauk) bulan Oktober|b|ep|16100000|||||lauk_segar:3 telur:2 lauk_segar/Sayur:1 lauk_segar/Buah:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja makan dan minum pada fasilitas urusan pelayanan sosial Klien panti berupa (Sayur) bulan Oktober|b|ep|5380000|||||lauk_segar/Sayur:3
63|PANTI REHABILITASI SOSIAL TUNA SOSIAL BARAKAT CANGKAL BACARI|Belanja Bahan Kering Untuk Permakanan Klien Bulan April 2026|b|ep|14300000|||||beras:3 minyak_goreng:3 kopi_teh_gula:3 sembako:2 telur:1
63|PANTI REHABILITASI SOSIAL TUNA SOSIAL BARAKAT CANGKAL BACARI|Belanja Lauk Untuk Permakanan Klien Bulan April 2026|b|ep|50200000|||||lauk_segar:3 telur:2 lauk_segar/Sayur:1 lauk_segar/Buah:1
63|PANTI REHABILITASI SOSIAL TUNA SOSIAL BARAKAT CANGKAL BACARI|Belanja Kue Untuk Permakanan Klien Bulan April 2026|b|ep|15900000|||||snack_box:2 snack_box/Tradisional:3
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Umum Sosial (Permakanan untuk Klien Lansia)|b|ep|262000000|||||PANGAN:1 nasi_box:1 makanan_pasien:2 prasmanan/Harian:2 makanan_pasien/Warga:3
63|PUSAT LAYANAN DISABILITAS DAN PENDIDIKAN INKLUSI|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pendidikan SPA Semester II|b|ep|42600000|||||nasi_box:2 snack_box:1 makanan_pasien:1 makanan_pasien/Siswa:2
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Makan Minum Karyawan Selama Bulan Puasa Ramadhan 2026 (Sahur dan Berbuka)|b|ep|309000000|||||nasi_box:3 snack_box:2 nasi_box/Bungkus:2 prasmanan/Harian:2
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Bahan Makanan dan Minuman Harian Klien - Mei 02|b|ep|33700000|||||PANGAN
63|INSTALASI FARMASI|Belanja Penambah Daya Tahan Tubuh 2|b|ep|16600000|||||pmt:1 susu:3 telur:2 obat/Vitamin:1 pmt/Extra:3 minuman_kemasan/Kacang:2
63|BADAN PERENCANAAN PEMBANGUNAN DAERAH|Belanja Penambah Daya Tahan Tubuh (Makmin CS) Tahap II|b|ep|91800000|||||susu:2 telur:2 nasi_box:1 snack_box:1 pmt/Extra:3
63|BALAI LATIHAN KERJA|Belanja Makanan dan Minuman Rapat berupa Makanan April I|b|ep|3250000|||||nasi_box:3 prasmanan:2 snack_box:1
63|DINAS PERPUSTAKAAN DAN KEARSIPAN|Belanja Makanan dan Minuman Jamuan Tamu Pengembangan Literasi Berbasis Inklusi Sosial Tahap II|b|ep|29800000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
63.06|UPPD KANDANGAN|BELANJA MAKAN MINUM JAMUAN TAMU - ACARA HARI JADI KALSEL|b|ep|4560000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
63|BIRO PEMERINTAHAN DAN OTONOMI DAERAH|Belanja Makanan dan Minuman Rapat (KS) Tahap 2|b|ep|167500000|||||MAMIN
63.06|UPPD KANDANGAN|BELANJA MAKAN MINUM RAPAT - RAPAT PAJAK MBLB|b|ep|16050000|||||MAMIN
63.03|TAMAN HUTAN RAYA SULTAN ADAM|konsumsi kegiatan lapangan patroli|b|ep|15600000|||||nasi_box:2 air_gelas:2 air_botol:2 snack_box:1 nasi_box/Bungkus:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Konsumsi Keg Takmir Ramadhan dan Buka Puasa Bersama|b|ep|14800000|||||nasi_box:3 snack_box:3 prasmanan:2 air_gelas:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Natura dan Pakan-Natura januari|b|ep|12400000|||||nasi_box:2 kopi_teh_gula:2 snack_box:1 prasmanan/Harian:2
63.72|BALAI INSEMINASI BUATAN|Belanja Natura dan Pakan-Pakan Tahap II|b|ep|152000000|||||
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk dijual/diserahkan kepada Masyarakat - Benih Padi Inbrida - Seksi Serealia Bidang TP Tahap II|b|ep|204000000|||||benih_pangan:1 benih_pangan/Padi:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Pengembangan Jagung Hibrida - Benih Jagung (2) - Seksi Serealia|b|ep|438000000|||||benih_pangan:1 benih_pangan/Jagung:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Benih Kedelai - Seksi AKABI -Bidang TP Tahap II|b|ep|19400000|||||benih_pangan:1 benih_pangan/Kedelai:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan pada Masyarakat - Benih Kacang Hijau - Seksi AKABI - Bidang TP (Musim Tanam II)|b|ep|29200000|||||benih_pangan:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Bibit Ubi Kayu (Stek) - Seksi AKABI - Bidang TP|b|ep|366000000|||||bibit_tanaman:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Pengadaan Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat_ Bibit Pengembangan Jeruk Siam Banjar, Pisang, Durian, Bibit Buah Eksotis Kalimantan Selatan dan Fasilitasi Tanaman Hias Kelompok Wanita Tani(PMPPBT_Horti_BTH)|b|ep|758000000|||||bibit_tanaman/Durian:3 bibit_tanaman/Alpukat:2 bibit_tanaman/Tanaman_Hias:2 bibit_tanaman/Kopi:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat - Pengembangan Padi Inbrida - Pupuk NPK - Seksi Serealia Tahap II|b|ep|1495000000|||||pupuk:1 pupuk/NPK:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk dijual/diserahkan kepada Masyarakat -Pupuk Hayati Pengembangan Jagung Hibrida, Padi Lokal dan Padi Khusus - Seksi Serealia|b|ep|248000000|||||biostarter:2 pupuk/Organik:1 pupuk/Kompos:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk dijual/diserahkan kepada Masyarakat - Pengembangan Padi Inbrida - Pestisida Nabati - Seksi Serealia Tahap II|b|ep|122000000|||||pestisida:1 biostarter:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk dijual/diserahkan kepada Masyarakat - Pengembangan Padi Lokal/Rawa - Biopestisida Metarhizium - Seksi Serealia|b|ep|485000000|||||pestisida:1 biostarter:1
63|PERIKANAN BUDIDAYA DAN KESEHATAN LINGKUNGAN|Belanja Bahan-Bahan/Bibit Ternak/Bibit Ikan Tahap II|b|ep|82700000|||||benih_ikan:3 ternak/Ayam:1
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Hibah Sarana Budidaya Ikan Gabus Haruan (Kolam) (Kab. HSS dan Kab. Balangan)|b|ep|146000000|||||sarana_ikan:2 pakan_ikan:3 sarana_ikan/Kolam_Terpal:3 benih_ikan/Gabus:3
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Hibah Sarana Budidaya Ikan Gabus Haruan (Karamba) (Kab. Tapin)|b|ep|88000000|||||sarana_ikan:1 pakan_ikan:2 sarana_ikan/Keramba:2 benih_ikan/Gabus:3
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Hibah Sarana Budidaya Udang Windu (Kab. Kotabaru)|b|ep|97000000|||||sarana_ikan:1 benih_ikan:1 pakan_ikan/Udang:3 sarana_ikan/Aerator:2
63|DINAS KELAUTAN DAN PERIKANAN|Persediaan untuk Dijual/Diserahkan Kepada Masyarakat (Pengadaan Perahu Bermotor Untuk Pokmaswas Tahap II)|b|ep|109000000|||||sar/Perahu:2 sar/Pelampung:1 sar/Ring:1
63.72|BALAI INSEMINASI BUATAN|Belanja Modal Ternak Lainnya Tahap II|b|ep|58000000|||||ternak:1
63.72|BALAI INSEMINASI BUATAN|Belanja N2 Cair untuk Produksi dan Penyimpanan Semen Beku Tahap II|b|ep|195000000|||||
63|DINAS PERKEBUNAN DAN PETERNAKAN|Belanja Modal Alat-Alat Peternakan Kelompok Ternak|b|ep|332000000|||||alat_tani:1 alsintan/Pencacah:2
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Modal Alat Pemeliharaan Tanaman/Ikan/Ternak (Seksi Alsintan) II|b|ep|11600000|||||alat_tani:2 alsintan/Pompa:1
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja Modal pompa air persemaian|b|ep|8700000|||||alsintan/Pompa_Air:2
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja Modal tenda kemah bumi perkemahan|b|ep|19400000|||||sar/Tenda_Dome:3 sar/Tenda_Pleton:1
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja alat pemadam api ringan(APAR) kantor pengelola|b|pl|7100000|||||apar/Powder_3:3 apar/CO2:2 apar/Isi_Ulang:1 apar/Blanket:1
63.71|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Belanja Barang dan Jasa BLUD - Belanja Bahan-Isi Tabung Pemadam Kebakaran Tahunan|b|ep|41300000|||||apar:1 apar/Isi_Ulang:3
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL LANJUT USIA BUDI SEJAHTERA|Belanja Bahan-Isi Tabung Gas januari|b|ep|14600000|||||
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Bahan-Bahan Bakar dan Pelumas (Seksi Alsintan) Tahap II|b|ep|212000000|||||
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya (Obat nyamuk spray) II|b|ep|1490000|||||pestisida/Insektisida:1 pengharum:1
63.03|TAMAN HUTAN RAYA SULTAN ADAM|Belanja lampu emergency pos jaga|b|ep|13400000|||||lampu_listrik:1
63|DINAS PERHUBUNGAN|PENGADAAN TIMBANGAN PORTABLE UPPKB|b|ep|385000000|||||
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Obat E-Purchasing Tahap III Tahun 2026|b|ep|159000000|||||obat:2
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Alat Bantu - Kursi Roda Klien|b|ep|12400000|||||kursi_roda:2 kursi_roda/Standar:3 kursi_roda/Kruk:1
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Cover Bed Stretcher IGD dan Ruang Observasi|b|ep|27300000|||||bed_pasien:1 selimut_kasur/Sprei:1
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Kabel Aksesoris EKG dan Manset Tensi Meter Ruang Rawat|b|ep|34400000|||||alkes/Tensimeter:1
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Alat Kedokteran Bedah Meja Operasi Mayor|b|ep|828000000|||||meja_operasi/Meja:3 meja_operasi/Lampu:1 bed_pasien/Instrumen:1
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadan Alat Laundry dan CSSD Mesin Cuci Satu Pintu Kapasitas Besar|b|ep|832000000|||||elektronik_rt/Mesin_Cuci:1
63.71|RUMAH SAKIT UMUM DAERAH ULIN BANJARMASIN|Belanja Bahan-Isi Tabung Gas (Liquid Oksigen) Tahun 2026|b|ep|7150000000|||||
63.06|UPPD KANDANGAN|BELANJA ALAT/BAHAN KEGIATAN KANTOR - PERABOT KANTOR - ALAT KEBERSIHAN DAN BAHAN PEMBERSIH TAHAP II|b|ep|46900000|||||BERSIH
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS ISKAYA BANARAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik (November)|b|ep|7510000|||||lampu_listrik:3 lampu_listrik/PJU:0 lampu_listrik/Floodlight:1
63|BADAN PENGHUBUNG|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik ( Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor) Tahap 2|b|ep|47800000|||||lampu_listrik:3 lampu_listrik/PJU:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Alat Laboratorium Kimia Dehumidifier SMA|b|ep|10200000|||||alat_lab:1
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH PERKEBUNAN|Belanja Bahan dan Alat Laboratorium Lapangan Uji Benih|b|ep|5130000|||||alat_lab:1 alat_lab/Gelas:2
63|BIRO UMUM|Pengadaan Kendaraan Dinas Operasional Kantor dan/atau Lapangan Roda 2 (Dua) (Kalimantan Selatan) Tahap II|b|ep|164000000|||||sepeda_motor:3
63|BIRO UMUM|Pengadaan Kendaraan Operasional dan/atau Lapangan Roda 4 (Empat) (Kalimantan Selatan) Tahap II|b|ep|1005000000|||||mobil:2 mobil/Triton:3 mobil/Innova:3 mobil/Golf:0
63|BLUD BALAI PENGELOLAAN AIR MINUM BANJARBAKULA|Belanja Modal Kendaraan Tak Bermotor Penumpang Tahap II|b|ep|15100000|||||
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Paket Keterampilan Komputer yang Diserahkan Kepada Klien  Remaja  Angkatan ke-11|b|ep|88000000|||||laptop:3 pc_desktop:3 printer:2
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Bahan Praktek/Bimbingan Keterampilan Tata Rias/Cukur Rambut  Angkatan 11 Klien Remaja|b|ep|34600000|||||peralatan_usaha:1 peralatan_usaha/Rias:2
63|PANTI REHABILITASI SOSIAL TUNA SOSIAL BARAKAT CANGKAL BACARI|Belanja Bahan Keterampilan Home Industri Sasirangan 3|b|ep|85100000|||||tenun_tradisional/Sasirangan:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Paket Keterampilan Bengkel Sepeda Motor  Angkatan 11 Klien Remaja|b|ep|93500000|||||peralatan_usaha/Servis:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Bahan Keterampilan - Ketr Tata Boga 05|b|ep|5950000|||||PANGAN:2 alat_dapur:1
63|PANTI REHABILITASI SOSIAL TUNA SOSIAL BARAKAT CANGKAL BACARI|Belanja Bahan Keterampilan Tata Busana yang Disalurkan 3|b|ep|225000000|||||mesin_jahit:2
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA DAN FISIK FAJAR HARAPAN|Belanja Video Profil Panti|jl|ep|14600000|||||dokumentasi:1 dokumentasi/Video_Profil:3
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK DAN REMAJA MULIA SATRIA|Belanja Sewa Tenda Untuk Peringatan Hari Anak Nasional|jl|ep|10300000|||||sewa_acara:1 sewa_acara/Tenda:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Jasa Sewa Kursi Kegiatan Pameran|jl|ep|4450000|||||sewa_acara:1 sewa_acara/Kursi:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Sewa Alat Musik [ # ] A. Seksi Serealia (10. Gerakan Tanam / Panen) [ # ] B. Seksi Aneka Kacang dan Umbi (11. Gerakan Tanam/Panen AKABI)|jl|ep|24300000|||||sewa_acara/Sound:1
63|SEKRETARIAT DPRD|Belanja Laundry Rumah Tangga Kediaman Pimpinan DPRD|jl|ep|194000000|||||laundry:2 laundry/Kiloan:3
63.71|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Langganan Koran dan Majalah Tahun 2026|jl|pl|13400000|||||
63|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA|Belanja Sewa Mobil Kegiatan TP PKK Prov.Kalsel|jl|ep|151000000|||||mobil:1
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Jasa Penyelenggaraan Acara Kegiatan Pameran Kalsel Expo 2026|jl|ep|87500000|||||sewa_acara:2 dokumentasi:1
63|INSTALASI FARMASI|Belanja Pemeliharaan AC Kantor Gudang Farmasi|jl|ep|8050000|||||service_ac:3
63.71|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Beban Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Rumah Tangga-Alat Pendingin - AC #2|jl|ep|16700000|||||service_ac:3
63|BADAN PENGHUBUNG|Pemeliharaan Genset (Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya) Tahap II|jl|ep|51900000|||||
63|BIRO PENGADAAN BARANG DAN JASA|Beban Kawat/Faksimili/Internet/TV Berlangganan (Biaya Jasa Langganan Whatsapp API Masking (WA Official UKPBJ Prov Kalsel/Aplikasi pendukung lainnya))|jl|ep|24600000|||||perangkat_lunak:1
63|UPTD TERMINAL TIPE B DAN TRANS PERKOTAAN|Petugas Kebersihan PJLP 9|jl|ep|40800000|||||
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|PAKET FULLBOARD KEGIATAN RAPAT KOORDINASI SISTEM PENERIMAAN MURID BARU (SPMB) SMK|jl|ep|291000000|||||prasmanan/Fullday:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pembangunan Kantor Pengawas di SMAN 1 Paringin (Kab. Balangan) (Fisik)|k|pl|137080000|||||semen:1 material_bangunan:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pembangunan Kantor Pengawas di SMAN 1 Paringin (Kab. Balangan) (Konsultasi Perencanaan (Jasa))|ks|pl|17900000|||||
63|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Rekonstruksi Jalan Pelaihari - Takisung Segmen 2|k|ep|3850000000|||||
63|SEKRETARIAT DAERAH|Beban Jasa Konsultansi Pengawasan Pemeliharaan Gedung Bertingkat / Tidak Bertingkat / Halaman Paket 9|ks|pl|19600000|||||
63.10|UPPD BATULICIN|Bahan Cetak Map Dinas Samsat|b|ep|5850000|||||cetak_blanko/Map:3 map_ordner/Map_Batik:2
63.10|UPPD BATULICIN|Pengemudi 2|jl|ep|40800000|||||
63.06|UPPD KANDANGAN|BELANJA ALAT/BAHAN KEGIATAN KANTOR - SUVENIR - MUG CUSTOM LOGO SAMSAT|b|ep|3420000|||||souvenir:1 souvenir/Tumbler:2
63.06|UPPD KANDANGAN|BELANJA MAKAN MINUM AKTIVITAS LAPANGAN - SAMSAT KELILING|b|ep|35100000|||||nasi_box:3 snack_box:2 air_gelas:1 nasi_box/Bungkus:3
63.08|UPPD AMUNTAI|Makan dan Minum Petugas Samsat|b|pl|39700000|||||nasi_box:2 snack_box:2
63.10|KESATUAN PENGELOLAAN HUTAN KUSAN|Penyediaan Peralatan dan Perlengkapan Kantor (Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor) II|b|ep|7180000|||||ATK
63.10|KESATUAN PENGELOLAAN HUTAN KUSAN|Penyediaan Peralatan dan Perlengkapan Kantor (Materai Tempel)|b|ep|1030000|||||
63.09|KESATUAN PENGELOLAAN HUTAN TABALONG|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor ( Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/Semesteran SKPD) Semester II|b|ep|124000|||||ATK
63.09|KESATUAN PENGELOLAAN HUTAN TABALONG|Belanja Makanan dan Minuman Rapat (Penguatan dan Pendampingan Kelembagaan Kelompok Tani Hutan) Tahap II|b|pl|5350000|||||MAMIN
63.02|PELABUHAN PERIKANAN KOTABARU|Belanja Natura dan Pakan-Natura Petugas Pelabuhan|b|ep|15700000|||||nasi_box:2 kopi_teh_gula:2 snack_box:1 prasmanan/Harian:2
63.10|PELABUHAN PERIKANAN BATULICIN|Belanja Makanan dan Minuman Rapat; Belanja Makanan dan Minuman Rapat; Belanja Makanan dan Minuman Jamuan Tamu Tahap II|b|ep|14600000|||||MAMIN prasmanan:3
63.01|PELABUHAN PERIKANAN MUARA KINTAP|Belanja Modal Rambu Tidak Bersuar Kolam Pelabuhan|b|ep|10700000|||||rambu:1
63.01|PELABUHAN PERIKANAN MUARA KINTAP|Belanja Modal Perkakas Bengkel Kerja Dermaga|b|ep|1030000|||||
63.71|PELABUHAN PERIKANAN BANJARMASIN|Alat Studio Lainnya Tahap II|b|ep|6450000|||||sound_system:1 kamera_cctv:1
63.03|RUMAH SAKIT JIWA SAMBANG LIHUM|Belanja Bahan-Bahan Lainnya - Bahan Makanan dan Minuman Pasien Tahun 2026|b|ep|3590000000|||||PANGAN makanan_pasien:1
63.03|RUMAH SAKIT JIWA SAMBANG LIHUM|Belanja Bahan-Bahan Lainnya - Bahan Medis Habis Pakai Tahap II|b|ep|480000000|||||bmhp:3
63.72|KEBUN RAYA BANUA|Belanja Modal Mesin Bor Listrik|b|ep|16000000|||||
63.72|KEBUN RAYA BANUA|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover TW 2|b|ep|5850000|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:1
63.72|MUSEUM LAMBUNG MANGKURAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (DAK NF) Tahap 2|b|ep|9750000|||||ATK
63.72|MUSEUM LAMBUNG MANGKURAT|Belanja Makanan dan Minuman Jamuan Tamu (DAK NF) Pameran Bersama|b|ep|91200000|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
63.72|MUSEUM LAMBUNG MANGKURAT|Biaya Kegiatan Rapat atau Pertemuan di Luar Kantor FullBoard (DAK NF) II|jl|ep|55600000|||||prasmanan/Fullday:1
63.71|TAMAN BUDAYA|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 2|b|ep|1760000|||||ATK
63.71|RUMAH SAKIT UMUM DAERAH ULIN BANJARMASIN|Belanja Modal Alat Kedokteran Lainnya Tahap II|b|ep|6150000000|||||alkes:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); the key does not start with "inaproc": all needs are APBD.
    "b5a1": (
        "FALLBACK Provinsi Kalimantan Selatan SiRUP RUP 2026 (hikaridha/sirup-downloader)",
        2026,
        False,
        KALSEL_RUP_2026,
    ),
}
