"""Packages the matcher found no local supplier for (matcher.unmatched_needs.v1): counted in their cell while
no match of them is alive, whatever order the events come in and however often."""

from __future__ import annotations

from events import NOW, match, need

from conftest import FakeStore
from padan.reporting.domain.funnel import need_vector
from padan.reporting.handlers.project_event import project_event
from padan.shared.events import Event, NeedUnmatched


def finding(need_id: str, need_version: int = 1) -> NeedUnmatched:
    return NeedUnmatched(
        need_id=need_id, need_version=need_version, kode_rup=need_id, buyer_id="b1", package_name="Pengadaan Genset",
        pagu_idr=90_000_000, region_code="18.71", fiscal_year=2026, outcome="no_fitting_product",
        reason="belum ada produk di katalog yang sesuai dengan 'genset'", version=need_version, occurred_at=NOW,
    )  # fmt: skip


async def _vector(store: FakeStore, events: list[Event]) -> dict[str, int]:
    for event in events:
        await project_event(store, event)
    document = await store.get("needs", "n1")
    assert document is not None
    return need_vector(document)


async def test_an_unmatched_package_counts_until_a_match_of_it_appears(store: FakeStore) -> None:
    package = need("n1", "b1", "Pengadaan Genset", 90_000_000, 2026, "18.71")
    counted = await _vector(store, [finding("n1"), package, finding("n1")])  # before its need, and twice
    assert (counted["unmatched_needs"], counted["unmatched_pagu"]) == (1, 90_000_000)
    matched = await _vector(store, [match("m1", "n1", "s1", "b1", "proposed", 1)])
    assert (matched["unmatched_needs"], matched["matched_needs"]) == (0, 1)


async def test_an_older_finding_does_not_replace_a_newer_one(store: FakeStore) -> None:
    await _vector(store, [need("n1", "b1", "Pengadaan Genset", 90_000_000, 2026, "18.71"), finding("n1", 2)])
    await project_event(store, finding("n1", 1))
    document = await store.get("needs", "n1")
    assert document is not None and document["unmatched"]["need_version"] == 2
