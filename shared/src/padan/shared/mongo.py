"""MongoDB access through PyMongo's async API, and the store profile that says how to use the server at hand.

Code stays inside what MongoDB and FerretDB both support: single-document atomic updates, no
multi-document transactions, no change streams. Where the two servers need different ways of working, the
difference is a field of `StoreProfile`, read by the shared plumbing (client, relay) and the adapters;
handlers call repository methods that mean the same on both.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeVar

from pymongo import AsyncMongoClient, ReplaceOne, UpdateMany, UpdateOne

#: Documents per reply for reads that can be large. FerretDB 1.24 otherwise sends the rest of a result in one
#: reply, and past the wire protocol's 48 MB the read fails (100,000 OCDS deals: a 68 MB reply). MongoDB
#: splits replies itself; a bounded batch costs it nothing, so both profiles read with it.
READ_BATCH = 2000

#: The environment variable that chooses the profile for every service of a deployment (one store for all).
STORE_PROFILE_ENV = "PADAN_STORE_PROFILE"
StoreProfileName = Literal["ferretdb", "mongodb"]

_Operation = TypeVar("_Operation")


@dataclass(frozen=True)
class StoreProfile:
    """How Padan uses one kind of MongoDB-wire server. Two exist: `FERRETDB` (the local stack, the default)
    and `MONGODB` (production); `store_profile()` picks one by `PADAN_STORE_PROFILE`."""

    name: StoreProfileName
    max_pool_size: int
    """Connections per process. FerretDB 1.24 runs an update as a read and a separate write, so two
    connections updating one document can lose an update (300 concurrent `$inc` from 50 connections left
    12): one connection serialises a process's writes. MongoDB's updates are atomic."""
    serialise_writes: bool
    """A single-writer service (the registry) orders its read-compare-writes, and the relay's outbox
    rewrites, with one in-process lock, and then addresses documents by `_id` alone. On FerretDB a filter on
    another field beside `_id` (a version compare-and-set) was a scan of the collection before our patch and
    is still slower than `_id` alone. Without it, writes compare-and-set on the version (MongoDB serves
    `{_id, version}` from its `_id` index) and concurrent writers retry."""
    updates_per_bulk: int | None
    """At most this many updates go to one bulk write (None: all in one). FerretDB 1.24 holds each update
    statement's query open until the whole command ends, one connection of its backend's pool each (100 for
    SQLite): a bulk of more updates waits for a connection it holds itself, and that database then answers
    nobody until FerretDB restarts. Our local build closes each query when its statement is done
    (padan.cli.stack); the profile keeps bulks under the pool's size so an unpatched FerretDB works too.
    Inserts are not affected."""
    indexed_pending_scan: bool
    """Whether the outbox relay's scan for pending documents is served by the `outbox_pending` index. On
    FerretDB it reads the whole collection, so a writer that
    names every document it writes is scanned only at start; on MongoDB the periodic safety-net scan stays."""

    def writer_lock(self) -> asyncio.Lock | None:
        """The lock a single-writer service shares between its repositories and its outbox relay, or None
        when writes compare-and-set instead."""
        return asyncio.Lock() if self.serialise_writes else None

    def bulk_slices(self, operations: Sequence[_Operation]) -> list[tuple[int, list[_Operation]]]:
        """`operations` cut into (position of the first, operations) slices for one bulk write each, with at
        most `updates_per_bulk` updates in a slice (inserts ride along)."""
        if self.updates_per_bulk is None:
            return [(0, list(operations))] if operations else []
        slices: list[tuple[int, list[_Operation]]] = []
        current: list[_Operation] = []
        start, updates = 0, 0
        for position, operation in enumerate(operations):
            is_update = isinstance(operation, UpdateOne | UpdateMany | ReplaceOne)
            if is_update and updates == self.updates_per_bulk:
                slices.append((start, current))
                start, current, updates = position, [], 0
            current.append(operation)
            updates += is_update
        if current:
            slices.append((start, current))
        return slices

    def outbox_full_scan_seconds(self, default: float, *, writers_name_documents: bool) -> float | None:
        """How often the relay scans for pending documents as a safety net (None: only at start and when a
        writer asks without naming documents)."""
        if writers_name_documents and not self.indexed_pending_scan:
            return None
        return default

    def with_pool_size(self, max_pool_size: int | None) -> StoreProfile:
        """This profile with the pool size an operator set (PADAN_MONGO_MAX_POOL_SIZE), if any."""
        return self if max_pool_size is None else replace(self, max_pool_size=max_pool_size)


FERRETDB = StoreProfile(
    name="ferretdb", max_pool_size=1, serialise_writes=True, updates_per_bulk=50, indexed_pending_scan=False
)
MONGODB = StoreProfile(
    name="mongodb", max_pool_size=50, serialise_writes=False, updates_per_bulk=None, indexed_pending_scan=True
)
PROFILES: dict[str, StoreProfile] = {profile.name: profile for profile in (FERRETDB, MONGODB)}


def store_profile(name: str | None = None) -> StoreProfile:
    """The profile called `name`, or chosen by PADAN_STORE_PROFILE (default `ferretdb`, the local stack)."""
    chosen = (name or os.environ.get(STORE_PROFILE_ENV) or FERRETDB.name).strip().lower()
    try:
        return PROFILES[chosen]
    except KeyError:
        known = ", ".join(PROFILES)
        raise ValueError(
            f"Profil penyimpanan tidak dikenal: {chosen!r} (pilihan: {known}) / "
            f"unknown store profile {chosen!r} ({STORE_PROFILE_ENV}: one of {known})"
        ) from None


def make_mongo_client(url: str, max_pool_size: int | None = None) -> AsyncMongoClient[dict[str, Any]]:
    """A client with `max_pool_size` connections, by default the current profile's (see `store_profile`)
    unless PADAN_MONGO_MAX_POOL_SIZE says otherwise."""
    from padan.shared.settings import default_mongo_pool_size

    return AsyncMongoClient(
        url,
        tz_aware=True,
        serverSelectionTimeoutMS=5000,
        uuidRepresentation="standard",
        maxPoolSize=max_pool_size or default_mongo_pool_size() or store_profile().max_pool_size,
    )
