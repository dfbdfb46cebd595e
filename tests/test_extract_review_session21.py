"""A fresh-eyes review of the rules `plantrack extract` gained since 1914458: a sentence naming
only years before the plan's reports them and a report carried paragraph to paragraph
(listed), one term's aims named in a sentence with no figure and "mục tiêu đến năm …" as the
plan's end (plan_time), "kỳ vọng|dự kiến" and a place before "phấn đấu" opening a time
(timing), glued power units, "tương đương …" restatements, bare figures, new narrative and
result words and whom a measure helps (words), new masks of figures (figures), "Điều N." items,
dateline, "sẽ", "Mục tiêu … là" and "Số lượng X" in names, and a rate's change named after its
figure (reading).

Each test is a wording real plans and news reports use where one of those rules fires where it
should not, or does not fire where it should. Each test fails at the review's HEAD (5288a05);
where the drafts before the rules (1914458) read the wording right, the docstring says so (a
REGRESSION)."""

from __future__ import annotations

from plantrack.extract import extract_text

from .extract_found import one_reading as _one


def _draft(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text).draft


def _numbers(text: str) -> list[tuple[float, ...]]:
    return [t.reading.numbers for t in _draft(text).targets]


# --- 1. listed._only_before / _carried ---------------------------------------------------------


def test_a_resolution_cited_with_its_year_does_not_make_the_targets_results() -> None:
    """REGRESSION. In a congress resolution of 2025 - 2030, "Đại hội đã thông qua các chỉ tiêu
    chủ yếu. Huyện tiếp tục thực hiện Nghị quyết số 26-NQ/TW năm 2008 về nông nghiệp, … Tốc độ
    tăng trưởng giá trị sản xuất bình quân 8,5%/năm; thu nhập bình quân đầu người đến năm 2030
    đạt 100 triệu đồng; …": the growth of 8,5 % is listed as a result, because the sentence
    citing a document of 2008 "names only years before the plan's" (`_only_before`) and so
    reports. A document's year is not a year reported. It should be drafted, a growth over
    2026 - 2030, as it was before the rule."""
    text = (
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2025 - 2030\n\n"
        "Đại hội đã thông qua các chỉ tiêu chủ yếu. Huyện tiếp tục thực hiện Nghị quyết số "
        "26-NQ/TW năm 2008 về nông nghiệp, nông dân, nông thôn. Tốc độ tăng trưởng giá trị sản "
        "xuất bình quân 8,5%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 100 triệu đồng; "
        "tỷ lệ lao động qua đào tạo đạt 75%.\n"
    )
    assert (8.5,) in _numbers(text)


def test_the_date_of_a_session_is_no_report_of_its_year() -> None:
    """REGRESSION. A news page "HĐND tỉnh thông qua 22 chỉ tiêu phát triển kinh tế - xã hội năm
    2026" whose first paragraph dates the session "Ngày 18 tháng 12 năm 2025, HĐND tỉnh khóa
    XVII tổ chức kỳ họp thứ 35, …" and whose next lists the targets with no time ("Tốc độ tăng
    trưởng GRDP đạt 10%; thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ hộ nghèo giảm
    1%."): all three are listed as results, the date's year "naming only years before the
    plan's" (`_only_before`) and the targets' paragraph taking it as a report (`_carried`). A
    date is no report. The three should be drafted for 2026, as before the rules."""
    text = (
        "HĐND tỉnh thông qua 22 chỉ tiêu phát triển kinh tế - xã hội năm 2026\n\n"
        "Ngày 18 tháng 12 năm 2025, HĐND tỉnh khóa XVII tổ chức kỳ họp thứ 35, kỳ họp thường lệ "
        "cuối năm.\n\n"
        "Tốc độ tăng trưởng GRDP đạt 10%; thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ "
        "hộ nghèo giảm 1%.\n"
    )
    assert sorted(_numbers(text)) == [(1.0,), (10.0,), (120.0,)]


def test_a_report_is_not_carried_past_the_paragraph_that_adopts_the_targets() -> None:
    """REGRESSION. "Năm 2025, kinh tế của tỉnh tăng trưởng 8,2%, vượt kế hoạch đề ra." then
    "Kỳ họp đã biểu quyết thông qua Nghị quyết về các chỉ tiêu chủ yếu với tỷ lệ tán thành
    cao." then "Tốc độ tăng trưởng GRDP đạt 10%; thu nhập bình quân đầu người đạt 120 triệu
    đồng; tỷ lệ hộ nghèo giảm 1%." under the headline of the 2026 targets: the chained
    `_carried` takes the report of 2025 two paragraphs up, through the paragraph that says the
    targets were adopted, and lists the three as results. The paragraph that adopts the targets
    ends the report; before the chain (one paragraph back only) the three were drafted for
    2026."""
    text = (
        "HĐND tỉnh thông qua 22 chỉ tiêu phát triển kinh tế - xã hội năm 2026\n\n"
        "Năm 2025, kinh tế của tỉnh tăng trưởng 8,2%, vượt kế hoạch đề ra.\n\n"
        "Kỳ họp đã biểu quyết thông qua Nghị quyết về các chỉ tiêu chủ yếu với tỷ lệ tán thành "
        "cao.\n\n"
        "Tốc độ tăng trưởng GRDP đạt 10%; thu nhập bình quân đầu người đạt 120 triệu đồng; tỷ lệ "
        "hộ nghèo giảm 1%.\n"
    )
    assert sorted(_numbers(text)) == [(1.0,), (10.0,), (120.0,)]


# --- 2. plan_time: _AIMS_OF_A_PERIOD_RE --------------------------------------------------------


def test_a_next_period_prepared_is_not_the_plan_of_earlier_targets() -> None:
    """REGRESSION. A district's news: "Năm 2023, huyện phấn đấu tổng giá trị sản xuất tăng 9%;
    thu nhập bình quân đầu người đạt 55 triệu đồng." / "Đến năm 2025, tỷ lệ che phủ rừng đạt
    60%; 100% xã đạt chuẩn nông thôn mới." / "Huyện cũng chủ động xây dựng phương hướng, mục
    tiêu cho giai đoạn 2026 - 2030.": the last sentence (no figure) makes 2026 - 2030 the stated
    plan (every target's end is within its end, none need be within its start), and the income
    of 2023, the forest cover and the communes of 2025 are listed as "before the period
    2026-2030 the plan states". A period the targets all fall before is not theirs; the four
    should stay drafted, as before the rule."""
    text = (
        "Năm 2023, huyện phấn đấu tổng giá trị sản xuất tăng 9%; thu nhập bình quân đầu người "
        "đạt 55 triệu đồng.\n\n"
        "Đến năm 2025, tỷ lệ che phủ rừng đạt 60%; 100% xã đạt chuẩn nông thôn mới.\n\n"
        "Huyện cũng chủ động xây dựng phương hướng, mục tiêu cho giai đoạn 2026 - 2030.\n"
    )
    draft = _draft(text)
    assert draft.period != (2026, 2030)
    assert {(55.0,), (60.0,), (100.0,)} <= set(_numbers(text))


# --- 3. timing._OPENING_TIME: the opening words stay in the name ------------------------------


def test_du_kien_before_the_time_is_no_part_of_the_name() -> None:
    """ "Dự kiến đến năm 2030, sản lượng lúa của tỉnh đạt 1,2 triệu tấn; …": the time is now
    read (2030), but the name is "Dự kiến , sản lượng lúa của tỉnh" (names.OPENER knows no
    "dự kiến"/"kỳ vọng" before a time; so "… và kỳ vọng đến năm 2030, Quảng Ninh sẽ đón trên 26
    triệu lượt khách" is named "kỳ vọng , Quảng Ninh sẽ đón", and "dự kiến năm 2026, thu ngân
    sách đạt …" "dự kiến , thu ngân sách"). It should be "sản lượng lúa của tỉnh"."""
    text = (
        "Dự kiến đến năm 2030, sản lượng lúa của tỉnh đạt 1,2 triệu tấn; diện tích cây ăn quả "
        "đạt 35.000 ha."
    )
    assert _one(text, (1.2,))[1] == "sản lượng lúa của tỉnh"


def test_theo_muc_tieu_nghi_quyet_and_the_place_are_no_part_of_the_name() -> None:
    """ "Theo mục tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, huyện phấn đấu đến năm 2025,
    sản lượng lương thực đạt 45.000 tấn; …": the time opens (2025), but the name is "Theo mục
    tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, huyện phấn đấu , sản lượng lương thực"
    (likewise "Thành phố phấn đấu đến năm 2030, tổng sản phẩm …" is named "Thành phố phấn đấu ,
    tổng sản phẩm …"). The words `_OPENING_TIME` now takes as the opening are not stripped from
    the name; it should be "sản lượng lương thực"."""
    text = (
        "Theo mục tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, huyện phấn đấu đến năm 2025, "
        "sản lượng lương thực đạt 45.000 tấn; tỷ lệ hộ nghèo còn dưới 3%."
    )
    assert _one(text, (45000.0,))[1] == "sản lượng lương thực"


# --- 4. words: NARRATIVE_RE "Hiện …", "trên cơ sở sáp nhập", RESULT_RE, less_is_better ---------


def test_hien_nay_before_the_level_does_not_drop_the_aim_after_it() -> None:
    """REGRESSION. "Hiện nay, tỷ lệ hộ nghèo của xã là 3,5%, phấn đấu đến năm 2026 giảm còn
    2%." (and "Hiện nay, toàn huyện có 12/15 xã đạt chuẩn nông thôn mới, phấn đấu đến năm 2026
    có 100% xã đạt chuẩn.", "- Hiện nay, tỷ lệ che phủ rừng là 60%, năm 2026 nâng lên 62%.",
    "Hiện toàn huyện có 15 trường đạt chuẩn quốc gia, đến năm 2030 nâng lên 25 trường."): the
    new "Hiện …" narrative matches the words before the first figure of the sentence, and
    `is_narrative` then lists every clause of the sentence as a report, the aim of 2026 with
    them. The level now is a report (rightly listed); the 2 % of 2026 is the target and should
    be drafted, as it was before the rule (the old drafts drafted the 3,5 % of now too, so
    they fail the second assertion only)."""
    text = "Hiện nay, tỷ lệ hộ nghèo của xã là 3,5%, phấn đấu đến năm 2026 giảm còn 2%."
    assert (2.0,) in _numbers(text)
    assert (3.5,) not in _numbers(text)


def test_hien_dai_hoa_is_no_hien_nay() -> None:
    """REGRESSION. Under "Mục tiêu đến năm 2030:", "- Hiện đại hóa hệ thống thủy lợi, bảo đảm
    tưới tiêu chủ động cho 95% diện tích đất lúa." is listed as "a report of what was done or
    what is": the "Hiện …" narrative takes the verb "hiện đại hóa" (to modernise) for "hiện"
    (now); "Hiện thực hóa …" is the same word trap. It should be drafted (95 %, 2030), as it was
    before the rule."""
    text = (
        "Mục tiêu đến năm 2030:\n"
        "- Hiện đại hóa hệ thống thủy lợi, bảo đảm tưới tiêu chủ động cho 95% diện tích đất lúa.\n"
    )
    assert _numbers(text) == [(95.0,)]


def test_tren_co_so_sap_nhap_in_a_plan_is_no_narrative() -> None:
    """REGRESSION. "Năm 2026, trên cơ sở sáp nhập các trường, huyện giảm 12 điểm trường lẻ; 100%
    trường học có đủ phòng học kiên cố.": both are listed as "a report of what was done or what
    is" because "trên cơ sở sáp nhập" was added to NARRATIVE_RE for a place described ("Hội Sơn
    được thành lập trên cơ sở sáp nhập 2 xã …, với diện tích …"), and it matches anywhere before
    the figure. A plan's measure "on the basis of merging" is no description; both should be
    drafted for 2026, as before the rule."""
    text = (
        "Năm 2026, trên cơ sở sáp nhập các trường, huyện giảm 12 điểm trường lẻ; 100% trường học "
        "có đủ phòng học kiên cố."
    )
    assert sorted(_numbers(text)) == [(12.0,), (100.0,)]


def test_thuc_hien_thang_loi_reported_does_not_drop_the_next_years_targets() -> None:
    """REGRESSION. "Các ban ngành đã tổ chức triển khai và thực hiện thắng lợi các chỉ tiêu năm
    2025; Hội nghị thống nhất các chỉ tiêu năm 2026: tổng giá trị sản xuất tăng 10%; thu nhập
    bình quân đầu người đạt 75 triệu đồng.": both targets of 2026 are listed as "a report of what
    was done or what is" since RESULT_RE learnt "đã … thực hiện thắng lợi" (without "thắng lợi",
    "… đã tổ chức triển khai và thực hiện các chỉ tiêu năm 2025; …", both are drafted). The
    report is the clause before the semicolon; the targets announced after it should be
    drafted, as before the rule."""
    text = (
        "Các ban ngành đã tổ chức triển khai và thực hiện thắng lợi các chỉ tiêu năm 2025; Hội "
        "nghị thống nhất các chỉ tiêu năm 2026: tổng giá trị sản xuất tăng 10%; thu nhập bình "
        "quân đầu người đạt 75 triệu đồng."
    )
    assert sorted(_numbers(text)) == [(10.0,), (75.0,)]


def test_the_share_of_people_in_poor_households_is_less_is_better() -> None:
    """REGRESSION. "- Tỷ lệ nhân khẩu thuộc hộ nghèo năm 2030 là 0,5%." (and "Tỷ lệ dân số
    thuộc hộ nghèo năm 2030 là 0,5%") under "Mục tiêu đến năm 2030:" has direction "increase":
    `less_is_better` now strips "thuộc hộ nghèo" as whom a measure helps, but here it is what
    the rate counts (the poor). Whom a measure helps is "trẻ em thuộc hộ nghèo đi học", not a
    share of the population in poverty. Direction should be "decrease", as before the rule."""
    text = "Mục tiêu đến năm 2030:\n- Tỷ lệ nhân khẩu thuộc hộ nghèo năm 2030 là 0,5%.\n"
    (target,) = _draft(text).targets
    assert target.reading.direction == "decrease"


def test_tuong_ung_voi_muc_tang_is_a_restatement() -> None:
    """ "Đến năm 2030, tỷ lệ che phủ rừng đạt 45%; tương ứng với mức tăng 2% so với năm 2025."
    drafts a `growth` target of 2 % over 2026 - 2030 named "tương ứng với mức": EQUIVALENT_RE
    wants a number right after "tương đương|tương ứng (với)", so "tương ứng với mức tăng 2%"
    is not taken for the restatement it is (of the 45 %, in points over the base year). It should
    be listed, not drafted."""
    text = "Đến năm 2030, tỷ lệ che phủ rừng đạt 45%; tương ứng với mức tăng 2% so với năm 2025."
    assert _numbers(text) == [(45.0,)]


# --- 5. figures: "xuân … 2025" masked ----------------------------------------------------------


def test_the_dong_xuan_season_keeps_its_area() -> None:
    """REGRESSION. Under "Năm 2026, huyện phấn đấu:", "- Vụ Đông Xuân 2025 - 2026 gieo cấy 5.000
    ha lúa." drafts a target of 2026 (the season's second year) named "Vụ Đông Xuân 2025" with
    unit "gieo cấy", and the 5.000 ha is lost: the mask for a new year greeted ("xuân mới
    2023") also takes "Xuân 2025" of the winter-spring season, leaving "- 2026" a bare figure.
    "Xuân" alone is a season ("vụ Xuân 2026"), not a greeting. It should read 5.000 ha lúa, as
    before the rule."""
    text = "Năm 2026, huyện phấn đấu:\n- Vụ Đông Xuân 2025 - 2026 gieo cấy 5.000 ha lúa.\n"
    assert _numbers(text) == [(5000.0,)]


# --- 7. names: OPENER "Mục tiêu … là", noun_unit "Số lượng X" ----------------------------------


def test_muc_tieu_dat_ra_la_den_nam_opens_the_name_too() -> None:
    """ "Mục tiêu đặt ra là đến năm 2030, tỷ lệ đô thị hóa của tỉnh đạt 45%." is named "Mục tiêu
    đặt ra" (and "Mục tiêu của đề án là phấn đấu đến năm 2030, tỷ lệ đô thị hóa …" "Mục tiêu của
    đề án"): the new OPENER knows only "Mục tiêu (của quy hoạch|kế hoạch|…) là đến …". It should
    be "tỷ lệ đô thị hóa của tỉnh", as "Mục tiêu của quy hoạch là đến năm 2030, …" now is."""
    text = "Mục tiêu đặt ra là đến năm 2030, tỷ lệ đô thị hóa của tỉnh đạt 45%."
    assert _one(text, (45.0,))[1] == "tỷ lệ đô thị hóa của tỉnh"


def test_so_luong_hop_tac_xa_counts_hop_tac_xa() -> None:
    """ "Đến năm 2030, số lượng hợp tác xã đạt 200; …" has unit "hợp tác": `noun_unit` now reads
    "Số lượng X" but keeps two words of X, cutting "hợp tác xã" (a cooperative; "hợp tác" is
    "cooperation"). The unit should be "hợp tác xã" (before the rule it was "lượng hợp")."""
    text = "Đến năm 2030, số lượng hợp tác xã đạt 200; số lượng doanh nghiệp đạt 3.000."
    assert _one(text, (200.0,))[2] == "hợp tác xã"


# --- 8. reading: a rate's change named after its figure ----------------------------------------


def test_a_range_of_a_rates_fall_named_after_it() -> None:
    """ "Năm 2026, thu nhập bình quân đầu người đạt 70 triệu đồng; giảm từ 1 - 1,5% tỷ lệ hộ
    nghèo." drafts a `growth` of 1 - 1,5 % named "thu nhập bình quân đầu người" with a
    "negative-growth" note: the new `rate_after` wants only "giảm|tăng (thêm)" before the
    figure, not "giảm từ" before a range (nor "giảm bình quân"). It should read as "giảm 1,5% tỷ
    lệ hộ nghèo" does: a `change` of the rate "Tỷ lệ hộ nghèo"."""
    text = (
        "Năm 2026, thu nhập bình quân đầu người đạt 70 triệu đồng; giảm từ 1 - 1,5% tỷ lệ hộ nghèo."
    )
    found = _one(text, (1.0, 1.5))
    assert found[1].lower() == "tỷ lệ hộ nghèo"
    assert found[3] == "change"
