"""/kotak-surat: the demo's mailbox, so a newcomer sees what a supplier, a buyer and the P3DN team receive.

Only wired when PADAN_NOTIFIER_DEMO_MAILBOX_DIR is set, which the bootstrap refuses outside dev mode; and only
answered to this machine (loopback), since the e-mails carry the demo parties' names and addresses.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from padan.notifier.adapters.demo_mailbox import DemoMailbox, MailboxMessage
from padan.notifier.adapters.templates import WIB
from padan.shared.pages import page_templates

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TEMPLATES = page_templates(Path(__file__).parent / "templates")
PARTY_LABELS = {"supplier": "Penyedia", "buyer": "Pembeli", "operator": "Tim P3DN"}
LATEST = 20  # e-mails listed per recipient; the demo sends hundreds to a busy supplier
# The e-mail is shown in a sandboxed frame: its own styles, no scripts, links open in the whole tab.
EMAIL_FRAME_SANDBOX = "allow-top-navigation-by-user-activation"


@dataclass(frozen=True)
class Recipient:
    address: str
    name: str
    party: str
    mails: list[MailboxMessage]


def _local(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def build_mailbox_router(mailbox: DemoMailbox, smtp_address: str) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def refuse_remote(request: Request) -> None:
        if not _local(request):
            raise HTTPException(403, "Kotak surat demo hanya dari komputer ini / demo mailbox is local only")

    @router.get("/kotak-surat", response_class=HTMLResponse)
    async def inbox(request: Request, untuk: str = "") -> HTMLResponse:
        refuse_remote(request)
        messages = await asyncio.to_thread(mailbox.messages)
        by_address: dict[str, list[MailboxMessage]] = defaultdict(list)
        for message in messages:
            by_address[message.to_address].append(message)
        recipients = sorted(
            (Recipient(address, mails[0].to_name, mails[0].party, mails) for address, mails in by_address.items()),
            key=lambda r: (_party_order(r.party), r.name.lower(), r.address),
        )
        # Shown first: the chosen recipient, else the supplier with the newest e-mail (what a newcomer looks for).
        chosen = untuk.strip().lower()
        selected = next((r for r in recipients if r.address == chosen), None) or next(
            (r for r in sorted(recipients, key=lambda r: r.mails[0].sent_at or _EPOCH, reverse=True)
             if r.party == "supplier"),
            recipients[0] if recipients else None,
        )  # fmt: skip
        return TEMPLATES.TemplateResponse(
            request,
            "mailbox.html",
            {
                "title": "Kotak surat demo",
                "recipients": recipients,
                "selected": selected,
                "total": len(messages),
                "latest": LATEST,
                "labels": PARTY_LABELS,
                "smtp_address": smtp_address,
                "wib": _wib,
            },
        )

    @router.get("/kotak-surat/{key}", response_class=HTMLResponse)
    async def one(request: Request, key: str) -> HTMLResponse:
        refuse_remote(request)
        body = await asyncio.to_thread(mailbox.body, key)
        if body is None:
            raise HTTPException(404, "E-mail tidak ditemukan / e-mail not found")
        # Links in the e-mail open in the whole tab (the frame is sandboxed without same-origin rights).
        html = body.html.replace("<head>", '<head><base target="_top">', 1)
        return TEMPLATES.TemplateResponse(
            request,
            "mailbox_message.html",
            {
                "title": body.message.subject,
                "body": body,
                "html": html,
                "labels": PARTY_LABELS,
                "sandbox": EMAIL_FRAME_SANDBOX,
                "wib": _wib,
            },
        )

    return router


def _party_order(party: str) -> int:
    return {"supplier": 0, "buyer": 1, "operator": 2}.get(party, 3)


def _wib(message: MailboxMessage) -> str:
    return message.sent_at.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB") if message.sent_at else ""
