"""A milestone reported as achieved or not ("đạt huyện nông thôn mới"), due by a year or held
every year of a period."""

from __future__ import annotations

from plantrack.assessment import every_year
from plantrack.assessment.context import Context, conflict
from plantrack.assessment.results import Point, Result, YearCheck
from plantrack.assessment.status import Status
from plantrack.observations import State
from plantrack.plans.model import QualitativeTarget


def assess(ctx: Context, target: QualitativeTarget, result: Result) -> Result:
    states = {y: s for y, s in sorted(ctx.series.states.items()) if y <= ctx.as_of}
    if not states:
        return conflict(ctx, result) or result.conclude(Status.NO_DATA, "no-data")
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
    t = max(held)
    result.latest = Point(t, None, held[t][1], state=held[t][0].value)
    # A year reported as in progress is not met; only the latest one, before the deadline, may
    # still become so.
    pending = held[t][0] == State.IN_PROGRESS
    return every_year.conclude(result, ctx.as_of, s, e, pending=pending)
