"""The sheet of what changed since the previous report (``check --since PREVIOUS.json``) in the
Excel appendix: its heading, the counts, and a row a change (the kind with its symbol, the
indicator, where and by when, the year of a revised figure, what it was and what it is now).

The rows are :func:`plantrack.render.changes.change_rows`': this module only lays them out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from plantrack.render.changes import change_rows, counts_line, heading
from plantrack.render.xlsx_cells import (
    BORDER,
    HEADER_FILL,
    WRAP,
    WRAP_CENTRE,
    font,
    print_setup,
    put_text,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from plantrack.report.since import Changes

#: The columns: (heading in vi, in en, width in characters).
COLUMNS = (
    ("Thay đổi", "Change", 30),
    ("Chỉ tiêu", "Indicator", 44),
    ("Địa bàn, hạn", "Area, deadline", 30),
    ("Năm", "Year", 8),
    ("Trước đây", "Before", 22),
    ("Nay", "Now", 22),
)


def write_changes(sheet: Worksheet, changes: Changes, lang: str) -> None:
    """The changes on ``sheet``: a heading, the counts, then the table (its header frozen and
    printed on every page)."""
    en = lang != "vi"
    put_text(sheet.cell(1, 1), heading(changes, lang))
    sheet.cell(1, 1).font = font(bold=True, size=13)
    put_text(sheet.cell(2, 1), counts_line(changes, lang))
    sheet.cell(2, 1).font = font(italic=True)
    header = 4
    for col, (vi, english, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(header, col)
        put_text(cell, english if en else vi)
        cell.font, cell.fill, cell.border = font(bold=True), HEADER_FILL, BORDER
        cell.alignment = WRAP_CENTRE
        sheet.column_dimensions[get_column_letter(col)].width = width
    for row, one in enumerate(change_rows(changes, lang), start=header + 1):
        values = (one.label, one.indicator, one.where, one.year, one.before, one.after)
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row, col)
            if isinstance(value, int):
                cell.value, cell.number_format = value, "0"  # a year is a number
            elif value:
                put_text(cell, value)
            cell.font, cell.border, cell.alignment = font(), BORDER, WRAP
    sheet.freeze_panes = f"A{header + 1}"
    print_setup(sheet, f"{header}:{header}")
