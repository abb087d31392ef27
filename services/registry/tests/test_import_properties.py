"""Properties of both feed importers (SIRUP RUP packages, e-katalog products), on arbitrary rows.

Rows are a mix of valid ones (every LKPP field name, money written as LKPP writes it, Unicode text) and bad
ones (a required field missing, a field with junk, the wrong type, a huge string, negative money). Row by
row, parsing never raises, every valid row becomes a command and every bad row is reported with its row
number, the broken field and a reason. Through the file readers (CSV, JSON array, JSON Lines) and the
import handler on in-memory fakes, accepted + rejected is the number of rows, the rejected rows are
exactly the bad ones, and a CSV record or JSON line that cannot be read is one reported row, not the end.
"""

from __future__ import annotations

import asyncio
import csv
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from registry_fakes import FakeRegistryRepository, FakeRuns

from padan.registry.adapters.feed_sources import iter_rows
from padan.registry.domain.commands import UpsertNeed, UpsertProduct, UpsertSupplier
from padan.registry.domain.feeds import (
    EKATALOG_FIELDS,
    RUP_FIELDS,
    FeedKind,
    RowError,
    ekatalog_to_command,
    rup_to_command,
)
from padan.registry.handlers.import_feed import import_feed
from padan.registry.handlers.upsert_supplier import upsert_supplier
from padan.shared.vocabulary import ProcurementMethod, ProcurementType

SUPPLIERS = ("9120000000001", "9120000000002")  # registered before each product import
UNREGISTERED = "9120000000999"
# Text as feeds carry it: any script, digits and punctuation, words separated by single spaces.
WORD = st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=12)


def words(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(WORD, min_size=1, max_size=8).map(" ".join).filter(lambda t: min_size <= len(t) <= max_size)


def rupiah(low: int, high: int) -> st.SearchStrategy[Any]:
    """Money as LKPP files write it: an integer, plain digits, "1.250.000", "Rp 1.250.000", "1250000,00"."""

    def dotted(amount: int) -> str:
        return f"{amount:,}".replace(",", ".")

    return st.integers(low, high).flatmap(
        lambda n: st.sampled_from([n, str(n), dotted(n), f"Rp {dotted(n)}", f"{dotted(n)},00", f"{n}.00"])
    )


def percent() -> st.SearchStrategy[Any]:
    """TKDN/BMP as the catalog writes it: a number, or text with a decimal comma or point (two places)."""
    return st.integers(0, 10_000).flatmap(
        lambda n: st.sampled_from([n / 100, f"{n // 100},{n % 100:02d}", f"{n // 100}.{n % 100:02d}"])
    )


def spelled(choices: dict[str, str] | type[Any]) -> st.SearchStrategy[str]:
    """A method or type as SIRUP spells it (any case) or as its enum value."""
    names = list(choices) if isinstance(choices, dict) else [member.value for member in choices]
    return st.sampled_from(names).flatmap(lambda name: st.sampled_from([name, name.upper(), name.title()]))


METHODS = {"e-purchasing": 0, "pengadaan langsung": 0, "tender": 0, "tender cepat": 0, "seleksi": 0}
TYPES = {"barang": 0, "jasa lainnya": 0, "pekerjaan konstruksi": 0, "jasa konsultansi": 0}
REGIONS = st.sampled_from(["18", "18.71", "18.01", "31", "32.73", "94.01", "11.05"])
DATES = st.dates().map(str) | st.datetimes().map(lambda moment: moment.isoformat())
TOO_LONG = st.integers(1, 3).map(lambda factor: "x" * 8001 * factor)
OBJECTS = st.sampled_from([[1, 2], {"nilai": 1}, None])  # wrong JSON types (null = missing)


@dataclass(frozen=True)
class Field:
    """One command field: how valid feeds write it, and junk that must be refused (`junk_json` only fails
    where the feed keeps JSON types; a CSV writes every value as text)."""

    valid: st.SearchStrategy[Any] | None
    junk: st.SearchStrategy[Any]
    required: bool = False
    junk_json: st.SearchStrategy[Any] = st.nothing()  # noqa: RUF009 (an immutable strategy)


NEGATIVE = st.integers(max_value=-1)
NEED: dict[str, Field] = {
    "kode_rup": Field(None, st.sampled_from(["ABC-1", "12.5x", "1" * 21, "-7", "kode"]), required=True),
    "package_name": Field(words(3, 500), st.sampled_from(["ab", "x" * 501, "  "]), True, OBJECTS | st.integers()),
    "pagu_idr": Field(
        rupiah(0, 10**15),
        NEGATIVE.map(str) | st.sampled_from(["-1.000.000", "Rp -5", "banyak", "9" * 20, "nan", "1e400"]),
        True,
        NEGATIVE | st.sampled_from([1.5, [1], {"pagu": 1}]),
    ),
    "satker_code": Field(words(1, 40), st.sampled_from(["x" * 41, "   "]), required=True),
    "procurement_method": Field(
        spelled(METHODS) | spelled(ProcurementMethod),
        words(1, 30).filter(
            lambda t: (
                t.lower() not in METHODS
                and t.lower() not in {"epurchasing", "penunjukan langsung", "dikecualikan"}
                and t not in set(ProcurementMethod)
            )
        ),
        required=True,
    ),
    "procurement_type": Field(
        spelled(TYPES) | spelled(ProcurementType),
        words(1, 30).filter(
            lambda t: (
                t.lower() not in TYPES
                and t.lower() not in {"konstruksi", "konsultansi"}
                and t not in set(ProcurementType)
            )
        ),
        required=True,
    ),
    "fiscal_year": Field(
        st.integers(2015, 2100).flatmap(lambda y: st.sampled_from([y, str(y)])),
        st.sampled_from(["2014", "2101", "tahun", "-2023"]),
        True,
        st.sampled_from([2023.5, [2023]]),
    ),
    "region_code": Field(REGIONS, st.sampled_from(["99.99", "1871", "18.7", "Lampung", "18.71.01"]), required=True),
    "funding_source": Field(st.sampled_from(["APBD", "APBN", "BLUD"]), st.just("x" * 61)),
    "selection_start": Field(DATES, st.sampled_from(["2023-13-45", "besok", "31/02/2023"]), junk_json=OBJECTS),
    "selection_end": Field(DATES, st.sampled_from(["2023-02-30", "lusa"])),
    "is_pdn": Field(st.sampled_from(["PDN", "Non PDN", "ya", "tidak", True, False, 1, 0]), st.nothing()),
    "specification": Field(words(1, 300), TOO_LONG, junk_json=st.sampled_from([[1], {"a": 1}])),
    "volume": Field(st.integers(0, 10**6), NEGATIVE.map(str) | st.just("banyak"), junk_json=NEGATIVE),
    "unit": Field(st.sampled_from(["paket", "unit", "lembar", "set"]), st.just("x" * 31)),
}
PRODUCT: dict[str, Field] = {
    "ekatalog_product_id": Field(None, st.just("P" * 65), required=True),
    "supplier_nib": Field(st.sampled_from(SUPPLIERS), st.sampled_from(["123", "abc", "91200000000011"]), True),
    "name": Field(words(2, 200), st.sampled_from(["a", "x" * 201]), True, OBJECTS | st.integers()),
    "price_idr": Field(
        rupiah(0, 10**14),
        NEGATIVE.map(str) | st.sampled_from(["-1.750.000", "Rp -1", "gratis", "1" + "0" * 15]),
        True,
        NEGATIVE | st.sampled_from([0.5, [1]]),
    ),
    "description": Field(words(0, 400), st.just("x" * 4001)),
    "kbki_code": Field(st.sampled_from(["26790", "2679", "44"]), st.just("9" * 21)),
    "category": Field(words(1, 120), st.just("x" * 121)),
    "unit": Field(st.sampled_from(["lembar", "buah", "unit"]), st.just("x" * 31)),
    "monthly_capacity": Field(st.integers(0, 10**6), NEGATIVE.map(str) | st.just("banyak"), junk_json=NEGATIVE),
    "tkdn_percent": Field(percent(), st.sampled_from(["101", "-1", "banyak", "100,01"]), junk_json=NEGATIVE),
    "bmp_percent": Field(percent(), st.sampled_from(["100,5", "-0,5", "nol"])),
    "tkdn_certificate": Field(st.sampled_from(["TKDN-2023-001", "12.34/SJ-IUBTT"]), st.just("x" * 65)),
}


@dataclass(frozen=True)
class Case:
    """A feed row and what the importer must make of it: the broken field, or None for a valid row."""

    row: dict[str, Any]
    broken: str | None


def _key(kind: FeedKind, index: int) -> str:
    """A natural key unique in the feed (1-based row index first), so every valid row is its own aggregate."""
    return f"{index}{index * 7919 % 1000:03d}" if kind is FeedKind.RUP else f"P-{index}"


@st.composite
def case(draw: st.DrawFn, kind: FeedKind, index: int, json_types: bool) -> Case:
    fields, aliases = (NEED, RUP_FIELDS) if kind is FeedKind.RUP else (PRODUCT, EKATALOG_FIELDS)
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        if spec.valid is None:
            values[name] = _key(kind, index)
        elif spec.required or draw(st.booleans()):
            values[name] = draw(spec.valid)
    broken: str | None = None
    if draw(st.integers(0, 2)) == 0:  # a third of the rows are bad
        broken = draw(st.sampled_from(sorted(fields)))
        spec = fields[broken]
        junk = spec.junk | spec.junk_json if json_types else spec.junk
        remove = spec.required and draw(st.booleans())
        if remove or junk.is_empty:
            values.pop(broken, None)
            broken = broken if spec.required else None
        else:
            values[broken] = draw(junk)
            broken = broken if values[broken] is not None or spec.required else None
    row = {draw(st.sampled_from(aliases[name])): value for name, value in values.items() if value is not None}
    if not json_types:
        row = {alias: _as_text(value) for alias, value in row.items()}
    return Case(row, broken)


def _as_text(value: Any) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def feeds(kind: FeedKind, json_types: bool, max_size: int = 12) -> st.SearchStrategy[list[Case]]:
    return st.integers(1, max_size).flatmap(
        lambda n: st.tuples(*(case(kind, i, json_types) for i in range(1, n + 1))).map(list)
    )


CONVERT: dict[FeedKind, Callable[[dict[str, Any], int], Any]] = {
    FeedKind.RUP: rup_to_command,
    FeedKind.EKATALOG: ekatalog_to_command,
}
COMMAND = {FeedKind.RUP: UpsertNeed, FeedKind.EKATALOG: UpsertProduct}
KINDS = [FeedKind.RUP, FeedKind.EKATALOG]


@pytest.mark.parametrize("json_types", [True, False], ids=["json", "csv"])
@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=40)
@given(data=st.data())
def test_each_row_becomes_a_command_or_its_field_errors(kind: FeedKind, json_types: bool, data: st.DataObject) -> None:
    for number, item in enumerate(data.draw(feeds(kind, json_types)), start=1):
        result = CONVERT[kind](item.row, number)
        if item.broken is None:
            assert isinstance(result, COMMAND[kind]), (item.row, result)
        else:
            assert isinstance(result, list) and result, (item.row, result)
            assert all(isinstance(e, RowError) and e.row == number and e.reason for e in result)
            assert item.broken in {e.field for e in result}, (item.row, result)


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=40)
@given(
    row=st.dictionaries(
        st.text(max_size=20)
        | st.sampled_from(sorted({a for f in (RUP_FIELDS, EKATALOG_FIELDS) for n in f.values() for a in n})),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
            max_leaves=6,
        ),
        max_size=12,
    )
)
def test_arbitrary_rows_never_raise(kind: FeedKind, row: dict[str, Any]) -> None:
    result = CONVERT[kind](row, 7)
    assert isinstance(result, COMMAND[kind]) or all(e.row == 7 and e.field and e.reason for e in result)


def _write(cases: list[Case], file_format: str, extra: list[str]) -> Path:
    """The rows as a feed file; `extra` lines are appended raw (records the reader cannot make sense of)."""
    with tempfile.NamedTemporaryFile(
        "w", suffix=f".{file_format}", delete=False, encoding="utf-8", newline=""
    ) as handle:
        if file_format == "csv":
            header = list(dict.fromkeys(alias for item in cases for alias in item.row)) or ["kd_rup"]
            writer = csv.DictWriter(handle, fieldnames=header, restval="")
            writer.writeheader()
            writer.writerows(item.row for item in cases)
        elif file_format == "jsonl":
            handle.writelines(json.dumps(item.row, ensure_ascii=False) + "\n" for item in cases)
        else:
            json.dump([item.row for item in cases], handle, ensure_ascii=False)
        handle.writelines(extra)
    return Path(handle.name)


# What a reader cannot turn into fields, per format: each must become exactly one rejected row.
UNREADABLE = {
    "csv": st.just('x,"' + "y" * 140_000 + '"\r\n'),  # one field over the csv module's 128 KiB limit
    "jsonl": st.sampled_from(['{"kd_rup": \n', "[" * 5000 + "\n", "bukan json\n", "5\n", "[1, 2]\n"]),
}  # a JSON array that breaks off cannot be resynchronised: the run fails, tested elsewhere


@pytest.mark.parametrize("file_format", ["csv", "json", "jsonl"])
@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_import_accounts_for_every_row(kind: FeedKind, file_format: str, data: st.DataObject) -> None:
    cases = data.draw(feeds(kind, json_types=file_format != "csv"), label="rows")
    extra = (
        data.draw(st.lists(UNREADABLE[file_format], max_size=2), label="unreadable") if file_format != "json" else []
    )
    path = _write(cases, file_format, extra)
    try:
        totals = asyncio.run(_import(FakeRegistryRepository(), kind, path, file_format))
    finally:
        path.unlink()
    bad = {number for number, item in enumerate(cases, start=1) if item.broken is not None}
    bad |= set(range(len(cases) + 1, len(cases) + len(extra) + 1))
    assert totals.rows_read == len(cases) + len(extra)
    assert totals.accepted + totals.rejected == totals.rows_read and totals.unchanged == 0
    assert totals.rejected == len(bad)
    assert {e.row for e in totals.errors} == bad
    assert all(e.field and e.reason for e in totals.errors)


async def _import(repository: Any, kind: FeedKind, path: Path, file_format: str) -> Any:
    for nib in SUPPLIERS:
        supplier = UpsertSupplier(nib=nib, name="Tapis Jejama", region_code="18.71", scale="kecil")
        await upsert_supplier(repository, supplier, verified_if_new=True)
    run_id = path.stem  # a fresh run: a reused id would resume after its checkpoint
    return await import_feed(
        repository, FakeRuns(), iter_rows(path, file_format), kind, run_id=run_id, source=path.name
    )


def test_a_product_of_an_unregistered_supplier_is_reported_against_its_nib(repository: Any) -> None:
    rows = [{"kd_produk": "P-1", "nib_penyedia": UNREGISTERED, "nama_produk": "Kain tapis", "harga": "1.750.000"}]
    totals = asyncio.run(import_feed(repository, FakeRuns(), rows, FeedKind.EKATALOG, run_id="u", source="k.json"))
    assert (totals.accepted, totals.rejected) == (0, 1)
    assert [(e.row, e.field) for e in totals.errors] == [(1, "supplier_nib")]


def test_a_missing_product_code_is_named_as_the_feed_names_it() -> None:
    result = ekatalog_to_command({"nib_penyedia": SUPPLIERS[0], "nama_produk": "Kain tapis", "harga": 1}, 1)
    assert isinstance(result, list) and [e.field for e in result] == ["ekatalog_product_id"]
