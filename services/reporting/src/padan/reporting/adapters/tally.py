"""Per-cell totals that stay exact under redelivery, replay and crashes, without transactions.

A cell's members (needs or suppliers) and what each adds are kept in shard documents
(`<name>_members`, `_id` = "<cell>#<shard>"); `<name>_parts` (`_id` = cell key) holds one total per shard;
the cell document (`<name>`, `_id` = cell key) holds the cell's meta and its total as flat fields, all the
dashboard reads. Every write is an assignment, never an increment: setting a member's vector again, or
copying a shard's total or the cell's sum again, changes nothing. So a handler may simply redo `assign`
after a crash or a redelivered event, and the totals come out the same.

Why three: the dashboard reads every cell, and FerretDB decodes every value of a document it returns, so
the cell it reads must stay small: 4,800 cells with their 16 shard totals took 25 s to read, 4,800 flat
ones 1.2 s (measured on FerretDB 1.24, see README, Reporting at national size). For the same reason a
member's vector is kept without its zero fields (most of its twenty are zero): the drill-down pages read
the members, and the demo's read 3-5 times faster so (bench/dashboard_pages.py); read them with `.get`.
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
        vector = sparse(vector) if vector is not None else None
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
        shard_total = summed(members["members"].values(), self.fields)
        parts: Document = await self.store.get(f"{self.name}_parts", cell) or {"_id": cell, "parts": {}}
        if parts["parts"].get(str(shard)) != shard_total:
            parts["parts"][str(shard)] = shard_total
            await self.store.put(f"{self.name}_parts", parts)
        total = summed(parts["parts"].values(), self.fields)
        summary: Document = await self.store.get(self.name, cell) or {"_id": cell, **meta}
        if cell_total(summary, self.fields) != total:
            summary.update(total)
            await self.store.put(self.name, summary)

    async def members(self, cell: str) -> dict[str, Vector]:
        """Every member of `cell` and what it adds: one read by `_id` for the cell's parts, then one per shard
        the parts name (a shard ever written has its part; a small cell uses a few of its shards)."""
        parts = await self.store.get(f"{self.name}_parts", cell)
        found: dict[str, Vector] = {}
        for shard in sorted(int(key) for key in (parts or {}).get("parts", {})):
            members = await self.store.get(f"{self.name}_members", f"{cell}#{shard}")
            found.update(members["members"] if members else {})
        return found


def sparse(vector: Mapping[str, int]) -> Vector:
    """The vector without its zero fields (what a member's shard stores)."""
    return {name: value for name, value in vector.items() if value}


def cell_total(cell: Mapping[str, Any], fields: tuple[str, ...]) -> Vector:
    return {name: int(cell.get(name, 0)) for name in fields}
