"""Scoring products against the needs partitions a replica owns: once per (product version, partition),
and nothing lost while partitions move between replicas."""

import asyncio
from datetime import UTC, datetime

import pytest
from pymongo.errors import ConnectionFailure

from padan.matcher.domain.catalog import Catalog
from padan.matcher.handlers.catalog_updated import catalog_upserted, product_upserted, score_product, supplier_upserted
from padan.matcher.handlers.need_upserted import need_upserted, needs_upserted
from padan.matcher.handlers.owned_needs import OwnedNeeds, catch_up, load, need_partition
from padan.shared.events import MatchChanged, NeedUpserted, ProductUpserted, SupplierUpserted
from services.matcher.tests.fakes import FakeMatchRepository

NOW = datetime.now(UTC)
SMALL_SUPPLIER = SupplierUpserted(
    supplier_id="s1", nib="1234567890123", name="IKM", region_code="18.71", scale="kecil", version=1, occurred_at=NOW
)


def _catalog() -> Catalog:
    """A catalog that knows the (small) supplier, so the reservation for small businesses is met."""
    catalog = Catalog()
    catalog.upsert_supplier(SMALL_SUPPLIER)
    return catalog


def _need(
    need_id: str, name: str = "Belanja kain tapis cenderamata", version: int = 1, open_: bool = True
) -> NeedUpserted:
    return NeedUpserted(
        need_id=need_id, kode_rup=need_id, buyer_id="b1", satker_code="1", package_name=name, pagu_idr=50_000_000,
        procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026, region_code="18.71",
        version=version, open=open_, occurred_at=NOW,
    )  # fmt: skip


def _product(product_id: str = "p1", version: int = 1, name: str = "Kain tapis siger") -> ProductUpserted:
    return ProductUpserted(
        product_id=product_id, supplier_id="s1", name=name, price_idr=1_000_000, version=version, occurred_at=NOW
    )


def _needs_in_two_partitions() -> tuple[list[NeedUpserted], int, int]:
    needs = [_need(f"ned-{n}") for n in range(40)]
    first = need_partition(needs[0].need_id)
    second = next(need_partition(n.need_id) for n in needs if need_partition(n.need_id) != first)
    return [n for n in needs if need_partition(n.need_id) in (first, second)], first, second


async def _owner(repository: FakeMatchRepository, catalog: Catalog, partitions: set[int]) -> OwnedNeeds:
    owned = OwnedNeeds()
    await load(owned, repository, partitions)
    await catch_up(owned, catalog, lambda pid: score_product(catalog, owned, repository, 0.1, pid))
    return owned


def test_a_product_is_scored_only_against_owned_partitions_and_once_per_version() -> None:
    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        needs, first, second = _needs_in_two_partitions()
        for need in needs:
            await repository.save_need_if_current(need)
        owned = await _owner(repository, catalog, {first})
        made = await product_upserted(catalog, owned, repository, 0.1, _product())
        assert {repository.matches[m].need_id for m in made} == {
            n.need_id for n in needs if need_partition(n.need_id) == first
        }
        assert await score_product(catalog, owned, repository, 0.1, "p1") == [], "same version: scored already"
        other = await _owner(repository, catalog, {first, second})
        assert other.ready.is_set()
        in_second = {n.need_id for n in needs if need_partition(n.need_id) == second}
        assert {m.need_id for m in repository.matches.values()} == {n.need_id for n in needs}, (
            "the replica taking the second partition over catches up on the product scored elsewhere"
        )
        assert in_second

    asyncio.run(scenario())


def test_products_arriving_during_a_take_over_are_scored_by_its_catch_up() -> None:
    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        needs, first, _ = _needs_in_two_partitions()
        for need in needs:
            await repository.save_need_if_current(need)
        owned = OwnedNeeds()
        assert await product_upserted(catalog, owned, repository, 0.1, _product()) == []
        assert owned.arrived_during_catch_up == {"p1"} and not repository.matches
        await load(owned, repository, {first})
        await catch_up(owned, Catalog(), lambda pid: score_product(catalog, owned, repository, 0.1, pid))
        assert owned.ready.is_set() and not owned.arrived_during_catch_up
        assert {m.need_id for m in repository.matches.values()} == {
            n.need_id for n in needs if need_partition(n.need_id) == first
        }

    asyncio.run(scenario())


def test_a_catch_up_reads_only_the_products_that_share_a_term_with_an_open_need() -> None:
    """The others cannot fit a need: recorded as scored, they are neither read back nor analysed again."""

    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        need = _need("ned-tapis")
        await repository.save_need_if_current(need)
        catalog.upsert_product(_product("p-tapis"))
        catalog.upsert_product(_product("p-traktor", name="Traktor tangan roda dua"))
        catalog.upsert_product(_product("p-gone", name="Kain tapis lama").model_copy(update={"active": False}))
        owned, scored = OwnedNeeds(), []

        async def score(product_id: str) -> None:
            scored.append(product_id)
            await score_product(catalog, owned, repository, 0.1, product_id)

        await load(owned, repository, {need_partition(need.need_id)})
        await catch_up(owned, catalog, score)
        assert scored == ["p-tapis"]
        assert [m.product_id for m in repository.matches.values()] == ["p-tapis"]
        assert all(owned.unscored(p, 1) == set() for p in ("p-tapis", "p-traktor", "p-gone"))
        assert owned.unscored("p-traktor", 2) == owned.partitions, "a later version is scored again"

    asyncio.run(scenario())


def test_the_stores_record_of_some_partitions_leaves_the_others_to_score() -> None:
    async def scenario() -> None:
        repository = FakeMatchRepository()
        await repository.mark_product_scored("p1", 3, {0, 1})
        owned = OwnedNeeds()
        await load(owned, repository, {0, 1, 2})
        assert owned.unscored("p1", 3) == {2} and owned.unscored("p1", 4) == {0, 1, 2}
        owned.record_scored("p1", 3, {2})
        assert owned.unscored("p1", 3) == set()
        owned.forget_scored("p1")
        assert owned.unscored("p1", 3) == {0, 1, 2}, "its supplier changed: scored again everywhere"

    asyncio.run(scenario())


def test_a_supplier_known_after_its_product_and_the_need_gets_its_product_proposed() -> None:
    """The catalog topics are not ordered with each other: without the supplier the product fails the
    reservation for small businesses; when the supplier arrives its products are scored again."""

    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), Catalog()
        other = SMALL_SUPPLIER.model_copy(update={"supplier_id": "s2"})  # a small business that can supply
        catalog.upsert_supplier(other)
        catalog.upsert_product(_product("p0").model_copy(update={"supplier_id": "s2"}))
        owned = await _owner(repository, catalog, set(range(6)))
        await product_upserted(catalog, owned, repository, 0.1, _product("p1"))
        await need_upserted(catalog, owned, repository, _need("ned-late-supplier"), top_k=10, min_score=0.1)
        assert [m.product_id for m in repository.matches.values()] == ["p0"], "s1's scale is unknown yet"
        made = await supplier_upserted(catalog, owned, repository, 0.1, SMALL_SUPPLIER)
        assert sorted(m.product_id for m in repository.matches.values()) == ["p0", "p1"] and len(made) == 1
        assert await supplier_upserted(catalog, owned, repository, 0.1, SMALL_SUPPLIER) == [], "same version"

    asyncio.run(scenario())


def test_needs_handled_here_join_the_index_and_closed_needs_leave_it() -> None:
    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        need = _need("ned-x")
        owned = await _owner(repository, catalog, {need_partition("ned-x")})
        await need_upserted(catalog, owned, repository, need, top_k=10, min_score=0.1)
        assert len(owned.needs) == 1
        assert len(await product_upserted(catalog, owned, repository, 0.1, _product())) == 1
        await need_upserted(catalog, owned, repository, _need("ned-x", version=2, open_=False), top_k=10, min_score=0.1)
        assert len(owned.needs) == 0
        assert await product_upserted(catalog, owned, repository, 0.1, _product(version=2)) == []
        assert await repository.save_need_if_current(_need("ned-x", version=1)) is False, "older version ignored"

    asyncio.run(scenario())


def test_a_deal_agreed_at_a_meeting_moves_its_match_to_the_meeting_stage() -> None:
    from padan.matcher.handlers.lifecycle_context import LifecycleContext
    from padan.matcher.handlers.meeting_outcome_recorded import meeting_outcome_recorded
    from padan.shared.events import MeetingChanged

    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        owned = await _owner(repository, catalog, set(range(6)))
        await need_upserted(catalog, owned, repository, _need("ned-m"), top_k=10, min_score=0.1)
        [made] = await product_upserted(catalog, owned, repository, 0.1, _product())
        context = LifecycleContext(repository, deals=None, catalog=catalog)  # type: ignore[arg-type]
        meeting = MeetingChanged(
            meeting_id="mtg-1", matching_event_id="ev-1", match_id=made, supplier_id="s1", buyer_id="b1",
            status="held", outcome="deal_agreed", version=3, occurred_at=NOW,
        )  # fmt: skip
        await meeting_outcome_recorded(context, meeting)
        assert repository.matches[made].status == "meeting" and repository.matches[made].version == 2
        await meeting_outcome_recorded(context, meeting)
        assert repository.matches[made].version == 2, "a repeated outcome changes nothing"
        await meeting_outcome_recorded(context, meeting.model_copy(update={"match_id": "mat-unknown"}))

    asyncio.run(scenario())


def test_a_batch_of_needs_is_matched_as_if_one_by_one_and_a_redelivered_batch_adds_nothing() -> None:
    async def scenario() -> None:
        catalog, repository = _catalog(), FakeMatchRepository()
        catalog.upsert_product(_product("p1"))
        catalog.upsert_product(_product("p2", name="Kain tapis motif kapal"))
        owned = await _owner(repository, catalog, set(range(6)))
        batch = [_need("a"), _need("b"), _need("c"), _need("c", version=2, open_=False)]

        made = await needs_upserted(catalog, owned, repository, batch, top_k=10, min_score=0.1)
        assert {repository.matches[m].need_id for m in made} == {"a", "b"}, "c's later version closed it"
        assert len(made) == 4 and catalog.held_by("s1") == 4
        assert len(owned.needs) == 2, "the closed need is not held"

        assert await needs_upserted(catalog, owned, repository, batch, top_k=10, min_score=0.1) == []
        assert catalog.held_by("s1") == 4, "a redelivered batch counts no exposure twice"
        assert len(repository.matches) == 4

    asyncio.run(scenario())


def test_a_catalog_batch_is_indexed_whole_before_its_products_are_scored_once_each() -> None:
    """A product ahead of its supplier in the same batch is proposed (the batch is indexed first), a product
    that comes twice is scored once, and the same batch again adds nothing."""

    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), Catalog()
        owned = await _owner(repository, catalog, set(range(6)))
        await need_upserted(catalog, owned, repository, _need("ned-batch"), top_k=10, min_score=0.1)
        batch = [_product("p1"), _product("p2", name="Kain tapis motif kapal"), SMALL_SUPPLIER, _product("p1", 2)]

        made = await catalog_upserted(catalog, owned, repository, 0.1, batch)
        assert sorted(repository.matches[m].product_id for m in made) == ["p1", "p2"]
        assert owned.unscored("p1", 2) == set() and owned.unscored("p1", 3) == set(range(6)), "the latest, once"
        assert await catalog_upserted(catalog, owned, repository, 0.1, batch) == []
        assert catalog.held_by("s1") == 2

    asyncio.run(scenario())


def test_a_catalog_batch_during_a_take_over_is_only_indexed() -> None:
    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), Catalog()
        owned = OwnedNeeds()
        batch = [_product("p1"), SMALL_SUPPLIER, _product("p2")]
        assert await catalog_upserted(catalog, owned, repository, 0.1, batch) == []
        assert set(catalog.products) == {"p1", "p2"} and "s1" in catalog.suppliers
        assert owned.arrived_during_catch_up == {"p1", "p2"} and not repository.matches

    asyncio.run(scenario())


class _FailingOnce(FakeMatchRepository):
    """The store goes away once, at the write of the matches of `product_id`."""

    def __init__(self, product_id: str) -> None:
        super().__init__()
        self.product_id: str | None = product_id

    async def add_matches_if_absent(self, matches: list[MatchChanged], traces: object = None) -> list[str]:
        if any(match.product_id == self.product_id for match in matches):
            self.product_id = None
            raise ConnectionFailure("store away")
        return await super().add_matches_if_absent(matches)


def test_a_catalog_batch_that_failed_half_way_scores_the_rest_when_it_comes_again() -> None:
    """The index already holds the batch's versions when it comes again, so what is scored is decided by
    the scoring record, which a failed write leaves untouched."""

    async def scenario() -> None:
        repository, catalog = _FailingOnce("p2"), _catalog()
        owned = await _owner(repository, catalog, set(range(6)))
        await need_upserted(catalog, owned, repository, _need("ned-retry"), top_k=10, min_score=0.1)
        batch = [_product("p1"), _product("p2", name="Kain tapis motif kapal")]
        with pytest.raises(ConnectionFailure):
            await catalog_upserted(catalog, owned, repository, 0.1, batch)
        made = await catalog_upserted(catalog, owned, repository, 0.1, batch)
        assert [repository.matches[m].product_id for m in made] == ["p2"]
        assert sorted(m.product_id for m in repository.matches.values()) == ["p1", "p2"]

    asyncio.run(scenario())


def test_each_need_of_a_batch_hands_its_own_trace_on_to_its_matches() -> None:
    async def scenario() -> None:
        repository, catalog = FakeMatchRepository(), _catalog()
        catalog.upsert_product(_product("p1"))
        owned = await _owner(repository, catalog, set(range(6)))
        traces = {
            need_id: {"traceparent": f"00-{trace_id * 16}-{'34' * 8}-01"}
            for need_id, trace_id in (("a", "a1"), ("b", "b2"))
        }
        made = await needs_upserted(
            catalog, owned, repository, [_need("a"), _need("b")], top_k=10, min_score=0.1, traces=traces
        )
        assert len(made) == 2
        for match_id in made:
            trace_id = repository.traces[match_id]["traceparent"].split("-")[1]
            assert trace_id == traces[repository.matches[match_id].need_id]["traceparent"].split("-")[1]

    asyncio.run(scenario())
