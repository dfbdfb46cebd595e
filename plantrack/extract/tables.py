"""A table of targets (a Word document's "Phụ lục"), its rows read as sentences.

Plans often give their targets as a table: ``STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025``. The
header row says which column names the indicator ("Chỉ tiêu", "Nội dung"), which gives the unit
("ĐVT", "Đơn vị tính") and which the target: a column of the plan ("Kế hoạch", "Mục tiêu",
"Chỉ tiêu", "KH", a year or a period), never one of results ("Thực hiện", "Ước TH", "Kết quả",
"So sánh", "%"). Each row after the header is read as the sentence the table means,
"<chỉ tiêu> đạt <target> <unit> năm 2025", and its target keeps the row as written (its cells
joined by " | ") as its ``text``. A table without such a header is read as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrack.extract.items import BlockLike

_NAME = re.compile(r"chỉ tiêu|nội dung|tên|hạng mục|danh mục", re.IGNORECASE)
_UNIT = re.compile(r"^(?:đvt|đơn vị(?: tính)?|đ\.v\.t)\W*$", re.IGNORECASE)
_PLANNED = re.compile(r"kế hoạch|mục tiêu|chỉ tiêu|\bkh\b|phấn đấu|định hướng", re.IGNORECASE)
_RESULT = re.compile(
    r"thực hiện|\bước\b|\bth\b|kết quả|so sánh|so với|tỷ lệ|%|ghi chú|đánh giá", re.IGNORECASE
)
_YEAR = re.compile(r"(?:19|20)\d\d")


_NOTE = re.compile(r"ghi chú|note", re.IGNORECASE)


def names_indicators(cell: str) -> bool:
    """Whether a header's cell heads the column of the indicators' names ("Chỉ tiêu", "Nội
    dung", "Tên chỉ tiêu")."""
    return _NAME.search(cell) is not None


def column_role(cell: str) -> str | None:
    """What a header's cell says its column holds: "unit", "note", "result" (what was done),
    "planned" (a column of the plan, or a year's), None when it says none of these."""
    if _UNIT.match(cell.strip()):
        return "unit"
    if _NOTE.search(cell):
        return "note"
    if _RESULT.search(cell):
        return "result"
    if _PLANNED.search(cell) or _YEAR.search(cell):
        return "planned"
    return None


def _cells(block: BlockLike) -> tuple[str, ...] | None:
    return getattr(block, "cells", None)


def _table(block: BlockLike) -> int | None:
    location = getattr(block, "location", None)
    return getattr(location, "table", None)


@dataclass(frozen=True)
class _Columns:
    name: int
    unit: int | None
    target: int
    time: str  # the target column's time, as a phrase: "năm 2025", "giai đoạn 2021-2025"


def _columns(header: Sequence[str]) -> _Columns | None:
    name = next((i for i, cell in enumerate(header) if _NAME.search(cell)), None)
    if name is None:
        return None
    unit = next((i for i, cell in enumerate(header) if _UNIT.match(cell.strip())), None)
    candidates = [
        i
        for i, cell in enumerate(header)
        if i not in (name, unit)
        and not _RESULT.search(cell)
        and (_PLANNED.search(cell) or _YEAR.search(cell))
    ]
    if not candidates:
        return None
    # the plan's own column, the latest year among them
    target = max(candidates, key=lambda i: (bool(_PLANNED.search(header[i])), _latest(header[i])))
    return _Columns(name, unit, target, _time_phrase(header[target]))


def _latest(cell: str) -> int:
    years = [int(y) for y in _YEAR.findall(cell)]
    return max(years) if years else 0


def _time_phrase(cell: str) -> str:
    period = re.search(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", cell)
    if period:
        return f"giai đoạn {period.group(1)}-{period.group(2)}"
    year = _YEAR.search(cell)
    if year is None:
        return ""
    return (
        f"đến năm {year.group(0)}"
        if re.search(r"đến", cell, re.IGNORECASE)
        else f"năm {year.group(0)}"
    )


def table_sentences(blocks: Sequence[BlockLike]) -> dict[int, str]:
    """The sentence each data row of a table of targets means, by the row's block index (its
    header row as a heading with no figure)."""
    out: dict[int, str] = {}
    columns: _Columns | None = None
    current: int | None = None
    for index, block in enumerate(blocks):
        table, cells = _table(block), _cells(block)
        if table is None or cells is None:
            current, columns = None, None
            continue
        if table != current:  # the first row of a table is its header
            current, columns = table, _columns(cells)
            if columns is not None:  # read as the heading it is, its years no figures
                out[index] = " | ".join(re.sub(r"\d", "", cell).strip() for cell in cells if cell)
            continue
        if columns is None or columns.name >= len(cells):
            continue
        name = _vietnamese(cells[columns.name].strip())
        target = cells[columns.target].strip() if columns.target < len(cells) else ""
        unit = (
            cells[columns.unit].strip()
            if columns.unit is not None and columns.unit < len(cells)
            else ""
        )
        if not unit and (own := _OWN_UNIT.search(name)):
            name, unit = name[: own.start()].rstrip(), own.group(1)
        if not name:
            continue
        if not target or not re.search(r"\d", target):
            # no target of the plan: nothing read, neither its figures (results) nor its name
            # ("Số xã đạt chuẩn NTM", no qualitative target); a group's row, with no cells at
            # all, heads the rows under it
            blank = not any(cell.strip() for n, cell in enumerate(cells) if n != columns.name)
            words = re.sub(r"\d", "", name).strip(" :")
            if _IN_WORDS.search(target):  # a target in words: "Hoàn thành cơ bản" (not "x")
                out[index] = f"{words} {target[:1].lower()}{target[1:]}."
            else:
                out[index] = f"{words}:" if blank else ""
            continue
        joined = f"{target}{unit}" if unit in ("%", "‰") else f"{target} {unit}".strip()
        verb = "" if re.match(r"\D", target) else "đạt "
        out[index] = f"{name} {verb}{joined} {columns.time}".strip() + "."
    return out


#: A unit a name cell gives in brackets at its end, when the table has no unit column:
#: "Tỷ lệ thôn bản có nhân viên y tế (%)", "Giá trị xuất khẩu (triệu USD)", "… IMR (%0)".
_OWN_UNIT = re.compile(
    r"\(\s*(%|‰|%0|%o|0/00|năm|tuổi|(?:(?:triệu|tỷ|nghìn|ngàn|vạn)\s+)?"
    r"(?:đồng|USD|tấn|ha|km|người|lao động|hộ))\s*\)$",
    re.IGNORECASE,
)
#: A plan's cell in words, a target with no figure: two letters or more ("Hoàn thành"), not a
#: mark ("x", "-").
_IN_WORDS = re.compile(r"[^\W\d_]{2,}")
#: Words of English that a bilingual table's name cell gives after the Vietnamese.
_ENGLISH = re.compile(r"\b(?:of|per|the|and|in|to|at|by|with|rate|having|were|which)\b")


def _vietnamese(name: str) -> str:
    """A bilingual name cell without its English ("Số bác sỹ cho 10000 dân - Number of Medicine
    Doctors per 10000 persons"): from the first of three words or more, all in ASCII letters,
    the first a capital, among them a word of English, to the end."""
    tokens = name.split(" ")
    for at in range(1, len(tokens) - 2):
        tail = " ".join(tokens[at:])
        if (
            tail.isascii()
            and tokens[at][:1].isupper()
            and _ENGLISH.search(tail)
            and not " ".join(tokens[:at]).isascii()
        ):
            return " ".join(tokens[:at]).rstrip(" -–:")
    return name
