"""Spelling tolerance: words of a need mapped onto words the catalog and the vocabulary know.

RUP package names are typed by hand: letters doubled or dropped ("kerttas", "sovenir"), words joined
("handtraktor", "seminarkit") or split ("cindera mata", "tumb ler"). A `Lexicon` holds the known words (the
vocabulary's aliases and stop words, and the words of product names and categories as they arrive) in a
SymSpell index (symspellpy), and `normalize` rewrites a clause's words before analysis:

1. two neighbours whose concatenation is known, when either alone is not ("cindera mata" -> "cinderamata");
2. an unknown word that splits into two known words ("handtraktor" -> "hand traktor"), a split forming a
   vocabulary phrase preferred;
3. an unknown word within one edit of a known word ("sovenir" -> "souvenir"), the most frequent such
   (`corrections=True` only: a need is corrected towards the catalog's words; a product's own words are
   real words the small static lexicon may not know, "permanen" is no misspelt "pemanen").

A word of the language itself is never corrected or split, even when no product uses it: "meterai tempel"
(a duty stamp) is no misspelt "meterai stempel", and the goods a need asks for may be goods the catalog
lacks. The lexicon is told those words (`real_words`: the stems of an Indonesian dictionary); they are no
targets of a correction, only guards.

Only words of at least MIN_CORRECTED letters are corrected (short words and codes are too ambiguous: "pc",
"ac", "atk"), and never a word with a digit; a letter replaced or swapped only in words of at least
MIN_SUBSTITUTED letters ("pasca" is no misspelt "pasta"), while a letter doubled or dropped is the common
slip. One edit, never two: "penggandaan" (copying) is two edits from "pengadaan" (procurement), and a need
must not be turned into another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from symspellpy import SymSpell, Verbosity

MIN_CORRECTED = 5
MIN_SUBSTITUTED = 7
MIN_SPLIT_PART = 3
MAX_DISTANCE = 1


class Lexicon:
    """Known words with how often each was seen, and a SymSpell index of them for one-edit look-ups."""

    def __init__(
        self,
        words: Iterable[str] = (),
        phrases: Iterable[tuple[str, ...]] = (),
        real_words: frozenset[str] = frozenset(),
    ) -> None:
        self._counts: Counter[str] = Counter()
        self._real_words = real_words
        """Words of the language: left as written (see the module docstring)."""
        self._symspell = SymSpell(max_dictionary_edit_distance=MAX_DISTANCE, prefix_length=7)
        self._pairs: set[tuple[str, str]] = {tuple(p[:2]) for p in phrases if len(p) >= 2}  # type: ignore[misc]
        self._fixes: dict[tuple[str, ...], tuple[str, ...]] = {}
        """Normalised clauses, keyed by their words and a last item telling whether corrections were on."""
        self.generation = 0
        """Grows when a word is first seen: normalisations made before may differ now."""
        for word in words:
            self.add(word)

    def __contains__(self, word: object) -> bool:
        return word in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    def add(self, word: str, count: int = 1) -> None:
        if not word.isalpha():
            return
        if word not in self._counts:
            self.generation += 1
            self._fixes.clear()
            self._symspell.create_dictionary_entry(word, count)
        self._counts[word] += count

    def merge(self, other: Lexicon) -> None:
        """Learn another lexicon's words and its vocabulary pairs."""
        for word, count in other._counts.items():
            self.add(word, count)
        self._pairs |= other._pairs
        self._real_words = self._real_words | other._real_words

    def add_all(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def count(self, word: str) -> int:
        return self._counts.get(word, 0)

    def correct(self, word: str) -> str | None:
        """The known word one edit away (the most frequent), or None."""
        if len(word) < MIN_CORRECTED or not word.isalpha() or word in self._counts or word in self._real_words:
            return None
        found = self._symspell.lookup(word, Verbosity.CLOSEST, max_edit_distance=MAX_DISTANCE)
        if len(word) < MIN_SUBSTITUTED:
            found = [item for item in found if len(item.term) != len(word)]
        if not found:
            return None
        term: str = max(found, key=lambda item: item.count).term
        return term

    def split(self, word: str) -> tuple[str, str] | None:
        """Two known words the unknown `word` is made of, or None; a split forming a vocabulary phrase wins,
        then the one whose rarer part is more frequent."""
        if word in self._counts or word in self._real_words or not word.isalpha() or len(word) < 2 * MIN_SPLIT_PART:
            return None
        best: tuple[bool, int, tuple[str, str]] | None = None
        for cut in range(MIN_SPLIT_PART, len(word) - MIN_SPLIT_PART + 1):
            left, right = word[:cut], word[cut:]
            if left in self._counts and right in self._counts:
                phrase = (left, right) in self._pairs
                if not phrase and min(len(left), len(right)) < MIN_CORRECTED - 1:
                    continue  # a short part alone is too often a syllable ("kebersihan" is not "keber sihan")
                rank = (phrase, min(self._counts[left], self._counts[right]), (left, right))
                if best is None or rank[:2] > best[:2]:
                    best = rank
        return None if best is None else best[2]

    def normalize(self, words: Sequence[str], corrections: bool = True) -> tuple[str, ...]:
        """The clause's words with joins, splits and (optionally) corrections applied (see the module
        docstring)."""
        key = (*words, "" if corrections else "-")
        cached = self._fixes.get(key)
        if cached is not None:
            return cached
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if i + 1 < len(words):
                joined = word + words[i + 1]
                if (word not in self._counts or words[i + 1] not in self._counts) and joined in self._counts:
                    out.append(joined)
                    i += 2
                    continue
            if word in self._counts or not word.isalpha():
                out.append(word)
            elif (parts := self.split(word)) is not None:
                out.extend(parts)
            else:
                out.append((self.correct(word) if corrections else None) or word)
            i += 1
        fixed = tuple(out)
        if len(self._fixes) > 100_000:
            self._fixes.clear()
        self._fixes[key] = fixed
        return fixed
