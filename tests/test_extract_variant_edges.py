"""A fresh-eyes robustness review of `plantrack extract` (review19f): a sentence of a real plan
that the extractor reads right, and a variant of it another plan could equally write (another
bound or time word of the same family, another spelling of the same word, another numbering of
items, a time in parentheses), which it read wrongly. Each test failed before its fix; the
sentence it varies is named in its comment, and read right beside it."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text

PLAN = "Các chỉ tiêu chủ yếu giai đoạn 2026-2030:\n"
YEAR_PLAN = "Các chỉ tiêu chủ yếu năm 2025:\n"

Found = tuple[str, str, tuple[float, ...], str | None, object, str | None]


def _drafted(text: str) -> list[Found]:
    """(kind, bound, figures, unit, year or period, direction) of each drafted target."""
    draft = extract_text(text).draft
    return [
        (
            t.reading.kind,
            t.reading.comparator,
            t.reading.numbers,
            indicator.unit,
            t.reading.year if t.reading.year is not None else t.reading.period,
            t.reading.direction,
        )
        for indicator in draft.indicators
        for t in indicator.targets
    ]


def _names(text: str) -> list[str]:
    return [indicator.name for indicator in extract_text(text).draft.indicators]


# --- kinds.verbs_of: the level a rate falls or rises to, "xuống mức", "lên mức" ------------------


@pytest.mark.parametrize(
    ("sentence", "bound", "figure", "direction"),
    [
        # as "Tỷ lệ hộ nghèo giảm xuống dưới 1,5%" (a level), which is read right
        ("Tỷ lệ hộ nghèo giảm xuống mức 1,5%.", "value", 1.5, "decrease"),
        ("Giảm tỷ lệ hộ nghèo xuống mức 1,5%.", "value", 1.5, "decrease"),
        ("Phấn đấu tỷ lệ hộ nghèo giảm từ 4,5% xuống mức dưới 2%.", "less_than", 2.0, "decrease"),
        # as "Nâng tỷ lệ lao động qua đào tạo lên 85%"
        ("Nâng tỷ lệ lao động qua đào tạo lên mức 85%.", "value", 85.0, "increase"),
        ("Tỷ lệ lao động qua đào tạo tăng lên đạt 85%.", "value", 85.0, "increase"),
    ],
)
def test_a_rate_falling_or_rising_to_a_level_written_with_mức_is_that_level(
    sentence: str, bound: str, figure: float, direction: str
) -> None:
    """ "giảm xuống mức 1,5%", "lên mức 85%", "tăng lên đạt 85%" were read as a change of 1,5
    (85) points a year over the period: "mức" or "đạt" between the verb and the figure hid
    that the figure is the level reached, as "xuống còn", "xuống dưới" and "lên" say."""
    assert _drafted(PLAN + "- " + sentence + "\n") == [
        ("level", bound, (figure,), "%", 2030, direction)
    ]


# --- plans.wording.spellings: one word, two spellings ("hoá"/"hóa", "kì"/"kỳ", "tỉ"/"tỷ") -----


def test_works_spelled_with_the_tone_on_the_last_vowel_are_the_terms_total() -> None:
    """ "Bê tông hóa 20 km đường giao thông nông thôn" is the term's total of works made; the
    same sentence with "hoá" (the tone placed as many pages place it) was a level at 2030."""
    for spelling in ("hóa", "hoá"):
        found = _drafted(PLAN + f"- Bê tông {spelling} 20 km đường giao thông nông thôn.\n")
        assert [(kind, time) for kind, _, _, _, time, _ in found] == [("cumulative", (2026, 2030))]


def test_a_comparison_with_the_same_period_spelled_kì_is_no_year_of_the_target() -> None:
    """ "Thu ngân sách đạt 500 tỷ đồng, tăng 10% so với cùng kỳ năm 2024" is the plan of 2025's
    revenue and its growth; spelled "cùng kì", 2024 was taken for the targets' year and both
    were listed as results of 2024: two targets lost."""
    found = _drafted(
        YEAR_PLAN + "- Thu ngân sách đạt 500 tỷ đồng, tăng 10% so với cùng kì năm 2024.\n"
    )
    assert found == [
        ("level", "value", (500.0,), "tỷ đồng", 2025, "increase"),
        ("growth", "value", (10.0,), "tỷ đồng", (2025, 2025), "increase"),
    ]


def test_a_birth_rate_spelled_tỉ_suất_falls_in_points() -> None:
    """ "Tỷ suất sinh thô giảm 0,1‰/năm" is a change of the rate in points a year; "Tỉ suất
    sinh thô …" was read as a rate kept every year at 0,1 ‰."""
    found = _drafted(PLAN + "- Tỉ suất sinh thô giảm 0,1‰/năm.\n")
    assert found == [("change", "value", (0.1,), "‰", (2026, 2030), "decrease")]


def test_a_thing_qualified_as_văn_hoá_is_counted_by_its_noun() -> None:
    """ "Xây dựng 10 nhà văn hóa thôn" counts nhà; with "văn hoá" the unit was "nhà văn"."""
    assert [
        unit for _, _, _, unit, _, _ in _drafted(PLAN + "- Xây dựng 10 nhà văn hoá thôn.\n")
    ] == ["nhà"]


# --- items._MARK_START, _MARK_INLINE: items numbered "1)" as "(1)" and "1." are -------------------


@pytest.mark.parametrize(
    "text",
    [
        PLAN + "1) Tốc độ tăng trưởng kinh tế bình quân 8%/năm;\n"
        "2) Thu nhập bình quân đầu người đạt 120 triệu đồng.\n",
        PLAN.rstrip("\n") + " 1) Tốc độ tăng trưởng kinh tế bình quân 8%/năm; 2) Thu nhập bình"
        " quân đầu người đạt 120 triệu đồng.\n",
    ],
)
def test_items_numbered_with_a_closing_parenthesis_are_items(text: str) -> None:
    """The same list numbered "(1)", "(2)" or "1.", "2." (a line each, or inline) is read right;
    numbered "1)", "2)", the counters were taken for the targets' figures: a growth of "1" and
    an income of "2", with "?" units."""
    assert _drafted(text) == [
        ("growth", "value", (8.0,), "tỷ đồng", (2026, 2030), "increase"),
        ("level", "value", (120.0,), "triệu đồng/người", 2030, "increase"),
    ]


# --- plans.wording._COMPARED_WITH: the abbreviations tables and texts compare with ---------------


@pytest.mark.parametrize(
    ("compared", "kind", "time"),
    [
        # as "ước thực hiện năm 2024", "thực hiện năm 2024": the year's growth
        ("ước TH năm 2024", "growth", (2025, 2025)),
        ("ƯTH năm 2024", "growth", (2025, 2025)),
        ("TH năm 2024", "growth", (2025, 2025)),
        # as "kế hoạch năm 2024", "dự toán năm 2024": a share of the plan's figure, that year's
        ("KH năm 2024", "level", 2025),
        ("DT năm 2024", "level", 2025),
    ],
)
def test_a_comparison_with_an_abbreviated_estimate_or_plan_is_no_year_of_the_target(
    compared: str, kind: str, time: object
) -> None:
    """ "…, tăng 10% so với ước thực hiện năm 2024" (or "dự toán", "kế hoạch") compares; with the
    abbreviations tables and reports use for them ("ước TH", "ƯTH", "TH", "KH", "DT"), 2024 was
    taken for the year of both figures and the plan of 2025 lost its two targets."""
    found = _drafted(YEAR_PLAN + f"- Thu ngân sách đạt 500 tỷ đồng, tăng 10% so với {compared}.\n")
    assert [(kind, figures, time) for kind, _, figures, _, time, _ in found] == [
        ("level", (500.0,), 2025),
        (kind, (10.0,), time),
    ]


# --- clauses, words.TIME_ASIDE_RE: a time in parentheses is the time of the figure before it -----


@pytest.mark.parametrize(
    ("sentence", "kind", "time"),
    [
        # as "Tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 7%"
        ("Tăng trưởng kinh tế bình quân (2021 - 2025) đạt 7%.", "growth", (2021, 2025)),
        ("Tăng trưởng kinh tế bình quân đạt 7% (giai đoạn 2021 - 2025).", "growth", (2021, 2025)),
        # as "Tổng vốn đầu tư toàn xã hội giai đoạn 2021 - 2025 đạt 50.000 tỷ đồng"
        ("Tổng vốn đầu tư toàn xã hội 5 năm (2021 - 2025) đạt 50.000 tỷ đồng.", "cumulative",
         (2021, 2025)),
        # as "Tỷ lệ đô thị hóa đạt 40% vào năm 2025"
        ("Tỷ lệ đô thị hóa đạt 40% (năm 2025).", "level", 2025),
    ],
)  # fmt: skip
def test_a_time_in_parentheses_is_the_time_of_its_clause(
    sentence: str, kind: str, time: object
) -> None:
    """In a plan to 2030, a period or year written in parentheses ("(2021 - 2025)", "(giai đoạn
    2021 - 2025)", "(năm 2025)") was read as an explanation, neither figure nor time, and the
    target took the plan's period or end instead."""
    found = _drafted("Các chỉ tiêu chủ yếu giai đoạn 2021-2030:\n- " + sentence + "\n")
    assert [(kind, time) for kind, _, _, _, time, _ in found] == [(kind, time)]


def test_an_explanation_in_parentheses_still_names_no_time() -> None:
    """The rule holds: "(theo chuẩn nghèo đa chiều giai đoạn 2021-2025)" explains the measure;
    the poverty rate's change is over the plan's period."""
    found = _drafted(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2030:\n- Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều"
        " giai đoạn 2021-2025) giảm bình quân 1%/năm.\n"
    )
    assert [time for *_, time, _ in found] == [(2021, 2030)]


# --- names._words_after: "trong" before a period names nothing -----------------------------------


def test_a_second_figure_in_the_period_after_it_keeps_the_subject_before() -> None:
    """ "Tăng trưởng kinh tế bình quân đạt 7% giai đoạn 2021-2025 và 8% giai đoạn 2026-2030" is
    two growths; written "… 7%/năm trong giai đoạn 2021-2025 và 8%/năm trong giai đoạn
    2026-2030", the second was named "Tỷ lệ trong" (the word left of "trong giai đoạn …") and
    drafted as a rate kept at 8 % every year."""
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2030:\n- Tăng trưởng kinh tế bình quân đạt 7%/năm trong"
        " giai đoạn 2021-2025 và 8%/năm trong giai đoạn 2026-2030.\n"
    )
    assert _names(text) == ["Tăng trưởng kinh tế"]
    assert [(kind, figures, time) for kind, _, figures, _, time, _ in _drafted(text)] == [
        ("growth", (7.0,), (2021, 2025)),
        ("growth", (8.0,), (2026, 2030)),
    ]


# --- kinds.kind_of: "%/năm" with its bound between is still a rate a year -----------------------


def test_a_growth_a_year_with_its_bound_before_năm_is_the_periods_growth() -> None:
    """ "Thu ngân sách tăng 10%/năm trở lên" is a growth over the period (as "tăng 10%/năm");
    with the bound written before "/năm", "tăng 10% trở lên/năm" was read as a growth each year
    on the year before (as "hằng năm tăng 10%")."""
    assert _drafted(PLAN + "- Thu ngân sách tăng 10% trở lên/năm.\n") == [
        ("growth", "at_least", (10.0,), "tỷ đồng", (2026, 2030), "increase")
    ]


# --- cutting.split_sentences: a sum of money abbreviated "tỷ đ." ends its sentence ---------------


@pytest.mark.parametrize("unit", ["tỷ đ", "tỉ đ", "triệu đ", "tr.đ"])
def test_a_sentence_ending_in_an_abbreviated_đồng_ends_there(unit: str) -> None:
    """Sa Thầy: "Thu ngân sách nhà nước trên địa bàn gần 130 tỷ đồng. Huyện phấn đấu trồng mới
    500 ha rừng." is two targets; with "tỷ đ." (the abbreviation reports write for đồng), the
    full stop was taken for the abbreviation's and the two sentences for one: the unit was read
    "tỷ đ. Huyện" and the forest's 500 ha was lost."""
    text = (
        "Các chỉ tiêu chủ yếu năm 2021: thu ngân sách nhà nước trên địa bàn gần 130"
        f" {unit}. Huyện phấn đấu trồng mới 500 ha rừng.\n"
    )
    assert [(figures, unit) for _, _, figures, unit, _, _ in _drafted(text)] == [
        ((130.0,), unit),
        ((500.0,), "ha rừng"),
    ]


# --- kinds.kind_of: a yearly amount stated with "là", ":" or "ở mức" is its level, as with "đạt" --


@pytest.mark.parametrize(
    "sentence",
    [
        "Năng suất lúa là 127 tạ/ha/năm.",
        "Năng suất lúa ở mức 127 tạ/ha/năm.",
        "Sản lượng lương thực quy thóc là 3.055 tấn/năm.",
    ],
)
def test_a_yearly_amount_stated_with_là_is_its_level(sentence: str) -> None:
    """Xuân Ngọc: "sản lượng lương thực quy thóc đạt 3.055 tấn/năm" and "Năng suất lúa đạt trên
    127 tạ/ha/năm" are the levels the plan reaches; stated with "là" or "ở mức", the same
    amounts were read as figures to meet every year of the period (annual). (After a colon an
    act's figure a year stays annual: Lơ Ku's "Trồng rừng mới: 30 ha/năm".)"""
    found = _drafted("Các chỉ tiêu chủ yếu giai đoạn 2016-2020:\n- " + sentence + "\n")
    assert [(kind, time) for kind, _, _, _, time, _ in found] == [("level", 2020)]


# --- names._VERB: every bound word ends a subject, "không dưới" as "trên" ------------------------


def test_a_later_milestone_bounded_by_không_dưới_is_the_same_indicators() -> None:
    """Lạng Sơn: "Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt trên 10%", then "Đến năm
    2020: … đạt trên 9%" is growth over 2011-2015, then 2016-2020. With "không dưới 9%" (or
    "không quá", "xấp xỉ", "trên dưới": bound words of two syllables), the second was named
    "Kinh tế bình quân đạt không", an indicator of its own, and its growth ran over 2011-2020."""
    text = (
        "Các chỉ tiêu chủ yếu giai đoạn 2011-2020:\n"
        "- Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt trên 10%.\n"
        "- Đến năm 2020: tốc độ tăng trưởng kinh tế bình quân đạt không dưới 9%.\n"
    )
    assert _names(text) == ["Tăng trưởng kinh tế"]
    assert [(bound, time) for _, bound, _, _, time, _ in _drafted(text)] == [
        ("more_than", (2011, 2015)),
        ("at_least", (2016, 2020)),
    ]


@pytest.mark.parametrize("bound", ["không dưới", "xấp xỉ", "trên dưới", "không thấp hơn"])
def test_a_two_word_bound_is_no_part_of_the_name(bound: str) -> None:
    """ "Tỷ lệ che phủ rừng đạt trên 45%" names "Tỷ lệ che phủ rừng"; "… đạt không dưới 45%" was
    named "Tỷ lệ che phủ rừng đạt không", "… xấp xỉ 45%" "Tỷ lệ che phủ rừng đạt xấp xỉ"."""
    assert _names(PLAN + f"- Tỷ lệ che phủ rừng đạt {bound} 45%.\n") == ["Tỷ lệ che phủ rừng"]


# --- figures.figures, words.DASH: "÷" between two numbers is a range, as "-" is ------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "unit", "time"),
    [
        # as "Tỷ lệ che phủ rừng 45 - 47%"
        ("Tỷ lệ che phủ rừng 45 ÷ 47%.", "level", "%", 2030),
        # as "Tốc độ tăng trưởng kinh tế bình quân 8 - 9%/năm"
        ("Tốc độ tăng trưởng kinh tế bình quân 8÷9%/năm.", "growth", "tỷ đồng", (2026, 2030)),
    ],
)
def test_a_range_written_with_a_division_sign_is_a_range(
    sentence: str, kind: str, unit: str, time: object
) -> None:
    """Technical plans write a range "45 ÷ 47%" as others write "45 - 47%"; the "÷" was not
    read: the target was 45 with no unit ("?"), the 47 % left over."""
    [(found_kind, bound, figures, found_unit, found_time, _)] = _drafted(
        PLAN + "- " + sentence + "\n"
    )
    assert (found_kind, bound, found_unit, found_time) == (kind, "range", unit, time)
    assert figures in ((45.0, 47.0), (8.0, 9.0))


# --- words.ASIDE_RE: an approximate restatement in parentheses, in any word of "about" -----------


@pytest.mark.parametrize("about", ["xấp xỉ", "gần", "ước khoảng", "~"])
def test_an_approximate_restatement_in_parentheses_is_no_target(about: str) -> None:
    """Mỹ Tho: "thu nhập bình quân đầu người … đạt 197 triệu đồng (khoảng 8.268 USD)" restates
    the income in dollars; with "(xấp xỉ 8.268 USD)", "(gần …)", "(ước khoảng …)" or "(~…)",
    the parenthesis was read as a target of its own: a second income, in USD."""
    text = (
        PLAN + "- Thu nhập bình quân đầu người đến năm 2030 đạt 197 triệu đồng"
        f" ({about} 8.268 USD).\n"
    )
    assert [figures for _, _, figures, _, _, _ in _drafted(text)] == [(197.0,)]


# --- words.NEW_COUNT_RE, kinds.verbs_of: new things counted after any bound word ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # as "Xây dựng mới thêm ít nhất 3 sản phẩm OCOP" (Hoằng Hợi), the term's total
        "Xây dựng mới thêm không dưới 3 sản phẩm OCOP.",
        "Có thêm không dưới 3 xã đạt chuẩn nông thôn mới.",
        "Có thêm tối thiểu 3 xã đạt chuẩn nông thôn mới.",
        # as "thành lập mới 750 doanh nghiệp", "thành lập mới khoảng 750 doanh nghiệp"
        "Thành lập mới không dưới 50 doanh nghiệp.",
        "Thành lập mới xấp xỉ 50 doanh nghiệp.",
        "Thành lập mới gần 50 doanh nghiệp.",
    ],
)
def test_new_things_counted_after_any_bound_word_are_the_terms_total(sentence: str) -> None:
    """New things made over a term are its total (cumulative); after "không dưới", "tối
    thiểu", "xấp xỉ" or "gần" (bound words the verbs' lists left out) they were a level at the
    term's end."""
    assert [(kind, time) for kind, _, _, _, time, _ in _drafted(PLAN + "- " + sentence + "\n")] == [
        ("cumulative", (2026, 2030))
    ]


# --- figures._ORDINAL with plans.wording.spellings: "khoá 19" is a council's term, no figure -----


def test_a_councils_term_spelled_khoá_is_no_figure() -> None:
    """Bắc Ninh: "Hội đồng nhân dân tỉnh Bắc Ninh khóa 19, nhiệm kỳ 2021-2026 đã xem xét, quyết
    nghị 16 nghị quyết" reports a session; spelled "khoá 19", 19 was read as a figure, and the
    session's report gave two targets (19 "?", 16 nghị quyết)."""
    text = (
        YEAR_PLAN + "- Tỷ lệ hộ nghèo dưới 2%.\nNgày 14/7, Hội đồng nhân dân tỉnh Bắc Ninh khoá"
        " 19, nhiệm kỳ 2021-2026 đã xem xét, quyết nghị 16 nghị quyết quan trọng.\n"
    )
    assert [figures for _, _, figures, _, _, _ in _drafted(text)] == [(2.0,)]
