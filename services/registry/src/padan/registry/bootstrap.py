"""The one place the registry is wired: runtime (Mongo, Kafka, outbox relay), repository, API."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator

from fastapi import FastAPI

from padan.registry.adapters.accounts_repository import SESSIONS, MongoAccounts
from padan.registry.adapters.claims_repository import MongoClaims
from padan.registry.adapters.feed_sources import HttpFetcher
from padan.registry.adapters.import_runs import MongoImportRuns
from padan.registry.adapters.repository import COLLECTIONS, MongoRegistryRepository
from padan.registry.entrypoints.accounts_api import LoginThrottle, build_accounts_router
from padan.registry.entrypoints.api import build_router
from padan.registry.entrypoints.auth import Guards
from padan.registry.entrypoints.claims_api import build_claims_router
from padan.registry.entrypoints.imports_api import ImportRunner, build_imports_router
from padan.registry.entrypoints.web import build_web_router
from padan.registry.settings import Settings
from padan.shared.http import install_common, install_web_security
from padan.shared.outbound import OutboundPolicy, OutboundSettings
from padan.shared.ratelimit import Backoff, install_write_rate_limit
from padan.shared.runtime import ServiceRuntime
from padan.shared.security_log import install_operator_write_log
from padan.shared.sessions import follow_revoked_sessions

#: The multipart feed upload: its body limit is PADAN_REGISTRY_IMPORT_MAX_BYTES, not the JSON APIs' one.
IMPORT_UPLOAD_PATH = "/api/v1/imports"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    # The registry process is the only writer of its database: where the store profile asks for it, its
    # repositories and the outbox relay share one write lock (runtime.write_lock).
    runtime = ServiceRuntime(settings, single_writer=True)
    repository = MongoRegistryRepository(runtime.db, runtime.store, runtime.write_lock)
    relay = runtime.outbox_relay((*COLLECTIONS, SESSIONS))

    guards = Guards(settings)
    accounts = MongoAccounts(runtime.db, runtime.write_lock, on_session_ended=lambda ids: relay.notify(SESSIONS, ids))
    claims = MongoClaims(runtime.db)
    follow_revoked_sessions(runtime.broker, guards.settings, settings.service_name)
    outbound = OutboundSettings()
    fetcher = HttpFetcher(
        OutboundPolicy.from_settings(outbound),
        timeout=settings.import_fetch_timeout_seconds,
        max_bytes=settings.import_max_bytes,
        deadline_seconds=settings.import_fetch_deadline_seconds,
        max_redirects=outbound.max_redirects,
    )
    imports = ImportRunner(repository, MongoImportRuns(runtime.db), fetcher, settings.import_spool_dir, relay.notify)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await repository.ensure_indexes()
        await claims.ensure_indexes()
        await repository.mark_legacy_suppliers_verified()
        async with runtime.lifespan(app, relay):
            await imports.resume_unfinished()
            try:
                yield
            finally:
                await imports.stop()

    app = FastAPI(title="Padan registry", version="1", lifespan=lifespan)
    install_common(
        app,
        runtime.readiness_checks(),
        max_body_bytes=settings.max_request_bytes,
        body_limits={IMPORT_UPLOAD_PATH: settings.import_max_bytes},  # feed files stream to the spool
    )
    install_web_security(app, _page_secret(guards))
    app.include_router(build_router(repository, guards, relay.notify))
    app.include_router(build_imports_router(imports, guards))
    app.include_router(build_claims_router(repository, claims, guards, relay.notify))
    backoff = Backoff(free=settings.login_backoff_free, base=1.0, cap=settings.login_backoff_cap_seconds)
    # One throttle for the API's sign-in and the web form's, so neither is a way around the other's limits.
    throttle = LoginThrottle(settings.login_rate_limit, backoff, "50/hour")
    app.include_router(
        build_web_router(
            repository,
            guards,
            relay.notify,
            claims=claims,
            sessions=accounts,
            registration_limit=settings.registration_rate_limit,
            login_throttle=throttle,
            pages_base_url=settings.pages_base_url,
        )
    )
    app.include_router(build_accounts_router(accounts, repository, guards, throttle=throttle))
    install_write_rate_limit(app, guards.settings, settings.write_rate_limit)
    install_operator_write_log(app, guards.settings)
    return app


def _page_secret(guards: Guards) -> str:
    """The shared signing secret (dev secret in dev mode); without one in production, a per-process secret:
    forms still work, a form opened before a restart must be reloaded."""
    try:
        return guards.settings.secret()
    except RuntimeError:
        return secrets.token_hex(32)
