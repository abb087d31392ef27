"""The match lifecycle and deals on the real stack: the matcher as a process fed real registry events,
the two sides acting over the API with their own tokens, and what lands on matcher.matches.v1 and deals.v1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from padan.cli.kafka_probe import publish_events, read_events, skip_history
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, unique_word, wait_until
from padan.shared import topics
from padan.shared.auth import AuthSettings, Principal, Role, issue_token
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

pytestmark = pytest.mark.integration
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
NOW = datetime.now(UTC)
PAGU = 75_000_000
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}


@pytest.fixture(scope="module")
def matcher(real_stack: StackEndpoints) -> Iterator[ServiceProcess]:
    LOGS.mkdir(parents=True, exist_ok=True)
    group = unique("matcher")
    asyncio.run(skip_history(real_stack.kafka_bootstrap, group, [topics.NEEDS]))
    process = ServiceProcess(
        "matcher",
        free_port(),
        env={"PADAN_MATCHER_MONGO_DATABASE": unique("matcher_it"), "PADAN_MATCHER_GROUP_ID": group},
        log_path=LOGS / f"{unique('matcher')}.log",
    )
    yield process.start()
    process.stop()


def _token(role: Role, organisation: str) -> dict[str, str]:
    principal = Principal(subject=f"{role}-{organisation}", role=role, organisation_id=organisation)
    token, _ = issue_token(AuthSettings(), principal)
    return {"Authorization": f"Bearer {token}"}


def _seed(bootstrap: str, tag: str) -> dict[str, str]:
    """One tapis IKM with two products and one buyer's need that fits both."""
    ids = {"supplier": f"sup-{tag}", "p1": f"pro-{tag}-1", "p2": f"pro-{tag}-2", "buyer": f"buy-{tag}"}
    ids["need"] = f"ned-{tag}"
    events = [
        SupplierUpserted(
            supplier_id=ids["supplier"], nib="1234567890123", name="Tapis Jejama", region_code="18.71",
            scale="kecil", version=1, occurred_at=NOW,
        ),
        *(
            ProductUpserted(
                product_id=ids[key], supplier_id=ids["supplier"], name=f"Kain tapis Lampung {tag} {key}",
                price_idr=1_500_000, tkdn_percent=70.0, version=1, occurred_at=NOW,
            )
            for key in ("p1", "p2")
        ),
        NeedUpserted(
            need_id=ids["need"], kode_rup=f"9{abs(hash(tag)) % 10**8}", buyer_id=ids["buyer"],
            satker_code="1.01.001", package_name=f"Belanja kain tapis {tag} untuk cenderamata", pagu_idr=PAGU,
            procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026, region_code="18.71",
            version=1, occurred_at=NOW,
        ),
    ]  # fmt: skip
    asyncio.run(publish_events(bootstrap, events))
    return ids


def _matches(client: httpx.Client, need_id: str) -> list[dict[str, Any]]:
    response = client.get("/api/v1/matches", params={"need_id": need_id})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def _seeded_matches(client: httpx.Client, ids: dict[str, str]) -> list[dict[str, Any]]:
    """The need's matches for the seeded supplier's products: other tests' catalog on the shared broker
    (tapis products too) may be proposed for the need as well."""
    return [m for m in _matches(client, ids["need"]) if m["product_id"] in (ids["p1"], ids["p2"])]


def test_both_sides_take_a_match_to_a_contract_and_the_deal_events_tell_downstream(
    matcher: ServiceProcess, real_stack: StackEndpoints
) -> None:
    ids = _seed(real_stack.kafka_bootstrap, unique_word("t"))
    client = httpx.Client(base_url=matcher.url, timeout=30)

    def both_seeded() -> list[dict[str, Any]] | None:
        found = _seeded_matches(client, ids)
        return found if len(found) == 2 else None

    found = wait_until(both_seeded, 240, what="matches for both seeded products")
    match = next(m for m in found if m["product_id"] == ids["p1"])
    other = next(m for m in found if m["product_id"] == ids["p2"])
    supplier, buyer = _token(Role.SUPPLIER, ids["supplier"]), _token(Role.BUYER, ids["buyer"])
    stranger = _token(Role.SUPPLIER, "sup-someone-else")
    url = f"/api/v1/matches/{match['match_id']}"

    assert client.post(f"{url}/interest").status_code == 401, "anonymous callers are refused"
    assert client.post(f"{url}/interest", headers=stranger).status_code == 403, "only the parties act"
    assert client.post(f"{url}/view", headers=supplier).json()["status"] == "viewed"
    assert client.post(f"{url}/interest", headers=supplier).json()["interested"] == ["supplier"]
    both = client.post(f"{url}/interest", headers=buyer).json()
    assert (both["status"], both["interested"]) == ("interested", ["buyer", "supplier"])
    assert client.post(f"{url}/interest", headers=buyer).json()["version"] == both["version"], "repeat is a no-op"

    too_much = client.post(f"{url}/deal", headers=buyer, json={"value_idr": PAGU + 1})
    assert too_much.status_code == 409 and "pagu" in too_much.json()["message_id"]
    deal = client.post(f"{url}/deal", headers=buyer, json={"value_idr": 60_000_000}).json()
    assert (deal["status"], deal["value_idr"], deal["tkdn_percent"]) == ("agreed", 60_000_000, 70.0)
    assert deal["supplier_scale"] == "kecil" and deal["kode_rup"]
    again = client.post(f"{url}/deal", headers=supplier, json={"value_idr": 60_000_000}).json()
    assert again["deal_id"] == deal["deal_id"] and again["version"] == 1, "agreeing again finds the same deal"

    contract_url = f"/api/v1/deals/{deal['deal_id']}/contract"
    contract = {"value_idr": 58_500_000, "contract_date": "2026-12-01", "order_number": "EP-2026-0001"}
    assert client.post(contract_url, headers=supplier, json=contract).status_code == 403, "the buyer records it"
    no_number = client.post(contract_url, headers=buyer, json={**contract, "order_number": None})
    assert no_number.status_code == 422 and no_number.json()["errors"]
    contracted = client.post(contract_url, headers=buyer, json=contract).json()
    assert (contracted["status"], contracted["value_idr"], contracted["version"]) == ("contracted", 58_500_000, 2)
    assert client.get(url).json()["status"] == "contracted"
    assert client.post(f"{url}/decline", headers=buyer).status_code == 409

    other_url = f"/api/v1/matches/{other['match_id']}"
    assert client.post(f"{other_url}/decline", headers=supplier).json()["status"] == "declined"

    deal_events = asyncio.run(read_events(real_stack.kafka_bootstrap, topics.DEALS, {deal["deal_id"]}, expected=2))
    assert [(e["status"], e["version"], e["value_idr"]) for e in deal_events] == [
        ("agreed", 1, 60_000_000),
        ("contracted", 2, 58_500_000),
    ]
    assert deal_events[1]["order_number"] == "EP-2026-0001"
    assert deal_events[1]["headers"]["ce_type"] == "id.padan.matcher.deal.changed.v1"
    keys = {match["match_id"], other["match_id"]}
    match_events = asyncio.run(read_events(real_stack.kafka_bootstrap, topics.MATCHES, keys, expected=8))
    mine = [(e["status"], e["version"]) for e in match_events if e["match_id"] == match["match_id"]]
    assert mine == [
        ("proposed", 1),
        ("viewed", 2),
        ("interested", 3),
        ("interested", 4),
        ("deal_agreed", 5),
        ("contracted", 6),
    ]
    theirs = [(e["status"], e["version"]) for e in match_events if e["match_id"] == other["match_id"]]
    assert theirs == [("proposed", 1), ("declined", 2)]


def test_either_party_cancels_a_deal_with_a_reason_and_lists_show_it(
    matcher: ServiceProcess, real_stack: StackEndpoints
) -> None:
    ids = _seed(real_stack.kafka_bootstrap, unique_word("c"))
    client = httpx.Client(base_url=matcher.url, timeout=30)
    found = wait_until(lambda: _seeded_matches(client, ids), 240, what="a match")
    supplier = _token(Role.SUPPLIER, ids["supplier"])
    url = f"/api/v1/matches/{found[0]['match_id']}"
    unnamed = client.post(f"{url}/deal", headers=OPERATOR, json={"value_idr": 10_000_000})
    assert unnamed.status_code == 403, "an operator must say which side it acts for"
    deal = client.post(f"{url}/deal", headers=OPERATOR, json={"value_idr": 10_000_000, "side": "buyer"}).json()
    cancel_url = f"/api/v1/deals/{deal['deal_id']}/cancel"
    bad = client.post(cancel_url, headers=supplier, json={"reason": ""})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "reason"
    cancelled = client.post(cancel_url, headers=supplier, json={"reason": "stok habis"}).json()
    assert (cancelled["status"], cancelled["cancel_reason"]) == ("cancelled", "stok habis")
    assert client.post(f"{url}/deal", headers=supplier, json={"value_idr": 1}).status_code == 409
    listed = client.get("/api/v1/deals", params={"supplier_id": ids["supplier"], "status": "cancelled"}).json()
    assert [d["deal_id"] for d in listed["items"]] == [deal["deal_id"]]
    assert client.get("/api/v1/deals/deal-unknown").status_code == 404


def test_the_pages_emails_link_to_show_the_reasons_and_take_a_response_with_the_access_token(
    matcher: ServiceProcess, real_stack: StackEndpoints
) -> None:
    ids = _seed(real_stack.kafka_bootstrap, unique_word("w"))
    client = httpx.Client(base_url=matcher.url, timeout=30)
    match = wait_until(lambda: _seeded_matches(client, ids), 240, what="a match")[0]
    page_url = f"/kecocokan/{match['match_id']}"

    page = client.get(page_url)
    assert page.status_code == 200 and 'lang="id"' in page.text and 'name="viewport"' in page.text
    assert "Rp 75.000.000" in page.text and "Harga dalam pagu" in page.text and "Kesesuaian teks" in page.text
    assert "tapis" in page.text.split('id="terms"')[1].split("</p>")[0]

    supplier = _token(Role.SUPPLIER, ids["supplier"])["Authorization"].removeprefix("Bearer ")
    stranger = _token(Role.SUPPLIER, "sup-someone-else")["Authorization"].removeprefix("Bearer ")
    refused = client.post(page_url, data={"token": "not-a-token", "action": "interest"})
    assert refused.status_code == 403 and "Token akses tidak valid" in refused.text
    other = client.post(page_url, data={"token": stranger, "action": "interest"})
    assert other.status_code == 403 and "Hanya penyedia atau pembeli" in other.text
    unknown = client.post(page_url, data={"token": supplier, "action": "delete"})
    assert unknown.status_code == 422
    done = client.post(page_url, data={"token": supplier, "action": "interest"})
    assert done.status_code == 200 and "Minat Anda tercatat" in done.text
    assert client.get(f"/api/v1/matches/{match['match_id']}").json()["interested"] == ["supplier"]

    deal = client.post(f"/api/v1/matches/{match['match_id']}/deal", headers=OPERATOR,
                       json={"value_idr": 10_000_000, "side": "buyer"}).json()  # fmt: skip
    deal_page = client.get(f"/kesepakatan/{deal['deal_id']}")
    assert deal_page.status_code == 200 and "menunggu kontrak" in deal_page.text
    assert "Rp 10.000.000" not in deal_page.text and "Dirahasiakan sampai kontrak" in deal_page.text, "not a party"
    as_party = client.get(f"/kesepakatan/{deal['deal_id']}", params={"token": supplier})
    assert "Rp 10.000.000" in as_party.text, "the party's link carries its token"
    assert f"/kesepakatan/{deal['deal_id']}" in client.get(page_url).text
    assert client.get("/kecocokan/unknown").status_code == 404
    assert client.get("/kesepakatan/unknown").status_code == 404
