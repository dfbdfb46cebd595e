"""``plantrack check`` in colour when asked, and its table whole in a narrow terminal.

Found by a reviewer who had only the README and docs/check.md; each first failed as a strict
xfail, and is now fixed.
"""

from __future__ import annotations

from pathlib import Path

from .check_session import COLOUR, run

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
