"""Claims on a NIB: a self-registration says "this business is ours", which the public form cannot prove.

A claim on a NIB nobody registered yet creates the supplier unverified and makes the claim its owner (the
claimant's browser session may edit it, list products, but its products are not proposed to buyers and it
cannot subscribe to webhooks). A claim on a NIB that is registered already changes nothing: it waits in the
operators' queue. An operator verifies a claim (its details become the supplier's, the supplier is
verified, and the claim owns it) or rejects it (a rejected owner loses the supplier's edit session).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any


class ClaimStatus(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    REJECTED = "rejected"


class ClaimKind(StrEnum):
    NEW = "new"  # the NIB was not registered: the claim created the (unverified) supplier
    COMPETING = "competing"  # the NIB was registered already: nothing changed, an operator decides


class ClaimError(ValueError):
    """A decision that cannot be made on this claim (already decided); the message is bilingual."""


STATUS_LABELS = {
    ClaimStatus.PENDING: "Menunggu verifikasi",
    ClaimStatus.VERIFIED: "Terverifikasi",
    ClaimStatus.REJECTED: "Ditolak",
}
KIND_LABELS = {ClaimKind.NEW: "Pendaftaran baru", ClaimKind.COMPETING: "Klaim atas NIB yang sudah terdaftar"}


@dataclass(frozen=True)
class Claim:
    claim_id: str
    nib: str
    supplier_id: str
    kind: ClaimKind
    submitted: dict[str, Any]  # the UpsertSupplier the claimant sent (JSON form)
    created_at: datetime
    status: ClaimStatus = ClaimStatus.PENDING
    address: str = ""  # where the claim came from, for the operator weighing it
    email_matches_record: bool = False  # a competing claim giving the e-mail already on record
    decided_at: datetime | None = None
    decided_by: str | None = None
    reason: str = ""

    @property
    def pending(self) -> bool:
        return self.status is ClaimStatus.PENDING


def new_claim_id() -> str:
    return f"clm-{uuid.uuid4().hex[:20]}"


def email_matches(submitted_email: str | None, recorded_email: str | None) -> bool:
    """Does a competing claim give the e-mail the registry already holds for the NIB? A hint for the operator,
    never proof (an e-mail address is no secret)."""
    return bool(submitted_email and recorded_email and submitted_email.strip().lower() == recorded_email.lower())


def decide(claim: Claim, *, verify: bool, actor: str, at: datetime, reason: str = "") -> Claim:
    if not claim.pending:
        raise ClaimError(
            f"Klaim sudah diputuskan ({STATUS_LABELS[claim.status].lower()}) / claim already {claim.status.value}"
        )
    status = ClaimStatus.VERIFIED if verify else ClaimStatus.REJECTED
    return replace(claim, status=status, decided_at=at, decided_by=actor, reason=reason)
