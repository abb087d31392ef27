"""Reporting settings (env prefix PADAN_REPORTING_)."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from padan.shared.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_REPORTING_", extra="ignore")

    service_name: str = "reporting"
    http_port: int = 8104
    mongo_database: str = "padan_reporting"
    group_id: str = "reporting"
