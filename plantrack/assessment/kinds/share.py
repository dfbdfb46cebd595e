"""A share of other indicators of the plan: "thu ngân sách bằng 36% GRDP", "vốn đầu tư toàn xã
hội so GRDP 33-34%".

The target is set on the indicator that is the share (in %). A year's share is the indicator's
own reported figure when there is one; otherwise it is computed from the two series of the
same area, ``100 × N × k / D`` (``k`` converts the numerator's unit into the denominator's:
1.000 from tỷ đồng to triệu đồng). A period target is the share of the period's totals,
``100 × k × ΣN / ΣD`` over the years so far in which both are known.

Before the deadline a share that meets the bound is on track; otherwise the straight line
through the first and the latest share decides: reaching the bound by the deadline is on
track, moving towards it at risk, away from it regressing, not moving off track.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass

from plantrack.assessment.context import Context, mark, short, within_unit, years_text
from plantrack.assessment.goals import VERDICT_STATUS
from plantrack.assessment.results import Point, Result
from plantrack.assessment.series import Series
from plantrack.assessment.status import Status
from plantrack.plans.model import ShareTarget
from plantrack.units import conversion_factor

#: A slope this small (in points a year) is no movement.
_FLAT = 1e-12


def share_of(numerator: float, denominator: float, factor: float = 1.0) -> float:
    """``100 × numerator × factor / denominator``, in percent: ``factor`` converts the
    numerator's unit into the denominator's (1000 from tỷ đồng to triệu đồng)."""
    return 100 * (numerator * factor) / denominator


def period_share(
    numerators: Mapping[int, float], denominators: Mapping[int, float], factor: float = 1.0
) -> tuple[float, list[int]] | None:
    """The share of the totals over the years in which both are known, in percent, and those
    years; None when there is no such year or their denominators sum to zero."""
    years = sorted(set(numerators) & set(denominators))
    if not years:
        return None
    bottom = math.fsum(denominators[y] for y in years)
    if bottom == 0:
        return None
    return share_of(math.fsum(numerators[y] for y in years), bottom, factor), years


def unit_factor(ctx: Context, target: ShareTarget) -> float:
    """The number a numerator figure is multiplied by to be in the denominator's unit."""
    top = ctx.plan.indicator(target.numerator)
    bottom = ctx.plan.indicator(target.denominator)
    assert top is not None and bottom is not None  # validate names them
    times, divide = conversion_factor(top.parsed_unit, bottom.parsed_unit)
    return times / divide


@dataclass(frozen=True, slots=True)
class _Inputs:
    numerator: dict[int, Point]
    denominator: dict[int, Point]
    factor: float


def _inputs(ctx: Context, target: ShareTarget, last: int, direction: int) -> _Inputs:
    """The two series up to ``last``; a figure reported as a range ("61-62") at its end least
    favourable to the share (for a higher-is-better share: the low end of the numerator, the
    high end of the denominator), as the engine judges any range."""

    def levels(indicator: str, high: bool) -> dict[int, Point]:
        series = ctx.index.get((indicator, ctx.area), Series())
        out = {}
        for year, point in series.levels.items():
            if year > last or point.value is None:
                continue
            if point.high is not None:
                end = point.high if high else point.value
                point = dataclasses.replace(point, value=end, low=point.value)
            out[year] = point
        return out

    return _Inputs(
        levels(target.numerator, direction < 0),
        levels(target.denominator, direction > 0),
        unit_factor(ctx, target),
    )


def _tell_ranges(result: Result, target: ShareTarget, inputs: _Inputs, years: list[int]) -> None:
    """Note ``share-input-range`` for the inputs of ``years`` that were reported as ranges."""
    for name, points in (
        (target.numerator, inputs.numerator),
        (target.denominator, inputs.denominator),
    ):
        for year in years:
            point = points.get(year)
            if point is None or point.high is None or point.value is None:
                continue
            low = point.value if point.low is None else point.low
            result.note(
                "share-input-range",
                indicator=name,
                year=year,
                low=f"{low:.12g}",
                high=f"{point.high:.12g}",
                used=f"{point.value:.12g}",
            )


def assess(ctx: Context, target: ShareTarget, result: Result) -> Result:
    goal = ctx.goal(target)
    x, d = goal.threshold, goal.direction
    first_year, deadline = target.years()
    last = min(ctx.as_of, deadline)
    inputs = _inputs(ctx, target, last, d)
    if target.period is not None:
        shares = _period_shares(target, result, inputs, first_year)
    else:
        shares = _yearly_shares(ctx, target, result, inputs, last)
    result.values = list(shares.values())
    result.rate_unit, result.trend = "unit", "linear"
    if not shares:
        if ctx.series.size == 0 and not inputs.numerator and not inputs.denominator:
            return result.conclude(Status.NO_DATA, "no-data")
        return short(
            ctx,
            result,
            "no-share-inputs",
            numerator=target.numerator,
            denominator=target.denominator,
            as_of=last,
        )
    t = max(shares)
    latest = shares[t]
    result.latest = latest
    result.base = shares[min(shares)]  # the trend runs from the first share
    mark(result, latest)
    assert latest.value is not None
    verdict = goal.verdict(latest.value)
    if ctx.as_of >= deadline:
        if t != deadline:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=deadline, latest=t
            )
        return result.conclude(VERDICT_STATUS[verdict])
    first = min(shares)
    if first < t:
        _trend(ctx, result, shares[first], latest, deadline, x)
    if verdict != "missed":
        return result.conclude(Status.ON_TRACK)
    if first == t:
        return short(ctx, result, "one-point", year=t)
    assert result.observed_rate is not None and result.projected is not None
    assert result.projected.value is not None
    if goal.verdict(result.projected.value) != "missed":
        return result.conclude(Status.ON_TRACK)
    moving = result.observed_rate * d
    if moving > _FLAT:
        return result.conclude(Status.AT_RISK)
    if moving < -_FLAT:
        return result.conclude(Status.REGRESSING)
    return result.conclude(Status.OFF_TRACK)


def _yearly_shares(
    ctx: Context, target: ShareTarget, result: Result, inputs: _Inputs, last: int
) -> dict[int, Point]:
    """Each year's share: reported, else computed from the two series (with the working)."""
    shares = {y: p for y, p in ctx.levels(upto=last).items() if p.value is not None}
    computed: list[int] = []
    for year in sorted(set(inputs.numerator) & set(inputs.denominator)):
        if year in shares or ("level", year) in ctx.series.conflicts:
            continue
        top, bottom = inputs.numerator[year], inputs.denominator[year]
        assert top.value is not None and bottom.value is not None
        if bottom.value == 0:
            continue
        value = share_of(top.value, bottom.value, inputs.factor)
        shares[year] = Point(year, value, top.estimate or bottom.estimate)
        computed.append(year)
        _step(result, f"S_{year}", f"N_{year}", f"D_{year}", value, top, bottom, inputs.factor)
        mark(result, top, bottom)
    _tell_ranges(result, target, inputs, computed)
    if computed:
        result.note(
            "share-computed",
            years=years_text(computed),
            numerator=target.numerator,
            denominator=target.denominator,
        )
    return dict(sorted(shares.items()))


def _period_shares(
    target: ShareTarget, result: Result, inputs: _Inputs, start: int
) -> dict[int, Point]:
    """The share of the totals from the period's start to each year with both figures (the
    last of them is the share so far), with the working of the latest."""
    top = {y: p.value for y, p in inputs.numerator.items() if y >= start and p.value is not None}
    bottom = {
        y: p.value for y, p in inputs.denominator.items() if y >= start and p.value is not None
    }
    both = sorted(set(top) & set(bottom))
    shares: dict[int, Point] = {}
    for year in both:
        found = period_share(
            {y: v for y, v in top.items() if y <= year},
            {y: v for y, v in bottom.items() if y <= year},
            inputs.factor,
        )
        if found is not None:
            estimate = any(
                inputs.numerator[y].estimate or inputs.denominator[y].estimate for y in found[1]
            )
            shares[year] = Point(year, found[0], estimate)
    if not shares:
        return shares
    t = max(shares)
    used = [y for y in both if y <= t]
    total_top = math.fsum(top[y] for y in used)
    total_bottom = math.fsum(bottom[y] for y in used)
    result.step("N", "sum of N_y, y = s..t", total_top, s=start, t=t)
    result.step("D", "sum of D_y, y = s..t", total_bottom, s=start, t=t)
    for y in used:
        mark(result, inputs.numerator[y], inputs.denominator[y])
    _tell_ranges(result, target, inputs, used)
    _step(
        result,
        "share",
        "N",
        "D",
        shares[t].value or 0.0,
        Point(t, total_top),
        Point(t, total_bottom),
        inputs.factor,
    )
    left_out = [y for y in range(start, t + 1) if y not in used]
    if left_out:
        result.note(
            "share-years-left-out",
            years=years_text(left_out),
            numerator=target.numerator,
            denominator=target.denominator,
        )
    result.note(
        "share-computed",
        years=f"{start}-{t}" if t > start else str(t),
        numerator=target.numerator,
        denominator=target.denominator,
    )
    return shares


def _step(
    result: Result,
    name: str,
    top_name: str,
    bottom_name: str,
    value: float,
    top: Point,
    bottom: Point,
    factor: float,
) -> None:
    """The working of one share, with both inputs (and the unit factor, when not 1)."""
    assert top.value is not None and bottom.value is not None
    if factor == 1:
        result.step(
            name,
            f"100 * {top_name} / {bottom_name}",
            value,
            **{top_name: top.value, bottom_name: bottom.value},
        )
    else:
        result.step(
            name,
            f"100 * {top_name} * k / {bottom_name}",
            value,
            **{top_name: top.value, "k": factor, bottom_name: bottom.value},
        )


def _trend(
    ctx: Context, result: Result, first: Point, latest: Point, deadline: int, x: float
) -> None:
    """The straight line through the first and the latest share: its slope, the slope needed
    from the first share, the slope still needed, and where it reaches by the deadline."""
    assert first.value is not None and latest.value is not None
    f, t, vf, vt = first.year, latest.year, first.value, latest.value
    slope = (vt - vf) / (t - f)
    needed = (x - vf) / (deadline - f)
    result.observed_rate, result.required_rate = slope, needed
    result.step("observed_rate", "(S_t - S_f) / (t - f)", slope, S_t=vt, S_f=vf, t=t, f=f)
    result.step("required_rate", "(X - S_f) / (T - f)", needed, X=x, S_f=vf, T=deadline, f=f)
    left = deadline - t
    result.catch_up_rate = (x - vt) / left
    result.step(
        "catch_up_rate", "(X - S_t) / (T - t)", result.catch_up_rate, X=x, S_t=vt, T=deadline, t=t
    )
    projected = vt + slope * left
    result.projected = Point(deadline, within_unit(ctx, result, projected))
    result.step("projected", "S_t + s * (T - t)", projected, S_t=vt, s=slope, T=deadline, t=t)
