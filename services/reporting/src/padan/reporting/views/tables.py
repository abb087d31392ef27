"""Every table of the dashboard, in one shape (columns + rows) that the page, the CSV and the XLSX share,
so an export always says what the dashboard says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from padan.reporting.adapters.store import Document, Store
from padan.reporting.adapters.tally import Tally
from padan.reporting.domain.funnel import NEED_FIELDS, Stage, Vector, is_umk, vector_stage
from padan.reporting.domain.product_groups import ProductGroup
from padan.reporting.domain.view_models import BUYER_KIND_LABELS, Column, Dashboard, Filters, Row, Table
from padan.reporting.handlers.links import original_key
from padan.reporting.handlers.settle import NEED_CELLS
from padan.reporting.views.dashboard import buyer_directory, dashboard, in_view
from padan.shared.regions import region_name
from padan.shared.vocabulary import BusinessScale, DealStatus

DRILL_LIMIT = 500
PAGE_ROWS = 100  # rows per page of the drill-down pages (the API and the exports take `limit`)
# A drill-down into at most this many cells reads their members (16 reads by `_id` a cell) and then the packages
# shown, by `_id`; a wider one reads the packages with one query, which a store without secondary index use
# answers by reading them all (the costs: adapters/store.py). A kab/kota's packages of a year are ~300 cells.
CELL_DRILL_LIMIT = 512
FUNNEL_COLUMNS = [
    Column(key="needs", header="Paket", kind="int"),
    Column(key="pagu", header="Potensi belanja", kind="rupiah"),
    Column(key="matched_pagu", header="Cocok (pagu)", kind="rupiah"),
    Column(key="negotiation_pagu", header="Negosiasi (pagu)", kind="rupiah"),
    Column(key="agreed_value", header="Sepakat (nilai)", kind="rupiah"),
    Column(key="contracted_value", header="Kontrak (nilai)", kind="rupiah"),
    Column(key="umk_share", header="Porsi UMK & koperasi", kind="share"),
    Column(key="tkdn_average", header="TKDN rata-rata", kind="percent"),
]
TITLES = {
    "kelompok": "Potensi dan realisasi per kelompok produk",
    "pembeli": "Potensi dan realisasi per pembeli",
    "wilayah": "Potensi dan realisasi per kabupaten/kota",
    "penyedia-wilayah": "Penyedia terjangkau per kabupaten/kota",
    "temu-bisnis": "Hasil temu bisnis",
    "paket": "Paket RUP",
    "kesepakatan": "Kesepakatan dan kontrak",
    "penyedia": "Penyedia",
}
SCALE_LABELS = {s.value: s.value.capitalize() for s in BusinessScale}


class Drill(BaseModel):
    """Drill-down beyond the filters: one buyer, a stage reached (or exactly one stage), suppliers reached or
    not; and which rows: `limit` from `offset`."""

    buyer_id: str | None = None
    min_stage: int | None = Field(
        default=None, ge=0, le=4, description="0..4: semua, cocok, negosiasi, sepakat, kontrak"
    )
    stage: int | None = Field(default=None, ge=0, le=4, description="Tepat tahap ini (tahap terjauh paket)")
    reached: bool | None = Field(default=None, description="Penyedia: sudah / belum pernah dicocokkan")
    limit: int = Field(default=DRILL_LIMIT, ge=1, le=1_000_000)
    offset: int = Field(default=0, ge=0)

    def admits(self, stage: int) -> bool:
        return stage >= (self.min_stage or 0) and self.stage in (None, stage)


def _funnel_rows(rows: list[Row], with_kind: bool = False) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        figures = row.figures.model_dump()
        item: dict[str, Any] = {"key": row.key, "label": row.label}
        if with_kind:
            item["kind"] = BUYER_KIND_LABELS.get(row.kind or "", "Belum terdaftar")
        item.update({c.key: figures[c.key] for c in FUNNEL_COLUMNS})
        out.append(item)
    return out


def _supplier_rows(board: Dashboard) -> list[dict[str, Any]]:
    return [{"key": r.region_code, "label": r.label, **r.figures.model_dump()} for r in board.suppliers_by_region]


def _event_rows(board: Dashboard) -> list[dict[str, Any]]:
    return [{**e.model_dump(exclude={"by_status"}), "held": e.by_status.get("held", 0)} for e in board.matching_events]


@dataclass(frozen=True)
class DashboardTable:
    """One table of the dashboard: its columns (the page, the CSV and the XLSX show these, in this order) and
    how its rows are read from the dashboard."""

    columns: list[Column]
    rows: Callable[[Dashboard], list[dict[str, Any]]]


DASHBOARD: dict[str, DashboardTable] = {
    "kelompok": DashboardTable(
        [Column(key="label", header="Kelompok produk"), *FUNNEL_COLUMNS], lambda board: _funnel_rows(board.by_group)
    ),
    "pembeli": DashboardTable(
        [Column(key="label", header="Pembeli"), Column(key="kind", header="Jenis"), *FUNNEL_COLUMNS],
        lambda board: _funnel_rows(board.by_buyer, with_kind=True),
    ),
    "wilayah": DashboardTable(
        [Column(key="key", header="Kode"), Column(key="label", header="Kabupaten/kota"), *FUNNEL_COLUMNS],
        lambda board: _funnel_rows(board.by_region),
    ),
    "penyedia-wilayah": DashboardTable(
        [
            Column(key="label", header="Kabupaten/kota"),
            Column(key="suppliers", header="Penyedia", kind="int"),
            Column(key="umk_suppliers", header="UMK & koperasi", kind="int"),
            Column(key="reached", header="Terjangkau", kind="int"),
            Column(key="never_reached", header="Belum terjangkau", kind="int"),
            Column(key="with_deal", header="Dengan kesepakatan", kind="int"),
            Column(key="contracted", header="Dengan kontrak", kind="int"),
            Column(key="contracted_value", header="Nilai kontrak", kind="rupiah"),
        ],
        _supplier_rows,
    ),
    "temu-bisnis": DashboardTable(
        [
            Column(key="matching_event_id", header="Acara temu bisnis"),
            Column(key="meetings", header="Pertemuan", kind="int"),
            Column(key="held", header="Terlaksana", kind="int"),
            Column(key="suppliers", header="Penyedia", kind="int"),
            Column(key="buyers", header="Pembeli", kind="int"),
            Column(key="agreed_value", header="Sepakat (nilai)", kind="rupiah"),
            Column(key="contracted_deals", header="Kontrak", kind="int"),
            Column(key="contracted_value", header="Nilai kontrak", kind="rupiah"),
        ],
        _event_rows,
    ),
}


def dashboard_table(name: str, board: Dashboard) -> Table:
    spec = DASHBOARD[name]
    return Table(name=name, title=TITLES[name], columns=spec.columns, rows=spec.rows(board))


DASHBOARD_TABLES = tuple(DASHBOARD)


def _buyer_ids(buyers: dict[str, Document], filters: Filters, drill: Drill) -> list[str] | None:
    if drill.buyer_id:
        return [drill.buyer_id]
    if filters.buyer_kind is None:
        return None
    return [b for b, doc in buyers.items() if doc.get("kind") == filters.buyer_kind.value]


async def _need_documents(
    store: Store, buyers: dict[str, Document], filters: Filters, drill: Drill, min_stage: int = 0
) -> tuple[list[Any], int]:
    """The packages in view from `drill.offset`, the largest pagu first (at most `drill.limit`), and how many
    packages are in view in all."""
    drill = drill.model_copy(update={"min_stage": max(min_stage, drill.min_stage or 0)})
    all_cells = await store.find(NEED_CELLS)
    cells = [c for c in all_cells if in_view(c, filters, buyers) and drill.buyer_id in (None, c["buyer_id"])]
    if len(cells) <= CELL_DRILL_LIMIT:
        return await _needs_of_cells(store, cells, len(all_cells), drill)
    query: dict[str, Any] = {"version": {"$gte": 1}}
    for name in ("fiscal_year", "region_code", "group"):
        value = getattr(filters, name)
        if value is not None:
            query[name] = value.value if isinstance(value, ProductGroup) else value
    buyer_ids = _buyer_ids(buyers, filters, drill)
    if buyer_ids is not None:
        query["buyer_id"] = {"$in": buyer_ids}
    if drill.stage is not None:
        query["stage"] = drill.stage if drill.admits(drill.stage) else -1  # -1: no package is in no stage
    elif drill.min_stage:
        query["stage"] = {"$gte": drill.min_stage}
    found = await store.find("needs", query, sort=[("pagu_idr", -1), ("_id", 1)], skip=drill.offset, limit=drill.limit)
    return found, await store.count("needs", query)


async def _members(store: Store, cells: list[Document], all_cells: int) -> dict[str, Vector]:
    """What each package of `cells` adds. By `_id` (a read per shard of each cell) when the cells are few;
    when they are half of all cells or more, one pass over every cell's members costs less (a read by `_id`
    costs more than a document of a pass: adapters/store.py)."""
    found: dict[str, Vector] = {}
    if cells and 2 * len(cells) >= all_cells:
        wanted = {cell["_id"] for cell in cells}
        for shard in await store.find(f"{NEED_CELLS}_members"):
            if str(shard["_id"]).rpartition("#")[0] in wanted:
                found.update(shard["members"])
        return found
    tally = Tally(store, NEED_CELLS, NEED_FIELDS)
    for cell in cells:
        found.update(await tally.members(cell["_id"]))
    return found


async def _needs_of_cells(
    store: Store, cells: list[Document], all_cells: int, drill: Drill
) -> tuple[list[Document], int]:
    members = await _members(store, cells, all_cells)
    ranked = sorted(
        (need_id for need_id, vector in members.items() if drill.admits(vector_stage(vector))),
        key=lambda need_id: (-members[need_id].get("pagu", 0), need_id),  # stored without zero fields
    )
    needs = [await store.get("needs", need_id) for need_id in ranked[drill.offset : drill.offset + drill.limit]]
    return [need for need in needs if need is not None], len(ranked)


#: The columns that name a package, in the packages' table and in the deals' table (`_package_cells`).
PACKAGE_COLUMNS = [
    Column(key="kode_rup", header="Kode RUP"), Column(key="package_name", header="Nama paket"),
    Column(key="group", header="Kelompok"), Column(key="buyer", header="Pembeli"),
]  # fmt: skip


def _package_cells(need: Document, buyers: dict[str, Document]) -> dict[str, Any]:
    return {
        "kode_rup": need.get("kode_rup"),
        "package_name": need.get("package_name"),
        "group": ProductGroup(need["group"]).label,
        "buyer": buyers.get(need["buyer_id"], {}).get("name", need["buyer_id"]),
    }


async def needs_table(store: Store, filters: Filters, drill: Drill) -> Table:
    buyers = await buyer_directory(store)
    needs, total = await _need_documents(store, buyers, filters, drill)
    rows = []
    for need in needs:
        deals = need.get("deals", {}).values()
        rows.append({
            "need_id": need["_id"], **_package_cells(need, buyers),
            "region": region_name(need["region_code"]), "fiscal_year": need.get("fiscal_year"),
            "pagu": need["pagu_idr"],
            "stage": Stage(need.get("stage", 0)).label,
            "matches": sum(1 for m in need.get("matches", {}).values() if m["status"] not in ("declined", "cancelled")),
            "contracted_value": sum(int(d["value_idr"]) for d in deals if d["status"] == DealStatus.CONTRACTED),
        })  # fmt: skip
    columns = [
        *PACKAGE_COLUMNS,
        Column(key="region", header="Kabupaten/kota"), Column(key="fiscal_year", header="Tahun", kind="year"),
        Column(key="pagu", header="Pagu", kind="rupiah"), Column(key="stage", header="Tahap"),
        Column(key="matches", header="Kecocokan", kind="int"),
        Column(key="contracted_value", header="Nilai kontrak", kind="rupiah"),
    ]  # fmt: skip
    return Table(
        name="paket", title=TITLES["paket"], columns=columns, rows=rows,
        truncated=drill.offset + len(needs) < total, offset=drill.offset, total=total,
    )  # fmt: skip


async def deals_table(store: Store, filters: Filters, drill: Drill) -> Table:
    """Live deals (agreed or contracted) of the packages in view."""
    buyers = await buyer_directory(store)
    needs, total = await _need_documents(store, buyers, filters, drill, min_stage=Stage.AGREED)
    rows = []
    for need in needs:
        for deal_key, link in sorted(need.get("deals", {}).items()):
            if link["status"] == DealStatus.CANCELLED:
                continue
            deal = await store.get("deals", original_key(deal_key)) or {}
            supplier = await store.get("suppliers", link["supplier_id"]) or {}
            rows.append({
                "deal_id": deal.get("deal_id", deal_key), **_package_cells(need, buyers),
                "supplier": supplier.get("name", link["supplier_id"]),
                "status": "Kontrak" if link["status"] == DealStatus.CONTRACTED else "Sepakat",
                "value": int(link["value_idr"]), "tkdn": link.get("tkdn_percent"),
                "umk": "Ya" if is_umk(link.get("supplier_scale"), bool(link.get("supplier_is_cooperative")))
                else "Tidak",
                "contract_number": deal.get("contract_number") or deal.get("order_number") or "",
                "contract_date": deal.get("contract_date") or "",
            })  # fmt: skip
    columns = [
        *PACKAGE_COLUMNS, Column(key="supplier", header="Penyedia"), Column(key="status", header="Status"),
        Column(key="value", header="Nilai", kind="rupiah"), Column(key="tkdn", header="TKDN", kind="percent"),
        Column(key="umk", header="UMK/koperasi"), Column(key="contract_number", header="Nomor kontrak/pesanan"),
        Column(key="contract_date", header="Tanggal kontrak"),
    ]  # fmt: skip
    return Table(
        name="kesepakatan", title=TITLES["kesepakatan"], columns=columns, rows=rows,
        truncated=drill.offset + len(needs) < total, offset=drill.offset,
    )  # fmt: skip


async def suppliers_table(store: Store, filters: Filters, drill: Drill) -> Table:
    query: dict[str, Any] = {"version": {"$gte": 1}}
    if filters.region_code:
        query["region_code"] = filters.region_code
    rows = []
    for supplier in await store.find("suppliers", query, sort=[("name", 1)]):
        matches = supplier.get("reach_matches", {})
        deals = supplier.get("reach_deals", {}).values()
        reached = bool(matches) or bool(deals)
        if drill.reached is not None and reached != drill.reached:
            continue
        rows.append({
            "name": supplier["name"], "region": region_name(supplier["region_code"]),
            "scale": SCALE_LABELS.get(supplier.get("scale", ""), ""),
            "cooperative": "Ya" if supplier.get("is_cooperative") else "Tidak",
            "reached": "Ya" if reached else "Belum", "matches": len(matches),
            "deals": sum(1 for d in deals if d["status"] != DealStatus.CANCELLED),
            "contracted_value": sum(int(d["value_idr"]) for d in deals if d["status"] == DealStatus.CONTRACTED),
        })  # fmt: skip
    total = len(rows)
    columns = [
        Column(key="name", header="Penyedia"), Column(key="region", header="Kabupaten/kota"),
        Column(key="scale", header="Skala"), Column(key="cooperative", header="Koperasi"),
        Column(key="reached", header="Terjangkau"), Column(key="matches", header="Kecocokan", kind="int"),
        Column(key="deals", header="Kesepakatan", kind="int"),
        Column(key="contracted_value", header="Nilai kontrak", kind="rupiah"),
    ]  # fmt: skip
    page = rows[drill.offset : drill.offset + drill.limit]
    return Table(
        name="penyedia", title=TITLES["penyedia"], columns=columns, rows=page,
        truncated=drill.offset + len(page) < total, offset=drill.offset, total=total,
    )  # fmt: skip


async def any_table(store: Store, name: str, filters: Filters, drill: Drill, board: Dashboard | None = None) -> Table:
    if name in DASHBOARD_TABLES:
        return dashboard_table(name, board or await dashboard(store, filters))
    if name == "paket":
        return await needs_table(store, filters, drill)
    if name == "kesepakatan":
        return await deals_table(store, filters, drill)
    if name == "penyedia":
        return await suppliers_table(store, filters, drill)
    raise KeyError(name)


TABLE_NAMES = (*DASHBOARD_TABLES, "paket", "kesepakatan", "penyedia")
