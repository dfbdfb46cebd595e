"""The row ledger: what became of every input row (used, ignored or an error), and how each file
was read.

A row's outcome is the worst of its cells' (an error over a use over an ignored cell), so every
row is counted exactly once: ``rows = used + ignored + errors`` for every file. This module does
not know how rows are read or where their figures go: it only keeps the account.

It is also the **one route of a reader's errors and warnings** to the user: whatever a stage
meets (a :class:`~plantrack.actuals.table.ReadError` raised by the table, a
:class:`~plantrack.actuals.figures.FigureError` by a cell, an
:class:`~plantrack.actuals.layout.Outcome` returned for a row), it ends in the file's ledger by
one of three doors, each with a registered code: :meth:`Ledger.mark` (a row's outcome, with a
finding when it has a severity), :meth:`Ledger.note` (a finding about the file or a place in it,
not a row's outcome) and :meth:`Ledger.stop` (the file could not be read, or not past a line).
No finding of a file is made anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from plantrack.actuals.layout import Header, Layout, Outcome, finding_column
from plantrack.actuals.table import ReadError, Table
from plantrack.findings import Finding, Severity
from plantrack.findings.registry import make
from plantrack.numbers.parse import DecimalMark
from plantrack.texts import Text, text

__all__ = ["ENCODING_NAMES", "FileReport", "Ledger", "Outcome_", "RowRecord"]

Outcome_ = Literal["used", "ignored", "error"]
_RANK = {"ignored": 0, "used": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class RowRecord:
    """What became of one input row that was not used (or used only in part)."""

    file: str
    line: int
    outcome: Outcome_
    code: str
    message: str = ""
    cell: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "cell": self.cell,
            "outcome": self.outcome,
            "code": self.code,
            "message": self.message,
        }


@dataclass(slots=True)
class FileReport:
    """How one input was read, and what became of its rows."""

    path: str
    format: str | None = None
    encoding: str | None = None
    encoding_guessed: bool = False
    delimiter: str | None = None
    sheet: str | None = None
    decimal: DecimalMark | None = None
    layout: Layout | None = None
    header_lines: tuple[int, ...] = ()
    rows: int = 0
    used: int = 0
    ignored: int = 0
    errors: int = 0
    observations: int = 0
    failed: str | None = None  # the code, when the file could not be read to the end

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "encoding_guessed": self.encoding_guessed,
            "delimiter": self.delimiter,
            "sheet": self.sheet,
            "decimal": self.decimal,
            "layout": self.layout,
            "rows": self.rows,
            "used": self.used,
            "ignored": self.ignored,
            "errors": self.errors,
            "observations": self.observations,
            "failed": self.failed,
        }

    def summary(self, lang: str = "en") -> str:
        """``data/x.csv: UTF-8, semicolon-separated, decimal comma, wide layout; 30 rows: 20
        used, 9 ignored, 1 error`` (or in Vietnamese with ``lang="vi"``)."""
        encoding: str | None = None
        if self.encoding:
            encoding = (
                text("data.summary.utf-8-bom")
                if self.encoding == "utf-8-sig"
                else ENCODING_NAMES.get(self.encoding, self.encoding)
            )
            if self.encoding_guessed:
                encoding = text("data.summary.guessed", encoding=encoding)
        how = [
            part.render(lang) if isinstance(part, Text) else part
            for part in (
                "Excel" if self.format == "xlsx" else None,
                text("data.summary.sheet", sheet=self.sheet) if self.sheet else None,
                encoding,
                _summary_word(self.delimiter or ""),
                _summary_word(self.decimal or ""),
                _summary_word(self.layout or ""),
            )
            if part
        ]
        numbers = {"rows": self.rows, "used": self.used, "ignored": self.ignored}
        counts = (
            text("data.summary.rows.one-error", **numbers, errors=self.errors)
            if self.errors == 1
            else text("data.summary.rows", **numbers, errors=self.errors)
        ).render(lang)
        return f"{self.path}: {', '.join(how)}; {counts}" if how else f"{self.path}: {counts}"


def _summary_word(said: str) -> Text | None:
    """How a file was read, in a word of its summary: its delimiter, decimal mark, layout."""
    match said:
        case ",":
            return text("data.summary.comma-separated")
        case ";":
            return text("data.summary.semicolon-separated")
        case "\t":
            return text("data.summary.tab-separated")
        case "comma":
            return text("data.summary.decimal-comma")
        case "point":
            return text("data.summary.decimal-point")
        case "long":
            return text("data.summary.long")
        case "wide":
            return text("data.summary.wide")
    return None


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1258": "Windows-1258",
    "utf-16": "UTF-16",
    "utf-8-sig": "UTF-8 with BOM",
}


class Ledger:
    """The outcome of every row of one file; a row's outcome is the worst of its cells'."""

    def __init__(self, report: FileReport, table: Table | None, strict: bool = False) -> None:
        self.report = report
        self.table = table
        self.strict = strict  # warnings are errors, and so are their rows
        self.rows: dict[int, list[Any]] = {}  # line -> [outcome, code, message, cell]
        self.findings: list[Finding] = []
        self.used_cells: dict[int, int] = {}
        #: The rows DuckDB read (:mod:`plantrack.actuals.duckdb_reader`): each used, one figure.
        self.engine_rows = 0
        self.header: Header | None = None  # a finding on a workbook names the cell it is about

    def unuse(self, line: int, code: str, message: str, col: int | None) -> None:
        """A used cell dropped after all (a duplicate); the row is ignored if none is left."""
        left = self.used_cells.get(line, 1) - 1
        self.used_cells[line] = left
        current = self.rows.get(line)
        if left == 0 and current is not None and current[0] == "used":
            cell = self.table.where(line, col) if self.table is not None and col else None
            self.rows[line] = ["ignored", code, message, cell]

    def mark(
        self,
        line: int,
        outcome: Outcome_,
        code: str,
        message: str = "",
        *,
        col: int | None = None,
        severity: Severity | None = None,
    ) -> None:
        cell = self.table.where(line, col) if self.table is not None and col else None
        if cell is None and severity is not None and self.table is not None:
            cell = self.table.where(line, finding_column(self.header, code))  # None for CSV
        if self.strict and severity is Severity.WARNING:
            outcome, severity = "error", Severity.ERROR
        if outcome == "used":
            self.used_cells[line] = self.used_cells.get(line, 0) + 1
        current = self.rows.get(line)
        if current is None or _RANK[outcome] > _RANK[current[0]]:
            self.rows[line] = [outcome, code, message, cell]
        if severity is not None:
            self.findings.append(
                Finding(code, message, self.report.path, line, col, severity, cell)
            )

    def note(
        self, code: str, message: str, line: int | None = None, col: int | None = None
    ) -> None:
        """A finding about the file (or a place in it) that is no row's outcome, with its
        registered severity (an error under ``--strict``)."""
        cell = self.table.where(line, col) if self.table is not None and line and col else None
        finding = make(code, message, self.report.path, line, col, cell=cell)
        if self.strict and not finding.is_error:
            finding = Finding(code, message, finding.file, line, col, Severity.ERROR, cell)
        self.findings.append(finding)

    def stop(self, error: ReadError) -> None:
        """The file could not be opened (no table yet: nothing of it was read), or its rows
        could not be read past ``error.line``, which is then an error row; either way the file
        failed with the error's code."""
        self.report.failed = error.code
        message = error.message
        if error.line is not None and self.table is not None:
            message = text("data.rows-after-not-read", reason=message)
            self.mark(error.line, "error", error.code, message)
        self.findings.append(
            Finding(error.code, message, self.report.path, error.line, cell=error.cell)
        )

    def outcome(self, o: Outcome) -> None:
        if o.error:
            self.mark(o.line, "error", o.code, o.message, col=o.col, severity=Severity.ERROR)
        elif o.warning:
            self.mark(o.line, "ignored", o.code, o.message, col=o.col, severity=Severity.WARNING)
        else:
            self.mark(o.line, "ignored", o.code, o.message, col=o.col)

    def close(self, records: list[RowRecord]) -> None:
        report = self.report
        report.rows = len(self.rows)
        report.rows += self.engine_rows
        report.used += self.engine_rows
        report.observations += self.engine_rows
        for line in sorted(self.rows):
            outcome, code, message, cell = self.rows[line]
            if outcome == "used":
                report.used += 1
                continue
            if outcome == "error":
                report.errors += 1
            else:
                report.ignored += 1
            records.append(RowRecord(report.path, line, outcome, code, message, cell))
