"""A growth target ("tăng bình quân 8 %/năm thời kỳ 2021-2030") in SQL, for the series DuckDB
read: :func:`plantrack.assessment.kinds.growth.assess` for a series of final levels, one a year,
measured end to end, with no baseline in the plan (docs/decisions/0004).

Python works out once a target what every area shares (:func:`constants`); one query gives each
area of the target its result's numbers, in the order of ``target.areas``. The rules are
docs/assessment.md's, in the order :mod:`~plantrack.assessment.engine` and the kind apply them;
``tests/test_engines_agree.py`` holds the two equal. DuckDB's ``pow``, ``/`` and ``-`` on doubles
give the bits Python's give (both call the C library); where Python would raise (a number that
leaves the doubles), the query says so (``undefined``) and the target is Python's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.kinds.growth import base_year_of
from plantrack.assessment.sql.steps import (
    VERDICT_STATUS,
    GoalConstants,
    goal_constants,
    indicator_direction,
    series_steps,
    target_columns,
    verdict,
)
from plantrack.plans.model import GrowthTarget, Indicator, Plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Constants(GoalConstants):
    """What every area of a growth target shares besides :class:`GoalConstants`."""

    start: int  # the period's first year
    g_star: float  # the goal's threshold
    limit: bool  # the target only bounds the rate (no ratio, no early verdict)


def takes(plan: Plan, indicator: Indicator, target: Any) -> bool:
    """Whether SQL assesses this target (for the areas whose series DuckDB read whole): a growth
    target measured end to end, its indicator without a baseline in the plan."""
    return (
        isinstance(target, GrowthTarget)
        and (target.method or plan.growth_method) != "least_squares"
        and indicator.baseline is None
    )


def constants(plan: Plan, indicator: Indicator, target: GrowthTarget) -> Constants:
    goal, shared = goal_constants(plan, indicator, target, indicator_direction(indicator))
    return Constants(
        b=base_year_of(target),
        e=target.period.end,
        start=target.period.start,
        g_star=goal.threshold,
        limit=goal.threshold * goal.direction <= 0,
        **shared,
    )


#: One row an area of each growth target of table ``targets`` (a row a target: ``k``, the
#: :class:`Constants`, ``as_of``, ``indicator`` and ``areas``): the target ``k``, the area's
#: position in ``target.areas``, the status and reason code, the base and latest year and value,
#: the rates (with ``required_rate`` and ``rate_unit``: the columns every kind's query gives),
#: the projection (``capped``: -1 at the unit's minimum, 1 at its maximum) and ``undefined``
#: (Python would raise: the target is Python's). Reads ``series(sid, indicator, area)`` and
#: ``figures(sid, year, value)``.
QUERY = f"""
WITH {series_steps("targets", least="min(value)")},
rates AS (
    SELECT q.*, q.t - q.first AS n, p.e - q.t AS "left", p.e - q.first AS whole,
        pow(q.v_t / q.v_first, 1.0::DOUBLE / nullif(q.t - q.first, 0)) - 1.0::DOUBLE AS g
    FROM based q JOIN targets p USING (k)),
judged AS (
    SELECT r.*,
        CASE WHEN p.comparator = 'range' THEN
            CASE WHEN r.g > p.high THEN r.g - p.high WHEN r.g < p.low THEN r.g - p.low
                 ELSE 0.0::DOUBLE END
        ELSE r.g - p.low END AS gap,
        CASE WHEN p."limit" THEN NULL ELSE p.d * r.g / abs(p.g_star) END AS ratio,
        {verdict("r.g")} AS verdict,
        pow(pow(1.0::DOUBLE + p.g_star, r.n + r."left")
            / pow(1.0::DOUBLE + r.g, r.n), 1.0::DOUBLE / r."left") - 1.0::DOUBLE AS catch_up,
        pow(1.0::DOUBLE + r.g, r.n) AS done,
        r.v_t * pow(1.0::DOUBLE + r.g, r."left") AS projected,
        pow(r.v_t / r.v_first, 1.0::DOUBLE / r.whole) - 1.0::DOUBLE AS guaranteed
    FROM rates r JOIN targets p USING (k)),
ruled AS (
    SELECT j.*,
        CASE
            WHEN NOT j.found THEN 'no-data'
            WHEN p.start > p.as_of THEN 'not-started'
            WHEN p.as_of < p.b THEN 'as-of-before-base'
            WHEN j.n_levels IS NULL THEN 'no-base'
            WHEN j.v_first <= 0 OR j.least <= 0 THEN 'nonpositive-growth-base'
            WHEN j.n = 0 THEN 'one-point'
            WHEN p.as_of >= p.e AND j.t <> p.e THEN 'no-deadline-value'
        END AS early,
        {verdict("j.guaranteed")} AS already
    FROM judged j JOIN targets p USING (k)),
settled AS (
    SELECT u.*,
        CASE
            WHEN u.early IS NOT NULL THEN NULL
            WHEN p.as_of >= p.e THEN {VERDICT_STATUS.format("u.verdict")}
            WHEN p."limit" THEN CASE WHEN u.verdict <> 'missed' THEN 'on_track' ELSE 'off_track' END
            WHEN u.already <> 'missed' THEN {VERDICT_STATUS.format("u.already")}
            WHEN u.ratio >= p.on_track THEN 'on_track'
            WHEN u.ratio >= p.at_risk THEN 'at_risk'
            WHEN u.ratio >= -1e-9 THEN 'off_track'
            ELSE 'regressing'
        END AS judged_status,
        u.early IS NULL AND p.as_of < p.e AS ahead
    FROM ruled u JOIN targets p USING (k)),
reached AS (
    SELECT s.*,
        s.ahead AND NOT p.ceiling AND s.judged_status IN ('on_track', 'at_risk', 'off_track',
            'regressing') AND s."left" > 0
            AND ((p.unit_max IS NOT NULL
                  AND s.v_t * pow(1 + s.catch_up, s."left") > p.unit_max + 1e-9)
              OR (p.unit_min IS NOT NULL
                  AND s.v_t * pow(1 + s.catch_up, s."left") < p.unit_min - 1e-9)) AS beyond
    FROM settled s JOIN targets p USING (k))
SELECT x.k, x.pos,
    CASE WHEN x.early IN ('no-data') THEN 'no_data'
         WHEN x.early IS NOT NULL THEN 'insufficient_data'
         WHEN x.beyond THEN 'not_achieved'
         ELSE x.judged_status END AS status,
    CASE WHEN x.beyond THEN 'out-of-reach-unit' ELSE x.early END AS reason,
    CASE WHEN x.early IS NULL OR x.early NOT IN ('no-data', 'not-started',
        'as-of-before-base') THEN 'fraction' END AS rate_unit,
    CASE WHEN x.early IS NULL OR x.early NOT IN ('no-data', 'not-started',
        'as-of-before-base', 'no-base') THEN x.first END AS base_year,
    CASE WHEN x.early IS NULL OR x.early NOT IN ('no-data', 'not-started',
        'as-of-before-base', 'no-base') THEN x.v_first END AS base_value,
    CASE WHEN x.early IS NULL OR x.early NOT IN ('no-data', 'not-started',
        'as-of-before-base', 'no-base') THEN x.t END AS latest_year,
    CASE WHEN x.early IS NULL OR x.early NOT IN ('no-data', 'not-started',
        'as-of-before-base', 'no-base') THEN x.v_t END AS latest_value,
    CASE WHEN x.early IS NULL OR x.early = 'no-deadline-value' THEN x.g END AS observed_rate,
    CASE WHEN x.early IS NULL OR x.early = 'no-deadline-value' THEN p.g_star END
        AS required_rate,
    CASE WHEN x.ahead AND (NOT x.judged_status IN ('exceeded', 'achieved', 'not_achieved')
        OR p.ceiling) THEN x.catch_up END AS catch_up_rate,
    CASE WHEN x.early IS NULL OR x.early = 'no-deadline-value' THEN x.gap END AS gap,
    CASE WHEN x.early IS NULL OR x.early = 'no-deadline-value' THEN x.ratio END AS ratio,
    CASE WHEN x.ahead THEN
        CASE WHEN p.unit_min IS NOT NULL AND x.projected < p.unit_min THEN NULL
             WHEN p.unit_max IS NOT NULL AND x.projected > p.unit_max THEN NULL
             ELSE x.projected END END AS projected_value,
    CASE WHEN NOT x.ahead THEN 0
         WHEN p.unit_min IS NOT NULL AND x.projected < p.unit_min THEN -1
         WHEN p.unit_max IS NOT NULL AND x.projected > p.unit_max THEN 1
         ELSE 0 END AS capped,
    coalesce((x.early IS NULL OR x.early = 'no-deadline-value')
        AND (NOT isfinite(x.g) OR (NOT p."limit" AND NOT isfinite(x.ratio))), false)
    OR coalesce(x.ahead AND (p.g_star <= -1 OR x.g <= -1 OR x.done = 0
        OR NOT isfinite(x.catch_up) OR NOT isfinite(x.projected)
        OR (NOT p."limit" AND NOT isfinite(x.guaranteed))), false) AS undefined
FROM reached x JOIN targets p USING (k)
"""

#: The columns of table ``targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)
