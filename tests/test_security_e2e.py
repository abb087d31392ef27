"""Identity and access across the services, all as processes on the real stack (docs/security.md):

- a token is void in every service soon after its session ends at the registry (logout), not only at the
  registry: the registry publishes the end on `registry.sessions.v1`, every service follows it;
- anonymous self-registration is a claim: its page cookie is no API token (nor is any supplier token a way
  to webhooks), and its products are not proposed to buyers until an operator verifies it; then they are.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
import pytest

from padan.cli.testing import StackEndpoints, unique_word, wait_until
from tests.harness import platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
PASSWORD = "kain-tapis-siger-2026"


def _nib() -> str:
    return str(uuid.uuid4().int)[:13]


def _supplier_with_account(registry: httpx.Client, nib: str) -> str:
    supplier = {"nib": nib, "name": f"IKM {nib[-4:]}", "region_code": "18.71", "scale": "kecil"}
    assert registry.post("/api/v1/suppliers", json=supplier).status_code == 200
    return _account(registry, nib)


def _account(registry: httpx.Client, nib: str) -> str:
    email = f"ikm{nib}@example.id"
    body = {"email": email, "password": PASSWORD, "role": "supplier", "nib": nib}
    response = registry.post("/api/v1/accounts", json=body)
    assert response.status_code == 201, response.text
    return email


def _login(registry: httpx.Client, email: str) -> dict[str, str]:
    response = httpx.post(
        f"{registry.base_url}/api/v1/auth/login", json={"email": email, "password": PASSWORD}, timeout=30
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_a_token_is_refused_by_the_other_services_after_logout(real_stack: StackEndpoints) -> None:
    with platform(LOGS, "registry", "matcher", "notifier") as running, running.client("registry") as registry:
        session = _login(registry, _supplier_with_account(registry, _nib()))
        bearer = {"Authorization": f"Bearer {session['access_token']}"}
        notifier = f"{running.url('notifier')}/api/v1/deliveries"
        matcher = f"{running.url('matcher')}/api/v1/deals"
        assert httpx.get(notifier, headers=bearer, timeout=30).status_code == 200
        assert httpx.get(matcher, headers=bearer, timeout=30).status_code == 200

        ended = httpx.post(
            f"{running.url('registry')}/api/v1/auth/logout", json={"refresh_token": session["refresh_token"]}
        )
        assert ended.status_code == 204
        assert httpx.get(f"{running.url('registry')}/api/v1/auth/me", headers=bearer).status_code == 401, "at once"
        for url in (notifier, matcher):
            refused = wait_until(
                lambda u=url: (r := httpx.get(u, headers=bearer, timeout=30)).status_code == 401 and r,
                timeout=60,
                what=f"{url} to refuse the ended session",
            )
            assert "session ended" in refused.json()["detail"]


def _csrf(client: httpx.Client, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found is not None
    return found.group(1)


def _matches(matcher: str, need_id: str) -> list[dict[str, str]]:
    response = httpx.get(f"{matcher}/api/v1/matches", params={"need_id": need_id}, timeout=30)
    return list(response.json()["items"]) if response.status_code == 200 else []


def test_a_self_registered_supplier_reaches_buyers_only_once_verified_and_never_webhooks(
    real_stack: StackEndpoints,
) -> None:
    word = unique_word("tapis")
    product = {"category": "kain tapis", "price_idr": "1250000", "monthly_capacity": "200", "tkdn_percent": "65"}
    with platform(LOGS, "registry", "matcher", "notifier") as running, running.client("registry") as registry:
        claimed_nib, control_nib = _nib(), _nib()
        # Anyone registers a NIB on the public form and lists a product with the page session.
        with httpx.Client(base_url=running.url("registry"), timeout=30) as browser:
            form = {"nib": claimed_nib, "name": "Tapis Klaim Uji", "region_code": "18.71", "scale": "kecil"}
            registered = browser.post(
                "/daftar-penyedia", data={**form, "csrf_token": _csrf(browser, "/daftar-penyedia")}
            )
            assert registered.status_code == 303
            listed = browser.post(
                f"/penyedia/{claimed_nib}/produk",
                data={**product, "sku": "K-1", "name": f"Kain tapis motif siger {word}",
                      "csrf_token": _csrf(browser, f"/penyedia/{claimed_nib}/produk")},
            )  # fmt: skip
            assert listed.status_code == 200 and 'id="saved"' in listed.text
            cookie = browser.cookies["padan_supplier"]
        subscription = {"url": "https://erp.example.id/padan", "event_types": ["*"]}
        notifier = f"{running.url('notifier')}/api/v1/subscriptions"
        as_bearer = httpx.post(notifier, json=subscription, headers={"Authorization": f"Bearer {cookie}"})
        assert as_bearer.status_code == 401, "the page cookie is no API token"

        # A verified supplier (made by an operator) with the same kind of product, a buyer and a need.
        assert registry.post("/api/v1/suppliers", json={"nib": control_nib, "name": "Tapis Terverifikasi",
                                                       "region_code": "18.71", "scale": "kecil"}).status_code == 200  # fmt: skip
        control = registry.post(
            "/api/v1/products",
            json={**product, "supplier_nib": control_nib, "sku": "V-1", "name": f"Kain tapis motif siger {word}"},
        ).json()["id"]
        satker = f"1.01.{uuid.uuid4().hex[:6]}"
        buyer = {"satker_code": satker, "kind": "perangkat_daerah", "name": "Dinas Perindag", "region_code": "18.71"}
        assert registry.post("/api/v1/buyers", json=buyer).status_code == 200
        need = registry.post(
            "/api/v1/needs",
            json={"kode_rup": str(uuid.uuid4().int)[:12], "satker_code": satker, "package_name": f"Belanja kain tapis {word}",
                  "pagu_idr": 150_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
                  "fiscal_year": 2026, "region_code": "18.71", "is_umk": True, "volume": 100},
        ).json()["id"]  # fmt: skip
        matcher = running.url("matcher")
        # The shared store may hold other tapis offers (other tests'), which the PDN obligation lists after the
        # certified ones: only the two suppliers' offers are looked at.
        (claim,) = registry.get("/api/v1/claims", params={"nib": claimed_nib}).json()["items"]
        found = wait_until(
            lambda: [m for m in _matches(matcher, need) if m["product_id"] == control],
            timeout=180,
            what="the verified supplier's match",
        )
        claimed = [m for m in _matches(matcher, need) if m["supplier_id"] == claim["supplier_id"]]
        assert claimed == [], "the unverified supplier's product is not proposed"

        # An account for it cannot subscribe either: webhooks are for operators and integration keys only.
        token = _login(registry, _account(registry, claimed_nib))["access_token"]
        refused = httpx.post(notifier, json=subscription, headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 403, refused.text

        # The operator verifies the claim: the product is proposed.
        assert registry.post(f"/api/v1/claims/{claim['claim_id']}/verify").status_code == 200
        ours = {claim["supplier_id"], found[0]["supplier_id"]}
        proposed = wait_until(
            lambda: len(now := [m for m in _matches(matcher, need) if m["supplier_id"] in ours]) == 2 and now,
            timeout=180,
            what="the claimed product's match",
        )
        assert {m["supplier_id"] for m in proposed} == ours
