"""Words of Vietnamese plans that `validate` (a target's `text`) and `extract` (the plan's text)
read alike: a year given as a comparison, the period of a standard a figure is counted by, and
a five-year term named from its congress year. One pattern each, so that the two never
disagree on what a text says."""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s*[-–—]\s*"

#: What a comparison is made with, between "so với" and its year: "cùng kỳ", "dự toán", "mức",
#: "bình quân", "cuối" … (not any words: "so với tổng sản phẩm năm 2025" is a share of the
#: target's own year).
_COMPARED_WITH = (
    r"(?:cùng kỳ|dự toán|kế hoạch|ước thực hiện|thực hiện|kết quả|số liệu|mức|bình quân"
    r"|trung bình|cuối|đầu|thời điểm)"
)
#: A year (or period) given as a comparison, not the target's: "so với năm 2020", "so với cùng
#: kỳ năm 2023", "so với dự toán năm 2024", "so ước thực hiện năm 2017", "so năm 2015", "so
#: sánh với năm 2020", "so với mức năm 2020", "so với bình quân giai đoạn 2016-2020", "gấp 1,05
#: lần năm 2020".
COMPARED_YEAR_RE = re.compile(
    rf"(?:\bso(?:\s+sánh)?(?:\s+với)?(?:\s+{_COMPARED_WITH}(?:\s+chung)?)?|\blần)\s+"
    rf"(?:(?:năm|giai đoạn|thời kỳ|nhiệm kỳ)\s+)?(?:{_YEAR}{_DASH})?{_YEAR}(?!\d)",
    re.IGNORECASE,
)

#: A standard's period, not the target's: "(theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)",
#: "theo tiêu chí chuẩn hộ nghèo giai đoạn 2011 - 2015", "Bộ tiêu chí xã nông thôn mới giai đoạn
#: 2021-2025", "chuẩn nghèo giai đoạn 2022-2025": after "theo" a standard or its criteria, a
#: "bộ tiêu chí" or a "chuẩn nghèo", with no number, bracket or clause mark between ("đạt chuẩn
#: nông thôn mới giai đoạn 2021-2025" may be the target's own period and is not one).
STANDARD_PERIOD_RE = re.compile(
    r"(?:\btheo\s+(?:bộ\s+)?(?:tiêu chí|chuẩn)|\bbộ tiêu chí|\bchuẩn nghèo)"
    rf"[^,;:.()\d]{{0,60}}?(?:giai đoạn|thời kỳ)\s+(?:năm\s+)?{_YEAR}{_DASH}{_YEAR}",
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
