"""The assessment: a plan and its observations in, one :class:`Result` per target and area out.

Pure library code: no files, no printing. The formulas are in :mod:`plantrack.assessment.maths`; the rules
that pick the base, the latest value and the status of each target kind are in the kind's own
module (:mod:`plantrack.assessment.kinds`) and in docs/assessment.md, which says the same in
words (keep them in step).

Notation used in the working: ``b`` base year, ``t`` latest year, ``T`` deadline (the target
year or the period's last year), ``V_b`` / ``V_t`` values, ``X`` the target, ``g`` observed
growth, ``g*`` target growth.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plantrack.assessment import maths, ranges, reach, structure_sums
from plantrack.assessment.context import Context
from plantrack.assessment.kinds import (
    annual,
    average,
    change,
    count,
    cumulative,
    growth,
    level,
    qualitative,
    rating,
    relative,
    share,
    structure,
    yearly_growth,
)
from plantrack.assessment.results import Assessment, Note, Result
from plantrack.assessment.series import Series, SeriesIndex, build_series
from plantrack.assessment.status import Status
from plantrack.findings import Finding
from plantrack.observations import Observation, SeriesBlock
from plantrack.plans.model import (
    AnnualTarget,
    AverageTarget,
    ChangeTarget,
    CountTarget,
    CumulativeTarget,
    GrowthTarget,
    Indicator,
    LevelTarget,
    Plan,
    QualitativeTarget,
    RatingTarget,
    RelativeTarget,
    ShareTarget,
    StructureTarget,
    Target,
    Thresholds,
    YearlyGrowthTarget,
    target_id,
)
from plantrack.texts import Text

if TYPE_CHECKING:
    from plantrack.assessment.sql import SqlAssessment


def _default_as_of(
    plan: Plan, observations: list[Observation], blocks: list[SeriesBlock]
) -> int | None:
    """The latest year with a figure for one of the plan's own indicators."""
    ids = {indicator.id for indicator in plan.indicators}
    years = [obs.year for obs in observations if obs.indicator in ids]
    years += [
        max(block.columns.years[block.start : block.stop])
        for block in blocks
        if block.indicator in ids and len(block)
    ]
    return max(years, default=None)


def assess(
    plan: Plan,
    observations: Iterable[Observation],
    *,
    as_of: int | None = None,
    include_vision: bool = True,
    blocks: Iterable[SeriesBlock] = (),
    working: bool = True,
) -> Assessment:
    """Assess every target of ``plan`` in every area it is set for, as things stood in ``as_of``.

    ``as_of`` defaults to the latest year in the observations; observations after it are not
    used. Observations for other plans' indicators, or routed to another plan (``plan`` set to
    another id), are ignored here (readers account for them). ``working=False`` leaves each
    result's ``steps`` empty (the numbers are the same; a national check is 15 % faster).
    """
    lazy = assess_lazily(
        plan,
        observations,
        as_of=as_of,
        include_vision=include_vision,
        blocks=blocks,
        working=working,
    )
    return Assessment(lazy.as_of, list(lazy.results), lazy.findings)


@dataclass(slots=True)
class LazyAssessment:
    """An assessment whose results are made one at a time, as they are taken from
    :attr:`results` (once): a national check need not hold 166,050 results at once.

    :attr:`groups` gives the same results a target at a time (take one or the other), so that
    a reader may take a target's results from :attr:`in_sql` instead (docs/decisions/0004)."""

    as_of: int | None
    results: Iterator[Result]
    findings: list[Finding]
    groups: Iterator[TargetResults]
    #: The targets SQL assesses for the series DuckDB read (``assess_lazily(..., sql=True)``).
    in_sql: SqlAssessment | None = None


@dataclass(slots=True)
class TargetResults:
    """One target's results, made as they are taken (in the order of its areas)."""

    indicator: Indicator
    target: Target
    results: Iterator[Result]


def assess_lazily(
    plan: Plan,
    observations: Iterable[Observation],
    *,
    as_of: int | None = None,
    include_vision: bool = True,
    blocks: Iterable[SeriesBlock] = (),
    working: bool = True,
    sql: bool = False,
) -> LazyAssessment:
    """:func:`assess`, with the results made as they are asked for; the series are grouped and
    their findings known before the first result. ``sql=True``: :attr:`LazyAssessment.in_sql`
    says which targets SQL can assess (those of the blocks' series; docs/decisions/0004; with
    ``working``, of the kinds whose working SQL describes)."""
    observed = [obs for obs in observations if obs.plan is None or obs.plan == plan.id]
    own_blocks = [block for block in blocks if block.plan == plan.id]
    index, findings = build_series(observed, plan.area, own_blocks)
    if as_of is not None and (isinstance(as_of, bool) or not isinstance(as_of, int)):
        raise TypeError(f"as_of must be a year as an int (got {as_of!r})")
    year = as_of if as_of is not None else _default_as_of(plan, observed, own_blocks)
    findings.extend(structure_sums.sum_findings(plan, index, year))
    groups = _groups(plan, index, year, include_vision, working)
    in_sql = None
    if sql and year is not None and index.whole:
        from plantrack.assessment.sql import SqlAssessment

        in_sql = SqlAssessment(plan, index, year, working)
    results = (result for group in groups for result in group.results)
    return LazyAssessment(year, results, findings, groups, in_sql)


def _groups(
    plan: Plan,
    index: SeriesIndex,
    year: int | None,
    include_vision: bool,
    working: bool,
) -> Iterator[TargetResults]:
    for indicator in plan.indicators:
        for target in indicator.targets:
            if target.vision and not include_vision:
                continue
            yield TargetResults(
                indicator, target, _results(plan, index, year, working, indicator, target)
            )


def _results(
    plan: Plan,
    index: Mapping[tuple[str, str], Series],
    year: int | None,
    working: bool,
    indicator: Indicator,
    target: Target,
) -> Iterator[Result]:
    thresholds = plan.thresholds or Thresholds()
    # What every area of the target shares is worked out once: a national target is
    # set for thousands of communes.
    tid = target_id(indicator, target, plan.area)
    deadline = target.years()[1]
    period = getattr(target, "period", None)
    base_year = _base_year(plan, target)
    approximate = getattr(target, "about", None) is not None
    tolerance = plan.about_tolerance(target) if approximate else 0.0
    goal = Result(plan.id, "", indicator.id, tid, target.kind, deadline)
    state_goal(goal, target)
    for area in target.areas or [plan.area]:
        series = index.get((indicator.id, area), Series())
        result = Result(
            plan.id,
            area,
            indicator.id,
            tid,
            target.kind,
            deadline,
            goal.comparator,
            goal.target_low,
            goal.target_high,
            working=working,
        )
        if year is None:
            yield result.conclude(Status.NO_DATA, "no-data")
            continue
        ctx = Context(
            plan,
            indicator,
            area,
            year,
            series,
            thresholds,
            index,
            period,
            base_year,
            approximate,
            tolerance=tolerance,
        )
        yield ranges.assess_ranged(ctx, target, result, _assess_one)


def approximate_words(tolerance: float) -> dict[str, str]:
    """The parameters of note ``approximate``: the tolerance as a percentage (``5``)."""
    return {"tolerance": f"{tolerance * 100:g}"}


def state_goal(result: Result, target: Target) -> None:
    """The target as stated: comparator and number(s); a relation for relative targets."""
    if isinstance(target, RelativeTarget):
        result.comparator = target.relation
    elif not isinstance(target, QualitativeTarget):
        bound = target.bound
        result.comparator, result.target_low, result.target_high = (
            bound.comparator,
            bound.low,
            bound.high,
        )


def _assess_one(ctx: Context, target: Target, result: Result) -> Result:
    # A share may be computed from other series, a count rolled up from other areas' reports.
    if ctx.series.size == 0 and not isinstance(target, (RelativeTarget, ShareTarget, CountTarget)):
        baseline = ctx.levels()
        if baseline:
            return result.conclude(Status.INSUFFICIENT_DATA, "only-baseline", year=min(baseline))
        return result.conclude(Status.NO_DATA, "no-data")
    period = ctx.period
    if period is not None and period.start > ctx.as_of:
        return result.conclude(
            Status.INSUFFICIENT_DATA, "not-started", period=str(period), as_of=ctx.as_of
        )
    base_year = ctx.base_year
    if base_year is not None and ctx.as_of < base_year:
        return result.conclude(
            Status.INSUFFICIENT_DATA, "as-of-before-base", as_of=ctx.as_of, year=base_year
        )
    if ctx.approximate:
        result.note("approximate", **approximate_words(ctx.tolerance))
    try:
        assessed = _by_kind(ctx, target, result)
        reach.settle(ctx, assessed)
        return assessed
    except (maths.MathError, OverflowError) as error:
        result.status = Status.INSUFFICIENT_DATA
        said = error.args[0] if error.args and isinstance(error.args[0], Text) else str(error)
        result.reason = Note("undefined", {"error": said})
        return result


def _by_kind(ctx: Context, target: Target, result: Result) -> Result:
    """The kind's own assessment (each kind module has one)."""
    match target:
        case GrowthTarget():
            return growth.assess(ctx, target, result)
        case LevelTarget():
            return level.assess(ctx, target, result)
        case CumulativeTarget():
            return cumulative.assess(ctx, target, result)
        case AnnualTarget():
            return annual.assess(ctx, target, result)
        case ChangeTarget():
            return change.assess(ctx, target, result)
        case RelativeTarget():
            return relative.assess(ctx, target, result)
        case QualitativeTarget():
            return qualitative.assess(ctx, target, result)
        case YearlyGrowthTarget():
            return yearly_growth.assess(ctx, target, result)
        case AverageTarget():
            return average.assess(ctx, target, result)
        case StructureTarget():
            return structure.assess(ctx, target, result)
        case RatingTarget():
            return rating.assess(ctx, target, result)
        case ShareTarget():
            return share.assess(ctx, target, result)
        case CountTarget():
            return count.assess(ctx, target, result)


def _base_year(plan: Plan, target: Target) -> int | None:
    """The year progress is measured from, for the kinds that have one."""
    match target:
        case GrowthTarget():
            return growth.base_year_of(target)
        case LevelTarget():
            return level.base_year_of(plan, target)
        case ChangeTarget():
            return change.base_year_of(target)
        case StructureTarget():
            return structure.base_year_of(plan)
        case CountTarget():
            return count.base_year_of(plan)
    return None
