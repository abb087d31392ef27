"""The pages' reads, remembered until the projection writes again.

Every flush of the projection that changes the read models ends by writing a new token to the generation
document (adapters/batch_store.py). A query answered under one token is answered from memory while the token
stays the same, so a dashboard nobody is changing costs one read by `_id` instead of reading every cell
(which FerretDB takes seconds over at national size), and a contract that lands shows on the next view.

The token is written after the documents it stands for, so what is remembered is never older than its token.
It is read again at most every `recheck_seconds` (a page makes hundreds of reads), so a view may be that
much older than the database; and at once after the projection of this same process wrote a new token
(`recheck`, which bootstrap.py wires to it), so a change is visible as soon as it is stored.

No token (an empty or rebuilding database) means nothing is remembered. Callers share what is remembered,
so they must not change the documents they get (the pages only read them).
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar, Unpack

from padan.reporting.adapters.store import GENERATION, Document, Store, Window

Query = tuple[str, ...]
T = TypeVar("T")


class CachedStore:
    def __init__(self, store: Store, *, answers: int = 100_000, recheck_seconds: float = 1.0) -> None:
        self.store = store
        self.answers = answers  # documents and query results remembered, the least recently used dropped first
        self.recheck_seconds = recheck_seconds
        self._checked_at = float("-inf")
        self._token: str | None = None
        self._answers: OrderedDict[Query, Any] = OrderedDict()

    def recheck(self) -> None:
        """Read the token again at the next question (the projection just wrote a new one)."""
        self._checked_at = float("-inf")

    async def get(self, collection: str, doc_id: str) -> Document | None:
        return await self._answer(("get", collection, doc_id), lambda: self.store.get(collection, doc_id))

    async def put(self, collection: str, document: Document) -> None:
        await self.store.put(collection, document)

    async def find(
        self, collection: str, filters: Mapping[str, Any] | None = None, **window: Unpack[Window]
    ) -> list[Document]:
        sort, skip, limit = list(window.get("sort", ())), window.get("skip", 0), window.get("limit", 0)
        query = ("find", collection, _canonical(filters), _canonical(sort), str(skip), str(limit))
        found = await self._answer(query, lambda: self.store.find(collection, filters, **window))
        return list(found)

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int:
        return await self._answer(
            ("count", collection, _canonical(filters)), lambda: self.store.count(collection, filters)
        )

    async def _answer(self, query: Query, ask: Callable[[], Awaitable[T]]) -> T:
        token = await self._current_token()
        if token is not None and query in self._answers:
            self._answers.move_to_end(query)
            answer: T = self._answers[query]
            return answer
        answer = await ask()
        if token is not None and token == self._token:
            self._answers[query] = answer
            while len(self._answers) > self.answers:
                self._answers.popitem(last=False)
        return answer

    async def _current_token(self) -> str | None:
        if time.monotonic() - self._checked_at < self.recheck_seconds:
            return self._token
        self._checked_at = time.monotonic()
        generation = await self.store.get(*GENERATION)
        token = str(generation["token"]) if generation else None
        if token != self._token:
            self._answers.clear()
            self._token = token
        return token


def _canonical(value: Any) -> str:
    return json.dumps(value or {}, sort_keys=True, default=str)
