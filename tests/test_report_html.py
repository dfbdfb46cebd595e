"""``plantrack check --format html`` (issue 18 item 3): one page that needs no network, in both
languages, with the appendix of each plan, the areas side by side and a chart for each target
with a number to reach. The page is parsed here; tests/test_report_html_browser.py opens it in a
browser."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from plantrack.assessment.status import Status
from plantrack.cli import main
from plantrack.render.report_html import check_html
from plantrack.report.build import CheckOptions, run_check
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"


class Page(HTMLParser):
    """What a test needs of a page: every tag with its attributes, the text of each element
    by class, and the text of the whole."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag
            and all(
                value in (attrs.get(key.rstrip("_")) or "").split() for key, value in wanted.items()
            )
        ]

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="module")
def bundled() -> Any:
    return run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions())


@pytest.fixture(scope="module", params=["vi", "en"])
def page(request: pytest.FixtureRequest, bundled: Any) -> tuple[str, str]:
    return request.param, check_html(bundled, request.param)


def test_nothing_on_the_page_is_fetched(page: tuple[str, str]) -> None:
    """No src or href leaves the page (only "#..." or data: URIs), no stylesheet or script
    file, no @import, no url() to anything but the page itself."""
    _, text = page
    parsed = Page(text)
    links = [
        (tag, key, value)
        for tag, attrs in parsed.tags
        for key, value in attrs.items()
        if key in ("src", "href", "xlink:href", "action", "srcset", "poster", "data")
    ]
    assert links, "the charts refer to their own shapes: there are links to check"
    outside = [link for link in links if not (link[2] or "").startswith(("#", "data:"))]
    assert outside == []
    assert parsed.all("link") == []
    assert all("src" not in attrs for _, attrs in parsed.tags if _ == "script")
    assert "@import" not in text
    assert re.findall(r"url\((?!#|data:)", text) == []


def test_the_page_is_in_its_language(page: tuple[str, str]) -> None:
    lang, text = page
    parsed = Page(text)
    [html_tag] = parsed.all("html")
    assert html_tag["lang"] == lang
    words = parsed.words
    vi = ["Tóm tắt theo đánh giá", "Lộ trình mục tiêu", "Dự báo theo tốc độ hiện tại", "Hạn 2030"]
    en = ["Summary by status", "Path to the target", "Projection at the current pace"]
    en.append("Deadline 2030")
    for word in vi if lang == "vi" else en:
        assert word in words
    for word in en if lang == "vi" else vi:
        assert word not in words
    # numbers in the language's style: the 2024 gross output of Cầu Ngang, 10.939,9 tỷ đồng
    assert ("10.939,9" if lang == "vi" else "10,939.9") in words
    assert ("10,939.9" if lang == "vi" else "10.939,9") not in words


def test_one_chart_for_each_target_with_a_number_to_reach_and_figures(
    page: tuple[str, str], bundled: Any
) -> None:
    _, text = page
    wanted = [
        item
        for item in bundled.targets
        if item.result.kind
        in ("growth", "level", "cumulative", "annual", "change", "average", "share", "count")
        and any(p.value is not None for p in item.result.values)
    ]
    charts = re.findall(r'<figure class="chart" id="([^"]+)">(.*?)</figure>', text, re.DOTALL)
    assert len(wanted) > 20  # both plans have many
    assert len(charts) == len(wanted)
    ids = [anchor for anchor, _ in charts]
    assert len(set(ids)) == len(ids)
    for _, body in charts:
        assert body.count("<svg") == 1
    # an id inside one chart's SVG is not used by another chart
    svg_ids = re.findall(r"<svg.*?</svg>", text, re.DOTALL)
    seen: set[str] = set()
    for svg in svg_ids:
        mine = set(re.findall(r' id="([^"]+)"', svg))
        assert not mine & seen
        seen |= mine


def test_each_chart_shows_finals_estimates_the_path_the_projection_and_the_deadline() -> None:
    """A growth target with final figures and an estimate: both markers in the legend,
    finals filled and estimates hollow, and a vertical line at the deadline."""
    report = run_check(
        [ROOT / "plans"], [ROOT / "data"], CheckOptions(indicators=("gross_output",))
    )
    text = check_html(report, "en")
    [chart] = re.findall(r'<figure class="chart".*?</figure>', text, re.DOTALL)
    legend = re.findall(r"<text[^>]*>([^<]+)</text>", chart)
    for word in ("Reported (final)", "Estimate (ƯTH)", "Path to the target"):
        assert word in legend
    assert "Projection at the current pace" in legend and "Deadline 2030" in legend
    # the markers (each once more in the legend): finals filled with the line's colour,
    # estimates white inside
    from plantrack.assessment.paths import chart_paths

    paths = chart_paths(report.targets[0].result)
    assert paths is not None and paths.finals and paths.estimates
    uses = re.findall(r'<use xlink:href="#m[0-9a-f]+" [^>]*style="([^"]*)"', chart)
    filled = [u for u in uses if "fill: #1f4e79; stroke: #1f4e79" in u]
    hollow = [u for u in uses if "fill: #ffffff; stroke: #1f4e79" in u]
    assert (len(filled), len(hollow)) == (len(paths.finals) + 1, len(paths.estimates) + 1)
    # the deadline: a vertical line (both ends at one x) in its colour
    lines = re.findall(r'<path d="M ([\d.]+) [\d.]+ \nL ([\d.]+) [\d.]+ \n"[^>]*#555555', chart)
    assert any(x1 == x2 for x1, x2 in lines)


def test_the_appendix_table_holds_every_row_and_is_marked_for_sorting_and_filtering(
    page: tuple[str, str], bundled: Any
) -> None:
    lang, text = page
    parsed = Page(text)
    tables = parsed.all("table", class_="appendix")
    assert len(tables) == 2  # a plan each
    rows = [attrs for attrs in parsed.all("tr") if "data-status" in attrs]
    statuses = {Status(attrs["data-status"]) for attrs in rows}
    assert statuses <= set(Status) and len(statuses) > 3
    # the controls are hidden until the script shows them (without it they would do nothing)
    controls = parsed.all("div", class_="controls")
    assert len(controls) == 2 and all("hidden" in attrs for attrs in controls)
    filters = {attrs["data-filter"] for attrs in parsed.all("select")}
    assert filters == {"status", "area", "section"}
    # the status is a word and a symbol as well as a colour
    appendix = "".join(re.findall(r'<table class="appendix".*?</table>', text, re.DOTALL))
    cells = re.findall(r'<td class="status st st-([a-z_]+)"[^>]*>([^<]+)</td>', appendix)
    assert len(cells) == len(rows)
    from plantrack.render.result_text import SYMBOLS, status_word

    for status, words in cells:
        assert SYMBOLS[Status(status)] in words
        if "/" not in words:  # "2/2 xã đạt" for several areas
            assert status_word(Status(status), lang) in words


def test_the_summary_counts_every_status_and_the_areas_side_by_side(
    page: tuple[str, str], bundled: Any
) -> None:
    lang, text = page
    summary = re.search(r'<section id="summary">.*?</section>', text, re.DOTALL)
    assert summary is not None
    counts = re.findall(
        r'<li class="st st-([a-z_]+)">.*?<span class="n">(\d+)</span></li>', summary.group()
    )
    expected = {s: n for s, n in bundled.summary().items() if n}
    assert {s: int(n) for s, n in counts} == expected
    # Tân Hồng's target for two named communes: one row, the communes side by side
    heading = "Kết quả theo địa bàn" if lang == "vi" else "Results by area"
    assert text.count(f"<h3>{heading}</h3>") == 1
    matrix = text[text.index(f"<h3>{heading}</h3>") :].split("</table>")[0]
    names = ["xã Tân Hộ Cơ", "xã Bình Phú"] if lang == "vi" else ["Tân Hộ Cơ commune"]
    for name in names:
        assert f'<th scope="col">{name}</th>' in matrix
    assert ("2/2 xã đạt" if lang == "vi" else "2/2 communes met") in matrix


def test_the_main_targets_line_when_the_plan_marks_them(page: tuple[str, str]) -> None:
    plan, data = CORPUS / "vietnam-2019" / "plan.yaml", CORPUS / "vietnam-2019" / "actuals.csv"
    report = run_check([plan], [data], CheckOptions())
    assert "Đạt và vượt 12/12 chỉ tiêu chủ yếu; không đạt 0" in check_html(report, "vi")
    assert "12 of 12 main targets achieved or exceeded" in check_html(report, "en")
    _, bundled = page  # the bundled plans mark no main targets
    assert 'class="main-line"' not in bundled and "chỉ tiêu chủ yếu" not in bundled


def test_text_from_a_plan_is_escaped(tmp_path: Path) -> None:
    source = (ROOT / "plans" / "tan-hong-border-2025.yaml").read_text(encoding="utf-8")
    evil = "<script>alert(1)</script> & <b>"
    title = next(line for line in source.splitlines() if line.startswith("  vi: Kế hoạch của"))
    changed = source.replace(title, f'  vi: "{evil} {title[6:]}"', 1)
    changed = changed.replace("name: {vi: xã Tân Hộ Cơ,", 'name: {vi: "xã <img src=x>",', 1)
    assert changed.count(evil) == 1 and "<img src=x>" in changed
    (tmp_path / "plan.yaml").write_text(changed, encoding="utf-8")
    report = run_check([tmp_path / "plan.yaml"], [ROOT / "data"], CheckOptions())
    assert report.targets and not report.errors
    text = check_html(report, "vi")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in text
    assert "xã &lt;img src=x&gt;" in text
    assert "<script>alert" not in text and "<img" not in text
    assert text.count("<script>") == 1  # the page's own
    assert Page(text).all("b") == []


def test_the_command_writes_the_page_from_the_extension_or_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    one = ["check", "--indicator", "budget_revenue"]  # a few charts: quicker
    by_suffix = runner.invoke(main, [*one, "-o", str(tmp_path / "report.html")])
    assert by_suffix.exit_code == 0, by_suffix.output
    named = runner.invoke(
        main, [*one, "--format", "html", "-o", str(tmp_path / "named.html"), "--lang", "en"]
    )
    assert named.exit_code == 0, named.output
    stdout = runner.invoke(main, [*one, "--format", "html"])
    assert stdout.exit_code == 0
    written = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert written.startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert stdout.output == written  # the same page, made the same way each time
    assert (
        (tmp_path / "named.html")
        .read_text(encoding="utf-8")
        .startswith('<!DOCTYPE html>\n<html lang="en">')
    )
    assert "<style>" in written and "@media print" in written
    assert "thead { display: table-header-group; }" in written


def _imported_after(args: list[str]) -> bool:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from plantrack.cli import main\n"
        f"result = CliRunner().invoke(main, {args!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().endswith("True")


def test_matplotlib_is_imported_only_for_the_html_report() -> None:
    assert _imported_after(["check"]) is False
    assert _imported_after(["check", "--format", "json"]) is False
    assert _imported_after(["check", "--format", "html", "--indicator", "budget_revenue"]) is True
