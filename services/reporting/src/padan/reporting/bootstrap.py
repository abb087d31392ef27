"""The one place reporting is wired."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.cached_store import CachedStore
from padan.reporting.adapters.store import MongoStore
from padan.reporting.entrypoints import consumers
from padan.reporting.entrypoints.api import build_router
from padan.reporting.entrypoints.web import build_web_router
from padan.reporting.settings import Settings
from padan.shared.http import install_common
from padan.shared.mongo import make_mongo_client
from padan.shared.runtime import ServiceRuntime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    projection = BatchStore(MongoStore(runtime.db))
    consumers.register(runtime.broker, settings, projection)
    # The pages read on a connection of their own: the consumer's batch writes keep the service's single
    # pooled connection busy back to back, and a page waiting for it timed out while a backlog was projected.
    pages_client = make_mongo_client(settings.mongo_url.get_secret_value(), 1)
    pages_store = MongoStore(pages_client[settings.mongo_database])
    store = CachedStore(pages_store)
    projection.on_new_generation = store.recheck  # a change is on the pages as soon as it is stored

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pages_store.ensure_indexes()
        try:
            async with runtime.lifespan(app):
                yield
        finally:
            await pages_client.close()

    app = FastAPI(
        title="Padan reporting",
        version="1",
        description="Dasbor P3DN, ekspor CSV/XLSX dan rilis OCDS / P3DN dashboard figures, exports, OCDS releases",
        lifespan=lifespan,
    )
    install_common(app, runtime.readiness_checks(), max_body_bytes=settings.max_request_bytes)
    app.include_router(build_router(store, settings))
    app.include_router(build_web_router(store, settings))
    return app
