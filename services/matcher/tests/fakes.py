"""In-memory stand-in for the matcher's Mongo repository, for tests of the handlers' logic."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from padan.shared.events import DealChanged, MatchChanged, NeedUnmatched, NeedUpserted


class FakeMatchRepository:
    def __init__(self) -> None:
        self.needs: dict[str, NeedUpserted] = {}
        self.matches: dict[str, MatchChanged] = {}
        #: every match event written, in order (what the outbox would publish)
        self.published: list[MatchChanged] = []
        self.scored: dict[str, dict[int, int]] = {}
        #: match id -> the trace context its event would carry on
        self.traces: dict[str, dict[str, str]] = {}
        #: "need id@version" -> the finding recorded for it
        self.unmatched: dict[str, NeedUnmatched] = {}
        #: the signed-in pages' lists (supplier:<id>, need:<id>, buyer:<id>), oldest first
        self.lists: dict[str, list[str]] = {}

    def _list(self, key: str, item: str) -> None:
        items = self.lists.setdefault(key, [])
        if item not in items:
            items.append(item)

    async def listed(self, key: str) -> list[str]:
        return list(self.lists.get(key, []))

    async def get_unmatched(self, need_id: str, need_version: int) -> dict[str, str] | None:
        finding = self.unmatched.get(f"{need_id}@{need_version}")
        return {"outcome": finding.outcome, "reason": finding.reason} if finding else None

    async def save_need_if_current(self, need: NeedUpserted) -> bool:
        stored = self.needs.get(need.need_id)
        if stored is not None and stored.version > need.version:
            return False
        self.needs[need.need_id] = need
        self._list(f"buyer:{need.buyer_id}", need.need_id)
        return True

    async def save_needs_if_current(self, needs: list[NeedUpserted]) -> list[NeedUpserted]:
        return [need for need in needs if await self.save_need_if_current(need)]

    async def open_needs(self) -> AsyncIterator[NeedUpserted]:
        for need in list(self.needs.values()):
            if need.open:
                yield need

    async def add_matches_if_absent(
        self, matches: list[MatchChanged], traces: Mapping[str, Mapping[str, str]] | None = None
    ) -> list[str]:
        fresh = [m for m in matches if m.match_id not in self.matches]
        self.matches.update((m.match_id, m) for m in fresh)
        for m in matches:
            self._list(f"supplier:{m.supplier_id}", m.match_id)
            self._list(f"need:{m.need_id}", m.match_id)
        self.traces.update((m.match_id, dict((traces or {}).get(m.match_id, {}))) for m in fresh)
        return [m.match_id for m in fresh]

    async def mark_product_scored(self, product_id: str, version: int, partitions: set[int]) -> None:
        done = self.scored.setdefault(product_id, {})
        for partition in partitions:
            done[partition] = max(done.get(partition, 0), version)

    async def scored_versions(self) -> dict[str, dict[int, int]]:
        return {product: dict(done) for product, done in self.scored.items()}

    async def find_matches(self, filters: dict[str, str], limit: int) -> list[dict[str, Any]]:
        found = [m.model_dump(mode="json") for m in self.matches.values()]
        return [m for m in found if all(m.get(k) == v for k, v in filters.items())][:limit]

    async def get_match(self, match_id: str) -> MatchChanged | None:
        return self.matches.get(match_id)

    async def save_match_change(self, match: MatchChanged) -> None:
        self.matches[match.match_id] = match
        self.published.append(match)

    async def get_need(self, need_id: str) -> NeedUpserted | None:
        return self.needs.get(need_id)

    async def matches_of_need(self, need_id: str) -> list[MatchChanged]:
        return [m for m in self.matches.values() if m.need_id == need_id]

    async def add_unmatched_if_absent(self, findings: list[NeedUnmatched]) -> list[str]:
        fresh = {f"{f.need_id}@{f.need_version}": f for f in findings}
        made = [key for key in fresh if key not in self.unmatched]
        self.unmatched.update((key, fresh[key]) for key in made)
        return made


class FakeDealRepository:
    def __init__(self) -> None:
        self.deals: dict[str, DealChanged] = {}
        self.realised: dict[str, dict[str, dict[str, Any]]] = {}
        #: every deal event written, in order (what the outbox would publish)
        self.published: list[DealChanged] = []

    async def get_deal(self, deal_id: str) -> DealChanged | None:
        return self.deals.get(deal_id)

    async def save_deal_change(
        self, deal: DealChanged, realised: Mapping[str, Mapping[str, Any]] | None = None
    ) -> None:
        self.deals[deal.deal_id] = deal
        if realised is not None:
            self.realised[deal.deal_id] = {key: dict(value) for key, value in realised.items()}
        self.published.append(deal)

    async def get_realised(self, deal_id: str) -> tuple[DealChanged, dict[str, dict[str, Any]]] | None:
        deal = self.deals.get(deal_id)
        return (deal, dict(self.realised.get(deal_id, {}))) if deal else None

    async def save_realised(self, deal_id: str, realised: Mapping[str, Mapping[str, Any]]) -> None:
        self.realised[deal_id] = {key: dict(value) for key, value in realised.items()}

    async def find_deals(self, filters: dict[str, str], limit: int) -> list[DealChanged]:
        found = [
            d for d in self.deals.values() if all(d.model_dump(mode="json").get(k) == v for k, v in filters.items())
        ]
        return found[:limit]
