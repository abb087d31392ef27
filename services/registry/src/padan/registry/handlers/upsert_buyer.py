from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertBuyer
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import BuyerUpserted


def prepare_buyer(command: UpsertBuyer) -> Prepared:
    buyer_id = aggregate_id(Kind.BUYER, command.satker_code)

    def build(state: dict[str, Any], version: int, now: datetime) -> BuyerUpserted:
        return BuyerUpserted.model_validate({**state, "buyer_id": buyer_id, "version": version, "occurred_at": now})

    return Prepared(Kind.BUYER, buyer_id, command.model_dump(mode="json"), build)


async def upsert_buyer(repository: RegistryRepository, command: UpsertBuyer) -> UpsertResult:
    return await apply_upsert(repository, prepare_buyer(command))
