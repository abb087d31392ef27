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


class RegionalPrice(BaseModel):
    """A catalog price that holds in one region (e-katalog lists a product's price per province or
    kab/kota it delivers to)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    region_code: RegionCode = Field(description="Kemendagri province (32) or kab/kota (32.04) code")
    price_idr: int = Field(ge=0)


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
    npwp: str | None = Field(default=None, description="Nomor Pokok Wajib Pajak, digits only (e-katalog)")
    scale_known: bool = Field(
        default=True,
        description="False when the source did not state the business scale (e-katalog 'Belum Terdefinisi'): "
        "`scale` is then 'besar', which no small-business rule or UMKM figure counts",
    )
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
    regional_prices: list[RegionalPrice] = Field(
        default_factory=list,
        description="Prices per region (e-katalog); empty: `price_idr` holds everywhere. With entries, "
        "`price_idr` is the lowest of them and the product is offered only in the regions listed "
        "(see padan.shared.pricing.price_for_region)",
    )
    supplier_name: str | None = Field(default=None, description="The supplier as the catalog names it")

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
    volume_text: str | None = Field(default=None, description="The volume as SIRUP wrote it ('30 Orang / Kali')")
    region_codes: list[RegionCode] = Field(
        default_factory=list,
        description="Every region of the package's location rows (SIRUP PaketPenyediaLokasi); `region_code` "
        "is the one matching uses ('' when neither a location nor the buyer's region is known)",
    )

    def aggregate_id(self) -> str:
        return self.need_id


class RealisationRecorded(Event):
    """What was actually bought on a RUP package, as LKPP publishes it: an e-purchasing order, a tender or
    non-tender award or contract, or a recorded non-tender purchase (pencatatan).

    One realisation is one purchase (`realisation_id`, from the purchase's own LKPP id, so a tender's award
    and its later contract are versions of one realisation); `version` counts its changes. The Kafka key is
    `kode_rup`, so every realisation of one package reaches a consumer in order."""

    event_type: ClassVar[str] = "id.padan.registry.realisation.recorded.v1"
    topic: ClassVar[str] = topics.REALISATIONS

    realisation_id: str
    kode_rup: str
    need_id: str = Field(description="The registry's id of the RUP package (as NeedUpserted), known or not")
    dataset: str = Field(description="LKPP ISB dataset of the row, e.g. Ecat-PaketEPurchasingV6")
    source_id: str = Field(description="The purchase's id in that dataset: kd_paket, kd_tender, kd_nontender")
    method: str = Field(description="e_purchasing | tender | non_tender | pencatatan")
    stage: str = Field(description="order | award | contract | payment: what the row records")
    order_number: str | None = Field(default=None, description="Nomor pesanan e-purchasing (kd_paket)")
    contract_number: str | None = Field(default=None, description="Nomor kontrak or nomor bukti realisasi")
    supplier_id: str | None = Field(default=None, description="The registry's supplier, when it knows the winner")
    supplier_name: str = Field(default="", description="The winner's name as published")
    supplier_npwp: str | None = Field(default=None, description="NPWP as published (15 or 16 digits)")
    supplier_kd_penyedia: str | None = Field(default=None, description="SPSE/SIKaP kd_penyedia")
    supplier_vendor_v6: str | None = Field(default=None, description="e-katalog v6 kd_penyedia_v6")
    supplier_scale: BusinessScale | None = Field(default=None, description="As the registry knows the supplier")
    supplier_is_cooperative: bool = False
    value_idr: int = Field(ge=0, description="Rupiah, rounded")
    realised_on: date | None = Field(default=None, description="Order, contract, award or payment date")
    status: str = Field(default="", description="Status as published (status_pkt, status_kontrak, ...)")
    cancelled: bool = Field(default=False, description="The order or contract was cancelled at LKPP")
    fiscal_year: int | None = None
    satker_code: str | None = None
    package_name: str = ""

    def aggregate_id(self) -> str:
        return self.kode_rup


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
