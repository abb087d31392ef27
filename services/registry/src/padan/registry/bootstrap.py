"""The one place the registry is wired: runtime (Mongo, Kafka, outbox relay), repository, API."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI

from padan.registry.adapters.repository import COLLECTIONS, MongoRegistryRepository
from padan.registry.entrypoints.api import build_router
from padan.registry.settings import Settings
from padan.shared.auth import AuthSettings
from padan.shared.http import install_common
from padan.shared.runtime import ServiceRuntime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings, outbox_collections=COLLECTIONS)
    repository = MongoRegistryRepository(runtime.db)
    relay = runtime.relay
    assert relay is not None

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with runtime.lifespan(app):
            await repository.ensure_indexes()
            yield

    app = FastAPI(title="Padan registry", version="1", lifespan=lifespan)
    install_common(app, runtime.readiness_checks())
    app.include_router(build_router(repository, AuthSettings(), relay.notify))
    return app
