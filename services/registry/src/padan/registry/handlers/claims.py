"""Commands on claims: a self-registration claims a NIB; an operator verifies or rejects the claim.

See domain/claims.py for the rules. Every outcome is written to the security log (ownership changes)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from padan.registry.adapters.claims_repository import ClaimStore
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.claims import Claim, ClaimKind, decide, email_matches, new_claim_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared.security_log import security_event

OnChange = Callable[[str, Sequence[str]], None]


class UnknownClaim(LookupError):
    pass


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    owns_supplier: bool  # True: the claim created the supplier, so the claimant may edit it (unverified)


async def claim_supplier(
    repository: RegistryRepository,
    claims: ClaimStore,
    command: UpsertSupplier,
    *,
    address: str,
    on_change: OnChange,
    now: datetime | None = None,
) -> ClaimResult:
    """A self-registration. The claim is stored first, so a crash before the supplier write leaves a claim
    an operator can still verify (verifying writes the supplier from the claim)."""
    supplier_id = aggregate_id(Kind.SUPPLIER, command.nib)
    claim = Claim(
        claim_id=new_claim_id(),
        nib=command.nib,
        supplier_id=supplier_id,
        kind=ClaimKind.NEW,
        submitted=command.model_dump(mode="json"),
        created_at=now or datetime.now(UTC),
        address=address,
    )
    await claims.add(claim)
    result = await upsert_supplier(repository, command, verified=False, claim_id=claim.claim_id, only_if_absent=True)
    if result.created:
        on_change(Kind.SUPPLIER.collection, [supplier_id])
    else:
        current = await repository.get(Kind.SUPPLIER, supplier_id) or {}
        claim = replace(
            claim,
            kind=ClaimKind.COMPETING,
            email_matches_record=email_matches(command.email, current.get("email")),
        )
        await claims.save(claim)
    security_event(
        "supplier_claimed", actor=None, address=address, nib=command.nib, supplier_id=supplier_id,
        claim_id=claim.claim_id, kind=claim.kind.value,
    )  # fmt: skip
    return ClaimResult(claim, owns_supplier=result.created)


async def verify_claim(
    repository: RegistryRepository, claims: ClaimStore, claim_id: str, *, actor: str, on_change: OnChange
) -> Claim:
    """The operator confirmed the claimant holds the NIB: the claim's details become the supplier's, the
    supplier is verified and the claim owns it (a previous owner's web session no longer may edit)."""
    claim = await _claim(claims, claim_id)
    decided = decide(claim, verify=True, actor=actor, at=datetime.now(UTC))
    before = await repository.get(Kind.SUPPLIER, claim.supplier_id) or {}
    command = UpsertSupplier.model_validate(claim.submitted)
    result = await upsert_supplier(repository, command, verified=True, claim_id=claim.claim_id)
    if result.changed:
        on_change(Kind.SUPPLIER.collection, [claim.supplier_id])
    await claims.save(decided)
    security_event(
        "supplier_claim_verified", actor=actor, nib=claim.nib, supplier_id=claim.supplier_id,
        claim_id=claim.claim_id, previous_owner_claim=before.get("claim_id"), was_verified=before.get("verified"),
    )  # fmt: skip
    return decided


async def reject_claim(
    repository: RegistryRepository, claims: ClaimStore, claim_id: str, *, actor: str, reason: str, on_change: OnChange
) -> Claim:
    """The claim is refused. If it owned an unverified supplier, the supplier stays unverified and its edit
    session ends (nobody owns it until an operator verifies another claim)."""
    claim = await _claim(claims, claim_id)
    decided = decide(claim, verify=False, actor=actor, at=datetime.now(UTC), reason=reason)
    current = await repository.get(Kind.SUPPLIER, claim.supplier_id)
    if current is not None and current.get("claim_id") == claim.claim_id:
        command = UpsertSupplier.model_validate(
            {name: current[name] for name in UpsertSupplier.model_fields if name in current}
        )
        result = await upsert_supplier(repository, command, verified=bool(current.get("verified")), claim_id=None)
        if result.changed:
            on_change(Kind.SUPPLIER.collection, [claim.supplier_id])
    await claims.save(decided)
    security_event(
        "supplier_claim_rejected", actor=actor, nib=claim.nib, supplier_id=claim.supplier_id,
        claim_id=claim.claim_id, reason=reason,
    )  # fmt: skip
    return decided


async def _claim(claims: ClaimStore, claim_id: str) -> Claim:
    claim = await claims.get(claim_id)
    if claim is None:
        raise UnknownClaim(claim_id)
    return claim
