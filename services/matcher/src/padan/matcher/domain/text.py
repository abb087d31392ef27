"""Indonesian procurement text to comparable terms: words, stems, stop words and vocabulary concepts.

Pipeline: lower-case words (hyphenated reduplication "kenang-kenangan" splits into its parts), each word
stemmed with Sastrawi (Nazief-Adriani with CS rules; "pertanian" -> "tani", "peralatan" -> "alat"), the
longest vocabulary alias on the stem sequence replaced by its concept token `c:<key>`, then stop words,
RUP boilerplate ("belanja", "kegiatan", "rakor") and bare numbers dropped. Documents are also indexed
under each concept's broader concepts; queries add related concepts at a lower weight.

Sastrawi takes ~10 µs a word and the same few ten-thousand words recur in every catalog, so stems are
cached per word (`stem`), which keeps indexing a million products inside a minute.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # type: ignore[import-untyped]

from padan.matcher.domain.vocabulary import CONCEPTS, RELATED_WEIGHT, Concept

CONCEPT_PREFIX = "c:"
DROP_PREFIX = "_"
"""Vocabulary entries whose key starts with it are boilerplate phrases, dropped like stop words."""
_WORD = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    word
    for line in Path(__file__).with_name("stopwords.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
)


@cache
def _stemmer() -> object:
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Sastrawi stem of one lower-case word, cached (the stemmer is slow, the vocabulary small)."""
    if word.isdigit() or len(word) <= 3:
        return word
    stemmed: str = _stemmer().stem(word)  # type: ignore[attr-defined]
    return stemmed or word


def _stem_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _WORD.findall(phrase.lower()))


@dataclass(frozen=True)
class _Vocabulary:
    phrases: dict[tuple[str, ...], str]
    concepts: dict[str, Concept]
    ancestors: dict[str, tuple[str, ...]]
    longest: dict[str, int]
    """Longest alias (in words) starting with each stem: most words start none and cost one lookup."""


def _closure(key: str, concepts: dict[str, Concept], seen: tuple[str, ...] = ()) -> tuple[str, ...]:
    found: list[str] = []
    for parent in concepts[key].broader:
        if parent not in seen and parent not in found:
            found.append(parent)
            found.extend(p for p in _closure(parent, concepts, (*seen, key)) if p not in found)
    return tuple(found)


@cache
def vocabulary() -> _Vocabulary:
    concepts = {concept.key: concept for concept in CONCEPTS}
    phrases: dict[tuple[str, ...], str] = {}
    for concept in CONCEPTS:
        for phrase in concept.phrases:
            phrases.setdefault(_stem_phrase(phrase), concept.key)
    ancestors = {key: _closure(key, concepts) for key in concepts}
    longest: dict[str, int] = {}
    for stems in phrases:
        longest[stems[0]] = max(longest.get(stems[0], 0), len(stems))
    return _Vocabulary(phrases, concepts, ancestors, longest)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


_CLAUSE = re.compile(r"[.;:!?\n|()\[\]]+")
PURPOSE_MARKERS = frozenset({"untuk", "bagi", "guna", "kepada", "buat"})
CONJUNCTIONS = frozenset({"dan", "serta", "atau"})
MODIFIER_WEIGHT = 0.25
PURPOSE_WEIGHT = 0.3
DETAIL_WEIGHT = 0.5
ANCESTOR_WEIGHT = 0.5
"""Weights of a term by its role. Indonesian noun phrases put the head first: "tinta printer" is ink,
"tas laptop" a bag, "gantungan kunci motif tapis" a key ring; so after a phrase's first concept, another
concept is a modifier, unless it narrows the first ("alat pertanian traktor roda dua") or follows a
conjunction ("pakaian adat dan peci"). What follows "untuk"/"bagi" is a purpose ("kain tapis untuk
cenderamata", "kertas untuk printer"), not the goods. A need's specification details its name. A product
is indexed under its concept's broader concepts at half weight: a PC is more "komputer" than a laptop is."""


@lru_cache(maxsize=32_768)
def _clause_tokens(clause: str) -> tuple[tuple[str, float], ...]:
    """One clause analysed; cached because listings repeat their boilerplate sentences."""
    vocab = vocabulary()
    raw = words(clause)
    stems = [stem(word) for word in raw]
    out: list[tuple[str, float]] = []
    heads: list[str] = []
    purpose = False
    i = 0
    while i < len(stems):
        if raw[i] in PURPOSE_MARKERS:
            purpose = True
        elif raw[i] in CONJUNCTIONS:
            heads = []
        for size in range(min(vocab.longest.get(stems[i], 0), len(stems) - i), 0, -1):
            key = vocab.phrases.get(tuple(stems[i : i + size]))
            if key is not None:
                i += size
                if key.startswith(DROP_PREFIX):
                    break
                narrows = any(head in vocab.ancestors[key] for head in heads)
                weight = PURPOSE_WEIGHT if purpose else (1.0 if not heads or narrows else MODIFIER_WEIGHT)
                heads.append(key)
                out.append((CONCEPT_PREFIX + key, weight))
                break
        else:
            word = stems[i]
            if len(word) > 1 and not word.isdigit() and word not in STOP_WORDS and raw[i] not in STOP_WORDS:
                out.append((word, PURPOSE_WEIGHT if purpose else 1.0))
            i += 1
    return tuple(out)


def weighted_tokens(text: str) -> list[tuple[str, float]]:
    """Stems and concept tokens in text order, each with the weight of its role (see MODIFIER_WEIGHT)."""
    return [token for clause in _CLAUSE.split(text) for token in _clause_tokens(clause)]


@lru_cache(maxsize=16_384)
def document_terms(text: str) -> tuple[tuple[str, float], ...]:
    """Weighted terms a product is indexed under: its own plus the broader concepts of its concepts.
    Cached (bounded: names rarely repeat, categories and descriptions do)."""
    vocab = vocabulary()
    out: list[tuple[str, float]] = []
    for token, weight in weighted_tokens(text):
        out.append((token, weight))
        if token.startswith(CONCEPT_PREFIX):
            ancestors = vocab.ancestors[token[len(CONCEPT_PREFIX) :]]
            out.extend((CONCEPT_PREFIX + parent, weight * ANCESTOR_WEIGHT) for parent in ancestors)
    return tuple(out)


@dataclass(frozen=True)
class Query:
    """Weighted query terms. `core` are what the need says; a related concept (`related`, mapped to the
    concept that brought it in) only adds to the score, and never more than half its source would."""

    weights: dict[str, float]
    core: frozenset[str]
    concepts: tuple[str, ...]
    related: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=50_000)
def query_terms(text: str, detail: str = "") -> Query:
    """The query of a need: `text` its package name, `detail` its specification (weighted DETAIL_WEIGHT)."""
    vocab = vocabulary()
    weights: dict[str, float] = {}
    for source, factor in ((text, 1.0), (detail, DETAIL_WEIGHT)):
        for token, weight in weighted_tokens(source):
            weights[token] = max(weights.get(token, 0.0), weight * factor)
    concepts = tuple(t[len(CONCEPT_PREFIX) :] for t in weights if t.startswith(CONCEPT_PREFIX))
    core = frozenset(weights)
    related: dict[str, str] = {}
    for key in concepts:
        for other in vocab.concepts[key].related:
            token = CONCEPT_PREFIX + other
            if token not in weights:
                weights[token] = RELATED_WEIGHT * weights[CONCEPT_PREFIX + key]
                related[token] = CONCEPT_PREFIX + key
    return Query(weights, core, concepts, related)


def kbki_divisions(concepts: Iterable[str]) -> frozenset[str]:
    """KBKI divisions (2 digits) where the named concepts' goods are classified."""
    vocab = vocabulary()
    return frozenset(division for key in concepts for division in vocab.concepts[key].kbki)


def display_term(token: str) -> str:
    """How a term reads in an explanation: concepts by name ("konsep:souvenir"), words as stemmed."""
    return "konsep:" + token[len(CONCEPT_PREFIX) :] if token.startswith(CONCEPT_PREFIX) else token


def terms(text: str) -> set[str]:
    """The distinct terms of a text (concepts included), as a document is indexed."""
    return {term for term, _ in document_terms(text)}
