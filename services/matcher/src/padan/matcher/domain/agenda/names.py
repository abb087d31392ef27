"""The names an agenda shows: the registry's own name of a supplier or buyer, so a page never shows an id.

A registration's free-text name is what the participant typed (often its id, when it copied the invitation);
the registry's name (from registry.suppliers.v1 / registry.buyers.v1) is the one the party registered under.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from padan.matcher.domain.agenda.meeting import Meeting
from padan.shared.events import BuyerUpserted, SupplierUpserted
from padan.shared.vocabulary import Side


class PartyNames:
    def __init__(self, suppliers: Mapping[str, SupplierUpserted] | None = None) -> None:
        #: supplier_id -> its latest event; by default a directory of its own, or the catalog's suppliers
        self.suppliers: Mapping[str, SupplierUpserted] = suppliers if suppliers is not None else {}
        self.buyers: dict[str, BuyerUpserted] = {}

    def add_buyers(self, events: Iterable[BuyerUpserted]) -> None:
        for event in events:
            known = self.buyers.get(event.buyer_id)
            if known is None or known.version <= event.version:
                self.buyers[event.buyer_id] = event

    def name(self, side: Side, party_id: str, registered: str | None = None) -> str:
        """The registry's name, else the registration's (unless it is just the id), else the id."""
        known = self.suppliers.get(party_id) if side is Side.SUPPLIER else self.buyers.get(party_id)
        if known is not None and known.name.strip():
            return known.name
        if registered and registered.strip() and registered.strip() != party_id:
            return registered.strip()
        return party_id

    def named(self, participants: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """The participants with the name to show."""
        return [{**p, "name": self.name(Side(p["side"]), p["party_id"], p.get("name"))} for p in participants]

    def of(
        self, participants: Iterable[Mapping[str, Any]], meetings: Iterable[Meeting] = ()
    ) -> dict[tuple[Side, str], str]:
        """Names of the registered participants and of both sides of `meetings` (one may not be registered)."""
        names = {(Side(p["side"]), p["party_id"]): p["name"] for p in self.named(participants)}
        for meeting in meetings:
            for side in Side:
                names.setdefault((side, meeting.party(side)), self.name(side, meeting.party(side)))
        return names
