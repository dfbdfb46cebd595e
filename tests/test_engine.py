"""The assessment engine: published fixtures, worked examples, every kind, every edge case.

Expected numbers are computed independently in each test from the formulas in
docs/assessment.md, never copied from the engine's output.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.assessment import NOTES, Result, assess
from plantrack.assessment.status import LABELS, Status
from plantrack.observations import Observation, State, parse_state
from plantrack.plans.model import Plan

ROOT = Path(__file__).resolve().parent.parent


def make_plan(
    *indicators: dict[str, Any],
    base_year: int = 2020,
    period: str = "2021-2030",
    areas: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> Plan:
    data: dict[str, Any] = {
        "id": "test-plan",
        "title": {"vi": "Kế hoạch thử", "en": "Test plan"},
        "document": {
            "type": {"vi": "Kế hoạch", "en": "Plan"},
            "issuer": {"vi": "UBND huyện D", "en": "D district"},
        },
        "level": "district",
        "area": "d",
        "areas": areas or [{"id": "d", "name": {"vi": "huyện D", "en": "D"}, "level": "district"}],
        "period": period,
        "base_year": base_year,
        "indicators": list(indicators),
        **extra,
    }
    return Plan.model_validate(data)


def indicator(
    target: dict[str, Any],
    *,
    id: str = "x",
    unit: str = "billion_vnd",
    direction: str | None = "increase",
    **extra: Any,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": id,
        "name": {"vi": "Chỉ tiêu", "en": "Indicator"},
        "unit": unit,
        "source": {"section": "II"},
        "targets": [{"text": "chỉ tiêu", **target}],
        **extra,
    }
    if direction is not None:
        data["direction"] = direction
    return data


def obs(year: int, value: float, **extra: Any) -> Observation:
    return Observation(extra.pop("indicator", "x"), year, value, **extra)


def one(plan: Plan, observations: list[Observation], **kwargs: Any) -> Result:
    results = assess(plan, observations, **kwargs).results
    assert len(results) == 1
    return results[0]


def reason(result: Result) -> str | None:
    return result.reason.code if result.reason else None


def note_codes(result: Result) -> list[str]:
    return [note.code for note in result.notes]


# -- the open-sdg fixtures (tests/features/ProgressStatus.feature) ---------------------------


def test_open_sdg_deterioration() -> None:
    plan = make_plan(
        indicator(
            {"kind": "level", "value": 1, "year": 2030}, unit="persons", direction="decrease"
        ),
        base_year=2015,
        period="2016-2030",
    )
    result = one(plan, [obs(2015, 10), obs(2016, 30)])
    observed = (30 / 10) ** (1 / 1) - 1
    required = (1 / 10) ** (1 / 15) - 1
    assert result.status is Status.REGRESSING
    assert result.ratio is not None
    assert round(result.ratio, 4) == round(-1 * observed / abs(required), 4)
    assert result.ratio == pytest.approx(-14.05, abs=0.01)


def test_open_sdg_on_track() -> None:
    plan = make_plan(
        indicator({"kind": "level", "value": 9, "year": 2030}, unit="persons"),
        base_year=2015,
        period="2016-2030",
    )
    result = one(plan, [obs(2015, 5), obs(2016, 6)])
    assert result.status is Status.ON_TRACK
    assert result.observed_rate == pytest.approx(0.2)
    assert result.required_rate == pytest.approx(0.03996, abs=1e-5)
    assert result.ratio is not None
    assert round(result.ratio, 4) == round(0.2 / ((9 / 5) ** (1 / 15) - 1), 4)
    assert result.ratio == pytest.approx(5.0, abs=0.01)


# -- worked example from the seeds: Tân Hồng income, 45 (2020, real) -> 68 by 2025 -----------

TAN_HONG_INCOME = indicator(
    {"kind": "level", "value": 68, "year": 2025},
    id="income",
    unit="million_vnd_per_person",
    baseline={"year": 2020, "value": 45, "source": "https://dangcongsan.vn/"},
)


def test_tan_hong_income_from_the_plan_baseline() -> None:
    plan = make_plan(TAN_HONG_INCOME, period="2021-2025")
    # 2023 is an illustrative value, not a published one.
    result = one(plan, [obs(2023, 55.0, indicator="income")])
    assert result.base is not None and result.base.origin == "plan"
    assert (result.base.year, result.base.value) == (2020, 45)
    assert result.trend == "geometric"
    assert result.required_rate == pytest.approx((68 / 45) ** (1 / 5) - 1)
    assert round(result.required_rate * 100, 2) == 8.61
    assert result.observed_rate == pytest.approx((55 / 45) ** (1 / 3) - 1)
    assert result.catch_up_rate == pytest.approx((68 / 55) ** (1 / 2) - 1)
    assert result.projected is not None
    assert result.projected.value == pytest.approx(55 * (55 / 45) ** (2 / 3))
    ratio = ((55 / 45) ** (1 / 3) - 1) / ((68 / 45) ** (1 / 5) - 1)
    assert result.ratio == pytest.approx(ratio)
    assert 0.60 <= ratio < 0.95
    assert result.status is Status.AT_RISK


@pytest.mark.parametrize(
    ("value", "status"),
    [(68.5, Status.EXCEEDED), (68, Status.ACHIEVED), (66, Status.NOT_ACHIEVED)],
)
def test_tan_hong_income_at_the_deadline(value: float, status: Status) -> None:
    plan = make_plan(TAN_HONG_INCOME, period="2021-2025")
    result = one(plan, [obs(2024, 60, indicator="income"), obs(2025, value, indicator="income")])
    assert result.status is status
    assert result.latest is not None and result.latest.year == 2025
    assert result.catch_up_rate is None and result.projected is None


def test_shipped_plan_assesses_every_target(in_root: Path) -> None:
    from plantrack.plans.load import load_plans

    plans = load_plans(["plans"]).plans
    for loaded in plans:
        assessment = assess(loaded.plan, [])
        expected = sum(
            len(t.areas or [loaded.plan.area]) for i in loaded.plan.indicators for t in i.targets
        )
        assert len(assessment.results) == expected
        assert {r.status for r in assessment.results} == {Status.NO_DATA}


# -- growth over a period -------------------------------------------------------------------

GROWTH = indicator({"kind": "growth", "value": "12.96%", "period": "2021-2030"})


def test_growth_from_levels() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2020, 10000), obs(2021, 11000), obs(2023, 13500)])
    g = (13500 / 10000) ** (1 / 3) - 1
    assert result.observed_rate == pytest.approx(g)
    assert result.required_rate == pytest.approx(0.1296)
    assert result.gap == pytest.approx(g - 0.1296)
    assert result.catch_up_rate == pytest.approx((1.1296**10 / (1 + g) ** 3) ** (1 / 7) - 1)
    assert result.ratio == pytest.approx(g / 0.1296)
    assert result.projected is not None
    assert result.projected.value == pytest.approx(13500 * (1 + g) ** 7)
    assert result.status is Status.AT_RISK  # ratio 0.81


def test_growth_from_yearly_rates_equals_growth_from_levels() -> None:
    plan = make_plan(GROWTH)
    rates = [0.095, -0.012, 0.10]
    levels = [100.0]
    for rate in rates:
        levels.append(levels[-1] * (1 + rate))
    from_levels = one(plan, [obs(2020 + i, v) for i, v in enumerate(levels)])
    from_rates = one(plan, [obs(2021 + i, r, measure="growth") for i, r in enumerate(rates)])
    assert from_rates.observed_rate == pytest.approx(from_levels.observed_rate)
    assert from_rates.catch_up_rate == pytest.approx(from_levels.catch_up_rate)
    assert from_rates.status is from_levels.status
    assert from_rates.latest is not None and from_rates.latest.value is None  # no level known


def test_growth_mixing_a_base_level_and_later_yearly_rates() -> None:
    plan = make_plan(GROWTH)
    result = one(
        plan, [obs(2020, 200), obs(2021, 0.10, measure="growth"), obs(2022, 0.2, measure="growth")]
    )
    assert result.observed_rate == pytest.approx((1.1 * 1.2) ** 0.5 - 1)
    assert result.latest is not None and result.latest.value == pytest.approx(200 * 1.1 * 1.2)


def test_growth_gap_in_yearly_rates_is_insufficient() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2021, 0.1, measure="growth"), obs(2023, 0.1, measure="growth")])
    assert result.status is Status.INSUFFICIENT_DATA
    assert reason(result) == "gap-in-rates"
    assert result.reason is not None and "2022" in result.reason.message


def test_growth_missing_middle_levels_are_fine() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2020, 100), obs(2024, 180)])
    assert result.observed_rate == pytest.approx(1.8**0.25 - 1)


def test_growth_base_moved_to_first_later_year() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2021, 100), obs(2023, 130)])
    assert result.base is not None and (result.base.year, result.base.moved) == (2021, True)
    assert "base-moved" in note_codes(result)
    assert result.observed_rate == pytest.approx(1.3**0.5 - 1)
    # the target rate now runs from 2021 to 2030: 9 years
    assert result.catch_up_rate == pytest.approx((1.1296**9 / 1.3) ** (1 / 7) - 1)


@pytest.mark.parametrize(
    ("growth", "status", "gap"),
    [
        (0.16, Status.EXCEEDED, 0.01),  # above the range: measured from its top
        (0.14, Status.ACHIEVED, 0.0),  # inside it: no gap
        (0.15, Status.ACHIEVED, 0.0),
        (0.12, Status.NOT_ACHIEVED, -0.01),  # below: from its bottom
    ],
)
def test_growth_range_at_the_deadline(growth: float, status: Status, gap: float) -> None:
    """The gap to a range is measured to its nearest edge (GDP growth 7,02 % against 6,6-6,8 %
    is 0,22 points above the range, not 0,42 above its low end)."""
    plan = make_plan(
        indicator({"kind": "growth", "range": ["13%", "15%"], "period": "2021-2025"}),
        period="2021-2025",
    )
    result = one(plan, [obs(2020, 100), obs(2025, 100 * (1 + growth) ** 5)])
    assert result.status is status
    assert result.gap == pytest.approx(gap, abs=1e-12)


def test_growth_target_already_met_before_the_deadline() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2020, 100), obs(2024, 100 * 1.1296**10 * 1.01)])
    assert result.status is Status.EXCEEDED
    assert "already-met" in note_codes(result)


def test_growth_from_zero_or_negative_base_is_insufficient() -> None:
    plan = make_plan(GROWTH)
    assert reason(one(plan, [obs(2020, 0), obs(2023, 50)])) == "nonpositive-growth-base"
    assert reason(one(plan, [obs(2020, -10), obs(2023, 50)])) == "nonpositive-growth-base"
    assert reason(one(plan, [obs(2020, 10), obs(2023, -5)])) == "nonpositive-growth-base"


def test_growth_vision_period_not_started() -> None:
    plan = make_plan(
        indicator(
            {"kind": "growth", "range": ["13%", "15%"], "period": "2031-2045", "vision": True}
        ),
        vision="2031-2045",
    )
    result = one(plan, [obs(2020, 100), obs(2023, 130)])
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "not-started")


# -- level by a year --------------------------------------------------------------------------

COVERAGE = indicator({"kind": "level", "value": 98, "year": 2030}, unit="percent")


def test_level_percentage_uses_a_linear_trend() -> None:
    plan = make_plan(COVERAGE)
    result = one(plan, [obs(2020, 90.5), obs(2023, 93.1)])
    slope, needed = (93.1 - 90.5) / 3, (98 - 90.5) / 10
    assert result.trend == "linear" and result.rate_unit == "unit"
    assert result.observed_rate == pytest.approx(slope)
    assert result.required_rate == pytest.approx(needed)
    assert result.ratio == pytest.approx(slope / needed)
    assert result.catch_up_rate == pytest.approx((98 - 93.1) / 7)
    assert result.projected is not None
    assert result.projected.value == pytest.approx(93.1 + slope * 7)
    assert slope / needed >= 0.95
    assert result.status is Status.ON_TRACK


def test_projection_override_per_indicator() -> None:
    plan = make_plan(
        indicator(
            {"kind": "level", "value": 98, "year": 2030}, unit="percent", projection="geometric"
        )
    )
    result = one(plan, [obs(2020, 90.5), obs(2023, 93.1)])
    assert result.trend == "geometric"
    assert result.observed_rate == pytest.approx((93.1 / 90.5) ** (1 / 3) - 1)


def test_lower_is_better_level_mirrors() -> None:
    # Poverty rate 8 % (2020) down to a target of 3 % by 2030; 6.5 % in 2023.
    plan = make_plan(
        indicator(
            {"kind": "level", "at_most": 3, "year": 2030}, unit="percent", direction="decrease"
        )
    )
    result = one(plan, [obs(2020, 8), obs(2023, 6.5)])
    slope, needed = (6.5 - 8) / 3, (3 - 8) / 10
    assert result.ratio == pytest.approx(-1 * slope / abs(needed))
    assert result.status is Status.ON_TRACK  # 0.5 / 0.5 = 1.0
    worse = one(plan, [obs(2020, 8), obs(2023, 8.6)])
    assert worse.status is Status.REGRESSING


def test_decreasing_to_zero_falls_back_to_linear() -> None:
    plan = make_plan(
        indicator({"kind": "level", "value": 0, "year": 2030}, unit="persons", direction="decrease")
    )
    result = one(plan, [obs(2020, 100), obs(2023, 70)])
    assert result.trend == "linear" and "linear-fallback" in note_codes(result)
    assert result.ratio == pytest.approx(10 / 10)
    assert result.status is Status.ON_TRACK
    assert result.catch_up_rate == pytest.approx(-70 / 7)
    at_deadline = one(plan, [obs(2020, 100), obs(2030, 0)])
    assert at_deadline.status is Status.ACHIEVED


def test_level_zero_base_and_opposite_signs_use_linear() -> None:
    plan = make_plan(indicator({"kind": "level", "value": 20, "year": 2030}, unit="persons"))
    zero = one(plan, [obs(2020, 0), obs(2023, 6)])
    assert zero.trend == "linear" and zero.ratio == pytest.approx((6 / 3) / (20 / 10))
    signs = one(plan, [obs(2020, -5), obs(2023, 1)])
    assert signs.trend == "linear" and signs.observed_rate == pytest.approx(2.0)


def test_target_already_met_at_the_base() -> None:
    plan = make_plan(indicator({"kind": "level", "value": 100, "year": 2030}, unit="percent"))
    result = one(plan, [obs(2020, 100)])
    assert result.status is Status.ACHIEVED and "met-at-base" in note_codes(result)


@pytest.mark.parametrize(
    ("value", "status"),
    [
        (14, Status.EXCEEDED),
        (13, Status.ACHIEVED),
        (12, Status.ACHIEVED),
        (11, Status.ACHIEVED),
        (10, Status.NOT_ACHIEVED),
    ],
)
def test_level_range_at_the_deadline(value: float, status: Status) -> None:
    plan = make_plan(
        indicator({"kind": "level", "range": [11, 13], "year": 2030}, unit="per_10000_people")
    )
    assert one(plan, [obs(2020, 8), obs(2030, value)]).status is status


@pytest.mark.parametrize(("value", "status"), [(3.5, Status.EXCEEDED), (3, Status.NOT_ACHIEVED)])
def test_more_than_is_strict(value: float, status: Status) -> None:
    plan = make_plan(indicator({"kind": "level", "more_than": 3, "year": 2030}, unit="percent"))
    assert one(plan, [obs(2020, 2), obs(2030, value)]).status is status


def test_deadline_passed_without_a_value_for_the_deadline_year() -> None:
    plan = make_plan(TAN_HONG_INCOME, period="2021-2025")
    result = one(plan, [obs(2024, 60, indicator="income"), obs(2026, 70, indicator="income")])
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "no-deadline-value")
    assert result.latest is not None and result.latest.year == 2024
    assert result.observed_rate is not None  # the working is still shown


def test_as_of_before_the_base_year() -> None:
    plan = make_plan(COVERAGE)
    result = one(plan, [obs(2019, 88), obs(2023, 93)], as_of=2019)
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "as-of-before-base")


def test_as_of_ignores_later_observations() -> None:
    plan = make_plan(COVERAGE)
    result = one(plan, [obs(2020, 90), obs(2022, 92), obs(2024, 80)], as_of=2022)
    assert result.latest is not None and result.latest.year == 2022
    assert result.status is Status.ON_TRACK


def test_one_point_is_insufficient() -> None:
    plan = make_plan(COVERAGE)
    result = one(plan, [obs(2020, 90)])
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "one-point")


def test_no_data_and_only_baseline() -> None:
    plan = make_plan(TAN_HONG_INCOME, period="2021-2025")
    result = one(plan, [obs(2023, 1, indicator="other")], as_of=2023)
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "only-baseline")
    # other indicators' years do not set the default as-of year: nothing to assess here
    assert one(plan, [obs(2031, 1, indicator="other")]).status is Status.NO_DATA
    bare = make_plan(COVERAGE)
    assert one(bare, [obs(2023, 1, indicator="other")]).status is Status.NO_DATA
    assert one(bare, []).status is Status.NO_DATA


# -- estimates and conflicts -------------------------------------------------------------------


def test_estimate_used_when_no_final_and_replaced_by_final() -> None:
    plan = make_plan(COVERAGE)
    estimated = one(plan, [obs(2020, 90), obs(2023, 93, estimate=True)])
    assert estimated.latest is not None and estimated.latest.estimate
    assert "estimate-used" in note_codes(estimated)
    final = one(plan, [obs(2020, 90), obs(2023, 93, estimate=True), obs(2023, 92)])
    assert final.latest is not None and (final.latest.value, final.latest.estimate) == (92, False)
    final_first = one(plan, [obs(2020, 90), obs(2023, 92), obs(2023, 93, estimate=True)])
    assert final_first.latest is not None and final_first.latest.value == 92


def test_conflicting_values_are_never_averaged() -> None:
    # Cầu Ngang 2022 income is published as both 62.41 and 64.26 million VND.
    plan = make_plan(
        indicator({"kind": "level", "value": 100, "year": 2030}, unit="million_vnd_per_person")
    )
    observations = [
        obs(2020, 50),
        obs(2022, 62.41, file="a.csv", line=3),
        obs(2022, 64.26, file="b.csv", line=7),
    ]
    assessment = assess(plan, observations)
    [finding] = assessment.findings
    assert finding.code == "conflicting-values"
    assert "62.41" in finding.message and "64.26" in finding.message
    assert "a.csv:3" in finding.message and finding.file == "b.csv" and finding.line == 7
    [result] = assessment.results
    # 2022 is unusable, so only the base remains: the reason names the conflict
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "conflict")
    assert result.reason is not None and "62.41 / 64.26" in result.reason.message
    same = assess(plan, [obs(2020, 50), obs(2022, 62.41), obs(2022, 62.41)])
    assert same.findings == [] and same.results[0].latest is not None


def test_the_engine_tells_a_conflict_as_the_readers_do_and_a_qualifier_makes_one() -> None:
    """One conflict policy: a figure given with a qualifier ("hơn 91") and the same number
    without it are two different figures, in the engine as in the readers, and the message is
    the readers' own."""
    plan = make_plan(COVERAGE)
    observations = [
        obs(2020, 90),
        obs(2023, 91, qualifier="more_than", file="a.csv", line=3),
        obs(2023, 91, file="b.csv", line=7),
    ]
    [finding] = assess(plan, observations).findings
    assert finding.code == "conflicting-values"
    assert finding.message == (
        "two different final figures for x (d) in 2023: more than 91 at a.csv:3 and 91 at "
        "b.csv:7; neither is used"
    )
    estimates = [obs(2020, 90), obs(2023, 91, estimate=True), obs(2023, 92, estimate=True)]
    [finding] = assess(plan, estimates).findings
    assert finding.message.startswith("two different estimates for x (d) in 2023: 91 at a ")


# -- cumulative, annual, change, relative, qualitative -------------------------------------------

INVESTMENT = indicator(
    {"kind": "cumulative", "more_than": 75, "period": "2021-2030"}, unit="trillion_vnd"
)


def test_cumulative_running_total() -> None:
    plan = make_plan(INVESTMENT)
    values = {2021: 5.5, 2022: 6.0, 2023: 7.2}
    result = one(plan, [obs(y, v) for y, v in values.items()])
    total = sum(values.values())
    assert result.total == pytest.approx(total)
    assert result.catch_up_rate == pytest.approx((75 - total) / 7)
    assert result.projected is not None
    assert result.projected.value == pytest.approx(total + total / 3 * 7)
    assert result.ratio == pytest.approx(total / 3 * 10 / 75)
    assert result.status is Status.AT_RISK  # 62.3 / 75 = 0.83


def test_cumulative_missing_year_and_deadline() -> None:
    plan = make_plan(INVESTMENT)
    gap = one(plan, [obs(2021, 5), obs(2023, 7)])
    assert (gap.status, reason(gap)) == (Status.INSUFFICIENT_DATA, "missing-years")
    assert gap.reason is not None and "2022" in gap.reason.message
    done = one(plan, [obs(y, 8) for y in range(2021, 2031)])
    assert (done.status, done.total) == (Status.EXCEEDED, pytest.approx(80))
    early = one(plan, [obs(y, 20) for y in range(2021, 2025)])
    assert early.status is Status.EXCEEDED and "already-met" in note_codes(early)


JOBS = indicator(
    {"kind": "annual", "value": 2250, "period": "2021-2025"}, unit="persons", id="jobs"
)


def test_an_every_year_target_missed_in_one_year_is_not_achieved_before_the_deadline() -> None:
    """One year below the target: the target, as written, can no longer be met in full; the
    result names the year missed and counts the years, however good the latest year is."""
    plan = make_plan(JOBS, period="2021-2025")
    values = {2021: 2300, 2022: 2100, 2023: 2400}
    result = one(plan, [obs(y, v, indicator="jobs") for y, v in values.items()])
    assert (result.met_years, result.counted_years) == (2, 3)
    assert [check.met for check in result.years] == [True, False, True]
    assert (result.status, reason(result)) == (Status.NOT_ACHIEVED, "years-missed")
    assert result.reason is not None and result.reason.message.startswith(
        "not met in 2022 (2 of 3 years met)"
    )
    so_far = one(plan, [obs(2021, 2300, indicator="jobs"), obs(2023, 2400, indicator="jobs")])
    assert so_far.status is Status.ON_TRACK  # every year reported so far met
    assert "missing-years" in note_codes(so_far)  # 2022 not reported


def test_annual_at_the_deadline() -> None:
    plan = make_plan(JOBS, period="2021-2025")
    all_met = one(plan, [obs(y, 2250 + (y - 2021), indicator="jobs") for y in range(2021, 2026)])
    assert all_met.status is Status.ACHIEVED  # 2021 exactly 2250, later years above
    all_above = one(plan, [obs(y, 2251, indicator="jobs") for y in range(2021, 2026)])
    assert all_above.status is Status.EXCEEDED
    one_missed = one(
        plan, [obs(y, 2000 if y == 2022 else 2500, indicator="jobs") for y in range(2021, 2026)]
    )
    assert one_missed.status is Status.NOT_ACHIEVED
    gap = one(plan, [obs(y, 2500, indicator="jobs") for y in (2021, 2023, 2024, 2025)])
    assert (gap.status, reason(gap)) == (Status.INSUFFICIENT_DATA, "missing-years")


POVERTY = indicator(
    {"kind": "change", "at_least": 1.5, "period": "2021-2025"},
    unit="percent",
    direction="decrease",
    id="poverty",
)


def test_change_per_year() -> None:
    plan = make_plan(POVERTY, period="2021-2025")
    values = {2020: 8.0, 2021: 6.9, 2022: 5.0, 2023: 4.1}
    result = one(plan, [obs(y, v, indicator="poverty") for y, v in values.items()])
    average = (8.0 - 4.1) / 3
    assert result.observed_rate == pytest.approx(average)
    assert result.ratio == pytest.approx(average / 1.5)
    assert result.catch_up_rate == pytest.approx((1.5 * 5 - 3.9) / 2)
    assert [round(c.value or 0, 6) for c in result.years] == [1.1, 1.9, 0.9]
    assert [c.met for c in result.years] == [False, True, False]
    assert result.status is Status.AT_RISK  # 1.3 / 1.5 = 0.867
    done = one(plan, [obs(2020, 8.0, indicator="poverty"), obs(2025, 0.4, indicator="poverty")])
    assert done.status is Status.EXCEEDED  # 1.52 points a year


def test_relative_to_the_province() -> None:
    areas = [
        {"id": "d", "name": {"vi": "huyện D", "en": "D"}, "level": "district", "parent": "p"},
        {"id": "p", "name": {"vi": "tỉnh P", "en": "P"}, "level": "province"},
    ]
    plan = make_plan(
        indicator(
            {
                "kind": "relative",
                "period": "2021-2025",
                "reference_area": "p",
                "relation": "at_least",
            },
            unit="percent",
        ),
        period="2021-2025",
        areas=areas,
    )
    behind = [obs(2021, 90), obs(2021, 94, area="p"), obs(2023, 93), obs(2023, 95, area="p")]
    result = one(plan, behind)
    # gap -4 -> -2 in two years: +1/yr; closing from -4 by 2025 needs +1/yr: ratio 1.0
    assert result.gap == pytest.approx(-2)
    assert result.ratio == pytest.approx(1.0)
    assert result.status is Status.ON_TRACK
    assert [(c.value, c.reference, c.met) for c in result.years] == [
        (90, 94, False),
        (93, 95, False),
    ]
    ahead = one(plan, [obs(2023, 96), obs(2023, 95, area="p")])
    assert ahead.status is Status.ON_TRACK
    final = one(plan, [obs(2025, 94), obs(2025, 95, area="p")])
    assert final.status is Status.NOT_ACHIEVED
    no_ref = one(plan, [obs(2023, 96)])
    assert (no_ref.status, reason(no_ref)) == (Status.INSUFFICIENT_DATA, "no-reference")


def state(year: int, word: str, **extra: Any) -> Observation:
    parsed = parse_state(word)
    assert parsed is not None, word
    return Observation("x", year, None, measure="state", state=parsed, **extra)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Đạt", State.ACHIEVED),
        ("đạt chuẩn", State.ACHIEVED),
        ("có", State.ACHIEVED),
        ("yes", State.ACHIEVED),
        ("TRUE", State.ACHIEVED),
        ("1", State.ACHIEVED),
        ("không đạt", State.NOT_ACHIEVED),
        ("Chưa đạt", State.NOT_ACHIEVED),
        ("không", State.NOT_ACHIEVED),
        ("no", State.NOT_ACHIEVED),
        ("false", State.NOT_ACHIEVED),
        ("0", State.NOT_ACHIEVED),
        ("Đang thực hiện", State.IN_PROGRESS),
        ("in progress", State.IN_PROGRESS),
    ],
)
def test_state_words(word: str, expected: State) -> None:
    assert parse_state(word) is expected


def test_state_words_reject_others() -> None:
    assert parse_state("maybe") is None and parse_state("") is None


def test_qualitative_milestone() -> None:
    plan = make_plan(
        indicator({"kind": "qualitative", "year": 2025}, unit="status", direction=None),
        period="2021-2025",
    )
    assert one(plan, [state(2023, "đang thực hiện")]).status is Status.IN_PROGRESS
    assert one(plan, [state(2023, "chưa đạt")]).status is Status.OFF_TRACK
    assert one(plan, [state(2024, "đạt")]).status is Status.ACHIEVED
    assert one(plan, [state(2025, "không đạt")]).status is Status.NOT_ACHIEVED
    late = one(plan, [state(2024, "đang thực hiện")], as_of=2025)
    assert (late.status, reason(late)) == (Status.INSUFFICIENT_DATA, "no-state")


def test_qualitative_held_every_year() -> None:
    plan = make_plan(
        indicator({"kind": "qualitative", "period": "2021-2025"}, unit="status", direction=None),
        period="2021-2025",
    )
    ok = one(plan, [state(y, "có") for y in range(2021, 2024)])
    assert ok.status is Status.ON_TRACK and ok.met_years == 3
    whole = one(plan, [state(y, "có") for y in range(2021, 2026)])
    assert whole.status is Status.ACHIEVED
    broken = one(plan, [state(y, "không" if y == 2022 else "có") for y in range(2021, 2026)])
    assert broken.status is Status.NOT_ACHIEVED


# -- areas and thresholds ------------------------------------------------------------------------


def test_each_area_of_a_target_is_a_result() -> None:
    areas = [
        {"id": "d", "name": {"vi": "huyện D", "en": "D"}, "level": "district"},
        {"id": "c1", "name": {"vi": "xã 1", "en": "C1"}, "level": "commune", "parent": "d"},
        {"id": "c2", "name": {"vi": "xã 2", "en": "C2"}, "level": "commune", "parent": "d"},
    ]
    plan = make_plan(
        indicator(
            {"kind": "level", "value": 19, "year": 2030, "areas": ["c1", "c2"]}, unit="criteria"
        ),
        areas=areas,
    )
    results = assess(plan, [obs(2020, 15, area="c1"), obs(2023, 19, area="c1")]).results
    assert [(r.area, r.status) for r in results] == [
        ("c1", Status.ACHIEVED),
        ("c2", Status.NO_DATA),
    ]


def test_plan_thresholds_override_the_defaults() -> None:
    observations = [obs(2020, 90.5), obs(2023, 93.1)]  # ratio 1.156 with target 98
    strict = make_plan(COVERAGE, thresholds={"on_track": 1.2, "at_risk": 0.9})
    assert one(strict, observations).status is Status.AT_RISK
    assert one(make_plan(COVERAGE), observations).status is Status.ON_TRACK


# -- properties -------------------------------------------------------------------------------

values = st.floats(min_value=1.0, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(values, values, values, st.integers(2021, 2029))
def test_raising_the_latest_value_never_worsens_the_status(
    base: float, latest: float, target: float, year: int
) -> None:
    plan = make_plan(indicator({"kind": "level", "value": target, "year": 2030}, unit="persons"))
    lower = one(plan, [obs(2020, base), obs(year, latest)])
    higher = one(plan, [obs(2020, base), obs(year, latest * 1.1)])
    assert higher.status.rank <= lower.status.rank


@settings(max_examples=150, deadline=None)
@given(values, values, values, st.integers(2021, 2029))
def test_catch_up_rate_reaches_the_target_at_the_deadline(
    base: float, latest: float, target: float, year: int
) -> None:
    plan = make_plan(indicator({"kind": "level", "value": target, "year": 2030}, unit="persons"))
    result = one(plan, [obs(2020, base), obs(year, latest)])
    if result.catch_up_rate is None:  # already met: nothing to catch up
        assert result.status in (Status.ACHIEVED, Status.EXCEEDED)
        return
    reached = latest * (1 + result.catch_up_rate) ** (2030 - year)
    assert math.isclose(reached, target, rel_tol=1e-9)
    assert result.projected is not None and result.observed_rate is not None
    # and projecting the observed rate from the base reproduces the latest value
    assert math.isclose(base * (1 + result.observed_rate) ** (year - 2020), latest, rel_tol=1e-9)


@settings(max_examples=100, deadline=None)
@given(values, st.lists(st.floats(-0.3, 0.5), min_size=1, max_size=9))
def test_growth_target_same_from_levels_and_rates(base: float, yearly: list[float]) -> None:
    plan = make_plan(GROWTH)
    levels = [base]
    for rate in yearly:
        levels.append(levels[-1] * (1 + rate))
    a = one(plan, [obs(2020 + i, v) for i, v in enumerate(levels)])
    b = one(plan, [obs(2021 + i, r, measure="growth") for i, r in enumerate(yearly)])
    assert a.status is b.status
    assert a.observed_rate == pytest.approx(b.observed_rate, rel=1e-9, abs=1e-12)


# -- the record ---------------------------------------------------------------------------------


def test_result_dict_always_has_every_key() -> None:
    plan = make_plan(COVERAGE)
    empty = one(plan, []).to_dict()
    full = one(plan, [obs(2020, 90.5), obs(2023, 93.1)]).to_dict()
    assert list(empty) == list(full)
    assert full["base"] == {
        "year": 2020,
        "value": 90.5,
        "estimate": False,
        "origin": "data",
        "moved": False,
        "reported": None,
        "exchange_rate": None,
        "state": None,
    }
    assert full["steps"][0]["substituted"] == "(93.1 - 90.5) / (2023 - 2020)"


def test_status_words_in_both_languages() -> None:
    assert Status.EXCEEDED.label("vi") == "Vượt"
    assert Status.ACHIEVED.label("vi") == "Đạt"
    assert Status.NOT_ACHIEVED.label("vi") == "Không đạt"
    assert set(LABELS) == set(Status)


def test_docs_list_every_status_and_note_code() -> None:
    text = (ROOT / "docs" / "assessment.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_-]+)` \|", text, flags=re.MULTILINE))
    assert {s.value for s in Status} <= documented
    assert set(NOTES) <= documented


def test_substituted_working_replaces_whole_names_only() -> None:
    from plantrack.assessment import Step

    step = Step(
        "catch_up_rate",
        "((1 + g*)^(e - b) / (1 + g)^(t - b))^(1/(e - t)) - 1",
        (("g*", 0.1296), ("g", 1e-05), ("e", 2030), ("b", 2020), ("t", 2023)),
        0.14,
    )
    assert step.substituted() == (
        "((1 + 0.1296)^(2030 - 2020) / (1 + 1e-05)^(2023 - 2020))^(1/(2030 - 2023)) - 1"
    )
    total = Step("total", "sum of V_y, y = s..t", (("s", 2021), ("t", 2023)), 18.7)
    assert total.substituted() == "sum of V_y, y = 2021..2023"


# -- found in review: limits, order of rows, conflicts per measure, as-of ----------------------


def test_growth_limit_is_kept_or_broken_not_exceeded() -> None:
    plan = make_plan(
        indicator({"kind": "growth", "at_most": "1%", "period": "2021-2030"}, unit="persons")
    )
    broken = one(plan, [obs(2020, 100_000), obs(2023, 100_000 * 1.015**3)])
    assert broken.status is Status.OFF_TRACK and "limit" in note_codes(broken)
    assert broken.ratio is None
    kept = one(plan, [obs(2020, 100_000), obs(2023, 100_000 * 1.009**3)])
    assert kept.status is Status.ON_TRACK
    final = one(plan, [obs(2020, 100_000), obs(2030, 100_000 * 1.015**10)])
    assert final.status is Status.NOT_ACHIEVED


def test_growth_decline_target_is_a_pace() -> None:
    # "giảm bình quân 5 %/năm": direction decrease, growth of -5 %/yr; -3 %/yr observed.
    plan = make_plan(
        indicator(
            {"kind": "growth", "value": "-5%", "period": "2021-2030"},
            unit="persons",
            direction="decrease",
        )
    )
    result = one(plan, [obs(2020, 1000), obs(2023, 1000 * 0.97**3)])
    assert result.ratio == pytest.approx(0.03 / 0.05)
    assert result.status is Status.AT_RISK


def test_final_figure_wins_whatever_the_order_of_estimates() -> None:
    plan = make_plan(GROWTH)
    rows = [obs(2020, 100), obs(2023, 140, estimate=True), obs(2023, 142, estimate=True)]
    final = obs(2023, 141)
    for ordered in ([*rows, final], [final, *rows], [rows[0], rows[1], final, rows[2]]):
        assessment = assess(plan, ordered)
        assert assessment.findings == []
        latest = assessment.results[0].latest
        assert latest is not None and (latest.value, latest.estimate) == (141, False)
    two_estimates = assess(plan, rows)
    assert [f.code for f in two_estimates.findings] == ["conflicting-values"]


def test_a_conflict_in_one_measure_keeps_the_other() -> None:
    plan = make_plan(GROWTH)
    observations = [
        obs(2020, 100),
        obs(2023, 141),
        obs(2023, 0.095, measure="growth"),
        obs(2023, 0.098, measure="growth"),
    ]
    result = one(plan, observations)
    assert result.latest is not None and result.latest.value == 141
    assert result.observed_rate == pytest.approx(1.41 ** (1 / 3) - 1)


def test_conflict_in_the_base_year_is_named() -> None:
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2020, 100), obs(2020, 105), obs(2023, 130)])
    assert reason(result) == "conflict" and "base-moved" not in note_codes(result)
    level = make_plan(COVERAGE)
    assert reason(one(level, [obs(2020, 90), obs(2020, 91), obs(2023, 93)])) == "conflict"


def test_level_bound_sets_the_direction_of_progress() -> None:
    # An "at most" bound on an indicator declared increase (validate warns: bound-direction).
    plan = make_plan(indicator({"kind": "level", "at_most": 3, "year": 2030}, unit="percent"))
    result = one(plan, [obs(2020, 8), obs(2023, 6.5)])
    assert result.status is Status.ON_TRACK
    assert result.ratio == pytest.approx(((8 - 6.5) / 3) / ((8 - 3) / 10))


def test_cumulative_limit_already_passed() -> None:
    plan = make_plan(
        indicator({"kind": "cumulative", "at_most": 500, "period": "2021-2025"}, unit="persons"),
        period="2021-2025",
    )
    result = one(plan, [obs(2021, 200), obs(2022, 210), obs(2023, 220)])
    assert result.status is Status.NOT_ACHIEVED and "already-missed" in note_codes(result)


def test_about_is_flagged_approximate() -> None:
    plan = make_plan(
        indicator({"kind": "level", "about": 6794, "year": 2030}, unit="usd_per_person")
    )
    result = one(plan, [obs(2020, 2500), obs(2030, 6790)])
    assert result.status is Status.ACHIEVED and "approximate" in note_codes(result)


@pytest.mark.parametrize(
    ("figure", "tolerance", "status"),
    [
        (6794, None, Status.ACHIEVED),
        (6660, None, Status.ACHIEVED),  # 98.0 %: within the default 2 %
        (6650, None, Status.NOT_ACHIEVED),  # 97.9 %
        (6929, None, Status.ACHIEVED),  # 102.0 %
        (6935, None, Status.EXCEEDED),
        (6790, 0.0, Status.NOT_ACHIEVED),  # as written
        (6800, 0.0, Status.EXCEEDED),
        (6500, 0.05, Status.ACHIEVED),  # 95.7 %: the target's own 5 %
        (6400, 0.05, Status.NOT_ACHIEVED),
    ],
)
def test_about_is_achieved_within_its_tolerance(
    figure: float, tolerance: float | None, status: Status
) -> None:
    """ "khoảng 6.794": a figure within 2 % of it (the plan's or the target's tolerance) is
    achieved; beyond it, exceeded or missed by the indicator's direction."""
    target: dict[str, Any] = {"kind": "level", "about": 6794, "year": 2030}
    if tolerance is not None:
        target["tolerance"] = tolerance
    plan = make_plan(indicator(target, unit="usd_per_person"))
    assert one(plan, [obs(2020, 2500), obs(2030, figure)]).status is status


@pytest.mark.parametrize(
    ("bound", "figure", "status"),
    [
        ({"less_than": 4}, 3.1, Status.ACHIEVED),  # urban unemployment 2019, officially Đạt
        ({"less_than": 4}, 4.0, Status.NOT_ACHIEVED),  # "dưới 4" is not met at 4
        ({"less_than": 4}, 4.39, Status.NOT_ACHIEVED),  # 2020, officially không đạt
        ({"at_most": 4}, 4.0, Status.ACHIEVED),
        ({"at_most": 4}, 1.0, Status.ACHIEVED),
        ({"at_least": 4}, 5.0, Status.EXCEEDED),  # a floor passed in the plan's direction
        ({"value": 4}, 3.0, Status.EXCEEDED),  # lower is better: beyond the target
    ],
)
def test_a_ceiling_met_is_achieved_never_exceeded(
    bound: dict[str, float], figure: float, status: Status
) -> None:
    plan = make_plan(
        indicator({"kind": "level", "year": 2030, **bound}, unit="percent", direction="decrease")
    )
    assert one(plan, [obs(2020, 5), obs(2030, figure)]).status is status


def test_as_of_before_base_gives_no_verdict() -> None:
    plan = make_plan(indicator({"kind": "level", "at_least": 95, "year": 2030}, unit="percent"))
    result = one(plan, [obs(2019, 96), obs(2023, 97)], as_of=2019)
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "as-of-before-base")


def test_growth_marks_every_estimate_it_uses() -> None:
    plan = make_plan(GROWTH)
    observations = [
        obs(2020, 100, estimate=True),
        obs(2021, 0.1, measure="growth"),
        obs(2022, 0.1, measure="growth", estimate=True),
        obs(2023, 0.1, measure="growth"),
    ]
    result = one(plan, observations)
    flagged = [n.params["year"] for n in result.notes if n.code == "estimate-used"]
    assert flagged == [2020, 2022]


def test_plan_baseline_qualifier_is_noted() -> None:
    plan = make_plan(
        indicator(
            {"kind": "level", "value": 95, "year": 2030},
            unit="percent",
            baseline={"year": 2020, "value": 91, "qualifier": "more_than", "source": "x"},
        )
    )
    result = one(plan, [obs(2023, 93)])
    assert "qualifier" in note_codes(result)


def test_bad_library_input_is_refused_clearly() -> None:
    plan = make_plan(COVERAGE)
    with pytest.raises(TypeError, match="as_of must be a year"):
        assess(plan, [], as_of="2023")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        Observation("x", 2023, math.nan)
    with pytest.raises(ValueError, match="state"):
        Observation("x", 2023, 1.0, measure="state")


def test_huge_totals_do_not_crash() -> None:
    plan = make_plan(INVESTMENT)
    result = one(plan, [obs(2021, 1.7e308), obs(2022, 1.7e308)])
    assert (result.status, reason(result)) == (Status.INSUFFICIENT_DATA, "undefined")


# -- robustness: any observations against the shipped plans give a status, never a traceback ----


@pytest.fixture(scope="module")
def shipped_plans() -> list[Plan]:
    from plantrack.plans.load import load_plans

    return [loaded.plan for loaded in load_plans([ROOT / "plans"]).plans]


_IDS = st.sampled_from(
    [
        "gross_output",  # growth
        "income_per_capita",  # level
        "health_insurance_coverage",  # level, percent (linear)
        "poor_households_rate",  # change, lower is better
        "jobs_created",  # annual
        "new_jobs",  # annual
        "school_enrolment_rate",  # relative
        "commune_new_rural",  # qualitative
        "political_stability",  # qualitative, held every year
        "social_investment",  # cumulative
        "budget_revenue",  # growth
    ]
)
_AREAS = st.sampled_from([None, "cau-ngang", "tan-hong-border", "tan-ho-co", "dong-thap", "x"])
_numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def _observation(draw: st.DrawFn) -> Observation:
    measure = draw(st.sampled_from(["level", "level", "growth", "state"]))
    common = {
        "indicator": draw(_IDS),
        "year": draw(st.integers(2015, 2035)),
        "area": draw(_AREAS),
        "estimate": draw(st.booleans()),
    }
    if measure == "state":
        return Observation(**common, measure="state", state=draw(st.sampled_from(list(State))))
    value = draw(st.floats(-0.99, 2.0) if measure == "growth" else _numbers)
    return Observation(**common, value=value, measure=measure)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.lists(_observation(), max_size=40), st.one_of(st.none(), st.integers(2010, 2040)))
def test_any_observations_give_a_status(
    shipped_plans: list[Plan], observations: list[Observation], as_of: int | None
) -> None:
    for plan in shipped_plans:
        assessment = assess(plan, observations, as_of=as_of)
        for result in assessment.results:
            assert result.status in Status
            record = result.to_dict()
            if result.status in (Status.INSUFFICIENT_DATA, Status.NO_DATA):
                assert record["reason"] is not None
            for key in ("observed_rate", "catch_up_rate", "ratio", "gap"):
                assert record[key] is None or math.isfinite(record[key])


def test_level_and_growth_rate_for_the_same_year() -> None:
    # found by the robustness test: both measures for one year must not be compared as points
    plan = make_plan(GROWTH)
    result = one(plan, [obs(2020, 100), obs(2021, 110), obs(2021, 0.1, measure="growth")])
    assert result.observed_rate == pytest.approx(0.1)


def test_engine_finding_codes_are_registered() -> None:
    from plantrack.findings.registry import codes

    DATA_CODES = codes("data")

    plan = make_plan(COVERAGE)
    findings = assess(plan, [obs(2022, 1), obs(2022, 2)]).findings
    assert {finding.code for finding in findings} <= set(DATA_CODES)


@given(
    names=st.lists(
        st.text(alphabet="abgtVXy_*0123456789", min_size=1, max_size=4), min_size=1, max_size=5
    ),
    pieces=st.lists(st.text(alphabet="abgtVXy_*() +-/^.,=0123456789", max_size=6), max_size=8),
    data=st.data(),
)
def test_substituted_working_is_the_formula_with_each_name_replaced(
    names: list[str], pieces: list[str], data: st.DataObject
) -> None:
    """Held equal to a plain regular-expression substitution (how it was first written)."""
    from plantrack.assessment.results import Step, _names

    formula = "".join(
        piece + (data.draw(st.sampled_from(names)) if data.draw(st.booleans()) else "")
        for piece in pieces
    )
    inputs = tuple(
        (name, data.draw(st.floats(allow_nan=False, allow_infinity=False))) for name in names
    )
    values = dict(inputs)
    expected = _names(tuple(values)).sub(lambda match: f"{values[match.group(1)]:.6g}", formula)
    assert Step("x", formula, inputs, None).substituted() == expected
    assert Step("x", formula, inputs, None).substituted(repr) == _names(tuple(values)).sub(
        lambda match: repr(values[match.group(1)]), formula
    )


def test_a_pace_within_float_rounding_of_none_is_off_track_not_regressing() -> None:
    """Found by test_growth_target_same_from_levels_and_rates: yearly rates of 0 % and
    -2.2e-16 chain to a growth of -1.1e-16, which flipped the status to regressing while the
    same levels said off track."""
    plan = make_plan(GROWTH)
    rates = one(
        plan,
        [
            obs(2020, 11.0),
            obs(2021, 0.0, measure="growth"),
            obs(2022, -2.220446049250313e-16, measure="growth"),
        ],
    )
    levels = one(plan, [obs(2020, 11.0), obs(2021, 11.0), obs(2022, 11.0)])
    assert rates.status is levels.status is Status.OFF_TRACK
