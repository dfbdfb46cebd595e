"""The formulas, as pure functions of numbers: no plan, no files, no printing.

Every function here is one line of ``docs/assessment.md`` (which cites the public method it comes
from: GSO, Eurostat/open-sdg, World Bank). Rates are fractions (0.1296 for 12.96 %/year); years
are counts of years between two observations (2020 -> 2024 is 4).

Impossible inputs raise :class:`MathError` with a sentence a user can act on (a
:class:`~plantrack.texts.Text`: English as ``str(error)``, Vietnamese from
``error.args[0].render("vi")``); the engine turns those into an ``insufficient_data`` result and
``plantrack calc`` into exit code 2.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Literal

from plantrack import texts
from plantrack.texts import Text


class MathError(ValueError):
    """A formula was asked for something it cannot give (a growth rate from zero, 0 years)."""


def _years(years: float) -> float:
    if not math.isfinite(years) or years <= 0:
        raise MathError(texts.text("maths.years-above-zero", years=years))
    return float(years)


_Input = Literal["start", "end", "value", "rate", "yearly rate", "level", "change per year"]


@cache
def _names() -> dict[_Input, Text]:
    """What each input is called in a message (made when a message first needs one)."""
    return {
        "start": texts.text("maths.the-start-value"),
        "end": texts.text("maths.the-end-value"),
        "value": texts.text("maths.the-value"),
        "rate": texts.text("maths.the-rate"),
        "yearly rate": texts.text("maths.a-yearly-rate"),
        "level": texts.text("maths.a-level"),
        "change per year": texts.text("maths.the-change-per-year"),
    }


def _finite(name: _Input, value: float) -> float:
    if not math.isfinite(value):
        raise MathError(texts.text("maths.not-finite", name=_names()[name], value=value))
    return float(value)


class Overflow(MathError):
    """The result is too large for a floating-point number."""


def _overflow() -> Overflow:
    return Overflow(texts.text("maths.overflow"))


def _out(value: float) -> float:
    """A result that left the range of floating-point numbers is refused, not passed on."""
    if not math.isfinite(value):
        raise _overflow()
    return value


def _power(base: float, exponent: float) -> float:
    try:
        return _out(float(base**exponent))
    except OverflowError:
        raise _overflow() from None


def cagr(start: float, end: float, years: float) -> float:
    """Average annual growth from ``start`` to ``end`` over ``years``: (end/start)^(1/n) - 1.

    GSO "tốc độ tăng bình quân"; Eurostat AAGR. Needs a positive start and an end that is not
    negative (growth from zero or across a change of sign is undefined).

    >>> round(cagr(45, 68, 5), 6)
    0.086133
    """
    n = _years(years)
    start, end = _finite("start", start), _finite("end", end)
    if start <= 0:
        raise MathError(texts.text("maths.start-not-positive", start=start))
    if end < 0:
        raise MathError(texts.text("maths.end-negative", end=end))
    return _out(_power(end / start, 1.0 / n) - 1.0)


def required_rate(current: float, target: float, years: float) -> float:
    """The constant yearly growth that takes ``current`` to ``target`` in ``years``."""
    return cagr(current, target, years)


def project(value: float, rate: float, years: float) -> float:
    """``value`` grown at ``rate`` a year for ``years``: value * (1 + rate)^n."""
    value, rate = _finite("value", value), _finite("rate", rate)
    if years < 0 or not math.isfinite(years):
        raise MathError(texts.text("maths.years-zero-or-more", years=years))
    if rate < -1:
        raise MathError(texts.text("maths.rate-below-minus-100", percent=rate * 100))
    return _out(value * _power(1.0 + rate, years))


def chain(rates: Iterable[float]) -> float:
    """The growth factor of consecutive yearly rates: (1 + r1)(1 + r2)...(1 + rn)."""
    factor = 1.0
    for rate in rates:
        rate = _finite("yearly rate", rate)
        if rate < -1:
            raise MathError(texts.text("maths.rate-below-minus-100", percent=rate * 100))
        factor *= 1.0 + rate
    return factor


def chain_factors(
    start: int, levels: Mapping[int, float], rates: Mapping[int, float]
) -> tuple[dict[int, float], int | None]:
    """Growth factors from ``start`` to every later year that can be linked to it, from levels
    and yearly growth rates: ``F_start = 1``, and for each year ``y`` up to the last one given:

    - a year with a level, once some earlier year has both a level and a factor (the anchor
      ``a``, the first such year): ``F_y = F_a * V_y / V_a`` (levels win over a rate);
    - otherwise a year with a rate, when the year before has a factor: ``F_y = F_(y-1) * (1 + r_y)``.

    A year that cannot be linked has no factor, nor has any year whose only link runs through it.
    Returns the factors and the anchor (None when no year has both a level and a factor; the
    start is the anchor when it has a level). Levels must be positive.
    """
    for year, value in levels.items():
        _finite("level", value)
        if value <= 0:
            raise MathError(texts.text("maths.level-not-positive", value=value, year=year))
    factors: dict[int, float] = {start: 1.0}
    anchor = start if start in levels else None
    last = max([*levels, *rates], default=start)
    for year in range(start + 1, last + 1):
        level = levels.get(year)
        if level is not None and anchor is not None:
            factors[year] = factors[anchor] * level / levels[anchor]
        elif year in rates and (year - 1) in factors:
            factors[year] = factors[year - 1] * chain([rates[year]])
        if level is not None and anchor is None and year in factors:
            anchor = year
    return factors, anchor


def least_squares_rate(values: Mapping[int, float]) -> float:
    """Growth by least squares (World Bank WDI): fit ``ln V_y = a + b y`` by ordinary least
    squares over every year given; the rate is ``exp(b) - 1``. With two years it is the
    end-to-end rate; with more, one unusual year weighs less. Values must be positive."""
    if len(values) < 2:
        raise MathError(texts.text("maths.least-squares-two-years"))
    for year, value in values.items():
        _finite("level", value)
        if value <= 0:
            raise MathError(texts.text("maths.level-not-positive", value=value, year=year))
    years = list(values)
    logs = [math.log(values[y]) for y in years]
    mean_y = math.fsum(years) / len(years)
    mean_l = math.fsum(logs) / len(logs)
    sxx = math.fsum((y - mean_y) ** 2 for y in years)
    sxy = math.fsum((y - mean_y) * (v - mean_l) for y, v in zip(years, logs, strict=True))
    return _out(math.expm1(sxy / sxx))


def average_rate(rates: Sequence[float]) -> float:
    """Average growth from yearly rates: the geometric mean of the growth indices, minus one.

    ``average_rate([r1, r2, r3])`` equals ``cagr(V0, V3, 3)`` when ``V1 = V0 (1 + r1)`` and so on.
    """
    if not rates:
        raise MathError(texts.text("maths.average-needs-a-rate"))
    return float(chain(rates) ** (1.0 / len(rates)) - 1.0)


def factor_rate(factor: float, years: float) -> float:
    """The yearly rate that compounds to ``factor`` over ``years``: factor^(1/n) - 1."""
    n = _years(years)
    if factor < 0 or not math.isfinite(factor):
        raise MathError(texts.text("maths.negative-factor", factor=factor))
    return _out(_power(factor, 1.0 / n) - 1.0)


def catch_up_rate(
    target_rate: float, observed_rate: float, years_done: float, years_left: float
) -> float:
    """Growth needed per remaining year so that the whole period averages ``target_rate``.

    ((1 + g*)^(e - b) / (1 + g)^(t - b))^(1 / (e - t)) - 1, with ``years_done`` = t - b and
    ``years_left`` = e - t.
    """
    left = _years(years_left)
    if years_done < 0:
        raise MathError(texts.text("maths.years-done", years=years_done))
    if target_rate <= -1 or observed_rate <= -1:
        raise MathError(texts.text("maths.catch-up-rates"))
    whole = _power(1.0 + target_rate, years_done + left)
    done = _power(1.0 + observed_rate, years_done)
    if done == 0:
        raise _overflow()
    return _out(_power(whole / done, 1.0 / left) - 1.0)


def slope(start: float, end: float, years: float) -> float:
    """Linear change per year (points per year for a percentage): (end - start) / n."""
    n = _years(years)
    return _out((_finite("end", end) - _finite("start", start)) / n)


def project_linear(value: float, per_year: float, years: float) -> float:
    """``value`` moved by ``per_year`` for ``years``."""
    if years < 0 or not math.isfinite(years):
        raise MathError(texts.text("maths.years-zero-or-more", years=years))
    return _out(_finite("value", value) + _finite("change per year", per_year) * years)


def progress_ratio(observed: float, required: float, direction: int) -> float | None:
    """Eurostat / open-sdg ratio R = direction * observed / |required| (None when required is 0)."""
    if required == 0:
        return None
    return _out(direction * observed / abs(required))
