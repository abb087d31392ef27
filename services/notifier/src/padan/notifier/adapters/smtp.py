"""Email over SMTP (aiosmtplib): STARTTLS or implicit TLS and AUTH as configured.

The Message-ID is derived from the delivery id, so a resend after a crash (the at-least-once window of
SMTP, see the README) carries the same identity and mail clients that de-duplicate by Message-ID show it
once.
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

import aiosmtplib

from padan.notifier.adapters.senders import SendFailed, Sent
from padan.notifier.settings import Settings


def build_message(delivery: dict[str, Any], settings: Settings) -> EmailMessage:
    email = delivery["email"]
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = formataddr((delivery.get("name") or "", delivery["address"]))
    message["Subject"] = email["subject"]
    message["Date"] = format_datetime(delivery["created_at"])
    message["Message-ID"] = email["message_id"]
    message["X-Padan-Delivery-Id"] = delivery["_id"]
    if delivery.get("party"):  # supplier, buyer or operator: lets a mailbox (or a mail filter) sort the e-mails
        message["X-Padan-Party"] = str(delivery["party"])
    if email.get("unsubscribe_url"):
        # RFC 8058 one-click unsubscribe: mail clients show their own "unsubscribe" button.
        message["List-Unsubscribe"] = f"<{email['unsubscribe_url']}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(email["text"])
    message.add_alternative(email["html"], subtype="html")
    return message


class SmtpSender:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        # Built once: loading the CA store takes milliseconds of CPU that would block the event loop per email.
        self._tls = ssl.create_default_context() if settings.smtp_validate_certs else _unverified_context()

    async def send(self, delivery: dict[str, Any]) -> Sent:
        s = self._settings
        try:
            errors, response = await aiosmtplib.send(
                build_message(delivery, s),
                hostname=s.smtp_host,
                port=s.smtp_port,
                use_tls=s.smtp_use_tls,
                start_tls=s.smtp_starttls and not s.smtp_use_tls,
                username=s.smtp_username or None,
                password=s.smtp_password.get_secret_value() or None,
                timeout=s.smtp_timeout_seconds,
                tls_context=self._tls,
            )
        except aiosmtplib.SMTPResponseException as exc:
            raise SendFailed(f"SMTP {exc.code}: {exc.message[:200]}", exc.code) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendFailed(f"SMTP {type(exc).__name__}") from None
        if errors:
            raise SendFailed(f"SMTP recipient refused: {sorted(errors)[0]}")
        return Sent(detail=f"SMTP {response[:200]}")


def _unverified_context() -> ssl.SSLContext:
    """For a relay with a self-signed certificate on a trusted network (PADAN_NOTIFIER_SMTP_VALIDATE_CERTS=false)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
