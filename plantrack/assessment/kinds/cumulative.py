"""A total over a period: "vốn đầu tư thời kỳ 2021-2030 đạt trên 75 nghìn tỷ đồng"."""

from __future__ import annotations

import math

from plantrack.assessment.context import (
    Context,
    conflict,
    mark,
    period_values,
    short,
    within_unit,
    years_text,
)
from plantrack.assessment.goals import VERDICT_STATUS, by_ratio
from plantrack.assessment.results import Point, Result
from plantrack.assessment.status import Status
from plantrack.plans.model import CumulativeTarget


def assess(ctx: Context, target: CumulativeTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = ctx.goal(target)
    x, d = goal.threshold, goal.direction
    values, missing, t = period_values(ctx, s, e)
    result.values = list(values.values())
    result.rate_unit, result.trend = "unit", "linear"
    if not values:
        return short(ctx, result, "no-value-in-time", year=e)
    latest = values[t]
    result.latest = latest
    mark(result, *values.values())
    if missing:
        return conflict(ctx, result, *missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "missing-years", years=years_text(missing)
        )
    total = math.fsum(p.value or 0.0 for p in values.values())
    done, years, left = t - s + 1, e - s + 1, e - t
    result.total = total
    result.step("total", "sum of V_y, y = s..t", total, s=s, t=t)
    average = total / done
    needed_average = x / years
    result.observed_rate, result.required_rate = average, needed_average
    result.step("observed_rate", "total / (t - s + 1)", average, total=total, t=t, s=s)
    result.step("required_rate", "X / (e - s + 1)", needed_average, X=x, e=e, s=s)
    verdict = goal.verdict(total)
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(VERDICT_STATUS[verdict])
    result.catch_up_rate = (x - total) / left
    result.step(
        "catch_up_rate", "(X - total) / (e - t)", result.catch_up_rate, X=x, total=total, e=e, t=t
    )
    projected = total + average * left
    result.projected = Point(e, within_unit(ctx, result, projected))
    result.step(
        "projected", "total + average * (e - t)", projected, total=total, average=average, e=e, t=t
    )
    if d > 0 and verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(VERDICT_STATUS[verdict])
    if d < 0 and verdict == "missed" and all((p.value or 0.0) >= 0 for p in values.values()):
        result.note("already-missed", total=total, limit=x)
        return result.conclude(Status.NOT_ACHIEVED)
    if d > 0:
        result.ratio = projected / x if x else None
    else:
        result.ratio = x / projected if projected > 0 else None
    if result.ratio is not None:
        result.step(
            "ratio",
            "projected / X" if d > 0 else "X / projected",
            result.ratio,
            projected=projected,
            X=x,
        )
    if goal.verdict(projected) != "missed":
        return result.conclude(Status.ON_TRACK)
    return result.conclude(by_ratio(result.ratio, average * d, 1, ctx.thresholds))
