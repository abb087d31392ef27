"""Where registry aggregates live: MongoDB, one collection per kind, outbox embedded in each document."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Awaitable, Callable, Container, Mapping, Sequence
from typing import Any, Protocol

from pymongo import InsertOne, UpdateOne
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from padan.registry.domain.aggregates import Kind
from padan.registry.domain.references import PackageParts, SupplierDirectory
from padan.shared.mongo import FERRETDB, StoreProfile
from padan.shared.outbox import with_outbox

COLLECTIONS = tuple(kind.collection for kind in Kind)
_DUPLICATE_KEY = 11000
_ATTEMPTS = 5
TEXT_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.SUPPLIER: ("name", "address"),
    Kind.PRODUCT: ("name", "description", "category"),
    Kind.BUYER: ("name",),
    Kind.NEED: ("package_name", "specification"),
    Kind.REALISATION: ("package_name", "supplier_name"),
}


class ConcurrentChange(Exception):
    """The aggregate was created by someone else between our read and our write; the caller retries."""


class VersionIndex:
    """(content hash, version) of every stored aggregate of one kind, keyed by id.

    On FerretDB any filter but `_id` equality scans the whole collection, so an import cannot ask the
    store "which of these 500 ids exist, at which version" per batch. The repository builds this index
    once per kind and process (one projection scan) and keeps it current with every write it makes, as
    the registry process is the only writer of its database. Entries are packed (id digest as bytes,
    hash and version in one int: about 120 bytes each, 12 MB per 100k aggregates)."""

    def __init__(self) -> None:
        self._entries: dict[bytes | str, int] = {}

    @staticmethod
    def _key(aggregate_id: str) -> bytes | str:
        prefix, _, digest = aggregate_id.partition("-")
        try:
            return prefix.encode() + bytes.fromhex(digest)
        except ValueError:
            return aggregate_id

    def get(self, aggregate_id: str) -> tuple[str | None, int] | None:
        """(content hash, or None for a document stored without one; version), or None when absent."""
        packed = self._entries.get(self._key(aggregate_id))
        if packed is None:
            return None
        if packed < 0:
            return None, -packed
        return f"{packed >> 32:016x}", packed & 0xFFFFFFFF

    def set(self, aggregate_id: str, content_hash: str | None, version: int) -> None:
        self._entries[self._key(aggregate_id)] = (int(content_hash, 16) << 32 | version) if content_hash else -version

    def set_if_absent(self, aggregate_id: str, content_hash: str | None, version: int) -> None:
        if self._key(aggregate_id) not in self._entries:
            self.set(aggregate_id, content_hash, version)

    def __len__(self) -> int:
        return len(self._entries)


Write = tuple[str, int, dict[str, Any], Sequence[dict[str, Any]]]  # id, expected version, fields, events
Decide = Callable[[dict[str, Any] | None], Write | None]
"""Given the stored aggregate (None: there is none), the write to make, or None to leave it as it is."""


class RegistryRepository(Protocol):
    async def change(self, kind: Kind, aggregate_id: str, decide: Decide) -> tuple[dict[str, Any] | None, Write | None]:
        """Read the aggregate, let `decide` say what to write, and write it only if nobody changed the
        aggregate since the read; otherwise read and decide again (ConcurrentChange after a few tries).
        Returns the aggregate as last read and the write made (None: nothing written)."""
        ...

    async def change_many(self, kind: Kind, decide: Callable[[], Awaitable[Sequence[Write]]]) -> list[str]:
        """Writes that `decide` works out from what the repository knows (its `version_index`), stored
        together; returns the ids someone else changed or created between the decision and the write, for
        the caller to apply again one by one."""
        ...

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None: ...

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None: ...

    async def version_index(self, kind: Kind) -> VersionIndex: ...

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]: ...

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]: ...

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Stored aggregates by id (those that exist), each read by `_id`."""
        ...

    # What the importer joins across datasets (see padan.registry.domain.references).

    async def supplier_directory(self) -> SupplierDirectory: ...

    async def reserve_supplier_aliases(self, aliases: Mapping[str, str]) -> None:
        """Keep identities that name a supplier not stored yet (a product's supplier name)."""
        ...

    async def package_parts(self) -> dict[str, PackageParts]: ...

    async def save_package_parts(self, parts: Mapping[str, PackageParts]) -> None: ...

    async def package_links(self) -> dict[str, str]:
        """SPSE package ("tender:<kd_tender>", "nontender:<kd_nontender>") -> kode RUP, from the SPSE rows that
        carry both: what a contract row, which has no kode RUP, is joined by."""
        ...

    async def save_package_links(self, links: Mapping[str, str]) -> None: ...

    async def region_aliases(self) -> dict[str, str]:
        """SIRUP / e-katalog region id ("ekatalog:kabkota:302") -> Kemendagri code."""
        ...

    async def save_region_aliases(self, aliases: Mapping[str, Mapping[str, Any]]) -> None:
        """{key: {"region_code", "name", "province_key"}}; a key without region_code is kept unresolved."""
        ...


class MongoRegistryRepository:
    def __init__(
        self, db: AsyncDatabase[dict[str, Any]], store: StoreProfile = FERRETDB, lock: asyncio.Lock | None = None
    ) -> None:
        """Where the store profile serialises writes (FerretDB), every read-compare-write runs under one lock
        and writes address documents by `_id` alone, the filter FerretDB serves from its index; `lock` is
        shared with the outbox relay, so its `_id`-only outbox rewrites cannot interleave with ours. The
        registry process is the only writer of its database, so that lock orders every write. Otherwise
        (MongoDB) writes compare-and-set on the version, which MongoDB serves from its `_id` index, and a
        write that finds the version moved is retried from the read."""
        self._db = db
        self._store = store
        self._lock = lock if lock is not None or not store.serialise_writes else asyncio.Lock()
        self._indexes: dict[Kind, VersionIndex] = {}
        self._building = {kind: asyncio.Lock() for kind in Kind}
        self._directory: SupplierDirectory | None = None
        self._parts: dict[str, PackageParts] | None = None
        self._regions: dict[str, str] | None = None
        self._links: dict[str, str] | None = None
        self._region_keys: set[str] = set()
        self._loading = asyncio.Lock()

    def _serialised(self) -> contextlib.AbstractAsyncContextManager[Any]:
        return self._lock if self._lock is not None else contextlib.nullcontext()

    async def change(self, kind: Kind, aggregate_id: str, decide: Decide) -> tuple[dict[str, Any] | None, Write | None]:
        for _ in range(_ATTEMPTS):
            async with self._serialised():
                current = await self.get(kind, aggregate_id)
                write = decide(current)
                if write is None:
                    return current, None
                _, expected, fields, events = write
                try:
                    await self.save(kind, aggregate_id, expected, fields, events)
                except ConcurrentChange:
                    continue
            return current, write
        raise ConcurrentChange(aggregate_id)

    async def change_many(self, kind: Kind, decide: Callable[[], Awaitable[Sequence[Write]]]) -> list[str]:
        async with self._serialised():
            writes = await decide()
            return await self.save_many(kind, writes) if writes else []

    async def ensure_indexes(self) -> None:
        suppliers = self._db[Kind.SUPPLIER.collection]
        # A catalog supplier may have no NIB (""): the supplier's id is unique, the NIB no longer has to be.
        if (await suppliers.index_information()).get("nib_1", {}).get("unique"):
            await suppliers.drop_index("nib_1")
        await suppliers.create_index("nib")
        await self._db[Kind.BUYER.collection].create_index("satker_code", unique=True)
        await self._db[Kind.NEED.collection].create_index("kode_rup", unique=True)
        await self._db[Kind.PRODUCT.collection].create_index("supplier_id")
        await self._db[Kind.NEED.collection].create_index("satker_code")

    async def mark_legacy_suppliers_verified(self) -> int:
        """Suppliers stored before verification existed count as verified, as their events read (the
        SupplierUpserted default); from now on every write states it. Run once at start: on FerretDB the
        filter scans the collection, and afterwards it finds nothing."""
        async with self._serialised():
            result = await self._db[Kind.SUPPLIER.collection].update_many(
                {"verified": {"$exists": False}}, {"$set": {"verified": True}}
            )
        return int(result.modified_count)

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        return await self._db[kind.collection].find_one({"_id": aggregate_id}, {"outbox": 0})

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None:
        """State and events in one single-document write: by `_id` alone under the lock, else
        compare-and-set on the version (ConcurrentChange when it moved)."""
        collection = self._db[kind.collection]
        if expected_version == 0:
            try:
                await collection.insert_one(_new_document(aggregate_id, fields, events))
            except DuplicateKeyError as exc:
                raise ConcurrentChange(aggregate_id) from exc
        else:
            result = await collection.update_one(
                self._target(aggregate_id, expected_version), _update(expected_version, fields, events)
            )
            if self._lock is None and not result.matched_count:
                raise ConcurrentChange(aggregate_id)
        self._indexed(kind, aggregate_id, expected_version + 1, fields)

    async def version_index(self, kind: Kind) -> VersionIndex:
        """The kind's index, built on first use by one projection scan. Writes go on meanwhile: they land
        in the index from the start, and the scan fills only the ids no write has touched."""
        async with self._building[kind]:
            index = self._indexes.get(kind)
            if index is not None:
                return index
            index = self._indexes[kind] = VersionIndex()
            try:
                cursor = self._db[kind.collection].find({}, {"content_hash": 1, "version": 1}, batch_size=1000)
                async for document in cursor:
                    index.set_if_absent(document["_id"], document.get("content_hash"), int(document.get("version", 0)))
                    if len(index) % 1000 == 0:
                        await asyncio.sleep(0)  # between batches, let waiting requests use the connection
            except BaseException:
                del self._indexes[kind]
                raise
            return index

    async def save_many(self, kind: Kind, writes: Sequence[Write]) -> list[str]:
        """Unordered bulk writes (as many as the store profile needs); returns the ids not written (an
        insert whose id someone else created meanwhile, or, compared-and-set, an update whose version
        moved), for the caller to retry one by one."""
        operations = [self._operation(*write) for write in writes]
        failed: set[int] = set()
        for start, chunk in self._store.bulk_slices(operations):
            matched = 0
            try:
                matched = (await self._db[kind.collection].bulk_write(chunk, ordered=False)).matched_count
            except BulkWriteError as exc:
                failed |= {start + int(error["index"]) for error in exc.details.get("writeErrors", [])}
                matched = int(exc.details.get("nMatched", 0))
            updates = [start + i for i, operation in enumerate(chunk) if isinstance(operation, UpdateOne)]
            if self._lock is None and matched < len(updates):
                failed |= await self._moved(kind, [(position, writes[position]) for position in updates])
        for position, (aggregate_id, expected, fields, _) in enumerate(writes):
            if position not in failed:
                self._indexed(kind, aggregate_id, expected + 1, fields)
        return [writes[position][0] for position in sorted(failed)]

    async def _moved(self, kind: Kind, updates: Sequence[tuple[int, Write]]) -> set[int]:
        """Positions of the compared-and-set updates that did not land: the stored version or content is
        not the one written (a bulk write counts the matches, not which)."""
        moved = set()
        for position, (aggregate_id, expected, fields, _) in updates:
            stored = await self._db[kind.collection].find_one({"_id": aggregate_id}, {"version": 1, "content_hash": 1})
            if (
                stored is None
                or stored.get("version") != expected + 1
                or stored.get("content_hash") != fields.get("content_hash")
            ):
                moved.add(position)
        return moved

    def _target(self, aggregate_id: str, expected_version: int) -> dict[str, Any]:
        """The filter of an update: `_id` alone when serialised, else `_id` and the version read."""
        return {"_id": aggregate_id} if self._lock is not None else {"_id": aggregate_id, "version": expected_version}

    def _operation(
        self, aggregate_id: str, expected_version: int, fields: dict[str, Any], events: Sequence[dict[str, Any]]
    ) -> InsertOne[dict[str, Any]] | UpdateOne:
        """The insert of a new aggregate or the update of a stored one, with its events."""
        if expected_version == 0:
            return InsertOne(_new_document(aggregate_id, fields, events))
        return UpdateOne(self._target(aggregate_id, expected_version), _update(expected_version, fields, events))

    def _indexed(self, kind: Kind, aggregate_id: str, version: int, fields: dict[str, Any]) -> None:
        if (index := self._indexes.get(kind)) is not None:
            index.set(aggregate_id, fields.get("content_hash"), version)
        if kind is Kind.SUPPLIER and self._directory is not None:
            self._directory.learn(aggregate_id, fields)

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for aggregate_id in aggregate_ids:  # `_id` equality is what FerretDB serves from its index
            document = await self.get(kind, aggregate_id)
            if document is not None:
                found[aggregate_id] = document
        return found

    async def supplier_directory(self) -> SupplierDirectory:
        async with self._loading:
            if self._directory is None:
                directory = SupplierDirectory()
                projection = {"nib": 1, "ekatalog_vendor_id": 1, "npwp": 1, "name": 1, "source": 1}
                async for document in self._db[Kind.SUPPLIER.collection].find({}, projection):
                    directory.learn(document["_id"], document)
                async for document in self._db.supplier_aliases.find({}):
                    directory.reserve(document["_id"], document["supplier_id"])
                self._directory = directory
            return self._directory

    async def reserve_supplier_aliases(self, aliases: Mapping[str, str]) -> None:
        if not aliases:
            return
        # Inserts only (no upserts, which FerretDB's SQLite backend can leave locked): an alias kept already
        # is a duplicate key, and the first reservation stands.
        operations = [InsertOne({"_id": alias, "supplier_id": supplier_id}) for alias, supplier_id in aliases.items()]
        try:
            await self._db.supplier_aliases.bulk_write(operations, ordered=False)
        except BulkWriteError as exc:
            if any(error.get("code") != _DUPLICATE_KEY for error in exc.details.get("writeErrors", [])):
                raise
        directory = await self.supplier_directory()
        for alias, supplier_id in aliases.items():
            directory.reserve(alias, supplier_id)

    async def _write_known(
        self, collection: str, documents: Mapping[str, Mapping[str, Any]], known: Container[str]
    ) -> None:
        """Write documents by `_id`: an update of those `known` to be stored, an insert of the others (on
        FerretDB an insert is far cheaper than an upsert), in as few bulk writes as the store takes."""
        operations: list[InsertOne[dict[str, Any]] | UpdateOne] = [
            UpdateOne({"_id": key}, {"$set": dict(value)}) if key in known else InsertOne({"_id": key, **value})
            for key, value in documents.items()
        ]
        for _, chunk in self._store.bulk_slices(operations):
            await self._db[collection].bulk_write(chunk, ordered=False)

    async def package_parts(self) -> dict[str, PackageParts]:
        async with self._loading:
            if self._parts is None:
                parts: dict[str, PackageParts] = {}
                async for document in self._db.package_parts.find({}, batch_size=1000):
                    parts[document["_id"]] = PackageParts.from_document(document)
                self._parts = parts
            return self._parts

    async def save_package_parts(self, parts: Mapping[str, PackageParts]) -> None:
        if not parts:
            return
        known = await self.package_parts()
        await self._write_known("package_parts", {kode: p.as_document() for kode, p in parts.items()}, known)
        known.update(parts)

    async def package_links(self) -> dict[str, str]:
        async with self._loading:
            if self._links is None:
                self._links = {
                    document["_id"]: document["kode_rup"]
                    async for document in self._db.package_links.find({}, batch_size=1000)
                }
            return self._links

    async def save_package_links(self, links: Mapping[str, str]) -> None:
        if not links:
            return
        known = await self.package_links()
        await self._write_known("package_links", {key: {"kode_rup": kode} for key, kode in links.items()}, known)
        known.update(links)

    async def region_aliases(self) -> dict[str, str]:
        async with self._loading:
            if self._regions is None:
                documents = await self._db.region_aliases.find({}, {"region_code": 1}).to_list(None)
                self._region_keys = {document["_id"] for document in documents}
                self._regions = {d["_id"]: d["region_code"] for d in documents if d.get("region_code")}
            return self._regions

    async def save_region_aliases(self, aliases: Mapping[str, Mapping[str, Any]]) -> None:
        if not aliases:
            return
        known = await self.region_aliases()
        await self._write_known("region_aliases", aliases, self._region_keys)
        self._region_keys.update(aliases)
        for key, value in aliases.items():
            if value.get("region_code"):
                known[key] = str(value["region_code"])
            else:
                known.pop(key, None)

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """A page in id order; `text` matches words case-insensitively in the kind's text fields (a plain
        substring match, escaped), `equals` filters on exact field values."""
        query: dict[str, Any] = dict(equals or {})
        if text:
            pattern = re.escape(text.strip())
            query["$or"] = [{name: {"$regex": pattern, "$options": "i"}} for name in TEXT_FIELDS[kind]]
        cursor = self._db[kind.collection].find(query, {"outbox": 0}).sort("_id", 1).skip(skip).limit(limit)
        return await cursor.to_list(limit)


def _new_document(aggregate_id: str, fields: dict[str, Any], events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    document = {"_id": aggregate_id, **fields, "version": 1, "outbox": list(events)}
    return document | {"outbox_pending": bool(events), "outbox_seq": 1}


def _update(expected_version: int, fields: dict[str, Any], events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return with_outbox({"$set": {**fields, "version": expected_version + 1}}, events)
