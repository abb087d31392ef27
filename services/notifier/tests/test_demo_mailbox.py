"""The demo mailbox: the notifier's own SMTP sender, over a real loopback SMTP connection, into the demo's
sink (aiosmtpd writing a Maildir), read back by /kotak-surat. And the page stays off outside dev mode."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from padan.cli.mail_sink import mail_sink
from padan.cli.testing import free_port
from padan.notifier.adapters.demo_mailbox import DemoMailbox
from padan.notifier.adapters.smtp import SmtpSender
from padan.notifier.adapters.templates import EmailRenderer
from padan.notifier.bootstrap import create_app
from padan.notifier.settings import Settings
from padan.shared.events import MatchChanged, MatchExplanation
from padan.shared.vocabulary import MatchStatus

NOW = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
LOCAL = ("127.0.0.1", 50000)


def _delivery(party: str, address: str, name: str) -> dict[str, object]:
    match = MatchChanged(
        version=1, occurred_at=NOW, match_id="mat-1", need_id="nee-1", product_id="pro-1", supplier_id="sup-1",
        buyer_id="buy-1", status=MatchStatus.PROPOSED, score=0.8125, explanation=MatchExplanation(),
        package_name="Belanja cenderamata kain tapis untuk tamu daerah", product_name="Kain tapis motif pucuk rebung",
        pagu_idr=150_000_000, region_code="18.71",
    )  # fmt: skip
    email = EmailRenderer().render(
        f"match_{party}",
        {"e": match.model_dump(mode="json"), "name": name, "party": party, "link": "http://127.0.0.1:8102/kecocokan/mat-1",
         "unsubscribe_url": "http://127.0.0.1:8103/berhenti-langganan?token=t"},
    )  # fmt: skip
    return {
        "_id": f"d-{party}", "party": party, "address": address, "name": name, "created_at": NOW,
        "email": {"subject": email.subject, "text": email.text, "html": email.html,
                  "message_id": f"<d-{party}@padan.local>", "unsubscribe_url": "http://127.0.0.1:8103/x"},
    }  # fmt: skip


async def test_sent_mail_lands_in_the_demo_mailbox_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    port = free_port()
    settings = Settings(
        smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False, demo_mailbox_dir=str(tmp_path / "mailbox")
    )
    with mail_sink(tmp_path / "mailbox", port):
        sender = SmtpSender(settings)
        await sender.send(_delivery("supplier", "tapis@ikm-lampung.example.id", "Tapis Jejama"))
        await sender.send(_delivery("buyer", "pengadaan01@instansi-lampung.example.id", "Dinas Perindag"))

    messages = DemoMailbox(tmp_path / "mailbox").messages()
    assert {(m.party, m.to_address) for m in messages} == {
        ("supplier", "tapis@ikm-lampung.example.id"),
        ("buyer", "pengadaan01@instansi-lampung.example.id"),
    }

    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "true")
    client = TestClient(create_app(settings), client=LOCAL)
    inbox = client.get("/kotak-surat")
    assert inbox.status_code == 200
    assert "Tapis Jejama" in inbox.text and "Dinas Perindag" in inbox.text and "Penyedia" in inbox.text
    supplier_mail = next(m for m in messages if m.party == "supplier")
    page = client.get(f"/kotak-surat/{supplier_mail.key}")
    assert page.status_code == 200
    assert "Peluang pengadaan" in page.text and 'sandbox="allow-top-navigation-by-user-activation"' in page.text
    assert "0,81" in page.text  # the score with a decimal comma, inside the e-mail
    assert client.get("/kotak-surat/../../etc").status_code == 404
    assert client.get("/kotak-surat/tidak-ada").status_code == 404

    stranger = TestClient(create_app(settings), client=("203.0.113.7", 40000))
    assert stranger.get("/kotak-surat").status_code == 403


def test_the_mailbox_is_refused_outside_dev_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PADAN_AUTH_DEV_MODE", "false")
    monkeypatch.setenv("PADAN_AUTH_SIGNING_SECRET", secrets.token_urlsafe(48))
    with pytest.raises(RuntimeError, match="dev mode"):
        create_app(Settings(demo_mailbox_dir=str(tmp_path)))
    app = create_app(Settings())  # the default: no mailbox, no page
    assert TestClient(app, client=LOCAL).get("/kotak-surat", headers={"accept": "application/json"}).status_code == 404


def test_an_unsubscribe_link_without_its_token_is_a_page_not_json() -> None:
    client = TestClient(create_app(Settings()), client=LOCAL)
    for response in (client.get("/berhenti-langganan"), client.post("/berhenti-langganan")):
        assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
        assert "Tautan tidak valid" in response.text
    assert client.get("/favicon.ico").status_code == 200
    assert "Halaman tidak ditemukan" in client.get("/tidak-ada", headers={"accept": "text/html"}).text
