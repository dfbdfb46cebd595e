"""A table written out one cell a line, its rows put back together (for a text file's blocks).

A web page's table, stored or copied as text, often comes one cell a line: the header's cells,
then each row's name and its cells, a line each, with blank lines between them or not, an empty
cell a line holding only a space, or left out. Read a line at a time, its figures have no names
(Thừa Thiên Huế 2001-2005: 21 targets, each cell drafted as a bare figure). Here such a table
is found by its header and its rows are rebuilt, each with its cells in the header's columns:

- **the header**: a short line that heads the indicators' column ("Chỉ tiêu", "Nội dung", "Tên
  chỉ tiêu"; after a "TT" or "STT" line when the rows are numbered in a column of their own),
  then short lines without figures but years, each heading a column
  (:func:`~plantrack.extract.tables.column_role`: unit, plan, result, note), an English line
  joined to the Vietnamese one it translates ("Mục tiêu đến năm 2025" / "Target to 2025"), a
  line holding only a space an empty header; at least two such columns, one of them the plan's.
  A table's title is no header ("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026": "các", "một số", "những" or a
  year); when no row opens after the header, its last cells were the first row's name and unit
  ("Tỷ lệ hộ nghèo" / "%": "tỷ lệ" and "%" head columns too), and it keeps the columns whose
  rows fill the plan's column most;
- **a row**: its number (when the header has a "TT" column: "1", "1.", "I", "a)"), its name,
  with the lines that go on with it (opening with a small letter or "("; a name may hold a
  figure after three words, "Số bác sĩ/10.000 dân", "Diện tích lúa 2 vụ"), then up to as many
  cells as the header has columns after the name. A cell with a figure (at most 30 characters:
  "8-9", "Dưới 5%", "Theo giá FOB năm 1989") or an empty one is the row's; a cell of words is
  the unit when the unit's column comes next, else the row's (a note, a verdict: "Mỗi năm",
  "Vượt") unless what follows says it opens a row of its own: a line going on with it, items one
  level deeper than the row's ("+ Công nghiệp – Xây dựng" after "Tốc độ tăng giá trị sản xuất
  (bình quân)": the group's row, no cells of its own), or more cells after it than the row has
  room for (Thừa Thiên Huế's "Tỷ lệ hộ dùng điện", "%", "90", "96,4");
- **names over figures** (cells merged down: "- Tỷ lệ khám phá:", "+ Trọng án", "+ Thường án",
  "80%", "65% trở lên"): when two names or more come before their figures, and the figures, at
  least two, are more than the plan's columns and no more than the names, the figures are the
  last names' in order, each in the plan's column (unless one is set against a year, a note's:
  "Tăng 10% so với năm 2025"); the names before them are groups' rows. Each
  such row's text is the whole stack as written, since no part of it alone says its figure;
- **the header's columns as the rows fill them**: when no row fills every column and a heading
  was written on two lines ("CHỈ TIÊU" / "PHẤN ĐẤU", two cells of the plan's column one after
  the other), the two are one column.

The table ends at the text's end, at a line of prose (more than 200 characters) or at a line
that cannot open a row (a figure where a name should be). It needs two rows with a figure; what
is not such a table is left to be read as text, line by line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrack.extract.items import mark_level
from plantrack.extract.tables import column_role, names_indicators

#: A line of the text: its index and its clean text ("" for a line holding only white space,
#: an empty cell), or None where no cell may be (a line of a table with tabs or bars).
Line = tuple[int, str | None]

_SHORT = 40  # a header's cell is no longer
_CELL = 30  # a cell with a figure is no longer
_PROSE = 200  # a line longer than this ends a table
_NUMBER_COLUMN = re.compile(r"s?tt|số tt|số thứ tự", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"(?:(?P<digits>\d{1,3})|[IVX]{1,5}|[a-zđ])[.)]?")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A name with a figure, not a cell of one: three words or more before the figure, a word after.
_NAME_WITH_FIGURE = re.compile(
    r"(?!phấn đấu|đạt|tăng|giảm|duy trì|bình quân|mỗi|hằng|hàng)"
    r"(?:[^\W\d_]\S*\s+){2}[^\W\d_]\D*\d\S*\s.*[^\W\d_]",
    re.IGNORECASE,
)
#: A table's title, not the heading of its names' column: "CÁC CHỈ TIÊU CHỦ YẾU", "Một số chỉ tiêu".
_TITLE = re.compile(r"(?:các|một số|những)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CellRow:
    """A row rebuilt: the lines its cells come from, its cells in the header's columns (an
    empty one ""), and its text as written (the cells that hold text, joined by " | ")."""

    lines: tuple[int, ...]
    cells: tuple[str, ...]
    text: str
    merged: bool = False  # its figure given by the order of names over figures


@dataclass(frozen=True)
class _Header:
    numbered: bool  # the rows' numbers have a column of their own
    columns: tuple[str, ...]  # the columns after the name's
    roles: tuple[str | None, ...]

    @property
    def unit(self) -> int | None:
        return next((i for i, role in enumerate(self.roles) if role == "unit"), None)

    @property
    def plan(self) -> int:
        return next((i for i, role in enumerate(self.roles) if role == "planned"), 0)

    @property
    def figures(self) -> int:
        """How many columns may hold a row's figures (not its unit or note)."""
        return sum(role not in ("unit", "note") for role in self.roles)


def cell_tables(lines: Sequence[Line]) -> list[list[CellRow]]:
    """The tables written one cell a line among ``lines`` (every line of the text that is not
    empty as written, in order), each as its rows, the header first."""
    tables: list[list[CellRow]] = []
    at = 0
    while at < len(lines):
        found = _table_at(lines, at)
        if found is None:
            at += 1
            continue
        rows, at = found
        tables.append(rows)
    return tables


def _table_at(lines: Sequence[Line], at: int) -> tuple[list[CellRow], int] | None:
    """The table whose header starts at ``at``, and where it ends; None when none starts there."""
    text = lines[at][1]
    if not text or len(text) > _SHORT or not _words_only(text) or not names_indicators(text):
        return None
    if _TITLE.match(text) or _YEAR.search(text):  # "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026" over it
        return None
    numbered = at > 0 and bool(lines[at - 1][1]) and _is_number_column(lines[at - 1][1] or "")
    start = at - 1 if numbered else at
    cells: list[str] = []
    heads: list[int] = [lines[start][0], lines[at][0]]
    index = at + 1
    while index < len(lines):
        cell = lines[index][1]
        if cell is None or (cell and not (len(cell) <= _SHORT and _words_only(cell))):
            break
        if cell and mark_level(cell) is not None:
            break
        if cell and cells and cells[-1] and _english(cell) and not _english(cells[-1]):
            cells[-1] = f"{cells[-1]} {cell}"
        elif cell == "" or column_role(cell) is not None or (cells and cell.isupper()):
            cells.append(cell)
        else:
            break
        heads.append(lines[index][0])
        index += 1
    while cells and not cells[-1]:  # an empty cell after the header is a row's
        cells.pop()
        heads.pop()
        index -= 1
    if index < len(lines) and not _name(lines[index][1]):
        # no row opens after it: its last cells were the first row's name and unit ("Tỷ lệ hộ
        # nghèo" / "%", "Tốc độ tăng trưởng (%)": "tỷ lệ" and "%" head columns too)
        kept = _most_filled(lines, numbered, cells, index)
        del heads[len(heads) - (len(cells) - kept) :]
        index -= len(cells) - kept
        del cells[kept:]
    roles = tuple(column_role(cell) if cell else None for cell in cells)
    if len(cells) < 2 or "planned" not in roles:
        return None
    header = _Header(numbered, tuple(cells), roles)
    rows, end = _rows(lines, index, header)
    most = max((sum(bool(c) for c in row.cells[-len(cells) :]) for row in rows), default=0)
    while most < len(header.columns) and (merged := _merged(header)) is not None:
        header = merged
        rows, end = _rows(lines, index, header)
    if sum(any(any(ch.isdigit() for ch in c) for c in row.cells) for row in rows) < 2:
        return None
    names = [lines[start][1] or ""] if numbered else []
    head = CellRow(
        tuple(heads),
        (*names, text, *header.columns),
        " | ".join(c for c in (*names, text, *header.columns) if c),
    )
    return [head, *rows], end


def _most_filled(lines: Sequence[Line], numbered: bool, cells: list[str], index: int) -> int:
    """How many of a header's ``cells`` are its columns: the most whose rows (from where the
    cells end) give the plan's column the most figures, the more cells on a tie."""
    best, kept = -1, len(cells)
    for count in range(len(cells), 1, -1):
        roles = tuple(column_role(cell) if cell else None for cell in cells[:count])
        if "planned" not in roles:
            continue
        header = _Header(numbered, tuple(cells[:count]), roles)
        rows, _ = _rows(lines, index - (len(cells) - count), header)
        plan = header.plan - len(header.columns)
        filled = sum(any(ch.isdigit() for ch in row.cells[plan]) for row in rows)
        if filled > best:
            best, kept = filled, count
    return kept


def _merged(header: _Header) -> _Header | None:
    """The header with its first two neighbouring cells of the plan's column made one (a heading
    written on two lines), None when it has none."""
    for i in range(len(header.columns) - 1):
        if header.roles[i] == "planned" and header.roles[i + 1] in ("planned", None):
            if not header.columns[i + 1]:
                continue
            columns = (
                *header.columns[:i],
                f"{header.columns[i]} {header.columns[i + 1]}",
                *header.columns[i + 2 :],
            )
            roles = (*header.roles[: i + 1], *header.roles[i + 2 :])
            return _Header(header.numbered, columns, roles)
    return None


def _rows(lines: Sequence[Line], at: int, header: _Header) -> tuple[list[CellRow], int]:
    """The rows from ``at`` on, and the index of the first line that is none of theirs."""
    rows: list[CellRow] = []
    width = len(header.columns)
    last_number: int | None = None
    index = at
    while index < len(lines):
        begin = index
        number = ""
        if header.numbered and _row_number(lines, index, last_number):
            number = lines[index][1] or ""
            digits = _ROW_NUMBER.fullmatch(number.strip(" .)"))
            if digits is not None and digits["digits"]:
                last_number = int(digits["digits"])
            index += 1
        if index >= len(lines) or not _name(lines[index][1]):
            index = begin
            break
        names: list[list[tuple[int, str]]] = [[_at(lines, index)]]
        index += 1
        while index < len(lines) and (cell := lines[index][1]):
            follows = lines[index + 1][1] if index + 1 < len(lines) else None
            if _goes_on(cell) and not (header.unit == 0 and _figure(follows)):
                names[-1].append(_at(lines, index))
            elif mark_level(cell) is not None:
                names.append([_at(lines, index)])
            else:
                break
            index += 1
        level = mark_level(names[-1][0][1])
        values: list[tuple[int, str]] = []
        while index < len(lines) and len(values) < width:
            cell = lines[index][1]
            if cell is None or len(cell) > _PROSE or _opens_row(lines, index, header, last_number):
                break
            if not _figure(cell) and header.unit != len(values):
                follows = lines[index + 1][1] if index + 1 < len(lines) else None
                deeper = mark_level(follows or "")
                if (follows and _goes_on(follows)) or (
                    deeper is not None and (level is None or deeper > level)
                ):
                    break
                if len(values) + 1 + _cells_after(lines, index + 1, header, last_number) > width:
                    break
                if not cell:
                    break
            values.append(_at(lines, index))
            index += 1
        rows.extend(_built(number, names, values, header))
    return rows, index


def _built(
    number: str,
    names: list[list[tuple[int, str]]],
    values: list[tuple[int, str]],
    header: _Header,
) -> list[CellRow]:
    """The rows of a row's names and cells: a group's row for each name before the last, the
    last with the cells; or, names over figures, the figures the last names' (module's doc)."""
    width = len(header.columns)
    lead = (number,) if header.numbered else ()
    stacked = (
        len(names) >= 2
        and 2 <= len(values) <= len(names)
        and len(values) > header.figures
        and all(_figure(text) and text for _, text in values)
        # a figure set against a year is a note's ("Tăng 10% so với năm 2025"), no name's own
        and not any(_YEAR.search(text) or "so với" in text.lower() for _, text in values)
    )
    owners = len(values) if stacked else 1
    out: list[CellRow] = []
    stack_text = " | ".join(
        text
        for text in (number, *(t for name in names for _, t in name), *(t for _, t in values))
        if text
    )
    for n, name in enumerate(names):
        words = " ".join(text for _, text in name)
        own = lead if n == 0 else (("",) if header.numbered else ())
        lines = tuple(line for line, _ in name)
        owner = n - (len(names) - owners)
        if owner < 0:
            cells: tuple[str, ...] = (*own, words, *([""] * width))
            text = " | ".join(c for c in (*own, words) if c)
        elif stacked:
            line, figure = values[owner]
            row = [""] * width
            row[header.plan] = figure
            cells, text, lines = (*own, words, *row), stack_text, (*lines, line)
            out.append(CellRow(lines, cells, text, merged=True))
            continue
        else:
            row = [text for _, text in values] + [""] * (width - len(values))
            cells = (*own, words, *row)
            text = " | ".join(c for c in cells if c)
            lines = (*lines, *(line for line, _ in values))
        out.append(CellRow(lines, cells, text))
    return out


def _at(lines: Sequence[Line], index: int) -> tuple[int, str]:
    return lines[index][0], lines[index][1] or ""


def _words_only(text: str) -> bool:
    """No figure but a year (a header's cell: "Kế hoạch năm 2019", "Target to 2025**")."""
    return not any(ch.isdigit() for ch in _YEAR.sub("", text))


def _is_number_column(text: str) -> bool:
    return _NUMBER_COLUMN.fullmatch(text.strip(" .")) is not None


def _english(text: str) -> bool:
    """A header's line in English, translating the one before it."""
    return text.isascii() and len(text.split()) >= 2 and any(ch.islower() for ch in text)


def _figure(text: str | None) -> bool:
    """A cell of a row's figures: empty, or a short cell with a figure that opens no item."""
    if text is None:
        return False
    if not text:
        return True
    if _NAME_WITH_FIGURE.match(text):  # "Số bác sĩ/10.000 dân", "Số xã đạt 19 tiêu chí"
        return False
    return len(text) <= _CELL and any(ch.isdigit() for ch in text) and mark_level(text) is None


def _name(text: str | None) -> bool:
    return bool(text) and not _figure(text) and len(text or "") <= _PROSE


def _goes_on(text: str) -> bool:
    """A line that goes on with the name before it: "(bình quân)", "vùng đồng bằng, …"."""
    return text[:1] == "(" or text[:1].islower()


def _row_number(lines: Sequence[Line], index: int, last: int | None) -> bool:
    """A row's number alone, before a name: "1", " 1. ", "II", "a)"; a number counts on from the
    row before (or starts again at 1, or repeats it), so that a figure ("950") is none."""
    text = (lines[index][1] or "").strip()
    found = _ROW_NUMBER.fullmatch(text)
    if found is None or index + 1 >= len(lines) or not _name(lines[index + 1][1]):
        return False
    if found["digits"]:
        value = int(found["digits"])
        return last is None or value in (1, last, last + 1)
    return True


def _opens_row(lines: Sequence[Line], index: int, header: _Header, last: int | None) -> bool:
    cell = lines[index][1] or ""
    if mark_level(cell) is not None:
        return True
    return header.numbered and _row_number(lines, index, last)


def _cells_after(lines: Sequence[Line], index: int, header: _Header, last: int | None) -> int:
    """How many cells a name just before ``index`` would have: its unit (when the unit's column
    is the first: a cell of words before a figure), then the cells with figures (or empty)
    before a row opens."""
    count = 0
    if (
        header.unit == 0
        and index + 1 < len(lines)
        and _name(lines[index][1])
        and len(lines[index][1] or "") <= _SHORT
        and _figure(lines[index + 1][1])
    ):
        count, index = 1, index + 1
    while index < len(lines) and _figure(lines[index][1]):
        if _opens_row(lines, index, header, last):
            break
        count += 1
        index += 1
    return count
