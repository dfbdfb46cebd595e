"""``plantrack template PLAN -o FILE.xlsx``: the data-entry workbook as polished as the report,
and still read back by ``plantrack check`` as it is (issue 18, item 7).

The workbook is opened with openpyxl (cell types, widths, panes, the drop-downs, the
instructions sheet), then filled in as a person would, including the current year's column
headed "Ước TH YYYY", and checked: that year's figures come back as estimates. The current year
is passed (``estimate_year``, ``--as-of``) or the clock is set, so no test depends on the date.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from plantrack.actuals.layout import year_column
from plantrack.actuals.template import (
    INSTRUCTIONS,
    SHEET,
    STATE_CHOICES,
    estimate_header,
    template_xlsx,
)
from plantrack.cli import main
from plantrack.observations import State, parse_state
from plantrack.plans.load import read_plan
from plantrack.plans.model import Plan
from tests.conftest import ROOT
from tests.test_rating import EVERY_YEAR
from tests.test_rating import HEAD as RATED_HEAD

CAU_NGANG = ROOT / "plans" / "cau-ngang-2030.yaml"
TAN_HONG = ROOT / "plans" / "tan-hong-border-2025.yaml"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"PLANTRACK_LANG": None})


def plan_of(path: Path) -> Plan:
    loaded, findings = read_plan(path)
    assert loaded is not None, findings
    return loaded.plan


def workbook(plan: Plan, layout: str, tmp_path: Path, **options: Any) -> Any:
    path = tmp_path / f"{layout}.xlsx"
    path.write_bytes(template_xlsx(plan, layout, (2021, 2025), **options))  # type: ignore[arg-type]
    return load_workbook(path)


def qualitative_ids(plan: Plan) -> set[str]:
    return {i.id for i in plan.indicators if i.unit_info is not None and i.unit_info.is_qualitative}


def validated(sheet: Any) -> dict[str, str]:
    """Each cell under a drop-down, with the drop-down's list."""
    cells: dict[str, str] = {}
    for check in sheet.data_validations.dataValidation:
        for cell_range in check.sqref.ranges:
            for row in sheet[cell_range.coord]:
                for cell in row if isinstance(row, tuple) else (row,):
                    cells[cell.coordinate] = check.formula1
    return cells


# ---------------------------------------------------------------------------------------------
# The workbook as written


def test_the_wide_workbook_has_numbers_widths_an_estimate_column_and_drop_downs(
    tmp_path: Path,
) -> None:
    plan = plan_of(CAU_NGANG)
    book = workbook(plan, "wide", tmp_path, estimate_year=2024)
    assert book.sheetnames == [SHEET, INSTRUCTIONS] and book.active.title == SHEET
    sheet = book[SHEET]
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["STT", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Địa bàn", "plan"]
    assert header[6:11] == [2021, 2022, 2023, "Ước TH 2024", 2025]
    assert all(sheet.cell(1, column).data_type == "n" for column in (7, 8, 9, 11))
    assert year_column(str(header[9])) == (2024, "estimate")  # as the reader reads it
    rows = list(sheet.iter_rows(min_row=2))
    numbers = [row[0].value for row in rows]
    assert numbers == list(range(1, len(rows) + 1))  # STT 1, 2, 3... as numbers
    assert all(row[0].data_type == "n" for row in rows)
    # every column has its width; the name is wider than STT, a year holds a figure
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLM"}
    assert all(width and width >= 6 for width in widths.values())
    assert widths["C"] > widths["A"] and widths["G"] >= 11
    assert sheet.freeze_panes == "G2"  # the header, and the columns naming each row
    shaded = {cell.column for row in rows for cell in row if cell.fill.fgColor.rgb == "00FFF2CC"}
    assert shaded == {10}  # the estimates' column only
    # the drop-down of state words on each qualitative row's year cells, and on no other
    lists = validated(sheet)
    qualitative = qualitative_ids(plan)
    assert qualitative
    for row in rows:
        year_cells = {cell.coordinate for cell in row[6:11]}
        if row[1].value in qualitative:
            assert {lists.get(c) for c in year_cells} == {'"Đạt,Chưa đạt,Đang thực hiện"'}
        else:
            assert not year_cells & set(lists), row[1].value
    assert not {f"A{row}" for row in range(1, len(rows) + 2)} & set(lists)


def test_the_long_workbook_has_years_as_numbers_and_the_estimate_rows_marked(
    tmp_path: Path,
) -> None:
    plan = plan_of(TAN_HONG)
    sheet = workbook(plan, "long", tmp_path, estimate_year=2025)[SHEET]
    header = [cell.value for cell in sheet[1]]
    assert header[4:8] == ["year", "value", "unit", "kind"]
    rows = list(sheet.iter_rows(min_row=2))
    assert {row[4].value for row in rows} == {2021, 2022, 2023, 2024, 2025}
    assert all(row[4].data_type == "n" for row in rows)
    assert {(row[4].value, row[7].value) for row in rows} == {
        *((year, "TH") for year in range(2021, 2025)),
        (2025, "ƯTH"),
    }
    for row in rows:  # an estimate's value and kind are shaded
        shades = {cell.column for cell in row if cell.fill.fgColor.rgb == "00FFF2CC"}
        assert shades == ({6, 8} if row[4].value == 2025 else set())
    lists = validated(sheet)
    qualitative = qualitative_ids(plan)
    assert qualitative
    for row in rows:
        on_list = row[5].coordinate in lists
        assert on_list == (row[1].value in qualitative), row[1].value
    assert all(coordinate.startswith("F") for coordinate in lists)  # the value column only


def test_no_estimate_year_in_the_span_heads_every_year_with_its_number(tmp_path: Path) -> None:
    sheet = workbook(plan_of(CAU_NGANG), "wide", tmp_path, estimate_year=2030)[SHEET]
    assert [cell.value for cell in sheet[1]][6:11] == [2021, 2022, 2023, 2024, 2025]
    instructions = workbook(plan_of(CAU_NGANG), "wide", tmp_path)[INSTRUCTIONS]
    assert "Ước TH" not in " ".join(str(c.value) for row in instructions.iter_rows() for c in row)


def test_each_drop_down_word_is_one_the_reader_takes() -> None:
    states = (State.ACHIEVED, State.NOT_ACHIEVED, State.IN_PROGRESS)
    for words in STATE_CHOICES.values():
        assert tuple(parse_state(word) for word in words) == states


def test_the_drop_downs_follow_the_language_and_a_rated_row_lists_its_levels(
    tmp_path: Path,
) -> None:
    english = validated(workbook(plan_of(CAU_NGANG), "wide", tmp_path, lang="en")[SHEET])
    assert set(english.values()) == {'"achieved,not achieved,in progress"'}
    path = tmp_path / "rated.yaml"
    path.write_text(RATED_HEAD + EVERY_YEAR, encoding="utf-8")
    rated = validated(workbook(plan_of(path), "wide", tmp_path)[SHEET])
    levels = "Không hoàn thành nhiệm vụ,Hoàn thành nhiệm vụ,Hoàn thành tốt nhiệm vụ,"
    assert set(rated.values()) == {'"' + levels + 'Hoàn thành xuất sắc nhiệm vụ"'}
    assert set(rated) == {f"{column}2" for column in "GHIJK"}


@pytest.mark.parametrize("layout", ["wide", "long"])
def test_the_instructions_say_what_to_fill_in_both_languages(tmp_path: Path, layout: str) -> None:
    sheet = workbook(plan_of(CAU_NGANG), layout, tmp_path, estimate_year=2024)[INSTRUCTIONS]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Tiếng Việt", "English"]
    assert all(len(row) == 2 and row[0] and row[1] and row[0] != row[1] for row in rows[2:])
    vi = "\n".join(row[0] for row in rows)
    en = "\n".join(row[1] for row in rows)
    assert "Hướng dẫn nhập số liệu" in vi and "How to fill in" in en
    assert f"'{SHEET}'" in vi and f"'{SHEET}'" in en
    if layout == "wide":
        assert "Cột 'Ước TH 2024' là số ước thực hiện (ƯTH) năm 2024" in vi
        assert "The column 'Ước TH 2024' holds the estimates of 2024" in en
    else:
        assert "Các dòng năm 2024 có loại 'ƯTH'" in vi
        assert "The rows of 2024 are of kind 'ƯTH'" in en
    assert "Đạt, Chưa đạt, Đang thực hiện" in vi  # the plan has qualitative rows
    assert sheet.column_dimensions["A"].width == sheet.column_dimensions["B"].width == 70


# ---------------------------------------------------------------------------------------------
# The command, the clock and reading the workbook back


class _Clock(datetime.date):
    """A date whose today is in 2024 (the command takes the current year from the clock)."""

    @classmethod
    def today(cls) -> _Clock:
        return cls(2024, 6, 30)


@pytest.fixture
def in_2024(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datetime, "date", _Clock)


def test_the_current_year_comes_from_the_clock_or_as_of(in_2024: None, tmp_path: Path) -> None:
    out = tmp_path / "entry.xlsx"
    args = ("template", str(TAN_HONG), "--years", "2021-2025", "-o", str(out))
    assert run(*args).exit_code == 0
    assert [c.value for c in load_workbook(out)[SHEET][1]][6:11] == [
        2021,
        2022,
        2023,
        "Ước TH 2024",
        2025,
    ]
    assert run(*args, "--as-of", "2022").exit_code == 0
    assert [c.value for c in load_workbook(out)[SHEET][1]][7] == "Ước TH 2022"


def test_the_csv_template_marks_an_estimate_year_only_when_asked(in_2024: None) -> None:
    plain = run("template", str(TAN_HONG), "--years", "2021-2025").stdout
    assert plain.splitlines()[0].endswith(",2021,2022,2023,2024,2025,Nguồn,Ghi chú")
    marked = run("template", str(TAN_HONG), "--years", "2021-2025", "--as-of", "2024").stdout
    assert marked.splitlines()[0].endswith(",2021,2022,2023,Ước TH 2024,2025,Nguồn,Ghi chú")
    long = run("template", str(TAN_HONG), "--layout", "long", "--as-of", "2024").stdout
    kinds = {(row["year"], row["kind"]) for row in csv.DictReader(io.StringIO(long))}
    assert ("2024", "ƯTH") in kinds and ("2023", "TH") in kinds and ("2024", "TH") not in kinds


def _fill_wide(path: Path, figures: dict[tuple[str, str], Any]) -> None:
    """Type into the wide sheet by indicator id and column header, as a person would (each
    indicator here has one row: one area)."""
    book = load_workbook(path)
    sheet = book[SHEET]
    header = [str(cell.value) for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for (indicator, column), value in figures.items():
            if row[1].value == indicator:
                row[header.index(column)].value = value
    book.save(path)


def _fill_long(path: Path, figures: dict[tuple[str, int], Any]) -> None:
    book = load_workbook(path)
    sheet = book[SHEET]
    for row in sheet.iter_rows(min_row=2):
        for (indicator, year), value in figures.items():
            if row[1].value == indicator and row[4].value == year:
                row[5].value = value
    book.save(path)


def _result(document: dict[str, Any], indicator: str) -> dict[str, Any]:
    [result] = [r for r in document["results"] if r["indicator"] == indicator]
    return result


@pytest.mark.parametrize("layout", ["wide", "long"])
def test_a_filled_in_workbook_is_read_back_with_the_estimate_marked(
    tmp_path: Path, layout: str
) -> None:
    out = tmp_path / "entry.xlsx"
    made = run(
        "template",
        str(TAN_HONG),
        "--layout",
        layout,
        "--years",
        "2021-2025",
        "--as-of",
        "2025",
        "-o",
        str(out),
    )
    assert made.exit_code == 0, made.output
    empty = json.loads(run("check", "--plan", str(TAN_HONG), str(out), "--format", "json").stdout)
    assert [f["code"] for f in empty["findings"]] == ["no-data-rows"]
    assert empty["inputs"][0]["sheet"] == SHEET  # the figures, not the instructions
    assert empty["inputs"][0]["layout"] == layout and empty["inputs"][0]["errors"] == 0
    if layout == "wide":
        _fill_wide(
            out,
            {
                ("poor_households_rate", "2022"): 3.1,
                ("poor_households_rate", estimate_header(2025)): 1.2,
                ("dinh_ba_urban_type5", estimate_header(2025)): "Đang thực hiện",
            },
        )
    else:
        _fill_long(
            out,
            {
                ("poor_households_rate", 2022): 3.1,
                ("poor_households_rate", 2025): 1.2,
                ("dinh_ba_urban_type5", 2025): "Đang thực hiện",
            },
        )
    result = run("check", "--plan", str(TAN_HONG), str(out), "--format", "json")
    filled = json.loads(result.stdout)
    assert filled["findings"] == [], filled["findings"]
    assert filled["inputs"][0]["observations"] == 3
    poor = _result(filled, "poor_households_rate")
    assert {v["year"]: (v["value"], v["estimate"]) for v in poor["values"]} == {
        2022: (3.1, False),
        2025: (1.2, True),
    }
    assert poor["latest"]["year"] == 2025 and poor["latest"]["estimate"]
    milestone = _result(filled, "dinh_ba_urban_type5")
    assert milestone["latest"]["state"] == "in_progress" and milestone["latest"]["estimate"]
