"""/ekspor/{table}.csv|.xlsx, /ekspor/dasbor.xlsx (every dashboard table) and /ekspor/ocds.json."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from padan.reporting.adapters.exports import XLSX_MEDIA_TYPE, to_csv, to_xlsx
from padan.reporting.domain.view_models import Filters
from padan.reporting.entrypoints.filters import OcdsPage, drill, filters, ocds_page
from padan.reporting.entrypoints.web.pages import WebDep
from padan.reporting.handlers.ocds_releases import ocds_releases
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.tables import DASHBOARD_TABLES, TABLE_NAMES, Drill, any_table, dashboard_table

router = APIRouter()


@router.get("/ekspor/ocds.json")
async def export_ocds(web: WebDep, page: Annotated[OcdsPage, Depends(ocds_page)]) -> Response:
    uri = f"{web.settings.base_url()}/ekspor/ocds.json"
    package = await ocds_releases(
        web.store, web.settings.ocds_prefix, uri, datetime.now(UTC), after=page.after, limit=page.limit
    )
    return Response(
        json.dumps(package, ensure_ascii=False, indent=1),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="padan-ocds-releases.json"'},
    )


@router.get("/ekspor/{filename}")
async def export(
    web: WebDep,
    filename: str,
    chosen: Annotated[Filters, Depends(filters)],
    more: Annotated[Drill, Depends(drill)],
) -> Response:
    name, _, extension = filename.rpartition(".")
    if extension not in ("csv", "xlsx") or (name not in TABLE_NAMES and not (name == "dasbor" and extension == "xlsx")):
        raise HTTPException(404, detail="Ekspor tidak dikenal / unknown export")
    if name == "dasbor":
        board = await dashboard(web.store, chosen)
        body = to_xlsx([dashboard_table(n, board) for n in DASHBOARD_TABLES])
    else:
        table = await any_table(web.store, name, chosen, more)
        body = to_csv(table) if extension == "csv" else to_xlsx([table])
    media = "text/csv; charset=utf-8" if extension == "csv" else XLSX_MEDIA_TYPE
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="padan-{name}.{extension}"'}
    )
