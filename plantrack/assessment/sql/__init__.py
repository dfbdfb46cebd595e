"""Targets assessed in SQL for the series DuckDB read (docs/decisions/0004).

A national check has 166,050 series; each Python result costs tens of microseconds. For the
kinds SQL covers (:mod:`~plantrack.assessment.sql.growth`, :mod:`~plantrack.assessment.sql.level`,
:mod:`~plantrack.assessment.sql.change`, :mod:`~plantrack.assessment.sql.cumulative`,
:mod:`~plantrack.assessment.sql.annual`; the steps their queries share in
:mod:`~plantrack.assessment.sql.steps`) the figures of the blocks DuckDB read are handed to an
in-memory DuckDB connection once (``figures``, a view over the blocks' arrays: no Python object
a figure, no copy; and a ``series`` table) and one query a kind gives every area's numbers (a
table of results a kind). Which targets are SQL's is decided up front, a target at a time
(:meth:`SqlAssessment.takes`); the rest, and every reader of the report that wants
:class:`~plantrack.assessment.results.Result` objects, get Python's results as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, itemgetter
from typing import Any

from plantrack import duckdb_settings
from plantrack.assessment.series import SeriesIndex
from plantrack.assessment.sql import annual, change, cumulative, growth, level, steps
from plantrack.assessment.sql.working import Working
from plantrack.plans.model import Indicator, Plan, target_id

__all__ = ["SqlAssessment", "SqlRows"]

Constants = steps.GoalConstants  # each kind's Constants is one

#: The kinds SQL assesses: the module (``takes``, ``constants``, ``TARGET_COLUMNS``,
#: ``QUERY``), the table of its targets (the one its query reads) and the
#: table of its results.
_KINDS: tuple[tuple[Any, str, str], ...] = (
    (growth, "targets", "results"),
    (level, "level_targets", "level_results"),
    (change, "change_targets", "change_results"),
    # the cumulative and every-year kinds (their targets share cumulative's Constants)
    (cumulative, "cumulative_targets", "cumulative_results"),
    (annual, "annual_targets", "annual_results"),
)

#: With the working (JSON), SQL takes a target of at least this many areas: a query costs some
#: 25 ms however few its rows (DuckDB sets up the expressions of a result's text), and a kind's
#: notes are made once, while Python makes a result with its working in about 0.15 ms against
#: SQL's 0.035 ms: below it Python is the faster (docs/decisions/0004: the benchmark's 1/100
#: panel, 33 areas a target, took 1.5 s through SQL against 0.8 s).
WORKING_MIN_AREAS = 256

#: The columns a kind's results may not give (its query's own when it has them: a cumulative
#: total, an every-year target's years met and counted), NULL for the others: the CSV writer
#: reads them for every kind.
_OPTIONAL_COLUMNS = (("total", "DOUBLE"), ("met_years", "INTEGER"), ("counted_years", "INTEGER"))

_INDICATOR = itemgetter(0)  # of a series' key (indicator, area)


@dataclass(slots=True)
class SqlRows:
    """A target's results made by SQL: the rows of table ``table`` of ``con`` whose ``k`` is
    ``k``, one an area (``pos``: its place in ``areas``; the columns of
    :data:`plantrack.assessment.sql.growth.QUERY`, which every kind's query gives), and how
    many of each status."""

    con: Any
    table: str
    k: int
    areas: list[str]
    counts: dict[str, int]
    constants: Constants
    #: The kind's working (:mod:`~plantrack.assessment.sql.working`; None: not described), the
    #: table of its targets and the constants of each (by ``k``): what the JSON writer reads.
    working: Working | None = None
    targets: str = ""
    given: dict[int, Constants] = field(default_factory=dict)


@dataclass(slots=True)
class _Assessed:
    """A target SQL assessed: its number ``k`` in table ``table``, and what it shares."""

    k: int
    table: str
    constants: Constants
    areas: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    undefined: bool = False  # a number of some area left the doubles


class SqlAssessment:
    """The targets of one plan that SQL assesses, in the year ``as_of``."""

    def __init__(self, plan: Plan, index: SeriesIndex, as_of: int, working: bool = False) -> None:
        self.plan = plan
        self.index = index
        self.as_of = as_of
        self.working = working  # only the kinds whose working SQL writes (JSON) are taken
        self._con: Any = None
        self._given: dict[str, Any] | None = None  # the arrays the view ``figures`` reads
        self._made: dict[tuple[str, str], _Assessed] | None = None
        self._kinds: dict[str, tuple[Any, str]] = {}  # results table -> kind, targets table
        self._given_by_table: dict[str, dict[int, Constants]] = {}

    def takes(self, indicator: Indicator, target: Any) -> bool:
        """Whether SQL assesses ``target``: a kind and a shape SQL covers, and every one of its
        areas with a series DuckDB read whole or no figure at all (one of them a series); with
        the working, a target of :data:`WORKING_MIN_AREAS` areas or more."""
        if not _kind_of(self.plan, indicator, target, self.working):
            return False
        places = list(zip(repeat(indicator.id), target.areas or [self.plan.area]))
        if self.working and len(places) < WORKING_MIN_AREAS:
            return False
        return not self.index.any_grouped(places) and any(
            map(self.index.whole.__contains__, places)
        )

    def rows(self, indicator: Indicator, target: Any) -> SqlRows | None:
        """The target's results, one row an area; None when a number leaves the doubles in some
        area (Python would say the result is undefined: the target is then Python's). Every
        target SQL takes is assessed by one query, when the first is asked for."""
        if self._made is None:
            self._made = self._assess()
        made = self._made.get((indicator.id, self.target_id(indicator, target)))
        if made is None or made.undefined:
            return None
        con = self._connection()
        kind, targets = self._kinds[made.table]
        return SqlRows(
            con,
            made.table,
            made.k,
            made.areas,
            made.counts,
            made.constants,
            getattr(kind, "WORKING", None),
            targets,
            self._given_by_table[made.table],
        )

    def _assess(self) -> dict[tuple[str, str], _Assessed]:
        """Every target SQL takes, by (indicator, target id), assessed by one query a kind."""
        con = self._connection()
        made: dict[tuple[str, str], _Assessed] = {}
        for kind, targets, results in _KINDS:
            self._kinds[results] = (kind, targets)
            self._given_by_table[results] = given_by_k = {}
            given: list[list[Any]] = [[] for _ in kind.TARGET_COLUMNS]
            by_k: dict[int, _Assessed] = {}
            for indicator in self.plan.indicators:
                for target in indicator.targets:
                    if not kind.takes(self.plan, indicator, target) or not self.takes(
                        indicator, target
                    ):
                        continue
                    assessed = _Assessed(
                        len(by_k),
                        results,
                        kind.constants(self.plan, indicator, target),
                        list(target.areas or [self.plan.area]),
                    )
                    row = steps.target_row(
                        assessed.k, assessed.constants, self.as_of, indicator.id, assessed.areas
                    )
                    for column, value in zip(given, row, strict=True):
                        column.append(value)
                    given_by_k[assessed.k] = assessed.constants
                    by_k[assessed.k] = made[(indicator.id, self.target_id(indicator, target))] = (
                        assessed
                    )
            columns = ", ".join(
                f'unnest(?::{sql_type}[]) AS "{name}"' for name, sql_type in kind.TARGET_COLUMNS
            )
            con.execute(f"CREATE OR REPLACE TEMP TABLE {targets} AS SELECT {columns}", given)
            con.execute(f"CREATE OR REPLACE TEMP TABLE {results} AS {kind.QUERY}")
            for name, sql_type in _OPTIONAL_COLUMNS:
                con.execute(f"ALTER TABLE {results} ADD COLUMN IF NOT EXISTS {name} {sql_type}")
            for k, status, count, undefined in con.execute(
                f"SELECT k, status, count(*), bool_or(undefined) FROM {results} GROUP BY k, status"
            ).fetchall():
                by_k[k].counts[status] = count
                by_k[k].undefined |= bool(undefined)
        return made

    def target_id(self, indicator: Indicator, target: Any) -> str:
        return target_id(indicator, target, self.plan.area)

    def _connection(self) -> Any:
        """The connection, with the figures of the series SQL may assess (made once)."""
        if self._con is not None:
            return self._con
        import duckdb
        import numpy

        self._con = con = duckdb.connect(config=duckdb_settings.config())
        wanted = {
            indicator.id
            for indicator in self.plan.indicators
            for target in indicator.targets
            if _kind_of(self.plan, indicator, target, self.working)
        }
        # An indicator's series are numbered one after another (its figures are then near one
        # another once sorted by series: the JSON writer reads them an indicator at a time).
        # 166,050 series at the national panel: each list is made by map() and itemgetter or
        # attrgetter, with no Python function called a series.
        whole = self.index.whole
        keys = sorted(
            compress(whole, map(wanted.__contains__, map(_INDICATOR, whole))), key=_INDICATOR
        )
        blocks = list(map(whole.__getitem__, keys))
        indicators = list(map(_INDICATOR, keys))
        areas = list(map(itemgetter(1), keys))
        count = len(blocks)
        starts = numpy.fromiter(map(attrgetter("start"), blocks), numpy.int64, count)
        stops = numpy.fromiter(map(attrgetter("stop"), blocks), numpy.int64, count)
        in_file = list(map(attrgetter("columns"), blocks))
        files: dict[int, Any] = dict(zip(map(id, in_file), in_file, strict=True))
        numbers = numpy.arange(count)
        if len(files) > 1:  # the series of each file (its columns' id), when there are more
            file_of = numpy.fromiter(map(id, in_file), numpy.uint64, count)
        parts: list[tuple[Any, ...]] = []
        for ident, columns in files.items():
            # Each figure of a series numbered ``sid`` is marked ``sid``, the rest -1: the
            # series' slices do not overlap, so +(sid + 1) at each start and -(sid + 1) at each
            # stop, summed along the file, give sid + 1 inside a series and 0 outside.
            # A file's series start at distinct places and stop at distinct places: each index
            # is added to once a statement (no numpy.add.at); the sum made in 32 bits, in place
            # (a 64-bit sum and its copies cost 3 times the time at the national panel).
            mine = numbers if len(files) == 1 else (file_of == ident).nonzero()[0]
            marks = numpy.zeros(len(columns.years) + 1, dtype=numpy.int32)
            marks[starts[mine]] += (mine + 1).astype(numpy.int32)
            marks[stops[mine]] -= (mine + 1).astype(numpy.int32)
            sids = numpy.cumsum(marks[:-1], dtype=numpy.int32)
            sids -= 1
            parts.append(
                (
                    sids,
                    numpy.frombuffer(columns.years, dtype=numpy.uint16),
                    numpy.frombuffer(columns.values, dtype=numpy.float64),
                )
            )
        if len(parts) != 1:  # one file (the usual case): its arrays as they are, no copy
            empty = (numpy.zeros(0, "i4"), numpy.zeros(0, "u2"), numpy.zeros(0, "f8"))
            parts = [
                tuple(numpy.concatenate(column) for column in zip(*parts, strict=True))
                if parts
                else empty
            ]
        sids, years, values = parts[0]
        # A view over the arrays, not a copy of them in DuckDB (40 MB less at the national
        # panel's peak, the same time): they are kept, and the view read by each kind's query.
        self._given = {"sid": sids, "year": years, "value": values}
        con.register("figures_given", self._given)
        con.execute(
            "CREATE TEMP VIEW figures AS SELECT sid, year, value FROM figures_given WHERE sid >= 0"
        )
        # Handed over as arrays (a list as a parameter costs 0.3 s at the national panel).
        con.register(
            "series_given",
            {
                "sid": numpy.arange(len(indicators), dtype=numpy.int32),
                "indicator": numpy.array(indicators, dtype=object),
                "area": numpy.array(areas, dtype=object),
            },
        )
        con.execute("CREATE TEMP TABLE series AS SELECT sid, indicator, area FROM series_given")
        con.unregister("series_given")
        return con


def _kind_of(plan: Plan, indicator: Indicator, target: Any, working: bool = False) -> bool:
    """Whether the target is of a kind and a shape SQL covers (its areas aside; a rated
    indicator's figures are written as the levels of its scale: never SQL's); with ``working``,
    of a kind whose working SQL describes."""
    return indicator.rating_scale is None and any(
        kind.takes(plan, indicator, target) and (not working or hasattr(kind, "WORKING"))
        for kind, _, _ in _KINDS
    )
