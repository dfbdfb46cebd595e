"""The HTML report in a real browser (issue 18): headless Chromium opens the page written from
the bundled plans and data, takes a screenshot that must not be blank, and the page meets no
error; its script sorts and filters the appendix table. Without Chromium these tests fail (set
PLANTRACK_SKIP_BROWSER=1 to skip them on a machine without it; README, "Tests")."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from plantrack.assessment.status import Status
from plantrack.render.appendix import appendices
from plantrack.render.appendix_words import WORDS
from plantrack.render.report_html import check_html
from plantrack.report.build import CheckOptions, run_check
from tests.browser import blank, chromium, loaded, screenshot, with_hook
from tests.conftest import ROOT

#: Run in the page after its own script: filter the first table to one status, read what
#: shows, then sort it by a column both ways; the findings go into <html data-check>.
CHECK = """
(function () {
  var table = document.querySelector("table[data-appendix]");
  var section = table.closest("section");
  var select = section.querySelector('select[data-filter="status"]');
  function visible() {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; });
  }
  select.value = STATUS;
  select.dispatchEvent(new Event("change"));
  var result = {
    controls_hidden: section.querySelector(".controls").hidden,
    buttons: table.querySelectorAll("thead th button").length,
    statuses: visible().filter(function (r) { return !r.classList.contains("heading"); })
      .map(function (r) { return r.getAttribute("data-status"); }),
    headings: visible().filter(function (r) { return r.classList.contains("heading"); }).length,
    count: section.querySelector(".controls .shown").textContent
  };
  select.value = "";
  select.dispatchEvent(new Event("change"));
  var th = Array.prototype.find.call(table.querySelectorAll("thead th"), function (h) {
    return h.textContent.trim() === HEADING;
  });
  function column() {
    return visible().filter(function (r) { return !r.classList.contains("heading"); })
      .map(function (r) { return r.cells[th.cellIndex].getAttribute("data-value"); });
  }
  th.querySelector("button").click();
  result.ascending = column();
  result.sort = th.getAttribute("aria-sort");
  th.querySelector("button").click();
  result.descending = column();
  document.documentElement.setAttribute("data-check", JSON.stringify(result));
})();
"""


@pytest.fixture(scope="module")
def browser() -> str:
    return chromium()


@pytest.fixture(scope="module")
def report() -> Any:
    return run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_in_a_browser_is_drawn_and_meets_no_error(
    browser: str, report: Any, lang: str, tmp_path: Path
) -> None:
    page = check_html(report, lang)
    written = tmp_path / "report.html"
    written.write_text(page, encoding="utf-8")
    png = tmp_path / "report.png"
    screenshot(browser, written, png)
    assert not blank(png)

    status = Status.NOT_ACHIEVED
    heading = WORDS[lang]["compared"]
    script = CHECK.replace("STATUS", json.dumps(status.value)).replace(
        "HEADING", json.dumps(heading)
    )
    hooked = tmp_path / "hooked.html"
    hooked.write_text(with_hook(page, script), encoding="utf-8")
    dom, errors = loaded(browser, hooked)
    assert errors == []
    found = re.search(r'<html[^>]*\sdata-check="([^"]*)"', dom)
    assert found is not None, "the check did not run"
    import html

    check = json.loads(html.unescape(found.group(1)))
    assert check["controls_hidden"] is False  # the script shows the filters
    first = appendices(report, lang)[0]
    assert check["buttons"] == len(first.years) + 10  # every column
    wanted = [row for row in first.rows if row.status is status]
    assert wanted and check["statuses"] == [status.value] * len(wanted)
    assert check["headings"] == len({row.section for row in wanted})
    assert f"{len(wanted)}" in check["count"] and f"{len(first.rows)}" in check["count"]
    # sorted by "So với mục tiêu (%)": numbers ascending, rows without one last; then reversed
    assert check["sort"] == "ascending"  # after the first click
    numbers = [float(v) for v in check["ascending"] if v is not None]
    assert numbers == sorted(numbers) and len(numbers) > 5
    assert check["ascending"][len(numbers) :] == [None] * (len(check["ascending"]) - len(numbers))
    down = [float(v) for v in check["descending"] if v is not None]
    assert down == sorted(numbers, reverse=True)


def test_a_page_with_an_error_is_caught_both_ways(browser: str, tmp_path: Path) -> None:
    """The checks above can fail: an uncaught error is in the hook's list and in Chromium's
    log; a console.error and a missing file are in the hook's."""
    page = tmp_path / "broken.html"
    page.write_text(
        with_hook(
            "<!DOCTYPE html><html><head></head><body><p>x</p>"
            '<img src="missing.png"><script>undefinedFunction();</script></body></html>',
            'console.error("told")',
        ),
        encoding="utf-8",
    )
    _, errors = loaded(browser, page)
    assert any("undefinedFunction" in e and "CONSOLE" not in e for e in errors)
    assert any("undefinedFunction" in e and "CONSOLE" in e for e in errors)
    assert "told" in errors
    assert any("failed to load" in e and "missing.png" in e for e in errors)
    clean = tmp_path / "clean.html"
    clean.write_text(with_hook("<!DOCTYPE html><html><head></head><body>x</body></html>"))
    assert loaded(browser, clean)[1] == []


def test_a_blank_page_is_seen_as_blank(browser: str, tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<!DOCTYPE html><html><head></head><body></body></html>", encoding="utf-8")
    png = tmp_path / "blank.png"
    screenshot(browser, page, png)
    assert blank(png)


def test_a_report_with_its_changes_meets_no_error(browser: str, tmp_path: Path) -> None:
    """With ``--since``: the section of changes after the plans' tables; the page's script still
    runs without an error."""
    from plantrack.render.report_json import check_document
    from plantrack.report.since import load_previous

    earlier = run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions(as_of=2024))
    saved = tmp_path / "report-2024.json"
    saved.write_text(json.dumps(check_document(earlier)), encoding="utf-8")
    previous, findings = load_previous(saved)
    assert previous is not None and not findings
    report = run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions())
    report.compare_with(previous)
    page = check_html(report, "vi")
    assert 'id="changes"' in page
    hooked = tmp_path / "hooked.html"
    hooked.write_text(with_hook(page), encoding="utf-8")
    dom, errors = loaded(browser, hooked)
    assert errors == []
    assert 'data-change="worsened"' in dom
