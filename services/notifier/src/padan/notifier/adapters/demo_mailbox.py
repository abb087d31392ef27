"""The demo's mailbox: the e-mails the demo's local SMTP sink received, read from its Maildir.

Only `padan demo` sets it up (PADAN_NOTIFIER_DEMO_MAILBOX_DIR); the notifier sends through plain SMTP as in
production, the sink (aiosmtpd, loopback only) stores each message as one Maildir file, and this reads them
back for the /kotak-surat page. Each message's headers are parsed once and remembered by its Maildir key.
"""

from __future__ import annotations

import mailbox
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

_KEY = re.compile(r"^[A-Za-z0-9._-]{1,200}$")


@dataclass(frozen=True)
class MailboxMessage:
    key: str
    to_name: str
    to_address: str
    party: str  # supplier, buyer, operator (X-Padan-Party), "" when unknown
    subject: str
    sent_at: datetime | None


@dataclass(frozen=True)
class MailboxBody:
    message: MailboxMessage
    sender: str
    html: str
    text: str


class DemoMailbox:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._headers: dict[str, MailboxMessage] = {}

    def _maildir(self) -> mailbox.Maildir:
        return mailbox.Maildir(self.directory, create=True)

    def messages(self) -> list[MailboxMessage]:
        """Every message, the newest first."""
        box = self._maildir()
        keys = set(box.keys())
        for key in keys - self._headers.keys():
            headers = BytesHeaderParser(policy=policy.default).parsebytes(box.get_bytes(key))
            self._headers[key] = _summary(key, headers)
        for key in self._headers.keys() - keys:
            del self._headers[key]
        return sorted(self._headers.values(), key=lambda m: (m.sent_at is not None, m.sent_at, m.key), reverse=True)

    def body(self, key: str) -> MailboxBody | None:
        if not _KEY.match(key):
            return None
        box = self._maildir()
        try:
            raw = box.get_bytes(key)
        except KeyError:
            return None
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        html = message.get_body(preferencelist=("html",))
        text = message.get_body(preferencelist=("plain",))
        return MailboxBody(
            message=_summary(key, message),
            sender=str(message.get("From", "")),
            html=html.get_content() if html is not None else "",
            text=text.get_content() if text is not None else "",
        )


def _summary(key: str, headers: object) -> MailboxMessage:
    get = headers.get  # type: ignore[attr-defined]
    name, address = parseaddr(str(get("To", "")))
    try:
        sent_at = parsedate_to_datetime(str(get("Date")))
    except (TypeError, ValueError):
        sent_at = None
    return MailboxMessage(
        key=key,
        to_name=name,
        to_address=address.lower(),
        party=str(get("X-Padan-Party", "")),
        subject=str(get("Subject", "")),
        sent_at=sent_at,
    )
