"""Rules learned in the session of rounds 80 and 81 of the held-out corpus
(benchmarks/extract/README.md). Each test failed before its rule; the guards say where the rule
must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text
from plantrack.extract.reading import Reading


def _readings(text: str) -> list[Reading]:
    return [t.reading for t in extract_text(text).draft.targets]


def _numbers(text: str) -> set[float]:
    return {n for r in _readings(text) for n in r.numbers}


PHU_HOA = (
    "UBND huyện Phú Hòa vừa tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” "
    "năm 2022, triển khai nhiệm vụ năm 2023.\n"
    "Năm nay, huyện Phú Hòa phấn đấu giữ vững tỉ lệ trên 96% gia đình văn hóa; trên 97% cơ quan, "
    "đơn vị, doanh nghiệp đạt chuẩn văn hóa.\n"
    "Năm 2022, toàn huyện Phú Hòa có 29.396 gia đình đạt danh hiệu gia đình văn hóa, tỉ lệ "
    "97,3%; 8/8 xã đạt chuẩn văn hóa nông thôn mới.\n"
    "Dịp này, UBND huyện khen thưởng 4 tập thể và 2 cá nhân có thành tích xuất sắc trong phong "
    "trào năm 2022.\n"
)


def test_a_meeting_on_one_year_s_results_and_the_next_s_aims_plans_the_next() -> None:
    """Phú Hòa 2023 (round 80): "tổng kết phong trào … năm 2022, triển khai nhiệm vụ năm 2023",
    then "Năm nay, … phấn đấu …": a plan of 2023, whose figures of 2022 are its results."""
    draft = extract_text(PHU_HOA).draft
    assert draft.period == (2023, 2023)
    assert [(r.numbers, r.year) for r in _readings(PHU_HOA)] == [((96.0,), 2023), ((97.0,), 2023)]


def test_awards_counted_are_no_targets() -> None:
    """Phú Hòa, Hưng Hà (round 80): "UBND huyện khen thưởng 4 tập thể và 2 cá nhân có thành
    tích xuất sắc", "326 đơn vị có thành tích xuất sắc trong phong trào"."""
    assert _numbers(PHU_HOA).isdisjoint({4.0, 2.0})
    text = (
        "Phấn đấu đến năm 2025 có 90% gia đình trở lên đạt danh hiệu Gia đình văn hoá.\n"
        "Nhân dịp này, 326 đơn vị có thành tích xuất sắc trong phong trào được khen thưởng.\n"
    )
    assert _numbers(text) == {90.0}


def test_a_share_awarded_that_a_plan_sets_is_still_read() -> None:
    """Guard: a district's party term targets, "Đảng viên đủ tư cách được Quận khen thưởng
    10%" (a share the plan sets)."""
    text = "Chỉ tiêu nhiệm kỳ 2020-2025:\n- Đảng viên đủ tư cách được Quận khen thưởng 10%.\n"
    assert _numbers(text) == {10.0}


def test_a_heading_of_tasks_and_targets_opens_the_targets() -> None:
    """Quảng Trị population 2015 (round 81): "2. Nhiệm vụ và chỉ tiêu cụ thể" was read as the
    heading of the tasks that follow targets, and nothing under it was read."""
    text = (
        "I. MỤC TIÊU\n"
        "1. Mục tiêu tổng quát\n"
        "Tiếp tục giảm mức sinh, nâng cao chất lượng dân số.\n"
        "2. Nhiệm vụ và chỉ tiêu cụ thể\n"
        "- Đến năm 2015: tỷ lệ sinh con thứ 3 trở lên xuống dưới 18%; phấn đấu toàn tỉnh có trên "
        "50% thôn phát động không có người sinh con thứ 3 trở lên.\n"
    )
    assert [(r.comparator, r.numbers, r.year) for r in _readings(text)] == [
        ("less_than", (18.0,), 2015),
        ("more_than", (50.0,), 2015),
    ]


def test_targets_a_meeting_passed_are_read() -> None:
    """Phú Yên culture (round 81): "các đại biểu đã thông qua mục tiêu cụ thể … trong đó phấn đấu
    có từ 90% huyện, thị xã, thành phố có nhà văn hóa" was a report ("đã thông qua")."""
    text = (
        "Tại hội nghị, các đại biểu đã thông qua mục tiêu cụ thể tiếp tục thực hiện Nghị quyết "
        "Trung ương 5 khóa VIII giai đoạn 2015-2020, trong đó phấn đấu có từ 90% huyện, thị xã, "
        "thành phố có nhà văn hóa; đến năm 2020, có 100% thôn, buôn, khu phố ở đồng bằng có nhà "
        "văn hóa.\n"
    )
    read = [(r.comparator, r.numbers) for r in _readings(text)]
    assert ("at_least", (90.0,)) in read and ("value", (100.0,)) in read
    assert 5.0 not in _numbers(text)  # "Nghị quyết Trung ương 5" names a document


def test_a_meeting_that_passed_a_number_of_resolutions_still_reports() -> None:
    """Guard: "Kỳ họp đã thông qua 5 nghị quyết" is no target."""
    text = (
        "Kỳ họp đã thông qua 5 nghị quyết quan trọng.\n"
        "Năm 2026, xã phấn đấu thu ngân sách đạt 12 tỷ đồng.\n"
    )
    assert _numbers(text) == {12.0}


def test_a_list_of_what_is_counted_before_tro_len_bounds_the_figure() -> None:
    """Hưng Hà culture 2025 (round 80): "95% thôn, tổ dân phố trở lên", "80% cơ quan, đơn vị,
    doanh nghiệp trở lên" are at least 95 % and 80 %; the comma had hidden the bound."""
    text = (
        "Phấn đấu đến năm 2025 có 95% thôn, tổ dân phố trở lên đạt danh hiệu văn hóa; 80% cơ "
        "quan, đơn vị, doanh nghiệp trở lên đạt chuẩn văn hóa.\n"
    )
    assert [(r.comparator, r.numbers) for r in _readings(text)] == [
        ("at_least", (95.0,)),
        ("at_least", (80.0,)),
    ]


def test_tro_len_of_a_grade_is_no_bound_of_the_share() -> None:
    """Guard: "15% dân số có trình độ đại học trở lên", "85% Chi bộ hoàn thành tốt nhiệm vụ trở
    lên": university or higher, a good grade or higher, not "15 % or more"."""
    text = (
        "Đến năm 2030, có 15% dân số có trình độ đại học trở lên; hằng năm có 85% Chi bộ hoàn "
        "thành tốt nhiệm vụ trở lên.\n"
    )
    assert [r.comparator for r in _readings(text)] == ["value", "value"]


def test_a_cited_document_s_horizon_is_not_the_aim_s_year() -> None:
    """Khánh Hòa exports (round 81): "… Chiến lược xuất, nhập khẩu của tỉnh Khánh Hòa đến năm
    2030, UBND tỉnh đặt mục tiêu phấn đấu đến năm 2025, kim ngạch xuất khẩu hàng hóa đạt 2 tỷ
    USD" was read for 2030."""
    text = (
        "Trong chương trình hành động thực hiện Chiến lược xuất, nhập khẩu của tỉnh Khánh Hòa đến "
        "năm 2030, UBND tỉnh đặt mục tiêu phấn đấu đến năm 2025, kim ngạch xuất khẩu hàng hóa "
        "đạt 2 tỷ USD.\n"
    )
    ((year, numbers),) = [(r.year, r.numbers) for r in _readings(text)]
    assert (year, numbers) == (2025, (2.0,))


def test_the_months_of_a_year_so_far_at_a_clause_s_end_report() -> None:
    """Khánh Hòa exports (round 81): "Tỉnh Khánh Hòa cho biết, 7 tháng năm 2023, kim ngạch …"
    drafted 7 tháng as a target."""
    text = (
        "Tỉnh Khánh Hòa cho biết, 7 tháng năm 2023, kim ngạch xuất khẩu của tỉnh đạt 872,6 triệu "
        "USD.\n"
        "UBND tỉnh đặt mục tiêu phấn đấu đến năm 2025, kim ngạch xuất khẩu hàng hóa đạt 2 tỷ USD.\n"
    )
    assert 7.0 not in _numbers(text)


# rounds 82 and 83


def test_thap_nhat_la_is_a_floor() -> None:
    """Lào Cai preschool (round 82): "tỷ lệ huy động trẻ … thấp nhất là 30% đối với trẻ nhà
    trẻ" is at least 30 %."""
    text = "Đến năm 2020, tỷ lệ huy động trẻ đến trường thấp nhất là 30% đối với trẻ nhà trẻ.\n"
    assert [(r.comparator, r.numbers) for r in _readings(text)] == [("at_least", (30.0,))]


def test_a_plan_cited_by_its_abbreviated_number_is_no_figure() -> None:
    """Hưng Yên vocational 2022 (round 82): "Nội dung chi tiết tại đây: KH 37" drafted 37."""
    text = (
        "Năm 2022, tỉnh phấn đấu tuyển sinh đào tạo nghề cho 30.000 người.\n"
        "Nội dung chi tiết tại đây: KH 37\n"
    )
    assert _numbers(text) == {30000.0}


def test_what_a_report_says_was_done_is_a_result() -> None:
    """Bắc Kạn forestry 2020 (round 83): "Theo báo cáo của UBND tỉnh, năm 2020, toàn tỉnh trồng
    được 7.235 ha rừng" was drafted as a target of 2020."""
    text = (
        "Theo báo cáo của UBND tỉnh, năm 2020, toàn tỉnh trồng được 7.235 ha rừng.\n"
        "Năm 2020, kế hoạch giao thực hiện trồng rừng với diện tích 5.900 ha.\n"
    )
    assert 7235.0 not in _numbers(text)


def test_days_per_visitor_is_a_unit() -> None:
    """Điện Biên tourism (round 82): "năm 2025 đạt 3,4 ngày/khách" was read in "ngày"."""
    text = "Thời gian lưu trú bình quân của khách quốc tế năm 2025 đạt 3,4 ngày/khách.\n"
    assert [r.unit for r in _readings(text)] == ["ngày/khách"]


def test_a_name_after_the_counted_noun_is_not_its_unit() -> None:
    """Trà Vinh rural roads (round 82): "thêm 3 huyện Cầu Kè, Càng Long, Duyên Hải đạt chuẩn
    nông thôn mới" was read in "huyện Cầu"."""
    text = "Đến năm 2025, có thêm 3 huyện Cầu Kè, Càng Long, Duyên Hải đạt chuẩn nông thôn mới.\n"
    assert [r.unit for r in _readings(text)] == ["huyện"]


# rounds 84 and 85


def test_a_district_named_by_its_number_is_no_figure() -> None:
    """Quận 11 2020-2025 (round 84): "Đại hội Đại biểu Đảng bộ Quận 11 lần thứ XI" drafted 11,
    four times over the text."""
    text = (
        "Đại hội Đại biểu Đảng bộ Quận 11 lần thứ XI, nhiệm kỳ 2020-2025 xác định mục tiêu: đến "
        "năm 2025, tỷ lệ hộ dân sử dụng nước sạch đạt 100%.\n"
    )
    assert _numbers(text) == {100.0}


def test_square_metres_written_with_a_superscript_are_a_unit() -> None:
    """Quận 11 2020-2025 (round 84): "22,5m²/người" was read as 22 in no unit."""
    text = "Đến năm 2025, diện tích nhà ở bình quân đầu người đạt 22,5m²/người.\n"
    assert [(r.numbers, r.unit) for r in _readings(text)] == [((22.5,), "m²/người")]


def test_a_village_named_by_its_number_is_no_figure() -> None:
    """Thọ Lập 2020-2025 (round 86): "trong đó thôn 1 Yên Trường hoàn thành trong năm 2021"
    drafted 1 as a target of 2021; "nông thôn 55% xã" keeps its 55 %."""
    text = (
        "Đến năm 2025, có 02 thôn trở lên đạt chuẩn nông thôn mới kiểu mẫu, trong đó thôn 1 Yên "
        "Trường hoàn thành trong năm 2021; khu vực nông thôn 55% xã đạt nông thôn mới nâng cao.\n"
    )
    assert 1.0 not in _numbers(text) and 55.0 in _numbers(text)


def test_an_election_s_votes_are_no_target() -> None:
    """Hạ Long 2020-2025 (round 88): "Ông Vũ Văn Diện tái đắc cử chức danh Bí thư Thành ủy Hạ
    Long khóa 25 với số phiếu bầu đạt 339/347" drafted 339."""
    text = (
        "Ông Vũ Văn Diện tái đắc cử chức danh Bí thư Thành ủy Hạ Long khóa 25 với số phiếu bầu "
        "đạt 339/347.\n"
        "Đến năm 2025, GRDP bình quân đầu người đạt từ 15.000 USD.\n"
    )
    assert _numbers(text) == {15000.0}


def test_a_figure_in_an_announcement_before_its_targets_is_counted() -> None:
    """Found by the first review: "HĐND huyện đã thông qua chỉ tiêu thu ngân sách năm 2024 đạt
    320 tỷ đồng, tổng vốn đầu tư toàn xã hội đạt 2.500 tỷ đồng." as a text of one line: the
    announcement took "… 320 tỷ đồng," before the targets it opens, and the figure was neither
    drafted, listed nor counted. It is still not drafted (listed in benchmarks/extract/README.md),
    but it is counted among the figures outside the targets, as the draft's header says."""
    text = (
        "HĐND huyện đã thông qua chỉ tiêu thu ngân sách năm 2024 đạt 320 tỷ đồng, tổng vốn đầu "
        "tư toàn xã hội đạt 2.500 tỷ đồng.\n"
    )
    draft = extract_text(text).draft
    assert _numbers(text) == {2500.0} and draft.outside == 1
