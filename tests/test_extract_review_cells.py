"""A fresh-eyes review of the rules `plantrack extract` gained with tables written one cell a line
(review19h): each rule was learned from one or two real texts, and each test here is a wording a
real plan or news report holds where one of them read a target wrongly (a table's title taken
for its header, a first row taken for a column, a row's note for another row's figure, a row of
results drafted as a qualitative target, a plan to 2030 read as a vision, a meeting's plan year
lost). Each test failed before its fix, and each fix has a test that the rule still holds."""

from __future__ import annotations

from pathlib import Path

from plantrack.extract import extract_text
from plantrack.extract.sources import source_from_text

from .extract_found import drafted


def _rows(text: str) -> list[tuple[str, ...]]:
    return [
        block.cells
        for block in source_from_text(text, Path("x.txt")).blocks
        if block.cells is not None
    ]


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


HEADER = ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026")
ROWS = (
    *("Tốc độ tăng trưởng kinh tế", "%", "8"),
    *("Thu ngân sách", "tỷ đồng", "500"),
    *("Tỷ lệ hộ nghèo", "%", "1,5"),
)


# --- cell_lines._table_at, the header: a title above it is no header ----------------------------


def test_a_tables_title_above_its_header_is_no_header() -> None:
    """ "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026" over "Chỉ tiêu" / "Đơn vị tính" / "Kế hoạch năm 2026"
    (a web page's table under its caption): the title names indicators and is short, so it was
    taken for the names' heading, "Chỉ tiêu" for a plan column, every row shifted by one cell,
    and no target was drafted."""
    text = _lines("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", *HEADER, *ROWS)
    assert _rows(text)[0] == HEADER
    assert [f[2] for f in drafted(text)] == [(8.0,), (500.0,), (1.5,)]


def test_a_header_without_a_title_still_is_one() -> None:
    """The rule holds: "NỘI DUNG" over "CHỈ TIÊU" (Quận 12: the names' heading, then the
    plan's) is the header, "CHỈ TIÊU" a column of it."""
    text = _lines("NỘI DUNG", "CHỈ TIÊU", "GHI CHÚ", "- Thu ngân sách", "500 tỷ đồng", "- Hộ nghèo")
    text += _lines("Dưới 2%")
    assert _rows(text)[0] == ("NỘI DUNG", "CHỈ TIÊU", "GHI CHÚ")


# --- cell_lines._table_at, the header: a first row of "Tỷ lệ …" or "… (%)" is no column -------


def test_a_first_row_named_ty_le_is_no_column_of_the_header() -> None:
    """ "Tỷ lệ hộ nghèo" / "%" after the header: "tỷ lệ" and "%" head columns of results ("Tỷ lệ
    % so với KH"), so the first row's name and unit were taken as two more columns, the table
    had no row and its figures were drafted bare ("1,5" a level of "?")."""
    text = _lines(*HEADER, *ROWS[6:], *ROWS[:6])
    rows = _rows(text)
    assert rows[0] == HEADER
    assert rows[1] == ("Tỷ lệ hộ nghèo", "%", "1,5")
    assert drafted(text)[0][2::2] == ((1.5,), "decrease")


def test_a_first_row_with_its_unit_in_brackets_is_no_column() -> None:
    """No unit column, units in the names: "Tốc độ tăng trưởng kinh tế (%)" was the header's
    third column (its "%"), and the table was lost."""
    text = _lines(
        "Chỉ tiêu", "Thực hiện năm 2025", "Kế hoạch năm 2026",
        *("Tốc độ tăng trưởng kinh tế (%)", "7,5", "8"),
        *("Thu ngân sách (tỷ đồng)", "450", "500"),
    )  # fmt: skip
    assert _rows(text)[1] == ("Tốc độ tăng trưởng kinh tế (%)", "7,5", "8")
    assert [f[2] for f in drafted(text)] == [(8.0,), (500.0,)]


def test_a_header_of_results_columns_still_is_one() -> None:
    """The rule holds: "So sánh (%)" and "Tỷ lệ (%)" head columns when rows follow them."""
    text = _lines(
        "Chỉ tiêu", "Kế hoạch năm 2026", "Tỷ lệ (%)",
        *("Thu ngân sách", "500", "105"), *("Tổng vốn đầu tư", "2.000", "98"),
    )  # fmt: skip
    assert _rows(text)[0] == ("Chỉ tiêu", "Kế hoạch năm 2026", "Tỷ lệ (%)")
    assert [f[2] for f in drafted(text)] == [(500.0,), (2000.0,)]


# --- cell_lines._rows: a short name with a figure is a row's name, not the table's end ---------


def test_a_short_name_with_a_figure_opens_a_row() -> None:
    """ "Số bác sĩ/10.000 dân" and "Diện tích lúa 2 vụ" are names: a short cell with a
    figure was taken for a figure where a name should be, which ends the table; the first
    ended it before its first row (nothing drafted but bare figures), the second cut the rows
    after it."""
    text = _lines(
        *HEADER,
        *("Số bác sĩ/10.000 dân", "bác sĩ", "10"),
        *("Thu ngân sách", "tỷ đồng", "500"),
        *("Diện tích lúa 2 vụ", "ha", "1.200"),
        *("Tỷ lệ hộ nghèo", "%", "1,5"),
    )
    rows = _rows(text)
    assert rows[1] == ("Số bác sĩ/10.000 dân", "bác sĩ", "10")
    assert rows[3] == ("Diện tích lúa 2 vụ", "ha", "1.200")
    assert [f[2] for f in drafted(text)] == [(10.0,), (500.0,), (1200.0,), (1.5,)]


def test_a_figure_after_a_full_row_still_ends_the_table() -> None:
    """The rule holds: a figure where a name should be ("2.500", "8 - 9%") ends the table."""
    text = _lines(*HEADER, *ROWS, "2.500", "8 - 9%")
    assert len(_rows(text)) == 4


# --- cell_lines._built, names over figures: a note's figure is no other name's -----------------


def test_a_notes_figure_is_no_figure_of_the_group_above() -> None:
    """A group's row, its item with a plan and a note ("Tăng 10% so với năm 2025") in a table
    with no unit column: two names and two figures were read as names over figures, the group
    given the item's 450 and the item the note's 10 % (a growth)."""
    text = _lines(
        "Chỉ tiêu", "Kế hoạch năm 2026", "Ghi chú",
        "- Tổng thu ngân sách, trong đó:", "+ Thu nội địa", "450 tỷ đồng",
        "Tăng 10% so với năm 2025", "+ Thu xuất nhập khẩu", "50 tỷ đồng",
    )  # fmt: skip
    rows = _rows(text)
    assert rows[1] == ("- Tổng thu ngân sách, trong đó:", "", "")
    assert rows[2] == ("+ Thu nội địa", "450 tỷ đồng", "Tăng 10% so với năm 2025")
    assert [f[2] for f in drafted(text)] == [(450.0,), (50.0,)]


# --- tables.table_sentences: a row without a plan figure drafts nothing -------------------------

_TAB_HEADER = "Chỉ tiêu\tĐơn vị\tThực hiện năm 2025\tKế hoạch năm 2026\n"


def test_a_row_of_results_whose_name_says_dat_chuan_drafts_nothing() -> None:
    """ "Số xã đạt chuẩn NTM | xã | 10 |" (a result, no plan): the row read as its name alone,
    "Số xã đạt chuẩn NTM.", and "đạt chuẩn" made it a qualitative target of 2026."""
    text = _TAB_HEADER + (
        "Thu ngân sách\ttỷ đồng\t450\t500\nSố xã đạt chuẩn NTM\txã\t10\t\n"
        "Tỷ lệ trường đạt chuẩn quốc gia\t%\t80\t\n"
    )
    assert [(f[0], f[2]) for f in drafted(text)] == [("level", (500.0,))]


def test_a_plan_cell_marked_x_is_no_target_in_words() -> None:
    """ "x" in the plan's column (a mark, not words) was read as a target in words: "Hoàn
    thành xây dựng trụ sở x." a qualitative target."""
    text = _TAB_HEADER + (
        "Thu ngân sách\ttỷ đồng\t450\t500\nHoàn thành xây dựng trụ sở\tcông trình\t1\tx\n"
    )
    assert [(f[0], f[2]) for f in drafted(text)] == [("level", (500.0,))]


def test_a_plan_cell_in_words_still_is_a_qualitative_target() -> None:
    """The rule holds: "Hoàn thành" in the plan's column is a qualitative target."""
    text = (
        _TAB_HEADER + "Thu ngân sách\ttỷ đồng\t450\t500\nXây dựng nông thôn mới\t\t\tHoàn thành\n"
    )
    assert [f[0] for f in drafted(text)] == ["level", "qualitative"]


# --- draft._cover(stated=...): a plan stated "giai đoạn 2021-2025 và đến năm 2030" is to 2030 --

_TOURISM = (
    "\nMục tiêu cụ thể\n- Giai đoạn 2021-2025: đón 2 triệu lượt khách; doanh thu du lịch đạt "
    "3.000 tỷ đồng.\n- Đến năm 2030: đón 4 triệu lượt khách; doanh thu du lịch đạt 6.000 tỷ "
    "đồng.\n"
)


def test_a_plan_of_a_period_and_to_a_later_year_has_no_vision() -> None:
    """ "Đề án … giai đoạn 2021-2025 và đến năm 2030", "… giai đoạn 2021 - 2025, giai đoạn 2026 -
    2030": both are the plan's; its 2030 targets were marked as a vision (a target past the
    end of a stated period), since the period read from the title was its first."""
    for title in (
        "Đề án phát triển du lịch giai đoạn 2021-2025 và đến năm 2030",
        "Chương trình phát triển du lịch giai đoạn 2021 - 2025, giai đoạn 2026 - 2030",
    ):
        draft = extract_text(title + _TOURISM).draft
        assert (draft.period, draft.vision) == ((2021, 2030), None), title
        assert not any(t.reading.vision for t in draft.targets)


def test_a_vision_after_a_stated_period_still_is_one() -> None:
    """The rule holds: "giai đoạn 2021-2025, định hướng đến năm 2030" looks past the plan."""
    title = "Đề án phát triển du lịch giai đoạn 2021-2025, định hướng đến năm 2030"
    draft = extract_text(title + _TOURISM).draft
    assert (draft.period, draft.vision) == ((2021, 2025), (2026, 2030))


# --- plan_time._stated_time: a report heard and a plan passed, in one sentence ----------------


def test_a_meetings_report_heard_and_next_years_plan_passed_states_the_year() -> None:
    """ "… các đại biểu đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2025 và thảo luận,
    thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026": "báo cáo kết quả"
    made the paragraph a report that states no time, and the plan of 2026 was guessed as
    2021-2025 (every target's year wrong)."""
    text = (
        "HĐND huyện Tân Kỳ tổ chức kỳ họp thứ 12\nTại kỳ họp, các đại biểu đã nghe báo cáo kết "
        "quả thực hiện nhiệm vụ năm 2025 và thảo luận, thông qua Nghị quyết về kế hoạch phát "
        "triển kinh tế - xã hội năm 2026.\nMột số chỉ tiêu chủ yếu: tổng giá trị sản xuất tăng "
        "10%; thu ngân sách đạt 300 tỷ đồng.\n"
    )
    draft = extract_text(text).draft
    assert draft.period == (2026, 2026)
    assert [t.reading.year or t.reading.period for t in draft.targets] == [(2026, 2026), 2026]


def test_last_years_results_with_its_own_year_still_state_nothing() -> None:
    """The rule holds: "Năm 2025, huyện hoàn thành 15/18 chỉ tiêu kế hoạch năm 2025" names no
    later year: the report's year is not the plan's (2026, its aim's)."""
    text = (
        "Năm 2025, huyện hoàn thành 15/18 chỉ tiêu kế hoạch năm 2025.\nNăm 2026, huyện đặt mục "
        "tiêu tăng trưởng kinh tế 9%.\n- Thu ngân sách đạt 300 tỷ đồng.\n"
    )
    assert {t.reading.year or t.reading.period for t in extract_text(text).draft.targets} == {
        2026,
        (2026, 2026),
    }
