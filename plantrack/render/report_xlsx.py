"""``plantrack check --format xlsx``: the appendix an office files, as an Excel workbook.

One sheet a plan, laid out as year-end appendices are: a title block (PHỤ LỤC..., the plan, the
document it is attached to, the area, the year assessed), then STT | Chỉ tiêu | ĐVT | Mục tiêu |
a column a year ("Ước TH 2025" where the figures are estimates) | Thực hiện | Tốc độ đạt được |
Tốc độ cần đạt | So với mục tiêu (%) | Đánh giá | Ghi chú, with the plan's sections as bold
rows ("I. Về kinh tế"). The header is frozen and printed on every page; the page is A4
landscape, fitted to its width. A plan whose targets apply to several areas gets a sheet of
those targets by area ("Kết quả theo địa bàn"), and every plan a sheet of charts
(:mod:`~plantrack.render.xlsx_charts`).

What the sheets say is :mod:`~plantrack.render.appendix`'s: this module lays it out and
computes nothing. How a cell is written (a number with its format, text that is never a
formula, a status's colours) is :mod:`~plantrack.render.xlsx_cells`'s. The workbook is the same
bytes for the same report: no clock is written into it.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from plantrack.render.appendix import Appendix, Heading, Row, appendices, document_line
from plantrack.render.result_text import HEAD
from plantrack.render.xlsx_cells import (
    BORDER,
    HEADER_FILL,
    SECTION_FILL,
    WRAP,
    WRAP_CENTRE,
    decimals,
    font,
    plain_format,
    print_setup,
    put_figure,
    put_text,
    status_fill,
    status_font,
)
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    from plantrack.report.build import CheckReport

#: Column widths (in characters) of the fixed columns; a year's column is ``YEAR_WIDTH``.
WIDTHS = {
    "number": 6,
    "indicator": 42,
    "unit": 11,
    "goal": 22,
    "latest": 20,
    "achieved": 15,
    "needed": 15,
    "compared": 11,
    "status": 17,
    "note": 30,
}
YEAR_WIDTH = 10
#: The columns of figures besides the years, and the widest a column of figures gets.
FIGURE_COLUMNS = ("latest", "achieved", "needed", "compared")
FIGURE_WIDEST = 32
#: The height of a line of 11-point text, in points.
LINE_HEIGHT = 15
#: Characters a sheet name cannot hold, and its longest length.
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31
#: The date of every entry of the workbook's zip (the earliest a zip can hold): the same bytes
#: for the same report.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
#: The document's properties, and the dates openpyxl writes there.
_CORE = "docProps/core.xml"
_DATES = re.compile(rb"<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>")


def write_xlsx(report: CheckReport, lang: str, stream: IO[bytes]) -> None:
    """The appendix of every plan of ``report`` in ``lang``, as an xlsx workbook on ``stream``."""
    book = build_workbook(report, lang)
    _save(book, stream)


def build_workbook(report: CheckReport, lang: str) -> Workbook:
    """The workbook: for each plan its appendix, its results by area (when a target applies
    to several) and its charts."""
    from plantrack.render.xlsx_charts import add_chart_sheet

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    names = SheetNames()
    for one in appendices(report, lang):
        main = book.create_sheet(names.take(one.plan.id))
        areas = names.take(one.plan.id, one.heading("area")) if one.areas else None
        charts = names.take(one.plan.id, one.heading("charts"))
        write_appendix(main, one, areas)
        if areas is not None:
            write_areas(book.create_sheet(areas), one)
        add_chart_sheet(book.create_sheet(charts), one)
    changes = report.changes()
    if changes is not None:
        from plantrack.render.xlsx_changes import write_changes

        write_changes(book.create_sheet(names.take(_CHANGES[lang])), changes, lang)
    if not book.worksheets:
        sheet = book.create_sheet("plantrack")
        put_text(sheet["A1"], HEAD[lang]["none"])
    book.properties.creator = "plantrack"
    book.properties.title = _document_title(report, lang)
    return book


def _document_title(report: CheckReport, lang: str) -> str:
    """The workbook's title (File > Properties): the plans' titles, control characters
    visible (XML cannot hold them)."""
    titles = [visible(loaded.plan.title.get(lang)) for loaded in report.plans]
    return "; ".join(titles)[:250]


#: The name of the sheet of what changed since the previous report (``--since``).
_CHANGES = {"vi": "Thay đổi", "en": "Changes"}


class SheetNames:
    """Sheet names Excel accepts: at most 31 characters, none of ``[]:*?/\\``, each once
    (compared as Excel does, ignoring case)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def take(self, base: str, suffix: str = "") -> str:
        base = _NOT_IN_SHEET_NAME.sub("-", base).strip("'") or "plan"
        suffix = _NOT_IN_SHEET_NAME.sub("-", suffix)
        for n in range(1, 1000):
            tail = (f" {suffix}" if suffix else "") + (f" ({n})" if n > 1 else "")
            name = base[: SHEET_NAME_LIMIT - len(tail)].rstrip() + tail
            if name.casefold() not in self.taken:
                self.taken.add(name.casefold())
                return name
        raise ValueError(base)  # pragma: no cover - a thousand plans of one id


# --------------------------------------------------------------------------------------------
# The appendix sheet


def columns(one: Appendix) -> list[tuple[str, str]]:
    """The table's columns: (key, heading); a year's key is the year."""
    fixed = [(key, one.heading(key)) for key in ("number", "indicator", "unit", "goal")]
    years = [(str(year), one.year_heading(year)) for year in one.years]
    after = ("latest", "achieved", "needed", "compared", "status", "note")
    return fixed + years + [(key, one.heading(key)) for key in after]


def write_appendix(sheet: Worksheet, one: Appendix, areas_sheet: str | None) -> None:
    """The appendix of one plan on ``sheet``: title block, header, rows, legend."""
    cols = columns(one)
    width = len(cols)
    widths = column_widths(one, cols)
    for col, chars in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = chars
    row = title_block(sheet, one, width, sum(widths))
    header = row + 1
    _header(sheet, one, cols, header)
    row = header + 2
    for line in one.lines:
        if isinstance(line, Heading):
            _section(sheet, line, row, width)
        else:
            _row(sheet, one, cols, line, row, areas_sheet)
            sheet.row_dimensions[row].height = row_height(sheet, row, widths)
        row += 1
    if any(f.estimate for r in one.rows for f in (*r.figures.values(), r.latest)):
        legend = one.heading("estimate_italic")
        _merged_text(sheet, row + 1, width, legend, font(italic=True), across=sum(widths))
    sheet.freeze_panes = f"C{header + 2}"  # below the header, right of Chỉ tiêu
    print_setup(sheet, f"{header}:{header + 1}")


def title_block(sheet: Worksheet, one: Appendix, width: int, across: float) -> int:
    """PHỤ LỤC..., the plan, the document, the area, the year assessed; the last row used."""
    lines = [
        (one.title, font(bold=True, size=13)),
        (one.subtitle, font(bold=True, size=12)),
        (document_line(one.plan, one.lang), font(italic=True)),
        (f"{one.heading('area')}: {one.area}", font()),
    ]
    if one.as_of is not None:
        lines.append((f"{one.heading('as_of')} {one.as_of}", font(italic=True)))
    for row, (words, style) in enumerate(lines, start=1):
        _merged_text(sheet, row, width, words, style, centre=True, across=across)
    return len(lines) + 1


def _header(sheet: Worksheet, one: Appendix, cols: list[tuple[str, str]], row: int) -> None:
    """Two header rows: the years under one heading ("Số liệu thực hiện"), every other
    column's heading over both rows."""
    years = [i for i, (key, _) in enumerate(cols, start=1) if key.isdigit()]
    for col, (key, words) in enumerate(cols, start=1):
        top = sheet.cell(row, col)
        if key.isdigit():
            put_text(sheet.cell(row + 1, col), words)
        else:
            put_text(top, words)
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    if years:
        put_text(sheet.cell(row, years[0]), one.heading("figures"))
        sheet.merge_cells(start_row=row, start_column=years[0], end_row=row, end_column=years[-1])
    for r in (row, row + 1):
        for col in range(1, len(cols) + 1):
            cell = sheet.cell(r, col)
            cell.font = font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = WRAP_CENTRE
            cell.border = BORDER
    sheet.row_dimensions[row].height = 30
    sheet.row_dimensions[row + 1].height = 30


def _section(sheet: Worksheet, line: Heading, row: int, width: int) -> None:
    """A section's row: "I" under STT, its title across the rest, bold."""
    put_text(sheet.cell(row, 1), line.number)
    put_text(sheet.cell(row, 2), line.title)
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
    for col in range(1, width + 1):
        cell = sheet.cell(row, col)
        cell.font = font(bold=True)
        cell.fill = SECTION_FILL
        cell.border = BORDER
        cell.alignment = WRAP_CENTRE if col == 1 else WRAP


def _row(
    sheet: Worksheet,
    one: Appendix,
    cols: list[tuple[str, str]],
    line: Row,
    row: int,
    areas_sheet: str | None,
) -> None:
    """One target's row. Its figures a year share one format (the row's decimals); the paces,
    the figure judged and the comparison are numbers worded as the appendix words them."""
    figure_format = _figures_format(line)
    note = line.note
    if line.areas and areas_sheet is not None:
        see = one.heading("see_areas").format(sheet=areas_sheet)
        note = f"{note}; {see}" if note else see
    words = {"number": line.number, "indicator": line.indicator, "unit": line.unit}
    words |= {"goal": line.goal, "status": line.verdict, "note": note}
    figures = {"latest": line.latest, "achieved": line.achieved, "needed": line.needed}
    figures["compared"] = line.compared
    for col, (key, _) in enumerate(cols, start=1):
        cell = sheet.cell(row, col)
        if key.isdigit():
            figure = line.figures.get(int(key))
            if figure is None:
                cell.border = BORDER
                continue
            put_figure(cell, figure, figure_format.get(figure.kind))
        elif key in figures:
            figure = figures[key]
            put_figure(cell, figure, plain_format("percent", 1) if key == "compared" else None)
        else:
            put_text(cell, words[key])
            cell.font = font()
            cell.alignment = WRAP_CENTRE if key in ("number", "unit") else WRAP
            cell.border = BORDER
    status = sheet.cell(row, next(i for i, (k, _) in enumerate(cols, start=1) if k == "status"))
    status.fill = status_fill(line.status)
    status.font = status_font(line.status)


def _figures_format(line: Row) -> dict[str, str]:
    """The number format of a row's yearly figures, by kind: as many decimals as the figure
    that needs the most (up to two), so that a row's years line up."""
    out: dict[str, str] = {}
    for kind in ("amount", "percent"):
        values = [f.value for f in line.figures.values() if f.kind == kind and f.value is not None]
        if values:
            out[kind] = plain_format(kind, max(decimals(v, kind) for v in values))
    return out


def _merged_text(
    sheet: Worksheet,
    row: int,
    width: int,
    words: str,
    style: Font,
    *,
    centre: bool = False,
    across: float = 150,
) -> None:
    """``words`` across the first ``width`` columns (``across`` characters wide), wrapped."""
    cell = sheet.cell(row, 1)
    put_text(cell, words)
    cell.font = style
    cell.alignment = WRAP_CENTRE if centre else WRAP
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    scale = (style.sz or 11) / 11
    sheet.row_dimensions[row].height = LINE_HEIGHT * scale * _lines(words, across / scale)


def column_widths(one: Appendix, cols: list[tuple[str, str]]) -> list[float]:
    """Each column's width in characters: the set width of a column of words (they wrap); a
    column of figures as wide as its widest figure as worded (a number never wraps: too
    narrow, Excel shows ###)."""
    out: list[float] = []
    for key, _ in cols:
        if key.isdigit():
            texts = [r.figures[int(key)].text for r in one.rows if int(key) in r.figures]
            least = YEAR_WIDTH
        elif key in FIGURE_COLUMNS:
            texts = [getattr(r, key).text for r in one.rows]
            least = WIDTHS[key]
        else:
            out.append(WIDTHS[key])
            continue
        widest = max((len(t) for t in texts), default=0) + 3
        out.append(max(least, min(FIGURE_WIDEST, widest)))
    return out


def row_height(sheet: Worksheet, row: int, widths: Sequence[float]) -> float:
    """The height of a row whose words wrap: as many lines as its longest text needs in its
    column (Excel and LibreOffice do not grow a row written by a program)."""
    lines = 1
    for col, chars in enumerate(widths, start=1):
        value = sheet.cell(row, col).value
        if isinstance(value, str):
            lines = max(lines, _lines(value, chars))
    return LINE_HEIGHT * lines


def _lines(words: str, chars: float) -> int:
    return max(1, math.ceil(len(words) * 1.1 / max(chars - 2, 1)))


# --------------------------------------------------------------------------------------------
# The sheet of areas


def write_areas(sheet: Worksheet, one: Appendix) -> None:
    """The targets that apply to several areas, an area's verdict and figure side by side:
    STT | Chỉ tiêu | ĐVT | Mục tiêu | for each area: Đánh giá, Thực hiện | Đánh giá (all)."""
    fixed = [(key, one.heading(key)) for key in ("number", "indicator", "unit", "goal")]
    width = len(fixed) + 2 * len(one.areas) + 1
    widths = [WIDTHS[k] for k, _ in fixed] + [15, 18] * len(one.areas) + [WIDTHS["status"]]
    for col, chars in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = chars
    title = one.heading("by_area")
    _merged_text(sheet, 1, width, title, font(bold=True, size=13), centre=True, across=sum(widths))
    subtitle = font(bold=True, size=12)
    _merged_text(sheet, 2, width, one.subtitle, subtitle, centre=True, across=sum(widths))
    header = 4
    for col, (_, words) in enumerate(fixed, start=1):
        put_text(sheet.cell(header, col), words)
        sheet.merge_cells(start_row=header, start_column=col, end_row=header + 1, end_column=col)
    col = len(fixed) + 1
    for _, name in one.areas:
        put_text(sheet.cell(header, col), name)
        sheet.merge_cells(start_row=header, start_column=col, end_row=header, end_column=col + 1)
        put_text(sheet.cell(header + 1, col), one.heading("status"))
        put_text(sheet.cell(header + 1, col + 1), one.heading("latest"))
        col += 2
    put_text(sheet.cell(header, width), one.heading("status"))
    sheet.merge_cells(start_row=header, start_column=width, end_row=header + 1, end_column=width)
    for r in (header, header + 1):
        for c in range(1, width + 1):
            cell = sheet.cell(r, c)
            cell.font, cell.fill, cell.alignment = font(bold=True), HEADER_FILL, WRAP_CENTRE
            cell.border = BORDER
    row = header + 2
    for line in one.rows:
        if not line.areas:
            continue
        for c, words in enumerate((line.number, line.indicator, line.unit, line.goal), start=1):
            cell = sheet.cell(row, c)
            put_text(cell, words)
            cell.font, cell.border = font(), BORDER
            cell.alignment = WRAP_CENTRE if c in (1, 3) else WRAP  # STT and ĐVT centred
        by_id = {area.area: area for area in line.areas}
        col = len(fixed) + 1
        for area_id, _ in one.areas:
            area = by_id.get(area_id)
            verdict, latest = sheet.cell(row, col), sheet.cell(row, col + 1)
            verdict.border = latest.border = BORDER
            if area is not None:
                put_text(verdict, area.verdict)
                verdict.fill, verdict.font = status_fill(area.status), status_font(area.status)
                verdict.alignment = WRAP
                put_figure(latest, area.latest)
            col += 2
        overall = sheet.cell(row, width)
        put_text(overall, line.verdict)
        overall.fill, overall.font = status_fill(line.status), status_font(line.status)
        overall.alignment, overall.border = WRAP, BORDER
        sheet.row_dimensions[row].height = row_height(sheet, row, widths)
        row += 1
    sheet.freeze_panes = f"C{header + 2}"
    print_setup(sheet, f"{header}:{header + 1}")


# --------------------------------------------------------------------------------------------
# Saving


def _save(book: Workbook, stream: IO[bytes]) -> None:
    """The workbook's bytes on ``stream``, without a clock: openpyxl stamps the time it saves
    into the document's properties (dates that are optional there: they are left out) and
    into each zip entry (given the zip's earliest date)."""
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as written,
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for entry in written.infolist():
            content = written.read(entry.filename)
            if entry.filename == _CORE:
                content = _DATES.sub(b"", content)
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, content)
