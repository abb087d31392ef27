"""Real receivers for the notifier's tests: an SMTP server (aiosmtpd) and an HTTP webhook receiver that
verifies Standard Webhooks signatures with the `standardwebhooks` library, both on free local ports; and
a helper that publishes real events to Kafka."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from padan.cli.testing import free_port
from padan.cli.webhook_receiver import Receiver, webhook_receiver
from padan.shared.envelope import Envelope
from padan.shared.events import Event

SMTP_USER = "padan-relay"
SMTP_PASSWORD = "smtp-pass-Sangat-Rahasia-42"


# --- SMTP ---------------------------------------------------------------------------------------------
@dataclass
class Mailbox:
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    delay_seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if address in str(m["To"])]

    def for_addresses(self, addresses: set[str]) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if any(a in str(m["To"]) for a in addresses)]


@dataclass
class SmtpServer:
    port: int
    mailbox: Mailbox


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    mailbox = Mailbox()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode(),
            auth_data.password.decode(),
        ) == (SMTP_USER, SMTP_PASSWORD)
        if ok:
            mailbox.logins.append(auth_data.login.decode())
        return AuthResult(success=ok)

    port = free_port()
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # one deprecation line per session otherwise
    controller = Controller(
        mailbox, hostname="127.0.0.1", port=port, authenticator=authenticate, auth_required=True, auth_require_tls=False
    )
    controller.start()
    try:
        yield SmtpServer(port, mailbox)
    finally:
        controller.stop()


# --- Webhook receiver -------------------------------------------------------------------------------------
@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as started:
        yield started


# --- Events -----------------------------------------------------------------------------------------------
def publish(bootstrap: str, events: list[Event]) -> list[str]:
    """Publish `events` as the owning services would (CloudEvents headers, aggregate key); their ids."""

    async def send() -> list[str]:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
        await producer.start()
        ids = []
        try:
            for event in events:
                envelope = Envelope.new(event_type=event.event_type, source="/tests", subject=event.aggregate_id())
                await producer.send_and_wait(
                    event.topic,
                    event.model_dump_json().encode(),
                    key=event.aggregate_id().encode(),
                    headers=[(k, v.encode()) for k, v in envelope.to_headers().items()],
                )
                ids.append(envelope.id)
        finally:
            await producer.stop()
        return ids

    return asyncio.run(send())


@pytest.fixture
def publish_events() -> Any:
    return publish
