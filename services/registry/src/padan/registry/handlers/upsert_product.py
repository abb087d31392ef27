from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertProduct
from padan.registry.domain.datasets import CatalogProduct
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import ProductUpserted


class UnknownSupplier(LookupError):
    """A product names a supplier NIB that is not registered."""


def _builder(product_id: str) -> Any:
    def build(state: dict[str, Any], version: int, now: datetime) -> ProductUpserted:
        return ProductUpserted.model_validate(
            {**state, "product_id": product_id, "version": version, "occurred_at": now}
        )

    return build


def prepare_product(command: UpsertProduct) -> Prepared:
    supplier_id = aggregate_id(Kind.SUPPLIER, command.supplier_nib)
    product_id = aggregate_id(Kind.PRODUCT, f"{command.supplier_nib}/{command.sku}")
    fields = {**command.model_dump(mode="json"), "supplier_id": supplier_id}
    return Prepared(Kind.PRODUCT, product_id, fields, _builder(product_id))


def catalog_product_id(ekatalog_product_id: str) -> str:
    """An e-katalog product's id: from its kd_produk, unique in the catalog whoever sells it."""
    return aggregate_id(Kind.PRODUCT, f"ekatalog:{ekatalog_product_id}")


def prepare_catalog_product(product: CatalogProduct, supplier_id: str, prices: Sequence[dict[str, Any]]) -> Prepared:
    """An e-katalog product, linked to `supplier_id` (known, or reserved for its supplier's name), with
    its prices as Kemendagri-coded regional prices; `price_idr` is the lowest of them."""
    product_id = catalog_product_id(product.ekatalog_product_id)
    lowest = min((p["price_idr"] for p in prices), default=product.price_idr)
    fields = {
        "supplier_id": supplier_id, "supplier_nib": product.supplier_nib or "", "sku": product.ekatalog_product_id,
        "name": product.name, "description": product.description, "kbki_code": product.kbki_code,
        "category": product.category, "unit": product.unit, "price_idr": lowest,
        "monthly_capacity": product.monthly_capacity, "tkdn_percent": product.tkdn_percent,
        "bmp_percent": product.bmp_percent, "tkdn_certificate": product.tkdn_certificate,
        "ekatalog_product_id": product.ekatalog_product_id, "active": product.active,
        "regional_prices": list(prices), "supplier_name": product.supplier_name,
    }  # fmt: skip
    return Prepared(Kind.PRODUCT, product_id, fields, _builder(product_id))


async def upsert_product(repository: RegistryRepository, command: UpsertProduct) -> UpsertResult:
    if await repository.get(Kind.SUPPLIER, aggregate_id(Kind.SUPPLIER, command.supplier_nib)) is None:
        raise UnknownSupplier(command.supplier_nib)
    return await apply_upsert(repository, prepare_product(command))
