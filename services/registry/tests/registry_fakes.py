"""In-memory stand-ins for the registry's Mongo repository and import-run records, for fast tests of the
handlers' logic."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import TEXT_FIELDS, ConcurrentChange, Decide, VersionIndex, Write
from padan.registry.domain.accounts import Account
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.claims import Claim, ClaimStatus
from padan.registry.domain.feeds import RowError
from padan.registry.domain.references import PackageParts, SupplierDirectory


class FakeRegistryRepository:
    def __init__(self) -> None:
        self.documents: dict[tuple[Kind, str], dict[str, Any]] = {}
        self.outbox: list[dict[str, Any]] = []
        self.reads = 0
        self._lock = asyncio.Lock()
        self._indexes: dict[Kind, VersionIndex] = {}
        self.parts: dict[str, PackageParts] = {}
        self.regions: dict[str, str] = {}
        self.region_documents: dict[str, dict[str, Any]] = {}
        self.aliases: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self._directory: SupplierDirectory | None = None

    async def change(self, kind: Kind, aggregate_id: str, decide: Decide) -> tuple[dict[str, Any] | None, Write | None]:
        for _ in range(5):
            async with self._lock:
                current = await self.get(kind, aggregate_id)
                write = decide(current)
                if write is None:
                    return current, None
                try:
                    await self.save(kind, aggregate_id, write[1], write[2], write[3])
                except ConcurrentChange:
                    continue
            return current, write
        raise ConcurrentChange(aggregate_id)

    async def change_many(self, kind: Kind, decide: Callable[[], Awaitable[Sequence[Write]]]) -> list[str]:
        async with self._lock:
            writes = await decide()
            return await self.save_many(kind, writes) if writes else []

    async def version_index(self, kind: Kind) -> VersionIndex:
        if kind not in self._indexes:
            index = self._indexes[kind] = VersionIndex()
            for (k, aggregate_id), document in self.documents.items():
                if k is kind:
                    index.set(aggregate_id, document.get("content_hash"), document["version"])
        return self._indexes[kind]

    async def get(self, kind: Kind, aggregate_id: str) -> dict[str, Any] | None:
        self.reads += 1
        document = self.documents.get((kind, aggregate_id))
        return dict(document) if document else None

    async def save(
        self,
        kind: Kind,
        aggregate_id: str,
        expected_version: int,
        fields: dict[str, Any],
        events: Sequence[dict[str, Any]],
    ) -> None:
        current = self.documents.get((kind, aggregate_id))
        if (current["version"] if current else 0) != expected_version:
            raise ConcurrentChange(aggregate_id)
        self.documents[(kind, aggregate_id)] = {
            **(current or {}),
            **fields,
            "_id": aggregate_id,
            "version": expected_version + 1,
        }
        self.outbox.extend(events)
        if kind in self._indexes:
            self._indexes[kind].set(aggregate_id, fields.get("content_hash"), expected_version + 1)
        if kind is Kind.SUPPLIER and self._directory is not None:
            self._directory.learn(aggregate_id, fields)

    async def get_many(self, kind: Kind, aggregate_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {i: d for i in aggregate_ids if (d := await self.get(kind, i)) is not None}

    async def supplier_directory(self) -> SupplierDirectory:
        if self._directory is None:
            self._directory = SupplierDirectory()
            for (kind, aggregate_id), document in self.documents.items():
                if kind is Kind.SUPPLIER:
                    self._directory.learn(aggregate_id, document)
            for alias, supplier_id in self.aliases.items():
                self._directory.reserve(alias, supplier_id)
        return self._directory

    async def reserve_supplier_aliases(self, aliases: dict[str, str]) -> None:
        directory = await self.supplier_directory()
        for alias, supplier_id in aliases.items():
            self.aliases.setdefault(alias, supplier_id)
            directory.reserve(alias, supplier_id)

    async def package_parts(self) -> dict[str, PackageParts]:
        return self.parts

    async def save_package_parts(self, parts: dict[str, PackageParts]) -> None:
        self.parts.update(parts)

    async def package_links(self) -> dict[str, str]:
        return self.links

    async def save_package_links(self, links: dict[str, str]) -> None:
        self.links.update(links)

    async def region_aliases(self) -> dict[str, str]:
        return self.regions

    async def save_region_aliases(self, aliases: dict[str, dict[str, Any]]) -> None:
        for key, value in aliases.items():
            self.region_documents[key] = dict(value)
            if value.get("region_code"):
                self.regions[key] = value["region_code"]

    async def list_page(
        self, kind: Kind, skip: int, limit: int, text: str | None = None, equals: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        fields = TEXT_FIELDS[kind]
        found = [
            doc
            for (k, _), doc in sorted(self.documents.items())
            if k is kind
            and all(doc.get(name) == value for name, value in (equals or {}).items())
            and (not text or any(text.lower() in str(doc.get(name, "")).lower() for name in fields))
        ]
        return found[skip : skip + limit]

    async def save_many(self, kind: Kind, writes: Sequence[Any]) -> list[str]:
        conflicts = []
        for aggregate_id, expected, fields, events in writes:
            try:
                await self.save(kind, aggregate_id, expected, fields, events)
            except ConcurrentChange:
                conflicts.append(aggregate_id)
        return conflicts


class FakeRuns:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    async def start(self, run_id: str, kind: str, source: str) -> dict[str, Any]:
        record = self.records.setdefault(
            run_id, {"_id": run_id, "kind": kind, "source": source, "checkpoint": 0, "errors": [], "rows_read": 0}
        )
        record["status"] = "running"
        return dict(record)

    async def checkpoint(self, run_id: str, row: int, counts: dict[str, int], errors: list[RowError]) -> None:
        record = self.records[run_id]
        record["checkpoint"] = row
        for name, value in counts.items():
            record[name] = record.get(name, 0) + value
        record["errors"] += [asdict(e) for e in errors]

    async def finish(self, run_id: str, status: str, message: str = "") -> None:
        self.records[run_id] |= {"status": status, "message": message}


class FakeAccounts:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.refresh: dict[str, bool] = {}  # token id -> revoked
        self.sessions: dict[str, dict[str, Any]] = {}
        self.outbox: list[dict[str, Any]] = []
        self.redeemed: set[str] = set()

    async def redeem_link(self, link_id: str, email: str, expires_at: datetime) -> bool:
        if link_id in self.redeemed:
            return False
        self.redeemed.add(link_id)
        return True

    async def add(self, account: Account) -> None:
        self.accounts[account.email] = account

    async def get(self, email: str) -> Account | None:
        return self.accounts.get(email)

    async def set_password_hash(self, email: str, password_hash: str) -> None:
        raise NotImplementedError

    async def remember_refresh(self, token_id: str, email: str, expires_at: datetime) -> None:
        self.refresh[token_id] = False

    async def refresh_usable(self, token_id: str) -> bool:
        return self.refresh.get(token_id) is False

    async def revoke_refresh(self, token_id: str) -> bool:
        if self.refresh.get(token_id) is not False:
            return False
        self.refresh[token_id] = True
        return True

    async def open_session(self, session_id: str, subject: str, kind: str, expires_at: datetime) -> None:
        self.sessions[session_id] = {"subject": subject, "kind": kind, "revoked": False}

    async def session_active(self, session_id: str) -> bool:
        return session_id in self.sessions and not self.sessions[session_id]["revoked"]

    async def end_session(self, session_id: str, event: dict[str, Any]) -> bool:
        if not await self.session_active(session_id):
            return False
        self.sessions[session_id]["revoked"] = True
        self.outbox.append(event)
        return True


class FakeClaims:
    def __init__(self) -> None:
        self.claims: dict[str, Claim] = {}

    async def add(self, claim: Claim) -> None:
        self.claims[claim.claim_id] = claim

    async def get(self, claim_id: str) -> Claim | None:
        return self.claims.get(claim_id)

    async def save(self, claim: Claim) -> None:
        self.claims[claim.claim_id] = claim

    async def find(self, status: ClaimStatus | None, nib: str | None, limit: int) -> list[Claim]:
        found = [c for c in self.claims.values() if status in (None, c.status) and nib in (None, c.nib)]
        return sorted(found, key=lambda c: c.created_at)[:limit]
