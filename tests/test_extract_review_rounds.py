"""A fresh-eyes review of the rules `plantrack extract` gained from held-out rounds 23-26 of
issue 19 (review19i): each rule was learned from one or two real texts, and each test here is
a wording a real plan holds where one of them fired where it should not (a plan's list whose
items end without a stop taken for a cut excerpt, "about" carried to another indicator, a
plan's aim to exceed its revenue taken for a result, a cited document's clause swallowing the
plan's own year). Each test failed before its fix, and each fix has a test that the rule still
holds where it should."""

from __future__ import annotations

from plantrack.extract import extract_text

from .extract_found import drafted

FIVE_YEARS = "KẾ HOẠCH phát triển kinh tế - xã hội giai đoạn 2021-2025\nCác chỉ tiêu chủ yếu:\n"


# --- draft._mark_cut_off: a plan's list whose items end without a stop ------------------------


def test_a_list_whose_items_end_without_a_stop_is_not_cut_off() -> None:
    """A plan's own text (a .docx's list) ends its items without a full stop: its last target,
    "Giải quyết việc làm cho 1.200 lao động", was marked cut-off."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2026:\n- Thu ngân sách đạt 500 tỷ đồng\n"
        "- Tăng trưởng kinh tế đạt 8%\n- Giải quyết việc làm cho 1.200 lao động"
    ).draft
    assert not any("cut-off" in t.reading.review for t in draft.targets)


def test_an_excerpt_cut_after_a_stopped_item_is_still_marked() -> None:
    """The rule holds: the item before ends with ";", the last stops mid-word."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2025:\n- Thu ngân sách đạt 120 tỷ đồng;\n"
        "- 70% cơ quan, đơn vị đạt danh hiệu Đơn"
    ).draft
    assert [("cut-off" in t.reading.review) for t in draft.targets] == [False, True]


# --- reading._series_about: "khoảng" carries only from a milestone to the next -----------------


def test_about_does_not_carry_to_another_indicator_named_after_its_figure() -> None:
    """ "Thu ngân sách đạt khoảng 500 tỷ đồng; 100% xã đạt chuẩn nông thôn mới vào năm 2025":
    the 100 % of communes is exact, not "about" (the revenue is no milestone of a series)."""
    found = drafted(
        FIVE_YEARS + "- Thu ngân sách đạt khoảng 500 tỷ đồng; 100% xã đạt chuẩn nông thôn mới vào "
        "năm 2025.\n"
    )
    assert [(f[1], f[2]) for f in found] == [("about", (500.0,)), ("value", (100.0,))]


def test_about_still_carries_along_a_series_of_milestones() -> None:
    """The rule holds: "khoảng 33% vào năm 2023 và 40% vào năm 2025" is about 40 %."""
    found = drafted(
        FIVE_YEARS + "- Tỷ lệ dân số thành thị đạt khoảng 33% vào năm 2023 và 40% vào năm 2025.\n"
    )
    assert [(f[1], f[2], f[3]) for f in found] == [
        ("about", (33.0,), 2023),
        ("about", (40.0,), 2025),
    ]


# --- words.RESULT_RE "đạt, vượt kế hoạch": an aim to exceed the plan is no result --------------


def test_an_aim_to_meet_and_exceed_the_plan_is_a_target() -> None:
    """ "Thu ngân sách nhà nước đạt 300 tỷ đồng, phấn đấu thu đạt, vượt kế hoạch tỉnh giao":
    the revenue was listed as a result (Sơn Hòa's report "nhiều chỉ tiêu … đạt, vượt kế
    hoạch")."""
    found = drafted(
        "Kế hoạch năm 2026\nCác chỉ tiêu chủ yếu:\n- Thu ngân sách nhà nước đạt 300 tỷ đồng, phấn "
        "đấu thu đạt, vượt kế hoạch tỉnh giao.\n- Tăng trưởng kinh tế đạt 8%.\n"
    )
    assert [(f[0], f[2], f[3]) for f in found] == [
        ("level", (300.0,), 2026),
        ("growth", (8.0,), (2026, 2026)),
    ]


def test_targets_met_and_exceeded_still_report() -> None:
    """The rule holds: "nhiều chỉ tiêu … đạt, vượt kế hoạch; … đạt hơn 15.600 tấn" reports."""
    found = drafted(
        "Kế hoạch năm 2010\nBáo cáo cho biết trong năm 2009, nhiều chỉ tiêu phát triển kinh tế "
        "của huyện đạt, vượt kế hoạch; tổng sản lượng lương thực có hạt đạt hơn 15.600 tấn.\n"
    )
    assert found == []


# --- plan_time._CITED_RE: a cited document's clause ends before the sentence's own -------------


def test_a_cited_resolutions_clause_ends_before_the_plans_own_year() -> None:
    """ "Căn cứ Nghị quyết số 05-NQ/ĐH … nhiệm kỳ 2020-2025, UBND xã xây dựng kế hoạch … năm
    2024 với các chỉ tiêu:" was a plan of 2020-2024 (the cited clause ran to the sentence's end
    and took the plan's year with it)."""
    text = (
        "Căn cứ Nghị quyết số 05-NQ/ĐH ngày 20/7/2020 của Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, "
        "UBND xã xây dựng kế hoạch phát triển kinh tế - xã hội năm 2024 với các chỉ tiêu:\n"
        "- Tổng giá trị sản xuất tăng 8%.\n- Thu ngân sách đạt 20 tỷ đồng.\n"
    )
    assert extract_text(text).draft.period == (2024, 2024)
    assert [f[3] for f in drafted(text)] == [(2024, 2024), 2024]


def test_a_year_after_a_cited_resolution_is_the_plans() -> None:
    """ "Theo Nghị quyết số 10/NQ-HĐND, năm 2026 tỉnh phấn đấu đạt các chỉ tiêu:" was a plan of
    2021-2026."""
    text = (
        "Theo Nghị quyết số 10/NQ-HĐND, năm 2026 tỉnh phấn đấu đạt các chỉ tiêu:\n"
        "- Tổng giá trị sản xuất tăng 8%.\n- Thu ngân sách đạt 20 tỷ đồng.\n"
    )
    assert extract_text(text).draft.period == (2026, 2026)
    assert [f[3] for f in drafted(text)] == [(2026, 2026), 2026]
