"""Rules learned from held-out rounds 90 to 93 (session 25). Each test failed before its rule;
the guards say where a rule must not reach."""

from __future__ import annotations

from pathlib import Path

from plantrack.extract import extract_text
from plantrack.extract.beside import plan_beside_results
from plantrack.extract.sources import source_from_text

# Ninh Thuận 2022 (round 85): one result with the plan's figure named "KH" beside it, in a
# report of results; before, its 24 other figures were drafted as targets.
NINH_THUAN = (
    "Đồng chí Cục trưởng Cục Thống kê tỉnh cho biết: Trong tổng số 18 chỉ tiêu Nghị quyết HĐND "
    "tỉnh giao, dự kiến năm 2022 có 11 chỉ tiêu đạt và vượt kế hoạch (KH). Tổng sản phẩm trên "
    "địa bàn (GRDP) năm 2022 ước tăng 10,02% so với năm 2021 (KH tăng 10-10,5%); thu nhập bình "
    "quân đầu người ước đạt 70,5 triệu đồng, tăng 7,8% so với năm 2021; sản lượng lương thực "
    "đạt 320 nghìn tấn, giảm 3,2%.\n"
)
# Hải Phòng 2025 (round 44), Đắk Lắk 2025 (round 91): the plan said "kế hoạch … là", its year
# named in the mark, its unit a scale and a noun.
HAI_PHONG = (
    "Theo đó, có 22 chỉ tiêu chủ yếu cần thực hiện trong 6 tháng cuối năm, trong đó tốc độ tăng "
    "trưởng GRDP đạt 13,35% (kế hoạch năm 2025 là 12,35%); thu ngân sách nhà nước 64.017,5 tỷ "
    "đồng (kế hoạch năm 165.011,6 tỷ đồng); sản lượng hàng hóa thông qua cảng đạt 126,67 triệu "
    "tấn (kế hoạch năm 2025 là 213 triệu tấn).\n"
)


def _read(text: str) -> list[tuple[tuple[float, ...], str | None, int | None]]:
    return [
        (t.reading.numbers, t.reading.unit, t.reading.year or (t.reading.period or (None,))[0])
        for t in extract_text(text).draft.targets
    ]


def test_one_result_beside_the_plan_s_named_figure_makes_a_report() -> None:
    draft = extract_text(NINH_THUAN).draft
    assert draft.beside
    assert [(t.reading.kind, t.reading.numbers) for t in draft.targets] == [
        ("growth", (10.0, 10.5))
    ]
    assert draft.period == (2022, 2022)
    listed = " ".join(u.text for u in draft.unread)
    assert "70,5 triệu đồng" in listed and "320 nghìn tấn" in listed


def test_the_plan_said_with_la_and_its_year_named_in_the_mark() -> None:
    draft = extract_text(HAI_PHONG).draft
    assert draft.beside
    assert draft.period == (2025, 2025)  # the marks' year: the text names no other
    assert [t.reading.numbers for t in draft.targets] == [(12.35,), (165011.6,), (213.0,)]
    assert draft.targets[2].reading.unit == "triệu tấn"
    assert "kế hoạch năm 2025 là 213 triệu tấn" in draft.targets[2].written
    growth = extract_text(
        "Năm 2025 tăng trưởng GRDP ước đạt 7,18% (kế hoạch là 8%). Tổng vốn đầu tư ước đạt 62.974 "
        "tỷ đồng, đạt 85,48% kế hoạch (KH: 73.670 tỷ đồng).\n"
    ).draft
    assert [t.reading.numbers for t in growth.targets] == [(8.0,), (73670.0,)]


def test_a_result_s_piece_is_listed_once() -> None:
    """ "Tăng trưởng GRDP 9 tháng ước đạt 6,9%": two figures in one piece, listed twice before."""
    text = (
        "Tăng trưởng GRDP 9 tháng ước đạt 6,9% (kịch bản tăng trưởng (KBTT): 7,87%). Năm 2025 "
        "tăng trưởng GRDP ước đạt 7,18% (kế hoạch là 8%).\n"
    )
    found = plan_beside_results(source_from_text(text, Path("x.txt")).blocks)
    assert found is not None
    places = [(r.block, r.start) for r in found.results]
    assert len(places) == len(set(places)) > 0


def test_a_year_s_plan_opened_with_ve_ke_hoach_is_an_aim() -> None:
    """Thủy sản 2022: a review with the plan's figures beside its results, then "Về kế hoạch
    năm 2023, ngành thủy sản đặt ra: … 1,3 triệu ha": the text's own aim, not a report (a guard:
    read as a report, its 2023 aim lost, once one pair was enough)."""
    text = (
        "Năm 2022, sản lượng khai thác đạt 3,86 triệu tấn, chưa đạt chỉ tiêu theo kế hoạch (giảm "
        "còn khoảng 3,72 triệu tấn), nuôi trồng đạt 5,19 triệu tấn và 3,7% theo kế hoạch (5 triệu "
        "tấn).\n"
        "Về kế hoạch năm 2023, ngành thủy sản đặt ra: Diện tích nuôi trồng thủy sản cơ bản giữ ổn "
        "định so với năm 2022, tổng diện tích 1,3 triệu ha.\n"
    )
    draft = extract_text(text).draft
    assert not draft.beside
    assert (1.3,) in [t.reading.numbers for t in draft.targets]


def test_a_plan_issued_then_its_aims_after_a_colon_are_read() -> None:
    """Đông Sơn 2015-2020 (round 90): "UBND huyện đã ban hành kế hoạch … cụ thể: phấn đấu …":
    what was issued is the plan whose aims follow, not a report; before, none was drafted."""
    text = (
        "Để thực hiện mục tiêu đề ra, UBND huyện đã ban hành kế hoạch thực hiện Nghị quyết với "
        "những nhiệm vụ và giải pháp cụ thể: phấn đấu đạt tốc độ tăng giá trị sản xuất bình quân "
        "giai đoạn 2016-2020 17,5%/năm; Thu nhập bình quân đầu người năm 2020 đạt 54,5 triệu "
        "đồng; Tỷ lệ dân số đô thị năm 2020 đạt 32% trở lên.\n"
    )
    assert [t.reading.numbers for t in extract_text(text).draft.targets] == [
        (17.5,),
        (54.5,),
        (32.0,),
    ]
    # (a guard: what was issued, counted, is still a report)
    report = "Năm 2023, UBND huyện đã ban hành 12 kế hoạch, 5 đề án: về nông nghiệp.\n"
    assert extract_text(report).draft.targets == []


def test_what_a_place_has_not_and_is_no_longer_is_no_target() -> None:
    """Đồng Tháp tourism (round 93): "không có núi, không có biển nhưng có …" and "không còn là
    nơi 'khuất nẻo'" describe the province; before, each was drafted as a target of zero."""
    text = (
        "Mục tiêu đến năm 2025, du lịch thu hút trên 05 triệu lượt khách. Đồng Tháp không có núi, "
        "không có biển nhưng có nhiều tài nguyên văn hóa bản địa. Đồng Tháp không còn là nơi "
        "khuất nẻo mà là điểm đến hấp dẫn.\n"
    )
    assert [t.reading.numbers for t in extract_text(text).draft.targets] == [(5.0,)]
    # (a guard: none left, the aim of zero, is still read)
    aim = "Mục tiêu đến năm 2025: trên địa bàn nông thôn không còn nhà tạm, nhà dột nát.\n"
    assert [t.reading.numbers for t in extract_text(aim).draft.targets] == [(0.0,)]


def test_the_share_of_farm_workers_trained_rises() -> None:
    """Hậu Giang agriculture (round 93): "Tỷ lệ lao động nông nghiệp qua đào tạo đạt 70%" rises,
    unlike the share of farm workers in the labour force."""
    text = "Mục tiêu đến năm 2025: Tỷ lệ lao động nông nghiệp qua đào tạo đạt 70%.\n"
    assert [t.reading.direction for t in extract_text(text).draft.targets] == ["increase"]
    share = "Mục tiêu đến năm 2025: Tỷ lệ lao động nông nghiệp trong tổng lao động còn 30%.\n"
    assert [t.reading.direction for t in extract_text(share).draft.targets] == ["decrease"]


def test_a_range_written_with_an_arrow() -> None:
    """Tam Dương 2020 (round 94): "tăng trưởng kinh tế bình quân đạt 18->19%" is 18 to 19 %."""
    text = "Năm 2020, phấn đấu tăng trưởng kinh tế bình quân đạt 18->19%.\n"
    target = extract_text(text).draft.targets[0].reading
    assert (target.comparator, target.numbers) == ("range", (18.0, 19.0))


def test_items_dashed_inside_a_paragraph_are_items() -> None:
    """Crop strategy 2030 (round 95): "… 8 - 10%/năm. - Đảm bảo tưới chủ động trên 85% …" in one
    paragraph: each dash after a full stop opens an item; before, the growth of the item
    before it made each share a growth rate in tỷ đồng."""
    text = (
        "* Theo đó, mục tiêu phát triển của Chiến lược được đặt ra như sau: 1. Mục tiêu chung Phát "
        "triển trồng trọt thành ngành kinh tế kỹ thuật hoàn chỉnh. 2. Mục tiêu cụ thể đến năm "
        "2030 - Tốc độ tăng trưởng giá trị sản xuất trồng trọt bình quân 2,2 - 2,5%/năm. - Đảm "
        "bảo tưới chủ động trên 85% diện tích đất chuyên trồng lúa; 70% diện tích cây trồng cạn "
        "được tưới. - Tỷ lệ diện tích sản xuất hữu cơ 1%.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.kind, t.reading.unit) for t in draft.targets] == [
        ("growth", None),
        ("level", "%"),
        ("level", "%"),
        ("level", "%"),
    ]
    # (a guard: a dash between sectors' names opens nothing)
    sectors = (
        "Mục tiêu đến năm 2030: cơ cấu kinh tế Nông - Lâm - Thủy sản 20%; Công nghiệp - Xây "
        "dựng 40%; Dịch vụ 40%.\n"
    )
    assert len(extract_text(sectors).draft.targets) == 3


def test_the_nearest_sentence_before_names_the_year_of_its_aims() -> None:
    """Mỹ An 2018 (round 97): "… kết quả … của UBND xã năm 2017. Năm 2018, xã Mỹ An tiếp tục xây
    dựng 18 chỉ tiêu … . Toàn xã phấn đấu … đạt gần 2000 tấn": the aims of 2018, not of the
    year the paragraph opened with; before, nothing was drafted."""
    text = (
        "Tại kỳ họp, các đại biểu thảo luận kết quả đạt được của UBND xã năm 2017. Năm 2018, xã Mỹ "
        "An tiếp tục xây dựng 18 chỉ tiêu phát triển kinh tế xã hội. Toàn xã phấn đấu sản lượng "
        "lương thực có hạt đạt gần 2000 tấn, thu nhập bình quân đầu người đạt 40 triệu "
        "đồng/người/năm.\n"
    )
    draft = extract_text(text).draft
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == [
        ((2000.0,), 2018),
        ((40.0,), 2018),
    ]
    # (a guard: a paragraph on a year before the plan still reports it)
    past = (
        "Kế hoạch năm 2015 của huyện.\nTheo báo cáo, năm 2014 tình hình kinh tế ổn định. Tổng giá "
        "trị sản xuất đạt 2.629 tỷ đồng.\nNăm 2015, phấn đấu tổng giá trị sản xuất đạt 2.900 tỷ "
        "đồng.\n"
    )
    assert [t.reading.numbers for t in extract_text(past).draft.targets] == [(2900.0,)]


def test_a_meeting_at_a_year_s_end_is_no_end_of_the_plan() -> None:
    """Bình Phước 2018 (round 96): "… thông qua 27 chỉ tiêu … trình HĐND tỉnh tại kỳ họp cuối năm
    2017. … UBND tỉnh đề ra 27 chỉ tiêu … trong năm 2018. Trong đó, …": a plan of 2018; before,
    "cuối năm 2017" made it one of 2013-2017, and every target's year was wrong."""
    text = (
        "Sáng ngày 13/11, UBND tỉnh đã chủ trì cuộc họp nhằm thông qua 27 chỉ tiêu kinh tế – văn "
        "hóa xã hội trình HĐND tỉnh tại kỳ họp cuối năm 2017.\n"
        "Theo báo cáo tại cuộc họp, UBND tỉnh đề ra 27 chỉ tiêu nhiệm vụ về kinh tế – văn hóa xã "
        "hội trong năm 2018. Trong đó, Thu ngân sách 5.455 tỷ đồng; tỷ lệ che phủ rừng 70%.\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2018, 2018)
    assert [t.reading.year for t in draft.targets] == [2018, 2018]


def test_the_plan_s_range_with_its_percent_and_the_plan_said_is() -> None:
    """Tiền Giang 2019 and Đắk Nông 2020 (round 96): "đạt 7,26% (kế hoạch tăng 7% – 7,5%)", and
    "Đến hết quý III năm 2020, tăng trưởng … mới đạt 6,58%, … khó đạt kế hoạch đề ra là 7,91%"
    (the quarter the result's): the plan's figures; before, the results were drafted."""
    tien_giang = (
        "Ngày 06-01, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị tổng kết việc thực hiện nhiệm vụ "
        "chính trị năm 2019. Theo đó, tốc độ tăng trưởng kinh tế (GRDP) cả năm đạt 7,26% (kế "
        "hoạch tăng 7% – 7,5%); tổng thu ngân sách 11.260 tỷ đồng, đạt 121% dự toán năm, tăng "
        "27,6% so với cùng kỳ.\n"
    )
    draft = extract_text(tien_giang).draft
    assert [(t.reading.numbers, t.reading.period) for t in draft.targets] == [
        ((7.0, 7.5), (2019, 2019))
    ]
    dak_nong = (
        "Đến hết quý III năm 2020, tăng trưởng kinh tế toàn tỉnh mới đạt 6,58%, thấp hơn 0,37% "
        "so với cùng kỳ năm 2019 và sẽ khó đạt kế hoạch đề ra là 7,91%.\n"
    )
    draft = extract_text(dak_nong).draft
    assert [(t.reading.numbers, t.reading.period) for t in draft.targets] == [
        ((7.91,), (2020, 2020))
    ]
    # (a guard: a plan that names its own plan so is read as a plan)
    plan = "Năm 2024, phấn đấu đạt kế hoạch là tăng trưởng 8%; thu ngân sách 500 tỷ đồng.\n"
    draft = extract_text(plan).draft
    assert not draft.beside and len(draft.targets) == 2


def test_an_aim_to_meet_and_pass_the_targets_is_no_result() -> None:
    """Nghệ An 2019 (round 96): "toàn tỉnh phấn đấu đạt và vượt các chỉ tiêu … đề ra. Cụ thể, về
    chỉ tiêu kinh tế, …": an aim that announces the targets, not a result; before, its
    paragraph's twelve targets were left outside."""
    text = (
        "HĐND tỉnh vừa ban hành Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2019.\n"
        "Theo đó, năm 2019, toàn tỉnh phấn đấu đạt và vượt các chỉ tiêu kinh tế - xã hội đề ra. "
        "Cụ thể, về chỉ tiêu kinh tế, tốc độ tăng trưởng tổng sản phẩm (GRDP) đạt 9,0% - 9,5%; "
        "thu ngân sách 13.498 tỷ đồng.\n"
        "Về chỉ tiêu xã hội: tỷ lệ hộ nghèo giảm còn 4,0%; tỷ lệ lao động được đào tạo 63%.\n"
    )
    assert [t.reading.numbers for t in extract_text(text).draft.targets] == [
        (9.0, 9.5),
        (13498.0,),
        (4.0,),
        (63.0,),
    ]


def test_a_page_dated_in_a_congress_year_plans_the_next_five() -> None:
    """Thừa Thiên Huế 2015-2020 (round 99): "Các chỉ tiêu chủ yếu" on a page of 24/10/2015 that
    names no year: the term's 2016-2020; before, 2015-2019, every growth's period wrong."""
    text = (
        "24/10/2015 - 20:53\nCác chỉ tiêu chủ yếu\nVề kinh tế: Tổng sản phẩm trong tỉnh (GRDP) tăng "
        "bình quân trên 9%/năm. Tỷ lệ đô thị hóa từ 60 - 65%.\n"
    )
    assert extract_text(text).draft.period == (2016, 2020)
    # (and from its own year when that is none: a page of 2016 plans 2016-2020)
    assert extract_text(text.replace("24/10/2015", "14/03/2016")).draft.period == (2016, 2020)


def test_targets_met_counted_with_cac_are_a_result() -> None:
    """Mang Thít 2020-2025 (round 98): "Hoàn thành đạt và vượt 16/22 các chỉ tiêu nghị quyết đã
    đề ra": the past term's targets met, counted; before, a target of 16 that also made the plan
    one of 2016-2020."""
    text = (
        "Nhiệm kỳ 2015- 2020, Đảng bộ huyện đã đoàn kết, nỗ lực phấn đấu và đạt được nhiều thành "
        "tựu quan trọng. Hoàn thành đạt và vượt 16/22 các chỉ tiêu nghị quyết đã đề ra, hệ thống "
        "chính trị được củng cố.\n"
        "Nhiệm kỳ 2020- 2025, Đảng bộ huyện đề ra phương hướng: Xây dựng 100% xã nông thôn mới.\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2021, 2025)
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == [((100.0,), 2025)]


def test_a_date_written_year_first_is_a_date() -> None:
    """Tân An 2025 (round 101): a page's stamp "发帖时间:2025-03-15 04:51:12" (Mỹ An's "quantri
    gửi vào T6, 2018-01-12 07:47") is a date; before, a target of 2025 (or a figure outside)."""
    text = (
        "发帖时间:2025-03-15 04:51:12\n"
        "Mục tiêu đến năm 2025, 100% hộ gia đình phân loại rác tại nguồn.\n"
    )
    draft = extract_text(text).draft
    assert [t.reading.numbers for t in draft.targets] == [(100.0,)]
    assert draft.unread == []


def test_a_rate_from_one_year_down_to_another_is_a_result() -> None:
    """Nậm Pồ 2021-2025 (round 101): "Giai đoạn 2016-2020, tỷ lệ hộ nghèo của huyện từ 72,09%
    (năm 2016) giảm xuống còn 51,74% (năm 2020)": the past term's fall; before, a target of at
    least 72,09 % of 2016."""
    text = (
        "Giai đoạn 2016-2020, tỷ lệ hộ nghèo của huyện từ 72,09% (năm 2016) giảm xuống còn 51,74% "
        "(năm 2020).\n"
        "Mục tiêu đến năm 2025, phấn đấu giảm tỷ lệ hộ nghèo còn dưới 30%.\n"
    )
    assert (72.09,) not in [t.reading.numbers for t in extract_text(text).draft.targets]


def test_a_flow_over_the_whole_term_or_its_named_period_is_its_total() -> None:
    """Hòn Nghệ 2020-2025 (round 102) and Kiên Giang 2021-2025 (round 103): "Khai thác thủy sản
    trong cả nhiệm kỳ đạt 18.000 tấn", "Thu ngân sách giai đoạn 2021-2025 đạt 73.645 tỷ đồng":
    totals over the term; before, levels of 2025."""
    text = (
        "Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025: Khai thác thủy sản trong cả nhiệm kỳ đạt 18.000 "
        "tấn; Thu ngân sách giai đoạn 2021-2025 đạt 73.645 tỷ đồng; thu ngân sách năm 2025 đạt "
        "16.000 tỷ đồng.\n"
    )
    assert [
        (t.reading.kind, t.reading.period or t.reading.year)
        for t in extract_text(text).draft.targets
    ] == [
        ("cumulative", (2021, 2025)),
        ("cumulative", (2021, 2025)),
        ("level", 2025),
    ]


def test_other_aim_words_before_dat_va_vuot_are_no_result() -> None:
    """The second review: "toàn tỉnh quyết tâm (nỗ lực) đạt và vượt các chỉ tiêu … Cụ thể, …" is an
    aim, as "phấn đấu đạt và vượt" is; before, its targets were listed as results."""
    for aim in ("quyết tâm", "nỗ lực"):
        text = (
            f"Năm 2024, toàn tỉnh {aim} đạt và vượt các chỉ tiêu kế hoạch đề ra. Cụ thể, tốc độ "
            "tăng trưởng đạt 8%; thu ngân sách 15.000 tỷ đồng.\n"
        )
        draft = extract_text(text).draft
        assert [(t.reading.numbers, t.reading.period or t.reading.year) for t in draft.targets] == [
            ((8.0,), (2024, 2024)),
            ((15000.0,), 2024),
        ]


def test_a_rate_from_one_year_up_to_another_is_a_result() -> None:
    """The second review: "từ 38,5% (năm 2016) tăng lên 45,2% (năm 2020)", a past term's rise, is
    a result, as its fall is; before, both levels were drafted."""
    text = (
        "Giai đoạn 2016-2020, tỷ lệ che phủ rừng của huyện từ 38,5% (năm 2016) tăng lên 45,2% "
        "(năm 2020).\nMục tiêu đến năm 2025, tỷ lệ che phủ rừng đạt 50%.\n"
    )
    assert [t.reading.numbers for t in extract_text(text).draft.targets] == [(50.0,)]
