"""The operators' queue of claims on NIBs (/api/v1/claims): list, read, verify, reject. Operators only:
a claim holds the claimant's contact details and address."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, ConfigDict, Field

from padan.registry.adapters.claims_repository import ClaimStore
from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.claims import Claim, ClaimError, ClaimStatus
from padan.registry.entrypoints.auth import Guards, Principal
from padan.registry.handlers.claims import OnChange, UnknownClaim, reject_claim, verify_claim


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=500, description="Alasan penolakan")


def claim_json(claim: Claim) -> dict[str, Any]:
    return {**asdict(claim), "kind": claim.kind.value, "status": claim.status.value}


def build_claims_router(
    repository: RegistryRepository, claims: ClaimStore, guards: Guards, on_change: OnChange
) -> APIRouter:
    router = APIRouter(prefix="/api/v1/claims", tags=["claims"])
    operator = guards.operator

    @router.get("", summary="Antrean klaim NIB / the claims queue")
    async def list_claims(
        claim_status: ClaimStatus | None = Query(ClaimStatus.PENDING, alias="status"),
        nib: str | None = Query(None, pattern=r"^\d{13}$"),
        limit: int = Query(100, ge=1, le=500),
        _: Principal = operator,
    ) -> dict[str, Any]:
        return {"items": [claim_json(c) for c in await claims.find(claim_status, nib, limit)]}

    @router.get("/{claim_id}", summary="Satu klaim / one claim")
    async def get_claim(claim_id: str, _: Principal = operator) -> dict[str, Any]:
        claim = await claims.get(claim_id)
        if claim is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Klaim tidak ditemukan / claim not found")
        return claim_json(claim)

    @router.post("/{claim_id}/verify", summary="Verifikasi / verify")
    async def verify(claim_id: str, principal: Principal = operator) -> dict[str, Any]:
        """The claimant holds the NIB (checked against OSS): the supplier takes the claim's details, is
        verified, and the claim owns it."""
        try:
            return claim_json(
                await verify_claim(repository, claims, claim_id, actor=principal.subject, on_change=on_change)
            )
        except UnknownClaim as exc:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Klaim tidak ditemukan / claim not found") from exc
        except ClaimError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc

    @router.post("/{claim_id}/reject", summary="Tolak / reject")
    async def reject(claim_id: str, body: RejectIn, principal: Principal = operator) -> dict[str, Any]:
        try:
            decided = await reject_claim(
                repository, claims, claim_id, actor=principal.subject, reason=body.reason, on_change=on_change
            )
        except UnknownClaim as exc:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Klaim tidak ditemukan / claim not found") from exc
        except ClaimError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc
        return claim_json(decided)

    return router
