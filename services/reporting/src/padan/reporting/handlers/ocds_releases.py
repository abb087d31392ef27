from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.reporting.adapters.store import Store
from padan.reporting.domain.ocds import deal_release, release_package


async def ocds_releases(store: Store, prefix: str, uri: str, published: datetime) -> dict[str, Any]:
    """Every known deal as one OCDS release (its latest version)."""
    releases = []
    for deal in await store.find("deals", {"version": {"$gte": 1}}, sort=[("_id", 1)]):
        need = await store.get("needs", deal["need_id"])
        buyer = await store.get("buyers", deal["buyer_id"])
        supplier = await store.get("suppliers", deal["supplier_id"])
        releases.append(deal_release(deal, need if need and need.get("version") else None, buyer, supplier, prefix))
    return release_package(releases, uri, published)
