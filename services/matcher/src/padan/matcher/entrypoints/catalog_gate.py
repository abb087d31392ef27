"""Needs wait until the catalog is loaded.

A replica that starts (or restarts) replays the compacted catalog into memory while its needs consumer
is already assigned partitions. A need scored against a half-loaded catalog would miss products that
were scored before the restart and are not re-scored on replay, so the needs handler waits until the
catalog consumer has reached the end offsets that existed when the replica started.
"""

from __future__ import annotations

import asyncio


class CatalogGate:
    def __init__(self) -> None:
        self._remaining: dict[tuple[str, int], int] = {}
        self._loaded = asyncio.Event()

    def expect(self, end_offsets: dict[tuple[str, int], int]) -> None:
        self._remaining = {key: end for key, end in end_offsets.items() if end > 0}
        if not self._remaining:
            self._loaded.set()

    def consumed(self, topic: str, partition: int, offset: int) -> None:
        key = (topic, partition)
        if key in self._remaining and offset + 1 >= self._remaining[key]:
            del self._remaining[key]
            if not self._remaining:
                self._loaded.set()

    @property
    def loaded(self) -> bool:
        return self._loaded.is_set()

    async def wait(self) -> None:
        await self._loaded.wait()

    async def check(self) -> None:
        """Readiness: a replica is ready once its catalog is in memory."""
        if not self.loaded:
            raise RuntimeError(f"catalog loading: {len(self._remaining)} partitions to go")
