"""What is still asked of a target before its deadline (docs/assessment.md, "What is still
needed"): nothing once it is met; for a ceiling the most it may still move, not a pace to
reach; and a pace beyond reach said to be so: not achieved when the unit does not allow it (a
share below 0 %), a note when it is more than three times the plan's own pace."""

from __future__ import annotations

from typing import Any

from plantrack.assessment.context import Context
from plantrack.assessment.results import Result
from plantrack.assessment.status import Status
from plantrack.plans.model import CEILINGS

#: A pace still needed more than this many times the pace the plan set from its base is out of
#: reach (a judgement: docs/assessment.md says why).
OUT_OF_REACH = 3.0


def settle(ctx: Context, result: Result) -> None:
    """Clear the pace still needed of a target already met (a ceiling keeps it: it is then the
    most the value may still move), and note a pace out of reach."""
    catch_up = result.catch_up_rate
    if catch_up is None:
        return
    if result.status.is_final and result.comparator not in CEILINGS:
        result.catch_up_rate = None
        result.steps = [step for step in result.steps if step.name != "catch_up_rate"]
        return
    if result.status.is_final or result.comparator in CEILINGS:
        return
    beyond = _beyond_unit(ctx, result, catch_up)
    if beyond is not None:
        # As certain as a limit already passed: the target cannot be met.
        words = beyond_words(result.rate_unit, catch_up, beyond)
        result.conclude(Status.NOT_ACHIEVED, "out-of-reach-unit", **words)
        return
    required = result.required_rate
    if required and catch_up / required > OUT_OF_REACH:
        result.note("out-of-reach", **out_of_reach_words(result.rate_unit, catch_up, required))


def beyond_words(rate_unit: str | None, catch_up: float, end: float) -> dict[str, Any]:
    """The parameters of reason ``out-of-reach-unit``: the pace needed and where it would take
    the value (rounded)."""
    return {"needed": shown(rate_unit, catch_up), "value": round(end, 4)}


def out_of_reach_words(rate_unit: str | None, catch_up: float, required: float) -> dict[str, str]:
    """The parameters of note ``out-of-reach``: the pace needed and the plan's own."""
    return {"needed": shown(rate_unit, catch_up), "required": shown(rate_unit, required)}


def _beyond_unit(ctx: Context, result: Result, catch_up: float) -> float | None:
    """Where the pace still needed would take the value at the deadline, when the unit does not
    allow it (a share past 100 %); None when it stays inside."""
    unit = ctx.indicator.unit_info
    latest = result.latest
    if unit is None or latest is None or latest.value is None or result.kind == "cumulative":
        return None
    left = result.deadline - latest.year
    if left <= 0:
        return None
    if result.rate_unit == "fraction":
        end = latest.value * (1 + catch_up) ** left
    elif result.kind == "change":
        end = latest.value + ctx.direction * catch_up * left
    else:
        return None
    if (unit.maximum is not None and end > unit.maximum + 1e-9) or (
        unit.minimum is not None and end < unit.minimum - 1e-9
    ):
        return end
    return None


def shown(result: Result | str | None, rate: float) -> str:
    """A pace in a note: a fraction as a percentage (``12.5%``), a pace in the unit signed
    (``+1.2``); ``result``: the result, or its ``rate_unit``."""
    unit = result.rate_unit if isinstance(result, Result) else result
    if unit == "fraction":
        return f"{rate * 100:.4g}%"
    return f"{rate:+.4g}"
