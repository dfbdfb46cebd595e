"""An every-year target ("hàng năm tạo việc làm mới cho khoảng 3.000 lao động") in SQL, for the
series DuckDB read: :func:`plantrack.assessment.kinds.annual.assess` and
:func:`plantrack.assessment.every_year.conclude` for a series of final levels, one a year, with
no baseline in the plan (docs/decisions/0004).

What every area shares is :mod:`~plantrack.assessment.sql.cumulative`'s (a period and a bound).
The rules are docs/assessment.md's ("Every year"), in the order the engine and the kind apply
them: no data, a period not started, no figure in it; then each year judged on its own: a year
missed is not achieved whenever it happens; at the deadline a year without a figure leaves it
undecided, else achieved (exceeded when every year went beyond the target); before it, on track.
Its working (:data:`WORKING`: the years judged, the notes and reasons) is what the JSON writer
reads (:mod:`~plantrack.assessment.sql.working`).
"""

from __future__ import annotations

from typing import Any

from plantrack.assessment.context import years_text
from plantrack.assessment.sql.cumulative import (
    PERIOD_REASONS,
    Constants,
    constants,
)
from plantrack.assessment.sql.steps import series_steps, target_columns, verdict
from plantrack.assessment.sql.working import (
    APPROXIMATE,
    NoteSpec,
    Param,
    Working,
    YearsSpec,
    figures_used,
)
from plantrack.plans.model import AnnualTarget, Indicator, Plan

__all__ = ["QUERY", "TARGET_COLUMNS", "WORKING", "Constants", "constants", "takes"]


def takes(_plan: Plan, indicator: Indicator, target: Any) -> bool:
    """Whether SQL assesses this target (for the areas whose series DuckDB read whole): an
    every-year target whose indicator has no baseline in the plan."""
    return isinstance(target, AnnualTarget) and indicator.baseline is None


#: One row an area of each every-year target of table ``annual_targets`` (a row a target:
#: ``k``, the :class:`~plantrack.assessment.sql.cumulative.Constants`, ``as_of``, ``indicator``
#: and ``areas``), with the columns of :data:`plantrack.assessment.sql.cumulative.QUERY`.
#: Reads ``series(sid, indicator, area)`` and ``figures(sid, year, value)``.
QUERY = f"""
WITH {series_steps("annual_targets", odd="count(*) FILTER (WHERE NOT isfinite(value))")},
judged AS (
    SELECT k, pos, count(*) FILTER (WHERE verdict <> 'missed') AS met,
        count(*) FILTER (WHERE verdict = 'missed') AS missed,
        bool_and(verdict = 'exceeded') AS all_exceeded,
        list(year ORDER BY year) FILTER (WHERE verdict = 'missed') AS missed_years,
        list(year) AS seen
    FROM (SELECT l.k, l.pos, l.year, {verdict("l.value")} AS verdict
          FROM levels l JOIN annual_targets p USING (k))
    GROUP BY k, pos),
concluded AS (
    SELECT q.*, j.met, j.all_exceeded, j.missed_years, j.seen,
        CASE
            WHEN NOT q.found THEN 'no-data'
            WHEN p.as_of < p.b THEN 'not-started'
            WHEN q.n_levels IS NULL THEN 'no-value-in-time'
        END AS early,
        CASE
            WHEN NOT q.found THEN 'no_data'
            WHEN p.as_of < p.b OR q.n_levels IS NULL THEN 'insufficient_data'
            WHEN j.missed > 0 THEN 'not_achieved'
            WHEN p.as_of >= p.e AND q.n_levels < p.e - p.b + 1 THEN 'insufficient_data'
            WHEN p.as_of >= p.e THEN CASE WHEN j.all_exceeded THEN 'exceeded' ELSE 'achieved' END
            ELSE 'on_track'
        END AS status
    FROM based q JOIN annual_targets p USING (k) LEFT JOIN judged j USING (k, pos))
SELECT x.k, x.pos, x.status,
    CASE
        WHEN x.early IS NOT NULL THEN x.early
        WHEN x.status = 'not_achieved' THEN 'years-missed'
        WHEN x.status = 'insufficient_data' THEN 'missing-years'
    END AS reason,
    NULL::VARCHAR AS rate_unit,
    NULL::INTEGER AS base_year,
    NULL::DOUBLE AS base_value,
    CASE WHEN x.early IS NULL THEN x.t END AS latest_year,
    CASE WHEN x.early IS NULL THEN x.v_t END AS latest_value,
    NULL::DOUBLE AS observed_rate,
    NULL::DOUBLE AS required_rate,
    NULL::DOUBLE AS catch_up_rate,
    NULL::DOUBLE AS gap,
    NULL::DOUBLE AS ratio,
    NULL::DOUBLE AS projected_value,
    0 AS capped,
    NULL::DOUBLE AS total,
    CASE WHEN x.early IS NULL THEN x.met END AS met_years,
    CASE WHEN x.early IS NULL THEN x.n_levels END AS counted_years,
    coalesce(x.odd > 0, false) AS undefined,
    -- the working (JSON): the series, the years missed, the years of the period without a figure
    x.sid, x.missed_years AS w_missed,
    CASE WHEN x.early IS NULL THEN nullif(list_filter(range(p.b, least(p.as_of, p.e) + 1),
        lambda y: NOT list_contains(x.seen, y)), []) END AS w_absent
FROM concluded x JOIN annual_targets p USING (k)
"""

#: The columns of table ``annual_targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)

_COUNTED = "r.counted_years IS NOT NULL"  # the years are judged (a figure in the period)

#: The working of :func:`plantrack.assessment.kinds.annual.assess` (with the engine's checks
#: before it and :func:`plantrack.assessment.every_year.conclude` after), for the rows of
#: :data:`QUERY`: no steps; each year of the period judged.
WORKING = Working(
    trend="NULL",
    moved="false",
    values=figures_used("p.b"),
    steps=(),
    notes=(
        APPROXIMATE,
        NoteSpec(
            "years-met",
            (Param("met", "r.met_years"), Param("counted", "r.counted_years")),
            _COUNTED,
        ),
        NoteSpec(
            "missing-years",
            (Param("years", "r.w_absent", "ints"),),
            "r.reason IS NULL AND r.w_absent IS NOT NULL",
            lambda _given, years: {"years": years_text(years)},
        ),
    ),
    reasons=(
        *PERIOD_REASONS,
        NoteSpec(
            "years-missed",
            (
                Param("years", "r.w_missed", "ints"),
                Param("met", "r.met_years"),
                Param("counted", "r.counted_years"),
            ),
            words=lambda _given, years, met, counted: {
                "years": years_text(years),
                "met": met,
                "counted": counted,
            },
        ),
        NoteSpec(
            "missing-years",
            (Param("years", "r.w_absent", "ints"),),
            words=lambda _given, years: {"years": years_text(years)},
        ),
    ),
    years=YearsSpec(
        _COUNTED, "p.b", "least(p.as_of, p.e)", "f.value", f"{verdict('f.value')} <> 'missed'"
    ),
)
