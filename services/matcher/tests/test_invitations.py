"""A buyer invites a proposed supplier to the next business-matching event (temu bisnis) and the supplier
answers: the open event chosen, one invitation however often it is asked for, only the match's buyer may
invite and only its supplier answer, the match's interest following the lifecycle, every change published
as a MeetingChanged; then the same through the signed-in pages with their CSRF tokens."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from padan.matcher.domain.agenda.invitation import Invitation, invitation, next_open_event
from padan.matcher.domain.agenda.meeting import Meeting, MeetingRuleError
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.lifecycle import LifecycleError
from padan.matcher.handlers.agenda.invite_supplier import NoOpenEvent, answer_invitation, invite_supplier
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.shared.auth import Principal, Role
from padan.shared.vocabulary import MatchStatus, MeetingStatus, Side
from services.matcher.tests.fakes import FakeMatchRepository
from services.matcher.tests.test_agenda_handlers import FakeMeetingsRepository, event
from services.matcher.tests.test_signed_in_pages import Pages, match, need

BUYER = Principal("pbj@dinas.example.id", Role.BUYER, "buy-1")
SUPPLIER = Principal("ikm@tapis.example.id", Role.SUPPLIER, "sup-1")
TODAY = date.today()


def test_the_next_open_event_is_the_earliest_not_yet_over() -> None:
    past = event(event_id="lalu-2020", date=TODAY - timedelta(days=3))
    running = event(event_id="berjalan", date=TODAY - timedelta(days=1), days=2)
    later = event(event_id="nanti", date=TODAY + timedelta(days=40))
    assert next_open_event([later, past, running], TODAY) == running, "a two-day fair under way is still open"
    assert next_open_event([later, past], TODAY) == later
    assert next_open_event([past], TODAY) is None


def test_an_invitation_is_the_buyers_request_worth_the_matchs_score() -> None:
    request = invitation(event(), match("mat-1", "n-1"))
    assert (request.requested_by, request.accepted_by, request.match_id) == (Side.BUYER, {Side.BUYER}, "mat-1")
    assert request.value == 0.8 and request.status is MeetingStatus.REQUESTED
    shown = Invitation(event(), request)
    assert shown.awaits(Side.SUPPLIER) and not shown.awaits(Side.BUYER)
    assert shown.label(Side.BUYER) == "Sudah diundang, menunggu jawaban penyedia"
    assert Invitation(event(), None).label(Side.BUYER) == "" and not Invitation(event(), None).awaits(Side.SUPPLIER)


class World:
    def __init__(self) -> None:
        self.matches = FakeMatchRepository()
        self.meetings = FakeMeetingsRepository([])
        self.context = LifecycleContext(self.matches, deals=None, catalog=Catalog())  # type: ignore[arg-type]
        self.names = PartyNames()

    @classmethod
    async def made(cls) -> World:
        world = cls()
        await world.matches.save_need_if_current(need("n-1"))
        await world.matches.add_matches_if_absent([match("mat-1", "n-1"), match("mat-2", "n-1", "sup-2")])
        return world

    async def invite(self, who: Principal = BUYER, match_id: str = "mat-1") -> tuple[Invitation, bool]:
        return await invite_supplier(self.context, self.meetings, self.names, who, match_id)

    async def answer(self, accept: bool, who: Principal = SUPPLIER) -> Meeting:
        return await answer_invitation(self.context, self.meetings, self.names, who, "mat-1", accept=accept)


async def test_a_buyer_invites_once_and_the_supplier_accepts() -> None:
    world = await World.made()
    with pytest.raises(NoOpenEvent):
        await world.invite()
    assert world.meetings.published == [] and world.matches.published == [], "nothing written without an event"
    await world.meetings.save_event(event())

    with pytest.raises(NotAllowed):
        await world.invite(Principal("x", Role.BUYER, "buy-other"))
    with pytest.raises(NotAllowed):
        await world.invite(SUPPLIER)
    with pytest.raises(NotFound):
        await world.invite(match_id="mat-none")

    made, fresh = await world.invite()
    assert fresh and made.meeting is not None and made.event.event_id == "lampung-test"
    again, fresh_again = await world.invite()
    assert not fresh_again and again.meeting == made.meeting, "a second click makes no second invitation"
    assert [(e.status, e.match_id, e.version) for e in world.meetings.published] == [
        (MeetingStatus.REQUESTED, "mat-1", 1)
    ]
    assert (world.matches.matches["mat-1"].status, world.matches.matches["mat-1"].interested) == (
        MatchStatus.INTERESTED,
        [Side.BUYER],
    )
    assert len(world.matches.published) == 1
    assert await world.meetings.get_participant("lampung-test", Side.BUYER, "buy-1") is not None

    with pytest.raises(NotAllowed):
        await world.answer(True, Principal("y", Role.SUPPLIER, "sup-2"))
    accepted = await world.answer(True)
    assert accepted.status is MeetingStatus.ACCEPTED and accepted.accepted_by == {Side.BUYER, Side.SUPPLIER}
    assert await world.answer(True) == accepted, "accepting twice changes nothing"
    assert [e.status for e in world.meetings.published] == [MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED]
    assert sorted(world.matches.matches["mat-1"].interested) == [Side.BUYER, Side.SUPPLIER]
    assert await world.meetings.get_participant("lampung-test", Side.SUPPLIER, "sup-1") is not None, "takes part"
    with pytest.raises(MeetingRuleError):
        await world.answer(False)
    assert (await world.invite())[1] is False, "an answered invitation is not sent again"


async def test_a_declined_invitation_leaves_the_match_and_a_declined_match_is_not_invited() -> None:
    world = await World.made()
    await world.meetings.save_event(event())
    await world.invite()
    declined = await world.answer(False)
    assert declined.status is MeetingStatus.DECLINED and await world.answer(False) == declined
    assert world.matches.matches["mat-1"].interested == [Side.BUYER], "declining the meeting is not the match"
    assert (await world.invite())[0].label(Side.BUYER) == "Undangan ditolak penyedia"

    world.matches.matches["mat-2"] = world.matches.matches["mat-2"].model_copy(update={"status": MatchStatus.DECLINED})
    with pytest.raises(LifecycleError):
        await world.invite(match_id="mat-2")
    assert len(world.meetings.meetings) == 1


async def test_the_buyers_click_accepts_a_meeting_padan_proposed_for_the_pair() -> None:
    world = await World.made()
    await world.meetings.save_event(event())
    mine = invitation(event(), world.matches.matches["mat-1"])
    proposed = replace(mine, requested_by=None, accepted_by=frozenset(), version=1)
    await world.meetings.add_meeting_if_absent(proposed, proposed.to_event(None, world.context.clock()))
    made, fresh = await world.invite()
    assert fresh and made.meeting is not None and made.meeting.accepted_by == {Side.BUYER}
    assert (await world.invite())[1] is False


async def test_a_concurrent_double_click_stores_one_invitation() -> None:
    world = await World.made()
    await world.meetings.save_event(event())
    results = await asyncio.gather(world.invite(), world.invite())
    assert sorted(fresh for _, fresh in results) == [False, True]
    assert len(world.meetings.published) == 1


def test_the_pages_invite_answer_and_refuse_whoever_is_not_the_party() -> None:
    meetings = FakeMeetingsRepository([])
    asyncio.run(meetings.save_event(event()))
    pages = Pages(meetings)
    pages.sign_in(Role.BUYER, "buy-1")
    package = pages.client.get("/usulan/n-soon").text
    assert package.count(">Undang ke temu bisnis</button>") == 2 and "Temu Bisnis P3DN" in package
    token = pages.csrf("/usulan/n-soon")
    url = "/usulan/n-soon/mat-b/undang"
    assert pages.client.post(url).status_code == 403, "no CSRF token"
    done = pages.client.post(url, data={"csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/usulan/n-soon?catatan=undang#mat-b"
    assert "Undangan temu bisnis terkirim" in pages.client.get(done.headers["location"]).text
    twice = pages.client.post(url, data={"csrf_token": token})
    assert twice.headers["location"] == "/usulan/n-soon?catatan=sudah-diundang#mat-b"
    card = pages.client.get("/usulan/n-soon").text.split('id="mat-b"')[1].split("</article>")[0]
    assert "Sudah diundang, menunggu jawaban penyedia" in card and "Undang ke temu bisnis" not in card
    assert len(meetings.meetings) == 1 and len(meetings.published) == 1
    assert pages.client.post("/usulan/n-old/mat-b/undang", data={"csrf_token": token}).status_code == 404

    pages.sign_in(Role.BUYER, "buy-other")
    refused = pages.client.post("/usulan/n-soon/mat-soon/undang", data={"csrf_token": token})
    assert refused.status_code == 403 and len(meetings.meetings) == 1, "another buyer may not invite"

    pages.sign_in(Role.SUPPLIER, "sup-1")
    assert 'id="undangan-' not in pages.client.get("/peluang").text, "sup-1 was not invited"
    token = pages.csrf("/peluang")
    assert pages.client.post("/peluang/mat-b/undangan", data={"csrf_token": token, "aksi": "terima"}).status_code == 403
    pages.sign_in(Role.SUPPLIER, "sup-2")
    opportunities = pages.client.get("/peluang").text
    card = opportunities.split('id="mat-b"')[1].split("</article>")[0]
    assert "Anda diundang ke temu bisnis" in card and "Dinas Perindag Kota Bandar Lampung mengundang Anda" in card
    assert ">Terima</button>" in card and "Saya berminat" not in card, "the invitation is answered first"
    token = pages.csrf("/peluang")
    assert pages.client.post("/peluang/mat-b/undangan", data={"csrf_token": token, "aksi": "x"}).status_code == 422
    accepted = pages.client.post("/peluang/mat-b/undangan", data={"csrf_token": token, "aksi": "terima"})
    assert accepted.status_code == 303 and accepted.headers["location"].endswith("catatan=terima#mat-b")
    after = pages.client.get(accepted.headers["location"]).text
    assert "Undangan Anda terima" in after and ">Terima</button>" not in after
    (meeting,) = meetings.meetings.values()
    assert meeting.status is MeetingStatus.ACCEPTED and [e.status for e in meetings.published][-1] == "accepted"
    assert sorted(pages.repository.matches["mat-b"].interested) == [Side.BUYER, Side.SUPPLIER]
    late = pages.client.post("/peluang/mat-b/undangan", data={"csrf_token": token, "aksi": "tolak"})
    assert late.status_code == 409 and "tidak dapat ditolak" in late.text


def test_without_an_open_event_the_buyer_expresses_interest_instead() -> None:
    pages = Pages(FakeMeetingsRepository([]))
    pages.sign_in(Role.BUYER, "buy-1")
    package = pages.client.get("/usulan/n-soon").text
    assert "Belum ada acara temu bisnis yang dibuka" in package and "Undang ke temu bisnis" not in package
    assert re.search(r'value="minat">Saya berminat</button>', package)
    token = pages.csrf("/usulan/n-soon")
    refused = pages.client.post("/usulan/n-soon/mat-b/undang", data={"csrf_token": token})
    assert refused.status_code == 409 and "Belum ada acara temu bisnis yang dibuka" in refused.text
