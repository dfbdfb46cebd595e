"""Targets every year of a period must meet ("hằng năm", "mỗi năm"): each year passes or fails on
its own, and one failed year means the target, as written, can no longer be met in full
(docs/assessment.md, "Every-year targets"). The kinds judge the years; the status is decided
here, the same way for every such kind."""

from __future__ import annotations

from plantrack.assessment.context import years_text
from plantrack.assessment.results import Result
from plantrack.assessment.status import Status


def count(result: Result) -> tuple[int, int]:
    """Years met and years judged, set on the result with note ``years-met``."""
    counted = len(result.years)
    met = sum(1 for check in result.years if check.met)
    result.met_years, result.counted_years = met, counted
    result.note("years-met", met=met, counted=counted)
    return met, counted


def conclude(
    result: Result,
    as_of: int,
    start: int,
    end: int,
    *,
    all_exceeded: bool = False,
    pending: bool = False,
) -> Result:
    """The status of an every-year target from its judged years (``result.years``).

    A missed year: not achieved, naming the years missed (note ``years-missed``), whenever it
    happens. At the deadline with every year met: exceeded when every year went beyond the
    target (``all_exceeded``), else achieved; a year of the period without a figure leaves it
    undecided. Before the deadline with every year so far met: on track, or in progress when
    the latest year is not decided yet (``pending``: a milestone reported as in progress)."""
    met, counted = count(result)
    missed = [check.year for check in result.years if not check.met]
    if missed and not (pending and missed == [result.years[-1].year] and as_of < end):
        return result.conclude(
            Status.NOT_ACHIEVED, "years-missed", years=years_text(missed), met=met, counted=counted
        )
    judged = {check.year for check in result.years}
    absent = [year for year in range(start, min(as_of, end) + 1) if year not in judged]
    if as_of >= end:
        if absent:
            return result.conclude(
                Status.INSUFFICIENT_DATA, "missing-years", years=years_text(absent)
            )
        return result.conclude(Status.EXCEEDED if all_exceeded else Status.ACHIEVED)
    if absent:
        result.note("missing-years", years=years_text(absent))
    return result.conclude(Status.IN_PROGRESS if pending else Status.ON_TRACK)
