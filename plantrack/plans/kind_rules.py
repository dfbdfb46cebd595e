"""Whole-plan rules of the kinds that name other parts of the plan: the shares of one
structure sum to 100, rating scales and their levels, the indicators a share or a count is made
from."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from plantrack.findings import Finding, Severity
from plantrack.plans.model import CountTarget, Indicator, Plan, RatingTarget, ShareTarget, StructureTarget
from plantrack.plans.reporter import Reporter, suggest, unknown_area
from plantrack.plans.scales import clashes
from plantrack.units import Quantity, UnitMismatch, conversion_factor
from plantrack.plans.yaml_reader import Path


def is_structure_share(indicator: Indicator) -> bool:
    """Whether the indicator is a share of a whole in % (what a structure's parts are)."""
    unit = indicator.unit_info
    return (
        unit is not None
        and unit.quantity is Quantity.SHARE
        and unit.scale == 1
        and unit.percent in (None, "share")
    )


#: How far the ends of a structure's bands may be from 100 (the plan's own round-off).
STRUCTURE_SUM_TOLERANCE = 0.05


def structures(plan: Plan, report: Reporter) -> Iterator[Finding]:
    """The shares of one structure, in one area and year, must be able to sum to 100: the sum
    of their low ends at most 100 and of their high ends at least 100 (with
    :data:`STRUCTURE_SUM_TOLERANCE`); and a structure has more than one share."""
    groups: dict[tuple[str, int, str], list[tuple[Path, Indicator, StructureTarget]]] = {}
    for i, indicator in enumerate(plan.indicators):
        for j, target in enumerate(indicator.targets):
            if isinstance(target, StructureTarget):
                for area in target.areas or [plan.area]:
                    key = (target.structure, target.year, area)
                    groups.setdefault(key, []).append(
                        (("indicators", i, "targets", j), indicator, target)
                    )
    names = {structure for structure, _, _ in groups}
    told: set[tuple[Path, ...]] = set()  # one finding for all areas of the same targets
    for (structure, year, _area), shares in groups.items():
        first_path = shares[0][0]
        same = tuple(path for path, _, _ in shares)
        if same in told:
            continue
        told.add(same)
        indicators = {indicator.id for _, indicator, _ in shares}
        if len(indicators) == 1:
            others = names - {structure}
            hint = suggest(structure, others) if others else ""
            yield report.at(
                (*first_path, "structure"),
                "structure-cannot-sum",
                f"structure {structure!r} has only one share in {year} "
                f"({shares[0][1].id!r}); its shares give the same structure id{hint}",
                severity=Severity.WARNING,
            )
            continue
        bands = [target.band(plan.about_tolerance(target)) for _, _, target in shares]
        low = round(sum(band[0] for band in bands), 9)
        high = round(sum(band[1] for band in bands), 9)
        if low > 100 + STRUCTURE_SUM_TOLERANCE or high < 100 - STRUCTURE_SUM_TOLERANCE:
            parts = " + ".join(
                f"{indicator.id} {low_end:.10g}-{high_end:.10g}"
                for (_, indicator, _), (low_end, high_end) in zip(shares, bands, strict=True)
            )
            what = f"the low ends sum to {low:g}" if low > 100 else f"the high ends sum to {high:g}"
            yield report.at(
                first_path,
                "structure-cannot-sum",
                f"the shares of structure {structure!r} in {year} cannot sum to 100 %: "
                f"{parts}; {what}",
                severity=Severity.WARNING,
            )


def ratings(plan: Plan, report: Reporter) -> Iterator[Finding]:
    """Scales and rating targets: a declared scale is named, a bound names one of its levels
    (with the levels listed and a close one suggested), no word names two levels."""
    scales = plan.scales or []
    seen: set[str] = set()
    for s, scale in enumerate(scales):
        if scale.id in seen:
            yield report.at(
                ("scales", s, "id"), "duplicate-scale", f"scale id {scale.id!r} is declared twice"
            )
        seen.add(scale.id)
        for word, first, second in clashes([level.words() for level in scale.levels]):
            yield report.at(
                ("scales", s, "levels", second - 1),
                "scale-ambiguous",
                f"{word!r} names two levels of scale {scale.id!r}: "
                f"{scale.level(first).vi!r} and {scale.level(second).vi!r} (words are compared "
                "ignoring case, accents and spaces); give each level its own words",
            )
    for i, indicator in enumerate(plan.indicators):
        path: Path = ("indicators", i)
        rated = [j for j, t in enumerate(indicator.targets) if isinstance(t, RatingTarget)]
        if indicator.scale is not None and indicator.rating_scale is None:
            yield report.at(
                (*path, "scale"),
                "unknown-scale",
                f"scale {indicator.scale!r} is not declared in the plan's scales"
                f"{suggest(indicator.scale, seen) if seen else ' (the plan declares none)'}",
            )
        elif indicator.scale is None and rated:
            yield report.at(
                (*path, "targets", rated[0], "kind"),
                "unknown-scale",
                f"a rating target needs a scale: name one on indicator {indicator.id!r} "
                "(scale: <id>) and declare it in the plan's scales",
            )
        if indicator.scale is not None and indicator.direction == "decrease":
            yield report.at(
                (*path, "direction"),
                "unit-kind",
                f"indicator {indicator.id!r} is rated on a scale, whose levels run from the "
                "worst to the best; direction: decrease does not apply (remove it)",
            )
        rated_on = indicator.rating_scale
        for j, target in enumerate(indicator.targets):
            if not isinstance(target, RatingTarget):
                if indicator.scale is not None:
                    yield report.at(
                        (*path, "targets", j, "kind"),
                        "unit-kind",
                        f"indicator {indicator.id!r} is rated on scale {indicator.scale!r} and "
                        f"takes rating targets only, not {target.kind}",
                    )
                continue
            if rated_on is None or target.found_rank is not None:
                continue
            bound = target.level_word
            names = [name for level in rated_on.levels for name in level.words()]
            close = difflib.get_close_matches(str(bound), names, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            numbers = (
                " (a number names a level only on a numeric scale, or one marked numbered: true)"
                if any(ch.isdigit() for ch in str(bound))
                else ""
            )
            yield report.at(
                (*path, "targets", j, target.comparator),
                "unknown-level",
                f"{bound!r} is not a level of scale {rated_on.id!r}, whose levels from the worst "
                f"to the best are {rated_on.listed('vi')}{hint}{numbers}",
            )


def inputs(plan: Plan, report: Reporter) -> Iterator[Finding]:
    """What share and count targets name: indicators of the plan, units that convert, areas of
    the plan; and indicators with no targets that nothing uses."""
    ids = {indicator.id for indicator in plan.indicators}
    known_areas = plan.area_ids()
    used: set[str] = set()
    for i, indicator in enumerate(plan.indicators):
        for j, target in enumerate(indicator.targets):
            path: Path = ("indicators", i, "targets", j)
            if isinstance(target, ShareTarget):
                named = {"numerator": target.numerator, "denominator": target.denominator}
                used.update(named.values())
                missing = False
                for key, name in named.items():
                    if name not in ids:
                        missing = True
                        yield report.at(
                            (*path, key),
                            "unknown-indicator",
                            f"{key} {name!r} is not an indicator of this plan{suggest(name, ids)}",
                        )
                if not missing:
                    yield from _share_units(plan, target, path, report)
            elif isinstance(target, CountTarget) and target.criterion is not None:
                used.add(target.criterion)
                criterion = plan.indicator(target.criterion)
                if criterion is None:
                    yield report.at(
                        (*path, "criterion"),
                        "unknown-indicator",
                        f"criterion {target.criterion!r} is not an indicator of this plan"
                        f"{suggest(target.criterion, ids)}",
                    )
                elif criterion.unit_info is not None and not criterion.unit_info.is_qualitative:
                    yield report.at(
                        (*path, "criterion"),
                        "unit-kind",
                        f"criterion {target.criterion!r} must be a qualitative indicator "
                        f"(unit: status) that each area reports as achieved or not, not one in "
                        f"{criterion.unit!r}",
                    )
                for a, area in enumerate(target.among or []):
                    if area not in known_areas:
                        yield unknown_area(report, (*path, "among", a), area, known_areas)
    for i, indicator in enumerate(plan.indicators):
        if not indicator.targets and indicator.id not in used:
            yield report.at(
                ("indicators", i, "id"),
                "indicator-without-targets",
                f"indicator {indicator.id!r} has no targets, and no share target (numerator, "
                "denominator) or count target (criterion) uses it; give it a target or "
                "remove it",
            )


def _share_units(
    plan: Plan, target: ShareTarget, path: Path, report: Reporter
) -> Iterator[Finding]:
    numerator = plan.indicator(target.numerator)
    denominator = plan.indicator(target.denominator)
    assert numerator is not None and denominator is not None
    top, bottom = numerator.unit_info, denominator.unit_info
    if top is None or bottom is None:
        return  # unknown-unit says why
    reason = ""
    if top.is_qualitative or bottom.is_qualitative:
        reason = "a milestone (unit status) has no figures to divide"
    else:
        try:
            conversion_factor(top, bottom)
        except UnitMismatch as error:
            reason = str(error)
    if reason:
        yield report.at(
            (*path, "numerator"),
            "share-units",
            f"numerator {numerator.id!r} is in {numerator.unit!r} and denominator "
            f"{denominator.id!r} in {denominator.unit!r}: a share needs two amounts of one "
            f"measure ({reason})",
        )
