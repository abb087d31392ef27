"""A supplier or buyer taking part in an event, with the hours it can meet."""

from __future__ import annotations

from datetime import datetime, time

from pydantic import BaseModel, ConfigDict, Field, model_validator

from padan.matcher.domain.agenda.event import MatchingEvent, Slot
from padan.shared.auth import Principal, Role
from padan.shared.vocabulary import Side

ROLE_OF_SIDE = {Side.SUPPLIER: Role.SUPPLIER, Side.BUYER: Role.BUYER}


class Availability(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    day: int = Field(default=1, ge=1, le=7, description="Hari ke-1, 2, ... of the event")
    start: time
    end: time

    @model_validator(mode="after")
    def _ordered(self) -> Availability:
        if self.end <= self.start:
            raise ValueError("jam selesai harus setelah jam mulai / availability must end after it starts")
        return self


class RegisterParticipant(BaseModel):
    """Registration for an event. `party_id` is the supplier_id or buyer_id the matches carry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    side: Side
    party_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")
    name: str = Field(min_length=2, max_length=200)
    representative: str = Field(default="", max_length=120, description="Nama yang hadir")
    available: list[Availability] = Field(default_factory=list, max_length=20, description="Empty: the whole event")


def participant_key(side: Side, party_id: str) -> str:
    """The scheduler's name for a participant (a supplier and a buyer may share an id string)."""
    return f"{side.value}|{party_id}"


def available_slots(event: MatchingEvent, windows: list[Availability], slots: list[Slot] | None = None) -> set[int]:
    """Slots lying wholly inside one of the windows (all slots when there is no window)."""
    all_slots = slots if slots is not None else event.slots()
    if not windows:
        return {slot.index for slot in all_slots}
    found: set[int] = set()
    for slot in all_slots:
        for window in windows:
            if window.day - 1 != slot.day:
                continue
            window_start = datetime.combine(slot.starts_at.date(), window.start, slot.starts_at.tzinfo)
            window_end = datetime.combine(slot.starts_at.date(), window.end, slot.starts_at.tzinfo)
            if window_start <= slot.starts_at and slot.ends_at <= window_end:
                found.add(slot.index)
                break
    return found


def may_act_for(principal: Principal, side: Side, party_id: str) -> bool:
    """Operators act for anyone; a supplier or buyer only for itself. Its token names the registry id, the
    same id the matches (and so the meetings) carry."""
    return principal.owns(ROLE_OF_SIDE[side], party_id)
