"""``plantrack check --format csv``: one row a result, made as the results are."""

from __future__ import annotations

import csv
import io
from typing import IO, TYPE_CHECKING, Any

from plantrack.assessment.status import Status
from plantrack.render.describe import target_phrase
from plantrack.render.result_text import (
    status_word,
)
from plantrack.safe_text import spreadsheet_cell

if TYPE_CHECKING:
    from plantrack.plans.model import Scale
    from plantrack.report.build import CheckReport, Target


CSV_COLUMNS = (
    "plan",
    "area",
    "indicator",
    "indicator_name",
    "unit",
    "target",
    "target_phrase",
    "kind",
    "deadline",
    "status",
    "status_label",
    "base_year",
    "base_value",
    "latest_year",
    "latest_value",
    "latest_estimate",
    "observed_rate",
    "required_rate",
    "catch_up_rate",
    "gap",
    "ratio",
    "projected_year",
    "projected_value",
    "reason",
)


def _safe(value: Any) -> Any:
    """Text with its control characters written out, and prefixed with ``'`` when a spreadsheet
    would run it as a formula (:func:`~plantrack.safe_text.spreadsheet_cell`); numbers as they
    are."""
    if isinstance(value, str):
        return spreadsheet_cell(value)
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _safe(value)


def check_csv(report: CheckReport, lang: str) -> str:
    out = io.StringIO()
    write_csv(report, lang, out)
    return out.getvalue()


def write_csv(report: CheckReport, lang: str, out: IO[str]) -> None:
    """One row a result (:data:`CSV_COLUMNS`), written as each is made (when the report is
    lazy). What a target's areas share is made into cells once a target."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        CSV_COLUMNS
        + (("accepted",) if report.baseline is not None else ())
        + _since_columns(report)
    )
    heads: dict[tuple[str, str], list[Any]] = {}
    areas: dict[str, Any] = {}  # an area's cell, made once (a national check has 3,321)
    words = {status: (status.value, _cell(status_word(status, lang))) for status in Status}
    for item in report.stream():
        r = item.result
        head = heads.get((r.plan, r.target))
        if head is None:
            head = heads[(r.plan, r.target)] = [
                _cell(value)
                for value in (
                    r.plan,
                    "",  # the area's place
                    r.indicator,
                    item.indicator.name.get(lang),
                    item.indicator.unit,
                    r.target,
                    target_phrase(item.plan, item.indicator, item.target, lang),
                    r.kind,
                    r.deadline,
                )
            ]
        area = areas.get(r.area)
        if area is None:
            area = areas[r.area] = _cell(r.area)
        head[1] = area
        base, latest, projected, reason = r.base, r.latest, r.projected, r.reason
        scale = item.indicator.rating_scale
        writer.writerow(
            [
                *head,
                *words[r.status],
                "" if base is None else base.year,
                "" if base is None else _value(base.value, scale, lang),
                "" if latest is None else latest.year,
                "" if latest is None else _value(latest.value, scale, lang),
                "" if latest is None else ("true" if latest.estimate else "false"),
                _number(r.observed_rate),
                _number(r.required_rate),
                _number(r.catch_up_rate),
                _number(r.gap),
                _number(r.ratio),
                "" if projected is None else projected.year,
                "" if projected is None else _number(projected.value),
                "" if reason is None else reason.code,
                *(_state(item) if report.baseline is not None else ()),
                *(_since(item) if report.since is not None else ()),
            ]
        )


def _state(item: Target) -> tuple[str]:
    """The CSV's ``accepted`` cell (with ``--baseline``): how the result stands against its
    entry in the baseline (accepted, improved, worse, changed, expired), or empty."""
    return (item.accepted.state if item.accepted is not None else "",)


def _since_columns(report: CheckReport) -> tuple[str, ...]:
    """With ``--since``: the result's status in the previous report (empty: not in it) and
    what changed, its words (``plantrack.report.since.CHANGE_WORDS``) separated by spaces."""
    return ("previous_status", "change") if report.since is not None else ()


def _since(item: Target) -> tuple[str, str]:
    compared = item.compared
    if compared is None:
        return ("", "")
    before = compared.before.value if compared.before is not None else ""
    return (before, " ".join(compared.changes))


def _number(value: float | None) -> Any:
    return "" if value is None else value


def _value(value: float | None, scale: Scale | None, lang: str) -> Any:
    """A figure's cell: the number, or for a rated indicator its level in words."""
    if scale is None or value is None:
        return _number(value)
    return _safe(scale.level(value).get(lang))
