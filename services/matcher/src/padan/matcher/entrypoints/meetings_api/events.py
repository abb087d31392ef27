"""The event: created or changed by an operator, read by anyone; its schedule planned by an operator and
its agenda read by anyone (a meeting's value and note only by its sides and operators)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Query, Request, status

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.views import agenda_rows, for_participant, for_table
from padan.matcher.entrypoints.agenda_deps import AgendaDep, Operator
from padan.matcher.entrypoints.meetings_api.views import PREFIX, meeting_view
from padan.matcher.handlers.agenda.common import load_event
from padan.matcher.handlers.agenda.manage_event import save_event
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import principal_from_request
from padan.shared.vocabulary import Side

router = APIRouter(prefix=PREFIX)


class PlanMode(StrEnum):
    FULL = "full"
    INCREMENTAL = "incremental"


@router.post("", status_code=status.HTTP_201_CREATED)
async def put_event(agenda: AgendaDep, event: MatchingEvent, _: Operator) -> dict[str, Any]:
    saved = await save_event(agenda.repository, event)
    return {**saved.model_dump(mode="json"), "slots": len(saved.slots())}


@router.get("/{event_id}")
async def get_event(agenda: AgendaDep, event_id: str) -> dict[str, Any]:
    event = await load_event(agenda.repository, event_id)
    slots = [{"slot": s.index, "day": s.day + 1, "starts_at": s.starts_at, "ends_at": s.ends_at} for s in event.slots()]
    return {**event.model_dump(mode="json"), "slots": slots}


@router.post("/{event_id}/schedule")
async def plan(
    agenda: AgendaDep,
    event_id: str,
    _: Operator,
    *,
    mode: PlanMode = PlanMode.FULL,
    time_limit: float = Query(10.0, gt=0, le=300),
) -> dict[str, Any]:
    report = await schedule_event(
        agenda.repository,
        event_id,
        incremental=mode is PlanMode.INCREMENTAL,
        now=datetime.now(UTC),
        time_limit=time_limit,
    )
    return asdict(report)


@router.get("/{event_id}/agenda")
async def agenda(
    ctx: AgendaDep,
    event_id: str,
    request: Request,
    *,
    side: Side | None = None,
    party_id: str | None = None,
    table: int | None = None,
) -> dict[str, Any]:
    event = await load_event(ctx.repository, event_id)
    viewer = principal_from_request(request, ctx.auth)
    meetings = await ctx.repository.list_meetings(event_id)
    names = ctx.names.of(await ctx.repository.list_participants(event_id), meetings)
    rows = agenda_rows(event, meetings, names)
    if side is not None and party_id is not None:
        rows = for_participant(rows, side, party_id)
    if table is not None:
        rows = for_table(rows, table)
    slots = event.slots()
    return {
        "items": [
            {
                **meeting_view(row.meeting, slots, viewer),
                "supplier_name": row.supplier_name,
                "buyer_name": row.buyer_name,
            }
            for row in rows
        ]
    }
