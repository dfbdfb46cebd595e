"""A results report that prints the plan's figure beside each result (plantrack/extract/
beside.py): Kỳ Anh 2022 (round 70), Vĩnh Linh 2022 and Tây Giang 2023 (round 78). The plan's
figures are the targets, of the year reported on; the results are listed, never drafted. Each
test of a reading failed before the module; the guards say where it must not reach."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from plantrack.cli import main
from plantrack.extract import extract_text
from plantrack.extract.beside import plan_beside_results
from plantrack.extract.sources import source_from_text

KY_ANH = (
    "Ban Chấp hành Đảng bộ thị xã tổ chức hội nghị nghe báo cáo đánh giá tình hình kinh tế - xã "
    "hội năm 2022, kế hoạch phát triển kinh tế-xã hội năm 2023.\n"
    "Tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%), tạo việc làm 2.765 người (KH 2.000 người). "
    "Tỷ lệ gia đình văn hóa đạt 89% (KH 88%), có thêm 3 cơ quan, đơn vị đạt chuẩn văn hóa.\n"
    "Tỷ lệ hộ nghèo đạt 3,07% (KH 3,2%), tỷ lệ hộ cận nghèo 4,7% (KH 4,8%).\n"
    "Dự kiến có thêm 1 xã đạt chuẩn nông thôn mới nâng cao, 16 vườn mẫu đạt chuẩn.\n"
)
VINH_LINH = (
    "Tổng giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 11,07% so với năm 2021 (KH tăng "
    "8-9%). Trong đó, khu vực nông, lâm nghiệp và thủy sản ước tăng 8,31%/KH tăng 3-4%. Thu "
    "nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng, tăng 3,1 triệu đồng "
    "so với năm 2021. Thu ngân sách trên địa bàn ước đạt 285 tỷ đồng, tăng 18,4%/KH tăng "
    "10-12%. Năng suất lúa bình quân đạt 50,4 tạ/ha/KH 55 - 56 tạ/ha.\n"
)
TAY_GIANG = (
    "Hội nghị tổng kết sản xuất Nông nghiệp năm 2023, triển khai kế hoạch năm 2024\n"
    "Năm 2023, sản xuất Nông nghiệp đạt và vượt mức so với chỉ tiêu, kế hoạch đề ra. Tổng diện "
    "tích gieo trồng cây hàng năm 3.189,60ha/3.117,03ha, (đạt 102,33% so với NQ). Sản lượng "
    "lương thực có hạt trên 5.000tấn/4.659tấn (đạt 107,77%). Tổng diện tích cây cao su "
    "1.524,15ha. Trồng mới cây dược liệu 456,28ha/230ha (đạt 246,28%).\n"
)


def _targets(text: str) -> list[tuple[str, tuple[float, ...], str | None, int | None]]:
    return [
        (t.reading.kind, t.reading.numbers, t.reading.comparator, t.reading.year)
        for t in extract_text(text).draft.targets
    ]


def test_the_plan_s_figures_in_brackets_are_the_targets_of_the_year_reported() -> None:
    draft = extract_text(KY_ANH).draft
    assert draft.beside
    assert (draft.period, draft.base_year) == ((2022, 2022), 2021)
    assert [(t.reading.numbers, t.reading.year) for t in draft.targets] == [
        ((74.0,), 2022),
        ((2000.0,), 2022),
        ((88.0,), 2022),
        ((3.2,), 2022),
        ((4.8,), 2022),
    ]
    assert [t.reading.direction for t in draft.targets][3:] == ["decrease", "decrease"]


def test_a_target_keeps_the_source_s_words_with_its_result() -> None:
    draft = extract_text(KY_ANH).draft
    assert [t.text for t in draft.targets][:2] == [
        "Tỷ lệ lao động qua đào tạo đạt 76,89% (KH 74%)",
        "tạo việc làm 2.765 người (KH 2.000 người)",
    ]


def test_every_result_is_listed_not_drafted() -> None:
    """The results beside the plan's figures and those of a paragraph with none ("Dự kiến có
    thêm 1 xã …") are listed as results, each with its words."""
    draft = extract_text(KY_ANH).draft
    listed = {u.text for u in draft.unread}
    assert {"có thêm 3 cơ quan", "Dự kiến có thêm 1 xã đạt chuẩn nông thôn mới nâng cao"} <= listed
    assert "16 vườn mẫu đạt chuẩn" in listed
    drafted = {n for t in draft.targets for n in t.reading.numbers}
    assert drafted.isdisjoint({76.89, 2765.0, 89.0, 3.0, 1.0, 16.0, 3.07, 4.7})


def test_a_plan_s_growth_after_a_slash_and_the_year_after_the_base_compared() -> None:
    draft = extract_text(VINH_LINH).draft
    assert draft.period == (2022, 2022)
    read = [
        (
            t.reading.kind,
            t.reading.numbers,
            t.reading.comparator,
            t.reading.period or t.reading.year,
        )
        for t in draft.targets
    ]
    assert read == [
        ("growth", (8.0, 9.0), "range", (2022, 2022)),
        ("growth", (3.0, 4.0), "range", (2022, 2022)),
        ("level", (55.0, 56.0), "range", 2022),
        ("growth", (10.0, 12.0), "range", (2022, 2022)),
        ("level", (55.0, 56.0), "range", 2022),
    ]
    assert draft.targets[2].reading.unit == "triệu đồng/người"
    assert draft.targets[4].reading.unit == "tạ/ha"


def test_two_figures_in_one_unit_are_the_result_and_the_plan() -> None:
    """ "3.189,60ha/3.117,03ha": the second is the plan's; "trên 5.000tấn" is the result's bound,
    not the plan's; a figure with no plan beside it ("cây cao su 1.524,15ha") is a result."""
    draft = extract_text(TAY_GIANG).draft
    assert draft.period == (2023, 2023)
    assert _targets(TAY_GIANG) == [
        ("level", (3117.03,), "value", 2023),
        ("level", (4659.0,), "value", 2023),
        ("level", (230.0,), "value", 2023),
    ]
    assert "Tổng diện tích cây cao su 1.524,15ha" in {u.text for u in draft.unread}


def test_the_draft_says_what_it_read_and_validates(tmp_path: Path) -> None:
    source = tmp_path / "ky-anh.txt"
    source.write_text(KY_ANH, encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    written = draft.read_text(encoding="utf-8")
    assert "Văn bản báo cáo kết quả năm 2022, ghi số kế hoạch bên cạnh từng kết quả" in written
    checked = CliRunner().invoke(main, ["validate", str(draft)])
    assert checked.exit_code == 0, checked.output
    as_json = CliRunner().invoke(main, ["extract", str(source), "--format", "json"])
    assert json.loads(as_json.stdout)["summary"]["results_beside_plan"] is True


def test_a_block_keeps_its_length_and_its_places() -> None:
    """The blanked text is as long as the source's, so that every place in it is the source's."""
    source = source_from_text(VINH_LINH, Path("x.txt"))
    beside = plan_beside_results(source.blocks)
    assert beside is not None and beside.year == 2022
    for n, blanked in beside.texts.items():
        assert len(blanked) == len(source.blocks[n].text)
        assert "11,07" not in blanked and "8-9%" in blanked


# guards


def test_a_review_before_the_plan_s_own_aims_is_not_read_so() -> None:
    """Nghi Xuân 2024 (round 24): the results of 2023 with their plan ("9,26% (Kế hoạch 9%)")
    before the targets of 2024 ("phấn đấu"): the 2023 plan's figures are no targets."""
    text = (
        "Năm 2023, tốc độ tăng trưởng giá trị sản phẩm 9,26% (Kế hoạch 9%). Thu ngân sách ước "
        "đạt 213,7 tỷ đồng (Kế hoạch 384 tỷ đồng). Tỷ lệ hộ nghèo 2,1% (KH 2,5%).\n"
        "Năm 2024, huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất 9,0%; thu ngân sách đạt "
        "333,8 tỷ đồng.\n"
    )
    draft = extract_text(text).draft
    assert not draft.beside
    assert {n for t in draft.targets for n in t.reading.numbers}.isdisjoint({9.0 + 0.26, 384.0})
    assert draft.period == (2024, 2024)


def test_two_figures_in_one_unit_once_or_twice_are_not_yet_a_report() -> None:
    """Bắc Kạn forestry 2020: "… là 7.412,87 ha/5.900 ha" in a plan: a slash alone, once or
    twice, may be anything (three make a report, as Tây Giang's)."""
    text = (
        "Năm 2020, kế hoạch giao thực hiện trồng rừng với diện tích 5.900 ha. Tổng diện tích "
        "đăng ký trồng rừng là 7.412,87 ha/5.900 ha.\n"
    )
    assert plan_beside_results(source_from_text(text, Path("x.txt")).blocks) is None


def test_a_unit_with_a_slash_is_no_pair() -> None:
    """ "tạ/ha", "người/năm": a unit's slash parts no result from a plan."""
    text = (
        "Năng suất lúa đạt 55 tạ/ha, thu nhập đạt 60 triệu đồng/người/năm, tỷ lệ hộ nghèo 2%/năm.\n"
    )
    assert plan_beside_results(source_from_text(text, Path("x.txt")).blocks) is None


def test_the_plan_s_figure_in_brackets_after_the_plan_is_named() -> None:
    """Bà Rịa - Vũng Tàu 2022 (round 83): "vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số
    03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%)": the plan's 38 %, of the year "Tính đến ngày
    30/9/2022" reports on; not "so với năm 2021 (8,79 triệu tấn)", a year's figure."""
    text = (
        "Tính đến ngày 30/9/2022, tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt 0,05% so "
        "với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%); tuy "
        "nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được "
        "giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%) và thấp "
        "hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%).\n"
    )
    draft = extract_text(text).draft
    assert draft.beside and draft.period == (2022, 2022)
    assert [t.reading.numbers for t in draft.targets] == [(38.0,), (91.5,), (92.0,)]
    last_year = "Sản lượng đạt 9,06 triệu tấn, tăng 3,1% so với năm 2021 (8,79 triệu tấn).\n"
    assert plan_beside_results(source_from_text(last_year, Path("x.txt")).blocks) is None
