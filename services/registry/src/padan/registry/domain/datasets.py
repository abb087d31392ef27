"""LKPP datasets the registry imports: how each is recognised, and how one of its rows becomes a record.

LKPP publishes its data (ISB "Integrasi Satu Data": one JSON array per dataset, year and KLPD/LPSE, or
the same as CSV) split the way its systems keep it: a RUP package without its location, its locations
in another dataset, its budget lines in a third; a catalog product that names its supplier only by
name, the supplier in another dataset; regions under SIRUP's and e-katalog's own ids. Each `Dataset`
here is one of them: its name, the fields that recognise it, the pure mapping of a row to a record (or
the row's errors), and the target the record feeds. `handlers/import_feed.py` joins the records into
needs, products, suppliers and buyers.

To add a dataset (e-Purchasing V6 packages, SPSE contracts), write its record and `parse` and append a
`Dataset` to DATASETS; the file readers, dry run, API parameter and CLI find it by name or by its fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import EmailStr, Field, TypeAdapter, ValidationError

from padan.registry.domain import values
from padan.registry.domain.commands import Command, UpsertBuyer, UpsertNeed
from padan.registry.domain.feeds import RowError, lowered, pick, validate
from padan.registry.domain.realisations import (
    RealisationRow,
    epurchasing_order,
    nontender_award,
    nontender_contract,
    package_link,
    parse_with,
    recorded_purchase,
    tender_award,
    tender_contract,
)
from padan.shared.regions import find_province, find_region, find_region_in_text
from padan.shared.vocabulary import BusinessScale, BuyerKind


class Target(StrEnum):
    """What a dataset's records feed."""

    NEEDS = "needs"
    NEED_LOCATIONS = "need_locations"
    NEED_BUDGETS = "need_budgets"
    BUYERS = "buyers"
    PRODUCTS = "products"
    SUPPLIERS = "suppliers"
    REGIONS = "regions"
    REALISATIONS = "realisations"


# ---- records -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    """A RUP package. `need.region_code` is the region the row itself gives (an explicit Kemendagri code
    column, else the KLPD's own region, else ""); its location rows, when known, take precedence."""

    need: UpsertNeed
    explicit_region: bool
    buyer: UpsertBuyer | None  # the satker as the package names it, for when no master row is imported


@dataclass(frozen=True)
class PackageLocation:
    kode_rup: str
    region_code: str | None  # from the names in the row; None: only SIRUP's ids are known
    sirup_regency: str | None
    sirup_province: str | None


@dataclass(frozen=True)
class PackageBudgetLine:
    kode_rup: str
    funding_source: str
    pagu_idr: int | None


@dataclass(frozen=True)
class RegionAlias:
    """A region under a source's own id ("sirup:kabkota:14773" = "32.04"); region_code None: the name is
    not in the gazetteer as written (kept unresolved, reported)."""

    key: str
    name: str
    region_code: str | None
    province_key: str | None = None


class CatalogPrice(Command):
    """One regional price of an e-katalog product, under e-katalog's own region ids."""

    province_id: str | None = None
    regency_id: str | None = None
    price_idr: int = Field(ge=0, le=10**14)


class CatalogProduct(Command):
    """An e-katalog product (Ecat-ProdukDetail). Its supplier is known by name (and NIB when the row has
    one); the import links it to the supplier when that supplier is known or arrives later."""

    ekatalog_product_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=2, max_length=200)
    supplier_name: str | None = Field(default=None, max_length=200)
    supplier_nib: str | None = Field(default=None, pattern=r"^\d{13}$")
    description: str = Field(default="", max_length=4000)
    kbki_code: str | None = Field(default=None, max_length=20)
    category: str = Field(default="", max_length=120)
    unit: str = Field(default="unit", max_length=30)
    price_idr: int = Field(ge=0, le=10**14)
    prices: list[CatalogPrice] = Field(default_factory=list)
    monthly_capacity: int | None = Field(default=None, ge=0)
    tkdn_percent: float | None = Field(default=None, ge=0, le=100)
    bmp_percent: float | None = Field(default=None, ge=0, le=100)
    tkdn_certificate: str | None = Field(default=None, max_length=64)
    active: bool = True


class CatalogSupplier(Command):
    """An e-katalog supplier (Ecat-PenyediaDetail): identified by e-katalog's kd_penyedia, with NPWP and
    NIB when known."""

    ekatalog_vendor_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=2, max_length=200)
    npwp: str | None = Field(default=None, pattern=r"^\d{15,16}$")
    nib: str | None = Field(default=None, pattern=r"^\d{13}$")
    address: str = Field(default="", max_length=500)
    region_code: str = ""
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=30)
    kbli: list[str] = Field(default_factory=list, max_length=20)
    scale: BusinessScale
    scale_known: bool = True
    is_cooperative: bool = False


Record = (
    Package
    | PackageLocation
    | PackageBudgetLine
    | UpsertBuyer
    | RegionAlias
    | CatalogProduct
    | CatalogSupplier
    | RealisationRow
)
Parse = Callable[[Mapping[str, Any], int], "Record | list[RowError]"]


@dataclass(frozen=True)
class Dataset:
    name: str
    target: Target
    signature: frozenset[str]  # every one of these fields present: a row of this dataset
    parse: Parse
    aliases: tuple[str, ...] = ()
    description: str = ""


# ---- RUP (SIRUP) ----------------------------------------------------------------------------------------

PACKAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "kode_rup": ("kd_rup", "kode_rup", "id_rup"),
    "package_name": ("nama_paket", "paket"),
    "pagu_idr": ("pagu", "pagu_rup", "total_pagu"),
    "satker_code": ("kd_satker", "kode_satker", "kd_satker_str"),
    "procurement_method": ("metode_pengadaan", "mtd_pemilihan", "metode_pemilihan"),
    "procurement_type": ("jenis_pengadaan", "jenis_paket"),
    "funding_source": ("sumber_dana",),
    "fiscal_year": ("tahun_anggaran", "tahun"),
    "selection_start": ("tgl_awal_pemilihan", "awal_pemilihan"),
    "selection_end": ("tgl_akhir_pemilihan", "akhir_pemilihan"),
    "region_code": ("kd_lokasi", "kode_wilayah"),
    "is_pdn": ("status_pdn", "pdn"),
    "is_umk": ("status_ukm", "status_umk", "umk"),
    "specification": ("urarian_pekerjaan", "uraian_pekerjaan", "spesifikasi_pekerjaan", "spesifikasi"),
    "volume": ("volume_pekerjaan", "volume"),
    "unit": ("satuan",),
}
"""Clear name -> LKPP names (the first present wins; `specification` joins all that are present)."""

METHODS = {
    "e-purchasing": "e_purchasing", "epurchasing": "e_purchasing", "e purchasing": "e_purchasing",
    "pengadaan langsung": "pengadaan_langsung", "penunjukan langsung": "penunjukan_langsung",
    "tender": "tender", "tender cepat": "tender_cepat", "seleksi": "seleksi", "dikecualikan": "dikecualikan",
}  # fmt: skip
TYPES = {
    "barang": "barang", "jasa lainnya": "jasa_lainnya", "pekerjaan konstruksi": "konstruksi",
    "konstruksi": "konstruksi", "jasa konsultansi": "konsultansi", "konsultansi": "konsultansi",
    "jasa konsultansi badan usaha": "konsultansi", "jasa konsultansi perorangan": "konsultansi",
}  # fmt: skip
_BUYER_KINDS = {
    "kabupaten": BuyerKind.PERANGKAT_DAERAH, "kota": BuyerKind.PERANGKAT_DAERAH,
    "provinsi": BuyerKind.PERANGKAT_DAERAH, "bumn": BuyerKind.BUMN, "bumd": BuyerKind.BUMD,
}  # fmt: skip
_NAME_MAX, _SPEC_MAX = 500, 8000


def klpd_region(name: Any, kind: Any) -> str:
    """The region of a KLPD (a pemda: "Kab. Bandung" KABUPATEN -> 32.04, "Provinsi Jawa Barat" -> 32);
    "" for a ministry or agency, whose packages take their region from their location rows."""
    jenis, nama = str(kind or "").strip().lower(), str(name or "")
    if jenis == "provinsi":
        return find_province(nama) or find_region(nama) or ""
    if jenis in ("kabupaten", "kota"):
        return find_region(nama, kind="kab" if jenis == "kabupaten" else "kota") or ""
    return ""


def _spelled(value: Any, spellings: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        folded = " ".join(value.replace("_", " ").lower().split())
        return spellings.get(folded, value.strip().lower())
    return value


def _joined_text(row: Mapping[str, Any], names: Iterable[str], limit: int) -> str:
    parts: list[str] = []
    for name in names:
        text = values.text(row.get(name))
        if text and text not in parts:
            parts.append(text)
    return "\n".join(parts)[:limit]


def parse_package(row: Mapping[str, Any], number: int) -> Package | list[RowError]:
    r = lowered(row)
    data: dict[str, Any] = {}
    for name in ("kode_rup", "satker_code", "funding_source"):
        if (value := values.code(pick(r, *PACKAGE_FIELDS[name]))) is not None:
            data[name] = value
    if (name_value := pick(r, *PACKAGE_FIELDS["package_name"])) is not None:
        # A long name is a quirk of the source, not a reason to lose the package: keep its start.
        data["package_name"] = name_value[:_NAME_MAX] if isinstance(name_value, str) else name_value
    for name in ("pagu_idr", "fiscal_year"):
        if (value := pick(r, *PACKAGE_FIELDS[name])) is not None:
            data[name] = values.amount(value)
    for name, spellings in (("procurement_method", METHODS), ("procurement_type", TYPES)):
        if (value := pick(r, *PACKAGE_FIELDS[name])) is not None:
            data[name] = _spelled(value, spellings)
    for name in ("selection_start", "selection_end"):
        if (value := values.day(pick(r, *PACKAGE_FIELDS[name]))) is not None:
            data[name] = value
    for name in ("is_pdn", "is_umk"):
        if (value := pick(r, *PACKAGE_FIELDS[name])) is not None:
            data[name] = flagged if (flagged := values.flag(value)) is not None else value
    data["specification"] = _joined_text(r, PACKAGE_FIELDS["specification"], _SPEC_MAX)
    data |= _volume(r)
    active, deleted = values.flag(r.get("status_aktif_rup")), values.flag(r.get("status_delete_rup"))
    data["open"] = active is not False and deleted is not True
    explicit = values.text(pick(r, *PACKAGE_FIELDS["region_code"]))
    fallback = klpd_region(r.get("nama_klpd"), r.get("jenis_klpd"))
    data["region_code"] = explicit if explicit is not None else fallback
    need = validate(UpsertNeed, data, number)
    if isinstance(need, list):
        return need
    return Package(need, explicit is not None, _package_buyer(r, need.satker_code, fallback))


def _package_buyer(row: Mapping[str, Any], satker_code: str, region: str) -> UpsertBuyer | None:
    """The satker as a package row names it (the buyer, until its RUP-MasterSatker row is imported)."""
    satker_name = values.text(row.get("nama_satker"))
    if not satker_name or len(satker_name) < 2:
        return None
    kind = _BUYER_KINDS.get(str(row.get("jenis_klpd") or "").strip().lower(), BuyerKind.INSTANSI_VERTIKAL)
    return UpsertBuyer(satker_code=satker_code, kind=kind, name=satker_name[:200], region_code=region)


def _volume(row: Mapping[str, Any]) -> dict[str, Any]:
    """volume, unit and the raw text from `volume_pekerjaan` ("6133 Lembar"); an explicit `satuan` wins."""
    found: dict[str, Any] = {}
    raw = pick(row, *PACKAGE_FIELDS["volume"])
    if raw is not None:
        parsed = values.volume(raw)
        found = {"volume": parsed.quantity, "volume_text": str(raw)[:200], "unit": parsed.unit}
    if (unit := values.text(pick(row, *PACKAGE_FIELDS["unit"]))) is not None:
        found["unit"] = unit[:30]
    return found


def parse_location(row: Mapping[str, Any], number: int) -> PackageLocation | list[RowError]:
    r = lowered(row)
    kode = values.code(r.get("kd_rup"))
    if kode is None or not kode.isdigit():
        return [RowError(number, "kd_rup", "wajib berupa angka / must be a number")]
    province = find_province(str(r.get("provinsi") or "")) if values.present(r.get("provinsi")) else None
    region = None
    if values.present(r.get("kab_kota")):
        region = find_region(str(r["kab_kota"]), province=province)
    region = region or province
    regency_id, province_id = values.code(r.get("kd_kab_kota")), values.code(r.get("kd_provinsi"))
    if region is None and regency_id is None and province_id is None:
        return [RowError(number, "kab_kota", "lokasi tidak dikenal / unknown location")]
    return PackageLocation(kode, region, regency_id, province_id)


def parse_budget_line(row: Mapping[str, Any], number: int) -> PackageBudgetLine | list[RowError]:
    r = lowered(row)
    kode = values.code(r.get("kd_rup"))
    if kode is None or not kode.isdigit():
        return [RowError(number, "kd_rup", "wajib berupa angka / must be a number")]
    source = values.text(r.get("sumber_dana")) or ""
    pagu = values.amount(r.get("pagu")) if values.present(r.get("pagu")) else None
    return PackageBudgetLine(kode, source[:60], pagu if isinstance(pagu, int) else None)


def parse_satker(row: Mapping[str, Any], number: int) -> UpsertBuyer | list[RowError]:
    r = lowered(row)
    kind = _BUYER_KINDS.get(str(r.get("jenis_klpd") or "").strip().lower(), BuyerKind.INSTANSI_VERTIKAL)
    data = {
        "satker_code": values.code(r.get("kd_satker")), "name": values.text(r.get("nama_satker")),
        "kind": kind, "region_code": klpd_region(r.get("nama_klpd"), r.get("jenis_klpd")),
    }  # fmt: skip
    return validate(UpsertBuyer, {k: v for k, v in data.items() if v is not None}, number)


def _region_alias(source: str, level: str, id_field: str, name_field: str) -> Parse:
    def parse(row: Mapping[str, Any], number: int) -> RegionAlias | list[RowError]:
        r = lowered(row)
        ident, name = values.code(r.get(id_field)), values.text(r.get(name_field))
        if ident is None:
            return [RowError(number, id_field, "wajib diisi / required")]
        if name is None:
            return [RowError(number, name_field, "wajib diisi / required")]
        if level == "provinsi":
            return RegionAlias(f"{source}:provinsi:{ident}", name, find_province(name))
        province = values.code(r.get("kd_provinsi"))
        province_key = f"{source}:provinsi:{province}" if province else None
        return RegionAlias(f"{source}:kabkota:{ident}", name, find_region(name), province_key)

    return parse


# ---- e-katalog --------------------------------------------------------------------------------------------

PRODUCT_FIELDS: dict[str, tuple[str, ...]] = {
    "ekatalog_product_id": ("kd_produk", "id_produk", "kode_produk"),
    "name": ("nama_produk",),
    "supplier_name": ("nama_penyedia",),
    "supplier_nib": ("nib_penyedia", "nib", "nie_nib"),
    "category": ("nama_kategori_terkecil", "nama_kategori", "kategori"),
    "kbki_code": ("kbki_id", "kbki", "kd_kbki"),
    "unit": ("unit_pengukuran", "satuan"),
    "price_idr": ("harga", "harga_satuan", "harga_tayang"),
    "monthly_capacity": ("kapasitas_bulanan",),
    "tkdn_percent": ("tkdn_produk", "nilai_tkdn", "tkdn"),
    "bmp_percent": ("nilai_bmp", "bmp"),
    "tkdn_certificate": ("nomor_tkdn", "no_sertifikat_tkdn"),
    "description": (
        "nama_komoditas", "nama_sub_kategori_1", "nama_sub_kategori_2", "nama_sub_kategori_3",
        "nama_sub_kategori_4", "nama_manufaktur", "deskripsi", "deskripsi_produk", "spesifikasi",
    ),
}  # fmt: skip
_INT = TypeAdapter(int)


def _prices(value: Any) -> tuple[Any, list[dict[str, Any]]]:
    """(lowest price, regional prices) from `harga`: a JSON string holding [{"harga": 1661440000,
    "provinsiId": 17, "kabupatenId": 302, ...}, ...], or one amount. Entries without a readable price are
    left out; if none is readable the raw value comes back for validation to report."""
    entries = values.json_list(value)
    if entries is None:
        return values.amount(value), []
    prices: list[dict[str, Any]] = []
    lowest: int | None = None
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        price = values.amount(entry.get("harga"))
        if isinstance(price, int) and not isinstance(price, bool) and price >= 0:
            prices.append({
                "province_id": values.code(entry.get("provinsiId")),
                "regency_id": values.code(entry.get("kabupatenId")), "price_idr": price,
            })  # fmt: skip
            lowest = price if lowest is None else min(lowest, price)
    if lowest is None:
        return value, []
    return lowest, prices


def parse_product(row: Mapping[str, Any], number: int) -> CatalogProduct | list[RowError]:
    r = lowered(row)
    data: dict[str, Any] = {}
    for name in ("ekatalog_product_id", "supplier_nib", "kbki_code", "tkdn_certificate"):
        if (value := values.code(pick(r, *PRODUCT_FIELDS[name]))) is not None:
            data[name] = value
    for name in ("name", "supplier_name", "category", "unit"):
        if (value := pick(r, *PRODUCT_FIELDS[name])) is not None:
            data[name] = value
    for name, limit in (("category", 120), ("unit", 30), ("name", 200)):
        if isinstance(data.get(name), str) and name != "name":
            data[name] = data[name][:limit]
    raw_price = pick(r, *PRODUCT_FIELDS["price_idr"])
    if raw_price is not None:
        data["price_idr"], data["prices"] = _prices(raw_price)
    if (value := pick(r, *PRODUCT_FIELDS["monthly_capacity"])) is not None:
        data["monthly_capacity"] = values.amount(value)
    for name in ("tkdn_percent", "bmp_percent"):
        if (value := values.percent(pick(r, *PRODUCT_FIELDS[name]))) is not None:
            data[name] = value
    data["description"] = _joined_text(r, PRODUCT_FIELDS["description"], 4000)
    shown = values.flag(r.get("status_tayang")) if values.present(r.get("status_tayang")) else None
    data["active"] = values.flag(r.get("active")) is not False and shown is not False
    product = validate(CatalogProduct, data, number, rename={"price_idr": "harga"})
    if "supplier_name" in data or "supplier_nib" in data:
        return product
    missing = RowError(
        number, "supplier_name", "nama_penyedia atau NIB penyedia wajib diisi / supplier name or NIB required"
    )
    return [missing, *(product if isinstance(product, list) else [])]


_SCALES = {
    "mikro": (BusinessScale.MIKRO, True), "usaha mikro": (BusinessScale.MIKRO, True),
    "kecil": (BusinessScale.KECIL, True), "usaha kecil": (BusinessScale.KECIL, True),
    "ukm": (BusinessScale.KECIL, True), "umk": (BusinessScale.KECIL, True), "umkm": (BusinessScale.KECIL, True),
    "menengah": (BusinessScale.MENENGAH, True), "usaha menengah": (BusinessScale.MENENGAH, True),
    "besar": (BusinessScale.BESAR, True), "non ukm": (BusinessScale.BESAR, True),
    "non umk": (BusinessScale.BESAR, True), "non umkm": (BusinessScale.BESAR, True),
}  # fmt: skip
_EMAIL = TypeAdapter(EmailStr)


def _email(value: Any) -> str | None:
    """A contact email, or None when the catalog's is missing or malformed (never a reason to drop a
    supplier)."""
    text = values.text(value)
    if text is None:
        return None
    try:
        return str(_EMAIL.validate_python(text))
    except ValidationError:
        return None


def parse_supplier(row: Mapping[str, Any], number: int) -> CatalogSupplier | list[RowError]:
    r = lowered(row)
    address = (values.text(r.get("alamat_penyedia")) or "")[:500]
    scale, known = _SCALES.get(" ".join(str(r.get("penyedia_ukm") or "").lower().split()), (BusinessScale.BESAR, False))
    name = values.text(r.get("nama_penyedia"))
    npwp = values.digits(pick(r, "npwp_16", "npwp_penyedia"))
    kbli = values.text(r.get("kbli2020_penyedia")) or ""
    data: dict[str, Any] = {
        "ekatalog_vendor_id": values.code(r.get("kd_penyedia")), "name": name[:200] if name else name,
        "npwp": npwp if npwp and len(npwp) in (15, 16) else None, "nib": values.digits(pick(r, "nib_penyedia", "nib")),
        "address": address, "region_code": find_region_in_text(address) or "", "email": _email(r.get("email_penyedia")),
        "phone": (values.text(r.get("no_telp_penyedia")) or "")[:30] or None,
        "kbli": list(dict.fromkeys(code for code in _kbli_codes(kbli)))[:20], "scale": scale, "scale_known": known,
        "is_cooperative": bool(name) and values.company_key(name or "").split(" ", 1)[0] in ("koperasi", "kop"),
    }  # fmt: skip
    if data["nib"] is not None and len(data["nib"]) != 13:
        data["nib"] = None
    return validate(CatalogSupplier, {k: v for k, v in data.items() if v is not None}, number)


def _kbli_codes(text: str) -> list[str]:
    return [part for part in "".join(c if c.isdigit() else " " for c in text).split() if len(part) == 5]


# ---- the registry of datasets ------------------------------------------------------------------------------

DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "RUP-PaketPenyedia-Terumumkan", Target.NEEDS,
        frozenset({"kd_rup", "nama_paket", "pagu", "metode_pengadaan"}), parse_package, ("rup",),
        "SIRUP: announced packages procured from providers -> needs (and their satker as buyer)",
    ),
    Dataset(
        "RUP-PaketPenyediaLokasi", Target.NEED_LOCATIONS,
        frozenset({"kd_rup", "kd_kab_kota", "kab_kota", "kd_provinsi"}), parse_location, (),
        "SIRUP: each package's locations -> the need's regions",
    ),
    Dataset(
        "RUP-PaketAnggaranPenyedia", Target.NEED_BUDGETS,
        frozenset({"kd_rup", "sumber_dana", "mak", "asal_dana", "status_aktif_rup"}),
        parse_budget_line, (), "SIRUP: each package's budget lines -> the need's funding sources",
    ),
    Dataset(
        "RUP-MasterSatker", Target.BUYERS, frozenset({"kd_satker", "nama_satker", "jenis_satker", "kd_klpd"}),
        parse_satker, (), "SIRUP: work units -> buyers",
    ),
    Dataset(
        "RUP-MasterProvinsi", Target.REGIONS, frozenset({"kd_provinsi", "nama_provinsi"}),
        _region_alias("sirup", "provinsi", "kd_provinsi", "nama_provinsi"), (), "SIRUP's province ids",
    ),
    Dataset(
        "RUP-MasterKabKota", Target.REGIONS, frozenset({"kd_kabkota", "nama_kabkota"}),
        _region_alias("sirup", "kabkota", "kd_kabkota", "nama_kabkota"), (), "SIRUP's kab/kota ids",
    ),
    Dataset(
        "Ecat-ProdukDetail", Target.PRODUCTS, frozenset({"kd_produk", "nama_produk", "harga"}), parse_product,
        ("ekatalog",), "e-katalog: products with their regional prices -> products",
    ),
    Dataset(
        "Ecat-PenyediaDetail", Target.SUPPLIERS,
        frozenset({"kd_penyedia", "nama_penyedia", "penyedia_ukm", "alamat_penyedia"}), parse_supplier, (),
        "e-katalog: providers -> suppliers",
    ),
    Dataset(
        "Ecat-MasterProvinsi", Target.REGIONS, frozenset({"kd_provinsi", "nama_provinsi"}),
        _region_alias("ekatalog", "provinsi", "kd_provinsi", "nama_provinsi"), (), "e-katalog's province ids",
    ),
    Dataset(
        "Ecat-MasterKabKota", Target.REGIONS, frozenset({"kd_kabupaten", "nama_kabupaten"}),
        _region_alias("ekatalog", "kabkota", "kd_kabupaten", "nama_kabupaten"), (), "e-katalog's kab/kota ids",
    ),
    # What was bought (domain/realisations.py): each row one purchase of a RUP package, or the link of an
    # SPSE package to its kode RUP that contract rows are joined by.
    Dataset(
        "Ecat-PaketEPurchasingV6", Target.REALISATIONS,
        frozenset({"kd_paket", "kd_rup", "kd_penyedia_v6", "total_harga"}), parse_with(epurchasing_order),
        ("epurchasing",), "e-katalog v6: e-purchasing orders -> realisations",
    ),
    Dataset(
        "SPSE-TenderSelesaiNilai", Target.REALISATIONS,
        frozenset({"kd_tender", "kd_rup_paket", "nilai_kontrak", "kd_penyedia"}), parse_with(tender_award), (),
        "SPSE: tender winners and values -> realisations (award), kd_tender -> kode RUP",
    ),
    Dataset(
        "SPSE-NonTenderSelesai", Target.REALISATIONS,
        frozenset({"kd_nontender", "kd_rup", "nilai_kontrak", "nama_penyedia", "status_nontender"}),
        parse_with(nontender_award), (),
        "SPSE: non-tender winners and values -> realisations (award), kd_nontender -> kode RUP",
    ),
    Dataset(
        "SPSE-TenderEkontrak-2Kontrak", Target.REALISATIONS,
        frozenset({"kd_tender", "no_kontrak", "nilai_kontrak", "tgl_kontrak"}), parse_with(tender_contract), (),
        "SPSE: tender contracts -> realisations (contract; kode RUP by kd_tender)",
    ),
    Dataset(
        "SPSE-NonTenderEkontrak-2Kontrak", Target.REALISATIONS,
        frozenset({"kd_nontender", "no_kontrak", "nilai_kontrak", "tgl_kontrak"}), parse_with(nontender_contract),
        (), "SPSE: non-tender contracts -> realisations (contract; kode RUP by kd_nontender)",
    ),
    Dataset(
        "SPSE-PencatatanNonTenderRealisasi", Target.REALISATIONS,
        frozenset({"kd_nontender_pct", "kd_rup_paket", "nilai_realisasi", "no_realisasi"}),
        parse_with(recorded_purchase), (), "SPSE: recorded non-tender purchases -> realisations (payment)",
    ),
    Dataset(
        "SPSE-TenderSelesai", Target.REALISATIONS,
        frozenset({"kd_tender", "kd_rup", "status_tender", "tgl_penetapan_pemenang"}), parse_with(package_link), (),
        "SPSE: finished tenders -> kd_tender -> kode RUP",
    ),
    Dataset(
        "SPSE-TenderPengumuman", Target.REALISATIONS,
        frozenset({"kd_tender", "kd_rup", "status_tender", "tgl_pengumuman_tender", "versi_tender"}),
        parse_with(package_link), (), "SPSE: announced tenders -> kd_tender -> kode RUP",
    ),
    Dataset(
        "SPSE-NonTenderPengumuman", Target.REALISATIONS,
        frozenset({"kd_nontender", "kd_rup", "status_nontender", "versi_nontender"}), parse_with(package_link), (),
        "SPSE: announced non-tenders -> kd_nontender -> kode RUP",
    ),
)  # fmt: skip


class UnknownDataset(ValueError):
    """The name or the fields match no dataset (or several equally)."""


def dataset_named(name: str) -> Dataset:
    """A dataset by its LKPP name (any case; the ISB file prefix "21_1018_" may stay) or alias (rup, ekatalog)."""
    wanted = name.strip().lower()
    for dataset in DATASETS:
        if wanted in (dataset.name.lower(), *dataset.aliases) or wanted.endswith("_" + dataset.name.lower()):
            return dataset
    known = ", ".join(d.name for d in DATASETS)
    raise UnknownDataset(f"dataset tidak dikenal: {name} (dikenal: {known}) / unknown dataset")


def recognise(fields: Iterable[str]) -> Dataset:
    """The dataset whose recognising fields the row has; with several, the one that needs the most fields.
    Two that tie (SIRUP's and e-katalog's province lists look the same) must be named."""
    present = {str(field).strip().lower() for field in fields}
    matches = [dataset for dataset in DATASETS if dataset.signature <= present]
    if not matches:
        raise UnknownDataset(
            "kolom berkas tidak cocok dengan dataset LKPP yang dikenal; sebutkan dataset / "
            "the file's fields match no known LKPP dataset; name the dataset"
        )
    best = max(len(d.signature) for d in matches)
    top = [d for d in matches if len(d.signature) == best]
    if len(top) > 1:
        names = " atau / or ".join(d.name for d in top)
        raise UnknownDataset(f"kolom berkas cocok dengan {names}; sebutkan dataset / name the dataset")
    return top[0]


def guess_from_filename(filename: str) -> Dataset | None:
    """ISB exports are saved as "<n>_<id>_<Dataset>.json" (21_1018_RUP-PaketPenyedia-Terumumkan.json)."""
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    for dataset in DATASETS:
        if stem == dataset.name.lower() or stem.endswith("_" + dataset.name.lower()):
            return dataset
    return None
