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
    base_moved,
    figures_used,
    out_of_reach,
    out_of_reach_unit,
)
from plantrack.plans.model import GrowthTarget, Indicator, Plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Constants(GoalConstants):
    """What every area of a growth target shares besides :class:`GoalConstants`."""

    start: int  # the period's first year
    period: str  # the period as the engine's notes write it (``2021-2030``)
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
        period=str(target.period),
        g_star=goal.threshold,
        limit=goal.threshold * goal.direction <= 0,
        **shared,
    )


#: One row an area of each growth target of table ``targets`` (a row a target: ``k``, the
#: :class:`Constants`, ``as_of``, ``indicator`` and ``areas``): the target ``k``, the area's
#: position in ``target.areas``, the status and reason code, the base and latest year and value,
#: the rates (with ``required_rate`` and ``rate_unit``: the columns every kind's query gives),
#: the projection (``capped``: -1 at the unit's minimum, 1 at its maximum) and ``undefined``
#: (Python would raise: the target is Python's); and the ``w_`` columns :data:`WORKING` reads.
#: Reads ``series(sid, indicator, area)`` and ``figures(sid, year, value)``.
QUERY = f"""
WITH {
    series_steps(
        "targets", least="min(value)", nonpositive="arg_min(value, year) FILTER (WHERE value <= 0)"
    )
},
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
            {by_ratio("u.ratio", "u.g")}
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
        OR (NOT p."limit" AND NOT isfinite(x.guaranteed))), false) AS undefined,
    -- the working (JSON): the series, the numbers put into the steps, what the notes say
    x.sid, x.first AS w_b, x.t AS w_t, x.v_first AS w_v_b, x.v_t AS w_v_t, x.g AS w_g,
    x.projected AS w_projected, x.ahead AS w_ahead, x.already AS w_already,
    x.nonpositive AS w_nonpositive, x.v_t * pow(1 + x.catch_up, x."left") AS w_end
FROM reached x JOIN targets p USING (k)
"""

#: The columns of table ``targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)

_MEASURED = "r.observed_rate IS NOT NULL"  # the rate is measured (before or at the deadline)
_G = Input("g", "r.w_g")
_G_STAR = Input("g*", "p.g_star")
_T = Input("t", "r.w_t", integer=True)
_B = Input("b", "r.w_b", integer=True)
_V_T = Input("V_t", "r.w_v_t")
_RANGE = "p.comparator = 'range'"
_INSIDE = "r.w_g BETWEEN p.low AND p.high"

#: The working of :func:`plantrack.assessment.kinds.growth.assess` (with the engine's checks
#: before it and :func:`plantrack.assessment.reach.settle` after), for the rows of
#: :data:`QUERY`.
WORKING = Working(
    trend="CASE WHEN r.rate_unit IS NOT NULL THEN 'geometric' END",
    moved="r.w_b <> p.b",
    values=figures_used("p.b"),
    steps=(
        StepSpec(
            "observed_rate",
            "(V_t / V_b)^(1/(t - b)) - 1",
            (_V_T, Input("V_b", "r.w_v_b"), _T, _B),
            "r.observed_rate",
            _MEASURED,
        ),
        StepSpec(
            "gap",
            "0 (low <= g <= high)",
            (_G, Input("low", "p.low"), Input("high", "p.high")),
            "0.0::DOUBLE",
            f"{_MEASURED} AND {_RANGE} AND {_INSIDE}",
        ),
        StepSpec(
            "gap",
            "g - edge",
            (_G, Input("edge", "CASE WHEN r.w_g > p.high THEN p.high ELSE p.low END")),
            "r.gap",
            f"{_MEASURED} AND {_RANGE} AND NOT {_INSIDE}",
        ),
        StepSpec("gap", "g - g*", (_G, _G_STAR), "r.gap", f"{_MEASURED} AND NOT {_RANGE}"),
        StepSpec(
            "ratio",
            "d * g / |g*|",
            (Input("d", "p.d", integer=True), _G, _G_STAR),
            "r.ratio",
            "r.ratio IS NOT NULL",
        ),
        StepSpec(
            "catch_up_rate",
            "((1 + g*)^(e - b) / (1 + g)^(t - b))^(1/(e - t)) - 1",
            (_G_STAR, _G, DEADLINE, _B, _T),
            "r.catch_up_rate",
            "r.catch_up_rate IS NOT NULL",
        ),
        StepSpec(
            "projected",
            "V_t * (1 + g)^(e - t)",
            (_V_T, _G, DEADLINE, _T),
            "r.w_projected",
            "r.w_ahead",
        ),
    ),
    notes=(
        APPROXIMATE,
        base_moved("r.w_b", "r.base_year IS NOT NULL AND r.w_b <> p.b"),
        NoteSpec(
            "limit",
            (Param("comparator", "p.comparator", "str"), Param("limit", "p.g_star", "float")),
            f'{_MEASURED} AND p."limit"',
        ),
        PROJECTION_CAPPED,
        NoteSpec(
            "already-met",
            (Param("year", "r.w_t"), Param("deadline", "p.e")),
            "r.w_ahead AND NOT p.\"limit\" AND r.w_already <> 'missed'",
        ),
        out_of_reach("p.g_star", "'fraction'"),
    ),
    reasons=(
        NO_DATA,
        NOT_STARTED,
        AS_OF_BEFORE_BASE,
        NO_BASE,
        NoteSpec(
            "nonpositive-growth-base",
            (
                Param("base", "r.w_v_b", "float"),
                Param("latest", "CASE WHEN r.w_v_b > 0 THEN r.w_nonpositive END", "float"),
            ),
            words=lambda _given, base, latest: {
                "base": base,
                "latest": "-" if latest is None else latest,
            },
        ),
        NoteSpec("one-point", (Param("year", "r.w_t"),)),
        NoteSpec("no-deadline-value", (Param("year", "p.e"), Param("latest", "r.w_t"))),
        out_of_reach_unit("r.w_end", "'fraction'"),
    ),
)
