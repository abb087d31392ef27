"""The OCDS release package a page at a time: following `links.next` from the first page yields every deal
once, in id order, and the last page has no next link."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from events import buyer, deal, need, supplier

from conftest import FakeStore
from padan.reporting.handlers.ocds_releases import ocds_releases
from padan.reporting.handlers.project_event import project_event

URI = "https://padan.example/api/v1/ocds/releases"
PUBLISHED = datetime(2026, 12, 3, tzinfo=UTC)


async def test_following_next_links_gives_every_deal_once(store: FakeStore) -> None:
    for event in [buyer("B1", "bumn", "18.71"), supplier("S1", "18.71")]:
        await project_event(store, event)
    for n in range(5):
        await project_event(store, need(f"N{n}", "B1", "Belanja kain tapis", 100, 2023, "18.71"))
        await project_event(store, deal(f"D{n}", f"M{n}", f"N{n}", "S1", "B1", "contracted", 90, 2, tkdn=50.0))

    seen, after, pages = [], None, 0
    while True:
        package = await ocds_releases(store, "ocds-padan0", URI, PUBLISHED, after=after, limit=2)
        pages += 1
        seen += [release["id"] for release in package["releases"]]
        if "links" not in package:
            break
        query = parse_qs(urlsplit(package["links"]["next"]).query)
        assert package["links"]["next"].startswith(URI) and query["limit"] == ["2"]
        after = query["after"][0]
    assert seen == [f"D{n}-v2" for n in range(5)] and pages == 3
    assert package["releases"][0]["buyer"]["name"] == "Pembeli B1"

    everything = await ocds_releases(store, "ocds-padan0", URI, PUBLISHED)
    assert len(everything["releases"]) == 5 and "links" not in everything
