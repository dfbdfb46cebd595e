"""Growth and level targets assessed in SQL (plantrack/assessment/sql/) give Python's CSV, byte
for byte.

For a CSV report without filters, baseline or ``--since``, a growth or level target whose areas'
series
DuckDB read whole is assessed by one SQL query and its rows written by SQL
(docs/decisions/0004). Here every panel is clean (so DuckDB reads it) and every target is a
growth or level target of some shape; the CSV of the SQL path must be the Python path's, and the SQL path
must really be taken for the targets the rule gives it. The numbers are DuckDB's doubles written
as text, which must be Python's ``repr``: checked first, on its own.
"""

from __future__ import annotations

import csv
import io
import math
import struct
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plantrack.actuals.read import ReadOptions
from plantrack.assessment.sql import SqlAssessment
from plantrack.assessment.sql.cumulative import EXACT_AGGREGATES, exact_total
from plantrack.assessment.status import Status
from plantrack.render.report_csv import check_csv
from plantrack.report.build import CheckOptions, run_check

from .test_engines_agree import AREAS, KINDS, plan_text

GROWTH = [kind for kind in KINDS if kind[4][0] in ("kind: growth", "kind: level")]
#: What the rule of docs/decisions/0004 gives SQL: every growth target but least squares, every
#: level target (the plan gives no indicator a baseline).
SQL_TARGETS = {ident for ident, *_, lines in GROWTH if "method: least_squares" not in lines}
assert {"i2", "l1", "l8"} <= SQL_TARGETS


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.floats(allow_nan=False, allow_infinity=False),
            st.floats(-1e20, 1e20, allow_nan=False),
            st.integers(-(10**17), 10**17).map(float),
            st.sampled_from([1e-05, 1e16, -0.0, 0.0, 8641.0, 5e-324, 0.1, 1e15, 123456.789e-10]),
        ),
        min_size=1,
        max_size=50,
    )
)
def test_duckdb_writes_a_double_as_python_repr_does(values: list[float]) -> None:
    written = duckdb.execute("SELECT unnest(?::DOUBLE[])::VARCHAR", [values]).fetchall()
    assert [text for (text,) in written] == [repr(value) for value in values]


def test_duckdb_writes_random_bit_patterns_as_python_repr_does() -> None:
    values = [
        struct.unpack("<d", struct.pack("<Q", (n * 0x9E3779B97F4A7C15) % 2**64))[0]
        for n in range(20000)
    ]
    values = [value for value in values if math.isfinite(value)]
    written = duckdb.execute("SELECT unnest(?::DOUBLE[])::VARCHAR", [values]).fetchall()
    assert [text for (text,) in written] == [repr(value) for value in values]


#: Figures every unit of the growth and level targets takes, and some it does not (zero, negative money;
#: a persons or percent figure out of range sends the file to the row reader, and equality
#: still holds).
VALUES = st.one_of(
    st.integers(1, 500_000).map(lambda hundredths: hundredths / 100),
    st.sampled_from([0.0, 0.01, 100.0, 99.5, 1e6, 3.0]),
    st.integers(-500, 0).map(float),
)


@st.composite
def clean_panel(draw: st.DrawFn) -> str:
    rows = ["indicator,area,year,value"]
    for ident, unit, *_ in GROWTH:
        low, high = {"percent": (0, 100), "persons": (0, math.inf)}.get(unit, (-math.inf, math.inf))
        if draw(st.integers(0, 9)) == 0:
            low, high = -math.inf, math.inf  # now and then a figure out of range: Python reads
        for area in AREAS:
            if draw(st.integers(0, 5)) == 0:
                continue  # no figure: no data
            if draw(st.booleans()):  # every year from one to another
                first = draw(st.integers(2015, 2024))
                years = list(range(first, draw(st.integers(first, 2032)) + 1))
            else:  # gaps, the base year missing, out of order
                years = draw(st.lists(st.integers(2015, 2032), min_size=1, max_size=9, unique=True))
            start = draw(VALUES)
            step = draw(st.sampled_from([0.0, 0.02, 0.045, 0.05, 0.06, 0.08, 0.1, -0.03, 0.5, 3.0]))
            for year in years:
                value = round(start * (1 + step) ** (year - 2015), 2)
                if draw(st.integers(0, 29)) == 0:
                    value = draw(VALUES)
                value = min(max(value, low), high)
                written = repr(value) if value != int(value) else str(int(value))
                rows.append(f"{ident},{area},{year},{written}")
    return "\n".join(rows) + "\n"


#: The indicators whose target SQL assessed, in the run being made (see ``recorded``).
MADE: set[str] = set()


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Record in :data:`MADE` each target whose rows SQL makes."""
    made = SqlAssessment.rows

    def rows(self: SqlAssessment, indicator: Any, target: Any) -> Any:
        found = made(self, indicator, target)
        if found is not None:
            MADE.add(indicator.id)
        return found

    monkeypatch.setattr(SqlAssessment, "rows", rows)
    return MADE


def csv_of(folder: Path, engine: str, as_of: int | None) -> tuple[str, set[str], bool]:
    """The CSV report, the targets whose rows SQL made, and whether DuckDB read the file."""
    MADE.clear()
    report = run_check(
        [folder / "plan.yaml"],
        [folder / "panel.csv"],
        CheckOptions(read=ReadOptions(engine=engine), as_of=as_of, working=False),  # type: ignore[arg-type]
        lazy=True,
    )
    return check_csv(report, "en"), set(MADE), bool(report.data.blocks)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(clean_panel(), st.one_of(st.none(), st.integers(2021, 2025), st.integers(2014, 2033)))
def test_sql_growth_gives_python_csv(
    tmp_path: Path, recorded: set[str], text: str, as_of: int | None
) -> None:
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(text, encoding="utf-8")
    python, none, _ = csv_of(tmp_path, "python", as_of)
    duckdb_csv, in_sql, read = csv_of(tmp_path, "duckdb", as_of)
    assert not none
    assert duckdb_csv == python
    # SQL took exactly the targets the rule gives it that have a series DuckDB read
    have = {line.split(",")[0] for line in text.splitlines()[1:]} if read else set()
    assert in_sql == SQL_TARGETS & have


def test_sql_growth_cases_by_hand(tmp_path: Path, recorded: set[str]) -> None:
    """A share whose projection is capped at 100 % and whose pace is beyond the unit, a pace
    at risk, one already met, a limit kept and one broken: SQL's rows are Python's."""
    series = {
        ("g6", "c1"): {2020: 80, 2021: 90, 2022: 99},  # capped at 100, out of the unit's reach
        ("g6", "c2"): {2020: 10, 2021: 11, 2022: 12.5},  # off track, within reach
        ("i1", "c1"): {2020: 100, 2021: 106, 2022: 112.36},  # 6 % against 8 %: at risk
        ("i1", "c2"): {2020: 100, 2022: 250},  # already met
        ("g3", "c1"): {2020: 100, 2021: 100.5, 2022: 101},  # a limit on growth kept
        ("g3", "c2"): {2020: 100, 2022: 110},  # and broken
        ("g5", "c1"): {2023: 5, 2022: 4},  # a limit before its period: not started
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _, _ = csv_of(tmp_path, "python", 2022)
    made, in_sql, read = csv_of(tmp_path, "duckdb", 2022)
    assert read and in_sql == {"g3", "g5", "g6", "i1"}
    assert made == python
    status = {
        (cells[2], cells[1]): cells for cells in (line.split(",") for line in made.splitlines())
    }
    assert (
        status[("g6", "c1")][9] == "not_achieved"
        and status[("g6", "c1")][23] == "out-of-reach-unit"
    )
    assert status[("g6", "c1")][22] == "100"  # the unit's maximum, as the plan's unit gives it
    assert status[("g6", "c2")][9] == "off_track"
    assert status[("i1", "c1")][9] == "at_risk"
    assert status[("i1", "c2")][9] == "exceeded" and status[("i1", "c2")][18] == ""
    # a ceiling: a limit, kept or broken before the deadline, its pace still given
    assert status[("g3", "c1")][9] == "on_track" and status[("g3", "c1")][18] != ""
    assert status[("g3", "c2")][9] == "off_track"
    assert status[("g5", "c1")][23] == "not-started"


def test_sql_rows_make_text_cells_safe_as_python_does(tmp_path: Path, recorded: set[str]) -> None:
    """Was a bug in this slice: an indicator's name that a spreadsheet would run as a formula,
    with a comma and a quote mark in it, is written as the Python rows write it (prefixed, quoted)."""
    plan = plan_text().replace("en: Indicator 2}", "en: '=Indicator, \"2\"'}")
    assert "=Indicator" in plan
    (tmp_path / "plan.yaml").write_text(plan, encoding="utf-8")
    rows = [f"g1,c1,{year},{100 + year - 2020}" for year in range(2020, 2024)]
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _, _ = csv_of(tmp_path, "python", None)
    made, in_sql, _ = csv_of(tmp_path, "duckdb", None)
    assert in_sql == {"g1"}
    assert made == python
    assert '"\'=Indicator, ""2"""' in made


def test_counts_and_other_readers_of_a_report_with_sql_targets(
    tmp_path: Path, recorded: set[str]
) -> None:
    """The summary and the exit code count the rows SQL made; a report read as records (not as
    CSV) gets Python's results for the same targets."""
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    rows = [
        f"{ident},{area},{year},{start * (1 + step) ** (year - 2020):.2f}"
        for ident, start, step in (("i1", 100, 0.1), ("g1", 100, 0.01), ("g6", 50, 0.02))
        for area in AREAS
        for year in range(2020, 2024)
    ]
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )

    def report(engine: str) -> Any:
        return run_check(
            [tmp_path / "plan.yaml"],
            [tmp_path / "panel.csv"],
            CheckOptions(read=ReadOptions(engine=engine), working=False),  # type: ignore[arg-type]
            lazy=True,
        )

    MADE.clear()
    sql, python = report("duckdb"), report("python")
    assert check_csv(sql, "en") == check_csv(python, "en")
    assert {"i1", "g1", "g6"} == MADE
    assert sql.summary() == python.summary()
    assert sql.main_summary() == python.main_summary()
    for threshold in Status:
        assert sql.exit_code(threshold) == python.exit_code(threshold)
    MADE.clear()
    assert report("duckdb").to_records("vi") == report("python").to_records("vi")
    assert not MADE  # records are Python's results


def test_sql_level_cases_by_hand(tmp_path: Path, recorded: set[str]) -> None:
    """Level targets of each shape: a share's geometric projection capped at 100 %, a ceiling
    met early (its pace still given), a strict bound judged at its deadline and a deadline with
    no figure, a target of zero (a linear trend instead of a geometric one), a base moved to
    one point, a range met at its base; and a trend whose numbers leave the doubles, which
    makes the target Python's: SQL's rows are Python's."""
    series = {
        ("l6", "c1"): {2020: 80, 2021: 90, 2022: 97},  # projection capped at 100
        ("l6", "c2"): {2020: 10, 2021: 11, 2022: 12.5},  # off track
        ("l2", "c1"): {2020: 100, 2022: 40},  # at most 50: met early
        ("l2", "c2"): {2020: 100, 2021: 90, 2022: 80},
        ("l7", "c1"): {2020: 900, 2022: 1000},  # more than 1000 by 2022: not at 1000
        ("l7", "c2"): {2020: 900, 2021: 1100},  # no figure for the deadline
        ("l5", "c1"): {2018: 10, 2022: 6},  # a target of 0: linear
        ("l5", "c2"): {2019: 5},  # base moved, one point
        ("l4", "c1"): {2021: 65},  # in the range at the (moved) base
        # the rate leaves the doubles: Python's (written without an exponent)
        ("l3", "c1"): {2020: "0." + "0" * 299 + "1", 2022: "1" + "0" * 300},
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _, _ = csv_of(tmp_path, "python", 2022)
    made, in_sql, read = csv_of(tmp_path, "duckdb", 2022)
    assert read and in_sql == {"l2", "l4", "l5", "l6", "l7"}
    assert made == python
    cells = {(row[2], row[1]): row for row in csv.reader(io.StringIO(made))}
    assert cells[("l6", "c1")][22] == "100" and cells[("l6", "c1")][24] == "fraction"
    assert cells[("l6", "c2")][9] == "off_track"
    assert cells[("l2", "c1")][9] == "achieved" and cells[("l2", "c1")][18] != ""
    assert cells[("l7", "c1")][9] == "not_achieved"
    assert cells[("l7", "c2")][23] == "no-deadline-value"
    assert cells[("l5", "c1")][24] == "unit"
    assert cells[("l5", "c2")][23] == "one-point" and cells[("l5", "c2")][11] == "2019"
    assert cells[("l4", "c1")][9] == "achieved" and cells[("l4", "c1")][16] == ""
    assert cells[("l3", "c1")][9] == "insufficient_data"
    assert cells[("l3", "c1")][23] == "undefined"


# Change targets (plantrack/assessment/sql/change.py): every shape of test_engines_agree's
# panel, held to Python series by series.

CHANGE = [kind for kind in KINDS if kind[4][0] == "kind: change"]
#: What the rule of docs/decisions/0004 gives SQL: every change target (the plan gives no
#: indicator a baseline).
CHANGE_TARGETS = {ident for ident, *_ in CHANGE}
assert {"i5", "h1", "h8"} <= CHANGE_TARGETS


@st.composite
def change_panel(draw: st.DrawFn) -> str:
    """Series of the change targets, moving by so many units a year (a change target's own
    terms), with gaps, years before the base, zero and negative values, a pace now and then
    broken, and now and then a figure out of the unit's range (Python reads the file)."""
    rows = ["indicator,area,year,value"]
    for ident, unit, *_ in CHANGE:
        low, high = {"percent": (0, 100), "persons": (0, math.inf)}.get(unit, (-math.inf, math.inf))
        if draw(st.integers(0, 9)) == 0:
            low, high = -math.inf, math.inf
        for area in AREAS:
            if draw(st.integers(0, 5)) == 0:
                continue  # no figure: no data
            if draw(st.booleans()):  # every year from one to another
                first = draw(st.integers(2015, 2024))
                years = list(range(first, draw(st.integers(first, 2032)) + 1))
            else:  # gaps, the base year missing, out of order
                years = draw(st.lists(st.integers(2015, 2032), min_size=1, max_size=9, unique=True))
            start = draw(st.one_of(VALUES, st.integers(0, 100).map(float)))
            step = draw(st.sampled_from([0.0, -0.5, -1.0, -1.5, -2.0, -3.0, 0.5, 1.5, 2.0, 10.0]))
            for year in years:
                value = round(start + step * (year - 2015), 2)
                if draw(st.integers(0, 19)) == 0:
                    value = draw(VALUES)
                value = min(max(value, low), high)
                written = repr(value) if value != int(value) else str(int(value))
                rows.append(f"{ident},{area},{year},{written}")
    return "\n".join(rows) + "\n"


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(change_panel(), st.one_of(st.none(), st.integers(2021, 2026), st.integers(2014, 2033)))
def test_sql_change_gives_python_csv(
    tmp_path: Path, recorded: set[str], text: str, as_of: int | None
) -> None:
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(text, encoding="utf-8")
    python, none, _ = csv_of(tmp_path, "python", as_of)
    duckdb_csv, in_sql, read = csv_of(tmp_path, "duckdb", as_of)
    assert not none
    assert duckdb_csv == python
    # SQL took exactly the targets the rule gives it that have a series DuckDB read
    have = {line.split(",")[0] for line in text.splitlines()[1:]} if read else set()
    assert in_sql == CHANGE_TARGETS & have


def test_sql_change_cases_by_hand(tmp_path: Path, recorded: set[str]) -> None:
    """Change targets of each shape: a share whose pace still needed leaves the unit, its
    projection capped at 0 %, a pace on track and years met one by one, a ceiling on the
    improvement kept (its pace still given), a target already met, a deadline passed with and
    without its figure, one point at a moved base, no base, nothing asked (no ratio) and a fall,
    a base year of its own; and an improvement that leaves the doubles, which makes the target
    Python's: SQL's rows are Python's."""
    series = {
        ("i5", "c1"): {2020: 5, 2021: 3.5, 2022: 2},  # on track, but 0 % is reached first
        ("i5", "c2"): {2018: 30, 2020: 30, 2021: 28.5, 2022: 27.5, 2024: 26},  # a gap in 2023
        ("h1", "c1"): {2020: 10, 2021: 9, 2022: 8.5},  # at most 2 a year: kept
        ("h1", "c2"): {2020: 20, 2022: 5},  # passed
        ("h2", "c1"): {2020: 100, 2021: 200},  # about 10 a year: met already
        ("h3", "c1"): {2020: 10, 2022: 7, 2024: 5},  # deadline passed: 1.25 a year, in range
        ("h3", "c2"): {2020: 10, 2023: 6},  # no figure for the deadline
        ("h4", "c1"): {2023: 5, 2024: 4, 2025: 3},  # more than 0 from 2023: a fall, no ratio
        ("h5", "c1"): {2018: 100, 2019: 96, 2021: 80, 2025: 60},  # its own base year
        ("h6", "c1"): {2021: 70},  # base moved to one point
        ("h7", "c1"): {2016: 40, 2019: 30},  # nothing from the base year on: no base
        # the improvement leaves the doubles: Python's
        ("h2", "c2"): {2020: "-1" + "0" * 308, 2022: "1" + "0" * 308},
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    python, _, _ = csv_of(tmp_path, "python", 2024)
    made, in_sql, read = csv_of(tmp_path, "duckdb", 2024)
    assert read and in_sql == {"i5", "h1", "h3", "h4", "h5", "h6", "h7"}
    assert made == python
    cells = {(row[2], row[1]): row for row in csv.reader(io.StringIO(made))}
    assert cells[("i5", "c1")][9] == "not_achieved"
    assert cells[("i5", "c1")][23] == "out-of-reach-unit"
    assert cells[("i5", "c1")][22] == "0"  # capped at the unit's minimum
    assert cells[("i5", "c1")][26:] == ["2", "2"]
    # 2021 met (1.5), 2022 not (1.0); 2024 not counted (no 2023)
    assert cells[("i5", "c2")][26:] == ["1", "2"]
    assert cells[("h1", "c1")][9] == "achieved" and cells[("h1", "c1")][18] != ""
    assert cells[("h1", "c2")][9] == "regressing"
    assert cells[("h3", "c1")][9] == "achieved" and cells[("h3", "c1")][18] == ""
    assert cells[("h3", "c2")][23] == "no-deadline-value"
    assert cells[("h4", "c1")][9] == "regressing" and cells[("h4", "c1")][20] == ""
    assert cells[("h5", "c1")][11] == "2018"
    assert cells[("h6", "c1")][23] == "one-point" and cells[("h6", "c1")][11] == "2021"
    assert cells[("h7", "c1")][23] == "no-base" and cells[("h7", "c1")][24] == "unit"
    assert cells[("h2", "c2")][9] == "insufficient_data"
    assert cells[("h2", "c2")][23] == "undefined"


# Cumulative and every-year targets (plantrack/assessment/sql/cumulative.py, annual.py).

PERIOD = [kind for kind in KINDS if kind[4][0] in ("kind: cumulative", "kind: annual")]
#: What the rule of docs/decisions/0004 gives SQL: every cumulative and every-year target (the
#: plan gives no indicator a baseline).
PERIOD_TARGETS = {ident for ident, *_ in PERIOD}
assert {"i3", "i4", "u1", "a5"} <= PERIOD_TARGETS


def sql_totals(groups: list[list[float]]) -> list[tuple[bool, float | None]]:
    """Each group's total as :func:`~plantrack.assessment.sql.cumulative.exact_total` makes
    it, and whether it could (``summable``)."""
    con = duckdb.connect()
    con.execute(
        "CREATE TEMP TABLE levels AS SELECT unnest(?::INTEGER[]) AS k, 0 AS pos,"
        " unnest(?::DOUBLE[]) AS value",
        [[k for k, group in enumerate(groups) for _ in group], [v for g in groups for v in g]],
    )
    aggregates = ", ".join(f"{sql} AS {name}" for name, sql in EXACT_AGGREGATES.items())
    con.execute(
        "CREATE TEMP TABLE given AS SELECT k, pos, count(*) AS n_levels,"
        f" {aggregates} FROM levels GROUP BY k, pos"
    )
    found = con.execute(
        f"WITH {exact_total('given')} SELECT k, summable, total"
        " FROM exact JOIN totals USING (k, pos) ORDER BY k"
    ).fetchall()
    return [(bool(summable), total) for _, summable, total in found]


#: Figures of every scale a total meets: hundredths, whole numbers, tenths that no double
#: holds exactly, powers of two at the edge of a double's 53 bits (ties), cancellations.
FIGURES = st.one_of(
    st.integers(-500_000, 500_000).map(lambda hundredths: hundredths / 100),
    st.integers(-(10**9), 10**9).map(float),
    st.sampled_from([0.1, 0.2, 0.3, -0.0, 0.0, 1e16, -1e16, 1.0, 2.0**53, 2.0**53 + 2, 1 / 3]),
    st.floats(-1e12, 1e12, allow_nan=False),
    st.integers(0, 60).map(lambda n: 2.0**n),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(FIGURES, min_size=1, max_size=12), min_size=1, max_size=20))
def test_sql_total_is_math_fsum(groups: list[list[float]]) -> None:
    """A cumulative total in SQL is Python's ``math.fsum`` of the figures (a figure of -0.0
    counted as 0.0, as the kind does), bit for bit, whatever order DuckDB adds them in."""
    for group, (summable, total) in zip(groups, sql_totals(groups), strict=True):
        wanted = math.fsum(value or 0.0 for value in group)
        # figures within 115 binary orders of each other (from the top of the largest to the
        # last bit of the smallest), among the normal doubles (2^-1000 to 2^1000), are summed
        orders = [math.frexp(value)[1] - 1 for value in group if value]
        low, high = min(orders, default=0) - 52, max(orders, default=0)
        assert summable == (high - low <= 115 and low >= -1000 and high <= 1000)
        if summable:
            assert total is not None and repr(total) == repr(wanted)


def test_sql_total_leaves_figures_far_apart_to_python() -> None:
    """Figures too far apart for 128 bits, near the doubles' ends (where ``fsum`` may overflow),
    or not finite are not summed in SQL: the target is Python's."""
    far, edge = [1e-300, 1e300], [1e308, 1e308, -1e308]
    found = sql_totals([far, edge, [math.inf, 1.0], [0.1, 0.2, 0.3], [1e16, 1.0, -1e16]])
    assert [summable for summable, _ in found] == [False, False, False, True, True]
    assert found[3][1] == math.fsum([0.1, 0.2, 0.3]) != 0.1 + 0.2 + 0.3
    assert found[4][1] == 1.0
    assert sql_totals([[0.01, 123456.78, -5.0]]) == [(True, math.fsum([0.01, 123456.78, -5.0]))]


@st.composite
def period_panel(draw: st.DrawFn) -> str:
    """A clean panel of the cumulative and every-year targets: years before, in and after the
    period, every year of it or gaps; series steady (every year near one level: a bound met,
    exceeded or missed every year, a pace at risk) or scattered (zero, tenths, negative money);
    now and then a figure out of its unit's range (Python reads the file; equality holds)."""
    rows = ["indicator,area,year,value"]
    wild = draw(st.integers(0, 9)) == 0
    for ident, unit, *_ in PERIOD:
        odd = [-5.0, 1e6] if wild or unit == "billion_vnd" else []
        for area in AREAS:
            if draw(st.integers(0, 5)) == 0:
                continue  # no figure: no data
            if draw(st.booleans()):  # every year from one to another
                first = draw(st.sampled_from([2015, 2020, 2021, 2022]) | st.integers(2015, 2026))
                last = draw(st.sampled_from([2024, 2026, 2030, 2032]) | st.integers(first, 2032))
                years = list(range(first, max(first, last) + 1))
            else:
                years = draw(st.lists(st.integers(2015, 2032), min_size=1, max_size=9, unique=True))
            level = draw(st.sampled_from([0, 1, 10, 25, 40, 60, 100, 250]))
            steady = draw(st.booleans())
            spread = 3 if steady else 30
            scattered = st.sampled_from([0.0, 0.1, 0.2, 0.3, 12.5, *odd]) | st.integers(
                0, 10_000
            ).map(lambda hundredths: hundredths / 100)
            for year in years:
                near = st.integers(max(level - spread, 0), level + spread).map(float)
                value = draw(near if steady else near | scattered)
                written = repr(value) if value != int(value) else str(int(value))
                rows.append(f"{ident},{area},{year},{written}")
    return "\n".join(rows) + "\n"


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    period_panel(),
    st.one_of(st.none(), st.sampled_from([2024, 2026, 2030]), st.integers(2014, 2033)),
)
def test_sql_cumulative_and_annual_give_python_csv(
    tmp_path: Path, recorded: set[str], text: str, as_of: int | None
) -> None:
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(text, encoding="utf-8")
    python, none, _ = csv_of(tmp_path, "python", as_of)
    duckdb_csv, in_sql, read = csv_of(tmp_path, "duckdb", as_of)
    assert not none
    assert duckdb_csv == python
    # SQL took exactly the targets the rule gives it that have a series DuckDB read
    have = {line.split(",")[0] for line in text.splitlines()[1:]} if read else set()
    assert in_sql == PERIOD_TARGETS & have


def test_sql_cumulative_and_annual_cases_by_hand(tmp_path: Path, recorded: set[str]) -> None:
    """Cumulative and every-year targets of each shape, as of 2023: a total met early, a ceiling
    passed early (its pace still given), one on track and one at risk, a year missing, no figure
    in the period, a period not started, a total that naive addition gets wrong (0.1 + 0.2 +
    0.3), a range judged at its end; every year met, one missed, all exceeded, a year without
    a figure at the deadline; and figures too far apart for SQL's exact total, which make the
    target Python's: SQL's rows are Python's."""
    series = {
        ("i3", "c1"): {2020: 900, 2021: 30, 2022: 35},  # 65 (2020 is before): 325 by 2030
        ("i3", "c2"): {2021: 300, 2022: 300},  # 600 >= 500: met early
        ("u1", "c1"): {2021: 200, 2022: 150},  # at most 300, passed: not achieved early
        ("u1", "c2"): {2021: 10, 2022: 20, 2023: 30},  # kept so far, the pace still given
        ("i4", "c1"): {2021: 60, 2022: 70, 2023: 55},  # every year met
        ("i4", "c2"): {2021: 60, 2022: 40, 2023: 55},  # 2022 missed
        ("u2", "c1"): {2021: 10, 2023: 20},  # 2022 missing
        ("u2", "c2"): {2026: 10},  # no figure in the period up to 2023
        ("u4", "c1"): {2023: 5},  # not started (2024-2030)
        ("u3", "c1"): {2021: 0.1, 2022: 0.2, 2023: 0.3, 2024: 1},  # the range, passed in 2024
        ("u3", "c2"): {2021: 50, 2022: 50, 2023: 50, 2024: 50},  # 200: in the range
        ("a3", "c1"): {2021: 70, 2022: 80, 2023: 90, 2024: 61},  # every year exceeded
        ("a3", "c2"): {2021: 20, 2022: 30, 2024: 40},  # 2023 has no figure
        # too far apart for SQL's exact total: Python's
        ("u5", "c1"): {2022: "0." + "0" * 299 + "1", 2023: "1" + "0" * 300},
    }
    rows = [
        f"{ident},{area},{year},{value}"
        for (ident, area), values in series.items()
        for year, value in values.items()
    ]
    (tmp_path / "plan.yaml").write_text(plan_text(), encoding="utf-8")
    (tmp_path / "panel.csv").write_text(
        "indicator,area,year,value\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    for as_of in (2023, 2024):
        python, _, _ = csv_of(tmp_path, "python", as_of)
        made, in_sql, read = csv_of(tmp_path, "duckdb", as_of)
        assert read and in_sql == {"i3", "i4", "u1", "u2", "u3", "u4", "a3"}
        assert made == python
    cells = {(row[2], row[1]): row for row in csv.reader(io.StringIO(made))}  # as of 2024
    status, reason, catch_up, total = 9, 23, 18, 25
    assert cells[("i3", "c1")][status] == "at_risk" and cells[("i3", "c1")][total] == "65.0"
    assert cells[("i3", "c1")][20] == "0.65"  # the ratio: 325 / 500
    assert cells[("i3", "c2")][status] == "exceeded" and cells[("i3", "c2")][catch_up] == ""
    assert cells[("u1", "c1")][status] == "not_achieved" and cells[("u1", "c1")][catch_up] != ""
    assert cells[("u1", "c2")][status] == "on_track"
    assert cells[("i4", "c1")][status] == "on_track"  # no figure for 2024 yet
    assert cells[("i4", "c1")][26:28] == ["3", "3"]
    assert cells[("i4", "c2")][status] == "not_achieved"
    assert cells[("i4", "c2")][reason] == "years-missed"
    assert cells[("u2", "c1")][reason] == "missing-years"
    assert cells[("u3", "c1")][total] == repr(math.fsum([0.1, 0.2, 0.3, 1.0])) == "1.6"
    assert cells[("u3", "c1")][status] == "not_achieved"
    assert cells[("u3", "c2")][status] == "achieved"
    assert cells[("a3", "c1")][status] == "exceeded"
    assert cells[("a3", "c2")][reason] == "missing-years"
    assert cells[("u5", "c1")][total] == "1e+300"
