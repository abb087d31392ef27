from __future__ import annotations

from datetime import datetime
from typing import Any

from padan.registry.adapters.repository import RegistryRepository
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.registry.domain.commands import UpsertNeed
from padan.registry.handlers.upsert import Prepared, UpsertResult, apply_upsert
from padan.shared.events import NeedUpserted


def prepare_need(command: UpsertNeed) -> Prepared:
    """A RUP package; its buyer is the satker named by the package (registered or not yet)."""
    need_id = aggregate_id(Kind.NEED, command.kode_rup)
    fields = {**command.model_dump(mode="json"), "buyer_id": aggregate_id(Kind.BUYER, command.satker_code)}

    def build(state: dict[str, Any], version: int, now: datetime) -> NeedUpserted:
        return NeedUpserted.model_validate({**state, "need_id": need_id, "version": version, "occurred_at": now})

    return Prepared(Kind.NEED, need_id, fields, build)


async def upsert_need(repository: RegistryRepository, command: UpsertNeed) -> UpsertResult:
    return await apply_upsert(repository, prepare_need(command))
