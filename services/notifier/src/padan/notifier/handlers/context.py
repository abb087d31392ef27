"""What every notifier handler works with, built once in bootstrap."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.notifier.adapters.senders import Sender
from padan.notifier.adapters.templates import EmailRenderer
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.subscriptions import Subscription
from padan.notifier.domain.tokens import unsubscribe_token
from padan.notifier.settings import Settings
from padan.shared.auth import AuthSettings
from padan.shared.outbound import OutboundPolicy


class DeadLetters(Protocol):
    async def publish(self, delivery: dict[str, Any]) -> None: ...


class SubscriptionCache:
    """Webhook subscriptions held in memory (read on every event), refreshed on change and periodically."""

    def __init__(self, repository: MongoNotifierRepository) -> None:
        self._repository = repository
        self._by_id: dict[str, Subscription] = {}

    async def reload(self) -> None:
        self._by_id = {s.subscription_id: s for s in await self._repository.subscriptions()}

    def current(self) -> list[Subscription]:
        return list(self._by_id.values())

    async def secret(self, subscription_id: str) -> str | None:
        if subscription_id not in self._by_id:
            await self.reload()
        found = self._by_id.get(subscription_id)
        return found.secret if found else None


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class NotifierContext:
    settings: Settings
    repository: MongoNotifierRepository
    renderer: EmailRenderer
    subscriptions: SubscriptionCache
    senders: dict[str, Sender]
    dead_letters: DeadLetters
    unsubscribe_secret: str
    #: Tell the worker these deliveries are due now: by id (it reads each when its turn comes) ...
    wake: Callable[[Iterable[str]], None] = lambda _ids: None
    #: ... or as the documents just recorded, still pending (it sends them without reading them back).
    wake_recorded: Callable[[list[dict[str, Any]]], None] = lambda _documents: None
    clock: Callable[[], datetime] = utcnow
    limits: dict[str, TokenBuckets] = field(default_factory=dict)
    #: Where webhooks may go (padan.shared.outbound); a subscription's URL is checked with it when made.
    outbound: OutboundPolicy = field(default_factory=OutboundPolicy)
    #: Signs the one-time sign-in links of match e-mails (padan.shared.web_sessions); None: plain links.
    auth: AuthSettings | None = None

    def __post_init__(self) -> None:
        s = self.settings
        self.limits = {
            "email": TokenBuckets(s.email_rate_per_minute / 60.0, s.email_burst),
            "webhook": TokenBuckets(s.webhook_rate_per_second, s.webhook_burst),
        }

    def unsubscribe_url(self, recipient_key: str) -> str:
        base = self.settings.base_url().rstrip("/")
        return f"{base}/berhenti-langganan?token={unsubscribe_token(self.unsubscribe_secret, recipient_key)}"
