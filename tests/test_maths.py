"""The formulas: worked values checked against independent arithmetic, and their properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from plantrack.assessment import maths

positive = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)
rates = st.floats(min_value=-0.6, max_value=1.5, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=1, max_value=40)
#: end / start: up to a thousandfold change, far beyond any real indicator. Beyond that, a rate
#: near -100 % loses digits in 1 + rate (a float limit, not a formula error).
ratios = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False)


def close(a: float, b: float, rel: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


def test_tan_hong_income_required_rate() -> None:
    # 45 million VND per person in 2020 (real), 68 by 2025 (the plan): 8.61 %/year needed.
    rate = maths.required_rate(45, 68, 5)
    assert rate == pytest.approx((68 / 45) ** (1 / 5) - 1, rel=1e-12)
    assert round(rate * 100, 2) == 8.61


def test_cagr_gso_counting() -> None:
    # GSO: a 2021-2030 period has base year 2020 and n = 10.
    assert maths.cagr(100, 100 * 1.1296**10, 10) == pytest.approx(0.1296, rel=1e-12)


def test_catch_up_rate_formula() -> None:
    # 12.96 %/yr over 2021-2030 (b = 2020, e = 2030); 10.52 %/yr observed 2020-2023.
    g_star, g = 0.1296, 0.1052
    expected = ((1 + g_star) ** 10 / (1 + g) ** 3) ** (1 / 7) - 1
    assert maths.catch_up_rate(g_star, g, 3, 7) == pytest.approx(expected, rel=1e-12)
    assert maths.catch_up_rate(g_star, g, 3, 7) > g_star  # behind: more is needed


def test_average_rate_of_yearly_rates() -> None:
    # up 9.5 %, down 1.2 %, up 10 %
    expected = (1.095 * 0.988 * 1.10) ** (1 / 3) - 1
    assert maths.average_rate([0.095, -0.012, 0.10]) == pytest.approx(expected, rel=1e-12)


def test_linear_helpers() -> None:
    assert maths.slope(90.5, 93.1, 3) == pytest.approx(2.6 / 3)
    assert maths.project_linear(93.1, 0.7, 7) == pytest.approx(98.0)


def test_progress_ratio() -> None:
    assert maths.progress_ratio(0.2, 0.04, 1) == pytest.approx(5.0)
    assert maths.progress_ratio(2.0, -0.1, -1) == pytest.approx(-20.0)
    assert maths.progress_ratio(0.1, 0.0, 1) is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: maths.cagr(0, 10, 3), "start value above zero"),
        (lambda: maths.cagr(-5, 10, 3), "start value above zero"),
        (lambda: maths.cagr(5, -1, 3), "change of sign"),
        (lambda: maths.cagr(5, 10, 0), "above zero"),
        (lambda: maths.cagr(5, 10, -2), "above zero"),
        (lambda: maths.cagr(5, math.nan, 2), "finite"),
        (lambda: maths.project(5, -1.5, 2), "below -100%"),
        (lambda: maths.average_rate([]), "at least one"),
        (lambda: maths.average_rate([0.1, -1.2]), "below -100%"),
        (lambda: maths.catch_up_rate(0.1, 0.1, 3, 0), "above zero"),
    ],
)
def test_impossible_inputs(call: object, message: str) -> None:
    with pytest.raises(maths.MathError, match=message):
        call()  # type: ignore[operator]


@given(positive, ratios, years)
def test_projecting_the_cagr_reproduces_the_end(start: float, ratio: float, n: int) -> None:
    end = start * ratio
    rate = maths.cagr(start, end, n)
    assert close(maths.project(start, rate, n), end, rel=1e-9)


@given(positive, rates, rates, years, years)
def test_catch_up_reaches_the_target_level_at_the_deadline(
    base: float, target_rate: float, observed: float, done: int, left: int
) -> None:
    latest = base * (1 + observed) ** done
    target_level = base * (1 + target_rate) ** (done + left)
    assume(1e-3 <= target_level / latest <= 1e3)  # see `ratios`: the float limit near -100 %
    catch_up = maths.catch_up_rate(target_rate, observed, done, left)
    assert close(maths.project(latest, catch_up, left), target_level, rel=1e-8)
    # ... and equals the plain required rate from the latest value to that level.
    assert close(maths.required_rate(latest, target_level, left), catch_up, rel=1e-7) or (
        abs(maths.required_rate(latest, target_level, left) - catch_up) < 1e-10
    )


@given(positive, st.lists(rates, min_size=1, max_size=20))
def test_growth_from_levels_equals_growth_from_chained_rates(
    start: float, yearly: list[float]
) -> None:
    end = start
    for rate in yearly:
        end *= 1 + rate
    from_levels = maths.cagr(start, end, len(yearly))
    from_rates = maths.average_rate(yearly)
    assert abs(from_levels - from_rates) < 1e-9 * max(1.0, abs(from_rates))


@given(positive, ratios, years)
def test_required_rate_then_project_reaches_the_target(
    current: float, ratio: float, n: int
) -> None:
    target = current * ratio
    assert close(maths.project(current, maths.required_rate(current, target, n), n), target)


def test_results_that_overflow_are_refused_not_infinite() -> None:
    from plantrack.assessment.maths import MathError, cagr, factor_rate, progress_ratio, project

    with pytest.raises(MathError, match="too large"):
        project(1e300, 10.0, 100)
    with pytest.raises(MathError, match="too large"):
        cagr(2.2250738585072014e-308, 1e308, 1)
    with pytest.raises(MathError, match="too large"):
        progress_ratio(1e308, 1e-10, 1)
    with pytest.raises(MathError, match="too large"):
        factor_rate(1e308, 0.001)


# The chain of growth factors (the growth kind's link from the base to each year).


@given(positive, st.lists(ratios, min_size=1, max_size=12), st.data())
def test_factors_give_every_level_over_the_base_however_levels_and_rates_mix(
    first: float, steps: list[float], data: st.DataObject
) -> None:
    """A full series seen partly as levels and partly as the rates they imply: every year's
    factor is its level over the base level, whichever way it was linked."""
    values = [first]
    for step in steps:
        values.append(values[-1] * step)
    start = 2020
    years = range(start, start + len(values))
    level = dict(zip(years, values, strict=True))
    keep = data.draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values)))
    levels = {y: v for (y, v), k in zip(level.items(), keep, strict=True) if k or y == start}
    rates = {y: level[y] / level[y - 1] - 1 for y in years if y > start}
    factors, anchor = maths.chain_factors(start, levels, rates)
    assert anchor == start
    assert set(factors) == set(years)
    for y in years:
        assert math.isclose(factors[y], level[y] / level[start], rel_tol=1e-9)


@given(st.lists(rates, min_size=1, max_size=15))
def test_factors_from_rates_alone_are_the_chained_rates(yearly: list[float]) -> None:
    rates = {2021 + i: r for i, r in enumerate(yearly)}
    factors, anchor = maths.chain_factors(2020, {}, rates)
    assert anchor is None
    assert math.isclose(factors[2020 + len(yearly)], maths.chain(yearly), rel_tol=1e-12)
    for y in rates:
        assert math.isclose(factors[y], factors[y - 1] * (1 + rates[y]), rel_tol=1e-12)


@given(st.sets(st.integers(2021, 2030)), st.sets(st.integers(2021, 2030)))
def test_a_year_has_a_factor_only_when_a_chain_of_links_reaches_it(
    level_years: set[int], rate_years: set[int]
) -> None:
    """A year is linked when a level follows a linked level, or a rate follows a linked year;
    a gap breaks the chain for every year whose only link runs through it."""
    levels = {y: 1.0 + (y - 2020) / 10 for y in level_years}
    rates = dict.fromkeys(rate_years, 0.05)
    factors, anchor = maths.chain_factors(2020, levels, rates)
    linked = {2020}
    first_anchor = None
    for y in range(2021, 2031):
        if y in levels and first_anchor is not None:
            linked.add(y)
        elif y in rates and y - 1 in linked:
            linked.add(y)
        if y in levels and first_anchor is None and y in linked:
            first_anchor = y
    assert set(factors) == linked
    assert anchor == first_anchor


def test_factors_need_positive_levels() -> None:
    with pytest.raises(maths.MathError, match="positive levels"):
        maths.chain_factors(2020, {2020: 10.0, 2022: 0.0}, {2021: 0.1})


@given(positive, rates, st.integers(min_value=1, max_value=30))
def test_least_squares_growth_of_a_steady_series_is_its_rate(
    start: float, rate: float, n: int
) -> None:
    values = {2000 + k: start * (1 + rate) ** k for k in range(n + 1)}
    assert close(maths.least_squares_rate(values), rate, rel=1e-6) or abs(rate) < 1e-9


@given(positive, positive, st.integers(min_value=1, max_value=30))
def test_least_squares_growth_over_two_years_is_the_end_to_end_rate(
    a: float, b: float, n: int
) -> None:
    assume(1e-3 < b / a < 1e3)
    assert close(maths.least_squares_rate({2000: a, 2000 + n: b}), maths.cagr(a, b, n), rel=1e-9)


def test_least_squares_growth_weighs_one_odd_base_year_less() -> None:
    """10 %/yr from 2021 on, after a base year 20 % low: the end-to-end rate says 12.8 %, the fit
    over every year 12.0 %, nearer the steady 10 %."""
    values = {2020: 80.0, **{2020 + k: 100 * 1.1 ** (k - 1) for k in range(1, 6)}}
    end_to_end = maths.cagr(values[2020], values[2025], 5)
    fitted = maths.least_squares_rate(values)
    assert end_to_end == pytest.approx(0.1285, abs=1e-4)
    assert 0.1 < fitted < end_to_end and fitted == pytest.approx(0.1203, abs=1e-4)


# --------------------------------------------------------------------------------------------
# Every refusal, word for word, and the inputs on each side of it (mutation testing,
# docs/mutation.md: a message or a boundary changed by one character must fail a test)

_SIGN = "growth across a change of sign is undefined"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: maths.cagr(5, 10, 0), "the number of years must be above zero (got 0)"),
        (lambda: maths.cagr(5, 10, -2), "the number of years must be above zero (got -2)"),
        (lambda: maths.cagr(5, 10, math.inf), "the number of years must be above zero (got inf)"),
        (lambda: maths.cagr(math.nan, 10, 2), "the start value must be a finite number (got nan)"),
        (lambda: maths.cagr(5, math.inf, 2), "the end value must be a finite number (got inf)"),
        (
            lambda: maths.cagr(0, 10, 3),
            "a growth rate needs a start value above zero (got 0); "
            "growth from zero or from a negative value is undefined",
        ),
        (
            lambda: maths.cagr(5, -1, 3),
            f"a growth rate needs an end value of zero or more (got -1); {_SIGN}",
        ),
        (lambda: maths.project(math.inf, 0.1, 2), "the value must be a finite number (got inf)"),
        (lambda: maths.project(5, math.nan, 2), "the rate must be a finite number (got nan)"),
        (lambda: maths.project(5, 0.1, -1), "the number of years must be zero or more (got -1)"),
        (
            lambda: maths.project(5, 0.1, math.inf),
            "the number of years must be zero or more (got inf)",
        ),
        (
            lambda: maths.project(5, -1.5, 2),
            "a yearly rate below -100% is impossible (got -150%)",
        ),
        (lambda: maths.chain([0.1, -2.0]), "a yearly rate below -100% is impossible (got -200%)"),
        (lambda: maths.chain([math.nan]), "a yearly rate must be a finite number (got nan)"),
        (
            lambda: maths.chain_factors(2020, {2020: 10.0, 2022: -3.0}, {}),
            "growth needs positive levels (got -3 in 2022)",
        ),
        (
            lambda: maths.chain_factors(2020, {2020: math.inf}, {}),
            "a level must be a finite number (got inf)",
        ),
        (
            lambda: maths.least_squares_rate({2020: 1.0}),
            "a least-squares growth rate needs at least two years",
        ),
        (
            lambda: maths.least_squares_rate({2020: 1.0, 2021: math.nan}),
            "a level must be a finite number (got nan)",
        ),
        (
            lambda: maths.least_squares_rate({2020: 1.0, 2021: 0.0}),
            "growth needs positive levels (got 0 in 2021)",
        ),
        (
            lambda: maths.average_rate([]),
            "an average growth rate needs at least one yearly rate",
        ),
        (lambda: maths.factor_rate(2.0, 0), "the number of years must be above zero (got 0)"),
        (lambda: maths.factor_rate(-0.5, 2), "a growth factor must be zero or more (got -0.5)"),
        (lambda: maths.factor_rate(math.inf, 2), "a growth factor must be zero or more (got inf)"),
        (lambda: maths.catch_up_rate(0.1, 0.1, 3, 0), "the number of years must be above zero"),
        (lambda: maths.catch_up_rate(0.1, 0.1, -1, 2), "years done must be zero or more (got -1)"),
        (lambda: maths.catch_up_rate(-1.0, 0.1, 3, 2), "a catch-up rate needs rates above -100%"),
        (lambda: maths.catch_up_rate(0.1, -1.0, 3, 2), "a catch-up rate needs rates above -100%"),
        (lambda: maths.slope(1, 2, 0), "the number of years must be above zero (got 0)"),
        (lambda: maths.slope(1, math.nan, 2), "the end value must be a finite number (got nan)"),
        (lambda: maths.slope(math.inf, 2, 2), "the start value must be a finite number (got inf)"),
        (
            lambda: maths.project_linear(1, 2, -1),
            "the number of years must be zero or more (got -1)",
        ),
        (
            lambda: maths.project_linear(1, 2, math.nan),
            "the number of years must be zero or more (got nan)",
        ),
        (
            lambda: maths.project_linear(math.inf, 2, 1),
            "the value must be a finite number (got inf)",
        ),
        (
            lambda: maths.project_linear(1, math.nan, 1),
            "the change per year must be a finite number (got nan)",
        ),
    ],
)
def test_each_refusal_says_exactly_what_is_wrong(call: object, message: str) -> None:
    with pytest.raises(maths.MathError) as error:
        call()  # type: ignore[operator]
    assert str(error.value).startswith(message), str(error.value)
    assert not isinstance(error.value, maths.Overflow)


_TOO_LARGE = "the result is too large to compute (it overflows the range of numbers)"


@pytest.mark.parametrize(
    "call",
    [
        lambda: maths.factor_rate(1e308, 0.001),  # Python's power raises OverflowError
        lambda: maths.project(1e300, 10.0, 100),  # the power is finite, the product is not
        lambda: maths.catch_up_rate(0.1, -0.9999999, 1000, 1),  # (1 + g)^t is 0: no catch-up
        lambda: maths.slope(-1e308, 1e308, 0.5),
        lambda: maths.project_linear(1e308, 1e308, 10),
        lambda: maths.progress_ratio(1e308, 1e-10, 1),
    ],
)
def test_a_result_beyond_the_floats_is_an_overflow(call: object) -> None:
    with pytest.raises(maths.Overflow) as error:
        call()  # type: ignore[operator]
    assert str(error.value) == _TOO_LARGE


def test_the_edges_that_are_allowed() -> None:
    """Each inequality in the refusals is strict or not, as the docstrings say."""
    assert maths.cagr(5, 0, 2) == -1.0  # an end of zero: a fall of 100 %
    assert maths.project(5, -1.0, 2) == 0.0  # a rate of exactly -100 %
    assert maths.project(5, 0.1, 0) == 5.0  # zero years: the value itself
    assert maths.chain([-1.0, 0.5]) == 0.0
    assert maths.chain([]) == 1.0
    assert maths.factor_rate(0.0, 2) == -1.0
    assert maths.project_linear(5, 2, 0) == 5.0
    assert maths.catch_up_rate(0.1, 0.05, 0, 4) == pytest.approx(0.1, rel=1e-12)
    assert maths.chain_factors(2020, {2020: 1e-300}, {}) == ({2020: 1.0}, 2020)


def test_exact_values_of_each_formula() -> None:
    """Worked values with numbers chosen so that each is exact or nearly so."""
    assert maths.cagr(100, 121, 2) == pytest.approx(0.1, rel=1e-12)
    assert maths.cagr(100, 100, 3) == 0.0
    assert maths.project(100, 0.1, 2) == pytest.approx(121, rel=1e-12)
    assert maths.chain([0.1, 0.1]) == pytest.approx(1.21, rel=1e-12)
    assert maths.factor_rate(1.21, 2) == pytest.approx(0.1, rel=1e-12)
    assert maths.average_rate([0.21, 0.0]) == pytest.approx(0.1, rel=1e-12)
    assert maths.average_rate([0.1]) == pytest.approx(0.1, rel=1e-12)
    assert maths.slope(2, 8, 3) == 2.0
    assert maths.project_linear(2, 2, 3) == 8.0
    assert maths.progress_ratio(0.05, -0.1, 1) == 0.5
    assert maths.progress_ratio(0.05, 0.1, -1) == -0.5
    assert maths.least_squares_rate({2020: 100.0, 2021: 110.0, 2022: 121.0}) == pytest.approx(
        0.1, rel=1e-12
    )
    # an odd middle year: ln V = a + b y fitted by hand
    values = {2020: 100.0, 2021: 130.0, 2022: 121.0, 2023: 133.1}
    ys = list(values)
    logs = [math.log(v) for v in values.values()]
    my, ml = sum(ys) / 4, sum(logs) / 4
    b = sum((y - my) * (v - ml) for y, v in zip(ys, logs, strict=True)) / sum(
        (y - my) ** 2 for y in ys
    )
    assert maths.least_squares_rate(values) == pytest.approx(math.exp(b) - 1, rel=1e-12)
    # years not counted from zero and not consecutive
    assert maths.least_squares_rate({2000: 1.0, 2010: 2.0}) == pytest.approx(2**0.1 - 1)
    # catch-up: 10 %/yr over 4 years; 0 % in the first 2 years leaves 21 %/yr... squared
    assert maths.catch_up_rate(0.1, 0.0, 2, 2) == pytest.approx(1.21 - 1, rel=1e-12)


def test_factors_link_levels_to_the_anchor_and_rates_to_the_year_before() -> None:
    factors, anchor = maths.chain_factors(
        2020, {2020: 100.0, 2023: 150.0}, {2021: 0.1, 2022: 0.2, 2024: -0.5}
    )
    assert anchor == 2020
    assert factors == pytest.approx({2020: 1.0, 2021: 1.1, 2022: 1.32, 2023: 1.5, 2024: 0.75})
    # no level at the start: the first year with a level and a factor is the anchor
    factors, anchor = maths.chain_factors(2020, {2022: 50.0, 2023: 60.0}, {2021: 0.1, 2022: 0.1})
    assert anchor == 2022
    assert factors == pytest.approx({2020: 1.0, 2021: 1.1, 2022: 1.21, 2023: 1.21 * 1.2})
    # a gap: 2022 has neither a level linked to an anchor nor a rate
    factors, anchor = maths.chain_factors(2020, {}, {2021: 0.1, 2023: 0.1})
    assert (factors, anchor) == ({2020: 1.0, 2021: pytest.approx(1.1)}, None)
    assert maths.chain_factors(2020, {}, {}) == ({2020: 1.0}, None)


def test_factors_run_forward_from_the_start_only() -> None:
    """Years before the start get no factor, even with a level the anchor could link (a series
    that begins before the plan's base year); a rate or level after the last year adds none."""
    factors, anchor = maths.chain_factors(2021, {2019: 80.0, 2020: 100.0, 2021: 110.0}, {})
    assert (factors, anchor) == ({2021: 1.0}, 2021)
    factors, anchor = maths.chain_factors(
        2021, {2020: 100.0, 2021: 110.0, 2022: 121.0}, {2020: 0.5, 2023: 0.1}
    )
    assert anchor == 2021
    assert factors == pytest.approx({2021: 1.0, 2022: 1.1, 2023: 1.21})
