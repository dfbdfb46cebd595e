"""A count of areas meeting a criterion: "6/8 xã đạt chuẩn nông thôn mới", "66/112 thôn đạt
chuẩn".

The count of a year is the indicator's own reported figure (a reported count) when there is
one; otherwise, when the target lists the areas (``among``) and they report the criterion (a
qualitative indicator), it is rolled up: an area counts when its latest report of the criterion
up to that year is "achieved". An area without any report by then counts as not meeting it, so
a rolled-up count is a lower bound; when the areas without a report could change the verdict,
the result is insufficient_data.

Judged like a level target: at the deadline against the bound; before it, met is achieved
early, else the straight line from the plan's base year (counts of areas are linear) gives the
progress ratio.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plantrack.assessment import maths
from plantrack.assessment.context import (
    Context,
    mark,
    missing_base,
    pick_base,
    short,
    within_unit,
)
from plantrack.assessment.kinds import level
from plantrack.assessment.results import Point, Result
from plantrack.assessment.series import Series
from plantrack.assessment.status import Status
from plantrack.observations import State
from plantrack.plans.model import CountTarget, Plan


def base_year_of(plan: Plan) -> int:
    """The plan's base year: progress to a count is measured from it, as for a level."""
    return plan.base_year


@dataclass(frozen=True, slots=True)
class RollUp:
    """The areas that meet the criterion in a year, and those with no report by then."""

    year: int
    meeting: tuple[str, ...]
    unreported: tuple[str, ...]
    estimate: bool = False

    @property
    def count(self) -> int:
        return len(self.meeting)


def roll_up(states: Mapping[str, Mapping[int, State]], among: Sequence[str], year: int) -> RollUp:
    """Who counts in ``year``: each area of ``among`` whose latest reported state up to
    ``year`` is achieved; areas with no report up to ``year`` are named as unreported."""
    meeting: list[str] = []
    unreported: list[str] = []
    for area in among:
        reports = [y for y in states.get(area, {}) if y <= year]
        if not reports:
            unreported.append(area)
        elif states[area][max(reports)] is State.ACHIEVED:
            meeting.append(area)
    return RollUp(year, tuple(meeting), tuple(unreported))


def _states(ctx: Context, target: CountTarget, last: int) -> dict[str, dict[int, State]]:
    """The criterion's reported states of each area counted, up to ``last``."""
    assert target.criterion is not None and target.among is not None
    out: dict[str, dict[int, State]] = {}
    for area in target.among:
        series = ctx.index.get((target.criterion, area), Series())
        out[area] = {y: s for y, (s, _) in series.states.items() if y <= last}
    return out


def _estimated(ctx: Context, target: CountTarget, rolled: RollUp) -> bool:
    """Whether a state that decides the roll-up is an estimate."""
    assert target.criterion is not None and target.among is not None
    for area in target.among:
        series = ctx.index.get((target.criterion, area), Series())
        reports = [y for y in series.states if y <= rolled.year]
        if reports and series.states[max(reports)][1]:
            return True
    return False


def assess(ctx: Context, target: CountTarget, result: Result) -> Result:
    deadline = target.year
    last = min(ctx.as_of, deadline)
    result.out_of = target.total
    result.rate_unit, result.trend = "unit", "linear"
    reported = {y: p for y, p in ctx.levels(upto=deadline).items() if p.value is not None}
    rolled: dict[int, RollUp] = {}
    if target.among and target.criterion:
        states = _states(ctx, target, last)
        reports = {y for by_year in states.values() for y in by_year}
        if reports:
            years = {y for y in reports if y >= ctx.plan.base_year} | {last}
            if min(reports) <= ctx.plan.base_year <= last:
                years.add(ctx.plan.base_year)
            for year in sorted(years):
                found = roll_up(states, target.among, year)
                rolled[year] = dataclasses.replace(found, estimate=_estimated(ctx, target, found))
    counts: dict[int, Point] = dict(reported)
    for year, found in rolled.items():
        counts.setdefault(year, Point(year, float(found.count), found.estimate))
    counts = dict(sorted(counts.items()))
    if not counts:
        if ctx.series.size == 0:
            return result.conclude(Status.NO_DATA, "no-data")
        return short(ctx, result, "no-value-in-time", year=deadline)
    t = max(counts)
    decisive = rolled.get(t)
    if decisive is not None:
        _tell_roll_up(target, result, decisive, reported.get(t))
    unsure = decisive is not None and t not in reported and bool(decisive.unreported)
    if not unsure:
        return _judge(ctx, target, result, counts)
    assert decisive is not None
    # The areas without a report count as not meeting the criterion (a lower bound); were they
    # all to meet it, would the verdict be another?
    best = dict(counts)
    best[t] = dataclasses.replace(counts[t], value=float(decisive.count + len(decisive.unreported)))
    other = _judge(ctx, target, _fresh(result), best)
    judged = _judge(ctx, target, result, counts)
    if other.status != judged.status:
        return judged.conclude(
            Status.INSUFFICIENT_DATA,
            "count-incomplete",
            criterion=target.criterion,
            areas=", ".join(decisive.unreported),
            worst_status=judged.status.value,
            best_status=other.status.value,
        )
    return judged


def _tell_roll_up(
    target: CountTarget, result: Result, rolled: RollUp, reported: Point | None
) -> None:
    areas = ", ".join(rolled.meeting) or "–"
    out_of = target.total if target.total is not None else len(target.among or [])
    if reported is None:
        result.note(
            "count-rolled-up",
            year=rolled.year,
            criterion=target.criterion,
            count=rolled.count,
            out_of=out_of,
            areas=areas,
        )
        if rolled.unreported:
            result.note(
                "count-missing-areas",
                criterion=target.criterion,
                year=rolled.year,
                areas=", ".join(rolled.unreported),
                count=rolled.count,
            )
    elif reported.value != rolled.count:
        result.note(
            "count-differs",
            year=rolled.year,
            reported=f"{reported.value:g}",
            criterion=target.criterion,
            rolled=rolled.count,
            areas=areas,
        )


def _fresh(result: Result) -> Result:
    return dataclasses.replace(result, years=[], values=[], notes=[], steps=[], working=False)


def _judge(ctx: Context, target: CountTarget, result: Result, counts: dict[int, Point]) -> Result:
    """The verdict on a count series, as for a level target with a linear trend."""
    deadline, base_year = target.year, ctx.plan.base_year
    goal = ctx.goal(target)
    x, d = goal.threshold, goal.direction
    levels = {y: p for y, p in counts.items() if y >= base_year}
    result.values = list(levels.values())
    base = pick_base(ctx, levels, base_year, result)
    result.base = base
    if not levels or base is None:
        return missing_base(ctx, result, base_year)
    latest = list(levels.values())[-1]
    result.latest = latest
    mark(result, base, latest)
    assert latest.value is not None and base.value is not None
    verdict = goal.verdict(latest.value)
    if latest.year > base.year:
        _trend(ctx, result, base, latest, deadline, x, d)
    return level.conclude(ctx, result, base, latest, deadline, verdict, d)


def _trend(
    ctx: Context, result: Result, base: Point, latest: Point, deadline: int, x: float, d: int
) -> None:
    """Counts per year from the base: observed, needed, still needed, projected, ratio."""
    assert base.value is not None and latest.value is not None
    b, t, vb, vt = base.year, latest.year, base.value, latest.value
    s = maths.slope(vb, vt, t - b)
    s_req = maths.slope(vb, x, deadline - b)
    result.observed_rate, result.required_rate = s, s_req
    result.step("observed_rate", "(C_t - C_b) / (t - b)", s, C_t=vt, C_b=vb, t=t, b=b)
    result.step("required_rate", "(X - C_b) / (T - b)", s_req, X=x, C_b=vb, T=deadline, b=b)
    left = deadline - t
    if left > 0:
        result.catch_up_rate = maths.slope(vt, x, left)
        result.step(
            "catch_up_rate",
            "(X - C_t) / (T - t)",
            result.catch_up_rate,
            X=x,
            C_t=vt,
            T=deadline,
            t=t,
        )
        projected = maths.project_linear(vt, s, left)
        out_of = result.out_of
        if out_of is not None and projected > out_of:
            result.note("projection-capped", value=round(projected, 4), bound=out_of)
            shown = float(out_of)
        else:
            shown = within_unit(ctx, result, projected)
        result.projected = Point(deadline, shown)
        result.step("projected", "C_t + s * (T - t)", projected, C_t=vt, s=s, T=deadline, t=t)
    result.ratio = maths.progress_ratio(s, s_req, d)
    if result.ratio is not None:
        result.step("ratio", "d * r / |r*|", result.ratio, d=d, r=s, **{"r*": s_req})
