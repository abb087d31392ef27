from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertProduct
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import ProductUpserted


class UnknownSupplier(LookupError):
    """A product names a supplier NIB that is not registered."""


def prepare_product(command: UpsertProduct) -> Prepared:
    supplier_id = aggregate_id(Kind.SUPPLIER, command.supplier_nib)
    product_id = aggregate_id(Kind.PRODUCT, f"{command.supplier_nib}/{command.sku}")
    fields = {**command.model_dump(mode="json"), "supplier_id": supplier_id}

    def build(state: dict[str, Any], version: int, now: datetime) -> ProductUpserted:
        return ProductUpserted.model_validate(
            {**state, "product_id": product_id, "version": version, "occurred_at": now}
        )

    return Prepared(Kind.PRODUCT, product_id, fields, build)


async def upsert_product(repository: RegistryRepository, command: UpsertProduct) -> UpsertResult:
    if await repository.get(Kind.SUPPLIER, aggregate_id(Kind.SUPPLIER, command.supplier_nib)) is None:
        raise UnknownSupplier(command.supplier_nib)
    return await apply_upsert(repository, prepare_product(command))
