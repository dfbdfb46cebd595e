"""A cumulative target ("vốn đầu tư thời kỳ 2021-2030 đạt trên 75 nghìn tỷ đồng") in SQL, for the
series DuckDB read: :func:`plantrack.assessment.kinds.cumulative.assess` and
:func:`plantrack.assessment.reach.settle` for a series of final levels, one a year, with no
baseline in the plan (docs/decisions/0004).

Python works out once a target what every area shares (:func:`constants`, which the every-year
kind, :mod:`~plantrack.assessment.sql.annual`, shares too); one query gives each area of the
target its result's numbers. The rules are docs/assessment.md's ("Cumulative", "The order of the
rules"), in the order the engine and the kind apply them: no data, a period not started, no
figure in it, a missing year, the total, the deadline's verdict, a bound met (or a ceiling passed)
early, else the projected total and its ratio.

The total is Python's ``math.fsum``: the exact sum of the figures, rounded once. SQL makes it
exactly too (:func:`exact_total`): each figure is an integer times a power of two, so the figures
of a series are summed as 128-bit integers scaled to the series' smallest power, and the sum is
rounded once to a double (to nearest, ties to even), whatever order DuckDB adds them in. Where
that cannot hold (figures more than 115 binary orders apart, near the doubles' ends, not
finite, more than 256 of them) the area is ``undefined`` and the target is Python's.

Its working (:data:`WORKING`: the steps, notes and reasons) is what the JSON writer reads
(:mod:`~plantrack.assessment.sql.working`); the every-year kind shares its reasons and notes
before its own (:data:`PERIOD_REASONS`, :data:`APPROXIMATE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.context import years_text
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
    DEADLINE,
    NO_DATA,
    NOT_STARTED,
    Input,
    NoteSpec,
    Param,
    StepSpec,
    Working,
    figures_used,
    out_of_reach,
)
from plantrack.plans.model import (
    AnnualTarget,
    CumulativeTarget,
    Indicator,
    Plan,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Constants(GoalConstants):
    """What every area of a cumulative or every-year target shares besides the goal's."""

    x: float  # the goal's threshold
    period: str  # the period as the engine's notes write it (``2021-2030``)


def takes(_plan: Plan, indicator: Indicator, target: Any) -> bool:
    """Whether SQL assesses this target (for the areas whose series DuckDB read whole): a
    cumulative target whose indicator has no baseline in the plan."""
    return isinstance(target, CumulativeTarget) and indicator.baseline is None


def constants(
    plan: Plan, indicator: Indicator, target: CumulativeTarget | AnnualTarget
) -> Constants:
    goal, shared = goal_constants(plan, indicator, target, indicator_direction(indicator))
    return Constants(
        b=target.period.start,
        e=target.period.end,
        x=goal.threshold,
        period=str(target.period),
        **shared,
    )


#: The binary exponent ``x`` of a finite, non-zero figure: ``2^x <= |value| < 2^(x+1)`` (the
#: logarithm may be one off near a power of two; dividing by a power of two is exact).
_EXPONENT = """(floor(log2(abs(value)))::INTEGER
    + CASE WHEN abs(value) / pow(2.0, floor(log2(abs(value)))) >= 2 THEN 1
           WHEN abs(value) / pow(2.0, floor(log2(abs(value)))) < 1 THEN -1 ELSE 0 END)"""

#: The aggregates of the figures :func:`exact_total` needs (``series_steps``'s ``more``).
EXACT_AGGREGATES = {
    "lo": f"min(CASE WHEN value <> 0 AND isfinite(value) THEN {_EXPONENT} END) - 52",
    "hi": f"max(CASE WHEN value <> 0 AND isfinite(value) THEN {_EXPONENT} END)",
    "odd": "count(*) FILTER (WHERE NOT isfinite(value))",
}

_2_52, _2_53 = "4503599627370496::HUGEINT", "9007199254740992::HUGEINT"


def exact_total(based: str) -> str:
    """Common table expressions after ``levels`` and ``based`` (whose rows carry
    :data:`EXACT_AGGREGATES`): ``exact`` (``based`` with ``summable``: the sum below is exact),
    then ``totals`` (``k, pos, total``): ``math.fsum`` of each area's levels, as SQL makes it.

    Every finite figure is ``m * 2^(x-52)``, ``m`` an integer below ``2^53``; over ``2^lo``
    (``lo`` the least ``x - 52`` of the series) it is an integer below ``2^116`` when the
    figures are at most 115 binary orders apart, and 256 of them sum below ``2^124``: a
    HUGEINT, summed exactly in any order. The sum is rounded once to 53 bits, to nearest and
    ties to even, and scaled back by ``2^lo``: what ``fsum`` gives. ``lo >= -1000`` and
    ``hi <= 1000`` keep every step among the normal doubles (and ``fsum`` from overflowing)."""
    return f"""exact AS (
    SELECT q.*, q.odd = 0 AND q.n_levels <= 256
        AND coalesce(q.lo >= -1000 AND q.hi <= 1000 AND q.hi - q.lo <= 115, true) AS summable
    FROM {based} q),
summed AS (
    SELECT l.k, l.pos, any_value(q.lo) AS lo,
        sum(CASE WHEN q.summable AND l.value <> 0
            THEN (l.value / pow(2.0, q.lo))::HUGEINT ELSE 0::HUGEINT END) AS big
    FROM levels l JOIN exact q USING (k, pos) GROUP BY l.k, l.pos),
sized AS (
    SELECT *, abs(big) AS a,
        CASE WHEN big <> 0 THEN floor(log2(abs(big)::DOUBLE))::INTEGER - 52 ELSE 0 END AS shift0
    FROM summed),
shifted AS (
    SELECT *, CASE WHEN a < {_2_53} THEN 0
        WHEN (a >> shift0::HUGEINT) >= {_2_53} THEN shift0 + 1
        WHEN (a >> shift0::HUGEINT) < {_2_52} THEN shift0 - 1
        ELSE shift0 END AS shift
    FROM sized),
split AS (
    SELECT *, a >> shift::HUGEINT AS q, a - ((a >> shift::HUGEINT) << shift::HUGEINT) AS r,
        CASE WHEN shift > 0 THEN 1::HUGEINT << (shift - 1)::HUGEINT END AS half
    FROM shifted),
totals AS (
    SELECT k, pos, CASE WHEN big = 0 THEN 0.0::DOUBLE ELSE
        CASE WHEN big < 0 THEN -1.0::DOUBLE ELSE 1.0::DOUBLE END
        * (q + CASE WHEN r > half OR (r = half AND q % 2 = 1) THEN 1 ELSE 0 END)::DOUBLE
        * pow(2.0, lo + shift) END AS total
    FROM split)"""


#: One row an area of each cumulative target of table ``cumulative_targets`` (a row a target:
#: ``k``, the :class:`Constants`, ``as_of``, ``indicator`` and ``areas``), with the columns of
#: :data:`plantrack.assessment.sql.growth.QUERY` and ``total``, ``met_years``,
#: ``counted_years``. Reads ``series(sid, indicator, area)`` and ``figures(sid, year, value)``.
QUERY = f"""
WITH {
    series_steps("cumulative_targets", least="min(value)", seen="list(year)", **EXACT_AGGREGATES)
},
{exact_total("based")},
early AS (
    SELECT q.*, s.total, q.t - p.b + 1 AS done, p.e - p.b + 1 AS years, p.e - q.t AS "left",
        CASE
            WHEN NOT q.found THEN 'no-data'
            WHEN p.as_of < p.b THEN 'not-started'
            WHEN q.n_levels IS NULL THEN 'no-value-in-time'
            WHEN q.n_levels < q.t - p.b + 1 THEN 'missing-years'
        END AS early
    FROM exact q JOIN cumulative_targets p USING (k) LEFT JOIN totals s USING (k, pos)),
figured AS (
    SELECT r.*, r.early IS NULL AS counted,
        CASE WHEN r.early IS NULL THEN r.total / r.done END AS average,
        CASE WHEN r.early IS NULL THEN p.x / r.years END AS needed,
        {verdict("r.total")} AS verdict
    FROM early r JOIN cumulative_targets p USING (k)),
paced AS (
    SELECT r.*, r.counted AND p.as_of < p.e AS ahead,
        CASE WHEN r.counted AND p.as_of < p.e THEN (p.x - r.total) / r."left" END AS catch_up,
        CASE WHEN r.counted AND p.as_of < p.e
            THEN r.total + r.average * r."left" END AS projected,
        r.counted AND p.as_of < p.e AND (
            (p.d > 0 AND r.verdict <> 'missed')
            OR (p.d < 0 AND r.verdict = 'missed' AND r.least >= 0)) AS early_verdict
    FROM figured r JOIN cumulative_targets p USING (k)),
rated AS (
    SELECT r.*,
        CASE WHEN r.ahead AND NOT r.early_verdict THEN
            CASE WHEN p.d > 0 THEN CASE WHEN p.x <> 0 THEN r.projected / p.x END
                 WHEN r.projected > 0 THEN p.x / r.projected END END AS ratio,
        CASE WHEN r.ahead THEN {verdict("r.projected")} END AS projected_verdict
    FROM paced r JOIN cumulative_targets p USING (k)),
concluded AS (
    SELECT r.*,
        CASE
            WHEN r.early IS NOT NULL THEN r.early
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'no-deadline-value'
        END AS reason,
        CASE
            WHEN r.early = 'no-data' THEN 'no_data'
            WHEN r.early IS NOT NULL THEN 'insufficient_data'
            WHEN p.as_of >= p.e AND r.t <> p.e THEN 'insufficient_data'
            WHEN p.as_of >= p.e THEN {VERDICT_STATUS.format("r.verdict")}
            WHEN r.early_verdict THEN {VERDICT_STATUS.format("r.verdict")}
            WHEN r.projected_verdict <> 'missed' THEN 'on_track'
            {by_ratio("r.ratio", "r.average")}
        END AS status
    FROM rated r JOIN cumulative_targets p USING (k))
SELECT x.k, x.pos, x.status, x.reason,
    CASE WHEN x.early IN ('no-data', 'not-started') THEN NULL ELSE 'unit' END AS rate_unit,
    NULL::INTEGER AS base_year,
    NULL::DOUBLE AS base_value,
    CASE WHEN x.counted OR x.early = 'missing-years' THEN x.t END AS latest_year,
    CASE WHEN x.counted OR x.early = 'missing-years' THEN x.v_t END AS latest_value,
    x.average AS observed_rate,
    x.needed AS required_rate,
    CASE WHEN x.status IN ('exceeded', 'achieved', 'not_achieved') AND NOT p.ceiling
        THEN NULL ELSE x.catch_up END AS catch_up_rate,
    NULL::DOUBLE AS gap,
    x.ratio,
    x.projected AS projected_value,
    0 AS capped,
    CASE WHEN x.counted THEN x.total END AS total,
    NULL::INTEGER AS met_years,
    NULL::INTEGER AS counted_years,
    x.counted AND (NOT x.summable OR NOT isfinite(x.total) OR NOT isfinite(x.average)
        OR NOT isfinite(x.needed) OR coalesce(NOT isfinite(x.catch_up), false)
        OR coalesce(NOT isfinite(x.projected), false)
        OR coalesce(NOT isfinite(x.ratio), false)) OR coalesce(x.odd > 0, false) AS undefined,
    -- the working (JSON): the series, a bound met or passed early, the years missing
    x.sid, x.early_verdict AS w_early,
    CASE WHEN x.early = 'missing-years' THEN
        list_filter(range(p.b, x.t + 1), lambda y: NOT list_contains(x.seen, y)) END AS w_missing
FROM concluded x JOIN cumulative_targets p USING (k)
"""

#: The columns of table ``cumulative_targets`` (:data:`QUERY`), with their SQL types.
TARGET_COLUMNS = target_columns(Constants)

_TOTAL = Input("total", "r.total")
_X = Input("X", "p.x")
_S = Input("s", "p.b", integer=True)
_T = Input("t", "r.latest_year", integer=True)
_PROJECTED = Input("projected", "r.projected_value")
_COUNTED = "r.total IS NOT NULL"  # the total is made (before or at the deadline)
#: The engine's reasons and the kinds' own ones shared by the cumulative and every-year kinds.
PERIOD_REASONS = (
    NO_DATA,
    NOT_STARTED,
    NoteSpec("no-value-in-time", (Param("year", "p.e"),)),
)
#: The working of :func:`plantrack.assessment.kinds.cumulative.assess` (with the engine's
#: checks before it and :func:`plantrack.assessment.reach.settle` after), for the rows of
#: :data:`QUERY`.
WORKING = Working(
    trend="CASE WHEN r.rate_unit IS NOT NULL THEN 'linear' END",
    moved="false",
    values=figures_used("p.b"),
    steps=(
        StepSpec("total", "sum of V_y, y = s..t", (_S, _T), "r.total", _COUNTED),
        StepSpec(
            "observed_rate",
            "total / (t - s + 1)",
            (_TOTAL, _T, _S),
            "r.observed_rate",
            _COUNTED,
        ),
        StepSpec(
            "required_rate", "X / (e - s + 1)", (_X, DEADLINE, _S), "r.required_rate", _COUNTED
        ),
        StepSpec(
            "catch_up_rate",
            "(X - total) / (e - t)",
            (_X, _TOTAL, DEADLINE, _T),
            "r.catch_up_rate",
            "r.catch_up_rate IS NOT NULL",
        ),
        StepSpec(
            "projected",
            "total + average * (e - t)",
            (_TOTAL, Input("average", "r.observed_rate"), DEADLINE, _T),
            "r.projected_value",
            "r.projected_value IS NOT NULL",
        ),
        StepSpec(
            "ratio", "projected / X", (_PROJECTED, _X), "r.ratio", "r.ratio IS NOT NULL AND p.d > 0"
        ),
        StepSpec(
            "ratio", "X / projected", (_PROJECTED, _X), "r.ratio", "r.ratio IS NOT NULL AND p.d < 0"
        ),
    ),
    notes=(
        APPROXIMATE,
        NoteSpec(
            "already-met",
            (Param("year", "r.latest_year"), Param("deadline", "p.e")),
            "r.w_early AND p.d > 0",
        ),
        NoteSpec(
            "already-missed",
            (Param("total", "r.total", "float"), Param("limit", "p.x", "float")),
            "r.w_early AND p.d < 0",
        ),
        out_of_reach("r.required_rate", "'unit'"),
    ),
    reasons=(
        *PERIOD_REASONS,
        NoteSpec(
            "missing-years",
            (Param("years", "r.w_missing", "ints"),),
            words=lambda _given, years: {"years": years_text(years)},
        ),
        NoteSpec("no-deadline-value", (Param("year", "p.e"), Param("latest", "r.latest_year"))),
    ),
)
