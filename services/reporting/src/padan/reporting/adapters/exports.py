"""CSV and XLSX files of the dashboard's tables (the same Table the page renders).

CSV keeps raw numbers (Rupiah as integers, shares as 0..1) for machines; XLSX keeps them as numbers too,
with formats a person reads: "Rp" #,##0 for money, 0.0% for shares, a bold coloured header row, frozen
header, auto-filter and sensible widths.

Both are safe to open in a spreadsheet although they carry names people typed (suppliers, products): a text
cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula (CSV injection,
e.g. a supplier named `=HYPERLINK(...)`). In CSV such a cell gets a leading `'` (defusedcsv, which also
covers `|` and `%`); in XLSX every text cell is written as an explicit string, never a formula, and the
risky ones carry the "quote prefix" style, so they stay text even when someone edits them. Numbers stay
numbers in both.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from defusedcsv import csv
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from padan.reporting.domain.view_models import Table

NUMBER_FORMATS = {
    "rupiah": '"Rp" #,##0',
    "int": "#,##0",
    "share": "0.0%",
    "percent": '0.00" %"',
}
HEADER_FILL = PatternFill("solid", fgColor="7A1F1F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: First characters that make a spreadsheet read a text cell as a formula (OWASP, CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def _csv_value(value: Any) -> Any:
    """defusedcsv quotes `=+-@|%`; a leading tab or carriage return is quoted here."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(("\t", "\r")):
        return "'" + value
    return value


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_csv_value(c.header) for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_value(row.get(c.key)) for c in table.columns])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _sheet(sheet: Worksheet, table: Table) -> None:
    sheet.title = table.name[:31]
    sheet.append([_xlsx_cell(sheet, c.header) for c in table.columns])
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in table.rows:
        sheet.append([_xlsx_cell(sheet, row.get(c.key)) for c in table.columns])
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        number_format = NUMBER_FORMATS.get(column.kind)
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = number_format
        widest = max([len(column.header)] + [len(str(row.get(column.key) or "")) for row in table.rows[:500]])
        sheet.column_dimensions[letter].width = min(60, max(10, widest + (6 if column.kind == "rupiah" else 2)))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{max(1, len(table.rows) + 1)}"


def _xlsx_cell(sheet: Worksheet, value: Any) -> Any:
    """Text as an explicit string cell (openpyxl would store `=...` as a formula); anything else as is."""
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    if is_formula_like(value):
        cell.quotePrefix = True
    return cell


def to_xlsx(tables: Sequence[Table]) -> bytes:
    """One sheet per table."""
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    _sheet(first, tables[0])
    for table in tables[1:]:
        _sheet(workbook.create_sheet(), table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
