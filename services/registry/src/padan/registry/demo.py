"""The Lampung business-matching data set (Business Matching P3DN, Hotel Emersia, 11 May 2023).

Deterministic: the same seed gives the same suppliers, products, buyers and RUP packages every time.
It reproduces the figures of the seed articles: 16 tapis IKM and 4 machinery / agricultural-tool IKM;
1,836 e-purchasing packages in the 2023 provincial RUP worth Rp 298,7 miliar in total, of which
Rp 23 miliar is potential spend on tapis, souvenirs / seminar kits and machinery.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
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
            data.products.append({
                "supplier_nib": nib, "sku": f"P{number + 1:02d}", "name": product, "description": description,
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


async def load_lampung_demo(base_url: str, api_key: str, concurrency: int = 8) -> dict[str, int]:
    """Load the data set into a running registry through its public API; returns what was sent."""
    data = lampung_demo()
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": api_key}, timeout=60) as client:

        async def post(path: str, body: dict[str, Any]) -> None:
            async with limit:
                response = await client.post(path, json=body)
                response.raise_for_status()

        for path, rows in (
            ("/api/v1/suppliers", data.suppliers),
            ("/api/v1/products", data.products),
            ("/api/v1/buyers", data.buyers),
            ("/api/v1/needs", data.needs),
        ):
            await asyncio.gather(*(post(path, row) for row in rows))
    return {
        "suppliers": len(data.suppliers),
        "products": len(data.products),
        "buyers": len(data.buyers),
        "needs": len(data.needs),
    }
