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

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import IO, Any, Literal

from plantrack.actuals.catalog import Catalog
from plantrack.actuals.conflicts import Pending, keep_one_figure
from plantrack.actuals.decimals import refuse_decimals
from plantrack.actuals.discover import discover_data
from plantrack.actuals.duckdb_reader import Engine, FirstPass, eligible, offered
from plantrack.actuals.figures import (
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
from plantrack.actuals.row_walk import YEARS, header_rows, no_header, walk
from plantrack.actuals.table import (
    ReadError,
    Row,
    Table,
    open_table,
)
from plantrack.findings import Finding, HasFindings, Severity, sort_key
from plantrack.findings.registry import strict
from plantrack.numbers.parse import DecimalMark
from plantrack.observations import Columns, Observation, SeriesBlock
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
    #: Which engine reads large long CSV files: ``auto`` offers DuckDB the files of
    #: :data:`~plantrack.actuals.duckdb_reader.ENGINE_MIN_BYTES` or more, ``duckdb`` every file,
    #: ``python`` none (:mod:`plantrack.actuals.duckdb_reader`); the results are the same.
    engine: Literal["auto", "python", "duckdb"] = "auto"


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
    #: Figures read by DuckDB (large long CSV files), one block per series and file.
    blocks: list[SeriesBlock] = field(default_factory=list)

    @property
    def observations(self) -> list[Observation]:
        """Every figure read, as observations (the blocks' figures made into observations)."""
        return [*self.loose, *(obs for block in self.blocks for obs in block)]

    def latest_year(self) -> int | None:
        """The latest year of any figure (a file's columns hold its blocks' figures only)."""
        columns = list(map(attrgetter("columns"), self.blocks))
        files = dict(zip(map(id, columns), columns, strict=True))
        return max(
            [
                *(obs.year for obs in self.loose),
                *(_latest(file) for file in files.values() if file.years),
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


def _latest(columns: Columns) -> int:
    """The latest year of a file's figures read by DuckDB (numpy is loaded with it: 2.5 million
    years in C, not one Python int each)."""
    import numpy

    return int(numpy.frombuffer(columns.years, dtype=numpy.uint16).max())


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
    named = {os.fspath(path) for path in paths if os.fspath(path) == "-" or not Path(path).is_dir()}
    only = plan_list[0] if len(plan_list) == 1 else None
    reads = [
        _Read(
            path,
            index,
            catalog,
            options,
            rates,
            stdin,
            given=owner or (only if path in named else None),
        )
        for index, path in enumerate(files)
    ]
    engine = Engine() if any(offered(read.path, options.engine) for read in reads) else None
    try:
        ledgers = _read_all(reads, engine, pending)
    finally:
        if engine is not None:
            engine.close()
    pending.sort(key=lambda item: item.order)
    data.loose = keep_one_figure(pending)
    for read in reads:
        ledger = ledgers[read.index]
        data.findings.extend(ledger.findings)
        data.blocks.extend(read.blocks)
        ledger.close(data.rows)
        data.files.append(ledger.report)
    if options.strict:
        data.findings = strict(data.findings)
    data.findings.sort(key=sort_key)
    return data


def _read_all(
    reads: list[_Read], engine: Engine | None, pending: list[Pending]
) -> dict[int, Ledger]:
    """Each file read by one engine, decided before DuckDB makes a figure: the files offered to
    it that its first pass takes whole, unless another file has one of their series (then
    duplicates and conflicts are told the row reader's way); the row reader reads the rest."""
    firsts: dict[int, FirstPass] = {}
    said = False
    for read in reads:
        read.start()
        if engine is not None and offered(read.path, read.options.engine):
            first = read.first_pass(engine)
            if first is not None:
                firsts[read.index] = first
            elif engine.unavailable is not None and read.options.engine == "duckdb" and not said:
                # asked for by name: the first file it could not read says why, once
                reason = text("data.engine-unavailable", reason=engine.unavailable)
                read.ledger.note("engine-unavailable", reason)
                said = True
    if len(firsts) > 1:  # the keys of a file's series are fetched only when another may share one
        assert engine is not None
        shared = Counter(key for first in firsts.values() for key in engine.keys(first))
        for index, first in list(firsts.items()):
            if any(shared[key] > 1 for key in engine.keys(first)):
                _drop(engine, firsts.pop(index))
    ledgers: dict[int, Ledger] = {}
    while True:
        for read in reads:
            if read.index not in firsts and read.index not in ledgers:
                ledgers[read.index] = read.file(pending)
        keys = {
            (
                item.route.plan.id,
                item.observation.indicator,
                item.observation.area or item.route.plan.area,
            )
            for item in pending
        }
        late = [
            index
            for index, first in firsts.items()
            if keys and engine is not None and engine.keys(first) & keys
        ]
        if not late:
            break
        for index in late:
            _drop(engine, firsts.pop(index))
    for index, first in firsts.items():
        assert engine is not None
        ledgers[index] = reads[index].take(first, engine)
    return ledgers


def _drop(engine: Engine | None, first: FirstPass) -> None:
    assert engine is not None
    engine.drop(first)


class _Read:
    """Reading one file: the table and the header, then every row (by the row reader) or the
    whole file (by DuckDB)."""

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
    ) -> None:
        self.path = path
        self.shown = "<stdin>" if path == "-" else path
        self.index = index
        self.catalog = catalog
        self.options = options
        self.rates = rates
        self.stdin = stdin
        self.routing = FileRouting(catalog, self.shown, given)
        self.ledger = Ledger(FileReport(self.shown), None, options.strict)
        self.table: Table | None = None
        self.header: Header | None = None
        self.seen: list[Row] = []
        self.rest: Any = ()
        self.stopped: ReadError | None = None
        #: The figures DuckDB read, one block per series.
        self.blocks: list[SeriesBlock] = []

    def start(self) -> None:
        """Open the file and read its header: what both engines share."""
        options = self.options
        report = self.ledger.report
        try:
            table = self.open()
        except ReadError as error:
            self.ledger.stop(error)
            return
        self.table = table
        report.format = table.format
        report.encoding = table.encoding
        report.encoding_guessed = table.encoding_guessed
        report.delimiter = table.delimiter
        report.sheet = table.sheet
        ledger = self.ledger = Ledger(report, table, options.strict)
        if table.encoding_guessed:
            name = ENCODING_NAMES.get(table.encoding or "", table.encoding)
            ledger.note("encoding-guessed", text("data.encoding-guessed", encoding=name))
        header, self.seen, self.rest, self.stopped = read_header(table, options.layout)
        ledger.header = self.header = header
        if header is not None:
            report.layout = header.layout
            report.header_lines = tuple(header.lines)
            header.delimiter = table.delimiter

    def first_pass(self, engine: Engine) -> FirstPass | None:
        """DuckDB's first pass over the file, when its header lets DuckDB read it."""
        table, header = self.table, self.header
        if table is None or header is None or self.stopped is not None:
            return None
        last = header.lines[-1]
        if not eligible(table, header) or any(
            unit_line(row) for row in self.seen if row.line < last and row.line not in header.lines
        ):
            return None  # a unit line above the header: the row reader reads units
        return engine.first_pass(
            self.path, self.shown, header, self.routing, YEARS, self.options.decimal
        )

    def take(self, first: FirstPass, engine: Engine) -> Ledger:
        """The file read by DuckDB: the rows before the header marked, every row after used."""
        ledger, header = self.ledger, self.header
        assert header is not None and self.table is not None
        close = getattr(self.table.rows, "close", None)
        if close is not None:
            close()
        header_rows(header, self.seen, ledger)
        self.blocks = engine.blocks(first)
        ledger.engine_rows = first.rows
        ledger.report.decimal = first.decimal
        return ledger

    def file(self, pending: list[Pending]) -> Ledger:
        """The file read by the row reader (after :meth:`start`)."""
        options, ledger, header = self.options, self.ledger, self.header
        report = ledger.report
        if self.table is None:  # it could not be opened
            return ledger
        entries: list[Entry] = []
        stopped = self.stopped
        try:
            if header is None:
                no_header(ledger, self.seen, self.rest, options.layout)
            else:
                walk(header, self.seen, self.rest, ledger, entries)
        except ReadError as error:
            stopped = error
        if stopped is not None:
            ledger.stop(stopped)
        if header is None:
            return ledger
        if (
            not entries
            and not report.failed
            and not any(o[0] == "error" for o in ledger.rows.values())
        ):
            ledger.note("no-data-rows", text("data.no-data-rows"))
        _figures(entries, ledger, self.routing, options, self.rates, pending, self.index)
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


def _figures(
    entries: list[Entry],
    ledger: Ledger,
    routing: FileRouting,
    options: ReadOptions,
    rates: dict[str, ExchangeRates],
    pending: list[Pending],
    file_index: int = 0,
) -> None:
    """Route the file's entries (:mod:`~plantrack.actuals.routing`), decide its decimal mark
    and read their figures into ``pending``."""
    resolved = routing.route(entries, ledger)

    numeric = [
        (entry, routes)
        for entry, routes in resolved
        if not routes[0].indicator.parsed_unit.is_qualitative
        and routes[0].indicator.rating_scale is None
        and entry.cell.number is None
    ]
    decision = decide_decimal([entry.cell.text for entry, _ in numeric], options.decimal)
    report = ledger.report
    report.decimal = decision.mark
    refused = refuse_decimals(decision, [e for e, _ in numeric], ledger)
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
