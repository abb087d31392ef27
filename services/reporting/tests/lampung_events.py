"""The Lampung demo (padan.registry.demo) as the events the registry would publish for it (same aggregate
ids, same content), plus a deterministic follow-up the matcher would report: matches on the P3DN
packages, meetings at the 11 May 2023 business-matching event, deals and contracts."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from padan.registry.demo import MACHINERY_IKM, P3DN_PACKAGE_NAMES, lampung_demo
from padan.registry.domain.aggregates import Kind, aggregate_id
from padan.shared.events import (
    BuyerUpserted,
    DealChanged,
    Event,
    MatchChanged,
    MatchExplanation,
    MeetingChanged,
    NeedUpserted,
    ProductUpserted,
    SupplierUpserted,
)

AT = datetime(2023, 5, 11, 9, 0, tzinfo=UTC)
MATCHING_EVENT = "business-matching-p3dn-lampung-2023-05-11"
MACHINERY_WORDS = ("traktor", "alsintan", "pengupas kopi", "pompa air")
#: (match status, deal status or None, match version) by the follow-up's draw
OUTCOMES = (
    [("proposed", None, 1)] * 8
    + [("interested", None, 2)] * 3
    + [("meeting", None, 3)] * 3
    + [("deal_agreed", "agreed", 4)] * 2
    + [("contracted", "contracted", 5)] * 4
)


def registry_events() -> list[Event]:
    data = lampung_demo()
    events: list[Event] = []
    for s in data.suppliers:
        events.append(SupplierUpserted.model_validate(
            {**s, "supplier_id": aggregate_id(Kind.SUPPLIER, s["nib"]), "version": 1, "occurred_at": AT}
        ))  # fmt: skip
    for p in data.products:
        events.append(ProductUpserted.model_validate({
            **p, "product_id": aggregate_id(Kind.PRODUCT, f"{p['supplier_nib']}/{p['sku']}"),
            "supplier_id": aggregate_id(Kind.SUPPLIER, p["supplier_nib"]), "version": 1, "occurred_at": AT,
        }))  # fmt: skip
    for b in data.buyers:
        events.append(BuyerUpserted.model_validate(
            {**b, "buyer_id": aggregate_id(Kind.BUYER, b["satker_code"]), "version": 1, "occurred_at": AT}
        ))  # fmt: skip
    for n in data.needs:
        events.append(NeedUpserted.model_validate({
            **n, "need_id": aggregate_id(Kind.NEED, n["kode_rup"]), "buyer_id": aggregate_id(Kind.BUYER, n["satker_code"]),
            "version": 1, "occurred_at": AT,
        }))  # fmt: skip
    return events


def follow_up_events(seed: int = 11) -> list[Event]:
    """Matches on every P3DN package (one supplier of the right trade each), meetings for those that got
    to a conversation, deals for those agreed, contracts for those signed."""
    rng = random.Random(seed)
    data = lampung_demo()
    suppliers = {s["nib"]: s for s in data.suppliers}
    machinery = [p for p in data.products if suppliers[p["supplier_nib"]]["name"] in MACHINERY_IKM]
    crafts = [p for p in data.products if suppliers[p["supplier_nib"]]["name"] not in MACHINERY_IKM]
    events: list[Event] = []
    for index, need in enumerate(n for n in data.needs if n["package_name"] in P3DN_PACKAGE_NAMES):
        product = rng.choice(machinery if any(w in need["package_name"].lower() for w in MACHINERY_WORDS) else crafts)
        supplier = suppliers[product["supplier_nib"]]
        need_id, buyer_id = aggregate_id(Kind.NEED, need["kode_rup"]), aggregate_id(Kind.BUYER, need["satker_code"])
        supplier_id = aggregate_id(Kind.SUPPLIER, supplier["nib"])
        product_id = aggregate_id(Kind.PRODUCT, f"{product['supplier_nib']}/{product['sku']}")
        match_status, deal_status, version = rng.choice(OUTCOMES)
        match_id = f"demo-mat-{index:04d}"
        events.append(MatchChanged(
            match_id=match_id, need_id=need_id, product_id=product_id, supplier_id=supplier_id, buyer_id=buyer_id,
            status=match_status, score=round(rng.uniform(0.5, 0.95), 3), rank=1, explanation=MatchExplanation(),
            package_name=need["package_name"], product_name=product["name"], pagu_idr=need["pagu_idr"],
            region_code=need["region_code"], version=version, occurred_at=AT,
        ))  # fmt: skip
        if version >= 3:
            events.append(MeetingChanged(
                meeting_id=f"demo-mtg-{index:04d}", matching_event_id=MATCHING_EVENT, match_id=match_id,
                supplier_id=supplier_id, buyer_id=buyer_id, status="held", table=index % 20 + 1, version=2,
                occurred_at=AT,
            ))  # fmt: skip
        if deal_status:
            contracted = deal_status == "contracted"
            events.append(DealChanged(
                deal_id=f"demo-deal-{index:04d}", match_id=match_id, need_id=need_id, kode_rup=need["kode_rup"],
                product_id=product_id, supplier_id=supplier_id, buyer_id=buyer_id, status=deal_status,
                value_idr=need["pagu_idr"] * rng.randrange(80, 99) // 100 // 1000 * 1000,
                contract_number=f"SPK/{index:04d}/2023" if contracted else None,
                contract_date=date(2023, 6, 1 + index % 28) if contracted else None,
                tkdn_percent=product["tkdn_percent"], supplier_scale=supplier["scale"],
                supplier_is_cooperative=supplier["is_cooperative"], region_code=need["region_code"],
                version=2 if contracted else 1, occurred_at=AT,
            ))  # fmt: skip
    return events
