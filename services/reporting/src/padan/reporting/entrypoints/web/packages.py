"""The drill-down from a total to its rows: /paket, /kesepakatan and /penyedia (tables, the first and the
last a page of PAGE_ROWS at a time) and /paket/{need_id} (one package, its matches and deals)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from padan.reporting.domain.funnel import Stage
from padan.reporting.domain.view_models import Filters
from padan.reporting.entrypoints.filters import drill, filters
from padan.reporting.entrypoints.web.pages import TEMPLATES, Page, Web, WebDep, query
from padan.reporting.views.tables import PAGE_ROWS, Drill, any_table

router = APIRouter()
PAGED_TABLES = ("paket", "penyedia")
Chosen = Annotated[Filters, Depends(filters)]
More = Annotated[Drill, Depends(drill)]


async def table_page(request: Request, web: Web, name: str, chosen: Filters, more: Drill, *, page: int) -> HTMLResponse:
    if name in PAGED_TABLES:  # the pages show PAGE_ROWS rows at a time; the API and exports take `limit`
        more = more.model_copy(update={"limit": PAGE_ROWS, "offset": (page - 1) * PAGE_ROWS})
    table = await any_table(web.store, name, chosen, more)
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
async def needs_page(request: Request, web: WebDep, chosen: Chosen, more: More, halaman: Page = 1) -> HTMLResponse:
    return await table_page(request, web, "paket", chosen, more, page=halaman)


@router.get("/kesepakatan", response_class=HTMLResponse)
async def deals_page(request: Request, web: WebDep, chosen: Chosen, more: More, halaman: Page = 1) -> HTMLResponse:
    return await table_page(request, web, "kesepakatan", chosen, more, page=halaman)


@router.get("/penyedia", response_class=HTMLResponse)
async def suppliers_page(request: Request, web: WebDep, chosen: Chosen, more: More, halaman: Page = 1) -> HTMLResponse:
    return await table_page(request, web, "penyedia", chosen, more, page=halaman)


@router.get("/paket/{need_id}", response_class=HTMLResponse)
async def need_page(request: Request, web: WebDep, need_id: str) -> HTMLResponse:
    need = await web.store.get("needs", need_id)
    if need is None or not need.get("version"):
        raise HTTPException(404, detail="Paket tidak ditemukan / package not found")
    buyer = await web.store.get("buyers", need["buyer_id"]) or {}
    suppliers = {
        link["supplier_id"]: (await web.store.get("suppliers", link["supplier_id"]) or {}).get("name")
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
