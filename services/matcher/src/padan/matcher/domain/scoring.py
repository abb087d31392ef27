"""Ranking: which products genuinely fit a need, which of those the law lets it buy, in what order.

1. Fit. A need names one or more kinds of goods (`text.analyse_need`: its phrases, "kursi kerja pejabat",
   "ATK dan tinta printer"). Against the catalog each phrase gets a head, the first of its candidate words
   or concepts that some product names (in its name or category), and weights for its other terms by role
   and IDF. A product's fit to a phrase is the weighted share of the phrase it holds, each term counted by
   how fully the product holds it (`catalog.strength`: in the name and the description is full, in the
   description alone about two thirds), and only when it holds the head: a wheelchair shares "kursi" with
   "kursi kerja" but not its head concept; a fish feed shares "ikan lele" with "bibit ikan lele" but not
   "bibit". Its fit to the need is its best phrase's (that phrase is its kind of goods, for the PDN rule),
   times KBKI_MISMATCH when its KBKI division is not one the need's concepts are classified in. A product
   fits when its fit is at least FIT_MIN: only fitting products are ever proposed. A need whose words are
   all generic ("Belanja Alat/Bahan untuk Kegiatan Kantor") names no goods and gets no proposals.
2. Rules (rules.py), in their legal context, judged over the fitting offers: the reservation for small
   businesses (Perpres 12/2021 Pasal 65) yields when no fitting offer that passes type, price, capacity
   and region comes from a small business or cooperative; the domestic-content obligation (Pasal 66) binds
   per kind of goods, when a fitting offer of that kind that survives the reservation meets the TKDN
   thresholds. So a need with an eligible fitting product never comes back empty; when the rules remove
   every fitting product, `NeedRanking.reason` says which rule removed which offers.
3. Score, calibrated so a threshold means the same for every need:

       relevance = (1 - TEXT_SHARE) fit + TEXT_SHARE text        (text: the share of all the need's terms,
                                                                   specification and related concepts too)
       score = relevance x (BASE + sum of QUALITY weight x part)  (the quality weights add up to 1 - BASE)

   so a fitting product scores between FIT_MIN x BASE and 1, and better-placed, certified, less-exposed
   suppliers lead among equally fitting products without lifting an unfit one. Parts: locality (1 same
   kab/kota, or same province for a provincial need; 0.5 same province; 0 elsewhere), exposure (1 / (1 +
   held / EXPOSURE_HALF), held = matches the supplier already holds), budget (how well price x volume uses
   the pagu: 1 at the pagu, 0.5 at a tenth, 0 at a hundredth; 0.5 without a volume), tkdn ((TKDN + BMP) /
   100, 0 uncertified), kbki (1 the product's KBKI division is one of the need's concepts', 0 another, 0.5
   unknown), track_record (completed contracts n as n / (n + 3)).

`rank_need` scores a need against the whole catalog with numpy over the products holding a phrase head;
the rule functions have the last word on each product proposed, and explain it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from padan.matcher.domain import rules
from padan.matcher.domain.catalog import Catalog, HeadBlock, IndexedProduct, naming_terms, region_number
from padan.matcher.domain.text import (
    CONCEPT_PREFIX,
    MODIFIER_WEIGHT,
    PHRASE_WEIGHTS,
    PLAIN_MODIFIER_WEIGHT,
    NeedText,
    Phrase,
    Role,
    analyse_need,
    phrase_label,
    ancestors_of,
    display_term,
    kbki_divisions,
)
from padan.shared.events import MatchExplanation, NeedUpserted, RuleCheck, SupplierUpserted
from padan.shared.money import format_rupiah

if TYPE_CHECKING:
    from numpy.typing import NDArray

BASE = 0.6
QUALITY: dict[str, float] = {
    "locality": 0.12,
    "exposure": 0.08,
    "tkdn": 0.08,
    "budget": 0.06,
    "kbki": 0.03,
    "track_record": 0.03,
}
WEIGHTS = QUALITY
"""The quality parts and their weights (they add up to 1 - BASE)."""
TEXT_SHARE = 0.2
FIT_MIN = 0.5
KBKI_MISMATCH = 0.7
DESCRIPTION_ONLY = 0.3
"""Weight factor of a need's word that no product names, only descriptions mention (a place, an activity):
weak evidence of the goods."""
EXPOSURE_HALF = 10.0
POOL_MAX = 500
MAX_CANDIDATES = 20_000
"""Retrieve, then rank: past this many fitting, affordable products for one need, only the best fitting go
on to the rules and the other parts (a national catalog has tens of thousands of near-identical listings
for common goods; ties at the cut are taken in index order)."""
SHOWN_OFFERS = 5
"""Product ids named per rule when a need is left without proposals."""


class Outcome(StrEnum):
    MATCHED = "matched"
    NOT_CATALOG_TYPE = "not_catalog_type"
    NO_GOODS_NAMED = "no_goods_named"
    NO_FITTING_PRODUCT = "no_fitting_product"
    RULES_REMOVED_ALL = "rules_removed_all"
    BELOW_MIN_SCORE = "below_min_score"


@dataclass(frozen=True)
class Scored:
    product: IndexedProduct
    score: float
    explanation: MatchExplanation


@dataclass(frozen=True)
class NeedRanking:
    """A need's proposals, or why it has none (`reason`, in Bahasa Indonesia)."""

    matches: list[Scored]
    outcome: Outcome
    reason: str = ""


@dataclass(frozen=True)
class WeightedPhrase:
    head: str
    weights: dict[str, float]
    """Term -> its share of the phrase (role weight x IDF, normalised to add up to 1)."""
    label: str


@dataclass(frozen=True)
class Query:
    """A need's text prepared against one catalog's statistics."""

    phrases: tuple[WeightedPhrase, ...]
    weights: dict[str, float]
    """Every term of name and specification (related concepts too) -> its share of the need's text."""
    divisions: frozenset[str]
    text: NeedText

    @property
    def heads(self) -> list[str]:
        return [phrase.head for phrase in self.phrases]

    @property
    def asked(self) -> str:
        """The kinds of goods the need names, as written: "'kursi kerja', 'tinta printer'"."""
        return ", ".join(f"'{phrase_label(phrase)}'" for phrase in self.text.phrases)


def need_text(need: NeedUpserted) -> str:
    return f"{need.package_name} {need.specification}"


def need_terms(need: NeedUpserted) -> set[str]:
    """The terms a need searches for (phrases, specification, related concepts), without a catalog."""
    return set(analyse_need(need.package_name, need.specification).weights)


_ANALYSED_MAX = 50_000


def analysed(catalog: Catalog, need: NeedUpserted) -> NeedText:
    """The need's text analysed with the catalog's lexicon, kept while the lexicon stays as it is."""
    key = (need.package_name, need.specification)
    cached = catalog.need_texts.get(key)
    if cached is not None and cached[0] == catalog.lexicon.generation:
        return cached[1]
    found = analyse_need(need.package_name, need.specification, catalog.lexicon)
    if len(catalog.need_texts) >= _ANALYSED_MAX:
        catalog.need_texts.clear()
    catalog.need_texts[key] = (catalog.lexicon.generation, found)
    return found


def _head(catalog: Catalog, phrase: Phrase) -> str | None:
    """The narrowest concept some product names, else the phrase's first candidate: Indonesian names the
    goods first ("calon induk ikan hias" asks for brood fish, whatever "hias" may also decorate), so a first
    word no product names leaves the phrase unmatched rather than handing it to a qualifier."""
    narrower = [item.term for item in phrase if item.role is Role.NARROWER and catalog.names_term(item.term)]
    if narrower:
        return narrower[-1]
    return next((item.term for item in phrase if item.role is Role.CANDIDATE), None)


def prepare(catalog: Catalog, text: NeedText) -> Query:
    phrases: list[WeightedPhrase] = []
    for phrase in text.phrases:
        head = _head(catalog, phrase)
        if head is None or not catalog.names_term(head):
            continue
        known = tuple((item.term, item.role) for item in phrase if catalog.idf(item.term) > 0)
        broader = set(ancestors_of(head))
        weights: dict[str, float] = {}
        ceiling = catalog.idf(head)
        for term, role in known:
            if term == head or term in broader:
                weight = 1.0
            elif role in (Role.CANDIDATE, Role.NARROWER):
                weight = MODIFIER_WEIGHT if term.startswith(CONCEPT_PREFIX) else PLAIN_MODIFIER_WEIGHT
            else:
                weight = PHRASE_WEIGHTS[role]
            if not catalog.names_term(term):
                weight *= DESCRIPTION_ONLY
            # A rare qualifier must not outweigh the goods it qualifies ("pra panen" of "alsintan").
            weights[term] = max(weights.get(term, 0.0), weight * min(catalog.idf(term), ceiling))
        total = sum(weights.values())
        phrases.append(WeightedPhrase(head, {term: w / total for term, w in weights.items()}, phrase_label(phrase)))
    weights = {}
    for term, weight in text.weights.items():
        idf = catalog.idf(term)
        source = text.related.get(term)
        if source is not None:
            idf = min(idf, catalog.idf(source))
        if idf > 0:
            weights[term] = weight * idf * (1.0 if catalog.names_term(term) else DESCRIPTION_ONLY)
    core = sum(w for term, w in weights.items() if term in text.core) or 1.0
    normalised = {term: w / core for term, w in weights.items()}
    return Query(tuple(phrases), normalised, kbki_divisions(text.concepts), text)


def need_query(catalog: Catalog, need: NeedUpserted) -> Query:
    return prepare(catalog, analysed(catalog, need))


@dataclass(frozen=True)
class Relevance:
    fit: NDArray[np.float64]
    kind: NDArray[np.int64]
    """Index of the phrase each product fits best: its kind of goods."""


def _fit(
    query: Query, strengths: Mapping[str, NDArray[np.float64]], named: Mapping[str, NDArray[np.bool_]], count: int
) -> Relevance:
    """Each product's fit (best phrase) and kind, from how fully it holds each term and whether it names each
    phrase's head; before the KBKI factor."""
    zeros = np.zeros(count)
    per_phrase = []
    for phrase in query.phrases:
        covered = zeros.copy()
        for term, weight in phrase.weights.items():
            covered += weight * strengths.get(term, zeros)
        per_phrase.append(np.where(named[phrase.head], covered, 0.0))
    if len(per_phrase) == 1:
        return Relevance(per_phrase[0], np.zeros(count, dtype=np.int64))
    stacked = np.vstack(per_phrase)
    kind = np.argmax(stacked, axis=0)
    return Relevance(stacked[kind, np.arange(count)], kind.astype(np.int64))


def _kbki_factor(query: Query, fit: NDArray[np.float64], kbki: NDArray[np.float64]) -> NDArray[np.float64]:
    if not query.divisions:
        return fit
    return np.where((kbki >= 0) & ~_agrees(kbki, query.divisions), fit * KBKI_MISMATCH, fit)


def _agrees(kbki: NDArray[np.float64], divisions: frozenset[str]) -> NDArray[np.bool_]:
    """Whether each KBKI division is one of the given (a few: comparisons beat np.isin's set-up)."""
    agree = np.zeros(len(kbki), dtype=bool)
    for division in divisions:
        agree |= kbki == float(division)
    return agree


def _text(query: Query, strengths: Mapping[str, NDArray[np.float64]], count: int) -> NDArray[np.float64]:
    text = np.zeros(count)
    for term, weight in query.weights.items():
        found = strengths.get(term)
        if found is not None:
            text += weight * found
    return np.minimum(text, 1.0)


def _head_candidates(catalog: Catalog, query: Query) -> tuple[HeadBlock, dict[str, NDArray[np.float64]]]:
    """The products naming some phrase's head and able to reach FIT_MIN by it (a head held weakly cannot
    be made up for by the qualifiers), with how fully each holds each head (0: does not name it)."""
    found = []
    for phrase in query.phrases:
        block = catalog.head_block(phrase.head)
        share = phrase.weights[phrase.head]
        keep = share * block.held + (1.0 - share) >= FIT_MIN
        found.append((phrase.head, block if keep.all() else block.take(keep)))
    if len(found) == 1:
        head, block = found[0]
        return block, {head: block.held}
    union = np.unique(np.concatenate([block.docs for _, block in found]))
    heads: dict[str, NDArray[np.float64]] = {}
    for head, block in found:
        held = np.zeros(len(union))
        if len(block.docs):
            at = np.minimum(np.searchsorted(block.docs, union), len(block.docs) - 1)
            held = np.where(block.docs[at] == union, block.held[at], 0.0)
        heads[head] = np.maximum(heads[head], held) if head in heads else held
    return HeadBlock(union, np.zeros(len(union)), catalog.columns(union)), heads


def _pair_mask(need: NeedUpserted, cols: dict[str, NDArray[np.float64]]) -> dict[str, NDArray[np.bool_]]:
    """Vectorised price, capacity and region rules (rules.py states them; this pre-selects quickly)."""
    volume = max(need.volume or 1, 1)
    count = len(cols["price"])
    price = cols["price"] * volume <= need.pagu_idr
    capacity = np.ones(count, dtype=bool)
    if need.volume:
        made = cols["capacity"]
        capacity = np.isnan(made) | (made * rules.DELIVERY_MONTHS >= need.volume)
    region = np.ones(count, dtype=bool)
    scope = rules.required_scope(need)
    if scope is not None:
        wanted = region_number(need.region_code)
        where = cols["region"]
        if scope is rules.Scope.KABKOTA:
            region = where == wanted
        else:
            region = (where >= 0) & (where // 100 == wanted // 100)
    return {"price_within_pagu": price, "capacity_covers_volume": capacity, "region_requirement": region}


def _tkdn_mask(cols: dict[str, NDArray[np.float64]]) -> NDArray[np.bool_]:
    tkdn = cols["tkdn"]  # NaN (no certificate) compares False
    return (tkdn >= rules.TKDN_MIN_PERCENT) & (tkdn + cols["bmp"] >= rules.TKDN_BMP_MIN_PERCENT)


def _quality_parts(
    need: NeedUpserted, divisions: frozenset[str], cols: dict[str, NDArray[np.float64]]
) -> dict[str, NDArray[np.float64]]:
    """Every quality part but exposure, for each product (values in [0, 1])."""
    count = len(cols["price"])
    if divisions:
        kbki = np.where(cols["kbki"] >= 0, _agrees(cols["kbki"], divisions).astype(np.float64), 0.5)
    else:
        kbki = np.full(count, 0.5)
    if need.volume and need.pagu_idr > 0:
        shift = np.log10(need.volume) - np.log10(need.pagu_idr)
        budget = np.clip(1.0 - np.abs(cols["log_price"] + shift) / 2.0, 0.0, 1.0)
    else:
        budget = np.full(count, 0.5)
    wanted = region_number(need.region_code)
    same_province = (cols["province"] == wanted // 100) & (cols["province"] >= 0)
    if wanted % 100 == 0:
        locality = same_province.astype(np.float64)
    else:
        locality = 0.5 * same_province + 0.5 * (cols["region"] == wanted)
    tkdn = np.minimum(cols["tkdn"] + cols["bmp"], 100.0) / 100.0
    tkdn[np.isnan(tkdn)] = 0.0
    track = cols["track"] / (cols["track"] + 3.0)
    return {"locality": locality, "kbki": kbki, "budget": budget, "tkdn": tkdn, "track_record": track}


def _exposure(held: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + held / EXPOSURE_HALF), dtype=np.float64)


def _relevance_of(fit: NDArray[np.float64], text: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray((1.0 - TEXT_SHARE) * fit + TEXT_SHARE * text, dtype=np.float64)


def _combine(relevance: NDArray[np.float64], parts: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    """The score of each product from its relevance and quality parts, rounded as it is published."""
    quality = np.full(len(relevance), BASE)
    for name, weight in QUALITY.items():
        quality = quality + weight * parts[name]
    return np.round(relevance * quality, 4)


def _explain(checks: list[RuleCheck], matched: list[str], parts: Mapping[str, float]) -> MatchExplanation:
    return MatchExplanation(
        rules=checks,
        matched_terms=[display_term(term) for term in matched],
        components={name: round(float(value), 4) for name, value in parts.items()},
    )


def _ids(catalog: Catalog, docs: NDArray[np.int64]) -> str:
    shown = catalog.product_ids(docs[:SHOWN_OFFERS])
    more = f" dan {len(docs) - SHOWN_OFFERS} lainnya" if len(docs) > SHOWN_OFFERS else ""
    return ", ".join(shown) + more


_RULE_FAILURES = {
    "price_within_pagu": "harga x volume melebihi pagu {pagu}",
    "capacity_covers_volume": "kapasitas produksi {months} bulan tidak mencukupi volume {volume}",
    "region_requirement": "penyedia di luar wilayah yang disyaratkan paket",
}


def _removed_reason(
    catalog: Catalog, need: NeedUpserted, docs: NDArray[np.int64], masks: dict[str, NDArray[np.bool_]]
) -> str:
    """Which rule removed which of the fitting offers (each offer under the first rule it fails)."""
    left = np.ones(len(docs), dtype=bool)
    parts = []
    values = {"pagu": format_rupiah(need.pagu_idr), "months": rules.DELIVERY_MONTHS, "volume": need.volume}
    for rule, passed in masks.items():
        failed = left & ~passed
        if failed.any():
            parts.append(f"{_RULE_FAILURES[rule].format(**values)}: {_ids(catalog, docs[failed])}")
        left &= passed
    return f"{len(docs)} produk sesuai kebutuhan, semuanya gugur karena aturan: " + "; ".join(parts)


@dataclass(frozen=True)
class _Candidates:
    """Fitting products: relevance, quality parts, and which pass the rules (`ok`)."""

    docs: NDArray[np.int64]
    relevance: NDArray[np.float64]
    fit: NDArray[np.float64]
    text: NDArray[np.float64]
    kind: NDArray[np.int64]
    parts: dict[str, NDArray[np.float64]]
    ok: NDArray[np.bool_]
    contexts: list[rules.NeedContext]
    """The rules' context per kind of goods (phrase)."""
    held: dict[str, NDArray[np.float64]]
    """How fully each product holds each of the need's terms."""


def _eligible_candidates(catalog: Catalog, need: NeedUpserted, query: Query) -> _Candidates | str:
    """Fitting products with their relevance, quality parts and whether they pass the rules (vectorised),
    or why there are none."""
    block, heads = _head_candidates(catalog, query)
    nothing = f"belum ada produk di katalog yang sesuai dengan {query.asked}"
    if not len(block.docs):
        return nothing
    strengths = dict(heads)
    for phrase in query.phrases:
        for term in phrase.weights:
            if term not in strengths:
                strengths[term] = catalog.block_strengths(block, term)
    found = _fit(query, strengths, {head: held > 0 for head, held in heads.items()}, len(block.docs))
    fit, kind = _kbki_factor(query, found.fit, block.cols["kbki"]), found.kind
    fitting = fit >= FIT_MIN
    if not fitting.any():
        return nothing
    if not fitting.all():
        block, fit, kind = block.take(fitting), fit[fitting], kind[fitting]
        strengths = {term: values[fitting] for term, values in strengths.items()}
    for term in query.weights:
        if term not in strengths:
            strengths[term] = catalog.block_strengths(block, term)
    text = _text(query, strengths, len(block.docs))
    relevance = _relevance_of(fit, text)
    if len(block.docs) > MAX_CANDIDATES:
        best = np.sort(np.argpartition(-relevance, MAX_CANDIDATES)[:MAX_CANDIDATES])
        block, fit, text, kind, relevance = block.take(best), fit[best], text[best], kind[best], relevance[best]
        strengths = {term: values[best] for term, values in strengths.items()}
    cols = block.cols
    masks = _pair_mask(need, cols)
    ok = masks["price_within_pagu"] & masks["capacity_covers_volume"] & masks["region_requirement"]
    if not ok.any():
        return _removed_reason(catalog, need, block.docs, masks)
    small = cols["small"] == 1
    small_available = bool((ok & small).any())
    if rules.is_reserved(need) and small_available:
        ok &= small
    contexts = [rules.NeedContext(small_business_available=small_available)] * max(len(query.phrases), 1)
    if need.is_pdn:
        tkdn_ok = _tkdn_mask(cols)
        if len(query.phrases) == 1:
            qualified = [bool((ok & tkdn_ok).any())]
        else:
            qualified = [bool((ok & tkdn_ok & (kind == k)).any()) for k in range(len(query.phrases))]
        contexts = [rules.NeedContext(small_available, available) for available in qualified]
        if any(qualified):
            ok &= tkdn_ok | ~np.asarray(qualified, dtype=bool)[kind]
    parts = _quality_parts(need, query.divisions, cols)
    return _Candidates(block.docs, relevance, fit, text, kind, parts, ok, contexts, strengths)


def _pool(found: _Candidates, top_k: int) -> NDArray[np.int64]:
    """Products passing the rules that can still reach the top_k: exposure adds at most its weight x
    relevance to the rest of the score."""
    quality = BASE + sum(QUALITY[name] * values for name, values in found.parts.items())
    without = np.where(found.ok, found.relevance * quality, -1.0)
    passing = int(found.ok.sum())
    if passing <= top_k:
        return np.flatnonzero(found.ok)
    kth = np.partition(without, len(without) - top_k)[len(without) - top_k]
    pool = np.flatnonzero(without + found.relevance * QUALITY["exposure"] >= kth)
    if len(pool) > POOL_MAX:
        pool = pool[np.argpartition(-without[pool], POOL_MAX)[:POOL_MAX]]
    return pool


def rank_need_explained(
    catalog: Catalog, need: NeedUpserted, top_k: int, exposure: Mapping[str, int] | None = None
) -> NeedRanking:
    """The top_k eligible fitting products for the need, best first (ties by product id), each explained;
    or none, and why.

    `exposure` counts the matches each supplier holds; by default the catalog's own tally (Catalog.held_by)."""
    kind_check = rules.procurement_type(need)
    if not kind_check.passed:
        return NeedRanking([], Outcome.NOT_CATALOG_TYPE, kind_check.detail)
    query = need_query(catalog, need)
    if not query.text.phrases:
        reason = "nama paket hanya berisi kata umum, tidak menyebut barang/jasa tertentu"
        return NeedRanking([], Outcome.NO_GOODS_NAMED, reason)
    if not query.phrases:
        reason = f"belum ada produk di katalog yang sesuai dengan {query.asked}"
        return NeedRanking([], Outcome.NO_FITTING_PRODUCT, reason)
    found = _eligible_candidates(catalog, need, query)
    if isinstance(found, str):
        outcome = Outcome.RULES_REMOVED_ALL if "aturan" in found else Outcome.NO_FITTING_PRODUCT
        return NeedRanking([], outcome, found)
    if top_k <= 0:
        return NeedRanking([], Outcome.MATCHED)
    pool = _pool(found, top_k)
    docs = found.docs[pool]
    parts = {name: values[pool] for name, values in found.parts.items()}
    parts["exposure"] = _exposure(catalog.held_by_docs(docs, exposure))
    relevance, fit, text, kind = found.relevance[pool], found.fit[pool], found.text[pool], found.kind[pool]
    scores = _combine(relevance, parts)
    shown = {"relevance": relevance, "fit": fit, "text": text, **parts}
    rounded = {name: np.round(values, 4).tolist() for name, values in shown.items()}
    order = np.argsort(-scores, kind="stable")
    chosen: list[Scored] = []
    fixed = _need_checks(need)
    start = 0
    while start < len(order) and len(chosen) < top_k:
        # A slice down to a score boundary (so ties are whole), its ties put in product-id order.
        end = min(start + 2 * top_k, len(order))
        while end < len(order) and scores[order[end]] == scores[order[end - 1]]:
            end += 1
        chunk = order[start:end].tolist()
        ranked = sorted(zip(chunk, catalog.product_ids(docs[chunk]), strict=True), key=lambda x: (-scores[x[0]], x[1]))
        for i, _ in ranked:
            doc = int(docs[i])
            indexed = catalog.product_at(doc)
            supplier = catalog.suppliers.get(indexed.supplier_id)
            checks = _checks(need, catalog.offer_at(doc), supplier, found.contexts[int(kind[i])], fixed)
            if all(check.passed for check in checks):
                at = int(pool[i])
                matched = [display_term(term) for term in query.weights if found.held[term][at] > 0]
                row = {name: values[i] for name, values in rounded.items()}
                explanation = MatchExplanation(rules=checks, matched_terms=matched, components=row)
                chosen.append(Scored(indexed, float(scores[i]), explanation))
                if len(chosen) == top_k:
                    break
        start = end
    if not chosen:
        return NeedRanking([], Outcome.RULES_REMOVED_ALL, "semua produk yang sesuai gugur karena aturan")
    return NeedRanking(chosen, Outcome.MATCHED)


def rank_need(
    catalog: Catalog, need: NeedUpserted, top_k: int, exposure: Mapping[str, int] | None = None
) -> list[Scored]:
    """The top_k eligible fitting products for the need, best first (see `rank_need_explained`)."""
    return rank_need_explained(catalog, need, top_k, exposure).matches


@dataclass(frozen=True)
class _NeedChecks:
    """The checks that depend on the need alone, made once per need and shared by its matches."""

    procurement_type: RuleCheck
    active: RuleCheck
    region: RuleCheck | None


def _need_checks(need: NeedUpserted) -> _NeedChecks:
    region = None
    if rules.required_scope(need) is None:
        region = rules.region_requirement(need, None)
    return _NeedChecks(rules.procurement_type(need), rules.ACTIVE, region)


def _checks(
    need: NeedUpserted,
    product: rules.Offer,
    supplier: SupplierUpserted | None,
    context: rules.NeedContext,
    fixed: _NeedChecks,
) -> list[RuleCheck]:
    if not product.active:
        return rules.check_all(need, product, supplier, context)
    return [
        fixed.procurement_type,
        fixed.active,
        rules.price_within_pagu(need, product),
        rules.capacity_covers_volume(need, product),
        fixed.region or rules.region_requirement(need, supplier),
        rules.small_business_reservation(need, supplier, context),
        rules.domestic_content(need, product, context),
    ]


def _pair_columns(indexed: IndexedProduct, supplier: SupplierUpserted | None) -> dict[str, NDArray[np.float64]]:
    """The columns of one product as `Catalog.columns` gives them, with the supplier given."""
    cols = indexed.catalog.columns(np.array([indexed.doc]))
    region = -1.0 if supplier is None else float(region_number(supplier.region_code))
    cols["region"] = np.array([region])
    cols["province"] = np.array([region // 100 if region >= 0 else -1.0])
    cols["small"] = np.array([-1.0 if supplier is None else float(rules.is_small_or_cooperative(supplier))])
    cols["track"] = np.array([0.0 if supplier is None else float(supplier.completed_contracts)])
    return cols


def score_pair(
    need: NeedUpserted,
    product: IndexedProduct,
    supplier: SupplierUpserted | None,
    context: rules.NeedContext = rules.NO_CONTEXT,
    exposure: Mapping[str, int] | None = None,
) -> Scored | None:
    """One pair alone (a product that changed, against an open need): None when a hard rule fails or the
    product does not fit the need; otherwise the score with its parts. Without a context the reservation
    binds and no TKDN-qualified alternative is assumed (see rules.py)."""
    checks = rules.check_all(need, product.product, supplier, context)
    if not all(check.passed for check in checks):
        return None
    catalog = product.catalog
    query = need_query(catalog, need)
    if not query.phrases:
        return None
    held = catalog.strengths_of(product.product)
    named = naming_terms(product.product)
    strengths = {term: np.array([value]) for term, value in held.items()}
    cols = _pair_columns(product, supplier)
    heads = {phrase.head: np.array([phrase.head in named]) for phrase in query.phrases}
    fit = _kbki_factor(query, _fit(query, strengths, heads, 1).fit, cols["kbki"])
    if fit[0] < FIT_MIN:
        return None
    text = _text(query, strengths, 1)
    relevance = _relevance_of(fit, text)
    parts = _quality_parts(need, query.divisions, cols)
    parts["exposure"] = _exposure(np.array([(exposure or {}).get(product.supplier_id, 0)], dtype=np.float64))
    row = {"relevance": float(relevance[0]), "fit": float(fit[0]), "text": float(text[0])}
    row |= {name: float(values[0]) for name, values in parts.items()}
    matched = [term for term in query.weights if held.get(term, 0.0) > 0]
    return Scored(product, float(_combine(relevance, parts)[0]), _explain(checks, matched, row))


def proposals(ranking: NeedRanking, min_score: float) -> NeedRanking:
    """The matches scoring at least min_score (the service's threshold); none left says so."""
    kept = [item for item in ranking.matches if item.score >= min_score]
    if kept or not ranking.matches:
        return NeedRanking(kept, ranking.outcome, ranking.reason)
    best = ranking.matches[0].score
    reason = f"skor tertinggi {best:.2f} di bawah ambang {min_score:.2f}".replace(".", ",")
    return NeedRanking([], Outcome.BELOW_MIN_SCORE, reason)
