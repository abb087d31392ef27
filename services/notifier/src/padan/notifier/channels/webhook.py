"""The webhook channel: downstream systems by signed HTTP POST (Standard Webhooks), to the subscriptions
that asked for the event's type, through the outbound-URL policy, paced per subscription."""

from __future__ import annotations

import json
from collections.abc import Mapping

from padan.notifier.adapters.senders import Sender, safe_url
from padan.notifier.adapters.webhooks import WebhookSender
from padan.notifier.channels.spec import ChannelDeps, ChannelSpec, Composed, Draft, retry_policy
from padan.notifier.domain.deliveries import Notice
from padan.notifier.domain.planning import Contact, EventFacts, webhook_notices
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.shared.events import Event

NAME = "webhook"


def webhook_channel(deps: ChannelDeps, sender: Sender | None = None) -> ChannelSpec:
    """`sender`: instead of HTTP (tests)."""
    settings = deps.settings
    subscriptions = deps.subscriptions
    close = None
    if sender is None:
        # The signing secret is looked up at send time: a rotated secret is used from the next try on, and
        # no secret is stored with a delivery.
        http = WebhookSender(subscriptions.secret, settings.webhook_timeout_seconds, deps.outbound)
        sender, close = http, http.close

    def plan(event: Event, facts: EventFacts, contacts: Mapping[str, Contact]) -> list[Notice]:
        return webhook_notices(facts, subscriptions.current())

    return ChannelSpec(
        name=NAME,
        sender=sender,
        plan=plan,
        compose=_compose,
        rate_limit=TokenBuckets(settings.webhook_rate_per_second, settings.webhook_burst),
        limit_key=lambda delivery: str(delivery["party_id"]),  # the subscription
        retry=retry_policy(settings),
        log_fields={"webhook_id": "webhook_id"},
        dead_letter_fields=lambda part: {"webhook_body": part.get("body")},
        loggable_address=safe_url,  # webhook URLs sometimes carry tokens in their query
        close=close,
    )


async def _compose(draft: Draft) -> Composed:
    event_type = draft.facts.event_type
    body = {
        "type": event_type,
        "timestamp": draft.envelope.time.isoformat(),
        "data": draft.event.model_dump(mode="json"),
    }
    return Composed(
        subject=event_type,
        # The CloudEvents id is the webhook-id: the receiver's idempotency key, the same on every retry.
        fields={"webhook_id": draft.envelope.id},
        bodies={"body": json.dumps(body, separators=(",", ":"))},
    )
