"""LKPP feed rows to registry commands.

SIRUP publishes RUP packages and e-katalog publishes products with Indonesian field names (snake_case in
JSON, the same or a title in CSV). Each clear name here accepts the LKPP names listed beside it; the
mapping is documented in services/registry/README.md. A row that cannot be mapped is rejected with the
row number, the field and the reason; the other rows go on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from pydantic import ValidationError

from padan.registry.domain.commands import UpsertNeed, UpsertProduct
from padan.shared.http import field_errors

CommandT = TypeVar("CommandT", UpsertNeed, UpsertProduct)


class FeedKind(StrEnum):
    RUP = "rup"  # SIRUP RUP packages -> needs
    EKATALOG = "ekatalog"  # e-katalog products -> products


RUP_FIELDS: dict[str, tuple[str, ...]] = {
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
    "region_code": ("kd_lokasi", "kode_wilayah", "kd_kabupaten"),
    "is_pdn": ("status_pdn", "pdn"),
    "is_umk": ("status_ukm", "status_umk", "umk"),
    "specification": ("uraian_pekerjaan", "spesifikasi_pekerjaan", "spesifikasi"),
    "volume": ("volume_pekerjaan", "volume"),
    "unit": ("satuan",),
}
EKATALOG_FIELDS: dict[str, tuple[str, ...]] = {
    "ekatalog_product_id": ("kd_produk", "id_produk", "kode_produk"),
    "supplier_nib": ("nib_penyedia", "nib"),
    "name": ("nama_produk",),
    "description": ("deskripsi", "deskripsi_produk", "spesifikasi"),
    "kbki_code": ("kbki", "kd_kbki"),
    "category": ("nama_kategori", "kategori"),
    "unit": ("satuan", "unit_pengukuran"),
    "price_idr": ("harga", "harga_satuan", "harga_tayang"),
    "monthly_capacity": ("kapasitas_bulanan", "stok"),
    "tkdn_percent": ("nilai_tkdn", "tkdn"),
    "bmp_percent": ("nilai_bmp", "bmp"),
    "tkdn_certificate": ("no_sertifikat_tkdn",),
}

_METHODS = {
    "e-purchasing": "e_purchasing", "epurchasing": "e_purchasing", "pengadaan langsung": "pengadaan_langsung",
    "penunjukan langsung": "penunjukan_langsung", "tender": "tender", "tender cepat": "tender_cepat",
    "seleksi": "seleksi", "dikecualikan": "dikecualikan",
}  # fmt: skip
_TYPES = {
    "barang": "barang", "jasa lainnya": "jasa_lainnya", "pekerjaan konstruksi": "konstruksi",
    "konstruksi": "konstruksi", "jasa konsultansi": "konsultansi", "konsultansi": "konsultansi",
}  # fmt: skip
_TRUE = {"1", "true", "ya", "y", "pdn", "ukm", "umk", "yes"}


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    reason: str


@dataclass(frozen=True)
class UnreadableRow:
    """A row the file reader could not make into fields (a broken JSON line, an oversized CSV field): it is
    reported like any bad row and the import goes on with the next one."""

    reason: str


def _pick(lowered: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return value.strip() if isinstance(value, str) else value
    return None


def _flag(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return not text.startswith("non") and text in _TRUE


def _number(value: Any) -> Any:
    """LKPP CSVs write money as "1.250.000", "1.250.000,00" or "1250000.00"; integers stay integers."""
    if isinstance(value, str):
        text = value.replace("Rp", "").strip()
        if "," in text:  # a decimal comma: any dots group thousands
            text = text.replace(".", "").replace(",", ".")
        elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
            text = text.replace(".", "")
        try:
            number = float(text)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    return value


def _mapped(row: Mapping[str, Any], fields: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    lowered = {str(key).strip().lower(): value for key, value in row.items()}  # once per row, not per field
    return {name: value for name, aliases in fields.items() if (value := _pick(lowered, aliases)) is not None}


def rup_to_command(row: Mapping[str, Any], number: int) -> UpsertNeed | list[RowError]:
    data = _mapped(row, RUP_FIELDS)
    for name, spellings in (("procurement_method", _METHODS), ("procurement_type", _TYPES)):
        if isinstance(data.get(name), str):  # SIRUP's spelling or our value, in any case
            data[name] = spellings.get(data[name].lower(), data[name].lower())
    for name in ("is_pdn", "is_umk"):
        if name in data:
            data[name] = _flag(data[name])
    for name in ("pagu_idr", "volume", "fiscal_year"):
        if name in data:
            data[name] = _number(data[name])
    for name in ("kode_rup", "satker_code", "region_code"):
        if name in data:
            data[name] = str(data[name])
    for name in ("selection_start", "selection_end"):
        if isinstance(data.get(name), str):
            data[name] = data[name][:10]
    return _validate(UpsertNeed, data, number)


def ekatalog_to_command(row: Mapping[str, Any], number: int) -> UpsertProduct | list[RowError]:
    data = _mapped(row, EKATALOG_FIELDS)
    for name in ("price_idr", "monthly_capacity", "tkdn_percent", "bmp_percent"):
        if name in data:
            data[name] = _number(data[name])
    for name in ("ekatalog_product_id", "supplier_nib", "kbki_code"):
        if name in data:
            data[name] = str(data[name])
    if "ekatalog_product_id" in data:
        data["sku"] = data["ekatalog_product_id"]
    # The sku is the feed's product code: report its problems under the field the feed has, once.
    return _validate(UpsertProduct, data, number, rename={"sku": "ekatalog_product_id"})


def _validate(
    model: type[CommandT], data: dict[str, Any], number: int, rename: Mapping[str, str] | None = None
) -> CommandT | list[RowError]:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [
            RowError(number, (rename or {}).get(error["field"], error["field"]), error["message_id"])
            for error in field_errors(exc.errors())
        ]
        return list(dict.fromkeys(errors))
