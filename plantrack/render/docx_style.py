"""Word documents set as Vietnamese administrative documents are (Nghị định 30/2020/NĐ-CP), with
python-docx: Times New Roman for every script, A4 landscape pages numbered at the top, paragraphs
and runs, bordered tables of fixed widths whose header rows repeat and whose rows never split, and
the package's bytes made reproducible.

The building blocks of :mod:`plantrack.render.report_docx`; this module knows nothing of plans,
reports or appendices. python-docx is imported inside each function, never at import.
"""

from __future__ import annotations

import io
import unicodedata
from typing import TYPE_CHECKING, Any

from plantrack.safe_text import visible

if TYPE_CHECKING:
    from docx.document import Document
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
    from docx.section import Section
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 10
#: A4 landscape, in cm.
PAGE_WIDTH, PAGE_HEIGHT = 29.7, 21.0
#: Margins in cm: Nghị định 30/2020 asks 2-2.5 cm top and bottom, 3-3.5 cm left, 1.5-2 cm right.
MARGINS = {"top": 2.0, "bottom": 2.0, "left": 3.0, "right": 2.0}
#: The width a table may take, in cm.
TEXT_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
#: Cell padding left and right, in cm (narrower than Word's 0,19 cm: a year's figure fits).
CELL_PADDING = 0.1


def reproducible(package: bytes) -> bytes:
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


def clean(text: str) -> str:
    """Text for the document: NFC (Vietnamese precomposed, as Word expects it) with any control
    character written out (``\\x1b``): XML 1.0 cannot hold one, and python-docx refuses it."""
    return visible(unicodedata.normalize("NFC", text))


def styles(document: Document, lang: str) -> None:
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


def page(section: Section) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(PAGE_WIDTH)
    section.page_height = Cm(PAGE_HEIGHT)
    section.top_margin = Cm(MARGINS["top"])
    section.bottom_margin = Cm(MARGINS["bottom"])
    section.left_margin = Cm(MARGINS["left"])
    section.right_margin = Cm(MARGINS["right"])
    _page_number(section)


def _page_number(section: Section) -> None:
    """The page number centred at the top of every page but a plan's first (as Nghị định
    30/2020 numbers a document's pages): a PAGE field in the header, the first page's header
    empty. The sections after the first share the first's headers (linked to the previous)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    if paragraph.runs:
        return  # linked to a section that has its number already
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind in ("begin", "instruction", "separate", "number", "end"):
        if kind == "number":
            add_run(paragraph, "1", BODY_PT, bold=False, italic=False)
            continue
        add_run(paragraph, " ", BODY_PT, bold=False, italic=False)
        run = paragraph.runs[-1]._r
        for text in run.findall(qn("w:t")):
            run.remove(text)
        if kind == "instruction":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run.append(element)


def add_paragraph(
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
        add_run(paragraph, text, BODY_PT, bold=bold, italic=italic)
    return paragraph


def add_run(paragraph: Paragraph, text: str, size: int, *, bold: bool, italic: bool) -> None:
    """A run of ``text`` in Times New Roman (every script) at ``size`` points."""
    from docx.shared import Pt

    run = paragraph.add_run(clean(text))
    run.font.name = FONT
    _set_fonts(run._r.get_or_add_rPr())
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None


def add_table(document: Document, header_rows: int, columns: int, widths: list[float]) -> Table:
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


def add_row(table: Table) -> list[_Cell]:
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


def head(cell: _Cell, text: str) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    write(cell, text, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def write(
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
        add_run(paragraph, text, TABLE_PT, bold=bold, italic=italic)


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


def shade(cell: _Cell, fill: str) -> None:
    """The cell's background (``w:shd``) in ``fill`` (hex RGB, "E2EFDA")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:shd")
    element.set(qn("w:val"), "clear")
    element.set(qn("w:color"), "auto")
    element.set(qn("w:fill"), fill)
    later = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
    _insert(cell._tc.get_or_add_tcPr(), element, later)
