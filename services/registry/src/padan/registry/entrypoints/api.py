"""JSON API of the registry (/api/v1). Writes are idempotent upserts by natural key.

Reads are public for business facts; contact details (a supplier's e-mail, phone, address and contact
person, a buyer's e-mail) only for the party itself and operators (docs/security.md)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query, Request, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind
from padan.registry.domain.commands import UpsertBuyer, UpsertNeed, UpsertProduct, UpsertSupplier
from padan.registry.entrypoints.auth import Guards, Principal, Role, acts_for, forbidden
from padan.registry.handlers.upsert import UpsertResult
from padan.registry.handlers.upsert_buyer import upsert_buyer
from padan.registry.handlers.upsert_need import upsert_need
from padan.registry.handlers.upsert_product import UnknownSupplier, upsert_product
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared.auth import principal_from_request


class UpsertResponse(BaseModel):
    id: str
    version: int
    created: bool
    changed: bool


def _response(result: UpsertResult) -> UpsertResponse:
    return UpsertResponse(
        id=result.aggregate_id, version=result.version, created=result.created, changed=result.changed
    )


def build_router(
    repository: RegistryRepository, guards: Guards, on_change: Callable[[str, Sequence[str]], None]
) -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["registry"])
    supplier, buyer = guards.supplier, guards.buyer

    async def run(kind: Kind, action: Awaitable[UpsertResult]) -> UpsertResponse:
        result = await action
        if result.changed:
            on_change(kind.collection, [result.aggregate_id])
        return _response(result)

    @router.post("/suppliers", response_model=UpsertResponse)
    async def put_supplier(command: UpsertSupplier, principal: Principal = supplier) -> UpsertResponse:
        """An operator vouches for a supplier it creates (verified); a supplier changing its own profile
        keeps its verification state."""
        if not acts_for(principal, Kind.SUPPLIER, command.nib):
            raise forbidden()
        verified_if_new = principal.role is Role.OPERATOR
        return await run(Kind.SUPPLIER, upsert_supplier(repository, command, verified_if_new=verified_if_new))

    @router.post("/products", response_model=UpsertResponse)
    async def put_product(command: UpsertProduct, principal: Principal = supplier) -> UpsertResponse:
        if not acts_for(principal, Kind.SUPPLIER, command.supplier_nib):
            raise forbidden()
        try:
            return await run(Kind.PRODUCT, upsert_product(repository, command))
        except UnknownSupplier as exc:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_ENTITY,
                detail=f"Penyedia dengan NIB {exc} belum terdaftar / supplier not registered",
            ) from exc

    @router.post("/buyers", response_model=UpsertResponse)
    async def put_buyer(command: UpsertBuyer, principal: Principal = buyer) -> UpsertResponse:
        if not acts_for(principal, Kind.BUYER, command.satker_code):
            raise forbidden()
        return await run(Kind.BUYER, upsert_buyer(repository, command))

    @router.post("/needs", response_model=UpsertResponse)
    async def put_need(command: UpsertNeed, principal: Principal = buyer) -> UpsertResponse:
        if not acts_for(principal, Kind.BUYER, command.satker_code):
            raise forbidden()
        return await run(Kind.NEED, upsert_need(repository, command))

    commands: dict[Kind, tuple[type[Any], Callable[[Any], Awaitable[UpsertResponse]], str, Role]] = {
        Kind.SUPPLIER: (UpsertSupplier, put_supplier, "nib", Role.SUPPLIER),
        Kind.PRODUCT: (UpsertProduct, put_product, "supplier_nib", Role.SUPPLIER),
        Kind.BUYER: (UpsertBuyer, put_buyer, "satker_code", Role.BUYER),
        Kind.NEED: (UpsertNeed, put_need, "satker_code", Role.BUYER),
    }
    for kind, (model, put, _owner, role) in commands.items():
        _add_update(router, repository, guards.for_role(role), kind, (model, put))
    for kind in Kind:
        _add_reads(router, repository, kind, guards)
    return router


def _add_update(
    router: APIRouter,
    repository: RegistryRepository,
    guard: Any,
    kind: Kind,
    command: tuple[type[Any], Callable[..., Awaitable[UpsertResponse]]],
) -> None:
    """PATCH /{kind}s/{id}: change some fields of a stored aggregate; its natural key cannot change."""
    model, put = command
    example = Body(..., examples=[{"name": "Nama baru"}])

    async def update(
        aggregate_id: str,
        changes: dict[str, Any] = example,
        principal: Principal = guard,
    ) -> UpsertResponse:
        document = await repository.get(kind, aggregate_id)
        if document is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Data tidak ditemukan / not found")
        current = {name: document[name] for name in model.model_fields if name in document}
        keys = {name for name in changes if name in current and changes[name] != current[name]}
        natural = {"nib", "supplier_nib", "sku", "satker_code", "kode_rup"} & keys
        if natural:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_ENTITY,
                detail=f"Kunci alami tidak dapat diubah / natural key cannot change: {', '.join(sorted(natural))}",
            )
        try:
            command = model.model_validate({**current, **changes})
        except ValidationError as exc:
            raise RequestValidationError(exc.errors()) from exc
        return await put(command, principal)

    router.add_api_route(
        f"/{kind.collection}/{{aggregate_id}}",
        update,
        methods=["PATCH"],
        response_model=UpsertResponse,
        name=f"update_{kind.value}",
    )


FILTERS: dict[Kind, tuple[str, ...]] = {
    Kind.SUPPLIER: ("region_code", "scale", "nib"),
    Kind.PRODUCT: ("supplier_id", "supplier_nib", "category"),
    Kind.BUYER: ("region_code", "kind", "satker_code"),
    Kind.NEED: ("satker_code", "region_code", "procurement_method", "buyer_id"),
    Kind.REALISATION: ("kode_rup", "need_id", "supplier_id", "dataset", "method"),
}


def _add_reads(router: APIRouter, repository: RegistryRepository, kind: Kind, guards: Guards) -> None:
    async def get_one(aggregate_id: str, request: Request) -> dict[str, Any]:
        document = await repository.get(kind, aggregate_id)
        if document is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Data tidak ditemukan / not found")
        return _public(kind, document, principal_from_request(request, guards.settings))

    async def list_all(
        request: Request,
        offset: int = Query(0, ge=0),
        limit: int = Query(50, ge=1, le=500),
        q: str | None = Query(None, max_length=100, description="Cari kata dalam nama/uraian / text search"),
    ) -> dict[str, Any]:
        principal = principal_from_request(request, guards.settings)
        equals = {
            name: value[:100]
            for name in FILTERS[kind]
            if (value := request.query_params.get(name)) is not None and value != ""
        }
        items = await repository.list_page(kind, offset, limit, text=q or None, equals=equals)
        return {"items": [_public(kind, item, principal) for item in items], "offset": offset, "limit": limit}

    list_all.__doc__ = (
        f"List {kind.collection} by id, with `q` text search and exact filters: {', '.join(FILTERS[kind])}. "
        "Contact details only for the party itself and operators."
    )
    router.add_api_route(f"/{kind.collection}/{{aggregate_id}}", get_one, methods=["GET"], name=f"get_{kind.value}")
    router.add_api_route(f"/{kind.collection}", list_all, methods=["GET"], name=f"list_{kind.collection}")


CONTACT_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.SUPPLIER: ("email", "phone", "address", "contact_name"),
    Kind.BUYER: ("email",),
    # A recorded purchase's winner is often a person (a shop owner): the NPWP is for operators.
    Kind.REALISATION: ("supplier_npwp",),
}
"""Personal data: shown only to the party itself and to operators."""
_INTERNAL = frozenset({"outbox", "outbox_pending", "outbox_seq", "claim_id"})


def may_see_contacts(kind: Kind, document: dict[str, Any], principal: Principal | None) -> bool:
    if principal is None:
        return False
    role = Role.SUPPLIER if kind is Kind.SUPPLIER else Role.BUYER
    return principal.owns(role, str(document["_id"]))


def _public(kind: Kind, document: dict[str, Any], principal: Principal | None) -> dict[str, Any]:
    hidden = set(_INTERNAL)
    if not may_see_contacts(kind, document, principal):
        hidden.update(CONTACT_FIELDS.get(kind, ()))
    result = {key: value for key, value in document.items() if key not in hidden}
    result["id"] = result.pop("_id")
    return result
