"""The signed-in pages end to end: registry and matcher as processes on the real stack, a supplier and a buyer in
Chromium. The supplier signs in at the registry's /masuk on a phone-sized screen, lands on the matcher's
"Peluang untuk Anda" (the cookie is the host's, shared by both ports), sees the matched package and clicks
*Saya berminat*, no token pasted: the match changes and its event is published. The buyer sees the proposed
local supplier for its package and invites it. Signing out ends the session in the matcher too."""

from __future__ import annotations

import asyncio
import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page

from padan.cli.kafka_probe import read_events, skip_history
from padan.cli.testing import StackEndpoints, wait_until
from padan.shared import topics
from tests.harness import Platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
PASSWORD = "kain-tapis-siger-2026"
PHONE = {"width": 390, "height": 844}
#: Set to a directory to keep the pages' screenshots (docs/img is made from `padan demo`, see docs/signed-in.md).
SHOTS = os.environ.get("PADAN_TEST_SCREENSHOTS", "")


def in_thread(coroutine: Any) -> Any:
    """Run a coroutine to its end: in a thread of its own, since Playwright's sync API runs a loop in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def signed_in_platform(real_stack: StackEndpoints, extra: dict[str, dict[str, str]] | None = None) -> Platform:
    """Registry and matcher told each other's addresses (sign-in there, pages here), fresh consumer groups."""
    LOGS.mkdir(parents=True, exist_ok=True)
    running = Platform(log_dir=LOGS)
    urls = running.reserve_ports("registry", "matcher", "notifier")
    running.settings = {
        "registry": {"PADAN_REGISTRY_PAGES_BASE_URL": urls["matcher"]},
        "matcher": {"PADAN_MATCHER_SIGNIN_BASE_URL": urls["registry"]},
        "notifier": {
            "PADAN_NOTIFIER_WEB_BASE_URL": urls["registry"],
            "PADAN_NOTIFIER_MATCHER_WEB_BASE_URL": urls["matcher"],
        },
    }
    for service, settings in (extra or {}).items():
        running.settings[service] = {**running.settings.get(service, {}), **settings}
    # A fresh group would first work through every earlier test's needs on the session's topics.
    in_thread(skip_history(real_stack.kafka_bootstrap, f"{running.run_id}_matcher", [topics.NEEDS]))
    return running


def seed(running: Platform, token: str, supplier_email: str, buyer_email: str) -> dict[str, str]:
    """A verified supplier with a product and an account, a buyer with an account and a package that fits."""
    replica = f"{running.url('matcher')}/api/v1/replica"
    before = wait_until(lambda: (r := httpx.get(replica, timeout=30).json())["ready"] and r, what="the catalog loaded")
    nib, satker = str(uuid.uuid4().int)[:13], f"1.01.{uuid.uuid4().hex[:6]}"
    with running.client("registry") as registry:
        assert registry.post("/api/v1/suppliers", json={
            "nib": nib, "name": f"Tapis Jejama {token}", "region_code": "18.71", "scale": "mikro",
            "email": supplier_email, "kbli": ["13912"],
        }).status_code == 200  # fmt: skip
        assert registry.post("/api/v1/products", json={
            "supplier_nib": nib, "sku": "TPS-01", "name": f"Kain tapis motif pucuk rebung {token}",
            "category": "tekstil", "price_idr": 1_750_000, "monthly_capacity": 100, "tkdn_percent": 72.5,
        }).status_code == 200  # fmt: skip
        assert registry.post("/api/v1/buyers", json={
            "satker_code": satker, "kind": "perangkat_daerah", "name": f"Dinas Perindag {token}",
            "region_code": "18.71", "email": buyer_email,
        }).status_code == 200  # fmt: skip
        for body in ({"email": supplier_email, "role": "supplier", "nib": nib},
                     {"email": buyer_email, "role": "buyer", "satker_code": satker}):  # fmt: skip
            assert registry.post("/api/v1/accounts", json={**body, "password": PASSWORD}).status_code == 201
        wait_until(
            lambda: (
                (r := httpx.get(replica, timeout=30).json())["suppliers"] > before["suppliers"]
                and r["products"] > before["products"]
            ),
            what="the supplier and its product in the matcher's catalog",
        )
        kode_rup = str(uuid.uuid4().int)[:12]
        need = registry.post("/api/v1/needs", json={
            "kode_rup": kode_rup, "satker_code": satker, "package_name": f"Belanja kain tapis untuk cenderamata {token}",
            "pagu_idr": 150_000_000, "procurement_method": "e_purchasing", "procurement_type": "barang",
            "fiscal_year": 2026, "region_code": "18.71", "is_umk": True, "selection_end": "2026-12-31",
        })  # fmt: skip
        assert need.status_code == 200, need.text
    need_id = need.json()["id"]
    matches = f"{running.url('matcher')}/api/v1/matches"

    def ours() -> list[dict[str, Any]]:
        found = httpx.get(matches, params={"need_id": need_id}, timeout=30).json()["items"]
        return [m for m in found if m["product_name"].endswith(token)]

    found = wait_until(ours, timeout=120, what="the match")
    return {"need_id": need_id, "match_id": found[0]["match_id"], "nib": nib}


def sign_in(page: Page, registry: str, email: str) -> None:
    page.goto(f"{registry}/masuk")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("#signin-form button[type=submit]")


def test_a_supplier_answers_its_opportunity_in_one_click_and_the_buyer_sees_its_proposals(
    real_stack: StackEndpoints, browser: Browser
) -> None:
    token = f"masuk{uuid.uuid4().hex[:8]}"
    supplier_email, buyer_email = f"tapis-{token}@ikm.example.id", f"pbj-{token}@instansi.example.id"
    running = signed_in_platform(real_stack)
    running.start("registry", "matcher")
    try:
        ids = seed(running, token, supplier_email, buyer_email)
        _the_supplier_answers(running, browser, real_stack, token, supplier_email, ids)
        _the_buyer_invites(running, browser, token, buyer_email, ids)
    finally:
        running.stop()


def _the_supplier_answers(
    running: Platform, browser: Browser, real_stack: StackEndpoints, token: str, email: str, ids: dict[str, str]
) -> None:
    registry, matcher = running.url("registry"), running.url("matcher")
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{matcher}/peluang")
    assert page.url.startswith(f"{registry}/masuk?lanjut=%2Fpeluang"), "not signed in: to the sign-in page"
    page.fill("#email", email)
    page.fill("#password", "bukan-kata-sandinya")
    page.click("#signin-form button[type=submit]")
    assert "Email atau kata sandi salah" in page.locator(".errors").inner_text()
    page.fill("#password", PASSWORD)
    page.click("#signin-form button[type=submit]")
    page.wait_for_url(f"{matcher}/peluang")
    card = page.locator(f"article#{ids['match_id']}")
    assert f"Belanja kain tapis untuk cenderamata {token}" in card.locator("h2").inner_text()
    assert card.locator(".pagu").inner_text() == "Rp 150.000.000"
    assert card.locator(".deadline").inner_text() == "31 Desember 2026"
    card.locator("summary").click()
    assert "Harga dalam pagu" in card.inner_text()
    # Phone first: the two buttons sit side by side within the screen, big enough for a thumb.
    interest, decline = card.get_by_role("button", name="Saya berminat"), card.get_by_role("button", name="Tolak")
    box, other = interest.bounding_box(), decline.bounding_box()
    assert box and other and box["height"] >= 40 and other["x"] + other["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "peluang-untuk-anda.png"), full_page=True)

    interest.click()
    page.wait_for_selector("[role=status]")
    assert "Minat Anda tercatat" in page.locator("[role=status]").inner_text()
    assert page.locator(f"article#{ids['match_id']}").get_attribute("data-status") == "interested"
    match = httpx.get(f"{matcher}/api/v1/matches/{ids['match_id']}", timeout=30).json()
    assert (match["status"], match["interested"]) == ("interested", ["supplier"])
    events = in_thread(read_events(real_stack.kafka_bootstrap, topics.MATCHES, {ids["match_id"]}, 2, grace=0.5))
    assert [(e["status"], e["interested"]) for e in events][-1] == ("interested", ["supplier"])

    # Signing out at the registry ends the session in the matcher too (once the revocation arrives there).
    page.click("#keluar")
    page.click("#signout-form button[type=submit]")
    page.wait_for_url(f"{registry}/masuk?keluar=1")
    wait_until(
        lambda: (page.goto(f"{matcher}/peluang") and False) or page.url.startswith(f"{registry}/masuk"),
        what="the matcher refusing the ended session",
    )
    context.close()


def _the_buyer_invites(running: Platform, browser: Browser, token: str, email: str, ids: dict[str, str]) -> None:
    matcher = running.url("matcher")
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    sign_in(page, running.url("registry"), email)
    page.wait_for_url(f"{matcher}/usulan")
    package = page.locator(f"article#{ids['need_id']}")
    # At least ours: the catalog is shared with earlier tests' tapis products, which may be proposed too.
    assert int(package.locator(".proposed").inner_text().split()[0]) >= 1
    package.get_by_role("link").click()
    page.wait_for_url(f"{matcher}/usulan/{ids['need_id']}")
    proposal = page.locator(f"article#{ids['match_id']}")
    assert proposal.locator(".supplier").inner_text() == f"Tapis Jejama {token}"
    assert proposal.locator(".product").inner_text() == f"Kain tapis motif pucuk rebung {token}"
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "usulan-penyedia-lokal.png"), full_page=True)
    proposal.get_by_role("button", name="Berminat, undang bertemu").click()
    page.wait_for_selector("[role=status]")
    match = httpx.get(f"{matcher}/api/v1/matches/{ids['match_id']}", timeout=30).json()
    assert sorted(match["interested"]) == ["buyer", "supplier"]
    assert page.get_by_role("link", name="Peluang untuk Anda").count() == 0, "a buyer's pages"
    context.close()
