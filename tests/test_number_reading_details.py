"""Numbers and year-end figures read detail by detail: the whole record a cell gives (value, the
exact figure kept, bounds, percent, points, change, approximate, decimal mark), each refusal's
message word for word, and the corners where a slip in the reader would change a result
without a word: a range whose two ends are equal, a fall that starts at 0, a bound after giảm,
a "%" on one end of a range, a word that only begins like a known one.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from plantrack.numbers.figures import ReportedNumber, parse_figure
from plantrack.numbers.parse import (
    AmbiguousNumber,
    NumberFormatError,
    ParsedNumber,
    parse_number,
    parse_rate,
)

from .plan_snippets import indicator, run_in

R = ReportedNumber

# --------------------------------------------------------------------------------------------
# The whole record of a figure

FIGURES = [
    # a range whose two ends are equal is one figure, with everything else it says kept
    ("61-61", R(61.0, "61")),
    ("khoảng 6,1%-6,1%", R(6.1, "6.1", percent=True, approximate=True, decimal="comma")),
    ("giảm 1,5-1,5 điểm %", R(-1.5, "-1.5", points=True, change="down", decimal="comma")),
    ("tăng 2-2", R(2.0, "2", change="up")),
    # "%" on either end makes the whole range a percentage
    ("6,6-6,8%", R(6.6, "6.6", 6.8, "6.8", percent=True, decimal="comma")),
    ("6,6%-6,8", R(6.6, "6.6", 6.8, "6.8", percent=True, decimal="comma")),
    # a fall from 0: the high end is 0, not -0 and not anything else
    ("giảm 0-2", R(-2.0, "-2", 0.0, "0", change="down")),
    ("giảm 0-1,5%", R(-1.5, "-1.5", 0.0, "0", percent=True, change="down", decimal="comma")),
    # a bound is turned with giảm: a fall of less than 2 % is a change of more than -2 %
    ("giảm dưới 2%", R(-2.0, "-2", qualifier="more_than", percent=True, change="down")),
    ("giảm < 2%", R(-2.0, "-2", qualifier="more_than", percent=True, change="down")),
    ("giảm hơn 2%", R(-2.0, "-2", qualifier="less_than", percent=True, change="down")),
    ("tăng dưới 2%", R(2.0, "2", qualifier="less_than", percent=True, change="up")),
    # a range of figures that ends in a number shaped like a year, from a low end that is not
    # a month: 800-2000 (tourists, tonnes) is a range, as 12-2023 (a month) is not
    ("800-2000", R(800.0, "800", 2000.0, "2000")),
    ("1500-2000", R(1500.0, "1500", 2000.0, "2000")),
    ("1,5-2020", R(1.5, "1.5", 2020.0, "2020", decimal="comma")),
    # an approximate sign, spaces, then a change word
    ("~ giảm 5", R(-5.0, "-5", change="down", approximate=True)),
    ("≈ tăng 5%", R(5.0, "5", percent=True, change="up", approximate=True)),
    (
        "≈  giảm  1,5 điểm %",
        R(-1.5, "-1.5", points=True, change="down", approximate=True, decimal="comma"),
    ),
    # Đ folds like đ: capitalised words are the same words
    ("1,1 Điểm %", R(1.1, "1.1", points=True, decimal="comma")),
    ("1,1 ĐIỂM PHẦN TRĂM", R(1.1, "1.1", points=True, decimal="comma")),
    ("Giảm 1,1 Điểm %", R(-1.1, "-1.1", points=True, change="down", decimal="comma")),
    # nothing said is nothing set
    ("khoảng 24", R(24.0, "24", approximate=True)),
    ("1.1 pp", R(1.1, "1.1", points=True, decimal="point")),
    # a whole number's exact figure is written without leading zeros, after a word too
    ("007", R(7.0, "7")),
    ("000", R(0.0, "0")),
    ("khoảng 007", R(7.0, "7", approximate=True)),
    # no negative zero; a figure of one is one
    ("-0,0", R(0.0, "0.0", decimal="comma")),
    ("1,0", R(1.0, "1.0", decimal="comma")),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[text for text, _ in FIGURES])
def test_a_figure_gives_its_whole_record(text: str, expected: ReportedNumber) -> None:
    assert parse_figure(text) == expected


# --------------------------------------------------------------------------------------------
# Refusals, word for word

NOT_A_NUMBER = "is not a number (write one number, such as 1.234,5 or 1,234.5, optionally with a "
NOT_A_NUMBER += "sign in front and % at the end)"
LEAVE_OUT_THE_SIGN = "tăng / giảm already says which way; leave out the sign"

REFUSED = [
    (
        "2021-2025",
        '"2021-2025" looks like a period or a date, not a figure; write one figure, '
        "or a range of figures such as 61-62",
    ),
    ("1,1% điểm %", '"1,1% điểm %": write percentage points without a second %'),
    ("giảm 1,1 % pp", '"giảm 1,1 % pp": write percentage points without a second %'),
    # the words of points alone, with no number before them
    ("pp", '"pp" is not a number'),
    ("điểm %", '"điểm %" is not a number'),
    # a word that only ends like pp or p.p. is not percentage points
    ("5 app", f'"5 app" {NOT_A_NUMBER}'),
    ("5 ap.p.", f'"5 ap.p." {NOT_A_NUMBER}'),
    # a letter that folds to two letters (ß to ss) is not one of them
    ("5 percentage pointß", f'"5 percentage pointß" {NOT_A_NUMBER}'),
    # a word that only begins like tăng is not tăng
    (
        "tăngtrưởng 5%",
        "\"tăngtrưởng 5%\": the word 'tăngtrưởng' before the number is not understood; only "
        "hơn, trên (more than) and dưới (less than) are, or the signs > and <",
    ),
    # a sign after tăng / giảm is refused after a bound word too, not turned silently
    ("giảm -2%", f'"giảm -2%": {LEAVE_OUT_THE_SIGN}'),
    ("giảm hơn -2%", f'"giảm hơn -2%": {LEAVE_OUT_THE_SIGN}'),
    ("giảm < -2%", f'"giảm < -2%": {LEAVE_OUT_THE_SIGN}'),
    ("giảm dưới − 2", f'"giảm dưới − 2": {LEAVE_OUT_THE_SIGN}'),
    ("tăng trên +2%", f'"tăng trên +2%": {LEAVE_OUT_THE_SIGN}'),
    ("khoảng giảm hơn -2", f'"khoảng giảm hơn -2": {LEAVE_OUT_THE_SIGN}'),
    # a range: its ends as written, in the message that says what is wrong with them
    ("6,1-6.2", '"6,1-6.2": the two ends use different decimal marks'),
    ("13,5-11", '"13,5-11": the low end of a range comes first (write 11-13,5)'),
    # a sign of "about" before a letter: the letter is not a number
    ("~a", '"~a": "a" is not a number'),
    ("≈ x", '"≈ x": "x" is not a number'),
    # words with no number after them
    ("giảm", '"giảm" is not a number'),
    ("about tăng", '"about tăng" is not a number'),
]


@pytest.mark.parametrize(("text", "message"), REFUSED, ids=[text for text, _ in REFUSED])
def test_a_refused_figure_says_why_in_full(text: str, message: str) -> None:
    with pytest.raises(NumberFormatError) as error:
        parse_figure(text)
    assert str(error.value) == message


def test_a_figure_with_the_other_decimal_mark_than_asked_is_refused() -> None:
    """The caller's decimal mark holds for plain figures too, not only for words and ranges."""
    with pytest.raises(NumberFormatError) as error:
        parse_figure("12.96", "comma")
    assert str(error.value) == (
        '"12.96" can only be read English style (12.96), not with a decimal comma as asked'
    )
    with pytest.raises(NumberFormatError) as error:
        parse_figure("45,5", "point")
    assert str(error.value) == (
        '"45,5" can only be read Vietnamese style (45.5), not with a decimal point as asked'
    )
    assert parse_figure("12.96", "point") == R(12.96, "12.96", decimal="point")


@pytest.mark.parametrize(
    ("text", "comma", "point"),
    [("123.456", "123456", "123.456"), ("123,456", "123.456", "123456"), ("1.000", "1000", "1")],
)
def test_three_digits_after_one_to_three_read_both_ways(text: str, comma: str, point: str) -> None:
    """6.794, 123.456, 123,456: one mark followed by three digits after one to three digits is
    a thousands separator or a decimal mark; nothing says which, so it is never guessed."""
    message = (
        f'"{text}" could be {comma} (Vietnamese style) or {point} (English style); '
        "say which with --decimal comma or --decimal point"
    )
    for parse in (parse_number, parse_figure):
        with pytest.raises(AmbiguousNumber) as error:
            parse(text)
        assert str(error.value) == message


# --------------------------------------------------------------------------------------------
# Too large to use

HUGE = "1" * 400


@pytest.mark.parametrize("text", [HUGE, HUGE + ".5", HUGE + ",5", "-" + HUGE + ".5"])
def test_a_number_too_large_for_a_float_is_refused_however_written(text: str) -> None:
    """Past 1.8e308 a float is infinite: every form says so, none gives inf."""
    shown = text[:57] + "..."
    message = f'"{shown}" is too large to be a number plantrack can use'
    for parse in (parse_number, parse_figure):
        with pytest.raises(NumberFormatError) as error:
            parse(text)
        assert str(error.value) == message
    with pytest.raises(NumberFormatError) as error:
        parse_rate(text, require_percent=False)
    assert str(error.value) == message


def test_a_cell_too_large_for_a_float_is_a_finding_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    income = indicator(
        "triệu đồng/người",
        "increase",
        "kind: level\nvalue: 68\nyear: 2025\ntext: Thu nhập 68 triệu đồng",
    )
    csv = f"indicator,year,value\nx,2020,50\nx,2021,{HUGE}.5\n"
    code, out = run_in(tmp_path, monkeypatch, income, csv, "check", "--format", "json")
    assert code == 2, out  # data that cannot be read: a bad number
    report = json.loads(out)
    (finding,) = [f for f in report["findings"] if f["line"] == 3]
    assert (finding["code"], finding["col"]) == ("bad-number", 3)
    assert finding["message"] == f'"{HUGE[:57]}..." is too large to be a number plantrack can use'
    (read,) = report["inputs"]
    assert (read["rows"], read["used"], read["errors"]) == (3, 1, 1)


# --------------------------------------------------------------------------------------------
# Bound words


@pytest.mark.parametrize("text", ["dưới 3", "DƯỚI 3", "đưới 3", "ĐƯỚI 3", "Đuoi 3"])
def test_a_bound_word_is_compared_as_the_figure_words_are(text: str) -> None:
    """Case, accents and the stroke of đ aside, as "Điểm %" and "Giảm" are read: a "dưới"
    typed with đ is still dưới."""
    assert parse_number(text) == ParsedNumber(3.0, qualifier="less_than")


# --------------------------------------------------------------------------------------------
# Numbers refused, word for word

ONE_NUMBER = "is not a number: "
NUMBERS_REFUSED = [
    ("", "no number given: the text is empty"),
    ("   ", "no number given: the text is empty"),
    (
        "≥ 5",
        "\"≥ 5\": '≥' (at least / at most) is not understood before a number; an observed value "
        "can be marked only as more than (>, hơn, trên) or less than (<, dưới)",
    ),
    # a tick in a table, and a bound word before something that is not a number
    ("X", '"X" is not a number'),
    ("hơn X", '"hơn X" is not a number'),
    # when no reading works, the reason shown is about the groups of digits if one is
    (
        "1,2,34",
        f'"1,2,34" {ONE_NUMBER}every group of digits after a thousands separator must have 3 digits',
    ),
    (
        "1234,567.5",
        f'"1234,567.5" {ONE_NUMBER}a thousands separator comes after 1 to 3 digits, not starting '
        "with 0",
    ),
    ("1.234,5.6", f'"1.234,5.6" {ONE_NUMBER}a thousands separator cannot follow the decimal mark'),
    (
        "1 234.567,5",
        f'"1 234.567,5" {ONE_NUMBER}it mixes spaces and marks as thousands separators',
    ),
    ("1,2,3.4.5", f'"1,2,3.4.5" {ONE_NUMBER}it has more than one decimal comma'),
    # line and paragraph separators are shown escaped, as control characters are
    ("1\u20282", f'"1\\u20282" {NOT_A_NUMBER}'),
    ("1\u20292", f'"1\\u20292" {NOT_A_NUMBER}'),
    # a text of 60 characters is quoted whole, a longer one cut to 57 and "..."
    ("x" * 60, f'"{"x" * 60}" is not a number'),
    ("x" * 61, f'"{"x" * 57}..." is not a number'),
]


@pytest.mark.parametrize(
    ("text", "message"), NUMBERS_REFUSED, ids=[f"{text[:12]!r}" for text, _ in NUMBERS_REFUSED]
)
def test_a_refused_number_says_why_in_full(text: str, message: str) -> None:
    with pytest.raises(NumberFormatError) as error:
        parse_number(text)
    assert str(error.value) == message


def test_a_number_read_the_other_way_than_asked_is_shown_in_plain_digits() -> None:
    with pytest.raises(NumberFormatError) as error:
        parse_number("0.0000001", "comma")
    assert str(error.value) == (
        '"0.0000001" can only be read English style (0.0000001), not with a decimal comma as asked'
    )


def test_zero_has_no_sign() -> None:
    for text in ("-0,0", "-0", "−0,00", "-0.0"):
        assert math.copysign(1.0, parse_number(text).value) == 1.0, text
        assert math.copysign(1.0, parse_figure(text).value) == 1.0, text


def test_the_reason_inside_a_figure_is_in_the_language_asked() -> None:
    """A figure refused for its number says why in the reader's language, reason included."""
    from plantrack.texts import in_language

    with pytest.raises(NumberFormatError) as error:
        parse_figure("khoảng 1.2.3")
    assert in_language(error.value.args[0], "vi") == (
        '"khoảng 1.2.3": "1.2.3" không phải là số: mỗi nhóm chữ số sau dấu phân cách hàng nghìn '
        "phải có đủ 3 chữ số"
    )
