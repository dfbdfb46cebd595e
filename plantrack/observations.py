"""Observations: the reported actuals the engine assesses, whatever file they came from.

Readers (CSV, Excel) produce :class:`Observation` objects; the engine needs nothing else. One
observation is one reported figure for an indicator, an area and a year:

- ``measure="level"``: the value itself, in the indicator's unit (52,1 triệu đồng/người);
- ``measure="growth"``: the growth on the previous year as a fraction ("tăng 9,5 %" is 0.095),
  the way reports often give gross output;
- ``measure="change"``: the change on the previous year in the indicator's unit, as reports
  give it when they give no levels ("giảm 1,1 điểm %" is -1.1 for a percentage);
- ``measure="state"``: a qualitative milestone (đạt / không đạt / đang thực hiện).

``high`` is the high end of a figure reported as a range ("61-62": ``value`` 61, ``high`` 62);
``approximate=True`` marks a figure reported as "khoảng 24", "about 24".

``estimate=True`` marks an "ước thực hiện" (ƯTH) figure: used only when no final figure exists
for the same year.
"""

from __future__ import annotations

import math
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from plantrack.texts import Text, text
from plantrack.units import fold


class State(StrEnum):
    """What a report says about a qualitative milestone."""

    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    IN_PROGRESS = "in_progress"


_STATE_WORDS: dict[State, tuple[str, ...]] = {
    State.ACHIEVED: (
        "đạt",
        "đã đạt",
        "đạt chuẩn",
        "hoàn thành",
        "có",
        "yes",
        "true",
        "1",
        "achieved",
        "done",
        "met",
    ),
    State.NOT_ACHIEVED: (
        "không đạt",
        "chưa đạt",
        "chưa",
        "không",
        "chưa hoàn thành",
        "no",
        "false",
        "0",
        "not achieved",
        "not met",
        "not yet",
    ),
    State.IN_PROGRESS: (
        "đang thực hiện",
        "đang triển khai",
        "đang xây dựng",
        "in progress",
        "under way",
        "underway",
        "ongoing",
    ),
}
STATE_WORDS: dict[str, State] = {
    fold(word): state for state, words in _STATE_WORDS.items() for word in words
}
"""Accepted words, folded (case, accents and spaces ignored), mapped to their state."""


def parse_state(text: str) -> State | None:
    """``"Đạt"`` -> achieved, ``"đang thực hiện"`` -> in progress; None for anything else.

    Folding ignores accents, so "Dat" is read as "đạt": a report typed without accents is
    common and the words of the three states stay distinct without them.
    """
    return STATE_WORDS.get(fold(unicodedata.normalize("NFC", text)))


Measure = Literal["level", "growth", "change", "state"]


@dataclass(frozen=True, slots=True)
class Observation:
    """One reported figure. ``area=None`` means the plan's own area.

    ``plan`` routes the figure to one plan (readers set it when an indicator id is shared by
    several loaded plans); None means any plan with this indicator. ``cell`` is the Excel
    address (``Sheet1!C7``). ``reported`` keeps the figure as written when it was converted
    (``62,41 triệu đồng/người``) and ``exchange_rate`` the rate used for a currency conversion.
    """

    indicator: str
    year: int
    value: float | None = None
    area: str | None = None
    measure: Measure = "level"
    state: State | None = None
    estimate: bool = False
    qualifier: Literal["more_than", "less_than"] | None = None
    file: str | None = None
    line: int | None = None
    source: str | None = None
    plan: str | None = None
    cell: str | None = None
    reported: str | None = None
    exchange_rate: float | None = None
    high: float | None = None
    approximate: bool = False
    #: A level of a rating scale: ``value`` is its rank (1 = worst), ``reported`` its words.
    rated: bool = False

    def __post_init__(self) -> None:
        if self.value is not None and not math.isfinite(self.value):
            raise ValueError(f"an observation value must be a finite number (got {self.value})")
        if self.high is not None and (
            self.value is None or not math.isfinite(self.high) or self.high < self.value
        ):
            raise ValueError(
                f"the high end of a range must be a finite number not below its low end "
                f"(got {self.value} to {self.high})"
            )
        if self.measure == "state":
            if self.state is None or self.value is not None:
                raise ValueError("a state observation carries a state and no value")
        elif self.value is None or self.state is not None:
            raise ValueError(f"a {self.measure} observation carries a value and no state")

    @property
    def where(self) -> str:
        """``data/x.csv:12`` (or an empty string when the observation was made in code)."""
        if self.file is None:
            return ""
        if self.cell is not None:
            return f"{self.file}:{self.cell}"
        return self.file if self.line is None else f"{self.file}:{self.line}"


def same_figure(a: Observation, b: Observation) -> bool:
    """Whether two figures for the same indicator, area, measure and year say the same thing
    (value, range, state and qualifier): the same figure twice is a duplicate, not a conflict."""
    return (a.value, a.high, a.state, a.qualifier) == (b.value, b.high, b.state, b.qualifier)


def conflict_message(first: Observation, second: Observation, area: str) -> Text:
    """The one message for two different figures of the same year, neither of which is used
    (the conflict policy: a final figure replaces an estimate; two different final figures, or
    two different estimates and no final one, are a conflict)."""
    params = {
        "indicator": first.indicator,
        "area": area,
        "year": first.year,
        "first": figure_text(first),
        "first_place": figure_place(first),
        "second": figure_text(second),
        "second_place": figure_place(second),
    }
    if first.estimate and second.estimate:
        return text("data.conflict.estimates", **params)
    return text("data.conflict.finals", **params)


def figure_text(obs: Observation) -> str:
    """A figure as a message shows it: the value (or range, or state), and as reported."""
    if obs.state is not None:
        return obs.state.value
    if obs.rated and obs.reported:  # a level: its words, not its rank
        return repr(obs.reported)
    if obs.high is not None:
        value = text("data.figure.range", low=obs.value, high=obs.high)
    else:
        value = text("data.figure.value", value=obs.value)
    if obs.qualifier == "more_than":
        value = text("data.figure.more-than", value=value)
    elif obs.qualifier == "less_than":
        value = text("data.figure.less-than", value=value)
    return (
        text("data.figure.reported", value=value, reported=obs.reported) if obs.reported else value
    )


def figure_place(obs: Observation) -> str:
    """Where a figure was read: file and cell or line."""
    return (obs.cell and f"{obs.file}:{obs.cell}") or obs.where or text("data.figure.in-code")


@dataclass(frozen=True, slots=True)
class Columns:
    """Figures of one file, column-wise: the year, value and line of each, one series after
    another (see :class:`SeriesBlock`), every one of them in one of the file's blocks."""

    file: str
    years: array[int]  # "H"
    values: array[float]  # "d"
    lines: array[int]  # "I"


@dataclass(slots=True, eq=False)
class SeriesBlock:
    """The final figures of one series (a plan's indicator in one area) from one file.

    Large long files are read by DuckDB (:mod:`plantrack.actuals.duckdb_reader`) instead of into one
    :class:`Observation` per row: a block is a slice ``start:stop`` of its file's
    :class:`Columns`, one figure a year, each a final level without qualifier, conversion or
    state. The engine reads blocks directly; iterating a block gives its observations.

    Not changed once made, though not frozen: the national panel makes 166,050 blocks, and a
    frozen class's ``__init__`` sets each field through ``object.__setattr__`` (0.12 s for them
    here against 0.025 s).
    """

    plan: str
    indicator: str
    area: str | None  # None: the plan's own area
    columns: Columns
    start: int
    stop: int

    def __len__(self) -> int:
        return self.stop - self.start

    def __iter__(self) -> Iterator[Observation]:
        columns = self.columns
        for i in range(self.start, self.stop):
            yield Observation(
                self.indicator,
                columns.years[i],
                columns.values[i],
                self.area,
                file=columns.file,
                line=columns.lines[i],
                plan=self.plan,
            )
