"""What every notifier handler works with, built once in bootstrap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from padan.notifier.adapters.repository import NotifierRepository
from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.channels.spec import Channels
from padan.notifier.handlers.wakeups import Wakeups
from padan.notifier.settings import Settings
from padan.shared.outbound import OutboundPolicy


class DeadLetters(Protocol):
    async def publish(self, delivery_id: str, body: dict[str, Any]) -> None: ...


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class NotifierContext:
    settings: Settings
    repository: NotifierRepository
    #: Webhook subscriptions in memory (the webhook channel plans from them; the API changes them).
    subscriptions: SubscriptionCache
    channels: Channels
    dead_letters: DeadLetters
    unsubscribe_secret: str
    #: Deliveries due now, handed to the worker in this process (it reads them from here).
    wakeups: Wakeups = field(default_factory=Wakeups)
    clock: Callable[[], datetime] = utcnow
    #: Where webhooks may go (padan.shared.outbound); a subscription's URL is checked with it when made.
    outbound: OutboundPolicy = field(default_factory=OutboundPolicy)
