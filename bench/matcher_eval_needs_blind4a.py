# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind4a, a fourth held-out matcher evaluation set (regional governments, APBD), with the labeller's graded intent.

Sources (public GitHub repositories, read with the search tools and fetched snapshots; SOURCES.md, section "blind4a"):

* SiRUP "RUP-PaketPenyedia-Terumumkan" of Provinsi Kalimantan Barat (KLPD D197), TA 2025, kept as
  `datasets/rup/RUP-PaketPenyedia-Terumumkan-2025.parquet` in blogramadhan/data-science (nama_paket,
  nama_satker, pagu, metode_pengadaan, jenis_pengadaan, volume_pekerjaan, spesifikasi_pekerjaan): the
  province's own offices in Pontianak and its UPT in the regencies (KPH, UPPD, benih and laboratory units).
* e-Katalog 5 e-purchasing packages of Kalimantan Barat, TA 2022, `katalogdetail.xlsx` in
  blogramadhan/epurchasing (nama_paket, nama_satker, alamat_satker, kd_klpd, kuantitas, total_harga,
  nama_komoditas): Provinsi Kalimantan Barat and ten of its kabupaten/kota (Kota Pontianak, Kota Singkawang,
  Sanggau, Kubu Raya, Sambas, Sintang, Landak, Kapuas Hulu, Melawi, Sekadau).
* SiRUP paket penyedia of Provinsi Kalimantan Selatan, TA 2025, `PAKET_RUP_KALSEL_2025.xlsx` (sheet
  "Penyedia": Kode RUP, Satuan Kerja, Nama Paket, Pagu, Metode Pemilihan, Sumber Dana) in
  hikaridha/sirup-downloader.

No row comes from a repository used by the earlier sets, and no package name below appears in
bench/matcher_eval_needs.py, bench/matcher_eval_needs_blind2.py or bench/matcher_eval_needs_blind3.py
(checked programmatically on normalised names). Every row is my own record made from one real package name,
reworded lightly (other angkatan, tahap, periode, triwulan, school, desa and kecamatan names or numbers), the
noise of the original kept: ALL CAPS, typos ("Leptop", "recepsionis", "feeling cabinet", "Caseette",
"Portebel", "Olahraraga", "Mater"), export debris ("&amp;", "&#x27;"), MAK-like codes (5.02.02.1.05.0011,
KTPG-...), "[HORTI]", "(SEKRT)", "(DAK)", "[ - ]" and several items in one name. Pagu is near the real
package's value, not equal to it; the volume is the source's quantity where it counts goods in the catalog's
units. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its
MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked
these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]

# Provinsi Kalimantan Barat, SiRUP RUP paket penyedia, TA 2025.
KALBAR_RUP_2025 = """
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (Koordinasi penyusunan dokumen perencanaan pembangunan daerah bidang sosial budaya)|b|ep|27900000|||rapat biasa|MAMIN
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat 5.02.02.1.05.0011|jl|ep|21100000|||rapat biasa|MAMIN
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (asistensi penyusunan dokumen perencanaan pembangunan PD bidang kewilayahan II)|b|ep|255000|||fotokopi hitam putih A4/F4, jilid spiral|CETAK:1 fotokopi:3 fotokopi/Jilid_Soft:3
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak-Penyusunan Rencana Pengelolaan Kesatuan Pengelolaan Hutan|b|ep|705000|||fotokopi dan jilid spiral plastik|CETAK:1 fotokopi:3 fotokopi/Jilid_Soft:3
61|BADAN PERENCANAAN PEMBANGUNAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (pelaksanaan monitoring & evaluasi penyusunan dokumen perencanaan pembangunan PD bidang infrastruktur)|b|ep|2190000|||ordner folio, isi staples, binder clip|ATK map_ordner/Ordner:3 stapler:3
61|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Pakaian Dinas Lapangan (PDL) - Pakaian Kerja Lapangan (Expo)|b|ep|14100000|||pakaian kerja lapangan|pdh:1 kaos/Rompi:1 pdh/PDL:3
61|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Alat/Bahan untuk Kegiatan Kantor- Perabot Kantor - Alat/Bahan Pembersih dan  Kebersihan|b|ep|785000000|||alat/bahan pembersih dan kebersihan|BERSIH
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer 5.02.01.1.06.0012|b|ep|7600000|||refill kit Canon hitam; BT D60BK; BT5000|KOMP
61.08|UPT KESATUAN PENGELOLAAN HUTAN LANDAK|Belanja Bibit Produktif|b|ep|53500000|1000|batang||label biru, tinggi 40 cm|bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2 bibit_tanaman/Kopi:1 bibit_tanaman/Mahoni:1
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH|Belanja Bahan-Bahan/Bibit Tanaman [ - ] Penyediaan Tanaman buah kebun koleksi|b|ep|159000000|||bahan/bibit tanaman pertanian|bibit_tanaman:1 bibit_tanaman/Alpukat:2 bibit_tanaman/Durian:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|TP-Pengadaan Benih Jagung dalam rangka Pengembangan Tanaman Pangan|b|ep|668000000|6750|kg||daya berkecambah minimal 90%, bersertifikat|benih_pangan:1 benih_pangan/Jagung:3
61|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Pakaian Dinas Harian (PDH) - Pakaian Dinas dan Kelengkapannya|b|ep|485000000|||pakaian dinas dan kelengkapannya|DINAS
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya (Pakaian Dinas Harian / PDH)|b|ep|125500000|153|stel||lengan panjang/pendek, bahan menyesuaikan|DINAS topi_atribut/Atribut:2
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Pakaian Dinas Harian (PDH) (PDH KPH SAMBAS)|b|pl|11400000|||lengan panjang/pendek|DINAS
61|BIRO ORGANISASI SETDA PROVINSI KALIMANTAN BARAT|Pakaian Batik|b|ep|38600000|50|stel||batik tradisional|batik_seragam:3 batik_seragam/Korpri:1
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Pakaian Olahraga_Pembinaan Minat, Bakat dan Kreativitas Siswa SLB|b|ep|21800000|||pakaian olahraga; baju kaos|kaos:2 sepatu/Olahraga:1 kaos/Olahraga:3
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Pakaian KORPRI|b|ep|18100000|||korpri|batik_seragam:1 batik_seragam/Korpri:3
61|UPT PENGUJIAN DAN SERTIFIKASI MUTU BARANG|Belanja Pakaian Kerja Laboratorium|b|ep|34500000|||jas laboratorium; pakaian lab lapangan|pdh/PDL:1 pdh/Seragam_Kerja:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Pakaian Sipil Lengkap (PSL)|b|ep|10200000|||jas lengkap lengan panjang|pdh/Jas:3 pdh/PSH:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Persediaan untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkankepada Masyarakat (Pengadaan Pakaian Lapangan Kegiatan BBGRM)|b|ep|29200000|||pakaian lapangan kegiatan BBGRM|pdh/PDL:2 kaos/Kegiatan:2 kaos/Rompi:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|meja recepsionis dan meja kerja |b|ep|42700000|||||meja_kantor:3 meja_kantor/Lipat:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|meja rapat|b|ep|31900000|2|unit|||meja_rapat:3 meja_kantor:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Mebel (Meja Kerja dan Kursi Kantor) Ruang Wakil Gubernur|b|ep|40900000|||meja kerja pimpinan dan kursi kantor|meja_kantor:3 kursi_kantor:3 meja_kantor/Lipat:1 lemari_arsip:1
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Sewa Mebel (Sewa Kursi Kegiatan Gema Membangun Desa Tahap II)|jl|ep|30700000|||meja/kursi dengan sarung|sewa_acara:2 kursi_lipat:1 sewa_acara/Kursi:3
61|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA PROVINSI KALIMANTAN BARAT|Belanja Sewa Alat Kantor Lainnya  (Sewa Tenda Kegiatan Gema Membangun Desa Tahap II)|jl|ep|29300000|||sewa tenda|sewa_acara:1 sar/Tenda:0 sewa_acara/Tenda:3
61|DINAS SOSIAL PROVINSI KALIMANTAN BARAT|Meja Kerja Eselon IV atau yang disetarakan|b|ep|7900000|2|unit|||meja_kantor:3 meja_kantor/Lipat:1 meja_kantor/Pejabat:2
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|pengadaan feeling cabinet ; kursi susun ; dan kursi pimpinan|b|ep|79800000|||filing cabinet, kursi susun, kursi pimpinan|kursi_kantor:1 kursi_lipat:2 lemari_arsip:1 lemari_arsip/Filing:3 kursi_lipat/Futura:3 kursi_kantor/Pejabat:3
61.04|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH KETAPANG|Belanja Modal Alat Penyimpan Perlengkapan Kantor (KTPG-5.02.01.1.07.0007 Pengadaan Mebel)|b|ep|15100000|||type sliding|lemari_arsip:2 lemari_arsip/Sliding:3 lemari_arsip/Rak_Arsip:0
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan dan pemasangan AC |b|ep|121000000|||AC split terpasang|ac:3 ac/Standing:1 service_ac/Bongkar:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|kipas angin mistivan|b|ep|17500000|3|unit||kipas angin embun (mist fan) outdoor|kipas_angin:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Televisi smart tv|b|ep|131000000|||smart tv ukuran 98 inch|tv_display/Smart_TV:1 tv_display/Interactive:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) -TV 43"|b|ep|16300000|||LED UHD smart TV 43"|tv_display/Smart_TV:2 tv_display/Monitor:0
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Pendingin (AC Split)|b|ep|59800000|||AC split 3/4 PK; 1,5 PK; 2 PK|ac:3 ac/Standing:1
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Pengadaan Alat Pendingin Berupa AC Caseette 5 PK|b|pl|205000000|||AC cassette 5 PK|ac:1 ac/Standing:2
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|Belanja Modal Peralatan Personal Computer-Printer |b|ep|7000000|2|unit||printer|printer:3 printer/Kartu:0
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT| Pengadaan Leptop dan Kamera Kab Landak|b|ep|49000000|||laptop dan kamera diserahkan kepada masyarakat|laptop:3 kamera_cctv/Mirrorless:3 tas_laptop:1
61|DINAS LINGKUNGAN HIDUP DAN KEHUTANAN PROVINSI KALIMANTAN BARAT|Belanja Modal Kursi Kerja Pejabat|b|ep|2800000|||||kursi_kantor:2 kursi_kantor/Pejabat:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bibit Cabe Rawit Polybag di Kabupaten Sambas [HORTI]|b|ep|191000000|3960|batang||tanaman cabe rawit dalam polybag umur 2,5 bulan|bibit_tanaman/Cabai:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Penyaluran Benih Alpukat di Kabupaten Landak|b|ep|84100000|826|batang||label biru, benih sebar, sambung pucuk|bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Benih Kelapa Sawit Siap Tanam Kegiatan Pengembangan Kebun Kelapa Sawit Rakyat di Desa Jangkang Kec. Putussibau Utara Kab. Kapuas Hulu (30 Ha|b|ep|235000000|4290|batang||kelapa sawit siap tanam (polybag)|bibit_tanaman:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Benih Kopi Liberika Kegiatan Pengembangan Kebun Kopi Rakyat di Kabupaten Kayong Utara ( 12 Ha )|b|ep|114500000|9600|batang||bersertifikat dan berlabel|bibit_tanaman/Kopi:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Pupuk Tanaman Jeruk Di Citrus Center [HORTI]|b|ep|21600000|||NPK 16-16-16 + MgO|pupuk:1 pupuk/NPK:3
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Bantuan Traktor Roda 2|b|ep|274000000|8|unit||mesin diesel 4 langkah, 1 silinder|alsintan/Hand_Traktor:3 alsintan/Cultivator:1
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Pakan Ternak Itik|b|ep|19500000|||pakan itik petelur|pakan_ikan:0
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Pengadaan Bantuan Ternak Sapi (1:9)|b|ep|144000000|||1 pejantan 9 betina|ternak:1 ternak/Sapi:3
61|DINAS KESEHATAN PROVINSI KALIMANTAN BARAT|Belanja Obat-Obatan-Obat-Obatan Lainnya Sub Kegiatan (1.02.02.1.01.0027) Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan|b|ep|46500000|||generik|obat:1
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Pengadaan Bahan-Isi Tabung Pemadam Kebakaran (SEKRT)|b|ep|4150000|||isi ulang tabung pemadam kebakaran|apar:1 apar/Isi_Ulang:3
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Bahan-Isi Tabung Gas-Penyediaan Peralatan Rumah Tangga|b|ep|2250000|||elpiji|apar/Isi_Ulang:0
61|RUMAH SAKIT UMUM DAERAH DOKTER SOEDARSO|Belanja Bahan-Isi Tabung Gas - Isi Tabung Gas Medis/N2O|b|ep|8150000000|||isi tabung gas medis/N2O|apar/Isi_Ulang:0
61|UPT PELATIHAN KESEHATAN|Penyediaan Peralatan Rumah Tangga ( Tisu)|b|ep|13500000|||tisu, gayung, keset kaki dll|BERSIH:1 tisu:3
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Rambu-Rambu Lalu Lintas Darat Lainnya (Lampu Hias Besi LED)|b|ep|226000000|||lampu hias besi LED outdoor (Biro Umum)|lampu_listrik/PJU:1 lampu_listrik/Floodlight:1 rambu:0
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata_Pembinaan Minat, Bakat dan Kreativitas Siswa SMK|b|ep|14900000|||medali bahan logam|trofi:1 souvenir:0 trofi/Medali:3
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata (5.02.01.1.06.0004)|b|ep|23600000|||karangan bunga ukuran 2m x 2m|souvenir:0 plakat:0
61|DINAS KELAUTAN DAN PERIKANAN PROVINSI KALIMANTAN BARAT|Pengadaan Jasa Kebersihan Kantor DKP Prov. Kalbar|jl|ep|205000000|||tenaga kebersihan 12 bulan|BERSIH:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Pengawasan Rehabilitasi Keraton Tayan|ks|pl|58500000|||pekerjaan konsultansi|
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Peningkatan Kualitas Permukiman Dusun Sinam II Desa Pemangkat Kota Kecamatan Pemangkat, Kabupaten Sambas|k|pl|176000000|||||semen:1
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|Normalisasi/ Restorasi Sungai / Saluran desa jirak DUSUN SUKAMAJU kecamatan sajad kab sambas|k|pl|187000000|||||
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Jasa Iklan/Reklame, Film, dan Pemotretan :  Belanja Video Layanan Kepemudaan|jl|ep|48500000|||produksi video|dokumentasi:2 dokumentasi/Video:3
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Sewa Aset Tidak Berwujud-Software_Kegiatan Sistem Penerimaan Murid Baru Jenjang SMA dan SMK (Online) Cloud Server|jl|ep|480000000|||sewa cloud server SPMB|perangkat_lunak:0
61|DINAS KEPEMUDAAN, OLAHRAGA DAN PARIWISATA PROVINSI KALIMANTAN BARAT|Belanja Sewa Peralatan dan Mesin|jl|ep|68500000|||sewa bus tim penari HUT RI|mobil/Hiace:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Perjalanan Dinas Paket Meeting Dalam Kota - Pengelolaan Mutasi ASN|b|pl|40100000|||fullday setingkat eselon II di Kalimantan Barat|prasmanan:1 snack_box:1 prasmanan/Fullday:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat_Penilaian Kelayakan Usul Perizinan Pendidikan Menengah yang Diselenggarakan oleh Masyarakat|b|ep|7800000|||rapat biasa|MAMIN
61|DINAS PERKEBUNAN DAN PETERNAKAN PROVINSI KALIMANTAN BARAT|Makan Minum dan Snack Kegiatan Pengembangan Kebun Kopi Rakyat di Kabupaten Sambas|b|ep|1650000|25|kotak||25 orang x 1 kali|nasi_box:3 snack_box:3
61.07|UPT KESATUAN PENGELOLAAN HUTAN BENGKAYANG|Belanja Makanan dan Minuman Jamuan Tamu-Fasilitasi Kunjungan Tamu|b|ep|3100000|||tamu|prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:1
61|UPT PENGAWASAN DAN SERTIFIKASI BENIH|Belanja Makanan dan Minuman Aktivitas Lapangan|b|ep|20400000|||aktivitas lapangan|nasi_box:3 snack_box:2 air_gelas:2
61.01|UPT KESATUAN PENGELOLAAN HUTAN SAMBAS|Belanja Natura dan Pakan-Natura (LOGISTIK KPH SAMBAS)|b|ep|2850000|||kopi; isi ulang air galon; gula pasir|kopi_teh_gula:3 air_galon:3 air_galon/Kosong:1
61|DINAS PERHUBUNGAN PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Pendingin Air Conditioner (AC)  |b|ep|7400000|1|unit||air conditioner (AC)|ac:3 ac/Standing:0
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) -Dispenser|b|ep|4600000|||||alat_dapur:1 alat_dapur/Dispenser:3
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Laptop ROG|b|ep|51500000|1|unit||13.4-inch touchscreen|laptop:1 laptop/Core_i7:2
61|DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL|Belanja Pakaian Dinas Harian (PDH)|b|ep|106000000|||hitam putih; khaki lengan pendek bahan wool|DINAS
61|SEKRETARIAT DAERAH PROVINSI KALBAR|Belanja Modal Peralatan Studio Audio Profesional Sound System|b|ep|61000000|||paket multi fungsi|sound_system:2 sewa_acara/Sound:0 sound_system/Paket:3
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Modal CCTV - Camera Control Television System (5.02.04.1.01.0006)|b|ep|3150000|||CCTV|kamera_cctv/Paket:2 kamera_cctv/PTZ:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Belanja Jasa Pencucian Pakaian, Alat Kesenian dan Kebudayaan, serta Alat Rumah Tangga - Penyediaan Jasa Pelayanan Umum Kantor|jl|pl|19500000|||pakaian, alat kesenian dan alat rumah tangga|laundry:2 laundry/Kiloan:3
61|UPT PERLINDUNGAN TANAMAN PANGAN DAN HORTIKULTURA|Belanja Suku Cadang-Suku Cadang Alat Pertanian - Kaca preparat|b|ep|495000|12|kotak||25,4 mm x 76,2 mm|alat_lab/Gelas:1
61|BADAN KEPEGAWAIAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer - Pengelolaan Kenaikan Pangkat ASN Periode Oktober|b|ep|30900000|||664 (yellow); 664 (cyan); BT D60BK; 790|KOMP
61.72|UPT PELAYANAN PENDAPATAN DAERAH WILAYAH SINGKAWANG|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover (5.02.01.1.02.0008 Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulanan/Semesteran SKPD)|b|ep|181000|||HVS 75 gr A4|kertas_a4:3 kertas_f4:2
61|DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN BARAT|Pengadaan Bahan Cetak - Penyediaan Peralatan dan Perlengkapan Kantor|b|ep|41500000|||stopmap berkop|cetak_blanko/Map_Folder:3 map_ordner/Map_Batik:2 CETAK:1
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Pengadaan Bahan Bangunan Perbaikan Rumah Tidak Layak Huni dalam Kawasan Permukiman Kab  Kapuas Hulu II|b|pl|295000000|||bahan bangunan perbaikan RTLH 10 unit rumah|semen:2 material_bangunan:2 material_bangunan/Cat:2
61|DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI KALIMANTAN BARAT|REHABILITASI JEMBATAN PROVINSI KALIMANTAN BARAT (TERSEBAR) II|k|t|4850000000|||pekerjaan teknis jembatan bidang bina marga|
61.03|UPT KESATUAN PENGELOLAAN HUTAN SANGGAU TIMUR|Belanja Pemeliharaan Komputer-Peralatan Komputer-Peralatan Personal Computer|jl|ep|4500000|||printer|printer:0 tinta_printer:0
"""

# Kalimantan Barat (province, kabupaten and kota), e-Katalog 5 e-purchasing packages, TA 2022.
KALBAR_EPURCHASING_2022 = """
61.71|DINAS PANGAN PERTANIAN DAN PERIKANAN|Belanja Modal Peralatan Personal Computer (Laptop dan printer)|b|ep|136000000|7|unit||harus dilengkapi dengan office|laptop:3 printer:3 tas_laptop:1
61.03|SEKRETARIAT DAERAH KABUPATEN SANGGAU|Belanja Alat/Bahan untuk kegiatan Kantor-Perabot Kantor (Bantal,Seprai Single,Kipas Angin,Selang Air,dan Tempat Sampah)|b|ep|28300000|||||selimut_kasur/Bantal:3 selimut_kasur/Sprei:3 kipas_angin:3 tempat_sampah:3 tempat_sampah/Gerobak:0 tempat_sampah/Terpilah:1
61.71|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Ribbon|b|ep|705000000|200|pcs||ribbon printer kartu KTP-el sesuai spesifikasi|tinta_printer:1 toner:1 printer/Kartu:0
61.71|DINAS SOSIAL|Belanja Modal Alat Penyimpan Perlengkapan Kantor (Lemari Arsip) (Sub Kegiatan Pengadaan Peralatan dan Mesin Lainnya)|b|ep|13500000|5|unit|||lemari_arsip:3 lemari_arsip/Rak_Arsip:0 lemari_arsip/Brankas:0
61.03|DINAS PERHUBUNGAN KABUPATEN SANGGAU|Belanja Alat/Bahan untuk Kegiatan Kantor - Alat Tulis Kantor dan Bahan Komputer|b|ep|168000000|||||ATK KOMP
61.09|DINAS PENDIDIKAN|Pengadaan Alat Praktik dan Peraga Siswa PAUD APE TK Islam Terpadu Al Ikhlas (DAK)|b|ep|171000000|44|set||APE dalam dan luar ruangan|ape_paud:3 alat_peraga:1
61.72|SEKRETARIAT DAERAH KOTA SINGKAWANG|Konsolidasi Belanja Alat/Bahan untuk Kegiatan Kantor- Alat Tulis Kantor, Kertas dan Cover Sub Kegiatan Pengelolaan Layanan Pengadaan Secara Elektronik|b|ep|86000|1|pak||spidol warna|ATK:1 spidol:3
61.03|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) Box Bayi|b|ep|2800000|1|unit||box bayi ruang laktasi|ranjang:1
61.03|DINAS KESEHATAN KABUPATEN SANGGAU|PC Desktop|b|ep|42500000|2|unit|||pc_desktop:3 pc_desktop/Workstation:2 laptop:1
61.71|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Toner|b|ep|14800000|50|pcs||barang sesuai dengan spesifikasi|toner:3 tinta_printer:1
61.03|DINAS PERHUBUNGAN KABUPATEN SANGGAU|Pengadaan Peralatan dan Perlengkapan Kantor|b|ep|745000000|35|unit|||laptop:1 pc_desktop:1 printer:1 MEBEL:1
61.12|DINAS PENDIDIKAN DAN KEBUDAYAAN|PENGADAAN MEBEL SEKOLAH SD (DAU) TAHAP II|b|ep|2450000000|2000|set||produk untuk anak SD|mebel_sekolah:1 mebel_sekolah/SD:3 mebel_sekolah/SMP:2
61.03|SATUAN POLISI PAMONG PRAJA KABUPATEN SANGGAU|Belanja Modal Alat Pemadam Kebakaran|b|ep|470000000|15|unit||pompa pemadam portable|apar:1
61.12|DINAS KETAHANAN PANGAN DAN PERTANIAN|Belanja pemeliharaan alat pertanian-alat pengolahan- alat pemeliharaan tanaman/ikan/ternak|b|ep|575000000|23740|kg||NPK diantar sampai ke titik lokasi|pupuk:1 pupuk/NPK:3
61.03|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) Lemari Es/Kulkas|b|ep|2600000|1|unit|||elektronik_rt/Kulkas:3
61.06|DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA|Penyediaan Sarana Pendukung Operasional PKB/PLKB|b|ep|515000000|16|unit||dikirim langsung ke dinas|sepeda_motor:1 laptop:1
61.12|DINAS PENDIDIKAN DAN KEBUDAYAAN|PENGADAAN MEBEL REHABILITASI RUANG KELAS PAUD (DAK)|b|ep|190000000|60|set||meja kursi anak PAUD|mebel_sekolah:1 mebel_sekolah/SD:2
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Tinta/Toner Printer untuk Kegiatan Hortikultura|b|ep|185000|2|botol|||tinta_printer:3 toner:2
61.12|DINAS KETAHANAN PANGAN DAN PERTANIAN|Pengadaan Combine Harvester|b|ep|405000000|1|unit||60 hari kalender|alsintan:0 alsintan/Thresher:1
61.12|SEKRETARIAT DPRD|Belanja Modal Electric Generating Set|b|ep|226000000|1|unit||negosiasi sesuai pagu anggaran|genset:1 genset/Perkins:2
61.03|DINAS KESEHATAN KABUPATEN SANGGAU|Monitor|b|ep|17300000|9|unit|||tv_display/Monitor:3 pc_desktop:0
61.08|DINAS PERTANIAN PERIKANAN DAN KETAHANAN PANGAN|Bibit - Padi Unggul Benih Sebar|b|ep|91000000|8950|kg||penyerahan di titik lokasi|benih_pangan:1 benih_pangan/Padi:3
61.06|DINAS PERIKANAN|Pengadaan Mesin Tempel 15 PK untuk kelompok Nelayan Kec. Embaloh Hilir, Suhaid dan Pokmaswas Kec. Putussibau Utara|b|ep|118000000|3|unit||mesin tempel 15 PK|sar/Perahu:1
61.03|SEKRETARIAT DAERAH KABUPATEN SANGGAU|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) (Belanja Lemari Pakaian,Digital Magic Com,Kasur,Kompor Gas Portebel,,|b|ep|69500000|8|unit|||alat_dapur/Rice_Cooker:3 alat_dapur/Kompor:2 selimut_kasur/Kasur:3 kitchen_set/Lemari:1
61.03|SEKRETARIAT DAERAH KABUPATEN SANGGAU|Belanja Alat/Bahan untuk kegiatan Kantor-Alat/Bahan untuk Kegiatan Kantor Lainnya (Tempat Sampah,terpal)|b|ep|82000000|21|pcs|||tempat_sampah:3 tempat_sampah/Kantong:1 tempat_sampah/Gerobak:1
61.05|DINAS PERTANIAN DAN PERKEBUNAN|Pengadaan Handtractor Kecamatan Kelam Permai|b|ep|59500000|2|unit||dikirim ke kantor dinas|alsintan/Hand_Traktor:3 alsintan/Cultivator:1
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Pengadaan personal Komputer  5.02.01.1.07.04|b|ep|830000000|19|unit|||pc_desktop:3 pc_desktop/Workstation:2 laptop:1
61.03|SEKRETARIAT DAERAH KABUPATEN SANGGAU|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) (Kursi Tamu Jati)|b|ep|6700000|1|set|||sofa:1 sofa/Tamu:2
61.72|DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SINGKAWANG|Belanja Makanan dan Minuman Rapat Sub Kegiatan Pelindungan, Pengembangan, Pemanfaatan Objek Pemajuan Kebudayaan|b|ep|20500000|540|kotak||kegiatan lomba drumband pelajar|nasi_box:3 snack_box:3 air_gelas:1
61.03|DINAS LINGKUNGAN HIDUP KABUPATEN SANGGAU|Belanja Modal Mebel|b|ep|36500000|6|unit|||MEBEL:2
61.72|DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SINGKAWANG|Pengadaan Meubelair Ruang Guru SDN 39 Singkawang (DAK) Sub Kegiatan Pengadaan Mebel Sekolah Dasar|b|ep|28600000|6|set||meja kursi guru|mebel_sekolah/Guru:3 meja_kantor:1 kursi_kantor:1
61.08|INSPEKTORAT|Belanja Modal Alat Ukur Lain-Lain|b|ep|44000000|5|unit||mohon persetujuan pesanan|
61|DINAS KOPERASI USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Produksi dan Pengolahan, Pemasaran, Sumber Daya Manusia, serta Desain dan Teknologi) Angkatan II|b|ep|33000000|40000|lembar||penggandaan bahan pelatihan|cetak_brosur:1 fotokopi:3
61.12|DINAS KETAHANAN PANGAN DAN PERTANIAN|Belanja modal pengadaan Hand Traktor|b|ep|156000000|5|unit||konfirmasi pengiriman sampai lokasi|alsintan/Hand_Traktor:3
61.72|DINAS PERTANIAN KETAHANAN PANGAN DAN PERIKANAN|Mesin Pencacah Rumput/Kelapa Sawit|b|ep|29000000|1|unit|||alsintan:1 alsintan/Pencacah:3
61.71|DINAS PANGAN PERTANIAN DAN PERIKANAN|Belanja Modal Alat Penyimpan Perlengkapan Kantor (Lemari Arsip)|b|ep|8500000|2|unit|||lemari_arsip:3 lemari_arsip/Rak_Arsip:0 lemari_arsip/Brankas:0
61.72|DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA SINGKAWANG|Pengadaan Laptop SMP Era Pembangunan Sub Kegiatan Pengadaan Perlengkapan Sekolah SMP|b|ep|198000000|25|unit||harga sudah termasuk ongkos kirim|laptop:3 laptop/Chromebook:2 tas_laptop:0
61.10|DINAS KOMUNIKASI DAN INFORMATIKA|Pengadaan Makanan dan Minuman untuk Kegiatan Rapat3 pada DISKOMINFO Melawi TA. 2022|b|ep|1150000|32|kotak|||MAMIN
61|DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT|Belanja Modal Alat Kantor Lainnya (LCD Projector/Infocus)|b|ep|14300000|2|unit|||proyektor:3 proyektor/Layar:1 proyektor/Short:2
61.01|DINAS PERTANIAN DAN KETAHANAN PANGAN|Hand Traktor Singkal|b|ep|71500000|3|unit|||alsintan/Hand_Traktor:3
61|BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (5.02.01.1.01.02 Koordinasi dan Penyusunan Dokumen RKA-SKPD Perubahan)|b|ep|3100000|50|kotak|||MAMIN
61.71|DINAS KESEHATAN|Belanja Modal Mebel (UPT RSUD Sultan Syarif Mohamad Alkadrie Kota Pontianak)|b|ep|63000000|2|unit|||MEBEL:1
61.08|DINAS PERTANIAN PERIKANAN DAN KETAHANAN PANGAN|Pengadaan Hand Sprayer|b|ep|95000000|106|unit||packing seaman mungkin|alat_tani/Hand_Sprayer:3 alat_tani/Power:2
61.03|DINAS PERKEBUNAN DAN PETERNAKAN KABUPATEN SANGGAU|Belanja Persediaan untuk Dijual/Diserahkan-Persediaan untuk Dijual/Diserahkan kepada Masyarakat (Pupuk NPK)|b|ep|158000000|||NPK untuk kelompok tani|pupuk:1 pupuk/NPK:3
61.71|BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Makanan Minuman Rapat Subkegiatan Pelaksanaan Penilaian dan Evaluasi Kinerja Aparatur|b|ep|2050000|40|kotak|||MAMIN
61|DINAS KOPERASI USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Rapat (Produksi dan Pengolahan, Pemasaran, Sumber Daya Manusia, serta Desain dan Teknologi) Angkatan II|b|ep|735000000|11600|kotak||43 porsi per kegiatan|MAMIN
61.72|DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak (Sub Kegiatan Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD)|b|ep|1450000|2000|lembar||cover putih; kertas|CETAK:1 fotokopi:3 kertas_foto/Karton:1
61.12|BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA|5.03.01.2.06.02 Belanja Modal Personal Computer|b|ep|120500000|3|unit||PC untuk desain dan olah data|pc_desktop:2 pc_desktop/Workstation:3
61.71|DINAS SOSIAL|Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Sosial ( UPRS ) ( Sub Kegiatan Penyediaan Permakanan )|b|ep|55000000|900|porsi||mamin UPRS, 18 paket per hari|makanan_pasien/Warga:3 nasi_box:2 prasmanan/Harian:2
61|SEKRETARIAT DAERAH PROVINSI KALIMANTAN BARAT|Belanja Makanan dan Minuman Tamu|b|ep|4600000|80|kotak|||snack_box:3 prasmanan:2 nasi_box:2
61.03|KECAMATAN PARINDU|Belanja Modal Mebel Pengadaan Mebel|b|ep|13100000|18|unit|||MEBEL:2
61.72|KECAMATAN SINGKAWANG BARAT|Belanja Modal Alat Rumah Tangga Lainnya (Home Use) - Pengadaan Dispenser, Kulkas dan Kipas Angin Baling : Sub Kegiatan 7.01.01.2.07.06|b|ep|61500000|9|unit||warna bebas|alat_dapur/Dispenser:3 elektronik_rt/Kulkas:3 kipas_angin:3
61.03|DINAS PERUMAHAN CIPTA KARYA TATA RUANG DAN PERTANAHAN|Belanja Bahan-Bahan Lainnya (Atribut Topi)|b|ep|2450000|16|pcs|||topi_atribut/Topi:3 topi_atribut/Atribut:1
61.72|KECAMATAN SINGKAWANG TIMUR|Belanja Pakaian Korpri - Sub Kegiatan 7.01.01.2.05.02 Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya|b|ep|23100000|48|stel|||batik_seragam:1 batik_seragam/Korpri:3
61|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos|b|ep|62500000|4100|lembar||meterai tempel|
61.71|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Printer KTP El|b|ep|47000000|1|unit||sesuai spesifikasi|printer:1 printer/Kartu:2
61|BADAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN BARAT|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak 5.02.03.1.01.07|b|ep|39700000|38000|lembar||hasil jilid harus rapi|fotokopi:3 fotokopi/Jilid:2 cetak_buku:1
61.03|SEKRETARIAT DAERAH KABUPATEN SANGGAU|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas danCover|b|ep|97500000|480|rim|||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:2 kertas_a3:1
61.10|DINAS KESEHATAN|Belanja Modal Personal Computer JKN Puskesmas Menukung|b|ep|40000000|3|unit||harga termasuk instalasi dan ongkos kirim|pc_desktop:3 laptop:1
61.03|DINAS KEARSIPAN DAN PERPUSTAKAAN KABUPATEN SANGGAU|Belanja Modal Personal Komputer|b|ep|106000000|4|unit|||pc_desktop:3 pc_desktop/Workstation:2 laptop:1
61.03|KECAMATAN TAYAN HILIR|Belanja Modal Audio Visual  - Penyediaan Peralatan dan Perlengkapan Kantor|b|ep|6250000|1|unit|||tv_display:1 sound_system:1
61.72|SEKRETARIAT DAERAH KOTA SINGKAWANG|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Sub Kegiatan Pembinaan dan Advokasi Pengadaan Barang dan Jasa|b|ep|3350000|13000|lembar||fotocopy uk. F4 modul pelatihan|fotokopi:2 fotokopi/F4:3
"""

# Provinsi Kalimantan Selatan, SiRUP RUP paket penyedia, TA 2025.
KALSEL_RUP_2025 = """
63|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover (Bidang Pelayanan Pendaftaran Penduduk )|b|pl|5100000|||HVS A4/F4 dan cover|kertas_a4:3 kertas_f4:3 kertas_foto/Karton:2
63|DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Bidang Pelayanan Pencatatan Sipil)|b|pl|5480000|||||ATK
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Sepatu Satpam|b|ep|3800000|||sepatu PDL satpam|sepatu/PDH:1 sepatu/Safety:1 sepatu/PDL:3
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Pakaian Dinas Lapangan (PDL)  (PSSPH_Horti_P3H)|b|ep|3100000|||||pdh:1 topi_atribut/Rimba:1 pdh/PDL:3
63|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Pakaian Dinas Harian (PDH) Pel dasar CPNS Angkatan III|b|ep|24600000|||PDH peserta latsar|pdh:1 batik_seragam:1 pdh/PDH:3 pdh/Kemeja:2
63.01|KESATUAN PENGELOLAAN HUTAN TANAH LAUT|Belanja Pakaian Siaga|b|ep|23100000|||pakaian siaga pengendalian karhutla|kaos/Rompi:1 topi_atribut/Rimba:1 pdh/PDL:2
63|TAMAN BUDAYA|Belanja Bahan-Bahan Lainnya - Baju Kaos|b|ep|29500000|||kaos kegiatan sablon|kaos:2 kaos/Kegiatan:3 kaos/Rompi:0
63|DINAS PERHUBUNGAN|Belanja Pakaian Penyelamatan|b|ep|76500000|||pakaian penyelamatan petugas angkutan sungai|pdh/PDL:1 sar/Life_Jacket:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Kain Sasirangan Kegiatan Pemilihan Nanang Galuh Kalimantan Selatan|b|ep|15400000|||kain sasirangan, penyedia berdomisili di Kalimantan Selatan|tenun_tradisional:1 tenun_tradisional/Sasirangan:3 @63
63|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Pakaian Olahraga Pel Dasar CPNS|b|ep|105000000|||kaos dan celana olahraga peserta|kaos:1 sepatu/Olahraga:1 kaos/Olahraga:3
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Pakaian Bunda Paud|b|ep|17000000|||seragam bunda PAUD|batik_seragam:1 pdh/Kemeja:1 batik_seragam/Printing:2
63|BADAN KESATUAN BANGSA DAN POLITIK|Belanja Pakaian Dinas Lapangan (PDL) Kegiatan Pelatihan Bela Negara|b|ep|184000000|||PDL peserta bela negara|pdh:1 topi_atribut:1 pdh/PDL:3
63|DINAS KEPEMUDAAN DAN OLAHRAGA|Belanja Sewa Pakaian Adat|jl|ep|52000000|||sewa pakaian adat duta|kostum/Pakaian_Adat:1
63|BIRO KESEJAHTERAAN RAKYAT|Belanja Pakaian Jas/Safari|b|ep|48000000|||||pdh/Jas:3 pdh/PSH:1
63|SEKRETARIAT DAERAH|Belanja Pakaian Adat Daerah|b|ep|405000000|||pakaian adat Banjar|kostum:1 tenun_tradisional/Sasirangan:1 kostum/Pakaian_Adat:3
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK|Belanja Modal Lemari Pakaian untuk Klien|b|ep|68500000|||lemari pakaian kayu|lemari_arsip/Kayu:1 kitchen_set/Lemari:0
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Lemari Arsip Filling Kabinet (Umpeg)|b|ep|25800000|||||lemari_arsip:2 lemari_arsip/Filing:3 lemari_arsip/Rak_Arsip:0 lemari_arsip/Brankas:0
63|BIRO UMUM|Belanja Modal Alat Pendingin (Air Conditioner (AC) Standing Kantor dan Rumah Jabatan)|b|ep|390000000|||AC standing|ac:1 ac/Standing:3
63|BIRO UMUM|Belanja Modal Personal Computer (Komputer)|b|ep|222000000|||||pc_desktop:3 laptop:1 pc_desktop/Workstation:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Kursi Kerja (Umpeg)|b|ep|40000000|||kursi kerja staf|kursi_kantor:3 kursi_lipat:0 kursi_kantor/Pejabat:2 kursi_kantor/Rapat:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Lemari Arsip dan Lemari Pajangan Piala Costum (SMAN Banua Kalsel)|b|ep|61500000|||||lemari_arsip:3 lemari_arsip/Brankas:0 rak_buku/Display:1
63|BIRO UMUM|Belanja Modal Kursi Kerja Pejabat (Kursi Rapat)|b|ep|230000000|||kursi rapat pejabat|kursi_kantor:1 kursi_kantor/Rapat:3 kursi_kantor/Pejabat:2
63|BIRO UMUM|Kursi Lipat Gedung dan Ruang Rapat|b|ep|375000000|||||kursi_lipat:2 kursi_kantor/Rapat:1 kursi_lipat/Futura:3 kursi_lipat/Tunggu:0
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Proyektor, Kamera Digital dan Stabilizer Kamera (SMAN BANUA)|b|ep|118000000|||||proyektor:3 kamera_cctv/Mirrorless:3 proyektor/Layar:1
63|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak - Tinta Printer|b|ep|20500000|||tinta printer|tinta_printer:3 toner:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Microphone wireless, Smart Proyektor Portable dan Speaker Sound System (UMPEG)|b|ep|74000000|||||proyektor:2 sound_system/Shure:3 sound_system/Portable:3 sound_system/Conference:1
63|BIRO UMUM|Mebel (Sofa)|b|ep|295000000|||sofa ruang tamu gubernur|sofa:3 kursi_lipat/Tunggu:1
63|MUSEUM LAMBUNG MANGKURAT|Belanja Modal Lemari dan Arsip|b|ep|325000000|||lemari arsip koleksi|lemari_arsip:3 rak_buku:1 lemari_arsip/Brankas:1
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Modal Peralatan Komputer Lainnya (SMKN PP Pelaihari)|b|ep|76000000|||||aksesori_komputer:1 ups_listrik:1 jaringan:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat (Benih Padi Biofortifikasi) Kegiatan Pengembangan Padi Biofortifikasi/Kaya Gizi (PMPBHTPP -Seksi Serealia)|b|ep|172000000|||benih padi varietas biofortifikasi (kaya zinc)|benih_pangan:0 benih_pangan/Padi:1
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Barang untuk Dijual/Diserahkan kepada Masyarakat berupa Pupuk NPK Kegiatan Pengembangan Padi Inbrida (PMPBHTPP -Seksi Serealia)|b|ep|2400000000|||pupuk NPK|pupuk:1 pupuk/NPK:3
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor (Sosialisasi Petunjuk Teknis Bantuan Sarana dan Prasarana Perikanan Budidaya di Kalimantan Selatan)|b|ep|465000|||||ATK
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Natura dan Pakan-Natura Suvenir/Cendera Mata untuk Pengunjung Pameran Kalsel Expo|b|pl|1800000|||suvenir pengunjung pameran|souvenir:3 tas_seminar/Spunbond:2 pulpen/Promosi:2
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS|Belanja Bibit Ikan II|b|pl|5400000|||benih ikan untuk kolam praktik kerja|benih_ikan:3 benih_ikan/Gabus:2
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Bahan-Bahan Lainnya Bimbingan Teknis Pembuatan Pakan Ikan dan Probiotik Biofish|b|ep|3950000|||bahan baku pakan dan probiotik|pakan_ikan:1 biostarter/EM4:1
63|BLUD BALAI PENGELOLAAN AIR MINUM BANJARBAKULA|Belanja Modal Alat Bantu (Pompa Dosing)|b|ep|250000000|||pompa dosing bahan kimia|alsintan/Pompa:0
63|DINAS PERHUBUNGAN|Belanja Makanan dan Minuman Rapat Full Day|b|ep|24300000|||||prasmanan:2 snack_box:2 nasi_box:2 prasmanan/Fullday:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS|Belanja Makan Minum ASN|b|ep|67000000|||makan siang pegawai|nasi_box:3 prasmanan/Harian:3
63|TAMAN BUDAYA|Belanja Makanan dan Minuman Jamuan Tamu (Malam Bertanam Karya)|b|ep|6900000|||||prasmanan:3 snack_box:2 nasi_box:2
63.10|KESATUAN PENGELOLAAN HUTAN KUSAN|Satuan Biaya Konsumsi Rapat Biasa (Kalimantan Selatan) Makmin3|b|ep|1100000|||||MAMIN
63.09|KESATUAN PENGELOLAAN HUTAN TABALONG|3 Belanja Makanan dan Minuman Rapat|b|ep|3150000|||||MAMIN
63|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Belanja Makanan dan Minuman Rapat - Baksos #4|b|ep|17200000|||||MAMIN
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|PENGGANDAAN BUKU DATA POKOK PENDIDIKAN (SMA, SMK, dan Pendidikan Khusus) TA 2025|b|ep|73500000|||cetak buku data pokok|fotokopi:2 cetak_buku:3 cetak_buku/Laporan:3
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS|Belanja Kertas dan Cover Rutin Semester II|b|ep|16500000|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:2
63|RUMAH SAKIT GIGI DAN MULUT GUSTI HASAN AMAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Kertas dan Cover #2|b|ep|95000000|||||kertas_a4:3 kertas_f4:3 kertas_a3:2 kertas_foto:1
63|DINAS PERHUBUNGAN|Belanja ATK Kantor ( Tas Ransel) APBDP|b|ep|3100000|||||tas_seminar:1 tas_seminar/Ransel:3 tas_laptop/Ransel:2
63.10|KESATUAN PENGELOLAAN HUTAN KUSAN|Pengadaan Peralatan dan Mesin Lainnya ( Penghancur Kertas )|b|ep|4600000|||||elektronik_rt/Penghancur:3
63|BADAN PENGEMBANGAN SUMBER DAYA MANUSIA|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata keg pelatihan PKP IV|b|ep|15100000|||cendera mata narasumber dan peserta|plakat:3 souvenir:3 tenun_tradisional/Sasirangan:1
63|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Tempat Sampah Medis/ Infeksius di Ruang HCU|b|ep|1800000|||tempat sampah injak infeksius|tempat_sampah:1 tempat_sampah/Injak:2
63|DINAS PEMBERDAYAAN MASYARAKAT DAN DESA|Rompi TP Posyandu Prov. Kalsel|b|ep|21500000|||rompi kader posyandu bordir|kaos:1 kaos/Rompi:3 apd_kerja/Rompi:0
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengadaan Alat Olahraga untuk SMK|b|ep|1020000000|||||alat_olahraga:2
63|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Obat April 2025|b|ep|2100000000|||obat formularium rumah sakit|obat:1
63|PANTI REHABILITASI SOSIAL PENYANDANG DISABILITAS|Belanja Alat/Bahan Kebersihan bagi Asrama|b|ep|20500000|||bahan kebersihan asrama|BERSIH
63|BIRO ADMINISTRASI PEMBANGUNAN|Belanja Modal Alat Pendingin, Alat Pembersih dan Perabotan Kantor Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor|b|ep|54000000|||||MEBEL:1 kain_pel/Mop:1 ac:3
63|LABORATORIUM KESEHATAN DAN KESELAMATAN KERJA|Belanja Barang dan Jasa BLUD (Kain Sasirangan/Batik)|b|ep|18700000|||kain sasirangan untuk seragam|batik_seragam:2 tenun_tradisional/Sasirangan:3
63|DINAS PERHUBUNGAN|Jasa Konsultansi Pengawasan Pekerjaan Pembersihan Alur Sungai Tabukan Kecamatan Babirik Kab.Hulu Sungai Utara Dengan Panjang 1.450 Meter Dan Lebar 8 Meter|ks|pl|37000000|||||
63|DINAS PERHUBUNGAN|Sewa Excavator Pekerjaan Pembersihan Alur Sungai Tabukan Kecamatan Babirik Kab.Hulu Sungai Utara Dengan Panjang 1.450 Mater Dan Lebar 8 Mater (Lanjutan)|jl|pl|199000000|||||alat_berat/Excavator:1
63|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengujian Kualitas Ambien, Kebisingan Udara, Emisi Genset, Emisi Incenerator dan Kualitas Kimia Udara Periode Semester 1 Tahun 2025|jl|ep|83000000|||||
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Pengawasan Rehab Gedung Kantor Dinas Pendidikan|ks|pl|98000000|||||
63|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Perbaikan dan Pergantian Spare Part AC Periode IV thn 2025|jl|ep|104000000|||service dan penggantian suku cadang AC|ac:0 service_ac:2
63|RUMAH SAKIT UMUM DR. H. MOCH ANSARI SALEH|Pengadaan Perbaikan Lift Gedung Alexandri Unit 1|jl|ep|125000000|||||
63|DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU|Belanja Pemeliharaan Fasilitas Pokok dan Penunjang ( Pemeliharaan Gedung &amp; Pembuatan Kanopi )|k|pl|295000000|||||material_bangunan:1
63|DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN|Biaya Kegiatan Rapat atau Pertemuan di Luar Kantor Setingkat Eselon II (Fullday) - Rapat Koordinasi Teknis Data Pelaksanaan Kegiatan Bidang Kawasan Permukiman|jl|ep|29000000|||fullday meeting|prasmanan:1 prasmanan/Fullday:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|PAKET FULLBOARD KEGIATAN KOORDINASI LINTAS SEKTOR DENGAN KEMENAG DAN KAB/KOTA TERKAIT PESANTREN|jl|ep|146000000|||paket fullboard hotel 3 hari 2 malam|prasmanan/Fullday:1
63|DINAS TENAGA KERJA DAN TRANSMIGRASI|Penyedia Jasa Lainnya Perseorangan Belanja Jasa Tenaga Operator Komputer (Perubahan II)|jl|pl|39500000|||||
63|INSTALASI FARMASI|Belanja Paket/Pengiriman Distribusi Obat, Vaksin dan BMHP Triwulan III|jl|ep|35000000|||||
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Belanja Alat/Bahan untuk Kegiatan Kantor- ATK, Kertas cover, dan Bahan Cetak (Seksi Kelembagaan) sub keg 07|b|ep|56500000|||||ATK CETAK:2
63|BALAI PENGAWASAN DAN SERTIFIKASI BENIH TANAMAN PANGAN DAN HORTIKULTURA|Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak Sub Kegiatan Pengawasan Mutu dan Peredaran Benih Hortikultura, Tanaman Pangan, dan Perkebunan|b|ep|87000000|||cetak label dan blanko sertifikat benih|CETAK:1 cetak_blanko:3 stiker_label:2
63|LABORATORIUM ENERGI DAN SUMBER DAYA MINERAL|Belanja Rutin Kertas dan Cover Triwulan III|b|ep|5900000|||||kertas_a4:3 kertas_f4:3 kertas_foto/Karton:2
63|KEBUN RAYA BANUA|Belanja Alat/Bahan untuk Kegiatan Kantor-Perlengkapan Dinas; Belanja Pakaian Sipil Harian (PSH); Belanja Pakaian Dinas Lapangan (PDL)|b|ep|35500000|||||pdh:1 pdh/PSH:3 pdh/PDL:3 topi_atribut/Atribut:2
63|DINAS KELAUTAN DAN PERIKANAN|Belanja Makanan dan Minuman Rapat Bimbingan Teknis Pembuatan Pakan Ikan dan Probiotik Biofish Angkatan II|b|ep|3100000|||||MAMIN
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Perjalanan Dinas Paket Meeting Dalam Kota Bimtek Pendidikan Al-Qur&#x27;an untuk Sekolah Reguler|jl|ep|270000000|||paket meeting fullday|prasmanan:1 prasmanan/Fullday:2
63|DINAS PENDIDIKAN DAN KEBUDAYAAN|Belanja Alat/Bahan untuk Kegiatan Kantor- Suvenir/Cendera Mata Museum Masuk Sekolah 3 Kab/Kota (Part II)|b|ep|44000000|||suvenir siswa pengunjung|souvenir:3 tas_seminar:2 plakat:1
63|PANTI PERLINDUNGAN DAN REHABILITASI SOSIAL ANAK|Belanja Modal Alat Penyimpan Perlengkapan Kantor (Lemari Besi &amp; Rak Besi)|b|ep|34000000|||||lemari_arsip:2 lemari_arsip/Besi:3 rak_buku/Besi:2
63|BIRO UMUM|Belanja Mebel (Lemari Custom Dapur; )|b|ep|59000000|||lemari dapur custom rumah jabatan|kitchen_set:3 lemari_arsip:0
63|DINAS PERTANIAN DAN KETAHANAN PANGAN|Pengadaan Peralatan dan Mesin Lainnya (AC, Trolley, Mic Rapat, Komp. , Sound System)|b|ep|530000000|||||ac:3 pc_desktop:3 sound_system:3
63|BIRO UMUM|Belanja Modal Alat Pendingin (Ac Ducting dan Instalasi Rumah Jabatan Gubernur)|b|ep|152000000|||AC ducting terpasang dengan instalasi|ac:1 ac/Standing:1
63|BIRO HUKUM|Belanja Modal Komputer Jaringan|b|ep|123000000|||perangkat jaringan komputer|jaringan:3
63|LABORATORIUM KESEHATAN DAN KESELAMATAN KERJA|Belanja Barang dan Jasa BLUD (Kebersihan) Triwulan II|b|ep|12800000|||bahan kebersihan|BERSIH
63|DINAS KEPEMUDAAN DAN OLAHRAGA|Belanja Pakaian Olahraraga (Sport Massage/Terapis Olahraga)|b|ep|45500000|||||kaos:1 kaos/Olahraga:3
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); no key starts with "inaproc": all needs are APBD.
    "kalbarb4a": (
        "Provinsi Kalimantan Barat SiRUP RUP 2025 (blogramadhan/data-science)",
        2025,
        False,
        KALBAR_RUP_2025,
    ),
    "kalbarepb4a": (
        "Kalimantan Barat e-purchasing 2022 (blogramadhan/epurchasing)",
        2022,
        False,
        KALBAR_EPURCHASING_2022,
    ),
    "kalselb4a": (
        "Provinsi Kalimantan Selatan SiRUP RUP 2025 (hikaridha/sirup-downloader)",
        2025,
        False,
        KALSEL_RUP_2025,
    ),
}
