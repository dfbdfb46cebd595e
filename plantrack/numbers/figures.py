"""Figures as year-end tables write them: ``khoảng 24``, ``61-62``, ``tăng 11,07%``,
``giảm 1,1 điểm %``, ``trên 95%`` (:func:`parse_figure`), read with the number reader of
:mod:`plantrack.numbers.parse`.

Pure text in, a :class:`ReportedNumber` out, or a :class:`NumberFormatError` whose message names
the text and says what is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from plantrack import texts
from plantrack.numbers.parse import (
    _SPACES,
    DecimalMark,
    NumberFormatError,
    Qualifier,
    _clip,
    _fast,
    _fold,
    _parse,
)

__all__ = ["Change", "ReportedNumber", "parse_figure"]

Change = Literal["up", "down"]

#: Words before a figure that make it approximate, keyed by their folded form.
_APPROXIMATE = ("uoc tinh khoang", "uoc khoang", "khoang", "xap xi", "approximately", "about")
_APPROXIMATE_SIGNS = ("~", "≈")
#: Words before a figure that make it a change on the year before.
_CHANGES: dict[str, Change] = {"tang": "up", "giam": "down"}
#: Words after a figure that say it is in percentage points.
_POINTS = ("diem phan tram", "diem %", "percentage points", "p.p.", "pp")
#: Two numbers joined by a dash: ``61-62``, ``61 - 62``, ``6,1–6,2``, ``6,6%-6,8%``.
_RANGE = re.compile(
    rf"(?P<low>[0-9][0-9.,{_SPACES}]*?)[{_SPACES}]*(?P<p>%?)[{_SPACES}]*[-\u2013\u2014]"
    rf"[{_SPACES}]*(?P<high>[0-9][0-9.,{_SPACES}]*?)[{_SPACES}]*(?P<q>%?)"
)
_YEARISH = re.compile(r"(?:19|20|21)[0-9]{2}")
#: A sign at the start of a figure, or after its bound (giảm hơn -2%), in the folded text.
_SIGN_AFTER_BOUND = re.compile(r"(?:(?:[<>]|hon|tren|duoi) ?)?[-+\u2212\u2013]")


@dataclass(frozen=True, slots=True)
class ReportedNumber:
    """A figure as a year-end table writes it (:func:`parse_figure`).

    ``value`` is the number (the low end of a range), signed by ``change``: "giảm 1,5%" is
    -1.5 with ``change="down"``. ``exact`` and ``exact_high`` are the same as plain decimal
    strings (``-1.5``). ``high`` is the high end of a range (``61-62``), else None.
    ``points`` marks a figure in percentage points ("1,1 điểm %"); ``approximate`` a figure
    written "khoảng", "about", "~". A bound (``qualifier``) is turned with the sign: "giảm hơn
    2%" is a change of less than -2 %.
    """

    value: float
    exact: str
    high: float | None = None
    exact_high: str | None = None
    qualifier: Qualifier | None = None
    percent: bool = False
    points: bool = False
    change: Change | None = None
    approximate: bool = False
    decimal: DecimalMark | None = None

    @property
    def plain(self) -> bool:
        """A single number with nothing that :func:`parse_number` does not read."""
        return not (self.high is not None or self.points or self.change or self.approximate)


def _strip_prefix(folded: str, shown: str, words: Iterable[str]) -> tuple[str, str] | None:
    """``shown`` without the first of ``words`` it starts with (compared folded), or None."""
    for word in words:
        if folded.startswith(word) and (
            len(folded) == len(word) or not folded[len(word)].isalpha() or not word[-1].isalpha()
        ):
            # Folding keeps one character per character (accents are combining marks, and
            # NFC text has them composed), so the lengths line up.
            return folded[len(word) :].lstrip(), shown[len(word) :].lstrip()
    return None


def parse_figure(text: str, decimal: DecimalMark | None = None) -> ReportedNumber:
    """Read a figure as year-end reports write it: what :func:`parse_number` reads, and

    - ``khoảng 24``, ``ước khoảng 24``, ``xấp xỉ 24``, ``about 24``, ``~24``, ``≈ 24``: 24,
      approximate;
    - ``tăng 11,07%`` (+11.07), ``giảm 1,5%`` (-1.5): a change on the year before;
    - ``1,1 điểm %``, ``-1,1 điểm phần trăm``, ``1.1 pp``: percentage points;
    - ``61-62``, ``61 - 62``, ``6,1–6,2``, ``6,6-6,8%``: a range, low end first. Two years
      (``2021-2025``) or a month and a year (``12-2023``) are refused: they are not figures.

    >>> parse_figure("giảm 1,1 điểm %").value
    -1.1
    >>> figure = parse_figure("khoảng 61-62")
    >>> (figure.value, figure.high, figure.approximate)
    (61.0, 62.0, True)
    """
    if text.isascii():
        fast = _fast(text, decimal)
        if fast is not None:
            return ReportedNumber(fast[0].value, fast[1], decimal=fast[0].decimal)
    whole = unicodedata.normalize("NFC", text).strip()
    try:
        return _figure(whole, decimal)
    except NumberFormatError as error:
        if str(error).startswith(f'"{_clip(whole)}"'):
            raise
        reason = error.args[0]  # a Text: every refusal of number parsing is one
        raise type(error)(
            texts.text("number.in-figure", text=_clip(whole), reason=reason)
        ) from None


def _figure(shown: str, decimal: DecimalMark | None) -> ReportedNumber:
    clipped = _clip(shown)
    folded = _fold_each(shown)
    approximate = False
    change: Change | None = None
    while True:
        if not approximate:
            for sign in _APPROXIMATE_SIGNS:
                if shown.startswith(sign):
                    folded, shown = folded[1:].lstrip(), shown[1:].lstrip()
                    approximate = True
                    break
            else:
                cut = _strip_prefix(folded, shown, _APPROXIMATE)
                if cut is not None:
                    (folded, shown), approximate = cut, True
            if approximate:
                continue
        if change is None:
            found = next(
                (
                    (word, cut)
                    for word in _CHANGES
                    if (cut := _strip_prefix(folded, shown, [word])) is not None
                ),
                None,
            )
            if found is not None:
                change = _CHANGES[found[0]]
                folded, shown = found[1]
                continue
        break
    points = False
    for word in _POINTS:
        if folded.endswith(word) and len(folded) > len(word):
            before = folded[-len(word) - 1]
            if word[0].isalpha() and before.isalpha():
                continue
            shown = shown[: -len(word)].rstrip()  # (folded is not read again)
            points = True
            break
    if points and shown.endswith("%"):
        raise NumberFormatError(texts.text("number.points-with-percent", text=clipped))
    if change is not None and _SIGN_AFTER_BOUND.match(_fold(shown)):
        raise NumberFormatError(texts.text("number.change-with-sign", text=clipped))
    flip = -1 if change == "down" else 1

    ranged = _RANGE.fullmatch(shown)
    if ranged is not None:
        low_text, high_text = ranged.group("low"), ranged.group("high")
        if _YEARISH.fullmatch(high_text) and (
            _YEARISH.fullmatch(low_text) or (low_text.isdigit() and len(low_text) <= 2)
        ):
            raise NumberFormatError(texts.text("number.period-not-figure", text=clipped))
        ends = []
        marks: set[DecimalMark] = set()
        for end in (low_text, high_text):
            parsed, exact = _parse(end, decimal)
            ends.append((parsed.value, exact))
            if parsed.decimal is not None:
                marks.add(parsed.decimal)
        if len(marks) > 1:
            raise NumberFormatError(texts.text("number.range-mixed-marks", text=clipped))
        (low, low_exact), (high, high_exact) = ends
        if low > high:
            raise NumberFormatError(
                texts.text("number.range-low-first", text=clipped, high=high_text, low=low_text)
            )
        percent = bool(ranged.group("p") or ranged.group("q"))
        mark = marks.pop() if marks else None
        if low == high:
            return ReportedNumber(
                flip * low or 0.0,
                _signed(low_exact, flip),
                None,
                None,
                None,
                percent,
                points,
                change,
                approximate,
                mark,
            )
        if flip < 0:
            low, high, low_exact, high_exact = -high, -low, high_exact, low_exact
            low_exact, high_exact = _signed(low_exact, -1), _signed(high_exact, -1)
        return ReportedNumber(
            low or 0.0,
            low_exact,
            high or 0.0,
            high_exact,
            None,
            percent,
            points,
            change,
            approximate,
            mark,
        )
    if not shown:
        raise NumberFormatError(texts.text("number.not-a-number", text=clipped))
    parsed, exact = _parse(shown, decimal)
    qualifier = parsed.qualifier
    if flip < 0 and qualifier is not None:
        qualifier = "less_than" if qualifier == "more_than" else "more_than"
    return ReportedNumber(
        flip * parsed.value or 0.0,
        _signed(exact, flip),
        None,
        None,
        qualifier,
        parsed.percent,
        points,
        change,
        approximate,
        parsed.decimal,
    )


def _signed(exact: str, flip: int) -> str:
    """``exact`` with the sign a fall gives it ("giảm 2" is -2). It has no sign of its own: a
    sign after tăng / giảm is refused before (``number.change-with-sign``)."""
    if flip > 0 or Decimal(exact) == 0:
        return exact
    return "-" + exact


def _fold_each(text: str) -> str:
    """``text`` lower case and without accents, one character for each of ``text``'s."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
        kept = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append(kept[0].casefold()[:1] if len(kept.casefold()) == 1 else ch)
    return "".join(out)
