"""A fresh-eyes review of the rules `plantrack extract` gained in d4bfa6a and d394107 (round 32's
and round 33's lessons), and of two rules a little older (2b18e7c, e8141d1):

1. listed._reports_so_far / _REVIEWED: a paragraph that names no time, plans nothing and
   announces nothing goes on with the report before it; "đạt 100,2% kế hoạch" is the plan
   reviewed;
2. reading._KEEPING: a clause opening "(Hằng năm,)? (tiếp tục)? giữ vững|duy trì|có N% X" is
   named after its figure;
3. names.bracketed_unit: "Name (unit): N" gives the unit;
4. draft._cover: an aim with no figure 5+ years past the plan's end is its vision (10+ since);
5. plan_time.plan_time_of: a plan naming only its end year runs from the year it was
   published;
6. kinds._BY_A_YEAR and words.PLANTING_RE.

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each fails at d394107; where the drafts before the
rule read the wording right (e8141d1 for rules 1-4), the docstring says so: a regression. The
review found five more defects, not regressions, that are not fixed and have no test here (the
session's closing note lists them): a part "trong đó có 30% có bằng cấp" or "trong đó có 1.200
ha được cấp chứng nhận VietGAP" named without its whole, "Toàn tỉnh có 150 xã …, trong đó có 30
xã …" naming its part "Toàn tỉnh có", a plan dated by the decision it quotes, and an aim with no
figure two terms past a plan whose targets name no period."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text

REPORT = (
    "Năm 2024, huyện đã tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ phát triển kinh tế - xã "
    "hội và đạt được nhiều kết quả khích lệ, hoàn thành 18/20 chỉ tiêu.\n"
)
CHIEM_HOA = "Năm 2023, huyện Chiêm Hóa đạt được nhiều kết quả khích lệ.\n"
TO_2025 = "Mục tiêu đến năm 2025:\n"
TO_2030 = "Các chỉ tiêu chủ yếu đến năm 2030:\n"
TERM_2026 = "Chỉ tiêu giai đoạn 2026 - 2030:\n"
AIMS_2030 = (
    "Đến năm 2030, tỉnh phấn đấu có 100% xã đạt chuẩn nông thôn mới, tỷ lệ đô thị hóa đạt 45%.\n"
)


def _draft(text: str):
    return extract_text(text).draft


def _by_number(text: str) -> dict[tuple[float, ...], object]:
    return {t.reading.numbers: t.reading for t in _draft(text).targets}


def _qualitative(draft):
    return next(t.reading for t in draft.targets if t.reading.kind == "qualitative")


# --- 1. listed._reports_so_far: a paragraph after a report goes on with it -------------------


@pytest.mark.parametrize(
    "after",
    [
        "Thời gian tới, huyện tiếp tục đẩy mạnh phát triển lâm nghiệp. Mỗi năm trồng mới 500 ha "
        "rừng tập trung, nâng tỷ lệ che phủ rừng lên 63%.\n",
        "Sắp tới, huyện sẽ trồng mới 500 ha rừng tập trung, nâng tỷ lệ che phủ rừng lên 63%.\n",
        "Trong những năm tiếp theo, huyện tiếp tục duy trì tỷ lệ che phủ rừng trên 63%, trồng "
        "mới 500 ha rừng mỗi năm.\n",
        "Ông Nguyễn Văn A, Chủ tịch UBND huyện cho biết: năm tới huyện sẽ trồng mới 500 ha rừng, "
        "nâng tỷ lệ che phủ rừng lên 63%.\n",
    ],
)
def test_a_paragraph_looking_ahead_after_a_report_is_not_a_report(after: str) -> None:
    """REGRESSION. A report paragraph ("Năm 2024, huyện … đạt được nhiều kết quả khích lệ, hoàn
    thành 18/20 chỉ tiêu.") then a paragraph that looks ahead with words the plan words miss:
    "Thời gian tới, …. Mỗi năm trồng mới 500 ha rừng …" (the second sentence), "Sắp tới, huyện
    sẽ trồng mới …", "Trong những năm tiếp theo, …", a quote "… cho biết: năm tới huyện sẽ
    trồng mới …". The new rule carries the report on: the 500 ha and the 63% are unread as
    results. They should be targets, as at e8141d1."""
    found = _by_number(REPORT + after)
    assert (500.0,) in found and (63.0,) in found


@pytest.mark.parametrize(
    "after",
    [
        "Huyện xác định tập trung phát triển kinh tế lâm nghiệp, trồng mới 500 ha rừng tập "
        "trung, nâng tỷ lệ che phủ rừng lên 63%.\n",
        "Huyện đề ra nhiệm vụ trọng tâm là trồng mới 500 ha rừng tập trung và nâng tỷ lệ che phủ "
        "rừng lên 63%.\n",
    ],
)
def test_a_paragraph_setting_tasks_after_a_report_is_not_a_report(after: str) -> None:
    """REGRESSION. After the report paragraph, "Huyện xác định tập trung …, trồng mới 500 ha
    rừng …, nâng tỷ lệ che phủ rừng lên 63%." and "Huyện đề ra nhiệm vụ trọng tâm là trồng mới
    500 ha rừng …" set tasks: both figures are unread as results. They should be targets, as at
    e8141d1."""
    found = _by_number(REPORT + after)
    assert (500.0,) in found and (63.0,) in found


def test_disbursing_all_the_capital_planned_is_a_plan_s_target() -> None:
    """REGRESSION. In "Kế hoạch phát triển kinh tế - xã hội năm 2025.", after the report
    paragraph: "Giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao; thu ngân sách đạt 450
    tỷ đồng." — a plan's usual aim. _REVIEWED now takes "đạt 100% kế hoạch" for the plan
    reviewed, so the paragraph plans nothing and goes on with the report: both figures are
    unread as results. They should be targets of 2025, as at e8141d1."""
    found = _by_number(
        "Kế hoạch phát triển kinh tế - xã hội năm 2025.\n"
        + REPORT
        + "Giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao; thu ngân sách đạt 450 tỷ "
        "đồng.\n"
    )
    assert (450.0,) in found and (100.0,) in found


@pytest.mark.parametrize(
    "share", ["đạt hơn 100% kế hoạch", "đạt trên 100% kế hoạch", "đạt 112,6% mục tiêu đề ra"]
)
def test_a_share_of_the_plan_reached_with_a_bound_or_of_its_aims_is_a_result(share: str) -> None:
    """After "Năm 2023, huyện Chiêm Hóa đạt được nhiều kết quả khích lệ.", "Toàn huyện trồng
    mới 2.252 ha rừng, đạt hơn 100% kế hoạch." (or "đạt trên 100% kế hoạch", "đạt 112,6% mục
    tiêu đề ra"): the 2.252 ha is read as a target of 2023 (and "hơn 100%" as a level named
    "Toàn huyện trồng mới"), as "đạt 100,2% kế hoạch" is not. It should be a result: a bound
    word between "đạt" and the share, and "mục tiêu" for "kế hoạch", still review the plan. Not
    a regression (e8141d1 read it so too)."""
    found = _by_number(CHIEM_HOA + f"Toàn huyện trồng mới 2.252 ha rừng, {share}.\n")
    assert (2252.0,) not in found


# --- 2. reading._KEEPING: "có N% X" named after its figure -----------------------------------


@pytest.mark.parametrize(
    ("item", "number"),
    [
        ("Toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao.", 12.0),
        ("Mỗi năm có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.", 2.0),
    ],
)
def test_a_count_after_co_is_named_after_what_it_counts(item: str, number: float) -> None:
    """ "Toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao" is named "Toàn huyện có";
    "Mỗi năm có thêm 2 xã …" is "Mỗi năm có thêm". The rule names "có N X"
    after X only when "có" opens the clause. Each should be named after the communes counted
    ("Số xã đạt chuẩn nông thôn mới nâng cao"). Not a regression."""
    name = _by_number(TO_2025 + "- " + item + "\n")[(number,)].name
    assert "xã đạt chuẩn" in name and "có" not in name.split()


@pytest.mark.parametrize(
    "item",
    [
        "Hằng năm có 100% trường mầm non đạt chuẩn mức độ 1.",
        "Tiếp tục duy trì 100% xã đạt chuẩn quốc gia về y tế.",
    ],
)
def test_a_share_named_after_its_figure_keeps_the_standard_its_things_reach(item: str) -> None:
    """ "Hằng năm có 100% trường mầm non đạt chuẩn mức độ 1" is named "Tỷ lệ trường mầm non",
    "Tiếp tục duy trì 100% xã đạt chuẩn quốc gia về y tế" "Tỷ lệ xã": the name after the figure
    stops before "đạt", so it says nothing of the standard. It should be "Tỷ lệ trường mầm non
    đạt chuẩn mức độ 1", "Tỷ lệ xã đạt chuẩn quốc gia về y tế". Not a regression (e8141d1 named
    the first "Hằng năm có")."""
    name = _by_number(TERM_2026 + "- " + item + "\n")[(100.0,)].name
    assert "đạt chuẩn" in name


# --- 3. names.bracketed_unit: "Name (unit): N" ------------------------------------------------


@pytest.mark.parametrize(
    ("row", "unit"),
    [
        ("Số xã đạt chuẩn nông thôn mới nâng cao (lũy kế): 10", "xã"),
        ("Số trường đạt chuẩn quốc gia (mầm non): 12", "trường"),
        ("Số xã đạt chuẩn nông thôn mới (NTM): 15", "xã"),
        ("Số xã đạt chuẩn nông thôn mới kiểu mẫu (NTMKM): tối thiểu 5", "xã"),
        ("Số lao động được tạo việc làm mới (bình quân năm): 30.000", "lao động"),
    ],
)
def test_a_bracket_that_qualifies_the_name_is_not_its_unit(row: str, unit: str) -> None:
    """REGRESSION. A row's bracket often qualifies the name, not the unit: "Số xã đạt chuẩn nông
    thôn mới nâng cao (lũy kế): 10" is read in "lũy kế", "Số trường đạt chuẩn quốc gia (mầm
    non): 12" in "mầm non", "Số xã đạt chuẩn nông thôn mới (NTM): 15" in "NTM", "… kiểu mẫu
    (NTMKM): tối thiểu 5" in "NTMKM", "Số lao động được tạo việc làm mới (bình quân năm):
    30.000" in "bình quân năm". e8141d1 read xã, trường, xã, xã, lao động from the names
    ("Số xã …"), as it should."""
    draft = _draft(TO_2030 + "- " + row + "\n- Tỷ lệ che phủ rừng: 45%\n")
    found = [t.reading for t in draft.targets if t.reading.unit != "%"]
    assert found and found[0].unit == unit


@pytest.mark.parametrize(
    ("row", "unit"),
    [
        ("Tỷ lệ che phủ rừng (%): 45", "%"),
        ("Thu nhập bình quân đầu người (triệu đồng/người/năm): 75", "triệu đồng/người/năm"),
        ("Diện tích nhà ở bình quân (m2 sàn/người): 30", "m2 sàn/người"),
    ],
)
def test_a_unit_in_brackets_with_a_sign_a_digit_or_many_letters_is_read(
    row: str, unit: str
) -> None:
    """The table row forms the rule is for, with units it does not take: "Tỷ lệ che phủ rừng
    (%): 45" ("%" is no letter), "Thu nhập bình quân đầu người (triệu đồng/người/năm): 75" (over
    18 characters), "Diện tích nhà ở bình quân (m2 sàn/người): 30" (a digit): each is read with
    unit "?". They should be read in %, triệu đồng/người/năm (or triệu đồng/người) and m2
    sàn/người. Not a regression."""
    reading = _draft(TO_2030 + "- " + row + "\n").targets[0].reading
    assert reading.unit not in (None, "?")
    assert reading.unit.split("/")[0] == unit.split("/")[0]


# --- 4. draft._cover: an aim with no figure 5+ years past the plan is its vision -------------


def test_an_aim_in_the_year_a_title_names_is_the_plan_s_not_a_vision() -> None:
    """REGRESSION. "Nghị quyết chuyên đề về phát triển du lịch đến năm 2030." then "Mục tiêu
    năm 2025: đón 1 triệu lượt khách." and "Đến năm 2030, du lịch trở thành ngành kinh tế mũi
    nhọn của tỉnh.": the plan is read as 2025 alone and the 2030 aim as its vision (2026-2030).
    The title names the plan's end: the plan should end in 2030 and the 2030 aim be the plan's
    own (e8141d1: period (2025, 2030), the aim not a vision)."""
    draft = _draft(
        "Nghị quyết chuyên đề về phát triển du lịch đến năm 2030.\nMục tiêu năm 2025: đón 1 triệu "
        "lượt khách.\nĐến năm 2030, du lịch trở thành ngành kinh tế mũi nhọn của tỉnh.\n"
    )
    assert draft.period[1] == 2030
    assert not _qualitative(draft).vision


# --- 5. plan_time.plan_time_of: the year the text was published ------------------------------


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Cập nhật: 10:30 15/03/2024", 2024),
        ("Đăng ngày: 12/05/2025", 2025),
        ("Cập nhật lúc 08:15 ngày 12/05/2025", 2025),
        ("Ngày 05/4/2021, UBND tỉnh ban hành Kế hoạch.", 2021),
    ],
)
def test_a_page_s_date_in_other_common_forms_is_the_year_it_was_published(
    line: str, start: int
) -> None:
    """A news page's date line as many sites print it ("Cập nhật: 10:30 15/03/2024", "Đăng
    ngày: 12/05/2025", "Cập nhật lúc 08:15 ngày 12/05/2025") or a first sentence dated "Ngày
    05/4/2021, UBND tỉnh ban hành Kế hoạch.", then "Đến năm 2030, tỉnh phấn đấu có 100% xã …":
    the plan is read as 2026-2030 (five years back from its end), while "Thứ Hai, 12/05/2025
    08:15" gives 2025-2030. Each should run from the year of its first date. Not a regression
    (2b18e7c^ read 2026-2030 too)."""
    assert _draft(line + "\n" + AIMS_2030).period == (start, 2030)


# --- 6. words.PLANTING_RE: planting over a term is its total ---------------------------------


def test_planting_new_forest_worded_trong_rung_moi_is_the_term_s_total() -> None:
    """ "Kế hoạch phát triển lâm nghiệp giai đoạn 2021 - 2025." "- Trồng rừng mới đạt 3.000 ha,
    trồng cây phân tán 500.000 cây.": the 500.000 trees are the term's total (cumulative,
    2021-2025) but the 3.000 ha, worded "trồng rừng mới" (not "trồng mới … rừng"), is a level
    of 2025. It should be cumulative over 2021-2025 as well. Not a regression."""
    found = _by_number(
        "Kế hoạch phát triển lâm nghiệp giai đoạn 2021 - 2025.\n"
        + TO_2025
        + "- Trồng rừng mới đạt 3.000 ha, trồng cây phân tán 500.000 cây.\n"
    )
    assert found[(3000.0,)].kind == found[(500000.0,)].kind == "cumulative"


# === A third fresh-eyes review (session 18c) of the rules added after d394107 ================
# Each test fails at 204ff0d. "REGRESSION" marks a test that passes at d394107; "WORSE" one
# that fails there too, but where d394107 read the wording less wrongly. Two misses it found are
# not fixed and have no test here: "Đề án phát triển bền vững 1 triệu ha chuyên canh lúa …" (words
# between the programme and its size) and "… hiện đạt 42,5%" (what is now, not a target; a rule
# on "hiện nay là" dropped whole sentences that also plan, so it was taken out).

PLAN_2026 = "KẾ HOẠCH phát triển kinh tế - xã hội huyện giai đoạn 2026 - 2030\n"
GOOD_YEAR = "Năm 2025, kinh tế của huyện đạt được nhiều kết quả khích lệ.\n"


def test_a_later_lead_in_the_paragraph_dates_the_sentence_after_it_not_the_first() -> None:
    """REGRESSION (timing._sources, the first sentence's lead before its last colon). In a
    plan "… đến năm 2030": "Tỉnh đề ra mục tiêu cụ thể: Thể thao cho mọi người, giai đoạn 2024
    - 2025: Số người tập luyện … đạt 35%. Giai đoạn 2026 - 2030: Số người tập luyện … đạt 40%.
    Số gia đình thể thao đạt 30%." The last sentence follows the 2026-2030 lead, but takes
    2024-2025 from the first sentence: unread as "a target of 2025, before the period". It
    should be a target of 2030, as at d394107."""
    found = _by_number(
        "KẾ HOẠCH phát triển thể dục, thể thao tỉnh đến năm 2030\n"
        "Tỉnh đề ra mục tiêu cụ thể: Thể thao cho mọi người, giai đoạn 2024 - 2025: Số người tập "
        "luyện thể dục thể thao thường xuyên đạt 35%. Giai đoạn 2026 - 2030: Số người tập luyện "
        "thể dục thể thao thường xuyên đạt 40%. Số gia đình thể thao đạt 30%.\n"
    )
    assert (30.0,) in found and found[(30.0,)].year == 2030


def test_raising_a_share_from_what_it_is_now_is_a_target() -> None:
    """WORSE, not a regression (words.NARRATIVE_RE "hiện nay là"). "Phấn đấu đến năm 2030,
    nâng tỷ lệ che phủ rừng từ mức hiện nay là 42% lên 45%." — the first figure is what is
    now, so the whole sentence is unread as a report: the 45% target of 2030 is lost. The 45%
    should be read as the 2030 target (d394107 kept the sentence as a target, but read 42%
    with 'more-figures')."""
    found = _by_number(
        PLAN_2026
        + "Phấn đấu đến năm 2030, nâng tỷ lệ che phủ rừng từ mức hiện nay là 42% lên 45%.\n"
    )
    assert any(45.0 in numbers for numbers in found)


def test_what_is_now_then_the_aim_keeps_the_aim() -> None:
    """REGRESSION (words.NARRATIVE_RE "hiện nay là"). "Tỷ lệ hộ nghèo hiện nay là 5,2%, phấn
    đấu đến năm 2030 giảm còn dưới 2%." — both clauses are unread as a report. The 5,2% is what
    is now, but "dưới 2%" by 2030 is a target (d394107 read it, less_than 2 in 2030)."""
    found = _by_number(
        PLAN_2026 + "Tỷ lệ hộ nghèo hiện nay là 5,2%, phấn đấu đến năm 2030 giảm còn dưới 2%.\n"
    )
    assert (2.0,) in found and found[(2.0,)].comparator == "less_than"


def test_not_past_a_threshold_is_at_most() -> None:
    """WORSE, not a regression (words.BOUND_BEFORE "vượt ngưỡng/vượt mốc" = more_than). "Chỉ
    số giá tiêu dùng (CPI) bình quân không vượt ngưỡng 4%; bội chi ngân sách không vượt mốc 3%
    GRDP." and "nợ xấu không vượt ngưỡng 3%" are read more_than 4 / 3 (names "… không").
    "không vượt ngưỡng" is at_most, as "không vượt quá 4%" is read; d394107 read them 'value'
    (names "… không vượt ngưỡng"), wrong too but not the opposite bound."""
    found = _by_number(
        "KẾ HOẠCH phát triển kinh tế - xã hội tỉnh năm 2026\n"
        "Chỉ số giá tiêu dùng (CPI) bình quân không vượt ngưỡng 4%; bội chi ngân sách không vượt "
        "mốc 3% GRDP.\n"
    )
    assert found[(4.0,)].comparator == "at_most" and found[(3.0,)].comparator == "at_most"


@pytest.mark.parametrize(
    "after",
    [
        # "nhiệm vụ": "hoàn thành tốt nhiệm vụ" is a result
        "Toàn huyện trồng mới 2.252 ha rừng, có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, "
        "tỷ lệ che phủ rừng đạt trên 67%.\n",
        # "tiếp tục": the report goes on
        "Toàn huyện tiếp tục trồng mới 2.252 ha rừng, tỷ lệ che phủ rừng đạt trên 67%.\n",
        # "tới": "tăng tới 15%" is "by as much as"
        "Toàn huyện trồng mới 2.252 ha rừng, tỷ lệ che phủ rừng tăng tới 67%.\n",
        # "cần": the shortcomings to fix in a report's last sentence
        "Toàn huyện trồng mới 2.252 ha rừng, tỷ lệ che phủ rừng đạt trên 67%. Tuy nhiên vẫn còn "
        "một số hạn chế cần khắc phục.\n",
    ],
)
def test_a_report_paragraph_with_a_word_of_ahead_in_another_sense_goes_on_with_the_report(
    after: str,
) -> None:
    """REGRESSION (listed._AHEAD). After "Năm 2025, kinh tế của huyện đạt được nhiều kết quả
    khích lệ.", a paragraph reporting results that holds "nhiệm vụ" ("… hoàn thành tốt nhiệm
    vụ"), "tiếp tục", "tới" ("tăng tới 67%") or "cần" ("hạn chế cần khắc phục"): _AHEAD takes
    it for one looking ahead, and the 2.252 ha and the 67% are read as targets of 2026-2030.
    They should be unread as results, as at d394107."""
    found = _by_number(PLAN_2026 + GOOD_YEAR + after)
    assert (2252.0,) not in found and (67.0,) not in found


def test_a_share_of_the_plan_reached_below_it_is_a_result() -> None:
    """REGRESSION (listed._REVIEWED narrowed). After "Năm 2025, kinh tế của huyện đạt được
    nhiều kết quả khích lệ.": "Thu ngân sách trên địa bàn đạt 320 tỷ đồng, đạt 95% kế hoạch;
    tổng vốn đầu tư toàn xã hội đạt 2.450 tỷ đồng." — "đạt 95% kế hoạch" (short of the plan) no
    longer counts as the plan reviewed, so "kế hoạch" makes the paragraph plan: all three
    figures are read as 2026-2030 targets. They should be unread as results, as at d394107
    (and as "đạt 102% kế hoạch" still is)."""
    found = _by_number(
        PLAN_2026
        + GOOD_YEAR
        + "Thu ngân sách trên địa bàn đạt 320 tỷ đồng, đạt 95% kế hoạch; tổng vốn đầu tư toàn xã "
        "hội đạt 2.450 tỷ đồng.\n"
    )
    assert (320.0,) not in found and (95.0,) not in found and (2450.0,) not in found


def test_a_trong_do_part_naming_its_own_things_is_not_named_toan_huyen_co() -> None:
    """REGRESSION (reading._KEEPING "Toàn huyện có", not for a part). "Đến năm 2030, toàn
    huyện có trên 90% hộ dân sử dụng nước sạch, trong đó có 60% hộ dân sử dụng nước sạch theo
    quy chuẩn." — the part's 60% is named "toàn huyện có". It should be named after the things
    it counts, "Tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn", as at d394107."""
    found = _by_number(
        PLAN_2026
        + "Đến năm 2030, toàn huyện có trên 90% hộ dân sử dụng nước sạch, trong đó có 60% "
        "hộ dân sử dụng nước sạch theo quy chuẩn.\n"
    )
    name = found[(60.0,)].name
    assert "toàn huyện" not in name.lower() and "theo quy chuẩn" in name


def test_a_year_in_brackets_is_no_unit() -> None:
    """REGRESSION (names.bracketed_unit, digits now allowed). "Tuổi thọ trung bình (đến năm
    2030): 75,5" takes "đến năm 2030" for its unit, and the row is unread ("unit 'đến năm 2030'
    cannot be read"). A time in brackets is no unit: the row should be read (d394107 read it,
    unit '?', flagged)."""
    found = _by_number(PLAN_2026 + "Tuổi thọ trung bình (đến năm 2030): 75,5\n")
    assert (75.5,) in found and "2030" not in (found[(75.5,)].unit or "")


def test_a_price_basis_in_brackets_is_no_unit() -> None:
    """REGRESSION (names.bracketed_unit, up to four words). "GRDP bình quân đầu người (theo
    giá hiện hành): 95" is read in the unit "theo giá hiện hành". The bracket names the price
    basis, no unit (d394107 left the unit '?', flagged)."""
    found = _by_number(PLAN_2026 + "GRDP bình quân đầu người (theo giá hiện hành): 95\n")
    assert found[(95.0,)].unit != "theo giá hiện hành"


def test_the_date_of_a_resolution_quoted_is_not_the_plan_s() -> None:
    """REGRESSION (plan_time.plan_time_of, the first date before the first figure). "Thực hiện
    Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân,
    nông thôn, ngày 10/3/2025, UBND huyện ban hành Kế hoạch." then "Phấn đấu đến năm 2030, …
    50%." — the plan runs 2022-2030 (base 2021), dated by the resolution it carries out. It
    should run from the plan's own date, 2025 (d394107 guessed 2026-2030)."""
    draft = _draft(
        "Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông "
        "nghiệp, nông dân, nông thôn, ngày 10/3/2025, UBND huyện ban hành Kế hoạch.\n"
        "Phấn đấu đến năm 2030, tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 50%.\n"
    )
    assert draft.period[0] != 2022
