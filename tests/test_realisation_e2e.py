"""End to end on the real stack: LKPP's record of what was bought closes the loop. Registry, matcher and
reporting run as processes; e-purchasing orders (Ecat-PaketEPurchasingV6 rows, in LKPP's shape) are
imported through the registry's API. An order from the supplier Padan matched ends as one contracted deal
that the dashboard counts; an order from another supplier marks the other package's matches as bought
elsewhere; a re-import and a redelivered realisation publish nothing twice."""

from __future__ import annotations

import asyncio
import functools
import json
import random
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from padan.cli.kafka_probe import read_events
from padan.cli.testing import StackEndpoints, wait_until
from padan.matcher.domain.lifecycle import deal_id
from padan.shared import topics
from tests.harness import Platform, platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
ORDERS = Path(__file__).resolve().parents[1] / "services/registry/tests/fixtures/lkpp/Ecat-PaketEPurchasingV6.json"


def _register(registry: httpx.Client, token: str, year: int) -> dict[str, Any]:
    """An IKM known to e-katalog v6 by its vendor id, its product, a buyer and two packages that fit it."""
    vendor = "01J" + uuid.uuid4().hex[:23].upper()
    nib = str(uuid.uuid4().int)[:13]
    supplier = registry.post(
        "/api/v1/suppliers",
        json={"nib": nib, "name": f"CV Kertas Soreang {token}", "region_code": "32.04", "scale": "kecil",
              "email": "kertas@example.id", "ekatalog_vendor_id": vendor},
    )  # fmt: skip
    assert supplier.status_code == 200, supplier.text
    product = registry.post(
        "/api/v1/products",
        json={"supplier_nib": nib, "sku": "HVS-A4", "name": f"Kertas HVS A4 80 gram {token}", "category": "atk",
              "price_idr": 55_000, "monthly_capacity": 5_000, "tkdn_percent": 42.0},
    )  # fmt: skip
    assert product.status_code == 200, product.text
    satker = f"5.03.{uuid.uuid4().hex[:6]}"
    buyer = registry.post(
        "/api/v1/buyers",
        json={"satker_code": satker, "kind": "perangkat_daerah", "name": "Badan Kepegawaian Kab. Bandung",
              "region_code": "32.04", "email": "bkpsdm@example.id"},
    )  # fmt: skip
    assert buyer.status_code == 200, buyer.text
    needs = []
    for _ in range(2):
        kode_rup = str(random.randrange(10**7, 10**8))
        need = registry.post(
            "/api/v1/needs",
            json={"kode_rup": kode_rup, "satker_code": satker, "package_name": f"Belanja kertas HVS A4 {token}",
                  "pagu_idr": 30_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
                  "fiscal_year": year, "region_code": "32.04"},
        )  # fmt: skip
        assert need.status_code == 200, need.text
        needs.append({"need_id": need.json()["id"], "kode_rup": kode_rup})
    return {"supplier_id": supplier.json()["id"], "product_id": product.json()["id"], "vendor": vendor, "needs": needs}


def _orders(ids: dict[str, Any], year: int) -> list[dict[str, Any]]:
    """Two rows of the fixture (LKPP's shape) on our packages: the first from our IKM, the second from a
    vendor Padan does not know."""
    first, second = json.loads(ORDERS.read_text())[:2]
    return [
        {**first, "tahun_anggaran": year, "kd_paket": "01K" + uuid.uuid4().hex[:23].upper(),
         "kd_rup": ids["needs"][0]["kode_rup"], "kd_penyedia_v6": ids["vendor"]},
        {**second, "tahun_anggaran": year, "kd_paket": "01K" + uuid.uuid4().hex[:23].upper(),
         "kd_rup": ids["needs"][1]["kode_rup"], "kd_penyedia_v6": "01J" + uuid.uuid4().hex[:23].upper()},
    ]  # fmt: skip


def _import(registry: httpx.Client, rows: list[dict[str, Any]]) -> dict[str, Any]:
    body = json.dumps(rows).encode()
    started = registry.post(
        "/api/v1/imports",
        params={"dataset": "Ecat-PaketEPurchasingV6"},
        files={"file": ("50_1213_Ecat-PaketEPurchasingV6.json", body, "application/json")},
    )
    assert started.status_code == 202, started.text
    run_id = started.json()["run_id"]

    def finished() -> dict[str, Any] | None:
        run: dict[str, Any] = registry.get(f"/api/v1/imports/{run_id}").json()
        return run if run["status"] in ("completed", "failed") else None

    run: dict[str, Any] = wait_until(finished, 60, what="the import run")
    assert run["status"] == "completed", run
    return run


def _match(running: Platform, need_id: str, product_id: str) -> dict[str, Any] | None:
    response = httpx.get(f"{running.url('matcher')}/api/v1/matches", params={"need_id": need_id}, timeout=10)
    found = [m for m in response.json()["items"] if m["product_id"] == product_id] if response.is_success else []
    return found[0] if found else None


async def _redeliver(bootstrap: str, events: list[dict[str, Any]]) -> None:
    """The same messages again, headers (and so ce_id) included: what a consumer sees after a crash."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for event in events:
            headers = [(k, v.encode()) for k, v in event["headers"].items()]
            payload = {k: v for k, v in event.items() if k != "headers"}
            await producer.send_and_wait(
                topics.REALISATIONS, json.dumps(payload).encode(), key=payload["kode_rup"].encode(), headers=headers
            )
    finally:
        await producer.stop()


def test_an_order_of_the_matched_ikm_ends_as_one_counted_contract_and_another_order_as_bought_elsewhere(
    real_stack: StackEndpoints,
) -> None:
    token = f"uji{uuid.uuid4().hex[:8]}"
    year = random.randrange(2040, 2100)  # the dashboard's figures for this year are this test's alone
    bootstrap = real_stack.kafka_bootstrap
    with platform(LOGS, "registry", "matcher", "reporting") as running, running.client("registry") as registry:
        ids = _register(registry, token, year)
        won, lost = (
            wait_until(functools.partial(_match, running, need["need_id"], ids["product_id"]), 180, what="a match")
            for need in ids["needs"]
        )
        orders = _orders(ids, year)
        run = _import(registry, orders)
        assert (run["accepted"], run["rejected"]) == (2, 0)
        value, other_value = orders[0]["total_harga"], orders[1]["total_harga"]

        matcher = httpx.Client(base_url=running.url("matcher"), timeout=10)

        def contracted() -> dict[str, Any] | None:
            response = matcher.get(f"/api/v1/deals/{deal_id(won['match_id'])}")
            return dict(response.json()) if response.status_code == 200 else None

        deal = wait_until(contracted, 120, what="the deal contracted from the order")
        assert (deal["status"], deal["value_idr"], deal["order_number"]) == ("contracted", value, orders[0]["kd_paket"])
        assert (deal["kode_rup"], deal["supplier_scale"]) == (ids["needs"][0]["kode_rup"], "kecil")

        def closed() -> dict[str, Any] | None:
            match: dict[str, Any] = matcher.get(f"/api/v1/matches/{lost['match_id']}").json()
            return match if match["status"] != "proposed" else None

        elsewhere = wait_until(closed, 60, what="the other package's match closed")
        assert (elsewhere["status"], elsewhere["outcome"]) == ("cancelled", "bought_elsewhere")
        assert elsewhere["realisation"]["value_idr"] == other_value

        reporting = httpx.Client(base_url=running.url("reporting"), timeout=10)
        expected = {
            "realisations": 2, "realised_value": value + other_value, "realised_matched_needs": 2,
            "realised_by_matched_value": value, "realised_by_matched_umk_value": value,
            "bought_elsewhere_needs": 1, "bought_elsewhere_value": other_value,
        }  # fmt: skip

        def counted() -> dict[str, Any] | None:
            figures = reporting.get("/api/v1/realisation", params={"fiscal_year": year}).json()
            totals = reporting.get("/api/v1/dashboard", params={"fiscal_year": year}).json()["totals"]
            seen = {k: figures[k] for k in expected} | {
                "contracted": (totals["contracted_deals"], totals["contracted_value"])
            }
            return seen if seen == expected | {"contracted": (1, value)} else None

        wait_until(counted, 120, what="the dashboard to count the realisations and the contract")
        page = reporting.get("/", params={"fiscal_year": year})
        assert page.status_code == 200 and 'id="realisasi"' in page.text and "Dibeli dari penyedia lain" in page.text

        again = _import(registry, orders)
        assert (again["accepted"], again["unchanged"]) == (0, 2), "a re-import changes nothing"
        keys = {need["kode_rup"] for need in ids["needs"]}
        published = asyncio.run(read_events(bootstrap, topics.REALISATIONS, keys, expected=2, grace=3.0))
        assert len(published) == 2, "one realisation event per order, re-import or not"
        asyncio.run(_redeliver(bootstrap, published))

        deals = asyncio.run(read_events(bootstrap, topics.DEALS, {deal["deal_id"]}, expected=1, grace=10.0))
        assert [(e["status"], e["version"]) for e in deals] == [("contracted", 1)], "redelivery: no second deal"
        changes = asyncio.run(read_events(bootstrap, topics.MATCHES, {won["match_id"], lost["match_id"]}, expected=4))
        assert sorted((e["match_id"] == won["match_id"], e["status"]) for e in changes) == [
            (False, "cancelled"),
            (False, "proposed"),
            (True, "contracted"),
            (True, "proposed"),
        ]
        assert wait_until(counted, 30, what="the same figures after the redelivery")
