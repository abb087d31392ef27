"""The life of a match after it is proposed, and of the deal that may follow it.

    proposed -> viewed -> interested (either side) -> meeting -> deal_agreed -> contracted
    any open state -> declined;  deal_agreed / contracted -> cancelled (the deal is cancelled)

Every transition is a pure function of the current event and returns the next one (version + 1), or None
when the request changes nothing (a repeated click, a redelivered command): the caller then writes and
publishes nothing, which is what makes every lifecycle command idempotent.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, TypeVar

from padan.shared.events import DealChanged, MatchChanged, NeedUpserted, ProductUpserted, SupplierUpserted
from padan.shared.vocabulary import DealStatus, MatchStatus, Side

EventT = TypeVar("EventT", MatchChanged, DealChanged)

OPEN = frozenset({MatchStatus.PROPOSED, MatchStatus.VIEWED, MatchStatus.INTERESTED, MatchStatus.MEETING})
WITH_DEAL = frozenset({MatchStatus.DEAL_AGREED, MatchStatus.CONTRACTED})


class LifecycleError(Exception):
    """A request the current state does not allow; the message is for the person who asked."""

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en


def deal_id(match_id: str) -> str:
    """One deal per match: agreeing twice (a retried request) finds the same deal."""
    return "deal-" + hashlib.sha256(match_id.encode()).hexdigest()[:24]


def next_version(event: EventT, now: datetime, **changes: object) -> EventT:
    """The next version of a match or a deal with `changes` applied."""
    return event.model_copy(update={**changes, "version": event.version + 1, "occurred_at": now})


_next = next_version


def new_deal(
    match: MatchChanged,
    need: NeedUpserted,
    product: ProductUpserted | None,
    supplier: SupplierUpserted | None,
    *,
    now: datetime,
    **fields: Any,
) -> DealChanged:
    """Version 1 of the deal of a match: the facts it copies from the match, its package, product and
    supplier, then `fields` (status, value, ...), which may replace them."""
    facts: dict[str, Any] = {
        "deal_id": deal_id(match.match_id),
        "match_id": match.match_id,
        "need_id": match.need_id,
        "kode_rup": need.kode_rup,
        "product_id": match.product_id,
        "supplier_id": match.supplier_id,
        "buyer_id": match.buyer_id,
        "tkdn_percent": product.tkdn_percent if product else None,
        "supplier_scale": supplier.scale if supplier else None,
        "supplier_is_cooperative": supplier.is_cooperative if supplier else False,
        "region_code": need.region_code,
        "fiscal_year": need.fiscal_year,
        "package_name": need.package_name,
        "pagu_idr": need.pagu_idr,
        "version": 1,
        "occurred_at": now,
    }
    return DealChanged(**{**facts, **fields})


def _moved(match: MatchChanged, status: MatchStatus, now: datetime) -> MatchChanged | None:
    return None if match.status is status else _next(match, now, status=status)


def mark_viewed(match: MatchChanged, now: datetime) -> MatchChanged | None:
    if match.status is not MatchStatus.PROPOSED:
        return None
    return _next(match, now, status=MatchStatus.VIEWED)


def express_interest(match: MatchChanged, side: Side, now: datetime) -> MatchChanged | None:
    if match.status not in OPEN | WITH_DEAL:
        raise LifecycleError("Kecocokan ini sudah ditolak atau dibatalkan", "this match was declined or cancelled")
    if side in match.interested:
        return None
    status = MatchStatus.INTERESTED if match.status in OPEN - {MatchStatus.MEETING} else match.status
    return _next(match, now, status=status, interested=sorted({*match.interested, side}))


def decline(match: MatchChanged, now: datetime) -> MatchChanged | None:
    if match.status is MatchStatus.DECLINED:
        return None
    if match.status not in OPEN:
        raise LifecycleError(
            "Kecocokan dengan kesepakatan tidak dapat ditolak; batalkan kesepakatannya",
            "a match with a deal cannot be declined; cancel the deal instead",
        )
    return _next(match, now, status=MatchStatus.DECLINED)


def hold_meeting(match: MatchChanged, now: datetime) -> MatchChanged | None:
    """A business-matching meeting was scheduled for the pair."""
    if match.status not in OPEN or match.status is MatchStatus.MEETING:
        return None
    return _next(match, now, status=MatchStatus.MEETING)


def deal_agreed_on(match: MatchChanged, now: datetime) -> MatchChanged | None:
    """The match side of an agreed deal (also used to finish a command cut short after the deal write)."""
    if match.status not in OPEN:
        return None
    return _next(match, now, status=MatchStatus.DEAL_AGREED)


def agree_deal(
    match: MatchChanged,
    need: NeedUpserted,
    product: ProductUpserted | None,
    supplier: SupplierUpserted | None,
    *,
    value_idr: int,
    now: datetime,
) -> tuple[MatchChanged, DealChanged]:
    """The two sides agree: the match moves to deal_agreed and a deal is born (version 1)."""
    if match.status not in OPEN:
        raise LifecycleError("Kesepakatan hanya untuk kecocokan yang masih terbuka", "a deal needs an open match")
    if value_idr > need.pagu_idr:
        raise LifecycleError(
            f"Nilai kesepakatan melebihi pagu paket ({need.pagu_idr})",
            f"the deal value exceeds the package's pagu ({need.pagu_idr})",
        )
    deal = new_deal(match, need, product, supplier, now=now, status=DealStatus.AGREED, value_idr=value_idr)
    return _next(match, now, status=MatchStatus.DEAL_AGREED), deal


def existing_deal_agreed(deal: DealChanged) -> None:
    """Agreeing again on a match whose deal exists: a retry is fine, a cancelled deal is final."""
    if deal.status is DealStatus.CANCELLED:
        raise LifecycleError("Kesepakatan untuk kecocokan ini sudah dibatalkan", "this match's deal was cancelled")


def record_contract(
    deal: DealChanged,
    match: MatchChanged,
    *,
    value_idr: int,
    contract_date: date,
    contract_number: str | None,
    order_number: str | None,
    now: datetime,
) -> tuple[MatchChanged | None, DealChanged | None]:
    """The e-purchasing order or contract is signed: the deal and its match become contracted."""
    recorded = (deal.value_idr, deal.contract_date, deal.contract_number, deal.order_number)
    if deal.status is DealStatus.CONTRACTED:
        if recorded == (value_idr, contract_date, contract_number, order_number):
            return None, None
        raise LifecycleError(
            "Kontrak sudah dicatat dengan data lain", "a contract with different data is already recorded"
        )
    if deal.status is DealStatus.CANCELLED:
        raise LifecycleError("Kesepakatan sudah dibatalkan", "the deal was cancelled")
    if not (contract_number or order_number):
        raise LifecycleError(
            "Isi nomor kontrak atau nomor pesanan e-purchasing", "give a contract or e-purchasing order number"
        )
    if deal.pagu_idr is not None and value_idr > deal.pagu_idr:
        raise LifecycleError(
            f"Nilai kontrak melebihi pagu paket ({deal.pagu_idr})",
            f"the contract value exceeds the package's pagu ({deal.pagu_idr})",
        )
    contracted = deal.model_copy(
        update={
            "status": DealStatus.CONTRACTED,
            "value_idr": value_idr,
            "contract_date": contract_date,
            "contract_number": contract_number,
            "order_number": order_number,
            "version": deal.version + 1,
            "occurred_at": now,
        }
    )
    return _moved(match, MatchStatus.CONTRACTED, now), contracted


def cancel_deal(
    deal: DealChanged, match: MatchChanged, reason: str, now: datetime
) -> tuple[MatchChanged | None, DealChanged | None]:
    if deal.status is DealStatus.CANCELLED:
        return None, None
    cancelled = deal.model_copy(
        update={
            "status": DealStatus.CANCELLED,
            "cancel_reason": reason,
            "version": deal.version + 1,
            "occurred_at": now,
        }
    )
    return _moved(match, MatchStatus.CANCELLED, now), cancelled
