"""Rules of each target against the rest of its plan: its id, areas, years and base year, its
unit, its bound (ranges, limits of the unit, the indicator's direction) and milestones in order.

The whole-plan rules (:mod:`plantrack.plans.rules`) call :func:`targets` for every target.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plantrack.findings import Finding, Severity
from plantrack.plans.kind_rules import is_structure_share
from plantrack.plans.model import (
    RATE_KINDS,
    CountTarget,
    Indicator,
    Plan,
    _Bounded,
    target_id,
)
from plantrack.plans.reporter import Reporter, unknown_area
from plantrack.plans.yaml_reader import Path
from plantrack.texts import Text, text
from plantrack.units import (
    Quantity,
)


def targets(plan: Plan, report: Reporter) -> Iterator[Finding]:
    known_areas = plan.area_ids()
    seen_ids: dict[str, Path] = {}
    for i, indicator in enumerate(plan.indicators):
        unit = indicator.unit_info
        for j, target in enumerate(indicator.targets):
            path: Path = ("indicators", i, "targets", j)
            tid = target_id(indicator, target, plan.area)
            if tid in seen_ids:
                yield report.at(
                    path,
                    "duplicate-target",
                    text("plan.duplicate-target", target=tid),
                )
            seen_ids.setdefault(tid, path)
            for a, area in enumerate(target.areas or []):
                if area not in known_areas:
                    yield unknown_area(report, (*path, "areas", a), area, known_areas)
            reference = getattr(target, "reference_area", None)
            if reference is not None and reference not in known_areas:
                yield unknown_area(report, (*path, "reference_area"), reference, known_areas)
            yield from _target_years(plan, target, path, report)
            yield from _target_base_year(plan, indicator, target, path, report)
            if unit is not None:
                yield from _target_unit(indicator, target, path, report)
            if isinstance(target, _Bounded):
                yield from _target_bound(indicator, target, path, report)


def _target_years(plan: Plan, target: Any, path: Path, report: Reporter) -> Iterator[Finding]:
    first, last = target.years()
    key = "year" if getattr(target, "year", None) is not None else "period"
    if target.vision:
        if plan.vision is None:
            yield report.at(
                (*path, "vision"),
                "target-outside-period",
                text("plan.vision-without-period"),
            )
            return
        start, end = plan.period.start, plan.vision.end
    else:
        start, end = plan.period.start, plan.period.end
    if first < start or last > end:
        hint: Text | str = (
            text("plan.mark-vision")
            if plan.vision is not None and not target.vision and last <= plan.vision.end
            else ""
        )
        message = (
            text("plan.outside-vision", when=target.when(), first=start, last=end, hint=hint)
            if target.vision
            else text("plan.outside-period", when=target.when(), period=str(plan.period), hint=hint)
        )
        yield report.at((*path, key), "target-outside-period", message)


def _target_base_year(
    plan: Plan, indicator: Indicator, target: Any, path: Path, report: Reporter
) -> Iterator[Finding]:
    """A target's own base year lies where it can be measured from, and the indicator's
    baseline is not silently left out by it."""
    if target.kind in ("growth", "change"):
        base, limit = target.effective_base_year, target.period.start
    elif target.kind == "level":
        base = plan.base_year if target.base_year is None else target.base_year
        limit = target.year - 1
    else:
        return
    if base > limit:
        yield report.at(
            (*path, "base_year"),
            "base-year",
            text(
                "plan.base-year.after-start", base=base, kind=target.kind, period=str(target.period)
            )
            if target.kind != "level"
            else text("plan.base-year.not-before", base=base, year=target.year),
        )
        return
    baseline = indicator.baseline
    if (
        baseline is not None
        and baseline.year < base
        and (baseline.area or plan.area) in (target.areas or [plan.area])
    ):
        yield report.at(
            (*path, "base_year") if target.kind == "level" and target.base_year else path,
            "baseline-not-used",
            text("plan.baseline-not-used", baseline=baseline.year, base=base),
            severity=Severity.WARNING,
        )


def _target_unit(
    indicator: Indicator, target: Any, path: Path, report: Reporter
) -> Iterator[Finding]:
    unit = indicator.parsed_unit
    if unit.is_qualitative and target.kind != "qualitative":
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            text("plan.unit-kind.qualitative-indicator", indicator=indicator.id, kind=target.kind),
        )
    elif not unit.is_qualitative and target.kind == "qualitative":
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            text("plan.unit-kind.qualitative-target", unit=indicator.unit),
        )
    elif target.kind == "structure" and not is_structure_share(indicator):
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            text("plan.unit-kind.structure", unit=indicator.unit),
        )
    elif target.kind == "share" and not (unit.quantity is Quantity.SHARE and unit.scale == 1):
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            text("plan.unit-kind.share", unit=indicator.unit),
        )
    elif target.kind == "count" and unit.quantity is not Quantity.COUNT:
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            text("plan.unit-kind.count", unit=indicator.unit),
        )


def _target_bound(
    indicator: Indicator, target: Any, path: Path, report: Reporter
) -> Iterator[Finding]:
    bound = target.bound
    key = bound.comparator
    if bound.is_range and bound.low > bound.high:
        yield report.at(
            (*path, "range"),
            "range-reversed",
            text("plan.range-reversed", low=_num(bound.low, target), high=_num(bound.high, target)),
        )
    unit = indicator.unit_info
    if unit is not None and target.kind in (
        "level",
        "annual",
        "average",
        "structure",
        "share",
        "count",
    ):
        for value in {bound.low, bound.high}:
            if unit.maximum is not None and value > unit.maximum:
                yield report.at(
                    (*path, key),
                    "value-out-of-range",
                    text(
                        "plan.value-above-unit",
                        value=_num(value, target),
                        limit=unit.maximum,
                        unit=indicator.unit,
                        hint=_range_hint(indicator, True),
                    ),
                )
            if unit.minimum is not None and value < unit.minimum:
                yield report.at(
                    (*path, key),
                    "value-out-of-range",
                    text(
                        "plan.value-below-unit",
                        value=_num(value, target),
                        limit=unit.minimum,
                        unit=indicator.unit,
                        hint=_range_hint(indicator, False),
                    ),
                )
    if isinstance(target, CountTarget) and target.total is not None:
        if target.among and target.out_of is not None and target.out_of != len(target.among):
            yield report.at(
                (*path, "out_of"),
                "value-out-of-range",
                text("plan.out-of-among", out_of=target.out_of, among=len(target.among)),
            )
        if max(bound.low, bound.high) > target.total:
            yield report.at(
                (*path, key),
                "value-out-of-range",
                text(
                    "plan.count-above-total",
                    value=_num(max(bound.low, bound.high), target),
                    total=target.total,
                ),
            )
    if target.kind == "change" and min(bound.low, bound.high) < 0:
        yield report.at(
            (*path, key),
            "value-out-of-range",
            text("plan.change-negative"),
        )
    if (
        target.kind in ("level", "annual", "cumulative", "average", "share", "count")
        and indicator.direction is not None
    ):
        upper = key in ("at_most", "less_than")
        lower = key in ("at_least", "more_than")
        if (indicator.direction == "increase" and upper) or (
            indicator.direction == "decrease" and lower
        ):
            yield report.at(
                (*path, key),
                "bound-direction",
                text("plan.bound-direction", key=key, direction=indicator.direction),
                key=True,
                severity=Severity.WARNING,
            )


def _range_hint(indicator: Indicator, above: bool) -> Text | str:
    """How to say that a percentage may take this value, when it measures something else."""
    unit = indicator.parsed_unit
    if unit.quantity is not Quantity.SHARE:
        return ""
    if above and unit.percent in (None, "share"):
        return text("plan.range-hint.ratio")
    if not above and unit.percent in (None, "share", "ratio"):
        return text("plan.range-hint.change-or-balance")
    return ""


def _num(value: float, target: Any) -> Text:
    """A bound as the plan means it: ``12.5``, or ``12.96%`` for a rate (a fraction in code)."""
    if target.kind in RATE_KINDS:
        return text("plan.percent", value=value * 100)
    return text("plan.number", value=value)


def milestones(plan: Plan, report: Reporter) -> Iterator[Finding]:
    """Level targets of one indicator and area must not get worse as the years go by."""
    for i, indicator in enumerate(plan.indicators):
        if indicator.direction is None:
            continue
        sign = 1 if indicator.direction == "increase" else -1
        groups: dict[tuple[str, ...], list[tuple[int, int, Any]]] = {}
        for j, target in enumerate(indicator.targets):
            if target.kind == "level":
                groups.setdefault(tuple(target.areas or [plan.area]), []).append(
                    (target.year, j, target)
                )
        for milestones in groups.values():
            milestones.sort(key=lambda item: (item[0], item[1]))
            for year_b, j, later in milestones:
                b = later.bound
                for year_a, _, earlier in milestones:
                    a = earlier.bound
                    if year_a >= year_b:
                        break
                    if sign * (b.low - a.low) < 0 or sign * (b.high - a.high) < 0:
                        better = text("plan.higher") if sign > 0 else text("plan.lower")
                        yield report.at(
                            ("indicators", i, "targets", j, b.comparator),
                            "milestone-direction",
                            text(
                                "plan.milestone-direction",
                                later=_span(b),
                                later_year=year_b,
                                earlier=_span(a),
                                earlier_year=year_a,
                                indicator=indicator.id,
                                better=better,
                                direction=indicator.direction,
                            ),
                        )
                        break


def _span(bound: Any) -> Text:
    if bound.is_range:
        return text("plan.number-range", low=bound.low, high=bound.high)
    return text("plan.number", value=bound.low)
