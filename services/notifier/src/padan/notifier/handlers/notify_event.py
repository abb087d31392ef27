"""Consumed events, a batch at a time: decide who hears what on each channel, and record one delivery per
(event, recipient, channel) BEFORE anything is sent. The worker sends; a redelivered event (or batch) finds
its deliveries already recorded.

Per batch: the registrations' contacts first (a match may arrive in the same batch as its parties), the
contacts of the batch's parties, the deliveries of every event in one bulk insert, the digest items one
write per recipient, and the schedule in one bulk insert. Each step is idempotent, so a crash half-way is
repaired by the redelivered batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from padan.notifier.channels.spec import ChannelSpec, Draft
from padan.notifier.domain.deliveries import NewDelivery, Status, delivery_id, recipient_key
from padan.notifier.domain.planning import facts
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.party_registered import remember_contacts
from padan.shared.envelope import Envelope
from padan.shared.events import Event


async def notify_event(ctx: NotifierContext, event: Event, envelope: Envelope) -> int:
    """One event (a batch of one). Returns how many deliveries it recorded (0 for a redelivered event)."""
    return await notify_events(ctx, [(event, envelope)])


async def notify_events(ctx: NotifierContext, batch: Sequence[tuple[Event, Envelope]]) -> int:
    """Returns how many deliveries this call recorded (0 for a redelivered batch)."""
    await remember_contacts(ctx, [event for event, _ in batch])
    planned = [(event, envelope, known) for event, envelope in batch if (known := facts(event)) is not None]
    contacts = await ctx.repository.contacts([party for _, _, known in planned for party in known.parties])
    keys: list[str] = []
    recorded: list[NewDelivery] = []
    for event, envelope, known in planned:
        for spec in ctx.channels:
            for notice in spec.plan(event, known, contacts):
                key = recipient_key(notice.recipient)
                draft = Draft(notice, event, envelope, known, delivery_id(envelope.id, key, spec.name), key)
                keys.append(key)
                recorded.append(await _record(ctx, spec, draft))
    existing = await ctx.repository.insert_deliveries(recorded)
    fresh: list[dict[str, Any]] = []
    redelivered: list[dict[str, Any]] = []
    digests: dict[str, list[str]] = {}
    for key, new in zip(keys, recorded, strict=True):
        document = new.document
        stored = existing.get(document["_id"])
        state = (stored or document)["status"]
        if state == Status.PENDING:
            (redelivered if stored else fresh).append(stored or new.whole())
        elif state == Status.DIGEST_WAITING:
            digests.setdefault(key, []).append(document["_id"])
    for key, items in digests.items():
        await ctx.repository.add_to_digest(key, items)
    to_send = [d["_id"] for d in fresh + redelivered]
    # Scheduled before the offset is committed: a crash before this line is repaired by the redelivery.
    await ctx.repository.schedule_many(to_send, ctx.clock())
    ctx.wakeups.wake_recorded(fresh)  # just recorded, pending: the worker need not read them back
    ctx.wakeups.wake([d["_id"] for d in redelivered])  # may be in any state by now: read when their turn comes
    return len(recorded) - len(existing)


async def _record(ctx: NotifierContext, spec: ChannelSpec, draft: Draft) -> NewDelivery:
    """The delivery of a draft: the fields every channel's deliveries have, and what its channel composed."""
    composed = await spec.compose(draft)
    notice, envelope, known = draft.notice, draft.envelope, draft.facts
    document: dict[str, Any] = {
        "_id": draft.delivery_id,
        "event_id": envelope.id,
        "event_type": known.event_type,
        "match_id": known.match_id,
        "party": notice.recipient.party,
        "party_id": notice.recipient.party_id,
        "name": notice.recipient.name,
        "address": notice.recipient.address,
        "channel": spec.name,
        "status": composed.status.value,
        "attempt_count": 0,
        "attempts": [],
        "created_at": ctx.clock(),
        "correlation_id": envelope.correlation_id,
    }
    if composed.reason:
        document["reason"] = composed.reason
    if composed.subject:
        document["subject"] = composed.subject
    if composed.fields:
        document[spec.name] = composed.fields
    return NewDelivery(document, composed.bodies)
