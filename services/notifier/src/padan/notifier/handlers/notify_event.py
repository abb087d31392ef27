"""Consumed events, a batch at a time: decide who hears what, and record one delivery per (event,
recipient, channel) BEFORE anything is sent. The worker sends; a redelivered event (or batch) finds its
deliveries already recorded.

Per batch: the registrations' contacts first (a match may arrive in the same batch as its parties), one
read by `_id` per party not cached yet, the deliveries of every event in one bulk insert, the digest items
one write per recipient, and the schedule in one bulk insert. Each step is idempotent, so a crash half-way
is repaired by the redelivered batch."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from padan.notifier.domain.deliveries import Channel, Notice, Status, delivery_id, recipient_key
from padan.notifier.domain.planning import EventFacts, facts, plan
from padan.notifier.domain.preferences import Preference
from padan.notifier.domain.signin import match_signin_link
from padan.notifier.handlers.context import NotifierContext
from padan.notifier.handlers.party_registered import remember_contacts
from padan.shared.envelope import Envelope
from padan.shared.events import Event

SKIP_NO_ADDRESS = "tidak ada alamat email / no email address"
SKIP_CHANNEL_OFF = "email belum diatur (PADAN_NOTIFIER_SMTP_HOST kosong) / email channel not configured"
SKIP_PREFERENCE_OFF = "penerima berhenti berlangganan / recipient opted out"


async def notify_event(ctx: NotifierContext, event: Event, envelope: Envelope) -> int:
    """One event (a batch of one). Returns how many deliveries it recorded (0 for a redelivered event)."""
    return await notify_events(ctx, [(event, envelope)])


async def notify_events(ctx: NotifierContext, batch: Sequence[tuple[Event, Envelope]]) -> int:
    """Returns how many deliveries this call recorded (0 for a redelivered batch)."""
    await remember_contacts(ctx, [event for event, _ in batch])
    planned = [(event, envelope, known) for event, envelope in batch if (known := facts(event)) is not None]
    contacts = await ctx.repository.contacts([party for _, _, known in planned for party in known.parties])
    subscriptions = ctx.subscriptions.current()
    notices: list[Notice] = []
    documents: list[dict[str, Any]] = []
    for event, envelope, known in planned:
        for notice in plan(event, contacts, ctx.settings.operator_emails, subscriptions):
            notices.append(notice)
            documents.append(await _document(ctx, notice, event, envelope, known))
    existing = await ctx.repository.insert_deliveries(documents)
    fresh: list[dict[str, Any]] = []
    redelivered: list[dict[str, Any]] = []
    digests: dict[str, list[str]] = {}
    for notice, document in zip(notices, documents, strict=True):
        stored = existing.get(document["_id"])
        state = (stored or document)["status"]
        if state == Status.PENDING:
            (redelivered if stored else fresh).append(stored or document)
        elif state == Status.DIGEST_WAITING:
            digests.setdefault(recipient_key(notice.recipient), []).append(document["_id"])
    for key, items in digests.items():
        await ctx.repository.add_to_digest(key, items)
    to_send = [d["_id"] for d in fresh + redelivered]
    # Scheduled before the offset is committed: a crash before this line is repaired by the redelivery.
    await ctx.repository.schedule_many(to_send, ctx.clock())
    ctx.wake_recorded(fresh)  # just recorded, pending: the worker need not read them back
    ctx.wake([d["_id"] for d in redelivered])  # may be in any state by now: read when their turn comes
    return len(documents) - len(existing)


async def _document(
    ctx: NotifierContext, notice: Notice, event: Event, envelope: Envelope, known: EventFacts
) -> dict[str, Any]:
    key = recipient_key(notice.recipient)
    did = delivery_id(envelope.id, key, notice.channel)
    now = ctx.clock()
    document: dict[str, Any] = {
        "_id": did,
        "event_id": envelope.id,
        "event_type": known.event_type,
        "match_id": known.match_id,
        "party": notice.recipient.party,
        "party_id": notice.recipient.party_id,
        "name": notice.recipient.name,
        "address": notice.recipient.address,
        "channel": notice.channel.value,
        "status": Status.PENDING.value,
        "attempt_count": 0,
        "attempts": [],
        "created_at": now,
        "correlation_id": envelope.correlation_id,
    }
    if notice.channel is Channel.WEBHOOK:
        body = {"type": known.event_type, "timestamp": envelope.time.isoformat(), "data": event.model_dump(mode="json")}
        # The CloudEvents id is the webhook-id: the receiver's idempotency key, the same on every retry.
        document["webhook"] = {"webhook_id": envelope.id, "body": json.dumps(body, separators=(",", ":"))}
        document["subject"] = known.event_type
        return document
    status, reason = await _email_status(ctx, notice, key)
    document["status"] = status.value
    if reason:
        document["reason"] = reason
        return document
    link = _link(ctx, known, event, notice)
    unsubscribe = ctx.unsubscribe_url(key)
    rendered = ctx.renderer.render(
        notice.template,
        {
            "e": event.model_dump(mode="json"),
            "name": notice.recipient.name,
            "party": notice.recipient.party,
            "link": link,
            "unsubscribe_url": unsubscribe,
        },
    )
    document["subject"] = rendered.subject
    document["email"] = {
        "subject": rendered.subject,
        "text": rendered.text,
        "html": rendered.html,
        "link": link,
        "unsubscribe_url": unsubscribe,
        "message_id": f"<{did}@{ctx.settings.message_id_domain}>",
    }
    return document


async def _email_status(ctx: NotifierContext, notice: Notice, key: str) -> tuple[Status, str]:
    if not notice.recipient.address:
        return Status.SKIPPED, SKIP_NO_ADDRESS
    if not ctx.settings.smtp_host:
        return Status.SKIPPED, SKIP_CHANNEL_OFF
    preference = await ctx.repository.preference(key)
    if preference is Preference.OFF:
        return Status.SKIPPED, SKIP_PREFERENCE_OFF
    if preference is Preference.DIGEST:
        return Status.DIGEST_WAITING, ""
    return Status.PENDING, ""


def _link(ctx: NotifierContext, known: EventFacts, event: Event, notice: Notice) -> str:
    """Back to the page of what the email is about: the matcher serves matches, meetings and deals
    (PADAN_NOTIFIER_MATCHER_WEB_BASE_URL), the registry everything else (PADAN_NOTIFIER_WEB_BASE_URL). A match
    e-mail to its supplier or buyer carries a one-time sign-in link to their own page (domain/signin.py)."""
    payload = event.model_dump()
    if known.event_type == "match.changed" and ctx.auth is not None:
        signed = match_signin_link(
            ctx.auth, ctx.settings.web_base_url, notice.recipient, str(payload["match_id"]), str(payload["need_id"])
        )
        if signed is not None:
            return signed
    paths = {
        "match.changed": f"/kecocokan/{payload.get('match_id')}",
        "meeting.changed": f"/temu-bisnis/{payload.get('meeting_id')}",
        "deal.changed": f"/kesepakatan/{payload.get('deal_id')}",
    }
    if known.event_type in paths:
        return ctx.settings.matcher_web_base_url.rstrip("/") + paths[known.event_type]
    return ctx.settings.web_base_url.rstrip("/") + "/"
