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
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # type: ignore[import-untyped]

from padan.matcher.domain.vocabulary import CONCEPTS, RELATED_WEIGHT, Concept

CONCEPT_PREFIX = "c:"
_WORD = re.compile(r"[a-z0-9]+")
_MAX_PHRASE = 5

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
    return _Vocabulary(phrases, concepts, ancestors)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _tokens(text: str) -> list[str]:
    """Stems and concept tokens in text order, before any expansion."""
    vocab = vocabulary()
    raw = words(text)
    stems = [stem(word) for word in raw]
    out: list[str] = []
    i = 0
    while i < len(stems):
        for size in range(min(_MAX_PHRASE, len(stems) - i), 0, -1):
            key = vocab.phrases.get(tuple(stems[i : i + size]))
            if key is not None:
                out.append(CONCEPT_PREFIX + key)
                i += size
                break
        else:
            word = stems[i]
            if len(word) > 1 and not word.isdigit() and word not in STOP_WORDS and raw[i] not in STOP_WORDS:
                out.append(word)
            i += 1
    return out


def document_terms(text: str) -> list[str]:
    """Terms a product is indexed under: its own terms plus the broader concepts of its concepts."""
    vocab = vocabulary()
    out: list[str] = []
    for token in _tokens(text):
        out.append(token)
        if token.startswith(CONCEPT_PREFIX):
            out.extend(CONCEPT_PREFIX + parent for parent in vocab.ancestors[token[len(CONCEPT_PREFIX) :]])
    return out


@dataclass(frozen=True)
class Query:
    """Weighted query terms. `core` are what the need says; related concepts only add to the score."""

    weights: dict[str, float]
    core: frozenset[str]
    concepts: tuple[str, ...]


@lru_cache(maxsize=50_000)
def query_terms(text: str) -> Query:
    vocab = vocabulary()
    tokens = _tokens(text)
    weights = dict.fromkeys(tokens, 1.0)
    concepts = tuple(dict.fromkeys(t[len(CONCEPT_PREFIX) :] for t in tokens if t.startswith(CONCEPT_PREFIX)))
    for key in concepts:
        for related in vocab.concepts[key].related:
            weights.setdefault(CONCEPT_PREFIX + related, RELATED_WEIGHT)
    return Query(weights, frozenset(tokens), concepts)


def kbki_divisions(concepts: Iterable[str]) -> frozenset[str]:
    """KBKI divisions (2 digits) where the named concepts' goods are classified."""
    vocab = vocabulary()
    return frozenset(division for key in concepts for division in vocab.concepts[key].kbki)


def display_term(token: str) -> str:
    """How a term reads in an explanation: concepts by name ("konsep:souvenir"), words as stemmed."""
    return "konsep:" + token[len(CONCEPT_PREFIX) :] if token.startswith(CONCEPT_PREFIX) else token


def terms(text: str) -> set[str]:
    """The distinct terms of a text (concepts included), as a document is indexed."""
    return set(document_terms(text))
