"""The Lampung business-matching data set (Business Matching P3DN, Hotel Emersia, 11 May 2023).

Deterministic: the same seed gives the same suppliers, products, buyers and RUP packages every time.
It reproduces the figures of the seed articles: 16 tapis IKM and 4 machinery / agricultural-tool IKM;
1,836 e-purchasing packages in the 2023 provincial RUP worth Rp 298,7 miliar in total, of which
Rp 23 miliar is potential spend on tapis, souvenirs / seminar kits and machinery.
"""

from __future__ import annotations

import asyncio
import csv
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from padan.shared.regions import LAMPUNG_REGENCIES

SEED = 20230511
FISCAL_YEAR = 2023
PACKAGE_COUNT = 1_836
TOTAL_PAGU = 298_700_000_000
P3DN_POTENTIAL = 23_000_000_000
P3DN_PACKAGES = 212
SATKER_BASE = 180_000  # SIRUP's kd_satker is a number; ours are made up
PRODUCT_BASE = 9_100_000  # so is e-katalog's kd_produk

TAPIS_IKM = [
    "Tapis Jejama", "Sulam Usus Siger", "Tapis Mulya Indah", "Rumah Tapis Ruwa Jurai", "Tapis Raden Intan",
    "Galeri Tapis Way Halim", "Tapis Nuwo Balak", "Kriya Tapis Pesagi", "Tapis Gunung Betung", "Tapis Sai Bumi",
    "Sanggar Tapis Kenanga", "Tapis Limau Kunci", "Tapis Cahaya Metro", "Tapis Putri Pesisir", "Tapis Gedung Meneng",
    "Tapis Sekala Brak",
]  # fmt: skip
MACHINERY_IKM = [
    "Bengkel Alsintan Tani Jaya",
    "CV Mesin Kopi Robusta Lampung",
    "Las Karya Natar",
    "Teknik Pertanian Sukadana",
]

TAPIS_PRODUCTS = [
    ("Kain tapis motif pucuk rebung", "kain tapis tenun benang emas motif pucuk rebung, ukuran 2 m", "tekstil", "lembar", 1_750_000),
    ("Seminar kit tas tapis", "tas seminar kit berhias tapis, isi map, notes dan pena", "seminar kit", "paket", 185_000),
    ("Souvenir gantungan kunci tapis", "cenderamata gantungan kunci motif tapis untuk tamu", "souvenir", "buah", 25_000),
    ("Hiasan dinding tapis bingkai kayu", "dekorasi rumah hiasan dinding kain tapis dengan bingkai", "dekorasi rumah", "buah", 650_000),
    ("Taplak meja sulam usus", "taplak meja sulam usus khas Lampung", "dekorasi rumah", "lembar", 350_000),
    ("Goodie bag batik tapis", "goodie bag kain bermotif tapis untuk acara dan seminar", "seminar kit", "buah", 75_000),
    ("Map seminar motif tapis", "map folder seminar bermotif tapis Lampung", "seminar kit", "buah", 45_000),
    ("Peci tapis", "peci hitam dengan aksen tapis untuk seragam adat", "souvenir", "buah", 150_000),
]  # fmt: skip
MACHINERY_PRODUCTS = [
    ("Traktor tangan (hand tractor) 8,5 HP", "alsintan traktor roda dua untuk olah tanah sawah", "alat dan mesin pertanian", "unit", 28_500_000),
    ("Mesin perontok padi (power thresher)", "mesin perontok gabah bermesin diesel", "alat dan mesin pertanian", "unit", 17_000_000),
    ("Mesin pengupas kopi (huller)", "mesin pengupas kopi robusta kapasitas 300 kg/jam", "mesin pengolahan", "unit", 22_000_000),
    ("Mesin pencacah rumput (chopper)", "mesin pencacah hijauan pakan ternak", "alat dan mesin pertanian", "unit", 9_500_000),
    ("Pompa air irigasi 3 inci", "pompa air untuk irigasi sawah, mesin bensin", "alat dan mesin pertanian", "unit", 4_200_000),
]  # fmt: skip

BUYERS = [
    ("perangkat_daerah", "Dinas Perindustrian dan Perdagangan Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Pariwisata dan Ekonomi Kreatif Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Tanaman Pangan dan Hortikultura Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Perkebunan Provinsi Lampung", "18"),
    ("perangkat_daerah", "Biro Umum Sekretariat Daerah Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung", "18"),
    ("perangkat_daerah", "Badan Pengelola Keuangan dan Aset Daerah Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Koperasi dan UKM Provinsi Lampung", "18"),
    ("perangkat_daerah", "Dinas Pertanian Kabupaten Lampung Tengah", "18.02"),
    ("perangkat_daerah", "Dinas Pertanian Kabupaten Lampung Timur", "18.07"),
    ("perangkat_daerah", "Dinas Pariwisata Kota Bandar Lampung", "18.71"),
    ("perangkat_daerah", "Sekretariat DPRD Kota Metro", "18.72"),
    ("instansi_vertikal", "Badan Pusat Statistik Provinsi Lampung", "18.71"),
    ("instansi_vertikal", "Kantor Wilayah Kementerian Agama Provinsi Lampung", "18.71"),
    ("instansi_vertikal", "Balai Pengkajian Teknologi Pertanian Lampung", "18.71"),
    ("instansi_vertikal", "Kantor Wilayah DJP Bengkulu dan Lampung", "18.71"),
    ("bumn", "PT Perkebunan Nusantara VII", "18.71"),
    ("bumn", "PT Bukit Asam Unit Pelabuhan Tarahan", "18.71"),
    ("bumn", "PT Pelabuhan Indonesia Cabang Panjang", "18.71"),
    ("bumd", "PT Bank Pembangunan Daerah Lampung", "18.71"),
    ("bumd", "PT Lampung Jasa Utama", "18.71"),
    ("bumd", "Perumda Way Rilau Kota Bandar Lampung", "18.71"),
]  # fmt: skip

P3DN_PACKAGE_NAMES = [
    "Belanja cenderamata kain tapis untuk tamu daerah", "Pengadaan seminar kit kegiatan rapat koordinasi",
    "Belanja souvenir khas Lampung untuk delegasi", "Pengadaan goodie bag dan map seminar bermotif tapis",
    "Belanja hiasan dinding tapis untuk ruang kantor", "Pengadaan traktor tangan untuk kelompok tani",
    "Belanja alsintan mesin perontok padi", "Pengadaan mesin pengupas kopi robusta untuk kelompok tani",
    "Belanja pakaian adat dan peci tapis untuk upacara", "Pengadaan pompa air irigasi untuk petani",
]  # fmt: skip
OTHER_PACKAGE_NAMES = [
    "Belanja alat tulis kantor", "Belanja bahan komputer dan tinta printer", "Belanja makanan dan minuman rapat",
    "Pengadaan laptop untuk operasional", "Belanja bahan bakar minyak kendaraan dinas", "Belanja cetak dan penggandaan",
    "Pengadaan meja dan kursi kerja", "Belanja obat-obatan dan bahan medis habis pakai",
    "Pengadaan pendingin ruangan (AC)", "Belanja suku cadang kendaraan dinas", "Belanja bahan bangunan pemeliharaan gedung",
    "Pengadaan seragam dinas harian",
]  # fmt: skip


@dataclass
class DemoData:
    suppliers: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)
    buyers: list[dict[str, Any]] = field(default_factory=list)
    needs: list[dict[str, Any]] = field(default_factory=list)


def _split(total: int, parts: int, rng: random.Random, unit: int = 1_000) -> list[int]:
    """`parts` positive amounts, multiples of `unit`, summing exactly to `total` (itself a multiple of unit)."""
    weights = [rng.lognormvariate(0, 0.9) for _ in range(parts)]
    scale = total / sum(weights)
    amounts = [max(unit, int(w * scale) // unit * unit) for w in weights]
    amounts[-1] += total - sum(amounts)
    return amounts


def lampung_demo(seed: int = SEED) -> DemoData:
    rng = random.Random(seed)
    regencies = list(LAMPUNG_REGENCIES)
    data = DemoData()
    for index, (name, products, kbli) in enumerate(
        [(n, TAPIS_PRODUCTS, "13912") for n in TAPIS_IKM] + [(n, MACHINERY_PRODUCTS, "28210") for n in MACHINERY_IKM]
    ):
        nib = f"{9120000000000 + index * 7919:013d}"
        slug = name.lower().replace(" ", "")[:20]
        data.suppliers.append({
            "nib": nib, "name": name, "kbli": [kbli], "region_code": rng.choice(regencies),
            "scale": rng.choice(["mikro", "kecil", "kecil", "menengah"]), "is_cooperative": index % 7 == 3,
            "contact_name": f"Pengelola {name}", "email": f"{slug}@ikm-lampung.example.id",
            "address": "Provinsi Lampung",
        })  # fmt: skip
        for number, (product, description, category, unit, price) in enumerate(
            rng.sample(products, k=min(4, len(products)))
        ):
            ekatalog_id = str(PRODUCT_BASE + (index + 1) * 100 + number + 1)
            data.products.append({
                "supplier_nib": nib, "sku": ekatalog_id, "ekatalog_product_id": ekatalog_id, "name": product, "description": description,
                "category": category, "unit": unit, "price_idr": price // 1000 * 1000 + rng.randrange(0, 20) * 1000,
                "monthly_capacity": rng.choice([50, 100, 200, 500]) if price < 1_000_000 else rng.choice([2, 4, 8]),
                "tkdn_percent": round(rng.uniform(40, 85), 2),
            })  # fmt: skip
    for index, (kind, name, region) in enumerate(BUYERS):
        data.buyers.append({
            "satker_code": str(SATKER_BASE + index + 1), "kind": kind, "name": name,
            "region_code": region if region != "18" else "18.71",
            "email": f"pengadaan{index + 1:02d}@instansi-lampung.example.id",
        })  # fmt: skip
    p3dn = _split(P3DN_POTENTIAL, P3DN_PACKAGES, rng)
    others = _split(TOTAL_PAGU - P3DN_POTENTIAL, PACKAGE_COUNT - P3DN_PACKAGES, rng)
    amounts = [(a, True) for a in p3dn] + [(a, False) for a in others]
    for index, (pagu, is_p3dn) in enumerate(amounts):
        buyer = data.buyers[index % len(data.buyers)]
        name = rng.choice(P3DN_PACKAGE_NAMES if is_p3dn else OTHER_PACKAGE_NAMES)
        data.needs.append({
            "kode_rup": f"{40_000_000 + index}", "satker_code": buyer["satker_code"], "package_name": name,
            "pagu_idr": pagu, "procurement_method": "e_purchasing", "procurement_type": "barang",
            "funding_source": "APBD", "fiscal_year": FISCAL_YEAR, "region_code": buyer["region_code"],
            "is_pdn": True, "is_umk": pagu <= 15_000_000_000, "specification": name,
        })  # fmt: skip
    return data


# ---- the data set as LKPP publishes it (real ISB field names; mapping in services/registry/README.md) -----
#
# Packages as RUP-PaketPenyedia-Terumumkan with their RUP-PaketPenyediaLokasi and RUP-PaketAnggaranPenyedia
# rows, products as Ecat-ProdukDetail (regional prices as a JSON string, supplier by name) and the IKM as
# Ecat-PenyediaDetail. Region ids in the master rows are our own (renumbered), their names are real.

_KLPD = {  # buyer kind -> (kd_klpd, nama_klpd, jenis_klpd) of our made-up KLPD codes
    "provinsi": ("D180", "Provinsi Lampung", "PROVINSI"),
    "instansi_vertikal": ("L900", "Instansi Vertikal di Lampung", "LEMBAGA"),
    "bumn": ("B900", "BUMN di Lampung", "BUMN"),
    "bumd": ("B180", "BUMD Provinsi Lampung", "BUMD"),
}
_METHOD_LABELS = {"e_purchasing": ("E-Purchasing", 9), "pengadaan_langsung": ("Pengadaan Langsung", 8),
                  "tender": ("Tender", 13)}  # fmt: skip
_TYPE_LABELS = {"barang": ("Barang", "1"), "jasa_lainnya": ("Jasa Lainnya", "4")}
SIRUP_PROVINCE_ID, EKATALOG_PROVINCE_ID = 8, 10


def _sirup_regency_id(code: str) -> int:
    return 20_000 + int(code.replace(".", ""))


def _ekatalog_regency_id(code: str) -> int:
    return 1_000 + int(code.replace(".", ""))


def _klpd(buyer: dict[str, Any]) -> tuple[str, str, str]:
    """The KLPD a demo buyer belongs to: its kabupaten/kota for a regency office, else by kind."""
    if buyer["kind"] == "perangkat_daerah" and ("Kabupaten" in buyer["name"] or "Kota " in buyer["name"]):
        name = LAMPUNG_REGENCIES[buyer["region_code"]]
        kab = name.startswith("Kabupaten")
        short = name.replace("Kabupaten ", "Kab. ")
        return f"D{buyer['region_code'].replace('.', '')}", short, "KABUPATEN" if kab else "KOTA"
    return _KLPD["provinsi" if buyer["kind"] == "perangkat_daerah" else buyer["kind"]]


def need_to_package_row(need: dict[str, Any], buyer: dict[str, Any]) -> dict[str, Any]:
    """A need as SIRUP publishes it in RUP-PaketPenyedia-Terumumkan (no location: see need_location_row)."""
    kd_klpd, nama_klpd, jenis_klpd = _klpd(buyer)
    method, method_code = _METHOD_LABELS[need["procurement_method"]]
    kind, kind_code = _TYPE_LABELS[need["procurement_type"]]
    start = need.get("selection_start") or f"{need['fiscal_year']}-01-01"
    return {
        "tahun_anggaran": need["fiscal_year"], "kd_klpd": kd_klpd, "nama_klpd": nama_klpd, "jenis_klpd": jenis_klpd,
        "kd_satker": int(need["satker_code"]), "kd_satker_str": f"1.{need['satker_code'][-3:]}.0.00.0.00.01.0000",
        "nama_satker": buyer["name"].upper(), "kd_rup": int(need["kode_rup"]), "nama_paket": need["package_name"],
        "pagu": need["pagu_idr"], "kd_metode_pengadaan": method_code, "metode_pengadaan": method,
        "kd_jenis_pengadaan": kind_code, "jenis_pengadaan": kind, "status_pradipa": "Non-PraDIPA",
        "status_pdn": "PDN" if need["is_pdn"] else "Non PDN", "status_ukm": "UKM" if need["is_umk"] else "Non UKM",
        "alasan_non_ukm": None if need["is_umk"] else "Nilai paket di atas Rp15 miliar",
        "status_konsolidasi": "Non-Konsolidasi", "tipe_paket": "Penyedia", "kd_rup_swakelola": None,
        "kd_rup_lokal": None, "volume_pekerjaan": need.get("volume_text") or "",
        "urarian_pekerjaan": need["specification"], "spesifikasi_pekerjaan": "",
        "tgl_awal_pemilihan": start, "tgl_akhir_pemilihan": need.get("selection_end") or start,
        "tgl_awal_kontrak": start, "tgl_akhir_kontrak": f"{need['fiscal_year']}-12-01",
        "tgl_awal_pemanfaatan": start, "tgl_akhir_pemanfaatan": f"{need['fiscal_year']}-12-01",
        "tgl_buat_paket": f"{need['fiscal_year'] - 1}-12-16", "tgl_pengumuman_paket": f"{start} 09:00:00",
        "status_aktif_rup": True, "status_delete_rup": False, "status_umumkan_rup": "Terumumkan",
        "status_dikecualikan": False, "_event_date": f"{need['fiscal_year']}-05-11",
    }  # fmt: skip


def need_location_row(need: dict[str, Any], buyer: dict[str, Any]) -> dict[str, Any]:
    """A need's location as RUP-PaketPenyediaLokasi lists it (SIRUP's naming: "Bandar Lampung (Kota)")."""
    kd_klpd, nama_klpd, jenis_klpd = _klpd(buyer)
    name = LAMPUNG_REGENCIES[need["region_code"]]
    sirup_name = (
        f"{name.removeprefix('Kabupaten ').removeprefix('Kota ')} ({'Kab.' if name.startswith('Kab') else 'Kota'})"
    )
    return {
        "tahun_anggaran": need["fiscal_year"], "kd_klpd": kd_klpd, "nama_klpd": nama_klpd, "jenis_klpd": jenis_klpd,
        "kd_satker": int(need["satker_code"]), "kd_satker_str": f"1.{need['satker_code'][-3:]}.0.00.0.00.01.0000",
        "nama_satker": buyer["name"].upper(), "kd_rup": int(need["kode_rup"]), "detail_lokasi": buyer["name"],
        "kd_kab_kota": _sirup_regency_id(need["region_code"]), "kab_kota": sirup_name,
        "kd_provinsi": SIRUP_PROVINCE_ID, "provinsi": "Lampung", "_event_date": f"{need['fiscal_year']}-05-11",
    }  # fmt: skip


def need_budget_row(need: dict[str, Any], buyer: dict[str, Any]) -> dict[str, Any]:
    """A need's budget line as RUP-PaketAnggaranPenyedia lists it."""
    kd_klpd, nama_klpd, jenis_klpd = _klpd(buyer)
    return {
        "tahun_anggaran": need["fiscal_year"], "kd_klpd": kd_klpd, "nama_klpd": nama_klpd, "jenis_klpd": jenis_klpd,
        "kd_satker": int(need["satker_code"]), "nama_satker": buyer["name"].upper(), "kd_rup": int(need["kode_rup"]),
        "pagu": need["pagu_idr"], "mak": "3.30.05.2.01.0002.5.1.02.01.01.0024.", "sumber_dana": need["funding_source"],
        "asal_dana": kd_klpd, "tahun_anggaran_dana": need["fiscal_year"], "status_aktif_rup": True,
        "status_delete_rup": False, "status_umumkan_rup": "Terumumkan", "_event_date": f"{need['fiscal_year']}-05-11",
    }  # fmt: skip


def product_to_catalog_row(product: dict[str, Any], supplier_name: str) -> dict[str, Any]:
    """A product as Ecat-ProdukDetail lists it: its supplier by name, its price per Lampung kab/kota as a JSON
    string. ISB's ProdukDetail has no description; the demo adds e-katalog's product text as `deskripsi`."""
    prices = [
        {"harga_utama": 0.0, "ongkos_kirim": 0.0, "harga": product["price_idr"], "provinsiId": EKATALOG_PROVINCE_ID,
         "kabupatenId": _ekatalog_regency_id(code)}
        for code in sorted(LAMPUNG_REGENCIES)
    ]  # fmt: skip
    tkdn = product.get("tkdn_percent")
    return {
        "kd_produk": int(product["ekatalog_product_id"]), "no_kontrak": "LPG-2023-01", "nama_penyedia": supplier_name,
        "no_produk": f"{product['ekatalog_product_id']}-LPG", "nama_manufaktur": None, "nama_produk": product["name"],
        "nama_kategori_terkecil": product["category"], "nama_sub_kategori_1": None, "nama_sub_kategori_2": None,
        "nama_sub_kategori_3": None, "nama_sub_kategori_4": None, "harga": json.dumps(prices, separators=(",", ":")),
        "nama_komoditas": None, "deskripsi": product["description"], "jumlah_stok": 0.0,
        "berlaku_sampai": "2025-06-30", "unit_pengukuran": product["unit"], "jenis_produk": "lokal",
        "kbki_id": product.get("kbki_code") or None, "nomor_tkdn": product.get("tkdn_certificate") or "",
        "tkdn_produk": "" if tkdn is None else f"{tkdn:.2f}", "nilai_bmp": product.get("bmp_percent") or "",
        "active": 1, "status": "tayang", "status_tayang": "tayang", "apakah_dapat_dibeli": "ya",
    }  # fmt: skip


def supplier_to_catalog_row(supplier: dict[str, Any], vendor_id: int) -> dict[str, Any]:
    """An IKM as Ecat-PenyediaDetail lists it (the IKM also registered itself with its NIB)."""
    return {
        "kd_penyedia": vendor_id, "nama_penyedia": supplier["name"], "kode_penyedia_sikap": vendor_id + 2_000_000,
        "penyedia_ukm": "UKM" if supplier["scale"] in ("mikro", "kecil") else "Non UKM",
        "alamat_penyedia": supplier["address"], "email_penyedia": supplier.get("email"),
        "no_telp_penyedia": None, "npwp_penyedia": None, "npwp_16": None, "kbli2020_penyedia": None,
    }  # fmt: skip


def region_master_rows() -> dict[str, list[dict[str, Any]]]:
    """Lampung under our own SIRUP / e-katalog region ids, named the way each system names regions."""
    regencies = sorted(LAMPUNG_REGENCIES.items())
    return {
        "Ecat-MasterProvinsi": [{"kd_provinsi": EKATALOG_PROVINCE_ID, "nama_provinsi": "Lampung"}],
        "Ecat-MasterKabKota": [
            {"kd_kabupaten": _ekatalog_regency_id(code), "kd_provinsi": EKATALOG_PROVINCE_ID, "nama_kabupaten": name}
            for code, name in regencies
        ],
    }


DEMO_DATASETS = (
    "Ecat-MasterProvinsi", "Ecat-MasterKabKota", "Ecat-PenyediaDetail", "Ecat-ProdukDetail",
    "RUP-PaketPenyediaLokasi", "RUP-PaketAnggaranPenyedia", "RUP-PaketPenyedia-Terumumkan",
)  # fmt: skip
"""In the order the demo imports them: region ids before prices, a package's parts before the package."""


def write_rows(path: Path, rows: Iterable[dict[str, Any]], columns: list[str] | None = None) -> int:
    """Stream rows to a .csv (header + rows, strings quoted as ISB's CSV exports are) or .json (an array,
    written item by item) file; returns the count. CSV columns: `columns`, else the first row's keys."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix == ".csv":
            writer: csv.DictWriter[str] | None = None
            for row in rows:
                if writer is None:
                    writer = csv.DictWriter(handle, fieldnames=columns or list(row), quoting=csv.QUOTE_NONNUMERIC)
                    writer.writeheader()
                writer.writerow({key: "" if value is None else value for key, value in row.items()})
                count += 1
            return count
        handle.write("[")
        for row in rows:
            handle.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    return count


def lampung_feed_rows(data: DemoData) -> dict[str, list[dict[str, Any]]]:
    """Every dataset of the demo, as rows in LKPP's shape."""
    buyers = {buyer["satker_code"]: buyer for buyer in data.buyers}
    names = {supplier["nib"]: supplier["name"] for supplier in data.suppliers}
    return {
        **region_master_rows(),
        "Ecat-PenyediaDetail": [supplier_to_catalog_row(s, 700_000 + i) for i, s in enumerate(data.suppliers)],
        "Ecat-ProdukDetail": [product_to_catalog_row(p, names[p["supplier_nib"]]) for p in data.products],
        "RUP-PaketPenyediaLokasi": [need_location_row(n, buyers[n["satker_code"]]) for n in data.needs],
        "RUP-PaketAnggaranPenyedia": [need_budget_row(n, buyers[n["satker_code"]]) for n in data.needs],
        "RUP-PaketPenyedia-Terumumkan": [need_to_package_row(n, buyers[n["satker_code"]]) for n in data.needs],
    }


def write_lampung_feeds(directory: Path, file_format: str = "json", seed: int = SEED) -> dict[str, Path]:
    """The Lampung data set as files named as ISB saves them (`RUP-PaketPenyedia-Terumumkan.json`, ...), one
    per dataset in DEMO_DATASETS, plus `suppliers.json` and `buyers.json`: the API bodies of the IKM and the
    buyers, who register themselves (with NIB, contact email) before their catalog and RUP rows arrive."""
    data = lampung_demo(seed)
    paths: dict[str, Path] = {}
    for name, rows in lampung_feed_rows(data).items():
        paths[name] = directory / f"{name}.{file_format}"
        write_rows(paths[name], rows)
    paths["suppliers"] = directory / "suppliers.json"
    paths["buyers"] = directory / "buyers.json"
    paths["suppliers"].write_text(json.dumps(data.suppliers, ensure_ascii=False, indent=1))
    paths["buyers"].write_text(json.dumps(data.buyers, ensure_ascii=False, indent=1))
    return paths


# ---- rows for benchmarks that build events directly (matcher, reporting): clear, not LKPP's shape ----------

_WORDS = ["tapis", "sulam usus", "kopi robusta", "keripik pisang", "anyaman", "batik", "alsintan", "traktor",
          "pompa air", "seminar kit", "souvenir", "meja kayu", "seragam", "tas kulit", "madu hutan", "gula aren"]  # fmt: skip


def scaled_suppliers(count: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    regencies = sorted(LAMPUNG_REGENCIES)
    for index in range(count):
        yield {
            "nib": f"{8100000000000 + index:013d}", "name": f"IKM Lampung {index + 1}", "kbli": ["13912"],
            "region_code": rng.choice(regencies), "scale": rng.choice(["mikro", "kecil", "menengah"]),
        }  # fmt: skip


def scaled_products(count: int, suppliers: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """e-katalog rows for `count` products spread over `suppliers` scaled suppliers."""
    rng = random.Random(seed + 1)
    for index in range(count):
        word = rng.choice(_WORDS)
        yield {
            "kd_produk": f"BEN-{index:08d}", "nib_penyedia": f"{8100000000000 + index % suppliers:013d}",
            "nama_produk": f"{word.title()} tipe {index % 97}", "deskripsi": f"produk {word} buatan IKM Lampung",
            "nama_kategori": word, "kbki": "", "satuan": "unit", "harga": rng.randrange(10, 50_000) * 1000,
            "kapasitas_bulanan": rng.choice([10, 50, 200]), "nilai_tkdn": round(rng.uniform(25, 90), 2),
            "nilai_bmp": "", "no_sertifikat_tkdn": "",
        }  # fmt: skip


def scaled_needs(count: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    """SIRUP rows for `count` RUP packages."""
    rng = random.Random(seed + 2)
    regencies = sorted(LAMPUNG_REGENCIES)
    for index in range(count):
        word = rng.choice(_WORDS)
        pagu = rng.randrange(5, 20_000) * 1_000_000
        yield {
            "kd_rup": str(50_000_000 + index), "nama_paket": f"Belanja {word} untuk kegiatan {index % 301}",
            "pagu": pagu, "kd_satker": f"18.{index % 600:03d}", "metode_pengadaan": "E-Purchasing",
            "jenis_pengadaan": "Barang", "sumber_dana": "APBD", "tahun_anggaran": FISCAL_YEAR,
            "kd_lokasi": rng.choice(regencies), "status_pdn": "PDN",
            "status_ukm": "UKM" if pagu <= 15_000_000_000 else "Non UKM", "uraian_pekerjaan": f"pengadaan {word}",
            "volume_pekerjaan": rng.randrange(1, 500), "satuan": "unit", "tgl_awal_pemilihan": "",
            "tgl_akhir_pemilihan": "",
        }  # fmt: skip


# ---- scalable mode in LKPP's shape (the import benchmark, `padan registry scaled-demo`) ---------------------


def scaled_packages(count: int, seed: int = SEED) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """`count` RUP packages as (RUP-PaketPenyedia-Terumumkan row, its RUP-PaketPenyediaLokasi row), over 600
    satker of Lampung's pemda, with SIRUP's quirks: pagu as a float now and then, free-text volumes,
    integer ids, nulls."""
    rng = random.Random(seed + 3)
    regencies = sorted(LAMPUNG_REGENCIES)
    volumes = ["1 Paket", "6133 Lembar", "30 Orang / Kali", "12 Bulan", "250 Buah", "1 Tahun", ""]
    for index in range(count):
        word = rng.choice(_WORDS)
        region = regencies[index % 600 % len(regencies)]
        satker = SATKER_BASE + 1_000 + index % 600
        buyer = {"kind": "perangkat_daerah", "name": f"Dinas {word.title()} {LAMPUNG_REGENCIES[region]}",
                 "region_code": region}  # fmt: skip
        pagu = rng.randrange(5, 20_000) * 1_000_000
        need = {
            "kode_rup": str(50_000_000 + index), "satker_code": str(satker), "package_name":
            f"Belanja {word} untuk kegiatan {index % 301}", "pagu_idr": pagu, "procurement_method": "e_purchasing",
            "procurement_type": "barang", "fiscal_year": 2025, "region_code": region, "is_pdn": True,
            "is_umk": pagu <= 15_000_000_000, "specification": f"pengadaan {word}", "funding_source": "APBD",
            "volume_text": rng.choice(volumes),
        }  # fmt: skip
        row = need_to_package_row(need, buyer)
        if index % 7 == 0:
            row["pagu"] = float(pagu)  # ISB's JSON has "pagu": 79691100.0 now and then
        yield row, need_location_row(need, buyer)


def scaled_catalog(
    count: int, suppliers: int, seed: int = SEED
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """`count` e-katalog products (Ecat-ProdukDetail) over `suppliers` suppliers, each product with the
    supplier's Ecat-PenyediaDetail row the first time it appears (None after)."""
    rng = random.Random(seed + 4)
    seen: set[int] = set()
    for index in range(count):
        word = rng.choice(_WORDS)
        vendor = index % suppliers
        supplier = {"name": f"CV IKM Lampung {vendor + 1}", "scale": rng.choice(["mikro", "kecil", "menengah"]),
                    "address": f"Jl. Raya {vendor + 1}, {rng.choice(list(LAMPUNG_REGENCIES.values()))}"}  # fmt: skip
        product = {
            "ekatalog_product_id": str(PRODUCT_BASE + 1_000_000 + index), "name": f"{word.title()} tipe {index % 97}",
            "description": f"produk {word} buatan IKM Lampung", "category": word, "unit": "unit",
            "price_idr": rng.randrange(10, 50_000) * 1000, "tkdn_percent": round(rng.uniform(25, 90), 2),
        }  # fmt: skip
        first = vendor not in seen
        seen.add(vendor)
        yield (
            product_to_catalog_row(product, supplier["name"]),
            (supplier_to_catalog_row(supplier, 800_000 + vendor) if first else None),
        )


def write_scaled_feeds(directory: Path, products: int, needs: int, file_format: str = "json") -> dict[str, Path]:
    """Scalable mode as files (streamed, any size up to millions), named as ISB saves them, in import order:
    the e-katalog region masters, `Ecat-PenyediaDetail` (one supplier per 50 products),
    `Ecat-ProdukDetail`, `RUP-PaketPenyediaLokasi` and `RUP-PaketPenyedia-Terumumkan` (`needs` packages)."""
    names = ("Ecat-MasterProvinsi", "Ecat-MasterKabKota", "Ecat-PenyediaDetail", "Ecat-ProdukDetail",
             "RUP-PaketPenyediaLokasi", "RUP-PaketPenyedia-Terumumkan")  # fmt: skip
    paths = {name: directory / f"{name}.{file_format}" for name in names}
    for name, rows in region_master_rows().items():
        write_rows(paths[name], rows)
    supplier_count = max(1, products // 50)
    write_rows(paths["Ecat-PenyediaDetail"], (s for _, s in scaled_catalog(products, supplier_count) if s))
    write_rows(paths["Ecat-ProdukDetail"], (p for p, _ in scaled_catalog(products, supplier_count)))
    write_rows(paths["RUP-PaketPenyediaLokasi"], (location for _, location in scaled_packages(needs)))
    write_rows(paths["RUP-PaketPenyedia-Terumumkan"], (package for package, _ in scaled_packages(needs)))
    return paths


# ---- loading into a running registry ---------------------------------------------------------------------


async def _wait_for_run(client: httpx.AsyncClient, run_id: str, timeout: float) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        response = await client.get(f"/api/v1/imports/{run_id}")
        response.raise_for_status()
        run: dict[str, Any] = response.json()
        if run["status"] in ("completed", "failed"):
            return run
        if loop.time() > deadline:
            raise TimeoutError(f"import {run_id} still {run['status']} after {timeout:.0f} s")
        await asyncio.sleep(0.25)


async def load_lampung_demo(base_url: str, api_key: str, concurrency: int = 8, timeout: float = 300) -> dict[str, int]:
    """Load the data set into a running registry: the IKM and buyers register through the JSON API, then
    every LKPP dataset goes through the import endpoint (JSON for e-katalog, CSV for SIRUP, as ISB serves
    both). Idempotent: a second load changes nothing. Returns the rows loaded per kind."""
    import tempfile

    data = lampung_demo()
    limit = asyncio.Semaphore(concurrency)
    # Generous timeouts: right after a load the outbox relay shares the store with these requests.
    async with httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": api_key}, timeout=timeout) as client:

        async def post(path: str, body: dict[str, Any]) -> None:
            async with limit:
                response = await client.post(path, json=body)
                response.raise_for_status()

        await asyncio.gather(*(post("/api/v1/suppliers", row) for row in data.suppliers))
        await asyncio.gather(*(post("/api/v1/buyers", row) for row in data.buyers))
        counts = {"suppliers": len(data.suppliers), "buyers": len(data.buyers)}
        with tempfile.TemporaryDirectory(prefix="padan-demo-") as directory:
            for name, rows in lampung_feed_rows(data).items():
                path = Path(directory) / f"{name}.{'csv' if name.startswith('RUP') else 'json'}"
                write_rows(path, rows)
            for name in DEMO_DATASETS:
                path = next(Path(directory).glob(f"{name}.*"))
                response = await client.post(
                    "/api/v1/imports", params={"dataset": name}, files={"file": (path.name, path.read_bytes())}
                )
                response.raise_for_status()
                run = await _wait_for_run(client, response.json()["run_id"], timeout)
                if run["status"] != "completed" or run["rejected"]:
                    raise RuntimeError(f"demo import of {name} did not complete cleanly: {run}")
                if name == "Ecat-ProdukDetail":
                    counts["products"] = int(run["accepted"]) + int(run["unchanged"])
                if name == "RUP-PaketPenyedia-Terumumkan":
                    counts["needs"] = int(run["accepted"]) + int(run["unchanged"])
    return {name: counts[name] for name in ("suppliers", "products", "buyers", "needs")}
