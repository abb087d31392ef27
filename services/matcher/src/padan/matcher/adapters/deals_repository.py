"""Deals in the matcher's own store, each with its outbox (events on deals.v1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase

from padan.matcher.adapters.repository import SOURCE
from padan.shared.events import DealChanged
from padan.shared.outbox import pending_event, with_outbox

REALISED = "realised"
"""The realisations a deal was contracted from (padan.matcher.domain.realisation.Realised), beside its state."""
_INTERNAL = {"outbox": 0, "outbox_pending": 0, "outbox_seq": 0, REALISED: 0}


class DealRepository(Protocol):
    async def get_deal(self, deal_id: str) -> DealChanged | None: ...
    async def save_deal_change(
        self, deal: DealChanged, realised: Mapping[str, Mapping[str, Any]] | None = None
    ) -> None: ...
    async def get_realised(self, deal_id: str) -> tuple[DealChanged, dict[str, dict[str, Any]]] | None: ...
    async def save_realised(self, deal_id: str, realised: Mapping[str, Mapping[str, Any]]) -> None: ...
    async def find_deals(self, filters: dict[str, str], limit: int) -> list[DealChanged]: ...


class MongoDealRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]]) -> None:
        self._db = db

    async def ensure_indexes(self) -> None:
        await self._db.deals.create_index("supplier_id")
        await self._db.deals.create_index("buyer_id")

    async def get_deal(self, deal_id: str) -> DealChanged | None:
        document = await self._db.deals.find_one({"_id": deal_id}, _INTERNAL)
        return _deal(document) if document else None

    async def save_deal_change(
        self, deal: DealChanged, realised: Mapping[str, Mapping[str, Any]] | None = None
    ) -> None:
        """State, event and (when given) the realisations behind it in one write."""
        fields = deal.model_dump(mode="json", exclude={"deal_id"})
        if realised is not None:
            fields[REALISED] = {key: dict(value) for key, value in realised.items()}
        update = with_outbox({"$set": fields}, [pending_event(deal, source=SOURCE)])
        await self._db.deals.update_one({"_id": deal.deal_id}, update, upsert=True)

    async def get_realised(self, deal_id: str) -> tuple[DealChanged, dict[str, dict[str, Any]]] | None:
        document = await self._db.deals.find_one({"_id": deal_id}, {"outbox": 0, "outbox_pending": 0, "outbox_seq": 0})
        if document is None:
            return None
        return _deal(document), dict(document.get(REALISED) or {})

    async def save_realised(self, deal_id: str, realised: Mapping[str, Mapping[str, Any]]) -> None:
        """The realisations alone, for a change that leaves the deal's state as it is (no event)."""
        value = {key: dict(entry) for key, entry in realised.items()}
        await self._db.deals.update_one({"_id": deal_id}, {"$set": {REALISED: value}})

    async def find_deals(self, filters: dict[str, str], limit: int) -> list[DealChanged]:
        cursor = self._db.deals.find(filters, _INTERNAL).sort("occurred_at", -1).limit(limit)
        return [_deal(document) async for document in cursor]


def _deal(document: dict[str, Any]) -> DealChanged:
    return DealChanged.model_validate({**document, "deal_id": document["_id"]})
