"""Fresh-eyes review of session 26's extract and validate rules (90b1b69..rev26): plan texts the
rules' authors did not think of. Each test fails on the new code; its docstring says whether the
old code was right ("regression") or both get it wrong ("both wrong"), and which rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract_found import draft_of, figures_of, reading_of

from .plan_snippets import indicator, run_in


def _validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indicators: str) -> str:
    return run_in(tmp_path, monkeypatch, indicators, None, "validate")[1]


# --- plan_time.py `_congress_held`: a one-year plan in a congress year ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2025 là năm diễn ra Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030.\n"
            "Năm 2025, huyện phấn đấu tổng thu ngân sách đạt 120 tỷ đồng.\n",
            [((120.0,), 2025)],
        ),
        (
            "Năm 2020 là năm tổ chức Đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025.\n"
            "Năm 2020, xã phấn đấu thu nhập bình quân đầu người đạt 45 triệu đồng; thu ngân sách "
            "12 tỷ đồng.\n",
            [((45.0,), 2020), ((12.0,), 2020)],
        ),
        (
            "Thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ "
            "2025-2030, tỉnh tổ chức Hội nghị triển khai nhiệm vụ năm 2025.\n"
            "Năm 2025, tốc độ tăng trưởng GRDP đạt 8%; thu ngân sách đạt 15.000 tỷ đồng.\n",
            [((8.0,), None), ((15000.0,), 2025)],
        ),
    ],
)
def test_a_year_s_plan_in_a_congress_year_keeps_its_targets(
    text: str, expected: list[tuple[tuple[float, ...], int | None]]
) -> None:
    """Regression (`_congress_held`): "Năm 2025 là năm diễn ra/tổ chức Đại hội … nhiệm kỳ
    2025-2030", the usual opening of a year's plan in a congress year, or a congress greeted
    ("chào mừng Đại hội …"), is taken for a congress held: the plan becomes the next term's and
    the year's own targets ("Năm 2025, … đạt 120 tỷ đồng") are listed as not understood. The
    old code drafted them all."""
    draft = draft_of(text)
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == expected
    assert draft.unread == []


# --- kinds.py `_FALL_BY`: a fall each year is still the annual one -------------------------


@pytest.mark.parametrize(
    ("line", "numbers", "kind"),
    [
        ("Bình quân mỗi năm giảm 1.000 hộ nghèo.", (1000.0,), "average"),
        ("Mỗi năm giảm ít nhất 300 hộ cận nghèo.", (300.0,), "annual"),
        ("Giảm 500 hộ nghèo/năm.", (500.0,), "annual"),
        ("Hằng năm giảm 2 - 3 vụ tai nạn giao thông.", (2.0, 3.0), "annual"),
        ("Giảm 1.500 hộ nghèo, bình quân mỗi năm giảm 300 hộ.", (300.0,), "average"),
    ],
)
def test_a_count_lowered_each_year_is_the_yearly_fall(
    line: str, numbers: tuple[float, ...], kind: str
) -> None:
    """Regression (`_FALL_BY`): in a five-year plan, "mỗi năm giảm 300 hộ", "giảm 500 hộ
    nghèo/năm", "hằng năm giảm 2 - 3 vụ" are the fall each year (annual, or the yearly average);
    the new rule takes any count after "giảm" for one change over the period, before the per-year
    words are read. The old code read them as annual/average."""
    text = f"Mục tiêu giai đoạn 2021-2025:\n- {line}\n"
    assert reading_of(text, numbers).kind == kind


# --- kinds.py: "tăng tỷ trọng … đến năm 2025 khoảng X%" is a level only without a base --------


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("Tăng tỷ trọng kinh tế số đến năm 2025 khoảng 3% so với năm 2020.", (3.0,)),
        ("Nâng tỷ lệ che phủ rừng đến năm 2025 khoảng 2% so với đầu kỳ.", (2.0,)),
        ("Tăng tỷ trọng công nghiệp đến năm 2025 khoảng 2-3%/năm.", (2.0, 3.0)),
    ],
)
def test_a_share_raised_against_a_base_or_each_year_stays_a_rise(
    line: str, numbers: tuple[float, ...]
) -> None:
    """Regression (kinds.py `verbs_of`, "tăng/nâng … đến năm YYYY khoảng X%" read as a level): a
    rise compared with a base year ("so với năm 2020", "so với đầu kỳ") or a rise each year
    ("2-3%/năm") is the rise, not the share reached. The old code read them as a change."""
    text = f"Mục tiêu đến năm 2030:\n- {line}\n"
    assert reading_of(text, numbers).kind in ("change", "annual")


# --- words.py DATE_RE: "a - b/c" of a count out of a whole is no date ----------------------


def test_criteria_met_out_of_a_whole_as_a_range_is_no_date() -> None:
    """Regression (DATE_RE, days "18 - 20/12"): "Hoàn thành 5-6/9 tiêu chí" (5 to 6 of the 9
    criteria) is read as the days 5-6 of September and the target loses its figures. The old
    code drafted (5, 6) tiêu chí."""
    text = "Mục tiêu năm 2024:\n- Hoàn thành 5-6/9 tiêu chí đô thị loại IV.\n"
    assert figures_of(text) == {(5.0, 6.0)}


def test_communes_out_of_twelve_as_a_range_is_no_date() -> None:
    """Both wrong (DATE_RE, the days rule "18 - 20/12" meant to tell days from ranges): "có
    10-11/12 xã đạt chuẩn nông thôn mới" (10 to 11 of the 12 communes) is a qualitative target
    with no figure, read as the days 10-11 of December."""
    text = "Mục tiêu năm 2025:\n- Phấn đấu có 10-11/12 xã đạt chuẩn nông thôn mới.\n"
    assert figures_of(text) == {(10.0, 11.0)}


# --- words.py DATE_RE: a time of day in words without "lúc" --------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Vào 14 giờ 00 phút ngày 19/12/2025, HĐND xã khai mạc kỳ họp.",
        "Từ 7 giờ 30 phút sáng ngày 19/12/2025, HĐND xã họp kỳ thứ 10.",
    ],
)
def test_a_time_of_day_in_words_without_luc_is_no_figure(opening: str) -> None:
    """Both wrong (DATE_RE, a time of day in words "lúc 14 giờ 00 phút"): the same time after
    "Vào" or "Từ" instead of "lúc" is drafted as a target of 14 (or at least 7) giờ."""
    text = f"{opening} Kỳ họp thông qua chỉ tiêu thu ngân sách năm 2026 đạt 20 tỷ đồng.\n"
    assert figures_of(text) == {(20.0,)}


# --- numbers/parse.py `shared_thousands` -------------------------------------------------


def test_a_range_s_thousands_written_once_with_a_high_end_not_round() -> None:
    """Both wrong (`shared_thousands`): "40-42.500 tấn" is 40.000 to 42.500 tấn; the rule asks
    the high end to be whole thousands, so the new code drafts 40 to 42.500 tấn (the old code
    drafted nothing)."""
    text = "Mục tiêu đến năm 2025:\n- Sản lượng lúa đạt 40-42.500 tấn.\n"
    assert figures_of(text) == {(40000.0, 42500.0)}


@pytest.mark.parametrize(
    "text",
    ["sản lượng lúa đạt 40-42.500 tấn", "sản lượng mủ cao su đạt từ 40 đến 45.000 tấn"],
)
def test_validate_meets_a_range_s_thousands_written_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Both wrong (`shared_thousands` in text_checks): a range of 40000-42500 (or 40000-45000)
    against "40-42.500 tấn" or "từ 40 đến 45.000 tấn" is a text-value-mismatch (the text is
    read as saying 40)."""
    high = 42500 if "42.500" in text else 45000
    target = f"kind: level\nrange: [40000, {high}]\nyear: 2025\ntext: '{text}'"
    out = _validate(tmp_path, monkeypatch, indicator("tấn", "increase", target))
    assert "text-value-mismatch" not in out, out


# --- beside.py: a plan's figure beside a result, its year before the colon ------------------


def test_a_plan_s_figure_beside_a_result_in_billions_is_not_its_year() -> None:
    """Both wrong (beside.py `_UNIT`, "(KH 2024: 6.200 lao động)"): in a report whose plan
    figures are all in brackets, "(KH 2024: 100 tỷ đồng)" and "(KH 2024: 2.000 lao động trở
    lên)" are not read as the plan's figures; the year 2024 itself is drafted as targets of
    2024 tỷ đồng and 2024 lao động, and the results as targets."""
    draft = draft_of(
        "Kết quả năm 2024: tỷ lệ hộ dùng nước sạch đạt 98% (KH 2024: 98%); thu ngân sách 120 tỷ "
        "đồng (KH 2024: 100 tỷ đồng); giải quyết việc làm cho 2.400 lao động (KH 2024: 2.000 lao "
        "động trở lên).\n"
    )
    assert (2024.0,) not in {t.reading.numbers for t in draft.targets}
    assert {t.reading.numbers for t in draft.targets} == {(98.0,), (100.0,), (2000.0,)}


# --- validate: the indicator's own unit written after the number ----------------------------


def test_the_indicator_s_own_unit_a_year_meets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both wrong (text_checks `_writes`, "8.000-10.000 căn hộ" in căn hộ): "xây mới 2.000 căn
    hộ/năm" for an annual target in căn hộ is still read as "căn nhà" (the rule stops at a
    "/"), a text-unit-mismatch for the indicator's own unit."""
    target = "kind: annual\nvalue: 2000\nperiod: 2021-2025\ntext: 'xây mới 2.000 căn hộ/năm'"
    out = _validate(tmp_path, monkeypatch, indicator("căn hộ", "increase", target))
    assert "text-unit-mismatch" not in out, out
