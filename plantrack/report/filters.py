"""The filters of a check (``areas``, ``indicators``, ``explain``): which plan areas and
indicators the labels the user gave name, each label that names none a finding, and whether any
target is set where the user asked. It knows the plans and their catalogue, not the results."""

from __future__ import annotations

from plantrack.actuals.catalog import Catalog
from plantrack.findings import Finding, Severity
from plantrack.plans.load import LoadedPlan
from plantrack.texts import option, text

__all__ = ["any_target", "areas_with_targets", "wanted_areas", "wanted_indicators"]


def any_target(
    plans: list[LoadedPlan],
    wanted_areas: set[tuple[str, str]],
    wanted_indicators: set[tuple[str, str]] | None,
    include_vision: bool,
) -> bool:
    """Whether any target is set for the areas (and indicators) asked for."""
    for loaded in plans:
        plan = loaded.plan
        for indicator in plan.indicators:
            if wanted_indicators is not None and (plan.id, indicator.id) not in wanted_indicators:
                continue
            for target in indicator.targets:
                if target.vision and not include_vision:
                    continue
                if any((plan.id, area) in wanted_areas for area in target.areas or [plan.area]):
                    return True
    return False


def wanted_areas(
    catalog: Catalog, labels: tuple[str, ...], findings: list[Finding]
) -> set[tuple[str, str]] | None:
    if not labels:
        return None
    wanted: set[tuple[str, str]] = set()
    for label in labels:
        found = catalog.areas(label)
        if not found:
            findings.append(
                Finding(
                    "unknown-filter",
                    text("report.unknown-area-filter", area=label),
                    severity=Severity.ERROR,
                )
            )
        wanted.update((plan.id, area) for plan, area in found)
    return wanted


def wanted_indicators(
    catalog: Catalog, labels: tuple[str, ...], findings: list[Finding], name: str = "indicator"
) -> set[tuple[str, str]] | None:
    if not labels:
        return None
    wanted: set[tuple[str, str]] = set()
    for label in labels:
        found = catalog.indicators(label)
        if not found:
            close = catalog.suggest(label)
            given = option(name)
            message = (
                text(
                    "report.unknown-indicator-filter-close",
                    option=given,
                    indicator=label,
                    close=close,
                )
                if close
                else text("report.unknown-indicator-filter", option=given, indicator=label)
            )
            findings.append(
                Finding(
                    "unknown-filter",
                    message,
                    severity=Severity.ERROR,
                )
            )
        wanted.update((plan.id, indicator.id) for plan, indicator in found)
    return wanted


def areas_with_targets(plans: list[LoadedPlan]) -> list[str]:
    found: list[str] = []
    for loaded in plans:
        for indicator in loaded.plan.indicators:
            for target in indicator.targets:
                for area in target.areas or [loaded.plan.area]:
                    if area not in found:
                        found.append(area)
    return found
