"""Indonesian procurement text to comparable terms: words, stems, stop words, vocabulary concepts, phrases.

Pipeline: the text is cut into clauses (punctuation, commas, and the " - " and "Kantor-Alat" joints of RUP
account paths such as "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"; a reduplication like
"kenang-kenangan" or a compound like "hand-tractor" stays one); each clause's lower-case words have their
spelling normalised against a lexicon (`spelling.Lexicon`: joins, splits, one-edit corrections); each word
is stemmed with Sastrawi (Nazief-Adriani with CS rules; "pertanian" -> "tani"); the longest vocabulary alias
on the stem sequence is replaced by its concept token `c:<key>`; stop words, RUP boilerplate and bare
numbers are dropped.

A product is a document: its terms are weighted by role (see MODIFIER_WEIGHT) and indexed under the
broader concepts of its concepts. A need is a query of phrases: each clause, cut again at conjunctions and
"/", is one kind of goods asked for, whose head (the word or concept that names the goods; Indonesian puts
it first) the ranker picks among the phrase's candidates (`PhraseTerm`), the rest qualifying it. Generic
words ("alat", "bahan", "isi", "perlengkapan") never head a phrase.

Sastrawi is slow per word and the same words recur in every catalog, so stems are cached per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # type: ignore[import-untyped]

from padan.matcher.domain.spelling import Lexicon
from padan.matcher.domain.vocabulary import CONCEPTS, RELATED_WEIGHT, Concept

CONCEPT_PREFIX = "c:"
DROP_PREFIX = "_"
"""Vocabulary entries whose key starts with it are boilerplate phrases, dropped like stop words."""
_WORD = re.compile(r"[a-z0-9]+")


def _word_file(name: str) -> frozenset[str]:
    lines = Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


STOP_WORDS = _word_file("stopwords.txt")
GENERIC_WORDS = _word_file("generic_words.txt")
INDONESIAN_WORDS = _word_file("indonesian_words.txt")


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
    written: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    """Stems of an alias -> the aliases as written that stem to them, for the aliases where a word as
    written is not its own stem ("pakaian"): only they need a word-by-word check (`_same_word`)."""
    concepts: dict[str, Concept]
    ancestors: dict[str, tuple[str, ...]]
    longest: dict[str, int]
    """Longest alias (in words) starting with each stem: most words start none and cost one lookup."""
    alias_words: frozenset[str]
    alias_pairs: frozenset[tuple[str, ...]]
    prefix: dict[tuple[str, ...], int] = field(default_factory=dict)
    """Stems of an alias -> the length of its longest proper prefix that is an alias of the same concept
    ("benih padi" -> 1, "benih"): the words after it qualify the concept ("padi") and are kept."""


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
    written: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    alias_words: set[str] = set()
    alias_pairs: set[tuple[str, ...]] = set()
    for concept in CONCEPTS:
        for phrase in concept.phrases:
            stems = _stem_phrase(phrase)
            phrases.setdefault(stems, concept.key)
            words_written = tuple(_WORD.findall(phrase))
            written.setdefault(stems, []).append(words_written)
            alias_words.update(words_written)
            alias_pairs.add(words_written[:2])
    ancestors = {key: _closure(key, concepts) for key in concepts}
    longest: dict[str, int] = {}
    for stems in phrases:
        longest[stems[0]] = max(longest.get(stems[0], 0), len(stems))
    spelled = {
        stems: tuple(forms)
        for stems, forms in written.items()
        if any(word != stem_ for form in forms for word, stem_ in zip(form, stems, strict=True))
    }
    prefix = {
        stems: max((n for n in range(1, len(stems)) if phrases.get(stems[:n]) == key), default=0)
        for stems, key in phrases.items()
    }
    return _Vocabulary(
        phrases, spelled, concepts, ancestors, longest, frozenset(alias_words), frozenset(alias_pairs), prefix
    )


def _qualifying(raw: tuple[str, ...] | list[str], stems: list[str], at: int, size: int) -> list[int]:
    """The positions of the words of the alias found at `at` that qualify its concept: those after its
    longest prefix naming the same concept, stop and generic words aside ("benih *padi*")."""
    start = at + (vocabulary().prefix.get(tuple(stems[at : at + size])) or size)
    return [i for i in range(start, at + size) if not _is_stop(raw[i], stems[i]) and not _is_generic(raw[i], stems[i])]


@cache
def static_lexicon() -> Lexicon:
    """Words known without a catalog: the vocabulary's aliases, stop words and generic words (and the
    language's words, which are never corrected). Products are normalised against it alone (their text is
    cached across catalogs); needs against the catalog's, which starts from it."""
    vocab = vocabulary()
    known = sorted(vocab.alias_words | STOP_WORDS | GENERIC_WORDS)
    return Lexicon(known, sorted(vocab.alias_pairs), real_words=INDONESIAN_WORDS)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


_CLAUSE = re.compile(r"[.;:!?\n|()\[\]{},\"]+|\s-+\s*|\s*-+\s")
_CLAUSE_KEPT = re.compile(f"((?:{_CLAUSE.pattern})+)")
_JOINED = re.compile(r"([a-z0-9]+)-(?=([a-z0-9]+))")
"""A dash between two words; the word after it is only looked at, so that every dash of a chain is judged
("Natura dan Pakan-Natura-Telur Ayam" is three steps)."""
PURPOSE_MARKERS = frozenset({"untuk", "bagi", "guna", "kepada", "buat"})
ACTIVITY_OPENERS = frozenset({"penyediaan", "kegiatan", "subkegiatan", "sub"})
"""Words that open the name of an activity or a Permendagri 90/2019 sub-activity ("Penyediaan Peralatan dan
Perlengkapan Kantor", "Sub Kegiatan Pengadaan Mebel"): a clause they open after goods were named is the
goods' purpose."""
CONJUNCTIONS = frozenset({"dan", "serta", "atau", "&", "/"})
MODIFIER_WEIGHT = 0.25
PURPOSE_WEIGHT = 0.3
DETAIL_WEIGHT = 0.5
ANCESTOR_WEIGHT = 0.5
GENERIC_WEIGHT = 0.1
"""Weights of a term by its role. Indonesian noun phrases put the head first: "tinta printer" is ink,
"tas laptop" a bag, "gantungan kunci motif tapis" a key ring; so after a phrase's first concept, another
concept is a modifier, unless it narrows the first ("alat pertanian traktor roda dua") or follows a
conjunction ("pakaian adat dan peci"). What follows "untuk"/"bagi" is a purpose ("kain tapis untuk
cenderamata", "kertas untuk printer"), not the goods. A need's specification details its name. A product
is indexed under its concept's broader concepts at half weight: a PC is more "komputer" than a laptop is.
A generic word ("alat", "isi") weighs little anywhere."""


PROCESSES = frozenset({"cetak"})
"""Concepts of making goods that a listing names before the goods made: "Cetak ID Card", "Cetak Buku Modul"
are printing and an ID card, a book (unlike a service done to goods, "Sewa Mobil", which is no car)."""


USES = frozenset({"souvenir", "oleh_oleh"})
"""Concepts naming goods by the use they are given, which a package names before the goods: "Cenderamata Kain
Tapis", "Souvenir Kopi Lampung" are tapis cloth and coffee given as souvenirs, so those goods are asked for."""


def _made(heads: Iterable[str]) -> bool:
    """Whether the concepts read so far in a clause are only a process of making or a use of goods: what
    follows is the goods."""
    heads = list(heads)
    return bool(heads) and all(head in PROCESSES or head in USES for head in heads)


def _hyphen(match: re.Match[str]) -> str:
    """A reduplication ("kenang-kenangan", "obat-obatan"), a one-letter prefix ("e-katalog") or a compound
    the vocabulary knows ("hand-tractor") stays together; any other joint ("Kantor-Alat Tulis") cuts."""
    left, right = match.group(1), match.group(2)
    if len(left) == 1:
        return left
    if right.startswith(left) or left.startswith(right) or stem(left) == stem(right):
        return f"{left} "
    vocab = vocabulary()
    if (left, right) in vocab.alias_pairs or left + right in vocab.alias_words:
        return f"{left} "
    return f"{left} | "


class Joint(StrEnum):
    """What comes before a clause: how it stands to the clauses before it."""

    START = "start"
    PATH = "path"
    """A dash: a step of a RUP account path ("Belanja Modal - Alat Pertanian - Hand Traktor",
    "Kegiatan Kantor-Alat Tulis Kantor")."""
    ITEM = "item"
    """An opening parenthesis or a colon: the item the words before it are the account of ("Alat Tulis
    Kantor (Roll Banner)", "... BLU : 1 unit Alat Auto Transfusion System"), or a remark."""
    OTHER = "other"


def _joint(separator: str, inside: bool) -> Joint:
    if inside:
        return Joint.ITEM
    if "-" in separator or "|" in separator:
        return Joint.PATH
    return Joint.OTHER


_DOTTED = re.compile(r"(?<![a-z0-9.])[a-z](?:\.[a-z])+\b\.?")
"""An abbreviation written with dots ("A.C", "T.V.", "U.P.S"): one word, not clauses of one letter."""


_IN_THE_FORM_OF = re.compile(r"\bberupa\b")
""""berupa" (in the form of) says what the account before it buys, as a colon does ("Pengadaan Sarana dan
Prasarana Gedung Kantor berupa Proyektor dan Sound System")."""


_PUNCTUATED_ACCOUNTS = (
    (re.compile(r"\bkegiatan kantor\s*(?:-|\|)\s*perabot kantor\b"), "kegiatan kantor perabot kantor"),
    (re.compile(r"\bp[ae]r[ae]latan\s*/\s*perlengkapan kantor\b"), "peralatan perlengkapan kantor"),
)
"""Account names that punctuation would cut in two, kept whole so that the vocabulary reads them together:
- Permendagri 90/2019's consumables account "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor" buys
  brooms, cleaning goods and small household items, while "Perabot Kantor" alone is furniture;
- the police's "Pengadaan Peralatan/Perlengkapan Kantor" buys stationery, while a catalog's "Perlengkapan
  Kantor" category holds name boards and the like."""


_MEASURE = re.compile(r"(?<![\d.,/])(\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?)\s*(inch|inchi|pk|kva)\b")
"""A size that sorts goods into classes of their own: a screen's inches, an air conditioner's or an engine's
horsepower (PK), a generator's or a UPS's kVA. "Genset 150 kVA" is not a 5 kVA genset."""


def measures(text: str) -> dict[str, frozenset[float]]:
    """The sizes a text states, per unit ("AC split 3/4 PK; 1,5 PK" -> {"pk": {0.75, 1.5}})."""
    found: dict[str, set[float]] = {}
    for number, unit in _MEASURE.findall(text.lower()):
        top, _, bottom = number.replace(" ", "").replace(",", ".").partition("/")
        try:
            value = float(top) / float(bottom) if bottom else float(top)
        except (ValueError, ZeroDivisionError):
            continue
        found.setdefault("inch" if unit == "inchi" else unit, set()).add(round(value, 3))
    return {unit: frozenset(values) for unit, values in found.items()}


@lru_cache(maxsize=8_192)
def joined_clauses(text: str) -> list[tuple[tuple[str, ...], Joint]]:
    """The text's clauses as lower-case words ("/" and "&" kept as conjunction words), each with the joint
    before it (every clause inside parentheses or after a colon is an item). Cached: a product's name is
    read for its terms, its kinds and its words."""
    lowered = _JOINED.sub(_hyphen, text.lower().replace("/", " / ").replace("&", " & "))
    lowered = _DOTTED.sub(lambda found: found.group(0).replace(".", ""), lowered)
    lowered = _IN_THE_FORM_OF.sub(" : ", lowered)
    for account, whole in _PUNCTUATED_ACCOUNTS:
        lowered = account.sub(whole, lowered)
    out: list[tuple[tuple[str, ...], Joint]] = []
    joint, depth, colon = Joint.START, 0, False
    for index, part in enumerate(_CLAUSE_KEPT.split(lowered)):
        if index % 2:
            # a separator: the strongest joint since the last clause
            depth = max(0, depth + part.count("(") - part.count(")"))
            colon = colon or ":" in part
            joint = max(joint, _joint(part, depth > 0 or colon), key=_JOINT_ORDER.index)
            continue
        found = tuple(re.findall(r"[a-z0-9]+|[/&]", part))
        if found:
            out.append((found, joint if out else Joint.START))
            joint = Joint.OTHER
    return out


_JOINT_ORDER = [Joint.START, Joint.OTHER, Joint.PATH, Joint.ITEM]


@lru_cache(maxsize=8_192)
def clauses(text: str) -> list[tuple[str, ...]]:
    """The text's clauses as lower-case words (`joined_clauses` without their joints)."""
    return [clause for clause, _ in joined_clauses(text)]


def _is_stop(raw: str, stemmed: str) -> bool:
    return len(stemmed) <= 1 or stemmed.isdigit() or stemmed in STOP_WORDS or raw in STOP_WORDS


def _is_generic(raw: str, stemmed: str) -> bool:
    """As written only: stems collide ("pakaian", clothes, stems to "pakai", as in "habis pakai")."""
    return raw in GENERIC_WORDS


def _same_word(raw: str, stemmed: str, alias: str) -> bool:
    """Whether a word written `raw` (stem `stemmed`) is the alias word `alias` they share a stem with: the
    same word, or an inflection of it ("bukunya", "cetakan"); not a bare stem that an alias only stems to
    ("pakai" is not "pakaian", clothes; "hias" in "ikan hias" is not "hiasan", a decoration)."""
    return raw == alias or raw != stemmed or stem(alias) == alias


def _concept_at(raw: tuple[str, ...] | list[str], stems: list[str], i: int) -> tuple[str, int] | None:
    """The longest vocabulary alias starting at word i: (concept key, words it spans)."""
    vocab = vocabulary()
    for size in range(min(vocab.longest.get(stems[i], 0), len(stems) - i), 0, -1):
        found = tuple(stems[i : i + size])
        key = vocab.phrases.get(found)
        if key is None:
            continue
        forms = vocab.written.get(found)
        if forms is None or any(
            all(_same_word(raw[i + k], stems[i + k], form[k]) for k in range(size)) for form in forms
        ):
            return key, size
    return None


@lru_cache(maxsize=65_536)
def _document_clause(raw: tuple[str, ...], alias_words: bool = True) -> tuple[tuple[str, float], ...]:
    """One clause of product text, weighted by role; with `alias_words`, the words of each alias found kept
    beside its concept (ALIAS_WORD_WEIGHT). Cached because listings repeat their boilerplate."""
    vocab = vocabulary()
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
        found = _concept_at(raw, stems, i)
        if found is not None:
            key, size = found
            i += size
            if key.startswith(DROP_PREFIX):
                continue
            narrows = any(head in vocab.ancestors[key] for head in heads) or _made(heads)
            weight = PURPOSE_WEIGHT if purpose else (1.0 if not heads or narrows else MODIFIER_WEIGHT)
            heads.append(key)
            out.append((CONCEPT_PREFIX + key, weight))
            out.extend((stems[k], weight) for k in _qualifying(raw, stems, i - size, size))
            if alias_words:
                out.extend(
                    (stems[k], weight * ALIAS_WORD_WEIGHT)
                    for k in range(i - size, i)
                    if not _is_stop(raw[k], stems[k]) and not _is_generic(raw[k], stems[k])
                )
            continue
        if not _is_stop(raw[i], stems[i]):
            weight = PURPOSE_WEIGHT if purpose else 1.0
            out.append((stems[i], GENERIC_WEIGHT if _is_generic(raw[i], stems[i]) else weight))
        i += 1
    return tuple(out)


def weighted_tokens(text: str, alias_words: bool = True) -> list[tuple[str, float]]:
    """Stems and concept tokens of product text in order, each with the weight of its role (and, with
    `alias_words`, the words of the aliases read as concepts)."""
    lexicon = static_lexicon()
    return [
        token
        for clause in clauses(text)
        for token in _document_clause(lexicon.normalize(clause, corrections=False), alias_words)
    ]


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


def lexicon_words(text: str) -> list[str]:
    """The words of product text as the static lexicon normalises them: what a catalog's lexicon learns."""
    lexicon = static_lexicon()
    return [word for clause in clauses(text) for word in lexicon.normalize(clause, False) if word.isalpha()]


class Role(StrEnum):
    CANDIDATE = "candidate"
    """May head the phrase: the first candidate the catalog knows does, unless a narrower concept follows."""
    NARROWER = "narrower"
    """A concept narrowing an earlier concept of the phrase ("alat pertanian traktor roda dua")."""
    MODIFIER = "modifier"
    PURPOSE = "purpose"
    GENERIC = "generic"


@dataclass(frozen=True)
class PhraseTerm:
    term: str
    role: Role
    surface: str = ""
    """The words as the need wrote them (spelling normalised), for explanations."""


Phrase = tuple[PhraseTerm, ...]


def phrase_head(phrase: Phrase) -> str | None:
    """The phrase's head as written: the first candidate, or the narrowest concept narrowing it."""
    narrower = [item.term for item in phrase if item.role is Role.NARROWER]
    if narrower:
        return narrower[-1]
    return next((item.term for item in phrase if item.role is Role.CANDIDATE), None)


# Few entries kept: product names rarely repeat (indexing asks twice per product, in a row), and each kept
# frozenset is one more object every full garbage collection walks while needs are ranked.
@lru_cache(maxsize=4_096)
def product_kinds(name: str, category: str) -> frozenset[str]:
    """What kind of goods a product is: the heads of the phrases of its name's first clause ("Tinta Refill
    Printer" is ink, "Kopi Bubuk Kapal Api" coffee, "Kruk / Tongkat Ketiak" crutches) and of each level of
    its category ("Peralatan TIK > Printer"), with their broader concepts. A need's phrase fits a product
    only through one of them: a brand ("Kapal Api"), a purpose ("untuk printer") or a qualifier of another
    kind ("Sleeve Case Laptop") does not make a product the goods it names."""
    return _kinds_of(tuple(clauses(name)[:1])) | _category_kinds(category)


@lru_cache(maxsize=4_096)
def named_goods(name: str) -> frozenset[str]:
    """The goods a product's name names as goods, in any of its clauses ("Talo Balak (Gamelan Lampung)",
    "Paket Makan Siang (Nasi Kotak)"): the heads of their phrases. Beyond the kinds of the first clause they
    make the product a substitute for those goods, never the goods; a qualifier ("Sleeve Case *Laptop*",
    "Tinta *Printer*") names none."""
    return _kinds_of(tuple(clauses(name)), broader=False)


@lru_cache(maxsize=4_096)
def _category_kinds(category: str) -> frozenset[str]:
    return _kinds_of(tuple(level for part in category.split(">") for level in clauses(part)))


def _kinds_of(parts: tuple[tuple[str, ...], ...], broader: bool = True) -> frozenset[str]:
    lexicon = static_lexicon()
    kinds: set[str] = set()
    for clause in parts:
        for phrase in _query_clause(lexicon.normalize(clause, corrections=False), alternatives=True):
            head = phrase_head(phrase)
            if head is not None:
                kinds.add(head)
                if broader:
                    kinds.update(ancestors_of(head))
                kinds.update(item.term for item in phrase if item.role is Role.NARROWER)
            named = [item.term for item in phrase if item.role in (Role.CANDIDATE, Role.NARROWER)]
            if len(named) >= 2 and _made([named[0].removeprefix(CONCEPT_PREFIX)]):
                kinds.update(named[:2])  # "Cetak Kalender Dinding": printing, and a calendar
    return frozenset(kinds)


def phrase_label(phrase: Phrase) -> str:
    """The phrase as the need wrote it, generic words left out ("kursi kerja pejabat")."""
    return " ".join(item.surface for item in phrase if item.role is not Role.GENERIC and item.surface)


class _ClauseReader:
    """Reads one clause of a need into phrases, word by word (see `Role`)."""

    def __init__(self, raw: tuple[str, ...], alternatives: bool, after_goods: bool = False) -> None:
        self.raw = raw
        self.after_goods = after_goods
        """An earlier clause of the same text named goods: a clause that opens with "untuk" goes on
        with their purpose."""
        self.stems = [stem(word) for word in raw]
        self.alternatives = alternatives
        self.phrases: list[list[PhraseTerm]] = [[]]
        self.concepts: list[str] = []
        self.purpose = False
        self.marker = False
        """Just past "untuk" with nothing named since: what follows may be boilerplate, not a purpose."""

    def read(self) -> list[Phrase]:
        i = 0
        while i < len(self.stems):
            i = self._step(i)
        return [tuple(phrase) for phrase in self.phrases if phrase]

    def _step(self, i: int) -> int:
        word = self.raw[i]
        if word in PURPOSE_MARKERS:
            # "Kain tapis untuk cenderamata": a purpose; "Bahan untuk Extra Voeding": the goods themselves,
            # when nothing before names them.
            # "(Sound System) untuk Kegiatan Pengadaan Peralatan Fasilitas Perkantoran": the goods came
            # in an earlier clause; what the clause opens with "untuk" is their purpose too.
            named = any(item.role in (Role.CANDIDATE, Role.NARROWER) for item in self.phrases[-1])
            if named or (self.after_goods and self._opening(i)):
                self.purpose = self.marker = True
            return i + 1
        if word in ACTIVITY_OPENERS and self.after_goods and self._opening(i):
            # "Pengadaan Bahan Komputer - Penyediaan Peralatan dan Perlengkapan Kantor": a step naming the
            # (sub-)activity after the goods is what they are bought for, not more goods. The opener is a
            # stop word; read no concept into it ("penyediaan" stems as "penyedia", a supplier clause).
            self.purpose = self.marker = True
            return i + 1
        if word in CONJUNCTIONS:
            self._conjunction(word)
            return i + 1
        found = _concept_at(self.raw, self.stems, i)
        if found is not None:
            self._concept(*found, i)
            return i + found[1]
        if not _is_stop(word, self.stems[i]):
            if _is_generic(word, self.stems[i]):
                role = Role.GENERIC
            else:
                role = Role.PURPOSE if self.purpose else Role.CANDIDATE
            self.phrases[-1].append(PhraseTerm(self.stems[i], role, word))
            self.marker = False
        return i + 1

    def _opening(self, i: int) -> bool:
        """Whether word i opens the clause: nothing but codes and numbers before it."""
        return not any(self.phrases) and all(word.isdigit() for word in self.raw[:i])

    def _conjunction(self, word: str) -> None:
        # "Kruk / Tongkat", "Jas/Safari": alternatives of the goods; "Kendaraan Roda 4/Minibus": of a
        # qualifier, the goods stay the same.
        bare = sum(1 for item in self.phrases[-1] if item.role is not Role.GENERIC) <= 1
        if not self.purpose and (word != "/" or bare or self.alternatives):
            self.phrases.append([])
            self.concepts = []

    def _concept(self, key: str, size: int, at: int) -> None:
        if key.startswith(DROP_PREFIX):
            # "untuk Diserahkan kepada Masyarakat", "untuk Kegiatan Kantor": boilerplate, no purpose.
            self.purpose = self.purpose and not self.marker
            return
        self.marker = False
        if self.purpose:
            role = Role.PURPOSE
        elif any(head in vocabulary().ancestors[key] for head in self.concepts) or _made(self.concepts):
            role = Role.NARROWER
        else:
            role = Role.MODIFIER if self.concepts else Role.CANDIDATE
        if role is not Role.PURPOSE:
            self.concepts.append(key)
        self.phrases[-1].append(PhraseTerm(CONCEPT_PREFIX + key, role, " ".join(self.raw[at : at + size])))
        qualifier = Role.PURPOSE if self.purpose else Role.CANDIDATE
        for k in _qualifying(self.raw, self.stems, at, size):
            self.phrases[-1].append(PhraseTerm(self.stems[k], qualifier))  # written already, in the alias


def _query_clause(raw: tuple[str, ...], alternatives: bool = False, after_goods: bool = False) -> list[Phrase]:
    """The phrases of one clause of a need (see `Role`); with `alternatives`, every "/" starts a phrase (a
    product's name lists its own other names so: "Jasa Video Profil / Film Dokumenter"); `after_goods`
    when an earlier clause of the text named goods."""
    return _ClauseReader(raw, alternatives, after_goods).read()


@dataclass(frozen=True)
class NeedText:
    """A need analysed: the phrases of its package name (its specification's when the name names no
    goods), and every term of name and specification with its weight (for relevance beyond the phrases)."""

    phrases: tuple[Phrase, ...]
    weights: dict[str, float]
    core: frozenset[str]
    concepts: tuple[str, ...]
    related: dict[str, str] = field(default_factory=dict)
    """Related concepts (vocabulary) -> the concept that brought each in; they only add to a score."""
    specified_by: tuple[tuple[int, ...], ...] = ()
    """For each phrase, the later phrases that say what it is the account or family of (`_specifying`):
    when the catalog has one of them, the phrase names no goods of its own."""


PHRASE_WEIGHTS: dict[Role, float] = {
    Role.CANDIDATE: 1.0,
    Role.NARROWER: 1.0,
    Role.MODIFIER: MODIFIER_WEIGHT,
    Role.PURPOSE: PURPOSE_WEIGHT,
    Role.GENERIC: GENERIC_WEIGHT,
}


def _names_goods(phrases: Iterable[Phrase]) -> bool:
    return any(term.role in (Role.CANDIDATE, Role.NARROWER) for phrase in phrases for term in phrase)


def analyse_need(package_name: str, specification: str = "", lexicon: Lexicon | None = None) -> NeedText:
    """A need's text analysed, its words normalised against `lexicon` (the catalog's; the static one when
    none is given)."""
    lexicon = lexicon or static_lexicon()
    vocab = vocabulary()
    by_source: list[list[Phrase]] = []
    weights: dict[str, float] = {}
    placed: list[tuple[Phrase, int, Joint, bool]] = []
    written = frozenset(_WORD.findall(package_name.lower()))
    for source, factor in ((package_name, 1.0), (specification, DETAIL_WEIGHT)):
        found: list[Phrase] = []
        for number, (clause, joint) in enumerate(joined_clauses(source)):
            for read in _query_clause(lexicon.normalize(clause), after_goods=_names_goods(found)):
                if factor == 1.0:
                    placed.append((read, number, joint, _path_step(joined_clauses(source), number)))
                found.append(_in_setting(read, written) if factor == 1.0 else read)
        by_source.append(found)
        for phrase in found:
            for position, item in enumerate(phrase):
                weight = PHRASE_WEIGHTS[item.role]
                if item.role is Role.CANDIDATE and any(t.role is Role.CANDIDATE for t in phrase[:position]):
                    weight = PLAIN_MODIFIER_WEIGHT
                weights[item.term] = max(weights.get(item.term, 0.0), weight * factor)
    phrases = by_source[0] + by_source[1]
    concepts = tuple(t[len(CONCEPT_PREFIX) :] for t in weights if t.startswith(CONCEPT_PREFIX))
    core = frozenset(weights)
    related: dict[str, str] = {}
    for key in concepts:
        for other in vocab.concepts[key].related:
            token = CONCEPT_PREFIX + other
            if token not in weights:
                weights[token] = RELATED_WEIGHT * weights[CONCEPT_PREFIX + key]
                related[token] = CONCEPT_PREFIX + key
    named = [p for p in phrases if _names_goods([p])]
    specified = _specifying([item for item in placed if _names_goods([item[0]])])
    specified += [()] * (len(named) - len(specified))
    return NeedText(tuple(named), weights, core, concepts, related, tuple(specified))


@cache
def _settings() -> dict[str, tuple[frozenset[str], str, frozenset[str]]]:
    """settings.tsv: concept token -> (words of the setting, the narrower concept token it asks for, words of
    other places within the setting)."""
    rules: dict[str, tuple[frozenset[str], str, frozenset[str]]] = {}
    known = vocabulary().concepts
    for line in Path(__file__).with_name("settings.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, setting, narrower, elsewhere = line.split("\t")
        if concept not in known or narrower not in known or concept not in known[narrower].broader:
            raise ValueError(f"settings.tsv: {narrower} must be a concept narrower than {concept}")
        other = frozenset() if elsewhere.strip() == "-" else frozenset(elsewhere.split())
        rules[CONCEPT_PREFIX + concept] = (frozenset(setting.split()), CONCEPT_PREFIX + narrower, other)
    return rules


def _in_setting(phrase: Phrase, written: frozenset[str]) -> Phrase:
    """The phrase with the narrower concept its setting asks for as a modifier (settings.tsv), if any;
    `written` are the package name's words."""
    rule = _settings().get(phrase_head(phrase) or "")
    if rule is None or any(item.term == rule[1] for item in phrase):
        return phrase
    named = rule[0] & written
    if not named or rule[2] & written:
        return phrase
    return (*phrase, PhraseTerm(rule[1], Role.MODIFIER, min(named)))


def _path_step(joined: list[tuple[tuple[str, ...], Joint]], number: int) -> bool:
    """Whether clause `number` is a step of an account path: a dash comes before or after it."""
    after = joined[number + 1][1] if number + 1 < len(joined) else Joint.START
    return joined[number][1] is Joint.PATH or after is Joint.PATH


def _specifying(placed: list[tuple[Phrase, int, Joint, bool]]) -> list[tuple[int, ...]]:
    """For each phrase of a package name, the other phrases that, found in the catalog, leave it naming no
    goods of its own:

    - a phrase of another clause whose head is narrower makes it the family of those goods ("Alat Pertanian
      - Hand Traktor", "Alat Kebersihan (kain pel, sapu)", "Obat Hewan. Obat Cacing Oral Domba");
    - for a step of an account path, the item in parentheses or after a colon that follows it ("Kegiatan
      Kantor-Alat Tulis Kantor (Roll Banner)");
    - for a family of goods named outside parentheses, the goods of another family named after it in
      parentheses, after a colon or as a later step of its path (`_item_of_account`): "Alat Rumah Tangga
      Lainnya (Home Use) -TV 43"", "Lemari dan Arsip Pejabat (Rak Arsip Mobile)", "Perabot Kantor - Alat
      Kebersihan"."""
    heads = [phrase_head(phrase) for phrase, _, _, _ in placed]
    out: list[list[int]] = []
    for i, (_, clause, joint, path) in enumerate(placed):
        later = []
        for j, (_, other_clause, other_joint, _) in enumerate(placed):
            if other_clause == clause:
                continue
            head, other_head = heads[i], heads[j]
            narrower = head is not None and other_head is not None and head in ancestors_of(other_head)
            item = other_clause > clause and _item_of_account(head, joint, other_head, other_joint)
            if narrower or item or (path and other_joint is Joint.ITEM and other_clause > clause):
                later.append(j)
        out.append(later)
    return [tuple(found) for found in out]


def _item_of_account(head: str | None, joint: Joint, other_head: str | None, other_joint: Joint) -> bool:
    """Whether a later phrase (`other_head`, after `other_joint`) is the item of an account that a family
    of goods (`head`, after `joint`) names. A RUP name puts its budget account first and the goods bought
    after it in parentheses, after a colon or as the next step of the path; the account's family need not
    be the goods' own ("Home Use" holds a TV). Not an item: the same goods again or a broader family
    ("Meja Rapat (... Pengadaan Mebel)"), nor the members of a list inside one pair of parentheses or of
    one comma-separated list ("Pengadaan Pakaian Kerja, Sepatu"), and only another family where the path
    goes on ("Peralatan dan Mesin - Alat Keselamatan Kerja - Alat Pelindung - Sepatu")."""
    if head is None or other_head is None or head not in _families() or joint is Joint.ITEM:
        return False
    if other_joint not in (Joint.ITEM, Joint.PATH) or other_head == head or other_head in ancestors_of(head):
        return False
    if not other_head.startswith(CONCEPT_PREFIX):
        return False  # a word the vocabulary does not know as goods: a unit or a place ("(Samsat Keliling)")
    return other_head not in _families() or other_joint is Joint.PATH


@cache
def _families() -> frozenset[str]:
    """The concept tokens some other concept is narrower than: families of goods, as budget accounts name."""
    vocab = vocabulary()
    return frozenset(CONCEPT_PREFIX + parent for key in vocab.concepts for parent in vocab.ancestors[key])


ALIAS_WORD_WEIGHT = 0.25
"""A product keeps the words of a vocabulary alias it names at this weight beside the concept: "Nasi Kotak
Ayam Bakar" is c:nasi_kotak and still says "nasi" to a need for "Konsumsi Nasi"."""

PLAIN_MODIFIER_WEIGHT = 0.5
"""A word after the phrase's first candidate: it qualifies the goods ("kursi kerja", "bibit ikan lele")."""


def kbki_divisions(concepts: Iterable[str]) -> frozenset[str]:
    """KBKI divisions (2 digits) where the named concepts' goods are classified."""
    vocab = vocabulary()
    return frozenset(division for key in concepts for division in vocab.concepts[key].kbki)


def ancestors_of(term: str) -> tuple[str, ...]:
    """The broader concept tokens of a concept token (none for a word)."""
    if not term.startswith(CONCEPT_PREFIX):
        return ()
    return tuple(CONCEPT_PREFIX + key for key in vocabulary().ancestors[term[len(CONCEPT_PREFIX) :]])


def related_of(term: str) -> tuple[str, ...]:
    """The vocabulary's related concept tokens of a concept token (none for a word)."""
    if not term.startswith(CONCEPT_PREFIX):
        return ()
    return tuple(CONCEPT_PREFIX + key for key in vocabulary().concepts[term[len(CONCEPT_PREFIX) :]].related)


@lru_cache(maxsize=65_536)
def display_term(token: str) -> str:
    """How a term reads in an explanation: concepts by name ("konsep:souvenir"), words as stemmed."""
    return "konsep:" + token[len(CONCEPT_PREFIX) :] if token.startswith(CONCEPT_PREFIX) else token


def terms(text: str) -> set[str]:
    """The distinct terms of a text (concepts included), as a document is indexed."""
    return {term for term, _ in document_terms(text)}
