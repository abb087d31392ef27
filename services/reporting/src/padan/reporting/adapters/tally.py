"""Per-cell totals that stay exact under redelivery, replay and crashes, without transactions.

A cell's members (needs or suppliers) and what each adds are kept in shard documents
(`<name>_members`, `_id` = "<cell>#<shard>"); the cell document (`<name>`, `_id` = cell key) holds one
total per shard. Every write is an assignment, never an increment: setting a member's vector again, or
copying a shard's total again, changes nothing. So a handler may simply redo `assign` after a crash or a
redelivered event, and the totals come out the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from padan.reporting.adapters.store import Document, Documents
from padan.reporting.domain.cells import SHARDS, shard_of
from padan.reporting.domain.funnel import Vector, summed


class Tally:
    def __init__(self, store: Documents, name: str, fields: tuple[str, ...], shards: int = SHARDS) -> None:
        self.store = store
        self.name = name
        self.fields = fields
        self.shards = shards

    async def assign(self, cell: str, member: str, vector: Vector | None, meta: Mapping[str, Any]) -> None:
        """Make `member` add `vector` to `cell` (None: take it out)."""
        shard = shard_of(member, self.shards)
        members_id = f"{cell}#{shard}"
        members: Document = await self.store.get(f"{self.name}_members", members_id) or {
            "_id": members_id,
            "members": {},
        }
        if members["members"].get(member) != vector:
            if vector is None:
                members["members"].pop(member, None)
            else:
                members["members"][member] = vector
            await self.store.put(f"{self.name}_members", members)
        total = summed(members["members"].values(), self.fields)
        summary: Document = await self.store.get(self.name, cell) or {"_id": cell, **meta, "parts": {}}
        if summary["parts"].get(str(shard)) != total:
            summary["parts"][str(shard)] = total
            await self.store.put(self.name, summary)


def cell_total(cell: Mapping[str, Any], fields: tuple[str, ...]) -> Vector:
    return summed(cell.get("parts", {}).values(), fields)
