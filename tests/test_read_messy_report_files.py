"""Reading actuals from messy, real-looking and hostile report files.

Report tables typed the way district and province offices type them (titles and a unit line above
a two-row header, merged cells, section rows, footnotes, every way of writing a number), and files
that are broken on purpose, written by a reviewer who had not seen the code. Each test states the
behaviour that should hold; the 18 bugs they found first failed here and are now fixed.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
from plantrack.plans.model import Plan

from .test_read_actuals import CAU_NGANG, SHIPPED, TAN_HONG, check_ledger, read

openpyxl = pytest.importorskip("openpyxl")

Key = tuple[str, str | None, int, bool]


def read_paths(paths: list[Path], plans: list[Plan] | None = None, **options: Any) -> DataSet:
    data = read_actuals(paths, SHIPPED if plans is None else plans, ReadOptions(**options))
    check_ledger(data)
    return data


def workbook(
    rows: list[list[Any]],
    *,
    title: str = "Biểu 01",
    merges: tuple[str, ...] = (),
    formats: dict[str, str] | None = None,
) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    for address, number_format in (formats or {}).items():
        sheet[address].number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def values(data: DataSet) -> dict[Key, float | None]:
    """(indicator, area, year, estimate) -> value."""
    return {(o.indicator, o.area, o.year, o.estimate): o.value for o in data.observations}


def codes(data: DataSet) -> list[str]:
    return [finding.code for finding in data.findings]


def errors_on(data: DataSet, line: int) -> list[str]:
    return [f.code for f in data.findings if f.is_error and f.line == line]


# --------------------------------------------------------------------------------------------
# Report tables as district offices type them: what works


def test_district_table_with_sections_total_and_footnotes(tmp_path: Path) -> None:
    content = (
        "STT;Chỉ tiêu;ĐVT;2022;2023;;;\n"
        "I;KINH TẾ;;;;;;\n"
        "1;Thu ngân sách trên địa bàn;tỷ đồng;120,5;130;;;\n"
        "II;XÃ HỘI;;;;;;\n"
        "1;Số lao động được tạo cơ hội việc làm;người;2.310;2.400;;;\n"
        "a);Tỷ lệ hộ nghèo;%;4,1;3,5;;;\n"
        ";Tổng cộng;;2.430,5;2.530;;;\n"
        ";Ghi chú: (*) số liệu ước;;;;;;\n"
        ";Nguồn: Chi cục Thống kê huyện;;;;;;\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {
        ("budget_revenue", None, 2022, False): 120.5,
        ("budget_revenue", None, 2023, False): 130,
        ("jobs_created", None, 2022, False): 2310,
        ("jobs_created", None, 2023, False): 2400,
        ("poor_households_rate", None, 2022, False): 4.1,
        ("poor_households_rate", None, 2023, False): 3.5,
    }
    outcomes = {r.line: r.code for r in data.rows}
    assert outcomes[2] == outcomes[4] == "section-row"
    assert outcomes[7] == "unmatched-indicator"  # the total row is said, not dropped
    assert outcomes[8] == outcomes[9] == "no-values"
    assert all(not f.is_error for f in data.findings)


def test_two_row_merged_header_without_titles_xlsx(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", None, "Ước TH 2024", "KH 2025"],
        [None, None, None, 2022, 2023, None, None],
        ["I", "KINH TẾ"],
        [1, "Giá trị sản xuất (giá so sánh 2010)", "tỷ đồng", 5120.5, 5600, 6100, 6800],
        ["a)", "Giá trị sản xuất công nghiệp", "tỷ đồng", "1.234,5", "1.300", "-", None],
        [2, "Thu nhập bình quân/người", "triệu đồng/người", 55, 60.5, "x", None],
        ["II", "XÃ HỘI"],
        [3, "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "hơn 91%", 0.95, None],
    ]
    content = workbook(
        rows,
        merges=("D1:E1", "A1:A2", "B1:B2", "C1:C2", "F1:F2", "G1:G2"),
        formats={"E8": "0%"},
    )
    data = read(tmp_path, content, "bao-cao.xlsx", plans=[CAU_NGANG])
    got = values(data)
    assert got[("gross_output", None, 2022, False)] == 5120.5
    assert got[("gross_output", None, 2024, True)] == 6100
    assert ("gross_output", None, 2025, False) not in got  # KH
    assert got[("industry_output", None, 2022, False)] == 1234.5
    assert got[("industry_output", None, 2023, False)] == 1300
    assert got[("income_per_capita", None, 2022, False)] == pytest.approx(55e6 / 24000)
    assert got[("health_insurance_coverage", None, 2023, False)] == pytest.approx(95)
    coverage = next(o for o in data.observations if o.year == 2022 and o.qualifier)
    assert (coverage.value, coverage.qualifier) == (91, "more_than")
    assert data.observations[0].cell == "Biểu 01!D4"
    assert data.findings == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("hơn 91%", 0.91, "more_than"),  # percent on a count: a growth rate, by design
        ("trên 50", 50, "more_than"),
        ("HƠN 91", 91, "more_than"),
        ("dưới 0,64%", 0.0064, "less_than"),
        ("1.234.567", 1234567, None),
        ("1,234,567", 1234567, None),
        ("1 234,5", 1234.5, None),
        (" 45 ", 45, None),
        ("+3", 3, None),
        ("0", 0, None),
    ],
)
def test_numbers_as_offices_write_them(
    tmp_path: Path, text: str, value: float, qualifier: str | None
) -> None:
    data = read(tmp_path, f"indicator;year;value\njobs_created;2021;{text}\n", plans=[TAN_HONG])
    (obs,) = data.observations
    assert obs.value == pytest.approx(value)
    assert obs.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("6.794", "ambiguous-decimal"),
        ("6,794", "ambiguous-decimal"),
        (">2.300", "ambiguous-decimal"),
        ("(5)", "bad-number"),
        ("−5", "out-of-range"),
        ("--", "bad-number"),
        ("ước 50", "bad-number"),  # "ước" alone is a kind (estimate), not read in a cell
        ("50*", "bad-number"),
        ("1e3", "bad-number"),
        ("inf", "bad-number"),
        ("=SUM(A1:A3)", "formula"),
        ("#DIV/0!", "bad-number"),
    ],
)
def test_numbers_that_must_not_be_guessed(tmp_path: Path, text: str, code: str) -> None:
    data = read(tmp_path, f"indicator;year;value\njobs_created;2021;{text}\n", plans=[TAN_HONG])
    assert data.observations == []
    assert code in errors_on(data, 2), data.findings
    assert data.files[0].errors == 1


@pytest.mark.parametrize("text", ["-", "x", "X", "…", "...", "N/A", "  "])
def test_no_figure_marks_are_ignored(tmp_path: Path, text: str) -> None:
    data = read(tmp_path, f"indicator;year;value\njobs_created;2021;{text}\n", plans=[TAN_HONG])
    assert data.observations == []
    assert [r.code for r in data.rows if r.line == 2] == ["no-values"]


BASE = "Chỉ tiêu;Địa bàn;2022;2023\nThu ngân sách trên địa bàn;;120,5;130\nTỷ lệ hộ nghèo;xã Bình Phú;3,4;2,9\n"
EXPECTED_BASE = {
    ("budget_revenue", None, 2022, False): 120.5,
    ("budget_revenue", None, 2023, False): 130,
    ("poor_households_rate", "binh-phu", 2022, False): 3.4,
    ("poor_households_rate", "binh-phu", 2023, False): 2.9,
}
ENCODED = {
    "bom-crlf.csv": codecs.BOM_UTF8 + BASE.replace("\n", "\r\n").encode(),
    "utf16le.csv": codecs.BOM_UTF16_LE + BASE.encode("utf-16-le"),
    "utf16be.csv": codecs.BOM_UTF16_BE + BASE.encode("utf-16-be"),
    "utf16-tab.txt": ("\ufeff" + BASE.replace(";", "\t")).encode("utf-16-le"),
    "cr-only.csv": BASE.replace("\n", "\r").encode(),
    "UPPER.CSV": BASE.encode(),
    "nfd.csv": unicodedata.normalize("NFD", BASE).encode(),
    "tabs.tsv": BASE.replace(";", "\t").encode(),
}


@pytest.mark.parametrize("name", ENCODED)
def test_encodings_and_line_ends_read_alike(tmp_path: Path, name: str) -> None:
    data = read(tmp_path, ENCODED[name], name, plans=[TAN_HONG])
    assert values(data) == EXPECTED_BASE
    assert data.findings == []


def test_multiline_quoted_cells_keep_physical_line_numbers(tmp_path: Path) -> None:
    content = (
        'STT;Chỉ tiêu;"Thực hiện\nnăm 2022";"Ước thực hiện\r\nnăm 2024"\n'
        '1;"Thu ngân sách\ntrên địa bàn";120,5;abc\n'
        "2;Tỷ lệ hộ nghèo;3,5;2,9\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert {(o.indicator, o.line) for o in data.observations} == {
        ("budget_revenue", 4),
        ("poor_households_rate", 6),
    }
    assert [(f.code, f.line) for f in data.findings] == [("bad-number", 4)]


@pytest.mark.parametrize(
    ("name", "content", "code", "line"),
    [
        ("nul.csv", b"indicator;year;value\njobs_created;2021;5\n\x00", "binary-file", 3),
        ("utf16-nobom.csv", BASE.encode("utf-16-le"), "binary-file", 1),
        ("mixed.csv", codecs.BOM_UTF8 + b"Chi tieu;2022\nabc\xff;1\n", "mixed-encoding", 2),
        ("renamed.xlsx", BASE.encode(), "xlsx-unreadable", None),
        ("giant.csv", b"a;" * 600_000, "no-header", 1),
        ("empty.csv", b"", "empty-file", None),
    ],
)
def test_hostile_files_give_one_clear_finding(
    tmp_path: Path, name: str, content: bytes, code: str, line: int | None
) -> None:
    data = read(tmp_path, content, name, plans=[TAN_HONG])
    assert data.observations == []
    finding = next(f for f in data.findings if f.code == code)
    assert (finding.file, finding.line) == (str(tmp_path / name), line)


def test_folder_skips_lock_files_and_reads_upper_case_suffixes(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("indicator,year,value\njobs_created,2021,2310\n")
    (tmp_path / "~$a.xlsx").write_bytes(b"\x00\x01lock")
    (tmp_path / ".~lock.a.csv#").write_text("lock")
    (tmp_path / "B.CSV").write_text("indicator,year,value\njobs_created,2022,2400\n")
    data = read_actuals([tmp_path], [TAN_HONG], owner=TAN_HONG)  # a folder: say whose it is
    check_ledger(data)
    assert sorted(Path(f.path).name for f in data.files) == ["B.CSV", "a.csv"]
    assert sorted(o.year for o in data.observations) == [2021, 2022]


def test_conflicting_files_name_both_places(tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    second = tmp_path / "b.csv"
    first.write_text("indicator,year,value\njobs_created,2021,2310\n")
    second.write_text("indicator,year,value\njobs_created,2021,2400\n")
    data = read_paths([first, second], [TAN_HONG])
    assert data.observations == []
    (conflict,) = [f for f in data.findings if f.code == "conflicting-values"]
    assert f"{first}:2" in conflict.message and f"{second}:2" in conflict.message


def test_stdin_takes_excel_and_text(tmp_path: Path) -> None:
    book = workbook([["Chỉ tiêu", 2022], ["Số lao động được tạo cơ hội việc làm", 5]])
    data = read_actuals(["-"], [TAN_HONG], stdin=io.BytesIO(book))
    check_ledger(data)
    assert [o.cell for o in data.observations] == ["Biểu 01!B2"]
    empty = read_actuals(["-"], [TAN_HONG], stdin=io.BytesIO(b""))
    check_ledger(empty)
    assert codes(empty) == ["empty-file"]


def test_sheet_with_vietnamese_name_is_found(tmp_path: Path) -> None:
    content = workbook([["Chỉ tiêu", 2022], ["Thu ngân sách trên địa bàn", 120.5]], title="Số liệu")
    data = read(tmp_path, content, "book.xlsx", plans=[TAN_HONG], sheet="Số liệu")
    assert [o.cell for o in data.observations] == ["Số liệu!B2"]


# --------------------------------------------------------------------------------------------
# Bugs: the header of a real report


TITLED_REPORT: list[list[Any]] = [
    ["UBND HUYỆN CẦU NGANG"],
    ["BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI"],
    ["(Kèm theo Báo cáo số 123/BC-UBND ngày 10/12/2024)"],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", None, "Ước TH 2024", "KH 2025"],
    [None, None, None, 2022, 2023, None, None],
    [1, "Giá trị sản xuất", "tỷ đồng", 5120.5, 5600, 6100, 6800],
]


def test_title_row_above_two_row_header_xlsx(tmp_path: Path) -> None:
    content = workbook(TITLED_REPORT, merges=("D4:E4", "A4:A5", "B4:B5", "C4:C5", "F4:F5", "G4:G5"))
    data = read(tmp_path, content, "bao-cao.xlsx", plans=[CAU_NGANG])
    assert data.files[0].header_lines == (4, 5)
    assert values(data) == {
        ("gross_output", None, 2022, False): 5120.5,
        ("gross_output", None, 2023, False): 5600,
        ("gross_output", None, 2024, True): 6100,
    }


def test_title_row_above_two_row_header_csv(tmp_path: Path) -> None:
    content = (
        "BÁO CÁO;;;;;\n"
        "STT;Chỉ tiêu;ĐVT;Thực hiện;;Ước TH 2024\n"
        ";;;2022;2023;\n"
        "1;Thu ngân sách trên địa bàn;tỷ đồng;120,5;130;140\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {
        ("budget_revenue", None, 2022, False): 120.5,
        ("budget_revenue", None, 2023, False): 130,
        ("budget_revenue", None, 2024, True): 140,
    }


def test_unit_line_above_header_is_applied(tmp_path: Path) -> None:
    """docs/data-format.md: a line such as "Đơn vị tính: triệu đồng" above the table sets the
    unit of every figure whose row gives none."""
    content = workbook(
        [
            ["BÁO CÁO THU NGÂN SÁCH"],
            [None, None, "Đơn vị tính: triệu đồng"],
            ["Chỉ tiêu", 2022, 2023],
            ["Thu ngân sách trên địa bàn", 120500, 130250],
        ]
    )
    data = read(tmp_path, content, "ns.xlsx", plans=[TAN_HONG])
    assert values(data) == {
        ("budget_revenue", None, 2022, False): pytest.approx(120.5),
        ("budget_revenue", None, 2023, False): pytest.approx(130.25),
    }
    assert not errors_on(data, 4)


def test_year_merged_over_plan_and_actual_columns(tmp_path: Path) -> None:
    content = "STT;Chỉ tiêu;Năm 2023;;Năm 2024\n;;KH;TH;ƯTH\n1;Tỷ lệ hộ nghèo;4,0;3,5;2,8\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {
        ("poor_households_rate", None, 2023, False): 3.5,
        ("poor_households_rate", None, 2024, True): 2.8,
    }
    assert not data.errors


def test_target_column_is_not_an_actual(tmp_path: Path) -> None:
    content = "STT;Nội dung;TH 2023;Chỉ tiêu năm 2025\n1;Tỷ lệ hộ nghèo;4,1;2,5\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {("poor_households_rate", None, 2023, False): 4.1}


def test_figures_under_a_header_not_understood_are_reported(tmp_path: Path) -> None:
    content = (
        "Chỉ tiêu;TH 2022;Ước đạt 2024;TH 2023(1);Quý III 2025\n"
        "Thu ngân sách trên địa bàn;120,5;130;140;99\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {
        ("budget_revenue", None, 2022, False): 120.5,
        ("budget_revenue", None, 2023, False): 140,
        ("budget_revenue", None, 2024, True): 130,
    }
    (finding,) = data.findings
    assert (finding.code, finding.line, finding.col) == ("unread-column", 1, 5)
    assert "Quý III 2025" in finding.message


def test_year_header_with_thousands_mark(tmp_path: Path) -> None:
    content = "Chỉ tiêu;2.021;2.022\nThu ngân sách trên địa bàn;120,5;130\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert values(data) == {
        ("budget_revenue", None, 2021, False): 120.5,
        ("budget_revenue", None, 2022, False): 130,
    }


# --------------------------------------------------------------------------------------------
# Bugs: areas and indicators


def test_town_and_city_are_not_the_district_and_province(tmp_path: Path) -> None:
    content = (
        "Chỉ tiêu;Đơn vị hành chính;2023\n"
        "Tỷ lệ hộ nghèo;Thị trấn Cầu Ngang;1,2\n"
        "Tỷ lệ hộ nghèo;TP. Trà Vinh;0,8\n"
    )
    data = read(tmp_path, content, plans=[CAU_NGANG])
    assert data.observations == []
    assert codes(data) == ["unmatched-area", "unmatched-area"]


def test_two_level_numbering_without_final_dot(tmp_path: Path) -> None:
    content = "Chỉ tiêu;2023\n1.1 Giá trị sản xuất công nghiệp;1.234,5\n"
    data = read(tmp_path, content, plans=[CAU_NGANG])
    assert values(data) == {("industry_output", None, 2023, False): 1234.5}


def test_unmatched_row_is_reported_once(tmp_path: Path) -> None:
    content = "Chỉ tiêu;2021;2022;2023\nTổng cộng;1;2;3\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert codes(data) == ["unmatched-indicator"]


def test_whole_district_row_is_the_plans_area(tmp_path: Path) -> None:
    content = "Chỉ tiêu;Địa bàn;2023\nTỷ lệ hộ nghèo;Toàn huyện;3,4\n"
    data = read(tmp_path, content, plans=[CAU_NGANG])
    assert values(data) == {("poor_households_rate", None, 2023, False): 3.4}


# --------------------------------------------------------------------------------------------
# Bugs: values exactly right


@pytest.mark.parametrize(
    "content",
    [
        "Chỉ tiêu,2022,2023,Ghi chú\nThu ngân sách trên địa bàn,120,5,130\n"
        "Số lao động được tạo cơ hội việc làm,2310,2400,\n",
        "indicator,year,value,source\nbudget_revenue,2022,120,5\n"
        "budget_revenue,2023,130.5,báo cáo\n",
    ],
    ids=["wide", "long"],
)
def test_unquoted_decimal_comma_is_not_read_as_two_cells(tmp_path: Path, content: str) -> None:
    data = read(tmp_path, content, plans=[TAN_HONG])
    budget = {k[2]: v for k, v in values(data).items() if k[0] == "budget_revenue"}
    assert 120 not in budget.values() and 5 not in budget.values()
    assert errors_on(data, 2)


def test_excel_percentage_is_exact(tmp_path: Path) -> None:
    content = workbook([["Chỉ tiêu", "2023"], ["Tỷ lệ hộ nghèo", 0.0321]], formats={"B2": "0.00%"})
    data = read(tmp_path, content, "p.xlsx", plans=[TAN_HONG])
    assert [o.value for o in data.observations] == [3.21]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "p.xlsx",
                workbook(
                    [["Chỉ tiêu", "2023"], ["Tỷ lệ hộ nghèo", 0.0321]], formats={"B2": "0.00%"}
                ),
            ),
            ("p.csv", "Chỉ tiêu;2023\nTỷ lệ hộ nghèo;3,21\n".encode()),
        ),
        (
            (
                "u1.csv",
                "indicator;year;value;unit\nbudget_revenue;2023;1,07;nghìn tỷ đồng\n".encode(),
            ),
            (
                "u2.csv",
                b"indicator;year;value;unit\nbudget_revenue;2023;1070;t\xe1\xbb\xb7 \xc4\x91\xe1\xbb\x93ng\n",
            ),
        ),
    ],
    ids=["excel-percent", "unit-scale"],
)
def test_same_figure_two_ways_is_not_a_conflict(
    tmp_path: Path, first: tuple[str, bytes], second: tuple[str, bytes]
) -> None:
    paths = []
    for name, content in (first, second):
        path = tmp_path / name
        path.write_bytes(content)
        paths.append(path)
    data = read_paths(paths, [TAN_HONG])
    assert "conflicting-values" not in codes(data)
    assert len(data.observations) == 1


# --------------------------------------------------------------------------------------------
# Bugs: workbooks and empty files


def test_empty_first_sheet(tmp_path: Path) -> None:
    """docs/data-format.md: a workbook is read from its first sheet with data."""
    book = openpyxl.Workbook()
    book.active.title = "Bìa"
    sheet = book.create_sheet("Số liệu")
    sheet.append(["Chỉ tiêu", 2022])
    sheet.append(["Thu ngân sách trên địa bàn", 120.5])
    path = tmp_path / "book.xlsx"
    book.save(path)
    data = read_paths([path], [TAN_HONG])
    assert [(o.cell, o.value) for o in data.observations] == [("Số liệu!B2", 120.5)]
    assert [f.code for f in data.findings] == []
    assert [report.sheet for report in data.files] == ["Số liệu"]


def test_formula_without_cached_value_is_not_silent(tmp_path: Path) -> None:
    content = workbook([["Chỉ tiêu", "2021"], ["Thu ngân sách trên địa bàn", "=100+20.5"]])
    data = read(tmp_path, content, "f.xlsx", plans=[TAN_HONG])
    assert "formula" in errors_on(data, 2)


def test_sheet_name_matches_whatever_the_unicode_form(tmp_path: Path) -> None:
    content = workbook(
        [["Chỉ tiêu", 2022], ["Thu ngân sách trên địa bàn", 120.5]], title="Biểu số 1"
    )
    nfd = unicodedata.normalize("NFD", "Biểu số 1")
    data = read(tmp_path, content, "v.xlsx", plans=[TAN_HONG], sheet=nfd)
    assert [o.value for o in data.observations] == [120.5]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.csv", codecs.BOM_UTF8),
        ("bom16.csv", codecs.BOM_UTF16_LE),
        ("empty.xlsx", workbook([])),
    ],
)
def test_effectively_empty_files_are_empty(tmp_path: Path, name: str, content: bytes) -> None:
    data = read(tmp_path, content, name, plans=[TAN_HONG])
    assert codes(data) == ["empty-file"]


def test_excel_findings_name_their_cell(tmp_path: Path) -> None:
    content = workbook([["Chỉ tiêu", "2021"], ["Số lao động được tạo cơ hội việc làm", "2.310"]])
    data = read(tmp_path, content, "b.xlsx", plans=[TAN_HONG])
    assert [(f.code, f.cell) for f in data.findings] == [("ambiguous-decimal", "Biểu 01!B2")]


def test_excel_extra_cells_message_does_not_talk_about_delimiters(tmp_path: Path) -> None:
    content = workbook([["Chỉ tiêu", 2021], ["Số lao động được tạo cơ hội việc làm", 5, 6]])
    data = read(tmp_path, content, "b.xlsx", plans=[TAN_HONG])
    (finding,) = data.findings
    assert finding.code == "extra-cells"
    assert "delimiter" not in finding.message


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("indicator,year,value\njobs_created,2021,2310\n")
    data = read_paths([tmp_path, tmp_path / "a.csv"], [TAN_HONG])
    assert len(data.files) == 1
    assert data.findings == []


@pytest.mark.parametrize(
    ("xml", "found"),
    [
        (b'<c r="B2"><f>100+20.5</f></c>', True),
        (b'<x:c r="B2"><x:f t="shared" si="0"/></x:c>', True),
        (b"<c><f/></c>", True),
        (b'<c r="B2" t="s"><v>3</v></c><filterMode/>', False),
    ],
)
def test_a_sheet_without_formulas_is_read_once(xml: bytes, found: bool) -> None:
    from plantrack.actuals.table import _FORMULA

    assert bool(_FORMULA.search(xml)) is found
