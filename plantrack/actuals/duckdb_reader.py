"""Large long-form CSV files read by DuckDB: the row reader's results, in SQL.

A national panel is millions of rows of ``indicator, area, year, value``; the row reader spends
about 45 µs on each. DuckDB reads such a file in C++ and gives, per series (one plan's indicator
in one area), the years, values and lines of its figures (docs/decisions/0003-columnar-engine.md).

The rule of what DuckDB reads is decided before it makes a figure, and it takes a file **whole
or not at all**: :mod:`plantrack.actuals.read` offers it a file (by size, or ``--engine``); its
header must be a long layout of the roles in :data:`ROLES` with no unit line, in UTF-8
(:func:`eligible`); then one first pass over the file (:meth:`Engine.first_pass`) checks that
every row is what the row reader would turn into one final figure and nothing else:

- lines all ended by LF or all by CRLF, without a quote mark or a NUL byte after the header
  (:func:`_line_ends`, one pass over the bytes, which also counts the rows and bytes to come);
- as many fields as the header, no blank line and no line longer than a field may be: every
  row and every byte of the file accounted for in what DuckDB read (a trailing delimiter it
  would drop silently shows as bytes missing);
- labels that lead to exactly one quantitative indicator of one plan, with no unit in the label
  (:meth:`~plantrack.actuals.routing.FileRouting.series_indicator`), routed as the row reader
  routes them, each series written with one label triple;
- a four-digit year in range; a plain number (digits, an optional leading minus, at most one
  decimal mark) that does not read two ways (``6.794``), all of the file's in one decimal mark;
- no year twice in a series, and every value within its unit's range.

A file that fails any of these is read by the row reader, once, as any other file; so is one
that shares a series with another data file (:func:`plantrack.actuals.read.read_actuals` decides
that across files before DuckDB makes a figure). DuckDB reads the file once, with its CSV scan
on every CPU and no quoting, into a table of each row's labels, year and value (its row id is
the row's place after the header: DuckDB keeps a table in the order it was written); the first
pass groups it into series and checks them (:meth:`Engine.first_pass`), then the figures are
taken from it and it is dropped (:meth:`Engine.blocks`). DuckDB is imported only here, inside
functions, and only when a file is offered to it: the everyday check never loads it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plantrack import duckdb_settings
from plantrack.actuals.figures import decide_decimal
from plantrack.actuals.layout import Header
from plantrack.actuals.routing import FileRouting
from plantrack.actuals.table import MAX_FIELD, CsvRows, Table, text
from plantrack.numbers.parse import DecimalMark
from plantrack.observations import Columns, SeriesBlock

__all__ = ["ENGINE_MIN_BYTES", "Engine", "FirstPass", "eligible", "offered"]

#: ``--engine auto`` offers DuckDB the files of at least this size (about 12,000 rows of a
#: panel); smaller files are read faster by the row reader than DuckDB is imported.
ENGINE_MIN_BYTES = 256 * 1024
#: The header roles a file may have to be read by DuckDB.
ROLES = frozenset({"indicator", "area", "year", "value", "plan", "stt"})

_PLAIN = r"-?[0-9]+([.,][0-9]+)?"
_TWO_WAYS = r"-?[1-9][0-9]{0,2}[.,][0-9]{3}"
_COLUMN_NUMBER = re.compile(r"^\(?(?:[0-9]{1,2}|[A-Za-z])\)?$")


def offered(path: str, engine: str) -> bool:
    """Whether a data file is offered to DuckDB: ``engine`` is ``python`` (never), ``duckdb``
    (every file but standard input) or ``auto`` (files of :data:`ENGINE_MIN_BYTES` or more)."""
    if engine == "python" or path == "-":
        return False
    if engine == "duckdb":
        return True
    try:
        return Path(path).stat().st_size >= ENGINE_MIN_BYTES
    except OSError:
        return False


def eligible(table: Table, header: Header) -> bool:
    """Whether DuckDB may read the rows after ``header``: a long CSV file in UTF-8 whose
    columns are among :data:`ROLES`, with no unit line."""
    return (
        isinstance(table.rows, CsvRows)
        and table.encoding in ("utf-8", "utf-8-sig")
        and not table.encoding_guessed
        and header.layout == "long"
        and not header.unit
        and set(header.roles) <= ROLES
        and (header.delimiter or ",") in (",", ";", "\t")
    )


@dataclass(slots=True)
class FirstPass:
    """A file DuckDB can read whole: its rows, series and decimal mark (no figure made yet)."""

    table: str
    path: str
    rows: int
    decimal: DecimalMark | None
    #: The header's lines: a row's line is its place in the table past them.
    skip: int
    #: (plan, indicator, area) of each series, the area being the plan's own when the rows
    #: name none: how figures of two files are told apart (:meth:`Engine.keys`, asked only
    #: when another file may share a series).
    known: set[tuple[str, str, str]] | None = None


class Engine:
    """One DuckDB connection for a run of :func:`plantrack.actuals.read.read_actuals`."""

    def __init__(self) -> None:
        self._con: Any = None
        self._temp: str | None = None
        self._tables = 0
        #: Why DuckDB could not be used, when it could not (not installed, its library not
        #: loaded, no connection): the row reader read the files offered to it instead.
        self.unavailable: str | None = None

    @property
    def con(self) -> Any:
        if self._con is None:
            import duckdb  # only when a file is offered to it

            if self._temp is None:  # made once, even when connecting failed
                self._temp = tempfile.mkdtemp(prefix="plantrack-duckdb-")
            self._con = duckdb.connect(
                config=duckdb_settings.config(
                    temp_directory=self._temp,
                    preserve_insertion_order=True,  # lines: row_number() OVER ()
                    # The file's scan is estimated at a few rows: left to itself, DuckDB would
                    # build a join's hash table on its millions of rows, not on the series.
                    disabled_optimizers="build_side_probe_side",
                )
            )
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    # ----------------------------------------------------------------------------------------
    # The first pass: whether the file is DuckDB's

    def first_pass(
        self,
        path: str,
        shown: str,
        header: Header,
        routing: FileRouting,
        years: tuple[int, int],
        option: DecimalMark | None,
    ) -> FirstPass | None:
        """Load the rows after ``header`` and check the rule of the module; the file's
        :class:`FirstPass`, or None when the row reader must read it."""
        source = _source(path)
        if source is None:
            return None  # a name DuckDB would read as a pattern of names
        skip = int(header.lines[-1])
        # Every file is kept open from its header on: with as many files as the process may
        # hold open, neither this file nor DuckDB's library can be opened. The row reader
        # reads the file by the handle it has.
        try:
            import duckdb
        except (ImportError, OSError) as error:  # not installed; no file free to load it
            self.unavailable = str(error)
            return None
        try:
            ends = _line_ends(path, skip)
        except OSError:
            return None
        if ends is None:
            return None  # a quote mark or NUL, lone carriage returns, lines ended both ways
        try:
            con = self.con
        except (duckdb.Error, OSError) as error:
            self.unavailable = str(error)
            return None
        self._tables += 1
        name = f"rows{self._tables}"
        width = int(header.width)
        fields = {role: f"coalesce(c{column + 1}, '')" for role, column in header.roles.items()}
        y, v = fields["year"], fields["value"]
        delimiter = header.delimiter or ","  # "," ";" or a tab (eligible): a safe literal
        low, high = (int(year) for year in years)
        quoted = "'" + source.replace("'", "''") + "'"
        columns = ", ".join(f"'c{column}': 'VARCHAR'" for column in range(1, width + 1))
        size = " + ".join(f"strlen(coalesce(c{column}, ''))" for column in range(1, width + 1))
        try:
            # DuckDB's CSV scan, on every CPU: a table keeps the file's order (its rowid is
            # the row's place after the header). A line longer than a field may be, or of
            # another width than the header, is an error: the row reader reads the file.
            con.execute(
                f"""CREATE TEMP TABLE {name}_r AS SELECT
                    {fields.get("indicator", "''")} AS i, {fields.get("area", "''")} AS a,
                    {fields.get("plan", "''")} AS p,
                    CASE WHEN regexp_full_match({y}, '[0-9]{{4}}')
                              AND TRY_CAST({y} AS INTEGER) BETWEEN {low} AND {high}
                         THEN {y}::USMALLINT END AS year,
                    CASE WHEN regexp_full_match({v}, '{_PLAIN}')
                              AND NOT regexp_full_match({v}, '{_TWO_WAYS}')
                         THEN TRY_CAST(replace({v}, ',', '.') AS DOUBLE) + 0.0 END AS value,
                    CASE WHEN contains({v}, '.') THEN 1 WHEN contains({v}, ',') THEN 2
                         ELSE 0 END::UTINYINT AS mark,
                    ({size})::UINTEGER AS bytes
                FROM read_csv({quoted}, columns = {{{columns}}}, header = false,
                    skip = {skip}, auto_detect = false, delim = '{delimiter}', quote = '',
                    escape = '', strict_mode = true,
                    max_line_size = {MAX_FIELD})"""
            )
        except duckdb.Error:  # not readable so: the row reader says why
            self._forget(name)
            return None
        try:
            first = self._check(name, shown, routing, years, option, ends, width)
        except duckdb.Error:  # out of memory, say: the row reader reads the file
            first = None
        if first is None:
            self._forget(name)
        return first

    def _check(
        self,
        name: str,
        shown: str,
        routing: FileRouting,
        years: tuple[int, int],
        option: DecimalMark | None,
        ends: _Ends,
        width: int,
    ) -> FirstPass | None:
        """The rule of the module over the rows of table ``{name}_r`` (``ends`` tells how
        many rows and bytes the file has after its header)."""
        con = self.con
        # A label triple a row, in the order of their first rows: the rowid of table ``_t``
        # numbers the series (a sort of 166,050 rows here, not a window over them later).
        con.execute(
            f"""CREATE TEMP TABLE {name}_t AS
            SELECT i, a, p, min(rowid) AS first, count(*) AS n,
                   bit_count(bitstring_agg(year, ?, ?)) AS years,
                   count(value) AS numbers, bool_or(isinf(value)) AS inf,
                   min(value) AS low, max(value) AS high,
                   count(*) FILTER (WHERE year IS NULL OR value IS NULL) AS bad,
                   count(*) FILTER (WHERE mark = 1) AS points,
                   count(*) FILTER (WHERE mark = 2) AS commas,
                   sum(bytes) AS bytes
            FROM {name}_r GROUP BY i, a, p ORDER BY first""",
            list(years),
        )
        bad, points, commas, count, size = con.execute(
            f"SELECT sum(bad), sum(points), sum(commas), sum(n), sum(bytes) FROM {name}_t"
        ).fetchone()
        if bad or not count or count != ends.rows or size != ends.fields(width):
            return None  # a line DuckDB saw as the file does not, or a byte it did not keep
        decision = decide_decimal([], option, {"point": points, "comma": commas})
        if (points and decision.mark != "point") or (commas and decision.mark != "comma"):
            return None  # the row reader refuses figures written the other way
        if not self._series(name, routing):
            return None
        return FirstPass(name, shown, count, decision.mark, ends.skip)

    def _series(self, name: str, routing: FileRouting) -> bool:
        """The series of the file's rows, numbered in the order of their first rows (table
        ``{name}_k``, one row per distinct label triple); False when a row does not lead to one
        series routed as the row reader routes it (a plan or area cell of white space only
        included: the tables compare the cells as written, ``a <> ''`` and ``p = ''``, the row
        reader stripped), a series is written with two label triples, or has a year twice or a
        value outside its unit's range."""
        con = self.con
        labels: list[list[Any]] = [[] for _ in range(8)]
        for label, plan, has_area in con.execute(
            f"SELECT DISTINCT i, p, a <> '' FROM {name}_t"
        ).fetchall():
            clean, named = _text(label), _text(plan)
            found = (
                None  # a plan cell of white space names no plan: the row reader strips it
                if not clean or _COLUMN_NUMBER.match(clean) or (plan and not named)
                else routing.series_indicator(clean, named, has_area)
            )
            if found is None:
                return False
            row = (label, plan, has_area, found.plan, found.plan_area, found.indicator)
            for column, item in zip(labels, (*row, found.minimum, found.maximum), strict=True):
                column.append(item)
        areas: list[list[str]] = [[], [], []]
        for (area,) in con.execute(f"SELECT DISTINCT a FROM {name}_t WHERE a <> ''").fetchall():
            ids = routing.series_areas(_text(area)) if _text(area) else None
            if ids is None:  # an area cell of white space (no area) too: `a <> ''` said one
                return False
            for plan, ident in ids.items():
                for column, item in zip(areas, (area, plan, ident), strict=True):
                    column.append(item)
        con.execute(
            f"""CREATE TEMP TABLE {name}_l AS SELECT
                unnest(?::VARCHAR[]) AS i, unnest(?::VARCHAR[]) AS p, unnest(?::BOOLEAN[]) AS e,
                unnest(?::VARCHAR[]) AS plan, unnest(?::VARCHAR[]) AS plan_area,
                unnest(?::VARCHAR[]) AS ind, unnest(?::DOUBLE[]) AS lo, unnest(?::DOUBLE[]) AS hi""",
            labels,
        )
        con.execute(
            f"""CREATE TEMP TABLE {name}_a AS SELECT unnest(?::VARCHAR[]) AS a,
            unnest(?::VARCHAR[]) AS plan, unnest(?::VARCHAR[]) AS area""",
            areas,
        )
        # One row a row of ``_t`` (one label row each, one area row at most: one per plan), so
        # its rowid numbers the series 0, 1, ... in the order of their first rows.
        con.execute(
            f"""CREATE TEMP TABLE {name}_k AS
            SELECT t.rowid::UINTEGER AS sid, t.i, t.a, t.p,
                   l.plan, l.ind, CASE WHEN t.a = '' THEN l.plan_area ELSE x.area END AS area,
                   CASE WHEN t.a = '' OR x.area = l.plan_area THEN NULL ELSE x.area END AS own,
                   t.a = '' AND t.p = '' AS by_file,
                   t.n <> t.years OR t.numbers < t.n OR t.inf OR coalesce(t.low < l.lo, false)
                       OR coalesce(t.high > l.hi, false) AS fails
            FROM {name}_t t JOIN {name}_l l ON t.i = l.i AND t.p = l.p AND (t.a <> '') = l.e
            LEFT JOIN {name}_a x ON t.a = x.a AND x.plan = l.plan"""
        )
        con.execute(f"DROP TABLE {name}_t; DROP TABLE {name}_l; DROP TABLE {name}_a")
        fails, unrouted, triples, series, by_file = con.execute(
            f"""SELECT count(*) FILTER (WHERE fails), count(*) FILTER (WHERE area IS NULL),
                count(*), count(DISTINCT (plan, ind, area)), bool_or(by_file)
            FROM {name}_k"""
        ).fetchone()
        if fails or unrouted or triples != series:  # a series written two ways: the row reader
            return False
        plans = {
            row[0]
            for row in con.execute(
                f"SELECT DISTINCT plan FROM {name}_k WHERE NOT by_file"
            ).fetchall()
        }
        return routing.routed_alike(plans, bool(by_file))

    def keys(self, first: FirstPass) -> set[tuple[str, str, str]]:
        """The keys of a file's series (:attr:`FirstPass.known`), fetched once."""
        if first.known is None:
            first.known = set(
                self.con.execute(f"SELECT plan, ind, area FROM {first.table}_k").fetchall()
            )
        return first.known

    # ----------------------------------------------------------------------------------------
    # The figures

    def blocks(self, first: FirstPass) -> list[SeriesBlock]:
        """The figures of a file DuckDB reads, one block per series in the order of their
        first rows, each block's figures in the order of their lines."""
        import numpy

        name = first.table
        con = self.con
        # The figures were made by the first pass; sorted here, not by DuckDB (whose sort
        # would hold the rows twice over).
        found = con.execute(
            f"""SELECT k.sid, r.year, r.value, (r.rowid + {first.skip + 1})::UINTEGER AS line
            FROM {name}_r r JOIN {name}_k k USING (i, a, p)"""
        ).fetchnumpy()
        plans, indicators, owns = self._labels(name)
        self.drop(first)
        order = numpy.lexsort((found["line"], found["sid"]))
        columns = Columns(
            first.path,
            _array("H", found.pop("year")[order]),
            _array("d", found.pop("value")[order]),
            _array("I", found.pop("line")[order]),
        )
        sids = found.pop("sid")[order]
        starts = [0, *((sids[1:] != sids[:-1]).nonzero()[0] + 1).tolist()]
        stops = [*starts[1:], len(sids)]
        return [
            SeriesBlock(plan, indicator, own, columns, start, stop)
            for plan, indicator, own, start, stop in zip(
                plans, indicators, owns, starts, stops, strict=True
            )
        ]

    def _labels(self, name: str) -> tuple[list[str], list[str], list[str | None]]:
        """Each series' plan, indicator and area of its own (None: the plan's), in the order of
        ``sid``: one string for each distinct label, not one a series (166,050 series share 50
        indicators and 3,321 areas), by their numbers in tables ``{name}_n`` and ``{name}_o``
        (numbered by rowid; 0 is no area of its own)."""
        import numpy

        con = self.con
        con.execute(
            f"""CREATE TEMP TABLE {name}_n AS SELECT DISTINCT plan, ind FROM {name}_k;
            CREATE TEMP TABLE {name}_o AS SELECT DISTINCT own FROM {name}_k WHERE own IS NOT NULL"""
        )
        labels = con.execute(f"SELECT plan, ind FROM {name}_n ORDER BY rowid").fetchall()
        areas = con.execute(f"SELECT own FROM {name}_o ORDER BY rowid").fetchall()
        found = con.execute(
            f"""SELECT k.sid, n.rowid::UINTEGER AS label, coalesce(o.rowid + 1, 0)::UINTEGER AS own
            FROM {name}_k k JOIN {name}_n n USING (plan, ind) LEFT JOIN {name}_o o USING (own)"""
        ).fetchnumpy()
        label, own = numpy.empty((2, len(found["sid"])), numpy.uint32)
        label[found["sid"]] = found["label"]
        own[found["sid"]] = found["own"]
        numbers = label.tolist()
        return (
            list(map([plan for plan, _ in labels].__getitem__, numbers)),
            list(map([indicator for _, indicator in labels].__getitem__, numbers)),
            list(map([None, *(area for (area,) in areas)].__getitem__, own.tolist())),
        )

    def drop(self, first: FirstPass) -> None:
        """Forget a file's tables (read, or left to the row reader after all)."""
        self._forget(first.table)

    def _forget(self, name: str) -> None:
        self.con.execute(
            "; ".join(
                f"DROP TABLE IF EXISTS {name}{part}"
                for part in ("_r", "_t", "_l", "_a", "_k", "_n", "_o")
            )
        )


@dataclass(frozen=True, slots=True)
class _Ends:
    """What the bytes of a file say of its rows after the header (:func:`_line_ends`)."""

    #: Lines ended by CR LF (else by LF).
    crlf: bool
    #: The header's lines, skipped.
    skip: int
    #: Lines after the header.
    rows: int
    #: Bytes after the header, and the line ends among them.
    size: int
    ends: int

    def fields(self, width: int) -> int:
        """The bytes of the fields of rows ``width`` fields wide, as DuckDB must read them:
        the bytes after the header but the line ends and the delimiters (one byte each)."""
        return self.size - self.ends * (1 + self.crlf) - self.rows * (width - 1)


def _line_ends(path: str, skip: int = 0) -> _Ends | None:
    """How the file ends its lines, how many it has after its first ``skip`` lines (the
    header) and how many bytes, from one pass over its bytes; None when DuckDB's CSV scan could
    not read its rows as the row reader does: a carriage return not before a line feed (DuckDB
    ends a line there), lines ended both ways (its strict scan refuses them), a quote mark or a
    NUL byte after the header (the row reader reads quoted fields; DuckDB is told there are
    none)."""
    feeds = returns = pairs = size = 0
    after_return = False
    last = b""
    with Path(path).open("rb") as handle:
        for _ in range(skip):
            line = handle.readline()
            feeds += line.endswith(b"\n")
            returns += line.count(b"\r")
            pairs += line.endswith(b"\r\n")
            last = line[-1:] or last
        head = feeds
        while chunk := handle.read(1 << 20):
            if b'"' in chunk or b"\x00" in chunk:
                return None
            size += len(chunk)
            feeds += chunk.count(b"\n")
            if b"\r" in chunk:  # counted only when there is one (a search, not two counts)
                returns += chunk.count(b"\r")
                pairs += chunk.count(b"\r\n")
            pairs += after_return and chunk[:1] == b"\n"
            after_return = chunk[-1:] == b"\r"
            last = chunk[-1:]
    if returns and not returns == pairs == feeds:
        return None
    lines = feeds + (last not in (b"", b"\n"))
    return _Ends(bool(returns), skip, max(lines - skip, 0), size, feeds - head)


def _source(path: str) -> str | None:
    """The path DuckDB is given for the file at ``path``: absolute, so that DuckDB reads no
    other file than Python opens (it reads ``~/x.csv`` in the home folder, not in a folder
    ``~``, and would take ``s3://...`` for a URL); None when it has a character of DuckDB's glob
    patterns, ``*``, ``?`` or ``[`` (``data[1].csv`` names ``data1.csv``), which no path can
    escape: the row reader reads the file."""
    source = str(Path(path).absolute())
    return None if any(mark in source for mark in "*?[") else source


def _array(code: str, values: Any) -> array[Any]:
    kept: array[Any] = array(code)
    kept.frombytes(memoryview(values).cast("B"))  # a contiguous numpy array, same item type
    return kept


def _text(value: str) -> str:
    return value.strip() if value.isascii() else text(value)
