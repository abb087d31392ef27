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
    import_max_bytes: int = Field(
        default=2 * 1024**3, ge=1024, description="Largest feed: a file uploaded to /api/v1/imports or downloaded"
    )
    import_fetch_timeout_seconds: float = Field(default=60.0, gt=0, description="Per connect/read of a download")
    import_fetch_deadline_seconds: float = Field(default=3600.0, gt=0, description="A whole download, at most")
    operator_api_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Operator API keys (JSON list in PADAN_REGISTRY_OPERATOR_API_KEYS); only their sha256 is kept",
    )
    dev_mode: bool = Field(
        default=True,
        description="Local use: with no operator key configured, accept the dev key 'padan-dev-operator-key'. "
        "Set PADAN_REGISTRY_DEV_MODE=false in production.",
    )
    write_rate_limit: str = Field(
        default="120/minute", description="Writes per supplier, buyer or anonymous address (operators exempt)"
    )
    login_rate_limit: str = Field(default="20/15 minutes", description="Sign-in attempts per client address")
    login_backoff_free: int = Field(
        default=3, ge=0, description="Failed sign-ins per account and address before each failure doubles the wait"
    )
    login_backoff_cap_seconds: float = Field(default=900.0, gt=0, description="The longest wait after failures")
    pages_base_url: str = Field(
        default="http://127.0.0.1:8102",
        description="Where signed-in people land (the matcher's pages: /peluang, /usulan, /kecocokan/...); "
        "'' when one public host routes every service's paths",
    )
    registration_rate_limit: str = Field(
        default="10/hour", description="Self-registrations (claims on a NIB) per client address"
    )
