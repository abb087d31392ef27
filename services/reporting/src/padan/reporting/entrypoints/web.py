"""The P3DN dashboard in Bahasa Indonesia (server-rendered, charts as inline SVG, no CDN; readable on a
phone), its drill-down pages and its exports.

- /: figures for the filters (year, kab/kota, buyer kind, product group), charts, tables; the page fetches
  itself every few seconds and swaps in the fresh figures, so a deal contracted elsewhere shows up live.
- /paket, /paket/{need_id}, /kesepakatan, /penyedia: drill-down from a total to its packages and deals.
- /ekspor/{table}.csv|.xlsx, /ekspor/dasbor.xlsx (every dashboard table), /ekspor/ocds.json.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from padan.reporting.adapters import charts
from padan.reporting.adapters.exports import XLSX_MEDIA_TYPE, to_csv, to_xlsx
from padan.reporting.adapters.store import Store
from padan.reporting.domain.funnel import STAGE_LABELS, Stage
from padan.reporting.domain.product_groups import ProductGroup
from padan.reporting.entrypoints.filters import OcdsPage, drill, filters, ocds_page
from padan.reporting.handlers.ocds_releases import ocds_releases
from padan.reporting.settings import Settings
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.models import BUYER_KIND_LABELS, STATUS_LABELS, Column, Filters
from padan.reporting.views.realisation import realisation_section
from padan.reporting.views.tables import (
    DASHBOARD_TABLES,
    PAGE_ROWS,
    TABLE_NAMES,
    Drill,
    any_table,
    dashboard_table,
)
from padan.shared.money import (
    format_number,
    format_percent,
    format_rupiah,
    format_rupiah_compact,
    format_rupiah_short,
    format_share,
)
from padan.shared.regions import region_name

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
PAGED_TABLES = ("paket", "penyedia")
Page = Annotated[int, Query(ge=1, le=1_000_000, description="Halaman (100 baris per halaman)")]


_FORMATS: dict[str, Callable[[Any], str]] = {
    "rupiah": lambda v: format_rupiah(int(v)),
    "int": lambda v: format_number(int(v)),
    "year": lambda v: str(int(v)),
    "share": lambda v: format_share(float(v)),
    "percent": lambda v: format_percent(float(v)),
}


def cell(value: Any, column: Column) -> str:
    """A table value as Indonesians write it (years as they are: "2023")."""
    if value is None or value == "":
        return "–"
    return _FORMATS.get(column.kind, str)(value)


TEMPLATES.env.globals.update(
    rupiah=format_rupiah, rupiah_short=format_rupiah_short, rupiah_compact=format_rupiah_compact, cell=cell,
    share=format_share, percent=format_percent, number=format_number, region_name=region_name,
    kind_labels=BUYER_KIND_LABELS, status_labels=STATUS_LABELS,
    stage_labels={int(k): v for k, v in STAGE_LABELS.items()},
    stage_colours={int(k): v for k, v in charts.STAGE_COLOURS.items()}, group_label=lambda g: ProductGroup(g).label,
)  # fmt: skip


def query(chosen: Filters, **extra: Any) -> str:
    """The filters (and drill-down parameters) as a query string, blanks left out."""
    values = {k: (v.value if hasattr(v, "value") else v) for k, v in chosen.model_dump().items()}
    values.update(extra)
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def row_link(table: str, row: dict[str, Any], chosen: Filters) -> str | None:
    """Where a dashboard table row drills down to."""
    if table == "kelompok":
        return "/paket?" + query(chosen, group=row["key"])
    if table == "pembeli":
        return "/paket?" + query(chosen, buyer_id=row["key"])
    if table == "wilayah":
        return "/paket?" + query(chosen, region_code=row["key"])
    if table == "penyedia-wilayah":
        return "/penyedia?" + urlencode({"region_code": row["key"]})
    return None


def build_web_router(store: Store, settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def home(
        request: Request,
        chosen: Annotated[Filters, Depends(filters)],
        lainnya: Annotated[bool, Query(description="Kelompok 'Lainnya' ikut digambar")] = False,
    ) -> HTMLResponse:
        board = await dashboard(store, chosen)
        tables = [dashboard_table(name, board) for name in DASHBOARD_TABLES]
        other = next((r for r in board.by_group if r.key == ProductGroup.OTHER), None)
        return TEMPLATES.TemplateResponse(
            request,
            "dashboard.html",
            {
                "title": "Dasbor P3DN",
                "board": board,
                "chosen": chosen,
                "q": query(chosen),
                "query": query,
                "tables": tables,
                "row_link": row_link,
                "charts": {
                    "group": charts.by_group(board, with_other=lainnya),
                    "region": charts.by_region(board),
                    "suppliers": charts.suppliers_reached(board),
                },
                "other": other,
                "with_other": lainnya,
                "refresh_ms": int(settings.live_refresh_seconds * 1000),
                "updated": datetime.now(UTC),
                "realisation": await realisation_section(store, chosen),
            },
        )

    async def table_page(request: Request, name: str, chosen: Filters, more: Drill, page: int) -> HTMLResponse:
        if name in PAGED_TABLES:  # the pages show PAGE_ROWS rows at a time; the API and exports take `limit`
            more = more.model_copy(update={"limit": PAGE_ROWS, "offset": (page - 1) * PAGE_ROWS})
        table = await any_table(store, name, chosen, more)
        extra = {"buyer_id": more.buyer_id, "min_stage": more.min_stage, "stage": more.stage, "reached": more.reached}
        q = query(chosen, **{k: (str(v).lower() if isinstance(v, bool) else v) for k, v in extra.items()})
        pages = -(-(table.total or 0) // PAGE_ROWS) if name in PAGED_TABLES else 1
        return TEMPLATES.TemplateResponse(
            request,
            "table.html",
            {
                "title": table.title, "table": table, "chosen": chosen, "more": more, "q": q, "query": query,
                "page": page, "pages": pages,
            },
        )  # fmt: skip

    @router.get("/paket", response_class=HTMLResponse)
    async def needs_page(
        request: Request,
        chosen: Annotated[Filters, Depends(filters)],
        more: Annotated[Drill, Depends(drill)],
        halaman: Page = 1,
    ) -> HTMLResponse:
        return await table_page(request, "paket", chosen, more, halaman)

    @router.get("/kesepakatan", response_class=HTMLResponse)
    async def deals_page(
        request: Request,
        chosen: Annotated[Filters, Depends(filters)],
        more: Annotated[Drill, Depends(drill)],
        halaman: Page = 1,
    ) -> HTMLResponse:
        return await table_page(request, "kesepakatan", chosen, more, halaman)

    @router.get("/penyedia", response_class=HTMLResponse)
    async def suppliers_page(
        request: Request,
        chosen: Annotated[Filters, Depends(filters)],
        more: Annotated[Drill, Depends(drill)],
        halaman: Page = 1,
    ) -> HTMLResponse:
        return await table_page(request, "penyedia", chosen, more, halaman)

    @router.get("/paket/{need_id}", response_class=HTMLResponse)
    async def need_page(request: Request, need_id: str) -> HTMLResponse:
        need = await store.get("needs", need_id)
        if need is None or not need.get("version"):
            raise HTTPException(404, detail="Paket tidak ditemukan / package not found")
        buyer = await store.get("buyers", need["buyer_id"]) or {}
        suppliers = {
            link["supplier_id"]: (await store.get("suppliers", link["supplier_id"]) or {}).get("name")
            for link in [*need.get("matches", {}).values(), *need.get("deals", {}).values()]
        }
        return TEMPLATES.TemplateResponse(
            request,
            "need.html",
            {
                "title": need["package_name"],
                "need": need,
                "buyer": buyer,
                "suppliers": suppliers,
                "stage": Stage(need.get("stage", 0)),
            },
        )

    @router.get("/ekspor/ocds.json")
    async def export_ocds(page: Annotated[OcdsPage, Depends(ocds_page)]) -> Response:
        uri = f"{settings.base_url()}/ekspor/ocds.json"
        package = await ocds_releases(
            store, settings.ocds_prefix, uri, datetime.now(UTC), after=page.after, limit=page.limit
        )
        return Response(
            json.dumps(package, ensure_ascii=False, indent=1),
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="padan-ocds-releases.json"'},
        )

    @router.get("/ekspor/{filename}")
    async def export(
        filename: str, chosen: Annotated[Filters, Depends(filters)], more: Annotated[Drill, Depends(drill)]
    ) -> Response:
        name, _, extension = filename.rpartition(".")
        if extension not in ("csv", "xlsx") or (
            name not in TABLE_NAMES and not (name == "dasbor" and extension == "xlsx")
        ):
            raise HTTPException(404, detail="Ekspor tidak dikenal / unknown export")
        if name == "dasbor":
            board = await dashboard(store, chosen)
            body = to_xlsx([dashboard_table(n, board) for n in DASHBOARD_TABLES])
        else:
            table = await any_table(store, name, chosen, more)
            body = to_csv(table) if extension == "csv" else to_xlsx([table])
        media = "text/csv; charset=utf-8" if extension == "csv" else XLSX_MEDIA_TYPE
        return Response(
            body, media_type=media, headers={"Content-Disposition": f'attachment; filename="padan-{name}.{extension}"'}
        )

    return router
