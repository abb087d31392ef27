"""The in-memory catalog every replica holds: products, their suppliers, and a BM25 inverted index.

Columnar and append-only so a national catalog fits one process: each product version gets a document
number; its numeric attributes live in typed arrays (price, capacity, TKDN, BMP, KBKI division, supplier
slot) and its terms in postings (document numbers and field-weighted term frequencies). A new version
tombstones the old document; postings of dead documents are dropped when they pile up. Queries read the
arrays as zero-copy numpy views and score only the postings of the query's terms.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from padan.matcher.domain.text import Query, document_terms
from padan.shared.events import MatchChanged, ProductUpserted, SupplierUpserted
from padan.shared.pricing import regional_price
from padan.shared.vocabulary import BusinessScale

if TYPE_CHECKING:
    from numpy.typing import NDArray

K1 = 1.2
B = 0.75
NAME_WEIGHT = 2.0
CATEGORY_WEIGHT = 0.5
"""The name says what the product is; the description also what it is good for; the category is the shelf it
sits on (a lanyard on the seminar-kit shelf is not a seminar kit)."""

IDEAL_TF = NAME_WEIGHT + 1.0
_COMPACT_MIN_DEAD = 10_000
_CACHED_POSTINGS_MAX = 8_000_000
"""Term scores kept for queries (8 bytes of score and 4 of id each): about 100 MB at most."""
SMALL_SCALES = frozenset({BusinessScale.MIKRO, BusinessScale.KECIL})


def product_term_frequencies(product: ProductUpserted) -> dict[str, float]:
    """Field-weighted term frequencies of a product: name terms count NAME_WEIGHT times."""
    counts: defaultdict[str, float] = defaultdict(float)
    for term, weight in document_terms(product.name):
        counts[term] += NAME_WEIGHT * weight
    for term, weight in document_terms(product.category):
        counts[term] += CATEGORY_WEIGHT * weight
    for term, weight in document_terms(product.description):
        counts[term] += weight
    return counts


def region_number(code: str) -> int:
    """ "18.71" -> 1871, "18" -> 1800; -1 for a code that is not numeric."""
    province, _, regency = code.partition(".")
    if not province.isdigit() or (regency and not regency.isdigit()):
        return -1
    return int(province) * 100 + (int(regency) if regency else 0)


@dataclass(frozen=True, slots=True)
class IndexedProduct:
    """A product as the catalog keeps it: its event as compact JSON (a national catalog is millions of
    them), read back into the model only for the few products a need is matched with. Made on access from
    the catalog's columns."""

    doc: int
    version: int
    supplier_id: str
    raw: bytes = field(repr=False)
    catalog: Catalog = field(repr=False, compare=False)

    @property
    def product(self) -> ProductUpserted:
        return ProductUpserted.model_validate_json(self.raw)

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(product_term_frequencies(self.product))


class _Products(Mapping[str, IndexedProduct]):
    """The current version of each product, read-only. The catalog keeps them as columns, not as a million
    objects: the garbage collector walks every live object at each full collection, and those walks were a
    fifth of replaying a large catalog."""

    def __init__(self, doc_of: dict[str, int], product_at: Callable[[int], IndexedProduct]) -> None:
        self._doc_of = doc_of
        self._product_at = product_at

    def __getitem__(self, product_id: str) -> IndexedProduct:
        return self._product_at(self._doc_of[product_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._doc_of)

    def __len__(self) -> int:
        return len(self._doc_of)


@dataclass(frozen=True)
class Hits:
    """Documents that share a term with a query, with their BM25 scores."""

    docs: NDArray[np.int64]
    bm25: NDArray[np.float64]
    terms: tuple[str, ...]
    ideal: float


class Catalog:
    def __init__(self) -> None:
        self._product_doc: dict[str, int] = {}
        """Product id -> the document of its current version."""
        self.products: Mapping[str, IndexedProduct] = _Products(self._product_doc, self.product_at)
        self.suppliers: dict[str, SupplierUpserted] = {}
        self._doc_product: list[str] = []
        self._doc_version = array("q")
        self._doc_raw: list[bytes] = []
        self._alive = bytearray()
        self._length = array("f")
        self._price = array("d")
        self._capacity = array("d")
        self._tkdn = array("d")
        self._bmp = array("d")
        self._regional: dict[int, tuple[tuple[str, int], ...]] = {}
        """Regional prices (e-katalog), only for the documents that have them: document -> (region, price)."""
        self._has_regional = bytearray()
        self._kbki = array("d")
        self._doc_supplier = array("i")
        self._postings: dict[str, tuple[array[int], array[float]]] = {}
        self._df: Counter[str] = Counter()
        self._alive_count = 0
        self._alive_length = 0.0
        self._dead = 0
        self._compactions = 0
        #: term -> (postings count, average length, compactions) it was computed at, ids, BM25 without weight
        self._term_scores: dict[str, tuple[tuple[int, float, int], NDArray[np.int32], NDArray[np.float32]]] = {}
        self._cached_postings = 0
        self._supplier_slot: dict[str, int] = {}
        self._slot_supplier: list[str] = []
        self._slot_region = array("d")
        self._slot_small = array("d")
        self._slot_track = array("d")
        self._slot_held = array("d")
        """Matches proposed per supplier (slot) as this replica saw them: the exposure the ranker evens out."""
        self._slot_proposable = bytearray()
        """Supplier verification (security, docs/security.md): 1 once the supplier is known and verified. A
        self-registered supplier's products wait, unseen by `search`, until an operator verifies it; so do
        the products of a supplier not known yet (its event brings them back, see catalog_updated)."""
        self._supplier_products: dict[str, set[str]] = {}

    # ---- writes ---------------------------------------------------------------------------------------

    def upsert_product(self, product: ProductUpserted) -> bool:
        """Index the product; False when we already hold this or a newer version."""
        current = self._product_doc.get(product.product_id)
        if current is not None and self._doc_version[current] >= product.version:
            return False
        if current is not None:
            previous_supplier = self._slot_supplier[self._doc_supplier[current]]
            self._supplier_products.get(previous_supplier, set()).discard(product.product_id)
            self._retire(current)
        self._supplier_products.setdefault(product.supplier_id, set()).add(product.product_id)
        doc = len(self._doc_product)
        frequencies = product_term_frequencies(product)
        length = float(sum(frequencies.values()))
        self._doc_product.append(product.product_id)
        self._doc_version.append(product.version)
        self._doc_raw.append(product.model_dump_json(exclude_defaults=True).encode())
        self._alive.append(1 if product.active else 0)
        self._length.append(length)
        self._price.append(float(product.price_idr))
        self._has_regional.append(1 if product.regional_prices else 0)
        if product.regional_prices:
            self._regional[doc] = tuple((entry.region_code, entry.price_idr) for entry in product.regional_prices)
        self._capacity.append(math.nan if product.monthly_capacity is None else float(product.monthly_capacity))
        self._tkdn.append(math.nan if product.tkdn_percent is None else product.tkdn_percent)
        self._bmp.append(product.bmp_percent or 0.0)
        code = (product.kbki_code or "")[:2]
        self._kbki.append(float(code) if len(code) == 2 and code.isdigit() else -1.0)
        self._doc_supplier.append(self._slot(product.supplier_id))
        if product.active:
            for term, tf in frequencies.items():
                postings = self._postings.get(term)
                if postings is None:
                    postings = self._postings[term] = (array("i"), array("f"))
                postings[0].append(doc)
                postings[1].append(tf)
                self._df[term] += 1
            self._alive_count += 1
            self._alive_length += length
        self._product_doc[product.product_id] = doc
        if self._dead >= max(_COMPACT_MIN_DEAD, self._alive_count):
            self._compact()
        return True

    def count_held(self, matches: Iterable[MatchChanged]) -> None:
        """New matches proposed here: their suppliers' exposure grows."""
        for match in matches:
            self._slot_held[self._slot(match.supplier_id)] += 1

    def uncount_held(self, matches: Iterable[MatchChanged]) -> None:
        """Matches counted as proposed that turned out to be stored already (counted then, not again)."""
        for match in matches:
            self._slot_held[self._slot(match.supplier_id)] -= 1

    def held_by(self, supplier_id: str) -> int:
        """Matches proposed to the supplier as this replica saw them."""
        slot = self._supplier_slot.get(supplier_id)
        return 0 if slot is None else int(self._slot_held[slot])

    def upsert_supplier(self, supplier: SupplierUpserted) -> bool:
        current = self.suppliers.get(supplier.supplier_id)
        if current is not None and current.version >= supplier.version:
            return False
        self.suppliers[supplier.supplier_id] = supplier
        slot = self._slot(supplier.supplier_id)
        self._slot_region[slot] = region_number(supplier.region_code)
        self._slot_small[slot] = 1 if supplier.scale in SMALL_SCALES or supplier.is_cooperative else 0
        self._slot_track[slot] = supplier.completed_contracts
        self._slot_proposable[slot] = 1 if supplier.verified else 0
        return True

    def proposable(self, supplier_id: str) -> bool:
        """May this supplier's products be proposed to buyers (known and verified)?"""
        slot = self._supplier_slot.get(supplier_id)
        return slot is not None and bool(self._slot_proposable[slot])

    def products_of(self, supplier_id: str) -> list[str]:
        """The supplier's products (ids), in a stable order."""
        return sorted(self._supplier_products.get(supplier_id, ()))

    def _slot(self, supplier_id: str) -> int:
        slot = self._supplier_slot.get(supplier_id)
        if slot is None:
            slot = self._supplier_slot[supplier_id] = len(self._slot_region)
            self._slot_supplier.append(supplier_id)
            self._slot_region.append(-1.0)
            self._slot_small.append(-1.0)
            self._slot_track.append(0.0)
            self._slot_held.append(0.0)
            self._slot_proposable.append(0)
        return slot

    def _retire(self, doc: int) -> None:
        if self._alive[doc]:
            self._alive[doc] = 0
            self._alive_count -= 1
            self._alive_length -= self._length[doc]
            self._dead += 1
            for term in self.product_at(doc).terms:
                self._df[term] -= 1
        self._doc_raw[doc] = b""  # a replaced version's JSON is never read again
        if self._regional.pop(doc, None) is not None:
            self._has_regional[doc] = 0

    def _compact(self) -> None:
        """Drop the postings of dead documents (document numbers stay, so nothing else moves)."""
        alive = np.frombuffer(self._alive, dtype=np.uint8).astype(bool)
        for term, (docs, tfs) in list(self._postings.items()):
            ids = np.frombuffer(docs, dtype=np.int32)
            keep = alive[ids]
            if keep.all():
                continue
            if not keep.any():
                del self._postings[term]
                del self._df[term]
                continue
            self._postings[term] = (
                array("i", ids[keep].tobytes()),
                array("f", np.frombuffer(tfs, dtype=np.float32)[keep].tobytes()),
            )
        self._dead = 0
        self._compactions += 1

    # ---- reads ----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._alive_count

    def product_at(self, doc: int) -> IndexedProduct:
        supplier_id = self._slot_supplier[self._doc_supplier[doc]]
        return IndexedProduct(doc, self._doc_version[doc], supplier_id, self._doc_raw[doc], self)

    def idf(self, term: str) -> float:
        """BM25 (Lucene) inverse document frequency; 0 for a term no live product holds."""
        df = self._df.get(term, 0)
        if df <= 0:
            return 0.0
        return math.log(1.0 + (self._alive_count - df + 0.5) / (df + 0.5))

    def query_idf(self, query: Query, term: str) -> float:
        """IDF of a query term; a related concept's is capped at the IDF of the concept that brought it in,
        so a rare related concept cannot outweigh the common concept the need actually names."""
        idf = self.idf(term)
        source = query.related.get(term)
        return min(idf, self.idf(source)) if source is not None else idf

    def ideal_score(self, query: Query) -> float:
        """BM25 of the typical exact product, at average length, naming each core query term in its name and
        once more in its description (tf = IDEAL_TF): the 1.0 of text relevance."""
        saturation = IDEAL_TF * (K1 + 1.0) / (IDEAL_TF + K1)
        return saturation * sum(query.weights[term] * self.idf(term) for term in query.core)

    def bm25_of(self, frequencies: Mapping[str, float], length: float, query: Query) -> tuple[float, list[str]]:
        """BM25 of one document given its term frequencies, and the query terms it holds."""
        avgdl = self._alive_length / self._alive_count if self._alive_count else 1.0
        norm = K1 * (1.0 - B + B * length / avgdl)
        score = 0.0
        matched: list[str] = []
        for term, weight in query.weights.items():
            tf = frequencies.get(term, 0.0)
            if tf:
                score += weight * self.query_idf(query, term) * tf * (K1 + 1.0) / (tf + norm)
                matched.append(term)
        return score, matched

    def search(self, query: Query) -> Hits:
        """Every live product sharing a term with the query, with its BM25 score (Lucene variant).

        Scores add up in a dense array when the postings are many against the catalog, else sparsely."""
        terms = tuple(term for term in query.weights if term in self._postings)
        ideal = self.ideal_score(query)
        if not terms or not self._alive_count:
            return Hits(np.zeros(0, dtype=np.int64), np.zeros(0), terms, ideal)
        avgdl = self._alive_length / self._alive_count
        id_parts, score_parts = [], []
        for term in terms:
            ids, saturated = self._saturated(term, avgdl)
            id_parts.append(ids)
            score_parts.append(query.weights[term] * self.query_idf(query, term) * saturated)
        ids = np.concatenate(id_parts) if len(id_parts) > 1 else id_parts[0]
        scores = np.concatenate(score_parts) if len(score_parts) > 1 else score_parts[0]
        size = len(self._doc_product)
        docs_found: NDArray[np.int64]
        summed: NDArray[np.float64]
        if len(id_parts) == 1:
            docs_found, summed = ids.astype(np.int64), scores.astype(np.float64)
        elif len(ids) * 16 >= size:
            dense = np.bincount(ids, weights=scores, minlength=size).astype(np.float64)
            docs_found = np.flatnonzero(dense).astype(np.int64)
            summed = dense[docs_found]
        else:
            unique, inverse = np.unique(ids, return_inverse=True)
            summed = np.bincount(inverse, weights=scores, minlength=len(unique)).astype(np.float64)
            docs_found = unique.astype(np.int64)
        keep = np.frombuffer(self._alive, dtype=np.uint8)[docs_found].astype(bool)
        slots = np.frombuffer(self._doc_supplier, dtype=np.int32)[docs_found]
        keep &= np.frombuffer(self._slot_proposable, dtype=np.uint8)[slots].astype(bool)  # verified suppliers only
        return Hits(docs_found[keep], summed[keep], terms, ideal)

    def _saturated(self, term: str, avgdl: float) -> tuple[NDArray[np.int32], NDArray[np.float32]]:
        """The term's postings and their BM25 term parts without the query weight and IDF; kept while the
        postings and the average length stay as they are (a steady catalog), recomputed once they move."""
        docs, tfs = self._postings[term]
        key = (len(docs), avgdl, self._compactions)
        cached = self._term_scores.get(term)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        ids = np.frombuffer(docs, dtype=np.int32).copy()
        tf = np.frombuffer(tfs, dtype=np.float32)
        length = np.frombuffer(self._length, dtype=np.float32)
        saturated = np.asarray((K1 + 1.0) * tf / (tf + K1 * (1.0 - B + B / avgdl * length[ids])), dtype=np.float32)
        if cached is not None:
            self._cached_postings -= len(cached[1])
        if self._cached_postings + len(ids) > _CACHED_POSTINGS_MAX:
            self._term_scores.clear()
            self._cached_postings = 0
        self._term_scores[term] = (key, ids, saturated)
        self._cached_postings += len(ids)
        return ids, saturated

    def matched_terms_of(self, terms: tuple[str, ...], docs: list[int]) -> list[list[str]]:
        """Which of the terms each document holds (postings are sorted: document numbers only grow)."""
        found: list[list[str]] = [[] for _ in docs]
        wanted = np.asarray(docs, dtype=np.int64)
        for term in terms:
            postings = self._postings.get(term)
            if postings is None or not len(wanted):
                continue
            ids = np.frombuffer(postings[0], dtype=np.int32)
            at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
            for index in np.flatnonzero(ids[at] == wanted):
                found[int(index)].append(term)
        return found

    def held_by_docs(self, docs: NDArray[np.int64], held: Mapping[str, int] | None = None) -> NDArray[np.float64]:
        """Matches held by the supplier of each document: by this catalog's tally (`held_by`) unless given."""
        slots = np.frombuffer(self._doc_supplier, dtype=np.int32)[docs]
        if held is None:
            return np.frombuffer(self._slot_held, dtype=np.float64)[slots]
        if not held:
            return np.zeros(len(docs))
        unique, inverse = np.unique(slots, return_inverse=True)
        counts = np.array([held.get(self._slot_supplier[int(slot)], 0) for slot in unique], dtype=np.float64)
        return np.asarray(counts[inverse], dtype=np.float64)

    def product_ids(self, docs: NDArray[np.int64]) -> list[str]:
        return [self._doc_product[int(doc)] for doc in docs]

    def columns(self, docs: NDArray[np.int64], region_code: str | None = None) -> dict[str, NDArray[np.float64]]:
        """Numeric attributes of the given documents and of their suppliers, for vectorised rules and scores;
        prices for a buyer in `region_code` when given (see `prices`)."""
        slots = np.frombuffer(self._doc_supplier, dtype=np.int32)[docs]
        return {
            "price": self.prices(docs, region_code),
            "capacity": np.frombuffer(self._capacity, dtype=np.float64)[docs],
            "tkdn": np.frombuffer(self._tkdn, dtype=np.float64)[docs],
            "bmp": np.frombuffer(self._bmp, dtype=np.float64)[docs],
            "kbki": np.frombuffer(self._kbki, dtype=np.float64)[docs],
            "region": np.frombuffer(self._slot_region, dtype=np.float64)[slots],
            "small": np.frombuffer(self._slot_small, dtype=np.float64)[slots],
            "track": np.frombuffer(self._slot_track, dtype=np.float64)[slots],
        }

    def prices(self, docs: NDArray[np.int64], region_code: str | None = None) -> NDArray[np.float64]:
        """Each document's price; for a buyer in `region_code`, its regional price (padan.shared.pricing),
        +inf where the catalog does not offer it there, so no "price within pagu" test passes."""
        prices = np.frombuffer(self._price, dtype=np.float64)[docs]
        if region_code is None or not self._regional:
            return prices
        regional = np.flatnonzero(np.frombuffer(self._has_regional, dtype=np.uint8)[docs])
        if len(regional) == 0:
            return prices
        prices = prices.copy()
        for position in regional.tolist():
            doc = int(docs[position])
            price = regional_price(self._regional[doc], int(self._price[doc]), region_code)
            prices[position] = math.inf if price is None else float(price)
        return prices

    def candidates(self, query_terms: set[str]) -> set[str]:
        """Ids of active products sharing at least one term with the query."""
        query = Query(dict.fromkeys(query_terms, 1.0), frozenset(query_terms), ())
        return {self._doc_product[int(doc)] for doc in self.search(query).docs}
