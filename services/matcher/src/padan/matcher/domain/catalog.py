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
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import numpy as np

from padan.matcher.domain.spelling import Lexicon
from padan.matcher.domain.text import (
    document_terms,
    lexicon_words,
    named_goods,
    product_kinds,
    static_lexicon,
    words,
)
from padan.shared.events import MatchChanged, ProductUpserted, RegionalPrice, SupplierUpserted
from padan.shared.pricing import regional_price
from padan.shared.vocabulary import BusinessScale

if TYPE_CHECKING:
    from numpy.typing import NDArray

K1 = 1.2
B = 0.75
NAME_WEIGHT = 2.0
CATEGORY_WEIGHT = 1.0
"""The name says what the product is; the description also what it is good for; the category is the shelf it
sits on, said once (a product on the "Pakaian Dinas" shelf holds "pakaian dinas" as fully as one whose
description says so)."""

IDEAL_TF = NAME_WEIGHT + 1.0
"""A term the product names once in its name and once in its description: a full match (strength 1)."""
_COMPACT_MIN_DEAD = 10_000
_CACHED_POSTINGS_MAX = 8_000_000
"""Term scores kept for queries (8 bytes of score and 4 of id each): about 100 MB at most."""
_NAMED = "named:"
_NONE = "none:"
"""The key of the empty block kept for terms naming no products."""
NAMING = "naming:"
"""A head block key prefix: the products whose name names the term as goods but are of other kinds
(`substitute_terms`)."""
_BLOCK_BYTES_MAX = 150 * 2**20
"""Memory the kept head blocks (`head_block`) may take: their documents and columns, and the term strengths
and derived values kept with them, counted by their arrays' sizes (a block's row of columns weighs as much
as a dozen kept values)."""
SMALL_SCALES = frozenset({BusinessScale.MIKRO, BusinessScale.KECIL})
_Value = TypeVar("_Value", bound=np.generic)


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


def naming_terms(product: ProductUpserted) -> set[str]:
    """Terms of the product's name and category (not only its description)."""
    return {term for text in (product.name, product.category) for term, _ in document_terms(text)}


SHELF = "shelf:"
"""A kind-like key: the products on one shelf of the catalog, the first level of their category ("Pakaian",
"Alat Tulis Kantor")."""


def shelf_of(category: str) -> str | None:
    """The shelf key of a category path ("Pakaian > Batik" -> "shelf:pakaian"), None without a category."""
    first = " ".join(words(category.split(">", maxsplit=1)[0]))
    return SHELF + first if first else None


def kind_terms(product: ProductUpserted) -> frozenset[str]:
    """What kind of goods the product is (text.product_kinds)."""
    return product_kinds(product.name, product.category)


def substitute_terms(product: ProductUpserted) -> frozenset[str]:
    """Goods the product's name names that it is not of the kind of (text.named_goods)."""
    return named_goods(product.name) - kind_terms(product)


def saturation(tf: float, length_norm: float) -> float:
    """BM25's term part (Lucene) at a length norm of 1 - B + B * length / average length."""
    return tf * (K1 + 1.0) / (tf + K1 * length_norm)


IDEAL_SATURATION = saturation(IDEAL_TF, 1.0)


def strength(tf: float, length_norm: float) -> float:
    """How fully a product holds a term, 0..1: its BM25 term part over that of a full match (IDEAL_TF at
    average length), capped so that repeating one term cannot make up for another that is missing."""
    return min(saturation(tf, length_norm) / IDEAL_SATURATION, 1.0)


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


class Offer(NamedTuple):
    """What the rules read of an indexed product (rules.Offer), from the catalog's columns (a tuple: one is
    made for each product a need is checked against)."""

    price_idr: int
    monthly_capacity: int | None
    tkdn_percent: float | None
    bmp_percent: float | None
    unit: str
    active: bool
    regional_prices: tuple[RegionalPrice, ...] = ()


@dataclass(frozen=True)
class HeadBlock:
    docs: NDArray[np.int64]
    held: NDArray[np.float64]
    """How fully each document holds the head term (`strength`)."""
    cols: dict[str, NDArray[np.float64]]
    terms: dict[str, NDArray[np.float64]] = field(default_factory=dict)
    """Strengths of other terms in these documents, kept as needs ask for them (`Catalog.block_strengths`):
    needs with one head ask for the same few qualifiers."""
    derived: dict[str, NDArray[Any]] = field(default_factory=dict)
    """Values (and masks) the ranker derives from the columns alone, kept with them."""

    @property
    def nbytes(self) -> int:
        arrays = (self.docs, self.held, *self.cols.values(), *self.terms.values(), *self.derived.values())
        return sum(values.nbytes for values in arrays)

    def take(self, keep: NDArray[np.bool_] | NDArray[np.int64]) -> HeadBlock:
        cols = {name: values[keep] for name, values in self.cols.items()}
        terms = {term: values[keep] for term, values in self.terms.items()}
        derived = {name: values[keep] for name, values in self.derived.items()}
        return HeadBlock(self.docs[keep], self.held[keep], cols, terms, derived)


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
        self._regional: dict[int, tuple[RegionalPrice, ...]] = {}
        """Regional prices (e-katalog), only for the documents that have them."""
        self._has_regional = bytearray()
        self._capacity = array("d")
        self._tkdn = array("d")
        self._bmp = array("d")
        self._kbki = array("d")
        self._doc_unit = array("i")
        self._units: list[str] = []
        self._unit_number: dict[str, int] = {}
        self._doc_supplier = array("i")
        self._postings: dict[str, tuple[array[int], array[float]]] = {}
        self._df: Counter[str] = Counter()
        self._name_df: Counter[str] = Counter()
        self._kinds: dict[str, array[int]] = {}
        """Term -> the documents of that kind of goods (`kind_terms`, ascending)."""
        self._shelf_names: list[str] = []
        """Every shelf key seen (`shelf_of`), in order of appearance."""
        self._doc_shelf = array("i")
        """Each document's shelf: 1 + its index in `_shelf_names`, 0 for none."""
        self._shelf_number: dict[str, int] = {}
        self._substitutes: dict[str, array[int]] = {}
        """Term -> the documents naming those goods without being of their kind (`substitute_terms`)."""
        self.lexicon = Lexicon()
        """The words of product names and categories (and the static lexicon's): needs' spelling is
        normalised against it."""
        self.lexicon.merge(static_lexicon())
        self.need_texts: dict[tuple[str, str], tuple[int, int, Any]] = {}
        """Needs' texts prepared against this catalog (scoring.need_query), with the lexicon generation
        and the catalog's `changes` they were prepared at."""
        self.changes = 0
        """Grows with every product indexed: term statistics may differ since."""
        self._alive_count = 0
        self._alive_length = 0.0
        self._dead = 0
        self._compactions = 0
        self._init_caches()
        self._init_suppliers()

    def _init_suppliers(self) -> None:
        self._supplier_slot: dict[str, int] = {}
        self._slot_supplier: list[str] = []
        self._slot_region = array("d")
        self._slot_small = array("d")
        self._slot_track = array("d")
        self._slot_held = array("d")
        """Matches proposed per supplier (slot) as this replica saw them: the exposure the ranker evens out."""
        self._slot_proposable = bytearray()
        """Supplier verification (security, docs/security.md): 1 once the supplier is known and verified. A
        self-registered supplier's products wait, unseen by the ranking (`head_block`, `holding`), until an
        operator verifies it; so do the products of a supplier not known yet (its event brings them back,
        see catalog_updated)."""
        self._supplier_products: dict[str, set[str]] = {}

    def _init_caches(self) -> None:
        #: term -> (postings count, average length, compactions) it was computed at, ids, strengths
        self._term_scores: dict[str, tuple[tuple[int, float, int], NDArray[np.int32], NDArray[np.float32]]] = {}
        self._cached_postings = 0
        self._blocks: dict[str, tuple[tuple[Any, ...], HeadBlock]] = {}
        self._block_bytes = 0
        self._supplier_changes = 0
        self._retired = 0
        """Documents retired so far: a kept head block is current while this stays as it was."""

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
        self.changes += 1
        doc = len(self._doc_product)
        frequencies = product_term_frequencies(product)
        length = float(sum(frequencies.values()))
        self._doc_product.append(product.product_id)
        self._doc_version.append(product.version)
        self._doc_raw.append(product.model_dump_json(exclude_defaults=True).encode())
        self._alive.append(1 if product.active else 0)
        self._length.append(length)
        self._price.append(float(product.price_idr))
        self._keep_regional_prices(doc, product)
        self._capacity.append(math.nan if product.monthly_capacity is None else float(product.monthly_capacity))
        self._tkdn.append(math.nan if product.tkdn_percent is None else product.tkdn_percent)
        self._bmp.append(product.bmp_percent or 0.0)
        code = (product.kbki_code or "")[:2]
        self._kbki.append(float(code) if len(code) == 2 and code.isdigit() else -1.0)
        self._doc_supplier.append(self._slot(product.supplier_id))
        shelf_key = shelf_of(product.category)
        self._doc_shelf.append(self._number_shelf(shelf_key))
        self._doc_unit.append(self._number_unit(product.unit))
        if product.active:
            self._index_terms(doc, product, frequencies, shelf_key)
            self._alive_count += 1
            self._alive_length += length
        self._product_doc[product.product_id] = doc
        if self._dead >= max(_COMPACT_MIN_DEAD, self._alive_count):
            self._compact()
        return True

    def _number_shelf(self, shelf_key: str | None) -> int:
        if shelf_key is None:
            return 0
        if shelf_key not in self._shelf_number:
            self._shelf_names.append(shelf_key)
            self._shelf_number[shelf_key] = len(self._shelf_names)
        return self._shelf_number[shelf_key]

    def _number_unit(self, unit_name: str) -> int:
        unit = self._unit_number.get(unit_name)
        if unit is None:
            unit = self._unit_number[unit_name] = len(self._units)
            self._units.append(unit_name)
        return unit

    def _index_terms(
        self, doc: int, product: ProductUpserted, frequencies: Mapping[str, float], shelf_key: str | None
    ) -> None:
        """An active product's terms into the postings, kinds, substitutes and lexicon."""
        for term in naming_terms(product):
            self._name_df[term] += 1
        for term in kind_terms(product):
            kind = self._kinds.get(term)
            if kind is None:
                kind = self._kinds[term] = array("i")
            kind.append(doc)
        for term in substitute_terms(product):
            self._substitutes.setdefault(term, array("i")).append(doc)
        if shelf_key is not None:
            self._kinds.setdefault(shelf_key, array("i")).append(doc)
        self.lexicon.add_all(lexicon_words(product.name))
        self.lexicon.add_all(lexicon_words(product.category))
        for term, tf in frequencies.items():
            postings = self._postings.get(term)
            if postings is None:
                postings = self._postings[term] = (array("i"), array("f"))
            postings[0].append(doc)
            postings[1].append(tf)
            self._df[term] += 1

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
        self._supplier_changes += 1
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

    def _keep_regional_prices(self, doc: int, product: ProductUpserted) -> None:
        self._has_regional.append(1 if product.regional_prices else 0)
        if product.regional_prices:
            self._regional[doc] = tuple(product.regional_prices)

    def _retire(self, doc: int) -> None:
        if self._alive[doc]:
            self._alive[doc] = 0
            self._retired += 1
            self._alive_count -= 1
            self._alive_length -= self._length[doc]
            self._dead += 1
            product = self.product_at(doc).product
            for term in product_term_frequencies(product):
                self._df[term] -= 1
            for term in naming_terms(product):
                self._name_df[term] -= 1
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
        for index in (self._kinds, self._substitutes):
            for term, kind in list(index.items()):
                ids = np.frombuffer(kind, dtype=np.int32)
                keep = alive[ids]
                if not keep.all():
                    if keep.any():
                        index[term] = array("i", ids[keep].tobytes())
                    else:
                        del index[term]
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

    def names_term(self, term: str) -> bool:
        """Whether some live product holds the term in its name or category (not only in a description)."""
        return self._name_df.get(term, 0) > 0

    def is_kind(self, term: str) -> bool:
        """Whether some product is of that kind of goods (`kind_terms`; dead ones until a compaction)."""
        return term in self._kinds

    def average_length(self) -> float:
        return self._alive_length / self._alive_count if self._alive_count else 1.0

    def length_norm(self, length: float) -> float:
        return 1.0 - B + B * length / self.average_length()

    def postings(self, term: str) -> tuple[NDArray[np.int32], NDArray[np.float32]]:
        """The live and dead documents holding the term (ascending) and how fully each holds it
        (`strength`); kept while the postings and the average length stay as they are (a steady catalog),
        recomputed once they move."""
        found = self._postings.get(term)
        if found is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        docs, tfs = found
        avgdl = self.average_length()
        key = (len(docs), avgdl, self._compactions)
        cached = self._term_scores.get(term)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        ids = np.frombuffer(docs, dtype=np.int32).copy()
        tf = np.frombuffer(tfs, dtype=np.float32)
        length = np.frombuffer(self._length, dtype=np.float32)
        saturated = (K1 + 1.0) * tf / (tf + K1 * (1.0 - B + B / avgdl * length[ids]))
        strengths = np.asarray(np.minimum(saturated / IDEAL_SATURATION, 1.0), dtype=np.float32)
        if cached is not None:
            self._cached_postings -= len(cached[1])
        if self._cached_postings + len(ids) > _CACHED_POSTINGS_MAX:
            self._term_scores.clear()
            self._cached_postings = 0
        self._term_scores[term] = (key, ids, strengths)
        self._cached_postings += len(ids)
        return ids, strengths

    def holding(self, terms: Iterable[str]) -> NDArray[np.int64]:
        """Live documents holding any of the terms anywhere, ascending."""
        return self._live_union([self.postings(term)[0] for term in terms if term in self._postings])

    def head_block(self, term: str) -> HeadBlock:
        """The live documents of the kind of goods the term names (ascending), how fully each holds it, and
        their columns (`columns`): what a need whose phrase it heads is ranked over. Kept while the
        postings, the average length and the suppliers stay as they are (a steady catalog)."""
        if term.startswith(NAMING):
            return self._naming_block(term)
        named = self._kinds.get(term)
        if named is None:
            return self._no_block()

        def build() -> HeadBlock:
            docs = self._proposable(np.frombuffer(named, dtype=np.int32).astype(np.int64))
            held = np.ones(len(docs)) if term.startswith(SHELF) else self.strengths_in(term, docs)
            return HeadBlock(docs, held, self.columns(docs))

        return self._cached_block(term, (self._block_key(term),), build)

    def _no_block(self) -> HeadBlock:
        """The empty block of a term naming no live products (one kept: needs ask for such terms again)."""

        def build() -> HeadBlock:
            return HeadBlock(np.zeros(0, dtype=np.int64), np.zeros(0), self.columns(np.zeros(0, dtype=np.int64)))

        return self._cached_block(_NONE, (), build)

    def _naming_block(self, key: str) -> HeadBlock:
        """The live documents naming the term as goods without being of its kind (`substitute_terms`); kept
        like a head block."""
        term = key[len(NAMING) :]
        named = self._substitutes.get(term)
        if named is None:
            return self._no_block()

        def build() -> HeadBlock:
            docs = self._proposable(np.frombuffer(named, dtype=np.int32).astype(np.int64))
            return HeadBlock(docs, self.strengths_in(term, docs), self.columns(docs))

        return self._cached_block(key, (self._block_key(key),), build)

    def shelves(self, term: str) -> list[tuple[str, float]]:
        """The shelves the products of a kind sit on (`shelf_of`), each with its share of them, largest
        first: learnt from the catalog, which kinds of goods are kept together."""
        block = self.head_block(term)
        if not len(block.docs):
            return []

        def count() -> NDArray[np.float64]:
            shelf = np.frombuffer(self._doc_shelf, dtype=np.int32)[block.docs]
            return np.bincount(shelf, minlength=len(self._shelf_names) + 1).astype(np.float64)

        counts = self.block_derived(block, "shelves:" + str(len(self._shelf_names)), count)
        total = float(len(block.docs))
        return sorted(
            ((name, counts[i + 1] / total) for i, name in enumerate(self._shelf_names) if counts[i + 1] > 0),
            key=lambda item: -item[1],
        )

    def union_block(self, heads: tuple[str, ...]) -> tuple[HeadBlock, dict[str, NDArray[np.float64]]]:
        """The documents naming any of the heads (a need of several kinds of goods), with how fully each
        holds each head it names (0 where it names it not); kept like `head_block`."""
        blocks = [(head, self.head_block(head)) for head in heads]

        def build() -> HeadBlock:
            union = np.unique(np.concatenate([block.docs for _, block in blocks]))
            built = HeadBlock(union, np.zeros(len(union)), self.columns(union))
            for head, block in blocks:
                held = np.zeros(len(union))
                if len(block.docs):
                    at = np.minimum(np.searchsorted(block.docs, union), len(block.docs) - 1)
                    held = np.where(block.docs[at] == union, block.held[at], 0.0)
                built.derived[_NAMED + head] = held
            return built

        key = tuple(self._block_key(head) for head in heads)
        block = self._cached_block("union:" + "\x1f".join(heads), key, build)
        return block, {head: block.derived[_NAMED + head] for head in heads}

    def _block_key(self, term: str) -> tuple[int, float, int, int, int, int]:
        index = self._substitutes if term.startswith(NAMING) else self._kinds
        term = term.removeprefix(NAMING)
        named = index.get(term)
        postings = self._postings.get(term)
        sizes = (len(named) if named is not None else 0, len(postings[0]) if postings is not None else 0)
        return (sizes[0], self.average_length(), self._compactions, sizes[1], self._supplier_changes, self._retired)

    def _cached_block(self, name: str, key: tuple[Any, ...], build: Callable[[], HeadBlock]) -> HeadBlock:
        cached = self._blocks.get(name)
        if cached is not None and cached[0] == key:
            block = cached[1]
        else:
            block = build()
            if cached is not None:
                self._block_bytes -= cached[1].nbytes
            if self._block_bytes + block.nbytes > _BLOCK_BYTES_MAX:
                self._blocks.clear()
                self._block_bytes = 0
            self._blocks[name] = (key, block)
            self._block_bytes += block.nbytes
        return block  # built from live documents, and none was retired since (the key says)

    def _keep(self, kept: dict[str, NDArray[Any]], key: str, values: NDArray[Any]) -> None:
        """Keep a value computed for a block's documents with the block, while room is left."""
        if self._block_bytes + values.nbytes <= _BLOCK_BYTES_MAX:
            kept[key] = values
            self._block_bytes += values.nbytes

    def block_strengths(self, block: HeadBlock, term: str) -> NDArray[np.float64]:
        """How fully each document of the block holds the term, kept in the block while room is left."""
        found = block.terms.get(term)
        if found is None:
            found = self.strengths_in(term, block.docs)
            self._keep(block.terms, term, found)
        return found

    def block_derived(self, block: HeadBlock, key: str, build: Callable[[], NDArray[_Value]]) -> NDArray[_Value]:
        """A value the ranker derives per document of the block (from its columns and a few words of the
        need: its region, its KBKI divisions), kept in the block while room is left."""
        found = block.derived.get(key)
        if found is None:
            built = build()
            self._keep(block.derived, key, built)
            return built
        return found

    def _proposable(self, docs: NDArray[np.int64]) -> NDArray[np.int64]:
        """The documents that are alive and whose supplier is known and verified."""
        slots = np.frombuffer(self._doc_supplier, dtype=np.int32)[docs]
        keep = np.frombuffer(self._alive, dtype=np.uint8)[docs].astype(bool)
        keep &= np.frombuffer(self._slot_proposable, dtype=np.uint8)[slots].astype(bool)  # verified suppliers only
        kept: NDArray[np.int64] = docs[keep]
        return kept

    def _live_union(self, parts: list[NDArray[np.int32]]) -> NDArray[np.int64]:
        if not parts:
            return np.zeros(0, dtype=np.int64)
        docs = (parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))).astype(np.int64)
        return self._proposable(docs)

    def strengths_in(self, term: str, docs: NDArray[np.int64]) -> NDArray[np.float64]:
        """How fully each of the documents (ascending) holds the term; 0 where it does not."""
        ids, strengths = self.postings(term)
        if not len(ids) or not len(docs):
            return np.zeros(len(docs))
        at = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
        return np.where(ids[at] == docs, strengths[at].astype(np.float64), 0.0)

    def strengths_of(self, product: ProductUpserted) -> dict[str, float]:
        """How fully one product holds each of its terms (as `postings` says for an indexed one)."""
        frequencies = product_term_frequencies(product)
        norm = self.length_norm(float(sum(frequencies.values())))
        return {term: strength(tf, norm) for term, tf in frequencies.items()}

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

    def offer_at(self, doc: int) -> Offer:
        """The rules' view of a document, from the columns (no parsing of the product)."""
        capacity, tkdn = self._capacity[doc], self._tkdn[doc]
        return Offer(
            price_idr=int(self._price[doc]),
            monthly_capacity=None if math.isnan(capacity) else int(capacity),
            tkdn_percent=None if math.isnan(tkdn) else tkdn,
            bmp_percent=self._bmp[doc] or None,
            unit=self._units[self._doc_unit[doc]],
            active=bool(self._alive[doc]),
            regional_prices=self._regional.get(doc, ()),
        )

    def product_ids(self, docs: NDArray[np.int64]) -> list[str]:
        return [self._doc_product[int(doc)] for doc in docs]

    def columns(self, docs: NDArray[np.int64], names: Iterable[str] | None = None) -> dict[str, NDArray[np.float64]]:
        """Numeric attributes of the given documents and of their suppliers (all, or the named ones), for
        vectorised rules and scores: price (and its log10), capacity, TKDN, BMP, KBKI division, supplier
        region (1871; 1800 for a province; -1 unknown) and province (18), small (1 micro/small/cooperative,
        0 not, -1 unknown), track (completed contracts)."""
        slots = np.frombuffer(self._doc_supplier, dtype=np.int32)[docs]
        by_doc = {"capacity": self._capacity, "tkdn": self._tkdn, "bmp": self._bmp, "kbki": self._kbki}
        by_slot = {"region": self._slot_region, "small": self._slot_small, "track": self._slot_track}
        out: dict[str, NDArray[np.float64]] = {}
        for name in names or ("price", *by_doc, *by_slot, "province", "log_price"):
            if name == "price":
                out[name] = self.prices(docs)
            elif name == "log_price":
                out[name] = np.log10(np.maximum(self.prices(docs), 1.0))
            elif name == "province":
                region = np.frombuffer(self._slot_region, dtype=np.float64)[slots]
                out[name] = np.where(region >= 0, region // 100, -1.0)
            elif name in by_doc:
                out[name] = np.frombuffer(by_doc[name], dtype=np.float64)[docs]
            else:
                out[name] = np.frombuffer(by_slot[name], dtype=np.float64)[slots]
        return out

    def prices(self, docs: NDArray[np.int64]) -> NDArray[np.float64]:
        return np.frombuffer(self._price, dtype=np.float64)[docs]

    def prices_in(self, docs: NDArray[np.int64], region_code: str, prices: NDArray[np.float64]) -> NDArray[np.float64]:
        """`prices` (of `docs`) with each regionally priced document at its price for a buyer in
        `region_code` (padan.shared.pricing), +inf where the catalog does not offer it there. Only the
        documents with regional prices are looked at; the others keep their price."""
        if not self._regional:
            return prices
        regional = np.flatnonzero(np.frombuffer(self._has_regional, dtype=np.uint8)[docs])
        if len(regional) == 0:
            return prices
        adjusted = prices.copy()
        for position in regional.tolist():
            doc = int(docs[position])
            price = regional_price(
                ((entry.region_code, entry.price_idr) for entry in self._regional[doc]),
                int(self._price[doc]),
                region_code,
            )
            adjusted[position] = math.inf if price is None else float(price)
        return adjusted

    def candidates(self, query_terms: set[str]) -> set[str]:
        """Ids of active products sharing at least one term with the query."""
        return {self._doc_product[int(doc)] for doc in self.holding(query_terms)}
