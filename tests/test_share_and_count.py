"""The share and count kinds: their maths (property tests) and their rules, on plans built in
code. Expected numbers are computed here from docs/assessment.md, never copied from the engine.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.assessment import Result, assess
from plantrack.assessment.kinds.count import roll_up
from plantrack.assessment.kinds.share import period_share, share_of
from plantrack.assessment.status import Status
from plantrack.observations import Observation, State
from plantrack.plans.model import Plan

COMMUNES = [f"c{i}" for i in range(1, 9)]


def make_plan(*indicators: dict[str, Any], period: str = "2021-2025") -> Plan:
    areas = [{"id": "d", "name": {"vi": "huyện D"}, "level": "district"}]
    areas += [
        {"id": c, "name": {"vi": f"xã {c}"}, "level": "commune", "parent": "d"} for c in COMMUNES
    ]
    return Plan.model_validate(
        {
            "id": "p",
            "title": {"vi": "Kế hoạch thử"},
            "document": {"type": {"vi": "Kế hoạch"}, "issuer": {"vi": "UBND huyện D"}},
            "level": "district",
            "area": "d",
            "areas": areas,
            "period": period,
            "base_year": 2020,
            "indicators": list(indicators),
        }
    )


def ind(ident: str, unit: str, *targets: dict[str, Any], **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "name": {"vi": ident},
        "unit": unit,
        "source": {"section": "II"},
        **extra,
    }
    if targets:
        data["targets"] = [{"text": "chỉ tiêu", **t} for t in targets]
        data.setdefault("direction", "increase")
    return data


def share_plan(target: dict[str, Any], top: str = "tỷ đồng", bottom: str = "triệu đồng") -> Plan:
    return make_plan(
        ind("budget", top),
        ind("grdp", bottom),
        ind(
            "ratio",
            "%",
            {"kind": "share", "numerator": "budget", "denominator": "grdp", **target},
            percent="ratio",
        ),
    )


def count_plan(target: dict[str, Any]) -> Plan:
    return make_plan(
        ind("ntm", "status"),
        ind("communes", "xã", {"kind": "count", "year": 2025, **target}),
    )


def lv(indicator: str, year: int, value: float, **extra: Any) -> Observation:
    return Observation(indicator, year, value, **extra)


def state(area: str, year: int, achieved: bool = True, **extra: Any) -> Observation:
    return Observation(
        "ntm",
        year,
        area=area,
        measure="state",
        state=State.ACHIEVED if achieved else State.NOT_ACHIEVED,
        **extra,
    )


def one(plan: Plan, observations: list[Observation], **kwargs: Any) -> Result:
    results = assess(plan, observations, **kwargs).results
    assert len(results) == 1
    return results[0]


def codes(result: Result) -> list[str]:
    return [note.code for note in result.notes]


AMONG = {"criterion": "ntm", "among": COMMUNES, "at_least": 6}

# -- property tests --------------------------------------------------------------------------

states_by_area = st.dictionaries(
    st.sampled_from(COMMUNES),
    st.dictionaries(st.integers(2018, 2026), st.sampled_from(list(State)), min_size=0, max_size=4),
)


@given(states=states_by_area, year=st.integers(2017, 2027))
def test_roll_up_counts_the_areas_whose_latest_state_is_achieved(
    states: dict[str, dict[int, State]], year: int
) -> None:
    found = roll_up(states, COMMUNES, year)
    expected = 0
    silent = []
    for area in COMMUNES:
        history = sorted((y, s) for y, s in states.get(area, {}).items() if y <= year)
        if not history:
            silent.append(area)
        elif history[-1][1] == State.ACHIEVED:
            expected += 1
    assert found.count == expected
    assert list(found.unreported) == silent
    assert found.count + len(found.unreported) <= len(COMMUNES)


@given(states=states_by_area, as_of=st.integers(2021, 2025))
@settings(max_examples=60, deadline=None)
def test_the_engine_count_is_the_roll_up_of_the_latest_states(
    states: dict[str, dict[int, State]], as_of: int
) -> None:
    plan = count_plan(AMONG)
    observations = [
        Observation("ntm", y, area=area, measure="state", state=s)
        for area, by_year in states.items()
        for y, s in by_year.items()
    ]
    kept = states  # in progress is not achieved: such an area does not count
    result = one(plan, observations, as_of=as_of)
    if not any(y <= as_of for by_year in kept.values() for y in by_year):
        assert result.status is Status.NO_DATA
        return
    assert result.latest is not None and result.latest.year == as_of
    meeting = [
        area
        for area in COMMUNES
        if (history := sorted((y, s) for y, s in kept.get(area, {}).items() if y <= as_of))
        and history[-1][1] is State.ACHIEVED
    ]
    assert result.latest.value == len(meeting)
    assert result.out_of == 8


@given(
    budget=st.floats(0, 1e6, allow_nan=False),
    grdp=st.floats(1e-3, 1e9, allow_nan=False),
)
@settings(max_examples=60, deadline=None)
def test_a_share_of_figures_in_different_scales_equals_the_share_converted_by_hand(
    budget: float, grdp: float
) -> None:
    """Budget in tỷ đồng over GRDP in triệu đồng: the same share as budget × 1.000 triệu."""
    target = {"year": 2025, "at_least": 36}
    mixed = one(share_plan(target), [lv("budget", 2022, budget), lv("grdp", 2022, grdp)])
    by_hand = one(
        share_plan(target, top="triệu đồng"),
        [lv("budget", 2022, budget * 1000), lv("grdp", 2022, grdp)],
    )
    assert mixed.latest is not None and by_hand.latest is not None
    assert mixed.latest.value == pytest.approx(by_hand.latest.value, rel=1e-12, abs=1e-12)
    assert mixed.latest.value == pytest.approx(100 * budget * 1000 / grdp, rel=1e-12, abs=1e-12)
    step = next(s for s in mixed.steps if s.name == "S_2022")
    assert dict(step.inputs) == {"N_2022": budget, "k": 1000.0, "D_2022": grdp}


years = st.integers(2021, 2025)


@given(
    top=st.dictionaries(years, st.floats(0, 1e5, allow_nan=False), max_size=5),
    bottom=st.dictionaries(years, st.floats(1, 1e7, allow_nan=False), max_size=5),
)
@settings(max_examples=80, deadline=None)
def test_a_period_share_is_the_sum_over_the_sum_of_the_years_with_both(
    top: dict[int, float], bottom: dict[int, float]
) -> None:
    plan = share_plan({"period": "2021-2025", "range": [33, 34]}, top="tỷ đồng", bottom="tỷ đồng")
    observations = [lv("budget", y, v) for y, v in top.items()]
    observations += [lv("grdp", y, v) for y, v in bottom.items()]
    result = one(plan, observations, as_of=2025)
    both = sorted(set(top) & set(bottom))
    if not both:
        assert result.status in (Status.NO_DATA, Status.INSUFFICIENT_DATA)
        return
    expected = 100 * math.fsum(top[y] for y in both) / math.fsum(bottom[y] for y in both)
    assert result.latest is not None and result.latest.year == both[-1]
    assert result.latest.value == pytest.approx(expected, rel=1e-12, abs=1e-12)
    found = period_share(top, bottom)
    assert found is not None and found[1] == both
    assert found[0] == pytest.approx(expected, rel=1e-12, abs=1e-12)
    left_out = [y for y in range(2021, both[-1] + 1) if y not in both]
    assert ("share-years-left-out" in codes(result)) == bool(left_out)


@given(
    numerator=st.floats(0, 1e6, allow_nan=False),
    denominator=st.floats(1e-3, 1e6, allow_nan=False),
    factor=st.sampled_from([1.0, 1000.0, 0.001]),
)
def test_share_of_is_a_percentage_of_the_converted_numerator(
    numerator: float, denominator: float, factor: float
) -> None:
    value = share_of(numerator, denominator, factor)
    assert value == pytest.approx(numerator * factor / denominator * 100, rel=1e-12)
    assert value >= 0


# -- share rules -----------------------------------------------------------------------------


def shares(*pairs: tuple[int, float, float]) -> list[Observation]:
    """Budget (tỷ đồng) and GRDP (triệu đồng) figures giving shares ``100 * b * 1000 / g``."""
    out = []
    for year, budget, grdp in pairs:
        out += [lv("budget", year, budget), lv("grdp", year, grdp)]
    return out


YEAR_TARGET = {"year": 2025, "at_least": 36}


@pytest.mark.parametrize(
    ("figures", "status"),
    [
        # shares 30 (2021) and 33 (2023): 1.5 a year reaches 36 by 2025
        ([(2021, 30, 100_000), (2023, 33, 100_000)], Status.ON_TRACK),
        # 30 and 31: 0.5 a year reaches 32: moving toward 36, too slowly
        ([(2021, 30, 100_000), (2023, 31, 100_000)], Status.AT_RISK),
        # 30 and 28: moving away
        ([(2021, 30, 100_000), (2023, 28, 100_000)], Status.REGRESSING),
        # 30 and 30: not moving
        ([(2021, 30, 100_000), (2023, 30, 100_000)], Status.OFF_TRACK),
        # 37 in 2023 meets the bound before the deadline: on track, not achieved (it can fall)
        ([(2021, 30, 100_000), (2023, 37, 100_000)], Status.ON_TRACK),
        # one share only, below the bound
        ([(2023, 30, 100_000)], Status.INSUFFICIENT_DATA),
    ],
)
def test_share_before_the_deadline(figures: list[tuple[int, float, float]], status: Status) -> None:
    result = one(share_plan(YEAR_TARGET), shares(*figures), as_of=2023)
    assert result.status is status
    assert "share-computed" in codes(result)


def test_share_trend_numbers() -> None:
    result = one(
        share_plan(YEAR_TARGET), shares((2021, 30, 100_000), (2023, 31, 100_000)), as_of=2023
    )
    slope = (31 - 30) / (2023 - 2021)
    assert result.observed_rate == pytest.approx(slope)
    assert result.required_rate == pytest.approx((36 - 30) / (2025 - 2021))
    assert result.catch_up_rate == pytest.approx((36 - 31) / (2025 - 2023))
    assert result.projected is not None
    assert result.projected.value == pytest.approx(31 + slope * 2)


@pytest.mark.parametrize(
    ("share", "status"),
    [(37, Status.EXCEEDED), (36, Status.ACHIEVED), (35, Status.NOT_ACHIEVED)],
)
def test_share_at_the_deadline(share: float, status: Status) -> None:
    result = one(share_plan(YEAR_TARGET), shares((2025, share, 100_000)), as_of=2025)
    assert result.status is status


def test_share_at_the_deadline_without_its_figure() -> None:
    result = one(share_plan(YEAR_TARGET), shares((2024, 40, 100_000)), as_of=2025)
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.reason is not None and result.reason.code == "no-deadline-value"


def test_the_reported_share_is_used_where_there_is_one() -> None:
    observations = [lv("ratio", 2023, 34.5), *shares((2021, 30, 100_000), (2023, 31, 100_000))]
    result = one(share_plan(YEAR_TARGET), observations, as_of=2023)
    assert result.latest is not None and result.latest.value == 34.5
    # 2021 is computed, 2023 reported: only 2021 is in the note and the working
    note = next(n for n in result.notes if n.code == "share-computed")
    assert note.params["years"] == "2021"
    assert [s.name for s in result.steps if s.name.startswith("S_")] == ["S_2021"]


def test_share_with_only_one_input() -> None:
    result = one(share_plan(YEAR_TARGET), [lv("budget", 2022, 30)], as_of=2023)
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.reason is not None and result.reason.code == "no-share-inputs"


def test_share_without_any_figure() -> None:
    assert one(share_plan(YEAR_TARGET), [], as_of=2023).status is Status.NO_DATA


def test_vietnam_2019_investment_to_gdp() -> None:
    """docs/assessment.md: 33,9 % reported against 33-34 % is achieved (the table says Đạt);
    computed from investment and GDP (illustrative figures) the same."""
    plan = make_plan(
        ind("investment", "nghìn tỷ đồng"),
        ind("gdp", "tỷ đồng"),
        ind(
            "investment_gdp",
            "%",
            {
                "kind": "share",
                "numerator": "investment",
                "denominator": "gdp",
                "year": 2019,
                "range": [33, 34],
            },
            percent="ratio",
        ),
        period="2019-2019",
    )
    reported = one(plan, [lv("investment_gdp", 2019, 33.9)])
    assert reported.status is Status.ACHIEVED
    computed = one(plan, [lv("investment", 2019, 1870), lv("gdp", 2019, 5_516_000)])
    assert computed.latest is not None
    assert computed.latest.value == pytest.approx(100 * 1870 * 1000 / 5_516_000)
    assert round(computed.latest.value, 2) == 33.90
    assert computed.status is Status.ACHIEVED


# -- count rules -----------------------------------------------------------------------------


def test_son_lang_example() -> None:
    """docs/assessment.md: at least 4 by 2025; one met by 2020, three by 2023 (eight areas
    here, nine in Sơn Lang: the maths do not depend on it)."""
    plan = count_plan({"criterion": "ntm", "among": COMMUNES, "at_least": 4})
    observations = [state("c1", 2019), state("c2", 2023), state("c3", 2022)]
    observations += [state(c, 2023, False) for c in COMMUNES[3:]]
    result = one(plan, observations, as_of=2023)
    assert result.base is not None and result.base.value == 1
    assert result.latest is not None and result.latest.value == 3
    assert result.observed_rate == pytest.approx((3 - 1) / 3)
    assert result.required_rate == pytest.approx((4 - 1) / 5)
    assert result.ratio == pytest.approx((2 / 3) / 0.6)
    assert result.status is Status.ON_TRACK


def test_count_met_early_is_achieved() -> None:
    observations = [state(c, 2023) for c in COMMUNES[:6]]
    observations += [state(c, 2020, False) for c in COMMUNES]
    result = one(count_plan(AMONG), observations, as_of=2023)
    assert result.status is Status.ACHIEVED
    assert "already-met" in codes(result)
    note = next(n for n in result.notes if n.code == "count-rolled-up")
    assert note.params["areas"] == "c1, c2, c3, c4, c5, c6"


def test_count_at_the_deadline() -> None:
    observations = [state(c, 2020, False) for c in COMMUNES]
    observations += [state(c, 2024) for c in COMMUNES[:5]]
    result = one(count_plan(AMONG), observations, as_of=2025)
    assert result.latest is not None and (result.latest.year, result.latest.value) == (2025, 5)
    assert result.status is Status.NOT_ACHIEVED


def test_the_reported_count_wins_and_the_difference_is_told() -> None:
    observations = [state(c, 2020, False) for c in COMMUNES]
    observations += [state(c, 2025) for c in COMMUNES[:5]]
    observations.append(lv("communes", 2025, 6))
    result = one(count_plan(AMONG), observations, as_of=2025)
    assert result.latest is not None and result.latest.value == 6
    assert result.status is Status.ACHIEVED
    note = next(n for n in result.notes if n.code == "count-differs")
    assert (note.params["reported"], note.params["rolled"]) == ("6", 5)


def test_a_reported_count_alone() -> None:
    plan = count_plan({"out_of": 112, "at_least": 66})
    result = one(plan, [lv("communes", 2020, 46), lv("communes", 2023, 50)], as_of=2023)
    assert result.out_of == 112
    assert result.observed_rate == pytest.approx(4 / 3)
    assert result.required_rate == pytest.approx(20 / 5)
    assert result.status is Status.OFF_TRACK


def test_unreported_areas_that_could_change_the_verdict() -> None:
    # 5 met, 2 not, c8 silent: 5 < 6, but 6 if c8 meets it
    observations = [state(c, 2020, False) for c in COMMUNES[:7]]
    observations += [state(c, 2025) for c in COMMUNES[:5]]
    result = one(count_plan(AMONG), observations, as_of=2025)
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.reason is not None and result.reason.code == "count-incomplete"
    assert result.reason.params["areas"] == "c8"
    assert (result.reason.params["worst_status"], result.reason.params["best_status"]) == (
        "not_achieved",
        "achieved",
    )
    assert "count-missing-areas" in codes(result)


def test_unreported_areas_that_cannot_change_the_verdict() -> None:
    # 3 met, c8 silent: at most 4 < 6 either way
    observations = [state(c, 2020, False) for c in COMMUNES[:7]]
    observations += [state(c, 2025) for c in COMMUNES[:3]]
    result = one(count_plan(AMONG), observations, as_of=2025)
    assert result.status is Status.NOT_ACHIEVED
    note = next(n for n in result.notes if n.code == "count-missing-areas")
    assert (note.params["areas"], note.params["count"]) == ("c8", 3)


def test_count_projection_never_passes_out_of() -> None:
    observations = [state(c, 2020, False) for c in COMMUNES]
    observations += [state(c, 2021) for c in COMMUNES[:5]]
    result = one(count_plan({**AMONG, "at_least": 8}), observations, as_of=2021)
    assert result.projected is not None and result.projected.value == 8
    assert "projection-capped" in codes(result)


@pytest.mark.parametrize(("bound", "used"), [({"at_least": 36}, 30), ({"at_most": 36}, 32)])
def test_a_ranged_input_is_taken_at_its_least_favourable_end(
    bound: dict[str, float], used: float
) -> None:
    observations = [
        lv("budget", 2023, 30, high=32),
        lv("grdp", 2023, 100_000),
    ]
    result = one(share_plan({"year": 2025, **bound}), observations, as_of=2023)
    assert result.latest is not None
    assert result.latest.value == pytest.approx(100 * used * 1000 / 100_000)
    note = next(n for n in result.notes if n.code == "share-input-range")
    assert (note.params["indicator"], note.params["used"]) == ("budget", f"{used:g}")
