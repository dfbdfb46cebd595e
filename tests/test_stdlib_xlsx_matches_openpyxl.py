"""The standard-library workbook reader gives exactly what openpyxl gives.

:mod:`plantrack.actuals.xlsx` replaces openpyxl for reading so that a check does not pay for
importing it; its contract is equality with the openpyxl reading it replaces
(``table._open_xlsx_openpyxl``): the same sheet chosen, the same rows with the same numbers, and
in each cell the same text, stored number and percentage flag. Hypothesis writes workbooks with
openpyxl (numbers, text, booleans, dates and times under many number formats, formulas without
saved values, gaps between rows and cells, empty first sheets); hand-written XML covers what
openpyxl does not write but Excel and other programs do (shared strings with rich text and
phonetic guides, inline strings, errors, ISO dates, cached formula values, shared and array
formulas, rows and cells without addresses, rows out of order, the 1904 date system).
"""

from __future__ import annotations

import datetime
import io
import os
import subprocess
import sys
import zipfile
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.actuals import table, xlsx
from plantrack.actuals.table import ReadError

from .conftest import ROOT

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def read(data: bytes, sheet: str | None = None, *, stdlib: bool = True) -> Any:
    """(sheet chosen, rows as plain tuples) read by one of the two readers."""
    opener = table._open_xlsx if stdlib else table._open_xlsx_openpyxl
    opened = opener("book.xlsx", io.BytesIO(data), sheet)
    rows = [(row.line, [(c.text, c.number, c.percent) for c in row.cells]) for row in opened.rows]
    return opened.sheet, rows


def assert_same(data: bytes, sheet: str | None = None) -> Any:
    ours = read(data, sheet)
    theirs = read(data, sheet, stdlib=False)
    assert ours == theirs
    return ours


def uses_stdlib(data: bytes) -> bool:
    try:
        xlsx.Workbook(io.BytesIO(data)).close()
    except xlsx.Unsupported:
        return False
    return True


# --------------------------------------------------------------------------------------------
# Workbooks written by openpyxl

FORMATS = [
    "General", "0", "0.00", "0%", "0.00%", "#,##0.0", "#,##0.00 \"tỷ\"", "0.0%;[Red]-0.0%",
    "dd/mm/yyyy", "mm-dd-yy", "yyyy", "h:mm", "h:mm:ss", "[h]:mm:ss", "[mm]:ss", "d-mmm-yy",
    '"m"0', "[$-42A]dd/mm/yyyy", "@", "0.00E+00",
]  # fmt: skip

numbers = st.one_of(
    st.integers(-(10**16), 10**16),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.floats(-1e6, 1e6).map(lambda x: round(x, 3)),
    st.floats(0, 100_000),  # also serials that read as dates, times and durations
)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=12,
) | st.sampled_from(["", " ", "Thu nhập bình quân", "Tổng", "12,5", "  95 % ", "x005F_a", "=A1"])
values = st.one_of(
    st.none(),
    numbers,
    texts,
    st.booleans(),
    st.datetimes(datetime.datetime(1900, 3, 1), datetime.datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.dates(datetime.date(1900, 3, 1), datetime.date(2100, 1, 1)),
    st.sampled_from(["=SUM(A1:A2)", "=B2*100", '="x"&"y"']),  # written with no saved value
)
cells = st.tuples(
    st.integers(1, 30), st.integers(1, 8), values, st.sampled_from(FORMATS)
)  # row, column, value, format


def openpyxl_book(sheets: list[tuple[str, list[tuple[int, int, Any, str]]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, content in sheets:
        sheet = book.create_sheet(name)
        for row, column, value, fmt in content:
            cell = sheet.cell(row=row, column=column)
            try:
                cell.value = value
            except (ValueError, TypeError):  # characters openpyxl refuses to write
                continue
            cell.number_format = fmt
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


sheet_names = st.sampled_from(["Sheet1", "Bao cao", "Báo cáo", "Data 2025", "số liệu"])


@settings(
    max_examples=int(os.environ.get("PLANTRACK_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(sheet_names, st.lists(cells, max_size=40)),
        min_size=1,
        max_size=3,
        unique_by=lambda s: s[0],
    ),
    st.none() | sheet_names,
)
def test_workbooks_openpyxl_writes_read_the_same(sheets: Any, wanted: str | None) -> None:
    data = openpyxl_book(sheets)
    assert uses_stdlib(data)
    try:
        ours = read(data, wanted)
    except ReadError as error:
        with pytest.raises(ReadError) as theirs:
            read(data, wanted, stdlib=False)
        assert (theirs.value.code, theirs.value.message) == (error.code, error.message)
        return
    assert ours == read(data, wanted, stdlib=False)


# --------------------------------------------------------------------------------------------
# Hand-written parts: what other programs write


def package(
    sheets: list[tuple[str, str]],
    strings: str | None = None,
    styles: str | None = None,
    workbook_pr: str = "",
) -> bytes:
    """A minimal .xlsx: each sheet's ``<sheetData>`` content as given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        if strings is not None:
            overrides += (
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            )
        if styles is not None:
            overrides += (
                '<Override PartName="/xl/styles.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>',
        )
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(
            f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _) in enumerate(sheets, start=1)
        )
        z.writestr(
            "xl/workbook.xml",
            f"<workbook {NS} {RNS}>{workbook_pr}<sheets>{entries}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        if strings is not None:
            rels += f'<Relationship Id="rS" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            z.writestr("xl/sharedStrings.xml", f"<sst {NS}>{strings}</sst>")
        if styles is not None:
            rels += f'<Relationship Id="rT" Type="{rel}/styles" Target="/xl/styles.xml"/>'
            z.writestr("xl/styles.xml", f"<styleSheet {NS}>{styles}</styleSheet>")
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships">{rels}</Relationships>',
        )
        for i, (_, data) in enumerate(sheets, start=1):
            z.writestr(
                f"xl/worksheets/sheet{i}.xml",
                f"<worksheet {NS}><sheetData>{data}</sheetData></worksheet>",
            )
    return out.getvalue()


STYLES = (
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="[h]:mm"/>'
    "</numFmts><cellXfs>"
    '<xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/>'
    '<xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="21"/><xf numFmtId="3"/></cellXfs>'
)


def test_shared_strings_rich_text_and_phonetic_guides() -> None:
    strings = (
        "<si><t>Chỉ tiêu</t></si>"
        '<si><r><t>Thu nhập </t></r><r><rPr><b/></rPr><t xml:space="preserve">bình quân </t></r>'
        '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>'
        "<si><t/></si><si><t>a_x005F_x000D_b</t></si>"
    )
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>'
    )
    _, got = assert_same(package([("S", rows)], strings=strings))
    assert got[0][1][1][0] == "Thu nhập bình quân"


def test_inline_strings_errors_iso_dates_booleans_and_cached_formulas() -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t> Tổng </t></is></c>'
        '<c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="d"><v>2025-06-30</v></c>'
        '<c r="D1" t="d"><v>2025-06-30T08:15:00</v></c><c r="E1" t="b"><v>1</v></c>'
        '<c r="F1" t="str"><f>A1&amp;"x"</f><v>Tổngx</v></c></row>'
        '<row r="2"><c r="A2"><f>SUM(B2:C2)</f><v>12.5</v></c><c r="B2"><v>1E3</v></c>'
        '<c r="C2" t="d"><v>10:30:00</v></c><c r="D2"><f>B2/0</f></c><c r="E2" t="n"><v></v></c>'
        "</row>"
    )
    _, got = assert_same(package([("S", rows)]))
    assert got[1][1][0] == ("12.5", 12.5, False)
    assert got[1][1][3][0] == "=B2/0"


def test_number_formats_percentages_dates_and_durations() -> None:
    rows = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{col}{r}" s="{s}"><v>{v}</v></c>' for s, col in enumerate("ABCDEFGH"))
        + "</row>"
        for r, v in enumerate(["0.95", "45000", "45000.75", "0.25", "1", "59", "61", "-1"], 1)
    )
    _, got = assert_same(package([("S", rows)], styles=STYLES))
    assert got[0][1][1] == ("0.95", 0.95, True)  # 0% shows a percentage
    assert got[1][1][3][0] == "2023-03-15T00:00:00"  # dd/mm/yyyy: a date


def test_the_1904_date_system() -> None:
    rows = '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="3"><v>45000</v></c></row>'
    wb = '<workbookPr date1904="1"/>'
    _, got = assert_same(package([("S", rows)], styles=STYLES, workbook_pr=wb))
    assert got[0][1][0][0] == "1904-01-02T00:00:00"


def test_shared_and_array_formulas_without_saved_values() -> None:
    rows = (
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f>'
        "<v>2</v></c></row>"
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/></c></row>'
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c>'
        '<c r="C3"><f t="array" ref="C3">SUM(A1:A3*2)</f></c><c r="D3"><f>A3+1</f></c></row>'
    )
    _, got = assert_same(package([("S", rows)]))
    assert got[1][1][1][0] == "=A2*2"  # the shared formula translated to its own row


def test_rows_and_cells_without_addresses_gaps_and_rows_out_of_order() -> None:
    rows = (
        "<row><c><v>1</v></c><c><v>2</v></c></row>"
        '<row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c><c r="B4"><v>5</v></c></row>'
        '<row r="3"><c r="A3"><v>6</v></c></row>'  # out of order: put in its place
        '<row r="4"><c r="A4"><v>7</v></c></row>'  # repeated: merged with the first row 4
        '<row r="6.0" spans="1:2"><c r="a6"><v>8</v></c></row>'
        '<row r="9"><c r="A9" s="0"/></row><row r="10"/>'  # styled, empty: no row
    )
    _, got = assert_same(package([("S", rows)]))
    assert [line for line, _ in got] == [1, 2, 3, 4, 5, 6]
    assert [text for text, _, _ in got[2][1]] == ["6"]
    assert [text for text, _, _ in got[3][1]] == ["7", "5", "3", "4"]


def test_the_first_sheet_with_values_is_chosen_and_a_sheet_by_name_in_any_case() -> None:
    empty = '<row r="1"><c r="A1" t="inlineStr"><is><t>  </t></is></c></row>'
    late = '<row r="52"><c r="A52"><v>1</v></c></row>'
    full = '<row r="1"><c r="A1"><v>0</v></c></row>'
    data = package([("Trống", empty), ("Muộn", late), ("Báo cáo", full)])
    assert assert_same(data)[0] == "Báo cáo"
    assert assert_same(data, "MUỘN")[0] == "Muộn"
    with pytest.raises(ReadError) as error:
        read(data, "Khác")
    assert error.value.code == "sheet-not-found"


def test_workbooks_it_does_not_know_are_read_by_openpyxl() -> None:
    strict = package([("S", '<row r="1"><c r="A1"><v>1</v></c></row>')]).replace(
        b"schemas.openxmlformats.org/spreadsheetml/2006/main",
        b"purl.oclc.org/ooxml/spreadsheetml/main",
    )
    assert not uses_stdlib(strict)
    assert not uses_stdlib(b"PK\x03\x04 not really a zip")
    assert not uses_stdlib(zip_without("xl/workbook.xml"))
    with pytest.raises(ReadError) as error:
        read(zip_without("xl/workbook.xml"))
    assert error.value.code == "xlsx-unreadable"  # openpyxl's message, as before


def zip_without(name: str) -> bytes:
    data = package([("S", '<row r="1"><c r="A1"><v>1</v></c></row>')])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as z:
        for item in source.infolist():
            if item.filename != name:
                z.writestr(item, source.read(item))
    return out.getvalue()


def test_a_sheet_damaged_after_its_first_rows_is_a_read_error_not_a_traceback() -> None:
    rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>x</v></c></row>'
    with pytest.raises(ReadError) as error:
        read(package([("S", rows)]))
    assert error.value.code == "xlsx-unreadable"
    assert "cannot be read to the end" in error.value.message


def test_a_check_on_the_bundled_workbook_does_not_import_openpyxl() -> None:
    code = (
        "import sys; from plantrack.actuals.table import open_table; "
        "t = open_table('data/cau-ngang-economy.xlsx'); rows = list(t.rows); "
        "print(len(rows), 'openpyxl' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, imported = done.stdout.split()
    assert int(count) > 5
    assert imported == "False"
    assert assert_same((ROOT / "data" / "cau-ngang-economy.xlsx").read_bytes())


def test_openpyxl_warnings_do_not_reach_the_user(tmp_path: Any) -> None:
    # date1904="TRUE" leaves the workbook to openpyxl, which warns about a date out of range
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>2025</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>gdp</t></is></c>'
        '<c r="B2" s="3"><v>1E+20</v></c></row>'
    )
    data = package([("S", rows)], styles=STYLES, workbook_pr='<workbookPr date1904="TRUE"/>')
    assert not uses_stdlib(data)
    book = tmp_path / "book.xlsx"
    book.write_bytes(data)
    quiet = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    plan = ROOT / "plans" / "cau-ngang-2030.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "plantrack", "check", "--plan", str(plan), str(book)],
        capture_output=True,
        text=True,
        env=quiet,
    )
    assert "Traceback" not in done.stderr
    assert "UserWarning" not in done.stderr
    assert "book.xlsx" in done.stdout + done.stderr  # the file is still accounted for
