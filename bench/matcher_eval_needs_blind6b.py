# ruff: noqa: E501  (data tables read better one row per line)
"""Needs of blind6b, a held-out matcher evaluation set of central-government buyers outside Jawa, with the labeller's graded intent.

Source (public GitHub repository, read with the search tools and a fetched snapshot; SOURCES.md, section
"blind6b"):

* FALLBACK, not a new source. INAPROC "realisasi paket" exports of the central government (kementerian/lembaga
  and their vertical offices) mirrored in agitkasep/inaprocdata (`Data_Lembaga/L*.json`, `Data_Lembaga/I*.json`,
  `Preview_Web/Data_Lokal/K*.json`, `Preview_Web/public/K*.json`: Nama Instansi, Nama Satuan Kerja, Nama Paket,
  Jenis Pengadaan, Metode Pengadaan, Sumber Dana, Total Nilai), TA 2026. The main set, blind2 and blind5b
  already took rows from this repository; a search for a new repository with package-level data of buyers in
  Sulawesi, Maluku, Papua, Nusa Tenggara, Sumatera or Kalimantan Timur/Utara found none (see SOURCES.md), so
  only rows were used whose Sumber Dana is APBN, whose package name (normalised to lowercase alphanumerics) is
  in no existing needs file (bench/matcher_eval_needs.py, _blind2.py, _blind3.py, _blind4a.py, _blind4b.py,
  _blind5a.py, _blind5b.py; five rows with a difflib ratio of 0.88 or more to an existing name and the same
  goods were dropped too), and whose satker appears in no existing needs file, from vertical offices seated in
  26 provinces outside Jawa and Bali: Sulawesi (all six provinces), Maluku, Maluku Utara, Papua, Papua Barat,
  Papua Selatan, Papua Pegunungan, Papua Barat Daya, NTB, NTT (key inaprocb6b1), and Aceh, Sumatera Utara,
  Sumatera Barat, Riau, Jambi, Sumatera Selatan, Bengkulu, Kepulauan Bangka Belitung, Kepulauan Riau,
  Kalimantan Timur, Kalimantan Utara (key inaprocb6b2).

Every row is my own record made from one real package name, reworded lightly (other tahap, paket, semester,
triwulan, month, course and kabupaten names or numbers where the goods stay the same), the noise of the
original kept: ALL CAPS, typos ("Pengadaaan", "Dekstop", "Carger", "Matrees", "Pengadaan1 Paket"), MAK codes
("_3676.EBB.951.053.0A.532111", "EBA.002"), "[15 PKT x 13 SKLH]", "[40 Orang x 365 Hari]", double spaces and
several items in one name. Rows have exactly the format of bench/matcher_eval_needs.py (see its docstring); the macros are its
MACROS. Total Nilai is a realisation value, not the RUP pagu: the pagu here is a few per cent off it (mostly
2-4% above). The type is the export's Jenis Pengadaan (read from the name where the export left it empty or
wrote the method there), the method its Metode Pengadaan. The volume is given only where the name states a
count in the catalog's units (4 stel, 27.000 batang); the specification is a short phrase or empty. The
grades were written by reading each package name against the catalog's kinds (bench/matcher_eval_catalog.py),
before and without any ranking system's output; no matcher has ever ranked these needs.
"""

from __future__ import annotations

from bench.matcher_eval_needs import MACROS

__all__ = ["MACROS", "SOURCES"]


# FALLBACK: INAPROC realisasi paket 2026 (agitkasep/inaprocdata), vertical offices in Sulawesi, Maluku, Maluku Utara,
# the Papua provinces, Nusa Tenggara Barat and Nusa Tenggara Timur.
TIMUR = """
73.71|LAPAS KELAS I MAKASSAR|Pengadaan ATK rutin pada Lapas Kelas I Makassar - Sulawesi Selatan Tahun Anggaran 2026 Tahap II|b|ep|40520000|||||ATK
53.71|RUMKIT BHAYANGKARA KUPANG|PENGADAAN ALAT TULIS KANTOR T.A.2026 SEMESTER II|b|ep|9440000|||||ATK
52.06|BALAI POM DI BIMA|Belanja ATK dan Cetakan EBA.002 Tahap II|b|ep|7590000|||||ATK CETAK
81.71|POLRESTA P AMBON DAN PP LEASE POLDA MALUKU|PENGADAAN PERALATAN PERKANTORAN (ALAT TULIS KANTOR) POLRESTA P. AMBON & P.P. LEASE T.A. 2026|b|t|257900000|||||ATK KOMP:1
96.71|UNIT PENYELENGGARA BANDAR UDARA DOMINE EDUARD OSOK SORONG|Belanja Alat Tulis Kantor|b|pl|94600000|||||ATK
71.71|KANTOR REGIONAL XI BADAN KEPEGAWAIAN NEGARA MANADO|Pengadaan ATK Dan Bahan Komputer Kebutuhan Kantor Tahap 2|b|ep|60700000|||||ATK KOMP
72.71|KANTOR IMIGRASI KELAS I TPI PALU|Pengadaan Belanja Barang Persediaan Barang Konsumsi berupa MAP, ATK dan Kertas untuk Layanan Penerbitan Dokumen Perjalanan RI pada Kantor Imigrasi Kelas I TPI Palu|b|ep|14520000|||||ATK map_ordner/Map:3
71.03|KANTOR PERTANAHAN KABUPATEN KEPULAUAN SANGIHE|Box Arsip Kecil Tahap 2|b|ep|21440000|||||map_ordner/Box:3 map_ordner:2 stiker_label/Box_Arsip:1
72.01|KANTOR IMIGRASI KELAS II NON TPI BANGGAI|Pengadaan Map Permohonan Keimigrasian WNI Kantor Imigrasi Kelas II Non TPI Banggai Provinsi Sulawesi Tengah Tahun Anggaran 2026|b|ep|39630000||||map permohonan paspor cetak logo|cetak_blanko/Map:3 map_ordner/Map_Batik:2 map_ordner/Map_Plastik:1 map_ordner/Stopmap:1
74.71|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KENDARI|Pembelian tinta mesin printer Buku Pelaut|b|ep|42400000|||||tinta_printer:1 toner:1
53.71|KANTOR PERTANAHAN KOTA KUPANG|Belanja Barang Persediaan Konsumsi Tinta Sertel|b|ep|35430000|||||tinta_printer:2 toner:2
73.71|POLITEKNIK PENERBANGAN MAKASSAR|BELANJA BAHAN PRAKTEK DAN ALAT TULIS PENDIDIKAN TARUNA COURSE TPPU 8, TPPU 9 DAN TPPU 10 TAHUN 2026|b|ep|62570000|||||ATK:2 fotokopi:1
91.03|POLITEKNIK PENERBANGAN JAYAPURA|BAHAN PRAKTEK, DOKUMENTASI, ALAT TULIS PENDIDIKAN, PENYUSUNAN LAPORAN MAHASISWA|b|pl|107600000|||||ATK:2 fotokopi/Jilid:2 fotokopi:1 dokumentasi:1
75|31 KANWIL GORONTALO SETJEN|Pengadaan paket Kebutuhan Dasar Perkantoran berupa Atk, Bahan Cetakan dan Alat Rumah Tangga, Materai dan Bahan Komputer pada Operasional dan Pemeliharaan Kantor|b|pl|33190000|||||ATK KOMP CETAK:2 BERSIH:2
75.01|POLRES GORONTALO|MAKAN PIKET FUNGSI POLRES DAN POLSEK TERDEKAT TAHAP II|b|ep|657000000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
81.04|POLRES PULAU BURU POLDA MALUKU|PENGADAAN MAKAN JAGA FUNGSI / ULP NON ORGANIK POLRES BURU DAN POLSEK WAEAPO T.A. 2026|jl|t|981000000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
72.71|POLRES PALU POLDA SULTENG|PENGADAAN ULP MAKAN JAGA KAWAL POLSEK JAJARAN POLRESTA PALU T.A 2026|jl|t|621500000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
52.71|RUMKIT BHAYANGKARA MATARAM|BELANJA BAHAN MAKANAN PASIEN RUMKIT BHAYANGKARA MATARAM TA 2026 TAHAP II|jl|ep|91900000|||||PANGAN makanan_pasien/Diet:1
72.71|RUMKIT BHAYANGKARA PALU|PENGADAAN MAKAN SAHUR, EXTRA FOODING, PIKET RUMKIT BHAYANGKARA PALU T.A 2026|b|ep|4470000|||||nasi_box:3 pmt/Extra:2 nasi_box/Bungkus:2 prasmanan/Harian:1 susu:1
72.71|LAPAS KELAS II A PALU|Pengadaan Barang Pemberian Extra Voeding bagi WBP selama bulan Puasa Pada Lembaga Pemasyarakatan Kelas IIA Palu - Sulawesi Tengah Tahun Anggaran 2026|b|ep|112900000|||||pmt/Extra:3 susu:3 telur:2 minuman_kemasan/Kacang:2 pmt:2
81.71|DISTRIK NAVIGASI AMBON|Belanja Pengadaan Bahan Makanan untuk petugas SROP, Bengkel, Pengamatan Laut bulan Juli 2026, dan ABK KN Alphard dan KN Bacan bulan Agustus 2026|b|pl|114300000|||||PANGAN sembako:2
81.71|IM28 KANTOR IMIGRASI KELAS I TPI AMBON|Pengadaan Snack Rapat Biasa Pada Kantor Imigrasi Kelas I TPI Ambon - Maluku Tahun Anggaran 2026 Triwulan III|b|pl|260000|||||snack_box:3 nasi_box:1 air_gelas:1
73.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MAKASSAR|Konsumsi siswa  di asrama semester Ganjil|jl|ep|2315000000|||||makanan_pasien/Siswa:3 makanan_pasien:1 nasi_box:2 prasmanan/Harian:2
73.71|POLITEKNIK PENERBANGAN MAKASSAR|BELANJA KONSUMSI KEGIATAN LEADERSHIP CAMP TARUNA TAHUN 2026|b|ep|93100000|||||nasi_box:3 snack_box:3 prasmanan:2 makanan_pasien/Siswa:2 air_gelas:1
52.71|PENGADILAN TINGGI AGAMA MATARAM|Pengadaan Pakaian Dinas Tahap II|b|ep|122500000|||||DINAS
53|SEKRETARIAT BAWASLU PROVINSI NUSA TENGGARA TIMUR|Belanja Barang Operasional Lainnya (PAKAIAN DINAS PROVINSI DAN 14 KABUPATEN/KOTA NON SATKER SE-NTT)|b|ep|554900000|||||DINAS
81.71|KANTOR IMIGRASI KELAS I TPI AMBON|Pengadaaan Perlengkapan dan Atribut Seragam dan Sepatu Pada Kantor Imigrasi Kelas I TPI Ambon - Maluku Tahun Anggaran 2026 |b|ep|182400000|||||topi_atribut:3 sepatu/PDH:3 sepatu/Pantofel:3 sepatu/PDL:2 topi_atribut/Topi:2 pdh:1
81.71|DISTRIK NAVIGASI AMBON|Belanja Pengadaan Pakaian Dinas Pegawai (PDH) Tahap II|b|pl|160400000|||||pdh/PDH:3 pdh:2 topi_atribut:1 sepatu/PDH:1
73.04|UNIT PENYELENGGARA PELABUHAN JENEPONTO|Pengadaan Pakaian Dinas Upacara|b|ep|35500000||||PDU pegawai|pdh:2 pdh/Jas:2 topi_atribut/Atribut:2 sepatu/Pantofel:1
73.04|UNIT PENYELENGGARA PELABUHAN JENEPONTO|Pengadaan Pakaian Kerja SATPAM (4 Orang)|b|ep|11750000|4|stel||seragam satpam|pdh/PDL:2 pdh/Kemeja:2 pdh:1 topi_atribut:1
71.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS I BITUNG|Pakaian Kerja Petugas Kebersihan|b|ep|5100000|||||pdh/PDL:2 kaos/Polo:2 kaos:1 apd_kerja/Rompi:1
71.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS I BITUNG|Pakaian Batik Korpri|b|ep|30890000|||||batik_seragam/Korpri:3 batik_seragam:2 batik_seragam/Tulis:1
73.71|KANTOR PENCARIAN DAN PERTOLONGAN MAKASSAR|Pengadaan Pakaian Dinas Pegawai|b|ep|310100000|||||DINAS pdh/PDL:3
92.02|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MANOKWARI|PENGADAAN PAKAIAN WEARPACK UKK|b|ep|42700000||||coverall praktik uji kompetensi|pdh/PDL:1 apd_kerja:1 kaos:1
52|PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI NUSA TENGGARA BARAT|Printer Dokumen A3|b|ep|15350000|||||printer/A3:3 printer:2 scanner:1 printer/Kartu:1
52|BPK PERWAKILAN PROVINSI NUSA TENGGARA BARAT|Pengadaan Peralatan Fasilitas Perkantoran - Printer|b|ep|126300000|||||printer:3 scanner:1 tinta_printer:1 printer/Kartu:1
73.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MAKASSAR|PC Dekstop Lab|b|ep|407100000|||||pc_desktop:3 laptop:1 ups_listrik:1
92.02|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH XVII MANOKWARI|Pengadaan Laptop Tahap II|b|ep|20900000|||||laptop:3 tas_laptop:1 pc_desktop:1
52.06|BALAI POM DI BIMA|Belanja  Persediaan Konsumsi catridge printer|b|ep|6850000|||||toner:3 tinta_printer:2
73.71|BALAI JASA KONSTRUKSI WILAYAH VI MAKASSAR|Pengadaan Mesin Scanner|b|ep|6180000|||||scanner:3 printer:1
74|PERWAKILAN BPKP PROVINSI SULAWESI TENGGARA| Belanja Modal Peralatan dan Mesin berupa Alat Proyektor|b|ep|58400000|||||proyektor:3 tv_display:1
72.71|KANTOR IMIGRASI KELAS I TPI PALU|Pengadaan Belanja Modal Perangkat Pengolah data dan Komunikasi berupa PC Unit dan Laptop Pada Kantor Imigrasi Kelas I TPI Palu - Sulawesi Tengah Tahun Anggaran 2026|b|ep|746500000|||||pc_desktop:3 laptop:3 ups_listrik:1 printer:1
91|BPK PERWAKILAN PROVINSI PAPUA|Pengadaan PC Unit Pada BPK Perwakilan Provinsi Papua TA 2026|b|ep|98900000|||||pc_desktop:3 laptop:1
74|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI TENGGARA|Pengadaan PC All In One|b|ep|16460000|||||pc_desktop/All_in_One:3 pc_desktop:2 laptop:1
71.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II MANADO|Alat Pengolah Data Balmon Manado 2026|b|ep|66100000|||||laptop:3 pc_desktop:3 printer:2 scanner:1 printer/Kartu:1
71.03|LOKA POM DI KABUPATEN KEPULAUAN SANGIHE|Pengadaan perangkat pengolah data dan komunikasi Tahap 2|b|ep|77200000|||||laptop:2 pc_desktop:2 printer:2 jaringan:1 printer/Kartu:1
82.71|KANTOR IMIGRASI KELAS I TPI TERNATE|Pengadaan Belanja Modal Peralatan dan Mesin berupa sound system dan laptop pada Kantor Imigrasi Kelas I TPI Ternate - Maluku Utara Tahun Anggaran 2026|b|ep|358000000|||||sound_system:3 laptop:3 tas_laptop:1
75.71|BALAI PELAKSANA PEMILIHAN JASA KONSTRUKSI WILAYAH GORONTALO|Pengadaan Smart TV|b|ep|7490000|||||tv_display/Smart:3 tv_display/Interactive:1 tv_display/Monitor:1
73.71|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH VI MAKASSAR|PENGADAAN PERLENGKAPAN AUDIO VISUAL|b|ep|8140000|||||sound_system:2 proyektor:2 tv_display:2
73.71|BALAI PENGEMBANGAN KOMPETENSI PEKERJAAN UMUM WILAYAH VI MAKASSAR|PENGADAAN PERALATAN DOKUMENTASI |b|ep|27670000|||||kamera_cctv/Mirrorless:3 kamera_cctv:1 dokumentasi:1
71.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS I BITUNG|AC Standing|b|ep|205300000|||||ac/Standing:3 ac:2 service_ac:1
71|BPK PERWAKILAN PROVINSI SULAWESI UTARA|Pengadaan Belanja Modal AC 1 Pk|b|ep|91600000|||||ac/1_PK:3 ac:2 service_ac:1
74|PERWAKILAN BPKP PROVINSI SULAWESI TENGGARA| Belanja Modal Peralatan dan Mesin berupa AC 2 PK|b|ep|165300000|||||ac/2_PK:3 ac:2
73.06|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA GOWA|Pengadaan AC Split Ruang Kelas|b|ep|7430000|||||ac:3 ac/Standing:1
76|PERWAKILAN BPKP PROVINSI SULAWESI BARAT|Genset 9 KW|b|ep|81400000||||genset 9 kW untuk kantor|genset/Honda:1 genset:1
93.01|KANTOR IMIGRASI KELAS II TPI MERAUKE| Pengadaan Belanja Barang  Lemari Es Pada Kantor Imigrasi Kelas II TPI Merauke TA 2026|b|ep|10860000|||||elektronik_rt/Lemari_Es:3 elektronik_rt:1
73.71|DISTRIK NAVIGASI KELAS I MAKASSAR|Pengadaan Lampu Suar|b|ep|4880000000||||lampu menara suar navigasi|lampu_listrik:1
72|BPK PERWAKILAN PROVINSI SULAWESI TENGAH|Pengadaan Meubelair dan Peralatan Elektronik|b|ep|634300000|||||MEBEL ac:2 tv_display:2 elektronik_rt:1
53|PERWAKILAN BPKP PROVINSI NUSA TENGGARA TIMUR|kursi kerja staf|b|ep|75000000|||||kursi_kantor/Staff:3 kursi_kantor:2 kursi_lipat:1
73.71|BALAI PENYULUHAN DAN PELATIHAN KEHUTANAN MAKASSAR|Pengadaan Meja dan Kursi Pimpinan|b|ep|13210000|||||meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor:2 kursi_kantor:2
72.05|PENGADILAN AGAMA BUOL|Kursi Roda|b|ep|6180000|||||kursi_roda/Standar:3 kursi_roda/Elektrik:2 kursi_roda/Anak:2 kursi_roda/Kruk:1
52.71|PENGADILAN TINGGI AGAMA MATARAM|Belanja Modal Peralatan dan Mesin (Meubelair Hakim & CPNS)|b|ep|83400000|||||MEBEL meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3
73.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MAKASSAR|Lemari Piring Siswa Asrama|b|ep|20580000|||||kitchen_set/Lemari:2 kitchen_set:1 lemari_arsip:1
73.02|PENGADILAN AGAMA BULUKUMBA|Pengadaan Meubelair Berupa Meja dan Kursi CPNS|b|ep|15430000|||||meja_kantor/Staff:3 kursi_kantor/Staff:3 meja_kantor:2 kursi_kantor:2
73|PERWAKILAN BPKP PROVINSI SULAWESI SELATAN|Belanja Modal Peralatan dan Mesin (Pengadaan Meja Kerja Staf)_3676.EBB.951.053.0A.532111|b|ep|262900000|||||meja_kantor/Staff:3 meja_kantor:2
92|BPK PERWAKILAN PROVINSI PAPUA BARAT| Pengadaan1 Paket Kursi Sofa|b|ep|95000000|||||sofa:3 kursi_lipat:1
91.03|POLITEKNIK PENERBANGAN JAYAPURA|Pengadaan Meubelair Gedung Kelas |b|ep|1535000000|||||mebel_sekolah:2 kursi_kantor:1 meja_kantor:1 kursi_lipat:1 meja_rapat:1
73.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MAKASSAR|Pengadaan Meja Rapat,Rak sepatu,Tenda, Lemari Rak piring, Lemari Arsip dan Jemuran|b|ep|182500000|||||meja_rapat:3 lemari_arsip:3 kitchen_set/Lemari:2 sar/Tenda:2 rak_buku:1
52.71|PENGADILAN TINGGI AGAMA MATARAM|Pengadaan Meja Biro/Direktur dan Lemari Arsip Mobile pada Pengadilan Tinggi Agama Mataram TA 2026|b|ep|78800000|||||meja_kantor/Pejabat:3 meja_kantor/Biro:3 lemari_arsip/Mobile:3 lemari_arsip:2 meja_kantor:2
76.05|PENGADILAN NEGERI MAJENE|Pengadaan Kursi dan Meja untuk Hakim dan CPNS|b|ep|53560000|||||meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor/Staff:3 kursi_kantor/Staff:3 meja_kantor:2 kursi_kantor:2
96|PERWAKILAN BPKP PROVINSI PAPUA BARAT DAYA|Pengadaan Meja dan Kursi Pegawai Perwakilan BPKP Provinsi Papua Barat Daya|b|ep|372900000|||||meja_kantor:3 kursi_kantor:3 meja_kantor/Lipat:1 kursi_lipat:1
73.06|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA GOWA|Pengadaan Meja Belajar Kelas|b|ep|152600000||||meja belajar peserta diklat|mebel_sekolah/Siswa:2 meja_kantor/Lipat:1 meja_kantor:1 meja_rapat/Modular:1
53.71|RUMKIT BHAYANGKARA KUPANG|PENGADAAN OBAT-OBATAN DAN BMHP T.A.2026 TAHAP II|b|ep|15740000|||||obat:3 bmhp:3
72.71|RUMKIT BHAYANGKARA PALU|PENGADAAN BEKAL KESEHATAN DAN PENUNJANG MEDIK RUMKIT BHAYANGKARA PALU T.A 2026|b|ep|42150000|||||obat:3 bmhp:3 alkes:1 reagen_tes:1
73.71|POLITEKNIK PENERBANGAN MAKASSAR|BELANJA BARANG PERSEDIAAN OBAT-OBATAN TAHUN 2026 KLINIK TARUNA|b|ep|52800000|||||obat:3 bmhp:2 alkes:1
74|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI TENGGARA|Pengadaan BMHP Implan - Sarung Tangan Steril|b|ep|90800000|||||bmhp/Sarung_Tangan:1 bmhp:1
72.03|BADAN NARKOTIKA NASIONAL KABUPATEN DONGGALA|Urine test 7 parameter|b|ep|18340000|||||reagen_tes/Narkoba:2 reagen_tes:1
74.71|BALAI PENGAWAS OBAT DAN MAKANAN KENDARI|Pengadaan Media Mikrobiologi Sampel Obat Paket 3|b|ep|65400000|||||reagen_tes/Media:3 reagen_tes:1 alat_lab/Gelas:1
52.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN MATARAM|Pengadaan Reagensia dan Media Mikrobiologi sampel pangan|b|ep|12580000|||||reagen_tes/Media:3 reagen_tes/Formalin:2 reagen_tes:1
72.71|BALAI PENGAWAS OBAT DAN MAKANAN PALU|Reagen Sampel Makanan PNP|b|ep|49250000|||||reagen_tes/Formalin:2 reagen_tes/Media:2 reagen_tes:1
81.71|BALAI PENGAWAS OBAT DAN MAKANAN AMBON|Pemenuhan/peremajaan alat laboratorium|b|ep|183600000|||||alat_lab:2 reagen_tes:1
76.02|BALAI PENGAWAS OBAT DAN MAKANAN MAMUJU|CO2 Incubator (Mikrobiologi)|b|ep|183900000|||||alat_lab:1
73.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN MAKASSAR|Pengadaan Gas Nitrogen, Argo, Hidrogen, Helium, Acetilen|b|ep|20000000|||||
75.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI BONE LIMBOTO|PENGADAAN BIBIT PRODUKTIF SEJUMLAH 27.000 BATANG|b|ep|566000000|27000|batang||bibit MPTS (durian, alpukat, petai, nangka)|bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:3 bibit_tanaman:1
72.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI PALU POSO|Penyediaan Bibit Produktif Paket 2|b|ep|385000000|||||bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:3 bibit_tanaman:1
72.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI PALU POSO|Produksi Bibit Persemaian Permanen|b|ep|221600000|||||bibit_tanaman/Mahoni:2 bibit_tanaman/Alpukat:2 bibit_tanaman:1 pupuk:1
73.05|BALAI PERIKANAN BUDIDAYA AIR PAYAU TAKALAR|Bantuan Mesin dan Bahan Baku Pakan Pokdakan|b|ep|482200000||||mesin pelet dan bahan baku pakan ikan|pakan_ikan:1 alsintan/Pencacah:1
73.05|SENTRA "PANGURANGI" DI TAKALAR|pengadaan Paket Bantuan ATENSI bagi PPKS Penyandang Disabilitas|b|ep|36140000|||||kursi_roda:2 sembako:2 alat_mandi:2 selimut_kasur:1
82.71|SENTRA "WASANA BAHAGIA" DI TERNATE|Pengadaan bantuan  ATENSI Lanjut Usia|b|ep|661700000|||||sembako:2 alat_mandi:2 selimut_kasur:2 kursi_roda/Kruk:1 susu:1
71.71|RUMAH TAHANAN NEGARA KELAS IIA MANADO|Pengadaan pemenuhan kebutuhan sandang sehari-hari Pada Rumah Tahanan Negara Kelas IIA Manado - Sulawesi Utara Tahun Anggaran 2026|b|ep|131700000||||perlengkapan mandi, sandal, pakaian WBP|alat_mandi:3 sabun_detergen:2 selimut_kasur:1 kaos:1
73.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI MAKASSAR|Tandu UKS dan Kompas|b|ep|11660000|||||sar/Tandu:3 sar:1 alkes:1
72|PELAKSANAAN CIPTA KARYA PROVINSI SULAWESI TENGAH|Pengadaan Truk Tinja di Kabupaten Donggala|b|ep|850000000|||||alat_berat/Dump:1
95|BPK PERWAKILAN PROVINSI PAPUA PEGUNUNGAN|Pengadaan Kendaraan Roda 4 Pada BPK Perwakilan Provinsi Papua Pegunungan TA 2026|b|ep|405400000|||||mobil/Mobil:3 mobil:1
75.71|LOKA MONITOR SPEKTRUM FREKUENSI RADIO GORONTALO|Pengadaan motor operasional|b|ep|83900000|||||sepeda_motor:3 sepeda_motor/Trail:3
73.71|KANTOR IMIGRASI KELAS I TPI MAKASSAR|Pengadaan Mobil Penerangan Darat pada Kantor Imigrasi Kelas I Khusus TPI Makassar|b|ep|463500000|||||kendaraan_khusus/Penerangan:3 mobil/Hiace:1
75|BALAI PENGELOLA TRANSPORTASI DARAT GORONTALO|Pengadaan dan Pemasangan Patok Tikung (Delineator)|k|ep|437800000|||||rambu:1 rambu/Paku_Jalan:1
72.71|BALAI PENGAWAS OBAT DAN MAKANAN PALU|Pengadaan Produk Informasi Komunitas Sekolah (13 Sekolah x 15 Komunitas) Parigi Moutong [15 PKT x 13 SKLH]|b|ep|7960000|||||cetak_brosur:3 cetak_brosur/Booklet:3 cetak_spanduk:1 tas_seminar:1
73.71|POLITEKNIK PENERBANGAN MAKASSAR|BELANJA PENGGANDAAN MODUL TARUNA COURSE TPPU 8, TPPU 9 DAN TPPU 10 TAHUN 2026|b|ep|9650000|||||cetak_buku/Modul:3 fotokopi:3 cetak_buku:2
81.71|IM28 KANTOR IMIGRASI KELAS I TPI AMBON|Pengadaaan Penggandaan Dan Penjilidan Pada Kantor Imigrasi Kelas I TPI Ambon - Maluku Tahun Anggaran 2026 Tahap II|b|pl|2060000|||||fotokopi:3 fotokopi/Jilid:3 cetak_buku:1
74.71|RUMKIT BHAYANGKARA KENDARI POLDA SULTRA|Belanja Barang Cetak Kantor BLU|jl|pl|196300000|||||CETAK cetak_blanko:3
74.05|KANTOR KEMENTERIAN AGAMA KAB. KONAWE SELATAN|Pengadaan Buku MIN 2 Konawe Selatan|b|ep|20450000|||||buku_bacaan:3 buku_bacaan/Teks:3 buku_tulis:1
73.73|KPU KOTA PALOPO|Pengadaan Sarana dan Prasarana Kantor KPU Kota Palopo|b|ep|76600000|||||MEBEL:2 laptop:1 printer:1 ac:1
93.01|DISTRIK NAVIGASI MERAUKE|Pembangunan Rambu Suar Molowai 12  M Laut Konstruksi Beton|k|t|5590000000|||||
82|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI MALUKU UTARA|REHABILITASI JEMBATAN AKE SAKITA CS|k|ep|5850000000|||||
76|694245/SNVT PELAKSANAAN JARINGAN PEMANFAATAN AIR WS PALU LARIANG|Supervisi Konstruksi Rehabilitasi Intake Air Baku Matama Kab. Polewali Mandar (lanjutan)|ks|pn|201500000|||||
74.72|PENGADILAN NEGERI BAU-BAU|Satpam Tahap II|jl|ep|209800000|||||
52.71|PENGADILAN TINGGI AGAMA MATARAM|Pengadaan Sewa Mesin Fotocopy Satker wilayah PTA Mataram TA 2026|jl|ep|676000000|||||mesin_fotokopi:1 fotokopi:1
52.71|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS II MATARAM|Sewa Link Jaringan Internet Transportable 70 Mbps|jl|ep|49100000|||||jaringan:1
71|PERWAKILAN BPKP PROVINSI SULAWESI UTARA|Pemeliharaan AC Split|jl|pl|29100000|||||service_ac:3 service_ac/Isi_Freon:2
71|PERWAKILAN BPKP PROVINSI SULAWESI UTARA|Pemeliharaan Printer|jl|pl|1185000|||||toner/Drum:1
93.01|BANDAR UDARA TANAH MERAH DI MERAUKE|Landscape Pelataran Parkir Terminal Termasuk Pengawasan|k|pl|487900000|||||bibit_tanaman/Tanaman_Hias:1 material_bangunan/Paving:1
73.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN MAKASSAR|KALIBRASI ALAT LABORATORIUM UNTUK HPLC, AAS DAN ALAT KHUSUS MIKROBIOLOGI|jl|ep|16350000|||||
71.72|PANGKALAN PENGAWASAN SDKP BITUNG|Docking Kapal Pengawas Kelas III (KP. Hiu 07 & KP. Hiu 03)|jl|t|643500000|||||
71.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN KELAS I BITUNG|Pengadaan Mesin Kapal Patroli|b|ep|503000000|||||sar/Perahu:1
53|693849/PERENCANAAN DAN PENGAWASAN JALAN NASIONAL PROVINSI NTT|PW 02 Pengawasan Teknik Jalan dan Jembatan di Pulau Flores|ks|pn|2775000000|||||
75|KEJAKSAAN TINGGI GORONTALO|Jasa Konsultansi Perencanaan Kegiatan Perluasan Gedung dan Bangunan Kantor Kejaksaan Tinggi Gorontalo|ks|pl|102300000|||||
73.71|BALAI PENGELOLAAN HUTAN LESTARI WILAYAH XV MAKASSAR|Fullboard Bimbingan Teknis/Fasilitasi Pengajuan Kerjasama Kemitraan Konsesi pada Areal PBPH Angkatan II|jl|ep|30780000|||||prasmanan/Fullday:1
53.15|KANTOR PERTANAHAN KAB. MANGGARAI BARAT|Pembuatan Foto Tegak|jl|ep|97600000||||foto udara tegak (ortofoto) bidang tanah|dokumentasi:1
91.71|PENGADILAN TINGGI JAYAPURA|Pengadaan Jasa Kebersihan Gedung Kantor Pengadilan Tinggi Jayapura|jl|ep|295400000|||||BERSIH:1
74.05|POLRES KONAWE SELATAN POLDA SULTRA|PERAWATAN KENDARAAN RODA 2 POLRES|jl|pl|32080000|||||
81|PELAKSANAAN JALAN NASIONAL WILAYAH I PROVINSI MALUKU|PENGADAAN RANGKA BANGUNAN ATAS JEMBATAN GANTUNG DESA WAELO|b|ep|3515000000|||||material_bangunan/Besi:1
74.07|UNIT PENYELENGGARA BANDAR UDARA MATAHORA WAKATOBI|Pengadaan Suku Cadang Peralatan Keamanan Bandara dan Peralatan PKP-PK|b|pl|115900000|||||apar:1
73|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SULAWESI SELATAN|Pengadaan Alat dan obat kontrasepsi Perwakilan BKKBN Provinsi Sulawesi Selatan (Sesuai Jenis Alokon) Tahap 2|b|ep|104800000|||||obat:1 bmhp:1
"""

# FALLBACK: the same exports, vertical offices in Sumatera, Kepulauan Riau, Kepulauan Bangka Belitung, Kalimantan
# Timur and Kalimantan Utara.
BARAT = """
64.72|DISTRIK NAVIGASI SAMARINDA|PENGADAAN PELAMPUNG SUAR|b|ep|6505000000||||pelampung suar (buoy) rambu navigasi laut|sar/Pelampung:1 sar/Ring_Buoy:1
16.04|POLRES LAHAT|Pengadaan Bekal Kantor/ATK Polres Lahat TA. 2026|b|ep|281700000|||||ATK KOMP:1
14.72|BAPAS KELAS II DUMAI|Belanja Pengadaan ATK Rutin pada Bapas Kelas II Dumai - Riau Tahun Anggaran 2026 Semester II|b|ep|41000000|||||ATK
21.01|KANTOR PERTANAHAN KAB. BINTAN|Pengadaan Belanja ATK berupa Box Arsip|b|ep|6180000|||||map_ordner/Box:3 map_ordner:2 stiker_label/Box_Arsip:1
64.72|BALAI MONITOR SPEKTRUM FREKUENSI RADIO KELAS I SAMARINDA|Pengadaan Persediaan ATK dan Barang Konsumsi Balmon Kelas I Samarinda Tahap 2|b|ep|23500000|||||ATK BERSIH:1
16.71|KANTOR IMIGRASI KELAS I TPI PALEMBANG|Pengadaan Tinta Paspor pada Kantor Imigrasi Kelas I TPI Palembang - Sumatera Selatan Tahun Anggaran 2026|b|ep|18660000||||tinta printer personalisasi paspor|tinta_printer:1 toner:1
12|PELAKSANAAN CIPTA KARYA WILAYAH II PROVINSI SUMATERA UTARA|ATK dan Komputer Supplies Tahap 2|b|ep|6900000|||||ATK KOMP
65.71|STASIUN PENGAWASAN SUMBERDAYA KELAUTAN DAN PERIKANAN TARAKAN|Bahan Komputer Untuk Kapal Pengawas|b|pl|3870000|||||KOMP
19.05|KPU KABUPATEN BANGKA BARAT|Belanja ATK, Spanduk, Backdrop, Cinderamata, Seminar Kit, Konsumsi, Snack dan Fotokopi Dukungan Sosialisasi, Podcast, PPID dll (Parhupmas)|b|ep|6440000|||||ATK cetak_spanduk:3 cetak_spanduk/Backdrop:3 tas_seminar:3 souvenir:2 snack_box:3 nasi_box:2 fotokopi:2
13.01|POLRES PESISIR SELATAN|Konsumsi Tahanan Polres [40 Orang x 365 Hari]|jl|ep|295000000||||makan tahanan 3 kali sehari|makanan_pasien/Warga:3 makanan_pasien:1 nasi_box:2 nasi_box/Bungkus:2
13.74|POLRES PADANG PANJANG|Pengadaan Makan Piket Jaga / Fungsi Polres Semester II|b|ep|331600000|||||nasi_box:3 nasi_box/Bungkus:3 prasmanan/Harian:2 snack_box:1
16.71|POLITEKNIK TRANSPORTASI SUNGAI, DANAU DAN PENYEBERANGAN PALEMBANG|Pengadaan Permakanan Mahasiswa Diklat Pembentukan Politeknik Transportasi SDP Palembang TA. 2026|jl|ep|201900000|||||makanan_pasien/Siswa:3 prasmanan/Harian:2 nasi_box:2
11|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI ACEH|Belanja Bahan (Makan) Petugas Haji Debarkasi Banda Aceh|b|ep|112000000|||||nasi_box:3 prasmanan:2 snack_box:2 nasi_box/Bungkus:2
64.72|LAPAS KELAS II A SAMARINDA|Pengadaan Bahan Makanan Warga Binaan Pemasyarakatan pada Lembaga Pemasyarakatan Kelas II A Samarinda - Kalimantan Timur Tahun Anggaran 2026|b|ep|6770000000|||||PANGAN makanan_pasien/Warga:3
14.71|KANTOR REGIONAL XII BADAN KEPEGAWAIAN NEGARA PEKANBARU|Pengadaan Jamuan Petugas Seleksi PHTC KDKMP dan KMNP di Titik Lokasi UPT BKN Tanjungpinang|b|ep|20000000|||||MAMIN
13.02|LAPAS KELAS II B SOLOK|Pengadaan Penyediaan Peralatan Makan Minum untuk Warga Binaan di Lingkungan Pemasyarakatan Lapas Kelas IIB Solok Tahun Anggaran 2026 - Sumatera Barat |b|ep|19290000|||||alat_dapur/Set_Peralatan:3 alat_dapur:1
16.71|LAPAS PEREMPUAN KELAS II A PALEMBANG|Pengadaan Barang Persediaan Konsumsi pemenuhan kebutuhan sandang sehari-hari bagi Wargabinaan Lembaga Pemasyarakatan Perempuan Kelas IIA Palembang|b|ep|67100000|||||alat_mandi:3 sabun_detergen:2 tisu:1 selimut_kasur:1
14.72|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN DUMAI|Pengadaan Pakaian Dinas Lapangan Pegawai Kantor KSOP Kelas I Dumai|b|pl|133100000|||||pdh/PDL:3 pdh:2 sepatu/PDL:1 topi_atribut:1
64.71|KANTOR PENCARIAN DAN PERTOLONGAN BALIKPAPAN|Pakaian Dinas Pegawai|b|ep|62200000|||||DINAS pdh/PDL:3
11.71|LEMBAGA LAYANAN PENDIDIKAN TINGGI WILAYAH XIII BANDA ACEH|Pengadaan Seragam Satpam, Pengemudi, dan Tenaga Kebersihan|b|ep|29110000|||||pdh/PDL:2 pdh/Kemeja:2 pdh:1 kaos/Polo:1 topi_atribut:1
12.73|KANTOR IMIGRASI KELAS II TPI SIBOLGA|Pengadaan  Barang Seragam Pegawai Pakaian Dinas Pada Kantor Imigrasi Kelas II TPI Sibolga - Sumatera Utara - Tahun Anggaran 2026|b|ep|243600000|||||DINAS
15.05|KANTOR KEMENTERIAN AGAMA KABUPATEN MUARO JAMBI|Belanja Laptop dan Printer MIN 4, MIN 5 dan MIN 6  MUARO JAMBI|b|ep|37600000|||||laptop:3 printer:3 tas_laptop:1 printer/Kartu:1
14.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH XIX PEKANBARU|Pembelian Laptop|b|ep|486300000|||||laptop:3 tas_laptop:1 pc_desktop:1
21.02|KANTOR KESYAHBANDARAN DAN OTORITAS PELABUHAN TANJUNG BALAI KARIMUN|PC AIO|b|ep|87460000|||||pc_desktop/All_in_One:3 pc_desktop:2
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Pengadaan LCD Proyektor|b|ep|7720000|||||proyektor:3 proyektor/Layar:2 tv_display:1
14.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI PEKANBARU|UPS|b|ep|6180000|||||ups_listrik/UPS:3 ups_listrik:2
14.71|BALAI PELATIHAN DAN PEMBERDAYAAN MASYARAKAT TRANSMIGRASI PEKANBARU|Videotron|b|ep|185300000|||||videotron/Indoor:3 videotron:2 tv_display:1
14.71|KANTOR IMIGRASI KELAS I TPI PEKANBARU|Pengadaan Belanja Modal Peralatan dan Mesin Perangkat Pengolah Data dan Komunikasi ( Drone, PC Unit AIO, PC Editing, Lensa Camera, Camera Digital)|b|ep|105000000|||||pc_desktop/All_in_One:3 pc_desktop/Workstation:3 kamera_cctv/Mirrorless:2 pc_desktop:2
11.71|KANTOR IMIGRASI KELAS I TPI BANDA ACEH|Pengadaan Videotron, Camera conference dan Printer Portable Pada Kantor Imigrasi Kelas I TPI Banda Aceh - Aceh Tahun Anggaran 2026|b|ep|466300000|||||videotron:3 printer:1 kamera_cctv/PTZ:1 aksesori_komputer/Webcam:1
16|KANWIL KEMENTERIAN HAJI DAN UMRAH PROVINSI SUMATERA SELATAN|Sewa Laptop|jl|ep|51460000|||||laptop:1
15|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI JAMBI|PENGADAAN SARANA DAN PRASARANA TIK / LAPTOP|b|ep|57400000|||||laptop:3 printer:1 pc_desktop:2
13.73|PENGADILAN NEGERI SAWAHLUNTO|Pengadaan Meja dan Kursi Hakim|b|ep|9940000|||||meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor:2 kursi_kantor:2 meja_rapat:1
21|BPK PERWAKILAN PROVINSI KEPULAUAN RIAU|Pengadaan Sofa Set dan Meja Sofa|b|ep|43600000|||||sofa:3 meja_rapat:1
13.71|PENGADILAN TATA USAHA NEGARA PADANG|Pengadaan Lemari Toga Hakim|b|ep|3760000||||lemari pakaian untuk toga|lemari_arsip:1
21|BPK PERWAKILAN PROVINSI KEPULAUAN RIAU|Pengadaan Lemari Pakaian Mess|b|ep|30400000|||||lemari_arsip:1 ranjang:1
14.08|KEJAKSAAN NEGERI SIAK|Pengadaan Meubelair Gedung Barang Bukti|b|ep|496000000||||rak dan lemari penyimpanan barang bukti|lemari_arsip:2 rak_buku:1 meja_kantor:1
64.72|PENGADILAN TATA USAHA NEGARA SAMARINDA|PENGADAAN MEJA DAN KURSI BAGI HAKIM DAN CPNS|b|ep|75900000|||||meja_kantor/Pejabat:3 kursi_kantor/Pejabat:3 meja_kantor/Staff:3 kursi_kantor/Staff:3 meja_kantor:2 kursi_kantor:2
19.71|PENGADILAN TINGGI BANGKA BELITUNG|Pengadaan Meubelair ruang PTSP|b|ep|34000000|||||MEBEL kursi_lipat/Tunggu:3
64.72|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI SAMARINDA|Pengadaan Lemari Box Carger 16 Pintu, Matrees 1800x200/Dipan/Bantal/Guling/Selimut, Sofa 3+2/Meja|b|ep|126300000|||||selimut_kasur:3 ranjang:3 sofa:2 lemari_arsip:1 selimut_kasur/Tikar:1
64.72|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI SAMARINDA|Belanja Peralatan dan Mesin Ekstrakomptabel Berupa Mesin Air, Kipas Angin, UPS, Rak Sepatu, Kursi Guru, Dispenser, Mesin Las, TOA|b|ep|110400000|||||kipas_angin:3 ups_listrik:3 alat_dapur/Dispenser:3 mebel_sekolah/Guru:2 sound_system:1 alsintan/Pompa:1 kipas_angin/Exhaust:1
12.71|BALAI PENDIDIKAN DAN PELATIHAN PEMERIKSAAN KEUANGAN NEGARA MEDAN|Pengadaan Peralatan Fasilitas Perkantoran- AC 2 PK|b|ep|77860000|||||ac/2_PK:3 ac:2
15.71|MADRASAH ALIYAH NEGERI 2 JAMBI KOTA JAMBI| Pengadaan Alat Pengolah Data dan AC Split MAN 2 Kota Jambi|b|ep|320900000|||||laptop:3 pc_desktop:3 ac:3 printer:2 printer/Kartu:1
14.71|BALAI PEMANTAPAN KAWASAN HUTAN WILAYAH XIX PEKANBARU|Pembelian Genset|b|ep|540000000|||||genset:3
13|BPK PERWAKILAN PROVINSI SUMATERA BARAT|Pengadaan Kamera|b|ep|112800000|||||kamera_cctv/Mirrorless:3 kamera_cctv:1
65.03|KANTOR IMIGRASI KELAS II TPI NUNUKAN|Pengadaan Loudspeaker dan Sound System pada kegiatan Layanan Sarana Internal  di Kantor Imigrasi Kelas II TPI Nunukan Tahun Anggaran 2026|b|ep|42070000|||||sound_system:3 sewa_acara/Sound:1
16.71|RRI PALEMBANG|Kipas Angin - Ekstrakomptabel tahun 2026|b|pl|1480000|||||kipas_angin:3 kipas_angin/Exhaust:1
64|PERWAKILAN BPKP PROVINSI KALIMANTAN TIMUR|CCTV|b|pl|1420000|||||kamera_cctv/Paket:3 kamera_cctv/PTZ:2 kamera_cctv/Harddisk:1
16.71|RRI PALEMBANG|Pengadaan SMART LCD TV - EKSTRAKOMPTABEL|b|pl|2920000|||||tv_display/Smart:3 tv_display/Monitor:1
19.01|UNIVERSITAS BANGKA BELITUNG|Pengadaan Sound System untuk Gedung Balai Utama (PNBP/BLU)|b|ep|1222800000|||||sound_system:3 sound_system/Conference:2
19.71|PELAKSANAAN PRASARANA STRATEGIS KEPULAUAN BANGKA BELITUNG|Pengadaan Perangkat Pengolah Data dan Komunikasi Satker Pelaksanaan Prasarana Strategis Kepulauan Bangka Belitung (Lensa Kamera)|b|ep|11170000|||||kamera_cctv/Mirrorless:1
19.71|OPERASI DAN PEMELIHARAAN SUMBER DAYA AIR BANGKA BELITUNG|Pengadaan Peralatan GPS Geodetic Pada Administrasi Kesatkeran D.I/D.I.R di Prov. Kepulauan Bangka Belitung|b|ep|103000000|||||
17.71|RUMKIT BHAYANGKARA BENGKULU|Pengadaan bahan medis habis pakai Tahap II|b|ep|8080000|||||bmhp:3 obat:1
12.76|RUMKIT BHAYANGKARA TEBING TINGGI|BELANJA BARANG OBAT-OBATAN PERSEDIAAN LAINNYA TA 2026 BLU|b|ep|6860000|||||obat:2 bmhp:1
16|PERWAKILAN BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL PROVINSI SUMATERA SELATAN|Amoxicillin|b|ep|520000000|||||obat/Amoxicillin:3 obat:1
15.71|RUMKIT BHAYANGKARA JAMBI|PENGADAAN ALKES MESIN ANASTESI|b|ep|676700000|||||alkes:1 meja_operasi:1
11.71|RUMKIT TK.II BANDA ACEH KESDAM IM|Pengadaan Alkes Poliklinik|b|ep|235900000|||||alkes:2 bed_pasien:1 kursi_roda:1
12|BADAN NARKOTIKA NASIONAL PROVINSI SUMATERA UTARA|Pengadaan alat test urine layanan Pascarehabilitasi|b|ep|27800000|||||reagen_tes/Narkoba:3 reagen_tes:1
64.72|BALAI BESAR PENGAWAS OBAT DAN MAKANAN SAMARINDA|PENGADAAN TES KIT DALAM RANGKA FOOD SECURITY|b|ep|17430000|||||reagen_tes/Formalin:3 reagen_tes:1
16.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN PALEMBANG|Pengadaan Alat Laboratorium|b|ep|751800000|||||alat_lab:2 reagen_tes:1
13.71|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PADANG|Buku Official Methods of Analysis of AOAC Tahun 2026|b|ep|35670000|||||buku_bacaan:1
64.72|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI MAHAKAM BERAU|Pengadaan Pupuk NPK Tahap 3 Kegiatan P2 RHL Busang Tahun 2026|b|ep|267800000|||||pupuk/NPK:3 pupuk:2
64.72|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI MAHAKAM BERAU|Pengadaan Herbisida Kegiatan P2 RHL IKN Tahun 2026|b|ep|170800000|||||pestisida/Herbisida:3 pestisida:1
13.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI AGAM KUANTAN|Pengadaan pupuk dan obat-obatan|b|ep|24130000||||pupuk dan pestisida persemaian|pupuk:3 pestisida:3 biostarter:1
12.72|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI ASAHAN BARUMUN|Produksi Bibit secara Generatif - Pengadaan Obat - obatan|b|ep|66970000||||pestisida dan fungisida persemaian|pestisida:3 pupuk:1
13.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI AGAM KUANTAN|Pengadaan benih|b|ep|189300000||||benih tanaman hutan untuk persemaian|bibit_tanaman:1
15.71|BALAI PENGELOLAAN DAERAH ALIRAN SUNGAI BATANGHARI|Penyediaan Bibit Produktif Kab. Kerinci, Merangin, Bungo dan Muaro Jambi Tahun 2026|b|ep|194700000|||||bibit_tanaman/Alpukat:3 bibit_tanaman/Durian:3 bibit_tanaman:1
12.71|BALAI BESAR PERBENIHAN DAN PROTEKSI TANAMAN PERKEBUNAN MEDAN|PENGADAAN PRODUKSI BENIH KAKAO SEEDLING KABUPATEN PASAMAN (II)|b|ep|10900000000|||||bibit_tanaman/Kopi:1
13.77|SEKOLAH USAHA PERIKANAN MENENGAH PARIAMAN|Bahan Pembesaran Udang Vannamei (PNBP)-Pakan Grower Siklus II|b|pl|205000000|||||pakan_ikan/Udang:3 pakan_ikan:1
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Cetak Kalender Kerja|jl|ep|18750000|||||cetak_brosur/Kalender:3 cetak_brosur:1
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Cetak Map Promosi|jl|ep|8690000|||||cetak_blanko/Map:3 map_ordner/Map_Batik:2
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Cetak Tas Promosi|jl|ep|22180000|||||tas_seminar:3 souvenir/Goodie:2
21.71|BADAN PENGUSAHAAN KAWASAN PERDAGANGAN BEBAS DAN PELABUHAN BEBAS BATAM|Cetak Spanduk (Sosialisasi Laporan Kegiatan Penanaman Modal (LKPM) di KPBPB Bintan)|jl|ep|1030000|||||cetak_spanduk/Spanduk:3 cetak_spanduk:2 cetak_spanduk/Baliho:1
13.75|UNIVERSITAS ISLAM NEGERI SJECH M. DJAMIL DJAMBEK BUKITTINGGI|Cetak Ijazah Sarjana|b|ep|111500000||||blanko ijazah berpengaman|cetak_blanko/Piagam:1
14.71|SEKOLAH MENENGAH KEJURUAN KEHUTANAN NEGERI PEKANBARU|Pengadaan Buku Perpustakaan|b|ep|95900000|||||buku_bacaan:2 buku_bacaan/Teks:2 cetak_buku:1
13.71|SEKOLAH MENENGAH KEJURUAN-SMTI PADANG|Buku keminangkabauan |b|ep|7810000|||||buku_bacaan:2 cetak_buku:1
13.71|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI PADANG|Fotocopy dan cetak|b|pl|88000|||||fotokopi:3 cetak_blanko:1
16.71|SENTRA "BUDI PERKASA" DI PALEMBANG|Pengadaan Alat Bantu Disabilitas Wilayah Kabupaten Bangka Tengah Bulan Juli Tahun 2026|b|ep|48000000||||kursi roda, kruk, alat bantu dengar|kursi_roda:3 kursi_roda/Elektrik:2
14.71|SENTRA "ABISEKA" DI PEKANBARU|Pengadaan Bantuan Atensi Klaster Lanjut Usia pada Sentra Abiseka di Pekanbaru Tahun 2026 |b|ep|440700000|||||sembako:2 alat_mandi:2 selimut_kasur:2 kursi_roda/Kruk:1 susu:1
64.74|KANTOR IMIGRASI KELAS III NON TPI BONTANG|Pengadaan Belanja Modal Sepeda Motor Layanan Sarana Internal Kendaraan Bermotor pada Kantor Imigrasi Kelas III Non TPI Bontang Prov. Kalimantan Timur |b|ep|239200000|||||sepeda_motor:3
19.71|BALAI PENGELOLA TRANSPORTASI DARAT BANGKA BELITUNG|Pengadaan dan Pemasangan Paku Jalan|k|ep|255400000|||||rambu/Paku_Jalan:3 rambu:1
15|PELAKSANAAN JALAN NASIONAL WILAYAH II PROVINSI JAMBI|PERBAIKAN JEMBATAN GANTUNG TELUK RAYA|k|ep|8850000000|||||
11|BALAI PENGELOLA TRANSPORTASI DARAT WILAYAH I PROVINSI ACEH|Supervisi Pengadaan dan Pemasangan Perbaikan Lokasi Rawan Kecelakaan (LRK) di Jalan Nasional Provinsi Aceh|ks|pl|85000000|||||
64.72|PENGADILAN NEGERI SAMARINDA 03|Jasa Konsultansi Pos Bantuan Hukum Pengadilan Negeri Samarinda|ks|pl|61200000|||||
15.08|KANTOR UPBU MUARA BUNGO|Pengadaan Peralatan Penunjang CAPT|b|ep|77640000||||peralatan pengamanan bandara (CAPT)|
11.71|BALAI STANDARDISASI DAN PELAYANAN JASA INDUSTRI BANDA ACEH|Barang Persediaan Barang Konsumsi - BAD 001 - C|b|ep|4220000|||||ATK:1 BERSIH:1
11.71|BALAI BESAR PENGAWAS OBAT DAN MAKANAN BANDA ACEH|PENGADAAN KOLOM|b|ep|16920000||||kolom kromatografi HPLC/GC|
65.71|BALAI PENGAWAS OBAT DAN MAKANAN DI TARAKAN|PENGADAAN RAPID TEST KIT DAN GLASSWARE|b|ep|5390000|||||reagen_tes/Formalin:3 alat_lab/Gelas:3 reagen_tes:2
"""

SOURCES: dict[str, tuple[str, int, bool, str]] = {
    # key: (label, fiscal year, reserved, block); keys starting with "inaproc" are APBN (central government).
    "inaprocb6b1": (
        "FALLBACK INAPROC realisasi K/L 2026, vertical offices in Sulawesi, Maluku, Papua, NTB, NTT (agitkasep/inaprocdata)",
        2026,
        False,
        TIMUR,
    ),
    "inaprocb6b2": (
        "FALLBACK INAPROC realisasi K/L 2026, vertical offices in Sumatera, Kepri, Babel, Kaltim, Kaltara (agitkasep/inaprocdata)",
        2026,
        False,
        BARAT,
    ),
}
