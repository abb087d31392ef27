"""What this replica holds (/api/v1/replica): for operators scaling the matcher and for tests."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from padan.matcher.domain.catalog import Catalog
from padan.matcher.handlers.owned_needs import OwnedNeeds


def build_replica_router(catalog: Catalog, owned: OwnedNeeds) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["operations"])

    @router.get("/replica", summary="Partisi dan indeks replika ini / this replica's partitions and index")
    async def replica() -> dict[str, Any]:
        return {
            "needs_partitions": sorted(owned.partitions),
            "open_needs": len(owned.needs),
            "products": len(catalog.products),
            "suppliers": len(catalog.suppliers),
            "ready": owned.ready.is_set(),
        }

    return router
