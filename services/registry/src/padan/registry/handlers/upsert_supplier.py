from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import SupplierUpserted


def prepare_supplier(command: UpsertSupplier) -> Prepared:
    supplier_id = aggregate_id(Kind.SUPPLIER, command.nib)

    def build(state: dict[str, Any], version: int, now: datetime) -> SupplierUpserted:
        return SupplierUpserted.model_validate(
            {**state, "supplier_id": supplier_id, "version": version, "occurred_at": now}
        )

    return Prepared(Kind.SUPPLIER, supplier_id, command.model_dump(mode="json"), build)


async def upsert_supplier(repository: RegistryRepository, command: UpsertSupplier) -> UpsertResult:
    return await apply_upsert(repository, prepare_supplier(command))
