# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind9b, a ninth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind9b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json`, read from the fetched snapshot; fields Nama Instansi,
Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana, Total Nilai). Only APBN rows of satker
that no earlier needs file uses (checked programmatically against every bench/matcher_eval_needs*.py on satker names
without their numeric codes), one row per satker, spread over all 38 provinces, leaning to instansi earlier sets
have few of: Kejaksaan (Kejati, Kejari, Cabjari), TNI (Kodim, Rumkit), Bawaslu and KPU, Kemenag (Kanwil, Kankemenag,
UIN/IAIN, MAN, Loka Diklat Keagamaan), Kemenkeu (KPP, KPKNL, KPPBC), BMKG, Basarnas, Badan Karantina, BPOM,
Kementan, Kemenhut, KKP, BNN, BKKBN, BPK, RRI, Mahkamah Agung courts, Polri units, Kemenimipas lapas/rutan/LPKA/
kantor imigrasi, BPN offices, PU balai and satker, Kemenhub offices, politeknik and Kemensos balai.
hikaridha/sirup-downloader and Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind9a).

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics), and no two rows share a name. Names with a difflib ratio of 0.92 or
more to an earlier name were dropped (template names of lapas, courts and KPU offices between 0.88 and 0.92 kept).
Every row is my own record made from one real package name, reworded lightly where the name gives something to
change (other tahap, KUA, kecamatan, wilayah, bulan, triwulan, wisuda, counts and capacities, e.g. "Tahap
Pengakhiran" -> "Tahap Pelaksanaan", "KUA Buyasuri" -> "KUA Lamaknen", "Bawaslu Kota Padang Panjang" -> "Bawaslu
Kota Solok", "29 org x 1 stel" -> "27 org x 1 stel", "Wisuda 140" -> "Wisuda 141", "MTs N 2 Demak Tahap II" -> "MTs
N 3 Demak Tahap I", "(21 Unit)" -> "(19 Unit)", "Genset 160 KVA (160.000 VA)" -> "Genset 150 KVA (150.000 VA)",
"Triwulan I" -> "Triwulan II", "Wilayah Kerja BALI" -> "Wilayah Kerja SUMBA", "PHTC Provinsi Maluku 7" -> "PHTC
Provinsi Maluku 5"), the noise of the original kept: ALL CAPS, typos ("Meubeler", "Pakainan", "Pembelia",
"Inflatble", "Poliklnik", "Belaja", "Outsorsing", "Srvice", "OPerasional", "BArang", "kemenetrian"), a stray
"â" from the export's encoding, leading and trailing spaces, double spaces, several items in one name. The pagu is
1-4.5% above the export's realisation value (Total Nilai). Type and method are the export's Jenis and Metode
Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi Badan Usaha ..." as konsultansi), also where the
export types a service as barang. No row is flagged (the export has no UMK/PDN status). The volume is set only
where the name states a count in the catalog's unit (27 stel, 2 unit). Region codes are the Kemendagri codes of
the satker's seat (province code alone for provincial offices: Kejati, Kanwil, Polda directorates and Satbrimob,
Biddokkes, provincial KPU and Bawaslu, Balai Karantina, BPK and BKKBN Perwakilan, PU balai and satker, Pengadilan
Tinggi seated for a province). Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the
macros are its MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked these
needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Aceh, Sumatera Utara, Sumatera Barat, Riau, Jambi, Sumatera Selatan,
# Bengkulu, Lampung, Kepulauan Bangka Belitung and Kepulauan Riau, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
SUMATERA = """
11.13|KEJAKSAAN NEGERI GAYO LUES|Renovasi Ruang Kerja Gedung Kantor Kejaksaan Negeri Gayo Lues|k|pl|389100700|||||semen:1 material_bangunan:1
11.16|KEJAKSAAN NEGERI ACEH TAMIANG|Perencanaan Rehabilitasi Gedung Kantor Tahap II|ks|s|411324600|||||
11.10|KPU KABUPATEN ACEH SINGKIL|Pakaian Dinas ASN/PPNPN|b|pl|29487700|||||DINAS
11|DITPOLAIRUD POLDA ACEH|PENGADAAN PERALATAN /PERLENGKAPAN BEKAL KANTOR/ATK|b|pl|133132200|||||ATK
11.72|IM01 KANTOR IMIGRASI KELAS II TPI SABANG|Pengadaan Barang Pengadaan Snack untuk kegiatan Layanan Manajemen SDM pada Kantor Imigrasi Kelas II TPI Sabang-Provinsi Aceh Tahun Anggaran 2026|b|pl|260900|||||snack_box:3 nasi_box:1 air_gelas:1 air_botol:1
11|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI ACEH|Pengadaan Laptop dan Printer|b|ep|21217800|||||laptop:3 printer:3 tas_laptop:1 pc_desktop:1
12.71|KEJAKSAAN NEGERI MEDAN|Perencanaan Renovasi Gedung Kantor  Kejaksaan Negeri Medan Tahap 2|ks|pl|83563200|||||
12.71|BALAI BESAR PERBENIHAN DAN PROTEKSI TANAMAN PERKEBUNAN (BBP2TP) MEDAN|PENGADAAN PRODUKSI BENIH KAKAO SEEDLING KABUPATEN LIMAPULUH KOTA (III)|b|ep|10735129300|||||bibit_tanaman:1 bibit_tanaman/Kopi:1 benih_pangan:0
12.08|KPU KABUPATEN SIMALUNGUN|Pengadaan Pakaian Dinas ASN KPU Kabupaten Simalungun Tahun 2026|b|ep|38009800|||||DINAS
12.71|RRI MEDAN|Kursi|b|ep|14948300|||||kursi_kantor:3 kursi_lipat:2 kursi_roda:0
12.71|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH I MEDAN|Pembelian Barang Kebersihan|b|ep|39503000|||||BERSIH
12.74|KANTOR IMIGRASI KELAS II TPI TANJUNG BALAI ASAHAN|Pengadaan Belanja Tinta/Toner untuk Kegiatan Penerbitan Dokumen Perjalanan RI pada Kantor Imigrasi Kelas II TPI Tanjung Balai Asahan - Sumatera Utara Tahun Anggaran 2026|b|ep|31931700|||||tinta_printer:3 toner:3 printer:0
13|SEKRETARIAT BAWASLU PROVINSI SUMATERA BARAT|Belanja Barang Operasional Lainnya Pakaian Dinas Bawaslu Kota Solok|b|ep|49712100|||||DINAS
13.75|KEJAKSAAN NEGERI BUKITTINGGI|pengawasan pembangunan gedung kantor tahap I|ks|pl|78010600|||||
13|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN SUMATERA BARAT|Belanja Barang Persediaan Barang Konsumsi (Bahan Pemeriksaan Uji Lapang KH)|b|ep|20376200|||||reagen_tes:2 bmhp:1 alat_lab:1
13.03|LOKA POM DI KABUPATEN SIJUNJUNG|Pengadaan Reagensia Test Kit Obat, Kosmetik|b|ep|1844000|||||reagen_tes:2 reagen_tes/Test_Kit:3 alat_lab:1
13|POLITEKNIK PELAYARAN SUMATERA BARAT|Pengadaan Tas dan Topi Diklat Pemberdayaan Masyarakat|b|ep|683418500|||||tas_seminar:3 topi_atribut:3 topi_atribut/Atribut:1 tas_laptop:1
14.71|LOKA PENDIDIKAN DAN PELATIHAN KEAGAMAAN PEKANBARU|Pengadaan ATK dan peralatan perkantoran|b|ep|10748800|||||ATK
14|KEJAKSAAN TINGGI RIAU|Pengadaan Genset 150 KVA (150.000 VA) Silent|b|ep|437143400|||||genset:1 genset/Perkins:2 genset/Cummins:2 genset/Honda:1
14|STASIUN KLIMATOLOGI RIAU|Belanja Barang Persediaan Pemeliharaan Peralatan dan Mesin|b|ep|15213900|||||
14.03|POLITEKNIK NEGERI BENGKALIS|Pengadaan Mesin Genset dan ATS 500 KVA|b|ep|1295516500|||||genset/Cummins:3 genset/Perkins:1 genset/Honda:1
14.71|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PEKANBARU|Proyektor|b|ep|21673100|||||proyektor:3 proyektor/Layar:1
15.01|IAIN KERINCI|Pekerjaan Pengadaan Internet Utama Institut Agama Islam Negeri Kerinci 1 Januari 2026 - 31 Desember 2026|jl|ep|520300000|||||jaringan:1
15.06|KPU KABUPATEN TANJUNG JABUNG BARAT|Pakaian Dinas ASN 27 org x 1 stel|b|ep|16985700|27|stel|||DINAS
15.71|UIN SULTAN THAHA SAIFUDDIN JAMBI|Pengadaan dan Cetak Kebutuhan Akademik|b|ep|23131400|||||CETAK
15.07|PENGADILAN NEGERI TANJUNG JABUNG TIMUR|Pengadaan Meubelair Berupa Pengadaan Meja Dan Kursi CPNS|b|ep|22375300|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
15|PERWAKILAN BKKBN PROVINSI JAMBI|PENGADAAN SARANA DAN PRASARANA TIK / LCD PROYEKTOR|b|pl|13236000|||||proyektor:3 proyektor/Layar:2 laptop:1
16.73|KANTOR KEMENTERIAN AGAMA KOTA LUBUK LINGGAU|Belanja Pemeliharaan Gedung dan Bangunan|jl|pl|42389600|||||material_bangunan:1
16.71|PENGADILAN NEGERI PALEMBANG 01|Pengadaan Pekerjaan Konstruksi Penyelesaian Sarana Lingkungan Pengadilan Negeri Palembang Kelas IA Khusus|k|t|3090822400|||||semen:1 material_bangunan:1
16.71|PENGADILAN TINGGI AGAMA PALEMBANG|Pengadaan Meubelair Hakim dan CPNS|b|ep|42640600|||||MEBEL meja_kantor/Pejabat:3 kursi_kantor/Direktur:3
16.05|KEJAKSAAN NEGERI MUSI RAWAS|Pengadaan Meubelair (Furniture) Kantor Kejaksaan negeri Musi Rawas|b|ep|1058034700|||||MEBEL
16|11 KANWIL SUMATERA SELATAN SETJEN|Pengadaan Belanja Bahan Kegiatan Layanan Humas Masyarakat dan Informasi berupa ATK, Penggandaan dan Penjilidan, Konsumsi Makan, Konsumsi Kudapan, Backdrop, Banner, Leaflet, Flyer Pada Kantor Wilayah Kementerian Hukum Sumatera Selatan Tahun Anggaran 2026|b|pl|3906100|||||ATK fotokopi:3 nasi_box:3 snack_box:3 cetak_spanduk:3 cetak_brosur:3 cetak_brosur/Kalender:1
17.71|KANTOR PENCARIAN DAN PERTOLONGAN BENGKULU|Belanja Pemeliharaan Peralatan dan Mesin|jl|ep|272941100|||||
17.01|BADAN NARKOTIKA NASIONAL KABUPATEN BENGKULU SELATAN|Tenaga Ahli Daya|jl|ep|333385000|||||
17|KPU PROVINSI BENGKULU|Pengadaan Pakaian Dinas Pegawai dan Satpam |b|ep|238140800|||||DINAS
17|KANWIL KEMENTERIAN AGAMA PROP. BENGKULU|Pengadaan Peralatan  dan Mesin Balai Nikah dan Manasik Haji KUA Pondok Kelapa|b|ep|47727700|||||sound_system:2 ac:2 kursi_lipat:2 proyektor:1 tv_display:1 laptop:1 pc_desktop:1 printer:1
17.71|LAPAS KELAS II A BENGKULU|Pengadaan Belanja Bahan Makanan pada Lembaga Pemasyarakatan Kelas IIA Bengkulu Tahun Anggaran 2026|b|ep|7055057200|||||PANGAN makanan_pasien/Warga_Binaan:1
17.71|KANTOR PERTANAHAN KOTA BENGKULU|Tinta Sertipikat Elektronik|b|ep|14793600|||||tinta_printer:3 toner:2 stempel/Tinta:0
18|KANTOR PENCARIAN DAN PERTOLONGAN LAMPUNG|Pemeliharaan Rescue Excavator|b|ep|109878300|||||alat_berat/Excavator:1
18.12|PENGADILAN AGAMA TULANG BAWANG TENGAH|PENGADAAN MEUBELAIR TA 2026|b|ep|74678300|||||MEBEL
18|ROLOG POLDA LAMPUNG|Pengadaan Kapor Polri Paket I Tutup Badan (Pakaian Dinas Harian Polri dan Pakaian Dinas Harian PNS) Polda Lampung T.A. 2026|b|ep|7631767800|||||pdh:3 topi_atribut:1 batik_seragam:1
18|BALAI PELAKSANAAN JALAN NASIONAL LAMPUNG|Pengadaan Meja dan Kursi Staf Satker BPJN Lampung|b|ep|56906900|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
18|KANTOR WILAYAH KEMENTERIAN HUKUM LAMPUNG|Pengadaan Seminar Kit untuk keperluan kegiatan Pemberdayaan Kekayaan Intelektual di Wilayah pada Kantor Wilayah Kementerian Hukum Lampung Tahun Anggaran 2026|b|ep|15386600|||||tas_seminar:3 buku_tulis/Notebook:2 pulpen:2
19.02|LOKA POM DI KABUPATEN BELITUNG|Pengadaan Reagen|b|ep|11255800|||||reagen_tes:3 bmhp:1 alat_lab:1
19|BALAI WILAYAH SUNGAI BANGKA BELITUNG|Pengadaan Laptop Teknis dan Laptop Administrasi BWS Bangka Belitung|b|ep|47311300|||||laptop:3 pc_desktop/Workstation:1 tas_laptop:1
19.71|KPU KOTA PANGKALPINANG|Pengadaan Pakaian DInas ASN|b|ep|11974300|||||DINAS
19|SEKRETARIAT BAWASLU PROVINSI KEPULAUAN BANGKA BELITUNG|Belanja Pakaian Dinas Bawaslu Kabupaten Belitung Timur|b|ep|40038700|||||DINAS
19|KPU PROVINSI BANGKA BELITUNG|Pengadaan Barang Alat Tulis Kantor|b|ep|1503400|||||ATK
19.71|LAPAS PEREMPUAN KELAS III PANGKALPINANG|Pengadaan Barang Berupa Barang Persediaan Barang Konsumsi untuk Kebutuhan Sandang Kegiatan Pemenuhan Kebutuhan Sandang Sehari hari, Pemenuhan Kebutuhan Sandang Khusus Pembinaan, Pemenuhan Kebutuhan Sandang Khusus Pramuka pada Lembaga Pemasyarakatan Perempuan Kelas III Pangkalpinang - Provinsi Kepulauan Bangka Belitung Tahun Anggaran 2026|b|ep|37065900|||||kaos:2 seragam_sekolah/Pramuka:2 pdh:1 selimut_kasur:1 alat_mandi:1 sepatu:1
21|KANWIL KEMENTERIAN AGAMA PROVINSI KEPULAUAN RIAU|PENGADAAN MEUBELAIR ( 1 PAKET)|b|ep|628348900|||||MEBEL
21.03|KEJAKSAAN NEGERI NATUNA|BIAYA RENOVASI PAGAR KANTOR|k|t|1004751000|||||semen:1 material_bangunan:1
21.71|PENGADILAN AGAMA BATAM|Pengadaan Jasa Internet|jl|ep|182898000|||||jaringan:1
21.02|MADRASAH ALIYAH NEGERI KARIMUN|Pengadaan Meubeler|b|ep|23305700|||||MEBEL mebel_sekolah:3
21|KANTOR WILAYAH KEMENTERIAN HUKUM KEPULAUAN RIAU|Pengadaan Tiang Bendera (Stainless Steel)  Belanja Modal Peralatan dan Mesin Pengadaan Peralatan Fasilitas Perkantoran pada Kantor Wilayah Kementerian Hukum Kepulauan Riau Tahun Anggaran 2026|b|ep|39171800|||||bendera/Tiang:3 bendera:1
21.71|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II BATAM|Pengadaan Keperluan Pokok Berupa Kursi Plastik pada Lembaga Pembinaan Khusus Anak Kelas II Batam - Kepulauan Riau Tahun Anggaran 2026|b|ep|4585000|||||kursi_lipat/Plastik:3 kursi_lipat:1 kursi_kantor:0
21|BPK RI PERWAKILAN PROVINSI KEPULAUAN RIAU|Pengadaan Obat-Obatan dan Bahan Habis Pakai Poliklnik Triwulan II|b|pl|56369500|||||obat:3 bmhp:3 obat_hewan:0
"""

# Vertical offices of kementerian/lembaga in DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten and
# Bali, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
JAWA_BALI = """
36.74|UIN SYARIF HIDAYATULLAH JAKARTA|Pengadaan Cetak Blanko Ijazah, Blanko Transkrip dan Blanko SKPI Wisuda 141 UIN Syarif Hidayatullah Jakarta|b|ep|119469500|||||cetak_blanko:3 cetak_brosur:1 cetak_buku:1 fotokopi:1
31.71|KANTOR PUSAT SEKRETARIAT JENDERAL KEMENTERIAN AGAMA JAKARTA|Peningkatan Infrastruktur Keamanan dan Jaringan|b|ep|14196664300|||||jaringan:2 kamera_cctv:2 kamera_cctv/Mirrorless:0 perangkat_lunak:1
31.71|PENGADILAN AGAMA JAKARTA PUSAT|Pengadaan Meja dan Kursi|b|ep|15633000|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
31|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA DAERAH KHUSUS JAKARTA|Pengadaan Kegiatan Rapat Full Board Koordinasi Dengan Kementerian/Lembaga Terkait Pembentukan Kampung Redam Tahun Anggaran 2026 |b|ep|31267400|||||prasmanan/Fullday:1 nasi_box:1 snack_box:1
31.75|KANTOR IMIGRASI KELAS I TPI JAKARTA TIMUR|Pengadaan Belanja Modal Lampu Penerangan Jalan pada Kantor Imigrasi Kelas I TPI Jakarta Timur - DKI Jakarta Tahun Anggaran 2026|b|ep|260622000|||||lampu_listrik/PJU:3 lampu_listrik/Floodlight:2 lampu_listrik:1
31|01 BALAI HARTA PENINGGALAN JAKARTA|Pengadaan Kudapan untuk Kegiatan Rapat Fasilitasi Reformasi Birokrasi pada Balai Harta Peninggalan Jakarta Tahun Anggaran 2026|b|pl|1247400|||||snack_box:3 nasi_box:1 kopi_teh_gula:1
32.15|BALAI BESAR PERAMALAN ORGANISME PENGANGGU TUMBUHAN KARAWANG JABAR|Honorarium tenaga kerja pengemudi|jl|ep|31441400|||||
32|KANWIL KEMENTERIAN AGAMA PROV JAWA BARAT|Pembangunan Asrama MAN Insan Cendikia Sumedang Kab. Sumedang Tahap II|k|t|4279912700|||||semen:1 material_bangunan:1
32.73|KODIM 0618 / BANDUNG|Belanja Bahan ATK PSJM Tahap Pelaksanaan|b|ep|892600|||||ATK
32.72|KANTOR KEMENTERIAN AGAMA KOTA SUKABUMI|Pembelia Buku Referensi Guru dan Siswa|b|ep|15053800|||||buku_bacaan:2 buku_bacaan/Teks:3 buku_bacaan/Peraturan:1 cetak_buku:1
32.08|PENGADILAN AGAMA KUNINGAN|Pengadaan Meubelair Pengadilan Agama Kuningan T.A 2026|b|ep|308820000|||||MEBEL
32.78|KANTOR IMIGRASI KELAS I NON TPI TASIKMALAYA|Pengadaan Portable Air Conditioner (Alat Pendingin) Kegiatan Layanan Sarana Internal pada Kantor Imigrasi Kelas I Non TPI Tasikmalaya - Jawa Barat Tahun Anggaran 2026|b|ep|121623500|||||ac:2 kipas_angin:1 service_ac:0
32.74|KANTOR IMIGRASI KELAS I TPI CIREBON|PENGADAAN KERTAS CETAK HASIL WAWANCARA PADA KANTOR IMIGRASI KELAS I TPI CIREBON - JAWA BARAT TAHUN ANGGARAN 2026|b|ep|22474700|||||kertas_a4:3 kertas_f4:3 kertas_a3:1 cetak_blanko:1
32.71|BALAI POM DI BOGOR|Belanja Bahan KIE (Gimmick) Obat dan Makanan Aman Bersama Tokoh Masyarakat|b|ep|61168800|||||souvenir:3 tas_seminar:2 kaos:1 cetak_brosur:1
33.12|KANTOR KEMENTERIAN AGAMA KAB. WONOGIRI|ATK Pegawai|b|ep|4480400|||||ATK
33|KANWIL KEMENTERIAN AGAMA PROP JAWA TENGAH|Jasa Konsultansi Pengawasan Pembangunan Gedung Lab Perpus Type 2 Pada MTs N 3 Demak Tahap I|ks|pl|65984200|||||
33.74|KANTOR PENCARIAN DAN PERTOLONGAN SEMARANG|Pemeliharaan Rigid Inflatble Boat (12 m) Mei|jl|ep|179761500|||||
33.27|KEJAKSAAN NEGERI PEMALANG|Pengadaan Cleaning Service, Pramubhakti Dan Pengawas Kebersihan Kantor Kejaksaan Negeri Pemalang Tahun 2026|b|ep|349188300|||||
33.73|RUMKIT TK. IV 04.07.03 DR. ASMIR SALATIGA KESDAM IV/DIP|Obat-Obatan|b|ep|4967900|||||obat:3 bmhp:1 obat_hewan:0
33.76|LAPAS KELAS II B TEGAL|Penyediaan Peralatan Dapur Pada Lembaga Pemasyarakatan Kelas IIB Tegal - Jawa Tengah Tahun Anggaran 2026|b|ep|9967800|||||alat_dapur:3 kitchen_set:1
33.72|RUMAH TAHANAN NEGARA KELAS I SURAKARTA|Pengadaan Penyediaan Peralatan Makan dan Minum pada Rumah Tahanan Negara Kelas I Surakarta - Jawa Tengah Tahun Anggaran 2026|b|ep|50872000|||||alat_dapur/Peralatan_Makan:3 alat_dapur:1
33.17|UNIT PENYELENGGARA PELABUHAN REMBANG|PAKET CCTV, DVR, MONITOR|b|ep|206673100|||||kamera_cctv/CCTV:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:0 tv_display/Monitor:2
34.71|UNIVERSITAS ISLAM NEGERI SUNAN KALIJAGA YOGYAKARTA|PERPUS - Langganan Ejurnal dan Turnitin - Belanja Langganan Daya dan Jasa Lainnya|jl|ep|233607300|||||perangkat_lunak:1
34.04|KEJAKSAAN NEGERI SLEMAN|Jasa Tenaga Kerja (Security, pengawas, Cleaning Srvice, Pengemudi, PTSP)|jl|ep|830686900|||||
34|KANWIL DITJEN PEMASYARAKATAN DI YOGYAKARTA|Pengadaan Peralatan dan Mesin Ekstrakomptabel berupa Meja pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Daerah Istimewa Yogyakarta Tahun Anggaran 2026|b|ep|30512500|||||meja_kantor:3 meja_rapat:2 meja_makan:1 mebel_sekolah/Guru:1
34|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN DAERAH ISTIMEWA YOGYAKARTA|Pakaian Dinas Pegawai/Perawat (ASN) (D.I. Yogyakarta)|b|ep|28319300|||||DINAS
35.17|KEJAKSAAN NEGERI JOMBANG|Perencana Pembangunan/Renovasi Gedung dan Bangunan Kejari Jombang yang bersumber dari PNBP|ks|s|822124800|||||
35.78|RUMKIT TK. III 05.06.01 BRAWIJAYA SURABAYA KESDAM V/BRW|Belanja Bahan Makan pasien|b|ep|36291200|||||PANGAN makanan_pasien/Diet:2 makanan_pasien:1
35.25|KANTOR KEMENTERIAN. AGAMA KAB. GRESIK|Belanja Barang Konsumsi Habis Pakai (Alat Tulis Kantor)|b|ep|15470400|||||ATK
35.21|PENGADILAN AGAMA NGAWI|Pengadaan Meja dan Kursi Pengadilan Agama Ngawi Tahun 2026|b|ep|25438000|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
35.10|KANTOR KEMENTERIAN AGAMA KAB. BANYUWANGI|Kursi Meja Siswa|b|ep|15411000|||||mebel_sekolah:3 mebel_sekolah/Guru:1 mebel_sekolah/Papan:0 kursi_lipat:1
36.73|PENGADILAN TATA USAHA NEGARA SERANG|Jasa Layanan Konsultan Hukum 3 Jam Rp100.000,-|ks|ep|28254500|||||
36.71|KANTOR PELAYANAN KEKAYAAN NEGARA DAN LELANG TANGERANG I|Belanja Pakaian Dinas Pegawai|b|ep|1936000|||||DINAS
36.73|UIN SULTAN MAULANA HASANUDDIN BANTEN|PERAWATAN SARANA PERALATAN KANTOR DAN LABORATORIUM Rektorat|b|ep|12489100|||||
36.71|STASIUN METEOROLOGI KELAS I SOEKARNO HATTA TANGERANG|Pemeliharaan LLWAS Microstep - Soekarno Hatta (PLP)|jl|pl|203649800|||||
36.74|KPU KOTA TANGERANG SELATAN|Belanja Bahan Plakat Sosialisasi Fasilitasi Pendidikan Pemilih Pemula |b|ep|12665400|||||plakat:3 trofi:1 souvenir:1
36|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN BANTEN|Pengadaan ATK  Komputer Supplies Kantor induk/Satpel|b|ep|68992400|||||ATK KOMP
51.71|PENGADILAN TINGGI DENPASAR|Pengadaan Peralatan Fasilitas Perkantoran (Meja dan Kursi CPNS, Meja Hakim, Kursi Hakim dan Lemari Toga Hakim)|b|ep|182104500|||||meja_kantor:3 kursi_kantor:3 meja_kantor/Pejabat:3 kursi_kantor/Direktur:3 lemari_arsip:2 lemari_arsip/Brankas:0 kursi_lipat:1
51.71|PENGADILAN MILITER III-12 DENPASAR|Belanja Peralatan dan Mesin - Ekstrakomptabel berupa 2 (dua) Unit Printer|b|ep|1457200|2|unit|||printer:3
51.07|KPU KABUPATEN KARANGASEM|Belanja Barang OPerasional lainnya Berupa pakaian dinas|b|ep|20209400|||||DINAS
51|BALAI KONSERVASI SUMBER DAYA ALAM BALI|Pengadaan Peralatan Pengelolaan Kawasan Konservasi (Printer dan Scanner)|b|ep|25330300|||||printer:3 scanner:3
"""

# Vertical offices of kementerian/lembaga in Nusa Tenggara Barat, Nusa Tenggara Timur and the five Kalimantan
# provinces, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52.04|KANTOR KEMENTERIAN AGAMA KAB. SUMBAWA|ATK dan BArang Persediaan|b|ep|6117400|||||ATK
52.71|LAPAS PEREMPUAN KELAS III MATARAM|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada LPP Kelas III Mataram-Nusa Tenggara Barat Tahun Anggaran 2026|b|ep|1911156500|||||PANGAN makanan_pasien/Warga_Binaan:1
52|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI NTB|PENGADAAN ALAT PENGOLAH DATA|b|ep|111766100|||||laptop:3 pc_desktop:3 printer:2 scanner:1 jaringan:2 aksesori_komputer:1 ups_listrik:1
52.04|POLRES SUMBAWA|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR (ATK) POLRES SUMBAWA POLDA NTB TA 2026|b|ep|175882200|||||ATK
53|KANTOR WILAYAH KEMENTERIAN HAK ASASI MANUSIA NUSA TENGGARA TIMUR|Pengadaan Belaja Cleaning Service Untuk Kegiatan Keperluan Perkantoran pada Wilayah Kerja SUMBA - Kantor Wilayah Kementerian HAM Nusa Tenggara Timur TA 2026|jl|ep|34865000|||||
53.71|BALAI KAWASAN KONSERVASI PERAIRAN NASIONAL (BKKPN) KUPANG|Jasa Meeting Focus Group Discussion Pedoman Pengelolaan Kawasan Konservasi|jl|ep|171221700|||||prasmanan/Fullday:2 snack_box:1 nasi_box:1
53.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH XIV KUPANG|Belanja modal Perangkat Pengolah Data dan Komunikasi|b|ep|11787400|||||laptop:3 pc_desktop:3 printer:2 scanner:1 jaringan:2 aksesori_komputer:1 ups_listrik:1
53.71|PENGADILAN NEGERI KUPANG|Pengadaan Meja dan Kursi Kerja CPNS Pengadilan Negeri Kupang.|b|ep|25399600|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
53|KANWIL KEMENTERIAN AGAMA PROP. NUSA TENGGARA TIMUR|Pengadaan Meubeler dan Peralatan Mesin SBSN 2025 pada KUA Lamaknen|b|ep|119918700|||||MEBEL kursi_lipat:2 sound_system:1 pc_desktop:1 laptop:1 printer:1 ac:1
61.06|POLRES KAPUAS HULU POLDA KALBAR|PENGADAAN PERALATAN / PERLENGKAPAN KANTOR BERUPA ATK RUTIN POLSEK JAJARAN POLRES KAPUAS HULU POLDA KALBAR T.A. 2026|b|pl|48374100|||||ATK
61.71|RUMAH DETENSI IMIGRASI PONTIANAK|Pengadaan Biaya Paket Kegiatan Rapat/Pertemuan Halfday di Luar Kota dan uang transport peserta dan panitia dalam Kegiatan Koordinasi Keamanan dan Ketertiban pada Rumah Detensi Imigrasi Pontianak-Kalimantan Barat Tahun Anggaran 2026|b|ep|17890700|||||prasmanan/Fullday:2 snack_box:1 nasi_box:1
61.05|LAPAS KELAS II B SINTANG|Pengadaan Extra Voeding Bagi Warga Binaan Pemasyarakatan selama Bulan Puasa pada Lembaga Pemasyarakatan Kelas IIB Sintang - Kalimantan Barat Tahun Anggaran 2026|b|ep|90609500|||||pmt/Extra:3 susu:2 telur:2 snack_box:2 pmt:1
61|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH KALIMANTAN BARAT|Pengadaan Dispenser|b|ep|3061200|||||alat_dapur/Dispenser:3 air_galon:1
61.71|POLITEKNIK NEGERI PONTIANAK| Pengadaan Bahan Praktikum Jurusan Teknik Elektro Semester Genap Tahun Akademik 2025/2026|b|ep|173706700|||||lampu_listrik/Kabel:1 alat_peraga/Trainer:1
62.71|KODIM 1016 / PALANGKARAYA|PENGUATAN KARAKTER KEBANGSAAN BAGI APARATUR SIPIL NEGARA|b|ep|5139400|||||MAMIN:1 ATK:1
62.13|KEJAKSAAN NEGERI BARITO TIMUR|Belanja Modal Pembangunan / Renovasi Gedung dan Bangunan Bidang Hukum|k|ep|1829212000|||||semen:1 material_bangunan:1
62|KANWIL KEMENTERIAN AGAMA PROP KALIMANTAN TENGAH|Paket Perencanaan Pembangunan Balai Nikah dan Layanan Keagamaan Pantai Lunci Kab. Sukamara|ks|pl|67595800|||||
62.10|KEJAKSAAN NEGERI GUNUNG MAS|Biaya PPNPN (Gaji dan Seragam)|b|ep|1121501000|||||pdh:1
62|KPU PROVINSI KALIMANTAN TENGAH|Pakaian Dinas ASN, Operasional Kantor|b|ep|30613900|||||DINAS
63.71|PENGADILAN NEGERI BANJARMASIN 01|Jasa Konsultasi Perencanaan Renovasi dan Perluasan Gedung Kantor Pengadilan Negeri Banjarmasin Tahun Anggaran 2026|ks|s|949353400|||||
63.07|KPU KABUPATEN HULU SUNGAI TENGAH|Belanja Pakainan Dinas/Seragam|b|ep|26941200|||||DINAS
63.72|PENGADILAN NEGERI BANJARBARU|Pengadaan Meubeler (Kursi dan Meja CPNS) pada Pengadilan Negeri Banjarbaru Tahun 2026|b|ep|15003600|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
63|DITRESKRIMUM POLDA KALSEL|ATK DITRESKRIMUM POLDA KALSEL|b|ep|31306900|||||ATK
63.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI BANJARMASIN|Laptop (Keperluan desain)|b|ep|26396100|||||laptop:3 pc_desktop/Workstation:2 tas_laptop:1
63.71|DISTRIK NAVIGASI BANJARMASIN|Pengadaan Pelampung Suar Steel 2,6 meter (19 Unit)|b|ep|16635381200|||||sar/Pelampung:1 sar/Ring_Buoy:1 lampu_listrik:0
64|KANWIL KEMENTERIAN AGAMA PROP. KALIMANTAN TIMUR|Sewa Peralatan Mesin Bidang Penmad|jl|ep|134567400|||||mesin_fotokopi:1 laptop:1
64.72|KEJAKSAAN NEGERI SAMARINDA|Pengadaan Jasa Outsorsing Tahun 2026|jl|ep|1082350300|||||
64.72|KPU KOTA SAMARINDA|PENGADAAN PAKAIAN SERAGAM DINAS PEGAWAI KPU KOTA SAMARINDA|b|ep|12152400|||||DINAS
64|BIDDOKKES POLDA KALTIM|ATK OPSNAL FKTP|b|ep|57097800|||||ATK
64.03|KANTOR PERTANAHAN KAB. BERAU|Pengadaan ATK Kegiatan SHAT PTSL ASN Kategori 2|b|ep|18361200|||||ATK
64|DITINTELKAM POLDA KALTIM|Pengadaan Printer, Kursi dan Penghancur Kertas|b|ep|30118300|||||printer:3 kursi_kantor:3 elektronik_rt/Penghancur:3 kursi_lipat:1
65.71|UNIVERSITAS BORNEO TARAKAN|Pemeliharaan Lift|k|ep|271074700|||||
65.71|PENGADILAN NEGERI TARAKAN|Pengadaan Fasilitas Perkantoran berupa cctv pada Pengadilan Negeri Tarakan |b|ep|19778700|||||kamera_cctv:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:0
65|BIDDOKKES POLDA KALIMANTAN UTARA|PENGADAAN ALAT KESEHATAN DAN ALAT MATERIL BPJS BIDDOKKES POLDA KALTARA T.A.2026|b|ep|133292700|||||alkes:3 bed_pasien:2 kursi_roda:1 alat_lab:1 meja_operasi:1 bmhp:1
65.71|DISTRIK NAVIGASI TARAKAN|Lampu Warna Kuning|b|ep|635038200|||||lampu_listrik:1
65|BALAI PENGELOLA TRANSPORTASI DARAT KALIMANTAN UTARA|Bantuan Teknis Perlengkapan Jalan (Prioritas Nasional)|b|ep|494032600|||||rambu:3 papan_nama/Plang:1
"""

# Vertical offices of kementerian/lembaga in the six Sulawesi provinces, Maluku, Maluku Utara and the six Papua
# provinces, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/L*.json, Data_Lembaga/I*.json, Preview_Web/Data_Lokal/K*.json, Preview_Web/public/K*.json; FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71|KEJAKSAAN TINGGI SULAWESI UTARA|Jasa Konsultan Pengawasan Pembangunan/Rehab PTSP, Tempat Ibadah dan Pagar Samping Kantor|ks|s|204638400|||||
71.73|KANTOR PERTANAHAN KOTA TOMOHON DI PROPINSI SULAWESI UTARA|Belanja Barang Persediaan Barang Konsumsi Belanja Penyelenggaraan Perpustakaan/Kearsipan|b|ep|100173800|||||ATK:1 map_ordner:3 map_ordner/Box_Arsip:3 stiker_label:2 buku_bacaan:1
71.72|LEMBAGA PEMASYARAKATAN KELAS IIB BITUNG|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan Kelas IIB Bitung - Sulawesi Utara Tahun Anggaran 2026|b|ep|3190732200|||||PANGAN makanan_pasien/Warga_Binaan:1
71.72|PELABUHAN PERIKANAN SAMUDERA BITUNG|Pengadaan Printer|b|ep|6319800|||||printer:3
72.02|KEJAKSAAN NEGERI POSO|Konstruksi Fisik Rehab Kantor KN Poso|k|t|5989582800|||||semen:1 material_bangunan:1
72.06|KANTOR IMIGRASI KELAS I TPI MOROWALI|Belanja Barang Persediaan Barang Konsumsi untuk Kegiatan Penerbitan Izin Tinggal dan Status Keimigrasian pada Kantor Imigrasi Kelas I TPI Morowali Provinsi Sulawesi Tengah Tahun Anggaran 2026|b|ep|2595500|||||ATK:1 cetak_blanko:1
72|SATBRIMOB POLDA SULTENG|ATK SATBRIMOB SATBRIMOB T.A.2026|b|pl|69474300|||||ATK
72.07|KANTOR PERTANAHAN KAB. BANGGAI KEPULAUAN DI PROV. SULAWESI TENGAH|Pelayanan umum, pelayanan rumah tangga dan perlengkapan|b|ep|28748900|||||BERSIH:2 kopi_teh_gula:1 ATK:1
72|KANTOR WILAYAH DIREKTORAT JENDERAL IMIGRASI SULAWESI TENGAH|Pengadaan ATK Operasional pada Kantor Wilayah Direktorat Jenderal Imigrasi Sulawesi Tengah Tahun Anggaran 2026|b|ep|12676200|||||ATK
73|KANWIL KEMENTERIAN AGAMA PROP. SULAWESI SELATAN|Pengadaan Printer KUA|b|ep|332701200|||||printer:3
73.72|KPU KOTA PARE-PARE|Belanja Pakaian Dinas ASN KPU Kota Parepare Tahun Anggaran 2026|b|ep|21431800|||||DINAS
73|BALAI BESAR KONSERVASI SUMBER DAYA ALAM SULAWESI SELATAN|Pengadaan Pakaian Seragam|b|ep|102654100|||||pdh:3 topi_atribut:2 sepatu/PDL:1 kaos:1 batik_seragam:1
73.71|BALAI PENGELOLAAN SUMBERDAYA PESISIR DAN LAUT MAKASSAR|Bantuan Mesin dan Bahan Baku Pakan|b|ep|83354600|||||pakan_ikan:1
73|KANWIL DITJEN IMIGRASI SULAWESI SELATAN|Pengadaan Belanja Peralatan dan Mesin Ekstrakomptabel (Kursi Rapat) Pada Kantor Wilayah Ditjen Imigrasi Sulawesi Selatan Tahun Anggaran 2026|b|ep|168460500|||||kursi_kantor/Rapat:3 kursi_kantor:2 kursi_lipat:1
74.07|KEJAKSAAN NEGERI WAKATOBI|Perencanaan Pembangunan/ Renovasi Gedung dan Bangunan yang bersumber dari PNBP|ks|pl|38178800|||||
74|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN SULAWESI TENGGARA|ATK dan Komputer Suplies|b|ep|12408400|||||ATK KOMP
74|KANWIL DITJEN IMIGRASI SULAWESI TENGGARA|Pengadaan Belanja Barang Perangkat pengolah Data dan Komunikasi berupa Mic Clip On pada Kantor Wilayah Direktorat Jenderal Imigrasi Sulawesi Tenggara Tahun Anggaran 2026|b|ep|5989500|||||sound_system/Mic:2 sound_system:1 aksesori_komputer/Headset:1
75.71|KANTOR PENCARIAN DAN PERTOLONGAN GORONTALO|Belanja Pengadaan Pakaian Dinas Pegawai|b|ep|175421100|||||DINAS
75.71|RRI GORONTALO|Persediaan ATK|b|pl|1898500|||||ATK
76|BALAI KARANTINA HEWAN IKAN DAN TUMBUHAN SULAWESI BARAT|Perencana Pembangunan Kandang Kambing|ks|pl|69117100|||||ternak:0
76.01|PENGADILAN AGAMA PASANGKAYU|Alat Pengolah Data|b|ep|61074600|||||laptop:3 pc_desktop:3 printer:2 scanner:1 jaringan:2 aksesori_komputer:1 ups_listrik:1
76.02|PAS33 LAPAS PEREMPUAN KELAS III MAMUJU|Pengadaan Belanja Bahan Extra Fooding Ibu Hamil, Extra Fooding Ibu Menyusui, Ekstra Voeding Anak Bawaan, Extra Voeding Lansia, Makanan Pengganti ASI, Makanan Pendamping ASI Pada Lembaga Pemasyarakatan Perempuan Kelas III Mamuju - Sulawesi Barat Tahun Anggaran 2026|b|pl|1198900|||||pmt:3 susu:2 telur:1
76|693997/BALAI PENATAAN BANGUNAN PRASARANA DAN KAWASAN SULAWESI BARAT|Pengadaan Perangkat Pengolah Data dan Dokumentasi|b|pl|82766300|||||laptop:3 pc_desktop:3 printer:2 scanner:1 jaringan:2 aksesori_komputer:1 ups_listrik:1 kamera_cctv/Mirrorless:2
81.03|KEJAKSAAN NEGERI KABUPATEN KEPULAUAN TANIMBAR|Pengawasan Rehab/Perluasan/Renovasi Gedung Kantor Kejaksaan Negeri Kab Kepulauan Tanimbar|ks|s|455677200|||||
81|BALAI PENEGAKAN HUKUM KEHUTANAN WILAYAH MALUKU DAN PAPUA|Pembelian Laptop dalam rangka Pemenuhan Sarana dan Prasarana PPNS Lingkup Balai Penegakan Hukum Kehutanan Wilayah Maluku dan Papua|b|ep|298526500|||||laptop:3 tas_laptop:1 pc_desktop:1
81.72|LAPAS KELAS II B TUAL|Pengadaan Bahan Makanan Tahanan, Anak, Narapidana, Anak Binaan dan Anak Bawaan pada  Lembaga Pemasyarakatan Kelas IIB Tual â Maluku Tahun Anggaran 2026|b|ep|866560700|||||PANGAN makanan_pasien/Warga_Binaan:1
81.71|RRI AMBON|ATK Persediaan RRI Ambon|b|ep|13792700|||||ATK
81|PELAKSANAAN PRASARANA STRATEGIS MALUKU|Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Maluku 5|b|ep|3657593500|||||mebel_sekolah:3 MEBEL:2
82|BPK PERWAKILAN PROVINSI MALUKU UTARA|Pengadaan Perangkat Pengolah Data dan Informasi|b|ep|236186500|||||laptop:3 pc_desktop:3 printer:2 scanner:1 jaringan:2 aksesori_komputer:1 ups_listrik:1
91.71|PENGADILAN AGAMA JAYAPURA|Honor Petugas Keamanan|jl|ep|119948000|||||
91|ITWASDA POLDA PAPUA|Belanja Persediaan Barang Konsumsi Berupa ATK Itwasda Polda Papua T.A. 2026|b|pl|222660000|||||ATK
91|25 KANWIL PAPUA BPHN|Belanja Bahan berupa snack rapat, makan rapat, ATK pada Kegiatan dukungan penyelenggaran tugas dan fungsi unit Kanwil KemenHukum Papua TA 2026|b|pl|838500|||||MAMIN ATK
91|25 KANWIL PAPUA PP|Belanja Bahan berupa KOMPUTER SUPPLIES,KONSUMSI RAPAT (KUDAPAN) ,ATK  dll ,untuk kegiatan inventarisasi serta monitoring dan evaluasi propemperda di kantor wilayah kemenetrian hukum papua ta 2026|b|pl|1038900|||||ATK KOMP snack_box:3
92|PENGADILAN TINGGI AGAMA PAPUA BARAT|Pengadaan Jasa Sewa Mesin Fotocopy PTA Papua Barat dan Pengadilan Agama se- wilayah PTA Papua Barat Tahun Anggaran 2026|jl|ep|333922700|||||mesin_fotokopi:1
92|PENGADILAN TINGGI PAPUA BARAT|Pengadaan Alat Pendingin Ruangan (AC)|b|ep|1993498000|||||ac:3 kipas_angin:1 service_ac:0
92|KPU PROVINSI PAPUA BARAT|Pengadaan Pakaian Dinas|b|ep|284176200|||||DINAS
92.02|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II MANOKWARI|Pengadaan Belanja ATK Rutin pada Lembaga Pembinaan Khusus Anak kelas II Manokwari-Papua Barat TA 2026|b|ep|9372900|||||ATK
93.01|IM30 KANTOR IMIGRASI KELAS II TPI MERAUKE|Pengadaan Biaya Pemeliharaan Kendaraan Dinas Pada Kantor Imigrasi Kelas II TPI Merauke TA 2026|jl|pl|104103000|||||
94.01|PENGADILAN AGAMA NABIRE|Pengadaan Peralatan Fasilitas Perkantoran Meja dan Kursi CPNS|b|ep|31153800|||||meja_kantor:3 meja_kantor/Lipat:1 kursi_kantor:3 kursi_kantor/Direktur:2 kursi_kantor/Rapat:2 kursi_lipat:1
94.01|POLRES NABIRE|PENGADAAN LAPTOP DIT INTELKAM POLDA PAPUA TENGAH T.A. 2026|b|ep|328539700|||||laptop:3 tas_laptop:1
94.04|IM30 KANTOR IMIGRASI KELAS II TPI MIMIKA|Pengadaan Pekerjaan Konstruksi Pemeliharaan Gedung dan Halaman Kantor Pada Kantor Imigrasi Kelas II TPI Mimika Papua Tengah Tahun Anggaran 2026|k|pl|179229200|||||semen:1 material_bangunan:1
94.01|RRI NABIRE|Belanja ATK|b|pl|6394200|||||ATK
95|693828/BALAI BESAR PELAKSANAAN JALAN NASIONAL PAPUA PAPUA PEGUNUNGAN|KONSULTAN MANAJEMEN PROYEK BBPJN PAPUA - PAPUA PEGUNUNGAN|ks|pn|3305459300|||||
96.71|SEKOLAH USAHA PERIKANAN MENENGAH SORONG|Pemeliharaan Bangunan Gedung Pendidikan|k|pl|264514800|||||material_bangunan:1
96.71|LAPAS KELAS II B SORONG|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Kelas IIB Sorong - Papua Barat Tahun Anggaran 2026|b|ep|4849970800|||||PANGAN makanan_pasien/Warga_Binaan:1
96.71|KANTOR IMIGRASI KELAS II TPI SORONG|Pengadaan Belanja Barang Persediaan Barang Konsumsi berupa MAP Permohonan WNI dan WNA Pada Kantor Imigrasi Kelas II TPI Sorong-Papua Barat Daya Tahun Anggaran 2026|b|ep|60832500|||||cetak_blanko/Map:3 map_ordner/Map:2 map_ordner/Stopmap:2 map_ordner:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb9b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh and the Sumatera provinces, Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb9b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb9b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb9b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
