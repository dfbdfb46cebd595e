"""Words of Vietnamese plans that `validate` (a target's `text`) and `extract` (the plan's text)
read alike: a year given as a comparison, the period of a standard a figure is counted by, a
five-year term named from its congress year, and the two spellings pages use for one word. One
pattern each, so that the two never disagree on what a text says."""

from __future__ import annotations

import re
import unicodedata

#: The five tone marks (huyền, sắc, hỏi, ngã, nặng), as combining characters.
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _two_spellings() -> dict[str, tuple[str, str]]:
    """Each way of writing a syllable that Vietnamese pages write two ways, to both ways: the
    tone on either vowel of an open "oa", "oe", "uy" ("hòa"/"hoà", "hóa"/"hoá", "thủy"/"thuỷ",
    "khỏe"/"khoẻ"), and "y" or "i" after a consonant ("tỷ"/"tỉ", "kỳ"/"kì", "lý"/"lí",
    "sỹ"/"sĩ", "kỹ"/"kĩ", "mỹ"/"mĩ")."""
    ways: dict[str, tuple[str, str]] = {}
    for tone in _TONES:
        for first, second in ("oa", "oe", "uy", "OA", "OE", "UY"):
            one = unicodedata.normalize("NFC", first + tone + second)
            other = unicodedata.normalize("NFC", first + second + tone)
            ways[one] = ways[other] = (one, other)
        for consonant in "tklsmTKLSM":
            one = unicodedata.normalize("NFC", consonant + "y" + tone)
            other = unicodedata.normalize("NFC", consonant + "i" + tone)
            ways[one] = ways[other] = (one, other)
    return ways


_WAYS = _two_spellings()
#: Where a pattern writes one of them: an open syllable's end ("hoá", not "hoàn"); "tỷ" as a
#: word ("tỷ lệ", "\btỷ", not "tỉnh").
_WRITTEN = re.compile(
    r"(?:(?<![^\W\d_])|(?<=\\b))(?:"
    + "|".join(sorted((w for w in _WAYS if w[0].lower() in "tklsm"), key=len, reverse=True))
    + r")(?![^\W\d_])|(?:"
    + "|".join(w for w in _WAYS if w[0].lower() not in "tklsm")
    + r")(?![^\W\d_])"
)


def spellings(pattern: str) -> str:
    """A regular expression's words widened to both spellings pages use for them: "hoá" matches
    "hóa" too, "cùng kỳ" "cùng kì", "tỷ lệ" "tỉ lệ" (see :func:`_two_spellings`). Rules write a
    word once, either way; this reads it either way."""
    return _WRITTEN.sub(lambda m: "(?:{}|{})".format(*_WAYS[m.group(0)]), pattern)


def one_spelling(text: str) -> str:
    """The text with each word of two spellings written one way (the first of
    :func:`_two_spellings`), so that words may be compared: "văn hoá" is "văn hóa"."""
    return _WRITTEN.sub(lambda m: _WAYS[m.group(0)][0], text)


_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s*[-–—]\s*"

#: The figures of a plan a result is set against, as texts and tables write them: "kế hoạch"
#: ("KH"), "dự toán" ("DT"), "chỉ tiêu".
PLANNED = r"(?:kế hoạch|dự toán|chỉ tiêu|KH|DT)\b"
#: What a comparison is made with, between "so với" and its year: "cùng kỳ", "dự toán", "mức",
#: "bình quân", "cuối", an estimate "ước thực hiện" (in tables "ước TH", "ƯTH", "TH") … (not any
#: words: "so với tổng sản phẩm năm 2025" is a share of the target's own year).
_COMPARED_WITH = (
    rf"(?:cùng kỳ|{PLANNED}|(?:ước\s+)?(?:thực hiện|TH\b|đạt|tính)|ước|ƯTH\b|kết quả|số liệu|mức"
    r"|bình quân|trung bình|cuối|đầu|thời điểm)"
)
#: A year (or period) given as a comparison, not the target's: "so với năm 2020", "so với cùng
#: kỳ năm 2023", "so với dự toán năm 2024", "so ước thực hiện năm 2017", "so năm 2015", "so
#: sánh với năm 2020", "so với mức năm 2020", "so với bình quân giai đoạn 2016-2020", "gấp 1,05
#: lần năm 2020", "Đàn lợn: 3.000 con, bằng năm 2015" (as many as that year).
COMPARED_YEAR_RE = re.compile(
    spellings(
        rf"(?:\bso(?:\s+sánh)?(?:\s+với)?(?:\s+{_COMPARED_WITH}(?:\s+chung)?)?|\blần)\s+"
        rf"(?:(?:năm|giai đoạn|thời kỳ|nhiệm kỳ)\s+)?(?:{_YEAR}{_DASH})?{_YEAR}(?!\d)"
        rf"|\bbằng\s+(?:với\s+)?(?:mức\s+)?(?:của\s+)?năm\s+{_YEAR}(?!\d)"
    ),
    re.IGNORECASE,
)

#: A standard's period, not the target's: "(theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)",
#: "theo tiêu chí chuẩn hộ nghèo giai đoạn 2011 - 2015", "Bộ tiêu chí xã nông thôn mới giai đoạn
#: 2021-2025", "chuẩn nghèo giai đoạn 2022-2025": after "theo" a standard or its criteria, a
#: "bộ tiêu chí" or a "chuẩn nghèo", with no number, bracket or clause mark between ("đạt chuẩn
#: nông thôn mới giai đoạn 2021-2025" may be the target's own period and is not one).
STANDARD_PERIOD_RE = re.compile(
    spellings(
        r"(?:\btheo\s+(?:bộ\s+)?(?:tiêu chí|chuẩn)|\bbộ tiêu chí|\bchuẩn nghèo)"
        rf"[^,;:.()\d]{{0,60}}?(?:giai đoạn|thời kỳ)\s+(?:năm\s+)?{_YEAR}{_DASH}{_YEAR}"
    ),
    re.IGNORECASE,
)

#: A term named by its congress: "nhiệm kỳ 2020 - 2025".
TERM_RE = re.compile(rf"nhiệm k[ỳì]\s+(?:năm\s+)?(?P<start>{_YEAR}){_DASH}(?P<end>{_YEAR})", re.I)


def planned_years(start: int, end: int) -> tuple[int, int]:
    """The years a five-year term named from its congress year plans: "2020-2025" plans
    2021-2025 (the congress sits in 2020); any other span is its own years."""
    if end - start == 5 and start % 5 == 0:
        return start + 1, end
    return start, end
