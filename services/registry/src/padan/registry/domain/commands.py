"""What a caller may submit: validated at the edge with field-level errors."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from padan.shared.regions import is_valid_region_code
from padan.shared.vocabulary import BusinessScale, BuyerKind, ProcurementMethod, ProcurementType


def _region(value: str) -> str:
    if not is_valid_region_code(value):
        raise ValueError("kode wilayah Kemendagri tidak dikenal (contoh: 18.71) / unknown region code")
    return value


def _region_or_unknown(value: str) -> str:
    """A need's or buyer's region may be unknown (""): an imported package of a central agency before its
    SIRUP location rows arrive, a satker whose KLPD has no region."""
    return value if value == "" else _region(value)


def _regions(values: list[str]) -> list[str]:
    for value in values:
        _region(value)
    return values


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


CertificateKind = Literal["tkdn", "halal", "sni"]
CERTIFICATE_KINDS: tuple[CertificateKind, ...] = ("tkdn", "halal", "sni")


class SupplierCertificate(Command):
    """A certificate the supplier holds: TKDN (Kemenperin), halal (BPJPH), SNI (SPPT-SNI)."""

    kind: CertificateKind
    number: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9./\- ]*$")
    valid_until: date | None = Field(default=None, ge=date(2000, 1, 1), le=date(2100, 12, 31))


def _distinct(certificates: list[SupplierCertificate]) -> list[SupplierCertificate]:
    keys = [(c.kind, c.number.upper()) for c in certificates]
    if len(set(keys)) != len(keys):
        raise ValueError("sertifikat yang sama tercantum dua kali / the same certificate is listed twice")
    return certificates


class UpsertSupplier(Command):
    nib: str = Field(pattern=r"^\d{13}$", description="Nomor Induk Berusaha, 13 digit")
    name: str = Field(min_length=2, max_length=200)
    kbli: list[str] = Field(default_factory=list, max_length=20)
    region_code: str
    address: str = Field(default="", max_length=500)
    scale: BusinessScale
    is_cooperative: bool = False
    contact_name: str = Field(default="", max_length=120)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=30)
    ekatalog_vendor_id: str | None = Field(default=None, max_length=64)
    npwp: str | None = Field(default=None, pattern=r"^\d{15,16}$", description="NPWP, digits only")
    certificates: list[SupplierCertificate] = Field(default_factory=list, max_length=20)

    _check_region = field_validator("region_code")(_region)
    _check_certificates = field_validator("certificates")(_distinct)


class UpsertProduct(Command):
    supplier_nib: str = Field(pattern=r"^\d{13}$")
    sku: str = Field(min_length=1, max_length=64, description="The supplier's own product code")
    name: str = Field(min_length=2, max_length=200)
    description: str = Field(default="", max_length=4000)
    kbki_code: str | None = Field(default=None, max_length=20)
    category: str = Field(default="", max_length=120)
    unit: str = Field(default="unit", max_length=30)
    price_idr: int = Field(ge=0, le=10**14)
    monthly_capacity: int | None = Field(default=None, ge=0)
    tkdn_percent: float | None = Field(default=None, ge=0, le=100)
    bmp_percent: float | None = Field(default=None, ge=0, le=100)
    tkdn_certificate: str | None = Field(default=None, max_length=64)
    ekatalog_product_id: str | None = Field(default=None, max_length=64)
    active: bool = True


class UpsertBuyer(Command):
    satker_code: str = Field(min_length=1, max_length=40)
    kind: BuyerKind
    name: str = Field(min_length=2, max_length=200)
    region_code: str
    email: EmailStr | None = None

    _check_region = field_validator("region_code")(_region_or_unknown)


class UpsertNeed(Command):
    kode_rup: str = Field(pattern=r"^\d{1,20}$")
    satker_code: str = Field(min_length=1, max_length=40)
    package_name: str = Field(min_length=3, max_length=500)
    pagu_idr: int = Field(ge=0, le=10**15)
    procurement_method: ProcurementMethod
    procurement_type: ProcurementType
    funding_source: str = Field(default="", max_length=60)
    fiscal_year: int = Field(ge=2015, le=2100)
    selection_start: date | None = None
    selection_end: date | None = None
    region_code: str
    is_pdn: bool = True
    is_umk: bool = False
    specification: str = Field(default="", max_length=8000)
    volume: int | None = Field(default=None, ge=0)
    unit: str | None = Field(default=None, max_length=30)
    open: bool = True
    volume_text: str | None = Field(default=None, max_length=200, description="The volume as SIRUP wrote it")
    region_codes: list[str] = Field(default_factory=list, max_length=600, description="Every location's region")

    _check_region = field_validator("region_code")(_region_or_unknown)
    _check_regions = field_validator("region_codes")(_regions)
