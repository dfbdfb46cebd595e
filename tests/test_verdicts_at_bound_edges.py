"""Verdicts at the edges of a bound: a floor, a ceiling, a range and an "about" target judged
exactly at and just beyond each edge (docs/assessment.md, "Verdicts"), pinned against
one-character changes that mutation testing (issue 16 item 21; docs/mutation.md) found.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from plantrack.assessment.goals import (
    VERDICT_STATUS,
    Goal,
    float_tolerance,
    goal_for,
    judge,
)
from plantrack.assessment.status import Status

# --------------------------------------------------------------------------------------------
# Verdicts at the edges of a bound (docs/assessment.md, "Verdicts"): equality allows for float
# rounding, 1e-9 of the number (of 1 for numbers below 1), and no more


def _goal(comparator: str, low: float, high: float = 0.0, d: int = 1, tol: float = 0.0) -> Goal:
    return Goal(comparator, low, high or low, d, tol)


@pytest.mark.parametrize("x", [0.5, 1.0, 12.96, 1000.0, -40.0])
def test_a_floor_is_achieved_within_rounding_and_exceeded_beyond_it(x: float) -> None:
    tol = 1e-9 * max(1.0, abs(x))
    assert float_tolerance(x) == tol
    floor = _goal("at_least", x)
    assert judge(x, floor) == "achieved"
    assert judge(x + 0.5 * tol, floor) == "achieved"
    assert judge(x - 0.5 * tol, floor) == "achieved"
    assert judge(x + 2 * tol, floor) == "exceeded"
    assert judge(x - 2 * tol, floor) == "missed"
    assert floor.verdict(x + 2 * tol) == "exceeded"


def test_a_ceiling_met_is_achieved_never_exceeded() -> None:
    for comparator in ("at_most", "less_than"):
        assert _goal(comparator, 4.0, d=-1).is_ceiling
        assert judge(3.1, _goal(comparator, 4.0, d=-1)) == "achieved"
        assert judge(4.5, _goal(comparator, 4.0, d=-1)) == "missed"
    assert judge(4.0, _goal("at_most", 4.0, d=-1)) == "achieved"
    assert judge(4.0, _goal("less_than", 4.0, d=-1)) == "missed"  # "dưới 4 %" is strict
    assert not _goal("at_least", 4.0).is_ceiling
    assert not _goal("more_than", 4.0).is_ceiling


def test_more_than_is_strict() -> None:
    assert judge(10.0, _goal("more_than", 10.0)) == "missed"
    assert judge(10.5, _goal("more_than", 10.0)) == "exceeded"
    assert judge(10.0, _goal("value", 10.0)) == "achieved"


@pytest.mark.parametrize(
    ("d", "value", "verdict"),
    [
        (1, 12.0, "missed"),
        (1, 13.0, "achieved"),
        (1, 13.0 - 1e-9, "achieved"),
        (1, 14.0, "achieved"),
        (1, 15.0, "achieved"),
        (1, 15.0 + 1e-9, "achieved"),
        (1, 15.0 + 1e-6, "exceeded"),
        (1, 13.0 - 1e-6, "missed"),
        (-1, 12.0, "exceeded"),
        (-1, 13.0, "achieved"),
        (-1, 13.0 - 1e-9, "achieved"),
        (-1, 13.0 - 1e-6, "exceeded"),
        (-1, 15.0, "achieved"),
        (-1, 15.0 + 1e-9, "achieved"),
        (-1, 15.0 + 1e-6, "missed"),
        (-1, 16.0, "missed"),
    ],
)
def test_a_range_from_each_side(d: int, value: float, verdict: str) -> None:
    assert judge(value, Goal("range", 13.0, 15.0, d)) == verdict


def test_an_about_target_is_achieved_within_its_tolerance() -> None:
    about = _goal("about", 100.0, tol=0.05)
    assert judge(105.0, about) == "achieved"
    assert judge(95.0, about) == "achieved"
    assert judge(105.5, about) == "exceeded"
    assert judge(94.5, about) == "missed"
    assert judge(100.0 + 1e-7, _goal("about", 100.0)) == "achieved"  # rounding only
    assert judge(100.0 + 1e-6, _goal("about", 100.0)) == "exceeded"
    falling = _goal("about", 100.0, d=-1, tol=0.05)
    assert judge(94.5, falling) == "exceeded"
    assert judge(105.5, falling) == "missed"


def test_the_threshold_is_the_near_end_of_a_range() -> None:
    assert Goal("range", 13.0, 15.0, 1).threshold == 13.0
    assert Goal("range", 13.0, 15.0, -1).threshold == 15.0
    assert Goal("at_least", 13.0, 13.0, 1).threshold == 13.0
    assert Goal("at_most", 4.0, 4.0, -1).threshold == 4.0


def test_the_gap_is_from_the_nearest_edge() -> None:
    band = Goal("range", 13.0, 15.0, 1)
    assert band.gap(16.5) == 1.5
    assert band.gap(12.0) == -1.0
    assert band.gap(14.0) == 0.0
    assert band.gap(15.0) == 0.0
    assert band.gap(13.0) == 0.0
    assert _goal("at_least", 10.0).gap(12.5) == 2.5
    assert _goal("at_least", 10.0).gap(7.0) == -3.0


@pytest.mark.parametrize(
    ("comparator", "indicator_direction", "direction"),
    [
        ("at_least", -1, 1),
        ("more_than", -1, 1),
        ("at_most", 1, -1),
        ("less_than", 1, -1),
        ("value", 1, 1),
        ("value", -1, -1),
        ("about", -1, -1),
        ("range", -1, -1),
    ],
)
def test_a_one_sided_bound_says_which_way_is_better(
    comparator: str, indicator_direction: int, direction: int
) -> None:
    bound = SimpleNamespace(comparator=comparator, low=3.0, high=5.0)
    goal = goal_for(SimpleNamespace(bound=bound), indicator_direction, tolerance=0.1)
    assert (goal.comparator, goal.low, goal.high, goal.direction) == (
        comparator,
        3.0,
        5.0,
        direction,
    )
    assert goal.tolerance == (0.1 if comparator == "about" else 0.0)


def test_verdicts_map_to_their_statuses() -> None:
    assert VERDICT_STATUS == {
        "exceeded": Status.EXCEEDED,
        "achieved": Status.ACHIEVED,
        "missed": Status.NOT_ACHIEVED,
    }


@pytest.mark.parametrize("d", [1, -1])
def test_a_range_at_exactly_its_rounding_tolerance_is_achieved(d: int) -> None:
    """Each edge of a range, moved out by exactly its float tolerance, is still the edge:
    achieved; the next float out is beyond it (exceeded on the better side, missed on the
    other)."""
    low, high = 13.0, 15.0
    band = Goal("range", low, high, d)
    at_low, at_high = low - float_tolerance(low), high + float_tolerance(high)
    assert judge(at_low, band) == "achieved"
    assert judge(at_high, band) == "achieved"
    below, above = math.nextafter(at_low, -math.inf), math.nextafter(at_high, math.inf)
    assert judge(below, band) == ("missed" if d > 0 else "exceeded")
    assert judge(above, band) == ("exceeded" if d > 0 else "missed")


def test_an_about_goal_has_no_tolerance_unless_given() -> None:
    """``goal_for`` without a tolerance: an "about" target is judged exactly (to rounding)."""
    bound = SimpleNamespace(comparator="about", low=100.0, high=100.0)
    goal = goal_for(SimpleNamespace(bound=bound), 1)
    assert goal.tolerance == 0.0
    assert judge(101.0, goal) == "exceeded"


def test_an_about_target_at_exactly_its_tolerance_is_achieved() -> None:
    """About 1,000 within 5 %: a figure exactly that far below (with the rounding allowance)
    is still achieved; the next float below is missed."""
    about = _goal("about", 1000.0, tol=0.05)
    edge = 1000.0 - (0.05 * 1000.0 + float_tolerance(1000.0))
    assert abs(edge - 1000.0) == 0.05 * 1000.0 + float_tolerance(1000.0)  # exact in floats
    assert judge(edge, about) == "achieved"
    assert judge(math.nextafter(edge, -math.inf), about) == "missed"


def test_a_figure_at_exactly_the_rounding_allowance_is_equal() -> None:
    """A target of 0 met to within 1e-9 (the allowance for numbers below 1), either side, is
    achieved; the next float beyond exceeds it above and misses it below."""
    for comparator in ("value", "at_least"):
        goal = _goal(comparator, 0.0)
        assert judge(1e-9, goal) == "achieved"
        assert judge(math.nextafter(1e-9, math.inf), goal) == "exceeded"
        assert judge(-1e-9, goal) == "achieved"
        assert judge(math.nextafter(-1e-9, -math.inf), goal) == "missed"
