"""The registry repository's read-compare-write under each store profile, on the real store at hand.

The `ferretdb` profile orders writes with one lock and writes by `_id` alone; the `mongodb` profile has no
lock and compares-and-sets on the version. Both are run here against whatever server `real_stack` gives
(the version filter works on FerretDB too, only slower), so the `mongodb` profile's retry paths are tested
on every machine, not only where a MongoDB server is. One client of one connection serves all writers, so
FerretDB's non-atomic updates cannot interleave at the server: what interleaves is our coroutines, between
a read and its write, which is what the profiles must handle. Without the lock, the concurrent writers are
made to read before any of them writes (a barrier after the first read), so every one but the first finds
the version moved.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pymongo.asynchronous.database import AsyncDatabase

from padan.cli.testing import StackEndpoints, unique
from padan.registry.adapters.repository import MongoRegistryRepository
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.commands import UpsertBuyer
from padan.registry.handlers.upsert import apply_upsert, apply_upsert_batch
from padan.registry.handlers.upsert_buyer import prepare_buyer
from padan.shared.mongo import FERRETDB, MONGODB, StoreProfile, make_mongo_client

pytestmark = pytest.mark.integration
PROFILES = pytest.mark.parametrize("profile", [FERRETDB, MONGODB], ids=lambda p: f"repository:{p.name}")


@pytest.fixture
async def db(real_stack: StackEndpoints) -> AsyncIterator[AsyncDatabase[dict[str, Any]]]:
    client = make_mongo_client(real_stack.mongo_url, 1)
    database = client[unique("registry_profiles")]
    try:
        yield database
    finally:
        await client.drop_database(database.name)
        await client.close()


class ReadsTogether(MongoRegistryRepository):
    """Each of the first `writers` tasks to read waits after its first read until all have read."""

    def __init__(self, db: AsyncDatabase[dict[str, Any]], writers: int) -> None:
        super().__init__(db, MONGODB)
        self._writers = writers
        self._barrier = asyncio.Barrier(writers)
        self._waited: set[asyncio.Task[Any] | None] = set()

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        document = await super().get(kind, aggregate_id)
        task = asyncio.current_task()
        if task not in self._waited and len(self._waited) < self._writers:  # the test's own reads pass
            self._waited.add(task)
            await self._barrier.wait()
        return document


def _repository(db: AsyncDatabase[dict[str, Any]], profile: StoreProfile, writers: int) -> MongoRegistryRepository:
    if profile.serialise_writes:
        return MongoRegistryRepository(db, profile, profile.writer_lock())
    return ReadsTogether(db, writers)


def _buyer(satker: str, name: str) -> UpsertBuyer:
    return UpsertBuyer(satker_code=satker, kind="perangkat_daerah", name=name, region_code="18.02")


async def _outbox_versions(db: AsyncDatabase[dict[str, Any]], buyer_id: str) -> list[int]:
    document = await db[Kind.BUYER.collection].find_one({"_id": buyer_id})
    assert document is not None
    return [int(entry["payload"]["version"]) for entry in document["outbox"]]


@PROFILES
async def test_concurrent_changes_of_one_aggregate_all_land_in_order(
    db: AsyncDatabase[dict[str, Any]], profile: StoreProfile
) -> None:
    satker = unique("satker")
    created = await apply_upsert(
        MongoRegistryRepository(db, profile, profile.writer_lock()), prepare_buyer(_buyer(satker, "Dinas Koperasi"))
    )
    repository = _repository(db, profile, writers=4)
    renames = [f"Dinas Koperasi dan UKM {n}" for n in range(4)]
    results = await asyncio.gather(*(apply_upsert(repository, prepare_buyer(_buyer(satker, n))) for n in renames))

    assert all(result.changed for result in results)
    assert sorted(result.version for result in results) == [2, 3, 4, 5]  # none lost, none applied twice
    assert await _outbox_versions(db, created.aggregate_id) == [1, 2, 3, 4, 5]
    stored = await repository.get(Kind.BUYER, created.aggregate_id)
    assert stored is not None and stored["version"] == 5
    last = max(results, key=lambda result: result.version)
    assert stored["name"] == renames[results.index(last)]


@PROFILES
async def test_a_creation_only_if_absent_has_one_winner(
    db: AsyncDatabase[dict[str, Any]], profile: StoreProfile
) -> None:
    repository = _repository(db, profile, writers=3)
    satker = unique("satker")
    prepared = [prepare_buyer(_buyer(satker, f"Dinas {n}")) for n in range(3)]
    results = await asyncio.gather(*(apply_upsert(repository, p, only_if_absent=True) for p in prepared))
    assert sorted(result.created for result in results) == [False, False, True]
    assert await _outbox_versions(db, prepared[0].aggregate_id) == [1]


@PROFILES
async def test_a_batch_write_repeats_nothing_and_skips_what_is_unchanged(
    db: AsyncDatabase[dict[str, Any]], profile: StoreProfile
) -> None:
    repository = MongoRegistryRepository(db, profile, profile.writer_lock())
    satkers = [unique("satker") for _ in range(60)]  # more updates than FerretDB's slice of 50
    first = [prepare_buyer(_buyer(s, "Dinas A")) for s in satkers]
    await apply_upsert_batch(repository, first, await repository.version_index(Kind.BUYER))
    renamed = [prepare_buyer(_buyer(s, "Dinas B" if n % 2 else "Dinas A")) for n, s in enumerate(satkers)]
    results = await apply_upsert_batch(repository, renamed, await repository.version_index(Kind.BUYER))
    assert [r.changed for r in results] == [n % 2 == 1 for n in range(60)]
    assert [r.version for r in results] == [2 if n % 2 else 1 for n in range(60)]
    for n, p in enumerate(renamed):
        assert await _outbox_versions(db, p.aggregate_id) == ([1, 2] if n % 2 else [1])


async def test_mongodb_profile_a_batch_decided_on_a_stale_version_is_applied_again(
    db: AsyncDatabase[dict[str, Any]],
) -> None:
    """Two writers without a shared lock (what the `mongodb` profile allows): one batch decides from its
    version index, another writer changes one of its aggregates first; the batch's compare-and-set misses
    that one, which is applied again on top of the other writer's change instead of overwriting it."""
    ours = MongoRegistryRepository(db, MONGODB)
    theirs = MongoRegistryRepository(db, MONGODB)
    satkers = [unique("satker") for _ in range(3)]
    await apply_upsert_batch(
        ours, [prepare_buyer(_buyer(s, "Dinas A")) for s in satkers], await ours.version_index(Kind.BUYER)
    )
    index = await ours.version_index(Kind.BUYER)
    moved = prepare_buyer(_buyer(satkers[1], "Dinas oleh penulis lain"))
    assert (await apply_upsert(theirs, moved)).version == 2

    results = await apply_upsert_batch(ours, [prepare_buyer(_buyer(s, "Dinas C")) for s in satkers], index)
    assert [r.version for r in results] == [2, 3, 2]
    assert await _outbox_versions(db, moved.aggregate_id) == [1, 2, 3]
    stored = await ours.get(Kind.BUYER, moved.aggregate_id)
    assert stored is not None and (stored["version"], stored["name"]) == (3, "Dinas C")
