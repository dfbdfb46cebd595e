"""A text file whose lines are broken mid-sentence, as text copied from a PDF or a printed book
is: its lines joined back into paragraphs by the PDF reader's rule, each paragraph keeping the
line every part of it comes from.

A text is taken as hard-wrapped when most of its longer lines do not end a sentence (more than
three in five of the lines of 25 characters or more); a text written a paragraph a line is left
as it is. Even then a line goes on with the next only when the next starts with a small letter,
is a short cell, or opens with a word that would not have fitted: a line that stops well short of
the text's width was ended by its writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrack.extract.source_pdf import continues_sentence, join_lines
from plantrack.extract.sources import Block, Location

_ENDS = (".", ";", ":", "!", "?", "…", '"', "”", ")")

#: For each joined paragraph (by its index), where each of its lines starts: (offset, line).
LineStarts = dict[int, list[tuple[int, int]]]


#: A line this long or longer is prose, not a cell or a heading.
_LONG = 25


def hard_wrapped(blocks: Sequence[Block]) -> bool:
    long = [b.text for b in blocks if len(b.text) >= _LONG and b.cells is None]
    if len(long) < 4:
        return False
    open_ended = sum(not text.rstrip().endswith(_ENDS) for text in long)
    return open_ended / len(long) > 0.6


def rewrap(blocks: Sequence[Block]) -> tuple[tuple[Block, ...], LineStarts]:
    """The paragraphs of a hard-wrapped text (the blocks as they are when it is not one)."""
    if not hard_wrapped(blocks):
        return tuple(blocks), {}
    out: list[Block] = []
    starts: LineStarts = {}
    width = _width(blocks)
    previous = ""
    for block in blocks:
        line = block.location.line or 0
        if block.cells is not None or (out and out[-1].cells is not None):
            starts[len(out)] = [(0, line)]  # a table's row is a line of its own
            out.append(block)
        elif (
            out
            and not _after_blank(starts[len(out) - 1], line, out[-1].text, block.text)
            and continues_sentence(out[-1].text, block.text)
            and (
                block.text[:1].islower() or _cell(block.text) or _full(previous, block.text, width)
            )
        ):
            joined = join_lines(out[-1].text, block.text)
            starts[len(out) - 1].append((len(joined) - len(block.text), line))
            out[-1] = Block(joined, out[-1].location)
        else:
            starts[len(out)] = [(0, line)]
            out.append(Block(block.text, Location(line=line)))
        previous = block.text
    return tuple(out), starts


def _width(blocks: Sequence[Block]) -> int:
    """The width the text's lines were broken at: the length most of its longer lines reach.
    When more than half of its lines that end no sentence are of one length (within a tenth: the
    lines of wrapped paragraphs), a line more than twice that long is a paragraph written on
    one line, as Bình Dương's plan keeps beside its wrapped ones (460 characters beside 80),
    and tells nothing of the width."""
    long = [b.text for b in blocks if len(b.text) >= _LONG and b.cells is None]
    lengths = sorted(len(text) for text in long)
    wrapped = sorted(len(text) for text in long if not text.rstrip().endswith(_ENDS))
    if wrapped:
        most = wrapped[len(wrapped) // 2]
        if 2 * sum(abs(length - most) <= 0.1 * most for length in wrapped) > len(wrapped):
            lengths = [length for length in lengths if length <= 2 * most]
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _full(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was broken because the first word of ``following`` did not fit on it,
    as a line wrapped at ``width`` is; a line that stops well short of the width ends where
    its writer ended it (an infographic's label, a list's item: "0 Kim ngạch xuất khẩu trên 2
    tỷ USD", then "Tốc độ đổi mới công nghệ ;")."""
    word = following.split(maxsplit=1)[0] if following.split() else ""
    return len(line) + 1 + len(word) >= 0.9 * width


def _after_blank(paragraph: list[tuple[int, int]], line: int, before: str, text: str) -> bool:
    """Whether a blank line separates ``line`` (holding ``text``) from the paragraph ``before``
    it (whose lines start as ``paragraph`` says) and ends that paragraph: as after "- Hộ gia
    đình được sử dụng điện lưới quốc gia: 97,8%", a blank line, then "8 chỉ tiêu xã hội gồm:"
    (Lào Cai). Not when the line starts with a small letter (a page's break in the middle of a
    sentence: "tỷ lệ", a blank line, "dân số tham gia bảo hiểm y tế đạt trên 95%"), nor in a
    table flattened one cell a line, its cells apart (Viet Nam 2019: "1.", "Tốc độ tăng tổng
    sản phẩm trong nước (GDP)", "%", "6,6-6,8"), when the line is a short cell that opens
    nothing or the paragraph is a row's number alone."""
    if line <= max(start_line for _, start_line in paragraph) + 1:
        return False
    return not (text[:1].islower() or _cell(text) or _ROW_NUMBER.fullmatch(before))


#: A row's number alone: "1.", "12", "a)".
_ROW_NUMBER = re.compile(r"\W*(?:\d{1,3}|[a-zđ]|[IVX]+)[.)]?\W*")


def _cell(text: str) -> bool:
    """Whether a line is short and opens or separates nothing: a table's cell ("%", "6,6-6,8",
    "Khoảng 4", "Vượt"), not a lead ("8 chỉ tiêu xã hội gồm:") nor a page's byline ("20:03
    11-12-2023 | :155")."""
    return len(text) < _LONG and ":" not in text and "|" not in text


def line_at(starts: LineStarts, block: int, offset: int) -> int | None:
    """The source line a character of a joined paragraph comes from."""
    found = None
    for start, line in starts.get(block, []):
        if start <= offset:
            found = line
    return found
