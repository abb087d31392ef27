"""What every channel's sender answers: sent, or failed with a reason that is safe to log and store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit


class SendFailed(Exception):
    """A failed attempt. The message never carries a secret (no credentials, no URL query). `permanent`:
    trying again cannot help (the destination is refused by the outbound policy), so no retry."""

    def __init__(self, reason: str, status_code: int | None = None, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.permanent = permanent


class Cancelled(SendFailed):
    """Nobody to send to any more (the webhook subscription was deleted): the delivery ends, no retry."""


@dataclass(frozen=True)
class Sent:
    detail: str
    status_code: int | None = None


class Sender(Protocol):
    async def send(self, delivery: dict[str, Any]) -> Sent: ...


def safe_url(url: str) -> str:
    """A URL fit for logs: no user info, no query (webhook URLs sometimes carry tokens there)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"
