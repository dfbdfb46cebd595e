"""The share and count kinds as a user meets them: ``plantrack validate``, ``template`` and
``check`` run on a plan folder, the verdicts read back from every format in both languages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from plantrack.assessment.status import LABELS, Status
from plantrack.cli import main

from .conftest import ROOT

COMMUNES = [f"c{i}" for i in range(1, 9)]

PLAN = """id: nx
title: {vi: Kế hoạch thử, en: Test plan}
document: {type: {vi: Kế hoạch}, issuer: {vi: UBND huyện Thử}, year: 2021}
level: district
area: d
areas:
  - {id: d, name: {vi: huyện Thử, en: Thu district}, level: district}
COMMUNES
period: 2021-2025
base_year: 2020
indicators:
  - id: budget
    name: {vi: Thu ngân sách, en: Budget revenue}
    unit: tỷ đồng
    source: {section: II, item: 7}
  - id: grdp
    name: {vi: Giá trị sản xuất, en: Gross output}
    unit: triệu đồng
    source: {section: II, item: 1}
  - id: budget_ratio
    name: {vi: Thu ngân sách so GTSX, en: Budget to output}
    unit: "%"
    percent: ratio
    direction: increase
    source: {section: II, item: 7}
    targets:
      - kind: share
        text: thu ngân sách bằng 36% giá trị sản xuất năm 2025
        numerator: budget
        denominator: grdp
        year: 2025
        at_least: 36
  - id: ntm
    name: {vi: Xã đạt chuẩn nông thôn mới, en: Commune meets the new-rural standard}
    unit: status
    source: {section: II, item: 9}
  - id: ntm_communes
    name: {vi: Số xã nông thôn mới, en: New-rural communes}
    unit: xã
    direction: increase
    source: {section: II, item: 9}
    targets:
      - kind: count
        text: 6/8 xã đạt chuẩn nông thôn mới năm 2025
        year: 2025
        at_least: 6
        criterion: ntm
        among: [c1, c2, c3, c4, c5, c6, c7, c8]
""".replace(
    "COMMUNES",
    "\n".join(
        f"  - {{id: {c}, name: {{vi: xã {c.upper()}}}, level: commune, parent: d}}"
        for c in COMMUNES
    ),
)

NAMES = {
    "budget_ratio": {"vi": "Thu ngân sách so GTSX", "en": "Budget to output"},
    "ntm_communes": {"vi": "Số xã nông thôn mới", "en": "New-rural communes"},
}


def _rows(
    shares: dict[int, tuple[float, float]], met: dict[int, list[str]], silent: list[str]
) -> str:
    """Budget (tỷ đồng) and output (triệu đồng) by year; each commune's state by year: met in
    the years given, not met in 2020 unless silent."""
    lines = ["indicator,area,year,value"]
    for year, (budget, output) in shares.items():
        lines += [f"budget,d,{year},{budget}", f"grdp,d,{year},{output}"]
    for commune in COMMUNES:
        if commune not in silent:
            lines.append(f"ntm,{commune},2020,chưa đạt")
    for year, communes in met.items():
        lines += [f"ntm,{commune},{year},đạt" for commune in communes]
    return "\n".join(lines) + "\n"


#: (as-of year, figures, expected status of the share and of the count, latest count text)
SCENARIOS: dict[str, tuple[int, str, Status, Status, str]] = {
    # at the deadline: 37 % of output (over 36: exceeded); 6 of 8 communes (achieved)
    "deadline": (
        2025,
        _rows({2025: (37, 100_000)}, {2022: COMMUNES[:2], 2025: COMMUNES[2:6]}, []),
        Status.EXCEEDED,
        Status.ACHIEVED,
        "2025: 6/8",
    ),
    # in the period: 30 % then 31 %, too slow for 36 % (at risk); 0 communes in 2020, 2 by
    # 2023: 0.67 a year against 1.2 needed (ratio 0.56: off track)
    "in-year": (
        2023,
        _rows({2021: (30, 100_000), 2023: (31, 100_000)}, {2023: COMMUNES[:2]}, []),
        Status.AT_RISK,
        Status.OFF_TRACK,
        "2023: 2/8",
    ),
    # in the period: 30 % then 28 %, moving away (regressing); 0 communes in 2020, 5 by 2023:
    # 1.67 a year against 1.2 needed (on track)
    "falling": (
        2023,
        _rows(
            {2021: (30, 100_000), 2023: (28, 100_000)},
            {2021: COMMUNES[:3], 2023: COMMUNES[3:5]},
            [],
        ),
        Status.REGRESSING,
        Status.ON_TRACK,
        "2023: 5/8",
    ),
    # at the deadline 28 % (not achieved); 5 communes met and c8 never reported: 5 or 6, so
    # the count cannot be judged (insufficient data)
    "falling-and-silent": (
        2025,
        _rows({2021: (30, 100_000), 2025: (28, 100_000)}, {2024: COMMUNES[:5]}, ["c8"]),
        Status.NOT_ACHIEVED,
        Status.INSUFFICIENT_DATA,
        "2025: 5/8",
    ),
}


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: str, *args: str) -> Any:
    (tmp_path / "plans").mkdir(exist_ok=True)
    (tmp_path / "plans" / "p.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "d.csv").write_text(data, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(
        main, list(args), catch_exceptions=False, env={"COLUMNS": "200", "PLANTRACK_LANG": None}
    )


def _statuses(output: str, fmt: str, lang: str) -> dict[str, tuple[str, str]]:
    """indicator -> (the status as this format says it; for JSON the latest count as
    "2025: 6/8", for the table and Markdown the indicator's whole row)."""
    found: dict[str, tuple[str, str]] = {}
    if fmt == "json":
        document = json.loads(output)
        for result in document["results"]:
            latest = result["latest"]
            text = ""
            if result["kind"] == "count" and latest is not None:
                text = f"{latest['year']}: {latest['value']:g}/{result['out_of']}"
            found[result["indicator"]] = (result["status"], text)
        return found
    if fmt == "csv":
        for row in csv.DictReader(io.StringIO(output)):
            assert row["status_label"] == LABELS[Status(row["status"])][0 if lang == "vi" else 1]
            found[row["indicator"]] = (row["status"], "")
        return found
    for indicator, names in NAMES.items():
        line = next(line for line in output.splitlines() if names[lang] in line)
        status = (
            next(
                s
                for s in Status
                if f" {LABELS[s][0 if lang == 'vi' else 1]}" in line.split("|")[-2]
            )
            if fmt == "markdown"
            else next(
                s for s in Status if LABELS[s][0 if lang == "vi" else 1] in line.split("│")[-2]
            )
        )
        found[indicator] = (status.value, line)
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_share_and_count_verdicts_in_every_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scenario: str, fmt: str, lang: str
) -> None:
    as_of, data, share, count, latest = SCENARIOS[scenario]
    result = _run(
        tmp_path, monkeypatch, data, "check", "--as-of", str(as_of), "--format", fmt, "--lang", lang
    )
    assert result.exit_code == 0, result.output
    found = _statuses(result.stdout, fmt, lang)
    assert found["budget_ratio"][0] == share.value
    assert found["ntm_communes"][0] == count.value
    if fmt == "json":
        assert found["ntm_communes"][1] == latest
        schema = json.loads((ROOT / "schema" / "check.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(result.stdout), schema)
    elif fmt in ("table", "markdown"):
        assert latest in found["ntm_communes"][1]


def test_the_target_phrases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = SCENARIOS["deadline"][1]
    document = json.loads(_run(tmp_path, monkeypatch, data, "check", "--format", "json").stdout)
    phrases = {r["indicator"]: r["target_phrase"] for r in document["results"]}
    assert phrases["budget_ratio"] == {
        "vi": "≥ 36% so với Giá trị sản xuất, đến năm 2025",
        "en": "≥ 36% of Gross output, by 2025",
    }
    assert phrases["ntm_communes"] == {
        "vi": "≥ 6/8 xã đến năm 2025",
        "en": "≥ 6/8 communes by 2025",
    }


def test_the_working_shows_both_inputs_of_a_computed_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = SCENARIOS["in-year"][1]
    out = _run(
        tmp_path,
        monkeypatch,
        data,
        "check",
        "--as-of",
        "2023",
        "--explain",
        "budget_ratio",
        "--lang",
        "en",
    ).stdout
    assert "share-computed: the share for 2021, 2023 is computed" in out
    assert "2023: 31 billion VND  data/d.csv" in out
    assert "2023: 100,000 million VND  data/d.csv" in out
    assert "S_2023 = 100 * N_2023 * k / D_2023\n      = 100 * 31 * 1,000 / 100,000 = 31" in out
    vi = _run(
        tmp_path, monkeypatch, data, "check", "--as-of", "2023", "--explain", "budget_ratio"
    ).stdout
    assert "tỷ lệ năm 2021, 2023 được tính từ số liệu của budget và grdp" in vi


def test_the_working_names_the_areas_of_a_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = SCENARIOS["falling-and-silent"][1]
    out = _run(tmp_path, monkeypatch, data, "check", "--explain", "ntm_communes").stdout
    assert "count-incomplete" in out
    assert "Thiếu số liệu" in out
    assert "chưa có báo cáo ntm đến năm 2025 của c8" in out
    assert (
        "số năm 2025 được tổng hợp từ báo cáo ntm của từng địa bàn: 5/8 (c1, c2, c3, c4, c5)" in out
    )


def test_inputs_are_listed_in_the_template_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = SCENARIOS["deadline"][1]
    result = _run(tmp_path, monkeypatch, data, "template", "plans/p.yaml")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    listed = [(row[1], row[4]) for row in rows[1:]]
    assert ("budget", "huyện Thử") in listed
    assert ("grdp", "huyện Thử") in listed
    assert [area for indicator, area in listed if indicator == "ntm"] == [
        f"xã {c.upper()}" for c in COMMUNES
    ]
    # every figure of the inputs is used, none ignored (the header row is the one ignored)
    document = json.loads(_run(tmp_path, monkeypatch, data, "check", "--format", "json").stdout)
    (read,) = document["inputs"]
    assert read["errors"] == 0
    assert read["used"] == len(data.splitlines()) - 1


def test_a_plan_with_share_and_count_targets_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(tmp_path, monkeypatch, "", "validate", "--lang", "en", "plans")
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.stderr


def test_the_examples_of_plan_format_are_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The share and count examples of docs/plan-format.md, put in one plan, validate."""
    import re

    text = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    share = next(b for b in blocks if "kind: share" in b)
    count = next(b for b in blocks if "kind: count" in b)
    villages = "".join(
        f"  - {{id: lang-{i}, name: {{vi: làng {i}}}, level: locality, parent: son-lang}}\n"
        for i in range(2, 10)
    )
    areas, indicators = count.split("indicators:\n")
    plan = (
        "id: t\ntitle: {vi: Thử}\ndocument: {type: {vi: Kế hoạch}, issuer: {vi: UBND}, "
        "year: 2021}\nlevel: commune\narea: son-lang\nperiod: 2021-2025\nbase_year: 2020\n"
        + areas.replace("  # ... the other villages\n", villages)
        + "indicators:\n"
        + share
        + indicators
    )
    (tmp_path / "p.yaml").write_text(plan, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["validate", "--lang", "en", "p.yaml"], env={"PLANTRACK_LANG": None}
    )
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.stderr
