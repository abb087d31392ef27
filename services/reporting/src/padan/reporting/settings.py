"""Reporting settings (env prefix PADAN_REPORTING_)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from padan.shared.settings import BatchConsumerSettings


class Settings(BatchConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_REPORTING_", extra="ignore")

    service_name: str = "reporting"
    http_port: int = 8104
    mongo_database: str = "padan_reporting"
    group_id: str = "reporting"
    #: OCDS ocid prefix; register a real one with the Open Contracting Partnership before publishing.
    ocds_prefix: str = "ocds-padan0"
    #: How often the dashboard page fetches fresh figures (seconds); 0 turns the live refresh off.
    live_refresh_seconds: float = Field(default=5.0, ge=0)
