"""Cells of the Excel appendix: text that can never become a formula, numbers that stay numbers
with a number format that shows them as the appendix words them, and the styles of a filed
table (Times New Roman, thin borders, a status's colour).

A number is always a numeric cell. Excel shows its thousands and decimal separators by the
machine's locale (1.234,5 on a Vietnamese Windows, 1,234.5 on an English one), so the format
only says how many decimals; where the appendix words a figure with words around it
("+1,7 điểm %/năm", "2025: 13.127,6 (ước)"), those words become literal text of the number
format and the cell keeps its number.

Text from a plan or a data file goes through :func:`put_text`: control characters are made
visible (:func:`plantrack.safe_text.visible`), and text that a spreadsheet would read as a
formula (``=``, ``+``, ``-``, ``@``...) is stored as a string with Excel's quote prefix, so that
it shows as written and stays text even when the cell is edited.

This module knows the :class:`~plantrack.render.appendix.Figure` of a cell, not the appendix.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrack.render.result_text import STYLES
from plantrack.safe_text import FORMULA_STARTS, visible

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

    from plantrack.assessment.status import Status
    from plantrack.render.appendix import Figure

FONT_NAME = "Times New Roman"  # as Vietnamese administrative documents are set
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
NUMBER_ALIGN = Alignment(vertical="center", horizontal="right")

#: The colours of a status, from its semantic style (:data:`~plantrack.render.result_text.STYLES`:
#: "bold green", "red", "dim"...): a fill and a font colour as Excel's Good / Neutral / Bad
#: cell styles pair them. The word and symbol carry the status without colour.
_FILLS = {"green": "C6EFCE", "cyan": "DDEBF7", "yellow": "FFEB9C", "red": "FFC7CE", "dim": "EDEDED"}
_INKS = {"green": "006100", "cyan": "1F4E78", "yellow": "9C5700", "red": "9C0006", "dim": "595959"}

#: The most decimals a figure is shown with (as the appendix words them).
MAX_DECIMALS = 2
#: Excel refuses a number format longer than this.
_FORMAT_LIMIT = 255
#: A number as the appendix writes it: a sign, digits with separators.
_NUMBER = re.compile(r"[+\-\u2212]?\d[\d.,]*")


def font(
    *, bold: bool = False, italic: bool = False, size: float = 11, color: str | None = None
) -> Font:
    return Font(name=FONT_NAME, bold=bold, italic=italic, size=size, color=color)


def status_fill(status: Status) -> PatternFill:
    return PatternFill("solid", fgColor=_FILLS[_colour(status)])


def status_font(status: Status) -> Font:
    return font(bold="bold" in STYLES[status].split(), color=_INKS[_colour(status)])


def _colour(status: Status) -> str:
    return STYLES[status].split()[-1]


def put_text(cell: Cell | MergedCell, text: str) -> None:
    """A text cell holding ``text`` as written: never a formula, control characters visible."""
    shown = visible(text)
    cell.value = shown
    if shown[:1] in FORMULA_STARTS:
        cell.data_type = "s"  # openpyxl took it for a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def put_figure(cell: Cell | MergedCell, figure: Figure, number_format: str | None = None) -> None:
    """A figure: its number with ``number_format`` (else one that words it as the appendix
    does), or its words when it has no number. An estimate is set in italics."""
    value = figure.value
    if value is None or not math.isfinite(value):
        put_text(cell, figure.text)
        cell.alignment = WRAP
    else:
        cell.value = value
        cell.number_format = number_format or worded_format(figure)
        cell.alignment = NUMBER_ALIGN
    cell.font = font(italic=figure.estimate)
    cell.border = BORDER


def decimals(value: float, kind: str, cap: int = MAX_DECIMALS) -> int:
    """The decimals that show ``value`` as the appendix does (a percent as its hundredths):
    the fewest that lose nothing at ``cap`` decimals."""
    shown = value * 100 if kind == "percent" else value
    target = round(shown, cap)
    return next(d for d in range(cap + 1) if math.isclose(round(shown, d), target, abs_tol=1e-9))


def plain_format(kind: str, places: int) -> str:
    """``#,##0.0`` for an amount, ``0.00%`` for a percent (its value a fraction)."""
    digits = "." + "0" * places if places else ""
    return f"0{digits}%" if kind == "percent" else f"#,##0{digits}"


def worded_format(figure: Figure, places: int | None = None) -> str:
    """A number format that shows ``figure``'s number with the words the appendix puts around
    it: "2025: 13.127,6 (ước)" is ``"2025: "#,##0.0" (ước)"``; a sign as the words show it."""
    assert figure.value is not None
    before, sign, after, digits = _affixes(figure.text, figure.kind)
    if places is None:
        places = _places_shown(figure.value, figure.kind, digits)
    plain = plain_format(figure.kind, places)
    if not (before or sign or after):
        return plain
    pre, post = _literal(before), _literal(after)
    worded = f"{pre}{sign}{plain}{post};{pre}-{plain}{post};{pre}{plain}{post}"
    return worded if len(worded) <= _FORMAT_LIMIT else plain


def _affixes(text: str, kind: str) -> tuple[str, str, str, str]:
    """The words before and after the number of ``text``, its explicit sign ("+"), and its
    digits (without sign or separators)."""
    head, colon, tail = text.rpartition(": ")
    before = head + colon
    match = _NUMBER.search(tail)
    if match is None:
        return "", "", "", ""
    before += tail[: match.start()]
    after = tail[match.end() :]
    if kind == "percent" and after.startswith("%"):
        after = after[1:]  # the format's own %
    sign = "+" if match.group().startswith("+") else ""
    return before, sign, after, re.sub(r"\D", "", match.group())


def _places_shown(value: float, kind: str, digits: str) -> int:
    """The decimals the words show the number with (3,772 has three, in either language's
    marks: the digits are compared, not the separators); else :func:`decimals`."""
    shown = abs(value * 100 if kind == "percent" else value)
    for places in range(5):
        if f"{shown:.{places}f}".replace(".", "").lstrip("0") == digits.lstrip("0") != "":
            return places
    return decimals(value, kind)


def _literal(words: str) -> str:
    """Words as literal text of a number format (no double quote can be in it)."""
    words = visible(words).replace('"', "")
    return f'"{words}"' if words else ""


def print_setup(sheet: Worksheet, title_rows: str | None) -> None:
    """A4 landscape, fitted to the page's width (as many pages down as it takes), the header
    rows printed on every page, the page number in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    if title_rows is not None:
        sheet.print_title_rows = title_rows
    footer = sheet.oddFooter
    if footer is not None:
        footer.center.text = "&P/&N"
