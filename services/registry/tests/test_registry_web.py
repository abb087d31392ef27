"""The registry's pages in headless Chromium: a supplier registers through the form, lists a product,
and both show up in the lists and the API; bad input is shown field by field."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique
from padan.registry.domain.aggregates import Kind, aggregate_id

pytestmark = pytest.mark.integration
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
    page.click("button[type=submit]")
    page.wait_for_selector("#saved")
    assert "Rp1.750.000" in page.inner_text("table").replace(" ", "").replace("\xa0", "")

    page.goto(f"{web_registry.url}/penyedia?q={nib[-4:]}")
    assert name in page.inner_text("table") and "TKDN, Halal" in page.inner_text("table")
    page.close()

    supplier = httpx.get(f"{web_registry.url}/api/v1/suppliers/{aggregate_id(Kind.SUPPLIER, nib)}").json()
    assert (supplier["name"], supplier["scale"], supplier["kbli"]) == (name, "kecil", ["13912", "14111"])
    assert supplier["certificates"] == [
        {"kind": "tkdn", "number": "1234/SJ-IND.8/TKDN/2025", "valid_until": "2030-06-30"},
        {"kind": "halal", "number": "ID31110000123450321", "valid_until": None},
    ]
    product = httpx.get(f"{web_registry.url}/api/v1/products/{aggregate_id(Kind.PRODUCT, f'{nib}/TP-01')}").json()
    assert (product["price_idr"], product["tkdn_percent"]) == (1_750_000, 62.5)

    # A second browser (no cookie) can neither re-register that NIB nor add products to it.
    stranger = browser.new_page()
    stranger.goto(f"{web_registry.url}/penyedia/{nib}/produk")
    assert "Silakan daftar" in stranger.inner_text("h1")
    stranger.goto(f"{web_registry.url}/daftar-penyedia")
    stranger.fill("#nib", nib)
    stranger.fill("#name", "Pengambil alih")
    stranger.click("button[type=submit]")
    assert "sudah terdaftar" in stranger.inner_text(".errors")
    stranger.close()


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
