"""The CSV rows SQL writes for the targets it assessed (render/report_csv._sql_rows) name each
result's area by its place in its own target's list of areas: targets that list their areas in
another order, or only some of them, share no table of area cells by mistake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plantrack.actuals.read import ReadOptions
from plantrack.assessment.sql import SqlAssessment
from plantrack.render.report_csv import check_csv
from plantrack.report.build import CheckOptions, run_check

AREAS = ["c1", "c2", "c3"]
#: Three growth targets: every area in the plan's order, the same areas backwards, and two of them.
LISTS = {"g1": AREAS, "g2": AREAS[::-1], "g3": ["c3", "c1"]}


def plan_text() -> str:
    lines = [
        "id: panel",
        "title: {vi: Kế hoạch thử, en: Test plan}",
        "document: {type: {vi: Kế hoạch, en: Plan}, issuer: {vi: Tỉnh X, en: Province X}}",
        "level: province",
        "area: px",
        "areas:",
        "  - {id: px, name: {vi: Tỉnh X, en: Province X}, level: province}",
        *(
            f"  - {{id: {a}, name: {{vi: xã {a}, en: commune {a}}}, level: commune, parent: px}}"
            for a in AREAS
        ),
        "period: 2021-2030",
        "base_year: 2020",
        "indicators:",
    ]
    for number, (ident, areas) in enumerate(LISTS.items(), 1):
        lines += [
            f"  - id: {ident}",
            f"    name: {{vi: Chỉ tiêu {number}, en: Indicator {number}}}",
            "    unit: billion_vnd",
            "    direction: increase",
            f"    source: {{section: II, item: {number}}}",
            "    targets:",
            "      - kind: growth",
            "        value: 8%",
            "        period: 2021-2030",
            f"        areas: [{', '.join(areas)}]",
            "        text: Tăng bình quân 8%/năm",
        ]
    return "\n".join(lines) + "\n"


def test_targets_with_their_own_lists_of_areas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    rows = SqlAssessment.rows

    def recording(self: SqlAssessment, indicator: Any, target: Any) -> Any:
        found = rows(self, indicator, target)
        if found is not None:
            made.append(indicator.id)
        return found

    monkeypatch.setattr(SqlAssessment, "rows", recording)
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    # a different pace in each area, so that an area named wrongly changes its row
    figures = [
        f"{ident},{area},{year},{100 * (1 + 0.02 * number) ** (year - 2020):.2f}"
        for ident in LISTS
        for number, area in enumerate(AREAS, 1)
        for year in range(2020, 2025)
    ]
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(figures) + "\n", encoding="utf-8"
    )

    def csv_of(engine: str) -> str:
        report = run_check(
            [tmp_path / "plan.yaml"],
            [tmp_path / "panel.csv"],
            CheckOptions(read=ReadOptions(engine=engine), working=False),  # type: ignore[arg-type]
            lazy=True,
        )
        return check_csv(report, "en")

    python = csv_of("python")
    assert not made
    written = csv_of("duckdb")
    assert made == ["g1", "g2", "g3"]  # every target's rows made by SQL
    assert written == python
    order = [line.split(",")[2] + ":" + line.split(",")[1] for line in written.splitlines()[1:]]
    assert order == [f"{ident}:{area}" for ident, areas in LISTS.items() for area in areas]
