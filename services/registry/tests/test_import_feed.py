"""The importer's logic on in-memory fakes: one event per accepted change, nothing on a re-import, no read
per row (the in-memory index decides), a resumed run finishing without duplicates, bad rows reported."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from registry_fakes import FakeRuns

from padan.registry.adapters.import_runs import MAX_STORED_ERRORS
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.domain.feeds import FeedKind
from padan.registry.handlers.import_feed import import_feed
from padan.registry.handlers.upsert_supplier import upsert_supplier


def rup_row(kode: int, **overrides: Any) -> dict[str, Any]:
    return {
        "kd_rup": str(kode), "nama_paket": f"Belanja seminar kit tapis {kode}", "pagu": "150.000.000",
        "kd_satker": "18.900", "metode_pengadaan": "E-Purchasing", "jenis_pengadaan": "Barang",
        "tahun_anggaran": "2023", "kd_lokasi": "18.71", "status_ukm": "UKM",
    } | overrides  # fmt: skip


def failing_after(rows: Sequence[dict[str, Any]], count: int) -> Iterator[dict[str, Any]]:
    yield from rows[:count]
    raise ConnectionError("store went away")


async def test_good_bad_and_repeated_rows(repository: Any) -> None:
    runs, notified = FakeRuns(), []
    rows = [rup_row(4000 + i) for i in range(1200)] + [rup_row(9, pagu="banyak"), rup_row(10, kd_lokasi="99.99")]

    def on_change(collection: str, ids: Sequence[str]) -> None:
        notified.append((collection, list(ids)))

    first = await import_feed(repository, runs, rows, FeedKind.RUP, run_id="a", source="rup.csv", on_change=on_change)
    assert (first.rows_read, first.accepted, first.unchanged, first.rejected) == (1202, 1200, 0, 2)
    assert [(e.row, e.field) for e in first.errors] == [(1201, "pagu_idr"), (1202, "region_code")]
    assert runs.records["a"]["status"] == "completed" and runs.records["a"]["accepted"] == 1200
    assert len(repository.outbox) == 1200
    assert {c for c, _ in notified} == {"needs"}
    assert sorted(i for _, ids in notified for i in ids) == sorted(
        aggregate_id(Kind.NEED, str(4000 + i)) for i in range(1200)
    )

    reads = repository.reads
    again = await import_feed(repository, runs, rows, FeedKind.RUP, run_id="b", source="rup.csv")
    assert (again.accepted, again.unchanged, again.rejected) == (0, 1200, 2)
    assert len(repository.outbox) == 1200, "a re-import emits nothing"
    assert repository.reads == reads, "unchanged rows are decided from the index, not read"

    changed = [rup_row(4000 + i, pagu="175.000.000" if i == 7 else "150.000.000") for i in range(1200)]
    third = await import_feed(repository, runs, changed, FeedKind.RUP, run_id="c", source="rup.csv")
    assert (third.accepted, third.unchanged) == (1, 1199)
    event = repository.outbox[-1]["payload"]
    assert (event["kode_rup"], event["pagu_idr"], event["version"]) == ("4007", 175_000_000, 2)
    assert event["package_name"] == "Belanja seminar kit tapis 4007", "the event carries the whole state"
    assert repository.reads == reads


async def test_a_run_cut_short_resumes_without_duplicates(repository: Any) -> None:
    runs = FakeRuns()
    rows = [rup_row(5000 + i) for i in range(1300)]
    with pytest.raises(ConnectionError):
        await import_feed(repository, runs, failing_after(rows, 1100), FeedKind.RUP, run_id="r", source="rup.json")
    assert runs.records["r"]["status"] == "failed" and runs.records["r"]["checkpoint"] == 1000
    # Rows 1001-1100 were read but not stored; the resumed run starts after the checkpoint.
    resumed = await import_feed(repository, runs, rows, FeedKind.RUP, run_id="r", source="rup.json")
    assert (resumed.rows_read, resumed.accepted) == (300, 300)
    assert runs.records["r"]["status"] == "completed" and runs.records["r"]["rows_read"] == 1300
    assert len(repository.outbox) == 1300
    assert len({e["key"] for e in repository.outbox}) == 1300 and {
        e["payload"]["version"] for e in repository.outbox
    } == {1}


async def test_products_need_a_registered_supplier_known_at_any_time(repository: Any) -> None:
    supplier = {"name": "Tapis Jejama", "region_code": "18.71", "scale": "kecil"}
    await upsert_supplier(repository, UpsertSupplier(nib="9120000000001", **supplier), verified_if_new=True)
    rows = [
        {"kd_produk": f"P{i}", "nib_penyedia": "9120000000001", "nama_produk": f"Kain tapis {i}", "harga": "1.750.000"}
        for i in range(3)
    ] + [{"kd_produk": "X", "nib_penyedia": "9120000000002", "nama_produk": "Kain tapis", "harga": 1}]
    first = await import_feed(repository, FakeRuns(), rows, FeedKind.EKATALOG, run_id="p", source="k.json")
    assert (first.accepted, first.rejected) == (3, 1) and first.errors[0].field == "supplier_nib"
    # A supplier registered after the index was built is known to the next import (writes keep it current).
    await upsert_supplier(repository, UpsertSupplier(nib="9120000000002", **supplier), verified_if_new=True)
    second = await import_feed(repository, FakeRuns(), rows, FeedKind.EKATALOG, run_id="q", source="k.json")
    assert (second.accepted, second.unchanged, second.rejected) == (1, 3, 0)


async def test_stored_errors_are_capped_but_counts_stay_exact(repository: Any) -> None:
    rows = [rup_row(i, pagu="banyak") for i in range(MAX_STORED_ERRORS + 50)]
    runs = FakeRuns()
    totals = await import_feed(repository, runs, rows, FeedKind.RUP, run_id="e", source="rup.csv")
    assert totals.rejected == MAX_STORED_ERRORS + 50
    assert len(totals.errors) == len(runs.records["e"]["errors"]) == MAX_STORED_ERRORS
