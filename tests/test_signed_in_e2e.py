"""The signed-in pages end to end: registry and matcher as processes on the real stack, a supplier and a buyer in
Chromium. The supplier signs in at the registry's /masuk on a phone-sized screen, lands on the matcher's
"Peluang untuk Anda" (the cookie is the host's, shared by both ports), sees the matched package and clicks
*Saya berminat*, no token pasted: the match changes and its event is published. The buyer sees the proposed
local supplier for its package and invites it to the open business-matching event (once, however often the
form is posted; another buyer is refused); the supplier sees the invitation on its page and accepts it, and
both changes are published on matcher.meetings.v1. Signing out ends the session in the matcher too."""

from __future__ import annotations

import asyncio
import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from padan.cli.kafka_probe import read_events, skip_history
from padan.cli.testing import StackEndpoints, wait_until
from padan.shared import topics
from tests.harness import Platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"
PASSWORD = "kain-tapis-siger-2026"
PHONE = {"width": 390, "height": 844}
#: Set to a directory to keep the pages' screenshots (docs/img is made from `padan demo`, see docs/first-ten-minutes.md).
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


def open_event(running: Platform, token: str) -> str:
    """The business-matching event the buyer's invitations go to (an operator opens it)."""
    event_id = f"temu-{token}"
    with running.client("matcher") as matcher:
        made = matcher.post("/api/v1/matching-events", json={
            "event_id": event_id, "name": f"Temu Bisnis P3DN {token}", "venue": "Hotel Emersia, Bandar Lampung",
            "date": (date.today() + timedelta(days=14)).isoformat(), "start": "09:00", "end": "12:00",
            "slot_minutes": 20, "tables": 10,
        })  # fmt: skip
        assert made.status_code == 201, made.text
    return event_id


def other_buyer(running: Platform, token: str) -> str:
    """A second buyer with an account: the e-mail it signs in with."""
    email, satker = f"pbj-lain-{token}@instansi.example.id", f"1.02.{uuid.uuid4().hex[:6]}"
    with running.client("registry") as registry:
        assert registry.post("/api/v1/buyers", json={
            "satker_code": satker, "kind": "perangkat_daerah", "name": f"Dinas Lain {token}", "region_code": "18.71",
            "email": email,
        }).status_code == 200  # fmt: skip
        body = {"email": email, "role": "buyer", "satker_code": satker, "password": PASSWORD}
        assert registry.post("/api/v1/accounts", json=body).status_code == 201
    return email


def meetings_of(running: Platform, event_id: str) -> list[dict[str, Any]]:
    with running.client("matcher") as matcher:
        items: list[dict[str, Any]] = matcher.get(f"/api/v1/matching-events/{event_id}/meetings").json()["items"]
    return items


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
        ids["event_id"] = open_event(running, token)
        ids["other_buyer"] = other_buyer(running, token)
        _the_buyer_invites(running, browser, token, buyer_email, ids)
        _the_supplier_accepts(running, browser, real_stack, supplier_email, ids)
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


def signed_in_page(running: Platform, browser: Browser, email: str, landing: str) -> tuple[BrowserContext, Page]:
    """A phone-sized browser signed in at the registry, on the matcher's page it lands on."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    sign_in(page, running.url("registry"), email)
    page.wait_for_url(f"{running.url('matcher')}{landing}")
    return context, page


def _the_buyer_invites(running: Platform, browser: Browser, token: str, email: str, ids: dict[str, str]) -> None:
    matcher = running.url("matcher")
    context, page = signed_in_page(running, browser, email, "/usulan")
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
    assert f"Temu Bisnis P3DN {token}" in page.locator("#acara").inner_text()
    csrf = page.locator("input[name=csrf_token]").first.get_attribute("value")
    assert csrf
    proposal.get_by_role("button", name="Undang ke temu bisnis").click()
    page.wait_for_selector("[role=status]")
    assert "Undangan temu bisnis terkirim" in page.locator("[role=status]").inner_text()
    assert "Sudah diundang, menunggu jawaban penyedia" in proposal.locator(".invited").inner_text()
    assert proposal.get_by_role("button", name="Undang ke temu bisnis").count() == 0
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "undang-temu-bisnis.png"), full_page=True)
    match = httpx.get(f"{matcher}/api/v1/matches/{ids['match_id']}", timeout=30).json()
    assert sorted(match["interested"]) == ["buyer", "supplier"]
    assert page.get_by_role("link", name="Peluang untuk Anda").count() == 0, "a buyer's pages"

    # The form posted again (a double click): no second invitation.
    invite = f"{matcher}/usulan/{ids['need_id']}/{ids['match_id']}/undang"
    again = page.request.post(invite, form={"csrf_token": csrf}, max_redirects=0)
    assert again.status == 303 and "catatan=sudah-diundang" in again.headers["location"]
    (meeting,) = meetings_of(running, ids["event_id"])
    assert (meeting["match_id"], meeting["status"], meeting["requested_by"]) == (ids["match_id"], "requested", "buyer")
    ids["meeting_id"] = meeting["meeting_id"]
    context.close()

    # Another buyer, signed in with the same form token, may not invite for this package.
    other, page = signed_in_page(running, browser, ids["other_buyer"], "/usulan")
    other.add_cookies([{"name": "padan_csrf", "value": csrf, "url": matcher}])
    refused = page.request.post(invite, form={"csrf_token": csrf}, max_redirects=0)
    assert refused.status == 403, refused.text()
    assert len(meetings_of(running, ids["event_id"])) == 1
    other.close()


def _the_supplier_accepts(
    running: Platform, browser: Browser, real_stack: StackEndpoints, email: str, ids: dict[str, str]
) -> None:
    context, page = signed_in_page(running, browser, email, "/peluang")
    card = page.locator(f"article#{ids['match_id']}")
    assert "Anda diundang ke temu bisnis" in card.locator(".invited").inner_text()
    accept, decline = card.get_by_role("button", name="Terima"), card.get_by_role("button", name="Tolak")
    box, other = accept.bounding_box(), decline.bounding_box()
    assert box and other and box["height"] >= 40 and other["x"] + other["width"] <= PHONE["width"]
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "undangan-temu-bisnis.png"), full_page=True)
    accept.click()
    page.wait_for_selector("[role=status]")
    assert "Undangan Anda terima" in page.locator("[role=status]").inner_text()
    assert card.get_by_role("button", name="Terima").count() == 0
    (meeting,) = meetings_of(running, ids["event_id"])
    assert meeting["status"] == "accepted"
    events = in_thread(read_events(real_stack.kafka_bootstrap, topics.MEETINGS, {ids["meeting_id"]}, 2, grace=0.5))
    assert [(e["status"], e["requested_by"], e["match_id"]) for e in events] == [
        ("requested", "buyer", ids["match_id"]),
        ("accepted", "buyer", ids["match_id"]),
    ]
    context.close()
