"""Meeting requests: proposed by Padan from the best stored matches, or asked for by either side."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain.agenda.meeting import UNMATCHED_VALUE, Meeting, meeting_id
from padan.matcher.domain.agenda.participant import may_act_for
from padan.matcher.handlers.agenda.common import NotAllowed, NotFound, load_event, write
from padan.shared.auth import Principal, Role
from padan.shared.vocabulary import MeetingStatus, Side


class ProposeMeetings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_buyer: int = Field(default=4, ge=1, le=50, description="Best matches proposed to each buyer")
    per_supplier: int = Field(default=20, ge=1, le=200, description="At most this many proposals per supplier")
    min_score: float = Field(default=0.0, ge=0, le=1)


class RequestMeeting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    supplier_id: str = Field(min_length=1, max_length=64)
    buyer_id: str = Field(min_length=1, max_length=64)
    side: Side | None = Field(default=None, description="For operators: the side asking (none: Padan proposes)")


def _best_per_pair(matches: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for match in matches:
        pair = (match["supplier_id"], match["buyer_id"])
        if pair not in best or match["score"] > best[pair]["score"]:
            best[pair] = match
    return best


async def _active_ids(repository: MeetingsRepository, event_id: str) -> dict[Side, set[str]]:
    ids: dict[Side, set[str]] = {Side.SUPPLIER: set(), Side.BUYER: set()}
    for participant in await repository.list_participants(event_id):
        if not participant.get("withdrawn"):
            ids[Side(participant["side"])].add(participant["party_id"])
    return ids


async def _add(repository: MeetingsRepository, meeting: Meeting) -> bool:
    first = replace(meeting, version=1)
    return await repository.add_meeting_if_absent(first, first.to_event(None, datetime.now(UTC)))


async def propose_meetings(repository: MeetingsRepository, event_id: str, command: ProposeMeetings) -> list[str]:
    """Requests for the highest-scoring pairs among the registered participants: each buyer its best
    `per_buyer` suppliers, no supplier more than `per_supplier`. Repeating it adds nothing twice."""
    await load_event(repository, event_id)
    ids = await _active_ids(repository, event_id)
    matches = await repository.best_matches(sorted(ids[Side.SUPPLIER]), sorted(ids[Side.BUYER]))
    per_buyer: Counter[str] = Counter()
    per_supplier: Counter[str] = Counter()
    created: list[str] = []
    for (supplier_id, buyer_id), match in sorted(_best_per_pair(matches).items(), key=lambda kv: -kv[1]["score"]):
        if match["score"] < command.min_score:
            break
        if per_buyer[buyer_id] >= command.per_buyer or per_supplier[supplier_id] >= command.per_supplier:
            continue
        per_buyer[buyer_id] += 1
        per_supplier[supplier_id] += 1
        meeting = Meeting.request(
            event_id, supplier_id, buyer_id, value=float(match["score"]), match_id=match["match_id"], by=None
        )
        if await _add(repository, meeting):
            created.append(meeting.meeting_id)
    return created


async def request_meeting(
    repository: MeetingsRepository, event_id: str, command: RequestMeeting, principal: Principal
) -> Meeting:
    """A side asks to meet the other. Asking for a meeting the other side already asked for accepts it; a
    declined or cancelled meeting can be asked for again."""
    event = await load_event(repository, event_id)
    ids = await _active_ids(repository, event_id)
    if command.supplier_id not in ids[Side.SUPPLIER] or command.buyer_id not in ids[Side.BUYER]:
        raise NotFound("Kedua pihak harus terdaftar di acara ini / both sides must be registered for the event")
    by = _asking_side(command, principal)
    existing = await repository.get_meeting(meeting_id(event_id, command.supplier_id, command.buyer_id))
    if existing is not None and existing.status not in (MeetingStatus.DECLINED, MeetingStatus.CANCELLED):
        if by is None or by in existing.accepted_by:
            return existing
        return (await write(repository, event, existing.accept(by)))[0]
    best = _best_per_pair(await repository.best_matches([command.supplier_id], [command.buyer_id]))
    match = best.get((command.supplier_id, command.buyer_id))
    fresh = Meeting.request(
        event_id,
        command.supplier_id,
        command.buyer_id,
        value=float(match["score"]) if match else UNMATCHED_VALUE,
        match_id=match["match_id"] if match else None,
        by=by,
    )
    if existing is None:
        await _add(repository, fresh)
        return replace(fresh, version=1)
    return (await write(repository, event, replace(fresh, version=existing.version)))[0]


def _asking_side(command: RequestMeeting, principal: Principal) -> Side | None:
    if principal.role is Role.OPERATOR:
        return command.side
    for side, party_id in ((Side.SUPPLIER, command.supplier_id), (Side.BUYER, command.buyer_id)):
        if command.side in (None, side) and may_act_for(principal, side, party_id):
            return side
    raise NotAllowed("Anda hanya dapat meminta pertemuan untuk diri sendiri / you can only ask for yourself")
