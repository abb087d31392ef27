"""What this replica answers for: the needs partitions the `matcher` group gave it, their open needs in
memory, and which product versions have been scored against which partition.

A product is scored once per (product version, needs partition): by whichever replica owns the
partition when the product arrives, or, if nobody did (all replicas down, a rebalance under way), by the
replica that is next given the partition, in the catch-up that follows every assignment.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from padan.matcher.adapters.repository import MatchRepository
from padan.matcher.domain.catalog import Catalog
from padan.matcher.domain.open_needs import OpenNeeds
from padan.shared.events import NeedUpserted
from padan.shared.logging import get_logger
from padan.shared.partitioning import partition_count, partition_for
from padan.shared.topics import NEEDS

log = get_logger(__name__)
NEEDS_PARTITIONS = partition_count(NEEDS)


def need_partition(need_id: str) -> int:
    return partition_for(need_id, NEEDS_PARTITIONS)


@dataclass
class OwnedNeeds:
    needs: OpenNeeds = field(default_factory=OpenNeeds)
    partitions: set[int] = field(default_factory=set)
    #: product id -> needs partition -> highest product version scored there (as the store recorded it)
    scored: dict[str, dict[int, int]] = field(default_factory=dict)
    #: product id -> highest version scored against every owned partition since they were taken over: one
    #: int per product instead of a dict per product (a national catalog is a million products)
    scored_everywhere: dict[str, int] = field(default_factory=dict)
    #: products that arrived while a catch-up was running; it scores them before it ends
    arrived_during_catch_up: set[str] = field(default_factory=set)
    #: needs handled here while the store was being read for a take-over; they are put back after it
    handled_during_load: list[tuple[NeedUpserted, int]] = field(default_factory=list)
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    def keep(self, need: NeedUpserted) -> None:
        """A need this replica just handled (its partition is, or is about to be, one of ours)."""
        partition = need_partition(need.need_id)
        if not self.ready.is_set():
            self.handled_during_load.append((need, partition))
        if partition in self.partitions or not self.ready.is_set():
            self.needs.put(need, partition)

    def unscored(self, product_id: str, version: int) -> set[int]:
        if self.scored_everywhere.get(product_id, 0) >= version:
            return set()
        done = self.scored.get(product_id, {})
        return {p for p in self.partitions if done.get(p, 0) < version}

    def record_scored(self, product_id: str, version: int, partitions: set[int]) -> None:
        if not self.unscored(product_id, version) - partitions:
            self.scored_everywhere[product_id] = max(self.scored_everywhere.get(product_id, 0), version)
            self.scored.pop(product_id, None)
            return
        done = self.scored.setdefault(product_id, {})
        for partition in partitions:
            done[partition] = max(done.get(partition, 0), version)

    def forget_scored(self, product_id: str) -> None:
        """The product must be scored again (its supplier changed, so the rules and the score may too)."""
        self.scored.pop(product_id, None)
        self.scored_everywhere.pop(product_id, None)


async def load(owned: OwnedNeeds, repository: MatchRepository, partitions: set[int]) -> None:
    """Take over `partitions`: their open needs and the scoring record, read from the store."""
    owned.ready.clear()
    owned.partitions = set(partitions)
    owned.handled_during_load.clear()
    needs = [(need, need_partition(need.need_id)) async for need in repository.open_needs()]
    handled, owned.handled_during_load = owned.handled_during_load, []
    owned.needs.replace((need, partition) for need, partition in needs + handled if partition in partitions)
    owned.scored = await repository.scored_versions()
    owned.scored_everywhere = {}
    log.info("needs_partitions_loaded", partitions=sorted(partitions), open_needs=len(owned.needs))


async def catch_up(owned: OwnedNeeds, catalog: Catalog, score: Callable[[str], Awaitable[None]]) -> None:
    """Score every product not yet scored against the newly owned partitions, then open the gate.

    A product that shares no term with any of their open needs cannot be matched with one: it is recorded
    as scored without being read back and analysed again (at start, with few open needs, that is nearly
    the whole catalog, and re-analysing it was a large part of getting ready)."""
    sharing = catalog.candidates(owned.needs.words())
    for count, product_id in enumerate(list(catalog.products), start=1):  # the ids: products come meanwhile
        if product_id in sharing:
            await score(product_id)
        else:
            owned.record_scored(product_id, catalog.products[product_id].version, owned.partitions)
        if count % 500 == 0:
            await asyncio.sleep(0)  # let the API and the consumers in between a large catalog's catch-up
    while owned.arrived_during_catch_up:
        await score(owned.arrived_during_catch_up.pop())
    owned.ready.set()
