"""The two sides act on matches and deals (/api/v1/matches/{id}/..., /api/v1/deals).

Deals are readable by anyone, but a deal's value (and a cancellation's reason) stays with its two parties
and operators until the contract is signed: a contract's value is public procurement information, a
negotiated price before it is not (docs/security.md)."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from padan.matcher.domain.lifecycle import LifecycleError
from padan.matcher.handlers.agree_deal import agree_deal
from padan.matcher.handlers.cancel_deal import cancel_deal
from padan.matcher.handlers.decline_match import decline_match
from padan.matcher.handlers.express_interest import express_interest
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.matcher.handlers.mark_match_viewed import mark_match_viewed
from padan.matcher.handlers.record_contract import record_contract
from padan.shared.auth import AuthSettings, Principal, Role, principal_from_request, requires
from padan.shared.events import DealChanged, MatchChanged
from padan.shared.http import query_filters
from padan.shared.vocabulary import DealStatus, Side

T = TypeVar("T")
_PARTIES = (Role.SUPPLIER, Role.BUYER)


class SideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    side: Side | None = Field(default=None, description="Only for operators: the side they act for")


class DealIn(SideIn):
    value_idr: int = Field(gt=0, le=10**15, description="Agreed value in Rupiah")


class ContractIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value_idr: int = Field(gt=0, le=10**15, description="Contract value in Rupiah")
    contract_date: date
    contract_number: str | None = Field(default=None, min_length=1, max_length=100)
    order_number: str | None = Field(default=None, min_length=1, max_length=100, description="Nomor pesanan")

    @model_validator(mode="after")
    def _one_number(self) -> ContractIn:
        if not (self.contract_number or self.order_number):
            raise ValueError("isi nomor kontrak atau nomor pesanan e-purchasing")
        return self


class CancelIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=500, description="Alasan pembatalan")


def install_lifecycle_errors(app: FastAPI) -> None:
    @app.exception_handler(LifecycleError)
    async def conflict(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, LifecycleError)
        return JSONResponse(
            status_code=status.HTTP_409_CONFLICT,
            content={"detail": str(exc), "message_id": exc.message_id, "message_en": exc.message_en},
        )


async def _run(call: Awaitable[T]) -> T:
    try:
        return await call
    except NotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"Tidak ditemukan / not found: {exc}") from exc
    except NotAllowed as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"Tidak berhak / not allowed: {exc}") from exc


def build_lifecycle_router(context: LifecycleContext, auth: AuthSettings) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["lifecycle"])
    party = requires(auth, *_PARTIES)
    buyer = requires(auth, Role.BUYER)

    @router.post("/matches/{match_id}/view", summary="Tandai dilihat / mark viewed")
    async def view(match_id: str, body: SideIn | None = None, principal: Principal = party) -> dict[str, Any]:
        side = body.side if body else None
        return _match(await _run(mark_match_viewed(context, principal, match_id, side)))

    @router.post("/matches/{match_id}/interest", summary="Nyatakan minat / express interest")
    async def interest(match_id: str, body: SideIn | None = None, principal: Principal = party) -> dict[str, Any]:
        side = body.side if body else None
        return _match(await _run(express_interest(context, principal, match_id, side)))

    @router.post("/matches/{match_id}/decline", summary="Tolak / decline")
    async def decline(match_id: str, body: SideIn | None = None, principal: Principal = party) -> dict[str, Any]:
        side = body.side if body else None
        return _match(await _run(decline_match(context, principal, match_id, side)))

    @router.post("/matches/{match_id}/deal", summary="Sepakati / agree a deal")
    async def deal(match_id: str, body: DealIn, principal: Principal = party) -> dict[str, Any]:
        return _deal(await _run(agree_deal(context, principal, match_id, body.value_idr, body.side)))

    @router.post("/deals/{deal_id}/contract", summary="Catat kontrak / record the contract")
    async def contract(deal_id: str, body: ContractIn, principal: Principal = buyer) -> dict[str, Any]:
        return _deal(
            await _run(
                record_contract(
                    context,
                    principal,
                    deal_id,
                    value_idr=body.value_idr,
                    contract_date=body.contract_date,
                    contract_number=body.contract_number,
                    order_number=body.order_number,
                )
            )
        )

    @router.post("/deals/{deal_id}/cancel", summary="Batalkan / cancel")
    async def cancel(deal_id: str, body: CancelIn, principal: Principal = party) -> dict[str, Any]:
        return _deal(await _run(cancel_deal(context, principal, deal_id, body.reason)))

    @router.get("/deals", summary="Daftar kesepakatan / list deals")
    async def list_deals(
        request: Request,
        *,
        supplier_id: str | None = None,
        buyer_id: str | None = None,
        need_id: str | None = None,
        deal_status: Annotated[DealStatus | None, Query(alias="status")] = None,
        limit: int = Query(50, ge=1, le=500),
    ) -> dict[str, Any]:
        filters = query_filters(supplier_id=supplier_id, buyer_id=buyer_id, need_id=need_id, status=deal_status)
        viewer = principal_from_request(request, auth)
        return {"items": [deal_view(deal, viewer) for deal in await context.deals.find_deals(filters, limit)]}

    @router.get("/deals/{deal_id}", summary="Satu kesepakatan / one deal")
    async def get_deal(deal_id: str, request: Request) -> dict[str, Any]:
        deal = await context.deals.get_deal(deal_id)
        if deal is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Kesepakatan tidak ditemukan / deal not found")
        return deal_view(deal, principal_from_request(request, auth))

    return router


def _match(match: MatchChanged) -> dict[str, Any]:
    return match.model_dump(mode="json")


def _deal(deal: DealChanged) -> dict[str, Any]:
    return deal.model_dump(mode="json")


PRIVATE_UNTIL_CONTRACT = ("value_idr", "cancel_reason")


def is_party(deal: DealChanged, viewer: Principal | None) -> bool:
    """One of the deal's two sides, or an operator."""
    return viewer is not None and (
        viewer.owns(Role.SUPPLIER, deal.supplier_id) or viewer.owns(Role.BUYER, deal.buyer_id)
    )


def value_visible(deal: DealChanged, viewer: Principal | None) -> bool:
    return deal.status is DealStatus.CONTRACTED or is_party(deal, viewer)


def deal_view(deal: DealChanged, viewer: Principal | None) -> dict[str, Any]:
    """The deal as `viewer` may read it: before a contract, its value and a cancellation's reason only for
    its parties and operators (null for others)."""
    view = _deal(deal)
    if not value_visible(deal, viewer):
        view.update(dict.fromkeys(PRIVATE_UNTIL_CONTRACT))
    return view
