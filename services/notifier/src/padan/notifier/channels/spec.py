"""What a notification channel is, declared once: `ChannelSpec`. The handlers plan, record, send, pace,
retry, log and dead-letter deliveries through the specs in `Channels`, so a new channel (say WhatsApp) is
one module that returns a spec and one line in `installed.py`, with no handler changed.

The delivery document of every channel has the same fields (event, recipient, status, attempts ...) and,
under the channel's name, the channel's own small fields (an e-mail's Message-ID, a webhook's id); the
large parts of its message (the bodies: an e-mail's text and HTML, a webhook's JSON) are recorded once
beside it and joined back for sending."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from padan.notifier.adapters.repository import NotifierRepository
from padan.notifier.adapters.senders import Sender
from padan.notifier.adapters.subscription_cache import SubscriptionCache
from padan.notifier.domain.deliveries import Notice, Status
from padan.notifier.domain.planning import Contact, EventFacts
from padan.notifier.domain.ratelimit import TokenBuckets
from padan.notifier.domain.retry import RetryPolicy
from padan.notifier.settings import Settings
from padan.shared.auth import AuthSettings
from padan.shared.envelope import Envelope
from padan.shared.events import Event
from padan.shared.outbound import OutboundPolicy

Delivery = Mapping[str, Any]
#: Who hears an event on the channel: (event, what the planner knows of it, the contacts of its parties).
Planner = Callable[[Event, EventFacts, Mapping[str, Contact]], list[Notice]]
#: (recipient key, digest delivery id, the waiting deliveries as stored, oldest first) -> the digest.
DigestComposer = Callable[[str, str, list[dict[str, Any]]], "Composed"]


@dataclass(frozen=True)
class Draft:
    """One planned delivery, handed to its channel to compose."""

    notice: Notice
    event: Event
    envelope: Envelope
    facts: EventFacts
    delivery_id: str
    recipient_key: str


@dataclass(frozen=True)
class Composed:
    """What a channel makes of a draft, once, when the delivery is recorded (every retry sends the same).
    `status`: pending (send it), skipped (with a `reason`), or digest_waiting (a channel with digests)."""

    status: Status = Status.PENDING
    reason: str = ""
    #: One line for the delivery log (an e-mail's subject, a webhook's event type).
    subject: str = ""
    #: The channel's small fields, kept in the delivery document under the channel's name.
    fields: dict[str, Any] = field(default_factory=dict)
    #: The large parts, recorded once beside the delivery (see NewDelivery).
    bodies: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def skipped(cls, reason: str) -> Composed:
        return cls(status=Status.SKIPPED, reason=reason)


def _no_fields(part: Mapping[str, Any]) -> dict[str, Any]:
    return {}


def _as_is(address: str) -> str:
    return address


@dataclass(frozen=True)
class ChannelSpec:
    #: Stored in every delivery (`channel`), part of its id, the metric label; never changed once used.
    name: str
    sender: Sender
    plan: Planner
    #: Renders the message (or says why nothing is sent); may read the store (e.g. a preference).
    compose: Callable[[Draft], Awaitable[Composed]]
    #: Per-recipient token buckets, and the recipient's key in them (an address, a subscription).
    rate_limit: TokenBuckets
    limit_key: Callable[[Delivery], str]
    retry: RetryPolicy
    #: Delivery-log fields taken from the channel's part: log field -> field of the part.
    log_fields: Mapping[str, str] = field(default_factory=dict)
    #: The dead letter's channel fields, from the channel's part with bodies (an empty part for another
    #: channel's delivery: every dead letter has every channel's fields, None when not its own).
    dead_letter_fields: Callable[[Mapping[str, Any]], dict[str, Any]] = _no_fields
    #: The address as it may appear in a log or a dead letter (no credentials, no query).
    loggable_address: Callable[[str], str] = _as_is
    #: One message for the recipient's waiting deliveries; None: the channel has no digests.
    compose_digest: DigestComposer | None = None
    #: Called once at shutdown (a sender's connections); None: nothing to close.
    close: Callable[[], Awaitable[None]] | None = None


@dataclass(frozen=True)
class ChannelDeps:
    """What a channel may be built from (bootstrap makes one)."""

    settings: Settings
    repository: NotifierRepository
    subscriptions: SubscriptionCache
    unsubscribe_secret: str
    outbound: OutboundPolicy
    auth: AuthSettings | None = None
    """Signs the one-time sign-in links of match e-mails (padan.shared.web_sessions); None: plain links."""


ChannelFactory = Callable[[ChannelDeps], ChannelSpec]


def retry_policy(settings: Settings) -> RetryPolicy:
    """The retry settings every channel uses unless it has its own."""
    return RetryPolicy(settings.max_attempts, settings.retry_base_seconds, settings.retry_max_seconds)


class Channels:
    """The installed channels by name, in the order their deliveries are planned."""

    def __init__(self, specs: Iterable[ChannelSpec]) -> None:
        self._by_name: dict[str, ChannelSpec] = {}
        for spec in specs:
            if spec.name in self._by_name:
                raise ValueError(f"channel {spec.name!r} registered twice")
            self._by_name[spec.name] = spec

    def __iter__(self) -> Iterator[ChannelSpec]:
        return iter(self._by_name.values())

    def get(self, name: str) -> ChannelSpec | None:
        return self._by_name.get(name)

    def log_fields(self, delivery: Delivery) -> dict[str, Any]:
        """The channel's fields of a delivery-log entry (an e-mail's `message_id`, a webhook's `webhook_id`)."""
        spec = self._by_name.get(str(delivery.get("channel")))
        part = delivery.get(spec.name) if spec else None
        if spec is None or not part:
            return {}
        return {out: part.get(name) for out, name in spec.log_fields.items()}

    def parts(self, delivery: Delivery) -> dict[str, Any]:
        """Every channel's part of a delivery (None but for its own), as the API shows one delivery."""
        return {spec.name: delivery.get(spec.name) for spec in self}

    def dead_letter(self, delivery: Delivery) -> dict[str, Any]:
        """The DLQ message of a dead delivery (with its bodies): no secret, the address fit for a log."""
        spec = self._by_name.get(str(delivery["channel"]))
        address = delivery.get("address")
        body: dict[str, Any] = {
            "delivery_id": delivery["_id"],
            "event_id": delivery["event_id"],
            "event_type": delivery.get("event_type"),
            "channel": delivery["channel"],
            "party": delivery["party"],
            "party_id": delivery["party_id"],
            "address": spec.loggable_address(address) if spec and address else address,
            "attempts": delivery.get("attempt_count", 0),
            "last_error": delivery.get("last_error"),
        }
        for each in self:
            body.update(each.dead_letter_fields(delivery.get(each.name) or {}))
        return body

    async def close(self) -> None:
        for spec in self:
            if spec.close is not None:
                await spec.close()
