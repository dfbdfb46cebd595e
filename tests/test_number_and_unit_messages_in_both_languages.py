"""What plantrack says about a number, a unit or a formula it cannot use, in both languages.

Each error's message is a :class:`~plantrack.texts.Text`: ``str(error)`` is the English sentence
(word for word as before the catalogue), and ``error.args[0].render("vi")`` the Vietnamese one,
with numbers written the Vietnamese way (``1.234,5``) and years as they are (``2021``).
"""

from __future__ import annotations

import math
import pickle
import re
from collections.abc import Callable

import pytest

from plantrack.assessment import maths
from plantrack.numbers.figures import parse_figure
from plantrack.numbers.parse import AmbiguousNumber, NumberFormatError, parse_number, parse_rate
from plantrack.texts import Text
from plantrack.units import UnitError, UnitMismatch, convert, parse_unit

from .test_text_catalogue import ENGLISH


def _error(call: Callable[[], object]) -> tuple[str, str]:
    """The English and Vietnamese message of the error ``call`` raises."""
    with pytest.raises((NumberFormatError, UnitError, UnitMismatch, maths.MathError)) as caught:
        call()
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert str(caught.value) == message
    return str(caught.value), message.render("vi")


def test_an_ambiguous_number_names_both_readings_each_in_its_language() -> None:
    with pytest.raises(AmbiguousNumber):
        parse_number("6.794")
    en, vi = _error(lambda: parse_number("6.794"))
    assert en == (
        '"6.794" could be 6794 (Vietnamese style) or 6.794 (English style); '
        "say which with --decimal comma or --decimal point"
    )
    # in Vietnamese, 6794 is written 6.794 and six point seven nine four 6,794
    assert vi == (
        '"6.794" có thể là 6.794 (đọc theo cách viết Việt Nam) hoặc 6,794 '
        "(đọc theo cách viết tiếng Anh); hãy chọn bằng --decimal comma hoặc --decimal point"
    )
    _, vi = _error(lambda: parse_number("2,250"))
    assert "có thể là 2,25 (đọc theo cách viết Việt Nam) hoặc 2.250 (đọc theo" in vi


def test_a_number_read_against_the_decimal_asked_for_shows_its_value_in_vietnamese() -> None:
    en, vi = _error(lambda: parse_number("1,234.5", "comma"))
    assert en == (
        '"1,234.5" can only be read English style (1234.5), not with a decimal comma as asked'
    )
    assert vi == (
        '"1,234.5" chỉ đọc được theo cách viết tiếng Anh (1.234,5), không đọc được với '
        "dấu thập phân là dấu phẩy như đã chọn"
    )
    en, vi = _error(lambda: parse_number("1.234,5", "point"))
    assert en.endswith(
        "can only be read Vietnamese style (1234.5), not with a decimal point as asked"
    )
    assert "chỉ đọc được theo cách viết Việt Nam (1.234,5)" in vi


def test_a_number_in_full_gives_its_exact_digits_in_english() -> None:
    """The English keeps every digit read (no float rounding, no exponent)."""
    en, vi = _error(lambda: parse_number("1,234,567,890,123,456,789.5", "comma"))
    assert "can only be read English style (1234567890123456789.5), not" in en
    assert "chỉ đọc được theo cách viết tiếng Anh (1.234.567.890.123.456." in vi


def test_what_is_wrong_with_the_digits_is_said_in_vietnamese_inside_the_sentence() -> None:
    en, vi = _error(lambda: parse_number("12,3456.7"))
    assert en == (
        '"12,3456.7" is not a number: every group of digits after a thousands separator '
        "must have 3 digits"
    )
    assert vi == (
        '"12,3456.7" không phải là số: mỗi nhóm chữ số sau dấu phân cách hàng nghìn '
        "phải có đủ 3 chữ số"
    )
    _, vi = _error(lambda: parse_number("1.1 1"))
    assert vi.endswith("dùng lẫn dấu cách và dấu chấm, dấu phẩy để phân cách hàng nghìn")
    _, vi = _error(lambda: parse_number(""))
    assert vi == "chưa có số: nội dung để trống"


def test_a_figure_of_a_report_wraps_the_reason_in_the_same_language() -> None:
    en, vi = _error(lambda: parse_figure("about fifty"))
    assert en == '"about fifty": "fifty" is not a number'
    assert vi == '"about fifty": "fifty" không phải là số'
    en, vi = _error(lambda: parse_figure("khoảng 62-61"))
    assert en == '"khoảng 62-61": the low end of a range comes first (write 61-62)'
    assert vi == '"khoảng 62-61": đầu nhỏ của khoảng ghi trước (hãy ghi 61-62)'
    _, vi = _error(lambda: parse_figure("2021-2025"))
    assert vi.startswith('"2021-2025" giống một thời kỳ hoặc một ngày tháng')


def test_a_bare_rate_shows_the_hundredfold_reading_in_the_language_s_numbers() -> None:
    en, vi = _error(lambda: parse_rate("12.96"))
    assert en == (
        '"12.96": write a rate with a percent sign, e.g. 12.96% '
        "(a bare 12.96 could mean 12.96 % or 1296 %)"
    )
    assert vi == (
        '"12.96": hãy ghi tốc độ kèm dấu phần trăm, ví dụ 12.96% '
        "(chỉ ghi 12.96 thì có thể hiểu là 12.96 % hoặc 1.296 %)"
    )


def test_unit_errors_are_vietnamese_with_the_user_s_words_kept() -> None:
    en, vi = _error(lambda: parse_unit("milion_usd"))
    assert en == "unknown word 'milion' (did you mean 'million'?) in a unit id"
    assert vi == "mã đơn vị có từ không hiểu được: 'milion' (có phải là 'million'?)"
    en, vi = _error(lambda: parse_unit("M USD"))
    assert "('m' and 'usd')" in en and "('m' và 'usd')" in vi
    en, vi = _error(lambda: parse_unit("%/tháng"))
    assert en.startswith("'%/tháng': a percentage per month is not a unit plantrack reads")
    assert vi.startswith("'%/tháng': plantrack không đọc được tỷ lệ phần trăm theo tháng;")
    _, vi = _error(lambda: parse_unit("x tấn"))
    assert vi.startswith("'x tấn': 'x' đứng trước 'tan' không phải là từ chỉ quy mô")
    _, vi = _error(lambda: parse_unit("hộ tấn"))
    assert vi.startswith("'hộ tấn': phần đứng trước 'tan' không phải là từ chỉ quy mô")


@pytest.mark.parametrize(
    "source,target,english,vietnamese",
    [
        ("tỷ đồng", "ha", "money is not area", "số tiền không phải là diện tích"),
        ("tỷ đồng", "USD", "VND to USD needs an exchange rate", "đổi VND sang USD cần có tỷ giá"),
        ("xã", "trường", "count of communes is not count of schools", "số xã không phải là số trường"),
        (
            "tỷ đồng (giá hiện hành)",
            "tỷ đồng (giá so sánh 2010)",
            "prices at current are not prices at constant 2010",
            "giá hiện hành không phải là giá so sánh 2010",
        ),
        ("USD/người", "USD/hộ", "per person is not per household", "tính trên người khác với tính trên hộ"),
        ("USD/người", "USD", "per person is not per nothing", "tính trên người khác với không tính trên đơn vị nào"),
    ],
)  # fmt: skip
def test_two_units_that_do_not_convert_say_why_in_both_languages(
    source: str, target: str, english: str, vietnamese: str
) -> None:
    en, vi = _error(lambda: convert(1.0, source, target))
    assert en == f"cannot convert {source!r} to {target!r}: {english}"
    assert vi == f"không đổi được {source!r} sang {target!r}: {vietnamese}"
    # the reason alone, for a message that names the units itself
    with pytest.raises(UnitMismatch) as caught:
        convert(1.0, source, target)
    reason = caught.value.args[0].params["reason"]
    assert reason == english and reason.render("vi") == vietnamese


def test_formula_errors_write_numbers_the_vietnamese_way_and_years_as_years() -> None:
    en, vi = _error(lambda: maths.chain_factors(2020, {2020: 1.0, 2021: -1234.5}, {}))
    assert en == "growth needs positive levels (got -1234.5 in 2021)"
    assert vi == "tính tốc độ tăng cần số liệu mức dương (đã cho -1.234,5 năm 2021)"
    en, vi = _error(lambda: maths.cagr(-2.5, 5, 5))
    assert en.startswith("a growth rate needs a start value above zero (got -2.5);")
    assert vi.startswith("tính tốc độ tăng cần giá trị đầu kỳ lớn hơn 0 (đã cho -2,5);")
    en, vi = _error(lambda: maths.project(1, -1.5, 2))
    assert en == "a yearly rate below -100% is impossible (got -150%)"
    assert vi == "tốc độ tăng hằng năm không thể dưới -100% (đã cho -150%)"
    en, vi = _error(lambda: maths.slope(math.nan, 1, 1))
    assert en == "the start value must be a finite number (got nan)"
    assert vi == "giá trị đầu kỳ phải là một số hữu hạn (đã cho nan)"
    en, vi = _error(lambda: maths.cagr(1, 5, 0))
    assert en == "the number of years must be above zero (got 0)"
    assert vi == "số năm phải lớn hơn 0 (đã cho 0)"
    with pytest.raises(maths.Overflow) as caught:
        maths.project(10.0, 1e10, 1e10)
    assert (
        caught.value.args[0].render("vi")
        == "kết quả quá lớn, không tính được (vượt quá phạm vi số)"
    )


def test_a_message_sent_to_another_process_keeps_both_languages() -> None:
    """The readers run in worker processes: an error's message pickles with its parameters."""
    calls: list[Callable[[], object]] = [
        lambda: parse_number("6.794"),
        lambda: parse_rate("12.96"),
        lambda: parse_figure("about fifty"),
        lambda: convert(1.0, "xã", "trường"),
        lambda: parse_unit("%/tháng"),
        lambda: maths.cagr(0, 5, 5),
    ]
    for call in calls:
        with pytest.raises(Exception) as caught:
            call()
        again = pickle.loads(pickle.dumps(caught.value))
        assert type(again) is type(caught.value)
        assert str(again) == str(caught.value)
        assert again.args[0].render("vi") == caught.value.args[0].render("vi")


#: Texts that exercise every kind of message here (the catalogue test checks the templates; this
#: checks the sentences as said, with the words the vocabulary puts into them).
_SAMPLES: list[Callable[[], object]] = [
    *(
        (lambda t=t: parse_figure(t))
        for t in ["6.794", "about fifty", "≥ 5", "xyz 5", "1e999", "62-61", "tăng -5%", "1,5-2.5"]
    ),
    *((lambda t=t: parse_rate(t)) for t in ["12.96", "trên 12,96%"]),
    *(
        (lambda t=t: parse_unit(t))
        for t in [
            "",
            "nghìn",
            "123 tấn",
            "MT",
            "sào",
            "tỷ lệ",
            "triệu đồng/",
            "a/b/c/d",
            "USD/đồng",
        ]
    ),
    *(
        (lambda pair=pair: convert(1.0, *pair))
        for pair in [("xã", "trường"), ("tỷ đồng", "ha"), ("USD", "USD/người")]
    ),
    lambda: maths.average_rate([]),
    lambda: maths.least_squares_rate({2020: 1.0}),
    lambda: maths.factor_rate(-1, 2),
    lambda: maths.catch_up_rate(-2, 0.1, 1, 2),
]


@pytest.mark.parametrize("call", _SAMPLES)
def test_no_english_sentence_is_left_in_the_vietnamese_message(call: Callable[[], object]) -> None:
    en, vi = _error(call)
    assert vi != en
    # the user's own text is quoted ("...", '...'); --flags and code stay as they are
    words = re.findall(r"[A-Za-z]+", re.sub(r"\"[^\"]*\"|'[^']*'|--[\w-]+", " ", vi))
    assert not [word for word in words if word.lower() in ENGLISH], vi
