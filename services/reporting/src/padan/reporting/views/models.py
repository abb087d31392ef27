"""What the dashboard, the API and the exports show (the API's OpenAPI schema is generated from these)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, Field

from padan.reporting.domain.funnel import derived
from padan.reporting.domain.product_groups import ProductGroup
from padan.shared.vocabulary import BuyerKind

BUYER_KIND_LABELS: dict[str, str] = {
    BuyerKind.PERANGKAT_DAERAH: "Perangkat daerah",
    BuyerKind.INSTANSI_VERTIKAL: "Instansi vertikal",
    BuyerKind.BUMN: "BUMN",
    BuyerKind.BUMD: "BUMD",
}
UNKNOWN_KIND = "belum_terdaftar"
#: A match's or deal's status as the package page shows it (the matcher's pages use the same words).
STATUS_LABELS: dict[str, str] = {
    "proposed": "Diusulkan",
    "viewed": "Sudah dilihat",
    "interested": "Ada minat",
    "meeting": "Sudah bertemu",
    "deal_agreed": "Sepakat",
    "agreed": "Disepakati, menunggu kontrak",
    "contracted": "Kontrak tercatat",
    "declined": "Ditolak",
    "cancelled": "Dibatalkan",
}
UMK_TARGET = 0.40  # Inpres 2/2022: at least 40% of spend on UMK and cooperative products


class Filters(BaseModel):
    fiscal_year: int | None = Field(default=None, description="Tahun anggaran")
    region_code: str | None = Field(default=None, description="Kode kabupaten/kota Kemendagri, mis. 18.71")
    buyer_kind: BuyerKind | None = Field(default=None, description="Jenis pembeli")
    group: ProductGroup | None = Field(default=None, description="Kelompok produk")


class Figures(BaseModel):
    """Sums over the packages (RUP) in view. Money in Rupiah; shares 0..1; TKDN in percent."""

    needs: int = Field(description="Paket RUP")
    pagu: int = Field(description="Potensi belanja: pagu paket (Rp)")
    matched_needs: int
    matched_pagu: int = Field(description="Pagu paket yang punya kecocokan (Rp)")
    negotiation_needs: int
    negotiation_pagu: int = Field(description="Pagu paket dalam negosiasi atau lebih jauh (Rp)")
    agreed_needs: int
    agreed_pagu: int
    contracted_needs: int
    contracted_pagu: int
    matches: int = Field(description="Kecocokan aktif (bukan ditolak/batal)")
    agreed_deals: int
    agreed_value: int = Field(description="Nilai kesepakatan belum kontrak (Rp)")
    contracted_deals: int
    contracted_value: int = Field(description="Nilai kontrak (Rp)")
    umk_value: int = Field(description="Nilai kontrak dengan UMK atau koperasi (Rp)")
    cooperative_value: int
    tkdn_known_value: int = Field(description="Nilai kontrak yang TKDN-nya diketahui (Rp)")
    domestic_value: int = Field(description="Bagian dalam negeri: nilai x TKDN (Rp)")
    tkdn40_value: int = Field(description="Nilai kontrak dengan TKDN >= 40% (Rp)")
    matched_share: float | None = None
    contracted_share: float | None = None
    umk_share: float | None = Field(default=None, description="Porsi UMK & koperasi dari nilai kontrak")
    tkdn_average: float | None = Field(default=None, description="Rata-rata TKDN tertimbang nilai (%)")
    tkdn40_share: float | None = None

    @classmethod
    def of(cls, vector: Mapping[str, int]) -> Figures:
        return cls.model_validate({**vector, **derived(vector)})


class Row(BaseModel):
    key: str
    label: str
    kind: str | None = None
    figures: Figures


class StageFigures(BaseModel):
    """The packages whose furthest stage is this one (each package in exactly one stage)."""

    stage: int = Field(description="0 belum cocok, 1 cocok, 2 negosiasi, 3 sepakat, 4 kontrak")
    label: str
    needs: int
    pagu: int


class Headline(BaseModel):
    """The seed's P3DN potential: the pagu of the packages in the tapis, souvenir/seminar-kit and machinery
    groups, out of all packages in view."""

    groups: list[str] = Field(description="Kelompok produk P3DN yang dijumlahkan")
    needs: int
    pagu: int
    all_needs: int
    all_pagu: int


class SupplierFigures(BaseModel):
    suppliers: int = Field(description="Penyedia terdaftar")
    umk_suppliers: int
    reached: int = Field(description="Penyedia yang pernah dicocokkan")
    never_reached: int
    negotiating: int
    with_deal: int
    contracted: int
    contracted_value: int


class SupplierRegionRow(BaseModel):
    region_code: str
    label: str
    figures: SupplierFigures


class MatchingEventRow(BaseModel):
    matching_event_id: str
    meetings: int
    by_status: dict[str, int]
    suppliers: int
    buyers: int
    agreed_deals: int
    agreed_value: int
    contracted_deals: int
    contracted_value: int


class Option(BaseModel):
    value: str
    label: str


class Options(BaseModel):
    years: list[int]
    regions: list[Option]
    buyer_kinds: list[Option]
    groups: list[Option]


class Dashboard(BaseModel):
    filters: Filters
    options: Options
    totals: Figures
    headline: Headline | None = None
    funnel: list[StageFigures] = Field(default_factory=list, description="Paket per tahap terjauh (berjumlah total)")
    umk_target: float = UMK_TARGET
    by_group: list[Row]
    by_buyer: list[Row]
    by_region: list[Row]
    suppliers: SupplierFigures
    suppliers_by_region: list[SupplierRegionRow]
    matching_events: list[MatchingEventRow]


ColumnKind = Literal["text", "int", "year", "rupiah", "percent", "share"]


class Column(BaseModel):
    key: str
    header: str
    kind: ColumnKind = "text"


class Table(BaseModel):
    """One table of the dashboard, as shown and as exported (CSV / XLSX)."""

    name: str
    title: str
    columns: list[Column]
    rows: list[dict[str, str | int | float | None]]
    truncated: bool = False
    offset: int = Field(default=0, description="Baris pertama halaman ini (0 = awal)")
    total: int | None = Field(default=None, description="Baris seluruhnya, bila diketahui")
