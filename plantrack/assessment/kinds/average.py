"""The mean of the yearly levels over a period: "tổng sản lượng lương thực bình quân hàng năm đạt
25.000 tấn".

Judged on the mean of every year of the period at the deadline; before it, on the mean so far,
with the mean still needed in the years left (the catch-up) and the mean so far continued (the
projection). Every year of the period up to the as-of year must be reported: the mean of the
years that happen to be reported is not the period's mean.
"""

from __future__ import annotations

import math

from plantrack.assessment.context import Context, conflict, mark, short, years_text
from plantrack.assessment.goals import VERDICT_STATUS, by_ratio
from plantrack.assessment.results import Point, Result
from plantrack.assessment.status import Status
from plantrack.plans.model import AverageTarget


def catch_up(target: float, years: int, total: float, left: int) -> float:
    """The mean the ``left`` remaining years need so that the mean of all ``years`` is
    ``target``, given the ``total`` of the years so far: ``(X N - S) / (N - n)``."""
    return (target * years - total) / left


def mean_with_rest(total: float, done: int, years: int, rest: float) -> float:
    """The period's mean if each of the ``years - done`` remaining years is ``rest``."""
    return (total + rest * (years - done)) / years


def _plain(value: float) -> float | int:
    """A number for a note: 25000 rather than 25000.0."""
    rounded = round(float(value), 10)
    return int(rounded) if rounded.is_integer() else rounded


def assess(ctx: Context, target: AverageTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = ctx.goal(target)
    x, d = goal.threshold, goal.direction
    last = min(ctx.as_of, e)
    values = {y: p for y, p in ctx.series.levels.items() if s <= y <= last}
    result.values = list(values.values())
    result.rate_unit, result.trend = "unit", "linear"
    if not values:
        return short(ctx, result, "no-value-in-time", year=e)
    t = max(values)
    result.latest = values[t]
    mark(result, *values.values())
    missing = [y for y in range(s, last + 1) if y not in values]
    if missing:
        return conflict(ctx, result, *missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "missing-years", years=years_text(missing)
        )
    total = math.fsum(p.value or 0.0 for p in values.values())
    done, years, left = t - s + 1, e - s + 1, e - t
    mean = total / done
    result.total = total
    result.observed_rate, result.required_rate = mean, x
    result.step("total", "sum of V_y, y = s..t", total, s=s, t=t)
    result.step("mean", "total / (t - s + 1)", mean, total=total, t=t, s=s)
    if ctx.as_of >= e:
        return result.conclude(VERDICT_STATUS[goal.verdict(mean)])
    result.catch_up_rate = catch_up(x, years, total, left)
    result.step(
        "catch_up_rate",
        "(X * (e - s + 1) - total) / (e - t)",
        result.catch_up_rate,
        X=x,
        e=e,
        s=s,
        total=total,
        t=t,
    )
    result.projected = Point(e, mean)  # the mean so far, continued
    result.step("projected", "total / (t - s + 1)", mean, total=total, t=t, s=s)
    # Decided early only when the unit bounds what the years left can be: a production cannot
    # fall below 0, a share cannot pass 100; an amount with no such bound decides nothing early.
    unit = ctx.indicator.unit_info
    worst = None if unit is None else (unit.minimum if d > 0 else unit.maximum)
    best = None if unit is None else (unit.maximum if d > 0 else unit.minimum)
    if worst is not None:
        guaranteed = mean_with_rest(total, done, years, worst)
        verdict = goal.verdict(guaranteed)
        if verdict != "missed":
            result.step(
                "guaranteed",
                "(total + W * (e - t)) / (e - s + 1)",
                guaranteed,
                total=total,
                W=worst,
                e=e,
                t=t,
                s=s,
            )
            result.note("already-met", year=t, deadline=e)
            return result.conclude(VERDICT_STATUS[verdict])
    if best is not None:
        reachable = mean_with_rest(total, done, years, best)
        if goal.verdict(reachable) == "missed":
            result.step(
                "best_possible",
                "(total + B * (e - t)) / (e - s + 1)",
                reachable,
                total=total,
                B=best,
                e=e,
                t=t,
                s=s,
            )
            result.note(
                "mean-out-of-reach", bound=_plain(best), mean=_plain(reachable), target=_plain(x)
            )
            return result.conclude(Status.NOT_ACHIEVED)
    if d > 0:
        result.ratio = mean / x if x else None
    else:
        result.ratio = x / mean if mean > 0 else None
    if result.ratio is not None:
        result.step("ratio", "mean / X" if d > 0 else "X / mean", result.ratio, mean=mean, X=x)
    if goal.verdict(mean) != "missed":
        return result.conclude(Status.ON_TRACK)
    return result.conclude(by_ratio(result.ratio, mean * d, 1, ctx.thresholds))
