"""Every output but JSON and ``--explain`` is made without the working, and is byte for byte
what it is with the working recorded (as before fffc9f1).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

import plantrack.report.build
from plantrack.report.build import CheckOptions, run_check

# --------------------------------------------------------------------------------------------
# fffc9f1: the working only for JSON and --explain


HEADER = "indicator,area,year,value\n"


def _rows(*rows: str) -> str:
    return HEADER + "".join(row + "\n" for row in rows)


EVERY_KIND_PLAN = """\
id: every-kind
title: {vi: Mọi loại chỉ tiêu, en: Every kind}
document:
  type: {vi: Kế hoạch, en: Plan}
  issuer: {vi: UBND huyện D, en: People's Committee of D district}
level: district
area: d
areas:
  - id: d
    name: {vi: huyện D, en: D district}
    level: district
  - id: p
    name: {vi: tỉnh P, en: P province}
    level: province
  - id: c
    name: {vi: xã C, en: C commune}
    level: commune
    parent: d
period: 2021-2025
base_year: 2020
indicators:
  - id: income
    name: {vi: Thu nhập bình quân, en: Income per person}
    unit: million_vnd_per_person
    direction: increase
    source: {section: II, item: 1}
    targets:
      - kind: level
        value: 68
        year: 2025
        areas: [d, c]
        text: Thu nhập đạt 68 triệu đồng
      - kind: growth
        at_least: 8%
        period: 2021-2025
        text: Tăng bình quân 8%/năm
      - kind: cumulative
        at_least: 250
        period: 2021-2025
        text: Tổng 5 năm trên 250
      - kind: annual
        at_least: 45
        period: 2021-2025
        text: Hằng năm từ 45 trở lên
      - kind: change
        at_least: 2
        period: 2021-2025
        text: Mỗi năm tăng 2
  - id: coverage
    name: {vi: Tỷ lệ bao phủ, en: Coverage}
    unit: percent
    direction: increase
    source: {section: II, item: 2}
    targets:
      - kind: relative
        period: 2021-2025
        reference_area: p
        relation: at_least
        text: Đạt mức bình quân của tỉnh
      - kind: level
        range: [90, 95]
        year: 2025
        text: Từ 90 đến 95%
  - id: milestone
    name: {vi: Đạt chuẩn, en: Milestone}
    unit: status
    source: {section: II, item: 3}
    targets:
      - kind: qualitative
        year: 2024
        text: Đạt chuẩn năm 2024
      - kind: qualitative
        period: 2021-2025
        text: Giữ vững hằng năm
"""
EVERY_KIND_DATA = _rows(
    "income,d,2020,40",
    "income,d,2021,44.5",
    "income,d,2022,49",
    "income,d,2023,52.25",
    "income,c,2020,30",
    "income,c,2022,31",
    "coverage,d,2021,88",
    "coverage,d,2022,91",
    "coverage,d,2023,93.5",
    "coverage,p,2021,89",
    "coverage,p,2022,90",
    "coverage,p,2023,92",
    "milestone,d,2021,Chưa đạt",
    "milestone,d,2022,Đạt",
    "milestone,d,2023,Đạt",
)

FORMATS = ("table", "json", "csv", "markdown", "github")


def _always_working(**options: Any) -> CheckOptions:
    return dataclasses.replace(CheckOptions(**options), working=True)


@pytest.mark.parametrize("inputs", ["bundled", "every-kind"])
def test_every_format_is_the_same_with_the_working_recorded(
    cli: Any, in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inputs: str
) -> None:
    if inputs == "bundled":
        args: list[str] = []
        explained = ["income_per_capita", "district_new_rural", "school_enrolment_rate"]
        report = run_check(["plans"], ["data"])
    else:
        plan, data = tmp_path / "plan.yaml", tmp_path / "data.csv"
        plan.write_text(EVERY_KIND_PLAN, encoding="utf-8")
        data.write_text(EVERY_KIND_DATA, encoding="utf-8")
        args = [str(data), "--plan", str(plan)]
        explained = ["income", "coverage", "milestone"]
        report = run_check([plan], [data])
        kinds = {item.result.kind for item in report.targets}
        assert kinds == {
            "growth",
            "level",
            "cumulative",
            "annual",
            "change",
            "relative",
            "qualitative",
        }
    assert not report.findings and any(item.result.steps for item in report.targets)
    runs = [
        [*args, "--format", fmt, *more]
        for fmt in FORMATS
        for more in ([], ["--lang", "en"], ["--as-of", "2022"])
    ]
    runs += [[*args, "--explain", indicator] for indicator in explained]
    shipped = {tuple(run): cli("check", *run) for run in runs}
    monkeypatch.setattr(plantrack.report.build, "CheckOptions", _always_working)
    for run in runs:
        before = cli("check", *run)  # what every format printed before fffc9f1
        after = shipped[tuple(run)]
        assert (after.stdout_bytes, after.stderr_bytes) == (
            before.stdout_bytes,
            before.stderr_bytes,
        )
        assert after.exit_code == before.exit_code
        if "json" in run:  # JSON carries the working
            assert any(result["steps"] for result in json.loads(after.stdout)["results"])
        if "--explain" in run and run[-1] in ("income_per_capita", "income"):
            assert "Cách tính:" in after.stdout


def test_only_json_and_explain_are_made_with_the_working(
    cli: Any, in_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[bool] = []
    real = plantrack.report.build.CheckOptions

    def record(**options: Any) -> CheckOptions:
        made.append(options.get("working", True) or options.get("explain") is not None)
        return real(**options)

    monkeypatch.setattr(plantrack.report.build, "CheckOptions", record)
    for fmt in FORMATS:
        cli("check", "--format", fmt)
    cli("check", "--explain", "income_per_capita")
    assert made == [False, True, False, False, False, True]
    explained = cli("check", "--explain", "income_per_capita", "--lang", "en").stdout
    assert "Working:" in explained
