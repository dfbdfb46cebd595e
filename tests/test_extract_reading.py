"""How `plantrack extract` reads one sentence of a plan: kind, bound, figures, unit, time and
direction, on sentences of real plans (plans/sources/) and the forms docs/extract.md lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.extract import extract_text
from plantrack.extract.draft import build_draft
from plantrack.extract.plan_facts import decimal_of, slug
from plantrack.extract.timing import times


def _targets(text: str) -> list[tuple[str, str, tuple[float, ...], str | None, object, str | None]]:
    draft = build_draft([_Block(line) for line in text.splitlines() if line.strip()])
    out = []
    for indicator in draft.indicators:
        for target in indicator.targets:
            r = target.reading
            when = r.year if r.year is not None else r.period
            out.append((r.kind, r.comparator, r.numbers, indicator.unit, when, r.direction))
    return out


class _Block:
    def __init__(self, text: str) -> None:
        self.text = text


PLAN = "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # growth over the period, "about", the rate in % a year
        (
            "Tốc độ tăng trưởng giá trị sản xuất bình quân đạt khoảng 12,96%/năm.",
            ("growth", "about", (12.96,), "tỷ đồng", (2021, 2025), "increase"),
        ),
        # a level by a year, the thousands dot of Vietnamese numbers
        (
            "Thu nhập bình quân/người năm 2025 đạt khoảng 6.794 USD.",
            ("level", "about", (6794.0,), "USD/người", 2025, "increase"),
        ),
        # "từ ... trở lên" is at least
        (
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt từ 93,7% trở lên.",
            ("level", "at_least", (93.7,), "%", 2025, "increase"),
        ),
        # "trên" is more than; a total over a named period
        (
            "Tổng vốn đầu tư toàn xã hội giai đoạn 2021-2025 đạt trên 75 nghìn tỷ đồng.",
            ("cumulative", "more_than", (75.0,), "nghìn tỷ đồng", (2021, 2025), "increase"),
        ),
        # "dưới" is less than, and less is better
        (
            "Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%.",
            ("level", "less_than", (4.0,), "%", 2025, "decrease"),
        ),
        # a range written with a dash, per 10,000 people
        (
            "Có 11-13 bác sĩ/1 vạn dân.",
            ("level", "range", (11.0, 13.0), "bác sĩ/vạn dân", 2025, "increase"),
        ),
        # every year
        (
            "Hằng năm tạo việc làm mới cho khoảng 3.000 lao động.",
            ("annual", "about", (3000.0,), "lao động", (2021, 2025), "increase"),
        ),
        # the mean of the years
        (
            "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn.",
            ("average", "value", (25000.0,), "tấn", (2021, 2025), "increase"),
        ),
        # a change of a rate in points, a decrease
        (
            "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
            ("change", "value", (1.5,), "%", (2021, 2025), "decrease"),
        ),
        # "không còn" is none left
        (
            "Đến năm 2025 không còn hộ nghèo.",
            ("level", "value", (0.0,), "hộ", 2025, "decrease"),
        ),
        # "tăng thêm" a count over a term is the term's total of new ones (a `change` is per
        # year: 7 a year would be five times the plan); in a year's plan it is the year's change
        (
            "Số xã đạt chuẩn nông thôn mới tăng thêm 7 xã trở lên.",
            ("cumulative", "at_least", (7.0,), "xã", (2021, 2025), "increase"),
        ),
        # "tối đa" is at most
        (
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi tối đa 20%.",
            ("level", "at_most", (20.0,), "%", 2025, "decrease"),
        ),
    ],
)
def test_a_sentence_read_as_its_target(sentence: str, expected: tuple[object, ...]) -> None:
    assert _targets(PLAN + sentence) == [expected]


def test_a_structure_lead_names_each_share() -> None:
    found = _targets(
        PLAN + "Cơ cấu kinh tế đến năm 2025: nông nghiệp khoảng 30%; công nghiệp - xây dựng 40%; "
        "dịch vụ 30%."
    )
    assert [(k, c, n, w) for k, c, n, _, w, _ in found] == [
        ("structure", "about", (30.0,), 2025),
        ("structure", "value", (40.0,), 2025),
        ("structure", "value", (30.0,), 2025),
    ]


def test_sub_targets_of_trong_do_and_a_parenthesis_keep_their_own_time() -> None:
    found = _targets(
        "II. CHỈ TIÊU ĐẾN NĂM 2030\n"
        "(4) Huy động vốn đầu tư phát triển toàn xã hội thời kỳ 2021-2030 đạt trên 75 nghìn tỷ "
        "đồng (trong đó, giai đoạn 2021 – 2025 đạt 25 nghìn tỷ đồng).\n"
        "(9) Tỷ lệ cư dân được sử dụng nước sạch đạt 100% (đến năm 2025 đạt 99,85%)."
    )
    assert [(k, n, w) for k, _, n, _, w, _ in found] == [
        ("cumulative", (75.0,), (2021, 2030)),
        ("cumulative", (25.0,), (2021, 2025)),
        ("level", (100.0,), 2030),
        ("level", (99.85,), 2025),
    ]


def test_respectively_lists_one_share_a_sector() -> None:
    found = _targets(
        "Mục tiêu giai đoạn 2021-2025, cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ của "
        "huyện tương ứng 36,20% - 34,50% - 29,30%."
    )
    assert [(k, n, w) for k, _, n, _, w, _ in found] == [
        ("structure", (36.2,), 2025),
        ("structure", (34.5,), 2025),
        ("structure", (29.3,), 2025),
    ]


def test_an_announcement_starts_the_targets_and_tasks_end_them() -> None:
    text = (
        "Nhiệm kỳ qua, tỷ lệ hộ nghèo giảm bình quân 6,7%/năm.\n"
        "Đảng bộ xã đề ra 3 chỉ tiêu cụ thể: tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%.\n"
        "NHIỆM VỤ, GIẢI PHÁP\n"
        "Phấn đấu hoàn thành 100% kế hoạch vốn."
    )
    draft = build_draft([_Block(line) for line in text.splitlines()])
    assert [t.reading.numbers for t in draft.targets] == [(99.2,)]
    assert draft.outside == 2  # the result before, the task after: counted, not read


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        ("đến năm 2030", 2030, None),
        ("giai đoạn 2021 – 2025", None, (2021, 2025)),
        ("nhiệm kỳ 2020-2025", None, (2021, 2025)),  # a term plans its last five years
        ("so với năm 2020 tăng 10%", None, None),  # a comparison, not the target's year
        ("(giá so sánh 2010)", None, None),
    ],
)
def test_times_a_text_names(text: str, year: int | None, period: tuple[int, int] | None) -> None:
    found = times(text)
    assert (found.year, found.period) == (year, period)


def test_the_decimal_mark_is_the_one_the_numbers_show() -> None:
    assert decimal_of(["đạt 12,96%", "6.794 USD"]) == "comma"
    assert decimal_of(["reach 12.96%", "6,794.5 USD"]) == "point"


def test_ids_are_ascii_words() -> None:
    assert slug("Tỷ lệ hộ nghèo đa chiều") == "ty_le_ho_ngheo_da_chieu"
    assert slug("Đường giao thông") == "duong_giao_thong"
    assert slug("2025") == "x_2025"


def test_the_plan_period_and_area_come_from_the_announcement() -> None:
    draft = extract_text(
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN CẦU NGANG\n"
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2025-2030 của huyện Cầu Ngang:\n"
        "- Tỷ lệ lao động qua đào tạo đạt 85%."
    ).draft
    assert (draft.period, draft.base_year) == ((2026, 2030), 2025)
    assert (draft.level, draft.area_name, draft.area_id) == (
        "district",
        "huyện Cầu Ngang",
        "cau-ngang",
    )


@pytest.mark.parametrize(
    ("title", "area"),
    [
        # "KINH TẾ - XÃ HỘI" is the economy and society, not a commune "Hội Năm"
        (
            "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025 HUYỆN ĐẮK HÀ",
            ("district", "huyện Đắk Hà"),
        ),
        (
            "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025 CỦA TỈNH BẾN TRE",
            ("province", "tỉnh Bến Tre"),
        ),
        (
            "BẢO ĐẢM AN SINH XÃ HỘI TRÊN ĐỊA BÀN THỊ XÃ BA ĐỒN NĂM 2025",
            ("district", "thị xã Ba Đồn"),
        ),
        # a name ends where the title goes on: "NHIỆM KỲ", "LẦN THỨ", "NĂM"
        (
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN ĐẮK HÀ NHIỆM KỲ 2025-2030",
            ("district", "huyện Đắk Hà"),
        ),
        # a commune whose name starts with "Hội" is one
        ("NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ HỘI XUÂN LẦN THỨ XV", ("commune", "xã Hội Xuân")),
        # "VĂN HÓA - XÃ HỘI", "PHÁT TRIỂN XÃ HỘI" are society; a level word ends a name
        (
            "KẾ HOẠCH PHÁT TRIỂN VĂN HÓA - XÃ HỘI HUYỆN TÂN HỒNG NĂM 2025",
            ("district", "huyện Tân Hồng"),
        ),
        ("BÁO CÁO PHÁT TRIỂN XÃ HỘI HUYỆN TÂN HỒNG NĂM 2025", ("district", "huyện Tân Hồng")),
        # a Roman numeral is part of a name
        ("Kế hoạch của phường Tân Phú II năm 2025", ("commune", "phường Tân Phú II")),
        # "xã hội" in words takes no place after it (Phú Yên was "địa bàn", or "Việt Nam")
        (
            "Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Phú Yên đến năm 2020, tầm nhìn"
            " đến năm 2030",
            ("province", "tỉnh Phú Yên"),
        ),
        (
            "Kế hoạch phát triển kinh tế - xã hội thị xã Đông Hòa năm 2025",
            ("district", "thị xã Đông Hòa"),
        ),
        # the body's own place outweighs a place named twice (Đông Ngàn)
        (
            "Đảng bộ phường Đông Ngàn, thị xã Từ Sơn tổ chức Đại hội, xây dựng Đông Ngàn là"
            " phường trung tâm của thị xã Từ Sơn",
            ("commune", "phường Đông Ngàn"),
        ),
        # a title a place earns is no name: "huyện Nông thôn mới", "xã Nông thôn mới"
        (
            "Duy trì tiêu chí huyện Nông thôn mới, phấn đấu 6 xã đạt xã Nông thôn mới nâng cao"
            " của huyện Lương Sơn",
            ("district", "huyện Lương Sơn"),
        ),
    ],
)
def test_the_area_of_a_title_in_capitals(title: str, area: tuple[str, str]) -> None:
    draft = extract_text(f"{title}\nCác chỉ tiêu chủ yếu:\n1. Tỷ lệ hộ nghèo dưới 2%.").draft
    assert (draft.level, draft.area_name) == area


def test_a_sentence_that_names_communes_sets_its_targets_areas() -> None:
    draft = extract_text(
        "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021-2025 CỦA HUYỆN TÂN HỒNG\n"
        "(6) Có 02 xã đạt nông thôn mới (xã Tân Hộ Cơ, Bình Phú), xã Thông Bình đạt 19 tiêu chí."
    ).draft
    assert [t.areas for t in draft.targets] == [("tan-ho-co", "binh-phu"), ("thong-binh",)]
    assert [(a.id, a.name, a.level) for a in draft.areas] == [
        ("tan-ho-co", "xã Tân Hộ Cơ", "commune"),
        ("binh-phu", "xã Bình Phú", "commune"),
        ("thong-binh", "xã Thông Bình", "commune"),
    ]


def test_a_numbered_item_that_gives_no_target_is_listed_not_dropped() -> None:
    draft = extract_text(
        "II- CÁC CHỈ TIÊU CHỦ YẾU\n"
        "(1) Xây dựng khu vực Dinh Bà cơ bản theo tiêu chí đô thị loại V.\n"
        "(2) Thu nhập bình quân đầu người đạt 68 triệu đồng/người."
    ).draft
    assert len(draft.targets) == 1
    [unread] = draft.unread
    assert unread.text == "Xây dựng khu vực Dinh Bà cơ bản theo tiêu chí đô thị loại V"
    assert unread.reason is not None and unread.reason.key == "extract.item-without-target"


def test_the_time_that_opens_a_paragraph_holds_for_its_later_sentences() -> None:
    # Bình Dương's tourism plan (plans/sources/binh-duong-tourism-2030.txt): each paragraph
    # opens with its year, and its later sentences name none of their own
    found = _targets(
        "Kế hoạch đã đề ra mục tiêu cụ thể: Năm 2025 tổng lượng khách du lịch đạt 3.500.000 "
        "lượt khách. Tổng thu từ khách du lịch đạt khoảng 2.500 tỷ đồng.\n"
        "Đến năm 2030, tổng lượng khách du lịch đạt 6.000.000 lượt khách. Cơ sở lưu trú đạt "
        "khoảng 25.400 buồng.\n"
        "Đến năm 2050, tổng thu từ khách du lịch đạt khoảng 77.200 tỷ đồng."
    )
    assert [(n, w) for _, _, n, _, w, _ in found] == [
        ((3_500_000.0,), 2025),
        ((6_000_000.0,), 2030),
        ((2_500.0,), 2025),
        ((77_200.0,), 2050),
        ((25_400.0,), 2030),
    ]


def test_a_text_that_names_one_year_and_no_term_is_a_one_year_plan() -> None:
    # Bắc Giang's 2025 target (plans/sources/bac-giang-2025.txt): the year of the results
    # before it is not the target's, and nothing says "đến năm" or names a term
    draft = extract_text(
        "(BKTO) - Dựa trên những kết quả đạt được về phát triển kinh tế - xã hội (KT-XH) năm "
        "2024, tỉnh Bắc Giang đặt mục tiêu phấn đấu tăng trưởng kinh tế (GRDP) năm 2025 đạt "
        "13,6%. Trong đó, phấn đấu lĩnh vực công nghiệp - xây dựng tăng 16%; dịch vụ tăng 7,5%."
    ).draft
    assert draft.period == (2025, 2025)
    assert [(t.reading.kind, t.reading.period) for t in draft.targets] == [
        ("growth", (2025, 2025)),
        ("growth", (2025, 2025)),
        ("growth", (2025, 2025)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Phấn đấu đến năm 2025, tỷ lệ hộ nghèo dưới 2%; thu nhập bình quân đạt 60 triệu đồng.",
        "Trong nhiệm kỳ, thu nhập bình quân đạt 60 triệu đồng vào năm 2025.",
        "Năm 2025 sản lượng lương thực bình quân hằng năm đạt 25.000 tấn.",
    ],
)
def test_a_text_that_says_by_a_year_or_names_a_term_plans_several_years(text: str) -> None:
    assert extract_text(text).draft.period == (2021, 2025)


def test_a_comparison_with_a_years_estimate_is_not_the_targets_year() -> None:
    assert times("thu ngân sách tăng 20,35% so với dự toán năm 2024").year is None
    assert times("so với kế hoạch năm 2024, năm 2025 đạt 10%").year == 2025


def test_the_time_next_to_the_announcement_is_the_plans_not_a_councils_term() -> None:
    # Quảng Bình (Thanh Hóa), plans/sources/quang-binh-thanh-hoa-2025.txt
    draft = extract_text(
        "Kỳ họp đã quyết nghị thông qua Quy chế hoạt động của Hội đồng Nhân dân xã khóa XXI, "
        "nhiệm kỳ 2021 - 2026; Nghị quyết về tiếp tục thực hiện nhiệm vụ phát triển kinh tế - "
        "xã hội, quốc phòng, an ninh 6 tháng cuối năm 2025 với 20 chỉ tiêu chủ yếu là: Thu nhập "
        "bình quân đầu người đạt 72 triệu; tỷ lệ lao động qua đào tạo đạt 81%."
    ).draft
    assert draft.period == (2025, 2025)
    assert [t.reading.year for t in draft.targets] == [2025, 2025]


@pytest.mark.parametrize(
    ("sentence", "kind", "when"),
    [
        # new things made over the term: its total (phuong-dong-son, vong-dong, tay-giang)
        ("Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp.", "cumulative", (2021, 2025)),
        ("Phát triển mới 20 cơ sở tiểu thủ công nghiệp dịch vụ.", "cumulative", (2021, 2025)),
        ("Giải quyết việc làm hơn 1.200 lao động.", "cumulative", (2021, 2025)),
        # each year, or built to a standard: not a total
        ("Hằng năm giải quyết việc làm cho 300 lao động.", "annual", (2021, 2025)),
        ("Xây dựng 3/4 trường học đạt chuẩn quốc gia.", "level", 2025),
    ],
)
def test_new_things_counted_over_a_term_are_its_total(
    sentence: str, kind: str, when: object
) -> None:
    [(found_kind, _, _, _, found_when, _)] = _targets(PLAN + sentence)
    assert (found_kind, found_when) == (kind, when)


def _shares(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(kind, numerator's name, denominator's name, direction, text) of each target."""
    draft = extract_text(text).draft
    names = {i.id: i.name for i in draft.indicators}
    return [
        (
            t.reading.kind,
            names.get(t.numerator or ""),
            names.get(t.denominator or ""),
            t.reading.direction,
            t.text,
        )
        for t in draft.targets
    ]


def test_a_share_of_the_economy_divides_two_indicators_of_the_draft(tmp_path: Path) -> None:
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2030:\n"
        "- Tỷ trọng kinh tế số trong GRDP đạt khoảng 30%.\n"
        "- Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP.\n"
        "- Tỷ lệ vốn đầu tư thực hiện so với tổng sản phẩm đạt 34-35%.\n"
        "- Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 35%."
    )
    assert [s[:3] for s in _shares(text)] == [
        ("share", "Kinh tế số", "GRDP"),
        ("share", "Kinh tế số", "GRDP"),
        ("share", "Vốn đầu tư thực hiện", "Tổng sản phẩm"),
        ("level", None, None),  # a ratio of labour, not a share of the economy
    ]
    draft = tmp_path / "draft.yaml"
    draft.write_text(extract_text(text).yaml, encoding="utf-8")
    out = CliRunner().invoke(main, ["validate", "--strict", "--lang", "en", str(draft)])
    assert out.exit_code == 0, out.output


def test_a_structure_whose_shares_cannot_sum_to_100_is_read_as_shares_of_grdp() -> None:
    # Hà Nội leaves out product taxes (plans/sources/ha-noi-2021-2025.txt): the bands sum to at
    # most 90.1, so validate would warn that they cannot be one structure
    found = _shares(
        "Các chỉ tiêu chủ yếu đến năm 2025:\n"
        "Cơ cấu kinh tế năm 2025: Dịch vụ chiếm từ 65,0 đến 65,5%; Công nghiệp và xây dựng "
        "chiếm từ 22,5 đến 23,0%; Nông, lâm nghiệp và thủy sản chiếm từ 1,4 đến 1,6%."
    )
    assert [(k, n, d, w) for k, n, d, w, _ in found] == [
        ("share", "Dịch vụ", "GRDP", "increase"),
        ("share", "Công nghiệp và xây dựng", "GRDP", "increase"),
        ("share", "Nông, lâm nghiệp và thủy sản", "GRDP", "decrease"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate every year, its items inline in one paragraph (Ngọc Lâm)
        (
            "chỉ tiêu chủ yếu đó là: (5) Thu nhập bình quân đầu người đạt 90 triệu đồng; (6) Tỷ "
            'lệ hộ dân cư được công nhận "Gia đình văn hóa" 93-95 %/năm.',
            ("annual", "range", (93.0, 95.0), "%", (2021, 2025), "increase"),
        ),
        # per mille typed "0/00" (Ba Đình): below 2 ‰ each year
        (
            "Tỷ suất sinh thô duy trì dưới 20/00 hằng năm.",
            ("annual", "less_than", (2.0,), "‰", (2021, 2025), "decrease"),
        ),
        # the poor are a rate: its fall in points a year (Tây Giang)
        (
            "Hộ nghèo giảm bình quân 4 - 5%/năm.",
            ("change", "range", (4.0, 5.0), "%", (2021, 2025), "decrease"),
        ),
        # "giảm xuống dưới": the level it falls to
        (
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng đến năm 2025 giảm xuống dưới 6,0%.",
            ("level", "less_than", (6.0,), "%", 2025, "decrease"),
        ),
        # "giữ ổn định": the rate kept every year (Đức Linh)
        (
            "Giữ ổn định tỷ lệ độ che phủ rừng 60%.",
            ("annual", "value", (60.0,), "%", (2021, 2025), "increase"),
        ),
    ],
)
def test_rates_every_year_per_mille_and_falls_to_a_level(
    sentence: str, expected: tuple[object, ...]
) -> None:
    assert _targets(PLAN + sentence)[-1] == expected


def test_a_fraction_of_areas_is_a_count_out_of_them(tmp_path: Path) -> None:
    # Đạ Tẻh (corpus/da-teh-2020-2025): how many communes meet the standard, out of how many
    result = extract_text(PLAN + "Có 8/8 xã được công nhận nông thôn mới nâng cao.")
    [target] = result.draft.targets
    reading = target.reading
    assert (reading.kind, reading.numbers, reading.out_of, reading.unit, reading.year) == (
        "count",
        (8.0,),
        8,
        "xã",
        2025,
    )
    draft = tmp_path / "draft.yaml"
    draft.write_text(result.yaml, encoding="utf-8")
    out = CliRunner().invoke(main, ["validate", "--strict", "--lang", "en", str(draft)])
    assert out.exit_code == 0, out.output
    # schools are not areas: "xây dựng 3/4 trường học đạt chuẩn" stays the level it reaches
    [(kind, _, numbers, unit, _, _)] = _targets(PLAN + "Xây dựng 3/4 trường học đạt chuẩn.")
    assert (kind, numbers, unit) == ("level", (3.0,), "trường học")


def test_half_a_year_is_a_time_and_an_announcement_names_no_target() -> None:
    # Quảng Bình (Thanh Hóa): "6 tháng cuối năm 2025" is no figure, and the clause before the
    # colon announces the targets, it does not name the first one
    draft = extract_text(
        "Kỳ họp đã thông qua Nghị quyết về Chương trình giám sát của HĐND xã 6 tháng cuối năm "
        "2025; Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 với 20 "
        "chỉ tiêu chủ yếu là: Thu nhập bình quân đầu người đạt 72 triệu; tổng sản lượng lương "
        "thực đạt và vượt 10.012 tấn."
    ).draft
    assert [(t.reading.name, t.reading.numbers) for t in draft.targets] == [
        ("Thu nhập bình quân đầu người", (72.0,)),
        ("tổng sản lượng lương thực", (10012.0,)),
    ]


def test_a_number_glued_to_its_unit_keeps_its_decimals() -> None:
    # Phú Nhuận: "Diện tích cây xanh đô thị đạt 1,1m2/người" is 1,1 m2 a person, not 1
    [(kind, _, numbers, unit, _, _)] = _targets(PLAN + "Diện tích cây xanh đô thị đạt 1,1m2/người.")
    assert (kind, numbers, unit) == ("level", (1.1,), "m2/người")


def test_a_councils_term_is_not_the_targets_time() -> None:
    # An Bình (Thuận Thành), plans/sources/an-binh-thuan-thanh-2023.txt
    assert times("HĐND xã An Bình khóa XX, nhiệm kì 2021-2026 đã tổ chức kỳ họp").period is None
    assert times("nhiệm kì 2020-2025").period == (2021, 2025)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # abbreviations glued to the figure (Ba Đình ward, Bỉm Sơn: "(năm 2020)" in its plan of
        # 2016-2020; here in one of 2021-2025, whose years a target's must be)
        (
            "Thu ngân sách (năm 2025): 8tỷđ.",
            ("level", "value", (8.0,), "tỷđ", 2025, "increase"),
        ),
        # "giảm dưới 1%": the level a rate falls below (Chi Lăng ward, Pleiku)
        (
            "Tỷ lệ hộ nghèo đến năm 2025 giảm dưới 1%.",
            ("level", "less_than", (1.0,), "%", 2025, "decrease"),
        ),
        # new ones added over a term: its total (Đắk Glong); a season's area every year
        (
            "Huyện phấn đấu xây dựng thêm từ 7-8 trường đạt chuẩn quốc gia.",
            ("cumulative", "range", (7.0, 8.0), "trường", (2021, 2025), "increase"),
        ),
        (
            "Diện tích trồng màu 80– 100ha/vụ.",
            ("annual", "range", (80.0, 100.0), "ha/vụ", (2021, 2025), "increase"),
        ),
        # road works over the term: their total (Chi Lăng ward)
        (
            "Nhựa hóa, bê tông hóa từ 08 đến 10 đường hẻm chính và phụ.",
            ("cumulative", "range", (8.0, 10.0), "đường hẻm", (2021, 2025), "increase"),
        ),
    ],
)
def test_round_five_wordings(sentence: str, expected: tuple[object, ...]) -> None:
    assert _targets(PLAN + sentence) == [expected]


def test_a_comparison_with_the_base_year_restates_the_figure_before_it() -> None:
    found = _targets(PLAN + "Số hộ khá giàu đạt 450 hộ, tăng 80 hộ so với năm 2020.")
    assert [(k, n) for k, _, n, _, _, _ in found] == [("level", (450.0,))]
    [unread] = extract_text(
        PLAN + "Số hộ khá giàu đạt 450 hộ, tăng 80 hộ so với năm 2020."
    ).draft.unread
    assert unread.text == "tăng 80 hộ so với năm 2020"
    assert unread.reason is not None and unread.reason.key == "extract.result"
    # in a one-year plan, "tăng X% so với năm 2023" is that year's growth (Chư Păh 2024)
    one_year = _targets(
        "Các chỉ tiêu chủ yếu năm 2024:\nGiá trị sản xuất đạt 3.000 tỷ đồng, tăng 8,53% so với "
        "năm 2023."
    )
    assert [k for k, *_ in one_year] == ["level", "growth"]


@pytest.mark.parametrize(
    "comparison",
    [
        # Quảng Trung, Ngọc Trạo: restatements written with a ratio in brackets, a unit with a
        # comma, a comma after the figure
        "tăng 04 doanh nghiệp (0,7 lần) so với năm 2015",
        "tăng 20 trang, gia trại so với năm 2015",
        "tăng 5%, so với năm 2015",
        "tăng khoảng 80 hộ so với năm 2015",
    ],
)
def test_a_comparison_with_the_base_year_written_otherwise_restates_too(comparison: str) -> None:
    found = _targets(
        "Các chỉ tiêu chủ yếu giai đoạn 2016-2020:\nSố doanh nghiệp đạt 450, " + comparison + "."
    )
    assert [(k, n) for k, _, n, _, _, _ in found] == [("level", (450.0,))]


def test_a_share_a_figure_takes_of_the_whole_is_a_target_of_its_own() -> None:
    # An Bình (Thuận Thành) 2023: each sector's value, then the share it takes of the economy
    found = _targets(
        "Các chỉ tiêu chủ yếu năm 2023:\n"
        "Giá trị nông nghiệp đạt 50 tỉ đồng, chiếm 8%; Giá trị thương mại dịch vụ đạt 298 tỉ "
        "đồng, chiếm 48%; Giá trị tiểu thủ công nghiệp và xây dựng đạt 273 tỉ đồng, chiếm 44%."
    )
    assert sorted((k, n) for k, _, n, *_ in found) == [
        ("level", (50.0,)),
        ("level", (273.0,)),
        ("level", (298.0,)),
        ("structure", (8.0,)),
        ("structure", (44.0,)),
        ("structure", (48.0,)),
    ]


def test_a_share_of_funds_over_the_period_is_of_the_periods_totals() -> None:
    # the national target programme 2026-2030: shares of the programme's funds
    draft = extract_text(
        "Các chỉ tiêu giai đoạn 2026-2030:\n"
        "Vốn ngân sách Trung ương hỗ trợ trực tiếp là 100.000 tỷ đồng, chiếm 9,6%; vốn ngân sách "
        "địa phương khoảng 300.000 tỷ đồng, chiếm 28,7%."
    ).draft
    shares = [t.reading for t in draft.targets if t.reading.kind == "share"]
    assert [(r.numbers, r.year, r.period) for r in shares] == [
        ((9.6,), None, (2026, 2030)),
        ((28.7,), None, (2026, 2030)),
    ]


def test_a_count_added_in_a_years_plan_is_that_years_change() -> None:
    found = _targets(
        "Các chỉ tiêu chủ yếu năm 2023:\nSố xã đạt chuẩn nông thôn mới tăng thêm 7 xã trở lên."
    )
    assert found == [("change", "at_least", (7.0,), "xã", (2023, 2023), "increase")]


@pytest.mark.parametrize(
    "sentence",
    [
        # Lào Cai 2024 (plans/sources/lao-cai-2024.txt): "Thuế sản phẩm" names no sector; the
        # four sum to 100
        "- Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng 42,3%; Dịch vụ 35,6%; "
        "Thuế sản phẩm 10%",
        # Đức Linh (plans/sources/duc-linh-agriculture-2025.txt): only the last part names a
        # sector; the three sum to 100 and stay one structure, not shares of GRDP
        "Cơ cấu giá trị sản xuất trong nội bộ ngành nông nghiệp trồng trọt chiếm 55%, chăn nuôi "
        "chiếm 30% và dịch vụ nông nghiệp chiếm 15%.",
    ],
)
def test_the_shares_one_sentence_lists_are_one_structure(sentence: str) -> None:
    draft = extract_text("Các chỉ tiêu chủ yếu năm 2024:\n" + sentence).draft
    assert {(t.reading.kind, t.reading.structure) for t in draft.targets} == {
        ("structure", "co_cau_kinh_te")
    }
    assert len(draft.targets) >= 3


@pytest.mark.parametrize(
    "sentence",
    [
        # a meeting's business and a news lead (An Bình, Nhơn Sơn), what a body has now (Đắk Glong)
        "Kỳ họp đã thông qua 5 nghị quyết quan trọng.",
        "Trong 2 ngày 26-27/12/2022, HĐND xã đã tổ chức kỳ họp thứ 6.",
        "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XIII gồm 13 đồng chí; bầu 22 đại biểu.",
        "Đảng bộ huyện hiện có 37 tổ chức cơ sở đảng, 144 chi bộ trực thuộc, hơn 1.870 đảng viên.",
    ],
)
def test_a_report_of_what_was_done_or_is_is_listed_not_drafted(sentence: str) -> None:
    extraction = extract_text(PLAN + sentence)
    assert extraction.draft.targets == []
    assert extraction.draft.unread, "a sentence with a figure is listed, never dropped"


def test_the_plans_own_parts_counted_are_no_figures() -> None:
    # Thanh Hóa: how many tasks and breakthroughs the resolution sets is not a target
    extraction = extract_text(
        PLAN + "Nghị quyết đề ra 7 nhiệm vụ trọng tâm, 4 khâu đột phá và 13 nhóm nhiệm vụ."
    )
    assert extraction.draft.targets == []


def test_a_report_is_listed_with_its_reason() -> None:
    extraction = extract_text(PLAN + "Kỳ họp đã thông qua 5 nghị quyết quan trọng.", lang="en")
    assert "a report of what was done or what is" in extraction.yaml


def test_a_target_that_names_what_exists_is_still_one() -> None:
    # "hiện có" after the figure qualifies what the target counts; it reports nothing
    [(kind, _, numbers, _, _, _)] = _targets(
        PLAN + "Đến năm 2025, 100% trường học hiện có được kiên cố hóa."
    )
    assert (kind, numbers) == ("level", (100.0,))


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a unit never ends inside a word that qualifies the thing counted (round 6)
        ("35 - 50 vườn kiểu mẫu được công nhận.", "vườn"),
        ("Hình thành từ 3-5 vùng sản xuất chuyên canh.", "vùng"),
        ("Bê tông hóa 1 trường cấp 3.", "trường"),
        # three-syllable things counted (Gia Lai's health plan, round 6)
        ("Có 135 trạm y tế xã có bác sĩ.", "trạm y tế"),
        ("Có thêm từ 10 - 30 khu dân cư kiểu mẫu.", "khu dân cư"),
        ("Giải quyết việc làm trên 300 lượt lao động.", "lượt lao động"),
    ],
)
def test_a_unit_is_the_thing_counted_whole(sentence: str, unit: str) -> None:
    [(_, _, _, found, _, _)] = _targets(PLAN + sentence)
    assert found == unit


def test_what_a_term_forms_is_its_total() -> None:
    [(kind, _, numbers, _, when, _)] = _targets(
        PLAN + "Hình thành từ 3-5 vùng sản xuất chuyên canh."
    )
    assert (kind, numbers, when) == ("cumulative", (3.0, 5.0), (2021, 2025))


def test_a_comparison_written_without_voi_is_no_targets_year() -> None:
    # Cần Thơ 2018: "so ước thực hiện năm 2017" compares; the targets are of 2018
    found = _targets(
        "Các chỉ tiêu kinh tế - xã hội năm 2018: Kim ngạch xuất khẩu 1.790 triệu USD, tăng 1,19% "
        "so ước thực hiện năm 2017."
    )
    assert [when for *_, when, _ in found] == [2018, (2018, 2018)]


def test_shares_of_a_year_that_sum_to_100_are_a_structure_each_with_its_years_time() -> None:
    # Điện Biên: the sentence names GRDP as the whole, but the parts of each year sum to 100;
    # a part without a year of its own takes the one that opens the part before it
    found = _targets(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2030:\n- Chuyển dịch cơ cấu kinh tế, giảm tỷ trọng "
        "nông, lâm nghiệp, tăng tỷ trọng công nghiệp và dịch vụ trong tổng GRDP của tỉnh; đến "
        "năm 2025 nông lâm nghiệp "
        "chiếm khoảng 21,59%, công nghiệp - xây dựng 29,62%, dịch vụ 48,79%; đến năm 2030 nông "
        "lâm nghiệp chiếm khoảng 13,3%; công nghiệp - xây dựng chiếm 32,6% và dịch vụ 54,1%."
    )
    assert sorted((when, numbers, kind) for kind, _, numbers, _, when, _ in found) == sorted(
        (when, numbers, kind)
        for kind, numbers, when in [
            ("structure", (21.59,), 2025),
            ("structure", (29.62,), 2025),
            ("structure", (48.79,), 2025),
            ("structure", (13.3,), 2030),
            ("structure", (32.6,), 2030),
            ("structure", (54.1,), 2030),
        ]
    )


def test_shares_that_do_not_sum_to_100_stay_shares() -> None:
    found = _targets(
        PLAN + "Tỷ trọng kinh tế số trong GRDP đạt 20%, tỷ trọng công nghiệp chế biến trong "
        "GRDP đạt 25%."
    )
    assert [kind for kind, *_ in found] == ["share", "share"]


def test_a_year_named_inside_a_periods_total_is_that_years_level() -> None:
    # Tiền Giang: the period's total, and in it the last year's level
    found = _targets(
        PLAN + "Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt 77.000 tỷ "
        "đồng, trong đó, năm 2025 đạt 18.700 tỷ đồng."
    )
    assert [(kind, numbers, when) for kind, _, numbers, _, when, _ in found] == [
        ("cumulative", (77000.0,), (2021, 2025)),
        ("level", (18700.0,), 2025),
    ]


def test_the_general_aims_heading_opens_targets_too() -> None:
    # Ia Kla: the figures under "a. Mục tiêu chung:" are targets as those under "b. Mục tiêu
    # cụ thể:" are
    found = _targets(
        "a. Mục tiêu chung:\nXây dựng xã đạt chuẩn Nông thôn mới vào năm 2020.\nPhấn đấu thu "
        "nhập bình quân đầu người đạt 40 triệu đồng vào năm 2020.\nb. Mục tiêu cụ thể:\nCó 3/5 "
        "trường học đạt chuẩn Quốc gia."
    )
    assert ("level", "value", (40.0,), "triệu đồng/người", 2020, "increase") in found


def test_a_years_aims_with_a_rate_a_year_are_a_one_year_plan() -> None:
    # An Bình: "Mục tiêu tổng quát năm 2023 ... 14%/năm" is 2023's plan, not 2019-2023's
    extraction = extract_text(
        "Mục tiêu tổng quát năm 2023 phấn đấu tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ "
        "đồng, tốc độ tăng trưởng kinh tế đạt 14%/năm."
    )
    assert extraction.draft.period == (2023, 2023)


def test_a_headline_or_caption_that_restates_a_target_is_listed_once() -> None:
    # Bắc Giang's headline, Gia Lai's photo caption: the figure the text states again
    extraction = extract_text(
        "Bắc Giang: Đặt mục tiêu năm 2025 tăng trưởng 13,6%\n"
        "Tỉnh Bắc Giang đặt mục tiêu phấn đấu tăng trưởng kinh tế (GRDP) năm 2025 đạt 13,6%; "
        "thu nhập bình quân đầu người đạt 90 triệu đồng.\n"
        "Thu nhập bình quân đầu người đạt 90 triệu đồng. Ảnh minh họa/UBND tỉnh cung cấp.\n"
    )
    assert [t.text for t in extraction.draft.targets] == [
        "Tỉnh Bắc Giang đặt mục tiêu phấn đấu tăng trưởng kinh tế (GRDP) năm 2025 đạt 13,6%",
        "thu nhập bình quân đầu người đạt 90 triệu đồng",
    ]
    assert len(extraction.draft.unread) == 2


def test_a_headline_whose_figure_the_text_does_not_state_is_kept() -> None:
    extraction = extract_text(
        "Năm 2025 huyện phấn đấu tăng trưởng 9%\nThu nhập bình quân đầu người đạt 60 triệu đồng."
    )
    assert len(extraction.draft.targets) == 2


def test_in_a_years_plan_the_year_befores_figures_are_results() -> None:
    # Kon Rẫy: the 2020 paragraph reports; the 2021 one plans
    extraction = extract_text(
        "Trong năm 2020, phong trào thi đua được hưởng ứng rộng khắp. Tổng giá trị sản xuất "
        "trên địa bàn đạt gần 1.400 tỷ đồng.\nTrong năm 2021, huyện phấn đấu thu nhập bình quân "
        "đầu người đạt 32 triệu đồng.",
        lang="en",
    )
    assert [t.reading.numbers for t in extraction.draft.targets] == [(32.0,)]
    assert "a figure of 2020, before the plan's time" in extraction.yaml


def test_a_per_mille_typed_against_a_whole_number_is_marked_for_review() -> None:
    # Ba Đình: "dưới 20/00" is 2 ‰ (the sign typed 0/00) or 20 ‰; "14,220/00" is 14,22 ‰
    def review(sentence: str) -> list[list[str]]:
        return [t.reading.review for t in extract_text(PLAN + sentence).draft.targets]

    assert review("Tỷ suất sinh thô duy trì dưới 20/00 hằng năm.") == [["per-mille"]]
    assert review("Đến năm 2025 tỷ suất sinh duy trì dưới 14,220/00.") == [[]]


def test_sectors_growing_by_rates_that_sum_to_100_are_a_structure(tmp_path: Path) -> None:
    # Nghệ An 2024: the page writes "tăng" for the three sectors' shares of the economy
    text = (
        "Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024: Tốc độ tăng trưởng GRDP đạt 9-10%; "
        "kinh tế nông, lâm, ngư nghiệp tăng khoảng 21-22%; công nghiệp và xây dựng tăng khoảng "
        "35-36%; dịch vụ tăng khoảng 42-43%."
    )
    found = _targets(text)
    assert [(kind, numbers, unit, when) for kind, _, numbers, unit, when, _ in found[1:]] == [
        ("structure", (21.0, 22.0), "%", 2024),
        ("structure", (35.0, 36.0), "%", 2024),
        ("structure", (42.0, 43.0), "%", 2024),
    ]
    assert found[0][0] == "growth"  # the economy's own rate stays a growth
    draft = tmp_path / "draft.yaml"
    draft.write_text(extract_text(text).yaml, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(draft)])
    assert result.exit_code == 0, result.output


def test_sectors_percentages_of_a_total_that_sum_to_100_are_a_structure() -> None:
    # Xuân Ngọc: the parts of the commune's income, in %
    found = _targets(
        "Đại hội đề ra các mục tiêu cụ thể đến năm 2020: Tổng thu nhập kinh tế toàn xã là 303 tỷ "
        "đồng, trong đó thu từ sản xuất nông nghiệp 35%; tiểu thủ công nghiệp, dịch vụ 65%."
    )
    assert [(kind, numbers) for kind, _, numbers, *_ in found] == [
        ("level", (303.0,)),
        ("structure", (35.0,)),
        ("structure", (65.0,)),
    ]


def test_a_range_with_its_unit_after_each_number_is_one_range() -> None:
    # Cần Thơ 2018
    [(kind, comparator, numbers, unit, _, _)] = _targets(
        PLAN + "GRDP bình quân đầu người đạt từ 80,4 triệu đồng đến 80,8 triệu đồng."
    )
    assert (kind, comparator, numbers, unit) == ("level", "range", (80.4, 80.8), "triệu đồng/người")


def test_a_terms_length_is_no_figure_and_makes_a_total() -> None:
    # Quang Trung (Bỉm Sơn): "5 năm" is the term, not a figure; the total is the term's
    found = _targets(PLAN + "Tổng Thu - Chi Ngân sách 5 năm là 33,96 tỷ đồng.")
    assert [(kind, numbers, when) for kind, _, numbers, _, when, _ in found] == [
        ("cumulative", (33.96,), (2021, 2025))
    ]
    # a decimal before "Năm" is no term: "Lớp 7,5 Năm 2005" keeps 7,5
    assert _targets(PLAN + "Mặt bằng dân trí lớp 7,5 năm 2025.")[0][2] == (7.5,)


def test_a_years_report_announces_no_targets() -> None:
    # Tân Hòa (Phú Thọ): the 2025 report, then the 2026 plan
    extraction = extract_text(
        "Năm 2025, tình hình kinh tế - xã hội phường đạt được những kết quả quan trọng, hoàn "
        "thành 12/12 chỉ tiêu kinh tế - xã hội chủ yếu. Trong đó, tổng thu ngân sách Nhà nước đạt "
        "gần 10 tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,88%.\n"
        "Năm 2026, phường phấn đấu thực hiện các chỉ tiêu: Tổng thu ngân sách Nhà nước đạt 40,6 "
        "tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,8%."
    )
    assert extraction.draft.period == (2026, 2026)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(40.6,), (0.8,)]


def test_a_number_with_a_percent_sign_is_never_an_ordinal() -> None:
    # Bắc Kạn: "trợ cấp 2%" is 2 %, not the ordinal "cấp 2"; the four bands sum to 100
    found = _targets(
        "Cơ cấu kinh tế đến năm 2020: Khu vực nông - lâm nghiệp và thủy sản 34 - 35%; Công "
        "nghiệp - xây dựng 16,4%; Dịch vụ 46,8%; Thuế sản phẩm trừ trợ cấp 2%."
    )
    assert [(kind, numbers) for kind, _, numbers, *_ in found] == [
        ("structure", (34.0, 35.0)),
        ("structure", (16.4,)),
        ("structure", (46.8,)),
        ("structure", (2.0,)),
    ]
    # "dân tộc thiểu số 3%" is 3 % (Gia Lai); "trường cấp 2" stays an ordinal
    assert _targets(PLAN + "Mức giảm tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số 3%.")
    assert [k for k, *_ in _targets(PLAN + "Xây dựng trường cấp 2 đạt chuẩn quốc gia.")] == [
        "qualitative"
    ]


def test_the_parts_a_paragraph_lists_in_a_row_that_sum_to_100_are_one_structure() -> None:
    # Ngọc Trạo (Bỉm Sơn): one sentence a sector, written "X = Y"
    found = _targets(
        "Các chỉ tiêu chủ yếu đến năm 2020: Cơ cấu kinh tế: DVTM = 59,3%. Công nghiệp - xây dựng "
        "= 40,3%. Nông nghiệp - thủy sản = 0,4%."
    )
    assert [(kind, numbers, when) for kind, _, numbers, _, when, _ in found] == [
        ("structure", (59.3,), 2020),
        ("structure", (40.3,), 2020),
        ("structure", (0.4,), 2020),
    ]


def test_a_figure_glued_to_its_bound_word_is_read() -> None:
    # Quảng Trị: the page lost the spaces where its lines broke
    found = _targets(PLAN + "Tạo việc làm mới bình quân trên8.000 lao động/năm.")
    assert [(kind, comparator, numbers) for kind, comparator, numbers, *_ in found] == [
        ("average", "more_than", (8000.0,))
    ]
    [(_, comparator, numbers, unit, _, _)] = _targets(PLAN + "Tỷ lệ đô thị hóa khoảng22%.")
    assert (comparator, numbers, unit) == ("about", (22.0,), "%")


def test_the_titles_period_gives_the_start_of_targets_announced_to_a_year() -> None:
    # Lai Châu: "đến năm 2025" announces; the title says from when, not the date it was issued
    extraction = extract_text(
        "Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025 tỉnh Lai Châu\n"
        "Kế hoạch được HĐND tỉnh công bố ngày 13/12/2020.\n"
        "Theo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2025 gồm tốc độ tăng "
        "trưởng GRDP 9 - 10%/năm; GRDP bình quân đầu người 65 triệu đồng."
    )
    assert extraction.draft.period == (2021, 2025)


def test_a_share_of_things_named_after_its_figure_takes_no_growth_from_before() -> None:
    # Lai Châu: "… tăng bình quân 20%/năm; 100% số thôn, bản có đường …" is a level
    found = _targets(
        PLAN + "Tổng lượt khách du lịch tăng bình quân 20%/năm; 100% số thôn, bản có đường xe "
        "máy hoặc ô tô đi lại thuận lợi; 97% hộ dân được sử dụng điện lưới quốc gia."
    )
    assert [(kind, numbers) for kind, _, numbers, *_ in found] == [
        ("growth", (20.0,)),
        ("level", (100.0,)),
        ("level", (97.0,)),
    ]
    # … and after its bound word: "tăng trưởng đàn gia súc trên 5%/năm; trên 57,5% xã đạt chuẩn"
    found = _targets(
        PLAN + "Tăng trưởng đàn gia súc trên 5%/năm; trên 57,5% xã đạt chuẩn nông thôn mới; tỷ "
        "lệ che phủ rừng đạt 54%."
    )
    assert [(kind, comparator, numbers) for kind, comparator, numbers, *_ in found] == [
        ("growth", "more_than", (5.0,)),
        ("level", "more_than", (57.5,)),
        ("level", "value", (54.0,)),
    ]


def test_a_paragraph_about_the_year_before_a_years_plan_is_results() -> None:
    # Thăng Bình: the 2014 report and the 2015 targets in one paragraph
    extraction = extract_text(
        "Theo báo cáo tại Kỳ họp thứ 13, năm 2014 tình hình kinh tế - xã hội của huyện tiếp tục "
        "chuyển biến tích cực. Thu nhập bình quân đầu người đạt 17,02 triệu đồng/năm. Năm 2015, "
        "huyện phấn đấu tỷ lệ lao động đã qua đào tạo nghề đạt 39%; giảm tỷ lệ hộ nghèo 2 - 3%."
    )
    assert extraction.draft.period == (2015, 2015)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(39.0,), (2.0, 3.0)]
    assert len(extraction.draft.unread) == 1  # the 2014 income, listed with its reason


def test_a_structure_whose_part_has_a_one_sided_bound_is_shares_keeping_the_bound() -> None:
    """A part "dịch vụ từ 45% trở lên" in a structure was written `about: 45`: the bound "at least"
    lost without a word. The parts of one whole are each about a figure or a range, so they are
    shares of GRDP, each with its own bound."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\n"
        "Cơ cấu kinh tế đến năm 2025: nông nghiệp 20%, công nghiệp - xây dựng 35%, dịch vụ từ "
        "45% trở lên.\n"
    ).draft
    assert [(t.reading.kind, t.reading.comparator, t.reading.numbers) for t in draft.targets] == [
        ("share", "value", (20.0,)),
        ("share", "value", (35.0,)),
        ("share", "at_least", (45.0,)),
    ]


def test_taxes_on_products_are_a_part_of_the_economy_s_structure() -> None:
    """Lai Châu: GRDP's four parts, the last "thuế sản phẩm trừ trợ cấp sản phẩm", sum to 100:
    one structure (the taxes were no sector, so the run of parts broke and three were levels)."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu đến năm 2025 gồm tốc độ tăng trưởng GRDP 9 - 10%/năm; về cơ cấu "
        "kinh tế, nông, lâm nghiệp, thủy sản chiếm 12,44%; công nghiệp xây dựng 42,42%; dịch vụ "
        "36,43%; thuế sản phẩm trừ trợ cấp sản phẩm 8,71%;\n"
    ).draft
    parts = [(t.reading.kind, t.reading.structure, t.reading.numbers) for t in draft.targets[1:]]
    assert parts == [
        ("structure", "co_cau_kinh_te", (12.44,)),
        ("structure", "co_cau_kinh_te", (42.42,)),
        ("structure", "co_cau_kinh_te", (36.43,)),
        ("structure", "co_cau_kinh_te", (8.71,)),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # life expectancy is in years: "74,5 tuổi" was masked from its "5" as an age (74, "?")
        (
            "Tuổi thọ trung bình người dân đạt 74,5 tuổi.",
            [("level", "value", (74.5,), "tuổi", 2025)],
        ),
        # an age group is still no figure
        (
            "Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi dưới 10%.",
            [("level", "less_than", (10.0,), "%", 2025)],
        ),
        # "giảm <rate> dưới X% vào năm Y" is the level below X, not a fall of X points
        (
            "Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 10% vào năm 2023.",
            [("level", "less_than", (10.0,), "%", 2023)],
        ),
        # a comma, not "còn", cuts "…dưới 10%, đến năm 2025 còn dưới 5%": each its own year
        (
            "Giảm tỷ lệ hộ nghèo đến năm 2023 xuống dưới 10%, đến năm 2025 còn dưới 5%.",
            [
                ("level", "less_than", (10.0,), "%", 2023),
                ("level", "less_than", (5.0,), "%", 2025),
            ],
        ),
        # "cấp 98%" was masked as the ordinal "cấp 9", leaving 8 %: a wrong figure, no word said
        (
            "Huy động học sinh các cấp 98%; học sinh tốt nghiệp các cấp 99%.",
            [("level", "value", (98.0,), "%", 2025), ("level", "value", (99.0,), "%", 2025)],
        ),
        # "X = 0,5%" is the figure, not the comparison glued after it (Ngọc Trạo)
        (
            "Tỷ lệ hộ nghèo đến năm 2025 = 0,5%giảm 1,7% so với năm 2020.",
            [("level", "value", (0.5,), "%", 2025)],
        ),
        # "… dưới 10% vào năm 2023 và dưới 5% vào năm 2025": the second says it again
        (
            "Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 10% vào năm 2023 và dưới 5% vào năm 2025.",
            [
                ("level", "less_than", (10.0,), "%", 2023),
                ("level", "less_than", (5.0,), "%", 2025),
            ],
        ),
        # "nâng tỷ lệ … đạt hơn 62%" is the level it reaches (Sa Thầy)
        (
            "Nâng tỷ lệ che phủ rừng đạt hơn 62%.",
            [("level", "more_than", (62.0,), "%", 2025)],
        ),
        # kept at its bound every year: "duy trì trên X%" (Phúc Khánh), "duy trì X%" (Lào Cai)
        (
            "Tỷ lệ che phủ rừng duy trì trên 75,38%.",
            [("annual", "more_than", (75.38,), "%", (2021, 2025))],
        ),
        (
            "Tỷ lệ che phủ rừng duy trì 60%.",
            [("annual", "value", (60.0,), "%", (2021, 2025))],
        ),
        # any bound word the bound reader knows (fresh-eyes review: "hơn", "xấp xỉ" were not)
        (
            "Tỷ lệ che phủ rừng duy trì hơn 60%.",
            [("annual", "more_than", (60.0,), "%", (2021, 2025))],
        ),
        (
            "Tỷ lệ che phủ rừng duy trì ở mức xấp xỉ 60%.",
            [("annual", "about", (60.0,), "%", (2021, 2025))],
        ),
        # the plan's own parts are no figures: "5 nhiệm vụ trọng tâm, … và 10 giải pháp cụ thể"
        ("Đại hội xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp cụ thể.", []),
        # a document's parts and pages are no figures (a thesis's excerpt: Phú Lương)
        ("Trang 83 - 84", []),
        ("Chương 2 PHƯƠNG PHÁP NGHIÊN CỨU", []),
    ],
)
def test_round_9_wordings(sentence: str, expected: list[tuple[object, ...]]) -> None:
    found = _targets(PLAN + sentence)
    assert [
        (kind, comparator, numbers, unit, when)
        for kind, comparator, numbers, unit, when, _ in found
    ] == expected


def test_the_period_of_a_standard_is_not_the_plan_s() -> None:
    """Đông Sơn: targets "đến năm 2020" measured against 2015, with one "(theo tiêu chí chuẩn
    hộ nghèo giai đoạn 2011 - 2015)": the standard's period was taken for the plan's, and 9 of
    21 targets were put in 2011-2015."""
    draft = extract_text(
        "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2020\n"
        "- Tổng thu ngân sách đến năm 2020 đạt 30,4 tỷ đồng, tăng bình quân hàng năm 3,59%\n"
        "- Tỷ lệ tăng dân số tự nhiên hàng năm 1%.\n"
        "- Tỷ lệ hộ nghèo còn 1% đến năm 2020 (theo tiêu chí chuẩn hộ nghèo giai đoạn 2011 - "
        "2015), giảm 2,7% so với năm 2015.\n"
    ).draft
    assert draft.period == (2016, 2020)
    found = [
        (t.reading.kind, t.reading.numbers, t.reading.year, t.reading.period) for t in draft.targets
    ]
    assert found == [
        ("level", (30.4,), 2020, None),
        ("growth", (3.59,), None, (2016, 2020)),
        ("annual", (1.0,), None, (2016, 2020)),
        ("level", (1.0,), 2020, None),
    ]


def test_a_time_lead_inside_a_sentence_holds_for_the_parts_after_it() -> None:
    """Phú Lương: "Cơ cấu kinh tế năm 2017: …; Giá trị … tăng bình quân 5,0%/năm; Đến năm 2020:
    Nông lâm thuỷ sản 16,4%, Công nghiệp Xây dựng 52,6%, Thương mại Dịch vụ 31,0%". The parts
    after "Đến năm 2020:" were given the sentence's lead's year (2017), and the first of them,
    named after the time, took the growth of the clause before it."""
    draft = extract_text(
        "Mục tiêu giai đoạn 2013-2020:\n"
        "- Cơ cấu kinh tế năm 2017: Nông lâm thuỷ sản 24%, Công nghiệp Xây dựng 44%, Thương mại "
        "Dịch vụ 32%; Giá trị sản xuất nông lâm thuỷ sản tăng bình quân 5,0%/năm; Đến năm 2020: "
        "Nông lâm thuỷ sản 16,4%, Công nghiệp Xây dựng 52,6%, Thương mại Dịch vụ 31,0%.\n"
    ).draft
    found = sorted(
        (t.reading.year or 0, t.reading.kind, t.reading.numbers)
        for t in draft.targets
        if t.reading.kind != "growth"
    )
    assert found == [
        (2017, "structure", (24.0,)),
        (2017, "structure", (32.0,)),
        (2017, "structure", (44.0,)),
        (2020, "structure", (16.4,)),
        (2020, "structure", (31.0,)),
        (2020, "structure", (52.6,)),
    ]


def test_a_clause_is_cut_where_its_right_side_gets_its_figure() -> None:
    """ "…đến năm 2017 xuống dưới 10% và đến năm 2020 còn dưới 5%" was cut at "còn", the first
    clause keeping "và đến năm 2020" and so the year 2020."""
    found = _targets(
        PLAN + "Giảm tỷ lệ hộ nghèo đến năm 2023 xuống dưới 10% và đến năm 2025 còn dưới 5%."
    )
    assert [(kind, numbers, when) for kind, _, numbers, _, when, _ in found] == [
        ("level", (10.0,), 2023),
        ("level", (5.0,), 2025),
    ]


def test_a_heading_that_opens_a_list_gives_its_items_their_cue() -> None:
    """ "1. Tốc độ tăng trưởng kinh tế bình quân:" above "- Nông nghiệp 3%" makes the items
    sectors' growth rates, as a lead before ":" in the sentence does; they were levels of 3 %
    (Quận 12: "1. Tăng trưởng kinh tế:" above "- Thương mại dịch vụ 12 – 14%")."""
    found = _targets(
        PLAN + "1. Tốc độ tăng trưởng kinh tế bình quân:\n- Nông nghiệp 3%;\n- Công nghiệp 12%;\n"
        "- Nâng cấp đường giao thông nông thôn 80%.\n"
        "- Tỷ lệ lao động nông nghiệp trong tổng số lao động 35%.\n"
        "2. Văn hóa - xã hội:\n- Tỷ lệ hộ nghèo dưới 2%.\n"
    )
    # a sector's item takes the heading's cue; another item of the list does not, nor a rate
    # that names a sector
    assert [(kind, numbers, when) for kind, _, numbers, _, when, _ in found] == [
        ("growth", (3.0,), (2021, 2025)),
        ("growth", (12.0,), (2021, 2025)),
        ("level", (80.0,), 2025),
        ("level", (35.0,), 2025),
        ("level", (2.0,), 2025),
    ]


def test_numbers_that_are_no_figures_of_a_target() -> None:
    """Thái Bình's headings "1.Các chỉ tiêu kinh tế" (no space after the item's number) were
    drafted as targets of 1, 2 and 3; "giai đoạn 2" (a phase), "4 sao" (a star rating) and a
    time of day ("17:48") were figures."""
    extraction = extract_text(
        "Các chỉ tiêu chủ yếu năm 2019:\n1.Các chỉ tiêu kinh tế\n"
        "- Tốc độ tăng trưởng kinh tế đạt 8%.\n2.Các chỉ tiêu xã hội\n"
        "- Xây dựng phường đạt chuẩn quốc gia về y tế giai đoạn 2 vào năm 2019.\n"
        "- Có 5 sản phẩm OCOP đạt 4 sao.\n- Cập nhật lúc 17:48, tỷ lệ hộ nghèo dưới 2%.\n"
    )
    found = [(t.reading.kind, t.reading.numbers) for t in extraction.draft.targets]
    assert found == [
        ("growth", (8.0,)),
        ("qualitative", ()),
        ("level", (5.0,)),
        ("level", (2.0,)),
    ]
    assert extraction.draft.unread == []


def test_a_base_year_written_so_nam_is_a_comparison_not_a_past_figure() -> None:
    """An Giang's year plan: "Giảm tỷ lệ hộ nghèo 1,5% so năm 2015" was listed as a figure of
    2015 (a result), "so năm" (without "với") not being read as a comparison."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2016:\n- Tốc độ tăng trưởng kinh tế đạt 6%.\n"
        "- Giảm tỷ lệ hộ nghèo 1,5% so năm 2015.\n"
    ).draft
    assert [(t.reading.kind, t.reading.numbers, t.reading.period) for t in draft.targets] == [
        ("growth", (6.0,), (2016, 2016)),
        ("change", (1.5,), (2016, 2016)),
    ]
    assert draft.unread == []


def test_a_year_s_results_then_the_next_year_s_targets() -> None:
    """Quảng Ninh: a news report gives 2025's results, says they "chưa đạt các mục tiêu" (a
    verdict on targets, not an announcement of them), then the targets of 2026. The verdict was
    taken for the announcement, the plan made 2025-2026, and the results drafted as targets;
    "mục tiêu GRDP trên 12,5%" (the economy alone as a percentage) was a level, not its growth."""
    draft = extract_text(
        "Tại kỳ họp, HĐND tỉnh đã thống nhất đánh giá, năm 2025 tỉnh đạt nhiều kết quả khá toàn "
        "diện. Tốc độ tăng trưởng GRDP đạt 11,89%.\n"
        "Tuy nhiên, HĐND tỉnh cũng chỉ ra tăng trưởng GRDP năm 2025 dù cao nhưng chưa đạt các "
        "mục tiêu do Tỉnh ủy đề ra và chỉ tiêu Thủ tướng Chính phủ giao.\n"
        "HĐND tỉnh thông qua các chỉ tiêu chủ yếu năm 2026, trong đó mục tiêu GRDP trên 12,5% "
        "được đặt lên hàng đầu. Tỉnh đặt mục tiêu tổng thu ngân sách nhà nước trên địa bàn trên "
        "74.000 tỷ đồng.\n"
    ).draft
    assert draft.period == (2026, 2026)
    found = [(t.reading.kind, t.reading.numbers, t.reading.year) for t in draft.targets]
    assert found == [("growth", (12.5,), None), ("level", (74000.0,), 2026)]


def test_a_term_s_results_then_targets_announced_with_nhu() -> None:
    """An Khê: a ward's past term in results, then "Nhiệm kỳ 2025 - 2030, Đảng bộ phường đề ra
    một số chỉ tiêu quan trọng, như …". The announcement was not found ("như" did not open the
    targets), so every paragraph was read as targets, the results too."""
    draft = extract_text(
        "Nhiệm kỳ 2020 - 2025, Đảng bộ phường hoàn thành nhiều chỉ tiêu nghị quyết quan trọng. "
        "Tổng thu ngân sách của phường đạt gần 120 tỷ đồng.\n"
        "Nhiệm kỳ 2025 - 2030, Đảng bộ phường đề ra một số chỉ tiêu quan trọng, như tổng giá trị "
        "sản phẩm trên địa bàn bình quân hằng năm đạt từ 10-12%; phấn đấu đến năm 2030, 100% thủ "
        "tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.\n"
    ).draft
    assert draft.period == (2026, 2030)
    found = [(t.reading.kind, t.reading.numbers) for t in draft.targets]
    assert found == [("growth", (10.0, 12.0)), ("level", (100.0,))]


def test_what_is_fought_is_not_what_should_fall() -> None:
    """ "… thiết bị giảm thiểu ô nhiễm" names what fights pollution: the share should rise."""
    found = _targets(
        PLAN + "Đến năm 2025: 100% các cơ sở sản xuất mới xây dựng được trang bị các thiết bị "
        "giảm thiểu ô nhiễm."
    )
    assert [(kind, numbers, direction) for kind, _, numbers, _, _, direction in found] == [
        ("level", (100.0,), "increase")
    ]


@pytest.mark.parametrize(
    ("sentence", "ids"),
    [
        (
            "Tổng thu ngân sách trên địa bàn đạt 500 tỷ đồng, vượt dự toán tỉnh giao, tổng chi "
            "ngân sách địa phương 450 tỷ đồng.",
            ["tong_thu_ngan_sach_tren_dia_ban", "tong_chi_ngan_sach_dia_phuong"],
        ),
        (
            "Tốc độ tăng trưởng kinh tế đạt 8%, cao hơn bình quân chung của tỉnh, thu nhập bình "
            "quân đầu người đạt 60 triệu đồng.",
            ["tang_truong_kinh_te", "thu_nhap_binh_quan_dau_nguoi"],
        ),
        # "và" inside a name is passed over: the right side runs to its figure
        (
            "Sản lượng lương thực đạt 10.012 tấn, giá trị sản phẩm trên một ha đất trồng trọt và "
            "nuôi trồng thủy sản đạt 169 triệu đồng.",
            ["san_luong_luong_thuc", "gia_tri_san_pham_tren_mot_ha_dat_trong_trot_va"],
        ),
    ],
)
def test_a_comment_after_a_figure_is_no_part_of_the_next_target(
    sentence: str, ids: list[str]
) -> None:
    """The right side of a cut ran on past commas until it held a figure, so a comment
    ("…, vượt dự toán tỉnh giao, …") became the next target's name (fresh-eyes review)."""
    draft = extract_text("Các chỉ tiêu chủ yếu năm 2025:\n- " + sentence + "\n").draft
    assert [i.id for i in draft.indicators] == ids


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        # a document's part names itself with a capital; a figure after it is still one
        ("Tỷ lệ hộ dùng nước sạch (Phụ lục 2 - 95%).", [(95.0,)]),
        ("Xây dựng mô hình 50 ha lúa chất lượng cao.", [(50.0,)]),
        ("Giải ngân các khoản 200 tỷ đồng vốn đầu tư công.", [(200.0,)]),
        ("Bảo đảm 120 đại biểu dự đại hội.", [(120.0,)]),
        # a ratio is no time of day: it is drafted for review, not dropped without a word
        ("Tỷ lệ học sinh/giáo viên 1:25.", [(25.0,)]),
        # a date's time is no figure
        ("Đăng ngày 12-10-2020 08:22. Tỷ lệ hộ nghèo dưới 2%.", [(2.0,)]),
    ],
)
def test_document_parts_and_times_of_day_are_no_figures_but_the_rest_are(
    sentence: str, numbers: list[tuple[float, ...]]
) -> None:
    """Fresh-eyes review: "mô hình 50 ha", "khoản 200 tỷ đồng", "đại biểu 120" were masked as
    a document's parts ("hình", "khoản", "biểu"), "Phụ lục 2 - 95%" lost its 9, and a ratio
    "1:25" was taken for a time of day and dropped without a word."""
    draft = extract_text("Các chỉ tiêu chủ yếu năm 2025:\n- " + sentence + "\n").draft
    assert [t.reading.numbers for t in draft.targets] == numbers


def test_a_meeting_that_reviews_one_year_and_sets_the_next_plans_the_next() -> None:
    # An Nhơn 2024: "sơ kết tình hình KT-XH năm 2023, triển khai nhiệm vụ trọng tâm năm 2024"
    # is a plan of 2024; the 2023 paragraph's figures are its results
    extraction = extract_text(
        "Chiều 29.11, UBND thị xã họp sơ kết tình hình KT-XH năm 2023, triển khai nhiệm vụ "
        "trọng tâm năm 2024.\nNăm 2023, tổng giá trị sản xuất ước đạt trên 25.032 tỷ đồng, "
        "đạt 100,5% so với kế hoạch.\nNăm 2024, thị xã phấn đấu đạt tốc độ tăng trưởng kinh tế "
        "theo giá trị sản xuất từ 16,5-17,5%.",
        lang="en",
    )
    assert extraction.draft.period == (2024, 2024)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(16.5, 17.5)]
    assert "a figure of 2023, before the plan's time" in extraction.yaml


def test_a_measure_named_theo_after_another_is_a_variant_of_its_subject() -> None:
    # An Nhơn 2024: the economy's growth by output, then by value added
    found = _targets(
        "Năm 2024, thị xã phấn đấu đạt tốc độ tăng trưởng kinh tế theo giá trị sản xuất từ "
        "16,5-17,5%; theo giá trị sản phẩm từ 8,2 - 8,5%."
    )
    assert [(kind, numbers) for kind, _, numbers, _, _, _ in found] == [
        ("growth", (16.5, 17.5)),
        ("growth", (8.2, 8.5)),
    ]
    draft = build_draft(
        [
            _Block(
                "Năm 2024, thị xã phấn đấu đạt tốc độ tăng trưởng kinh tế theo giá trị sản xuất "
                "từ 16,5-17,5%; theo giá trị sản phẩm từ 8,2 - 8,5%."
            )
        ]
    )
    assert draft.indicators[1].name.endswith("tốc độ tăng trưởng kinh tế theo giá trị sản phẩm")


def test_an_anniversary_and_the_standards_criteria_are_no_figures() -> None:
    """Hưng Yên: "[Photo] Thành phố Hưng Yên sau 20 năm tái lập tỉnh" was a target of 20;
    Phúc Yên: "Xây dựng nông thôn theo 19 tiêu chí nông thôn mới" one of 19. A count of the
    criteria met stays a figure."""
    extraction = extract_text(
        "Các chỉ tiêu chủ yếu năm 2020:\n- Thành phố Hưng Yên sau 20 năm tái lập tỉnh.\n"
        "- Kỷ niệm 75 năm ngày thành lập; 30 năm tái lập huyện.\n"
        "- Xây dựng nông thôn theo 19 tiêu chí nông thôn mới.\n"
        "- Xã Tân Hưng đạt 19/19 tiêu chí nông thôn mới.\n"
    )
    found = [(t.reading.kind, t.reading.numbers) for t in extraction.draft.targets]
    assert [numbers for kind, numbers in found if numbers] == [(19.0,)]  # 19/19 met


def test_a_denominator_of_ten_thousand_people_written_out_is_the_units() -> None:
    """An Giang: "Số giường bệnh trên 10.000 dân khoảng 20,04 giường" was a target of more than
    10,000, not about 20.04 beds per 10,000 people."""
    draft = extract_text(
        "Các chỉ tiêu chủ yếu năm 2016:\n-Số giường bệnh trên 10.000 dân khoảng 20,04 giường.\n"
        "- Số bác sĩ cho 10000 dân đạt 9 bác sĩ.\n"
    ).draft
    found = [(t.reading.comparator, t.reading.numbers) for t in draft.targets]
    assert found == [("about", (20.04,)), ("value", (9.0,))]
    assert [i.unit for i in draft.indicators] == ["giường/10.000 dân", "bác sĩ/10000 dân"]


def test_the_year_of_a_vision_named_beside_the_plan_is_not_the_plans() -> None:
    """Đông Hòa: "... đến năm 2030, tầm nhìn đến năm 2045" and a closing "Đến năm 2045, ..."
    made the plan's period 2030-2045 and every target's year 2045."""
    extraction = extract_text(
        "UBND thị xã vừa ban hành kế hoạch thực hiện Nghị quyết 29 về đẩy mạnh công nghiệp hóa "
        "đến năm 2030, tầm nhìn đến năm 2045.\nĐịa phương này phấn đấu đến năm 2030, tỉ lệ "
        "lao động qua đào tạo đạt trên 85%; 80% xã đạt chuẩn nông thôn mới nâng cao.\n"
        "Đến năm 2045, thị xã có nền kinh tế phát triển, hoàn chỉnh nền tảng chuyển đổi số.",
    )
    # (a plan to a decade's end that names no term is the decade's: the analysts' reading of
    # Đông Hòa, benchmarks/extract/expected/dong-hoa-phu-yen-2030.yaml)
    assert extraction.draft.period == (2021, 2030)
    found = [(t.reading.numbers, t.reading.year) for t in extraction.draft.targets]
    assert [item for item in found if item[0]] == [((85.0,), 2030), ((80.0,), 2030)]


def test_a_document_named_by_its_number_is_no_figure() -> None:
    """Đông Hòa: "kế hoạch thực hiện Nghị quyết 29 của Ban Chấp hành Trung ương" was a target of
    29 (Bến Tre's "Chỉ thị số 05" too)."""
    extraction = extract_text(
        "Các chỉ tiêu chủ yếu năm 2025:\n- Thực hiện Nghị quyết 29 và Chỉ thị số 05 của Tỉnh ủy."
        "\n- Tỷ lệ lao động qua đào tạo đạt 85%.\n"
    )
    assert [t.reading.numbers for t in extraction.draft.targets if t.reading.numbers] == [(85.0,)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the level after "xuống" is the target; "từ 4,5%" is where it starts
        ("Phấn đấu giảm tỷ lệ hộ nghèo từ 4,5% xuống còn 2%.", ("value", (2.0,), "decrease")),
        ("Tỷ lệ che phủ rừng nâng từ 45% lên 50%.", ("value", (50.0,), "increase")),
        # Hiệp Hòa: a target adjusted down keeps the herd's own way (more is better)
        (
            "Đàn lợn điều chỉnh giảm từ 140 nghìn con xuống 130 nghìn con.",
            ("value", (130.0,), "increase"),
        ),
        (
            "Thịt hơi các loại điều chỉnh giảm từ gần 27.692 tấn xuống 27.652 tấn.",
            ("value", (27652.0,), "increase"),
        ),
        # "từ 10 đảng viên trở lên" is a bound, not a start
        ("Hằng năm kết nạp từ 10 đảng viên trở lên.", ("at_least", (10.0,), "increase")),
    ],
)
def test_a_change_from_one_level_to_another_targets_the_second(
    sentence: str, expected: tuple[str, tuple[float, ...], str | None]
) -> None:
    found = _targets("Các chỉ tiêu chủ yếu năm 2025:\n- " + sentence)
    assert [
        (comparator, numbers, direction) for _, comparator, numbers, _, _, direction in found
    ] == [expected]


def test_a_paragraph_that_opens_by_reporting_results_holds_no_targets() -> None:
    """Minh Tân: the last term's results ("đạt được những kết quả toàn diện. Tổng giá trị sản
    xuất 5 năm là 1.120 tỷ đồng. ...") were drafted as targets of the new term."""
    extraction = extract_text(
        "Sáng ngày 04/5, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ 34, nhiệm kỳ 2020-2025.\n"
        "Thực hiện Nghị quyết Đại hội lần thứ 33, Đảng bộ xã đã tập trung lãnh đạo đạt được "
        "những kết quả toàn diện. Tổng giá trị sản xuất 5 năm là 1.120 tỷ đồng. Tốc độ tăng "
        "trưởng 8,7%.\nNhiệm kỳ 2020-2025, Đảng bộ xã phấn đấu tốc độ tăng trưởng kinh tế bình "
        "quân 5 năm đạt 10% trở lên.",
        lang="en",
    )
    assert [t.reading.numbers for t in extraction.draft.targets] == [(10.0,)]
    assert [u.text for u in extraction.draft.unread] == [
        "Tổng giá trị sản xuất 5 năm là 1.120 tỷ đồng",
        "Tốc độ tăng trưởng 8,7%",
    ]
    assert "a result or a comparison with a base year" in extraction.yaml


@pytest.mark.parametrize(
    "sentence",
    [
        # Quảng Ngãi, Tây Sơn: a news lead's meeting, not a target of 2.5, 200 or 6
        "Sáng 12-9, sau 2,5 ngày làm việc khẩn trương, nghiêm túc, Đại hội đã bế mạc.",
        "Ngày 14-8, Đảng bộ xã tổ chức Đại hội lần thứ I, với sự tham dự của 200 đại biểu.",
        "Đảng bộ xã đã xây dựng 6 định hướng trọng tâm để phát triển trong nhiệm kỳ.",
    ],
)
def test_a_news_leads_meeting_is_no_target(sentence: str) -> None:
    assert [numbers for _, _, numbers, _, _, _ in _targets(PLAN + "- " + sentence) if numbers] == []


def test_a_report_of_the_term_just_ended_announces_no_targets() -> None:
    """Hòa Phong: "Nhiệm kỳ vừa qua, Đảng bộ xã … hoàn thành các chỉ tiêu …" was read as the
    announcement of the targets, giving the plan the past term's years (2016-2020), and its
    results were drafted as targets."""
    extraction = extract_text(
        "Ngày 22-5, Đảng bộ xã tổ chức Đại hội Đảng bộ lần thứ XIV, nhiệm kỳ 2020-2025.\n"
        "Đại hội thông qua nghị quyết nhiệm kỳ mới với các chỉ tiêu cụ thể: giá trị sản xuất "
        "tăng bình quân 5 năm 11,6%; thu nhập bình quân đầu người 90-95 triệu đồng/người/năm.\n"
        "Nhiệm kỳ vừa qua, Đảng bộ xã lãnh đạo nhân dân hoàn thành các chỉ tiêu phát triển kinh "
        "tế - xã hội. Tổng giá trị sản xuất đạt 759 tỷ đồng, tăng bình quân hằng năm 15,6%; xã "
        "đạt chuẩn nông thôn mới giai đoạn 2016-2020.",
    )
    assert extraction.draft.period == (2021, 2025)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(11.6,), (90.0, 95.0)]


def test_a_later_period_the_plan_prepares_is_not_its_own() -> None:
    """Sơn La 2025: "…, tạo tiền đề thực hiện kế hoạch … giai đoạn 2026 - 2030" and "hướng tới
    bứt phá giai đoạn 2026-2030" made the year's plan one of 2026-2030; "Định hướng đến năm
    2030, … giai đoạn 2026 - 2030" still names its target's period."""
    extraction = extract_text(
        "Năm 2025, tỉnh được giao nhiệm vụ thực hiện mục tiêu tăng trưởng GRDP đạt 8% trở lên, "
        "tạo tiền đề thực hiện kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030.\n"
        "Theo đó, GRDP bình quân đầu người đạt 61,8 triệu đồng/người/năm; dịch vụ hướng tới bứt "
        "phá giai đoạn 2026-2030.",
    )
    assert extraction.draft.period == (2025, 2025)
    assert [(t.reading.year, t.reading.period) for t in extraction.draft.targets] == [
        (None, (2025, 2025)),  # the year's growth
        (2025, None),
    ]
    found = _targets(
        "Các chỉ tiêu chủ yếu giai đoạn 2021-2025:\nĐịnh hướng đến năm 2030, tốc độ tăng tổng sản "
        "phẩm bình quân giai đoạn 2026 - 2030 đạt trên 8%."
    )
    assert [when for *_, when, _ in found] == [(2026, 2030)]


def test_the_colon_of_a_later_sentence_does_not_close_the_announcement() -> None:
    """Thái Nguyên: "Các chỉ tiêu chủ yếu là Tổng sản phẩm … đạt 361,6 nghìn tỷ đồng. Cơ cấu kinh
    tế: …" lost its first target to the announcement, which ran to the colon after it."""
    found = _targets(
        "Các chỉ tiêu chủ yếu là Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành đến năm "
        "2030 đạt 361,6 nghìn tỷ đồng. Cơ cấu kinh tế: công nghiệp, xây dựng 54,6%; dịch vụ "
        "36,5%; nông, lâm nghiệp, thủy sản 8,9%."
    )
    assert [numbers for _, _, numbers, _, _, _ in found] == [(361.6,), (54.6,), (36.5,), (8.9,)]


def test_a_files_name_on_a_web_page_is_no_figure() -> None:
    """Bắc Ninh: an image's name left on the page, "img-2025-07-14-143712.jpg", was a target of
    7 to 14."""
    found = _targets(PLAN + "img-2025-07-14-143712.jpg\n- Tỷ lệ hộ nghèo dưới 1%; xem bao-cao.pdf")
    assert [numbers for _, _, numbers, _, _, _ in found] == [(1.0,)]


def test_a_councils_session_report_of_the_year_then_its_plan_of_the_next() -> None:
    """Trung Đồng: "Kỳ họp thứ 14 HĐND xã … nhiệm kỳ 2016 – 2021" (the council's term, written
    without "khóa") made the plan one of 2017-2021, and the 2020 report's figures, after "…
    đạt nhiều kết quả tích cực;" in the same sentence, were drafted as targets."""
    extraction = extract_text(
        "Kỳ họp thứ 14 HĐND xã Trung Đồng nhiệm kỳ 2016 – 2021\n"
        "Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế xã hội năm 2020 đánh giá, xã tiếp "
        "tục phát triển và đạt nhiều kết quả tích cực; tổng sản lượng lương thực có hạt đạt gần "
        "4000 tấn, thu nhập bình quân đầu người 36 triệu đồng.\n"
        "Năm 2021, xã Trung Đồng phấn đấu thu nhập bình quân đầu người 37 triệu đồng, sản lượng "
        "lương thực cây có hạt trên 3.600 tấn.",
    )
    assert extraction.draft.period == (2021, 2021)
    assert [t.reading.numbers for t in extraction.draft.targets] == [(37.0,), (3600.0,)]
