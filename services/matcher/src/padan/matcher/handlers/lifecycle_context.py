"""What every match- and deal-lifecycle command needs: the stores, the catalog, who may act, one writer
per match at a time, and a nudge to the outbox relay after each write."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from padan.matcher.adapters.deals_repository import DealRepository
from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.shared.auth import Principal, Role
from padan.shared.events import DealChanged, MatchChanged
from padan.shared.vocabulary import Side


class NotFound(Exception):
    pass


class NotAllowed(Exception):
    pass


@dataclass
class LifecycleContext:
    matches: MatchRepository
    deals: DealRepository
    catalog: Catalog
    on_written: Callable[[str, list[str]], None] = lambda collection, ids: None
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    # weak values: a lock lives while someone holds or waits for it, so the map does not grow
    _locks: weakref.WeakValueDictionary[str, asyncio.Lock] = field(default_factory=weakref.WeakValueDictionary)

    @asynccontextmanager
    async def locked(self, match_id: str) -> AsyncIterator[MatchChanged]:
        """The match, with its changes serialised: read-modify-write without a conditional filter."""
        lock = self._locks.setdefault(match_id, asyncio.Lock())
        async with lock:
            match = await self.matches.get_match(match_id)
            if match is None:
                raise NotFound(match_id)
            yield match

    async def save(self, match: MatchChanged | None, deal: DealChanged | None = None) -> None:
        # The deal first: if the process dies between the two writes, repeating the command finds the
        # deal and completes the match, while the reverse order could leave a match that claims a deal.
        if deal is not None:
            await self.deals.save_deal_change(deal)
            self.on_written("deals", [deal.deal_id])
        if match is not None:
            await self.matches.save_match_change(match)
            self.on_written("matches", [match.match_id])


def acting_side(principal: Principal, match: MatchChanged, requested: Side | None) -> Side:
    """The side the caller speaks for: its own (supplier or buyer of this match), or, for an operator,
    the side it names."""
    if principal.role is Role.OPERATOR:
        if requested is None:
            raise NotAllowed("operator must name the side (supplier or buyer) it acts for")
        return requested
    if principal.role is Role.SUPPLIER and principal.organisation_id == match.supplier_id:
        return Side.SUPPLIER
    if principal.role is Role.BUYER and principal.organisation_id == match.buyer_id:
        return Side.BUYER
    raise NotAllowed("not a party to this match")


async def change_as_party(
    context: LifecycleContext,
    principal: Principal,
    match_id: str,
    side: Side | None,
    change: Callable[[MatchChanged, datetime], MatchChanged | None],
) -> MatchChanged:
    """A change to the match that either party may make, the same whichever side asks (`change(match, now)`,
    None when it changes nothing): the match as it is afterwards."""
    async with context.locked(match_id) as match:
        acting_side(principal, match, side)
        changed = change(match, context.clock())
        await context.save(changed)
        return changed or match
