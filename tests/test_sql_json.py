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
from plantrack.assessment import sql as sql_assessment
from plantrack.render.report_json import write_json
from plantrack.render.report_json_sql import SqlJson
from plantrack.report.build import CheckOptions, run_check

from . import test_sql_assessment as sql_tests
from .test_sql_assessment import recorded  # noqa: F401 (a fixture)

#: The targets whose JSON SQL writes, of each group of drawn panels: the kinds with a working.
WRITTEN = {
    "growth and level": {
        ident
        for ident, *_, lines in sql_tests.GROWTH
        if "kind: growth" in lines or "kind: level" in lines
    }
    & sql_tests.SQL_TARGETS,
    "change": sql_tests.CHANGE_TARGETS,
    "cumulative and every year": sql_tests.PERIOD_TARGETS,
}
PANELS = {
    "growth and level": sql_tests.clean_panel(),
    "change": sql_tests.change_panel(),
    "cumulative and every year": sql_tests.period_panel(),
}


@pytest.fixture(autouse=True)
def every_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQL writes the JSON of a target of any number of areas (the panels here have two or
    three; :data:`~plantrack.assessment.sql.WORKING_MIN_AREAS` is tested on its own)."""
    monkeypatch.setattr(sql_assessment, "WORKING_MIN_AREAS", 0)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The indicators whose target's results SQL wrote as JSON, in the order it wrote them."""
    found: list[str] = []
    results = SqlJson.results

    def recording(self: SqlJson, batch: list[Any]) -> list[bytes]:
        found.extend(item.indicator.id for item in batch)
        return results(self, batch)

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


def both_ways(tmp_path: Path, series: dict[tuple[str, str], dict[int, float]], as_of: int) -> Any:
    """The JSON of a panel of ``series`` (by indicator and area, figures by year) as of
    ``as_of``: DuckDB read it, and SQL's JSON is Python's byte for byte; its results by
    (indicator, area)."""
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _ = json_of(tmp_path, "python", as_of)
    made, read = json_of(tmp_path, "duckdb", as_of)
    assert read and made == python
    return {(r["indicator"], r["area"]): r for r in json.loads(made)["results"]}


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
    results = both_ways(tmp_path, series, 2022)
    assert sorted(written) == ["g1", "g2", "g5", "g6", "g7", "i1"]
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


def test_integers_in_formulas_are_pythons() -> None:
    """An integer put into a formula (a year, a direction) is written as ``f"{n:.6g}"`` writes
    it: its digits below a million, six significant digits from there."""
    from plantrack.render.report_json_sql import _Texts

    numbers = [0, 1, -1, 2025, 999999, -999999, 1000000, 1234567, -7654321, 10**12 + 5]
    texts = _Texts()
    assert texts.six("n", integer=True) == "x.t0"
    written = (
        duckdb.connect()
        .execute(f"SELECT {texts.select()} FROM (SELECT unnest(?::BIGINT[]) AS n)", [numbers])
        .fetchall()
    )
    assert [text for (text,) in written] == [f"{n:.6g}" for n in numbers]


def test_level_working_by_hand(tmp_path: Path, written: list[str]) -> None:
    """Level results of each shape, as of 2022, written by SQL as Python writes them: geometric
    and linear trends (a share's own, a target of 0 falling back to linear), a base moved, a
    projection capped at the unit's 100, paces out of reach (in the unit's words and as a
    percentage), met at the base, already met (a ceiling keeps its pace), one point, the
    deadline's figure and no figure for it, no base, an as-of year before the base, no data.
    (Reason ``out-of-reach-unit`` needs a level beyond the unit's range, which a plan may not
    set: the pace still needed leads to the target itself.)"""
    series = {
        ("l1", "c1"): {2021: 300, 2022: 330},  # base moved, geometric
        ("l1", "c2"): {2020: 480, 2022: 100},  # a pace out of reach (a percentage)
        ("i2", "c1"): {2020: 88, 2022: 80},  # linear: out of reach in the unit (+1.25)
        ("l5", "c1"): {2018: 10, 2020: 8, 2022: 6},  # a target of 0: linear fallback
        ("l6", "c1"): {2020: 50, 2022: 90},  # projection capped at 100
        ("l2", "c1"): {2020: 40},  # a ceiling met at the base
        ("l2", "c2"): {2020: 80, 2022: 45},  # a ceiling already met: its pace kept
        ("l3", "c1"): {2020: 100, 2022: 201},  # about: already met, no pace left
        ("l3", "c2"): {2022: 150},  # one point (a base moved)
        ("l7", "c1"): {2020: 900, 2021: 950},  # no figure for the deadline
        ("l7", "c2"): {2021: 900, 2022: 1100},  # the deadline's figure: no base moved told
        ("l4", "c1"): {2019: 50},  # no base
        ("l8", "c1"): {2023: 120, 2024: 110},  # as of before its base year; c2: no data
    }
    results = both_ways(tmp_path, series, 2022)
    assert sorted(written) == ["i2", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8"]

    def codes(ident: str, area: str) -> list[str]:
        return [note["code"] for note in results[(ident, area)]["notes"]]

    def reason(ident: str, area: str) -> str | None:
        said = results[(ident, area)]["reason"]
        return None if said is None else str(said["code"])

    def steps(ident: str, area: str) -> list[str]:
        return [step["name"] for step in results[(ident, area)]["steps"]]

    moved = results[("l1", "c1")]
    assert moved["trend"] == "geometric" and moved["base"]["moved"] is True
    assert codes("l1", "c1") == ["base-moved"]
    assert steps("l1", "c1") == [
        "observed_rate",
        "required_rate",
        "catch_up_rate",
        "projected",
        "ratio",
    ]
    assert moved["steps"][0]["inputs"] == {"V_t": 330.0, "V_b": 300.0, "t": 2022, "b": 2021}
    assert codes("l1", "c2") == ["out-of-reach"]
    linear = results[("i2", "c1")]
    assert linear["trend"] == "linear" and codes("i2", "c1") == ["out-of-reach"]
    assert "+1.25" in linear["notes"][0]["message"]
    assert results[("l5", "c1")]["trend"] == "linear" and codes("l5", "c1") == ["linear-fallback"]
    assert results[("l5", "c1")]["steps"][0]["formula"] == "(V_t - V_b) / (t - b)"
    capped = results[("l6", "c1")]
    assert capped["projected"]["value"] == 100 and codes("l6", "c1") == ["projection-capped"]
    assert codes("l2", "c1") == ["met-at-base"] and results[("l2", "c1")]["trend"] is None
    assert codes("l2", "c2") == ["already-met"] and "catch_up_rate" in steps("l2", "c2")
    assert codes("l3", "c1") == ["approximate", "already-met"]
    assert "catch_up_rate" not in steps("l3", "c1")
    assert results[("l3", "c1")]["catch_up_rate"] is None
    assert reason("l3", "c2") == "one-point" and codes("l3", "c2") == ["approximate", "base-moved"]
    assert reason("l7", "c1") == "no-deadline-value" and "projected" in steps("l7", "c1")
    assert results[("l7", "c2")]["status"] == "exceeded" and codes("l7", "c2") == []
    assert results[("l7", "c2")]["base"]["moved"] is True
    assert reason("l4", "c1") == "no-base" and results[("l4", "c1")]["values"] == []
    assert reason("l8", "c1") == "as-of-before-base" and reason("l8", "c2") == "no-data"


def test_cumulative_and_annual_working_by_hand(tmp_path: Path, written: list[str]) -> None:
    """Cumulative and every-year results of each shape, as of 2023 and 2025, written by SQL as
    Python writes them: a total behind (its ratio "projected / X"), met early, a ceiling passed
    early (its pace still given) or kept (its ratio "X / projected"), a pace out of reach on an
    "about" target (and, in 2025, its deadline without a figure), a year missing, no figure in
    the period, a period not started, no series at all; every year met, years missed (and a
    year without a figure among them), a year without a figure before the deadline (a note) and
    at it (the reason), every year exceeded."""
    series: dict[tuple[str, str], dict[int, float]] = {
        ("i3", "c1"): {2021: 10, 2022: 10, 2023: 10},  # 30: far behind 500
        ("i3", "c2"): {2021: 300, 2022: 300},  # 600 >= 500: met early
        ("u1", "c1"): {2021: 200, 2022: 150},  # at most 300, passed
        ("u1", "c2"): {2021: 10, 2022: 20, 2023: 30},  # kept: X / projected
        ("u2", "c1"): {2021: -100, 2022: -50},  # about 150: out of reach; 2025: no 2025 figure
        ("u2", "c2"): {2021: 50, 2024: 50},  # 2022, 2023 missing (as of 2025)
        ("u3", "c1"): {2025: 5},  # no figure in 2021-2024
        ("u4", "c1"): {2023: 5},  # 2024-2030: not started in 2023; u4 c2 has no series
        ("u5", "c1"): {2022: 10, 2023: 20},  # less than 100 on a fall
        ("i4", "c1"): {2021: 60, 2022: 70, 2023: 55},  # every year met
        ("i4", "c2"): {2021: 60, 2022: 40, 2023: 55},  # 2022 missed
        ("a1", "c1"): {2021: 70, 2022: 50, 2024: 80},  # at most 60: 2021, 2024 missed
        ("a1", "c2"): {2021: 50, 2023: 40},  # 2022 has no figure: a note
        ("a2", "c1"): {2021: 40, 2022: 41, 2023: 39},  # about 40
        ("a3", "c1"): {2021: 70, 2022: 80, 2023: 90, 2024: 61},  # every year exceeded
        ("a3", "c2"): {2021: 20, 2022: 30, 2024: 40},  # 2023 has no figure: the reason in 2025
        ("a4", "c1"): {2023: 5},  # 2024-2030: not started in 2023
        ("a5", "c1"): {2021: 3},  # no figure in 2022-2026
    }
    results: dict[int, dict[tuple[str, str], Any]] = {}
    for as_of in (2023, 2025):
        written.clear()
        results[as_of] = both_ways(tmp_path, series, as_of)
        assert sorted(written) == sorted({ident for ident, _ in series})

    def notes(as_of: int, key: tuple[str, str]) -> list[str]:
        return [note["code"] for note in results[as_of][key]["notes"]]

    def reason(as_of: int, key: tuple[str, str]) -> str:
        return str(results[as_of][key]["reason"]["code"])

    behind = results[2023][("i3", "c1")]
    assert [s["name"] for s in behind["steps"]] == [
        "total",
        "observed_rate",
        "required_rate",
        "catch_up_rate",
        "projected",
        "ratio",
    ]
    assert behind["steps"][0]["substituted"] == "sum of V_y, y = 2021..2023"
    assert behind["steps"][0]["inputs"] == {"s": 2021, "t": 2023}
    assert behind["steps"][5]["formula"] == "projected / X" and behind["total"] == 30.0
    assert results[2023][("u1", "c2")]["steps"][5]["formula"] == "X / projected"
    assert notes(2023, ("i3", "c2")) == ["already-met"]
    assert "catch_up_rate" not in [s["name"] for s in results[2023][("i3", "c2")]["steps"]]
    passed = results[2023][("u1", "c1")]
    assert notes(2023, ("u1", "c1")) == ["already-missed"] and passed["catch_up_rate"] == -6.25
    assert passed["notes"][0]["message"].startswith("the total 350.0 is already past")
    assert notes(2023, ("u2", "c1")) == ["approximate", "out-of-reach"]
    assert "(+100)" in results[2023][("u2", "c1")]["notes"][1]["message"]
    assert reason(2025, ("u2", "c1")) == "no-deadline-value"
    assert results[2025][("u2", "c2")]["reason"]["message"].endswith("no value for 2022, 2023")
    assert reason(2023, ("u3", "c1")) == "no-value-in-time"
    assert reason(2023, ("u4", "c1")) == "not-started"
    assert reason(2023, ("u4", "c2")) == "no-data"
    assert results[2023][("u4", "c2")]["values"] == []
    assert notes(2023, ("i4", "c1")) == ["years-met"]
    assert results[2023][("i4", "c1")]["years"][2] == {
        "year": 2023,
        "value": 55.0,
        "reference": None,
        "met": True,
        "estimate": False,
    }
    assert reason(2023, ("i4", "c2")) == "years-missed"
    missed = results[2025][("a1", "c1")]["reason"]["message"]
    assert missed.startswith("not met in 2021, 2024 (1 of 3 years met)")
    assert notes(2023, ("a1", "c2")) == ["years-met", "missing-years"]
    assert notes(2023, ("a2", "c1")) == ["approximate", "years-met"]
    assert results[2025][("a3", "c1")]["status"] == "exceeded"
    assert results[2025][("a3", "c2")]["reason"]["message"].endswith("no value for 2023")
    assert reason(2023, ("a4", "c1")) == "not-started"
    assert reason(2023, ("a5", "c1")) == "no-value-in-time"
    assert results[2023][("a5", "c1")]["years"] == []


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
    results = both_ways(tmp_path, series, 2023)
    assert sorted(written) == ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "i5"]
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


@pytest.mark.usefixtures("recorded")
def test_json_of_few_areas_is_pythons(
    tmp_path: Path, written: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the working, SQL takes a target of ``WORKING_MIN_AREAS`` areas or more: below, a
    target's query costs more than Python's results; its CSV rows are still SQL's."""
    monkeypatch.setattr(sql_assessment, "WORKING_MIN_AREAS", 3)
    (tmp_path / "plan.yaml").write_text(sql_tests.plan_text(), encoding="utf-8")
    rows = [
        f"{ident},{area},{year},{100 + year - 2020}"
        for ident in ("i1", "g1")
        for area in ("c1", "c2")  # the plan's targets have two areas
        for year in range(2020, 2024)
    ]
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _ = json_of(tmp_path, "python", 2023)
    made, read = json_of(tmp_path, "duckdb", 2023)
    assert read and made == python and not written  # two areas: Python's JSON
    monkeypatch.setattr(sql_assessment, "WORKING_MIN_AREAS", 2)
    made, _ = json_of(tmp_path, "duckdb", 2023)
    assert made == python and sorted(written) == ["g1", "i1"]
    monkeypatch.setattr(sql_assessment, "WORKING_MIN_AREAS", 3)
    csv_text, in_sql, _ = sql_tests.csv_of(tmp_path, "duckdb", 2023)
    assert in_sql == {"g1", "i1"}  # the CSV rows are SQL's whatever the number of areas
    assert csv_text == sql_tests.csv_of(tmp_path, "python", 2023)[0]


def test_targets_written_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The SQL targets of one kind in a row are written by one query, up to ``_BATCH``
    results: with the default, each kind's targets at once; with a batch of 3 results (the
    targets have two areas), one target a query; the JSON is Python's either way."""
    from plantrack.render import report_json

    batches: list[list[str]] = []
    results = SqlJson.results

    def recording(self: SqlJson, batch: list[Any]) -> list[bytes]:
        batches.append([item.indicator.id for item in batch])
        return results(self, batch)

    monkeypatch.setattr(SqlJson, "results", recording)
    series = {
        (ident, area): {2020: 50.0, 2021: 52.0 + number, 2022: 55.0}
        for number, ident in enumerate(("i1", "g1", "g2", "i2", "l1"))
        for area in ("c1", "c2")
    }
    both_ways(tmp_path, series, 2022)
    assert batches == [["i1", "g1", "g2"], ["i2", "l1"]]  # growth, then level
    batches.clear()
    monkeypatch.setattr(report_json, "_BATCH", 3)
    both_ways(tmp_path, series, 2022)
    assert batches == [["i1"], ["g1"], ["g2"], ["i2"], ["l1"]]


def test_targets_with_their_own_lists_of_areas(tmp_path: Path, written: list[str]) -> None:
    """Consecutive targets of one kind, each with its own list of areas (the plan's order, the
    same backwards, two of them), are batched apart: each result is named by its own target's
    list, as Python writes it."""
    from . import test_sql_csv_rows as csv_rows

    csv_rows.write_panel(tmp_path)
    python, _ = json_of(tmp_path, "python", None)
    made, read = json_of(tmp_path, "duckdb", None)
    assert read and written == ["g1", "g2", "g3"]
    assert made == python
    order = [(r["indicator"], r["area"]) for r in json.loads(made)["results"]]
    assert order == [(ident, area) for ident, areas in csv_rows.LISTS.items() for area in areas]


def test_json_written_as_bytes_is_the_text_in_utf8(tmp_path: Path, written: list[str]) -> None:
    """The command writes the JSON as bytes (``write_json_bytes``: the results SQL wrote go out
    as DuckDB gives them, in UTF-8); the library's ``write_json`` writes text. The two are one
    document, byte for byte, whichever engine made the results, with Vietnamese names in them."""
    from plantrack.render.report_json import write_json_bytes

    from . import test_sql_csv_rows as csv_rows

    csv_rows.write_panel(tmp_path)

    def report_of(engine: str) -> Any:
        return run_check(
            [tmp_path / "plan.yaml"],
            [tmp_path / "panel.csv"],
            CheckOptions(read=ReadOptions(engine=engine)),  # type: ignore[arg-type]
            lazy=True,
        )

    for engine in ("python", "duckdb"):
        text, binary = io.StringIO(), io.BytesIO()
        write_json(report_of(engine), text)
        write_json_bytes(report_of(engine), binary)
        assert binary.getvalue() == text.getvalue().encode("utf-8")
        assert "Chỉ tiêu" in text.getvalue()
    assert written == ["g1", "g2", "g3"] * 2  # SQL's results, both times with DuckDB
