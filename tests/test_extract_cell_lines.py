"""Tables written one cell a line (plantrack/extract/cell_lines.py) and the rules found with them.

A web page's table stored as text comes a cell a line: Thừa Thiên Huế's 2001-2005 targets
(plans/sources/thua-thien-hue-2001-2005.txt, blank lines between the cells), Quận 12's term
targets (a heading on two lines, names over figures), the health yearbook's table (bilingual, an
empty cell a line holding a space). Before cell_lines.py each cell was read alone: 21 of Thừa
Thiên Huế's targets missed and its 36 cells drafted as bare figures. Each test here failed before
the rule it names."""

from __future__ import annotations

from pathlib import Path

from plantrack.extract import extract_text
from plantrack.extract.cell_lines import cell_tables
from plantrack.extract.sources import source_from_text

from .extract_found import drafted

HUE = """THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU PHÁT TRIỂN KINH TẾ XÃ HỘI NĂM 2001 – 2005

Chỉ tiêu

Đơn vị tính

Chỉ tiêu

Thực hiện

Ghi chú

1. Tốc độ tăng tổng sản phẩm trong tỉnh (bình quân)

%

8-9

9,6

Tốc độ tăng giá trị sản xuất (bình quân)

+ Công nghiệp – Xây dựng

%

14 - 15

16,1

+ Du lịch – Dịch vụ

%

7 - 8

10,2

2. GDP bình quân đầu người

USD

550-600

580

Theo giá FOB năm 1989

3. Tốc độ tăng doanh thu du lịch (bình quân)

%

20,0

23,6

Tốc độ tăng lượt khách du lịch

(bình quân)

%

17 - 18

16,4

12. Tỷ lệ xã có điện

%

100

100

Tỷ lệ hộ dùng điện

%

90

96,4

14. Giải quyết việc làm bình quân hàng năm

Lao động

10.000 – 12.000

13.000
"""


def _rows(text: str) -> list[tuple[str, ...]]:
    return [
        block.cells
        for block in source_from_text(text, Path("x.txt")).blocks
        if block.cells is not None
    ]


def test_a_table_one_cell_a_line_has_its_rows_back() -> None:
    """The header's five columns, then each row with its unit, plan, result and note; a group's
    row ("Tốc độ tăng giá trị sản xuất (bình quân)") with no cells, a name on two lines, a row
    whose name has no number ("Tỷ lệ hộ dùng điện", not the note of the row before)."""
    rows = _rows(HUE)
    assert rows[0] == ("Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu", "Thực hiện", "Ghi chú")
    assert rows[1] == ("1. Tốc độ tăng tổng sản phẩm trong tỉnh (bình quân)", "%", "8-9", "9,6", "")
    assert rows[2] == ("Tốc độ tăng giá trị sản xuất (bình quân)", "", "", "", "")
    assert rows[5] == (
        "2. GDP bình quân đầu người",
        "USD",
        "550-600",
        "580",
        "Theo giá FOB năm 1989",
    )
    assert rows[7] == ("Tốc độ tăng lượt khách du lịch (bình quân)", "%", "17 - 18", "16,4", "")
    assert rows[8] == ("12. Tỷ lệ xã có điện", "%", "100", "100", "")
    assert rows[9] == ("Tỷ lệ hộ dùng điện", "%", "90", "96,4", "")


def test_the_rows_are_read_as_the_plans_column_says() -> None:
    """The plan's figures drafted with their names, the results column ("9,6", "16,1") not; the
    sectors under the group's row are its growths."""
    found = drafted(HUE)
    numbers = [f[2] for f in found]
    assert numbers[:4] == [(8.0, 9.0), (14.0, 15.0), (7.0, 8.0), (550.0, 600.0)]
    assert not {(9.6,), (16.1,), (10.2,), (580.0,), (23.6,), (96.4,)} & set(numbers)
    assert [f[0] for f in found[:3]] == ["growth", "growth", "growth"]
    assert (90.0,) in numbers and (10000.0, 12000.0) in numbers


def test_a_rows_text_is_its_cells_and_its_line_the_first() -> None:
    extraction = extract_text(HUE)
    target = next(t for t in extraction.draft.targets if t.reading.numbers == (14.0, 15.0))
    assert target.written == "+ Công nghiệp – Xây dựng | % | 14 - 15 | 16,1"
    line = HUE.splitlines().index("+ Công nghiệp – Xây dựng") + 1
    assert f"line: {line}, table: 1, row: 4}}" in extraction.yaml


QUAN_12 = """MỘT SỐ CHỈ TIÊU ĐỊNH HƯỚNG NHIỆM KỲ II (2001 – 2005)
NỘI DUNG
CHỈ TIÊU
PHẤN ĐẤU
GHI CHÚ
1. Tăng trưởng kinh tế:
- Công nghiệp – Tiểu thủ công nghiệp
12 – 14%
- Giải quyết lao động có việc làm ổn định
6.000 – 8.000
Mỗi năm
- Ra mắt BCN khu phố văn hóa, trong đó:
+Khu phố văn hóa được công nhận
80%
30%
- Tỷ lệ khám phá:
+ Trọng án
+ Thường án
80%
65% trở lên
- Phát triển Đảng viên mới
250 trở lên
"""


def test_a_heading_on_two_lines_is_one_column() -> None:
    """ "CHỈ TIÊU" / "PHẤN ĐẤU" is one column: no row fills three after the name."""
    rows = _rows(QUAN_12)
    assert rows[0] == ("NỘI DUNG", "CHỈ TIÊU PHẤN ĐẤU", "GHI CHÚ")
    assert ("- Giải quyết lao động có việc làm ổn định", "6.000 – 8.000", "Mỗi năm") in rows


def test_names_over_figures_take_a_figure_each() -> None:
    """Cells merged down: "- Tỷ lệ khám phá:", "+ Trọng án", "+ Thường án", then "80%" and "65% trở
    lên": the two figures are the last two names'; the first name is their group."""
    rows = _rows(QUAN_12)
    assert ("- Ra mắt BCN khu phố văn hóa, trong đó:", "80%", "") in rows
    assert ("+Khu phố văn hóa được công nhận", "30%", "") in rows
    assert ("- Tỷ lệ khám phá:", "", "") in rows
    assert ("+ Trọng án", "80%", "") in rows
    assert ("+ Thường án", "65% trở lên", "") in rows
    draft = extract_text(QUAN_12).draft
    stacked = [t for t in draft.targets if "Trọng án" in t.written]
    assert [(t.reading.comparator, t.reading.numbers) for t in stacked] == [
        ("value", (80.0,)),
        ("at_least", (65.0,)),
    ]
    assert stacked[0].written == "- Tỷ lệ khám phá: | + Trọng án | + Thường án | 80% | 65% trở lên"
    assert all("merged-cells" in t.reading.review for t in stacked)  # an inference: reviewed
    plain = next(t for t in draft.targets if t.reading.numbers == (250.0,))
    assert "merged-cells" not in plain.reading.review


HEALTH = """1.1 - Chỉ tiêu mục tiêu
Target indicaters
Tên chỉ tiêu - Name of Indicators
Thực hiện
Implemented target 2019
Thực hiện
Implemented target 2020
Mục tiêu đến năm 2020
Target to 2020
Mục tiêu đến năm 2025
Target to 2025**
1. Số bác sỹ cho 10000 dân - Number of Medicine Doctors per 10000 persons
9.06
9.81
9
10
3. Tỷ lệ thôn bản có nhân viên y tế (%) Percentage of village having VHW
98.6
98.6
>90
\x20
11. Tỷ số tử vong mẹ (trên 100000 trẻ đẻ ra sống) – Maternal mortality ratio (per 100000 live births)
46*
46*
52
\x20
12. Tỷ suất chết trẻ em dưới 1 tuổi – IMR (%0)
14.4
13.9
11
12.5
"""


def test_a_bilingual_table_with_empty_cells() -> None:
    """An English line joins the header's cell it translates; a line holding a space is an
    empty cell; the plan is the latest of the plan's columns ("Mục tiêu đến năm 2025")."""
    rows = _rows(HEALTH)
    assert len(rows[0]) == 5
    assert rows[0][4] == "Mục tiêu đến năm 2025 Target to 2025**"
    assert rows[2][1:] == ("98.6", "98.6", ">90", "")
    found = drafted(HEALTH)
    assert [(f[2], f[3]) for f in found] == [((10.0,), 2025), ((12.5,), 2025)]


def test_a_bilingual_name_is_read_without_its_english() -> None:
    """ "… - Number of Medicine Doctors per 10000 persons" is no part of the name, and its
    "per 10000 persons" no unit; "(%0)" at a name's end is the row's unit, per mille, and a
    death rate's direction is down."""
    draft = extract_text(HEALTH).draft
    doctors, infants = draft.targets
    assert "Number" not in doctors.reading.name
    assert doctors.reading.unit == "bác sỹ/10000 dân"
    assert infants.reading.unit == "‰"
    assert infants.reading.direction == "decrease"


def test_a_row_without_a_plan_figure_drafts_nothing() -> None:
    """A row of a table of targets whose plan cell is empty (the health yearbook's rows 3 and
    11, here between tabs as a spreadsheet copies them): its results ("98.6", "46") and the
    figure of its name ("trên 100000 trẻ đẻ ra sống") were read as text and drafted as targets."""
    numbers = [f[2] for f in drafted(HEALTH)]
    assert not {(98.6,), (100000.0,), (46.0,)} & set(numbers)
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2025\n"
        "Chỉ tiêu\tThực hiện 2020\tMục tiêu đến năm 2020\tMục tiêu đến năm 2025\n"
        "Số bác sỹ\t9.81\t9\t10\nTỷ lệ thôn bản có nhân viên y tế (%)\t98.6\t>90\t\n"
        "Tỷ số tử vong mẹ (trên 100000 trẻ đẻ ra sống)\t46\t52\t\n"
    )
    assert [f[2] for f in drafted(text)] == [(10.0,)]


def test_a_verdict_column_is_no_plan() -> None:
    """Viet Nam 2019's "Đánh giá" (the verdict) heads a column of results: the header runs to
    it and "Vượt" is each row's last cell, not a row."""
    cells = ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2019", "Ước thực hiện năm 2019", "Đánh giá"]
    for row in (
        ("Tốc độ tăng GDP", "%", "6,6-6,8", "7,02"),
        ("Tỷ lệ thất nghiệp", "%", "Dưới 4", "3,1"),
    ):
        cells += [" 1.  ", *row, "Vượt"]
    rows = _rows("\n\n".join(cells) + "\n")
    assert rows[1] == ("1.", "Tốc độ tăng GDP", "%", "6,6-6,8", "7,02", "Vượt")
    assert len(rows) == 3


def test_a_figure_after_a_rows_figures_is_no_rows_number() -> None:
    """With a "Stt" column, "950" followed by a cell of words is the row's figure, not the next
    row's number: rows' numbers count on from the row before."""
    header = ["Stt", "Chỉ tiêu chủ yếu", "TH năm 2018", "KH năm 2019", "Ước TH năm 2019", "Ghi chú"]
    text = "\n".join(
        [
            *header,
            *["1", "Tổng sản phẩm bình quân đầu người (USD)", "1.839", "1.915", "2.007", "Đạt"],
            *["2", "Giá trị xuất khẩu (triệu USD)", "864", "1.055", "950", "Không đạt"],
            *["3", "Thu ngân sách (tỷ đồng)", "7.000", "7.500", "7.600", "Vượt"],
        ]
    )
    rows = _rows(text)
    assert [row[0] for row in rows[1:]] == ["1", "2", "3"]
    assert rows[2][-1] == "Không đạt"


def test_text_that_is_no_table_stays_as_it_is() -> None:
    """A list under "Các chỉ tiêu chủ yếu:" has no header of columns: nothing is rebuilt."""
    text = "Các chỉ tiêu chủ yếu:\n- Thu ngân sách đạt 120 tỷ đồng;\n- Tỷ lệ hộ nghèo dưới 2%.\n"
    assert _rows(text) == []
    lines = [(n, line) for n, line in enumerate(text.splitlines()) if line]
    assert cell_tables(lines) == []


# --- rules found with the tables, in running text too -------------------------------------------


def test_a_list_leads_growth_reaches_sectors_named_before_a_colon() -> None:
    """ "Tốc độ tăng giá trị sản xuất (bình quân):" over "+ Công nghiệp – Xây dựng: 14-15%": the
    sector's name is its lead, before the colon; the list's heading was asked of the words after
    it (none), and the figures were drafted as levels."""
    found = drafted(
        "Kế hoạch 5 năm 2001-2005\nChỉ tiêu chủ yếu:\n"
        "- Tốc độ tăng giá trị sản xuất (bình quân):\n"
        "+ Công nghiệp – Xây dựng: 14-15%\n+ Du lịch – Dịch vụ: 7-8%\n"
    )
    assert [f[0] for f in found] == ["growth", "growth"]


def _sections(text: str) -> list[str | None]:
    return [t.section for t in extract_text(text).draft.targets]


def test_a_numbered_item_closes_the_heading_it_follows() -> None:
    """ "4. Tổng đàn gia súc …" after "3. Diện tích … đến năm 2020:" and its "+" items is the
    list's next item, not one of item 3's (Đông Tiến's draft gave it section "3"); a list lead
    with no number closes when an item above its items comes."""
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU\n1. Giá trị sản xuất nông nghiệp đến năm 2020: 29.300 triệu đồng.\n"
        "3. Diện tích các cây trồng chủ yếu đến năm 2020:\n+ Diện tích lúa: 270 ha.\n"
        "4. Tổng đàn gia súc, gia cầm năm 2020: 81.000 con.\n"
    )
    assert _sections(text)[-1] != "3"
    lead = (
        "Kế hoạch 5 năm 2001-2005\nChỉ tiêu chủ yếu:\n1. Tốc độ tăng GRDP bình quân 8%.\n"
        "Tốc độ tăng giá trị sản xuất (bình quân):\n+ Công nghiệp: 14%.\n"
        "2. GDP bình quân đầu người đạt 600 USD.\n"
    )
    assert "Tốc độ tăng giá trị sản xuất" not in (_sections(lead)[-1] or "")


def test_a_heading_whose_items_number_from_one_stays() -> None:
    """ "2. Các chỉ tiêu chủ yếu đến năm 2025" over items "1.", "2.", "3." (Hội Phú): the items
    are its own list; "3." is not the heading's next sibling."""
    text = (
        "2. Các chỉ tiêu chủ yếu đến năm 2025\n1. Thu ngân sách tăng 5% hàng năm.\n"
        "2. Tỷ lệ hộ nghèo dưới 1%.\n3. Tỷ lệ tăng dân số tự nhiên hàng năm 1,1%.\n"
    )
    assert _sections(text) == ["2"] * 3


def test_a_counts_unit_is_per_the_people_its_name_divides_by() -> None:
    """ "Số bác sỹ cho 10000 dân đạt 10": a count per ten thousand people, as "… đạt 10 bác
    sỹ/vạn dân" is; the unit was "bác sỹ"."""
    draft = extract_text(
        "Kế hoạch 5 năm 2021-2025\nChỉ tiêu chủ yếu:\n"
        "1. Số bác sỹ cho 10000 dân đạt 10 đến năm 2025.\n"
        "2. Số giường bệnh trên 10.000 dân đạt 30 đến năm 2025.\n3. Số xã đạt chuẩn đạt 10.\n"
    ).draft
    assert [t.reading.unit for t in draft.targets] == [
        "bác sỹ/10000 dân",
        "giường bệnh/10.000 dân",
        "xã",
    ]


def test_the_scorer_finds_a_rows_text_in_cells_a_line() -> None:
    """benchmarks/extract/score.py: a row's text ("+ Công nghiệp – Xây dựng | % | 14 - 15") is
    found in a source that writes its cells a line each with blank lines between, and so is the
    expected plan's "+ Công nghiệp – Xây dựng % 14 - 15" (neither was: a blank line ran on as
    two spaces, and the bars are not in the source)."""
    from .test_extract_bundled import _score_module

    score = _score_module()
    source = score.Source.of("Chỉ tiêu\n\n+ Công nghiệp – Xây dựng\n\n%\n\n14 - 15\n\n16,1\n", 5)
    texts = ("+ Công nghiệp – Xây dựng | % | 14 - 15 | 16,1", "+ Công nghiệp – Xây dựng % 14 - 15")
    targets = [score.Target("x", "growth", None, "2001-2005", None, "%", text) for text in texts]
    spans = [target.span for target in score.locate(targets, source)]
    assert spans[0] is not None and spans[1] is not None
    assert spans[0][0] == spans[1][0] == source.starts[7][0]


def test_less_is_better_for_population_growth_and_death_rates() -> None:
    """ "Tỷ lệ phát triển dân số tự nhiên" (Thừa Thiên Huế's row 7) and "Tỷ suất chết trẻ em"
    (the health yearbook's rows 12 and 13) are kept down, as "tăng dân số" and "tử vong" are;
    both were drafted as increasing."""
    found = drafted(
        "Các chỉ tiêu chủ yếu năm 2025:\n- Tỷ lệ phát triển dân số tự nhiên 1,4%.\n"
        "- Tỷ suất chết trẻ em dưới 1 tuổi dưới 12,5‰.\n- Tỷ lệ hộ dùng điện đạt 99%.\n"
    )
    assert [f[4] for f in found] == ["decrease", "decrease", "increase"]
