"""One share of a structure (cơ cấu) as a band with no better side: "cơ cấu kinh tế: nông nghiệp
24,5-25,5%, công nghiệp - xây dựng 31-31,5%, dịch vụ 43-44,5%".

Inside the band is the target; outside it, neither side is better: the result says which side
and how far (in points) from the nearest edge. Before the year, a share inside the band is on
track; outside, the linear trend from the plan's base year decides: landing inside the band by
the year is on track, moving toward it without landing in it is at risk, else off track. The
indicator's ``direction`` plays no part. (That the shares of one structure sum to 100 is
checked elsewhere: the plan's bands in :mod:`plantrack.plans.rules`, the reported figures in
:mod:`plantrack.assessment.structure_sums`.)
"""

from __future__ import annotations

from typing import Literal

from plantrack.assessment import maths
from plantrack.assessment.context import (
    Context,
    mark,
    missing_base,
    pick_base,
    short,
    within_unit,
)
from plantrack.assessment.goals import float_tolerance
from plantrack.assessment.results import Point, Result
from plantrack.assessment.status import Status
from plantrack.plans.model import Plan, StructureTarget

Side = Literal["below", "inside", "above"]


def base_year_of(plan: Plan) -> int:
    """The plan's base year: the trend toward the band is measured from it."""
    return plan.base_year


def side(value: float, low: float, high: float) -> Side:
    """Where ``value`` lies against the band ``[low, high]``, both ends included (with float
    tolerance). No direction enters: a share has no better side."""
    if value < low - float_tolerance(low):
        return "below"
    if value > high + float_tolerance(high):
        return "above"
    return "inside"


def distance(value: float, low: float, high: float) -> float:
    """Signed distance from ``value`` to the nearest edge of the band, in points: positive above
    the band, negative below, 0 inside."""
    where = side(value, low, high)
    if where == "above":
        return value - high
    if where == "below":
        return value - low
    return 0.0


def trend_status(latest: float, slope: float, projected: float, low: float, high: float) -> Status:
    """The status before the year of a share outside its band, from its linear trend: the
    projection inside the band is on track; moving toward the band without landing in it (short
    of it, or past it on the other side) is at risk; standing still or moving away, off track."""
    if side(projected, low, high) == "inside":
        return Status.ON_TRACK
    where = side(latest, low, high)
    toward = (where == "below" and slope > 0) or (where == "above" and slope < 0)
    return Status.AT_RISK if toward else Status.OFF_TRACK


def _plain(value: float) -> float | int:
    """A number for a note: 75 rather than 75.0, 0.4 rather than 0.40000000000000568."""
    rounded = round(float(value), 10)
    return int(rounded) if rounded.is_integer() else rounded


def _tell_side(result: Result, year: int, value: float, low: float, high: float) -> None:
    gap = distance(value, low, high)
    result.gap = gap
    where = side(value, low, high)
    if where != "inside":
        result.note(
            f"{where}-band",
            year=year,
            value=_plain(value),
            low=_plain(low),
            high=_plain(high),
            points=_plain(abs(gap)),
        )


def assess(ctx: Context, target: StructureTarget, result: Result) -> Result:
    deadline, b = target.year, ctx.plan.base_year
    low, high = target.band(ctx.tolerance)  # about X: X plus or minus the tolerance
    result.rate_unit = "unit"
    levels = {y: p for y, p in ctx.levels(upto=deadline).items() if y >= b}
    result.values = list(levels.values())
    if not levels:
        return missing_base(ctx, result, b)
    latest = list(levels.values())[-1]
    result.latest = latest
    mark(result, latest)
    assert latest.value is not None
    value = latest.value
    if ctx.as_of >= deadline:
        if latest.year != deadline:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=deadline, latest=latest.year
            )
        _tell_side(result, deadline, value, low, high)
        inside = side(value, low, high) == "inside"
        return result.conclude(Status.ACHIEVED if inside else Status.NOT_ACHIEVED)
    _tell_side(result, latest.year, value, low, high)
    base = pick_base(ctx, levels, b, result)
    result.base = base
    if base is not None and base.value is not None and latest.year > base.year:
        mark(result, base)
        result.trend = "linear"
        span, left = latest.year - base.year, deadline - latest.year
        slope = maths.slope(base.value, value, span)
        result.observed_rate = slope
        result.step(
            "observed_rate",
            "(V_t - V_b) / (t - b)",
            slope,
            V_t=value,
            V_b=base.value,
            t=latest.year,
            b=base.year,
        )
        projected = within_unit(ctx, result, maths.project_linear(value, slope, left))
        result.projected = Point(deadline, projected)
        result.step(
            "projected",
            "V_t + s * (T - t)",
            projected,
            V_t=value,
            s=slope,
            T=deadline,
            t=latest.year,
        )
        if result.gap:  # outside: the pace that reaches the nearest edge by the year
            edge = high if result.gap > 0 else low
            result.catch_up_rate = (edge - value) / left
            result.step(
                "catch_up_rate",
                "(edge - V_t) / (T - t)",
                result.catch_up_rate,
                edge=edge,
                V_t=value,
                T=deadline,
                t=latest.year,
            )
    else:
        slope = None
    if side(value, low, high) == "inside":
        return result.conclude(Status.ON_TRACK)
    if slope is None or result.projected is None or result.projected.value is None:
        if base is None:
            return missing_base(ctx, result, b)
        return short(ctx, result, "one-point", year=latest.year)
    return result.conclude(trend_status(value, slope, result.projected.value, low, high))
