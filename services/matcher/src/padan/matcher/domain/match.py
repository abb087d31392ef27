"""A match between one need and one product: its deterministic id and the event that announces it."""

from __future__ import annotations

import hashlib
from datetime import datetime

from padan.matcher.domain.scoring import Scored
from padan.shared.events import MatchChanged, NeedUnmatched, NeedUpserted
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


def unmatched_need(need: NeedUpserted, outcome: str, reason: str, now: datetime) -> NeedUnmatched:
    """The finding that a need version got no proposal: "belum ada penyedia lokal" (and why)."""
    return NeedUnmatched(
        need_id=need.need_id,
        need_version=need.version,
        kode_rup=need.kode_rup,
        buyer_id=need.buyer_id,
        package_name=need.package_name,
        pagu_idr=need.pagu_idr,
        region_code=need.region_code,
        fiscal_year=need.fiscal_year,
        outcome=outcome,
        reason=reason or "tidak ada produk yang diusulkan",
        version=need.version,
        occurred_at=now,
    )
