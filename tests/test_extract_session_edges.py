"""A fresh-eyes review of the rules `plantrack extract` gained in one session of issue 19
(review19g): each rule was learned from one or two real texts, and each test here is a wording
a real plan or news report holds where one of them fired where it should not (an aim taken for
a term reported done, a half-year's plan taken for the months so far, a year-end report's
heading that announces the next year's targets, a document's period taken for a paragraph's
time, a sub-period taken for the plan's, new things counted up to the plan's end). Each test
failed before its fix, and each fix has a test that the rule still holds where it should."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text

from .extract_found import drafted

YEAR_PLAN = "Các chỉ tiêu chủ yếu năm 2026:\n"


def _figures(text: str) -> list[tuple[float, ...]]:
    return [f[2] for f in drafted(text)]


# --- words.RESULT_RE, "đã … hoàn thành thắng lợi các chỉ tiêu": an aim after another "đã" -------


@pytest.mark.parametrize(
    "opening",
    [
        # a meeting's news: its "đã" is the agreement's, the aim follows it
        "Hội nghị đã thống nhất phấn đấu hoàn thành thắng lợi các chỉ tiêu kế hoạch năm 2026, "
        "cụ thể:",
        # the results are what the aim builds on
        "Phát huy những kết quả đã đạt được, toàn huyện nỗ lực hoàn thành thắng lợi các chỉ "
        "tiêu kế hoạch năm 2026:",
    ],
    ids=["agreed-to-strive", "builds-on-results"],
)
def test_an_aim_to_complete_the_targets_after_another_verbs_đã_is_no_report(opening: str) -> None:
    """ "Hội nghị đã thống nhất phấn đấu hoàn thành thắng lợi các chỉ tiêu kế hoạch năm 2026,
    cụ thể: tăng trưởng kinh tế đạt 8%; …": the rule for a term reported done ("Đảng bộ xã …
    đã tập trung lãnh đạo … hoàn thành thắng lợi các chỉ tiêu", Phú Phúc) read the aim as a
    report, and the first target (the growth of 8 %) was listed as a result."""
    found = _figures(
        opening + " tăng trưởng kinh tế đạt 8%; tổng thu ngân sách đạt 500 tỷ đồng; tỷ lệ hộ "
        "nghèo giảm 1%."
    )
    assert found == [(8.0,), (500.0,), (1.0,)]


# --- words.RESULT_RE, "N tháng đầu năm,": a half-year's plan is no report of the months so far ---


@pytest.mark.parametrize(
    "text",
    [
        "6 tháng đầu năm 2026, phấn đấu tổng thu ngân sách đạt 300 tỷ đồng; tăng trưởng kinh tế "
        "đạt 7%.",
        "Phấn đấu 6 tháng đầu năm 2026, tổng thu ngân sách đạt 300 tỷ đồng; tăng trưởng kinh tế "
        "đạt 7%.",
    ],
    ids=["months-then-aim", "aim-then-months"],
)
def test_a_half_years_aims_are_targets(text: str) -> None:
    """A half-year's plan, "6 tháng đầu năm 2026, phấn đấu tổng thu ngân sách đạt 300 tỷ đồng;
    …": the rule for the months so far ("9 tháng đầu năm, tổng giá trị sản xuất … đạt …", Tiền
    Hải) listed the revenue as a result."""
    found = drafted(text)
    assert [(f[0], f[2], f[3]) for f in found] == [
        ("level", (300.0,), 2026),
        ("growth", (7.0,), (2026, 2026)),
    ]


def test_the_months_so_far_still_report() -> None:
    """The rule holds: "9 tháng đầu năm, …" and "Tiền Hải: 9 tháng …" report results."""
    found = _figures(
        YEAR_PLAN + "9 tháng đầu năm, tổng giá trị sản xuất trên địa bàn huyện đạt trên 8.551 tỷ "
        "đồng.\nTiền Hải: 9 tháng tổng giá trị sản xuất đạt 16.349 tỷ đồng\nThu ngân sách đạt "
        "500 tỷ đồng."
    )
    assert found == [(500.0,)]


# --- words.AFTER_TARGETS_RE: a report's heading that also names the targets ahead ---------------


@pytest.mark.parametrize(
    "heading",
    [
        "KẾT QUẢ THỰC HIỆN NĂM 2025 VÀ CHỈ TIÊU KẾ HOẠCH NĂM 2026",
        "Tình hình thực hiện kế hoạch năm 2025 và mục tiêu, chỉ tiêu năm 2026:",
    ],
    ids=["results-and-targets", "progress-and-aims"],
)
def test_a_year_end_heading_that_names_next_years_targets_opens_them(heading: str) -> None:
    """A year-end report's heading over its table or list, "Kết quả thực hiện năm 2025 và chỉ
    tiêu kế hoạch năm 2026": the report's heading ("KẾT QUẢ THỰC HIỆN …", Hải Hậu) ended the
    targets it announces, and nothing was drafted."""
    found = _figures(
        heading + "\nNăm 2026, tăng trưởng kinh tế đạt 8%; tổng thu ngân sách đạt 500 tỷ đồng.\n"
    )
    assert found == [(8.0,), (500.0,)]


def test_the_results_to_reach_are_targets() -> None:
    """ "b) Những kết quả cần đạt:" heads the aims of a plan (its results to reach): "những kết
    quả" (a report's "Những kết quả đạt được") ended the targets and both were lost."""
    found = _figures(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n- Tốc độ tăng trưởng kinh tế bình quân 8%/năm."
        "\nb) Những kết quả cần đạt:\n- Tỷ lệ che phủ rừng đạt 45%.\n- Tỷ lệ hộ nghèo giảm bình "
        "quân 1,5%/năm.\n"
    )
    assert found == [(8.0,), (45.0,), (1.5,)]


def test_a_results_heading_alone_still_ends_the_targets() -> None:
    """The rule holds: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025" and "Những kết quả đạt được năm
    2025:" with nothing ahead end the targets before them."""
    for heading in ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020", "Những kết quả đạt được năm 2020:"):
        found = _figures(
            "Các chỉ tiêu chủ yếu giai đoạn 2020-2025:\n- Tổng giá trị sản xuất tăng bình quân "
            f"13,2%/năm.\n{heading}\n- Thu nhập bình quân đầu người đạt 70 triệu đồng.\n"
        )
        assert found == [(13.2,)], heading


# --- timing._OPENING_TIME: the document named before a paragraph's time is no part of it --------


def test_the_period_of_the_document_a_paragraph_follows_is_not_its_time() -> None:
    """ "Theo Quy hoạch tỉnh thời kỳ 2021-2030, đến năm 2025, GRDP … . Thu ngân sách tăng bình
    quân 10%/năm.": the paragraph's time is 2025, but the opening read with its document gave
    the growth the plan's whole period, 2021-2030."""
    found = drafted(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2030:\nTheo Quy hoạch tỉnh thời kỳ 2021-2030, đến năm "
        "2025, GRDP bình quân đầu người đạt 80 triệu đồng. Thu ngân sách tăng bình quân "
        "10%/năm. Tỷ lệ đô thị hóa đạt 40%.\nĐến năm 2030, tỷ lệ đô thị hóa đạt 50%.\n"
    )
    assert [(f[2], f[3]) for f in found] == [
        ((80.0,), 2025),
        ((10.0,), (2021, 2025)),
        ((40.0,), 2025),
        ((50.0,), 2030),
    ]


# --- plan_time.plan_time_of: a sub-period of the targets is not the plan's ---------------------


def test_a_targets_sub_period_inside_the_plan_a_sentence_names_is_not_the_plans() -> None:
    """A page on a master plan: "… phê duyệt Quy hoạch tỉnh A thời kỳ 2021-2030, tầm nhìn đến năm
    2050." (no figure), then "… tăng trưởng kinh tế bình quân đạt 8%/năm. Giai đoạn 2021-2025,
    thu hút 50 dự án …": the one target's 2021-2025 was taken for the plan's period, and the
    growth and the level of the plan's end moved to 2025. A term ending beside targets of the
    next term (Quảng Trị) stays set aside: its period holds none of theirs."""
    draft = extract_text(
        "Thủ tướng phê duyệt Quy hoạch tỉnh A\nNgày 10/3/2023, Thủ tướng Chính phủ đã ký Quyết "
        "định phê duyệt Quy hoạch tỉnh A thời kỳ 2021-2030, tầm nhìn đến năm 2050.\nTheo đó, tăng "
        "trưởng kinh tế bình quân đạt 8%/năm. Giai đoạn 2021-2025, thu hút 50 dự án đầu tư. Tỷ lệ "
        "đô thị hóa đạt 45%.\n"
    ).draft
    assert draft.period == (2021, 2030)
    assert [
        t.reading.year if t.reading.year is not None else t.reading.period for t in draft.targets
    ] == [(2021, 2030), (2021, 2025), 2030]


# --- kinds._one_year_of_its_own: new things counted up to a year are a total --------------------


def test_new_things_counted_up_to_the_terms_end_are_its_total() -> None:
    """ "Đến năm 2025, kết nạp mới 600 đảng viên" in the term 2021-2025: the term's new
    members, a total; the rule for one year's count ("Năm 2020 tạo việc làm cho 20.400 lao
    động", Tuyên Quang) made it the level of 2025. A year's own count stays its level."""
    found = drafted(
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025:\n- Đến năm 2025, kết nạp mới 600 đảng viên.\n"
        "- Đến năm 2025 thành lập mới 100 doanh nghiệp.\n- Năm 2025 giải quyết việc làm cho 2.000 "
        "lao động.\n"
    )
    assert [(f[0], f[3]) for f in found] == [
        ("cumulative", (2021, 2025)),
        ("cumulative", (2021, 2025)),
        ("level", 2025),
    ]
