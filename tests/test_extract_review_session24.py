"""A fresh-eyes review of the rules `plantrack extract` gained since 7921257 (session 24, rounds
80-81): a results report that prints the plan's figure beside each result (beside), awards
counted and targets a meeting passed (not_targets), a meeting on one year's results and the
next's aims (plan_time), "Nhiệm vụ và chỉ tiêu cụ thể" opening the targets (words), a list of
what is counted before "trở lên" and "Nghị quyết Trung ương 5" (figures), a cited document's
horizon and "7 tháng năm 2023" at a clause's end (timing, words).

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each test fails at the review's HEAD (e09b4d8);
where the code before the rules (7921257) read the wording right, the docstring says so (a
REGRESSION)."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text


def _draft(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text).draft


def _figures(text: str) -> set[tuple[float, ...]]:
    return {t.reading.numbers for t in _draft(text).targets}


# --- 1. beside: a results report with the plan's figure beside each result ------------------

_REVIEW_2022 = (
    "Năm 2022, tỷ lệ lao động qua đào tạo đạt 70% (KH 68%). Tỷ lệ người dân tham gia bảo hiểm "
    "y tế đạt 93% (KH 92%). Tỷ lệ hộ nghèo còn 2,1% (KH 2,5%).\n"
)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Năm 2022, tổng giá trị sản xuất ước tăng 9,2% (KH tăng 8-9%); thu ngân sách trên "
            "địa bàn đạt 312 tỷ đồng (KH 280 tỷ đồng); tỷ lệ hộ nghèo còn 2,8% (KH 3%).\n"
            "Các chỉ tiêu chủ yếu năm 2023: tốc độ tăng trưởng giá trị sản xuất 9,5%; thu ngân "
            "sách trên địa bàn 330 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,3%.\n",
            {(9.5,), (330.0,), (2.3,)},
        ),
        (
            _REVIEW_2022 + "Năm 2023, huyện đề ra mục tiêu tỷ lệ lao động qua đào tạo đạt 72%; tỷ "
            "lệ hộ nghèo giảm còn 1,8%.\n",
            {(72.0,), (1.8,)},
        ),
    ],
    ids=["chi-tieu-chu-yeu-nam-2023", "de-ra-muc-tieu"],
)
def test_next_year_s_targets_after_a_review_without_phan_dau_are_drafted(
    text: str, targets: set[tuple[float, ...]]
) -> None:
    """REGRESSION. A year-end report gives 2022's results beside its plan ("đạt 70% (KH 68%)")
    and then the next year's targets in words with no "phấn đấu" ("Các chỉ tiêu chủ yếu năm
    2023: tốc độ tăng trưởng … 9,5%; thu ngân sách … 330 tỷ đồng; …", "Năm 2023, huyện đề ra
    mục tiêu … đạt 72%; …"). The aim check knows only "phấn đấu"-like words and "mục tiêu …
    năm 2023 …", so the text is read as a results report of 2022: the 2023 targets are listed
    as results (in the first text nothing at all is drafted). They should be drafted as the
    targets of 2023, as they were before the rule."""
    assert targets <= _figures(text)


def test_next_year_s_aims_in_the_report_s_paragraph_are_not_results() -> None:
    """REGRESSION. News reports often put the next year's aims in the paragraph of the results:
    "Năm 2022, tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%), … Năm 2023, huyện phấn đấu tỷ
    lệ lao động qua đào tạo đạt 78%, tạo việc làm cho 2.200 người." The aim check only looks at
    paragraphs without a pair, so the paragraph is blanked as a report and the aims of 2023 are
    listed as results; they should be drafted (78%, 2.200 người), as they were before."""
    text = (
        "Năm 2022, tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%), tạo việc làm 2.765 người (KH "
        "2.000 người), tỷ lệ hộ nghèo còn 3,07% (KH 3,2%). Năm 2023, huyện phấn đấu tỷ lệ lao "
        "động qua đào tạo đạt 78%, tạo việc làm cho 2.200 người.\n"
    )
    assert {(78.0,), (2200.0,)} <= _figures(text)


def test_a_year_s_plan_with_last_year_s_estimate_and_plan_in_brackets_keeps_its_targets() -> None:
    """REGRESSION (the targets of 2024). A 2024 plan gives last year's estimate and plan beside each target: "Tốc độ
    tăng trưởng giá trị sản xuất 9% (ước thực hiện 2023: 8,5%/KH 2023 8%); thu ngân sách 350
    tỷ đồng (…: 330 tỷ đồng/KH 2023 300 tỷ đồng); …". The "/KH" pairs make it a results report:
    the 2024 targets (9%, 350 tỷ đồng, 2%) are listed as results and one target of 2023.0 (the
    year read as a figure) is drafted. The 2024 targets should be drafted, as they were before.
    (The stray 2023.0 of "ước thực hiện 2023:", drafted before too, is not fixed: listed in
    benchmarks/extract/README.md.)"""
    text = (
        "KẾ HOẠCH phát triển kinh tế - xã hội năm 2024\n"
        "Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng giá trị sản xuất 9% (ước thực hiện 2023: "
        "8,5%/KH 2023 8%); thu ngân sách 350 tỷ đồng (ước thực hiện 2023: 330 tỷ đồng/KH 2023 300 "
        "tỷ đồng); tỷ lệ hộ nghèo 2% (ước thực hiện 2023: 2,5%/KH 2023 3%).\n"
    )
    figures = _figures(text)
    assert {(9.0,), (350.0,), (2.0,)} <= figures


def test_a_year_s_plan_that_cites_the_resolution_s_figure_in_brackets_keeps_its_own() -> None:
    """REGRESSION. A 2024 plan sets its targets and prints the term resolution's figure beside
    each: "huyện đề ra 18 chỉ tiêu chủ yếu: tốc độ tăng trưởng giá trị sản xuất 9,5% (NQ 9%);
    thu nhập bình quân đầu người 65 triệu đồng (NQ 60 triệu đồng); …". Read as a results report:
    the resolution's 9%, 60 triệu đồng, 57% are drafted and the plan's own 9,5%, 65 triệu đồng,
    58% are neither drafted nor listed. The plan's own figures should be drafted, as before."""
    text = (
        "Năm 2024, huyện đề ra 18 chỉ tiêu chủ yếu: tốc độ tăng trưởng giá trị sản xuất 9,5% (NQ "
        "9%); thu nhập bình quân đầu người 65 triệu đồng (NQ 60 triệu đồng); tỷ lệ che phủ rừng "
        "58% (NQ 57%); tỷ lệ hộ nghèo giảm 1% (NQ giảm 1%).\n"
    )
    assert {(9.5,), (65.0,), (58.0,)} <= _figures(text)


def test_a_result_compared_with_an_older_year_does_not_make_the_report_s_year() -> None:
    """REGRESSION (the draft's period). "Năm 2022, tỷ lệ lao động qua đào tạo đạt 76,89% (KH
    74%); thu nhập bình quân đầu người đạt 55 triệu đồng, tăng 1,5 lần so với năm 2015 (KH 54
    triệu đồng); …": the one result compared with 2015 makes the year reported on 2016 (the
    compared year outvotes "Năm 2022,"): the draft's period is (2016, 2022), its base 2015. The
    report is of 2022: period (2022, 2022), as before the rule."""
    text = (
        "Năm 2022, tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%); thu nhập bình quân đầu người "
        "đạt 55 triệu đồng, tăng 1,5 lần so với năm 2015 (KH 54 triệu đồng); tỷ lệ hộ nghèo còn "
        "3,07% (KH 3,2%).\n"
    )
    draft = _draft(text)
    assert (draft.period, draft.base_year) == ((2022, 2022), 2021)


def test_so_voi_thuc_hien_nam_2021_is_not_the_year_reported_on() -> None:
    """ "Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023" then "Tổng thu ngân
    sách … đạt 520 tỷ đồng (KH 500 tỷ đồng), tăng 12% so với thực hiện năm 2021. …": the year is
    looked for in the pairs' paragraphs first, and "thực hiện … năm 2021" (the base compared
    with) is taken for a review's year: the plan's figures are drafted as targets of 2021. They
    are 2022's (the heading's; one after the base compared). Before the rule they were read as
    2023's (also wrong)."""
    text = (
        "Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023\n"
        "Tổng thu ngân sách trên địa bàn đạt 520 tỷ đồng (KH 500 tỷ đồng), tăng 12% so với thực "
        "hiện năm 2021. Tỷ lệ lao động qua đào tạo đạt 70% (KH 68%). Tỷ lệ hộ nghèo còn 2,1% (KH "
        "2,5%).\n"
    )
    draft = _draft(text)
    assert draft.period == (2022, 2022)
    assert {t.reading.year for t in draft.targets} == {2022}


@pytest.mark.parametrize(
    ("text", "plans", "results"),
    [
        (
            "Năm 2022, thu ngân sách trên địa bàn đạt 213,7 tỷ đồng (KH 200 tỷ đồng, đạt 106,8% "
            "KH). Tổng vốn đầu tư toàn xã hội đạt 1.250 tỷ đồng (KH 1.200 tỷ đồng, đạt 104%). Tỷ "
            "lệ hộ nghèo còn 2,1% (KH 2,5%). Tỷ lệ trẻ em suy dinh dưỡng 12,5% (KH 13%). Tỷ lệ che "
            "phủ rừng 55% (KH 55%).\n",
            {(200.0,), (1200.0,)},
            {(213.7,), (1250.0,)},
        ),
        (
            "Năm 2022, tỷ lệ hộ nghèo giảm còn 2,1% (KH giảm còn 2,5%). Tỷ lệ lao động qua đào "
            "tạo đạt 70% (KH 68%). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93% (KH 92%). Tỷ lệ "
            "trẻ em suy dinh dưỡng thể thấp còi 15% (KH 16%).\n",
            {(2.5,)},
            {(2.1,)},
        ),
        (
            "Năm 2022, tỷ lệ lao động qua đào tạo đạt 70% (KH 68%). Tỷ lệ người dân tham gia bảo "
            "hiểm y tế đạt 93% (KH 92%). Tỷ lệ hộ nghèo còn 2,1% (KH năm 2022: 2,5%). Tỷ lệ trẻ "
            "em suy dinh dưỡng 15% (KH 16%).\n",
            {(2.5,)},
            {(2.1,)},
        ),
        (
            "Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025, "
            "tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,1%/năm (NQ 8-9%/năm); thu nhập "
            "bình quân đầu người đạt 72 triệu đồng (NQ 70 triệu đồng); tỷ lệ che phủ rừng 58,5% "
            "(NQ 58%); tỷ lệ hộ nghèo còn 1,9% (NQ dưới 2%).\n",
            {(8.0, 9.0)},
            {(9.1,)},
        ),
    ],
    ids=["kh-then-share", "kh-giam-con", "kh-nam-2022", "nq-per-year"],
)
def test_a_plan_s_figure_in_a_common_bracket_form_is_a_target_not_a_result(
    text: str, plans: set[tuple[float, ...]], results: set[tuple[float, ...]]
) -> None:
    """In a report read as one (three other pairs or more), a plan's figure in a bracket the
    pattern does not know is blanked as a result: "(KH 200 tỷ đồng, đạt 106,8% KH)" (the plan
    then the share reached; listed twice), "(KH giảm còn 2,5%)", "(KH năm 2022: 2,5%)", "(NQ
    8-9%/năm)" (a yearly average; listed three times). Each plan's figure should be drafted as a
    target, its result not. Before the rule each was drafted, named "KH", beside its result
    (also wrong)."""
    figures = _figures(text)
    assert plans <= figures
    assert figures.isdisjoint(results)


def test_results_beside_the_plan_s_in_the_same_unit_in_money_or_visitors_are_a_report() -> None:
    """ "Tổng diện tích gieo trồng 3.189,6 ha/3.117 ha. Sản lượng lương thực 5.020 tấn/4.659
    tấn. Thu ngân sách 45,6 tỷ đồng/40 tỷ đồng. Thu hút 120.000 lượt khách/100.000 lượt
    khách.": a slash pair is known only in ha, tấn, con, người, hộ, km, lao động, so two pairs
    are found and the text is not read as a report: the results are drafted, as targets of
    2025. The plan's figures (3.117 ha, 4.659 tấn, 40 tỷ đồng, 100.000 lượt khách) should be the
    targets of 2023, the results not drafted. (The same before the rule.)"""
    text = (
        "Hội nghị tổng kết sản xuất nông nghiệp năm 2023.\n"
        "Tổng diện tích gieo trồng 3.189,6 ha/3.117 ha. Sản lượng lương thực 5.020 tấn/4.659 "
        "tấn. Thu ngân sách 45,6 tỷ đồng/40 tỷ đồng. Thu hút 120.000 lượt khách/100.000 lượt "
        "khách.\n"
    )
    figures = _figures(text)
    assert figures.isdisjoint({(3189.6,), (5020.0,), (45.6,), (120000.0,)})
    assert {(3117.0,), (4659.0,), (40.0,), (100000.0,)} <= figures


def test_a_narrative_sentence_with_de_does_not_stop_a_report_being_read() -> None:
    """A year-end report with four "(KH …)" pairs and one sentence of what was done: "Huyện đã
    huy động 12 tỷ đồng để xây dựng 5 nhà văn hóa thôn." The aim check counts "để" (and
    "nhằm") followed by a figure as an aim, so the report is not read as one: the results
    (76,89%, 2.765 người, 89%, 3,07%) are drafted as targets of 2025, beside the plan's figures
    named "KH". The results should not be drafted. (The same before the rule.)"""
    text = (
        "Hội nghị tổng kết tình hình kinh tế - xã hội năm 2022.\n"
        "Tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%), tạo việc làm 2.765 người (KH 2.000 "
        "người). Tỷ lệ gia đình văn hóa đạt 89% (KH 88%). Tỷ lệ hộ nghèo còn 3,07% (KH 3,2%).\n"
        "Huyện đã huy động 12 tỷ đồng để xây dựng 5 nhà văn hóa thôn.\n"
    )
    assert _figures(text).isdisjoint({(76.89,), (2765.0,), (89.0,), (3.07,)})


def test_a_result_is_listed_once() -> None:
    """ "Năm 2023, có thêm 2 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12/15 xã (NQ 13 xã).
    …": the result "có thêm 2 xã" is listed twice, once as the refused target ("Năm 2023, có
    thêm 2 xã đạt chuẩn nông thôn mới") and once as blanked ("có thêm 2 xã đạt chuẩn nông thôn
    mới"). It should be listed once."""
    text = (
        "Năm 2023, có thêm 2 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12/15 xã (NQ 13 xã). "
        "Tỷ lệ hộ dân dùng nước sạch đạt 85% (NQ 80%). Tỷ lệ thu gom rác thải đạt 90% (NQ 85%).\n"
    )
    listed = [u.text for u in _draft(text).unread if "có thêm 2 xã" in u.text]
    assert len(listed) == 1, listed


# --- 2. not_targets._awards: awards counted ---------------------------------------------------


def test_an_emulation_plan_s_awards_to_reach_are_targets() -> None:
    """REGRESSION. An emulation plan (kế hoạch thi đua) sets the awards to win as its targets:
    "Chỉ tiêu thi đua: Có ít nhất 03 tập thể, 05 cá nhân được Chủ tịch UBND tỉnh tặng Bằng
    khen; 10 tập thể, 20 cá nhân được Chủ tịch UBND huyện tặng Giấy khen." The clauses that
    name the award (5 and 20 cá nhân) are now narrative; they should be drafted, as before."""
    text = (
        "Kế hoạch phát động phong trào thi đua năm 2024\n"
        "Chỉ tiêu thi đua: Có ít nhất 03 tập thể, 05 cá nhân được Chủ tịch UBND tỉnh tặng Bằng "
        "khen; 10 tập thể, 20 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.\n"
    )
    assert {(5.0,), (20.0,)} <= _figures(text)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Năm 2024, tiếp tục đổi mới công tác thi đua, khen thưởng; xây dựng 20 nhà đại đoàn "
            "kết cho hộ nghèo; tạo việc làm mới cho 1.500 lao động.\n",
            {(20.0,), (1500.0,)},
        ),
        (
            "Các chỉ tiêu năm 2024: Đổi mới công tác thi đua, khen thưởng, giải quyết việc làm "
            "mới cho 1.200 lao động; tỷ lệ lao động qua đào tạo đạt 70%.\n",
            {(1200.0,)},
        ),
    ],
    ids=["semicolons", "commas"],
)
def test_khen_thuong_in_a_sentence_s_first_clause_leaves_its_other_targets(
    text: str, targets: set[tuple[float, ...]]
) -> None:
    """REGRESSION. The award check reads the first clause of the sentence too, so a plan
    sentence that starts with the emulation work ("Năm 2024, tiếp tục đổi mới công tác thi đua,
    khen thưởng; xây dựng 20 nhà đại đoàn kết …; tạo việc làm mới cho 1.500 lao động") makes
    every later target of it narrative: 20 nhà, 1.500 lao động (1.200 lao động) are listed as
    reports. They are targets, drafted before the rule."""
    assert targets <= _figures(text)


def test_awards_given_with_nham_are_not_targets() -> None:
    """ "UBND huyện đã tặng giấy khen cho 15 tập thể, 30 cá nhân có thành tích xuất sắc nhằm
    kịp thời động viên, khích lệ phong trào thi đua." "nhằm" is an aim word, so the clause of
    30 cá nhân is no award: it is drafted as a target of 2024 (15 tập thể is listed). Both are
    awards given. (The same before the rule.)"""
    text = (
        "Năm 2024, thu ngân sách trên địa bàn đạt 250 tỷ đồng. UBND huyện đã tặng giấy khen cho "
        "15 tập thể, 30 cá nhân có thành tích xuất sắc nhằm kịp thời động viên, khích lệ phong "
        "trào thi đua.\n"
    )
    assert (30.0,) not in _figures(text)


# --- 3. not_targets._PASSES_TARGETS: targets a meeting passed --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp đã thông qua mục tiêu tăng trưởng kinh tế năm 2024 đạt 9%, thu ngân sách trên "
        "địa bàn đạt 320 tỷ đồng.\n",
    ],
    ids=["muc-tieu-tang-truong"],
)
def test_a_target_a_meeting_passed_is_not_named_by_the_meeting(text: str) -> None:
    """The targets a meeting passed are now read, but named with the meeting's words: "Kỳ họp
    đã thông qua mục tiêu tăng trưởng kinh tế" (9%). The name should be the measure's ("tăng
    trưởng kinh tế"). (Before the rule they were not read.) Not fixed, listed in
    benchmarks/extract/README.md: "Tại hội nghị, các đại biểu đã thông qua mục tiêu cụ thể tiếp
    tục thực hiện Nghị quyết …, trong đó phấn đấu có từ 90% số xã …" is named by the resolution;
    "HĐND huyện đã thông qua chỉ tiêu thu ngân sách năm 2024 đạt 320 tỷ đồng, …" as a document's
    one line loses 320 tỷ đồng to its announcement."""
    names = [t.reading.name for t in _draft(text).targets]
    assert names and not any("thông qua" in name for name in names), names


# --- 4. plan_time.plan_time_of: a meeting on one year's results and the next's aims ----------


@pytest.mark.parametrize(
    "meeting",
    [
        "UBND huyện tổ chức hội nghị đánh giá kết quả thực hiện kế hoạch năm 2022 và triển khai "
        "nhiệm vụ năm 2023.",
        "UBND huyện tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022, "
        "triển khai nhiệm vụ năm 2023.",
    ],
    ids=["ke-hoach-nam-2022", "chuong-trinh-muc-tieu-quoc-gia"],
)
def test_a_meeting_on_a_plan_s_results_and_the_next_year_s_aims_plans_the_next(
    meeting: str,
) -> None:
    """The meeting of the rule's own kind, in the words such meetings are most often named
    with: "hội nghị đánh giá kết quả thực hiện kế hoạch năm 2022 và triển khai nhiệm vụ năm
    2023", "tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022, triển
    khai nhiệm vụ năm 2023". "kế hoạch … năm 2022" and "mục tiêu … năm 2022" count as a second
    year's aims, so the rule does not fire: the plan is 2022's and the result of 2022 (có thêm
    3 xã) is drafted. The plan is 2023's, the result listed. (The same before the rule.)"""
    text = (
        f"{meeting} Năm 2022, toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới. Huyện phấn đấu có "
        "thêm 2 xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ hộ nghèo giảm 1,5%.\n"
    )
    draft = _draft(text)
    assert draft.period == (2023, 2023)
    assert (3.0,) not in _figures(text)


# --- 5. words.AFTER_TARGETS_RE: an after-targets heading that names the targets --------------


def test_a_heading_that_assigns_targets_to_the_communes_still_closes_the_targets() -> None:
    """REGRESSION. "III. PHÂN CÔNG NHIỆM VỤ VÀ CHỈ TIÊU CHO CÁC XÃ" after a district's targets:
    the "names the targets too" lookahead now applies to "phân công", so the heading no longer
    closes the targets and the communes' shares ("Xã Tân Lập: thu ngân sách 25 tỷ đồng", 18 tỷ
    đồng) are drafted as the district's targets. They were not before the rule."""
    text = (
        "I. CHỈ TIÊU CHỦ YẾU NĂM 2024\n"
        "1. Tốc độ tăng trưởng kinh tế đạt 8%.\n"
        "2. Thu ngân sách đạt 320 tỷ đồng.\n"
        "III. PHÂN CÔNG NHIỆM VỤ VÀ CHỈ TIÊU CHO CÁC XÃ\n"
        "1. Xã Tân Lập: thu ngân sách 25 tỷ đồng.\n"
        "2. Xã Tân Hòa: thu ngân sách 18 tỷ đồng.\n"
    )
    figures = _figures(text)
    assert {(8.0,), (320.0,)} <= figures
    assert figures.isdisjoint({(25.0,), (18.0,)})


def test_a_review_heading_that_names_the_targets_still_closes_them() -> None:
    """REGRESSION. "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU" after the year's
    targets: the lookahead now applies to "đánh giá", so the review no longer closes the
    targets and its results (57,5%, 2.300 lao động) are drafted as targets of 2024. They were
    not before the rule."""
    text = (
        "I. CHỈ TIÊU NĂM 2024\n"
        "1. Tốc độ tăng trưởng kinh tế đạt 8%.\n"
        "2. Thu ngân sách đạt 320 tỷ đồng.\n"
        "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU\n"
        "1. Tỷ lệ che phủ rừng đạt 57,5%.\n"
        "2. Giải quyết việc làm cho 2.300 lao động.\n"
    )
    figures = _figures(text)
    assert {(8.0,), (320.0,)} <= figures
    assert figures.isdisjoint({(57.5,), (2300.0,)})


# --- 7. words.RESULT_RE: "… tháng năm 2023" at a clause's end ----------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "UBND tỉnh yêu cầu các sở, ngành phấn đấu giải ngân vốn đầu tư công đạt trên 60% kế "
            "hoạch trong 6 tháng đầu năm 2024.\n",
            (60.0,),
        ),
        (
            "Chỉ thị về nhiệm vụ thu ngân sách: Tổng thu ngân sách nhà nước đạt trên 55% dự toán "
            "trong 6 tháng đầu năm 2024.\n",
            (55.0,),
        ),
    ],
    ids=["phan-dau-giai-ngan", "chi-thi-thu-ngan-sach"],
)
def test_a_half_year_s_target_ending_its_clause_is_not_a_report(
    text: str, figure: tuple[float, ...]
) -> None:
    """REGRESSION. A directive's half-year target names its months at the clause's end:
    "phấn đấu giải ngân vốn đầu tư công đạt trên 60% kế hoạch trong 6 tháng đầu năm 2024",
    "Tổng thu ngân sách nhà nước đạt trên 55% dự toán trong 6 tháng đầu năm 2024". "6 tháng
    đầu năm 2024" at the end now reads as a report of the months so far (the aim check looks
    only after it, and the aim word is before), so the target is listed as a result. It should
    be drafted, as it was before the rule."""
    assert figure in _figures(text)
