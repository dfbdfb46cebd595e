"""A plan's text as pieces: numbered items and paragraphs, each with its place and level.

Items are numbered as plans number them: "(1)", "1)", "1.", "1.1.", "2-", "a)", "I.", "II-", "-", "+",
"•"; also inline, in one long paragraph ("… 16%. 2. Thu nhập …": a number followed by a capital,
counting on from the item before). A piece's level orders them (I. above 1. above 1.1. above (1)
above a) above - above +); a paragraph with no number has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from plantrack.extract import words


class BlockLike(Protocol):
    """A paragraph of the source with its place (see :mod:`plantrack.extract.sources`)."""

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Span:
    """A piece of one block: ``block`` is its index, ``start:end`` its characters."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class Piece:
    """An item or a paragraph: the unit headings and targets are read from."""

    span: Span
    text: str
    marker: str | None
    number: str | None
    level: int


_MARK_START = re.compile(
    # a resolution's article, above its numbered points: "Điều 2. Về các chỉ tiêu chủ yếu …"
    r"^\s*(?P<marker>(?P<article>(?:Điều|ĐIỀU)\s+(?P<anum>\d{1,3}))[.:]?(?=\s)|(?:\(|(?=\d{1,2}\)\s))(?P<pnum>\d{1,3})\)|(?P<num>\d{1,2}(?:\.\d{1,2})*)(?:[.-](?=\s|[^\W\d_a-zđ])|/(?=\s))"
    r"|(?P<dnum>\d{1,2}(?:\.\d{1,2})+)(?=\s)|(?P<letter>[a-zđ])\)|(?P<roman>[IVX]{1,5})(?:\.|-|–)(?=\s)"
    r"|(?P<dash>[-+•–*])|(?P<bare>\d{1,2})(?=\s+\w))\s*"
)


_MARK_INLINE = re.compile(
    r"(?<=[\s.;:])(?P<marker>(?:\(|(?=\d{1,2}\)\s))(?P<pnum>\d{1,3})\)|(?P<num>\d{1,2})\.|(?P<letter>[a-zđ])\)"
    # a dash after a full stop, a semicolon or a colon: "… 8 - 10%/năm. - Đảm bảo tưới …"
    r"|(?P<roman>[IVX]{1,5})\.|(?<=[.;:]\s)(?P<dash>[-–]))\s+(?=\w)"
)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


def _level(match: re.Match[str]) -> tuple[int, str | None]:
    if match.groupdict().get("article"):
        return 1, match["anum"]
    if match["roman"]:
        return 1, match["roman"]
    if match["num"] is not None:
        return 2 + match["num"].count("."), match["num"]
    if match.groupdict().get("dnum") is not None:
        return 2 + match["dnum"].count("."), match["dnum"]
    if match.groupdict().get("bare") is not None:
        return 2, match["bare"]
    if match["pnum"] is not None:
        return 5, match["pnum"]
    if match["letter"] is not None:
        return 6, match["letter"]
    return 7, None  # "-", "+": level by the mark below


def pieces_of(blocks: Sequence[BlockLike]) -> list[Piece]:
    """Items and paragraphs, inline numbered items cut out, in order."""
    pieces: list[Piece] = []
    last = {"num": 0, "pnum": 0, "roman": 0}
    for index, block in enumerate(blocks):
        text = block.text
        starts: list[tuple[int, re.Match[str] | None]] = []
        first = _counter_or_mark(text)
        starts.append((0, first))
        for match in _MARK_INLINE.finditer(text):
            if first is not None and match.start() < first.end():
                continue
            after = text[match.end() : match.end() + 1]
            if match["dash"] and (after.isupper() or after.isdigit()):
                starts.append((match.start(), match))  # "… 8 - 10%/năm. - 100% số xã …"
                continue
            if not after.isupper():
                continue
            kind, value = _inline_kind(match)
            if value != last.get(kind, 0) + 1 and not (value == 1 and kind != "pnum"):
                continue
            before = text[: match.start()].rstrip()
            if kind != "roman" and before and before[-1] not in ".;:…)" and kind != "num":
                continue
            last[kind] = value
            starts.append((match.start(), match))
        for n, (begin, found) in enumerate(starts):
            end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
            piece_text = text[begin:end].rstrip()
            if not piece_text.strip():
                continue
            if found is not None:
                level, number = _level(found)
                dash = found.groupdict().get("dash")
                if dash:
                    level = 7 if dash in "-–•*" else 8
                for kind in ("num", "pnum", "roman"):
                    if found.groupdict().get(kind):
                        last[kind] = _inline_kind_value(kind, found[kind])
                marker = found["marker"]
            else:
                level, number, marker = 9, None, None
            lead_space = len(piece_text) - len(piece_text.lstrip())
            pieces.append(
                Piece(
                    span=Span(index, begin + lead_space, begin + len(piece_text)),
                    text=piece_text.strip(),
                    marker=marker,
                    number=number,
                    level=level,
                )
            )
    return pieces


def mark_level(text: str) -> int | None:
    """The level of the item mark a line opens with before its words ("1. Tốc độ" 2, "+ Du lịch"
    8, as :func:`pieces_of` levels them), None when it opens with none or with a figure ("-4,13%",
    a row's number alone)."""
    found = _counter_or_mark(text)
    if found is None or not text[found.end() :][:1].isalpha():
        return None
    level, _ = _level(found)
    dash = found.groupdict().get("dash")
    return (7 if dash in "-–•*" else 8) if dash else level


def _counter_or_mark(text: str) -> re.Match[str] | None:
    """The mark a line opens with. A number alone is a mark only before a capital letter, as a
    list's counter that lost its dot is ("0 Thu ngân sách trên địa bàn … đạt trên 28 nghìn tỷ
    đồng", an infographic's boxes; "1 Tốc độ tăng trưởng GRDP đạt 8%", a table's numbered
    rows): a count opens no sentence that way ("3 xã đạt chuẩn …"). Nor is it one before what
    it counts, an abbreviation or an area, when the line holds no other figure: "15 HTX thành
    lập mới", "2 Xã đạt chuẩn nông thôn mới nâng cao" are counts."""
    found = _MARK_START.match(text)
    if found is None or found["bare"] is None:
        return found
    rest = text[found.end() :]
    if not rest[:1].isupper():
        return None
    word = rest.split(maxsplit=1)[0].strip(",;:.")
    counted = (len(word) >= 2 and word.isupper()) or _AREA.match(rest) is not None
    if counted and not any(c.isdigit() for c in rest):
        return None
    return found


#: An area a number at a line's start may count ("2 Xã đạt chuẩn …", "10 Tỉnh …").
_AREA = re.compile(rf"(?:{words.AREA_NOUN}|tỉnh|quận|thành phố)\b", re.IGNORECASE)


def _inline_kind(match: re.Match[str]) -> tuple[str, int]:
    for kind in ("num", "pnum", "roman"):
        if match[kind]:
            return kind, _inline_kind_value(kind, match[kind])
    return "letter", 0


def _inline_kind_value(kind: str, value: str) -> int:
    if kind == "roman":
        return _ROMAN.get(value, 0)
    return int(value.split(".")[0]) if kind == "num" else int(value)
