"""Registry settings (env prefix PADAN_REGISTRY_)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from padan.shared.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_REGISTRY_", extra="ignore")

    service_name: str = "registry"
    http_port: int = 8101
    mongo_database: str = "padan_registry"
    import_spool_dir: Path = Field(
        default=Path(".padan/imports"), description="Uploaded feeds are kept here until their import completes"
    )
    operator_api_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Operator API keys (JSON list in PADAN_REGISTRY_OPERATOR_API_KEYS); only their sha256 is kept",
    )
    dev_mode: bool = Field(
        default=True,
        description="Local use: with no operator key configured, accept the dev key 'padan-dev-operator-key'. "
        "Set PADAN_REGISTRY_DEV_MODE=false in production.",
    )
