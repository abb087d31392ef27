"""Notifier settings (env prefix PADAN_NOTIFIER_)."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from padan.shared.settings import BatchConsumerSettings


class Settings(BatchConsumerSettings):
    model_config = SettingsConfigDict(env_prefix="PADAN_NOTIFIER_", extra="ignore")

    service_name: str = "notifier"
    http_port: int = 8103
    mongo_database: str = "padan_notifier"
    group_id: str = "notifier"

    # SMTP. An empty host turns the email channel off: deliveries are logged as skipped, never lost silently.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_use_tls: bool = Field(default=False, description="Implicit TLS (port 465) instead of STARTTLS")
    smtp_username: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_validate_certs: bool = True
    smtp_timeout_seconds: float = Field(default=20.0, gt=0)
    mail_from: str = "Padan <notifikasi@padan.local>"
    #: The demo's mailbox: a Maildir the demo's local SMTP sink writes to, shown at /kotak-surat. Empty (the
    #: default) turns the page off; only allowed in dev mode (PADAN_AUTH_DEV_MODE), never in production.
    demo_mailbox_dir: str = ""
    #: Right-hand side of Message-IDs (`<delivery-id@domain>`), so a resend carries the same identity.
    message_id_domain: str = "padan.local"

    # Who else hears what.
    operator_emails: list[str] = Field(default_factory=list, description="Tim P3DN addresses (deals, registrations)")
    web_base_url: str = Field(default="http://127.0.0.1:8101", description="Registry pages (sign-up, lists)")
    matcher_web_base_url: str = Field(
        default="http://127.0.0.1:8102", description="The matcher's pages: matches, meetings and deals"
    )

    # Webhooks.
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)

    # Retries: exponential backoff with full jitter, persisted in MongoDB (they survive restarts).
    max_attempts: int = Field(default=8, ge=1, le=50)
    retry_base_seconds: float = Field(default=30.0, gt=0)
    retry_max_seconds: float = Field(default=6 * 3600.0, gt=0)
    worker_poll_seconds: float = Field(default=1.0, gt=0)
    worker_concurrency: int = Field(default=8, ge=1, le=256)
    dlq_topic: str = "notifier.deliveries.dlq"

    # Per-recipient rate limits (token buckets): bursts, then a steady rate.
    email_rate_per_minute: float = Field(default=30.0, gt=0)
    email_burst: int = Field(default=10, ge=1)
    webhook_rate_per_second: float = Field(default=20.0, gt=0)
    webhook_burst: int = Field(default=50, ge=1)

    # Daily digest, sent at this hour in Asia/Jakarta (WIB) for recipients who chose it.
    digest_hour_wib: int = Field(default=7, ge=0, le=23)
