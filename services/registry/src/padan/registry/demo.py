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
    ("perangkat_daerah", "Dinas Pertanian Kabupaten Lampung Tengah", "18.05"),
    ("perangkat_daerah", "Dinas Pertanian Kabupaten Lampung Timur", "18.04"),
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
            ekatalog_id = f"LPG-{index + 1:02d}{number + 1:02d}"
            data.products.append({
                "supplier_nib": nib, "sku": ekatalog_id, "ekatalog_product_id": ekatalog_id, "name": product, "description": description,
                "category": category, "unit": unit, "price_idr": price // 1000 * 1000 + rng.randrange(0, 20) * 1000,
                "monthly_capacity": rng.choice([50, 100, 200, 500]) if price < 1_000_000 else rng.choice([2, 4, 8]),
                "tkdn_percent": round(rng.uniform(40, 85), 2),
            })  # fmt: skip
    for index, (kind, name, region) in enumerate(BUYERS):
        data.buyers.append({
            "satker_code": f"18.{index + 1:03d}", "kind": kind, "name": name,
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


# ---- LKPP-shaped feed files (what the importers read; mapping in services/registry/README.md) ----

RUP_COLUMNS = [
    "kd_rup", "nama_paket", "pagu", "kd_satker", "metode_pengadaan", "jenis_pengadaan", "sumber_dana",
    "tahun_anggaran", "kd_lokasi", "status_pdn", "status_ukm", "uraian_pekerjaan", "volume_pekerjaan", "satuan",
    "tgl_awal_pemilihan", "tgl_akhir_pemilihan",
]  # fmt: skip
EKATALOG_COLUMNS = [
    "kd_produk", "nib_penyedia", "nama_produk", "deskripsi", "nama_kategori", "kbki", "satuan", "harga",
    "kapasitas_bulanan", "nilai_tkdn", "nilai_bmp", "no_sertifikat_tkdn",
]  # fmt: skip
_METHOD_LABELS = {"e_purchasing": "E-Purchasing", "pengadaan_langsung": "Pengadaan Langsung", "tender": "Tender"}
_TYPE_LABELS = {"barang": "Barang", "jasa_lainnya": "Jasa Lainnya"}


def need_to_rup_row(need: dict[str, Any]) -> dict[str, Any]:
    """A need as SIRUP publishes it (field names and labels of LKPP's RUP data)."""
    return {
        "kd_rup": need["kode_rup"], "nama_paket": need["package_name"], "pagu": need["pagu_idr"],
        "kd_satker": need["satker_code"], "metode_pengadaan": _METHOD_LABELS[need["procurement_method"]],
        "jenis_pengadaan": _TYPE_LABELS[need["procurement_type"]], "sumber_dana": need["funding_source"],
        "tahun_anggaran": need["fiscal_year"], "kd_lokasi": need["region_code"],
        "status_pdn": "PDN" if need["is_pdn"] else "Non PDN", "status_ukm": "UKM" if need["is_umk"] else "Non UKM",
        "uraian_pekerjaan": need["specification"], "volume_pekerjaan": need.get("volume") or "",
        "satuan": need.get("unit") or "", "tgl_awal_pemilihan": need.get("selection_start") or "",
        "tgl_akhir_pemilihan": need.get("selection_end") or "",
    }  # fmt: skip


def product_to_ekatalog_row(product: dict[str, Any]) -> dict[str, Any]:
    """A product as the e-katalog lists it."""
    return {
        "kd_produk": product["ekatalog_product_id"], "nib_penyedia": product["supplier_nib"],
        "nama_produk": product["name"], "deskripsi": product["description"], "nama_kategori": product["category"],
        "kbki": product.get("kbki_code") or "", "satuan": product["unit"], "harga": product["price_idr"],
        "kapasitas_bulanan": product.get("monthly_capacity") or "", "nilai_tkdn": product.get("tkdn_percent") or "",
        "nilai_bmp": product.get("bmp_percent") or "", "no_sertifikat_tkdn": product.get("tkdn_certificate") or "",
    }  # fmt: skip


def write_rows(path: Path, rows: Iterable[dict[str, Any]], columns: list[str]) -> int:
    """Stream rows to a .csv (header + rows) or .json (an array, written item by item) file; returns count."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        if path.suffix == ".csv":
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
            return count
        handle.write("[")
        for row in rows:
            handle.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    return count


def write_lampung_feeds(directory: Path, file_format: str = "json", seed: int = SEED) -> dict[str, Path]:
    """The Lampung data set as files: `rup.<fmt>` (SIRUP packages), `ekatalog.<fmt>` (products), plus
    `suppliers.json` and `buyers.json` (API bodies: there is no LKPP feed of those in this shape)."""
    data = lampung_demo(seed)
    paths = {
        "rup": directory / f"rup.{file_format}",
        "ekatalog": directory / f"ekatalog.{file_format}",
        "suppliers": directory / "suppliers.json",
        "buyers": directory / "buyers.json",
    }
    write_rows(paths["rup"], (need_to_rup_row(n) for n in data.needs), RUP_COLUMNS)
    write_rows(paths["ekatalog"], (product_to_ekatalog_row(p) for p in data.products), EKATALOG_COLUMNS)
    paths["suppliers"].write_text(json.dumps(data.suppliers, ensure_ascii=False, indent=1))
    paths["buyers"].write_text(json.dumps(data.buyers, ensure_ascii=False, indent=1))
    return paths


# ---- scalable mode (benchmarks): N products, N needs, generated lazily -----------------------------------

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


def write_scaled_feeds(directory: Path, products: int, needs: int, file_format: str = "json") -> dict[str, Path]:
    """Scalable mode as files (streamed, any size up to millions): `ekatalog.<fmt>` with `products` rows over
    max(1, products // 50) suppliers, `rup.<fmt>` with `needs` packages, and `suppliers.jsonl` (API bodies of
    the suppliers the products name, one per line)."""
    supplier_count = max(1, products // 50)
    paths = {
        "ekatalog": directory / f"ekatalog.{file_format}",
        "rup": directory / f"rup.{file_format}",
        "suppliers": directory / "suppliers.jsonl",
    }
    write_rows(paths["ekatalog"], scaled_products(products, supplier_count), EKATALOG_COLUMNS)
    write_rows(paths["rup"], scaled_needs(needs), RUP_COLUMNS)
    with paths["suppliers"].open("w", encoding="utf-8") as handle:
        for supplier in scaled_suppliers(supplier_count):
            handle.write(json.dumps(supplier, ensure_ascii=False) + "\n")
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
    """Load the data set into a running registry: suppliers and buyers through the JSON API, products and RUP
    packages through the feed import endpoints (the e-katalog JSON and SIRUP CSV the generator writes).
    Idempotent: a second load changes nothing. Returns the rows loaded per kind."""
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
            paths = write_lampung_feeds(Path(directory), "json")
            rup_csv = Path(directory) / "rup.csv"
            write_rows(rup_csv, (need_to_rup_row(n) for n in data.needs), RUP_COLUMNS)
            for kind, path, name in (("ekatalog", paths["ekatalog"], "products"), ("rup", rup_csv, "needs")):
                response = await client.post(
                    "/api/v1/imports", params={"kind": kind}, files={"file": (path.name, path.read_bytes())}
                )
                response.raise_for_status()
                run = await _wait_for_run(client, response.json()["run_id"], timeout)
                if run["status"] != "completed" or run["rejected"]:
                    raise RuntimeError(f"demo import of {name} did not complete cleanly: {run}")
                counts[name] = int(run["accepted"]) + int(run["unchanged"])
    return {name: counts[name] for name in ("suppliers", "products", "buyers", "needs")}
