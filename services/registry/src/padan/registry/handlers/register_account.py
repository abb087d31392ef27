"""Command: an operator opens an account for a registered supplier or buyer (after checking who the
person is: the registry cannot tell that from a web form)."""

from __future__ import annotations

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.accounts import PARTY_ROLES, Account, AccountError, check_password, normalise_email
from padan.registry.domain.aggregates import Kind
from padan.registry.handlers.sessions import AccountStore
from padan.shared.auth import Role, hash_password


async def register_account(
    store: AccountStore, registry: RegistryRepository, *, email: str, password: str, role: Role, organisation_id: str
) -> Account:
    if role not in PARTY_ROLES:
        raise AccountError("Akun hanya untuk penyedia atau pembeli / accounts are for suppliers or buyers")
    email = normalise_email(email)
    check_password(password, email)
    kind = Kind.SUPPLIER if role is Role.SUPPLIER else Kind.BUYER
    if await registry.get(kind, organisation_id) is None:
        raise AccountError(f"{kind.value} {organisation_id} belum terdaftar / is not registered")
    account = Account(email=email, password_hash=hash_password(password), role=role, organisation_id=organisation_id)
    await store.add(account)
    return account
