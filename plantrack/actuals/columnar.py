"""Long CSV files read column-wise: the row reader's results at a fraction of its cost.

A national panel is millions of rows of ``indicator, area, year, value``. Reading each row into
cells, an entry and an observation costs tens of microseconds and about a kilobyte a row; this
module reads such files in chunks of rows and does the work a column at a time, with operations
that run in C (``csv.reader``, ``map``, ``str.join``, one regular expression over a chunk's
values, ``float``), keeping each figure as a year, a value and a line in arrays (about 20 bytes).

It takes a file only when the row reader would make nothing of a row but its indicator, area,
plan, year and value: a long CSV file whose columns are among indicator, area, year, value,
plan and STT (and a note column when fields are not separated by commas), with no unit line.
Within such a file a row is read here when

- it has as many fields as the header;
- its indicator, area and plan lead to exactly one indicator of one plan, a quantitative one,
  with no unit written in the label;
- its year is a year; and its value is a plain number: digits, an optional leading minus and at
  most one decimal mark (``1234.5``, ``45,5``, ``6794``), not a number that reads two ways
  (``6.794``).

Every other row is handed back to the row reader, as it is. A series (one plan's indicator in
one area) is read one way or the other, never both: a series whose figures need the row reader
after all (two figures for a year, a value out of the unit's range, a figure for it from a row
the row reader read, or from another file) is *demoted*, and its lines are read again by the row
reader, which then reports exactly what it always reports. The decimal mark is decided from all
of the file's numbers together, the row reader's and these (:meth:`ColumnarFile.votes`).
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, islice, repeat
from operator import ge, ne, or_, sub
from typing import Any

from plantrack.actuals.layout import Header, read_year
from plantrack.actuals.table import MAX_FIELD, Cell, CsvRows, Row, Table, text
from plantrack.observations import Columns, SeriesBlock

#: Rows read and checked together (when the ``csv`` module reads them).
CHUNK = 1 << 14
#: Characters of text read and split together.
TEXT_CHUNK = 1 << 20
#: Series ids and line numbers are kept in 4-byte arrays (``"I"``): 20 MB less for a
#: national panel than 8-byte ones. A file with more lines is read by the row reader.
_LAST_LINE = (1 << 32) - 1
#: The header roles a file may have to be read here.
ROLES = frozenset({"indicator", "area", "year", "value", "plan", "stt"})

_SLOW = -1
_OTHER_CHARACTER = re.compile(r"[^0-9.,\n-]")
_THREE_DECIMALS = re.compile(r"[.,][0-9]{3}(?:\n|\Z)")
#: A plain number that reads two ways: one to three digits, a mark, three digits.
_TWO_WAYS = re.compile(r"(?:^|\n)-?[1-9][0-9]{0,2}[.,][0-9]{3}(?=\n|\Z)")
_PLAIN = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")
_COLUMN_NUMBER = re.compile(r"^\(?(?:[0-9]{1,2}|[A-Za-z])\)?$")


@dataclass(frozen=True, slots=True)
class Series:
    """Where one series' figures go: the plan, the indicator and the area (None: the plan's)."""

    plan: str
    indicator: str
    area: str | None
    minimum: float | None
    maximum: float | None
    #: (plan, indicator, area), the area being the plan's own area when ``area`` is None: how
    #: figures are told apart when duplicates and conflicts are looked for.
    key: tuple[str, str, str]
    #: The row names no plan and no area of one: it goes to the plan of its file
    #: (:mod:`plantrack.actuals.routing`).
    by_file: bool = False


#: What :func:`ColumnarFile` asks of the router about a label: the series a row with this
#: indicator, area and plan goes to, or None when the row reader must read it
#: (:meth:`plantrack.actuals.routing.FileRouting.series`).
Resolve = Callable[[str, str, str], "Series | None"]


def eligible(table: Table, header: Header) -> bool:
    """Whether this module can read the rows after ``header``."""
    if not isinstance(table.rows, CsvRows) or header.layout != "long" or header.unit:
        return False
    allowed = ROLES if header.delimiter == "," else ROLES | {"note"}
    return set(header.roles) <= allowed


class Fallback(Exception):
    """The file is better read by the row reader from the start (a CSV error in it)."""


def _all_plain(joined: str) -> bool:
    """Whether every value in ``joined`` (values joined by newlines) is a plain number: digits,
    an optional leading minus, at most one decimal mark with digits on both sides. (Two marks
    in one value are left to ``float``, which refuses them.)"""
    if not joined or _OTHER_CHARACTER.search(joined):
        return False
    if "\n\n" in joined or joined[0] == "\n" or joined[-1] in "\n-.,":
        return False
    minus = joined.count("-")
    if minus and minus != joined.count("\n-") + (joined[0] == "-"):
        return False  # a minus inside a value
    return (
        not any(
            pair in joined
            for pair in ("-\n", "-.", "-,", "\n.", "\n,", ".\n", ",\n", "..", ",,", ".,", ",.")
        )
        and joined[0] not in ".,"
    )


class ColumnarFile:
    """The figures of one file read column-wise, and the rows given back to the row reader."""

    def __init__(self, path: str, header: Header, resolve: Resolve, years: tuple[int, int]):
        self.path = path
        self.header = header
        self.resolve = resolve
        self.year_range = years
        roles = header.roles
        self.width = header.width
        self._key_cols = [roles[r] for r in ("indicator", "area", "plan") if r in roles]
        self._has_area = "area" in roles
        self._has_plan = "plan" in roles
        self._year_col = roles["year"]
        self._value_col = roles["value"]
        self.series: list[Series] = []
        #: The id of each series, by its key (plan, indicator, area).
        self.index: dict[tuple[str, str, str], int] = {}
        self._slots: dict[tuple[str, ...], int] = {}
        self._years = _year_texts(years)
        self.sids: array[int] = array("I")
        self.years: array[int] = array("H")
        self.values: array[float] = array("d")
        self.lines: array[int] = array("I")
        self.points = 0  # figures written with a decimal point
        self.commas = 0  # and with a decimal comma
        self.demoted: set[int] = set()  # lines the row reader must read again
        #: Series with rows routed by their own labels (a plan column, a named area), and by
        #: the plan of the file.
        self._by_labels: set[int] = set()
        self._by_file: set[int] = set()
        self._runs: dict[int, tuple[int, int]] = {}

    # ----------------------------------------------------------------------------------------
    # Reading

    def take(self, first: list[Row], rows: CsvRows, slow: Callable[[Row], None]) -> None:
        """Read the rows ``first`` (already read, after the header) and the rest of ``rows``;
        each row this module does not take goes to ``slow``.

        Text without quote marks is split into fields directly (one line is one record, and
        splitting on the delimiter is what the ``csv`` module would do); from the first quote
        mark on, the ``csv`` module reads the records. A CSV error, an undecodable byte or an
        over-long field raises :class:`Fallback`: the row reader then reads the file again,
        keeps the rows before the problem and says where it is.
        """
        if first:
            self._records([[cell.text for cell in row.cells] for row in first], first, slow)
        if rows.done:
            return
        try:
            self._rest(rows, slow)
        finally:
            rows.close()

    def _rest(self, rows: CsvRows, slow: Callable[[Row], None]) -> None:
        rows.reader  # opens the file  # noqa: B018
        stream = rows.stream
        delimiter = rows.delimiter
        line = rows.line
        tail = ""
        while True:
            try:
                text = stream.read(TEXT_CHUNK)
            except UnicodeError:
                raise Fallback from None
            if not text:
                break
            text = tail + text
            cut = text.rfind("\n")
            if cut < 0:
                if len(text) > MAX_FIELD:
                    raise Fallback
                tail = text
                continue
            body, tail = text[:cut], text[cut + 1 :]
            if body.endswith("\r"):  # the last line ended with CR LF
                body = body[:-1]
            if "\r" in body:
                body = body.replace("\r\n", "\n")
            if '"' in body or "\r" in body or "\x00" in body:
                try:
                    text += stream.readline()  # to the end of its last line
                except UnicodeError:
                    raise Fallback from None
                self._csv(itertools.chain(io.StringIO(text, newline=""), stream), line, slow)
                return
            line = self._text(body, line, delimiter, slow)
        if tail:  # the last line, without a line end
            if '"' in tail or "\r" in tail or "\x00" in tail:
                self._csv(io.StringIO(tail, newline=""), line, slow)
            else:
                self._text(tail, line, delimiter, slow)

    def _csv(self, lines: Iterator[str], line: int, slow: Callable[[Row], None]) -> None:
        """Read records with the ``csv`` module from ``lines``, the first at ``line``."""
        reader = csv.reader(lines, delimiter=self.header.delimiter or ",")
        done = 0  # the reader's line count after the previous chunk
        while True:
            try:
                chunk = list(islice(reader, CHUNK))
            except (csv.Error, UnicodeError):
                raise Fallback from None
            if not chunk:
                return
            read = reader.line_num - done
            if read == len(chunk):  # one line a record
                numbers: list[int] | range = range(line, line + read)
            else:
                numbers = _lines(chunk, line)
            self._records(chunk, numbers, slow)
            line += read
            done = reader.line_num

    def _text(self, body: str, line: int, delimiter: str, slow: Callable[[Row], None]) -> int:
        """Split ``body`` (lines without quote marks, the first at ``line``); the next line."""
        texts = body.split("\n")
        count = len(texts)
        width = self.width
        if max(map(len, texts)) > MAX_FIELD:
            raise Fallback  # the row reader reports the field that is too long
        if set(map(str.count, texts, repeat(delimiter))) == {width - 1}:
            flat = body.replace("\n", delimiter).split(delimiter)
            self._columns(flat, range(line, line + count), slow)
            return line + count
        good: list[str] = []
        numbers: list[int] = []
        for i, text_line in enumerate(texts):
            if text_line.count(delimiter) == width - 1:
                good.append(text_line)
                numbers.append(line + i)
            else:
                slow(_row(line + i, text_line.split(delimiter) if text_line else []))
        if good:
            self._columns(delimiter.join(good).split(delimiter), numbers, slow)
        return line + count

    def _records(self, records: list[list[str]], lines: Any, slow: Callable[[Row], None]) -> None:
        """Records read by the ``csv`` module (or rows already read), at ``lines``."""
        numbers = [row.line for row in lines] if lines and isinstance(lines[0], Row) else lines
        width = self.width
        if set(map(len, records)) != {width}:
            keep = [i for i, record in enumerate(records) if len(record) == width]
            for i, record in enumerate(records):
                if len(record) != width:
                    slow(_row(numbers[i], record))
            records = [records[i] for i in keep]
            numbers = [numbers[i] for i in keep]
        if records:
            self._columns(list(itertools.chain.from_iterable(records)), numbers, slow)

    def _columns(
        self, flat: list[str], lines: list[int] | range, slow: Callable[[Row], None]
    ) -> None:
        """The records ``flat`` (``width`` fields each, one after another) at ``lines``."""
        width = self.width
        sids = self._sids([flat[col::width] for col in self._key_cols])
        years = self._years_of(flat[self._year_col :: width])
        values = flat[self._value_col :: width]
        joined = "\n".join(values)
        bad: set[int] = set()
        if joined.count("\n") != len(values) - 1:  # a quoted value with a line break in it
            bad.update(i for i, value in enumerate(values) if "\n" in value)
            values = ["" if i in bad else value for i, value in enumerate(values)]
            joined = "\n".join(values)
        if _THREE_DECIMALS.search(joined):
            for found in _TWO_WAYS.finditer(joined):
                bad.add(joined.count("\n", 0, found.end()))
        numbers = None
        plain = _all_plain(joined)
        if plain and not bad:
            try:
                numbers = _numbers(values, joined)
            except ValueError:  # two marks in a value: 1.234.5
                plain = False
        if not plain or bad:
            bad.update(i for i, value in enumerate(values) if not _PLAIN.fullmatch(value))
        if bad or _SLOW in sids or _SLOW in years:
            keep = [
                i
                for i in range(len(values))
                if sids[i] != _SLOW and years[i] != _SLOW and i not in bad
            ]
            taken = set(keep)
            for i in range(len(values)):
                if i not in taken:
                    slow(_row(lines[i], flat[i * width : (i + 1) * width]))
            if not keep:
                return
            sids = [sids[i] for i in keep]
            years = [years[i] for i in keep]
            values = [values[i] for i in keep]
            lines = [lines[i] for i in keep]
            joined = "\n".join(values)
            numbers = _numbers(values, joined)
        assert numbers is not None
        if lines[-1] > _LAST_LINE:
            raise Fallback  # line numbers are kept in 4 bytes; the row reader counts further
        self.sids.extend(sids)
        self.years.extend(years)
        self.lines.extend(lines)
        self.values.extend(numbers)
        self.points += joined.count(".")
        self.commas += joined.count(",")

    def _sids(self, columns: list[list[str]]) -> list[int]:
        """The series of each record, from its indicator, area and plan columns. Records of a
        series usually come together: then the key is looked up once a run of records."""
        slots = self._slots
        count = len(columns[0])
        if count > 16:
            changes = [map(ne, column[1:], column[:-1]) for column in columns]
            changed = changes[0]
            for more in changes[1:]:
                changed = map(or_, changed, more)
            starts = [0, *itertools.compress(range(1, count), changed)]
            if len(starts) * 4 <= count:
                firsts = list(
                    zip(*[map(column.__getitem__, starts) for column in columns], strict=True)
                )
                for key in dict.fromkeys(firsts):  # not set - keys(): that walks every key
                    if key not in slots:
                        slots[key] = self._slot(key)
                lengths = map(sub, [*starts[1:], count], starts)
                return list(
                    chain.from_iterable(map(repeat, map(slots.__getitem__, firsts), lengths))
                )
        keys = list(zip(*columns, strict=True))
        for key in dict.fromkeys(keys):
            if key not in slots:
                slots[key] = self._slot(key)
        return list(map(slots.__getitem__, keys))

    def _years_of(self, raw: list[str]) -> list[int]:
        """The years of a column (``_SLOW`` for a text that is not a year in range), looked up
        by their text: the years in range are known before the first row."""
        known = self._years
        years = list(map(known.get, raw))
        if None in years:
            for text_year in dict.fromkeys(raw):
                if text_year not in known:
                    known[text_year] = self._year(text_year)
            years = list(map(known.__getitem__, raw))
        return years  # type: ignore[return-value]  # no None left

    def _slot(self, key: tuple[str, ...]) -> int:
        label = _text(key[0])
        area = _text(key[1]) if self._has_area else ""
        plan = _text(key[-1]) if self._has_plan else ""
        if not label or _COLUMN_NUMBER.match(label):
            return _SLOW
        series = self.resolve(label, area, plan)
        if series is None:
            return _SLOW
        sid = self.index.get(series.key)
        if sid is None:
            sid = self.index[series.key] = len(self.series)
            self.series.append(series)
        (self._by_file if series.by_file else self._by_labels).add(sid)
        return sid

    def _year(self, raw: str) -> int:
        year = read_year(Cell(_text(raw)))
        low, high = self.year_range
        return year if year is not None and low <= year <= high else _SLOW

    # ----------------------------------------------------------------------------------------
    # After the last row

    def finish(self) -> None:
        """Put each series' figures together, and demote the series the row reader must read:
        two figures for one year, a value outside the unit's range.

        The checks are made over whole columns first, so that the loop over the series (166,050
        in a national panel) looks closely only at those that may fail: a series whose years
        rise from figure to figure has no year twice; when the sum of all values is finite,
        every value is."""
        self._slots, self._years = {}, _year_texts(self.year_range)  # no more labels
        starts, run_sids = self._run_starts()
        if len(run_sids) != len(set(run_sids)):  # a series in several places
            sids = self.sids
            order = sorted(range(len(sids)), key=sids.__getitem__)
            self.sids = array("I", map(sids.__getitem__, order))
            self.years = array("H", map(self.years.__getitem__, order))
            self.values = array("d", map(self.values.__getitem__, order))
            self.lines = array("I", map(self.lines.__getitem__, order))
            starts, run_sids = self._run_starts()
        count = len(self.sids)
        years, values = self.years, self.values
        # figures whose year is not above the one before: a series' first figure, or a repeat
        falls = set(compress(range(1, count), map(ge, years, islice(years, 1, None))))
        unordered = {starts[bisect_right(starts, i) - 1] for i in falls.difference(starts)}
        all_finite = math.isfinite(sum(values))
        stops = [*starts[1:], count] if starts else []
        for sid, start, stop in zip(run_sids, starts, stops, strict=True):
            self._runs[sid] = (start, stop)
            series = self.series[sid]
            if (
                all_finite
                and start not in unordered
                and series.minimum is None
                and series.maximum is None
            ):
                continue
            part = values[start:stop]
            low, high = min(part), max(part)
            if (
                len(set(years[start:stop])) != stop - start
                or not (math.isfinite(low) and math.isfinite(high))
                or (series.minimum is not None and low < series.minimum)
                or (series.maximum is not None and high > series.maximum)
            ):
                self.demote(sid)

    def _run_starts(self) -> tuple[list[int], list[int]]:
        """Where each run of figures of one series starts, and its series."""
        sids = self.sids
        if not sids:
            return [], []
        changes = map(ne, sids, islice(sids, 1, None))
        starts = [0, *compress(range(1, len(sids)), changes)]
        return starts, list(map(sids.__getitem__, starts))

    def demote(self, sid: int) -> None:
        """Give series ``sid`` back to the row reader: its lines are to be read again."""
        start, stop = self._runs.get(sid, (0, 0))
        if start == stop:
            return
        self.demoted.update(self.lines[start:stop])
        self._runs[sid] = (start, start)

    def live(self) -> Iterator[tuple[tuple[str, str, str], int]]:
        """The key and id of each series whose figures are read here."""
        runs = self._runs
        for key, sid in self.index.items():
            start, stop = runs.get(sid, (0, 0))
            if stop > start:
                yield key, sid

    def votes(self) -> dict[str, int]:
        """The decimal marks of the figures still read here: {"point": n, "comma": m}."""
        return {"point": self.points, "comma": self.commas}

    def returned(self, value: str) -> None:
        """A figure of a demoted series, read again by the row reader (which counts its mark)."""
        self.points -= "." in value
        self.commas -= "," in value

    @property
    def count(self) -> int:
        """The rows whose figures are read here."""
        return sum(stop - start for start, stop in self._runs.values())

    def routed(self) -> tuple[set[str], bool]:
        """The plans of the series read here whose rows name their plan or an area of it, and
        whether rows were routed by the plan of their file (after :meth:`finish`)."""
        live = {sid for sid, (start, stop) in self._runs.items() if stop > start}
        plans = {self.series[sid].plan for sid in live & self._by_labels}
        return plans, bool(live & self._by_file)

    def close(self) -> list[SeriesBlock]:
        """The blocks of the series still read here."""
        columns = Columns(self.path, self.years, self.values, self.lines)
        blocks = []
        for sid, (start, stop) in self._runs.items():  # made in the order of the figures
            if stop > start:
                series = self.series[sid]
                blocks.append(
                    SeriesBlock(series.plan, series.indicator, series.area, columns, start, stop)
                )
        return blocks


def _numbers(values: list[str], joined: str) -> array[float]:
    """The plain numbers ``values`` (``joined``: the same, joined by newlines) as floats; -0
    is 0, as the row reader reads it. ValueError for a value with two marks."""
    if "," in joined:
        values = joined.replace(",", ".").split("\n")
    numbers = array("d", map(float, values))
    if "-0" in joined:
        for i, number in enumerate(numbers):
            if number == 0:
                numbers[i] = 0.0
    return numbers


def _year_texts(years: tuple[int, int]) -> dict[str, int]:
    """Each year in range by its text (``"2020"``: 2020): how most year cells are read."""
    low, high = years
    return {str(year): year for year in range(max(low, 1000), min(high, 9999) + 1)}


def _breaks(record: list[str]) -> int:
    """The line breaks inside a record's quoted fields."""
    return sum(field.count("\n") + field.count("\r") - field.count("\r\n") for field in record)


def _lines(chunk: list[list[str]], start: int) -> list[int]:
    lines = []
    line = start
    for record in chunk:
        lines.append(line)
        line += 1 + _breaks(record)
    return lines


def _text(value: str) -> str:
    return value.strip() if value.isascii() else text(value)


def _row(line: int, record: list[str]) -> Row:
    return Row(line, [Cell(_text(value)) for value in record])
