"""Procurement vocabulary: the concepts that RUP package names and e-katalog products name in many ways.

The data is `vocabulary.tsv` beside this module, one concept a line. Each concept lists the surface forms
(aliases, spelling variants, English loan words, regional terms) that mean it. Text analysis replaces the
longest alias found by the concept's token (`c:<key>`), so "suvenir", "cinderamata" and "kenang-kenangan"
all become `c:souvenir`, and "kain pel" becomes `c:kain_pel` instead of sharing the word "kain" with
"kain tapis". Products are also indexed under their concept's broader concepts (a hand tractor is
`c:alsintan` too), so a package that asks for "alsintan" finds every agricultural machine, while a package
that asks for a hand tractor does not get threshers. A need's concepts also pull in `related` concepts at a
lower weight (a seminar-kit package may take souvenirs).

`kbki` lists the KBKI (Klasifikasi Baku Komoditas Indonesia, CPC-based) divisions, the first two digits
of a product's KBKI code, where goods of the concept are classified; the ranker compares them with the
product's own code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("vocabulary.tsv")
RELATED_WEIGHT = 0.5
"""Weight of a related concept in a query, relative to the concepts the need names."""


@dataclass(frozen=True)
class Concept:
    key: str
    phrases: tuple[str, ...]
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    kbki: tuple[str, ...] = ()


def _keys(column: str) -> tuple[str, ...]:
    return () if column.strip() == "-" else tuple(column.split())


def parse(text: str) -> tuple[Concept, ...]:
    """Concepts from the TSV text; unknown broader/related keys are an error, not a silent no-op."""
    concepts: list[Concept] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 5:
            raise ValueError(f"vocabulary line {number}: expected 5 tab-separated columns, got {len(columns)}")
        key, phrases, broader, related, kbki = columns
        aliases = tuple(p.strip().lower() for p in phrases.split("|") if p.strip())
        concepts.append(Concept(key.strip(), aliases, _keys(broader), _keys(related), _keys(kbki)))
    known = {concept.key for concept in concepts}
    for concept in concepts:
        unknown = (set(concept.broader) | set(concept.related)) - known
        if unknown:
            raise ValueError(f"vocabulary concept {concept.key}: unknown keys {sorted(unknown)}")
    return tuple(concepts)


CONCEPTS: tuple[Concept, ...] = parse(DATA.read_text(encoding="utf-8"))
