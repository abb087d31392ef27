"""JSON API of the registry (/api/v1). Writes are idempotent upserts by natural key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.commands import UpsertBuyer, UpsertNeed, UpsertProduct, UpsertSupplier
from padan.registry.handlers.upsert import UpsertResult
from padan.registry.handlers.upsert_buyer import upsert_buyer
from padan.registry.handlers.upsert_need import upsert_need
from padan.registry.handlers.upsert_product import UnknownSupplier, upsert_product
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared.auth import AuthSettings, Principal, Role, forbidden, requires


class UpsertResponse(BaseModel):
    id: str
    version: int
    created: bool
    changed: bool


def _response(result: UpsertResult) -> UpsertResponse:
    return UpsertResponse(
        id=result.aggregate_id, version=result.version, created=result.created, changed=result.changed
    )


def build_router(repository: RegistryRepository, auth: AuthSettings, on_change: Callable[[], None]) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["registry"])

    async def run(action: Awaitable[UpsertResult]) -> UpsertResponse:
        result = await action
        if result.changed:
            on_change()
        return _response(result)

    @router.post("/suppliers", response_model=UpsertResponse)
    async def put_supplier(
        command: UpsertSupplier, principal: Principal = requires(auth, Role.SUPPLIER)
    ) -> UpsertResponse:
        if principal.role is Role.SUPPLIER and principal.organisation_id != command.nib:
            raise forbidden()
        return await run(upsert_supplier(repository, command))

    @router.post("/products", response_model=UpsertResponse)
    async def put_product(
        command: UpsertProduct, principal: Principal = requires(auth, Role.SUPPLIER)
    ) -> UpsertResponse:
        if principal.role is Role.SUPPLIER and principal.organisation_id != command.supplier_nib:
            raise forbidden()
        try:
            return await run(upsert_product(repository, command))
        except UnknownSupplier as exc:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_ENTITY,
                detail=f"Penyedia dengan NIB {exc} belum terdaftar / supplier not registered",
            ) from exc

    @router.post("/buyers", response_model=UpsertResponse)
    async def put_buyer(command: UpsertBuyer, principal: Principal = requires(auth, Role.BUYER)) -> UpsertResponse:
        if principal.role is Role.BUYER and principal.organisation_id != command.satker_code:
            raise forbidden()
        return await run(upsert_buyer(repository, command))

    @router.post("/needs", response_model=UpsertResponse)
    async def put_need(command: UpsertNeed, principal: Principal = requires(auth, Role.BUYER)) -> UpsertResponse:
        if principal.role is Role.BUYER and principal.organisation_id != command.satker_code:
            raise forbidden()
        return await run(upsert_need(repository, command))

    for kind in Kind:
        _add_reads(router, repository, kind)
    return router


def _add_reads(router: APIRouter, repository: RegistryRepository, kind: Kind) -> None:
    async def get_one(aggregate_id: str) -> dict[str, Any]:
        document = await repository.get(kind, aggregate_id)
        if document is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Data tidak ditemukan / not found")
        return _public(document)

    async def list_all(offset: int = Query(0, ge=0), limit: int = Query(50, ge=1, le=500)) -> dict[str, Any]:
        items = await repository.list_page(kind, offset, limit)
        return {"items": [_public(item) for item in items], "offset": offset, "limit": limit}

    router.add_api_route(f"/{kind.collection}/{{aggregate_id}}", get_one, methods=["GET"], name=f"get_{kind.value}")
    router.add_api_route(f"/{kind.collection}", list_all, methods=["GET"], name=f"list_{kind.collection}")


def _public(document: dict[str, Any]) -> dict[str, Any]:
    hidden = {"outbox", "outbox_pending", "outbox_seq"}
    result = {key: value for key, value in document.items() if key not in hidden}
    result["id"] = result.pop("_id")
    return result
