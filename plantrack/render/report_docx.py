"""The Word appendix (``check --format docx``): the table of :mod:`plantrack.render.appendix` as a
document in the style of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP), ready to
paste into a year-end report.

Times New Roman throughout (on the document defaults and the Normal style, for Latin and East
Asian text alike, so that no Vietnamese letter falls to another font), 13 pt for the text and
11 pt in the table; A4 landscape with margins of 2 cm (3 cm on the left); the header block
("PHỤ LỤC", the title in bold, the "(Kèm theo ...)" line in italics, the plan, its area and the
year assessed); then the table, bordered ("Table Grid"), its header rows repeated on every page
and no row split over two; section headings as bold rows across the table; the status words with
their symbols, their cells shaded by status. A plan with targets over several areas gets the
area-by-indicator table after it. One section a plan, each on a new page.

Every word and figure is the appendix model's: this module lays them out. Text from plans and
data reaches the document through :func:`_clean` (NFC, control characters written out: Word's
XML cannot hold them). python-docx is imported when a document is written, never before.
"""

from __future__ import annotations

import io
import unicodedata
from typing import IO, TYPE_CHECKING, Any

from plantrack.render.appendix import Appendix, Heading, Row, appendices, document_line
from plantrack.render.result_text import HEAD, STYLES
from plantrack.safe_text import visible

if TYPE_CHECKING:
    from docx.document import Document
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
    from docx.section import Section
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

    from plantrack.assessment.status import Status
    from plantrack.report.build import CheckReport

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 11
#: A4 landscape, in cm.
PAGE_WIDTH, PAGE_HEIGHT = 29.7, 21.0
#: Margins in cm: Nghị định 30/2020 asks 2-2.5 cm top and bottom, 3-3.5 cm left, 1.5-2 cm right.
MARGINS = {"top": 2.0, "bottom": 2.0, "left": 3.0, "right": 2.0}
#: The width the table may take, in cm.
TEXT_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
#: Cell padding left and right, in cm (narrower than Word's 0,19 cm: a year's figure fits).
CELL_PADDING = 0.1
#: The width of a character of the table's font, on average, in cm (11 pt Times New Roman).
CHAR_CM = 0.19

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
COLUMNS_AFTER = ("achieved", "needed", "compared", "status", "note")
WEIGHTS = {
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
YEAR_WIDTH = (1.2, 2.0)


def write_docx(report: CheckReport, lang: str, stream: IO[bytes]) -> None:
    """The report's appendices as a Word document, written to ``stream``."""
    stream.write(docx_bytes(report, lang))


def docx_bytes(report: CheckReport, lang: str) -> bytes:
    """The report's appendices as a Word document (the bytes of a ``.docx`` file)."""
    import docx
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    _styles(document, lang)
    found = appendices(report, lang)
    for index, appendix in enumerate(found):
        section = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        _page(section)
        _header_block(document, appendix)
        _main_table(document, appendix)
        if appendix.estimate_years:
            _paragraph(document, appendix.heading("estimate_legend"), italic=True)
        if appendix.areas:
            _area_table(document, appendix)
    if not found:
        _page(document.sections[0])
        _paragraph(document, HEAD[lang]["none"])
    properties = document.core_properties
    properties.author = properties.last_modified_by = "plantrack"
    properties.title = _clean(found[0].title if found else "")
    properties.language = "vi-VN" if lang == "vi" else "en-US"
    properties.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return _reproducible(buffer.getvalue())


def _reproducible(package: bytes) -> bytes:
    """The package with every part dated 1980-01-01 (zip's earliest date): the same report
    gives the same bytes, written today or tomorrow, to a file or to standard output."""
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for part in source.infolist():
            info = zipfile.ZipInfo(part.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = part.external_attr
            target.writestr(info, source.read(part))
    return out.getvalue()


def _clean(text: str) -> str:
    """Text for the document: NFC (Vietnamese precomposed, as Word expects it) with any control
    character written out (``\\x1b``): XML 1.0 cannot hold one, and python-docx refuses it."""
    return visible(unicodedata.normalize("NFC", text))


# --------------------------------------------------------------------------------------------
# The page and the styles


def _styles(document: Document, lang: str) -> None:
    """Times New Roman 13 pt, single-spaced, no space after a paragraph, on the document
    defaults and the Normal style; the language for spelling."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if run_defaults is not None:
            _set_fonts(run_defaults)
            _set_language(run_defaults, lang)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    properties = normal.element.get_or_add_rPr()
    _set_fonts(properties)
    _set_language(properties, lang)
    paragraph = normal.paragraph_format
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(0)
    paragraph.line_spacing = 1.0


def _set_fonts(properties: Any) -> None:
    """``w:rFonts`` of a run's properties set to Times New Roman for every script (ASCII,
    high ANSI, East Asian, complex), its theme fonts removed (they would win over it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = properties.find(qn("w:rFonts"))
    if element is None:
        element = OxmlElement("w:rFonts")
        properties.insert(0, element)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        element.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        element.set(qn(script), FONT)


def _set_language(properties: Any, lang: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = properties.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        properties.append(element)
    element.set(qn("w:val"), "vi-VN" if lang == "vi" else "en-US")


def _page(section: Section) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(PAGE_WIDTH)
    section.page_height = Cm(PAGE_HEIGHT)
    section.top_margin = Cm(MARGINS["top"])
    section.bottom_margin = Cm(MARGINS["bottom"])
    section.left_margin = Cm(MARGINS["left"])
    section.right_margin = Cm(MARGINS["right"])


def _paragraph(
    document: Document,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    center: bool = False,
) -> Paragraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        _run(paragraph, text, BODY_PT, bold=bold, italic=italic)
    return paragraph


def _run(paragraph: Paragraph, text: str, size: int, *, bold: bool, italic: bool) -> None:
    """A run of ``text`` in Times New Roman (every script) at ``size`` points."""
    from docx.shared import Pt

    run = paragraph.add_run(_clean(text))
    run.font.name = FONT
    _set_fonts(run._r.get_or_add_rPr())
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None


# --------------------------------------------------------------------------------------------
# The header block


def _header_block(document: Document, appendix: Appendix) -> None:
    """PHỤ LỤC / the title / (Kèm theo ...) / the plan / its area / the year assessed."""
    label, _, title = appendix.title.partition(": ")
    _paragraph(document, label, bold=True, center=True)
    if title:
        _paragraph(document, title, bold=True, center=True)
    _paragraph(document, document_line(appendix.plan, appendix.lang), italic=True, center=True)
    _paragraph(document, appendix.subtitle, bold=True, center=True)
    _paragraph(document, f"{appendix.heading('area')}: {appendix.area}", center=True)
    if appendix.as_of is not None:
        as_of = f"{appendix.heading('as_of')} {appendix.as_of}"
        _paragraph(document, as_of, italic=True, center=True)
    _paragraph(document, "")


# --------------------------------------------------------------------------------------------
# The main table


def column_widths(appendix: Appendix) -> list[float]:
    """The main table's column widths in cm, filling :data:`TEXT_WIDTH`: a year's column as
    wide as its longest figure (within :data:`YEAR_WIDTH`), the rest shared by weight."""
    years = []
    for year in appendix.years:
        longest = max(
            (len(row.figures[year].text) for row in appendix.rows if year in row.figures),
            default=4,
        )
        wanted = longest * CHAR_CM + 2 * CELL_PADDING + 0.05
        years.append(min(max(wanted, YEAR_WIDTH[0]), YEAR_WIDTH[1]))
    rest = TEXT_WIDTH - NUMBER_WIDTH - sum(years)
    weights = [WEIGHTS[key] for key in (*COLUMNS_BEFORE[1:], *COLUMNS_AFTER)]
    minimum = 1.0  # no text column narrower than a word
    if rest < minimum * len(weights):  # many years: every column narrower, in proportion
        scale = (TEXT_WIDTH - NUMBER_WIDTH) / (sum(years) + minimum * len(weights))
        years = [width * scale for width in years]
        rest = TEXT_WIDTH - NUMBER_WIDTH - sum(years)
    shared = [rest * weight / sum(weights) for weight in weights]
    before, after = shared[: len(COLUMNS_BEFORE) - 1], shared[len(COLUMNS_BEFORE) - 1 :]
    return [NUMBER_WIDTH, *before, *years, *after]


def _main_table(document: Document, appendix: Appendix) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    years = appendix.years
    before, after = len(COLUMNS_BEFORE), len(COLUMNS_AFTER)
    columns = before + len(years) + after
    header_rows = 2 if years else 1
    table = _table(document, header_rows, columns, column_widths(appendix))
    top = table.rows[0].cells
    for i, key in enumerate(COLUMNS_BEFORE):
        _head(top[i], appendix.heading(key))
    for i, key in enumerate(COLUMNS_AFTER):
        _head(top[before + len(years) + i], appendix.heading(key))
    if years:
        bottom = table.rows[1].cells
        for i in (*range(before), *range(before + len(years), columns)):
            top[i].merge(bottom[i])
        group = top[before].merge(top[before + len(years) - 1])
        _head(group, appendix.heading("figures"))
        for i, year in enumerate(years):
            _head(bottom[before + i], appendix.year_heading(year))
    for line in appendix.lines:
        cells = _add_row(table)
        if isinstance(line, Heading):
            merged = cells[0].merge(cells[-1])
            _write(merged, f"{line.number}. {line.title}", bold=True)
            continue
        _write(cells[0], line.number, ALIGN.CENTER)
        _write(cells[1], line.indicator)
        _write(cells[2], line.unit, ALIGN.CENTER)
        _write(cells[3], line.goal)
        _figures(cells[before : before + len(years)], line, years)
        end = before + len(years)
        _write(cells[end], line.achieved.text, ALIGN.RIGHT)
        _write(cells[end + 1], line.needed.text, ALIGN.RIGHT)
        _write(cells[end + 2], line.compared.text, ALIGN.RIGHT)
        _write(cells[end + 3], line.verdict)
        _shade(cells[end + 3], line.status)
        _write(cells[end + 4], line.note)


def _figures(cells: list[_Cell], row: Row, years: list[int]) -> None:
    """A row's figures, a year a cell, estimates in italics; a row with no yearly figures (a
    state, a target over several areas) has its latest words, or each area's, across them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    if not cells:
        return
    if not row.figures:
        if row.areas:
            words = "; ".join(f"{area.name}: {area.latest.text}" for area in row.areas)
        else:
            words = row.latest.text
        if words:
            _write(cells[0].merge(cells[-1]), words, ALIGN.CENTER, italic=row.latest.estimate)
        return
    for cell, year in zip(cells, years, strict=True):
        figure = row.figures.get(year)
        if figure is not None:
            _write(cell, figure.text, ALIGN.RIGHT, italic=figure.estimate)


# --------------------------------------------------------------------------------------------
# The areas side by side


def _area_table(document: Document, appendix: Appendix) -> None:
    """The areas side by side ("Kết quả theo địa bàn"): a row a target over several areas, a column an area, each cell
    the area's verdict and latest figure; the count ("2/2 xã đạt") last."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN

    _paragraph(document, "")
    _paragraph(document, appendix.heading("by_area"), bold=True)
    areas = appendix.areas
    fixed = [NUMBER_WIDTH, 5.0, 3.5]
    status = 2.5
    each = (TEXT_WIDTH - sum(fixed) - status) / len(areas)
    table = _table(document, 1, len(fixed) + len(areas) + 1, [*fixed, *[each] * len(areas), status])
    head = table.rows[0].cells
    for cell, key in zip(head, ("number", "indicator", "goal"), strict=False):
        _head(cell, appendix.heading(key))
    for i, (_, name) in enumerate(areas):
        _head(head[len(fixed) + i], name)
    _head(head[-1], appendix.heading("status"))
    for row in appendix.rows:
        if not row.areas:
            continue
        cells = _add_row(table)
        _write(cells[0], row.number, ALIGN.CENTER)
        _write(cells[1], row.indicator)
        _write(cells[2], row.goal)
        by_id = {area.area: area for area in row.areas}
        for i, (area_id, _) in enumerate(areas):
            one = by_id.get(area_id)
            if one is None:
                continue
            cell = cells[len(fixed) + i]
            _write(cell, one.verdict, ALIGN.CENTER)
            if one.latest.text:
                _write(cell, one.latest.text, ALIGN.CENTER, italic=one.latest.estimate, new=True)
            _shade(cell, one.status)
        _write(cells[-1], row.verdict, ALIGN.CENTER, bold=True)
        _shade(cells[-1], row.status)


# --------------------------------------------------------------------------------------------
# Tables and cells


def _table(document: Document, header_rows: int, columns: int, widths: list[float]) -> Table:
    """A bordered table of fixed column widths (cm), its first ``header_rows`` rows repeated on
    every page; narrow cell padding."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table: Table = document.add_table(rows=header_rows, cols=columns)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(CELL_PADDING / 2.54 * 1440)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    _insert(table._tbl.tblPr, margins, ("w:tblLook", "w:tblCaption", "w:tblDescription"))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        _row_properties(row, header=True)
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    return table


def _add_row(table: Table) -> list[_Cell]:
    """A new row (its cells as wide as the table's columns), never split over two pages."""
    row = table.add_row()  # type: ignore[no-untyped-call]
    _row_properties(row, header=False)
    return list(row.cells)


def _row_properties(row: _Row, *, header: bool) -> None:
    """``w:cantSplit`` (a row is never split over two pages) and, for a header row,
    ``w:tblHeader`` (repeated at the top of every page the table runs onto)."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _head(cell: _Cell, text: str) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    _write(cell, text, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _write(
    cell: _Cell,
    text: str,
    align: WD_PARAGRAPH_ALIGNMENT | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    new: bool = False,
) -> None:
    """``text`` into ``cell`` at the table's size: into its (first) paragraph, or a new one."""
    paragraph = cell.add_paragraph() if new else cell.paragraphs[0]
    if align is not None:
        paragraph.alignment = align
    if text:
        _run(paragraph, text, TABLE_PT, bold=bold, italic=italic)


def _shade(cell: _Cell, status: Status) -> None:
    """The cell's background (``w:shd``) in the light shade of the status's style."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fill = SHADES.get(STYLES[status])
    if fill is None:
        return
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), fill)
    later = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
    _insert(cell._tc.get_or_add_tcPr(), shade, later)


def _insert(parent: Any, child: Any, later: tuple[str, ...]) -> None:
    """``child`` into ``parent`` before the first of the elements the schema puts after it
    (Word refuses a document whose properties are out of the schema's order)."""
    from docx.oxml.ns import qn

    for name in later:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)
