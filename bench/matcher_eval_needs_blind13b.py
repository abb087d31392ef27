# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind13b, a thirteenth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind13b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json` and `Preview_Web/public/data/*/*.json`, read from the
fetched snapshot; fields Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan, Metode Pengadaan, Sumber Dana,
Total Nilai). Only APBN rows of satker that no earlier needs file uses (checked programmatically against every
bench/matcher_eval_needs*.py on satker names without their numeric codes, and again with leading codes such as
"PAS02", "IM05", "05" or "694003/" cut), one row per satker, spread over all 38 provinces, leaning to instansi earlier
sets have few of (instansi counts of the earlier files' satker taken from the export): Polri (Polres, Polresta,
Polda directorates, Biddokkes, Rumkit Bhayangkara), Kemenimipas (Kanim, Kanwil Imigrasi, Rudenim, Lapas, Rutan,
LPKA, Kanwil Ditjenpas), Kemenkum kanwil units, Mahkamah Agung courts (PA, PT, PTUN, PN, Dilmil), BPN (Kanwil,
Kantah), Kejaksaan (Kejati, Kejari, Cabjari), PU (BPJN, PJN, SNVT, BBWS, Cipta Karya, Prasarana Strategis, BPPW),
Kemenhub (KSOP, UPBU, BPTD, BP3TD, Politeknik, UPP, Balai Teknik Perkeretaapian), Kemenhan (Kodim, Rumkit), BNN,
BPOM, BKKBN, BPK, Kemenag (Kankemenag for MIN, UIN), Kemendikti (politeknik, universitas), Kemenperin (SMAK),
Kemenkes (RS vertikal), Kemensos sentra, Kemenhut (BKSDA), KKP (politeknik), Badan Karantina, BMKG, Komdigi (Loka
Monitor), RRI, KPU, Kemenhaj, Kemendagri (BPD). Most unused satker buy outsourcing, vehicle rental,
internet and drone photography; those were kept to a few. blogramadhan/bun-tarik-data and
Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind13a); hikaridha/sirup-downloader was not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics, also after cutting trailing "Tahap/TA/Tahun/Bulan/Triwulan/Paket ..."
words), and no two rows share a name. Names with a difflib ratio of 0.92 or more to an earlier name were dropped, and
so were names that hold an earlier name (or are held by one) with only a MAK/account phrase, satker, unit or count
added or cut ("Pengadaan ATK Bidkeu", "Pengadaan Kursi CPNS", "Kursi Besi/Metal Layanan Sarana Internal ...").
Every row is my own record made from one real package name, reworded lightly where the name gives something to
change ("15 Unit" -> "14 Unit", "FEBRUARI" -> "MARET", "1.350 Kgs" -> "1.150 Kgs",
"MIN 2" -> "MIN 3", "MIN 5" -> "MIN 4", "februari" -> "maret", "SMPN 9" -> "SMPN 8", "Blok D" -> "Blok C",
"Kalimantan 4" -> "Kalimantan 3", "40 ORG" -> "38 ORG", "90 ORG" -> "85 ORG", "(30 UNIT)" -> "(28 UNIT)",
"19.40 Km" -> "18.90 Km", "[4 ORG x 365 HR]" -> "[5 ORG x 365 HR]"), the noise of the original kept: ALL CAPS, typos
("PENGADADAAAN", "KATPUAN", "PARALATAN", "Penunang", "Passangger", "Hygene", "Disemninasi"),
a MAK code ("3165.QIA.002"), a RUP code ("66163815"), the stray "a" with circumflex of the export's
encoding, leading commas, double spaces, trailing spaces, "; F; K; SYC" output debris, several items in one name.
The pagu is 1-4.5% above the export's realisation value (Total Nilai). Type and method are the export's Jenis and
Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi ..." as konsultansi), also where the export
types a service, a rental or works as barang; a row with no type or method in the export is read as barang by
pengadaan langsung. No row is flagged (as in blind9b: the export has no UMK status, and its Nilai PDN was not turned
into a flag). The volume is set only where the name states a count in the catalog's unit (one excavator). Region
codes are the Kemendagri codes of the satker's seat (province code alone for provincial offices: Kanwil, Perwakilan
BKKBN/BPK/BPKP, provincial BNN, Polda units, Balai Karantina, Stasiun Klimatologi, PU and Kemenhub balai/satker,
Pengadilan Tinggi). Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are
its MACROS. The grades were written by reading each package name against the catalog's kinds
(bench/matcher_eval_catalog.py), before and without any ranking system's output; no matcher has ever ranked these
needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and
# Kepulauan Riau, TA 2026 (agitkasep/inaprocdata, Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SUMATERA = """
11|PELAKSANAAN JALAN NASIONAL WILAYAH II PROVINSI ACEH|Pakaian Dinas Pegawai/Perawat (Aceh)|jl|ep|169700800|||||DINAS
11|DIT RESKRIMUM POLDA ACEH|MAKAN TAHANAN DITTAHTI POLDA ACEH T.A. 2026|jl|t|612598600|||||makanan_pasien/Warga:3 makanan_pasien:1 nasi_box/Bungkus:2 nasi_box:1 prasmanan/Katering_Harian:1
11.71|RUMKIT BHAYANGKARA BANDA ACEH|Perbekalan Farmasi ( Obat Alkes )|b|ep|2388200|||||obat:3 bmhp:3 alkes:2
11.73|RUMKIT TK. III IM 07.01 LHOKSEUMAWE KESDAM IM|Gas Medik|b|ep|66377700|||||
11.74|LAPAS KELAS II B LANGSA|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Kelas IIB Langsa- Aceh Tahun Anggaran 2026|b|ep|3270834600|||||PANGAN makanan_pasien/Warga:2
11|BALAI PELAKSANAAN JALAN NASIONAL ACEH|Pengadaan Peralatan dan Fasilitas Laboratorium BPJN Aceh|b|ep|159947800|||||alat_lab:1
12.12|LOKA POM DI KABUPATEN TOBA SAMOSIR|Pengadaan Test Kit dan Reagen Rapid Test|b|ep|8263300|||||reagen_tes:1 reagen_tes/Formalin:3 reagen_tes/Media:1
12.73|LAPAS KELAS II A SIBOLGA|Pengadaan Perlengkapan Mandi bagi WBP pada Lembaga Pemasyarakatan Kelas IIA Sibolga TA. 2026 - Sumatera Utara|b|ep|81097700|||||alat_mandi:3 sabun_detergen:2 tisu:1
12.78|BADAN NARKOTIKA NASIONAL KOTA GUNUNGSITOLI|Penyediaan Alat Test Urine 7 Parameter untuk Layanan SKHPN BNN Kota Gunungsitoli |b|ep|31915500|||||reagen_tes/Narkoba:3 reagen_tes:1
13.02|KANTOR PERTANAHAN KAB. SOLOK|ATK dan Alat Penunang Komputer|b|ep|5114200|||||ATK KOMP
13.03|KPU KABUPATEN SIJUNJUNG|Pengadaan Pakaian Dinas Harian Pegawai di Lingkungan Sekretariat KPU Kabupaten Sijunjung|b|ep|30024100|||||DINAS
13|PENGADILAN TINGGI PADANG|Pengadaan Kursi Sidang|b|ep|25299700|||||kursi_kantor:2 kursi_kantor/Pejabat:3 kursi_lipat:1
13.02|POLRES SOLOK|Biaya Makan Tahanan Polres|b|ep|14533100|||||makanan_pasien/Warga:3 makanan_pasien:1 nasi_box/Bungkus:2 nasi_box:1
13.76|BALAI POM DI PAYAKUMBUH|Belanja Barang Persediaan Barang Konsumsi Reagensia|b|ep|2969500|||||reagen_tes:2 reagen_tes/Media:3 reagen_tes/Narkoba:1 reagen_tes/Gula:1 alat_lab:1
13|STASIUN KLIMATOLOGI SUMATERA BARAT|Suku Cadang Pendukung Peralatan AWS/AAWS di Provinsi Sumatera Barat|b|ep|22161600|||||
13.71|SEKOLAH MENENGAH KEJURUAN-SMAK PADANG|Bahan Praktikum Reguler Penyelenggaraan Pembelajaran |b|ep|76319800|||||reagen_tes/Media:1 alat_lab/Gelas:1
13|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SUMATERA BARAT|Kassa Steril|b|ep|271942200|||||bmhp:1 bmhp/Kasa:2 bmhp/Kasa_Steril:3
14|BIDDOKKES POLDA RIAU|PENGADAAN OBAT & ALKES HABIS PAKAI DANA KAPITASI BPJS BULAN MARET 2026|b|pl|121635200|||||obat:3 bmhp:3 alkes:1
14.71|RUMAH DETENSI IMIGRASI PEKANBARU|Pengadaan Biaya Keperluan Sehari-Hari Perkantoran (ATK dan Bahan Cetakan) pada Rumah Detensi Imigrasi Pekanbaru - Riau Tahun Anggaran 2026 |b|ep|20616200|||||ATK CETAK
14.07|POLRES ROKAN HILIR|PENGADAAN MAKAN JAGA KAWAL POLRES ROKAN HILIR T.A. 2026|jl|ep|414196200|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
15.05|POLRES MUARO JAMBI|Pengadaan Konsumsi Tahanan Polsek Jajaran Polres Muaro Jambi|jl|ep|12442500|||||makanan_pasien/Warga:3 makanan_pasien:1 nasi_box/Bungkus:2 nasi_box:1
15.06|KANTOR KEMENTERIAN HAJI DAN UMRAH KAB. TANJUNG JABUNG BARAT|Sewa Laptop Kemenhaj Kab. Tanjab Barat|b|ep|54624600|||||laptop:1
16|BADAN NARKOTIKA NASIONAL PROVINSI SUMATERA SELATAN|Test Urine Layanan SKHPN|b|ep|84331400|||||reagen_tes/Narkoba:3 reagen_tes:1
16|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROP. SUMATERA SELATAN|Pengadaan Perangkat Pengolah Data dan Komunikasi Berupa Laptop, Printer, dan Lensa Tele Kamera pada Kantor Wilayah BPN Provinsi Sumatera Selatan             |b|ep|171218600|||||laptop:3 printer:3 kamera_cctv/Mirrorless:1 tas_laptop:1
16.01|POLRES OGAN KOMERING ULU|PENGADAAN ATK ETLE POLRES OKU T.A 2026|b|ep|51033900|||||ATK amplop:3 tinta_printer:2 toner:2
16.03|KANTOR IMIGRASI KELAS II NON TPI MUARA ENIM|Pengadaan Belanja Barang Persedian Barang Konsumsi Berupa Kertas Cetak hasil Wawancara Kegiatan Penerbitan Dokumen Perjalanan RI di Kantor Imigrasi pada Kantor Imigrasi Kelas II Non TPI Muara Enim - Sumatera Selatan Tahun Anggaran 2026|b|ep|15331900|||||kertas_a4:3 kertas_f4:2 kertas_foto:1
16.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN PALEMBANG|Pakaian Dinas Lapangan (PDL) Blue Jeans Coast Guard|b|pl|177109400|||||pdh:2 pdh/PDL:3 topi_atribut:1 sepatu/PDL:1
16.71|POLITEKNIK PENERBANGAN PALEMBANG|Pengadaan Lemari Besi Asrama Bravo|b|ep|126838900|||||lemari_arsip:1 lemari_arsip/Besi:2 lemari_arsip/Mobile:1 ranjang:1
16|KEJAKSAAN TINGGI SUMATERA SELATAN|Pengadaan Elevator Passangger Kapasitas 1.150 Kgs Kantor Kejaksaan Tinggi Sumatera Selatan TA. 2026|b|ep|2126641200|||||
17.03|KANTOR PERTANAHAN KAB. BENGKULU UTARA|Pengadaan Dus Arsip Tahun 2026|b|ep|23843700|||||map_ordner:1 map_ordner/Box:2 map_ordner/Box_Arsip:3 stiker_label/Box:1
17.71|KANTOR IMIGRASI KELAS I BENGKULU|Pengadaan MAP Permohonan Keimigrasian WNI pada Kantor Imigrasi Kelas I TPI Bengkulu  Tahun Anggaran 2026|b|ep|52506700|||||map_ordner:1 map_ordner/Map_Batik:2 cetak_blanko/Map:3
18.10|PENGADILAN AGAMA PRINGSEWU|Belanja Modal Pengadaan Mebelair|b|ep|67346400|||||MEBEL
18.72|POLRES METRO|Pengadaan Jasa Lainnya / Pengadaan Makan Piket Jaga (ULP Non Organik Polsek Jajaran) Polres Metro TA. 2026|jl|ep|639510100|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
18.71|SNVT PEMBANGUNAN BENDUNGAN BBWS MESUJI SEKAMPUNG|Penanganan Bocoran Bendungan Way Sekampung; 1 Unit; 1 Dokumen; F; K; SYC|k|ep|9332300700|||||
18|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI LAMPUNG|HANDSCONE STERIL|b|ep|1236701700|||||bmhp:1 bmhp/Sarung_Tangan:1
19.71|BALAI PENGAWAS OBAT DAN MAKANAN DI PANGKAL PINANG|E. PENGADAAN ALAT GELAS (RM)|b|ep|9844700|||||alat_lab:1 alat_lab/Gelas:3
19.71|BALAI PENATAAN BANGUNAN, PRASARANA DAN KAWASAN KEPULAUAN BANGKA BELITUNG|Sarana Perkantoran, Perangkat Pengolah Data dan Komunikasi|b|ep|16451000|||||laptop:2 pc_desktop:2 printer:2 MEBEL:1
21|KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROV. KEPULAUAN RIAU|Belanja  Seragam Frontliner (Kepulauan  Riau)|b|ep|28485300|||||pdh:3 batik_seragam:2 kaos/Polo:1 topi_atribut:1
21.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN TANJUNG PINANG|TINTA PRINTER BUKU PELAUT|b|ep|93721400|||||tinta_printer:2 toner:1
21|BALAI PENGELOLA TRANSPORTASI DARAT KEPULAUAN RIAU|Pengadaan dan Pemasangan Alat Penerangan Jalan (APJ)  Solar Cell|b|ep|2232422400|||||lampu_listrik:1 lampu_listrik/PJU:2
21.71|PAS32 RUTAN KELAS II A BATAM|Pengadaan Belanja Jamuan Tamu pada Rumah Tahanan Negara Kelas IIA Batam â Kepulauan Riau Tahun Anggaran 2026|b|pl|55817800|||||snack_box:3 prasmanan:2 kopi_teh_gula:2 air_botol:2 nasi_box:2 minuman_kemasan:1
21.02|CABANG KEJAKSAAN NEGERI KARIMUN DI MORO|Renovasi Gedung Kantor Cabang Kejaksaan Negeri Karimun di Moro|k|pl|402782900|||||
12|BALAI PENGELOLA TRANSPORTASI DARAT SUMATERA UTARA|Pengadaan Pakaian Dinas Operasional UPPKB |b|ep|171555900|||||pdh:2 pdh/PDL:3 topi_atribut:1 sepatu/PDL:1
12.72|PAS02 LAPAS KELAS II B TANJUNG BALAI ASAHAN|PENGADAAN MEDIS POLYKLINIK DAN OBAT - OBATAN BAGI WBP|b|pl|93231500|||||obat:3 bmhp:2 alkes:1
12.71|RUMKIT BHAYANGKARA MEDAN|Pengadaan Bekal Kesehatan dan Obat - Obatan Pasien|b|ep|3080600|||||obat:3 bmhp:3 alkes:1
16.08|POLRES OGAN KOMERING ULU TIMUR|PENGADAAN PARALATAN / PERLENGKAPAN KANTOR POLRES OKU TIMUR TA. 2026|b|ep|188170800|||||ATK:2 KOMP:1
21.71|BALAI PENGAWAS OBAT DAN MAKANAN DI BATAM|PENGADAAN  MEDIA /REAGENSIA PENGUJIAN DNA|b|ep|39945500|||||reagen_tes:1 reagen_tes/Media:2
"""

# Vertical offices in DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
JAWA_BALI = """
31|DITSAMAPTA POLDA METRO JAYA|PENGADADAAAN MAKAN DAN SNACK KATPUAN DITSAMAPTA POLDA METRO JAYA TAHUN ANGGARAN 2026|b|ep|457480300|||||nasi_box:3 snack_box:3 prasmanan/Katering_Harian:2 nasi_box/Bungkus:2
31.71|POLRES METRO JAKSEL|PERBAIKAN SOUND SYSTEM|jl|ep|57092000|||||sound_system:1
32|BPK PERWAKILAN PROVINSI JAWA BARAT|Pengadaan Peralatan Fasilitas Perkantoran berupa Alat Penghancur Kertas pada BPK Perwakilan Provinsi Jawa Barat|b|ep|82156300|||||elektronik_rt/Penghancur:3
32.12|UNIT PENYELENGGARA PELABUHAN INDRAMAYU|Pengadaan Kendaraan Dinas Fungsional Roda 4|b|ep|622556300|||||mobil:3 mobil/Golf:1 kendaraan_khusus:1
32.73|BALAI TEKNIK PERKERETAAPIAN KELAS I BANDUNG|Pengadaan Kendaraan Roda 4 (listrik)|b|ep|2234925000|||||mobil:1 mobil/Golf:1
32.76|PENGADILAN AGAMA DEPOK|Pengadaan Kursi Tunggu Besi|b|ep|56743200|||||kursi_lipat:1 kursi_lipat/Tunggu:3 kursi_kantor:1
32.75|SENTRA TERPADU "PANGUDI LUHUR" DI BEKASI|Pengadaan Bantuan ATENSI Penyandang Disabilitas|b|ep|900853100|||||kursi_roda:2 sembako:1 alat_mandi:1
32.73|RUMAH SAKIT PARU DR. H.A. ROTINSULU BANDUNG|Bahan Medis Habis Pakai (E-Kat)|b|ep|1518000|||||bmhp:3 obat:1
33|03 KANWIL JAWA TENGAH BPHN|Pengadaan Belanja Bahan (Makan, Kudapan, Spanduk, Seminar Kit, Stand/Layout, Penggandaan dan Penjilidan) Kegiatan Fasilitasi dan Pembinaan Masyarakat melalui Penyuluhan Hukum di Daerah Pada Kantor Wilayah Kementerian Hukum Jawa Tengah TA 2026|b|pl|7477900|||||nasi_box:3 snack_box:3 cetak_spanduk:3 tas_seminar:3 fotokopi:3 cetak_buku:1 sewa_acara:1
33|PAS13 KANWIL DITJEN PEMASYARAKATAN JAWA TENGAH|Pengadaan obat-obatan untuk kesehatan pegawai Pada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah TA 2026|b|pl|5537500|||||obat:3 bmhp:1 alkes:1
33.01|UNIT PENYELENGGARA BANDAR UDARA TUNGGUL WULUNG CILACAP|REKONDISI LAMPU PJU|b|pl|196856600|||||lampu_listrik/PJU:1
33.23|KANTOR PERTANAHAN KAB. TEMANGGUNG|Pengadaan Belanja Modal Peralatan dan Mesin berupa Kursi Tunggu Loket dan Kursi Besi Pada Kantor Pertanahan Kabupaten Temanggung Tahun 2026|b|ep|100851200|||||kursi_lipat:2 kursi_lipat/Tunggu:3 kursi_kantor:1 kursi_kantor/Rapat:2
33.27|KANTOR IMIGRASI KELAS I NON TPI PEMALANG|Pengadaan Sepatu Pegawai - Layanan Umum dan Rumah Tangga- Belanja Barang Non Operasional Lainnya-pada Kantor Imigrasi Kelas I Non TPI Pemalang - Jawa Tengah Tahun Anggaran 2026|b|ep|33973300|||||sepatu:1 sepatu/PDH:3 sepatu/Pantofel:3
33.74|POLITEKNIK ILMU PELAYARAN SEMARANG|Pengadaan Reagen Untuk Sertifikasi Kesehatan Pelaut |b|ep|172379500|||||reagen_tes:2 reagen_tes/Hematologi:3 reagen_tes/Media:1
34|DITRESKRIMSUS POLDA YOGYAKARTA|PENGADAAN KEPERLUAN PERLENGKAPAN PERKANTORAN DITRESKRIMSUS POLDA DIY T.A. 2026|b|ep|25260600|||||ATK:2 KOMP:1
34.71|BPK RI PERWAKILAN PROVINSI DAERAH ISTIMEWA YOGYAKARTA|Pengadaan Pompa Submersible 3 Phase|b|pl|96352500|||||alsintan/Pompa:1
34|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL D.I. YOGYAKARTA|Pemenuhan / Pengadaan IUD|b|ep|80965700|||||
34.71|BALAI PEMERINTAHAN DESA YOGYAKARTA|Laundry Perlengkapan Kantor dan Asrama|b|pl|1907800|||||laundry:2 laundry/Kiloan:3
35|BPK PERWAKILAN PROVINSI JAWA TIMUR|Pengadaan Kamera dan Lensa Kamera pada BPK Perwakilan Provinsi Jawa Timur|b|ep|46189700|||||kamera_cctv:0 kamera_cctv/Mirrorless:3
35|KANWIL DITJEN IMIGRASI JAWA TIMUR|Pengadaan Meja Workstation pada Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur Tahun Anggaran 2026|b|ep|344219200|||||meja_kantor:2 meja_kantor/Staff:3 meja_kantor/Lipat:1
35.02|UNIVERSITAS ISLAM NEGERI KIAI AGENG MUHAMMAD BESARI PONOROGO|Pengadaan Bendera dan Toga Guru Besar UIN Kiai Ageng Muhammad Besari Ponorogo T.A. 2026|jl|ep|19067400|||||bendera:2 kostum:1
35.02|KANTOR IMIGRASI KELAS II NON TPI PONOROGO|Pengadaan Kendaraan Dinas Sepeda Motor pada Kantor Imigrasi Kelas II Non TPI Ponorogo Tahun Anggaran 2026|b|ep|241823100|||||sepeda_motor:3 sepeda_motor/Trail:2 sepeda_motor/Listrik:2
35.18|KANTOR PERTANAHAN KAB. NGANJUK|Pembelian Bahan Kebersihan Kantor|b|ep|15751000|||||BERSIH
35.23|KANTOR KEMENTERIAN AGAMA KAB. TUBAN|Belanja Pengadaan AC MIN 3 Tuban|b|ep|21185400|||||ac:3 ac/Standing:1 kipas_angin:1 service_ac:1
35.28|KANTOR IMIGRASI KELAS II NON TPI PAMEKASAN|Pengadaan AC Central Pada Kantor Imigrasi Kelas II Non TPI Pamekasan Tahun Anggaran 2026|b|ep|1053725700|||||ac:1
35.72|KPU KOTA BLITAR|Pengadaan Smart Televisi|b|ep|4113100|||||tv_display:1 tv_display/Smart:3 tv_display/Interactive:1
35.77|POLITEKNIK PERKERETAAPIAN INDONESIA MADIUN|Pengadaan Perlengkapan Taruna Tk. I|b|ep|329427900|||||pdh:2 sepatu:2 kaos:2 topi_atribut:2 selimut_kasur:1 tas_seminar/Ransel:1
35.77|PENGADILAN MILITER III-11 MADIUN|Komputer disabilitas|b|ep|13257400|||||pc_desktop:2 laptop:1 aksesori_komputer:1
35.78|RUDENIM SURABAYA|Pengadaan CCTV Peralatan dan Fasilitas Perkantoran Pada Rumah Detensi Imigrasi Surabaya - Jawa Timur Tahun Anggaran 2026|b|ep|259023300|||||kamera_cctv:2 kamera_cctv/CCTV:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:0
35.04|KANTOR KEMENTERIAN AGAMA KAB. TULUNGAGUNG|Belanja Modal Lainnya MIN 4 Tulungagung 2026 (Alat Ektrakurikuler)|b|ep|5857400|||||alat_olahraga:2 alat_musik:1 kostum/Marching:1
35|05 KANWIL JAWA TIMUR SETJEN|Pengadaan Jasa Konsultansi Perencanaan Revitalisasi Jaringan Instalasi Listrik Gedung Sekretariat, Bagian Umum dan Pelayanan Hukum Pada Kantor Wilayah Kementerian Hukum Jawa Timur - Tahun Anggaran 2026|ks|pl|99808200|||||
36.73|BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI SERANG|3165.QIA.002 Pengujian Laboratorium Sampel Obat (Reagen, Media Mikro)|b|ep|22220800|||||reagen_tes:1 reagen_tes/Media:3 alat_lab:1
36.71|POLRES METRO TANGERANG KOTA|PENGADAAN MAKAN TAHANAN POLRES METRO TANGERANG KOTA DAN POLSEK JAJARAN TAHUN ANGGARAN 2026|jl|ep|1894451900|||||makanan_pasien/Warga:3 makanan_pasien:1 nasi_box/Bungkus:2 nasi_box:1
36|29 KANWIL BANTEN AHU|66163815 Pengadaan Belanja Bahan Makan dan Kudapan pada Kegiatan Dukungan Kesekretariatan dan Pengawasan MPW pada Kantor Wilayah Kementerian Hukum Banten AHU (692071) Tahun Anggaran 2026|jl|pl|2499800|||||nasi_box:3 snack_box:3 prasmanan:2 air_gelas:1
51|KANTOR WILAYAH KEMENTERIAN HUKUM BALI|Pengadaan Seminar Kit untuk Penguatan Branding Wilayah melalui Kekayaan Intelektual pada Kantor Wilayah Kementerian Hukum Bali Tahun Anggaran 2026|b|ep|15585000|||||tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 id_card:1 ATK:1
51.04|BADAN NARKOTIKA NASIONAL KABUPATEN GIANYAR|Belanja persediaan paket alat tes urine|b|ep|363700|||||reagen_tes/Narkoba:3 reagen_tes:1
51.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN DENPASAR|PENGADAAN REAGEN KHUSUS MIKOTOKSIN, ENDOTOKSIN  DAN DNA|b|ep|28941300|||||reagen_tes:1 reagen_tes/Media:1
51|BALAI PENGELOLA TRANSPORTASI DARAT BALI|PENGADAAN DAN PEMASANGAN LAMPU PERINGATAN (WARNING LIGHT) PERBAIKAN LRK PROVINSI BALI|k|ep|329114200|||||rambu/Paku:1 lampu_listrik:1
32.05|KANTOR IMIGRASI KELAS II NON TPI GARUT|Pengadaan Perlengkapan dan Atribut Seragam Kegiatan Layanan Umum dan Rumah Tangga UPT pada Kantor Imigrasi Kelas II Non TPI Garut - Jawa Barat Tahun Anggaran 2026|b|ep|17974300|||||topi_atribut:2 topi_atribut/Atribut:3 pdh:1
33.72|RRI SURAKARTA|Jamuan Tamu Untuk Kegiatan Rakorwil|b|ep|3110500|||||snack_box:3 prasmanan:3 nasi_box:2 kopi_teh_gula:1 air_gelas:1
35.09|LAPAS KELAS II A JEMBER|Pengadaan Belanja Alat Tulis Kantor pada Lembaga Pemasyarakatan Kelas IIA Jember - Jawa Timur Tahun Anggaran 2026|b|ep|22086400|||||ATK
35.72|POLRES BLITAR KOTA|Belanja peralatan dan perlengkapan kebersihan untuk ruang pelayanan publik|b|ep|33184900|||||BERSIH sapu:3 kain_pel:3 tempat_sampah:3
35.74|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN PROBOLINGGO|PAKAIAN DINAS DAN PAKAIAN LAPANGAN PEGAWAI|b|ep|79592200|||||pdh:3 pdh/PDL:3 batik_seragam:1 topi_atribut:1
51.04|POLRES GIANYAR|Pengadaan Bekal Kantor ATK Polres Gianyar T.A. 2026|b|ep|504839900|||||ATK
"""

# Vertical offices in Nusa Tenggara Barat/Timur and the Kalimantan provinces, TA 2026 (agitkasep/inaprocdata; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52|23 KANWIL NUSA TENGGARA BARAT AHU|Belanja Bahan Seminar Kit Sosialisasi/ Disemninasi /FGD/ Rakor/Seminar/Workshop/Pendalaman Materi Layanan Kewarganegaraan DIPA AHU pada Kantor Wilayah Kementerian Hukum Nusa Tenggara Barat Tahun Anggaran 2026|b|pl|5062000|||||tas_seminar:3 pulpen:2 buku_tulis/Notebook:2 ATK:1
52|BALAI PENGELOLA TRANSPORTASI DARAT KELAS II PROVINSI NUSA TENGGARA BARAT|Supervisi Pengadaan dan Pemasangan Rambu Lalu Lintas|ks|pl|29949100|||||
52.02|KPU KABUPATEN LOMBOK TENGAH|keperluan Sehari-hari Perkantoran kurang 40 Pegawai (Nusa Tenggara Barat)|b|pl|3462900|||||ATK:2 BERSIH:1 air_galon:1
52|BALAI KONSERVASI SUMBER DAYA ALAM NUSA TENGGARA BARAT|Langganan Starlink di Pintu Masuk Kawasan|jl|ep|93347600|||||jaringan:1
53.15|POLRES MANGGARAI BARAT POLDA NTT|PENGADAAN MAKAN NON ORGANIK / JAGA KAWAL POLRES MANGGARAI BARAT POLDA NTT T.A. 2026|jl|t|477213800|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
53.71|KEJAKSAAN NEGERI KOTA KUPANG|Renovasi/Perluasan Gedung Kantor Kejaksaan Negeri Kota Kupang|k|t|24653967100|||||
61.02|BALAI PENDIDIKAN DAN PELATIHAN TRANSPORTASI DARAT (BP2TD) MEMPAWAH|Pengadaan Meja Peserta Diklat|b|ep|86998000|||||meja_kantor:1 meja_kantor/Lipat:2 mebel_sekolah/SMP:1
61.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN PONTIANAK|SEMINAR KIT DALAM RANGKA BIMTEK DAN PENYULUHAN KOMUNITAS PASAR|b|ep|736600|||||tas_seminar:3 pulpen:2 buku_tulis/Notebook:2
61.71|PENGADILAN TATA USAHA NEGARA PONTIANAK|Lemari Besi/Metal|b|ep|34465300|||||lemari_arsip:2 lemari_arsip/Besi:3 lemari_arsip/Mobile:2 lemari_arsip/Brankas:1
61.71|KODIM 1207 / PONTIANAK|ATK maret 2026|jl|ep|9044500|||||ATK
61.01|POLITEKNIK NEGERI SAMBAS|Pengadaan Alat Modernisasi Lab Microbiologi|b|ep|829954600|||||alat_lab:2 alat_lab/Mikroskop:3 reagen_tes/Media:1
61.04|UNIT PENYELENGGARA BANDAR UDARA RAHADI OESMAN DI KETAPANG|,Drainase Sisi Udara 1 Paket|k|pn|148607700|||||
62.10|POLRES GUNUNG MAS|Belanja Barang Persediaan Barang Konsumsi (ATK Polsek) Polres Gunung Mas T.A.2026|b|ep|74993700|||||ATK
62|14 KANWIL KALIMANTAN TENGAH SETJEN|Pengadaan Belanja Barang Persediaan Barang Konsumsi Kebutuhan Dasar Perkantoran Kantor Wilayah Kementerian Hukum Kalimantan Tengah Tahun Anggaran 2026|b|pl|2067400|||||ATK:2 BERSIH:1
62.09|POLRES LAMANDAU POLDA KALTENG|PENGADAAN MAKAN JAGA PIKET POLSUBSEKTOR MENTHOBI RAYA POLRES LAMANDAU TAHUN 2026|jl|pl|52414900|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
62|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR KALIMANTAN II PROVINSI KALIMANTAN TENGAH|Peningkatan Jaringan Irigasi Rawa Wilayah Kerja Blok C DIR Terusan Tengah|k|ep|14238842700|||||
62.71|LAPAS KELAS II A PALANGKARAYA|Pekerjaan Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Lembaga Pemasyarakatan Kelas IIA Palangka Raya - Kalimantan Tengah Tahun Anggaran 2026|b|ep|4107420500|||||PANGAN makanan_pasien/Warga:2
63|PELAKSANAAN CIPTA KARYA PROVINSI KALIMANTAN SELATAN|Pengadaan Kendaraan Pendukung Operasional TPA|b|ep|254669400|||||alat_berat:1 alat_berat/Dump:2 mobil:1
63|PELAKSANAAN PRASARANA STRATEGIS KALIMANTAN SELATAN|Mebelair Rehabilitasi dan Renovasi Madrasah PHTC Provinsi Kalimantan 3|b|ep|7365879000|||||mebel_sekolah:3 rak_buku:2 lemari_arsip:1 meja_kantor:1
63.03|KANTOR PERTANAHAN KAB.BANJAR|Perlengkapan Lapang|b|ep|5542600|||||topi_atribut/Rimba:1 jas_hujan:1 sepatu/PDL:1 apd_kerja:1
63.02|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS II KOTABARU - BATULICIN|Pengadaan Kendaraan Roda 4 Untuk Angkutan Pegawai|b|ep|697125800|||||mobil:1 mobil/Hiace:3 mobil/Innova:2
64.03|POLRES BERAU|Konsumsi Tahanan Polres (Termasuk tagihan Tahun lalu) [38 ORG x 365 HR]|jl|ep|371640300|||||makanan_pasien/Warga:3 makanan_pasien:1 nasi_box/Bungkus:2 nasi_box:1
64.07|POLRES KUTAI BARAT|Makan operasi ( Ops Keselamatan ) [85 ORG x 14 HR]|jl|ep|104999200|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
64.71|RUTAN KELAS II B BALIKPAPAN|Pengadaan Keperluan Perkantoran pada Rumah Tahanan Negara Kelas IIA Balikpapan â Kalimantan Timur Tahun Anggaran 2026|jl|ep|118913400|||||ATK:2 BERSIH:1
64.72|KANTOR IMIGRASI KELAS I TPI SAMARINDA|Pengadaan Belanja Modal  Layanan Sarana Internal Kendaraan Bermotor pada Kantor Imigrasi Kelas I TPI Samarinda  Prov. Kalimantan Timur TA 2026|b|ep|175874200|||||mobil:2 sepeda_motor:2
65.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS II TARAKAN|Replacement Rumah Dinas 2 Unit (Kopel) KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN TARAKAN|k|ep|976630300|||||
65|BALAI PENGELOLA TRANSPORTASI DARAT KELAS III KALIMANTAN UTARA|Supervisi Alat Penerangan Jalan|ks|pl|46435100|||||
63.71|LAPAS KELAS II A BANJARMASIN|Pengadaan Perlengkapan Mandi Pada Lembaga Pemasyarakatan Kelas IIA Banjarmasin  Kalimantan Selatan Tahun Anggaran 2026|b|ep|95434500|||||alat_mandi:3 sabun_detergen:2 tisu:1
53.05|BANDAR UDARA MALI ALOR|Pengadaan Penunjang kebersihan terminal|b|pl|89252000|||||BERSIH:2
"""

# Vertical offices in the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces, TA 2026
# (agitkasep/inaprocdata; FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71.71|PENGADILAN TINGGI MANADO|Mesin Antrian Layanan|b|ep|15813400|||||tv_display/Antrian:1 kertas_thermal:1
71.71|691624 BALAI PERHUTANAN SOSIAL MANADO|ATK dan Operasional Komputer|b|pl|489500|||||ATK KOMP
71.73|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II TOMOHON|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Pada Lembaga Pembinaan Khusus Anak Kelas II Tomohon - Sulawesi Utara Tahun Anggaran 2026|b|ep|547408400|||||PANGAN makanan_pasien/Warga:2
71.02|UNIVERSITAS NEGERI MANADO|Perencanaan Teknis Pembangunan Fakultas Kedokteran dan Laboratorium|ks|pn|10652981200|||||
72.06|KANTOR UPBU MOROWALI|Pengadaan Kendaraan Maintenance|b|ep|287870600|||||mobil:1 mobil/Double:2 kendaraan_khusus:1
72.06|POLRES MOROWALI POLDA SULTENG|PENGADAAN MAKAN PIKET ULP NON ORGANIK POLRES MOROWALI POLDA SULTENG T.A. 2026|jl|t|311436300|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
73|KANWIL DITJEN PEMASYARAKATAN SULAWESI SELATAN|Pengadaan Barang Alat Tulis Kantor (ATK) Rutin Kanwil Ditjen Pemasyarakatan Sulawesi Selatan Tahun 2026|b|ep|23282200|||||ATK
73|19 KANWIL SULAWESI SELATAN BPHN|Pengadaan Konsumsi Makan dan Kudapan Kegiatan Pengawasan Pelaksanaan Bantuan Hukum di Daerah Pada Kantor Wilayah Kementrian Hukum Sulawesi Selatan Tahun Anggaran 2026|b|pl|7056600|||||nasi_box:3 snack_box:3 prasmanan:2
73.08|BANDAR UDARA ARUNG PALAKKA BONE|Perlengkapan Hygene dan Sanitasi|b|pl|38786200|||||BERSIH
73.09|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II MAROS|Pengadaan Perlengkapan Kegiatan Keagamaan pada Lembaga Pembinaan Khusus Anak Kelas II Maros - Sulawesi Selatan Tahun Anggaran 2026|b|ep|22029700|||||selimut_kasur/Tikar:1 buku_bacaan:1
73.72|KANTOR IMIGRASI KELAS II TPI PAREPARE|Pengadaan Mobil Dinas Pada Kantor Imigrasi Kelas II TPI Parepare Sulawesi Selatan Tahun Anggaran 2026|b|ep|671088000|||||mobil:3 mobil/Golf:1
73.71|UIN ALAUDDIN MAKASSAR|Rental Mobil Dinas|jl|ep|3580386400|||||mobil:1
74|PELAKSANAAN CIPTA KARYA PROVINSI SULAWESI TENGGARA|Pengadaan Alat Penunjang TPST Kab. Konawe Kepulauan (1 Unit Excavator)|jl|ep|2148016500|1|unit|||alat_berat:1 alat_berat/Excavator:3
75.71|BALAI KARANTINA HEWAN, IKAN, DAN TUMBUHAN GORONTALO|Bahan Lab. KH (sesuai RAB terlampir)|b|ep|9169600|||||reagen_tes:1 reagen_tes/Media:2 bmhp/Sarung:1
75.71|POLRESTA GORONTALO KOTA|PENGADAAN MAKANAN NON ORGANIK JAGA FUNGSI POLSEK TA 2026|jl|ep|552155900|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
75|BADAN NARKOTIKA NASIONAL PROVINSI GORONTALO|Sewa Kantor BNNP Gorontalo|b|pl|203280000|||||
76|BALAI PENGELOLA TRANSPORTASI DARAT KELAS III SULAWESI BARAT|Pengadaan Alat Penangkal Petir UPPKB BERU BERU|b|pl|142954500|||||
81.71|LOKA MONITOR SPEKTRUM FREKUENSI RADIO AMBON|BIAYA OPERASIONAL GENSET|b|pl|2635700|||||genset:1
81.72|POLRES TUAL POLDA MALUKU|PENGADAAN BAHAN MAKAN TAHANAN POLRES TUAL T.A. 2026|jl|pl|91483200|||||PANGAN makanan_pasien/Warga:2
81.09|POLRES BURU SELATAN POLDA MALUKU|PENGADAAN MAKAN JAGA FUNGSI / ULP NON ORGANIK POLSEK NAMROLE POLRES BURU SELATAN T.A. 2026|jl|pl|153836100|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
82|BALAI PELAKSANAAN JALAN NASIONAL MALUKU UTARA|Pengadaan Alat Berat BPJN Malut|b|ep|668257200|||||alat_berat:2
82|BALAI PENGELOLA TRANSPORTASI DARAT MALUKU UTARA|Pengadaan dan Pemasangan Perlengkapan Jalan (APJ Konvensional, Rambu Lalulintas (75x75) dan Pagar Pengaman (Type 2 : Terminal End Lengkung)|k|ep|2631759200|||||rambu:1 rambu/Rambu:3 rambu/Guardrail:3 lampu_listrik/PJU:3
82|DITPOLAIRUD POLDA MALUKU UTARA|PENGADAAN PEKERJAAN KONSTRUKSI RUMAH DINAS DITPOLAIR POLDA MALUT TYPE 36 (28 UNIT) DAN FASUM T.A. 2026|b|ep|6148373100|||||
91|ROLOG POLDA PAPUA|Pengadaan Jasa Pengepakan/Pengiriman dan Pengangkutan Barang Biro Logistik Polda Papua T.A. 2026|jl|t|5892692500|||||
92.08|UNIT PENYELENGGARA BANDAR UDARA UTAROM KAIMANA|Pengadaan Suku Cadang Fasilitas Elektronika dan Listrik Penerbangan dan Suku Cadang Fasilitas Keamanan Penerbangan|b|pl|207739400|||||
93.01|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR PAPUA MERAUKE PROVINSI PAPUA SELATAN|D.I.R. Tanah Miring Kab. Merauke Prov. Papua yang direhabilitasi; 18.90 Km; 1182.39 Ha; F; K; SYC|k|ep|4410384400|||||
93.01|POLRES MERAUKE POLDA PAPUA|Pengadaan ULP Non Organik Piket Jaga Polsek Type D Kimam Polres Merauke [5 ORG x 365 HR]|jl|pl|113313700|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2
93.01|PENGADILAN NEGERI MERAUKE|Pengadaan Layanan Internet|jl|ep|109974300|||||jaringan:1
94|PELAKSANAAN JALAN NASIONAL WILAYAH III PROVINSI PAPUA TENGAH|REHABILITASI JEMBATAN MAYON - SIMPANG KAPIRAYA|k|ep|6940777300|||||
95.01|POLRES JAYAWIJAYA POLDA PAPUA|Pemeliharaan Ranmor Roda 2 Sat Lantas Polres Jayawijaya T.A. 2026|jl|pl|121510300|||||
96.71|POLITEKNIK KELAUTAN DAN PERIKANAN SORONG|Pengadaan Barang TEFA Pembesaran Udang Vaname|b|pl|259886200|||||pakan_ikan:1 pakan_ikan/Udang:2 sarana_ikan/Aerator:2 benih_ikan:1
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb13b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh and the Sumatera provinces, Lampung, Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb13b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb13b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb13b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
