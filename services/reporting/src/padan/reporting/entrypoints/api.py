"""Figures as JSON (/api/v1/summary)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from padan.reporting.adapters.projections import MongoProjections


def build_router(projections: MongoProjections) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["reports"])

    @router.get("/summary")
    async def summary(fiscal_year: int | None = None, need_id: str | None = None) -> dict[str, Any]:
        need_filter: dict[str, Any] = {"fiscal_year": fiscal_year} if fiscal_year else {}
        match_filter: dict[str, Any] = {}
        if need_id:
            need_filter["need_id"] = need_id
            match_filter["need_id"] = need_id
        return {
            "needs": await projections.count("needs", need_filter),
            "matches": await projections.count("matches", match_filter),
            "deals": await projections.count("deals", {}),
            "suppliers": await projections.count("suppliers", {}),
            "products": await projections.count("products", {}),
            "buyers": await projections.count("buyers", {}),
        }

    return router
