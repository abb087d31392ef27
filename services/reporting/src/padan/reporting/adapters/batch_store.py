"""A batch of events applied in memory, then each changed document written once (the projection's store).

Documents are read once per batch (or not at all: what was last written is remembered, in a bounded LRU,
and the `_id`s of each collection are read once, so a document that does not exist yet costs no round trip;
both because reporting is the only writer of its database: one reporting process per database, then),
changed in memory by the handlers, and written at `flush()`: new documents inserted in bulk, changed ones
replaced one by one (what FerretDB does fastest; see adapters/store.py).

Crash safety: a batch is committed to Kafka only after its flush, so a crash half-way through a flush
means the whole batch is applied again over what did land. Everything the handlers derive is recomputed
from the package and supplier documents, except which cell a package or supplier has just left: that is in
the document (`cell`) until the document is written. So the cell documents are written before all the
others: when a package document with its new cell is in the database, its old cell has already let it go.

Two steps, each closed by a new generation token: first the packages' side (their cells, the packages,
matches, deals, ...), then the suppliers' side (their cells, then the suppliers). A new need's ten matches
change ten supplier documents, each listing every match its supplier ever had: the package page and the
funnel need not wait for those (on FerretDB under load, most of the batch's write time).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from padan.reporting.adapters.store import GENERATION, Document

# The tallies (adapters/tally.py), written first (see above).
CELL_COLLECTIONS = (
    "need_cells_members", "supplier_cells_members", "need_cells_parts", "supplier_cells_parts",
    "need_cells", "supplier_cells",
)  # fmt: skip

#: Written in the second step, under a token of their own (see above), cells first.
SUPPLIER_SIDE = ("supplier_cells_members", "supplier_cells_parts", "supplier_cells", "suppliers")

Key = tuple[str, str]


class Backing(Protocol):
    async def get(self, collection: str, doc_id: str) -> Document | None: ...

    async def put(self, collection: str, document: Document) -> None: ...

    async def ids(self, collection: str) -> set[str]: ...

    async def insert_many(self, collection: str, documents: Sequence[Document]) -> None: ...


def copied(value: Any) -> Any:
    """A copy of a document (dicts and lists of immutable values, as BSON decodes), for the handlers to change.
    copy.deepcopy did the same at a third of the speed, and was half of the projection's time at 1M needs
    (bench/reporting_scale.py)."""
    if isinstance(value, dict):
        return {key: copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copied(item) for item in value]
    return value


class BatchStore:
    def __init__(
        self, backing: Backing, *, remember: int = 200_000, on_new_generation: Callable[[], None] = lambda: None
    ) -> None:
        self.backing = backing
        self.remember = remember
        self._stored: OrderedDict[Key, Document | None] = OrderedDict()  # what the database holds
        self._working: dict[Key, Document | None] = {}  # this batch's copies, changed in place by handlers
        self._dirty: dict[Key, None] = {}
        self._known: dict[str, set[str]] = {}  # the `_id`s in the database, per collection read so far
        # Renew the generation token at the first flush too: a crash may have cut the last flush short
        # between its writes and its token, and a batch applied again over those writes changes nothing.
        self._renew_token = True
        #: told after each flush that wrote a new generation token (the pages' cache in this process looks
        #: at the token again at once instead of at its next periodic check)
        self.on_new_generation = on_new_generation

    async def get(self, collection: str, doc_id: str) -> Document | None:
        key = (collection, doc_id)
        if key not in self._working:
            if key in self._stored:
                self._stored.move_to_end(key)
                stored = self._stored[key]
            else:
                known = await self._known_ids(collection)
                stored = await self.backing.get(collection, doc_id) if doc_id in known else None
                self._remember(key, stored)
            self._working[key] = copied(stored)
        return self._working[key]

    async def put(self, collection: str, document: Document) -> None:
        key = (collection, document["_id"])
        self._working[key] = document
        self._dirty[key] = None

    async def flush(self) -> int:
        """Write the batch's changed documents, cells first, each step then a new generation token
        (adapters/cached_store.py); returns how many documents were written."""
        changed: dict[str, list[Document]] = {}
        for key in self._dirty:
            document = self._working[key]
            if document is not None and document != self._stored.get(key):
                changed.setdefault(key[0], []).append(document)
        order = [c for c in CELL_COLLECTIONS if c in changed] + [c for c in changed if c not in CELL_COLLECTIONS]
        steps = [[c for c in order if c not in SUPPLIER_SIDE], [c for c in order if c in SUPPLIER_SIDE]]
        tokens = 0
        try:
            for step, collections in enumerate(steps):
                for collection in collections:
                    known = await self._known_ids(collection)
                    existing = [d for d in changed[collection] if d["_id"] in known]
                    new = [d for d in changed[collection] if d["_id"] not in known]
                    await self.backing.insert_many(collection, new)
                    known.update(d["_id"] for d in changed[collection])
                    for document in existing:
                        await self.backing.put(collection, document)
                if collections or (step == len(steps) - 1 and self._renew_token and not tokens):
                    await self.backing.put(GENERATION[0], {"_id": GENERATION[1], "token": uuid.uuid4().hex})
                    tokens += 1
                    self.on_new_generation()
            self._renew_token = False
        except BaseException:
            self._stored.clear()  # some writes may have landed: read again
            self._known.clear()
            self._renew_token = True
            self.discard()
            raise
        for collection, documents in changed.items():
            for document in documents:
                self._remember((collection, document["_id"]), document)
        self.discard()
        return sum(map(len, changed.values()))

    def discard(self) -> None:
        """Forget the batch's changes (after a failure: the batch comes again)."""
        self._working.clear()
        self._dirty.clear()

    async def _known_ids(self, collection: str) -> set[str]:
        if collection not in self._known:
            self._known[collection] = await self.backing.ids(collection)
        return self._known[collection]

    def _remember(self, key: Key, document: Document | None) -> None:
        self._stored[key] = document
        self._stored.move_to_end(key)
        while len(self._stored) > self.remember:
            self._stored.popitem(last=False)
