"""The Word appendix (issue 18, item 2): ``plantrack check -o report.docx`` from the bundled plans
and data, opened with python-docx in both languages: the header block, the table's headings and
rows, the header row repeated on every page, Times New Roman (East Asian text too), A4 landscape,
the areas side by side, NFC text, and plan text with a control character."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table

from plantrack.cli import main
from plantrack.render.appendix import Heading, appendices
from plantrack.report.build import CheckOptions, run_check
from tests.conftest import MINIMAL_PLAN, ROOT

FONT = "Times New Roman"
#: Raw control characters: C0 except tab and newline, DEL, C1.
CONTROL = [chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]

HEADINGS = {
    "vi": [
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
    ],
    "en": [
        "No.",
        "Indicator",
        "Unit",
        "Target",
        "Reported figures",
        "Achieved",
        "Pace achieved",
        "Pace needed",
        "Against target (%)",
        "Assessment",
        "Note",
    ],
}
YEARS = {
    "vi": ["2020", "2021", "2022", "2023", "2024", "Ước TH 2025"],
    "en": ["2020", "2021", "2022", "2023", "2024", "Est. 2025"],
}


def _check(args: list[str], cwd: Path = ROOT) -> bytes:
    """``plantrack check ARGS`` run in ``cwd``: what it wrote to standard output (bytes)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Document]]:
    """The bundled data's appendix in each language, written by ``-o report.docx`` (vi) and
    ``--format docx -o`` (en), opened with python-docx."""
    folder = tmp_path_factory.mktemp("docx")
    _check(["-o", str(folder / "report-vi.docx")])
    _check(["--format", "docx", "-o", str(folder / "report-en.docx"), "--lang", "en"])
    yield {lang: docx.Document(str(folder / f"report-{lang}.docx")) for lang in ("vi", "en")}


@pytest.fixture(scope="module")
def models() -> dict[str, list[object]]:
    """The appendix model of the bundled data, which the document lays out."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        report = run_check(["plans"], ["data"], CheckOptions())
    return {lang: list(appendices(report, lang)) for lang in ("vi", "en")}


def _main_tables(document: Document) -> list[Table]:
    """The appendix tables (one a plan), not the tables of areas."""
    return [t for t in document.tables if len(t.columns) > 10]


def _texts(row: object) -> list[str]:
    """A row's cell texts, a merged cell once."""
    out: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell.text)
    return out


def _all_text(document: Document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_header_block_names_the_appendix_the_plan_and_the_year(
    written: dict[str, Document], lang: str
) -> None:
    paragraphs = [p for p in written[lang].paragraphs if p.text]
    label, title, attached = paragraphs[:3]
    assert label.text == {"vi": "PHỤ LỤC", "en": "APPENDIX"}[lang]
    assert title.text.startswith({"vi": "KẾT QUẢ THỰC HIỆN", "en": "RESULTS"}[lang])
    assert all(run.bold for run in label.runs + title.runs)
    assert label.alignment == 1  # centred
    assert attached.text.startswith({"vi": "(Kèm theo Kế hoạch số 92/KH-UBND", "en": "("}[lang])
    assert all(run.italic for run in attached.runs)
    texts = [p.text for p in paragraphs]
    assert {"vi": "Đánh giá đến năm 2025", "en": "Assessed as of 2025"}[lang] in texts
    assert {"vi": "Địa bàn: huyện Cầu Ngang", "en": "Area: Cầu Ngang district"}[lang] in texts


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_table_is_headed_as_the_appendix_with_the_estimated_year_marked(
    written: dict[str, Document], lang: str
) -> None:
    tables = _main_tables(written[lang])
    assert len(tables) == 2  # one a plan
    for table in tables:
        assert _texts(table.rows[0]) == HEADINGS[lang]
        assert _texts(table.rows[1])[4:-6] == YEARS[lang]
    legend = {"vi": "ƯTH: số ước thực hiện", "en": "est.: an estimate"}[lang]
    assert sum(p.text.startswith(legend) for p in written[lang].paragraphs) == 2


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_header_rows_repeat_on_every_page_and_no_row_splits(
    written: dict[str, Document], lang: str
) -> None:
    for table in written[lang].tables:
        header_rows = 2 if len(table.columns) > 10 else 1  # the appendix, or the areas
        for index, row in enumerate(table.rows):
            properties = row._tr.trPr
            assert properties is not None and properties.find(qn("w:cantSplit")) is not None
            repeated = properties.find(qn("w:tblHeader")) is not None
            assert repeated == (index < header_rows), index
        assert table.style is not None and table.style.name == "Table Grid"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_times_new_roman_for_every_script_on_the_style_and_every_run(
    written: dict[str, Document], lang: str
) -> None:
    document = written[lang]
    normal = document.styles["Normal"]
    assert normal.font.name == FONT  # type: ignore[attr-defined]
    assert normal.font.size == Pt(13)  # type: ignore[attr-defined]
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(script)) == FONT, script
    defaults = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == FONT
    assert defaults.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over it
    runs = [run for p in document.paragraphs for run in p.runs]
    table_runs = [
        run
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
        for run in p.runs
    ]
    assert len(runs) > 10 and len(table_runs) > 500
    for run in runs + table_runs:
        assert run.font.name == FONT
        assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == FONT
    assert {run.font.size for run in runs} == {Pt(13)}
    assert {run.font.size for run in table_runs} == {Pt(10)}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a4_landscape_a_section_a_plan_each_on_a_new_page(
    written: dict[str, Document], lang: str
) -> None:
    sections = written[lang].sections
    assert len(sections) == 2
    for section in sections:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert section.page_width is not None and section.page_height is not None
        assert abs(section.page_width - Cm(29.7)) < Cm(0.01)
        assert abs(section.page_height - Cm(21.0)) < Cm(0.01)
        assert section.left_margin is not None and abs(section.left_margin - Cm(3)) < Cm(0.01)
    assert sections[1].start_type == WD_SECTION.NEW_PAGE
    for table in written[lang].tables:  # the columns fill the width between the margins
        width = sum(column.width for column in table.columns)
        assert abs(width - Cm(29.7 - 3 - 2)) < Cm(0.05)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_pages_are_numbered_at_the_top_but_a_plans_first(
    written: dict[str, Document], lang: str
) -> None:
    for section in written[lang].sections:
        assert section.different_first_page_header_footer
        [paragraph] = section.header.paragraphs
        assert paragraph.alignment == 1  # centred
        fields = paragraph._p.findall(".//" + qn("w:instrText"))
        assert [field.text.strip() for field in fields] == ["PAGE"]
        assert all(run.font.name == FONT for run in paragraph.runs)
        assert not any(p.text for p in section.first_page_header.paragraphs)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_table_row_a_row_of_the_appendix_and_a_merged_row_a_heading(
    written: dict[str, Document], models: dict[str, list[object]], lang: str
) -> None:
    for table, appendix in zip(_main_tables(written[lang]), models[lang], strict=True):
        lines = appendix.lines  # type: ignore[attr-defined]
        body = table.rows[2:]
        assert len(body) == len(lines)
        for row, line in zip(body, lines, strict=True):
            texts = _texts(row)
            if isinstance(line, Heading):
                assert texts == [f"{line.number}. {line.title}"]
                assert all(run.bold for run in row.cells[0].paragraphs[0].runs)
            else:
                assert texts[0] == line.number
                assert texts[1] == line.indicator
    first = _main_tables(written[lang])[0]
    assert _texts(first.rows[2]) == [{"vi": "I. Về kinh tế", "en": "I. Economy"}[lang]]


def test_figures_in_the_languages_number_style(written: dict[str, Document]) -> None:
    """Gross output (the first row under I): its figures, paces and comparison as words."""
    rows = {lang: _texts(_main_tables(written[lang])[0].rows[3]) for lang in ("vi", "en")}
    assert rows["vi"][:2] == ["1", "Giá trị sản xuất"]
    assert rows["vi"][4:10] == ["8.641", "9.114,2", "10.021,7", "10.939,9", "11.971", "13.127,6"]
    assert rows["en"][4:10] == ["8,641", "9,114.2", "10,021.7", "10,939.9", "11,971", "13,127.6"]
    assert rows["vi"][10] == "2025: 13.127,6 (ước)"  # the figure judged
    assert rows["vi"][11:14] == ["8,72%/năm", "17,36%/năm", "67,3"]
    assert rows["en"][13] == "67.3"
    assert rows["vi"][14] == "▲ Cần tăng tốc"
    estimate = _main_tables(written["vi"])[0].rows[3].cells[9].paragraphs[0].runs[0]
    assert estimate.italic  # the 2025 figure is an estimate
    share = next(
        _texts(row)
        for row in _main_tables(written["vi"])[0].rows
        if _texts(row)[1:2] == ["Tỷ lệ lao động qua đào tạo"]
    )
    assert share[4] == "63,5%" and share[9] == "72%"


def test_status_cells_are_shaded_by_status(written: dict[str, Document]) -> None:
    fills: dict[str, set[str]] = {}
    for row in _main_tables(written["vi"])[0].rows[2:]:
        cells = row.cells
        if len({id(c._tc) for c in cells}) == 1:
            continue  # a heading
        shade = cells[14]._tc.tcPr.find(qn("w:shd"))
        assert shade is not None, cells[14].text
        fills.setdefault(cells[14].text, set()).add(shade.get(qn("w:fill")))
    assert all(len(found) == 1 for found in fills.values())  # one shade a status
    assert fills["✘ Không đạt"] != fills["✔ Đạt"] != fills["▲ Cần tăng tốc"]


@pytest.mark.parametrize(
    ("lang", "count", "heading"),
    [("vi", "2/2 xã đạt", "Kết quả theo địa bàn"), ("en", "2/2 communes met", "Results by area")],
)
def test_a_target_over_several_communes_is_one_row_and_the_areas_side_by_side(
    written: dict[str, Document], lang: str, count: str, heading: str
) -> None:
    document = written[lang]
    tan_hong = _main_tables(document)[1]
    [row] = [_texts(r) for r in tan_hong.rows if count in _texts(r)]
    assert row[-2] == count
    commune = {"vi": "xã Tân Hộ Cơ", "en": "Tân Hộ Cơ commune"}[lang]
    assert commune in row[4]  # each area's latest words across the years
    assert heading in [p.text for p in document.paragraphs]
    areas = document.tables[-1]
    assert len(areas.columns) < 10
    head = _texts(areas.rows[0])
    assert commune in head and head[-1] == {"vi": "Đánh giá", "en": "Assessment"}[lang]
    body = [_texts(r) for r in areas.rows[1:]]
    assert len(body) == 1 and body[0][-1] == count
    met = {"vi": "✔ Đạt", "en": "✔ Achieved"}[lang]
    assert body[0][head.index(commune)].startswith(met)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_text_is_nfc(written: dict[str, Document], lang: str) -> None:
    texts = _all_text(written[lang])
    assert any("Đánh giá" in t or "Cầu Ngang" in t for t in texts)
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def _folder(tmp_path: Path, name: str, data_file: str = "figures.csv") -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    plan = MINIMAL_PLAN.replace(
        "name: {vi: Thu nhập bình quân đầu người, en: Income per person}",
        f'name: {{vi: "{name}", en: "{name}"}}',
    )
    (plans / "plan.yaml").write_text(plan, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / data_file).write_text(
        "indicator,area,year,value\nincome,d,2020,40\nincome,d,2023,55\n", encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_control_character_in_plan_text_is_written_out(tmp_path: Path, lang: str) -> None:
    folder = _folder(tmp_path, r"Thu nhập\e]0;pwned\a")
    _check(["-o", "out.docx", "--lang", lang], cwd=folder)
    document = docx.Document(str(folder / "out.docx"))
    [table] = document.tables
    assert _texts(table.rows[2])[1] == r"Thu nhập\x1b]0;pwned\x07"
    assert not any(c in text for text in _all_text(document) for c in CONTROL)


def test_a_data_file_named_in_nfd_is_noted_in_nfc(tmp_path: Path) -> None:
    """The note (Ghi chú) names the data file as the folder lists it: an NFD name (as macOS
    writes them) reaches the document in NFC."""
    name = unicodedata.normalize("NFD", "số liệu.csv")
    folder = _folder(tmp_path, "Thu nhập", data_file=name)
    _check(["-o", "out.docx"], cwd=folder)
    [table] = docx.Document(str(folder / "out.docx")).tables
    note = _texts(table.rows[2])[-1]
    assert "số liệu.csv" in note and unicodedata.is_normalized("NFC", note)


def test_without_o_the_document_goes_to_standard_output(tmp_path: Path) -> None:
    """Redirected (not a terminal), ``--format docx`` writes the file's bytes to stdout."""
    out = _check(["--format", "docx", "--plan", "plans/tan-hong-border-2025.yaml"])
    assert out[:2] == b"PK"
    document = docx.Document(io.BytesIO(out))
    assert len(document.sections) == 1 and len(_main_tables(document)) == 1


def test_the_table_path_does_not_import_python_docx(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom plantrack.cli import main\n"
        "for args in (['check', '--format', 'json', '-o', sys.argv[1] + '/r.json'],"
        " ['check', '-o', sys.argv[1] + '/r.docx']):\n"
        "    try: main(args)\n"
        "    except SystemExit: pass\n"
        "    print('docx' in sys.modules)\n"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        out = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
        )
    assert out.stdout.split() == ["False", "True"], out.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [("vi", "không có kết quả nào khớp bộ lọc"), ("en", "no result matches the filters")],
)
def test_no_result_is_said_in_the_document(tmp_path: Path, lang: str, said: str) -> None:
    target = tmp_path / "none.docx"
    _check(["--status", "regressing", "--lang", lang, "-o", str(target)])
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs] == [said]
    assert document.tables == []
