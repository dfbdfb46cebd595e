"""The steps every kind's query shares (:mod:`plantrack.assessment.sql.growth`,
:mod:`~plantrack.assessment.sql.level`, :mod:`~plantrack.assessment.sql.change`,
:mod:`~plantrack.assessment.sql.cumulative`, :mod:`~plantrack.assessment.sql.annual`): each
area of each target with its series, the levels from the base year to the as-of year (or the
deadline), the base (or the first year after it: *base moved*) and the latest figure; and
:func:`verdict`, a figure judged against the goal. It also makes the constants every kind's
targets share (:func:`goal_constants`) and a kind's table of targets from its constants. It
knows SQL and the tables the assessment makes (``series``, ``figures``, a kind's targets).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from plantrack.assessment.goals import NO_MOVEMENT, Goal, float_tolerance, goal_for
from plantrack.plans.model import CEILINGS, Indicator, Plan, Thresholds

__all__ = [
    "VERDICT_STATUS",
    "GoalConstants",
    "by_ratio",
    "goal_constants",
    "indicator_direction",
    "series_steps",
    "target_columns",
    "target_row",
    "verdict",
]

_SQL_TYPES = {"int": "INTEGER", "str": "VARCHAR", "bool": "BOOLEAN"}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoalConstants:
    """What every area of a target shares, worked out once by Python (its numbers are
    Python's): the fields every kind has; each kind's ``Constants`` adds its own."""

    b: int  # base year (a cumulative target's: the period's first year)
    e: int  # the deadline (a period's last year)
    d: int  # the goal's direction
    comparator: str
    low: float
    high: float
    tol_x: float  # float_tolerance of the bound's number, low and high
    tol_low: float
    tol_high: float
    about_band: float  # "about": how near the number a figure (or rate) still counts as it
    about: bool  # the target says "about" (note ``approximate``)
    tolerance: float  # and how near, a fraction of its number (0 when it does not)
    ceiling: bool
    on_track: float
    at_risk: float
    unit_min: float | None  # the unit's bounds
    unit_max: float | None


def indicator_direction(indicator: Indicator) -> int:
    """1 when the indicator should rise, -1 when it should fall."""
    return -1 if indicator.direction == "decrease" else 1


def goal_constants(
    plan: Plan, indicator: Indicator, target: Any, direction: int
) -> tuple[Goal, dict[str, Any]]:
    """The goal of ``target`` (Python's :func:`~plantrack.assessment.goals.goal_for`, its
    quantity rising when ``direction`` is 1), and the constants of it every kind's targets
    share: its direction and bound, the tolerances of its numbers, how near "about" comes, the
    plan's thresholds and the unit's range (the fields of :class:`GoalConstants` but ``b`` and
    ``e``)."""
    about = getattr(target, "about", None) is not None
    tolerance = plan.about_tolerance(target) if about else 0.0  # the engine's Context's
    goal = goal_for(target, direction, tolerance)
    thresholds = plan.thresholds or Thresholds()
    x = goal.low
    unit = indicator.unit_info
    return goal, {
        "d": goal.direction,
        "comparator": goal.comparator,
        "low": goal.low,
        "high": goal.high,
        "tol_x": float_tolerance(x),
        "tol_low": float_tolerance(goal.low),
        "tol_high": float_tolerance(goal.high),
        "about_band": goal.tolerance * abs(x) + float_tolerance(x),
        "about": about,
        "tolerance": tolerance,
        "ceiling": goal.comparator in CEILINGS,
        "on_track": thresholds.on_track,
        "at_risk": thresholds.at_risk,
        "unit_min": None if unit is None else unit.minimum,
        "unit_max": None if unit is None else unit.maximum,
    }


def target_columns(constants: Any) -> tuple[tuple[str, str], ...]:
    """The columns of a kind's table of targets, with their SQL types: the target's number, the
    fields of its ``constants`` dataclass, the as-of year, the indicator and the areas."""
    return (
        ("k", "INTEGER"),
        *((item.name, _SQL_TYPES.get(str(item.type), "DOUBLE")) for item in fields(constants)),
        ("as_of", "INTEGER"),
        ("indicator", "VARCHAR"),
        ("areas", "VARCHAR[]"),
    )


def target_row(k: int, constants: Any, as_of: int, indicator: str, areas: list[str]) -> list[Any]:
    """A row of a kind's table of targets, in the order of :func:`target_columns`."""
    given = [getattr(constants, item.name) for item in fields(constants)]
    return [k, *given, as_of, indicator, areas]


def verdict(value: str) -> str:
    """:func:`plantrack.assessment.goals.judge` of ``value`` (an SQL expression) against the
    goal in ``p``: 'exceeded', 'achieved' or 'missed'."""
    return f"""CASE WHEN p.comparator = 'range' THEN
        CASE WHEN p.d > 0 THEN
            CASE WHEN {value} > p.high + p.tol_high THEN 'exceeded'
                 WHEN {value} >= p.low - p.tol_low THEN 'achieved' ELSE 'missed' END
        ELSE
            CASE WHEN {value} < p.low - p.tol_low THEN 'exceeded'
                 WHEN {value} <= p.high + p.tol_high THEN 'achieved' ELSE 'missed' END
        END
    WHEN p.comparator = 'about' AND abs({value} - p.low) <= p.about_band THEN 'achieved'
    WHEN ({value} - p.low) * p.d > p.tol_x THEN
        CASE WHEN p.ceiling THEN 'achieved' ELSE 'exceeded' END
    WHEN p.comparator IN ('more_than', 'less_than') THEN 'missed'
    WHEN ({value} - p.low) * p.d >= -p.tol_x THEN 'achieved'
    ELSE 'missed' END"""


#: The status of a verdict at or past the deadline (or a target already met).
VERDICT_STATUS = (
    "CASE {} WHEN 'exceeded' THEN 'exceeded' WHEN 'achieved' THEN 'achieved'"
    " ELSE 'not_achieved' END"
)


def by_ratio(ratio: str, observed: str) -> str:
    """:func:`plantrack.assessment.goals.by_ratio` of ``ratio`` (NULL: nothing was needed from
    the base) and the ``observed`` pace (SQL expressions), against the thresholds in ``p``: the
    last branches of a CASE, from the ratio's ``WHEN`` to its ``ELSE``."""
    return f"""WHEN {ratio} IS NULL THEN
                CASE WHEN {observed} * p.d < -{NO_MOVEMENT} THEN 'regressing' ELSE 'off_track' END
            WHEN {ratio} >= p.on_track THEN 'on_track'
            WHEN {ratio} >= p.at_risk THEN 'at_risk'
            WHEN {ratio} >= -{NO_MOVEMENT} THEN 'off_track'
            ELSE 'regressing'"""


def series_steps(targets: str, **more: str) -> str:
    """The first common table expressions of a kind's query over the table ``targets`` (a row a
    target: ``k``, ``b``, ``e``, ``as_of``, ``indicator``, ``areas``): ``areas`` (each area and
    its position), ``own`` (its series), ``levels``, ``ends`` (per area: the number of levels,
    the base's value, the first year after the base and its value, the latest year and value)
    and ``based`` (``sid``, ``found``, ``first`` and ``v_first``: the base, or the first later
    year).
    ``more``: further aggregates of the levels, by name (growth's ``least="min(value)"``),
    carried from ``ends`` into ``based``."""
    aggregates = "".join(f" {expression} AS {name}," for name, expression in more.items())
    carried = "".join(f" x.{name}," for name in more)
    return f"""areas AS (
    SELECT k, unnest(areas) AS area, unnest(range(len(areas))) AS pos FROM {targets}),
own AS (
    SELECT a.k, a.pos, s.sid FROM areas a JOIN {targets} p USING (k)
    LEFT JOIN series s ON s.area = a.area AND s.indicator = p.indicator),
levels AS (
    SELECT o.k, o.pos, p.b, f.year, f.value
    FROM own o JOIN {targets} p USING (k) JOIN figures f ON f.sid = o.sid
    WHERE f.year >= p.b AND f.year <= least(p.as_of, p.e)),
ends AS (
    SELECT k, pos, count(*) AS n_levels,{aggregates}
        max(value) FILTER (WHERE year = b) AS v_b,
        min(year) FILTER (WHERE year > b) AS after,
        arg_min(value, year) FILTER (WHERE year > b) AS v_after,
        max(year) AS t, arg_max(value, year) AS v_t
    FROM levels GROUP BY k, pos),
based AS (
    SELECT o.k, o.pos, o.sid, o.sid IS NOT NULL AS found, x.n_levels,{carried} x.t, x.v_t,
        CASE WHEN x.v_b IS NOT NULL THEN p.b ELSE x.after END AS first,
        coalesce(x.v_b, x.v_after) AS v_first
    FROM own o JOIN {targets} p USING (k) LEFT JOIN ends x USING (k, pos))"""
