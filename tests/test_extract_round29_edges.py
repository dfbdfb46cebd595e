"""Rules learned from round 29 of the held-out corpus (benchmarks/extract/README.md). Each test
failed before its rule; the guards say where the rule must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text


def _targets(text: str) -> dict[str, tuple[object, ...]]:
    draft = extract_text(text).draft
    return {
        t.clause.text: (t.reading.kind, t.reading.year, t.reading.period, t.reading.name)
        for t in draft.targets
    }


def test_a_meeting_on_one_years_aims_dates_targets_that_name_no_time() -> None:
    """Long An 2024: "UBND tỉnh Long An tổ chức Hội nghị triển khai nhiệm vụ phát triển kinh
    tế-xã hội năm 2024", then targets naming no time, then "… Kế hoạch thực hiện Quy hoạch tỉnh
    thời kỳ 2021-2030": the plan was read as 2021-2030 and every target dated 2030. The guard:
    "mục tiêu đến năm 2030" is an end, not one year's aims."""
    draft = extract_text(
        "TTXVN - Ngày 25/12, UBND tỉnh Long An tổ chức Hội nghị triển khai nhiệm vụ phát triển "
        "kinh tế-xã hội năm 2024.\n"
        "Long An phấn đấu tốc độ tăng trưởng kinh tế GRDP đạt từ 8,0-8,5%; GRDP bình quân đầu "
        "người đạt 105-110 triệu đồng; người dân tham gia bảo hiểm y tế đạt 94%.\n"
        "Để đạt kế hoạch đề ra, các sở, ngành tập trung triển khai Kế hoạch thực hiện Quy hoạch "
        "tỉnh thời kỳ 2021-2030.\n"
    ).draft
    assert draft.period == (2024, 2024)
    assert {t.reading.year for t in draft.targets if t.reading.kind == "level"} == {2024}
    guard = extract_text(
        "Tỉnh xác định mục tiêu đến năm 2030 trở thành tỉnh phát triển khá.\n"
        "Tỷ lệ hộ nghèo dưới 1%; thu nhập bình quân đầu người đạt 120 triệu đồng.\n"
    ).draft
    assert guard.period != (2030, 2030)


def test_a_purpose_to_reach_results_is_no_report() -> None:
    """Bạc Liêu 2025: "Để đạt được kết quả đó, … Đồng thời, đảm bảo nguồn vốn vay cho 100% hộ
    nghèo …" and the paragraph after it ("Bên cạnh đó, …") were read as reports of results; a
    report stays one ("Năm qua, huyện đạt được nhiều kết quả: …")."""
    targets = _targets(
        "Kế hoạch giảm nghèo giai đoạn 2021-2025 của tỉnh.\n"
        "Để đạt được kết quả đó, tỉnh đề cao hệ thống chính trị ở cơ sở. Đồng thời, đảm bảo "
        "nguồn vốn vay cho 100% hộ nghèo có đủ điều kiện.\n"
        "Bên cạnh đó, tỉnh phấn đấu mỗi năm vận động Quỹ Vì người nghèo đạt ít nhất 100 tỷ "
        "đồng.\n"
    )
    assert any(text.endswith("cho 100% hộ nghèo có đủ điều kiện") for text in targets)
    assert any("ít nhất 100 tỷ đồng" in text for text in targets)


def test_what_was_done_is_a_report() -> None:
    """Bạc Liêu 2025: "Theo thống kê của Sở LĐ-TB&XH tỉnh Bạc Liêu, tính đến đầu năm 2023, tỉnh
    đã giảm được 4.264 hộ nghèo" was drafted as a target."""
    targets = _targets(
        "Kế hoạch giảm nghèo giai đoạn 2021-2025 của tỉnh.\n"
        "Theo thống kê của Sở LĐ-TB&XH tỉnh, tính đến đầu năm 2023, tỉnh đã giảm được 4.264 hộ "
        "nghèo. Tỉnh phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
    )
    assert not any("4.264" in text for text in targets)
    assert any(text.endswith("giảm còn dưới 1%") for text in targets)


def test_the_plans_own_subject_and_time_open_no_name() -> None:
    """Bạc Liêu 2025: "Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%" was named
    "Tỉnh phấn đấu , hộ nghèo", so the same target in the headline was not seen as the same."""
    targets = _targets(
        "Kế hoạch giảm nghèo giai đoạn 2021-2025 của tỉnh.\n"
        "Tỉnh phấn đấu đến cuối năm 2025, tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
    )
    (reading,) = targets.values()
    assert reading[3] == "tỷ lệ hộ nghèo"


def test_a_date_line_is_no_figure_and_no_heading() -> None:
    """Bạc Liêu 2025: the page's date line "THỨ BA, NGÀY 28 THÁNG 03 NĂM 2023 07:20" drafted a
    target of 20 (its clock), and above the headline it hid the headline, which then stood as a
    second target beside the body's."""
    draft = extract_text(
        "THỨ BA, NGÀY 28 THÁNG 03 NĂM 2023 07:20\n"
        "Bạc Liêu phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%\n"
        "(Dân sinh) - Tỉnh Bạc Liêu đang triển khai Chương trình giảm nghèo bền vững giai đoạn "
        "2021-2025. Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%; trong đó, khu "
        "vực nông thôn giảm còn dưới 2%.\n"
    ).draft
    texts = [t.clause.text for t in draft.targets]
    assert not any("07:20" in text for text in texts)
    assert texts.count("Bạc Liêu phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%") == 0
    assert {t.reading.year for t in draft.targets} == {2025}


def test_a_change_of_one_named_year_is_that_years() -> None:
    """Bạc Liêu 2025: "Năm 2023, Bạc Liêu phấn đấu giảm 1% tỷ lệ hộ nghèo" in a plan of 2021-2025
    was the change over 2021-2023 (and named "Tỷ lệ tỷ lệ hộ nghèo"). The guards: "đến năm
    2023" is the years up to it, and an average a year keeps the plan's years."""
    targets = _targets(
        "Mục tiêu giai đoạn 2021-2025:\n"
        "- Năm 2023, Bạc Liêu phấn đấu giảm 1% tỷ lệ hộ nghèo;\n"
        "- đến năm 2024, tỷ lệ lao động qua đào tạo tăng 5%;\n"
        "- năm 2025, thu ngân sách tăng bình quân hằng năm 10%.\n"
    )
    assert targets["Năm 2023, Bạc Liêu phấn đấu giảm 1% tỷ lệ hộ nghèo"] == (
        "change",
        None,
        (2023, 2023),
        "Tỷ lệ hộ nghèo",
    )
    assert targets["đến năm 2024, tỷ lệ lao động qua đào tạo tăng 5%"][2] == (2021, 2024)
    assert targets["năm 2025, thu ngân sách tăng bình quân hằng năm 10%"][2] == (2021, 2025)


def test_a_heading_that_names_the_targets_period_states_it() -> None:
    """ "Mục tiêu giai đoạn 2021-2025:" over one target of 2023 gave the plan the period 2023
    (the heading was not read as announcing the targets)."""
    draft = extract_text(
        "Mục tiêu giai đoạn 2021-2025:\n- Năm 2023, tỷ lệ hộ nghèo giảm 1%.\n"
    ).draft
    assert draft.period == (2021, 2025)
    assert not draft.period_guessed
