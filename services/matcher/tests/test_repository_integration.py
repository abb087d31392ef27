"""The matcher's store on the real MongoDB-wire server: idempotent batch inserts of matches, needs kept
by version, scored-product records per partition."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import AsyncMongoClient

from padan.cli.testing import StackEndpoints, unique
from padan.matcher.adapters.repository import MATCH_QUEUE, MongoMatchRepository, buyer_list, need_list, supplier_list
from padan.shared.events import MatchChanged, MatchExplanation, NeedUnmatched, NeedUpserted
from padan.shared.mongo import store_profile
from padan.shared.vocabulary import MatchStatus

pytestmark = pytest.mark.integration
NOW = datetime.now(UTC)


def _match(n: int) -> MatchChanged:
    return MatchChanged(
        match_id=f"mat-{n}", need_id="n1", product_id=f"p{n}", supplier_id="s1", buyer_id="b1", status="proposed",
        score=0.5, explanation=MatchExplanation(), package_name="x", product_name="y", pagu_idr=1, region_code="18.71",
        version=1, occurred_at=NOW,
    )  # fmt: skip


def _need(version: int) -> NeedUpserted:
    return NeedUpserted(
        need_id="n1", kode_rup="1", buyer_id="b1", satker_code="1", package_name=f"paket v{version}", pagu_idr=1,
        procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026, region_code="18.71",
        version=version, occurred_at=NOW,
    )  # fmt: skip


def test_store_operations_are_idempotent(real_stack: StackEndpoints) -> None:
    async def scenario() -> None:
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(real_stack.mongo_url, maxPoolSize=1)
        repository = MongoMatchRepository(client[unique("matcher_repo")])
        await repository.ensure_indexes()
        assert await repository.add_matches_if_absent([_match(1), _match(2)]) == ["mat-1", "mat-2"]
        assert await repository.add_matches_if_absent([_match(2), _match(3), _match(1)]) == ["mat-3"]
        assert await repository.add_matches_if_absent([_match(1)]) == []
        stored = await repository.get_match("mat-3")
        assert stored is not None and stored.product_id == "p3"

        assert await repository.save_need_if_current(_need(2))
        assert await repository.save_need_if_current(_need(2)), "the same version again is a redelivery to finish"
        assert not await repository.save_need_if_current(_need(1))
        need = await repository.get_need("n1")
        assert need is not None and need.package_name == "paket v2"

        await repository.mark_product_scored("p1", 3, {0, 4})
        await repository.mark_product_scored("p1", 2, {0, 5})
        assert await repository.scored_versions() == {"p1": {0: 3, 4: 3, 5: 2}}
        await client.close()

    asyncio.run(scenario())


async def _repository_telling_queued(db: Any) -> tuple[MongoMatchRepository, list[str]]:
    """A repository with its indexes, and the ids of the queue documents it announces, in order."""
    queued: list[str] = []
    repository = MongoMatchRepository(db, on_queued=queued.append)
    await repository.ensure_indexes()
    return repository, queued


def test_new_matches_events_are_queued_and_only_the_inserted_ones_are_due(real_stack: StackEndpoints) -> None:
    async def scenario() -> None:
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(real_stack.mongo_url, maxPoolSize=1)
        db = client[unique("matcher_queue")]
        repository, queued = await _repository_telling_queued(db)

        async def due(repo: MongoMatchRepository, batch: str, age: timedelta = timedelta()) -> list[str] | None:
            document = await db[MATCH_QUEUE].find_one({"_id": batch})
            assert document is not None
            document["queued_at"] = document["queued_at"] - age
            entries = await repo.confirm_queued(document)
            return None if entries is None else sorted(entry["payload"]["match_id"] for entry in entries)

        await repository.add_matches_if_absent([_match(1), _match(2)])
        await repository.add_matches_if_absent([_match(2), _match(3), _match(1)])
        assert await due(repository, queued[0]) == ["mat-1", "mat-2"]
        assert await due(repository, queued[1]) == ["mat-3"], "a match stored before gets no second event"

        # Another process (a restart, the next replica) reads the same queue documents from the store alone.
        other = MongoMatchRepository(db)
        assert await due(other, queued[1]) is None, "a fresh batch may still be under way at its writer"
        assert await due(other, queued[0], timedelta(minutes=2)) == ["mat-1", "mat-2"]
        assert await due(other, queued[1], timedelta(minutes=2)) == ["mat-3"]
        stored = await repository.get_match("mat-1")
        assert stored is not None and stored.product_id == "p1"
        await client.close()

    asyncio.run(scenario())


def test_a_recovered_batch_publishes_the_proposal_even_if_the_match_moved_on(real_stack: StackEndpoints) -> None:
    """A crash between storing matches and publishing their events, and the match changed meanwhile (the
    buyer agreed a deal): the process that recovers the batch publishes the proposal (version 1) as it was
    written, under its own event id. The later change has its own event."""

    async def scenario() -> None:
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(real_stack.mongo_url, maxPoolSize=1)
        db = client[unique("matcher_recover")]
        crashed, queued = await _repository_telling_queued(db)
        await crashed.add_matches_if_absent([_match(1)])
        await crashed.save_match_change(_match(1).model_copy(update={"status": MatchStatus.DEAL_AGREED, "version": 2}))

        document = await db[MATCH_QUEUE].find_one({"_id": queued[0]})
        assert document is not None
        document["queued_at"] -= timedelta(minutes=2)
        entries = await MongoMatchRepository(db).confirm_queued(document)
        assert entries is not None and [entry["payload"]["version"] for entry in entries] == [1]
        assert entries[0]["payload"]["status"] == "proposed"
        changed = await db.matches.find_one({"_id": "mat-1"})
        assert changed is not None and changed["outbox"][0]["id"] != entries[0]["id"]
        await client.close()

    asyncio.run(scenario())


def test_party_lists_name_each_match_and_need_once_and_are_read_by_key(real_stack: StackEndpoints) -> None:
    """The signed-in pages' lists (supplier, need, buyer) on the real store: appended in order, each id once
    however often a need or match is redelivered, and the finding of a need left without proposals."""

    async def scenario() -> None:
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(real_stack.mongo_url, maxPoolSize=1)
        repository_db = unique("matcher_lists")
        repository = MongoMatchRepository(client[repository_db])
        await repository.ensure_indexes()
        await repository.add_matches_if_absent([_match(1), _match(2)])
        await repository.add_matches_if_absent([_match(2), _match(3)])  # a redelivery and one new
        other = _match(4).model_copy(update={"supplier_id": "s2", "need_id": "n2"})
        await repository.add_matches_if_absent([other])
        assert await repository.listed(supplier_list("s1")) == ["mat-1", "mat-2", "mat-3"]
        assert await repository.listed(supplier_list("s2")) == ["mat-4"]
        assert await repository.listed(need_list("n1")) == ["mat-1", "mat-2", "mat-3"]
        assert await repository.listed(supplier_list("nobody")) == []

        assert await repository.save_need_if_current(_need(1))
        assert await repository.save_need_if_current(_need(2))
        second = _need(1).model_copy(update={"need_id": "n2"})
        assert await repository.save_needs_if_current([second, _need(2)]) == [second, _need(2)]
        assert await repository.listed(buyer_list("b1")) == ["n1", "n2"]

        finding = NeedUnmatched(
            need_id="n2", need_version=1, kode_rup="2", buyer_id="b1", package_name="paket", pagu_idr=1,
            region_code="18.71", fiscal_year=2026, outcome="no_fitting_product", reason="belum ada produk yang sesuai",
            version=1, occurred_at=datetime(2026, 1, 1, tzinfo=UTC),
        )  # fmt: skip
        await repository.add_unmatched_if_absent([finding])
        assert await repository.get_unmatched("n2", 1) == {
            "outcome": "no_fitting_product",
            "reason": "belum ada produk yang sesuai",
        }
        assert await repository.get_unmatched("n2", 2) is None

        # Lists lost (or never written, before this store had them) are rebuilt from the matches and needs.
        await client[repository_db].party_lists.delete_many({})
        assert await repository.rebuild_lists() == 5
        assert sorted(await repository.listed(supplier_list("s1"))) == ["mat-1", "mat-2", "mat-3"]
        assert await repository.listed(need_list("n2")) == ["mat-4"]
        assert sorted(await repository.listed(buyer_list("b1"))) == ["n1", "n2"]
        await client.close()

    asyncio.run(scenario())


def test_a_product_matched_to_hundreds_of_needs_is_listed_for_each(real_stack: StackEndpoints) -> None:
    """A restarted matcher's catch-up can match one product to every open need at once: a party-list update
    per need. One bulk write of them all once stopped FerretDB answering (see StoreProfile.updates_per_bulk),
    and the matcher never became ready again."""

    async def scenario() -> None:
        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
            real_stack.mongo_url, maxPoolSize=1, socketTimeoutMS=60_000
        )
        repository = MongoMatchRepository(client[unique("matcher_lists")], store_profile(real_stack.store_profile))
        await repository.ensure_indexes()
        matches = [
            _match(0).model_copy(update={"match_id": f"mat-{n}", "need_id": f"n{n}", "product_id": "p1"})
            for n in range(240)
        ]
        assert len(await repository.add_matches_if_absent(matches)) == 240
        assert await repository.listed(need_list("n7")) == ["mat-7"]
        assert await repository.listed(need_list("n239")) == ["mat-239"]
        assert len(await repository.listed(supplier_list("s1"))) == 240
        await client.close()

    asyncio.run(scenario())
