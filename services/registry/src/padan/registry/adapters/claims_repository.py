"""Claims on NIBs in the registry's store (collection `claims`, keyed by claim id)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase

from padan.registry.domain.claims import Claim, ClaimKind, ClaimStatus


class ClaimStore(Protocol):
    async def add(self, claim: Claim) -> None: ...
    async def get(self, claim_id: str) -> Claim | None: ...
    async def save(self, claim: Claim) -> None: ...
    async def find(self, status: ClaimStatus | None, nib: str | None, limit: int) -> list[Claim]: ...


class MongoClaims:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._claims = db.claims

    async def ensure_indexes(self) -> None:
        await self._claims.create_index("status")
        await self._claims.create_index("nib")

    async def add(self, claim: Claim) -> None:
        await self._claims.insert_one(_document(claim))

    async def get(self, claim_id: str) -> Claim | None:
        document = await self._claims.find_one({"_id": claim_id})
        return _claim(document) if document else None

    async def save(self, claim: Claim) -> None:
        await self._claims.replace_one({"_id": claim.claim_id}, _document(claim))

    async def find(self, status: ClaimStatus | None, nib: str | None, limit: int) -> list[Claim]:
        query: dict[str, Any] = {}
        if status is not None:
            query["status"] = status.value
        if nib is not None:
            query["nib"] = nib
        documents = await self._claims.find(query).sort("created_at", 1).limit(limit).to_list(limit)
        return [_claim(document) for document in documents]


def _document(claim: Claim) -> dict[str, Any]:
    document = asdict(claim)
    document["_id"] = document.pop("claim_id")
    document["kind"], document["status"] = claim.kind.value, claim.status.value
    return document


def _claim(document: dict[str, Any]) -> Claim:
    fields = dict(document)
    fields["claim_id"] = fields.pop("_id")
    fields["kind"], fields["status"] = ClaimKind(fields["kind"]), ClaimStatus(fields["status"])
    for name in ("created_at", "decided_at"):  # BSON dates come back naive
        if fields.get(name) is not None and fields[name].tzinfo is None:
            fields[name] = fields[name].replace(tzinfo=UTC)
    known = Claim.__dataclass_fields__
    return Claim(**{name: value for name, value in fields.items() if name in known})
