"""Suppliers, products and buyers: the latest version of each (buyers give the cells their kind and name)."""

from __future__ import annotations

from padan.reporting.handlers.links import load, take_event
from padan.reporting.handlers.settle import SettlingStore, settle_supplier
from padan.shared.events import BuyerUpserted, ProductUpserted, SupplierUpserted


async def supplier_upserted(store: SettlingStore, event: SupplierUpserted) -> None:
    supplier = await load(store, "suppliers", event.supplier_id)
    take_event(supplier, event)
    await settle_supplier(store, supplier)


async def product_upserted(store: SettlingStore, event: ProductUpserted) -> None:
    product = await load(store, "products", event.product_id)
    if take_event(product, event):
        await store.put("products", product)


async def buyer_upserted(store: SettlingStore, event: BuyerUpserted) -> None:
    buyer = await load(store, "buyers", event.buyer_id)
    if take_event(buyer, event):
        await store.put("buyers", buyer)
