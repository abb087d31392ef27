"""The open needs of the partitions this replica owns, indexed by term, so a new or changed product is
scored against the needs it could fit instead of every need in the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from padan.matcher.domain.scoring import need_terms
from padan.shared.events import NeedUpserted


class OpenNeeds:
    def __init__(self) -> None:
        self._needs: dict[str, tuple[NeedUpserted, int, frozenset[str]]] = {}
        self._postings: defaultdict[str, set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._needs)

    def put(self, need: NeedUpserted, partition: int) -> None:
        """Hold the need while it is open (a closed or older version is dropped or ignored)."""
        current = self._needs.get(need.need_id)
        if current is not None and current[0].version > need.version:
            return
        self.remove(need.need_id)
        if need.open:
            words = frozenset(need_terms(need))
            self._needs[need.need_id] = (need, partition, words)
            for word in words:
                self._postings[word].add(need.need_id)

    def remove(self, need_id: str) -> None:
        current = self._needs.pop(need_id, None)
        if current is not None:
            for word in current[2]:
                self._postings[word].discard(need_id)

    def replace(self, needs: Iterable[tuple[NeedUpserted, int]]) -> None:
        self._needs.clear()
        self._postings.clear()
        for need, partition in needs:
            self.put(need, partition)

    def words(self) -> set[str]:
        """Every term some open need holds."""
        return {word for word, need_ids in self._postings.items() if need_ids}

    def sharing_terms(self, words: Iterable[str], partitions: set[int]) -> list[NeedUpserted]:
        """Open needs of `partitions` with at least one of `words`, in a stable order."""
        found: set[str] = set()
        for word in words:
            found |= self._postings.get(word, set())
        picked = (self._needs[need_id] for need_id in sorted(found))
        return [need for need, partition, _ in picked if partition in partitions]
