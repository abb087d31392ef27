from __future__ import annotations

from padan.reporting.handlers.links import load, take_event
from padan.reporting.handlers.settle import SettlingStore, settle_need
from padan.shared.events import NeedUpserted


async def need_upserted(store: SettlingStore, event: NeedUpserted) -> None:
    """A RUP package: its pagu is potential spend in its cell (year, kab/kota, buyer, product group)."""
    need = await load(store, "needs", event.need_id)
    take_event(need, event)
    await settle_need(store, need)
