# ruff: noqa: E501  (data tables read better one row per line)
"""Needs (RUP packages) of the independent matcher evaluation set, with the labeller's graded intent.

Every row is my own record made from one real package name of the source named by its block (reworded,
other numbers and places, the noise kept); SOURCES.md says which datasets. Rows read

    region | satker | package name | type | method | pagu | volume unit | flags | specification | grades

type: b barang, jl jasa lainnya, k konstruksi, ks konsultansi. method: ep e-purchasing, pl pengadaan langsung,
pn penunjukan langsung, t tender, tc tender cepat, s seleksi, dk dikecualikan. flags: u = flagged UMK,
n = not flagged PDN. grades: `kind:g` grades every product of a kind (bench/matcher_eval_catalog.py),
`kind/word:g` only the products of that kind whose name holds the word (`_` for a space), a `kind/word` token wins over a plain `kind` token, otherwise later tokens win;
upper-case words are groups defined in MACROS; `@18.71` or `@62` records the package's domicile clause
(the specification says it). The grade is the relevance before the law; the law is applied by
bench/matcher_eval_build.py.
"""

from __future__ import annotations

MACROS: dict[str, str] = {
    "ATK": "kertas_a4:3 kertas_f4:3 pulpen:3 spidol:3 map_ordner:3 stapler:3 amplop:3 buku_tulis:3 lakban:3 "
    "stempel:2 kertas_a3:2 kertas_foto:2 flashdisk:1 tinta_printer:1 toner:1 kertas_thermal:1",
    "KOMP": "tinta_printer:3 toner:3 flashdisk:3 aksesori_komputer:2 kertas_a4:1 kertas_foto:1",
    "CETAK": "cetak_blanko:3 cetak_brosur:3 cetak_buku:3 cetak_spanduk:2 fotokopi:2 stiker_label:2 id_card:1",
    "MAMIN": "nasi_box:3 snack_box:3 prasmanan:3 air_gelas:2 air_botol:2 minuman_kemasan:1 kopi_teh_gula:1",
    "BERSIH": "sabun_detergen:3 pembersih_lantai:3 kain_pel:3 sapu:3 tisu:3 pengharum:3 tempat_sampah:3 alat_mandi:1",
    "MEBEL": "meja_kantor:3 kursi_kantor:3 lemari_arsip:3 meja_rapat:3 kursi_lipat:2 sofa:2 rak_buku:2",
    "PANGAN": "beras:3 telur:3 minyak_goreng:3 lauk_segar:3 sembako:2 kopi_teh_gula:2 susu:2",
    "DINAS": "pdh:3 batik_seragam:2 topi_atribut:2 kaos:1 sepatu/PDH:1",
}

# Kab. Bandung, Jawa Barat, TA 2025: ISB exports of SPSE non-tender, e-purchasing V6 and SiRUP (reserved:
# the tuning half only).
BANDUNG = """
32.04|BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM|Belanja Barang Pakai Habis Alat/Bahan untk Kegiatan Kantor- Alat Tulis Kantor + Bahan Cetak|b|ep|26450000|||Belanja ATK dan bahan cetak kegiatan seleksi dan mutasi|ATK CETAK
32.04|SEKRETARIAT DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer|b|pl|1385000|||Bahan komputer kegiatan evaluasi kerja sama|KOMP
32.04|BADAN KEUANGAN DAN ASET DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Stiker Label Box Arsip dan Stiker Rak Arsip)|b|pl|12400000|||stiker label box arsip dan rak arsip|stiker_label:3 stiker_label/Kendaraan:1 map_ordner/Box:2 cetak_blanko:1
32.04|SEKRETARIAT DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor|b|pl|2874000|||||ATK
32.04|KECAMATAN CILEUNYI|Belanja Sosialisasi,Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor|b|pl|3510000|||ATK sosialisasi di kecamatan|ATK
32.04|BADAN KEUANGAN DAN ASET DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Cetak Perda dan Perbup Pertanggungjawaban)|b|pl|88700000|||cetak dan jilid naskah perda/perbup pertanggungjawaban APBD|cetak_buku:3 fotokopi:3 cetak_blanko:2 kertas_a4:1 kertas_f4:1
32.04|BADAN KEUANGAN DAN ASET DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Roll Banner)|b|pl|74300000|||roll banner sosialisasi pajak daerah|cetak_spanduk/Roll:3 cetak_spanduk:2 cetak_brosur/Poster:1
32.04|INSPEKTORAT DAERAH|Pengadaan Alat Tulis Kantor pada Inspektorat Daerah|b|ep|184500000|||ATK satu tahun anggaran|ATK
32.04|DINAS PENDIDIKAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor-Bahan Komputer|b|ep|62800000|||||ATK KOMP
32.04|RSUD CICALENGKA|Belanja Cetakan Umum|b|ep|4080000|||formulir rekam medis, map pasien|cetak_blanko:3 cetak_brosur:1 map_ordner/Cetak:2
32.04|BADAN PENDAPATAN DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata (Suvenir)|b|ep|168000000|||suvenir wajib pajak teladan|souvenir:3 plakat:2 tas_seminar:2 tenun_tradisional/Selendang:1 kopi_umkm:1
32.04|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA|Belanja Makanan dan Minuman Rapat kegiatan Pendampingan Penerapan 6 SPM Layanan Posyandu di Tingkat Kecamatan|b|ep|342000000|9000|kotak||konsumsi rapat 31 kecamatan, nasi kotak dan snack|MAMIN
32.04|SEKRETARIAT DAERAH|Belanja Makanan dan Minuman Jamuan Tamu|b|pl|48000000|||jamuan tamu pimpinan daerah|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
32.04|KECAMATAN SOREANG|Belanja Makanan dan Minuman Rapat|b|pl|9450000|||mamin rapat koordinasi|MAMIN
32.04|PUSKESMAS SUKAJADI|PENYEDIAAN BAHAN MAKANAN TAMBAHAN PMT PUSKESMAS SUKAJADI (BOK),PENYEDIAAN BAHAN MAKANAN TAMBAHAN PMT (BOK)|b|ep|91500000|6000|paket|u|PMT lokal balita gizi kurang 56 hari makan|pmt:3 pmt/Biskuit:2 susu:2 telur:2 lauk_segar:1 beras:1
32.04|PUSKESMAS CIMENYAN|Penyediaan Bahan Makanan Tambahan PMT Puskesmas Cimenyan (BOK 2025)|b|ep|93800000|6200|paket|u|PMT lokal balita dan ibu hamil KEK|pmt:3 susu:2 telur:2 lauk_segar:1
32.04|PUSKESMAS KOPO|PENYEDIAAN BAHAN MAKANAN TAMBAHAN PMT PUSKESMAS KOPO (BOK) ,PENYEDIAAN BHN MAKANAN TAMBAHAN|b|ep|87900000|5800|paket|u||pmt:3 susu:2 telur:2 lauk_segar:1
32.04|DINAS SOSIAL|Belanja Pakaian Kerja|b|pl|73500000|140|stel||pakaian kerja petugas TKSK dan pendamping|pdh:3 kaos/Polo:2 kaos/Rompi:2 topi_atribut:1 sepatu/PDL:1
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Belanja Pakaian Dinas Harian (PDH) (APBD-P)|b|pl|192000000|380|stel||PDH khaki pegawai|DINAS
32.04|INSPEKTORAT DAERAH|Belanja Pakaian Dinas Inspektorat|b|ep|352000000|600|stel|||DINAS
32.04|SEKRETARIAT DAERAH|Belanja Pakaian Dinas KDH dan WKDH|b|pl|185000000|||pakaian dinas kepala daerah dan wakil (PDU, PSH, PSL)|pdh/Sipil:3 pdh/Jas:3 pdh:2 batik_seragam/Tulis:2 batik_seragam:1 sepatu/Pantofel:1
32.04|SEKRETARIAT DAERAH|Pakaian Jas/Safari MTQH Tingkat Provinsi Jawa Barat|b|ep|188000000|420|stel||jas/safari kafilah MTQ|pdh/Jas:3 pdh/Sipil:2 pdh:1 batik_seragam:1
32.04|DINAS PEMUDA DAN OLAH RAGA|Belanja Perlengkapan Atlet Kontingen POPDA|b|ep|255000000|||kaos, training, sepatu, tas atlet|kaos/Olahraga:3 kaos:2 sepatu/Olahraga:3 tas_seminar/Ransel:2 alat_olahraga:1 topi_atribut:1
32.04|DINAS KESEHATAN|Belanja Modal Meja Kerja Pejabat (RSUD Bedas 01.22)|b|ep|11500000|2|unit||meja kerja pejabat|meja_kantor/Pejabat:3 meja_kantor:2 meja_kantor/Lipat:1 meja_rapat:1 meja_operasi:0 bed_pasien/Instrumen:0
32.04|DINAS KESEHATAN|Belanja Modal Kursi Kerja Pejabat (RSUD Bedas 01.22)|b|ep|3700000|1|unit||kursi pejabat high back|kursi_kantor/Pejabat:3 kursi_kantor:2 kursi_kantor/Rapat:1 kursi_roda:0
32.04|DINAS PERTANIAN|Belanja Modal Kursi Kerja Pejabat-Belanja Modal Alat Penyimpan Perlengkapan Kantor [ # ] Penyediaan Peralatan Mebelair|b|pl|85000000|||kursi kerja dan lemari penyimpan|kursi_kantor:3 lemari_arsip:3 meja_kantor:2 rak_buku:2 kursi_lipat:1
32.04|SEKRETARIAT DPRD|Belanja Modal Alat Dapur (Lemari)|b|ep|97500000|||lemari dapur/pantry|kitchen_set:3 alat_dapur:1 lemari_arsip:1 elektronik_rt/Lemari_Es:1
32.04|DINAS KESEHATAN|Belanja Modal Personal Computer (RSUD Bedas 01.22)|b|ep|248000000|20|unit||PC kantor untuk SIMRS|pc_desktop:3 pc_desktop/Workstation:2 laptop:2 ups_listrik:1
32.04|RSUD KELAS B|Balanja Modal Personal Komputer|b|ep|66500000|5|unit|||pc_desktop:3 laptop:2 pc_desktop/Workstation:2 aksesori_komputer:1
32.04|BADAN PENDAPATAN DAERAH|Belanja Modal Komputer Unit Lainnya|b|ep|114000000|||||laptop:3 pc_desktop:3 scanner:1 printer:1 tas_laptop:1
32.04|KECAMATAN PANGALENGAN|Belanja Modal Peralatan Personal Computer|b|pl|17600000|2|unit|||pc_desktop:3 laptop:2 printer:1
32.04|BAPPERIDA|Pengadaan  Alat Penghancur Kertas, AC, Lensa Kamera, Tablet, Laptop, Pc, Hardisk, Printer dan Scanner (Penyediaan Peralatan)|b|ep|660000000|||||elektronik_rt/Penghancur:3 ac:3 laptop:3 pc_desktop:3 printer:3 scanner:3 flashdisk/Harddisk:3 kamera_cctv/Mirrorless:2 tas_laptop:1
32.04|DINAS PERHUBUNGAN|Pengadaan Floodlight LED 120 Watt|b|ep|305000000|180|unit||lampu sorot untuk taman dan simpang|lampu_listrik/Floodlight:3 lampu_listrik/PJU:2 lampu_listrik:1
32.04|DINAS PERHUBUNGAN|Pembangunan PJU Tersebar 3|k|ep|262000000|||pembangunan tiang dan jaringan PJU|lampu_listrik/PJU:2 lampu_listrik/Kabel:1
32.04|KECAMATAN MARGAHAYU|Belanja Modal Alat Pendingin|b|pl|6100000|1|unit||AC split 1 PK ruang pelayanan|ac:3 ac/Standing:1 kipas_angin:1 elektronik_rt/Lemari_Es:1 service_ac:1
32.04|KECAMATAN MARGAHAYU|Belanja Modal Alat Rumah Tangga Lainnya (Home Use)|b|pl|13300000|||dispenser, kompor, rice cooker|alat_dapur:3 elektronik_rt:2 kipas_angin:1
32.04|DINAS PERTANIAN|Belanja Bahan-Bahan/Bibit Tanaman Fasilitasi Bibit Alpukat/Nangka/Jengkol dan Petai|b|pl|165000000|6000|batang|u|bibit buah okulasi untuk kelompok tani|bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:2 bibit_tanaman/Kopi:1 bibit_tanaman/Mahoni:1 bibit_tanaman/Cabai:1 bibit_tanaman/Tanaman_Hias:0
32.04|DINAS PERTANIAN|Belanja Bahan-Bahan Kimia Dukungan Sarana dan Prasarana Usaha Tani Tembakau Bantuan Pupuk ZA dan Pupuk KNO3|b|ep|212000000|||pupuk ZA dan KNO3 untuk petani tembakau DBH-CHT|pupuk/ZA:3 pupuk/KNO3:3 pupuk:2 pestisida:1 biostarter:1
32.04|DINAS PERTANIAN|Penerapan Teknologi Pengendalian OPT Dalam Rangka Peningkatan Produktivitas Pertanian (Pengadaan Bahan Kimia)|b|ep|75900000|||insektisida, fungisida|pestisida:3 alat_tani/Sprayer:1 pupuk:1
32.04|DINAS PERTANIAN|Belanja Obat-Obatan-Obat. [ # ] Obat Hewan (Silpa Isi DAK Non Fisik). Obat Cacing Oral Domba Kambing (1 Liter); Antibiotik|b|ep|15100000|||obat cacing oral dan antibiotik injeksi hewan|obat_hewan:3 obat_hewan/Multivitamin:2 obat:0
32.04|DINAS PERTANIAN|Belanja Obat-Obatan-Obat. Fasilitasi Pelayanan Posterling. Multivitamin Serbuk Unggas|b|ep|2300000|||||obat_hewan/Multivitamin:3 obat_hewan:2 obat/Vitamin:0
32.04|DINAS SOSIAL|Bantuan KUBE Ternak Domba|b|ep|1805000000|720|ekor||domba betina untuk kelompok usaha bersama|ternak/Domba:3 ternak/Kambing:2 ternak:1 obat_hewan:1
32.04|DINAS KETAHANAN PANGAN DAN PERIKANAN|Restoking Ikan Tahap 2|b|pl|68500000|150000|ekor||benih ikan nila dan mas untuk restocking perairan umum|benih_ikan/Nila:3 benih_ikan:2 pakan_ikan:1
32.04|DINAS PENDIDIKAN|Pengadaan APE Dalam PAUD Anggaran Murni Tahun 2025|b|ep|2790000000|||APE dalam ruang untuk PAUD negeri dan swasta|ape_paud/Indoor:3 ape_paud/Puzzle:3 ape_paud/Mobil:3 ape_paud:2 alat_peraga:1 mebel_sekolah:1
32.04|DINAS PENDIDIKAN|Pengadaan Peralaan Media Pendidikan Laboratorium Komputer SD|b|ep|4750000000|||PC, meja komputer, jaringan untuk lab komputer SD|pc_desktop:3 laptop/Chromebook:3 laptop:2 jaringan:2 meja_kantor/Komputer:2 ups_listrik:1 alat_peraga/Komputer:2
32.04|DINAS PENDIDIKAN|Pengadaan TIK Untuk  PKBM|b|ep|830000000|||laptop, proyektor, printer untuk PKBM|laptop:3 proyektor:3 printer:3 pc_desktop:2 tv_display/Interactive:2
32.04|DINAS PENDIDIKAN|PENGADAAN  BAHAN PRAKTEK PELATIHAN MUA|b|ep|995000000|||bahan dan alat praktik tata rias|peralatan_usaha/Rias:3 peralatan_usaha:1
32.04|DINAS KETENAGAKERJAAN|Belanja Jasa Pelatihan Kursus Singkat/Pelatihan Barista Boarding (Golkar) Epokir|jl|pl|119500000|||pelatihan barista 20 hari termasuk instruktur dan konsumsi|peralatan_usaha/Barista:1 kopi_umkm/Biji:1
32.04|DINAS KETENAGAKERJAAN|Belanja Kursus Singkat / Pelatihan Service Hp Kelompok Tani Nanjungwangi Ds. Tanjungwangi Kec. Cicalengka|jl|pl|154000000|||jasa lembaga pelatihan servis HP|peralatan_usaha/Servis:1
32.04|DINAS KETENAGAKERJAAN|Belanja Kursus Singkat/Pelatihan TKM Konveksi dan Hibah Barang Desa Cipaku Kecamatan Paseh|jl|pl|119800000|||pelatihan menjahit dan hibah mesin jahit untuk peserta|mesin_jahit:1
32.04|DINAS KETENAGAKERJAAN|Belanja kursus singkat/ pelatihan Bahasa Jepang|jl|ep|1405000000|||pelatihan bahasa Jepang calon pekerja migran||
32.04|DINAS KEBUDAYAAN|Film Dokumenter Sejarah Kabupaten Bandung|jl|ep|147500000|||produksi film dokumenter|dokumentasi/Film:3 dokumentasi:2
32.04|DINAS KEBUDAYAAN DAN PARIWISATA|Fasilitasi Festival / Pagelaran Pertunjukan Seni Hasil Musrenbang|jl|ep|552000000|||penyelenggaraan festival seni (EO)|sewa_acara:2 dokumentasi:1 sound_system:1 kostum:1
32.04|DINAS PERTANIAN|Belanja Jasa Penyelenggaraan Acara - KTNA EKSPO|jl|pl|98500000|||event organizer pameran KTNA|sewa_acara:2 dokumentasi:1 cetak_spanduk:1
32.04|DINAS KETAHANAN PANGAN DAN PERIKANAN|Belanja Jasa Event Organizer Tipe 1 dan Stand Pameran (Sarasehan Kelompok Pembudi Daya Ikan)|jl|pl|61500000|||EO dan stand pameran|sewa_acara:2 dokumentasi:1
32.04|BAPPERIDA|Belanja Sewa Kendaraan Bermotor Penumpang Sekretaris Badan (Penyediaan Jasa Pelayanan Umum Kantor)|jl|pl|67000000|||sewa kendaraan dinas 12 bulan|mobil:1
32.04|BADAN PENDAPATAN DAERAH|Belanja Sewa Kendaraan Bermotor Khusus (UPTD IV)|jl|ep|97000000|||sewa kendaraan pelayanan pajak keliling|kendaraan_khusus/Pelayanan:1
32.04|BADAN KEUANGAN DAN ASET DAERAH|Belanja Jasa Tenaga Supir|jl|ep|21500000|||tenaga supir outsourcing||
32.04|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Belanja Kawat/Faksimili/Internet/TV Berlangganan|jl|pl|61000000|||langganan internet 12 bulan|jaringan:1
32.04|PUSKESMAS CIPEDES|Belanja Tagihan Telepon (Data Logger)|jl|ep|1310000|||||
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Tenaga WASDAL (Pengawasan dan Pengendalian) 4|jl|pl|35500000|||tenaga pendukung pengawasan||
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Asisten Tenaga Ahli Teknik Jalan dan Jembatan|jl|pl|101000000|||||
32.04|DINAS KESEHATAN|Belanja Jasa Konsultansi Berorientasi Layanan-Jasa Studi Penelitian dan Bantuan Teknik (RIJK)|ks|ep|338000000|||kajian rencana induk jaringan kesehatan||
32.04|RSUD KELAS B|Belanja Jasa Konsultasi Berorientasi Bidang - Telematika (Pengembangan SIMRS)|ks|ep|3650000|||||perangkat_lunak:1
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Pengawasan Rehabilitasi MPP|ks|pl|98000000|||||
32.04|KECAMATAN CIWIDEY|Perencanaan Kantor Kecamatan Ciwidey|ks|pl|99000000|||||
32.04|DINAS PERUMAHAN DAN PERMUKIMAN|Pembangunan Saluran Drainase Kp. Cibogo Rt 03 Rw 02 Desa Lagadar Kec. Margaasih, Kab. Bandung|k|pl|116000000|||saluran pasangan batu dan U-ditch|material_bangunan/U-Ditch:2 semen:1 material_bangunan:1
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Rehabilitasi Jaringan Irigasi Desa Sulaiman Kecamatan Margahayu Jl Terusan Kopo Km. 11|k|pl|99000000|||||semen:1 material_bangunan:1
32.04|DINAS KESEHATAN|Belanja Modal Bangunan Kesehatan (Pelaksanaan Rehab Sedang Pustu Desa Parungserab Kec.Soreang)|k|pl|78000000|||||semen:1 material_bangunan:1
32.04|DINAS PERUMAHAN DAN PERMUKIMAN|Pembangunan Jamban + Septik Tank Desa Gunungleutik, Kecamatan Ciparay Paket 2 (P)|k|pl|75800000|||||biostarter/Septic:1 semen:1
32.04|DINAS PEKERJAAN UMUM DAN TATA RUANG|Pembangunan Bangunan Pelengkap jalan TPT Jl. Kp. Cikenit - Babakan Kec. Arjasari|k|pl|149000000|||||
32.04|DINAS PERHUBUNGAN|Penggantian Box APP Wilayah Soreang|k|pl|119500000|||||
32.04|DINAS LINGKUNGAN HIDUP|Belanja Modal - Belanja Modal Peralatan dan Mesin - Belanja Modal Alat Besar - Belanja Modal Alat Besar Darat - Dump Truck|b|ep|845000000|1|unit||dump truck pengangkut sampah 6 roda|alat_berat/Dump:3 alat_berat:1 kendaraan_khusus:1 mobil/Double:1
32.04|DINAS LINGKUNGAN HIDUP|Belanja Modal - Belanja Modal Peralatan dan Mesin - Belanja Modal Alat Kantor dan Rumah Tangga - Peralatan dan perlengkapan|b|pl|7900000|||tempat sampah terpilah kantor|tempat_sampah/Terpilah:3 tempat_sampah:2
32.04|DINAS LINGKUNGAN HIDUP|Belanja Hibah - Belanja Hibah kepada Badan, Lembaga, Organisasi Kemasyarakatan - Gerobak Sampah|b|ep|148000000|45|unit||gerobak sampah untuk bank sampah|tempat_sampah/Gerobak:3 tempat_sampah:1
32.04|BAPPERIDA|Belanja Modal Kendaraan Bermotor Penumpang, Kendaraan Operasional Bus Roda 4 (Pengadaan Kendaraan Dinas Operasional)|b|ep|655000000|1|unit||minibus operasional|mobil/Hiace:3 mobil/Innova:2 mobil:1 semen/Tiga_Roda:0
32.04|BADAN KESATUAN BANGSA DAN POLITIK|Belanja Hibah Barang kepada Pemerintah Pusat|b|ep|985000000|||hibah barang ke instansi vertikal (jenis ditentukan kemudian)||
32.04|KECAMATAN SOLOKAN JERUK|Fasilitasi Kerja Sama Antar Desa dan Kerja Sama Desa dengan Pihak Ketiga|b|pl|13100000|||||ATK:1 MAMIN:1
32.04|KECAMATAN SOLOKAN JERUK|Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD - Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor|b|pl|1950000|||||ATK
32.04|KECAMATAN CIMAUNG|Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan|b|pl|4900000|||buku peraturan dan bahan bacaan|buku_bacaan/Peraturan:3 buku_bacaan:2 cetak_buku:1
32.04|DINAS SOSIAL|Belanja Bantuan Sosial Barang - Pemberian Bantuan UEP Usaha Olah Pangan Gorengan bagi KPM|b|pl|33800000|||paket usaha gorengan|peralatan_usaha/Gorengan:3 alat_dapur/Kompor:1 minyak_goreng:1
32.04|SATUAN POLISI PAMONG PRAJA|DBH-CHT Sosialisasi kepada Masyarakat tentang Edukasi Penanganan BKC Ilegal|b|pl|99500000|||sosialisasi: mamin, spanduk, kaos|MAMIN:2 cetak_spanduk:2 kaos:2 cetak_brosur:2
32.04|DINAS PENGENDALIAN PENDUDUK DAN KB|Sosialisasi Tipe X.2 (Perpres 33)|b|pl|7900000|||sosialisasi tipe X.2: konsumsi peserta dan bahan|snack_box:2 nasi_box:2 cetak_brosur:1
32.04|RSUD CICALENGKA|Belanja Sewa Alat Kantor Lainnya,Belanja Sewa Alat Kantor Lainnya|jl|ep|252000000|||sewa mesin fotokopi dan printer multifungsi|mesin_fotokopi:1 printer:1
32.04|KECAMATAN SOLOKAN JERUK|Pelatihan Keluarga Tanggap Bencana Rumah Tangga|b|pl|13100000|||bahan pelatihan: APAR, P3K, konsumsi|apar:2 bmhp:1 snack_box:1
32.04|DINAS KESEHATAN|Belanja Modal Alat Kedokteran Bagian Penyakit Dalam (RSUD Bedas 01.22)|b|ep|672000000|||alat kedokteran poli penyakit dalam|alkes:2 bed_pasien:1 meja_operasi:1
32.04|PUSKESMAS CIKARO|Belanja Modal Alat Laboratorium Patalogi Puskesmas Cikaro Tahun 2025|b|ep|30000000|||mikroskop dan alat lab patologi|alat_lab/Mikroskop:3 alat_lab:2 reagen_tes:1
32.04|DINAS PUSKESMAS SOREANG|Belanja Obat-Obatan-Obat Puskesmas (Paracetamol, Amoxicillin, Vitamin)|b|ep|48000000|||obat generik pelayanan dasar|obat/Paracetamol:3 obat/Amoxicillin:3 obat/Vitamin:3 obat:2 obat/Lidocaine:1
32.04|DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN|Pengadaan APAR untuk Kantor Kecamatan dan Pasar|b|ep|64000000|90|tabung|u||apar/Powder_3:3 apar/CO2:2 apar/Isi_Ulang:1 apar/Blanket:1
32.04|DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN|Belanja Modal Kendaraan Pemadam Kebakaran|b|t|3500000000|1|unit||mobil pemadam 5.000 liter|kendaraan_khusus/Pemadam:3 kendaraan_khusus:1 apar:1
32.04|DINAS KESEHATAN|Pengadaan Ambulans Puskesmas (DAK Fisik)|b|ep|1560000000|2|unit||ambulans transport lengkap|kendaraan_khusus/Ambulans:3 mobil:1
32.04|DINAS PERTANIAN|Belanja Modal Alat Pertanian - Hand Traktor Bantuan Poktan|b|ep|290000000|10|unit|||alsintan/Hand_Traktor:3 alsintan/Cultivator:2 alsintan:1
32.04|DINAS PENDIDIKAN|Belanja Modal Meja dan Kursi Siswa SD (DAK)|b|ep|435000000|500|set|||mebel_sekolah/SD:3 mebel_sekolah/SMP:2 mebel_sekolah:1 kursi_lipat:1
32.04|SEKRETARIAT DPRD|Belanja Makanan dan Minuman Reses Anggota DPRD|b|ep|95000000|3800|kotak||nasi kotak kegiatan reses di dapil|nasi_box:3 snack_box:2 prasmanan:2 air_gelas:1
32.04|DINAS SOSIAL|Belanja Permakanan Lansia Terlantar (Panti)|b|ep|185000000|8800|porsi||makan 3 kali sehari penghuni rumah perlindungan sosial|makanan_pasien/Warga:3 makanan_pasien:2 prasmanan/Harian:2 nasi_box:1 PANGAN:1
32.04|DINAS PENDIDIKAN|Belanja Seragam Sekolah Gratis SD Negeri|b|ep|1250000000|9500|stel|||seragam_sekolah/SD:3 seragam_sekolah:2 kaos:1 sepatu:1
32.04|KECAMATAN BALEENDAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak|b|pl|3200000|||||CETAK fotokopi:3
32.04|KECAMATAN KATAPANG|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover|b|pl|4500000|||kertas HVS A4 dan F4, kertas cover|kertas_a4:3 kertas_f4:3 kertas_foto/Karton:3 kertas_a3:2 kertas_thermal:1 kertas_foto:1
32.04|SEKRETARIAT DAERAH|Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor|b|pl|28500000|||tempat sampah, dispenser, gorden|tempat_sampah:2 alat_dapur:2 MEBEL:1
32.04|DINAS KOMUNIKASI DAN INFORMATIKA|Belanja Langganan Internet Dedicated 1 Gbps Dinas Kominfo|jl|ep|1950000000|||layanan ISP 12 bulan|jaringan:1
32.04|DINAS PERHUBUNGAN|Pengadaan Rambu Lalu Lintas dan Traffic Cone|b|ep|185000000|||rambu jalan terpasang dan traffic cone|rambu/Rambu:3 rambu/Cone:3 rambu:2 papan_nama/Plang:1
32.04|BADAN PENANGGULANGAN BENCANA DAERAH|Belanja Bahan Logistik Kebencanaan (Selimut, Tikar, Terpal, Paket Sembako)|b|ep|145000000|||buffer stok logistik bencana|selimut_kasur/Selimut:3 selimut_kasur/Tikar:3 sembako:3 selimut_kasur:2 sar/Tenda:2 alat_mandi:1
32.04|SEKRETARIAT DAERAH|Pengadaan Bendera Merah Putih dan Umbul-umbul HUT RI ke-80|b|pl|45000000|||bendera kantor dan umbul-umbul sepanjang jalan protokol|bendera/Merah_Putih:3 bendera/Umbul:3 bendera:1 susu/Bendera:0 cetak_spanduk:1
"""

# KLPD pusat (kementerian/lembaga) and their vertical offices in many provinces, TA 2026: INAPROC realisasi
# paket exports mirrored in agitkasep/inaprocdata.
INAPROC = """
35.08|KANTOR PERTANAHAN KAB. LUMAJANG|ATK dan Penunjang Komputer (15640 PKT)|b|ep|26800000|||||ATK KOMP
35.16|BBWS BRANTAS|Pengadaan ATK Dukungan Manajemen SNVT Pembangunan Bendungan BBWS Brantas|b|ep|13500000|||||ATK
12.72|LAPAS KELAS II A PEMATANG SIANTAR|PENGADAAN BARANG ATK RUTIN PADA LEMBAGA PEMASYARAKATAN KELAS II A PEMATANG SIANTAR SUMUT TAHUN ANGGARAN 2026|b|ep|88200000|||||ATK
31.73|ARSIP NASIONAL RI|Pengadaan ATK di Lingkungan ANRI Tahun 2026|b|ep|29500000|||||ATK map_ordner/Box_Arsip:3
64.08|KANTOR PERTANAHAN KAB. KUTAI TIMUR|ATK dan Bahan Penunjang Komputer|b|ep|2150000|||||ATK KOMP
51.71|RRI DENPASAR|Keperluan Sehari-hari Perkantoran (ATK)|b|pl|4150000|||||ATK
19.01|KANTOR PERTANAHAN KAB. BANGKA|Pengadaan Alat Tulis Kantor Kegiatan Sidang Panitia Pemeriksa Tanah (Panitia A)|b|ep|1020000|||||ATK
19.71|BIDDOKKES POLDA BABEL|PENGADAAN ATK POLIKLINIK BIDDOKKES DAN URKES JAJARAN 2026|b|pl|49800000|||||ATK
35.16|KANTOR PERTANAHAN KAB. MOJOKERTO|CS.7971.BAH.001.051.0A.521811 ATK|b|ep|805000|||||ATK
74.71|DITRESKRIMUM POLDA SULTRA|ATK RUTIN SUBSATKER DITTAHTI TA. 2026|b|ep|25500000|||||ATK
31.71|DEPUTI BIDANG PEMASARAN KEMENPAR|Belanja ATK dan Komputer Supplies Koordinasi dan Sinkronisasi Konten Promosi|b|ep|41500000|||||ATK KOMP
31.71|DIREKTORAT PENGAMANAN PERDAGANGAN|Pengadaan Alat Tulis Kantor dan Komputer Supplies|b|pl|5900000|||||ATK KOMP
13.71|PALDAM I/BB|ATK TA 2026 PALDAM|b|ep|1110000|||||ATK
33.74|KANTOR IMIGRASI KELAS I TPI SEMARANG|pengadaan ATK Pelayanan Keimigrasian pada Kantor Imigrasi Kelas I TPI Semarang Tahun Anggaran 2026|b|ep|33000000|||||ATK
31.73|DITJEN KEKAYAAN INTELEKTUAL|Pengadaan Belanja Barang Persediaan Barang Konsumsi Berupa Alat Tulis Kantor (ATK) Ke Dua pada Sekretariat DJKI|b|ep|193000000|||||ATK
51.71|KANTOR IMIGRASI KELAS I TPI DENPASAR|Pengadaan Kertas Cetak Hasil Wawancara Pada Kantor Imigrasi Kelas I TPI Denpasar TA 2026|b|pl|37900000|||kertas HVS A4 80 gram|kertas_a4/80:3 kertas_a4:2 kertas_f4:1 kertas_foto:1 kertas_thermal:0
71.71|KANTOR IMIGRASI KELAS I TPI MANADO|Kertas Cetak Hasil Wawancara ukuran A4 pada Kantor Imigrasi Kelas I Manado TahunAnggaran 2026|b|ep|14900000|||||kertas_a4:3 kertas_f4:1 kertas_foto:1
21.71|BP BATAM|Pengadaan Kertas Thermal (Boading Pass)|b|ep|98500000|||kertas thermal untuk boarding pass dan antrian|kertas_thermal:3 kertas_a4:0 kertas_foto:1
31.74|SETJEN KLH/BPLH|Pengadaan Kertas conqueror pada biro hukum dan kerjasama|b|ep|138000000|||kertas conqueror untuk naskah peraturan|kertas_foto/Linen:2 kertas_a4:1
64.72|BPK PERWAKILAN PROVINSI KALIMANTAN TIMUR|Pengadaan Alat Penghancur Kertas|b|ep|34000000|||paper shredder|elektronik_rt/Penghancur:3 elektronik_rt:1 kertas_a4:0
18.06|KANWIL KEMENAG PROV. LAMPUNG|Pengadaan Printer Kertas di Tanggamus|b|ep|6900000|2|unit||printer untuk KUA|printer:3 printer/Kartu:1 printer/A3:2 tinta_printer:1 kertas_a4:0
31.73|SEKRETARIAT JENDERAL BPK|Pengadaan Cetak Foto Kegiatan Pameran Foto|jl|ep|12900000|||cetak foto pameran ukuran besar dan bingkai|cetak_brosur/Poster:2 cetak_spanduk:2 kertas_foto:1
31.73|DITJEN KEKAYAAN INTELEKTUAL|Pengadaan Belanja Penggandaan dan Seminar Kit Kegiatan FGD Penguatan Kebijakan Indikasi Geografis|b|pl|11700000|||penggandaan materi dan seminar kit|fotokopi:3 tas_seminar:3 buku_tulis/Notebook:2 pulpen:2 CETAK:2
31.73|SEKRETARIAT JENDERAL BPK|Pengadaan Penggandaan dan Penjilidan Materi Kegiatan Executive Group Meeting Ke-6|jl|ep|27400000|||||fotokopi:3 cetak_buku:3 cetak_blanko:1
15.08|KANTOR PERTANAHAN KAB. BUNGO|Fotocopy bahan pendukung|b|ep|8600000|||||fotokopi:3 cetak_buku:1 kertas_a4:1
21.72|KPPBC TANJUNG PINANG|Pengadaan Belanja Persediaan Berupa Barang Cetak pada KPPBC Tanjungpinang Tahun Anggaran 2026|b|pl|1930000|||||CETAK
53.71|POLITEKNIK NEGERI KUPANG|Fotokopi/Penggandaan,Cetak Ijazah, Plakat, Transkrip, Soal Ujian, Buku Pedoman, Kalender Akademik, Undangan Wisuda|jl|ep|152000000|||||fotokopi:3 cetak_blanko:3 plakat:3 cetak_buku:3 cetak_brosur:3 cetak_blanko/Piagam:3 trofi:1
61.71|PENGADILAN TINGGI AGAMA PONTIANAK|Sewa Mesin Fotocopy (12 Unit)|jl|ep|840000000|||sewa mesin fotokopi termasuk toner dan servis 12 bulan|mesin_fotokopi:1 toner/Fotokopi:1 fotokopi:1
14.71|KANTOR REGIONAL XII BKN PEKANBARU|Sewa Mesin Fotocopy Kantor Regional XII BKN Pekanbaru|jl|ep|117000000|||||mesin_fotokopi:1 fotokopi:1
31.71|RS BHAYANGKARA PUSAT|BIAYA CETAK (REPRODUKSI) T.A 2026|b|ep|31900000|||cetak formulir medis dan non medis|cetak_blanko:3 cetak_brosur:2 fotokopi:2 stiker_label:1
31.71|RS UMUM ADHYAKSA JAKARTA|Belanja Cetakan Medik dan Non Medik BLU (RS Adhyaksa)|b|ep|8100000|||||cetak_blanko:3 cetak_brosur:2 stiker_label:2
33.74|RUMKIT BHAYANGKARA AKPOL|PENGADAAN SNACK DOKTER SPESIALIS DI RUMAH SAKIT BHAYANGKARA TK.III T.A. 2026|b|ep|24100000|1500|kotak|||snack_box:3 nasi_box:1 kopi_teh_gula:1 minuman_kemasan:1
32.73|BADAN STRATEGI KEBIJAKAN HUKUM|Snack Rapat Biasa JAWA BARAT kegiatan Pembangunan Zona Integritas TA 2026|jl|pl|5900000|||||snack_box:3 nasi_box:1 air_gelas:1
31.71|BADAN PANGAN NASIONAL|Akomodasi dan Konsumsi|jl|ep|16000000|||paket meeting hotel (akomodasi + konsumsi)|prasmanan/Fullday:2 prasmanan:1 nasi_box:1
31.71|SETJEN KEMENHUT|Pembelian nasi box dan air mineral antisipasi unjuk rasa (kkpbmn)|b|pl|73500000|||nasi box petugas pengamanan dan air mineral|nasi_box:3 air_gelas:3 air_botol:3 snack_box:1 nasi_box/Bungkus:3
31.71|SETJEN KEMENHUT|Rapat dalam Kantor (Snack dan Makan)|jl|pl|710000|||||MAMIN
31.73|SEKRETARIAT JENDERAL BPK|Jamuan Rapat dalam rangka Koordinasi proses pengurusan dokumen perjalanan dinas luar negeri|b|ep|9700000|||||MAMIN prasmanan/VIP:3
31.73|BADAN PEMBINAAN IDEOLOGI PANCASILA|(WA.6925) Pengadaan Jamuan Rapat Pimpinan Tanggal 31 Maret 2026|b|pl|67800000|||||prasmanan:3 snack_box:3 nasi_box/Premium:3 nasi_box:2 air_botol:2 kopi_teh_gula:2
53.71|LPP RRI ATAMBUA|Penerimaan Tamu|b|pl|2050000|||jamuan tamu kantor|snack_box:3 kopi_teh_gula:2 air_gelas:2 minuman_kemasan:2 prasmanan:1
36.71|KPU KOTA TANGERANG|Paket Fullboard dan Fullday meeting dalam kota Kegiatan Workshop/Bimtek Sosialisasi Pendidikan Pemilih|jl|ep|245000000|||paket meeting di hotel termasuk ruang dan konsumsi|prasmanan/Fullday:2 prasmanan:1
31.71|KEMENKO BIDANG INFRASTRUKTUR|Paket Kegiatan Rapat/Pertemuan Full Board di Luar Kantor (D4A5052LK)|jl|ep|17500000|||paket fullboard hotel||prasmanan/Fullday:1
31.73|SETJEN DPR RI|Pengadaan Air Mineral Pimpinan Bulan Mei|b|ep|85000000|||air mineral botol dan gelas untuk ruang pimpinan|air_botol:3 air_gelas:3 air_galon:2 minuman_kemasan:1 minuman_kemasan/Teh_Kotak:1
31.71|SETJEN KEMENHUT|Pembelian air mineral (kkpbmn)|b|pl|45000000|||||air_gelas:3 air_botol:3 air_galon:2
32.71|BALAI TEKNIK IRIGASI|Pengadaan Belanja keperluan Sehari-hari Perkantoran (Air Mineral Galon)|b|ep|27000000|1200|galon|||air_galon/Air:3 air_galon:2 air_gelas:1 air_botol:1 alat_dapur/Dispenser:1
32.73|POLITEKNIK PARIWISATA NHI BANDUNG|Pengadaan Isi Ulang Vit Galon dan Sewa Dispenser Bulan Februari 2026|b|pl|10200000|||||air_galon/Air:3 air_galon:2 alat_dapur/Dispenser:1
31.71|MAHKAMAH KONSTITUSI RI|Belanja Bahan Pengadaan Air Minum Galon Persidangan PUU, SKLN dan Perkara Lainnya 006|b|ep|189000000|||||air_galon/Air:3 air_galon:2 air_botol:2 air_gelas:2
12.71|DISTRIK NAVIGASI KELAS III SIBOLGA|Pengadaan Bahan Makanan ABK Aktif Kapal Negara dan Penumpang Dinas|b|pl|58500000|||bahan makanan untuk dapur kapal negara|PANGAN kopi_teh_gula/Kapal_Api:2 sarana_ikan:0
52.71|RUMKIT TK. IV WIRA BHAKTI MATARAM|Belanja Pengadaan Bahan Makanan, Uang Makan Prophilaxis, RM|b|ep|2850000|||||PANGAN makanan_pasien:1
81.71|LAPAS KELAS II B TUAL|Pengadaan Bahan Makanan Tahanan, Anak, Narapidana, Anak Binaan dan Anak Bawaan pada Lapas Tual|b|ep|835000000|||bahan makanan 3 kali sehari WBP|PANGAN makanan_pasien/Warga:3 makanan_pasien:1
73.06|LAPAS NARKOTIKA KELAS IIA SUNGGUMINASA|Pengadaan Bahan Makanan bagi Warga Binaan Pemasyarakatan pada Lapas Narkotika Kelas IIA Sungguminasa|b|ep|5480000000|||bahan makanan WBP 12 bulan|PANGAN makanan_pasien/Warga:3 makanan_pasien:1
13.71|KSOP KELAS II TELUK BAYUR|BAHAN MAKANAN|b|ep|3050000|||||PANGAN
51.06|RUTAN KELAS II B BANGLI|Pengadaan Barang Penyediaan Makanan / Minuman (EXtra Voeding) Bagi Petugas Jaga Malam pada Rutan Bangli|b|ep|5500000|||susu, kacang hijau, telur untuk petugas jaga|pmt/Extra:3 susu:3 telur:2 pmt:2 minuman_kemasan/Kacang:2 kopi_teh_gula:1
73.17|RUTAN KELAS II B MASAMBA|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Rutan Kelas IIB Masamba - Sulawesi Selatan|b|ep|3650000000|||||PANGAN makanan_pasien/Warga:3
76.04|LAPAS PEREMPUAN KELAS III MAMUJU|Pengadaan Belanja Bahan Extra Fooding Ibu Hamil, Extra Fooding Ibu Menyusui, Ekstra Voeding Anak Bawaan|b|pl|1140000|||||pmt/Biskuit:3 pmt/Extra:3 pmt:2 susu:3 telur:2
33.08|KPU KABUPATEN MAGELANG|Pengadaan Sembako Guna Kegiatan Santunan Anak Yatim|b|pl|1080000|||||sembako:3 beras:2 minyak_goreng:2 telur:1
21.01|PANGKALAN PLP TANJUNG UBAN|Pengadaan Bahan Makanan untuk ABK Aktif dan ABK Cadangan Kapal Patroli Bulan Juni Tahun 2026|b|pl|70000000|||||PANGAN
61.71|DISTRIK NAVIGASI PONTIANAK|Pengadaan Bahan Makanan Bulan Juni Tahun 2026 untuk Petugas Operasional Distrik Navigasi Pontianak|b|pl|165000000|||||PANGAN
31.73|RUTAN KELAS I JAKARTA PUSAT|Pengadaan Extra Voeding bagi Warga Binaan selama bulan puasa pada Rutan Kelas I Jakarta Pusat|jl|ep|362000000|||takjil dan extra voeding WBP|pmt/Extra:3 snack_box/Tradisional:2 susu:2 minuman_kemasan/Kacang:2
51.71|BALAI POM DI DENPASAR|Paket Eksekutif|jl|ep|3900000|||paket makan siang eksekutif rapat|nasi_box/Premium:3 nasi_box:2 prasmanan:2 snack_box:1
21.71|BP BATAM|Pengadaan Makan Pasien|b|ep|179000000|||makanan pasien RS BP Batam|makanan_pasien/Pasien:3 makanan_pasien:2 nasi_box:1 PANGAN:1
35.78|BALAI POM SURABAYA|Belanja Barang Persediaan Barang Konsumsi (QIA.001.053.A)|b|ep|2500000|||||ATK:1 BERSIH:1
61.03|BNN KABUPATEN SANGGAU|Belanja Barang Persediaan Barang Konsumsi|b|ep|990000|||||ATK:1 BERSIH:1
31.71|BASARNAS|Belanaj Barang Persediaan Barang Konsumsi|b|ep|27500000|||||ATK:1 BERSIH:1
65.01|KANTOR PERTANAHAN KAB. BULUNGAN|Belanja Barang Persediaan Barang Konsumsi|b|ep|355000|||||ATK:1
73.73|PENGADILAN NEGERI MALILI|Belanja Barang Persediaan Barang Konsumsi|b|ep|6450000|||||ATK:1 BERSIH:1
73.71|RUMKIT BHAYANGKARA MAKASSAR|Belanja Barang Persediaan Lainnya - BLU|b|ep|10900000|||||bmhp:1 obat:1
51.71|DINAS PERTANIAN DAN KETAHANAN PANGAN PROVINSI BALI|Belanja Bahan|b|ep|640000|||||ATK:1
64.02|KPU KABUPATEN KUTAI KARTANEGARA|00094_KW_670913_2026 Belanja Bahan 7018.QDB.002.111.A.521211|b|ep|150000|||||ATK:1 MAMIN:1
35.78|KANTOR PERTANAHAN KOTA MADIUN|Belanja Alat Rumah Tangga dan Alat-alat Kebersihan Kantor Pertanahan Kota Madiun Tahun 2026|b|ep|2600000|||||BERSIH alat_dapur:2
31.71|SETTAMA BADAN POM|Perlengkapan Cleaning Service|b|ep|46000000|||||BERSIH apd_kerja/Sarung_Tangan:2 apd_kerja/Masker:1 sepatu/Boots_Karet:2 jas_hujan:1
31.73|PUSAT PENGELOLAAN KOMPLEK KEMAYORAN|Pengadaan Jasa Cleaning Service|jl|ep|2400000000|||tenaga cleaning service 36 orang x 12 bulan|BERSIH:1
35.24|PENGADILAN NEGERI LAMONGAN|Petugas Kebersihan dan Satpam|jl|ep|460000000|||outsourcing||
13.71|KANTOR SAR PADANG|Penyedia Tenaga Alih Daya (Outsourching) Satpam, Pramubakti dan Alat Kebersihan|jl|ep|715000000|||||BERSIH:1
33.02|POLRESTA BANYUMAS|PENGADAAN ULP NON ORGANIK/JAGA FUNGSI POLSEK JAJARAN POLRESTA BANYUMAS T.A. 2026|jl|ep|89500000|||uang lauk pauk jaga fungsi (katering)|nasi_box:2 makanan_pasien:1 prasmanan/Harian:2
36.03|LAPAS PEREMPUAN KELAS II A TANGERANG|Kegiatan Pemenuhan Peralatan Mandi Pada Lembaga Pemasyarakatan Perempuan TA 2026|b|ep|21000000|||paket sabun, sikat gigi, pasta gigi untuk WBP|alat_mandi/Paket:3 alat_mandi:2 sabun_detergen:2 tisu:1
63.71|RUTAN KELAS II B KANDANGAN|Pengadaan Barang Untuk Kegiatan Pemenuhan Kebutuhan Sandang Sehari-hari WBP|b|ep|37000000|||pakaian, selimut, perlengkapan mandi WBP|kaos:2 selimut_kasur:2 alat_mandi:2 sabun_detergen:1
31.74|PUSAT PENGEMBANGAN SDM HAM|Pengadaan Seragam PDL untuk Kegiatan Penyelenggaraan Pelatihan Dasar CPNS|b|ep|315000000|700|stel|||pdh/PDL:3 pdh:2 topi_atribut:2 sepatu/PDL:2 kaos:1
62.11|KPU KABUPATEN GUNUNG MAS|Belanja Barang Operasional Lainnya Pengadaan Pakaian Dinas|b|ep|22500000|||||DINAS
13.71|KANWIL DITJEN IMIGRASI SUMATERA BARAT|Pengadaan Seragam Pegawai Kantor pada Kanwil Ditjen Imigrasi Sumatera Barat Tahun 2026|b|ep|163000000|||||DINAS
35.24|SEKRETARIAT BAWASLU KABUPATEN LAMONGAN|Belanja Pakaian Dinas Pegawai Bawaslu Kabupaten Lamongan|jl|ep|38700000|||||DINAS
35.78|RUMKIT BHAYANGKARA SURABAYA|PENGADAAN SERAGAM BATIK DAN SERAGAM BIRU BULAN JUNI 2026|b|ep|1520000|||||batik_seragam:3 pdh:2 kaos/Polo:1
35.78|POLITEKNIK PELAYARAN SURABAYA|Belanja Barang Berupa Pakaian Dinas Harian dan Pakaian Dinas Upacara Diklat Peningkatan Nautika dan Teknika|b|ep|315000000|||||DINAS sepatu/PDH:2
51.05|UPP NUSA PENIDA|Pakaian tenaga Non ASN|b|ep|5600000|||||pdh:3 kaos/Polo:2 kaos:1
63.08|BAPAS KELAS II AMUNTAI|Pengadaan Pakaian Petugas Kebersihan/Pramubakti pada Bapas Amuntai - Kalimantan Selatan|b|pl|2450000|||||pdh/Seragam_Kerja:3 pdh:2 kaos/Polo:2 kaos:1
15.71|BALAI TN BERBAK DAN SEMBILANG|Pakaian Dinas (PDL)|b|ep|102000000|||||pdh/PDL:3 pdh:2 sepatu/PDL:2 topi_atribut/Rimba:2 jas_hujan:1
31.71|INSPEKTORAT BMKG|Pakaian Dinas Harian Pegawai,Pakaian Kerja Pramubakti,Pakaian Kerja Pengemudi,Pakaian Dinas Lapangan Pegawai|b|pl|114000000|||||DINAS pdh/PDL:3
31.73|DIREKTORAT SARANA DAN KESELAMATAN TRANSPORTASI JALAN|Pengadaan Pakaian Korps Pegawai Negeri (Batik Korpri)|b|pl|94500000|||||batik_seragam/Korpri:3 batik_seragam:2 pdh:1
33.01|STASIUN PSDKP CILACAP|Pakaian Dinas Lapangan Lengan Panjang II|b|ep|99000000|||||pdh/PDL:3 pdh:2 kaos:1
73.71|BALAI REHABILITASI BNN BADDOKA|Pengadaan Kaos Klien|b|pl|47500000|||kaos seragam klien rehabilitasi|kaos/Cotton:3 kaos:2 pdh:0
81.72|DISTRIK NAVIGASI TUAL|Pengadaan Pakaian Dinas Lapangan|b|pl|130000000|||||pdh/PDL:3 pdh:2 sepatu/PDL:2
33.14|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SURAKARTA|Belanja Barang Persediaan Safety Shoes UPTD Technopark Sragen|b|ep|5250000|||||sepatu/Safety:3 sepatu/Boots:2 sepatu:1 apd_kerja:1
51.71|KANTOR IMIGRASI KELAS I TPI DENPASAR|Pengadaan Perlengkapan dan Atribut Seragam pada Kantor Imigrasi Kelas I TPI Denpasar TA 2026|b|pl|69000000|||||topi_atribut:3 pdh:2 sepatu:1
13.08|PENGADILAN NEGERI PASAMAN BARAT|Pengadaan Kursi Pengunjung Sidang|b|ep|6500000|||kursi tunggu/pengunjung|kursi_lipat/Tunggu:3 kursi_lipat:2 kursi_kantor/Rapat:2 kursi_kantor:1 kursi_roda:0
31.71|POLITEKNIK STMI JAKARTA|Pengadaan Meja Ruang Rapat/Training|b|ep|72000000|||||meja_rapat:3 meja_kantor/Lipat:2 meja_kantor:1 meja_operasi:0
21.03|PENGADILAN NEGERI NATUNA|Pengadaan peralatan fasilitas perkantoran meubelair Hakim|b|ep|27500000|||||MEBEL
13.06|PENGADILAN AGAMA MANINJAU|Pengadaan Meubelair|b|ep|18000000|||||MEBEL
73.71|POLITEKNIK STIA LAN MAKASSAR|Pengadaan Lemari Arsip Politeknik STIA LAN Makassar tahun 2026|b|ep|6700000|||||lemari_arsip:3 lemari_arsip/Roll:1 lemari_arsip/Brankas:1 rak_buku:1 elektronik_rt/Lemari_Es:0
52.01|BPDAS DODOKAN MOYOSARI|Pengadaan lemari besi 3 pintu pada Sarana Prasarana Pendukung Rehabilitasi Hutan|b|ep|13200000|||||lemari_arsip/Besi:3 lemari_arsip:2 elektronik_rt/Lemari_Es:0
53.71|PENGADILAN TINGGI KUPANG|Pengadaan Meja dan Kursi CPNS (3 set)|b|ep|9800000|3|set||meja kerja dan kursi kerja staf|meja_kantor:3 kursi_kantor:3 meja_kantor/Pejabat:1 kursi_kantor/Pejabat:1 mebel_sekolah:0
31.71|KOMNAS HAM|Pengadaan Meja Kerja dan Kursi Kerja Komnas Perempuan|b|ep|155000000|||||meja_kantor:3 kursi_kantor:3 MEBEL:1
32.78|UNIVERSITAS SILIWANGI|BOPTN - Pengadaan Ekstrakompatibel Meubeler dan Kelengkapan Pembelajaran Gedung FIK|b|ep|25500000|||||MEBEL mebel_sekolah:2
91.71|KANTOR IMIGRASI KELAS I JAYAPURA|Pengadaan Sice, Portable Air Conditioner, Meja Rapat, Kursi Besi Metal, Kasur, Tempat Tidur Kayu dan Dispenser|b|ep|157000000|||||sofa:3 meja_rapat:3 kursi_kantor/Rapat:3 selimut_kasur/Kasur:3 ranjang/Kayu:3 alat_dapur/Dispenser:3 ac:2 kursi_lipat:2
32.09|KSOP CIREBON|Pengadaan Meja Kantor|b|ep|10200000|||||meja_kantor:3 meja_rapat:2 meja_makan:0 meja_operasi:0 alat_olahraga/Pingpong:0
34.71|BPK PERWAKILAN DI YOGYAKARTA|Pengadaan Meja Podium dan Meja Penandatangan|b|ep|19800000|||||meja_kantor:2 meja_rapat:2
31.71|KEMENDESA PDTT|Pengadaan Meubeler Klinik Pratama Kalibata|b|ep|342000000|||meja, kursi tunggu, lemari obat, bed periksa|bed_pasien:3 kursi_lipat/Tunggu:3 meja_kantor:2 lemari_arsip:2 kursi_kantor:2
36.03|PELAKSANAAN PRASARANA STRATEGIS BANTEN|Pengadaan Mebeler Renovasi Sekolah Rakyat Tahap Id Kabupaten Tangerang (PPI Curug) 3|b|ep|4320000000|||meja kursi kelas, ranjang asrama, lemari|mebel_sekolah:3 ranjang:3 lemari_arsip:2 meja_makan:2 MEBEL:2
31.71|SEKRETARIAT KEMENTERIAN/SEKRETARIAT UTAMA|Pengadaan Meja dan Kursi Kerja|b|ep|273000000|||||meja_kantor:3 kursi_kantor:3 MEBEL:1
31.74|ITJEN KEMENPERIN|Pengadaan Sarana Penunjang kegiatan perkantoran berupa Kitchen Set|b|ep|138000000|||||kitchen_set:3 alat_dapur:1 meja_makan:1
31.71|PPATK|Pengadaan Meja Lipat Banquet TA 2026|b|ep|47000000|||||meja_kantor/Banquet:3 meja_kantor/Lipat:3 meja_rapat:1 kursi_lipat:1
73.71|BALAI DIKLAT PEMERIKSAAN KEUANGAN MAKASSAR|Pengadaan Meja Belajar Kelas|b|ep|147000000|||meja belajar peserta diklat|mebel_sekolah:3 meja_kantor:2 meja_rapat:1
31.72|PUSAT PENDIDIKAN DAN PELATIHAN KEMENSOS|Pengadaaan Barang Perlengkapan Pengasramaan Siswa Pada SRMP 24 Gowa (PPK Wilayah 5)|b|ep|43000000|||kasur, bantal, sprei, selimut, lemari asrama|selimut_kasur:3 ranjang:2 alat_mandi:1 lemari_arsip:1
31.74|PUSDIKLAT KEMENSOS|Pengadaan Barang Perlengkapan Pengasramaan Siswa Sekolah Rakyat di SRT 17 Cimahi|b|ep|52500000|||||selimut_kasur:3 ranjang:2 alat_mandi:1
31.71|BPPSDM PERTANIAN|Laptop 4 Unit|b|ep|49000000|4|unit|||laptop:3 laptop/Chromebook:2 tas_laptop:1 pc_desktop:1
31.73|SEKRETARIAT JENDERAL KEMENKUM|Laptop|b|ep|231000000|||||laptop:3 pc_desktop/All:1 tas_laptop:1
33.72|BBWS BENGAWAN SOLO|Pengadaan Peralatan Operasional Kantor berupa PC AIO dan Laptop|b|ep|61900000|||||pc_desktop/All:3 laptop:3 pc_desktop:2
31.73|MUSEUM BPK RI|Pengadaan Proyektor 5500 Lumens pada Museum BPK RI|b|ep|33500000|||||proyektor/Lumens:3 proyektor:2 tv_display/Interactive:1 videotron:1
31.71|BPK PERWAKILAN PROVINSI DKI JAKARTA|Pembelian Komputer Supplies|b|ep|52000000|||||KOMP
31.73|DITJEN PERUMAHAN PERKOTAAN|Pengadaan Suplies Komputer Direktorat Pembiayaan Perumahan Perkotaan|b|ep|35000000|||||KOMP
62.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI|PC Unit|b|ep|44500000|||||pc_desktop:3 laptop:2
21.71|KSOP TANJUNG UBAN|Tinta Suku Cadang Printer Buku Pelaut|b|ep|117000000|||tinta dan ribbon printer passbook|tinta_printer:3 toner:2 printer:1
35.73|PENGADILAN MILITER III-11 MADIUN|Komputer disabilitas|b|ep|12900000|||PC dengan perangkat bantu disabilitas|pc_desktop:2 aksesori_komputer:1
63.71|DITINTELKAM POLDA KALSEL|HAR LAPTOP|jl|ep|1430000|||perbaikan laptop||laptop:1
81.71|BPK PERWAKILAN PROVINSI MALUKU|Printer|b|ep|203000000|||||printer:3 printer/Kartu:1 scanner:1 tinta_printer:1
34.71|BPK PERWAKILAN DIY|Pengadaan Printer AIO|b|ep|146000000|||printer all in one print scan copy|printer/Print_Scan:3 printer/All_in_One:3 printer/Multifungsi:3 printer:2 printer/Kartu:1 scanner:1
13.71|KSOP TELUK BAYUR|Printer Warna|b|ep|14800000|||||printer/EcoTank:3 printer/PIXMA:3 printer/A3:3 printer/Brother:3 printer/Laser:1 printer/Kartu:1 tinta_printer:1
51.71|BALAI PENGEMBANGAN KOMPETENSI PU WILAYAH VIII|PENGADAAN PRINTER DAN SCANER|b|ep|22000000|||||printer:3 scanner:3 tinta_printer:1
35.73|RRI MALANG|Mesin Scanner|b|pl|980000|||||scanner:3 printer:1
18.71|BP2JK WILAYAH LAMPUNG|Pengadaan Alat Pemindai Kertas untuk Digitalisasi Arsip BP2JK Wilayah Lampung|b|ep|10700000|||||scanner:3 scanner/Flatbed:2 kertas_a4:0
31.71|POLITEKNIK STMI JAKARTA|Pengadaan Smart TV Ruang Rapat/Training/Dashboard|b|ep|39000000|||||tv_display/Smart_TV:3 tv_display:2 videotron:1 proyektor:1
36.71|BALAI DIKLAT PEMERIKSAAN KEUANGAN|Pengadaan Videotron Kelas|b|ep|133000000|||||videotron/Indoor:3 videotron:2 tv_display/Interactive:2 tv_display:1
13.71|PENGADILAN TINGGI PADANG|Pengadaan Videotron|b|ep|342000000|||videotron ruang sidang utama|videotron/Indoor:3 videotron:2 tv_display/Interactive:1
15.71|PENGADILAN TINGGI JAMBI|Pengadaan Videotron|b|ep|270000000|||||videotron/Indoor:3 videotron:2 tv_display/Interactive:1
31.73|SETJEN KEMENDAGRI|Pekerjaan Sewa LED Screen Ruang Konferensi Pers Selasar Gedung B|jl|ep|795000000|||sewa videotron 12 bulan||videotron:1
18.71|BPK PERWAKILAN PROVINSI LAMPUNG|Pengadaan Belanja Modal AC Cassette|b|ep|106000000|||AC cassette 3 PK|ac/Standing:2 ac:2 service_ac:1
31.71|BKKBN PUSAT|Pengadaan AC 2 Pk dan Lemari Es|b|ep|30000000|||||ac/2_PK:3 elektronik_rt/Lemari_Es:3 ac:2 elektronik_rt:1
31.71|BAPPENAS|Pekerjaan Pengadaan Perbaikan AC VRF Gedung Arsip|jl|pl|62800000|||perbaikan sistem AC VRF gedung|service_ac:2 ac:1
61.01|BNPP|Pengadaan Kipas dan Smart TV Wisma Indonesia untuk PLBN Aruk|b|ep|129000000|||||kipas_angin:3 tv_display/Smart_TV:3 tv_display:2 ac:1
31.71|DEWAN NASIONAL KAWASAN EKONOMI KHUSUS|CCTV Fasilitasi Kebutuhan Perkantoran Layanan Sarana Internal|b|ep|338000000|||||kamera_cctv/CCTV:3 kamera_cctv/Harddisk:2 kamera_cctv:1 jaringan:1
31.72|POLITEKNIK PEKERJAAN UMUM|Pengadaan CCTV Kawasan Rusun dan Workshop Kampus 2 Politeknik PU|b|ep|365000000|||||kamera_cctv/CCTV:3 kamera_cctv/IP:3 kamera_cctv:2 jaringan:1
73.71|UPP TELAGA BIRU|HARDDISK CCTV|b|ep|10800000|||||kamera_cctv/Harddisk:3 flashdisk/Harddisk:2 kamera_cctv:1
31.71|BPSDM INDUSTRI|Pengadaan Perangkat Tablet, AC, dan CCTV|b|ep|11200000|||||ac:3 kamera_cctv/CCTV:3 laptop:1
31.73|SETJEN KEMENKUM|Pengadaan Belanja Modal Peralatan dan Mesin berupa Handy Talky dan Water Heater pada Biro Umum|b|ep|223000000|||||elektronik_rt/Handy:3 elektronik_rt/Water:3 elektronik_rt:1
31.71|KANTOR PUSAT BADAN GIZI NASIONAL|Pekerjaan Pengadaan Alat Pendukung Operasional Kantor Pusat|b|ep|415000000|||peralatan kantor (jenis belum dirinci)|MEBEL:1 laptop:1
94.08|UPBU NUMFOR|PENGADAAN OPERASIONAL GENSET|b|pl|15000000|||BBM dan pelumas operasional genset||genset:1
31.73|ISTANA KEPRESIDENAN JAKARTA|Pengadaan Kendaraan Listrik (Golf Car)|b|ep|3290000000|11|unit|||mobil/Golf:3 kendaraan_khusus:1 sepeda_motor/Listrik:1
17.71|KANTOR WILAYAH KEMENKUM BENGKULU|Belanja Sewa Kendaraan pada Kantor Wilayah Kementerian Hukum Bengkulu Tahun Anggaran 2026|jl|ep|520000000|||sewa kendaraan 12 bulan termasuk pengemudi|mobil:1
63.04|KANTOR PERTANAHAN KAB. BARITO KUALA|Sewa Kendaraan Roda 4/Minibus Operasional Kantor dan/atau Lapangan|jl|ep|78000000|||||mobil:1
11.06|LAPAS KELAS III LHOKNGA|Pengadaan Sewa Kendaraan Operasional pada Lapas Kelas III Lhoknga - Aceh Tahun 2026|jl|ep|66000000|||||mobil:1
35.07|KANTOR KEMENHAJ KAB. MALANG|Sewa Kendaraan Operasional Kemenhaj dan Umrah Kota Batu|jl|ep|49500000|||||mobil:1
31.73|KEMENPAN RB|BUK Sewa mobil Operasional|b|ep|93000000|||||mobil:1
14.05|KANTOR IMIGRASI KELAS II TPI SIAK|Pengadaan Mobil Penerangan Darat (Paspor Keliling) pada Belanja Modal Peralatan dan Mesin Kendaraan Bermotor|b|ep|690000000|1|unit|||kendaraan_khusus/Pelayanan:3 kendaraan_khusus/Penerangan:3 mobil:1
61.02|KPPBC SINTETE|Pengadaan Kendaraan Dinas Operasional Roda 4|b|ep|415000000|1|unit|||mobil/Innova:3 mobil/Triton:3 mobil:2 mobil/Golf:1 semen/Tiga_Roda:0 sepeda_motor:0
51.71|RRI DENPASAR|Kendaraan Bermotor Roda 4|b|ep|7900000|||perawatan dan suku cadang kendaraan roda 4||mobil:1
33.29|POLRES BREBES|PEMELIHARAAN KENDARAAN BERMOTOR RODA 2 POLSEK JAJARAN POLRES BREBES TA. 2026|jl|ep|163000000|||servis berkala kendaraan roda 2||sepeda_motor:1
31.71|SETDITJEN PERIKANAN BUDIDAYA|Pengadaan Alat Berat (Excavator) dan Biaya Kirim Pengadaan Alat Berat (Excavator)|b|ep|4380000000|3|unit|||alat_berat/Excavator:3 alat_berat:1
31.71|RS UMUM ADHYAKSA JAKARTA|Belanja Obat-Obatan BLU (RS Adhyaksa Jakarta)|b|ep|158000000|||||obat:3 bmhp:1 obat_hewan:0
21.71|BP BATAM|Pengadaan Obat e-Catalog|b|ep|2900000|||||obat:3 bmhp:1
21.71|BP BATAM|Pengadaan BMHP e-Catalog|b|ep|2950000|||||bmhp:3 obat:1 alat_mandi:0
31.71|RS UMUM ADHYAKSA JAKARTA|Belanja BMHP BLU (RS Adhyaksa Jakarta)|b|ep|1350000|||||bmhp:3 obat:1
31.71|RUMKIT BHAYANGKARA PUSAT|BELANJA PENGADAAN ALKES HABIS PAKAI NON FARMASI T.A 2026|b|ep|15000000|||||bmhp:3 reagen_tes/Stik:2 alkes:1
35.78|BIDDOKKES POLDA JATIM|PENGADAAN OBAT, BHP DAN MATKES GIGI FKTP JAJARAN BIDDOKKES POLDA JATIM TA 2026|b|ep|194000000|||||obat:3 bmhp:3 obat/Lidocaine:3 alkes:1
31.74|BPH MIGAS|Pengadaan Obat-obatan untuk Poliklinik Gigi|b|ep|40000000|||||obat/Lidocaine:3 obat:2 bmhp:2
31.71|DITJEN MINERAL DAN BATUBARA|Pengadaan Obat Poli Umum Triwulan 2 TA 2026|b|tc|336000000|||||obat:3 bmhp:2 alkes:1
15.71|BNN PROVINSI JAMBI|Pengadaan alat tes urin|b|ep|4950000|||||reagen_tes/Narkoba:3 reagen_tes:1 bmhp:1
62.71|BNN PROVINSI KALIMANTAN TENGAH|urine test|b|ep|6100000|||||reagen_tes/Narkoba:3 reagen_tes:1
74.71|BIDDOKKES POLDA SULTRA|Pengadaan Alkes Tang Cabut Gigi Set Dewasa|b|ep|8250000|||tang ekstraksi gigi dewasa set||alkes:1 bmhp:1
73.71|BALAI BESAR REHABILITASI BNN|Pengadaan Reagen(Serologi, darah lengkap, kimia lengkap)|b|ep|24200000|||||reagen_tes/Hematologi:3 reagen_tes:2 alat_lab:1
14.71|BALAI BESAR POM DI PEKANBARU|Reagen|b|ep|12400000|||||reagen_tes:3 alat_lab:1
64.72|BALAI BESAR POM SAMARINDA|Pengadaan Media Mikro Pengujian Sampel Obat, OBA, SK dan Kosmetik|b|ep|3400000|||||reagen_tes/Media:3 reagen_tes:2 alat_lab:1
75.71|BALAI BESAR POM DI GORONTALO|PENGADAAN PENGADAAN REAGEN PREKURSOR DAN B2|b|ep|6600000|||||reagen_tes:2 alat_lab:1
52.71|BALAI BESAR POM MATARAM|Belanja Penambah Daya Tahan Tubuh|b|ep|32000000|||vitamin dan suplemen pegawai|obat/Vitamin:3 susu:2 pmt:1 obat:1 obat_hewan/Multivitamin:0
52.71|BALAI BESAR POM MATARAM|PENGADAAN SUKU CADANG, ALAT GELAS DAN BAKU PEMBANDING|b|ep|56000000|||||alat_lab/Gelas:3 alat_lab:2 reagen_tes:1
31.74|PPKBD BKKBN|IMPLANT 2 BATANG|b|ep|11800000000|||alat kontrasepsi implan program KB||bmhp:1 obat:1
31.74|PPKBD BKKBN|Pengadaan Alokon berupa BMHP TA 2026|b|ep|121000000|||BMHP pemasangan alat kontrasepsi|bmhp:3 obat:1
31.74|PPKBD BKKBN|Analgetik|b|ep|113000000|||analgetik untuk pelayanan KB|obat/Paracetamol:3 obat:2 obat/Lidocaine:2
31.72|SENTRA TERPADU INTEN SUWENO|Paket Pengadaan Intervensi Atensi Bagi Penyandang Disabilitas Tahun Anggaran 2026|b|ep|400000000|||kursi roda, alat bantu, paket kebutuhan dasar|kursi_roda:3 kursi_roda/Kruk:3 sembako:2 alat_mandi:2
31.71|SENTRA HANDAYANI JAKARTA|ATENSI Lanjut Usia|b|ep|162000000|||alat bantu lansia dan paket nutrisi|kursi_roda:3 susu:2 sembako:2 alkes:2
31.71|BNPP|Pengadaan Filling Cabinet Arsip, Kursi Tunggu Pelintas, Kursi Roda Disabilitas, Loker Besi, dan Pembatas Antrian|b|ep|148000000|||||lemari_arsip/Filing:3 kursi_lipat/Tunggu:3 kursi_roda/Standar:3 kursi_roda:2 lemari_arsip:2 rambu/Barrier:1
31.71|RS JANTUNG HARAPAN KITA|Alat Kesehatan - Belanja Modal Peralatan dan Mesin - BLU (E-Purchasing) : 1 unit Alat Auto Transfusion System|b|ep|630000000|1|unit|||alkes:1
31.71|RS UMUM ADHYAKSA JAKARTA|Belanja Pengisian Ulang Tabung Gas LPG BLU (RS Adhyaksa Jakarta)|jl|ep|10100000|||||alat_dapur/Kompor:0
31.73|DIREKTORAT SEREALIA|Bantuan Benih (15 kg/ha) Pengembangan Budidaya Kawasan Jagung Reguler 1762.RAI.622.051.A|b|ep|1050000000|||benih jagung hibrida bersertifikat|benih_pangan/Jagung:3 benih_pangan:1 pupuk:1
35.12|BPBAP SITUBONDO|Pengadaan Papan PVC Tambak Pembesaran Instalasi Gundil|b|ep|515000000|||papan PVC untuk pematang tambak|material_bangunan/Pipa:1 sarana_ikan:1
63.03|BPBAT MANDIANGIN|Pakan Induk, Larva, Benih, Pembesaran Produksi Calon Induk Gabus Haruan|b|pl|9550000|||pakan ikan untuk pemeliharaan induk dan benih gabus|pakan_ikan:3 benih_ikan/Gabus:1 benih_ikan:0
52.01|BALAI PERIKANAN BUDIDAYA LAUT LOMBOK|Pakan Pendederan III|b|ep|242000000|||pakan pelet benih ikan laut|pakan_ikan/Pelet_Apung:3 pakan_ikan:2
31.71|DITJEN PRASARANA DAN SARANA PERTANIAN|Pengadaan Power Thresher (Cetak Sawah)|b|ep|1195000000|52|unit|||alsintan/Thresher:3 alsintan:1
31.71|SETJEN KEMENTRANS|Pengadaan Peralatan Rumah Tangga Lainnya|b|ep|678000000|||peralatan rumah tangga untuk permukiman transmigrasi|alat_dapur:2 selimut_kasur:2 elektronik_rt:1
21.71|BP BATAM|Pengadaan Bakteri Pengurai Lumpur Tinja|b|ep|174000000|||bakteri pengurai untuk IPLT|biostarter/Septic:3 biostarter:2 pupuk:0
31.73|OTORITA IKN|Pengadaan Tanaman Pot untuk Halte Bus Ibu Kota Nusantara|b|ep|272000000|||tanaman pot terpasang|bibit_tanaman/Tanaman_Hias:3 bibit_tanaman:1
35.16|DITJEN PENGELOLAAN DAS|Pengadaan Buis Beton dan Tutup dalam rangka Pembuatan SRA project MEWLAFOR di Kabupaten Mojokerto|b|ep|995000000|||buis beton sumur resapan|material_bangunan/Buis_Beton_Sumur:3 material_bangunan/U-Ditch:2 semen:1
64.72|PUSAT PEMBIAYAAN PERUMAHAN|Pengadaan dan Pemasangan Tangki Air di Area Wisma|b|ep|510000000|||tandon air stainless dan instalasi|tangki_air:3 material_bangunan/Pipa:1
52.71|BPTD NUSA TENGGARA BARAT|Bantuan Teknis Perlengkapan Jalan|b|ep|2040000000|||rambu, cone, road barrier untuk jalan daerah|rambu:3 papan_nama/Plang:1
75.71|DIREKTORAT PRASARANA TRANSPORTASI JALAN|Pengadaan Perangkat Jembatan Timbang Online Provinsi Gorontalo|b|ep|283000000|||perangkat sistem jembatan timbang||pc_desktop:1 kamera_cctv:1
34.04|BALAI TN GUNUNG MERAPI|Seragam Petugas Harian Lepas Pelayanan dan Pengelolaan Pintu Masuk Obyek Wisata Alam|b|ep|6900000|||||pdh/Seragam_Kerja:3 kaos/Polo:3 pdh:2 kaos:2 topi_atribut:1
31.71|PPATK|Pengadaan Sewa Printer Multifungsi pada PPATK Tahun Anggaran 2026|jl|ep|305000000|||sewa printer termasuk toner 12 bulan|printer:1 toner:1
81.71|STASIUN PSDKP AMBON|Pengadaan Perlengkapan Kapal Pengawas|b|ep|83000000|||pelampung, ring buoy, tali, jangkar kecil|sar/Pelampung:3 sar/Ring_Buoy:3 sar:1 sarana_ikan/Cool_Box:1 kopi_teh_gula/Kapal_Api:0
31.71|PUSAT SARANA PENGENDALIAN LINGKUNGAN HIDUP|Pengadaan sarana laboratorium lingkungan hidup rujukan nasional|b|ep|7400000000|||peralatan laboratorium lingkungan (GC-MS, AAS)||alat_lab:1
35.10|POLITEKNIK NEGERI BANYUWANGI|Pengadaan Outsourcing Jasa Keamanan|jl|ep|900000000|||||
31.71|PUSDATIN KESDM|Sewa Infrastruktur Call Center|jl|ep|1515000000|||||aksesori_komputer/Headset:1
31.73|BAPPENAS|JASA KONSULTAN JUNIOR PENYUSUNAN DATA ANALISIS PERSAMPAHAN KEGIATAN KOORDINASI REFORMASI PENGELOLAAN SAMPAH|ks|pl|91000000|||||
31.71|DITJEN PEMBANGUNAN EKONOMI DAN INVESTASI DESA|Tenaga Ahli Monitoring dan Evaluasi|ks|pl|47500000|||||
33.02|BPPW JAWA TENGAH|Supervisi Penanganan Permukiman Kumuh Kawasan Kampus Kabupaten Banyumas|ks|s|198000000|||||
31.73|SETKEMENSETNEG|Review Desain dan Pengawasan Berkala Pembangunan Pool Kendaraan VVIP, Kawal VVIP dan Tamu Negara|ks|pn|890000000|||||
51.71|BPK PUSAT (BALAI DIKLAT BALI)|Pekerjaan Konsultan Pengawas Renovasi Gedung Diklat Internasional Balai Diklat PKN Bali|ks|s|790000000|||||
31.73|BAPPENAS|Jasa Konsultan Penyusunan Dokumen Analisis Implementasi Kebijakan Manajemen Risiko Pembangunan Daerah|ks|s|232000000|||||
74.71|DITJEN PERIKANAN TANGKAP|Jasa Konsultansi Konstruksi perencanaan pembangunan KNMP di Kabupaten Bombana dan Kota Kendari|ks|pl|89500000|||||
64.72|PUSAT PENGEMBANGAN INFRASTRUKTUR PU|Penyusunan Rencana Pengembangan Infrastruktur PU Kawasan Prioritas Swasembada Pangan di Provinsi Kalimantan Timur|ks|s|1490000000|||||
31.71|SETDITJEN PERIKANAN BUDIDAYA|Jasa Konsultan Ahli Biologi|ks|pl|36500000|||||
33.21|SNVT PJSA PEMALI-JUANA|Pengendalian Banjir Sungai Babon; Jawa Tengah; Kabupaten Demak; 9,4 Km; 280 Hektar; F; K; SYC|k|ep|23300000000|||||
33.74|BIDDOKKES POLDA JATENG|PENGADAAN RENOVASI GEDUNG POLIKLINIK SATBRIMOB T.A 2026|k|pl|113000000|||||semen:1
31.73|MABESAU TNI AU|14. Pek. Waterproofing Atap Gedung Viratama I-IV dan Perbaikan Saluran di AAU|k|t|2510000000|||||
13.03|KEJAKSAAN NEGERI SIJUNJUNG|PEKERJAAN FISIK PEMBANGUNAN/RENOVASI GEDUNG KANTOR KEJAKSAAN NEGERI SIJUNJUNG|k|ep|1675000000|||||
74.04|PJN WILAYAH II PROVINSI SULTRA|PENANGANAN LONGSORAN RUAS KOLAKA (SP. KP. BARU) - RATE RATE (BTS. KAB. KOLAKA TIMUR)|k|ep|4010000000|||||
51.71|PERWAKILAN BPKP PROVINSI BALI|PEKERJAAN RENOVASI RUANG KERJA LANTAI 1, 2 DAN 3 GEDUNG KANTOR PERWAKILAN BPKP PROVINSI BALI|k|t|4250000000|||||MEBEL:1
31.73|BADAN URUSAN ADMINISTRASI MA|Renovasi Gedung Kantor (Epurchasing)|k|ep|1055000000|||||
81.71|BSPJI AMBON|Pemeliharaan Aula Gedung I BSPJI Ambon|k|pl|93500000|||||
73.71|BBRP2B|Pengecatan Gedung Laboratorium Bioteknologi|k|pl|106000000|||pekerjaan cat ulang dinding gedung|material_bangunan/Cat:1
31.74|STAMET SOEKARNO HATTA|Pemeliharaan Gedung Pelayanan|k|pl|108000000|||||
31.71|PUSSENKAV|PEMBANGUNAN ZONA INTEGRITAS SATKER WBK MENUJU WBBM|b|ep|9900000|||sosialisasi dan publikasi ZI (banner, stiker, brosur)|cetak_spanduk:2 stiker_label:2 cetak_brosur:2 papan_nama/Struktur:1
73.71|KANTOR KESEHATAN PELABUHAN MAKASSAR|Pengadaan Genset 100 kVA Gedung Pelayanan|b|ep|395000000|1|unit|||genset/100:3 genset:2
53.71|KPU PROVINSI NUSA TENGGARA TIMUR|Pengadaan Sewa Mobil Dinas Eselon II di Lingkungan KPU Provinsi NTT Tahun 2026|b|ep|900000000|||||mobil:1
64.02|LAPAS PEREMPUAN KELAS II A TENGGARONG|Pengadaan Bahan untuk Kegiatan Pemberian Extra Voeding WBP Selama Bulan Puasa pada Lapas Perempuan Tenggarong|b|ep|49900000|||||pmt/Extra:3 susu:2 telur:2 snack_box/Tradisional:2 minuman_kemasan/Kacang:2
31.71|BPK PUSAT|Pengadaan Keperluan Kantor Dalam Rangka Upaca Bendera|b|ep|107000000|||perlengkapan upacara 17 Agustus (bendera, tiang, umbul-umbul, tenda, sound)|bendera:3 sewa_acara:2 sound_system:1 susu/Bendera:0
71.71|KANTOR SAR MANADO|Pemeliharaan Rescue Boat 40 Meter (KN 224 Basudewa)|jl|ep|237000000|||docking dan perbaikan mesin kapal||sar/Perahu:0 kopi_teh_gula/Kapal_Api:0
73.71|BALAI BESAR POM DI MAKASSAR|Pengujian laboratorium sampel makanan|b|ep|72500000|||bahan uji laboratorium pangan (media, reagen, test kit)|reagen_tes/Formalin:3 reagen_tes/Media:3 reagen_tes:2 alat_lab:1
"""

# Kab. Kotawaringin Barat, Kalimantan Tengah, TA 2025: rekap pengadaan (SPSE non-tender + e-purchasing)
# mirrored in rizkipem-21/rup-2026-inaproc.
KOBAR = """
62.01|DINAS PENDIDIKAN DAN KEBUDAYAAN|Kontruksi Pembangunan Ruang kelas Baru SDN 2 Sidorejo|k|pl|296000000|||pembangunan RKB 1 lokal|semen:1 material_bangunan:1
62.01|DINAS SOSIAL|Pengawasan Rehab Gedung Sistem Layanan dan Rujukan Terpadu (SLRT),Pengawasan Rehab Bangunan Rumah Singgah|ks|pl|7800000|||||
62.01|DINAS LINGKUNGAN HIDUP|Penyusunan Dokumen UKL-UPL Pengelolaan Sampah Terpadu (TPST)|ks|pl|89500000|||||
62.01|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Pengawasan Teknis Normalisasi/Restorasi Sungai (ABT)|ks|pl|12800000|||||
62.01|DINAS PERIKANAN DAN KETAHANAN PANGAN|Pengadaan Keramba untuk Pokdakan Mina Lestari Desa Sukamaju dan Pokdakan Maju Bersama Desa Palih Baru Kec. Kotawaringin Lama|b|pl|190000000|12|unit|u|keramba jaring apung HDPE untuk 2 pokdakan; penyedia wajib berdomisili di Kabupaten Kotawaringin Barat|sarana_ikan/Keramba:3 sarana_ikan/Kolam:2 sarana_ikan:1 pakan_ikan:1 @62.01
62.01|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengawasan Pembangunan Ruang UKS SMPN 11 Arut Selatan|ks|pl|5600000|||||
62.01|DINAS PERUMAHAN RAKYAT, KAWASAN PERMUKIMAN DAN PERTANAHAN|Peningkatan PSU Jalan Lingkungan Jl.Sawit Gg. Durian RT.12 dan Gg. Jeruk RT.14 Desa Bumi Harjo, Kec.Kumai|k|pl|138000000|||||material_bangunan/Paving:1
62.01|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Pembangunan Tanggul Sungai Lamandau Kec. Arut Selatan|k|pl|186000000|||||
62.01|DINAS KESEHATAN|Belanja Modal Alat Kedokteran Umum|b|ep|1470000000|||alat kedokteran umum puskesmas (tensimeter, stetoskop, timbangan, antropometri)|alkes:3 bed_pasien:2 kursi_roda:1
62.01|INSTALASI FARMASI|Belanja Bahan-Bahan Lainnya|b|ep|1700000|||bahan habis pakai instalasi farmasi|bmhp:1 obat:1
62.01|DINAS PERIKANAN DAN KETAHANAN PANGAN|Belanja Bahan-Bahan Lainnya - Pakan Ikan Mandiri Pokdakan|b|pl|48000000|150|karung|u|pakan ikan untuk pokdakan; diutamakan produksi pakan mandiri lokal|pakan_ikan/Mandiri:3 pakan_ikan/Pelet_Apung:3 pakan_ikan:2
62.01|SEKRETARIAT DAERAH|Belanja Makanan dan Minuman Rapat (Mamin Rapat Koordinasi Forkopimda)|b|pl|38500000|||nasi kotak dan snack rapat; penyedia wajib berdomisili di Kabupaten Kotawaringin Barat|MAMIN nasi_box/Kalimantan:3 @62.01
62.01|DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN|Belanja Alat Pemadam Kebakaran - Isi Ulang APAR Gedung Perkantoran|jl|pl|18500000|||refill APAR powder 240 kg|apar/Isi_Ulang:3 apar/Powder:1
"""

# SiRUP 2025 package names of several provinces (Jawa Tengah, Gorontalo, Kep. Bangka Belitung, NTB):
# the notebook outputs of ekitriyatno/sirup-scraper.
SIRUP = """
33.02|SEKRETARIAT DPRD KAB. BANYUMAS|Belanja Makanan dan Minuman Rapat|b|pl|184000000|6500|kotak|||MAMIN
75.71|SEKRETARIAT DPRD PROV. GORONTALO|Makanan dan Minuman Rapat|b|pl|96000000|||mamin rapat 1 tahun|MAMIN
19.71|DINAS KOPERASI, UKM PROV. KEP. BANGKA BELITUNG|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Koperasi|b|pl|24000000|||||MAMIN
52.71|SEKRETARIAT DPRD PROV. NTB|Belanja Makanan dan Minuman Rapat|b|pl|425000000|12000|kotak|||MAMIN
33.28|DINAS KESEHATAN KAB. TEGAL|1.02.02.2.02.0025 Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan|b|pl|58000000|||konsumsi pelayanan posyandu dan puskesmas|MAMIN pmt:2
33.28|RSUD DR. SOESELO|PENGADAAN BAHAN MAKANAN|b|t|2450000000|||bahan makanan kering dan basah dapur gizi RS|PANGAN makanan_pasien:1
52.71|SEKRETARIAT DPRD PROV. NTB|Belanja Modal Mebel Meja Makan Pimpinan DPRD|b|pl|64000000|||||meja_makan:3 meja_rapat:1 kursi_kantor:1 meja_kantor:0
19.71|RSUD DEPATI HAMZAH|BELANJA BAHAN-BAHAN LAINNYA - PENGADAAN OBAT, BMHP DAN REAGEN|b|ep|890000000|||||obat:3 bmhp:3 reagen_tes:3
33.74|RSUD K.R.M.T. WONGSONEGORO|Belanja Pengadaan Bahan Makanan|b|t|1985000000|||bahan makanan pasien 12 bulan|PANGAN
33.74|POLITEKNIK ILMU PELAYARAN SEMARANG|Pengadaan Permakanan Taruna/ i Februari 2026|b|ep|1450000000|||makan taruna 3 kali sehari|makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:1 PANGAN:1
36.03|LAPAS KELAS I TANGERANG|Pengadaan Bahan Makanan Bagi Warga Binaan Pemasyarakatan Lapas Kelas I Tangerang|b|ep|6900000000|||||PANGAN makanan_pasien/Warga:3
32.71|RSUD KOTA BOGOR|Belanja Bahan Makanan Beras|b|pl|185000000|12500|kg|||beras:3 sembako:1
35.73|LAPAS KELAS I MALANG|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Semester II|b|ep|4250000000|||||PANGAN makanan_pasien/Warga:3
31.73|SEKRETARIAT DPRD PROV. DKI JAKARTA|Makanan dan Minuman Reses|b|pl|780000000|||nasi kotak reses 106 anggota|nasi_box:3 snack_box:2 prasmanan:2 air_gelas:1
33.74|DISTRIK NAVIGASI SEMARANG|Pengadaan Bahan Makanan Keluarga TMS/PMS|b|pl|96000000|||||PANGAN
32.04|DINAS PERUMAHAN (RUSUNAWA)|Biaya Penyediaan Makanan Penghuni Rusunawa Rancaekek dan Cingised|b|pl|350000000|||katering harian penghuni rusunawa lansia|makanan_pasien/Warga:3 prasmanan/Harian:3 nasi_box:2 PANGAN:1
35.78|PT PELABUHAN (UNIT PELAYANAN)|PENGADAAN MAKANAN KARYAWAN|b|pl|420000000|15000|porsi||katering makan siang karyawan shift|prasmanan/Harian:3 nasi_box:2 makanan_pasien:2 snack_box:1
31.71|POLDA METRO JAYA (ROLOG)|Bekal Makan Non Organik/Jaga|jl|pl|112000000|||uang lauk pauk jaga (katering)|nasi_box:2 prasmanan/Harian:2 makanan_pasien:1
33.74|RSJ DR. AMINO GONDOHUTOMO|Bahan Makanan Pasien Semester 2 Tahun 2025|b|t|1350000000|||||PANGAN makanan_pasien/Pasien:2
"""

# Extra needs written from the same INAPROC 2026 exports (other KLPD and satker), to widen the kinds asked.
INAPROC_2 = """
18.71|KPU PROVINSI LAMPUNG|Pengadaan Cendera Mata Kain Tapis untuk Tamu Rapat Koordinasi Nasional|b|pl|42000000|15|lembar|u|kain tapis Lampung tulis tangan, penyedia wajib berdomisili di Provinsi Lampung|tenun_tradisional/Tapis:3 tenun_tradisional/Selendang:2 tenun_tradisional:1 souvenir/Sulam:2 kain_pel:0 @18
18.71|BALAI BAHASA PROVINSI LAMPUNG|Belanja Bahan Cendera Mata / Kenang-kenangan Khas Lampung|b|pl|24000000|||suvenir khas daerah untuk narasumber|souvenir:3 tenun_tradisional/Selendang:3 kopi_umkm/Luwak:2 oleh_keripik:2 plakat:2 tenun_tradisional/Tapis:2
18.71|KANTOR WILAYAH KEMENAG PROV. LAMPUNG|Pengadaan Alat Kebersihan (kain pel, sapu, pembersih lantai)|b|pl|8500000|||||kain_pel:3 sapu:3 pembersih_lantai:3 BERSIH:2 tenun_tradisional:0
18.72|STASIUN METEOROLOGI METRO|Pengadaan Kursi Kerja Pegawai|b|ep|9600000|8|unit|||kursi_kantor:3 kursi_kantor/Pejabat:2 kursi_lipat:1 kursi_roda:0
18.71|RSUD DR. H. ABDUL MOELOEK (UPT VERTIKAL)|Pengadaan Kursi Roda Pasien|b|ep|43000000|25|unit|||kursi_roda/Standar:3 kursi_roda:2 kursi_roda/Kruk:1 kursi_kantor:0 bed_pasien:1
18.71|BPKP PERWAKILAN LAMPUNG|Pengadaan Tas Laptop untuk Pegawai Auditor|b|ep|21000000|60|pcs|||tas_laptop/Ransel:3 tas_laptop:2 tas_seminar/Ransel:1 laptop:0
18.71|BPS PROVINSI LAMPUNG|Pengadaan Laptop Petugas Lapangan Sensus|b|ep|2380000000|300|unit|||laptop:3 laptop/Core_i7:2 tas_laptop:0 pc_desktop:1
62.71|RSUD DORIS SYLVANUS (BLU VERTIKAL KEMENKES)|Pengadaan Meja Operasi Hidrolik|b|ep|295000000|2|unit|||meja_operasi/Meja:3 meja_operasi:1 bed_pasien/Instrumen:1 meja_kantor:0
62.71|KPU KOTA PALANGKA RAYA|Pengadaan Air Minum Kemasan Gelas untuk Rapat Pleno; penyedia lokal|b|pl|9500000|300|dus||AMDK gelas; penyedia wajib berdomisili di Kota Palangka Raya|air_gelas:3 air_botol:2 air_galon:1 minuman_kemasan:1 @62.71
62.71|BALAI PELESTARIAN KEBUDAYAAN WILAYAH XVII|Pengadaan Kostum Tari dan Pakaian Adat untuk Pagelaran|b|pl|36000000|||||kostum:3 tenun_tradisional:1 batik_seragam:1
64.72|KANTOR WILAYAH DJP KALTIM|Pengadaan Kertas HVS A4 dan F4 Triwulan III|b|ep|58000000|900|rim|||kertas_a4:3 kertas_f4:3 kertas_a3:1 kertas_thermal:0
64.72|BALAI WILAYAH SUNGAI KALIMANTAN IV|Pengadaan Spanduk dan Baliho Sosialisasi Bendungan|jl|pl|16500000|||||cetak_spanduk:3 cetak_brosur/Poster:1
64.71|KANTOR KESYAHBANDARAN BALIKPAPAN|Pengadaan Pelampung dan Life Jacket Petugas Patroli|b|ep|37500000|100|unit|||sar/Pelampung:3 sar/Ring_Buoy:2 sar:1
73.71|BPBD PROVINSI SULSEL (DEKON BNPB)|Pengadaan Tenda Pengungsi dan Perahu Karet|b|ep|285000000|||||sar/Tenda_Pleton:3 sar/Perahu:3 sar/Tenda_Dome:2 sar:1 sewa_acara/Tenda:1
73.71|POLTEKKES KEMENKES MAKASSAR|Pengadaan Torso dan Alat Peraga Praktik Keperawatan|b|ep|48000000|||||alat_peraga/Torso:3 alat_peraga:2 alkes:1
73.71|LPMP SULAWESI SELATAN|Pengadaan Buku Bacaan Literasi untuk Sekolah Sasaran|b|ep|425000000|7000|eksemplar|||buku_bacaan/Cerita:3 buku_bacaan/Pelajaran:2 buku_bacaan:2 cetak_buku:1 buku_tulis:0
73.71|DINAS PENDIDIKAN (DAK) - SATKER PUSAT BP PAUD|Pengadaan APE Outdoor PAUD|b|ep|250000000|10|set|||ape_paud/Outdoor:3 ape_paud:1 alat_olahraga:1
51.71|BALAI PELESTARIAN KEBUDAYAAN WILAYAH XV BALI|Pengadaan Gamelan untuk Sanggar Binaan|b|ep|370000000|2|set|||alat_musik/Gamelan:3 alat_musik:2
33.72|ISI SURAKARTA|Pengadaan Angklung dan Kendang untuk Praktik Karawitan|b|ep|22000000|||||alat_musik/Angklung:3 alat_musik/Kendang:3 alat_musik:1
52.71|DISPORA (DEKON KEMENPORA) NTB|Pengadaan Peralatan Olahraga Bola Voli dan Sepak Bola|b|ep|19500000|||||alat_olahraga/Bola_Voli:3 alat_olahraga/Bola_Sepak:3 alat_olahraga/Net:3 alat_olahraga:1 lampu_listrik/Bola:0
52.71|LAPAS KELAS II A MATARAM|Pengadaan Meja Pingpong dan Peralatan Olahraga WBP|b|pl|14500000|||||alat_olahraga/Pingpong:3 alat_olahraga:2 meja_kantor:0
53.71|BALAI KARANTINA NTT|Pengadaan Rompi dan Topi Lapangan Petugas Karantina|b|ep|12500000|||||kaos/Rompi:3 apd_kerja/Rompi:3 topi_atribut/Rimba:3 topi_atribut:2
53.71|POLITEKNIK PERTANIAN KUPANG|Pengadaan Bibit Sapi Bali untuk Teaching Farm|b|ep|95000000|6|ekor|||ternak/Sapi:3 ternak:1 obat_hewan:1
53.71|BPTP NTT|Pengadaan Benih Padi Bersertifikat untuk Demplot|b|pl|28000000|1500|kg|u||benih_pangan/Padi:3 benih_pangan:1 beras:0
35.07|BBPP KETINDAN|Pengadaan Hand Sprayer dan Power Sprayer untuk Pelatihan|b|ep|21000000|||||alat_tani/Sprayer:3 alat_tani:1 pestisida:1
35.12|BPBAP SITUBONDO|Pengadaan Benih Ikan Nila dan Lele untuk Pelatihan Budidaya|b|pl|18000000|50000|ekor|||benih_ikan/Nila:3 benih_ikan/Lele:3 benih_ikan:2 pakan_ikan:1
35.78|BALAI BESAR PELATIHAN KESEHATAN SURABAYA|Pengadaan Tensimeter Digital dan Termometer|b|ep|17500000|||||alkes/Tensimeter:3 alkes/Termometer:3 alkes:2
35.78|KANTOR PERTANAHAN KOTA SURABAYA I|Pengadaan Stempel dan Tinta Stempel|b|pl|3200000|||||stempel:3 stempel/Tinta:3 tinta_printer:0
35.78|BBPPKS SURABAYA|Pengadaan Mesin Jahit untuk Pelatihan Keterampilan Penerima Manfaat|b|ep|145000000|30|unit|||mesin_jahit/High_Speed:3 mesin_jahit:2 mesin_fotokopi:0
35.78|LAPAS KELAS I SURABAYA|Pengadaan Kasur, Selimut dan Bantal WBP|b|ep|68000000|||||selimut_kasur/Kasur:3 selimut_kasur/Selimut:3 selimut_kasur/Bantal:3 selimut_kasur:2 ranjang:1
35.78|POLITEKNIK KESEHATAN SURABAYA|Pengadaan Tempat Tidur Pasien untuk Laboratorium Keperawatan|b|ep|76000000|6|unit|||bed_pasien/Tempat_Tidur:3 bed_pasien:1 ranjang:1 meja_operasi:0
34.71|BALAI BESAR KERAJINAN DAN BATIK|Pengadaan Kain Batik Tulis untuk Cendera Mata Tamu Kementerian|b|pl|38000000|30|lembar|||batik_seragam/Tulis:3 tenun_tradisional:2 batik_seragam:1 souvenir:1
34.04|BALAI BESAR PENGEMBANGAN PENJAMINAN MUTU PENDIDIKAN VOKASI|Pengadaan Trainer Jaringan dan Alat Praktik TKJ|b|ep|185000000|||||alat_peraga/Trainer:3 jaringan:2 alat_peraga:1 pc_desktop:1
31.74|BPS RI|Pengadaan UPS dan Stabilizer untuk Server Ruang Kerja|b|ep|22000000|||||ups_listrik:3 genset:1
31.74|BPS RI|Pengadaan Switch, Router dan Access Point|b|ep|46000000|||||jaringan/Router:3 jaringan/Switch:3 jaringan/Access_Point:3 jaringan:2
31.73|ANRI|Pengadaan Lemari Arsip Bergerak (Roll O'Pack) Depot Arsip|b|t|1400000000|40|bay|||lemari_arsip/Roll:3 lemari_arsip:1 rak_buku:1
31.73|KEMENKO PMK|Pengadaan Plakat dan Piala Penghargaan Anugerah Desa Wisata|b|pl|27000000|||||plakat:3 trofi/Piala:3 trofi:2 souvenir:1
31.73|KEMENPORA|Pengadaan Medali dan Trofi Kejuaraan Nasional Pelajar|b|ep|96000000|||||trofi:3 plakat:2 souvenir:1
31.73|SETJEN MPR|Pengadaan Tas Seminar Kit Sosialisasi Empat Pilar|b|ep|145000000|2500|pcs|||tas_seminar:3 tas_seminar/Spunbond:2 souvenir/Goodie:2 tas_laptop:1
31.73|SETJEN MPR|Pengadaan ID Card dan Lanyard Peserta Sosialisasi|b|pl|11500000|||||id_card:3 stiker_label:1
31.72|BNN RI|Pengadaan Kaos Kampanye Anti Narkoba|b|ep|75000000|900|pcs|||kaos/Cotton:3 kaos:2 topi_atribut/Baseball:1
31.71|KEMENKES (DITJEN KESMAS)|Pengadaan Antropometri Kit Posyandu|b|ep|3800000000|1000|set|||alkes/Antropometri:3 alkes/Timbangan_Bayi:2 alkes:1
31.71|KEMENKES (DITJEN P2P)|Pengadaan Masker dan Sarung Tangan untuk Buffer Stok|b|ep|850000000|||||bmhp/Masker:3 bmhp/Sarung:3 bmhp:2 apd_kerja/Masker:2 apd_kerja/Sarung:1
31.71|SETJEN KEMENKEU|Pengadaan Perangkat Lunak Microsoft Office|b|ep|425000000|100|lisensi|||perangkat_lunak/Office:3 perangkat_lunak:1
31.71|LKPP|Pengadaan Webcam dan Headset Ruang Rapat Daring|b|ep|18500000|||||aksesori_komputer/Webcam:3 aksesori_komputer/Headset:3 aksesori_komputer:1
31.71|LKPP|Pengadaan Kopi, Teh dan Gula Pantry Kantor|b|ep|36000000|||||kopi_teh_gula:3 kopi_umkm/Bubuk:2 susu:1 air_galon:1
31.71|LKPP|Pengadaan Kopi Bubuk Produksi UMKM untuk Pantry|b|pl|14000000|200|pak|u|kopi bubuk kemasan dari UMK|kopi_umkm/Bubuk:3 kopi_teh_gula/Kopi:2 kopi_umkm:2 kopi_umkm/Luwak:1
31.71|SETJEN KEMENTERIAN UMKM|Pengadaan Rak Display Produk UMKM Galeri|b|ep|28000000|||||rak_buku/Display:3 rak_buku:1
31.71|SETJEN KEMENTERIAN KOPERASI|Pengadaan Paket Sembako Bantuan Bencana|b|ep|430000000|2000|paket|||sembako:3 beras:1 minyak_goreng:1
11.71|BPBA (DEKON BNPB) ACEH|Pengadaan Tenda Dome dan Tikar untuk Posko|b|ep|33000000|||||sar/Tenda_Dome:3 selimut_kasur/Tikar:3 sar/Tenda_Pleton:2 sewa_acara/Tenda:1
12.71|BBPOM MEDAN|Pengadaan Test Kit Formalin, Boraks dan Rhodamin B|b|ep|19000000|||||reagen_tes/Formalin:3 reagen_tes:1
12.71|KANWIL DJKN SUMUT|Pengadaan APAR dan Isi Ulang APAR|b|pl|12500000|||||apar/Powder:3 apar/Isi_Ulang:3 apar:2
12.71|BALAI BESAR PELAKSANAAN JALAN NASIONAL SUMUT|Pengadaan Helm dan Rompi Keselamatan Petugas Lapangan|b|ep|24000000|||||apd_kerja/Helm:3 apd_kerja/Rompi:3 apd_kerja:2 kaos/Rompi:2 sepatu/Safety:1
16.71|BALAI BESAR PELATIHAN PERTANIAN (BBPP) PALEMBANG|Pengadaan Bibit Kopi Robusta Sambung Pucuk|b|pl|31000000|5000|batang|u||bibit_tanaman/Kopi:3 bibit_tanaman:1 kopi_umkm:0
16.71|BPTD SUMSEL|Pengadaan Paku Jalan dan Road Barrier|b|ep|98000000|||||rambu/Paku_Jalan:3 rambu/Barrier:3 rambu:2
16.71|KPKNL PALEMBANG|Pengadaan Sapu, Kain Pel dan Tempat Sampah|b|pl|4200000|||||sapu:3 kain_pel:3 tempat_sampah:3 BERSIH:2 tenun_tradisional:0
14.71|BBKSDA RIAU|Pengadaan Kamera dan Drone Patroli Hutan|b|ep|92000000|||kamera mirrorless dan drone pemetaan|kamera_cctv/Mirrorless:3 kamera_cctv:1
13.71|UNIVERSITAS ANDALAS (BLU)|Pengadaan Mikroskop dan Timbangan Analitik Laboratorium|b|ep|215000000|||||alat_lab/Mikroskop:3 alat_lab/Timbangan:3 alat_lab:2
21.71|BP BATAM|Pengadaan Pakaian Dinas dan Sepatu Petugas Pelabuhan|b|ep|285000000|||||DINAS sepatu:3 sepatu/PDH:3 sepatu/Olahraga:1
61.71|POLDA KALBAR (BIDDOKKES)|Pengadaan Obat Generik Poliklinik|b|ep|66000000|||||obat:3 bmhp:1
71.71|BALAI KARANTINA SULAWESI UTARA|Pengadaan Cool Box dan Peralatan Sampling Ikan|b|pl|17500000|||||sarana_ikan/Cool_Box:3 sarana_ikan:1 reagen_tes:1
72.71|KANWIL BPN SULTENG|Pengadaan Papan Nama Kantor dan Papan Informasi Pelayanan|b|pl|19800000|||||papan_nama/Papan_Nama:3 papan_nama:2 papan_nama/Plang:1
91.71|BALAI BESAR WILAYAH SUNGAI PAPUA|Pengadaan Genset 5 kVA untuk Pos Hidrologi|b|ep|110000000|5|unit|||genset/Honda:3 genset:1
91.71|KANTOR IMIGRASI KELAS I JAYAPURA|Pengadaan Sepeda Motor Operasional Pengawasan Orang Asing|b|ep|115000000|3|unit|||sepeda_motor/Trail:3 sepeda_motor:2 mobil:0
82.71|KANTOR SAR TERNATE|Pengadaan Life Jacket dan Ring Buoy|b|pl|14000000|||||sar/Pelampung:3 sar/Ring_Buoy:3 sar:1
91.05|BALAI TN TELUK CENDRAWASIH|Pengadaan Jas Hujan dan Sepatu Boot Petugas Patroli|b|pl|13000000|||||jas_hujan:3 sepatu/Boots:3 sepatu/PDL:2 topi_atribut/Rimba:1
65.71|KPPBC TARAKAN|Pengadaan Meja dan Kursi Rapat|b|ep|52000000|||||meja_rapat:3 kursi_kantor/Rapat:3 kursi_kantor:2 meja_makan:0
76.04|KANTOR PERTANAHAN KAB. MAMUJU|Pengadaan Lampu LED dan Kabel Listrik Kantor|b|pl|4900000|||||lampu_listrik/Bulb:3 lampu_listrik/Kabel:3 lampu_listrik/Stop:2 lampu_listrik:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block)
    "bandung": ("Kab. Bandung ISB/SPSE 2025 (msaworks/DataprepsITKP)", 2025, True, BANDUNG),
    "inaproc": ("INAPROC realisasi paket K/L 2026 (agitkasep/inaprocdata)", 2026, False, INAPROC),
    "inaproc2": ("INAPROC realisasi paket K/L 2026 (agitkasep/inaprocdata)", 2026, False, INAPROC_2),
    "kobar": ("Kab. Kotawaringin Barat rekap pengadaan 2025 (rizkipem-21/rup-2026-inaproc)", 2025, False, KOBAR),
    "sirup": ("SiRUP 2025 multi-provinsi (ekitriyatno/sirup-scraper)", 2025, False, SIRUP),
}
