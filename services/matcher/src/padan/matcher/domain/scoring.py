"""Ranking: hard rules first (rules.py), then a weighted sum of score parts, each explained.

    score = 0.55 text + 0.10 locality + 0.08 kbki + 0.08 exposure + 0.07 budget + 0.07 tkdn + 0.05 track_record

- text: BM25 of the need's terms (Indonesian stems, vocabulary concepts) in the product, divided by the
  BM25 of a product holding every term once at average length, capped at 1. Below MIN_TEXT the product
  is not a candidate at all: the other parts rank relevant products, they never make one relevant.
- locality: 1 same kab/kota (or same province for a provincial need), 0.5 same province, 0 elsewhere.
- kbki: 1 when the product's KBKI division is one the need's concepts are classified in, 0 when it is
  another, 0.5 when either side is unknown.
- exposure: 1 / (1 + held / EXPOSURE_HALF), held = matches the supplier already holds, so suppliers with
  many matches give way to ones with few, more gently the more they hold.
- budget: how well the offer (price x volume) uses the pagu, 1 at the pagu, 0.5 at a tenth, 0 at a
  hundredth; 0.5 when the package states no volume.
- tkdn: (TKDN + BMP) / 100, 0 without a TKDN certificate.
- track_record: completed contracts n as n / (n + 3).

`rank_need` scores a need against the whole catalog: numpy computes the rules' numeric thresholds and all
score parts for every candidate at once; the best pool is then checked by the rule functions themselves,
which have the last word, and explained.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from padan.matcher.domain import rules
from padan.matcher.domain.catalog import Catalog, IndexedProduct, product_term_frequencies, region_number
from padan.matcher.domain.text import Query, display_term, kbki_divisions, query_terms
from padan.shared.events import MatchExplanation, NeedUpserted, RuleCheck, SupplierUpserted
from padan.shared.pricing import price_for_region

if TYPE_CHECKING:
    from numpy.typing import NDArray

WEIGHTS: dict[str, float] = {
    "text": 0.55,
    "locality": 0.10,
    "kbki": 0.08,
    "exposure": 0.08,
    "budget": 0.07,
    "tkdn": 0.07,
    "track_record": 0.05,
}
MIN_TEXT = 0.2
EXPOSURE_HALF = 10.0
POOL_MAX = 500
MAX_CANDIDATES = 20_000
"""Retrieve, then rank: past this many relevant, affordable products for one need, only the textually best
go on to the rules and the other parts (a national catalog has tens of thousands of near-identical listings
for common goods; ties at the cut are taken in index order)."""


@dataclass(frozen=True)
class Scored:
    product: IndexedProduct
    score: float
    explanation: MatchExplanation


def need_text(need: NeedUpserted) -> str:
    return f"{need.package_name} {need.specification}"


def need_query(need: NeedUpserted) -> Query:
    return query_terms(need.package_name, need.specification)


def need_terms(need: NeedUpserted) -> set[str]:
    """The terms a need searches for (its own and the related concepts)."""
    return set(need_query(need).weights)


def _pair_mask(need: NeedUpserted, cols: dict[str, NDArray[np.float64]]) -> NDArray[np.bool_]:
    """Vectorised price, capacity and region rules (rules.py states them; this pre-selects quickly)."""
    volume = max(need.volume or 1, 1)
    mask = cols["price"] * volume <= need.pagu_idr
    if need.volume:
        capacity = cols["capacity"]
        mask &= np.isnan(capacity) | (capacity * rules.DELIVERY_MONTHS >= need.volume)
    scope = rules.required_scope(need)
    if scope is not None:
        wanted = region_number(need.region_code)
        region = cols["region"]
        if scope is rules.Scope.KABKOTA:
            mask &= region == wanted
        else:
            mask &= (region >= 0) & (region // 100 == wanted // 100)
    return mask


def _tkdn_mask(cols: dict[str, NDArray[np.float64]]) -> NDArray[np.bool_]:
    tkdn = cols["tkdn"]  # NaN (no certificate) compares False
    return (tkdn >= rules.TKDN_MIN_PERCENT) & (tkdn + cols["bmp"] >= rules.TKDN_BMP_MIN_PERCENT)


def _parts(
    need: NeedUpserted, divisions: frozenset[str], text: NDArray[np.float64], cols: dict[str, NDArray[np.float64]]
) -> dict[str, NDArray[np.float64]]:
    """Every score part but exposure, for each candidate (values in [0, 1])."""
    count = len(text)
    if divisions:
        known = cols["kbki"] >= 0
        agree = np.isin(cols["kbki"], [float(d) for d in divisions])
        kbki = np.where(known, agree.astype(np.float64), 0.5)
    else:
        kbki = np.full(count, 0.5)
    if need.volume and need.pagu_idr > 0:
        ratio = np.maximum(cols["price"] * need.volume / need.pagu_idr, 1e-9)
        budget = np.clip(1.0 - np.abs(np.log10(ratio)) / 2.0, 0.0, 1.0)
    else:
        budget = np.full(count, 0.5)
    wanted = region_number(need.region_code)
    region = cols["region"]
    same_province = (region >= 0) & (region // 100 == wanted // 100)
    if wanted % 100 == 0:
        locality = same_province.astype(np.float64)
    else:
        locality = np.where(region == wanted, 1.0, np.where(same_province, 0.5, 0.0))
    tkdn = np.where(np.isnan(cols["tkdn"]), 0.0, np.minimum(np.nan_to_num(cols["tkdn"]) + cols["bmp"], 100.0) / 100.0)
    track = cols["track"] / (cols["track"] + 3.0)
    return {"text": text, "locality": locality, "kbki": kbki, "budget": budget, "tkdn": tkdn, "track_record": track}


def _exposure(held: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + held / EXPOSURE_HALF), dtype=np.float64)


def _combine(parts: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    """The score of each candidate from its parts (exposure included), rounded as it is published."""
    total = np.zeros(len(parts["text"]))
    for name, weight in WEIGHTS.items():
        total = total + weight * parts[name]
    return np.round(total, 4)


def _explain(checks: list[RuleCheck], matched: list[str], parts: Mapping[str, float]) -> MatchExplanation:
    return MatchExplanation(
        rules=checks,
        matched_terms=[display_term(term) for term in matched],
        components={name: round(float(value), 4) for name, value in parts.items()},
    )


@dataclass(frozen=True)
class _Candidates:
    docs: NDArray[np.int64]
    parts: dict[str, NDArray[np.float64]]
    context: rules.NeedContext


def _eligible_candidates(catalog: Catalog, need: NeedUpserted, query: Query) -> _Candidates | None:
    """Relevant products that pass the rules (vectorised), with every score part but exposure."""
    hits = catalog.search(query)
    if hits.ideal <= 0 or len(hits.docs) == 0:
        return None
    text = np.minimum(hits.bm25 / hits.ideal, 1.0)
    docs = hits.docs
    # The cheapest rule first, on the relevant: later columns are gathered for fewer products.
    keep = (text >= MIN_TEXT) & (catalog.prices(docs, need.region_code) * max(need.volume or 1, 1) <= need.pagu_idr)
    docs, text = docs[keep], text[keep]
    if len(docs) > MAX_CANDIDATES:
        best = np.argpartition(-text, MAX_CANDIDATES)[:MAX_CANDIDATES]
        docs, text = docs[best], text[best]
    cols = catalog.columns(docs, need.region_code)
    ok = _pair_mask(need, cols)
    tkdn_ok = _tkdn_mask(cols)
    context = rules.NeedContext(
        small_business_available=bool((cols["small"][ok] == 1).any()),
        tkdn_qualified_available=need.is_pdn and bool(tkdn_ok[ok].any()),
    )
    if rules.is_reserved(need) and context.small_business_available:
        ok &= cols["small"] == 1
    if context.tkdn_qualified_available:
        ok &= tkdn_ok
    if not ok.any():
        return None
    parts = _parts(need, kbki_divisions(query.concepts), text[ok], {name: values[ok] for name, values in cols.items()})
    return _Candidates(docs[ok], parts, context)


def _pool(parts: dict[str, NDArray[np.float64]], top_k: int) -> NDArray[np.int64]:
    """Candidates that can still reach the top_k: exposure adds at most its weight to the other parts."""
    without = np.zeros(len(parts["text"]))
    for name, values in parts.items():
        without = without + WEIGHTS[name] * values
    if len(without) <= top_k:
        return np.arange(len(without))
    kth = np.partition(without, len(without) - top_k)[len(without) - top_k]
    pool = np.flatnonzero(without >= kth - WEIGHTS["exposure"])
    if len(pool) > POOL_MAX:
        pool = pool[np.argpartition(-without[pool], POOL_MAX)[:POOL_MAX]]
    return pool


def rank_need(
    catalog: Catalog, need: NeedUpserted, top_k: int, exposure: Mapping[str, int] | None = None
) -> list[Scored]:
    """The top_k eligible products for the need, best first (ties by product id), each explained.

    `exposure` counts the matches each supplier holds; by default the catalog's own tally (Catalog.held_by)."""
    if top_k <= 0 or not rules.procurement_type(need).passed:
        return []
    query = need_query(need)
    found = _eligible_candidates(catalog, need, query)
    if found is None:
        return []
    pool = _pool(found.parts, top_k)
    docs = found.docs[pool]
    parts = {name: values[pool] for name, values in found.parts.items()}
    parts["exposure"] = _exposure(catalog.held_by_docs(docs, exposure))
    scores = _combine(parts)
    order = np.argsort(-scores, kind="stable")
    chosen: list[tuple[IndexedProduct, float, list[RuleCheck], dict[str, float]]] = []
    start = 0
    while start < len(order) and len(chosen) < top_k:
        # A slice down to a score boundary (so ties are whole), its ties put in product-id order.
        end = min(start + 2 * top_k, len(order))
        while end < len(order) and scores[order[end]] == scores[order[end - 1]]:
            end += 1
        chunk = order[start:end].tolist()
        ranked = sorted(zip(chunk, catalog.product_ids(docs[chunk]), strict=True), key=lambda x: (-scores[x[0]], x[1]))
        for i, product_id in ranked:
            indexed = catalog.products[product_id]
            checks = rules.check_all(need, indexed.product, catalog.suppliers.get(indexed.supplier_id), found.context)
            if all(check.passed for check in checks):
                chosen.append((indexed, float(scores[i]), checks, {n: float(v[i]) for n, v in parts.items()}))
                if len(chosen) == top_k:
                    break
        start = end
    matched = catalog.matched_terms_of(tuple(query.weights), [indexed.doc for indexed, *_ in chosen])
    return [
        Scored(indexed, score, _explain(checks, terms, row))
        for (indexed, score, checks, row), terms in zip(chosen, matched, strict=True)
    ]


def _pair_columns(
    indexed: IndexedProduct, supplier: SupplierUpserted | None, region_code: str
) -> dict[str, NDArray[np.float64]]:
    product = indexed.product
    small = -1.0 if supplier is None else float(rules.is_small_or_cooperative(supplier))
    price = price_for_region(product, region_code)
    values = {
        "price": np.inf if price is None else float(price),
        "capacity": np.nan if product.monthly_capacity is None else float(product.monthly_capacity),
        "tkdn": np.nan if product.tkdn_percent is None else product.tkdn_percent,
        "bmp": product.bmp_percent or 0.0,
        "kbki": float(indexed.catalog.columns(np.array([indexed.doc]))["kbki"][0]),
        "region": -1.0 if supplier is None else float(region_number(supplier.region_code)),
        "small": small,
        "track": 0.0 if supplier is None else float(supplier.completed_contracts),
    }
    return {name: np.array([value], dtype=np.float64) for name, value in values.items()}


def score_pair(
    need: NeedUpserted,
    product: IndexedProduct,
    supplier: SupplierUpserted | None,
    context: rules.NeedContext = rules.NO_CONTEXT,
    exposure: Mapping[str, int] | None = None,
) -> Scored | None:
    """One pair alone (a product that changed, against an open need): None when a hard rule fails or the
    product is not relevant to the need; otherwise the score with its parts. Without a context the
    reservation binds and no TKDN-qualified alternative is assumed (see rules.py)."""
    checks = rules.check_all(need, product.product, supplier, context)
    if not all(check.passed for check in checks):
        return None
    catalog = product.catalog
    query = need_query(need)
    ideal = catalog.ideal_score(query)
    frequencies = product_term_frequencies(product.product)
    bm25, matched = catalog.bm25_of(frequencies, float(sum(frequencies.values())), query)
    text = min(bm25 / ideal, 1.0) if ideal > 0 else 0.0
    if text < MIN_TEXT:
        return None
    parts = _parts(
        need, kbki_divisions(query.concepts), np.array([text]), _pair_columns(product, supplier, need.region_code)
    )
    held = (exposure or {}).get(product.supplier_id, 0)
    parts["exposure"] = _exposure(np.array([held], dtype=np.float64))
    row = {name: float(values[0]) for name, values in parts.items()}
    return Scored(product, float(_combine(parts)[0]), _explain(checks, matched, row))
