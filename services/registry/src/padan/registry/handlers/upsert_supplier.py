from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertSupplier
from padan.registry.domain.datasets import CatalogSupplier
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import SupplierUpserted


def _builder(supplier_id: str) -> Any:
    def build(state: dict[str, Any], version: int, now: datetime) -> SupplierUpserted:
        return SupplierUpserted.model_validate(
            {**state, "supplier_id": supplier_id, "version": version, "occurred_at": now}
        )

    return build


def prepare_supplier(command: UpsertSupplier) -> Prepared:
    """A supplier registering itself: its id comes from its NIB."""
    supplier_id = aggregate_id(Kind.SUPPLIER, command.nib)
    return Prepared(Kind.SUPPLIER, supplier_id, command.model_dump(mode="json"), _builder(supplier_id))


def prepare_catalog_supplier(supplier: CatalogSupplier, supplier_id: str) -> Prepared:
    """A supplier as e-katalog lists it, under the id its identities resolved to (see
    padan.registry.domain.references.SupplierDirectory). `source` marks it as made from the catalog: a
    supplier that registers itself later keeps its own data."""
    fields = {
        "nib": supplier.nib or "", "name": supplier.name, "kbli": supplier.kbli, "region_code": supplier.region_code,
        "address": supplier.address, "scale": supplier.scale.value, "scale_known": supplier.scale_known,
        "is_cooperative": supplier.is_cooperative, "contact_name": "", "email": supplier.email,
        "phone": supplier.phone, "ekatalog_vendor_id": supplier.ekatalog_vendor_id, "certificates": [],
        "npwp": supplier.npwp, "source": "ekatalog",
    }  # fmt: skip
    return Prepared(Kind.SUPPLIER, supplier_id, fields, _builder(supplier_id))


async def upsert_supplier(repository: RegistryRepository, command: UpsertSupplier) -> UpsertResult:
    return await apply_upsert(repository, prepare_supplier(command))
