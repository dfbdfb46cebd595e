"""A change target ("giảm tỷ lệ hộ nghèo bình quân 1,5 điểm %/năm") in SQL, for the series DuckDB
read: :func:`plantrack.assessment.kinds.change.assess` and :func:`plantrack.assessment.reach.settle`
for a series of final levels, one a year (no reported change: a block has none), with no
baseline in the plan (docs/decisions/0004).

Python works out once a target what every area shares (:func:`constants`); one query gives each
area of the target its result's numbers. The rules are docs/assessment.md's ("Change per year",
"The order of the rules"): the average improvement ``d (V_t - V_b) / (t - b)`` from the base (or
the first later year), each pair of consecutive years judged on its own (``met_years`` of
``counted_years``), the average judged at the deadline, a total improvement that already meets
the target before it, else the progress ratio; the pace still needed cleared once met (unless a
ceiling), and *out of reach* when it would take the level out of the unit.
``tests/test_engines_agree.py`` holds the query equal to Python; where a number leaves the
doubles the query says so (``undefined``) and the target is Python's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.kinds.change import base_year_of
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
    DEADLINE,
    NO_BASE,
    NO_DATA,
    NOT_STARTED,
    PROJECTION_CAPPED,
    Input,
    NoteSpec,
    Param,
    StepSpec,
    Working,
    YearsSpec,
    base_moved,
    figures_used,
    out_of_reach,
    out_of_reach_unit,
)
from plantrack.plans.model import ChangeTarget, Indicator, Plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Constants(GoalConstants):
    """What every area of a change target shares besides :class:`GoalConstants`."""

    start: int  # the period's first year
    period: str  # the period as the engine's notes write it (``2021-2030``)
    x: float  # the goal's threshold: an improvement a year
    direction: int  # the indicator's direction: an improvement is ``direction × (V_t - V_b)``


def takes(_plan: Plan, indicator: Indicator, target: Any) -> bool:
    """Whether SQL assesses this target (for the areas whose series DuckDB read whole): a change
    target whose indicator has no baseline in the plan."""
    return isinstance(target, ChangeTarget) and indicator.baseline is None


def constants(plan: Plan, indicator: Indicator, target: ChangeTarget) -> Constants:
    # Context.goal(target, 1): the bounded quantity is an improvement
    goal, shared = goal_constants(plan, indicator, target, 1)
    return Constants(
        b=base_year_of(target),
        e=target.period.end,
        start=target.period.start,
        period=str(target.period),
        x=goal.threshold,
        direction=indicator_direction(indicator),
        **shared,
    )


#: One row an area of each change target of table ``change_targets`` (a row a target: ``k``,
#: the :class:`Constants`, ``as_of``, ``indicator`` and ``areas``), with the columns of
#: :data:`plantrack.assessment.sql.growth.QUERY` and the years met (``met_years`` of
#: ``counted_years``), and the ``w_`` columns :data:`WORKING` reads. Reads
#: ``series(sid, indicator, area)`` and ``figures(sid, year, value)``.
QUERY = f"""
WITH {series_steps("change_targets")},
pairs AS (
    SELECT l.k, l.pos, (l.value - lag(l.value) OVER w) * p.direction AS step,
        l.year - lag(l.year) OVER w AS apart
    FROM levels l JOIN change_targets p USING (k)
    WINDOW w AS (PARTITION BY l.k, l.pos ORDER BY l.year)),
yearly AS (
    SELECT y.k, y.pos, count(*) AS counted,
        count(*) FILTER (WHERE {verdict("y.step")} <> 'missed') AS met,
        bool_and(isfinite(y.step)) AS steps_finite
    FROM pairs y JOIN change_targets p USING (k) WHERE y.apart = 1 GROUP BY y.k, y.pos),
early AS (
    SELECT q.*, q.t - q.first AS span, p.e - q.first AS whole, p.e - q.t AS "left",
        CASE
            WHEN NOT q.found THEN 'no-data'
            WHEN p.start > p.as_of THEN 'not-started'
            WHEN p.as_of < p.b THEN 'as-of-before-base'
            WHEN q.n_levels IS NULL THEN 'no-base'
            WHEN q.t <= q.first THEN 'one-point'
        END AS early,
        coalesce(y.counted, 0) AS counted, coalesce(y.met, 0) AS met,
        coalesce(y.steps_finite, true) AS steps_finite
    FROM based q JOIN change_targets p USING (k) LEFT JOIN yearly y USING (k, pos)),
averaged AS (
    SELECT r.*, r.early IS NULL AS traced, r.early IS NULL AND p.as_of < p.e AS ahead,
        CASE WHEN r.early IS NULL THEN (r.v_t - r.v_first) * p.direction END AS improvement,
        CASE WHEN r.early IS NULL THEN (r.v_t - r.v_first) * p.direction / r.span END AS average,
        CASE WHEN r.early IS NULL THEN (r.v_t - r.v_first) / r.span END AS slope
    FROM early r JOIN change_targets p USING (k)),
judged AS (
    SELECT r.*,
        CASE WHEN p.x <> 0 THEN p.d * r.average / abs(p.x) END AS ratio,
        {verdict("r.average")} AS verdict,
        CASE WHEN r.ahead THEN (p.x * r.whole - r.improvement) / r."left" END AS catch_up,
        CASE WHEN r.ahead THEN r.v_t + r.slope * r."left" END AS projected,
        CASE WHEN r.ahead THEN {verdict("r.improvement / r.whole")} END AS already
    FROM averaged r JOIN change_targets p USING (k)),
concluded AS (
    SELECT r.*,
        CASE
            WHEN r.early IS NOT NULL THEN r.early
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'no-deadline-value'
        END AS short,
        CASE
            WHEN r.early = 'no-data' THEN 'no_data'
            WHEN r.early IS NOT NULL THEN 'insufficient_data'
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'insufficient_data'
            WHEN p.as_of >= p.e THEN {VERDICT_STATUS.format("r.verdict")}
            WHEN r.already <> 'missed' THEN {VERDICT_STATUS.format("r.already")}
            {by_ratio("r.ratio", "r.average")}
        END AS judged_status
    FROM judged r JOIN change_targets p USING (k)),
settled AS (
    SELECT c.*,
        CASE WHEN c.judged_status IN ('exceeded', 'achieved', 'not_achieved')
             AND NOT p.ceiling THEN NULL ELSE c.catch_up END AS still,
        c.catch_up IS NOT NULL AND NOT p.ceiling
            AND c.judged_status NOT IN ('exceeded', 'achieved', 'not_achieved')
            AND (p.unit_min IS NOT NULL OR p.unit_max IS NOT NULL) AS weighed,
        c.v_t + p.direction * c.catch_up * c."left" AS reached
    FROM concluded c JOIN change_targets p USING (k)),
bounded AS (
    SELECT s.*, s.weighed AND ((p.unit_max IS NOT NULL AND s.reached > p.unit_max + 1e-9)
        OR (p.unit_min IS NOT NULL AND s.reached < p.unit_min - 1e-9)) AS beyond
    FROM settled s JOIN change_targets p USING (k))
SELECT x.k, x.pos,
    CASE WHEN x.beyond THEN 'not_achieved' ELSE x.judged_status END AS status,
    CASE WHEN x.beyond THEN 'out-of-reach-unit' ELSE x.short END AS reason,
    CASE WHEN x.traced OR x.early IN ('no-base', 'one-point') THEN 'unit' END AS rate_unit,
    CASE WHEN x.traced OR x.early = 'one-point' THEN x.first END AS base_year,
    CASE WHEN x.traced OR x.early = 'one-point' THEN x.v_first END AS base_value,
    CASE WHEN x.traced OR x.early = 'one-point' THEN x.t END AS latest_year,
    CASE WHEN x.traced OR x.early = 'one-point' THEN x.v_t END AS latest_value,
    x.average AS observed_rate,
    CASE WHEN x.traced THEN p.x END AS required_rate,
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
    CASE WHEN x.traced THEN x.met END AS met_years,
    CASE WHEN x.traced THEN x.counted END AS counted_years,
    coalesce(x.traced AND (NOT x.steps_finite OR NOT isfinite(x.improvement)
        OR NOT isfinite(x.average) OR NOT isfinite(x.slope)
        OR (p.x <> 0 AND NOT isfinite(x.ratio))), false)
    OR coalesce(x.ahead AND (NOT isfinite(x.catch_up) OR NOT isfinite(x.projected)
        OR NOT isfinite(x.improvement / x.whole)), false)
    OR coalesce(x.weighed AND NOT isfinite(x.reached), false) AS undefined,
    -- the working (JSON): the series, the numbers put into the steps, what the notes say
    x.sid, x.projected AS w_projected, x.ahead AS w_ahead, x.already AS w_already,
    x.reached AS w_reached
FROM bounded x JOIN change_targets p USING (k)
"""

#: The columns of table ``change_targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)

_D = Input("d", "p.direction", integer=True)  # the indicator's
_X = Input("X", "p.x")
_V_T = Input("V_t", "r.latest_value")
_V_B = Input("V_b", "r.base_value")
_T = Input("t", "r.latest_year", integer=True)
_B = Input("b", "r.base_year", integer=True)
#: A year's improvement on the year before (``f.before``: NULL when that year has no figure).
_IMPROVEMENT = "((f.value - f.before) * p.direction)"

#: The working of :func:`plantrack.assessment.kinds.change.assess` for a series of levels (with
#: the engine's checks before it and :func:`plantrack.assessment.reach.settle` after), for the
#: rows of :data:`QUERY`. The figures used are every level up to the as-of year (or the
#: deadline), those before the base year too; the years judged, each one after the base whose
#: year before has a figure.
WORKING = Working(
    trend="CASE WHEN r.rate_unit IS NOT NULL THEN 'linear' END",
    moved="r.base_year <> p.b",
    values=figures_used("0"),
    steps=(
        StepSpec(
            "observed_rate",
            "d * (V_t - V_b) / (t - b)",
            (_D, _V_T, _V_B, _T, _B),
            "r.observed_rate",
            "r.observed_rate IS NOT NULL",
        ),
        StepSpec(
            "ratio",
            "c / |X|",
            (Input("c", "r.observed_rate"), _X),
            "r.ratio",
            "r.ratio IS NOT NULL",
        ),
        StepSpec(
            "catch_up_rate",
            "(X * (e - b) - d * (V_t - V_b)) / (e - t)",
            (_X, DEADLINE, _B, _D, _V_T, _V_B, _T),
            "r.catch_up_rate",
            "r.catch_up_rate IS NOT NULL",
        ),
        StepSpec(
            "projected",
            "V_t + (V_t - V_b) / (t - b) * (e - t)",
            (_V_T, _V_B, _T, _B, DEADLINE),
            "r.w_projected",
            "r.w_ahead",
        ),
    ),
    notes=(
        APPROXIMATE,
        base_moved("r.base_year", "r.base_year IS NOT NULL AND r.base_year <> p.b"),
        PROJECTION_CAPPED,
        NoteSpec(
            "already-met",
            (Param("year", "r.latest_year"), Param("deadline", "p.e")),
            "r.w_ahead AND r.w_already <> 'missed'",
        ),
        out_of_reach("p.x", "'unit'"),
    ),
    reasons=(
        NO_DATA,
        NOT_STARTED,
        AS_OF_BEFORE_BASE,
        NO_BASE,
        NoteSpec("one-point", (Param("year", "r.latest_year"),)),
        NoteSpec("no-deadline-value", (Param("year", "p.e"), Param("latest", "r.latest_year"))),
        out_of_reach_unit("r.w_reached", "'unit'"),
    ),
    years=YearsSpec(
        when="r.counted_years IS NOT NULL AND f.before IS NOT NULL",
        low="r.base_year + 1",
        high="r.latest_year",
        value=_IMPROVEMENT,
        met=f"{verdict(_IMPROVEMENT)} <> 'missed'",
    ),
)
