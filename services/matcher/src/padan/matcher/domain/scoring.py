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

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property, partial
from typing import TYPE_CHECKING

import numpy as np

from padan.matcher.domain import rules
from padan.matcher.domain.catalog import (
    NAMING,
    Catalog,
    HeadBlock,
    IndexedProduct,
    kind_terms,
    region_number,
    shelf_of,
    substitute_terms,
)
from padan.matcher.domain.text import (
    PHRASE_WEIGHTS,
    PLAIN_MODIFIER_WEIGHT,
    NeedText,
    Phrase,
    PhraseTerm,
    Role,
    analyse_need,
    ancestors_of,
    display_term,
    kbki_divisions,
    measures,
    phrase_head,
    phrase_label,
    related_of,
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
FALLBACK_HEAD = 0.8
KIND_QUALIFIER = 0.7
VARIANT_FIT = 0.55
"""The least fit of a product of the kind asked for, whatever qualifiers it lacks: "Meja Kerja Staff" for
"Meja Kerja Pejabat Eselon II" is a variant of the goods asked for, proposed below those that hold the
qualifiers (above FIT_MIN), and never a genuine fit for the rules' context (below CONTEXT_FIT)."""
KIND_FLOOR = 0.7
"""How fully a product of the head's kind holds the head at least: the kind gate says it is of that kind,
if only by the shelf it sits on ("Kemeja Putih Pegawai" on "Pakaian > Pakaian Dinas" for "pakaian kerja")."""
CONTEXT_FIT = 0.75
"""The fit above which an offer counts for the rules' context (the reservation, the PDN obligation): the
offers that genuinely fit. Weaker fits may still be proposed, below them."""
DESCRIPTION_ONLY = 0.3
"""Weight factor of a need's word that no product names, only descriptions mention (a place, an activity):
weak evidence of the goods."""
EXPOSURE_HALF = 10.0
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
    required: tuple[str, ...] = ()
    """Terms a product must hold besides the head to fit at all (the goods a service is for)."""
    block: str = ""
    """The products it is fitted against: the head's kind (the head itself), or for an alternative the
    products of a related kind or naming the head (`catalog.NAMING` + head); "" is the head."""
    factor: float = 1.0
    base: float = 0.0
    """Fit held by every product of `block` (a shelf stands in for the head it is the shelf of)."""
    related: bool = False
    """Fitted against the head's shelf: related goods, proposed only after some goods asked for or a
    substitute passes the rules."""

    of: int = 0
    """The index of the phrase (kind of goods asked for) it stands for."""

    @property
    def products(self) -> str:
        return self.block or self.head


@dataclass(frozen=True)
class Query:
    """A need's text prepared against one catalog's statistics."""

    phrases: tuple[WeightedPhrase, ...]
    weights: dict[str, float]
    """Every term of name and specification (related concepts too) -> its share of the need's text."""
    divisions: frozenset[str]
    text: NeedText
    alternatives: tuple[WeightedPhrase, ...] = ()
    """Substitutes for the phrases' goods, fitted at a lower certainty (`_alternatives`)."""
    sizes: Mapping[str, frozenset[float]] = field(default_factory=dict)
    """The sizes the need states, per unit (`text.measures`; see MEASURE_MISMATCH)."""

    @property
    def heads(self) -> list[str]:
        """The product sets ranked: each phrase's kind, then those of the alternatives."""
        return [phrase.products for phrase in (*self.phrases, *self.alternatives)]

    @property
    def asked(self) -> str:
        """The kinds of goods the need names, as written: "'kursi kerja', 'tinta printer'"."""
        return ", ".join(f"'{phrase_label(phrase)}'" for phrase in self.text.phrases)

    @cached_property
    def goods_asked(self) -> Query:
        """The query without its alternatives (kept with it: a need is ranked on the goods it asks for first)."""
        return replace(self, alternatives=())


def need_text(need: NeedUpserted) -> str:
    return f"{need.package_name} {need.specification}"


def need_terms(need: NeedUpserted) -> set[str]:
    """The terms a need searches for (phrases, specification, related concepts), without a catalog."""
    return set(analyse_need(need.package_name, need.specification).weights)


_PREPARED_MAX = 50_000


SERVICES = frozenset({"c:sewa", "c:langganan", "c:pelatihan", "c:jasa_pemeliharaan"})
"""Concepts of services done to or with goods: a phrase they head asks for the service ("Sewa Kendaraan",
"Pemeliharaan Kendaraan Roda 2", "Kursus Service HP"), never for the goods it names after them."""


def is_service(term: str) -> bool:
    return term in SERVICES or bool(SERVICES & set(ancestors_of(term)))


def _service(phrase: Phrase) -> str | None:
    """The service the phrase asks for: its first candidate, when that is one, or a subscription anywhere
    ("TV Berlangganan")."""
    first = next((item.term for item in phrase if item.role in (Role.CANDIDATE, Role.NARROWER)), None)
    if first is not None and is_service(first):
        return first
    return "c:langganan" if any(item.term == "c:langganan" for item in phrase) else None


def _head(catalog: Catalog, phrase: Phrase) -> tuple[str, float] | None:
    """The phrase's head against the catalog, and how sure it is. Indonesian names the goods first, so the
    head is the narrowest concept, else the first candidate, when some product is of that kind. When none
    is and no product mentions it at all (a place, a programme's name, a typo beyond repair), the next
    candidate that is a kind heads it, at FALLBACK_HEAD ("Bahan Praktek Pelatihan MUA"); the words before
    it still count against the products lacking them ("calon induk ikan hias" is no decoration). A service
    heads its phrase, or nothing does; nothing does either when the service is done to something its
    offers are not for (`_object_not_served`)."""
    found = _kind_head(catalog, phrase)
    if found is not None and is_service(found[0]) and _object_not_served(catalog, found[0], phrase):
        return None
    return found


def _kind_head(catalog: Catalog, phrase: Phrase) -> tuple[str, float] | None:
    service = _service(phrase)
    if service is not None:
        return (service, 1.0) if catalog.is_kind(service) else None
    head = phrase_head(phrase)
    if head is not None and catalog.is_kind(head):
        return head, 1.0
    for item in phrase:
        if item.role not in (Role.CANDIDATE, Role.NARROWER):
            continue
        if catalog.is_kind(item.term):
            if is_service(item.term):
                return None  # a service named after the goods qualifies them ("Bahan Habis Pakai Kalibrasi")
            return item.term, FALLBACK_HEAD
        if catalog.names_term(item.term):
            return None  # a word the catalog knows, of no kind it has: the goods are not there
    return None


def _object_not_served(catalog: Catalog, head: str, phrase: Phrase) -> bool:
    """Whether the service is done to something the catalog's offers of that service are not for: no kind
    of goods follows the service in the phrase (a kind is required of its products, see `prepare`) and
    the first word after it is one no product of the service holds ("Sewa Hotel", "Pemeliharaan Gedung")."""
    at = next((i for i, item in enumerate(phrase) if item.term == head), None)
    if at is None:
        return False
    after = [item for item in phrase[at + 1 :] if item.term not in ancestors_of(head)]
    if any(catalog.is_kind(item.term) for item in after):
        return False
    target = next((item.term for item in after if item.role in (Role.CANDIDATE, Role.NARROWER)), None)
    return target is not None and not _discriminates(catalog, head, target)


def _discriminates(catalog: Catalog, head: str, term: str) -> bool:
    """Whether some product of the head's kind holds the term: a qualifier none of them holds ("kursi kerja
    pejabat": no chair says "pejabat") tells nothing about which of them fits."""
    block = catalog.head_block(head)
    return bool(catalog.block_strengths(block, term).any())


def _qualifier_weight(catalog: Catalog, head: str, item: PhraseTerm) -> tuple[float, bool] | None:
    """A phrase term's weight besides the head, and whether a product must hold it; None: it does not
    count (see `prepare`)."""
    if item.term in ancestors_of(head):
        return 1.0, False
    kind = item.role in (Role.CANDIDATE, Role.NARROWER, Role.MODIFIER) and catalog.is_kind(item.term)
    if kind:
        return KIND_QUALIFIER, is_service(head)  # the rental of a car: a rental, and of a car
    if not _discriminates(catalog, head, item.term):
        return None
    return (PLAIN_MODIFIER_WEIGHT if item.role in (Role.CANDIDATE, Role.NARROWER) else PHRASE_WEIGHTS[item.role]), False


def prepare(catalog: Catalog, text: NeedText) -> Query:
    """The need's phrases weighted against the catalog. In a phrase, the head and its broader concepts
    weigh 1; a qualifier that is itself a kind of goods in the catalog ("tinta printer", "sewa kendaraan")
    KIND_QUALIFIER, and a service's must be there; any other qualifier by its role, and only where it tells
    the head's products apart (`_discriminates`); each at most as rare as the head (a rare qualifier must
    not outweigh the goods it qualifies, "alsintan pra panen")."""
    phrases: list[WeightedPhrase] = []
    heads = [_head(catalog, phrase) for phrase in text.phrases]
    for index, (phrase, found) in enumerate(zip(text.phrases, heads, strict=True)):
        if found is None:
            continue
        if index < len(text.specified_by) and any(heads[j] is not None for j in text.specified_by[index]):
            continue  # an account or family whose goods a later phrase names ("Alat Pertanian - Hand Traktor")
        head, sure = found
        ceiling = catalog.idf(head)
        weights: dict[str, float] = {}
        required: list[str] = []
        for item in phrase:
            if catalog.idf(item.term) <= 0:
                continue
            weighed = (1.0, False) if item.term == head else _qualifier_weight(catalog, head, item)
            if weighed is None:
                continue
            weight, needed = weighed
            if needed:
                required.append(item.term)
            if not catalog.names_term(item.term):
                weight *= DESCRIPTION_ONLY
            weights[item.term] = max(weights.get(item.term, 0.0), weight * min(catalog.idf(item.term), ceiling))
        total = sum(weights.values())
        shares = {term: sure * w / total for term, w in weights.items()}
        if any(seen.head == head and seen.weights == shares and seen.required == tuple(required) for seen in phrases):
            continue  # the same goods named twice (name and specification): fitted once
        phrases.append(WeightedPhrase(head, shares, phrase_label(phrase), tuple(required), of=len(phrases)))
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
    alternatives = tuple(_alternatives(phrases)) + tuple(_shelves(catalog, phrases))
    return Query(tuple(phrases), normalised, kbki_divisions(text.concepts), text, alternatives)


NAMED_FIT = 0.7
"""How much less sure a substitute fits than the goods asked for: a product of another kind that names the
goods asked for as goods, not as a qualifier ("Talo Balak (Gamelan Lampung) Set" for "gamelan", "Paket
Makan Siang (Nasi Kotak)" for "nasi kotak"). Such products fit at most this much (below every product of
the kind asked for) and never count as genuine fits for the rules' context. The vocabulary's related
concepts are no substitutes: ink is related to a printer and no printer."""


SHELF_FIT = 0.6
SHELF_SHARE = 0.25
"""Goods kept on the same shelf of the catalog as the goods asked for (the first level of their category,
"Pakaian" for uniforms, batik and badges) are related goods: a buyer may take some. They follow the goods
asked for and their substitutes, fitting SHELF_FIT times the phrase's share they hold (the head's share for
the shelf itself), on every shelf holding at least SHELF_SHARE of the head's kind. Learnt from the catalog:
which shelves a kind of goods sits on."""


SHELF_CLOSENESS = 0.15
"""The part of a related product's fit owed to how close its kind is to the goods asked for: the broader
concepts of the head it holds, the more specific weighing more (`_closeness`). On the shelf "Pakaian" a
polo shirt (a "kaos", as sportswear is) comes before a safari suit for "pakaian olahraga"; a product
sharing nothing but the shelf still fits (SHELF_FIT x (1 - SHELF_CLOSENESS) stays above FIT_MIN)."""


def _closeness(catalog: Catalog, head: str) -> dict[str, float]:
    """The head's broader and related concepts, each weighted by its IDF in the catalog (a narrow family
    says more than the whole shelf), adding up to 1; empty for a word or a concept with none."""
    family = [*ancestors_of(head), *related_of(head)]
    weights = {term: catalog.idf(term) for term in dict.fromkeys(family) if term != head}
    total = sum(weights.values())
    return {term: weight / total for term, weight in weights.items() if weight > 0} if total > 0 else {}


def _shelves(catalog: Catalog, phrases: list[WeightedPhrase]) -> list[WeightedPhrase]:
    out: list[WeightedPhrase] = []
    for phrase in phrases:
        if phrase.required or is_service(phrase.head):
            continue
        share = phrase.weights.get(phrase.head, 0.0)
        others = {term: weight for term, weight in phrase.weights.items() if term != phrase.head}
        close = _closeness(catalog, phrase.head)
        base = share * (1.0 - SHELF_CLOSENESS) if close else share
        for term, weight in close.items():
            others[term] = others.get(term, 0.0) + share * SHELF_CLOSENESS * weight
        for shelf, part in catalog.shelves(phrase.head):
            if part >= SHELF_SHARE:
                out.append(replace(phrase, weights=others, base=base, block=shelf, factor=SHELF_FIT, related=True))
    return out


def _alternatives(phrases: list[WeightedPhrase]) -> list[WeightedPhrase]:
    """Each phrase's substitute (see NAMED_FIT): its head named by products of other kinds."""
    out: list[WeightedPhrase] = []
    for phrase in phrases:
        if phrase.required or is_service(phrase.head):
            continue  # a service's goods are what it is done to: no substitute for the service itself
        out.append(replace(phrase, block=NAMING + phrase.head, factor=NAMED_FIT))
    return out


def need_query(catalog: Catalog, need: NeedUpserted) -> Query:
    """The need's text analysed with the catalog's lexicon and prepared against its statistics; kept while
    the catalog stays as it is (a need is often ranked again: a new version, a replay, a benchmark)."""
    key = (need.package_name, need.specification)
    cached = catalog.need_texts.get(key)
    if cached is not None and cached[:2] == (catalog.lexicon.generation, catalog.changes):
        query: Query = cached[2]
        return query
    query = prepare(catalog, analyse_need(need.package_name, need.specification, catalog.lexicon))
    query = replace(query, sizes=measures(need_text(need)))
    if len(catalog.need_texts) >= _PREPARED_MAX:
        catalog.need_texts.clear()
    catalog.need_texts[key] = (catalog.lexicon.generation, catalog.changes, query)
    return query


@dataclass(frozen=True)
class Relevance:
    fit: NDArray[np.float64]
    kind: NDArray[np.int64]
    """Index of the phrase each product fits best: its kind of goods."""
    substitute: NDArray[np.bool_]
    """The product fits best as a substitute or related goods (an alternative), not as the goods asked for."""
    related: NDArray[np.bool_]
    """The product fits best as related goods (`_shelves`)."""


def _fit(
    query: Query, strengths: Mapping[str, NDArray[np.float64]], named: Mapping[str, NDArray[np.bool_]], count: int
) -> Relevance:
    """Each product's fit (best phrase or alternative) and kind, from how fully it holds each term and
    whether it is among each phrase's products; before the KBKI factor. Ties go to the first phrase."""
    zeros = np.zeros(count)
    asked = np.zeros(count, dtype=bool)
    if query.alternatives:
        for phrase in query.phrases:
            asked |= named[phrase.products]
    every = (*query.phrases, *query.alternatives)
    fit = _phrase_fit(every[0], strengths, named[every[0].products], zeros)
    best: NDArray[np.int64] | None = None
    for index, phrase in enumerate(every[1:], start=1):
        holds = named[phrase.products] if index < len(query.phrases) else named[phrase.products] & ~asked
        value = _phrase_fit(phrase, strengths, holds, zeros)
        if best is None:
            best = np.zeros(count, dtype=np.int64)
        best[value > fit] = index
        fit = np.maximum(fit, value)
    if best is None:
        none = np.zeros(count, dtype=bool)
        return Relevance(fit, np.zeros(count, dtype=np.int64), none, none)
    of = np.array([phrase.of for phrase in every], dtype=np.int64)
    related = np.array([phrase.related for phrase in every], dtype=bool)[best]
    return Relevance(fit, of[best], best >= len(query.phrases), related)


def _phrase_fit(
    phrase: WeightedPhrase,
    strengths: Mapping[str, NDArray[np.float64]],
    holds: NDArray[np.bool_],
    zeros: NDArray[np.float64],
) -> NDArray[np.float64]:
    """One phrase's (or alternative's) fit for each product, 0 for the products it does not hold."""
    covered = phrase.base * holds
    for term, weight in phrase.weights.items():
        held = strengths.get(term, zeros)
        if term == phrase.head and not phrase.block:
            held = np.maximum(held, KIND_FLOOR)  # of the kind (the gate said so), if only by its shelf
        covered += weight * held
    if not phrase.block:
        covered = np.maximum(covered, VARIANT_FIT * sum(phrase.weights.values()))
    for term in phrase.required:
        holds = holds & (strengths.get(term, zeros) > 0)
    return np.where(holds, covered * phrase.factor, 0.0)


def _kbki_values(kbki: NDArray[np.float64], divisions: frozenset[str]) -> NDArray[np.float64]:
    """1 where the product's KBKI division is one of the need's concepts', 0 where it is another, 0.5 where
    either is unknown."""
    if not divisions:
        return np.full(len(kbki), 0.5)
    agree = np.zeros(len(kbki), dtype=bool)
    for division in divisions:  # a few: comparisons beat np.isin's set-up
        agree |= kbki == float(division)
    return np.where(kbki >= 0, agree.astype(np.float64), 0.5)


def _kbki_part(catalog: Catalog, block: HeadBlock, divisions: frozenset[str]) -> NDArray[np.float64]:
    if not divisions:
        return np.full(len(block.docs), 0.5)
    key = "kbki:" + ",".join(sorted(divisions))
    return catalog.block_derived(block, key, lambda: _kbki_values(block.cols["kbki"], divisions))


def _kbki_factor(
    catalog: Catalog, block: HeadBlock, divisions: frozenset[str], kbki: NDArray[np.float64]
) -> NDArray[np.float64] | None:
    """The fit factor of each product of the block: KBKI_MISMATCH where its KBKI division is not one of
    the need's concepts' (`kbki` is 0), else 1; None when the need's concepts have no division."""
    if not divisions:
        return None
    key = "kbki_factor:" + ",".join(sorted(divisions))
    return catalog.block_derived(block, key, lambda: np.where(kbki == 0.0, KBKI_MISMATCH, 1.0))


MEASURE_MISMATCH = 0.7
"""Fit factor of a product whose name states another size, in a unit the need states one in (`text.measures`:
a 5 kVA genset for "Genset 150 kVA"): a near substitute, proposed after the sizes asked for and never a
genuine fit for the rules' context."""


def _measure_factor(catalog: Catalog, block: HeadBlock, asked: Mapping[str, frozenset[float]]) -> NDArray[np.float64]:
    factor = np.ones(len(block.docs))
    for unit, values in asked.items():

        def stated(unit: str = unit) -> NDArray[np.float64]:
            sizes = (measures(catalog.product_at(int(doc)).product.name).get(unit) for doc in block.docs)
            return np.array([min(found) if found else np.nan for found in sizes])

        sizes = catalog.block_derived(block, "measure:" + unit, stated)
        other = ~np.isnan(sizes) & ~np.isin(np.round(sizes, 3), sorted(values))
        factor[other] = MEASURE_MISMATCH
    return factor


def _naming(
    catalog: Catalog, block: HeadBlock, heads: Mapping[str, NDArray[np.float64]]
) -> dict[str, NDArray[np.bool_]]:
    """Which products of the block each head's product set holds (they hold the head), kept with the block."""
    return {
        head: catalog.block_derived(block, "names:" + head, partial(np.greater, held, 0.0))
        for head, held in heads.items()
    }


def _locality(need: NeedUpserted, cols: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    """1 same kab/kota (or same province for a provincial need), 0.5 same province, 0 elsewhere."""
    wanted = region_number(need.region_code)
    same_province = (cols["province"] == wanted // 100) & (cols["province"] >= 0)
    if wanted % 100 == 0:
        return np.asarray(same_province, dtype=np.float64)
    return np.asarray(0.5 * same_province + 0.5 * (cols["region"] == wanted), dtype=np.float64)


def _text(query: Query, strengths: Mapping[str, NDArray[np.float64]], count: int) -> NDArray[np.float64]:
    text = np.zeros(count)
    for term, weight in query.weights.items():
        found = strengths.get(term)
        if found is not None:
            text += weight * found
    return np.minimum(text, 1.0)


def _head_candidates(catalog: Catalog, query: Query) -> tuple[HeadBlock, dict[str, NDArray[np.float64]]]:
    """The products naming some phrase's head, and how fully each holds each head (0: does not name it).
    One phrase, the usual case, is one head block as the catalog keeps it (with its qualifiers' strengths)."""
    heads = tuple(dict.fromkeys(query.heads))
    if len(heads) == 1:
        block = catalog.head_block(heads[0])
        return block, {heads[0]: block.held}
    return catalog.union_block(heads)


def _pair_mask(
    need: NeedUpserted, cols: dict[str, NDArray[np.float64]], prices: NDArray[np.float64] | None = None
) -> dict[str, NDArray[np.bool_]]:
    """Vectorised price, capacity and region rules (rules.py states them; this pre-selects quickly), those
    that bind the need: price always, capacity when it states a volume, region when it requires one.
    `prices`: the offers' prices for the need's region (Catalog.prices_in), when not the columns' own."""
    volume = max(need.volume or 1, 1)
    masks = {"price_within_pagu": (cols["price"] if prices is None else prices) * volume <= need.pagu_idr}
    if need.volume:
        # NaN (capacity not stated) compares False: it passes, as rules.capacity_covers_volume says
        masks["capacity_covers_volume"] = ~(cols["capacity"] * rules.DELIVERY_MONTHS < need.volume)
    scope = rules.required_scope(need)
    if scope is not None:
        wanted = region_number(need.region_code)
        where = cols["region"]
        same_province = (where >= 0) & (where // 100 == wanted // 100)
        masks["region_requirement"] = where == wanted if scope is rules.Scope.KABKOTA else same_province
    return masks


def _tkdn_mask(cols: dict[str, NDArray[np.float64]]) -> NDArray[np.bool_]:
    tkdn = cols["tkdn"]  # NaN (no certificate) compares False
    return (tkdn >= rules.TKDN_MIN_PERCENT) & (tkdn + cols["bmp"] >= rules.TKDN_BMP_MIN_PERCENT)


def _budget(need: NeedUpserted, cols: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    """How well each product's price x the need's volume uses its pagu (0.5 without a volume)."""
    if need.volume and need.pagu_idr > 0:
        shift = np.log10(need.volume) - np.log10(need.pagu_idr)
        return np.asarray(np.clip(1.0 - np.abs(cols["log_price"] + shift) / 2.0, 0.0, 1.0), dtype=np.float64)
    return np.full(len(cols["log_price"]), 0.5)


def _tkdn_part(cols: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    tkdn = np.minimum(cols["tkdn"] + cols["bmp"], 100.0) / 100.0
    tkdn[np.isnan(tkdn)] = 0.0
    return np.asarray(tkdn, dtype=np.float64)


def _track_part(cols: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    return np.asarray(cols["track"] / (cols["track"] + 3.0), dtype=np.float64)


def _product_parts(need: NeedUpserted, cols: dict[str, NDArray[np.float64]]) -> dict[str, NDArray[np.float64]]:
    """The quality parts of the products themselves: TKDN, track record, and budget against the need."""
    return {"budget": _budget(need, cols), "tkdn": _tkdn_part(cols), "track_record": _track_part(cols)}


def _quality_parts(
    need: NeedUpserted, divisions: frozenset[str], cols: dict[str, NDArray[np.float64]]
) -> dict[str, NDArray[np.float64]]:
    """Every quality part but exposure, for each product (values in [0, 1])."""
    parts = {"locality": _locality(need, cols), "kbki": _kbki_values(cols["kbki"], divisions)}
    return parts | _product_parts(need, cols)


def _quality(
    catalog: Catalog, need: NeedUpserted, block: HeadBlock, kbki: NDArray[np.float64]
) -> tuple[NDArray[np.float64], dict[str, NDArray[np.float64]]]:
    """BASE + the weighted quality parts but exposure, for each product of the block (`_quality_parts`
    folded), and those parts; the parts of the product alone and its locality to the need's region are
    kept with the block."""
    cols = block.cols
    tkdn = catalog.block_derived(block, "tkdn", lambda: _tkdn_part(cols))
    track = catalog.block_derived(block, "track_record", lambda: _track_part(cols))

    def fixed_quality() -> NDArray[np.float64]:
        return BASE + QUALITY["tkdn"] * tkdn + QUALITY["track_record"] * track

    near = catalog.block_derived(block, "region:" + need.region_code, lambda: _locality(need, cols))
    budget = _budget(need, cols)
    quality = catalog.block_derived(block, "fixed_quality", fixed_quality) + QUALITY["kbki"] * kbki
    quality += QUALITY["locality"] * near
    quality += QUALITY["budget"] * budget
    return quality, {"locality": near, "kbki": kbki, "budget": budget, "tkdn": tkdn, "track_record": track}


def _exposure(held: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + held / EXPOSURE_HALF), dtype=np.float64)


def _relevance_of(fit: NDArray[np.float64], text: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray((1.0 - TEXT_SHARE) * fit + TEXT_SHARE * text, dtype=np.float64)


def _combine(relevance: NDArray[np.float64], parts: Mapping[str, NDArray[np.float64]]) -> NDArray[np.float64]:
    """The score of each product from its relevance and quality parts, rounded as it is published."""
    quality = np.full(len(relevance), BASE)
    for name, weight in QUALITY.items():
        quality = quality + weight * parts[name]
    return np.asarray(np.round(relevance * quality, 4), dtype=np.float64)


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
    """The products naming a head: relevance, quality, and which fit and pass the rules (`ok`)."""

    docs: NDArray[np.int64]
    relevance: NDArray[np.float64]
    fit: NDArray[np.float64]
    text: NDArray[np.float64]
    kind: NDArray[np.int64]
    quality: NDArray[np.float64]
    """BASE + the weighted quality parts but exposure."""
    ok: NDArray[np.bool_]
    """Fits the need and passes the rules."""
    contexts: list[rules.NeedContext]
    """The rules' context per kind of goods (phrase)."""
    held: dict[str, NDArray[np.float64]]
    """How fully each product holds each of the need's terms."""
    cols: dict[str, NDArray[np.float64]]
    parts: dict[str, NDArray[np.float64]]
    """The quality parts but exposure, for every product."""
    tier: NDArray[np.float64] | None
    """0 the goods asked for, 1 a substitute, 2 related goods, each plus DEFERRED_TIER when the reservation
    or the PDN obligation puts it after the preferred offers: proposed in that order (None: all are goods
    asked for and none is deferred)."""


def _nothing_fits(query: Query) -> str:
    return f"belum ada produk di katalog yang sesuai dengan {query.asked}"


def _eligible_candidates(catalog: Catalog, need: NeedUpserted, query: Query) -> _Candidates | str:
    """The products naming a head, with their relevance, quality (exposure aside) and whether they fit and
    pass the rules (`ok`, vectorised), or why none does."""
    block, heads = _head_candidates(catalog, query)
    if not len(block.docs):
        return _nothing_fits(query)
    every = (*query.phrases, *query.alternatives)
    strengths = {
        term: heads[term] if len(heads) == 1 and term in heads else catalog.block_strengths(block, term)
        for term in {term: None for phrase in every for term in phrase.weights} | dict.fromkeys(query.weights)
    }
    found = _fit(query, strengths, _naming(catalog, block, heads), len(block.docs))
    kbki = _kbki_part(catalog, block, query.divisions)
    mismatch = _kbki_factor(catalog, block, query.divisions, kbki)
    fit, kind = found.fit if mismatch is None else found.fit * mismatch, found.kind
    if query.sizes:
        fit = fit * _measure_factor(catalog, block, query.sizes)
    fitting = fit >= FIT_MIN
    if not (fitting & ~found.related).any():
        return _nothing_fits(query)
    text = _text(query, strengths, len(block.docs))
    relevance = _relevance_of(fit, text)
    if int(fitting.sum()) > MAX_CANDIDATES:
        ranked = np.where(fitting, relevance, -1.0)
        fitting = np.zeros(len(fitting), dtype=bool)
        fitting[np.argpartition(-ranked, MAX_CANDIDATES)[:MAX_CANDIDATES]] = True
    cols = block.cols
    # The block's columns are shared by every need with its head term: the need's regional prices apart.
    masks = _pair_mask(need, cols, catalog.prices_in(block.docs, need.region_code, cols["price"]))
    ok = fitting.copy()
    for passed in masks.values():
        ok &= passed
    if not (ok & ~found.related).any():
        # related goods only beside goods asked for or their substitutes, and none of them passes the rules
        ok &= False
        fitting &= ~found.related
    if not ok.any():
        docs = block.docs[fitting]
        return _removed_reason(catalog, need, docs, {rule: passed[fitting] for rule, passed in masks.items()})
    small = catalog.block_derived(block, "small", lambda: cols["small"] == 1)
    genuine = (fit >= CONTEXT_FIT) & ~found.substitute
    small_available = bool((ok & genuine & small).any())
    deferred = np.zeros(len(ok), dtype=bool)
    if rules.is_reserved(need) and small_available:
        deferred |= ~small
    contexts = [rules.NeedContext(small_business_available=small_available)] * max(len(query.phrases), 1)
    if need.is_pdn:
        tkdn_ok = catalog.block_derived(block, "tkdn_ok", lambda: _tkdn_mask(cols))
        qualified = np.zeros(max(len(query.phrases), 1), dtype=bool)
        qualified[kind[ok & ~deferred & genuine & tkdn_ok]] = True  # the kinds of goods with a qualified offer
        contexts = [rules.NeedContext(small_available, available) for available in qualified.tolist()]
        deferred |= ~tkdn_ok & qualified[kind]
    quality, parts = _quality(catalog, need, block, kbki)
    tier = found.substitute.astype(np.float64) + found.related.astype(np.float64) if query.alternatives else None
    if deferred.any():
        tier = (np.zeros(len(ok)) if tier is None else tier) + DEFERRED_TIER * deferred
    return _Candidates(block.docs, relevance, fit, text, kind, quality, ok, contexts, strengths, cols, parts, tier)


TIER_GAP = 10.0
"""Ranking key offset per tier (`_Candidates.tier`): the goods asked for come before their substitutes, and
those before related goods, whatever the other parts of their scores."""
DEFERRED_TIER = 0.5
"""The tier offset of an offer the reservation or the PDN obligation puts after others: the goods asked for
from a supplier who is no small business, in a reserved package where a small business genuinely offers
them, or without qualifying TKDN where a qualifying offer of the same kind is there. They follow the
preferred offers of the goods asked for and come before any substitute. Deferred, not removed: whether
the preferred offers really meet the package is the buyer's call (Pasal 65 ayat 4 yields when small
businesses cannot supply it), and the ranker's reading of "genuinely fits" is wrong too often to hide an
eligible offer on its strength (figures in docs/performance.md)."""


def _best_first(scores: NDArray[np.float64], ok: NDArray[np.bool_], top_k: int) -> Iterator[NDArray[np.int64]]:
    """The products passing the rules, best first, in bands: the best 2 x top_k (with every product tied
    with the last of them), then the rest, sorted only if the rules' last word turns some of the best down."""
    passing = np.flatnonzero(ok)
    if len(passing) <= 2 * top_k:
        yield passing[np.argsort(-scores[passing], kind="stable")]
        return
    values = scores[passing]
    kth = np.partition(values, len(passing) - 2 * top_k)[len(passing) - 2 * top_k]
    best = values >= kth
    band = passing[best]
    yield band[np.argsort(-scores[band], kind="stable")]
    rest = passing[~best]
    yield rest[np.argsort(-scores[rest], kind="stable")]


def _accepted(
    catalog: Catalog, need: NeedUpserted, found: _Candidates, scores: NDArray[np.float64], top_k: int
) -> list[tuple[int, IndexedProduct, list[RuleCheck]]]:
    """The best top_k that the rule functions accept (they have the last word), ties in product-id order."""
    accepted: list[tuple[int, IndexedProduct, list[RuleCheck]]] = []
    fixed = _need_checks(need)
    for order in _best_first(scores, found.ok, top_k):
        start = 0
        while start < len(order) and len(accepted) < top_k:
            # A slice down to a score boundary (so ties are whole), its ties put in product-id order.
            end = min(start + 2 * top_k, len(order))
            while end < len(order) and scores[order[end]] == scores[order[end - 1]]:
                end += 1
            chunk = order[start:end].tolist()
            values = scores[chunk].tolist()
            if len(set(values)) < len(chunk):
                ids = catalog.product_ids(found.docs[chunk])
                ranked = sorted(zip(values, ids, chunk, strict=True), key=lambda row: (-row[0], row[1]))
                chunk = [i for _, _, i in ranked]
            for i, doc, kind in zip(chunk, found.docs[chunk].tolist(), found.kind[chunk].tolist(), strict=True):
                indexed = catalog.product_at(doc)
                supplier = catalog.suppliers.get(indexed.supplier_id)
                checks = _checks(need, catalog.offer_at(doc), supplier, found.contexts[kind], fixed)
                if all(check.passed for check in checks):
                    accepted.append((i, indexed, checks))
                    if len(accepted) == top_k:
                        return accepted
            start = end
    return accepted


def _explained(
    *,
    query: Query,
    found: _Candidates,
    scores: NDArray[np.float64],
    exposed: NDArray[np.float64],
    accepted: list[tuple[int, IndexedProduct, list[RuleCheck]]],
) -> list[Scored]:
    """The accepted products with their explanations: rules, matched terms, every part of the score."""
    rows = np.array([i for i, _, _ in accepted], dtype=np.int64)
    shown = {"relevance": found.relevance, "fit": found.fit, "text": found.text, **found.parts, "exposure": exposed}
    names = list(shown)  # the proposed products' parts, one row each, rounded as published
    table = np.round(np.vstack([values[rows] for values in shown.values()]), 4).T.tolist()
    terms = list(query.weights)
    labels = [display_term(term) for term in terms]  # and which of the need's terms each holds
    held = (np.array([found.held[term][rows] for term in terms]).reshape(len(terms), len(rows)) > 0).T.tolist()
    chosen: list[Scored] = []
    for (i, indexed, checks), values, holds in zip(accepted, table, held, strict=True):
        matched = [label for label, holding in zip(labels, holds, strict=True) if holding]
        components = dict(zip(names, values, strict=True))
        explanation = MatchExplanation(rules=checks, matched_terms=matched, components=components)
        chosen.append(Scored(indexed, float(scores[i]), explanation))
    return chosen


def _query_of(catalog: Catalog, need: NeedUpserted) -> Query | NeedRanking:
    """The need's query, or why no product can be proposed whatever the catalog holds."""
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
    return query


def rank_need_explained(
    catalog: Catalog, need: NeedUpserted, top_k: int, exposure: Mapping[str, int] | None = None
) -> NeedRanking:
    """The top_k eligible fitting products for the need, best first (ties by product id), each explained;
    or none, and why.

    `exposure` counts the matches each supplier holds; by default the catalog's own tally (Catalog.held_by).
    Substitutes and related goods (`Query.alternatives`) only fill a list the goods asked for leave short of
    top_k, so they are ranked only then."""
    query = _query_of(catalog, need)
    if isinstance(query, NeedRanking):
        return query
    if query.alternatives:
        first = _ranked(catalog, need, query.goods_asked, top_k, exposure)
        if len(first.matches) >= top_k:
            return first
    return _ranked(catalog, need, query, top_k, exposure)


def _ranked(
    catalog: Catalog, need: NeedUpserted, query: Query, top_k: int, exposure: Mapping[str, int] | None
) -> NeedRanking:
    found = _eligible_candidates(catalog, need, query)
    if isinstance(found, str):
        outcome = Outcome.RULES_REMOVED_ALL if "aturan" in found else Outcome.NO_FITTING_PRODUCT
        return NeedRanking([], outcome, found)
    if top_k <= 0:
        return NeedRanking([], Outcome.MATCHED)
    if exposure is not None and not exposure:
        exposed = np.ones(len(found.docs))  # nobody holds a match yet
    else:
        exposed = _exposure(catalog.held_by_docs(found.docs, exposure))
    scores = np.round(found.relevance * (found.quality + QUALITY["exposure"] * exposed), 4)
    order = scores if found.tier is None else scores - TIER_GAP * found.tier
    accepted = _accepted(catalog, need, found, order, top_k)
    chosen = _explained(query=query, found=found, scores=scores, exposed=exposed, accepted=accepted)
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
    named = kind_terms(product.product)
    strengths = {term: np.array([value]) for term, value in held.items()}
    cols = _pair_columns(product, supplier)
    heads = {phrase.head: np.array([phrase.head in named]) for phrase in query.phrases}
    for phrase in query.alternatives:
        if phrase.related:
            heads[phrase.products] = np.array([shelf_of(product.product.category) == phrase.products])
        else:
            heads[phrase.products] = np.array([phrase.head in substitute_terms(product.product)])
    fit = _fit(query, strengths, heads, 1).fit
    fit = np.where(_kbki_values(cols["kbki"], query.divisions) == 0.0, fit * KBKI_MISMATCH, fit)
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
