"""Every year of a period: "hàng năm tạo việc làm mới cho khoảng 3.000 lao động"."""

from __future__ import annotations

from plantrack.assessment import every_year
from plantrack.assessment.context import Context, mark, period_values, short
from plantrack.assessment.results import Result, YearCheck
from plantrack.plans.model import AnnualTarget


def assess(ctx: Context, target: AnnualTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = ctx.goal(target)
    values, _, t = period_values(ctx, s, e)
    result.values = list(values.values())
    if not values:
        return short(ctx, result, "no-value-in-time", year=e)
    verdicts = {y: goal.verdict(p.value or 0.0) for y, p in values.items()}
    result.years = [
        YearCheck(y, p.value, verdicts[y] != "missed", None, p.estimate) for y, p in values.items()
    ]
    every_year.count(result)
    latest = values[t]
    result.latest = latest
    mark(result, latest)
    for point in values.values():  # every year is judged: each approximate figure is told
        if point.approximate:
            result.note("approximate-figure", year=point.year, value=f"{point.value:.12g}")
    exceeded = all(v == "exceeded" for v in verdicts.values())
    return every_year.conclude(result, ctx.as_of, s, e, all_exceeded=exceeded)
