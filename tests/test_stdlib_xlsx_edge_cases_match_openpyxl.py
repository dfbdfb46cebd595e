"""Adversarial workbooks read by the standard-library reader (plantrack/actuals/xlsx.py) as
openpyxl reads them.

Its contract is equality with ``table._open_xlsx_openpyxl``. A fresh-eyes review tried adversarial
workbooks, hand-built and written by openpyxl; the inputs below were found to read the same
either way (same sheet, rows, cells; or the same ``ReadError`` code) and are kept as regression
tests. The disagreements it found where openpyxl is right were fixed, and are tested at the end.
Where the standard-library reader reads what openpyxl refuses (a part plantrack does not use is
malformed, a style index openpyxl cannot resolve), the difference is kept on purpose and not
tested as equality (see the module's docstring).
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from plantrack.actuals import table
from plantrack.actuals.table import ReadError

from .test_stdlib_xlsx_matches_openpyxl import NS, assert_same, package, read, uses_stdlib

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW1 = '<row r="1"><c r="A1"><v>1</v></c></row>'


def outcome(data: bytes, sheet: str | None = None, *, stdlib: bool = True) -> Any:
    """What a reader makes of the workbook: its reading, or the code of its ``ReadError``."""
    try:
        return read(data, sheet, stdlib=stdlib)
    except ReadError as error:
        return ("ReadError", error.code)


def assert_same_outcome(data: bytes, sheet: str | None = None) -> Any:
    ours = outcome(data, sheet)
    assert ours == outcome(data, sheet, stdlib=False)
    return ours


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


def edit(data: bytes, name: str, old: str, new: str) -> bytes:
    files = parts(data)
    text = files[name].decode()
    assert old in text
    files[name] = text.replace(old, new).encode()
    return rezip(files)


def with_worksheet(xml: str, **kw: Any) -> bytes:
    """A one-sheet workbook (sheet ``S``) whose worksheet part is ``xml`` as given."""
    files = parts(package([("S", "")], **kw))
    files["xl/worksheets/sheet1.xml"] = xml.encode()
    return rezip(files)


def with_missing_sheet(data: bytes) -> bytes:
    """The workbook with one more sheet entry whose part is missing (the stdlib reader refuses)."""
    data = edit(
        data,
        "xl/workbook.xml",
        "</sheets>",
        '<sheet name="Gone" sheetId="9" r:id="rId9"/></sheets>',
    )
    return edit(
        data,
        "xl/_rels/workbook.xml.rels",
        "</Relationships>",
        f'<Relationship Id="rId9" Type="{REL}/worksheet" Target="worksheets/gone.xml"/>'
        "</Relationships>",
    )


def saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Cell values

ODD_NUMBERS = [
    "1e5", " 12", "12 ", "-0", "-0.0", "1.0E+2", "1E999", "-1E999", "1e-400", "1_000", "+5",
    ".5", "1.", "123456789012345678", "1e15", "999999999999999.9", "\u0661\u0662", "",
]  # fmt: skip


@pytest.mark.parametrize("value", ODD_NUMBERS)
def test_odd_number_texts(value: str) -> None:
    rows = f'<row r="1"><c r="A1" t="n"><v>{value}</v></c><c r="B1"><v>{value}</v></c></row>'
    assert uses_stdlib(package([("S", rows)]))
    assert_same(package([("S", rows)]))


DATE_STYLES = (
    '<numFmts><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts><cellXfs><xf numFmtId="0"/>'
    '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="20"/>'
    '<xf numFmtId="9"/></cellXfs>'
)
SERIALS = [
    "0", "0.5", "0.99999999", "1", "59", "59.5", "60", "60.5", "61", "-1", "-0.5",
    "2958465", "2958466", "-700000", "1E999", "-1E999", "1e20",
]  # fmt: skip


@pytest.mark.parametrize("serial", SERIALS)
@pytest.mark.parametrize("date1904", ["", "1", "true", "0", "false"])
def test_date_serials_around_1900_and_out_of_range(serial: str, date1904: str) -> None:
    cells = "".join(f'<c r="{c}1" s="{s}"><v>{serial}</v></c>' for s, c in enumerate("ABCDEF"))
    workbook_pr = f'<workbookPr date1904="{date1904}"/>' if date1904 else ""
    data = package(
        [("S", f'<row r="1">{cells}</row>')], styles=DATE_STYLES, workbook_pr=workbook_pr
    )
    assert uses_stdlib(data)
    assert_same(data)


def test_date_serial_60_is_the_day_after_the_last_day_before_it() -> None:
    cells = (
        '<c r="A1" s="1"><v>59</v></c><c r="B1" s="1"><v>60</v></c><c r="C1" s="1"><v>61</v></c>'
    )
    _, got = assert_same(package([("S", f'<row r="1">{cells}</row>')], styles=DATE_STYLES))
    assert [c[0] for c in got[0][1]] == [
        "1900-02-28T00:00:00",
        "1900-02-28T00:00:00",
        "1900-03-01T00:00:00",
    ]


CELLS = {
    "str with empty v": '<c r="A1" t="str"><v/></c><c r="B1" t="str"><v>x</v></c>',
    "formula with empty v": '<c r="A1"><f>1+1</f><v></v></c>',
    "empty formula": '<c r="A1"><f/></c><c r="B1"><f></f><v>3</v></c>',
    "formula on a shared string": '<c r="A1" t="s"><f>A2</f><v>0</v></c>',
    "array formula, no value": '<c r="A1"><f t="array" ref="A1">SUM(1)</f></c>',
    "data table formula with value": (
        '<c r="A1"><f t="dataTable" ref="A1:B2" dt2D="0" dtr="0" r1="C1"/><v>3</v></c>'
    ),
    "formula of kind normal": '<c r="A1"><f t="normal">1+2</f></c>',
    "formula of unknown kind": '<c r="A1"><f t="bogus">1+2</f></c>',
    "inline rich runs and phonetic": (
        '<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr>'
        '<t xml:space="preserve"> b </t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c>'
    ),
    "inline empty t": '<c r="A1" t="inlineStr"><is><t/></is></c><c r="B1"><v>1</v></c>',
    "inline with v only": '<c r="A1" t="inlineStr"><v>7</v></c><c r="B1"><v>1</v></c>',
    "inline formula without is": '<c r="A1" t="inlineStr"><f>1+1</f></c>',
    "inline formula with is": '<c r="A1" t="inlineStr"><f>1+1</f><is><t>2</t></is></c>',
    "inline x005F": '<c r="A1" t="inlineStr"><is><t>a_x005F_x000D_b</t></is></c>',
    "inline nbsp only": '<c r="A1" t="inlineStr"><is><t>\u00a0</t></is></c>',
    "str with nbsp around": '<c r="A1" t="str"><v>\u00a0 x \u202f</v></c>',
    "error": '<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e" s="1"><v>#REF!</v></c>',
    "boolean 2": '<c r="A1" t="b"><v>2</v></c><c r="B1" t="b"><v>0</v></c>',
    "unknown type": '<c r="A1" t="bogus"><v>x</v></c>',
    "shared string -1": '<c r="A1" t="s"><v>-1</v></c>',
    "iso dates and durations": (
        '<c r="A1" t="d"><v>2025-06-30</v></c><c r="B1" t="d"><v>08:15</v></c>'
        '<c r="C1" t="d"><v>PT36H</v></c><c r="D1" t="d"><v>2025-06-30T08:15:00.5Z</v></c>'
        '<c r="E1" t="d"><v>2025-06-30garbage</v></c><c r="F1" t="d" s="1"><v>2025-06-30</v></c>'
    ),
    "value with white space and comment": '<c r="A1"><v>\n 12 \n</v></c><c r="B1"><v>1<!-- x -->2</v></c>',
    "two values": '<c r="A1"><v>1</v><v>2</v></c>',
    "v, f and is in another namespace": (
        '<c r="A1"><v xmlns="urn:x">5</v></c><c r="B1"><f xmlns="urn:x">1+1</f></c>'
        '<c r="C1" t="inlineStr"><is xmlns="urn:x"><t>a</t></is></c><c r="D1"><v>1</v></c>'
    ),
    "c in another namespace, and a non-cell child": (
        '<c xmlns="urn:x" r="A1"><v>1</v></c><extLst/><c r="C1"><v>1</v></c>'
    ),
}


@pytest.mark.parametrize("cells", CELLS.values(), ids=CELLS.keys())
def test_cell_kinds(cells: str) -> None:
    data = package(
        [("S", f'<row r="1">{cells}</row><row r="2"><c r="A2"><v>1</v></c></row>')],
        strings="<si><t>s0</t></si><si><t>s1</t></si>",
        styles='<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    )
    assert uses_stdlib(data)
    assert_same(data)


SHARED_FORMULAS = {
    "master after a dependent": (
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="0"/></c></row>'
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0" ref="B1:B2">A2*2</f>'
        "</c></row>"
    ),
    "master after a dependent, with values": (
        '<row r="1"><c r="B1"><f t="shared" si="0"/><v>5</v></c></row>'
        '<row r="2"><c r="B2"><f t="shared" si="0" ref="B1:B2">A2*2</f><v>4</v></c></row>'
    ),
    "two masters with one index": (
        '<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A3">B1</f></c></row>'
        '<row r="2"><c r="A2"><f t="shared" si="0">C2</f></c></row>'
        '<row r="3"><c r="A3"><f t="shared" si="0"/></c></row>'
    ),
    "no index": (
        '<row r="1"><c r="A1"><f t="shared">B1</f></c></row>'
        '<row r="2"><c r="A2"><f t="shared"/></c></row>'
    ),
}


@pytest.mark.parametrize("rows", SHARED_FORMULAS.values(), ids=SHARED_FORMULAS.keys())
def test_shared_formulas(rows: str) -> None:
    assert_same(package([("S", rows)]))


def test_a_shared_formula_translated_down_and_across() -> None:
    rows = (
        '<row r="1"><c r="A1"><f t="shared" si="3" ref="A1:C2">$D1+E$1+SUM(F1:G1)</f></c></row>'
        '<row r="2"><c r="C2"><f t="shared" si="3"/></c></row>'
    )
    _, got = assert_same(package([("S", rows)]))
    assert got[1][1][2][0] == "=$D2+G$1+SUM(H2:I2)"


# --------------------------------------------------------------------------------------------
# Shared strings

SHARED_STRINGS = {
    "empty items, empty runs, phonetic": (
        4,
        "<si/><si><t/></si><si><r><t>a</t></r><r><t/></r><r><rPr/></r></si>"
        '<si><t>x</t><rPh sb="0" eb="1"><t>P</t></rPh><phoneticPr fontId="1"/></si>',
    ),
    "plain text after runs": (1, "<si><r><t>a</t></r><t>b</t></si>"),
    "x005F escapes": (
        3,
        "<si><t>_x005F_x005F_</t></si><si><t>x005F_x005F_</t></si><si><t>_x000D_</t></si>",
    ),
    "an item nested in another element": (2, "<foo><si><t>a</t></si></foo><si><t>b</t></si>"),
    "white space only": (2, '<si><t xml:space="preserve">  </t></si><si><t>\u00a0</t></si>'),
}


@pytest.mark.parametrize("count,strings", SHARED_STRINGS.values(), ids=SHARED_STRINGS.keys())
def test_shared_string_tables(count: int, strings: str) -> None:
    cells = "".join(
        f'<c r="{get_column_letter(i + 1)}1" t="s"><v>{i}</v></c>' for i in range(count)
    )
    rows = f'<row r="1">{cells}</row><row r="2"><c r="A2"><v>1</v></c></row>'
    assert_same(package([("S", rows)], strings=strings))


# --------------------------------------------------------------------------------------------
# Styles

STYLES = {
    "number format gap below 164": (
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="50"/></cellXfs>',
        "1",
    ),
    "Chinese date id without code": (
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="30"/></cellXfs>',
        "45000",
    ),
    "custom equal to builtin": (
        '<numFmts><numFmt numFmtId="164" formatCode="0%"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "0.5",
    ),
    "builtin 9 redefined": (
        '<numFmts><numFmt numFmtId="9" formatCode="0.00"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs>',
        "0.5",
    ),
    "builtin 14 redefined": (
        '<numFmts><numFmt numFmtId="14" formatCode="0.0"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        "45000",
    ),
    "custom id under 164": (
        '<numFmts><numFmt numFmtId="100" formatCode="yyyy-mm-dd"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="100"/></cellXfs>',
        "45000",
    ),
    "xf without numFmtId": ("<cellXfs><xf/><xf/></cellXfs>", "0.5"),
    "numFmts after cellXfs": (
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>'
        '<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>',
        "0.5",
    ),
    "xf with children": (
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="9"><alignment/></xf></cellXfs>',
        "0.5",
    ),
    "percent in a literal": (
        '<numFmts><numFmt numFmtId="164" formatCode="0&quot;%&quot;"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "0.5",
    ),
    "escaped percent": (
        '<numFmts><numFmt numFmtId="164" formatCode="0\\%"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "0.5",
    ),
    "percent in the second section": (
        '<numFmts><numFmt numFmtId="164" formatCode="0;0%"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "0.5",
    ),
    "date in the second section only": (
        '<numFmts><numFmt numFmtId="164" formatCode="0;dd"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "45000",
    ),
    "locale date": (
        '<numFmts><numFmt numFmtId="164" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>'
        '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "45000",
    ),
    "colour only": (
        '<numFmts><numFmt numFmtId="164" formatCode="[Red]0.0"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "45000",
    ),
    "elapsed hours": (
        '<numFmts><numFmt numFmtId="164" formatCode="[h]"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "1.5",
    ),
    "elapsed seconds": (
        '<numFmts><numFmt numFmtId="164" formatCode="[ss].00"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "1.5",
    ),
    "duration in the second section": (
        '<numFmts><numFmt numFmtId="164" formatCode="hh;[h]"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "1.5",
    ),
    "scientific": (
        '<numFmts><numFmt numFmtId="164" formatCode="0.00E+00"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "45000",
    ),
    "word in quotes": (
        '<numFmts><numFmt numFmtId="164" formatCode="0 &quot;days&quot;"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        "45000",
    ),
    "builtin 44": ('<cellXfs><xf numFmtId="0"/><xf numFmtId="44"/></cellXfs>', "4"),
    "builtin 47": ('<cellXfs><xf numFmtId="0"/><xf numFmtId="47"/></cellXfs>', "0.5"),
}


@pytest.mark.parametrize("styles,value", STYLES.values(), ids=STYLES.keys())
def test_number_formats(styles: str, value: str) -> None:
    rows = f'<row r="1"><c r="A1" s="1"><v>{value}</v></c><c r="B1"><v>{value}</v></c></row>'
    data = package([("S", rows)], styles=styles)
    assert uses_stdlib(data)
    assert_same(data)


@pytest.mark.parametrize("style", ["-1", " 1", "01"])
def test_style_indexes_python_reads_alike(style: str) -> None:
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs>'
    rows = f'<row r="1"><c r="A1" s="{style}"><v>0.5</v></c></row>'
    _, got = assert_same(package([("S", rows)], styles=styles))
    assert got[0][1][0] == ("0.5", 0.5, True)


# --------------------------------------------------------------------------------------------
# Addresses and rows

ADDRESSES = {
    "XFD": '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>',
    "row 0 in the address": '<row r="1"><c r="A0"><v>1</v></c></row>',
    "leading zero": '<row r="1"><c r="B01"><v>1</v></c></row>',
    "lower case": '<row r="1"><c r="b1"><v>1</v></c></row>',
    "Arabic-Indic digit": '<row r="1"><c r="B\u0661"><v>1</v></c></row>',
    "row with spaces": '<row r=" 2"><c><v>1</v></c></row>',
    "row 1e1": '<row r="1e1"><c><v>1</v></c></row>',
    "row 1_0": '<row r="1_0"><c><v>1</v></c></row>',
    "cells out of order": '<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>',
    "a cell twice": '<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>',
    "no address after an address": '<row r="1"><c r="C1"><v>3</v></c><c><v>4</v></c></row>',
    "a gap of 58 rows": ROW1 + '<row r="60"><c r="A60"><v>1</v></c></row>',
}


@pytest.mark.parametrize("rows", ADDRESSES.values(), ids=ADDRESSES.keys())
def test_addresses_and_row_numbers(rows: str) -> None:
    assert_same(package([("S", rows)]))


BEYOND_EXCEL = {  # Excel's last column is XFD and its rows are 1 to 1,048,576
    "ZZZ": ('<row r="1"><c r="A1"><v>1</v></c><c r="ZZZ1"><v>2</v></c></row>', "column"),
    "row 0": ('<row r="0"><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>', "row"),
    "row -1": ('<row r="-1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>', "row"),
}


@pytest.mark.parametrize(("rows", "what"), BEYOND_EXCEL.values(), ids=BEYOND_EXCEL.keys())
def test_addresses_beyond_excel_are_a_read_error_from_both(rows: str, what: str) -> None:
    got = assert_same_outcome(package([("S", rows)]), "S")
    assert got == ("ReadError", f"xlsx-{what}-out-of-range")


WORKSHEETS = {
    "namespace prefixes": (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
        '<x:is><x:r><x:t>hi</x:t></x:r></x:is></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c>'
        '<x:c r="C1" s="1"><x:v>45000</x:v></x:c><x:c r="D1"><x:f>B1</x:f></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    ),
    "rows before sheetData": f"<worksheet {NS}>{ROW1}<sheetData/></worksheet>",
    "two sheetData": (
        f'<worksheet {NS}><sheetData>{ROW1}</sheetData><sheetData><row r="2"><c r="A2">'
        "<v>2</v></c></row></sheetData></worksheet>"
    ),
    "another root": f"<foo {NS}><sheetData>{ROW1}</sheetData></foo>",
    "no namespace": f"<worksheet><sheetData>{ROW1}</sheetData></worksheet>",
    "rows in another namespace": (
        f'<worksheet {NS}><sheetData>{ROW1}<row xmlns="urn:x" r="2"><c r="A2"><v>1</v></c>'
        "</row></sheetData></worksheet>"
    ),
    "internal entity": (
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "42">]>'
        f'<worksheet {NS}><sheetData><row r="1"><c r="A1"><v>&e;</v></c></row></sheetData>'
        "</worksheet>"
    ),
    "unknown element": f"<worksheet {NS}><sheetData>{ROW1}</sheetData><foo/></worksheet>",
    "dimension smaller than the data": (
        f'<worksheet {NS}><dimension ref="A1:A1"/><sheetData><row r="1"><c r="A1"><v>1</v>'
        '</c><c r="C1"><v>3</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData>'
        "</worksheet>"
    ),
}


@pytest.mark.parametrize("xml", WORKSHEETS.values(), ids=WORKSHEETS.keys())
@pytest.mark.parametrize("sheet", [None, "S"])
def test_worksheet_parts(xml: str, sheet: str | None) -> None:
    data = with_worksheet(
        xml,
        strings="<si><t>s</t></si>",
        styles='<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    )
    assert uses_stdlib(data)
    assert_same(data, sheet)


def test_a_worksheet_in_utf16_without_formulas() -> None:
    files = parts(
        package([("S", '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str"><v>ồ</v></c></row>')])
    )
    text = files["xl/worksheets/sheet1.xml"].decode()
    files["xl/worksheets/sheet1.xml"] = ('<?xml version="1.0" encoding="UTF-16"?>' + text).encode(
        "utf-16"
    )
    assert_same(rezip(files))


# --------------------------------------------------------------------------------------------
# Packages

BASE = package(
    [("S", '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row>')],
    strings="<si><t>hello</t></si>",
    styles='<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
)
RELS = "xl/_rels/workbook.xml.rels"


def workbook_at_root(data: bytes) -> bytes:
    files = parts(data)
    files["workbook.xml"] = files.pop("xl/workbook.xml")
    rels = files.pop(RELS).decode()
    rels = rels.replace('Target="worksheets/', 'Target="xl/worksheets/')
    files["_rels/workbook.xml.rels"] = rels.replace(
        'Target="sharedStrings.xml"', 'Target="xl/sharedStrings.xml"'
    ).encode()
    files["_rels/.rels"] = files["_rels/.rels"].replace(b'"xl/workbook.xml"', b'"workbook.xml"')
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b'PartName="/xl/workbook.xml"', b'PartName="/workbook.xml"'
    )
    return rezip(files)


def shared_strings_elsewhere(data: bytes) -> bytes:
    files = parts(data)
    files["xl/strings2.xml"] = files.pop("xl/sharedStrings.xml")
    files[RELS] = files[RELS].replace(b'Target="sharedStrings.xml"', b'Target="strings2.xml"')
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"/xl/sharedStrings.xml", b"/xl/strings2.xml"
    )
    return rezip(files)


def without_styles_override(data: bytes) -> bytes:
    files = parts(data)
    types = files["[Content_Types].xml"].decode()
    files["[Content_Types].xml"] = re.sub(
        r'<Override PartName="/xl/styles.xml"[^>]*/>', "", types
    ).encode()
    return rezip(files)


def workbook_type_by_default(data: bytes) -> bytes:
    files = parts(data)
    types = files["[Content_Types].xml"].decode()
    types = re.sub(r'<Override PartName="/xl/workbook.xml"[^>]*/>', "", types)
    files["[Content_Types].xml"] = types.replace(
        'Extension="xml" ContentType="application/xml"',
        'Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"',
    ).encode()
    return rezip(files)


PACKAGES: dict[str, Callable[[bytes], bytes]] = {
    "absolute sheet target": lambda d: edit(
        d, RELS, 'Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"'
    ),
    "sheet target with ../ and ./": lambda d: edit(
        d, RELS, 'Target="worksheets/sheet1.xml"', 'Target="../xl/worksheets/./sheet1.xml"'
    ),
    "absolute workbook target": lambda d: edit(
        d, "_rels/.rels", 'Target="xl/workbook.xml"', 'Target="/xl/workbook.xml"'
    ),
    "workbook at the package root": workbook_at_root,
    "shared strings at another name": shared_strings_elsewhere,
    "no content type for the styles": without_styles_override,
    "workbook content type by default": workbook_type_by_default,
    "macro-enabled content type": lambda d: edit(
        d,
        "[Content_Types].xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ),
    "entities in the sheet name": lambda d: edit(
        d, "xl/workbook.xml", 'name="S"', 'name="R&amp;D &lt;1&gt; &#x1EA0;"'
    ),
    "empty sheet name": lambda d: edit(d, "xl/workbook.xml", 'name="S"', 'name=""'),
    "veryHidden sheet": lambda d: edit(
        d, "xl/workbook.xml", 'r:id="rId1"/>', 'r:id="rId1" state="veryHidden"/>'
    ),
    "date1904 empty": lambda d: edit(
        d, "xl/workbook.xml", "<sheets>", '<workbookPr date1904=""/><sheets>'
    ),
    "active tab out of range": lambda d: edit(
        d,
        "xl/workbook.xml",
        "<sheets>",
        '<bookViews><workbookView activeTab="5"/></bookViews><sheets>',
    ),
    "theme not XML": lambda d: rezip({**parts(d), "xl/theme/theme1.xml": b"garbage"}),
}


@pytest.mark.parametrize("change", PACKAGES.values(), ids=PACKAGES.keys())
def test_package_layouts(change: Callable[[bytes], bytes]) -> None:
    data = change(BASE)
    assert uses_stdlib(data)
    got = assert_same(data)
    assert got[1][0][1][1][0] == "2023-03-15T00:00:00"  # styles found: the date reads as a date


def test_entities_in_a_sheet_name_asked_for_by_name() -> None:
    data = PACKAGES["entities in the sheet name"](BASE)
    assert assert_same(data, "r&d <1> ạ")[0] == "R&D <1> Ạ"


def test_defined_names_that_point_nowhere() -> None:
    names = (
        '<definedNames><definedName name="x" localSheetId="9">S!$A$1</definedName>'
        '<definedName name="_xlnm.Print_Area" localSheetId="0">#REF!</definedName>'
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">garbage!!</definedName>'
        "</definedNames>"
    )
    assert_same(edit(BASE, "xl/workbook.xml", "</sheets>", "</sheets>" + names))


REFUSED: dict[str, Callable[[bytes], bytes]] = {
    "a missing sheet part": with_missing_sheet,
    "a sheet without r:id": lambda d: edit(
        d, "xl/workbook.xml", "</sheets>", '<sheet name="NoId" sheetId="2"/></sheets>'
    ),
    "an external sheet target": lambda d: edit(
        d,
        RELS,
        'Target="worksheets/sheet1.xml"',
        'Target="worksheets/sheet1.xml" TargetMode="External"',
    ),
    "a percent-encoded target": lambda d: rezip(
        {
            **{k: v for k, v in parts(d).items() if k != "xl/worksheets/sheet1.xml"},
            "xl/worksheets/sheet 1.xml": parts(d)["xl/worksheets/sheet1.xml"],
            RELS: parts(d)[RELS].replace(b"worksheets/sheet1.xml", b"worksheets/sheet%201.xml"),
        }
    ),
    "a dialog sheet": lambda d: edit(d, RELS, f"{REL}/worksheet", f"{REL}/dialogsheet"),
    "a macro sheet": lambda d: edit(
        d,
        RELS,
        f"{REL}/worksheet",
        "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
    ),
    "a strict relationship type": lambda d: edit(
        d,
        RELS,
        f"{REL}/worksheet",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
    ),
    "a backslash in the target": lambda d: edit(
        d, RELS, 'Target="worksheets/sheet1.xml"', 'Target="worksheets\\sheet1.xml"'
    ),
    "two officeDocument relationships": lambda d: edit(
        d,
        "_rels/.rels",
        "</Relationships>",
        f'<Relationship Id="rId9" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
    ),
}


@pytest.mark.parametrize("change", REFUSED.values(), ids=REFUSED.keys())
@pytest.mark.parametrize("sheet", [None, "S"])
def test_workbooks_the_stdlib_reader_refuses_read_as_openpyxl_reads_them(
    change: Callable[[bytes], bytes], sheet: str | None
) -> None:
    data = change(BASE)
    assert not uses_stdlib(data)
    assert_same_outcome(data, sheet)


def test_duplicate_sheet_names_are_left_to_openpyxl() -> None:
    data = package([("Data", ROW1), ("Data", '<row r="1"><c r="A1"><v>2</v></c></row>')])
    assert not uses_stdlib(data)
    assert assert_same(data, "data")[1] == [(1, [("1", 1.0, False)])]


# --------------------------------------------------------------------------------------------
# Choosing the sheet


def test_a_hidden_first_sheet_with_values_is_chosen_by_both() -> None:
    book = openpyxl.Workbook()
    hidden: Any = book.active
    hidden.title = "Hidden"
    hidden["A1"] = "secret"
    hidden.sheet_state = "hidden"
    book.create_sheet("Visible")["A1"] = 2
    assert assert_same(saved(book))[0] == "Hidden"


def test_names_are_matched_in_nfc_and_any_case() -> None:
    nfd = unicodedata.normalize("NFD", "Báo cáo")
    data = package([("Empty", ""), (nfd, ROW1)])
    assert assert_same(data, "BÁO CÁO")[0] == nfd
    assert assert_same(data, unicodedata.normalize("NFD", "  báo cáo "))[0] == nfd
    assert assert_same(data)[0] == nfd


def test_names_differing_in_case_the_first_is_taken() -> None:
    data = package([("Data", ROW1), ("DATA", '<row r="1"><c r="A1"><v>2</v></c></row>')])
    assert assert_same(data, "data")[0] == "Data"


@pytest.mark.parametrize("row,chosen", [(51, "Late"), (52, "Full")])
def test_a_sheet_has_values_when_one_is_in_its_first_51_rows(row: int, chosen: str) -> None:
    late = f'<row r="{row}"><c r="A{row}"><v>1</v></c></row>'
    data = package(
        [("Empty", '<row r="1"><c r="A1" s="0"/></row>'), ("Late", late), ("Full", ROW1)]
    )
    assert assert_same(data)[0] == chosen


def test_a_sheet_with_only_formulas_without_values_has_no_values() -> None:
    book = openpyxl.Workbook()
    first: Any = book.active
    first.title = "Formula"
    first["A1"] = "=1+1"
    book.create_sheet("Data")["A1"] = 3
    assert assert_same(saved(book))[0] == "Data"


# --------------------------------------------------------------------------------------------
# Workbooks written by openpyxl


def test_an_openpyxl_workbook_with_many_features() -> None:
    book = openpyxl.Workbook()
    sheet: Any = book.active
    runs: list[str | TextBlock] = [TextBlock(InlineFont(b=True), "Thu "), "nhập"]
    sheet["A1"] = CellRichText(runs)
    sheet["A2"] = "  lead and trail  "
    sheet["A3"] = "a\r\nb"
    sheet["A4"] = "_x000D_ literal"
    sheet["A5"] = "x" * 5000
    sheet["B1"] = "=SUM(1,2)"
    sheet["C1"] = datetime.time(12, 30)
    sheet["C2"] = datetime.timedelta(hours=36)
    sheet["C3"] = datetime.datetime(1900, 1, 1)
    sheet["C4"] = datetime.date(1899, 12, 31)
    sheet["C5"] = datetime.datetime(2025, 1, 1, 12, 0, 0, 500000)
    sheet["D1"] = True
    sheet["D2"] = -0.0
    sheet["D3"] = 1e300
    sheet["D4"] = 2**53 + 1
    sheet["D5"] = 10**20
    sheet["E1"].comment = Comment("note", "me")
    sheet.merge_cells("F1:G2")
    sheet["F1"] = "merged"
    sheet["H1"].hyperlink = "http://example.com"
    sheet["H1"] = "link"
    sheet.freeze_panes = "B2"
    sheet.column_dimensions["A"].width = 40
    sheet.row_dimensions[3].hidden = True
    sheet.auto_filter.ref = "A1:H5"
    sheet["XFD10"] = "far"
    book.create_sheet("Hidden").sheet_state = "veryHidden"
    data = saved(book)
    assert uses_stdlib(data)
    _, got = assert_same(data)
    assert got[0][1][0][0] == "Thu nhập"
    assert got[-1][0] == 10


def test_an_openpyxl_workbook_in_the_1904_date_system() -> None:
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet: Any = book.active
    sheet["A1"] = datetime.datetime(2025, 6, 30)
    sheet["A2"] = datetime.date(1904, 1, 1)
    sheet["A3"] = datetime.time(6)
    sheet["A4"] = datetime.timedelta(days=-1)
    _, got = assert_same(saved(book))
    assert got[0][1][0][0] == "2025-06-30T00:00:00"


# --------------------------------------------------------------------------------------------
# Damaged workbooks: a ReadError from both readers, never a traceback

HUNDRED_ROWS = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 101))


def damaged_variants() -> dict[str, bytes]:
    good = package([("S", HUNDRED_ROWS)])
    xml = parts(good)["xl/worksheets/sheet1.xml"].decode()
    out = {
        f"truncated at {cut}": with_worksheet(xml[:cut])
        for cut in (30, 200, len(xml) // 2, len(xml) - 30)
    }
    for row in (20, 70):
        out[f"mismatched tag in row {row}"] = with_worksheet(
            xml.replace(f'<row r="{row}">', f'<row r="{row}"><c r="A{row}"><v>1</v></x>')
        )
    deflated = rezip(parts(good))
    with zipfile.ZipFile(io.BytesIO(deflated)) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    broken = bytearray(deflated)
    for i in range(middle, middle + 8):
        broken[i] ^= 0xFF
    out["corrupt deflate data"] = bytes(broken)
    return out


DAMAGED = damaged_variants()


@pytest.mark.parametrize("data", DAMAGED.values(), ids=DAMAGED.keys())
@pytest.mark.parametrize("sheet", [None, "S"])
def test_a_damaged_sheet_is_a_read_error_from_both_readers(data: bytes, sheet: str | None) -> None:
    assert outcome(data, sheet) == ("ReadError", "xlsx-unreadable")
    assert outcome(data, sheet, stdlib=False) == ("ReadError", "xlsx-unreadable")


BAD_CELLS = {
    "shared string out of range": '<c r="A1" t="s"><v>3</v></c>',
    "shared string index 1.0": '<c r="A1" t="s"><v>1.0</v></c>',
    "number INF": '<c r="A1"><v>INF</v></c>',
    "number nan": '<c r="A1"><v>nan</v></c>',
    "number 0x10": '<c r="A1"><v>0x10</v></c>',
    "blank number": '<c r="A1"><v> </v></c>',
    "boolean true": '<c r="A1" t="b"><v>true</v></c>',
    "ISO date month 13": '<c r="A1" t="d"><v>2025-13-01</v></c>',
    "ISO date garbage": '<c r="A1" t="d"><v>garbage</v></c>',
    "style 1.0": '<c r="A1" s="1.0"><v>1</v></c>',
    "address without row": '<c r="A"><v>1</v></c>',
    "address with a space first": '<c r=" A1"><v>1</v></c>',
}


@pytest.mark.parametrize("cell", BAD_CELLS.values(), ids=BAD_CELLS.keys())
def test_a_bad_cell_in_a_named_sheet_is_a_read_error_from_both(cell: str) -> None:
    rows = ROW1 + f'<row r="2">{cell.replace("A1", "A2")}</row>'
    data = package([("S", rows)], strings="<si><t>a</t></si>")
    assert assert_same_outcome(data, "S") == ("ReadError", "xlsx-unreadable")


@pytest.mark.parametrize("row", ["", "2.5"])
def test_a_bad_row_number_in_a_named_sheet_is_a_read_error_from_both(row: str) -> None:
    data = package([("S", ROW1 + f'<row r="{row}"><c><v>1</v></c></row>')])
    assert assert_same_outcome(data, "S") == ("ReadError", "xlsx-unreadable")


def test_a_damaged_sheet_without_a_name_is_a_read_error_from_the_stdlib_reader() -> None:
    """With no sheet asked for, a bad cell in the first rows is met while choosing the sheet."""
    data = package([("S", '<row r="1"><c r="A1"><v>x</v></c></row>')])
    with pytest.raises(ReadError) as error:
        table._open_xlsx("book.xlsx", io.BytesIO(data), None)
    assert error.value.code == "xlsx-unreadable"


def test_a_second_shared_strings_relationship_is_ignored_as_openpyxl_ignores_it() -> None:
    # both readers find the shared strings by their content type, not by relationship
    data = edit(
        BASE,
        RELS,
        "</Relationships>",
        f'<Relationship Id="rS2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
    )
    assert uses_stdlib(data)
    assert_same(data)


# --------------------------------------------------------------------------------------------
# Disagreements the review found, fixed: both readers now agree (or both refuse)


def test_a_chart_sheet_before_the_data_is_passed_over_and_refused_by_name() -> None:
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    data = book.active
    data.title = "Data"
    for row in [("chỉ tiêu", 2024, 2025), ("gdp", 1, 2)]:
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=2, max_col=3))
    book.create_chartsheet("Chart", 0).add_chart(chart)
    workbook = saved(book)
    assert uses_stdlib(workbook)
    assert assert_same(workbook)[0] == "Data"
    for stdlib in (True, False):
        with pytest.raises(ReadError) as error:
            read(workbook, "chart", stdlib=stdlib)
        assert error.value.code == "xlsx-unreadable"
        assert "is a chart" in error.value.message


def test_a_bad_cell_in_the_first_rows_is_a_read_error_from_openpyxl_too() -> None:
    data = with_missing_sheet(package([("S", '<row r="1"><c r="A1" t="s"><v>3</v></c></row>')]))
    assert not uses_stdlib(data)
    with pytest.raises(ReadError) as error:
        read(data)  # through _open_xlsx: openpyxl reads it, and fails choosing the sheet
    assert error.value.code == "xlsx-unreadable"


def test_styles_are_read_at_xl_styles_xml_whatever_the_relationships_say() -> None:
    rows = '<row r="1"><c r="A1" s="1"><v>45000</v></c></row>'
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    data = package([("S", rows)], styles=styles)
    unrelated = edit(data, RELS, 'Target="/xl/styles.xml"', 'Target="/xl/nothing.xml"')
    assert uses_stdlib(unrelated)
    assert assert_same(unrelated)[1][0][1][0][0] == "2023-03-15T00:00:00"


def test_number_formats_of_conditional_formats_are_not_cell_formats() -> None:
    styles = (
        '<numFmts><numFmt numFmtId="164" formatCode="0.0"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>'
        '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.0%"/></dxf></dxfs>'
    )
    rows = '<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>'
    got = assert_same(package([("S", rows)], styles=styles))
    assert got[1][0][1] == [("0.5", 0.5, False)]


@pytest.mark.parametrize("value", ["True", "TRUE", "yes", "on", "False", "2"])
def test_unusual_date1904_spellings_are_left_to_openpyxl(value: str) -> None:
    rows = '<row r="1"><c r="A1" s="3"><v>1</v></c></row>'
    data = package(
        [("S", rows)], styles=DATE_STYLES, workbook_pr=f'<workbookPr date1904="{value}"/>'
    )
    assert not uses_stdlib(data)
    assert_same_outcome(data)


def test_a_sheet_not_chosen_is_not_read_for_its_formulas() -> None:
    broken = (
        '<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A2">"x</f></c></row>'
        '<row r="2"><c r="A2"><f t="shared" si="0"/></c></row>'
    )
    data = package([("A", broken), ("B", '<row r="1"><c r="A1"><v>7</v></c></row>')])
    assert assert_same(data) == ("B", [(1, [("7", 7.0, False)])])


def test_a_data_table_formula_without_a_value_is_no_text() -> None:
    rows = (
        '<row r="1"><c r="A1"><f t="dataTable" ref="A1:B2" r1="C1"/></c>'
        '<c r="B1"><v>2</v></c></row>'
    )
    assert assert_same(package([("S", rows)]))[1] == [(1, [("", None, False), ("2", 2.0, False)])]


@pytest.mark.parametrize(
    "rows",
    [
        '<row r="1"><c r="B1 "><v>1</v></c></row>',  # a space after the address
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A\u0661"><v>2</v></c></row>',
    ],
)
def test_addresses_read_as_openpyxl_reads_them(rows: str) -> None:
    assert_same_outcome(package([("S", rows)]))


def test_of_two_texts_in_a_string_item_the_last_is_read() -> None:
    strings = "<si><t>a</t><t>b</t></si><si><r><t>c</t><t>d</t></r></si>"
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    got = assert_same(package([("S", rows)], strings=strings))
    assert [cell[0] for cell in got[1][0][1]] == ["b", "d"]


def test_of_two_cell_format_lists_the_last_is_read() -> None:
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="0"/></cellXfs>'
    styles += '<cellXfs><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs>'
    rows = '<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>'
    assert assert_same(package([("S", rows)], styles=styles))[1][0][1][0] == ("0.5", 0.5, True)


def test_a_sheet_name_with_spaces_around_it_can_be_asked_for() -> None:
    data = package([("Data ", ROW1), ("Other", ROW1)])
    assert assert_same(data, "data")[0] == "Data "
