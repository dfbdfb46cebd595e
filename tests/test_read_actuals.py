"""Reading actuals: layouts, encodings, numbers, units, matching, and an account of every row."""

from __future__ import annotations

import codecs
import io
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.actuals.layout import figure_kind, year_column
from plantrack.actuals.read import DataSet, ReadOptions, parse_exchange_rate, read_actuals
from plantrack.findings.registry import codes
from plantrack.numbers.format import format_number
from plantrack.plans.load import load_plans
from plantrack.plans.model import Plan

from .conftest import PLANS

DATA_CODES, PLAN_CODES = codes("data"), codes("plans")

SHIPPED: list[Plan] = [loaded.plan for loaded in load_plans([PLANS]).plans]
CAU_NGANG = next(plan for plan in SHIPPED if plan.id == "cau-ngang-2030")
TAN_HONG = next(plan for plan in SHIPPED if plan.id == "tan-hong-border-2025")
KNOWN_CODES = set(DATA_CODES) | {"path-not-found", "file-unreadable"}


def read(
    tmp_path: Path,
    content: str | bytes,
    name: str = "data.csv",
    plans: list[Plan] | None = None,
    **options: Any,
) -> DataSet:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    data = read_actuals([path], SHIPPED if plans is None else plans, ReadOptions(**options))
    check_ledger(data)
    return data


def check_ledger(data: DataSet) -> None:
    """What every read must satisfy: each row counted once, every code registered."""
    for report in data.files:
        assert report.rows == report.used + report.ignored + report.errors, report
    for finding in data.findings:
        assert finding.code in KNOWN_CODES, finding
        assert finding.file is not None
    for record in data.rows:
        assert record.code in KNOWN_CODES, record


def facts(data: DataSet) -> list[tuple[Any, ...]]:
    """The observations without where they came from, for comparing two readings."""
    return sorted(
        (
            o.plan,
            o.indicator,
            o.area,
            o.measure,
            o.year,
            None if o.value is None else round(o.value, 9),
            o.state,
            o.estimate,
            o.qualifier,
        )
        for o in data.observations
    )


def codes(data: DataSet) -> list[str]:
    return [finding.code for finding in data.findings]


LONG = """\
indicator,area,year,value,unit,kind,source
gross_output,,2020,3200,tỷ đồng,TH,illustrative
gross_output,,2021,3.45,nghìn tỷ đồng,TH,illustrative
gross_output,cau-ngang,2022,3900.5,,ƯTH,illustrative
Tỷ lệ hộ nghèo,huyện Cầu Ngang,2022,3.4,%,TH,marimbapop.com/news/806c298575.html
district_new_rural,,2022,Đạt,,TH,cauke.travinh.gov.vn
health_insurance_coverage,,2023,hơn 91%,%,,illustrative
gross_output,,2025,7000,tỷ đồng,KH,plan figure
"""


def test_long_csv_reads_values_units_kinds_and_bounds(tmp_path: Path) -> None:
    data = read(tmp_path, LONG)
    assert data.findings == []
    got = {(o.indicator, o.year): o for o in data.observations}
    assert got[("gross_output", 2020)].value == 3200
    assert got[("gross_output", 2021)].value == pytest.approx(3450)  # nghìn tỷ -> tỷ
    assert got[("gross_output", 2021)].reported == "3.45 nghìn tỷ đồng"
    assert got[("gross_output", 2022)].estimate is True
    assert got[("gross_output", 2022)].area is None  # the plan's own area
    assert got[("poor_households_rate", 2022)].value == 3.4
    assert got[("district_new_rural", 2022)].state is not None
    coverage = got[("health_insurance_coverage", 2023)]
    assert (coverage.value, coverage.qualifier) == (91, "more_than")
    assert all(o.plan == "cau-ngang-2030" for o in data.observations)
    (report,) = data.files
    assert (report.layout, report.delimiter, report.decimal, report.encoding) == (
        "long",
        ",",
        "point",
        "utf-8",
    )
    assert (report.rows, report.used, report.ignored, report.errors) == (8, 6, 2, 0)
    assert [(r.line, r.code) for r in data.rows] == [(1, "header-row"), (8, "plan-figure")]
    assert data.observations[0].where == f"{tmp_path / 'data.csv'}:2"


WIDE_VI = """\
BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU;;;;;;;
;;;;;;;
STT;Chỉ tiêu;ĐVT;Địa bàn;2020;Năm 2021;TH 2022;ƯTH 2023;KH 2025
I;Kinh tế;;;;;;;
1;Thu nhập bình quân đầu người;triệu đồng/người;;45;48,5;52;hơn 55;68
2;Thu ngân sách trên địa bàn;tỷ đồng;;1.250,5;1.300;;;
II;Xã hội;;;;;;;
3;Tỷ lệ hộ nghèo;%;xã Bình Phú;;dưới 0,64;0,5;-;
4;Số lao động được tạo cơ hội việc làm;người;;;2.310;2.250;;2.250
5;Xã đạt chuẩn nông thôn mới;;Tân Hộ Cơ;Đạt;;;;
Nguồn: Phòng Thống kê huyện;;;;;;;
"""


def test_wide_vietnamese_report_table(tmp_path: Path) -> None:
    data = read(tmp_path, WIDE_VI)
    assert data.findings == []
    (report,) = data.files
    assert (report.layout, report.delimiter, report.decimal) == ("wide", ";", "comma")
    got = {(o.indicator, o.area, o.year): o for o in data.observations}
    assert got[("income_per_capita", None, 2021)].value == 48.5
    assert got[("income_per_capita", None, 2023)].estimate is True
    assert got[("income_per_capita", None, 2023)].qualifier == "more_than"
    assert ("income_per_capita", None, 2025) not in got  # KH is a plan figure
    assert got[("budget_revenue", None, 2020)].value == 1250.5
    assert got[("poor_households_rate", "binh-phu", 2021)].qualifier == "less_than"
    assert got[("jobs_created", None, 2021)].value == 2310  # 2.310 read with the file's comma
    assert got[("commune_new_rural", "tan-ho-co", 2020)].state is not None
    assert {o.plan for o in data.observations} == {"tan-hong-border-2025"}
    outcomes = {r.line: r.code for r in data.rows}
    assert outcomes[1] == "title-row" and outcomes[2] == "blank-row"
    assert outcomes[3] == "header-row" and outcomes[4] == "section-row"
    assert outcomes[7] == "section-row" and outcomes[11] == "no-values"
    assert (report.rows, report.used, report.ignored, report.errors) == (11, 5, 6, 0)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2021", (2021, "final")),
        ("Năm 2021", (2021, "final")),
        ("TH 2021", (2021, "final")),
        ("Thực hiện năm 2022", (2022, "final")),
        ("Ước TH 2024", (2024, "estimate")),
        ("ƯTH 2024", (2024, "estimate")),
        ("2024 (ước)", (2024, "estimate")),
        ("KH 2025", (2025, "plan")),
        ("Kế hoạch 2025", (2025, "plan")),
        ("Giai đoạn 2021-2025", None),
        ("Báo cáo năm 2023", None),
        ("Chỉ tiêu", None),
    ],
)
def test_year_column_headers(label: str, expected: object) -> None:
    assert year_column(label) == expected


@pytest.mark.parametrize(
    ("word", "kind"),
    [("TH", "final"), ("", "final"), ("ƯTH", "estimate"), ("ước", "estimate"), ("KH", "plan")],
)
def test_figure_kinds(word: str, kind: str) -> None:
    assert figure_kind(word) == kind


# --------------------------------------------------------------------------------------------
# The same figures, written every way an office writes them, read the same


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tones = "".join(mark for mark in decomposed if mark in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def long_rows() -> list[list[str]]:
    return [line.split(",") for line in LONG.splitlines()]


def as_csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    out = io.StringIO()
    import csv

    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue()


def vi_style(rows: list[list[str]]) -> list[list[str]]:
    """Every number in the value column rewritten Vietnamese style."""
    out = [rows[0]]
    for row in rows[1:]:
        value = row[3]
        try:
            number = float(value)
        except ValueError:
            out.append(row)
            continue
        row = list(row)
        row[3] = format_number(number, "vi", max_decimals=2)
        out.append(row)
    return out


VARIANTS = {
    "utf-8 ;": lambda: as_csv(long_rows(), ";").encode("utf-8"),
    "tab CRLF": lambda: as_csv(long_rows(), "\t", "\r\n").encode("utf-8"),
    "BOM CRLF": lambda: codecs.BOM_UTF8 + as_csv(long_rows(), ",", "\r\n").encode("utf-8"),
    "utf-16": lambda: as_csv(long_rows(), ";", "\r\n").encode("utf-16"),
    "windows-1258": lambda: to_cp1258(as_csv(long_rows(), ";", "\r\n")),
    "decimal comma ;": lambda: as_csv(vi_style(long_rows()), ";").encode("utf-8"),
    "decimal comma , quoted": lambda: as_csv(vi_style(long_rows()), ",").encode("utf-8"),
    "NFD text": lambda: unicodedata.normalize("NFD", LONG).encode("utf-8"),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_encoding_and_style_reads_the_same(tmp_path: Path, variant: str) -> None:
    original = read(tmp_path, LONG, "original.csv")
    other = read(tmp_path, VARIANTS[variant](), "variant.csv")
    assert facts(other) == facts(original)
    assert [c for c in codes(other) if c != "encoding-guessed"] == []
    if variant == "windows-1258":
        assert other.files[0].encoding == "cp1258" and other.files[0].encoding_guessed
        assert codes(other) == ["encoding-guessed"]


def test_long_and_wide_and_xlsx_read_the_same(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    long = read(tmp_path, LONG, "long.csv")
    wide_rows = [
        ["Chỉ tiêu", "ĐVT", "Địa bàn", "2020", "2021", "ƯTH 2022", "TH 2022", "2023", "KH 2025"],
        ["Giá trị sản xuất", "tỷ đồng", "", "3200", "3450", "3900.5", "", "", "7000"],
        ["Tỷ lệ hộ nghèo", "%", "Cầu Ngang", "", "", "", "3.4", "", ""],
        ["district_new_rural", "", "", "", "", "", "Đạt", "", ""],
        ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "", "", "", "", "", "hơn 91%", ""],
    ]
    wide = read(tmp_path, as_csv(wide_rows), "wide.csv", plans=[CAU_NGANG])
    assert facts(wide) == facts(long)

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Bao cao"
    sheet.append(["BÁO CÁO"])
    sheet.append([])
    sheet.append(["STT", "Chỉ tiêu", "ĐVT", "Địa bàn", "Thực hiện", None, None, None, None])
    sheet.append([None, None, None, None, 2020, 2021, "ƯTH 2022", "TH 2022", 2023])
    sheet.merge_cells("E3:F3")
    sheet.append([1, "Giá trị sản xuất", "tỷ đồng", None, 3200, 3450, 3900.5])
    sheet.append([2, "Tỷ lệ hộ nghèo", "%", "Cầu Ngang", None, None, None, "3,4"])
    sheet.append([3, "district_new_rural", None, None, None, None, None, "Đạt"])
    sheet.append([4, "Tỷ lệ người dân tham gia bảo hiểm y tế", None, None, None, None, None, None])
    sheet.cell(row=8, column=9, value=0.91).number_format = "0%"
    path = tmp_path / "book.xlsx"
    book.save(path)
    xlsx = read_actuals([path], [CAU_NGANG])
    check_ledger(xlsx)
    # Excel stores 91 % without the "more than" of the text: the only difference
    expected = [f if f[1] != "health_insurance_coverage" else (*f[:-1], None) for f in facts(long)]
    assert facts(xlsx) == expected
    report = xlsx.files[0]
    assert (report.format, report.sheet, report.layout, report.header_lines) == (
        "xlsx",
        "Bao cao",
        "wide",
        (3, 4),
    )
    assert xlsx.observations[0].cell == "Bao cao!E5"


# --------------------------------------------------------------------------------------------
# Numbers: one decimal mark per file, never a silent guess


def test_ambiguous_file_is_an_error_listing_its_cells(tmp_path: Path) -> None:
    content = 'indicator,year,value\njobs_created,2021,2.250\njobs_created,2022,"2,310"\n'
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert data.observations == []
    (finding,) = [f for f in data.findings if f.code == "ambiguous-decimal"]
    assert "2.250 (line 2)" in finding.message and "2,310 (line 3)" in finding.message
    assert "--decimal comma" in finding.message
    assert data.files[0].errors == 2
    chosen = read(tmp_path, content, plans=[TAN_HONG], decimal="comma")
    assert [o.value for o in chosen.observations] == [2250, 2.31]


def test_a_number_in_the_other_style_is_an_error(tmp_path: Path) -> None:
    content = 'indicator,year,value\nbudget_revenue,2021,"1.250,5"\nbudget_revenue,2022,"1.300,25"\nbudget_revenue,2023,1300.5\n'
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert [o.value for o in data.observations] == [1250.5, 1300.25]
    (finding,) = data.findings
    assert (finding.code, finding.line) == ("decimal-mismatch", 4)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e7, allow_nan=False), min_size=1, max_size=8))
def test_vietnamese_and_english_styles_read_alike(values: list[float]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        rows = [["indicator", "year", "value"]] + [
            ["budget_revenue", str(2021 + i), format_number(v, "en", max_decimals=2)]
            for i, v in enumerate(values[:5])
        ]
        english = read(Path(folder), as_csv(rows), "en.csv", plans=[TAN_HONG], decimal="point")
        vi = [rows[0]] + [
            [r[0], r[1], format_number(float(r[2].replace(",", "")), "vi", max_decimals=2)]
            for r in rows[1:]
        ]
        vietnamese = read(
            Path(folder), as_csv(vi, ";"), "vi.csv", plans=[TAN_HONG], decimal="comma"
        )
        assert facts(vietnamese) == facts(english)
        assert [o.value for o in english.observations] == [round(v, 2) for v in values[:5]]


# --------------------------------------------------------------------------------------------
# Matching indicators and areas


def test_names_match_without_accents_case_numbering_or_spacing(tmp_path: Path) -> None:
    content = (
        "chỉ tiêu;địa bàn;năm;giá trị\n"
        "1. THU NHAP  binh quan dau nguoi;Bình Phú;2021;hơn 50\n"
        "- Thu nhập bình quân đầu người;binh-phu;2022;55\n"
        "a) income per person;Binh Phu commune;2023;57\n"
        "Per-capita income (triệu đồng/người);xã bình phú;2024;60\n"
    )
    data = read(tmp_path, content)
    assert data.findings == []
    assert [(o.plan, o.area, o.year) for o in data.observations] == [
        ("tan-hong-border-2025", "binh-phu", year) for year in (2021, 2022, 2023, 2024)
    ]


def test_unknown_indicator_and_area_are_reported_not_dropped(tmp_path: Path) -> None:
    content = "indicator,area,year,value\nrice_output,,2021,5\njobs_created,Hà Nội,2021,7\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert codes(data) == ["unmatched-indicator", "unmatched-area"]
    assert all(not f.is_error for f in data.findings)
    assert data.files[0].ignored == 3  # the header and both rows
    strict = read(tmp_path, content, plans=[TAN_HONG], strict=True)
    assert all(f.is_error for f in strict.findings)


def test_shared_indicator_without_area_follows_the_plan_of_the_file(tmp_path: Path) -> None:
    only_tan_hong = "indicator,year,value\njobs_created,2021,2310\nincome_per_capita,2021,48.5\n"
    data = read(tmp_path, only_tan_hong, name="tan-hong-border-2024.csv")
    assert {o.plan for o in data.observations} == {"tan-hong-border-2025"}
    unnamed = read(tmp_path, only_tan_hong)  # an indicator of one plan does not say the file's
    assert codes(unnamed) == ["ambiguous-plan"] and not unnamed.observations
    alone = read(tmp_path, "indicator,year,value\nincome_per_capita,2021,48.5\n")
    assert codes(alone) == ["ambiguous-plan"]
    with_plan = read(
        tmp_path, "plan,indicator,year,value\ntan-hong-border-2025,income_per_capita,2021,48.5\n"
    )
    assert [o.plan for o in with_plan.observations] == ["tan-hong-border-2025"]


# --------------------------------------------------------------------------------------------
# Units and currencies


def test_income_in_vnd_converts_to_the_usd_target_with_the_declared_rate(tmp_path: Path) -> None:
    content = (
        "indicator,area,year,value,unit\nincome_per_capita,cau-ngang,2022,62.41,triệu đồng/người\n"
    )
    data = read(tmp_path, content)
    (obs,) = data.observations
    assert obs.plan == "cau-ngang-2030"
    assert obs.value == pytest.approx(62.41e6 / 24000)  # the plan's rate
    assert (obs.exchange_rate, obs.reported) == (24000, "62.41 triệu đồng/người")
    rate = parse_exchange_rate("2022:USD=23.600", decimal="comma")
    assert (rate.currency, rate.year, rate.rate) == ("USD", 2022, 23600)
    overridden = read(tmp_path, content, exchange_rates=(rate,))
    assert overridden.observations[0].value == pytest.approx(62.41e6 / 23600)
    bare = CAU_NGANG.model_copy(update={"exchange_rates": None})
    missing = read(tmp_path, content, plans=[bare])
    assert codes(missing) == ["no-exchange-rate"]
    assert "--exchange-rate USD=" in missing.findings[0].message


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("health_insurance_coverage,2021,101,%", "out-of-range"),
        ("health_insurance_coverage,2021,95,người", "unit-mismatch"),
        ("jobs_created,2021,-5,người", "out-of-range"),
        ("jobs_created,2021,5,con", "unit-mismatch"),  # a count of con (head), not persons
        ("jobs_created,2021,5,triệu", "unrecognised-unit"),  # a scale without a measure
        ("budget_revenue,2021,-120%,", "out-of-range"),
        ("commune_new_rural,2021,maybe,", "bad-state"),
        ("jobs_created,2O23,5,", "bad-year"),
        ("jobs_created,20233,5,", "bad-year"),
        ('jobs_created,2021,"=HYPERLINK(""http://x"",""5"")",', "formula"),
        ("jobs_created,2021,5 người,", "bad-number"),
    ],
)
def test_bad_values_are_errors_on_their_row(tmp_path: Path, row: str, code: str) -> None:
    data = read(tmp_path, f"indicator,year,value,unit\n{row}\n", plans=[TAN_HONG])
    assert codes(data) == [code]
    assert data.findings[0].line == 2
    assert data.observations == []
    assert data.files[0].errors == 1


def test_percent_on_a_money_indicator_is_a_growth_rate(tmp_path: Path) -> None:
    data = read(tmp_path, 'indicator,year,value\nbudget_revenue,2021,"12,5%"\n', plans=[TAN_HONG])
    (obs,) = data.observations
    assert (obs.measure, obs.value) == ("growth", 0.125)


# --------------------------------------------------------------------------------------------
# Conflicts and duplicates


def test_conflicting_final_figures_name_both_rows(tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    second = tmp_path / "b.csv"
    first.write_text("indicator,area,year,value\nincome_per_capita,cau-ngang,2022,62.41\n")
    second.write_text(
        "indicator,area,year,value\nincome_per_capita,cau-ngang,2022,64.26\n"
        "income_per_capita,cau-ngang,2021,60.00\nincome_per_capita,cau-ngang,2021,60\n"
    )
    rate = parse_exchange_rate("USD=1")
    data = read_actuals([first, second], SHIPPED, ReadOptions(exchange_rates=(rate,)))
    check_ledger(data)
    conflict = [f for f in data.findings if f.code == "conflicting-values"]
    assert len(conflict) == 1
    assert f"{first}:2" in conflict[0].message and f"{second}:2" in conflict[0].message
    assert "62.41" in conflict[0].message and "64.26" in conflict[0].message
    assert [(o.year, o.value) for o in data.observations] == [(2021, 60)]  # USD, no unit given
    assert [f.code for f in data.findings if f.code != "conflicting-values"] == ["duplicate-row"]
    assert data.files[0].errors == 1 and data.files[1].errors == 1
    assert data.files[1].ignored == 2  # the header and the duplicate


def test_estimate_and_final_for_one_year_are_not_a_conflict(tmp_path: Path) -> None:
    content = "indicator,year,value,kind\njobs_created,2021,2300,ƯTH\njobs_created,2021,2310,TH\n"
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert data.findings == []
    assert sorted((o.value, o.estimate) for o in data.observations) == [
        (2300, True),
        (2310, False),
    ]


# --------------------------------------------------------------------------------------------
# Bad input: a clear finding with the file and line, never a traceback


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return out.getvalue()


BAD_FILES: dict[str, tuple[str, bytes, str, int | None]] = {
    "empty": ("data.csv", b"", "empty-file", None),
    "header only": ("data.csv", b"indicator,year,value\n", "no-data-rows", None),
    "no header": ("data.csv", b"hello,world\n1,2\n", "no-header", 1),
    "zip as xlsx": ("data.xlsx", _zip_bytes(), "xlsx-unreadable", None),
    "zip as csv": ("data.csv", _zip_bytes(), "xlsx-unreadable", None),
    "text as xlsx": ("data.xlsx", b"indicator,year,value\n", "xlsx-unreadable", None),
    "encrypted xlsx": (
        "data.xlsx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "xlsx-unreadable",
        None,
    ),
    "old xls": ("data.xls", b"whatever", "unsupported-format", None),
    "NUL bytes": ("data.csv", b"indicator,year,value\njobs\x00,2021,5\n", "binary-file", 2),
    "mixed encodings": (
        "data.csv",
        "chỉ tiêu,năm,giá trị\n".encode() + to_cp1258("Số lao động,2021,5\n"),
        "mixed-encoding",
        2,
    ),
    "huge field": (
        "data.csv",
        b'indicator,year,value\njobs_created,2021,"' + b"9" * (2 << 20) + b'"\n',
        "field-too-large",
        2,
    ),
    "unclosed quote": (
        "data.csv",
        b'indicator,year,value\njobs_created,2021,"5\n' + b"x" * (2 << 20),
        "field-too-large",
        2,
    ),
    "more cells than header": (
        "data.csv",
        b"indicator,year,value\njobs_created,2021,2,5\n",
        "extra-cells",
        2,
    ),
    "missing sheet": ("data.csv", b"indicator,year,value\njobs_created,2021,5\n", "", None),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_files_give_a_finding_not_a_traceback(tmp_path: Path, case: str) -> None:
    name, content, code, line = BAD_FILES[case]
    data = read(tmp_path, content, name, plans=[TAN_HONG])
    if not code:
        assert data.findings == []
        return
    assert code in codes(data), data.findings
    finding = next(f for f in data.findings if f.code == code)
    assert finding.file == str(tmp_path / name)
    assert finding.line == line
    assert data.observations == []  # a file that gives a finding here gives no figure


def test_missing_sheet_and_corrupt_workbook(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Số liệu"
    path = tmp_path / "book.xlsx"
    book.save(path)
    data = read_actuals([path], SHIPPED, ReadOptions(sheet="Sheet9"))
    assert codes(data) == ["sheet-not-found"]
    assert "'Số liệu'" in data.findings[0].message
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    assert codes(read_actuals([damaged], SHIPPED)) == ["xlsx-unreadable"]


def test_paths_folders_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("indicator,year,value\njobs_created,2021,5\n")
    (tmp_path / "notes.md").write_text("not data")
    data = read_actuals([tmp_path, tmp_path / "missing.csv"], [TAN_HONG], owner=TAN_HONG)
    assert [f.path for f in data.files] == [str(tmp_path / "a.csv")]
    assert codes(data) == ["path-not-found"] and data.usage_error
    empty = tmp_path / "empty"
    empty.mkdir()
    assert codes(read_actuals([empty], [TAN_HONG])) == ["no-data-files"]
    piped = read_actuals(
        ["-"], [TAN_HONG], stdin=io.BytesIO(b"indicator;year;value\njobs_created;2021;5\n")
    )
    assert piped.files[0].path == "<stdin>" and piped.observations[0].where == "<stdin>:2"


def test_codes_are_registered_once() -> None:
    assert not set(DATA_CODES) & set(PLAN_CODES)


def test_a_stop_keeps_the_rows_before_it(tmp_path: Path) -> None:
    content = b'indicator,year,value\njobs_created,2021,5\njobs_created,2022,"6\n' + b"x" * (
        2 << 20
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert [o.value for o in data.observations] == [5]
    (report,) = data.files
    assert (report.rows, report.used, report.ignored, report.errors) == (3, 1, 1, 1)
    assert report.failed == "field-too-large"
    assert "the rows after it are not read" in data.findings[0].message


def test_strict_makes_warning_rows_errors(tmp_path: Path) -> None:
    content = "indicator,year,value\nrice_output,2021,5\njobs_created,2021,7\n"
    data = read(tmp_path, content, plans=[TAN_HONG], strict=True)
    assert [(f.code, f.severity.value) for f in data.findings] == [("unmatched-indicator", "error")]
    assert (data.files[0].used, data.files[0].errors) == (1, 1)


def test_a_third_figure_equal_to_the_first_of_a_conflict_is_in_the_conflict(
    tmp_path: Path,
) -> None:
    content = (
        "indicator,year,value\njobs_created,2021,7\njobs_created,2021,8\njobs_created,2021,7\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert data.observations == []
    assert data.files[0].errors == 3
    assert codes(data) == ["conflicting-values", "conflicting-values"]


def test_encoding_and_layout_given_by_the_user(tmp_path: Path) -> None:
    content = to_cp1258("chỉ tiêu;năm;giá trị\nSố lao động được tạo cơ hội việc làm;2021;5\n")
    told = read(tmp_path, content, plans=[TAN_HONG], encoding="cp1258")
    assert told.findings == [] and [o.value for o in told.observations] == [5]
    assert told.files[0].encoding == "cp1258" and not told.files[0].encoding_guessed
    forced = read(tmp_path, content, plans=[TAN_HONG], encoding="cp1258", layout="wide")
    assert codes(forced) == ["no-header"]
    assert "year columns" in forced.findings[0].message
    wrong = read(tmp_path, "indicator,year,value\n", plans=[TAN_HONG], encoding="klingon")
    assert codes(wrong) == ["undecodable-text"]


def test_a_row_of_column_numbers_under_the_header_is_part_of_it(tmp_path: Path) -> None:
    content = (
        "STT;Chỉ tiêu;ĐVT;2021;2022\nA;B;C;1;2\n1;Thu ngân sách trên địa bàn;tỷ đồng;120;130\n"
    )
    data = read(tmp_path, content, plans=[TAN_HONG])
    assert data.findings == []
    assert [(r.line, r.code) for r in data.rows] == [(1, "header-row"), (2, "header-row")]
    assert [o.value for o in data.observations] == [120, 130]
