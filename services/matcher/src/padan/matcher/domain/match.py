"""A match between one need and one product: its deterministic id and the event that announces it."""

from __future__ import annotations

import hashlib
from datetime import datetime

from padan.matcher.domain.scoring import Scored
from padan.shared.events import MatchChanged, NeedUpserted
from padan.shared.vocabulary import MatchStatus


def match_id(need_id: str, product_id: str) -> str:
    """The same pair always gets the same id, so a redelivered need or a restart cannot duplicate it."""
    return "mat-" + hashlib.sha256(f"{need_id}|{product_id}".encode()).hexdigest()[:24]


def proposed_match(need: NeedUpserted, scored: Scored, rank: int | None, now: datetime) -> MatchChanged:
    product = scored.product.product
    return MatchChanged(
        match_id=match_id(need.need_id, product.product_id),
        need_id=need.need_id,
        product_id=product.product_id,
        supplier_id=product.supplier_id,
        buyer_id=need.buyer_id,
        status=MatchStatus.PROPOSED,
        score=scored.score,
        rank=rank,
        explanation=scored.explanation,
        package_name=need.package_name,
        product_name=product.name,
        pagu_idr=need.pagu_idr,
        region_code=need.region_code,
        version=1,
        occurred_at=now,
    )
