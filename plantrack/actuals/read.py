"""Reading reported actuals: CSV and Excel files in, observations and an account of every row out.

>>> from plantrack import load_plans
>>> from plantrack.actuals.read import read_actuals
>>> plans = [loaded.plan for loaded in load_plans(["plans"]).plans]
>>> data = read_actuals(["data"], plans)  # doctest: +SKIP
>>> data.observations[0].indicator, data.files[0].used  # doctest: +SKIP

Stages, each in its own module: :mod:`~plantrack.actuals.table` opens a file as rows of cells
(encoding, delimiter, Excel); :mod:`~plantrack.actuals.layout` finds the header and turns rows
into reported figures; :mod:`~plantrack.actuals.catalog` matches indicators and areas to the
loaded plans; :mod:`~plantrack.actuals.routing` decides which plan each row is for;
:mod:`~plantrack.actuals.figures` reads numbers and converts units;
:mod:`~plantrack.actuals.conflicts` keeps one figure of each. This module runs them over every
file; :mod:`~plantrack.actuals.ledger` keeps the account: each row ends as *used*, *ignored* or an
*error*, with its file, line (sheet and cell for Excel) and a stable code (docs/data-format.md).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from plantrack.actuals import columnar
from plantrack.actuals.catalog import Catalog
from plantrack.actuals.conflicts import Pending, keep_one_figure
from plantrack.actuals.decimals import refuse_decimals
from plantrack.actuals.discover import discover_data
from plantrack.actuals.figures import (
    DecimalDecision,
    ExchangeRates,
    FigureError,
    decide_decimal,
    parse_exchange_rate,
)
from plantrack.actuals.layout import (
    Entry,
    Header,
    Layout,
    read_header,
    unit_line,
)
from plantrack.actuals.ledger import ENCODING_NAMES, FileReport, Ledger, RowRecord
from plantrack.actuals.reported import read_reported_figure
from plantrack.actuals.routing import FileRouting
from plantrack.actuals.rows import rows_of
from plantrack.actuals.table import (
    CsvRows,
    ReadError,
    Row,
    Table,
    column_letter,
    open_table,
)
from plantrack.findings import Finding, HasFindings, Severity, sort_key
from plantrack.findings.registry import make, strict
from plantrack.numbers.parse import DecimalMark
from plantrack.observations import Observation, SeriesBlock
from plantrack.plans.model import ExchangeRate, Plan
from plantrack.texts import text

__all__ = [
    "DataSet",
    "FileReport",
    "ReadOptions",
    "RowRecord",
    "discover_data",
    "parse_exchange_rate",
    "read_actuals",
]

YEARS = (1900, 2200)


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
    #: Read large long CSV files column-wise (:mod:`plantrack.actuals.columnar`); the results
    #: are the same. False reads every row with the row reader (to compare the two).
    columnar: bool = True


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
# Reading


def read_actuals(
    paths: Sequence[str | os.PathLike[str]],
    plans: Iterable[Plan],
    options: ReadOptions | None = None,
    *,
    stdin: IO[bytes] | None = None,
    catalog: Catalog | None = None,
    owner: Plan | None = None,
) -> DataSet:
    """Read every data file in ``paths`` (files, folders, ``-``) for the ``plans`` given
    (``catalog``: their index of labels, when the caller has already built it).

    Which plan each row is for is in :mod:`~plantrack.actuals.routing`: a file named in
    ``paths`` (not found in a folder) while one plan is given is that plan's, and so is every
    file when ``owner`` is given (the one plan of a project, :func:`plantrack.report.build.run_check`)."""
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
    pending: list[Pending] = []
    ledgers: list[Ledger] = []
    reads: list[_Read] = []
    named = {os.fspath(path) for path in paths if os.fspath(path) == "-" or not Path(path).is_dir()}
    only = plan_list[0] if len(plan_list) == 1 else None
    for index, path in enumerate(files):
        given = owner or (only if path in named else None)
        read = _Read(path, index, catalog, options, rates, stdin, given=given)
        ledger = read.file(pending)
        if read.fallback:  # the column-wise reading cannot say what the row reader says
            read = _Read(path, index, catalog, options, rates, stdin, given=given, columnar=False)
            ledger = read.file(pending)
        reads.append(read)
        ledgers.append(ledger)
    _one_way(reads, ledgers, pending)
    pending.sort(key=lambda item: item.order)
    data.loose = keep_one_figure(pending)
    for ledger in ledgers:
        data.findings.extend(ledger.findings)
        if ledger.columnar is not None:
            data.blocks.extend(ledger.columnar.close())
        ledger.close(data.rows)
        data.files.append(ledger.report)
    if options.strict:
        data.findings = strict(data.findings)
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
        given: Plan | None = None,
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
        self.routing = FileRouting(catalog, self.shown, given)

    def file(self, pending: list[Pending]) -> Ledger:
        options, shown = self.options, self.shown
        report = FileReport(shown)
        try:
            table = self.open()
        except ReadError as error:
            report.failed = error.code
            ledger = Ledger(report, None, options.strict)
            ledger.findings.append(
                Finding(error.code, error.message, shown, error.line, cell=error.cell)
            )
            return ledger
        report.format = table.format
        report.encoding = table.encoding
        report.encoding_guessed = table.encoding_guessed
        report.delimiter = table.delimiter
        report.sheet = table.sheet
        ledger = Ledger(report, table, options.strict)
        if table.encoding_guessed:
            name = ENCODING_NAMES.get(table.encoding or "", table.encoding)
            ledger.findings.append(
                Finding(
                    "encoding-guessed",
                    text("data.encoding-guessed", encoding=name),
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
                        shown, header, self.routing.series, YEARS
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
                message = text("data.rows-after-not-read", reason=message)
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
                    text("data.no-data-rows"),
                    shown,
                    severity=Severity.WARNING,
                )
            )
        try:
            self.decision = _figures(
                entries, ledger, self.routing, options, self.rates, pending, self.index
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

    def reread(self, ledger: Ledger, entries: list[Entry]) -> None:
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


def _no_header(ledger: Ledger, seen: list[Any], rest: Any, layout: Layout | None) -> None:
    expected = {
        "long": text("data.no-header.long"),
        "wide": text("data.no-header.wide"),
        None: text("data.no-header.either"),
    }[layout]
    first = seen[0].line if seen else None
    if all(row.is_blank() for row in seen):
        ledger.findings.append(
            make("empty-file", text("data.empty-file.no-text"), ledger.report.path)
        )
        for row in seen:
            ledger.mark(row.line, "ignored", "blank-row")
        return
    ledger.findings.append(
        make(
            "no-header",
            text("data.no-header", rows=len(seen), expected=expected),
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
    ledger: Ledger,
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


def _row_entries(header: Header, row: Row, ledger: Ledger, entries: list[Entry]) -> None:
    found, outcomes = rows_of(header, row, year_range=YEARS)
    for outcome in outcomes:
        ledger.outcome(outcome)
    for entry in found:
        if not entry.unit:
            entry.unit = header.unit
    entries.extend(found)


def _unread_columns(header: Header, ledger: Ledger) -> None:
    line = header.lines[-1]
    for col, label in header.unread.items():
        ledger.findings.append(
            Finding(
                "unread-column",
                text("data.unread-column", column=column_letter(col + 1), label=label),
                ledger.report.path,
                line,
                col + 1,
                Severity.ERROR if ledger.strict else Severity.WARNING,
                ledger.table.where(line, col + 1) if ledger.table is not None else None,
            )
        )


def _figures(
    entries: list[Entry],
    ledger: Ledger,
    routing: FileRouting,
    options: ReadOptions,
    rates: dict[str, ExchangeRates],
    pending: list[Pending],
    file_index: int = 0,
    decision: DecimalDecision | None = None,
) -> DecimalDecision:
    """Route the file's entries (:mod:`~plantrack.actuals.routing`), decide its decimal mark
    (unless ``decision`` is given: the lines of demoted series read again) and read their
    figures into ``pending``."""
    fast = ledger.columnar
    resolved = routing.route(entries, ledger, fast)

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
    refused = set() if given else refuse_decimals(decision, [e for e, _ in numeric], ledger)
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
            pending.append(Pending(entry.col, route, ledger, observation, file_index))
            ledger.mark(entry.line, "used", "used")
    return decision


def _one_way(reads: list[_Read], ledgers: list[Ledger], pending: list[Pending]) -> None:
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
                read.routing,
                read.options,
                read.rates,
                pending,
                read.index,
                read.decision,
            )
