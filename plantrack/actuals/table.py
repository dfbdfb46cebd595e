"""Opening an input file as a table of cells: CSV text (any of the encodings offices use) or Excel.

This module knows nothing about plans or indicators. It turns bytes into :class:`Row` objects
whose cells are Unicode NFC text (plus the stored number, for Excel), each row with the line (CSV)
or row number (Excel) it came from. A file that cannot be read at all raises :class:`ReadError`
with a stable code and the line where reading stopped.

Encodings are decided by :func:`plantrack.text_encoding.detect_encoding` (a byte-order mark,
else UTF-8, else Windows-1258 as a reported guess; mixed encodings and NUL bytes refused), the
rule the plan-text readers share; ``encoding`` given by the user skips the guessing.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from plantrack import texts
from plantrack.text_encoding import EncodingProblem, detect_encoding

#: The largest CSV field accepted (a report cell is a few hundred characters at most).
MAX_FIELD = 1 << 20
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
_DELIMITERS = (",", ";", "\t")
DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


class ReadError(Exception):
    """The file cannot be read as a table; ``code`` is a stable finding code."""

    def __init__(
        self, code: str, message: str, line: int | None = None, cell: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.cell = cell  # for a workbook, where reading stopped: ``Biểu 01!B14``


@dataclass(slots=True)  # not frozen: a frozen dataclass costs twice as much to build, per cell
class Cell:
    """One cell: its text (NFC, stripped), and for Excel the number it stores, if any."""

    text: str
    number: float | None = None
    percent: bool = False  # Excel shows the stored number as a percentage (0.95 -> 95 %)


EMPTY = Cell("")


@dataclass(slots=True)
class Row:
    line: int
    cells: list[Cell]

    def is_blank(self) -> bool:
        return all(not cell.text for cell in self.cells)

    def cell(self, index: int | None) -> Cell:
        if index is None or index >= len(self.cells):
            return EMPTY
        return self.cells[index]


@dataclass(slots=True)
class Table:
    """An opened input: how it was read, and its rows (an iterator, read once)."""

    path: str
    format: Literal["csv", "xlsx"]
    rows: Iterator[Row]
    encoding: str | None = None
    encoding_guessed: bool = False
    delimiter: str | None = None
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def where(self, line: int, col: int | None = None) -> str | None:
        """The spreadsheet address of a cell (``Sheet1!C7``), None for CSV."""
        if self.format != "xlsx":
            return None
        return f"{self.sheet}!{column_letter(col)}{line}" if col else f"{self.sheet}!{line}:{line}"


def column_letter(col: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text(value: str) -> str:
    """A cell's text as plantrack compares it: NFC, without surrounding white space."""
    if value.isascii():
        return value.strip()
    return unicodedata.normalize("NFC", value).strip(" \t\r\n\u00a0\u202f\u2009\ufeff")


# --------------------------------------------------------------------------------------------
# Opening


def open_table(
    path: str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Table:
    """Open ``path`` (``-`` for standard input) as a table, deciding the format by content."""
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        return _open_bytes("<stdin>", data, encoding, delimiter, sheet)
    p = Path(path)
    try:
        with p.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ReadError(
            "file-unreadable", texts.text("data.file-unreadable", reason=texts.os_reason(error))
        ) from None
    suffix = p.suffix.casefold()
    if head.startswith(_OLE):
        raise ReadError(
            "xlsx-unreadable",
            texts.text("data.xlsx-unreadable.protected"),
        )
    if head.startswith(_ZIP):
        return _open_xlsx(path, path, sheet)
    if suffix in (".xlsx", ".xlsm"):
        if not head:
            raise ReadError("empty-file", texts.text("data.empty-file"))
        raise ReadError(
            "xlsx-unreadable",
            texts.text("data.xlsx-unreadable.not-zip"),
        )
    if suffix in (".xls", ".ods", ".numbers", ".json", ".parquet", ".pdf", ".docx"):
        raise ReadError(
            "unsupported-format",
            texts.text("data.unsupported-format", suffix=suffix),
        )
    try:
        size = p.stat().st_size
        with p.open("rb") as handle:
            enc, guessed = (encoding, False) if encoding else _detect_encoding(handle)
            handle.seek(0)
            sample = handle.read(65536)
    except OSError as error:
        raise ReadError(
            "file-unreadable", texts.text("data.file-unreadable", reason=texts.os_reason(error))
        ) from None
    if size == 0:
        raise ReadError("empty-file", texts.text("data.empty-file"))
    delim = delimiter or _sniff_delimiter(_decode_sample(sample, enc))

    return Table(path, "csv", CsvRows(lambda: p.open("rb"), enc, delim), enc, guessed, delim)


def _open_bytes(
    name: str, data: bytes, encoding: str | None, delimiter: str | None, sheet: str | None
) -> Table:
    if data.startswith(_OLE):
        raise ReadError("xlsx-unreadable", texts.text("data.xlsx-unreadable.protected-input"))
    if data.startswith(_ZIP):
        return _open_xlsx(name, io.BytesIO(data), sheet)
    if not data:
        raise ReadError("empty-file", texts.text("data.empty-file.input"))
    enc, guessed = (encoding, False) if encoding else _detect_encoding(io.BytesIO(data))
    delim = delimiter or _sniff_delimiter(_decode_sample(data[:65536], enc))
    rows = CsvRows(lambda: io.BytesIO(data), enc, delim)
    return Table(name, "csv", rows, enc, guessed, delim)


# --------------------------------------------------------------------------------------------
# Encodings


def _detect_encoding(handle: IO[bytes]) -> tuple[str, bool]:
    """The file's encoding and whether it was a guess (:mod:`plantrack.text_encoding`)."""
    try:
        return detect_encoding(handle)
    except EncodingProblem as problem:
        if problem.problem == "binary-file":
            message = (
                texts.text("data.binary-file.utf-16")
                if problem.utf16
                else texts.text("data.binary-file")
            )
        elif problem.problem == "mixed-encoding":
            message = texts.text("data.mixed-encoding")
        else:
            message = texts.text("data.undecodable-text")
        raise ReadError(problem.problem, message, problem.line) from None


def _decode_sample(sample: bytes, encoding: str) -> str:
    try:
        return sample.decode(encoding, errors="ignore")
    except LookupError:
        raise ReadError(
            "undecodable-text", texts.text("data.undecodable-text.unknown", encoding=encoding)
        ) from None


# --------------------------------------------------------------------------------------------
# CSV


def _sniff_delimiter(sample: str) -> str:
    """``,``, ``;`` or tab: the one that splits the header and most lines alike."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may end mid-line
    best: tuple[tuple[int, int, int], str] | None = None
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        header_fits = int(max(counts[:3]) == modal)
        score = (int(modal > 1) * header_fits, counts.count(modal) * int(modal > 1), modal)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return best[1] if best is not None and best[0][2] > 1 else ","


class _FieldLimit:
    """The ``csv`` module's field size limit, one for the process: :data:`MAX_FIELD` while any
    :class:`CsvRows` is open, and what it was before once the last one is closed. Several are
    open at once (every file's header is found before any file is read on), so a file closed
    must not put back what it found while another is still being read."""

    holders = 0
    before = 0

    @classmethod
    def hold(cls) -> None:
        if cls.holders == 0:
            cls.before = csv.field_size_limit(MAX_FIELD)
        cls.holders += 1

    @classmethod
    def release(cls) -> None:
        cls.holders -= 1
        if cls.holders == 0:
            csv.field_size_limit(cls.before)


class CsvRows:
    """The rows of a CSV file, read once, as :class:`Row` objects.

    :attr:`line` is the line the next record starts on; :meth:`close` stops reading (after the
    header, when DuckDB reads the rest of a large long file itself,
    :mod:`plantrack.actuals.duckdb_reader`).
    """

    def __init__(self, open_raw: Callable[[], IO[bytes]], encoding: str, delimiter: str) -> None:
        self._open_raw = open_raw
        self.encoding = encoding
        self.delimiter = delimiter
        self._handle: IO[bytes] | None = None
        self._reader: Any = None
        self.stream: Any = None  # the decoded text, once opened
        self._limit = False  # holding the field size limit (:class:`_FieldLimit`)
        self.done = False
        self.line = 1  # the line the next record starts on

    @property
    def reader(self) -> Any:
        """The ``csv.reader`` (opened on first use); ``reader.line_num`` counts lines."""
        if self._reader is None:
            self._handle = self._open_raw()
            try:
                self.stream = io.TextIOWrapper(self._handle, encoding=self.encoding, newline="")
            except LookupError:
                self.close()
                message = texts.text("data.undecodable-text.unknown", encoding=self.encoding)
                raise ReadError("undecodable-text", message) from None
            _FieldLimit.hold()
            self._limit = True
            self._reader = csv.reader(self.stream, delimiter=self.delimiter)
        return self._reader

    def __iter__(self) -> CsvRows:
        return self

    def __next__(self) -> Row:
        if self.done:
            raise StopIteration
        reader = self.reader
        try:
            fields = next(reader)
        except StopIteration:
            self.close()
            raise
        except (csv.Error, UnicodeError) as error:
            self.close()
            raise self.error(error) from None
        row = Row(self.line, [Cell(v.strip() if v.isascii() else text(v)) for v in fields])
        self.line = reader.line_num + 1
        return row

    def error(self, error: Exception) -> ReadError:
        """The :class:`ReadError` for an error raised while reading the record at :attr:`line`."""
        if isinstance(error, UnicodeError):  # a decode error, or "UTF-16 stream does not start
            return ReadError(  # with BOM"
                "undecodable-text",
                texts.text("data.undecodable-text.not-valid", encoding=self.encoding),
                self.line,
            )
        message = str(error)
        if "field larger" in message:
            return ReadError(
                "field-too-large",
                texts.text("data.field-too-large", limit=MAX_FIELD),
                self.line,
            )
        return ReadError("csv-syntax", texts.text("data.csv-syntax", reason=message), self.line)

    def close(self) -> None:
        self.done = True
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self._limit:
            _FieldLimit.release()
            self._limit = False


# --------------------------------------------------------------------------------------------
# Excel


def _open_xlsx(name: str, source: str | os.PathLike[str] | IO[bytes], sheet: str | None) -> Table:
    """A workbook's sheet as rows (:func:`plantrack.actuals.workbook.open_sheet`)."""
    from plantrack.actuals import workbook

    return workbook.open_sheet(name, source, sheet)


def _open_xlsx_openpyxl(
    name: str, source: str | os.PathLike[str] | IO[bytes], sheet: str | None
) -> Table:
    """A workbook's sheet read with openpyxl (:func:`plantrack.actuals.workbook.open_sheet_openpyxl`)."""
    from plantrack.actuals import workbook

    return workbook.open_sheet_openpyxl(name, source, sheet)


#: A formula element in a sheet's XML (:func:`plantrack.actuals.workbook.has_formulas`).
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
