"""Which plan a row is for: a row goes to a plan only when something identifies it (a plan
column, a named area, a file that belongs to the plan, or a plan and a file named together);
a file of no loaded plan is set aside with one line; an unmatched name gets a "did you mean".

Every test runs on temporary copies of the bundled plans and data, or on files it writes."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from plantrack.actuals.read import DataSet, ReadOptions, read_actuals
from plantrack.cli import main
from plantrack.plans.load import load_plans
from plantrack.plans.model import Plan

from .conftest import ROOT

TAN_HONG = "plans/tan-hong-border-2025.yaml"
CAU_NGANG = "plans/cau-ngang-2030.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the bundled plans/ and data/, as the working folder."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def run(*args: str, stdin: bytes | None = None) -> Result:
    env = {"PLANTRACK_LANG": None, "COLUMNS": "200"}
    return CliRunner().invoke(main, list(args), env=env, input=stdin)


def as_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run("check", "--format", "json", "--lang", "en", *args)
    return result.exit_code, json.loads(result.stdout)


def values(document: dict[str, Any], plan: str, indicator: str) -> dict[int, float]:
    """The figures of ``plan``'s ``indicator`` in the plan's own area, by year."""
    found = [
        r
        for r in document["results"]
        if r["plan"] == plan and r["indicator"] == indicator and r["area"] in _OWN_AREAS
    ]
    return {v["year"]: v["value"] for v in found[0]["values"]}


_OWN_AREAS = {"tan-hong-border", "cau-ngang", "huyen-a", "huyen-b"}


def codes(document: dict[str, Any]) -> list[str]:
    return [finding["code"] for finding in document["findings"]]


def ledger_adds_up(document: dict[str, Any]) -> None:
    """Every input row accounted for, counted against the file's own lines."""
    for report in document["inputs"]:
        assert report["rows"] == report["used"] + report["ignored"] + report["errors"], report
        path = Path(report["path"])
        if path.suffix == ".csv":
            lines = path.read_bytes().count(b"\n") + (not path.read_bytes().endswith(b"\n"))
            assert report["rows"] == lines, report


# --------------------------------------------------------------------------------------------
# The bundled data with one plan (issue 16, items 1 and 4)


def test_one_plan_named_scores_only_its_own_files(project: Path) -> None:
    """``--plan tan-hong`` used to route Cầu Ngang's blank-area rows to Tân Hồng: 18 false
    conflicts, and Tân Hồng's income shown as "no data" though its own file has it."""
    code, document = as_json("--plan", TAN_HONG)
    assert code == 0
    assert "conflicting-values" not in codes(document)
    income = values(document, "tan-hong-border-2025", "income_per_capita")
    assert income[2025] == 66.5 and income[2020] == 44.5  # its own file's figures
    set_aside = [f for f in document["findings"] if f["code"] == "file-not-for-plan"]
    assert [Path(f["file"]).name for f in set_aside] == [
        "cau-ngang-actuals.csv",
        "cau-ngang-economy.xlsx",
    ]
    assert codes(document) == ["file-not-for-plan", "file-not-for-plan"]  # one line a file
    reports = {Path(r["path"]).name: r for r in document["inputs"]}
    assert reports["cau-ngang-actuals.csv"]["used"] == 0
    assert reports["cau-ngang-actuals.csv"]["ignored"] == reports["cau-ngang-actuals.csv"]["rows"]
    assert reports["tan-hong-border-actuals.csv"]["errors"] == 0
    ledger_adds_up(document)


def test_another_plans_file_is_one_line_not_a_warning_a_row(project: Path) -> None:
    """``--plan cau-ngang`` used to give 21 warnings, one per row of Tân Hồng's file."""
    code, document = as_json("--plan", CAU_NGANG)
    assert code == 0
    (finding,) = document["findings"]
    assert finding["code"] == "file-not-for-plan" and finding["severity"] == "warning"
    assert finding["file"].endswith("tan-hong-border-actuals.csv") and finding["line"] is None
    message = finding["message"]
    assert message.startswith("no loaded plan matches this file")
    assert "cau-ngang-2030 or cau-ngang" in message and "--plan" in message
    ledger_adds_up(document)
    table = run("check", "--plan", CAU_NGANG, "--lang", "en")
    assert not re.search(r"tan-hong-border-actuals\.csv:\d", table.stdout)  # no line a row
    assert table.stdout.count("file-not-for-plan") == 1


def test_set_aside_is_an_error_with_strict(project: Path) -> None:
    code, document = as_json("--plan", CAU_NGANG, "--strict")
    assert code == 2
    (finding,) = document["findings"]
    assert (finding["code"], finding["severity"]) == ("file-not-for-plan", "error")
    ledger_adds_up(document)


def test_default_run_is_unchanged_by_the_routing(project: Path) -> None:
    """Every bundled file names its plan: all rows are used as before."""
    code, document = as_json()
    assert code == 0 and document["findings"] == []
    assert all(r["errors"] == 0 for r in document["inputs"])


def test_a_plan_and_a_file_named_together(project: Path) -> None:
    """With one plan loaded, a file named on the command line is that plan's, whatever its name."""
    renamed = project / "bao-cao.csv"
    renamed.write_text("indicator,year,value\nincome_per_capita,2021,48.5\n", encoding="utf-8")
    code, document = as_json(str(renamed), "--plan", TAN_HONG)
    assert code == 0 and document["findings"] == []
    assert values(document, "tan-hong-border-2025", "income_per_capita")[2021] == 48.5
    # the same file found in a folder says nothing about its plan
    folder = project / "reports"
    folder.mkdir()
    shutil.copy(renamed, folder / "bao-cao.csv")
    code, document = as_json(str(folder), "--plan", TAN_HONG)
    assert codes(document) == ["file-not-for-plan"]


def test_a_project_with_one_plan_reads_its_data_folder(tmp_path: Path) -> None:
    """plans/ holding one plan and data/ with files of any name: the data are that plan's."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / TAN_HONG, tmp_path / "plans" / "p.yaml")
    (tmp_path / "data" / "so-lieu.csv").write_text(
        "indicator,year,value\njobs_created,2021,2310\n", encoding="utf-8"
    )
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        code, document = as_json()
    finally:
        os.chdir(cwd)
    assert code == 0 and document["findings"] == []
    assert values(document, "tan-hong-border-2025", "jobs_created") == {2021: 2310}


@pytest.mark.parametrize(
    ("plan_args", "extra_plan", "mine"),
    [
        ((), None, True),  # plans/ by default, one plan file in it
        (("--plan", "plans"), None, True),  # the folder named
        (("--plan", "plans/p.yaml"), None, False),  # one plan picked out by name
        ((), "id: [broken\n", False),  # a second plan file, even an invalid one
    ],
)
def test_the_project_rule_needs_a_plan_folder_with_one_plan_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    plan_args: tuple[str, ...],
    extra_plan: str | None,
    mine: bool,
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / TAN_HONG, tmp_path / "plans" / "p.yaml")
    if extra_plan is not None:
        (tmp_path / "plans" / "q.yaml").write_text(extra_plan, encoding="utf-8")
    (tmp_path / "data" / "so-lieu.csv").write_text(
        "indicator,year,value\njobs_created,2021,2310\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    _, document = as_json(*plan_args)
    data_codes = [f["code"] for f in document["findings"] if f["file"].endswith("so-lieu.csv")]
    assert data_codes == ([] if mine else ["file-not-for-plan"])


def test_standard_input_with_two_plans_must_say_which(project: Path) -> None:
    content = b"indicator;area;year;value\njobs_created;;2021;2310\n"
    result = run("check", "-", "--format", "json", stdin=content)
    document = json.loads(result.stdout)
    assert codes(document) == ["file-not-for-plan"] and document["inputs"][0]["used"] == 0
    named = run("check", "-", "--plan", TAN_HONG, "--format", "json", stdin=content)
    jobs = values(json.loads(named.stdout), "tan-hong-border-2025", "jobs_created")
    assert jobs == {2021: 2310}


# --------------------------------------------------------------------------------------------
# Two district plans (issue 16, item 1)

DISTRICT = """\
id: {id}
title: {{vi: Kế hoạch {name}, en: Plan of {name}}}
document: {{type: {{vi: Kế hoạch}}, issuer: {{vi: UBND huyện {name}}}, year: 2021}}
level: district
area: {area}
areas:
  - id: {area}
    name: {{vi: huyện {name}, en: {name} district}}
    level: district
period: 2021-2025
base_year: 2020
indicators:
  - id: income_per_capita
    name: {{vi: Thu nhập bình quân đầu người, en: Income per person}}
    unit: million_vnd_per_person
    direction: increase
    source: {{section: II, item: 1}}
    targets:
      - {{kind: level, value: 70, year: 2025, text: Thu nhập đạt 70 triệu đồng/người}}
{extra}"""
GROSS_OUTPUT = """\
  - id: gross_output
    name: {vi: Giá trị sản xuất, en: Gross output}
    unit: billion_vnd
    direction: increase
    source: {section: II, item: 2}
    targets:
      - {kind: level, value: 9000, year: 2025, text: Giá trị sản xuất đạt 9.000 tỷ đồng}
"""


def two_districts(folder: Path) -> list[Plan]:
    (folder / "plans").mkdir(exist_ok=True)
    (folder / "plans" / "a.yaml").write_text(
        DISTRICT.format(id="huyen-a-2025", area="huyen-a", name="An Phú", extra=GROSS_OUTPUT),
        encoding="utf-8",
    )
    (folder / "plans" / "b.yaml").write_text(
        DISTRICT.format(id="huyen-b-2025", area="huyen-b", name="Bình Minh", extra=""),
        encoding="utf-8",
    )
    planset = load_plans([folder / "plans"])
    assert not planset.errors, planset.findings
    return [loaded.plan for loaded in planset.plans]


def read(folder: Path, name: str, text: str, plans: list[Plan], **options: Any) -> DataSet:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    data = read_actuals([path], plans, ReadOptions(**options))
    for report in data.files:
        assert report.rows == report.used + report.ignored + report.errors
    return data


WHOLE_DISTRICT = (
    "indicator,area,year,value\nincome_per_capita,Toàn huyện,2023,50\nincome_per_capita,,2024,55\n"
)


def test_whole_district_and_blank_rows_are_ambiguous_between_two_districts(
    tmp_path: Path,
) -> None:
    """ "Toàn huyện" says the level, not which district: it used to be scored as both."""
    plans = two_districts(tmp_path)
    data = read(tmp_path, "bao-cao.csv", WHOLE_DISTRICT, plans)
    assert data.observations == []
    (finding,) = data.findings
    assert finding.code == "ambiguous-plan" and finding.is_error
    assert "huyen-a-2025 or huyen-b-2025" in finding.message
    assert "lines 2, 3" in finding.message and "plan or area column" in finding.message
    report = data.files[0]
    assert (report.rows, report.used, report.errors) == (3, 0, 2)
    assert {r.code for r in data.rows if r.line > 1} == {"ambiguous-plan"}


def test_an_indicator_of_one_plan_does_not_say_the_file_is_that_plans(tmp_path: Path) -> None:
    """District B's report also gives gross output, which only A's plan has: B's income used to
    follow it to A ("the plan the rest of the file is about"), scored as A's, exit 0."""
    plans = two_districts(tmp_path)
    text = "indicator,year,value\ngross_output,2023,8000\nincome_per_capita,2023,50\n"
    data = read(tmp_path, "bao-cao.csv", text, plans)
    assert data.observations == []
    assert [f.code for f in data.findings] == ["ambiguous-plan"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("huyen-a-2023.csv", WHOLE_DISTRICT),  # the file's name starts with the area id
        ("Huyen_A 2023.csv", WHOLE_DISTRICT),  # case and separators do not count
        ("huyen-a-2025.csv", WHOLE_DISTRICT),  # the plan id
        ("bao-cao.csv", WHOLE_DISTRICT.replace("Toàn huyện", "huyện An Phú")),  # a named area
        (
            "bao-cao.csv",
            "plan,indicator,area,year,value\n"
            "huyen-a-2025,income_per_capita,Toàn huyện,2023,50\n"
            "huyen-a-2025,income_per_capita,,2024,55\n",
        ),
        (  # one row names the area: the file is A's, and so is its blank row
            "bao-cao.csv",
            "indicator,area,year,value\n"
            "income_per_capita,An Phú,2023,50\n"
            "income_per_capita,,2024,55\n",
        ),
    ],
)
def test_each_way_of_saying_which_plan(tmp_path: Path, name: str, text: str) -> None:
    plans = two_districts(tmp_path)
    data = read(tmp_path, name, text, plans)
    assert data.findings == []
    assert sorted((o.plan, o.year, o.value) for o in data.observations) == [
        ("huyen-a-2025", 2023, 50),
        ("huyen-a-2025", 2024, 55),
    ]


def test_a_file_named_for_one_plan_keeps_another_plans_indicator_out(tmp_path: Path) -> None:
    plans = two_districts(tmp_path)
    text = "indicator,year,value\nincome_per_capita,2023,50\n"
    only_b = [plan for plan in plans if plan.id == "huyen-b-2025"]
    data = read(tmp_path, "huyen-b-2023.csv", "indicator,year,value\ngross_output,2023,1\n", plans)
    (finding,) = data.findings
    assert finding.code == "unmatched-indicator"
    assert "not an indicator of huyen-b-2025, the plan of this file" in finding.message
    assert "huyen-a-2025" in finding.message
    named = read(tmp_path, "huyen-b-2023.csv", text, only_b)
    assert [(o.plan, o.value) for o in named.observations] == [("huyen-b-2025", 50)]


def test_check_with_two_districts_exits_2_and_says_how(tmp_path: Path) -> None:
    two_districts(tmp_path)
    (tmp_path / "bao-cao.csv").write_text(WHOLE_DISTRICT, encoding="utf-8")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        ambiguous = run("check", "bao-cao.csv", "--lang", "en")
        alone = run("check", "bao-cao.csv", "--plan", "plans/a.yaml", "--format", "json")
        vietnamese = run("check", "bao-cao.csv", "--lang", "vi")
    finally:
        os.chdir(cwd)
    assert ambiguous.exit_code == 2
    assert ambiguous.stdout.count("ambiguous-plan") == 1
    assert "check the file with that plan alone" in ambiguous.stdout
    assert "không rõ số liệu thuộc kế hoạch nào" in vietnamese.stdout
    assert alone.exit_code == 0, alone.output
    document = json.loads(alone.stdout)
    assert values(document, "huyen-a-2025", "income_per_capita") == {2023: 50, 2024: 55}


# --------------------------------------------------------------------------------------------
# The file's name, and the column-wise reader


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cau-ngang-actuals.csv", ["cau-ngang-2030"]),
        ("tan-hong-border-actuals.csv", ["tan-hong-border-2025"]),
        ("TAN_HONG_BORDER 2024.xlsx", ["tan-hong-border-2025"]),
        ("cau-ngang.csv", ["cau-ngang-2030"]),
        ("cau-ngangx.csv", []),  # the id must end at a separator
        ("bao-cao-cau-ngang.csv", []),  # at the start
        ("<stdin>", []),
    ],
)
def test_the_plans_a_file_name_starts_with(name: str, expected: list[str]) -> None:
    from plantrack.actuals.routing import plans_named_by

    plans = [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]
    assert [plan.id for plan in plans_named_by(name, plans)] == expected


def test_the_longest_id_wins() -> None:
    from plantrack.actuals.routing import plans_named_by

    plans = [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]
    border = next(plan for plan in plans if plan.id == "tan-hong-border-2025")
    district = border.model_copy(update={"id": "tan-hong-2025", "area": "tan-hong"})
    assert plans_named_by("tan-hong-border-x.csv", [district, border]) == [border]
    assert plans_named_by("tan-hong-x.csv", [district, border]) == [district]


def test_duckdb_routes_as_the_row_reader(tmp_path: Path) -> None:
    """Large long files are read by DuckDB; blank-area rows follow the same rule there."""
    plans = [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]
    rows = "".join(f"income_per_capita,,{year},{40 + year - 2000}\n" for year in range(2001, 2026))
    text = "indicator,area,year,value\n" + rows
    for name, expected in [("cau-ngang-panel.csv", {"cau-ngang-2030"}), ("panel.csv", set())]:
        fast = read(tmp_path, name, text, plans, engine="duckdb")
        slow = read(tmp_path, name, text, plans, engine="python")
        assert {o.plan for o in fast.observations} == expected
        assert sorted((o.plan, o.year, o.value) for o in fast.observations) == sorted(
            (o.plan, o.year, o.value) for o in slow.observations
        )
        assert [f.to_dict() for f in fast.findings] == [f.to_dict() for f in slow.findings]
    assert fast.blocks == [] and [f.code for f in fast.findings] == ["ambiguous-plan"]
    named = read(tmp_path, "cau-ngang-panel.csv", text, plans, engine="duckdb")
    assert named.blocks  # the name says the plan before the rows are read: read by DuckDB


def test_a_file_named_for_one_plan_whose_rows_name_another_is_the_row_readers(
    tmp_path: Path,
) -> None:
    """DuckDB would route blank rows by the file's name; when a row names another plan's area,
    the row reader reads the file, and the shared indicator is ambiguous."""
    plans = [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]
    rows = "".join(f"income_per_capita,,{year},{40 + year - 2000}\n" for year in range(2001, 2026))
    text = "indicator,area,year,value\n" + rows + "jobs_created,Bình Phú,2021,5\n"
    fast = read(tmp_path, "cau-ngang-panel.csv", text, plans, engine="duckdb")
    slow = read(tmp_path, "cau-ngang-panel.csv", text, plans, engine="python")
    assert not fast.blocks
    assert [f.to_dict() for f in fast.findings] == [f.to_dict() for f in slow.findings]
    assert [f.code for f in fast.findings] == ["ambiguous-plan"]
    assert "cau-ngang-2030 and tan-hong-border-2025" in fast.findings[0].message
    assert [(o.plan, o.indicator) for o in fast.observations] == [
        ("tan-hong-border-2025", "jobs_created")
    ]


# --------------------------------------------------------------------------------------------
# Did you mean (issue 16, item 18)


def test_an_unmatched_indicator_gets_the_closest_name(tmp_path: Path) -> None:
    plans = [loaded.plan for loaded in load_plans([ROOT / TAN_HONG]).plans]
    text = (
        "indicator,year,value\nincome_percapita,2021,48\nTy le ho ngeo,2021,3\nrice_output,2021,5\n"
    )
    data = read(tmp_path, "tan-hong-border-x.csv", text, plans)
    messages = [f.message for f in data.findings]
    assert [f.code for f in data.findings] == ["unmatched-indicator"] * 3
    assert messages[0].endswith("did you mean 'income_per_capita'?")
    assert "did you mean 'Tỷ lệ hộ nghèo' (poor_households_rate)?" in messages[1]
    assert "did you mean" not in messages[2]  # nothing close: no guess


def test_indicator_filter_suggests_the_closest(project: Path) -> None:
    result = run("check", "--indicator", "income_percapita", "--lang", "en")
    assert result.exit_code == 2
    assert "did you mean 'income_per_capita'?" in result.output
    explain = run("check", "--lang", "en", "--explain", "thu nhap binh quan dau nguoi x")
    assert explain.exit_code == 2
    assert "did you mean 'Thu nhập bình quân đầu người' (income_per_capita)?" in explain.output


def test_reading_from_a_stream_keeps_the_rule(tmp_path: Path) -> None:
    plans = [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]
    stdin = io.BytesIO(b"indicator,year,value\nincome_per_capita,2021,48\n")
    data = read_actuals(["-"], plans, stdin=stdin)
    assert [f.code for f in data.findings] == ["ambiguous-plan"] and not data.observations
