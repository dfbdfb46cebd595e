"""The edges of `plantrack extract`'s rules of layout and time: inputs a real plan or report
holds where a rule could fire where it should not (a count at a line's start read as a list's
counter, the width of a hard-wrapped text, a report's opening, a council's term, a later period
the plan looks to). Found by a fresh-eyes review of the rules (issue 19); each test failed
before its fix, and each fix has a test that the rule still holds where it should."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text

from .extract_found import drafted

YEAR_PLAN = "Các chỉ tiêu chủ yếu năm 2025:\n"


# --- rule 7 (items._counter_or_mark): a count at a line's start is no list's counter ----------


def test_a_count_of_cooperatives_at_a_lines_start_is_a_figure() -> None:
    """ "15 HTX thành lập mới" (an item written without its dash, as infographics and
    copied lists are) is 15 cooperatives; main took "15" for a counter before a capital, and
    the line, with no figure left, vanished from the draft without a word."""
    found = drafted(
        YEAR_PLAN
        + "- Thu ngân sách đạt 120 tỷ đồng;\n15 HTX thành lập mới;\n- Tỷ lệ hộ nghèo dưới 2%."
    )
    assert [f[2] for f in found] == [(120.0,), (15.0,), (2.0,)]
    assert found[1][3] == 2025


def test_a_count_of_communes_at_a_lines_start_is_a_figure() -> None:
    """ "2 Xã đạt chuẩn nông thôn mới nâng cao" counts communes (the area noun after
    the number, and no other figure on the line); main drafted a qualitative target."""
    found = drafted(
        YEAR_PLAN + "- Thu ngân sách đạt 120 tỷ đồng.\n2 Xã đạt chuẩn nông thôn mới nâng cao.\n"
        "- Tỷ lệ hộ nghèo dưới 2%."
    )
    assert [f[2] for f in found] == [(120.0,), (2.0,), (2.0,)]
    assert found[1][0] != "qualitative"


def test_a_counter_before_a_sentence_with_its_own_figure_is_still_a_counter() -> None:
    """The other side: "1 GRDP bình quân đầu người trên 110 triệu đồng" keeps its counter (the
    line holds its own figure), as Hà Tĩnh's infographic needs."""
    found = drafted(
        YEAR_PLAN + "1 GRDP bình quân đầu người trên 110 triệu đồng\n"
        "2 Thu ngân sách trên địa bàn đạt trên 28 nghìn tỷ đồng"
    )
    assert [f[2] for f in found] == [(110.0,), (28.0,)]


# --- rule 6 (rewrap._width): the width of a text that mixes wrapped and unwrapped paragraphs --

MIXED = """\
Kế hoạch nhằm triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp huy động tối
đa mọi nguồn lực, thu hút đầu tư, khai thác hiệu quả các tiềm năng du lịch của tỉnh
để hình thành các sản phẩm, dịch vụ du lịch đa dạng, hấp dẫn. Phấn đấu đến năm 2025
tổng thu từ khách du lịch của tỉnh Bình Dương đạt khoảng 12.000 tỷ đồng, tổng lượng
khách du lịch đạt 3.500.000 lượt khách, trong đó khách quốc tế đạt 370.000 lượt, du lịch
đóng góp khoảng 3% vào tổng sản phẩm trên địa bàn tỉnh, giải quyết việc làm cho
12.000 lao động trực tiếp, từng bước xây dựng phát triển thương hiệu Du lịch Bình
Dương trở thành điểm đến du lịch sáng tạo, sự kiện, thông minh, hiện đại của vùng.
Đến năm 2030, tổng lượng khách du lịch đạt 6.000.000 lượt khách, trong đó: khách quốc tế \
500.000 lượt, khách nội địa 5.500.000 lượt. Tổng thu từ khách du lịch đạt khoảng 25.000 tỷ đồng.
Đến năm 2050, tổng lượng khách du lịch đạt 19.385.000 lượt khách, trong đó: khách quốc tế đạt \
1.762.000 lượt, khách nội địa đạt 17.623.000 lượt. Tổng thu từ khách du lịch đạt khoảng 77.200 tỷ \
đồng.
"""


def test_a_wrapped_paragraph_beside_paragraphs_a_line_keeps_its_lines_together() -> None:
    """Bình Dương's tourism plan (plans/sources/binh-duong-tourism-2030.txt) keeps
    a document's line breaks (lines of about 85 characters) beside paragraphs a line (up to
    460). The width was the 90th percentile of all longer lines, so a paragraph a line set it
    (about 420) and no wrapped line was "full": "… giải quyết việc làm cho" / "12.000 lao động
    trực tiếp" and "thương hiệu Du lịch Bình" / "Dương …" were cut apart; the 12 000 workers
    became a target of 2050 named "Số lao động trực tiếp, từng bước xây dựng …", and "Dương trở
    thành điểm đến …" a qualitative target of its own."""
    draft = extract_text(MIXED).draft
    jobs = [t.reading for t in draft.targets if t.reading.numbers == (12000.0,)][1]
    assert jobs.name.startswith("giải quyết việc làm")
    assert (jobs.year or (jobs.period or (0, 0))[1]) == 2025
    assert not any(t.reading.name.startswith("Dương") for t in draft.targets)


# --- rule 1 (listed.in_a_report): a report's opening and the targets it announces after it ------


def test_targets_announced_after_a_terms_results_are_targets() -> None:
    """a congress's news item opens on the term just ended, then announces the
    next term's targets in the same paragraph; main listed every one of them as a result
    ("Nhiệm kỳ qua, …" opened the paragraph and "Đại hội thống nhất các chỉ tiêu chủ yếu …:"
    has none of the words of a plan it looked for)."""
    found = drafted(
        "Nhiệm kỳ qua, Đảng bộ xã đã lãnh đạo hoàn thành các chỉ tiêu đề ra. Đại hội thống nhất "
        "các chỉ tiêu chủ yếu nhiệm kỳ tới: thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ "
        "lệ hộ nghèo dưới 1%."
    )
    assert [f[2] for f in found] == [(80.0,), (1.0,)]


def test_results_before_an_announcement_stay_results() -> None:
    """The other side: in the same paragraph, the figures of the report itself are results."""
    found = drafted(
        "Nhiệm kỳ qua, Đảng bộ xã đạt nhiều kết quả quan trọng. Thu nhập bình quân đầu người đạt "
        "55 triệu đồng. Đại hội thống nhất các chỉ tiêu chủ yếu nhiệm kỳ tới: thu nhập bình quân "
        "đầu người đạt 80 triệu đồng; tỷ lệ hộ nghèo dưới 1%."
    )
    assert [f[2] for f in found] == [(80.0,), (1.0,)]


def test_the_clauses_after_the_one_that_names_the_plans_time_are_targets() -> None:
    """ "Giai đoạn qua, tỉnh đạt được nhiều kết quả quan trọng; giai đoạn 2026 -
    2030, tỉnh xác định …; GRDP bình quân đầu người đạt 150 triệu đồng." The clause that names
    the plan's period was kept, but the one after it, naming no time, was listed as a result:
    main looked for the plan's time only in the clause itself and in the sentence's first."""
    found = drafted(
        "Giai đoạn qua, tỉnh đạt được nhiều kết quả quan trọng; giai đoạn 2026 - 2030, tỉnh xác "
        "định tốc độ tăng trưởng GRDP bình quân đạt 10%/năm; GRDP bình quân đầu người đạt 150 "
        "triệu đồng."
    )
    assert [(f[2], f[3]) for f in found] == [((10.0,), (2026, 2030)), ((150.0,), 2030)]


def test_a_sentence_about_the_term_to_come_holds_targets() -> None:
    """ "Nhiệm kỳ qua, … đạt 55 triệu đồng. Nhiệm kỳ tới, thu nhập bình quân đầu
    người đạt 80 triệu đồng; …": RESULT_RE reads "Nhiệm kỳ qua," as a report's opening; the
    sentence that opens on the term to come was a result too."""
    found = drafted(
        "Nhiệm kỳ qua, Đảng bộ xã đạt nhiều kết quả quan trọng, thu nhập bình quân đầu người đạt "
        "55 triệu đồng. Nhiệm kỳ tới, thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ hộ "
        "nghèo dưới 1%."
    )
    assert [f[2] for f in found] == [(80.0,), (1.0,)]


# --- rule 2 (words.COUNCIL_TERM_RE): a council's term that is the plan's period -----------------


def test_a_councils_resolution_on_its_terms_development_keeps_the_period() -> None:
    """ "HĐND xã thông qua Nghị quyết về phát triển kinh tế - xã hội nhiệm kỳ 2021 -
    2026" names the plan's period (the resolution's, not the council's name); without "khóa"
    main took any "HĐND … nhiệm kỳ X-Y" within 60 characters for the council's term, guessed
    the plan's period (2021-2025) and gave every target the wrong end year."""
    draft = extract_text(
        "HĐND xã thông qua Nghị quyết về phát triển kinh tế - xã hội nhiệm kỳ 2021 - 2026.\n"
        "Các chỉ tiêu chủ yếu:\n- Tốc độ tăng trưởng giá trị sản xuất bình quân 9%/năm.\n"
        "- Thu nhập bình quân đầu người đến cuối nhiệm kỳ đạt 60 triệu đồng."
    ).draft
    assert draft.period == (2021, 2026)
    assert [t.reading.period or t.reading.year for t in draft.targets] == [(2021, 2026), 2026]


def test_a_councils_name_and_term_is_still_the_councils() -> None:
    """The other side (Trung Đồng): "Kỳ họp thứ 14 HĐND xã Trung Đồng nhiệm kỳ 2016 – 2021"
    is the council's term, not the plan's (a plan of 2021)."""
    draft = extract_text(
        "Kỳ họp thứ 14 HĐND xã Trung Đồng nhiệm kỳ 2016 – 2021\n"
        "Các chỉ tiêu chủ yếu năm 2021:\n- Thu ngân sách đạt 12 tỷ đồng.\n"
        "- Tỷ lệ hộ nghèo giảm còn 2%."
    ).draft
    assert draft.period == (2021, 2021)


# --- rule 5 (words.LOOKS_TO_RE): the period of the targets a plan aims at is its own ------------


def test_the_period_of_the_aims_a_plan_announces_is_its_own() -> None:
    """ "Đảng bộ xã hướng đến các mục tiêu chủ yếu giai đoạn 2025 - 2030: …" (as Tây
    Sơn's congress writes "xã Tây Sơn hướng đến mục tiêu: …") announces the plan's own
    targets; LOOKS_TO_RE took "hướng đến … giai đoạn 2025 - 2030" for a later period the plan
    looks to, removed it, and the plan's period was guessed as 2021-2025."""
    draft = extract_text(
        "Đảng bộ xã hướng đến các mục tiêu chủ yếu giai đoạn 2025 - 2030: tốc độ tăng trưởng "
        "tổng giá trị sản phẩm bình quân đạt 12,5%/năm; thu nhập bình quân đầu người đạt 92 "
        "triệu đồng/năm."
    ).draft
    assert draft.period == (2026, 2030)
    assert [t.reading.period or t.reading.year for t in draft.targets] == [(2026, 2030), 2030]


def test_a_later_period_a_years_plan_prepares_is_still_not_its_own() -> None:
    """The other side (Sơn La): "…, tạo tiền đề thực hiện kế hoạch … giai đoạn 2026 - 2030" in
    the plan of 2025 is no time of the plan."""
    draft = extract_text(
        "Năm 2025, tỉnh phấn đấu tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8% trở lên, "
        "tạo tiền đề thực hiện kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030."
    ).draft
    assert draft.period == (2025, 2025)


# --- rule 5 (words.LONGER_PLAN_RE): the first year of the plans a year's plan begins -----------


@pytest.mark.parametrize(
    "opening",
    [
        # two longer plans, the congress's and the five years': only the first was taken out
        "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030 và Kế "
        "hoạch 5 năm 2026-2030.",
        # "năm đầu tiên": the pattern knew "năm đầu" and "năm cuối cùng" only
        "Năm 2026 là năm đầu tiên thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.",
    ],
    ids=["two-longer-plans", "nam-dau-tien"],
)
def test_the_first_year_of_longer_plans_is_a_plan_of_one_year(opening: str) -> None:
    """a year's plan names the longer plans it is the first year of; main read
    "Kế hoạch 5 năm 2026-2030" as the plan's period (growth over five years, 2026-2030)."""
    draft = extract_text(
        opening + " Các chỉ tiêu chủ yếu:\n- Tốc độ tăng trưởng GRDP đạt 10%.\n"
        "- GRDP bình quân đầu người đạt 130 triệu đồng."
    ).draft
    assert draft.period == (2026, 2026)
    assert [t.reading.period or t.reading.year for t in draft.targets] == [(2026, 2026), 2026]


# --- rule 3 (clauses._announced_start): what is no later sentence before the colon -------------


@pytest.mark.parametrize(
    "announcement",
    [
        # a semicolon ends a clause, not a sentence
        "Năm 2025, huyện đề ra 15 chỉ tiêu chủ yếu về kinh tế, xã hội, môi trường; cụ thể như sau:",
        # an abbreviation's full stop ends nothing
        "Các chỉ tiêu chủ yếu của TP. Thủ Đức năm 2025:",
    ],
    ids=["semicolon", "abbreviation"],
)
def test_the_colon_after_a_clause_or_an_abbreviation_closes_the_announcement(
    announcement: str,
) -> None:
    """the rule that a later sentence's colon does not close an announcement took
    "; c" and "TP. T" for a sentence's end: the announcement was not closed at its colon and
    its last words went into the first target's name ("sau thu ngân sách", "TP. Thủ Đức thu
    ngân sách")."""
    draft = extract_text(
        "Năm 2024, tăng trưởng kinh tế đạt 7,2%.\n"
        + announcement
        + " thu ngân sách đạt 130 tỷ đồng; tỷ lệ hộ nghèo dưới 2%."
    ).draft
    assert [t.reading.name for t in draft.targets] == ["thu ngân sách", "tỷ lệ hộ nghèo"]


# --- listed.before_the_plan: a target before the stated period is not the plan's -------------


def test_a_target_due_in_the_terms_base_year_leaves_the_stated_period_alone() -> None:
    """Phú Bình's congress: "16 chỉ tiêu nhiệm kỳ 2020-2025" plans 2021-2025 (base year 2020);
    its "giữ vững danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao vào cuối năm
    2020" is due in the base year. Drafted, it
    widened the plan to 2020-2025 with base year 2019, which moved every growth's base; it is
    listed, with its reason, and the period the sentence states is kept."""
    draft = extract_text(
        "Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ "
        "thể, bình quân thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm; giữ vững "
        "danh hiệu xã nông thôn mới và đạt xã nông thôn mới nâng cao vào cuối năm 2020; tốc độ tăng trưởng kinh tế bình quân đạt "
        "8%/năm."
    ).draft
    assert (draft.period, draft.base_year, draft.period_guessed) == ((2021, 2025), 2020, False)
    assert [t.reading.year or t.reading.period for t in draft.targets] == [2025, (2021, 2025)]
    [listed] = [u for u in draft.unread if "cuối năm 2020" in u.text]
    assert listed.reason is not None and "2021-2025" in str(listed.reason)


def test_a_target_before_a_guessed_period_still_widens_it() -> None:
    """The other side: with no sentence stating the period, the targets' own years make it (a
    wrong guess must not drop a target)."""
    draft = extract_text(
        "Mục tiêu cụ thể: thu nhập bình quân đầu người năm 2020 đạt 50 triệu đồng; tốc độ tăng "
        "trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8%/năm."
    ).draft
    assert draft.period_guessed
    assert len(draft.targets) == 2 and draft.period[0] <= 2020


# --- draft.no_year: a text with no year has no time to give its targets ------------------------


def test_a_text_that_names_no_year_marks_every_targets_time_for_review() -> None:
    """The national digital plan's article (round 16): its body names no year (the year, 2023,
    is in the headline, left off the page's text), so the period 2021-2025 is a placeholder and
    the targets' 2025 an invention; the draft said so on the period line only, and every
    target went unmarked."""
    made = extract_text(
        "Kế hoạch hành động đặt mục tiêu phấn đấu tỷ trọng giá trị tăng thêm của kinh tế số "
        "trong GDP trên 16%. Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng trên 85%."
    )
    assert made.draft.no_year
    assert [t.reading.review for t in made.draft.targets] == [["no-year"], ["no-year"]]
    assert made.yaml.count("văn bản không ghi năm nào") == 3  # the period and both targets


def test_a_text_with_a_year_has_no_placeholder_mark() -> None:
    made = extract_text(
        "Năm 2023, kế hoạch đặt mục tiêu tỷ lệ hộ gia đình có Internet cáp quang trên 85%."
    )
    assert not made.draft.no_year
    assert all("no-year" not in t.reading.review for t in made.draft.targets)


# --- words.AFTER_TARGETS_RE: a report's heading ends the targets ------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Thành tựu kinh tế xã hội huyện Hải Hậu năm 2020:",
        "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020:",
        "Kết quả đạt được năm 2020:",
    ],
)
def test_a_results_heading_after_the_targets_ends_them(heading: str) -> None:
    """Hải Hậu (round 16): the targets' list, then "Thành tựu kinh tế xã hội huyện Hải Hậu năm
    2020:" and the year's results as a list of the same shape; the results were drafted as
    seven targets of 2020."""
    draft = extract_text(
        "Mục tiêu phát triển kinh tế xã hội huyện giai đoạn 2020 – 2025:\n"
        " • Tổng giá trị sản xuất trên địa bàn tăng bình quân 13,2%/năm.\n"
        " • Thu nhập bình quân đầu người đến năm 2025 đạt trên 100 triệu đồng.\n"
        f"{heading}\n"
        " • Tổng sản phẩm bình quân đầu người đến năm 2020 đạt 52 triệu đồng\n"
        " • Thu nhập bình quân đầu người đạt 70 triệu đồng.\n"
    ).draft
    assert [t.reading.numbers for t in draft.targets] == [(13.2,), (100.0,)]
    assert draft.outside == 2  # counted in the header, not read


# --- plan_facts.decimal_of: round thousands vote; timing._OPENING_TIME after "Theo đề án," ----


def test_round_thousands_outvote_one_english_decimal() -> None:
    """Cà Mau's shrimp plan (round 16) writes "280.000ha", "328.000 tấn", "265.000 ha" and once
    "2.5 tỷ USD": the round thousands did not vote (three digits read both ways), so "2.5" made
    the text's decimal mark a point and the four thousands were refused as 280, 328, …"""
    from plantrack.extract.plan_facts import decimal_of

    text = (
        "đến năm 2025, tổng diện tích nuôi tôm cả tỉnh là 280.000ha; Tổng sản lượng tôm đạt "
        "328.000 tấn với giá trị kim ngạch tương đương là 2.5 tỷ USD."
    )
    assert decimal_of([text]) == "comma"
    assert decimal_of(["xuất khẩu đạt 1,500,000 USD, tăng 2.5%"]) == "point"
    assert decimal_of(["giá trị đạt 3,098 tỷ đồng và 2.5 triệu USD"]) == "point"  # not round


def test_a_paragraphs_time_after_the_document_it_follows_holds_for_its_sentences() -> None:
    """ "Theo đề án, đến năm 2025, tổng diện tích … là 280.000ha; sản xuất tôm hùm giống … đáp
    ứng trên 70% …. Tổng sản lượng tôm đạt 328.000 tấn …": the paragraph is the year 2025's;
    "Theo đề án," before the time hid it, and the later targets took the plan's end, 2030."""
    draft = extract_text(
        "Theo đề án, đến năm 2025, tổng diện tích nuôi tôm cả tỉnh là 280.000ha; sản xuất tôm "
        "hùm giống đảm bảo chất lượng, đáp ứng trên 70% nhu cầu nuôi của tỉnh. Tổng sản lượng "
        "tôm đạt 328.000 tấn.\n\nĐến năm 2030, tổng sản lượng tôm nuôi là 410.000 tấn."
    ).draft
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == [
        ((280000.0,), 2025),
        ((70.0,), 2025),
        ((328000.0,), 2025),
        ((410000.0,), 2030),
    ]


# --- kinds._BY_A_YEAR: a level by its own year takes no average of the growth before it --------


def test_a_level_by_its_own_year_after_an_average_growth_is_a_level() -> None:
    """Hải Hậu (round 16): "Thu ngân sách … tăng bình quân 15%/năm; đến năm 2025 đạt 900 tỷ
    đồng": the second clause's "bình quân …/năm" was the growth's before it, and 900 billion a
    year on average over 2021-2025 was drafted instead of the level of 2025."""
    found = drafted(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"
        "- Thu ngân sách Nhà nước trên địa bàn tăng bình quân 15%/năm; đến năm 2025 đạt 900 tỷ "
        "đồng.\n"
    )
    assert [(f[0], f[2], f[3]) for f in found] == [
        ("growth", (15.0,), (2021, 2025)),
        ("level", (900.0,), 2025),
    ]


def test_an_average_a_year_in_its_own_words_stays_an_average() -> None:
    """The other side: "sản lượng lương thực bình quân hằng năm đến năm 2025 đạt 3.000 tấn"
    says the average a year in its own words."""
    found = drafted(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"
        "- Sản lượng lương thực bình quân hằng năm đến năm 2025 đạt trên 3.000 tấn.\n"
    )
    assert [f[0] for f in found] == ["average"]


# --- draft._vision_year, _cover: an orientation is a vision, and a period into it too ----------


def test_an_orientation_beside_the_term_is_its_vision() -> None:
    """Yên Bái: "Trong nhiệm kỳ 2020 - 2025 tỉnh đặt ra các chỉ tiêu chủ yếu …. Định hướng đến
    năm 2030, tốc độ tăng … bình quân giai đoạn 2026 - 2030 đạt trên 8%; tính chung cả giai
    đoạn 2021 - 2030 đạt gần 8%": the orientation's targets widened the stated term to
    2021-2030; they are the vision (2026-2030), the term keeps its years, and the draft
    validates."""
    from plantrack.plans.load import read_plan_text

    made = extract_text(
        "Trong nhiệm kỳ 2020 - 2025 tỉnh đặt ra các chỉ tiêu chủ yếu phấn đấu tốc độ tăng GRDP "
        "bình quân giai đoạn 2021 - 2025 đạt trên 7,5%; GRDP bình quân đầu người đến năm 2025 "
        "đạt trên 60 triệu đồng.\n\nĐịnh hướng đến năm 2030, tốc độ tăng tổng sản phẩm trên địa "
        "bàn bình quân giai đoạn 2026 - 2030 đạt trên 8%; tính chung cả giai đoạn 2021 - 2030 "
        "đạt gần 8%; GRDP bình quân đầu người đạt trên 90 triệu đồng."
    )
    draft = made.draft
    assert (draft.period, draft.vision) == ((2021, 2025), (2026, 2030))
    assert [t.reading.vision for t in draft.targets] == [False, False, True, True, True]
    loaded, findings = read_plan_text(made.yaml, "draft.yaml")
    assert loaded is not None, [str(f.message) for f in findings if f.is_error]


# --- kinds._one_year_of_its_own: new things counted in one year are that year's ----------------


def test_jobs_made_in_a_year_of_their_own_are_that_years_level() -> None:
    """Tuyên Quang's tourism plan (round 17): "Năm 2020 tạo việc làm cho 20.400 lao động",
    "đến năm 2030 tạo việc làm cho khoảng 48.000 lao động" were totals over 2016-2020 and
    2021-2030; a total over the years needs a period, not a year of its own."""
    found = drafted(
        "Mục tiêu cụ thể giai đoạn 2016-2030:\n"
        "- Năm 2020 tạo việc làm cho 20.400 lao động; đến năm 2030 tạo việc làm cho khoảng "
        "48.000 lao động.\n"
        "- Giải quyết việc làm cho 12.000 lao động.\n"
        "- Tổng vốn đầu tư toàn xã hội đến năm 2030 đạt 724.534 triệu đồng.\n"
    )
    assert [(f[0], f[3]) for f in found] == [
        ("level", 2020),
        ("level", 2030),
        ("cumulative", (2016, 2030)),  # no year of its own: the term's new jobs
        ("cumulative", (2016, 2030)),  # a flow's total "đến năm 2030" stays a total
    ]


# --- plan_time.plan_time_of: the targets' periods before those of sentences with no figure ----


def test_a_term_ending_named_beside_the_targets_is_not_the_plans_period() -> None:
    """Quảng Trị (round 17): "Quảng Trị sắp sửa khép lại nhiệm kỳ 2020 - 2025, …" (the term
    ending, no figure), then "… đặt mục tiêu giai đoạn 2026 - 2030 tốc độ tăng … đạt 9 -
    10%/năm; …": the plan was guessed as 2021-2030 from both periods; its targets name
    2026-2030."""
    draft = extract_text(
        "Quảng Trị sắp sửa khép lại nhiệm kỳ 2020 - 2025, mở ra giai đoạn mới với rất nhiều "
        "thời cơ và thách thức.\n\nTại báo cáo chính trị, đặt mục tiêu giai đoạn 2026 - 2030 "
        "tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) đạt 9 - 10%/năm; thu ngân sách đạt 75 - "
        "80 nghìn tỷ đồng.\n\nĐến năm 2030, thu nhập bình quân đầu người đạt 137 - 145 triệu "
        "đồng."
    ).draft
    assert (draft.period, draft.base_year) == ((2026, 2030), 2025)


# --- figures._ORDINAL: a pandemic's name, a page's time stamp, a meeting's days, pillars --------


@pytest.mark.parametrize(
    "noise",
    [
        "Phòng, chống dịch Covid - 19 linh hoạt, hiệu quả",  # Hà Giang 2022 (round 17)
        "15:52, 19/12/2019",  # Ea H'leo's page (round 17)
        "Từ 8 đến 10/12, HĐND tỉnh khóa VII đã họp đánh giá kết quả",  # Bắc Kạn 2011
        "Phát triển kinh tế với 4 trụ cột phát triển về năng lượng",  # Quảng Trị
        "Tỉnh cần phát huy 4 lợi thế để thu hút đầu tư",  # Lâm Đồng
        "Toàn cảnh hội nghị giao kế hoạch phát triển kinh tế - xã hội 2023",  # Bình Phước
        "THỨ NĂM, 21/05/2020 16:54:22",  # Hưng Long's page (round 18)
        "Đền thờ các anh hùng liệt sĩ trên cao điểm 468 (Ảnh: An Nhiên)",  # Vị Xuyên
        "Đến thời điểm này, huyện có 33 trong tổng số 44 tổ chức cơ sở đảng tổ chức đại hội",
        "Đến nay 100% số xã trong tỉnh đã được công nhận đạt chuẩn nông thôn mới",  # Hà Nam
        "Hương Thủy đạt và vượt 15/17 chỉ tiêu kinh tế - xã hội chủ yếu",  # a report
        "[Nguồn: Báo cáo của UBND tỉnh, tr. 1, phần phụ lục]",  # a page cited (Bình Định)
        "Thứ 6, 30/09/2022 | 16:34:45",  # Tiền Hải's page (round 19)
        "10,081 lượt xem",  # its views
        "Chiều 9/11, với 447 đại biểu tham gia biểu quyết tán thành, Quốc hội thông qua",
        "Phê duyệt Quy hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030, tầm nhìn 2050",
        "9 tháng đầu năm, tổng giá trị sản xuất trên địa bàn huyện đạt trên 8.551 tỷ đồng",
        "Tiền Hải: 9 tháng tổng giá trị sản xuất đạt 16.349 tỷ đồng",  # a headline
        "3 giờ trước",  # a page's age (Hà Nội 2026, round 21)
        "Thành phố thực hiện các giải pháp trọng tâm, mở rộng 5 trục phát triển",  # Hà Nội
        "UBND TP. Hà Nội báo cáo kết quả kinh tế - xã hội năm 2025 với GRDP ước đạt 8,5%",
        "17:27' - 09/12/2020",  # Quảng Ninh's page (round 22)
        "Cơ cấu kinh tế 2025",  # its heading
    ],
)
def test_numbers_that_are_names_stamps_or_days_are_no_figures(noise: str) -> None:
    """Round 17's and 18's pages: each of these was drafted as a target (19 "linh hoạt", 15, 8,
    4, 4, 2023, 54, 468, 33, 100 %) beside the real one; the last two say "so far": results."""
    found = drafted("Các chỉ tiêu chủ yếu năm 2023:\n" + noise + "\nThu ngân sách đạt 500 tỷ đồng.")
    assert [f[2] for f in found] == [(500.0,)]


def test_a_count_after_its_days_and_a_ratio_are_still_figures() -> None:
    """The other side: a fraction of communes is a count, not a date."""
    found = drafted("Các chỉ tiêu chủ yếu năm 2023:\nCó 10/12 xã đạt chuẩn nông thôn mới.")
    assert [(f[0], f[2]) for f in found] == [("count", (10.0,))]


# --- words.RESULT_RE: a term done, "đã … hoàn thành thắng lợi các chỉ tiêu" ---------------------


def test_a_term_reported_done_opens_results_not_targets() -> None:
    """Phú Phúc (round 18): "Nhiệm kỳ 2015-2020, Đảng bộ xã … đã tập trung lãnh đạo, … hoàn
    thành thắng lợi các chỉ tiêu …. Nổi bật là … tăng bình quân hơn 5,5%/ năm; thu nhập … đạt
    50 triệu đồng/ người/năm; …": seven results drafted as targets. An aim worded alike ("phấn
    đấu … hoàn thành vượt mức chỉ tiêu được giao") is still one."""
    found = drafted(
        "Nhiệm kỳ 2015-2020, Đảng bộ xã Phú Phúc đã tập trung lãnh đạo, chỉ đạo và tổ chức thực "
        "hiện hoàn thành thắng lợi các chỉ tiêu Nghị quyết đại hội Đảng bộ xã đề ra. Nổi bật là "
        "giá trị sản xuất nông nghiệp tăng bình quân hơn 5,5%/ năm; thu nhập bình quân đầu "
        "người đạt 50 triệu đồng/ người/năm."
    )
    assert found == []
    aims = drafted(
        "Đảng bộ phường chỉ đạo phấn đấu đến năm 2025 hoàn thành vượt mức chỉ tiêu được giao. "
        "Về giá trị sản xuất trên địa bàn tăng bình quân 8%/năm."
    )
    assert [f[2] for f in aims if f[2]] == [(8.0,)]


# --- timing._OPENING_TIME "Nhiệm kỳ 2025-2030, …"; words.RESULT_RE "bằng 105% chỉ tiêu kế hoạch" ---


def test_a_terms_sentence_opening_gives_its_targets_the_term() -> None:
    """Đức Xuân ward (round 20): "Nhiệm kỳ qua, … Tổng thu ngân sách giai đoạn 2020-2024 đạt
    67,038 tỷ đồng (bằng 105% chỉ tiêu kế hoạch), …" then "Nhiệm kỳ 2025-2030, Đảng bộ phường
    … phấn đấu tốc độ tăng thu ngân sách nhà nước bình quân từ 10%/năm; …; thành lập mới 5 hợp
    tác xã": the targets took the results' 2020-2024; "Nhiệm kỳ 2025-2030," opens their
    sentence as "Giai đoạn 2026-2030," would, and the result is listed with its reason."""
    made = extract_text(
        "Nhiệm kỳ qua, 30/33 chỉ tiêu nghị quyết đạt và vượt kế hoạch. Tổng thu ngân sách giai "
        "đoạn 2020-2024 đạt 67,038 tỷ đồng (bằng 105% chỉ tiêu kế hoạch), tốc độ tăng thu bình "
        "quân 4,3%/năm.\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ phường Đức Xuân tập trung xây dựng hệ thống chính trị "
        "trong sạch, vững mạnh; phấn đấu tốc độ tăng thu ngân sách nhà nước bình quân từ "
        "10%/năm; thành lập mới 5 hợp tác xã."
    )
    times = {t.reading.numbers: t.reading.period for t in made.draft.targets}
    assert times[(10.0,)] == (2026, 2030)
    assert times[(5.0,)] == (2026, 2030)
    assert (67.038,) not in times


# --- words.YEAR_RE: "Mục tiêu 2026:" gives its aims the year --------------------------------------


def test_a_headings_year_before_its_colon_is_the_plans_year_not_a_figure() -> None:
    """ "Mục tiêu 2026: tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 500 tỷ đồng." (found by
    the review of 2026-12-02): 2026 was drafted as a figure and the plan guessed as
    2021-2025."""
    draft = extract_text(
        "Mục tiêu 2026: tăng trưởng kinh tế đạt 8%; thu ngân sách đạt 500 tỷ đồng."
    ).draft
    assert draft.period == (2026, 2026)
    assert [(t.reading.numbers, t.reading.year or t.reading.period) for t in draft.targets] == [
        ((8.0,), (2026, 2026)),
        ((500.0,), 2026),
    ]


# --- timing._OPENING_TIME: "Mục tiêu của Kế hoạch đến năm 2025, …" ------------------------------


def test_the_plans_aims_to_a_year_open_their_paragraphs_time() -> None:
    """Quảng Nam's agriculture plan (round 21): "Mục tiêu của Kế hoạch đến năm 2025, tỷ lệ … đạt
    từ 20% …; sản xuất theo … GAP … đạt 10%; …" then "Đến năm 2030, …": the clauses after the
    first took the plan's end, 2030."""
    draft = extract_text(
        "Mục tiêu của Kế hoạch đến năm 2025, tỷ lệ sản xuất dưới các hình thức liên kết đạt từ "
        "20% giá trị sản phẩm các loại cây trồng; sản xuất theo các quy trình sản xuất nông "
        "nghiệp tốt (GAP) hoặc tương đương đạt 10%; tỷ lệ che phủ rừng đạt 61%.\n"
        "Đến năm 2030, tỷ lệ sản xuất dưới các hình thức liên kết đạt từ 50% giá trị sản phẩm "
        "các loại cây trồng."
    ).draft
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == [
        ((20.0,), 2025),
        ((10.0,), 2025),
        ((61.0,), 2025),
        ((50.0,), 2030),
    ]
