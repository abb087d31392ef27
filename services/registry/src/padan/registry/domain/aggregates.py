"""Registry aggregates: ids derived from natural keys, and when a submission is a change at all."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    SUPPLIER = "supplier"
    PRODUCT = "product"
    BUYER = "buyer"
    NEED = "need"
    REALISATION = "realisation"  # a purchase LKPP recorded on a RUP package (domain/realisations.py)

    @property
    def collection(self) -> str:
        return f"{self.value}s"


def aggregate_id(kind: Kind, natural_key: str) -> str:
    """Stable id from the natural key (NIB, kode RUP, satker code, supplier + product code), so a re-import
    of the same row lands on the same aggregate."""
    digest = hashlib.sha256(f"{kind.value}:{natural_key.strip().lower()}".encode()).hexdigest()[:20]
    return f"{kind.value[:3]}-{digest}"


def changed_fields(current: Mapping[str, Any] | None, submitted: Mapping[str, Any]) -> dict[str, Any]:
    """The submitted fields whose values differ from what is stored (all of them for a new aggregate)."""
    if current is None:
        return dict(submitted)
    return {name: value for name, value in submitted.items() if current.get(name) != value}


def content_hash(fields: Mapping[str, Any]) -> str:
    """A short fingerprint of what was submitted; equal fingerprints mean nothing changed, so an import
    skips an unchanged row without reading the stored aggregate."""
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str, ensure_ascii=False)
    return hashlib.blake2b(canonical.encode(), digest_size=8).hexdigest()
