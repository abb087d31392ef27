"""Ended sessions, as every service learns them: logout at the registry publishes `SessionRevoked` on
`registry.sessions.v1` (through its outbox), and each service process reads that topic whole (no consumer
group: every replica needs every revocation) into its `AuthSettings.revoked_sessions`, which
`padan.shared.auth.decode_token` consults for every token.

Why an event and not a shared lookup: the services do not read each other's databases, and a call to the
registry per request would make every service depend on it being up. The cost is a short delay (the outbox
relay and the consumer, typically well under a second) between logout and refusal elsewhere; the registry
itself refuses at once. The topic keeps a day of revocations, longer than any token lives, so a service that
starts reads back every session that still matters.
"""

from __future__ import annotations

from faststream.kafka import KafkaBroker

from padan.shared import topics
from padan.shared.auth import AuthSettings
from padan.shared.envelope import Envelope
from padan.shared.events import SessionRevoked
from padan.shared.kafka import subscribe


def follow_revoked_sessions(broker: KafkaBroker, auth: AuthSettings, service: str) -> None:
    """Subscribe this process to the ended sessions, so `auth` refuses their tokens."""

    async def revoked(event: SessionRevoked, _: Envelope) -> None:
        remember_revoked(auth, event)

    subscribe(broker, {topics.SESSIONS: revoked}, service=service, group_id=None)


def remember_revoked(auth: AuthSettings, event: SessionRevoked) -> None:
    auth.revoked_sessions.revoke(event.session_id, event.expires_at.timestamp())
