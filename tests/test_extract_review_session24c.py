"""A fresh-eyes review of the rules `plantrack extract` gained since a84b9ec (session 24c): a
results report that prints the plan's figure beside each result (beside: the aim check needing a
figure, "Kế hoạch năm 2023:", asides in brackets, the reported year, the plan named before its
bracket only after "so (với)"/"theo", what a plan's bracket says after a comma, "còn" and
"vượt/thấp hơn/cao hơn/kém"), awards counted at a meeting and an election's votes (not_targets),
headings that close the targets, "Theo báo cáo", "…, 7 tháng năm 2023" (words), quarters and
villages named by their number, "m²"/"m³", a name after the counted noun (figures).

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each test fails at the review's HEAD; where the code
before the rules (a84b9ec) read the wording right, the docstring says so (a REGRESSION)."""

from __future__ import annotations

import pytest

from .extract_found import draft_of as _draft
from .extract_found import figures_of as _figures
from .extract_found import reading_of as _reading

# --- 1. beside: a results report with the plan's figure beside each result ------------------

_PLANS = {(5000.0,), (300.0,), (2.5,)}
_PAIRS = (
    "Tổng giá trị sản xuất ước đạt 5.200 tỷ đồng (KH 5.000 tỷ đồng). Thu ngân sách trên địa bàn "
    "đạt 320 tỷ đồng (KH 300 tỷ đồng). Tỷ lệ hộ nghèo còn 2,1% (KH 2,5%)."
)


@pytest.mark.parametrize(
    ("text", "plans"),
    [
        (
            "Năm 2023, tổng giá trị sản xuất ước đạt 5.200 tỷ đồng (KH 5.000 tỷ đồng). Thu ngân "
            "sách trên địa bàn đạt 285 tỷ đồng, bằng 95% kế hoạch (300 tỷ đồng). Tỷ lệ hộ nghèo "
            "còn 2,1% (KH 2,5%). Tỷ lệ lao động qua đào tạo đạt 70% (KH 68%).\n",
            {(5000.0,), (300.0,), (2.5,), (68.0,)},
        ),
        (
            "Năm 2023, tổng giá trị sản xuất ước đạt 5.200 tỷ đồng, vượt chỉ tiêu Nghị quyết HĐND "
            "huyện (5.000 tỷ đồng). Thu ngân sách trên địa bàn đạt 320 tỷ đồng (KH 300 tỷ đồng). "
            "Tỷ lệ hộ nghèo còn 2,1% (KH 2,5%).\n",
            _PLANS,
        ),
        (
            "Năm 2023, tổng giá trị sản xuất ước đạt 5.200 tỷ đồng, đạt kế hoạch (5.000 tỷ đồng). "
            "Thu ngân sách trên địa bàn đạt 285 tỷ đồng, chưa đạt kế hoạch (300 tỷ đồng). Tỷ lệ hộ "
            "nghèo còn 2,1%, hoàn thành chỉ tiêu (2,5%).\n",
            _PLANS,
        ),
    ],
    ids=["bang-95-ke-hoach", "vuot-chi-tieu-nghi-quyet", "dat-chua-dat-ke-hoach"],
)
def test_the_plan_named_before_its_bracket_without_so_or_theo_is_still_the_plan(
    text: str, plans: set[tuple[float, ...]]
) -> None:
    """REGRESSION. `_NAMED_RE` now takes a bracket after "kế hoạch"/"chỉ tiêu" only when "so
    (với)" or "theo" comes before. Reports just as often name the plan after "bằng 95%", "vượt",
    "đạt", "chưa đạt", "hoàn thành": "Thu ngân sách trên địa bàn đạt 285 tỷ đồng, bằng 95% kế
    hoạch (300 tỷ đồng)" now lists "bằng 95% kế hoạch (300 tỷ đồng)" as a result and drafts no
    300 tỷ đồng; with "vượt chỉ tiêu Nghị quyết HĐND huyện (5.000 tỷ đồng)" or "đạt kế hoạch
    (5.000 tỷ đồng) … chưa đạt kế hoạch (300 tỷ đồng) … hoàn thành chỉ tiêu (2,5%)" the text has
    fewer than 3 pairs, is not read as a report at all, and every result (5.200, 320, 2,1 / 285)
    is drafted as a 2023 target, the plans named "KH". The bracket holds the plan's figure: the
    plan's figures should be drafted and the results not, as a84b9ec read."""
    assert _figures(text) == plans


@pytest.mark.parametrize(
    "text",
    [
        "Về thực hiện kế hoạch năm 2023: tổng giá trị sản xuất ước đạt 5.200 tỷ đồng (KH 5.000 "
        "tỷ đồng), tăng 9,5% so với năm 2022; thu ngân sách trên địa bàn đạt 320 tỷ đồng (KH 300 "
        "tỷ đồng); tỷ lệ hộ nghèo còn 2,1% (KH 2,5%).\n",
        "Năm 2023, " + _PAIRS + " So với kế hoạch năm 2023: có 2 chỉ tiêu chưa đạt, thu nhập bình "
        "quân đầu người đạt 58 triệu đồng.\n",
    ],
    ids=["ve-thuc-hien-ke-hoach-nam-2023", "so-voi-ke-hoach-nam-2023"],
)
def test_ke_hoach_nam_2023_colon_before_results_is_no_aim(text: str) -> None:
    """REGRESSION. `_AIM_RE` now takes "kế hoạch năm 2023:" with a figure after it for an aim of
    the text's own. A review names the plan it reviews so: "Về thực hiện kế hoạch năm 2023:
    tổng giá trị sản xuất ước đạt 5.200 tỷ đồng (KH 5.000 tỷ đồng), tăng 9,5% so với năm 2022;
    …" and "… So với kế hoạch năm 2023: có 2 chỉ tiêu chưa đạt, thu nhập bình quân đầu người đạt
    58 triệu đồng." The report is then not read as one: every result (5.200, 320, 2,1, the 9,5%
    growth, 58 triệu) is drafted as a 2023 target and the plans are named "thực hiện kế hoạch
    KH"/"KH". What follows is results: only 5.000 tỷ đồng, 300 tỷ đồng and 2,5% should be drafted,
    as a84b9ec read."""
    draft = _draft(text)
    assert draft.beside
    assert {t.reading.numbers for t in draft.targets} == _PLANS


def test_a_review_of_ke_hoach_nam_2023_keeps_its_year() -> None:
    """REGRESSION. "Đánh giá tình hình thực hiện kế hoạch năm 2023: tổng giá trị sản xuất ước
    đạt 5.200 tỷ đồng (KH 5.000 tỷ đồng), tăng 9,5% so với năm 2022; …" is now taken for an aim
    ("kế hoạch năm 2023:" and a figure after it), not read as a report, and the draft's period is
    2021-2025 (the default term). It reviews 2023: the period should be 2023-2023, as a84b9ec
    read."""
    text = (
        "Đánh giá tình hình thực hiện kế hoạch năm 2023: tổng giá trị sản xuất ước đạt 5.200 tỷ "
        "đồng (KH 5.000 tỷ đồng), tăng 9,5% so với năm 2022; thu ngân sách trên địa bàn đạt 320 "
        "tỷ đồng (KH 300 tỷ đồng); tỷ lệ hộ nghèo còn 2,1% (KH 2,5%).\n"
    )
    assert _draft(text).period == (2023, 2023)


# --- 2. not_targets: awards counted at a meeting, an election's votes ------------------------


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Phấn đấu đến năm 2026, tỷ lệ nữ trúng cử đại biểu Hội đồng nhân dân các cấp đạt từ 35% "
            "trở lên.\n",
            (35.0,),
        ),
        (
            "Các chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ nữ đắc cử đại biểu Hội đồng nhân dân cấp "
            "huyện đạt trên 30%.\n- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n",
            (30.0,),
        ),
        (
            "Phấn đấu tỷ lệ cử tri đi bầu cử đạt trên 99%, các ứng cử viên trúng cử với số phiếu "
            "cao.\n",
            (99.0,),
        ),
    ],
    ids=["nu-trung-cu-35", "nu-dac-cu-30", "cu-tri-99-so-phieu"],
)
def test_a_target_of_women_elected_is_no_election_s_votes(
    text: str, numbers: tuple[float, ...]
) -> None:
    """REGRESSION. `_ELECTED` ("tái đắc cử|đắc cử|trúng cử|số phiếu") makes any clause naming it
    narrative, with no aim or targets cue checked. Plans set the share of women elected (a
    standard gender-equality target: "tỷ lệ nữ trúng cử đại biểu Hội đồng nhân dân các cấp đạt
    từ 35% trở lên", "Tỷ lệ nữ đắc cử … đạt trên 30%") and the turnout ("tỷ lệ cử tri đi bầu cử
    đạt trên 99%, các ứng cử viên trúng cử với số phiếu cao"): each is now refused as "a report
    of what was done". They are aims: each should be drafted, as a84b9ec did."""
    assert numbers in _figures(text)


def test_vua_in_doanh_nghiep_nho_va_vua_is_no_award_given() -> None:
    """Not a regression (a84b9ec read it the same). "Chỉ tiêu thi đua năm 2024:\n- Khen thưởng ít
    nhất 10 doanh nghiệp nhỏ và vừa tiêu biểu.": `_AWARDED`'s "vừa" (just now) matches the "vừa"
    of "nhỏ và vừa" (small and medium), and the emulation plan's target is refused as awards
    counted at a meeting. It is a target: 10 should be drafted."""
    text = (
        "Chỉ tiêu thi đua năm 2024:\n- Khen thưởng ít nhất 10 doanh nghiệp nhỏ và vừa tiêu biểu.\n"
        "- Có 100% cơ quan, đơn vị đăng ký thi đua.\n"
    )
    assert (10.0,) in _figures(text)


# --- 3. words: headings that close the targets, "Theo báo cáo", "…, 7 tháng năm 2023" --------


def test_a_clause_of_7_thang_nam_2023_is_no_target() -> None:
    """REGRESSION. The "…, 7 tháng năm 2023" alternative of `RESULT_RE` now needs a "," or ":"
    before the months, but a clause is read without the comma that parts it: "Giá trị sản xuất
    công nghiệp ước đạt 2.100 tỷ đồng, tăng 8,5% so với cùng kỳ, 7 tháng năm 2023." now drafts
    "7 tháng" as a 2023 target (unit "tháng"). It names the months reported on: it should not
    be drafted (a84b9ec listed it as a result)."""
    text = (
        "Giá trị sản xuất công nghiệp ước đạt 2.100 tỷ đồng, tăng 8,5% so với cùng kỳ, 7 tháng "
        "năm 2023.\n"
    )
    assert (7.0,) not in _figures(text)


# --- 4. figures: quarters and villages by their number, m²/m³, names after the noun ----------


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Phấn đấu đến năm 2025, mỗi xã có 02 mô hình dân vận khéo, mỗi thôn 01 mô hình tự quản "
            "về an ninh trật tự.\n",
            (1.0,),
        ),
        (
            "Đến năm 2025, mỗi bản 1 đội văn nghệ quần chúng.\n",
            (1.0,),
        ),
        (
            "Đến năm 2025, mỗi xóm 1 câu lạc bộ thể dục thể thao.\n",
            (1.0,),
        ),
    ],
    ids=["moi-thon-01-mo-hinh", "moi-ban-1-doi-van-nghe", "moi-xom-1-cau-lac-bo"],
)
def test_a_count_after_each_village_is_a_figure(text: str, numbers: tuple[float, ...]) -> None:
    """REGRESSION. `_ORDINAL` now takes "thôn|xóm|bản|phường|quận" + a number for a village or
    ward named by its number. Plans set a count per village in just that order: "mỗi thôn 01
    mô hình tự quản", "mỗi bản 1 đội văn nghệ quần chúng", "mỗi xóm 1 câu lạc bộ thể dục thể
    thao". The count is masked and the target lost. After "mỗi" the number is a count: it should
    be drafted, as a84b9ec did."""
    assert numbers in _figures(text)


def test_a_count_of_communes_after_a_count_of_wards_is_a_figure() -> None:
    """REGRESSION, in part (a84b9ec did not draft 5 either, but flagged "more-figures"). "Phấn
    đấu đến năm 2025 có thêm 3 phường 5 xã đạt chuẩn đô thị văn minh": "phường 5" is now masked
    as a ward's number, 5 xã is lost with no flag left. Both are counts: 5 xã should be
    drafted. (Fixed in part: the flag is back; 5 xã drafted as its own target is not, as before
    the rule: listed in benchmarks/extract/README.md.)"""
    text = "Phấn đấu đến năm 2025 có thêm 3 phường 5 xã đạt chuẩn đô thị văn minh.\n"
    (reading,) = [t.reading for t in _draft(text).targets]
    assert reading.numbers == (3.0,) and "more-figures" in reading.review


def test_ty_dong_with_a_capital_keeps_the_unit_ty_dong() -> None:
    """REGRESSION. "Phấn đấu đến năm 2025 tổng thu ngân sách đạt 500 tỷ Đồng." is now read with
    the unit "tỷ Đồng" (the capitalised word kept after a scale), where a84b9ec read "tỷ đồng". A
    unit spelled with a capital is the same unit: it should be "tỷ đồng"."""
    text = "Phấn đấu đến năm 2025 tổng thu ngân sách đạt 500 tỷ Đồng.\n"
    assert _reading(text, (500.0,)).unit == "tỷ đồng"
