"""A meeting between one supplier and one buyer at an event, and the rules of its life:

requested -> accepted (both sides agreed) -> scheduled (slot and table) -> held (with an outcome) | no_show;
declined or cancelled on the way. An accepted meeting without a place waits for freed capacity.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from padan.matcher.domain.agenda.event import Slot
from padan.shared.events import MeetingChanged
from padan.shared.vocabulary import MeetingStatus, Side


class Outcome(StrEnum):
    INTEREST = "interest"  # berminat
    DEAL_AGREED = "deal_agreed"  # sepakat transaksi
    FOLLOW_UP = "follow_up"  # tindak lanjut
    NO_INTEREST = "no_interest"  # tidak berminat


OUTCOME_LABELS = {
    Outcome.INTEREST: "Berminat",
    Outcome.DEAL_AGREED: "Sepakat transaksi",
    Outcome.FOLLOW_UP: "Perlu tindak lanjut",
    Outcome.NO_INTEREST: "Tidak berminat",
}
STATUS_LABELS = {
    MeetingStatus.REQUESTED: "Diajukan",
    MeetingStatus.ACCEPTED: "Diterima, menunggu jadwal",
    MeetingStatus.DECLINED: "Ditolak",
    MeetingStatus.SCHEDULED: "Terjadwal",
    MeetingStatus.CANCELLED: "Dibatalkan",
    MeetingStatus.HELD: "Terlaksana",
    MeetingStatus.NO_SHOW: "Tidak hadir",
}
#: Value of a meeting asked for without a stored match between the two (scores run 0..1).
UNMATCHED_VALUE = 0.1


class MeetingRuleError(ValueError):
    """A change the meeting's state does not allow; the message is bilingual."""


def meeting_id(event_id: str, supplier_id: str, buyer_id: str) -> str:
    """One meeting per pair per event, so a repeated request or proposal lands on the same meeting."""
    digest = hashlib.sha256(f"{event_id}|{supplier_id}|{buyer_id}".encode()).hexdigest()[:20]
    return f"mtg-{digest}"


@dataclass(frozen=True)
class Meeting:
    meeting_id: str
    event_id: str
    supplier_id: str
    buyer_id: str
    value: float
    match_id: str | None = None
    requested_by: Side | None = None  # None: proposed by Padan from the matches
    accepted_by: frozenset[Side] = field(default_factory=frozenset)
    status: MeetingStatus = MeetingStatus.REQUESTED
    slot: int | None = None
    table: int | None = None
    outcome: Outcome | None = None
    note: str = ""
    version: int = 0

    @classmethod
    def request(
        cls, event_id: str, supplier_id: str, buyer_id: str, *, value: float, match_id: str | None, by: Side | None
    ) -> Meeting:
        """A new request; the asking side has agreed by asking."""
        return cls(
            meeting_id=meeting_id(event_id, supplier_id, buyer_id),
            event_id=event_id,
            supplier_id=supplier_id,
            buyer_id=buyer_id,
            value=value,
            match_id=match_id,
            requested_by=by,
            accepted_by=frozenset({by} if by else ()),
        )

    def party(self, side: Side) -> str:
        return self.supplier_id if side is Side.SUPPLIER else self.buyer_id

    @property
    def waiting(self) -> bool:
        """Accepted by both sides but without a place in the agenda yet."""
        return self.status is MeetingStatus.ACCEPTED

    def accept(self, side: Side) -> Meeting:
        self._expect({MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED}, "diterima/accepted")
        if side in self.accepted_by:
            return self
        accepted = self.accepted_by | {side}
        status = MeetingStatus.ACCEPTED if accepted == {Side.SUPPLIER, Side.BUYER} else self.status
        return replace(self, accepted_by=accepted, status=status)

    def decline(self, side: Side) -> Meeting:
        self._expect({MeetingStatus.REQUESTED}, "ditolak/declined")
        return replace(self, status=MeetingStatus.DECLINED, accepted_by=self.accepted_by - {side})

    def cancel(self) -> Meeting:
        self._expect({MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED}, "dibatalkan/cancelled")
        return replace(self, status=MeetingStatus.CANCELLED, slot=None, table=None)

    def place(self, slot: int, table: int) -> Meeting:
        self._expect({MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED}, "dijadwalkan/scheduled")
        return replace(self, status=MeetingStatus.SCHEDULED, slot=slot, table=table)

    def unplace(self) -> Meeting:
        """Back to the waiting list (a full re-plan found no place for it)."""
        self._expect({MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED}, "dijadwalkan ulang/re-planned")
        return replace(self, status=MeetingStatus.ACCEPTED, slot=None, table=None)

    def mark_held(self) -> Meeting:
        self._expect({MeetingStatus.SCHEDULED, MeetingStatus.HELD}, "dicatat terlaksana/marked held")
        return replace(self, status=MeetingStatus.HELD)

    def mark_no_show(self) -> Meeting:
        self._expect({MeetingStatus.SCHEDULED, MeetingStatus.NO_SHOW}, "dicatat tidak hadir/marked no-show")
        return replace(self, status=MeetingStatus.NO_SHOW)

    def record_outcome(self, outcome: Outcome, note: str = "") -> Meeting:
        """The result of the talk; recording it also records that the meeting was held."""
        held = self.mark_held()
        return replace(held, outcome=outcome, note=note)

    def _expect(self, allowed: set[MeetingStatus], action: str) -> None:
        if self.status not in allowed:
            action_id, action_en = action.split("/", maxsplit=1)
            raise MeetingRuleError(
                f"Pertemuan berstatus '{self.status.value}' tidak dapat {action_id} / "
                f"a meeting in status '{self.status.value}' cannot be {action_en}"
            )

    def to_event(self, slot: Slot | None, occurred_at: datetime) -> MeetingChanged:
        """The event for this state (version already advanced by the caller)."""
        return MeetingChanged(
            meeting_id=self.meeting_id,
            matching_event_id=self.event_id,
            match_id=self.match_id,
            supplier_id=self.supplier_id,
            buyer_id=self.buyer_id,
            status=self.status,
            starts_at=slot.starts_at if slot else None,
            ends_at=slot.ends_at if slot else None,
            table=self.table,
            outcome=self.outcome.value if self.outcome else None,
            requested_by=self.requested_by,
            version=self.version,
            occurred_at=occurred_at,
        )
