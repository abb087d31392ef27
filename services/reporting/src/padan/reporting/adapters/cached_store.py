"""The pages' reads, remembered until the projection writes again.

Every flush of the projection that changes the read models ends by writing a new token to the generation
document (adapters/batch_store.py). A query answered under one token is answered from memory while the token
stays the same, so a dashboard nobody is changing costs one read by `_id` instead of reading every cell
(which FerretDB takes seconds over at national size), and a contract that lands shows on the next view.

The token is written after the documents it stands for, so what is remembered is never older than its token.
No token (an empty or rebuilding database) means nothing is remembered. Callers share what is remembered,
so they must not change the documents they get (the pages only read them).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from padan.reporting.adapters.store import GENERATION, Document, Store

Query = tuple[str, ...]


class CachedStore:
    def __init__(self, store: Store, *, queries: int = 256) -> None:
        self.store = store
        self.queries = queries
        self._token: str | None = None
        self._answers: OrderedDict[Query, Any] = OrderedDict()

    async def get(self, collection: str, doc_id: str) -> Document | None:
        return await self.store.get(collection, doc_id)

    async def put(self, collection: str, document: Document) -> None:
        await self.store.put(collection, document)

    async def find(
        self,
        collection: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sequence[tuple[str, int]] = (),
        skip: int = 0,
        limit: int = 0,
    ) -> list[Document]:
        query = ("find", collection, _canonical(filters), _canonical(list(sort)), str(skip), str(limit))
        token = await self._current_token()
        if token is not None and query in self._answers:
            self._answers.move_to_end(query)
            return list(self._answers[query])
        found = await self.store.find(collection, filters, sort=sort, skip=skip, limit=limit)
        self._remember(token, query, found)
        return list(found)

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int:
        query = ("count", collection, _canonical(filters))
        token = await self._current_token()
        if token is not None and query in self._answers:
            self._answers.move_to_end(query)
            return int(self._answers[query])
        counted = await self.store.count(collection, filters)
        self._remember(token, query, counted)
        return counted

    async def _current_token(self) -> str | None:
        generation = await self.store.get(*GENERATION)
        token = str(generation["token"]) if generation else None
        if token != self._token:
            self._answers.clear()
            self._token = token
        return token

    def _remember(self, token: str | None, query: Query, answer: Any) -> None:
        if token is None or token != self._token:
            return
        self._answers[query] = answer
        while len(self._answers) > self.queries:
            self._answers.popitem(last=False)


def _canonical(value: Any) -> str:
    return json.dumps(value or {}, sort_keys=True, default=str)
