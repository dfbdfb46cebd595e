"""Reading reported actuals: CSV and Excel files in, observations and an account of every row out.

>>> from plantrack import load_plans
>>> from plantrack.readers import read_actuals
>>> plans = [loaded.plan for loaded in load_plans(["plans"]).plans]
>>> data = read_actuals(["data"], plans)  # doctest: +SKIP
>>> data.observations[0].indicator, data.files[0].used  # doctest: +SKIP

Stages, each in its own module: :mod:`~plantrack.readers.table` opens a file as rows of cells
(encoding, delimiter, Excel); :mod:`~plantrack.readers.layout` finds the header and turns rows
into reported figures; :mod:`~plantrack.readers.catalog` matches indicators and areas to the
loaded plans; :mod:`~plantrack.readers.figures` reads numbers and converts units. This module runs
them over every file and keeps the ledger: each row ends as *used*, *ignored* or an *error*, with
its file, line (sheet and cell for Excel) and a stable code (docs/data-format.md).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from plantrack.findings import Finding, HasFindings, Severity, sort_key
from plantrack.model import ExchangeRate, Plan
from plantrack.numparse import DecimalMark
from plantrack.observations import (
    Observation,
    SeriesBlock,
    conflict_message,
    figure_place,
    same_figure,
)
from plantrack.readers import columnar
from plantrack.readers.catalog import Catalog, Route
from plantrack.readers.figures import (
    DecimalDecision,
    ExchangeRates,
    FigureError,
    decide_decimal,
    parse_exchange_rate,
)
from plantrack.readers.layout import (
    Entry,
    Header,
    Layout,
    Outcome,
    finding_column,
    read_header,
    rows_of,
    split_unit,
    unit_line,
)
from plantrack.readers.reported import read_reported_figure
from plantrack.readers.table import (
    DATA_SUFFIXES,
    CsvRows,
    ReadError,
    Row,
    Table,
    column_letter,
    open_table,
)

__all__ = [
    "DataSet",
    "FileReport",
    "ReadOptions",
    "RowRecord",
    "parse_exchange_rate",
    "read_actuals",
]

YEARS = (1900, 2200)
Outcome_ = Literal["used", "ignored", "error"]
_RANK = {"ignored": 0, "used": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user said about the inputs; None means "detect it"."""

    layout: Layout | None = None
    encoding: str | None = None
    decimal: DecimalMark | None = None
    delimiter: str | None = None
    sheet: str | None = None
    strict: bool = False
    exchange_rates: tuple[ExchangeRate, ...] = ()
    #: Read large long CSV files column-wise (:mod:`plantrack.readers.columnar`); the results
    #: are the same. False reads every row with the row reader (to compare the two).
    columnar: bool = True


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
    decimal_source: str | None = None
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
        words = _SUMMARY_WORDS["vi" if lang == "vi" else "en"]
        encoding = None
        if self.encoding:
            encoding = _ENCODING_NAMES.get(self.encoding, self.encoding)
            if lang == "vi":
                encoding = encoding.replace(" with BOM", " có BOM")
            encoding += f" ({words['guessed']})" if self.encoding_guessed else ""
        how = [
            part
            for part in (
                "Excel" if self.format == "xlsx" else None,
                f"{words['sheet']} {self.sheet}" if self.sheet else None,
                encoding,
                words.get(self.delimiter or ""),
                words.get(self.decimal or ""),
                words.get(self.layout or ""),
            )
            if part
        ]
        counts = words["counts"].format(
            rows=self.rows,
            used=self.used,
            ignored=self.ignored,
            errors=self.errors,
            s="" if self.errors == 1 else "s",
        )
        return f"{self.path}: {', '.join(how)}; {counts}" if how else f"{self.path}: {counts}"


_SUMMARY_WORDS = {
    "en": {
        "guessed": "guessed",
        "sheet": "sheet",
        ",": "comma-separated",
        ";": "semicolon-separated",
        "\t": "tab-separated",
        "comma": "decimal comma",
        "point": "decimal point",
        "long": "long layout",
        "wide": "wide layout",
        "counts": "{rows} rows: {used} used, {ignored} ignored, {errors} error{s}",
    },
    "vi": {
        "guessed": "đoán",
        "sheet": "trang",
        ",": "phân cách bằng dấu phẩy",
        ";": "phân cách bằng dấu chấm phẩy",
        "\t": "phân cách bằng tab",
        "comma": "thập phân dấu phẩy",
        "point": "thập phân dấu chấm",
        "long": "dạng dọc",
        "wide": "dạng bảng ngang",
        "counts": "{rows} dòng: {used} dùng, {ignored} bỏ qua, {errors} lỗi",
    },
}


@dataclass(slots=True)
class DataSet(HasFindings):
    """Everything read from the inputs."""

    #: A path that does not exist or a folder without data files: nothing could be checked.
    usage_codes = frozenset({"path-not-found", "no-data-files"})

    #: Figures read row by row, one :class:`Observation` each.
    loose: list[Observation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: list[FileReport] = field(default_factory=list)
    rows: list[RowRecord] = field(default_factory=list)
    #: Figures read column-wise (large long CSV files), one block per series and file.
    blocks: list[SeriesBlock] = field(default_factory=list)

    @property
    def observations(self) -> list[Observation]:
        """Every figure read, as observations (the blocks' figures made into observations)."""
        return [*self.loose, *(obs for block in self.blocks for obs in block)]

    def latest_year(self) -> int | None:
        """The latest year of any figure."""
        return max(
            [
                *(obs.year for obs in self.loose),
                *(max(b.columns.years[b.start : b.stop]) for b in self.blocks),
            ],
            default=None,
        )

    def totals(self) -> dict[str, int]:
        return {
            "files": len(self.files),
            "rows": sum(f.rows for f in self.files),
            "used": sum(f.used for f in self.files),
            "ignored": sum(f.ignored for f in self.files),
            "errors": sum(f.errors for f in self.files),
            "observations": len(self.loose) + sum(len(block) for block in self.blocks),
        }


# --------------------------------------------------------------------------------------------
# Finding the files


def discover_data(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[str], list[Finding]]:
    """Data files named or inside the folders named (not recursive), sorted per folder."""
    files: list[str] = []
    findings: list[Finding] = []
    seen: set[str] = set()

    def add(name: str) -> None:
        key = name if name == "-" else os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            files.append(name)

    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            add(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                str(child)
                for child in path.iterdir()
                if child.is_file()
                and child.suffix.casefold() in DATA_SUFFIXES
                and not child.name.startswith(("~$", "."))
            )
            if not found:
                findings.append(
                    Finding(
                        "no-data-files",
                        f"the folder holds no data files ({', '.join(DATA_SUFFIXES)})",
                        name,
                    )
                )
            for child in found:
                add(child)
        elif path.exists():
            add(name)
        else:
            findings.append(Finding("path-not-found", "no such file or folder", name))
    return files, findings


# --------------------------------------------------------------------------------------------
# The ledger of one file


class _Ledger:
    """The outcome of every row of one file; a row's outcome is the worst of its cells'."""

    def __init__(self, report: FileReport, table: Table | None, strict: bool = False) -> None:
        self.report = report
        self.table = table
        self.strict = strict  # warnings are errors, and so are their rows
        self.rows: dict[int, list[Any]] = {}  # line -> [outcome, code, message, cell]
        self.findings: list[Finding] = []
        self.used_cells: dict[int, int] = {}
        self.columnar: columnar.ColumnarFile | None = None  # the rows read column-wise
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
        if self.columnar is not None:  # its rows are all used
            report.rows += self.columnar.count
            report.used += self.columnar.count
            report.observations += self.columnar.count
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


# --------------------------------------------------------------------------------------------
# Reading


@dataclass(slots=True)
class _Pending:
    """A figure whose destination is known and whose number is still to be read."""

    col: int
    route: Route
    ledger: _Ledger
    observation: Observation
    file: int = 0  # the index of the file, to keep the order of the files and rows

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.file, self.observation.line or 0, self.col)


def read_actuals(
    paths: Sequence[str | os.PathLike[str]],
    plans: Iterable[Plan],
    options: ReadOptions | None = None,
    *,
    stdin: IO[bytes] | None = None,
    catalog: Catalog | None = None,
) -> DataSet:
    """Read every data file in ``paths`` (files, folders, ``-``) for the ``plans`` given
    (``catalog``: their index of labels, when the caller has already built it)."""
    options = options or ReadOptions()
    plan_list = list(plans)
    catalog = catalog or Catalog.of(plan_list)
    cli_rates = ExchangeRates(options.exchange_rates)
    rates = {
        plan.id: ExchangeRates(plan.exchange_rates or ()).overridden_by(cli_rates)
        for plan in plan_list
    }
    data = DataSet()
    files, data.findings = discover_data(paths)
    pending: list[_Pending] = []
    ledgers: list[_Ledger] = []
    reads: list[_Read] = []
    for index, path in enumerate(files):
        read = _Read(path, index, catalog, options, rates, stdin)
        ledger = read.file(pending)
        if read.fallback:  # the column-wise reading cannot say what the row reader says
            read = _Read(path, index, catalog, options, rates, stdin, columnar=False)
            ledger = read.file(pending)
        reads.append(read)
        ledgers.append(ledger)
    _one_way(reads, ledgers, pending)
    pending.sort(key=lambda item: item.order)
    _conflicts(pending, data)
    for ledger in ledgers:
        data.findings.extend(ledger.findings)
        if ledger.columnar is not None:
            data.blocks.extend(ledger.columnar.close())
        ledger.close(data.rows)
        data.files.append(ledger.report)
    if options.strict:
        data.findings = [
            Finding(f.code, f.message, f.file, f.line, f.col, Severity.ERROR, f.cell)
            for f in data.findings
        ]
    data.findings.sort(key=sort_key)
    return data


class _Read:
    """Reading one file: the table, the header, then every row."""

    def __init__(
        self,
        path: str,
        index: int,
        catalog: Catalog,
        options: ReadOptions,
        rates: dict[str, ExchangeRates],
        stdin: IO[bytes] | None,
        *,
        columnar: bool = True,
    ) -> None:
        self.path = path
        self.shown = "<stdin>" if path == "-" else path
        self.index = index
        self.catalog = catalog
        self.options = options
        self.rates = rates
        self.stdin = stdin
        self.columnar = columnar and options.columnar and path != "-"
        self.fallback = False
        self.header: Header | None = None
        self.decision: DecimalDecision | None = None
        self._indicators: dict[tuple[str, str], tuple[Any, ...]] = {}  # by (label, plan)
        self._areas: dict[tuple[str, str], str] = {}  # area id (or "") by (label, plan id)

    def file(self, pending: list[_Pending]) -> _Ledger:
        options, shown = self.options, self.shown
        report = FileReport(shown)
        try:
            table = self.open()
        except ReadError as error:
            report.failed = error.code
            ledger = _Ledger(report, None, options.strict)
            ledger.findings.append(
                Finding(error.code, error.message, shown, error.line, cell=error.cell)
            )
            return ledger
        report.format = table.format
        report.encoding = table.encoding
        report.encoding_guessed = table.encoding_guessed
        report.delimiter = table.delimiter
        report.sheet = table.sheet
        ledger = _Ledger(report, table, options.strict)
        if table.encoding_guessed:
            name = _ENCODING_NAMES.get(table.encoding or "", table.encoding)
            ledger.findings.append(
                Finding(
                    "encoding-guessed",
                    f"the file is not UTF-8; read as {name} (Excel's CSV on Vietnamese "
                    "Windows); give --encoding if that is wrong",
                    shown,
                    severity=Severity.WARNING,
                )
            )
        entries: list[Entry] = []
        header, seen, rest, stopped = read_header(table, options.layout)
        ledger.header = header
        self.header = header
        try:
            if header is None:
                _no_header(ledger, seen, rest, options.layout)
            else:
                report.layout = header.layout
                report.header_lines = tuple(header.lines)
                header.delimiter = table.delimiter
                fast = None
                if self.columnar and columnar.eligible(table, header):
                    fast = ledger.columnar = columnar.ColumnarFile(
                        shown, header, self.resolve, YEARS
                    )
                _walk(header, seen, rest, ledger, entries, fast)
        except ReadError as error:
            stopped = error
        except columnar.Fallback:
            self.fallback = True
            return ledger
        if stopped is not None:
            report.failed = stopped.code
            message = stopped.message
            if stopped.line is not None:
                message += "; the rows after it are not read"
                ledger.mark(stopped.line, "error", stopped.code, message)
            ledger.findings.append(
                Finding(stopped.code, message, shown, stopped.line, cell=stopped.cell)
            )
        if header is None:
            return ledger
        if ledger.columnar is not None:
            ledger.columnar.finish()
            self.reread(ledger, entries)
            entries.sort(key=lambda entry: entry.line)  # rows given back come out of order
        if (
            not entries
            and not (ledger.columnar and ledger.columnar.count)
            and not report.failed
            and not any(o[0] == "error" for o in ledger.rows.values())
        ):
            ledger.findings.append(
                Finding(
                    "no-data-rows",
                    "the file has a header but no figures",
                    shown,
                    severity=Severity.WARNING,
                )
            )
        try:
            self.decision = _figures(
                entries, ledger, self.catalog, options, self.rates, pending, self.index
            )
        except columnar.Fallback:
            self.fallback = True
        return ledger

    def open(self) -> Table:
        options = self.options
        return open_table(
            self.path,
            encoding=options.encoding,
            delimiter=options.delimiter,
            sheet=options.sheet,
            stdin=self.stdin,
        )

    def resolve(self, label: str, area: str, plan: str) -> columnar.Series | None:
        """Where a row with this indicator, area and plan goes, when that is exactly one series
        of a quantitative indicator with no unit in the label, as :func:`_routes` would route it;
        else None (the row reader reads the row, and says what is wrong with it)."""
        found = self._indicators.get((label, plan))
        if found is None:
            found = self._indicators[(label, plan)] = self._indicator(label, plan)
        if not found:
            return None
        plan_id, plan_area, indicator, minimum, maximum = found
        if not area:
            return columnar.Series(
                plan_id, indicator, None, minimum, maximum, (plan_id, indicator, plan_area)
            )
        area_id = self._areas.get((area, plan_id))
        if area_id is None:
            ids = [a for p, a in self.catalog.areas(area) if p.id == plan_id]
            area_id = self._areas[(area, plan_id)] = ids[0] if len(ids) == 1 else ""
        if not area_id:
            return None
        own = area_id if area_id != plan_area else None
        return columnar.Series(
            plan_id, indicator, own, minimum, maximum, (plan_id, indicator, area_id)
        )

    def _indicator(self, label: str, plan: str) -> tuple[Any, ...]:
        """(plan id, plan area, indicator id, unit minimum, unit maximum) of the one
        quantitative indicator ``label`` names (in plan ``plan``, if given); () if not one."""
        matches = self.catalog.indicators(label)
        if plan:
            named = self.catalog.plan(plan)
            matches = [m for m in matches if named is not None and m[0].id == named.id]
        if len(matches) != 1:
            return ()
        plan_model, indicator = matches[0]
        unit = indicator.parsed_unit
        if unit.is_qualitative or indicator.rating_scale is not None:
            return ()
        return (plan_model.id, plan_model.area, indicator.id, unit.minimum, unit.maximum)

    def reread(self, ledger: _Ledger, entries: list[Entry]) -> None:
        """Read the lines of the demoted series again, the row reader's way."""
        fast = ledger.columnar
        header = self.header
        if fast is None or header is None or not fast.demoted:
            return
        wanted = fast.demoted
        fast.demoted = set()
        value = header.roles["value"]
        for row in self.open().rows:
            if row.line in wanted:
                _row_entries(header, row, ledger, entries)
                fast.returned(row.cell(value).text)


_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "cp1258": "Windows-1258",
    "utf-16": "UTF-16",
    "utf-8-sig": "UTF-8 with BOM",
}


def _no_header(ledger: _Ledger, seen: list[Any], rest: Any, layout: Layout | None) -> None:
    expected = {
        "long": "columns named indicator / chỉ tiêu, year / năm and value / giá trị",
        "wide": "an indicator column and year columns such as 2021, Năm 2021, TH 2022, ƯTH 2024",
        None: "columns indicator / chỉ tiêu, year / năm, value / giá trị (one figure per row), "
        "or an indicator column and year columns such as 2021, TH 2022, ƯTH 2024 (one "
        "indicator per row)",
    }[layout]
    first = seen[0].line if seen else None
    if all(row.is_blank() for row in seen):
        ledger.findings.append(Finding("empty-file", "the file holds no text", ledger.report.path))
        for row in seen:
            ledger.mark(row.line, "ignored", "blank-row")
        return
    ledger.findings.append(
        Finding(
            "no-header",
            f"no header row found in the first {len(seen)} rows; expected {expected}",
            ledger.report.path,
            first,
        )
    )
    for row in [*seen, *rest]:
        ledger.mark(row.line, "error" if not row.is_blank() else "ignored", "no-header")


def _walk(
    header: Header,
    seen: list[Row],
    rest: Any,
    ledger: _Ledger,
    entries: list[Entry],
    fast: columnar.ColumnarFile | None = None,
) -> None:
    started = False
    after: list[Row] = []  # the rows read after the header while looking for it
    for row in seen:
        if not started:
            if row.line in header.lines:
                ledger.mark(row.line, "ignored", "header-row")
                if row.line == header.lines[-1]:
                    started = True
                    _unread_columns(header, ledger)
                continue
            ledger.mark(row.line, "ignored", "blank-row" if row.is_blank() else "title-row")
            header.unit = unit_line(row) or header.unit
            continue
        after.append(row)
    if fast is not None and started and not header.unit and isinstance(rest, CsvRows):
        fast.take(after, rest, lambda row: _row_entries(header, row, ledger, entries))
        return
    for row in itertools.chain(after, rest):
        _row_entries(header, row, ledger, entries)


def _row_entries(header: Header, row: Row, ledger: _Ledger, entries: list[Entry]) -> None:
    found, outcomes = rows_of(header, row, year_range=YEARS)
    for outcome in outcomes:
        ledger.outcome(outcome)
    for entry in found:
        if not entry.unit:
            entry.unit = header.unit
    entries.extend(found)


def _unread_columns(header: Header, ledger: _Ledger) -> None:
    line = header.lines[-1]
    for col, label in header.unread.items():
        ledger.findings.append(
            Finding(
                "unread-column",
                f"column {column_letter(col + 1)} {label!r} names a year, but not whether it "
                "holds final figures, estimates or plan figures, so its cells are not read; "
                "name it like TH 2024, ƯTH 2024 or KH 2024",
                ledger.report.path,
                line,
                col + 1,
                Severity.ERROR if ledger.strict else Severity.WARNING,
                ledger.table.where(line, col + 1) if ledger.table is not None else None,
            )
        )


def _routes(entry: Entry, catalog: Catalog) -> tuple[list[Route], Outcome | None, str]:
    """Where a figure goes; an outcome when nowhere; and the unit written in the label."""
    unit_in_label = ""
    matches = catalog.indicators(entry.label)
    if not matches:
        name, unit_in_label = split_unit(entry.label)
        matches = catalog.indicators(name) if name != entry.label else []
    if not matches:
        return (
            [],
            Outcome(
                entry.line,
                "unmatched-indicator",
                f"{entry.label!r} is not an indicator of the loaded plans (by id, name or alias)",
                warning=True,
            ),
            "",
        )
    if entry.plan:
        plan = catalog.plan(entry.plan)
        if plan is None:
            return (
                [],
                Outcome(
                    entry.line,
                    "unmatched-plan",
                    f"no loaded plan has the id {entry.plan!r}",
                    warning=True,
                ),
                "",
            )
        matches = [(p, i) for p, i in matches if p.id == plan.id]
        if not matches:
            return (
                [],
                Outcome(
                    entry.line,
                    "unmatched-indicator",
                    f"plan {plan.id} has no indicator {entry.label!r}",
                    warning=True,
                ),
                "",
            )
    if not entry.area:
        return [Route(p, i, None) for p, i in matches], None, unit_in_label
    areas = catalog.areas(entry.area)
    routes = [Route(p, i, area) for p, i in matches for ap, area in areas if ap.id == p.id]
    if not routes:
        known = (
            "is not an area of any loaded plan"
            if not areas
            else ("is not an area of the plan with this indicator")
        )
        return (
            [],
            Outcome(entry.line, "unmatched-area", f"area {entry.area!r} {known}", warning=True),
            "",
        )
    return routes, None, unit_in_label


def _figures(
    entries: list[Entry],
    ledger: _Ledger,
    catalog: Catalog,
    options: ReadOptions,
    rates: dict[str, ExchangeRates],
    pending: list[_Pending],
    file_index: int = 0,
    decision: DecimalDecision | None = None,
) -> DecimalDecision:
    """Route the file's entries, decide its decimal mark (unless ``decision`` is given: the
    lines of demoted series read again) and read their figures into ``pending``."""
    fast = ledger.columnar
    routed: list[tuple[Entry, list[Route]]] = []
    told: set[tuple[int, str]] = set()  # a row's problem is told once, not once per year cell
    known: dict[tuple[str, str, str], tuple[list[Route], str]] = {}  # rows repeat their labels
    for entry in entries:
        key = (entry.label, entry.area, entry.plan)
        hit = known.get(key)
        if hit is not None:
            (routes, unit_in_label), problem = hit, None
        else:
            routes, problem, unit_in_label = _routes(entry, catalog)
            if problem is None:
                known[key] = (routes, unit_in_label)
        if problem is not None:
            if (problem.line, problem.code) not in told:
                told.add((problem.line, problem.code))
                ledger.outcome(problem)
            continue
        if unit_in_label and not entry.unit:
            entry.unit = unit_in_label
        routed.append((entry, routes))

    # A row without an area whose indicator several plans share goes to the plan the rest of
    # the file is about, when that is one plan.
    sure = {routes[0].plan.id for _, routes in routed if len({r.plan.id for r in routes}) == 1}
    if fast is not None:
        sure |= fast.plans()
    resolved: list[tuple[Entry, list[Route]]] = []
    for entry, routes in routed:
        plans = {route.plan.id for route in routes}
        if len(plans) > 1 and not entry.area:
            if len(sure) == 1:
                routes = [route for route in routes if route.plan.id in sure]
            else:
                ledger.outcome(
                    Outcome(
                        entry.line,
                        "ambiguous-indicator",
                        f"{entry.label!r} is an indicator of several plans "
                        f"({', '.join(sorted(plans))}) and the row names no area; add an area "
                        "or a plan column, or check one plan at a time",
                        error=True,
                        col=entry.col,
                    )
                )
                continue
        resolved.append((entry, routes))

    numeric = [
        (entry, routes)
        for entry, routes in resolved
        if not routes[0].indicator.parsed_unit.is_qualitative
        and routes[0].indicator.rating_scale is None
        and entry.cell.number is None
    ]
    given = decision is not None  # lines read again: plain numbers, the decision kept
    if decision is None:
        votes = fast.votes() if fast is not None else {}
        decision = decide_decimal([entry.cell.text for entry, _ in numeric], options.decimal, votes)
        if fast is not None and (
            (decision.mark != "point" and votes["point"])
            or (decision.mark != "comma" and votes["comma"])
        ):
            raise columnar.Fallback  # figures read column-wise are written the other way
    report = ledger.report
    report.decimal = decision.mark
    report.decimal_source = decision.source
    refused: dict[int, str] = {}
    if decision.against and not given:
        winner = decision.mark
        for index in decision.against:
            entry = numeric[index][0]
            refused[id(entry)] = "decimal-mismatch"
            other = "comma" if winner == "point" else "point"
            ledger.mark(
                entry.line,
                "error",
                "decimal-mismatch",
                (
                    f"{entry.cell.text!r} is written with a decimal {other} while the file's other "
                    f"numbers use a decimal {winner} ({decision.votes.get(winner, 0)} "
                    f"cells against {decision.votes.get(other, 0)}); correct it, or give --decimal"
                )
                if winner
                else (
                    f"{entry.cell.text!r}: the file's numbers use both decimal marks equally "
                    f"often ({decision.votes['comma']} cells each); give --decimal comma or "
                    "--decimal point"
                ),
                col=entry.col,
                severity=Severity.ERROR,
            )
    if decision.mark is None and decision.ambiguous and not given:
        cells = [numeric[index][0] for index in decision.ambiguous]
        for entry in cells:
            refused[id(entry)] = "ambiguous-decimal"
            ledger.mark(
                entry.line,
                "error",
                "ambiguous-decimal",
                f"{entry.cell.text!r} reads two ways and the file does not say which",
                col=entry.col,
            )
        listed = ", ".join(
            f"{entry.cell.text} ({_place(ledger, entry)})" for entry in cells[:10]
        ) + (f" and {len(cells) - 10} more" if len(cells) > 10 else "")
        ledger.findings.append(
            Finding(
                "ambiguous-decimal",
                f"{len(cells)} number{'s' if len(cells) > 1 else ''} in this file read two ways "
                f"(6.794 is 6794 Vietnamese style, 6.794 English style) and no other number "
                f"says which: {listed}; give --decimal comma (Vietnamese) or --decimal point "
                "(English)",
                report.path,
                cells[0].line,
                cells[0].col,
                cell=ledger.table.where(cells[0].line, cells[0].col) if ledger.table else None,
            )
        )
    for entry, routes in resolved:
        if id(entry) in refused:
            continue
        for route in routes:
            try:
                figure = read_reported_figure(
                    entry.cell,
                    route.indicator,
                    entry.unit,
                    entry.year,
                    decision.mark,
                    rates[route.plan.id],
                )
            except FigureError as error:
                ledger.mark(
                    entry.line,
                    "error",
                    error.code,
                    error.message,
                    col=entry.col,
                    severity=Severity.ERROR,
                )
                break
            area = route.area if route.area != route.plan.area else None
            observation = Observation(
                indicator=route.indicator.id,
                year=entry.year,
                value=figure.value,
                area=area,
                measure=figure.measure,
                state=figure.state,
                estimate=entry.kind == "estimate",
                qualifier=figure.qualifier,
                file=report.path,
                line=entry.line,
                source=entry.source or None,
                plan=route.plan.id,
                cell=ledger.table.where(entry.line, entry.col) if ledger.table else None,
                reported=figure.reported,
                exchange_rate=figure.exchange_rate,
                high=figure.high,
                approximate=figure.approximate,
                rated=figure.rated,
            )
            pending.append(_Pending(entry.col, route, ledger, observation, file_index))
            ledger.mark(entry.line, "used", "used")
    return decision


def _one_way(reads: list[_Read], ledgers: list[_Ledger], pending: list[_Pending]) -> None:
    """A series is read column-wise from one file only, and only when no row read by the row
    reader has a figure for it: otherwise it is demoted and its lines read again, so that
    duplicates and conflicts are found and told the row reader's way."""
    fast = [ledger.columnar for ledger in ledgers if ledger.columnar and ledger.columnar.count]
    if not fast:
        return
    demote: list[tuple[columnar.ColumnarFile, int]] = []
    if len(fast) > 1:
        seen: dict[tuple[str, str, str], list[tuple[columnar.ColumnarFile, int]]] = {}
        for file in fast:
            for key, sid in file.live():
                seen.setdefault(key, []).append((file, sid))
        demote = [place for places in seen.values() if len(places) > 1 for place in places]
    for item in pending:
        obs = item.observation
        key = (item.route.plan.id, obs.indicator, obs.area or item.route.plan.area)
        for file in fast:
            found = file.index.get(key)
            if found is not None:
                demote.append((file, found))
    for file, sid in demote:
        file.demote(sid)
    for read, ledger in zip(reads, ledgers, strict=True):
        if ledger.columnar is not None and ledger.columnar.demoted:
            entries: list[Entry] = []
            read.reread(ledger, entries)
            _figures(
                entries,
                ledger,
                read.catalog,
                read.options,
                read.rates,
                pending,
                read.index,
                read.decision,
            )


def _conflicts(pending: list[_Pending], data: DataSet) -> None:
    """Keep one figure per plan, indicator, area, measure, year and kind; report the rest."""
    first: dict[tuple[Any, ...], _Pending] = {}
    dropped: set[int] = set()
    conflicted: set[tuple[Any, ...]] = set()
    for item in pending:
        obs = item.observation
        route = item.route
        key = (
            route.plan.id,
            obs.indicator,
            obs.area or route.plan.area,
            obs.measure,
            obs.year,
            obs.estimate,
        )
        kept = first.get(key)
        if kept is None:
            first[key] = item
            continue
        earlier = kept.observation
        same = same_figure(earlier, obs)
        if same and key not in conflicted:
            message = f"the same figure as {figure_place(earlier)}; the first is used"
            item.ledger.unuse(obs.line or 0, "duplicate-row", message, item.col)
            item.ledger.mark(
                obs.line or 0,
                "ignored",
                "duplicate-row",
                message,
                col=item.col,
                severity=Severity.WARNING,
            )
            dropped.add(id(item))
            continue
        conflicted.add(key)
        message = conflict_message(earlier, obs, obs.area or route.plan.area)
        for side in (kept, item):
            side_obs = side.observation
            side.ledger.mark(
                side_obs.line or 0,
                "error",
                "conflicting-values",
                message,
                col=side.col,
                severity=Severity.ERROR if side is item else None,
            )
            dropped.add(id(side))
    data.loose = [item.observation for item in pending if id(item) not in dropped]
    for item in pending:
        if id(item) not in dropped:
            item.ledger.report.observations += 1


def _place(ledger: _Ledger, entry: Entry) -> str:
    cell = ledger.table.where(entry.line, entry.col) if ledger.table is not None else None
    return cell or f"line {entry.line}"
