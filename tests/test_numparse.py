"""Reading numbers as people write them: Vietnamese and English styles, bounds, percentages."""

from __future__ import annotations

import doctest
import math
import re
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from plantrack.numbers import figures
from plantrack.numbers import parse as numparse
from plantrack.numbers.format import format_number
from plantrack.numbers.parse import (
    AmbiguousNumber,
    NumberFormatError,
    ParsedNumber,
    parse_number,
    parse_rate,
)

N = ParsedNumber

ACCEPTED = [
    # plain
    ("6794", None, N(6794.0)),
    ("0", None, N(0.0)),
    ("007", None, N(7.0)),
    ("  42  ", None, N(42.0)),
    # Vietnamese style: decimal comma, dots between thousands
    ("45,5", None, N(45.5, decimal="comma")),
    ("1.234,5", None, N(1234.5, decimal="comma")),
    ("1.234.567", None, N(1234567.0, decimal="comma")),
    ("1.234.567,891", None, N(1234567.891, decimal="comma")),
    ("0,5", None, N(0.5, decimal="comma")),
    (",5", None, N(0.5, decimal="comma")),
    ("12,96%", None, N(12.96, percent=True, decimal="comma")),
    ("12,96 %", None, N(12.96, percent=True, decimal="comma")),
    ("0,000", None, N(0.0, decimal="comma")),
    # English style: decimal point, commas between thousands
    ("45.5", None, N(45.5, decimal="point")),
    ("12.96", None, N(12.96, decimal="point")),
    ("1,234.5", None, N(1234.5, decimal="point")),
    ("1,234,567", None, N(1234567.0, decimal="point")),
    ("12.96%", None, N(12.96, percent=True, decimal="point")),
    ("0.500", None, N(0.5, decimal="point")),  # 0.500 cannot be five hundred
    ("1234.567", None, N(1234.567, decimal="point")),  # 1234 is not a thousands group
    (".5", None, N(0.5, decimal="point")),
    # spaces of every kind as thousands separators
    ("1 234,5", None, N(1234.5, decimal="comma")),
    ("1 234.5", None, N(1234.5, decimal="point")),
    ("1\u00a0234,5", None, N(1234.5, decimal="comma")),
    ("1\u202f234\u202f567", None, N(1234567.0)),
    ("1\u2009234", None, N(1234.0)),
    ("1 234", None, N(1234.0)),
    ("\u00a012,5\u00a0", None, N(12.5, decimal="comma")),  # padding
    ("1 234.567", None, N(1234.567, decimal="point")),  # spaces group, so . is decimal
    ("1 234,567", None, N(1234.567, decimal="comma")),
    # signs at the start
    ("+5", None, N(5.0)),
    ("-5", None, N(-5.0)),
    ("\u22121,2", None, N(-1.2, decimal="comma")),  # minus sign
    ("\u20131,2", None, N(-1.2, decimal="comma")),  # en dash
    ("-1.234,5%", None, N(-1234.5, percent=True, decimal="comma")),
    ("-0", None, N(0.0)),
    # bounds kept as data
    (">5", None, N(5.0, qualifier="more_than")),
    ("> 5", None, N(5.0, qualifier="more_than")),
    ("<5", None, N(5.0, qualifier="less_than")),
    ("hơn 5", None, N(5.0, qualifier="more_than")),
    ("trên 90%", None, N(90.0, qualifier="more_than", percent=True)),
    ("TRÊN 1.234,5", None, N(1234.5, qualifier="more_than", decimal="comma")),
    ("Dưới 3,5%", None, N(3.5, qualifier="less_than", percent=True, decimal="comma")),
    ("duoi 3", None, N(3.0, qualifier="less_than")),  # accent-insensitive
    ("hon 5", None, N(5.0, qualifier="more_than")),
    ("tren -2", None, N(-2.0, qualifier="more_than")),
    ("tre\u0302n 5", None, N(5.0, qualifier="more_than")),  # decomposed ê: NFC first
    # an ambiguous number read as the caller says
    ("6.794", "comma", N(6794.0, decimal="comma")),
    ("6.794", "point", N(6.794, decimal="point")),
    ("2,250", "comma", N(2.25, decimal="comma")),
    ("2,250", "point", N(2250.0, decimal="point")),
    ("-1.500", "comma", N(-1500.0, decimal="comma")),
    ("2.250%", "point", N(2.25, percent=True, decimal="point")),
    # a decided number that agrees with the caller, and a number with nothing to decide
    ("1.234,5", "comma", N(1234.5, decimal="comma")),
    ("1,234.5", "point", N(1234.5, decimal="point")),
    ("6794", "comma", N(6794.0)),
    ("1 234", "point", N(1234.0)),
]


def _ids(cases: list[tuple[Any, ...]]) -> list[str]:
    """The text and the decimal mark of each case: ids that do not depend on a class's repr
    (mutation testing runs the tests by id against rebuilt classes)."""
    return [f"{case[0]!r}-{case[1]}" for case in cases]


@pytest.mark.parametrize(("text", "decimal", "expected"), ACCEPTED, ids=_ids(ACCEPTED))
def test_accepted(text: str, decimal: numparse.DecimalMark | None, expected: ParsedNumber) -> None:
    parsed = parse_number(text, decimal)
    assert parsed == expected
    assert math.copysign(1, parsed.value) == math.copysign(1, expected.value)  # no -0.0


REJECTED = [
    # (text, decimal, error class, words the message must hold)
    ("", None, NumberFormatError, "empty"),
    ("   ", None, NumberFormatError, "empty"),
    ("abc", None, NumberFormatError, '"abc" is not a number'),
    ("1,2,3,4", None, NumberFormatError, '"1,2,3,4" is not a number'),
    ("1.23.456", None, NumberFormatError, "3 digits"),
    ("1.2345.678", None, NumberFormatError, "3 digits"),
    ("1234.567.890", None, NumberFormatError, "1 to 3 digits"),
    ("0.500.000", None, NumberFormatError, "not starting with 0"),
    ("12 15", None, NumberFormatError, "3 digits"),
    ("1.234,5.6", None, NumberFormatError, "cannot follow the decimal mark"),
    ("1 234.567,5", None, NumberFormatError, '"1 234.567,5" is not a number'),
    ("12 và 15", None, NumberFormatError, '"12 và 15" is not a number'),
    ("5 - 3", None, NumberFormatError, "is not a number"),
    ("5-3", None, NumberFormatError, "is not a number"),
    ("--5", None, NumberFormatError, "is not a number"),
    ("+-5", None, NumberFormatError, "is not a number"),
    ("- 5", None, NumberFormatError, "is not a number"),
    ("5%%", None, NumberFormatError, "is not a number"),
    ("%", None, NumberFormatError, "is not a number"),
    ("12.", None, NumberFormatError, "is not a number"),
    ("12,96 %/năm", None, NumberFormatError, "is not a number"),
    ("12 triệu", None, NumberFormatError, "is not a number"),
    ("1e5", None, NumberFormatError, "is not a number"),
    ("NaN", None, NumberFormatError, '"NaN" is not a number'),
    ("inf", None, NumberFormatError, '"inf" is not a number'),
    ("-Infinity", None, NumberFormatError, "is not a number"),
    ("١٢", None, NumberFormatError, "is not a number"),  # Arabic-Indic digits
    ("1" + "0" * 400, None, NumberFormatError, "too large"),
    ("hơn", None, NumberFormatError, '"hơn" is not a number'),
    (">", None, NumberFormatError, "is not a number"),
    ("khoảng 5", None, NumberFormatError, "the word 'khoảng' before the number"),
    ("chưa đến 5", None, NumberFormatError, "the word 'chưa đến'"),
    ("≥ 5", None, NumberFormatError, "'≥' (at least / at most)"),
    ("≤5", None, NumberFormatError, "'≤'"),
    (">= 5", None, NumberFormatError, "'>='"),
    ("<=5", None, NumberFormatError, "'<='"),
    # ambiguous without a decimal
    (
        "6.794",
        None,
        AmbiguousNumber,
        '"6.794" could be 6794 (Vietnamese style) or 6.794 (English style); '
        "say which with --decimal comma or --decimal point",
    ),
    ("2,250", None, AmbiguousNumber, '"2,250" could be 2.25 (Vietnamese style) or 2250'),
    ("-1.500", None, AmbiguousNumber, "could be -1500 (Vietnamese style) or -1.5 (English"),
    ("1.000%", None, AmbiguousNumber, "could be"),
    ("hơn 2,250", None, AmbiguousNumber, "could be"),
    # a decided reading against the caller's
    ("1.234,5", "point", NumberFormatError, "can only be read Vietnamese style (1234.5)"),
    ("45,5", "point", NumberFormatError, "can only be read Vietnamese style"),
    ("1.234.567", "point", NumberFormatError, "can only be read Vietnamese style (1234567)"),
    ("1,234.5", "comma", NumberFormatError, "can only be read English style (1234.5)"),
    ("12.96", "comma", NumberFormatError, "not with a decimal comma as asked"),
    ("0.500", "comma", NumberFormatError, "English style"),
]


@pytest.mark.parametrize(("text", "decimal", "error", "words"), REJECTED, ids=_ids(REJECTED))
def test_rejected(
    text: str, decimal: numparse.DecimalMark | None, error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as caught:
        parse_number(text, decimal)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    if text.strip() and len(text) < 60:
        assert f'"{text.strip()}"' in message  # the message names the text


def test_error_classes() -> None:
    assert issubclass(AmbiguousNumber, NumberFormatError)
    assert issubclass(NumberFormatError, ValueError)
    with pytest.raises(ValueError, match="decimal must be"):
        parse_number("5", "dot")  # type: ignore[arg-type]


def test_long_text_is_clipped_in_messages() -> None:
    with pytest.raises(NumberFormatError) as caught:
        parse_number("x" * 500)
    assert len(str(caught.value)) < 200


def test_parsed_number_is_frozen() -> None:
    parsed = parse_number("5")
    with pytest.raises(AttributeError):
        parsed.value = 6  # type: ignore[misc]


RATES = [
    ("12.96%", None, 0.1296),
    ("12,96%", None, 0.1296),
    ("12,96 %", None, 0.1296),
    ("-1,2%", None, -0.012),
    ("\u22123.5%", None, -0.035),
    ("0%", None, 0.0),
    ("150%", None, 1.5),
    ("2.250%", "point", 0.0225),
    ("2.250%", "comma", 22.5),
]


@pytest.mark.parametrize(("text", "decimal", "fraction"), RATES)
def test_parse_rate(text: str, decimal: numparse.DecimalMark | None, fraction: float) -> None:
    # exact: the same float as the decimal literal (12.96 / 100 would be 0.12960000000000002)
    assert parse_rate(text, decimal) == fraction


def test_parse_rate_without_percent_sign_when_allowed() -> None:
    assert parse_rate("9,5", require_percent=False) == 0.095
    assert parse_rate("-1.2", require_percent=False) == -0.012
    assert parse_rate("10%", require_percent=False) == 0.1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "12.96",
            '"12.96": write a rate with a percent sign, e.g. 12.96% '
            "(a bare 12.96 could mean 12.96 % or 1296 %)",
        ),
        ("12,96", "e.g. 12,96% (a bare 12,96 could mean 12,96 % or 1296 %)"),
        ("5", "could mean 5 % or 500 %"),
        (
            "> 5%",
            '"> 5%": a rate here is a single value; leave out the bound (more than / less than)',
        ),
        ("dưới 5%", "leave out the bound"),
        ("abc%", "is not a number"),
        ("6.794%", "could be 6794"),
        ("", "empty"),
    ],
)
def test_parse_rate_errors(text: str, words: str) -> None:
    with pytest.raises(NumberFormatError) as caught:
        parse_rate(text)
    assert words in str(caught.value)


def test_docstring_examples() -> None:
    failures, tried = doctest.testmod(numparse)
    assert tried >= 4 and failures == 0
    failures, tried = doctest.testmod(figures)
    assert tried >= 2 and failures == 0


# Round trip: what plantrack prints, plantrack reads back.

AMBIGUOUS = re.compile(r"-?[1-9][0-9]{0,2}[.,][0-9]{3}")


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4),
)
def test_round_trip_through_format_number(raw: float, decimals: int) -> None:
    value = round(raw, decimals)
    assume(abs(value) < 1e12)
    for lang, decimal in (("vi", "comma"), ("en", "point")):
        text = format_number(value, lang)
        parsed = parse_number(text, decimal)  # type: ignore[arg-type]
        assert math.isclose(parsed.value, value, rel_tol=1e-9, abs_tol=1e-9), (text, value)
        assert parsed.decimal in (decimal, None)
        if AMBIGUOUS.fullmatch(text):
            with pytest.raises(AmbiguousNumber):
                parse_number(text)
        else:
            alone = parse_number(text)
            assert math.isclose(alone.value, value, rel_tol=1e-9, abs_tol=1e-9), (text, value)
            assert alone.decimal in (decimal, None)
            assert alone == parsed


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_number_format_error(text: str) -> None:
    try:
        parsed = parse_number(text)
    except NumberFormatError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert math.isfinite(parsed.value)


@pytest.mark.parametrize(
    ("text", "exact", "exact_high"),
    [
        ("tăng 5", "5", None),
        ("5", "5", None),
        ("giảm 5", "-5", None),
        ("giảm 1", "-1", None),  # a figure of 1 turned like any other
        ("giảm 1,5%", "-1.5", None),
        ("giảm 0", "0", None),  # never "-0"
        ("giảm 0,0", "0.0", None),
        ("giảm 2-3", "-3", "-2"),
    ],
)
def test_a_change_down_turns_the_exact_figure_too(
    text: str, exact: str, exact_high: str | None
) -> None:
    """ReportedNumber: exact and exact_high are the figure as plain decimal strings, signed
    like the value."""
    figure = figures.parse_figure(text)
    assert (figure.exact, figure.exact_high) == (exact, exact_high)
    assert figure.value == float(exact)


def test_a_refused_figure_is_quoted_whole_in_its_message() -> None:
    with pytest.raises(NumberFormatError) as error:
        figures.parse_figure("giảm -5")
    assert str(error.value) == ('"giảm -5": tăng / giảm already says which way; leave out the sign')


@pytest.mark.parametrize("text", ["~5", "~ 5", "~ 5 ", "~giảm 5"])
def test_an_approximate_sign_is_read_off_whatever_the_spaces(text: str) -> None:
    figure = figures.parse_figure(text)
    assert figure.approximate
    assert abs(figure.value) == 5.0


@given(
    low=st.integers(min_value=1, max_value=999),
    groups=st.integers(min_value=1, max_value=3),
    spread=st.integers(min_value=1, max_value=8),
    decimal=st.sampled_from(["comma", "point"]),
)
def test_a_range_with_its_thousands_written_once_gets_them_back(
    low: int, groups: int, spread: int, decimal: Any
) -> None:
    """ "40-45.000": the low end takes the high end's groups of thousands, when it is then of the
    high end's order and below it; the completed low end reads as low × 1000^groups."""
    from plantrack.numbers.parse import shared_thousands

    mark = "." if decimal == "comma" else ","
    high_head = low + spread if low + spread < 1000 else None
    assume(high_head is not None)
    high = str(high_head) + (mark + "000") * groups
    whole = shared_thousands(str(low), high, decimal)
    scaled, high_value = low * 1000**groups, high_head * 1000**groups
    if scaled < high_value < scaled * 10:
        assert whole is not None
        assert parse_number(whole, decimal).value == scaled
    else:
        assert whole is None


@pytest.mark.parametrize(
    ("low", "high", "decimal"),
    [
        ("1", "45.000", "comma"),
        ("40", "45.000", "point"),
        ("4,5", "45.000", "comma"),
    ],
)
def test_a_range_written_whole_is_left_as_written(low: str, high: str, decimal: Any) -> None:
    """(far below the high end; "45.000" with decimal points is 45; a low end with a decimal)"""
    from plantrack.numbers.parse import shared_thousands

    assert shared_thousands(low, high, decimal) is None


@pytest.mark.parametrize(
    ("low", "high", "decimal", "whole"),
    [
        ("40", "42.500", "comma", "40.000"),
        ("3", "3.500", "comma", "3.000"),
        ("7", "7,5", "point", None),
    ],
)
def test_a_range_s_low_end_takes_the_high_end_s_thousands_whatever_their_digits(
    low: str, high: str, decimal: Any, whole: str | None
) -> None:
    """ "40-42.500 tấn" is 40.000 to 42.500 (a review's probe); "7-7,5" with decimal points has no
    thousands."""
    from plantrack.numbers.parse import shared_thousands

    assert shared_thousands(low, high, decimal) == whole
