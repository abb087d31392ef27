"""Who may write to the registry: the one place authorization is decided (replaceable by the account
system of issue 9).

- Operators send `X-API-Key`. Keys come from `PADAN_REGISTRY_OPERATOR_API_KEYS` (and the shared
  `PADAN_AUTH_OPERATOR_KEY_HASHES`); only their sha256 digests are kept in memory, compared with
  `hmac.compare_digest`. When no key is configured and dev mode is on (PADAN_AUTH_DEV_MODE=true, as
  under `make demo` and the tests, and PADAN_REGISTRY_DEV_MODE not false), the dev key
  `padan-dev-operator-key` is accepted; otherwise never, and with no key no operator can write.
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
    InsecureSettings,
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


#: Operator keys given to the registry in clear (PADAN_REGISTRY_OPERATOR_API_KEYS) are at least this long
#: outside dev mode (`padan secrets init` makes 43 characters).
MIN_OPERATOR_KEY_CHARS = 24


def auth_settings(settings: Settings) -> AuthSettings:
    """The shared auth settings, with the registry's operator keys (hashed) and dev-mode rule applied: the
    dev key is accepted only when both PADAN_AUTH_DEV_MODE and PADAN_REGISTRY_DEV_MODE are on, and
    outside dev mode a short key or the dev key refuses the start (InsecureSettings)."""
    shared = AuthSettings()
    dev_mode = shared.dev_mode and settings.dev_mode
    keys = [key.get_secret_value() for key in settings.operator_api_keys]
    if not dev_mode and any(key == DEV_OPERATOR_KEY or len(key) < MIN_OPERATOR_KEY_CHARS for key in keys):
        raise InsecureSettings(
            "PADAN_REGISTRY_OPERATOR_API_KEYS memuat kunci dev atau kunci yang terlalu pendek / holds the dev key "
            f"or a key shorter than {MIN_OPERATOR_KEY_CHARS} characters (padan secrets init generates one)"
        )
    hashes = [hash_api_key(key) for key in keys] + list(shared.operator_key_hashes)
    if not hashes and dev_mode:
        hashes = [hash_api_key(DEV_OPERATOR_KEY)]
    return shared.model_copy(update={"operator_key_hashes": hashes, "dev_mode": dev_mode})


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
