"""Text from plans and data files reaches no terminal, spreadsheet or Markdown page as a command.

Issue 16, items 10 and 11: plan text starting with ``=`` went into the data-entry template as a
live formula; ESC and BEL in an indicator's name reached the terminal raw in every text format; a
control character made ``template -o x.xlsx`` crash; Markdown passed raw HTML through. Every test
works on plans and data written to a temporary folder.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from plantrack.safe_text import neutralise_formula, spreadsheet_cell, visible
from tests.conftest import MINIMAL_PLAN

Run = Callable[..., Result]

#: Raw control characters in output: C0 except tab and newline, DEL, C1.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: An indicator name that sets the window title, rings the bell and clears the screen.
HOSTILE_NAME = r"Thu nhập\e]0;pwned\a\e[2J"
HOSTILE_SHOWN = r"Thu nhập\x1b]0;pwned\x07\x1b[2J"
FORMULA_NAME = '=HYPERLINK("http://evil.example","bấm vào đây")'


def _plan(name_vi: str, *, title_vi: str = "Kế hoạch thử", quote: str = '"') -> str:
    """MINIMAL_PLAN with the indicator's name (and the Vietnamese title) replaced; the name is
    written as a double-quoted YAML scalar (escapes such as ``\\e`` work) or single-quoted."""
    text = MINIMAL_PLAN.replace(
        "title: {vi: Kế hoạch thử, en: Test plan}",
        f'title: {{vi: "{title_vi}", en: Test plan}}',
    )
    if quote == '"':
        written = '"' + name_vi.replace('"', '\\"') + '"'
    else:
        written = "'" + name_vi.replace("'", "''") + "'"
    return text.replace(
        "name: {vi: Thu nhập bình quân đầu người, en: Income per person}",
        f"name: {{vi: {written}, en: {written}}}",
    )


def _folder(tmp_path: Path, plan_text: str, data: str | None = None) -> tuple[Path, Path]:
    plans = tmp_path / "plans"
    plans.mkdir()
    plan = plans / "plan.yaml"
    plan.write_text(plan_text, encoding="utf-8")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "figures.csv").write_text(
        data or "indicator,area,year,value\nincome,d,2020,40\nincome,d,2023,55\n",
        encoding="utf-8",
    )
    return plan, data_dir


def _column(output: str, index: int) -> str:
    """The text of a table's column ``index`` (from 0), its rows joined, without spaces (a table
    folds a long name over lines)."""
    parts = [line.split("│")[index + 1] for line in output.splitlines() if line.startswith("│")]
    return re.sub(r"\s+", "", "".join(parts))


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------------------------------------
# The shared functions


def test_visible_writes_out_each_control_character_and_keeps_layout() -> None:
    assert visible("a\x1b[2Jb\x07") == "a\\x1b[2Jb\\x07"
    assert visible("\x00\x7f\x9b") == "\\x00\\x7f\\x9b"
    assert visible("tab\tand\nnewline") == "tab\tand\nnewline"
    assert visible("Thu nhập bình quân") == "Thu nhập bình quân"


def test_spreadsheet_cell_neutralises_formulas_after_making_controls_visible() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise_formula(start + "1") == "'" + start + "1"
    assert spreadsheet_cell("=1+1") == "'=1+1"
    assert spreadsheet_cell("\x1b=1") == "\\x1b=1"  # starts with a backslash: no formula
    assert spreadsheet_cell("Thu nhập") == "Thu nhập"


# ---------------------------------------------------------------------------------------------
# Item 10: the data-entry template


@pytest.mark.parametrize("layout", ["wide", "long"])
def test_template_csv_neutralises_plan_text_that_reads_as_a_formula(
    tmp_path: Path, cli: Run, layout: str
) -> None:
    plan, _ = _folder(tmp_path, _plan(FORMULA_NAME, quote="'"))
    result = cli("template", str(plan), "--layout", layout)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    names = [cell for row in rows[1:] for cell in row if "HYPERLINK" in cell]
    assert names and all(name == "'" + FORMULA_NAME for name in names)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_template_xlsx_stores_plan_text_as_text_not_as_a_formula(tmp_path: Path, cli: Run) -> None:
    from openpyxl import load_workbook

    plan, _ = _folder(tmp_path, _plan(FORMULA_NAME, quote="'"))
    out = tmp_path / "sheet.xlsx"
    result = cli("template", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    # not one formula ("f"): text, and numbers for STT and the years
    assert all(cell.data_type == ("n" if isinstance(cell.value, int) else "s") for cell in cells)
    name = next(cell for cell in cells if "HYPERLINK" in str(cell.value))
    assert name.value == FORMULA_NAME and name.quotePrefix  # shown as written, kept as text


def test_template_xlsx_with_a_control_character_in_plan_text_does_not_crash(
    tmp_path: Path, cli: Run
) -> None:
    from openpyxl import load_workbook

    plan, _ = _folder(tmp_path, _plan(HOSTILE_NAME))
    out = tmp_path / "sheet.xlsx"
    result = cli("template", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    assert sheet is not None
    values = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
    assert HOSTILE_SHOWN in values
    assert not any(RAW_CONTROL.search(value) for value in values)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_neutralised_template_reads_back_with_its_figures(
    tmp_path: Path, cli: Run, suffix: str
) -> None:
    """The ``'`` (or the quote prefix) does not stop ``check`` from matching the rows."""
    plan, data_dir = _folder(tmp_path, _plan(FORMULA_NAME, quote="'"))
    (data_dir / "figures.csv").unlink()
    sheet = data_dir / f"entry{suffix}"
    assert cli("template", str(plan), "--years", "2020-2023", "-o", str(sheet)).exit_code == 0
    if suffix == ".csv":
        text = sheet.read_text(encoding="utf-8-sig").replace(",,,,,", ",40,,,55,", 1)
        sheet.write_text(text, encoding="utf-8")
    else:
        from openpyxl import load_workbook

        book = load_workbook(sheet)
        page = book.active
        assert page is not None
        page["G2"], page["J2"] = 40, 55
        book.save(sheet)
    result = cli("check", "--plan", str(plan), str(sheet), "--format", "json")
    assert result.exit_code == 0, result.output
    latest = json.loads(result.output)["results"][0]["latest"]
    assert (latest["year"], latest["value"]) == (2023, 55)


# ---------------------------------------------------------------------------------------------
# Item 11: control characters are found, and shown escaped by every renderer


def test_validate_flags_control_characters_in_plan_text_at_their_line(
    tmp_path: Path, cli: Run
) -> None:
    plan, _ = _folder(tmp_path, _plan(HOSTILE_NAME, title_vi=r"Kế hoạch\a"))
    result = cli("validate", "--lang", "en", str(plan))
    assert result.exit_code == 0, result.output  # a warning: the plan is still valid
    lines = [line for line in result.output.splitlines() if "control-character" in line]
    text = plan.read_text(encoding="utf-8").splitlines()
    title_line = next(i for i, line in enumerate(text, 1) if line.startswith("title:"))
    name_line = next(i for i, line in enumerate(text, 1) if "pwned" in line)
    # the title, then the name in both languages
    assert [line.split(":")[1] for line in lines] == [str(title_line)] + [str(name_line)] * 2
    assert "\\x1b" in lines[1] and "\\x07" in lines[1] and "warning" in lines[1]
    assert not RAW_CONTROL.search(result.output)
    strict = cli("validate", "--lang", "en", "--strict", str(plan))
    assert strict.exit_code == 1


def test_validate_json_and_github_report_the_control_character_code(
    tmp_path: Path, cli: Run
) -> None:
    plan, _ = _folder(tmp_path, _plan(HOSTILE_NAME))
    document = json.loads(cli("validate", "--lang", "en", str(plan), "--format", "json").output)
    assert [f["code"] for f in document["findings"]] == ["control-character"] * 2
    github = cli("validate", "--lang", "en", str(plan), "--format", "github").output
    assert "title=plantrack control-character" in github and not RAW_CONTROL.search(github)


def _check_outputs(tmp_path: Path, cli: Run, colour: str, lang: str = "vi") -> dict[str, str]:
    plan, data_dir = _folder(
        tmp_path,
        _plan(HOSTILE_NAME, title_vi=r"Kế hoạch\e[31m đỏ"),
        "indicator,area,year,value\nincome,d,2020,40\nincome,d,2023,55\n"
        "Chỉ tiêu lạ\x1b[2J\x07,d,2023,1\n",
    )
    outputs = {}
    extra = ("--lang", lang)
    for fmt in ("table", "csv", "markdown", "github"):
        result = cli(colour, "check", "--plan", str(plan), str(data_dir), "--format", fmt, *extra)
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.output  # stdout and stderr together
    explain = cli(
        colour, "check", "--plan", str(plan), str(data_dir), "--explain", "income", *extra
    )
    outputs["explain"] = explain.output
    outputs["plans"] = cli(colour, "plans", str(plan), *extra).output
    return outputs


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_renderer_shows_control_characters_escaped(
    tmp_path: Path, cli: Run, lang: str
) -> None:
    outputs = _check_outputs(tmp_path, cli, "--no-color", lang)
    for fmt, text in outputs.items():
        assert not RAW_CONTROL.search(text), (fmt, RAW_CONTROL.findall(text))
    for fmt in ("csv", "markdown", "explain"):  # the name, escaped
        assert HOSTILE_SHOWN in outputs[fmt], fmt
    assert _flat(HOSTILE_SHOWN) in _column(outputs["table"], 0)
    assert _flat(HOSTILE_SHOWN) in _column(outputs["plans"], 1)
    assert _flat("Chỉ tiêu lạ\\x1b[2J\\x07") in _flat(outputs["table"])  # a finding on a row


def test_color_on_still_escapes_plan_text(tmp_path: Path, cli: Run) -> None:
    """With colour forced on, the only escape sequences are the colours plantrack writes."""
    outputs = _check_outputs(tmp_path, cli, "--color")
    for fmt in ("table", "plans"):
        without_colours = re.sub("\x1b\\[[0-9;]*m", "", outputs[fmt])
        assert not RAW_CONTROL.search(without_colours), fmt
        assert "\x1b[2J" not in outputs[fmt] and "\x1b]0;" not in outputs[fmt]


def test_rich_markup_in_plan_text_is_shown_not_obeyed(tmp_path: Path, cli: Run) -> None:
    plan, data_dir = _folder(tmp_path, _plan("[bold]Thu nhập[/bold] [link=http://evil]x[/link]"))
    result = cli("check", "--plan", str(plan), str(data_dir), "--no-color")
    assert "[bold]Thunhập[/bold][link=http://evil]x[/link]" in _column(result.output, 0)


def test_markdown_escapes_html_and_table_pipes(tmp_path: Path, cli: Run) -> None:
    name = '<img src=x onerror="alert(1)"> A & B | C'
    plan, data_dir = _folder(tmp_path, _plan(name))
    result = cli("check", "--plan", str(plan), str(data_dir), "--format", "markdown")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "onerror" in line)
    assert "<img" not in row
    assert '&lt;img src=x onerror="alert(1)"> A &amp; B \\| C' in row
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    assert len(cells) == 7  # the pipe in the name made no extra column


# ---------------------------------------------------------------------------------------------
# Item 14: GitHub's limits (10 annotations of each kind per step, a step summary of 1 MiB), and
# the pre-commit hook on a developer's terminal


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The bundled check made the size of a national panel: every result and finding 200 times
    (11,600 results, 2 MB of Markdown), on a copy of the bundled plans and data."""
    import dataclasses
    import shutil

    from plantrack.findings import Finding, Severity
    from plantrack.report.build import run_check
    from tests.conftest import ROOT

    where = tmp_path_factory.mktemp("national")
    shutil.copytree(ROOT / "plans", where / "plans")
    shutil.copytree(ROOT / "data", where / "data")
    report = run_check([where / "plans"], [where / "data"])
    findings = [
        Finding("bad-number", f"not a number: 'x{i}'", "data/x.csv", i + 2, None, severity)
        for i in range(200)
        for severity in (Severity.ERROR, Severity.WARNING)
    ]
    return dataclasses.replace(report, targets=report.targets * 200, findings=findings)


@pytest.mark.parametrize("fail_on", [None, "off_track", "at_risk"])
def test_github_annotations_are_capped_worst_first_with_a_notice(
    national: Any, fail_on: str | None
) -> None:
    from plantrack.assessment.status import Status
    from plantrack.render.formats import check_github

    threshold = Status(fail_on) if fail_on else None
    lines = check_github(national, "en", threshold)
    kinds = [line[2 : line.index(" ")] for line in lines]
    assert kinds.count("error") <= 10 and kinds.count("warning") <= 10
    assert kinds[-1] == "notice" and kinds.count("notice") == 1
    everything = check_github(national, "en", threshold, limit=None)
    assert len(everything) > 20
    more = int(re.search(r"::(\d+) more annotations", lines[-1]).group(1))  # type: ignore[union-attr]
    assert len(lines) - 1 + more == len(everything)  # each one shown or counted
    assert "--format markdown" in lines[-1] and "--format csv" in lines[-1]
    results = [line for line in lines if "title=plantrack " in line and "%3A" in line]
    ranks = [Status(re.search(r"plantrack (\w+)%3A", line).group(1)).rank for line in results]  # type: ignore[union-attr]
    assert ranks == sorted(ranks, reverse=True)  # the worst first
    if threshold is not None:  # with --fail-on the results are errors: data errors come first
        assert kinds[:10] == ["error"] * 10


def test_github_annotations_below_the_cap_are_all_shown(tmp_path: Path, cli: Run) -> None:
    plan, data_dir = _folder(tmp_path, MINIMAL_PLAN)
    result = cli("check", "--plan", str(plan), str(data_dir), "--format", "github")
    assert "::notice" not in result.output


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_markdown_summary_stays_under_1_mib_worst_first_with_a_note(
    national: Any, lang: str
) -> None:
    from plantrack.assessment.status import Status
    from plantrack.render.formats import SYMBOLS, check_markdown, status_word

    text = check_markdown(national, lang)
    assert len(text.encode()) <= 1 << 20
    full = check_markdown(national, lang, limit=None)
    assert len(full.encode()) > 1 << 20  # the size that GitHub refuses
    rows = [line for line in text.splitlines() if line.startswith("| ") and " | " in line]
    words = {f"{SYMBOLS[s]} {status_word(s, lang)}": s for s in Status}
    statuses = [words[row.rsplit(" | ", 1)[1].rstrip(" |")] for row in rows[3:]]
    shown = len(statuses)
    assert 1000 < shown < len(national.targets)
    data = (Status.INSUFFICIENT_DATA, Status.NO_DATA)  # unknown: after every verdict
    assert statuses == sorted(statuses, key=lambda s: (s in data, -s.rank))
    (note,) = [line for line in text.splitlines() if line.startswith("*") and "1 MiB" in line]
    assert f"{shown}" in note and f"{len(national.targets)}" in note
    assert "1 MiB" in note and "--format markdown -o" in note
    counts = rows[1]  # the counts are of every result, not of the rows shown
    assert sum(int(n) for n in counts.strip("| ").split(" | ")) == len(national.targets)


def test_precommit_check_hook_prints_plain_text_not_workflow_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Run
) -> None:
    import shlex
    import shutil

    import yaml

    from tests.conftest import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = next(hook["entry"] for hook in hooks if hook["id"] == "plantrack-check")
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    args = shlex.split(entry)
    assert args[0] == "plantrack"
    result = cli(*args[1:])
    assert result.exit_code == 0, result.output
    assert not any(line.startswith("::") for line in result.output.splitlines())
    assert "Tổng hợp" in result.output or "Summary" in result.output


def test_validate_annotations_can_be_capped_the_same_way() -> None:
    """For ``plantrack validate --format github`` (its command line is in plantrack/cli/validate.py):
    errors first, 10 of each kind, a notice pointing at ``plantrack validate``."""
    from plantrack.findings import Finding, Severity
    from plantrack.render.findings import github_annotations

    findings = [
        Finding("unknown-key", f"unknown key 'k{i}'", "plans/p.yaml", i + 1, 1, severity)
        for i in range(30)
        for severity in (Severity.WARNING, Severity.ERROR)
    ]
    lines = github_annotations(findings)
    assert [line.split(" ")[0] for line in lines] == ["::error"] * 10 + ["::warning"] * 10 + [
        "::notice"
    ]
    assert "40 more annotations" in lines[-1] and "plantrack validate" in lines[-1]
    assert len(github_annotations(findings, limit=None)) == 60
    assert github_annotations(findings[:6]) == [
        *(line for line in github_annotations(findings[:6], limit=None) if "::error" in line),
        *(line for line in github_annotations(findings[:6], limit=None) if "::warning" in line),
    ]
