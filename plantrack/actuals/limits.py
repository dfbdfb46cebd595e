"""Excel's own limits, and a budget on what a workbook may decompress to, for both Excel readers.

A workbook is a zip of XML parts: a 400 KB file can hold a 400 MB cell, and a row numbered
999,999,999 needs only a few bytes. What this module knows is how much a reader may take, not
what a sheet means:

- Excel's specifications: 1,048,576 rows, 16,384 columns (A to XFD), 32,767 characters a cell;
- the parts read may decompress to :data:`MAX_UNPACKED` bytes in all, checked against the sizes
  the zip declares *and* counted while reading (:class:`Guarded`), since declared sizes can lie;
- a run of text between two tags longer than :data:`MAX_TEXT_RUN` bytes is refused while it is
  read, before the parser holds it whole (a cell of 32,767 characters is a few hundred KB at
  most, even written as character references);
- a sheet may span :data:`MAX_CELLS` cells (each row counted up to its last cell), so that a
  value in column XFD of every row does not make a million rows of 16,384 cells; rows out of
  order are held in memory to be put in order, up to :data:`MAX_HELD_CELLS` cells.

Each breach raises :class:`Limit` with a stable code (docs/codes.md) and, where it has one, the
cell (``Biểu 01!B14``) or row where reading stopped. The rows before it are kept.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterator
from typing import IO, TypeVar

from plantrack.texts import text

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
MAX_UNPACKED = 256 << 20
MAX_TEXT_RUN = 1 << 20
MAX_CELLS = 50_000_000
MAX_HELD_CELLS = 5_000_000
_CHUNK = 1 << 16  # at most this much is read at a time, well under MAX_TEXT_RUN
_CONTEXT = 2048  # bytes kept before a run of text, to name the cell it belongs to
_BINARY = (".bin", ".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf", ".bmp", ".tif", ".tiff")

_CELL_START = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?c\s[^<>]*?\br\s*=\s*["']([A-Za-z]+[0-9]+)""")
_ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*(?:"([^"]*)"|'([^']*)')""")

C = TypeVar("C")


class Limit(Exception):
    """A limit of Excel's or of the budget was reached; ``code`` is a stable finding code."""

    def __init__(
        self, code: str, message: str, cell: str | None = None, row: int | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.cell = cell
        self.row = row


def address(sheet: str, row: int, column: int | None = None) -> str:
    """``Biểu 01!B14``, or ``Biểu 01!14:14`` for a whole row."""
    if column is None:
        return f"{sheet}!{row}:{row}"
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{sheet}!{letters}{row}"


def _size(count: int) -> str:
    if count >= 1 << 20:
        return text("data.size.mib", mib=count / (1 << 20))
    return text("data.size.bytes", count=count)


def too_large(part: str, count: int, declared: bool) -> Limit:
    size, limit = _size(count), _size(MAX_UNPACKED)
    return Limit(
        "xlsx-too-large",
        text("data.xlsx-too-large.declared", part=part, size=size, limit=limit)
        if declared
        else text("data.xlsx-too-large.read", part=part, size=size, limit=limit),
    )


def row_out_of_range(sheet: str, number: int, after: int) -> Limit:
    where = text("data.xlsx-row-out-of-range.after", row=after) if after else ""
    return Limit(
        "xlsx-row-out-of-range",
        text("data.xlsx-row-out-of-range", sheet=sheet, number=number, after=where, limit=MAX_ROWS),
        address(sheet, number) if number >= 1 else None,
        number if number >= 1 else None,
    )


def column_out_of_range(sheet: str, row: int, column: int, written: str | None) -> Limit:
    """``written``: the cell's address as the XML writes it, if it does."""
    cell = f"{sheet}!{written}" if written else address(sheet, row, column)
    return Limit(
        "xlsx-column-out-of-range",
        text(
            "data.xlsx-column-out-of-range",
            sheet=sheet,
            cell=cell.rpartition("!")[2],
            row=row,
            limit=MAX_COLUMNS,
        ),
        cell,
        row,
    )


def cell_too_long(sheet: str, row: int, column: int, length: int | None) -> Limit:
    size = (
        text("data.size.characters", count=length)
        if length is not None
        else text("data.size.more-than", size=_size(MAX_TEXT_RUN))
    )
    return Limit(
        "xlsx-cell-too-long",
        text("data.xlsx-cell-too-long", size=size, limit=MAX_CELL_CHARS),
        address(sheet, row, column),
        row,
    )


class Budget:
    """What the parts of one workbook may still decompress to, and the opening of each part
    through a :class:`Guarded` stream."""

    def __init__(self, archive: zipfile.ZipFile, total: int | None = None) -> None:
        self.archive = archive
        self.left = MAX_UNPACKED if total is None else total

    def open(self, name: str, charge: bool = True) -> Guarded:
        """The part ``name`` as a stream; refused at once when its declared size is over what
        is left. ``charge=False``: a look ahead that the real reading will pay for."""
        info = self.archive.getinfo(name)
        if info.file_size > self.left:
            raise too_large(name, info.file_size, declared=True)
        return Guarded(self.archive.open(info), name, self, charge)

    def read(self, name: str) -> bytes:
        with self.open(name) as stream:
            return b"".join(iter(lambda: stream.read(_CHUNK), b""))


class Guarded:
    """A part of a workbook, read at most ``_CHUNK`` bytes at a time, counting what it
    decompresses to against the budget and the longest run of bytes without markup."""

    def __init__(self, raw: IO[bytes], name: str, budget: Budget, charge: bool) -> None:
        self._raw, self.name, self._budget, self._charge = raw, name, budget, charge
        self._limit = budget.left
        self.count = 0
        self._run = 0  # bytes since the last '<'
        self._context = b""  # what came before the current run, and its first bytes

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0 or size > _CHUNK:
            size = _CHUNK
        data = self._raw.read(size)
        self.count += len(data)
        if self._charge:
            self._budget.left -= len(data)
        if self.count > self._limit:
            raise too_large(self.name, self._limit, declared=False)
        last = data.rfind(b"<")
        if last < 0:
            if len(self._context) < _CONTEXT * 2:
                self._context += data[:_CONTEXT]
            self._run += len(data)
        else:
            first = data.find(b"<")
            self._run += first
            if self._run <= MAX_TEXT_RUN:
                self._context = (self._context + data[:last])[-_CONTEXT:] + data[last:][:_CONTEXT]
                self._run = len(data) - last - 1
        if self._run > MAX_TEXT_RUN:
            raise self.long_run()
        return data

    def long_run(self) -> Limit:
        """The run of text is too long: a Limit naming the cell it is in when that can be told
        (the sheet and row are added by the reader)."""
        found = None
        for found in _CELL_START.finditer(self._context):  # noqa: B007 - the last one is wanted
            pass
        error = Limit(
            "xlsx-cell-too-long",
            text(
                "data.xlsx-cell-too-long.run",
                size=_size(MAX_TEXT_RUN),
                part=self.name,
                limit=MAX_CELL_CHARS,
            ),
        )
        error.cell = found.group(1).decode("ascii") if found else None
        return error

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> Guarded:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_package(archive: zipfile.ZipFile) -> None:
    """Every XML part of the workbook read through the budget (declared sizes, then what is
    read): what openpyxl will read, checked before it reads it."""
    budget = Budget(archive)
    parts = [i for i in archive.infolist() if not i.filename.casefold().endswith(_BINARY)]
    declared = sum(info.file_size for info in parts)
    if declared > budget.left:
        raise too_large(text("data.all-parts"), declared, declared=True)
    for info in parts:
        if info.is_dir():
            continue
        try:
            with budget.open(info.filename) as stream:
                while stream.read(_CHUNK):
                    pass
        except Limit as error:
            sheet = _sheet_names(archive).get(info.filename)
            if error.code == "xlsx-cell-too-long" and sheet is not None:
                error.message = text("data.in-sheet", sheet=sheet, reason=error.message)
                error.cell = f"{sheet}!{error.cell}" if error.cell else None
            raise


_NAME = re.compile(rb"""<(?:[\w.-]+:)?sheet\s[^>]*?\bname\s*=\s*["']([^"']*)["'][^>]*>""")
_ID = re.compile(rb"""\bid\s*=\s*["']([^"']*)["']""")
_TARGET = re.compile(rb"""<(?:[\w.-]+:)?Relationship\s[^>]*>""")


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Best effort, for a message: the sheet name of each worksheet part of a standard package
    (``xl/workbook.xml``); empty when that cannot be told."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
        if len(workbook) + len(rels) > 1 << 20:
            return {}
        targets = {}
        for tag in _TARGET.finditer(rels):
            found = dict(re.findall(rb"""(\w+)\s*=\s*["']([^"']*)["']""", tag.group(0)))
            target = found.get(b"Target", b"").decode()
            targets[found.get(b"Id", b"").decode()] = (
                target.lstrip("/") if target.startswith("/") else "xl/" + target
            )
        names = {}
        for tag in _NAME.finditer(workbook):
            rid = _ID.search(tag.group(0))
            if rid is not None and rid.group(1).decode() in targets:
                name = tag.group(1).decode()
                names[targets[rid.group(1).decode()]] = html.unescape(name)
        return names
    except Exception:  # a message without the sheet's name, then
        return {}


def rows_in_order(stream: Guarded) -> bool:
    """Whether the row numbers of a sheet's XML go up, row after row, up to the first row
    whose number cannot be read or is outside Excel's rows (where reading will stop). A look
    ahead, so that a sheet in order (nearly all) is read as it streams; a sheet not in order
    is held in memory and put in order."""
    last = 0
    carry = b""
    try:
        while chunk := stream.read(_CHUNK):
            data = carry + chunk
            cut = data.rfind(b"<")
            for match in _ROW_START.finditer(data, 0, cut):
                end = data.find(b">", match.end() - 1)
                attributes = _ROW_NUMBER.search(data, match.end() - 1, end)
                if attributes is None:
                    number = last + 1
                else:
                    written = attributes.group(1)
                    if written is None:
                        written = attributes.group(2)
                    try:
                        number = row_number(written.decode())
                    except (ValueError, UnicodeDecodeError):
                        return True  # reading stops at this row: the rows before are in order
                if not 1 <= number <= MAX_ROWS:
                    return True
                if number <= last:
                    return False
                last = number
            carry = data[cut:]
    except Limit:
        pass  # the reading stops there too
    return True


def row_number(text: str) -> int:
    """A row's ``r`` as openpyxl reads it (``6.0`` is row 6)."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"{text} is not a valid row number") from None
        return int(number)


def arranged(
    rows: Iterator[tuple[int, list[tuple[int, C]]]], in_order: bool, empty: C, sheet: str
) -> Iterator[tuple[int, list[C]]]:
    """Rows as ``(number, cells)`` from rows as read (their number, and their cells with their
    columns, in the order the XML gives them): each cell at its column (a cell given twice, the
    last), rows in order of number (a row given twice, merged). ``in_order``: the rows are
    known to come in order and are passed on as they come; else they are held and sorted.
    Reading stops with a :class:`Limit` when the cells spanned pass :data:`MAX_CELLS`."""
    spanned = 0
    if in_order:
        last = 0
        for number, placed in rows:
            if number <= last:  # the look ahead and the parser disagree: never silently
                raise ValueError(f"row {number} comes after row {last}")
            last = number
            cells = _spread(placed, empty)
            spanned += len(cells) or 1
            if spanned > MAX_CELLS:
                raise _too_many_cells(sheet, number)
            yield number, cells
        return
    held: dict[int, dict[int, C]] = {}
    count = 0
    stopped: Exception | None = None
    try:
        for number, placed in rows:
            row = held.setdefault(number, {})
            for column, cell in placed:
                row[column] = cell
            count += len(placed) + 1
            if count > MAX_HELD_CELLS:
                raise Limit(
                    "xlsx-too-large",
                    text("data.xlsx-too-large.unordered", sheet=sheet, limit=MAX_HELD_CELLS),
                    address(sheet, number),
                    number,
                )
    except Exception as error:  # the rows read so far are given, then the error
        stopped = error
    for number in sorted(held):
        cells = _spread(sorted(held[number].items()), empty)
        spanned += len(cells) or 1
        if spanned > MAX_CELLS:
            raise _too_many_cells(sheet, number)
        yield number, cells
    if stopped is not None:
        raise stopped


def _spread(placed: list[tuple[int, C]], empty: C) -> list[C]:
    if not placed:
        return []
    width = max(column for column, _ in placed)
    cells = [empty] * width
    for column, cell in placed:
        cells[column - 1] = cell
    return cells


def _too_many_cells(sheet: str, number: int) -> Limit:
    return Limit(
        "xlsx-too-large",
        text("data.xlsx-too-large.cells", sheet=sheet, limit=MAX_CELLS),
        address(sheet, number),
        number,
    )
