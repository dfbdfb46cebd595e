"""A level to reach by a year: "thu nhập bình quân/người năm 2030 đạt khoảng 6.794 USD".

The trend from the base (geometric, or linear for percentages) gives the observed and required
pace, the catch-up pace and the projection to the deadline."""

from __future__ import annotations

from plantrack.assessment import maths
from plantrack.assessment.context import (
    Context,
    implied_levels,
    mark,
    missing_base,
    pick_base,
    short,
    tell_implied,
    within_unit,
)
from plantrack.assessment.goals import VERDICT_STATUS, by_ratio
from plantrack.assessment.results import Point, Result, Verdict
from plantrack.assessment.status import Status
from plantrack.plans.model import LevelTarget, Plan


def base_year_of(plan: Plan, target: LevelTarget) -> int:
    """The year progress to a level is measured from: the target's own, else the plan's."""
    return plan.base_year if target.base_year is None else target.base_year


def assess(ctx: Context, target: LevelTarget, result: Result) -> Result:
    deadline, base_year = target.year, base_year_of(ctx.plan, target)
    goal = ctx.goal(target)
    x, d = goal.threshold, goal.direction  # a one-sided bound says which way is better
    known, implied = implied_levels(ctx, ctx.levels(upto=deadline), min(ctx.as_of, deadline))
    levels = {y: p for y, p in known.items() if y >= base_year}
    result.values = list(levels.values())
    base = pick_base(ctx, levels, base_year, result)
    result.base = base
    if not levels or base is None:
        return missing_base(ctx, result, base_year)
    latest = list(levels.values())[-1]
    result.latest = latest
    tell_implied(result, known, implied, base.year, latest.year)
    mark(result, base, latest)
    assert latest.value is not None and base.value is not None
    verdict = goal.verdict(latest.value)

    # The trend, for the record even when the status is decided otherwise.
    if latest.year > base.year:
        _trend(ctx, result, base.year, base.value, latest.year, latest.value, deadline, x, d)

    return conclude(ctx, result, base, latest, deadline, verdict, d)


def conclude(
    ctx: Context,
    result: Result,
    base: Point,
    latest: Point,
    deadline: int,
    verdict: Verdict,
    d: int,
) -> Result:
    """The status of a level to reach by ``deadline`` (here and for a count of areas): the
    deadline's figure decides once it is reached; before it, a target already met is met
    early; otherwise the progress ratio of the trend (set on ``result``) decides."""
    if ctx.as_of >= deadline:
        if latest.year != deadline:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=deadline, latest=latest.year
            )
        result.projected = None
        result.catch_up_rate = None
        # Judged on the deadline's own figure: no base was needed, so a moved one is not told.
        result.notes = [note for note in result.notes if note.code != "base-moved"]
        return result.conclude(VERDICT_STATUS[verdict])
    if verdict != "missed":
        if latest.year == base.year:
            result.note("met-at-base", year=base.year)
        else:
            result.note("already-met", year=latest.year, deadline=deadline)
        return result.conclude(VERDICT_STATUS[verdict])
    if latest.year == base.year:
        return short(ctx, result, "one-point", year=latest.year)
    assert result.observed_rate is not None
    return result.conclude(by_ratio(result.ratio, result.observed_rate, d, ctx.thresholds))


def _trend(
    ctx: Context,
    result: Result,
    b: int,
    vb: float,
    t: int,
    vt: float,
    deadline: int,
    x: float,
    d: int,
) -> None:
    """Observed and required pace from the base, ratio, catch-up pace and projection."""
    trend = ctx.trend()
    if trend == "geometric" and (vb <= 0 or vt <= 0 or x <= 0):
        result.note("linear-fallback")
        trend = "linear"
    result.trend = trend
    span, horizon, left = t - b, deadline - b, deadline - t
    if trend == "geometric":
        result.rate_unit = "fraction"
        g = maths.cagr(vb, vt, span)
        g_req = maths.required_rate(vb, x, horizon)
        result.observed_rate, result.required_rate = g, g_req
        result.step("observed_rate", "(V_t / V_b)^(1/(t - b)) - 1", g, V_t=vt, V_b=vb, t=t, b=b)
        result.step(
            "required_rate", "(X / V_b)^(1/(T - b)) - 1", g_req, X=x, V_b=vb, T=deadline, b=b
        )
        if left > 0:
            result.catch_up_rate = maths.required_rate(vt, x, left)
            result.step(
                "catch_up_rate",
                "(X / V_t)^(1/(T - t)) - 1",
                result.catch_up_rate,
                X=x,
                V_t=vt,
                T=deadline,
                t=t,
            )
            projected = maths.project(vt, g, left)
            result.projected = Point(deadline, within_unit(ctx, result, projected))
            result.step(
                "projected", "V_t * (1 + g)^(T - t)", projected, V_t=vt, g=g, T=deadline, t=t
            )
    else:
        result.rate_unit = "unit"
        s = maths.slope(vb, vt, span)
        s_req = maths.slope(vb, x, horizon)
        result.observed_rate, result.required_rate = s, s_req
        result.step("observed_rate", "(V_t - V_b) / (t - b)", s, V_t=vt, V_b=vb, t=t, b=b)
        result.step("required_rate", "(X - V_b) / (T - b)", s_req, X=x, V_b=vb, T=deadline, b=b)
        if left > 0:
            result.catch_up_rate = maths.slope(vt, x, left)
            result.step(
                "catch_up_rate",
                "(X - V_t) / (T - t)",
                result.catch_up_rate,
                X=x,
                V_t=vt,
                T=deadline,
                t=t,
            )
            projected = maths.project_linear(vt, s, left)
            result.projected = Point(deadline, within_unit(ctx, result, projected))
            result.step("projected", "V_t + s * (T - t)", projected, V_t=vt, s=s, T=deadline, t=t)
    result.ratio = maths.progress_ratio(result.observed_rate, result.required_rate, d)
    if result.ratio is not None:
        result.step(
            "ratio",
            "d * r / |r*|",
            result.ratio,
            d=d,
            r=result.observed_rate,
            **{"r*": result.required_rate},
        )
