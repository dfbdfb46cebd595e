"""The row ledger accounts for every row of a file, and its rules for a row's outcome.

Mutation testing (issue 16 item 21; docs/mutation.md) found that blank rows inside a data body
never reached the row ledger and left the suite green. Every physical line of a CSV and every
row of a sheet is in the ledger (rows = used + ignored + errors); a row's outcome is the worst of
its cells', and the findings and the rows not used name their cell.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest

from plantrack.actuals.layout import Outcome
from plantrack.actuals.ledger import Ledger
from plantrack.actuals.read import DataSet, FileReport, ReadOptions, RowRecord, read_actuals
from plantrack.findings import Finding, Severity

from .test_engine import indicator, make_plan

#: 200 in 2020 to 1,200 in 2030 on a straight line: 100 a year needed. The latest value of 2024
#: gives the ratio (latest - 200) / 4 / 100 exactly: 580 -> 0.95, 440 -> 0.60, 200 -> 0.
LINEAR = indicator(
    {"kind": "level", "value": 1200, "year": 2030}, unit="persons", projection="linear"
)


# --------------------------------------------------------------------------------------------
# The row ledger against the file's own rows


def _read(tmp_path: Path, path: Path, **options: Any) -> DataSet:
    data = read_actuals([path], [make_plan(LINEAR)], ReadOptions(**options))
    (report,) = data.files
    assert report.rows == report.used + report.ignored + report.errors
    return data


#: A long CSV with blank lines inside the body (lines 3, 5 and 6), one of them only separators.
CSV_WITH_BLANKS = "indicator,year,value\nx,2021,60\n\nx,2022,70\n,,\n\nx,2023,80\n"


@pytest.mark.parametrize("engine", ["duckdb", "python"])
def test_every_physical_line_of_a_csv_is_in_the_ledger(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "data.csv"
    path.write_text(CSV_WITH_BLANKS, encoding="utf-8")
    data = _read(tmp_path, path, engine=engine)
    lines = CSV_WITH_BLANKS.count("\n")
    (report,) = data.files
    assert report.rows == lines == 7
    assert (report.used, report.ignored, report.errors) == (3, 4, 0)
    blank = sorted(r.line for r in data.rows if r.code == "blank-row")
    assert blank == [3, 5, 6]
    assert sorted(o.line for o in data.observations) == [2, 4, 7]


def test_every_row_of_a_sheet_is_in_the_ledger(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "year", "value"])
    sheet.append(["x", 2021, 60])
    sheet.append([])
    sheet.append(["x", 2022, 70])
    sheet.append([None, None, None])
    sheet.append([])
    sheet.append(["x", 2023, 80])
    path = tmp_path / "data.xlsx"
    book.save(path)
    data = _read(tmp_path, path)
    (report,) = data.files
    assert report.rows == sheet.max_row == 7
    assert (report.used, report.ignored, report.errors) == (3, 4, 0)
    assert sorted(r.line for r in data.rows if r.code == "blank-row") == [3, 5, 6]
    assert sorted(o.cell or "" for o in data.observations) == ["Sheet!C2", "Sheet!C4", "Sheet!C7"]


# --------------------------------------------------------------------------------------------
# The ledger's own rules (plantrack/actuals/ledger.py, Ledger): a row's outcome is the worst
# of its cells', a duplicate cell given back leaves the row ignored only when no used cell is
# left, --strict makes a warning an error, and closing counts every row once


class _Sheet:
    """A stand-in for a workbook's table: only the address of a cell is asked of it."""

    def where(self, line: int, col: int | None = None) -> str:
        return f"S!{col}:{line}"


def _ledger(strict: bool = False, table: Any = None) -> Ledger:
    return Ledger(FileReport("f.xlsx"), table, strict)


def test_a_rows_outcome_is_the_worst_of_its_cells() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(2, "ignored", "blank-cell")
    ledger.mark(2, "used", "ok")
    assert ledger.rows[2] == ["used", "ok", "", None]  # no column: no cell address
    ledger.mark(2, "ignored", "later")  # better than used? no: ignored ranks below it
    assert ledger.rows[2][:2] == ["used", "ok"]
    ledger.mark(2, "error", "bad-number", "not a number", col=3)
    assert ledger.rows[2] == ["error", "bad-number", "not a number", "S!3:2"]
    ledger.mark(2, "error", "second")  # the first error of a row is the one kept
    assert ledger.rows[2][1] == "bad-number"
    ledger.mark(3, "ignored", "title-row")
    ledger.mark(3, "ignored", "other")
    assert ledger.rows[3][1] == "title-row"
    assert ledger.findings == []  # no severity: no finding
    assert ledger.used_cells == {2: 1}


def test_a_finding_carries_where_it_is() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(4, "ignored", "unknown-indicator", "no such", col=2, severity=Severity.WARNING)
    assert ledger.findings == [
        Finding("unknown-indicator", "no such", "f.xlsx", 4, 2, Severity.WARNING, "S!2:4")
    ]
    assert ledger.rows[4] == ["ignored", "unknown-indicator", "no such", "S!2:4"]
    csv = _ledger()
    csv.mark(4, "ignored", "x", "m", col=2, severity=Severity.WARNING)
    assert csv.findings[0].cell is None and csv.rows[4][3] is None
    csv.mark(5, "ignored", "x", "m", col=0, severity=Severity.WARNING)
    assert csv.findings[1].cell is None


def test_strict_makes_a_warning_and_its_row_an_error() -> None:
    strict = _ledger(strict=True)
    strict.mark(4, "ignored", "duplicate-row", "dup", severity=Severity.WARNING)
    assert strict.rows[4][0] == "error"
    assert strict.findings[0].severity is Severity.ERROR
    strict.mark(5, "ignored", "blank-row")  # no finding: not a warning, stays ignored
    assert strict.rows[5][0] == "ignored"
    lenient = _ledger()
    lenient.mark(4, "ignored", "duplicate-row", "dup", severity=Severity.WARNING)
    assert lenient.rows[4][0] == "ignored"
    assert lenient.findings[0].severity is Severity.WARNING
    assert Ledger(FileReport("f.csv"), None).strict is False


def test_outcomes_become_rows_and_findings() -> None:
    ledger = _ledger()
    ledger.outcome(Outcome(2, "bad-year", "not a year", error=True, col=1))
    ledger.outcome(Outcome(3, "unknown-indicator", "no such", warning=True))
    ledger.outcome(Outcome(4, "blank-row"))
    assert ledger.rows == {
        2: ["error", "bad-year", "not a year", None],
        3: ["ignored", "unknown-indicator", "no such", None],
        4: ["ignored", "blank-row", "", None],
    }
    assert [(f.code, f.line, f.col, f.severity) for f in ledger.findings] == [
        ("bad-year", 2, 1, Severity.ERROR),
        ("unknown-indicator", 3, None, Severity.WARNING),
    ]


def test_a_duplicate_given_back_leaves_the_row_ignored_only_when_nothing_is_used() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.mark(7, "used", "ok")
    ledger.mark(7, "used", "ok")
    ledger.unuse(7, "duplicate-row", "the same figure", 3)
    assert ledger.rows[7][0] == "used"  # one cell of the row is still used
    ledger.unuse(7, "duplicate-row", "the same figure", 4)
    assert ledger.rows[7] == ["ignored", "duplicate-row", "the same figure", "S!4:7"]
    ledger.mark(8, "used", "ok")
    ledger.unuse(8, "duplicate-row", "dup", None)
    assert ledger.rows[8] == ["ignored", "duplicate-row", "dup", None]
    ledger.mark(9, "error", "bad", "bad")
    ledger.mark(9, "used", "ok")
    ledger.unuse(9, "duplicate-row", "dup", 2)
    assert ledger.rows[9][0] == "error"  # an error stays an error
    ledger.unuse(10, "duplicate-row", "dup", 2)  # nothing was used there: nothing to undo
    assert 10 not in ledger.rows
    ledger.mark(10, "used", "ok")
    ledger.unuse(10, "duplicate-row", "dup", 2)
    assert ledger.rows[10][0] == "ignored"


def test_closing_counts_every_row_once_and_lists_those_not_used() -> None:
    ledger = _ledger()
    ledger.mark(5, "ignored", "blank-row")
    ledger.mark(2, "used", "ok")
    ledger.mark(4, "error", "bad-number", "not a number", col=3)
    ledger.mark(3, "ignored", "title-row", "a title")
    records: list[RowRecord] = []
    ledger.close(records)
    report = ledger.report
    assert (report.rows, report.used, report.ignored, report.errors) == (4, 1, 2, 1)
    assert report.observations == 0
    assert records == [
        RowRecord("f.xlsx", 3, "ignored", "title-row", "a title"),
        RowRecord("f.xlsx", 4, "error", "bad-number", "not a number"),
        RowRecord("f.xlsx", 5, "ignored", "blank-row"),
    ]
    by_duckdb = _ledger()
    by_duckdb.mark(1, "ignored", "header-row")
    by_duckdb.engine_rows = 5
    by_duckdb.close([])
    report = by_duckdb.report
    assert (report.rows, report.used, report.ignored, report.observations) == (6, 5, 1, 5)


def test_a_sheets_outcomes_keep_their_message_and_cell() -> None:
    """On a workbook every outcome with a column names its cell, warning or not, and keeps its
    message: both reach the report's list of rows not used (``--explain``, JSON ``rows``)."""
    ledger = _ledger(table=_Sheet())
    ledger.outcome(Outcome(3, "unmatched-area", "no such area", warning=True, col=2))
    ledger.outcome(Outcome(4, "plan-figure", "a plan figure (KH 2025)", col=5))
    assert ledger.rows == {
        3: ["ignored", "unmatched-area", "no such area", "S!2:3"],
        4: ["ignored", "plan-figure", "a plan figure (KH 2025)", "S!5:4"],
    }
    assert [(f.code, f.col, f.cell) for f in ledger.findings] == [("unmatched-area", 2, "S!2:3")]


def test_a_finding_without_a_column_names_the_cell_its_code_is_about() -> None:
    """An unmatched indicator on a sheet points at the row's indicator cell (``Biểu 01!B14``),
    found from the header's columns, even when the reader gave no column."""
    ledger = _ledger(table=_Sheet())
    ledger.header = SimpleNamespace(roles={"indicator": 1, "area": 3})  # type: ignore[assignment]
    ledger.mark(14, "ignored", "unmatched-indicator", "no such", severity=Severity.WARNING)
    ledger.mark(15, "ignored", "blank-row")  # no finding: no cell looked for
    assert ledger.findings[0].cell == "S!2:14"
    assert ledger.rows[14][3] == "S!2:14"
    assert ledger.rows[15][3] is None


def test_a_sheets_rows_not_used_keep_their_cell_when_closed() -> None:
    """The list of rows not used names each row's cell on a workbook; a finding before any
    header was found (a title row, say) names the whole row."""
    ledger = _ledger(table=_Sheet())
    ledger.mark(2, "ignored", "unmatched-indicator", "no such", severity=Severity.WARNING)
    ledger.mark(3, "error", "bad-number", "not a number", col=4)
    records: list[RowRecord] = []
    ledger.close(records)
    assert [(r.line, r.cell) for r in records] == [(2, "S!None:2"), (3, "S!4:3")]
    assert ledger.findings[0].cell == "S!None:2"


def test_a_note_has_its_codes_severity_and_is_an_error_under_strict() -> None:
    ledger = _ledger(table=_Sheet())
    ledger.note("unread-column", "column D is not read", 3, 4)
    ledger.note("ambiguous-plan", "which plan?", 5)
    ledger.note("no-data-rows", "no figures")
    assert [(f.code, f.line, f.col, f.severity, f.cell) for f in ledger.findings] == [
        ("unread-column", 3, 4, Severity.WARNING, "S!4:3"),
        ("ambiguous-plan", 5, None, Severity.ERROR, None),
        ("no-data-rows", None, None, Severity.WARNING, None),
    ]
    assert ledger.rows == {}  # a note is no row's outcome
    strict = _ledger(strict=True)
    strict.note("no-data-rows", "no figures")
    assert strict.findings[0].severity is Severity.ERROR
    with pytest.raises(KeyError):
        ledger.note("not-a-registered-code", "?")


def test_a_stop_before_the_table_marks_no_row_and_after_a_line_marks_it() -> None:
    from plantrack.actuals.table import ReadError

    unopened = _ledger()
    unopened.stop(ReadError("mixed-encoding", "two encodings", 7))
    assert unopened.report.failed == "mixed-encoding"
    assert unopened.rows == {}  # nothing of the file was read: no row to count
    assert [(f.code, f.message, f.line) for f in unopened.findings] == [
        ("mixed-encoding", "two encodings", 7)
    ]
    opened = _ledger(table=_Sheet())
    opened.mark(2, "used", "used")
    opened.stop(ReadError("csv-syntax", "a quote is not closed", 3, "S!B3"))
    assert opened.report.failed == "csv-syntax"
    assert opened.rows[3][:2] == ["error", "csv-syntax"]
    finding = opened.findings[0]
    assert (finding.code, finding.line, finding.cell, finding.severity) == (
        "csv-syntax",
        3,
        "S!B3",
        Severity.ERROR,
    )
    assert finding.message != "a quote is not closed"  # says the rows after it were not read
    assert "a quote is not closed" in finding.message


def test_a_data_files_findings_are_made_by_its_ledger_only() -> None:
    """One route for a reader's errors: the stages raise or return what they meet, and only the
    ledger (and the discovery of paths, before any file is open) makes findings: no other module
    of the stage makes a finding or adds to a list of findings."""
    import ast

    from .conftest import ROOT

    found: dict[str, list[int]] = {}
    for path in sorted((ROOT / "plantrack" / "actuals").glob("*.py")):
        if path.name in {"ledger.py", "discover.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            makes = (
                isinstance(node, ast.ImportFrom)
                and node.module == "plantrack.findings.registry"
                and any(alias.name == "make" for alias in node.names)
            ) or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Finding"
            )
            adds = (
                isinstance(node, ast.Attribute)
                and node.attr in {"append", "extend"}
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "findings"
                and not (path.name == "read.py" and ast.unparse(node.value) == "data.findings")
            )
            if makes or adds:
                found.setdefault(path.name, []).append(node.lineno)
    assert found == {}
