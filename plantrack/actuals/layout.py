"""Finding the header of a report table and turning each row into reported figures.

Two layouts, detected from the header (``layout`` given by the user skips the detection):

- **long**: one figure per row, columns found by name (indicator / chỉ tiêu, year / năm,
  value / giá trị, and optionally area / địa bàn, unit / ĐVT, kind / loại, source / nguồn,
  note / ghi chú, plan);
- **wide**: one indicator per row and one column per year, headed ``2021``, ``Năm 2021``,
  ``TH 2021``, ``Ước TH 2024``, ``ƯTH 2024`` (an estimate) or ``KH 2025`` (a plan figure, which is
  not an actual and is reported as ignored). A two-row header (``Thực hiện`` merged over the
  year cells below it) is read as one.

The header may follow title rows and blank lines. Nothing here reads numbers or knows plans: a row
becomes :class:`Entry` objects (one per figure) or an :class:`Outcome` saying why it has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from plantrack import texts
from plantrack.actuals.table import Cell, ReadError, Row, Table
from plantrack.units import fold

#: A row's outcome is said again on row after row (a KH column on every row of a wide file):
#: each message is made once (``typed``: a parameter that is a Text is not its English str).
text = lru_cache(maxsize=4096, typed=True)(texts.text)

Layout = Literal["long", "wide"]
FigureKind = Literal["final", "estimate", "plan"]

#: How many rows may come before the header (titles, blank lines, the issuing office...).
HEADER_SEARCH = 30

_ROLES: dict[str, tuple[str, ...]] = {
    "indicator": (
        "indicator",
        "indicator id",
        "indicator name",
        "chi tieu",
        "ten chi tieu",
        "ma chi tieu",
        "noi dung",
        "cac chi tieu",
        "chi tieu chu yeu",
        "id",
    ),
    "area": ("area", "area id", "dia ban", "don vi hanh chinh", "dia phuong", "don vi"),
    "year": ("year", "nam"),
    "value": (
        "value",
        "gia tri",
        "so lieu",
        "ket qua",
        "gia tri thuc hien",
        "so lieu thuc hien",
    ),
    "unit": ("unit", "don vi tinh", "dvt", "dv tinh", "don vi do"),
    "kind": ("kind", "loai", "loai so lieu", "type", "figure"),
    "source": ("source", "nguon", "nguon so lieu", "nguon du lieu"),
    "note": ("note", "notes", "ghi chu"),
    "plan": ("plan", "plan id", "ma ke hoach"),
    "stt": ("stt", "tt", "so tt", "so thu tu", "no", "no.", "#"),
}
_ROLE_OF = {key: role for role, keys in _ROLES.items() for key in keys}

_KINDS: dict[str, FigureKind] = {
    **dict.fromkeys(
        ("", "th", "thuc hien", "final", "actual", "chinh thuc", "tt", "so chinh thuc"), "final"
    ),
    **dict.fromkeys(
        (
            "uth",
            "uoc th",
            "uoc",
            "uoc thuc hien",
            "uoc tinh",
            "u th",
            "estimate",
            "est",
            "est.",
            "e",
            "so bo",
            "preliminary",
        ),
        "estimate",
    ),
    **dict.fromkeys(("kh", "ke hoach", "plan", "target", "muc tieu", "chi tieu ke hoach"), "plan"),
}
_ESTIMATE_WORDS = {"uoc", "uth", "u", "est", "estimate", "bo", "preliminary", "e", "kien"}
_PLAN_WORDS = {"kh", "hoach", "plan", "target", "muc", "tieu"}  # "chỉ tiêu 2025" is a target
_YEAR_WORDS = (
    {
        "nam",
        "year",
        "th",
        "thuc",
        "hien",
        "ket",
        "qua",
        "dat",
        "actual",
        "final",
        "chinh",
        "chi",
        "ke",
        "so",
        "tinh",
        "du",
        "goc",
        "base",
    }
    | _ESTIMATE_WORDS
    | _PLAN_WORDS
)
_FOOTNOTE = re.compile(r"\s*(?:\(\s*(?:[0-9]{1,2}|\*+)\s*\)|\*+)\s*$")
_GROUPED_YEAR = re.compile(r"(?<![0-9.,])([12])[.,]([0-9]{3})(?![0-9.,])")
_YEAR_IN_LABEL = re.compile(r"(?<![0-9])(1[9][0-9]{2}|2[0-2][0-9]{2})(?![0-9])")
_WORD = re.compile(r"[a-z]+")
_NUMBER_LIKE = re.compile(r"^[-−+]?[0-9][0-9.,\s]*%?$")


def figure_kind(label: str) -> FigureKind | None:
    """``TH`` -> final, ``ƯTH`` / ``ước`` -> estimate, ``KH`` -> plan; None if not understood."""
    key = fold(label).strip(" .()")
    return _KINDS.get(key)


def year_column(label: str) -> tuple[int, FigureKind] | None:
    """``"Ước TH 2024"`` -> (2024, "estimate"); ``"KH 2025"`` -> (2025, "plan"); else None.

    A footnote mark at the end (``TH 2023(1)``, ``2023*``) and a year written with a thousands
    mark (``2.021``, as Excel shows a year stored with a number format) are allowed.
    """
    key = _year_key(label)
    years = _YEAR_IN_LABEL.findall(key)
    if len(years) != 1 or len(key) > 40:
        return None
    rest = set(_WORD.findall(_YEAR_IN_LABEL.sub(" ", key)))
    if not rest <= _YEAR_WORDS or re.search(r"[0-9]", _YEAR_IN_LABEL.sub(" ", key)):
        return None
    if rest & _PLAN_WORDS:
        return int(years[0]), "plan"
    if rest & _ESTIMATE_WORDS:
        return int(years[0]), "estimate"
    return int(years[0]), "final"


def _year_key(label: str) -> str:
    return _GROUPED_YEAR.sub(r"\1\2", _FOOTNOTE.sub("", fold(label)))


def mentions_a_year(label: str) -> bool:
    """A header with one year in it, understood or not (``Ước đạt 2024``, ``Năm 2023 (Q3)``)."""
    key = _year_key(label)
    return len(_YEAR_IN_LABEL.findall(key)) == 1 and len(key) <= 60


def _role(label: str) -> str | None:
    key = fold(label)
    if key in _ROLE_OF:
        return _ROLE_OF[key]
    for part in re.split(r"[/|()\[\]]", key):  # "Chỉ tiêu / Indicator", "Giá trị (value)"
        if part.strip() in _ROLE_OF:
            return _ROLE_OF[part.strip()]
    return None


@dataclass(slots=True)
class Header:
    layout: Layout
    lines: list[int]
    roles: dict[str, int]  # role -> column index (0-based)
    years: dict[int, tuple[int, FigureKind]] = field(default_factory=dict)  # column -> year, kind
    width: int = 0
    unread: dict[int, str] = field(default_factory=dict)  # column -> a year label not understood
    unit: str = ""  # from a "Đơn vị tính: ..." line above the header
    delimiter: str | None = None  # the CSV delimiter; None for a workbook


def _header_from(labels: list[str], lines: list[int], layout: Layout | None) -> Header | None:
    roles: dict[str, int] = {}
    years: dict[int, tuple[int, FigureKind]] = {}
    unread: dict[int, str] = {}
    for index, label in enumerate(labels):
        if not label:
            continue
        role = _role(label)
        if role is not None:
            roles.setdefault(role, index)
            continue
        found = year_column(label)
        if found is not None:
            years[index] = found
        elif mentions_a_year(label):
            unread[index] = label
    width = max((i + 1 for i, label in enumerate(labels) if label), default=0)
    long_ok = {"indicator", "year", "value"} <= roles.keys()
    if long_ok and layout in (None, "long"):
        return Header("long", lines, roles, {}, width)
    numbers = [
        label for i, label in enumerate(labels) if i not in years and _NUMBER_LIKE.match(label)
    ]
    if years and layout in (None, "wide") and sum(1 for label in labels if label) >= 2:
        if numbers:
            return None  # a figure beside the years: a data row, not a header
        if "indicator" not in roles:
            taken = set(roles.values()) | set(years)
            free = [i for i in range(min(years)) if i not in taken]
            if not free:
                return None
            named = [i for i in free if labels[i]]
            roles["indicator"] = named[0] if named else free[-1]
        return Header("wide", lines, roles, years, width, unread)
    return None


def _combined(upper: list[str], lower: list[str]) -> list[str]:
    """Labels of a two-row header: a group label (merged over its columns) on top of each."""
    width = max(len(upper), len(lower))
    upper = upper + [""] * (width - len(upper))
    lower = lower + [""] * (width - len(lower))
    labels: list[str] = []
    group = ""
    for top, bottom in zip(upper, lower, strict=True):
        if top:
            group = top if bottom else ""
        elif not bottom:
            group = ""
        top_label = top or (group if bottom else "")
        labels.append(f"{top_label} {bottom}".strip() if bottom else top)
    return labels


def find_header(rows: list[Row], layout: Layout | None) -> Header | None:
    """The header among the first rows: one row, or two when a group label sits on years."""
    texts = [[cell.text for cell in row.cells] for row in rows]
    for i, labels in enumerate(texts):
        if not any(labels):
            continue
        if i + 1 < len(texts) and _is_subheader(labels, texts[i + 1]):
            header = _header_from(
                _combined(labels, texts[i + 1]), [rows[i].line, rows[i + 1].line], layout
            )
            if header is not None:
                return header
        header = _header_from(labels, [rows[i].line], layout)
        if header is not None:
            return header
    return None


def _is_subheader(upper: list[str], lower: list[str]) -> bool:
    """A second header row: years under group labels (``Thực hiện`` over ``2022 | 2023``), or
    kinds under years (``Năm 2023`` over ``KH | TH``).

    A title above a header is not a header row (one cell, no column name), and a row that names
    its own columns (``Chỉ tiêu``) is a header of its own, not the lower half of one.
    """
    if sum(1 for label in upper if label) < 2 and not any(_role(label) for label in upper if label):
        return False
    if any(_role(label) for label in lower if label):
        return False
    for i, label in enumerate(lower):
        above = upper[i] if i < len(upper) else ""
        if label and above and _role(above):
            return False  # a figure under a named column: a data row
    groups = _combined(upper, [label or " " for label in lower])  # each column's group label
    for i, label in enumerate(lower):
        if not label:
            continue
        above = upper[i] if i < len(upper) else ""
        if year_column(label) and not (above and year_column(above)):
            return True
        if fold(label).strip(" .()") and figure_kind(label) and year_column(groups[i]):
            return True
    return False


# --------------------------------------------------------------------------------------------
# Rows


@dataclass(slots=True)
class Entry:
    """One reported figure, before its number is read or its indicator matched."""

    line: int
    col: int  # 1-based column of the value cell
    label: str
    area: str
    plan: str
    year: int
    kind: FigureKind
    cell: Cell
    unit: str
    source: str


#: The column a finding about a row is about, by its code, for a finding that names no cell:
#: a workbook's finding then names that cell (``Biểu 01!B14``) rather than only the row.
FINDING_ROLES = {
    "unmatched-indicator": "indicator",
    "ambiguous-indicator": "indicator",
    "missing-indicator": "indicator",
    "unmatched-area": "area",
    "unmatched-plan": "plan",
    "bad-year": "year",
    "unknown-figure-kind": "kind",
    "unrecognised-unit": "unit",
    "unit-mismatch": "unit",
}


def finding_column(header: Header | None, code: str) -> int | None:
    """The 1-based column of the cell a finding with ``code`` is about, when the header has it."""
    role = FINDING_ROLES.get(code)
    if header is None or role is None or role not in header.roles:
        return None
    return header.roles[role] + 1


@dataclass(slots=True)
class Outcome:
    """Why a row (or one cell of it) gives no figure."""

    line: int
    code: str
    message: str = ""
    error: bool = False
    warning: bool = False
    col: int | None = None


_NO_FIGURE = {"-", "–", "—", "...", "…", "x", "n/a", "na", "kxđ", "k/xđ", "không có", "_"}
_PAREN_UNIT = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]*)\)\s*$")


def is_no_figure(text: str) -> bool:
    """A cell that says "no figure" the way reports do: ``-``, ``…``, ``x``, ``n/a``."""
    return not text or text.casefold() in _NO_FIGURE


_UNIT_LINE = re.compile(r"^(?:don vi tinh|dvt|don vi|unit|units)\s*[:：]\s*(?P<unit>.+?)\s*\.?$")


def unit_line(row: Row) -> str:
    """The unit of a "Đơn vị tính: triệu đồng" line above a table, or ``""``."""
    for cell in row.cells:
        if cell.text:
            match = _UNIT_LINE.match(fold(cell.text))
            if match is not None:
                rest = cell.text.replace("：", ":").split(":", 1)[1]
                return rest.strip().rstrip(".").strip()
    return ""


def split_unit(label: str) -> tuple[str, str]:
    """``"Thu nhập BQ (triệu đồng/người)"`` -> (``"Thu nhập BQ"``, ``"triệu đồng/người"``)."""
    match = _PAREN_UNIT.match(label)
    if match is None:
        return label, ""
    return match.group("name"), match.group("unit").strip()


def read_year(cell: Cell) -> int | None:
    """A year cell: ``2023``, ``2023.0`` (Excel), ``Năm 2023``; None when it is not a year."""
    if cell.number is not None:
        return int(cell.number) if cell.number.is_integer() else None
    key = fold(cell.text)
    if key.startswith(("nam ", "year ")):
        key = key.split(" ", 1)[1]
    if re.fullmatch(r"[0-9]{4}", key):
        return int(key)
    return None


def read_header(
    table: Table, layout: Layout | None
) -> tuple[Header | None, list[Row], Iterator[Row], ReadError | None]:
    """The header, the rows read to find it, the rows after them, and an error that stopped
    the reading before the header search was done."""
    seen: list[Row] = []
    try:
        for row in table.rows:
            seen.append(row)
            if len(seen) >= HEADER_SEARCH:
                break
    except ReadError as error:
        return find_header(seen, layout), seen, iter(()), error
    return find_header(seen, layout), seen, table.rows, None
