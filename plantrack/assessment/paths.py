"""The lines a chart of a target draws: the figures reported, the path the target requires from
the base year to the deadline, and the projection of the latest figure at the pace seen so far.

Pure functions of a :class:`~plantrack.assessment.results.Result`: the paths use the result's own
base, goal, trend and observed pace, so a chart agrees with the table beside it (the projection
ends at the result's ``projected`` figure). The formulas are those of docs/assessment.md:

- growth over a period, goal rate ``g*`` from base ``V_b``: ``V_b (1 + g*)^(y - b)``;
- a level ``X`` by year ``T``, geometric trend: ``V_b (X / V_b)^((y - b)/(T - b))``; linear
  trend: ``V_b + (X - V_b)(y - b)/(T - b)``;
- a cumulative total ``X`` over the period: the running total, against ``X (y - b)/(T - b)``;
- a figure every year, or an average over the years, ``X``: ``X`` each year;
- a change of ``c`` a year (down for an indicator meant to fall): ``V_b ± c (y - b)``, never
  below zero from a base that is not (a poverty rate falls to 0 %, not past it);
- the projection from the latest year ``t``: ``V_t (1 + g)^(y - t)`` (geometric) or
  ``V_t + s (y - t)`` (linear), kept between ``V_t`` and the result's projected figure (which is
  already kept within its unit: a share never past 100 %).

A range target gives two required paths (its low and high ends); a target without a base or a
goal gives none; a result without figures gives no chart at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plantrack.assessment.results import Result

#: The kinds whose required path from the base is drawn.
PATH_KINDS = frozenset({"growth", "level", "cumulative", "annual", "average", "change"})

Line = tuple[tuple[int, float], ...]


@dataclass(frozen=True, slots=True)
class ChartPaths:
    """What a chart of one result draws. Values are in the indicator's unit, as reported (a
    cumulative target's running total)."""

    finals: Line  # reported figures that are final
    estimates: Line  # reported figures that are estimates (ước thực hiện)
    required: tuple[Line, ...] = ()  # the path the target requires (two for a range)
    projected: Line = ()  # the latest figure carried to the deadline at the pace seen
    deadline: int | None = None
    goals: tuple[float, ...] = ()  # the level(s) to reach at the deadline
    cumulative: bool = False  # the figures are running totals
    years: tuple[int, ...] = field(default=())  # every year drawn, in order

    @property
    def reported(self) -> Line:
        return tuple(sorted(self.finals + self.estimates))


def chart_paths(result: Result, direction: int = 1) -> ChartPaths | None:
    """The lines to draw for ``result``; None when it has no figure to draw (a state, a
    rating, a result without data). ``direction``: -1 for an indicator meant to fall (a change
    target's goal is how much a year, in the direction the indicator is meant to move)."""
    points = sorted(
        (p for p in result.values if p.value is not None and math.isfinite(p.value)),
        key=lambda p: p.year,
    )
    if not points or result.kind in ("qualitative", "rating"):
        return None
    cumulative = result.kind == "cumulative"
    finals: list[tuple[int, float]] = []
    estimates: list[tuple[int, float]] = []
    running = 0.0
    for point in points:
        value = float(point.value)  # type: ignore[arg-type]  # filtered above
        if cumulative:
            running += value
            value = running
        (estimates if point.estimate else finals).append((point.year, value))
    deadline = result.deadline
    goals = _goals(result, direction)
    first = points[0].year
    required = tuple(_required(result, goal, first, direction) for goal in _goal_rates(result))
    required = tuple(line for line in required if line)
    projected = _projected(result, (finals + estimates), cumulative)
    years = sorted(
        {y for y, _ in finals + estimates}
        | {y for line in required for y, _ in line}
        | {y for y, _ in projected}
    )
    return ChartPaths(
        finals=tuple(finals),
        estimates=tuple(estimates),
        required=required,
        projected=projected,
        deadline=deadline,
        goals=goals,
        cumulative=cumulative,
        years=tuple(years),
    )


def _goal_rates(result: Result) -> list[float]:
    """The goal values a required path is drawn to: the low and high ends of a range, else
    the one goal."""
    if result.target_low is None or result.kind not in PATH_KINDS:
        return []
    if result.comparator == "range" and result.target_high is not None:
        return [result.target_low, result.target_high]
    return [result.target_low]


def _goals(result: Result, direction: int) -> tuple[float, ...]:
    """The levels to reach by the deadline: a level or total goal as set; a growth goal as
    the level the base grows to; a change a year as the level the base moves to."""
    if result.kind == "change":
        base = result.base
        if base is None or base.value is None:
            return ()
        floor = 0.0 if base.value >= 0 else -math.inf
        return tuple(
            max(floor, base.value + direction * rate * (result.deadline - base.year))
            for rate in _goal_rates(result)
        )
    if result.kind == "growth":
        base = result.base
        if base is None or base.value is None:
            return ()
        return tuple(
            _grow(base.value, rate, result.deadline - base.year) for rate in _goal_rates(result)
        )
    if result.target_low is None:
        return ()
    if result.comparator == "range" and result.target_high is not None:
        return (result.target_low, result.target_high)
    return (result.target_low,)


def _grow(value: float, rate: float, years: float) -> float:
    return float(value * (1 + rate) ** years)


def _required(result: Result, goal: float, first_year: int, direction: int) -> Line:
    """The path to ``goal`` from the base year to the deadline, one point a year."""
    base, end = result.base, result.deadline
    if result.kind in ("annual", "average"):  # the goal, every year
        return tuple((y, goal) for y in range(first_year, end + 1))
    if result.kind == "cumulative":
        start = first_year - 1  # the year before the period: nothing yet counted
        span = end - start
        if span <= 0:
            return ()
        return tuple((y, goal * (y - start) / span) for y in range(start, end + 1))
    if base is None or base.value is None or end <= base.year:
        return ()
    b, v = base.year, base.value
    if result.kind == "growth":
        return tuple((y, _grow(v, goal, y - b)) for y in range(b, end + 1))
    if result.kind == "change":  # a figure not below zero is not drawn falling past it
        floor = 0.0 if v >= 0 else -math.inf
        return tuple((y, max(floor, v + direction * goal * (y - b))) for y in range(b, end + 1))
    span = end - b
    if result.trend == "geometric" and v > 0 and goal > 0:
        return tuple((y, v * (goal / v) ** ((y - b) / span)) for y in range(b, end + 1))
    return tuple((y, v + (goal - v) * (y - b) / span) for y in range(b, end + 1))


def _projected(result: Result, reported: list[tuple[int, float]], cumulative: bool) -> Line:
    """The latest figure carried to the deadline at the pace seen, one point a year, ending at
    the result's projected figure."""
    projected, latest = result.projected, result.latest
    if projected is None or projected.value is None or latest is None:
        return ()
    if cumulative:
        if not reported:
            return ()
        t, start = max(reported)
    elif latest.value is None:
        return ()
    else:
        t, start = latest.year, latest.value
    end, last = projected.year, projected.value
    if end <= t:
        return ()
    low, high = min(start, last), max(start, last)
    rate = result.observed_rate
    line = []
    for year in range(t, end + 1):
        if year == end:
            value = last
        elif rate is not None and result.trend == "geometric" and not cumulative:
            value = _grow(start, rate, year - t)
        elif rate is not None and result.rate_unit == "unit" and not cumulative:
            value = start + rate * (year - t)  # the slope seen, a year
        else:  # linear: a slope per year, or a cumulative total's average a year
            value = start + (last - start) * (year - t) / (end - t)
        line.append((year, min(high, max(low, value))))
    return tuple(line)
