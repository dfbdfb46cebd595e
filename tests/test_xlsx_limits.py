"""Workbooks read as Excel reads them, within Excel's limits, and findings that name the cell.

Issue 16, items 2, 5 and 18 (the sheet and cell part). Rows are placed by their own number as
openpyxl's full reading (and Excel) places them, so a row number that jumps ahead no longer hides
the rows after it. A row beyond 1,048,576, a cell beyond column XFD, a cell over 32,767
characters, a zip that decompresses past the budget, a sheet spanning too many cells: each is a
finding with a stable code naming the file and the sheet or cell, and exit 2, never a traceback
or a hang, through the standard-library reader and the openpyxl fallback alike. The workbooks
are built here, by hand, and stay small on disk.
"""

from __future__ import annotations

import io
import json
import resource
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from plantrack.actuals import limits, table
from plantrack.actuals.table import ReadError
from plantrack.cli import main

from .conftest import MINIMAL_PLAN, PLANS, ROOT
from .test_stdlib_xlsx_matches_openpyxl import NS, package, uses_stdlib


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def rows_read(data: bytes, sheet: str | None = None, *, stdlib: bool = True) -> list[Any]:
    """(row number, cell texts) of every row with a cell, as plantrack reads them."""
    opener = table._open_xlsx if stdlib else table._open_xlsx_openpyxl
    opened = opener("book.xlsx", io.BytesIO(data), sheet)
    return [(row.line, [cell.text for cell in row.cells]) for row in opened.rows if row.cells]


def openpyxl_places(data: bytes) -> list[Any]:
    """The same, as openpyxl's full (not read-only) reading places cells: by their address."""
    sheet = openpyxl.load_workbook(io.BytesIO(data), data_only=True).worksheets[0]
    out = []
    for row in sheet.iter_rows():
        texts = ["" if cell.value is None else str(cell.value) for cell in row]
        while texts and not texts[-1]:
            texts.pop()
        if texts:
            out.append((row[0].row, texts))
    return out


def read_error(data: bytes, sheet: str | None = "S", *, stdlib: bool = True) -> ReadError:
    with pytest.raises(ReadError) as error:
        rows_read(data, sheet, stdlib=stdlib)
    return error.value


def strict(data: bytes) -> bytes:
    """The workbook with a second officeDocument relationship: the standard-library reader
    hands it to openpyxl (the fallback path of an ordinary check), which reads it."""
    out = io.BytesIO()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    extra = f'<Relationship Id="rId9" Type="{rel}" Target="xl/workbook.xml"/></Relationships>'
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as z:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "_rels/.rels":
                body = body.replace(b"</Relationships>", extra.encode())
            z.writestr(item, body)
    assert not uses_stdlib(out.getvalue())
    return out.getvalue()


READERS = pytest.mark.parametrize("stdlib", [True, False], ids=["stdlib", "openpyxl"])


# --------------------------------------------------------------------------------------------
# Item 2: every row at its own number


def figure(row: int, year: int) -> str:
    return (
        f'<row r="{row}">{inline(f"A{row}", "income")}<c r="B{row}"><v>{year}</v></c>'
        f'<c r="C{row}"><v>{40 + row}</v></c></row>'
    )


HEADER = (
    f'<row r="1">{inline("A1", "indicator")}{inline("B1", "year")}{inline("C1", "value")}</row>'
)
# rows 1-5, then 60, then 7-14: the row numbers of the issue
JUMP = (
    HEADER
    + "".join(figure(r, 2000 + r) for r in range(2, 6))
    + figure(60, 2060)
    + "".join(figure(r, 2000 + r) for r in range(7, 15))
)


@READERS
def test_rows_after_a_jump_ahead_are_read_as_openpyxl_places_them(stdlib: bool) -> None:
    data = package([("S", JUMP)])
    got = rows_read(data, stdlib=stdlib)
    assert [line for line, _ in got] == [1, 2, 3, 4, 5, *range(7, 15), 60]
    assert got == openpyxl_places(data)


PLACEMENTS = {
    "rows without a number follow the row before": (
        '<row r="3"><c r="A3"><v>3</v></c></row><row><c r="A4"><v>4</v></c></row>'
        '<row r="1"><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row>'
    ),
    "rows in reverse order": "".join(
        f'<row r="{r}"><c r="B{r}"><v>{r}</v></c></row>' for r in range(9, 0, -1)
    ),
    "a row given twice is merged": (
        '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>0</v></c></row>'
        '<row r="2"><c r="C2"><v>3</v></c></row>'
    ),
    "cells out of order in a row": '<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>',
    "a cell given twice keeps the last": (
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="A1"><v>5</v></c></row>'
    ),
}


@READERS
@pytest.mark.parametrize("rows", PLACEMENTS.values(), ids=PLACEMENTS.keys())
def test_rows_and_cells_are_placed_as_openpyxl_places_them(rows: str, stdlib: bool) -> None:
    data = package([("S", rows)])
    assert rows_read(data, stdlib=stdlib) == openpyxl_places(data)


def test_the_openpyxl_fallback_of_a_check_reads_rows_after_a_jump() -> None:
    data = strict(package([("S", JUMP)]))
    assert [line for line, _ in rows_read(data)] == [1, 2, 3, 4, 5, *range(7, 15), 60]


def write_plan(folder: Path) -> Path:
    plan = folder / "plan.yaml"
    plan.write_text(
        MINIMAL_PLAN.replace("period: 2021-2025", "period: 2001-2025").replace(
            "base_year: 2020", "base_year: 2000"
        ),
        encoding="utf-8",
    )
    return plan


def check_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(main, ["check", *args, "--format", "json"])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, json.loads(result.stdout)


def test_a_check_uses_every_row_of_a_sheet_whose_numbers_jump_ahead(tmp_path: Path) -> None:
    book = tmp_path / "jump.xlsx"
    book.write_bytes(package([("S", JUMP.replace(figure(60, 2060), figure(60, 2015)))]))
    code, report = check_json(str(book), "--plan", str(write_plan(tmp_path)))
    (inputs,) = report["inputs"]
    # 13 figures, the header, and the blank rows 6 and 15-59: every row accounted for
    assert (inputs["rows"], inputs["used"], inputs["errors"]) == (60, 13, 0)
    assert inputs["used"] + inputs["ignored"] == 60
    assert code == 0


# --------------------------------------------------------------------------------------------
# Item 5: Excel's limits and the decompressed-size budget


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """plantrack in a process of its own with 2 GB of address space: a reader that allocates
    without end fails there (MemoryError) instead of taking the machine down."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "plantrack", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap,
        cwd=ROOT,
    )


def test_a_row_numbered_999999999_is_a_finding_not_a_memory_error(tmp_path: Path) -> None:
    book = tmp_path / "rows.xlsx"
    rows = HEADER + figure(2, 2002) + '<row r="999999999"><c r="A999999999"><v>1</v></c></row>'
    book.write_bytes(package([("S", rows)]))
    assert book.stat().st_size < 4000
    started = time.monotonic()
    done = run_cli("check", "--lang", "en", str(book), "--plan", str(write_plan(tmp_path)))
    assert time.monotonic() - started < 60
    assert "Traceback" not in done.stderr
    assert done.returncode == 2  # the only data file cannot be read to the end
    assert f"{book}:S!999999999:999999999: xlsx-row-out-of-range" in done.stderr
    assert "row numbered 999999999 (after row 2)" in done.stderr


@READERS
def test_rows_up_to_1048576_are_read_and_row_1048577_stops_the_reading(stdlib: bool) -> None:
    last = '<row r="1048576"><c r="A1048576"><v>7</v></c></row>'
    got = rows_read(package([("S", HEADER + last)]), stdlib=stdlib)
    assert got[-1] == (1_048_576, ["7"])
    beyond = HEADER + '<row r="1048577"><c r="A1048577"><v>7</v></c></row>'
    error = read_error(package([("S", beyond)]), stdlib=stdlib)
    assert (error.code, error.line) == ("xlsx-row-out-of-range", 1_048_577)
    assert error.cell == "S!1048577:1048577"


@READERS
def test_rows_without_numbers_past_the_last_row_stop_the_reading(
    stdlib: bool, monkeypatch: Any
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    error = read_error(package([("S", "<row><c><v>1</v></c></row>" * 6)]), stdlib=stdlib)
    assert (error.code, error.line) == ("xlsx-row-out-of-range", 6)


@READERS
def test_a_cell_beyond_column_xfd_stops_the_reading_at_that_cell(stdlib: bool) -> None:
    assert rows_read(package([("S", '<row r="1"><c r="XFD1"><v>1</v></c></row>')]), stdlib=stdlib)
    rows = HEADER + '<row r="2"><c r="A2"><v>1</v></c><c r="XFE2"><v>2</v></c></row>'
    error = read_error(package([("S", rows)]), stdlib=stdlib)
    assert (error.code, error.cell, error.line) == ("xlsx-column-out-of-range", "S!XFE2", 2)


@READERS
def test_a_cell_over_32767_characters_stops_the_reading_at_that_cell(stdlib: bool) -> None:
    fits = HEADER + f'<row r="2">{inline("B2", "x" * 32_767)}</row>'
    assert rows_read(package([("S", fits)]), stdlib=stdlib)[-1] == (2, ["", "x" * 32_767])
    over = HEADER + f'<row r="2">{inline("B2", "x" * 32_768)}</row>'
    error = read_error(package([("S", over)]), stdlib=stdlib)
    assert (error.code, error.cell, error.line) == ("xlsx-cell-too-long", "S!B2", 2)
    assert "32,768 characters" in error.message


@READERS
def test_a_shared_string_over_the_limit_is_named_at_the_cell_that_uses_it(stdlib: bool) -> None:
    strings = f"<si><t>ok</t></si><si><t>{'y' * 40_000}</t></si>"
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="C3" t="s"><v>1</v></c></row>'
    )
    error = read_error(package([("S", rows)], strings=strings), stdlib=stdlib)
    assert (error.code, error.cell) == ("xlsx-cell-too-long", "S!C3")


@READERS
def test_megabytes_of_text_in_a_cell_are_refused_while_they_are_read(stdlib: bool) -> None:
    """2 MiB in one cell, well under the budget: stopped by the run of text, at its cell."""
    rows = HEADER + f'<row r="2"><c r="A2"><v>1</v></c>{inline("D2", "z" * (2 << 20))}</row>'
    data = deflated(package([("S", rows)]))
    assert len(data) < 20_000
    error = read_error(data, stdlib=stdlib)
    assert (error.code, error.cell) == ("xlsx-cell-too-long", "S!D2")


def test_megabytes_of_text_in_a_shared_string_are_refused() -> None:
    data = deflated(package([("S", ROW_A1)], strings=f"<si><t>{'z' * (2 << 20)}</t></si>"))
    error = read_error(data)
    assert error.code == "xlsx-cell-too-long"
    assert "shared string 1 of the workbook" in error.message


ROW_A1 = '<row r="1"><c r="A1"><v>1</v></c></row>'


def deflated(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for item in source.infolist():
            z.writestr(item.filename, source.read(item), zipfile.ZIP_DEFLATED)
    return out.getvalue()


@lru_cache(maxsize=2)
def huge_cell_book(declared: int | None = None) -> bytes:
    """A workbook whose one sheet holds a 400 MB cell, deflated to about 400 KB; built from one
    compressed block repeated (a full flush makes each block stand alone), so that making it
    does not take 400 MB. ``declared``: the sheet's size as the zip states it (a lie)."""
    start = f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'.encode()
    end = b"</t></is></c></row></sheetData></worksheet>"
    block = b"A" * (1 << 20)
    count = 400

    def raw(data: bytes, final: bool) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(
            zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH
        )

    stream = raw(start, False) + raw(block, False) * count + raw(end, True)
    size = len(start) + len(block) * count + len(end)
    crc = zlib.crc32(start)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(end, crc)
    with zipfile.ZipFile(io.BytesIO(package([("S", ROW_A1)]))) as source:
        others = {i.filename: source.read(i) for i in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    members = [(name, zlib.crc32(body), len(body), body, 0) for name, body in others.items()]
    members = [m for m in members if m[0] != sheet]
    members.append((sheet, crc, size if declared is None else declared, stream, 8))
    return hand_zip(members)


def hand_zip(members: list[tuple[str, int, int, bytes, int]]) -> bytes:
    """A zip written field by field: (name, crc, declared size, stored bytes, method)."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, crc, size, body, method in members:
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, method, 0, 0, crc, len(body), size, len(encoded), 0)
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + encoded + body)
        central.write(
            struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + encoded
        )
    directory = central.getvalue()
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), out.tell(), 0
    )
    return out.getvalue() + directory + end


def test_a_400_mb_cell_in_a_small_zip_is_a_finding_not_a_memory_error(tmp_path: Path) -> None:
    book = tmp_path / "bomb.xlsx"
    book.write_bytes(huge_cell_book())
    assert book.stat().st_size < 600_000
    done = run_cli("check", "--lang", "en", str(book), "--plan", str(write_plan(tmp_path)))
    assert "Traceback" not in done.stderr
    assert done.returncode == 2
    assert f"{book}: xlsx-too-large" in done.stderr
    assert "xl/worksheets/sheet1.xml declares that it decompresses to 400 MiB" in done.stderr


@READERS
def test_a_400_mb_cell_is_refused_by_either_reader(stdlib: bool) -> None:
    assert read_error(huge_cell_book(), stdlib=stdlib).code == "xlsx-too-large"


def test_a_zip_whose_declared_size_lies_is_refused_without_reading_it_whole() -> None:
    """The zip says 2 KB; 400 MB follow. Read through the bounded stream, the run of text is
    stopped after 1 MiB (Python's zipfile would stop at the declared size too)."""
    started = time.monotonic()
    error = read_error(huge_cell_book(declared=2000))
    assert time.monotonic() - started < 30
    assert error.code == "xlsx-unreadable"  # zipfile stops at the declared size: a bad CRC
    assert "Bad CRC-32" in error.message


class Endless:
    """A part that is nothing but small elements, without end: only a count can stop it."""

    def read(self, size: int = -1) -> bytes:
        return b"<a/>" * (max(size, 4) // 4)

    def close(self) -> None:
        pass


class LyingArchive:
    def getinfo(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name)
        info.file_size = 100
        return info

    def open(self, info: zipfile.ZipInfo) -> Endless:
        return Endless()


def test_the_bounded_stream_counts_what_is_read_not_what_is_declared(monkeypatch: Any) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED", 1 << 20)
    budget = limits.Budget(LyingArchive())  # type: ignore[arg-type]
    with pytest.raises(limits.Limit) as error:
        budget.read("xl/worksheets/sheet1.xml")
    assert error.value.code == "xlsx-too-large"
    assert "decompresses to more than 1 MiB" in error.value.message
    assert budget.left <= 0


@READERS
def test_the_budget_covers_the_parts_together(stdlib: bool, monkeypatch: Any) -> None:
    monkeypatch.setattr(limits, "MAX_UNPACKED", 4000)
    error = read_error(package([("S", ROW_A1 * 200)]), stdlib=stdlib)
    assert error.code == "xlsx-too-large"


@READERS
def test_a_value_in_column_xfd_of_every_row_stops_at_the_cells_budget(
    stdlib: bool, monkeypatch: Any
) -> None:
    monkeypatch.setattr(limits, "MAX_CELLS", 100_000)
    rows = "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 20))
    error = read_error(package([("S", rows)]), stdlib=stdlib)
    assert (error.code, error.cell) == ("xlsx-too-large", "S!7:7")  # 6 rows of 16,384 fit


@READERS
def test_rows_out_of_order_are_held_up_to_a_limit(stdlib: bool, monkeypatch: Any) -> None:
    monkeypatch.setattr(limits, "MAX_HELD_CELLS", 10)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(20, 0, -1))
    error = read_error(package([("S", rows)]), stdlib=stdlib)
    assert error.code == "xlsx-too-large"
    assert "not in order" in error.message


LIMITS = {
    "row": ("<row r='2000000'><c><v>1</v></c></row>", "xlsx-row-out-of-range"),
    "column": (
        '<row r="1"><c r="ZZ1"><v>1</v></c><c r="ZZZ1"><v>1</v></c></row>',
        "xlsx-column-out-of-range",
    ),
    "cell": (f'<row r="1">{inline("A1", "w" * 40_000)}</row>', "xlsx-cell-too-long"),
}


@pytest.mark.parametrize(("rows", "code"), LIMITS.values(), ids=LIMITS.keys())
def test_the_openpyxl_fallback_does_not_bypass_the_limits(rows: str, code: str) -> None:
    data = strict(package([("S", ROW_A1 + rows if "2000000" in rows else rows)]))
    assert read_error(data).code == code


def test_the_openpyxl_fallback_checks_every_part_before_openpyxl_reads_it() -> None:
    with zipfile.ZipFile(io.BytesIO(huge_cell_book())) as z:
        files = {info.filename: info for info in z.infolist()}
    assert files["xl/worksheets/sheet1.xml"].file_size > limits.MAX_UNPACKED
    error = read_error(huge_cell_book(), stdlib=False)
    assert error.code == "xlsx-too-large"


# --------------------------------------------------------------------------------------------
# Item 18: the sheet and the cell


def bieu_workbook(path: Path) -> Path:
    """The bundled Cầu Ngang workbook with its sheet named "Biểu 01", a text in E7 where a
    number belongs and an indicator name the plan does not have in B14."""
    book = openpyxl.load_workbook(ROOT / "data" / "cau-ngang-economy.xlsx")
    sheet = book["Bao cao"]
    sheet.title = "Biểu 01"
    sheet["E7"] = "abc"
    sheet["B14"] = "Chỉ tiêu lạ"
    book.save(path)
    return path


@pytest.fixture
def bieu(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "plan.yaml"
    shutil.copy(PLANS / "cau-ngang-2030.yaml", plan)
    return bieu_workbook(tmp_path / "bieu.xlsx"), plan


def test_findings_on_a_workbook_name_the_sheet_and_cell_in_every_format(
    bieu: tuple[Path, Path],
) -> None:
    book, plan = bieu
    runner = CliRunner(env={"COLUMNS": "400"})
    args = ["check", "--lang", "en", str(book), "--plan", str(plan), "--no-color"]
    table_out = runner.invoke(main, [*args, "--lang", "en"]).output
    assert f"{book}:Biểu 01!B14: unmatched-indicator" in table_out
    assert f"{book}:Biểu 01!E7: bad-number" in table_out
    csv_err = runner.invoke(main, [*args, "--format", "csv"]).stderr
    assert f"{book}:Biểu 01!B14: unmatched-indicator warning:" in csv_err
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    cells = {f["code"]: f["cell"] for f in report["findings"] if f["file"] == str(book)}
    assert cells == {"unmatched-indicator": "Biểu 01!B14", "bad-number": "Biểu 01!E7"}
    github = runner.invoke(main, [*args, "--format", "github"]).stdout
    assert "line=14,title=plantrack unmatched-indicator at Biểu 01!B14::" in github
    assert "line=7,col=5,title=plantrack bad-number at Biểu 01!E7::" in github


def test_a_limit_finding_names_the_cell_in_json(tmp_path: Path) -> None:
    book = tmp_path / "long.xlsx"
    rows = HEADER + figure(2, 2002) + f'<row r="3">{inline("A3", "x" * 40_000)}</row>'
    book.write_bytes(package([("Biểu 01", rows)]))
    other = tmp_path / "other.csv"  # a readable file beside it, so that the check runs
    other.write_text("indicator,year,value\nincome,2003,43\n", encoding="utf-8")
    code, report = check_json(str(book), str(other), "--plan", str(write_plan(tmp_path)))
    (finding,) = [f for f in report["findings"] if f["file"] == str(book)]
    assert (finding["code"], finding["cell"], finding["line"]) == (
        "xlsx-cell-too-long",
        "Biểu 01!A3",
        3,
    )
    assert code == 2


@pytest.mark.parametrize("asked", ["Biểu 01", "biểu 01", "BIỂU 01", "bieu 01", "  Bieu  01 "])
def test_sheet_is_found_in_any_case_with_or_without_accents(asked: str) -> None:
    data = package([("Ghi chú", ROW_A1), ("Biểu 01", '<row r="1"><c r="A1"><v>2</v></c></row>')])
    opened = table._open_xlsx("book.xlsx", io.BytesIO(data), asked)
    assert opened.sheet == "Biểu 01"
    assert [row.cells[0].text for row in opened.rows] == ["2"]


def test_sheet_without_accents_that_names_two_sheets_is_refused_naming_both() -> None:
    data = package([("Biểu 01", ROW_A1), ("Biêu 01", ROW_A1)])
    with pytest.raises(ReadError) as error:
        table._open_xlsx("book.xlsx", io.BytesIO(data), "bieu 01")
    assert error.value.code == "sheet-not-found"
    assert "names 2 sheets when accents are left out: 'Biểu 01', 'Biêu 01'" in error.value.message
    assert table._open_xlsx("book.xlsx", io.BytesIO(data), "BIÊU 01").sheet == "Biêu 01"


def test_sheet_option_of_check_folds_accents(bieu: tuple[Path, Path]) -> None:
    book, plan = bieu
    code, report = check_json(str(book), "--plan", str(plan), "--sheet", "bieu 01")
    assert report["inputs"][0]["sheet"] == "Biểu 01"
    assert code == 2  # the bad number in E7
