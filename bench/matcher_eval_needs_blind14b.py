# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind14b, a fourteenth held-out matcher evaluation set (central government, APBN), with the labeller's graded intent.

Source (SOURCES.md, section "blind14b"): FALLBACK rows, no new repository. agitkasep/inaprocdata, INAPROC "realisasi
paket" exports of the central government for TA 2026 (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
`Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json` and `Preview_Web/public/data/*/*.json`, read from the
fetched snapshot, de-duplicated on Kode Paket; fields Nama Instansi, Nama Satuan Kerja, Nama Paket, Jenis Pengadaan,
Metode Pengadaan, Sumber Dana, Total Nilai). Only APBN rows of satker that no earlier needs file uses (checked
programmatically against every bench/matcher_eval_needs*.py, blind13a/b included, on satker names without their
numeric codes and with leading codes such as "PAS13", "05" or "694003/" cut), one row per satker, spread over all 38
provinces, leaning to instansi earlier sets have few of (instansi counts of the earlier files' satker taken from the
export): Kemenimipas (Lapas, Rutan, LPKA, Kanim, Kanwil Ditjen Imigrasi/Pemasyarakatan, RS Pengayoman), Polri
(Polres, Polresta, Polda directorates, Satbrimob, Rumkit Bhayangkara), Mahkamah Agung courts (PN, PA, PTUN, PTA,
Dilmil), Kemenhub (Distrik Navigasi, UPP, UPBU/Bandar Udara, BPTD, Politeknik Pelayaran, Balai Kereta Api Ringan),
KKP (PSDKP, PPN/PPS, BPPP, balai budidaya, BBPI), Kemenhut (BPDAS, Balai Taman Nasional, BPHL), Kemendikti
(universitas, politeknik), Kemenag (MTsN, Kanwil), BPOM, BNN, BMKG (Stasiun Klimatologi), Basarnas, Kemenkeu,
Kemendukbangga/BKKBN, Kemenhan (Kesdam, Rumkit TNI), KPK, BPK (Perwakilan, Museum), PU (PJN, SNVT, Cipta Karya,
P2JN, Prasarana Strategis). Most unused satker buy outsourcing, vehicle rental, internet and fumigation; those were
kept to a few. blogramadhan/bun-tarik-data and
Ariq139/LPSE-Winner-Parser were left to the parallel labeller (blind14a); hikaridha/sirup-downloader was not used.

No package name below appears in bench/matcher_eval_needs.py or any earlier _blind*.py (checked programmatically on
names normalised to lowercase alphanumerics, also after cutting trailing "Tahap/TA/Tahun/Bulan/Triwulan/Paket/pada ..."
words), and no two rows share a name. Names with a difflib ratio of 0.92 or more to an earlier name were dropped, and
so were names that hold an earlier name (or are held by one) with only a MAK/account phrase, satker, unit, count or
year added, cut or swapped ("Pengadaan ATK Kejaksaan Negeri ...", "Pengadaan Meubelair PN ... TA 2026", "PENGADAAN
PERALATAN / PERLENGKAPAN KANTOR", "Alat Test Urine", "Pakaian Dinas ASN 25 Orang x 2 Stel", "PENGADAAN MAKAN TAHANAN
POLRES ... TA 2026", "Pengadaan Penyediaan Peralatan Dapur pada Lembaga Pemasyarakatan Kelas IIB ..."). Every row is
my own record made from one real package name, reworded lightly where the name gives something to change
("Triwulan II" -> "Triwulan III", "Periode Maret 2026" -> "Periode April 2026", "20 buah" -> "18 buah", "POLSEK
KUNDUR" -> "POLSEK MORO", "Bulan Juni 2026" -> "Bulan Mei 2026", "(1 Paket)" -> "(2 Paket)", "Paket 6" -> "Paket 5",
"4 ORANG" -> "5 ORANG", "(2 Unit)" -> "(3 Unit)", "TANETE RIATTANG" -> "TANETE RIATTANG BARAT", "(Peserta)" ->
"(Peserta Rapat)", "(POLSEK)" -> "(POLSEK JAJARAN)"), the noise of the original kept: ALL CAPS, typos ("Pengaadaan",
"Pengdaaan", "Pemelihaaran", "Nakotika", "Baulan", "Guardraill", "Videotrone", "BERMOTOR BERMOTOR"), the stray "a"
with circumflex of the export's encoding, double spaces, trailing spaces, "; NF; K; SYC" output debris, several
items in one name.
The pagu is 1-4.5% above the export's realisation value (Total Nilai). Type and method are the export's Jenis and
Metode Pengadaan ("Pengadaan Barang" read as barang, "Jasa Konsultansi ..." as konsultansi), also where the export
types a service, a maintenance job or works as barang. No row is flagged (as in blind9b: the export has no UMK
status, and its Nilai PDN was not turned into a flag). The volume is set only where the name states a count in the
catalog's unit (drinking water "18 buah x 4 mng x 12 bln", read as 864 gallons). Region codes are the Kemendagri codes
of the satker's seat (province code alone for provincial offices: Polda units, Satbrimob, PU and Kemenhub balai/satker,
Stasiun Klimatologi, BPK Perwakilan, BKKBN Perwakilan, Kanwil). Rows have exactly the format of
bench/matcher_eval_needs.py (see its docstring); the macros are its MACROS. The grades were written by reading each
package name against the catalog's kinds (bench/matcher_eval_catalog.py), before and without any ranking system's
output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# Vertical offices of kementerian/lembaga in Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and Kepulauan Riau, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SUMATERA = """
11.07|RUTAN KELAS II B SIGLI|Pengadaan Extra Fooding  Bagi Warga Binaan Pemasyarakatan Selama Bulan Puasa Pada Rumah Tahanan Negara Kelas IIB Sigli - Aceh Tahun Anggaran 2026|b|ep|48919600|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
11.73|UNIVERSITAS MALIKUSSALEH|Pengadaan Kursi Kuliah dan Kursi Serba Guna|b|ep|490904300|||||kursi_lipat:2 kursi_lipat/Bandara:1 kursi_lipat/Futura:3 kursi_kantor/Rapat:2 mebel_sekolah/Siswa:1
11.06|RUTAN KELAS II B JANTHO|Pengadaan Barang Berupa Kebutuhan Sandang  pada Rumah Tahanan Negara Kelas IIB Jantho - Aceh Tahun Anggaran 2026|b|ep|71549700|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
11|DITINTELKAM POLDA ACEH|PEMELIHARAAN DAN PERAWATAN KOMPUTER|b|ep|7090600|||||aksesori_komputer:1
11|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI ACEH|PRESERVASI JALAN DAN JEMBATAN BTS. KOTA SIGLI - KOTA BIREUEN|k|ep|7359545400|||||
12.72|LAPAS NARKOTIKA KELAS II A PEMATANG SIANTAR|Pengadaan Penyediaan Peralatan Dapur Pada Lembaga Pemasyarakatan Narkotika Kelas IIA Pematangsiantar Provinsi Sumatera Utara Tahun Anggaran 2026|b|ep|71496500|||||kitchen_set:1 alat_dapur:3 alat_dapur/Dispenser:2
12.11|PENGADILAN NEGERI SIDIKALANG|Pengadaan Meja 1 Biro|b|ep|25324600|||||meja_kantor:2 meja_kantor/Lipat:1 meja_kantor/1_Biro:3 meja_rapat:1
12|ROLOG POLDA SUMUT|Pengadaan Sepatu Dinas Lapangan Polri T.A. 2026|b|ep|6218261000|||||sepatu:1 sepatu/PDL:3
12.71|UIN SUMATERA UTARA MEDAN|Pengadaan Peralatan dan Sarana Perkantoran FSH|b|ep|30299700|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 sofa:1 rak_buku:1
12.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN MEDAN|PENGADAAN KOLOM, SUKU CADANG, GLASSAWARE DAN TEST KIT|b|ep|82370200|||||alat_lab:1 reagen_tes:1 alat_lab/Gelas:3 reagen_tes/Test_Kit:3
12.07|PENGADILAN AGAMA LUBUK PAKAM|Pengadaan peralatan fasilitas perkantoran Pengadilan Agama Lubuk Pakam|b|ep|25224800|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 sofa:1 rak_buku:1
12|PERENCANAAN DAN PENGAWASAN JALAN NASIONAL PROVINSI SUMATERA UTARA|PR-01 CORETEAM PERENCANAAN DAN PENGAWASAN JALAN DAN JEMBATAN PROV. SUMUT|ks|pn|8345295800|||||
12.73|DISTRIK NAVIGASI KELAS III SIBOLGA|Pengadaan Bahan Makanan Petugas PMS dan Keluarga PMS Triwulan III|b|pl|128979700|||||PANGAN sembako:3
13.71|LAPAS KELAS II A PADANG|Pengadaan penyediaan perlengkapan medis poliklinik pada Lapas Kelas IIA Sumatera Barat TA 2026|b|ep|29951400|||||alkes:3 bmhp:2 obat:1 bed_pasien:1
13.01|PENGADILAN NEGERI PAINAN|Pengadaan Meja, Kursi dan Lemari Hakim|b|ep|42882000|||||meja_kantor:2 meja_kantor/Pejabat:3 kursi_kantor:2 kursi_kantor/Pejabat:3 lemari_arsip:2 lemari_arsip/Brankas:1 lemari_arsip/Roll:1
13.73|LAPAS NARKOTIKA KELAS III SAWAHLUNTO|Pengadaan Kebutuhan Sandang bagi WBP pada Lembaga Pemasyarakatan Nakotika Kelas III Sawahlunto - Sumatera Barat T.A 2026|b|ep|61802700|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
13.12|PENGADILAN AGAMA TALU|Pengadaan peralatan fasilitas perkantoran berupa Meja dan Kursi Hakim|b|ep|28765400|||||meja_kantor:2 meja_kantor/Pejabat:3 kursi_kantor:2 kursi_kantor/Pejabat:3
13.71|DISTRIK NAVIGASI TELUK BAYUR|Pengadaan Bahan Permakanan Petugas Operasional Penjaga Menara Suar dan Keluarga, ABK Kapal Negara, Bengkel, SROP dan Pengamatan Laut Periode April 2026|b|pl|158155300|||||PANGAN sembako:3
13.71|BALAI DIKLAT INDUSTRI PADANG|Air minum Pegawai 18 buah x 4 mng x 12 bln|b|pl|3355700|864|galon|||air_galon:3 air_galon/Kosong:1 air_botol:1 air_gelas:1
13|SNVT PELAKSANAAN JARINGAN SUMBER AIR WS BATANGHARI PROVINSI SUMATERA BARAT|Supervisi Pembangunan Sarana/Prasarana Pengendalian Banjir Batang Suliti Kabupaten Solok Selatan; 1 Dokumen; 1 Dokumen; NF; K; SYC|ks|s|1357474000|||||
14.71|LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II PEKANBARU|Kegiatan Pemberian Extra Voeding Bagi WBP Selama Bulan Puasa Pada Lembaga Pembinaan Khusus Anak Kelas II Pekanbaru - Riau Tahun Anggaran 2026|b|ep|14385500|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
14.01|LAPAS KELAS II A BANGKINANG|Pengadaan peralatan makan dan minum pada Lembaga Pemasyarakatan Kelas IIA Bangkinang - Riau Tahun Anggaran 2026|b|ep|275804600|||||alat_dapur:1 alat_dapur/Makan:3
14.09|LAPAS KELAS II B TELUK KUANTAN|Pengadaan Pemenuhan Obat-obatan Pegawai pada Lembaga Pemasyarakatan Kelas IIB Teluk Kuantan - Riau Tahun Anggaran 2026|b|pl|25968400|||||obat:3 bmhp:1 alkes:1
15.71|POLRESTA JAMBI|PEMELIHARAAN TAHANAN (POLSEK JAJARAN)|b|ep|4889900|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
15|BALAI PENGELOLA TRANSPORTASI DARAT JAMBI|PEMELIHARAAN PERLENGKAPAN JALAN|jl|ep|1519128000|||||rambu:1
16|DITRESKRIMUM POLDA SUMSEL|PENGADAAN PERAWATAN TAHANAN DITTAHTI POLDA SUMSEL T.A. 2026|b|ep|383026400|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
16.12|POLRES PENUKAL ABAB LEMATANG ILIR|PENGADAAN MAKAN JAGA KAWAL POLRES PENUKAL ABAB LEMATANG ILIR TA 2026|b|ep|552689400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
16.74|RUTAN KELAS II B PRABUMULIH|Pengadaan Kegiatan Pemberian Extra Voeding bagi WBP selama bulan Puasa pada Rumah Tahanan Kelas IIB Prabumulih - Sumatera Selatan Tahun Anggaran 2026|b|ep|70047100|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
16.71|POLITEKNIK NEGERI SRIWIJAYA|Pengadaan Bahan Praktikum Semester Genap Tahun Akademik 2025/2026 Jurusan Teknik Kimia|b|pl|193363300|||||alat_lab/Gelas:1 reagen_tes:1
16|BIDLABFOR POLDA SUMSEL|PENGADAAN CONSUMABLE ALSUS RAPID HIT DNA BIDLABFOR POLDA SUMSEL T.A. 2026|b|ep|1975556700|||||reagen_tes:1
16|BALAI PENGELOLA KERETA API RINGAN SUMATERA SELATAN|Pengadaan Penggantian Oli Peralatan Depo|b|pl|194715000|||||
17.03|PENGADILAN NEGERI ARGA MAKMUR|Pengadaan Meja CPNS|b|ep|5502600|||||meja_kantor:3 meja_kantor/Pejabat:1 meja_kantor/Lipat:1
17.05|PENGADILAN NEGERI TAIS|FILLING CABINET LEMARI ARSIP METAL 2 PINTU|b|ep|21674700|||||lemari_arsip:2 lemari_arsip/Brankas:1 lemari_arsip/Roll:1 lemari_arsip/Filing:3 lemari_arsip/2_Pintu:3
17|BALAI PENGELOLA TRANSPORTASI DARAT BENGKULU|Pemeliharaan Perlengkapan Jalan (Prioritas Nasional)|b|ep|2573307700|||||rambu:2
18.03|LAPAS KELAS II A KOTABUMI|Pengadaan Belanja Barang Persediaan Barang Konsumsi Perlengkapan Makan/minum Kegiatan Pemenuhan Sarana Makan dan Minum Pada Lembaga Pemasyarakatan Kelas IIA Kotabumi - Lampung Tahun Anggaran 2026|b|ep|70295200|||||alat_dapur:1 alat_dapur/Makan:3
18.02|LAPAS KELAS II B GUNUNG SUGIH|Pengadaan Makanan Tambahan (Extra Voeding) bagi WBP selama Bulan Puasa pada Lembaga Pemasyarakatan Kelas IIB Gunung Sugih Tahun Anggaran 2026|b|ep|93034300|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
18.09|PENGADILAN AGAMA GEDONG TATAAN|Pengadaan Peralatan Fasilitas Perkantoran Berupa Pengadaan   Mebelair Set Meja Kursi Cpns dan Hakim |b|ep|74661300|||||meja_kantor:3 kursi_kantor:3 meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 lemari_arsip:1
18.10|POLRES PRINGSEWU|PENGADAAN PERALATAN KANTOR/ATK POLRES DAN POLSEK JAJARAN PRINGSEWU TA. 2026|b|ep|87718100|||||ATK KOMP
18.71|POLITEKNIK NEGERI LAMPUNG|Pengadaan Peralatan Pendukung Pembelajaran|b|ep|345943900|||||proyektor:2 tv_display/Interactive:2 laptop:1 pc_desktop:1 alat_peraga:1 sound_system/Portable:1
18.06|UNIT PENYELENGGARA PELABUHAN KOTA AGUNG|Pengadaan Kursi Rapat (Peserta Rapat)|b|ep|30993700|||||kursi_kantor:2 kursi_kantor/Rapat:3 kursi_lipat:1 kursi_lipat/Futura:2
18|PERWAKILAN BKKBN PROVINSI LAMPUNG|BELANJA JASA SEWA ZOOM MEETING PENGELOLAAN PPID|jl|pl|3558700|||||perangkat_lunak:1
19.71|LAPAS KELAS II A PANGKAL PINANG|Pengadaan Belanja Bahan Extra Fooding bagi WBP  Pada Lembaga Pemasyarakatan Kelas IIA Pangkalpinang Kepulauan Bangka Belitung Tahun Anggaran 2026|b|ep|98408700|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
19.02|PELABUHAN PERIKANAN NUSANTARA TANJUNG PANDAN|Belanja Modal Peralatan dan Mesin (Brankas, Meja kerja pegawai, Kursi kerja pegawai)|b|ep|13715900|||||meja_kantor:3 kursi_kantor:3 meja_kantor/Pejabat:2 kursi_kantor/Pejabat:2 lemari_arsip:1 lemari_arsip/Brankas:3
19.01|LAPAS KELAS II B SUNGAI LIAT|Pengadaan Belanja Pemeliharaan Peralatan dan mesin berupa Pemeliharaan Kendaraan dinas Roda 2 ( Dua ) pada Lapas Kelas IIB Sungailiat - Provinsi Kepulauan Bangka Belitung Tahun Anggaran 2026|b|pl|1028000|||||
21.71|LAPAS KELAS II A BATAM|Pengadaan Peralatan Dapur pada Lembaga Pemasyarakatan Kelas IIA Batam â Kepulauan Riau Tahun Anggaran 2026|b|ep|19183500|||||kitchen_set:1 alat_dapur:3 alat_dapur/Dispenser:2
21.72|RUTAN KELAS I TANJUNG PINANG|Pengadaan Extra Fooding Bagi WBP selama  Bulan Puasa pada Rumah Tahanan Negara Kelas I Tanjungpinang - Kepulauan Riau Tahun Anggaran 2026|b|ep|72177200|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
21.02|POLRES KARIMUN|PENGADAAN MAKAN JAGA KAWAL POLSEK MORO POLRES KARIMUN POLDA KEPULAUAN RIAU T.A. 2026|jl|ep|105061600|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
21.05|UNIT PENYELENGGARA PELABUHAN TAREMPA|PENGADAAN DAN PEMASANGAN FENDER DAN LAMPU PELABUHAN PULAU LAUT|b|ep|1339263800|||||lampu_listrik/PJU:1 lampu_listrik/Floodlight:1
"""

# Vertical offices of kementerian/lembaga in DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
JAWA_BALI = """
31.71|LAPAS KELAS II A SALEMBA|Pengadaan Peralatan Makan dan Minum Pada Lembaga Pemasyarakatan Salemba - DK Jakarta Tahun Anggaran 2026|b|ep|129021800|||||alat_dapur:1 alat_dapur/Makan:3
31.72|KANTOR IMIGRASI KELAS I TPI TANJUNG PRIOK|Pengadaan Belanja Keperluan Perkantoran Berupa Tinta/Toner Pada Kantor Imigrasi Kelas I TPI Tanjung Priok - Daerah Khusus Jakarta Tahun Anggaran 2026|b|ep|216140400|||||tinta_printer:3 toner:3 aksesori_komputer:1
31.75|RUMAH SAKIT PENGAYOMAN CIPINANG KELAS D|Pengadaan Barang Obat-obatan Bagi WBP pada Rumah Sakit Umum Pengayoman Cipinang DK Jakarta Tahun Anggaran 2026|b|pl|281136800|||||obat:3 bmhp:2 alkes:1
31.74|KOMISI PEMBERANTASAN KORUPSI (KPK)|Pengadaan Kamera CCTV Beserta Pendukungnya|b|ep|123199300|||||kamera_cctv:3 kamera_cctv/Harddisk:2 kamera_cctv/Mirrorless:1 jaringan:1
31.75|RUMKIT TK. IV 00.07.02 CIJANTUNG KESDAM JAYA|Gas Elpiji BPJS|b|ep|5293900|||||alat_dapur/Kompor:1
31.74|DIVHUMAS POLRI|Penyusunan, Pencetakan dan Pengiriman Majalah Tribrata News|b|t|3093931200|||||cetak_buku:2 cetak_brosur:1 cetak_brosur/Booklet:2
32.76|POLRES METROPOLITAN DEPOK|PENGADAAN PERAWATAN TAHANAN POLRES METRO DEPOK DAN POLSEK JAJARAN TAHUN ANGGARAN 2026|b|ep|677176500|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
32.15|LAPAS KELAS II A KARAWANG|Pemenuhan Sarana Makan Minum bagi Warga Binaan pada Lembaga Pemasyarakatan Kelas IIA Karawang - Jawa Barat Tahun Anggaran 2026|b|ep|96088800|||||alat_dapur:1 alat_dapur/Makan:3
32.78|POLRES TASIKMALAYA KOTA|Makan Tahanan Polres dan Polsek Jajaran|b|ep|452025000|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
32.10|MADRASAH TSANAWIYAH NEGERI 14 MAJALENGKA KAB. MAJALENGKA|PENGADAAN BUKU MATA PELAJARAN UMUM|b|ep|16305400|||||buku_bacaan:1 buku_bacaan/Teks:2 cetak_buku:1
32.73|RRI BANDUNG|Belanja Alat Tulis Perkantoran (ATK)|b|ep|5391500|||||ATK
32|DITRESNARKOBA POLDA JABAR|PENGADAAN TEST KIT URINE DIT RESNARKOBA POLDA JABAR TA. 2026|b|ep|49847900|||||reagen_tes:1 reagen_tes/Narkoba:3
32.12|KANTOR PERTANAHAN KAB. INDRAMAYU|Pemeliharaan Arsip Fumigasi|jl|ep|45347400|||||
33.11|POLRES SUKOHARJO|PENGADAAN BARANG PERAWATAN TAHANAN POLRES SUKOHARJO T.A. 2026|b|ep|131140900|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
33.27|POLRES PEMALANG|Pengadaan ULP Non Organik / Makan Jaga Fungsi Jajaran Polres Pemalang T.A. 2026|jl|ep|869263500|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
33.02|RUTAN KELAS II B BANYUMAS|Pengadaan Jamuan Tamu untuk Kegiatan Operasional dan Pemeliharaan Kantor pada Rumah Tahanan Negara Kelas IIB Banyumas - Jawa Tengah Tahun Anggaran 2026|b|pl|50912700|||||prasmanan:3 snack_box:3 nasi_box:2 kopi_teh_gula:2 air_botol:2 air_gelas:2 minuman_kemasan:1
33.17|RUTAN KELAS II B REMBANG|Pengadaan Kebutuhan Sandang Untuk Kegiatan Pemenuhan Kebutuhan Sandang Khusus Pembinaan pada Rumah Tahanan Negara Kelas IIB Rembang - Jawa Tengah Tahun Anggaran 2026|b|ep|6680300|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
33.29|LAPAS KELAS II B BREBES|Pengadaan Penyediaan Peralatan Makan Minum warga binaan pemasyarakatan pada Lembaga Pemasyarakatan Kelas IIB Brebes-Jawa Tengah Tahun Anggaran 2026|b|ep|28211000|||||alat_dapur:1 alat_dapur/Makan:3
33.07|RUTAN KELAS II B WONOSOBO|Pengadaan Bahan Makanan untuk Warga Binaan pada Rumah Tahanan Negara Kelas IIB Wonosobo-Jawa Tengah Tahun Anggaran 2026|b|ep|1293099700|||||PANGAN makanan_pasien/Warga:2
33.01|PELABUHAN PERIKANAN SAMUDERA CILACAP|Belanja Modal Peralatan dan Mesin berupa Videotrone|b|ep|172040000|||||videotron:3 tv_display:1
33.74|BALAI BESAR PENANGKAPAN IKAN SEMARANG|Bahan, peralatan dan perlengkapan kegiatan kebersihan|b|pl|6491800|||||BERSIH
33.74|KANTOR PERTANAHAN KOTA SEMARANG|Perlengkapan Survey Lapang Persiapan Pembaruan Peta Zona Nilai Tanah|b|ep|4151800|||||jas_hujan:1 topi_atribut/Topi:1 kaos/Rompi:1 apd_kerja/Rompi:1
33.73|POLRES SALATIGA|HARWAT AC POLRES SALATIGA T.A. 2026|jl|ep|19729300|||||service_ac:2 service_ac/Cuci:3 service_ac/Bongkar:1
33.72|POLRESTA SURAKARTA|Pengadaan air minum Polresta Surakarta T.A 2026|b|ep|54320000|||||air_galon:3 air_galon/Kosong:1 air_botol:2 air_gelas:2
33.24|PENGADILAN NEGERI KENDAL|Belanja Modal Peralatan dan Mesin berupa Meubelair|b|ep|131777600|||||MEBEL
33.01|LAPAS KELAS II A NGASEMAN NUSAKAMBANGAN|Pengadaan Pemenuhan Kebutuhan Kursi Rapat pada Lembaga Pemasyarakatan Kelas IIA Ngaseman Nusakambangan - Jawa Tengah Tahun 2026|b|ep|137538300|||||kursi_kantor:2 kursi_kantor/Rapat:3 kursi_lipat:1 kursi_lipat/Futura:2
33.71|MUSEUM BADAN PEMERIKSA KEUANGAN REPUBLIK INDONESIA|Pengadaan LED TV 100 inch pada Museum BPK RI|b|ep|43435000|||||tv_display:2 tv_display/Monitor:0 videotron:1
33|BALAI PENGELOLA TRANSPORTASI DARAT WILAYAH X PROVINSI JAWA TENGAH DAN PROVINSI DI YOGYAKARTA|Belanja Perbaikan Landasan & Atap Terminal Giri Adipura Kabupaten Wonogiri|k|pl|281054000|||||
34.71|LAPAS PEREMPUAN KELAS II B YOGYAKARTA|Pengadaan Peralatan Makan dan Minum Pada  Lembaga Pemasyarakatan Perempuan Kelas IIB Yogyakarta - D.I.Yogyakarta Tahun Anggaran 2026|b|ep|22582700|||||alat_dapur:1 alat_dapur/Makan:3
34|SATBRIMOB POLDA DIY|Pengadaan Makan Jaga Piket Satbrimob Polda DIY T.A. 2026|b|ep|797160000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
34|ROLOG POLDA DIY|BELANJA BARANG KONSUMSI BERUPA ATK BIRO LOGISTIK POLDA DIY TA 2026|b|ep|49412000|||||ATK
34.03|LAPAS KELAS II B WONOSARI|Pengadaan Bahan Makanan untuk Warga Binaan Pemasyarakatan pada Lapas Kelas IIB Wonosari-D.I.Yogyakarta TA 2026|b|ep|1686126400|||||PANGAN makanan_pasien/Warga:2
34.71|POLITEKNIK ATK YOGYAKARTA|Pengadaan Pemeliharaan Gedung Kampus Politeknik ATK Yogyakarta Tahun 2026 Sebanyak 1 (Satu) Paket|jl|pl|64059600|||||
34.71|KPU KOTA YOGYAKARTA|Langganan Lisensi Vmix dan Flip5|b|ep|22207700|||||perangkat_lunak:1
35.23|BADAN NARKOTIKA NASIONAL KABUPATEN TUBAN|Tes Urine SKHPN Rp. 0,-|b|ep|2354600|||||reagen_tes:1 reagen_tes/Narkoba:3
35.78|KANTOR PERTANAHAN KOTA SURABAYA II|Pengadaan Lemari Custom|b|pl|191460000|||||lemari_arsip:2 kitchen_set/Lemari:1 rak_buku:1
35.71|LAPAS KELAS II A KEDIRI|Pengadaan Belanja Barang Persediaan Barang Konsumsi Sandang Lapas Kelas IIA Kediri Tahun Anggaran 2026|b|ep|98192500|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
35.77|LAPAS KELAS I MADIUN|Pengadaan Penyediaan extra fooding bagi petugas jaga malam pada Lembaga Pemasyarakatan Kelas I Madiun - Jawa Timur Tahun Anggaran 2026|b|ep|36648000|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
35.15|RUTAN KELAS I SURABAYA|Pengadaan Pemenuhan Perlengkapan Mandi Pada Rumah Tahanan Negara Kelas I Surabaya Provinsi Jawa Timur Tahun Anggaran 2026|b|ep|54649900|||||alat_mandi:3 sabun_detergen:2 tisu:1
35.24|LAPAS KELAS II B LAMONGAN|Kegiatan Pemenuhan Peralatan Mandi Pada Lembaga Pemasyarakatan Kelas IIB Lamongan TA 2026|b|ep|21967200|||||alat_mandi:3 sabun_detergen:2 tisu:1
35.25|RUTAN KELAS II B GRESIK|Pengadaan Peralatan Dapur pada Rumah Tahanan Negara Kelas IIB Gresik - Jawa Timur Tahun Anggaran 2026|b|ep|32211400|||||kitchen_set:1 alat_dapur:3 alat_dapur/Dispenser:2
35.10|BALAI PELATIHAN DAN PENYULUHAN PERIKANAN BANYUWANGI|Pengadaan Peralatan Kelas|b|ep|25399600|||||mebel_sekolah:2 mebel_sekolah/Papan:3 proyektor:2 kursi_lipat/Futura:1 sound_system/Portable:1
35.78|POLITEKNIK PERKAPALAN NEGERI SURABAYA|Pengadaan Peralatan Penguatan Hilirisasi Layanan Inspeksi Produk Bejana Tekan PRPTNV PPNS Tahun 2026|b|ep|803088000|||||alat_lab:1
35.73|POLITEKNIK NEGERI MALANG|Perawatan dan Perbaikan Genset dan Kubikel 20kV SWITCH GEAR, LVMDB|jl|pl|179690000|||||genset:1
35.18|POLRES NGANJUK|PENGADAAN PERALATAN/PERLENGKAPAN DAN ATK POLSEK JAJARAN DAN POLRES NGANJUK TA. 2026|b|ep|572677800|||||ATK KOMP
35.71|RUMKIT BHAYANGKARA KEDIRI|Pengadaan Alat Medis Terbatas RS BHY KDR - BLU (BMHP)|b|ep|103917800|||||bmhp:3 alkes:1 obat:1
35.08|RUMKIT BHAYANGKARA LUMAJANG|Belanja Makan Karyawan|b|ep|6303000|||||prasmanan:1 prasmanan/Katering_Harian:3 nasi_box:3 nasi_box/Bungkus:2 snack_box:1
35|PELAKSANAAN CIPTA KARYA WILAYAH I PROVINSI JAWA TIMUR|Penyediaan Sarana Pengangkutan Sampah di Kabupaten Tuban|b|t|19951035000|||||alat_berat:0 alat_berat/Dump:2 tempat_sampah:1 tempat_sampah/Gerobak:2 kendaraan_khusus:1
35.75|POLRES PASURUAN KOTA|HAR KOMPUTER, PRINTER , AC DAN MESIN FOTO COPY POLRES DAN POLSEK JAJARAN TA. 2026|b|ep|96449600|||||service_ac:1 tinta_printer:1 toner:1 aksesori_komputer:1
35.74|POLRES PROBOLINGGO KOTA|PENGADAAN SANITASI DAN MAKAN SATWA|b|ep|106738600|||||obat_hewan/Desinfektan:1
35.11|KANTOR PERTANAHAN KAB. BONDOWOSO|Pengadaan MAP PTSL tahun 2026|b|ep|42322500|||||map_ordner:2 map_ordner/Map:3 cetak_blanko/Map:3
36|SATBRIMOB POLDA BANTEN|PENGADAAN MAKAN LATIHAN DAN EXTRAFOODING LATIHAN KEMAMPUAN SAR|jl|ep|29687500|||||nasi_box:3 nasi_box/Bungkus:3 snack_box:2 pmt/Extra:2 prasmanan:1
36.02|LAPAS KELAS III RANGKASBITUNG|Pengadaan Belanja Barang Persediaan berupa Penyediaan Peralatan Dapur  pada Lapas Kelas III Rangkasbitung - Banten Tahun Anggaran 2026|b|ep|17101500|||||kitchen_set:1 alat_dapur:3 alat_dapur/Dispenser:2
36.73|RUMAH SAKIT UMUM ADHYAKSA BANTEN|Belanja Persediaan Linen|b|ep|51070400|||||selimut_kasur:1 selimut_kasur/Selimut:2 selimut_kasur/Sprei:3 alat_mandi/Handuk:1 laundry/Linen:0
36.71|KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNOHATTA|Pengadaan Sepatu Pegawai Kegiatan Layanan Umum dan Rumah Tangga UPT Pada Kantor Imigrasi Kelas I Khusus TPI Soekarno Hatta - DKI Jakarta TA 2026|b|ep|437452300|||||sepatu:2 sepatu/PDL:1 sepatu/Safety:1 sepatu/Olahraga:1 sepatu/PDH:3 sepatu/Pantofel:3
51.05|POLRES KLUNGKUNG|PENGADAAN PERALATAN/PERLENGKAPAN KANTOR (BEKAL KANTOR/ATK) POLRES KLUNGKUNG T.A. 2026|b|ep|470026000|||||ATK KOMP
51.08|POLRES BULELENG|Ulp Non Organik / Makan Jaga Kawal Polres Sat Polair|b|ep|195418100|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
51.03|LAPAS PEREMPUAN KELAS II A KEROBOKAN|Pengadaan Belanja Barang berupa ATK Rutin pada Lapas Perempuan Kelas IIA Kerobokan - Bali Tahun Anggaran 2026|b|ep|15386300|||||ATK
51.08|KANTOR IMIGRASI KELAS II TPI SINGARAJA|Pengadaan Pakaian Seragam Endek Pegawai Pada Kantor Imigrasi kelas II TPI Singaraja TA 2026|b|ep|54191100|||||batik_seragam:2 tenun_tradisional/Tenun:1 pdh:1
51.71|DISTRIK NAVIGASI BENOA|Pengadaan Bahan Makanan SBNP dan Keluarga PMS Bagian Bulan Mei 2026|b|pl|81801200|||||PANGAN sembako:3
51.71|PANGKALAN PSDKP BENOA|Pengadaan Suku Cadang Mesin Induk Kapal Pengawas 28 Meter (KP. Hiu 09)|b|ep|94250800|||||
51.08|UNIVERSITAS PENDIDIKAN GANESHA|Belanja Modal Lainnya Berupa Pengadaan Buku Fisik|b|ep|92685800|||||buku_bacaan:2 cetak_buku:1
51.01|PENGADILAN NEGERI NEGARA|Kursi Kerja Hakim|b|ep|15088300|||||kursi_kantor:2 kursi_kantor/Pejabat:3
"""

# Vertical offices of kementerian/lembaga in Nusa Tenggara Barat/Timur and the Kalimantan provinces, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
NUSA_TENGGARA_KALIMANTAN = """
52.05|POLRES DOMPU POLDA NTB|PENGADAAN PERAWATAN TAHANAN POLRES DOMPU TA. 2026|b|pl|177847500|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
52.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI DODOKAN MOYOSARI|Penyediaan Bibit Produktif untuk Kelompok Tani pemohon di Pulau Sumbawa|b|ep|311024600|||||bibit_tanaman:3 bibit_tanaman/Mahoni:1 bibit_tanaman/Cabai:1 bibit_tanaman/Hias:0
52.05|BALAI TAMAN NASIONAL TAMBORA|Pengadaan Perlengkapan Petugas (PDL) dalam rangka Pengendalian Hutan dan Lahan|b|pl|34149800|||||pdh:1 pdh/PDL:3 sepatu/PDL:2 topi_atribut/Rimba:2 apd_kerja:1
52.03|UNIT PENYELENGGARA PELABUHAN LABUHAN LOMBOK|Belanja Modal Peralatan dan Mesin Pengadaan Kendaraan Tangki Air|b|ep|669673900|||||kendaraan_khusus/Pemadam:1
52.01|BALAI PERIKANAN BUDIDAYA LAUT LOMBOK|Bantuan Sarana Prasarana Budidaya Lele/Nila Sistem Bioflok di Manggarai Timur Nusa Tenggara Timur (2 Paket)|b|ep|221646600|||||sarana_ikan:1 sarana_ikan/Kolam:3 sarana_ikan/Aerator:3 benih_ikan/Lele:2 benih_ikan/Nila:2 pakan_ikan:2
53.07|PENGADILAN NEGERI MAUMERE|Pengadaan Scanner|b|ep|15423200|||||scanner:3 printer:1
53.07|RUTAN KELAS II B MAUMERE|Pengadaan pemenuhan sandang Pada Rumah Tahanan Negara Kelas IIB Maumere â Nusa Tenggara Timur Tahun Anggaran 2026|b|ep|51964500|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
53.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI BENAIN NOELMINA|Pengadaan benih tanaman untuk proses produksi bibit PP Fatukoa|b|pl|79953700|||||benih_pangan:1 bibit_tanaman:1
53.11|BALAI TAMAN NASIONAL MANUPEU TANAH DARU DAN LAIWANGI WANGGAMETI|Pembuatan Bahan promosi (Kaos)|b|pl|406800|||||kaos:3 kaos/Polo:2 kaos/Rompi:1
61.71|POLRESTA PONTIANAK|PENGADAAN MAKAN PIKET PENJAGAAN POLRESTA PONTIANAK T.A. 2026|jl|ep|1556833800|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
61.71|KANTOR IMIGRASI KELAS I TPI PONTIANAK|Pengadaan Belanja Modal Peralatan dan Mesin berupa  Video Tron  terkait Perangkat pengolah Data dan Komunikasi pada Kantor Imigrasi Kelas I TPI Pontianak Kalimantan Barat TA 2026|b|ep|1081067800|||||videotron:3 tv_display:1
61.03|KANTOR IMIGRASI KELAS II TPI ENTIKONG|Pengadaan Belanja Modal Peralatan dan Mesin Peralatan dan Fasilitas Perkantoran Berupa Computer Editing/PC Editing pada Kantor Imigrasi Kelas II TPI Entikong Tahun Anggaran 2026|b|ep|131163400|||||pc_desktop:2 pc_desktop/Workstation:3 laptop:1
61.06|PENGADILAN NEGERI PUTUSSIBAU|Kursi Pelayanan PTSP|b|ep|17595500|||||kursi_kantor:2 kursi_lipat:1 kursi_lipat/Tunggu:2
61.71|UNIVERSITAS TANJUNGPURA|Pengadaan Obat-Obatan Rumah Sakit Universitas Tanjungpura|b|ep|69433200|||||obat:3 bmhp:1
61.05|BANDAR UDARA TEBELIAN SINTANG|Pemeliharaan Peralatan Penunjang (Suku Cadang Peralatan Elektronika Bandara) 1 Paket|b|pl|104441900|||||
62.02|POLRES KOTIM POLDA KALTENG|PEMELIHARAAN TAHANAN POLRES KOTIM T.A 2026|b|pl|205361600|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
62|SATBRIMOB POLDA KALTENG|ATK SATBRIMOB POLDA KALTENG TAHUN 2026|b|pl|88134000|||||ATK
62.09|PENGADILAN AGAMA NANGA BULIK|Pengadaan Lemari Hakim|b|ep|7117500|||||lemari_arsip:2 lemari_arsip/Brankas:1 lemari_arsip/Roll:1
62.13|RUTAN KELAS II B TAMIANG LAYANG|Pengadaan Barang Persediaan Pemeliharaan Gedung dan Bangunan pada Rumah Tahanan Negara Kelas IIB Tamiang Layang â Kalimantan Tengah Tahun Anggaran 2026|b|ep|123916600|||||material_bangunan:2 semen:2 lampu_listrik:2 pembersih_lantai:1 sapu:1
62|PERENCANAAN DAN PENGAWASAN JALAN NASIONAL PROVINSI KALIMANTAN TENGAH|PR-01 Perencanaan Teknis Longsegmen Ruas Jalan Nasional Satker PJN-I dan SKPD-TP Kalimantan Tengah|ks|s|2226226500|||||
63|DITLANTAS POLDA KALSEL|PENGADAAN MAKAN JAGA PIKET 5 ORANG|b|ep|76977600|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
63.72|LAPAS KELAS II B BANJAR BARU|Pengadaan Extra Voeding bagi WBP pada Lapas Kelas IIB Banjarbaru TA 2026|b|ep|216934100|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
63.09|PENGADILAN AGAMA TANJUNG|Pengadaan Genset 150 KVA dan Instalasi|b|ep|515979300|||||genset:1 genset/Perkins:2
63.06|RUTAN KELAS II B KANDANGAN|Pengadaan Barang Untuk Kegiatan Pemenuhan Kebutuhan Sandang Sehari-hari Dukungan Penyelenggaraan Tugas dan Fungsi Unit pada Rutan Kelas II B Kandangan - Kalimantan Selatan Tahun Anggaran 2026|b|ep|39131100|||||kaos:2 kaos/Rompi:1 selimut_kasur:1 alat_mandi/Handuk:1
63.10|LAPAS KELAS III BATULICIN|Pengadaan Kegiatan pemberian extra voeding bagi WBP selama bulan puasa Pada Lembaga Pemasyarakatan Kelas III Batulicin-Kalimantan Selatan Tahun Anggaran 2026|b|ep|63898500|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
63.03|BALAI PERIKANAN BUDIDAYA AIR TAWAR MANDIANGIN|Distribusi Bantuan Benih Ikan Papuyu Berupa Bahan Distribusi|b|pl|14484500|||||benih_ikan:1 sarana_ikan/Cool:1
64.74|BALAI TAMAN NASIONAL KUTAI|Pengadaan barang berupa Laptop pada Balai TN Kutai TA 2026|b|ep|61440000|||||laptop:3 pc_desktop:1
65.71|STASIUN PSDKP TARAKAN|Pengadaan Suku Cadang Kapal Pengawas|b|ep|85270200|||||
65.01|BALAI WILAYAH SUNGAI KALIMANTAN V|Pengadaan peralatan dan mesin fasilitas perkantoran BWS Kalimantan V Tanjung Selor|b|ep|116078600|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 meja_rapat:1 sofa:1 rak_buku:1
65|SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR KALIMANTAN V PROVINSI KALIMANTAN UTARA|Lanjutan Peningkatan Jaringan Reklamasi Rawa Daerah Irigasi Rawa Sepunggur, Kabupaten Bulungan|k|t|12472718000|||||
64.72|UNIVERSITAS MULAWARMAN|Pengadaan Peralatan Pendukung Pembelajaran di Fakultas Keguruan dan Ilmu Pendidikan Universitas Mulawarman|b|ep|114912800|||||proyektor:2 tv_display/Interactive:2 laptop:1 pc_desktop:1 alat_peraga:1 sound_system/Portable:1
64|SPN POLDA KALTIM|ULP DAN EXTRAFOODING PENDIDIKAN DAN PELATIHAN TEKNIS|jl|ep|388442600|||||makanan_pasien:1 makanan_pasien/Siswa:3 nasi_box:2 prasmanan/Katering_Harian:2 pmt/Extra:2 snack_box:1
64.71|POLITEKNIK NEGERI BALIKPAPAN|Pengadaan Bahan Praktek Prodi Teknik Elektronika di Politeknik Negeri Balikpapan Tahun Anggaran 2026|b|pl|147221000|||||peralatan_usaha/Servis:1
"""

# Vertical offices of kementerian/lembaga in the Sulawesi provinces, Gorontalo, Maluku, Maluku Utara and the Papua provinces, TA 2026 (agitkasep/inaprocdata,
# Data_Lembaga/*.json, Preview_Web/**/*.json; FALLBACK).
SULAWESI_MALUKU_PAPUA = """
71.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI TONDANO|Biaya penyediaan bibit produktif|b|ep|569810800|||||bibit_tanaman:3 bibit_tanaman/Mahoni:1 bibit_tanaman/Cabai:1 bibit_tanaman/Hias:0
71.10|UNIT PENYELENGGARA PELABUHAN KOTABUNAN|Pengadaan Perlengkapan Alat Selam (AMSCUD) 3 Paket|b|ep|157726600|||||sar:1
72.71|RUTAN KELAS II A PALU|Pengadaan Extra Voeding bagi WBP pada Rumah Tahanan Negara Kelas IIA Palu - Sulawesi Tengah Tahun Anggaran 2026|b|ep|61694700|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
72.03|UNIT PENYELENGGARA PELABUHAN OGOAMAS|Pengadaan kursi ruang tunggu terminal penumpang|b|ep|72520000|||||kursi_lipat:1 kursi_lipat/Tunggu:3
72.71|UNIVERSITAS TADULAKO|Pengadaan Meubelair Pendukung Pembelajaran FAPETKAN|b|ep|33910400|||||meja_kantor:2 kursi_kantor:2 lemari_arsip:2 rak_buku:2 kursi_lipat:2 mebel_sekolah:3
72|BALAI PENGELOLA TRANSPORTASI DARAT SULAWESI TENGAH|Pemeliharaan Perlengkapan Jalan Pagar Pengaman (Guardraill) di Ruas Jalan Nasional Provinsi Sulawesi Tengah |b|ep|382050900|||||rambu:1 rambu/Guardrail:3
73.71|RUTAN KELAS I MAKASSAR|Pengadaan Extra Fooding untuk WBP Selama Bulan Puasa pada Rumah Tahanan Negara Kelas I Makassar - Sulawesi Selatan Tahun Anggaran 2026|b|ep|177501900|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
73.05|LAPAS KELAS II B TAKALAR|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan Lapas Kelas IIB Takalar- Sulawesi Selatan Tahun Anggaran 2026|b|ep|5119158800|||||PANGAN makanan_pasien/Warga:2
73.06|LAPAS PEREMPUAN KELAS II A SUNGGUMINASA|Pengadaan Penyediaan Perlengkapan Medis Poliklinik pada Lapas Perempuan Kelas IIA Sungguminasa - Sulawesi Selatan Tahun Anggaran 2026|b|ep|18495700|||||alkes:3 bmhp:2 obat:1 bed_pasien:1
73.08|POLRES BONE|MAKAN PIKET POLSEK TANETE RIATTANG BARAT POLRES BONE|b|ep|151164400|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
73.71|POLITEKNIK PELAYARAN BAROMBONG|Pengaadaan Kursi Makan Taruna|b|ep|573471500|||||meja_makan:1 meja_makan/Kantin:2 kursi_lipat:2 kursi_lipat/Tunggu:0
73.02|UNIT PENYELENGGARA PELABUHAN BULU KUMBA|PAKAIAN KERJA PEGAWAI UPP BULUKUMBA|b|ep|79609900|||||DINAS pdh/PDL:3
73|BPK PERWAKILAN PROVINSI SULAWESI SELATAN|Pemeliharaan Alat Pemadam Api Ringan (APAR)|b|ep|10336600|||||apar:1 apar/Refill:3
73|STASIUN KLIMATOLOGI SULAWESI SELATAN|Suku Cadang Peralatan AWS/AAWS di Provinsi Sulawesi Selatan|b|ep|228528100|||||
74.03|RUTAN KELAS II B UNAAHA|Pengadaan Extra Voeding bagi Warga Binaan Pemasyarakatan Selama Baulan Puasa pada Rumah Tahanan Negara Kelas IIB Unaaha - Sulawesi Tenggara Tahun Anggaran 2026|b|pl|64831800|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
74|SATBRIMOB POLDA SULTRA|PENGADAAN MAKAN GIAT LATIHAN PHH SATUAN BRIMOB POLDA SULTRA|b|ep|39254000|||||nasi_box:3 nasi_box/Bungkus:3 snack_box:2 prasmanan:2 air_gelas:1
76.04|RUTAN KELAS IIB MAMUJU|Pengadaan Barang Kegiatan Pemberian Extra Voeding Bagi WBP Selama Bulan  Puasa Pada Rutan Kelas IIB Mamuju - Sulawesi Barat Tahun Anggaran 2026|b|ep|50849100|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
81|STASIUN KLIMATOLOGI MALUKU|Suku Cadang Peralatan AWS Provinsi Maluku|b|ep|17162300|||||
81.08|UNIT PENYELENGGARA PELABUHAN WONRELI|PENGADAAN SARANA INTERNAL MEUBELAIR TA. 2026|b|pl|139603000|||||MEBEL
82.05|LAPAS KELAS II B TOBELLO|Pengadaan Belanja Kegiatan Pemberian Extra Voeding bagi WBP Selama Bulan Puasa Pada Lapas Kelas IIB Tobelo - Maluku Utara - Tahun Anggaran 2026|b|ep|18600300|||||pmt:1 pmt/Extra:3 susu:2 telur:2 snack_box:1 kopi_teh_gula:1
82.72|UNIT PENYELENGGARA PELABUHAN KELAS III SOFIFI|Pengadaan Peralatan SAR|b|ep|212730000|||||sar:3 apd_kerja:1
82.72|BALAI PENGAWAS OBAT DAN MAKANAN SOFIFI|Pengadaan Perlengkapan Arsip|b|ep|9537700|||||map_ordner:3 lemari_arsip:1 stiker_label/Arsip:2
82.71|UNIVERSITAS KHAIRUN|Pengdaaan Peralatan Pendukung Pembelajaran Paket 5 (BOPTN)|b|ep|1002049300|||||proyektor:2 tv_display/Interactive:2 laptop:1 pc_desktop:1 alat_peraga:1 sound_system/Portable:1
91.71|UNIVERSITAS CENDERAWASIH|Pengadaan AC dan LCD Proyektor Pembelajaran - BOPTN|b|pl|825269200|||||ac:3 proyektor:3 proyektor/Layar:2
93.01|KANTOR UPBU MOPAH|Pengadaan Peralatan Walk Trought Metal Detector (WTMD) Hand Held Metal Detector dan Hand Held Metal Detector (HHMD) Bandara Senggo|b|ep|279675300|||||
91.71|KESDAM XVII/CEN|FKTL TIMIKA Belanja Kebutuhan Rumah Tangga Rumkit (BPJS) BULAN MARET|b|ep|9270000|||||BERSIH
75.03|POLRES BONE BOLANGO POLDA GORONTALO|PEMELIHARAAN KENDARAAN BERMOTOR BERMOTOR RODA 4 / 6 / 10 POLRES BONE BOLANGO T.A 2026|jl|t|343536400|||||
75|RO OPS POLDA GORONTALO|ULP NON ORGANIK JAGA FUNGSI|jl|ep|61549900|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Katering_Harian:2 snack_box:1
72|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI TENGAH|Pengadaan Alokon -  Sulawesi Tengah|b|ep|148999900|||||obat:1 bmhp:1
96|SATBRIMOB POLDA PAPUA BARAT DAYA|PERAWATAN GEDUNG KANTOR SATBRIMOB POLDA PAPUA BARAT DAYA|k|pl|208920500|||||
92|BALAI PENGELOLA TRANSPORTASI DARAT PAPUA BARAT|PENGADAAN DAN PEMASANGAN APJ TENAGA SURYA LENGAN TUNGGAL DIRUAS JALAN 007 SISU - SNOPY|k|ep|365337200|||||lampu_listrik:1 lampu_listrik/PJU:2
92.03|UNIT PENYELENGGARA BANDAR UDARA SIBORU FAKFAK|Pembuatan Bangunan Operasional Mess Pegawai Tipe I (3 Unit) termasuk Meubelair dan Fasilitas Penunjangnya|k|t|4318477900|||||meja_kantor:1 kursi_kantor:1 ranjang:1
95|BANDAR UDARA OKSIBIL DI WAMENA|Pekerjaan Pembangunan mess Pegawai tipe I (1 unit) Termasuk Meubelair|k|t|1832250200|||||ranjang:1 meja_kantor:1
91.06|POLRES BIAK NUMFOR POLDA PAPUA|Pengadaan Konsumsi Tahanan Polres Biak Numfor Tahun 2026|jl|pl|244934900|||||makanan_pasien:1 makanan_pasien/Warga:3 nasi_box:1 nasi_box/Bungkus:2 alat_mandi:1
94.04|PENGADILAN NEGERI KOTA TIMIKA KABUPATEN MIMIKA|Pengadaan Jasa Keamanan Bangunan dan Gedung Kantor |jl|ep|443505300|||||
94|LAPAS KELAS II B NABIRE|Pengadaan Belanja Pemelihaaran Gedung dan Bangunan Tidak Bertingkat pada Lembaga Pemasyarakatan Kelas IIB Nabire - Papua Tahun Anggaran 2026|k|pl|255411000|||||
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    "inaprocb14b1": (
        "FALLBACK INAPROC realisasi K/L 2026, Aceh, the Sumatera provinces, Lampung, Kepulauan Bangka Belitung and Kepulauan Riau (agitkasep/inaprocdata)",
        2026,
        False,
        SUMATERA,
    ),
    "inaprocb14b2": (
        "FALLBACK INAPROC realisasi K/L 2026, DKI Jakarta, Jawa Barat/Tengah/Timur, DI Yogyakarta, Banten and Bali (agitkasep/inaprocdata)",
        2026,
        False,
        JAWA_BALI,
    ),
    "inaprocb14b3": (
        "FALLBACK INAPROC realisasi K/L 2026, Nusa Tenggara Barat/Timur and the Kalimantan provinces (agitkasep/inaprocdata)",
        2026,
        False,
        NUSA_TENGGARA_KALIMANTAN,
    ),
    "inaprocb14b4": (
        "FALLBACK INAPROC realisasi K/L 2026, the Sulawesi provinces, Gorontalo, Maluku, Maluku Utara and the Papua provinces (agitkasep/inaprocdata)",
        2026,
        False,
        SULAWESI_MALUKU_PAPUA,
    ),
}
