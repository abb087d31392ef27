"""Deliveries due now, handed in-process from the handlers that record or re-drive them to the delivery
worker, so it need not wait for its next scan of the schedule (which stays the record: a wake-up lost in a
crash is found there)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any


class Wakeups:
    def __init__(self) -> None:
        # In order, each once: when it was woken (loop time), and its document when just recorded.
        self._queued: dict[str, tuple[float, dict[str, Any] | None]] = {}
        self._woken = asyncio.Event()

    def wake(self, delivery_ids: Iterable[str]) -> None:
        """Due now, by id: the worker reads each when its turn comes (it may be in any state by then)."""
        self._enqueue((i, None) for i in delivery_ids)

    def wake_recorded(self, documents: list[dict[str, Any]]) -> None:
        """Just recorded, pending, with their bodies: the worker sends them without reading them back."""
        self._enqueue((d["_id"], d) for d in documents)

    def _enqueue(self, entries: Iterable[tuple[str, dict[str, Any] | None]]) -> None:
        now = asyncio.get_running_loop().time()
        before = len(self._queued)
        for delivery_id, document in entries:
            if delivery_id in self._queued:  # woken twice (a redelivered batch): read it when its turn comes
                self._queued[delivery_id] = (self._queued[delivery_id][0], None)
            else:
                self._queued[delivery_id] = (now, document)
        if len(self._queued) > before:
            self._woken.set()

    def __contains__(self, delivery_id: object) -> bool:
        return delivery_id in self._queued

    def __bool__(self) -> bool:
        return bool(self._queued)

    def pop(self) -> tuple[str, float, dict[str, Any] | None]:
        """The longest waiting: (delivery id, when woken, its document or None)."""
        delivery_id = next(iter(self._queued))
        woken_at, document = self._queued.pop(delivery_id)
        return delivery_id, woken_at, document

    async def wait(self, timeout: float) -> None:
        """Until a delivery is woken after this call began, or `timeout` seconds."""
        self._woken.clear()
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancellation (the worker's stop)
        # that arrives as the event is set, and the worker's loop would never end.
        try:
            async with asyncio.timeout(timeout):
                await self._woken.wait()
        except TimeoutError:
            return
