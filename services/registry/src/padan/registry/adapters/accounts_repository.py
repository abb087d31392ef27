"""Accounts and refresh tokens in the registry's store (documents keyed by _id: email, token id)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.registry.domain.accounts import Account, AccountError
from padan.shared.auth import Role


class MongoAccounts:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

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
