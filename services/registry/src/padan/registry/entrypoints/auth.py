"""Who may write to the registry: the one place authorization is decided (replaceable by the account
system of issue 9).

- Operators send `X-API-Key`. Keys come from `PADAN_REGISTRY_OPERATOR_API_KEYS` (and the shared
  `PADAN_AUTH_OPERATOR_KEY_HASHES`); only their sha256 digests are kept in memory, compared with
  `hmac.compare_digest`. When no key is configured and `PADAN_REGISTRY_DEV_MODE` is true (the local
  default), the dev key `padan-dev-operator-key` is accepted; with dev mode off and no key, no operator
  can write.
- Suppliers and buyers with a signed access token (padan.shared.auth) may change only their own data.
- Supplier self-registration through the public web form needs no key (see entrypoints/web.py).
"""

from __future__ import annotations

from typing import Any

from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.settings import Settings
from padan.shared.auth import (
    DEV_OPERATOR_KEY,
    AuthSettings,
    Principal,
    Role,
    forbidden,
    hash_api_key,
    requires,
    verify_api_key,
)

__all__ = [
    "Guards",
    "Principal",
    "Role",
    "acts_for",
    "auth_settings",
    "forbidden",
    "operator_dependency",
    "requires",
    "verify_api_key",
]


def auth_settings(settings: Settings) -> AuthSettings:
    """The shared auth settings, with the registry's operator keys (hashed) and dev-mode rule applied."""
    shared = AuthSettings()
    hashes = [hash_api_key(key.get_secret_value()) for key in settings.operator_api_keys]
    hashes += list(shared.operator_key_hashes)
    if not hashes and settings.dev_mode:
        hashes = [hash_api_key(DEV_OPERATOR_KEY)]
    return shared.model_copy(update={"operator_key_hashes": hashes, "dev_mode": shared.dev_mode and settings.dev_mode})


def acts_for(principal: Principal, kind: Kind, natural_key: str) -> bool:
    """May the caller change this supplier (by NIB) or buyer (by satker code)? A token names the registry
    id of its supplier or buyer, the id every service sees in events."""
    role = Role.SUPPLIER if kind is Kind.SUPPLIER else Role.BUYER
    return principal.owns(role, aggregate_id(kind, natural_key))


def operator_dependency(auth: AuthSettings) -> Any:
    """`Depends(...)` admitting operators only."""
    return requires(auth, Role.OPERATOR)


class Guards:
    """The FastAPI dependencies the routers use; replace this class to change who may do what."""

    def __init__(self, settings: Settings) -> None:
        self.settings = auth_settings(settings)
        self.operator = requires(self.settings, Role.OPERATOR)
        self.supplier = requires(self.settings, Role.SUPPLIER)
        self.buyer = requires(self.settings, Role.BUYER)

    def for_role(self, role: Role) -> Any:
        return {Role.OPERATOR: self.operator, Role.SUPPLIER: self.supplier, Role.BUYER: self.buyer}[role]
