"""The dead-letter topic for deliveries whose every try failed: one message per dead delivery, keyed by
the delivery id (a republish after a crash carries the same key, so readers can drop the repeat)."""

from __future__ import annotations

import json
from typing import Any

from faststream.kafka import KafkaBroker


class KafkaDeadLetters:
    def __init__(self, broker: KafkaBroker, topic: str) -> None:
        self._broker = broker
        self._topic = topic

    async def publish(self, delivery_id: str, body: dict[str, Any]) -> None:
        """`body`: the dead delivery as its channel lets it be shown (padan.notifier.channels: no secret,
        the address fit for a log)."""
        message = json.dumps(body, default=str).encode()
        headers = {"dlq_reason": "delivery attempts exhausted", "dlq_delivery_id": delivery_id}
        await self._broker.publish(message, self._topic, key=delivery_id.encode(), headers=headers)
