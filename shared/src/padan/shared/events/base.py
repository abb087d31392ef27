"""Base of every event payload.

Readers ignore fields they do not know, so adding an optional field keeps the topic (additive change);
the checked-in JSON Schemas and the compatibility test guard the rest.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class Event(BaseModel):
    # NaN and infinity serialize to JSON null, which no reader accepts: refuse them where the event is made,
    # so they fail in the producer instead of sending every consumer's copy to the DLQ.
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)

    #: CloudEvents `type`, e.g. "id.padan.registry.supplier.upserted.v1".
    event_type: ClassVar[str]
    #: The topic the event travels on.
    topic: ClassVar[str]

    version: int = Field(ge=1, description="Aggregate version; a reader drops an event older than what it has.")
    occurred_at: datetime = Field(description="When the change happened (UTC).")

    def aggregate_id(self) -> str:
        """The Kafka key: all events of one aggregate stay in order on one partition."""
        raise NotImplementedError
