"""``plantrack check --format github``: workflow annotations for GitHub Actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.describe import target_phrase
from plantrack.render.findings import _escape_data, _escape_property, github_annotation
from plantrack.render.result_text import (
    HEAD,
    point_text,
    status_word,
)
from plantrack.status import Status

if TYPE_CHECKING:
    from plantrack.check import CheckReport


def check_github(report: CheckReport, lang: str, fail_on: Status | None) -> list[str]:
    """Data problems at their file:line; results at or below ``--fail-on`` (default: off
    track and worse) as annotations on the plan file."""
    lines = [github_annotation(finding) for finding in report.findings]
    threshold = fail_on or Status.OFF_TRACK
    for item in report.failing(threshold):
        r = item.result
        title = f"plantrack {r.status.value}: {r.indicator} ({r.area})"
        message = (
            f"{item.indicator.name.get(lang)}: "
            f"{target_phrase(item.plan, item.indicator, item.target, lang)}; "
            f"{HEAD[lang]['latest'].lower()} "
            f"{point_text(r.latest, item.indicator.unit, lang, scale=item.indicator.rating_scale)}; "
            f"{status_word(r.status, lang)}"
        )
        level = "error" if fail_on is not None else "warning"
        where = f"file={_escape_property(item.plan_file)}"
        if item.plan_line is not None:
            where += f",line={item.plan_line}"
        lines.append(f"::{level} {where},title={_escape_property(title)}::{_escape_data(message)}")
    return lines
