"""Store of business-matching events: `bm_events`, `bm_participants`, `bm_meetings` (with its outbox).

Documents are keyed by natural ids (event id; event|side|party; meeting id from the pair), so reads on
the hot paths are `_id` lookups. Listing one event's participants or meetings filters on `event_id` (an
index on MongoDB; a scan on FerretDB, fine for events of hundreds or a few thousand meetings).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.meeting import Meeting, Outcome
from padan.matcher.domain.agenda.participant import RegisterParticipant
from padan.shared.events import MeetingChanged
from padan.shared.outbox import pending_event, with_outbox
from padan.shared.vocabulary import MeetingStatus, Side

SOURCE = "/padan/matcher/meetings"
EVENTS, PARTICIPANTS, MEETINGS = "bm_events", "bm_participants", "bm_meetings"
OUTBOX_COLLECTIONS = (MEETINGS,)


class ConcurrentChange(Exception):
    """The meeting changed since it was read; the caller reads again or reports a conflict."""


class MeetingsRepository(Protocol):
    async def save_event(self, event: MatchingEvent) -> None: ...
    async def get_event(self, event_id: str) -> MatchingEvent | None: ...
    async def events_since(self, first_day: date) -> list[MatchingEvent]: ...
    async def save_participant(self, event_id: str, participant: RegisterParticipant) -> None: ...
    async def get_participant(self, event_id: str, side: Side, party_id: str) -> dict[str, Any] | None: ...
    async def list_participants(self, event_id: str) -> list[dict[str, Any]]: ...
    async def set_participant_flags(self, event_id: str, side: Side, party_id: str, fields: dict[str, Any]) -> None: ...
    async def get_meeting(self, meeting_id: str) -> Meeting | None: ...
    async def list_meetings(self, event_id: str) -> list[Meeting]: ...
    async def add_meeting_if_absent(self, meeting: Meeting, event: MeetingChanged) -> bool: ...
    async def save_meeting(self, meeting: Meeting, event: MeetingChanged) -> None: ...
    async def best_matches(self, supplier_ids: Sequence[str], buyer_ids: Sequence[str]) -> list[dict[str, Any]]: ...


def participant_doc_id(event_id: str, side: Side, party_id: str) -> str:
    return f"{event_id}|{side.value}|{party_id}"


def meeting_fields(meeting: Meeting) -> dict[str, Any]:
    return {
        "event_id": meeting.event_id,
        "supplier_id": meeting.supplier_id,
        "buyer_id": meeting.buyer_id,
        "value": meeting.value,
        "match_id": meeting.match_id,
        "requested_by": meeting.requested_by.value if meeting.requested_by else None,
        "accepted_by": sorted(side.value for side in meeting.accepted_by),
        "status": meeting.status.value,
        "slot": meeting.slot,
        "table": meeting.table,
        "outcome": meeting.outcome.value if meeting.outcome else None,
        "note": meeting.note,
        "version": meeting.version,
    }


def meeting_from(document: dict[str, Any]) -> Meeting:
    return Meeting(
        meeting_id=document["_id"],
        event_id=document["event_id"],
        supplier_id=document["supplier_id"],
        buyer_id=document["buyer_id"],
        value=float(document["value"]),
        match_id=document.get("match_id"),
        requested_by=Side(document["requested_by"]) if document.get("requested_by") else None,
        accepted_by=frozenset(Side(side) for side in document.get("accepted_by", [])),
        status=MeetingStatus(document["status"]),
        slot=document.get("slot"),
        table=document.get("table"),
        outcome=Outcome(document["outcome"]) if document.get("outcome") else None,
        note=document.get("note", ""),
        version=int(document["version"]),
    )


class MongoMeetingsRepository:
    def __init__(self, db: AsyncDatabase[dict[str, Any]], on_write: Callable[[Iterable[str]], None]) -> None:
        self._db = db
        self._on_write = on_write  # wakes the outbox relay for the meetings just written
        self._write_lock = asyncio.Lock()

    async def ensure_indexes(self) -> None:
        await self._db[PARTICIPANTS].create_index("event_id")
        await self._db[MEETINGS].create_index("event_id")

    async def save_event(self, event: MatchingEvent) -> None:
        document = {**event.model_dump(mode="json"), "updated_at": datetime.now(UTC)}
        await self._db[EVENTS].update_one({"_id": event.event_id}, {"$set": document}, upsert=True)

    async def get_event(self, event_id: str) -> MatchingEvent | None:
        document = await self._db[EVENTS].find_one({"_id": event_id}, {"_id": 0, "updated_at": 0})
        return MatchingEvent.model_validate(document) if document else None

    async def events_since(self, first_day: date) -> list[MatchingEvent]:
        """Events starting on or after `first_day` (dates are stored as ISO strings, which sort as dates)."""
        cursor = self._db[EVENTS].find({"date": {"$gte": first_day.isoformat()}}, {"_id": 0, "updated_at": 0})
        return [MatchingEvent.model_validate(document) for document in await cursor.to_list(None)]

    async def save_participant(self, event_id: str, participant: RegisterParticipant) -> None:
        fields = {"event_id": event_id, **participant.model_dump(mode="json"), "updated_at": datetime.now(UTC)}
        await self._db[PARTICIPANTS].update_one(
            {"_id": participant_doc_id(event_id, participant.side, participant.party_id)},
            {"$set": {**fields, "withdrawn": False}, "$setOnInsert": {"registered_at": datetime.now(UTC)}},
            upsert=True,
        )

    async def get_participant(self, event_id: str, side: Side, party_id: str) -> dict[str, Any] | None:
        return await self._db[PARTICIPANTS].find_one({"_id": participant_doc_id(event_id, side, party_id)})

    async def list_participants(self, event_id: str) -> list[dict[str, Any]]:
        return await self._db[PARTICIPANTS].find({"event_id": event_id}).sort("_id", 1).to_list(None)

    async def set_participant_flags(self, event_id: str, side: Side, party_id: str, fields: dict[str, Any]) -> None:
        await self._db[PARTICIPANTS].update_one({"_id": participant_doc_id(event_id, side, party_id)}, {"$set": fields})

    async def get_meeting(self, meeting_id: str) -> Meeting | None:
        document = await self._db[MEETINGS].find_one({"_id": meeting_id}, {"outbox": 0})
        return meeting_from(document) if document else None

    async def list_meetings(self, event_id: str) -> list[Meeting]:
        documents = await self._db[MEETINGS].find({"event_id": event_id}, {"outbox": 0}).to_list(None)
        return sorted((meeting_from(d) for d in documents), key=lambda m: m.meeting_id)

    async def add_meeting_if_absent(self, meeting: Meeting, event: MeetingChanged) -> bool:
        document = {
            "_id": meeting.meeting_id,
            **meeting_fields(meeting),
            "outbox": [pending_event(event, source=SOURCE)],
            "outbox_pending": True,
            "outbox_seq": 1,
        }
        try:
            await self._db[MEETINGS].insert_one(document)
        except DuplicateKeyError:
            return False
        self._on_write([meeting.meeting_id])
        return True

    async def save_meeting(self, meeting: Meeting, event: MeetingChanged) -> None:
        """State and its event in one write, if the meeting is still at the version the change started from.
        The check and the write are by `_id` only, under this process's lock: FerretDB scans the whole
        collection for any other filter (a `{_id, version}` filter cost 150 ms per write at 240 meetings),
        and this process is the only writer of its database (see the README's store rules)."""
        update = with_outbox({"$set": meeting_fields(meeting)}, [pending_event(event, source=SOURCE)])
        async with self._write_lock:
            current = await self._db[MEETINGS].find_one({"_id": meeting.meeting_id}, {"version": 1})
            if current is None or current.get("version") != meeting.version - 1:
                raise ConcurrentChange(meeting.meeting_id)
            await self._db[MEETINGS].update_one({"_id": meeting.meeting_id}, update)
        self._on_write([meeting.meeting_id])

    async def best_matches(self, supplier_ids: Sequence[str], buyer_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The matcher's own stored matches between these suppliers and buyers (need -> product)."""
        if not supplier_ids or not buyer_ids:
            return []
        cursor = self._db.matches.find(
            {"buyer_id": {"$in": list(buyer_ids)}, "supplier_id": {"$in": list(supplier_ids)}},
            {"_id": 1, "supplier_id": 1, "buyer_id": 1, "score": 1, "package_name": 1, "product_name": 1},
        )
        return [{"match_id": d.pop("_id"), **d} for d in await cursor.to_list(None)]
