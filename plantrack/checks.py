"""Checks that need a whole plan: references, periods, units, ranges, milestones.

The schema (pydantic) decides whether each value is well-formed; these checks decide whether the
plan makes sense as a whole. Each check yields findings with the position of the offending value,
so every problem in a plan is reported at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from plantrack.findings import Finding, Severity
from plantrack.model import (
    RATE_KINDS,
    CountTarget,
    Indicator,
    Plan,
    RatingTarget,
    ShareTarget,
    StructureTarget,
    _Bounded,
    target_id,
)
from plantrack.scales import clashes
from plantrack.units import (
    Quantity,
    UnitError,
    UnitMismatch,
    conversion_factor,
    near_measure_word,
    parse_unit,
)
from plantrack.yamlload import Path, YamlDocument


class _Reporter:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file

    def at(
        self,
        path: Path,
        code: str,
        message: str,
        *,
        key: bool = False,
        severity: Severity = Severity.ERROR,
    ) -> Finding:
        position = self.doc.position(path, key=key)
        line, col = position if position else (None, None)
        return Finding(code, message, self.file, line, col, severity)


def check_plan(plan: Plan, doc: YamlDocument, file: str) -> list[Finding]:
    """Every whole-plan problem of ``plan`` (read from ``file``, positions in ``doc``)."""
    report = _Reporter(doc, file)
    findings: list[Finding] = []
    for check in (
        _areas,
        _indicators,
        _targets,
        _milestones,
        _subtargets,
        _structures,
        _ratings,
        _inputs,
    ):
        findings.extend(check(plan, report))
    return findings


def _areas(plan: Plan, report: _Reporter) -> Iterator[Finding]:
    seen: set[str] = set()
    for index, area in enumerate(plan.areas):
        if area.id in seen:
            yield report.at(
                ("areas", index, "id"), "duplicate-area", f"area id {area.id!r} is declared twice"
            )
        seen.add(area.id)
    known = plan.area_ids()
    if plan.area not in known:
        yield _unknown_area(report, ("area",), plan.area, known)
    for index, area in enumerate(plan.areas):
        if area.parent is not None and area.parent not in known:
            yield _unknown_area(report, ("areas", index, "parent"), area.parent, known)
        for m, member in enumerate(area.members):
            if member not in known:
                yield _unknown_area(report, ("areas", index, "members", m), member, known)


def _unknown_area(report: _Reporter, path: Path, area: str, known: set[str]) -> Finding:
    return report.at(
        path,
        "unknown-area",
        f"area {area!r} is not declared in the plan's areas{_suggest(area, known)}",
    )


def _suggest(word: str, choices: set[str] | list[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (declared: {', '.join(sorted(choices))})" if len(choices) <= 12 else ""


def _indicators(plan: Plan, report: _Reporter) -> Iterator[Finding]:
    known_areas = plan.area_ids()
    ids = {indicator.id for indicator in plan.indicators}
    seen: set[str] = set()
    for i, indicator in enumerate(plan.indicators):
        path: Path = ("indicators", i)
        if indicator.id in seen:
            yield report.at(
                (*path, "id"),
                "duplicate-indicator",
                f"indicator id {indicator.id!r} is used twice in this plan",
            )
        seen.add(indicator.id)
        unit = indicator.unit_info
        if unit is None:
            yield report.at((*path, "unit"), "unknown-unit", _unreadable_unit(indicator.unit))
        else:
            yield from _unit_notes(indicator, path, report)
            shares_only = all(t.kind == "structure" for t in indicator.targets)
            if (
                not unit.is_qualitative
                and indicator.direction is None
                and not shares_only
                and indicator.targets  # one only used by others (a share's denominator) needs none
                and not indicator.scale
                and not any(isinstance(t, RatingTarget) for t in indicator.targets)
            ):
                yield report.at(
                    path,
                    "missing-direction",
                    f"indicator {indicator.id!r} needs direction: increase (higher is "
                    "better) or decrease (lower is better)",
                )
        if (
            indicator.baseline is not None
            and indicator.baseline.area is not None
            and indicator.baseline.area not in known_areas
        ):
            yield _unknown_area(
                report, (*path, "baseline", "area"), indicator.baseline.area, known_areas
            )
        if indicator.part_of is not None:
            if indicator.part_of not in ids:
                yield report.at(
                    (*path, "part_of"),
                    "unknown-parent",
                    f"part_of names {indicator.part_of!r}, which is not an indicator "
                    f"of this plan{_suggest(indicator.part_of, ids)}",
                )
            elif _has_cycle(plan, indicator):
                yield report.at(
                    (*path, "part_of"),
                    "unknown-parent",
                    f"part_of of {indicator.id!r} leads back to itself",
                )


#: How units are written, for a unit that cannot be read.
UNIT_GRAMMAR = (
    "a unit is written as [scale] measure [/per], as the plan writes it: tỷ đồng, "
    "triệu đồng/người, nghìn tấn, tạ/ha, ha, giường bệnh/vạn dân, doanh nghiệp, %, điểm %, "
    "status; or in English: million VND per person, tonnes (docs/plan-format.md, Units)"
)


def _unreadable_unit(text: str) -> str:
    try:
        parse_unit(text)
    except UnitError as error:
        return f"unit {text!r} cannot be read: {error}; {UNIT_GRAMMAR}"
    return f"unit {text!r} cannot be read; {UNIT_GRAMMAR}"  # pragma: no cover


def _unit_notes(indicator: Indicator, path: Path, report: _Reporter) -> Iterator[Finding]:
    """A ``percent`` key on a unit not in %, and a count noun that looks like a mistyped unit."""
    unit = parse_unit(indicator.unit)
    if indicator.percent is not None and unit.quantity is not Quantity.SHARE:
        yield report.at(
            (*path, "percent"),
            "unit-percent",
            f"percent: {indicator.percent} says what a percentage measures, but the unit "
            f'{indicator.unit!r} is not in % (remove the key, or write unit: "%")',
        )
    near = near_measure_word(unit)
    if near is not None:
        yield report.at(
            (*path, "unit"),
            "unit-as-count",
            f"unit {indicator.unit!r} is read as a count of {unit.noun!r}; if a unit was meant, "
            f"check the spelling (is it {near!r}?)",
            severity=Severity.WARNING,
        )


def _has_cycle(plan: Plan, start: Indicator) -> bool:
    seen = {start.id}
    current = start.part_of
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        parent = plan.indicator(current)
        current = parent.part_of if parent else None
    return False


def _targets(plan: Plan, report: _Reporter) -> Iterator[Finding]:
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
                    f"target {tid!r} is given twice for the same areas and years; "
                    "give each an id or merge them",
                )
            seen_ids.setdefault(tid, path)
            for a, area in enumerate(target.areas or []):
                if area not in known_areas:
                    yield _unknown_area(report, (*path, "areas", a), area, known_areas)
            reference = getattr(target, "reference_area", None)
            if reference is not None and reference not in known_areas:
                yield _unknown_area(report, (*path, "reference_area"), reference, known_areas)
            yield from _target_years(plan, target, path, report)
            yield from _target_base_year(plan, indicator, target, path, report)
            if unit is not None:
                yield from _target_unit(indicator, target, path, report)
            if isinstance(target, _Bounded):
                yield from _target_bound(indicator, target, path, report)


def _target_years(plan: Plan, target: Any, path: Path, report: _Reporter) -> Iterator[Finding]:
    first, last = target.years()
    key = "year" if getattr(target, "year", None) is not None else "period"
    if target.vision:
        if plan.vision is None:
            yield report.at(
                (*path, "vision"),
                "target-outside-period",
                "target is marked vision: true but the plan declares no vision period",
            )
            return
        start, end, label = (
            plan.period.start,
            plan.vision.end,
            f"{plan.period.start}-{plan.vision.end}",
        )
    else:
        start, end, label = plan.period.start, plan.period.end, f"plan period {plan.period}"
    if first < start or last > end:
        hint = (
            " (mark it vision: true if it belongs to the plan's vision)"
            if plan.vision is not None and not target.vision and last <= plan.vision.end
            else ""
        )
        yield report.at(
            (*path, key),
            "target-outside-period",
            f"target {target.when()} lies outside the {label}{hint}",
        )


def _target_base_year(
    plan: Plan, indicator: Indicator, target: Any, path: Path, report: _Reporter
) -> Iterator[Finding]:
    """A target's own base year lies where it can be measured from, and the indicator's
    baseline is not silently left out by it."""
    if target.kind == "growth":
        base, limit = target.effective_base_year, target.period.start
    elif target.kind == "change":
        base = target.period.start - 1 if target.base_year is None else target.base_year
        limit = target.period.start
    elif target.kind == "level":
        base = plan.base_year if target.base_year is None else target.base_year
        limit = target.year - 1
    else:
        return
    if base > limit:
        what = f"the {target.kind} period {target.period}" if target.kind != "level" else None
        yield report.at(
            (*path, "base_year"),
            "base-year",
            f"base year {base} must not be after the start of {what}"
            if what
            else f"base year {base} must be before the target year {target.year}",
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
            f"the indicator's baseline ({baseline.year}) is before this target's base year "
            f"{base}, so it is not used; to measure from it, set base_year: {baseline.year} on "
            "the target",
            severity=Severity.WARNING,
        )


def _target_unit(
    indicator: Indicator, target: Any, path: Path, report: _Reporter
) -> Iterator[Finding]:
    unit = indicator.parsed_unit
    if unit.is_qualitative and target.kind != "qualitative":
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            f"indicator {indicator.id!r} is qualitative (unit status) and cannot have "
            f"a {target.kind} target",
        )
    elif not unit.is_qualitative and target.kind == "qualitative":
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            f"a qualitative target needs unit: status, not {indicator.unit!r}",
        )
    elif target.kind == "structure" and not _is_share(indicator):
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            f'a structure target is a share of a whole: it needs unit: "%" (a share), not '
            f"{indicator.unit!r}",
        )
    elif target.kind == "share" and not (unit.quantity is Quantity.SHARE and unit.scale == 1):
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            f"a share target is set on the indicator that is the share, in %, not in "
            f'{indicator.unit!r} (write unit: "%", and percent: ratio for a share that may '
            "pass 100)",
        )
    elif target.kind == "count" and unit.quantity is not Quantity.COUNT:
        yield report.at(
            (*path, "kind"),
            "unit-kind",
            f"a count target needs a unit that is the thing counted (xã, thôn), not "
            f"{indicator.unit!r}",
        )


def _target_bound(
    indicator: Indicator, target: Any, path: Path, report: _Reporter
) -> Iterator[Finding]:
    bound = target.bound
    key = bound.comparator
    if bound.is_range and bound.low > bound.high:
        yield report.at(
            (*path, "range"),
            "range-reversed",
            f"range minimum {_num(bound.low, target)} is above its maximum "
            f"{_num(bound.high, target)}; write [min, max]",
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
                    f"{_num(value, target)} is above {unit.maximum:g}, the most a "
                    f"value in {indicator.unit} can be{_range_hint(indicator, True)}",
                )
            if unit.minimum is not None and value < unit.minimum:
                yield report.at(
                    (*path, key),
                    "value-out-of-range",
                    f"{_num(value, target)} is below {unit.minimum:g}, the least a "
                    f"value in {indicator.unit} can be{_range_hint(indicator, False)}",
                )
    if isinstance(target, CountTarget) and target.total is not None:
        if target.among and target.out_of is not None and target.out_of != len(target.among):
            yield report.at(
                (*path, "out_of"),
                "value-out-of-range",
                f"out_of {target.out_of} is not the number of areas in among "
                f"({len(target.among)}); leave out_of out, it defaults to that number",
            )
        if max(bound.low, bound.high) > target.total:
            yield report.at(
                (*path, key),
                "value-out-of-range",
                f"{_num(max(bound.low, bound.high), target)} is more than the "
                f"{target.total} there are (out_of)",
            )
    if target.kind == "change" and min(bound.low, bound.high) < 0:
        yield report.at(
            (*path, key),
            "value-out-of-range",
            "a change target gives the improvement per year in the desired direction "
            "as a positive number (direction says which way is better)",
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
                f"{key} on an indicator whose direction is {indicator.direction}; "
                "check the direction or the bound",
                key=True,
                severity=Severity.WARNING,
            )


def _range_hint(indicator: Indicator, above: bool) -> str:
    """How to say that a percentage may take this value, when it measures something else."""
    unit = indicator.parsed_unit
    if unit.quantity is not Quantity.SHARE:
        return ""
    if above and unit.percent in (None, "share"):
        return " (a share of a whole; if this percentage may pass 100, declare percent: ratio)"
    if not above and unit.percent in (None, "share", "ratio"):
        return (
            " (if this percentage is a change or a balance that may fall below 0, declare "
            "percent: change or percent: balance)"
        )
    return ""


def _num(value: float, target: Any) -> str:
    if target.kind in RATE_KINDS:
        return f"{value * 100:g}%"
    return f"{value:g}"


def _milestones(plan: Plan, report: _Reporter) -> Iterator[Finding]:
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
                        better = "higher" if sign > 0 else "lower"
                        yield report.at(
                            ("indicators", i, "targets", j, b.comparator),
                            "milestone-direction",
                            f"milestone {_span(b)} by {year_b} is worse than {_span(a)} by "
                            f"{year_a}, but {indicator.id!r} should get {better} "
                            f"({indicator.direction})",
                        )
                        break


def _span(bound: Any) -> str:
    return f"{bound.low:g}-{bound.high:g}" if bound.is_range else f"{bound.low:g}"


def _subtargets(plan: Plan, report: _Reporter) -> Iterator[Finding]:
    """A part (``part_of``) is planned over a span inside its parent's span for the same kind."""
    for i, indicator in enumerate(plan.indicators):
        parent = plan.indicator(indicator.part_of) if indicator.part_of else None
        if parent is None or parent.id == indicator.id:
            continue
        for j, target in enumerate(indicator.targets):
            if getattr(target, "period", None) is None:
                continue
            same_kind = [
                t for t in parent.targets if t.kind == target.kind and t.vision == target.vision
            ]
            candidates = same_kind or [t for t in parent.targets if t.vision == target.vision]
            if not candidates:
                continue
            first, last = target.years()
            if not any(c.years()[0] <= first and last <= c.years()[1] for c in candidates):
                spans = ", ".join(sorted({c.when() for c in candidates}))
                yield report.at(
                    ("indicators", i, "targets", j, "period"),
                    "subtarget-period",
                    f"{indicator.id!r} is part of {parent.id!r}, but its period "
                    f"{target.when()} is not inside the parent's ({spans})",
                )


def _is_share(indicator: Indicator) -> bool:
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


def _structures(plan: Plan, report: _Reporter) -> Iterator[Finding]:
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
            hint = _suggest(structure, others) if others else ""
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


def _ratings(plan: Plan, report: _Reporter) -> Iterator[Finding]:
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
                f"{_suggest(indicator.scale, seen) if seen else ' (the plan declares none)'}",
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


def _inputs(plan: Plan, report: _Reporter) -> Iterator[Finding]:
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
                            f"{key} {name!r} is not an indicator of this plan{_suggest(name, ids)}",
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
                        f"{_suggest(target.criterion, ids)}",
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
                        yield _unknown_area(report, (*path, "among", a), area, known_areas)
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
    plan: Plan, target: ShareTarget, path: Path, report: _Reporter
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
