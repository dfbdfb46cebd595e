"""Rules learned from round 23 of the held-out corpus (benchmarks/extract/README.md): the plan's
year and period, a look past the plan, denominators and ages. Each test failed before its rule."""

from __future__ import annotations

from plantrack.extract import extract_text

from .extract_found import drafted


def test_last_years_targets_reported_are_no_announcement() -> None:
    """Chư Pưh 2022: "Các kế hoạch, chỉ tiêu kinh tế-xã hội năm 2021 của huyện được triển khai cơ
    bản đảm bảo Nghị quyết …" reports how 2021 went; the plan is the year the council then set
    ("… thống nhất các chỉ tiêu, nhiệm vụ năm 2022. Trong đó, phấn đấu …"). Every target was
    dated 2021."""
    text = (
        "HĐND huyện họp nhằm đánh giá tình hình thực hiện nhiệm vụ năm 2021, triển khai nhiệm vụ "
        "năm 2022.\nNăm 2021, tổng giá trị sản xuất của huyện tăng 11,56% so với năm 2020. Các kế "
        "hoạch, chỉ tiêu kinh tế-xã hội năm 2021 của huyện được triển khai cơ bản đảm bảo Nghị "
        "quyết của HĐND huyện đã đề ra.\nCác đại biểu đã thống nhất các chỉ tiêu, nhiệm vụ năm "
        "2022. Trong đó, phấn đấu thu nhập bình quân đầu người 49,57 triệu đồng; tổng thu ngân "
        "sách nhà nước 71,3 tỷ đồng.\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2022, 2022)
    assert [t.reading.year for t in draft.targets] == [2022, 2022]


def test_an_aim_that_targets_must_be_carried_out_is_no_report() -> None:
    """The rule's guard: "các chỉ tiêu … phải được triển khai" is an aim, not last year's report."""
    text = (
        "Các chỉ tiêu chủ yếu năm 2025 phải được triển khai đồng bộ:\n"
        "- Thu ngân sách đạt 120 tỷ đồng.\n"
    )
    assert extract_text(text).draft.period == (2025, 2025)


def test_a_target_past_a_stated_period_is_the_vision() -> None:
    """Hồ Chí Minh City: "Các chỉ tiêu phát triển chủ yếu nhiệm kỳ 2020 – 2025:" with "40% đến
    năm 2030": the term is the plan (2021-2025), 2030 a look past it; the plan was widened to
    2021-2030 and marked as guessed."""
    text = (
        "Các chỉ tiêu phát triển chủ yếu nhiệm kỳ 2020 – 2025:\n"
        "(1). Tốc độ tăng trưởng GRDP bình quân hàng năm từ 8 - 8,5%.\n"
        "(2). Phấn đấu kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP.\n"
    )
    draft = extract_text(text).draft
    assert (draft.period, draft.vision, draft.period_guessed) == ((2021, 2025), (2026, 2030), False)
    assert [t.reading.vision for t in draft.targets] == [False, False, True]


def test_a_period_in_a_report_of_results_is_not_the_plans() -> None:
    """Đức Xuân: "Nhiệm kỳ qua, … 30/33 chỉ tiêu nghị quyết đạt và vượt kế hoạch. Tổng thu ngân
    sách giai đoạn 2020-2024 đạt …" reports the term just ended; the plan is "Nhiệm kỳ 2025-2030"
    (its period was 2020-2030, and with the vision rule it would have been 2020-2024)."""
    text = (
        "Nhiệm kỳ qua, công tác xây dựng Đảng của Đảng bộ phường được tăng cường, 30/33 chỉ tiêu "
        "nghị quyết đạt và vượt kế hoạch. Tổng thu ngân sách giai đoạn 2020-2024 đạt 67,038 tỷ "
        "đồng (bằng 105% chỉ tiêu kế hoạch), tốc độ tăng thu bình quân 4,3%/năm.\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ phường phấn đấu tốc độ tăng thu ngân sách bình quân từ "
        "10%/năm; thu nhập bình quân đạt 100 triệu đồng/người/năm vào năm 2030.\n"
    )
    assert extract_text(text).draft.period == (2026, 2030)


def test_denominators_of_two_words_and_a_leading_zero() -> None:
    """ "1,4 con/phụ nữ" (the unit was "con"), "150 triệu đồng/lao động" (was "triệu đồng"),
    "Giá trị sản phẩm trên 01 ha đất canh tác: 84 triệu đồng" (was "triệu đồng", and "trên 01"
    drafted as a target of more than 1)."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2021:\n- Tổng tỷ suất sinh đạt ít nhất 1,4 con/phụ nữ.\n"
        "- Năng suất lao động đạt 150 triệu đồng/lao động.\n"
        "- Giá trị sản phẩm trên 01 ha đất canh tác: 84 triệu đồng.\n"
    ).draft
    assert [(t.reading.numbers, t.reading.unit) for t in draft.targets] == [
        ((1.4,), "con/phụ nữ"),
        ((150.0,), "triệu đồng/lao động"),
        ((84.0,), "triệu đồng/ha"),
    ]


def test_an_age_range_with_den_is_no_figure() -> None:
    """ "trong độ tuổi đi học (từ 3 đến 18 tuổi)" names an age group, as "từ 15-60 tuổi" does;
    "từ 3 đến 18" was drafted as a target of at least 3."""
    found = drafted(
        "Các chỉ tiêu chủ yếu năm 2025:\n"
        "- Duy trì đạt 300 phòng học/vạn dân trong độ tuổi đi học (từ 3 đến 18 tuổi).\n"
    )
    assert [f[2] for f in found] == [(300.0,)]


def test_a_flow_over_the_terms_length_is_its_total() -> None:
    """An Giang: "kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD", Phú Đa: "Tạo việc làm mới trong 5 năm
    1.250 lao động": the five years' total, as "tổng vốn đầu tư xã hội 5 năm" was read; both were
    levels of the last year. An average over the years stays one ("bình quân 5 năm đạt 6,5%")."""
    found = drafted(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n- Kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD.\n"
        "- Tạo việc làm mới trong 5 năm 1.250 lao động.\n"
        "- Tốc độ tăng trưởng GRDP bình quân 5 năm đạt 6,5%.\n"
    )
    assert [(f[0], f[3]) for f in found] == [
        ("cumulative", (2021, 2025)),
        ("cumulative", (2021, 2025)),
        ("growth", (2021, 2025)),
    ]


def test_a_period_opening_a_sentence_after_theo_do() -> None:
    """An Giang: "Theo đó, giai đoạn 2020-2025 đưa tốc độ tăng trưởng GRDP …; GRDP bình quân đầu
    người đạt …; kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD" — the period holds for the sentence's
    clauses (no comma after it, and "Theo đó," before it); they took the plan's end, 2030, from
    the next paragraph's "Giai đoạn 2025-2030, …"."""
    found = drafted(
        "Theo đó, giai đoạn 2020-2025 đưa tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 6,5-7%; "
        "kim ngạch xuất khẩu 5 năm đạt 5,2 tỷ USD; thu ngân sách 5 năm đạt 41.303 tỷ đồng.\n"
        "Giai đoạn 2025-2030, tốc độ tăng trưởng GRDP bình quân đạt 7-7,5%.\n"
    )
    assert [f[3] for f in found] == [(2021, 2025), (2021, 2025), (2021, 2025), (2026, 2030)]
