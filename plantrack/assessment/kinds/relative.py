"""Compared year by year with another area's value of the same indicator: "đạt mức bình quân
của Tỉnh"."""

from __future__ import annotations

from plantrack.assessment import maths
from plantrack.assessment.context import Context, mark, period_values
from plantrack.assessment.goals import VERDICT_STATUS, Goal, by_ratio, judge
from plantrack.assessment.results import Result, Verdict, YearCheck
from plantrack.assessment.status import Status
from plantrack.plans.model import RelativeTarget

_RELATION_DIRECTION = {"at_least": 1, "more_than": 1, "at_most": -1, "less_than": -1}


def assess(ctx: Context, target: RelativeTarget, result: Result) -> Result:
    """Compared year by year with the reference area's value of the same indicator."""
    s, e = target.period.start, target.period.end
    own, _, _ = period_values(ctx, s, e)
    reference_series = ctx.reference_series(target.reference_area)
    last = min(ctx.as_of, e)
    reference = {y: p for y, p in sorted(reference_series.levels.items()) if s <= y <= last}
    result.values = list(own.values())
    result.rate_unit = "unit"
    if not own and not reference:
        return result.conclude(Status.NO_DATA, "no-data")
    rd = _RELATION_DIRECTION.get(target.relation, ctx.direction)
    comparator = "value" if target.relation == "about" else target.relation
    compared = sorted(set(own) & set(reference))
    if not compared:
        if not own:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-value-in-time", year=e)
        return result.conclude(Status.INSUFFICIENT_DATA, "no-reference", area=target.reference_area)
    gaps: dict[int, float] = {}
    verdicts: dict[int, Verdict] = {}
    for year in compared:
        value, ref = own[year].value or 0.0, reference[year].value or 0.0
        verdicts[year] = judge(value, Goal(comparator, ref, ref, rd))
        gaps[year] = (value - ref) * rd
        result.years.append(
            YearCheck(year, value, verdicts[year] != "missed", ref, own[year].estimate)
        )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    t = compared[-1]
    result.latest = own[t]
    mark(result, own[t], reference[t])
    result.gap = gaps[t]
    result.step(
        "gap",
        "rd * (V_t - R_t)",
        gaps[t],
        rd=rd,
        V_t=own[t].value or 0.0,
        R_t=reference[t].value or 0.0,
    )
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(VERDICT_STATUS[verdicts[t]])
    if verdicts[t] != "missed":
        return result.conclude(Status.ON_TRACK)
    first = compared[0]
    if first == t:
        result.note("one-year-compared", year=t)
        return result.conclude(Status.OFF_TRACK)
    observed = (gaps[t] - gaps[first]) / (t - first)
    needed = -gaps[first] / (e - first)
    result.observed_rate, result.required_rate = observed, needed
    result.ratio = maths.progress_ratio(observed, needed, 1)
    result.catch_up_rate = -gaps[t] / (e - t)
    result.step(
        "observed_rate",
        "(gap_t - gap_f) / (t - f)",
        observed,
        gap_t=gaps[t],
        gap_f=gaps[first],
        t=t,
        f=first,
    )
    result.step("required_rate", "-gap_f / (e - f)", needed, gap_f=gaps[first], e=e, f=first)
    return result.conclude(by_ratio(result.ratio, observed, 1, ctx.thresholds))
