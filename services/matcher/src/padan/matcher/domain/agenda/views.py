"""Agendas read from the meetings: per participant, per table, and the whole grid (slots x tables)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from padan.matcher.domain.agenda.event import MatchingEvent, Slot
from padan.matcher.domain.agenda.meeting import Meeting
from padan.shared.vocabulary import MeetingStatus, Side

ON_AGENDA = {MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.NO_SHOW}


@dataclass(frozen=True)
class AgendaRow:
    slot: Slot
    table: int
    meeting: Meeting
    supplier_name: str
    buyer_name: str

    def counterpart(self, side: Side) -> str:
        return self.buyer_name if side is Side.SUPPLIER else self.supplier_name


def agenda_rows(
    event: MatchingEvent, meetings: Sequence[Meeting], names: Mapping[tuple[Side, str], str]
) -> list[AgendaRow]:
    """Every placed meeting in time then table order."""
    slots = event.slots()
    rows = [
        AgendaRow(
            slots[m.slot],
            m.table,
            m,
            names.get((Side.SUPPLIER, m.supplier_id), m.supplier_id),
            names.get((Side.BUYER, m.buyer_id), m.buyer_id),
        )
        for m in meetings
        if m.status in ON_AGENDA and m.slot is not None and m.table is not None and m.slot < len(slots)
    ]
    return sorted(rows, key=lambda row: (row.slot.index, row.table))


def for_participant(rows: Sequence[AgendaRow], side: Side, party_id: str) -> list[AgendaRow]:
    return [row for row in rows if row.meeting.party(side) == party_id]


def for_table(rows: Sequence[AgendaRow], table: int) -> list[AgendaRow]:
    return [row for row in rows if row.table == table]


def grid(event: MatchingEvent, rows: Sequence[AgendaRow]) -> list[tuple[Slot, list[AgendaRow | None]]]:
    """One line per slot, one cell per table (None: free table)."""
    cells: dict[tuple[int, int], AgendaRow] = {(row.slot.index, row.table): row for row in rows}
    return [(slot, [cells.get((slot.index, t)) for t in range(1, event.tables + 1)]) for slot in event.slots()]
