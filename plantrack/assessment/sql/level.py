"""A level target ("thu nhập bình quân 6.794 USD/người năm 2030") in SQL, for the series DuckDB
read: :func:`plantrack.assessment.kinds.level.assess` and :func:`plantrack.assessment.reach.settle`
for a series of final levels, one a year, with no baseline in the plan (docs/decisions/0004).

Python works out once a target what every area shares (:func:`constants`); one query gives each
area of the target its result's numbers. The rules are docs/assessment.md's ("Level", "The order
of the rules"): the trend from the base (geometric, or linear for percentages and when a base,
latest value or target is not positive), the deadline's figure once it is reached, a target
already met before it, else the progress ratio; a geometric pace the unit cannot allow is out of
reach. ``tests/test_engines_agree.py`` holds the query equal to Python; where Python would raise
(a number that leaves the doubles) the query says so (``undefined``) and the target is Python's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.kinds.level import base_year_of
from plantrack.assessment.sql.steps import (
    VERDICT_STATUS,
    GoalConstants,
    goal_constants,
    indicator_direction,
    series_steps,
    target_columns,
    verdict,
)
from plantrack.plans.model import Indicator, LevelTarget, Plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Constants(GoalConstants):
    """What every area of a level target shares besides :class:`GoalConstants`."""

    x: float  # the goal's threshold
    trend: str  # the indicator's trend ('geometric' or 'linear'), before a fall back to linear


def takes(_plan: Plan, indicator: Indicator, target: Any) -> bool:
    """Whether SQL assesses this target (for the areas whose series DuckDB read whole): a level
    target whose indicator has no baseline in the plan."""
    return isinstance(target, LevelTarget) and indicator.baseline is None


def constants(plan: Plan, indicator: Indicator, target: LevelTarget) -> Constants:
    goal, shared = goal_constants(plan, indicator, target, indicator_direction(indicator))
    unit = indicator.unit_info
    trend = indicator.projection
    if trend is None:  # Context.trend
        trend = "linear" if unit is not None and unit.is_percent else "geometric"
    return Constants(
        b=base_year_of(plan, target), e=target.year, x=goal.threshold, trend=trend, **shared
    )


#: One row an area of each level target of table ``level_targets`` (a row a target: ``k``, the
#: :class:`Constants`, ``as_of``, ``indicator`` and ``areas``), with the columns of
#: :data:`plantrack.assessment.sql.growth.QUERY` (``required_rate`` and ``rate_unit`` its own).
#: Reads ``series(sid, indicator, area)`` and ``figures(sid, year, value)``.
QUERY = f"""
WITH {series_steps("level_targets")},
early AS (
    SELECT q.*, q.t - q.first AS span, p.e - q.first AS horizon, p.e - q.t AS "left",
        CASE
            WHEN NOT q.found THEN 'no-data'
            WHEN p.as_of < p.b THEN 'as-of-before-base'
            WHEN q.n_levels IS NULL THEN 'no-base'
        END AS early,
        p.trend = 'geometric' AND q.v_first > 0 AND q.v_t > 0 AND p.x > 0 AS geo
    FROM based q JOIN level_targets p USING (k)),
trend AS (
    SELECT r.*, r.early IS NULL AND r.span > 0 AS traced,
        CASE WHEN r.early IS NULL AND r.span > 0 THEN
            CASE WHEN r.geo
                THEN pow(r.v_t / r.v_first, 1.0::DOUBLE / r.span) - 1.0::DOUBLE
                ELSE (r.v_t - r.v_first) / r.span END END AS observed,
        CASE WHEN r.early IS NULL AND r.span > 0 THEN
            CASE WHEN r.geo
                THEN pow(p.x / r.v_first, 1.0::DOUBLE / r.horizon) - 1.0::DOUBLE
                ELSE (p.x - r.v_first) / r.horizon END END AS required,
        CASE WHEN r.early IS NULL AND r.span > 0 AND r."left" > 0 THEN
            CASE WHEN r.geo
                THEN pow(p.x / r.v_t, 1.0::DOUBLE / r."left") - 1.0::DOUBLE
                ELSE (p.x - r.v_t) / r."left" END END AS catch_up,
        {verdict("r.v_t")} AS verdict
    FROM early r JOIN level_targets p USING (k)),
paced AS (
    SELECT r.*,
        CASE WHEN r.traced AND r."left" > 0 THEN
            CASE WHEN r.geo THEN r.v_t * pow(1.0::DOUBLE + r.observed, r."left")
                 ELSE r.v_t + r.observed * r."left" END END AS projected,
        CASE WHEN r.required <> 0 THEN p.d * r.observed / abs(r.required) END AS ratio
    FROM trend r JOIN level_targets p USING (k)),
concluded AS (
    SELECT r.*,
        CASE
            WHEN r.early IS NOT NULL THEN r.early
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'no-deadline-value'
            WHEN p.as_of < p.e AND r.verdict = 'missed' AND r.span = 0 THEN 'one-point'
        END AS short,
        CASE
            WHEN r.early = 'no-data' THEN 'no_data'
            WHEN r.early IS NOT NULL THEN 'insufficient_data'
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'insufficient_data'
            WHEN p.as_of >= p.e THEN {VERDICT_STATUS.format("r.verdict")}
            WHEN r.verdict <> 'missed' THEN {VERDICT_STATUS.format("r.verdict")}
            WHEN r.span = 0 THEN 'insufficient_data'
            WHEN r.ratio IS NULL THEN
                CASE WHEN r.observed * p.d < -1e-9 THEN 'regressing' ELSE 'off_track' END
            WHEN r.ratio >= p.on_track THEN 'on_track'
            WHEN r.ratio >= p.at_risk THEN 'at_risk'
            WHEN r.ratio >= -1e-9 THEN 'off_track'
            ELSE 'regressing'
        END AS judged_status
    FROM paced r JOIN level_targets p USING (k)),
kept AS (
    SELECT c.*,
        CASE WHEN c.judged_status IN ('exceeded', 'achieved', 'not_achieved')
             AND NOT p.ceiling THEN NULL ELSE c.catch_up END AS still,
        c.catch_up IS NOT NULL AND NOT p.ceiling
            AND c.judged_status NOT IN ('exceeded', 'achieved', 'not_achieved')
            AND c.geo AND c."left" > 0 AS weighed,
        c.v_t * pow(1 + c.catch_up, c."left") AS reached
    FROM concluded c JOIN level_targets p USING (k)),
settled AS (
    SELECT s.*, s.weighed AND ((p.unit_max IS NOT NULL AND s.reached > p.unit_max + 1e-9)
        OR (p.unit_min IS NOT NULL AND s.reached < p.unit_min - 1e-9)) AS beyond
    FROM kept s JOIN level_targets p USING (k))
SELECT x.k, x.pos,
    CASE WHEN x.beyond THEN 'not_achieved' ELSE x.judged_status END AS status,
    CASE WHEN x.beyond THEN 'out-of-reach-unit' ELSE x.short END AS reason,
    CASE WHEN x.traced THEN CASE WHEN x.geo THEN 'fraction' ELSE 'unit' END END AS rate_unit,
    CASE WHEN x.early IS NULL THEN x.first END AS base_year,
    CASE WHEN x.early IS NULL THEN x.v_first END AS base_value,
    CASE WHEN x.early IS NULL THEN x.t END AS latest_year,
    CASE WHEN x.early IS NULL THEN x.v_t END AS latest_value,
    x.observed AS observed_rate,
    x.required AS required_rate,
    x.still AS catch_up_rate,
    NULL::DOUBLE AS gap,
    x.ratio,
    CASE WHEN p.unit_min IS NOT NULL AND x.projected < p.unit_min THEN NULL
         WHEN p.unit_max IS NOT NULL AND x.projected > p.unit_max THEN NULL
         ELSE x.projected END AS projected_value,
    CASE WHEN x.projected IS NULL THEN 0
         WHEN p.unit_min IS NOT NULL AND x.projected < p.unit_min THEN -1
         WHEN p.unit_max IS NOT NULL AND x.projected > p.unit_max THEN 1
         ELSE 0 END AS capped,
    coalesce(x.traced AND (NOT isfinite(x.observed) OR NOT isfinite(x.required)
        OR (x.required <> 0 AND NOT isfinite(x.ratio))), false)
    OR coalesce(x.traced AND x."left" > 0
        AND (NOT isfinite(x.catch_up) OR NOT isfinite(x.projected)), false)
    OR coalesce(x.weighed AND NOT isfinite(x.reached), false) AS undefined
FROM settled x JOIN level_targets p USING (k)
"""

#: The columns of table ``level_targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)
