"""Unsubscribe tokens: the recipient key with an HMAC, so a link works without logging in and cannot be
forged for someone else."""

from __future__ import annotations

import base64
import hashlib
import hmac


def _mac(secret: str, key: str) -> str:
    digest = hmac.new(secret.encode(), f"unsubscribe:{key}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def unsubscribe_token(secret: str, key: str) -> str:
    raw = base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")
    return f"{raw}.{_mac(secret, key)}"


def read_unsubscribe_token(secret: str, token: str) -> str | None:
    """The recipient key, or None for a token that was not made with `secret`."""
    raw, _, mac = token.partition(".")
    try:
        key = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    return key if hmac.compare_digest(mac, _mac(secret, key)) else None
