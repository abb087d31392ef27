"""The demo mailbox end to end, as `make demo` wires it: registry, matcher and notifier as processes on the real
stack, the notifier sending over SMTP to the demo's sink (aiosmtpd writing a Maildir), and a person in
Chromium finding the supplier's e-mail about a new match at /kotak-surat and reading it rendered."""

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
    running = Platform(log_dir=LOGS, settings={"notifier": mailbox_env(tmp_path / "mailbox", smtp_port)})
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
            "package_name": f"Belanja cenderamata kain tapis {token}", "pagu_idr": 150_000_000,
            "procurement_method": "e_purchasing", "procurement_type": "barang", "fiscal_year": 2023,
            "region_code": "18.71", "is_umk": True,
        }).status_code == 200  # fmt: skip

    inbox = f"{running.url('notifier')}/kotak-surat?untuk={supplier_address}"

    def supplier_has_the_match() -> bool:
        page = httpx.get(inbox, timeout=30).text
        return f"Peluang pengadaan: Belanja cenderamata kain tapis {token}" in page

    wait_until(supplier_has_the_match, timeout=180, interval=1.0, what="the supplier's e-mail in the mailbox")
    wait_until(lambda: buyer_address in httpx.get(inbox, timeout=30).text, timeout=60, what="the buyer's e-mail")

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(inbox)
    recipient = page.locator("#penerima")
    assert recipient.get_attribute("data-party") == "supplier"
    assert f"Tapis Jejama {token}" in recipient.locator("h2").inner_text()
    page.get_by_role("link", name=f"Peluang pengadaan: Belanja cenderamata kain tapis {token}").click()
    page.wait_for_selector("#subject")
    assert page.locator("dl .party.supplier").inner_text().lower() == "penyedia"
    email = page.frame_locator("iframe.email")
    assert email.locator("h2").inner_text() == "Peluang pengadaan baru"
    body = email.locator("body").inner_text()
    assert f"Kain tapis motif pucuk rebung {token}" in body and "Rp 150.000.000" in body
    page.screenshot(path=str(tmp_path / "mailbox.png"), full_page=True)
    # The e-mail's button leads to the match page, in the whole tab (the frame is sandboxed).
    link = email.get_by_role("link", name="Lihat dan tanggapi")
    assert link.get_attribute("href", timeout=5000).startswith("http://127.0.0.1:8102/kecocokan/mat-")
    page.close()
