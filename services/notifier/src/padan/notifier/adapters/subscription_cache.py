"""Webhook subscriptions held in memory (read on every event), refreshed on change and periodically."""

from __future__ import annotations

from padan.notifier.adapters.repository import NotifierRepository
from padan.notifier.domain.subscriptions import Subscription


class SubscriptionCache:
    def __init__(self, repository: NotifierRepository) -> None:
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
