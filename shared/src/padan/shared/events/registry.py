"""Events of the registry service: suppliers, products, buyers, needs (RUP packages)."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from padan.shared import topics
from padan.shared.events.base import Event
from padan.shared.vocabulary import BusinessScale, BuyerKind, ProcurementMethod, ProcurementType

RegionCode = str


class Certificate(BaseModel):
    """A certificate a supplier holds (TKDN, halal, SNI)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    kind: str = Field(description="tkdn | halal | sni | other")
    number: str
    valid_until: date | None = None


class SupplierUpserted(Event):
    event_type: ClassVar[str] = "id.padan.registry.supplier.upserted.v1"
    topic: ClassVar[str] = topics.SUPPLIERS

    supplier_id: str
    nib: str = Field(description="Nomor Induk Berusaha (OSS)")
    name: str
    kbli: list[str] = Field(default_factory=list)
    region_code: RegionCode = Field(description="Kemendagri kab/kota code, e.g. 18.71")
    address: str = ""
    scale: BusinessScale
    is_cooperative: bool = False
    contact_name: str = ""
    email: str | None = None
    phone: str | None = None
    certificates: list[Certificate] = Field(default_factory=list)
    ekatalog_vendor_id: str | None = None
    completed_contracts: int = Field(default=0, ge=0, description="Track record known to the registry")
    verified: bool = Field(
        default=True,
        description="False while a self-registered supplier waits for an operator to confirm it holds the NIB: "
        "its products are not proposed and it may not subscribe to webhooks. The registry always sets it; "
        "true is only the reading of events written before verification existed (see docs/security.md).",
    )

    def aggregate_id(self) -> str:
        return self.supplier_id


class ProductUpserted(Event):
    event_type: ClassVar[str] = "id.padan.registry.product.upserted.v1"
    topic: ClassVar[str] = topics.PRODUCTS

    product_id: str
    supplier_id: str
    name: str
    description: str = ""
    kbki_code: str | None = Field(default=None, description="Klasifikasi Baku Komoditas Indonesia")
    category: str = ""
    unit: str = "unit"
    price_idr: int = Field(ge=0)
    monthly_capacity: int | None = Field(default=None, ge=0)
    tkdn_percent: float | None = Field(default=None, ge=0, le=100)
    bmp_percent: float | None = Field(default=None, ge=0, le=100)
    tkdn_certificate: str | None = None
    ekatalog_product_id: str | None = None
    active: bool = True

    def aggregate_id(self) -> str:
        return self.product_id


class BuyerUpserted(Event):
    event_type: ClassVar[str] = "id.padan.registry.buyer.upserted.v1"
    topic: ClassVar[str] = topics.BUYERS

    buyer_id: str
    kind: BuyerKind
    satker_code: str = Field(description="Kode satuan kerja")
    name: str
    region_code: RegionCode
    email: str | None = None

    def aggregate_id(self) -> str:
        return self.buyer_id


class NeedUpserted(Event):
    """A procurement need: one RUP package (SIRUP) or a need a buyer posted."""

    event_type: ClassVar[str] = "id.padan.registry.need.upserted.v1"
    topic: ClassVar[str] = topics.NEEDS

    need_id: str
    kode_rup: str
    buyer_id: str
    satker_code: str
    package_name: str
    pagu_idr: int = Field(ge=0)
    procurement_method: ProcurementMethod
    procurement_type: ProcurementType
    funding_source: str = ""
    fiscal_year: int
    selection_start: date | None = None
    selection_end: date | None = None
    region_code: RegionCode
    is_pdn: bool = True
    is_umk: bool = False
    specification: str = ""
    volume: int | None = Field(default=None, ge=0)
    unit: str | None = None
    open: bool = True

    def aggregate_id(self) -> str:
        return self.need_id


class SessionRevoked(Event):
    """A signed-in session ended (logout) before its tokens expire: every service refuses the session's
    tokens until `expires_at`, when the last of them would have expired anyway. Carries no personal data."""

    event_type: ClassVar[str] = "id.padan.registry.session.revoked.v1"
    topic: ClassVar[str] = topics.SESSIONS

    session_id: str = Field(min_length=1, max_length=64)
    expires_at: datetime = Field(description="Tokens of the session are refused until then (UTC)")
    reason: str = Field(default="logout", max_length=40)

    def aggregate_id(self) -> str:
        return self.session_id
