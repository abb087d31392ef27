"""End to end on the real stack, all four services as processes: a need goes in at the registry, a match
comes out of the matcher, the notifier records its deliveries and reporting counts it; a matcher killed
with SIGKILL in the middle of a stream of needs comes back without losing or duplicating a match."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from padan.cli.testing import StackEndpoints, wait_until
from tests.harness import OPERATOR_KEY, Platform, platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"


def _nib() -> str:
    return str(uuid.uuid4().int)[:13]


def _register_supplier_and_product(registry: httpx.Client, token: str) -> tuple[str, str]:
    nib = _nib()
    supplier = registry.post(
        "/api/v1/suppliers",
        json={
            "nib": nib, "name": "Tapis Jejama Secancanan", "region_code": "18.71", "scale": "kecil",
            "email": "tapis@example.id", "kbli": ["13912"],
        },
    )  # fmt: skip
    assert supplier.status_code == 200, supplier.text
    product = registry.post(
        "/api/v1/products",
        json={
            "supplier_nib": nib, "sku": "TPS-01", "name": f"Kain tapis Lampung motif siger {token}",
            "category": "tekstil", "price_idr": 1_250_000, "monthly_capacity": 200, "tkdn_percent": 65.0,
        },
    )  # fmt: skip
    assert product.status_code == 200, product.text
    return supplier.json()["id"], product.json()["id"]


def _register_buyer(registry: httpx.Client) -> str:
    satker = f"1.01.{uuid.uuid4().hex[:6]}"
    buyer = registry.post(
        "/api/v1/buyers",
        json={"satker_code": satker, "kind": "perangkat_daerah", "name": "Dinas Perindag Provinsi Lampung",
              "region_code": "18.71", "email": "perindag@example.id"},
    )  # fmt: skip
    assert buyer.status_code == 200, buyer.text
    return satker


def _post_need(registry: httpx.Client, satker: str, token: str) -> str:
    need = registry.post(
        "/api/v1/needs",
        json={
            "kode_rup": str(uuid.uuid4().int)[:12], "satker_code": satker,
            "package_name": f"Belanja kain tapis untuk cenderamata tamu daerah {token}", "pagu_idr": 150_000_000,
            "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2023,
            "region_code": "18.71", "is_umk": True, "volume": 100,
        },
    )  # fmt: skip
    assert need.status_code == 200, need.text
    return str(need.json()["id"])


def _matches(running: Platform, need_id: str, product_id: str | None = None) -> list[dict]:
    """Matches of a need (with one product, when given: other tests' products may fit the need too)."""
    response = httpx.get(f"{running.url('matcher')}/api/v1/matches", params={"need_id": need_id}, timeout=10)
    items = list(response.json()["items"]) if response.status_code == 200 else []
    return [m for m in items if product_id is None or m["product_id"] == product_id]


def test_a_need_becomes_a_match_a_delivery_and_a_count(real_stack: StackEndpoints) -> None:
    token = f"uji{uuid.uuid4().hex[:8]}"
    with platform(LOGS) as running, running.client("registry") as registry:
        supplier_id, product_id = _register_supplier_and_product(registry, token)
        need_id = _post_need(registry, _register_buyer(registry), token)

        matches = wait_until(lambda: _matches(running, need_id, product_id), timeout=180, what="a match for the need")
        assert len(matches) == 1
        match = matches[0]
        assert match["product_id"] == product_id and match["supplier_id"] == supplier_id
        assert match["status"] == "proposed"
        assert token in match["explanation"]["matched_terms"]
        assert all(rule["passed"] for rule in match["explanation"]["rules"])

        def deliveries() -> list[dict]:
            response = httpx.get(
                f"{running.url('notifier')}/api/v1/deliveries",
                params={"match_id": match["match_id"]},
                headers={"X-API-Key": OPERATOR_KEY},
                timeout=10,
            )
            return list(response.json()["items"])

        recorded = wait_until(lambda: len(deliveries()) == 2 and deliveries(), timeout=60, what="two deliveries")
        assert {d["party"] for d in recorded} == {"supplier", "buyer"}
        assert {d["address"] for d in recorded} == {"tapis@example.id", "perindag@example.id"}

        # Other tests' products may fit this need too: reporting must count exactly what the matcher made.
        summary = wait_until(
            lambda: (
                (s := httpx.get(f"{running.url('reporting')}/api/v1/summary", params={"need_id": need_id}).json())
                and s["matches"] == len(_matches(running, need_id))
                and s
            ),
            timeout=60,
            what="reporting to count the matches of the need",
        )
        assert summary["needs"] == 1

        # A re-submitted identical need changes nothing and makes no second match.
        again = registry.get(f"/api/v1/needs/{need_id}").json()
        assert again["version"] == 1


def test_killing_the_matcher_mid_stream_loses_and_duplicates_nothing(real_stack: StackEndpoints) -> None:
    token = f"uji{uuid.uuid4().hex[:8]}"
    with platform(LOGS) as running, running.client("registry") as registry:
        _, product_id = _register_supplier_and_product(registry, token)
        satker = _register_buyer(registry)
        need_ids = [_post_need(registry, satker, token) for _ in range(10)]
        wait_until(lambda: _matches(running, need_ids[0], product_id), timeout=180, what="the first match")
        running.kill("matcher")  # SIGKILL: no graceful shutdown, offsets and outbox wherever they were
        need_ids += [_post_need(registry, satker, token) for _ in range(10)]
        running.start("matcher")
        need_ids += [_post_need(registry, satker, token) for _ in range(5)]

        for need_id in need_ids:
            matches = wait_until(
                lambda n=need_id: _matches(running, n, product_id), timeout=180, what=f"a match for {need_id}"
            )
            assert len(matches) == 1, matches

        def counted_as_matched() -> bool:
            for need_id in need_ids:
                summary = httpx.get(f"{running.url('reporting')}/api/v1/summary", params={"need_id": need_id}).json()
                if summary["matches"] != len(_matches(running, need_id)):
                    return False
            return True

        wait_until(counted_as_matched, timeout=180, what="reporting to count each match exactly once")
        match_ids = [_matches(running, n, product_id)[0]["match_id"] for n in need_ids]
        for match_id in match_ids:
            response = httpx.get(
                f"{running.url('notifier')}/api/v1/deliveries",
                params={"match_id": match_id},
                headers={"X-API-Key": OPERATOR_KEY},
            )
            assert len(response.json()["items"]) <= 2
        wait_until(
            lambda: all(
                len(
                    httpx.get(
                        f"{running.url('notifier')}/api/v1/deliveries",
                        params={"match_id": m},
                        headers={"X-API-Key": OPERATOR_KEY},
                    ).json()["items"]
                )
                == 2
                for m in match_ids
            ),
            timeout=180,
            what="two deliveries per match, no more",
        )
