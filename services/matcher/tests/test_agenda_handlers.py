"""Business-matching handlers on an in-memory store: who may do what, the meeting rules, planning and
re-planning, outcomes and the deal hook, calendar files."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from padan.matcher.adapters.meetings_repository import ConcurrentChange, participant_doc_id
from padan.matcher.domain.agenda.event import Break, MatchingEvent
from padan.matcher.domain.agenda.ics import agenda_ics
from padan.matcher.domain.agenda.meeting import Meeting, MeetingRuleError, Outcome
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.agenda.participant import (
    Availability,
    RegisterParticipant,
    available_slots,
)
from padan.matcher.domain.agenda.views import agenda_rows, for_participant
from padan.matcher.handlers.agenda.common import NotAllowed
from padan.matcher.handlers.agenda.record_outcome import RecordOutcome, record_outcome
from padan.matcher.handlers.agenda.register_participant import (
    InvalidRegistration,
    register_participant,
    withdraw_participant,
)
from padan.matcher.handlers.agenda.request_meeting import (
    ProposeMeetings,
    RequestMeeting,
    propose_meetings,
    request_meeting,
)
from padan.matcher.handlers.agenda.respond_to_meeting import accept_meeting, cancel_meeting, decline_meeting
from padan.matcher.handlers.agenda.schedule_event import schedule_event
from padan.shared.auth import Principal, Role
from padan.shared.events import BuyerUpserted, MeetingChanged, SupplierUpserted
from padan.shared.vocabulary import MeetingStatus, Side

OPERATOR = Principal("operator", Role.OPERATOR)


def supplier(party: str) -> Principal:
    return Principal(party, Role.SUPPLIER, party)


def buyer(party: str) -> Principal:
    return Principal(party, Role.BUYER, party)


class FakeMeetingsRepository:
    def __init__(self, matches: list[dict[str, Any]]) -> None:
        self.events: dict[str, MatchingEvent] = {}
        self.participants: dict[str, dict[str, Any]] = {}
        self.meetings: dict[str, Meeting] = {}
        self.published: list[MeetingChanged] = []
        self.matches = matches

    async def save_event(self, event: MatchingEvent) -> None:
        self.events[event.event_id] = event

    async def get_event(self, event_id: str) -> MatchingEvent | None:
        return self.events.get(event_id)

    async def events_since(self, first_day: date) -> list[MatchingEvent]:
        return [event for event in self.events.values() if event.date >= first_day]

    async def save_participant(self, event_id: str, participant: RegisterParticipant) -> None:
        key = participant_doc_id(event_id, participant.side, participant.party_id)
        fields = {"event_id": event_id, **participant.model_dump(mode="json"), "withdrawn": False}
        self.participants[key] = {**self.participants.get(key, {}), **fields}

    async def get_participant(self, event_id: str, side: Side, party_id: str) -> dict[str, Any] | None:
        return self.participants.get(participant_doc_id(event_id, side, party_id))

    async def list_participants(self, event_id: str) -> list[dict[str, Any]]:
        return [p for _, p in sorted(self.participants.items()) if p["event_id"] == event_id]

    async def set_participant_flags(self, event_id: str, side: Side, party_id: str, fields: dict[str, Any]) -> None:
        self.participants[participant_doc_id(event_id, side, party_id)].update(fields)

    async def get_meeting(self, meeting_id: str) -> Meeting | None:
        return self.meetings.get(meeting_id)

    async def list_meetings(self, event_id: str) -> list[Meeting]:
        return [m for _, m in sorted(self.meetings.items()) if m.event_id == event_id]

    async def add_meeting_if_absent(self, meeting: Meeting, event: MeetingChanged) -> bool:
        if meeting.meeting_id in self.meetings:
            return False
        self.meetings[meeting.meeting_id] = meeting
        self.published.append(event)
        return True

    async def save_meeting(self, meeting: Meeting, event: MeetingChanged) -> None:
        if self.meetings[meeting.meeting_id].version != meeting.version - 1:
            raise ConcurrentChange(meeting.meeting_id)
        self.meetings[meeting.meeting_id] = meeting
        self.published.append(event)

    async def best_matches(self, supplier_ids: Any, buyer_ids: Any) -> list[dict[str, Any]]:
        return [m for m in self.matches if m["supplier_id"] in supplier_ids and m["buyer_id"] in buyer_ids]


FUTURE = date.today() + timedelta(days=30)


def event(**overrides: Any) -> MatchingEvent:
    base: dict[str, Any] = {
        "event_id": "lampung-test", "name": "Temu Bisnis P3DN", "venue": "Hotel Emersia", "date": FUTURE,
        "start": time(9), "end": time(10, 20), "slot_minutes": 20, "tables": 1,
        "breaks": [Break(start=time(9, 40), end=time(10))],
    }  # fmt: skip
    return MatchingEvent.model_validate(base | overrides)


def match(match_id: str, supplier_id: str, buyer_id: str, score: float) -> dict[str, Any]:
    return {"match_id": match_id, "supplier_id": supplier_id, "buyer_id": buyer_id, "score": score}


async def setup(repo: FakeMeetingsRepository, spec: MatchingEvent) -> None:
    await repo.save_event(spec)
    for party in ("s1", "s2"):
        await register_participant(repo, spec.event_id, RegisterParticipant(side=Side.SUPPLIER, party_id=party,
                                   name=f"IKM Tapis {party}"), supplier(party))  # fmt: skip
    for party in ("b1", "b2", "b3"):
        await register_participant(repo, spec.event_id, RegisterParticipant(side=Side.BUYER, party_id=party,
                                   name=f"Dinas {party}"), buyer(party))  # fmt: skip


def test_slots_skip_the_break() -> None:
    labels = [slot.label() for slot in event().slots()]
    assert labels == ["09.00–09.20", "09.20–09.40", "10.00–10.20"]
    two_days = event(days=2).slots()
    assert len(two_days) == 6 and two_days[3].day == 1 and two_days[3].starts_at.date() == FUTURE + timedelta(days=1)


async def test_a_participant_registers_only_itself() -> None:
    repo = FakeMeetingsRepository([])
    await repo.save_event(event())
    command = RegisterParticipant(side=Side.SUPPLIER, party_id="s1", name="IKM Tapis")
    with pytest.raises(NotAllowed):
        await register_participant(repo, "lampung-test", command, supplier("s2"))
    with pytest.raises(NotAllowed):
        await register_participant(repo, "lampung-test", command, buyer("s1"))
    assert await register_participant(repo, "lampung-test", command, OPERATOR) == {0, 1, 2}
    assert await register_participant(repo, "lampung-test", command, supplier("s1")) == {0, 1, 2}
    late = command.model_copy(update={"available": [Availability(start=time(9, 50), end=time(10, 20))]})
    assert await register_participant(repo, "lampung-test", late, supplier("s1")) == {2}
    with pytest.raises(InvalidRegistration):
        none = command.model_copy(update={"available": [Availability(start=time(9, 40), end=time(10))]})
        await register_participant(repo, "lampung-test", none, supplier("s1"))
    with pytest.raises(InvalidRegistration):
        second_day = command.model_copy(update={"available": [Availability(day=2, start=time(9), end=time(10))]})
        await register_participant(repo, "lampung-test", second_day, supplier("s1"))


async def test_from_proposals_to_outcome_with_replanning_and_deal_hook() -> None:
    repo = FakeMeetingsRepository([
        match("m-a", "s1", "b1", 0.9), match("m-a2", "s1", "b1", 0.5), match("m-b", "s1", "b2", 0.8),
        match("m-c", "s2", "b2", 0.7), match("m-d", "s1", "b3", 0.6), match("m-x", "s9", "b1", 1.0),
    ])  # fmt: skip
    spec = event()
    await setup(repo, spec)
    created = await propose_meetings(repo, spec.event_id, ProposeMeetings(per_buyer=2))
    assert len(created) == 4  # s9 is not registered
    assert await propose_meetings(repo, spec.event_id, ProposeMeetings(per_buyer=2)) == []  # idempotent
    by_match = {m.match_id: m for m in await repo.list_meetings(spec.event_id)}
    assert by_match["m-a"].value == 0.9 and by_match["m-a"].requested_by is None

    # Each side accepts for itself only; the other side's acceptance completes it.
    with pytest.raises(NotAllowed):
        await accept_meeting(repo, spec.event_id, by_match["m-a"].meeting_id, supplier("s2"))
    for key in ("m-a", "m-b", "m-c", "m-d"):
        meeting_id = by_match[key].meeting_id
        m = await accept_meeting(repo, spec.event_id, meeting_id, supplier(by_match[key].supplier_id))
        assert m.status is MeetingStatus.REQUESTED
        m = await accept_meeting(repo, spec.event_id, meeting_id, OPERATOR, Side.BUYER)
        assert m.status is MeetingStatus.ACCEPTED

    # s1 has three meetings (b1 0.9, b2 0.8, b3 0.6) and s2 one with b2 (0.7), one table, three slots:
    # the best plan holds s1-b1, s1-b2 and s2-b2 in three slots and leaves s1-b3 waiting.
    report = await schedule_event(repo, spec.event_id, incremental=False, time_limit=5)
    assert report.placed == 3 and report.status == "optimal" and report.gap == 0.0
    meetings = {m.match_id: m for m in await repo.list_meetings(spec.event_id)}
    assert meetings["m-d"].status is MeetingStatus.ACCEPTED
    assert len({m.slot for m in meetings.values() if m.slot is not None}) == 3

    # b2 cancels with s2: its place goes to the waiting s1-b3 meeting if s1 and b3 are free then; others stay.
    before = {k: (m.slot, m.table) for k, m in meetings.items() if m.status is MeetingStatus.SCHEDULED}
    await cancel_meeting(repo, spec.event_id, meetings["m-c"].meeting_id, buyer("b2"))
    after = {m.match_id: m for m in await repo.list_meetings(spec.event_id)}
    assert after["m-c"].status is MeetingStatus.CANCELLED
    for key in ("m-a", "m-b"):
        assert (after[key].slot, after[key].table) == before[key]
    assert after["m-d"].status is MeetingStatus.SCHEDULED and after["m-d"].slot == before["m-c"][0]

    # On the day: outcomes by a party or the operator; deal_agreed reaches the deal hook with the match.
    deals: list[MeetingChanged] = []

    async def hook(changed: MeetingChanged) -> None:
        deals.append(changed)

    with pytest.raises(NotAllowed):
        await record_outcome(repo, spec.event_id, after["m-a"].meeting_id, RecordOutcome(outcome=Outcome.INTEREST),
                             supplier("s2"), deal_hooks=[hook])  # fmt: skip
    published = await record_outcome(
        repo, spec.event_id, after["m-a"].meeting_id, RecordOutcome(outcome=Outcome.DEAL_AGREED, note="50 set"),
        buyer("b1"), deal_hooks=[hook],
    )  # fmt: skip
    assert published.status is MeetingStatus.HELD and published.outcome == "deal_agreed"
    assert [d.match_id for d in deals] == ["m-a"]
    with pytest.raises(MeetingRuleError):
        await cancel_meeting(repo, spec.event_id, after["m-a"].meeting_id, OPERATOR)
    versions = [e.version for e in repo.published if e.meeting_id == after["m-a"].meeting_id]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)


async def test_requests_by_a_side_and_declines() -> None:
    repo = FakeMeetingsRepository([match("m-a", "s1", "b1", 0.9)])
    spec = event()
    await setup(repo, spec)
    with pytest.raises(NotAllowed):
        await request_meeting(repo, spec.event_id, RequestMeeting(supplier_id="s1", buyer_id="b1"), buyer("b2"))
    asked = await request_meeting(repo, spec.event_id, RequestMeeting(supplier_id="s1", buyer_id="b1"), buyer("b1"))
    assert asked.requested_by is Side.BUYER and asked.match_id == "m-a" and asked.status is MeetingStatus.REQUESTED
    # The supplier asking for the same meeting accepts it.
    both = await request_meeting(repo, spec.event_id, RequestMeeting(supplier_id="s1", buyer_id="b1"), supplier("s1"))
    assert both.status is MeetingStatus.ACCEPTED and both.meeting_id == asked.meeting_id
    unmatched = await request_meeting(repo, spec.event_id, RequestMeeting(supplier_id="s2", buyer_id="b3"),
                                      supplier("s2"))  # fmt: skip
    assert unmatched.match_id is None and unmatched.value == 0.1
    declined = await decline_meeting(repo, spec.event_id, unmatched.meeting_id, buyer("b3"))
    assert declined.status is MeetingStatus.DECLINED
    again = await request_meeting(repo, spec.event_id, RequestMeeting(supplier_id="s2", buyer_id="b3"), supplier("s2"))
    assert again.status is MeetingStatus.REQUESTED and again.version == declined.version + 1
    # What the handlers return is what is stored.
    assert again == repo.meetings[again.meeting_id] and both == repo.meetings[both.meeting_id]
    assert declined.version == 2 and again.version == 3


async def test_withdrawal_cancels_open_meetings_and_fills_the_gap() -> None:
    repo = FakeMeetingsRepository([match("m-a", "s1", "b1", 0.9), match("m-b", "s1", "b2", 0.8)])
    spec = event(slot_minutes=20, end=time(9, 20), breaks=[])  # one slot, one table
    await setup(repo, spec)
    await propose_meetings(repo, spec.event_id, ProposeMeetings())
    for m in await repo.list_meetings(spec.event_id):
        await accept_meeting(repo, spec.event_id, m.meeting_id, OPERATOR, Side.SUPPLIER)
        await accept_meeting(repo, spec.event_id, m.meeting_id, OPERATOR, Side.BUYER)
    await schedule_event(repo, spec.event_id, incremental=False)
    placed = {m.buyer_id: m.status for m in await repo.list_meetings(spec.event_id)}
    assert placed == {"b1": MeetingStatus.SCHEDULED, "b2": MeetingStatus.ACCEPTED}
    assert await withdraw_participant(repo, spec.event_id, Side.BUYER, "b1", buyer("b1")) == 1
    placed = {m.buyer_id: m.status for m in await repo.list_meetings(spec.event_id)}
    assert placed == {"b1": MeetingStatus.CANCELLED, "b2": MeetingStatus.SCHEDULED}


async def test_incremental_replan_uses_only_slots_still_ahead() -> None:
    repo = FakeMeetingsRepository([match("m-a", "s1", "b1", 0.9)])
    spec = event()
    await setup(repo, spec)
    await propose_meetings(repo, spec.event_id, ProposeMeetings())
    (m,) = await repo.list_meetings(spec.event_id)
    repo.meetings[m.meeting_id] = replace(m, status=MeetingStatus.ACCEPTED, accepted_by=frozenset(Side))
    slots = spec.slots()
    report = await schedule_event(repo, spec.event_id, incremental=True, now=slots[1].starts_at)
    assert report.placed == 1 and (await repo.get_meeting(m.meeting_id)).slot == 2  # type: ignore[union-attr]


def test_calendar_file_lists_the_participants_meetings() -> None:
    spec = event()
    meeting = replace(Meeting.request(spec.event_id, "s1", "b1", value=0.9, match_id="m-a", by=None),
                      status=MeetingStatus.SCHEDULED, slot=2, table=1, version=3)  # fmt: skip
    rows = for_participant(agenda_rows(spec, [meeting], {(Side.BUYER, "b1"): "Dinas Perindag"}), Side.SUPPLIER, "s1")
    parsed = Calendar.from_ical(agenda_ics(spec, rows, Side.SUPPLIER, now=datetime(2026, 1, 1, tzinfo=UTC)))
    (entry,) = parsed.walk("VEVENT")
    assert str(entry["summary"]) == "Temu bisnis: Dinas Perindag (meja 1)"
    assert entry.decoded("dtstart") == spec.slots()[2].starts_at
    assert str(entry["uid"]) == f"{meeting.meeting_id}@padan"
    # Every TZID the times name has its VTIMEZONE in the file (RFC 5545 3.2.19), WIB: UTC+07:00.
    zones = {str(zone["tzid"]): zone for zone in parsed.walk("VTIMEZONE")}
    assert entry["dtstart"].params["TZID"] == "Asia/Jakarta" and set(zones) == {"Asia/Jakarta"}
    (standard,) = zones["Asia/Jakarta"].walk("STANDARD")
    assert standard.decoded("tzoffsetto") == timedelta(hours=7)
    assert parsed.timezones[0].tz_name == "Asia/Jakarta"


def test_agenda_names_come_from_the_registry_not_from_what_was_typed() -> None:
    spec = event()
    meeting = replace(Meeting.request(spec.event_id, "sup-0b70", "buy-9a1c", value=0.9, match_id="m-a", by=None),
                      status=MeetingStatus.SCHEDULED, slot=2, table=1, version=3)  # fmt: skip
    supplier_event = SupplierUpserted(
        version=1, occurred_at=datetime(2026, 1, 1, tzinfo=UTC), supplier_id="sup-0b70", nib="9120000000000",
        name="Tapis Jejama", region_code="18.71", scale="mikro",
    )  # fmt: skip
    names = PartyNames({"sup-0b70": supplier_event})
    names.add_buyers([BuyerUpserted(
        version=1, occurred_at=datetime(2026, 1, 1, tzinfo=UTC), buyer_id="buy-9a1c", kind="perangkat_daerah",
        satker_code="18.001", name="Dinas Perindustrian dan Perdagangan", region_code="18.71",
    )])  # fmt: skip
    # The supplier registered with its id as its name; the buyer never registered at all.
    participants = [{"side": "supplier", "party_id": "sup-0b70", "name": "sup-0b70"}]
    rows = agenda_rows(spec, [meeting], names.of(participants, [meeting]))
    assert (rows[0].supplier_name, rows[0].buyer_name) == ("Tapis Jejama", "Dinas Perindustrian dan Perdagangan")
    assert PartyNames().name(Side.BUYER, "buy-1", "Biro Umum") == "Biro Umum"  # typed, and not just the id
    assert PartyNames().name(Side.BUYER, "buy-1", "buy-1") == "buy-1"  # nothing better known


def test_registration_page_registers_with_a_token_and_refuses_without() -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from padan.matcher.entrypoints.meetings_api import install_agenda_errors
    from padan.matcher.entrypoints.meetings_web import build_meetings_web_router
    from padan.shared.auth import AuthSettings, issue_token

    repo = FakeMeetingsRepository([])
    repo.events["lampung-test"] = event()
    app = FastAPI()
    app.include_router(build_meetings_web_router(repo, AuthSettings()))
    install_agenda_errors(app)
    client = TestClient(app)
    form = {"side": "supplier", "party_id": "s1", "name": "IKM Tapis Siger", "day1": "1", "start1": "09:00",
            "end1": "09:40"}  # fmt: skip
    assert client.post("/acara/lampung-test/daftar", data={**form, "token": "salah"}).status_code == 403
    token, _ = issue_token(AuthSettings(), supplier("s2"))
    assert client.post("/acara/lampung-test/daftar", data={**form, "token": token}).status_code == 403
    token, _ = issue_token(AuthSettings(), supplier("s1"))
    page = client.post("/acara/lampung-test/daftar", data={**form, "token": token})
    assert page.status_code == 200 and "Terima kasih" in page.text and "2 sesi tersedia" in page.text
    assert repo.participants["lampung-test|supplier|s1"]["available"] == [{"day": 1, "start": "09:00:00",
                                                                           "end": "09:40:00"}]  # fmt: skip
    bad = client.post("/acara/lampung-test/daftar", data={**form, "end1": "09:10", "token": token})
    assert bad.status_code == 422 and "Waktu luang" in bad.text
    assert client.get("/acara/tidak-ada").status_code == 404
    missing = client.get("/acara/tidak-ada", headers={"accept": "text/html"})
    assert missing.headers["content-type"].startswith("text/html") and "Halaman tidak ditemukan" in missing.text


@st.composite
def agendas(draw: st.DrawFn) -> tuple[FakeMeetingsRepository, MatchingEvent]:
    """An event with random tables, participants with random hours, meetings in random states."""
    spec = event(event_id=f"acak-{draw(st.integers(0, 10**9))}", tables=draw(st.integers(1, 3)), end=time(11),
                 breaks=[])  # fmt: skip  # 6 slots of 20 minutes
    repo = FakeMeetingsRepository([])
    repo.events[spec.event_id] = spec
    hours = st.lists(st.tuples(st.integers(9 * 3, 10 * 3 + 2), st.integers(1, 6)), max_size=2)
    parties = {Side.SUPPLIER: [f"s{i}" for i in range(draw(st.integers(1, 4)))],
               Side.BUYER: [f"b{i}" for i in range(draw(st.integers(1, 5)))]}  # fmt: skip
    for side, ids in parties.items():
        for party in ids:
            windows = [Availability(start=time(start // 3, start % 3 * 20),
                                    end=time(min(11 * 3, start + length) // 3, min(11 * 3, start + length) % 3 * 20))
                       for start, length in draw(hours) if start + length <= 11 * 3]  # fmt: skip
            repo.participants[participant_doc_id(spec.event_id, side, party)] = {
                "event_id": spec.event_id, "side": side.value, "party_id": party, "name": party, "withdrawn": False,
                "available": [w.model_dump(mode="json") for w in windows],
            }  # fmt: skip
    states = st.sampled_from([MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.DECLINED,
                              MeetingStatus.CANCELLED])  # fmt: skip
    for s in parties[Side.SUPPLIER]:
        for b in parties[Side.BUYER]:
            if draw(st.booleans()):
                meeting = Meeting.request(spec.event_id, s, b, value=draw(st.floats(0, 1)), match_id=None, by=None)
                state = draw(states)
                sides = frozenset(Side) if state is MeetingStatus.ACCEPTED else frozenset()
                repo.meetings[meeting.meeting_id] = replace(meeting, status=state, accepted_by=sides, version=1)
    return repo, spec


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agendas(), st.booleans())
def test_planned_agenda_never_double_books_and_holds_only_accepted_meetings(
    case: tuple[FakeMeetingsRepository, MatchingEvent], incremental: bool
) -> None:
    repo, spec = case
    before = dict(repo.meetings)
    asyncio.run(schedule_event(repo, spec.event_id, incremental=incremental, time_limit=5))
    slots = spec.slots()
    seats: Counter[tuple[str, int]] = Counter()
    tables: Counter[tuple[int, int]] = Counter()
    for meeting in repo.meetings.values():
        if meeting.status is not MeetingStatus.SCHEDULED:
            assert meeting.status is before[meeting.meeting_id].status
            continue
        assert before[meeting.meeting_id].status is MeetingStatus.ACCEPTED, "only accepted meetings are scheduled"
        assert meeting.accepted_by == frozenset(Side)
        assert meeting.slot is not None and meeting.table is not None and 1 <= meeting.table <= spec.tables
        for side in Side:
            participant = repo.participants[participant_doc_id(spec.event_id, side, meeting.party(side))]
            windows = [Availability.model_validate(w) for w in participant["available"]]
            assert meeting.slot in available_slots(spec, windows, slots), "only available slots"
            seats[side.value + meeting.party(side), meeting.slot] += 1
        tables[meeting.slot, meeting.table] += 1
    assert max(seats.values(), default=0) <= 1, "no participant in two meetings in one slot"
    assert max(tables.values(), default=0) <= 1, "no table used twice in one slot"
