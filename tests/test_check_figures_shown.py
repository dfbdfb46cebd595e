"""The figures ``plantrack check`` shows: a projection of a percentage within 0 and 100, the
latest figure when growth cannot be computed, the running total of a cumulative target, and a
summary line without a doubled separator.

Found by a reviewer who had only the README and docs/check.md; each first failed as a strict
xfail, and is now fixed.
"""

from __future__ import annotations

from pathlib import Path

from .check_session import results, run
from .conftest import MINIMAL_PLAN

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


def test_cumulative_target_shows_the_running_total_in_the_table(in_root: Path) -> None:
    out = run("check", "--indicator", "social_investment", env={"COLUMNS": "160"}).stdout
    assert "18,86" in out


def test_summary_line_does_not_double_the_separator(in_root: Path) -> None:
    out = run("check", "--as-of", "1900").stdout
    summary = next(line for line in out.splitlines() if line.startswith("Tổng hợp"))
    assert "Chưa có số liệu" in summary
    assert "· ·" not in summary
