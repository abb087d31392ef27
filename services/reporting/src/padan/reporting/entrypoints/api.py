"""The dashboard's figures as JSON (OpenAPI at /docs): the same views the pages and exports use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path

from padan.reporting.adapters.store import Store
from padan.reporting.entrypoints.filters import OcdsPage, drill, filters, ocds_page
from padan.reporting.handlers.ocds_releases import ocds_releases
from padan.reporting.settings import Settings
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.models import Dashboard, Filters, Table
from padan.reporting.views.realisation import RealisationFigures, realisation_section
from padan.reporting.views.tables import TABLE_NAMES, Drill, any_table

NOT_FOUND = {"detail": "Tidak ditemukan / Not found"}


def build_router(store: Store, settings: Settings) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["reports"])

    @router.get("/summary", summary="Jumlah dokumen per model baca / read-model counts")
    async def summary(fiscal_year: int | None = None, need_id: str | None = None) -> dict[str, int]:
        known: dict[str, Any] = {"version": {"$gte": 1}}
        need_filter: dict[str, Any] = {**known, **({"fiscal_year": fiscal_year} if fiscal_year else {})}
        match_filter: dict[str, Any] = dict(known)
        if need_id:
            need_filter["need_id"] = need_id
            match_filter["need_id"] = need_id
        return {
            "needs": await store.count("needs", need_filter),
            "matches": await store.count("matches", match_filter),
            "deals": await store.count("deals", known),
            "suppliers": await store.count("suppliers", known),
            "products": await store.count("products", known),
            "buyers": await store.count("buyers", known),
            "meetings": await store.count("meetings", known),
        }

    @router.get("/dashboard", response_model=Dashboard, summary="Semua angka dasbor P3DN / all dashboard figures")
    async def get_dashboard(chosen: Annotated[Filters, Depends(filters)]) -> Dashboard:
        return await dashboard(store, chosen)

    @router.get(
        "/realisation",
        response_model=RealisationFigures,
        summary="Realisasi belanja menurut data LKPP / realised spend from LKPP's feeds",
    )
    async def get_realisation(chosen: Annotated[Filters, Depends(filters)]) -> RealisationFigures:
        return await realisation_section(store, chosen)

    @router.get("/tables/{name}", response_model=Table, summary="Satu tabel dasbor / one dashboard table")
    async def get_table(
        name: Annotated[str, Path(description=" | ".join(TABLE_NAMES))],
        chosen: Annotated[Filters, Depends(filters)],
        more: Annotated[Drill, Depends(drill)],
    ) -> Table:
        if name not in TABLE_NAMES:
            raise HTTPException(404, detail=f"Tabel tidak dikenal / unknown table; pilih / choose: {TABLE_NAMES}")
        return await any_table(store, name, chosen, more)

    @router.get("/needs/{need_id}", summary="Satu paket RUP dengan kecocokan dan kesepakatannya / one package")
    async def get_need(need_id: str) -> dict[str, Any]:
        need = await store.get("needs", need_id)
        if need is None or not need.get("version"):
            raise HTTPException(404, detail=NOT_FOUND["detail"])
        return {key: value for key, value in need.items() if key not in ("cell", "stale_cells")}

    @router.get(
        "/ocds/releases",
        summary="Rilis OCDS 1.1 dari kesepakatan, per halaman (links.next) / OCDS release package, paged",
    )
    async def get_ocds(page: Annotated[OcdsPage, Depends(ocds_page)]) -> dict[str, Any]:
        uri = f"{settings.base_url()}/api/v1/ocds/releases"
        return await ocds_releases(
            store, settings.ocds_prefix, uri, datetime.now(UTC), after=page.after, limit=page.limit
        )

    return router
