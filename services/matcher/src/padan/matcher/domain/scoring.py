"""Eligibility and a first ranking of (need, product) pairs, with the explanation every match carries.

This is the foundation's simple scorer: hard rules for procurement type, price vs pagu and an active
product; ranking by shared terms and locality. The full matcher (Indonesian stemming, synonyms, TKDN,
reservation rules, fair exposure) replaces it behind the same function.
"""

from __future__ import annotations

from dataclasses import dataclass

from padan.matcher.domain.catalog import IndexedProduct
from padan.matcher.domain.text import terms
from padan.shared.events import MatchExplanation, NeedUpserted, RuleCheck, SupplierUpserted
from padan.shared.regions import province_of
from padan.shared.vocabulary import ProcurementType


@dataclass(frozen=True)
class Scored:
    product: IndexedProduct
    score: float
    explanation: MatchExplanation


def need_terms(need: NeedUpserted) -> set[str]:
    return terms(f"{need.package_name} {need.specification}")


def score_pair(need: NeedUpserted, product: IndexedProduct, supplier: SupplierUpserted | None) -> Scored | None:
    """None when a hard rule fails; otherwise the score in [0, 1] with its parts."""
    rules = [
        RuleCheck(
            rule="procurement_type",
            passed=need.procurement_type in (ProcurementType.BARANG, ProcurementType.JASA_LAINNYA),
            detail="produk katalog melayani pengadaan barang/jasa lainnya",
        ),
        RuleCheck(
            rule="price_within_pagu",
            passed=product.product.price_idr <= need.pagu_idr,
            detail="harga satuan tidak melebihi pagu paket",
        ),
        RuleCheck(rule="product_active", passed=product.product.active, detail="produk masih ditawarkan"),
    ]
    if not all(rule.passed for rule in rules):
        return None
    wanted = need_terms(need)
    matched = sorted(wanted & product.terms)
    relevance = len(matched) / len(wanted) if wanted else 0.0
    locality = 0.0
    if supplier is not None:
        if supplier.region_code == need.region_code:
            locality = 1.0
        elif province_of(supplier.region_code) == province_of(need.region_code):
            locality = 0.5
    score = round(0.8 * relevance + 0.2 * locality, 4)
    explanation = MatchExplanation(
        rules=rules, matched_terms=matched, components={"text": round(relevance, 4), "locality": locality}
    )
    return Scored(product, score, explanation)
