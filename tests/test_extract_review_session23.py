"""A fresh-eyes review of the rules `plantrack extract` gained since 548ec0a (session 23, rounds
74-75): a target set with its name starting its targets at its cue (clauses), a "Trong đó"
sentence parting its sentence's head (listed), a lead in other words and a numbered photo told
again (repeats), "Sau năm 2025" as no plan year (plan_time), who attends a meeting (not_targets),
and, in validate, money per person per month written "triệu đồng/tháng" (text_checks).

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each test fails at the review's HEAD (a9a273c);
where the code before the rules (548ec0a) read the wording right, the docstring says so (a
REGRESSION)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.extract import extract_text

from .plan_snippets import indicator, run_in


def _draft(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text).draft


def _figures(text: str) -> set[tuple[float, ...]]:
    return {t.reading.numbers for t in _draft(text).targets}


# --- 1. clauses._announced_start: a target set with its name starts at its cue ----------------


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "Huyện Krông Pắc đặt mục tiêu tăng trưởng 9% trong năm 2026\n"
            "Năm 2026, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 9%; thu nhập bình quân đầu "
            "người đạt 72 triệu đồng; tỷ lệ hộ nghèo giảm 1,5%.\n"
            "Về thu ngân sách, huyện đề ra chỉ tiêu thu ngân sách trên địa bàn đạt 250 tỷ đồng.\n",
            {(9.0,), (72.0,), (1.5,)},
        ),
        (
            "Phường Quy Nhơn Bắc đặt mục tiêu tăng trưởng 10,5%\n"
            "Năm 2026, phường phấn đấu tổng giá trị sản xuất tăng 10,5%; tổng vốn đầu tư toàn xã "
            "hội đạt 3.200 tỷ đồng.\n"
            "Ngoài ra, phường đề ra chỉ tiêu thu ngân sách đạt trên 180 tỷ đồng.\n",
            {(10.5,), (3200.0,)},
        ),
        (
            "Ngày 30/7, Đảng bộ xã Tây Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
            "2025-2030.\n"
            "Nhiệm kỳ 2025-2030, Đảng bộ xã phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân "
            "đạt 10%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 75 triệu đồng.\n"
            "Đại hội cũng xác định mục tiêu cụ thể đến năm 2030 toàn xã có 100% thôn đạt chuẩn "
            "văn hóa.\n",
            {(10.0,), (75.0,)},
        ),
    ],
    ids=["ve-thu-ngan-sach", "ngoai-ra", "dai-hoi-cung-xac-dinh"],
)
def test_targets_before_a_target_set_with_its_name_are_still_read(
    text: str, before: set[tuple[float, ...]]
) -> None:
    """REGRESSION. A news page or congress report states its targets in a paragraph with no cue
    ("Năm 2026, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 9%; thu nhập … 72 triệu đồng; …"),
    then one more in a later paragraph that names it as set ("Về thu ngân sách, huyện đề ra chỉ
    tiêu thu ngân sách … đạt 250 tỷ đồng", "Ngoài ra, phường đề ra chỉ tiêu …", "Đại hội cũng
    xác định mục tiêu cụ thể đến năm 2030 …"). The new start at the cue of a target set with its
    name opens the targets only there, so every target in the paragraphs before it is lost:
    only 250 tỷ đồng (180 tỷ đồng, 100%) is drafted. Before the rule no paragraph opened the
    targets and the whole text was read: all of them were drafted."""
    assert before <= _figures(text)


# --- 2. listed.parts_of_a_result: a "Trong đó" sentence parts its sentence's head ------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Hiện toàn huyện có 45.000 ha cây công nghiệp dài ngày, phấn đấu đến năm 2030 đạt "
            "50.000 ha. Trong đó, cà phê 30.000 ha, hồ tiêu 8.000 ha, cây ăn quả 12.000 ha.\n",
            {(30000.0,), (8000.0,), (12000.0,)},
        ),
        (
            "Đến năm 2030, toàn huyện phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt 90%.\n"
            "Hiện huyện có 62 trường đạt chuẩn quốc gia, phấn đấu đến năm 2030 có 75 trường đạt "
            "chuẩn. Trong đó, mầm non 25 trường, tiểu học 28 trường, trung học cơ sở 22 trường.\n",
            {(25.0,), (28.0,), (22.0,)},
        ),
        (
            "Năm 2026, huyện phấn đấu tăng trưởng kinh tế đạt 9%.\n"
            "Tổng thu ngân sách năm 2025 ước đạt 450 tỷ đồng, năm 2026 phấn đấu đạt 500 tỷ đồng. "
            "Trong đó, thu nội địa 420 tỷ đồng, thu xuất nhập khẩu 80 tỷ đồng.\n",
            {(420.0,), (80.0,)},
        ),
    ],
    ids=["cay-cong-nghiep", "truong-chuan", "thu-ngan-sach"],
)
def test_the_parts_of_a_target_after_a_report_in_its_sentence_are_targets(
    text: str, parts: set[tuple[float, ...]]
) -> None:
    """REGRESSION. "Hiện toàn huyện có 45.000 ha …, phấn đấu đến năm 2030 đạt 50.000 ha. Trong
    đó, cà phê 30.000 ha, hồ tiêu 8.000 ha, …" (and "Hiện huyện có 62 trường …, phấn đấu … có 75
    trường …. Trong đó, mầm non 25 trường, …", "Tổng thu ngân sách năm 2025 ước đạt 450 tỷ
    đồng, năm 2026 phấn đấu đạt 500 tỷ đồng. Trong đó, thu nội địa 420 tỷ đồng, …"): the
    sentence opens with what is (or was) and goes on to the target, and the parts that follow
    are the target's (their sum is the target's 50.000 ha, 75 trường, 500 tỷ đồng). The new rule
    parts the head of the sentence before, the report, so the parts are left unread as "a
    result or a comparison with a base year". Before the rule (the clause just before, the
    target) they were drafted as targets of 2030 (2026)."""
    assert parts <= _figures(text)


# --- 3. repeats: a lead in other words, a numbered photo --------------------------------------


def test_a_lead_s_target_is_not_told_again_by_another_indicator_in_its_unit() -> None:
    """REGRESSION. "(NLĐO) - Năm 2026, TP Cần Thơ phấn đấu thu ngân sách nhà nước đạt 30.000 tỷ
    đồng" over a body that sets "tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng" and states no
    budget: the lead's budget target is left unread as "the same target as tổng vốn đầu tư …"
    because 31.000 is within 5 % of 30.000 in the same unit, kind and year. Two indicators that
    happen to be near are no target told again in other words; the lead's 30.000 tỷ đồng was
    drafted before the rule and should be."""
    text = (
        "Cần Thơ đặt mục tiêu tăng trưởng năm 2026 đạt 10%\n"
        "(NLĐO) - Năm 2026, TP Cần Thơ phấn đấu thu ngân sách nhà nước đạt 30.000 tỷ đồng\n"
        "Theo Nghị quyết của HĐND thành phố, năm 2026 Cần Thơ phấn đấu tăng trưởng GRDP đạt 10%; "
        "tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng; kim ngạch xuất khẩu đạt 3 tỷ USD.\n"
    )
    figures = _figures(text)
    assert {(30000.0,), (31000.0,)} <= figures


def test_a_numbered_photo_after_a_long_dash_is_a_caption() -> None:
    """Not a regression. The caption rule takes "… - Ảnh 1." (a hyphen or an en dash) but not an
    em dash, which pages write too: "Khánh Hòa: Sẽ đón 18,8 triệu lượt khách du lịch trong năm
    2026 — Ảnh 1." is drafted as the target (named "Khánh Hòa Sẽ đón", review more-figures) and
    the body's "Năm 2026, tỉnh phấn đấu đón 18,8 triệu lượt khách du lịch" is left unread as the
    same target as the caption. The body's sentence should be the target."""
    text = (
        "Năm 2026, tỉnh phấn đấu đón 18,8 triệu lượt khách du lịch.\n"
        "Khánh Hòa: Sẽ đón 18,8 triệu lượt khách du lịch trong năm 2026 — Ảnh 1.\n"
        "Nha Trang tiếp tục là trung tâm du lịch.\n"
    )
    (target,) = _draft(text).targets
    assert target.clause.span.block == 0, target.clause.text


# --- 4. plan_time._stated_time: a year after "sau" --------------------------------------------


# --- 5. not_targets.is_narrative: who attends a meeting ---------------------------------------


@pytest.mark.parametrize(
    "attendance",
    [
        "Đến dự Đại hội có lãnh đạo Ban Tổ chức Tỉnh ủy cùng 180 đại biểu chính thức.",
        "Tới dự Đại hội có đồng chí Phó Bí thư Thường trực Tỉnh ủy cùng 180 đại biểu chính thức.",
        "Có 180 đại biểu chính thức tham dự Đại hội.",
    ],
    ids=["den-du", "toi-du", "co-tham-du"],
)
def test_who_comes_to_a_congress_is_no_target(attendance: str) -> None:
    """Not a regression. Who attends, in the other words reports use: "Đến dự Đại hội có … cùng
    180 đại biểu chính thức", "Tới dự Đại hội có …", "Có 180 đại biểu chính thức tham dự Đại
    hội": 180 đại biểu is drafted as a target of 2030 (the rule takes "Dự", "Cùng dự", "Tham dự",
    "Về dự" only at the clause's start). It is no target."""
    text = (
        "Ngày 30/7, Đảng bộ xã Ia Dreh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
        f"{attendance}\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ xã phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng; "
        "tỷ lệ hộ nghèo giảm bình quân 2%/năm.\n"
    )
    figures = _figures(text)
    assert (180.0,) not in figures
    assert {(60.0,), (2.0,)} <= figures


def test_targets_after_who_attends_in_the_same_sentence_are_still_read() -> None:
    """REGRESSION. "Dự hội nghị có đồng chí Nguyễn Văn Hùng, Chủ tịch UBND huyện; hội nghị thống
    nhất chỉ tiêu thu ngân sách năm 2026 đạt 150 tỷ đồng, tổng vốn đầu tư toàn xã hội đạt 2.000
    tỷ đồng.": the attendance is the first clause of the sentence, so every clause after it is
    taken as narrative ("a report of what was done or what is") and the two targets are left
    unread. Only the attendance is no target; before the rule 150 and 2.000 tỷ đồng were
    drafted."""
    text = (
        "Năm 2026, huyện phấn đấu tăng trưởng kinh tế đạt 9%.\n"
        "Dự hội nghị có đồng chí Nguyễn Văn Hùng, Chủ tịch UBND huyện; hội nghị thống nhất chỉ "
        "tiêu thu ngân sách năm 2026 đạt 150 tỷ đồng, tổng vốn đầu tư toàn xã hội đạt 2.000 tỷ "
        "đồng.\n"
    )
    assert {(150.0,), (2000.0,)} <= _figures(text)


# --- 7. plans/text_checks._units_against_text: money per person per month ---------------------


def test_money_with_no_per_in_the_text_for_a_per_person_per_month_indicator_does_not_warn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """REGRESSION. A target of 8.7 for an indicator in "triệu đồng/người/tháng" whose text says
    "Thu nhập bình quân đầu người đạt 8,7 triệu đồng" (leaving out both "/người" and "/tháng",
    as plans do) now warns text-unit-mismatch ("per nothing is not per person per month"):
    the new rule lends the indicator's per only when the text's per is the indicator's inner one
    ("/tháng"), no longer when the text names none. Before the rule it was valid, no warning.
    (Where the text says "/năm" the units really differ, and the warning must stay: "100 triệu
    đồng/năm" for the same indicator; parse_unit drops the "/năm", so the check must read it
    from the text.)"""
    target = (
        "kind: level\nvalue: 8.7\nyear: 2025\n"
        "text: 'Thu nhập bình quân đầu người đạt 8,7 triệu đồng'"
    )
    code, out = run_in(
        tmp_path,
        monkeypatch,
        indicator("triệu đồng/người/tháng", "increase", target),
        None,
        "validate",
        "--lang",
        "en",
        "--strict",
    )
    assert "text-unit-mismatch" not in out, out
    assert code == 0, out
