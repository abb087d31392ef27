"""A signed-in buyer invites the supplier of one of its matches to the next business-matching event, and the
supplier accepts or declines (domain/agenda/invitation.py). Each step writes the match first (its interest,
idempotent), then the meeting with its MeetingChanged in one write (the outbox): a command cut short between
the two is completed by repeating it, and a repeated click writes nothing twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from padan.matcher.adapters.meetings_repository import MeetingsRepository
from padan.matcher.domain import lifecycle
from padan.matcher.domain.agenda.event import MatchingEvent
from padan.matcher.domain.agenda.invitation import LOOK_BACK, Invitation, invitation, next_open_event
from padan.matcher.domain.agenda.meeting import Meeting, meeting_id
from padan.matcher.domain.agenda.names import PartyNames
from padan.matcher.domain.agenda.participant import RegisterParticipant
from padan.matcher.handlers.agenda.common import write
from padan.matcher.handlers.lifecycle_context import LifecycleContext, NotAllowed, NotFound
from padan.shared.auth import Principal, Role
from padan.shared.events import MatchChanged
from padan.shared.vocabulary import MeetingStatus, Side


class NoOpenEvent(LookupError):
    """No business-matching event is open to invite to."""


async def open_event(meetings: MeetingsRepository, today: date) -> MatchingEvent | None:
    return next_open_event(await meetings.events_since(today - LOOK_BACK), today)


async def invitations(
    meetings: MeetingsRepository, matches: list[MatchChanged], today: date
) -> tuple[MatchingEvent | None, dict[str, Invitation]]:
    """The open event and, per match, the meeting of its pair there (one read by `_id` each)."""
    event = await open_event(meetings, today)
    if event is None:
        return None, {}
    found: dict[str, Invitation] = {}
    for match in matches:
        meeting = await meetings.get_meeting(meeting_id(event.event_id, match.supplier_id, match.buyer_id))
        found[match.match_id] = Invitation(event, meeting)
    return event, found


async def _own_match(context: LifecycleContext, principal: Principal, role: Role, match_id: str) -> MatchChanged:
    match = await context.matches.get_match(match_id)
    if match is None:
        raise NotFound(match_id)
    party = match.buyer_id if role is Role.BUYER else match.supplier_id
    if principal.role is not role or principal.organisation_id != party:
        raise NotAllowed("not the party to this match")
    return match


async def _interest(context: LifecycleContext, principal: Principal, match_id: str, side: Side) -> None:
    async with context.locked(match_id) as match:
        await context.save(lifecycle.express_interest(match, side, context.clock()))


async def _register(
    meetings: MeetingsRepository, names: PartyNames, event: MatchingEvent, side: Side, party: str
) -> None:
    """Take part in the event for the whole of it (the participant may narrow its hours on /acara/{id}/daftar)."""
    registered = await meetings.get_participant(event.event_id, side, party)
    if registered is None or registered.get("withdrawn"):
        command = RegisterParticipant(side=side, party_id=party, name=names.name(side, party))
        await meetings.save_participant(event.event_id, command)


async def invite_supplier(
    context: LifecycleContext, meetings: MeetingsRepository, names: PartyNames, principal: Principal, match_id: str
) -> tuple[Invitation, bool]:
    """The buyer of the match invites its supplier; returns the invitation and whether this call made it
    (False: it was already made, whatever its answer since)."""
    match = await _own_match(context, principal, Role.BUYER, match_id)
    event = await open_event(meetings, context.clock().date())
    if event is None:
        raise NoOpenEvent(match_id)
    existing = await meetings.get_meeting(meeting_id(event.event_id, match.supplier_id, match.buyer_id))
    if existing is not None and not Invitation(event, existing).awaits(Side.BUYER):
        return Invitation(event, existing), False
    await _interest(context, principal, match_id, Side.BUYER)  # refuses a declined or cancelled match
    await _register(meetings, names, event, Side.BUYER, match.buyer_id)
    if existing is not None:  # Padan proposed this pair: the buyer's click accepts the proposal
        return Invitation(event, (await write(meetings, event, existing.accept(Side.BUYER)))[0]), True
    first = replace(invitation(event, match), version=1)
    if not await meetings.add_meeting_if_absent(first, first.to_event(None, context.clock())):
        return Invitation(event, await meetings.get_meeting(first.meeting_id)), False  # a concurrent click won
    return Invitation(event, first), True


async def answer_invitation(
    context: LifecycleContext,
    meetings: MeetingsRepository,
    names: PartyNames,
    principal: Principal,
    match_id: str,
    *,
    accept: bool,
) -> Meeting:
    """The supplier of the match accepts (and so takes part in the event) or declines the buyer's invitation.
    Accepting is also the supplier's interest in the match; declining leaves the match as it is."""
    match = await _own_match(context, principal, Role.SUPPLIER, match_id)
    event = await open_event(meetings, context.clock().date())
    meeting = None
    if event is not None:
        meeting = await meetings.get_meeting(meeting_id(event.event_id, match.supplier_id, match.buyer_id))
    if event is None or meeting is None:
        raise NotFound(match_id)
    if not accept:
        if meeting.status is MeetingStatus.DECLINED:
            return meeting
        return (await write(meetings, event, meeting.decline(Side.SUPPLIER)))[0]
    await _interest(context, principal, match_id, Side.SUPPLIER)
    await _register(meetings, names, event, Side.SUPPLIER, match.supplier_id)
    accepted = meeting.accept(Side.SUPPLIER)
    if accepted == meeting:
        return meeting
    return (await write(meetings, event, accepted))[0]
