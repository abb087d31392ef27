from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertNeed
from padan.registry.handlers.upsert import UpsertResult, apply_upsert
from padan.shared.events import NeedUpserted


async def upsert_need(repository: RegistryRepository, command: UpsertNeed) -> UpsertResult:
    """A RUP package; its buyer is the satker named by the package (registered or not yet)."""
    need_id = aggregate_id(Kind.NEED, command.kode_rup)
    fields = {**command.model_dump(mode="json"), "buyer_id": aggregate_id(Kind.BUYER, command.satker_code)}

    def build(state: dict[str, Any], version: int, now: datetime) -> NeedUpserted:
        return NeedUpserted.model_validate({**state, "need_id": need_id, "version": version, "occurred_at": now})

    return await apply_upsert(repository, Kind.NEED, need_id, fields, build)
