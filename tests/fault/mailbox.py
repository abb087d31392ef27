"""A real SMTP server (aiosmtpd) the notifier sends to during a fault run: which Message-IDs arrived, how
often. The notifier derives the Message-ID from the delivery id, so a resend after a kill in the middle of
a send (the at-least-once window of SMTP) arrives with the same Message-ID."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from typing import Any

from aiosmtpd.controller import Controller

from padan.cli.testing import free_port


class Mailbox:
    def __init__(self) -> None:
        self._arrivals: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self._lock:
            self._arrivals[str(message["Message-ID"]).strip("<>").split("@")[0]] += 1
        return "250 OK"

    def arrivals(self) -> Counter[str]:
        """Delivery id → how many times its email arrived."""
        with self._lock:
            return Counter(self._arrivals)


@contextmanager
def smtp_mailbox() -> Iterator[tuple[Mailbox, dict[str, str]]]:
    """The mailbox and the notifier settings that send to it."""
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield (
            mailbox,
            {
                "PADAN_NOTIFIER_SMTP_HOST": "127.0.0.1",
                "PADAN_NOTIFIER_SMTP_PORT": str(port),
                "PADAN_NOTIFIER_SMTP_STARTTLS": "false",
            },
        )
    finally:
        controller.stop()
