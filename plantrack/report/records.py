"""A report as flat records, one dict a result: for a notebook, a DataFrame, a spreadsheet.

:meth:`CheckReport.to_records() <plantrack.report.build.CheckReport.to_records>` and
:meth:`~plantrack.report.build.CheckReport.to_frame` use this module. Every record has the keys
of :data:`RECORD_KEYS`, in that order, whatever the target's kind: a quantity that does not
apply to it is None. Rates are fractions (0.1296, not 12.96), as in the JSON output; the values
are the JSON output's (``plantrack check --format json``), the nested ones flattened
(``base.year`` is ``base_year``), the names in the language asked for.

It knows the results and their plans; nothing of output formats (those are in
:mod:`plantrack.render`) or of pandas beyond the one call in ``to_frame``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plantrack.assessment.status import LABELS
from plantrack.texts import in_language

if TYPE_CHECKING:
    from plantrack.report.build import Target

#: The keys of every record, in order. What each one holds:
#:
#: - ``plan``, ``area``, ``indicator``, ``target``: the ids of the plan, the area judged, the
#:   indicator and the target (``gross_output:growth:2021-2030``);
#: - ``indicator_name`` (in the language asked for), ``unit`` (the unit's id),
#:   ``target_text`` (the plan's own words for the target, or None);
#: - ``kind`` (growth, level, annual, ...), ``deadline`` (a year);
#: - ``comparator``, ``goal``, ``goal_max``: the goal (``goal_max`` only for a range);
#: - ``status`` (its stable name: ``on_track``), ``status_label`` (in words: "On track");
#: - ``base_year``, ``base_value``, ``latest_year``, ``latest_value``: the figures judged;
#:   ``latest_estimate``: the latest is an estimate (ước thực hiện); ``latest_state``: a
#:   milestone's reported state (achieved, in_progress, ...);
#: - ``observed_rate``, ``required_rate``, ``catch_up_rate``, ``gap``, ``ratio``: the growth
#:   seen, needed from the base, needed from now on, their difference, and the progress ratio;
#: - ``rate_unit``: what those rates are in: ``fraction`` (a growth a year, 0.1296 for
#:   12.96 %/year) or ``unit`` (the indicator's unit a year: percentage points a year for a
#:   percentage), None when the target has no rate;
#: - ``projected_year``, ``projected_value``: the latest figure carried to the deadline;
#: - ``total``: the total so far of a cumulative (or average) target, in the indicator's unit;
#: - ``met_years``, ``counted_years``: for a target every year must meet, how many did;
#: - ``reason``: the code of what decided the status when one did (``no-base``,
#:   ``years-missed``), else None;
#: - ``notes``: the reason and the notes as text, a line each, ``code: message`` ("" when
#:   there are none);
#: - ``accepted``: with a baseline applied, how the result stands against its entry
#:   (accepted, improved, worse, changed, expired), else None;
#: - ``plan_file``: the plan file the target is written in.
RECORD_KEYS: tuple[str, ...] = (
    "plan",
    "area",
    "indicator",
    "indicator_name",
    "unit",
    "target",
    "target_text",
    "kind",
    "deadline",
    "comparator",
    "goal",
    "goal_max",
    "status",
    "status_label",
    "base_year",
    "base_value",
    "latest_year",
    "latest_value",
    "latest_estimate",
    "latest_state",
    "observed_rate",
    "required_rate",
    "catch_up_rate",
    "gap",
    "ratio",
    "rate_unit",
    "projected_year",
    "projected_value",
    "total",
    "met_years",
    "counted_years",
    "reason",
    "notes",
    "accepted",
    "plan_file",
)


def result_record(item: Target, lang: str = "vi") -> dict[str, Any]:
    """One result as a flat dict with the keys of :data:`RECORD_KEYS` (names and notes in
    ``lang``, ``vi`` or ``en``)."""
    result = item.result
    base, latest, projected = result.base, result.latest, result.projected
    remarks = [result.reason] if result.reason is not None else []
    remarks += result.notes
    notes = "\n".join(f"{note.code}: {in_language(note.message, lang)}" for note in remarks)
    return {
        "plan": result.plan,
        "area": result.area,
        "indicator": result.indicator,
        "indicator_name": item.indicator.name.get(lang),
        "unit": item.indicator.unit,
        "target": result.target,
        "target_text": item.target.text,
        "kind": result.kind,
        "deadline": result.deadline,
        "comparator": result.comparator,
        "goal": result.target_low,
        "goal_max": result.target_high if result.comparator == "range" else None,
        "status": result.status.value,
        "status_label": LABELS[result.status][0 if lang == "vi" else 1],
        "base_year": None if base is None else base.year,
        "base_value": None if base is None else base.value,
        "latest_year": None if latest is None else latest.year,
        "latest_value": None if latest is None else latest.value,
        "latest_estimate": None if latest is None else latest.estimate,
        "latest_state": None if latest is None else latest.state,
        "observed_rate": result.observed_rate,
        "required_rate": result.required_rate,
        "catch_up_rate": result.catch_up_rate,
        "gap": result.gap,
        "ratio": result.ratio,
        "rate_unit": result.rate_unit,
        "projected_year": None if projected is None else projected.year,
        "projected_value": None if projected is None else projected.value,
        "total": result.total,
        "met_years": result.met_years,
        "counted_years": result.counted_years,
        "reason": None if result.reason is None else result.reason.code,
        "notes": notes,
        "accepted": None if item.accepted is None else item.accepted.state,
        "plan_file": item.plan_file,
    }
