"""The Word appendix (``check --format docx``): the table of :mod:`plantrack.render.appendix` as a
document in the style of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP), ready to
paste into a year-end report.

Times New Roman throughout (on the document defaults and the Normal style, for Latin and East
Asian text alike, so that no Vietnamese letter falls to another font), 13 pt for the text and
10 pt in the table; A4 landscape with margins of 2 cm (3 cm on the left); the header block
("PHỤ LỤC", the title in bold, the "(Kèm theo ...)" line in italics, the plan, its area and the
year assessed); then the table, bordered ("Table Grid"), its header rows repeated on every page
and no row split over two; section headings as bold rows across the table; the status words with
their symbols, their cells shaded by status. A plan with targets over several areas gets the
area-by-indicator table after it. One section a plan, each on a new page.

Every word and figure is the appendix model's: this module lays them out. Text from plans and
data reaches the document through :func:`~plantrack.render.docx_style.clean` (NFC, control characters written out: Word's
XML cannot hold them); the fonts, pages and tables are
:mod:`~plantrack.render.docx_style`'s. python-docx is imported when a document is written, never
before.
"""

from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING

from plantrack.render import docx_style as word
from plantrack.render.appendix import Appendix, Heading, Row, appendices, document_line
from plantrack.render.result_text import HEAD, STYLES

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell

    from plantrack.assessment.status import Status
    from plantrack.report.build import CheckReport
    from plantrack.report.since import Changes

#: The width of a character of the table's font, on average, in cm (10 pt Times New Roman).
CHAR_CM = 0.17

#: The semantic styles of the statuses (:data:`~plantrack.render.result_text.STYLES`) as light
#: cell shades, so that the words stay readable in black (and in print without colour).
SHADES = {
    "bold green": "C6EFCE",
    "green": "E2EFDA",
    "cyan": "DDEBF7",
    "yellow": "FFF2CC",
    "red": "FCE4D6",
    "bold red": "F8CBAD",
    "dim": "EDEDED",
}

#: The columns of the main table besides the years: the model's heading key, and a weight for
#: the width it gets (the STT column a fixed width).
COLUMNS_BEFORE = ("number", "indicator", "unit", "goal")
COLUMNS_AFTER = ("latest", "achieved", "needed", "compared", "status", "note")
WEIGHTS = {
    "latest": 1.8,
    "indicator": 3.6,
    "unit": 1.4,
    "goal": 2.5,
    "achieved": 1.6,
    "needed": 1.6,
    "compared": 1.3,
    "status": 1.9,
    "note": 2.2,
}
NUMBER_WIDTH = 0.9
#: A year's column: at least, at most (cm).
YEAR_WIDTH = (1.1, 1.7)


def write_docx(report: CheckReport, lang: str, stream: IO[bytes]) -> None:
    """The report's appendices as a Word document, written to ``stream``."""
    stream.write(docx_bytes(report, lang))


def docx_bytes(report: CheckReport, lang: str) -> bytes:
    """The report's appendices as a Word document (the bytes of a ``.docx`` file)."""
    import docx
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    word.styles(document, lang)
    found = appendices(report, lang)
    for index, appendix in enumerate(found):
        section = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        word.page(section)
        _header_block(document, appendix)
        _main_table(document, appendix)
        if appendix.estimate_years:
            word.add_paragraph(document, appendix.heading("estimate_legend"), italic=True)
        if appendix.areas:
            _area_table(document, appendix)
    if not found:
        word.page(document.sections[0])
        word.add_paragraph(document, HEAD[lang]["none"])
    changes = report.changes()
    if changes is not None:
        _changes(document, changes, lang, new_page=bool(found))
    properties = document.core_properties
    properties.author = properties.last_modified_by = "plantrack"
    properties.title = word.clean(found[0].title if found else "")
    properties.language = "vi-VN" if lang == "vi" else "en-US"
    properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return word.reproducible(buffer.getvalue())


# --------------------------------------------------------------------------------------------
# The header block


def _header_block(document: Document, appendix: Appendix) -> None:
    """PHỤ LỤC / the title / (Kèm theo ...) / the plan / its area / the year assessed."""
    label, _, title = appendix.title.partition(": ")
    word.add_paragraph(document, label, bold=True, center=True)
    if title:
        word.add_paragraph(document, title, bold=True, center=True)
    word.add_paragraph(
        document, document_line(appendix.plan, appendix.lang), italic=True, center=True
    )
    word.add_paragraph(document, appendix.subtitle, bold=True, center=True)
    word.add_paragraph(document, f"{appendix.heading('area')}: {appendix.area}", center=True)
    if appendix.as_of is not None:
        as_of = f"{appendix.heading('as_of')} {appendix.as_of}"
        word.add_paragraph(document, as_of, italic=True, center=True)
    word.add_paragraph(document, "")


# --------------------------------------------------------------------------------------------
# The main table


def column_widths(appendix: Appendix) -> list[float]:
    """The main table's column widths in cm, filling the text width
    (:data:`~plantrack.render.docx_style.TEXT_WIDTH`): a year's column as
    wide as its longest figure (within :data:`YEAR_WIDTH`), the rest shared by weight."""
    years = []
    for year in appendix.years:
        longest = max(
            (len(row.figures[year].text) for row in appendix.rows if year in row.figures),
            default=4,
        )
        wanted = longest * CHAR_CM + 2 * word.CELL_PADDING + 0.05
        years.append(min(max(wanted, YEAR_WIDTH[0]), YEAR_WIDTH[1]))
    rest = word.TEXT_WIDTH - NUMBER_WIDTH - sum(years)
    weights = [WEIGHTS[key] for key in (*COLUMNS_BEFORE[1:], *COLUMNS_AFTER)]
    minimum = 1.0  # no text column narrower than a word
    if rest < minimum * len(weights):  # many years: every column narrower, in proportion
        scale = (word.TEXT_WIDTH - NUMBER_WIDTH) / (sum(years) + minimum * len(weights))
        years = [width * scale for width in years]
        rest = word.TEXT_WIDTH - NUMBER_WIDTH - sum(years)
    shared = [rest * weight / sum(weights) for weight in weights]
    before, after = shared[: len(COLUMNS_BEFORE) - 1], shared[len(COLUMNS_BEFORE) - 1 :]
    return [NUMBER_WIDTH, *before, *years, *after]


def _main_table(document: Document, appendix: Appendix) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    years = appendix.years
    before, after = len(COLUMNS_BEFORE), len(COLUMNS_AFTER)
    columns = before + len(years) + after
    header_rows = 2 if years else 1
    table = word.add_table(document, header_rows, columns, column_widths(appendix))
    top = table.rows[0].cells
    for i, key in enumerate(COLUMNS_BEFORE):
        word.head(top[i], appendix.heading(key))
    for i, key in enumerate(COLUMNS_AFTER):
        word.head(top[before + len(years) + i], appendix.heading(key))
    if years:
        bottom = table.rows[1].cells
        for i in (*range(before), *range(before + len(years), columns)):
            top[i].merge(bottom[i])
        group = top[before].merge(top[before + len(years) - 1])
        word.head(group, appendix.heading("figures"))
        for i, year in enumerate(years):
            word.head(bottom[before + i], appendix.year_heading(year))
    for line in appendix.lines:
        cells = word.add_row(table)
        if isinstance(line, Heading):
            merged = cells[0].merge(cells[-1])
            word.write(merged, f"{line.number}. {line.title}", bold=True)
            continue
        word.write(cells[0], line.number, ALIGN.CENTER)
        word.write(cells[1], line.indicator)
        word.write(cells[2], line.unit, ALIGN.CENTER)
        word.write(cells[3], line.goal)
        _figures(cells[before : before + len(years)], line, years)
        end = before + len(years)
        word.write(cells[end], line.latest.text, ALIGN.RIGHT, italic=line.latest.estimate)
        word.write(cells[end + 1], line.achieved.text, ALIGN.RIGHT)
        word.write(cells[end + 2], line.needed.text, ALIGN.RIGHT)
        word.write(cells[end + 3], line.compared.text, ALIGN.RIGHT)
        word.write(cells[end + 4], line.verdict)
        _shade(cells[end + 4], line.status)
        word.write(cells[end + 5], line.note)


def _figures(cells: list[_Cell], row: Row, years: list[int]) -> None:
    """A row's figures, a year a cell, estimates in italics; a target over several areas has
    each area's latest figure across them (a state's words are in the column of the figure
    judged)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    if not cells:
        return
    if not row.figures:
        if row.areas:
            words = "; ".join(f"{area.name}: {area.latest.text}" for area in row.areas)
            word.write(cells[0].merge(cells[-1]), words, ALIGN.CENTER)
        return
    for cell, year in zip(cells, years, strict=True):
        figure = row.figures.get(year)
        if figure is not None:
            word.write(cell, figure.text, ALIGN.RIGHT, italic=figure.estimate)


# --------------------------------------------------------------------------------------------
# The areas side by side


def _area_table(document: Document, appendix: Appendix) -> None:
    """The areas side by side ("Kết quả theo địa bàn"): a row a target over several areas, a
    column an area, each cell the area's verdict and latest figure; the count ("2/2 xã đạt")
    last."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    word.add_paragraph(document, "")
    word.add_paragraph(document, appendix.heading("by_area"), bold=True)
    areas = appendix.areas
    fixed = [NUMBER_WIDTH, 5.0, 3.5]
    status = 2.5
    each = (word.TEXT_WIDTH - sum(fixed) - status) / len(areas)
    table = word.add_table(
        document, 1, len(fixed) + len(areas) + 1, [*fixed, *[each] * len(areas), status]
    )
    headings = table.rows[0].cells
    for cell, key in zip(headings, ("number", "indicator", "goal"), strict=False):
        word.head(cell, appendix.heading(key))
    for i, (_, name) in enumerate(areas):
        word.head(headings[len(fixed) + i], name)
    word.head(headings[-1], appendix.heading("status"))
    for row in appendix.rows:
        if not row.areas:
            continue
        cells = word.add_row(table)
        word.write(cells[0], row.number, ALIGN.CENTER)
        word.write(cells[1], row.indicator)
        word.write(cells[2], row.goal)
        by_id = {area.area: area for area in row.areas}
        for i, (area_id, _) in enumerate(areas):
            one = by_id.get(area_id)
            if one is None:
                continue
            cell = cells[len(fixed) + i]
            word.write(cell, one.verdict, ALIGN.CENTER)
            if one.latest.text:
                word.write(
                    cell, one.latest.text, ALIGN.CENTER, italic=one.latest.estimate, new=True
                )
            _shade(cell, one.status)
        word.write(cells[-1], row.verdict, ALIGN.CENTER, bold=True)
        _shade(cells[-1], row.status)


def _changes(document: Document, changes: Changes, lang: str, *, new_page: bool) -> None:
    """What changed since the previous report (``--since``): a heading, the counts, a row a
    change, on a page of its own."""
    from docx.enum.section import WD_SECTION

    from plantrack.render.changes import TABLE_HEADINGS, change_rows, counts_line, heading

    if new_page:
        word.page(document.add_section(WD_SECTION.NEW_PAGE))
    word.add_paragraph(document, heading(changes, lang), bold=True, center=True)
    word.add_paragraph(document, counts_line(changes, lang), italic=True)
    table = word.add_table(document, 1, len(CHANGE_WIDTHS), list(CHANGE_WIDTHS))
    for cell, words in zip(table.rows[0].cells, TABLE_HEADINGS[lang], strict=True):
        word.head(cell, words)
    for one in change_rows(changes, lang):
        year = "" if one.year is None else str(one.year)
        texts = (one.label, one.indicator, one.where, year, one.before, one.after)
        for cell, text in zip(word.add_row(table), texts, strict=True):
            word.write(cell, text)


#: The columns of the table of changes (cm): the change, the indicator, where, the year, before
#: and now; 24.7 cm in all, the width between the margins.
CHANGE_WIDTHS = (4.6, 7.0, 4.6, 1.3, 3.6, 3.6)


def _shade(cell: _Cell, status: Status) -> None:
    """The cell's background in the light shade of the status's style."""
    fill = SHADES.get(STYLES[status])
    if fill is not None:
        word.shade(cell, fill)
