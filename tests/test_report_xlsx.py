"""``plantrack check --format xlsx``: the appendix an office files, opened as Excel would open it.

Each test reads a workbook written from the bundled plans and data (or a small plan of its own)
with openpyxl: the cells a person sees, their types and number formats, the frozen header, the
print settings, the status colours, the charts, and that no text ever became a formula.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from plantrack.cli import main
from plantrack.render.appendix import Figure
from plantrack.render.report_xlsx import SheetNames
from plantrack.render.xlsx_cells import worded_format
from tests.conftest import MINIMAL_PLAN, ROOT

HEADER_ROW = 7  # after the five lines of the title block and a blank row
FIRST_ROW = HEADER_ROW + 2


def _check(*args: str, env: dict[str, str] | None = None) -> tuple[int, bytes, str]:
    runner = CliRunner()
    result = runner.invoke(main, ["check", *args], env=env, catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture(scope="module", params=["vi", "en"])
def bundled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    """The workbook of the bundled plans and data, written with ``-o report.xlsx`` alone."""
    lang = request.param
    target = tmp_path_factory.mktemp(lang) / "report.xlsx"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        code, out, _ = _check("-o", str(target), "--lang", lang)
    assert (code, out) == (0, b"")
    book = openpyxl.load_workbook(target)
    book.lang = lang  # type: ignore[attr-defined]
    return book


def _lang(book: Workbook) -> str:
    return book.lang  # type: ignore[attr-defined,no-any-return]


def _row_of(sheet: Worksheet, indicator: str) -> int:
    rows = [r for r in range(FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 2).value == indicator]
    assert rows, indicator
    return rows[0]


def _column_of(sheet: Worksheet, heading: str) -> int:
    for row in (HEADER_ROW, HEADER_ROW + 1):
        for col in range(1, sheet.max_column + 1):
            if sheet.cell(row, col).value == heading:
                return col
    raise AssertionError(heading)


INCOME = {"vi": "Giá trị sản xuất", "en": "Gross output"}


def test_a_sheet_a_plan_with_its_charts_and_its_areas(bundled: Workbook) -> None:
    charts, area = ("Biểu đồ", "Địa bàn") if _lang(bundled) == "vi" else ("Charts", "Area")
    assert bundled.sheetnames == [
        "cau-ngang-2030",
        f"cau-ngang-2030 {charts}",
        "tan-hong-border-2025",
        f"tan-hong-border-2025 {area}",
        f"tan-hong-border-2025 {charts}",
    ]


def test_title_block_and_headings_in_the_language(bundled: Workbook) -> None:
    sheet = bundled["cau-ngang-2030"]
    title = [sheet.cell(r, 1).value for r in range(1, 6)]
    header = [sheet.cell(HEADER_ROW, c).value for c in range(1, sheet.max_column + 1)]
    years = [sheet.cell(HEADER_ROW + 1, c).value for c in range(5, 11)]
    if _lang(bundled) == "vi":
        assert title[0] == "PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
        assert title[1].startswith("Kế hoạch thực hiện Nghị quyết số 13-NQ/TW")
        assert title[2] == (
            "(Kèm theo Kế hoạch số 92/KH-UBND ngày 08/11/2022 của Ủy ban nhân dân huyện Cầu Ngang)"
        )
        assert title[3:] == ["Địa bàn: huyện Cầu Ngang", "Đánh giá đến năm 2025"]
        assert [h for h in header if h] == [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Mục tiêu",
            "Số liệu thực hiện",
            "Thực hiện",
            "Tốc độ đạt được",
            "Tốc độ cần đạt",
            "So với mục tiêu (%)",
            "Đánh giá",
            "Ghi chú",
        ]
        assert years == ["2020", "2021", "2022", "2023", "2024", "Ước TH 2025"]
        assert [sheet.cell(FIRST_ROW, c).value for c in (1, 2)] == ["I", "Về kinh tế"]
    else:
        assert title[0] == "APPENDIX: RESULTS AGAINST THE MAIN TARGETS"
        assert title[3:] == ["Area: Cầu Ngang district", "Assessed as of 2025"]
        assert [h for h in header if h][:5] == [
            "No.",
            "Indicator",
            "Unit",
            "Target",
            "Reported figures",
        ]
        assert [h for h in header if h][-2:] == ["Assessment", "Note"]
        assert years == ["2020", "2021", "2022", "2023", "2024", "Est. 2025"]
        assert sheet.cell(FIRST_ROW, 1).value == "I"
    assert sheet.cell(FIRST_ROW, 1).font.b  # the section's row is bold
    assert any(str(r) == f"B{FIRST_ROW}:P{FIRST_ROW}" for r in sheet.merged_cells.ranges)


def test_figures_are_numbers_with_number_formats(bundled: Workbook) -> None:
    sheet = bundled["cau-ngang-2030"]
    row = _row_of(sheet, INCOME[_lang(bundled)])
    figures = [sheet.cell(row, c) for c in range(5, 11)]
    assert [c.value for c in figures] == [8641, 9114.2, 10021.7, 10939.9, 11971, 13127.6]
    assert {c.data_type for c in figures} == {"n"}
    assert {c.number_format for c in figures} == {"#,##0.0"}  # the row's decimals
    assert [c.font.i for c in figures] == [False] * 5 + [True]  # 2025 is an estimate
    achieved, needed, compared = (sheet.cell(row, c) for c in (12, 13, 14))
    assert achieved.value == pytest.approx(0.0872, abs=1e-4)  # a fraction, shown as 8,72%/năm
    per_year = "/năm" if _lang(bundled) == "vi" else "/yr"
    assert achieved.number_format.startswith(f'0.00%"{per_year}"')
    assert needed.value == pytest.approx(0.1736, abs=1e-4)
    assert compared.value == pytest.approx(0.673, abs=1e-3)
    assert compared.number_format == "0.0%"
    latest = sheet.cell(row, 11)
    assert latest.value == 13127.6 and latest.data_type == "n"
    assert latest.number_format.startswith('"2025: "#,##0.0"')  # worded as the table words it
    trained = {"vi": "Tỷ lệ lao động qua đào tạo", "en": "Share of workers with training"}
    share = sheet.cell(_row_of(sheet, trained[_lang(bundled)]), 5)  # 63,5% in 2020
    assert share.value == pytest.approx(0.635) and share.number_format == "0.0%"


def test_no_number_is_written_as_text(bundled: Workbook) -> None:
    """Every cell of the table's figure columns is a number, or words that are no number."""
    number = re.compile(r"^[+\-]?[\d.,]+%?$")
    for sheet in bundled.worksheets:
        if sheet.title.endswith(("Biểu đồ", "Charts", "Địa bàn", "Area")):
            continue
        for row in sheet.iter_rows(min_row=FIRST_ROW, min_col=5, max_col=14):
            for cell in row:
                if isinstance(cell.value, str):
                    assert not number.match(cell.value), (sheet.title, cell.coordinate)


def test_header_frozen_and_printed_on_every_a4_landscape_page(bundled: Workbook) -> None:
    for name in ("cau-ngang-2030", "tan-hong-border-2025"):
        sheet = bundled[name]
        assert sheet.freeze_panes == f"C{FIRST_ROW}"  # below the header, right of Chỉ tiêu
        assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW + 1}"
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.column_dimensions["B"].width > 30  # the indicator's name has room
        assert sheet.cell(FIRST_ROW + 1, 2).alignment.wrap_text


def test_statuses_are_coloured_as_well_as_worded(bundled: Workbook) -> None:
    sheet = bundled["cau-ngang-2030"]
    status = _column_of(sheet, "Đánh giá" if _lang(bundled) == "vi" else "Assessment")
    fills: dict[str, set[str]] = {}
    for row in range(FIRST_ROW, sheet.max_row + 1):
        cell = sheet.cell(row, status)
        if isinstance(cell.value, str) and cell.value[:1] in "★✔●◐▲▼✖✘?·":
            fills.setdefault(cell.value[0], set()).add(cell.fill.fgColor.rgb[-6:])
    assert fills["▼"] == {"FFC7CE"}  # off track: red
    assert fills["▲"] == {"FFEB9C"}  # at risk: yellow
    assert fills["●"] == fills["✔"] == {"C6EFCE"}  # on track, achieved: green
    assert fills["◐"] == {"DDEBF7"}


def test_estimates_are_italic_with_a_legend_under_the_table(bundled: Workbook) -> None:
    sheet = bundled["cau-ngang-2030"]
    legend = sheet.cell(sheet.max_row, 1)
    words = "Số in nghiêng là số ước thực hiện" if _lang(bundled) == "vi" else "in italics are"
    assert words in legend.value
    assert legend.font.i


def _charted_rows(sheet: Worksheet) -> list[str]:
    """The indicators of the appendix sheet that are growth or level targets with yearly
    figures of one area (the rows whose year columns hold numbers, less the others by kind)."""
    return [
        sheet.cell(r, 2).value
        for r in range(FIRST_ROW, sheet.max_row + 1)
        if any(isinstance(sheet.cell(r, c).value, float | int) for c in range(5, 11))
    ]


def test_a_line_chart_per_growth_and_level_target(bundled: Workbook) -> None:
    from openpyxl.chart import LineChart

    charts = "Biểu đồ" if _lang(bundled) == "vi" else "Charts"
    # the bundled rows with yearly figures that are not a growth or level target: the
    # investment totals (4, 4.1), jobs every year (5.2) and the share of communes (16)
    others = {"cau-ngang-2030": 4, "tan-hong-border-2025": 5}
    for plan, not_charted in others.items():
        sheet = bundled[f"{plan} {charts}"]
        drawn = sheet._charts
        assert len(drawn) == len(_charted_rows(bundled[plan])) - not_charted
        assert all(isinstance(chart, LineChart) for chart in drawn)
    income = next(
        c for c in bundled[f"tan-hong-border-2025 {charts}"]._charts if "2. " in _title(c)
    )
    names = [s.tx.v for s in income.series]
    if _lang(bundled) == "vi":
        assert names == ["Thực hiện", "ƯTH", "Lộ trình mục tiêu"]
    else:
        assert names == ["Reported", "est.", "Path to the target"]
    # the path the target requires ends at the goal (68) in 2025, on the sheet beside the chart
    path = income.series[2].val.numRef.f
    sheet_name, cells = path.rsplit("!", 1)
    last = cells.split(":")[1].replace("$", "")
    assert bundled[sheet_name.strip("'")][last].value == pytest.approx(68)


def _title(chart: object) -> str:
    rich = chart.title.tx.rich  # type: ignore[attr-defined]
    return "".join(run.t for p in rich.p for run in (p.r or []))


def test_several_areas_counted_with_a_sheet_of_areas(bundled: Workbook) -> None:
    vi = _lang(bundled) == "vi"
    sheet = bundled["tan-hong-border-2025"]
    row = _row_of(
        sheet, "Xã đạt chuẩn nông thôn mới" if vi else "Commune meets the new-rural standard"
    )
    status = _column_of(sheet, "Đánh giá" if vi else "Assessment")
    assert sheet.cell(row, status).value == ("2/2 xã đạt" if vi else "2/2 communes met")
    areas = bundled["tan-hong-border-2025 " + ("Địa bàn" if vi else "Area")]
    assert areas["E4"].value == ("xã Tân Hộ Cơ" if vi else "Tân Hộ Cơ commune")
    assert areas["G4"].value == ("xã Bình Phú" if vi else "Bình Phú commune")
    met = "✔ Đạt" if vi else "✔ Achieved"
    assert [areas.cell(6, c).value for c in (5, 7, 9)] == [met, met, sheet.cell(row, status).value]
    assert areas.cell(6, 5).fill.fgColor.rgb[-6:] == "C6EFCE"


FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)"]


def test_no_text_becomes_a_formula(tmp_path: Path) -> None:
    """Names that a spreadsheet would run (=, +, -, @) are text cells, shown as written."""
    indicators = "".join(
        f"""
  - id: x{i}
    name: {{vi: '{name.replace("'", "''")}', en: '{name.replace("'", "''")}'}}
    unit: million_vnd_per_person
    direction: increase
    source: {{section: II, item: {i + 3}}}
    targets:
      - kind: level
        value: 68
        year: 2025
        text: x
"""
        for i, name in enumerate(FORMULAS)
    )
    plan = MINIMAL_PLAN.replace("name: {vi: huyện D, en: D district}", "name: {vi: '=D', en: '=D'}")
    (tmp_path / "plan.yaml").write_text(plan + indicators, encoding="utf-8")
    rows = "".join(f"x{i},{y},{50 + y - 2020}\n" for i in range(4) for y in (2020, 2023))
    (tmp_path / "d.csv").write_text("indicator,year,value\n" + rows, encoding="utf-8")
    target = tmp_path / "out.xlsx"
    code, _, _ = _check(
        str(tmp_path / "d.csv"), "--plan", str(tmp_path / "plan.yaml"), "-o", str(target)
    )
    assert code == 0
    with zipfile.ZipFile(target) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)
    book = openpyxl.load_workbook(target)
    sheet = book["test-plan"]
    names = {sheet.cell(r, 2).value: sheet.cell(r, 2) for r in range(FIRST_ROW, sheet.max_row + 1)}
    for name in FORMULAS:
        assert names[name].data_type == "s"
        assert names[name].quotePrefix  # Excel keeps it text when the cell is edited
    assert sheet["A4"].value == "Địa bàn: =D"
    assert all(c.data_type != "f" for s in book.worksheets for row in s.iter_rows() for c in row)


def test_control_characters_shown_not_written(tmp_path: Path) -> None:
    """An ESC in a name (XML cannot hold it) is written out as ``\\x1b``, in the table and in
    the chart's title, and the workbook is written."""
    plan = MINIMAL_PLAN.replace(
        "name: {vi: Thu nhập bình quân đầu người, en: Income per person}",
        'name: {vi: "Thu nhập\\e[31m", en: "Income\\e[31m"}',
    )
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    rows = "income,2020,44.5\nincome,2022,52.8\n"
    (tmp_path / "d.csv").write_text("indicator,year,value\n" + rows, encoding="utf-8")
    target = tmp_path / "out.xlsx"
    args = [str(tmp_path / "d.csv"), "--plan", str(tmp_path / "plan.yaml"), "-o", str(target)]
    code, _, _ = _check(*args)
    assert code == 0
    book = openpyxl.load_workbook(target)
    assert book["test-plan"].cell(FIRST_ROW, 2).value == "Thu nhập\\x1b[31m"
    [chart] = book["test-plan Biểu đồ"]._charts
    assert _title(chart) == "2. Thu nhập\\x1b[31m (triệu đồng/người)"


def test_a_report_without_results_says_so(in_root: Path, tmp_path: Path) -> None:
    target = tmp_path / "none.xlsx"
    code, _, _ = _check("--status", "regressing", "--lang", "en", "-o", str(target))
    assert code == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["plantrack"]
    assert book["plantrack"]["A1"].value == "no result matches the filters"


def test_refused_on_a_terminal_without_o(
    monkeypatch: pytest.MonkeyPatch, in_root: Path, tmp_path: Path
) -> None:
    """A workbook is never written to a terminal: without -o, a usage error saying what to do;
    with -o, written as anywhere else."""
    import plantrack.cli.check as command

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(command, "sys", SimpleNamespace(stdout=Terminal(), stderr=sys.stderr))
    code, out, err = _check("--format", "xlsx", "--lang", "en")
    assert (code, out) == (2, b"")
    assert "-o FILE (for example -o report.xlsx)" in err
    code, out, _ = _check("--format", "xlsx", "-o", str(tmp_path / "r.xlsx"))
    assert (code, out) == (0, b"")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "cau-ngang-2030"


def test_redirected_output_is_the_same_workbook_as_o(in_root: Path, tmp_path: Path) -> None:
    code, out, _ = _check("--format", "xlsx", "--plan", "plans/tan-hong-border-2025.yaml")
    assert code == 0 and out[:2] == b"PK"
    target = tmp_path / "report.xlsx"
    code, _, _ = _check(
        "--format", "xlsx", "--plan", "plans/tan-hong-border-2025.yaml", "-o", str(target)
    )
    assert target.read_bytes() == out  # no clock in the file: the same report, the same bytes
    assert openpyxl.load_workbook(io.BytesIO(out)).sheetnames[0] == "tan-hong-border-2025"


def test_sheet_names_excel_accepts() -> None:
    names = SheetNames()
    assert names.take("a:b/c[1]") == "a-b-c-1-"
    long = "x" * 40
    assert names.take(long) == "x" * 31
    assert names.take(long.upper()) == "X" * 27 + " (2)"  # Excel compares names without case
    assert names.take(long, "Biểu đồ") == "x" * 23 + " Biểu đồ"
    assert all(len(n) <= 31 for n in names.taken)


@pytest.mark.parametrize(
    ("value", "text", "kind", "expected"),
    [
        (
            13127.6,
            "2025: 13.127,6 (ước)",
            "amount",
            '"2025: "{0}" (ước)";"2025: "-{0}" (ước)";"2025: "{0}" (ước)"'.format("#,##0.0"),
        ),
        (
            1.7,
            "+1,7 điểm %/năm",
            "amount",
            '+{0}" điểm %/năm";-{0}" điểm %/năm";{0}" điểm %/năm"'.format("#,##0.0"),
        ),
        (0.0872, "8.72%/yr", "percent", '0.00%"/yr";-0.00%"/yr";0.00%"/yr"'),
        (
            -0.644,
            "-0,64 điểm %/năm",
            "amount",
            '{0}" điểm %/năm";-{0}" điểm %/năm";{0}" điểm %/năm"'.format("#,##0.00"),
        ),
        (
            3.772,
            "+3,772 nghìn tỷ đồng/năm",
            "amount",
            '+{0}" nghìn tỷ đồng/năm";-{0}" nghìn tỷ đồng/năm";{0}" nghìn tỷ đồng/năm"'.format(
                "#,##0.000"
            ),
        ),
        (8641.0, "8.641", "amount", "#,##0"),
        (0.635, "63,5%", "percent", "0.0%"),
    ],
)
def test_a_figure_worded_around_its_number(
    value: float, text: str, kind: str, expected: str
) -> None:
    """The words around a number become literal text of its format; the decimals are those
    the words show (3,772: three), whichever the language's marks."""
    assert worded_format(Figure(value, text, kind)) == expected  # type: ignore[arg-type]
