"""The one place reporting is wired."""

from __future__ import annotations

from fastapi import FastAPI

from padan.reporting.adapters.projections import MongoProjections
from padan.reporting.entrypoints import consumers
from padan.reporting.entrypoints.api import build_router
from padan.reporting.settings import Settings
from padan.shared.http import install_common
from padan.shared.runtime import ServiceRuntime


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    projections = MongoProjections(runtime.db)
    consumers.register(runtime.broker, settings, projections)
    app = FastAPI(title="Padan reporting", version="1", lifespan=runtime.lifespan)
    install_common(app, runtime.readiness_checks())
    app.include_router(build_router(projections))
    return app
