"""The sheet of charts of the Excel appendix ("Biểu đồ"): for each growth or level target with
figures, a native Excel line chart of the figures reported (finals and estimates apart) against
the path the target requires from the base year and the projection at the current pace, to the
deadline.

Each chart draws from a small table written beside it on the sheet (Năm | Thực hiện | ƯTH |
Lộ trình mục tiêu | Dự báo...), so that the figures can be read and the chart edited in Excel.
The lines are :func:`plantrack.assessment.paths.chart_paths`'s; this module lays them out and
computes nothing. Values are in the indicator's unit as reported (a share in % as 72, not 0.72).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.chart.marker import Marker
from openpyxl.chart.series import Series as ChartSeries
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.worksheet.pagebreak import Break

from plantrack.assessment.paths import chart_paths
from plantrack.render.xlsx_cells import (
    BORDER,
    HEADER_FILL,
    WRAP_CENTRE,
    decimals,
    font,
    plain_format,
    put_text,
)
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from plantrack.assessment.paths import ChartPaths, Line
    from plantrack.render.appendix import Appendix, Row

#: The kinds of target charted: a growth and a level (issue 18: "a line chart per growth and
#: level indicator").
CHART_KINDS = frozenset({"growth", "level"})
#: Rows a chart's block takes at least (the chart is about 15 rows high).
BLOCK_ROWS = 18
#: The chart's size in centimetres.
CHART_WIDTH, CHART_HEIGHT = 17, 8
#: Charts a printed page (A4 landscape, fitted to the width of a table and a chart).
CHARTS_A_PAGE = 2
#: The column where a chart starts (right of its table of at most six columns).
CHART_COLUMN = "H"


def charted(one: Appendix) -> list[tuple[Row, ChartPaths]]:
    """The rows that get a chart, with their lines: a growth or level target of one area
    whose result has figures to draw."""
    out = []
    for row in one.rows:
        if row.areas or not row.quantitative or row.item.result.kind not in CHART_KINDS:
            continue
        paths = chart_paths(row.item.result)
        if paths is not None:
            out.append((row, paths))
    return out


def add_chart_sheet(sheet: Worksheet, one: Appendix) -> None:
    """A chart a charted row of ``one``, each above the next, its table to its left."""
    put_text(sheet["A1"], f"{one.heading('charts')}: {one.subtitle}")
    sheet["A1"].font = font(bold=True, size=13)
    top = 3
    for n, (row, paths) in enumerate(charted(one), start=1):
        used = _block(sheet, one, row, paths, top)
        top += max(BLOCK_ROWS, used) + 2
        if n % CHARTS_A_PAGE == 0:
            sheet.row_breaks.append(Break(id=top - 2))  # a chart is never cut by a page
    for column, width in zip("ABCDEF", (8, 13, 13, 16, 16, 16), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]


def _block(sheet: Worksheet, one: Appendix, row: Row, paths: ChartPaths, top: int) -> int:
    """One target's title, table and chart from row ``top``; the rows it takes."""
    title = f"{row.number}. {row.indicator}" + (f" ({row.unit})" if row.unit else "")
    put_text(sheet.cell(top, 1), title)
    sheet.cell(top, 1).font = font(bold=True)
    put_text(sheet.cell(top + 1, 1), f"{one.heading('chart_target')}: {row.goal}")
    sheet.cell(top + 1, 1).font = font(italic=True)
    columns = _columns(one, paths)
    header = top + 2
    put_text(sheet.cell(header, 1), one.heading("chart_year"))
    for col, (name, _, _) in enumerate(columns, start=2):
        put_text(sheet.cell(header, col), name)
    for col in range(1, len(columns) + 2):
        cell = sheet.cell(header, col)
        cell.font, cell.fill, cell.alignment, cell.border = (
            font(bold=True),
            HEADER_FILL,
            WRAP_CENTRE,
            BORDER,
        )
    values = [v for _, line, _ in columns for _, v in line]
    number_format = plain_format("amount", max((decimals(v, "amount") for v in values), default=0))
    first = header + 1
    for offset, year in enumerate(paths.years):
        r = first + offset
        year_cell = sheet.cell(r, 1, year)
        year_cell.number_format = "0"  # 2025, never 2.025
        year_cell.border, year_cell.alignment = BORDER, WRAP_CENTRE
        for col, (_, line, _) in enumerate(columns, start=2):
            cell = sheet.cell(r, col)
            cell.border = BORDER
            value = dict(line).get(year)
            if value is not None:
                cell.value = value
                cell.number_format = number_format
    last = first + len(paths.years) - 1
    chart = _chart(sheet, title, row.unit, columns, header, last)
    chart.y_axis.number_format = number_format
    sheet.add_chart(chart, f"{CHART_COLUMN}{top}")
    return last - top + 1


#: How a line is drawn: reported figures solid with dots, estimates as hollow diamonds, the
#: required path dashed, the projection dotted (Excel's dash styles).
SOLID, MARKS, DASHED, DOTTED = "solid", "marks", "dash", "sysDot"
#: Their colours (the reported figures and their estimates alike; the paths apart).
COLOURS = {SOLID: "1F4E79", MARKS: "1F4E79", DASHED: "548235", DOTTED: "7F7F7F"}

Column = tuple[str, "Line", str]  # heading, points, how it is drawn


def _columns(one: Appendix, paths: ChartPaths) -> list[Column]:
    """The table's columns after the year: (heading, the line's points, how it is drawn)."""
    columns: list[Column] = [(one.heading("chart_actual"), paths.finals, SOLID)]
    if paths.estimates:
        columns.append((one.heading("estimate"), paths.estimates, MARKS))
    required = one.heading("chart_path")
    if len(paths.required) == 2:
        low, high = paths.required
        columns.append((f"{required} ({one.heading('chart_low')})", low, DASHED))
        columns.append((f"{required} ({one.heading('chart_high')})", high, DASHED))
    elif paths.required:
        columns.append((required, paths.required[0], DASHED))
    if paths.projected:
        columns.append((one.heading("chart_projection"), paths.projected, DOTTED))
    return columns


def _chart(
    sheet: Worksheet,
    title: str,
    unit: str,
    columns: list[Column],
    header: int,
    last: int,
) -> LineChart:
    chart = LineChart()
    chart.title = visible(title)  # a plan's words: no control character in the XML
    chart.y_axis.title = unit or None
    chart.x_axis.title = None
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    chart.x_axis.delete = False  # Excel 365 hides an axis openpyxl leaves unset
    chart.y_axis.delete = False
    chart.legend.position = "b"  # type: ignore[union-attr]
    for col, (name, _, look) in enumerate(columns, start=2):
        data = Reference(sheet, min_col=col, min_row=header + 1, max_row=last)
        series = Series(data, title=None)
        series.tx = SeriesLabel(v=name)
        _style(series, look)
        chart.series.append(series)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    return chart


def _style(series: ChartSeries, look: str) -> None:
    """Reported figures: a solid line with dots; estimates: hollow diamonds; the required
    path dashed, the projection dotted, neither with marks."""
    colour = COLOURS[look]
    series.smooth = False
    if look in (SOLID, MARKS):
        marks = GraphicalProperties(solidFill=colour if look == SOLID else "FFFFFF")
        marks.line.solidFill = colour
        if look == SOLID:
            series.marker = Marker(symbol="circle", size=6, spPr=marks)
        else:
            series.marker = Marker(symbol="diamond", size=9, spPr=marks)
    else:
        series.marker = Marker(symbol="none")
    line = series.graphicalProperties.line
    line.solidFill = colour
    if look == SOLID:
        line.width = 28575  # 2.25 pt
    elif look == MARKS:  # estimates of several years joined by a thin dashed line
        line.width, line.dashStyle = 12700, "sysDash"
    else:
        line.width, line.dashStyle = 19050, look  # 1.5 pt
