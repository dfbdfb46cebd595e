"""Rules learned in the session of rounds 68 and 69 of the held-out corpus, and from rounds 66
and 67, whose lessons had not been taken (benchmarks/extract/README.md). Each test failed before
its rule; the guards say where the rule must not reach."""

from __future__ import annotations

from plantrack.extract import extract_text
from plantrack.extract.reading import Reading

from .extract_found import drafted


def _readings(text: str) -> list[Reading]:
    return [t.reading for t in extract_text(text).draft.targets]


_NGU_HIEP = (
    "Xã Ngũ Hiệp: Tổ chức Kỳ họp thứ 13\n"
    "19/07/2009\n"
    "HĐND xã đã tổ chức Kỳ họp thứ 13. Trên cơ sở xem xét báo cáo, các ĐB thống nhất đánh giá, 6 "
    "tháng đầu năm mặc dù có nhiều khó khăn nhưng xã đã hoàn thành cơ bản các chỉ tiêu phát triển: "
    "tổng giá trị sản xuất ước đạt 53%, tăng 23,7%; TM-DV đạt 52%, tăng 15,6%. Trên cơ sở thảo "
    "luận, HĐND đã thống nhất nhiệm vụ trọng tâm phát triển KT-XH những tháng cuối năm với các "
    "chỉ tiêu: tăng trưởng kinh tế đạt 17%; nâng mức thu nhập 10.000.000 đồng/người/năm; 90% gia "
    "đình đạt danh hiệu gia đình văn hóa.\n"
)


def test_the_rest_of_the_year_a_page_is_dated_is_that_years_plan() -> None:
    """Ngũ Hiệp 2009 (round 67): a council's targets for "những tháng cuối năm" on a page of
    19/07/2009, no year named in the text, were read as a plan of 2009-2013 (five years from the
    page's date) and dated 2013."""
    draft = extract_text(_NGU_HIEP).draft
    assert (draft.period, draft.base_year) == ((2009, 2009), 2008)
    assert {r.year or (r.period or (0, 0))[1] for r in _readings(_NGU_HIEP)} == {2009}


def test_a_text_dated_with_no_year_named_and_no_rest_of_the_year_is_still_several_years() -> None:
    """The guard: a page's date alone does not make a one-year plan."""
    text = _NGU_HIEP.replace("những tháng cuối năm", "nhiệm kỳ tới")
    assert extract_text(text).draft.period != (2009, 2009)


def test_the_targets_basically_completed_are_a_report() -> None:
    """Ngũ Hiệp 2009: "xã đã hoàn thành cơ bản các chỉ tiêu phát triển: tổng giá trị sản xuất
    ước đạt 53%, tăng 23,7%; …" are the first half's results; they were drafted as targets."""
    values = [r.numbers for r in _readings(_NGU_HIEP)]
    assert (53.0,) not in values and (23.7,) not in values and (52.0,) not in values
    assert (17.0,) in values and (10_000_000.0,) in values and (90.0,) in values


_CA_MAU = (
    "Ngày 5/1, Đảng ủy, UBND tỉnh Cà Mau tổ chức tổng kết công tác năm 2025 và triển khai nhiệm "
    "vụ năm 2026.\n"
    "Báo cáo của UBND tỉnh Cà Mau cho thấy, tốc độ tăng trưởng kinh tế năm qua ước đạt 8%; GRDP "
    "bình quân đầu người khoảng 80 triệu đồng; tổng thu ngân sách nhà nước ước đạt 11.580 tỷ "
    "đồng, tăng 9,5%.\n"
    "Một số ngành mũi nhọn của tỉnh đều tăng như: Thủy sản đạt hơn 1,2 triệu tấn (tăng 5,6%), du "
    "lịch khoảng 8,1 triệu lượt khách (tăng 11,8%);…\n"
    "Trong năm 2026, mục tiêu của tỉnh Cà Mau phấn đấu tăng trưởng kinh tế 10%; GRDP bình quân "
    "đầu người khoảng 91 triệu đồng; tổng thu ngân sách hơn 11.400 tỷ đồng.\n"
)


def test_the_year_just_past_is_reported() -> None:
    """Cà Mau 2026 (round 66): "tốc độ tăng trưởng kinh tế năm qua ước đạt 8%; …" and the
    paragraph after it are 2025's results; all ten figures were drafted as 2026's targets."""
    assert drafted(_CA_MAU) == [
        ("growth", "value", (10.0,), (2026, 2026), "increase"),
        ("level", "about", (91.0,), 2026, "increase"),
        ("level", "more_than", (11400.0,), 2026, "increase"),
    ]


def test_a_growth_aimed_at_over_the_year_past_is_not_a_report() -> None:
    """The guard: "so với năm qua" compares an aim with the year past."""
    text = (
        "Kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh.\n"
        "Phấn đấu tổng thu ngân sách tăng 10% so với năm qua.\n"
    )
    assert [r.numbers for r in _readings(text)] == [(10.0,)]


def test_a_place_that_aims_is_not_the_name_after_mục_tiêu_của() -> None:
    """Cà Mau 2026: "Trong năm 2026, mục tiêu của tỉnh Cà Mau phấn đấu tăng trưởng kinh tế 10%"
    was named "mục tiêu của tỉnh Cà Mau phấn đấu tăng trưởng kinh tế"."""
    assert next(r.name for r in _readings(_CA_MAU)) == "tăng trưởng kinh tế"


_CAN_THO = (
    "Năm 2025, tăng trưởng GRDP của thành phố Cần Thơ ước đạt 7,23%, địa phương này quyết tâm "
    "đạt mục tiêu tăng GRDP năm 2026 trên 10%.\n"
    "Theo Sở Tài chính TP. Cần Thơ, trong năm 2025, tăng trưởng GRDP ước đạt 7,23%; trong đó, khu "
    "vực nông - lâm nghiệp và thủy sản ước tăng 3,79%; khu vực công nghiệp - xây dựng ước tăng "
    "8,01%.\n"
)


def test_estimates_after_a_past_years_estimate_are_that_years() -> None:
    """Cần Thơ 2026 (round 66): the sectors' estimates after "trong năm 2025, tăng trưởng GRDP
    ước đạt 7,23%;" were drafted as 2026's growth targets."""
    assert [r.numbers for r in _readings(_CAN_THO)] == [(10.0,)]


def test_a_target_after_a_past_years_estimate_is_kept() -> None:
    """The guard: a clause with no estimate after a past year's is not made that year's."""
    text = _CAN_THO.replace(
        "khu vực công nghiệp - xây dựng ước tăng 8,01%",
        "phấn đấu khu vực công nghiệp - xây dựng tăng 9%",
    )
    assert (9.0,) in [r.numbers for r in _readings(text)]
