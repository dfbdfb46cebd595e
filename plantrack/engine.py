"""The assessment engine: a plan and its observations in, one :class:`Result` per target and area out.

Pure library code: no files, no printing. The formulas are in :mod:`plantrack.maths`; the rules
that pick the base, the latest value and the status for each target kind are here and in
docs/assessment.md, which says the same in words (keep them in step).

Notation used in the explanation steps: ``b`` base year, ``t`` latest year, ``T`` deadline (the
target year or the period's last year), ``V_b`` / ``V_t`` values, ``X`` the target, ``g`` observed
growth, ``g*`` target growth.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from operator import lt
from typing import Any, Literal

from plantrack import maths
from plantrack.findings import Finding, Severity
from plantrack.model import (
    AnnualTarget,
    ChangeTarget,
    CumulativeTarget,
    GrowthTarget,
    Indicator,
    LevelTarget,
    Plan,
    QualitativeTarget,
    RelativeTarget,
    Thresholds,
    target_id,
)
from plantrack.observations import Observation, SeriesBlock, State
from plantrack.status import Status

Trend = Literal["geometric", "linear"]
Verdict = Literal["exceeded", "achieved", "missed"]

#: Why a result has the status it has, or what to know about it. Code -> English sentence
#: template; docs/assessment.md lists every one (a test keeps them in step).
NOTES: dict[str, str] = {
    "no-data": "no value for this indicator and area",
    "only-baseline": "only the plan's baseline ({year}); no reported value after it",
    "no-base": "no value for the base year {year} or any later year up to {as_of}",
    "one-point": "only one value ({year}); a trend needs two",
    "as-of-before-base": "the as-of year {as_of} is before the base year {year}",
    "not-started": "the period {period} starts after the as-of year {as_of}",
    "base-moved": "no value for the base year {wanted}; the first later value ({year}) is the base",
    "base-from-plan": "base value from the plan's baseline ({year})",
    "baseline-replaced": "the data's {year} value {value} replaces the plan's baseline {baseline}",
    "no-deadline-value": "the deadline {year} has passed and there is no value for {year}; "
    "latest is {latest}",
    "no-value-in-time": "no value between the base year and the deadline {year}",
    "gap-in-rates": "no level or yearly growth for {year}: cannot chain {start} to {end}",
    "missing-years": "no value for {years}",
    "conflict": "two different values for {year} ({values}): the reader must resolve this",
    "nonpositive-growth-base": "growth needs positive values (base {base}, latest {latest})",
    "linear-fallback": "geometric trend undefined for zero or negative values; linear trend used",
    "already-met": "the target is already met in {year}, before the deadline {deadline}",
    "met-at-base": "the target was already met at the base year {year}",
    "estimate-used": "{year} is an estimate (ước thực hiện)",
    "no-reference": "no value for the reference area {area} in the years compared",
    "one-year-compared": "only one year compared ({year}); no trend yet",
    "qualifier": "the {year} value is reported as {qualifier} {value}; assessed as {value}",
    "years-met": "{met} of {counted} years met",
    "no-state": "no report for the deadline year {year}",
    "undefined": "the numbers do not allow this calculation: {error}",
    "approximate": "the target is approximate (khoảng); it is assessed as written",
    "already-missed": "the total {total} is already past the limit {limit}; the target cannot "
    "be met",
    "projection-capped": "the trend would reach {value}, which the unit does not allow; "
    "the projection is {bound}",
    "limit": "the target is a limit ({comparator} {limit}), not a pace to reach: within it is "
    "on track, past it is off track",
    "approximate-figure": "the {year} value is reported as about {value} (khoảng); "
    "assessed as {value}",
    "range-figure": "{years} reported as a range; judged at the ends of each range "
    "({best_status} at best, {worst_status} at worst); the least favourable is shown, at {shown}",
    "change-reported": "the change in {years} is the reported change, not the difference of "
    "two levels",
    "change-replaced": "the reported change for {year} ({reported}) differs from the change "
    "from {before} to {year} that the levels give ({computed}); the levels are used",
    "level-from-change": "the {year} level is the {before} level and the reported change: "
    "{before_value} + ({change}) = {value}",
    "gap-in-changes": "no level or reported change for {year}: cannot link {start} to {end}",
}


@dataclass(frozen=True, slots=True)
class Note:
    """A reason or remark with a stable code; the message is built from :data:`NOTES`."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return NOTES[self.code].format(**self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass(slots=True)  # not frozen: a frozen dataclass costs twice as much to build (one a
class Point:  # figure: 2.5 million in a national check); never changed once made
    """A value used by the assessment, with where it came from."""

    year: int
    value: float | None
    estimate: bool = False
    origin: Literal["data", "plan"] = "data"
    where: str = ""
    qualifier: Literal["more_than", "less_than"] | None = None
    moved: bool = False  # a base taken from the first later year
    reported: str | None = None  # the figure as written, when it was converted
    exchange_rate: float | None = None  # the rate used for a currency conversion
    state: str | None = None  # a qualitative milestone's reported state
    high: float | None = None  # the high end of a figure reported as a range; value the low
    approximate: bool = False  # a figure reported as "khoảng", "about"
    #: The low end of a figure reported as a range, once it is judged at one of its ends
    #: (``value`` is then that end).
    low: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "year": self.year,
            "value": self.value,
            "estimate": self.estimate,
            "origin": self.origin,
            "moved": self.moved,
            "reported": self.reported,
            "exchange_rate": self.exchange_rate,
            "state": self.state,
        }
        return self.figure(out)

    def figure(self, out: dict[str, Any]) -> dict[str, Any]:
        """``out`` with the reported range (``low``, ``high``) and ``approximate``, only when the
        figure was reported so: the JSON of plain figures stays as it was."""
        if self.high is not None:
            out["low"] = self.value if self.low is None else self.low
            out["high"] = self.high
        if self.approximate:
            out["approximate"] = True
        return out


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the working: a formula, the numbers put into it, and its result.

    ``formula`` uses the names in ``inputs`` (``(V_t / V_b)^(1/(t - b)) - 1``); a renderer
    substitutes the numbers in the reader's language with :meth:`substituted`.
    """

    name: str
    formula: str
    inputs: tuple[tuple[str, float], ...]
    value: float | None

    def substituted(self, number: Any = None) -> str:
        """The formula with each name replaced by its number (longest names first)."""
        if not self.inputs:
            return self.formula
        fmt = number or _six_digits
        values = dict(self.inputs)
        parts = list(_formula_parts(self.formula, tuple(values)))
        for i in range(1, len(parts), 2):  # text, name, text, name, ..., text
            parts[i] = fmt(values[parts[i]])
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "formula": self.formula,
            "inputs": dict(self.inputs),
            "substituted": self.substituted(),
            "value": self.value,
        }


def _six_digits(value: float) -> str:
    return f"{value:.6g}"


@functools.lru_cache(maxsize=1024)
def _formula_parts(formula: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """``formula`` cut around each whole name of ``names``: text, name, text, ..., text (a
    formula is cut once, then filled in for every result that shows its working)."""
    return tuple(_names(names).split(formula))


@functools.lru_cache(maxsize=256)
def _names(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching any of ``names`` as a whole name (longest first)."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(
        r"(?<![A-Za-z_])(" + "|".join(re.escape(n) for n in ordered) + r")(?![A-Za-z_*])"
    )


@dataclass(frozen=True, slots=True)
class YearCheck:
    """One year of an every-year, change, relative or held-every-year target."""

    year: int
    value: float | None
    met: bool
    reference: float | None = None
    estimate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "value": self.value,
            "reference": self.reference,
            "met": self.met,
            "estimate": self.estimate,
        }


@dataclass(slots=True)
class Result:
    """What the annual report says about one target in one area."""

    plan: str
    area: str
    indicator: str
    target: str
    kind: str
    deadline: int
    comparator: str | None = None
    target_low: float | None = None
    target_high: float | None = None
    status: Status = Status.NO_DATA
    trend: Trend | None = None
    rate_unit: Literal["fraction", "unit"] | None = None
    base: Point | None = None
    latest: Point | None = None
    observed_rate: float | None = None
    required_rate: float | None = None
    ratio: float | None = None
    catch_up_rate: float | None = None
    gap: float | None = None
    projected: Point | None = None
    total: float | None = None
    met_years: int | None = None
    counted_years: int | None = None
    years: list[YearCheck] = field(default_factory=list)
    values: list[Point] = field(default_factory=list)
    reason: Note | None = None
    notes: list[Note] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    #: False: the working is not recorded (``steps`` stays empty), for outputs that omit it.
    working: bool = field(default=True, repr=False, compare=False)

    def step(self, name: str, formula: str, value: float | None, **inputs: float) -> None:
        if self.working:
            self.steps.append(Step(name, formula, tuple(inputs.items()), value))

    def note(self, code: str, **params: Any) -> None:
        note = Note(code, params)
        if note not in self.notes:
            self.notes.append(note)

    def conclude(self, status: Status, code: str | None = None, **params: Any) -> Result:
        self.status = status
        if code is not None:
            self.reason = Note(code, params)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape: every key always present, absent quantities as null."""
        return {
            "plan": self.plan,
            "area": self.area,
            "indicator": self.indicator,
            "target": self.target,
            "kind": self.kind,
            "deadline": self.deadline,
            "goal": {
                "comparator": self.comparator,
                "value": self.target_low,
                "max": self.target_high if self.comparator == "range" else None,
            },
            "status": self.status.value,
            "trend": self.trend,
            "rate_unit": self.rate_unit,
            "base": self.base.to_dict() if self.base else None,
            "latest": self.latest.to_dict() if self.latest else None,
            "observed_rate": self.observed_rate,
            "required_rate": self.required_rate,
            "ratio": self.ratio,
            "catch_up_rate": self.catch_up_rate,
            "gap": self.gap,
            "projected": (
                {"year": self.projected.year, "value": self.projected.value}
                if self.projected
                else None
            ),
            "total": self.total,
            "met_years": self.met_years,
            "counted_years": self.counted_years,
            "years": [check.to_dict() for check in self.years],
            "values": [
                p.figure({"year": p.year, "value": p.value, "estimate": p.estimate})
                for p in self.values
            ],
            "reason": self.reason.to_dict() if self.reason else None,
            "notes": [note.to_dict() for note in self.notes],
            "steps": [step.to_dict() for step in self.steps],
        }


@dataclass(slots=True)
class Assessment:
    as_of: int | None
    results: list[Result]
    findings: list[Finding]

    def summary(self) -> dict[str, int]:
        counts = {status.value: 0 for status in Status}
        for result in self.results:
            counts[result.status.value] += 1
        return counts


# --------------------------------------------------------------------------------------------
# Series: the observations of one indicator in one area, one value per year.


@dataclass(slots=True)
class Series:
    levels: dict[int, Point] = field(default_factory=dict)
    growth: dict[int, Point] = field(default_factory=dict)
    #: Reported changes on the year before ("giảm 1,1 điểm %"), in the indicator's unit.
    changes: dict[int, Point] = field(default_factory=dict)
    states: dict[int, tuple[State, bool]] = field(default_factory=dict)
    #: (measure, year) -> the two differing observations; those years are not used.
    conflicts: dict[tuple[str, int], tuple[Observation, Observation]] = field(default_factory=dict)
    size: int = 0
    ranged: bool = False  # a figure is a range ("61-62"): results are judged at both ends


def _point(obs: Observation) -> Point:
    return Point(
        obs.year,
        obs.value,
        obs.estimate,
        "data",
        obs.where,
        obs.qualifier,
        reported=obs.reported,
        exchange_rate=obs.exchange_rate,
        high=obs.high,
        approximate=obs.approximate,
    )


def _same(a: Observation, b: Observation) -> bool:
    return a.value == b.value and a.high == b.high and a.state == b.state


def build_series(
    observations: Iterable[Observation],
    plan_area: str,
    blocks: Iterable[SeriesBlock] = (),
) -> tuple[SeriesIndex, list[Finding]]:
    """Group observations by (indicator, area, measure, year), one value each.

    A final figure replaces any estimate for the same year, whatever the order of the rows. Two
    different final figures for the same year are a conflict, and so are two different
    estimates when no final figure exists: never averaged, never one picked silently. The year
    is then not used for that measure, and a finding names both rows.

    ``blocks`` (series read column-wise, one figure a year) become series directly, unless
    another block or an observation has figures for the same series: then their figures are
    grouped with the observations.
    """
    observations = list(observations)
    index: dict[tuple[str, str], Series] = {}
    whole: dict[tuple[str, str], SeriesBlock] = {}
    shared: set[tuple[str, str]] = {(obs.indicator, obs.area or plan_area) for obs in observations}
    for block in blocks:
        place = (block.indicator, block.area or plan_area)
        if place in shared or place in whole:
            shared.add(place)
            observations.extend(block)
            twin = whole.pop(place, None)
            if twin is not None:
                observations.extend(twin)
        else:
            whole[place] = block
    first: dict[tuple[str, str, str, int], Observation] = {}
    more: dict[tuple[str, str, str, int], list[Observation]] = {}  # keys given more than once
    for obs in observations:
        area = obs.area or plan_area
        series_key = (obs.indicator, area)
        found = index.get(series_key)
        if found is None:
            found = index[series_key] = Series()
        found.size += 1
        obs_key: tuple[str, str, str, int] = (obs.indicator, area, obs.measure, obs.year)
        earlier = first.get(obs_key)
        if earlier is None:
            first[obs_key] = obs
        else:
            more.setdefault(obs_key, [earlier]).append(obs)
    findings: list[Finding] = []
    for key, chosen in first.items():
        indicator, area, measure, year = key
        series = index[(indicator, area)]
        other = None
        rows = more.get(key)
        if rows is not None:
            finals = [row for row in rows if not row.estimate]
            candidates = finals or rows
            chosen = candidates[0]
            other = next((row for row in candidates[1:] if not _same(row, chosen)), None)
        if other is not None:
            series.conflicts[(measure, year)] = (chosen, other)
            findings.append(
                Finding(
                    "conflicting-values",
                    f"{indicator} {area} {year}: {_show(chosen)} "
                    f"({chosen.where or 'first'}) and {_show(other)} "
                    f"({other.where or 'second'}); the year is not used",
                    other.file or "",
                    other.line,
                    None,
                    Severity.ERROR,
                )
            )
            continue
        if chosen.high is not None:
            series.ranged = True
        if measure == "level":
            series.levels[year] = _point(chosen)
        elif measure == "growth":
            series.growth[year] = _point(chosen)
        elif measure == "change":
            series.changes[year] = _point(chosen)
        else:
            assert chosen.state is not None
            series.states[year] = (chosen.state, chosen.estimate)
    for place in {(obs.indicator, obs.area or plan_area) for obs in observations}:
        series = index[place]
        series.levels = dict(sorted(series.levels.items()))
        series.growth = dict(sorted(series.growth.items()))
        series.changes = dict(sorted(series.changes.items()))
        series.states = dict(sorted(series.states.items()))
    return SeriesIndex(index, whole), findings


class SeriesIndex(Mapping[tuple[str, str], Series]):
    """Series by (indicator, area): those grouped from observations, and those of blocks, made
    when asked for and not kept (a national check has 166,050 series of 15 figures each)."""

    def __init__(
        self, grouped: dict[tuple[str, str], Series], blocks: dict[tuple[str, str], SeriesBlock]
    ) -> None:
        self._grouped = grouped
        self._blocks = blocks

    def __getitem__(self, key: tuple[str, str]) -> Series:
        found = self._grouped.get(key)
        if found is not None:
            return found
        return _block_series(self._blocks[key])

    def __iter__(self) -> Iterator[tuple[str, str]]:
        yield from self._grouped
        yield from self._blocks

    def __len__(self) -> int:
        return len(self._grouped) + len(self._blocks)

    def __contains__(self, key: object) -> bool:
        return key in self._grouped or key in self._blocks


def _block_series(block: SeriesBlock) -> Series:
    columns, start, stop = block.columns, block.start, block.stop
    years, values = columns.years[start:stop], columns.values[start:stop]
    rows = zip(years, values, columns.lines[start:stop], strict=True)
    where = columns.file + ":"
    levels = {y: Point(y, value, False, "data", where + str(line)) for y, value, line in rows}
    if not all(map(lt, levels, islice(levels, 1, None))):  # figures not in year order
        levels = dict(sorted(levels.items()))
    return Series(levels=levels, size=len(levels))


def _show(obs: Observation) -> str:
    if obs.state:
        return str(obs.state.value)
    return f"{obs.value:g}" + ("" if obs.high is None else f"-{obs.high:g}")


# --------------------------------------------------------------------------------------------
# Goals: what "met" means for a bound, in which direction better lies.


@dataclass(frozen=True, slots=True)
class Goal:
    comparator: str
    low: float
    high: float
    direction: int  # +1: higher is better for the bounded quantity, -1: lower is better

    @property
    def threshold(self) -> float:
        """The number progress is measured against: the near end of a range."""
        if self.comparator == "range":
            return self.low if self.direction > 0 else self.high
        return self.low

    def verdict(self, value: float) -> Verdict:
        return judge(value, self)


def _tolerance(x: float) -> float:
    return 1e-9 * max(1.0, abs(x))


def judge(value: float, goal: Goal) -> Verdict:
    """Exceeded (strictly better than the target, or beyond the better end of a range),
    achieved (equal to it, or inside the range) or missed. Equality allows for float rounding."""
    d = goal.direction
    if goal.comparator == "range":
        low, high = goal.low, goal.high
        if d > 0:
            if value > high + _tolerance(high):
                return "exceeded"
            return "achieved" if value >= low - _tolerance(low) else "missed"
        if value < low - _tolerance(low):
            return "exceeded"
        return "achieved" if value <= high + _tolerance(high) else "missed"
    x = goal.low
    better = (value - x) * d
    if better > _tolerance(x):
        return "exceeded"
    if goal.comparator in ("more_than", "less_than"):
        return "missed"
    return "achieved" if better >= -_tolerance(x) else "missed"


def goal_for(target: Any, indicator_direction: int) -> Goal:
    bound = target.bound
    comparator = bound.comparator
    if comparator in ("at_least", "more_than"):
        direction = 1
    elif comparator in ("at_most", "less_than"):
        direction = -1
    else:
        direction = indicator_direction
    return Goal(comparator, bound.low, bound.high, direction)


_VERDICT_STATUS: dict[Verdict, Status] = {
    "exceeded": Status.EXCEEDED,
    "achieved": Status.ACHIEVED,
    "missed": Status.NOT_ACHIEVED,
}


def _by_ratio(
    ratio: float | None, observed: float, direction: int, thresholds: Thresholds
) -> Status:
    if ratio is None:  # nothing was needed from the base, yet the target is not met now
        return Status.REGRESSING if observed * direction < 0 else Status.OFF_TRACK
    if ratio >= thresholds.on_track:
        return Status.ON_TRACK
    if ratio >= thresholds.at_risk:
        return Status.AT_RISK
    if ratio >= 0:
        return Status.OFF_TRACK
    return Status.REGRESSING


# --------------------------------------------------------------------------------------------
# The engine.


def _within_unit(ctx: _Context, result: Result, value: float) -> float:
    """A projection kept inside what the unit allows (a share cannot fall below 0 %)."""
    unit = ctx.indicator.unit_info
    if unit is None or result.kind == "cumulative":
        return value
    low, high = unit.minimum, unit.maximum
    if low is not None and value < low:
        result.note("projection-capped", value=round(value, 4), bound=low)
        return low
    if high is not None and value > high:
        result.note("projection-capped", value=round(value, 4), bound=high)
        return high
    return value


@dataclass(slots=True)
class _Context:
    plan: Plan
    indicator: Indicator
    area: str
    as_of: int
    series: Series
    thresholds: Thresholds
    index: Mapping[tuple[str, str], Series]
    period: Any = None  # the target's period, when it has one
    base_year: int | None = None
    approximate: bool = False  # the target says "about"
    #: The reference area's series of a relative target, when it is judged at one end of its
    #: ranges; None: the series in ``index``.
    reference: Series | None = None

    def reference_series(self, area: str) -> Series:
        if self.reference is not None:
            return self.reference
        return self.index.get((self.indicator.id, area), Series())

    @property
    def direction(self) -> int:
        return -1 if self.indicator.direction == "decrease" else 1

    def levels(self, *, upto: int | None = None, with_baseline: bool = True) -> dict[int, Point]:
        """Level points up to the as-of year (and ``upto``), the plan's baseline filling in."""
        limit = self.as_of if upto is None else min(self.as_of, upto)
        points = {y: p for y, p in self.series.levels.items() if y <= limit}
        baseline = self.indicator.baseline
        if (
            with_baseline
            and baseline is not None
            and (baseline.area or self.plan.area) == self.area
            and baseline.year <= limit
            and ("level", baseline.year) not in self.series.conflicts
            and baseline.year not in points
        ):
            points[baseline.year] = Point(
                baseline.year, baseline.value, False, "plan", qualifier=baseline.qualifier
            )
            return dict(sorted(points.items()))
        return points  # the series' years are in order

    def trend(self) -> Trend:
        if self.indicator.projection is not None:
            return self.indicator.projection
        unit = self.indicator.unit_info
        if unit is not None and unit.is_percent:
            return "linear"
        return "geometric"


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
    :attr:`results` (once): a national check need not hold 166,050 results at once."""

    as_of: int | None
    results: Iterator[Result]
    findings: list[Finding]


def assess_lazily(
    plan: Plan,
    observations: Iterable[Observation],
    *,
    as_of: int | None = None,
    include_vision: bool = True,
    blocks: Iterable[SeriesBlock] = (),
    working: bool = True,
) -> LazyAssessment:
    """:func:`assess`, with the results made as they are asked for; the series are grouped and
    their findings known before the first result."""
    observed = [obs for obs in observations if obs.plan is None or obs.plan == plan.id]
    own_blocks = [block for block in blocks if block.plan == plan.id]
    index, findings = build_series(observed, plan.area, own_blocks)
    if as_of is not None and (isinstance(as_of, bool) or not isinstance(as_of, int)):
        raise TypeError(f"as_of must be a year as an int (got {as_of!r})")
    year = as_of if as_of is not None else _default_as_of(plan, observed, own_blocks)
    results = _results(plan, index, year, include_vision, working)
    return LazyAssessment(year, results, findings)


def _results(
    plan: Plan,
    index: Mapping[tuple[str, str], Series],
    year: int | None,
    include_vision: bool,
    working: bool,
) -> Iterator[Result]:
    thresholds = plan.thresholds or Thresholds()
    for indicator in plan.indicators:
        for target in indicator.targets:
            if target.vision and not include_vision:
                continue
            # What every area of the target shares is worked out once: a national target is
            # set for thousands of communes.
            tid = target_id(indicator, target, plan.area)
            deadline = target.years()[1]
            period = getattr(target, "period", None)
            base_year = _base_year(plan, target)
            approximate = getattr(target, "about", None) is not None
            goal = Result(plan.id, "", indicator.id, tid, target.kind, deadline)
            _state_goal(goal, target)
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
                ctx = _Context(
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
                )
                yield _assess_ranged(ctx, target, result)


def _state_goal(result: Result, target: Any) -> None:
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


def _assess_one(ctx: _Context, target: Any, result: Result) -> Result:
    if ctx.series.size == 0 and not isinstance(target, RelativeTarget):
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
        result.note("approximate")
    try:
        return _KINDS[type(target)](ctx, target, result)
    except (maths.MathError, OverflowError) as error:
        result.status = Status.INSUFFICIENT_DATA
        result.reason = Note("undefined", {"error": str(error)})
        return result


#: Up to this many figures reported as ranges in one result, every combination of their ends
#: is judged (2^6 = 64 assessments); beyond it, the worst combination is searched one figure at
#: a time (see :func:`_assess_ranged`).
_EVERY_COMBINATION = 6


@dataclass(frozen=True, slots=True)
class _Ranged:
    """A figure reported as a range, with the two points that judge it at its ends."""

    reference: bool  # a figure of the reference area (relative targets)
    measure: Literal["levels", "growth", "changes"]
    year: int
    ends: tuple[Point, Point]


def _ranged_figures(ctx: _Context, target: Any) -> list[_Ranged]:
    """The figures up to the as-of year reported as ranges, of the area and (for a relative
    target) of its reference area."""
    sources: list[tuple[bool, Series]] = []
    if ctx.series.ranged:
        sources.append((False, ctx.series))
    if isinstance(target, RelativeTarget):
        reference = ctx.reference_series(target.reference_area)
        if reference.ranged:
            sources.append((True, reference))
    figures: list[_Ranged] = []
    for is_reference, series in sources:
        measures: tuple[Literal["levels", "growth", "changes"], ...] = (
            ("levels",) if is_reference else ("levels", "growth", "changes")
        )
        for measure in measures:
            for year, point in getattr(series, measure).items():
                if point.high is None or year > ctx.as_of:
                    continue
                low = dataclasses.replace(point, low=point.value)
                high = dataclasses.replace(point, value=point.high, low=point.value)
                figures.append(_Ranged(is_reference, measure, year, (low, high)))
    return figures


def _at_ends(ctx: _Context, target: Any, figures: list[_Ranged], mask: int) -> _Context:
    """``ctx`` with figure ``i`` of ``figures`` at its high end when bit ``i`` of ``mask`` is
    set, else at its low end."""
    own: dict[str, Any] = {}  # measure -> points, as keyword arguments of Series
    ref: dict[str, Any] = {}
    reference = (
        ctx.reference_series(target.reference_area) if any(f.reference for f in figures) else None
    )
    for i, figure in enumerate(figures):
        series, changed = (reference, ref) if figure.reference else (ctx.series, own)
        assert series is not None
        points = changed.get(figure.measure)
        if points is None:
            points = changed[figure.measure] = dict(getattr(series, figure.measure))
        points[figure.year] = figure.ends[(mask >> i) & 1]
    replaced = dataclasses.replace(ctx, series=dataclasses.replace(ctx.series, **own))
    if reference is not None:
        replaced.reference = dataclasses.replace(reference, **ref)
    return replaced


def _standing(result: Result, direction: int) -> tuple[float, float]:
    """How good a result's numbers are, higher better: the measure of progress it shows (the
    ratio; for a relative target ahead of its reference, the gap; else the observed pace, the
    total or the latest value in the target's direction), then the years met."""
    if result.ratio is not None:
        primary = result.ratio
    elif result.kind == "relative" and result.gap is not None:
        primary = result.gap
    elif result.observed_rate is not None:
        primary = result.observed_rate * direction
    elif result.total is not None:
        primary = result.total * direction
    elif result.latest is not None and result.latest.value is not None:
        primary = result.latest.value * direction
    else:
        primary = 0.0
    return primary, float(result.met_years or 0)


def _assess_ranged(ctx: _Context, target: Any, result: Result) -> Result:
    """A result judged at the ends of the figures reported as ranges ("61-62").

    A reported range meets a target only if every value in it does. Statuses are monotonic in
    each figure, so the worst value of a range is at one of its ends; with several ranged
    figures (a base and a latest, say) the worst is at one combination of ends, which is not
    always "all low" or "all high" (a high base with a low latest). Every combination is
    judged, up to :data:`_EVERY_COMBINATION` ranged figures; with more, the search starts at
    the worse of "all low" and "all high" and moves one figure at a time to its other end while
    that makes the result worse (each figure pushes the result one way, so this finds the
    worst). The result shown is the least favourable: the worst status, and among results of
    that status the one whose numbers are worst (:func:`_standing`, measured in the target's
    own terms: a change target's improvement, not the signed change). Note ``range-figure``
    names the ranged years and the best and worst statuses, and the ends shown.
    """
    figures = _ranged_figures(ctx, target)
    if not figures:
        return _assess_one(ctx, target, result)
    direction = ctx.direction
    if isinstance(target, ChangeTarget):
        direction = goal_for(target, 1).direction  # improvement space
    elif not isinstance(target, (RelativeTarget, QualitativeTarget)):
        direction = goal_for(target, ctx.direction).direction
    judged: dict[int, tuple[Result, tuple[float, float, float], dict[str, Any]]] = {}

    def judge_at(mask: int) -> tuple[Result, tuple[float, float, float], dict[str, Any]]:
        found = judged.get(mask)
        if found is None:
            one = _assess_one(_at_ends(ctx, target, figures, mask), target, _fresh(result))
            primary, met = _standing(one, direction)
            found = judged[mask] = (one, (one.status.rank, -primary, -met), one.to_dict())
        return found

    k = len(figures)
    everything = (1 << k) - 1
    if k <= _EVERY_COMBINATION:
        masks = list(range(1 << k))
        worst = max(masks, key=lambda m: judge_at(m)[1])  # the first of equals
    else:
        worst = max((0, everything), key=lambda m: judge_at(m)[1])
        for _ in range(4):  # a few passes; one suffices when each figure pushes one way
            moved = False
            for i in range(k):
                if judge_at(worst ^ (1 << i))[1] > judge_at(worst)[1]:
                    worst, moved = worst ^ (1 << i), True
            if not moved:
                break
        masks = [worst, *(worst ^ (1 << i) for i in range(k))]
    chosen = judge_at(worst)[0]
    # The figures that change the result (a range in a year the target does not use does not).
    used = [
        i
        for i in range(k)
        if any((m ^ (1 << i)) in judged and judged[m][2] != judged[m ^ (1 << i)][2] for m in masks)
    ]
    if not used:
        return chosen
    statuses = [judge_at(m)[0].status for m in masks]
    best = min(statuses, key=lambda status: status.rank)
    years = [f"{figures[i].year}" + (" (reference)" if figures[i].reference else "") for i in used]
    shown = [
        f"{figures[i].year}: {figures[i].ends[(worst >> i) & 1].value:.12g}"
        + (" (reference)" if figures[i].reference else "")
        for i in used
    ]
    chosen.note(
        "range-figure",
        years=_years_text_of(years),
        best_status=best.value,
        worst_status=chosen.status.value,
        shown=", ".join(shown),
    )
    return chosen


def _years_text_of(years: list[str]) -> str:
    return ", ".join(dict.fromkeys(years))


def _fresh(result: Result) -> Result:
    """A copy of a result not yet assessed, with its own lists."""
    return dataclasses.replace(result, years=[], values=[], notes=[], steps=[])


def _base_year(plan: Plan, target: Any) -> int | None:
    """The year progress is measured from, for the kinds that have one."""
    if isinstance(target, GrowthTarget):
        return target.effective_base_year
    if isinstance(target, LevelTarget):
        return plan.base_year
    if isinstance(target, ChangeTarget):
        return target.period.start - 1
    return None


def _pick_base(
    ctx: _Context, levels: dict[int, Point], base_year: int, result: Result
) -> Point | None:
    """The base: the value of the base year (data first, then the plan's baseline), else the
    first later value (reported as moved, as open-sdg does)."""
    if base_year > ctx.as_of or ("level", base_year) in ctx.series.conflicts:
        return None
    point = levels.get(base_year)
    if point is not None:
        baseline = ctx.indicator.baseline
        if point.origin == "plan":
            result.note("base-from-plan", year=base_year)
        elif (
            baseline is not None
            and baseline.year == base_year
            and (baseline.area or ctx.plan.area) == ctx.area
            and point.value is not None
            and not math.isclose(point.value, baseline.value, rel_tol=1e-9)
        ):
            result.note(
                "baseline-replaced", year=base_year, value=point.value, baseline=baseline.value
            )
        return point
    later = [p for y, p in levels.items() if y > base_year]
    if not later:
        return None
    result.note("base-moved", wanted=base_year, year=later[0].year)
    return dataclasses.replace(later[0], moved=True)


def _mark(result: Result, *points: Point | None) -> None:
    for point in points:
        if point is None:
            continue
        if point.estimate:
            result.note("estimate-used", year=point.year)
        if point.qualifier is not None:
            result.note("qualifier", year=point.year, qualifier=point.qualifier, value=point.value)
        if point.approximate:
            result.note("approximate-figure", year=point.year, value=f"{point.value:.12g}")


def _missing_base(ctx: _Context, result: Result, base_year: int) -> Result:
    return _short(ctx, result, "no-base", year=base_year, as_of=ctx.as_of)


def _conflict(ctx: _Context, result: Result, *among: int) -> Result | None:
    """The ``conflict`` reason, if a conflict up to the as-of year (in ``among``, when given)
    left a year out."""
    years = sorted(
        key
        for key in ctx.series.conflicts
        if key[1] <= ctx.as_of and (not among or key[1] in among)
    )
    if not years:
        return None
    first, second = ctx.series.conflicts[years[0]]
    return result.conclude(
        Status.INSUFFICIENT_DATA,
        "conflict",
        year=years[0][1],
        values=f"{_show(first)} / {_show(second)}",
    )


def _short(ctx: _Context, result: Result, code: str, **params: Any) -> Result:
    """Insufficient data: named as a conflict when a conflicting year is why, else ``code``."""
    return _conflict(ctx, result) or result.conclude(Status.INSUFFICIENT_DATA, code, **params)


def _implied_levels(
    ctx: _Context, levels: dict[int, Point], limit: int
) -> tuple[dict[int, Point], dict[int, tuple[Point, Point]]]:
    """``levels`` with each year reported only as a change ("giảm 1,1 điểm %") after a known
    level filled in with the level it implies (the level before plus the change), up to
    ``limit``; and, by year, the level before and the change each implied level comes from."""
    changes = ctx.series.changes
    if not changes or not levels:
        return levels, {}
    out = dict(levels)
    implied: dict[int, tuple[Point, Point]] = {}
    for year, change in changes.items():  # in year order: a change may follow an implied level
        before = out.get(year - 1)
        if (
            year in out
            or year > limit
            or ("level", year) in ctx.series.conflicts
            or before is None
            or before.value is None
            or change.value is None
        ):
            continue
        out[year] = Point(
            year,
            before.value + change.value,
            change.estimate or before.estimate,
            "data",
            change.where,
        )
        implied[year] = (before, change)
    if not implied:
        return levels, {}
    return dict(sorted(out.items())), implied


def _tell_implied(
    result: Result, levels: dict[int, Point], implied: dict[int, tuple[Point, Point]], *years: int
) -> None:
    """Note and working for the implied levels of ``years`` (note ``level-from-change``)."""
    for year in sorted(set(years)):
        if year not in implied:
            continue
        before, change = implied[year]
        _tell_implied(result, levels, implied, before.year)  # a chain of changes, told in order
        assert before.value is not None and change.value is not None
        value = levels[year].value
        result.note(
            "level-from-change",
            year=year,
            before=before.year,
            before_value=f"{before.value:.12g}",
            change=f"{change.value:.12g}",
            value=f"{value:.12g}",
        )
        _mark(result, change)
        result.step(
            f"V_{year}",
            f"V_{before.year} + D_{year}",
            value,
            **{f"V_{before.year}": before.value, f"D_{year}": change.value},
        )


def _level(ctx: _Context, target: LevelTarget, result: Result) -> Result:
    deadline, base_year = target.year, ctx.plan.base_year
    goal = goal_for(target, ctx.direction)
    x, d = goal.threshold, goal.direction  # a one-sided bound says which way is better
    known, implied = _implied_levels(ctx, ctx.levels(upto=deadline), min(ctx.as_of, deadline))
    levels = {y: p for y, p in known.items() if y >= base_year}
    result.values = list(levels.values())
    base = _pick_base(ctx, levels, base_year, result)
    result.base = base
    if not levels or base is None:
        return _missing_base(ctx, result, base_year)
    latest = list(levels.values())[-1]
    result.latest = latest
    _tell_implied(result, known, implied, base.year, latest.year)
    _mark(result, base, latest)
    assert latest.value is not None and base.value is not None
    verdict = goal.verdict(latest.value)

    # The trend, for the record even when the status is decided otherwise.
    if latest.year > base.year:
        _trend(ctx, result, base.year, base.value, latest.year, latest.value, deadline, x, d)

    if ctx.as_of >= deadline:
        if latest.year != deadline:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=deadline, latest=latest.year
            )
        result.projected = None
        result.catch_up_rate = None
        return result.conclude(_VERDICT_STATUS[verdict])
    if verdict != "missed":
        if latest.year == base.year:
            result.note("met-at-base", year=base.year)
        else:
            result.note("already-met", year=latest.year, deadline=deadline)
        return result.conclude(_VERDICT_STATUS[verdict])
    if latest.year == base.year:
        return _short(ctx, result, "one-point", year=latest.year)
    assert result.observed_rate is not None
    return result.conclude(_by_ratio(result.ratio, result.observed_rate, d, ctx.thresholds))


def _trend(
    ctx: _Context,
    result: Result,
    b: int,
    vb: float,
    t: int,
    vt: float,
    deadline: int,
    x: float,
    d: int,
) -> None:
    """Observed and required pace from the base, ratio, catch-up pace and projection."""
    trend = ctx.trend()
    if trend == "geometric" and (vb <= 0 or vt <= 0 or x <= 0):
        result.note("linear-fallback")
        trend = "linear"
    result.trend = trend
    span, horizon, left = t - b, deadline - b, deadline - t
    if trend == "geometric":
        result.rate_unit = "fraction"
        g = maths.cagr(vb, vt, span)
        g_req = maths.required_rate(vb, x, horizon)
        result.observed_rate, result.required_rate = g, g_req
        result.step("observed_rate", "(V_t / V_b)^(1/(t - b)) - 1", g, V_t=vt, V_b=vb, t=t, b=b)
        result.step(
            "required_rate", "(X / V_b)^(1/(T - b)) - 1", g_req, X=x, V_b=vb, T=deadline, b=b
        )
        if left > 0:
            result.catch_up_rate = maths.required_rate(vt, x, left)
            result.step(
                "catch_up_rate",
                "(X / V_t)^(1/(T - t)) - 1",
                result.catch_up_rate,
                X=x,
                V_t=vt,
                T=deadline,
                t=t,
            )
            projected = maths.project(vt, g, left)
            result.projected = Point(deadline, _within_unit(ctx, result, projected))
            result.step(
                "projected", "V_t * (1 + g)^(T - t)", projected, V_t=vt, g=g, T=deadline, t=t
            )
    else:
        result.rate_unit = "unit"
        s = maths.slope(vb, vt, span)
        s_req = maths.slope(vb, x, horizon)
        result.observed_rate, result.required_rate = s, s_req
        result.step("observed_rate", "(V_t - V_b) / (t - b)", s, V_t=vt, V_b=vb, t=t, b=b)
        result.step("required_rate", "(X - V_b) / (T - b)", s_req, X=x, V_b=vb, T=deadline, b=b)
        if left > 0:
            result.catch_up_rate = maths.slope(vt, x, left)
            result.step(
                "catch_up_rate",
                "(X - V_t) / (T - t)",
                result.catch_up_rate,
                X=x,
                V_t=vt,
                T=deadline,
                t=t,
            )
            projected = maths.project_linear(vt, s, left)
            result.projected = Point(deadline, _within_unit(ctx, result, projected))
            result.step("projected", "V_t + s * (T - t)", projected, V_t=vt, s=s, T=deadline, t=t)
    result.ratio = maths.progress_ratio(result.observed_rate, result.required_rate, d)
    if result.ratio is not None:
        result.step(
            "ratio",
            "d * r / |r*|",
            result.ratio,
            d=d,
            r=result.observed_rate,
            **{"r*": result.required_rate},
        )


def _growth(ctx: _Context, target: GrowthTarget, result: Result) -> Result:
    """Average growth over a period, from levels or from chained yearly growth rates."""
    b, e = target.effective_base_year, target.period.end
    goal = goal_for(target, ctx.direction)
    g_star = goal.threshold
    d = goal.direction
    result.trend, result.rate_unit = "geometric", "fraction"
    rates = {y: p for y, p in ctx.series.growth.items() if b < y <= min(ctx.as_of, e)}
    known, implied = _implied_levels(ctx, ctx.levels(upto=e), min(ctx.as_of, e))
    implied = {y: source for y, source in implied.items() if y not in rates}  # a rate is nearer
    levels = {
        y: p
        for y, p in known.items()
        if y >= b and (y in implied or y not in ctx.series.changes or y in ctx.series.levels)
    }
    result.values = list(levels.values())
    base = levels.get(b)
    if base is not None and base.origin == "plan":
        result.note("base-from-plan", year=b)
    if ("level", b) in ctx.series.conflicts and (b + 1) not in rates:
        return _short(ctx, result, "no-base", year=b, as_of=ctx.as_of)

    # Factor from the base year to every year it can be chained to.
    start = b
    if base is None and (b + 1) not in rates:
        moved = [p for y, p in levels.items() if y > b]
        if not moved:
            return _missing_base(ctx, result, b)
        base = dataclasses.replace(moved[0], moved=True)
        start = base.year
        result.note("base-moved", wanted=b, year=start)
    result.base = base if base is not None else Point(b, None)
    if base is not None and base.value is not None and base.value <= 0:
        if levels:
            result.latest = levels[max(levels)]
        return result.conclude(
            Status.INSUFFICIENT_DATA, "nonpositive-growth-base", base=base.value, latest="-"
        )
    factors: dict[int, float] = {start: 1.0}
    anchor = start if start in levels else None  # a year with a level and a known factor
    last_data = max([*levels, *rates], default=start)
    for year in range(start + 1, last_data + 1):
        level = levels.get(year)
        if level is not None and level.value is not None and level.value <= 0:
            result.latest = levels[max(levels)]
            return result.conclude(
                Status.INSUFFICIENT_DATA,
                "nonpositive-growth-base",
                base=base.value if base else "-",
                latest=level.value,
            )
        if level is not None and anchor is not None:
            factors[year] = factors[anchor] * (level.value or 0.0) / (levels[anchor].value or 1.0)
        elif year in rates and (year - 1) in factors:
            factors[year] = factors[year - 1] * maths.chain([rates[year].value or 0.0])
        if level is not None and anchor is None and year in factors:
            anchor = year
    t = last_data
    if t not in factors:
        missing = next(y for y in range(start + 1, t + 1) if y not in factors)
        return _conflict(ctx, result, missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "gap-in-rates", year=missing, start=start, end=t
        )
    latest_point = levels.get(t) or rates.get(t)
    assert latest_point is not None
    latest_value: float | None = None
    if t in levels:
        latest_value = levels[t].value
    elif anchor is not None and anchor in factors:
        latest_value = (levels[anchor].value or 0.0) * factors[t] / factors[anchor]
    result.latest = Point(
        t,
        latest_value,
        latest_point.estimate,
        latest_point.origin,
        latest_point.where,
        latest_point.qualifier,
        reported=latest_point.reported if t in levels else None,
        exchange_rate=latest_point.exchange_rate if t in levels else None,
    )
    used = [
        point
        for year, point in sorted([*levels.items(), *rates.items()], key=lambda item: item[0])
        if start <= year <= t
    ]
    _tell_implied(result, known, implied, *(y for y in levels if start <= y <= t))
    _mark(result, *used)
    if t == start:
        return _short(ctx, result, "one-point", year=t)

    n, whole, left = t - start, e - start, e - t
    factor = factors[t]
    g = maths.factor_rate(factor, n)
    result.observed_rate, result.required_rate = g, g_star
    if t in levels and start in levels:
        result.step(
            "observed_rate",
            "(V_t / V_b)^(1/(t - b)) - 1",
            g,
            V_t=levels[t].value or 0.0,
            V_b=levels[start].value or 0.0,
            t=t,
            b=start,
        )
    else:
        result.step(
            "observed_rate", "F^(1/(t - b)) - 1, F = chained (1 + r_y)", g, F=factor, t=t, b=start
        )
    result.gap = g - g_star
    result.step("gap", "g - g*", result.gap, g=g, **{"g*": g_star})
    # A pace to reach (at least 12 %/yr; a fall of at least 2 %/yr) is measured by the ratio;
    # a limit (at most 1 %/yr population growth; no fall: at least 0 %) is kept or broken.
    is_limit = g_star * d <= 0
    if is_limit:
        result.note("limit", comparator=goal.comparator, limit=g_star)
    else:
        result.ratio = maths.progress_ratio(g, g_star, d)
        if result.ratio is not None:
            result.step("ratio", "d * g / |g*|", result.ratio, d=d, g=g, **{"g*": g_star})

    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(_VERDICT_STATUS[goal.verdict(g)])
    result.catch_up_rate = maths.catch_up_rate(g_star, g, n, left)
    result.step(
        "catch_up_rate",
        "((1 + g*)^(e - b) / (1 + g)^(t - b))^(1/(e - t)) - 1",
        result.catch_up_rate,
        **{"g*": g_star},
        g=g,
        e=e,
        b=start,
        t=t,
    )
    if latest_value is not None:
        projected = maths.project(latest_value, g, left)
        result.projected = Point(e, _within_unit(ctx, result, projected))
        result.step(
            "projected", "V_t * (1 + g)^(e - t)", projected, V_t=latest_value, g=g, e=e, t=t
        )
    if is_limit:
        return result.conclude(Status.ON_TRACK if goal.verdict(g) != "missed" else Status.OFF_TRACK)
    # Already met: even with no further growth the whole period would average the target.
    guaranteed = maths.factor_rate(factor, whole)
    verdict = goal.verdict(guaranteed)
    if verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(_VERDICT_STATUS[verdict])
    return result.conclude(_by_ratio(result.ratio, g, d, ctx.thresholds))


def _period_values(ctx: _Context, start: int, end: int) -> tuple[dict[int, Point], list[int], int]:
    """Level values in start..end up to the as-of year, the missing years, and the last year."""
    last = min(ctx.as_of, end)
    values = {y: p for y, p in ctx.series.levels.items() if start <= y <= last}
    values = dict(sorted(values.items()))
    top = max(values, default=start - 1)
    missing = [y for y in range(start, top + 1) if y not in values]
    return values, missing, top


def _years_text(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def _cumulative(ctx: _Context, target: CumulativeTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = goal_for(target, ctx.direction)
    x, d = goal.threshold, goal.direction
    values, missing, t = _period_values(ctx, s, e)
    result.values = list(values.values())
    result.rate_unit, result.trend = "unit", "linear"
    if not values:
        return _short(ctx, result, "no-value-in-time", year=e)
    latest = values[t]
    result.latest = latest
    _mark(result, *values.values())
    if missing:
        return _conflict(ctx, result, *missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "missing-years", years=_years_text(missing)
        )
    total = math.fsum(p.value or 0.0 for p in values.values())
    done, years, left = t - s + 1, e - s + 1, e - t
    result.total = total
    result.step("total", "sum of V_y, y = s..t", total, s=s, t=t)
    average = total / done
    needed_average = x / years
    result.observed_rate, result.required_rate = average, needed_average
    result.step("observed_rate", "total / (t - s + 1)", average, total=total, t=t, s=s)
    result.step("required_rate", "X / (e - s + 1)", needed_average, X=x, e=e, s=s)
    verdict = goal.verdict(total)
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(_VERDICT_STATUS[verdict])
    result.catch_up_rate = (x - total) / left
    result.step(
        "catch_up_rate", "(X - total) / (e - t)", result.catch_up_rate, X=x, total=total, e=e, t=t
    )
    projected = total + average * left
    result.projected = Point(e, _within_unit(ctx, result, projected))
    result.step(
        "projected", "total + average * (e - t)", projected, total=total, average=average, e=e, t=t
    )
    if d > 0 and verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(_VERDICT_STATUS[verdict])
    if d < 0 and verdict == "missed" and all((p.value or 0.0) >= 0 for p in values.values()):
        result.note("already-missed", total=total, limit=x)
        return result.conclude(Status.NOT_ACHIEVED)
    if d > 0:
        result.ratio = projected / x if x else None
    else:
        result.ratio = x / projected if projected > 0 else None
    if result.ratio is not None:
        result.step(
            "ratio",
            "projected / X" if d > 0 else "X / projected",
            result.ratio,
            projected=projected,
            X=x,
        )
    if goal.verdict(projected) != "missed":
        return result.conclude(Status.ON_TRACK)
    return result.conclude(_by_ratio(result.ratio, average * d, 1, ctx.thresholds))


def _annual(ctx: _Context, target: AnnualTarget, result: Result) -> Result:
    s, e = target.period.start, target.period.end
    goal = goal_for(target, ctx.direction)
    values, missing, t = _period_values(ctx, s, e)
    result.values = list(values.values())
    if not values:
        return _short(ctx, result, "no-value-in-time", year=e)
    verdicts = {y: goal.verdict(p.value or 0.0) for y, p in values.items()}
    result.years = [
        YearCheck(y, p.value, verdicts[y] != "missed", None, p.estimate) for y, p in values.items()
    ]
    met = sum(1 for v in verdicts.values() if v != "missed")
    result.met_years, result.counted_years = met, len(values)
    result.note("years-met", met=met, counted=len(values))
    latest = values[t]
    result.latest = latest
    _mark(result, latest)
    for point in values.values():  # every year is judged: each approximate figure is told
        if point.approximate:
            result.note("approximate-figure", year=point.year, value=f"{point.value:.12g}")
    if ctx.as_of >= e:
        if met < len(values):
            return result.conclude(Status.NOT_ACHIEVED)
        if missing or t != e:
            absent = missing + list(range(t + 1, e + 1))
            return result.conclude(
                Status.INSUFFICIENT_DATA, "missing-years", years=_years_text(absent)
            )
        if all(v == "exceeded" for v in verdicts.values()):
            return result.conclude(Status.EXCEEDED)
        return result.conclude(Status.ACHIEVED)
    if verdicts[t] != "missed":
        return result.conclude(Status.ON_TRACK)
    previous = values.get(t - 1)
    if previous is None or previous.value is None or latest.value is None:
        return result.conclude(Status.OFF_TRACK)
    change = (latest.value - previous.value) * goal.direction
    if change > 0:
        return result.conclude(Status.AT_RISK)
    if change < 0:
        return result.conclude(Status.REGRESSING)
    return result.conclude(Status.OFF_TRACK)


def _change(ctx: _Context, target: ChangeTarget, result: Result) -> Result:
    """Improvement per year, in the indicator's unit, averaged from the base to the latest year."""
    b, e = target.period.start - 1, target.period.end
    d = ctx.direction
    goal = goal_for(target, 1)
    x = goal.threshold
    result.rate_unit, result.trend = "unit", "linear"
    levels = ctx.levels(upto=e)
    result.values = list(levels.values())
    last = min(ctx.as_of, e)
    changes = {y: p for y, p in ctx.series.changes.items() if b < y <= last}
    if changes:
        return _change_chained(ctx, target, result, levels, changes)
    base = _pick_base(ctx, levels, b, result)
    result.base = base
    if base is None or base.value is None:
        return _missing_base(ctx, result, b)
    latest = list(levels.values())[-1]
    result.latest = latest
    _mark(result, base, latest)
    if latest.year <= base.year:
        return _short(ctx, result, "one-point", year=latest.year)
    assert latest.value is not None
    # Year by year, where two consecutive years are known.
    for year, point in levels.items():
        before = levels.get(year - 1)
        if year <= base.year or before is None or before.value is None or point.value is None:
            continue
        improvement = (point.value - before.value) * d
        result.years.append(
            YearCheck(
                year, improvement, goal.verdict(improvement) != "missed", None, point.estimate
            )
        )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    n, whole, left = latest.year - base.year, e - base.year, e - latest.year
    improvement = (latest.value - base.value) * d
    average = improvement / n
    result.observed_rate, result.required_rate = average, x
    result.step(
        "observed_rate",
        "d * (V_t - V_b) / (t - b)",
        average,
        d=d,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
        b=base.year,
    )
    result.ratio = maths.progress_ratio(average, x, goal.direction)
    if result.ratio is not None:
        result.step("ratio", "c / |X|", result.ratio, c=average, X=x)
    if ctx.as_of >= e:
        if latest.year != e:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=latest.year
            )
        return result.conclude(_VERDICT_STATUS[goal.verdict(average)])
    result.catch_up_rate = (x * whole - improvement) / left
    result.step(
        "catch_up_rate",
        "(X * (e - b) - d * (V_t - V_b)) / (e - t)",
        result.catch_up_rate,
        X=x,
        e=e,
        b=base.year,
        d=d,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
    )
    projected = maths.project_linear(latest.value, (latest.value - base.value) / n, left)
    result.projected = Point(e, _within_unit(ctx, result, projected))
    result.step(
        "projected",
        "V_t + (V_t - V_b) / (t - b) * (e - t)",
        projected,
        V_t=latest.value,
        V_b=base.value,
        t=latest.year,
        b=base.year,
        e=e,
    )
    verdict = goal.verdict(improvement / whole)
    if verdict != "missed":
        result.note("already-met", year=latest.year, deadline=e)
        return result.conclude(_VERDICT_STATUS[verdict])
    return result.conclude(_by_ratio(result.ratio, average, goal.direction, ctx.thresholds))


def _change_chained(
    ctx: _Context,
    target: ChangeTarget,
    result: Result,
    levels: dict[int, Point],
    changes: dict[int, Point],
) -> Result:
    """A change target whose data give reported changes ("giảm 1,1 điểm %") for some years.

    Years are linked as growth rates are chained: a level links to the last level before it
    (the levels win over a reported change for a year whose two levels are known; note
    ``change-replaced`` when they differ), and a reported change links a year to the one
    before. The total change from the base is the sum of the links, so a base level is not
    needed when the changes reach back to the base year.
    """
    b, e = target.period.start - 1, target.period.end
    d = ctx.direction
    goal = goal_for(target, 1)
    x = goal.threshold
    if b in levels or (b + 1) in changes:
        start = b
        base: Point | None = _pick_base(ctx, levels, b, result) if b in levels else None
    else:
        later = sorted(y for y in {*levels, *(y - 1 for y in changes)} if y > b)
        if not later:
            return _missing_base(ctx, result, b)
        start = later[0]
        result.note("base-moved", wanted=b, year=start)
        base = dataclasses.replace(levels[start], moved=True) if start in levels else None
    if base is None:
        base = Point(start, None, moved=start != b)
    result.base = base
    offset: dict[int, float] = {start: 0.0}
    link: dict[int, tuple[int, str, dict[str, float]]] = {}  # year -> (from, formula, inputs)
    anchor = start if start in levels else None
    linked: list[Point] = []  # reported changes that link a year to the one before
    last = max([*levels, *changes])
    for year in range(start + 1, last + 1):
        level, change = levels.get(year), changes.get(year)
        if level is not None and anchor is not None:
            before = levels[anchor]
            assert level.value is not None and before.value is not None
            offset[year] = offset[anchor] + level.value - before.value
            link[year] = (
                anchor,
                f"(V_{year} - V_{anchor})",
                {f"V_{year}": level.value, f"V_{anchor}": before.value},
            )
            # The levels win. The change they give for this year: from the level before, or,
            # when the years since that level were linked by reported changes, from the level
            # those changes imply (10, "giảm 1", 8: the change for the third year is -1).
            if change is not None and (year - 1) in offset:
                computed = offset[year] - offset[year - 1]
                assert change.value is not None
                if not math.isclose(change.value, computed, rel_tol=1e-9, abs_tol=1e-9):
                    result.note(
                        "change-replaced",
                        year=year,
                        before=year - 1,
                        reported=change.value,
                        computed=round(computed, 10),
                    )
            anchor = year
        elif change is not None and (year - 1) in offset:
            assert change.value is not None
            offset[year] = offset[year - 1] + change.value
            link[year] = (year - 1, f"D_{year}", {f"D_{year}": change.value})
            linked.append(change)
            if level is not None:
                anchor = year
    t = last
    if t not in offset:
        missing = next(y for y in range(start + 1, t + 1) if y not in offset)
        return _conflict(ctx, result, missing) or result.conclude(
            Status.INSUFFICIENT_DATA, "gap-in-changes", year=missing, start=start, end=t
        )
    # The working: the links from the latest year back to the base. A reported change between
    # two levels splits their difference year by year but is not part of the total.
    path: list[int] = []
    year = t
    while year != start:
        path.append(year)
        year = link[year][0]
    path.reverse()
    used = [changes[y] for y in path if link[y][1].startswith("D_")]
    if used:
        result.note("change-reported", years=_years_text([p.year for p in used]))
    latest = levels.get(t)
    if latest is None:
        change = changes[t]
        value = None
        if anchor is not None and anchor in offset:
            value = (levels[anchor].value or 0.0) + offset[t] - offset[anchor]
        latest = Point(t, value, change.estimate, change.origin, change.where, change.qualifier)
    result.latest = latest
    _mark(result, base if base.value is not None else None, latest, *linked)
    if t <= start:
        return _short(ctx, result, "one-point", year=t)
    # Year by year, where a year and the one before are both linked to the base.
    for year in range(start + 1, t + 1):
        if year in offset and (year - 1) in offset:
            step = (offset[year] - offset[year - 1]) * d
            point = levels.get(year) or changes[year]
            result.years.append(
                YearCheck(year, step, goal.verdict(step) != "missed", None, point.estimate)
            )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    parts = [link[y][1] for y in path]
    inputs: dict[str, float] = {}
    for y in path:
        inputs.update(link[y][2])
    total = offset[t]
    result.step("change", " + ".join(parts), total, **inputs)
    n, whole, left = t - start, e - start, e - t
    improvement = total * d
    average = improvement / n
    result.observed_rate, result.required_rate = average, x
    result.step("observed_rate", "d * D / (t - b)", average, d=d, D=total, t=t, b=start)
    result.ratio = maths.progress_ratio(average, x, goal.direction)
    if result.ratio is not None:
        result.step("ratio", "c / |X|", result.ratio, c=average, X=x)
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(_VERDICT_STATUS[goal.verdict(average)])
    result.catch_up_rate = (x * whole - improvement) / left
    result.step(
        "catch_up_rate",
        "(X * (e - b) - d * D) / (e - t)",
        result.catch_up_rate,
        X=x,
        e=e,
        b=start,
        d=d,
        D=total,
        t=t,
    )
    if latest.value is not None:
        projected = maths.project_linear(latest.value, total / n, left)
        result.projected = Point(e, _within_unit(ctx, result, projected))
        result.step(
            "projected",
            "V_t + D / (t - b) * (e - t)",
            projected,
            V_t=latest.value,
            D=total,
            t=t,
            b=start,
            e=e,
        )
    verdict = goal.verdict(improvement / whole)
    if verdict != "missed":
        result.note("already-met", year=t, deadline=e)
        return result.conclude(_VERDICT_STATUS[verdict])
    return result.conclude(_by_ratio(result.ratio, average, goal.direction, ctx.thresholds))


_RELATION_DIRECTION = {"at_least": 1, "more_than": 1, "at_most": -1, "less_than": -1}


def _relative(ctx: _Context, target: RelativeTarget, result: Result) -> Result:
    """Compared year by year with the reference area's value of the same indicator."""
    s, e = target.period.start, target.period.end
    own, _, _ = _period_values(ctx, s, e)
    reference_series = ctx.reference_series(target.reference_area)
    last = min(ctx.as_of, e)
    reference = {y: p for y, p in sorted(reference_series.levels.items()) if s <= y <= last}
    result.values = list(own.values())
    result.rate_unit = "unit"
    if not own and not reference:
        return result.conclude(Status.NO_DATA, "no-data")
    rd = _RELATION_DIRECTION.get(target.relation, ctx.direction)
    comparator = "value" if target.relation == "about" else target.relation
    compared = sorted(set(own) & set(reference))
    if not compared:
        if not own:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-value-in-time", year=e)
        return result.conclude(Status.INSUFFICIENT_DATA, "no-reference", area=target.reference_area)
    gaps: dict[int, float] = {}
    verdicts: dict[int, Verdict] = {}
    for year in compared:
        value, ref = own[year].value or 0.0, reference[year].value or 0.0
        verdicts[year] = judge(value, Goal(comparator, ref, ref, rd))
        gaps[year] = (value - ref) * rd
        result.years.append(
            YearCheck(year, value, verdicts[year] != "missed", ref, own[year].estimate)
        )
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    t = compared[-1]
    result.latest = own[t]
    _mark(result, own[t], reference[t])
    result.gap = gaps[t]
    result.step(
        "gap",
        "rd * (V_t - R_t)",
        gaps[t],
        rd=rd,
        V_t=own[t].value or 0.0,
        R_t=reference[t].value or 0.0,
    )
    if ctx.as_of >= e:
        if t != e:
            return result.conclude(Status.INSUFFICIENT_DATA, "no-deadline-value", year=e, latest=t)
        return result.conclude(_VERDICT_STATUS[verdicts[t]])
    if verdicts[t] != "missed":
        return result.conclude(Status.ON_TRACK)
    first = compared[0]
    if first == t:
        result.note("one-year-compared", year=t)
        return result.conclude(Status.OFF_TRACK)
    observed = (gaps[t] - gaps[first]) / (t - first)
    needed = -gaps[first] / (e - first)
    result.observed_rate, result.required_rate = observed, needed
    result.ratio = maths.progress_ratio(observed, needed, 1)
    result.catch_up_rate = -gaps[t] / (e - t)
    result.step(
        "observed_rate",
        "(gap_t - gap_f) / (t - f)",
        observed,
        gap_t=gaps[t],
        gap_f=gaps[first],
        t=t,
        f=first,
    )
    result.step("required_rate", "-gap_f / (e - f)", needed, gap_f=gaps[first], e=e, f=first)
    return result.conclude(_by_ratio(result.ratio, observed, 1, ctx.thresholds))


def _qualitative(ctx: _Context, target: QualitativeTarget, result: Result) -> Result:
    states = {y: s for y, s in sorted(ctx.series.states.items()) if y <= ctx.as_of}
    if not states:
        return _conflict(ctx, result) or result.conclude(Status.NO_DATA, "no-data")
    if target.year is not None:
        deadline = target.year
        in_time = {y: s for y, s in states.items() if y <= deadline}
        latest_year = max(states)
        result.latest = Point(
            latest_year, None, states[latest_year][1], state=states[latest_year][0].value
        )
        if ctx.as_of >= deadline:
            if deadline in states:
                result.latest = Point(
                    deadline, None, states[deadline][1], state=states[deadline][0].value
                )
                state = states[deadline][0]
                return result.conclude(
                    Status.ACHIEVED if state == State.ACHIEVED else Status.NOT_ACHIEVED
                )
            if in_time and in_time[max(in_time)][0] == State.ACHIEVED:
                result.latest = Point(
                    max(in_time),
                    None,
                    in_time[max(in_time)][1],
                    state=in_time[max(in_time)][0].value,
                )
                return result.conclude(Status.ACHIEVED)
            return result.conclude(Status.INSUFFICIENT_DATA, "no-state", year=deadline)
        state = states[latest_year][0]
        return result.conclude(
            {
                State.ACHIEVED: Status.ACHIEVED,
                State.IN_PROGRESS: Status.IN_PROGRESS,
                State.NOT_ACHIEVED: Status.OFF_TRACK,
            }[state]
        )
    assert target.period is not None
    s, e = target.period.start, target.period.end
    held = {y: st for y, st in states.items() if s <= y <= e}
    if not held:
        return result.conclude(Status.INSUFFICIENT_DATA, "no-value-in-time", year=e)
    result.years = [
        YearCheck(y, None, st[0] == State.ACHIEVED, None, st[1]) for y, st in held.items()
    ]
    result.met_years = sum(1 for check in result.years if check.met)
    result.counted_years = len(result.years)
    t = max(held)
    result.latest = Point(t, None, held[t][1], state=held[t][0].value)
    if ctx.as_of >= e:
        if result.met_years < result.counted_years:
            return result.conclude(Status.NOT_ACHIEVED)
        absent = [y for y in range(s, e + 1) if y not in held]
        if absent:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "missing-years", years=_years_text(absent)
            )
        return result.conclude(Status.ACHIEVED)
    return result.conclude(
        {
            State.ACHIEVED: Status.ON_TRACK,
            State.IN_PROGRESS: Status.IN_PROGRESS,
            State.NOT_ACHIEVED: Status.OFF_TRACK,
        }[held[t][0]]
    )


_KINDS: dict[type, Callable[[_Context, Any, Result], Result]] = {
    GrowthTarget: _growth,
    LevelTarget: _level,
    CumulativeTarget: _cumulative,
    AnnualTarget: _annual,
    ChangeTarget: _change,
    RelativeTarget: _relative,
    QualitativeTarget: _qualitative,
}
