"""The one place the matcher is wired."""

from __future__ import annotations

import contextlib
import functools
import secrets
from collections.abc import AsyncIterator

from fastapi import FastAPI

from padan.matcher.adapters import meetings_repository
from padan.matcher.adapters.deals_repository import MongoDealRepository
from padan.matcher.adapters.repository import MATCH_QUEUE, OUTBOX_COLLECTIONS, UNMATCHED, MongoMatchRepository
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.catalog import Catalog
from padan.matcher.entrypoints import consumers
from padan.matcher.entrypoints.api import build_router
from padan.matcher.entrypoints.catalog_gate import CatalogGate
from padan.matcher.entrypoints.lifecycle_api import build_lifecycle_router, install_lifecycle_errors
from padan.matcher.entrypoints.lifecycle_web import build_lifecycle_web_router
from padan.matcher.entrypoints.meetings_api import build_meetings_router, install_agenda_errors
from padan.matcher.entrypoints.meetings_web import build_meetings_web_router
from padan.matcher.entrypoints.replica_api import build_replica_router
from padan.matcher.entrypoints.signed_in_web import build_signed_in_web_router
from padan.matcher.handlers.lifecycle_context import LifecycleContext
from padan.matcher.handlers.meeting_outcome_recorded import meeting_outcome_recorded
from padan.matcher.handlers.owned_needs import OwnedNeeds
from padan.matcher.settings import Settings
from padan.shared.auth import AuthSettings
from padan.shared.http import install_common, install_web_security
from padan.shared.kafka import end_offsets, ensure_topics
from padan.shared.runtime import ServiceRuntime
from padan.shared.security_log import install_operator_write_log
from padan.shared.sessions import follow_revoked_sessions

UNGUARDED_FORMS = ("/api/", "/kecocokan/", "/acara/")


def _page_secret(auth: AuthSettings) -> str:
    """The shared signing secret, so a form's CSRF token is good on every service of one host; without one
    (production without PADAN_AUTH_SIGNING_SECRET, where nobody can sign in anyway) a per-process secret."""
    try:
        return auth.secret()
    except RuntimeError:
        return secrets.token_hex(32)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    notify = runtime.outbox.notify  # the relay's wake-ups, given to the writers before the relay is made
    repository = MongoMatchRepository(
        runtime.db,
        runtime.store,
        on_queued=lambda batch: notify(MATCH_QUEUE, [batch]),
        on_unmatched=lambda ids: notify(UNMATCHED, ids),
    )
    relay = runtime.outbox_relay(
        OUTBOX_COLLECTIONS + meetings_repository.OUTBOX_COLLECTIONS,
        {MATCH_QUEUE: repository.confirm_queued},
        # Every writer names its documents, so a periodic scan of the matches is only a safety net, dropped
        # where the store would read every match for it and hold the connection the needs wait for.
        writers_name_documents=True,
    )
    deals = MongoDealRepository(runtime.db)
    catalog = Catalog()
    lifecycle = LifecycleContext(repository, deals, catalog, on_written=notify)
    gate = CatalogGate()
    meetings = meetings_repository.MongoMeetingsRepository(
        runtime.db, on_write=lambda ids: notify(meetings_repository.MEETINGS, ids)
    )
    owned = OwnedNeeds()
    names = PartyNames(catalog.suppliers)
    auth = runtime.auth
    follow_revoked_sessions(runtime.broker, auth, settings.service_name)
    consumers.register(
        runtime.broker,
        settings,
        catalog,
        repository,
        gate=gate,
        owned=owned,
        names=names,
    )
    consumers.register_realisations(runtime.broker, settings, lifecycle, gate)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await repository.ensure_indexes()
        await deals.ensure_indexes()
        await meetings.ensure_indexes()
        await ensure_topics(settings.kafka_bootstrap)
        gate.expect(await end_offsets(settings.kafka_bootstrap, consumers.CATALOG_TOPICS))
        async with runtime.lifespan(app, relay):
            yield

    app = FastAPI(title="Padan matcher", version="1", lifespan=lifespan)
    install_common(
        app, {**runtime.readiness_checks(), "catalog": gate.check}, max_body_bytes=settings.max_request_bytes
    )
    app.include_router(build_router(repository))
    app.include_router(build_lifecycle_router(lifecycle, auth))
    install_lifecycle_errors(app)
    app.include_router(build_replica_router(catalog, owned))
    deal_hooks = [functools.partial(meeting_outcome_recorded, lifecycle)]
    app.include_router(build_meetings_router(meetings, auth, deal_hooks, names=names))
    app.include_router(build_meetings_web_router(meetings, auth, names))
    app.include_router(build_lifecycle_web_router(lifecycle, meetings, auth, names))
    app.include_router(
        build_signed_in_web_router(lifecycle, auth, names, signin_base_url=settings.signin_base_url, meetings=meetings)
    )
    # CSRF on the signed-in pages' forms (the cookie speaks for the person); the older pages' forms carry an
    # access token in the body, which a cross-site post cannot borrow, and are left as they were.
    install_web_security(app, _page_secret(auth), exempt_prefixes=UNGUARDED_FORMS)
    install_agenda_errors(app)
    install_operator_write_log(app, auth)
    return app
