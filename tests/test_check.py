"""``plantrack check`` and ``plantrack template`` end to end, as a user and as CI run them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from plantrack.assessment.status import Status
from plantrack.cli import main
from plantrack.findings.registry import codes
from plantrack.render.formats import _safe
from plantrack.report.build import CheckOptions, run_check

from .conftest import ROOT

CHECK_CODES = codes("check")

ANSI = re.compile(r"\x1b\[")
SCHEMA = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))


def run(*args: str, env: dict[str, str | None] | None = None, stdin: bytes | None = None) -> Any:
    runner = CliRunner()
    return runner.invoke(main, list(args), env={"PLANTRACK_LANG": None, **(env or {})}, input=stdin)


def as_json(*args: str) -> dict[str, Any]:
    result = run("check", "--format", "json", *args)
    document: dict[str, Any] = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    return document


def test_default_run_checks_the_bundled_plans_against_the_bundled_data(in_root: Path) -> None:
    result = run("check")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Đánh giá đến năm 2025" in out
    assert "huyện Cầu Ngang" in out and "03 xã biên giới huyện Tân Hồng" in out
    assert "Đúng tiến độ" in out and "Cần tăng tốc" in out and "Không đạt" in out
    assert "data/tan-hong-border-actuals.csv: UTF-8 có BOM" in out
    assert not ANSI.search(out)  # piped: no colour codes, the words carry the meaning


def test_english_and_the_environment_variable(in_root: Path) -> None:
    english = run("check", "--lang", "en").stdout
    assert "Assessed as of 2025" in english and "On track" in english
    assert run("check", env={"PLANTRACK_LANG": "en"}).stdout == english


def test_colour_only_when_asked(in_root: Path) -> None:
    assert ANSI.search(run("check", "--color").stdout)
    assert not ANSI.search(run("check", "--no-color").stdout)
    assert not ANSI.search(run("--color", "check", "--no-color").stdout)


def test_the_table_fits_80_columns_without_cutting_words(in_root: Path) -> None:
    out = run("check", env={"COLUMNS": "80"}).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "▼ Chậm tiến độ" in out and "? Thiếu số liệu" in out  # status words never cut


def test_json_document_is_valid_and_complete(in_root: Path) -> None:
    document = as_json()
    assert document["as_of"] == 2025
    assert [i["path"] for i in document["inputs"]] == [
        "data/cau-ngang-actuals.csv",
        "data/cau-ngang-economy.xlsx",
        "data/tan-hong-border-actuals.csv",
    ]
    assert document["findings"] == []
    assert sum(document["summary"].values()) == len(document["results"]) == 58
    income = next(
        r
        for r in document["results"]
        if r["indicator"] == "income_per_capita" and r["plan"] == "cau-ngang-2030"
    )
    assert income["latest"]["exchange_rate"] == 24000
    assert income["target_phrase"]["vi"] == "≈ 6.794 USD/người đến năm 2030"
    growth = next(r for r in document["results"] if r["target"] == "gross_output:growth:2021-2030")
    assert growth["required_rate"] == pytest.approx(0.1296)  # rates are fractions


def test_as_of_a_past_year_uses_only_what_was_known_then(in_root: Path) -> None:
    document = as_json("--as-of", "2022")
    assert document["as_of"] == 2022
    latest = [r["latest"]["year"] for r in document["results"] if r["latest"]]
    assert latest and max(latest) <= 2022
    assert document["summary"] != as_json()["summary"]


def test_filters(in_root: Path) -> None:
    binh_phu = as_json("--area", "xã Bình Phú")
    assert {r["area"] for r in binh_phu["results"]} == {"binh-phu"}
    by_name = as_json("--indicator", "Tỷ lệ hộ nghèo")
    assert {r["indicator"] for r in by_name["results"]} == {"poor_households_rate"}
    assert {r["plan"] for r in by_name["results"]} == {"cau-ngang-2030", "tan-hong-border-2025"}
    on_track = as_json("--status", "on_track", "--status", "achieved")
    assert {r["status"] for r in on_track["results"]} == {"on_track", "achieved"}
    unknown = run("check", "--indicator", "rice output")
    assert unknown.exit_code == 2
    assert "unknown-filter" in unknown.stderr


def test_fail_on_gates_a_pipeline(in_root: Path) -> None:
    assert run("check", "--fail-on", "not_achieved").exit_code == 1
    assert run("check", "--fail-on", "off_track").exit_code == 1
    quiet = run("check", "--fail-on", "off_track", "--area", "binh-phu")
    assert quiet.exit_code == 0  # Bình Phú has nothing at off track or worse
    report = run_check(["plans"], ["data"], CheckOptions())
    failing = report.failing(Status.OFF_TRACK)
    assert failing and all(
        t.result.status.rank >= Status.OFF_TRACK.rank
        and t.result.status not in (Status.INSUFFICIENT_DATA, Status.NO_DATA)
        for t in failing
    )
    assert {t.result.status for t in report.failing(Status.INSUFFICIENT_DATA)} <= {
        Status.INSUFFICIENT_DATA,
        Status.NO_DATA,
    }


def test_bad_input_exits_2_with_its_place(in_root: Path, tmp_path: Path) -> None:
    conflict = run("check", "data", "data/conflicts")
    assert conflict.exit_code == 2
    assert "data/conflicts/cau-ngang-income-2022.csv:3:4: conflicting-values" in conflict.stdout
    missing = run("check", str(tmp_path / "nowhere.csv"))
    assert missing.exit_code == 2
    assert "path-not-found" in missing.stderr and missing.stdout == ""
    bad_plan = run("check", "--plan", "tests/bad_plans/unknown_unit.yaml", "--plan", "plans")
    assert bad_plan.exit_code == 2
    assert "unknown-unit" in bad_plan.stdout
    rate = run("check", "--exchange-rate", "USD:24000")
    assert rate.exit_code == 2 and "--exchange-rate" in rate.stderr


def test_strict_makes_warnings_fail(in_root: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("indicator,year,value\nrice_output,2021,5\n", encoding="utf-8")
    assert run("check", "data", str(extra)).exit_code == 0
    assert run("check", "data", str(extra), "--strict").exit_code == 2


def test_explain_shows_every_figure_and_each_formula_with_its_numbers(in_root: Path) -> None:
    result = run("check", "--explain", "income_per_capita", "--area", "cau-ngang", "--lang", "en")
    assert result.exit_code == 0
    out = result.stdout
    assert "2022: 2,600.4167 USD per person = 62.41 triệu đồng/người ÷ 24,000 VND/USD" in out
    assert "data/cau-ngang-economy.xlsx:Bao cao!F12" in out
    assert "catch_up_rate = (X / V_t)^(1/(T - t)) - 1" in out
    assert "= (6,794 / 3,233.333333)^(1/(2030 - 2025)) - 1 = 0.160099" in out


def test_csv_output_for_excel(in_root: Path, tmp_path: Path) -> None:
    result = run("check", "--format", "csv", "--lang", "en")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 58
    assert rows[0]["status_label"] == "At risk" and rows[0]["target_phrase"].startswith("≈")
    out = tmp_path / "report.csv"
    assert run("check", "--format", "csv", "--bom", "-o", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _safe("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _safe("-1") == "'-1"
    assert _safe(-1.5) == -1.5  # numbers stay numbers


def test_markdown_and_github_formats(in_root: Path) -> None:
    markdown = run("check", "--format", "markdown", "--lang", "en").stdout
    assert markdown.startswith("## plantrack: assessed as of 2025")
    assert "| Plan | Area | Indicator | Target | Latest | Needed | Status |" in markdown
    github = run("check", "data", "data/conflicts", "--format", "github").stdout.splitlines()
    # errors first (the worst first: GitHub shows only 10 of each kind), then warnings
    assert github[0].startswith("::error file=data/conflicts/cau-ngang-income-2022.csv,line=3")
    assert any(
        line.startswith("::warning file=data/conflicts/cau-ngang-income-2022.csv,line=2")
        for line in github
    )
    assert any(line.startswith("::warning file=plans/") and "line=" in line for line in github)


def test_output_file_is_written_whole(in_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert run("check", "--format", "json", "-o", str(out)).exit_code == 0
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(out.read_text(encoding="utf-8")))
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left
    # refusing an input is tested on temporary copies (tests/test_output_guard.py): a broken
    # guard must not overwrite the repository's own data/ file
    table = tmp_path / "report.txt"
    assert run("check", "--color", "-o", str(table)).exit_code == 0
    assert not ANSI.search(table.read_text(encoding="utf-8"))


def test_standard_input(in_root: Path) -> None:
    content = b"indicator;area;year;value\njobs_created;;2021;2.310\njobs_created;;2022;2.400,5\n"
    plan = "plans/tan-hong-border-2025.yaml"  # named together: the data are this plan's
    document = json.loads(
        run("check", "-", "--plan", plan, "--format", "json", stdin=content).stdout
    )
    jobs = next(r for r in document["results"] if r["indicator"] == "jobs_created")
    assert [v["value"] for v in jobs["values"]] == [2310, 2400.5]
    assert document["inputs"][0]["path"] == "<stdin>"


def test_reader_options_reach_the_reader(in_root: Path, tmp_path: Path) -> None:
    data = tmp_path / "jobs.csv"
    data.write_text("indicator,year,value\njobs_created,2021,2.310\n", encoding="utf-8")
    plan = ("--plan", "plans/tan-hong-border-2025.yaml")  # named together: the data are its
    ambiguous = run("check", str(data), *plan)
    assert ambiguous.exit_code == 2 and "ambiguous-decimal" in ambiguous.stdout
    told = json.loads(
        run("check", str(data), *plan, "--decimal", "comma", "--format", "json").stdout
    )
    jobs = next(r for r in told["results"] if r["indicator"] == "jobs_created")
    assert jobs["values"][0]["value"] == 2310
    income = json.loads(
        run("check", "--exchange-rate", "2025:USD=25000", "--format", "json").stdout
    )
    latest = next(
        r["latest"]
        for r in income["results"]
        if r["indicator"] == "income_per_capita" and r["plan"] == "cau-ngang-2030"
    )
    assert latest["exchange_rate"] == 25000
    assert latest["value"] == pytest.approx(77.6e6 / 25000)


# --------------------------------------------------------------------------------------------
# template


@pytest.mark.parametrize("layout", ["wide", "long"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_template_reads_back_and_a_filled_one_gives_its_figures(
    in_root: Path, tmp_path: Path, layout: str, suffix: str
) -> None:
    sheet = tmp_path / f"entry{suffix}"
    made = run(
        "template",
        "plans/tan-hong-border-2025.yaml",
        "--layout",
        layout,
        "--years",
        "2021-2023",
        "-o",
        str(sheet),
    )
    assert made.exit_code == 0, made.output
    empty = as_json(str(sheet))
    assert [f["code"] for f in empty["findings"]] == ["no-data-rows"]
    assert empty["inputs"][0]["errors"] == 0 and empty["inputs"][0]["layout"] == layout
    assert set(empty["summary"]) and empty["summary"]["no_data"] == len(empty["results"])

    _fill(sheet, {("jobs_created", "2022"): "2310", ("income_per_capita", "2023"): "52.5"})
    filled = as_json(str(sheet), "--decimal", "point")
    assert filled["findings"] == []
    values = {
        (r["indicator"], v["year"]): v["value"]
        for r in filled["results"]
        for v in r["values"]
        if r["area"] == "tan-hong-border"
    }
    assert values[("jobs_created", 2022)] == 2310
    assert values[("income_per_capita", 2023)] == 52.5


def _fill(path: Path, figures: dict[tuple[str, str], str]) -> None:
    """Type figures into a template the way a person would: by indicator id and year."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        sheet = book.active
        assert sheet is not None
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        for r, row in enumerate(rows[1:], start=2):
            for (indicator, year), value in figures.items():
                if indicator in row:
                    if str(rows[0][4]) == "year" and str(row[4]) == year:  # long
                        sheet.cell(row=r, column=6, value=float(value))
                    elif year in [str(h) for h in rows[0]]:  # wide
                        col = [str(h) for h in rows[0]].index(year) + 1
                        sheet.cell(row=r, column=col, value=float(value))
        book.save(path)
        return
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    for row in rows[1:]:
        for (indicator, year), value in figures.items():
            if indicator in row:
                if header[4] == "year" and row[4] == year:
                    row[5] = value
                elif year in header:
                    row[header.index(year)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def test_template_refuses_bad_years_and_invalid_plans(in_root: Path) -> None:
    assert run("template", "plans/cau-ngang-2030.yaml", "--years", "2030-2021").exit_code == 2
    assert run("template", "tests/bad_plans/unknown_unit.yaml").exit_code == 2


def test_check_codes_are_documented() -> None:
    documented = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    for code in CHECK_CODES:
        assert f"`{code}`" in documented


def test_pre_commit_hooks_run_real_commands(in_root: Path) -> None:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"plantrack-validate", "plantrack-check"}
    runner = CliRunner()
    for hook in hooks:
        args = hook["entry"].split()[1:]
        assert args[0] in main.commands
        files = ["plans/cau-ngang-2030.yaml"] if hook["pass_filenames"] else []
        result = runner.invoke(main, [*args, *files], env={"PLANTRACK_LANG": None})
        assert result.exit_code == 0, (hook["id"], result.output)


def test_vietnamese_wording_covers_every_code_and_note() -> None:
    import string

    from plantrack.assessment import NOTES
    from plantrack.findings.registry import codes
    from plantrack.texts.notes import TEXTS

    NOTES_VI = {k.removeprefix("note."): vi for k, (_, vi) in TEXTS.items() if k.count(".") == 1}

    assert all(code.vi and code.vi.isascii() is False for code in codes().values())
    assert set(NOTES_VI) == set(NOTES)

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for code, english in NOTES.items():
        assert fields(NOTES_VI[code]) == fields(english), code


def test_vietnamese_output_explains_findings_and_notes(in_root: Path) -> None:
    out = " ".join(run("check", "data", "data/conflicts").stdout.split())
    assert "conflicting-values (hai số liệu khác nhau cho cùng một năm)" in out
    explained = run("check", "--explain", "income_per_capita", "--area", "cau-ngang").stdout
    assert "Ghi chú: estimate-used: số liệu năm 2025 là số ước thực hiện" in explained


def test_the_cli_knows_every_status_without_importing_the_library() -> None:
    from plantrack.cli.check import STATUSES

    assert tuple(status.value for status in Status) == STATUSES


def test_streamed_json_is_the_document(in_root: Path) -> None:
    """``--format json`` writes result by result; what it writes is :func:`check_document`."""
    from plantrack.render.formats import check_document, write_json

    report = run_check(["plans"], ["data"])
    out = io.StringIO()
    write_json(report, out)
    assert json.loads(out.getvalue()) == check_document(report)
    assert as_json() == json.loads(json.dumps(check_document(report)))
    empty = run_check(["plans"], ["data"], CheckOptions(statuses=(Status.NO_DATA,)))
    out = io.StringIO()
    write_json(empty, out)
    assert json.loads(out.getvalue())["results"] == []


@pytest.mark.parametrize("options", [{}, {"areas": ("tan-ho-co",)}, {"as_of": 2023}])
def test_a_lazy_report_writes_what_a_full_one_writes(in_root: Path, options: Any) -> None:
    """JSON and CSV are written from a lazy report (results made as they are written): the same
    text, the same summary, the same exit codes as from a report that holds every result."""
    from plantrack.render.formats import check_csv, write_json

    def made(lazy: bool) -> Any:
        return run_check(["plans"], ["data"], CheckOptions(**options), lazy=lazy)

    full, lazy = made(False), made(True)
    assert full.targets and not lazy.targets
    a, b = io.StringIO(), io.StringIO()
    write_json(full, a)
    write_json(lazy, b)
    assert a.getvalue() == b.getvalue()
    assert lazy.summary() == full.summary()
    for threshold in Status:
        assert lazy.exit_code(threshold) == full.exit_code(threshold), threshold
    assert check_csv(made(True), "vi") == check_csv(full, "vi")
    assert list(lazy.stream()) == []  # made once
    unread = made(True)  # counts without streaming: the results are made, not kept
    assert unread.summary() == full.summary() and not unread.targets


@pytest.mark.parametrize("fail_on", ["off_track", "insufficient_data", "achieved"])
def test_exit_codes_are_the_same_in_every_format(in_root: Path, fail_on: str) -> None:
    codes = {
        fmt: run("check", "--format", fmt, "--fail-on", fail_on).exit_code
        for fmt in ("table", "json", "csv", "markdown", "github")
    }
    assert len(set(codes.values())) == 1, codes


def test_results_without_their_working_have_the_same_numbers(in_root: Path) -> None:
    with_steps = run_check(["plans"], ["data"], CheckOptions())
    without = run_check(["plans"], ["data"], CheckOptions(working=False))
    assert len(with_steps.results) == len(without.results) > 50
    assert any(result.steps for result in with_steps.results)
    for a, b in zip(with_steps.results, without.results, strict=True):
        assert b.steps == []
        assert {**a.to_dict(), "steps": []} == b.to_dict()
    # --explain always has the working it shows
    explained = run_check(
        ["plans"], ["data"], CheckOptions(working=False, explain="income_per_capita")
    )
    assert explained.results
    assert all(result.steps for result in explained.results if result.observed_rate is not None)
