"""registry.suppliers.v1 / registry.buyers.v1: the notifier's own directory of who can be reached where."""

from __future__ import annotations

from padan.notifier.adapters.repository import MongoNotifierRepository
from padan.shared.events import BuyerUpserted, SupplierUpserted


async def supplier_upserted(repository: MongoNotifierRepository, event: SupplierUpserted) -> None:
    await repository.remember_contact(event.supplier_id, event.email, event.version)


async def buyer_upserted(repository: MongoNotifierRepository, event: BuyerUpserted) -> None:
    await repository.remember_contact(event.buyer_id, event.email, event.version)
