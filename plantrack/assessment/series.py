"""Series: the figures of one indicator in one area, one value per year and measure.

The one conflict policy lives here: a final figure replaces an estimate for the same year; two
different final figures (or two different estimates and no final one) are a conflict, and the
year is not used for that measure.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter, lt

from plantrack.assessment.results import Point
from plantrack.findings import Finding, Severity
from plantrack.observations import (
    Observation,
    SeriesBlock,
    State,
    conflict_message,
    same_figure,
)


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


def build_series(
    observations: Iterable[Observation],
    plan_area: str,
    blocks: Iterable[SeriesBlock] = (),
) -> tuple[SeriesIndex, list[Finding]]:
    """Group observations by (indicator, area, measure, year), one value each.

    The conflict policy (the readers apply the same, with the same message): a final figure
    replaces any estimate for the same year, whatever the order of the rows; the same figure
    twice is one figure (:func:`~plantrack.observations.same_figure`). Two different final
    figures for the same year are a conflict, and so are two different estimates when no final
    figure exists: never averaged, never one picked silently. The year is then not used for
    that measure, and a finding names both rows.

    ``blocks`` (series read by DuckDB, one figure a year) become series directly, unless
    another block or an observation has figures for the same series: then their figures are
    grouped with the observations.
    """
    observations = list(observations)
    index: dict[tuple[str, str], Series] = {}
    shared: set[tuple[str, str]] = {(obs.indicator, obs.area or plan_area) for obs in observations}
    # A national check has 166,050 blocks: when no series is shared (the usual case) they are
    # keyed by map() and zip() at once; otherwise a block at a time, below.
    blocks = list(blocks)
    areas = [area or plan_area for area in map(attrgetter("area"), blocks)]
    places = zip(map(attrgetter("indicator"), blocks), areas, strict=True)
    whole = dict(zip(places, blocks, strict=True))
    if len(whole) == len(blocks) and whole.keys().isdisjoint(shared):
        blocks = []
    else:
        whole = {}
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
            other = next((row for row in candidates[1:] if not same_figure(row, chosen)), None)
        if other is not None:
            series.conflicts[(measure, year)] = (chosen, other)
            findings.append(
                Finding(
                    "conflicting-values",
                    conflict_message(chosen, other, area),
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

    @property
    def whole(self) -> Mapping[tuple[str, str], SeriesBlock]:
        """The series of blocks that no other figure shares: read whole by DuckDB."""
        return self._blocks

    def any_grouped(self, keys: Iterable[tuple[str, str]]) -> bool:
        """Whether one of the series is grouped from observations (read row by row, or
        shared)."""
        return not self._grouped.keys().isdisjoint(keys)


def _block_series(block: SeriesBlock) -> Series:
    columns, start, stop = block.columns, block.start, block.stop
    years, values = columns.years[start:stop], columns.values[start:stop]
    rows = zip(years, values, columns.lines[start:stop], strict=True)
    where = columns.file + ":"
    levels = {y: Point(y, value, False, "data", where + str(line)) for y, value, line in rows}
    if not all(map(lt, levels, islice(levels, 1, None))):  # figures not in year order
        levels = dict(sorted(levels.items()))
    return Series(levels=levels, size=len(levels))


def show(obs: Observation) -> str:
    if obs.state:
        return str(obs.state.value)
    if obs.rated and obs.reported:  # a level: its words, not its rank
        return obs.reported
    return f"{obs.value:g}" + ("" if obs.high is None else f"-{obs.high:g}")
