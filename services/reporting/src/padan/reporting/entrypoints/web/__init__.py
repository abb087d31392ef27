"""The P3DN dashboard in Bahasa Indonesia (server-rendered, charts as inline SVG, no CDN; readable on a
phone), its drill-down pages and its exports, one module per resource:

- `dashboard`: / (figures for the filters: year, kab/kota, buyer kind, product group; charts, tables);
- `packages`: /paket, /paket/{need_id}, /kesepakatan, /penyedia (from a total to its packages and deals);
- `exports`: /ekspor/{table}.csv|.xlsx, /ekspor/dasbor.xlsx (every dashboard table), /ekspor/ocds.json;
- `pages`: the collaborators (`Web`: the store and the settings), the templates and their formatting.
"""

from __future__ import annotations

from fastapi import APIRouter

from padan.reporting.adapters.store import Store
from padan.reporting.entrypoints.web import dashboard, exports, packages
from padan.reporting.entrypoints.web.pages import WEB, Web
from padan.reporting.settings import Settings


def build_web_router(store: Store, settings: Settings) -> APIRouter:
    """The pages' routers, given their collaborators (`Depends(WEB)` in each route)."""
    router = APIRouter(include_in_schema=False, dependencies=[WEB.bind(Web(store, settings))])
    for resource in (dashboard.router, packages.router, exports.router):
        router.include_router(resource)
    return router
