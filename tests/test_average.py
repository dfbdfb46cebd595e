"""The mean of yearly levels over a period (kind ``average``): "tổng sản lượng lương thực bình
quân hàng năm: 25.000 tấn" (Như Xuân 3, docs/corpus.md). The maths (the catch-up, the mean with
the years left), the verdicts in the engine, and the same verdicts in every output format and
both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.assessment import assess
from plantrack.assessment.kinds.average import catch_up, mean_with_rest
from plantrack.assessment.status import Status

from .kinds_cli import FORMATS, LANGS, run, shown, write
from .test_engine import indicator, make_plan, note_codes, obs, one, reason

amounts = st.floats(min_value=0, max_value=1e6, allow_nan=False)


# --------------------------------------------------------------------------------------------
# The maths


@given(
    st.lists(amounts, min_size=1, max_size=9),
    st.integers(min_value=1, max_value=6),
    st.floats(min_value=-1e6, max_value=1e6),
)
def test_the_catch_up_reached_every_year_left_makes_the_mean_exactly_the_target(
    so_far: list[float], left: int, target: float
) -> None:
    done = len(so_far)
    years, total = done + left, sum(so_far)
    needed = catch_up(target, years, total, left)
    assert mean_with_rest(total, done, years, needed) == pytest.approx(target, abs=1e-6)
    final = (total + needed * left) / years  # the same, as the years would be written down
    assert final == pytest.approx(target, abs=1e-6)


@given(st.lists(amounts, min_size=1, max_size=9), st.integers(min_value=0, max_value=6))
def test_the_mean_with_the_rest_at_the_mean_so_far_is_the_mean_so_far(
    so_far: list[float], left: int
) -> None:
    done = len(so_far)
    mean = sum(so_far) / done
    assert mean_with_rest(sum(so_far), done, done + left, mean) == pytest.approx(mean)


# --------------------------------------------------------------------------------------------
# The engine


def plan(bound: dict[str, Any], unit: str = "tonnes", direction: str = "increase") -> Any:
    target = {"kind": "average", "period": "2021-2025", **bound}
    return make_plan(indicator(target, unit=unit, direction=direction), period="2021-2025")


def test_the_mean_so_far_with_catch_up_projection_and_ratio() -> None:
    result = one(plan({"value": 25000}), [obs(2021, 24000), obs(2022, 25500), obs(2023, 25800)])
    assert result.status is Status.ON_TRACK
    assert result.total == 75300
    assert result.observed_rate == pytest.approx(25100)
    assert result.catch_up_rate == pytest.approx((25000 * 5 - 75300) / 2)
    assert result.projected is not None and result.projected.value == pytest.approx(25100)
    assert result.ratio == pytest.approx(25100 / 25000)
    assert [s.name for s in result.steps] == [
        "total",
        "mean",
        "catch_up_rate",
        "projected",
        "ratio",
    ]


def test_at_the_deadline_the_mean_of_every_year_decides() -> None:
    five = [obs(2021 + i, v) for i, v in enumerate([24000, 25500, 25800, 25000, 25000])]
    assert one(plan({"value": 25000}), five).status is Status.EXCEEDED  # mean 25.060
    short = [obs(2021 + i, v) for i, v in enumerate([24000, 25000, 25000, 25000, 25000])]
    assert one(plan({"value": 25000}), short).status is Status.NOT_ACHIEVED  # mean 24.800


def test_thresholds_give_at_risk_and_off_track() -> None:
    risk = one(plan({"value": 25000}), [obs(2021, 20000), obs(2022, 19000), obs(2023, 20000)])
    assert risk.ratio == pytest.approx(59000 / 3 / 25000)
    assert risk.status is Status.AT_RISK
    off = one(plan({"value": 25000}), [obs(2021, 10000), obs(2022, 11000)])
    assert off.status is Status.OFF_TRACK


def test_a_missing_year_up_to_the_as_of_year_is_insufficient_data() -> None:
    result = one(plan({"value": 25000}), [obs(2021, 25000), obs(2023, 26000)])
    assert result.status is Status.INSUFFICIENT_DATA
    assert reason(result) == "missing-years"
    assert result.reason is not None and result.reason.params["years"] == "2022"
    # a year the as-of year reaches but this indicator does not report is missing too
    other = {"kind": "level", "year": 2025, "value": 1}
    two = make_plan(
        indicator({"kind": "average", "period": "2021-2025", "value": 25000}, unit="tonnes"),
        indicator(other, id="y"),
        period="2021-2025",
    )
    observations = [obs(2021, 25000), obs(2022, 25000), obs(2023, 1, indicator="y")]
    results = {r.indicator: r for r in assess(two, observations).results}
    assert results["x"].status is Status.INSUFFICIENT_DATA
    assert results["x"].reason is not None and results["x"].reason.params["years"] == "2023"


def test_met_early_only_when_the_unit_bounds_the_years_left() -> None:
    # 3 years of 50.000 tấn: even 0 in the last two keeps the mean at 30.000 ≥ 25.000.
    high = [obs(2021, 50000), obs(2022, 50000), obs(2023, 50000)]
    result = one(plan({"at_least": 25000}), high)
    assert result.status is Status.EXCEEDED
    assert "already-met" in note_codes(result)
    assert result.steps[-1].name == "guaranteed"
    # a share cannot fall below 0 %: 50 and 50 keep the mean at 20 % at least
    share = one(plan({"at_least": 1}, unit="%"), [obs(2021, 50), obs(2022, 50)])
    assert share.status is Status.EXCEEDED
    # a balance may take any sign: the years left could undo it, nothing is decided early
    signed = make_plan(
        indicator(
            {"kind": "average", "period": "2021-2025", "at_least": 1},
            unit="%",
            percent="balance",
        ),
        period="2021-2025",
    )
    assert one(signed, [obs(2021, 50), obs(2022, 50)]).status is Status.ON_TRACK


def test_a_mean_out_of_reach_is_not_achieved_early() -> None:
    result = one(plan({"at_least": 90}, unit="%"), [obs(2021, 60), obs(2022, 60), obs(2023, 60)])
    assert result.status is Status.NOT_ACHIEVED
    assert "mean-out-of-reach" in note_codes(result)
    note = next(n for n in result.notes if n.code == "mean-out-of-reach")
    assert note.params == {"bound": 100, "mean": 76, "target": 90}  # (180 + 200) / 5
    # a ceiling: even 0 % in the years left cannot bring three years of 60 % under 20 %
    lower = plan({"at_most": 20}, unit="%", direction="decrease")
    assert one(lower, [obs(2021, 60), obs(2022, 60), obs(2023, 60)]).status is (Status.NOT_ACHIEVED)
    # one year of 60 %: 0 % in the four left would give 12 %, so it is not decided yet
    reachable = one(lower, [obs(2021, 60)])
    assert reachable.status is Status.OFF_TRACK
    assert reachable.ratio == pytest.approx(20 / 60)


shares = st.one_of(st.sampled_from([0.0, 100.0]), st.floats(min_value=0, max_value=100))


@settings(max_examples=150, deadline=None)
@given(st.lists(shares, min_size=1, max_size=4), st.lists(shares, min_size=5, max_size=5))
def test_an_early_verdict_is_never_undone_by_the_years_left(
    so_far: list[float], rest: list[float]
) -> None:
    """Met (or out of reach) early means met (or missed) at the deadline, whatever the years
    left turn out to be within what the unit allows (a share: 0-100 %)."""
    early = [obs(2021 + i, v) for i, v in enumerate(so_far)]
    final = early + [obs(2021 + i, rest[i]) for i in range(len(so_far), 5)]
    before = one(plan({"at_least": 50}, unit="%"), early)
    after = one(plan({"at_least": 50}, unit="%"), final)
    assert after.status.is_final
    if before.status.is_final:
        assert (before.status is Status.NOT_ACHIEVED) == (after.status is Status.NOT_ACHIEVED)


# --------------------------------------------------------------------------------------------
# The command line: every format, both languages

INDICATORS = """\
  - id: a_on
    name: {vi: Lương thực một, en: Food one}
    unit: tấn
    direction: increase
    source: {section: I, item: 3}
    targets:
      - kind: average
        period: 2021-2025
        value: 25000
        text: "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn"
  - id: a_risk
    name: {vi: Lương thực hai, en: Food two}
    unit: tấn
    direction: increase
    source: {section: I, item: 3}
    targets:
      - kind: average
        period: 2021-2025
        value: 25000
        text: "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn"
  - id: a_gap
    name: {vi: Lương thực ba, en: Food three}
    unit: tấn
    direction: increase
    source: {section: I, item: 3}
    targets:
      - kind: average
        period: 2021-2025
        value: 25000
        text: "Tổng sản lượng lương thực bình quân hàng năm: 25.000 tấn"
"""
DATA = """\
indicator,year,value,kind
a_on,2021,24000,TH
a_on,2022,25500,TH
a_on,2023,25800,TH
a_on,2024,25000,TH
a_on,2025,25000,TH
a_risk,2021,20000,TH
a_risk,2022,19000,TH
a_risk,2023,20000,TH
a_risk,2024,21000,TH
a_risk,2025,22000,TH
a_gap,2021,25000,TH
a_gap,2023,26000,TH
a_gap,2024,26000,TH
a_gap,2025,26000,TH
"""
EXPECTED = {
    "2023": {"a_on": Status.ON_TRACK, "a_risk": Status.AT_RISK, "a_gap": Status.INSUFFICIENT_DATA},
    "2025": {
        "a_on": Status.EXCEEDED,
        "a_risk": Status.NOT_ACHIEVED,
        "a_gap": Status.INSUFFICIENT_DATA,
    },
}
NAMES = {
    "vi": {"a_on": "Lương thực một", "a_risk": "Lương thực hai", "a_gap": "Lương thực ba"},
    "en": {"a_on": "Food one", "a_risk": "Food two", "a_gap": "Food three"},
}


@pytest.mark.parametrize("as_of", ["2023", "2025"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_in_every_format(tmp_path: Path, fmt: str, lang: str, as_of: str) -> None:
    write(tmp_path, INDICATORS, DATA)
    result = run(tmp_path, "check", "--format", fmt, "--lang", lang, "--as-of", as_of)
    assert result.exit_code == 0, result.output
    for ident, status in EXPECTED[as_of].items():
        got = shown(result.stdout, fmt, lang, ident, NAMES[lang][ident])
        assert got["status"] is status, (ident, got)
    on = shown(result.stdout, fmt, lang, "a_on", NAMES[lang]["a_on"])
    if fmt == "json":
        assert on["result"]["observed_rate"] == pytest.approx({"2023": 25100, "2025": 25060}[as_of])
        gap = shown(result.stdout, fmt, lang, "a_gap", NAMES[lang]["a_gap"])
        assert gap["result"]["reason"]["code"] == "missing-years"
    if fmt == "csv":
        catch = {"2023": str(24850.0), "2025": ""}[as_of]
        assert on["row"]["catch_up_rate"] == catch
    if fmt in ("table", "markdown"):
        mean = {
            ("2023", "vi"): "bình quân đến 2023: 25.100",
            ("2023", "en"): "mean to 2023: 25,100",
            ("2025", "vi"): "bình quân đến 2025: 25.060",
            ("2025", "en"): "mean to 2025: 25,060",
        }[(as_of, lang)]
        assert mean in on["line"]
        phrase = {"vi": "25.000 tấn/năm bình quân 2021-2025", "en": "on average 2021-2025"}
        assert phrase[lang] in on["line"]


def test_explain_shows_the_working_in_both_languages(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS, DATA)
    vi = run(tmp_path, "check", "--explain", "a_on", "--as-of", "2023").stdout
    assert "catch_up_rate = (X * (e - s + 1) - total) / (e - t)" in vi
    assert "= (25.000 * (2025 - 2021 + 1) - 75.300) / (2025 - 2023) = 24.850" in vi
    en = run(tmp_path, "check", "--explain", "a_gap", "--as-of", "2023", "--lang", "en").stdout
    assert "missing-years: no value for 2022" in en
