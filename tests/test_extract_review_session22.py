"""A fresh-eyes review of the rules `plantrack extract` gained since f73ed12: the rest of a year
named by no year ("những tháng cuối năm", "năm nay") and a document to a decade's end
(plan_time), "năm qua", "đã hoàn thành cơ bản", "Theo số liệu", a short opening before "hiện",
"so với chỉ tiêu", a year after "vào" and "giới tính khi sinh" (words), an estimate going on after
";" and the parts of a result (listed), a news lead rounding its body (repeats), roads, a
congress and a clock as no figures (figures), a review meeting's years (timing), a fall written
as a rate (kinds), what is done before ", phấn đấu" and "số hộ nghèo" after a rate (reading), and
"mục tiêu của tỉnh X phấn đấu", "đặt mục tiêu cho năm 2026 với" (names).

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each test fails at the review's HEAD (d082a68);
where the drafts before the rules (f73ed12) read the wording right, the docstring says so (a
REGRESSION)."""

from __future__ import annotations

import pytest

from plantrack.extract import extract_text


def _draft(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text).draft


def _numbers(text: str) -> list[tuple[float, ...]]:
    return [t.reading.numbers for t in _draft(text).targets]


# --- 1. plan_time: _REST_OF_THE_YEAR_RE, _start_before ------------------------------------------


@pytest.mark.parametrize("opening", ["Nhiều năm nay", "Trong 5 năm nay"])
def test_years_up_to_now_are_not_the_rest_of_this_year(opening: str) -> None:
    """REGRESSION. A congress page dated "Ngày 15/10/2025, Đảng bộ xã Tân Phú tổ chức Đại hội
    đại biểu." that goes on "Nhiều năm nay (Trong 5 năm nay), xã luôn là đơn vị dẫn đầu huyện …
    Đại hội thống nhất các chỉ tiêu chủ yếu: thu nhập bình quân đầu người đạt 95 triệu đồng; tỷ
    lệ hộ nghèo giảm bình quân 1%/năm; …": the plan is read as 2025 - 2025 (a year's), because
    `_REST_OF_THE_YEAR_RE` takes the "năm nay" of "nhiều năm nay", "5 năm nay" ("for years now",
    the years up to now) for "this year". It names no rest of a year; the congress's aims (a
    poverty rate falling 1 %/yr) run over several years, as before the rule (2025 - 2029)."""
    text = (
        "Ngày 15/10/2025, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu.\n\n"
        f"{opening}, xã luôn là đơn vị dẫn đầu huyện về phát triển nông nghiệp. "
        "Đại hội thống nhất các chỉ tiêu chủ yếu: thu nhập bình quân đầu người đạt 95 triệu đồng; "
        "tỷ lệ hộ nghèo giảm bình quân 1%/năm; 100% thôn đạt chuẩn văn hóa.\n"
    )
    start, end = _draft(text).period
    assert end > start


def test_a_congress_held_this_year_sets_a_terms_aims() -> None:
    """REGRESSION. "Ngày 20/10/2025, Đảng bộ phường An Bình tổ chức Đại hội đại biểu lần thứ VI.
    / Đại hội diễn ra trong năm nay có ý nghĩa quan trọng. Nhiệm kỳ tới, phấn đấu thu nhập bình
    quân đầu người tăng bình quân 8%/năm; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.": the plan is
    read as 2025 - 2025, the "năm nay" of `_REST_OF_THE_YEAR_RE` winning over a term ("Nhiệm kỳ
    tới", "Đại hội") and yearly averages ("bình quân …/năm"), the words `_SEVERAL_YEARS_RE` reads
    as a plan of several years. It should be a term of several years, as before the rule."""
    text = (
        "Ngày 20/10/2025, Đảng bộ phường An Bình tổ chức Đại hội đại biểu lần thứ VI.\n\n"
        "Đại hội diễn ra trong năm nay có ý nghĩa quan trọng. Nhiệm kỳ tới, phấn đấu thu nhập "
        "bình quân đầu người tăng bình quân 8%/năm; tỷ lệ hộ nghèo giảm bình quân 0,5%/năm.\n"
    )
    start, end = _draft(text).period
    assert end > start


@pytest.mark.parametrize(
    "text",
    [
        "Chiến lược phát triển nông nghiệp và nông thôn bền vững của tỉnh đến năm 2030 được xây "
        "dựng trên cơ sở quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."
        "\n\nMục tiêu đến năm 2030: tỷ lệ lao động nông nghiệp qua đào tạo đạt 70%; thu nhập của "
        "cư dân nông thôn tăng ít nhất 2,5 lần so với năm 2020.\n",
        "Đề án phát triển du lịch cộng đồng tỉnh Lào Cai đến năm 2030 đánh giá sau 5 năm thực "
        "hiện giai đoạn trước, du lịch cộng đồng có bước phát triển.\n\nMục tiêu đến năm 2030: "
        "đón 2 triệu lượt khách du lịch cộng đồng; tổng thu từ du lịch cộng đồng đạt 3.000 tỷ "
        "đồng.\n",
    ],
    ids=["cites-the-XIII-congress", "after-5-years-of-the-last-phase"],
)
def test_a_congress_cited_or_years_past_make_no_term_of_a_strategy(text: str) -> None:
    """A "Chiến lược … đến năm 2030" that cites "Nghị quyết Đại hội đại biểu toàn quốc lần thứ
    XIII của Đảng", and an "Đề án … đến năm 2030" that reviews "sau 5 năm thực hiện giai đoạn
    trước", are read as 2026 - 2030: `_A_TERM_RE` takes any "đại hội" or "5 năm" for the plan's
    own term, though one is the resolution the strategy follows and the other the years before
    it. Neither names a term of its own; as `_start_before` reads a document to a decade's end,
    each should be 2021 - 2030 (not a regression: the drafts before the rule said 2026 - 2030)."""
    assert _draft(text).period == (2021, 2030)


# --- 2. words: RESULT_RE "năm qua", "Theo số liệu"; LESS_IS_BETTER "giới tính khi sinh" -------


@pytest.mark.parametrize(
    ("target", "growth"),
    [
        ("tổng giá trị sản xuất tăng 10% so với ước thực hiện năm qua", 10.0),
        ("tổng kim ngạch xuất khẩu tăng 12% so với cùng kỳ năm qua", 12.0),
        ("tổng thu ngân sách trên địa bàn tăng 15% so với kết quả thực hiện năm qua", 15.0),
    ],
    ids=["uoc-thuc-hien", "cung-ky", "ket-qua-thuc-hien"],
)
def test_a_growth_on_the_year_past_is_a_target(target: str, growth: float) -> None:
    """REGRESSION. In "Các chỉ tiêu chủ yếu năm 2026: tổng giá trị sản xuất tăng 10% so với ước
    thực hiện năm qua; thu ngân sách … đạt 520 tỷ đồng; …" (and "… so với cùng kỳ năm qua", "…
    so với kết quả thực hiện năm qua") the growth is listed as a result: the "năm qua" of
    `RESULT_RE` spares only a base written "so với năm qua", not "so với ước thực hiện / cùng
    kỳ / kết quả thực hiện năm qua". The year past is the base the target is measured from; the
    growth should be drafted, as it was before the rule."""
    text = (
        "Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2026.\n\n"
        f"Các chỉ tiêu chủ yếu năm 2026: {target}; thu ngân sách nhà nước trên địa bàn đạt 520 "
        "tỷ đồng; tỷ lệ hộ nghèo giảm còn 2,5%.\n"
    )
    assert (growth,) in _numbers(text)


def test_the_years_past_in_an_opener_make_no_target_a_result() -> None:
    """REGRESSION. "Phát huy những kết quả đạt được trong những năm qua, năm 2026 tổng giá trị sản
    xuất trên địa bàn xã đạt 1.200 tỷ đồng; thu nhập bình quân đầu người đạt 68 triệu đồng.": the
    1.200 tỷ đồng is listed as a result, the "năm qua" of "những năm qua" (the recent years, in
    the opener every plan writes) read by `RESULT_RE` as a report of the year past. The clause
    names 2026 and is a target; it should be drafted, as before the rule."""
    text = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã Ea Kly.\n\n"
        "Phát huy những kết quả đạt được trong những năm qua, năm 2026 tổng giá trị sản xuất trên "
        "địa bàn xã đạt 1.200 tỷ đồng; thu nhập bình quân đầu người đạt 68 triệu đồng.\n"
    )
    assert (1200.0,) in _numbers(text)


def test_targets_set_on_the_year_pasts_results_are_no_results() -> None:
    """REGRESSION. "Trên cơ sở kết quả đạt được năm qua, xã xây dựng các chỉ tiêu chủ yếu năm
    2026. Trong đó, tổng giá trị sản xuất đạt 850 tỷ đồng; thu nhập bình quân đầu người đạt 72
    triệu đồng.": both targets are listed as results. `RESULT_RE`'s "năm qua" makes the sentence
    that sets the year's targets a report (it has no aim word: "xây dựng các chỉ tiêu"), and
    `parts_of_a_result` makes what follows its "Trong đó" parts of that result. Both should be
    drafted for 2026, as before the rules (with "kết quả đạt được năm 2025" they are)."""
    text = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã.\n\n"
        "Trên cơ sở kết quả đạt được năm qua, xã xây dựng các chỉ tiêu chủ yếu năm 2026. Trong "
        "đó, tổng giá trị sản xuất đạt 850 tỷ đồng; thu nhập bình quân đầu người đạt 72 triệu "
        "đồng.\n"
    )
    numbers = _numbers(text)
    assert (850.0,) in numbers
    assert (72.0,) in numbers


def test_a_forecasts_figures_are_no_statistics() -> None:
    """REGRESSION. "Theo số liệu dự báo của Sở Tài chính, năm 2026 tổng thu ngân sách nhà nước
    trên địa bàn đạt 18.500 tỷ đồng; …" in a plan for 2026: the 18.500 tỷ đồng is listed as a
    result, `RESULT_RE` now taking any "Theo số liệu" for a report of statistics. A forecast of
    the plan's year is no report; the target should be drafted for 2026, as before the rule."""
    text = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh.\n\n"
        "Theo số liệu dự báo của Sở Tài chính, năm 2026 tổng thu ngân sách nhà nước trên địa bàn "
        "đạt 18.500 tỷ đồng; tổng vốn đầu tư toàn xã hội đạt 60.000 tỷ đồng.\n"
    )
    assert (18500.0,) in _numbers(text)


@pytest.mark.parametrize(
    ("target", "share"),
    [
        ("90% cặp vợ chồng được tư vấn về hậu quả của việc lựa chọn giới tính khi sinh", 90.0),
        ("95% cơ sở y tế cam kết không lựa chọn giới tính khi sinh", 95.0),
    ],
    ids=["counselled", "committed-not-to-select"],
)
def test_a_share_reached_against_sex_selection_is_more_is_better(target: str, share: float) -> None:
    """REGRESSION. In a population plan, "Chỉ tiêu: 90% cặp vợ chồng được tư vấn về hậu quả của
    việc lựa chọn giới tính khi sinh" (and "95% cơ sở y tế cam kết không lựa chọn giới tính khi
    sinh") is drafted with direction decrease: `LESS_IS_BETTER_RE`'s new "giới tính khi sinh"
    fires on any name that holds it, not on the sex ratio at birth only ("tỷ số giới tính khi
    sinh"). More couples counselled, more facilities committed, is better: increase, as before
    the rule."""
    text = f"Kế hoạch công tác dân số năm 2026.\n\nChỉ tiêu: {target}.\n"
    found = [t.reading for t in _draft(text).targets if t.reading.numbers == (share,)]
    assert [r.direction for r in found] == ["increase"]


# --- 5. figures: masks of a congress and a road -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Kế hoạch công tác Đoàn năm 2026 của Huyện đoàn.\n\nChỉ đạo tổ chức đại hội 25 chi "
            "đoàn cơ sở; kết nạp 300 đoàn viên mới.\n",
            25.0,
        ),
        (
            "Kế hoạch công tác năm 2026 của Hội Nông dân huyện.\n\nChỉ đạo tổ chức đại hội 15 hội "
            "cơ sở; phát triển 500 hội viên mới.\n",
            15.0,
        ),
    ],
    ids=["chi-doan", "hoi-co-so"],
)
def test_congresses_of_branches_are_counted(text: str, number: float) -> None:
    """REGRESSION. "Chỉ đạo tổ chức đại hội 25 chi đoàn cơ sở" (a Youth Union's plan) and "Chỉ đạo
    tổ chức đại hội 15 hội cơ sở" (a Farmers' Union's) lose their target: the new mask of a
    congress by its number ("Đại hội 14 của Đảng") takes "đại hội 25", as it spares only "cấp",
    "đại biểu", "đảng viên", "chi bộ", "tổ chức" after it, not "chi đoàn", "hội cơ sở". The count
    of branches holding their congress should be drafted, as before the rule."""
    assert (number,) in _numbers(text)


def test_congresses_of_all_party_cells_as_a_fraction_are_counted() -> None:
    """REGRESSION. "Lãnh đạo tổ chức thành công đại hội 18/18 chi bộ trực thuộc nhiệm kỳ 2025 -
    2027; kết nạp 25 đảng viên mới." loses the congresses of 18 of 18 party cells: the mask of a
    congress by its number takes "đại hội 18" before "/18 chi bộ" (its "chi bộ" exception needs
    the word right after the number). The target should be drafted, as before the rule."""
    text = (
        "Kế hoạch công tác năm 2025 của Đảng ủy xã.\n\n"
        "Lãnh đạo tổ chức thành công đại hội 18/18 chi bộ trực thuộc nhiệm kỳ 2025 - 2027; kết "
        "nạp 25 đảng viên mới.\n"
    )
    assert any(18.0 in numbers for numbers in _numbers(text))


def test_ring_road_3_5_is_no_figure() -> None:
    """In a plan for 2026, "Đẩy nhanh tiến độ thi công đường Vành đai 3,5; phấn đấu giải ngân 95% kế
    hoạch vốn đầu tư công." drafts a target 3,5 (no unit) named "Đẩy nhanh tiến độ thi công đường
    Vành đai": the new road mask refuses a number with a decimal after "vành đai"
    (`(?!\\s*[,.]\\d)`), and Hà Nội's Ring Road 3.5 is named so. It is a road's name, no target (not
    a regression: the drafts before the rule read it so too)."""
    text = (
        "Kế hoạch đầu tư công năm 2026 của thành phố.\n\n"
        "Đẩy nhanh tiến độ thi công đường Vành đai 3,5; phấn đấu giải ngân 95% kế hoạch vốn đầu "
        "tư công.\n"
    )
    numbers = _numbers(text)
    assert (3.5,) not in numbers
    assert (95.0,) in numbers


# --- 6. timing._MEETING_RE ------------------------------------------------------------------------


def test_a_review_meeting_does_not_swallow_the_targets_year() -> None:
    """REGRESSION. A news page "Sở Nông nghiệp đặt mục tiêu xuất khẩu nông sản 1,2 tỷ USD /
    Phát biểu tại Hội nghị tổng kết năm 2025, Giám đốc Sở cho biết ngành phấn đấu trong năm 2026
    kim ngạch xuất khẩu nông sản đạt 1,2 tỷ USD.": the plan is read as 2021 - 2025 and the
    target due in 2025 (`period-total`). `_MEETING_RE` takes its optional second year ("… năm
    2025 và triển khai … năm 2024") from any "năm YYYY" within 80 characters, here the target's
    own "trong năm 2026". The target should be 2026's, as before the rule."""
    text = (
        "Sở Nông nghiệp đặt mục tiêu xuất khẩu nông sản 1,2 tỷ USD\n\n"
        "Phát biểu tại Hội nghị tổng kết năm 2025, Giám đốc Sở cho biết ngành phấn đấu trong năm "
        "2026 kim ngạch xuất khẩu nông sản đạt 1,2 tỷ USD.\n"
    )
    draft = _draft(text)
    assert [t.reading.year for t in draft.targets if t.reading.numbers == (1.2,)] == [2026]


# --- 7. kinds: a fall written as an index ---------------------------------------------------------


def test_a_range_of_an_index_under_the_year_before_is_a_fall() -> None:
    """In the plan for 2026, "Sản lượng khai thác gỗ rừng tự nhiên đạt 20.000 m3, bằng 90 - 95% so
    với năm 2025." drafts only the 20.000 m3: the index is read for one figure only
    (`words.INDEX_RE` takes one number), though `_over_the_base` now says "a range of falls, 90-95,
    is -10 to -5" and "bằng 95% so với năm 2025" is read as a growth of -5 %. The range should be
    drafted as a growth of -10 to -5 % (not a regression: it was not read before either)."""
    text = (
        "Kế hoạch năm 2026 của tỉnh.\n\n"
        "Sản lượng khai thác gỗ rừng tự nhiên đạt 20.000 m3, bằng 90 - 95% so với năm 2025.\n"
    )
    found = [t.reading for t in _draft(text).targets if t.reading.kind == "growth"]
    assert [r.numbers for r in found] == [(-10.0, -5.0)]


# --- 9. names._AIM_SET ----------------------------------------------------------------------------


def test_an_aim_set_for_a_period_names_what_follows() -> None:
    """In a news page, "Ngành thủy sản tỉnh đặt mục tiêu cho giai đoạn 2026 - 2030 với tổng sản
    lượng thủy sản đạt 400.000 tấn vào năm 2030." is named "cho với tổng sản lượng thủy sản":
    `_AIM_SET` now strips "cho năm 2026 với" but not "cho giai đoạn 2026 - 2030 với" (nor "cho giai
    đoạn"), and the period taken out of the name leaves "cho với". The name should be "tổng sản
    lượng thủy sản" (not a regression: the rule covers only a year)."""
    text = (
        "Tin tức\n\n"
        "Ngành thủy sản tỉnh đặt mục tiêu cho giai đoạn 2026 - 2030 với tổng sản lượng thủy sản "
        "đạt 400.000 tấn vào năm 2030.\n"
    )
    names = [t.reading.name for t in _draft(text).targets if t.reading.numbers == (400000.0,)]
    assert names == ["tổng sản lượng thủy sản"]
