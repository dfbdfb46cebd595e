"""Goals: what "met" means for a target's bound, and in which direction better lies; the
status a progress ratio gives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plantrack.assessment.results import Verdict
from plantrack.model import Thresholds
from plantrack.status import Status


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


VERDICT_STATUS: dict[Verdict, Status] = {
    "exceeded": Status.EXCEEDED,
    "achieved": Status.ACHIEVED,
    "missed": Status.NOT_ACHIEVED,
}


def by_ratio(
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
