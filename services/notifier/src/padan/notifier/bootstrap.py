"""The one place the notifier is wired."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from fastapi import FastAPI

from padan.notifier.adapters.demo_mailbox import DemoMailbox
from padan.notifier.adapters.dlq import KafkaDeadLetters
from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.channels.installed import INSTALLED, build_channels
from padan.notifier.channels.spec import ChannelDeps, ChannelFactory
from padan.notifier.entrypoints import consumers
from padan.notifier.entrypoints.api import build_router
from padan.notifier.entrypoints.mailbox_web import build_mailbox_router
from padan.notifier.entrypoints.web import build_web_router
from padan.notifier.entrypoints.worker import DeliveryWorker
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.settings import Settings
from padan.shared.http import install_common
from padan.shared.kafka import ensure_topics
from padan.shared.outbound import OutboundPolicy
from padan.shared.runtime import ServiceRuntime
from padan.shared.security_log import install_operator_write_log
from padan.shared.sessions import follow_revoked_sessions
from padan.shared.topics import TopicSpec


def create_app(settings: Settings | None = None, channels: Sequence[ChannelFactory] = INSTALLED) -> FastAPI:
    """`channels`: the notification channels (padan.notifier.channels.installed; tests add their own)."""
    settings = settings or Settings()
    runtime = ServiceRuntime(settings)
    auth = runtime.auth
    if settings.demo_mailbox_dir and not auth.dev_mode:
        raise RuntimeError(
            "PADAN_NOTIFIER_DEMO_MAILBOX_DIR hanya untuk demo (mode dev) / the demo mailbox is for dev mode only: "
            "unset it, or set PADAN_AUTH_DEV_MODE=true on a development machine"
        )
    repository = MongoNotifierRepository(runtime.db)
    subscriptions = SubscriptionCache(repository)
    outbound = OutboundPolicy.from_settings()
    unsubscribe_secret = auth.secret()
    deps = ChannelDeps(settings, repository, subscriptions, unsubscribe_secret, outbound, auth)
    ctx = NotifierContext(
        settings=settings,
        repository=repository,
        subscriptions=subscriptions,
        channels=build_channels(deps, channels),
        dead_letters=KafkaDeadLetters(runtime.broker, settings.dlq_topic),
        unsubscribe_secret=unsubscribe_secret,
        outbound=outbound,
    )
    worker = DeliveryWorker(ctx)
    consumers.register(runtime.broker, settings, ctx)
    follow_revoked_sessions(runtime.broker, auth, settings.service_name)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await repository.ensure_indexes()
        await subscriptions.reload()
        await ensure_topics(settings.kafka_bootstrap, [TopicSpec(settings.dlq_topic, 1)])
        async with runtime.lifespan(app):
            worker.start()
            try:
                yield
            finally:
                await worker.stop()
                await ctx.channels.close()

    app = FastAPI(title="Padan notifier", version="1", lifespan=lifespan)
    install_common(app, runtime.readiness_checks(), max_body_bytes=settings.max_request_bytes)
    app.include_router(build_router(ctx, auth))
    app.include_router(build_web_router(ctx))
    if settings.demo_mailbox_dir:
        smtp = f"{settings.smtp_host}:{settings.smtp_port}"
        app.include_router(build_mailbox_router(DemoMailbox(Path(settings.demo_mailbox_dir)), smtp))
    install_operator_write_log(app, auth)
    return app
