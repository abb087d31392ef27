"""LKPP realisations on the real stack: the matcher as a process, fed real registry events and realisations
on registry.realisations.v1, and what lands on matcher.matches.v1 and deals.v1 (once, redelivery or not)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from padan.cli.kafka_probe import publish_events, read_events, skip_history
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, unique_word, wait_until
from padan.matcher.domain.lifecycle import deal_id
from padan.shared import topics
from padan.shared.events import NeedUpserted, ProductUpserted, RealisationRecorded, SupplierUpserted

pytestmark = pytest.mark.integration
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def matcher(real_stack: StackEndpoints) -> Iterator[ServiceProcess]:
    LOGS.mkdir(parents=True, exist_ok=True)
    group, realisations = unique("matcher"), unique("matcher-realisations")
    asyncio.run(skip_history(real_stack.kafka_bootstrap, group, [topics.NEEDS]))
    asyncio.run(skip_history(real_stack.kafka_bootstrap, realisations, [topics.REALISATIONS]))
    process = ServiceProcess(
        "matcher",
        free_port(),
        env={
            "PADAN_MATCHER_MONGO_DATABASE": unique("matcher_it"),
            "PADAN_MATCHER_GROUP_ID": group,
            "PADAN_MATCHER_REALISATIONS_GROUP_ID": realisations,
        },
        log_path=LOGS / f"{unique('matcher')}.log",
    )
    yield process.start()
    process.stop()


def _seed(bootstrap: str, tag: str) -> dict[str, str]:
    """Two paper IKM, one product each, and two packages of one buyer that fit both."""
    ids = {"a": f"sup-{tag}-a", "b": f"sup-{tag}-b", "pa": f"pro-{tag}-a", "pb": f"pro-{tag}-b"}
    ids |= {"n1": f"ned-{tag}-1", "n2": f"ned-{tag}-2", "buyer": f"buy-{tag}"}
    suppliers = [
        SupplierUpserted(
            supplier_id=ids[key], nib=nib, name=f"CV Kertas {tag} {key}", region_code="32.04", scale="kecil",
            version=1, occurred_at=NOW,
        )
        for key, nib in (("a", "3204000000001"), ("b", "3204000000002"))
    ]  # fmt: skip
    products = [
        ProductUpserted(
            product_id=ids[f"p{key}"], supplier_id=ids[key], name=f"Kertas HVS A4 80 gram {tag} rim",
            price_idr=55_000, tkdn_percent=42.0, version=1, occurred_at=NOW,
        )
        for key in ("a", "b")
    ]  # fmt: skip
    needs = [
        NeedUpserted(
            need_id=ids[key], kode_rup=f"7{abs(hash(tag + key)) % 10**7:07d}", buyer_id=ids["buyer"],
            satker_code="5.03.5.04.0.00.29.0000", package_name=f"Belanja kertas HVS A4 80 gram {tag}",
            pagu_idr=30_000_000, procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2025,
            region_code="32.04", version=1, occurred_at=NOW,
        )
        for key in ("n1", "n2")
    ]  # fmt: skip
    asyncio.run(publish_events(bootstrap, [*suppliers, *products, *needs]))
    return ids | {"rup1": needs[0].kode_rup, "rup2": needs[1].kode_rup}


def _order(ids: dict[str, str], need: str, supplier_id: str | None, order: str, value: int) -> RealisationRecorded:
    return RealisationRecorded(
        realisation_id=f"rea-{order}", kode_rup=ids["rup1" if need == "n1" else "rup2"], need_id=ids[need],
        dataset="Ecat-PaketEPurchasingV6", source_id=order, method="e_purchasing", stage="order",
        order_number=order, supplier_id=supplier_id, supplier_name="" if supplier_id else "Toko Lain",
        supplier_vendor_v6=f"V6{order}", value_idr=value, realised_on=date(2025, 8, 27), status="ON_PROCESS",
        version=1, occurred_at=NOW,
    )  # fmt: skip


def _seeded(client: httpx.Client, ids: dict[str, str], need: str) -> dict[str, dict[str, Any]] | None:
    response = client.get("/api/v1/matches", params={"need_id": ids[need]})
    assert response.status_code == 200, response.text
    found = {m["product_id"]: m for m in response.json()["items"] if m["product_id"] in (ids["pa"], ids["pb"])}
    return found if len(found) == 2 else None


def test_an_order_of_the_matched_supplier_contracts_its_match_once_and_another_order_closes_the_rest(
    matcher: ServiceProcess, real_stack: StackEndpoints
) -> None:
    bootstrap = real_stack.kafka_bootstrap
    ids = _seed(bootstrap, unique_word("r"))
    client = httpx.Client(base_url=matcher.url, timeout=30)
    first = wait_until(lambda: _seeded(client, ids, "n1"), 240, what="both suppliers matched to the first need")
    second = wait_until(lambda: _seeded(client, ids, "n2"), 240, what="both suppliers matched to the second need")
    won, lost = first[ids["pa"]], first[ids["pb"]]
    order = _order(ids, "n1", ids["a"], unique_word("o"), 28_578_060)

    asyncio.run(publish_events(bootstrap, [order, _order(ids, "n2", None, unique_word("o"), 12_000_000)]))

    def contracted() -> dict[str, Any] | None:
        response = client.get(f"/api/v1/deals/{deal_id(won['match_id'])}")
        return dict(response.json()) if response.status_code == 200 else None

    deal = wait_until(contracted, 120, what="the deal contracted from the order")
    assert (deal["status"], deal["value_idr"], deal["order_number"]) == ("contracted", 28_578_060, order.source_id)
    assert (deal["contract_date"], deal["tkdn_percent"], deal["supplier_scale"]) == ("2025-08-27", 42.0, "kecil")

    def closed(match_id: str) -> dict[str, Any] | None:
        match = client.get(f"/api/v1/matches/{match_id}").json()
        return match if match["status"] != "proposed" else None

    assert wait_until(lambda: closed(won["match_id"]), 60, what="the won match")["outcome"] == "realised"
    lost_now = wait_until(lambda: closed(lost["match_id"]), 60, what="the lost match")
    assert (lost_now["status"], lost_now["outcome"]) == ("cancelled", "bought_elsewhere")
    for match_id in (m["match_id"] for m in second.values()):
        elsewhere = wait_until(functools.partial(closed, match_id), 60, what="the second need's matches")
        assert (elsewhere["outcome"], elsewhere["realisation"]["supplier_name"]) == ("bought_elsewhere", "Toko Lain")

    asyncio.run(publish_events(bootstrap, [order]))  # the same realisation delivered again

    deals = asyncio.run(read_events(bootstrap, topics.DEALS, {deal["deal_id"]}, expected=1, grace=8.0))
    assert [(e["status"], e["version"]) for e in deals] == [("contracted", 1)]
    keys = {won["match_id"], lost["match_id"]}
    changes = asyncio.run(read_events(bootstrap, topics.MATCHES, keys, expected=4, grace=3.0))
    assert sorted((e["match_id"] == won["match_id"], e["status"], e["version"]) for e in changes) == [
        (False, "cancelled", 2),
        (False, "proposed", 1),
        (True, "contracted", 2),
        (True, "proposed", 1),
    ]
