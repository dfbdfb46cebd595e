"""Goals: what "met" means for a target's bound, and in which direction better lies; the
status a progress ratio gives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.results import Verdict
from plantrack.assessment.status import Status
from plantrack.plans.model import CEILINGS, Thresholds


@dataclass(frozen=True, slots=True)
class Goal:
    comparator: str
    low: float
    high: float
    direction: int  # +1: higher is better for the bounded quantity, -1: lower is better
    #: For an "about" (khoảng) target: how far from the value, as a fraction of it, a figure
    #: still counts as the value (achieved rather than exceeded or missed).
    tolerance: float = 0.0

    @property
    def threshold(self) -> float:
        """The number progress is measured against: the near end of a range."""
        if self.comparator == "range":
            return self.low if self.direction > 0 else self.high
        return self.low

    @property
    def is_ceiling(self) -> bool:
        """A limit not to pass ("dưới", "không quá", "tối đa"): met is achieved, never more."""
        return self.comparator in CEILINGS

    def verdict(self, value: float) -> Verdict:
        return judge(value, self)

    def gap(self, value: float) -> float:
        """How far ``value`` is from the target: from the nearest edge of a range (0 inside
        it), else from the target's number; positive above, negative below."""
        if self.comparator == "range":
            if value > self.high:
                return value - self.high
            if value < self.low:
                return value - self.low
            return 0.0
        return value - self.low


def float_tolerance(x: float) -> float:
    """How far two numbers may differ and still be equal, for float rounding."""
    return 1e-9 * max(1.0, abs(x))


def judge(value: float, goal: Goal) -> Verdict:
    """Exceeded, achieved or missed (docs/assessment.md, "Verdicts"). Equality allows for float
    rounding.

    - A range: inside it is achieved; beyond its better end exceeded; short of it missed.
    - A ceiling (at most, less than): met is achieved, never exceeded: "Vượt" next to a limit
      reads as "broke the limit" (the official tables mark unemployment 3,1% against "dưới 4%"
      Đạt).
    - About (khoảng) X: within the tolerance of X achieved; beyond it exceeded or missed.
    - Otherwise: strictly better than the target exceeded, equal achieved (a strict bound,
      "trên X", is missed at X).
    """
    d = goal.direction
    if goal.comparator == "range":
        low, high = goal.low, goal.high
        if d > 0:
            if value > high + float_tolerance(high):
                return "exceeded"
            return "achieved" if value >= low - float_tolerance(low) else "missed"
        if value < low - float_tolerance(low):
            return "exceeded"
        return "achieved" if value <= high + float_tolerance(high) else "missed"
    x = goal.low
    better = (value - x) * d
    if goal.comparator == "about" and abs(value - x) <= goal.tolerance * abs(x) + float_tolerance(
        x
    ):
        return "achieved"
    if better > float_tolerance(x):
        return "achieved" if goal.is_ceiling else "exceeded"
    if goal.comparator in ("more_than", "less_than"):
        return "missed"
    return "achieved" if better >= -float_tolerance(x) else "missed"


def goal_for(target: Any, indicator_direction: int, tolerance: float = 0.0) -> Goal:
    """The goal a target's bound sets: a one-sided bound says which way is better; ``value``,
    ``about`` and ``range`` take the indicator's direction. ``tolerance`` applies to
    ``about``."""
    bound = target.bound
    comparator = bound.comparator
    if comparator in ("at_least", "more_than"):
        direction = 1
    elif comparator in ("at_most", "less_than"):
        direction = -1
    else:
        direction = indicator_direction
    return Goal(
        comparator, bound.low, bound.high, direction, tolerance if comparator == "about" else 0.0
    )


VERDICT_STATUS: dict[Verdict, Status] = {
    "exceeded": Status.EXCEEDED,
    "achieved": Status.ACHIEVED,
    "missed": Status.NOT_ACHIEVED,
}


def by_ratio(
    ratio: float | None, observed: float, direction: int, thresholds: Thresholds
) -> Status:
    # A movement within float rounding of none (-1e-16 from chaining rates of 0 %) is none:
    # off track, not regressing.
    if ratio is None:  # nothing was needed from the base, yet the target is not met now
        return Status.REGRESSING if observed * direction < -NO_MOVEMENT else Status.OFF_TRACK
    if ratio >= thresholds.on_track:
        return Status.ON_TRACK
    if ratio >= thresholds.at_risk:
        return Status.AT_RISK
    if ratio >= -NO_MOVEMENT:
        return Status.OFF_TRACK
    return Status.REGRESSING


NO_MOVEMENT = 1e-9
