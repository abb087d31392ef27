"""The store profile: what each one changes, how a deployment chooses it, and that FerretDB's stays as it was
(the fault suite's guarantees were measured with these values)."""

from __future__ import annotations

import asyncio

import pytest
from pymongo import InsertOne, UpdateOne

from padan.shared.mongo import FERRETDB, MONGODB, STORE_PROFILE_ENV, make_mongo_client, store_profile
from padan.shared.outbox import FULL_SCAN_SECONDS
from padan.shared.settings import ServiceSettings


@pytest.fixture(autouse=True)
def _no_profile_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STORE_PROFILE_ENV, raising=False)
    monkeypatch.delenv("PADAN_MONGO_MAX_POOL_SIZE", raising=False)


def test_ferretdb_is_the_default_and_keeps_todays_behaviour() -> None:
    profile = store_profile()
    assert profile is FERRETDB
    assert profile.max_pool_size == 1
    assert profile.serialise_writes
    assert isinstance(profile.writer_lock(), asyncio.Lock)
    assert profile.updates_per_bulk == 50
    assert profile.outbox_full_scan_seconds(FULL_SCAN_SECONDS, writers_name_documents=True) is None
    assert profile.outbox_full_scan_seconds(FULL_SCAN_SECONDS, writers_name_documents=False) == FULL_SCAN_SECONDS


def test_mongodb_pools_connections_compares_and_sets_and_writes_in_one_bulk() -> None:
    profile = store_profile("mongodb")
    assert profile is MONGODB
    assert profile.max_pool_size == 50
    assert profile.writer_lock() is None
    assert profile.bulk_slices([UpdateOne({"_id": i}, {"$set": {"n": i}}) for i in range(500)])[0][0] == 0
    assert len(profile.bulk_slices([UpdateOne({"_id": i}, {"$set": {"n": i}}) for i in range(500)])) == 1
    assert profile.bulk_slices([]) == []
    assert profile.outbox_full_scan_seconds(FULL_SCAN_SECONDS, writers_name_documents=True) == FULL_SCAN_SECONDS


def test_the_environment_chooses_the_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STORE_PROFILE_ENV, " MongoDB ")
    assert store_profile() is MONGODB
    assert ServiceSettings().store is MONGODB
    assert store_profile("ferretdb") is FERRETDB  # a name given wins


def test_an_unknown_profile_is_refused_in_both_languages() -> None:
    with pytest.raises(ValueError, match=r"Profil penyimpanan tidak dikenal.*unknown store profile 'cosmos'"):
        store_profile("cosmos")


def test_an_operators_pool_size_overrides_the_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ServiceSettings().store.max_pool_size == 1
    monkeypatch.setenv("PADAN_MONGO_MAX_POOL_SIZE", "8")
    settings = ServiceSettings()
    assert settings.store.max_pool_size == 8
    assert settings.store.serialise_writes  # only the pool size changes
    monkeypatch.setenv(STORE_PROFILE_ENV, "mongodb")
    monkeypatch.delenv("PADAN_MONGO_MAX_POOL_SIZE")
    assert ServiceSettings().store.max_pool_size == 50


async def test_the_client_takes_the_profiles_pool_size(monkeypatch: pytest.MonkeyPatch) -> None:
    client = make_mongo_client("mongodb://127.0.0.1:1")  # not connected: the options are what matters
    assert client.options.pool_options.max_pool_size == 1
    await client.close()
    monkeypatch.setenv(STORE_PROFILE_ENV, "mongodb")
    client = make_mongo_client("mongodb://127.0.0.1:1")
    assert client.options.pool_options.max_pool_size == 50
    await client.close()


def test_ferretdb_slices_bulk_writes_at_fifty_updates_with_inserts_riding_along() -> None:
    operations: list[InsertOne[dict[str, int]] | UpdateOne] = []
    for i in range(120):
        operations.append(UpdateOne({"_id": i}, {"$set": {"n": i}}))
        if i % 2 == 0:
            operations.append(InsertOne({"_id": 1000 + i}))
    slices = FERRETDB.bulk_slices(operations)
    assert [sum(isinstance(op, UpdateOne) for op in chunk) for _, chunk in slices] == [50, 50, 20]
    assert [op for _, chunk in slices for op in chunk] == operations  # nothing lost, reordered or doubled
    for start, chunk in slices:
        assert operations[start : start + len(chunk)] == chunk  # positions map back to the caller's list
