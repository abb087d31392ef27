from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from padan.reporting.adapters.store import Document, Store
from padan.reporting.domain.ocds import deal_release, release_package

PAGE = 1000  # releases per package: at 100k deals the whole list took minutes and ~300 MB (bench/reporting_scale.py)


async def ocds_releases(
    store: Store, prefix: str, uri: str, published: datetime, *, after: str | None = None, limit: int = PAGE
) -> dict[str, Any]:
    """Known deals as OCDS releases (their latest version), a page at a time in deal id order: the releases
    after the deal id `after`; the package links to the next page while there is one. Paged by id, not by
    offset, so a page costs the same at the end of the list as at its start."""
    query: dict[str, Any] = {"version": {"$gte": 1}}
    if after is not None:
        query["_id"] = {"$gt": after}
    deals = await store.find("deals", query, sort=[("_id", 1)], limit=limit + 1)
    known: dict[tuple[str, str], Document | None] = {}  # a page's deals share buyers and suppliers

    async def get(collection: str, doc_id: str) -> Document | None:
        if (collection, doc_id) not in known:
            known[(collection, doc_id)] = await store.get(collection, doc_id)
        return known[(collection, doc_id)]

    releases = []
    for deal in deals[:limit]:
        need = await store.get("needs", deal["need_id"])
        buyer = await get("buyers", deal["buyer_id"])
        supplier = await get("suppliers", deal["supplier_id"])
        releases.append(deal_release(deal, need if need and need.get("version") else None, buyer, supplier, prefix))
    following = None
    if len(deals) > limit:
        following = f"{uri}?{urlencode({'after': deals[limit - 1]['_id'], 'limit': limit})}"
    return release_package(releases, uri, published, following)
