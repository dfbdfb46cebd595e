"""The edges of `plantrack extract`'s rules of wording: inputs a real plan or report holds where a
rule could fire where it should not (a count of people read as a denominator, "theo đó" as a
variant, a new term's aims as results, the start of a change as its target, …). Found by a
fresh-eyes review of the rules (issue 19); each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.extract import extract_text
from plantrack.extract.rewrap import rewrap
from plantrack.extract.sources import source_from_text

from .extract_found import drafted

PLAN = "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"


# --- rule 5 (words.PER_RE): a count of people is no denominator ------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan's jobs and training targets: "cho 10.000 người" is how many, not "per 10 000"
        (
            "Giải quyết việc làm cho 10.000 người.",
            ("cumulative", "value", (10000.0,), (2021, 2025), "increase"),
        ),
        (
            "Giải quyết việc làm mới cho trên 10.000 người.",
            ("cumulative", "more_than", (10000.0,), (2021, 2025), "increase"),
        ),
        (
            "Đào tạo nghề cho 100.000 người.",
            ("cumulative", "value", (100000.0,), (2021, 2025), "increase"),
        ),
        (
            "Số người tham gia bảo hiểm xã hội tự nguyện trên 10.000 người.",
            ("level", "more_than", (10000.0,), 2025, "increase"),
        ),
        # "trên 100.000 dân" with no other figure: the number of people is the target
        (
            "Quy mô dân số đô thị đến năm 2025 đạt trên 100.000 dân.",
            ("level", "more_than", (100000.0,), 2025, "increase"),
        ),
    ],
)
def test_a_count_of_people_is_no_denominator(sentence: str, expected: tuple[object, ...]) -> None:
    """Dropped silently on main (not even listed as not understood)."""
    assert drafted(PLAN + "- " + sentence) == [expected]


# --- rule 4 (figures._ORDINAL): a time limit in working days is a target ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thời gian cấp giấy phép xây dựng không quá 15 ngày làm việc.",
            ("level", "at_most", (15.0,), 2025, "decrease"),
        ),
        (
            "Thời gian giải quyết thủ tục hành chính rút ngắn còn 5 ngày làm việc.",
            ("level", "value", (5.0,), 2025, "decrease"),
        ),
    ],
)
def test_a_time_limit_in_working_days_is_a_target(
    sentence: str, expected: tuple[object, ...]
) -> None:
    """Administrative reform plans set the days a procedure may take; dropped silently on main
    ("N ngày làm việc" was masked as a meeting's length)."""
    assert drafted(PLAN + "- " + sentence) == [expected]


# --- rule 2 (names.variant_of): "theo đó", "theo lộ trình, ..." are no variants --------------


def test_theo_do_is_no_variant_of_the_subject_before() -> None:
    """Rule 2: "theo đó" (accordingly) goes on with the subject before; on main it was read as a
    variant of it, took its "bình quân … /năm" and became a target every year."""
    text = (
        PLAN + "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5%/năm; theo đó "
        "đến năm 2025 còn dưới 3%."
    )
    assert drafted(text)[1] == ("level", "less_than", (3.0,), 2025, "decrease")


def test_a_theo_phrase_with_a_comma_is_no_variant() -> None:
    """Rule 2: "theo lộ trình, tỷ lệ người dân …" opens a sentence of another indicator; on main its
    name was glued to the subject before it."""
    draft = extract_text(
        PLAN + "- Tỷ lệ dân số tham gia bảo hiểm y tế theo quy định đạt 95%; theo lộ trình, tỷ "
        "lệ người dân có sổ khám chữa bệnh điện tử đạt 90%."
    ).draft
    names = [i.name for i in draft.indicators]
    assert len(names) == 2
    assert "bảo hiểm y tế" not in names[1]


# --- rule 1 (plan_time._stated_time): the year of the aims, not of the tasks reviewed ------


@pytest.mark.parametrize(
    "announcement",
    [
        "Ngày 5/1/2024, UBND huyện tổ chức hội nghị tổng kết thực hiện nhiệm vụ năm 2023, "
        "triển khai nhiệm vụ trọng tâm năm 2024.\nCác chỉ tiêu chủ yếu:",
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2023, phương hướng, nhiệm vụ năm 2024 "
        "đề ra các chỉ tiêu chủ yếu sau:",
    ],
)
def test_the_tasks_reviewed_are_not_the_plans_year(announcement: str) -> None:
    """Rule 1: "tổng kết thực hiện nhiệm vụ năm 2023, triển khai nhiệm vụ … năm 2024": with "nhiệm
    vụ" among the aims' words, main took the reviewed year's tasks for the plan's."""
    draft = extract_text(
        announcement + "\n- Tổng giá trị sản xuất tăng 8,5%.\n- Thu ngân sách đạt 120 tỷ đồng."
    ).draft
    assert draft.period == (2024, 2024)
    assert [(t.reading.year, t.reading.period) for t in draft.targets] == [
        (None, (2024, 2024)),
        (2024, None),
    ]


# --- rule 9 (listed.in_a_report): a paragraph that goes on from its results to its aims -----


def test_the_aims_after_a_paragraphs_results_are_targets() -> None:
    """A congress report's paragraph opens with the last term's results, then sets the new
    term's aims, with no "phấn đấu" or "mục tiêu": main listed all three as results."""
    text = (
        "Sáng 15/10, Đảng bộ huyện tổ chức Đại hội lần thứ XX, nhiệm kỳ 2025-2030.\n"
        "Nhiệm kỳ qua, Đảng bộ huyện đã lãnh đạo đạt được những kết quả quan trọng. Nhiệm kỳ "
        "2025-2030, Đại hội xác định tốc độ tăng trưởng kinh tế bình quân 10%/năm; thu nhập bình "
        "quân đầu người năm 2030 đạt 120 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1%/năm."
    )
    assert [t.reading.numbers for t in extract_text(text).draft.targets] == [
        (10.0,),
        (120.0,),
        (1.0,),
    ]


# --- rule 7 (timing.times, draft._vision_year): a target of the vision keeps its year -------


@pytest.mark.parametrize(
    ("text", "vision_year"),
    [
        (
            "Đề án phát triển đô thị đến năm 2030, tầm nhìn đến năm 2045.\nMục tiêu cụ thể:\n"
            "- Tỷ lệ đô thị hóa đến năm 2030 đạt 45%.\n"
            "- Tầm nhìn đến năm 2045, tỷ lệ đô thị hóa đạt 60%.",
            2045,
        ),
        (
            "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.\nMục tiêu cụ thể đến năm "
            "2030:\n- GRDP bình quân đầu người đạt 7.000 USD.\nTầm nhìn đến năm 2050: GRDP bình "
            "quân đầu người đạt 20.000 USD.",
            2050,
        ),
    ],
)
def test_a_target_of_the_vision_keeps_the_visions_year(text: str, vision_year: int) -> None:
    """A clause that names only the vision's year is a target of the vision: main blanked
    "tầm nhìn đến năm 2045" from every clause's time, so the target took the plan's end."""
    draft = extract_text(text).draft
    last = draft.targets[-1].reading
    assert (last.year, last.vision) == (vision_year, True)
    assert draft.period[1] == 2030
    # the vision that opens the clause is no part of its name (main: "Tầm nhìn , tỷ lệ …")
    assert not draft.indicators[-1].name.lower().startswith("tầm nhìn")


def test_the_visions_year_in_the_targets_is_no_year_of_the_plan() -> None:
    """Rule 7: "Kế hoạch … đến năm 2025, tầm nhìn đến năm 2030": the 2030 targets are the vision's;
    main widened the plan to 2021-2030 and drafted no vision."""
    draft = extract_text(
        "Kế hoạch phát triển du lịch đến năm 2025, tầm nhìn đến năm 2030.\nMục tiêu cụ thể:\n"
        "- Đến năm 2025, đón 2 triệu lượt khách.\n- Đến năm 2030, đón 4 triệu lượt khách."
    ).draft
    assert (draft.period[1], draft.vision) == (2025, (2026, 2030))
    assert [(t.reading.year, t.reading.vision) for t in draft.targets] == [
        (2025, False),
        (2030, True),
    ]


# --- rule 8 (figures._FROM_LEVEL): the level a change starts from --------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the start's year is the base, not the target's year (main: 2020, and the plan's
        # period widened to 2020-2025)
        (
            "Nâng số xã đạt chuẩn nông thôn mới nâng cao từ 2 xã năm 2020 lên 6 xã.",
            ("level", "value", (6.0,), 2025, "increase"),
        ),
        # the start written with "mức", its year in brackets, "cuối năm", "hiện nay" (main:
        # the start, read as "từ X" = at least X)
        (
            "Tỷ lệ hộ dân sử dụng nước sạch nâng từ mức 85% lên 95%.",
            ("level", "value", (95.0,), 2025, "increase"),
        ),
        (
            "Tỷ lệ hộ dân sử dụng nước sạch nâng từ 85% (năm 2020) lên 95%.",
            ("level", "value", (95.0,), 2025, "increase"),
        ),
        (
            "Phấn đấu đưa tỷ lệ hộ nghèo từ 4,5% cuối năm 2020 xuống dưới 2%.",
            ("level", "less_than", (2.0,), 2025, "decrease"),
        ),
        (
            "Tỷ lệ hộ nghèo đa chiều giảm từ 4,5% hiện nay xuống còn 2%.",
            ("level", "value", (2.0,), 2025, "decrease"),
        ),
    ],
)
def test_the_level_a_change_starts_from_is_no_target(
    sentence: str, expected: tuple[object, ...]
) -> None:
    found = drafted(PLAN + "- " + sentence)
    assert found == [expected]
    assert extract_text(PLAN + "- " + sentence).draft.period == (2021, 2025)


def test_a_planned_change_from_one_level_to_another_is_no_result() -> None:
    """Rule 8: "Phấn đấu tỷ lệ hộ nghèo giảm từ 4,5% xuống dưới 2% vào năm 2025" is a target (rule 8
    reads "giảm tỷ lệ hộ nghèo từ 4,5% xuống còn 2%"); RESULT_RE's "giảm từ X xuống" listed it
    as a result."""
    sentence = "Phấn đấu tỷ lệ hộ nghèo giảm từ 4,5% xuống dưới 2% vào năm 2025."
    assert drafted(PLAN + "- " + sentence) == [("level", "less_than", (2.0,), 2025, "decrease")]


# --- rule 6 (rewrap): a page break inside a sentence ------------------------------------------


def test_a_sentence_goes_on_across_a_page_break() -> None:
    """A PDF copied as text breaks its pages with a blank line (or a form feed), often in the
    middle of a sentence: the line after it that starts with a small letter goes on with it."""
    text = (
        "- Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021-2025 đạt khoảng\n"
        "10%/năm; thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng; tỷ lệ\n"
        "\n"
        "dân số tham gia bảo hiểm y tế đạt trên 95%; tỷ lệ che phủ rừng đạt 45%; số xã\n"
        "đạt chuẩn nông thôn mới đến năm 2025 là 10 xã.\n"
    )
    blocks, _ = rewrap(source_from_text(text, Path("x.txt")).blocks)
    assert len(blocks) == 1
    assert "tỷ lệ dân số tham gia bảo hiểm y tế" in blocks[0].text


def test_a_table_flattened_one_cell_a_line_keeps_its_rows() -> None:
    """Rule 6: Viet Nam 2019 (plans/sources/vietnam-2019-results.txt) is a table stored one
    cell a line, the cells apart by blank lines. Joined back before the rule, its rows were
    read with their names; with every blank line ending a paragraph, each cell was read alone:
    targets named "6,6-6,8" and "Dưới", and the estimates ("7,02", "8,1") drafted as targets."""
    rows = [
        ("Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "6,6-6,8", "7,02"),
        ("Tốc độ tăng tổng kim ngạch xuất khẩu", "%", "7-8", "8,1"),
        ("Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "Dưới 4", "3,1"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "88,1", "89,3"),
    ]
    cells = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2019", "Ước thực hiện năm 2019", "Đánh giá"]
    for row in rows:
        cells += [" 1.  ", *row, "Vượt"]
    draft = extract_text("\n\n".join(cells) + "\n").draft
    found = {t.reading.numbers: i.name for i in draft.indicators for t in i.targets}
    assert {(6.6, 6.8), (7.0, 8.0), (4.0,), (88.1,)} <= set(found)
    assert not {(7.02,), (8.1,), (3.1,), (89.3,)} & set(found)  # the estimates
    assert "tổng sản phẩm trong nước" in found[(6.6, 6.8)].lower()


def test_the_level_a_change_starts_from_is_no_part_of_the_name() -> None:
    """Rule 8, Hiệp Hòa: "thịt hơi các loại điều chỉnh giảm từ gần 27.692 tấn xuống 27.652 tấn"
    was named "Thịt hơi các loại điều chỉnh giảm từ gần 27.692 tấn xuống"."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2019:\n- Đàn lợn điều chỉnh giảm từ 140 nghìn con xuống 130 "
        "nghìn con; thịt hơi các loại điều chỉnh giảm từ gần 27.692 tấn xuống 27.652 tấn."
    ).draft
    assert [(i.name, i.unit) for i in draft.indicators] == [
        ("Đàn lợn", "nghìn con"),
        ("Thịt hơi các loại", "tấn"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, "
        "có ý nghĩa quan trọng. Các chỉ tiêu chủ yếu năm 2025:",
        "Năm 2025 là năm cuối thực hiện Kế hoạch 5 năm 2021-2025. Các chỉ tiêu chủ yếu:",
        "Năm 2025 là năm cuối thực hiện Kế hoạch 5 năm 2021-2025, huyện đề ra các chỉ tiêu chủ "
        "yếu sau:",
    ],
)
def test_the_last_year_of_a_five_year_plan_is_a_plan_of_one_year(opening: str) -> None:
    """Rule 1's neighbour: a year's plan names the longer plan it is the last year of; main
    read the longer plan's period as the targets' and the plan's (2021-2025, growth over five
    years)."""
    draft = extract_text(
        opening + "\n- Tổng giá trị sản xuất tăng 8,5%.\n- Thu ngân sách đạt 120 tỷ đồng."
    ).draft
    assert draft.period == (2025, 2025)
    assert [(t.reading.year, t.reading.period) for t in draft.targets] == [
        (None, (2025, 2025)),
        (2025, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tỷ lệ hộ nghèo giảm từ 4,5% xuống dưới 2%.",
            ("level", "less_than", (2.0,), 2025, "decrease"),
        ),
        # main: listed as a result; then (with the result rule mended) a change in points
        (
            "Tỷ lệ dân số tham gia bảo hiểm y tế tăng từ 90% lên trên 95%.",
            ("level", "more_than", (95.0,), 2025, "increase"),
        ),
    ],
)
def test_a_change_of_level_in_a_list_of_targets_is_a_target(
    sentence: str, expected: tuple[object, ...]
) -> None:
    """Rule 8: under "Các chỉ tiêu chủ yếu", "X giảm từ 4,5% xuống dưới 2%" is the level to
    reach; RESULT_RE's "giảm từ X xuống" listed it as a result."""
    assert drafted(PLAN + "- " + sentence) == [expected]


def test_a_change_of_level_in_a_report_stays_a_result() -> None:
    """The other side of the test above: in a paragraph of results, it is still listed."""
    draft = extract_text(
        "Năm 2024, tổng thu ngân sách vượt 18,7% kế hoạch giao; tỷ lệ hộ nghèo giảm từ 29,56% "
        "xuống còn 25,3%.\nCác chỉ tiêu chủ yếu năm 2025:\n- Thu ngân sách đạt 120 tỷ đồng."
    ).draft
    assert [t.reading.numbers for t in draft.targets] == [(120.0,)]


def test_a_denominator_after_the_figure_is_the_units() -> None:
    """Rule 5: "Số bác sĩ đạt 9 bác sĩ trên 10.000 dân" was 9 "bác sĩ", not per 10 000."""
    draft = extract_text(PLAN + "- Số bác sĩ đạt 9 bác sĩ trên 10.000 dân.").draft
    assert [(i.unit, i.targets[0].reading.numbers) for i in draft.indicators] == [
        ("bác sĩ/10.000 dân", (9.0,))
    ]


# --- a rank among places is no figure ---------------------------------------------------------


def test_a_rank_among_places_is_no_figure() -> None:
    """ "Đến năm 2030 thuộc nhóm 10 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất"
    (Khánh Hòa) was drafted as a level of 10: the 10 counts the group it ranks in. The figure
    beside a rank is still read ("đạt 8%")."""
    text = (
        "Mục tiêu đến năm 2030:\n"
        "- Đến năm 2030 thuộc nhóm 10 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất.\n"
        "- Chỉ số PCI thuộc top 5 địa phương dẫn đầu cả nước.\n"
        "- Tốc độ tăng trưởng kinh tế đạt 8%/năm, thuộc nhóm 10 tỉnh tăng trưởng cao nhất.\n"
    )
    assert [(kind, figures) for kind, _, figures, _, _ in drafted(text)] == [
        ("growth", (8.0,)),
    ]


# --- the economy's growth stated again in other words ------------------------------------------


def test_the_economys_growth_restated_in_other_words_is_drafted_once() -> None:
    """Sơn La's and Bắc Ninh's news pages state the year's growth in the heading, a caption and
    the body, each in other words: each was drafted, three and two times. The body's statement
    (the paragraph with the most targets) is kept; the others are listed as repeated."""
    text = (
        "Tỉnh X đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 8%\n"
        "Tỉnh X quyết tâm thực hiện tăng trưởng 8%.\n"
        "Kỳ họp HĐND tỉnh đã thông qua nghị quyết về kế hoạch phát triển kinh tế - xã hội năm"
        " 2025. Theo đó, tốc độ tăng tổng sản phẩm (GRDP) trên địa bàn tỉnh đạt 8%. GRDP bình"
        " quân đầu người đạt 61,8 triệu đồng/người/năm; tổng thu ngân sách đạt 5.000 tỷ đồng.\n"
    )
    extracted = extract_text(text)
    growth = [t for t in extracted.draft.targets if t.reading.kind == "growth"]
    assert [t.clause.text for t in growth] == [
        "Theo đó, tốc độ tăng tổng sản phẩm (GRDP) trên địa bàn tỉnh đạt 8%"
    ]
    assert len(extracted.draft.targets) == 3


def test_growths_of_parts_or_per_person_with_the_same_figure_are_each_kept() -> None:
    """The rule merges the economy's growth only: a sector's growth, or the growth of GRDP a
    person, with the same figure and year is a target of its own."""
    text = (
        "Các chỉ tiêu chủ yếu năm 2025:\n"
        "- Tốc độ tăng trưởng kinh tế (GRDP) đạt 8%.\n"
        "- Giá trị sản xuất công nghiệp tăng 8%.\n"
        "- GRDP bình quân đầu người tăng 8%.\n"
        "- Tăng trưởng GRDP khu vực dịch vụ đạt 8%.\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [(8.0,)] * 4


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a news page's place that sets itself the aim is no part of the indicator's name
        ("Sơn La đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 8%.", "Tăng trưởng GRDP"),
        ("Bắc Ninh phấn đấu tổng thu ngân sách đạt 56.834 tỷ đồng.", "Tổng thu ngân sách"),
        (
            "Năm 2025 tỉnh Hậu Giang đặt mục tiêu hướng tới tổng vốn đầu tư đạt 9.000 tỷ đồng.",
            "Tổng vốn đầu tư",
        ),
        # the plan's own subject, or a place with nothing named after it, is left as it was
        (
            "Huyện phấn đấu xây dựng thêm 7 trường đạt chuẩn quốc gia.",
            "Huyện phấn đấu xây dựng thêm",
        ),
        ("Đắk Glong phấn đấu đạt 12,4 giường bệnh/vạn dân.", "Đắk Glong"),
    ],
)
def test_a_place_that_sets_itself_the_aim_is_no_part_of_the_name(sentence: str, name: str) -> None:
    """ "Sơn La đặt mục tiêu tăng trưởng GRDP …" was named "Sơn La đặt mục tiêu tăng trưởng GRDP"
    and "Bắc Ninh phấn đấu tốc độ tăng trưởng GRDP …" so: a reviewer renamed every one."""
    draft = extract_text("Kế hoạch phát triển kinh tế - xã hội năm 2025\n" + sentence).draft
    assert [indicator.name for indicator in draft.indicators] == [name]


def test_a_caption_that_restates_the_body_in_the_same_words_loses_only_itself() -> None:
    """Châu Đức: the photo's caption and the body state the same target in the same words. The
    caption was listed as told again (of the body), and the body as a repeat (of the caption,
    the first): the target was drafted from neither."""
    text = (
        "Huyện X phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. Trong ảnh: Nông dân"
        " thu hoạch thanh long.\n"
        "Hội nghị đã công bố quyết định giao chỉ tiêu phát triển kinh tế, xã hội năm 2025. Theo"
        " đó, Huyện X phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tổng thu ngân"
        " sách đạt 500 tỷ đồng.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.numbers, t.clause.span.block) for t in draft.targets] == [
        ((3563.0,), 1),
        ((500.0,), 1),
    ]


def test_an_estimate_of_a_year_before_a_plan_of_several_years_is_a_result() -> None:
    """Hà Giang: "thu ngân sách năm 2020 ước đạt 2.500 tỷ đồng, tăng 51,2%" in the plan of
    2021-2025 was drafted as two targets of 2020. An estimate that names a year before the plan
    is a result; a target of the plan's last year is kept, and so is an estimate of a year of
    the plan (a thesis's "Năm 2020 ước đạt …" in the plan of 2016-2020)."""
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2020 - 2025\n"
        "Thu ngân sách năm 2020 ước đạt 2.500 tỷ đồng, tăng 51,2%. Mục tiêu đến năm 2025 thu"
        " ngân sách đạt 4.000 tỷ đồng; kim ngạch xuất khẩu năm 2025 ước đạt 900 triệu USD.\n"
    )
    assert [(figures, time) for _, _, figures, time, _ in drafted(text)] == [
        ((4000.0,), 2025),
        ((900.0,), 2025),
    ]


def test_the_years_just_ended_open_a_report() -> None:
    """Hà Giang: "…,5 năm qua, Đảng bộ … giành nhiều kết quả nổi bật … tốc độ tăng tổng sản phẩm
    bình quân … đạt 6,8%/năm, … tỷ lệ hộ nghèo giảm gần 50%" are the term's results; they were
    drafted as targets. The years just ended named in a target's comparison open no report."""
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2020 - 2025\n"
        "Tỉnh X là tỉnh miền núi,5 năm qua, Đảng bộ và nhân dân đã nỗ lực vượt qua khó khăn để"
        " giành nhiều kết quả nổi bật. Tốc độ tăng tổng sản phẩm bình quân đạt 6,8%/năm, tỷ lệ"
        " hộ nghèo giảm gần 50%.\n"
        "Mục tiêu đến năm 2025: thu ngân sách đạt 4.000 tỷ đồng, cao hơn nhiều so với 5 năm qua.\n"
    )
    assert [(figures, time) for _, _, figures, time, _ in drafted(text)] == [((4000.0,), 2025)]


@pytest.mark.parametrize(
    "sentence",
    [
        # Phú An: a merged ward described before its congress's targets
        "Phường X được sáp nhập từ xã A với phường B có diện tích 36,7 km2; dân số 53.936 người.",
        "Đảng bộ phường X có 1.021 đảng viên ở 45 cơ sở Đảng trực thuộc.",
        # Tây Ninh: the count of provinces merged
        "Đây là năm đầu tiên sau hợp nhất 2 tỉnh Long An và Tây Ninh.",
    ],
)
def test_a_place_described_holds_no_target(sentence: str) -> None:
    """A ward's area, population and party members, and the provinces merged, were drafted as
    targets of the plan's last year; the targets after them are kept."""
    text = (
        "Nghị quyết Đại hội Đảng bộ phường X nhiệm kỳ 2025 - 2030\n"
        + sentence
        + "\nĐảng bộ phường X phấn đấu đến năm 2030 có thêm 200 đảng viên; tỷ lệ hộ nghèo dưới 1%.\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [(200.0,), (1.0,)]


def test_a_report_after_a_paragraphs_first_sentence_makes_what_follows_results() -> None:
    """Phong Phú: the paragraph first describes the ward, then reports the term just ended
    ("Nhiệm kỳ 2020-2025, … thu ngân sách đạt và vượt chỉ tiêu đề ra, …. Trong đó, … giá trị
    sản xuất tăng bình quân 5%/năm"): only the paragraph's first sentence was asked whether it
    reports, and the term's results were drafted as the new term's targets."""
    text = (  # the page's paragraphs as they stand (plans/sources/phong-phu-hue-2025-2030.txt)
        "Phường Phong Phú được thành lập trên cơ sở sáp nhập phường Phong Phú (cũ) và xã Phong"
        " Thạnh của thị xã Phong Điền (cũ). Nhiệm kỳ 2020-2025, với tinh thần đoàn kết, thống"
        " nhất, linh hoạt trong chỉ đạo, điều hành của cấp ủy đảng, chính quyền, sự đồng tình"
        " hưởng ứng của Nhân dân, kinh tế - xã hội của Phong Phú ngày càng phát triển, thu ngân"
        " sách đạt và vượt chỉ tiêu đề ra, cơ cấu kinh tế chuyển dịch theo hướng tích cực. Trong"
        " đó, phát triển tiểu thủ công nghiệp trở thành ngành kinh tế trọng tâm với giá trị sản"
        " xuất tăng bình quân 5%/năm, chiếm tỷ trọng trên 10% trong cơ cấu kinh tế. Giá trị sản"
        " xuất của ngành dịch vụ du lịch, thương mại tăng bình quân 12-15%/năm.\n"
        "Nhiệm kỳ 2025-2030, Đảng bộ phường Phong Phú đề ra các chỉ tiêu chủ yếu, trong đó phấn"
        " đấu tăng tổng thu ngân sách nhà nước trên địa bàn bình quân từ 10-12%/năm; tổng giá trị"
        " sản phẩm bình quân hàng năm từ 12-14%.\n"
    )
    assert [(figures, time) for _, _, figures, time, _ in drafted(text)] == [
        ((10.0, 12.0), (2026, 2030)),
        ((12.0, 14.0), (2026, 2030)),
    ]


def test_a_paragraph_that_goes_on_with_a_report_holds_results() -> None:
    """Quảng Ninh: "…, năm 2025 Quảng Ninh đạt nhiều kết quả khá toàn diện. …", then a paragraph
    "Cùng với đó, tổng thu ngân sách nhà nước ước đạt 82.235 tỷ đồng, trong đó thu nội địa
    64.435 tỷ đồng, …": the year's results were drafted as the plan's."""
    text = (  # the page's paragraphs as they stand (plans/sources/quang-ninh-2026.txt)
        "Tại kỳ họp thứ 34 diễn ra trong hai ngày 15-16/12/2025, HĐND tỉnh Quảng Ninh đã thống"
        " nhất đánh giá, năm 2025 Quảng Ninh đạt nhiều kết quả khá toàn diện. Đáng chú ý, tốc độ"
        " tăng trưởng GRDP đạt 11,89%, được nêu là mức cao nhất từ trước đến nay và đứng đầu cả"
        " nước.\n"
        "Cùng với đó, tổng thu ngân sách nhà nước ước đạt 82.235 tỷ đồng, trong đó thu nội địa"
        " 64.435 tỷ đồng, còn thu tiền sử dụng đất ước 26.460 tỷ đồng sau khi “điểm nghẽn” được"
        " tháo gỡ.\n"
        "Trên cơ sở thảo luận và biểu quyết, HĐND tỉnh thông qua các chỉ tiêu chủ yếu năm 2026,"
        " trong đó mục tiêu GRDP trên 12,5% được đặt lên hàng đầu.\n"
    )
    assert [(figures, time) for _, _, figures, time, _ in drafted(text)] == [
        ((12.5,), (2026, 2026))
    ]


def test_a_flow_with_no_year_nor_period_in_a_plan_of_several_years_is_marked() -> None:
    """ "tổng thu ngân sách 29.000 tỷ đồng" in the plan of 2016-2020 (Cà Mau) may be the last
    year's revenue or the term's total: analysts read it both ways (8 against 8 in the corpus),
    and a draft that guesses must say so. A flow with its year or period is not marked."""
    plan = "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2020 - 2025\nCác chỉ tiêu chủ yếu:\n"
    text = (
        plan + "- Tổng thu ngân sách 29.000 tỷ đồng.\n"
        "- Kim ngạch xuất khẩu trên 7 tỷ USD.\n"
        "- Thu ngân sách trên địa bàn đến năm 2025 đạt 4.000 tỷ đồng.\n"
        "- Tổng vốn đầu tư toàn xã hội giai đoạn 2021-2025 đạt 200 nghìn tỷ đồng.\n"
        "- Tỷ lệ hộ nghèo dưới 2%.\n"
    )
    draft = extract_text(text).draft
    assert [("period-total" in t.reading.review) for t in draft.targets] == [
        True,
        True,
        False,
        False,
        False,
    ]
    one_year = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2025\n- Tổng thu ngân sách 2.900 tỷ đồng.\n"
    )
    assert ["period-total" in t.reading.review for t in extract_text(one_year).draft.targets] == [
        False
    ]


def test_value_added_is_no_rise() -> None:
    """ "Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%" (Vĩnh Long, Thái
    Nguyên: every 2025-2030 resolution has it) was drafted as a change of 10,08 points: "giá
    trị tăng thêm" is value added, not a rise. A share rising by points is still a change."""
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2025 - 2030\nCác chỉ tiêu chủ yếu:\n"
        "- Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%.\n"
        "- Tỷ trọng công nghiệp chế biến, chế tạo tăng 2 điểm phần trăm.\n"
    )
    assert [(kind, figures) for kind, _, figures, _, _ in drafted(text)] == [
        ("share", (10.08,)),
        ("change", (2.0,)),
    ]


def test_a_period_from_the_plans_start_into_the_vision_is_a_vision_target() -> None:
    """Phú Yên: a target of the vision's year (2030), then a target whose period runs from the
    plan's start to 2030, widened the plan to 2016-2030 and left the vision as 2031-2030: the
    draft did not validate. A period that ends in the vision's year is a vision target (the
    plan format's vision targets run from the plan's start to the vision's end), as the
    analysts encode "tính chung cả giai đoạn 2021 - 2030" (Yên Bái): the plan keeps its
    period."""
    from plantrack.extract.draft import _cover
    from plantrack.extract.reading import Reading
    from plantrack.extract.timing import PlanTime

    def reading(year: int | None, period: tuple[int, int] | None) -> Reading:
        return Reading("level" if year else "growth", "value", ("1",), (1.0,), False, "USD",
                       year, period, "increase", "x")  # fmt: skip

    vision_target, own = reading(2030, None), reading(None, (2016, 2030))
    plan, vision, widened = _cover(PlanTime(2016, 2020), [vision_target, own], 2030)
    assert (plan.start, plan.end, vision, widened) == (2016, 2020, (2021, 2030), False)
    assert vision_target.vision and own.vision


def test_a_target_after_a_semicolon_takes_no_time_opening_the_one_before() -> None:
    """Phú Yên: "…, đến năm 2030 đạt khoảng 12.500 USD; tỷ lệ hộ nghèo giảm bình quân 2 -
    2,5%/năm" gave the poverty target the period 2016-2030. A part with no verb of its own
    still takes the time its list opens with ("Đến năm 2025 nông nghiệp chiếm 20%; công nghiệp
    35%")."""
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2015 - 2020\n"
        "Giai đoạn 2016 - 2020, phấn đấu GRDP bình quân đầu người đến năm 2020 đạt khoảng 3.700"
        " USD, đến năm 2030 đạt khoảng 12.500 USD; tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm.\n"
    )
    times = {figures: time for _, _, figures, time, _ in drafted(text)}
    assert times[(2.0, 2.5)] == (2016, 2020)
    parts = "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2020 - 2030\nĐến năm 2025 nông nghiệp chiếm 20%; công nghiệp 35%.\n"
    assert [time for _, _, _, time, _ in drafted(parts)] == [2025, 2025]


def test_a_years_results_before_its_targets_in_a_news_report() -> None:
    """Vĩnh Phúc: the page reports 2024, then "Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu …". The
    report's "Sở Kế hoạch và Đầu tư" (an office) and "vượt mục tiêu đề ra" (a result) were
    read as the plan's words, so the plan was 2024, widened to 2025, and nine results of 2024
    were drafted as targets; "…, chỉ tăng 4,1%" took the plan's year, and so did the figures of
    a paragraph whose only year is 2024 ("… chỉ số sản xuất tăng 11,43%, … . Tuy nhiên, tổng
    thu ngân sách nhà nước năm 2024 đạt …")."""
    text = (  # the page's first paragraphs as they stand (plans/sources/vinh-phuc-2025.txt)
        "Theo báo cáo của Sở Kế hoạch và Đầu tư, tăng trưởng kinh tế (GRDP) năm 2024 của tỉnh "
        "ước đạt 7,52%, vượt mục tiêu đề ra và cao hơn mức trung bình của cả nước. Quy mô GRDP "
        "đạt khoảng 173,14 nghìn tỷ đồng, tăng 10% so với năm 2023; GRDP bình quân đầu người "
        "đạt 141,3 triệu đồng/người/năm, tăng 8,7%.\n"
        "Ngành công nghiệp tỉnh Vĩnh Phúc dẫn đầu về tăng trưởng với chỉ số sản xuất tăng "
        "11,43%, trong khi ngành nông, lâm nghiệp và thủy sản được duy trì ổn định, dịch bệnh "
        "được kiểm soát tốt. Tuy nhiên, tổng thu ngân sách nhà nước năm 2024 đạt 31.486,9 tỷ, "
        "chỉ tăng 4,1%, trong đó thu nội địa chỉ tăng 1,6%, thấp hơn so với năm 2023.\n"
        "Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng kinh tế từ 8 đến 9%. Tổng thu ngân "
        "sách phấn đấu đạt 27.026 tỷ đồng, trong đó thu nội địa 22.026 tỷ đồng. Thu hút đầu tư "
        "đạt 600 triệu USD vốn FDI và 3.000 tỷ đồng vốn DDI. Tỷ lệ hộ nghèo còn khoảng 0,3%. Tỷ"
        " lệ lao động qua đào tạo phấn đấu đạt 82%.\n"
        "Thực hiện mục tiêu trên, tỉnh Vĩnh Phúc yêu cầu các cấp, các ngành tập trung thực hiện"
        " đồng bộ các nhiệm vụ trọng tâm như: Giữ vững sự ổn định và thúc đẩy các hoạt động sản"
        " xuất, kinh doanh nhất là sản xuất công nghiệp, chống thất thu ngân sách; đẩy mạnh "
        "giải ngân vốn đầu tư công làm động lực thu hút nhà đầu tư có tiềm lực tài chính, đặc "
        "biệt các dự án công nghệ “xanh”, thân thiện với môi trường, ứng dụng nền tảng số, ít "
        "phát sinh khí thải nhà kính, có giá trị gia tăng cao, có khả năng cạnh tranh, tham gia"
        " sâu, toàn diện vào mạng lưới sản xuất và chuỗi giá trị toàn cầu; rà soát điều\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2025, 2025)
    assert [t.reading.numbers for t in draft.targets if t.reading.numbers] == [
        (8.0, 9.0),
        (27026.0,),
        (22026.0,),
        (600.0,),
        (3000.0,),
        (0.3,),
        (82.0,),
    ]


def test_a_number_with_a_slash_is_a_heading_mark_and_key_programmes_are_counted_not_targets() -> (
    None
):
    """Tân Phú: headings "1/ Kinh tế" … "6/ Chương trình, công trình trọng điểm" were six
    targets of 1 to 6, and "5 chương trình trọng điểm", "4 công trình trọng điểm" two more (they
    count the lists after them)."""
    text = (
        "MỘT SỐ CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2005 - 2010\n"
        "1/ Kinh tế\n"
        "Tỷ trọng thương mại - dịch vụ chiếm 25% cơ cấu ngành kinh tế.\n"
        "2/ Văn hoá – xã hội\n"
        "Phấn đấu 90% gia đình đạt gia đình văn hoá.\n"
        "3/ Chương trình, công trình trọng điểm\n"
        "– 5 chương trình trọng điểm:\n"
        "- Chương trình xóa hộ nghèo giai đoạn 2006 – 2010.\n"
        "– 4 công trình trọng điểm :\n"
        "- Mở rộng đường Lũy Bán Bích.\n"
    )
    found = [(kind, figures) for kind, _, figures, _, _ in drafted(text) if figures]
    assert found == [("share", (25.0,)), ("level", (90.0,))]


def test_a_group_of_targets_named_before_its_aim_opens_them() -> None:
    """Hòa Hội: "Nhóm chỉ tiêu kinh tế phấn đấu đảm bảo cơ cấu … 30%, …; thu nhập bình quân
    đầu người đến năm 2030, đạt 90 triệu đồng/người/năm" named its group with no colon, and its
    five targets were counted outside the targets, unread. A title that names the year only
    ("25 chỉ tiêu phấn đấu năm 2024") opens nothing."""
    text = (
        "Đảng bộ xã X tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
        "Nhóm chỉ tiêu kinh tế phấn đấu đảm bảo cơ cấu và tỷ trọng các ngành kinh tế thương"
        " mại-dịch vụ-du lịch 30%, công nghiệp-tiểu thủ công nghiệp 10%, nông lâm-ngư nghiệp 60%;"
        " thu nhập bình quân đầu người đến năm 2030, đạt 90 triệu đồng/người/năm.\n"
        "Nhóm chỉ tiêu về văn hóa-xã hội, đến năm 2030, đạt từ 80 % trở lên các trường học công"
        " lập đạt chuẩn quốc gia.\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [
        (30.0,),
        (10.0,),
        (60.0,),
        (90.0,),
        (80.0,),
    ]
    title = "25 chỉ tiêu phấn đấu năm 2024\n20:03 11-12-2023 | :155\nCác chỉ tiêu: thu ngân sách đạt 500 tỷ đồng.\n"
    assert [figures for _, _, figures, _, _ in drafted(title)] == [(500.0,)]


def test_the_economys_sectors_respectively_however_they_are_written() -> None:
    """Lạng Sơn: "tỷ trọng các ngành nông nghiệp – công nghiệp, xây dựng, dịch vụ trong cơ cấu
    GDP tương ứng chiếm 34% - 24% - 42%": names apart by "–" and commas, "trong cơ cấu GDP"
    and "chiếm" between them and their figures. Two of six structure targets were drafted, as
    shares of the economy, and four were missed."""
    text = (
        "Mục tiêu cụ thể đến năm 2015:\n"
        "- Tỷ trọng các ngành nông nghiệp – công nghiệp, xây dựng, dịch vụ trong cơ cấu GDP"
        " tương ứng chiếm 34% - 24% - 42%.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.kind, t.reading.name, t.reading.numbers) for t in draft.targets] == [
        ("structure", "Tỷ trọng nông nghiệp", (34.0,)),
        ("structure", "Tỷ trọng công nghiệp, xây dựng", (24.0,)),
        ("structure", "Tỷ trọng dịch vụ", (42.0,)),
    ]


def test_a_later_milestones_growth_covers_the_years_after_the_one_before() -> None:
    """Lạng Sơn: "Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt trên 10% …" then "Đến
    năm 2020: tốc độ tăng trưởng kinh tế bình quân đạt trên 9% - 10%" was growth over 2011-2020:
    it is over 2016-2020, as every analyst read such milestones. A period the clause states is
    kept."""
    text = (
        "Mục tiêu cụ thể giai đoạn 2011 - 2020:\n"
        "- Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt trên 10%; tổng vốn đầu tư toàn"
        " xã hội đạt 43 - 44 nghìn tỷ đồng.\n"
        "- Đến năm 2020: tốc độ tăng trưởng kinh tế bình quân đạt trên 9% - 10%; tổng vốn đầu tư"
        " toàn xã hội đạt 64 - 66 nghìn tỷ đồng.\n"
        "- Thu ngân sách giai đoạn 2011 - 2015 tăng bình quân 15%/năm, giai đoạn 2011 - 2020 tăng"
        " bình quân 12%/năm.\n"
    )
    assert [(kind, time) for kind, _, _, time, _ in drafted(text)] == [
        ("growth", (2011, 2015)),
        ("growth", (2016, 2020)),
        ("cumulative", (2011, 2015)),
        ("cumulative", (2016, 2020)),
        ("growth", (2011, 2015)),
        ("growth", (2011, 2020)),
    ]


def test_a_separator_lost_after_a_rate_and_a_unit_glued_to_its_figure() -> None:
    """Lạng Sơn: "… bình quân đạt trên 10% GDP bình quân đầu người đạt 1.600USD" (the page lost
    the ";" between two targets, and the space before "USD"): one target was drafted, and the
    income was read as 1. A share of the economy ("chiếm 10% GDP") is not cut."""
    text = (
        "Mục tiêu cụ thể giai đoạn 2011 - 2015:\n"
        "- Tốc độ tăng trưởng kinh tế bình quân đạt trên 10% GDP bình quân đầu người đạt"
        " 1.600USD.\n"
        "- Vốn đầu tư của khu vực tư nhân chiếm 10% GDP toàn tỉnh.\n"
    )
    found = [(kind, figures) for kind, _, figures, _, _ in drafted(text)]
    assert found == [("growth", (10.0,)), ("level", (1600.0,)), ("share", (10.0,))]


def test_riêng_names_the_subject_before_in_a_part_of_the_area() -> None:
    """Phú Yên: "tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm, riêng các huyện nghèo giảm bình
    quân 3 - 4%/năm" read the second as the growth of "các huyện nghèo" (a rate of 0,03-0,04 in
    tỷ đồng): it is the poverty rate of the poor districts, a change of 3-4 points a year."""
    text = (
        "Nghị quyết nhiệm kỳ 2015 - 2020\nCác chỉ tiêu: tỷ lệ hộ nghèo giảm bình quân 2 -"
        " 2,5%/năm, riêng các huyện nghèo giảm bình quân 3 - 4%/năm.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.kind, t.reading.name, t.reading.numbers) for t in draft.targets] == [
        ("change", "tỷ lệ hộ nghèo", (2.0, 2.5)),
        ("change", "tỷ lệ hộ nghèo các huyện nghèo", (3.0, 4.0)),
    ]


def test_a_pages_telephone_number_or_address_is_no_figure() -> None:
    """Phú Yên's page ends "Hotline Báo Đầu tư Bất động sản: 0966.43.45.46
    Email:dautubatdongsan.vir@gmail.com": a target of 966 was drafted."""
    text = (
        "Kế hoạch năm 2025: tổng thu ngân sách đạt 500 tỷ đồng.\n"
        "Hotline Báo Đầu tư Bất động sản: 0966.43.45.46 Email:dautubatdongsan.vir@gmail.com\n"
        "Điện thoại: (0258) 3822 123\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [(500.0,)]


def test_levels_listed_after_a_level_are_no_figures() -> None:
    """Long An: "100% thủ tục hành chính … dịch vụ công trực tuyến mức độ 3, 4; 80% …": the
    clause was cut at the comma and "4" drafted as a target. "mức độ 3 và 4" likewise."""
    text = (
        "Mục tiêu đến năm 2025:\n"
        "- 100% thủ tục hành chính đáp ứng yêu cầu triển khai dịch vụ công trực tuyến mức độ 3,"
        " 4; 80% dịch vụ công trực tuyến mức độ 3 và 4 được tích hợp.\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [(100.0,), (80.0,)]


def test_a_day_in_a_unit_per_person_is_kept() -> None:
    """Quảng Bình: "với số lượng tối thiểu 60 lít/người/ngày" was drafted in "lít/người": a
    person's water a day is not a person's water."""
    text = (
        "Mục tiêu đến năm 2030:\n- Dân số nông thôn được sử dụng nước sạch với số lượng tối thiểu"
        " 60 lít/người/ngày.\n- Lượng nước cấp đô thị đạt 120 lít/người/ngày đêm.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.unit, t.reading.numbers) for t in draft.targets] == [
        ("lít/người/ngày", (60.0,)),
        ("lít/người/ngày", (120.0,)),
    ]


def test_a_number_of_digits_is_no_figure() -> None:
    """Đồng Nai: "Để đạt mục tiêu tăng trưởng 2 con số, tỉnh Đồng Nai huy động mọi nguồn lực
    …" was drafted as a level of 2 (double-digit growth is a growth of 10 % or more, not 2)."""
    text = (
        "Mục tiêu đến năm 2030:\n- Để đạt mục tiêu tăng trưởng 2 con số, tỉnh huy động mọi"
        " nguồn lực xã hội cho sự phát triển.\n- Thu ngân sách đạt 100.000 tỷ đồng.\n"
    )
    assert [figures for _, _, figures, _, _ in drafted(text)] == [(100000.0,)]


def test_things_completed_over_a_plan_of_several_years_are_a_total() -> None:
    """Đồng Nai: "hoàn thành 65.000 căn nhà ở xã hội trở lên" in the plan of 2026-2030 was a
    level by 2030; the houses completed over the term are its total. A share completed stays a
    level ("hoàn thành 100% chỉ tiêu giao quân")."""
    text = (
        "Nghị quyết Đại hội Đảng bộ tỉnh X nhiệm kỳ 2025 - 2030\nCác chỉ tiêu chủ yếu:\n"
        "- Hoàn thành 65.000 căn nhà ở xã hội trở lên.\n"
        "- Đến năm 2030, hoàn thành 100% chỉ tiêu giao quân.\n"
    )
    assert [(kind, figures) for kind, _, figures, _, _ in drafted(text)] == [
        ("cumulative", (65000.0,)),
        ("level", (100.0,)),
    ]


def test_the_time_a_sentence_opens_with_reaches_past_its_semicolons() -> None:
    """Yên Bái: "Định hướng đến năm 2030, tốc độ tăng … giai đoạn 2026 - 2030 đạt trên 8%; …;
    GRDP bình quân đầu người đạt trên 90 triệu đồng" gave the income the plan's year, 2025.
    An orientation in the middle of a sentence ("…, định hướng đến năm 2030 đạt trên 170 triệu
    đồng/ha; diện tích …; tỷ lệ … từ 70% trở lên") is its own clause's (Đức Linh)."""
    yen_bai = (  # plans/sources/yen-bai-2020-2025.txt as it stands
        "Trong nhiệm kỳ 2020 - 2025 tỉnh đặt ra các chỉ tiêu chủ yếu phấn đấu tốc độ tăng "
        "GRDP bình quân giai đoạn 2021 - 2025 đạt trên 7,5%; GRDP bình quân đầu người đến năm"
        " 2025 đạt trên 60 triệu đồng; thu ngân sách Nhà nước trên địa bàn đạt trên 7.000 tỷ "
        "đồng; tổng vốn đầu tư phát triển trên địa bàn đạt 100.000 tỷ đồng; tốc độ tăng năng "
        "suất lao động xã hội bình quân 6,2%/năm.\n"
        "Lĩnh vực văn hóa, xã hội, phấn đấu tuổi thọ trung bình người dân đạt 74,5 tuổi; số "
        "năm sống khỏe đạt tối thiểu 68 năm; chỉ số hạnh phúc của người dân tăng 25% so với "
        "năm 2020; tỷ lệ hộ nghèo (theo chuẩn quốc gia) giảm bình quân trên 4%/năm; trên 78% "
        "tổng số xã đạt chuẩn nông thôn mới (NTM); trong đó, 10% số xã đạt chuẩn NTM kiểu "
        "mẫu; công nhận 2 huyện đạt chuẩn NTM (huyện Văn Yên và huyện Yên Bình), thị xã Nghĩa"
        " Lộ hoàn thành xây dựng NTM.\n"
        "Định hướng đến năm 2030, tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn "
        "2026 - 2030 đạt trên 8%; tính chung cả giai đoạn 2021 - 2030 đạt gần 8%; GRDP bình "
        "quân đầu người đạt trên 90 triệu đồng; 5/7 huyện đạt chuẩn NTM.\n"
    )
    duc_linh = (  # plans/sources/duc-linh-agriculture-2025.txt, its second paragraph
        "Phấn đáu tốc độ tăng giá trị sản xuất giai đoạn 2021-2025 đạt 3,0%/năm. Cơ cấu giá "
        "trị sản xuất trong nội bộ ngành nông nghiệp trồng trọt chiếm 55%, chăn nuôi chiếm "
        "30% và dịch vụ nông nghiệp chiếm 15%. Phấn đấu giá trị sản xuất trên 1ha đất sản "
        "xuất nông nghiệp đến năm 2025 đạt 140-150 triệu đồng, định hướng đến năm 2030 đạt "
        "trên 170 triệu đồng/ha; diện tích sản xuất hữu cơ đạt khoảng 1,0-1,5% tổng diện tích"
        " đất nông nghiệp; tỷ lệ diện tích tưới chủ động trong tổng diện tích đất sản xuất "
        "nông nghiệp từ 70% trở lên. Tỷ lệ sản phẩm sử dụng phân bón hữu cơ đạt trên 15% "
        "trong tổng phân bón được sử dụng trên địa bàn; giữ ổn định tỷ lệ độ che phủ rừng 60%"
        " và nâng cao chất lượng rừng.\n"
    )
    yen_bai_times = [(figures, time) for _, _, figures, time, _ in drafted(yen_bai)]
    assert ((90.0,), 2030) in yen_bai_times
    assert ((90.0,), 2025) not in yen_bai_times
    duc_linh_times = [(figures, time) for _, _, figures, time, _ in drafted(duc_linh)]
    assert ((70.0,), 2025) in duc_linh_times


def test_a_part_belongs_to_the_clause_before_it_that_names_what_it_counts_after_its_figure() -> (
    None
):
    """Yên Bái: "tỷ lệ hộ nghèo … giảm bình quân trên 4%/năm; trên 78% tổng số xã đạt chuẩn NTM;
    trong đó, 10% số xã đạt chuẩn NTM kiểu mẫu": the part went past the communes' clause (whose
    name follows its figure) to the poverty rate, and became a fall of 10 points."""
    text = (
        "Nghị quyết nhiệm kỳ 2020 - 2025\nLĩnh vực xã hội, phấn đấu tỷ lệ hộ nghèo giảm bình quân"
        " trên 4%/năm; trên 78% tổng số xã đạt chuẩn nông thôn mới (NTM); trong đó, 10% số xã đạt"
        " chuẩn NTM kiểu mẫu.\n"
    )
    assert [(kind, figures, direction) for kind, _, figures, _, direction in drafted(text)] == [
        ("change", (4.0,), "decrease"),
        ("level", (78.0,), "increase"),
        ("level", (10.0,), "increase"),
    ]


def test_a_years_targets_are_its_plan_whatever_period_another_document_has() -> None:
    """Bạc Liêu: "Năm 2025 là năm có ý nghĩa rất quan trọng … trong thực hiện … Kế hoạch … 5 năm
    (2021 - 2025)" and "… triển khai có hiệu quả Đề án chuyển đổi số ngành Nông nghiệp giai đoạn
    2025 - 2030" made the plan 2021-2030, and its 2025 targets were due in 2030. Targets that
    name one year only, as a year, are that year's plan."""
    text = (  # plans/sources/bac-lieu-2025.txt as it stands
        "Bạc Liêu tạo sức bật mới trong năm 2025\n"
        "Năm 2025 là năm có ý nghĩa rất quan trọng đối với Bạc Liêu trong thực hiện Nghị "
        "quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Kế hoạch phát triển kinh tế - xã hội 5 năm"
        " (2021 - 2025). Đồng thời, đây cũng là năm tiến hành đại hội Đảng các cấp, tiến tới "
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n"
        "Quán triệt chủ đề điều hành của Chính phủ: “Kỷ cương trách nhiệm, chủ động kịp thời,"
        " tinh gọn hiệu quả, tăng tốc bứt phá”, Bạc Liêu sẽ tiếp tục phát huy truyền thống "
        "đoàn kết, chung sức chung lòng và không ngừng vươn cao khát vọng với mục tiêu tăng "
        "trưởng kinh tế năm 2025 đạt từ 8 - 9% so với năm 2024, GRDP bình quân đầu người đạt "
        "79 triệu đồng/người/năm và tổng vốn đầu tư toàn xã hội đạt 37.330 tỷ đồng. Đồng "
        "thời, phát huy thế mạnh trong sản xuất nông nghiệp, chế biến xuất khẩu với mục tiêu "
        "đạt sản lượng thủy sản 600.000 tấn, sản lượng lúa 1.234.000 tấn và kim ngạch xuất "
        "khẩu đạt 1.264 triệu USD.\n"
        "Để hoàn thành các mục tiêu chiến lược này, Bạc Liêu sẽ tiếp tục thực hiện cơ cấu lại"
        " ngành Nông nghiệp, trọng tâm là phát triển chuỗi giá trị ngành tôm và đẩy mạnh các "
        "hoạt động nghiên cứu, ứng dụng, chuyển giao tiến bộ khoa học - kỹ thuật vào sản "
        "xuất, nhân rộng các mô hình sản xuất có hiệu quả. Tăng cường liên kết, hợp tác theo "
        "chuỗi giá trị, gắn với bảo vệ môi trường; xây dựng và triển khai có hiệu quả Đề án "
        "chuyển đổi số ngành Nông nghiệp giai đoạn 2025 - 2030.\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2025, 2025)
    assert {t.reading.year or t.reading.period for t in draft.targets if t.reading.numbers} == {
        2025,
        (2025, 2025),
    }
