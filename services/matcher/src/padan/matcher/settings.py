"""Matcher settings (env prefix PADAN_MATCHER_)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from padan.shared.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_MATCHER_", extra="ignore")

    service_name: str = "matcher"
    http_port: int = 8102
    mongo_database: str = "padan_matcher"
    group_id: str = Field(default="matcher", description="Consumer group that shares the needs among replicas")
    realisations_group_id: str | None = Field(
        default=None,
        description="Consumer group of registry.realisations.v1 (its own, so it never rebalances the needs); "
        "default: <group_id>-realisations",
    )
    top_k: int = Field(default=10, ge=1, le=100, description="Matches proposed per need")
    min_score: float = Field(
        default=0.3,
        ge=0,
        le=1,
        description="Below this a pair is not proposed (calibrated: a fitting product scores 0.24 to 1, see README)",
    )
    needs_batch: int = Field(default=100, ge=1, le=1000, description="Needs handled (and committed) together")
    catalog_batch: int = Field(default=500, ge=1, le=5000, description="Catalog events indexed together")
    signin_base_url: str = Field(
        default="http://127.0.0.1:8101",
        description="Where people sign in and out (the registry's /masuk and /keluar); '' when one public host "
        "routes every service's paths",
    )

    def realisations_group(self) -> str:
        return self.realisations_group_id or f"{self.group_id}-realisations"
