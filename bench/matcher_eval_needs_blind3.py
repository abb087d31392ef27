# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind3, a third held-out matcher evaluation set, with the labeller's graded intent.

Sources (public GitHub repositories, read with the search tools; SOURCES.md, section "blind3"):

* LKPP ISB / INAPROC exports of the Kementerian Ketenagakerjaan (KLPD K34) kept in
  Aldbow/Data-Retrieval-INAPROC-LKPP (`DATA/v1/ekatalog-archive/paket-e-purchasing_2023.xlsx`,
  `..._2024.xlsx`, `DATA/v1/ekatalog/paket-e-purchasing_2025.xlsx`, `DATA/v1/tender/non-tender-pengumuman_*.xlsx`,
  `pencatatan-non-tender-realisasi_*.xlsx`): package names (nama_paket / rup_name), satker, alamat satker or
  kab/kota, total or pagu, quantity, jenis pengadaan. Fiscal years 2023, 2024 and 2025, one key per year. The
  buyers are the ministry's head office in Jakarta and its vertical training, K3 and job-expansion offices
  (BBPVP/BPVP/BPKK/Balai K3) in Jawa, Sumatera, Kalimantan, Sulawesi, Bali-Nusa Tenggara, Maluku and Papua,
  plus provincial and regency BLK/UPTD supplied through them. TA 2026 rows were left out (the main set's
  INAPROC 2026 rows may come from the same realisasi data).
* SPSE non-tender records of Provinsi Lampung and two of its regencies (Lampung Selatan, Tulang Bawang),
  TA 2022, in `public/nontender.json` of yzrofiq/sibajalpg (nama_paket, nama_satker, pagu,
  kategori_pengadaan, metode_pengadaan): mostly consultancy and works, so they measure abstention.

No row comes from a repository used by the earlier sets, and no package name below appears in
bench/matcher_eval_needs.py or bench/matcher_eval_needs_blind2.py (checked programmatically on the source
names). Every row is my own record made from one real package name, reworded lightly (other JP, paket,
batch, tahap and unit numbers, other kegiatan where it did not change the goods), the noise of the original
kept: ALL CAPS, typos ("Komsumsi", "Pesesrta", "Cassatte", "Labtop", "Trainning", "Filling Cabinet",
"Nonboading", "Refroduksi", "Belanaja"), export debris ("Perundang_x0002_undangan"), JP/PBK/MTU/TMT/PBL
shorthand and several items in one name. Pagu is near the real package's value, not equal to it. Rows have exactly the
format of bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The grades were
written by reading each package name against the catalog's kinds (bench/matcher_eval_catalog.py), before and
without any ranking system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Kementerian Ketenagakerjaan, e-purchasing V5/V6 and non-tender records, TA 2023.
KEMNAKER_2023 = """
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|ATK PENYUSUNAN BAHAN DAN LAPORAN KEGIATAN PIMPINAN (RDP) TRIWULAN II|b|ep|1650000|||||ATK
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|KOMPUTER SUPPLIES PENYUSUNAN LAPORAN BULANAN/TRI WULAN/SEMESTER SETDITJEN|b|ep|620000|||||KOMP
31.74|SEKRETARIAT JENDERAL|Air Conditioner  (AC) Ruang Sekretariat|b|ep|27800000|||||ac:3 ac/Standing:2 kipas_angin:1 service_ac:1
64.72|BALAI KESELAMATAN DAN KESEHATAN KERJA SAMARINDA|Alat Pengolah Data Bagian Umum|b|ep|58100000|3|unit||komputer dan laptop bagian umum|pc_desktop:3 laptop:3 printer:1 ups_listrik:1
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Bahan Pemeriksaan Kesehatan Tenaga Kerja|b|ep|13400000|||reagen dan bahan habis pakai pemeriksaan kesehatan|reagen_tes:2 bmhp:2 bmhp/Spuit:2 alkes:1
73.01|UPTD BLK SELAYAR|ATK dan Supplies Komputer  (MTU) Angkatan II|b|ep|78000|||||ATK KOMP kertas_a4:3 kertas_foto:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belaja Komsumsi Peserta Pelatihan (16 ORG x 24 HR x2 PKT )|b|ep|8400000|768|kotak||makan siang peserta pelatihan|nasi_box:3 nasi_box/Bungkus:2 snack_box:1 prasmanan/Harian:2
33.74|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SEMARANG|Belanja Bahan PBK Boarding Kejuruan Fashion Technology|b|ep|93500000|||kain, benang, kancing, resleting praktik menjahit|mesin_jahit:1
33.74|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SEMARANG|Belanja Bahan PBK Kejuruan Bangunan BBPVP Semarang|b|ep|15600000|||semen, pasir, bata, besi praktik|semen:2 material_bangunan/Besi:2 material_bangunan/Cat:1 material_bangunan:1
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Belanja Bahan PBK Kejuruan TIK boarding|b|ep|118000000|||kabel UTP, konektor, flashdisk, komponen komputer|KOMP:1 jaringan/Kabel:2 flashdisk:2 aksesori_komputer:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Bahan Pakaian Kerja Dan Pakaian Olahraga Peserta PBK|b|ep|415000000|2016|stel||wearpack dan kaos olahraga peserta|pdh/Seragam_Kerja:3 kaos/Olahraga:3 kaos:1 pdh:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Bahan Sertifikat Pelatihan Tahap I|b|ep|199500000|6990|lembar||sertifikat peserta pelatihan dicetak art carton|cetak_blanko/Piagam:3 cetak_blanko:1 kertas_foto/Karton:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belanja perlengkapan pelatihan 16 ORG X 2 PKT  ( ATK )|b|ep|880000|||||ATK
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Belanja Konsumsi Peserta Boarding PBK Kejuruan Elektronika|b|ep|318000000|2880|porsi||makan 3 kali sehari peserta asrama|makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2 makanan_pasien:1
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Belanja Konsumsi Peserta Non Boarding PBK Kejuruan Elektronika|b|ep|201000000|8016|kotak||makan siang dan snack peserta non boarding|nasi_box:3 snack_box:2 prasmanan/Harian:2
31.74|DITJEN PEMBINAAN HUBUNGAN INDUSTRIAL DAN JAMINAN SOSIAL|Belanja Mebelair Ditjen PHI dan Jamsos|b|ep|24100000|||||MEBEL
31.74|SEKRETARIAT JENDERAL|Belanja Modal Peralatan dan Mesin (Peralatan Rumah Tangga)|b|ep|86000000|||kulkas, dispenser, mesin cuci rumah dinas|alat_dapur:1 elektronik_rt/Kulkas:2 elektronik_rt/Mesin_Cuci:2 alat_dapur/Dispenser:2
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Pakaian Kerja Tailor Made Training|b|ep|110500000|720|stel||pakaian kerja peserta TMT|pdh/Seragam_Kerja:3 pdh:1 kaos/Polo:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belanja Pakaian Pratek Pesesrta 16 ORG x  2 PKT|b|ep|3300000|32|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Safety Shoes Peserta PBK|b|ep|648000000|1808|pasang|||sepatu/Safety:3 sepatu/Boots:2 sepatu/PDL:1
36.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SERANG|Belanja Sertifikat Pelatihan Berbasis Kompetensi di UPTP|b|ep|12900000|450|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belanja snack Pembukaan dan Penutupan Pelatihan 24 ORG|b|ep|430000|24|kotak|||snack_box:3 snack_box/Tradisional:3 air_gelas:1
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Biaya Fisik Pembetonan dan Pengadaan Lampu Jalan|k|ep|521000000|||rabat beton jalan lingkungan balai dan lampu jalan|lampu_listrik/PJU:1 semen:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Boks Arsip Inaktif|b|ep|28700000|1000|pcs||box arsip karton|map_ordner/Box_Arsip:3 map_ordner/Box_File:2 stiker_label/Box:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Cetak Majalah Senta Edisi I Tahun 2023|b|ep|49500000|400|eksemplar||majalah full color 60 halaman|cetak_buku/Profil:2 cetak_brosur/Booklet:2 cetak_buku:1
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Digital Hygrometer ( Thermometer HTC1)|b|ep|8100000|4|unit||alat ukur suhu dan kelembaban ruang|alat_lab:1 alkes/Termometer:0
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Forklift Trainning Unit|b|ep|352000000|1|unit|n||alat_berat:1
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Excavator Trainning Unit|b|ep|675000000|1|unit|n|excavator mini untuk pelatihan operator|alat_berat/Excavator:3 alat_berat:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Gordyn Ruang Direktur Bina Kelembagaan|b|ep|31000000|||gorden dan vitrase|
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Ipad Operasional Laboratorium|b|ep|17300000|1|unit|||laptop:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kamera Zoom Ruangan Direktur Dit. Bina Kelembagaan K3|b|ep|21000000|1|unit||kamera konferensi video PTZ untuk zoom meeting|aksesori_komputer/Webcam:2 kamera_cctv/PTZ:0 kamera_cctv/Mirrorless:0
31.74|PUSAT PASAR KERJA|Kendaraan Bermotor Roda Dua Operasional|b|ep|43500000|1|unit|||sepeda_motor:3 sepeda_motor/Trail:3 sepeda_motor/Listrik:2
31.74|PUSAT PASAR KERJA|Kendaraan Bermotor Roda Empat (Operasional keliling SIAPKerja)|b|ep|870000000|1|unit||mobil layanan informasi pasar kerja keliling|kendaraan_khusus/Pelayanan:3 mobil/Hiace:2 mobil:1 kendaraan_khusus/Ambulans:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Komputer Suplies KOordinasi Penyusunan Rencana Kerja|b|ep|2050000|||||KOMP
33.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SURAKARTA|Konsumsi PBK 4 di BPVP Surakarta TA. 2023|b|ep|231000000|9184|kotak||makan siang peserta non boarding|nasi_box:3 prasmanan/Harian:2 snack_box:1
52.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS LOMBOK TIMUR|Konsumsi Peserta Pelatihan 200 JP|b|ep|95000000|2400|kotak|||nasi_box:3 prasmanan/Harian:2 snack_box:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Konsumsi PBK Angkatan III Boarding|b|ep|162000000|3984|porsi||makan pagi, siang, malam peserta asrama|makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kulkas Ruangan Direktur Dit. Bina Kelembagaan K3|b|ep|8150000|1|unit|||elektronik_rt/Kulkas:3 elektronik_rt:1
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Kulkas Sampel Pengujian Laboratorium|b|ep|36000000|1|unit|n|lemari pendingin sampel laboratorium 2-8 C|elektronik_rt/Kulkas:1 alat_lab:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kursi Kerja Ergonomis Koordinator, Kasubag, Sekretaris dan Staf|b|ep|9100000|5|unit|||kursi_kantor/Ergonomis:3 kursi_kantor/Staff:2 kursi_kantor:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kursi Peserta Rapat Ruang Rapat B|b|ep|84000000|24|unit|||kursi_kantor/Rapat:3 kursi_kantor:1 kursi_lipat:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kursi Pimpinan Rapat Ruang Rapat B|b|ep|8400000|1|unit|||kursi_kantor/Pejabat:3 kursi_kantor/Rapat:1 kursi_kantor:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Lemari Besi Filling Cabinet Laci 4|b|ep|4650000|1|unit|||lemari_arsip/Filing:3 lemari_arsip/2_Pintu:2 lemari_arsip:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Lemari Besi Filling Cabinet Sliding Door|b|ep|26500000|6|unit|||lemari_arsip/Besi:2 lemari_arsip/Sliding:2 lemari_arsip/Filing:1 lemari_arsip:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Meja Direktur Dit. Bina Kelembagaan K3|b|ep|26000000|1|unit||meja kerja direktur kayu solid|meja_kantor/Pejabat:3 meja_kantor/Ulin:2 meja_kantor:1 meja_rapat:0
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Meja Rapat Ruang Rapat B|b|ep|29000000|1|unit|||meja_rapat:3 meja_kantor:1
31.75|POLITEKNIK KETENAGAKERJAAN|Mebeleur Gedung Pusat Administrasi Polteknaker|b|ep|1150000|||||MEBEL:2
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|PROYEKTOR DAN KELENGKAPANNYA (Belanja Modal Peralatan dan Mesin)|b|ep|7600000|2|unit||proyektor dan layar|proyektor:3 proyektor/Layar:2 proyektor/Short:2 tv_display/Interactive:1
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pakaian Kerja - Tailor Made Training Pertanian|b|ep|148000000|960|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos/Polo:1 topi_atribut/Rimba:1
73.01|UPTD BLK SELAYAR|Pakaian Praktek Pelatihan MTU UPTD BLK Selayar|b|ep|26400000|128|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Paket Meeting Luar Kota Evaluasi Penyusunan Analisis Beban Kerja|jl|ep|126000000|||paket fullboard hotel 3 hari|prasmanan/Fullday:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Fullday Paket Meeting Sosialisasi Norma K3|jl|ep|505000000|740|pax||ruang rapat dan konsumsi fullday|prasmanan/Fullday:2 prasmanan:1 snack_box:1
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pekerjaan Pengadaan ATK dan Komputer Supply Penyelenggaraan PBK  Batch 5|b|ep|3650000|||||ATK KOMP kertas_a4:3 kertas_foto:2
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pencetakan Buku Himpunan Konvensi ILO Bidang Kebinapentaan|b|ep|91000000|300|eksemplar||buku A5 hardcover 250 halaman|cetak_buku:3 cetak_buku/ISBN:2 buku_bacaan/Peraturan:0 fotokopi/Jilid:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Buku Himpunan Peraturan Perundang_x0002_undangan Bidang Pengelola Perbendaharaan|b|ep|91500000|300|eksemplar||cetak buku himpunan peraturan internal|cetak_buku:3 buku_bacaan/Peraturan:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pencetakkan Buku Community Parenting Desmigratif|b|ep|204000000|1600|eksemplar||buku panduan full color|cetak_buku:3 cetak_brosur/Booklet:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan APAR CO2 3 Kg|b|ep|53500000|20|tabung||APAR CO2 3 kg lengkap bracket|apar/CO2:2 apar/Powder:2 apar/Isi_Ulang:0 apar:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Barang Inventaris Kantor di Lingkungan Ditjen Binapenta dan PKK (Kamera Digital dan Lensa)|b|ep|41000000|2|unit|||kamera_cctv/Mirrorless:3 kamera_cctv:0 dokumentasi:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Buku Saku PMI|b|ep|146000000|5000|eksemplar||buku saku pekerja migran A6 48 halaman|cetak_brosur/Booklet:3 cetak_buku:2 cetak_brosur:1
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Pengadaan FULL BODY CPR TRAINING MANIKIN|b|ep|239000000|5|unit|n||alat_peraga/Torso:1 alkes:0
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Pengadaan Genset Kantor Balai|b|ep|655000000|1|unit||genset silent dengan ATS|genset/Perkins:3 genset:2 genset/Honda:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Interactive White Board|b|ep|221000000|3|unit||interactive flat panel 75 inch|tv_display/Interactive:3 tv_display:1 mebel_sekolah/Papan:0 proyektor:1
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Jasa Alih daya Petugas Kebersihan|jl|ep|562000000|||||BERSIH:1
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Pengadaan Kendaraan Bermotor Roda 2|b|ep|33000000|1|unit|||sepeda_motor:3 sepeda_motor/Beat:3
64.72|BALAI KESELAMATAN DAN KESEHATAN KERJA SAMARINDA|Pengadaan Kendaraan Operasional Lapangan|b|ep|284000000|1|unit||kendaraan double cabin 4x4 untuk pengujian lapangan|mobil/Triton:3 mobil:1
32.13|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Konsumsi  Peserta Pelatihan MTU (6  Paket ) Kegiatan PBK di UPTD Balai Latihan Kerja Kabupaten Subang|b|ep|62500000|2400|kotak|||nasi_box:3 snack_box:2 prasmanan/Harian:2
73.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MAKASSAR|Pengadaan Konsumsi Pelatihan Berbasis Kompetensi Tahap II|b|ep|945000000|7760|porsi||konsumsi peserta boarding dan non boarding|nasi_box:3 makanan_pasien/Asrama:3 prasmanan/Harian:2 snack_box:1
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Pengadaan Kursi Ruang Rapat Aula|b|ep|286000000|100|unit|||kursi_kantor/Rapat:3 kursi_lipat/Futura:2 kursi_kantor:1
31.74|PUSAT PERENCANAAN KETENAGAKERJAAN|Pengadaan Laptop Pusdatik|b|ep|61000000|2|unit|||laptop:3 laptop/Chromebook:1 tas_laptop:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Lemari Pakaian Asrama|b|ep|53500000|8|unit||lemari pakaian kayu 3 pintu asrama peserta|lemari_arsip/Kayu:1 kitchen_set/Lemari:0 ranjang:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Map dan amplop|b|ep|6600000|||map snelhecter, stopmap, amplop coklat|map_ordner/Snelhecter:3 map_ordner/Stopmap:3 amplop:3 map_ordner:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Mesin Cuci Mobil|b|ep|6800000|2|unit||jet cleaner cuci kendaraan dinas|elektronik_rt/Mesin_Cuci:0
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Mesin Hitung Uang|b|ep|5350000|2|unit|||
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Mesin Huller Kopi|b|ep|27500000|1|unit||mesin pengupas kulit tanduk kopi untuk pelatihan wirausaha|alsintan:1 kopi_umkm:0 kopi_teh_gula/Kopi:0
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Mesin Polisher Lantai|b|ep|13900000|1|unit|||kain_pel:1 pembersih_lantai:0
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Mesin Potong Rumput|b|ep|22700000|3|unit||mesin potong rumput gendong taman balai|alsintan/Pencacah:1 alat_tani:1
31.74|PUSAT PENGEMBANGAN SDM KETENAGAKERJAAN|Pengadaan Meubelair Aula PPSDM|b|ep|318000000|360|unit||kursi dan meja aula|MEBEL:1 kursi_lipat:2 kursi_lipat/Futura:3 meja_kantor/Banquet:2 kursi_kantor/Rapat:2
31.74|SEKRETARIAT JENDERAL|Pengadaan Meubelair Ruang Kerja Biro Keuangan|b|ep|30100000|5|unit|||MEBEL
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Pakaian Dinas Fungsional Pengantar Kerja Ditjen Binapenta dan PKK|b|ep|55000000|77|stel|||DINAS
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Pakaian Olahraga PBK Boarding|b|ep|95000000|464|pcs|||kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Pengadaan Pakaian Kerja, Kaos Olahraga, Sepatu Kerja, dan Sepatu Safety PBK BPVP Samarinda|b|ep|27400000|||||pdh/Seragam_Kerja:3 kaos/Olahraga:3 sepatu/Safety:3 sepatu/PDL:2 kaos:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Penghancur Kertas|b|ep|30500000|1|unit||mesin penghancur kertas kapasitas besar|elektronik_rt/Penghancur:3 kertas_a4:0
31.74|SEKRETARIAT BADAN NASIONAL SERTIFIKASI PROFESI|Pengadaan Pencetakan Sertifikat Kompetensi (Security Printing) Tahap IV|b|ep|489000000|100000|lembar|n|blanko sertifikat berpengaman (hologram, benang pengaman)|cetak_blanko/Piagam:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Rak Arsip|b|ep|45300000|20|unit|||lemari_arsip:1 lemari_arsip/Rak_Arsip:3 lemari_arsip/2_Pintu:2 rak_buku:2
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Safety Shoes Boot Putih PBK Nonboading Kejuruan Perikanan|b|ep|45800000|128|pasang||sepatu boot karet putih|sepatu/Safety:2 sepatu/Boots_Karet:3 sepatu/PDL:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Scanner Arsip|b|ep|50500000|4|unit|||scanner:3 printer:1
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Sepatu Kerja PBK Nonboarding|b|ep|131000000|512|pasang|||sepatu:1 sepatu/Boots:1 sepatu/Safety:2 sepatu/PDL:2
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Pengadaan Sertifikat Tailor Made Training|b|ep|61500000|2162|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
31.74|PUSAT PERENCANAAN KETENAGAKERJAAN|Pengadaan Smart TV Pusdatik|b|ep|28000000|1|unit||smart TV 65 inch ruang rapat|tv_display/Smart_TV:3 tv_display:1 videotron:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Sofa Single Seater|b|ep|76500000|10|unit||sofa single ruang tunggu|sofa:2 kursi_lipat/Tunggu:1 kursi_kantor:0
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Speaker Portable|b|ep|12300000|1|unit|||sound_system:1 sound_system/Portable:3
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Spring Bed Asrama|b|ep|78500000|22|unit||spring bed single lengkap divan|selimut_kasur/Kasur:2 ranjang/Single:2 ranjang:1 selimut_kasur/Bantal:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan TV BPVP Belitung|b|ep|60500000|4|unit|||tv_display/Smart_TV:3 tv_display:2 tv_display/Monitor:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Tanaman Hias Ditjen Binapenta dan PKK|b|ep|2650000|7|batang|||bibit_tanaman/Tanaman_Hias:3 bibit_tanaman:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Videotron Outdoor|b|ep|565000000|1|unit||videotron outdoor P5 halaman depan|videotron/Outdoor:3 videotron:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan LED Videotron Indoor Aula|b|ep|725000000|1|unit|||videotron/Indoor:3 videotron:2 tv_display/Interactive:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan meja serbaguna|b|ep|133000000|50|unit||meja lipat serbaguna untuk kelas dan acara|meja_kantor/Lipat:3 meja_kantor:1 meja_rapat:1 meja_makan:0
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Pengadaan pompa transfer BBPVP Bekasi|b|ep|405000000|2|unit|n|pompa transfer air bersih gedung|alsintan/Pompa:1 tangki_air:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Perlengkapan Peserta Penyusunan Laporan BMN Tahunan|b|ep|10400000|30|paket||tas, notes, pulpen peserta|tas_seminar:3 buku_tulis/Notebook:2 pulpen:2 pulpen/Promosi:2
31.74|SEKRETARIAT JENDERAL|Perpanjangan Licence Software Email Office 365 Tahap II|jl|ep|214000000|105|lisensi|n|langganan Microsoft 365 12 bulan|perangkat_lunak/Microsoft:1
32.17|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Safety Shoes - Tailor Made Training peternakan|b|ep|142000000|400|pasang|||sepatu/Safety:3 sepatu/Boots:2
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Sewa Tanaman Hias Ditjen Binapenta dan PKK|jl|ep|90000|||sewa tanaman hias ruang kerja per bulan|bibit_tanaman/Tanaman_Hias:1
31.71|BALAI BESAR KESELAMATAN DAN KESEHATAN KERJA JAKARTA|Smart Monitor Ruang Pengujian|b|ep|41000000|20|unit||monitor pintar 27 inch|tv_display/Monitor:2 tv_display/Smart_TV:1 pc_desktop:0
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Sound System Pengumuman Kawasan Balai|b|ep|199000000|1|unit||sistem tata suara pengumuman (paging) gedung dan asrama|sound_system/Paket:2 sound_system:1
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Sertifikat Pelatihan PBK Tahap II|b|ep|62100000|2192|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
81.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS AMBON|Sertifikat Tahap 1 PBK|b|ep|17800000|624|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
32.12|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Modul Pelatihan MTU (4 Paket) di UPTD BLK Kab.Indramayu|b|pl|12500000|||penggandaan dan jilid modul peserta|fotokopi:3 fotokopi/Jilid_Soft:3 cetak_buku/Modul:3 cetak_buku:1
32.09|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Perlengkapan Peserta  Non Boarding (10 paket) dan MTU (4 Paket ) di UPTD Pelatihan Kerja Disnaker Kab. Cirebon|b|pl|25000000|||tas, buku, alat tulis, ID card peserta|tas_seminar:2 buku_tulis:2 pulpen:2 id_card:2
32.13|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Refroduksi Modul dan Cetak Sertifikat Pelatihan Non Boarding (20 Paket ) Kegiatan PBK di UPTD Balai Latihan Kerja Kabupaten Subang|jl|pl|59500000|||||fotokopi:3 cetak_buku/Modul:3 cetak_blanko/Piagam:3 fotokopi/Jilid:2
32.13|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Sepatu - 	 Nonboarding UPTD BLK Kab Subang|b|pl|119000000|||||sepatu/Safety:2 sepatu/PDL:2 sepatu:1
32.74|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Pakaian Kerja, Sepatu, Pakaian Olahraga Non Boarding Tahap 1 UPT LTK Kota Cirebon|b|pl|23100000|||||pdh/Seragam_Kerja:3 sepatu/Safety:3 kaos/Olahraga:3 kaos:1 sepatu:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Perencanaan Pekerjaan Renovasi Ruang Kerja Ditjen Binapenta dan PKK Lantai 4|ks|pl|98000000|||||
32.75|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Renovasi Ruang Record Center Ditjen Binapenta dan PKK di BPKK Bekasi|k|pl|197000000|||||material_bangunan/Cat:1 lemari_arsip/Roll:1
12.71|DINAS KETENAGAKERJAAN PROVINSI SUMATERA UTARA|Pakaian Kerja Peserta Pelatihan UPT|b|pl|71500000|||||pdh/Seragam_Kerja:3 pdh:1 kaos/Polo:1
31.74|PUSAT PERENCANAAN KETENAGAKERJAAN|Pengadaan TV Pusren Ruang Rapat|b|ep|13100000|2|unit|||tv_display/Smart_TV:3 tv_display:2 tv_display/Monitor:1
31.74|SEKRETARIAT JENDERAL|Pengadaan Alat Pengolah Data (Laptop) Biro Umum|b|ep|425000000|18|unit|||laptop:3 laptop/Chromebook:1 pc_desktop:1 tas_laptop:1
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Pengadaan Laptop Pelayanan Teknis dan PP|b|ep|176000000|10|unit|||laptop:3 tas_laptop:1 pc_desktop:1
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Pengadaan Microphone meeting room|b|ep|36500000|1|unit||conference mic ruang rapat|sound_system:1 sound_system/Shure:2 sound_system/Conference:3
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Konsumsi Peserta Pelatihan (260 JP) Kejuruan otomotif 1 paket boarding|b|ep|47000000|1632|porsi||makan 3 kali sehari peserta asrama|makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Pengadaan Konsumsi Boarding PBK BBPVP Medan Tahap II|b|ep|299000000|2672|porsi|||makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Pengadaan Perlengkapan Peserta Tailor Made Training|b|ep|160000000|1600|paket||tas, buku catatan, pulpen, ID card peserta|tas_seminar:3 buku_tulis:2 pulpen:2 id_card:2
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Pengadaan Sertifikat Dikdas Instruktur BLK Komunitas|b|ep|28500000|1000|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Konsumsi Peserta PBK Non Boarding Angkatan IV|b|ep|151000000|4256|kotak|||nasi_box:3 snack_box:2 prasmanan/Harian:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Perlengkapan Peserta Business Matching TKM Lanjutan 2023|b|ep|13800000|232|paket|||tas_seminar:3 buku_tulis/Notebook:2 pulpen/Promosi:2 id_card:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|ATK Persediaan Setditjen|b|ep|620000|||||ATK
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Konsumsi Peserta PBK Tahap III|b|ep|184000000|1664|porsi||konsumsi peserta boarding|makanan_pasien/Asrama:3 nasi_box:2 prasmanan/Harian:2
33.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SURAKARTA|Pengadaan Sertifikat Pelatihan Angkatan I|b|ep|10500000|370|lembar|||cetak_blanko/Piagam:3 cetak_blanko:1
32.09|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan ATK dan Komputer Supply untuk Administrasi Kegiatan (14 paket) di UPTD Pelatihan Kerja Disnaker Kab. Cirebon|b|pl|18500000|||||ATK KOMP kertas_a4:3 kertas_foto:2
32.13|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Perlengkapan Peserta - Nonboarding UPTD BLK Kab Subang|b|pl|51500000|||tas, map, buku dan alat tulis peserta|tas_seminar:2 buku_tulis:2 pulpen:2 map_ordner:1
31.74|PUSAT PENGEMBANGAN SDM KETENAGAKERJAAN|Pengadaan Meubelair Ruang Rapat Ex-BNI (PNBP)|b|ep|27500000|8|unit||meja dan kursi rapat|meja_rapat:3 kursi_kantor/Rapat:3 kursi_kantor:1 meja_kantor:1
31.75|POLITEKNIK KETENAGAKERJAAN|Pemasangan Mebeler/Kubikel Ruang Dosen|b|ep|17900000|||meja kubikel partisi dan kursi dosen|meja_kantor:2 kursi_kantor:1 lemari_arsip:0
31.74|SEKRETARIAT JENDERAL|Belanja Modal Peralatan dan Mesin Arsip Biro Umum|b|ep|5300000|2|unit||lemari arsip dan rak arsip|lemari_arsip:2 lemari_arsip/Rak_Arsip:2 lemari_arsip/Brankas:1 rak_buku:1
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Meubelair Gedung Pemagangan|b|ep|5900000|2|unit|||MEBEL:2
32.74|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Konsumsi PBK Digital Marketing  Nonboarding UPT Latihan Tenaga Kerja Kota Cirebon Tahap 2|b|pl|10700000|||||nasi_box:3 snack_box:2
"""

# Kementerian Ketenagakerjaan, e-purchasing V5/V6 and non-tender records, TA 2024.
KEMNAKER_2024 = """
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|AC Cassatte 3 PK Ruang Rapat|b|ep|178000000|4|unit||AC cassette 3 PK terpasang|ac/Sharp:2 ac:1 ac/Standing:1 service_ac/Bongkar:1
51.02|UPTD BLK TABANAN|ATK Administrasi Pelatihan BLK Tabanan|b|ep|45000|||||ATK
73.13|UPTD BLK WAJO|ATK Tahap 2 Pelatihan Sengkang|b|ep|305000|||||ATK
12.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MEDAN|Bahan Laboratorium Kesehatan Kerja|b|ep|89500000|||reagen, tabung, media dan bahan habis pakai laboratorium|reagen_tes:2 bmhp:2 alat_lab/Gelas:1 reagen_tes/Media:2
52.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS LOMBOK TIMUR|Bahan Pelatihan  Pembuat Roti dan Kue MTU|b|ep|85000|||tepung, gula, telur, mentega, susu|telur:2 kopi_teh_gula/Gula:2 susu:2 minyak_goreng:1
52.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS LOMBOK TIMUR|Bahan Pelatihan Barista Angkatan I|b|ep|1120000|||biji kopi sangrai, susu, gula aren|kopi_umkm/Biji:3 kopi_umkm:2 susu:2 kopi_teh_gula:1 peralatan_usaha/Barista:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Bahan Pelatihan Mengerjakan Proses Produksi Furniture Kayu 340 JP|b|ep|2650000|||papan kayu, lem kayu, amplas, cat kayu|material_bangunan/Cat:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Bahan Pelatihan Menjahit Pakaian Dengan Mesin 240 JP|b|ep|380000|||kain katun, benang, jarum|mesin_jahit:1
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Bahan Pelatihan Pemasangan Instalasi Listrik Bangunan Sederhana 260 JP|b|ep|775000|||kabel NYM, saklar, stop kontak, fitting, lampu|lampu_listrik/Kabel:3 lampu_listrik/Stop:2 lampu_listrik/Bulb:2 lampu_listrik:1
73.13|UPTD BLK WAJO|Bahan Pelatihan Plate Welder SMAW 3G-UP/PF 320 JP|b|ep|4050000|||plat baja, kawat las|material_bangunan/Besi:1 apd_kerja:1
73.13|UPTD BLK WAJO|Bahan Pelatihan Servis Sepeda Motor Injeksi 280 JP Tahap 1|b|ep|156000|||oli, busi, filter, kampas rem|sepeda_motor:0 peralatan_usaha/Servis:0
73.13|UPTD BLK WAJO|Bahan Pelatihan Tata Rias Kecantikan 160 JP Tahap 2|b|ep|118000|||kosmetik dan alat rias praktik|peralatan_usaha/Rias:2 alat_mandi:0
51.02|UPTD BLK TABANAN|Komputer Suplies Administrasi Pelatihan BLK Tabanan|b|ep|260000|||||KOMP
73.02|UPTD BLK BULUKUMBA|BELANJA BAHAN PENGELOLAAN IKAN  PENGOLAHAN IKAN|b|ep|125000|||ikan segar, bumbu untuk praktik pengolahan|lauk_segar/Ikan:3 lauk_segar:1 benih_ikan:0 pakan_ikan:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|KERANGKA ACUAN KERJA (KAK) PENCETAKAN BOX ARSIP DITJEN BINAPENTA DAN PKK|b|ep|13800000|500|pcs|||map_ordner/Box_Arsip:3 map_ordner/Box_File:1 cetak_blanko:0
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belanja Bahan  Pakaian Praktek Peserta|b|ep|26400000|128|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos:1
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Belanja Bahan Pakaian Olahraga Peserta PBK Non Boarding Sebanyak 6 Paket di BBPVP Medan|b|ep|25800000|128|pcs|||kaos/Olahraga:3 kaos:2 sepatu/Olahraga:1
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Belanja Bahan Safety Shoes Peserta PBK Non Boarding Sebanyak 6 Paket di BBPVP Medan|b|ep|33400000|96|pasang|||sepatu/Safety:3 sepatu/Boots:2 sepatu:1
36.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SERANG|Belanja Bahan dan Sertifikat Pelatihan Kegiatan PBK Prov. Lampung|b|ep|18600000|||bahan praktik dan sertifikat peserta|cetak_blanko/Piagam:2 cetak_blanko:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Belanja Barang Persediaan Barang Konsumsi PENGADAAN ATRIBUT PENGAWAS KETENAGAKERJAAN PENGUJI K3 (Setditjen)|b|ep|164000000|167|set||atribut PDH pengawas (papan nama, lambang, tanda jabatan)|topi_atribut/Atribut:3 topi_atribut:1 pdh:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Belanja Jasa Lainnya, PEMERIKSAAN KESEHATAN PEGAWAI|jl|ep|284000000|204|orang||medical check up pegawai|
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Belanja Keperluan Sehari-hari Perkantoran BBPKK|b|ep|8300000|||air minum galon, kopi, teh, gula, sabun, tisu|air_galon/Air:2 kopi_teh_gula:2 sabun_detergen:2 tisu:2 ATK:1
96.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SORONG|Belanja Jasa Profesi Operasional dan Pemeliharaan Kantor|jl|ep|552000000|||tenaga alih daya 12 bulan|
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Belanja Komsumsi  Peserta Pelatihan 320 JP|b|ep|25100000|688|kotak|||nasi_box:3 prasmanan/Harian:2 snack_box:1
32.73|BALAI KESELAMATAN DAN KESEHATAN KERJA BANDUNG|Belanja Modal Peralatan dan Mesin berupa Dispenser|b|ep|39500000|3|unit||water station dispenser air panas dingin|alat_dapur/Dispenser:3 alat_dapur:1 air_galon:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Belanja Modal Peralatan dan Mesin, Pengadaan Laptop & Printer|b|ep|55500000|||||laptop:3 printer:3 printer/Kartu:1 tinta_printer:1 tas_laptop:1
33.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SURAKARTA|Belanja Bahan (Perlengkapan Pelatihan P3) Angkatan II|b|ep|3100000|||tas, buku, pulpen peserta|tas_seminar:2 buku_tulis:2 pulpen:2
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kamera DSLR Dokumentasi|b|ep|51500000|2|unit||kamera DSLR + lensa kit|kamera_cctv/Mirrorless:2 kamera_cctv:0
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kamera Video Recorder Dokumentasi|b|ep|82000000|2|unit||camcorder profesional|kamera_cctv/Mirrorless:1 dokumentasi:0
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Kamera/video conference Ruang Rapat|b|ep|55500000|2|unit||kamera konferensi dan speakerphone|aksesori_komputer/Webcam:2 sound_system/Conference:1 kamera_cctv/PTZ:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Kendaraan Dinas Operasional R2|b|ep|68500000|2|unit|||sepeda_motor:3 sepeda_motor/Listrik:2
51.02|UPTD BLK TABANAN|Konsumsi Peserta dan Konsumsi Pembukaan dan Penutupan Kerambitan|b|ep|13400000|650|kotak|||nasi_box:3 snack_box:3 prasmanan:1
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Konsumsi Kegiatan Selekda ASC|b|ep|7900000|160|kotak||makan siang peserta dan juri lomba|nasi_box:3 snack_box:2
11.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDA ACEH|Konsumsi Peserta Pelatihan 180 JP boarding|b|ep|81000000|1856|porsi|||makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2
11.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDA ACEH|Konsumsi Peserta Pelatihan 260 JP|b|ep|18900000|736|kotak|||nasi_box:3 snack_box:2 prasmanan/Harian:2
81.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS AMBON|Konsumsi Peserta Pelatihan Non Boarding (240 JP)|b|ep|55500000|1088|kotak|||nasi_box:3 nasi_box/Ikan:3 snack_box:1 prasmanan/Harian:2
32.13|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Konsumsi Peserta (140 JP) - Mobile Training Unit BLK Kab Subang|b|ep|81500000|3168|kotak|||nasi_box:3 nasi_box/Bungkus:2 snack_box:1
64.72|BALAI KESELAMATAN DAN KESEHATAN KERJA SAMARINDA|Labtop Pengujian K3|b|ep|58500000|3|unit|||laptop:3 tas_laptop:1
31.74|PUSAT DATA DAN INFORMASI KETENAGAKERJAAN|Laptop Pegawai Pusdatik|b|ep|515000000|20|unit|||laptop:3 laptop/Chromebook:1 pc_desktop/All:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Laptop dan PC Unit|b|ep|47500000|||||laptop:3 pc_desktop:3 printer:1
31.75|POLITEKNIK KETENAGAKERJAAN|Mebeler Perpustakaan Kampus|b|ep|8100000|4|unit||rak buku dan meja baca perpustakaan|rak_buku/Perpustakaan:3 rak_buku:2 meja_kantor:1
31.75|POLITEKNIK KETENAGAKERJAAN|Mebeler Pujasera|b|ep|38500000|32|set||meja dan kursi kantin mahasiswa|meja_makan/Kantin:3 meja_makan:2 kursi_lipat/Plastik:2
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Mic Conference Ruang Rapat Utama|b|ep|123000000|20|unit|||sound_system:1 sound_system/Shure:2 sound_system/Conference:3
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Meubelair Ruang Instruktur|b|ep|150000000|54|unit||meja dan kursi kerja instruktur, lemari|MEBEL
12.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MEDAN|Meubeleur Pelatihan dan Ruang Kepala Balai|b|ep|13900000|3|unit|||MEBEL meja_kantor/Pejabat:2
64.72|BALAI KESELAMATAN DAN KESEHATAN KERJA SAMARINDA|Oven Laboratorium|b|ep|47500000|1|unit|n|oven pengering sampel laboratorium|alat_lab:1 alat_dapur:0
31.74|PUSAT DATA DAN INFORMASI KETENAGAKERJAAN|PC Pegawai Pusdatik|b|ep|206000000|10|unit|||pc_desktop:3 pc_desktop/All:2 laptop:1
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Outfit Pembukaan dan Penutupan, Seragam Kompetisi dan Jaket SELEKNAS|b|ep|171000000|420|pcs||kaos polo, jaket dan seragam kompetisi peserta|kaos/Polo:2 kaos:2 pdh:1 topi_atribut/Baseball:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|PENGADAAN PEMBELIAN WINDOWS SERVER DITJEN BINAPENTA DAN PKK|b|ep|22400000|1|lisensi|n|lisensi Windows Server 2022 Standard|perangkat_lunak/Microsoft:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Pakaian Kerja Peserta PBK Tahap II|b|ep|395000000|2256|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos/Polo:2
11.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDA ACEH|Pakaian Kerja TMT Okupasi/Kluster/Unit 14 Paket|b|ep|84000000|480|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos/Polo:1
52.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS LOMBOK TIMUR|Pakaian Kerja, Pakaian Olahraga dan Sepatu Kerja MTU|b|ep|5300000|||||pdh/Seragam_Kerja:3 kaos/Olahraga:3 sepatu/Safety:2 sepatu:1
81.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS AMBON|Pakaian Olahraga Peserta|b|ep|4100000|16|pcs|||kaos/Olahraga:3 kaos:2
51.02|UPTD BLK TABANAN|Pakaian dan Sepatu PBK Non Boarding|b|ep|10300000|||||pdh/Seragam_Kerja:3 sepatu/Safety:3 sepatu:1 kaos:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pekerjaan Penggantian Lampu ruang kerja Ditjen Binapenta|b|ep|49500000|400|pcs||lampu LED bulb 18 watt pengganti lampu TL|lampu_listrik/Bulb:3 lampu_listrik/Hemat:3 lampu_listrik:1
31.75|POLITEKNIK KETENAGAKERJAAN|Pemasangan Paving Block Area Gedung Kampus  Polteknaker|k|ep|13100000|40|m2|||material_bangunan/Paving:2 semen:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pembelian Sprei Set Asrama|b|ep|30900000|174|pcs||sprei single + sarung bantal|selimut_kasur/Bantal:1 selimut_kasur:1 selimut_kasur/Sprei:3
31.75|POLITEKNIK KETENAGAKERJAAN|Pembelian Videotron Aula|b|ep|232000000|1|unit|||videotron/Indoor:3 videotron:2
35.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Pengadaan Seragam Untuk Pegawai PPNPN dan Outsorching BPVP Banyuwangi Tahun 2024|b|pl|26500000|||seragam kerja tenaga pendukung|pdh/Seragam_Kerja:3 pdh:2 kaos/Polo:2 batik_seragam:1
32.11|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Belanja Bahan Konsumsi PBK UPT BLK Sumedang|b|pl|343000000|||konsumsi peserta pelatihan|nasi_box:3 snack_box:2 prasmanan/Harian:2
35.11|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Belanja Bahan PBK UPTD BLK Bondowoso|b|pl|412000000|||bahan praktik, pakaian kerja, modul, konsumsi|nasi_box:2 pdh/Seragam_Kerja:2 fotokopi:2 cetak_buku/Modul:2
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Belanja Bahan konsumsi pelatihan berbasis kompetensi non boarding sebanyak 2 paket program membuat pastry dan kue 180 JP|b|pl|287000000|||konsumsi peserta dan bahan praktik pastry|nasi_box:2 telur:2 kopi_teh_gula/Gula:2 susu:1 snack_box:1
12.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MEDAN|Belanja Bahan pengadaan olahraga peserta pelatihan berbasis kompetensi (PBK) gelombang XII sebanyak 12 paket di BBPVP Medan|b|pl|376000000|||pakaian olahraga peserta|kaos/Olahraga:3 kaos:1 sepatu/Olahraga:2
73.71|BALAI KESELAMATAN DAN KESEHATAN KERJA MAKASSAR|Belanja Jasa Konsultan Pengawas Rehabilitasi Atap Kantor Balai K3 Makassar|ks|pl|52500000|||||
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Bahan Pelatihan Teknisi Alat Berat (1100 JP)|b|pl|433000000|||suku cadang, oli, filter untuk praktik alat berat|alat_berat:0
32.09|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Penggandaan Modul Non Boarding  (5 Paket) dan MTU ( 1 Paket ) Kegiatan PBK di UPTD Pelatihan  Kerja Disnaker Kabupaten Cirebon|b|pl|19800000|||||fotokopi:3 cetak_buku/Modul:3 fotokopi/Jilid:2
32.12|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Konsumsi Peserta Non Boarding  dan MTU Tahap 2 (9 Paket) di UPTD BLK Kab.Indramayu|jl|pl|118000000|||||nasi_box:3 snack_box:2 prasmanan/Harian:2
32.74|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Pakaian Kerja, Pakaian Olahraga, Sepatu Kerja PBK  Nonboarding Tahap 3 (1 paket) di UPT LTK Kota Cirebon|b|pl|12400000|||||pdh/Seragam_Kerja:3 kaos/Olahraga:3 sepatu/Safety:2 sepatu:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Dokumentasi, Video dan Grafis Desain Kegiatan  Peningkatan Kapasitas Pegawai Ditjen Binapenta dan PKK|jl|pl|197000000|||foto, video, desain grafis kegiatan|dokumentasi/Foto:3 dokumentasi:2
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Sound, Tenda, Lighting dan LED  Peningkatan Kapasitas Pegawai Ditjen Binapenta dan PKK|jl|pl|195000000|||sewa perlengkapan acara 3 hari|sewa_acara/Sound:3 sewa_acara/Tenda:3 sewa_acara/Panggung:2 sewa_acara:2 videotron:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Pembuatan Booth Pameran Job Fair|jl|pl|187000000|||desain dan pembuatan booth pameran|sewa_acara:1 cetak_spanduk/Backdrop:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Pekerjaan Tiang PJU Kawasan Balai|k|pl|141000000|||tiang dan lampu penerangan jalan kawasan|lampu_listrik/PJU:2 lampu_listrik/Kabel:1
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Penghargaan dalam Bentuk Barang (Plakat)|b|ep|101000000|99|pcs||plakat penghargaan lembaga pelatihan|plakat:3 trofi:1 souvenir:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Printer Black/White Ruang Staf|b|ep|29500000|10|unit||printer laser monokrom|printer/Laser:3 printer:2 printer/Kartu:0 toner:1
31.74|DITJEN PEMBINAAN PELATIHAN VOKASI DAN PRODUKTIVITAS|Pengadaan AC BLK Batam|b|ep|70000000|||AC split untuk ruang kelas BLK Batam|ac:3 ac/Standing:1 service_ac:1
31.74|PUSAT DATA DAN INFORMASI KETENAGAKERJAAN|Peremajaan UPS untuk Switch Distribution & Access Point Gedung Kemnaker|b|ep|645000000|18|unit|n|UPS online 3 kVA rack mount|ups_listrik:2 ups_listrik/Stabilizer:0 jaringan:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Peralatan CCTV Ruang Arsip|b|ep|24000000|1|unit|||kamera_cctv/Paket:3 kamera_cctv/IP:2 kamera_cctv/Harddisk:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Buku Panduan Calon Pekerja Migran Indonesia|b|ep|306000000|2000|eksemplar|||cetak_buku:3 cetak_brosur/Booklet:2
73.13|UPTD BLK WAJO|Spanduk Pembukaan dan Penutupan PBK dan MTU Tahap 1|b|ep|1020000|||||cetak_spanduk/Spanduk:3 cetak_spanduk/Backdrop:2 cetak_spanduk/X-Banner:1 cetak_spanduk/Roll:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Keperluan Sehari-hari Perkantoran( cangkir dan souvenir)|b|ep|23800000|50|pcs||cangkir keramik logo dan suvenir tamu|souvenir:3 souvenir/Tumbler:2 alat_dapur/Peralatan_Makan:2 plakat:1
31.75|PUSAT PENGEMBANGAN SDM KETENAGAKERJAAN|Perlengkapan Asrama Diklat|b|ep|26500000|130|pcs||bantal, guling, sprei, selimut, handuk|selimut_kasur:3 selimut_kasur/Kasur:2 alat_mandi/Handuk:2 ranjang:1
51.02|UPTD BLK TABANAN|Reproduksi Modul Tahap Persiapan PBK Non Boarding|b|ep|2100000|||||fotokopi:3 cetak_buku/Modul:3 fotokopi/Jilid:2
51.02|UPTD BLK TABANAN|Penggandaan Administrasi Pelatihan BLK Tabanan|b|ep|8000000|||formulir dan daftar hadir pelatihan|fotokopi:3 fotokopi/F4:2 cetak_blanko:2 kertas_a4:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Implementasi 5S (Perlengkapan Aula) BPVP Belitung|b|ep|30500000|||label rak, papan informasi, tempat sampah terpilah|stiker_label/Label_Aset:2 papan_nama/Papan_Tulis:2 tempat_sampah/Terpilah:2 rak_buku:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Perawatan Gedung dan Bangunan Ditjen Binapenta dan PKK ( Pengadaan dan Perbaikan lampu ruang kerja)|b|ep|6000000|130|pcs|||lampu_listrik/Bulb:3 lampu_listrik/Hemat:3 lampu_listrik:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pembongkaran dan Pemasangan AC Ruang Kerja|jl|ep|1150000|2|unit|||service_ac/Bongkar:3 service_ac:2 ac:0
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Konsumsi PBK V Boarding Pembuatan Kapal Boat Fiber|b|ep|94000000|2304|porsi|||makanan_pasien/Asrama:3 prasmanan/Harian:2 nasi_box:2 sarana_ikan:0
35.15|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SIDOARJO|Pengadaan Konsumsi Kegiatan KKIN IX Regional Barat 3 Tahun 2024 di BPVP Sidoarjo|b|ep|66000000|1847|kotak||makan dan snack peserta kompetisi|nasi_box:3 snack_box:3 prasmanan:2
52.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS LOMBOK TIMUR|Penggandaan Bahan Materi Uji Kompetensi|b|ep|1300000|||||fotokopi:3 fotokopi/Jilid_Soft:1 kertas_a4:1
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Pengadaan Perangkat Pengolah Data dan Komunikasi Perlengkapan|b|ep|20000000|||||laptop:2 pc_desktop:2 aksesori_komputer:1
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Konsumsi peserta juri WS dan panitia Pelatihan Peningkatan Karir Instruktur Pemerintah|b|ep|48000000|1970|kotak|||nasi_box:3 snack_box:2 prasmanan:1
81.71|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS AMBON|Konsumsi Peserta Pelatihan Boarding (160 JP)|b|ep|121000000|2400|porsi|||makanan_pasien/Asrama:3 nasi_box:2 prasmanan/Harian:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Perlengkapan Panitia Pembekalan TKM Lanjutan 2024|b|ep|9900000|80|paket||kaos, topi, ID card panitia|kaos:2 topi_atribut/Baseball:2 id_card:2 tas_seminar:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Meubelair/Peralatan/Perlengkapan BPVP Belitung|b|ep|47500000|||meja, kursi, lemari ruang kelas|MEBEL:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Perlengkapan Peserta dan Pengajar Workshop Kewirausahaan T.A 2024|b|ep|4700000|505|paket||tas spunbond, buku, pulpen|tas_seminar/Spunbond:3 tas_seminar:2 buku_tulis:2 pulpen:2
31.74|PUSAT PASAR KERJA|Perlengkapan peserta kegiatan Rapat Koordinasi Sistem Informasi Pasar Kerja Tahun 2024|b|ep|76000000|500|paket||seminar kit peserta|tas_seminar:3 buku_tulis/Notebook:2 pulpen/Promosi:2 id_card:1
"""

# Kementerian Ketenagakerjaan, e-purchasing V6 and non-tender records, TA 2025.
KEMNAKER_2025 = """
31.74|BADAN PERENCANAAN DAN PENGEMBANGAN KETENAGAKERJAAN|AC Portable Ruang Server|b|ep|5100000|1|unit||AC portable 1 PK|ac:1 kipas_angin:1
31.74|BIRO PERENCANAAN|Belanja Alat Tulis Kantor Biro Perencanaan|b|ep|57000000|||||ATK
33.74|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SEMARANG|Baju Kerja (Kaos) Tailor Made Training DUDI/UMKM (Reskilling/upskilling)|b|ep|110000000|800|pcs|||kaos/Cotton:3 kaos/Polo:2 kaos:1 pdh:0
31.74|BADAN PERENCANAAN DAN PENGEMBANGAN KETENAGAKERJAAN|Belanja Bahan Seminar Kit Peserta Indonesian Forum on Labour and Productivity (IFLP) 2025|b|ep|89500000|350|paket||tas, notebook, pulpen, tumbler|tas_seminar:3 buku_tulis/Notebook:3 pulpen/Promosi:2 souvenir/Tumbler:2 pulpen:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Belanja Barang Persediaan Barang Konsumsi Ditjen Binapenta dan PKK Semester I|b|ep|81000000|||||KOMP:1 BERSIH:1 ATK:2
31.74|DITJEN PEMBINAAN PENGAWASAN KETENAGAKERJAAN DAN K3|Belanja Modal Peralatan dan Mesin, Pengadaan Furniture Kantor|b|ep|345000000|47|unit||meja kerja, kursi, lemari arsip, sofa|MEBEL
31.74|BADAN PERENCANAAN DAN PENGEMBANGAN KETENAGAKERJAAN|Belanja Sewa Kendaraan eselon 1|jl|ep|127000000|7|unit||sewa mobil pejabat 12 bulan|mobil:1
31.74|SEKRETARIAT JENDERAL|Cetak Boks Arsip Foto Biro Humas|b|ep|9550000|78|pcs||boks arsip foto bebas asam|map_ordner/Box_Arsip:2 map_ordner/Box_File:1
31.74|DIREKTORAT PENEMPATAN TENAGA KERJA DALAM NEGERI|Cetak Buku Analisis Pasar Kerja Semester I 2025|b|ep|29400000|280|eksemplar|||cetak_buku/Laporan:3 cetak_buku:2 fotokopi/Jilid:1
31.74|SEKRETARIAT JENDERAL|Furniture Ruang Kerja Sekjen|b|ep|78500000|30|unit|||MEBEL
31.74|SEKRETARIAT JENDERAL|Komputer Biro Umum|b|ep|67500000|3|unit|||pc_desktop:3 pc_desktop/All:2 laptop:2
73.71|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS MAKASSAR|Konsumsi Peserta Pelatihan BBPVP Makassar Batch II|b|ep|459000000|4976|porsi|||nasi_box:3 makanan_pasien/Asrama:2 prasmanan/Harian:2 snack_box:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Konsumsi Peserta Pelatihan 80 JP dan Konsumsi Peserta Pelatihan Smart|b|ep|22800000|1120|kotak|||nasi_box:3 snack_box:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Konsumsi Peserta Pelatihan PBL Smart I sebanyak 8 paket|b|ep|46900000|2304|kotak|||nasi_box:3 snack_box:2 prasmanan/Harian:2
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|PENGADAAN MAP FOLDER KEUANGAN DITJEN BINAPENTA DAN PKK|b|ep|18400000|1400|pcs||map folder cetak logo bahan art carton|cetak_blanko/Map:3 map_ordner/Stopmap:2 map_ordner/Batik:2 map_ordner:1
64.72|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS SAMARINDA|Pakaian Olahraga dan pakaian Kerja PBK 2025|b|ep|22600000|176|pcs|||kaos/Olahraga:3 pdh/Seragam_Kerja:3 kaos:1
31.75|POLITEKNIK KETENAGAKERJAAN|Pembelian AC Split Kelas Baru|b|ep|61000000|||AC split 2 PK ruang kelas|ac/Sharp:3 ac:2 ac/Standing:1 service_ac/Bongkar:1
31.75|POLITEKNIK KETENAGAKERJAAN|Pembelian Mebeler Auditorium|b|ep|419000000|102|unit||kursi auditorium dan meja panggung|kursi_lipat/Futura:2 kursi_kantor/Rapat:2 kursi_lipat:1 meja_kantor/Banquet:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pembelian Perlengkapan Peserta Penyuluhan Jabatan|b|ep|94500000|740|paket||tas, buku catatan, pulpen|tas_seminar:3 buku_tulis/Notebook:2 pulpen:2
31.74|DIREKTORAT PENGENDALIAN PENGGUNAAN TENAGA KERJA ASING|Pencetakkan Buku agenda, Kalender dan Map Direktorat PPTKA|b|ep|107000000|2450|pcs||buku agenda hardcover, kalender meja, map logo|buku_tulis/Notebook:3 cetak_brosur/Kalender:3 cetak_blanko/Map:3 map_ordner/Batik:2 buku_tulis/Agenda_Surat:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan ATK dan Komputer Supplies Kegiatan Pembekalan TKM Lanjutan TA. 2025|b|ep|9950000|||||ATK KOMP kertas_a4:3 kertas_foto:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Pengadaan Bahan Kejuruan Las dan Listrik PBK Angkatan III|b|ep|176000000|||plat besi, elektroda, kabel NYM, MCB, lampu|material_bangunan/Besi:1 lampu_listrik/Kabel:2 lampu_listrik/Bulb:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Bahan Pelatihan Barista PBK Tahap 2 Tahun 2025 di UPTD BLK Prov. Kep. Babel|b|ep|23500000|||kopi biji, susu, sirup, gelas cup|kopi_umkm/Biji:3 kopi_umkm:2 susu:2 kopi_teh_gula:1 peralatan_usaha/Barista:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Bahan Pelatihan Pengelola Administrasi Perkantoran 260 JP PBK Tahap 3 Tahun 2025|b|ep|5050000|||kertas, map, ordner, alat tulis praktik|ATK:2 map_ordner/Ordner:2
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Bahan Pelatihan Teknisi Perawatan AC Residential PBK Tahap 3 Tahun 2025 di UPTD BLK Prov. Kep. Babel|b|ep|15100000|||unit AC split praktik, pipa tembaga, freon|ac/1_PK:2 ac:1 service_ac/Freon:1
35.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Pengadaan Bahan Praktik 2 paket Smart Sector PBL Smart Farming dan Konten Visual 200 JP|b|ep|44000000|||bibit sayur, pupuk, media tanam, sensor|bibit_tanaman/Cabai:2 pupuk:2 pupuk/Organik:2 benih_pangan:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Baju seragam Pengantar Kerja|b|ep|63000000|94|stel||kemeja seragam fungsional pengantar kerja|DINAS:1 pdh:3 batik_seragam:2 pdh/Kemeja:2
31.74|SEKRETARIAT JENDERAL|Pengadaan Genset (Eco-Friendly Backup Power System)|b|ep|2350000000|1|unit|n|genset 500 kVA hybrid baterai gedung kantor|genset/Cummins:3 genset:2
36.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS SERANG|Pengadaan Jasa Konsumsi Peserta PBK Reguler 38 Paket|b|ep|89500000|4398|kotak|||nasi_box:3 snack_box:2 prasmanan/Harian:2
14.72|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Jasa Layanan Internet Satuan Pelayanan Dumai|jl|ep|31000000|||||jaringan:1
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Konsumsi Registrasi Peserta, Fasilitator, dan Mitra Kegiatan Business Matching TKM Lanjutan|b|ep|33500000|1200|kotak||snack registrasi dan makan siang|snack_box:3 nasi_box:3 air_gelas:1 kopi_teh_gula:1
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Pakaian Kerja untuk 4 Program PBK Bidang Pariwisata Tahun 2025|b|ep|9900000|64|stel||seragam kerja tata boga dan tata graha|pdh/Seragam_Kerja:2 pdh:1 kaos/Polo:2
35.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Pengadaan Pakaian Kerja dan Perlengkapan peserta Tailor Made Training sejumlah 40 Paket|b|ep|120000000|688|stel|||pdh/Seragam_Kerja:3 tas_seminar:2 buku_tulis:1 pdh:1 kaos/Polo:1
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Pengadaan Pakaian Praktik Peserta Pelatihan Project Based Learning (PBL) 160 Paket dan Pelatihan Tailor Made Training 80 JP (65 Paket)|b|ep|640000000|3664|stel|||pdh/Seragam_Kerja:3 pdh:1 kaos:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Persediaan ATK dan Komputer Supplies Ditjen Binapenta dan PKK Semester II|b|ep|117000000|||||ATK KOMP kertas_a4:3 kertas_foto:2
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan SSD dan Wifi Dongle untuk Pemeliharaan Personal Computer (PC) BPVP Belitung Tahun 2025|b|ep|870000|3|pcs|||flashdisk/Harddisk:1 jaringan/Access:0 aksesori_komputer:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Pengadaan Sewa Laptop Direktorat PPTKA|jl|ep|259000000|180|unit||sewa laptop 12 bulan|laptop:1
32.75|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BEKASI|Peralatan Workshop dan Meubelair Kantor|b|ep|76000000|30|unit||meja kerja, kursi, rak perkakas workshop|meja_kantor:2 kursi_kantor:2 rak_buku:1 lemari_arsip:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Percetakan Buku Saku Disabilitas|b|ep|23200000|350|eksemplar||buku saku A6 full color|cetak_brosur/Booklet:3 cetak_buku:2
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Percetakan Kertas Kop Dit. Bina PTKK|b|ep|32500000|205|rim|||cetak_blanko/Kop:3 cetak_blanko:1 kertas_a4/80:1 kertas_f4:0
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Percetakan Kwitansi Bendahara|b|ep|13000000|250|buku||buku kwitansi bernomor cetak|buku_tulis/Kwitansi:3 cetak_blanko:2 cetak_blanko/Register:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Percetakan Odner PertanggungJawaban|b|ep|44000000|450|pcs||ordner cetak logo dan label|map_ordner/Ordner:3 map_ordner/Box_File:2 map_ordner:1
31.74|DIREKTORAT PENEMPATAN TENAGA KERJA DALAM NEGERI|Seminar Kit Penyuluhan Jabatan Bagi Pencari Kerja, Alumni PBK dan Perguruan Tinggi|b|ep|12600000|250|paket|||tas_seminar:3 buku_tulis/Notebook:2 pulpen/Promosi:2
31.74|DIREKTORAT PENEMPATAN TENAGA KERJA DALAM NEGERI|Vidiografis E-BKK|jl|ep|51500000|||video motion graphic sosialisasi|dokumentasi/Video:2 dokumentasi:1
31.74|SEKRETARIAT JENDERAL|Belanja Modal Peralatan dan Mesin (Pengadaan CCTV)|b|pl|205000000|||CCTV gedung kantor 32 kamera|kamera_cctv/Paket:3 kamera_cctv/IP:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:0
31.74|SEKRETARIAT JENDERAL|Pembelian Obat - Obatan Poli Umum Klinik Pegawai|b|pl|154000000|||obat generik dan BMHP poliklinik|obat:3 bmhp:2 alkes:1
31.74|SEKRETARIAT JENDERAL|Pembuatan Ground Tank Gedung B|k|pl|205000000|||||tangki_air:1 semen:1
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Kaos Peserta PBK Tahap I|b|pl|33500000|||||kaos:3 kaos/Cotton:3 kaos/Olahraga:2
32.73|BALAI KESELAMATAN DAN KESEHATAN KERJA BANDUNG|Kendaraan roda 4 Operasional Pengujian|b|pl|240000000|1|unit||mobil operasional penguji K3|mobil:2 mobil/Innova:2 mobil/Triton:2
32.73|BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG|Modul Peserta PBK Tahap 1|b|pl|59500000|||penggandaan dan jilid modul|fotokopi:3 cetak_buku/Modul:3 fotokopi/Jilid:2
73.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS PANGKAJENE|Pengadaan Perlengkapan dan Sepatu Safety Peserta PBK|b|pl|99000000|||||sepatu/Safety:3 tas_seminar:2 sepatu/Boots:2 apd_kerja:1
32.12|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANDUNG BARAT|Pengadaan Perlengkapan Peserta, Pakaian Kerja, Pakaian Olah Raga dan Safety Shoes  Non Boarding (4 Paket) Kegiatan PBK Tahap 1 di UPTD BLK Indramayu|b|pl|40500000|||||pdh/Seragam_Kerja:3 kaos/Olahraga:3 sepatu/Safety:3 tas_seminar:2 kaos:1
31.74|DITJEN PEMBINAAN PENEMPATAN TENAGA KERJA DAN PERLUASAN KESEMPATAN KERJA|Percetakan Buku Pedoman Pembinaan ULD|b|ep|38000000|220|eksemplar|||cetak_buku:3 cetak_brosur/Booklet:2
35.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Pengadaan Bahan Pelatihan Pengolahan Roti kue, Modul dan konsumsi 2 paket|b|ep|12000000|||tepung, telur, gula, mentega; modul; konsumsi|telur:2 kopi_teh_gula/Gula:2 nasi_box:2 fotokopi:2 susu:1
35.10|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANYUWANGI|Pengadaan Bahan Pelatihan, Sepatu Kerja, Buku Modul PBL|b|ep|8500000|||||sepatu/Safety:2 sepatu/PDL:2 fotokopi:2 cetak_buku/Modul:2
31.75|PUSAT PENGEMBANGAN SUMBER DAYA MANUSIA KETENAGAKERJAAN|Perlengkapan Peserta Strategic Thinking|b|ep|116000000|76|paket||tas ransel, notebook, pulpen, tumbler|tas_seminar:3 tas_seminar/Ransel:3 buku_tulis/Notebook:2 pulpen:2 souvenir/Tumbler:2
32.17|BALAI BESAR PERLUASAN KESEMPATAN KERJA|Pengadaan Konsumsi Peserta dan Pengajar Kegiatan Pembekalan TKM Lanjutan 2025 (Cadangan)|b|ep|6000000|393|kotak|||nasi_box:3 snack_box:2
73.03|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BANTAENG|Konsumsi Peserta Pelatihan PBK Angkatan IV|b|ep|13000000|||||nasi_box:3 snack_box:2 prasmanan/Harian:2
19.02|BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS BELITUNG|Pengadaan Pakaian Kerja untuk 4 Program PBK Smart Sektor (Project Based Learning) Tahun 2025|b|ep|17500000|128|pcs||kaos kerah bordir peserta|kaos/Polo:3 pdh/Seragam_Kerja:2 kaos:1
"""

# Provinsi Lampung and regencies, SPSE non-tender (pengadaan langsung / penunjukan langsung), TA 2022.
LAMPUNG = """
18|DINAS PERUMAHAN KAWASAN PERMUKIMAN DAN CIPTA KARYA|Penyesuaian Materi Teknis Ranperda Rencana Pembangunan dan Pengembangan Perumahan dan Kawasan Permukiman (RP3KP)|ks|pl|97500000|||||
18|BADAN PENDAPATAN DAERAH|Pemeliharaan Komputer Samsat Wilayah|jl|pl|186000000|||perawatan PC dan printer kantor samsat|KOMP:1 aksesori_komputer:1
18|BADAN PENDAPATAN DAERAH|Pemeliharaan Printer Samsat|jl|pl|118000000|||servis printer passbook dan laser|tinta_printer:1 toner:1 printer:1
18|SEKRETARIAT DPRD|Belanaja Alat Untuk Kegiatan Kantor Alat Tulis Kantor Pada Kegiatan Penyediaan Bahan/Material Bulan April 2022 dan Mei  2022|b|pl|158000000|||||ATK
18|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Sewa Hotel Rapat Teknis Persiapan Program BOS dan BOSDA  (Kepala Sekolah dan Bendahara)|jl|pn|615000000|||paket fullboard hotel|prasmanan/Fullday:1
18|DINAS PENGELOLAAN SUMBER DAYA AIR|Penyusunan DED Pembangunan Embung / Bangunan Penampung Air ( Lokasi 12)|ks|pl|99000000|||||
18|DINAS PENGELOLAAN SUMBER DAYA AIR|Penyusunan DED Rehabilitasi Jaringan Irigasi ( Lokasi 26)|ks|pl|99500000|||||
18|BIRO PENGADAAN BARANG DAN JASA|Pengembangan aplikasi pengadaan barang jasa|ks|pl|98000000|||||perangkat_lunak:0
18|SEKRETARIAT DPRD|Cetak Undangan Rapat Paripurna Istimewa DPRD dalam Memperingati Hari Jadi  Provinsi Lampung Ke-58|b|pl|61500000|||undangan art carton cetak emboss + amplop|cetak_blanko/Piagam:2 amplop/Cetak:2 cetak_blanko:1 cetak_brosur:1
18|SEKRETARIAT DPRD|Pengadaan Videotron Di Ruang Sidang Paripurna Pada Bagian Belakang Meja Pimpinan DPRD Provinsi Lampung|jl|pl|205000000|||videotron indoor terpasang|videotron/Indoor:3 videotron:2 tv_display/Interactive:1
18|DINAS PETERNAKAN DAN KESEHATAN HEWAN|Pemeliharaan Bangunan Dalam Negeri  Gedung Bertingkat (Gedung Kantor)|k|pl|94500000|||||material_bangunan/Cat:1
18|SEKRETARIAT DPRD|Biaya jasa konsultan akuntan publik (auditor eksternal) belanja jasa tim survey tunjangan perumahan dewan|ks|pl|86000000|||||
18|SEKRETARIAT DPRD|Kelengkapan Atribut Pakaian Dinas Pimpinan dan Anggota DPRD (85 Set)|b|pl|131000000|85|set||pin, lencana, papan nama, tanda jabatan|topi_atribut/Atribut:3 topi_atribut:1 pdh:0
18|DINAS KESEHATAN|Belanja Modal Pagar (BAPELKES)|k|pl|153000000|||||material_bangunan:1 semen:1
18|DINAS PETERNAKAN DAN KESEHATAN HEWAN|Pengadaan Pakan Konsentrat Kambing di UPTD PTKS|b|pl|159000000|||pakan konsentrat ternak kambing|ternak/Kambing:0 pakan_ikan:0 obat_hewan:0
18|DINAS KELAUTAN DAN PERIKANAN|Belanja Hibah Barang kepada Badan dan Lembaga Nirlaba, Sukarela bersifat Sosial Kemasyarakatan berupa Bantuan Mesin Pakan Mandiri kepada Kelompok Pembudidaya Ikan (Pokdakan) di Kabupaten|b|pl|172000000|||mesin pelet pakan ikan (pencetak dan pengering)|pakan_ikan/Mandiri:1 alsintan/Pencacah:1 sarana_ikan:1
18|SEKRETARIAT DPRD|Lemari Kaca 2 Pintu pada sub kegiatan Penyediaan Peralatan dan Perlengkapan Kantor|b|pl|97500000|||lemari kaca display 2 pintu|lemari_arsip/2_Pintu:2 lemari_arsip/Sliding:2 lemari_arsip:1 rak_buku:1
18|DINAS KESEHATAN|Belanja makanan minuman pegawai bulan ramadhan RSUD BNH|b|pl|64500000|||takjil dan nasi kotak berbuka petugas jaga|nasi_box:3 snack_box/Tradisional:2 prasmanan/Harian:2 makanan_pasien:1
18|DINAS KELAUTAN DAN PERIKANAN|Belanja Jasa Konsultasi perencanaan Rekayasa-Jasa Desain Rekayasa Lainnya berupa Konsultan Perencanaan di PPP Kota Agung yaitu Konsultan Pembangunan Perikanan Tipe C (Perencanaan/Pengawasan)|ks|pl|61500000|||||
18.01|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Pembangunan SUMUR BOR dan instalasi Ds.KARANG SARI KECAMATAN PALAS|k|pl|188000000|||||tangki_air:1 material_bangunan/Pipa:1
18.01|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Penyiapan lahan Gedung Kantor Damkar|k|pl|97000000|||||
18.05|SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH|Belanja Jasa Tenaga Kebersihan Gedung Dewan|jl|pl|164000000|||||BERSIH:1
18.05|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG|Jasa Pengawasan Rehabilitasi Saluran Primer Penangkis dan Sekunder Daerah Irigasi Rawa Batu Ampar|ks|pn|285000000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); keys starting with "inaproc" are APBN (central government).
    "inaprocb3a": (
        "Kemnaker e-purchasing/non-tender 2023 (Aldbow/Data-Retrieval-INAPROC-LKPP)",
        2023,
        False,
        KEMNAKER_2023,
    ),
    "inaprocb3b": (
        "Kemnaker e-purchasing/non-tender 2024 (Aldbow/Data-Retrieval-INAPROC-LKPP)",
        2024,
        False,
        KEMNAKER_2024,
    ),
    "inaprocb3c": (
        "Kemnaker e-purchasing/non-tender 2025 (Aldbow/Data-Retrieval-INAPROC-LKPP)",
        2025,
        False,
        KEMNAKER_2025,
    ),
    "lampungb3": (
        "Provinsi Lampung SPSE non-tender 2022 (yzrofiq/sibajalpg)",
        2022,
        False,
        LAMPUNG,
    ),
}
