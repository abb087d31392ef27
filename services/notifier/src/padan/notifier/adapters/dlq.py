"""The dead-letter topic for deliveries whose every try failed: one message per dead delivery, keyed by
the delivery id (a republish after a crash carries the same key, so readers can drop the repeat)."""

from __future__ import annotations

import json
from typing import Any

from faststream.kafka import KafkaBroker

from padan.notifier.adapters.senders import safe_url


def dead_letter_body(delivery: dict[str, Any]) -> dict[str, Any]:
    return {
        "delivery_id": delivery["_id"],
        "event_id": delivery["event_id"],
        "event_type": delivery.get("event_type"),
        "channel": delivery["channel"],
        "party": delivery["party"],
        "party_id": delivery["party_id"],
        "address": safe_url(delivery["address"]) if delivery["channel"] == "webhook" else delivery["address"],
        "attempts": delivery.get("attempt_count", 0),
        "last_error": delivery.get("last_error"),
        "webhook_body": (delivery.get("webhook") or {}).get("body"),
        "email_subject": (delivery.get("email") or {}).get("subject"),
    }


class KafkaDeadLetters:
    def __init__(self, broker: KafkaBroker, topic: str) -> None:
        self._broker = broker
        self._topic = topic

    async def publish(self, delivery: dict[str, Any]) -> None:
        body = json.dumps(dead_letter_body(delivery), default=str).encode()
        headers = {"dlq_reason": "delivery attempts exhausted", "dlq_delivery_id": delivery["_id"]}
        await self._broker.publish(body, self._topic, key=delivery["_id"].encode(), headers=headers)
