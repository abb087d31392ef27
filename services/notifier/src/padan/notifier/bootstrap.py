"""The one place the notifier is wired."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.notifier.entrypoints import consumers
from padan.notifier.entrypoints.api import build_router
from padan.notifier.settings import Settings
from padan.shared.http import install_common
from padan.shared.runtime import ServiceRuntime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    repository = MongoNotifierRepository(runtime.db)
    consumers.register(runtime.broker, settings, repository)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await repository.ensure_indexes()
        async with runtime.lifespan(app):
            yield

    app = FastAPI(title="Padan notifier", version="1", lifespan=lifespan)
    install_common(app, runtime.readiness_checks())
    app.include_router(build_router(repository))
    return app
