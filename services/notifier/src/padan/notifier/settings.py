"""Notifier settings (env prefix PADAN_NOTIFIER_)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from padan.shared.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_NOTIFIER_", extra="ignore")

    service_name: str = "notifier"
    http_port: int = 8103
    mongo_database: str = "padan_notifier"
    group_id: str = "notifier"
