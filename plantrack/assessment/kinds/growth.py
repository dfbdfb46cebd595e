"""Average annual growth over a period: "tăng bình quân 12,96%/năm thời kỳ 2021-2030", measured
from levels or from yearly growth rates chained."""

from __future__ import annotations

import dataclasses

from plantrack.assessment import maths
from plantrack.assessment.context import (
    Context,
    conflict,
    implied_levels,
    mark,
    missing_base,
    short,
    tell_implied,
    within_unit,
)
from plantrack.assessment.goals import VERDICT_STATUS, by_ratio
from plantrack.assessment.results import Point, Result
from plantrack.assessment.status import Status
from plantrack.plans.model import GrowthTarget


def base_year_of(target: GrowthTarget) -> int:
    """The year growth is measured from: the target's own, else the year before its period."""
    return target.effective_base_year


def method_of(ctx: Context, target: GrowthTarget) -> str:
    """How observed growth is measured: the target's own method, else the plan's (default:
    the end-to-end rate)."""
    return target.method or ctx.plan.growth_method


def assess(ctx: Context, target: GrowthTarget, result: Result) -> Result:
    """Average growth over a period, from levels or from chained yearly growth rates."""
    b, e = target.effective_base_year, target.period.end
    goal = ctx.goal(target)
    g_star = goal.threshold
    d = goal.direction
    result.trend, result.rate_unit = "geometric", "fraction"
    rates = {y: p for y, p in ctx.series.growth.items() if b < y <= min(ctx.as_of, e)}
    known, implied = implied_levels(ctx, ctx.levels(upto=e), min(ctx.as_of, e))
    implied = {y: source for y, source in implied.items() if y not in rates}  # a rate is nearer
    levels = {
        y: p
        for y, p in known.items()
        if y >= b and (y in implied or y not in ctx.series.changes or y in ctx.series.levels)
    }
    result.values = list(levels.values())
    base = levels.get(b)
    if base is not None and base.origin == "plan":
        result.note("base-from-plan", year=b)
    if ("level", b) in ctx.series.conflicts and (b + 1) not in rates:
        return short(ctx, result, "no-base", year=b, as_of=ctx.as_of)

    # Factor from the base year to every year it can be chained to.
    start = b
    if base is None and (b + 1) not in rates:
        moved = [p for y, p in levels.items() if y > b]
        if not moved:
            return missing_base(ctx, result, b)
        base = dataclasses.replace(moved[0], moved=True)
        start = base.year
        result.note("base-moved", wanted=b, year=start)
    result.base = base if base is not None else Point(b, None)
    if base is not None and base.value is not None and base.value <= 0:
        if levels:
            result.latest = levels[max(levels)]
        return result.conclude(
            Status.INSUFFICIENT_DATA, "nonpositive-growth-base", base=base.value, latest="-"
        )
    last_data = max([*levels, *rates], default=start)
    for year in range(start + 1, last_data + 1):
        level = levels.get(year)
        if level is not None and level.value is not None and level.value <= 0:
            result.latest = levels[max(levels)]
            return result.conclude(
                Status.INSUFFICIENT_DATA,
                "nonpositive-growth-base",
                base=base.value if base else "-",
                latest=level.value,
            )
    factors, anchor = maths.chain_factors(
        start,
        {y: p.value or 0.0 for y, p in levels.items() if y >= start},
        {y: p.value or 0.0 for y, p in rates.items()},
    )
    t = last_data
    if t not in factors:
        missing = next(y for y in range(start + 1, t + 1) if y not in factors)
        return conflict(ctx, result, missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "gap-in-rates", year=missing, start=start, end=t
        )
    latest_point = levels.get(t) or rates.get(t)
    assert latest_point is not None
    latest_value: float | None = None
    if t in levels:
        latest_value = levels[t].value
    elif anchor is not None and anchor in factors:
        latest_value = (levels[anchor].value or 0.0) * factors[t] / factors[anchor]
    result.latest = Point(
        t,
        latest_value,
        latest_point.estimate,
        latest_point.origin,
        latest_point.where,
        latest_point.qualifier,
        reported=latest_point.reported if t in levels else None,
        exchange_rate=latest_point.exchange_rate if t in levels else None,
        derived=levels[t].derived if t in levels else latest_value is not None,
    )
    used = [
        point
        for year, point in sorted([*levels.items(), *rates.items()], key=lambda item: item[0])
        if start <= year <= t
    ]
    tell_implied(result, known, implied, *(y for y in levels if start <= y <= t))
    mark(result, *used)
    if t == start:
        return short(ctx, result, "one-point", year=t)

    n, whole, left = t - start, e - start, e - t
    factor = factors[t]
    g = maths.factor_rate(factor, n)
    linked = {y: f for y, f in factors.items() if start <= y <= t}
    least_squares = method_of(ctx, target) == "least_squares" and len(linked) >= 3
    if least_squares:
        g = maths.least_squares_rate(linked)
    result.observed_rate, result.required_rate = g, g_star
    if least_squares:
        result.note("least-squares", years=len(linked), start=start, end=t)
        result.step(
            "observed_rate",
            "exp(s) - 1, s = least-squares slope of ln F_y on y, y = b..t",
            g,
            b=start,
            t=t,
        )
    elif t in levels and start in levels:
        result.step(
            "observed_rate",
            "(V_t / V_b)^(1/(t - b)) - 1",
            g,
            V_t=levels[t].value or 0.0,
            V_b=levels[start].value or 0.0,
            t=t,
            b=start,
        )
    else:
        result.step(
            "observed_rate", "F^(1/(t - b)) - 1, F = chained (1 + r_y)", g, F=factor, t=t, b=start
        )
    result.gap = goal.gap(g)
    if goal.comparator == "range":  # measured to the nearest edge; 0 inside the range
        if goal.low <= g <= goal.high:
            result.step("gap", "0 (low <= g <= high)", 0.0, g=g, low=goal.low, high=goal.high)
        else:
            edge = goal.high if g > goal.high else goal.low
            result.step("gap", "g - edge", result.gap, g=g, edge=edge)
    else:
        result.step("gap", "g - g*", result.gap, g=g, **{"g*": g_star})
    # A pace to reach (at least 12 %/yr; a fall of at least 2 %/yr) is measured by the ratio;
    # a limit (at most 1 %/yr population growth; no fall: at least 0 %) is kept or broken.
    is_limit = g_star * d <= 0
    if is_limit:
        result.note("limit", comparator=goal.comparator, limit=g_star)
    else:
        result.ratio = maths.progress_ratio(g, g_star, d)
        if result.ratio is not None:
            result.step("ratio", "d * g / |g*|", result.ratio, d=d, g=g, **{"g*": g_star})

    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(VERDICT_STATUS[goal.verdict(g)])
    if least_squares:  # what is still needed runs from where the level is, not the fit
        result.catch_up_rate = maths.catch_up_rate(g_star, maths.factor_rate(factor, n), n, left)
        result.step(
            "catch_up_rate",
            "((1 + g*)^(e - b) / F)^(1/(e - t)) - 1",
            result.catch_up_rate,
            **{"g*": g_star},
            F=factor,
            e=e,
            b=start,
            t=t,
        )
    else:
        result.catch_up_rate = maths.catch_up_rate(g_star, g, n, left)
        result.step(
            "catch_up_rate",
            "((1 + g*)^(e - b) / (1 + g)^(t - b))^(1/(e - t)) - 1",
            result.catch_up_rate,
            **{"g*": g_star},
            g=g,
            e=e,
            b=start,
            t=t,
        )
    if latest_value is not None:
        projected = maths.project(latest_value, g, left)
        result.projected = Point(e, within_unit(ctx, result, projected))
        result.step(
            "projected", "V_t * (1 + g)^(e - t)", projected, V_t=latest_value, g=g, e=e, t=t
        )
    if is_limit:
        return result.conclude(Status.ON_TRACK if goal.verdict(g) != "missed" else Status.OFF_TRACK)
    # Already met: even with no further growth the whole period would average the target.
    guaranteed = maths.factor_rate(factor, whole)
    verdict = goal.verdict(guaranteed)
    if verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(VERDICT_STATUS[verdict])
    return result.conclude(by_ratio(result.ratio, g, d, ctx.thresholds))
