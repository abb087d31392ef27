"""Settings base. Each service subclasses it with its own env prefix (PADAN_REGISTRY_, PADAN_MATCHER_, ...).

The defaults point at the local stack that `padan stack up` provisions, so a fresh clone runs as is.
"""

from __future__ import annotations

import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

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


def default_mongo_pool_size() -> int:
    """One connection by default: FerretDB v1 (the local store) runs an update as a read and a separate
    write, so two connections updating one document can lose an update; one connection per process
    serialises them. On real MongoDB, set PADAN_MONGO_MAX_POOL_SIZE (e.g. 50): its updates are atomic."""
    return int(os.environ.get("PADAN_MONGO_MAX_POOL_SIZE", "1"))


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_", extra="ignore")

    service_name: str = "padan"
    kafka_bootstrap: str = Field(default_factory=default_kafka_bootstrap)
    mongo_url: SecretStr = Field(default_factory=lambda: SecretStr(default_mongo_url()))
    mongo_database: str = "padan"
    mongo_max_pool_size: int = Field(default_factory=default_mongo_pool_size, ge=1, le=500)
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    public_base_url: str = ""
    log_level: str = "INFO"
    log_json: bool = True
    outbox_poll_seconds: float = Field(default=0.2, gt=0)
    #: Largest request body the JSON API reads (bytes); a larger one is answered 413 before it is parsed.
    max_request_bytes: int = Field(default=1024 * 1024, ge=1024)

    def base_url(self) -> str:
        return self.public_base_url or f"http://{self.http_host}:{self.http_port}"
