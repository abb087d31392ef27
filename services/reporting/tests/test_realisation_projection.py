"""Realised spend from LKPP's feeds (registry.realisations.v1) on the dashboard's realisation section: a
hand-computed scenario, in the order things happen, in reverse, shuffled with every event twice, and folded
in batches as the live consumer does."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from events import NOW, buyer, match, need, supplier
from test_projection import Crash, CrashingStore

from conftest import FakeStore
from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.handlers.project_event import project_batch, project_event
from padan.reporting.views.models import Filters
from padan.reporting.views.realisation import realisation_section
from padan.shared.events import Event, RealisationRecorded

MILLION = 1_000_000


def _realisation(rid: str, need_id: str, value: int, supplier_id: str | None, **extra: Any) -> RealisationRecorded:
    fields: dict[str, Any] = {
        "realisation_id": rid, "kode_rup": need_id, "need_id": need_id, "dataset": "Ecat-PaketEPurchasingV6",
        "source_id": f"K-{rid}", "method": "e_purchasing", "stage": "order", "order_number": f"K-{rid}",
        "supplier_id": supplier_id, "supplier_name": "Nama Penyedia", "value_idr": value,
        "realised_on": date(2025, 8, 27), "version": 1, "occurred_at": NOW,
    }  # fmt: skip
    return RealisationRecorded.model_validate({**fields, **extra})


def scenario() -> list[Event]:
    """n1 matched to an UMK and a large supplier, bought from the UMK one (28 M); n2 matched, bought from a
    supplier Padan did not match (45 M); n3 never matched, bought (10 M); a realisation of a package Padan
    does not know (5 M); an order on n1 later cancelled (counts nothing); an order with no named winner on n2
    (2 M: realised, but not "bought elsewhere")."""
    return [
        buyer("b1", "perangkat_daerah", "32.04"),
        supplier("s-umk", "32.04", scale="kecil"),
        supplier("s-big", "32.04", scale="besar"),
        need("n1", "b1", "Belanja alat tulis kantor", 30 * MILLION, 2025, "32.04"),
        need("n2", "b1", "Belanja bahan cetak", 50 * MILLION, 2025, "32.04"),
        need("n3", "b1", "Belanja makan minum rapat", 12 * MILLION, 2025, "32.04"),
        match("m1", "n1", "s-umk", "b1", "proposed", 1),
        match("m2", "n1", "s-big", "b1", "proposed", 1),
        match("m3", "n2", "s-big", "b1", "proposed", 1),
        match("m3", "n2", "s-big", "b1", "cancelled", 2),
        _realisation("r1", "n1", 28 * MILLION, "s-umk", supplier_scale="kecil"),
        _realisation("r2", "n2", 45 * MILLION, None, supplier_name="PT Lain"),
        _realisation("r3", "n3", 10 * MILLION, None),
        _realisation("r4", "n9", 5 * MILLION, None),
        _realisation("r5", "n1", 1 * MILLION, "s-big"),
        _realisation("r5", "n1", 1 * MILLION, "s-big", version=2, cancelled=True, status="CANCELLED"),
        _realisation("r6", "n2", 2 * MILLION, None, supplier_name=""),
    ]


EXPECTED = {
    "realised_needs": 3,
    "realisations": 4,
    "realised_value": 85 * MILLION,
    "realised_matched_needs": 2,
    "realised_matched_value": 75 * MILLION,
    "realised_by_matched_value": 28 * MILLION,
    "realised_by_matched_umk_value": 28 * MILLION,
    "bought_elsewhere_needs": 1,
    "bought_elsewhere_value": 45 * MILLION,
    "all_realisations": 5,
    "all_realised_value": 90 * MILLION,
    "outside_realisations": 1,
    "outside_value": 5 * MILLION,
}


async def _check(store: FakeStore) -> None:
    figures = await realisation_section(store, Filters())
    assert figures.model_dump(include=set(EXPECTED)) == EXPECTED
    assert figures.umk_matched_share == pytest.approx(28 / 75)
    assert figures.matched_share == pytest.approx(75 / 85)
    filtered = await realisation_section(store, Filters(fiscal_year=2025, region_code="32.04"))
    assert filtered.realised_value == 85 * MILLION and filtered.all_realisations is None
    assert (await realisation_section(store, Filters(fiscal_year=2024))).realised_value == 0


async def test_realised_spend_in_the_order_things_happen_and_in_reverse() -> None:
    for order in (scenario(), list(reversed(scenario()))):
        store = FakeStore()
        for event in order:
            await project_event(store, event)
        await _check(store)


@pytest.mark.parametrize("size", [1, 3, 1000])
async def test_realised_spend_folded_in_batches_shuffled_and_redelivered(size: int) -> None:
    events = random.Random(size).sample(scenario() * 2, len(scenario()) * 2)
    backing = FakeStore()
    store = BatchStore(backing)
    for start in range(0, len(events), size):
        await project_batch(store, events[start : start + size])
    await _check(backing)


async def test_a_realisation_moved_to_another_package_leaves_the_first_one_in_any_order() -> None:
    moved = [*scenario(), _realisation("r3", "n2", 10 * MILLION, None, version=2)]
    for order in (moved, list(reversed(moved)), random.Random(3).sample(moved * 2, len(moved) * 2)):
        store = FakeStore()
        for event in order:
            await project_event(store, event)

        figures = await realisation_section(store, Filters())
        assert (figures.realised_needs, figures.realisations, figures.realised_value) == (2, 4, 85 * MILLION)
        assert figures.bought_elsewhere_value == 55 * MILLION
        assert figures.all_realisations == 5


@pytest.mark.parametrize("crash_at", range(1, 160, 3))
async def test_a_crash_between_writes_is_repaired_by_the_redelivery(crash_at: int) -> None:
    store = CrashingStore(crash_at)
    for event in [*scenario(), _realisation("r3", "n2", 10 * MILLION, None, version=2)]:
        try:
            await project_event(store, event)
        except Crash:
            await project_event(store, event)  # not acknowledged, so Kafka delivers it again
    figures = await realisation_section(store, Filters())
    assert (figures.realised_needs, figures.realisations, figures.realised_value) == (2, 4, 85 * MILLION)
    assert (figures.bought_elsewhere_value, figures.all_realisations) == (55 * MILLION, 5)
