"""Reporting on the real stack: the hand-computed scenario published to Kafka, every figure checked through
the API; exports opened with openpyxl and compared with the dashboard; the OCDS package; a deal contracted
elsewhere shows up live; and a replay of every topic into an empty database gives the same numbers."""

from __future__ import annotations

import asyncio
import io
import random
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from events import deal
from openpyxl import load_workbook
from publishing import publish, start_reporting
from pymongo import AsyncMongoClient
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
from typer.testing import CliRunner

from padan.cli.main import app as padan_cli
from padan.cli.testing import ServiceProcess, StackEndpoints, wait_until
from padan.reporting.adapters.store import MongoStore
from padan.reporting.domain.view_models import Filters
from padan.reporting.handlers.rebuild import rebuild
from padan.reporting.views.figures import differences, figures
from padan.shared.regions import REGENCIES

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def names() -> Names:
    # A fiscal year and kab/kota no other test uses: other tests' events share these topics.
    rng = random.Random(uuid.uuid4().int)
    return Names(
        f"it{uuid.uuid4().hex[:8]}",
        rng.randrange(2040, 2099),
        rng.choice(sorted(code for code in REGENCIES if not code.startswith(("18.", "32.", "95.")))),
        "95.01",
        f"temu-{uuid.uuid4().hex[:6]}",
    )


@pytest.fixture(scope="module")
def reporting(real_stack: StackEndpoints, names: Names) -> Iterator[ServiceProcess]:
    process = start_reporting("reporting_it")
    publish(real_stack.kafka_bootstrap, scenario_events(names))
    yield process
    process.stop()


def _dashboard(service: ServiceProcess, **params: Any) -> dict[str, Any]:
    response = httpx.get(f"{service.url}/api/v1/dashboard", params=params, timeout=30)
    response.raise_for_status()
    return dict(response.json())


def _scope(names: Names) -> dict[str, Any]:
    return {"fiscal_year": names.year, "region_code": names.region}


def _settled(reporting: ServiceProcess, names: Names) -> dict[str, Any]:
    """The dashboard once every event of the scenario is in: needs, deals, suppliers, the matching event and the
    buyers' own records (their names and kinds arrive on another topic than their needs, in any order)."""

    def settled() -> dict[str, Any] | None:
        b = _dashboard(reporting, **_scope(names))
        done = {k: b["totals"][k] for k in EXPECTED_TOTALS} == EXPECTED_TOTALS and b["suppliers"] == EXPECTED_SUPPLIERS
        events = [e for e in b["matching_events"] if e["matching_event_id"] == names.matching_event]
        buyers_known = {r["label"] for r in b["by_buyer"]} == {f"Pembeli {names('B1')}", f"Pembeli {names('B2')}"}
        return (
            b
            if done and buyers_known and events and events[0]["meetings"] == 3 and events[0]["contracted_value"]
            else None
        )

    return wait_until(settled, timeout=120, what="the scenario's events to be projected")


def test_every_figure_matches_the_hand_computed_scenario(reporting: ServiceProcess, names: Names) -> None:
    board = _settled(reporting, names)
    totals = board["totals"]
    assert {k: totals[k] for k in EXPECTED_TOTALS} == EXPECTED_TOTALS
    assert totals["umk_share"] == pytest.approx(EXPECTED_UMK_SHARE)
    assert totals["tkdn_average"] == pytest.approx(EXPECTED_TKDN_AVERAGE)
    assert board["umk_target"] == 0.4
    by_group = {
        r["key"]: (r["figures"]["needs"], r["figures"]["pagu"], r["figures"]["contracted_value"])
        for r in board["by_group"]
    }
    assert by_group == EXPECTED_BY_GROUP
    assert {r["label"]: r["figures"]["pagu"] for r in board["by_buyer"]} == {
        f"Pembeli {names('B1')}": 490 * JT, f"Pembeli {names('B2')}": 70 * JT,
    }  # fmt: skip
    assert [(r["key"], r["figures"]["pagu"]) for r in board["by_region"]] == [(names.region, 560 * JT)]
    assert board["suppliers"] == EXPECTED_SUPPLIERS
    (event,) = [e for e in board["matching_events"] if e["matching_event_id"] == names.matching_event]
    assert {k: v for k, v in event.items() if k != "matching_event_id"} == EXPECTED_EVENT
    bumn = _dashboard(reporting, fiscal_year=names.year, buyer_kind="bumn")["totals"]
    assert (bumn["needs"], bumn["pagu"], bumn["contracted_value"]) == tuple(EXPECTED_BUMN.values())
    assert _dashboard(reporting, fiscal_year=names.year, region_code=names.region2)["totals"]["needs"] == 0
    tapis = _dashboard(reporting, **_scope(names), group="tapis")["totals"]
    assert (tapis["pagu"], tapis["contracted_value"], tapis["umk_value"]) == (50 * JT, 48 * JT, 48 * JT)


def EXPECTED_WITH_NEVER(expected: dict[str, int]) -> dict[str, int]:
    return dict(expected)


def test_bad_filters_get_a_bilingual_422(reporting: ServiceProcess) -> None:
    response = httpx.get(f"{reporting.url}/api/v1/dashboard", params={"buyer_kind": "raksasa", "region_code": "99.99"})
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Data tidak valid / Invalid data"
    assert {e["field"] for e in body["errors"]} == {"buyer_kind"}
    response = httpx.get(f"{reporting.url}/api/v1/dashboard", params={"region_code": "99.99"})
    assert response.status_code == 422 and "region code" in response.json()["errors"][0]["message_en"]


def test_exports_open_with_openpyxl_and_say_what_the_dashboard_says(reporting: ServiceProcess, names: Names) -> None:
    _settled(reporting, names)
    params = _scope(names)
    shown = httpx.get(f"{reporting.url}/api/v1/tables/kelompok", params=params).json()
    workbook = load_workbook(io.BytesIO(httpx.get(f"{reporting.url}/ekspor/kelompok.xlsx", params=params).content))
    sheet = workbook["kelompok"]
    header = [c.value for c in sheet[1]]
    assert header == [c["header"] for c in shown["columns"]]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows == [[r[c["key"]] for c in shown["columns"]] for r in shown["rows"]]
    pagu = {r[0]: r[1:3] for r in rows}
    assert pagu["Tapis & sulam usus"] == [1, 50 * JT] and pagu["Mesin & alat pertanian"] == [2, 390 * JT]
    rupiah_column = header.index("Potensi belanja") + 1
    assert sheet.cell(row=2, column=rupiah_column).number_format == '"Rp" #,##0'
    assert sheet.cell(row=2, column=header.index("Porsi UMK & koperasi") + 1).number_format == "0.0%"

    csv_text = httpx.get(f"{reporting.url}/ekspor/kelompok.csv", params=params).content.decode("utf-8-sig")
    lines = csv_text.strip().splitlines()
    assert lines[0].split(",")[:3] == ["Kelompok produk", "Paket", "Potensi belanja"]
    assert "Suvenir & seminar kit,1,100000000,100000000,100000000,0,95000000," in csv_text

    everything = load_workbook(io.BytesIO(httpx.get(f"{reporting.url}/ekspor/dasbor.xlsx", params=params).content))
    assert everything.sheetnames == ["kelompok", "pembeli", "wilayah", "penyedia-wilayah", "temu-bisnis"]
    buyers = {r[0].value: r[3].value for r in everything["pembeli"].iter_rows(min_row=2)}
    assert buyers == {f"Pembeli {names('B1')}": 490 * JT, f"Pembeli {names('B2')}": 70 * JT}
    packages = load_workbook(io.BytesIO(httpx.get(f"{reporting.url}/ekspor/paket.xlsx", params=params).content))
    assert sum(r[6].value for r in packages["paket"].iter_rows(min_row=2)) == 560 * JT
    deals = load_workbook(io.BytesIO(httpx.get(f"{reporting.url}/ekspor/kesepakatan.xlsx", params=params).content))
    assert sorted(r[6].value for r in deals["kesepakatan"].iter_rows(min_row=2)) == [48 * JT, 95 * JT, 280 * JT]


def test_ocds_release_package_of_awards_and_contracts(reporting: ServiceProcess, names: Names) -> None:
    _settled(reporting, names)
    package = httpx.get(f"{reporting.url}/api/v1/ocds/releases", timeout=60).json()
    assert package["version"] == "1.1" and package["publishedDate"]
    ours = {r["id"].rsplit("-v", 1)[0]: r for r in package["releases"] if r["id"].startswith(names.prefix)}
    assert set(ours) == {names("D1"), names("D2"), names("D3"), names("D4")}
    d1 = ours[names("D1")]
    assert d1["ocid"] == f"ocds-padan0-{names('N1')}" and d1["tag"] == ["award", "contract"]
    assert d1["awards"][0]["value"] == {"amount": 95 * JT, "currency": "IDR"} and d1["awards"][0]["status"] == "active"
    assert d1["contracts"][0]["id"] == f"SPK-{names('D1')}" and d1["contracts"][0]["dateSigned"] == "2023-06-01"
    assert d1["tender"]["value"]["amount"] == 100 * JT and d1["buyer"]["name"] == f"Pembeli {names('B1')}"
    assert ours[names("D2")]["tag"] == ["award"] and ours[names("D2")]["awards"][0]["status"] == "pending"
    assert ours[names("D4")]["contracts"][0]["status"] == "cancelled"


def test_a_deal_contracted_elsewhere_shows_within_seconds(
    real_stack: StackEndpoints, reporting: ServiceProcess, names: Names
) -> None:
    wait_until(lambda: _dashboard(reporting, **_scope(names))["totals"]["contracted_value"] == 143 * JT, timeout=90)
    live = Names(names.prefix + "x", names.year, names.region, names.region2, names.matching_event)
    started = time.monotonic()
    publish(real_stack.kafka_bootstrap, [
        deal(live("D9"), names("M5"), names("N5"), names("S2"), names("B1"), "contracted", 70 * JT, 1, tkdn=50.0),
    ])  # fmt: skip
    totals = wait_until(
        lambda: (t := _dashboard(reporting, **_scope(names))["totals"])["contracted_value"] == 213 * JT and t,
        timeout=30, interval=0.1, what="the new contract on the dashboard",
    )  # fmt: skip
    print(f"\nlive: contract visible on the dashboard {time.monotonic() - started:.2f} s after publishing")
    assert totals["contracted_needs"] == 3 and totals["umk_value"] == 118 * JT  # + 70 jt from S2 (kecil)


async def _rebuilt_figures(
    endpoints: StackEndpoints, live_db: str, filters: Filters
) -> tuple[dict[str, Any], dict[str, Any], float]:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(endpoints.mongo_url, maxPoolSize=1)
    scratch = f"{live_db}_replay"
    try:
        stats = await rebuild(client[scratch], endpoints.kafka_bootstrap)
        return await figures(client[live_db], filters), await figures(client[scratch], filters), stats.events_per_second
    finally:
        await client.drop_database(scratch)
        await client.close()


def test_replaying_every_topic_gives_the_same_numbers(
    real_stack: StackEndpoints, reporting: ServiceProcess, names: Names
) -> None:
    wait_until(lambda: _dashboard(reporting, **_scope(names))["totals"]["contracted_value"] >= 143 * JT, timeout=90)
    live_db = reporting.env["PADAN_REPORTING_MONGO_DATABASE"]
    live, replayed, rate = asyncio.run(
        _rebuilt_figures(real_stack, live_db, Filters(fiscal_year=names.year, region_code=names.region))
    )
    print(f"\nreplay: {rate:.0f} events/s")
    assert differences(live, replayed) == []
    assert replayed["totals"]["pagu"] == 560 * JT and replayed["suppliers"]["reached"] >= 3

    # The operator's command: replay into a scratch database and compare every figure of the whole dashboard.
    runner = CliRunner()

    def command_agrees() -> bool:
        result = runner.invoke(padan_cli, ["reporting", "check", "--database", live_db])
        return result.exit_code == 0

    wait_until(command_agrees, timeout=240, interval=5, what="`padan reporting check` to find the same figures")


async def _find_everything(mongo_url: str) -> int:
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(mongo_url, maxPoolSize=1)
    database = f"reporting_big_{uuid.uuid4().hex[:8]}"
    try:
        documents = [{"_id": f"d{i:06d}", "version": 1, "pad": "x" * 2000} for i in range(30_000)]  # ~61 MB
        await client[database].deals.insert_many(documents)
        store = MongoStore(client[database])
        return len(await store.find("deals", {"version": {"$gte": 1}}, sort=[("_id", 1)], limit=1_000_001))
    finally:
        await client.drop_database(database)
        await client.close()


def test_a_query_larger_than_one_wire_message_is_read_in_batches(real_stack: StackEndpoints) -> None:
    """The OCDS package of every deal at 100k deals: FerretDB answered in one 68 MB reply, over the
    protocol's 48 MB, until the store asked for batches."""
    assert asyncio.run(_find_everything(real_stack.mongo_url)) == 30_000
