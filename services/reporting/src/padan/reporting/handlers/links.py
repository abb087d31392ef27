"""Small helpers the event handlers share: latest-version documents and version-checked links."""

from __future__ import annotations

from typing import Any

from padan.reporting.adapters.store import Document, Documents
from padan.shared.events import Event


def safe_key(value: str) -> str:
    """An id usable as a MongoDB field name (no dots, no leading dollar)."""
    return value.replace("%", "%25").replace(".", "%2E").replace("$", "%24")


async def load(store: Documents, collection: str, doc_id: str) -> Document:
    """The document, or an empty placeholder (version 0) when an event about it came first."""
    return await store.get(collection, doc_id) or {"_id": doc_id, "version": 0}


def take_event(document: Document, event: Event) -> bool:
    """Copy the event's fields onto the document when it is newer than what the document holds."""
    if event.version <= int(document.get("version") or 0):
        return False
    document.update(event.model_dump(mode="json"))
    return True


def set_link(document: Document, field: str, link_id: str, version: int, value: dict[str, Any]) -> bool:
    """Record `value` (of an aggregate at `version`) under document[field][link_id] unless a newer one is there."""
    links: dict[str, Any] = document.setdefault(field, {})
    key = safe_key(link_id)
    current = links.get(key)
    if current is not None and int(current["v"]) >= version:
        return False
    links[key] = {"v": version, **value}
    return True


def original_key(key: str) -> str:
    """The id `safe_key` escaped."""
    return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%")
