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
from padan.shared.runtime import ServiceRuntime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    # The pages read where the consumer's batch writes cannot hold them up: a page waiting behind a backlog
    # being projected timed out (runtime.reader_db: a connection of their own when the store has one each).
    pages_store = MongoStore(runtime.reader_db())
    store = CachedStore(pages_store)
    # A change is on the pages as soon as it is stored.
    projection = BatchStore(MongoStore(runtime.db), on_new_generation=store.recheck)
    consumers.register(runtime.broker, settings, projection)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pages_store.ensure_indexes()
        async with runtime.lifespan(app):
            yield

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
