"""Two matcher replicas in one consumer group on the real stack: they split the needs partitions; when one
stops, the other takes its partitions over, and no match is lost or made twice, in either direction
(new needs against the catalog, a new product against the open needs of every partition)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from padan.cli.kafka_probe import publish_events, read_events, skip_history
from padan.cli.testing import ServiceProcess, StackEndpoints, free_port, unique, unique_word, wait_until
from padan.shared import topics
from padan.shared.events import NeedUpserted, ProductUpserted, SupplierUpserted

pytestmark = pytest.mark.integration
LOGS = Path(__file__).resolve().parents[3] / ".padan" / "test-logs"
NOW = datetime.now(UTC)
ALL_PARTITIONS = list(range(6))


@pytest.fixture
def replicas(real_stack: StackEndpoints) -> Iterator[list[ServiceProcess]]:
    LOGS.mkdir(parents=True, exist_ok=True)
    env = {"PADAN_MATCHER_MONGO_DATABASE": unique("matcher_scale"), "PADAN_MATCHER_GROUP_ID": unique("matcher")}
    asyncio.run(skip_history(real_stack.kafka_bootstrap, env["PADAN_MATCHER_GROUP_ID"], [topics.NEEDS]))
    started = [
        ServiceProcess("matcher", free_port(), env=env, log_path=LOGS / f"{unique('matcher_replica')}.log")
        for _ in range(2)
    ]
    try:
        for replica in started:
            replica.start()
        yield started
    finally:
        for replica in started:
            replica.stop()


def _replica(process: ServiceProcess) -> dict[str, Any]:
    return dict(httpx.get(f"{process.url}/api/v1/replica", timeout=60).json())


def _needs(tag: str, numbers: range) -> list[NeedUpserted]:
    return [
        NeedUpserted(
            need_id=f"ned-{tag}-{n}", kode_rup=f"{n}", buyer_id="buy-1", satker_code="1.01",
            package_name=f"Belanja kain tapis {tag} cenderamata tamu", pagu_idr=80_000_000,
            procurement_method="e_purchasing", procurement_type="barang", fiscal_year=2026, region_code="18.71",
            version=1, occurred_at=NOW,
        )
        for n in numbers
    ]  # fmt: skip


def _product(tag: str, key: str) -> ProductUpserted:
    return ProductUpserted(
        product_id=f"pro-{tag}-{key}", supplier_id=f"sup-{tag}", name=f"Kain tapis {tag} motif {key}",
        price_idr=2_000_000, version=1, occurred_at=NOW,
    )  # fmt: skip


def _matches(process: ServiceProcess, product_id: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{process.url}/api/v1/matches", params={"product_id": product_id, "limit": 500}, timeout=60)
    return list(response.json()["items"])


def test_two_replicas_share_the_needs_and_one_takes_over_when_the_other_stops(
    replicas: list[ServiceProcess], real_stack: StackEndpoints
) -> None:
    first, second = replicas
    tag = unique_word("s")
    supplier = SupplierUpserted(
        supplier_id=f"sup-{tag}", nib="1234567890123", name="IKM Tapis", region_code="18.71", scale="mikro",
        version=1, occurred_at=NOW,
    )  # fmt: skip

    def split() -> bool:
        owned = [_replica(first), _replica(second)]
        partitions = owned[0]["needs_partitions"] + owned[1]["needs_partitions"]
        return all(o["ready"] and o["needs_partitions"] for o in owned) and sorted(partitions) == ALL_PARTITIONS

    wait_until(split, 120, what="the two replicas to split the six needs partitions")

    before = _needs(tag, range(40))
    asyncio.run(publish_events(real_stack.kafka_bootstrap, [supplier, _product(tag, "a"), *before]))
    wait_until(lambda: len(_matches(second, f"pro-{tag}-a")) == 40, 300, what="40 matches for product a")
    held = [_replica(first)["open_needs"], _replica(second)["open_needs"]]
    assert all(held) and sum(held) == 40, f"each replica holds the open needs of its own partitions: {held}"

    first.stop()
    wait_until(lambda: _replica(second)["needs_partitions"] == ALL_PARTITIONS, 120, what="the take-over")
    after = _needs(tag, range(40, 60))
    asyncio.run(publish_events(real_stack.kafka_bootstrap, [*after, _product(tag, "b")]))

    wait_until(lambda: len(_matches(second, f"pro-{tag}-a")) == 60, 300, what="new needs matched by the survivor")
    wait_until(
        lambda: len(_matches(second, f"pro-{tag}-b")) == 60,
        300,
        what="the new product matched against the needs of every partition, the stopped replica's too",
    )
    for key in ("a", "b"):
        need_ids = Counter(m["need_id"] for m in _matches(second, f"pro-{tag}-{key}"))
        assert set(need_ids) == {n.need_id for n in before + after} and set(need_ids.values()) == {1}

    match_ids = {m["match_id"] for key in ("a", "b") for m in _matches(second, f"pro-{tag}-{key}")}
    published = asyncio.run(read_events(real_stack.kafka_bootstrap, topics.MATCHES, match_ids, expected=120))
    assert Counter(e["match_id"] for e in published) == dict.fromkeys(match_ids, 1), "one event per match"
