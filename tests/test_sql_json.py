"""The JSON results SQL writes for the targets it assessed (render/report_json_sql.py): every
field of each result, its working (steps with their substituted numbers), its notes and reason
(the catalogue's messages) and the figures it used, byte for byte as Python writes them.

The differential panels of tests/test_sql_assessment.py are drawn again and written as JSON by
both engines; the SQL path must be taken for exactly the targets whose kind describes its
working (:mod:`plantrack.assessment.sql.working`). A step's numbers are written by DuckDB's
``printf('%.6g')``, which must be Python's ``f"{x:.6g}"``: checked first, on its own.
"""

from __future__ import annotations

import io
import json
import math
import struct
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import ReadOptions
from plantrack.render.report_json import write_json
from plantrack.render.report_json_sql import SqlJson
from plantrack.report.build import CheckOptions, run_check

from . import test_sql_assessment as sql_tests

#: The targets whose JSON SQL writes, of each group of drawn panels: the kinds with a working.
WRITTEN = {
    "growth and level": {ident for ident, *_, lines in sql_tests.GROWTH if "kind: growth" in lines}
    & sql_tests.SQL_TARGETS,
    "change": sql_tests.CHANGE_TARGETS,
    "cumulative and every year": set(),
}
PANELS = {
    "growth and level": sql_tests.clean_panel(),
    "change": sql_tests.change_panel(),
    "cumulative and every year": sql_tests.period_panel(),
}


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The indicators whose target's results SQL wrote as JSON, in the order it wrote them."""
    found: list[str] = []
    results = SqlJson.results

    def recording(self: SqlJson, item: Any) -> str:
        found.append(item.indicator.id)
        return results(self, item)

    monkeypatch.setattr(SqlJson, "results", recording)
    return found


def json_of(folder: Path, engine: str, as_of: int | None) -> tuple[str, bool]:
    """The JSON report (``check --format json``'s text) and whether DuckDB read the file."""
    report = run_check(
        [folder / "plan.yaml"],
        [folder / "panel.csv"],
        CheckOptions(read=ReadOptions(engine=engine), as_of=as_of),  # type: ignore[arg-type]
        lazy=True,
    )
    out = io.StringIO()
    write_json(report, out)
    return out.getvalue(), bool(report.data.blocks)


def test_six_digits_in_sql_are_pythons() -> None:
    """DuckDB's ``printf('%.6g')`` writes every double as Python's ``f"{x:.6g}"``: random bit
    patterns (every magnitude), rounding edges, and the integers put into a formula."""
    values = [
        struct.unpack("<d", struct.pack("<Q", (n * 0x9E3779B97F4A7C15) % 2**64))[0]
        for n in range(20000)
    ]
    values = [value for value in values if math.isfinite(value)]
    values += [0.0, -0.0, 1e-05, 1e-04, 1e16, 999999.5, 9999995.0, 123456.5, 0.1, 2025.0, 1.0]
    values += [5e-324, 1.7976931348623157e308, -1.25e-07, 0.10397576994615343, 1234565.0]
    con = duckdb.connect()
    written = con.execute("SELECT printf('%.6g', unnest(?::DOUBLE[]))", [values]).fetchall()
    assert [text for (text,) in written] == [f"{value:.6g}" for value in values]


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.sampled_from(sorted(PANELS)).flatmap(lambda kinds: st.tuples(st.just(kinds), PANELS[kinds])),
    st.one_of(st.none(), st.integers(2021, 2026), st.integers(2014, 2033)),
)
def test_json_written_by_sql_is_pythons(
    tmp_path: Path, written: list[str], drawn: tuple[str, str], as_of: int | None
) -> None:
    """The drawn panels' JSON, SQL's and Python's, byte for byte; SQL writes the targets of the
    kinds whose working it describes, every other target is Python's."""
    kinds, text = drawn
    written.clear()  # one list for every drawn example
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(text, encoding="utf-8")
    python, _ = json_of(tmp_path, "python", as_of)
    assert not written
    made, read = json_of(tmp_path, "duckdb", as_of)
    assert made == python
    have = {line.split(",")[0] for line in text.splitlines()[1:]} if read else set()
    assert set(written) == WRITTEN[kinds] & have


def test_growth_working_by_hand(tmp_path: Path, written: list[str]) -> None:
    """Growth results of each shape, as of 2022, written by SQL as Python writes them: a share
    whose projection is capped at the unit's 100 (an integer in the unit: the note says ``100``)
    and whose pace is beyond it, a pace out of reach, a range, a limit with a base moved, one
    already met, a base not positive, a period not started."""
    series = {
        ("g6", "c1"): {2020: 80, 2021: 90, 2022: 99},  # capped at 100, out of the unit's reach
        ("g6", "c2"): {2020: 10, 2021: 11, 2022: 12.5},
        ("i1", "c1"): {2020: 100, 2021: 50, 2022: 20},  # far behind: out of reach
        ("i1", "c2"): {2020: 100, 2022: 250},  # already met
        ("g2", "c1"): {2020: 100, 2021: 104, 2022: 108.16},  # inside the range
        ("g2", "c2"): {2020: 100, 2022: 130},  # above it
        ("g5", "c1"): {2023: 5, 2024: 4},  # not started
        ("g7", "c1"): {2021: 5, 2022: 6},  # base moved; less than 3 %: a limit
        ("g1", "c1"): {2020: 0, 2022: 4},  # a base of 0
        ("g1", "c2"): {2020: 3, 2021: -1, 2022: 4},  # a level below 0 after it
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _ = json_of(tmp_path, "python", 2022)
    made, read = json_of(tmp_path, "duckdb", 2022)
    assert read and sorted(written) == ["g1", "g2", "g5", "g6", "g7", "i1"]
    assert made == python
    results = {(r["indicator"], r["area"]): r for r in json.loads(made)["results"]}
    capped = results[("g6", "c1")]
    assert capped["projected"]["value"] == 100 and capped["reason"]["code"] == "out-of-reach-unit"
    assert capped["notes"][0]["message"].endswith("the projection is 100")
    assert [s["name"] for s in capped["steps"]] == [
        "observed_rate",
        "gap",
        "ratio",
        "catch_up_rate",
        "projected",
    ]
    assert [n["code"] for n in results[("i1", "c1")]["notes"]] == ["out-of-reach"]
    assert [n["code"] for n in results[("i1", "c2")]["notes"]] == ["already-met"]
    assert results[("g2", "c1")]["steps"][1]["formula"] == "0 (low <= g <= high)"
    assert results[("g2", "c2")]["steps"][1]["formula"] == "g - edge"
    assert results[("g5", "c1")]["reason"]["code"] == "not-started"
    assert [n["code"] for n in results[("g7", "c1")]["notes"]] == ["base-moved", "limit"]
    assert results[("g7", "c1")]["base"]["moved"] is True
    assert results[("g1", "c1")]["reason"]["message"].endswith("(base 0.0, latest -)")
    assert results[("g1", "c2")]["reason"]["message"].endswith("(base 3.0, latest -1.0)")
    assert [n["code"] for n in results[("g1", "c2")]["notes"]] == ["approximate"]


def test_change_working_by_hand(tmp_path: Path, written: list[str]) -> None:
    """Change results of each shape, as of 2023, written by SQL as Python writes them: a share
    whose projection is capped at 0 % and whose pace still needed leaves the unit, a base moved
    (with figures before the base year), a ceiling (its pace kept), "about" met already and one
    far behind (out of reach), a period not started, one point, no base, a deadline passed
    with and without its figure, a target of 0 (no ratio), no data."""
    series = {
        ("i5", "c1"): {2020: 5, 2021: 3.5, 2022: 2, 2023: 0.5},  # capped at 0, beyond the unit
        ("i5", "c2"): {2018: 30, 2021: 28.5, 2022: 27.5, 2023: 27},  # base moved to 2021
        ("h1", "c1"): {2020: 10, 2021: 9, 2022: 8.5, 2023: 8},  # at most 2 a year: kept
        ("h1", "c2"): {2020: 20, 2023: 5},
        ("h2", "c1"): {2020: 100, 2021: 200},  # about 10 a year: met already
        ("h2", "c2"): {2020: 300, 2023: 100},  # far behind: out of reach
        ("h3", "c1"): {2020: 10, 2022: 7},
        ("h4", "c1"): {2023: 5},  # not started (2024-2030)
        ("h5", "c1"): {2018: 100, 2019: 96, 2021: 80},  # its own base year
        ("h6", "c1"): {2021: 70},  # base moved to one point
        ("h6", "c2"): {2016: 40, 2019: 30},  # nothing from the base year on: no base
        ("h7", "c1"): {2020: 10, 2021: 8, 2023: 3},  # deadline passed
        ("h7", "c2"): {2020: 10, 2022: 6},  # no figure for the deadline
        ("h8", "c1"): {2020: 5, 2021: 5, 2022: 5.5, 2023: 5},  # a target of 0: no ratio, met
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _ = json_of(tmp_path, "python", 2023)
    made, read = json_of(tmp_path, "duckdb", 2023)
    assert read and sorted(written) == ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "i5"]
    assert made == python
    results = {(r["indicator"], r["area"]): r for r in json.loads(made)["results"]}
    capped = results[("i5", "c1")]
    assert capped["reason"]["code"] == "out-of-reach-unit" and capped["projected"]["value"] == 0
    assert [n["code"] for n in capped["notes"]] == ["projection-capped"]
    assert [s["name"] for s in capped["steps"]] == [
        "observed_rate",
        "ratio",
        "catch_up_rate",
        "projected",
    ]
    assert [(y["year"], y["value"], y["met"]) for y in capped["years"]] == [
        (2021, 1.5, True),
        (2022, 1.5, True),
        (2023, 1.5, True),
    ]
    moved = results[("i5", "c2")]
    assert (moved["base"]["year"], moved["base"]["value"], moved["base"]["moved"]) == (
        2021,
        28.5,
        True,
    )
    assert [n["code"] for n in moved["notes"]] == ["base-moved"]
    assert [v["year"] for v in moved["values"]] == [2018, 2021, 2022, 2023]
    assert [y["year"] for y in moved["years"]] == [2022, 2023]
    assert "catch_up_rate" in [s["name"] for s in results[("h1", "c1")]["steps"]]
    met = results[("h2", "c1")]
    assert [n["code"] for n in met["notes"]] == ["approximate", "already-met"]
    assert "catch_up_rate" not in [s["name"] for s in met["steps"]]
    assert [n["code"] for n in results[("h2", "c2")]["notes"]] == ["approximate", "out-of-reach"]
    assert results[("h4", "c1")]["reason"]["code"] == "not-started"
    assert results[("h6", "c1")]["reason"]["code"] == "one-point"
    assert [n["code"] for n in results[("h6", "c1")]["notes"]] == ["base-moved"]
    assert results[("h6", "c2")]["reason"]["code"] == "no-base"
    assert len(results[("h6", "c2")]["values"]) == 2 and results[("h6", "c2")]["trend"] == "linear"
    passed = results[("h7", "c1")]  # 2023 not judged on its own: no 2022
    assert [y["year"] for y in passed["years"]] == [2021] and passed["counted_years"] == 1
    assert passed["status"] == "achieved" and passed["catch_up_rate"] is None
    assert results[("h7", "c2")]["reason"]["code"] == "no-deadline-value"
    nothing = results[("h8", "c1")]  # a change of 0 already meets 0: no pace still needed
    assert [s["name"] for s in nothing["steps"]] == ["observed_rate", "projected"]
    assert nothing["ratio"] is None and [n["code"] for n in nothing["notes"]] == ["already-met"]
    assert results[("h8", "c2")]["reason"]["code"] == "no-data"
    assert results[("h8", "c2")]["values"] == [] and results[("h8", "c2")]["trend"] is None
