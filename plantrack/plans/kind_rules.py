"""Whole-plan rules of the kinds that name other parts of the plan: the shares of one
structure sum to 100, rating scales and their levels, the indicators a share or a count is made
from."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from plantrack.findings import Finding, Severity
from plantrack.plans.model import (
    CountTarget,
    Indicator,
    Plan,
    RatingTarget,
    ShareTarget,
    StructureTarget,
)
from plantrack.plans.reporter import Reporter, reason_of, suggest, unknown_area
from plantrack.plans.scales import clashes
from plantrack.plans.yaml_reader import Path
from plantrack.texts import Text, text
from plantrack.units import Quantity, UnitMismatch, conversion_factor


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
                text(
                    "plan.structure-one-share",
                    structure=structure,
                    year=year,
                    indicator=shares[0][1].id,
                    hint=hint,
                ),
                severity=Severity.WARNING,
            )
            continue
        bands = [target.band(plan.about_tolerance(target)) for _, _, target in shares]
        low = round(sum(band[0] for band in bands), 9)
        high = round(sum(band[1] for band in bands), 9)
        if low > 100 + STRUCTURE_SUM_TOLERANCE or high < 100 - STRUCTURE_SUM_TOLERANCE:
            parts = [
                text("plan.structure-part", indicator=indicator.id, low=low_end, high=high_end)
                for (_, indicator, _), (low_end, high_end) in zip(shares, bands, strict=True)
            ]
            what = (
                text("plan.structure-low-ends", total=low)
                if low > 100
                else text("plan.structure-high-ends", total=high)
            )
            yield report.at(
                first_path,
                "structure-cannot-sum",
                text(
                    "plan.structure-cannot-sum",
                    structure=structure,
                    year=year,
                    parts=_plus(parts),
                    what=what,
                ),
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
                ("scales", s, "id"),
                "duplicate-scale",
                text("plan.duplicate-scale", scale=scale.id),
            )
        seen.add(scale.id)
        for word, first, second in clashes([level.words() for level in scale.levels]):
            yield report.at(
                ("scales", s, "levels", second - 1),
                "scale-ambiguous",
                text(
                    "plan.scale-ambiguous",
                    word=word,
                    scale=scale.id,
                    first=scale.level(first).vi,
                    second=scale.level(second).vi,
                ),
            )
    for i, indicator in enumerate(plan.indicators):
        path: Path = ("indicators", i)
        rated = [j for j, t in enumerate(indicator.targets) if isinstance(t, RatingTarget)]
        if indicator.scale is not None and indicator.rating_scale is None:
            yield report.at(
                (*path, "scale"),
                "unknown-scale",
                text(
                    "plan.unknown-scale",
                    scale=indicator.scale,
                    hint=suggest(indicator.scale, seen) if seen else text("plan.no-scales"),
                ),
            )
        elif indicator.scale is None and rated:
            yield report.at(
                (*path, "targets", rated[0], "kind"),
                "unknown-scale",
                text("plan.rating-needs-scale", indicator=indicator.id),
            )
        if indicator.scale is not None and indicator.direction == "decrease":
            yield report.at(
                (*path, "direction"),
                "unit-kind",
                text("plan.unit-kind.rated-decrease", indicator=indicator.id),
            )
        rated_on = indicator.rating_scale
        for j, target in enumerate(indicator.targets):
            if not isinstance(target, RatingTarget):
                if indicator.scale is not None:
                    yield report.at(
                        (*path, "targets", j, "kind"),
                        "unit-kind",
                        text(
                            "plan.unit-kind.rated-only",
                            indicator=indicator.id,
                            scale=indicator.scale,
                            kind=target.kind,
                        ),
                    )
                continue
            if rated_on is None or target.found_rank is not None:
                continue
            bound = target.level_word
            names = [name for level in rated_on.levels for name in level.words()]
            close = difflib.get_close_matches(str(bound), names, n=1, cutoff=0.6)
            hint: Text | str = text("plan.did-you-mean.after", close=close[0]) if close else ""
            numbers: Text | str = (
                text("plan.level-numbers") if any(ch.isdigit() for ch in str(bound)) else ""
            )
            yield report.at(
                (*path, "targets", j, target.comparator),
                "unknown-level",
                text(
                    "plan.unknown-level",
                    bound=bound,
                    scale=rated_on.id,
                    levels=rated_on.listed("vi"),
                    hint=hint,
                    numbers=numbers,
                ),
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
                            text(
                                "plan.unknown-indicator",
                                key=key,
                                name=name,
                                hint=suggest(name, ids),
                            ),
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
                        text(
                            "plan.unknown-indicator",
                            key="criterion",
                            name=target.criterion,
                            hint=suggest(target.criterion, ids),
                        ),
                    )
                elif criterion.unit_info is not None and not criterion.unit_info.is_qualitative:
                    yield report.at(
                        (*path, "criterion"),
                        "unit-kind",
                        text(
                            "plan.unit-kind.criterion",
                            criterion=target.criterion,
                            unit=criterion.unit,
                        ),
                    )
                for a, area in enumerate(target.among or []):
                    if area not in known_areas:
                        yield unknown_area(report, (*path, "among", a), area, known_areas)
    for i, indicator in enumerate(plan.indicators):
        if not indicator.targets and indicator.id not in used:
            yield report.at(
                ("indicators", i, "id"),
                "indicator-without-targets",
                text("plan.indicator-without-targets", indicator=indicator.id),
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
    reason: Text | str = ""
    if top.is_qualitative or bottom.is_qualitative:
        reason = text("plan.share-units.milestone")
    else:
        try:
            conversion_factor(top, bottom)
        except UnitMismatch as error:
            reason = reason_of(error)
    if reason:
        yield report.at(
            (*path, "numerator"),
            "share-units",
            text(
                "plan.share-units",
                numerator=numerator.id,
                numerator_unit=numerator.unit,
                denominator=denominator.id,
                denominator_unit=denominator.unit,
                reason=reason,
            ),
        )


def _plus(parts: list[Text]) -> Text | str:
    """``a + b + c``: the parts of a sum, each in the language of the message."""
    joined: Text | str = parts[-1]
    for part in reversed(parts[:-1]):
        joined = text("plan.plus", left=part, right=joined)
    return joined
