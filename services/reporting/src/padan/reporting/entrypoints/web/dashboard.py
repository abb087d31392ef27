"""/: the dashboard's figures for the filters, its charts and tables (the page fetches itself every few
seconds and swaps in the fresh figures, so a deal contracted elsewhere shows up live)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from padan.reporting.adapters import charts
from padan.reporting.domain.product_groups import ProductGroup
from padan.reporting.domain.view_models import Filters
from padan.reporting.entrypoints.filters import filters
from padan.reporting.entrypoints.web.pages import TEMPLATES, WebDep, query, row_link
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.realisation import realisation_section
from padan.reporting.views.tables import DASHBOARD_TABLES, dashboard_table

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
async def home(
    request: Request,
    web: WebDep,
    chosen: Annotated[Filters, Depends(filters)],
    lainnya: Annotated[bool, Query(description="Kelompok 'Lainnya' ikut digambar")] = False,
) -> HTMLResponse:
    board = await dashboard(web.store, chosen)
    return TEMPLATES.TemplateResponse(
        request,
        "dashboard.html",
        {
            "title": "Dasbor P3DN",
            "board": board,
            "chosen": chosen,
            "q": query(chosen),
            "query": query,
            "tables": [dashboard_table(name, board) for name in DASHBOARD_TABLES],
            "row_link": row_link,
            "charts": {
                "group": charts.by_group(board, with_other=lainnya),
                "region": charts.by_region(board),
                "suppliers": charts.suppliers_reached(board),
            },
            "other": next((r for r in board.by_group if r.key == ProductGroup.OTHER), None),
            "with_other": lainnya,
            "refresh_ms": int(web.settings.live_refresh_seconds * 1000),
            "updated": datetime.now(UTC),
            "realisation": await realisation_section(web.store, chosen),
        },
    )
