"""``plantrack check --format github``: workflow annotations for GitHub Actions.

GitHub shows at most 10 annotations of each kind (error, warning) per step and drops the rest
without a word: a national panel gave 10,714. So the worst come first (errors before warnings;
results from the worst status), and :func:`~plantrack.render.findings.capped_annotations` keeps
10 of each kind and adds one notice saying how many more there are and where to see them all.
With ``--since``, one more notice says what changed since the previous report (what got worse
first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plantrack.assessment.status import Status
from plantrack.render.changes import change_lines, counts_line, heading
from plantrack.render.describe import target_phrase
from plantrack.render.findings import (
    ANNOTATIONS_PER_KIND,
    _escape_data,
    _escape_property,
    capped_annotations,
    github_annotation,
)
from plantrack.render.result_text import (
    HEAD,
    point_text,
    status_word,
    worst_first,
)

if TYPE_CHECKING:
    from plantrack.report.build import CheckReport


def check_github(
    report: CheckReport,
    lang: str,
    fail_on: Status | None,
    limit: int | None = ANNOTATIONS_PER_KIND,
) -> list[str]:
    """Data problems at their file:line; results at or below ``--fail-on`` (default: off
    track and worse) as annotations on the plan file; the worst first, at most ``limit`` of
    each kind (None: all), then a notice counting those left out."""
    errors: list[str] = []
    warnings: list[str] = []
    for finding in report.findings:  # in file and line order
        (errors if finding.is_error else warnings).append(github_annotation(finding, lang))
    threshold = fail_on or Status.OFF_TRACK
    failing = sorted(report.failing(threshold), key=lambda item: worst_first(item.result.status))
    for item in failing:  # the worst status first; in plan order within one
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
        line = f"::{level} {where},title={_escape_property(title)}::{_escape_data(message)}"
        (errors if fail_on is not None else warnings).append(line)
    annotations = capped_annotations(errors, warnings, lang, limit)
    changes = report.changes()
    if changes is not None:  # --since: one notice, what got worse listed first
        lines = [counts_line(changes, lang), *change_lines(changes, lang, NOTICE_CHANGES)]
        title = _escape_property(f"plantrack: {heading(changes, lang)}")
        message = "\n".join(lines)
        annotations.append(f"::notice title={title}::{_escape_data(message)}")
    return annotations


#: At most so many changes are listed in the ``--since`` notice (then a line counting the rest).
NOTICE_CHANGES = 20
