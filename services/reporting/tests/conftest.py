"""In-memory stand-in for the reporting store, for fast tests of the projection logic."""

from __future__ import annotations

import copy
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the helpers next to the tests: events.py, scenario.py


def _matches(document: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    for name, wanted in filters.items():
        value = document.get(name)
        if isinstance(wanted, dict):
            if "$gte" in wanted and (value is None or value < wanted["$gte"]):
                return False
            if "$gt" in wanted and (value is None or value <= wanted["$gt"]):
                return False
            if "$in" in wanted and value not in wanted["$in"]:
                return False
        elif value != wanted:
            return False
    return True


class FakeStore:
    def __init__(self) -> None:
        self.collections: dict[str, dict[str, dict[str, Any]]] = {}
        self.puts = 0

    async def get(self, collection: str, doc_id: str) -> dict[str, Any] | None:
        document = self.collections.get(collection, {}).get(doc_id)
        return copy.deepcopy(document) if document is not None else None

    async def put(self, collection: str, document: dict[str, Any]) -> None:
        self.puts += 1
        self.collections.setdefault(collection, {})[document["_id"]] = copy.deepcopy(document)

    async def ids(self, collection: str) -> set[str]:
        return set(self.collections.get(collection, {}))

    async def insert_many(self, collection: str, documents: Sequence[dict[str, Any]]) -> None:
        for document in documents:
            assert document["_id"] not in self.collections.get(collection, {}), "inserting an existing document"
            await self.put(collection, document)

    async def find(
        self,
        collection: str,
        filters: Mapping[str, Any] | None = None,
        *,
        sort: Sequence[tuple[str, int]] = (),
        skip: int = 0,
        limit: int = 0,
    ) -> list[dict[str, Any]]:
        found = [copy.deepcopy(d) for d in self.collections.get(collection, {}).values() if _matches(d, filters or {})]
        for name, direction in reversed(list(sort)):
            found.sort(key=lambda d: d.get(name), reverse=direction < 0)
        found = found[skip:]
        return found[:limit] if limit else found

    async def count(self, collection: str, filters: Mapping[str, Any] | None = None) -> int:
        return len(await self.find(collection, filters))


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()
