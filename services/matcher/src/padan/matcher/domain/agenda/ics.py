"""A participant's agenda as an iCalendar file (RFC 5545), for phones and desktop calendars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.meeting import STATUS_LABELS
from padan.matcher.domain.agenda.views import AgendaRow
from padan.shared.vocabulary import MeetingStatus, Side


def agenda_ics(event: MatchingEvent, rows: Sequence[AgendaRow], side: Side, now: datetime | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Padan//Temu Bisnis//ID")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Padan: {event.name}")
    stamp = now or datetime.now(UTC)
    for row in rows:
        entry = CalendarEvent()
        # Stable per meeting, so re-importing the file updates a moved meeting instead of duplicating it.
        entry.add("uid", f"{row.meeting.meeting_id}@padan")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", row.slot.starts_at)
        entry.add("dtend", row.slot.ends_at)
        entry.add("summary", f"Temu bisnis: {row.counterpart(side)} (meja {row.table})")
        entry.add("location", f"{event.venue}, meja {row.table}")
        entry.add(
            "description",
            f"{event.name}\nPenyedia: {row.supplier_name}\nPembeli: {row.buyer_name}\n"
            f"Status: {STATUS_LABELS[row.meeting.status]}",
        )
        entry.add("sequence", row.meeting.version)
        entry.add("status", "CANCELLED" if row.meeting.status is MeetingStatus.CANCELLED else "CONFIRMED")
        calendar.add_component(entry)
    # RFC 5545 (3.2.19): every TZID a time refers to needs its VTIMEZONE in the file; some calendars (Outlook,
    # older Android) otherwise read "Asia/Jakarta" times as UTC or refuse the file.
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
