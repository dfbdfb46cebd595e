"""What every kind works with: the :class:`Context` of one target in one area (its plan,
indicator, series and as-of year), and the rules they share: which figure is the base, the
notes a figure brings (estimate, qualifier, about), a year left out by a conflict, the levels
that reported changes imply, the projection kept inside what the unit allows."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from plantrack.assessment.goals import Goal, goal_for
from plantrack.assessment.results import Point, Result, Trend
from plantrack.assessment.series import Series, show
from plantrack.assessment.status import Status
from plantrack.plans.model import Indicator, Plan, Thresholds


def within_unit(ctx: Context, result: Result, value: float) -> float:
    """A projection kept inside what the unit allows (a share cannot fall below 0 %)."""
    unit = ctx.indicator.unit_info
    if unit is None or result.kind == "cumulative":
        return value
    low, high = unit.minimum, unit.maximum
    if low is not None and value < low:
        result.note("projection-capped", **capped_words(value, low))
        return low
    if high is not None and value > high:
        result.note("projection-capped", **capped_words(value, high))
        return high
    return value


def capped_words(value: float, bound: float) -> dict[str, float]:
    """The parameters of note ``projection-capped``: the projection (rounded) and the bound."""
    return {"value": round(value, 4), "bound": bound}


@dataclass(slots=True)
class Context:
    plan: Plan
    indicator: Indicator
    area: str
    as_of: int
    series: Series
    thresholds: Thresholds
    index: Mapping[tuple[str, str], Series]
    period: Any = None  # the target's period, when it has one
    base_year: int | None = None
    approximate: bool = False  # the target says "about"
    #: The reference area's series of a relative target, when it is judged at one end of its
    #: ranges; None: the series in ``index``.
    reference: Series | None = None
    #: How near an "about" target's value a figure counts as the value (a fraction of it).
    tolerance: float = 0.0

    def goal(self, target: Any, direction: int | None = None) -> Goal:
        """The target's goal; ``direction`` for the bounded quantity when it is not the
        indicator's (a change target's bound is an improvement: +1)."""
        return goal_for(target, self.direction if direction is None else direction, self.tolerance)

    def reference_series(self, area: str) -> Series:
        if self.reference is not None:
            return self.reference
        return self.index.get((self.indicator.id, area), Series())

    @property
    def direction(self) -> int:
        return -1 if self.indicator.direction == "decrease" else 1

    def levels(self, *, upto: int | None = None, with_baseline: bool = True) -> dict[int, Point]:
        """Level points up to the as-of year (and ``upto``), the plan's baseline filling in."""
        limit = self.as_of if upto is None else min(self.as_of, upto)
        points = {y: p for y, p in self.series.levels.items() if y <= limit}
        baseline = self.indicator.baseline
        if (
            with_baseline
            and baseline is not None
            and (baseline.area or self.plan.area) == self.area
            and baseline.year <= limit
            and ("level", baseline.year) not in self.series.conflicts
            and baseline.year not in points
        ):
            points[baseline.year] = Point(
                baseline.year, baseline.value, False, "plan", qualifier=baseline.qualifier
            )
            return dict(sorted(points.items()))
        return points  # the series' years are in order

    def trend(self) -> Trend:
        if self.indicator.projection is not None:
            return self.indicator.projection
        unit = self.indicator.unit_info
        if unit is not None and unit.is_percent:
            return "linear"
        return "geometric"


def pick_base(
    ctx: Context, levels: dict[int, Point], base_year: int, result: Result
) -> Point | None:
    """The base: the value of the base year (data first, then the plan's baseline), else the
    first later value (reported as moved, as open-sdg does)."""
    if base_year > ctx.as_of or ("level", base_year) in ctx.series.conflicts:
        return None
    point = levels.get(base_year)
    if point is not None:
        baseline = ctx.indicator.baseline
        if point.origin == "plan":
            result.note("base-from-plan", year=base_year)
        elif (
            baseline is not None
            and baseline.year == base_year
            and (baseline.area or ctx.plan.area) == ctx.area
            and point.value is not None
            and not math.isclose(point.value, baseline.value, rel_tol=1e-9)
        ):
            result.note(
                "baseline-replaced", year=base_year, value=point.value, baseline=baseline.value
            )
        return point
    later = [p for y, p in levels.items() if y > base_year]
    if not later:
        return None
    result.note("base-moved", wanted=base_year, year=later[0].year)
    return dataclasses.replace(later[0], moved=True)


def mark(result: Result, *points: Point | None) -> None:
    for point in points:
        if point is None:
            continue
        if point.estimate:
            result.note("estimate-used", year=point.year)
        if point.qualifier is not None:
            result.note("qualifier", year=point.year, qualifier=point.qualifier, value=point.value)
        if point.approximate:
            result.note("approximate-figure", year=point.year, value=f"{point.value:.12g}")


def missing_base(ctx: Context, result: Result, base_year: int) -> Result:
    return short(ctx, result, "no-base", year=base_year, as_of=ctx.as_of)


def conflict(ctx: Context, result: Result, *among: int) -> Result | None:
    """The ``conflict`` reason, if a conflict up to the as-of year (in ``among``, when given)
    left a year out."""
    years = sorted(
        key
        for key in ctx.series.conflicts
        if key[1] <= ctx.as_of and (not among or key[1] in among)
    )
    if not years:
        return None
    first, second = ctx.series.conflicts[years[0]]
    return result.conclude(
        Status.INSUFFICIENT_DATA,
        "conflict",
        year=years[0][1],
        values=f"{show(first)} / {show(second)}",
    )


def short(ctx: Context, result: Result, code: str, **params: Any) -> Result:
    """Insufficient data: named as a conflict when a conflicting year is why, else ``code``."""
    return conflict(ctx, result) or result.conclude(Status.INSUFFICIENT_DATA, code, **params)


def implied_levels(
    ctx: Context, levels: dict[int, Point], limit: int
) -> tuple[dict[int, Point], dict[int, tuple[Point, Point]]]:
    """``levels`` with each year reported only as a change ("giảm 1,1 điểm %") after a known
    level filled in with the level it implies (the level before plus the change), up to
    ``limit``; and, by year, the level before and the change each implied level comes from."""
    changes = ctx.series.changes
    if not changes or not levels:
        return levels, {}
    out = dict(levels)
    implied: dict[int, tuple[Point, Point]] = {}
    for year, change in changes.items():  # in year order: a change may follow an implied level
        before = out.get(year - 1)
        if (
            year in out
            or year > limit
            or ("level", year) in ctx.series.conflicts
            or before is None
            or before.value is None
            or change.value is None
        ):
            continue
        out[year] = Point(
            year,
            before.value + change.value,
            change.estimate or before.estimate,
            "data",
            change.where,
            derived=True,
        )
        implied[year] = (before, change)
    if not implied:
        return levels, {}
    return dict(sorted(out.items())), implied


def tell_implied(
    result: Result, levels: dict[int, Point], implied: dict[int, tuple[Point, Point]], *years: int
) -> None:
    """Note and working for the implied levels of ``years`` (note ``level-from-change``)."""
    for year in sorted(set(years)):
        if year not in implied:
            continue
        before, change = implied[year]
        tell_implied(result, levels, implied, before.year)  # a chain of changes, told in order
        assert before.value is not None and change.value is not None
        value = levels[year].value
        result.note(
            "level-from-change",
            year=year,
            before=before.year,
            before_value=f"{before.value:.12g}",
            change=f"{change.value:.12g}",
            value=f"{value:.12g}",
        )
        mark(result, change)
        result.step(
            f"V_{year}",
            f"V_{before.year} + D_{year}",
            value,
            **{f"V_{before.year}": before.value, f"D_{year}": change.value},
        )


def period_values(ctx: Context, start: int, end: int) -> tuple[dict[int, Point], list[int], int]:
    """Level values in start..end up to the as-of year, the missing years, and the last year."""
    last = min(ctx.as_of, end)
    values = {y: p for y, p in ctx.series.levels.items() if start <= y <= last}
    values = dict(sorted(values.items()))
    top = max(values, default=start - 1)
    missing = [y for y in range(start, top + 1) if y not in values]
    return values, missing, top


def years_text(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)
