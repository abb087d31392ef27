"""Kafka topic names. A breaking change to an event is a new topic (".v2"), never an edit of ".v1"."""

from __future__ import annotations

from dataclasses import dataclass

SUPPLIERS = "registry.suppliers.v1"
PRODUCTS = "registry.products.v1"
BUYERS = "registry.buyers.v1"
NEEDS = "registry.needs.v1"
REALISATIONS = "registry.realisations.v1"
MATCHES = "matcher.matches.v1"
MEETINGS = "matcher.meetings.v1"
UNMATCHED_NEEDS = "matcher.unmatched_needs.v1"
DEALS = "deals.v1"
SESSIONS = "registry.sessions.v1"


def dlq_topic(topic: str) -> str:
    """Where messages of `topic` that no consumer can read are parked, with the reason."""
    return f"{topic}.dlq"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    compacted: bool = False
    retention_ms: int | None = None  # None: the broker's default


# Catalog state topics are compacted so every matcher replica can rebuild its index from them.
TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(SUPPLIERS, 6, compacted=True),
    TopicSpec(PRODUCTS, 6, compacted=True),
    TopicSpec(BUYERS, 6, compacted=True),
    TopicSpec(NEEDS, 6),
    # Keyed by kode RUP, several realisations to a key: never compacted.
    TopicSpec(REALISATIONS, 6),
    TopicSpec(MATCHES, 6),
    TopicSpec(MEETINGS, 3),
    TopicSpec(UNMATCHED_NEEDS, 6),
    TopicSpec(DEALS, 3),
    # Ended sessions matter only until their last token expires (hours): a day of them is plenty for a
    # service that starts and reads the topic from the beginning.
    TopicSpec(SESSIONS, 1, retention_ms=24 * 3600 * 1000),
)

ALL_TOPICS: tuple[TopicSpec, ...] = TOPICS + tuple(TopicSpec(dlq_topic(t.name), 1) for t in TOPICS)
