"""The demo mailbox end to end, as `make demo` wires it: registry, matcher and notifier as processes on the real
stack, the notifier sending over SMTP to the demo's sink (aiosmtpd writing a Maildir), and a person in
Chromium finding the supplier's e-mail about a new match at /kotak-surat, reading it rendered, and following
its one-time link: signed in once at the registry, on to "Peluang untuk Anda" at the matcher; a replay is
refused.

The package is "Belanja kain tapis untuk cenderamata", which names the goods first: under the ranking of the
signed-in branch's base, "Belanja cenderamata kain tapis" was headed on souvenirs and got no proposal from a
"Kain tapis" product; main's matcher has since been changed to read goods named by their use as the goods that
follow (0c141ea), so both phrasings fit now, and this one does under either."""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from padan.cli.demo import mailbox_env
from padan.cli.kafka_probe import skip_history
from padan.cli.mail_sink import mail_sink
from padan.cli.testing import StackEndpoints, free_port, wait_until
from padan.notifier.entrypoints.consumers import TOPICS as NOTIFIER_TOPICS
from padan.shared import topics
from tests.harness import Platform

pytestmark = [pytest.mark.integration, pytest.mark.e2e]
LOGS = Path(__file__).resolve().parents[1] / ".padan" / "test-logs"


def test_a_new_match_puts_a_rendered_e_mail_in_the_suppliers_demo_mailbox(
    real_stack: StackEndpoints, browser: Browser, tmp_path: Path
) -> None:
    token = f"surat{uuid.uuid4().hex[:8]}"
    supplier_address = f"tapis-{token}@ikm-lampung.example.id"
    buyer_address = f"pengadaan-{token}@instansi-lampung.example.id"
    smtp_port = free_port()
    LOGS.mkdir(parents=True, exist_ok=True)
    running = Platform(log_dir=LOGS)
    urls = running.reserve_ports("registry", "matcher", "notifier")
    running.settings = {
        "notifier": {
            **mailbox_env(tmp_path / "mailbox", smtp_port),
            "PADAN_NOTIFIER_WEB_BASE_URL": urls["registry"],
            "PADAN_NOTIFIER_MATCHER_WEB_BASE_URL": urls["matcher"],
        },
        "registry": {"PADAN_REGISTRY_PAGES_BASE_URL": urls["matcher"]},
        "matcher": {"PADAN_MATCHER_SIGNIN_BASE_URL": urls["registry"]},
    }
    # Fresh groups would first work through every earlier test's needs and matches on the session's topics.
    # In a thread of its own: Playwright's sync API already runs an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        for group, names in (("matcher", [topics.NEEDS]), ("notifier", NOTIFIER_TOPICS)):
            pool.submit(
                asyncio.run, skip_history(real_stack.kafka_bootstrap, f"{running.run_id}_{group}", names)
            ).result()
    with mail_sink(tmp_path / "mailbox", smtp_port):
        running.start("registry", "matcher", "notifier")
        try:
            _meet_the_mailbox(running, browser, tmp_path, token, supplier_address, buyer_address)
        finally:
            running.stop()


def _meet_the_mailbox(
    running: Platform, browser: Browser, tmp_path: Path, token: str, supplier_address: str, buyer_address: str
) -> None:
    replica = f"{running.url('matcher')}/api/v1/replica"
    before = wait_until(lambda: (r := httpx.get(replica, timeout=30).json())["ready"] and r, what="the catalog loaded")
    with running.client("registry") as registry:
        nib = str(uuid.uuid4().int)[:13]
        assert registry.post("/api/v1/suppliers", json={
            "nib": nib, "name": f"Tapis Jejama {token}", "region_code": "18.71", "scale": "mikro",
            "email": supplier_address, "kbli": ["13912"],
        }).status_code == 200  # fmt: skip
        assert registry.post("/api/v1/products", json={
            "supplier_nib": nib, "sku": "TPS-01", "name": f"Kain tapis motif pucuk rebung {token}",
            "category": "tekstil", "price_idr": 1_750_000, "monthly_capacity": 100, "tkdn_percent": 72.5,
        }).status_code == 200  # fmt: skip
        # Only a verified supplier the matcher knows is proposed: the need comes once its catalog has both.
        wait_until(
            lambda: (
                (r := httpx.get(replica, timeout=30).json())["suppliers"] > before["suppliers"]
                and r["products"] > before["products"]
            ),
            what="the supplier and its product in the matcher's catalog",
        )
        satker = f"1.01.{uuid.uuid4().hex[:6]}"
        assert registry.post("/api/v1/buyers", json={
            "satker_code": satker, "kind": "perangkat_daerah", "name": f"Dinas Perindag {token}",
            "region_code": "18.71", "email": buyer_address,
        }).status_code == 200  # fmt: skip
        assert registry.post("/api/v1/needs", json={
            "kode_rup": str(uuid.uuid4().int)[:12], "satker_code": satker,
            "package_name": f"Belanja kain tapis untuk cenderamata {token}", "pagu_idr": 150_000_000,
            "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2023,
            "region_code": "18.71", "is_umk": True,
        }).status_code == 200  # fmt: skip

    inbox = f"{running.url('notifier')}/kotak-surat?untuk={supplier_address}"

    def supplier_has_the_match() -> bool:
        page = httpx.get(inbox, timeout=30).text
        return f"Peluang pengadaan: Belanja kain tapis untuk cenderamata {token}" in page

    wait_until(supplier_has_the_match, timeout=180, interval=1.0, what="the supplier's e-mail in the mailbox")
    wait_until(lambda: buyer_address in httpx.get(inbox, timeout=30).text, timeout=60, what="the buyer's e-mail")

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(inbox)
    recipient = page.locator("#penerima")
    assert recipient.get_attribute("data-party") == "supplier"
    assert f"Tapis Jejama {token}" in recipient.locator("h2").inner_text()
    page.get_by_role("link", name=f"Peluang pengadaan: Belanja kain tapis untuk cenderamata {token}").click()
    page.wait_for_selector("#subject")
    assert page.locator("dl .party.supplier").inner_text().lower() == "penyedia"
    email = page.frame_locator("iframe.email")
    assert email.locator("h2").inner_text() == "Peluang pengadaan baru"
    body = email.locator("body").inner_text()
    assert f"Kain tapis motif pucuk rebung {token}" in body and "Rp 150.000.000" in body
    page.screenshot(path=str(tmp_path / "mailbox.png"), full_page=True)
    # The e-mail's button is a one-time sign-in link to the registry, leading on to the supplier's page.
    href = email.get_by_role("link", name="Lihat dan tanggapi").get_attribute("href", timeout=5000)
    assert href is not None and href.startswith(f"{running.url('registry')}/masuk/tautan?t=")
    page.close()
    _the_link_signs_in_once(running, browser, href, token)


def _the_link_signs_in_once(running: Platform, browser: Browser, href: str, token: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(href)
    page.click("#link-form button[type=submit]")
    page.wait_for_url(f"{running.url('matcher')}/peluang#mat-*")
    match_id = page.url.rsplit("#", 1)[1]
    card = page.locator(f"article#{match_id}")
    assert f"Belanja kain tapis untuk cenderamata {token}" in card.locator("h2").inner_text()
    assert card.get_by_role("button", name="Saya berminat").is_visible()
    context.close()

    replay = browser.new_context().new_page()
    replay.goto(href)
    replay.click("#link-form button[type=submit]")
    assert "Tautan masuk ini tidak berlaku" in replay.locator(".errors").inner_text()
    replay.goto(f"{running.url('matcher')}/peluang")
    assert replay.url.startswith(f"{running.url('registry')}/masuk"), "the replay opened no session"
    replay.context.close()
