"""A target judged in several areas (a district's eight communes) is one row, a column an area,
with the count offices report ("6/8 xã đạt"): in the table, and in the appendix model the Excel,
Word and HTML reports lay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrack.assessment.status import Status
from plantrack.render.appendix import appendices
from plantrack.report.build import CheckOptions, run_check
from tests.conftest import MINIMAL_PLAN

COMMUNES = [f"xa-{i}" for i in range(1, 9)]


def _plan() -> str:
    areas = "".join(
        f"  - id: {c}\n    name: {{vi: xã Số {i}, en: Commune {i}}}\n    level: commune\n"
        f"    parent: d\n"
        for i, c in enumerate(COMMUNES, 1)
    )
    plan = MINIMAL_PLAN.replace(
        "    level: district\nperiod", "    level: district\n" + areas + "period"
    )
    return plan.replace(
        "        text: Thu nhập bình quân đầu người đạt 68 triệu đồng/người\n",
        f"        areas: [{', '.join(COMMUNES)}]\n"
        "        text: Thu nhập bình quân đầu người mỗi xã đạt 68 triệu đồng/người\n",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "d.yaml").write_text(_plan(), encoding="utf-8")
    rows = ["indicator,area,year,value"]
    for i, commune in enumerate(COMMUNES, 1):
        rows.append(f"income,{commune},2020,40")
        rows.append(f"income,{commune},2025,{68 if i <= 6 else 60}")  # six of eight reach 68
    (tmp_path / "data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_the_appendix_counts_the_communes(folder: Path) -> None:
    report = run_check([folder / "plans"], [folder / "data.csv"], CheckOptions())
    assert len(report.targets) == 8
    (book,) = appendices(report, "vi")
    (row,) = book.rows
    assert row.verdict == "6/8 xã đạt"
    assert row.status is Status.NOT_ACHIEVED  # not every commune reached it
    assert [a.name for a in row.areas] == [f"xã Số {i}" for i in range(1, 9)]
    assert [a.status for a in row.areas] == [Status.ACHIEVED] * 6 + [Status.NOT_ACHIEVED] * 2
    (en,) = appendices(report, "en")[0].rows
    assert en.verdict == "6/8 communes met"


def test_the_table_shows_one_row_with_a_column_an_area(cli, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(folder)
    wide = cli("check", "data.csv", "-o", "out.txt")
    assert wide.exit_code == 0
    text = (folder / "out.txt").read_text(encoding="utf-8")
    assert "Kết quả theo địa bàn" in text
    assert "Địa bàn: xã Số 1" not in text  # no table a commune
    header = next(line for line in text.splitlines() if "xã Số 1" in line)
    assert all(f"xã Số {i}" in header for i in range(1, 5))
    assert text.count("✘ 6/8 xã đạt") == 1


def test_a_narrow_terminal_lists_the_areas(cli, folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(folder)
    result = cli("check", "data.csv", "--lang", "en", env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    start = lines.index("Results by area")
    assert lines[start + 1] == "• Income per person: ✘ 6/8 communes met"
    assert lines[start + 2] == "  Commune 1: ✔ Achieved; 2025: 68"
    assert lines[start + 8] == "  Commune 7: ✘ Not achieved; 2025: 60"
