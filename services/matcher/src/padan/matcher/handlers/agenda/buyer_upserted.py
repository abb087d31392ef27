"""registry.buyers.v1: remember each buyer's name for the agenda pages."""

from __future__ import annotations

from collections.abc import Sequence

from padan.matcher.domain.agenda.names import PartyNames
from padan.shared.events import BuyerUpserted


def buyers_upserted(names: PartyNames, events: Sequence[BuyerUpserted]) -> None:
    names.add_buyers(events)
