"""LKPP's records of what was bought (realisations), row by row: pure functions, no I/O.

Each realisation dataset row becomes a `RecordRealisation` (one purchase of a RUP package: who won, for how
much, when, under which order or contract), and the SPSE rows that name a package's tender or non-tender
code beside its kode RUP become a `PackageLink`, the join key for contract rows that carry no kode RUP.

| dataset (LKPP ISB) | purchase (realisation key) | stage | kode RUP from |
|---|---|---|---|
| Ecat-PaketEPurchasingV6 | `epurchasing:<kd_paket>` | order | kd_rup |
| SPSE-TenderSelesaiNilai | `tender:<kd_tender>` | award | kd_rup_paket (also a link) |
| SPSE-NonTenderSelesai | `nontender:<kd_nontender>` | award | kd_rup (also a link) |
| SPSE-TenderEkontrak-2Kontrak | `tender:<kd_tender>` | contract | link of kd_tender |
| SPSE-NonTenderEkontrak-2Kontrak | `nontender:<kd_nontender>` | contract | link of kd_nontender |
| SPSE-PencatatanNonTenderRealisasi | `pencatatan:<the row's own fields>` | payment | kd_rup_paket |
| SPSE-TenderPengumuman, SPSE-TenderSelesai, SPSE-NonTenderPengumuman | (links only) | | kd_rup |

An award row without a value yet (no winner) is a link only. A tender's award and its contract share one
key, so they are versions of one realisation; the contract outranks the award (`STAGE_RANK`), so an award
row read after its contract changes nothing. A package code naming several RUP packages ("a;b;c") is
refused: its value cannot be split between them. A recorded
purchase (pencatatan) has no id of its own: its key is the package, receipt number, date, supplier and
description, which the real export (Kab. Bandung 2025, 555 rows) never repeats; its value is not part of
the key, so a corrected value is a new version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import Field, ValidationError

from padan.registry.domain.commands import Command
from padan.registry.domain.feeds import RowError, field_problems
from padan.registry.domain.values import company_key

Method = Literal["e_purchasing", "tender", "non_tender", "pencatatan"]
Stage = Literal["order", "award", "contract", "payment"]
STAGE_RANK: dict[str, int] = {"order": 1, "payment": 1, "award": 1, "contract": 2}
_CANCELLED = ("batal", "cancel", "putus", "reject", "tolak", "gagal", "void")


class RecordRealisation(Command):
    """One purchase as one dataset row tells it. `kode_rup` is None for a contract row until its package
    link is found (`package`)."""

    purchase_key: str = Field(min_length=3, max_length=600)
    kode_rup: str | None = Field(default=None, pattern=r"^\d{1,20}$")
    package: str | None = Field(default=None, description="tender:<kd_tender> / nontender:<kd_nontender>")
    dataset: str
    source_id: str = Field(min_length=1, max_length=64)
    method: Method
    stage: Stage
    order_number: str | None = Field(default=None, max_length=200)
    contract_number: str | None = Field(default=None, max_length=200)
    supplier_name: str = Field(default="", max_length=300)
    supplier_npwp: str | None = Field(default=None, pattern=r"^\d{16}$")
    supplier_kd_penyedia: str | None = Field(default=None, max_length=40)
    supplier_vendor_v6: str | None = Field(default=None, max_length=64)
    value_idr: int = Field(ge=0, le=10**15)
    realised_on: date | None = None
    status: str = Field(default="", max_length=120)
    cancelled: bool = False
    fiscal_year: int | None = Field(default=None, ge=2000, le=2100)
    satker_code: str | None = Field(default=None, max_length=60)
    package_name: str = Field(default="", max_length=1000)


@dataclass(frozen=True)
class PackageLink:
    """An SPSE tender or non-tender package and its RUP package."""

    package: str  # tender:<kd_tender> | nontender:<kd_nontender>
    kode_rup: str


@dataclass(frozen=True)
class RowProblem:
    field: str
    reason: str


@dataclass(frozen=True)
class RealisationRow:
    """What one row of a realisation dataset says: a purchase, a package link, or both (an award)."""

    realisation: RecordRealisation | None
    link: PackageLink | None


Mapper = Callable[[Mapping[str, Any]], RealisationRow | list[RowProblem]]


def _lowered(row: Mapping[str, Any]) -> dict[str, Any]:
    return {str(key).strip().lower(): value for key, value in row.items()}


def _present(value: Any) -> bool:
    """LKPP writes a missing value as null, "" or (in CSV exports) the word null."""
    return value is not None and not (isinstance(value, str) and value.strip().lower() in ("", "null"))


def _text(row: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = row.get(name)
        if _present(value):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            return str(value).strip()
    return None


def _code(row: Mapping[str, Any], *names: str) -> str | None:
    """An LKPP id; 0 (e-katalog's kd_penyedia_sikap when there is none) is no id."""
    value = _text(row, *names)
    return None if value in (None, "0") else value


def _rupiah(row: Mapping[str, Any], *names: str) -> int | str | None:
    """The first present amount, rounded to the Rupiah: 28578060, 1269963504.15, "1.250.000", "1.250.000,00".
    Unreadable text comes back as it is, for validation to report under the field's name."""
    for name in names:
        value = row.get(name)
        if not _present(value):
            continue
        if isinstance(value, bool):
            return str(value)
        text = str(value).replace("Rp", "").replace(" ", "").strip()
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
            text = text.replace(".", "")
        try:
            return int(Decimal(text).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        except (InvalidOperation, ValueError):
            return str(value)
    return None


def _day(row: Mapping[str, Any], *names: str) -> str | None:
    """ "2025-08-27", "2025-03-05 16:00:00", "2025-02-24T00:00:00.000000Z" -> "2025-08-27"."""
    value = _text(row, *names)
    if value is not None and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return value


def _npwp(row: Mapping[str, Any], *names: str) -> str | None:
    """NPWP as 16 digits ("73.593.405.1-443.000" and "0735934051443000" are one NPWP); all zeros is none."""
    for name in names:
        value = _text(row, name)
        if value is None:
            continue
        digits = re.sub(r"\D", "", value)
        if len(digits) == 15:
            digits = "0" + digits
        if len(digits) == 16 and digits.strip("0"):
            return digits
    return None


def _cancelled(status: str | None) -> bool:
    return status is not None and any(word in status.lower() for word in _CANCELLED)


def _year(row: Mapping[str, Any]) -> int | str | None:
    value = _text(row, "tahun_anggaran", "tahun")
    return int(value) if value is not None and value.isdigit() else value


_LKPP_NAMES = {
    "fiscal_year": "tahun_anggaran",
    "satker_code": "kd_satker_str",
    "supplier_name": "nama_penyedia",
    "supplier_npwp": "npwp_penyedia",
    "supplier_kd_penyedia": "kd_penyedia",
    "supplier_vendor_v6": "kd_penyedia_v6",
    "order_number": "kd_paket",
}


def _validate(
    data: dict[str, Any], names: Mapping[str, str], link: PackageLink | None = None
) -> RealisationRow | list[RowProblem]:
    """The command, or its problems under the dataset's own field names (`names`: ours -> LKPP's)."""
    data = {name: value for name, value in data.items() if value is not None}
    try:
        return RealisationRow(RecordRealisation.model_validate(data), link)
    except ValidationError as exc:
        return [RowProblem(field, reason) for field, reason in field_problems(exc, {**_LKPP_NAMES, **names})]


def _required(row: Mapping[str, Any], *names: str) -> list[RowProblem]:
    return [RowProblem(name, "wajib diisi / required") for name in names if not _present(row.get(name))]


def _supplier(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "supplier_name": _text(row, "nama_penyedia") or "",
        "supplier_npwp": _npwp(row, "npwp16_penyedia", "npwp_16_penyedia", "npwp_penyedia_16", "npwp_penyedia"),
        "supplier_kd_penyedia": _code(row, "kd_penyedia", "kd_penyedia_sikap"),
    }


def _common(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "fiscal_year": _year(row),
        "satker_code": _text(row, "kd_satker_str", "kd_satker"),
        "package_name": _text(row, "nama_paket", "rup_nama_pkt") or "",
    }


def epurchasing_order(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """Ecat-PaketEPurchasingV6: one e-purchasing order (kd_paket) of a RUP package (kd_rup)."""
    row = _lowered(row)
    if problems := _required(row, "kd_paket", "kd_rup", "total_harga"):
        return problems
    order = _text(row, "kd_paket")
    status = _text(row, "status_pkt")
    return _validate(
        {
            **_common(row),
            **_supplier(row),
            "purchase_key": f"epurchasing:{order}",
            "kode_rup": _text(row, "kd_rup"),
            "dataset": "Ecat-PaketEPurchasingV6",
            "source_id": order,
            "method": "e_purchasing",
            "stage": "order",
            "order_number": order,
            "supplier_vendor_v6": _code(row, "kd_penyedia_v6"),
            "value_idr": _rupiah(row, "total_harga"),
            "realised_on": _day(row, "tgl_order"),
            "status": status or "",
            "cancelled": _cancelled(status),
        },
        {"kode_rup": "kd_rup", "value_idr": "total_harga", "realised_on": "tgl_order", "source_id": "kd_paket"},
    )


def _award(
    row: Mapping[str, Any], kind: Literal["tender", "nontender"], dataset: str
) -> RealisationRow | list[RowProblem]:
    code_field = "kd_tender" if kind == "tender" else "kd_nontender"
    rup_fields = ("kd_rup_paket", "kd_rup")
    if problems := _required(row, code_field):
        return problems
    code = _text(row, code_field)
    kode_rup = _text(row, *rup_fields)
    rup_field = next((name for name in rup_fields if name in row), "kd_rup")
    if kode_rup is None:
        return [RowProblem(rup_field, "wajib diisi / required")]
    if not re.fullmatch(r"\d{1,20}", kode_rup):  # "56168859;56168861": a tender of several packages
        return [RowProblem(rup_field, "bukan satu kode RUP / not one RUP code")]
    status = _text(row, "status_tender", "status_nontender")
    value = _rupiah(row, "nilai_kontrak", "nilai_negosiasi", "nilai_terkoreksi", "nilai_penawaran")
    if value is None:  # no winner or value yet: still the package's link
        return RealisationRow(None, PackageLink(f"{kind}:{code}", kode_rup))
    return _validate(
        {
            **_common(row),
            **_supplier(row),
            "purchase_key": f"{kind}:{code}",
            "kode_rup": kode_rup,
            "dataset": dataset,
            "source_id": code,
            "method": "tender" if kind == "tender" else "non_tender",
            "stage": "award",
            "value_idr": value,
            "realised_on": _day(row, "tgl_penetapan_pemenang", "tgl_selesai_nontender"),
            "status": status or "",
            "cancelled": _cancelled(status),
        },
        {
            "kode_rup": rup_fields[0] if kind == "tender" else "kd_rup",
            "value_idr": "nilai_kontrak",
            "realised_on": "tgl_penetapan_pemenang" if kind == "tender" else "tgl_selesai_nontender",
            "source_id": code_field,
        },
        PackageLink(f"{kind}:{code}", kode_rup),
    )


def tender_award(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-TenderSelesaiNilai: the tender's winner and value (kd_rup_paket beside kd_tender)."""
    return _award(_lowered(row), "tender", "SPSE-TenderSelesaiNilai")


def nontender_award(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-NonTenderSelesai: the non-tender's winner and value (kd_rup beside kd_nontender)."""
    return _award(_lowered(row), "nontender", "SPSE-NonTenderSelesai")


def _contract(
    row: Mapping[str, Any], kind: Literal["tender", "nontender"], dataset: str
) -> RealisationRow | list[RowProblem]:
    code_field = "kd_tender" if kind == "tender" else "kd_nontender"
    if problems := _required(row, code_field, "no_kontrak", "nilai_kontrak"):
        return problems
    code = _text(row, code_field)
    status = _text(row, "status_kontrak")
    return _validate(
        {
            **_common(row),
            **_supplier(row),
            "purchase_key": f"{kind}:{code}",
            "kode_rup": _text(row, "kd_rup", "kd_rup_paket"),  # absent in LKPP's export: found by the link
            "package": f"{kind}:{code}",
            "dataset": dataset,
            "source_id": code,
            "method": "tender" if kind == "tender" else "non_tender",
            "stage": "contract",
            "contract_number": _text(row, "no_kontrak"),
            "value_idr": _rupiah(row, "nilai_kontrak"),
            "realised_on": _day(row, "tgl_kontrak"),
            "status": status or "",
            "cancelled": _cancelled(status),
        },
        {
            "value_idr": "nilai_kontrak",
            "realised_on": "tgl_kontrak",
            "contract_number": "no_kontrak",
            "source_id": code_field,
            "package": code_field,
            "kode_rup": "kd_rup",
        },
    )


def tender_contract(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-TenderEkontrak-2Kontrak: the signed contract of a tender (no kode RUP: joined by kd_tender)."""
    return _contract(_lowered(row), "tender", "SPSE-TenderEkontrak-2Kontrak")


def nontender_contract(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-NonTenderEkontrak-2Kontrak: the signed contract of a non-tender (joined by kd_nontender)."""
    return _contract(_lowered(row), "nontender", "SPSE-NonTenderEkontrak-2Kontrak")


def recorded_purchase(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-PencatatanNonTenderRealisasi: one payment recorded against a non-tender package (kd_rup_paket);
    the supplier is often left blank."""
    row = _lowered(row)
    if problems := _required(row, "kd_nontender_pct", "kd_rup_paket", "nilai_realisasi"):
        return problems
    key = "|".join(
        _text(row, name) or ""
        for name in (
            "kd_nontender_pct",
            "kd_rup_paket",
            "no_realisasi",
            "tgl_realisasi",
            "nama_penyedia",
            "ket_realisasi",
        )
    )
    return _validate(
        {
            **_common(row),
            **_supplier(row),
            "purchase_key": f"pencatatan:{key}",
            "kode_rup": _text(row, "kd_rup_paket"),
            "dataset": "SPSE-PencatatanNonTenderRealisasi",
            "source_id": _text(row, "kd_nontender_pct"),
            "method": "pencatatan",
            "stage": "payment",
            "contract_number": _text(row, "no_realisasi"),
            "value_idr": _rupiah(row, "nilai_realisasi"),
            "realised_on": _day(row, "tgl_realisasi"),
            "status": _text(row, "jenis_realisasi") or "",
        },
        {
            "kode_rup": "kd_rup_paket",
            "value_idr": "nilai_realisasi",
            "realised_on": "tgl_realisasi",
            "contract_number": "no_realisasi",
            "source_id": "kd_nontender_pct",
        },
    )


def package_link(row: Mapping[str, Any]) -> RealisationRow | list[RowProblem]:
    """SPSE-TenderPengumuman, -TenderSelesai, -NonTenderPengumuman: a package's tender or non-tender code
    beside its kode RUP (several codes joined by ";" name several packages: no single link)."""
    row = _lowered(row)
    kind, code = (
        ("tender", _text(row, "kd_tender"))
        if _present(row.get("kd_tender"))
        else ("nontender", _text(row, "kd_nontender"))
    )
    kode_rup = _text(row, "kd_rup", "kd_rup_paket")
    if code is None:
        return [RowProblem("kd_tender", "wajib diisi / required")]
    if kode_rup is None or not re.fullmatch(r"\d{1,20}", kode_rup):
        return [RowProblem("kd_rup", "bukan satu kode RUP / not one RUP code")]
    return RealisationRow(None, PackageLink(f"{kind}:{code}", kode_rup))


def parse_with(mapper: Mapper) -> Callable[[Mapping[str, Any], int], RealisationRow | list[RowError]]:
    """A mapper as the dataset registry calls it: with the row's number on its errors."""

    def parse(row: Mapping[str, Any], number: int) -> RealisationRow | list[RowError]:
        result = mapper(row)
        if isinstance(result, list):
            return [RowError(number, problem.field, problem.reason) for problem in result]
        return result

    return parse


def winner_aliases(realisation: RecordRealisation) -> list[str]:
    """The identities the registry's supplier directory may know the winner by, strongest first: the
    e-katalog vendor id (v6 orders), the NPWP in both its spellings, the company name."""
    aliases = []
    if realisation.supplier_vendor_v6:
        aliases.append(f"ekatalog:{realisation.supplier_vendor_v6}")
    if npwp := realisation.supplier_npwp:
        aliases.append(f"npwp:{npwp}")
        if npwp.startswith("0"):
            aliases.append(f"npwp:{npwp[1:]}")
    if realisation.supplier_name and (key := company_key(realisation.supplier_name)):
        aliases.append(f"name:{key}")
    return aliases


def unknown_package_error(number: int, realisation: RecordRealisation) -> RowError:
    field = "kd_tender" if realisation.method == "tender" else "kd_nontender"
    dataset = (
        "SPSE-TenderSelesai / -TenderPengumuman / -TenderSelesaiNilai"
        if field == "kd_tender"
        else ("SPSE-NonTenderSelesai / -NonTenderPengumuman")
    )
    return RowError(
        number,
        field,
        f"paket SPSE belum dikenal; impor dulu {dataset}, lalu impor ulang berkas ini / unknown SPSE package: "
        f"import {dataset} first (they give its kode RUP), then import this file again",
    )
