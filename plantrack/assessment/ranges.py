"""Figures reported as ranges ("61-62"): a result judged at the ends of each range, the least
favourable shown."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from plantrack.assessment.context import Context
from plantrack.assessment.goals import goal_for
from plantrack.assessment.results import Point, Result
from plantrack.assessment.series import Series
from plantrack.plans.model import ChangeTarget, QualitativeTarget, RelativeTarget, Target
from plantrack.texts import text

_EVERY_COMBINATION = 6


@dataclass(frozen=True, slots=True)
class _Ranged:
    """A figure reported as a range, with the two points that judge it at its ends."""

    reference: bool  # a figure of the reference area (relative targets)
    measure: Literal["levels", "growth", "changes"]
    year: int
    ends: tuple[Point, Point]


def _ranged_figures(ctx: Context, target: Any) -> list[_Ranged]:
    """The figures up to the as-of year reported as ranges, of the area and (for a relative
    target) of its reference area."""
    sources: list[tuple[bool, Series]] = []
    if ctx.series.ranged:
        sources.append((False, ctx.series))
    if isinstance(target, RelativeTarget):
        reference = ctx.reference_series(target.reference_area)
        if reference.ranged:
            sources.append((True, reference))
    figures: list[_Ranged] = []
    for is_reference, series in sources:
        measures: tuple[Literal["levels", "growth", "changes"], ...] = (
            ("levels",) if is_reference else ("levels", "growth", "changes")
        )
        for measure in measures:
            for year, point in getattr(series, measure).items():
                if point.high is None or year > ctx.as_of:
                    continue
                low = dataclasses.replace(point, low=point.value)
                high = dataclasses.replace(point, value=point.high, low=point.value)
                figures.append(_Ranged(is_reference, measure, year, (low, high)))
    return figures


def _at_ends(ctx: Context, target: Any, figures: list[_Ranged], mask: int) -> Context:
    """``ctx`` with figure ``i`` of ``figures`` at its high end when bit ``i`` of ``mask`` is
    set, else at its low end."""
    own: dict[str, Any] = {}  # measure -> points, as keyword arguments of Series
    ref: dict[str, Any] = {}
    reference = (
        ctx.reference_series(target.reference_area) if any(f.reference for f in figures) else None
    )
    for i, figure in enumerate(figures):
        series, changed = (reference, ref) if figure.reference else (ctx.series, own)
        assert series is not None
        points = changed.get(figure.measure)
        if points is None:
            points = changed[figure.measure] = dict(getattr(series, figure.measure))
        points[figure.year] = figure.ends[(mask >> i) & 1]
    replaced = dataclasses.replace(ctx, series=dataclasses.replace(ctx.series, **own))
    if reference is not None:
        replaced.reference = dataclasses.replace(reference, **ref)
    return replaced


def _standing(result: Result, direction: int) -> tuple[float, float]:
    """How good a result's numbers are, higher better: the measure of progress it shows (the
    ratio; for a relative target ahead of its reference, the gap; else the observed pace, the
    total or the latest value in the target's direction), then the years met."""
    if result.ratio is not None:
        primary = result.ratio
    elif result.kind == "relative" and result.gap is not None:
        primary = result.gap
    elif result.observed_rate is not None:
        primary = result.observed_rate * direction
    elif result.total is not None:
        primary = result.total * direction
    elif result.latest is not None and result.latest.value is not None:
        primary = result.latest.value * direction
    else:
        primary = 0.0
    return primary, float(result.met_years or 0)


def assess_ranged(
    ctx: Context,
    target: Target,
    result: Result,
    assess_one: Callable[[Context, Target, Result], Result],
) -> Result:
    """A result judged at the ends of the figures reported as ranges ("61-62").

    A reported range meets a target only if every value in it does. Statuses are monotonic in
    each figure, so the worst value of a range is at one of its ends; with several ranged
    figures (a base and a latest, say) the worst is at one combination of ends, which is not
    always "all low" or "all high" (a high base with a low latest). Every combination is
    judged, up to :data:`_EVERY_COMBINATION` ranged figures; with more, the search starts at
    the worse of "all low" and "all high" and moves one figure at a time to its other end while
    that makes the result worse (each figure pushes the result one way, so this finds the
    worst). The result shown is the least favourable: the worst status, and among results of
    that status the one whose numbers are worst (:func:`_standing`, measured in the target's
    own terms: a change target's improvement, not the signed change). Note ``range-figure``
    names the ranged years and the best and worst statuses, and the ends shown.
    """
    figures = _ranged_figures(ctx, target)
    if not figures:
        return assess_one(ctx, target, result)
    direction = ctx.direction
    if isinstance(target, ChangeTarget):
        direction = goal_for(target, 1).direction  # improvement space
    elif not isinstance(target, (RelativeTarget, QualitativeTarget)):
        direction = goal_for(target, ctx.direction).direction
    judged: dict[int, tuple[Result, tuple[float, float, float], dict[str, Any]]] = {}

    def judge_at(mask: int) -> tuple[Result, tuple[float, float, float], dict[str, Any]]:
        found = judged.get(mask)
        if found is None:
            one = assess_one(_at_ends(ctx, target, figures, mask), target, _fresh(result))
            primary, met = _standing(one, direction)
            found = judged[mask] = (one, (one.status.rank, -primary, -met), one.to_dict())
        return found

    k = len(figures)
    everything = (1 << k) - 1
    if k <= _EVERY_COMBINATION:
        masks = list(range(1 << k))
        worst = max(masks, key=lambda m: judge_at(m)[1])  # the first of equals
    else:
        worst = max((0, everything), key=lambda m: judge_at(m)[1])
        for _ in range(4):  # a few passes; one suffices when each figure pushes one way
            moved = False
            for i in range(k):
                if judge_at(worst ^ (1 << i))[1] > judge_at(worst)[1]:
                    worst, moved = worst ^ (1 << i), True
            if not moved:
                break
        masks = [worst, *(worst ^ (1 << i) for i in range(k))]
    chosen = judge_at(worst)[0]
    # The figures that change the result (a range in a year the target does not use does not).
    used = [
        i
        for i in range(k)
        if any((m ^ (1 << i)) in judged and judged[m][2] != judged[m ^ (1 << i)][2] for m in masks)
    ]
    if not used:
        return chosen
    statuses = [judge_at(m)[0].status for m in masks]
    best = min(statuses, key=lambda status: status.rank)
    years = [
        text("note.word.of-reference", year=figures[i].year)
        if figures[i].reference
        else str(figures[i].year)
        for i in used
    ]
    shown = [
        _end_shown(figures[i].year, figures[i].ends[(worst >> i) & 1].value, figures[i].reference)
        for i in used
    ]
    chosen.note(
        "range-figure",
        years=list(dict.fromkeys(years)),
        best_status=best.value,
        worst_status=chosen.status.value,
        shown=shown,
    )
    return chosen


def _end_shown(year: int, value: float | None, reference: bool) -> str:
    if reference:
        return text("note.word.end-of-range-of-reference", year=year, value=value)
    return text("note.word.end-of-range", year=year, value=value)


def _fresh(result: Result) -> Result:
    """A copy of a result not yet assessed, with its own lists."""
    return dataclasses.replace(result, years=[], values=[], notes=[], steps=[])
