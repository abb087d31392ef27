"""The projection on an in-memory store: every figure of the hand-computed scenario, in the order events
happen, in reverse, shuffled with every event delivered twice, and after a crash between any two writes;
event by event and folded in batches (the live consumer's path)."""

from __future__ import annotations

import random

import pytest
from scenario import (
    EXPECTED_BUMN,
    EXPECTED_BY_GROUP,
    EXPECTED_EVENT,
    EXPECTED_SUPPLIERS,
    EXPECTED_TKDN_AVERAGE,
    EXPECTED_TOTALS,
    EXPECTED_UMK_SHARE,
    JT,
    Names,
    scenario_events,
)

from conftest import FakeStore
from padan.reporting.adapters.batch_store import SUPPLIER_SIDE, BatchStore
from padan.reporting.handlers.project_event import project_batch, project_event
from padan.reporting.views import tables
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.models import Filters
from padan.reporting.views.tables import Drill, any_table
from padan.shared.events import Event

NAMES = Names("t", 2023, "18.71", "18.72", "temu-bisnis-uji")


async def _apply(store: FakeStore, events: list[Event]) -> None:
    for event in events:
        await project_event(store, event)


async def _check(store: FakeStore) -> None:
    board = await dashboard(store, Filters(fiscal_year=2023, region_code="18.71"))
    figures = board.totals.model_dump()
    assert {k: figures[k] for k in EXPECTED_TOTALS} == EXPECTED_TOTALS
    assert board.totals.umk_share == pytest.approx(EXPECTED_UMK_SHARE)
    assert board.totals.tkdn_average == pytest.approx(EXPECTED_TKDN_AVERAGE)
    by_group = {r.key: (r.figures.needs, r.figures.pagu, r.figures.contracted_value) for r in board.by_group}
    assert by_group == EXPECTED_BY_GROUP
    assert board.suppliers.model_dump() == EXPECTED_SUPPLIERS
    (event,) = [e for e in board.matching_events if e.matching_event_id == NAMES.matching_event]
    assert event.model_dump(exclude={"matching_event_id"}) == EXPECTED_EVENT
    bumn = (await dashboard(store, Filters(fiscal_year=2023, buyer_kind="bumn"))).totals
    assert (bumn.needs, bumn.pagu, bumn.contracted_value) == tuple(EXPECTED_BUMN.values())
    moved_away = (await dashboard(store, Filters(region_code="18.72"))).totals
    assert moved_away.needs == 0 and moved_away.pagu == 0
    # The headline: tapis, souvenir/seminar kit and machinery; "lainnya" (20 jt) is not P3DN potential.
    assert board.headline is not None
    assert (board.headline.needs, board.headline.pagu) == (4, 540 * JT)
    assert (board.headline.all_needs, board.headline.all_pagu) == (5, 560 * JT)
    # Each package in exactly one stage, the furthest it reached; together they are every package.
    assert [(s.stage, s.needs, s.pagu) for s in board.funnel] == [
        (0, 1, 20 * JT), (1, 1, 90 * JT), (2, 0, 0), (3, 1, 300 * JT), (4, 2, 150 * JT),
    ]  # fmt: skip
    assert sum(s.needs for s in board.funnel) == board.totals.needs
    assert sum(s.pagu for s in board.funnel) == board.totals.pagu


async def test_figures_in_the_order_things_happen(store: FakeStore) -> None:
    await _apply(store, scenario_events(NAMES))
    await _check(store)


async def test_figures_do_not_depend_on_order_or_redelivery(store: FakeStore) -> None:
    events = scenario_events(NAMES)
    await _apply(store, list(reversed(events)))
    await _check(store)
    shuffled = events * 2
    random.Random(7).shuffle(shuffled)
    other = FakeStore()
    await _apply(other, shuffled)
    await _check(other)
    assert other.collections["need_cells"] == store.collections["need_cells"]
    assert other.collections["supplier_cells"] == store.collections["supplier_cells"]


class Crash(Exception):
    pass


class CrashingStore(FakeStore):
    """Fails on the n-th write, as a process killed between two writes would."""

    def __init__(self, crash_at: int) -> None:
        super().__init__()
        self.crash_at = crash_at

    async def put(self, collection: str, document: dict) -> None:  # type: ignore[type-arg]
        if self.puts + 1 == self.crash_at:
            self.crash_at = -1
            raise Crash
        await super().put(collection, document)


@pytest.mark.parametrize("crash_at", range(1, 120, 7))
async def test_a_crash_between_writes_is_repaired_by_the_redelivery(crash_at: int) -> None:
    store = CrashingStore(crash_at)
    for event in scenario_events(NAMES):
        try:
            await project_event(store, event)
        except Crash:
            await project_event(store, event)  # not acknowledged, so Kafka delivers it again
    await _check(store)


def _batches(events: list[Event], size: int) -> list[list[Event]]:
    return [events[start : start + size] for start in range(0, len(events), size)]


@pytest.mark.parametrize("size", [1, 2, 5, 13, 1000])
async def test_figures_when_folded_in_batches_in_any_order_and_redelivered(size: int) -> None:
    events = scenario_events(NAMES)
    for order in (events, list(reversed(events)), random.Random(size).sample(events * 2, len(events) * 2)):
        backing = FakeStore()
        store = BatchStore(backing)
        for batch in _batches(order, size):
            await project_batch(store, batch)
        await project_batch(store, _batches(order, size)[0])  # a batch delivered again changes nothing
        await _check(backing)


async def test_a_batch_writes_each_changed_document_once_then_its_generation_token() -> None:
    events = scenario_events(NAMES)
    order: list[str] = []

    class Recording(FakeStore):
        async def put(self, collection: str, document: dict[str, object]) -> None:
            order.append(collection)
            await super().put(collection, document)

    backing = Recording()
    written = await project_batch(BatchStore(backing), events)
    # One token after the packages' side, one after the suppliers' side (adapters/batch_store.py).
    assert written + 2 == backing.puts == sum(len(docs) for docs in backing.collections.values()) + 1
    tokens = [i for i, collection in enumerate(order) if collection == "generations"]
    assert tokens[-1] == len(order) - 1 and len(tokens) == 2
    assert {c for c in order[tokens[0] :] if c != "generations"} <= set(SUPPLIER_SIDE)
    assert not {c for c in order[: tokens[0]]} & set(SUPPLIER_SIDE)
    await _check(backing)


@pytest.mark.parametrize("size", [1, 2, 3, 1000])
@pytest.mark.parametrize("crash_at", range(1, 60))
async def test_a_crash_during_a_batch_write_is_repaired_by_the_redelivered_batch(size: int, crash_at: int) -> None:
    backing = CrashingStore(crash_at)
    store = BatchStore(backing)
    for batch in _batches(scenario_events(NAMES), size):
        try:
            await project_batch(store, batch)
        except Crash:
            await project_batch(store, batch)  # not committed, so Kafka delivers the whole batch again
    assert backing.crash_at == -1 or crash_at > backing.puts  # the crash happened, unless fewer writes
    await _check(backing)


async def test_drill_down_lists_the_packages_and_deals_behind_a_total(store: FakeStore) -> None:
    await _apply(store, scenario_events(NAMES))
    chosen = Filters(fiscal_year=2023, group="mesin_alat_pertanian")
    packages = await any_table(store, "paket", chosen, Drill())
    assert [(r["package_name"], r["pagu"], r["stage"]) for r in packages.rows] == [
        ("Pengadaan traktor tangan untuk kelompok tani", 300_000_000, "Sepakat"),
        ("Pengadaan pompa air irigasi untuk petani", 90_000_000, "Cocok"),
    ]
    deals = await any_table(store, "kesepakatan", Filters(fiscal_year=2023), Drill(min_stage=4))
    assert sorted((r["value"], r["status"], r["umk"]) for r in deals.rows) == [
        (48_000_000, "Kontrak", "Ya"),
        (95_000_000, "Kontrak", "Tidak"),
    ]
    never = await any_table(store, "penyedia", Filters(region_code="18.71"), Drill(reached=False))
    assert [r["name"] for r in never.rows] == ["IKM t-S4"]


DRILLS = [
    (Filters(), Drill()),
    (Filters(fiscal_year=2023, group="mesin_alat_pertanian"), Drill()),
    (Filters(region_code="18.71"), Drill(min_stage=2)),
    (Filters(buyer_kind="bumn"), Drill()),
    (Filters(fiscal_year=2023), Drill(buyer_id=NAMES("B1"), limit=2)),
    (Filters(region_code="18.72"), Drill()),
    (Filters(fiscal_year=2023), Drill(stage=3)),
    (Filters(), Drill(stage=0)),
    (Filters(), Drill(limit=2, offset=2)),
    (Filters(fiscal_year=2023), Drill(min_stage=3, stage=1)),
]


@pytest.mark.parametrize(("chosen", "drill"), DRILLS)
async def test_drill_down_by_cell_members_lists_what_the_package_query_lists(
    store: FakeStore, chosen: Filters, drill: Drill, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _apply(store, scenario_events(NAMES))
    by_cells = [await any_table(store, name, chosen, drill) for name in ("paket", "kesepakatan")]
    monkeypatch.setattr(tables, "CELL_DRILL_LIMIT", -1)  # every drill-down queries the packages
    by_query = [await any_table(store, name, chosen, drill) for name in ("paket", "kesepakatan")]
    assert by_cells == by_query
    # 18.72 has no packages; and no package's furthest stage is "matched" while it has reached "agreed"
    assert by_cells[0].rows or chosen.region_code == "18.72" or drill.stage == 1


async def test_the_stage_pages_add_up_to_every_package_and_page_through_them(store: FakeStore) -> None:
    await _apply(store, scenario_events(NAMES))
    everything = await any_table(store, "paket", Filters(), Drill())
    assert everything.total == 5 and everything.offset == 0 and not everything.truncated
    by_stage = [await any_table(store, "paket", Filters(), Drill(stage=stage)) for stage in range(5)]
    assert sum(t.total or 0 for t in by_stage) == everything.total
    assert sorted(r["kode_rup"] for t in by_stage for r in t.rows) == sorted(r["kode_rup"] for r in everything.rows)
    pages = [await any_table(store, "paket", Filters(), Drill(limit=2, offset=offset)) for offset in (0, 2, 4)]
    assert [len(p.rows) for p in pages] == [2, 2, 1] and [p.truncated for p in pages] == [True, True, False]
    assert [r["kode_rup"] for p in pages for r in p.rows] == [r["kode_rup"] for r in everything.rows]
