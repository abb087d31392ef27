"""Settings base. Each service subclasses it with its own env prefix (PADAN_REGISTRY_, PADAN_MATCHER_, ...).

The defaults point at the local stack that `padan stack up` provisions, so a fresh clone runs as is.
"""

from __future__ import annotations

import os
from typing import TypedDict

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from padan.shared.mongo import StoreProfile, StoreProfileName, store_profile

DEFAULT_KAFKA_PORT = 19092
DEFAULT_MONGO_PORT = 27027


def default_kafka_bootstrap() -> str:
    return os.environ.get(
        "PADAN_KAFKA_BOOTSTRAP", f"127.0.0.1:{os.environ.get('PADAN_KAFKA_PORT', DEFAULT_KAFKA_PORT)}"
    )


def default_mongo_url() -> str:
    return os.environ.get(
        "PADAN_MONGO_URL", f"mongodb://127.0.0.1:{os.environ.get('PADAN_MONGO_PORT', DEFAULT_MONGO_PORT)}"
    )


def default_mongo_pool_size() -> int | None:
    """PADAN_MONGO_MAX_POOL_SIZE when an operator set it; otherwise None, and the store profile's pool size
    applies (one connection on FerretDB, 50 on MongoDB: see padan.shared.mongo.StoreProfile)."""
    value = os.environ.get("PADAN_MONGO_MAX_POOL_SIZE", "").strip()
    return int(value) if value else None


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_", extra="ignore")

    service_name: str = "padan"
    kafka_bootstrap: str = Field(default_factory=default_kafka_bootstrap)
    mongo_url: SecretStr = Field(default_factory=lambda: SecretStr(default_mongo_url()))
    mongo_database: str = "padan"
    #: PADAN_STORE_PROFILE: `ferretdb` (the local stack, default) or `mongodb` (padan.shared.mongo.StoreProfile).
    store_profile: StoreProfileName = Field(default_factory=lambda: store_profile().name)
    mongo_max_pool_size: int | None = Field(default_factory=default_mongo_pool_size, ge=1, le=500)
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    public_base_url: str = ""
    log_level: str = "INFO"
    log_json: bool = True
    outbox_poll_seconds: float = Field(default=0.2, gt=0)
    #: Largest request body the JSON API reads (bytes); a larger one is answered 413 before it is parsed.
    max_request_bytes: int = Field(default=1024 * 1024, ge=1024)

    @field_validator("store_profile", mode="before")
    @classmethod
    def _known_store_profile(cls, value: object) -> str:
        return store_profile(str(value)).name  # " MongoDB " is mongodb; an unknown name is refused

    @property
    def store(self) -> StoreProfile:
        """The store profile in force, with the operator's pool size if one was set."""
        return store_profile(self.store_profile).with_pool_size(self.mongo_max_pool_size)

    def base_url(self) -> str:
        return self.public_base_url or f"http://{self.http_host}:{self.http_port}"


class BatchLimits(TypedDict):
    """padan.shared.kafka.subscribe_batch's limits of one batch."""

    max_records: int
    batch_timeout_ms: int


class BatchConsumerSettings(ServiceSettings):
    """A service whose consumer reads its events in batches (padan.shared.kafka.subscribe_batch)."""

    #: Events recorded (and committed) together, and how long the consumer waits to fill a batch (ms).
    batch_max_records: int = Field(default=500, ge=1)
    batch_timeout_ms: int = Field(default=200, ge=1)

    def batch_limits(self) -> BatchLimits:
        return BatchLimits(max_records=self.batch_max_records, batch_timeout_ms=self.batch_timeout_ms)
