"""The Lampung data set reproduces the seed figures, is deterministic, and its LKPP-shaped files import."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.demo import (
    P3DN_PACKAGES,
    P3DN_POTENTIAL,
    TOTAL_PAGU,
    lampung_demo,
    scaled_needs,
    scaled_products,
    write_lampung_feeds,
    write_scaled_feeds,
)
from padan.registry.domain.commands import UpsertBuyer, UpsertSupplier
from padan.registry.domain.feeds import ekatalog_to_command, rup_to_command
from padan.shared.regions import LAMPUNG_REGENCIES


def test_the_data_set_reproduces_the_seed_figures() -> None:
    data = lampung_demo()
    assert len(data.suppliers) == 20 and len(data.needs) == 1_836
    assert sum(1 for s in data.suppliers if "13912" in s["kbli"]) == 16  # tapis
    assert sum(1 for s in data.suppliers if "28210" in s["kbli"]) == 4  # alsintan
    assert sum(n["pagu_idr"] for n in data.needs) == TOTAL_PAGU == 298_700_000_000
    assert sum(n["pagu_idr"] for n in data.needs[:P3DN_PACKAGES]) == P3DN_POTENTIAL == 23_000_000_000
    assert all(n["procurement_method"] == "e_purchasing" and n["pagu_idr"] > 0 for n in data.needs)
    assert {b["kind"] for b in data.buyers} == {"perangkat_daerah", "instansi_vertikal", "bumn", "bumd"}
    assert all(s["region_code"] in LAMPUNG_REGENCIES for s in data.suppliers)
    for supplier in data.suppliers:
        UpsertSupplier.model_validate(supplier)
    for buyer in data.buyers:
        UpsertBuyer.model_validate(buyer)
    assert lampung_demo() == data
    assert lampung_demo(seed=1) != data


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_the_feed_files_map_back_to_the_same_needs_and_products(tmp_path: Path, file_format: str) -> None:
    data = lampung_demo()
    paths = write_lampung_feeds(tmp_path, file_format)
    needs = [rup_to_command(row, n) for n, row in enumerate(iter_rows(paths["rup"], file_format), start=1)]
    products = [ekatalog_to_command(row, n) for n, row in enumerate(iter_rows(paths["ekatalog"], file_format), 1)]
    assert not [n for n in needs if isinstance(n, list)] and not [p for p in products if isinstance(p, list)]
    assert [n.model_dump(mode="json", include=set(data.needs[0])) for n in needs] == data.needs  # type: ignore[union-attr]
    assert [p.price_idr for p in products] == [p["price_idr"] for p in data.products]  # type: ignore[union-attr]
    assert [p.tkdn_percent for p in products] == [p["tkdn_percent"] for p in data.products]  # type: ignore[union-attr]


def test_the_scalable_mode_is_lazy_and_valid() -> None:
    needs = scaled_needs(10**9)  # a generator: nothing is built up front
    assert all(not isinstance(rup_to_command(row, n), list) for n, row in enumerate(itertools.islice(needs, 500)))
    assert all(not isinstance(ekatalog_to_command(row, n), list) for n, row in enumerate(scaled_products(500, 10)))


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_the_scaled_feed_files_import_cleanly(tmp_path: Path, file_format: str) -> None:
    paths = write_scaled_feeds(tmp_path, products=300, needs=200, file_format=file_format)
    needs = [rup_to_command(row, n) for n, row in enumerate(iter_rows(paths["rup"], file_format), start=1)]
    products = [ekatalog_to_command(row, n) for n, row in enumerate(iter_rows(paths["ekatalog"], file_format), 1)]
    assert len(needs) == 200 and not any(isinstance(need, list) for need in needs)
    assert len(products) == 300 and not any(isinstance(product, list) for product in products)
    suppliers = [UpsertSupplier.model_validate(json.loads(line)) for line in paths["suppliers"].open()]
    assert len(suppliers) == 6
    assert {p.supplier_nib for p in products if not isinstance(p, list)} == {s.nib for s in suppliers}
