"""``plantrack check --explain``: the working in the user's language, with the reference figures
and each year of a qualitative target, each note once, and refused with ``--format json``.

Found by a reviewer who had only the README and docs/check.md; each first failed as a strict
xfail, and is now fixed.
"""

from __future__ import annotations

from pathlib import Path

from .check_session import run

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
    result = run("check", "--explain", "income_per_capita", "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--format json carries the same working in each result's steps" in result.stderr


def test_explain_with_no_result_speaks_vietnamese(in_root: Path) -> None:
    out = run("check", "--explain", "income_per_capita", "--status", "exceeded").stdout
    assert out.strip()
    assert "no result" not in out
