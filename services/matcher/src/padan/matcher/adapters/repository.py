"""The matcher's own store: the open needs it was given, the matches it made, the product versions scored."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from pymongo import UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from padan.shared.events import MatchChanged, NeedUnmatched, NeedUpserted
from padan.shared.mongo import FERRETDB, READ_BATCH, StoreProfile
from padan.shared.outbox import PENDING_FLAG, pending_event, queue_document, queued_events, with_outbox

SOURCE = "/padan/matcher"
UNMATCHED = "unmatched_needs"
"""One document per need version ranked without proposals, carrying its NeedUnmatched event in its outbox."""
OUTBOX_COLLECTIONS = ("matches", "deals", UNMATCHED)
MATCH_QUEUE = "match_outbox"
"""New matches' events: one queue document per batch of inserted matches (see padan.shared.outbox)."""
RECOVER_AFTER = timedelta(seconds=60)
"""A queue document this process did not write is checked against the store only once it is this old: until
then its writer (another replica during a hand-over) may still be inserting the matches it announces."""
PARTY_LISTS = "party_lists"
"""The signed-in pages' lists, one document per key, read by `_id` (no scan of the matches on FerretDB):
`supplier:<id>` and `need:<id>` hold match ids, `buyer:<id>` need ids, each in the order first added."""
DUPLICATE_KEY = 11000
_INTERNAL = {"outbox": 0, "outbox_pending": 0, "outbox_seq": 0, "created_by": 0}


class MatchRepository(Protocol):
    async def save_need_if_current(self, need: NeedUpserted) -> bool: ...
    async def save_needs_if_current(self, needs: list[NeedUpserted]) -> list[NeedUpserted]: ...
    def open_needs(self) -> AsyncIterator[NeedUpserted]: ...
    async def add_matches_if_absent(
        self, matches: list[MatchChanged], traces: Mapping[str, Mapping[str, str]] | None = None
    ) -> list[str]: ...
    async def mark_product_scored(self, product_id: str, version: int, partitions: set[int]) -> None: ...
    async def scored_versions(self) -> dict[str, dict[int, int]]: ...
    async def find_matches(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]: ...
    async def get_match(self, match_id: str) -> MatchChanged | None: ...
    async def save_match_change(self, match: MatchChanged) -> None: ...
    async def get_need(self, need_id: str) -> NeedUpserted | None: ...
    async def matches_of_need(self, need_id: str) -> list[MatchChanged]: ...
    async def add_unmatched_if_absent(self, findings: list[NeedUnmatched]) -> list[str]: ...
    async def listed(self, key: str) -> list[str]: ...
    async def get_unmatched(self, need_id: str, need_version: int) -> dict[str, str] | None: ...


def supplier_list(supplier_id: str) -> str:
    return f"supplier:{supplier_id}"


def need_list(need_id: str) -> str:
    return f"need:{need_id}"


def buyer_list(buyer_id: str) -> str:
    return f"buyer:{buyer_id}"


class MongoMatchRepository:
    """Hot-path writes are inserts and reads by `_id`: on FerretDB (SQLite) every updated document costs a
    pass over its collection, so a need's matches are never updated to clear an embedded outbox."""

    def __init__(
        self,
        db: AsyncDatabase[dict[str, Any]],
        store: StoreProfile = FERRETDB,
        *,
        on_queued: Callable[[str], None] = lambda _: None,
        on_unmatched: Callable[[list[str]], None] = lambda _: None,
    ) -> None:
        """`store` says how many updates one bulk write may carry (the party lists are written in bulk).
        `on_queued` is told the id of each queue document once its batch is inserted, `on_unmatched` the
        ids of the unmatched-need documents inserted (the outbox relay's wake-ups)."""
        self._db = db
        self._store = store
        self._on_queued = on_queued
        self._on_unmatched = on_unmatched
        #: queue document -> ids of the matches its batch inserted; None while the insert is under way
        self._inserted: dict[str, set[str] | None] = {}

    async def ensure_indexes(self) -> None:
        await self._db.matches.create_index([("need_id", 1), ("product_id", 1)], unique=True)
        await self._db.matches.create_index("supplier_id")
        await self._db.matches.create_index("buyer_id")
        await self._db.needs.create_index("open")

    async def save_need_if_current(self, need: NeedUpserted) -> bool:
        """Store the need unless we hold a newer version. The same version again is still current: it is
        a redelivery after a crash, and its matching must be finished (match inserts are idempotent).

        Most needs are new: they cost one insert and no read (an update costs a pass over the collection)."""
        document = {"version": need.version, "open": need.open, "need": need.model_dump(mode="json")}
        try:
            await self._db.needs.insert_one({"_id": need.need_id, **document})
        except DuplicateKeyError:
            stored = await self._db.needs.find_one({"_id": need.need_id}, {"version": 1})
            if stored is not None and stored["version"] > need.version:
                return False
            if stored is None or stored["version"] < need.version:
                # By _id alone (FerretDB scans on any other filter field): a need's versions arrive in order
                # on one partition, handled by one replica at a time, so nobody else writes it meanwhile.
                await self._db.needs.update_one({"_id": need.need_id}, {"$set": document}, upsert=True)
        # After the need (a crash in between is repaired by the redelivery, which finds the same version).
        await self._add_to_lists({buyer_list(need.buyer_id): [need.need_id]})
        return True

    async def save_needs_if_current(self, needs: list[NeedUpserted]) -> list[NeedUpserted]:
        """`save_need_if_current` for several needs (distinct ids): the new ones in one insert; returns
        the needs that are current, in the given order."""
        if not needs:
            return []
        documents = [
            {"_id": n.need_id, "version": n.version, "open": n.open, "need": n.model_dump(mode="json")} for n in needs
        ]
        stored: set[int] = set()
        try:
            await self._db.needs.insert_many(documents, ordered=False)
        except BulkWriteError as error:
            errors = error.details.get("writeErrors", [])
            if any(e.get("code") != DUPLICATE_KEY for e in errors):
                raise
            stored = {int(e["index"]) for e in errors}
        inserted: dict[str, list[str]] = {}
        for i, need in enumerate(needs):
            if i not in stored:
                inserted.setdefault(buyer_list(need.buyer_id), []).append(need.need_id)
        await self._add_to_lists(inserted)
        return [need for i, need in enumerate(needs) if i not in stored or await self.save_need_if_current(need)]

    async def open_needs(self) -> AsyncIterator[NeedUpserted]:
        async for document in self._db.needs.find({"open": True}, batch_size=READ_BATCH):
            yield NeedUpserted.model_validate(document["need"])

    async def add_matches_if_absent(
        self, matches: list[MatchChanged], traces: Mapping[str, Mapping[str, str]] | None = None
    ) -> list[str]:
        """Insert the matches not stored yet; returns the ids inserted now. The _id is the pair's
        deterministic id, so a redelivered need or product cannot store a match twice. `traces` (match id ->
        trace context) lets each match's event continue the trace of the need it came from; by default the
        current span's.

        Two inserts, no update: first a queue document with an event for every match (the intent), then the
        matches, each marked with that document's id. Only the events of matches this batch inserted are
        published (`confirm_queued`), so a crash in between loses nothing and a match stored earlier (by
        another version of the need, or a product's arrival) gets no second event."""
        if not matches:
            return []
        lists: dict[str, list[str]] = {}
        for match in matches:
            lists.setdefault(supplier_list(match.supplier_id), []).append(match.match_id)
            lists.setdefault(need_list(match.need_id), []).append(match.match_id)
        # Listed before they are stored: a crash in between leaves an id with no match (the pages skip it),
        # never a match its parties cannot find.
        await self._add_to_lists(lists)
        batch = uuid.uuid4().hex
        self._inserted[batch] = None
        try:
            traces = traces or {}
            events = [pending_event(match, source=SOURCE, trace=traces.get(match.match_id)) for match in matches]
            await self._db[MATCH_QUEUE].insert_one(queue_document(batch, events, queued_at=datetime.now(UTC)))
            made = await self._insert_matches(events, batch)
        except BaseException:
            del self._inserted[batch]  # the queue document, if stored, is recovered from the store
            raise
        self._inserted[batch] = set(made)
        self._on_queued(batch)
        return made

    async def _insert_matches(self, events: list[dict[str, Any]], batch: str) -> list[str]:
        """The matches as their events' payloads (the match's JSON form, dumped once for both)."""
        documents = [
            {"_id": event["key"], **{k: v for k, v in event["payload"].items() if k != "match_id"}, "created_by": batch}
            for event in events
        ]
        try:
            await self._db.matches.insert_many(documents, ordered=False)
        except BulkWriteError as error:
            failed = {documents[e["index"]]["_id"] for e in error.details.get("writeErrors", [])}
            if any(e.get("code") != DUPLICATE_KEY for e in error.details.get("writeErrors", [])):
                raise
            return [document["_id"] for document in documents if document["_id"] not in failed]
        return [document["_id"] for document in documents]

    async def confirm_queued(self, queued: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The outbox relay's check of a queue document: the events of the matches its batch inserted, or
        None while that may still be under way. Known in memory for this process's own batches; otherwise
        (a crash, another replica's batch) read from the matches themselves."""
        batch = queued["_id"]
        if batch in self._inserted:
            inserted = self._inserted[batch]
            if inserted is None:
                return None
            del self._inserted[batch]
            return [entry for entry in queued_events(queued) if entry["key"] in inserted]
        if queued["queued_at"].replace(tzinfo=UTC) > datetime.now(UTC) - RECOVER_AFTER:
            return None
        due = []
        for entry in queued_events(queued):
            stored = await self._db.matches.find_one({"_id": entry["key"]}, {"created_by": 1})
            if stored is not None and stored.get("created_by") == batch:
                due.append(entry)
        return due

    async def _add_to_lists(self, lists: Mapping[str, list[str]]) -> None:
        """Append ids to the party lists, once each ($addToSet: a redelivery adds nothing), one update per list,
        in as few bulk writes as the store takes (a product matched to many needs touches a list per need)."""
        writes = [
            UpdateOne({"_id": key}, {"$addToSet": {"ids": {"$each": ids}}}, upsert=True) for key, ids in lists.items()
        ]
        for _, chunk in self._store.bulk_slices(writes):
            await self._db[PARTY_LISTS].bulk_write(chunk, ordered=False)

    async def rebuild_lists(self, chunk: int = 500) -> int:
        """Fill the party lists from the matches and needs stored before they existed: one pass over each
        collection (an operator's one-off, `padan matcher rebuild-lists`, never the hot path). Idempotent
        ($addToSet); the entries it adds are in the store's order, not by age. Returns the lists written."""
        lists: dict[str, list[str]] = {}
        async for match in self._db.matches.find({}, {"supplier_id": 1, "need_id": 1}, batch_size=READ_BATCH):
            lists.setdefault(supplier_list(match["supplier_id"]), []).append(match["_id"])
            lists.setdefault(need_list(match["need_id"]), []).append(match["_id"])
        async for need in self._db.needs.find({}, {"need.buyer_id": 1}, batch_size=READ_BATCH):
            lists.setdefault(buyer_list(need["need"]["buyer_id"]), []).append(need["_id"])
        keys = list(lists)
        for start in range(0, len(keys), chunk):
            await self._add_to_lists({key: lists[key] for key in keys[start : start + chunk]})
        return len(keys)

    async def listed(self, key: str) -> list[str]:
        """The ids of a party list (`supplier_list`, `need_list`, `buyer_list`), oldest first."""
        document = await self._db[PARTY_LISTS].find_one({"_id": key})
        return [str(item) for item in document["ids"]] if document else []

    async def get_unmatched(self, need_id: str, need_version: int) -> dict[str, str] | None:
        """The finding that this version of the need got no proposals (its `outcome` and `reason`), if any."""
        document = await self._db[UNMATCHED].find_one({"_id": f"{need_id}@{need_version}"}, {"outbox": 0})
        if document is None:
            return None
        return {"outcome": str(document.get("outcome", "")), "reason": str(document.get("reason", ""))}

    async def mark_product_scored(self, product_id: str, version: int, partitions: set[int]) -> None:
        versions = {f"p{partition}": version for partition in partitions}
        await self._db.scored_products.update_one({"_id": product_id}, {"$max": versions}, upsert=True)

    async def scored_versions(self) -> dict[str, dict[int, int]]:
        return {
            document["_id"]: {int(key[1:]): int(value) for key, value in document.items() if key != "_id"}
            async for document in self._db.scored_products.find({}, batch_size=READ_BATCH)
        }

    async def find_matches(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]:
        cursor = self._db.matches.find(filters, _INTERNAL)
        return await cursor.sort("score", -1).limit(limit).to_list(limit)

    async def get_match(self, match_id: str) -> MatchChanged | None:
        document = await self._db.matches.find_one({"_id": match_id}, _INTERNAL)
        return MatchChanged.model_validate({**document, "match_id": document["_id"]}) if document else None

    async def save_match_change(self, match: MatchChanged) -> None:
        """State and its event in one write. Filtered by _id alone (FerretDB scans on any other field);
        the lifecycle handlers serialise changes of one match within the process."""
        fields = match.model_dump(mode="json", exclude={"match_id"})
        update = with_outbox({"$set": fields}, [pending_event(match, source=SOURCE)])
        await self._db.matches.update_one({"_id": match.match_id}, update)

    async def get_need(self, need_id: str) -> NeedUpserted | None:
        document = await self._db.needs.find_one({"_id": need_id})
        return NeedUpserted.model_validate(document["need"]) if document else None

    async def matches_of_need(self, need_id: str) -> list[MatchChanged]:
        """Every match of a need, for a realisation of its package. MongoDB serves it from the (need_id,
        product_id) index; FerretDB reads the whole collection, once per realisation (not on the hot path)."""
        cursor = self._db.matches.find({"need_id": need_id}, _INTERNAL)
        return [MatchChanged.model_validate({**document, "match_id": document["_id"]}) async for document in cursor]

    async def add_unmatched_if_absent(self, findings: list[NeedUnmatched]) -> list[str]:
        """Record each need version ranked without proposals, with its event in the document's own outbox
        (one insert: finding and event land together). The id is the need and its version, so a redelivered
        need records nothing twice. Returns the ids inserted now."""
        if not findings:
            return []
        ids = [f"{finding.need_id}@{finding.need_version}" for finding in findings]
        documents: list[dict[str, Any]] = [
            {
                "_id": key,
                "need_id": finding.need_id,
                "outcome": finding.outcome,
                "reason": finding.reason,
                "outbox": [pending_event(finding, source=SOURCE)],
                PENDING_FLAG: True,
                "outbox_seq": 1,
            }
            for key, finding in zip(ids, findings, strict=True)
        ]
        try:
            await self._db[UNMATCHED].insert_many(documents, ordered=False)
            made = ids
        except BulkWriteError as error:
            errors = error.details.get("writeErrors", [])
            if any(e.get("code") != DUPLICATE_KEY for e in errors):
                raise
            failed = {int(e["index"]) for e in errors}
            made = [key for i, key in enumerate(ids) if i not in failed]
        self._on_unmatched(made)
        return made
