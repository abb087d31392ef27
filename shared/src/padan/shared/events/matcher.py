"""Events of the matcher service: matches, business-matching meetings, and deals (the downstream contract)."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from padan.shared import topics
from padan.shared.events.base import Event
from padan.shared.vocabulary import BusinessScale, DealStatus, MatchStatus, MeetingStatus, Side


class RuleCheck(BaseModel):
    """One hard eligibility rule and how the pair fared."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    rule: str
    passed: bool
    detail: str = ""


class MatchExplanation(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)  # as Event's

    rules: list[RuleCheck] = Field(default_factory=list)
    matched_terms: list[str] = Field(default_factory=list)
    components: dict[str, float] = Field(default_factory=dict, description="Score part name -> value")


class MatchRealisation(BaseModel):
    """The LKPP realisation (registry.realisations.v1) that decided a match's outcome."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    realisation_id: str
    dataset: str
    source_id: str
    supplier_id: str | None = None
    supplier_name: str = ""
    value_idr: int = Field(ge=0)
    realised_on: date | None = None


class MatchChanged(Event):
    event_type: ClassVar[str] = "id.padan.matcher.match.changed.v1"
    topic: ClassVar[str] = topics.MATCHES

    match_id: str
    need_id: str
    product_id: str
    supplier_id: str
    buyer_id: str
    status: MatchStatus
    score: float
    rank: int | None = Field(default=None, ge=1)
    explanation: MatchExplanation
    package_name: str
    product_name: str
    pagu_idr: int = Field(ge=0)
    region_code: str
    interested: list[Side] = Field(default_factory=list)
    outcome: str | None = Field(
        default=None,
        description="What LKPP recorded as bought: realised (this supplier won; the match is contracted), "
        "bought_elsewhere (another supplier won; the match is cancelled), bought_with_other_product (this "
        "supplier won through another of its matches; cancelled)",
    )
    realisation: MatchRealisation | None = Field(default=None, description="The realisation behind `outcome`")

    def aggregate_id(self) -> str:
        return self.match_id


class NeedUnmatched(Event):
    """A need the matcher proposed no product for, and why: no local supplier offers what it asks for yet
    (a P3DN finding worth counting), or the law or the package rules out every offer that fits."""

    event_type: ClassVar[str] = "id.padan.matcher.need.unmatched.v1"
    topic: ClassVar[str] = topics.UNMATCHED_NEEDS

    need_id: str
    need_version: int = Field(ge=1, description="The version of the need that was ranked")
    kode_rup: str
    buyer_id: str
    package_name: str
    pagu_idr: int = Field(ge=0)
    region_code: str
    fiscal_year: int
    outcome: str = Field(
        description="no_fitting_product | rules_removed_all | no_goods_named | below_min_score | not_catalog_type"
    )
    reason: str = Field(description="Why, in Bahasa Indonesia (the rule and the offers, when rules removed them)")

    def aggregate_id(self) -> str:
        return self.need_id


class MeetingChanged(Event):
    event_type: ClassVar[str] = "id.padan.matcher.meeting.changed.v1"
    topic: ClassVar[str] = topics.MEETINGS

    meeting_id: str
    matching_event_id: str = Field(description="The business-matching event (e.g. Lampung 11 May 2023)")
    match_id: str | None = None
    supplier_id: str
    buyer_id: str
    status: MeetingStatus
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    table: int | None = None
    outcome: str | None = None
    requested_by: Side | None = Field(
        default=None,
        description="The side that asked for the meeting (a buyer's invitation: buyer); none when Padan proposed it",
    )

    def aggregate_id(self) -> str:
        return self.meeting_id


class DealChanged(Event):
    """A deal agreed, contracted or cancelled. This is the contract with downstream systems."""

    event_type: ClassVar[str] = "id.padan.matcher.deal.changed.v1"
    topic: ClassVar[str] = topics.DEALS

    deal_id: str
    match_id: str
    need_id: str
    kode_rup: str | None = None
    product_id: str
    supplier_id: str
    buyer_id: str
    status: DealStatus
    value_idr: int = Field(ge=0)
    contract_number: str | None = None
    order_number: str | None = Field(default=None, description="Nomor pesanan e-purchasing")
    contract_date: date | None = None
    tkdn_percent: float | None = Field(default=None, ge=0, le=100)
    supplier_scale: BusinessScale | None = None
    supplier_is_cooperative: bool = False
    region_code: str | None = None
    fiscal_year: int | None = Field(default=None, description="Tahun anggaran of the package")
    package_name: str | None = Field(default=None, description="Nama paket RUP")
    pagu_idr: int | None = Field(default=None, ge=0, description="The package's pagu (Rupiah)")
    cancel_reason: str | None = Field(default=None, max_length=500)

    def aggregate_id(self) -> str:
        return self.deal_id
