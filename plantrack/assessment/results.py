"""What an assessment gives: one :class:`Result` per target and area, the figures it used
(:class:`Point`), the working recorded step by step (:class:`Step`), the years judged one by
one (:class:`YearCheck`) and the notes (:class:`Note`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from plantrack.assessment.status import Status
from plantrack.findings import Finding
from plantrack.texts import Text

Trend = Literal["geometric", "linear"]
Verdict = Literal["exceeded", "achieved", "missed"]


@dataclass(frozen=True, slots=True)
class Note:
    """A reason or remark with a stable code; the message is the catalogue's ``note.CODE``
    (:mod:`plantrack.texts.notes`) with the note's parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> Text:
        """The note in words: its English text, and in Vietnamese with ``.render("vi")``."""
        return Text(f"note.{self.code}", _in_words(self.params))

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


_STATUS_VALUES = frozenset(status.value for status in Status)


def _in_words(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters, with the qualifier and status words as words of either language."""
    words = dict(params)
    qualifier = words.get("qualifier")
    if qualifier in ("more_than", "less_than"):
        words["qualifier"] = Text(f"note.word.{qualifier}", {})
    for name in ("best_status", "worst_status"):
        if words.get(name) in _STATUS_VALUES:
            words[name] = Text(f"note.status.{words[name]}", {})
    return words


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
    #: Not reported but worked out: a level from yearly growth rates or a reported change.
    derived: bool = False

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
        """``out`` with the reported range (``low``, ``high``), ``approximate`` and ``derived``,
        only when the figure was so: the JSON of plain reported figures stays as it was."""
        if self.high is not None:
            out["low"] = self.value if self.low is None else self.low
            out["high"] = self.high
        if self.approximate:
            out["approximate"] = True
        if self.derived:
            out["derived"] = True
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
        parts = list(formula_parts(self.formula, tuple(values)))
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
def formula_parts(formula: str, names: tuple[str, ...]) -> tuple[str, ...]:
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
    #: A count target's "out of" (the 8 of "6/8 xã"); None for every other kind.
    out_of: int | None = None
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
        """The stable JSON shape: every key always present, absent quantities as null (and,
        for a count target only, ``out_of``)."""
        out: dict[str, Any] = {
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
        if self.kind == "count":
            out["out_of"] = self.out_of
        return out


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
