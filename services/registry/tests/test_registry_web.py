"""The registry's pages in headless Chromium: a supplier registers through the form (a claim: unverified
until an operator verifies it), lists a product, and both show up in the lists and the API; a second claim
on the NIB waits in the operators' queue; bad input is shown field by field."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, wait_until
from padan.registry.domain.aggregates import Kind, aggregate_id

pytestmark = pytest.mark.integration
OPERATOR = {"X-API-Key": "padan-dev-operator-key"}
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"


@pytest.fixture(scope="module")
def web_registry(real_stack: StackEndpoints, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    LOGS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = ServiceProcess(
        "registry",
        port,
        env={
            "PADAN_REGISTRY_MONGO_DATABASE": unique("registry_web"),
            "PADAN_REGISTRY_IMPORT_SPOOL_DIR": str(tmp_path_factory.mktemp("spool")),
        },
        log_path=LOGS / f"{unique('registry_web')}.log",
    )
    yield process.start()
    process.stop()


def test_supplier_registers_through_the_form_and_lists_a_product(
    web_registry: ServiceProcess, browser: Browser
) -> None:
    nib = str(uuid.uuid4().int)[:13]
    name = f"Tapis Uji {nib[-4:]}"
    page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto(f"{web_registry.url}/daftar-penyedia")
    assert page.locator("html").get_attribute("lang") == "id"
    page.fill("#nib", "123")  # the browser's own pattern check would stop this; bypass it to reach the server
    page.eval_on_selector("#supplier-form", "f => f.noValidate = true")
    page.fill("#name", name)
    page.select_option("#region_code", "18.72")
    page.fill("#cert_halal_number", "ID31110000123450321")
    page.fill("#cert_halal_valid_until", "2020-01-31")  # expired
    page.fill("#cert_sni_valid_until", "2030-01-31")  # a date without a number
    page.click("button[type=submit]")
    assert page.locator(".errors [data-field=nib]").is_visible()
    errors = page.locator(".errors").inner_text()
    assert "NIB: formatnya tidak sesuai" in errors
    assert "Sertifikat Halal berlaku sampai: sertifikat sudah kedaluwarsa" in errors
    assert "Nomor sertifikat SNI: wajib diisi bila tanggal berlaku diisi" in errors

    page.eval_on_selector("#supplier-form", "f => f.noValidate = true")
    page.fill("#nib", nib)
    page.fill("#kbli", "13912, 14111")
    page.select_option("#scale", "kecil")
    page.fill("#contact_name", "Ibu Rohana")
    page.fill("#email", "rohana@tapis.example.id")
    page.fill("#phone", "0812-7000-1234")
    page.fill("#cert_halal_valid_until", "")
    page.fill("#cert_sni_valid_until", "")
    page.fill("#cert_tkdn_number", "1234/SJ-IND.8/TKDN/2025")
    page.fill("#cert_tkdn_valid_until", "2030-06-30")
    page.click("button[type=submit]")
    page.wait_for_selector("#registered")
    assert name in page.inner_text("#registered")

    page.fill("#sku", "TP-01")
    page.fill("#name", "Kain tapis motif pucuk rebung")
    page.fill("#category", "kain tapis")
    page.fill("#price_idr", "1750000")
    page.fill("#tkdn_percent", "62.5")
    page.click("#product-form button[type=submit]")
    page.wait_for_selector("#saved")
    assert "Rp1.750.000" in page.inner_text("table").replace(" ", "").replace("\xa0", "")
    assert "menunggu verifikasi" in page.inner_text("#unverified")

    page.goto(f"{web_registry.url}/penyedia?q={nib[-4:]}")
    assert name in page.inner_text("table") and "TKDN, Halal" in page.inner_text("table")
    assert "Menunggu verifikasi" in page.inner_text("table")
    page.goto(f"{web_registry.url}/produk?q=pucuk+rebung")
    assert "Menunggu verifikasi" in page.inner_text("table")

    # The page session is for pages only: its cookie is no API bearer token.
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "padan_supplier"]
    as_bearer = {"Authorization": f"Bearer {cookie['value']}"}
    assert httpx.get(f"{web_registry.url}/api/v1/auth/me", headers=as_bearer).status_code == 401
    product = {"supplier_nib": nib, "sku": "TP-02", "name": "Kain tapis", "price_idr": 1000}
    assert httpx.post(f"{web_registry.url}/api/v1/products", json=product, headers=as_bearer).status_code == 401
    page.close()

    supplier = httpx.get(f"{web_registry.url}/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, nib)}").json()
    assert (supplier["name"], supplier["scale"], supplier["kbli"]) == (name, "kecil", ["13912", "14111"])
    assert supplier["verified"] is False and "email" not in supplier and "phone" not in supplier, supplier
    assert supplier["certificates"] == [
        {"kind": "tkdn", "number": "1234/SJ-IND.8/TKDN/2025", "valid_until": "2030-06-30"},
        {"kind": "halal", "number": "ID31110000123450321", "valid_until": None},
    ]
    product = httpx.get(f"{web_registry.url}/api/v1/products/{aggregate_id(Kind.PRODUCT, f'{nib}/TP-01')}").json()
    assert (product["price_idr"], product["tkdn_percent"]) == (1_750_000, 62.5)

    # A second browser (no cookie) can neither take that NIB over nor add products to it: its claim waits.
    stranger = browser.new_page()
    stranger.goto(f"{web_registry.url}/penyedia/{nib}/produk")
    assert "Silakan daftar" in stranger.inner_text("h1")
    stranger.goto(f"{web_registry.url}/daftar-penyedia")
    stranger.fill("#nib", nib)
    stranger.fill("#name", "Pengambil alih")
    stranger.click("button[type=submit]")
    assert "menunggu verifikasi" in stranger.inner_text("h1") and "tidak mengubah" in stranger.inner_text(
        "#claim-received"
    )
    stranger.goto(f"{web_registry.url}/penyedia/{nib}/produk")
    assert "Silakan daftar" in stranger.inner_text("h1")
    stranger.close()
    assert httpx.get(f"{web_registry.url}/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, nib)}").json()["name"] == name

    # An operator signs in on the page, sees both claims and verifies the first: the supplier is verified.
    operator = browser.new_page()
    operator.goto(f"{web_registry.url}/operator/klaim")
    operator.fill("#api_key", "padan-dev-operator-key")
    operator.click("#operator-login button[type=submit]")
    operator.wait_for_selector("#claims")
    rows = operator.locator(f"#claims tr:has-text('{nib}')")
    assert rows.count() == 2 and "Pengambil alih" in operator.inner_text("#claims")
    claimed_as = f"#claims tr:has(td[data-label='Data klaim']:has-text('{name}'))"
    operator.locator(f"{claimed_as} button.verify").click()
    operator.wait_for_selector("#notice")
    assert operator.locator(claimed_as).count() == 0, "decided claims leave the queue"
    operator.close()
    verified = httpx.get(f"{web_registry.url}/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, nib)}").json()
    assert verified["verified"] is True and verified["name"] == name


def test_need_entry_needs_an_operator_key(web_registry: ServiceProcess, browser: Browser) -> None:
    kode = str(uuid.uuid4().int)[:10]
    page = browser.new_page()
    page.goto(f"{web_registry.url}/kebutuhan/baru")
    page.fill("#kode_rup", kode)
    page.fill("#satker_code", "18.001")
    page.fill("#package_name", "Belanja seminar kit bermotif tapis")
    page.fill("#pagu_idr", "150000000")
    page.select_option("#procurement_method", "e_purchasing")
    page.fill("#api_key", "salah")
    page.click("button[type=submit]")
    assert page.locator(".errors [data-field=api_key]").is_visible()
    page.fill("#api_key", "padan-dev-operator-key")
    page.click("button[type=submit]")
    page.wait_for_selector("#saved")
    page.goto(f"{web_registry.url}/kebutuhan?q=seminar+kit")
    assert kode in page.inner_text("table")
    page.close()
    need = httpx.get(f"{web_registry.url}/api/v1/needs/{aggregate_id(Kind.NEED, kode)}").json()
    assert (need["pagu_idr"], need["is_pdn"], need["is_umk"]) == (150_000_000, True, False)


def test_forms_refuse_posts_without_a_valid_csrf_token(web_registry: ServiceProcess) -> None:
    form = {"nib": str(uuid.uuid4().int)[:13], "name": "Tapis Tanpa Token", "region_code": "18.71", "scale": "kecil"}
    missing = httpx.post(f"{web_registry.url}/daftar-penyedia", data=form)
    assert missing.status_code == 403
    assert "token keamanan formulir (CSRF) tidak ada" in missing.text
    with httpx.Client(base_url=web_registry.url) as client:
        page = client.get("/daftar-penyedia")
        headers = page.headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert (headers["x-content-type-options"], headers["referrer-policy"]) == ("nosniff", "same-origin")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token is not None
        bad = client.post("/daftar-penyedia", data={**form, "csrf_token": token.group(1) + "x"})
        assert bad.status_code == 403 and "tidak sah atau kedaluwarsa" in bad.text
        need = client.post("/kebutuhan/baru", data={"kode_rup": "1", "api_key": "padan-dev-operator-key"})
        assert need.status_code == 403
        good = client.post("/daftar-penyedia", data={**form, "csrf_token": token.group(1)})
        assert good.status_code == 303 and good.headers["location"].startswith(f"/penyedia/{form['nib']}/produk")
    stored = httpx.get(f"{web_registry.url}/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, form['nib'])}")
    assert stored.json()["name"] == "Tapis Tanpa Token"


def test_the_security_log_records_claims_and_operator_decisions_without_secrets(web_registry: ServiceProcess) -> None:
    """Claims, operator sign-ins and decisions are in the service log as `padan.security` lines with their
    actor; the operator key and the page-session cookies never are."""
    nib = str(uuid.uuid4().int)[:13]
    with httpx.Client(base_url=web_registry.url) as claimant:
        token = re.search(r'name="csrf_token" value="([^"]+)"', claimant.get("/daftar-penyedia").text)
        assert token is not None
        form = {
            "nib": nib,
            "name": "Songket Uji Log",
            "region_code": "18.71",
            "scale": "mikro",
            "csrf_token": token.group(1),
        }
        assert claimant.post("/daftar-penyedia", data=form).status_code == 303
        session_cookie = claimant.cookies["padan_supplier"]
    claims = httpx.get(f"{web_registry.url}/api/v1/claims", params={"nib": nib}, headers=OPERATOR).json()["items"]
    verified = httpx.post(f"{web_registry.url}/api/v1/claims/{claims[0]['claim_id']}/verify", headers=OPERATOR)
    assert verified.status_code == 200
    assert httpx.get(f"{web_registry.url}/api/v1/claims", headers={"X-API-Key": "tebakan-salah"}).status_code == 401

    def security_lines() -> list[dict]:
        assert web_registry.log_path is not None
        lines = [json.loads(line) for line in web_registry.log_path.read_text().splitlines() if line.startswith("{")]
        return [line for line in lines if line.get("logger") == "padan.security"]

    found = wait_until(
        lambda: (lines := security_lines()) and any(e["event"] == "credential_refused" for e in lines) and lines,
        timeout=30, what="the security log lines",
    )  # fmt: skip
    events = {(line["event"], line.get("nib")) for line in found}
    assert {("supplier_claimed", nib), ("supplier_claim_verified", nib)} <= events
    decided = next(e for e in found if e["event"] == "supplier_claim_verified" and e.get("nib") == nib)
    assert decided["actor"].startswith("operator:")
    assert any(e["event"] == "operator_write" and e["path"].endswith("/verify") for e in found)
    text = web_registry.log_path.read_text()
    for secret in ("padan-dev-operator-key", "tebakan-salah", session_cookie):
        assert secret not in text
