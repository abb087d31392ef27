"""Bring a need's or a supplier's contribution to the dashboard totals in line with its document.

Called after every event that touches the need or supplier, including a redelivered one whose effect was
already stored: the tally writes are assignments, so doing them again is harmless, and doing them always
repairs a crash between the document write and the tally writes.

Order when a need moves to another cell (its year, kab/kota, buyer or group changed): the document is
written first with the old cell listed in `stale_cells`, then the member is taken out of the old cell and
put in the new one, then `stale_cells` is cleared. A crash anywhere in between is repaired by the next
settle of that need.

Folding a batch (BatchStore), a need or supplier is settled once, at the end of the batch, from what all the
batch's events made of it (`settle_unsettled`); the store then writes the cells before the documents.
"""

from __future__ import annotations

from padan.reporting.adapters.batch_store import BatchStore
from padan.reporting.adapters.store import Document, Documents
from padan.reporting.adapters.tally import Tally
from padan.reporting.domain.cells import need_cell, supplier_cell
from padan.reporting.domain.funnel import NEED_FIELDS, SUPPLIER_FIELDS, need_stage, need_vector, supplier_vector
from padan.reporting.domain.product_groups import classify

NEED_CELLS = "need_cells"
SUPPLIER_CELLS = "supplier_cells"


async def settle_need(store: Documents, need: Document) -> None:
    """Store `need` (already changed by the caller) and settle its cell (at the end of a batch)."""
    if isinstance(store, BatchStore):
        await store.put("needs", need)
        store.unsettled[("needs", need["_id"])] = None
        return
    await _settle_need_now(store, need)


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


async def settle_supplier(store: Documents, supplier: Document) -> None:
    """Store `supplier` (already changed by the caller) and settle its cell, its kab/kota (at the end of a batch)."""
    if isinstance(store, BatchStore):
        await store.put("suppliers", supplier)
        store.unsettled[("suppliers", supplier["_id"])] = None
        return
    await _settle_supplier_now(store, supplier)


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


async def settle_unsettled(store: BatchStore) -> None:
    """Settle every need and supplier the batch's events touched, once each."""
    for collection, doc_id in list(store.unsettled):
        document = await store.get(collection, doc_id)
        assert document is not None  # put by settle_need / settle_supplier in this batch
        await (_settle_need_now if collection == "needs" else _settle_supplier_now)(store, document)
    store.unsettled.clear()
