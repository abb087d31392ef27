"""The delivery worker: sends what the schedule says is due, a few at a time.

Woken in-process with the ids a handler just recorded; besides, it reads the due part of the `schedule`
collection every `worker_poll_seconds` (retries, and whatever a crashed process left). Also refreshes the
webhook subscriptions and runs the daily digest at its hour (WIB).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from datetime import timedelta, timezone
from typing import Any

from pymongo.errors import PyMongoError

from padan.notifier.handlers.attempt_delivery import attempt_delivery
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.send_digests import send_digests
from padan.shared.logging import get_logger

log = get_logger(__name__)
WIB = timezone(timedelta(hours=7))
SUBSCRIPTIONS_REFRESH_SECONDS = 30.0
#: Due entries read per scan: a short snapshot, so few of them are already handled when their turn comes.
SCAN_BATCH_PER_SLOT = 4
#: Seconds between scans of the schedule while woken deliveries wait in memory.
BUSY_SCAN_SECONDS = 15.0
#: How long the end of an attempt is remembered (a wake-up or scan seen before it is then ignored).
FINISHED_MEMORY_SECONDS = 60.0


class DeliveryWorker:
    def __init__(self, ctx: NotifierContext) -> None:
        self._ctx = ctx
        # Woken deliveries in order, each once, with the document when the consumer just recorded it.
        self._queued: dict[str, tuple[float, dict[str, Any] | None]] = {}
        self._woken = asyncio.Event()
        self._inflight: set[str] = set()
        # When each delivery's last attempt ended (monotonic): a scan snapshot or a wake-up older than that
        # is stale (its schedule entry may not be removed yet), so it does not cost another read.
        self._finished_at: dict[str, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(ctx.settings.worker_concurrency)
        self._digest_done_for: str | None = None
        self._task: asyncio.Task[None] | None = None

    def wake(self, delivery_ids: Iterable[str]) -> None:
        self._enqueue((i, None) for i in delivery_ids)

    def wake_recorded(self, documents: list[dict[str, Any]]) -> None:
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

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="delivery-worker")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        next_scan = 0.0
        next_refresh = loop.time() + SUBSCRIPTIONS_REFRESH_SECONDS
        poll = self._ctx.settings.worker_poll_seconds
        batch = SCAN_BATCH_PER_SLOT * self._ctx.settings.worker_concurrency
        repository = self._ctx.repository
        while True:
            try:
                if loop.time() >= next_scan:
                    # The scan can read the whole schedule (repository.due); while woken deliveries wait in
                    # memory it is only needed for retries, so it is spaced out.
                    next_scan = loop.time() + (max(poll, BUSY_SCAN_SECONDS) if self._queued else poll)
                    read_at = loop.time()
                    self._forget_older_than(read_at - FINISHED_MEMORY_SECONDS)
                    due = await repository.due(self._ctx.clock(), batch)
                    dispatched = [await self._dispatch(e["_id"], e.get("action", "send"), read_at) for e in due]
                    if len(due) == batch and any(dispatched) and not self._queued:  # a backlog after a restart
                        next_scan = loop.time() + min(poll, 0.1)
                    await self._maybe_digest()
                if loop.time() >= next_refresh:
                    next_refresh = loop.time() + SUBSCRIPTIONS_REFRESH_SECONDS
                    await self._ctx.subscriptions.reload()
                if self._queued:
                    delivery_id = next(iter(self._queued))
                    woken_at, document = self._queued.pop(delivery_id)
                    await self._dispatch(delivery_id, "send", woken_at, document)
                    continue
                self._woken.clear()
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancellation (stop())
                # that arrives as the event is set, and the loop would never end.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(max(0.01, next_scan - loop.time())):
                        await self._woken.wait()
            except asyncio.CancelledError:
                raise
            except (PyMongoError, OSError):
                log.warning("delivery_worker_store_unavailable", exc_info=True)
                await asyncio.sleep(poll)

    async def _dispatch(
        self, delivery_id: str, action: str, seen_at: float, recorded: dict[str, Any] | None = None
    ) -> bool:
        """Start an attempt unless one runs, one ended after `seen_at`, or a wake-up waits for it (a scan
        must not overtake the queue); True when started."""
        if delivery_id in self._inflight or self._finished_at.get(delivery_id, -1.0) >= seen_at:
            return False
        if recorded is None and delivery_id in self._queued:
            return False
        await self._slots.acquire()
        self._inflight.add(delivery_id)
        task = asyncio.create_task(self._attempt(delivery_id, action, recorded))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def _attempt(self, delivery_id: str, action: str, recorded: dict[str, Any] | None) -> None:
        try:
            await attempt_delivery(self._ctx, delivery_id, action, recorded)
        except Exception:  # the schedule keeps it; the next scan tries again
            log.warning("delivery_attempt_error", delivery_id=delivery_id, exc_info=True)
        finally:
            self._finished_at[delivery_id] = asyncio.get_running_loop().time()
            self._inflight.discard(delivery_id)
            self._slots.release()

    def _forget_older_than(self, moment: float) -> None:
        for delivery_id in [i for i, at in self._finished_at.items() if at < moment]:
            del self._finished_at[delivery_id]

    async def _maybe_digest(self) -> None:
        now = self._ctx.clock().astimezone(WIB)
        today = now.date().isoformat()
        if now.hour < self._ctx.settings.digest_hour_wib or self._digest_done_for == today:
            return
        if await self._ctx.repository.digest_ran(today):  # ran before a restart today
            self._digest_done_for = today
            return
        made = await send_digests(self._ctx)
        await self._ctx.repository.mark_digest_ran(today, self._ctx.clock())
        self._digest_done_for = today
        log.info("daily_digest_run", digests=made, day=today)
