"""Every year of a period: "hàng năm tạo việc làm mới cho khoảng 3.000 lao động"."""

from __future__ import annotations

from plantrack.assessment.context import Context, mark, period_values, short, years_text
from plantrack.assessment.goals import goal_for
from plantrack.assessment.results import Result, YearCheck
from plantrack.model import AnnualTarget
from plantrack.status import Status


def assess(ctx: Context, target: AnnualTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = goal_for(target, ctx.direction)
    values, missing, t = period_values(ctx, s, e)
    result.values = list(values.values())
    if not values:
        return short(ctx, result, "no-value-in-time", year=e)
    verdicts = {y: goal.verdict(p.value or 0.0) for y, p in values.items()}
    result.years = [
        YearCheck(y, p.value, verdicts[y] != "missed", None, p.estimate) for y, p in values.items()
    ]
    met = sum(1 for v in verdicts.values() if v != "missed")
    result.met_years, result.counted_years = met, len(values)
    result.note("years-met", met=met, counted=len(values))
    latest = values[t]
    result.latest = latest
    mark(result, latest)
    for point in values.values():  # every year is judged: each approximate figure is told
        if point.approximate:
            result.note("approximate-figure", year=point.year, value=f"{point.value:.12g}")
    if ctx.as_of >= e:
        if met < len(values):
            return result.conclude(Status.NOT_ACHIEVED)
        if missing or t != e:
            absent = missing + list(range(t + 1, e + 1))
            return result.conclude(
                Status.INSUFFICIENT_DATA, "missing-years", years=years_text(absent)
            )
        if all(v == "exceeded" for v in verdicts.values()):
            return result.conclude(Status.EXCEEDED)
        return result.conclude(Status.ACHIEVED)
    if verdicts[t] != "missed":
        return result.conclude(Status.ON_TRACK)
    previous = values.get(t - 1)
    if previous is None or previous.value is None or latest.value is None:
        return result.conclude(Status.OFF_TRACK)
    change = (latest.value - previous.value) * goal.direction
    if change > 0:
        return result.conclude(Status.AT_RISK)
    if change < 0:
        return result.conclude(Status.REGRESSING)
    return result.conclude(Status.OFF_TRACK)
