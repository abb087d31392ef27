"""The runtime a service process needs: settings, logging, MongoDB, the Kafka broker, the outbox relay.

Each service's bootstrap builds one, registers its subscribers on `runtime.broker`, builds its outbox relay
with `runtime.outbox_relay` (its writers were given `runtime.outbox.notify` first), and runs
`runtime.lifespan(app, relay)` in its FastAPI app's lifespan, so the HTTP API, the consumers and the relay
share one process.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from fastapi import FastAPI
from pymongo import AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from padan.shared.auth import AuthSettings
from padan.shared.kafka import ensure_topics, make_broker
from padan.shared.logging import configure_logging, get_logger
from padan.shared.metrics import set_service
from padan.shared.mongo import StoreProfile, make_mongo_client
from padan.shared.outbox import FULL_SCAN_SECONDS, Confirm, OutboxNotices, OutboxRelay
from padan.shared.settings import ServiceSettings
from padan.shared.tracing import configure_tracing, otlp_endpoint

log = get_logger(__name__)


class ServiceRuntime:
    def __init__(self, settings: ServiceSettings, *, single_writer: bool = False) -> None:
        """`single_writer`: this process is the only writer of its database, and on a store whose profile
        serialises writes its repositories share `write_lock` with the relay."""
        self.settings = settings
        self.store: StoreProfile = settings.store
        # Every service alike, whether it reads tokens or not: outside dev mode it does not start with a
        # missing, short or published secret (raises InsecureSettings). One per process: it holds the ended
        # sessions and the failed-credential counts.
        self.auth = AuthSettings()
        set_service(settings.service_name)
        self.mongo: AsyncMongoClient[dict[str, Any]] = make_mongo_client(
            settings.mongo_url.get_secret_value(), self.store.max_pool_size
        )
        self.db: AsyncDatabase[dict[str, Any]] = self.mongo[settings.mongo_database]
        #: Shared by a single writer's repositories and its relay; None where writes compare-and-set.
        self.write_lock: asyncio.Lock | None = self.store.writer_lock() if single_writer else None
        #: Where the writers tell the outbox relay what they wrote; made before both (see `outbox_relay`).
        self.outbox = OutboxNotices()
        self._reader: AsyncMongoClient[dict[str, Any]] | None = None
        self.broker = make_broker(settings.kafka_bootstrap, settings.service_name)
        self._tasks: list[asyncio.Task[None]] = []

    def outbox_relay(
        self,
        collections: Sequence[str] = (),
        queues: Mapping[str, Confirm] | None = None,
        *,
        writers_name_documents: bool = False,
    ) -> OutboxRelay:
        """The relay of this process's outbox collections and queues, woken by `self.outbox`; run it with
        `lifespan(app, relay)`. `writers_name_documents`: every writer tells the relay which documents it
        wrote, so the relay's periodic scan for pending documents is only a safety net (dropped where the
        store cannot serve it from an index)."""
        return OutboxRelay(
            self.db,
            collections,
            self.broker,
            self.settings.outbox_poll_seconds,
            write_lock=self.write_lock,
            service=self.settings.service_name,
            queues=queues,
            full_scan_seconds=self.store.outbox_full_scan_seconds(
                FULL_SCAN_SECONDS, writers_name_documents=writers_name_documents
            ),
            notices=self.outbox,
        )

    def reader_db(self) -> AsyncDatabase[dict[str, Any]]:
        """The database for reads that must not wait behind the consumers' writes (pages, reports). With
        one connection per process (FerretDB) that is a client of its own, also of one connection; with a
        pool, the service's own client."""
        if self.store.max_pool_size > 1:
            return self.db
        if self._reader is None:
            self._reader = make_mongo_client(self.settings.mongo_url.get_secret_value(), 1)
        return self._reader[self.settings.mongo_database]

    async def ping_mongo(self) -> None:
        await self.db.command("ping")

    async def ping_kafka(self) -> None:
        if not await self.broker.ping(timeout=2.0):
            raise ConnectionError("Kafka broker unreachable")

    def readiness_checks(self) -> dict[str, Any]:
        return {"mongodb": self.ping_mongo, "kafka": self.ping_kafka}

    async def start(self, relay: OutboxRelay | None = None) -> None:
        configure_logging(self.settings.service_name, self.settings.log_level, self.settings.log_json)
        configure_tracing(self.settings.service_name)
        await ensure_topics(self.settings.kafka_bootstrap)
        await self.broker.start()
        if relay is not None:
            await relay.ensure_indexes()
            self._tasks.append(asyncio.create_task(relay.run(), name="outbox-relay"))
        log.info(
            "service_started",
            kafka=self.settings.kafka_bootstrap,
            database=self.settings.mongo_database,
            traces_exported_to=otlp_endpoint() or "nowhere (OTEL_EXPORTER_OTLP_ENDPOINT not set)",
        )

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        await self.broker.stop()
        await self.mongo.close()
        if self._reader is not None:
            await self._reader.close()
            self._reader = None
        log.info("service_stopped")

    @contextlib.asynccontextmanager
    async def lifespan(self, _: FastAPI, relay: OutboxRelay | None = None) -> AsyncIterator[None]:
        await self.start(relay)
        try:
            yield
        finally:
            await self.stop()
