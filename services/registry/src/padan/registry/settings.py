"""Registry settings (env prefix PADAN_REGISTRY_)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from padan.shared.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_REGISTRY_", extra="ignore")

    service_name: str = "registry"
    http_port: int = 8101
    mongo_database: str = "padan_registry"
