"""What changed since the previous report (``--since``) in the appendix formats: its own sheet
in the Excel workbook, in both languages; none without ``--since``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from plantrack.render.changes import change_rows
from plantrack.report.build import CheckOptions, run_check
from plantrack.report.since import load_previous


@pytest.fixture
def previous(cli, in_root, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "report-2024.json"
    result = cli("check", "--as-of", "2024", "--format", "json", "-o", str(path))
    assert result.exit_code == 0
    return path


@pytest.mark.parametrize(
    ("lang", "sheet", "first"), [("vi", "Thay đổi", "↓ Kém đi"), ("en", "Changes", "↓ Worsened")]
)
def test_the_workbook_has_a_sheet_of_changes(
    cli, previous: Path, tmp_path: Path, lang: str, sheet: str, first: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "appendix.xlsx"
    result = cli("check", "--since", str(previous), "--lang", lang, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[-1] == sheet
    ws = book[sheet]
    report = run_check(["plans"], ["data"], CheckOptions())
    loaded, findings = load_previous(previous)
    assert loaded is not None and not findings
    report.compare_with(loaded)
    rows = change_rows(report.changes(), lang)  # type: ignore[arg-type]
    assert len(rows) == 30  # 8 worse, 3 better, 19 now due
    body = list(ws.iter_rows(min_row=5, values_only=True))
    assert len(body) == len(rows)
    assert body[0][0] == first
    assert [r[1] for r in body] == [row.indicator for row in rows]
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4"
    heading = ws["A1"].value
    assert heading == (
        "So với báo cáo trước (đến năm 2024)"
        if lang == "vi"
        else "Since the previous report (as of 2024)"
    )


def test_no_sheet_of_changes_without_since(cli, in_root, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "appendix.xlsx"
    assert cli("check", "-o", str(out)).exit_code == 0
    assert "Thay đổi" not in openpyxl.load_workbook(out).sheetnames


def test_a_revised_year_is_a_number(cli, in_root, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A figure revised since: its year a number cell, its before and after in words."""
    data = Path("data/cau-ngang-actuals.csv").read_text(encoding="utf-8")
    line = next(
        x for x in data.splitlines() if x.startswith("trained_labour_rate") and ",2023," in x
    )
    changed = data.replace(line, line.replace("68.9", "68.5"))
    assert changed != data
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cau-ngang-actuals.csv").write_text(changed, encoding="utf-8")
    previous = tmp_path / "before.json"
    assert cli("check", str(folder), "--format", "json", "-o", str(previous)).exit_code == 0
    out = tmp_path / "appendix.xlsx"
    assert (
        cli(
            "check", "data/cau-ngang-actuals.csv", "--since", str(previous), "-o", str(out)
        ).exit_code
        == 0
    )
    ws = openpyxl.load_workbook(out)["Thay đổi"]
    revised = [r for r in ws.iter_rows(min_row=5) if r[0].value == "✎ Số liệu điều chỉnh"]
    assert revised, [r[0].value for r in ws.iter_rows(min_row=5)]
    year = revised[0][3]
    assert year.value == 2023 and year.data_type == "n"
    assert revised[0][4].value == "68,5%" and revised[0][5].value == "68,9%"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_word_appendix_ends_with_the_changes(
    cli, previous: Path, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    import docx

    from plantrack.render.changes import TABLE_HEADINGS

    out = tmp_path / "appendix.docx"
    assert cli("check", "--since", str(previous), "--lang", lang, "-o", str(out)).exit_code == 0
    document = docx.Document(str(out))
    table = document.tables[-1]
    assert tuple(c.text for c in table.rows[0].cells) == TABLE_HEADINGS[lang]
    assert len(table.rows) == 1 + 30  # 8 worse, 3 better, 19 now due
    worse = "↓ Kém đi" if lang == "vi" else "↓ Worsened"
    assert table.rows[1].cells[0].text == worse
    texts = [p.text for p in document.paragraphs]
    heading = (
        "So với báo cáo trước (đến năm 2024)"
        if lang == "vi"
        else "Since the previous report (as of 2024)"
    )
    assert heading in texts
    assert len(document.sections) == 3  # a plan a section, the changes on their own page
    plain = tmp_path / "plain.docx"
    assert cli("check", "--lang", lang, "-o", str(plain)).exit_code == 0
    assert heading not in [p.text for p in docx.Document(str(plain)).paragraphs]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_html_report_has_a_section_of_changes(
    cli, previous: Path, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from html.parser import HTMLParser

    from plantrack.render.changes import TABLE_HEADINGS

    class Rows(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.kinds: list[str] = []
            self.heads: list[str] = []
            self.inside = self.in_th = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "section" and found.get("id") == "changes":
                self.inside = True
            if self.inside and tag == "tr" and found.get("data-change"):
                self.kinds.append(found["data-change"] or "")
            self.in_th = self.inside and tag == "th"

        def handle_endtag(self, tag: str) -> None:
            if tag == "section":
                self.inside = False
            self.in_th = False

        def handle_data(self, data: str) -> None:
            if self.in_th:
                self.heads.append(data)

    out = tmp_path / "report.html"
    assert cli("check", "--since", str(previous), "--lang", lang, "-o", str(out)).exit_code == 0
    page = Rows()
    page.feed(out.read_text(encoding="utf-8"))
    assert tuple(page.heads) == TABLE_HEADINGS[lang]
    assert page.kinds == ["worsened"] * 8 + ["improved"] * 3 + ["now_due"] * 19
    plain = tmp_path / "plain.html"
    assert cli("check", "--lang", lang, "-o", str(plain)).exit_code == 0
    assert 'id="changes"' not in plain.read_text(encoding="utf-8")
