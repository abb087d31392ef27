"""The demo's SMTP sink: a real SMTP server (aiosmtpd) on loopback that keeps every message it receives in a
Maildir, for the notifier's /kotak-surat page. Nothing it receives leaves the machine."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class MaildirSink:
    """aiosmtpd handler: every message, as received, into one Maildir file."""

    def __init__(self, directory: Path) -> None:
        self.maildir = mailbox.Maildir(directory, create=True)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.maildir.add(envelope.original_content or envelope.content)
        return "250 OK: disimpan di kotak surat demo / kept in the demo mailbox"


@contextmanager
def mail_sink(directory: Path, port: int) -> Iterator[Controller]:
    """An SMTP server on 127.0.0.1:`port` for as long as the block runs."""
    controller = Controller(MaildirSink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()
