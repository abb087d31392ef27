"""The delivery log (/api/v1/deliveries)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from padan.notifier.adapters.repository import MongoNotifierRepository


def build_router(repository: MongoNotifierRepository) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["deliveries"])

    @router.get("/deliveries")
    async def list_deliveries(
        event_id: str | None = None, match_id: str | None = None, limit: int = Query(50, ge=1, le=500)
    ) -> dict[str, Any]:
        filters = {k: v for k, v in {"event_id": event_id, "match_id": match_id}.items() if v}
        items = await repository.find(filters, limit)
        return {"items": [{"delivery_id": item.pop("_id"), **item} for item in items]}

    return router
