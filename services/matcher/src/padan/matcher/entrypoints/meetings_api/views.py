"""Meetings and participants as the API shows them, to whom."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from padan.matcher.domain.agenda.event import Slot
from padan.matcher.domain.agenda.meeting import Meeting
from padan.matcher.domain.agenda.participant import may_act_for
from padan.shared.auth import Principal, Role
from padan.shared.vocabulary import Side

PREFIX = "/api/v1/matching-events"
PARTICIPANT_PRIVATE = ("representative", "available")
MEETING_PRIVATE = ("value", "note")


def meeting_json(meeting: Meeting, slots: Sequence[Slot]) -> dict[str, Any]:
    slot = slots[meeting.slot] if meeting.slot is not None and meeting.slot < len(slots) else None
    return {
        "meeting_id": meeting.meeting_id,
        "matching_event_id": meeting.event_id,
        "supplier_id": meeting.supplier_id,
        "buyer_id": meeting.buyer_id,
        "match_id": meeting.match_id,
        "value": meeting.value,
        "requested_by": meeting.requested_by,
        "accepted_by": sorted(meeting.accepted_by),
        "status": meeting.status,
        "slot": meeting.slot,
        "table": meeting.table,
        "starts_at": slot.starts_at.isoformat() if slot else None,
        "ends_at": slot.ends_at.isoformat() if slot else None,
        "outcome": meeting.outcome,
        "note": meeting.note,
        "version": meeting.version,
    }


def participant_json(document: dict[str, Any], viewer: Principal | None = None) -> dict[str, Any]:
    hidden = {"_id", "event_id"}
    if viewer is None or not may_act_for(viewer, Side(document["side"]), str(document["party_id"])):
        hidden.update(PARTICIPANT_PRIVATE)
    return {key: value for key, value in document.items() if key not in hidden}


def meeting_view(meeting: Meeting, slots: Sequence[Slot], viewer: Principal | None) -> dict[str, Any]:
    """`meeting_json` as `viewer` may read it: value and note only for the meeting's sides and operators."""
    view = meeting_json(meeting, slots)
    party = viewer is not None and (
        viewer.owns(Role.SUPPLIER, meeting.supplier_id) or viewer.owns(Role.BUYER, meeting.buyer_id)
    )
    if not party:
        for name in MEETING_PRIVATE:
            view.pop(name, None)
    return view
