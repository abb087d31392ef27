"""Which partition a key lands on: the Kafka default partitioner (murmur2), as producers place it."""

from __future__ import annotations

from aiokafka.partitioner import murmur2

from padan.shared.topics import TOPICS


def partition_count(topic: str) -> int:
    return next(spec.partitions for spec in TOPICS if spec.name == topic)


def partition_for(key: str, partitions: int) -> int:
    return int(murmur2(key.encode()) & 0x7FFFFFFF) % partitions
