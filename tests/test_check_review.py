"""Fresh-eyes review of ``plantrack check``: bugs found by following the README and docs/check.md.

A reviewer who had only the README found 19 bugs; each first failed here as a strict xfail, and
all are now fixed, so every test states behaviour that holds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from plantrack.cli import main

from .conftest import MINIMAL_PLAN

COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m")  # a foreground colour, not only bold


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    runner = CliRunner()
    return runner.invoke(main, list(args), env={"PLANTRACK_LANG": None, **(env or {})})


def results(*args: str) -> list[dict[str, Any]]:
    result = run("check", "--format", "json", *args)
    document: dict[str, Any] = json.loads(result.stdout)
    return list(document["results"])


# --- tracebacks -----------------------------------------------------------------------------


def test_output_to_an_existing_folder_is_a_usage_error(in_root: Path, tmp_path: Path) -> None:
    result = run("check", "--format", "json", "-o", str(tmp_path))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert str(tmp_path) in result.output


def test_output_into_an_unwritable_folder_is_reported(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> Any:  # what a read-only folder does
        raise PermissionError(13, "Permission denied", str(kwargs.get("dir")))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run("check", "--format", "json", "-o", str(tmp_path / "report.json"))
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2


def test_encoding_utf16_on_a_utf8_file_is_a_finding(in_root: Path) -> None:
    result = run("check", "data/cau-ngang-actuals.csv", "--encoding", "utf-16")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 2
    assert "undecodable-text" in result.output


# --- colour and narrow terminals ---------------------------------------------------------------


def test_color_flag_wins_over_no_color(in_root: Path) -> None:
    forced = run("--color", "check", "--indicator", "income_per_capita", env={"NO_COLOR": "1"})
    assert COLOUR.search(forced.stdout)


def test_narrow_terminal_keeps_status_words_whole(in_root: Path) -> None:
    out = run(
        "check",
        "--indicator",
        "income_per_capita",
        "--indicator",
        "construction_output",
        env={"COLUMNS": "60"},
    ).stdout
    # too narrow for a table of this data: each result as lines (tests/test_table_widths.py)
    lines = out.splitlines()
    rows = [line for line in lines if line.startswith("│")]
    assert all(line.rstrip().endswith("│") for line in rows)
    assert any("▲ Cần tăng tốc" in line for line in lines)
    assert any("▼ Chậm tiến độ" in line for line in lines)
    assert max(len(line) for line in lines) <= 60


def test_table_at_70_columns_keeps_its_right_border(in_root: Path) -> None:
    out = run("check", "--indicator", "income_per_capita", env={"COLUMNS": "70"}).stdout
    rows = [line for line in out.splitlines() if line.startswith(("│", "┃"))]
    assert rows and all(line.rstrip()[-1] in "│┃" for line in rows)


# --- the numbers ---------------------------------------------------------------------------------


def test_projection_of_a_percentage_stays_within_0_and_100(in_root: Path) -> None:
    poor = next(
        r
        for r in results("--indicator", "poor_households_rate")
        if r["target"] == "poor_households_rate:level:2045"
    )
    assert poor["projected"] is not None
    assert 0 <= poor["projected"]["value"] <= 100


def test_latest_figure_is_shown_when_growth_cannot_be_computed(
    in_root: Path, tmp_path: Path
) -> None:
    minimal = MINIMAL_PLAN.replace("period: 2021-2025", "period: 2021-2030")
    minimal += (
        "  - id: output\n"
        "    name: {vi: Giá trị sản xuất, en: Output}\n"
        "    unit: billion_vnd\n"
        "    direction: increase\n"
        "    source: {section: II, item: 3}\n"
        "    targets:\n"
        "      - kind: growth\n"
        "        value: 10%\n"
        "        period: 2021-2025\n"
        "        text: tăng 10%/năm\n"
    )
    (tmp_path / "plan.yaml").write_text(minimal, encoding="utf-8")
    data = tmp_path / "d.csv"
    data.write_text("indicator,year,value\noutput,2020,0\noutput,2023,100\n", encoding="utf-8")
    output = next(
        r
        for r in results("--plan", str(tmp_path / "plan.yaml"), str(data))
        if r["indicator"] == "output"
    )
    assert output["latest"] is not None and output["latest"]["year"] == 2023


# --- --explain -----------------------------------------------------------------------------------


def test_explain_in_vietnamese_writes_reported_figures_vietnamese_style(in_root: Path) -> None:
    out = run(
        "check", "--explain", "income_per_capita", "--area", "cau-ngang", "--as-of", "2022"
    ).stdout
    assert "49,8 triệu đồng/người" in out
    assert "49.8 triệu" not in out


def test_explain_relative_target_lists_the_reference_figures(in_root: Path) -> None:
    out = run("check", "--explain", "school_enrolment_rate").stdout
    assert "data/tan-hong-border-actuals.csv:13" in out


def test_explain_relative_target_prints_each_note_once(in_root: Path) -> None:
    out = run("check", "--explain", "school_enrolment_rate").stdout
    assert out.count("estimate-used") == 1


def test_explain_qualitative_target_shows_each_year_and_its_place(in_root: Path) -> None:
    out = run("check", "--explain", "political_stability").stdout
    assert "2021" in out.split("Số liệu", 1)[1]
    assert "data/cau-ngang-actuals.csv:171" in out


def test_explain_with_format_json_is_refused(in_root: Path) -> None:
    """docs/check.md: --explain prints text and --format json carries the same working in each
    result's steps, "so the two are not combined (a usage error)"."""
    result = run("check", "--explain", "income_per_capita", "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--format json carries the same working in each result's steps" in result.stderr


def test_explain_with_no_result_speaks_vietnamese(in_root: Path) -> None:
    out = run("check", "--explain", "income_per_capita", "--status", "exceeded").stdout
    assert out.strip()
    assert "no result" not in out


# --- confusing output for a planning officer -------------------------------------------------------


def test_cumulative_target_shows_the_running_total_in_the_table(in_root: Path) -> None:
    out = run("check", "--indicator", "social_investment", env={"COLUMNS": "160"}).stdout
    assert "18,86" in out


def test_summary_line_does_not_double_the_separator(in_root: Path) -> None:
    out = run("check", "--as-of", "1900").stdout
    summary = next(line for line in out.splitlines() if line.startswith("Tổng hợp"))
    assert "Chưa có số liệu" in summary
    assert "· ·" not in summary


def test_area_filter_without_the_level_word_for_a_locality(in_root: Path) -> None:
    result = run("check", "--format", "json", "--area", "Dinh Bà")
    assert result.exit_code == 0, result.output
    assert {r["area"] for r in json.loads(result.stdout)["results"]} == {"dinh-ba"}


def test_area_filter_on_an_area_without_targets_is_not_an_empty_green_report(
    in_root: Path,
) -> None:
    """docs/check.md: a filter that names nothing is a usage error (unknown-filter, exit 2)."""
    result = run("check", "--format", "json", "--area", "huyện Tân Hồng")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown-filter --area 'huyện Tân Hồng': no target is set for that area" in (
        result.stderr
    )


def test_exchange_rate_with_a_year_out_of_range_gets_a_plain_message(in_root: Path) -> None:
    result = run("check", "--exchange-rate", "1800:USD=24000")
    assert result.exit_code == 2
    assert "pydantic" not in result.output
    assert "validation error" not in result.output
