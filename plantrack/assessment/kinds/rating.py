"""An ordinal rating: "Đảng bộ xã hàng năm đạt hoàn thành tốt nhiệm vụ trở lên", "đạt mức độ 3".

The indicator names a scale of the plan (levels from the worst to the best); each figure is a
level, held as its rank (1 = worst) with the words as reported. The bound is a level too. A
level is judged by :func:`plantrack.plans.scales.verdict`: better than the bound exceeded, the bound's
level achieved, worse missed (``value`` reads "đạt X" as X or better, like ``at_least``).

- Due by a year: at the deadline, the deadline year's level decides. Before it, a level at or
  above the bound is on track; below it, at risk when it rose on the year before, regressing
  when it fell, else off track.
- Every year of a period: each year is judged, and the status is decided by the rule every
  every-year kind shares (:mod:`plantrack.assessment.every_year`): a year below the bound is
  not achieved at once, naming the years (``years-missed``); all years met so far is on track;
  at the end every year met is achieved, exceeded when every year is above the bound.
"""

from __future__ import annotations

from plantrack.assessment import every_year
from plantrack.assessment.context import Context, conflict, mark, period_values, short
from plantrack.assessment.results import Point, Result, YearCheck
from plantrack.assessment.status import Status
from plantrack.plans import scales
from plantrack.plans.model import RatingTarget

_VERDICT_STATUS = {
    "exceeded": Status.EXCEEDED,
    "achieved": Status.ACHIEVED,
    "missed": Status.NOT_ACHIEVED,
}


def _rank(point: Point) -> int:
    assert point.value is not None  # a rated figure is a level: its rank
    return int(point.value)


def assess(ctx: Context, target: RatingTarget, result: Result) -> Result:
    bound = target.rank
    if target.period is not None:
        return _every_year(ctx, target.period.start, target.period.end, bound, result)
    assert target.year is not None
    return _by_year(ctx, target.year, bound, result)


def _by_year(ctx: Context, deadline: int, bound: int, result: Result) -> Result:
    levels = {y: p for y, p in ctx.series.levels.items() if y <= ctx.as_of}
    if not levels:
        return short(ctx, result, "no-value-in-time", year=deadline)
    result.values = list(levels.values())
    if ctx.as_of >= deadline:
        point = levels.get(deadline)
        if point is None:
            before = [p for y, p in levels.items() if y < deadline]
            result.latest = before[-1] if before else None
            return conflict(ctx, result, deadline) or result.conclude(
                Status.INSUFFICIENT_DATA,
                "no-deadline-value",
                year=deadline,
                latest=result.latest.year if result.latest else "–",
            )
        result.latest = point
        mark(result, point)
        return result.conclude(_VERDICT_STATUS[scales.verdict(_rank(point), bound)])
    t = max(levels)
    latest = result.latest = levels[t]
    mark(result, latest)
    if scales.verdict(_rank(latest), bound) != "missed":
        result.note("already-met", year=t, deadline=deadline)
        return result.conclude(Status.ON_TRACK)
    previous = levels.get(t - 1)
    if previous is None:
        return result.conclude(Status.OFF_TRACK)
    if _rank(latest) > _rank(previous):
        return result.conclude(Status.AT_RISK)
    if _rank(latest) < _rank(previous):
        return result.conclude(Status.REGRESSING)
    return result.conclude(Status.OFF_TRACK)


def _every_year(ctx: Context, s: int, e: int, bound: int, result: Result) -> Result:
    values, _, t = period_values(ctx, s, e)
    result.values = list(values.values())
    if not values:
        return short(ctx, result, "no-value-in-time", year=e)
    verdicts = {y: scales.verdict(_rank(p), bound) for y, p in values.items()}
    result.years = [
        YearCheck(y, p.value, verdicts[y] != "missed", None, p.estimate) for y, p in values.items()
    ]
    result.latest = values[t]
    mark(result, result.latest)
    exceeded = all(v == "exceeded" for v in verdicts.values())
    return every_year.conclude(result, ctx.as_of, s, e, all_exceeded=exceeded)
