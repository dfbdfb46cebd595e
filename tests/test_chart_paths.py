"""The lines a chart draws (plantrack.assessment.paths): the required path starts at the base
and ends at the goal, the projection starts at the latest figure and ends at the result's own
projected figure, for the bundled plans and for generated results."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plantrack.assessment.paths import chart_paths
from plantrack.assessment.results import Point, Result
from plantrack.report.build import CheckOptions, run_check
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def bundled() -> list[Result]:
    report = run_check([ROOT / "plans"], [ROOT / "data"], CheckOptions())
    return [item.result for item in report.targets]


def test_every_bundled_quantitative_result_has_its_lines(bundled: list[Result]) -> None:
    drawn = 0
    for result in bundled:
        paths = chart_paths(result)
        numbers = [p for p in result.values if p.value is not None]
        if result.kind in ("qualitative", "rating") or not numbers:
            assert paths is None, result.target
            continue
        assert paths is not None
        drawn += 1
        assert len(paths.reported) == len(numbers)
        assert {y for y, _ in paths.estimates} == {p.year for p in numbers if p.estimate}
        if result.projected is not None and result.latest is not None and paths.projected:
            assert paths.projected[-1] == (result.projected.year, result.projected.value)
            assert paths.projected[0][0] == result.latest.year or result.kind == "cumulative"
        for line in paths.required:
            assert line[-1][0] == result.deadline
    assert drawn >= 30


def test_growth_path_reaches_the_goal_level(bundled: list[Result]) -> None:
    gross = next(r for r in bundled if r.target.startswith("gross_output:growth:2021"))
    paths = chart_paths(gross)
    assert paths is not None
    (line,) = paths.required
    assert line[0] == (2020, 8641.0)
    assert line[-1][0] == 2030
    assert line[-1][1] == pytest.approx(8641.0 * 1.1296**10)
    assert paths.goals == (pytest.approx(8641.0 * 1.1296**10),)
    assert paths.deadline == 2030
    # the projection: the latest figure at the pace seen, every year, to the engine's figure
    rate = 1 + gross.observed_rate
    steps = [b / a for (_, a), (_, b) in zip(paths.projected, paths.projected[1:], strict=False)]
    assert steps == pytest.approx([rate] * 5)


def test_a_range_gives_two_required_paths(bundled: list[Result]) -> None:
    doctors = next(r for r in bundled if r.indicator == "doctors_per_10000")
    paths = chart_paths(doctors)
    assert paths is not None
    low, high = paths.required
    assert low[-1][1] == pytest.approx(11.0) and high[-1][1] == pytest.approx(13.0)
    assert low[0] == high[0] == (2020, 7.2)


def test_a_cumulative_target_draws_running_totals(bundled: list[Result]) -> None:
    investment = next(r for r in bundled if r.kind == "cumulative")
    paths = chart_paths(investment)
    assert paths is not None and paths.cumulative
    totals = [v for _, v in paths.reported]
    assert totals == sorted(totals)
    assert totals[-1] == pytest.approx(investment.total)


def test_a_projection_kept_within_its_unit_stays_there(bundled: list[Result]) -> None:
    # hazardous waste: 95 % in 2025 rising 3 points a year, projected to 100 % (not 110 %)
    waste = next(r for r in bundled if r.indicator == "hazardous_waste_treated")
    paths = chart_paths(waste)
    assert paths is not None
    assert paths.projected[0] == (2025, 95.0)
    assert paths.projected[1] == (2026, 98.0)  # the slope seen
    assert max(v for _, v in paths.projected) == 100


years = st.integers(2000, 2030)
positive = st.floats(0.5, 1e6, allow_nan=False, allow_infinity=False)
rates = st.floats(-0.5, 1.0, allow_nan=False, allow_infinity=False)


@given(base=positive, goal=positive, b=years, span=st.integers(1, 20), geometric=st.booleans())
def test_a_level_path_runs_from_the_base_to_the_goal(
    base: float, goal: float, b: int, span: int, geometric: bool
) -> None:
    result = Result("p", "a", "x", "x:level", "level", b + span, "value", goal)
    result.trend = "geometric" if geometric else "linear"
    result.base = Point(b, base)
    result.values = [result.base]
    paths = chart_paths(result)
    assert paths is not None
    (line,) = paths.required
    assert [y for y, _ in line] == list(range(b, b + span + 1))
    assert line[0][1] == pytest.approx(base)
    assert line[-1][1] == pytest.approx(goal, rel=1e-9)
    values = [v for _, v in line]
    assert values == sorted(values) or values == sorted(values, reverse=True)  # monotonic


@given(latest=positive, rate=rates, t=years, left=st.integers(1, 15))
def test_a_geometric_projection_runs_from_the_latest_to_the_projected(
    latest: float, rate: float, t: int, left: int
) -> None:
    end = latest * (1 + rate) ** left
    result = Result("p", "a", "x", "x:growth", "growth", t + left, "value", 0.1)
    result.trend, result.rate_unit, result.observed_rate = "geometric", "fraction", rate
    result.latest = Point(t, latest)
    result.values = [result.latest]
    result.projected = Point(t + left, end)
    paths = chart_paths(result)
    assert paths is not None
    assert paths.projected[0] == (t, pytest.approx(latest))
    assert paths.projected[-1] == (t + left, end)
    assert all(math.isfinite(v) for _, v in paths.projected)
    low, high = min(latest, end), max(latest, end)
    assert all(low <= v <= high for _, v in paths.projected)


def test_an_every_year_target_draws_its_goal_each_year(bundled: list[Result]) -> None:
    jobs = next(r for r in bundled if r.indicator == "jobs_created")
    paths = chart_paths(jobs)
    assert paths is not None
    (line,) = paths.required
    assert line == tuple((year, 2250.0) for year in range(2021, 2026))
    assert paths.goals == (2250.0,)


def test_a_change_a_year_falls_from_the_base_and_stops_at_zero(bundled: list[Result]) -> None:
    # Tân Hồng: the poor-household rate down at least 1.5 points a year from 4.85 % in 2020
    poverty = next(
        r for r in bundled if r.indicator == "poor_households_rate" and r.kind == "change"
    )
    paths = chart_paths(poverty, direction=-1)
    assert paths is not None
    (line,) = paths.required
    assert line[:4] == (
        (2020, 4.85),
        (2021, pytest.approx(3.35)),
        (2022, pytest.approx(1.85)),
        (2023, pytest.approx(0.35)),
    )
    assert line[4:] == ((2024, 0.0), (2025, 0.0))
    assert paths.goals == (0.0,)
    rising = chart_paths(poverty, direction=1)
    assert rising is not None and rising.required[0][-1] == (2025, pytest.approx(4.85 + 7.5))
