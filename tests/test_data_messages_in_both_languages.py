"""What plantrack says about a data file, in Vietnamese and in English: the same finding written
from one catalogue entry (plantrack.texts.actuals) in the output's language, with the language's
numbers, and the English word for word as before."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.actuals.ledger import FileReport
from plantrack.actuals.read import ReadOptions, parse_exchange_rate, read_actuals
from plantrack.cli import main
from plantrack.plans.load import load_plans
from plantrack.render.findings import finding_line
from plantrack.texts import Text, in_language

from .conftest import ROOT

MESSY = "tests/golden/inputs/messy-actuals.csv"
CAU_NGANG = "plans/cau-ngang-2030.yaml"
PLAN = load_plans([ROOT / CAU_NGANG]).plans[0].plan


def _annotations(lang: str, *files: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The workflow annotations of ``plantrack check FILES --lang LANG`` (one line a finding)."""
    monkeypatch.chdir(ROOT)
    args = ["check", *files, "--plan", CAU_NGANG, "--format", "github", "--lang", lang]
    result = CliRunner().invoke(main, args, env={"NO_COLOR": "1"}, catch_exceptions=False)
    lines = result.stdout.replace("%25", "%").splitlines()
    return [line.split("::", 2)[2] for line in lines if line.startswith("::")]


MESSY_SAID = {
    "vi": [
        "'48,5' viết với dấu thập phân là dấu phẩy trong khi các số khác của tệp dùng dấu chấm "
        "(3 ô so với 1); hãy sửa lại, hoặc cho --decimal",
        "loại số liệu 'XX' không hiểu được; hãy ghi TH (số thực hiện), ƯTH (số ước thực hiện) "
        "hoặc KH (số kế hoạch)",
        "đơn vị tính 'tấn' (tấn) không hợp với chỉ tiêu, vốn tính bằng USD/người (USD/người); "
        "hai đơn vị này không quy đổi được cho nhau",
        "104 lớn hơn 100 %, mức cao nhất của một giá trị phần trăm",
        "trùng số liệu với tests/golden/inputs/messy-actuals.csv:6; dùng số liệu đầu tiên",
        "'incom_per_capita' không phải là chỉ tiêu của các kế hoạch đã nạp (theo mã, tên hoặc "
        "tên khác); có phải là 'income_per_capita'?",
        "dòng có 9 ô còn dòng tiêu đề có 8 ô; các ô thừa ('with a comma') không thuộc cột nào "
        "(có dấu phân cách nằm trong một giá trị không đặt trong ngoặc kép, chẳng hạn dấu phẩy "
        "thập phân trong tệp phân cách bằng dấu phẩy?)",
    ],
    "en": [
        "'48,5' is written with a decimal comma while the file's other numbers use a decimal "
        "point (3 cells against 1); correct it, or give --decimal",
        "kind 'XX' is not understood; write TH (final), ƯTH (estimate) or KH (plan figure)",
        "unit 'tấn' (tonnes) does not fit the indicator, which is measured in USD/người (USD per "
        "person); the two cannot be converted",
        "104 is above 100 %, the most a percent value can be",
        "the same figure as tests/golden/inputs/messy-actuals.csv:6; the first is used",
        "'incom_per_capita' is not an indicator of the loaded plans (by id, name or alias); did "
        "you mean 'income_per_capita'?",
        "the row has 9 cells and the header 8; the cells beyond the header ('with a comma') are "
        "under no column (a delimiter inside an unquoted value, such as a decimal comma in a "
        "comma-separated file?)",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_messy_file_is_told_in_the_language_asked_for(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = _annotations(lang, MESSY, monkeypatch=monkeypatch)
    for sentence in MESSY_SAID[lang]:
        assert sentence in said
    other = MESSY_SAID["en" if lang == "vi" else "vi"]
    assert not set(other) & set(said)


def _ambiguous_file(tmp_path: Path, count: int) -> str:
    rows = ["indicator,area,year,value,unit,kind"]
    rows += [
        f'income_per_capita,cau-ngang,{2010 + i},"{6 + i}.794",USD/người,TH' for i in range(count)
    ]
    path = tmp_path / "ambiguous.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def test_ambiguous_numbers_are_listed_with_their_lines_in_either_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _ambiguous_file(tmp_path, 12)
    vi = _annotations("vi", path, monkeypatch=monkeypatch)
    en = _annotations("en", path, monkeypatch=monkeypatch)
    listed = ", ".join(f"{6 + i}.794 (dòng {2 + i})" for i in range(10))
    assert (
        f"12 số trong tệp này đọc được hai cách (6.794 là 6794 nếu viết theo kiểu Việt Nam, là 6 "
        f"phẩy 794 nếu viết theo kiểu Anh) và không số nào khác cho biết là cách nào: {listed} "
        "và 2 ô khác; hãy cho --decimal comma (kiểu Việt Nam) hoặc --decimal point (kiểu Anh)"
    ) in vi
    listed = ", ".join(f"{6 + i}.794 (line {2 + i})" for i in range(10))
    assert (
        "12 numbers in this file read two ways (6.794 is 6794 Vietnamese style, 6.794 English "
        f"style) and no other number says which: {listed} and 2 more; give --decimal comma "
        "(Vietnamese) or --decimal point (English)"
    ) in en


def test_one_ambiguous_number_is_said_in_the_singular(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _ambiguous_file(tmp_path, 1)
    (en,) = [m for m in _annotations("en", path, monkeypatch=monkeypatch) if "two ways (" in m]
    assert en.startswith("1 number in this file read two ways") and "6.794 (line 2);" in en
    (vi,) = [m for m in _annotations("vi", path, monkeypatch=monkeypatch) if "hai cách (" in m]
    assert vi.startswith("1 số trong tệp này") and "6.794 (dòng 2);" in vi


def test_a_cell_too_long_stops_the_file_with_the_languages_numbers(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.csv"
    never_closed = "x" * ((1 << 20) + 10)
    path.write_text(
        f'indicator,area,year,value\nincome_per_capita,cau-ngang,2021,"{never_closed}\n',
        encoding="utf-8",
    )
    data = read_actuals([path], [PLAN])
    (finding,) = [f for f in data.findings if f.code == "field-too-large"]
    assert finding_line(finding, "vi") == (
        f"{path}:2: field-too-large một ô dài hơn 1.048.576 ký tự (thường do một dấu ngoặc kép "
        "không được đóng); dừng đọc tại đây; các dòng sau đó không được đọc"
    )
    assert finding_line(finding, "en") == (
        f"{path}:2: field-too-large a cell longer than 1,048,576 characters (often a quote mark "
        "that is never closed); reading stopped here; the rows after it are not read"
    )


def test_a_missing_sheet_is_told_in_either_language() -> None:
    workbook = ROOT / "data" / "cau-ngang-economy.xlsx"
    data = read_actuals([workbook], [PLAN], ReadOptions(sheet="Nope"))
    (finding,) = data.findings
    assert in_language(finding.message, "vi") == (
        "không có trang tính nào tên 'Nope'; sổ tính có: 'Bao cao', 'Ghi chu'"
    )
    assert finding.message == "no sheet named 'Nope'; the workbook has: 'Bao cao', 'Ghi chu'"


def test_the_file_summary_counts_rows_in_the_languages_numbers() -> None:
    report = FileReport(
        "x.csv", encoding="utf-8-sig", delimiter=";", decimal="comma", layout="wide", rows=1234
    )
    report.used, report.ignored, report.errors = 1200, 33, 1
    assert report.summary("vi") == (
        "x.csv: UTF-8 có BOM, phân cách bằng dấu chấm phẩy, thập phân dấu phẩy, dạng bảng ngang; "
        "1.234 dòng: 1.200 dùng, 33 bỏ qua, 1 lỗi"
    )
    assert report.summary("en") == (
        "x.csv: UTF-8 with BOM, semicolon-separated, decimal comma, wide layout; "
        "1234 rows: 1200 used, 33 ignored, 1 error"
    )
    report.errors = 2
    assert report.summary("en").endswith("2 errors")


def test_a_units_own_words_follow_the_language_and_survive_pickling() -> None:
    data = read_actuals([ROOT / MESSY], [PLAN])
    (finding,) = [f for f in data.findings if f.code == "unit-mismatch"]
    message = pickle.loads(pickle.dumps(finding.message))  # as a worker process hands it back
    assert isinstance(message, Text)
    assert message == finding.message and "(tonnes)" in message
    assert "(tấn)" in message.render("vi") and "tonnes" not in message.render("vi")


@pytest.mark.parametrize(
    "written,vi,en",
    [
        (
            "USD24000",
            "'USD24000' không phải là tỷ giá; hãy ghi MÃ_TIỀN=TỶ_GIÁ tính bằng đồng",
            "'USD24000' is not an exchange rate; write CURRENCY=RATE in đồng",
        ),
        (
            "2022:USD=-5",
            "'2022:USD=-5': tỷ giá phải là một số đồng lớn hơn 0",
            "'2022:USD=-5': the rate must be a positive number of đồng",
        ),
        (
            "1850:USD=24000",
            "'1850:USD=24000': 1850 không phải là một năm trong khoảng 1900-2200",
            "'1850:USD=24000': 1850 is not a year between 1900 and 2200",
        ),
    ],
)
def test_a_bad_exchange_rate_says_why_in_either_language(written: str, vi: str, en: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_exchange_rate(written)
    said = raised.value.args[0]
    assert isinstance(said, Text)
    assert said.startswith(en) and said.render("vi").startswith(vi)


def test_a_year_written_blank_is_quoted_as_written_and_a_blank_one_as_blank(
    tmp_path: Path,
) -> None:
    """Row messages are made once each (a cache in plantrack.actuals.layout); a cell that says
    ``(blank)`` is not the blank cell that English also writes ``(blank)``."""
    path = tmp_path / "years.csv"
    path.write_text(
        "indicator,area,year,value\n"
        "income_per_capita,cau-ngang,(blank),55\n"
        "income_per_capita,cau-ngang,,56\n",
        encoding="utf-8",
    )
    data = read_actuals([path], [PLAN])
    written, blank = [f.message for f in data.findings if f.code == "bad-year"]
    assert written == blank == "year '(blank)' is not a year between 1900 and 2200"
    assert (
        in_language(written, "vi") == "năm '(blank)' không phải là một năm trong khoảng 1900-2200"
    )
    assert in_language(blank, "vi") == "năm '(trống)' không phải là một năm trong khoảng 1900-2200"
