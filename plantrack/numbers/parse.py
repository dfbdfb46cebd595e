"""Numbers as people write them: ``1.234,5`` (Vietnamese), ``1,234.5`` (English), ``12,96%``.

A pure module: text in, a :class:`ParsedNumber` out, or a :class:`NumberFormatError` whose
message names the text and says what is wrong. The CSV/Excel readers and ``plantrack calc`` share
it.

How a number is read:

- the text is normalised to Unicode NFC and stripped;
- a bound qualifier may come first and is kept as data: ``>``, ``hơn``, ``trên`` (more than),
  ``<``, ``dưới`` (less than), in any case and with or without accents;
- then a sign (``+``, ``-``, the minus sign ``−`` or an en dash ``–``), only at the start;
- then the digits, with ``.`` or ``,`` as the decimal mark and the other one, or a space (plain,
  non-breaking U+00A0, narrow no-break U+202F, thin U+2009), as the thousands separator;
- then an optional ``%``; the value stays in percent units (``12,96%`` is 12.96).

Most numbers say by themselves which mark is the decimal one: ``1.234,5`` (both marks),
``45,5`` (not three digits after the mark), ``1.234.567`` (repeated groups). A single mark
followed by exactly three digits (``6.794``, ``2,250``) fits both readings; unless the caller
says which with ``decimal``, such a number raises :class:`AmbiguousNumber`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from plantrack import texts
from plantrack.numbers.format import ExactNumber
from plantrack.texts import Text

DecimalMark = Literal["comma", "point"]
Qualifier = Literal["more_than", "less_than"]

__all__ = [
    "AmbiguousNumber",
    "DecimalMark",
    "NumberFormatError",
    "ParsedNumber",
    "Qualifier",
    "parse_number",
    "parse_rate",
    "shared_thousands",
]


class NumberFormatError(ValueError):
    """The text is not a number as a person writes one; the message (a :class:`Text`, in
    English as ``str(error)``, in Vietnamese as ``error.args[0].render("vi")``) names the text."""


class AmbiguousNumber(NumberFormatError):
    """The text reads as two different numbers (``6.794``: 6794 or 6.794)."""


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number read from text.

    ``value`` is in the units written (``12,96%`` gives 12.96 with ``percent=True``);
    ``decimal`` is the reading that was used when the text had a mark that needed one
    (``"comma"`` for ``1.234,5``, ``"point"`` for ``12.96``), None when it had none (``6794``,
    ``1 234``).
    """

    value: float
    qualifier: Qualifier | None = None
    percent: bool = False
    decimal: DecimalMark | None = None


#: What each bound word or sign means, keyed by its folded (lower-case, accent-free) form.
_QUALIFIERS: dict[str, Qualifier] = {
    ">": "more_than",
    "hon": "more_than",
    "tren": "more_than",
    "<": "less_than",
    "duoi": "less_than",
}
_INCLUSIVE_BOUNDS = ("≥", "≤", ">=", "<=", "=>", "=<")
_SIGNS = {"+": 1, "-": -1, "\u2212": -1, "\u2013": -1}  # U+2212 minus sign, U+2013 en dash
_SPACES = "\u0020\u00a0\u202f\u2009"  # space, no-break, narrow no-break, thin
_MARK = {"comma": ",", "point": "."}

_WORDS = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*")
_BODY = re.compile(rf"[0-9]+(?:[.,{_SPACES}][0-9]+)*|[.,][0-9]+")


def _fold(text: str) -> str:
    """Lower case without accents; ``đ`` has no combining mark, so it is folded by hand (after
    ``Đ`` is lower-cased to it)."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def _read(body: str, decimal: DecimalMark) -> tuple[str, None] | tuple[None, Text]:
    """``body`` (digits and separators, no sign) read with ``decimal`` as the decimal mark.

    Returns ``(canonical, None)`` with a plain ``1234.5`` string, or ``(None, reason)``.
    """
    mark = _MARK[decimal]
    if body.count(mark) > 1:
        if decimal == "comma":
            return None, texts.text("number.two-decimal-commas")
        return None, texts.text("number.two-decimal-points")
    whole, _, fraction = body.partition(mark)
    if any(ch in fraction for ch in ".," + _SPACES):
        return None, texts.text("number.separator-after-decimal")
    separators = {ch for ch in whole if not ch.isdigit()}
    if separators - set(_SPACES) and separators & set(_SPACES):
        return None, texts.text("number.mixed-separators")
    groups = re.split(rf"[.,{_SPACES}]", whole)
    if len(groups) > 1:
        if not 1 <= len(groups[0]) <= 3 or groups[0].startswith("0"):
            return None, texts.text("number.group-start")
        if any(len(group) != 3 for group in groups[1:]):
            return None, texts.text("number.group-size")
    digits = "".join(groups) or "0"
    return (f"{digits}.{fraction}" if fraction else digits), None


#: The reasons that say what is wrong with the digit groups, said first when both readings fail.
_GROUPING = frozenset({"number.group-start", "number.group-size"})


_PLAIN_DECIMAL = re.compile(r"-?([0-9]+)([.,])([0-9]+)")


def _fast(text: str, decimal: DecimalMark | None) -> tuple[ParsedNumber, str] | None:
    """The common cases in data files, without the general reader: ``6794``, ``12.96``,
    ``45,5``, ``-0.25``: digits, and at most one mark that can only be a decimal mark (not
    followed by exactly three digits after one to three digits, which reads both ways)."""
    if text.isdigit():
        value = float(text)
        return (ParsedNumber(value), text.lstrip("0") or "0") if math.isfinite(value) else None
    match = _PLAIN_DECIMAL.fullmatch(text)
    if match is None:
        return None
    whole, mark, fraction = match.groups()
    if len(fraction) == 3 and len(whole) <= 3 and not whole.startswith("0"):
        return None  # 6.794: both readings possible
    used: DecimalMark = "point" if mark == "." else "comma"
    if decimal is not None and decimal != used:
        return None  # the general reader explains the mismatch
    canonical = text.replace(",", ".")
    value = float(canonical)
    if not math.isfinite(value):
        return None  # the general reader says it is too large
    if value == 0:
        canonical, value = canonical.lstrip("-"), 0.0
    return ParsedNumber(value, None, False, used), canonical


def _parse(text: str, decimal: DecimalMark | None) -> tuple[ParsedNumber, str]:
    """The parsed number and its exact value as a plain decimal string (``-1234.5``)."""
    if decimal not in (None, "comma", "point"):
        raise ValueError(f"decimal must be 'comma', 'point' or None, not {decimal!r}")
    if text.isascii():
        fast = _fast(text, decimal)
        if fast is not None:
            return fast
    shown = unicodedata.normalize("NFC", text).strip()
    clipped = _clip(shown)
    if not shown:
        raise NumberFormatError(texts.text("number.empty"))
    rest = shown

    qualifier: Qualifier | None = None
    for bound in _INCLUSIVE_BOUNDS:
        if rest.startswith(bound):
            raise NumberFormatError(texts.text("number.inclusive-bound", text=clipped, bound=bound))
    words = _WORDS.match(rest)
    if rest[:1] in "<>":
        qualifier, rest = _QUALIFIERS[rest[0]], rest[1:].lstrip()
    elif words is not None:
        word = words.group(0)
        remainder = rest[words.end() :].lstrip()
        if remainder[:1] not in set("0123456789.,") | set(_SIGNS):
            raise NumberFormatError(texts.text("number.not-a-number", text=clipped))
        if _fold(word) not in _QUALIFIERS:
            raise NumberFormatError(texts.text("number.unknown-word", text=clipped, word=word))
        qualifier, rest = _QUALIFIERS[_fold(word)], remainder

    sign = 1
    if rest[:1] in _SIGNS:
        sign, rest = _SIGNS[rest[0]], rest[1:]

    percent = rest.endswith("%")
    if percent:
        rest = rest[:-1].rstrip()

    if not _BODY.fullmatch(rest):
        raise NumberFormatError(texts.text("number.not-a-number.how", text=clipped))

    readings: dict[DecimalMark, str] = {}
    reasons: list[Text] = []
    for mark in ("comma", "point"):
        canonical, reason = _read(rest, mark)
        if canonical is None:
            assert reason is not None
            reasons.append(reason)
        else:
            readings[mark] = canonical

    if not readings:
        grouping = [reason for reason in reasons if reason.key in _GROUPING]
        raise NumberFormatError(
            texts.text("number.not-a-number.because", text=clipped, reason=(grouping or reasons)[0])
        )

    used: DecimalMark | None
    if len(readings) == 1:
        (used,) = readings
        if decimal is not None and decimal != used:
            only = ExactNumber(Decimal(readings[used]) * sign)
            if used == "point":
                raise NumberFormatError(
                    texts.text("number.only-english-style", text=clipped, only=only)
                )
            raise NumberFormatError(
                texts.text("number.only-vietnamese-style", text=clipped, only=only)
            )
    elif Decimal(readings["comma"]) == Decimal(readings["point"]):
        used = None  # no mark that needs a reading: 6794, 1 234
    elif decimal is None:
        comma, point = (ExactNumber(Decimal(readings[mark]) * sign) for mark in ("comma", "point"))
        raise AmbiguousNumber(
            texts.text("number.ambiguous", text=clipped, comma=comma, point=point)
        )
    else:
        used = decimal

    canonical = readings[used or "comma"]
    value = float(canonical)
    if not math.isfinite(value):
        raise NumberFormatError(texts.text("number.too-large", text=clipped))
    if value == 0:
        sign = 1  # no negative zero
    exact = ("-" if sign < 0 else "") + canonical
    return ParsedNumber(sign * value, qualifier, percent, used), exact


def _clip(text: str, limit: int = 60) -> str:
    """``text`` for a one-line error message: control characters escaped, cut short."""
    text = "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
        else ch
        for ch in text
    )
    return text if len(text) <= limit else text[: limit - 3] + "..."


def parse_number(text: str, decimal: DecimalMark | None = None) -> ParsedNumber:
    """Read a number written by a person.

    ``decimal`` says how to read an ambiguous number (``6.794``): ``"comma"`` for the
    Vietnamese reading (6794), ``"point"`` for the English one (6.794). A number whose own
    marks decide the reading must agree with it.

    >>> parse_number("1.234,5")
    ParsedNumber(value=1234.5, qualifier=None, percent=False, decimal='comma')
    >>> parse_number("trên 12,96%")
    ParsedNumber(value=12.96, qualifier='more_than', percent=True, decimal='comma')
    >>> parse_number("6.794", decimal="point").value
    6.794
    """
    return _parse(text, decimal)[0]


def parse_rate(
    text: str, decimal: DecimalMark | None = None, *, require_percent: bool = True
) -> float:
    """A rate in percent, as a fraction: ``"12.96%"`` and ``"12,96%"`` -> 0.1296.

    A bare number is refused (12.96 could mean 12.96 % or 1296 %) unless ``require_percent``
    is False, for places that ask for percent explicitly. Bounds (``> 5%``) are refused.

    >>> parse_rate("12,96%")
    0.1296
    """
    parsed, exact = _parse(text, decimal)
    shown = _clip(unicodedata.normalize("NFC", text).strip())
    if parsed.qualifier is not None:
        raise NumberFormatError(texts.text("number.rate-with-bound", text=shown))
    if require_percent and not parsed.percent:
        hundred = ExactNumber(Decimal(exact) * 100)
        raise NumberFormatError(
            texts.text("number.rate-needs-percent", text=shown, hundred=hundred)
        )
    return float(Decimal(exact) / 100)


def shared_thousands(low: str, high: str, decimal: DecimalMark) -> str | None:
    """The low end of a range whose thousands are written once, on the high end, written whole:
    "40" of "40-45.000 tấn" is "40.000" (40.000 to 45.000 tấn, not 40 to 45.000; ``decimal`` says
    which mark groups thousands; "40-42.500" is 40.000 to 42.500); None when the low end is
    written whole. Only where the low end scaled is of the high end's order and below it
    ("1-45.000" stays 1 to 45.000)."""
    group = "." if decimal == "comma" else ","
    whole = re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", high)
    if not low.isdigit() or whole is None:
        return None
    high_value = int(high.replace(group, ""))
    for groups in range(high.count(group), 0, -1):
        scaled = int(low) * 1000**groups
        if scaled < high_value < scaled * 10:
            return low + (group + "000") * groups
    return None
