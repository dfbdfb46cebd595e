"""Growth on the year before, every year of a period: "thu ngân sách tăng từ 10% trở lên so với
năm trước (hằng năm)".

Each year's rate is judged on its own, not averaged: the growth reported for the year, else the
rate its level and the level of the year before give (``V_y / V_{y-1} - 1``, with the working).
One year below the bound and the target, as written, is missed, whenever that is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from plantrack.assessment import every_year
from plantrack.assessment.context import Context, conflict, mark, years_text
from plantrack.assessment.results import Point, Result, YearCheck
from plantrack.assessment.status import Status
from plantrack.plans.model import YearlyGrowthTarget


@dataclass(frozen=True, slots=True)
class YearRate:
    """One year's growth on the year before (a fraction), and where it comes from."""

    year: int
    rate: float
    point: Point  # the reported rate, or the year's level when the rate is computed
    before: Point | None = None  # the level of the year before, when the rate is computed


def rate_from_levels(before: float, level: float) -> float | None:
    """``level / before - 1``: the growth from one year's level to the next; None when the level
    before is not positive (no growth can be measured from it)."""
    if before <= 0:
        return None
    return level / before - 1


def _from(before: Point, level: Point) -> float | None:
    if before.value is None or level.value is None:
        return None
    return rate_from_levels(before.value, level.value)


def yearly_rates(
    start: int,
    end: int,
    rates: Mapping[int, Point],
    levels: Mapping[int, Point],
) -> tuple[dict[int, YearRate], list[int]]:
    """The rate of each year ``start..end``: the reported one, else the one from the year's level
    and the level of the year before; and the years that have neither."""
    found: dict[int, YearRate] = {}
    missing: list[int] = []
    for year in range(start, end + 1):
        reported = rates.get(year)
        if reported is not None and reported.value is not None:
            found[year] = YearRate(year, reported.value, reported)
            continue
        level, before = levels.get(year), levels.get(year - 1)
        if level is not None and before is not None:
            rate = _from(before, level)
            if rate is not None:
                found[year] = YearRate(year, rate, level, before)
                continue
        missing.append(year)
    return found, missing


def assess(ctx: Context, target: YearlyGrowthTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    last = min(ctx.as_of, e)
    goal = ctx.goal(target)
    result.trend, result.rate_unit = "geometric", "fraction"
    result.required_rate = goal.threshold
    levels = ctx.levels(upto=last)
    rates = {y: p for y, p in ctx.series.growth.items() if s <= y <= last}
    result.values = [p for y, p in levels.items() if y >= s - 1]
    found, _ = yearly_rates(s, last, rates, levels)
    if not found:
        return conflict(ctx, result) or result.conclude(
            Status.INSUFFICIENT_DATA, "no-value-in-time", year=e
        )
    computed = [r for r in found.values() if r.before is not None]
    for rate in computed:
        assert rate.before is not None and rate.point.value is not None
        assert rate.before.value is not None
        result.step(
            f"r_{rate.year}",
            f"V_{rate.year} / V_{rate.year - 1} - 1",
            rate.rate,
            **{f"V_{rate.year}": rate.point.value, f"V_{rate.year - 1}": rate.before.value},
        )
    if computed:
        result.note("rates-from-levels", years=years_text([r.year for r in computed]))
    verdicts = {year: goal.verdict(rate.rate) for year, rate in found.items()}
    result.years = [
        YearCheck(year, rate.rate, verdicts[year] != "missed", None, rate.point.estimate)
        for year, rate in found.items()
    ]
    t = max(found)
    newest = found[t]
    result.latest = Point(t, newest.rate, newest.point.estimate, newest.point.origin)
    result.observed_rate = newest.rate
    for rate in found.values():  # every year is judged: each figure's remarks are told
        mark(result, rate.point, rate.before)
    # One year below the bound and the target as written is missed, even before the deadline;
    # exceeded only when every year went beyond it (never for a ceiling: see goals.judge).
    exceeded = all(v == "exceeded" for v in verdicts.values())
    return every_year.conclude(result, ctx.as_of, s, e, all_exceeded=exceeded)
