"""Each side of each status boundary, and a flat series, get the status documented.

Mutation testing (issue 16 item 21; docs/mutation.md) found that moving the on-track and at-risk
boundaries from ``>=`` to ``>`` and reading a flat series (ratio exactly 0) as regressing left the
suite green. docs/assessment.md says which status each side of a boundary gets: ``on_track``
R >= 0.95, ``at_risk`` 0.60 <= R < 0.95, ``off_track`` 0 <= R < 0.60, ``regressing`` R < 0
(default thresholds). The statuses' order and their words in each language are here too.
"""

from __future__ import annotations

import math

import pytest

from plantrack.assessment import assess
from plantrack.assessment.goals import (
    by_ratio,
)
from plantrack.assessment.status import Status
from plantrack.observations import Observation
from plantrack.plans.model import Plan, Thresholds

from .test_engine import indicator, make_plan

DEFAULT = Thresholds()


def test_the_default_thresholds_are_the_documented_ones() -> None:
    assert (DEFAULT.on_track, DEFAULT.at_risk) == (0.95, 0.60)


# --------------------------------------------------------------------------------------------
# The ratio's boundaries, on the rule itself


@pytest.mark.parametrize(
    ("ratio", "status"),
    [
        (1.0, Status.ON_TRACK),
        (0.95, Status.ON_TRACK),  # exactly at the boundary: on track (R >= 0.95)
        (math.nextafter(0.95, 0), Status.AT_RISK),
        (0.60, Status.AT_RISK),  # exactly at the boundary: at risk (R >= 0.60)
        (math.nextafter(0.60, 0), Status.OFF_TRACK),
        (0.0, Status.OFF_TRACK),  # no movement at all: off track, not regressing
        (-0.0, Status.OFF_TRACK),
        (-1e-12, Status.OFF_TRACK),  # float rounding of no movement (chained rates of 0 %)
        (-1e-6, Status.REGRESSING),
        (-0.5, Status.REGRESSING),
    ],
)
def test_each_side_of_each_boundary_gets_its_status(ratio: float, status: Status) -> None:
    assert by_ratio(ratio, ratio, 1, DEFAULT) is status


@pytest.mark.parametrize(
    ("observed", "direction", "status"),
    [
        (0.0, 1, Status.OFF_TRACK),  # nothing needed, nothing moved: off track
        (-1e-12, 1, Status.OFF_TRACK),
        (-1.0, 1, Status.REGRESSING),  # moved away from the target
        (1.0, -1, Status.REGRESSING),  # a lower-is-better figure that rose
        (-1.0, -1, Status.OFF_TRACK),
        (1.0, 1, Status.OFF_TRACK),
    ],
)
def test_without_a_ratio_only_a_movement_away_is_regressing(
    observed: float, direction: int, status: Status
) -> None:
    assert by_ratio(None, observed, direction, DEFAULT) is status


def test_a_plans_own_thresholds_move_the_boundaries() -> None:
    own = Thresholds(on_track=0.9, at_risk=0.5)
    assert by_ratio(0.9, 0.9, 1, own) is Status.ON_TRACK
    assert by_ratio(0.95, 0.95, 1, own) is Status.ON_TRACK
    assert by_ratio(math.nextafter(0.9, 0), 0.0, 1, own) is Status.AT_RISK
    assert by_ratio(0.5, 0.5, 1, own) is Status.AT_RISK
    assert by_ratio(0.6, 0.6, 1, own) is Status.AT_RISK
    assert by_ratio(math.nextafter(0.5, 0), 0.0, 1, own) is Status.OFF_TRACK


# --------------------------------------------------------------------------------------------
# The same boundaries through the engine, with ratios that are exact in floating point

#: 200 in 2020 to 1,200 in 2030 on a straight line: 100 a year needed. The latest value of 2024
#: gives the ratio (latest - 200) / 4 / 100 exactly: 580 -> 0.95, 440 -> 0.60, 200 -> 0.
LINEAR = indicator(
    {"kind": "level", "value": 1200, "year": 2030}, unit="persons", projection="linear"
)


def _status(plan: Plan, observations: list[Observation]) -> tuple[Status, float | None]:
    (result,) = assess(plan, observations).results
    return result.status, result.ratio


@pytest.mark.parametrize(
    ("latest", "ratio", "status"),
    [
        (580, 0.95, Status.ON_TRACK),
        (579, 0.9475, Status.AT_RISK),
        (440, 0.60, Status.AT_RISK),
        (439, 0.5975, Status.OFF_TRACK),
        (200, 0.0, Status.OFF_TRACK),
        (199, -0.0025, Status.REGRESSING),
    ],
)
def test_a_level_target_at_the_boundaries(latest: int, ratio: float, status: Status) -> None:
    plan = make_plan(LINEAR)
    observations = [Observation("x", 2020, 200), Observation("x", 2024, latest)]
    got, got_ratio = _status(plan, observations)
    assert got_ratio == pytest.approx(ratio, abs=1e-12)
    assert got is status


def test_the_boundary_ratios_are_exact_in_floating_point() -> None:
    """The level test above is at the boundary itself, not within rounding of it."""
    assert (580 - 200) / 4 / 100 == 0.95
    assert (440 - 200) / 4 / 100 == 0.60


@pytest.mark.parametrize("unit", ["persons", "billion_vnd"])
def test_a_flat_series_is_off_track_not_regressing(unit: str) -> None:
    """A growth target whose level has not moved: observed growth 0, ratio exactly 0."""
    plan = make_plan(
        indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}, unit=unit)
    )
    observations = [Observation("x", 2020, 100), Observation("x", 2023, 100)]
    got, ratio = _status(plan, observations)
    assert ratio == 0
    assert got is Status.OFF_TRACK


def test_a_flat_series_of_yearly_rates_of_zero_is_off_track() -> None:
    plan = make_plan(indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}))
    observations = [
        Observation("x", 2020, 100),
        *(Observation("x", y, 0.0, measure="growth") for y in (2021, 2022, 2023)),
    ]
    got, ratio = _status(plan, observations)
    assert ratio is not None and abs(ratio) < 1e-9
    assert got is Status.OFF_TRACK


def test_a_falling_series_is_regressing() -> None:
    plan = make_plan(indicator({"kind": "growth", "value": "10%", "period": "2021-2030"}))
    observations = [Observation("x", 2020, 100), Observation("x", 2023, 99)]
    got, ratio = _status(plan, observations)
    assert ratio is not None and ratio < 0
    assert got is Status.REGRESSING


# --------------------------------------------------------------------------------------------
# The status words and their order


def test_statuses_are_ordered_best_to_worst_as_documented() -> None:
    """docs/assessment.md and docs/check.md: --fail-on uses this order."""
    order = [
        "exceeded",
        "achieved",
        "on_track",
        "in_progress",
        "at_risk",
        "off_track",
        "regressing",
        "not_achieved",
        "insufficient_data",
        "no_data",
    ]
    assert [s.value for s in sorted(Status, key=lambda s: s.rank)] == order
    assert [Status(name).rank for name in order] == list(range(10))
    finals = {Status.EXCEEDED, Status.ACHIEVED, Status.NOT_ACHIEVED}
    assert {s for s in Status if s.is_final} == finals


@pytest.mark.parametrize(
    ("status", "vi", "en"),
    [
        (Status.EXCEEDED, "Vượt", "Exceeded"),
        (Status.ACHIEVED, "Đạt", "Achieved"),
        (Status.NOT_ACHIEVED, "Không đạt", "Not achieved"),
        (Status.AT_RISK, "Cần tăng tốc", "At risk"),
        (Status.NO_DATA, "Chưa có số liệu", "No data"),
    ],
)
def test_each_status_has_its_word_in_each_language(status: Status, vi: str, en: str) -> None:
    assert status.label("vi") == vi
    assert status.label("en") == en
    assert status.label() == en  # English unless Vietnamese is asked for
    assert status.label("fr") == en


def test_no_movement_ends_at_exactly_its_rounding_allowance() -> None:
    """A ratio or a movement within 1e-9 of none is none (off track); the next float beyond it
    is a movement away (regressing), for either direction of better."""
    edge = -1e-9
    beyond = math.nextafter(edge, -math.inf)
    assert by_ratio(edge, edge, 1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(beyond, beyond, 1, DEFAULT) is Status.REGRESSING
    assert by_ratio(None, edge, 1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(None, beyond, 1, DEFAULT) is Status.REGRESSING
    assert by_ratio(None, -edge, -1, DEFAULT) is Status.OFF_TRACK
    assert by_ratio(None, -beyond, -1, DEFAULT) is Status.REGRESSING
