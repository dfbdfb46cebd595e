"""A change per year, as improvement in the desired direction: "giảm tỷ lệ hộ nghèo bình quân
1,5 điểm %/năm"; from levels, or from reported changes ("giảm 1,1 điểm %")."""

from __future__ import annotations

import dataclasses
import math

from plantrack.assessment import maths
from plantrack.assessment.context import (
    Context,
    conflict,
    mark,
    missing_base,
    pick_base,
    short,
    within_unit,
    years_text,
)
from plantrack.assessment.goals import VERDICT_STATUS, by_ratio
from plantrack.assessment.results import Point, Result, YearCheck
from plantrack.assessment.status import Status
from plantrack.plans.model import ChangeTarget


def base_year_of(target: ChangeTarget) -> int:
    """The year a change per year is counted from: the target's own, else the year before the
    period."""
    return target.effective_base_year


def assess(ctx: Context, target: ChangeTarget, result: Result) -> Result:
    """Improvement per year, in the indicator's unit, averaged from the base to the latest year."""
    b, e = base_year_of(target), target.period.end
    d = ctx.direction
    goal = ctx.goal(target, 1)
    x = goal.threshold
    result.rate_unit, result.trend = "unit", "linear"
    levels = ctx.levels(upto=e)
    result.values = list(levels.values())
    last = min(ctx.as_of, e)
    changes = {y: p for y, p in ctx.series.changes.items() if b < y <= last}
    if changes:
        return _change_chained(ctx, target, result, levels, changes)
    base = pick_base(ctx, levels, b, result)
    result.base = base
    if base is None or base.value is None:
        return missing_base(ctx, result, b)
    latest = list(levels.values())[-1]
    result.latest = latest
    mark(result, base, latest)
    if latest.year <= base.year:
        return short(ctx, result, "one-point", year=latest.year)
    assert latest.value is not None
    # Year by year, where two consecutive years are known.
    for year, point in levels.items():
        before = levels.get(year - 1)
        if year <= base.year or before is None or before.value is None or point.value is None:
            continue
        improvement = (point.value - before.value) * d
        result.years.append(
            YearCheck(
                year, improvement, goal.verdict(improvement) != "missed", None, point.estimate
            )
        )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    n, whole, left = latest.year - base.year, e - base.year, e - latest.year
    improvement = (latest.value - base.value) * d
    average = improvement / n
    result.observed_rate, result.required_rate = average, x
    result.step(
        "observed_rate",
        "d * (V_t - V_b) / (t - b)",
        average,
        d=d,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
        b=base.year,
    )
    result.ratio = maths.progress_ratio(average, x, goal.direction)
    if result.ratio is not None:
        result.step("ratio", "c / |X|", result.ratio, c=average, X=x)
    if ctx.as_of >= e:
        if latest.year != e:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=latest.year
            )
        return result.conclude(VERDICT_STATUS[goal.verdict(average)])
    result.catch_up_rate = (x * whole - improvement) / left
    result.step(
        "catch_up_rate",
        "(X * (e - b) - d * (V_t - V_b)) / (e - t)",
        result.catch_up_rate,
        X=x,
        e=e,
        b=base.year,
        d=d,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
    )
    projected = maths.project_linear(latest.value, (latest.value - base.value) / n, left)
    result.projected = Point(e, within_unit(ctx, result, projected))
    result.step(
        "projected",
        "V_t + (V_t - V_b) / (t - b) * (e - t)",
        projected,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
        b=base.year,
        e=e,
    )
    verdict = goal.verdict(improvement / whole)
    if verdict != "missed":
        result.note("already-met", year=latest.year, deadline=e)
        return result.conclude(VERDICT_STATUS[verdict])
    return result.conclude(by_ratio(result.ratio, average, goal.direction, ctx.thresholds))


def _change_chained(
    ctx: Context,
    target: ChangeTarget,
    result: Result,
    levels: dict[int, Point],
    changes: dict[int, Point],
) -> Result:
    """A change target whose data give reported changes ("giảm 1,1 điểm %") for some years.

    Years are linked as growth rates are chained: a level links to the last level before it
    (the levels win over a reported change for a year whose two levels are known; note
    ``change-replaced`` when they differ), and a reported change links a year to the one
    before. The total change from the base is the sum of the links, so a base level is not
    needed when the changes reach back to the base year.
    """
    b, e = base_year_of(target), target.period.end
    d = ctx.direction
    goal = ctx.goal(target, 1)
    x = goal.threshold
    if b in levels or (b + 1) in changes:
        start = b
        base: Point | None = pick_base(ctx, levels, b, result) if b in levels else None
    else:
        later = sorted(y for y in {*levels, *(y - 1 for y in changes)} if y > b)
        if not later:
            return missing_base(ctx, result, b)
        start = later[0]
        result.note("base-moved", wanted=b, year=start)
        base = dataclasses.replace(levels[start], moved=True) if start in levels else None
    if base is None:
        base = Point(start, None, moved=start != b)
    result.base = base
    offset: dict[int, float] = {start: 0.0}
    link: dict[int, tuple[int, str, dict[str, float]]] = {}  # year -> (from, formula, inputs)
    anchor = start if start in levels else None
    linked: list[Point] = []  # reported changes that link a year to the one before
    last = max([*levels, *changes])
    for year in range(start + 1, last + 1):
        level, change = levels.get(year), changes.get(year)
        if level is not None and anchor is not None:
            before = levels[anchor]
            assert level.value is not None and before.value is not None
            offset[year] = offset[anchor] + level.value - before.value
            link[year] = (
                anchor,
                f"(V_{year} - V_{anchor})",
                {f"V_{year}": level.value, f"V_{anchor}": before.value},
            )
            # The levels win. The change they give for this year: from the level before, or,
            # when the years since that level were linked by reported changes, from the level
            # those changes imply (10, "giảm 1", 8: the change for the third year is -1).
            if change is not None and (year - 1) in offset:
                computed = offset[year] - offset[year - 1]
                assert change.value is not None
                if not math.isclose(change.value, computed, rel_tol=1e-9, abs_tol=1e-9):
                    result.note(
                        "change-replaced",
                        year=year,
                        before=year - 1,
                        reported=change.value,
                        computed=round(computed, 10),
                    )
            anchor = year
        elif change is not None and (year - 1) in offset:
            assert change.value is not None
            offset[year] = offset[year - 1] + change.value
            link[year] = (year - 1, f"D_{year}", {f"D_{year}": change.value})
            linked.append(change)
            if level is not None:
                anchor = year
    t = last
    if t not in offset:
        missing = next(y for y in range(start + 1, t + 1) if y not in offset)
        return conflict(ctx, result, missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "gap-in-changes", year=missing, start=start, end=t
        )
    # The working: the links from the latest year back to the base. A reported change between
    # two levels splits their difference year by year but is not part of the total.
    path: list[int] = []
    year = t
    while year != start:
        path.append(year)
        year = link[year][0]
    path.reverse()
    used = [changes[y] for y in path if link[y][1].startswith("D_")]
    if used:
        result.note("change-reported", years=years_text([p.year for p in used]))
    latest = levels.get(t)
    if latest is None:
        change = changes[t]
        value = None
        if anchor is not None and anchor in offset:
            value = (levels[anchor].value or 0.0) + offset[t] - offset[anchor]
        latest = Point(
            t,
            value,
            change.estimate,
            change.origin,
            change.where,
            change.qualifier,
            derived=value is not None,
        )
    result.latest = latest
    mark(result, base if base.value is not None else None, latest, *linked)
    if t <= start:
        return short(ctx, result, "one-point", year=t)
    # Year by year, where a year and the one before are both linked to the base.
    for year in range(start + 1, t + 1):
        if year in offset and (year - 1) in offset:
            step = (offset[year] - offset[year - 1]) * d
            point = levels.get(year) or changes[year]
            result.years.append(
                YearCheck(year, step, goal.verdict(step) != "missed", None, point.estimate)
            )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    parts = [link[y][1] for y in path]
    inputs: dict[str, float] = {}
    for y in path:
        inputs.update(link[y][2])
    total = offset[t]
    result.step("change", " + ".join(parts), total, **inputs)
    n, whole, left = t - start, e - start, e - t
    improvement = total * d
    average = improvement / n
    result.observed_rate, result.required_rate = average, x
    result.step("observed_rate", "d * D / (t - b)", average, d=d, D=total, t=t, b=start)
    result.ratio = maths.progress_ratio(average, x, goal.direction)
    if result.ratio is not None:
        result.step("ratio", "c / |X|", result.ratio, c=average, X=x)
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(VERDICT_STATUS[goal.verdict(average)])
    result.catch_up_rate = (x * whole - improvement) / left
    result.step(
        "catch_up_rate",
        "(X * (e - b) - d * D) / (e - t)",
        result.catch_up_rate,
        X=x,
        e=e,
        b=start,
        d=d,
        D=total,
        t=t,
    )
    if latest.value is not None:
        projected = maths.project_linear(latest.value, total / n, left)
        result.projected = Point(e, within_unit(ctx, result, projected))
        result.step(
            "projected",
            "V_t + D / (t - b) * (e - t)",
            projected,
            V_t=latest.value,
            D=total,
            t=t,
            b=start,
            e=e,
        )
    verdict = goal.verdict(improvement / whole)
    if verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(VERDICT_STATUS[verdict])
    return result.conclude(by_ratio(result.ratio, average, goal.direction, ctx.thresholds))
