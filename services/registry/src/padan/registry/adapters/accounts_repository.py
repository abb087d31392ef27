"""Accounts, sessions and refresh tokens in the registry's store (documents keyed by _id: email, session
id, token id). An ended session carries its `SessionRevoked` event in its outbox (collection `sessions` is
one of the outbox relay's)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.registry.domain.accounts import Account, AccountError
from padan.shared.auth import Role
from padan.shared.outbox import with_outbox

SESSIONS = "sessions"
SIGNIN_LINKS = "signin_links"
"""One document per one-time sign-in link redeemed (its id): a second use finds it and is refused."""


class MongoAccounts:
    def __init__(
        self,
        db: AsyncDatabase[dict[str, Any]],
        write_lock: asyncio.Lock | None = None,
        on_session_ended: Callable[[list[str]], None] = lambda ids: None,
    ) -> None:
        """`write_lock` is the one the outbox relay holds when it rewrites an outbox (see repository.py);
        `on_session_ended` tells the relay which session has an event to publish."""
        self._db = db
        self._lock = write_lock or asyncio.Lock()
        self._on_session_ended = on_session_ended

    async def add(self, account: Account) -> None:
        document = {
            "_id": account.email,
            "password_hash": account.password_hash,
            "role": account.role.value,
            "organisation_id": account.organisation_id,
            "disabled": account.disabled,
            "created_at": datetime.now(UTC),
        }
        try:
            await self._db.accounts.insert_one(document)
        except DuplicateKeyError as exc:
            raise AccountError("Email sudah terdaftar / email already registered") from exc

    async def redeem_link(self, link_id: str, email: str, expires_at: datetime) -> bool:
        """Record the link as used; False when it was used before (the insert by `_id` is the check, so two
        redemptions at once cannot both win)."""
        document = {"_id": link_id, "email": email, "expires_at": expires_at, "redeemed_at": datetime.now(UTC)}
        try:
            await self._db[SIGNIN_LINKS].insert_one(document)
        except DuplicateKeyError:
            return False
        return True

    async def get(self, email: str) -> Account | None:
        document = await self._db.accounts.find_one({"_id": email})
        if document is None:
            return None
        return Account(
            email=document["_id"],
            password_hash=document["password_hash"],
            role=Role(document["role"]),
            organisation_id=document["organisation_id"],
            disabled=bool(document.get("disabled", False)),
        )

    async def set_password_hash(self, email: str, password_hash: str) -> None:
        await self._db.accounts.update_one({"_id": email}, {"$set": {"password_hash": password_hash}})

    async def remember_refresh(self, token_id: str, email: str, expires_at: datetime) -> None:
        await self._db.refresh_tokens.insert_one({"_id": token_id, "email": email, "expires_at": expires_at})

    async def refresh_usable(self, token_id: str) -> bool:
        document = await self._db.refresh_tokens.find_one({"_id": token_id})
        return document is not None and "revoked_at" not in document

    async def revoke_refresh(self, token_id: str) -> bool:
        """True when this call revoked it (False: unknown or already revoked)."""
        document = await self._db.refresh_tokens.find_one({"_id": token_id})
        if document is None or "revoked_at" in document:
            return False
        await self._db.refresh_tokens.update_one({"_id": token_id}, {"$set": {"revoked_at": datetime.now(UTC)}})
        return True

    async def open_session(self, session_id: str, subject: str, kind: str, expires_at: datetime) -> None:
        await self._db[SESSIONS].insert_one(
            {
                "_id": session_id,
                "subject": subject,
                "kind": kind,
                "created_at": datetime.now(UTC),
                "expires_at": expires_at,
            }
        )

    async def session_active(self, session_id: str) -> bool:
        document = await self._db[SESSIONS].find_one({"_id": session_id}, {"revoked_at": 1})
        return document is not None and "revoked_at" not in document

    async def end_session(self, session_id: str, event: dict[str, Any]) -> bool:
        async with self._lock:
            document = await self._db[SESSIONS].find_one({"_id": session_id}, {"revoked_at": 1})
            if document is None or "revoked_at" in document:
                return False
            update = with_outbox({"$set": {"revoked_at": datetime.now(UTC)}}, [event])
            await self._db[SESSIONS].update_one({"_id": session_id}, update)
        self._on_session_ended([session_id])
        return True
