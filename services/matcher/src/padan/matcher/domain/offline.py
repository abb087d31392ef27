"""Ranking a set of needs against a catalog in memory, with no Kafka and no database: what
`padan matcher rank` prints and `bench.matcher_quality` measures, on the service's own code path
(`rank_need_explained`, the settings' top_k and min_score, suppliers' exposure growing as needs are matched
one after another in the given order).

The input is the JSON the registry publishes: {"suppliers": [...], "products": [...], "needs": [...]}, each
item the payload of its `*Upserted` event (`version` and `occurred_at` may be left out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.scoring import NeedRanking, proposals, rank_need_explained
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

LOADED_AT = datetime(2024, 1, 1, tzinfo=UTC)
"""`occurred_at` of records that carry none (the ranking never reads it)."""


def _event(model: Any, row: Mapping[str, Any]) -> Any:
    return model.model_validate({"version": 1, "occurred_at": LOADED_AT, **row})


def catalog_of(suppliers: Iterable[Mapping[str, Any]], products: Iterable[Mapping[str, Any]]) -> Catalog:
    """A catalog holding the suppliers and products (payloads validated as their events)."""
    catalog = Catalog()
    for row in suppliers:
        catalog.upsert_supplier(_event(SupplierUpserted, row))
    for row in products:
        catalog.upsert_product(_event(ProductUpserted, row))
    return catalog


def needs_of(rows: Iterable[Mapping[str, Any]]) -> list[NeedUpserted]:
    return [_event(NeedUpserted, row) for row in rows]


@dataclass(frozen=True)
class RankedNeed:
    need: NeedUpserted
    ranking: NeedRanking
    """The need's proposals (top_k, at least min_score) or why it has none."""
    ranked: list[str]
    """Product ids of the longer list ranked (`depth`), for measuring: proposals first."""


def rank_all(
    catalog: Catalog, needs: Iterable[NeedUpserted], *, top_k: int, min_score: float, depth: int | None = None
) -> list[RankedNeed]:
    """Each need in order, proposed its top_k products scoring at least min_score; the suppliers of the
    proposals hold one more match each for the needs after it (as the service counts exposure)."""
    held: Counter[str] = Counter()
    out = []
    for need in needs:
        ranking = rank_need_explained(catalog, need, max(top_k, depth or 0), exposure=held)
        kept = proposals(ranking, min_score)
        ranked = [item.product.product.product_id for item in kept.matches]
        kept = NeedRanking(kept.matches[:top_k], kept.outcome, kept.reason)
        for item in kept.matches:
            held[item.product.supplier_id] += 1
        out.append(RankedNeed(need, kept, ranked))
    return out
