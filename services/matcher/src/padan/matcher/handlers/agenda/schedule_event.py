"""Plan the agenda: accepted meetings to (slot, table), whole (before the event) or incrementally (after a
cancellation or a late acceptance: placed meetings stay, only free capacity ahead of `now` is planned)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from padan.matcher.adapters.meetings_repository import ConcurrentChange, MeetingsRepository
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.domain.agenda.participant import Availability, available_slots, participant_key
from padan.matcher.domain.agenda.scheduler import Placement, Problem, Request, schedule
from padan.matcher.handlers.agenda.common import load_event, write
from padan.shared.logging import get_logger
from padan.shared.vocabulary import MeetingStatus, Side

log = get_logger(__name__)
#: Happened already: their slot and table stay taken whatever the mode.
PAST = {MeetingStatus.HELD, MeetingStatus.NO_SHOW}
# One planner at a time per event in this process (the agenda API runs on one matcher replica).
_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)


@dataclass(frozen=True)
class ScheduleReport:
    method: str
    status: str
    seconds: float
    to_place: int
    placed: int
    kept: int
    value: float
    bound: float
    gap: float
    changed: int
    conflicts: int


def _request(meeting: Meeting) -> Request:
    return Request(
        meeting.meeting_id,
        participant_key(Side.SUPPLIER, meeting.supplier_id),
        participant_key(Side.BUYER, meeting.buyer_id),
        meeting.value,
    )


async def schedule_event(
    repository: MeetingsRepository,
    event_id: str,
    *,
    incremental: bool,
    now: datetime | None = None,
    time_limit: float = 10.0,
    exact: bool | None = None,
) -> ScheduleReport:
    async with _locks[event_id]:
        event = await load_event(repository, event_id)
        slots = event.slots()
        participants = [p for p in await repository.list_participants(event_id) if not p.get("withdrawn")]
        available = {
            participant_key(Side(p["side"]), p["party_id"]): available_slots(
                event, [Availability.model_validate(w) for w in p.get("available", [])], slots
            )
            for p in participants
        }
        meetings = await repository.list_meetings(event_id)
        keep = PAST | ({MeetingStatus.SCHEDULED} if incremental else set())
        fixed = {
            m.meeting_id: (_request(m), Placement(m.slot, m.table))
            for m in meetings
            if m.status in keep and m.slot is not None and m.table is not None
        }
        movable = {MeetingStatus.ACCEPTED} | (set() if incremental else {MeetingStatus.SCHEDULED})
        to_place = [m for m in meetings if m.status in movable]
        usable = frozenset(s.index for s in slots if s.starts_at > now) if incremental and now else None
        problem = Problem(len(slots), event.tables, [_request(m) for m in to_place], available, fixed, usable)
        # In a worker thread: the solvers run in C++ for seconds, the service's loop keeps serving meanwhile.
        plan = await asyncio.to_thread(schedule, problem, time_limit, exact)
        changed = conflicts = 0
        for meeting in to_place:
            place = plan.placements.get(meeting.meeting_id)
            if place is not None and (meeting.slot, meeting.table, meeting.status) != (
                place.slot,
                place.table,
                MeetingStatus.SCHEDULED,
            ):
                updated = meeting.place(place.slot, place.table)
            elif place is None and meeting.status is MeetingStatus.SCHEDULED:
                updated = meeting.unplace()
            else:
                continue
            try:
                await write(repository, event, updated)
                changed += 1
            except ConcurrentChange:  # changed meanwhile (e.g. cancelled): the next re-plan sees it
                conflicts += 1
        report = ScheduleReport(
            method=plan.method,
            status=plan.status,
            seconds=round(plan.seconds, 3),
            to_place=len(to_place),
            placed=len(plan.placements),
            kept=len(fixed),
            value=round(plan.value, 3),
            bound=round(plan.bound, 3),
            gap=round(plan.gap, 4),
            changed=changed,
            conflicts=conflicts,
        )
        log.info("agenda_planned", event_id=event_id, incremental=incremental, **report.__dict__)
        return report
