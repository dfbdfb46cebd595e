"""Growth on the year before, judged every year (kind ``yearly_growth``): "tỷ lệ tăng thu cân đối
NSĐP so năm trước: 10% trở lên" (Sơn Lang (3), docs/corpus.md). The maths (rates from levels),
the verdicts in the engine, and the same verdicts in every output format and both languages."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrack.assessment.kinds.yearly_growth import rate_from_levels, yearly_rates
from plantrack.assessment.results import Point
from plantrack.assessment.status import Status

from .kinds_cli import FORMATS, LANGS, run, shown, write
from .test_engine import indicator, make_plan, note_codes, obs, one, reason

levels_st = st.lists(
    st.floats(min_value=1.0, max_value=1e6, allow_nan=False), min_size=2, max_size=8
)


# --------------------------------------------------------------------------------------------
# The maths


@given(levels_st)
def test_rates_from_levels_are_the_ratio_of_the_levels(values: list[float]) -> None:
    start = 2020
    levels = {start + i: Point(start + i, v) for i, v in enumerate(values)}
    found, missing = yearly_rates(start + 1, start + len(values) - 1, {}, levels)
    assert missing == []
    for year, rate in found.items():
        assert (1 + rate.rate) * values[year - start - 1] == pytest.approx(values[year - start])
        assert rate.before is not None and rate.before.year == year - 1
    chained = math.prod(1 + rate.rate for rate in found.values())
    assert chained == pytest.approx(values[-1] / values[0], rel=1e-7)


@given(levels_st, st.floats(min_value=-0.5, max_value=0.5))
def test_a_reported_rate_wins_over_the_levels(values: list[float], reported: float) -> None:
    levels = {2020 + i: Point(2020 + i, v) for i, v in enumerate(values)}
    found, _ = yearly_rates(2021, 2021, {2021: Point(2021, reported)}, levels)
    assert found[2021].rate == reported and found[2021].before is None


def test_a_year_with_neither_rate_nor_two_levels_is_missing() -> None:
    levels = {2020: Point(2020, 100.0), 2022: Point(2022, 120.0), 2023: Point(2023, 0.0)}
    found, missing = yearly_rates(2021, 2024, {}, levels)
    assert missing == [2021, 2022, 2024]  # 2024: no growth can be measured from a level of 0
    assert found[2023].rate == -1.0
    assert rate_from_levels(0.0, 5.0) is None and rate_from_levels(-1.0, 5.0) is None


# --------------------------------------------------------------------------------------------
# The engine


def plan(bound: dict[str, str], direction: str = "increase"):  # type: ignore[no-untyped-def]
    target = {"kind": "yearly_growth", "period": "2021-2025", **bound}
    return make_plan(indicator(target, direction=direction), period="2021-2025")


def growth(year: int, rate: float) -> object:
    return obs(year, rate, measure="growth")


def test_one_year_below_is_not_achieved_before_the_deadline_naming_the_year() -> None:
    result = one(plan({"at_least": "10%"}), [obs(2020, 100), obs(2021, 111), obs(2022, 120)])
    assert result.status is Status.NOT_ACHIEVED
    assert reason(result) == "years-missed"
    assert result.reason is not None and result.reason.params["years"] == "2022"
    assert (result.met_years, result.counted_years) == (1, 2)
    assert [check.met for check in result.years] == [True, False]
    assert result.years[1].value == pytest.approx(120 / 111 - 1)
    assert "rates-from-levels" in note_codes(result)
    assert [step.name for step in result.steps] == ["r_2021", "r_2022"]
    assert result.steps[1].substituted() == "120 / 111 - 1"


def test_every_year_so_far_met_is_on_track_then_achieved_or_exceeded() -> None:
    rates = [growth(2021, 0.12), growth(2022, 0.11), growth(2023, 0.10)]
    assert one(plan({"at_least": "10%"}), rates).status is Status.ON_TRACK
    later = [*rates, growth(2024, 0.13), growth(2025, 0.15)]
    assert one(plan({"at_least": "10%"}), later).status is Status.ACHIEVED  # 2023 exactly 10 %
    beyond = [growth(y, 0.12) for y in range(2021, 2026)]
    result = one(plan({"at_least": "10%"}), beyond)
    assert result.status is Status.EXCEEDED
    assert result.latest is not None and result.latest.value == pytest.approx(0.12)


def test_a_ceiling_met_every_year_is_achieved_never_exceeded() -> None:
    low = [growth(y, 0.005) for y in range(2021, 2026)]
    result = one(plan({"at_most": "1%"}, direction="decrease"), low)
    assert result.status is Status.ACHIEVED


def test_missing_years_at_the_deadline_are_named() -> None:
    rates = [growth(y, 0.12) for y in (2021, 2022, 2023, 2025)]
    result = one(plan({"at_least": "10%"}), rates)
    assert result.status is Status.INSUFFICIENT_DATA
    assert reason(result) == "missing-years"
    assert result.reason is not None and result.reason.params["years"] == "2024"
    before = one(plan({"at_least": "10%"}), rates, as_of=2024)
    assert before.status is Status.ON_TRACK and "missing-years" in note_codes(before)


def test_the_plan_baseline_gives_the_first_year_its_rate() -> None:
    data = indicator(
        {"kind": "yearly_growth", "period": "2021-2025", "at_least": "10%"},
        baseline={"year": 2020, "value": 100, "source": "https://example.invalid"},
    )
    result = one(make_plan(data, period="2021-2025"), [obs(2021, 109)])
    assert result.status is Status.NOT_ACHIEVED
    assert result.years[0].value == pytest.approx(0.09)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=-0.3, max_value=0.5), min_size=1, max_size=5))
def test_any_year_below_the_bound_is_not_achieved_whatever_the_year(rates: list[float]) -> None:
    result = one(plan({"at_least": "10%"}), [growth(2021 + i, r) for i, r in enumerate(rates)])
    below = [2021 + i for i, r in enumerate(rates) if r < 0.10 - 1e-9]
    if below:
        assert result.status is Status.NOT_ACHIEVED
        assert result.reason is not None
        assert result.reason.params["years"] == ", ".join(map(str, below))
    else:
        assert result.status in (Status.ON_TRACK, Status.ACHIEVED, Status.EXCEEDED)
    assert result.counted_years == len(rates)


# --------------------------------------------------------------------------------------------
# The command line: every format, both languages

INDICATORS = """\
  - id: g_miss
    name: {vi: Thu NS một, en: Revenue one}
    unit: tỷ đồng
    direction: increase
    source: {section: II, item: 3}
    targets:
      - kind: yearly_growth
        period: 2021-2025
        at_least: 10%
        text: "Tỷ lệ tăng thu so năm trước: 10% trở lên"
  - id: g_met
    name: {vi: Thu NS hai, en: Revenue two}
    unit: tỷ đồng
    direction: increase
    source: {section: II, item: 3}
    targets:
      - kind: yearly_growth
        period: 2021-2025
        at_least: 10%
        text: "Tỷ lệ tăng thu so năm trước: 10% trở lên"
  - id: g_gap
    name: {vi: Thu NS ba, en: Revenue three}
    unit: tỷ đồng
    direction: increase
    source: {section: II, item: 3}
    targets:
      - kind: yearly_growth
        period: 2021-2025
        at_least: 10%
        text: "Tỷ lệ tăng thu so năm trước: 10% trở lên"
"""
DATA = """\
indicator,year,value,kind
g_miss,2020,100,TH
g_miss,2021,111,TH
g_miss,2022,120,TH
g_miss,2023,tăng 13%,TH
g_miss,2024,tăng 12%,TH
g_miss,2025,tăng 11%,TH
g_met,2020,100,TH
g_met,2021,110,TH
g_met,2022,tăng 12%,TH
g_met,2023,tăng 11%,TH
g_met,2024,tăng 14%,TH
g_met,2025,tăng 15%,TH
g_gap,2021,tăng 12%,TH
g_gap,2022,tăng 12%,TH
g_gap,2023,tăng 12%,TH
g_gap,2025,tăng 12%,TH
"""
EXPECTED = {
    "2023": {
        "g_miss": Status.NOT_ACHIEVED,
        "g_met": Status.ON_TRACK,
        "g_gap": Status.ON_TRACK,
    },
    "2025": {
        "g_miss": Status.NOT_ACHIEVED,
        "g_met": Status.ACHIEVED,
        "g_gap": Status.INSUFFICIENT_DATA,
    },
}
NAMES = {
    "vi": {"g_miss": "Thu NS một", "g_met": "Thu NS hai", "g_gap": "Thu NS ba"},
    "en": {"g_miss": "Revenue one", "g_met": "Revenue two", "g_gap": "Revenue three"},
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
        if ident == "g_miss" and fmt == "json":
            reason_ = got["result"]["reason"]
            assert reason_["code"] == "years-missed"
            counted = {"2023": "2 of 3", "2025": "4 of 5"}[as_of]
            assert reason_["message"].startswith(f"not met in 2022 ({counted} years met)")
            assert [y["met"] for y in got["result"]["years"]][:2] == [True, False]
        if ident == "g_miss" and fmt == "csv":
            assert got["row"]["reason"] == "years-missed"
            latest = {"2023": 0.13, "2025": 0.11}[as_of]
            assert float(got["row"]["latest_value"]) == pytest.approx(latest)
        if ident == "g_miss" and fmt in ("table", "markdown"):
            rate = {"2023": "13%", "2025": "11%"}[as_of]
            years = {"2023": "2/3", "2025": "4/5"}[as_of] + (" năm" if lang == "vi" else " years")
            assert f"{as_of}: {rate}; {years}" in got["line"]
    phrase = {
        "vi": "≥ 10% so với năm trước, mỗi năm 2021-2025",
        "en": "≥ 10% on the year before, every year 2021-2025",
    }[lang]
    if fmt in ("markdown", "json"):
        assert phrase in result.stdout


def test_explain_shows_each_year_as_a_rate_in_both_languages(tmp_path: Path) -> None:
    write(tmp_path, INDICATORS, DATA)
    vi = run(tmp_path, "check", "--explain", "g_miss", "--as-of", "2023").stdout
    assert "2022: 8,11% ✘" in vi and "2021: 11% ✔" in vi
    assert "Lý do: years-missed: không đạt năm 2022; đạt 2/3 năm" in vi
    assert "rates-from-levels: tốc độ tăng năm 2021, 2022 tính từ số liệu mức" in vi
    assert "= 120 / 111 - 1 = 0,081081" in vi
    en = run(tmp_path, "check", "--explain", "g_miss", "--as-of", "2023", "--lang", "en").stdout
    assert "2022: 8.11% ✘" in en
    assert "rates-from-levels: the growth of 2021, 2022 is computed from the levels" in en
