"""A business-matching event: where and when, cut into meeting slots around the breaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Break(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: time
    end: time
    label: str = Field(default="Istirahat", max_length=80)

    @model_validator(mode="after")
    def _ordered(self) -> Break:
        if self.end <= self.start:
            raise ValueError("jam selesai istirahat harus setelah jam mulai / break must end after it starts")
        return self


class MatchingEvent(BaseModel):
    """What an operator sets up. Every day of a multi-day fair has the same time window and breaks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,62}$", description="e.g. lampung-2023-05-11")
    name: str = Field(min_length=3, max_length=200)
    venue: str = Field(min_length=2, max_length=200)
    date: date
    days: int = Field(default=1, ge=1, le=7)
    start: time
    end: time
    slot_minutes: int = Field(ge=5, le=240)
    tables: int = Field(ge=1, le=5000)
    breaks: list[Break] = Field(default_factory=list, max_length=10)
    timezone: str = "Asia/Jakarta"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("zona waktu tidak dikenal / unknown time zone") from exc
        return value

    @model_validator(mode="after")
    def _window(self) -> MatchingEvent:
        if self.end <= self.start:
            raise ValueError("jam selesai harus setelah jam mulai / the day must end after it starts")
        for pause in self.breaks:
            if pause.start < self.start or pause.end > self.end:
                raise ValueError("istirahat harus di dalam jam acara / breaks must lie inside the time window")
        if not self.slots():
            raise ValueError("tidak ada slot pertemuan / no meeting slot fits the time window")
        return self

    def slots(self) -> list[Slot]:
        """Every meeting slot of the event in order; a slot that touches a break is left out."""
        zone = ZoneInfo(self.timezone)
        length = timedelta(minutes=self.slot_minutes)
        result: list[Slot] = []
        for day in range(self.days):
            current = datetime.combine(self.date + timedelta(days=day), self.start, zone)
            day_end = datetime.combine(self.date + timedelta(days=day), self.end, zone)
            while current + length <= day_end:
                pause = self._break_at(current, current + length)
                if pause is not None:
                    current = datetime.combine(current.date(), pause.end, zone)
                    continue
                result.append(Slot(len(result), day, current, current + length))
                current += length
        return result

    def _break_at(self, starts: datetime, ends: datetime) -> Break | None:
        for pause in self.breaks:
            pause_start = datetime.combine(starts.date(), pause.start, starts.tzinfo)
            pause_end = datetime.combine(starts.date(), pause.end, starts.tzinfo)
            if starts < pause_end and pause_start < ends:
                return pause
        return None


@dataclass(frozen=True)
class Slot:
    index: int
    day: int  # 0-based day of the event
    starts_at: datetime
    ends_at: datetime

    def label(self) -> str:
        return f"{self.starts_at:%H.%M}–{self.ends_at:%H.%M}"
