"""The pages' cache: a dashboard nobody changes is read once; a batch the projection writes shows on the next
view; a crash between a batch's writes and its token never leaves a stale view behind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
from events import buyer, deal, match, need, supplier

from conftest import FakeStore
from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.cached_store import CachedStore
from padan.reporting.handlers.ocds_releases import ocds_releases
from padan.reporting.handlers.project_event import project_batch
from padan.reporting.views.dashboard import dashboard
from padan.reporting.views.models import Filters

JT = 1_000_000
NOW = datetime(2026, 12, 3, tzinfo=UTC)


class CountingStore(FakeStore):
    """Counts the queries that reach the store, and can fail the write of the generation token once."""

    def __init__(self) -> None:
        super().__init__()
        self.queries: Counter[str] = Counter()
        self.fail_token = False

    async def find(self, collection: str, filters: Mapping[str, Any] | None = None, **options: Any) -> list[Any]:
        self.queries[collection] += 1
        return await super().find(collection, filters, **options)

    async def get(self, collection: str, doc_id: str) -> dict[str, Any] | None:
        self.queries[f"get {collection}"] += 1
        return await super().get(collection, doc_id)

    async def put(self, collection: str, document: dict[str, Any]) -> None:
        if collection == "generations" and self.fail_token:
            self.fail_token = False
            raise ConnectionError("killed before the token")
        await super().put(collection, document)


REGISTERED = [
    buyer("B1", "perangkat_daerah", "18.71"),
    supplier("S1", "18.71", "kecil"),
    need("N1", "B1", "Belanja kain tapis", 100 * JT, 2026, "18.71"),
    match("M1", "N1", "S1", "B1", "interested", 2),
]
CONTRACTED = deal("D1", "M1", "N1", "S1", "B1", "contracted", 90 * JT, 2, tkdn=50.0)


async def _contracted(pages: CachedStore) -> int:
    return (await dashboard(pages, Filters())).totals.contracted_value


async def test_a_dashboard_nobody_changes_reads_the_cells_once() -> None:
    backing = CountingStore()
    await project_batch(BatchStore(backing), REGISTERED)
    pages = CachedStore(backing, recheck_seconds=0)
    first = await dashboard(pages, Filters())
    again = await dashboard(pages, Filters())
    assert again == first and first.totals.needs == 1
    assert backing.queries["need_cells"] == 1


async def test_documents_read_by_id_are_remembered_too() -> None:
    backing = CountingStore()
    await project_batch(BatchStore(backing), [*REGISTERED, CONTRACTED])
    pages = CachedStore(backing, recheck_seconds=0)
    first = await ocds_releases(pages, "ocds-padan", "/api/v1/ocds/releases", NOW)
    again = await ocds_releases(pages, "ocds-padan", "/api/v1/ocds/releases", NOW)
    assert again == first and len(first["releases"]) == 1
    assert backing.queries["get needs"] == 1 and backing.queries["deals"] == 1


async def test_the_token_is_read_at_most_every_recheck_seconds() -> None:
    backing = CountingStore()
    await project_batch(BatchStore(backing), REGISTERED)
    pages = CachedStore(backing, recheck_seconds=3600)
    for _ in range(3):
        await dashboard(pages, Filters())
    assert backing.queries["get generations"] == 1


async def test_a_contract_projected_shows_on_the_next_view() -> None:
    backing = CountingStore()
    projection = BatchStore(backing)
    await project_batch(projection, REGISTERED)
    pages = CachedStore(backing, recheck_seconds=0)
    assert await _contracted(pages) == 0
    await project_batch(projection, [CONTRACTED])
    assert await _contracted(pages) == 90 * JT
    assert backing.queries["need_cells"] == 2


async def test_without_a_token_nothing_is_remembered() -> None:
    backing = CountingStore()
    await project_batch(BatchStore(backing), REGISTERED)
    del backing.collections["generations"]  # dropped, as a rebuild does first
    pages = CachedStore(backing, recheck_seconds=0)
    await dashboard(pages, Filters())
    await dashboard(pages, Filters())
    assert backing.queries["need_cells"] == 2


async def test_a_crash_before_the_token_is_repaired_by_the_restarted_projection() -> None:
    backing = CountingStore()
    await project_batch(BatchStore(backing), REGISTERED)
    pages = CachedStore(backing, recheck_seconds=0)
    assert await _contracted(pages) == 0
    backing.fail_token = True
    with pytest.raises(ConnectionError):
        await project_batch(BatchStore(backing), [CONTRACTED])
    # The packages' side of the contract landed, its token did not: the page may still show the old figure.
    assert await _contracted(pages) == 0
    # The restarted projection gets the batch again; it writes only what had not landed (the suppliers'
    # side, after the packages' token), and renews the token.
    restarted = BatchStore(backing)
    puts = backing.puts
    written = await project_batch(restarted, [CONTRACTED])
    assert written == backing.puts - puts - 1 and written <= 4  # a supplier, its cell's three documents; a token
    assert await _contracted(pages) == 90 * JT


async def test_the_projection_of_the_same_process_shows_a_change_at_once() -> None:
    """Wired as bootstrap.py does: no waiting for the next periodic look at the token."""
    backing = CountingStore()
    projection = BatchStore(backing)
    await project_batch(projection, REGISTERED)
    pages = CachedStore(backing, recheck_seconds=3600)
    projection.on_new_generation = pages.recheck
    assert await _contracted(pages) == 0
    await project_batch(projection, [CONTRACTED])
    assert await _contracted(pages) == 90 * JT
