"""CloudEvents binary mode over Kafka: the attributes travel as `ce_*` headers, the payload is the JSON body."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

SPEC_VERSION = "1.0"
CORRELATION_HEADER = "correlation_id"
TRACE_HEADERS = ("traceparent", "tracestate")  # W3C trace context, written next to the ce_* headers by the relay
_REQUIRED = ("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time")


class EnvelopeError(ValueError):
    """The Kafka headers do not form a CloudEvents v1.0 envelope."""


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ is slower, and one is built per message read
class Envelope:
    id: str
    type: str
    source: str
    time: datetime
    correlation_id: str
    subject: str | None = None
    specversion: str = SPEC_VERSION
    extra: dict[str, str] = field(default_factory=dict)
    # The producer's trace context as received (never sent by `to_headers`: the relay's span injects its own).
    trace: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def new(
        cls,
        *,
        event_type: str,
        source: str,
        subject: str | None = None,
        correlation_id: str | None = None,
        event_id: str | None = None,
        time: datetime | None = None,
    ) -> Envelope:
        event_id = event_id or str(uuid.uuid4())
        return cls(
            id=event_id,
            type=event_type,
            source=source,
            time=time or datetime.now(UTC),
            correlation_id=correlation_id or event_id,
            subject=subject,
        )

    def to_headers(self) -> dict[str, str]:
        headers = {
            "ce_id": self.id,
            "ce_type": self.type,
            "ce_source": self.source,
            "ce_specversion": self.specversion,
            "ce_time": self.time.isoformat(),
            "content-type": "application/json",
            CORRELATION_HEADER: self.correlation_id,
        }
        if self.subject:
            headers["ce_subject"] = self.subject
        return headers

    @classmethod
    def from_headers(cls, headers: dict[str, str]) -> Envelope:
        if not all(map(headers.get, _REQUIRED)):
            missing = [name for name in _REQUIRED if not headers.get(name)]
            raise EnvelopeError(f"missing CloudEvents headers: {', '.join(missing)}")
        if headers["ce_specversion"] != SPEC_VERSION:
            raise EnvelopeError(f"unsupported ce_specversion {headers['ce_specversion']!r}")
        try:
            time = datetime.fromisoformat(headers["ce_time"])
        except ValueError as exc:
            raise EnvelopeError(f"ce_time is not ISO 8601: {headers['ce_time']!r}") from exc
        return cls(
            id=headers["ce_id"],
            type=headers["ce_type"],
            source=headers["ce_source"],
            time=time,
            correlation_id=headers.get(CORRELATION_HEADER) or headers["ce_id"],
            subject=headers.get("ce_subject"),
            trace={name: headers[name] for name in TRACE_HEADERS if headers.get(name)},
        )
