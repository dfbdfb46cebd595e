"""The formulas: worked values checked against independent arithmetic, and their properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from plantrack import maths

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
    from plantrack.maths import MathError, cagr, factor_rate, progress_ratio, project

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
