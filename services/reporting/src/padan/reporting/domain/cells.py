"""Cells: the finest grain the dashboard filters by. Totals are kept per cell, so a filtered view is a sum
of a few hundred small documents, never a scan of every package.

A need's cell is (fiscal year, kab/kota of the package, buyer, product group); the buyer's kind (perangkat
daerah, instansi vertikal, BUMN, BUMD) is joined from the buyers read model when the cells are read, so a
buyer registered after its packages still lands right. A supplier's cell is its kab/kota.
Each cell's members are spread over a few shard documents so no single document grows with the cell.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from padan.reporting.domain.product_groups import ProductGroup

SHARDS = 16
SEPARATOR = "|"


@dataclass(frozen=True)
class NeedCell:
    fiscal_year: int
    region_code: str
    buyer_id: str
    group: ProductGroup

    @property
    def key(self) -> str:
        return SEPARATOR.join((str(self.fiscal_year), self.region_code, self.buyer_id, self.group.value))

    def meta(self) -> dict[str, Any]:
        return {
            "fiscal_year": self.fiscal_year,
            "region_code": self.region_code,
            "buyer_id": self.buyer_id,
            "group": self.group.value,
        }


def need_cell(need: Mapping[str, Any]) -> NeedCell | None:
    """The cell of a need whose package we know (None for a placeholder made by an early match or deal)."""
    if not need.get("version"):
        return None
    return NeedCell(int(need["fiscal_year"]), need["region_code"], need["buyer_id"], ProductGroup(need["group"]))


def supplier_cell(supplier: Mapping[str, Any]) -> str | None:
    return str(supplier["region_code"]) if supplier.get("version") else None


def shard_of(member_id: str, shards: int = SHARDS) -> int:
    """Stable across processes (unlike hash())."""
    return int(hashlib.blake2b(member_id.encode(), digest_size=4).hexdigest(), 16) % shards
