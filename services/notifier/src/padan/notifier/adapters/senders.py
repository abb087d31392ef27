"""What every channel's sender answers: sent, or failed with a reason that is safe to log and store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit


class SendFailed(Exception):
    """A failed attempt. The message never carries a secret (no credentials, no URL query)."""

    def __init__(self, reason: str, status_code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code


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
