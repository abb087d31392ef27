"""Bring a need's or a supplier's contribution to the dashboard totals in line with its document.

Called after every event that touches the need or supplier, including a redelivered one whose effect was
already stored: the tally writes are assignments, so doing them again is harmless, and doing them always
repairs a crash between the document write and the tally writes.

Order when a need moves to another cell (its year, kab/kota, buyer or group changed): the document is
written first with the old cell listed in `stale_cells`, then the member is taken out of the old cell and
put in the new one, then `stale_cells` is cleared. A crash anywhere in between is repaired by the next
settle of that need.

A need or supplier is settled once, after its event, or at the end of a batch from what all the batch's
events made of it (`settle_unsettled`); a batch's store then writes the cells before the documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from padan.reporting.adapters.store import Document, Documents
from padan.reporting.adapters.tally import Tally
from padan.reporting.domain.cells import need_cell, supplier_cell
from padan.reporting.domain.funnel import NEED_FIELDS, SUPPLIER_FIELDS, need_stage, need_vector, supplier_vector
from padan.reporting.domain.product_groups import classify

NEED_CELLS = "need_cells"
SUPPLIER_CELLS = "supplier_cells"


@dataclass
class SettlingStore:
    """The store as the projection's handlers see it: documents by `_id`, and the packages and suppliers
    whose cells are settled once the event, or the whole batch, is applied (`settle_unsettled`)."""

    documents: Documents
    unsettled: dict[tuple[str, str], None] = field(default_factory=dict)

    async def get(self, collection: str, doc_id: str) -> Document | None:
        return await self.documents.get(collection, doc_id)

    async def put(self, collection: str, document: Document) -> None:
        await self.documents.put(collection, document)


async def settle_need(store: SettlingStore, need: Document) -> None:
    """Store `need` (already changed by the caller); its cell is settled by `settle_unsettled`."""
    await store.put("needs", need)
    store.unsettled[("needs", need["_id"])] = None


async def _settle_need_now(store: Documents, need: Document) -> None:
    if need.get("version"):
        need["group"] = classify(need.get("package_name"), need.get("specification")).value
    cell = need_cell(need)
    need["stage"] = int(need_stage(need))
    if need.get("cell") and need.get("cell") != (cell.key if cell else None):
        need.setdefault("stale_cells", []).append(need["cell"])
    need["cell"] = cell.key if cell else None
    await store.put("needs", need)
    tally = Tally(store, NEED_CELLS, NEED_FIELDS)
    for stale in need.get("stale_cells", []):
        await tally.assign(stale, need["_id"], None, {})
    if cell is not None:
        await tally.assign(cell.key, need["_id"], need_vector(need), cell.meta())
    if need.get("stale_cells"):
        need["stale_cells"] = []
        await store.put("needs", need)


async def settle_supplier(store: SettlingStore, supplier: Document) -> None:
    """Store `supplier` (already changed by the caller); its cell, its kab/kota, is settled by
    `settle_unsettled`."""
    await store.put("suppliers", supplier)
    store.unsettled[("suppliers", supplier["_id"])] = None


async def _settle_supplier_now(store: Documents, supplier: Document) -> None:
    cell = supplier_cell(supplier)
    if supplier.get("cell") and supplier.get("cell") != cell:
        supplier.setdefault("stale_cells", []).append(supplier["cell"])
    supplier["cell"] = cell
    await store.put("suppliers", supplier)
    tally = Tally(store, SUPPLIER_CELLS, SUPPLIER_FIELDS)
    for stale in supplier.get("stale_cells", []):
        await tally.assign(stale, supplier["_id"], None, {})
    if cell is not None:
        await tally.assign(cell, supplier["_id"], supplier_vector(supplier), {"region_code": cell})
    if supplier.get("stale_cells"):
        supplier["stale_cells"] = []
        await store.put("suppliers", supplier)


async def settle_unsettled(store: SettlingStore) -> None:
    """Settle every need and supplier the event or batch touched, once each."""
    for collection, doc_id in list(store.unsettled):
        document = await store.get(collection, doc_id)
        assert document is not None  # put by settle_need / settle_supplier
        await (_settle_need_now if collection == "needs" else _settle_supplier_now)(store.documents, document)
    store.unsettled.clear()
