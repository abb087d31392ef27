"""Command: register or change a supplier. Who vouches for it decides its verification state:

- an operator creating it (API key), an e-katalog/OSS import, or an operator verifying a claim: verified;
- a self-registration through the public form: unverified, owned by its claim (see handlers/claims.py);
- the supplier changing its own profile: the state stays as it is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import SupplierUpserted

VERIFIED = "verified"
CLAIM = "claim_id"
_KEEP = object()


class UnknownVerification(ValueError):
    """A supplier event would be written without knowing whether the supplier is verified: the caller must
    say (a new supplier, or a batch write that did not read the stored state)."""


def prepare_supplier(
    command: UpsertSupplier,
    *,
    verified: bool | None = None,
    verified_if_new: bool | None = None,
    claim_id: str | object | None = _KEEP,
) -> Prepared:
    """`verified`: set the state (None: keep the stored one); `verified_if_new`: the state of a supplier
    created by this write; `claim_id`: the self-registration claim whose web session may edit it."""
    supplier_id = aggregate_id(Kind.SUPPLIER, command.nib)
    fields: dict[str, Any] = command.model_dump(mode="json")
    if verified is not None:
        fields[VERIFIED] = verified
    if claim_id is not _KEEP:
        fields[CLAIM] = claim_id
    if_new: dict[str, Any] = {VERIFIED: verified_if_new} if verified_if_new is not None else {}

    def build(state: dict[str, Any], version: int, now: datetime) -> SupplierUpserted:
        if not isinstance(state.get(VERIFIED), bool):
            # Never let a default decide: the event's default (true) is for events older than verification.
            raise UnknownVerification(f"verification of supplier {command.nib} not known")
        return SupplierUpserted.model_validate(
            {**state, "supplier_id": supplier_id, "version": version, "occurred_at": now}
        )

    return Prepared(Kind.SUPPLIER, supplier_id, fields, build, if_new)


async def upsert_supplier(
    repository: RegistryRepository,
    command: UpsertSupplier,
    *,
    verified: bool | None = None,
    verified_if_new: bool | None = None,
    claim_id: str | object | None = _KEEP,
    only_if_absent: bool = False,
) -> UpsertResult:
    prepared = prepare_supplier(command, verified=verified, verified_if_new=verified_if_new, claim_id=claim_id)
    return await apply_upsert(repository, prepared, only_if_absent=only_if_absent)
