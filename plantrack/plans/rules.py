"""Checks that need a whole plan: references, periods, units, ranges, milestones.

The schema (pydantic) decides whether each value is well-formed; these checks decide whether the
plan makes sense as a whole. Each check yields findings with the position of the offending value,
so every problem in a plan is reported at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from plantrack.findings import Finding, Severity
from plantrack.plans.kind_rules import inputs, ratings, structures
from plantrack.plans.model import (
    Indicator,
    Plan,
    RatingTarget,
)
from plantrack.plans.reporter import Reporter, listed_twice, reason_of, suggest, unknown_area
from plantrack.plans.target_rules import milestones, targets
from plantrack.plans.yaml_reader import Path, YamlDocument
from plantrack.safe_text import control_characters
from plantrack.texts import Text, text
from plantrack.units import (
    Quantity,
    UnitError,
    near_measure_word,
    parse_unit,
)


def check_plan(plan: Plan, doc: YamlDocument, file: str) -> list[Finding]:
    """Every whole-plan problem of ``plan`` (read from ``file``, positions in ``doc``)."""
    report = Reporter(doc, file)
    findings: list[Finding] = []
    for check in (
        _areas,
        _sections,
        _indicators,
        targets,
        milestones,
        _subtargets,
        structures,
        ratings,
        inputs,
        _control_characters,
    ):
        findings.extend(check(plan, report))
    return findings


def _control_characters(_plan: Plan, report: Reporter) -> Iterator[Finding]:
    """Text with a control character in it (ESC, BEL...: YAML writes them as ``"\\e"``, ``"\\a"``):
    a terminal would obey it (clear the screen, retitle the window) wherever the text is shown.
    Every output shows it written out; this says where it comes from."""
    found: list[tuple[Path, list[str]]] = []
    _find_controls((), report.doc.data, found)
    for path, controls in sorted(found, key=lambda one: report.doc.position(one[0]) or (0, 0)):
        where = ".".join(str(part) for part in path)
        shown = list(dict.fromkeys(controls))
        yield report.at(
            path,
            "control-character",
            text("plan.control-character", where=where, controls=shown),
            severity=Severity.WARNING,
        )


def _find_controls(path: Path, value: Any, found: list[tuple[Path, list[str]]]) -> None:
    """Add each text under ``value`` that holds a control character to ``found``: the last
    item of a list or mapping first, as a stack of what is left to see would give them.

    The texts of a list are first searched joined by newlines (no control character, so they
    hold one only when an item does): one search for a target's 3,321 area ids, not 3,321."""
    if isinstance(value, str):
        controls = control_characters(value)
        if controls:
            found.append((path, controls))
    elif isinstance(value, dict):
        for key, item in reversed(value.items()):
            _find_controls((*path, key), item, found)
    elif isinstance(value, list):
        texts = all(issubclass(kind, str) for kind in set(map(type, value)))
        if texts and not control_characters("\n".join(value)):
            return
        for index in range(len(value) - 1, -1, -1):
            _find_controls((*path, index), value[index], found)


def _areas(plan: Plan, report: Reporter) -> Iterator[Finding]:
    ids = (area.id for area in plan.areas)
    yield from listed_twice(
        report, "areas", ids, "duplicate-area", lambda one: text("plan.duplicate-area", area=one)
    )
    known = plan.area_ids()
    if plan.area not in known:
        yield unknown_area(report, ("area",), plan.area, known)
    for index, area in enumerate(plan.areas):
        if area.parent is not None and area.parent not in known:
            yield unknown_area(report, ("areas", index, "parent"), area.parent, known)
        for m, member in enumerate(area.members):
            if member not in known:
                yield unknown_area(report, ("areas", index, "members", m), member, known)


def _sections(plan: Plan, report: Reporter) -> Iterator[Finding]:
    """The section headings: each listed once; when they are listed, every section a source
    cites is among them (else the appendix would show a heading without its words)."""
    if plan.sections is None:
        return
    ids = [section.id for section in plan.sections]
    yield from listed_twice(
        report,
        "sections",
        ids,
        "duplicate-section",
        lambda one: text("plan.duplicate-section", section=one),
    )
    seen = set(ids)
    for i, indicator in enumerate(plan.indicators):
        cited: list[tuple[Path, str]] = [
            (("indicators", i, "source", "section"), indicator.source.section)
        ]
        for j, target in enumerate(indicator.targets):
            source = getattr(target, "source", None)
            if source is not None:
                cited.append((("indicators", i, "targets", j, "source", "section"), source.section))
        for path, section_id in cited:
            if section_id not in seen:
                yield report.at(
                    path,
                    "unknown-section",
                    text("plan.unknown-section", section=section_id, known=sorted(seen)),
                    severity=Severity.WARNING,
                )


def _indicators(plan: Plan, report: Reporter) -> Iterator[Finding]:
    known_areas = plan.area_ids()
    ids = {indicator.id for indicator in plan.indicators}
    seen: set[str] = set()
    for i, indicator in enumerate(plan.indicators):
        path: Path = ("indicators", i)
        if indicator.id in seen:
            yield report.at(
                (*path, "id"),
                "duplicate-indicator",
                text("plan.duplicate-indicator", indicator=indicator.id),
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
                    text("plan.missing-direction", indicator=indicator.id),
                )
        if (
            indicator.baseline is not None
            and indicator.baseline.area is not None
            and indicator.baseline.area not in known_areas
        ):
            yield unknown_area(
                report, (*path, "baseline", "area"), indicator.baseline.area, known_areas
            )
        if indicator.part_of is not None:
            if indicator.part_of not in ids:
                yield report.at(
                    (*path, "part_of"),
                    "unknown-parent",
                    text(
                        "plan.unknown-parent",
                        parent=indicator.part_of,
                        hint=suggest(indicator.part_of, ids),
                    ),
                )
            elif _has_cycle(plan, indicator):
                yield report.at(
                    (*path, "part_of"),
                    "unknown-parent",
                    text("plan.parent-cycle", indicator=indicator.id),
                )


def _unreadable_unit(unit: str) -> Text:
    """Why a unit cannot be read, with how units are written."""
    grammar = text("plan.unit-grammar")
    try:
        parse_unit(unit)
    except UnitError as error:
        return text("plan.unknown-unit", unit=unit, reason=reason_of(error), grammar=grammar)
    return text("plan.unknown-unit.no-reason", unit=unit, grammar=grammar)  # pragma: no cover


def _unit_notes(indicator: Indicator, path: Path, report: Reporter) -> Iterator[Finding]:
    """A ``percent`` key on a unit not in %, and a count noun that looks like a mistyped unit."""
    unit = parse_unit(indicator.unit)
    if indicator.percent is not None and unit.quantity is not Quantity.SHARE:
        yield report.at(
            (*path, "percent"),
            "unit-percent",
            text("plan.unit-percent", percent=indicator.percent, unit=indicator.unit),
        )
    near = near_measure_word(unit)
    if near is not None:
        yield report.at(
            (*path, "unit"),
            "unit-as-count",
            text("plan.unit-as-count", unit=indicator.unit, noun=unit.noun, near=near),
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


def _subtargets(plan: Plan, report: Reporter) -> Iterator[Finding]:
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
                spans = sorted({c.when() for c in candidates})
                yield report.at(
                    ("indicators", i, "targets", j, "period"),
                    "subtarget-period",
                    text(
                        "plan.subtarget-period",
                        indicator=indicator.id,
                        parent=parent.id,
                        when=target.when(),
                        spans=spans,
                    ),
                )
