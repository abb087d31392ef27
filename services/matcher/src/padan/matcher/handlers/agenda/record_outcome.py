"""On the day: a meeting held or missed, and its outcome.

A 'deal agreed' outcome is recorded on the meeting and published as MeetingChanged(outcome='deal_agreed',
match_id=...). That event is the boundary to the deal lifecycle (DealChanged on deals.v1, owned by the
match lifecycle): `record_outcome` returns it and hands it to every `DealAgreedHook` given, so the deal
side can be plugged in without touching the agenda.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.meeting import Outcome
from padan.matcher.handlers.agenda.common import ensure_party, load_event, load_meeting, write
from padan.shared.auth import Principal
from padan.shared.events import MeetingChanged

DealAgreedHook = Callable[[MeetingChanged], Awaitable[None]]


class RecordOutcome(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Outcome
    note: str = Field(default="", max_length=2000)


async def mark_held(
    repository: MeetingsRepository, event_id: str, meeting_id: str, principal: Principal, *, held: bool
) -> MeetingChanged:
    """Held (both came) or no-show, by the operator at the table or either party."""
    event = await load_event(repository, event_id)
    meeting = await load_meeting(repository, event_id, meeting_id)
    ensure_party(meeting, principal)
    return (await write(repository, event, meeting.mark_held() if held else meeting.mark_no_show()))[1]


async def record_outcome(
    repository: MeetingsRepository,
    event_id: str,
    meeting_id: str,
    command: RecordOutcome,
    principal: Principal,
    *,
    deal_hooks: Sequence[DealAgreedHook] = (),
) -> MeetingChanged:
    event = await load_event(repository, event_id)
    meeting = await load_meeting(repository, event_id, meeting_id)
    ensure_party(meeting, principal)
    _, published = await write(repository, event, meeting.record_outcome(command.outcome, command.note))
    if command.outcome is Outcome.DEAL_AGREED:
        for hook in deal_hooks:
            await hook(published)
    return published
