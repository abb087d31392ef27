"""A buyer's invitation of a proposed local supplier to a business-matching meeting (temu bisnis).

An invitation is a meeting request by the buyer (agenda/meeting.py) for the pair of one of its matches, at
the next open event: the earliest whose last day is not past. One meeting per pair per event, so a repeated
click finds the invitation already made. The supplier answers it (accept: the meeting waits for the
agenda's planning; decline), and the match follows the lifecycle: inviting is the buyer's interest,
accepting the supplier's (domain/lifecycle.py); a held meeting moves the match on as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.meeting import STATUS_LABELS, Meeting
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import MeetingStatus, Side

#: Events whose first day lies this far back are still read (a fair lasts at most 7 days).
LOOK_BACK = timedelta(days=7)
#: What the buyer sees of its invitation, where the meeting's own label would say less.
BUYER_LABELS = {
    MeetingStatus.REQUESTED: "Sudah diundang, menunggu jawaban penyedia",
    MeetingStatus.ACCEPTED: "Undangan diterima, menunggu jadwal",
    MeetingStatus.DECLINED: "Undangan ditolak penyedia",
}
SUPPLIER_LABELS = {
    MeetingStatus.REQUESTED: "Anda diundang ke temu bisnis",
    MeetingStatus.ACCEPTED: "Undangan Anda terima, menunggu jadwal",
    MeetingStatus.DECLINED: "Undangan Anda tolak",
}


def last_day(event: MatchingEvent) -> date:
    return event.date + timedelta(days=event.days - 1)


def next_open_event(events: Iterable[MatchingEvent], today: date) -> MatchingEvent | None:
    """The earliest event still to come or under way; None when there is none."""
    still_open = [event for event in events if last_day(event) >= today]
    return min(still_open, key=lambda event: (event.date, event.event_id), default=None)


def invitation(event: MatchingEvent, match: MatchChanged) -> Meeting:
    """The buyer's request to meet the match's supplier at `event`, worth the match's score to the planner."""
    return Meeting.request(
        event.event_id, match.supplier_id, match.buyer_id, value=match.score, match_id=match.match_id, by=Side.BUYER
    )


@dataclass(frozen=True)
class Invitation:
    """The open event and the meeting of a match's pair there (None: not invited yet), as a page shows it."""

    event: MatchingEvent
    meeting: Meeting | None

    def awaits(self, side: Side) -> bool:
        """The meeting waits for this side's answer."""
        return (
            self.meeting is not None
            and self.meeting.status is MeetingStatus.REQUESTED
            and side not in self.meeting.accepted_by
        )

    def label(self, side: Side) -> str:
        if self.meeting is None:
            return ""
        labels = BUYER_LABELS if side is Side.BUYER else SUPPLIER_LABELS
        return labels.get(self.meeting.status) or STATUS_LABELS[self.meeting.status]
