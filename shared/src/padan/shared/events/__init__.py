"""Every event model, and which topic carries which."""

from __future__ import annotations

from padan.shared.events.base import Event
from padan.shared.events.matcher import (
    DealChanged,
    MatchChanged,
    MatchExplanation,
    MatchRealisation,
    MeetingChanged,
    NeedUnmatched,
    RuleCheck,
)
from padan.shared.events.registry import (
    BuyerUpserted,
    Certificate,
    NeedUpserted,
    ProductUpserted,
    RealisationRecorded,
    RegionalPrice,
    SessionRevoked,
    SupplierUpserted,
)

EVENT_MODELS: tuple[type[Event], ...] = (
    SupplierUpserted,
    ProductUpserted,
    BuyerUpserted,
    NeedUpserted,
    RealisationRecorded,
    MatchChanged,
    MeetingChanged,
    DealChanged,
    NeedUnmatched,
    SessionRevoked,
)

MODEL_BY_TOPIC: dict[str, type[Event]] = {model.topic: model for model in EVENT_MODELS}
MODEL_BY_TYPE: dict[str, type[Event]] = {model.event_type: model for model in EVENT_MODELS}

__all__ = [
    "EVENT_MODELS",
    "MODEL_BY_TOPIC",
    "MODEL_BY_TYPE",
    "BuyerUpserted",
    "Certificate",
    "DealChanged",
    "Event",
    "MatchChanged",
    "MatchExplanation",
    "MatchRealisation",
    "MeetingChanged",
    "NeedUnmatched",
    "NeedUpserted",
    "ProductUpserted",
    "RealisationRecorded",
    "RegionalPrice",
    "RuleCheck",
    "SessionRevoked",
    "SupplierUpserted",
]
