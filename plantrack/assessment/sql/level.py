"""A level target ("thu nhập bình quân 6.794 USD/người năm 2030") in SQL, for the series DuckDB
read: :func:`plantrack.assessment.kinds.level.assess` and :func:`plantrack.assessment.reach.settle`
for a series of final levels, one a year, with no baseline in the plan (docs/decisions/0004).

Python works out once a target what every area shares (:func:`constants`); one query gives each
area of the target its result's numbers (and the ``w_`` columns that :data:`WORKING`, the JSON's
working, reads). The rules are docs/assessment.md's ("Level", "The order of the rules"): the
trend from the base (geometric, or linear for percentages and when a base, latest value or
target is not positive), the deadline's figure once it is reached, a target already met before
it, else the progress ratio; a geometric pace the unit cannot allow is out of reach.
``tests/test_engines_agree.py`` holds the query equal to Python; where Python would raise (a
number that leaves the doubles) the query says so (``undefined``) and the target is Python's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.kinds.level import base_year_of
from plantrack.assessment.sql.steps import (
    VERDICT_STATUS,
    GoalConstants,
    by_ratio,
    goal_constants,
    indicator_direction,
    series_steps,
    target_columns,
    verdict,
)
from plantrack.assessment.sql.working import (
    APPROXIMATE,
    AS_OF_BEFORE_BASE,
    NO_BASE,
    NO_DATA,
    PROJECTION_CAPPED,
    Input,
    NoteSpec,
    Param,
    StepSpec,
    Working,
    base_moved,
    figures_used,
    out_of_reach,
    out_of_reach_unit,
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
            {by_ratio("r.ratio", "r.observed")}
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
    OR coalesce(x.weighed AND NOT isfinite(x.reached), false) AS undefined,
    -- the working (JSON): the series, the numbers put into the steps, what the notes say
    x.sid, x.first AS w_b, x.t AS w_t, x.v_first AS w_v_b, x.v_t AS w_v_t,
    x.projected AS w_projected, x.verdict AS w_verdict, x.reached AS w_reached
FROM settled x JOIN level_targets p USING (k)
"""

#: The columns of table ``level_targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)

_GEO = "r.rate_unit = 'fraction'"  # the trend is geometric
_LINEAR = "r.rate_unit = 'unit'"  # linear (the indicator's, or a fall back to it)
_X = Input("X", "p.x")
_V_B = Input("V_b", "r.w_v_b")
_V_T = Input("V_t", "r.w_v_t")
_T = Input("T", "p.e", integer=True)
_B = Input("b", "r.w_b", integer=True)
_LATEST = Input("t", "r.w_t", integer=True)
_BASED = "r.base_year IS NOT NULL"  # a base found (no early reason)
_AHEAD = f"{_BASED} AND p.as_of < p.e"  # judged before the deadline


def _steps(
    name: str, geometric: str, linear: str, inputs: tuple[Input, ...], value: str, when: str
) -> tuple[StepSpec, ...]:
    """A step of the trend, geometric and linear (the one ``rate_unit`` says is taken)."""
    return (
        StepSpec(name, geometric, inputs, value, f"{when} AND {_GEO}"),
        StepSpec(name, linear, inputs, value, f"{when} AND {_LINEAR}"),
    )


#: The working of :func:`plantrack.assessment.kinds.level.assess` (with the engine's checks
#: before it and :func:`plantrack.assessment.reach.settle` after), for the rows of
#: :data:`QUERY`.
WORKING = Working(
    trend=f"CASE WHEN {_GEO} THEN 'geometric' WHEN {_LINEAR} THEN 'linear' END",
    moved="r.w_b <> p.b",
    values=figures_used("p.b"),
    steps=(
        *_steps(
            "observed_rate",
            "(V_t / V_b)^(1/(t - b)) - 1",
            "(V_t - V_b) / (t - b)",
            (_V_T, _V_B, _LATEST, _B),
            "r.observed_rate",
            "r.observed_rate IS NOT NULL",
        ),
        *_steps(
            "required_rate",
            "(X / V_b)^(1/(T - b)) - 1",
            "(X - V_b) / (T - b)",
            (_X, _V_B, _T, _B),
            "r.required_rate",
            "r.required_rate IS NOT NULL",
        ),
        *_steps(
            "catch_up_rate",
            "(X / V_t)^(1/(T - t)) - 1",
            "(X - V_t) / (T - t)",
            (_X, _V_T, _T, _LATEST),
            "r.catch_up_rate",
            "r.catch_up_rate IS NOT NULL",
        ),
        StepSpec(
            "projected",
            "V_t * (1 + g)^(T - t)",
            (_V_T, Input("g", "r.observed_rate"), _T, _LATEST),
            "r.w_projected",
            f"r.w_projected IS NOT NULL AND {_GEO}",
        ),
        StepSpec(
            "projected",
            "V_t + s * (T - t)",
            (_V_T, Input("s", "r.observed_rate"), _T, _LATEST),
            "r.w_projected",
            f"r.w_projected IS NOT NULL AND {_LINEAR}",
        ),
        StepSpec(
            "ratio",
            "d * r / |r*|",
            (
                Input("d", "p.d", integer=True),
                Input("r", "r.observed_rate"),
                Input("r*", "r.required_rate"),
            ),
            "r.ratio",
            "r.ratio IS NOT NULL",
        ),
    ),
    notes=(
        APPROXIMATE,
        # judged on the deadline's own figure, a base moved is not told
        base_moved("r.w_b", f"{_BASED} AND r.w_b <> p.b AND NOT (p.as_of >= p.e AND r.w_t = p.e)"),
        NoteSpec("linear-fallback", when=f"{_LINEAR} AND p.trend = 'geometric'"),
        PROJECTION_CAPPED,
        NoteSpec(
            "met-at-base",
            (Param("year", "r.w_b"),),
            f"{_AHEAD} AND r.w_verdict <> 'missed' AND r.w_t = r.w_b",
        ),
        NoteSpec(
            "already-met",
            (Param("year", "r.w_t"), Param("deadline", "p.e")),
            f"{_AHEAD} AND r.w_verdict <> 'missed' AND r.w_t <> r.w_b",
        ),
        out_of_reach("r.required_rate", "r.rate_unit"),
    ),
    reasons=(
        NO_DATA,
        AS_OF_BEFORE_BASE,
        NO_BASE,
        NoteSpec("one-point", (Param("year", "r.w_t"),)),
        NoteSpec("no-deadline-value", (Param("year", "p.e"), Param("latest", "r.w_t"))),
        out_of_reach_unit("r.w_reached", "r.rate_unit"),
    ),
)
