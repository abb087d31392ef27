"""Matches as JSON (/api/v1/matches)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, status

from padan.matcher.adapters.repository import MatchRepository


def build_router(repository: MatchRepository) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["matches"])

    @router.get("/matches")
    async def list_matches(
        need_id: str | None = None,
        supplier_id: str | None = None,
        buyer_id: str | None = None,
        product_id: str | None = None,
        limit: int = Query(50, ge=1, le=500),
    ) -> dict[str, Any]:
        wanted = {"need_id": need_id, "supplier_id": supplier_id, "buyer_id": buyer_id, "product_id": product_id}
        filters = {k: v for k, v in wanted.items() if v}
        items = await repository.find_matches(filters, limit)
        return {"items": [_public(item) for item in items]}

    @router.get("/matches/{match_id}")
    async def get_match(match_id: str) -> dict[str, Any]:
        items = await repository.find_matches({"_id": match_id}, 1)
        if not items:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Kecocokan tidak ditemukan / match not found")
        return _public(items[0])

    return router


def _public(document: dict[str, Any]) -> dict[str, Any]:
    return {"match_id": document.pop("_id"), **document}
